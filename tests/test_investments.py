"""Investments read from the clause of an investment verb: made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract.investments import load_investment_words

from .made_up import LEXICON, extract, pairs


def investments(result):
    return [e for e in result.entities.values() if e.cls == "Investment"]


def test_the_table_names_the_verbs_and_particles():
    words = load_investment_words(LEXICON)
    assert {"투자", "출자"} <= words.of("gives")
    assert "받" in words.of("receipt") and "로부터" in words.of("source")


def test_a_subject_that_invests_names_the_event_by_its_sum():
    result = extract("한국벤처투자가 500억원을 출자했다.")
    (event,) = investments(result)
    assert event.name == "500억원 출자" and event.status == "completed"
    assert event.amount is not None and int(event.amount.value) == 50_000_000_000


@pytest.mark.parametrize(
    "text, investor, investee",
    [
        ("다라인베스트먼트는 한국벤처투자로부터 100억원을 출자받았다.", "한국벤처투자", "다라인베스트먼트"),
        ("한국벤처투자는 다라인베스트먼트에 100억원을 투자했다.", "한국벤처투자", "다라인베스트먼트"),
    ],
)
def test_the_particles_give_the_sides(text, investor, investee):
    result = extract(text)
    assert (investor, investee) in pairs(result, "invested")
    assert (investee, investor) not in pairs(result, "invested")


def test_a_receipt_with_no_investor_named_belongs_to_the_investment_told_before():
    result = extract("한국벤처투자가 400억원을 출자했다. 다라인베스트먼트와 마바인베스트먼트가 70억원씩 출자받아 펀드를 결성했다.")
    assert {("한국벤처투자", "다라인베스트먼트"), ("한국벤처투자", "마바인베스트먼트")} <= pairs(result, "invested")
    assert len(investments(result)) == 1


def test_a_planned_investment_has_its_sides_but_no_direct_edge():
    result = extract("한국벤처투자는 다라인베스트먼트에 100억원을 투자할 예정이다.")
    (event,) = investments(result)
    assert event.status == "planned"
    assert not pairs(result, "invested")
    assert pairs(result, "investor") == {(event.name, "한국벤처투자")}
    assert pairs(result, "investee") == {(event.name, "다라인베스트먼트")}


def test_an_investment_still_to_come_is_not_the_one_done_before():
    result = extract("삼성전자는 지난해 가나시에 100억원을 투자했다. 삼성전자는 다라시에도 50억원을 투자할 계획이다.")
    assert pairs(result, "invested") == {("삼성전자", "가나시")}


def test_a_compound_noun_is_no_investment_verb():
    assert not investments(extract("중소벤처기업부는 벤처투자펀드를 조성했다."))


def test_an_investment_agreement_is_the_company_s_planned_investment_in_the_region():
    result = extract("충청북도는 한빛제약과 투자협약을 체결했다.")
    (event,) = investments(result)
    assert event.status == "planned" and event.name == "한빛제약 투자"
    assert pairs(result, "investor") == {(event.name, "한빛제약")}
    assert pairs(result, "investee") == {(event.name, "충청북도")}
    assert not pairs(result, "invested")


def test_every_company_listed_in_an_investment_agreement_invests_with_its_own_sum():
    result = extract("충청북도는 한빛제약, 가나건설과 투자협약을 체결했다. 충청북도는 나다전자와 3500만 달러 규모의 투자 협약을 맺었다.")
    named = {e.name: e for e in investments(result)}
    assert "한빛제약 투자" in named and named["한빛제약 투자"].amount is None


def test_a_relative_clause_describes_every_name_of_the_list_after_it():
    result = extract("한국벤처투자가 400억원을 출자했다. 70억원씩을 출자받은 가나파트너스와 다라인베스트먼트가 펀드를 만들었다.")
    assert ("한국벤처투자", "다라인베스트먼트") in pairs(result, "invested")


def test_an_agreement_named_again_with_other_parties_pledges_their_investment_too():
    """The event finder may hold one signing; a later sentence that names another agreement of the kind still says who
    pledges to whom."""
    result = extract("충청북도는 한빛제약과 투자협약을 체결했다. 또 다라건설은 충청북도와 투자의향서를 체결했다.")
    named = {e.name for e in investments(result)}
    assert {"한빛제약 투자", "다라건설 투자"} <= named
    assert ("다라건설 투자", "충청북도") in pairs(result, "investee")


def test_firms_listed_in_a_group_that_signs_pledge_as_the_group_and_alone_only_with_their_own_sum():
    result = extract("가람군은 태성산업(주), (주)다온푸드, 새솔농산 등 3개 기업과 투자협약을 체결했다. "
                             "태성산업은 30억원을 투자해 공장을 짓는다.")
    investors = {investor for _, investor in pairs(result, "investor")}
    assert {"3개 기업", "태성산업"} <= investors
    group_pledge = {event for event, investor in pairs(result, "investor") if investor == "3개 기업"}
    assert {event for event, investor in pairs(result, "investor") if investor in {"다온푸드", "새솔농산"}} <= group_pledge
    assert {("새솔농산", "3개 기업"), ("다온푸드", "3개 기업")} <= pairs(result, "memberOf")


def test_firms_that_sign_with_a_region_s_delegation_pledge_to_the_region():
    result = extract("충청북도 방문단이 독일을 찾았다. 도 방문단은 현지 5개 기업과 투자협약을 맺는다.")
    assert ("5개 기업", "충청북도") in {(investor, investee) for event, investor in pairs(result, "investor")
                                       for e2, investee in pairs(result, "investee") if e2 == event}


def sides(result, predicate: str) -> set[tuple[str, str]]:
    return pairs(result, predicate)


def test_a_pledge_with_its_sum_is_also_named_after_its_investor():
    result = extract("가나식품은 다라농공단지에 34억 원을 투자해 공장을 신설한다.")
    (event,) = investments(result)
    assert {"가나식품 투자", "가나식품 34억 원 투자"} <= set(event.aliases)


@pytest.mark.parametrize(
    "text, status",
    [
        # a clause that only links on takes the status of the clause it links to
        ("가나식품은 34억 원을 투자해 공장을 새로 짓고, 40명을 새로 뽑는다.", "planned"),
        ("가나식품은 34억 원을 투자해 공장을 짓고 40명을 뽑을 예정이다.", "planned"),
        # but a past tense of its own in the linked clause is kept
        ("가나식품은 다라소프트에 30억원을 투자해 지분 20%를 확보했다.", "completed"),
        ("가나식품은 30억원을 투자해 공장을 지었다.", "completed"),
    ],
)
def test_the_status_of_an_investment_linked_to_the_next_clause(text, status):
    (event, *_) = investments(extract(text))
    assert event.status == status


def test_the_government_announcing_firms_agreement_is_the_side_they_invest_in():
    result = extract("전북 고창군은 10일 다라농공단지에 3개 업체가 120억 원 규모의 투자협약을 맺었다고 전했다.")
    assert ("3개 업체 투자", "고창군") in sides(result, "investee")
    assert not pairs(result, "invested")  # planned: no completed edge
