"""A call between two sides: the official met takes part for his body, and a body met through an unnamed official
('가나부 장관과 만나', '다라청장을 면담해') takes part itself; a meeting its own verb names is what the clause is about."""

import pytest

from .made_up import facts

VISIT = "국토교통부는 남미 2개국을 방문한다. "


@pytest.mark.parametrize("text, present", [
    # a ministry met through its minister, a city through its mayor
    (VISIT + "김가람 차관은 페루를 방문해 교통통신부장관과 리마시장을 차례로 만날 예정이다.",
     [("교통통신부", "attended", "페루 방문"), ("리마시", "attended", "페루 방문"), ("김가람", "attended", "페루 방문")]),
    # a meeting named by its verb ('면담했다'), or by its noun ('면담을 가졌다')
    ("김가람 장관은 5일 칠레 에너지부장관과 면담했다.",
     [("칠레 에너지부", "attended", "칠레 에너지부장관 면담"), ("김가람", "attended", "칠레 에너지부장관 면담")]),
    ("김가람 장관은 5일 에너지부장관과 면담을 가졌다.", [("에너지부", "attended", "에너지부장관 면담")]),
])
def test_a_body_met_through_its_official_attends(text, present):
    found = facts(text)
    for fact in present:
        assert fact in found


def test_an_event_the_later_clause_also_holds_is_not_what_the_first_meets_about():
    """'… 차관과 면담해 논의하고, 체결식도 진행한다': those met are not at the signing the later clause holds."""
    found = facts("김가람 차관은 페루를 방문한다. 또한 페루 법무부 차관과 면담해 협력 방안을 논의하고, 지적 분야 MOU 체결식도 진행한다.")
    assert ("페루 법무부", "attended", "지적 분야 MOU 체결식") not in found


def test_an_official_met_brings_his_side():
    """'가나국 다라부 차관과 만나': a call between two sides; the one met takes part for his ministry."""
    found = facts("김가람 복지부 실장은 14일 서울 가나호텔에서 아자트 오베조프 투르크메니스탄 보건의료산업부 차관과 만나 "
                  "협력 방안을 논의했다.")
    meeting = "아자트 오베조프 투르크메니스탄 보건의료산업부 차관 면담"
    assert {("아자트 오베조프", "attended", meeting), ("투르크메니스탄 보건의료산업부", "attended", meeting)} <= found
