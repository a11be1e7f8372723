"""Lexicons: the general knowledge the extractor uses, kept as TSV data users extend.

Each file is tab-separated with a header row; lines starting with # are comments.
A user's own lexicon folder (``--lexicon DIR``) adds rows to the built-in tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LexiconError

ORG_KINDS = {"GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet", "Organization"}
EVENT_CLASSES = {"Meeting", "AgreementSigning", "Investment", "Announcement", "Event", "Program"}
EVENT_ROLES = {"head", "umbrella", "light", "anaphor", "merger", "standing"}
STATUSES = {"completed", "in-progress", "planned", "postponed", "cancelled"}

# Required columns per table (a table may have more: optional columns such as ``loose`` and
# ``head`` default to empty). Generated and bulk tables come first so that the curated
# organizations.tsv and places.tsv, read later, win where a name is listed twice.
TABLES: dict[str, tuple[str, ...]] = {
    "org_suffixes.tsv": ("suffix", "kind"),  # first: its governs column names the world cities' governments
    "countries.tsv": ("id", "kind", "ko", "en", "aliases"),
    "world_cities.tsv": ("id", "kind", "ko", "en", "aliases"),
    "korea_regions.tsv": ("id", "level", "ko", "en", "place", "body", "body_en", "head"),
    "organizations.tsv": ("id", "kind", "ko", "en", "aliases"),
    "places.tsv": ("id", "kind", "ko", "en", "aliases"),
    "titles.tsv": ("title", "en", "kind"),
    "kind_nouns.tsv": ("noun", "kind"),
    "collectives.tsv": ("noun", "en"),
    "counters.tsv": ("counter", "unit"),
    "event_words.tsv": ("word", "class", "role"),
    "cues.tsv": ("cue", "type", "value"),
    "furniture.tsv": ("pattern", "action"),
    "bylines.tsv": ("pattern", "kind"),
    "surnames.tsv": ("surname",),
    "place_suffixes.tsv": ("suffix",),
    "stopwords.tsv": ("word", "use"),
}


PLACE_TABLES = ("countries.tsv", "world_cities.tsv", "places.tsv")


@dataclass(frozen=True)
class KnownName:
    """A lexicon entry for an organization or place.

    ``loose`` holds names that are also common words ("예산" budget / 예산군, "수단" means / Sudan):
    they belong to the entry but are not matched in running text on their own. ``heads`` are the
    titles of the body's head and deputies ("도지사", "지사", "부지사" for a province), so that a
    title like "충북지사" can point at its body.
    """

    id: str
    kind: str
    ko: str
    en: str
    aliases: tuple[str, ...]
    loose: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The surface forms matched in text (loose names left out)."""
        return tuple(n for n in (self.ko, self.en, *self.aliases) if n and n not in self.loose)


@dataclass
class Lexicon:
    organizations: list[KnownName] = field(default_factory=list)
    places: list[KnownName] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    title_kinds: dict[str, str] = field(default_factory=dict)
    title_offices: dict[str, str] = field(default_factory=dict)  # a diplomat's title to the post abroad it heads (대사: 대사관)
    org_suffixes: dict[str, str] = field(default_factory=dict)
    suffix_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    governments: dict[str, str] = field(default_factory=dict)  # a place kind to the ending that names its government
    kind_nouns: dict[str, str] = field(default_factory=dict)
    collectives: dict[str, str] = field(default_factory=dict)
    counters: dict[str, str] = field(default_factory=dict)
    event_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    status_cues: list[tuple[str, str]] = field(default_factory=list)
    role_cues: dict[str, set[str]] = field(default_factory=dict)
    anaphors: list[tuple[str, str]] = field(default_factory=list)
    credit_cues: list[str] = field(default_factory=list)
    quotatives: list[str] = field(default_factory=list)
    furniture: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    bylines: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    place_suffixes: set[str] = field(default_factory=set)
    estate_suffixes: set[str] = field(default_factory=set)  # place_suffixes.tsv kind estate: '가나산단' is a place as written
    industrial_estates: set[str] = field(default_factory=set)  # place_suffixes.tsv kind industrial-estate: one estate's interchangeable endings
    home_regions: set[str] = field(default_factory=set)  # the ids of korea_regions.tsv: the home country's divisions
    province_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a province's id: its government's names
    stopwords: dict[str, set[str]] = field(default_factory=dict)
    sources: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)

    @property
    def home_country(self) -> str | None:
        """The id of the country the news is written in: the country stopwords.tsv's home-country rows name."""
        names = self.stopwords.get("home-country", set())
        return next((p.id for p in self.places if p.kind == "country" and p.ko in names), None)

    def name_index(self, loose: bool = False) -> dict[str, KnownName]:
        """Every surface form of a known organization or place, to its entry.

        With loose=True the names that are also common words (예산, 화성, 경기) are in too: right for
        a word whose other part already says it is a name ('경기지사', '예산군수'), not for running text.
        A loose name two entries share (중구) stays out: it names neither.
        """
        index: dict[str, KnownName] = {}
        for entry in [*self.places, *self.organizations]:
            for name in entry.names:
                index[name] = entry
        if loose:
            owners: dict[str, set[str]] = {}
            for entry in [*self.places, *self.organizations]:
                for name in entry.loose:
                    owners.setdefault(name, set()).add(entry.id)
            for entry in [*self.places, *self.organizations]:
                for name in entry.loose:
                    if len(owners[name]) == 1 and name not in index:
                        index[name] = entry
        return index

    def roles_of(self, lemma: str) -> set[str]:
        return self.role_cues.get(lemma, set())


def default_lexicon_dir() -> Path:
    """The built-in lexicons: data/lexicon in the working folder, else beside the package."""
    here = Path.cwd() / "data" / "lexicon"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "data" / "lexicon"


def read_table(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV file as dicts; a malformed file raises LexiconError naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read ({exc.strerror or exc})") from None
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                raise LexiconError(f"{path}:{number}: header lacks column(s) {', '.join(missing)} (expected: {' TAB '.join(columns)})")
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{path}:{number}: {len(cells)} tab-separated fields, header has {len(header)}")
        row = dict(zip(header, (c.strip() for c in cells)))
        for column in columns:
            row.setdefault(column, "")
        if not row[columns[0]]:
            raise LexiconError(f"{path}:{number}: empty {columns[0]}")
        rows.append(row)
    if header is None:
        raise LexiconError(f"{path}: no header row")
    return rows


def load_lexicon(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> Lexicon:
    """The built-in lexicons plus every user folder, later rows adding to earlier ones."""
    lexicon = Lexicon()
    for folder in [default_lexicon_dir(), *extra_dirs]:
        if not folder.is_dir():
            raise LexiconError(f"{folder}: lexicon folder not found")
        if folder in lexicon.folders:
            continue
        lexicon.folders.append(folder)
        for name, columns in TABLES.items():
            path = folder / name
            if path.exists():
                _add_rows(lexicon, name, path, read_table(path, columns))
                lexicon.sources.append(path)
        # the grammar tables (frames.tsv, premises.tsv ...) are read by their stages: in the sources too,
        # so that a change to one of them is a new extractor version
        lexicon.sources.extend(path for path in sorted(folder.glob("*.tsv")) if path.name not in TABLES)
    return lexicon


def lexicon_folders(lexicon: Lexicon | None) -> list[Path]:
    """The built-in folder, then every folder the lexicon was read from: where each stage finds its tables."""
    return list(lexicon.folders) if lexicon is not None and lexicon.folders else [default_lexicon_dir()]


def alternation(words) -> str:
    """A regular-expression alternation of the words, longest first (so '협약식' is tried before '협약')."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def built_once(lexicon: Lexicon, cache: dict, build):
    """What `build` makes of a lexicon, made once per lexicon object: stages run once per article and read
    their tables and compiled vocabularies from here."""
    entry = cache.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = cache[id(lexicon)] = (lexicon, build(lexicon))
    return entry[1]


def read_word_uses(lexicon: Lexicon | None, table: str) -> dict[str, frozenset[str]]:
    """The words of each use in a (word, use) table, read from every folder of `lexicon_folders`: a stage's
    vocabulary, which a user extends with rows in a folder of his own."""
    uses: dict[str, set[str]] = {}
    for folder in lexicon_folders(lexicon):
        path = Path(folder) / table
        if path.exists():
            for row in read_table(path, ("word", "use")):
                uses.setdefault(row["use"], set()).add(row["word"])
    return {use: frozenset(words) for use, words in uses.items()}


@dataclass(frozen=True)
class WordUses:
    """A stage's vocabulary from a (word, use) table (`read_word_uses`)."""

    uses: dict[str, frozenset[str]]

    def of(self, use: str) -> frozenset[str]:
        return self.uses.get(use, frozenset())


def _split_aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _optional(row: dict[str, str], column: str) -> tuple[str, ...]:
    return _split_aliases(row.get(column) or "")


def _add_region(lex: Lexicon, row: dict[str, str]) -> None:
    """One administrative division gives two entries, as the gold conventions want: its government
    (충청북도 | 충북도, GovernmentBody, the one that acts) and its territory (충북, Place, where things
    happen). The first name of each list is that entry's label.
    """
    loose = _optional(row, "loose")
    lex.home_regions.add(row["id"])
    body = _split_aliases(row["body"]) or (row["ko"],)
    place = _split_aliases(row["place"])
    # '경기도 안성시', '충청북도 청주': a city or county named after its province's full name, as the table names it after
    # the short one ('경기 화성시'); the province before it is its address, not a body or place of its own
    provinces = lex.province_names.get(row.get("parent") or "", ())
    body_names = (*body, *(f"{p} {body[0]}" for p in provinces))
    lex.organizations.append(KnownName(row["id"], "GovernmentBody", body_names[0], row["body_en"], body_names[1:], loose,
                                       _split_aliases(row["head"])))
    if place:
        place_names = (*place, *(f"{p} {place[0]}" for p in provinces))
        lex.places.append(KnownName(row["id"], row["level"] or "region", place_names[0], row["en"], place_names[1:], loose))
    if row["level"] == PROVINCE:
        lex.province_names[row["id"]] = body


HANGUL_NAME = re.compile(r"^[가-힣]+$")
PROVINCE = "region"  # the korea_regions.tsv level of a province (도), whose full name may open its cities' names


def _add_city_government(lex: Lexicon, row: dict[str, str]) -> None:
    """A world city acts through its government, named with the ending org_suffixes.tsv's governs column gives
    its kind ('하노이시와 협약', '리마시장'): an entry of the city's id, as Korea's divisions have (its place and its
    government share the id), whose heads are that ending's."""
    ending = lex.governments.get(row["kind"] or "place")
    if not ending:
        return
    names = [n for n in (row["ko"], *_split_aliases(row["aliases"])) if HANGUL_NAME.match(n)]
    bodies = [n if n.endswith(ending) else n + ending for n in names]
    if not bodies:
        return
    unique = tuple(dict.fromkeys(bodies))
    lex.organizations.append(KnownName(row["id"], "GovernmentBody", unique[0], f"{row['en']} City Government", unique[1:], (),
                                       lex.suffix_heads.get(ending, ())))


def _check(value: str, allowed: set[str], path: Path, what: str) -> str:
    if value not in allowed:
        raise LexiconError(f"{path}: unknown {what} {value!r} (one of: {', '.join(sorted(allowed))})")
    return value


def _compile(pattern: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LexiconError(f"{path}: bad regular expression {pattern!r}: {exc}") from None


def _add_rows(lex: Lexicon, name: str, path: Path, rows: list[dict[str, str]]) -> None:
    for row in rows:
        if name == "organizations.tsv":
            kind = _check(row["kind"], ORG_KINDS, path, "organization kind")
            lex.organizations.append(
                KnownName(row["id"], kind, row["ko"], row["en"], _split_aliases(row["aliases"]), _optional(row, "loose"), _optional(row, "head"))
            )
        elif name in PLACE_TABLES:
            lex.places.append(KnownName(row["id"], row["kind"] or "place", row["ko"], row["en"], _split_aliases(row["aliases"]), _optional(row, "loose")))
            if name == "world_cities.tsv":
                _add_city_government(lex, row)
        elif name == "korea_regions.tsv":
            _add_region(lex, row)
        elif name == "titles.tsv":
            lex.titles[row["title"]] = row["en"]
            lex.title_kinds[row["title"]] = row["kind"]
            if row.get("office"):
                lex.title_offices[row["title"]] = row["office"]
        elif name == "org_suffixes.tsv":
            lex.org_suffixes[row["suffix"]] = _check(row["kind"], ORG_KINDS, path, "organization kind")
            lex.suffix_heads[row["suffix"]] = _split_aliases(row.get("head") or "")
            for kind in _optional(row, "governs"):
                lex.governments[kind] = row["suffix"]
        elif name == "kind_nouns.tsv":
            lex.kind_nouns[row["noun"]] = _check(row["kind"], ORG_KINDS | {"Group"}, path, "kind")
        elif name == "collectives.tsv":
            lex.collectives[row["noun"]] = row["en"]
        elif name == "counters.tsv":
            lex.counters[row["counter"]] = row["unit"]
        elif name == "event_words.tsv":
            cls = _check(row["class"], EVENT_CLASSES, path, "event class")
            lex.event_words[row["word"]] = (cls, _check(row["role"] or "head", EVENT_ROLES, path, "event role"))
        elif name == "cues.tsv":
            kind, value = row["type"], row["value"]
            if kind == "status":
                lex.status_cues.append((row["cue"], _check(value, STATUSES, path, "status")))
            elif kind == "role":
                lex.role_cues.setdefault(row["cue"], set()).add(value)
            elif kind == "anaphor":
                lex.anaphors.append((row["cue"], value))
            elif kind == "credit":
                lex.credit_cues.append(row["cue"])
            elif kind == "quotative":
                lex.quotatives.append(row["cue"])
            else:
                raise LexiconError(f"{path}: unknown cue type {kind!r} (status, role, anaphor, credit, quotative)")
        elif name == "furniture.tsv":
            lex.furniture.append((_compile(row["pattern"], path), row["action"] or "drop"))
        elif name == "place_suffixes.tsv":
            lex.place_suffixes.add(row["suffix"])
            if row.get("kind") in {"estate", "industrial-estate"}:
                lex.estate_suffixes.add(row["suffix"])
            if row.get("kind") == "industrial-estate":
                lex.industrial_estates.add(row["suffix"])
        elif name == "surnames.tsv":
            lex.surnames.add(row["surname"])
        elif name == "stopwords.tsv":
            lex.stopwords.setdefault(row["use"], set()).add(row["word"])
        elif name == "bylines.tsv":
            lex.bylines.append((_compile(row["pattern"], path), row["kind"] or "lead"))
