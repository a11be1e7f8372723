"""Graph building: extraction results into triples, one named graph per document.

Triples are written as N-Triples terms (plain strings) rather than rdflib objects: they sort,
hash and serialize without rdflib's per-triple costs, and the same strings feed graph.trig,
graph.ttl and the Oxigraph store. `GraphBuilder.dataset` still gives an rdflib Dataset for the
callers that want one (kg eval, the explorer page of a small graph).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from functools import lru_cache

from rdflib import Dataset, Graph

from .morph import has_hangul
from .namespaces import DEFAULT_BASE, PK, PREFIXES, SCHEMA, STATUS_IRIS, iri_path
from .types import ArticleGraph, Entity, Relation

EVENT_LINKS = {"party", "investor", "investee"}
XSD = "http://www.w3.org/2001/XMLSchema#"
DATATYPES = {"date": "date", "gYearMonth": "gYearMonth", "gYear": "gYear", "gMonthDay": "gMonthDay", "gDay": "gDay",
             "gMonth": "gMonth"}
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"

Triple = tuple[str, str, str]


def iri(value: str) -> str:
    """An IRI as an N-Triples term."""
    return f"<{value}>"


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_TABLE = str.maketrans({**_ESCAPES, **{chr(c): f"\\u{c:04X}" for c in range(32) if chr(c) not in _ESCAPES}, "\x7f": "\\u007F"})


def quote(text: str) -> str:
    """A string as an N-Triples (and Turtle) string literal, escaped."""
    return '"' + text.translate(_ESCAPE_TABLE) + '"'


def literal(text: str, lang: str | None = None) -> str:
    return quote(text) + (f"@{lang}" if lang else "")


def typed(lexical: str, datatype: str) -> str:
    return f"{quote(lexical)}^^<{XSD}{datatype}>"


def integer(value: int) -> str:
    return typed(str(int(value)), "integer")


@lru_cache(maxsize=4096)
def decimal(value: str) -> str:
    """xsd:decimal in plain notation with a fraction part (84500000000.0), as rdflib's Turtle wrote it."""
    lexical = format(Decimal(value), "f")
    return typed(lexical if "." in lexical else lexical + ".0", "decimal")


def _p(namespace, name: str) -> str:
    return iri(str(namespace) + name)


A = iri(RDF_NS + "type")
LABEL, PREF, ALT = iri(RDFS_NS + "label"), iri(SKOS_NS + "prefLabel"), iri(SKOS_NS + "altLabel")
DERIVED, ATTRIBUTED = iri(PROV_NS + "wasDerivedFrom"), iri(PROV_NS + "wasAttributedTo")
STATEMENT = iri(RDF_NS + "Statement")
SUBJECT, PREDICATE, OBJECT = iri(RDF_NS + "subject"), iri(RDF_NS + "predicate"), iri(RDF_NS + "object")


def pk(name: str) -> str:
    return _p(PK, name)


def document_key(result: ArticleGraph) -> str:
    """doc/PATH: the article's path relative to its input folder, without suffix, and its index on the page."""
    article = result.article
    stem = article.source.with_suffix("").as_posix()
    return f"doc/{stem}" + (f"-{article.index}" if article.index else "")


class TripleWriter:
    """An ArticleGraph as the set of its document's triples; IRIs depend only on content and path."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def node(self, key: str) -> str:
        return iri(self.base + iri_path(key))

    def document_iri(self, result: ArticleGraph) -> str:
        return self.node(document_key(result))

    def triples(self, result: ArticleGraph, curation_source: str | None = None, doc_key: str | None = None) -> tuple[str, set[Triple]]:
        """The document's IRI (an N-Triples term) and its triples; doc_key overrides the key from the path."""
        doc = self.node(doc_key) if doc_key else self.document_iri(result)
        out: set[Triple] = set()
        add = out.add
        article = result.article
        add((doc, A, pk("Document")))
        title = article.title or article.source.name
        for predicate in (pk("title"), LABEL, PREF):
            add((doc, predicate, literal(title, "ko")))
        add((doc, pk("sourceLocation"), literal(article.source.as_posix())))
        add((doc, pk("contentHash"), literal("sha256:" + hashlib.sha256(article.text.encode("utf-8")).hexdigest())))
        add((doc, pk("text"), literal(article.text)))
        if article.source_credit:
            add((doc, pk("sourceCredit"), literal(article.source_credit, "ko")))
        evidence = {s.index: self._evidence(add, doc, result, s.index) for s in result.sentences}
        curation = iri(self.base + "curation/" + iri_path(curation_source)) if curation_source else None
        for entity in result.entities.values():
            self._entity(add, entity, evidence)
            if entity.curated and curation:
                add((self.node(entity.key), ATTRIBUTED, curation))
        byline = article.byline
        for key, entity in result.entities.items():
            if byline.publisher and entity.cls == "MediaOutlet" and byline.publisher in (entity.name, *entity.aliases, *entity.labels_en):
                add((doc, pk("publisher"), self.node(key)))
            if entity.cls == "Person" and entity.name in byline.authors:
                add((doc, pk("author"), self.node(key)))
        for relation in result.relations:
            self._relation(add, doc, relation, evidence, curation)
        return doc, out

    def _evidence(self, add, doc: str, result: ArticleGraph, index: int) -> str:
        sentence = result.sentences[index]
        node = f"{doc[:-1]}/sentence/{sentence.start}-{sentence.end}>"
        add((node, A, pk("Evidence")))
        add((node, pk("text"), literal(sentence.text)))
        add((node, pk("document"), doc))
        add((node, pk("start"), integer(sentence.start)))
        add((node, pk("end"), integer(sentence.end)))
        return node

    def _entity(self, add, entity: Entity, evidence: dict[int, str]) -> None:
        node = self.node(entity.key)
        add((node, A, pk(entity.cls)))
        add((node, LABEL, _label(entity.name)))
        add((node, PREF, _label(entity.name)))
        for label in entity.labels_en:
            add((node, LABEL, literal(label, "en")))
        for alias in entity.aliases:
            add((node, ALT, _label(alias)))
        if entity.title:
            add((node, pk("title"), literal(entity.title, "ko")))
        if entity.count is not None:
            add((node, pk("memberCount"), integer(entity.count)))
        if entity.status:
            add((node, pk("status"), iri(str(STATUS_IRIS[entity.status]))))
        if entity.date is not None:
            add((node, pk("date"), typed(entity.date.lexical, DATATYPES[entity.date.datatype])))
            if entity.date.inferred:
                add((node, pk("dateInferred"), typed("true", "boolean")))
        if entity.place:
            add((node, pk("place"), self.node(entity.place)))
        if entity.amount is not None:
            amount = f"{node[:-1]}/amount>"
            add((node, pk("amount"), amount))
            add((amount, A, _p(SCHEMA, "MonetaryAmount")))
            add((amount, _p(SCHEMA, "value"), decimal(str(entity.amount.value))))
            add((amount, _p(SCHEMA, "currency"), literal(entity.amount.currency)))
            if entity.amount.qualifier:
                add((amount, pk("qualifier"), literal(entity.amount.qualifier)))
            if entity.amount.as_of:
                add((amount, pk("asOf"), typed(entity.amount.as_of, "gMonthDay")))
            if entity.amount.text:
                add((amount, LABEL, literal(entity.amount.text, "ko")))
        for index in entity.evidence:
            if index in evidence:
                add((node, DERIVED, evidence[index]))

    def _relation(self, add, doc: str, relation: Relation, evidence: dict[int, str], curation: str | None) -> None:
        subject, obj = self.node(relation.subject), self.node(relation.object)
        predicate = pk(relation.predicate)
        add((subject, predicate, obj))
        digest = hashlib.sha1(f"{subject[1:-1]} {predicate[1:-1]} {obj[1:-1]}".encode("utf-8")).hexdigest()[:16]
        statement = f"{doc[:-1]}/statement/{digest}>"
        add((statement, A, STATEMENT))
        add((statement, SUBJECT, subject))
        add((statement, PREDICATE, predicate))
        add((statement, OBJECT, obj))
        for index in relation.evidence:
            if index in evidence:
                add((statement, DERIVED, evidence[index]))
        if relation.curated and curation:
            add((statement, ATTRIBUTED, curation))


def _label(text: str) -> str:
    return literal(text, "ko" if has_hangul(text) else "en")


def new_dataset() -> Dataset:
    dataset = Dataset()
    for name, namespace in PREFIXES.items():
        dataset.bind(name, namespace, replace=True)
    return dataset


def nquads(documents: list[tuple[str, set[Triple] | list[Triple]]]) -> str:
    return "".join(f"{s} {p} {o} {doc} .\n" for doc, triples in documents for s, p, o in sorted(triples))


class GraphBuilder:
    """ArticleGraphs into an rdflib Dataset (small graphs: kg eval, tests); archives use TripleWriter."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.writer = TripleWriter(base)
        self.base = self.writer.base
        self.documents: list[tuple[str, set[Triple]]] = []
        self._dataset: Dataset | None = None

    def add(self, result: ArticleGraph, curation_source: str | None = None):
        from rdflib import URIRef

        doc, triples = self.writer.triples(result, curation_source)
        self.documents.append((doc, triples))
        self._dataset = None
        return URIRef(doc[1:-1])

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            self._dataset = new_dataset()
            if self.documents:
                self._dataset.parse(data=nquads(self.documents), format="nquads")
        return self._dataset


def union_graph(dataset: Dataset) -> Graph:
    """All documents' triples as one graph (what graph.ttl holds)."""
    union = Graph()
    for name, namespace in PREFIXES.items():
        union.bind(name, namespace, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


__all__ = ["GraphBuilder", "TripleWriter", "document_key", "new_dataset", "nquads", "union_graph"]
