"""Places read from their position and their endings: made-up sentences, one table per rule."""

import pytest

from .made_up import extract, facts


def places(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls == "Place"}


@pytest.mark.parametrize(
    "text, venue",
    [
        # a venue word closes an unknown name: the name with it is a place where things happen
        ("가나부는 다라빌딩에서 설명회를 열었다.", "다라빌딩"),
        ("가나부는 한빛아트홀에서 시상식을 열었다.", "한빛아트홀"),
        ("가나시는 누리제3농공단지에 공장을 짓는다.", "누리제3농공단지"),
        # a local government's office building, like 시청 and 도청
        ("가나시는 15일 다라군청에서 마라전자와 투자협약을 체결했다.", "다라군청"),
    ],
)
def test_a_venue_word_makes_a_place(text, venue):
    assert venue in places(text)


@pytest.mark.parametrize(
    "text, event, place",
    [
        # an organization named after the places it stands in, where something happens, is a place too
        ("장관은 서울 성동구 가나협회에서 간담회를 가졌다.", "간담회", "서울 성동구 가나협회"),
        ("장관은 서울 성동구 가나협회에서 간담회를 가졌다.", "간담회", "성동구"),
    ],
)
def test_an_organization_after_its_places_is_a_venue(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_a_known_place_named_with_its_city_holds_the_city_too():
    # '서울 성동구' is one name in the lexicon; 서울 in it is a place of its own
    result = extract("장관은 서울 성동구를 방문했다.")
    names = {e.name for e in result.entities.values() if e.cls == "Place"}
    assert "성동구" in names


@pytest.mark.parametrize(
    "text, place",
    [
        # a county's government visited: its territory is the place visited
        ("군수는 전날 보은군을 방문해 우호 협약을 맺었다.", "보은"),
        # a county's government opening an address: its territory
        ("가나전자는 경북 예천군 누리제2농공단지에 45억원을 투자한다.", "예천"),
    ],
)
def test_a_local_government_where_it_is_visited_or_addressed_is_its_territory(text, place):
    assert place in places(text)


def test_a_local_government_that_acts_stays_a_body():
    result = extract("보은군은 가나전자와 투자협약을 체결했다.")
    assert "보은군" in {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}


def test_a_place_paired_with_another_in_a_name_is_a_side_not_the_venue():
    # '가나-한국 포럼': 한국 is one of the two sides the forum is about
    found = facts("다라협회는 ‘가나-한국 투자 포럼’을 열었다.")
    assert not any(p == "heldIn" for _, p, _ in found)


def test_a_district_of_two_words_stays_whole_before_a_venue():
    found = facts("가나협회는 서울 중구 한빛 호텔에서 포럼을 열었다.")
    assert {o for s, p, o in found if s == "포럼" and p == "heldIn"} == {"서울 중구 한빛 호텔", "중구"}


@pytest.mark.parametrize(
    "text, event, places",
    [
        # a city's government with 에서 after the clause's subject is named: where the subject acts
        ("가나부는 베트남 호찌민시에서 비즈니스 포럼을 개최했다.", "비즈니스 포럼", {"호찌민", "베트남"}),
        ("김철수 장관은 방콕시에서 열린 포럼에 참석했다.", "포럼", {"방콕"}),
        # a known venue glued after a place's short name: the venue, and the place before it
        ("포럼은 인천 송도컨벤시아에서 열린다.", "포럼", {"인천", "송도컨벤시아"}),
        # a place name that is also a common word opens a venue's name: the place
        ("장관은 화성 한빛연수원에서 간담회를 열었다.", "간담회", {"화성 한빛연수원", "화성"}),
    ],
)
def test_places_read_from_their_position(text, event, places):
    assert {o for s, p, o in facts(text) if s == event and p == "heldIn"} == places


def test_a_city_government_with_no_other_subject_is_the_host():
    result = extract("방콕시에서 포럼을 열었다.")
    assert "방콕시" in {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}


@pytest.mark.parametrize(
    "text, event, place",
    [
        # '일원', '일대' (the area of) after a named site and before 에서: the event is held on its grounds
        ("박람회는 나주 한빛농업기술원 일원에서 열린다.", "박람회", "나주 한빛농업기술원"),
        ("행사는 한빛산업단지 일대에서 열렸다.", "행사", "한빛산업단지"),
    ],
)
def test_the_area_of_a_site_is_where_the_event_is(text, event, place):
    result = extract(text)
    assert place in {e.name for e in result.entities.values() if e.cls == "Place"}


@pytest.mark.parametrize(
    "text, venue",
    [
        # an industrial estate is named by the word before its ending, a word no dictionary knows
        ("가나시는 12일 화율산단에서 입주기업 간담회를 열었다.", "화율산단"),
        # a room of an estate's office: the names before the room are the room's, plain nouns between
        ("가나시는 12일 오송산단 관리사무소 회의실에서 간담회를 열었다.", "오송산단 관리사무소 회의실"),
        ("가나시는 12일 화율산단 관리사무소 회의실에서 간담회를 열었다.", "화율산단"),
        # a room named after a building word
        ("가나도는 3일 도청 다라마실에서 투자협약을 맺었다.", "도청 다라마실"),
        # a body's premises, with the body's name and a plain noun between
        ("협약식은 한국무역협회 무역 교육센터에서 진행됐다.", "한국무역협회 무역 교육센터"),
        ("조달청은 5일 대전 조달청 본부에서 협약을 맺었다.", "대전 조달청 본부"),
    ],
)
def test_rooms_premises_and_estates_are_places(text, venue):
    assert venue in places(text)


@pytest.mark.parametrize("text", ["정부는 첨단산단 조성을 추진한다.", "가나시는 본부에서 회의를 열었다."])
def test_a_common_word_before_an_ending_names_no_place(text):
    assert not places(text)


def test_the_city_in_a_hotels_name_is_no_place_of_its_own():
    # '<brand> <city> <brand> 호텔' is one venue: no second place, no company
    result = extract("포럼은 9일 롯데호텔 하노이 롯데 호텔에서 열렸다.")
    assert places("포럼은 9일 롯데호텔 하노이 롯데 호텔에서 열렸다.") == {"롯데호텔 하노이 롯데 호텔"}
    assert not [e for e in result.entities.values() if e.cls == "Company"]


def test_the_provinces_and_cities_that_open_a_venues_name_are_places():
    result = extract("조달청은 5일 충청북도 청주시 조달청 본부에서 업무협약을 체결했다.")
    assert ("업무협약", "heldIn", "청주") in facts("조달청은 5일 충청북도 청주시 조달청 본부에서 업무협약을 체결했다.")
    assert not [e for e in result.entities.values() if e.cls == "GovernmentBody" and e.name in {"청주시", "충청북도"}]


@pytest.mark.parametrize("text", ["가나농장은 충남 예산군에 위치한 식품 제조업체다.", "다라식품은 전북 완주군에 소재한 기업이다."])
def test_a_county_where_a_body_lies_is_a_place(text):
    result = extract(text)
    assert not [e for e in result.entities.values() if e.cls == "GovernmentBody"]


def test_a_known_place_before_plain_nouns_is_no_part_of_a_venues_name():
    # '<city> 시내 <hotel>': downtown is where the hotel is, not a word of its name
    assert "그랜드 누리호텔" in places("대통령은 이날 자카르타 시내 그랜드 누리호텔에서 열리는 포럼에 참석한다.")


def test_an_estate_numbered_after_a_known_place_is_one_name():
    assert "오창제2산업단지" in places("가나공단은 12일 오창제2산업단지에서 간담회를 열었다.")


@pytest.mark.parametrize("text, place", [("시장은 다음 달 일본 가나카타시를 방문한다.", "가나카타시"), ("이어 다라수이시를 방문한 시장은 간담회를 열었다.", "다라수이시")])
def test_a_foreign_city_the_lexicon_does_not_know_is_a_place_where_it_is_visited(text, place):
    assert place in places(text)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("장관은 정부세종청사 6동 대회의실에서 회의를 주재했다.", "정부세종청사 6동 대회의실"),
        ("회의는 정부서울청사 별관 3층 국제회의실에서 열렸다.", "정부서울청사 별관 3층 국제회의실"),
    ],
)
def test_numbered_buildings_annexes_and_floors_belong_to_the_rooms_name(text, venue):
    assert venue in places(text)


def test_an_estates_short_and_long_names_are_one_place():
    text = "두 기업은 다라국가산업단지에 공장을 짓는다. 군은 다라산단에서 간담회를 열었다."
    assert [e.name for e in extract(text).entities.values() if e.cls == "Place"] == ["다라국가산업단지"]
