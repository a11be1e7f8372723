"""Who takes part in a gathering and who signs, read from made-up sentences in the shapes press releases use:
one who presents at an event is there, a clause that opens the sentence shares the subject after it, a speech
named by its speaker places him at the event, an attendance after the clause that holds the event is at it, and
'A와 B 간에는' names the sides of the agreement the clause tells of."""

import pytest

from .made_up import facts

SYMMETRIC = {"signedMOUWith", "cooperatedWith"}


def _holds(fact, found) -> bool:
    subject, relation, obj = fact
    return fact in found or (relation in SYMMETRIC and (obj, relation, subject) in found)

FORUM = "춘천시는 5일 '2025 창업 포럼'을 개최했다. "


@pytest.mark.parametrize("text, fact", [
    # one who presents something at an event ('…에서 …에 대해 발표했다') takes part in it
    ("다온테크 정하늘 상무가 5일 '2025 창업 포럼'에서 창업 정책에 대해 발표했다.", ("정하늘", "attended", "2025 창업 포럼")),
    (FORUM + "이날 포럼에서 다온테크 정하늘 상무는 창업 정책에 관해 발표했다.", ("정하늘", "attended", "2025 창업 포럼")),
    # a body that announces its plan at a meeting is at the meeting
    ("중소벤처기업부는 5일 국무회의에서 '2025 수출 지원 계획'을 발표했다.", ("중소벤처기업부", "attended", "국무회의")),
    # a clause with no subject of its own that opens the sentence shares the topic after it
    ("5일 열린 '가나 기업인 간담회'를 마친 후 홍길동 중소벤처기업부 장관은 기자들과 만나 \"좋은 자리였다\"고 밝혔다.",
     ("홍길동", "attended", "가나 기업인 간담회")),
    ("'2025 창업 포럼'에 참석한 뒤 홍길동 장관은 다온테크를 방문했다.", ("홍길동", "attended", "2025 창업 포럼")),
    # a speech named by its speaker ('A의 축사', 'B의 기조연설') places the speaker at the event
    (FORUM + "포럼은 홍길동 중소벤처기업부 장관의 축사로 시작됐다.", ("홍길동", "attended", "2025 창업 포럼")),
    (FORUM + "포럼은 홍길동 중소벤처기업부 장관의 개회사, 정하늘 다온테크 대표의 기조연설 순으로 진행됐다.",
     ("정하늘", "attended", "2025 창업 포럼")),
    # an attendance with no event of its own, after the clause that holds one, is at that event
    ("'2025 창업 포럼'은 중소벤처기업부와 강원테크노파크가 공동으로 개최했으며 기업인 120여명이 참석했다.",
     ("기업인 120여명", "attended", "2025 창업 포럼")),
    ("춘천시는 5일 '2025 창업 포럼'을 열었고, 정하늘 다온테크 대표 등 기업인 50여명이 참가했다.",
     ("정하늘", "attended", "2025 창업 포럼")),
    # who goes with someone ('…와 함께') attends, visits or meets as he does
    ("홍길동 장관은 정하늘 다온테크 대표와 함께 '2025 창업 포럼'에 참석했다.", ("정하늘", "attended", "2025 창업 포럼")),
    # 'A가 주최하고 B가 주관한 X': both clauses modify X
    ("중소벤처기업부가 주최하고 강원테크노파크가 주관한 '2025 창업 포럼'에는 기업인 200여명이 참석했다.",
     ("중소벤처기업부", "organized", "2025 창업 포럼")),
    # '…이 참석한 이날 포럼': the day word between a relative clause and its noun is passed over
    (FORUM + "홍길동 중소벤처기업부 장관, 김가람 춘천시장 등 200여명이 참석한 이날 포럼에서는 창업 정책이 논의됐다.",
     ("김가람", "attended", "2025 창업 포럼")),
    # '자리하다': to be present at
    (FORUM + "이날 행사에는 홍길동 중소벤처기업부 장관과 김가람 춘천시장 등이 자리했다.", ("홍길동", "attended", "2025 창업 포럼")),
    # who hands out awards at an event is there
    (FORUM + "행사에서 김가람 춘천시장은 창업 유공자에게 표창을 수여했다.", ("김가람", "attended", "2025 창업 포럼")),
    # a person who does something through an event ('…를 통해') was at it
    ("홍길동 대통령은 '가나 국민보고대회'를 통해 30조원 규모의 투자계획을 발표했다.", ("홍길동", "attended", "가나 국민보고대회")),
    ("홍길동 장관은 '가나 기업인 간담회'를 통해 기업들의 의견을 들었다.", ("홍길동", "attended", "가나 기업인 간담회")),
    # a person who hears others out at an event is there
    ("홍길동 장관은 5일 '가나 기업인 간담회'에서 기업들의 애로사항을 청취했다.", ("홍길동", "attended", "가나 기업인 간담회")),
    # '양 기관은', '세 기관이': the bodies the sentence before names together sign with each other
    ("춘천시와 다라전자㈜가 손을 잡았다. 양 기관은 5일 시청에서 업무협약을 체결했다.", ("춘천시", "signedMOUWith", "다라전자")),
    ("중소벤처기업부와 한국가나대학교가 손을 맞잡았다. 두 기관은 5일 업무협약을 맺었다.",
     ("중소벤처기업부", "signedMOUWith", "한국가나대학교")),
    # 'X MOU(A-B)': the two sides of each agreement listed in brackets after its name
    ("산업통상자원부는 5일 가나국과 녹색성장 협력 MOU 3건을 체결했다. 이날 맺은 MOU는 ▦수소차 협력 MOU(현대자동차-코펜하겐시) 등이다.",
     ("현대자동차", "signedMOUWith", "코펜하겐시")),
    # 'A와 B 간에는 X가 체결됐다': A and B are the sides of X
    ("춘천상공회의소와 다온상공회의소연합 간에는 '민간 경제협력 MOU'가 체결됐다.",
     ("춘천상공회의소", "signedMOUWith", "다온상공회의소연합")),
    ("춘천시와 다온테크 간에 업무협약이 5일 체결됐다.", ("춘천시", "signedMOUWith", "다온테크")),
])
def test_who_takes_part(text, fact):
    assert _holds(fact, facts(text))


@pytest.mark.parametrize("text, fact", [
    # a plan announced at a building is at no event
    ("중소벤처기업부는 5일 정부세종청사에서 '2025 수출 지원 계획'을 발표했다.", ("중소벤처기업부", "attended", "정부세종청사")),
    # a clause with a subject of its own keeps it: the forum is held, the minister visits a firm
    ("'2025 창업 포럼'이 열린 가운데 홍길동 장관은 다온테크를 방문했다.", ("홍길동", "attended", "2025 창업 포럼")),
    # a fair only planned has no attendees yet
    ("춘천시는 5일 '2025 창업 포럼'을 열 예정이며 기업인 50여명이 참가한다.", ("기업인 50여명", "attended", "2025 창업 포럼")),
    # a body located somewhere ('…에 자리한') attends nothing
    ("다라전자㈜는 춘천시에 자리한 기업이다. " + FORUM, ("다라전자", "attended", "2025 창업 포럼")),
    # the firms listed together as the partner of a signing ceremony are one side: they sign with the host, not
    # with each other
    ("5일 춘천시에 따르면 이날 시청에서 다라전자㈜, 가온화학㈜ 등 부품 생산기업과 투자 협약식을 가졌다.",
     ("다라전자", "signedMOUWith", "가온화학")),
    # a body that holds a meeting and hears its guests is its host, not one at it; nor does a body attend the
    # presentation it plans through one
    ("중소벤처기업부는 5일 '가나 기업인 간담회'를 열고 기업들의 애로사항을 청취했다.",
     ("중소벤처기업부", "attended", "가나 기업인 간담회")),
    ("중소벤처기업부는 '2025 지원사업 설명회'를 통해 지원사업을 소개할 계획이다.",
     ("중소벤처기업부", "attended", "2025 지원사업 설명회")),
    # '양 기관은' after a sentence that names three bodies stands for none of them
    ("중소벤처기업부와 다라전자㈜, 한국가나대학교가 손을 잡았다. 양 기관은 5일 업무협약을 맺었다.",
     ("중소벤처기업부", "signedMOUWith", "다라전자")),
    # '양 기관은' after a sentence that names no two bodies stands for no one
    ("춘천시는 창업 지원을 강화한다. 양 기관은 5일 다라전자㈜와 업무협약을 체결했다.", ("춘천시", "signedMOUWith", "다라전자")),
    # an agreement in brackets that is only to be signed is no signed one
    ("산업통상자원부는 5일 가나국과 녹색성장 협력 MOU 3건을 체결했다. 다음 달에는 수소차 협력 MOU(현대자동차-코펜하겐시)를 "
     "체결할 예정이다.", ("현대자동차", "signedMOUWith", "코펜하겐시")),
    # '간에는' before a clause that names no agreement makes no sides
    ("춘천시와 다온테크 간에는 교류가 이어지고 있다. 춘천시는 지난해 한국가나대학교와 업무협약을 체결했다.",
     ("춘천시", "signedMOUWith", "다온테크")),
])
def test_who_does_not(text, fact):
    assert not _holds(fact, facts(text))
