"""The names an event goes by besides the one its sentence writes: a trip by its one foreign country and by its
stops alone, a trip told twice as one node, an event named without its purpose clause."""

import pytest

from .made_up import extract

EVENTS = {"Event", "Meeting", "AgreementSigning", "Investment"}


def event_labels(text: str) -> list[set[str]]:
    """Each event node's labels (its name and aliases)."""
    return [{e.name, *e.aliases} for e in extract(text).entities.values() if e.cls in EVENTS]


def named(text: str, label: str) -> list[set[str]]:
    return [labels for labels in event_labels(text) if label in labels]


@pytest.mark.parametrize("text, written, also", [
    ("가나도 대표단이 26일부터 다음달 1일까지 중국 베이징과 후난성을 방문한다.", "중국 베이징과 후난성 방문", "중국 방문"),
    ("가나도 대표단이 26일부터 다음달 1일까지 중국 베이징과 후난성을 방문한다.", "중국 베이징과 후난성 방문", "베이징과 후난성 방문"),
    ("김가람 지사는 18일부터 일본 도쿄와 오사카를 방문한다.", "일본 도쿄와 오사카 방문", "일본 방문"),
    ("김가람 시장은 5일 러시아 모스크바를 방문했다.", "모스크바 방문", "러시아 방문"),
    ("가나시 대표단은 다음 달 6일부터 9일까지 베이징, 상하이를 순방할 계획이다.", "베이징, 상하이 순방", "중국 순방"),
    ("김가람 장관은 3일 미국 워싱턴과 뉴욕을 방문했다.", "미국 워싱턴과 뉴욕 방문", "미국 방문"),
])
def test_a_trip_is_also_named_by_its_country_and_its_stops(text, written, also):
    assert any(also in labels for labels in named(text, written)), event_labels(text)


@pytest.mark.parametrize("text, written, not_also", [
    # a visit to a body abroad is a stop, not the trip: no country name for it
    ("김가람 시장은 4일 상하이 시청을 방문해 양 시장과 만났다.", "상하이 시청 방문", "중국 방문"),
    # a trip at home is not named by the home country
    ("김가람 장관은 5일 부산과 울산을 방문했다.", "부산과 울산 방문", "한국 방문"),
    # destinations in two countries: no one country names it
    ("김가람 지사는 5일부터 베트남 하노이와 태국 방콕을 방문한다.", "베트남 하노이와 태국 방콕 방문", "베트남 방문"),
])
def test_a_trip_not_named_by_a_country_it_does_not_wholly_go_to(text, written, not_also):
    assert not any(not_also in labels for labels in named(text, written)), event_labels(text)


@pytest.mark.parametrize("text, first, second", [
    ("가나도는 경제협력을 위해 3박 4일 일정으로 중국을 방문한다. 김가람 지사 등 대표단 20여 명은 다음 달 6일부터 9일까지 "
     "중국 선전시, 베이징시를 순차적으로 방문할 계획이다.", "중국 방문", "중국 선전시, 베이징시 방문"),
])
def test_a_trip_told_twice_is_one_node(text, first, second):
    assert any(second in labels for labels in named(text, first)), event_labels(text)


def test_a_trip_of_another_time_is_another_trip():
    text = ("김가람 시장은 지난해 중국을 방문했다. 김 시장은 다음 달 6일 중국 베이징과 상하이를 방문할 예정이다.")
    assert len(named(text, "중국 방문")) == 2, event_labels(text)


@pytest.mark.parametrize("text, written, bare", [
    ("대표단은 26일 베이징에서 가나협회 대표들을 만나 지역 상품의 중국 진출 확대를 위한 업무 제휴협약을 체결한다.",
     "지역 상품의 중국 진출 확대를 위한 업무 제휴협약", "업무 제휴협약"),
    ("김 지사는 20일 야마나시현 지사와 회담을 갖고 관광 분야 등의 협력 강화를 위한 합의서를 체결한다.",
     "관광 분야 등의 협력 강화를 위한 합의서", "합의서"),
    ("가나병원은 다라대학교와 보건융합 기술 인재 양성을 위한 업무협약을 체결했다.", "보건융합 기술 인재 양성을 위한 업무협약", "업무협약"),
    ("가나시는 12일 다라전자와 이차전지 산업 육성을 위한 투자협약을 맺었다.", "이차전지 산업 육성을 위한 투자협약", "투자협약"),
    ("가나도는 7일 다라시와 우호교류 확대를 위한 양해각서(MOU)를 체결했다.", "우호교류 확대를 위한 양해각서", "양해각서"),
    ("가나공사는 현지 중국 자본 유치를 위한 투자유치설명회도 열었다.", "현지 중국 자본 유치를 위한 투자유치설명회", "투자유치설명회"),
])
def test_an_event_is_also_named_without_its_purpose(text, written, bare):
    found = [labels for labels in event_labels(text) if written in labels or any(written in label for label in labels)]
    assert any(bare in labels for labels in found), event_labels(text)


@pytest.mark.parametrize("text", [
    # the body names the signing bare, the caption by its purpose: one signing
    ("가나병원은 다라대학교와 업무협약을 체결했다고 12일 밝혔다. 김가람 가나병원 단장(오른쪽)과 이나래 다라대 학과장이 "
     "보건융합 기술 인재 양성을 위한 업무협약을 체결했다."),
    ("가나시는 다라전자와 투자협약을 맺었다. 김가람 시장과 이나래 대표가 이차전지 산업 육성을 위한 투자협약을 체결하고 있다."),
])
def test_a_signing_named_bare_then_by_its_purpose_is_one(text):
    signings = [labels for labels in event_labels(text) if any(label.endswith("협약") for label in labels)]
    assert len(signings) == 1, signings


def test_another_signing_told_as_such_stays_apart():
    text = "가나시는 다라전자와 업무협약을 체결했다. 또 이날 마바은행과 금융 지원을 위한 업무협약도 체결했다."
    assert len([labels for labels in event_labels(text) if any(label.endswith("업무협약") for label in labels)]) == 2, event_labels(text)



@pytest.mark.parametrize("text", [
    ("가나도 대표단은 다음 달 6일부터 9일까지 중국 선전시, 베이징시, 장쑤성을 순차적으로 방문할 계획이다. "
     "장쑤성 방문 중에는 가나도립미술관 소장전 개막식에 참석할 예정이다."),
    ("김가람 지사는 5일부터 미국 뉴욕과 보스턴을 방문한다. 보스턴 방문 기간 현지 기업인과 간담회를 갖는다."),
])
def test_a_visit_to_a_stop_while_there_is_the_trip(text):
    trips = [labels for labels in event_labels(text) if any(label.endswith("방문") for label in labels)]
    assert len(trips) == 1, trips
