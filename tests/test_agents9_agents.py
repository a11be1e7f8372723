"""Organizations the lexicon does not know, named the ways the genre names them, and who invests with whom in lists:
made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import assert_facts, extract

ORGANIZATIONS = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}


def organizations(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values() if e.cls in ORGANIZATIONS}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("(주) 대승은 50억원을 투자했다.", "대승", "Company"),
        ("㈜ 한빛정밀과 다온테크 ㈜는 협약을 체결했다.", "한빛정밀", "Company"),
        ("㈜ 한빛정밀과 다온테크 ㈜는 협약을 체결했다.", "다온테크", "Company"),
        ("한빛정밀 (주)는 협약을 체결했다.", "한빛정밀", "Company"),
        ("경기 안산 소재 다온테크는 신제품을 공개했다.", "다온테크", "Company"),
        ("충북 오창 소재 바이오기업 누리젠은 공장을 준공했다.", "누리젠", "Company"),
        ("의료기기업체 누리메디는 투자를 유치했다.", "누리메디", "Company"),
        ("핀테크기업 한빛페이와 누리은행은 협약을 맺었다.", "한빛페이", "Company"),
        ("한국가나진흥원(이하 가진원)은 설명회를 열었다.", "한국가나진흥원", "GovernmentBody"),
        ("충북과학기술혁신원(이하 충북과기원)은 설명회를 열었다.", "충북과학기술혁신원", "GovernmentBody"),
        ("다온솔루션(대표 박가람)과 한빛소프트(대표 이누리)는 업무협약을 맺었다.", "다온솔루션", "Company"),
        ("다온솔루션(대표 박가람)과 한빛소프트(대표 이누리)는 업무협약을 맺었다.", "한빛소프트", "Company"),
        ("누리젠은 100억원 규모의 투자를 유치했다.", "누리젠", "Company"),
        ("창원시 소재 전기차 충전기 제작 업체 ‘다온텍’은 147억 원을 유치했다.", "다온텍", "Company"),
        ("거제시 소재 수산물 유통기업 '한빛테이블'은 300억 원을 유치했다.", "한빛테이블", "Company"),
        ("출자자는 △누리씨엠(460850) 100억 원 △다온지스(129260) 50억 원으로 구성된다.", "누리씨엠", "Company"),
        ("출자자는 △누리씨엠(460850) 100억 원 △다온지스(129260) 50억 원으로 구성된다.", "다온지스", "Company"),
        ("포럼은 이누리 대표((주)한빛교육컨설팅)의 사회로 열렸다.", "한빛교육컨설팅", "Company"),
    ],
)
def test_a_body_the_lexicon_lacks_is_named_by_the_grammar_around_it(text, name, kind):
    assert organizations(text).get(name) == kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("반도체 소재 부품은 수출이 늘었다.", "부품"),
        ("서울 소재 기업은 지원을 받는다.", "기업"),
        ("가나시는 바이오기업 유치를 추진한다.", "유치"),
    ],
)
def test_a_common_noun_after_a_cue_names_no_body(text, word):
    assert not any(word in name for name in organizations(text))


def test_a_short_name_said_by_이하_is_the_same_body():
    result = extract("한국가나진흥원(이하 가진원)은 설명회를 열었다. 가진원은 내년에도 행사를 연다.")
    bodies = [e for e in result.entities.values() if e.cls in ORGANIZATIONS]
    assert len(bodies) == 1 and "가진원" in bodies[0].aliases


def test_the_head_in_parentheses_works_for_the_body_before_it():
    assert_facts("다온솔루션(대표 박가람)과 한빛소프트(대표 이누리)는 업무협약을 맺었다.",
                 {("박가람", "affiliatedWith", "다온솔루션"), ("이누리", "affiliatedWith", "한빛소프트"),
                  ("다온솔루션", "signedMOUWith", "한빛소프트")}, set())


ROUND = "누리젠은 100억원 규모의 시리즈B 투자를 유치했다. "


@pytest.mark.parametrize(
    "text",
    [
        ROUND + "이번 투자에는 한빛벤처스, 다온파트너스, 누리캐피탈이 참여했다.",
        ROUND + "이번 투자에는 한빛벤처스와 다온파트너스, 누리캐피탈 등이 참여했다.",
        ROUND + "투자에는 기존 투자사인 한빛벤처스를 비롯해 다온파트너스, 누리캐피탈이 참여했다.",
        "누리젠은 한빛벤처스, 다온파트너스, 누리캐피탈 등으로부터 100억원을 투자받았다.",
    ],
)
def test_each_investor_listed_as_joining_a_round_invested_in_its_company(text):
    investors = {"한빛벤처스", "다온파트너스", "누리캐피탈"}
    assert_facts(text, {(name, "invested", "누리젠") for name in investors},
                 {(name, "attended", f) for name in investors for f in ("100억원 규모의 시리즈B 투자", "100억원 투자")})


def test_a_head_named_in_parentheses_receives_nothing():
    assert_facts("누리바이오(대표 김가람)는 30억원 규모 투자를 유치했다.", {("김가람", "affiliatedWith", "누리바이오")}, set())


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("황가람 한국누리전문가협회(KNEA) 회장은 인사말을 했다.", "황가람", "한국누리전문가협회"),
        ("광주테크노파크(TP·원장 김누리)는 설명회를 개최했다.", "김누리", "광주테크노파크"),
        ("다온앤아처(대표 신가람, 이누리)는 설명회를 개최했다.", "신가람", "다온앤아처"),
        ("다온앤아처(대표 신가람, 이누리)는 설명회를 개최했다.", "이누리", "다온앤아처"),
        ("포럼은 이누리 대표((주)한빛교육컨설팅)의 사회로 열렸다.", "이누리", "한빛교육컨설팅"),
        ("포럼에는 김누리 세종세무서장 등이 참석했다.", "김누리", "세종세무서"),
        ("울산상의 서가람 부회장은 인사말을 했다.", "서가람", "울산상의"),
    ],
)
def test_a_person_s_post_is_held_at_the_body_named_next_to_it_in_any_bracketing(text, person, body):
    assert_facts(text, {(person, "affiliatedWith", body)}, set())


def groups(text: str) -> dict[str, int | None]:
    return {e.name: e.count for e in extract(text).entities.values() if e.cls == "Group"}


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("설명회에는 펀드운용사 6개 사와 도내 기업 4개 사가 함께했다.", "펀드운용사 6개 사", 6),
        ("운용사는 총 6개 사가 참여했다.", "6개 사", 6),
        ("사업은 241개 지원 기업 중 23개사에 총 309억 원의 투자를 유치했다.", "23개사", 23),
        ("산업지구 내 2개사가 벤처캐피탈로부터 38억 원 상당의 투자를 유치했다.", "2개사", 2),
        ("테크노파크는 투자전문인력 23명을 양성했다.", "투자전문인력 23명", 23),
        ("테크노파크 내 투자전문인력 23명을 양성했다.", "투자전문인력 23명", 23),
        ("김 지사는 600여명의 세계 각국 한인경제인들을 대상으로 강연을 한다.", "600여명의 세계 각국 한인경제인", 600),
        ("행사에는 지역 자원봉사자 40여명이 참여했다.", "지역 자원봉사자 40여명", 40),
    ],
)
def test_a_count_names_its_group_whatever_noun_counts_it(text, group, count):
    assert groups(text).get(group) == count


def test_a_chamber_named_short_is_the_chamber_named_in_full():
    result = extract("울산상공회의소(회장 이누리)와 가나재단은 협약을 체결했다. 울산상의 서가람 부회장은 인사말을 했다.")
    chambers = [e for e in result.entities.values() if e.cls in ORGANIZATIONS and e.name.startswith("울산")]
    assert len(chambers) == 1 and "울산상의" in chambers[0].aliases
