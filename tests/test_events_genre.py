"""Events as the genre writes them: trips said with an adverb before the verb, names closed by time words,
events of several hosts (made-up sentences)."""

import pytest

from .made_up import extract, pairs

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment"}


def events(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "adverb",
    # Kiwi reads each as a verb with a connective ending (잇따르+어); it says how the visit is made, no more
    ["잇따라", "잇달아", "연달아", "번갈아"],
)
def test_an_adverbial_verb_before_a_visit_leaves_its_destinations_to_it(adverb):
    result = extract(f"한누리 해양수산부 장관은 12일 칠레와 아르헨티나를 {adverb} 방문했다.")
    assert pairs(result, "heldIn") == {("칠레와 아르헨티나 방문", "칠레"), ("칠레와 아르헨티나 방문", "아르헨티나")}
    assert ("한누리", "칠레와 아르헨티나 방문") in pairs(result, "attended")


@pytest.mark.parametrize(
    "text, event",
    [
        # 환담, 회동, 음악회, 공연, 전략대화 ... are events of the genre as 간담회 is
        ("이한빛 다라부 장관은 협약식 후 마바청장과 환담을 가졌다.", "마바청장 환담"),
        ("가나재단이 6일 대강당에서 열 예정이던 어린이 음악회 공연도 취소됐다.", "어린이 음악회 공연"),
        ("가나부 장관은 22일 다라국 외교장관과 제2차 가나-다라 전략대화를 개최한다.", "제2차 가나-다라 전략대화"),
        # a term's number starts a meeting's name as an ordinal does ('19기')
        ("한빛협의회는 11일 열 예정이던 8기 전체회의를 연기했다.", "8기 전체회의"),
        # time words and '가운데' end a name on the left
        ("가나부는 다음 달 포럼을 개최하기로 했다.", "포럼"),
        ("가나도는 20일 기업 대표들이 참석한 가운데 합동 투자협약을 맺었다.", "합동 투자협약"),
        # places joined by 와 before a trip word are the destinations of one trip
        ("김다온 장관은 베트남과 태국 순방에 나선다.", "베트남과 태국 순방"),
        # a part of a month ends a name on the left as a time word does
        ("가람시는 이달 말 청년 창업 지원사업 설명회를 연다고 밝혔다.", "청년 창업 지원사업 설명회"),
        ("다온재단은 다음 달 중순 가람 창업 포럼을 개최한다.", "가람 창업 포럼"),
    ],
)
def test_events_of_the_genre_and_where_their_names_begin(text, event):
    assert event in events(text)


def organized(text: str) -> set[tuple[str, str]]:
    return pairs(extract(text), "organized")


def test_hosts_that_each_call_off_their_own_event_hold_one_event_each():
    text = ("가나군과 다라군(당초 7일), 마바군(당초 8일) 역시 해맞이 행사를 열지 않기로 했다. "
            "사아군은 8일 열 예정이던 해맞이 행사를 연기했다.")
    result = extract(text)
    hosted = {e.name: e for e in result.entities.values() if e.cls == "Event"}
    assert pairs(result, "organized") == {(county, f"{county} 해맞이 행사") for county in ("가나군", "다라군", "마바군", "사아군")}
    assert (hosted["마바군 해맞이 행사"].date.lexical, hosted["마바군 해맞이 행사"].status) == ("---08", "cancelled")
    assert (hosted["사아군 해맞이 행사"].date.lexical, hosted["사아군 해맞이 행사"].status) == ("---08", "postponed")


@pytest.mark.parametrize(
    "text",
    [
        # hosts of one sentence that say nothing of acting alone hold one event, which each names
        "가나군과 다라군은 해맞이 행사를 열었다.",
        "가나군과 다라군은 공동으로 해맞이 행사를 열었다.",
        # a quoted name is of one event
        "가나군과 다라군(7일) 역시 ‘해맞이 행사’를 열었다.",
    ],
)
def test_hosts_acting_together_hold_one_event(text):
    result = extract(text)
    (event,) = [e for e in result.entities.values() if e.cls == "Event"]
    assert {"가나군 해맞이 행사", "다라군 해맞이 행사"} <= set(event.aliases)


@pytest.mark.parametrize(
    "text, held, body",
    [
        # a meeting word that also names a body (event_name_parts.tsv body), the subject of a clause that holds
        # another event, is that body: no meeting of its own
        ("가람 기업인 협의회가 12일 출범식을 가졌다.", "출범식", "가람 기업인 협의회"),
        ("다온 상생 협의회는 10일 정기 총회를 개최했다.", "정기 총회", "다온 상생 협의회"),
    ],
)
def test_a_body_named_by_a_meeting_word_that_holds_an_event_is_no_meeting(text, held, body):
    found = events(text)
    assert held in found and body not in found


def test_a_meeting_word_as_the_subject_of_its_own_passive_is_the_meeting():
    assert "가람 협의회" in events("가람 협의회는 15일 가람시청에서 열린다.")


def test_a_bare_signing_ceremony_after_a_signing_is_that_signing():
    result = extract("다온테크는 20일 가람시청에서 가람시와 200억원 규모의 투자협약을 체결했다. "
                     "협약식에는 박서연 가람시장과 최민준 다온테크 대표 등 30여명이 참석했다.")
    signings = [e for e in result.entities.values() if e.cls == "AgreementSigning"]
    assert [e.name for e in signings] == ["200억원 규모의 투자협약"] and "협약식" in signings[0].aliases
    assert ("최민준", "200억원 규모의 투자협약") in pairs(result, "attended")


@pytest.mark.parametrize(
    "text",
    [
        "가람시와 다온테크는 20일 협약식을 갖고 스마트시티 조성에 협력하기로 했다.",  # none told before: its own
        "가람시는 1일 다온시와 자매결연 협정을 맺었다. 이어 5일 한별시와도 협약식을 가졌다.",  # another day: another
    ],
)
def test_a_signing_ceremony_on_its_own_is_a_signing(text):
    assert "협약식" in events(text)


@pytest.mark.parametrize(
    "text, told, again",
    [
        # a bare event word after '이번' (event_name_parts.tsv this-event) is the last event of its class told
        ("가람시는 9일 다온테크와 스마트 물류 협력을 위한 양해각서를 체결했다. 이번 업무협약은 지역 물류 혁신을 목적으로 추진됐다.",
         "스마트 물류 협력을 위한 양해각서", "업무협약"),
        ("다온재단은 다음 달 1일 '2030 가람 미래포럼'을 연다. 이번 토론회에는 청년 100명이 참여한다.",
         "2030 가람 미래포럼", "토론회"),
    ],
)
def test_a_bare_event_word_after_this_is_the_event_told(text, told, again):
    result = extract(text)
    named = {e.name: e for e in result.entities.values() if e.cls in EVENT_CLASSES}
    assert again not in named and again in named[told].aliases


def test_an_event_told_again_keeps_its_status():
    result = extract("다온재단은 다음 달 1일 '2030 가람 미래포럼'을 연다. 다온재단은 창립 10주년을 맞아 이번 토론회를 주최했다.")
    (forum,) = [e for e in result.entities.values() if e.cls == "Meeting"]
    assert forum.status == "planned"


def test_a_signing_word_before_a_ceremony_word_is_the_ceremony_of_the_signing_told():
    result = extract("가람공사는 17일 다온건설과 기술협력 양해각서(MOU)를 체결했다. "
                     "가람시 다온빌딩에서 열린 MOU 체결식에서 두 기관은 인력 교류에 합의했다.")
    (signing,) = [e for e in result.entities.values() if e.cls == "AgreementSigning"]
    assert signing.name == "기술협력 양해각서"
    assert "MOU 체결식" in signing.aliases


def test_a_ceremony_named_by_a_purpose_is_a_signing_of_its_own():
    text = ("가람시는 23일 다온국 보건부와 보건협력을 위한 양해각서를 체결한다. "
            "장관은 이어 가람병원과 다온의료원이 맺는 원격진료 협력을 위한 양해각서 체결식도 지켜본다.")
    signings = [e.name for e in extract(text).entities.values() if e.cls == "AgreementSigning"]
    assert len(signings) == 2 and "원격진료 협력을 위한 양해각서 체결식" in signings


@pytest.mark.parametrize(
    "first, again",
    [
        # a signing named again with its modifiers more or less is the same signing
        ("가람도로공사는 13일 다온주와 다온 도로 시설 재건과 현대화를 위한 업무협약을 체결했다.",
         "가람도로공사 사장과 다온주 주지사가 다온 도로 시설 재건을 위한 업무협약을 체결하고 있다."),
    ],
)
def test_a_signing_named_again_with_fewer_modifiers_is_the_same(first, again):
    signings = [e for e in extract(f"{first} {again}").entities.values() if e.cls == "AgreementSigning"]
    assert len(signings) == 1


@pytest.mark.parametrize(
    "text, name",
    [
        # objects joined by a conjunction before a purpose are one object of the name
        ("가람공사는 다온건설과 농촌 체험관광 상품 개발 및 홍보를 위한 양해각서(MOU)를 체결했다.",
         "농촌 체험관광 상품 개발 및 홍보를 위한 양해각서"),
    ],
)
def test_a_purpose_with_joined_objects_names_the_signing(text, name):
    assert name in events(text)


def test_a_compound_event_word_then_its_full_name_is_one_event():
    text = ("다온국 사절단이 12일 가람시를 방문했다. 가람시는 13일 다온국 사절단과 가람 수출기업이 참가하는 "
            "수출상담회를 연다. 가람시가 주관하는 가람·다온 수출상담회는 시청 대회의실에서 열린다.")
    assert len([e for e in extract(text).entities.values() if e.cls == "Meeting"]) == 1


def test_an_event_is_also_named_by_its_sides():
    result = extract("다온테크는 20일 가람시청에서 가람시와 200억원 규모의 투자협약을 체결했다. "
                     "가나우유㈜는 70억 원을 투자해 가람 산업단지에 공장을 짓는다.")
    named = {e.name: e for e in result.entities.values() if e.cls in EVENT_CLASSES}
    assert {"가람시 투자협약", "다온테크 투자협약", "다온테크-가람시 투자협약"} <= set(named["200억원 규모의 투자협약"].aliases)
    assert {"가나우유 투자", "가나우유 70억 원 투자"} <= set(named["70억 원 투자"].aliases)


def test_an_investment_told_again_by_its_sum_is_the_same():
    text = ("가람도는 3일 다온컨벤션센터에서 투자협약식을 열어 700억원 상당의 투자유치를 이끌어냈다. "
            "협약에 따라 가나에너지 500억원, 다라중공업 200억원 등 총 700억원 투자가 이뤄진다.")
    investments = [e for e in extract(text).entities.values() if e.cls == "Investment"]
    assert len([e for e in investments if e.amount is not None and e.amount.value == 70000000000]) == 1
