"""Where things happen and where bodies lie, in the genre's ordinary forms: venues of every kind, addresses before
them, trips abroad and the firms a clause locates (made-up sentences, one table per reading)."""

import pytest

from .made_up import extract, facts


def held_in(text: str, event: str) -> set[str]:
    return {o for s, p, o in facts(text) if s == event and p == "heldIn"}


@pytest.mark.parametrize(
    "text, event, places",
    [
        ("가나부는 15일 서울 중구 롯데호텔에서 중소기업 간담회를 열었다.", "중소기업 간담회", {"롯데호텔", "중구"}),
        ("다라협회는 20일 부산 벡스코에서 개최된 수출 박람회에 참가했다.", "수출 박람회", {"벡스코", "부산"}),
        ("박람회가 25일부터 사흘간 대구 엑스코에서 열린다.", "박람회", {"엑스코", "대구"}),
        ("가나재단은 지난 10일 서울 강남구 코엑스에서 창업 설명회를 개최했다.", "창업 설명회", {"코엑스", "강남구"}),
        ("가나부는 19일 서울 용산구 전쟁기념관에서 출범식을 가졌다.", "출범식", {"전쟁기념관", "용산구"}),
        ("포럼은 부산 해운대구 웨스틴조선호텔에서 열렸다.", "포럼", {"웨스틴조선호텔", "해운대구"}),
        ("워크숍은 강원 평창 알펜시아리조트에서 2박3일 일정으로 진행됐다.", "워크숍", {"알펜시아리조트", "평창"}),
        ("국무회의는 서울 종로구 정부서울청사에서 열렸다.", "국무회의", {"정부서울청사", "종로구"}),
        ("가나청은 23일 경기 안산 반월산업단지에서 현장 간담회를 열었다.", "현장 간담회", {"반월산업단지", "안산"}),
        # a hall or theatre of a building, a square, a park, a terminal: venue words of the press
        ("시상식은 서울 종로구 세종문화회관 대극장에서 열렸다.", "시상식", {"서울 종로구 세종문화회관 대극장", "종로구"}),
        ("포럼은 서울 광화문광장에서 열렸다.", "포럼", {"광화문광장", "서울"}),
        ("개막식은 인천 송도 센트럴파크에서 열렸다.", "개막식", {"센트럴파크", "송도"}),
        ("설명회는 부산 사상구 서부버스터미널 회의실에서 열렸다.", "설명회", {"부산 사상구 서부버스터미널 회의실", "사상구"}),
        ("가나재단은 4일 한국거래소 컨퍼런스홀에서 투자설명회를 개최했다.", "투자설명회", {"한국거래소 컨퍼런스홀"}),
        # abroad: the city and its country
        ("장관은 9일(현지시간) 영국 런던에서 투자설명회를 주재했다.", "투자설명회", {"런던", "영국"}),
        ("대표단은 일본 도쿄에서 열린 한일 경제포럼에 참석했다.", "한일 경제포럼", {"도쿄", "일본"}),
        ("가나부는 오는 12일 중국 상하이에서 한중 기업 교류회를 개최한다.", "한중 기업 교류회", {"상하이", "중국"}),
        # a trip or visit: the places visited
        ("김철수 장관은 10일부터 14일까지 베트남과 인도네시아를 방문한다.", "베트남과 인도네시아 방문", {"베트남", "인도네시아"}),
        ("장관은 3박 5일 일정으로 브라질 상파울루를 방문한다.", "상파울루 방문", {"브라질", "상파울루"}),
        ("장관은 이번 출장에서 독일 베를린과 프랑스 파리를 차례로 찾는다.", "출장", {"독일", "베를린", "프랑스", "파리"}),
        ("대통령은 다음 달 사우디아라비아와 카타르 등 중동 2개국을 순방한다.", "중동 2개국 순방", {"사우디아라비아", "카타르"}),
        # a site visited at home: the premises of a body, named after it, are the place of the visit
        ("장관은 7일 부산 신항 컨테이너 터미널을 방문했다.", "부산 신항 컨테이너 터미널 방문", {"부산 신항 컨테이너 터미널", "부산"}),
        ("김철수 장관은 12일 충북 청주시 누리전자 공장을 방문했다.", "누리전자 공장 방문", {"누리전자 공장", "청주"}),
        ("김철수 장관은 12일 한국전력 본사를 방문했다.", "한국전력 본사 방문", {"한국전력 본사"}),
    ],
)
def test_an_event_is_held_at_its_venue_and_in_the_places_before_it(text, event, places):
    assert places <= held_in(text, event)


@pytest.mark.parametrize(
    "text, firm, place",
    [
        ("경기 성남시에 본사를 둔 가나전자는 다라재단과 협약을 맺었다.", "가나전자", "성남"),
        ("대전 유성구 소재 가나바이오는 100억원을 투자한다.", "가나바이오", "유성구"),
        # the clause that says where it lies describes the subject before the place
        ("다라바이오는 충남 천안에 위치한 의약품 제조업체다.", "다라바이오", "천안"),
        ("누리전자는 경기 평택시에 위치해 있다.", "누리전자", "평택"),
        ("한빛테크는 서울 강남구 소재 인공지능 스타트업이다.", "한빛테크", "강남구"),
        ("한빛테크는 경기 성남시 판교에 본사를 둔 소프트웨어 기업이다.", "한빛테크", "판교"),
        # a firm right after its place's genitive
        ("육가공식품 판매업체인 경북의 코리아식품도 5억 원을 유치했다.", "코리아식품", "경북"),
        ("서울의 한빛테크와 부산의 누리전자가 협약을 맺었다.", "누리전자", "부산"),
        # the place opens the noun a copula closes: what the subject is
        ("누리전자는 배터리 기술을 개발하는 대전지역 대표 혁신 기업이다.", "누리전자", "대전"),
        # the quote that opens the firm's name after the located word
        ("창원시 소재 전기차 충전기 제작 업체 ‘누리전자’는 147억 원을 유치했다.", "누리전자", "창원"),
        # a quoted firm after its kind noun
        ("거제시 소재 수산물 온라인 유통기업 ‘얌테이블’은 300억 원을 유치했다.", "얌테이블", "거제"),
        # a facility to be built lies where it is built
        ("충북 오송에 들어설 바이오 지원센터는 2025년 문을 연다.", "바이오 지원센터", "오송"),
        ("가나시는 경북 구미에 스마트공장 지원센터를 건립한다.", "스마트공장 지원센터", "구미"),
    ],
)
def test_a_firm_or_facility_lies_where_the_sentence_places_it(text, firm, place):
    assert (firm, "locatedIn", place) in facts(text)


@pytest.mark.parametrize(
    "text, firm",
    [
        # the place is where the object lies, or where the subject acts: the subject is not located by it
        ("누리전자는 울산에 위치한 다라공장을 인수했다.", "누리전자"),
        ("누리전자는 울산에서 설명회를 열었다.", "누리전자"),
    ],
)
def test_a_place_that_describes_another_phrase_locates_no_subject(text, firm):
    assert not {o for s, p, o in facts(text) if s == firm and p == "locatedIn"}


def test_a_caption_names_the_venue_of_the_event_it_shows():
    text = "김철수 장관(왼쪽 세번째)이 15일 서울 중구 프레스센터에서 열린 포럼에서 기념촬영을 하고 있다."
    assert {"한국프레스센터", "중구"} <= held_in(text, "포럼")


def test_a_venue_word_closes_a_room_after_a_known_venue():
    places = {e.name for e in extract("시상식은 서울 종로구 세종문화회관 대극장에서 열렸다.").entities.values() if e.cls == "Place"}
    assert "세종문화회관" not in places


def test_a_trip_to_cities_of_one_country_is_also_named_after_the_country():
    trips = {e.name: e for e in extract("김철수 지사는 중국 베이징과 후난성을 방문한다.").entities.values() if e.cls == "Event"}
    assert "중국 방문" in trips["중국 베이징과 후난성 방문"].aliases


def test_a_trip_to_two_countries_is_named_after_neither_alone():
    trips = [e for e in extract("장관은 캐나다 토론토와 미국 뉴욕을 잇따라 방문한다.").entities.values() if e.cls == "Event"]
    assert not any(a.endswith(" 방문") and len(a.split()) == 2 for e in trips for a in e.aliases)


def test_cities_listed_before_a_visit_are_places_visited():
    text = "김철수 지사는 중국 선전시, 베이징시, 장쑤성을 방문했다."
    found = {e.name: e.cls for e in extract(text).entities.values()}
    assert found.get("선전") == "Place" and found.get("베이징") == "Place"
    assert not [name for name, cls in found.items() if cls == "GovernmentBody"]


def test_a_place_whose_genitive_opens_an_apposition_locates_no_firm():
    text = "간담회는 서울 강남구의 교육서비스 기업인 누리소프트에서 열렸다."
    assert not {o for s, p, o in facts(text) if p == "locatedIn"}


def test_a_place_with_its_area_noun_glued_is_the_place():
    assert "대전" in {e.name for e in extract("누리전자는 대전지역 대표 혁신 기업이다.").entities.values() if e.cls == "Place"}


def test_an_area_noun_that_opens_a_longer_word_makes_no_place():
    assert not [e for e in extract("가나공사 대전지역본부는 협약을 맺었다.").entities.values() if e.cls == "Place"]


def test_a_quoted_name_with_no_particle_of_its_own_is_no_firm():
    assert not [e for e in extract("중소기업 ‘스마트공장’ 지원을 확대한다.").entities.values() if e.cls == "Company"]


@pytest.mark.parametrize(
    "text, venue, alias",
    [
        ("KOTRA는 23일 서울 서초구 본사에서 자문위원회 회의를 개최했다.", "서울 서초구 본사", "서초구 본사"),
        ("KOTRA는 서울 염곡동 본사에서 협약을 체결했다.", "서울 염곡동 본사", "염곡동 본사"),
    ],
)
def test_premises_named_by_their_places_are_also_named_by_the_nearest(text, venue, alias):
    places = {e.name: e for e in extract(text).entities.values() if e.cls == "Place"}
    assert alias in places[venue].aliases


def test_a_venue_abroad_named_within_a_region_of_a_country_is_held_in_the_country_too():
    text = "중기중앙회는 미국 캘리포니아주 애너하임 컨벤션센터에서 개최된 기업전시회에 참가했다."
    assert {"미국", "캘리포니아"} <= held_in(text, "기업전시회")


def test_a_venue_at_home_is_held_in_its_district_not_its_city():
    assert "서울" not in held_in("포럼은 서울 중구 한빛 호텔에서 열렸다.", "포럼")
