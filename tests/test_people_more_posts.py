"""Posts read more carefully: former posts, a head's title that fits its body, bodies whose names end like a
post, a later title of a person named before, and names of a caption's list that Kiwi reads as adjectives."""

import pytest

from tests.made_up import extract, facts


def people(result):
    return {e.name: e.title for e in result.entities.values() if e.cls == "Person"}


def affiliations(text):
    return {(s, o) for s, p, o in facts(text) if p == "affiliatedWith"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a former post, with the body named between the former word and the title: no affiliation
        ("김철수 전 산업부 장관은 회의에 참석했다.", set()),
        ("전 산업부 장관 김철수는 회의에 참석했다.", set()),
        # a current post keeps its body
        ("김철수 산업부 장관은 회의에 참석했다.", {("김철수", "산업통상자원부")}),
    ],
)
def test_a_former_post_gives_no_affiliation(text, expected):
    assert affiliations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 이사장 is no 사장: the body headed by a 사장 is not his
        ("김민수 이사장은 말했다. 한국전력공사는 밝혔다.", set()),
        # a ranked post is the head's post: 2차관 of a ministry headed by 장관 and 차관
        ("김민수 2차관은 말했다. 산업부는 밝혔다.", {("김민수", "산업통상자원부")}),
    ],
)
def test_a_title_alone_fits_the_head_of_its_body(text, expected):
    assert affiliations(text) == expected


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        # a known body whose name ends like a post (연구원, researcher) is the body, not the title
        ("김철수 한국개발연구원 선임연구위원은 말했다.", "김철수", "선임연구위원", "한국개발연구원"),
        # an unknown one, right before a title word
        ("김철수 한빛연구원 원장은 말했다.", "김철수", "원장", "한빛연구원"),
        ("김철수 한빛연구원 연구위원은 말했다.", "김철수", "연구위원", "한빛연구원"),
        # a head's title glued to an unknown body, read through the shorter title when the longer reads none
        ("이영희 누리은행장은 말했다.", "이영희", "행장", "누리은행"),
    ],
)
def test_bodies_whose_names_end_like_posts(text, person, title, body):
    assert people(extract(text)) == {person: title}
    assert affiliations(text) == {(person, body)}


def test_a_later_title_of_the_person_gives_the_current_post():
    text = "KOTRA는 제23대 사장에 김철수 전 산업부 차관이 취임했다고 밝혔다. 김 사장은 취임사에서 수출을 강조했다."
    assert affiliations(text) == {("김철수", "대한무역투자진흥공사")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the caption's first item, and an item after a comma
        ("(좌측부터 장대한 한빛그룹 회장, 김철수 누리협회 회장)", {("장대한", "한빛그룹"), ("김철수", "누리협회")}),
        ("(왼쪽부터 김철수 누리협회 회장, 장대한 한빛그룹 회장)", {("장대한", "한빛그룹"), ("김철수", "누리협회")}),
        # outside a caption's list the adjective stays an adjective
        ("유명한 한빛그룹 회장은 말했다.", set()),
    ],
)
def test_a_captions_names_read_as_adjectives(text, expected):
    assert affiliations(text) == expected


def test_a_proper_noun_ending_like_a_title_is_no_post():
    # 루이사 ends like 이사 (director): Kiwi reads '마리아 루이사' as one proper noun, part of the name
    result = extract("마리아 루이사 에이어 엘살바도르 경제부 장관과 만났다.")
    assert [name for name, title in people(result).items() if title == "장관"] == ["마리아 루이사 에이어"]
    assert "루이사" not in people(result).values()


@pytest.mark.parametrize(
    "text, person, body",
    [
        # a body Kiwi reads as common nouns, named by its ending, then the title and the name
        ("누리협회 회장 김철수는 말했다.", "김철수", "누리협회"),
        ("누리협회 회장 김철수 씨가 참석했다.", "김철수", "누리협회"),
    ],
)
def test_body_title_name_with_an_unknown_body(text, person, body):
    assert people(extract(text)) == {person: "회장"}
    assert affiliations(text) == {(person, body)}


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("데이비드 밀러 남아공 상공회의소 회장이 참석했다.", "데이비드 밀러", "남아공 상공회의소"),
        ("데이비드 밀러 남아프리카공화국 상공회의소 회장이 참석했다.", "데이비드 밀러", "남아프리카공화국 상공회의소"),
    ],
)
def test_a_foreigner_at_his_countrys_body_named_by_its_ending(text, person, body):
    assert affiliations(text) == {(person, body)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # items opened by a list's mark: body, title, name and body, name, title
        ("▲중기부 장관 김철수 ▲산업부 차관 이영희", {("김철수", "중소벤처기업부"), ("이영희", "산업통상자원부")}),
        ("▲한빛전자 김철수 대표 ▲누리협회 이영희 회장", {("김철수", "한빛전자"), ("이영희", "누리협회")}),
    ],
)
def test_items_of_a_marked_list(text, expected):
    assert affiliations(text) == expected


def test_a_dateline_before_a_reporter_is_no_body():
    assert affiliations("[서울=누리뉴스] 이민주 기자 = 중기부는 밝혔다.") <= {("이민주", "누리뉴스")}


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        # the post taken up is held now, at the body named before it, whatever post the person held before
        ("신임 KOTRA 사장에 김철수 전 산업부 차관이 취임했다.", "김철수", "사장", "대한무역투자진흥공사"),
        ("KOTRA 신임 사장에 김철수 전 산업부 차관이 취임했다.", "김철수", "사장", "대한무역투자진흥공사"),
        ("제15대 중소기업청장에 김철수 전 산업부 실장이 임명됐다.", "김철수", "청장", "중소기업청"),
    ],
)
def test_a_post_taken_up(text, person, title, body):
    assert people(extract(text)) == {person: title}
    assert affiliations(text) == {(person, body)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the article's own body, unknown to the lexicon: its ending gives its head's title (재단: 이사장)
        ("한빛재단은 12일 청년 지원 사업을 시작한다고 밝혔다. 김철수 이사장은 말했다.", {("김철수", "한빛재단")}),
        # a company: the titles of a company's head (stopwords.tsv company-head)
        ("한빛전자는 12일 신제품을 공개했다. 김철수 대표는 말했다.", {("김철수", "한빛전자")}),
        # a title that heads no such body
        ("한빛전자는 12일 신제품을 공개했다. 김철수 교수는 말했다.", set()),
    ],
)
def test_a_title_alone_at_the_articles_own_unknown_body(text, expected):
    assert affiliations(text) == expected
