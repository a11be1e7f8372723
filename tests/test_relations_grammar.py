"""Who hosts, attends and where, read from the grammar of made-up sentences: relative clauses, topics,
clauses set apart by their own day or place."""

from __future__ import annotations

import pytest

from .made_up import facts


@pytest.mark.parametrize(
    "text, host, event",
    [
        # Kiwi may read 연 (열 + ㄴ) as a noun before a compound name: still the host's relative clause
        ("다라시가 이날 연 투자설명회에 가나바이오가 참석했다.", "다라시", "투자설명회"),
        ("다라시가 연 투자설명회에는 국내외 투자사 30곳이 참여했다.", "다라시", "투자설명회"),
        # a date between the subject and its relative verb ('지난 5일') is no predicate of its own
        ("다온테크가 지난 5일 개최한 창업세미나에는 200명이 몰렸다.", "다온테크", "창업세미나"),
        ("다온테크가 지난 5일 연 창업세미나에 한별재단이 참석했다.", "다온테크", "창업세미나"),
    ],
)
def test_the_subject_of_a_relative_host_clause_hosts_the_event_it_modifies(text, host, event):
    found = facts(text)
    assert (host, "organized", event) in found
    assert (host, "attended", event) not in found


def test_an_annual_figure_is_no_host_clause():
    found = facts("다온테크가 연 매출 100억원을 달성했다.")
    assert not {f for f in found if f[1] == "organized"}


def test_a_topic_with_its_place_particle_frames_the_main_clause_not_a_relative_one():
    # the forum held last month is only discussed at the meeting: no part of it
    found = facts("다라시는 가나바이오와 간담회를 열었다. 이번 간담회에서는 지난달 열린 '바이오 포럼'의 후속 조치가 논의됐다.")
    assert not {f for f in found if f[2] == "간담회" and f[1] == "partOf"}
    # nor is it hosted by the article's body: an event that only qualifies another noun ('포럼의 후속 조치') is talked about
    assert ("다라시", "organized", "바이오 포럼") not in found


def test_a_clause_with_a_day_and_place_of_its_own_is_no_part_of_what_was_attended_before():
    found = facts("김하늘 다라시장은 10일부터 15일까지 베트남과 태국을 순방한다. 김 시장은 11일 하노이에서 가나바이오 "
                  "현지공장 준공식에 참석하고, 13일에는 방콕에서 태국 정부와 업무협약을 체결한다.")
    assert ("업무협약", "partOf", "가나바이오 현지공장 준공식") not in found
    trip = "베트남과 태국 순방"
    # a ceremony another body holds is on the trip when the traveller attends it
    assert {("업무협약", "partOf", trip), ("가나바이오 현지공장 준공식", "partOf", trip)} <= found


def test_what_the_attendee_does_next_at_the_same_gathering_is_part_of_it():
    found = facts("박민준 장관은 가나포럼에 참석해 다온테크 대표와 면담을 가졌다.")
    assert ("다온테크 대표 면담", "partOf", "가나포럼") in found or any(
        p == "partOf" and o == "가나포럼" for _, p, o in found)


@pytest.mark.parametrize(
    "text, event",
    [
        ("부산에 본사를 둔 가나바이오의 김철수 대표도 이날 '바이오 포럼'에 참석했다.", "바이오 포럼"),
        ("가나바이오는 미국 보스턴에 연구소를 둔 바이오 기업으로, 이번 박람회에 참가했다.", "박람회"),
    ],
)
def test_a_place_that_only_says_where_a_body_keeps_something_is_no_venue(text, event):
    assert not {f for f in facts(text) if f[0] == event and f[1] == "heldIn"}


def test_a_booth_set_up_at_a_fair_is_no_hosting_of_the_fair():
    found = facts("다온테크는 다라시에서 열린 '스마트시티 전시회'에 부스를 마련해 참가했다.")
    assert ("다온테크", "organized", "스마트시티 전시회") not in found
    assert ("다온테크", "attended", "스마트시티 전시회") in found


@pytest.mark.parametrize(
    "text, who, event",
    [
        ("박민준 장관은 다라시가 개최한 간담회에서 '중소기업 지원 정책'을 소개했다.", "박민준", "간담회"),
        ("가나바이오 김철수 대표는 다온테크가 마련한 설명회에서 발표를 맡았다.", "김철수", "설명회"),
    ],
)
def test_who_presents_something_at_an_event_takes_part_in_it(text, who, event):
    assert (who, "attended", event) in facts(text)


def test_a_presentation_with_no_subject_of_its_own_names_no_one_present():
    found = facts("다라시와 한별재단은 수출 포럼을 열었다. 포럼에서는 새 지원사업을 소개했다.")
    assert not {f for f in found if f[1] == "attended"}
