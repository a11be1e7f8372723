"""Programs named in the items of a list and in appositions: made-up sentences of the genre."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs, programs


@pytest.mark.parametrize(
    "text, name",
    [
        ("양 기관은 ▲청년 창업펀드 공동 조성 ▲판로 개척 협력을 약속했다.", "청년 창업펀드"),
        ("가나청장은 ▲다라무역 인증 제도(이하 다라인증) 협력 ▲정보 교류 방안 등을 논의했다.", "다라무역 인증 제도"),
        ("가나시는 △누리 청년몰 조성 △다라 관광 사업 확대를 추진한다.", "다라 관광 사업"),
    ],
)
def test_a_list_mark_glued_to_a_word_opens_the_items_name(text, name):
    assert name in programs(extract(text))


def test_a_bulleted_item_planned_by_the_sentence_keeps_its_planner():
    result = extract("가나시는 ▲다라창업펀드 조성 ▲마바 관광 사업 확대를 추진한다.")
    assert {("가나시", "다라창업펀드"), ("가나시", "마바 관광 사업")} <= pairs(result, "plans")


def test_the_words_for_both_sides_say_whose_program_not_its_name():
    result = extract("양 기관은 ▲실무협의체 구성 ▲양기관 사업 참여업체 우대 등에 협력하기로 합의했다.")
    assert not any("양기관" in name for name in programs(result))


def test_a_fund_named_in_the_apposition_of_its_manager_is_not_what_the_manager_announces():
    result = extract("가나펀드 운용사인 다라투자는 '누리 첫걸음 펀드' 출자 사업 계획을 공고했다.")
    assert ("다라투자", "누리 첫걸음 펀드") in pairs(result, "plans")
    assert ("다라투자", "가나펀드") not in pairs(result, "plans")


def test_a_fund_listed_among_the_subjects_of_a_contribution_is_not_planned_by_it():
    result = extract("중소벤처기업부는 출자공고를 냈다. 다라 벤처펀드는 가나펀드, 지자체, 공공기관 등이 공동 출자한다.")
    assert ("중소벤처기업부", "다라 벤처펀드") in pairs(result, "plans")
    assert ("중소벤처기업부", "가나펀드") not in pairs(result, "plans")


def test_a_long_name_keeps_all_its_modifiers():
    result = extract("환경부는 민관 협력기반 ICT 청년 창업 육성 사업을 추진한다.")
    assert ("환경부", "민관 협력기반 ICT 청년 창업 육성 사업") in pairs(result, "plans")


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("양 기관은 청년 창업펀드 공동 조성을 약속했다. 가나시는 다라 관광 사업에 합의했다.", "가나시", "다라 관광 사업"),
        ("가나시는 마바 창업펀드 조성을 약속했다.", "가나시", "마바 창업펀드"),
        ("환경부가 기획한 다라 첫걸음 펀드는 내년에 결성된다.", "환경부", "다라 첫걸음 펀드"),
        ("환경부는 다라 첫걸음 펀드를 기획했다.", "환경부", "다라 첫걸음 펀드"),
    ],
)
def test_a_promise_an_agreement_or_a_design_plans_the_program(text, planner, name):
    assert (planner, name) in pairs(extract(text), "plans")


@pytest.mark.parametrize(
    "text, name",
    [
        ("환경부는 12일 계획을 발표했다. 다라 첨단산업 특화단지가 2030년까지 조성될 예정이다.", "다라 첨단산업 특화단지"),
        ("환경부는 12일 계획을 발표했다. 상시 온라인 수출 플랫폼 구축도 본격화된다.", "상시 온라인 수출 플랫폼"),
    ],
)
def test_a_passive_clause_takes_no_planner_from_the_sentences_before(text, name):
    result = extract(text)
    assert name in programs(result)
    assert ("환경부", name) not in pairs(result, "plans")


def test_an_active_clause_with_no_subject_keeps_the_planner_of_the_sentence_before():
    assert ("환경부", "다라 창업 지원사업") in pairs(extract("환경부는 12일 계획을 발표했다. 또 다라 창업 지원사업을 확대한다."), "plans")


def test_both_sides_of_an_agreement_plan_the_items_they_promise_in_the_next_sentence():
    result = extract("환경부는 다라은행과 업무협약을 체결했다. 이에 양기관은 중소기업 지원에 상호 협력할 것을 합의했다. "
                     "세부적으로는 △보증재원 출연 △청년 창업펀드 공동 조성 △판로 확대를 약속했다.")
    assert {("환경부", "청년 창업펀드"), ("다라은행", "청년 창업펀드")} <= pairs(result, "plans")
    assert programs(result)["청년 창업펀드"].status == "planned"


@pytest.mark.parametrize(
    "text, status",
    [
        ("가나시는 마바 창업펀드 조성을 약속했다.", "planned"),
        ("가나시는 마바 창업펀드 조성에 합의했다.", "planned"),
        ("가나시는 마바 창업펀드를 조성했다.", "completed"),
    ],
)
def test_what_was_promised_is_still_to_come(text, status):
    assert programs(extract(text))["마바 창업펀드"].status == status


def test_a_body_of_the_sentences_before_only_told_of_using_a_scheme_does_not_run_it():
    result = extract("환경부는 다라은행과 업무협약을 체결했다. 두 기관은 혁신제품 구매 활성화를 위해 협력하기로 했다. "
                     "특히 ‘가나장터’를 통해 혁신제품 정보를 제공한다.")
    assert not any(obj == "가나장터" for _, obj in pairs(result, "plans"))


@pytest.mark.parametrize(
    "text, found",
    [
        ("수원시는 청년창업센터를 운영할 계획이다.", True),
        ("수원시는 상담회를 연다. 또 기업들이 애로사항을 해결하도록 수출상담센터도 운영할 예정이다.", True),
        ("수원시는 청년창업센터를 운영하고 있다.", False),
    ],
)
def test_a_centre_still_to_be_run_is_a_facility_still_to_be_set_up(text, found):
    result = extract(text)
    name = "청년창업센터" if "청년창업센터" in text else "수출상담센터"
    assert (("수원시", name) in pairs(result, "plans")) is found
