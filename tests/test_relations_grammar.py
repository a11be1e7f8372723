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


TOUR = "김민준 외교부 장관은 다음 주 폴란드, 체코와 교황청을 잇달아 방문한다. 김 장관은 5일 체코에서 얀 노박 외무장관과 회담한다."


def _tour(title: str | None = None):
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    from .made_up import LEXICON

    result = extract_article(Article(source=Path("made-up.txt"), index=0, title=title, text=TOUR), LEXICON)
    name = {k: e.name for k, e in result.entities.items()}
    return result, {(name[r.subject], r.predicate, name[r.object]) for r in result.relations}


def test_a_list_of_destinations_may_join_countries_and_a_state_named_as_its_government():
    _, found = _tour()
    trip = "폴란드, 체코와 교황청 방문"
    assert {(trip, "heldIn", "폴란드"), (trip, "heldIn", "체코"), ("김민준", "attended", trip)} <= found


def test_a_meeting_told_by_its_verb_is_attended_by_both_sides_and_its_counterpart_holds_no_post_at_home():
    _, found = _tour()
    meeting = "얀 노박 외무장관 회담"
    assert {("김민준", "attended", meeting), ("노박", "attended", meeting), (meeting, "heldIn", "체코")} <= found
    assert ("노박", "affiliatedWith", "외교부") not in found


def test_the_headline_names_the_trip_the_body_tells_with_another_trip_word():
    result, _ = _tour("김민준 장관, 중부유럽 3개국 순방")
    trip = next(e for e in result.entities.values() if e.name == "폴란드, 체코와 교황청 방문")
    assert "중부유럽 3개국 순방" in trip.aliases


@pytest.mark.parametrize(
    "text, host, event",
    [
        # a body with 에서 opening an active clause that names no other subject is its subject
        ("한국산업인력공단에서는 오는 9일 학부모를 대상으로 진로 설명회를 실시한다.", "한국산업인력공단", "진로 설명회"),
        ("중소벤처기업부에서 다음 달 지원사업 설명회를 연다.", "중소벤처기업부", "지원사업 설명회"),
    ],
)
def test_a_body_with_eseo_opening_an_active_clause_hosts(text, host, event):
    found = facts(text)
    assert (host, "organized", event) in found
    assert (host, "attended", event) not in found  # those the event is for attend; its subject does not


def test_a_body_with_eseo_before_a_passive_relative_verb_is_only_the_venue():
    found = facts("중소벤처기업부에서 지난 5일 개최된 협약식에는 김민준 장관과 이서연 위원장이 함께했다.")
    assert not {f for f in found if f[0] == "중소벤처기업부" and f[1] in {"organized", "party"}}


def test_a_verb_that_only_says_what_an_agreement_is_about_takes_none_of_the_clause():
    found = facts("한별재단이 서울 한별재단 본사에서 한국토지주택공사와 청년 주거 지원을 골자로 하는 업무협약을 맺었다.")
    assert ("한국토지주택공사", "signedMOUWith", "한별재단") in found or ("한별재단", "signedMOUWith", "한국토지주택공사") in found
    assert any(s == "한별재단" and p == "organized" for s, p, _ in found)  # at its own headquarters


def test_a_place_named_before_another_event_is_that_events_venue():
    found = facts("김민준 원장은 다음 주 싱가포르에서 열릴 ‘아시아 물류 포럼’에 앞서 8일 하노이에서 다온테크 임직원들과 "
                  "오찬 간담회를 했다.")
    assert ("아시아 물류 포럼", "heldIn", "싱가포르") in found
    assert not {f for f in found if f[0].endswith("간담회") and f[2] == "싱가포르"}


@pytest.mark.parametrize(
    "text, event, place",
    [
        ("다라시는 부산에서 포럼과 설명회를 열었다.", "포럼", "부산"),  # events joined share the venue
        ("태국 방콕에서는 가나바이오 공장 준공식에 참석하고 수출 상담회를 열었다.", "수출 상담회", "방콕"),  # a topic frames all
    ],
)
def test_a_venue_speaks_for_joined_events_and_as_a_topic_for_the_whole_sentence(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_the_occasion_of_a_gathering_is_no_object_of_its_host():
    found = facts("가나협회는 간담회를 열었다. 이번 간담회는 다라국 대표단의 방한을 계기로 마련됐다.")
    assert not {f for f in found if f[1] == "organized" and f[2].endswith("방한")}
