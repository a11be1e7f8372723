"""A place inside an event's name is where it is held, unless it belongs to a quoted name or to the object of a
purpose clause within that name (made-up sentences)."""

import pytest

from .made_up import facts


@pytest.mark.parametrize(
    "text, event, place",
    [
        ("대전시는 29일 '대전 다라 펀드' 결성식을 열었다.", "'대전 다라 펀드' 결성식", "대전"),
        ("가나시는 경제자유구역 내 투자유치 활성화를 위한 업무협약을 다라은행과 체결했다.",
         "경제자유구역 내 투자유치 활성화를 위한 업무협약", "경제자유구역"),
    ],
)
def test_a_place_of_a_part_of_the_name_does_not_place_the_event(text, event, place):
    assert (event, "heldIn", place) not in facts(text)


def test_a_place_that_opens_the_name_places_the_event():
    assert ("부산 설명회", "heldIn", "부산") in facts("가나시는 29일 부산 설명회를 열었다.")
