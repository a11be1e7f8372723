"""Parties of a signing named in a sentence of their own (kg/extract/signings.py), on made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def _signed(result) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(result, "signedMOUWith")}


def _parties(result) -> set[str]:
    return {b for _, b in pairs(result, "party")}


@pytest.mark.parametrize(
    "text",
    [
        "보은군은 5일 군청에서 투자 협약식을 가졌다. 이날 협약에는 ㈜가나식품, 다온테크㈜, 한별머티㈜ 등 3개 기업이 참여했다.",
        "영주시는 10일 3개 기업과 투자협약을 맺었다. 협약 기업은 ㈜가나식품, 다온테크㈜, 한별머티㈜이다.",
        "영주시는 지역 기업 3곳과 업무 협약을 체결했다. 참여 기업은 ㈜가나식품, 다온테크㈜, 한별머티㈜ 등이다.",
        "영주시는 8일 시청에서 투자협약식을 개최했다. 협약식에는 김가온 시장과 ㈜가나식품 박다온 대표, 다온테크㈜ 이한별 대표,"
        " 한별머티㈜ 최누리 대표가 참석했다.",
    ],
)
def test_firms_listed_apart_from_the_signing_sign_with_its_other_side(text):
    result = extract(text)
    government = next(e.name for e in result.entities.values() if e.cls == "GovernmentBody")
    assert {frozenset((government, firm)) for firm in ("가나식품", "다온테크", "한별머티")} <= _signed(result)
    assert {"가나식품", "다온테크", "한별머티"} <= _parties(result)


def test_the_listed_firms_are_members_of_the_counted_group_that_signed():
    result = extract("영주시는 10일 3개 기업과 투자협약을 맺었다. 협약 기업은 ㈜가나식품, 다온테크㈜, 한별머티㈜이다.")
    assert {("가나식품", "3개 기업"), ("다온테크", "3개 기업"), ("한별머티", "3개 기업")} <= pairs(result, "memberOf")
    assert not {p for p in _signed(result) if "3개 기업" in p}  # the group signs through its members


def test_firms_listed_together_did_not_sign_with_each_other():
    result = extract("보은군은 5일 투자 협약식을 가졌다. 이날 협약에는 ㈜가나식품, 다온테크㈜ 등 2개 기업이 참여했다.")
    assert frozenset(("가나식품", "다온테크")) not in _signed(result)


@pytest.mark.parametrize(
    "text",
    [
        "보은군은 다음 달 투자협약을 체결할 예정이다. 협약에는 ㈜가나식품, 다온테크㈜ 등이 참여할 계획이다.",
        "영주시는 가나재단과 업무협약 체결을 추진하고 있다. 협약 기업은 ㈜가나식품, 다온테크㈜이다.",
    ],
)
def test_a_signing_not_yet_done_gets_no_signed_edge(text):
    assert not _signed(extract(text)) - {frozenset(("영주시", "가나재단"))}


def test_a_government_at_the_ceremony_is_not_made_a_party():
    result = extract("영주시는 가나식품㈜와 투자협약을 체결했다. 이날 협약식에는 보은군 관계자도 참석했다.")
    assert not {p for p in _signed(result) if "보은군" in p}


@pytest.mark.parametrize(
    "text, sides",
    [
        ("영주시는 가나바이오㈜와 투자 협약을 체결하고 공장 건립에 협력하기로 했다.", [("영주시", "가나바이오")]),
        ("영주시는 2일 시청에서 가나바이오㈜와 100억원 규모의 투자 협약식을 가졌다.", [("영주시", "가나바이오")]),
        ("김가온 영주시장은 15일 가나바이오㈜와 투자협약(MOU)을 체결했다고 16일 밝혔다.", [("영주시", "가나바이오")]),
        ("충북 보은군은 3개 기업이 보은 산단에 들어선다며 투자협약 소식을 전했다. 군은 이날 군청에서 가나식품㈜,"
         " ㈜다온테크, 한별머티㈜ 등과 투자협약을 맺었다.",
         [("보은군", "가나식품"), ("보은군", "다온테크"), ("보은군", "한별머티")]),
    ],
)
def test_the_signing_clause_read_again_for_the_sides_it_names(text, sides):
    assert {frozenset(p) for p in sides} <= _signed(extract(text))


def test_a_province_before_a_city_qualifies_it_and_does_not_sign_with_it():
    result = extract("충북 보은군은 13일 영주시와 자매결연 협약을 체결했다.")
    assert frozenset(("보은군", "영주시")) in _signed(result)
    assert not {p for p in _signed(result) if "충청북도" in p or "충북" in p}


def test_co_subjects_with_a_partner_not_read_are_not_made_to_sign_with_each_other():
    result = extract("이와 함께 보은군과 한별재단은 12일 라온연구소, 다온연구원과는 별도로 협약을 체결했다.")
    assert frozenset(("보은군", "한별재단")) not in _signed(result)


def test_a_government_building_marked_as_the_other_side_stands_for_the_government():
    result = extract("충청북도는 청년 창업을 돕는다. 한별재단은 22일 서울에서 충북도청과 기업 지원을 위한 업무 협약을 체결했다고 밝혔다.")
    assert frozenset(("한별재단", "충청북도")) in _signed(result)


def test_those_who_joined_the_ceremony_with_a_verb_of_company_are_its_parties():
    result = extract("보은군은 16일 군청에서 2개 기업과 투자협약을 맺었다. 이날 협약식에는 최누리 군수와 박다온 ㈜라온소재 대표 등"
                     " 2개 기업 대표가 함께했다.")
    assert "라온소재" in _parties(result)


@pytest.mark.parametrize(
    "text, party",
    [
        ("가나시는 3일 업무 협약식을 가졌다. 이번 협약은 한별재단, ㈜라온소재가 참여했다.", True),
        ("가나시는 3일 업무 협약식을 가졌다. 이번 협약은 한별재단 관계자가 참석했다.", False),
    ],
)
def test_a_body_taking_part_signs_while_a_body_present_other_than_a_firm_may_be_a_witness(text, party):
    assert ("한별재단" in _parties(extract(text))) == party


@pytest.mark.parametrize(
    "text, sides",
    [
        ("경북 영주시는 4일 서울시 마포구와 우호 교류 협약을 맺었다.", ("영주시", "마포구")),
        ("충북 보은군과 부산 해운대구가 8일 상생 협약을 맺었다.", ("보은군", "해운대구")),
    ],
)
def test_a_district_that_signs_is_its_government_not_its_territory(text, sides):
    result = extract(text)
    labels = {k: {e.name, *e.aliases} for k, e in result.entities.items()}
    signed = {(a, b) for a, b in ((r.subject, r.object) for r in result.relations if r.predicate == "signedMOUWith")}
    assert any(sides[0] in labels[a] | labels[b] and sides[1] in labels[a] | labels[b] for a, b in signed)
    assert result.entities[next(k for k, names in labels.items() if sides[1] in names and result.entities[k].cls != "Place")].cls \
        == "GovernmentBody"


def test_a_lead_that_sums_up_the_signing_the_next_sentence_tells_of():
    result = extract("보은군과 부산 수영구가 손을 잡고 자매결연을 했다. 군은 지난 9일 군청에서 두 지역의 교류를 위한 자매결연 협약을 맺었다.")
    names = {k: {e.name, *e.aliases} for k, e in result.entities.items()}
    assert any({"보은군"} <= names[r.subject] | names[r.object] and "수영구" in names[r.subject] | names[r.object]
               for r in result.relations if r.predicate == "signedMOUWith")


def test_people_present_at_the_signing_are_no_party():
    result = extract("영주시는 보은군과 자매결연 협약식을 가졌다. 이날 협약식에는 양 시장과 관계자 50여명이 참석했다.")
    assert "관계자 50여명" not in _parties(result)


def test_two_cities_with_their_heads_in_brackets_sign_a_sister_city_agreement():
    result = extract("경북 영주시(시장 김가온)와 충북 보은군(군수 박다온)이 25일 영주시청에서 자매결연 협정식을 가졌다.")
    assert frozenset(("영주시", "보은군")) in _signed(result)
    assert not {p for p in _signed(result) if {"김가온", "박다온"} & p}


def test_the_subject_of_the_signing_before_goes_on_into_the_next():
    result = extract("영주시는 ㈜라온소재와 투자협약을 체결했다. 이어 다온테크㈜와도 업무협약을 맺었다.")
    assert {frozenset(("영주시", "라온소재")), frozenset(("영주시", "다온테크"))} <= _signed(result)
    assert frozenset(("라온소재", "다온테크")) not in _signed(result)


def test_a_clause_of_signing_with_no_event_of_its_own_tells_of_the_articles_one_signing():
    result = extract("보은군은 16일 군청에서 지역 기업 3곳과 투자협약을 했다. 다온테크㈜는 공장을 짓는다."
                     " 이날 협약식에는 최누리 군수와 박다온 ㈜라온소재 대표 등 3개 기업 대표가 참석했다.")
    assert "보은군" in _parties(result) and "라온소재" in _parties(result)
