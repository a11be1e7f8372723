"""An event told again by a generic word, its place or day stated in the relative clause before it; the address
before a body where an event is held (made-up sentences)."""

import pytest

from .made_up import facts


@pytest.mark.parametrize(
    "text, event, place",
    [
        ("가나부는 10일 다라 포럼을 개최했다. 서울 가나호텔에서 열린 이날 행사에는 홍길동 장관이 참석했다.", "다라 포럼", "가나호텔"),
        ("가나부는 10일 다라 포럼을 개최했다. 가나부가 다라호텔에서 개최한 이번 자리에는 홍길동 장관이 참석했다.", "다라 포럼", "다라호텔"),
        ("가나부는 10일 다라전자와 업무협약을 체결했다. 서울 다라호텔에서 열린 이날 자리에는 홍길동 장관이 참석했다.", "업무협약", "다라호텔"),
    ],
)
def test_a_relative_clause_places_the_event_told_before(text, event, place):
    found = facts(text)
    assert (event, "heldIn", place) in found
    assert ("홍길동", "attended", event) in found


def test_a_light_noun_after_a_demonstrative_alone_is_no_event():
    found = facts("가나부는 10일 다라 포럼을 개최했다. 이번 자리에는 홍길동 장관이 참석했다.")
    assert not any(p == "heldIn" for _, p, _ in found)


@pytest.mark.parametrize(
    "text, place",
    [
        ("홍길동 장관은 18일 서울 강남구 한국가나협회(KGA)에서 간담회를 주재했다.", "강남구"),
        ("홍길동 장관은 18일 부산 해운대구 다라전자에서 간담회를 가졌다.", "해운대구"),
        ("홍길동 장관은 12일 서울 중구 대한상공회의소 챔버라운지에서 간담회를 가졌다.", "중구"),
        ("홍길동 장관은 12일 부산 해운대구 다라바이오에서 간담회를 가졌다.", "해운대구"),  # a body no finder knows
    ],
)
def test_the_address_before_a_body_where_an_event_is_held_places_it(text, place):
    assert ("간담회", "heldIn", place) in facts(text)


def test_an_address_before_a_body_that_is_visited_places_no_meeting():
    found = facts("가나부는 서울 강남구 다라전자와 업무협약을 체결했다.")
    assert not any(p == "heldIn" for _, p, _ in found)


@pytest.mark.parametrize(
    "text, place, not_place",
    [
        ("홍길동 장관은 12일 서울 중구 다라호텔에서 간담회를 가졌다.", "다라호텔", "서울"),
    ],
)
def test_an_address_that_goes_on_to_a_place_of_its_own_leaves_the_event_to_it(text, place, not_place):
    found = facts(text)
    assert ("간담회", "heldIn", place) in found
    assert ("간담회", "heldIn", not_place) not in found


def test_the_address_before_a_body_visited_places_the_visit():
    assert ("다라전자 방문", "heldIn", "강남구") in facts("홍길동 장관은 18일 서울 강남구 다라전자를 방문했다.")


@pytest.mark.parametrize(
    "text, place",
    [
        ("가나시는 12일 해운대 일대에서 가나 축제를 개최한다.", "해운대구"),
        ("가나시는 12일 부산 일원에서 가나 축제를 개최한다.", "부산"),
    ],
)
def test_the_area_of_a_place_is_where_an_event_is(text, place):
    assert ("가나 축제", "heldIn", place) in facts(text)
