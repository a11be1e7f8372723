"""Organizations named the ways the genre names them, and common words that only end like one: made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def extract(text: str):
    return extract_article(Article(Path("made-up.txt"), 0, None, text), LEXICON)


def organizations(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values()
            if e.cls in {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("(주)아자차는 100억원을 투자했다.", "아자차", "Company"),
        ("(주)가나바이오와 다라전자(주)는 협약을 맺었다.", "가나바이오", "Company"),
        ("(주)가나바이오와 다라전자(주)는 협약을 맺었다.", "다라전자", "Company"),
        ("(재)가나문화재단은 행사를 열었다.", "가나문화재단", "Organization"),
        ("가나전자㈜와 ㈜다라테크는 업무협약을 체결했다.", "다라테크", "Company"),
    ],
)
def test_a_kind_mark_glued_to_a_name_names_its_kind(text, name, kind):
    assert organizations(text).get(name) == kind
