"""Words: the space-delimited words of a sentence with their morphemes, shared by the finders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Sentence, Token

NOUNISH = {"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XPN", "XSN", "SO", "W_SERIAL"}
HANGUL = re.compile(r"^[가-힣]+$")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"\S+")


class once:
    """A property computed on first use and then stored on the instance (functools.cached_property without its
    lock, which costs more than the words' small computations)."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


@dataclass
class Word:
    """A space-delimited word with its morphemes; the core is its noun part before any particle (computed once:
    the finders ask each word many times)."""

    text: str
    start: int
    end: int
    tokens: list[Token]

    @once
    def core_end(self) -> int:
        """Where the noun part ends (worked out once: every finder asks for it, often many times)."""
        end = self.start
        for token in self.tokens:
            if token.tag not in NOUNISH and not (token.tag == "SW" and token.form in "·․‧-"):
                break
            end = token.end
        return end

    def core(self, sentence: Sentence) -> str:
        try:
            return self._core  # an attribute read: the finders ask some hundred thousand times an article set
        except AttributeError:
            core = self._core = sentence.text[self.start - sentence.start : self.core_end - sentence.start]
            return core

    @once
    def quoted_core(self) -> tuple[int, int]:
        """Start and end of the noun part after an opening quote or bracket ('가나대학교'라는)."""
        tokens = self.tokens
        while tokens and tokens[0].tag == "SSO":
            tokens = tokens[1:]
        if not tokens:
            return self.start, self.start
        end = tokens[0].start
        for token in tokens:
            if token.tag not in NOUNISH:
                break
            end = token.end
        return tokens[0].start, end

    @once
    def bare(self) -> bool:
        """True when the word is all noun: nothing after its core but a parenthesis ('김철수(왼쪽)')."""
        if self.core_end >= self.end:
            return True
        rest = self.text[self.core_end - self.start :]
        return bool(_PARENTHESIS.fullmatch(rest))

    def tag_after_core(self) -> str | None:
        for token in self.tokens:
            if token.start >= self.core_end:
                return token.tag
        return None

    def form_after_core(self) -> str | None:
        for token in self.tokens:
            if token.start >= self.core_end:
                return token.form
        return None


COMITATIVE = {"와", "과"}
LINKING = {"고", "어", "아", "며", "으며", "면서"}  # connective endings that join the next clause ('점검을 마치고 떠났다')


def partner_word(word: Word) -> bool:
    """'몽골과의': a noun joined to the noun after it by 와의 / 과의 (the partner of a meeting or an agreement)."""
    if not word.tokens or word.tokens[-1].tag != "JKG":
        return False  # the word's last morpheme is the genitive: most words end otherwise
    after = [(t.form, t.tag) for t in word.tokens if t.start >= word.core_end]
    return len(after) == 2 and after[0][0] in COMITATIVE and after[1] == ("의", "JKG") and word.core_end > word.start


def joined_by_wa(word: Word) -> bool:
    """'애플과 구글과의': a noun joined by 와 / 과 alone to the next (a list of partners)."""
    after = [t.form for t in word.tokens if t.start >= word.core_end]
    return after in (["와"], ["과"]) and word.core_end > word.start


_WORDS: dict[int, tuple[Sentence, list[Word]]] = {}


def words_of(sentence: Sentence) -> list[Word]:
    """The sentence's words with their morphemes (cached: mentions and events both ask). Each word's core, quoted
    core and bareness are worked out here in one pass rather than on first use: the finders ask them of nearly
    every word, and the lazy path costs a descriptor call per word and property."""
    cached = _WORDS.get(id(sentence))
    if cached is not None and cached[0] is sentence:
        return cached[1]
    words = []
    tokens = sentence.tokens
    count = len(tokens)
    text = sentence.text
    base = sentence.start
    first = 0
    for match in _WORD.finditer(text):
        begin, finish = match.span()
        start, end = base + begin, base + finish
        while first < count and tokens[first].end <= start:
            first += 1
        last = first
        while last < count and tokens[last].start < end:
            last += 1
        own = list(tokens[first:last])
        if len(own) > 1 and own[1].start <= start:  # tokens come by start: if the second starts inside the word, all after it end inside it
            own = [t for t in own if t.end > start]
        word = Word(match.group(), start, end, own)
        core_end = start
        for token in own:
            tag = token.tag
            if tag not in NOUNISH and not (tag == "SW" and token.form in "·․‧-"):
                break
            core_end = token.end
        word.core_end = core_end
        word._core = text[begin : core_end - base]
        word.bare = core_end >= end or bool(_PARENTHESIS.fullmatch(text, core_end - base, finish))
        if own and own[0].tag != "SSO":
            quoted_end = own[0].start
            for token in own:
                if token.tag not in NOUNISH:
                    break
                quoted_end = token.end
            word.quoted_core = (own[0].start, quoted_end)
        words.append(word)
    if len(_WORDS) > 4096:
        _WORDS.clear()
    _WORDS[id(sentence)] = (sentence, words)
    return words


_STARTS: dict[int, tuple[Sentence, list[int]]] = {}


def token_starts(sentence: Sentence) -> list[int]:
    """The start offsets of the sentence's tokens, for bisecting (cached like words_of)."""
    cached = _STARTS.get(id(sentence))
    if cached is not None and cached[0] is sentence:
        return cached[1]
    starts = [t.start for t in sentence.tokens]
    if len(_STARTS) > 4096:
        _STARTS.clear()
    _STARTS[id(sentence)] = (sentence, starts)
    return starts


_SUFFIXES: dict[int, tuple[object, dict[str, str | None]]] = {}
_UNKNOWN = object()  # a text not yet looked up (None is a looked-up text with no suffix)


def longest_suffix(text: str, table: dict[str, str] | set[str], longest: int) -> str | None:
    """The longest key of table that text ends with (remembered per table: the same words come back)."""
    held = _SUFFIXES.get(id(table))
    if held is None or held[0] is not table:
        if len(_SUFFIXES) > 64:
            _SUFFIXES.clear()
        held = _SUFFIXES[id(table)] = (table, {})
    known = held[1]
    found = known.get(text, _UNKNOWN)
    if found is not _UNKNOWN:
        return found
    found = None
    for size in range(min(len(text), longest), 0, -1):
        if text[-size:] in table:
            found = text[-size:]
            break
    if len(known) > 65536:
        known.clear()
    known[text] = found
    return found


def tokens_after(tokens: tuple[Token, ...], end: int):
    """The tokens from offset end on, leaving out what stands inside brackets: what follows a phrase."""
    depth = 0
    for token in tokens:
        if token.start < end:
            continue
        if token.tag == "SSO":
            depth += 1
        elif token.tag == "SSC":
            depth = max(0, depth - 1)
        elif not depth:
            yield token
