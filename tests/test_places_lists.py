"""Places listed where something happens: the list's last particle, or the noun that counts its places, speaks for
every item (made-up sentences)."""

from __future__ import annotations

import pytest

from .made_up import extract


def places(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls == "Place"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("이번 로드쇼는 싱가포르, 자카르타, 호찌민 3개 도시에서 진행된다.", {"싱가포르", "자카르타", "호찌민"}),
        ("김 시장은 프랑스 파리, 독일 뮌헨, 체코 프라하 등 유럽 3개국 3개 도시를 모두 찾는다.",
         {"프랑스", "파리", "독일", "뮌헨", "체코", "프라하"}),
        ("김 지사는 20일 출국해 호주 시드니와 멜버른을 찾는다.", {"호주", "시드니", "멜버른"}),
        ("상담회는 하노이 및 호찌민에서 열린다.", {"하노이", "호찌민"}),
        ("대표단은 베트남, 태국 등 2개국을 방문한다.", {"베트남", "태국"}),
        ("일본 도쿄, 중국 상하이, 베트남 하노이 등 3곳에 누리도 해외사무소가 있다.", {"일본", "도쿄", "중국", "상하이", "베트남", "하노이"}),
    ],
)
def test_every_place_of_a_list_where_something_happens(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("중국과 일본 시장 진출을 모색하고 있다.", "중국"),
        ("행사에는 인도네시아, 필리핀 등 10개국 대표가 참석했다.", "필리핀"),
        ("수출은 미국, 베트남 등 주요 국가를 중심으로 늘었다.", "베트남"),
    ],
)
def test_a_list_of_places_in_passing_stays_out(text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize(
    "text, estate",
    [
        ("공장은 누리2산업단지내 2만m2 부지에 들어선다.", "누리2산업단지"),
        ("새 공장은 한빛제2농공단지내 부지에 지어진다.", "한빛제2농공단지"),
    ],
)
def test_an_estate_with_within_glued_to_it(text, estate):
    assert estate in places(text)
