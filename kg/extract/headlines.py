"""The headline's name for the article's event: an alias of the event the body tells of.

A headline names the story's event the way readers will look for it ('가나부 차관, 남미 3개국 방문'), while the
body names it by what it lists ('가나, 다라, 마바를 방문해'). The headline is not read for facts (it repeats the
body in shorthand); a stretch of it that ends in the head word of one of the body's events only becomes
another name of that event. Which stretches: the pieces between the headline's marks (commas, ellipses), each
also without what a particle closes before it ('다라시와 투자 업무협약' -> '투자 업무협약').
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Lexicon
from ..morph import split_sentences
from ..types import ArticleGraph
from .mentions import EVENT_CLASSES

HEADLINE_MARKS = re.compile(r"\s*(?:[,…|;:]|\.{2,}|\s-\s)\s*")
PARTICLE_TAGS = {"JKS", "JKO", "JKB", "JC", "JX"}
EVENT_HEADS = {"head", "umbrella"}  # event_words.tsv roles of words that end an event's name (a trip: umbrella)
QUOTES = "'\"‘’“”「」『』"


def name_events_by_headline(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """Each headline piece that ends in an event's head word becomes an alias of the first event (in order
    of evidence) whose name ends in that head word, when the piece is more than the head word alone."""
    title = graph.article.title
    if not title:
        return graph
    heads = sorted((word for word, (_, role) in lexicon.event_words.items() if role in EVENT_HEADS), key=len, reverse=True)
    entities = dict(graph.entities)
    events = sorted((e for e in entities.values() if e.cls in EVENT_CLASSES),
                    key=lambda e: (min(e.evidence, default=0), e.key))
    for piece in _pieces(title, lexicon):
        head = next((h for h in heads if piece.endswith(h)), None)
        if head is None or len(piece) <= len(head) + 1:
            continue
        event = next((e for e in events if e.name.endswith(head) or any(a.endswith(head) for a in e.aliases)), None)
        if event is None or piece in (event.name, *event.aliases):
            continue
        entities[event.key] = replace(event, aliases=[*event.aliases, piece])
        events = [entities[e.key] for e in events]
    return replace(graph, entities=entities)


def _pieces(title: str, lexicon: Lexicon) -> list[str]:
    """The headline's pieces, and each one's stretch after the last particle inside it (the headline is
    tokenized once)."""
    particles = [t.end for s in split_sentences(title, lexicon) for t in s.tokens if t.tag in PARTICLE_TAGS]
    pieces: list[str] = []
    at = 0
    for mark in [*HEADLINE_MARKS.finditer(title), None]:
        start, end = at, (mark.start() if mark else len(title))
        at = mark.end() if mark else len(title)
        part = _trimmed(title[start:end])
        if not part:
            continue
        pieces.append(part)
        last = max((p for p in particles if start < p < end), default=None)
        rest = _trimmed(title[last:end]) if last is not None else ""
        if rest and rest != part:
            pieces.append(rest)
    return pieces


def _trimmed(text: str) -> str:
    return text.strip().strip(QUOTES).strip()
