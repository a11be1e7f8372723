"""Foreign names before a title: two words, an adverb never part of them, loanword syllables never Korean."""

import pytest

from .made_up import mentions


@pytest.mark.parametrize(
    "sentence, person, title",
    [
        # a family name with a loanword's syllable (스) is no Korean name: the word before it is the given name
        ("장관은 기구를 방문해 마크 토레스 부총재와 의견을 나눴다.", "마크 토레스", "부총재"),
        # two two-syllable words before a title are one foreign name, not a Korean name and a company
        ("장관은 하칸 오잔 외무장관과 회담했다.", "하칸 오잔", "외무장관"),
        ("장관은 메흐메트 오잔 외무장관과 회담했다.", "메흐메트 오잔", "외무장관"),
        # an adverb before a foreign name is not part of it
        ("특히 케빈 라일리 오리건 주지사와 면담했다.", "케빈 라일리", "주지사"),
        ("차관은 방한한 사토 유이치 일본 외무성 외무심의관과 만났다.", "사토 유이치", "외무심의관"),
        # Kiwi reads the two words as one proper noun: the first may end like a city's name (시) by chance
        ("차관은 방일 중 다카하시 료타 일본 외무성 외무심의관과 면담했다.", "다카하시 료타", "외무심의관"),
        # a loanword's given name ('마이클': 클 is no syllable of a Korean given name) before a family name shaped
        # like a Korean name, after the body named: one person, not a person and a company
        ("행사에는 메이오 클리닉 마이클 하퍼 원장이 참석했다.", "마이클 하퍼", "원장"),
        ("행사에는 메이오 클리닉 데이비드 하퍼 원장이 참석했다.", "데이비드 하퍼", "원장"),
        ("행사에는 마이클 브라운 원장이 참석했다.", "마이클 브라운", "원장"),
        ("회의에는 아흐마드 하디 주한 인도네시아 대사도 참석했다.", "아흐마드 하디", "대사"),
    ],
)
def test_a_foreign_name_before_a_title(sentence, person, title):
    found = mentions(sentence)
    assert found[person].cls == "Person"
    assert found[person].title == title
    assert not any(m.cls == "Company" for m in found.values())


@pytest.mark.parametrize(
    "sentence, person",
    [("김경 중기부 차관은 말했다.", "김경"), ("홍길동 장관은 말했다.", "홍길동")],
)
def test_korean_names_stay_as_they_were(sentence, person):
    assert mentions(sentence)[person].cls == "Person"


def test_a_post_met_glued_to_its_body_is_the_person_not_an_organization():
    found = mentions("오후에는 회관에서 홍길동 대전시장과의 간담회가 열린다.")
    assert found["홍길동"].cls == "Person"
    assert "대전시장" not in found


@pytest.mark.parametrize(
    "sentence, person, body",
    [
        ("토론회는 홍길동 경제정책본부장의 발표 순으로 진행됐다.", "홍길동", None),
        ("이날 코트라 홍길동 동남아본부장이 참석했다.", "홍길동", "대한무역투자진흥공사"),
    ],
)
def test_a_units_head_belongs_to_the_organization_named_not_to_a_body_of_the_unit(sentence, person, body):
    """stopwords.tsv unit-ending: '…본부장' is a post inside an organization, the unit no body of its own."""
    found = mentions(sentence)
    affiliation = found[person].affiliation
    assert (affiliation.name if affiliation else None) == body
    assert not any(m.text.endswith("본부") for m in found.values())


@pytest.mark.parametrize(
    "sentence, person, body",
    [
        # a Korean full name before a body whose head's title follows is the head, not the body's first word
        ("이날 홍길동 누리연구원 원장이 참석했다.", "홍길동", "누리연구원"),
        # an acting head holds the post: '직무대행', '권한대행' (stopwords.tsv acting)
        ("이날 홍길동 부산시장 권한대행이 참석했다.", "홍길동", "부산광역시"),
        ("이날 홍길동 부산시장권한대행이 참석했다.", "홍길동", "부산광역시"),
    ],
)
def test_the_head_named_before_a_body_and_a_post(sentence, person, body):
    found = mentions(sentence)
    assert found[person].cls == "Person"
    assert found[person].affiliation.name == body


@pytest.mark.parametrize("sentence, noun", [("이날 조합원 대표 20명이 참석했다.", "조합원"), ("현지 기업체 대표들과 간담회를 열었다.", "기업체")])
def test_a_common_noun_shaped_like_a_name_before_a_title_is_no_person(sentence, noun):
    found = mentions(sentence)
    assert noun not in found or found[noun].cls != "Person"


def test_a_duty_before_the_title_is_part_of_the_post_not_of_the_name():
    found = mentions("특히 누리모터스의 피터 로젠 영업담당 상무가 참가한다.")
    assert found["피터 로젠"].cls == "Person"
    assert found["피터 로젠"].title == "상무"
    assert not any("영업담당" in m.text for m in found.values() if m.cls != "Person")


@pytest.mark.parametrize("sentence, body", [("외교통상부와 무역협회는 상담회를 연다.", "외교통상부"), ("통상산업부는 대책을 발표했다.", "통상산업부")])
def test_a_past_ministry_is_known_by_its_name_of_the_time(sentence, body):
    assert mentions(sentence)[body].cls == "GovernmentBody"


def test_posts_listed_with_their_holders_in_parentheses_are_people():
    found = mentions("이날 만찬에는 외교부장관(김철수), 특허청장(이영희) 등이 자리했다.")
    assert found["김철수"].cls == "Person" and found["김철수"].affiliation.name == "외교부"
    assert found["이영희"].cls == "Person" and found["이영희"].title == "청장"


@pytest.mark.parametrize(
    "sentence, person",
    [("준공식에는 한정도 산업통상부 차관보 등이 참석했다.", "한정도"), ("이날 장현도 대표가 참석했다.", "장현도")],
)
def test_a_name_ending_in_do_is_a_person_not_a_province(sentence, person):
    """Korea's provinces are all known: an unknown word ending in 도 names no government ('한반도', '한정도')."""
    found = mentions(sentence)
    assert found[person].cls == "Person"


def test_a_peninsula_is_no_government():
    assert "GovernmentBody" not in {m.cls for m in mentions("연구원은 한반도 정세를 주제로 포럼을 연다.").values()}


def test_a_determiner_before_a_title_is_no_surname_when_no_full_name_came_before():
    found = mentions("이 연구원은 다음 달 포럼도 연기했다.")
    assert "이" not in found


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("박영환 기업지원과장은 말했다.", "박영환"),  # Kiwi may cut a name into a proper noun and a root
        ("이날 ㈜누리텍 현민수 대표이사가 참여했다.", "현민수"),  # a company's name after its mark is no person's
    ],
)
def test_a_name_is_read_whole(sentence, person):
    assert mentions(sentence)[person].cls == "Person"


def test_a_marked_company_keeps_an_ampersand_between_latin_letters():
    found = mentions("지난해 누리F&B(주)와 투자협약을 체결했다.")
    assert any(m.name == "누리F&B" and m.cls == "Company" for m in found.values())


def test_a_name_kiwi_cuts_before_a_determiner_shaped_syllable_is_read_whole():
    """'한순현' read as 한순 + 현 (the determiner 'current'): the whole word is the name."""
    found = mentions("이날 강당에서 한순현 경남도지사 권한대행이 인사했다.")
    assert found["한순현"].cls == "Person"
