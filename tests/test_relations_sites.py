"""Where an event is held when the sentence names a body, or a trip, rather than a place: made-up sentences."""

import pytest

from .made_up import extract, facts, pairs


@pytest.mark.parametrize(
    "text, event, places",
    [
        # a body with its alias in brackets, after the district and city it stands in: the events stage places it at the
        # district (the address before a body), the narrowest place the sentence gives
        ("가나부 차관은 지난 3일 대전 유성구 다라정보협회(DIA)에서 업계 간담회를 열었다.", "업계 간담회", {"유성구"}),
        # the body described in an apposition after the places ('…의 … 기업인')
        ("설명회는 인천 연수구의 바이오 소재 기업인 마라셀에서 진행됐다.", "설명회", {"연수구", "인천"}),
        ("가나부는 부산 해운대구의 물류 기업인 다온로지스에서 설명회를 열었다.", "설명회", {"해운대구", "부산"}),
    ],
)
def test_an_event_at_a_body_is_held_in_the_places_before_the_body(text, event, places):
    held = {place for subject, place in pairs(extract(text), "heldIn") if subject == event}
    assert places <= held


@pytest.mark.parametrize(
    "text, event",
    [
        # the places are the body's partner's, not where the event is: no apposition, a particle of its own
        ("배가나 장관은 서울 강남구와 다라협회에서 간담회를 주재했다.", "간담회"),
        # an apposition that is no kind of body ends in no copula: nothing
        ("배가나 장관은 서울 강남구의 요청으로 다라협회에서 간담회를 주재했다.", "간담회"),
    ],
)
def test_no_place_is_read_through_other_grammar(text, event):
    held = {place for subject, place in pairs(extract(text), "heldIn") if subject == event}
    assert not held & {"강남구", "서울"}


@pytest.mark.parametrize(
    "text, event, place",
    [
        # the event a trip is made for is held where the trip goes
        ("홍길동 장관은 다음 주 '가나 문화주간 개막식' 참석차 프랑스 파리를 방문한다.", "가나 문화주간 개막식", "파리"),
        ("홍길동 장관은 가나포럼에 참석하기 위해 독일 베를린을 방문했다.", "가나포럼", "베를린"),
    ],
)
def test_the_event_a_trip_is_made_for_is_held_at_its_destination(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_the_event_a_trip_is_made_for_is_part_of_the_trip_and_not_the_reverse():
    found = pairs(extract("홍길동 장관은 가나포럼에 참석하기 위해 독일 베를린을 방문했다."), "partOf")
    assert ("가나포럼", "베를린 방문") in found
    assert ("베를린 방문", "가나포럼") not in found


def test_no_two_events_are_part_of_each_other():
    text = ("윤다라 누리시장은 다음 달 일본과 베트남을 방문한다. 일본 오사카와 베트남 하노이 등을 방문하여 "
            "관광 홍보 활동을 벌일 계획이다.")
    found = pairs(extract(text), "partOf")
    assert not {(b, a) for a, b in found} & found


def test_the_event_a_trip_to_a_country_is_made_for_is_left_to_the_trip():
    # the country says no more than the trip's own place: the gold leaves it to the trip
    found = facts("홍길동 장관은 가나포럼에 참석하기 위해 독일을 방문했다.")
    assert ("가나포럼", "partOf", "독일 방문") in found
    assert ("가나포럼", "heldIn", "독일") not in found


@pytest.mark.parametrize(
    "text, part, place",
    [
        # a meeting held while attending a gathering whose place the sentence names: there, at its narrowest
        ("홍길동 원장은 오스트리아 빈에서 열린 가나기구 이사회에 참석해 3개국 대표와 양자회담을 가졌다.", "양자회담", "빈"),
        # a signing at a ceremony held at a hotel: at the hotel
        ("전라남도는 다라전자, 마라바이오와 투자 협약을 맺었다. 홍길동 전남지사는 20일 가나호텔에서 열린 '미래산업 출범식'에서 "
         "두 기업과의 투자협약서에 서명했다.", "투자 협약", "가나호텔"),
    ],
)
def test_a_part_of_a_gathering_is_held_where_the_gathering_is(text, part, place):
    found = facts(text)
    assert any(s.startswith(part) and p == "heldIn" and o == place for s, p, o in found), found


@pytest.mark.parametrize(
    "text, event, place",
    [
        # a body visited with the city it stands in before it (the city named by its government): held in the city
        ("홍길동 장관은 15일 경기 화성시 다라전자를 방문했다.", "다라전자 방문", "화성"),
        # the city with 의 before the body: the meeting at the body is held in the city
        ("홍길동 장관은 15일 충남 천안의 다라전자를 찾아 현장 간담회를 열었다.", "현장 간담회", "천안"),
    ],
)
def test_a_visit_to_a_body_is_held_in_the_city_named_before_it(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_an_event_with_a_venue_of_its_own_is_not_held_at_the_venue_visited_before_it():
    text = ("대구시는 베트남을 순방 중인 홍길동 시장이 하노이 시청을 방문해 하노이시와 교류협력 MOU를 맺고 현지 기업인을 "
            "상대로 관광설명회를 연다고 전했다. 관광설명회는 같은 날 저녁 다라호텔에서 열린다.")
    held = {o for s, p, o in facts(text) if p == "heldIn" and s == "관광설명회"}
    assert held == {"다라호텔"}
    assert ("교류협력 MOU", "heldIn", "하노이 시청") in facts(text)


def test_two_venues_named_together_both_hold_the_event():
    text = "가나협회는 오는 9일 오후 다라시청과 마라시청에서 개최 예정이던 '모범기업 시상식'을 취소했다."
    held = {o for s, p, o in facts(text) if p == "heldIn"}
    assert {"다라시청", "마라시청"} <= held
