"""Made-up sentences of the genre for investments: a company no stage found that opens a sentence investing a sum,
a company named again after the agreement it signed, the government an agreement was signed with receiving a pledge
told later, and a planned investment told by its status, no plans edge."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def sides(result) -> set[tuple[str, str, str | None]]:
    """(investor, investee, status) of each investment event."""
    name = {k: e.name for k, e in result.entities.items()}
    investors, investees = {}, {}
    for r in result.relations:
        if r.predicate == "investor":
            investors.setdefault(r.subject, []).append(name[r.object])
        elif r.predicate == "investee":
            investees.setdefault(r.subject, []).append(name[r.object])
    return {(i, j, result.entities[e].status) for e in investors for i in investors[e] for j in investees.get(e, [])}


def investors(result) -> set[str]:
    name = {k: e.name for k, e in result.entities.items()}
    return {name[r.object] for r in result.relations if r.predicate == "investor"}


@pytest.mark.parametrize(
    "text, investor",
    [
        ("한빛소재는 2027년까지 당진 석문산단에 300억원을 투자해 2차전지 소재 공장을 신설한다.", "한빛소재"),
        ("베르데에너지는 사천에 500억원을 투자하기로 했다.", "베르데에너지"),
    ],
)
def test_a_proper_noun_opening_a_sentence_that_invests_a_sum_is_a_company(text, investor):
    result = extract(text)
    assert investor in investors(result)
    assert any(e.name == investor and e.cls == "Company" for e in result.entities.values())


@pytest.mark.parametrize(
    "text",
    [
        "회사는 사천에 500억원을 투자하기로 했다.",  # a kind of body, named before
        "이번에 500억원을 투자하기로 했다.",
    ],
)
def test_no_company_is_made_of_a_kind_noun_or_an_adverb(text):
    result = extract(text)
    assert not any(e.cls == "Company" for e in result.entities.values())


@pytest.mark.parametrize(
    "text, investor, investee",
    [
        ("김해시는 가온식품과 200억원 규모의 투자협약을 체결했다. 가온식품은 김해 골든루트산단에 2026년까지 200억원을 투자하기로 했다.",
         "가온식품", "김해시"),
        ("한빛소재는 충청남도와 투자협약을 맺고 300억원을 투자해 공장을 짓는다.", "한빛소재", "충청남도"),
        ("전라남도는 12일 동부권 6개 기업과 투자협약을 했다. 한별케미칼은 2026년까지 여수에 752억원을 투자해 공장을 건설한다.",
         "한별케미칼", "전라남도"),
    ],
)
def test_a_pledge_told_after_an_agreement_goes_to_the_government_that_signed(text, investor, investee):
    assert (investor, investee, "planned") in sides(extract(text))


def test_a_completed_investment_is_not_given_to_the_agreements_government():
    text = "전라남도는 동부권 6개 기업과 투자협약을 했다. 한별벤처스는 지난해 다라테크에 30억원을 투자했다."
    assert ("한별벤처스", "전라남도", "completed") not in sides(extract(text))
    assert ("한별벤처스", "다라테크") in pairs(extract(text), "invested")


def test_an_investment_still_to_come_is_no_plan():
    result = extract("한빛전자는 수원시 산업단지에 1000억원을 투자할 계획이다.")
    assert not pairs(result, "plans")
    assert "한빛전자" in investors(result)


def test_a_mayor_who_signs_an_investment_agreement_signs_for_the_city():
    text = ("김해시장 홍길동은 15일 시청에서 ㈜가온식품과 투자협약서에 서명했다. "
            "가온식품은 골든루트산단에 300억원을 투자해 물류창고를 신축하기로 했다.")
    found = sides(extract(text))
    assert ("가온식품", "김해시", "planned") in found
    assert not any(investor == "홍길동" for investor, _, _ in found)


def test_a_pledge_told_after_an_agreement_of_two_governments_goes_to_both():
    text = "경상북도와 구미시는 일본 부품기업과 투자협약을 맺었다. M사는 구미 공장 옆에 800만 달러를 추가로 투자하기로 했다."
    found = sides(extract(text))
    assert {("M사", "경상북도", "planned"), ("M사", "구미시", "planned")} <= found
