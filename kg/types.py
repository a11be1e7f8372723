"""Plain typed records that flow one way through the pipeline stages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class RawText:
    """A file's text after decoding (and HTML stripping), before cleaning."""

    path: Path
    text: str
    encoding: str
    was_html: bool = False
    published: str | None = None  # YYYY-MM-DD from the page's machine-readable publication date


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Byline:
    """Who wrote an article and for whom, as the page states it (several reporters may sign)."""

    authors: tuple[str, ...] = ()
    publisher: str | None = None
    author_title: str | None = None
    span: Span | None = None

    @property
    def author(self) -> str | None:
        """The first reporter, for readers that take one."""
        return self.authors[0] if self.authors else None


@dataclass(frozen=True)
class Article:
    """One article found on a page: the unit that becomes a document graph."""

    source: Path
    index: int
    title: str | None
    text: str
    byline: Byline = Byline()
    source_credit: str | None = None
    page_date: str | None = None
    sections: tuple[tuple[int, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.source.name}#{self.index}"


@dataclass(frozen=True, slots=True)
class Token:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    qualifier: str | None = None
    as_of: str | None = None
    text: str = ""


@dataclass(frozen=True)
class DateValue:
    """A date as stated: lexical form and XSD datatype name, plus inference."""

    lexical: str
    datatype: str
    inferred: bool = False
    text: str = ""


@dataclass
class Mention:
    """A stretch of a sentence that names an entity."""

    text: str
    start: int
    end: int
    sentence: int
    cls: str
    name: str
    english: str | None = None
    aliases: tuple[str, ...] = ()
    lexicon_id: str | None = None
    title: str | None = None
    affiliation: Mention | None = None
    count: int | None = None
    members: list[Mention] = field(default_factory=list)


@dataclass
class Entity:
    """A resolved node: one per real-world thing within a build."""

    key: str
    cls: str
    name: str
    labels_ko: list[str] = field(default_factory=list)
    labels_en: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    count: int | None = None
    date: DateValue | None = None
    status: str | None = None
    amount: Amount | None = None
    place: str | None = None
    evidence: list[int] = field(default_factory=list)
    curated: bool = False


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: tuple[int, ...] = ()
    curated: bool = False


@dataclass
class ArticleGraph:
    """Everything extracted from one article: the input of graph building."""

    article: Article
    sentences: list[Sentence]
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def with_nodes_merged(self, merged: dict[str, str], join: Callable[[Entity, Entity], Entity]) -> ArticleGraph:
        """A new graph where each key of `merged` is folded into the node it names: `join(kept, dropped)` gives
        that node; facts follow their nodes, a fact stated twice keeps the evidence of both, and none links a node
        to itself. Later stages use it when they find two nodes to be one (a program or a group named twice)."""
        if not merged:
            return self
        entities = {key: e for key, e in self.entities.items() if key not in merged}
        for key, same in merged.items():
            entities[same] = join(entities[same], self.entities[key])
        relations: dict[tuple[str, str, str], Relation] = {}
        for r in self.relations:
            r = replace(r, subject=merged.get(r.subject, r.subject), object=merged.get(r.object, r.object))
            if r.subject == r.object:
                continue
            fact = (r.subject, r.predicate, r.object)
            if fact in relations:
                r = replace(r, evidence=tuple(dict.fromkeys([*relations[fact].evidence, *r.evidence])))
            relations[fact] = r
        return replace(self, entities=entities, relations=list(relations.values()))


@dataclass
class BuildSummary:
    documents: int = 0
    entities_by_class: dict[str, int] = field(default_factory=dict)
    events: int = 0
    relations: int = 0
    evidence: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
