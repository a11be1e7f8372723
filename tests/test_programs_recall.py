"""Recall of programs and investments on the genre's common patterns: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


def investments(result):
    return {e.name: e for e in result.entities.values() if e.cls == "Investment"}


def test_a_group_of_firms_that_signs_an_investment_agreement_pledges_to_the_region():
    result = extract("충청북도는 6개 기업과 500억원 규모의 투자협약을 체결했다.")
    pledged = [name for name, _ in pairs(result, "investor") if "6개 기업" in name]
    assert pledged and (pledged[0], "충청북도") in pairs(result, "investee")


@pytest.mark.parametrize("delegation", ["충청북도 투자유치단", "충청북도 방문단"])
def test_a_delegation_signs_for_the_region_and_pledges_nothing(delegation):
    result = extract(f"{delegation}은 한빛제약과 투자협약을 체결했다.")
    assert not any(delegation in investor for _, investor in pairs(result, "investor"))


def test_a_company_s_own_investment_told_after_the_agreement_goes_to_the_region():
    result = extract("충청북도는 한빛제약, 가나건설과 투자협약을 체결했다. 이에 따라 한빛제약은 30억원을 투자해 공장을 짓는다.")
    own = {event for event, investor in pairs(result, "investor") if investor == "한빛제약"}
    assert own and {investee for event, investee in pairs(result, "investee") if event in own} == {"충청북도"}
