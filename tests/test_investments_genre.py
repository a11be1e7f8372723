"""Investment agreements as the genre tells them: made-up sentences."""

from __future__ import annotations

from .made_up import extract
from .test_investments_made_up import sides as sides_with_status


def sides(result) -> set[tuple[str, str]]:
    """(investor, investee) pairs over the article's Investment events."""
    return {(investor, investee) for investor, investee, _ in sides_with_status(result)}


def test_a_group_counted_in_companies_pledges_as_one():
    result = extract("충청북도는 29일 도청에서 다라전자, 마바식품 등 5개사와 660억원 규모의 투자협약을 체결했다.")
    assert ("5개사", "충청북도") in sides(result)
    assert not any(r.predicate == "invested" for r in result.relations)  # a pledge, not done


def test_the_government_that_tells_of_its_agreement_receives_what_its_firms_pledge():
    result = extract("29일 전라북도에 따르면 도청에서 다라전자, 마바기계 등 부품 생산기업과 투자협약을 체결했다.\n"
                     "다라전자는 김제 지평선산업단지에 160억원을 투자하기로 했다.")
    assert ("다라전자", "전북특별자치도") in sides(result)


def test_a_listed_firm_told_of_investing_on_its_own_pledges_besides_its_group():
    result = extract("충청북도는 29일 도청에서 다라전자, 마바식품 등 5개사와 투자협약을 체결했다.\n"
                     "다라전자는 진천 산수산업단지에 공장증축투자에 나선다.")
    assert {("5개사", "충청북도"), ("다라전자", "충청북도")} <= sides(result)
    own = {e.name for e in result.entities.values() if e.cls == "Investment"}
    assert "다라전자 투자" in own and "마바식품 투자" not in own  # 마바식품 shares the group's pledge, no pledge of its own
