"""What is only planned stays planned across ordinary Korean: a stop of a coming trip told in the present, a clause
led by a meeting or an attendance into what is done there, past
background ('…한 바 있다', '지난해 …'). A planned signing or investment is an event with its parties, never a direct
edge. Made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import assert_facts, extract


def statuses(text: str) -> dict[str, str]:
    return {e.name: e.status for e in extract(text).entities.values() if e.status is not None}


@pytest.mark.parametrize(
    "text, event, status",
    [
        # a meeting or an attendance that leads by 어/아 into what is done there is as far along as that clause
        ("가나부는 수주지원단을 꾸려 중남미 3개국(페루·우루과이·칠레)을 방문한다고 30일 밝혔다. 우루과이에서는 "
         "교통공공사업부장관을 면담해 철도분야 협력방안을 논의할 예정이다.", "우루과이 면담", "planned"),
        ("가나부는 수주지원단을 꾸려 중남미 3개국(페루·우루과이·칠레)을 방문했다고 30일 밝혔다. 우루과이에서는 "
         "교통공공사업부장관을 면담해 철도분야 협력방안을 논의했다.", "우루과이 면담", "completed"),
        ("김 지사는 18일 도쿄에서 열리는 월드옥타 세계대표자대회 개회식에 참석해 기조강연을 한다.", "월드옥타 세계대표자대회 개회식", "planned"),
        ("김 지사는 18일 도쿄에서 열린 월드옥타 세계대표자대회 개회식에 참석해 기조강연을 했다.", "월드옥타 세계대표자대회 개회식", "completed"),
        ("김철수 시장은 박람회 개막식에 참석한 뒤 다라전자와 업무협약을 체결할 계획이다.", "박람회 개막식", "planned"),
        # a stop of a coming trip told with no past tense of its own is still to come, even after a comma
        ("가나도는 경제협력을 위해 3박 4일 일정으로 다라국을 방문한다. 김철수 지사 등 대표단은 다음 달 6일부터 9일까지 "
         "다라시와 마바시를 방문할 계획이다. 마바시 방문 중에는 가나도립미술관 소장전 개막식에 참석하고, 마바시에 본사를 둔 "
         "기업 2곳도 방문할 예정이다.", "개막식", "planned"),
        ("가나도 대표단이 26일부터 다음달 1일까지 다라국 마바시를 방문한다. 현지 자본 유치를 위한 투자유치설명회도 열어 "
         "도내 관광 인프라를 소개한다.", "현지 자본 유치를 위한 투자유치설명회", "planned"),
        ("가나도 대표단이 지난 26일부터 1일까지 다라국 마바시를 방문했다. 현지 자본 유치를 위한 투자유치설명회도 열어 "
         "도내 관광 인프라를 소개했다.", "현지 자본 유치를 위한 투자유치설명회", "completed"),
        # a signing or an investment told as a plan, a decision, or in the present tense
        ("가나시는 다라재단과 업무협약을 체결할 예정이다.", "업무협약", "planned"),
        ("가나시는 다라재단과 업무협약을 체결하기로 했다.", "업무협약", "planned"),
        ("가나시는 다라재단과 업무협약을 맺을 계획이다.", "업무협약", "planned"),
        ("김철수 시장은 오는 5일 다라전자와 업무협약을 체결한다.", "업무협약", "planned"),
        ("다라전자는 가나시에 500억원을 투자할 계획이다.", "500억원 투자", "planned"),
        ("다라전자는 가나시에 500억원을 투자하기로 했다.", "500억원 투자", "planned"),
        ("다라전자는 가나시에 500억원을 투자한다.", "500억원 투자", "planned"),
        # a comma sets a done clause apart before a noun of plan, not before a plain present in a sentence with no past tense
        ("가나시는 12일 다라전자와 업무협약을 체결하고, 공장을 둘러본다.", "업무협약", "planned"),
        ("가나시는 12일 다라전자와 업무협약을 체결하고, 공장을 둘러봤다.", "업무협약", "completed"),
        ("가나시는 12일 간담회를 열고, 지역 기업인의 의견을 듣는다.", "간담회", "planned"),
        ("가나원은 간담회를 열고, 내년부터 새 사업을 추진할 계획이다.", "간담회", "completed"),
        ("다라전자는 가나시에 500억원을 투자하고, 공장을 짓는다.", "500억원 투자", "planned"),
        # a signing that is the content of an option under review is no done signing
        ("가나시와 다라전자는 업무협약을 체결하는 방안을 검토하고 있다.", "업무협약", "in-progress"),
        # past background
        ("가나시는 지난해 다라전자와 업무협약을 체결한 바 있다.", "업무협약", "completed"),
        ("다라전자는 지난해 가나시에 500억원을 투자한 바 있다.", "500억원 투자", "completed"),
        # called off
        ("가나시와 다라재단의 업무협약 체결이 연기됐다.", "업무협약", "postponed"),
        ("가나시와 다라재단은 업무협약을 체결할 예정이었으나 취소됐다.", "업무협약", "cancelled"),
    ],
)
def test_an_events_status_follows_the_clause_it_belongs_to(text, event, status):
    assert statuses(text)[event] == status


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("김철수 시장은 개막식에 참석한 뒤 다라전자와 업무협약을 체결할 계획이다.",
         {("업무협약", "party", "김철수"), ("업무협약", "party", "다라전자")}, {("김철수", "signedMOUWith", "다라전자")}),
        ("김철수 시장은 오는 5일 다라전자와 업무협약을 체결한다.",
         {("업무협약", "party", "다라전자")}, {("김철수", "signedMOUWith", "다라전자")}),
        ("다라전자는 가나시에 500억원을 투자하기로 했다.", set(), {("다라전자", "invested", "가나시")}),
        ("가나시와 다라전자는 업무협약을 체결하는 방안을 검토하고 있다.",
         {("업무협약", "party", "가나시"), ("업무협약", "party", "다라전자")}, {("가나시", "signedMOUWith", "다라전자")}),
        ("다라전자는 가나시에 500억원을 투자한다.", set(), {("다라전자", "invested", "가나시")}),
        ("다라전자는 가나시에 500억원을 투자하고, 공장을 짓는다.", set(), {("다라전자", "invested", "가나시")}),
        ("가나시는 12일 다라전자와 업무협약을 체결하고, 공장을 둘러본다.",
         {("업무협약", "party", "다라전자")}, {("가나시", "signedMOUWith", "다라전자")}),
        ("가나시는 지난해 다라전자와 업무협약을 체결한 바 있다.", {("가나시", "signedMOUWith", "다라전자")}, set()),
        ("가나시는 지난해 다라전자와 업무협약을 맺었고, 올해는 공동 연구를 시작한다.", {("가나시", "signedMOUWith", "다라전자")}, set()),
        ("가나시는 오는 12일 다라전자와 업무협약을 체결할 예정이며, 이어 마바대와도 협약을 맺는다.",
         {("업무협약", "party", "다라전자")}, {("가나시", "signedMOUWith", "다라전자"), ("가나시", "signedMOUWith", "마바대")}),
        ("다라전자는 지난해 가나시에 500억원을 투자한 바 있다.", {("다라전자", "invested", "가나시")}, set()),
    ],
)
def test_only_a_completed_signing_or_investment_is_a_direct_edge(text, present, absent):
    assert_facts(text, present, absent)
