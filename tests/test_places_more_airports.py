"""Airports are venues; a new airport still to be built is a program (made-up sentences)."""

from tests.made_up import extract


def classes(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values()}


def test_an_airport_where_something_happens_is_a_place():
    assert classes("가나협회는 인천국제공항에서 설명회를 열었다.").get("인천국제공항") == "Place"


def test_a_new_airport_to_be_built_stays_a_program():
    assert classes("정부는 가덕도 신공항 건설을 추진한다.").get("가덕도 신공항") != "Place"
