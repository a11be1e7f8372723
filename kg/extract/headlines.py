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
TRIP = "umbrella"  # event_words.tsv role of a trip word: any one of them names the trip another tells


_HEADS: dict[int, tuple[Lexicon, list[str]]] = {}


def _heads(lexicon: Lexicon) -> list[str]:
    """The words that end an event's name, longest first (once per lexicon)."""
    cached = _HEADS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        words = sorted((w for w, (_, role) in lexicon.event_words.items() if role in EVENT_HEADS), key=len, reverse=True)
        cached = _HEADS[id(lexicon)] = (lexicon, words)
    return cached[1]


def name_events_by_headline(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """Each headline piece that ends in an event's head word becomes an alias of the first event (in order
    of evidence) whose name ends in that head word, when the piece is more than the head word alone; else of the
    first event of its class that the body names by a shorter event word alone ('협약' for the headline's '투자협약'),
    which takes the headline's word too."""
    title = graph.article.title
    if not title:
        return graph
    heads = _heads(lexicon)
    trip_words = tuple(w for w, (_, role) in lexicon.event_words.items() if role == TRIP)
    entities = dict(graph.entities)
    events = sorted((e for e in entities.values() if e.cls in EVENT_CLASSES),
                    key=lambda e: (min(e.evidence, default=0), e.key))
    for part in filter(None, map(_trimmed, HEADLINE_MARKS.split(title))):
        head = next((h for h in heads if part.endswith(h)), None)
        ends = trip_words if head in trip_words else (head,)  # '유럽 4개국 순방' names the trip the body tells as '…를 방문한다'
        event = next((e for e in events if head and (e.name.endswith(ends) or any(a.endswith(ends) for a in e.aliases))), None)
        if event is None and head:  # '…과 투자협약' over a body that names the signing '이번 협약': the headline's word is its fuller name
            event = next((e for e in events if e.cls == lexicon.event_words[head][0] and e.name in heads and head.endswith(e.name)), None)
            if event is not None and head not in event.aliases:
                entities[event.key] = replace(entities[event.key], aliases=[*entities[event.key].aliases, head])
        if event is None:
            continue
        for piece in (part, _after_particles(part, lexicon)):
            if len(piece) > len(head) + 1 and piece not in (event.name, *entities[event.key].aliases):
                entities[event.key] = replace(entities[event.key], aliases=[*entities[event.key].aliases, piece])
        events = [entities[e.key] for e in events]
    return replace(graph, entities=entities)


def _after_particles(part: str, lexicon: Lexicon) -> str:
    """The stretch of a headline piece after the last particle inside it ('다라시와 투자 업무협약' -> '투자 업무협약');
    Kiwi reads only the pieces that end in a head word of one of the article's events."""
    ends = [t.end for s in split_sentences(part, lexicon) for t in s.tokens if t.tag in PARTICLE_TAGS and t.end < len(part)]
    return _trimmed(part[max(ends):]) if ends else part


def _trimmed(text: str) -> str:
    return text.strip().strip(QUOTES).strip()
