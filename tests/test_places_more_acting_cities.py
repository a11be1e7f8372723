"""A foreign city that signs with someone is its government, the signing done or to come; a country only when done
(made-up sentences)."""

import pytest

from tests.made_up import extract


def classes(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text, city",
    [
        ("가나시는 다음 달 하노이와 우호교류 양해각서를 체결한다.", "하노이시"),
        ("가나시는 오사카와 자매도시협정을 맺을 예정이다.", "오사카시"),
        ("가나시는 지난해 하노이와 양해각서를 체결했다.", "하노이시"),
    ],
)
def test_a_foreign_city_that_signs_is_its_government(text, city):
    assert classes(text).get(city) == "GovernmentBody"


def test_a_country_in_a_signing_still_to_come_stays_a_place_name():
    assert classes("가나청은 다음 달 베트남과 협약을 체결한다.").get("베트남") != "GovernmentBody"
