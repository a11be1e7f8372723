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
        ("중소벤처기업부는 '혁신 벤처펀드' 결성을 마무리했다.", "중소벤처기업부", "혁신 벤처펀드"),
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
        ("중소벤처기업부는 지역 특화 창업 프로그램 '로컬 크리에이터'를 운영한다.", "중소벤처기업부", "로컬 크리에이터",
         "지역 특화 창업 프로그램"),
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
