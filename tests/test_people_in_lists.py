"""People listed after a body's people: a post glued to an unknown unit ('기획처장') is held in that body; a body's
side named before the list ('가나협회에서는') is its people's (made-up sentences)."""

from __future__ import annotations

import pytest

from .made_up import extract


def affiliations(text: str) -> set[tuple[str, str]]:
    result = extract(text)
    name = {k: e.name for k, e in result.entities.items()}
    return {(name[r.subject], name[r.object]) for r in result.relations if r.predicate == "affiliatedWith"}


def bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls in {"GovernmentBody", "Organization"}}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("협약식에는 홍길동 한빛대 총장, 김철수 기획처장, 박영희 학생지원처장, 이민수 산학협력단장이 참석했다.",
         {("홍길동", "한빛대"), ("김철수", "한빛대"), ("박영희", "한빛대"), ("이민수", "한빛대")}),
        ("중소기업중앙회에서는 최서연 부회장, 정민재 미래성장본부장, 한지우 제조혁신실장 등이 참석했다.",
         {("최서연", "중소기업중앙회"), ("정민재", "중소기업중앙회"), ("한지우", "중소기업중앙회")}),
        ("간담회에는 부산시 측에서 최서연 경제산업본부장, 정민재 기업지원과장이 참석했다.",
         {("최서연", "부산광역시"), ("정민재", "부산광역시")}),
    ],
)
def test_a_list_shares_its_body(text, expected):
    assert expected <= affiliations(text)


def test_a_unit_in_a_list_is_no_body_of_its_own():
    found = bodies("협약식에는 홍길동 한빛대 총장, 김철수 기획처장, 박영희 학생지원처장이 참석했다.")
    assert not {"기획처", "학생지원처"} & found


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a committee named with its head is a body of its own; 'A와 B' joins two sides
        ("서명식에서 강민호 외교부 장관과 이도윤 조직위원장은 협약서에 서명했다.", ("이도윤", "외교부")),
        # where the meeting is, not whose side
        ("간담회는 다온테크에서 박 차관과 최서연 한빛랩 대표이사가 참석한 가운데 열렸다.", ("최서연", "다온테크")),
        # a title built of two titles is no unit's
        ("행사에는 홍길동 한빛대 총장, 김철수 누리소프트 대표이사가 참석했다.", ("김철수", "한빛대")),
    ],
)
def test_no_body_is_shared_across_sides(text, wrong):
    assert wrong not in affiliations(text)


def test_a_foreign_name_before_a_known_body_with_its_short_name():
    assert ("마리아 로페스", "국제노동기구") in affiliations("마리아 로페스 국제노동기구(ILO) 고용정책국장이 발표했다.")


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("총리실에서는 최서윤 국무1차장, 박도현 외교보좌관이 수행한다.", "최서윤", "국무1차장"),
        ("정부에서는 김하람 통상차관보 및 권도윤 항공정책실장이 참여한다.", "권도윤", "항공정책실장"),
    ],
)
def test_a_numbered_post_and_a_post_after_a_conjunction(text, person, title):
    people = {e.name: e for e in extract(text).entities.values() if e.cls == "Person"}
    assert person in people
    assert not any(" 및 " in e.name for e in extract(text).entities.values())


def test_a_body_opened_by_a_province_name_is_no_foreign_given_name():
    assert ("허도윤", "경북경총") in affiliations("경북경총 허도윤 상무이사는 협약을 환영했다.")
