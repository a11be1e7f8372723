"""Clauses joined by a coordinating ending (status_endings.tsv status `next`) share one tense: the first
predicate, bare of a tense of its own, is as far along as the clause it leads into. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.extract.frames import FrameReader, load_frame_tables
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

LEXICON = load_lexicon()
READER = FrameReader(load_frame_tables(LEXICON))


def predicate_status(text: str, predicate: str) -> str:
    sentence = split_sentences(text, LEXICON)[0]
    (frame,) = [f for f in READER.read(sentence, []) if f.predicate == predicate]
    return frame.status


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
    (tmp_path / "status_endings.tsv").write_text("ending\tstatus\n어\tnext\n", encoding="utf-8")
    lexicon = load_lexicon([tmp_path])
    reader = FrameReader(load_frame_tables(lexicon))
    text = "가나원은 간담회를 열어 지역의 여러 중소기업 대표와 기업인들의 다양한 현장 의견을 듣는다."
    assert predicate_status(text, "열") == "completed"  # 어 (sequence or means) joins no tense by default
    sentence = split_sentences(text, lexicon)[0]
    (frame,) = [f for f in reader.read(sentence, []) if f.predicate == "열"]
    assert frame.status == "planned"
