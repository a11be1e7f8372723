"""Where events happen and what they are part of, with made-up sentences of the genre: a body's units
(partOf between bodies), a trip's stops placing the trip, and the venues, cities and sub-events of a
gathering that an annotator records."""

import pytest

from tests.made_up import facts


@pytest.mark.parametrize("text, fact", [
    # a body named right before another: the second is its unit
    ("가나대 다라병원은 15일 누리시와 의료협력 협약을 맺었다.", ("다라병원", "partOf", "가나대")),
    ("가나대 다라병원과 누리대 마바병원은 공동연구 협약을 맺었다.", ("마바병원", "partOf", "누리대")),
    ("중소벤처기업부 창업진흥원은 예비창업패키지 참가자를 모집한다.", ("창업진흥원", "partOf", "중소벤처기업부")),
    ("행정안전부 국가기록원은 20일 학술대회를 연다.", ("국가기록원", "partOf", "행정안전부")),
])
def test_a_body_named_before_another_holds_it(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    # firms named side by side are a list, not a firm and its unit
    "KB인베스트먼트 가나인베스트먼트 다라파트너스가 출자를 받았다.",
    # a city named after its province lies in it: a place, no unit
    "경기도 용인시는 20일 다온테크와 협약을 맺었다.",
])
def test_no_unit_where_names_only_stand_together(text):
    assert not {f for f in facts(text) if f[1] == "partOf"}


@pytest.mark.parametrize("text, fact", [
    # a trip named by its count of countries: its stops' cities and countries place it
    ("윤가람 누리시장이 유럽 3개국 순방에 나섰다. 윤 시장은 6일 독일 베를린에서 열린 스마트시티 포럼에 참석했다. "
     "이어 8일 프랑스 파리에서 투자유치 설명회를 열었다.", ("유럽 3개국 순방", "heldIn", "파리")),
    ("윤가람 누리시장이 유럽 3개국 순방에 나섰다. 윤 시장은 6일 독일 베를린에서 열린 스마트시티 포럼에 참석했다. "
     "이어 8일 프랑스 파리에서 투자유치 설명회를 열었다.", ("유럽 3개국 순방", "heldIn", "독일")),
    ("윤가람 누리시장이 유럽 3개국 순방에 나섰다. 윤 시장은 6일 독일 베를린에서 열린 스마트시티 포럼에 참석했다. "
     "이어 8일 프랑스 파리에서 투자유치 설명회를 열었다.", ("투자유치 설명회", "partOf", "유럽 3개국 순방")),
    ("누리시장은 지난 8일부터 13일까지 독일 베를린과 프랑스 파리를 방문했다. 윤 시장은 베를린에서 현지 기업인 간담회를 열었다.",
     ("현지 기업인 간담회", "partOf", "독일 베를린과 프랑스 파리 방문")),
    ("김다온 경기도지사는 10일부터 베트남과 인도네시아를 방문한다. 김 지사는 11일 하노이에서 베트남 기획투자부 장관과 면담한다.",
     ("베트남 기획투자부 장관 면담", "partOf", "베트남과 인도네시아 방문")),
    ("박한별 장관은 미국 출장 중 현지시간 12일 뉴욕에서 동포 간담회를 가졌다.", ("동포 간담회", "partOf", "미국 출장")),
    ("윤가람 시장은 일본 도쿄를 방문해 도쿄도지사와 면담하고 우호협력 협약을 체결했다.", ("우호협력 협약", "partOf", "도쿄 방문")),
    # the meeting at a visited body is part of the visit and held where the visit is
    ("윤가람 누리시장은 3일 다온테크 본사를 방문해 임직원들과 간담회를 가졌다.", ("임직원 간담회", "partOf", "다온테크 본사 방문")),
    ("윤가람 누리시장은 3일 다온테크 본사를 방문해 임직원들과 간담회를 가졌다.", ("임직원 간담회", "heldIn", "다온테크 본사")),
])
def test_trip_and_its_stops(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, absent", [
    # a trip named by a country takes in that country's cities: the city is the stop's place only
    ("박한별 장관은 미국 출장 중 현지시간 12일 뉴욕에서 동포 간담회를 가졌다.", ("미국 출장", "heldIn", "뉴욕")),
])
def test_trip_not_placed_in_its_countrys_cities(text, absent):
    assert absent not in facts(text)


def test_a_counted_trip_is_one_event():
    names = {s for s, _, _ in facts("윤가람 누리시장이 유럽 3개국 순방에 나섰다. 윤 시장은 6일 독일 베를린에서 열린 포럼에 참석했다.")}
    assert "유럽 3개국 순방" in names and "순방" not in names


@pytest.mark.parametrize("text, fact", [
    # venues: a hall in a city, a hotel abroad (현지시간), a room of a city hall, a government complex
    ("누리시는 15일 서울 코엑스에서 열린 '2026 스마트시티 박람회'에 참가해 홍보관을 운영했다.", ("2026 스마트시티 박람회", "heldIn", "코엑스")),
    ("누리시는 15일 서울 코엑스에서 열린 '2026 스마트시티 박람회'에 참가해 홍보관을 운영했다.", ("2026 스마트시티 박람회", "heldIn", "서울")),
    ("가나바이오는 20일 누리시청 대회의실에서 누리시와 투자협약을 체결했다.", ("투자협약", "heldIn", "누리시청 대회의실")),
    ("한별재단은 오는 25일 대구 엑스코에서 '제3회 청년창업 포럼'을 개최한다.", ("제3회 청년창업 포럼", "heldIn", "대구")),
    ("김다온 경기도지사는 현지시간 10일 미국 뉴욕에서 투자유치 설명회를 개최했다.", ("투자유치 설명회", "heldIn", "뉴욕")),
    ("가나전자는 현지시간 4일 베트남 하노이 롯데호텔에서 현지 법인 준공식을 가졌다.", ("현지 법인 준공식", "heldIn", "하노이")),
    ("가나전자는 현지시간 4일 베트남 하노이 롯데호텔에서 현지 법인 준공식을 가졌다.", ("현지 법인 준공식", "heldIn", "롯데호텔")),
    ("누리시는 21일 시청 중회의실에서 다온테크, 가나바이오와 업무협약을 맺었다.", ("업무협약", "heldIn", "시청 중회의실")),
    ("김다온 도지사는 6일 도청 상황실에서 시군 부단체장 회의를 주재했다.", ("시군 부단체장 회의", "heldIn", "도청 상황실")),
    ("한별재단은 오는 3월 강원 평창 알펜시아리조트에서 '겨울 스포츠 산업 포럼'을 연다.", ("겨울 스포츠 산업 포럼", "heldIn", "알펜시아리조트")),
    ("이번 박람회는 경기 고양시 킨텍스에서 사흘간 열린다.", ("박람회", "heldIn", "킨텍스")),
    ("박 장관은 이날 세종시 정부세종청사에서 열린 국무회의에 참석했다.", ("국무회의", "heldIn", "정부세종청사")),
    ("충남 아산에 위치한 가나모빌리티 공장에서 준공식이 열렸다.", ("준공식", "heldIn", "가나모빌리티 공장")),
    ("장관은 이어 오사카로 이동해 현지 진출 기업 대표들과 간담회를 가졌다.", ("현지 진출 기업 대표 간담회", "heldIn", "오사카")),
    ("대표단은 호찌민에서 수출상담회를 열어 300만 달러 규모의 계약을 맺었다.", ("수출상담회", "heldIn", "호찌민")),
    ("박한별 장관은 10일 싱가포르에서 열린 '아시아 스타트업 서밋'에 참석해 기조연설을 했다.", ("아시아 스타트업 서밋", "heldIn", "싱가포르")),
    # sub-events of a fair
    ("박람회 기간 중 부대행사로 투자상담회와 기술세미나가 열린다.", ("투자상담회", "partOf", "박람회")),
    ("박람회 기간 중 부대행사로 투자상담회와 기술세미나가 열린다.", ("기술세미나", "partOf", "박람회")),
])
def test_venues_and_sub_events(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    # an event held online has no place
    "한별재단은 17일 '청년 일자리 토론회'를 온라인으로 개최했다.",
    "행사는 코로나19 확산을 막기 위해 온라인으로 진행됐다.",
])
def test_an_event_held_online_is_held_nowhere(text):
    assert not {f for f in facts(text) if f[1] == "heldIn"}


@pytest.mark.parametrize("text, fact", [
    # a firm said to lie in a place: 소재, 위치, 있다, 내, or premises kept there
    ("대전에 본사를 둔 ㈜다온소프트는 누리시와 기업 유치 협약을 맺었다.", ("다온소프트", "locatedIn", "대전")),
    ("부산에 공장을 둔 마바정밀㈜은 신규 투자를 발표했다.", ("마바정밀", "locatedIn", "부산")),
    ("김해에 소재한 다라전자는 이날 누리시와 협약을 맺었다.", ("다라전자", "locatedIn", "김해")),
    ("경남 고성군에 위치한 다라농장㈜은 스마트팜을 운영한다.", ("다라농장", "locatedIn", "고성")),
    ("충남 아산에 위치한 가나모빌리티는 20일 준공식을 열었다.", ("가나모빌리티", "locatedIn", "아산")),
    # a city named as its government: its territory
    ("누리시는 20일 대구시에 본사를 둔 다온테크㈜와 투자협약을 맺었다.", ("다온테크", "locatedIn", "대구")),
    ("박 장관은 가나산업단지 내 중소기업인 다온테크와 가나바이오를 방문했다.", ("다온테크", "locatedIn", "가나산업단지")),
    ("박 장관은 가나산업단지 내 중소기업인 다온테크와 가나바이오를 방문했다.", ("가나바이오", "locatedIn", "가나산업단지")),
])
def test_a_body_located_in_a_place(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    # a body only named after a place, with no word that it lies there, is not located by the sentence
    "누리시는 부산에서 다온테크와 협약을 맺었다.",
    "누리시는 김해 다라전자와 협약을 맺었다.",
])
def test_no_location_without_a_word_of_lying(text):
    assert not {f for f in facts(text) if f[1] == "locatedIn"}


def test_a_headline_names_two_bodies_side_by_side_without_particles():
    # the headline's subject lost its particle: the two bodies sign, neither is the other's unit
    assert not {f for f in facts("누리대학교 한별재단과 장학 협약 체결\n누리대학교는 20일 한별재단과 장학 협약을 맺었다.")
                if f[1] == "partOf"}
