"""Who attended and who organized a gathering, read from made-up sentences of the genre: the people named
at an event attend it; a body comes with its head only where it is a firm (a CEO at a roundtable) or a
party of the signing; a body that only names a person's post is no item of the list he is in."""

import pytest

from .made_up import assert_facts, facts

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
    assert_facts(text, present, absent)


def test_two_heads_named_with_their_bodies_host_together():
    """'A협회 김가 회장과 B부 박나 차관은 … 간담회를 열었다': both people meet, both bodies host."""
    found = facts("한별상공회의소 김진동 회장과 중소벤처기업부 박가람 차관은 이날 가나호텔에서 기업인 간담회를 열었다.")
    assert {("김진동", "attended", "기업인 간담회"), ("박가람", "attended", "기업인 간담회"),
            ("한별상공회의소", "organized", "기업인 간담회"), ("중소벤처기업부", "organized", "기업인 간담회")} <= found


@pytest.mark.parametrize("text, fact", [
    # who sits in on a signing or witnesses it attends it
    ("춘천시는 다온테크와 업무협약을 체결했다. 협약식에는 김다온 시장과 정하늘 다온테크 대표가 참석했고 박가람 차관이 배석했다.",
     ("박가람", "attended", "업무협약")),
    ("춘천시는 다온테크와 업무협약을 체결했다. 협약식에는 춘천시의회 최나래 의장이 입회했다.", ("최나래", "attended", "업무협약")),
    ("김다온 춘천시장은 박가람 차관이 배석한 가운데 다온테크와 업무협약을 체결했다.", ("박가람", "attended", "업무협약")),
    # a photo caption: those who pose at the ceremony were there
    ("김다온 춘천시장과 정하늘 다온테크 대표가 5일 열린 투자 협약식에서 기념사진을 찍고 있다.", ("정하늘", "attended", "투자 협약식")),
    # a relative clause that describes one item of the list does not end it
    ("춘천시는 다온테크와 투자협약을 체결했다. 이날 협약 체결에는 김다온 춘천시장, 최나래 시의회 의장과 정하늘 다온테크 대표, "
     "협약 체결을 도운 박나무 전 장관, 이한별 가나바이오 대표 등 10여명이 참석했다.", ("최나래", "attended", "투자협약")),
    # a venue named after the body that signs is its own premises: it hosts the signing
    ("한국가나공사(KGC)는 10일 KGC 다온사옥에서 다온테크와 업무협약을 체결했다.", ("한국가나공사", "organized", "업무협약")),
])
def test_who_is_there(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, fact", [
    # a clause that ends inside the list ('…에 이어 열린 자리로') is no description of an item: what it names is no attendee
    ("춘천시는 5일 기업 간담회를 열었다. 이날 간담회는 동구와 서구, 달성군에 이어 세 번째로 열린 자리로 기업인 등 30명이 참여했다.",
     ("달성군", "attended", "기업 간담회")),
    # a venue named after another body is not the signer's own
    ("다온테크는 10일 KGC 다온사옥에서 한국가나공사와 업무협약을 체결했다.", ("다온테크", "organized", "업무협약")),
    # a photo shot at no event places no one anywhere
    ("춘천시는 5일 기업 간담회를 열었다. 한편 다온테크는 홍보 영상을 촬영할 계획이다.", ("다온테크", "attended", "기업 간담회")),
])
def test_who_is_not_there(text, fact):
    assert fact not in facts(text)


@pytest.mark.parametrize("text", [
    "춘천시는 강원테크노파크와 공동주최로 '강원 수출상담회'를 열었다.",
    "춘천시는 강원테크노파크와 공동 주최로 '강원 수출상담회'를 열었다.",
    "춘천시는 강원테크노파크와 공동주관으로 '강원 수출상담회'를 개최했다.",
])
def test_who_hosts_jointly_with_the_subject_hosts_too(text):
    """'A는 B와 공동 주최로 …를 열었다': B is a co-host, not a guest."""
    found = facts(text)
    assert {("춘천시", "organized", "강원 수출상담회"), ("강원테크노파크", "organized", "강원 수출상담회")} <= found
    assert ("강원테크노파크", "attended", "강원 수출상담회") not in found
