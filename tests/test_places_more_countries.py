"""The country a foreign body is named with, where the sentence sets something in one of its cities (made-up sentences)."""

import pytest

from tests.made_up import extract


def places(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls == "Place"}


@pytest.mark.parametrize(
    "text, country",
    [
        ("김가나 장관은 5일 타슈켄트에서 우즈베키스탄 보건부 장관과 양해각서를 체결한다.", "우즈베키스탄"),
        ("이다라 차관은 리마에서 페루 교통통신부 장관과 면담했다.", "페루"),
        ("박마라 청장은 하노이에서 베트남 산업무역부 차관을 만났다.", "베트남"),
    ],
)
def test_a_foreign_body_s_country_is_a_place_where_its_city_is_the_scene(text, country):
    assert country in places(text)


@pytest.mark.parametrize(
    "text, country",
    [
        ("김가나 실장은 서울 가나호텔에서 몽골 보건부 장관과 만났다.", "몽골"),
        ("다라진흥공단은 인도네시아 국고청과 업무협약을 체결했다.", "인도네시아"),
    ],
)
def test_a_foreign_body_met_elsewhere_leaves_its_country_out(text, country):
    assert country not in places(text)
