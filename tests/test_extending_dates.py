"""The grammar words around dates are table rows (event_name_parts.tsv): a row in a folder of one's own takes effect."""

import pytest

from kg.extract.normalize import date_grammar, find_dates
from kg.lexicon import load_lexicon

from .made_up import own_folder

HEADER = "part\tkind\n"


def _grammar(tmp_path, rows: str):
    return date_grammar(load_lexicon([own_folder(tmp_path, {"event_name_parts.tsv": HEADER + rows})]))


def _days(text: str, grammar=None) -> list[str]:
    return [date.lexical for _, _, date in find_dates(text, grammar=grammar)]


def test_a_users_source_phrase_dates_the_source_not_the_event(tmp_path):
    text = "12일 가나시에 의하면 축제는 20일 열린다."
    assert _days(text) == ["---12", "---20"]
    assert _days(text, _grammar(tmp_path, "에 의하면\tsourced\n")) == ["---20"]


def test_a_users_span_particles_close_a_span(tmp_path):
    text = "박람회는 3일서 5일새 열린다."
    assert _days(text) == ["---03", "---05"]
    assert _days(text, _grammar(tmp_path, "서\tspan-start\n새\tspan-end\n")) == ["---03"]


@pytest.mark.parametrize("text, days", [
    ("12일 가나시에 따르면 축제는 20일 열린다.", ["---20"]),
    ("가나시는 축제를 연다고 12일 밝혔다.", []),
    ("박람회는 24일부터 28일까지 열린다.", ["---24"]),
    ("박람회는 이날부터 28일까지 열린다.", []),
])
def test_the_built_in_rows(text, days):
    assert _days(text) == days


def test_the_report_date_is_kept_when_asked():
    assert [d.lexical for _, _, d in find_dates("가나시는 축제를 연다고 12일 밝혔다.", reported=True)] == ["---12"]


def test_a_users_postponement_particle(tmp_path):
    grammar = _grammar(tmp_path, "에게\tpostponed-to\n")
    assert "에게" in grammar.postponed_to and "로" in grammar.postponed_to


@pytest.mark.parametrize("text, days", [
    ("시장은 3박 5일 일정으로 가나국을 찾는다.", []),
    ("시장은 4일부터 3박 5일 일정으로 가나국을 찾는다.", ["---04"]),
])
def test_a_count_of_days_after_nights_is_a_length(text, days):
    assert _days(text) == days


def test_a_users_span_rows_date_an_event_through_the_whole_extraction(tmp_path):
    """The relation stage reads dates with the lexicon's grammar too, not only the built-in rows."""
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    own = own_folder(tmp_path, {"event_name_parts.tsv": HEADER + "서\tspan-start\n새\tspan-end\n"})
    article = Article(source=Path("example.txt"), index=0, title=None, text="가나시는 3일서 5일새 박람회를 연다.")

    def fair_date(lexicon) -> str:
        (fair,) = [e for e in extract_article(article, lexicon).entities.values() if e.name == "박람회"]
        return fair.date.lexical

    assert fair_date(load_lexicon()) == "---05"
    assert fair_date(load_lexicon([own])) == "---03"
