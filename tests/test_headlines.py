"""The headline's name for the body's event becomes one of its names (an alias), and nothing more: the
headline adds no node and no fact. Made-up headlines and articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def events(title: str | None, text: str) -> dict[str, list[str]]:
    article = Article(source=Path("example.txt"), index=0, title=title, text=text)
    result = extract_article(article, LEXICON)
    return {e.name: list(e.aliases) for e in result.entities.values()
            if e.cls in {"Event", "Meeting", "AgreementSigning", "Investment"}}


@pytest.mark.parametrize(
    "title, text, event, alias",
    [
        # a trip the body names by its destinations, the headline by their region
        ("가나부 차관, 남미 3개국 방문…협력 강화", "김철수 차관은 2~9일 페루, 칠레, 브라질을 방문한다.",
         "페루, 칠레, 브라질 방문", "남미 3개국 방문"),
        # what a particle closes before the name is left out ('다라시와')
        ("가나청, 다라시와 창업 지원 업무협약", "가나청은 10일 다라시와 업무협약을 체결했다.",
         "업무협약", "창업 지원 업무협약"),
    ],
)
def test_a_headline_piece_ending_in_an_event_head_names_the_event(title, text, event, alias):
    assert alias in events(title, text)[event]


def test_a_headline_adds_no_event_of_its_own():
    text = "가나청은 10일 다라시와 업무협약을 체결했다."
    assert events("가나청, 마바시에서 수출 설명회", text).keys() == events(None, text).keys()


def test_a_bare_head_word_is_no_new_name():
    assert "업무협약" not in events("업무협약", "가나청은 10일 다라시와 창업 지원 업무협약을 체결했다.").get(
        "창업 지원 업무협약", [])
