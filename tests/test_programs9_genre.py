"""Made-up sentences of the genre for programs, who plans or approves them, their sums and status: the verbs of
running and funding a program, an adverb or an auxiliary verb after its name, a sum spent on it before its clause,
and facilities built on a site."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .made_up import extract, pairs, programs


@pytest.mark.parametrize(
    "text, planner, name",
    [
        # the ordinary verbs of announcing, building and running
        ("중소벤처기업부는 내년까지 1조원 규모의 '스마트공장 구축 지원사업'을 추진한다고 밝혔다.", "중소벤처기업부", "스마트공장 구축 지원사업"),
        ("산업통상자원부는 17일 '제3차 에너지기본계획'을 발표했다.", "산업통상자원부", "제3차 에너지기본계획"),
        ("대구시는 로봇산업 육성 방안을 마련했다.", "대구광역시", "로봇산업 육성 방안"),
        ("기획재정부는 '혁신성장 전략투자 방향'을 확정·발표했다.", "기획재정부", "혁신성장 전략투자 방향"),
        ("한국산업단지공단은 노후 산단 재생사업을 본격 추진한다.", "한국산업단지공단", "노후 산단 재생사업"),
        ("해수부는 「해양수산 스마트화 기본계획」을 수립했다고 밝혔다.", "해양수산부", "해양수산 스마트화 기본계획"),
        ("한국수자원공사는 '스마트 물관리 시범사업'을 진행한다.", "한국수자원공사", "스마트 물관리 시범사업"),
        ("해양수산부는 부산항 진해신항 건설사업에 착수한다고 밝혔다.", "해양수산부", "부산항 진해신항 건설사업"),
        # a fund is run (운용), a budget drawn up for a program (편성), a program carried on (벌이다)
        ("한국산업은행은 1000억원 규모의 혁신성장펀드를 운용한다.", "한국산업은행", "혁신성장펀드"),
        ("행정안전부는 '지역사랑상품권 발행 지원사업'에 예산 1조원을 편성했다.", "행정안전부", "지역사랑상품권 발행 지원사업"),
        ("전라북도는 탄소소재 국가산업단지 조성사업을 벌이고 있다.", "전북특별자치도", "탄소소재 국가산업단지 조성사업"),
        # a zone fostered, a scheme strengthened
        ("부산시는 '부산 블록체인 특구'를 육성한다.", "부산광역시", "부산 블록체인 특구"),
        ("중기부는 기술보증 제도를 강화한다.", "중소벤처기업부", "기술보증 제도"),
        # an adverb between the name and its verb, and a verb with its auxiliary ('내어 놓다')
        ("충청남도는 '충남형 청년 일자리 사업'을 새롭게 도입했다.", "충청남도", "충남형 청년 일자리 사업"),
        ("산업부는 올해 '소재·부품·장비 경쟁력 강화 대책'을 내놨다.", "산업통상자원부", "소재·부품·장비 경쟁력 강화 대책"),
        # a plan named with spaced words before its head
        ("국토교통부는 지역균형 뉴딜 추진계획을 확정했다.", "국토교통부", "지역균형 뉴딜 추진계획"),
        # facilities and zones built on a site
        ("서울시는 창동에 복합문화공원을 조성할 방침이다.", "서울특별시", "복합문화공원"),
        ("농림축산식품부는 스마트팜 혁신밸리 4곳을 조성한다.", "농림축산식품부", "스마트팜 혁신밸리"),
        ("경기도는 판교에 '경기 스타트업 캠퍼스'를 열었다.", "경기도", "경기 스타트업 캠퍼스"),
        # schemes of money paid out, challenges and schools a body runs
        ("중기부는 청년창업사관학교를 운영한다.", "중소벤처기업부", "청년창업사관학교"),
        ("고용부는 청년일자리 도약장려금을 신설했다.", "고용노동부", "청년일자리 도약장려금"),
        ("산업부는 녹색인증제를 시행한다.", "산업통상자원부", "녹색인증제"),
        ("중진공은 긴급경영안정자금을 지원한다.", "중소벤처기업진흥공단", "긴급경영안정자금"),
        # a program carried on, the verb with its auxiliary ('이어간다')
        ("경남도는 '경남형 스마트공장 보급사업'을 올해도 이어간다.", "경상남도", "경남형 스마트공장 보급사업"),
        # a relative clause of running, two bodies jointly, a list
        ("서울시가 추진하는 '청년 월세 지원사업'은 올해 2만명을 지원한다.", "서울특별시", "청년 월세 지원사업"),
        ("한국무역협회와 코트라는 공동으로 '수출 첫걸음 지원사업'을 추진한다.", "한국무역협회", "수출 첫걸음 지원사업"),
        ("부산시와 울산시는 '동남권 광역교통 협력사업'을 공동 추진하기로 합의했다.", "울산광역시", "동남권 광역교통 협력사업"),
        ("중소벤처기업부는 스마트공장 보급사업, 제조 데이터 플랫폼 구축사업 등을 추진한다.", "중소벤처기업부", "스마트공장 보급사업"),
        # who chooses those who take part runs it
        ("행정안전부는 '청년마을 만들기 사업' 대상지로 12곳을 선정했다고 밝혔다.", "행정안전부", "청년마을 만들기 사업"),
        ("해양수산부는 '어촌뉴딜 300 사업' 대상지 60곳을 선정했다.", "해양수산부", "어촌뉴딜 300 사업"),
    ],
)
def test_who_plans_or_runs_a_program(text, planner, name):
    result = extract(text)
    assert name in programs(result)
    assert (planner, name) in pairs(result, "plans")


@pytest.mark.parametrize(
    "text, approver, name",
    [
        ("중소벤처기업부는 부산을 블록체인 규제자유특구로 지정했다.", "중소벤처기업부", "블록체인 규제자유특구"),
        ("산업통상자원부는 포항을 이차전지 소재 특화단지로 지정했다.", "산업통상자원부", "이차전지 소재 특화단지"),
        ("국토부는 '광역교통 개선대책'을 최종 승인했다.", "국토교통부", "광역교통 개선대책"),
    ],
)
def test_a_body_that_approves_or_designates_a_program_approves_it(text, approver, name):
    result = extract(text)
    assert (approver, name) in pairs(result, "approved")
    assert (approver, name) not in pairs(result, "plans")


def test_who_approves_anothers_plan_is_not_its_planner():
    result = extract("국토교통부는 부산시의 '도시재생 뉴딜사업' 계획을 승인했다.")
    assert ("국토교통부", "도시재생 뉴딜사업") in pairs(result, "approved")
    assert pairs(result, "plans") == {("부산광역시", "도시재생 뉴딜사업")}


def test_one_chosen_for_a_program_does_not_plan_it():
    assert not pairs(extract("수원시는 지난해 청년몰 조성사업에 선정됐다."), "plans")


def test_what_is_designated_does_not_approve_itself():
    result = extract("울산시는 수소 그린 모빌리티 규제자유특구로 지정됐다.")
    assert "수소 그린 모빌리티 규제자유특구" in programs(result)
    assert not pairs(result, "approved")


@pytest.mark.parametrize(
    "text, name, value, qualifier",
    [
        ("금융위원회는 총 6조원 규모의 정책형 뉴딜펀드를 조성한다.", "정책형 뉴딜펀드", "6000000000000", None),
        ("과학기술정보통신부는 올해 인공지능 데이터 구축 사업에 2925억원을 투입한다.", "인공지능 데이터 구축 사업", "292500000000", None),
        ("창원시는 최대 5000만원을 지원하는 '스마트 제조 혁신 바우처 사업'을 시행한다.", "스마트 제조 혁신 바우처 사업", "50000000", "up-to"),
        ("과기정통부는 '디지털 뉴딜 펀드'를 1조 5000억원 규모로 결성했다.", "디지털 뉴딜 펀드", "1500000000000", None),
        # a sum spent (들이다, 투입하다) in the clause before the name is its cost
        ("부산시는 총사업비 1200억원을 들여 「부산 국제아트센터」를 건립한다.", "부산 국제아트센터", "120000000000", None),
        ("대전시는 국비 300억원 등 총 500억원을 투입해 '대전 바이오 혁신센터'를 조성할 계획이다.", "대전 바이오 혁신센터", "50000000000", None),
    ],
)
def test_a_programs_sum(text, name, value, qualifier):
    program = programs(extract(text))[name]
    assert program.amount is not None and program.amount.value == Decimal(value)
    assert program.amount.qualifier == qualifier


@pytest.mark.parametrize(
    "text, name, status",
    [
        ("부산시는 강서구에 500억원을 들여 해양바이오 산업단지를 조성할 계획이다.", "해양바이오 산업단지", "planned"),
        ("광주시는 인공지능 집적단지 조성사업을 추진 중이다.", "인공지능 집적단지 조성사업", "in-progress"),
        ("농식품부는 '스마트팜 혁신밸리'를 지난해 완공했다.", "스마트팜 혁신밸리", "completed"),
        ("문체부는 '지역관광 추진조직(DMO) 육성사업'을 추진하고 있다.", "지역관광 추진조직(DMO) 육성사업", "in-progress"),
        ("대구시는 '대구형 스마트시티 사업'을 올해 안에 마무리할 예정이다.", "대구형 스마트시티 사업", "planned"),
    ],
)
def test_a_programs_status_is_its_verbs(text, name, status):
    assert programs(extract(text))[name].status == status


def test_a_facility_built_at_a_place_is_there():
    result = extract("강원도는 평창에 동계스포츠 트레이닝센터를 짓는다.")
    assert ("동계스포츠 트레이닝센터", "평창") in pairs(result, "locatedIn")


@pytest.mark.parametrize(
    "text, name",
    [
        ("가나시는 올림픽공원에서 축제를 열었다.", "올림픽공원"),  # a park where something happens is a venue
        ("서울시는 수출 사업을 추진한다.", "수출 사업"),
        ("가나시는 지원금 100만원을 지급한다.", "지원금"),  # a head alone names nothing
    ],
)
def test_no_program(text, name):
    assert name not in programs(extract(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("광주시는 총 1098억원의 인공지능 1차 투자펀드를 결성했다.", "인공지능 1차 투자펀드"),  # a number of order stays in the name
        ("가온인베스트먼트는 675억 원 규모의 1호 펀드를 결성했다고 1일 밝혔다.", "1호 펀드"),  # a fund is named by its number
    ],
)
def test_a_number_of_order_in_a_funds_name(text, name):
    assert name in programs(extract(text))


def test_a_number_of_order_alone_names_no_project():
    assert "2차 사업" not in programs(extract("가나시는 2차 사업을 추진한다."))


def test_a_subject_the_article_did_not_find_keeps_the_bodies_before_from_planning():
    text = "대전시는 7일 투자 협약을 체결했다. 가온다라금융은 현재 벤처펀드 조성을 위한 출자자 모집을 진행 중이다."
    assert ("대전광역시", "벤처펀드") not in pairs(extract(text), "plans")


@pytest.mark.parametrize("text", ["광주시는 AI 데이터센터 건립 사업에 4000억원을 투입할 계획이다.",
                                  "광주시는 AI 데이터센터 건립사업에 4000억원을 투입할 계획이다."])
def test_the_project_of_building_a_facility_is_one_program_named_by_both(text):
    found = programs(extract(text))
    assert len(found) == 1
    (project,) = found.values()
    assert project.name.startswith("AI 데이터센터 건립")


def test_the_facility_a_project_builds_is_an_alias_of_the_project():
    project = programs(extract("광주시는 AI 데이터센터 건립 사업에 4000억원을 투입할 계획이다."))["AI 데이터센터 건립 사업"]
    assert "AI 데이터센터" in project.aliases
