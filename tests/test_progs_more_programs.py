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
