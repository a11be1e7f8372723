"""Kiwi, wrapped: sentences with morphemes and character offsets into the article text."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .types import Sentence, Token

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=4)
def _kiwi(user_words: tuple[tuple[str, str], ...]):
    """Kiwi without its thread pool (num_workers=0): the build analyses one text at a time, which never
    uses the pool, so starting its threads is wasted, and a process with none forks cleanly. Tokens are
    the same as with the pool (checked on every dev article). Its dictionaries stay loaded: leaving out
    any of them changes tokens."""
    import warnings

    from kiwipiepy import Kiwi

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "behavior of `num_workers=0`", DeprecationWarning)  # 0 means no pool since 0.21 (pyproject asks for >=0.21)
        kiwi = Kiwi(num_workers=0)
    for word, tag in user_words:
        kiwi.add_user_word(word, tag, 0)
    return kiwi


def user_words(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """Names from the lexicons that Kiwi must keep whole (spaced names included).

    Two-syllable names are left to Kiwi's own dictionary: they are the size of given names and common
    nouns, and forcing 진주 to be a proper noun would split 김진주 into 김 + 진주. So are spaced
    names made of names ('서울 종로구', '충남 계룡시'): their parts are known, and one token across the
    space would join two words.
    """
    entries = [*lexicon.organizations, *lexicon.places]
    parts = {n for entry in entries for n in (*entry.names, *entry.loose)}
    words: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            if has_hangul(name) and len(name) >= 3 and not _composed(name, parts):
                words[name] = "NNP"
    for word in [*lexicon.event_words, *lexicon.collectives]:
        if " " in word:
            words[word] = "NNG"
    return tuple(sorted(words.items()))


def _composed(name: str, parts: set[str]) -> bool:
    pieces = name.split(" ")
    return len(pieces) > 1 and all(piece in parts or len(piece) < 2 for piece in pieces)


_ANALYZERS: dict[int, tuple[Lexicon, object]] = {}


def analyzer(lexicon: Lexicon):
    """One Kiwi per lexicon (built once: adding user words and warming up take a second)."""
    cached = _ANALYZERS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, _kiwi(user_words(lexicon)))
        _ANALYZERS[id(lexicon)] = cached
    return cached[1]


NAME_MARKS = {"!", "?"}  # marks a name may hold; a sentence ends in them only after an ending


def split_sentences(text: str, lexicon: Lexicon) -> list[Sentence]:
    """Sentences never cross a line break: headings and bylines stay apart from prose.

    Kiwi's sentences are mended both ways: a sentence-final ending and its period glued to the next
    sentence ("간다.중기청은", "했다.KOTRA는") are split, and a piece that begins with a particle or an
    ending glued to the sentence before ("했다.”라며") is joined back to it.
    """
    kiwi = analyzer(lexicon)
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        pieces: list[list[Token]] = []
        for tokens in _kiwi_sentences(kiwi, paragraph):
            sentence_text = text[tokens[0].start : tokens[-1].end]
            if not sentence_text.strip():
                continue
            if _ODD_QUOTE.search(sentence_text):
                tokens = _quotes_as_brackets(tokens, text)
            for piece in _split_glued(tokens, text):
                if pieces and _continues(pieces[-1], piece):
                    head, tail = _last_sentence(pieces.pop())
                    pieces.extend([head, tail + piece] if head else [tail + piece])
                else:
                    pieces.append(piece)
        for piece in pieces:
            start, end = piece[0].start, piece[-1].end
            sentences.append(Sentence(len(sentences), start, end, text[start:end], tuple(piece)))
    return sentences


def _kiwi_sentences(kiwi, paragraph: re.Match[str]) -> list[list[Token]]:
    """Kiwi's sentences of a paragraph, as tokens at their offsets in the article, built in one pass over Kiwi's
    tokens: each token carries its sentence's number, so Kiwi's split_into_sents (which groups them in a second pass
    and wraps each group with its text) is not needed; its analysis is the same as tokenize's."""
    base = paragraph.start()
    sentences: list[list[Token]] = []
    position = None
    for token in kiwi.tokenize(paragraph.group()):
        if token.sent_position != position:
            position = token.sent_position
            current: list[Token] = []
            sentences.append(current)
        start, tag = base + token.start, token.tag
        current.append(Token(token.form, _TAGS.get(tag) or _base_tag(tag), start, start + token.len))
    return sentences


_ODD_QUOTE = re.compile("[`´′″＇＂]")  # quote marks Kiwi reads as symbols (SW), not as opening and closing ones


def _quotes_as_brackets(tokens: list[Token], text: str) -> list[Token]:
    """'`가나테크` 대표', '＇가나 포럼＇': a backtick, an acute accent, a prime or a full-width quote around a name is
    a quote as ‘ ’ is: opening (SSO) where a word starts with it, closing (SSC) elsewhere."""
    marked = []
    for token in tokens:
        if token.tag == "SW" and _ODD_QUOTE.fullmatch(token.form):
            opening = token.start == 0 or text[token.start - 1].isspace() or text[token.start - 1] in "(["
            token = Token(token.form, "SSO" if opening else "SSC", token.start, token.end)
        marked.append(token)
    return marked


_TAGS: dict[str, str] = {}  # Kiwi's tags without their irregular marks ('VV-R' -> 'VV'): a few dozen, met thousands of times


def _base_tag(tag: str) -> str:
    base = _TAGS[tag] = tag.split("-")[0]
    return base


def _split_glued(tokens: list[Token], text: str) -> list[list[Token]]:
    """Cut after an ending + period (EF, SF) that the next word follows with no space: '간다.중기청은'."""
    pieces: list[list[Token]] = []
    start = 0
    for i in range(1, len(tokens) - 1):
        ending, stop, following = tokens[i - 1], tokens[i], tokens[i + 1]
        if (ending.tag == "EF" and stop.tag == "SF" and following.start == stop.end
                and text[following.start].isalnum()):
            pieces.append(tokens[start: i + 1])
            start = i + 1
    pieces.append(tokens[start:])
    return [piece for piece in pieces if piece]


def _last_sentence(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Tokens up to the last ending + period and space inside, and the rest (what a glued particle belongs to)."""
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i - 1].tag == "EF" and tokens[i].tag == "SF" and tokens[i + 1].start > tokens[i].end:
            return tokens[: i + 1], tokens[i + 1:]
    return [], tokens


def _continues(previous: list[Token], piece: list[Token]) -> bool:
    """A piece glued to the one before that opens with a particle, an ending or a copula: '”라며', '”고'; or
    any piece after a '!' or '?' that follows a noun, not an ending: a name's exclamation ('가나! 창업대회를 연다')."""
    first = piece[0]
    if len(previous) > 1 and previous[-1].form in NAME_MARKS and previous[-2].tag[:2] in {"NN", "SL", "SN", "XS"}:
        return True
    return first.start <= previous[-1].end and (first.tag[0] in "JE" or first.tag in {"VCP", "XSV", "XSA"})


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    """True when text holds a Hangul syllable: decides @ko or @en and which names Kiwi must keep whole."""
    return _HANGUL_SYLLABLE.search(text) is not None
