"""People named in the genre's shorter ways: a coach's title, a surname with a title, a couple."""

import pytest

from tests.test_extract import extract, facts


def people(result):
    return {e.name: e.title for e in result.entities.values() if e.cls == "Person"}


@pytest.mark.parametrize(
    "text, person, title, org",
    [
        ("김철호 한국 배구 대표팀 감독은 소감을 밝혔다.", "김철호", "감독", "한국 배구 대표팀"),
        ("행사에는 이민수 대한축구협회 코치가 참석했다.", "이민수", "코치", "대한축구협회"),
    ],
)
def test_coaches_are_titled_people(text, person, title, org):
    result = extract(text)
    assert people(result) == {person: title}
    assert (person, "affiliatedWith", org) in facts(result)


def test_supervision_alone_names_nobody():
    result = extract("금융당국은 은행 감독을 강화한다고 밝혔다.")
    assert people(result) == {}


def persons(result):
    return [(e.name, e.title, sorted(e.aliases)) for e in result.entities.values() if e.cls == "Person"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the full name written first, the surname and title after: one person
        ("최영준 신임 원장은 취임했다. 최 원장은 현장을 찾았다.", [("최영준", "원장", ["최"])]),
        ("윤서진 신임 청장이 부임했다. 윤 청장은 공단을 찾았다. 윤 청장은 시장도 들렀다.", [("윤서진", "청장", ["윤"])]),
        # no full name with that surname: the surname stays alone
        ("김민호 씨가 왔다. 박 장관은 회의를 열었다.", [("박", "장관", [])]),
        # a titled person with that surname comes before an untitled name
        ("이민수 중기부 장관이 왔다. 이한결 씨도 왔다. 이 장관은 말했다.", [("이민수", "장관", ["이"])]),
    ],
)
def test_surname_with_title_is_the_person_named_before(text, expected):
    assert persons(extract(text)) == expected


def test_names_of_one_article_are_not_read_into_the_next():
    extract("정하윤 신임 원장은 취임했다.")
    assert persons(extract("정 차관은 회의를 열었다.")) == [("정", "차관", [])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("협회는 배우 김하늘-이바다 부부를 홍보대사로 위촉했다.", [("김하늘", "배우", []), ("이바다", "배우", [])]),
        ("선수 김연지·김연희 자매가 무대에 올랐다.", [("김연지", "선수", []), ("김연희", "선수", [])]),
        # a second pair after a comma takes no title from the first pair's noun
        ("시는 가수 김하늘-이바다 부부, 박서윤-준 부부를 초청했다.", [("김하늘", "가수", []), ("이바다", "가수", []), ("박서윤", None, []), ("준", None, [])]),
        # a pair noun with no joined names names nobody
        ("신혼부부 주택 지원이 늘어난다.", []),
    ],
)
def test_names_joined_before_a_pair_noun_are_two_people(text, expected):
    assert persons(extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the latest full name with that surname that holds no other post
        ("백운찬 신임 청장은 취임했다. 백민수 기자가 취재했다. 백 청장은 공단을 찾았다.", [("백운찬", "청장", ["백"]), ("백민수", "기자", [])]),
        ("백민수 기자가 취재했다. 백운찬 신임 청장은 취임했다. 백 청장은 공단을 찾았다.", [("백민수", "기자", []), ("백운찬", "청장", ["백"])]),
    ],
)
def test_surname_skips_a_full_name_with_another_post(text, expected):
    assert persons(extract(text)) == expected


def test_two_before_a_title_counts_people_it_names_none():
    from .made_up import extract
    assert not [e for e in extract("두 장관은 협력 확대가 필요하다는 데 공감했다.").entities.values() if e.cls == "Person"]
