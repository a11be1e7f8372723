"""A known body's name with its head's title glued after it ('대전·세종 중기청장') names that body, on made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def _bodies(result) -> set[str]:
    return {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}


def test_a_regional_office_named_with_its_heads_title_is_that_office():
    bodies = _bodies(extract("대전·세종 중기청장 초청 간담회가 10일 열렸다."))
    assert "대전세종지방중소벤처기업청" in bodies
    assert "중소기업청" not in bodies


@pytest.mark.parametrize(
    ("person", "body"),
    [("김가온", "여수시"), ("박다온", "외교부")],
)
def test_a_person_titled_by_a_glued_post_holds_it_in_the_body(person, body):
    result = extract("이날 행사에는 김가온 여수시장과 박다온 외교부장관이 참석했다.")
    assert (person, body) in pairs(result, "affiliatedWith")


def test_a_members_title_names_no_legislature():
    assert "국회" not in _bodies(extract("대구 12곳 국회의원 지역구 중 이번이 여섯 번째 간담회다."))


def test_a_body_named_in_parentheses_after_its_city_is_a_body_of_its_own():
    result = extract("다음 달 5일에는 대전(대전가나산업진흥원)에서 지역순회 설명회를 연다.")
    assert "대전가나산업진흥원" in _bodies(result)
