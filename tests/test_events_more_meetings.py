"""Meetings told through what is done at them: '…와의 회담을 통해 논의했다' names a meeting that the subject and
those it is with take part in."""

import pytest

from .made_up import assert_facts, facts


@pytest.mark.parametrize("text, present, absent", [
    ("김가람 지사는 가나전자와의 회담을 통해 공장 증설을 논의했다.",
     [("김가람", "attended", "가나전자와의 회담"), ("가나전자", "attended", "가나전자와의 회담")], []),
    # both firms listed before 와의 are met; neither hosts
    ("김가람 지사는 다온테크와 한별바이오와의 회담을 통해 공장 증설을 논의했다.",
     [("다온테크", "attended", "다온테크와 한별바이오와의 회담"), ("한별바이오", "attended", "다온테크와 한별바이오와의 회담")],
     [("다온테크", "organized", "다온테크와 한별바이오와의 회담")]),
])
def test_a_meeting_through_which_a_matter_is_discussed(text, present, absent):
    assert_facts(text, present, absent)


def test_discussing_a_signing_is_not_attending_it():
    found = facts("가나시와 다라시는 투자협약 체결을 논의했다.")
    assert not any(p == "attended" for _, p, _ in found)
