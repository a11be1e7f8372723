"""Who stands on the sides of a signing: a firm's name with its kind mark, and a place that signs, on made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def _signed(result) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(result, "signedMOUWith")}


def _classes(result) -> dict[str, str]:
    return {e.name: e.cls for e in result.entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "인천시는 삼성전자㈜와 반도체 인재 양성을 위한 협약을 체결했다.",
        "인천시와 삼성전자㈜는 반도체 인재 양성을 위한 협약을 체결했다.",
        "삼성전자㈜는 인천시와 반도체 인재 양성을 위한 협약을 맺었다.",
    ],
)
def test_a_known_firm_with_its_mark_glued_after_keeps_its_particle(text):
    result = extract(text)
    assert frozenset(("삼성전자", "인천광역시")) in _signed(result)
    firm = next(e for e in result.entities.values() if e.name == "삼성전자")
    assert "삼성전자㈜" in firm.aliases


def test_a_known_firm_with_its_mark_is_present_where_it_attends():
    result = extract("이날 설명회에는 삼성전자㈜와 LG전자㈜가 참석했다.")
    assert {"삼성전자", "LG전자"} <= {a for a, _ in pairs(result, "attended")}


@pytest.mark.parametrize(
    "text",
    [
        "가나시는 하노이와 우호협력 양해각서를 맺었다.",
        "하노이와 가나시는 우호협력 양해각서를 맺었다.",
        "가나시는 하노이와는 2010년 자매결연을 맺고 교류를 이어 왔다.",
    ],
)
def test_a_foreign_city_that_signed_is_its_government(text):
    result = extract(text)
    assert _classes(result).get("하노이시") == "GovernmentBody"
    assert frozenset(("가나시", "하노이시")) in _signed(result)


@pytest.mark.parametrize(
    "text",
    [
        "미국과 중국의 무역분쟁이 이어지는 가운데 청주시는 한빛전자와 협약을 체결했다.",
        "가나부는 베트남과 우호협력 양해각서를 체결할 예정이다.",
    ],
)
def test_a_place_outside_a_done_signing_clause_stays_a_place(text):
    """A country signs as its government only in a signing told as done: one to come is as often its ministry's."""
    classes = _classes(extract(text))
    assert "GovernmentBody" not in {classes.get("미국"), classes.get("베트남")}


def test_a_country_whose_ministry_is_named_signs_as_that_ministry():
    result = extract("해양수산부는 엘살바도르 농목축부와 수산협력 MOU를 체결했다. 해수부는 엘살바도르와 수산 분야 양해각서도 맺었다.")
    bodies = {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}
    assert "엘살바도르" not in bodies
    assert _signed(result) == {frozenset(("해양수산부", "엘살바도르 농목축부"))}
