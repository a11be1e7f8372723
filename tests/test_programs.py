"""Programs named by a head noun and its modifiers, their planners and places: made-up sentences."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kg.extract.programs import add_programs, load_program_tables

from .made_up import LEXICON, extract, pairs, programs


@pytest.mark.parametrize(
    "text, name",
    [
        ("중소벤처기업부는 올해 청년창업펀드를 조성한다.", "청년창업펀드"),
        ("금융위원회는 누리도약 청년펀드에 90억 원을 투입한다.", "누리도약 청년펀드"),
        ("금융위원회는 핀테크 지원사업을 확대할 계획이다.", "핀테크 지원사업"),
        ("조달청은 가나구매통합안내포털을 구축하고 있다.", "가나구매통합안내포털"),
        ("산업통상자원부는 수출·혁신성장펀드를 새로 만든다.", "수출·혁신성장펀드"),
        ("국토교통부는 가나 신공항 건설사업을 추진한다.", "가나 신공항 건설사업"),
    ],
)
def test_a_head_noun_with_its_modifiers_names_a_program(text, name):
    assert name in programs(extract(text))


@pytest.mark.parametrize(
    "text, absent",
    [
        ("중소벤처기업부는 이번 사업을 추진한다.", "이번 사업"),
        ("중소벤처기업부는 지원사업을 확대한다.", "지원사업"),
        ("산업통상자원부는 여러 협력사업을 벌였다.", "협력사업"),
        ("국토교통부는 「누리 도심융합특구 육성방안」을 내놓았다.", "누리 도심융합특구"),
        ("가나시는 관련 펀드를 소개했다.", "관련 펀드"),
        ("가나공단은 올해 '다라우수기업'을 대상으로 자금을 지원한다.", "다라우수기업"),
        ("가나공단은 맞춤형 지원사업인 '다라 도약 사업' 참여기업을 모집한다.", "맞춤형 지원사업"),
        ("가나시는 다음 달부터 청소년 프로그램을 운영한다.", "청소년 프로그램"),
        ("가나시는 다라동에서 실증사업을 추진한다.", "실증사업"),
        ("가나시장은 다라시장을 만나 두 도시 간 관광 협력 방안을 논의할 예정이다.", "관광 협력 방안"),
        ("가나벤처스는 작년 실리콘밸리 현지 기업에 투자했다.", "작년 실리콘밸리"),
        ("가나랩은 해외 사모펀드 두 곳으로부터 투자를 받았다.", "해외 사모펀드"),
        ("가나테크는 올해 세 번째 펀드를 결성했다.", "번째 펀드"),
        ("가나시는 올해 스타트업 지원 사업을 늘린다.", "스타트업 지원 사업"),
    ],
)
def test_no_program_without_a_specific_name_or_a_plan(text, absent):
    assert absent not in programs(extract(text))


def test_the_subject_plans_what_its_clause_creates():
    result = extract("중소벤처기업부는 청년혁신펀드를 조성할 계획이다. 또 시니어기업펀드에 90억 원을 공급한다.")
    assert {("중소벤처기업부", "청년혁신펀드"), ("중소벤처기업부", "시니어기업펀드")} <= pairs(result, "plans")
    assert programs(result)["청년혁신펀드"].status == "planned"


@pytest.mark.parametrize(
    "text, name, value",
    [
        ("금융위원회는 약 700억 원 규모의 창업펀드를 만든다.", "창업펀드", Decimal("70000000000")),
        ("중소벤처기업부는 청년혁신펀드에 150억 원을 출자한다.", "청년혁신펀드", Decimal("15000000000")),
        ("가나공사가 조성한 다라투자펀드(2개·215억원)가 결성됐다.", "다라투자펀드", Decimal("21500000000")),
    ],
)
def test_the_sum_of_a_program(text, name, value):
    assert programs(extract(text))[name].amount.value == value


@pytest.mark.parametrize(
    "text, name, value",
    [
        ("가나공사가 300억원을 대 만든 다라혁신펀드가 총 800억원 규모로 출범했다.", "다라혁신펀드", Decimal("80000000000")),
        ("중소벤처기업부는 다라혁신펀드에 300억 원을 넣는다. 펀드 규모는 800억 원으로 늘어난다.", "다라혁신펀드", Decimal("80000000000")),
    ],
)
def test_a_programs_size_outweighs_a_contribution_to_it(text, name, value):
    assert programs(extract(text))[name].amount.value == value


def test_a_place_in_the_name_is_where_the_program_is():
    result = extract("문화체육관광부는 대구 청년작가 임대주택을 조성한다.")
    assert ("대구 청년작가 임대주택", "대구") in pairs(result, "locatedIn")


def test_the_short_name_in_parentheses_is_an_alias():
    result = extract("과학기술정보통신부는 가나 IT 펀드(GIF)를 운영한다.")
    assert "GIF" in programs(result)["가나 IT 펀드"].aliases


def test_a_program_named_again_is_one_entity():
    result = extract("금융위원회는 아시아 사모펀드 성장펀드에 240억 원을 넣는다. 성장펀드는 창업기업의 해외 진출을 돕는다.")
    funds = [name for name in programs(result) if name.endswith("성장펀드")]
    assert funds == ["아시아 사모펀드 성장펀드"]


def test_the_input_graph_is_left_as_it_is():
    result = extract("중소벤처기업부는 청년혁신펀드를 조성한다.")
    before = replace(result, entities={k: v for k, v in result.entities.items() if v.cls != "Program"},
                     relations=[r for r in result.relations if r.predicate != "plans"])
    count = len(before.entities)
    after = add_programs(before, LEXICON)
    assert len(before.entities) == count and "청년혁신펀드" in programs(after)


def test_tables_are_read_with_their_columns():
    tables = load_program_tables(LEXICON)
    assert tables.heads["펀드"] == ("fund", "yes", True)
    assert tables.verbs["조성"] == ("plans", True)
    assert "지원" in tables.uses("generic")


@pytest.mark.parametrize(
    "text, name",
    [
        ("가나시는 새빛동 재개발사업 주민설명회를 취소했다.", "새빛동 재개발사업"),
        ("가나부 차관은 누리 신공항 건설사업 등에 대해 논의했다.", "누리 신공항 건설사업"),
    ],
)
def test_a_name_of_several_words_is_a_program_wherever_it_stands(text, name):
    assert name in programs(extract(text))


def test_a_facility_with_eseo_is_a_venue_not_a_program():
    result = extract("금융위원회는 서울 가나창업허브에서 간담회를 열고 지원을 약속했다.")
    assert not any(name.endswith("가나창업허브") for name in programs(result))


def test_a_program_as_its_own_subject_has_no_planner():
    result = extract("가나공사가 출자해 조성한 다라투자펀드가 결성됐다.")
    assert "다라투자펀드" in programs(result)
    assert not pairs(result, "plans")


def test_a_program_word_after_a_genitive_describes_rather_than_names():
    result = extract("가나부는 기업의 누리 실증사업 지원 등에 관한 협약을 맺었다.")
    assert "누리 실증사업" not in programs(result)


def test_a_program_the_event_finder_cut_short_takes_its_full_name():
    result = extract("금융위원회는 '누리도약 청년펀드(모펀드)'에는 90억 원을 투입한다.")
    funds = [e for e in programs(result).values() if e.name.endswith("청년펀드")]
    assert [e.name for e in funds] == ["누리도약 청년펀드"]


def test_a_place_name_that_is_also_a_word_is_a_place_before_a_facility():
    result = extract("경상남도는 양산 워터테마파크를 짓는다.")
    assert ("양산 워터테마파크", "양산") in pairs(result, "locatedIn")


def test_a_sum_after_another_noun_is_not_the_programs():
    result = extract("가나시는 누리밸리 입지 조성(21조 원) 성과를 발표했다.")
    assert all(e.amount is None for e in programs(result).values())


def test_a_sentence_without_subject_takes_the_body_of_the_person_who_spoke_before():
    result = extract("김철수 금융위원장은 8일 간담회를 열었다. 김 위원장은 웃었다. 또 창업 지원사업 예산 규모도 공개했다.")
    assert ("금융위원회", "창업 지원사업") in pairs(result, "plans")


@pytest.mark.parametrize(
    "text, name, status",
    [
        ("중소벤처기업부는 지역 협력체계를 구축하고, 지원을 강화할 계획이다.", "지역 협력체계", "planned"),
        ("가나시는 수산양식 협력체계를 구축했다.", "수산양식 협력체계", "completed"),
    ],
)
def test_a_linking_predicate_takes_the_status_of_the_sentence_s_last(text, name, status):
    assert programs(extract(text))[name].status == status


def test_a_quoted_name_with_no_head_noun_is_a_program_where_a_clause_runs_it():
    result = extract("다라공사는 '고객 함께 찾기'와 '수출 상담데이'를 운영한다.")
    assert {"고객 함께 찾기", "수출 상담데이"} <= set(programs(result))
    assert ("다라공사", "고객 함께 찾기") in pairs(result, "plans")


def test_a_quoted_name_nothing_plans_is_left_alone():
    assert "고객 함께 찾기" not in programs(extract("다라공사는 '고객 함께 찾기'를 소개했다."))


def test_a_clause_of_time_keeps_its_predicate_and_subject():
    result = extract("조달청은 지난해 3월 공공구매 개선 방안을 마련한 이후 성과를 냈다.")
    assert ("조달청", "공공구매 개선 방안") in pairs(result, "plans")


def test_a_name_that_is_the_object_of_a_relative_clause_is_not_the_outer_predicate_s():
    result = extract("가나공사는 판로 확대 방안을 논의하는 자리를 마련했다.")
    assert ("가나공사", "판로 확대 방안") not in pairs(result, "plans")


def test_an_organization_named_right_before_a_program_runs_it():
    result = extract("가나공사와 나다원은 농림축산식품부 ‘가나 농식품 판로 사업’의 운영기관으로 선정됐다.")
    assert ("농림축산식품부", "가나 농식품 판로 사업") in pairs(result, "plans")


def test_a_quoted_council_formed_by_a_clause_is_planned_by_its_subject():
    result = extract("외교부는 현지 공관에 '해외진출 상담 협의체'를 구성한다.")
    assert ("외교부", "해외진출 상담 협의체") in pairs(result, "plans")


def test_a_country_that_opens_the_sentence_is_where_its_programs_are():
    result = extract("프랑스에서는 교통부 차관과 면담해 철도 건설 프로젝트 수주를 지원한다.")
    assert ("철도 건설 프로젝트", "프랑스") in pairs(result, "locatedIn")


def test_both_sides_of_the_agreement_plan_what_their_joint_subject_plans():
    result = extract("신용보증기금은 가나금융지주와 업무협약을 체결했다. 양 기관은 긴밀한 협업체계를 구축할 계획이다.")
    assert {("신용보증기금", "협업체계"), ("가나금융지주", "협업체계")} <= pairs(result, "plans")


@pytest.mark.parametrize(
    "text, thing, place",
    [
        ("중소벤처기업부 장관은 서울 강남구 소재 삼성전자를 방문했다.", "삼성전자", "강남구"),
        ("장관은 판교 내 스타트업인 네이버와 카카오를 찾았다.", "카카오", "판교"),
    ],
)
def test_what_a_place_holds_is_located_in_it(text, thing, place):
    result = extract(text)
    located = {(s, o) for s, o in pairs(result, "locatedIn")}
    assert any(s == thing and place in o for s, o in located), located


@pytest.mark.parametrize(
    "text, absent",
    [
        ("가나군은 해마다 중앙 공모사업에 응모해 왔다.", "중앙 공모사업"),
        ("가나군은 신규 공모사업을 발굴할 계획이다.", "신규 공모사업"),
        ("가나공사는 실질적 협력사업을 추진하기로 했다.", "실질적 협력사업"),
        ("가나공사는 창의적 공모사업계획을 마련한다.", "창의적 공모사업계획"),
        ("다라캐피탈은 내년에 200억원 규모의 하위펀드를 결성할 계획이다.", "하위펀드"),
    ],
)
def test_kinds_of_projects_described_only_by_generic_words_are_no_names(text, absent):
    assert absent not in programs(extract(text))


def test_one_field_noun_before_a_project_head_is_no_name_without_a_plan():
    assert "중화권 사업" not in programs(extract("양 기관은 회원사의 성장과 중화권 사업이 넓어질 수 있도록 힘쓰기로 했다."))


@pytest.mark.parametrize("text, absent", [("차관은 건립 사업 진척 상황을 물었다.", "건립 사업"),
                                          ("가나시는 추진 계획을 세웠다.", "추진 계획")])
def test_what_is_done_alone_before_a_head_names_no_program(text, absent):
    assert absent not in programs(extract(text))


def test_a_quoted_name_set_beside_a_program_noun_is_the_program():
    result = extract("가나공단은 맞춤형 지원사업인 '다라 도약 사업' 참여기업을 모집한다.")
    assert ("가나공단", "다라 도약 사업") in pairs(result, "plans")


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("문화체육관광부 주관 '가나 복합센터 건립 공모사업'에 포항시가 뽑혔다.", "문화체육관광부", "가나 복합센터 건립 공모사업"),
        ("중소벤처기업부·외교부는 가나 해외진출 지원사업을 추진한다.", "외교부", "가나 해외진출 지원사업"),
        ("중소벤처기업부·외교부는 가나 해외진출 지원사업을 추진한다.", "중소벤처기업부", "가나 해외진출 지원사업"),
    ],
)
def test_who_runs_a_program_named_before_it_or_listed_with_a_middle_dot(text, planner, name):
    assert (planner, name) in pairs(extract(text), "plans")


def test_a_clause_with_an_unnamed_body_as_its_topic_is_not_planned_by_the_bodies_before():
    before = "중소벤처기업부는 가나 실증 공모 결과를 발표했다. "
    after = "가온 교통 안전시스템 구축 등의 사업을 추진한다."
    assert ("중소벤처기업부", "교통 안전시스템") in pairs(extract(before + "이어 " + after), "plans")
    assert ("중소벤처기업부", "교통 안전시스템") not in pairs(extract(before + "선정된 업체는 " + after), "plans")


def test_a_program_named_again_without_its_generic_word_is_one_program():
    result = extract("코트라는 올해 수출도약 사업을 확대한다. 코트라는 수출도약 지원사업을 500개사로 늘릴 계획이다.")
    assert {name: e.aliases for name, e in programs(result).items()} == {"수출도약 사업": ["수출도약 지원사업"]}


def test_the_subject_of_a_clause_that_sets_the_scene_plans_nothing():
    result = extract("한국무역협회가 참석한 가운데 가나시는 다라 수출 바우처 사업을 시작했다.")
    assert pairs(result, "plans") == {("가나시", "다라 수출 바우처 사업")}


def test_a_centre_named_only_inside_a_projects_name_is_no_body():
    """Where the mention finder took the centre inside a project's name for a body, the programs stage drops it."""
    from kg.types import Entity

    result = extract("가나군은 '가나 누리체험센터 건립사업'이 투자심사를 통과했다고 밝혔다.")
    centre = Entity(key="org/누리체험센터", cls="Organization", name="누리체험센터", evidence=[0])
    before = replace(result, entities={**result.entities, centre.key: centre})
    after = add_programs(before, LEXICON)
    assert "가나 누리체험센터 건립사업" in programs(after) and centre.key not in after.entities


@pytest.mark.parametrize("verb", ["완성할", "완공할", "건립할"])
def test_a_centre_to_be_completed_somewhere_is_planned_there(verb):
    result = extract(f"가나부는 ‘누리 물류센터’를 부산 강서구에 2027년까지 {verb} 계획이다.")
    assert ("가나부", "누리 물류센터") in pairs(result, "plans")
    assert ("누리 물류센터", "강서구") in pairs(result, "locatedIn")
    assert programs(result)["누리 물류센터"].status == "planned"


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("가나시는 수산양식 협력체계를 갖췄다.", "가나시", "수산양식 협력체계"),
        ("산업통상자원부는 수출·혁신성장펀드를 새로 꾸린다.", "산업통상자원부", "수출·혁신성장펀드"),
    ],
)
def test_verbs_of_putting_in_place_plan_what_they_govern(text, planner, name):
    assert (planner, name) in pairs(extract(text), "plans")
