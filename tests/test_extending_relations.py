"""Grammar of relations a user extends with rows of his own lexicon folder: the headline's subject mark."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

HEADLINE = "부산시: 삼성전자와 업무협약 체결"


def _facts(text: str, lexicon) -> set[tuple[str, str, str]]:
    result = extract_article(Article(source=Path("made-up.txt"), index=0, title=None, text=text), lexicon)
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


def test_a_comma_after_a_headlines_first_name_makes_it_the_subject():
    assert ("부산광역시", "signedMOUWith", "삼성전자") in _facts("부산시, 삼성전자와 업무협약 체결", load_lexicon())


def test_a_users_headline_mark_stands_for_the_subject_particle(tmp_path):
    own = tmp_path / "lexicon"
    own.mkdir()
    (own / "headlines.tsv").write_text("mark\tparticle\ttag\n:\t는\tJX\n", encoding="utf-8")
    assert ("부산광역시", "signedMOUWith", "삼성전자") not in _facts(HEADLINE, load_lexicon())
    assert ("부산광역시", "signedMOUWith", "삼성전자") in _facts(HEADLINE, load_lexicon([own]))
