"""Made-up sentences of the genre for programs and who plans them: the words of time before a name, a centre set
up, a kind of program named before its quoted name, the nouns of taking part and of forming a fund."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs, programs


@pytest.mark.parametrize(
    "text, planner, name",
    [
        # a word of time before the name says when, it is no part of the name
        ("창원시는 내년 상반기 스마트 물류센터를 착공할 예정이다.", "창원시", "스마트 물류센터"),
        ("김해시는 올해 하반기 '김해 청년 창업 아카데미'를 개설한다.", "김해시", "김해 청년 창업 아카데미"),
        # a centre set up or newly opened is a facility its founder plans
        ("충청남도는 귀농귀촌 종합지원센터를 설치해 운영하기로 했다.", "충청남도", "귀농귀촌 종합지원센터"),
        ("수원시는 청소년 진로지원센터를 신설한다.", "수원시", "청소년 진로지원센터"),
        # those who take part are chosen by the one who runs the program
        ("중소벤처기업부는 스타트업 해외진출 지원사업 참여기업 50곳을 선발한다.", "중소벤처기업부", "스타트업 해외진출 지원사업"),
        ("산업통상자원부는 수출 바우처 사업 수행기관을 선정했다.", "산업통상자원부", "수출 바우처 사업"),
        # a fund whose forming is finished
        ("중소벤처기업부는 '나래 벤처펀드' 결성을 마무리했다.", "중소벤처기업부", "나래 벤처펀드"),
    ],
)
def test_made_up_programs_and_their_planners(text, planner, name):
    result = extract(text)
    assert name in programs(result)
    assert (planner, name) in pairs(result, "plans")


def test_a_word_of_time_is_cut_from_the_name():
    assert "상반기 스마트 물류센터" not in programs(extract("창원시는 내년 상반기 스마트 물류센터를 착공할 예정이다."))
    assert "청년몰 조성사업" in programs(extract("수원시는 지난해 청년몰 조성사업에 선정됐다."))


@pytest.mark.parametrize(
    "text, planner, name, kind",
    [
        ("김해시는 스마트 물류 플랫폼 '가온로지'를 출시했다.", "김해시", "가온로지", "스마트 물류 플랫폼"),
        ("한별재단은 한부모 가정 지원 캠페인 '함께 걷는 길'을 시작했다.", "한별재단", "함께 걷는 길", "한부모 가정 지원 캠페인"),
        ("중소벤처기업부는 지역 특화 교육 프로그램 '로컬 크리에이터'를 운영한다.", "중소벤처기업부", "로컬 크리에이터",
         "지역 특화 교육 프로그램"),
    ],
)
def test_a_kind_of_program_before_a_quoted_name_makes_one_program_named_by_the_quote(text, planner, name, kind):
    result = extract(text)
    found = programs(result)
    assert name in found and kind not in found  # one program, not two
    assert (planner, name) in pairs(result, "plans")


def test_a_quoted_sentence_after_a_program_word_is_no_name():
    found = programs(extract("그는 이번 사업 '가나다라 마바사가 함께 한다는 뜻'이라고 설명했다."))
    assert not any("뜻" in name for name in found)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("가온테크는 중소벤처기업부의 '창업도약패키지' 지원사업에 선정됐다.", "창업도약패키지 지원사업", "창업도약패키지"),
        ("한별재단은 '미래 과학자 키움' 장학 프로그램을 새로 만들었다.", "미래 과학자 키움 장학 프로그램", "미래 과학자 키움"),
    ],
)
def test_a_quoted_name_before_generic_words_or_one_noun_and_a_head_is_one_program(text, name, alias):
    found = programs(extract(text))
    assert name in found and alias in found[name].aliases


@pytest.mark.parametrize(
    "text, name",
    [
        ("창원시는 수출 사업을 추진한다.", "수출 사업"),
        ("성남시는 기존 전산화 사업을 추진한다.", "기존 전산화 사업"),
        ("충청남도는 주민 참여형 사업을 추진한다.", "주민 참여형 사업"),
    ],
)
def test_one_common_noun_and_a_head_of_projects_is_a_field_of_work_not_a_program(text, name):
    assert name not in programs(extract(text))


def test_two_nouns_before_a_head_of_projects_still_name_a_program():
    result = extract("김해시는 노인 돌봄 연계 사업을 추진한다.")
    assert ("김해시", "노인 돌봄 연계 사업") in pairs(result, "plans")


def test_programs_listed_before_a_plural_adjective_and_a_noun_of_programs():
    result = extract("센터는 앞으로 한별창업학교 운영, 나래리빙랩, 누리청년몰 조성사업, 로컬브랜드랩 등 다양한 창업 지원사업을 추진한다.")
    found = programs(result)
    assert {"나래리빙랩", "누리청년몰 조성사업", "로컬브랜드랩"} <= set(found)


def test_a_firms_own_facility_is_no_program():
    assert "냉장 보관센터" not in programs(extract("㈜가온건설은 냉장 보관센터를 구축할 예정이다."))
    assert ("수원시", "냉장 보관센터") in pairs(extract("수원시는 냉장 보관센터를 구축할 예정이다."), "plans")


def test_a_list_of_where_money_comes_from_names_no_programs_of_the_body():
    text = "수원시는 가온펀드를 결성했다. 이 펀드의 재원은 누리발전기금 300억원, 한별연금 100억원 등이다."
    assert not any(obj == "누리발전기금" for _, obj in pairs(extract(text), "plans"))


def test_a_list_of_fields_names_the_bodys_programs():
    result = extract("가람시는 올해 벤처펀드 3000억원을 조성한다고 밝혔다. 주요 분야는 나래성장펀드와 다온나래 벤처펀드 등이다.")
    assert ("가람시", "나래성장펀드") in pairs(result, "plans") or "나래성장펀드" in programs(result)


@pytest.mark.parametrize("text", ["양 기관은 긴밀한 협력 체계를 구축하기로 했다.", "두 기관은 상호 협력 체제를 갖추기로 했다."])
def test_a_head_that_names_alone_written_apart_is_still_a_program(text):
    assert any(name.replace(" ", "").endswith(("협력체계", "협력체제")) for name in programs(extract(text)))
