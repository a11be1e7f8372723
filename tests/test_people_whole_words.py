"""A Korean name that Kiwi cuts into a proper noun and a root ('박경환' as 박경 + 환), or into a noun and a
particle made of its last consonant ('정경환' as 정경화 + ᆫ), is the whole word before a title. Made-up names."""

import pytest

from kg.extract.mentions import MentionFinder
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

LEXICON = load_lexicon()
FINDER = MentionFinder(LEXICON)


def people(text: str) -> set[str]:
    return {m.text for sentence in split_sentences(text, LEXICON) for m in FINDER.find(sentence) if m.cls == "Person"}


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("박경환 제1차관은 다음 달 가나국을 방문한다.", "박경환"),
        ("가나부 박경환 차관은 다음 달 가나국을 방문한다.", "박경환"),
        ("정경환 제1차관은 다음 달 가나국을 방문한다.", "정경환"),
        ("김경훈 차관은 다음 달 가나국을 방문한다.", "김경훈"),
        ("이철수 차관은 다음 달 가나국을 방문한다.", "이철수"),
    ],
)
def test_a_name_is_the_whole_word_before_a_title(sentence, person):
    assert people(sentence) == {person}
