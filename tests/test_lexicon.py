"""Lexicons are data users extend: their rows reach the extractor, and broken files say where."""

import pytest

from kg.errors import LexiconError
from kg.lexicon import load_lexicon

from .conftest import run


def test_built_in_lexicon_knows_abbreviations():
    lexicon = load_lexicon()
    assert lexicon.name_index()["중기부"].ko == "중소벤처기업부"
    assert lexicon.titles["차관"] == "Vice Minister"


def test_user_folder_adds_an_organization(tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "organizations.tsv").write_text("id\tkind\tko\ten\taliases\nacme\tCompany\t에이크미\tAcme\t에크미\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("중소벤처기업부는 1일 에크미와 업무협약을 체결했다.\n", encoding="utf-8")
    result = run("build", str(article), "-o", str(tmp_path / "out"), "--lexicon", str(folder), "--no-html")
    assert result.exit_code == 0, result.output
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "id/org/acme" in turtle and "signedMOUWith" in turtle


@pytest.mark.parametrize(
    "content, message",
    [
        ("id\tkind\tko\nx\tCompany\t가\n", "header lacks column"),
        ("id\tkind\tko\ten\taliases\nx\tSpaceship\t가\tA\t\n", "unknown organization kind"),
        ("id\tkind\tko\ten\taliases\nx\tCompany\t가\tA\t\tzz\textra\n", "tab-separated fields"),
        ("# only a comment\n", "no header row"),
    ],
)
def test_malformed_lexicon_names_file_and_line(tmp_path, content, message):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "organizations.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon([folder])
    result = run("build", "-o", str(tmp_path / "out"), "--lexicon", str(folder))
    assert result.exit_code == 1 and "organizations.tsv" in result.output and "Traceback" not in result.output
