"""Recall of programs and investments on the genre's common patterns: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs, programs


def investments(result):
    return {e.name: e for e in result.entities.values() if e.cls == "Investment"}


def test_a_group_of_firms_that_signs_an_investment_agreement_pledges_to_the_region():
    result = extract("충청북도는 6개 기업과 투자협약을 맺었다.")
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


def test_projects_listed_with_their_cost_in_parentheses_are_programs():
    result = extract("국토교통부는 누리 순환도로(12억달러), 제2다라선 연결(4억5000만달러) 등 국내 업체가 관심을 두는 인프라 "
                     "프로젝트를 소개했다.")
    assert {"누리 순환도로", "제2다라선 연결"} <= set(programs(result))


def test_a_list_of_costs_without_a_program_noun_after_it_names_no_program():
    result = extract("가나전자(12억원), 다라건설(4억원) 등 기업이 참여했다.")
    assert not programs(result)


def test_winning_the_contract_of_a_project_is_no_plan_of_it():
    result = extract("국토교통부는 칠레에서 누리 교량 프로젝트 수주를 지원한다.")
    assert not pairs(result, "plans")


@pytest.mark.parametrize("opening", ["", "이 가운데 ", "특히 "])
def test_a_country_that_opens_the_sentence_is_where_its_projects_are(opening):
    result = extract(f"국토교통부는 중남미를 방문한다. {opening}칠레에서는 제2순환철도 건설사업을 추진한다.")
    assert ("제2순환철도 건설사업", "칠레") in pairs(result, "locatedIn")


@pytest.mark.parametrize("joint", ["와 ", ", ", " 및 "])
def test_a_fund_joined_to_a_named_fund_is_a_program_too(joint):
    result = extract(f"올해 출자 분야는 미래혁신펀드{joint}지역상생 벤처펀드 등이다.")
    assert {"미래혁신펀드", "지역상생 벤처펀드"} <= set(programs(result))


@pytest.mark.parametrize("verb", ["건립한다", "설립한다"])
def test_a_centre_set_up_in_a_city_named_by_its_government_is_located_in_that_city(verb):
    result = extract(f"충청북도는 청주시에 바이오센터를 {verb}.")
    assert ("충청북도", "바이오센터") in pairs(result, "plans")
    assert ("바이오센터", "청주") in pairs(result, "locatedIn")


def test_a_government_that_only_receives_money_locates_no_program():
    assert not pairs(extract("인천시는 강화군에 청년지원사업 예산 80억원을 보조한다."), "locatedIn")


@pytest.mark.parametrize("text, name", [
    ("누리협회는 앞으로 상호 협조체제를 구축할 계획이다.", "상호 협조체제"),
    ("누리협회는 앞으로 부처간 업무공조 체제를 구축할 계획이다.", "업무공조 체제"),
    ("누리협회는 앞으로 지역 간 비상 연락체계를 구축할 계획이다.", "비상 연락체계"),
])
def test_a_system_of_cooperation_is_named_without_the_ones_it_is_between(text, name):
    assert name in programs(extract(text))


def test_a_public_body_that_tells_of_its_program_passing_a_review_plans_it():
    result = extract("충남 부여군은 누리 역사탐방센터 건립사업이 행정안전부 심사를 통과했다고 밝혔다.")
    assert ("부여군", "누리 역사탐방센터 건립사업") in pairs(result, "plans")


def test_a_firm_that_tells_of_a_fund_investing_in_it_plans_no_fund():
    assert not pairs(extract("한빛전자는 누리 벤처펀드가 30억원을 투자했다고 밝혔다."), "plans")


def test_each_item_of_a_bulleted_list_of_projects_with_their_costs_is_a_program_named_whole():
    result = extract("올해 선정된 사업은 ▲해안 산책로 정비사업(30억원) ▲청년 창업 거리 조성사업(12억원) ▲누리타운(20억원) 등이다.")
    assert {"해안 산책로 정비사업", "청년 창업 거리 조성사업", "누리타운"} <= set(programs(result))


@pytest.mark.parametrize("text", [
    "예산은 ▲인건비(30억원) ▲운영비(12억원) ▲시설비(20억원)로 짜였다.",
    "참여 기업은 ▲한빛전자(30억원) ▲가람건설(12억원)이다.",
])
def test_a_bulleted_list_of_costs_that_names_no_programs_lists_none(text):
    assert not programs(extract(text))


def test_an_investment_read_as_done_gets_no_receiver_from_an_agreement_alone():
    result = extract("충청북도는 한빛제약과 투자협약을 체결했다. 한빛제약은 지난해 30억원을 투자했다.")
    assert ("한빛제약", "충청북도") not in pairs(result, "invested")


@pytest.mark.parametrize("joint", [", ", "과 "])
def test_items_listed_before_a_count_of_projects_are_programs(joint):
    result = extract(f"중소벤처기업부는 한빛창업도약기술지원{joint}가람지역특화산업진흥 등 12개 사업을 추진한다.")
    assert {("중소벤처기업부", "한빛창업도약기술지원"), ("중소벤처기업부", "가람지역특화산업진흥")} <= pairs(result, "plans")


def test_a_listed_item_is_named_without_its_parenthesis_and_joiner():
    result = extract("중소벤처기업부는 한빛창업도약기술지원(스마트)과 가람지역특화산업진흥 등 12개 사업을 추진한다.")
    assert {"한빛창업도약기술지원", "가람지역특화산업진흥"} <= set(programs(result))


def test_the_noun_after_a_list_of_programs_names_no_program_with_the_list_in_it():
    result = extract("중소벤처기업부는 누리창업 사업, 다온수출 사업 등 연계 프로그램을 추진한다.")
    assert {"누리창업 사업", "다온수출 사업"} <= set(programs(result))
    assert not any("등" in name.split() for name in programs(result))


@pytest.mark.parametrize("chosen", ["참여기업 20곳을 선정했다", "운용사를 새로 선정한다", "참여자를 모집한다"])
def test_who_chooses_those_who_take_part_in_a_quoted_program_runs_it(chosen):
    result = extract(f"가람시는 '한빛 성장 바우처' {chosen}.")
    assert ("가람시", "한빛 성장 바우처") in pairs(result, "plans")


def test_a_verb_of_choosing_alone_plans_nothing():
    assert not pairs(extract("가람시는 청년 창업 지원사업을 선정했다."), "plans")


@pytest.mark.parametrize("facility", ["청소년수련관", "진로교육센터", "시립도서관"])
def test_a_facility_being_built_is_a_program(facility):
    result = extract(f"공주시는 2026년까지 {facility} 건립을 추진한다.")
    assert ("공주시", facility) in pairs(result, "plans")


def test_a_facility_where_something_happens_is_no_program():
    assert not programs(extract("공주시는 시립도서관에서 설명회를 열었다."))


def test_an_airport_one_flies_from_is_no_program():
    assert not programs(extract("대통령은 이날 가람공항을 통해 전용기편으로 한빛국으로 향했다."))


@pytest.mark.parametrize("text", ["가람도는 가람 국제공항 건설을 추진한다.", "가람도는 2030년까지 가람 신공항을 짓기로 했다."])
def test_an_airport_being_built_is_a_program(text):
    assert any("공항" in name for name in programs(extract(text)))


@pytest.mark.parametrize("text", ["가람시는 '한빛 재기 바우처'사업도 운영한다.", "가람시는 '한빛 스마트 프로젝트' 시범사업을 추진한다."])
def test_a_quoted_name_with_a_program_noun_after_it_is_planned_by_the_subject(text):
    assert any(planner == "가람시" for planner, _ in pairs(extract(text), "plans"))


def test_programs_a_sentence_lists_as_its_predicate_are_the_running_body_s():
    result = extract("가람시는 올해 벤처펀드 3000억원을 조성한다고 밝혔다. 주요 분야는 한빛성장펀드와 다온혁신 벤처펀드 등이다.")
    assert {("가람시", "한빛성장펀드"), ("가람시", "다온혁신 벤처펀드")} <= pairs(result, "plans")


def test_a_list_told_with_a_verb_of_its_own_is_not_read_as_the_body_s():
    result = extract("가람시는 올해 벤처펀드를 조성한다고 밝혔다. 한빛성장펀드와 다온혁신 벤처펀드는 지난해 해산됐다.")
    assert ("가람시", "한빛성장펀드") not in pairs(result, "plans")


@pytest.mark.parametrize("name", ["내년도 공모사업", "업종별 세부사업", "지역별 펀드"])
def test_a_head_after_words_of_time_or_distribution_only_names_no_program(name):
    assert name not in programs(extract(f"중소벤처기업부는 {name}을 추진한다고 밝혔다."))


def test_two_bodies_named_before_a_word_for_both_sides_plan_what_is_set_up_between_them():
    result = extract("한빛협회(회장 김가람)와 가람산업협회(회장 박누리) 양 기관은 협력하기로 했다. "
                     "향후 양 기관간 상호 업무협력 체제를 구축할 계획이다.")
    planned = {planner for planner, name in pairs(result, "plans") if "체제" in name}
    assert planned == {"한빛협회", "가람산업협회"}
