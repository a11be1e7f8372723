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
