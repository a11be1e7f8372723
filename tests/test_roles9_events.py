"""Who hosts, who takes part, who works with whom and what happens within what, read from made-up sentences in the
shapes press releases use: hosts by 개최/주최/주관/열다/마련하다 in both voices and in relative clauses, co-hosts
('공동 주최', 'A와 B가 공동으로', 'A는 B와 … 공동 개최', 'B와 합동 설명회'), sponsors (후원), attendees by
참석/참가/자리하다/함께하다/동행/배석, speeches and panels, lists of guests, cooperation on a named thing ('X와 함께',
'X와 … 공동 추진', 'X와 협력해'), and the events held on a trip or within a larger event ('방문 기간 중', '부대행사로',
'행사에서 열린 협약식')."""

import pytest

from .made_up import assert_facts

FORUM = "'2025 창업 포럼'"
FAIR = "'2025 창업 박람회'"


@pytest.mark.parametrize("text, present, absent", [
    # hosts, in every voice and order
    (f"중소벤처기업부는 5일 서울 코엑스에서 {FAIR}를 개최했다.", [("중소벤처기업부", "organized", "2025 창업 박람회")], []),
    (f"{FAIR}는 중소벤처기업부가 주최하고 창업진흥원이 주관했다.",
     [("중소벤처기업부", "organized", "2025 창업 박람회"), ("창업진흥원", "organized", "2025 창업 박람회")], []),
    ("한국무역협회는 6일 회원사를 대상으로 '수출 전략 설명회'를 마련했다.", [("한국무역협회", "organized", "수출 전략 설명회")], []),
    ("춘천시는 지난 3일 시청 대회의실에서 '청년 창업 간담회'를 열었다.", [("춘천시", "organized", "청년 창업 간담회")], []),
    ("산업통상자원부 주최로 열린 '2025 수출 포럼'에는 기업인 100여명이 참석했다.",
     [("산업통상자원부", "organized", "2025 수출 포럼"), ("기업인 100여명", "attended", "2025 수출 포럼")], []),
    ("창업진흥원은 오는 10일 '2025 창업 설명회'를 개최할 예정이다.", [("창업진흥원", "organized", "2025 창업 설명회")], []),
    ("중소벤처기업부가 주관하는 '2025 창업 경진대회'가 5일 개막했다.", [("중소벤처기업부", "organized", "2025 창업 경진대회")], []),
    ("'2025 창업 설명회'는 창업진흥원 주관으로 서울 코엑스에서 열렸다.", [("창업진흥원", "organized", "2025 창업 설명회")], []),
    # co-hosts: both host, and the first works with each other one
    (f"중소벤처기업부와 강원도가 공동 주최한 {FORUM}이 5일 춘천에서 열렸다.",
     [("중소벤처기업부", "organized", "2025 창업 포럼"), ("강원특별자치도", "organized", "2025 창업 포럼"),
      ("중소벤처기업부", "cooperatedWith", "강원특별자치도")], []),
    (f"춘천시와 강원대학교가 공동으로 {FORUM}을 개최했다.",
     [("강원대학교", "organized", "2025 창업 포럼"), ("춘천시", "cooperatedWith", "강원대학교")], []),
    (f"{FORUM}은 춘천시와 강원대학교가 공동 주관했다.",
     [("강원대학교", "organized", "2025 창업 포럼"), ("춘천시", "cooperatedWith", "강원대학교")], []),
    (f"춘천시는 강원대학교와 {FORUM}을 공동 개최했다.",
     [("강원대학교", "organized", "2025 창업 포럼"), ("춘천시", "cooperatedWith", "강원대학교")],
     [("강원대학교", "attended", "2025 창업 포럼")]),
    (f"춘천시는 강원대학교와 {FORUM}을 함께 열었다.",
     [("강원대학교", "organized", "2025 창업 포럼"), ("춘천시", "cooperatedWith", "강원대학교")], []),
    ("대구경북경제자유구역청은 포항테크노파크, 경북경산산학융합원과 함께 5일 '2025 투자상담회'를 마련했다.",
     [("포항테크노파크", "organized", "2025 투자상담회"), ("경북경산산학융합원", "organized", "2025 투자상담회"),
      ("대구경북경제자유구역청", "cooperatedWith", "포항테크노파크")], []),
    ("광주테크노파크는 4일 와이앤아처와 합동 투자유치설명회를 개최했다.",
     [("와이앤아처", "organized", "합동 투자유치설명회"), ("광주테크노파크", "cooperatedWith", "와이앤아처")], []),
    # sponsors (후원) work with the body that runs the event, and host nothing
    ("세종경제포럼은 세종상공회의소가 주관하고, 세종특별자치시, KB국민은행, NH농협은행의 후원으로 진행됐다.",
     [("세종상공회의소", "organized", "세종경제포럼"), ("세종특별자치시", "cooperatedWith", "세종상공회의소"),
      ("NH농협은행", "cooperatedWith", "세종상공회의소")], [("NH농협은행", "organized", "세종경제포럼")]),
    (f"{FORUM}은 춘천시가 주최하고 강원대학교가 주관하며 신한은행이 후원한다.",
     [("신한은행", "cooperatedWith", "강원대학교")], [("신한은행", "organized", "2025 창업 포럼")]),
    ("신한은행은 청년 창업가 10명을 후원하고 있다.", [], [("신한은행", "cooperatedWith", "청년 창업가 10명")]),
    # bodies that each hold an event of their own, or meet at one, do not work together for it
    ("괴산군과 증평군, 영동군 역시 대보름 행사를 열지 않기로 했다.", [], [("괴산군", "cooperatedWith", "증평군")]),
    ("홍길동 장관과 김기문 중소기업중앙회 회장이 간담회를 진행했다.", [], [("중소벤처기업부", "cooperatedWith", "중소기업중앙회")]),
    # a signing's sides are its parties, however jointly it is done
    ("춘천시와 다온테크는 업무협약을 공동 체결했다.", [("춘천시", "signedMOUWith", "다온테크")],
     [("춘천시", "cooperatedWith", "다온테크")]),
    # cooperation on a named programme
    ("춘천시는 강원대학교와 함께 '청년 창업 지원사업'을 추진한다.", [("춘천시", "cooperatedWith", "강원대학교")], []),
    ("춘천시는 강원대학교와 '청년 창업 지원사업'을 공동 추진한다.", [("춘천시", "cooperatedWith", "강원대학교")], []),
    ("창업진흥원과 강원대학교는 '청년 창업 캠프'를 공동 추진한다.", [("창업진흥원", "cooperatedWith", "강원대학교")], []),
    ("춘천시는 강원테크노파크와 협력해 '스마트공장 보급사업'을 진행하고 있다.", [("춘천시", "cooperatedWith", "강원테크노파크")], []),
    ("특허청은 영국 특허청과 중소기업 지식재산 지원을 위한 협력을 확대하기로 했다.", [("특허청", "cooperatedWith", "영국 특허청")], []),
    # who takes part
    (f"이날 {FORUM}에는 홍길동 중소벤처기업부 장관, 김가람 춘천시장, 박다온 강원대 총장 등 200여명이 참석했다.",
     [("홍길동", "attended", "2025 창업 포럼"), ("김가람", "attended", "2025 창업 포럼"), ("박다온", "attended", "2025 창업 포럼")], []),
    (f"{FORUM}에는 홍길동 장관을 비롯해 김가람 춘천시장, 박다온 강원대 총장 등이 참석했다.",
     [("홍길동", "attended", "2025 창업 포럼"), ("박다온", "attended", "2025 창업 포럼")], []),
    (f"{FORUM}에서는 정하늘 다온테크 대표가 기조연설을 했다.", [("정하늘", "attended", "2025 창업 포럼")], []),
    (f"정하늘 다온테크 대표는 {FORUM}에 패널로 참여했다.", [("정하늘", "attended", "2025 창업 포럼")], []),
    (f"{FORUM}에는 스타트업 30개사가 참가했다.", [("스타트업 30개사", "attended", "2025 창업 포럼")], []),
    ("홍길동 장관은 5일 '청년 창업 간담회'를 주재했다.", [("홍길동", "attended", "청년 창업 간담회")], []),
    ("홍길동 장관의 베트남 방문에는 기업인 20여명이 동행했다.", [("기업인 20여명", "attended", "베트남 방문")], []),
    ("이날 '청년 창업 간담회'에는 김가람 춘천시장이 함께했다.", [("김가람", "attended", "청년 창업 간담회")], []),
    (f"{FAIR}에는 중소벤처기업부, 춘천시, 강원대학교 관계자 등 50여명이 자리했다.",
     [("중소벤처기업부", "attended", "2025 창업 박람회"), ("강원대학교", "attended", "2025 창업 박람회")], []),
    (f"중소벤처기업부는 {FAIR}에 참가해 지원 정책을 홍보했다.", [("중소벤처기업부", "attended", "2025 창업 박람회")], []),
    (f"{FORUM}에는 홍길동 장관 외에 김가람 춘천시장도 참석했다.",
     [("홍길동", "attended", "2025 창업 포럼"), ("김가람", "attended", "2025 창업 포럼")], []),
    (f"{FORUM}에는 중소벤처기업부뿐 아니라 강원도도 참가했다.", [("중소벤처기업부", "attended", "2025 창업 포럼")], []),
    ("이날 포럼에서 정하늘 다온테크 대표는 '창업 생태계'를 주제로 강연했다.", [("정하늘", "attended", "포럼")], []),
    (f"{FORUM}에서 정하늘 다온테크 대표가 발제를 맡았다.", [("정하늘", "attended", "2025 창업 포럼")], []),
    ("홍길동 장관은 '청년 창업 간담회'에서 발언했다.", [("홍길동", "attended", "청년 창업 간담회")], []),
    # the speaker a speech is named by gives it, not the subject of the sentence before
    (f"춘천시는 5일 {FORUM}을 개최했다. 정하늘 다온테크 대표의 강연이 이어졌다.",
     [("정하늘", "attended", "2025 창업 포럼")], [("춘천시", "attended", "2025 창업 포럼")]),
    (f"홍길동 장관은 5일 {FORUM}에 참석했다. 이어 축사를 했다.", [("홍길동", "attended", "2025 창업 포럼")], []),
    # what happens on a trip or within a larger event
    ("홍길동 장관은 베트남 방문 기간 중 하노이에서 '한-베 스타트업 포럼'에 참석했다.",
     [("한-베 스타트업 포럼", "partOf", "베트남 방문"), ("홍길동", "attended", "한-베 스타트업 포럼")], []),
    ("홍길동 장관은 미국 출장 중 뉴욕에서 '한인 기업인 간담회'를 가졌다.", [("한인 기업인 간담회", "partOf", "미국 출장")], []),
    ("홍길동 장관은 베트남을 방문해 현지 진출 기업 간담회를 열었다.", [("현지 진출 기업 간담회", "partOf", "베트남 방문")], []),
    (f"{FAIR}의 부대행사로 '투자 상담회'가 열렸다.", [("투자 상담회", "partOf", "2025 창업 박람회")], []),
    (f"{FORUM}의 일환으로 '스타트업 IR 피칭'이 열렸다.", [("스타트업 IR 피칭", "partOf", "2025 창업 포럼")], []),
    (f"이날 {FAIR}에서는 '투자 상담회'도 함께 열렸다.", [("투자 상담회", "partOf", "2025 창업 박람회")], []),
    (f"{FORUM}에서 열린 협약식에서 춘천시와 다온테크는 업무협약을 체결했다.",
     [("협약식", "partOf", "2025 창업 포럼"), ("춘천시", "signedMOUWith", "다온테크")], []),
    ("춘천시는 2025 창업 박람회 기간 중 청년 창업 토크콘서트를 열었다.", [("청년 창업 토크콘서트", "partOf", "2025 창업 박람회")], []),
    (f"{FAIR} 기간 중에는 '청년 창업 토크콘서트'도 진행됐다.", [("청년 창업 토크콘서트", "partOf", "2025 창업 박람회")], []),
    (f"춘천시는 {FAIR} 기간 중 '청년 창업 토크콘서트'를 열었다.", [("청년 창업 토크콘서트", "partOf", "2025 창업 박람회")], []),
    (f"{FAIR} 부대행사로 '투자 상담회'가 열렸다.", [("투자 상담회", "partOf", "2025 창업 박람회")], []),
    (f"{FAIR} 첫 행사로 '투자 상담회'가 열렸다.", [("투자 상담회", "partOf", "2025 창업 박람회")], []),
    # an event told beside another, or named by a generic word after it, is no part of it
    (f"{FAIR} 행사로 '투자 상담회'가 열렸다.", [], [("투자 상담회", "partOf", "2025 창업 박람회")]),
    (f"{FAIR}와 연계해 '청년 창업 포럼'이 열렸다.", [], [("청년 창업 포럼", "partOf", "2025 창업 박람회")]),
])
def test_roles_around_events(text, present, absent):
    assert_facts(text, present, absent)
