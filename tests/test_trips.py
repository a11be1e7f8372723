"""The trip stage: traveller, destinations and stops of a trip, with made-up sentences."""

import pytest

from kg.extract.trips import add_trip_structure
from tests.made_up import LEXICON, extract, facts


@pytest.mark.parametrize("text, fact", [
    ("박다온 경기도지사는 5일 베트남과 태국 방문을 위해 출국했다. 박 지사는 하노이에서 베트남 기획투자부 장관을 만났다.",
     ("박다온", "attended", "베트남과 태국 방문")),
    ("박다온 경기도지사는 5일 베트남과 태국 방문을 위해 출국했다. 박 지사는 하노이에서 베트남 기획투자부 장관을 만났다.",
     ("베트남과 태국 방문", "heldIn", "베트남")),
    ("박다온 경기도지사는 5일 베트남과 태국 방문을 위해 출국했다. 박 지사는 하노이에서 베트남 기획투자부 장관을 만났다.",
     ("박다온", "attended", "베트남 기획투자부 장관 면담")),
    ("박다온 경기도지사는 5일 베트남과 태국 방문을 위해 출국했다. 박 지사는 하노이에서 베트남 기획투자부 장관을 만났다.",
     ("베트남 기획투자부 장관 면담", "partOf", "베트남과 태국 방문")),
    ("한별재단 대표단은 지난 10일 일본 도쿄·오사카를 방문했다.", ("일본 도쿄·오사카 방문", "heldIn", "오사카")),
])
def test_trip_structure_is_added(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    # a trip of last year told in passing: the stage adds nothing
    "윤가람 누리시장은 지난해 독일 방문 성과를 소개했다. 윤 시장은 베를린에서 가나바이오 대표를 만났다.",
    # a visit not told as made (no verb of it, no departure): nothing either
    "윤가람 누리시장의 독일 방문 일정은 아직 정해지지 않았다.",
])
def test_no_trip_edges_outside_the_trip(text):
    graph = extract(text)
    before = {(r.subject, r.predicate, r.object) for r in graph.relations}
    assert {(r.subject, r.predicate, r.object) for r in add_trip_structure(graph, LEXICON).relations} == before


RETOLD = ("윤다라 누리시장은 다음 달 일본과 베트남을 방문한다. 일본 오사카와 베트남 하노이 등을 방문하여 "
          "관광 홍보 활동을 벌일 계획이다.")


def test_a_trip_told_again_by_its_cities_is_the_same_trip():
    # the second sentence names cities of the very two countries of the trip: no second trip, no part of it
    trips = [e.name for e in extract(RETOLD).entities.values() if e.cls == "Event" and e.name.endswith("방문")]
    assert trips == ["일본과 베트남 방문"]


def test_a_trip_told_again_stays_held_in_its_countries_only():
    held = {o for s, p, o in facts(RETOLD) if p == "heldIn" and s == "일본과 베트남 방문"}
    assert held == {"일본", "베트남"}


def test_a_visit_to_one_country_of_a_tour_is_no_retelling():
    text = "유가나 누리시장은 독일과 체코를 순방한다. 유 시장은 독일 베를린을 방문해 가나포럼에 참석한다."
    trips = {e.name for e in extract(text).entities.values() if e.cls == "Event" and e.name.endswith(("방문", "순방"))}
    assert trips == {"독일과 체코 순방", "베를린 방문"}


def test_a_visit_on_a_trip_is_named_by_where_it_goes_not_by_its_bare_word():
    text = ("최누리 충남지사가 다음 달 캐나다와 멕시코 수출상담 출장에 나선다. 최 지사는 이번 출장 중 캐나다 토론토를 "
            "방문, 1억 달러 규모의 공급 협약을 맺는다.")
    events = {e.name for e in extract(text).entities.values() if e.cls == "Event"}
    assert "토론토 방문" in events and "방문" not in events


def test_a_trip_word_named_by_its_purpose_and_by_its_countries_is_one_trip():
    # '투자유치 출장' (the event word with its modifier) and '미국과 브라질 출장' (the frame's destinations): one trip
    text = "최누리 충남지사가 다음 달 캐나다와 멕시코 등 북미 2개국 수출상담 출장을 취소했다."
    trips = [e.name for e in extract(text).entities.values() if e.cls == "Event" and e.name.endswith("출장")]
    assert trips == ["수출상담 출장"]


def test_the_head_of_a_party_is_no_destination_of_its_trip():
    # '…을 단장으로': the person leads the party (cues.tsv headed); the trip goes to the country, named by it alone
    text = "홍길동 경제국장을 단장으로 꾸려진 시장개척단은 이달 초 닷새 일정으로 인도네시아를 방문했다."
    trips = {e.name for e in extract(text).entities.values() if e.cls == "Event"}
    assert trips == {"인도네시아 방문"}
    assert ("홍길동", "attended", "인도네시아 방문") in facts(text)


def test_a_meeting_the_government_of_a_destination_hosts_is_on_the_trip():
    # '북경시장 면담': named by the city's head, so the city reads as its host; the city is where the trip goes
    text = ("하노이시장 면담하고 태국 다라주와 교류 의향서 체결\n홍길동 광주시장은 다음 달 2일 하노이로 떠나 베트남과 "
            "태국을 방문한다. 홍 시장은 먼저 하노이를 방문, 하노이시장을 만나 교류 확대를 논의한다.")
    assert ("하노이시장 면담", "partOf", "베트남과 태국 방문") in facts(text)


def test_an_event_hosted_by_others_at_home_stays_off_the_trip():
    text = ("홍길동 장관은 16일 독일 방문길에 올랐다. 한편 가나청은 이날 서울에서 열 예정이던 시상식을 취소했다.")
    assert not {(s, o) for s, p, o in facts(text) if p == "partOf" and o.endswith("방문")}
