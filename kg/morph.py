"""Kiwi, wrapped: sentences with morphemes and character offsets into the article text."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .types import Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=4)
def _kiwi(user_words: tuple[tuple[str, str], ...]):
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    for word, tag in user_words:
        kiwi.add_user_word(word, tag, 0)
    return kiwi


def user_words(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """Names from the lexicons that Kiwi must keep whole (spaced names included).

    Two-syllable names are left to Kiwi's own dictionary: they are the size of given names and common
    nouns, and forcing 영주 or 진주 to be a proper noun would split 오영주 into 오 + 영주.
    """
    words: dict[str, str] = {}
    for entry in [*lexicon.organizations, *lexicon.places]:
        for name in entry.names:
            if has_hangul(name) and len(name) >= 3:
                words[name] = "NNP"
    for word in [*lexicon.event_words, *lexicon.collectives]:
        if " " in word:
            words[word] = "NNG"
    return tuple(sorted(words.items()))


_ANALYZERS: dict[int, tuple[Lexicon, object]] = {}


def analyzer(lexicon: Lexicon):
    """One Kiwi per lexicon (built once: adding user words and warming up take a second)."""
    cached = _ANALYZERS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, _kiwi(user_words(lexicon)))
        _ANALYZERS[id(lexicon)] = cached
    return cached[1]


def split_sentences(text: str, lexicon: Lexicon) -> list[Sentence]:
    """Sentences never cross a line break: headings and bylines stay apart from prose."""
    kiwi = analyzer(lexicon)
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        for sent in kiwi.split_into_sents(paragraph.group(), return_tokens=True):
            if not sent.text.strip():
                continue
            tokens = tuple(
                Token(t.form, t.tag.split("-")[0], base + t.start, base + t.start + t.len) for t in sent.tokens
            )
            sentences.append(Sentence(len(sentences), base + sent.start, base + sent.end, sent.text, tokens))
    return sentences


def has_hangul(text: str) -> bool:
    """True when text holds a Hangul syllable: decides @ko or @en and which names Kiwi must keep whole."""
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
