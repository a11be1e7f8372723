"""Graph building: extraction results into an RDF dataset, one named graph per document."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .morph import has_hangul
from .namespaces import DEFAULT_BASE, PK, PREFIXES, SCHEMA, STATUS_IRIS, iri_path
from .types import ArticleGraph, Entity, Relation

EVENT_LINKS = {"party", "investor", "investee"}
DATATYPES = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear, "gMonthDay": XSD.gMonthDay, "gDay": XSD.gDay}


def new_dataset() -> Dataset:
    dataset = Dataset()
    for name, namespace in PREFIXES.items():
        dataset.bind(name, namespace, replace=True)
    return dataset


class GraphBuilder:
    """Writes ArticleGraphs into a Dataset; IRIs depend only on content, so builds repeat exactly."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.dataset = new_dataset()

    def iri(self, key: str) -> URIRef:
        return URIRef(self.base + iri_path(key))

    def document_iri(self, result: ArticleGraph) -> URIRef:
        article = result.article
        stem = article.source.stem
        return self.iri(f"doc/{stem}" + (f"-{article.index}" if article.index else ""))

    def add(self, result: ArticleGraph, curation_source: str | None = None) -> URIRef:
        doc = self.document_iri(result)
        graph = self.dataset.graph(doc)
        article = result.article
        graph.add((doc, RDF.type, PK.Document))
        title = article.title or article.source.name
        graph.add((doc, PK.title, Literal(title, lang="ko")))
        graph.add((doc, RDFS.label, Literal(title, lang="ko")))
        graph.add((doc, SKOS.prefLabel, Literal(title, lang="ko")))
        graph.add((doc, PK.sourceLocation, Literal(article.source.name)))
        graph.add((doc, PK.contentHash, Literal("sha256:" + hashlib.sha256(article.text.encode("utf-8")).hexdigest())))
        graph.add((doc, PK.text, Literal(article.text)))
        if article.source_credit:
            graph.add((doc, PK.sourceCredit, Literal(article.source_credit, lang="ko")))
        evidence = {s.index: self._evidence(graph, doc, result, s.index) for s in result.sentences}
        for entity in result.entities.values():
            self._entity(graph, entity, evidence)
            if entity.curated and curation_source:
                graph.add((self.iri(entity.key), PROV.wasAttributedTo, self._curation_iri(curation_source)))
        byline = article.byline
        for key, entity in result.entities.items():
            if byline.publisher and entity.cls == "MediaOutlet" and byline.publisher in (entity.name, *entity.aliases, *entity.labels_en):
                graph.add((doc, PK.publisher, self.iri(key)))
            if entity.cls == "Person" and entity.name in byline.authors:
                graph.add((doc, PK.author, self.iri(key)))
        for relation in result.relations:
            self._relation(graph, doc, relation, evidence, curation_source)
        return doc

    def _evidence(self, graph: Graph, doc: URIRef, result: ArticleGraph, index: int) -> URIRef:
        sentence = result.sentences[index]
        node = URIRef(f"{doc}/sentence/{sentence.start}-{sentence.end}")
        graph.add((node, RDF.type, PK.Evidence))
        graph.add((node, PK.text, Literal(sentence.text)))
        graph.add((node, PK.document, doc))
        graph.add((node, PK.start, Literal(sentence.start)))
        graph.add((node, PK.end, Literal(sentence.end)))
        return node

    def _entity(self, graph: Graph, entity: Entity, evidence: dict[int, URIRef]) -> None:
        node = self.iri(entity.key)
        graph.add((node, RDF.type, PK[entity.cls]))
        graph.add((node, RDFS.label, _label(entity.name)))
        graph.add((node, SKOS.prefLabel, _label(entity.name)))
        for label in entity.labels_en:
            graph.add((node, RDFS.label, Literal(label, lang="en")))
        for alias in entity.aliases:
            graph.add((node, SKOS.altLabel, _label(alias)))
        if entity.title:
            graph.add((node, PK.title, Literal(entity.title, lang="ko")))
        if entity.count is not None:
            graph.add((node, PK.memberCount, Literal(entity.count)))
        if entity.status:
            graph.add((node, PK.status, STATUS_IRIS[entity.status]))
        if entity.date is not None:
            graph.add((node, PK.date, Literal(entity.date.lexical, datatype=DATATYPES[entity.date.datatype])))
            if entity.date.inferred:
                graph.add((node, PK.dateInferred, Literal(True)))
        if entity.place:
            graph.add((node, PK.place, self.iri(entity.place)))
        if entity.amount is not None:
            amount = URIRef(f"{node}/amount")
            graph.add((node, PK.amount, amount))
            graph.add((amount, RDF.type, SCHEMA.MonetaryAmount))
            graph.add((amount, SCHEMA.value, Literal(Decimal(entity.amount.value), datatype=XSD.decimal)))
            graph.add((amount, SCHEMA.currency, Literal(entity.amount.currency)))
            if entity.amount.qualifier:
                graph.add((amount, PK.qualifier, Literal(entity.amount.qualifier)))
            if entity.amount.as_of:
                graph.add((amount, PK.asOf, Literal(entity.amount.as_of, datatype=XSD.gMonthDay)))
            if entity.amount.text:
                graph.add((amount, RDFS.label, Literal(entity.amount.text, lang="ko")))
        for index in entity.evidence:
            if index in evidence:
                graph.add((node, PROV.wasDerivedFrom, evidence[index]))

    def _relation(self, graph: Graph, doc: URIRef, relation: Relation, evidence: dict[int, URIRef], curation: str | None) -> None:
        subject, obj = self.iri(relation.subject), self.iri(relation.object)
        predicate = PK[relation.predicate]
        graph.add((subject, predicate, obj))
        digest = hashlib.sha1(f"{subject} {predicate} {obj}".encode("utf-8")).hexdigest()[:16]
        statement = URIRef(f"{doc}/statement/{digest}")
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, predicate))
        graph.add((statement, RDF.object, obj))
        for index in relation.evidence:
            if index in evidence:
                graph.add((statement, PROV.wasDerivedFrom, evidence[index]))
        if relation.curated and curation:
            graph.add((statement, PROV.wasAttributedTo, self._curation_iri(curation)))

    def _curation_iri(self, source: str) -> URIRef:
        return URIRef(self.base + "curation/" + iri_path(source))


def _label(text: str) -> Literal:
    return Literal(text, lang="ko" if has_hangul(text) else "en")


def union_graph(dataset: Dataset) -> Graph:
    """All documents' triples as one graph (what graph.ttl holds)."""
    union = Graph()
    for name, namespace in PREFIXES.items():
        union.bind(name, namespace, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


__all__ = ["GraphBuilder", "new_dataset", "union_graph"]
