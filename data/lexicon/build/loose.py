"""Which place names are also common Korean words, and so must not be matched on their own.

A name is "loose" when Kiwi's own dictionary (before any user word is added) does not read the bare
word first as one proper noun, or reads it as a common noun almost as readily (within MARGIN of the
proper-noun reading's log score): 수단 (means / Sudan), 예산 (budget / 예산군), 가나 (가다 / Ghana),
경기 (economy, match / 경기도), 화성 (Mars / 화성시). Such names stay in the table, in the ``loose``
column, but the extractor does not look for them in running text.

Run: python data/lexicon/build/loose.py data/lexicon/korea_regions.tsv data/lexicon/world_cities.tsv
(rewrites the loose column of each table in place; countries.py calls it itself).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

MARGIN = 1.5
PROPER_OR_NUMBER = {"NNP", "NR", "MM"}  # numbers spelt in Hangul (이천, 오만) are rare in news
COMMON_STEMS = {"VV", "VA", "VX", "NNG", "NP", "MAG"}
HANGUL_WORD = re.compile(r"^[가-힣]+$")
# Columns whose names are matched as place names in each table.
PLACE_COLUMNS = {"korea_regions.tsv": ("place",), "world_cities.tsv": ("ko", "aliases"), "countries.tsv": ("ko", "aliases")}


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def _common(tokens) -> bool:
    """A reading as ordinary dictionary words: one common word, or a stem or noun with its ending or
    particle (가나 = 가+나). Kiwi's guesses at unknown words (oov) are no reading of their own."""
    if any(t.oov for t in tokens):
        return False
    if len(tokens) == 1:
        return tokens[0].tag not in PROPER_OR_NUMBER
    return len(tokens) == 2 and tokens[0].tag in COMMON_STEMS and tokens[1].tag[0] in "EJ"


def is_loose(name: str) -> bool:
    """True when the bare Hangul word is also, or rather, a common word."""
    if not HANGUL_WORD.match(name):
        return False
    readings = _kiwi().analyze(name, top_n=5)
    proper = next((score for tokens, score in readings if len(tokens) == 1 and tokens[0].tag == "NNP"), None)
    common = next((score for tokens, score in readings if _common(tokens)), None)
    if common is None:
        return False
    if proper is None:
        return common == readings[0][1]
    return proper - common < MARGIN


def shared_names(rows: list[dict[str, str]]) -> dict[str, set[str]]:
    """In korea_regions.tsv, per row id, the names that do not say which division is meant: a name two
    divisions share (중구 in six cities), or a lower division's name that a province or metropolitan
    city has (경기 광주시's bare 광주시 is 광주광역시's too)."""
    def names(row: dict[str, str]) -> set[str]:
        return {n for c in ("place", "body") for n in row.get(c, "").split("|") if n}

    count: dict[str, int] = {}
    for row in rows:
        for name in names(row):
            count[name] = count.get(name, 0) + 1
    top = {n for row in rows if row.get("parent") == "korea" for n in names(row)}
    return {
        row["id"]: {n for n in names(row) if count[n] > 1 or n in top}
        for row in rows
        if row.get("parent") != "korea"
    }


def mark(path: Path) -> None:
    """Rewrite the table's loose column from its place-name columns; other lines stay as they are."""
    columns = PLACE_COLUMNS[path.name]
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for index, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append((index, cells + [""] * (len(header) - len(cells))))
    assert header is not None
    records = [dict(zip(header, cells)) for _, cells in rows]
    shared = shared_names(records) if path.name == "korea_regions.tsv" else {}
    for (index, cells), row in zip(rows, records):
        names = [n.strip() for c in ("place", "body", "ko", "aliases") if c in row for n in row[c].split("|") if n.strip()]
        matched = {n.strip() for c in columns for n in row.get(c, "").split("|") if n.strip()}
        loose = [n for n in dict.fromkeys(names) if n in shared.get(row["id"], set()) or (n in matched and is_loose(n))]
        cells[header.index("loose")] = "|".join(loose)
        lines[index] = "\t".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        mark(Path(argument))
