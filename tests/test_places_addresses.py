"""A city or county named after its province's full name ('경기도 안성시'): the province is its address, no body of its
own (made-up sentences)."""

from __future__ import annotations

import pytest

from .made_up import extract


def entities(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text, body, province",
    [
        ("경기도 안성시는 20일 한빛테크와 우호협력 협약을 맺었다.", "안성시", "경기도"),
        ("충청북도 청주시는 다라테크와 투자협약을 맺었다.", "청주시", "충청북도"),
        ("전라남도 무안군은 가나바이오와 업무협약을 체결했다.", "무안군", "전라남도"),
    ],
)
def test_the_province_before_its_city_is_the_address(text, body, province):
    found = entities(text)
    assert found.get(body) == "GovernmentBody"
    assert province not in found


def test_a_province_that_acts_is_still_a_body():
    assert entities("경기도는 도내 중소기업 50곳을 지원한다.").get("경기도") == "GovernmentBody"
