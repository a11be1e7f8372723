"""Who attended and who organized a gathering, read from made-up sentences of the genre: the people named
at an event attend it; a body comes with its head only where it is a firm (a CEO at a roundtable) or a
party of the signing; a body that only names a person's post is no item of the list he is in."""

import pytest

from .made_up import facts

FORUM = "춘천시는 5일 '2025 창업 포럼'을 개최했다. "


@pytest.mark.parametrize("text, present, absent", [
    # a firm's head brings the firm; a mayor does not bring his city
    (FORUM + "이날 포럼에는 김다온 춘천시장과 가나바이오 이한별 대표 등 200여 명이 참석했다.",
     [("이한별", "attended", "2025 창업 포럼"), ("가나바이오", "attended", "2025 창업 포럼"),
      ("김다온", "attended", "2025 창업 포럼"), ("춘천시", "organized", "2025 창업 포럼")],
     [("춘천시", "attended", "2025 창업 포럼")]),
    # a council named before its chair: the chair attends, the council does not
    (FORUM + "포럼에는 춘천시의회 최나래 의장이 참석했다.",
     [("최나래", "attended", "2025 창업 포럼")],
     [("춘천시의회", "attended", "2025 창업 포럼")]),
    # at a signing only the parties' bodies attend with their heads, not a guest's city
    ("다온테크는 강원도와 투자협약을 체결했다고 밝혔다. 이 자리에는 김가람 도지사와 정하늘 대표, 김다온 춘천시장이 참석했다.",
     [("김다온", "attended", "투자협약")],
     [("춘천시", "attended", "투자협약")]),
    # a firm's head who speaks at the forum brings the firm along
    (FORUM + "이어 다온테크 정하늘 대표가 기조연설을 했다.",
     [("정하늘", "attended", "2025 창업 포럼"), ("다온테크", "attended", "2025 창업 포럼")], []),
])
def test_who_attends_with_whom(text, present, absent):
    found = facts(text)
    for fact in present:
        assert fact in found
    for fact in absent:
        assert fact not in found


def test_two_heads_named_with_their_bodies_host_together():
    """'A협회 김가 회장과 B부 박나 차관은 … 간담회를 열었다': both people meet, both bodies host."""
    found = facts("한별상공회의소 김진동 회장과 중소벤처기업부 박가람 차관은 이날 가나호텔에서 기업인 간담회를 열었다.")
    assert {("김진동", "attended", "기업인 간담회"), ("박가람", "attended", "기업인 간담회"),
            ("한별상공회의소", "organized", "기업인 간담회"), ("중소벤처기업부", "organized", "기업인 간담회")} <= found
