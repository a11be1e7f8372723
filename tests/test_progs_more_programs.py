"""Programs named in quotes with no head noun, and who runs them (kg/extract/programs.py)."""

import pytest

from .made_up import extract, pairs, programs


@pytest.mark.parametrize(
    "text, program, body",
    [
        ("가나진흥원이 운영하는 '다라 도약 패키지'에 참여한 기업들이 성과를 냈다.", "다라 도약 패키지", "가나진흥원"),
        ("가나시가 추진 중인 '다라 누리 마당'이 공모에 선정됐다.", "다라 누리 마당", "가나시"),
    ],
)
def test_a_quoted_name_a_bodys_clause_of_running_describes_is_its_program(text, program, body):
    result = extract(text)
    assert program in programs(result)
    assert (body, program) in pairs(result, "plans")


def test_a_quoted_name_after_a_clause_of_no_running_is_no_program():
    assert "다라 누리 마당" not in programs(extract("가나시가 소개한 '다라 누리 마당'에 관심이 모였다."))


@pytest.mark.parametrize(
    "text, not_programs",
    [
        ("공단은 몽골, 모잠비크 등 해외 교통안전 관련 공적개발원조 사업에 참여하고 있다.", {"몽골", "모잠비크"}),
        ("가나본부를 비롯해 다라사업본부, 마바진흥본부 등 가나진흥원 본부별 사업 책임자가 참여한다.", {"다라사업본부", "마바진흥본부"}),
    ],
)
def test_places_and_a_bodys_units_listed_before_a_noun_of_programs_are_no_programs(text, not_programs):
    assert not not_programs & set(programs(extract(text)))


def test_an_approximate_count_ends_a_programs_name_on_the_left():
    found = programs(extract("설명회는 약 1000여명 지원사업 대상자가 참석한 가운데 열린다."))
    assert not any("1000" in name for name in found)
