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


LEXICON = load_lexicon()
INDEX = LEXICON.name_index()


@pytest.mark.parametrize(
    "name, kind, label",
    [
        ("충청북도", "GovernmentBody", "충청북도"),  # the province's government acts
        ("충북도", "GovernmentBody", "충청북도"),
        ("충북", "region", "충북"),  # the territory is where things happen
        ("부산시", "GovernmentBody", "부산광역시"),
        ("부산", "city", "부산"),
        ("화성시", "GovernmentBody", "화성시"),
        ("충남 계룡시", "GovernmentBody", "계룡시"),
        ("강남구", "district", "강남구"),
        ("강남구청", "GovernmentBody", "강남구청"),
        ("서울 중구", "district", "중구"),
        ("남아공", "country", "남아프리카공화국"),
        ("오스트레일리아", "country", "호주"),
        ("미래부", "GovernmentBody", "미래창조과학부"),  # a past name is its own entity
        ("중기청", "GovernmentBody", "중소기업청"),
    ],
)
def test_known_names_say_body_or_place(name, kind, label):
    entry = INDEX[name]
    assert (entry.kind, entry.ko) == (kind, label)


@pytest.mark.parametrize("word", ["예산", "수단", "가나", "경기", "화성", "중구", "고성군"])
def test_names_that_are_common_words_or_shared_are_not_matched(word):
    """'예산을 늘렸다' is about a budget, not 예산군; 중구 is in six cities."""
    assert word not in INDEX


def test_a_division_knows_the_titles_of_its_head():
    province = next(e for e in LEXICON.organizations if e.ko == "충청북도")
    assert "지사" in province.heads and "부지사" in province.heads


@pytest.mark.parametrize(
    "text, found",
    [
        ("부산광역시와 부산시, 부산에서", ["부산광역시", "부산시", "부산"]),  # the longest name at each place
        ("서울 중구청장", ["서울 중구청"]),
        ("없는 이름", []),
    ],
)
def test_known_names_are_found_longest_first_at_each_word(text, found):
    from kg.extract.mentions import NameIndex

    index = NameIndex(["부산", "부산시", "부산광역시", "서울", "서울 중구", "서울 중구청", "중구"])
    assert [name for _, _, name in index.finditer(text)] == found


def _build_module(name):
    import importlib.util
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "build"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(folder))


@pytest.mark.parametrize("table", ["countries.tsv", "world_cities.tsv", "korea_regions.tsv"])
def test_loose_columns_are_what_the_build_script_computes(tmp_path, table):
    """The loose column is derived (data/lexicon/build/loose.py): recomputing it changes nothing."""
    import shutil
    from pathlib import Path

    source = Path(__file__).resolve().parents[1] / "data" / "lexicon" / table
    copy = tmp_path / table
    shutil.copy(source, copy)
    _build_module("loose").mark(copy)
    assert copy.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_every_name_of_an_entry_is_unique_to_it():
    """A surface form naming two entries would silently pick one: shared names belong in loose."""
    owners: dict[str, set[str]] = {}
    for entry in [*LEXICON.places, *LEXICON.organizations]:
        for name in entry.names:
            owners.setdefault(name, set()).add(entry.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize("word, label", [("경기", "경기"), ("예산", "예산"), ("화성", "화성")])
def test_loose_names_are_there_for_words_that_say_they_are_names(word, label):
    """'경기지사', '예산군수': the glued title says 경기 and 예산 are the places, not economy and budget."""
    assert word not in INDEX
    assert LEXICON.name_index(loose=True)[word].ko == label


def test_a_loose_name_two_divisions_share_names_neither():
    assert "중구" not in LEXICON.name_index(loose=True)


def test_kiwi_keeps_long_names_whole_but_not_names_made_of_names():
    """'중소벤처기업부' must stay one word for Kiwi; '서울 종로구' is two known names and stays two words."""
    from kg.morph import user_words

    words = dict(user_words(LEXICON))
    assert "중소벤처기업부" in words and "보스턴 다이나믹스" in words
    assert "서울 종로구" not in words and "영주" not in words


@pytest.mark.parametrize(
    "name, label",
    [("호치민", "호찌민"), ("키예프", "키이우"), ("프랑스 파리", "파리"), ("중국 선전", "선전"), ("타이페이", "타이베이")],
)
def test_world_cities_know_press_spellings_and_qualified_names(name, label):
    entry = INDEX[name]
    assert (entry.kind, entry.ko) == ("city", label)


@pytest.mark.parametrize("title, kind", [("정무부지사", "official"), ("총영사", "diplomat"), ("책임연구원", "staff"), ("특파원", "journalist")])
def test_titles_have_a_kind(title, kind):
    assert LEXICON.title_kinds[title] == kind


@pytest.mark.parametrize("word", ["감사", "공사", "검사", "고문", "특보"])
def test_titles_leave_out_common_noun_homographs(word):
    assert word not in LEXICON.titles
