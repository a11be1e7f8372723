"""How far along an event is, read from the ending after its predicate (status_endings.tsv) and from a plan
verb whose object is the event's predicate noun (status_verbs.tsv). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.extract.frames import FrameReader, load_frame_tables
from kg.lexicon import load_lexicon
from kg.morph import split_sentences
from kg.types import Article

from .made_up import own_folder

LEXICON = load_lexicon()
READER = FrameReader(load_frame_tables(LEXICON))


def predicate_status(text: str, predicate: str) -> str:
    sentence = split_sentences(text, LEXICON)[0]
    (frame,) = [f for f in READER.read(sentence, []) if f.predicate == predicate]
    return frame.status


def event_statuses(text: str) -> dict[str, str]:
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    return {e.name: e.status for e in result.entities.values() if e.status is not None}


@pytest.mark.parametrize(
    "text, predicate, status",
    [
        # 을 after a consonant is the same relative ending as ᆯ after a vowel
        ("두 기관은 협약을 맺을 예정이다.", "맺", "planned"),
        ("두 기관은 협약을 맺을 계획이다.", "맺", "planned"),
        ("장관은 가나국을 찾을 계획이다.", "찾", "planned"),
        ("두 기관은 협약을 체결할 예정이다.", "체결", "planned"),
        ("두 기관은 협약을 맺었다.", "맺", "completed"),
        # 고자: a purpose, still to be done, even before a past tense
        ("가나시는 다라재단과 협약을 체결하고자 한다.", "체결", "planned"),
        ("가나시는 다라재단과 협약을 체결하고자 협의했다.", "체결", "planned"),
    ],
)
def test_the_ending_after_a_predicate_gives_its_status(text, predicate, status):
    assert predicate_status(text, predicate) == status


@pytest.mark.parametrize(
    "text, event, status",
    [
        ("가나시는 다라재단과 양해각서(MOU) 체결을 추진한다.", "양해각서", "planned"),
        ("가나시는 다라재단과 양해각서 체결을 추진했다.", "양해각서", "completed"),
        ("가나시는 국제박람회 개최를 추진 중이다.", "국제박람회", "in-progress"),
        ("가나시는 다라재단과 업무협약 체결을 추진할 예정이다.", "업무협약", "planned"),
        ("가나시는 다라재단과 업무협약을 체결하고자 협의했다.", "업무협약", "planned"),
        ("가나시는 다라재단과 업무협약을 체결했다.", "업무협약", "completed"),
    ],
)
def test_a_plan_verb_gives_the_event_it_takes_as_object_its_status(text, event, status):
    assert event_statuses(text)[event] == status


@pytest.mark.parametrize(
    "text, event, status",
    [
        # with no cue word, a sentence that ends in the present tense tells what is still to come
        ("가나시는 국제박람회를 연다.", "국제박람회", "planned"),
        ("국제박람회는 가나시에서 열린다.", "국제박람회", "planned"),
        ("대표단은 그곳에서 '가나 협력 포럼'을 열고 바이어를 만난다.", "가나 협력 포럼", "planned"),
        ("가나시는 국제박람회를 열었다.", "국제박람회", "completed"),
    ],
)
def test_a_present_tense_at_the_end_of_the_sentence_is_still_to_come(text, event, status):
    assert event_statuses(text)[event] == status


@pytest.mark.parametrize(
    "text, event, status",
    [
        # 기로 했다 decides what is still to be done; 지 않기로 했다 calls it off, past tense or not
        ("가나시는 다라재단과 함께 청년 포럼을 신설하기로 했다.", "청년 포럼", "planned"),
        ("가나군 역시 해맞이 행사를 열지 않기로 했다.", "해맞이 행사", "cancelled"),
        ("다라군은 내년 농업박람회를 개최하기로 했다.", "농업박람회", "planned"),
        ("체육대회는 내년 수도권에서도 개최될 예정입니다.", "체육대회", "planned"),
        # '오는 9월': a verb that modifies a noun is no predicate of the clause
        ("가나협회는 '가나 리더스포럼'을 오는 9월 가나시에서 개최하기로 최종 확정했다.", "가나 리더스포럼", "planned"),
        ("가나청은 창업 설명회를 오는 8일부터 전국에서 개최한다고 3일 밝혔다.", "창업 설명회", "planned"),
        # the ending after 고 belongs to the next clause: a meeting one has finished was held
        ("가나부 장관이 긴급 회의를 마치고 기자들과 이야기하고 있다.", "긴급 회의", "completed"),
    ],
)
def test_the_predicates_own_ending_gives_the_status_before_its_past_tense(text, event, status):
    assert event_statuses(text)[event] == status


@pytest.mark.parametrize(
    "text, status",
    [
        # a visit that leads into what is done there is as far along as the clause's last predicate
        ("김철수 가나부 장관은 9일 포르투갈을 방문해 협력 방안을 논의할 예정이다.", "planned"),
        ("김철수 가나부 장관은 오는 9일 포르투갈을 방문해 협력 방안을 논의한다.", "planned"),
        ("김철수 가나부 장관은 9일 포르투갈을 방문해 협력 방안을 논의했다.", "completed"),
        # or as the reported clause: the report itself is done
        ("가나부는 지원단을 꾸려 포르투갈을 방문해 판로 개척에 나선다고 30일 밝혔다.", "planned"),
        ("가나부는 지원단을 꾸려 포르투갈을 방문해 판로 개척에 나섰다고 30일 밝혔다.", "completed"),
    ],
)
def test_a_visit_is_as_far_along_as_what_is_done_there(text, status):
    assert event_statuses(text)["포르투갈 방문"] == status


# Clauses joined by a coordinating ending (status_endings.tsv status `next`) share one tense: the first
# predicate, bare of a tense of its own, is as far along as the clause it leads into.
@pytest.mark.parametrize(
    "text, status",
    [
        ("가나시는 다음 달 간담회를 열고 기업인들과 대화하는 시간을 가진다.", "planned"),
        ("가나시는 간담회를 열며 기업인들의 의견을 듣는다.", "planned"),
        ("가나시는 지난달 간담회를 열고 기업인들과 대화하는 시간을 가졌다.", "completed"),
        # the tense is the speaker's inside quoted speech, not the clause's
        ("가나시장은 간담회를 열고 “다음에는 더 자주 찾겠다”고 말했다.", "completed"),
        # a comma sets the clauses apart: the first is told as done
        ("가나원은 간담회를 열고, 내년부터 새 사업을 추진할 계획이다.", "completed"),
    ],
)
def test_a_clause_joined_by_a_coordinating_ending_has_the_next_clause_tense(text, status):
    assert predicate_status(text, "열") == status


def test_a_user_row_makes_an_ending_coordinating(tmp_path):
    lexicon = load_lexicon([own_folder(tmp_path, {"status_endings.tsv": "ending\tstatus\n어\tnext\n"})])
    reader = FrameReader(load_frame_tables(lexicon))
    text = "가나원은 간담회를 열어 지역의 여러 중소기업 대표와 기업인들의 다양한 현장 의견을 듣는다."
    assert predicate_status(text, "열") == "completed"  # 어 (sequence or means) joins no tense by default
    sentence = split_sentences(text, lexicon)[0]
    (frame,) = [f for f in reader.read(sentence, []) if f.predicate == "열"]
    assert frame.status == "planned"


@pytest.mark.parametrize(
    "text, event, status",
    [
        # an ending of contrast (event_name_parts.tsv contrast) hands the plan to the next clause: what it says became of it
        ("가람시는 다온재단과 업무협약을 맺을 예정이었으나 일정 문제로 취소했다.", "업무협약", "cancelled"),
        ("다온재단은 10일 창립 기념식을 열기로 했지만 폭우로 연기했다.", "창립 기념식", "postponed"),
        # 고 있 after a verb is one predicate in progress, no clause joined to the next
        ("다온테크는 가람시에 500억원 규모의 투자를 검토하고 있다.", "500억원 규모의 투자", "in-progress"),
        # a calling-off still undecided leaves the plan; a called-off attendance leaves the event as it was
        ("가람시장은 가람 포럼을 열 예정이었으나 이를 취소할지 검토 중이다.", "가람 포럼", "planned"),
        ("9일에는 다온 기념관 개관식 참석이 예정돼 있었으나 이 일정을 취소했다.", "다온 기념관 개관식", "planned"),
        # a goal made of a clause as the object is still to come (status_endings.tsv 목표 로)
        ("가나바이오는 연내 가람시와 업무협약을 체결하는 것을 목표로 하고 있다.", "업무협약", "planned"),
        ("가람시는 올해 안에 박람회를 여는 것을 목표로 삼았다.", "박람회", "planned"),
    ],
)
def test_what_the_next_clause_or_the_progressive_says_of_an_event(text, event, status):
    assert event_statuses(text)[event] == status


def signed_pairs(text: str) -> set[frozenset[str]]:
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    names = {k: e.name for k, e in result.entities.items()}
    return {frozenset((names[r.subject], names[r.object])) for r in result.relations if r.predicate == "signedMOUWith"}


@pytest.mark.parametrize(
    "text, signed",
    [
        ("영동군은 ㈜라온소재와 투자협약을 체결했다.", True),
        # a signing only discussed or asked for (status_verbs.tsv status), or negated (status_endings.tsv), is not done
        ("영동군은 ㈜라온소재와 투자협약 체결을 논의했다.", False),
        ("영동군은 ㈜라온소재에 업무협약 체결을 요청했다.", False),
        ("영동군은 ㈜라온소재와 협약을 맺지 못했다.", False),
        ("영동군은 ㈜라온소재와 협약을 체결하지 않았다.", False),
    ],
)
def test_a_signing_not_done_signs_no_one(text, signed):
    assert (frozenset({"영동군", "라온소재"}) in signed_pairs(text)) is signed
