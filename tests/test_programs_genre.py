"""How policy news names programs, plans and funds, and who plans them: made-up sentences of the genre."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs, programs


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("환경부는 인공지능 반도체 육성 로드맵을 마련했다.", "환경부", "인공지능 반도체 육성 로드맵"),
        ("환경부는 '바이오 소재 산업 혁신전략'을 내놓았다.", "환경부", "바이오 소재 산업 혁신전략"),
        ("한국산업은행은 1조원 규모의 공급망 안정화 기금을 조성한다.", "한국산업은행", "공급망 안정화 기금"),
        ("환경부는 수소 경제 활성화 로드맵을 수립할 예정이다.", "환경부", "수소 경제 활성화 로드맵"),
        ("환경부는 '주거급여 제도 개선안'을 마련해 다음 달부터 시행한다.", "환경부", "주거급여 제도 개선안"),
        ("환경부는 전기차 구매 보조금 지원 사업을 3월부터 시작한다.", "환경부", "전기차 구매 보조금 지원 사업"),
        ("환경부는 해외 전시회 참가 지원 프로그램을 확대 운영한다.", "환경부", "해외 전시회 참가 지원 프로그램"),
        ("환경부는 'AI 바우처 지원사업' 규모를 2배로 늘린다.", "환경부", "AI 바우처 지원사업"),
        ("전라북도는 새만금 이차전지 특화단지를 조성한다.", "전북특별자치도", "새만금 이차전지 특화단지"),
        # a centre being built is a facility its builder plans
        ("수원시는 '행복나눔센터' 건립을 추진한다고 밝혔다.", "수원시", "행복나눔센터"),
        ("누리시가 추진하는 (가칭)누리청소년문화센터는 내년에 문을 연다.", "누리시", "누리청소년문화센터"),
        ("수원시는 내년까지 청소년수련센터를 건립할 계획이다.", "수원시", "청소년수련센터"),
    ],
)
def test_heads_and_predicates_of_the_genre_make_a_planned_program(text, planner, name):
    result = extract(text)
    assert name in programs(result)
    assert (planner, name) in pairs(result, "plans")


def test_a_name_that_only_describes_the_object_is_not_what_the_verb_plans():
    result = extract("환경부는 다라 철도 프로젝트 판로지원 활동을 전개한다.")
    assert not any(obj == "다라 철도 프로젝트" for _, obj in pairs(result, "plans"))


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("해양수산부는 '가나 300' 사업을 추진하고 있다.", "가나 300 사업", "가나 300"),
        ("교육부는 「다라대학 30」 프로젝트를 추진한다.", "다라대학 30 프로젝트", "다라대학 30"),
        ("환경부는 '중소기업 수출 바우처' 사업을 확대한다.", "중소기업 수출 바우처 사업", "중소기업 수출 바우처"),
    ],
)
def test_a_quoted_name_before_a_bare_head_names_the_program_with_the_head(text, name, alias):
    found = programs(extract(text))
    assert name in found and alias in found[name].aliases
    assert alias not in found  # one program, not two


@pytest.mark.parametrize(
    "text, name",
    [
        ("전라남도는 '가나 8.2GW 해상풍력 프로젝트'를 본격 추진한다.", "가나 8.2GW 해상풍력 프로젝트"),
        ("환경부는 '제3차 가나 활성화 종합계획'을 확정했다.", "제3차 가나 활성화 종합계획"),
    ],
)
def test_a_quoted_name_is_whole_with_its_numbers(text, name):
    assert name in programs(extract(text))


@pytest.mark.parametrize(
    "text",
    ["대구시는 '(가칭)로봇산업 육성기금'을 조성하기로 했다.", "대구시는 '로봇산업 육성펀드(가칭)'를 조성하기로 했다.",
     "대구시는 '로봇산업 실증센터'(가칭) 건립사업이 중앙 심사를 통과했다고 전했다."],
)
def test_a_provisional_name_is_of_a_planned_program_and_loses_its_marker(text):
    found = programs(extract(text))
    name = next(n for n in found if n.startswith("로봇산업"))
    assert "가칭" not in name and "가칭" not in found[name].aliases
    assert found[name].status == "planned"


def test_a_program_word_that_ends_like_a_body_is_no_body():
    result = extract("중소벤처기업부는 '스마트 제조혁신 바우처' 사업 공고를 냈다.")
    assert not any(e.cls == "GovernmentBody" and e.name.endswith("바우처") for e in result.entities.values())


@pytest.mark.parametrize(
    "text, planners, name",
    [
        ("가나은행과 신용보증기금은 500억원 규모의 친환경 특별보증을 지원하기로 했다.", {"가나은행", "신용보증기금"}, "친환경 특별보증"),
        ("산업통상자원부, 환경부 및 교육부는 청년 탄소중립 지원사업을 공동 운영한다.", {"산업통상자원부", "환경부", "교육부"}, "청년 탄소중립 지원사업"),
    ],
)
def test_bodies_joined_to_the_subject_plan_with_it(text, planners, name):
    assert {(planner, name) for planner in planners} <= pairs(extract(text), "plans")


@pytest.mark.parametrize(
    "text, name",
    [
        ("전라남도는 새 비전인 '푸른 바다, 밝은 미래'를 소개했다.", "푸른 바다, 밝은 미래"),
        ("금융위원회는 올해 핵심 사업인 '가나 금융 서비스'의 신청을 받는다.", "가나 금융 서비스"),
    ],
)
def test_a_quoted_name_set_beside_a_noun_of_programs_is_a_program(text, name):
    assert name in programs(extract(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("가나시는 전통시장에 365청춘 청년몰을 새로 운영한다.", "365청춘 청년몰"),
        ("가나부는 교육원 내 창업 거점인 '다라스퀘어'를 개소했다.", "다라스퀘어"),
    ],
)
def test_digits_glued_to_a_noun_and_facility_appositions_name_programs(text, name):
    assert name in programs(extract(text))


@pytest.mark.parametrize("text", ["중소벤처기업부는 2023년 청년 지원사업을 확대한다.", "중소벤처기업부는 3개 청년 펀드를 결성했다."])
def test_a_number_with_its_counter_is_no_part_of_a_name(text):
    assert not any(name[0].isdigit() for name in programs(extract(text)))


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("국토교통부는 스마트시티 챌린지 사업에 참여할 지자체를 모집한다.", "국토교통부", "스마트시티 챌린지 사업"),
        ("문화체육관광부는 '근로자 휴가지원사업'(이하 휴가지원사업)의 참여기업을 모집한다.", "문화체육관광부", "근로자 휴가지원사업"),
        ("중소벤처기업부는 청년창업 지원사업 참여자를 공개 모집했다.", "중소벤처기업부", "청년창업 지원사업"),
        ("가나기업은 중소벤처기업부의 해외 판로 액셀러레이팅 지원사업에 선정됐다.", "중소벤처기업부", "해외 판로 액셀러레이팅 지원사업"),
    ],
)
def test_who_seeks_participants_or_owns_a_program_plans_it(text, planner, name):
    assert (planner, name) in pairs(extract(text), "plans")


def test_who_is_selected_for_a_program_does_not_plan_it():
    result = extract("가나기업은 중소벤처기업부의 해외 판로 액셀러레이팅 지원사업에 선정됐다.")
    assert not any(planner == "가나기업" for planner, _ in pairs(result, "plans"))


@pytest.mark.parametrize(
    "text",
    ["가나시는 숙원 사업을 추진한다.", "가나시는 역점 사업을 조성한다.", "가나시는 해외 사업을 확대한다.", "가나시는 협력 사업을 추진한다."],
)
def test_a_head_after_generic_words_only_names_no_program(text):
    assert not programs(extract(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("'고객 매칭 데이'는 지역 기업과 국내 고객을 연결하는 프로그램이다.", "고객 매칭 데이"),
        ("가나 펀드는 지역 중소기업에 투자하는 펀드다.", "가나 펀드"),
    ],
)
def test_a_topic_the_sentence_defines_as_a_program_is_one(text, name):
    assert name in programs(extract(text))


def test_a_demonstrative_topic_defined_as_a_program_names_none():
    assert not programs(extract("이 사업은 해외 진출을 돕는 사업이다."))


def test_names_listed_before_a_noun_of_programs_are_programs():
    found = programs(extract("양 기관은 ▲가나코리아, 다라인큐베이터, Nmall24 등 판로 관련 인프라 공동 활용에 합의했다."))
    assert {"가나코리아", "다라인큐베이터", "Nmall24"} <= set(found)


@pytest.mark.parametrize(
    "text",
    ["중소벤처기업부는 창업지원, 기술개발 등 지원사업을 추진한다.", "중소벤처기업부는 창업지원, 기술개발 등 다양한 사업을 추진한다."],
)
def test_activities_listed_before_a_noun_of_programs_are_not_programs(text):
    assert not {"창업지원", "기술개발"} & set(programs(extract(text)))


def test_a_list_mark_opens_the_first_item():
    found = programs(extract("합의 사항은 ▲지역 홍보 및 세미나 개최 ▲가나원조(GNA), 다라공유(DRS) 등 공동연구사업 공동 발굴 등이다."))
    assert not any("세미나" in name for name in found)


def test_a_sentence_with_no_subject_is_planned_by_all_the_bodies_of_the_last_that_named_some():
    result = extract("가나부와 다라청은 3일 업무협약을 체결했다. 먼저 현지 공관에 '해외진출 상담 협의체'를 구성한다.")
    assert {("가나부", "해외진출 상담 협의체"), ("다라청", "해외진출 상담 협의체")} <= pairs(result, "plans")


def test_a_program_to_be_extended_is_planned_though_the_sentence_ends_in_the_past():
    found = programs(extract("금융위원회는 '정책금융 지원 프로그램'을 올해 말까지 연장하기로 했다."))
    assert found["정책금융 지원 프로그램"].status == "planned"


def test_a_fund_named_twice_is_one_program():
    result = extract("가나금융은 다라펀드를 조성한다. 다라펀드와 마바기금이 출자한 100억원을 더해 하위펀드를 만든다.")
    assert [e.name for e in result.entities.values() if e.cls == "Program"].count("다라펀드") == 1


def test_a_fund_named_alone_before_keeps_its_name_when_a_longer_one_ends_with_it():
    result = extract("누리은행은 마바펀드와 청년희망펀드를 만든다. 내년에는 NR청년희망펀드가 넣은 120억원도 보탠다.")
    assert "청년희망펀드" in programs(result)


def test_a_provisional_name_after_a_list_mark_keeps_its_place_word():
    assert "누리 청소년 복합체육센터" in programs(extract("누리시는 ▲(가칭)누리 청소년 복합체육센터 건립 25억원 등을 따냈다."))


@pytest.mark.parametrize(
    "text, name",
    [
        ("가나위원회는 지자체와 창업지원센터, 벤처기업협회 등으로 연결되는 협력망을 마련했다.", "창업지원센터"),
        ("누리청소년문화센터는 청소년 상담을 지원한다.", "누리청소년문화센터"),
    ],
)
def test_a_centre_that_is_not_being_built_is_no_program(text, name):
    assert name not in programs(extract(text))


@pytest.mark.parametrize(
    "text, planner, name, status",
    [
        ("환경부는 녹색마일리지 제도 시행을 통해 가정의 감축을 지원할 계획이다.", "환경부", "녹색마일리지 제도", "planned"),
        ("환경부는 녹색기술 펀드 조성에 나섰다.", "환경부", "녹색기술 펀드", None),
    ],
)
def test_a_noun_of_planning_right_after_a_name_is_its_predicate(text, planner, name, status):
    result = extract(text)
    assert (planner, name) in pairs(result, "plans")
    if status:
        assert programs(result)[name].status == status


def test_a_noun_of_planning_that_another_verb_cancels_plans_nothing():
    result = extract("환경부는 녹색마일리지 프로그램 운영을 취소했다.")
    assert ("환경부", "녹색마일리지 프로그램") not in pairs(result, "plans")


def test_a_bodys_program_after_a_list_mark_is_its_own():
    result = extract("양 기관은 △한국국제협력단의 ODA 사업 연계 등을 추진하기로 했다.")
    assert ("한국국제협력단", "ODA 사업") in pairs(result, "plans")


def test_a_centre_being_set_up_under_a_provisional_name_is_planned_by_its_founder():
    result = extract("과학기술정보통신부는 해외에 누리창업지원센터(가칭)를 설립한다.")
    assert ("과학기술정보통신부", "누리창업지원센터") in pairs(result, "plans")


def test_a_clause_in_quotes_is_no_programs_name():
    result = extract('가나 정책관은 "청년이 지역에 머물도록 돕기 위해 쉼터를 짓자는 뜻으로 시작한 사업"이라고 말했다.')
    assert not any(" " in name and "돕기" in name for name in programs(result))


def test_a_program_that_is_the_means_of_the_clause_is_planned_by_its_subject():
    result = extract("환경부와 가나진흥원은 '녹색 수출 지원사업'을 통해 중소기업의 해외 진출을 지원하고 있다.")
    assert {("환경부", "녹색 수출 지원사업"), ("가나진흥원", "녹색 수출 지원사업")} <= pairs(result, "plans")


def test_the_body_of_a_minister_named_with_it_plans_and_so_do_the_sentences_after():
    result = extract("홍길동 산업통상자원부 장관은 23일 스웨덴을 찾아 협력을 넓히기로 했다. "
                     "양국은 '한-스웨덴 배터리 공동연구센터'를 설치한다.")
    assert ("산업통상자원부", "한-스웨덴 배터리 공동연구센터") in pairs(result, "plans")


def test_a_quoted_name_with_a_genitive_inside_is_whole():
    assert "중남미지역의 문화 연수과정" in programs(extract("외교부는 내년 초 '중남미지역의 문화 연수과정'을 개설하기로 했다."))


def test_a_fund_named_with_its_hanja_in_parentheses_is_the_fund_named_without():
    result = extract("다라청은 '새싹(萌芽) 펀드'에 2400억원을 넣는다. 이어 '청년 도약 펀드' 결성을 위한 새싹펀드에 900억원을 넣는다.")
    assert sum(1 for e in result.entities.values() if e.cls == "Program" and "새싹" in e.name) == 1


def test_a_quoted_name_with_a_bodys_ending_is_no_program():
    assert not programs(extract("1조원 규모의 펀드를 운용할 '누리벤처투자주식회사'가 출범했다."))


def test_a_body_acting_through_a_system_runs_it():
    result = extract("국토교통부는 '스마트 안전 점검시스템'을 통해 각 시공사가 추진하는 공사의 안전 여부를 확인하겠다고 설명했다.")
    assert ("국토교통부", "스마트 안전 점검시스템") in pairs(result, "plans")


def test_what_brought_about_a_change_through_a_programme_is_the_clauses_own_subject():
    result = extract("환경부는 '누리 청년몰'을 통해 젊은 상인들의 아이디어가 시장에 활기를 불어넣었다고 밝혔다.")
    assert ("환경부", "누리 청년몰") not in pairs(result, "plans")


def test_a_quoted_event_used_as_a_means_is_no_program():
    assert "다라 청년 토크콘서트" not in programs(extract("환경부는 '다라 청년 토크콘서트'를 통해 창업 지원 의지를 밝혔다."))


@pytest.mark.parametrize(
    "text, planner, name, status",
    [
        # Kiwi reads a made-up name glued to its head as a determiner and a suffix ('한별' 한 + 별)
        ("청주시는 200억원 규모의 한별펀드를 조성할 계획이다.", "청주시", "한별펀드", "planned"),
        ("영월군은 한별 관광 브랜드 육성 프로젝트를 추진한다.", "영월군", "한별 관광 브랜드 육성 프로젝트", "planned"),
        # a noun of planning and the bound noun 중 are the clause's ongoing predicate
        ("영월군은 '누리 관광 육성 프로젝트'를 추진 중이다.", "영월군", "누리 관광 육성 프로젝트", "in-progress"),
        ("청주시는 가람 청년창업지원사업을 운영 중이라고 밝혔다.", "청주시", "가람 청년창업지원사업", "in-progress"),
    ],
)
def test_misread_names_and_ongoing_plans(text, planner, name, status):
    result = extract(text)
    found = programs(result)
    assert name in found and found[name].status == status
    assert (planner, name) in pairs(result, "plans")


def test_a_program_in_a_relative_clause_of_an_ongoing_predicate_is_not_planned_by_the_subject():
    result = extract("영월군은 다라재단이 추진 중인 '누리 관광 육성 프로젝트'에 참여한다.")
    assert pairs(result, "plans") == {("다라재단", "누리 관광 육성 프로젝트")}


@pytest.mark.parametrize(
    "text, planner, name",
    [
        ("청주시는 청년창업지원센터를 세울 계획이다.", "청주시", "청년창업지원센터"),
        ("청주시는 내년 상반기 '누리 청년창업센터'를 연다.", "청주시", "누리 청년창업센터"),
        ("청주시는 가람 스마트팜 혁신단지를 조성할 계획이다.", "청주시", "가람 스마트팜 혁신단지"),
        ("김해시는 2026년까지 미래 모빌리티 실증단지를 구축하기로 했다.", "김해시", "미래 모빌리티 실증단지"),
    ],
)
def test_a_facility_or_estate_set_up_is_a_planned_program(text, planner, name):
    result = extract(text)
    assert name in programs(result) and (planner, name) in pairs(result, "plans")


@pytest.mark.parametrize(
    "text",
    [
        "청주시는 올해 안에 종합 대책을 세울 계획이다.",  # 세우다 sets up a building, a plan is only drawn up
        "청주시는 다음 달 '다온 드라이브 마켓'을 연다.",  # 열다 holds a market: an event, no program
        "가나바이오는 다온 바이오 클러스터에 연구소를 세운다.",  # a cluster where something is built stands already
        "AI, 바이오 등 누리 클러스터와 관련이 깊은 분야의 기업이 참가했다.",  # fields listed before a cluster name none
    ],
)
def test_setting_up_verbs_plan_only_what_is_built(text):
    assert not programs(extract(text))


def test_a_head_that_names_alone_described_again_is_the_same_program():
    result = extract("가나협회와 다라협회 간 협력체계를 구축하기 위해 협약이 체결됐다. 양 기관은 전략적 협력체계를 구축하기로 했다.")
    assert list(programs(result)) == ["협력체계"]
    assert {("가나협회", "협력체계"), ("다라협회", "협력체계")} <= pairs(result, "plans")


def test_a_word_of_time_before_a_program_word_is_no_part_of_its_name():
    result = extract("이후 가나펀드 운용사는 다음 달 상품을 출시할 계획이다.")
    assert not any(name.startswith("이후") for name in programs(result))


def test_an_office_a_government_opens_abroad_is_its_program_there():
    result = extract("김해시는 태국 방콕에 해외판로사무소를 개소했다.")
    assert ("김해시", "해외판로사무소") in pairs(result, "plans")
    assert ("해외판로사무소", "방콕") in pairs(result, "locatedIn")


def test_an_office_that_acts_is_no_program():
    assert not programs(extract("가나사무소는 현지 기업의 수출을 지원한다."))


@pytest.mark.parametrize("text", ["중소벤처기업부는 다온 스마트 플랫폼 참가 기업을 모집한다.",
                                  "중소벤처기업부는 다온 스마트 플랫폼 참여기업을 모집한다."])
def test_who_takes_part_after_a_name_leaves_it_whole(text):
    assert ("중소벤처기업부", "다온 스마트 플랫폼") in pairs(extract(text), "plans")
