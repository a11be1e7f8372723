"""Program tables a user extends with a row in a lexicon folder of his own."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

MODIFIERS_HEADER = "word\tuse\n"


def _programs(text: str, lexicon) -> set[str]:
    result = extract_article(Article(source=Path("made-up.txt"), index=0, title=None, text=text), lexicon)
    return {e.name for e in result.entities.values() if e.cls == "Program"}


def _own_lexicon(tmp_path, rows: str):
    own = tmp_path / "lexicon"
    own.mkdir()
    (own / "program_modifiers.tsv").write_text(MODIFIERS_HEADER + rows, encoding="utf-8")
    return load_lexicon([own])


@pytest.mark.parametrize("text, absent", [
    ("가나시는 포괄적 협력사업을 추진한다.", "포괄적 협력사업"),
    ("가나시는 창의적 사업을 새로 시작한다.", "창의적 사업"),
])
def test_an_adjective_noun_in_the_table_describes_a_program_and_names_none(text, absent):
    assert absent not in _programs(text, load_lexicon())


def test_a_users_adjective_suffix_takes_effect(tmp_path):
    """program_modifiers.tsv use adjective: a user's suffix ('식', '참여식') makes a modifier descriptive too."""
    text = "가나시는 주민참여식 협력사업을 추진한다."
    assert "주민참여식 협력사업" in _programs(text, load_lexicon())
    assert "주민참여식 협력사업" not in _programs(text, _own_lexicon(tmp_path, "식\tadjective\n"))
