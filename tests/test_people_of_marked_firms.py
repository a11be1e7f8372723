"""A person's post at a firm written with its kind mark ('㈜', '(주)') before or after its name: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract


def affiliations(text: str) -> set[tuple[str, str]]:
    result = extract(text)
    name = {k: e.name for k, e in result.entities.items()}
    return {(name[r.subject], name[r.object]) for r in result.relations if r.predicate == "affiliatedWith"}


@pytest.mark.parametrize(
    "text, person, firm",
    [
        ("㈜누리전자 강다은 전무가 협약서에 서명했다.", "강다은", "누리전자"),
        ("한별솔루션(주) 정우진 대표이사와 ㈜누리전자 강다은 전무가 협약서에 서명했다.", "정우진", "한별솔루션"),
        ("한별솔루션(주) 정우진 대표이사와 ㈜누리전자 강다은 전무가 협약서에 서명했다.", "강다은", "누리전자"),
        ("간담회에는 김가람 누리시장, ㈜다온머티리얼즈 박서윤 대표 등 20여 명이 참석했다.", "박서윤", "다온머티리얼즈"),
        ("(주)라온파마 최도윤 부사장은 신약 개발 계획을 설명했다.", "최도윤", "라온파마"),
        ("ABC Korea 김철수 대표는 한국 시장에 투자한다고 밝혔다.", "김철수", "ABC Korea"),
    ],
)
def test_the_marked_firm_before_a_name_is_its_post(text, person, firm):
    assert (person, firm) in affiliations(text)


@pytest.mark.parametrize(
    "text, firm",
    [
        ("한별솔루션(주)는 100억원을 투자한다.", "한별솔루션"),
        ("다온바이오텍(주)와 가나시는 협약을 맺었다.", "다온바이오텍"),
    ],
)
def test_a_name_glued_before_a_mark_is_the_whole_name(text, firm):
    assert firm in {e.name for e in extract(text).entities.values() if e.cls == "Company"}


def test_a_dateline_in_brackets_is_no_body_of_the_reporter():
    assert not any(firm.startswith("[") for _, firm in affiliations("[누리=가나뉴스] 홍길동 기자"))
