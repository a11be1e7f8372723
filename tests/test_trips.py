"""Trips and where things happen: made-up sentences, one per rule."""

import pytest

from .made_up import extract, facts


@pytest.mark.parametrize(
    "text, event, places",
    [
        # a city or country right before a venue or city: the event is held in both
        ("가나부는 부산 벡스코에서 포럼을 열었다.", "포럼", {"벡스코", "부산"}),
        ("가나부는 미국 보스턴에서 포럼을 열었다.", "포럼", {"미국", "보스턴"}),
    ],
)
def test_event_is_held_in_the_place_that_holds_its_venue(text, event, places):
    found = facts(text)
    assert {(event, "heldIn", place) for place in places} <= found


@pytest.mark.parametrize(
    "text, event, places",
    [
        # the place a venue's name opens with, or that stands right before it, is where the event is too
        ("가나부는 서울 종로구 가나청사에서 회의를 열었다.", "회의", {"가나청사", "종로구"}),
        ("가나공사는 대구 본사에서 다라은행과 업무협약을 체결했다.", "업무협약", {"대구 본사", "대구"}),
        ("김가나 회장은 뮌헨 다라텍 본사에서 임원진과 회의를 열었다.", "임원진 회의", {"뮌헨 다라텍 본사", "뮌헨"}),
        # a district named with its city: the city is where it is, one level up from the district
        ("장관은 서울 성동구 한빛회관에서 간담회를 가졌다.", "간담회", {"한빛회관", "성동구"}),
    ],
)
def test_an_event_is_held_in_the_place_its_venue_is_named_within(text, event, places):
    found = facts(text)
    assert {o for s, p, o in found if s == event and p == "heldIn"} == places


def test_a_trip_is_named_by_the_city_not_the_country_it_lies_in():
    found = facts("김가나 장관은 러시아 카잔을 방문했다.")
    assert any(s == "카잔 방문" for s, _, _ in found)
    assert not any("러시아 방문" in (s, o) for s, _, o in found)


@pytest.mark.parametrize(
    "text, event, place",
    [
        # reaching the next leg (도착, 이동): what the travellers do there happens in that city or country
        ("가나부 대표단은 리마에 도착해 다라부와 면담을 가졌다.", "다라부 면담", "리마"),
        ("가나부 대표단은 페루를 방문했다. 이어 칠레로 이동해 마라부와 MOU를 체결했다.", "MOU", "칠레"),
    ],
)
def test_what_follows_an_arrival_happens_at_the_new_leg(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_a_delegation_sent_abroad_is_a_trip_its_events_are_part_of():
    found = facts("가나부는 다음 달 페루와 칠레에 무역 사절단을 파견한다고 밝혔다. 사절단은 현지에서 투자 포럼을 연다.")
    trip = "무역 사절단 파견"
    assert {("가나부", "organized", trip), ("무역 사절단", "attended", trip), (trip, "heldIn", "페루"),
            (trip, "heldIn", "칠레"), ("투자 포럼", "partOf", trip)} <= found


@pytest.mark.parametrize(
    "text, visit",
    [
        ("장관은 경기도 안산시 한빛공단을 방문했다.", "한빛공단 방문"),
        ("장관은 충청북도 청주시를 방문했다.", "청주시 방문"),
    ],
)
def test_provinces_and_cities_before_a_destination_only_say_where_it_lies(text, visit):
    result = extract(text)
    assert [e.name for e in result.entities.values() if e.name.endswith("방문")] == [visit]


@pytest.mark.parametrize(
    "text, trip, stops",
    [
        # a count of countries with the countries in parentheses: one tour, held in each
        ("가나부는 동남아 3개국(베트남·태국·라오스)을 방문한다.", "동남아 3개국 방문", {"베트남", "태국", "라오스"}),
        # the countries listed before 등
        ("김가나 장관은 독일, 프랑스 등 유럽 2개국을 순방했다.", "유럽 2개국 순방", {"독일", "프랑스"}),
    ],
)
def test_a_tour_of_counted_countries_is_held_in_each(text, trip, stops):
    found = facts(text)
    assert {(trip, "heldIn", stop) for stop in stops} <= found


def test_a_tour_without_a_region_is_named_by_its_count():
    result = extract("가나부 장관은 이번 3개국을 순방한다.")
    assert "3개국 순방" in {e.name for e in result.entities.values()}


def test_the_stops_of_a_tour_are_part_of_it():
    found = facts("가나부는 유럽 2개국(독일·프랑스)을 방문한다. 김가나 차관은 독일을 방문해 장관을 만난다. "
                  "또한 기술협력 MOU 체결식도 연다. 프랑스에서는 장관과 면담을 갖고 협약을 체결할 예정이다.")
    assert ("독일 방문", "partOf", "유럽 2개국 방문") in found
    assert ("기술협력 MOU 체결식", "partOf", "독일 방문") in found
    assert ("기술협력 MOU 체결식", "heldIn", "독일") in found
    assert ("프랑스 면담", "partOf", "유럽 2개국 방문") in found
    assert ("프랑스 면담", "heldIn", "프랑스") in found


def test_the_day_of_a_report_is_no_occasion():
    # '…고 이날 밝혔다' dates the report: the signing is not part of the briefing named before it
    found = facts("가나시는 다라국을 찾은 김가나 시장이 7일 다라시와 우호 교류 협약을 맺고 기업설명회를 연다고 이날 밝혔다.")
    assert not any(p == "partOf" and o == "기업설명회" for _, p, o in found)


def test_what_follows_a_second_visit_is_held_at_its_destination_only():
    found = facts("프랑스를 방문 중인 김철수 시장은 리옹 시청을 방문해 양해각서를 체결했다.")
    assert ("양해각서", "heldIn", "리옹 시청") in found
    assert ("양해각서", "heldIn", "프랑스") not in found
    assert ("양해각서", "partOf", "프랑스 방문") in found


def test_an_event_where_the_travellers_are_that_day_is_not_on_a_trip_elsewhere():
    # the day in Hanoi: the signing there is not part of the visit to Thailand named later
    found = facts("김철수 장관은 12일 하노이에서는 교육부와 협약을 체결한다. 김 장관은 또 협약 체결식에도 참석한다. "
                  "김 장관은 13일 태국을 방문한다.")
    assert not any(p == "partOf" and o == "태국 방문" for _, p, o in found)


def test_a_bare_trip_word_beside_a_named_visit_is_the_same_trip():
    found = facts("김철수 장관은 9일 '한불 우호 음악회' 참석차 프랑스 파리를 방문할 예정이었으나 일정을 다시 조율하고 있다.")
    trips = {s for s, p, _ in found if p == "heldIn"}
    assert len(trips) == 1
    assert ("한불 우호 음악회", "partOf", trips.pop()) in found


def test_an_event_others_host_is_not_on_the_trip():
    found = facts("김철수 장관은 9일 프랑스 파리를 방문한다. 관세청은 이날 예정했던 시상식 행사를 취소했다.")
    assert not any(p == "partOf" for _, p, _ in found)


@pytest.mark.parametrize(
    "text, visit, site",
    [
        # a site, then 내 ('inside'), then the visited body: the visit is held at the site
        ("김철수 청장은 가나ㆍ다라공단 내 중소기업인 한빛전자를 방문해 격려했다.", "한빛전자 방문", "가나ㆍ다라공단"),
        # a quoted name as the visit's object names the visit though no entity stands for it
        ("김철수 청장은 천안 누리연수원 내 교육장인 ‘한빛스퀘어’를 방문해 강조했다.", "한빛스퀘어 방문", "천안 누리연수원"),
    ],
)
def test_a_visit_to_a_body_inside_a_site_is_held_there(text, visit, site):
    assert (visit, "heldIn", site) in facts(text)


@pytest.mark.parametrize(
    "text, event, place",
    [
        # a body visited that lies in a place ('X에 소재한', 'X에 위치한', 'X 소재'): the visit is held there
        ("김철수 장관은 김해에 소재한 한빛전자를 방문했다.", "한빛전자 방문", "김해"),
        ("김철수 장관은 부산 해운대에 위치한 한빛협회를 찾아 회원들과 간담회를 가졌다.", "회원 간담회", "해운대구"),
        ("김철수 장관은 부산 소재 한빛전자를 찾아 간담회를 가졌다.", "간담회", "부산"),
    ],
)
def test_a_visit_to_a_body_is_held_where_the_body_lies(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_what_the_visitors_do_next_happens_where_they_went():
    # both clauses share the sentence's subject: the meeting is held at the place visited
    assert ("간담회", "heldIn", "부산") in facts("김철수 장관은 31일 부산을 찾아 간담회를 열었다.")


def test_a_visit_to_two_places_each_with_its_country_is_one_trip_held_in_all():
    found = facts("가나시 대표단은 독일 뮌헨과 체코 프라하를 방문한다.")
    trips = {s for s, p, _ in found if p == "heldIn"}
    assert trips == {"독일 뮌헨과 체코 프라하 방문"}
    assert {o for _, p, o in found if p == "heldIn"} == {"독일", "뮌헨", "체코", "프라하"}


def test_an_event_at_home_is_not_part_of_a_trip_abroad():
    found = facts("박누리 장관이 12일 필리핀 마닐라를 방문해 회담을 가졌다. 이어 9월 대구에서 열리는 박람회에 대해 논의했다.")
    assert ("박람회", "heldIn", "대구") in found
    assert not any(s == "박람회" and p == "partOf" for s, p, _ in found)


@pytest.mark.parametrize(
    "text, meeting, stop, trip",
    [
        # on a tour, a meeting told by its verb at a stop named with 에서는 is the stop's visit
        ("가나부는 유럽 2개국(독일·프랑스)을 방문한다. 독일에서는 장관과 면담해 협력 방안을 논의한다.",
         "독일 면담", "독일", "유럽 2개국 방문"),
        # the cities of one visit are its stops too
        ("가나시 대표단은 독일 뮌헨과 체코 프라하를 방문한다. 프라하에서는 시장을 면담할 예정이다.",
         "프라하 면담", "프라하", "독일 뮌헨과 체코 프라하 방문"),
    ],
)
def test_a_meeting_at_a_stop_of_a_tour_is_the_stops_visit(text, meeting, stop, trip):
    assert {(meeting, "heldIn", stop), (meeting, "partOf", trip)} <= facts(text)


def test_an_event_told_of_another_body_is_not_on_the_trip():
    # the trip is the minister's; the launch is another ministry's, in a sentence about that ministry
    found = facts("김철수 장관은 9일 프랑스 파리를 방문한다. 다라부는 10일로 예정됐던 발대식을 연기하기로 했다.")
    assert not any(s == "발대식" and p == "partOf" for s, p, _ in found)


def test_a_trip_named_again_with_this_is_the_trip_told():
    # '금번 …출장' names the trip the story told before, not a second one
    text = ("가나부 김가나 차관은 2일부터 페루, 칠레를 방문한다. "
            "대표단은 사바은행을 방문해 금번 남미 출장과 연계된 협력 사업을 논의한다.")
    events = {e.name: e.aliases for e in extract(text).entities.values() if e.cls == "Event"}
    assert not any("출장" in name for name in events)
    assert any("남미 출장" in aliases for aliases in events.values())
