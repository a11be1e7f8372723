"""Purposes, intents and goals are still to come: they make no completed facts. Made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def statuses(result, cls: str) -> set[str]:
    return {e.status for e in result.entities.values() if e.cls == cls}


@pytest.mark.parametrize(
    "text",
    [
        "다라캐피탈은 누리바이오에 12억원을 투자할 의향이 있음을 밝혔다.",  # intent
        "한빛벤처스는 가나소재에 30억원을 투자할 뜻을 내비쳤다.",  # intent by another noun of intent
        "가나재단은 지역 기업이 다라인베스트먼트로부터 후속투자를 받기 위해 설명회를 열었다.",  # purpose
    ],
)
def test_an_intended_investment_is_planned_and_no_direct_edge(text):
    result = extract(text)
    assert statuses(result, "Investment") <= {"planned"}
    assert not pairs(result, "invested")


def test_a_later_intent_does_not_join_an_investment_made():
    result = extract("가나인베스트먼트는 다라전자에 100억원을 투자했다. "
                     "다라캐피탈은 누리바이오에 12억원을 투자할 뜻을 밝혔다.")
    assert pairs(result, "invested") == {("가나인베스트먼트", "다라전자")}


@pytest.mark.parametrize(
    "text",
    [
        "가나부는 내년까지 3000억원 규모로 펀드를 키우는 게 목표다.",
        "가나부는 내년까지 3000억원 규모의 펀드를 조성하는 것이 목표다.",
    ],
)
def test_a_goal_is_planned(text):
    result = extract(text)
    assert statuses(result, "Program") <= {"planned"}


@pytest.mark.parametrize(
    "text, status",
    [
        ("가나시장은 다라시를 방문해 사무국과 업무협약을 맺고, 연구소를 둘러보는 게 이번 일정이다.", "planned"),
        ("가나시는 다라시와 업무협약을 맺는 것이 목표다.", "planned"),
        ("누리시는 마바시와 자매결연 협약을 맺는 것이 이번 방문의 목적이다.", "planned"),  # a purpose as a goal
        ("가나시는 다라시와 업무협약을 맺었고, 교류를 늘리는 것이 목표다.", "completed"),  # a tense of its own
    ],
)
def test_a_signing_within_a_goal_is_as_far_along_as_the_goal(text, status):
    assert statuses(extract(text), "AgreementSigning") == {status}
