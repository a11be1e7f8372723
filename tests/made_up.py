"""One made-up sentence or paragraph extracted, and its facts by name: what the rule tests read."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract_article
from kg.extract.mentions import MentionFinder
from kg.lexicon import load_lexicon
from kg.morph import split_sentences
from kg.types import Article

LEXICON = load_lexicon()
FINDER = MentionFinder(LEXICON)


def extract(text: str):
    return extract_article(Article(source=Path("made-up.txt"), index=0, title=None, text=text), LEXICON)


def mentions(text: str) -> dict[str, object]:
    """The mentions the first stage finds in the text, by their text."""
    return {m.text: m for sentence in split_sentences(text, LEXICON) for m in FINDER.find(sentence)}


def facts(text: str) -> set[tuple[str, str, str]]:
    """Every relation of the text as (subject name, predicate, object name)."""
    result = extract(text)
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


SYMMETRIC = {"signedMOUWith", "cooperatedWith"}


def assert_facts(text: str, present, absent) -> None:
    """The text's relations hold every fact of `present` and none of `absent` (a symmetric one either way round)."""
    found = facts(text)
    found |= {(o, p, s) for s, p, o in found if p in SYMMETRIC}
    assert set(present) <= found, set(present) - found
    assert not set(absent) & found, set(absent) & found


def pairs(result, predicate: str) -> set[tuple[str, str]]:
    """The (subject name, object name) pairs of one relation."""
    name = {k: e.name for k, e in result.entities.items()}
    return {(name[r.subject], name[r.object]) for r in result.relations if r.predicate == predicate}


def programs(result) -> dict[str, object]:
    return {e.name: e for e in result.entities.values() if e.cls == "Program"}


def own_folder(tmp_path, tables: dict[str, str]) -> Path:
    """A user's lexicon folder holding the given tables (name -> text)."""
    own = tmp_path / "lexicon"
    own.mkdir()
    for name, text in tables.items():
        (own / name).write_text(text, encoding="utf-8")
    return own
