"""Where sentences end: an exclamation or question mark inside a name ends none, a period glued to the next
sentence still ends one (made-up sentences)."""

import pytest

from kg.lexicon import load_lexicon
from kg.morph import split_sentences

LEXICON = load_lexicon()


@pytest.mark.parametrize(
    "text, sentences",
    [
        # after a noun, '!' and '?' belong to a name; after an ending they close the sentence
        ("가나시는 3일 도전! 창업 경진대회를 열었다.", ["가나시는 3일 도전! 창업 경진대회를 열었다."]),
        ("가나시는 왜 창업? 토론회를 연다.", ["가나시는 왜 창업? 토론회를 연다."]),
        ("무엇이 문제인가? 가나시는 토론회를 연다.", ["무엇이 문제인가?", "가나시는 토론회를 연다."]),
        # a sentence-final ending and its period glued to the next sentence
        ("가나시는 간담회를 열었다.다라군은 설명회를 연다.", ["가나시는 간담회를 열었다.", "다라군은 설명회를 연다."]),
    ],
)
def test_sentences_end_after_an_ending(text, sentences):
    assert [s.text for s in split_sentences(text, LEXICON)] == sentences
