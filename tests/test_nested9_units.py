"""A body named right before another, with no particle between, is the body the second belongs to, and only the
second acts ('가나대학교 다라병원과 마라대학교는 협약을 체결했다'): made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import assert_facts, extract, facts


@pytest.mark.parametrize(
    "text, unit, whole, partner",
    [
        ("한빛대학교 한빛병원과 다라대학교는 24일 공동연구 협약을 체결했다.", "한빛병원", "한빛대학교", "다라대학교"),
        ("한빛대학교 한빛병원은 다라시와 업무협약을 맺었다.", "한빛병원", "한빛대학교", "다라시"),
        ("다라시는 한빛대학교 한빛병원과 업무협약을 체결했다.", "한빛병원", "한빛대학교", "다라시"),
        ("서울대 의생명연구원은 다라바이오와 협약을 체결했다.", "의생명연구원", "서울대학교", "다라바이오"),
        ("한국산업단지공단 경남지역본부는 창원시와 업무협약을 체결했다.", "경남지역본부", "한국산업단지공단", "창원시"),
        ("한국무역협회 강원지역본부는 춘천시와 협약을 맺었다고 밝혔다.", "강원지역본부", "한국무역협회", "춘천시"),
        ("한빛대학교 산학협력단은 다라전자와 협약을 맺었다.", "한빛대학교 산학협력단", "한빛대학교", "다라전자"),  # a generic name
        ("다라전자는 한빛대 창업지원단과 업무협약을 체결했다.", "한빛대 창업지원단", "한빛대", "다라전자"),
        ("한빛과학기술원(HBST) 산학협력단은 다라병원과 협약을 체결했다.", "한빛과학기술원 산학협력단", "한빛과학기술원", "다라병원"),
    ],
)
def test_the_body_a_unit_is_named_by_does_not_sign(text, unit, whole, partner):
    assert_facts(text, {(unit, "partOf", whole), (unit, "signedMOUWith", partner)},
                 {(whole, "signedMOUWith", partner), (whole, "signedMOUWith", unit)})


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("한빛캐피탈 다라벤처스는 마라시와 업무협약을 맺었다.", "한빛캐피탈", "다라벤처스"),  # firms side by side: a list
        ("한빛대학교 다라대학교 마라대학교는 업무협약을 체결했다.", "한빛대학교", "다라대학교"),  # three in a row: a list
        ("다라전자는 한빛대학교, 다라대학교와 협약을 체결했다.", "한빛대학교", "다라대학교"),
    ],
)
def test_bodies_listed_each_sign(text, first, second):
    found = facts(text)
    assert any(s == first and p == "signedMOUWith" for s, p, o in found | {(o, p, s) for s, p, o in found}), found
    assert (second, "partOf", first) not in found


def test_a_unit_is_one_node_under_its_body_s_short_name():
    result = extract("한빛과학기술원(HBST) 산학협력단은 다라병원과 협약을 체결했다. HBST 산학협력단 홍길동 단장은 기대했다.")
    units = [e for e in result.entities.values() if e.name.endswith("산학협력단")]
    assert len(units) == 1 and units[0].cls == "University" and "HBST 산학협력단" in units[0].aliases
