"""Show: one entity's facts, each with the sentence it came from.

`kg show` prints them; the Python API (kg.show, kg.open(...).show) returns them as Entity records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, RDFS, SKOS

from .errors import KgError
from .extract.resolve import fold
from .files import load_dataset
from .graph import union_graph
from .namespaces import PK
from .query import prefixed

LABELS = (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
ATTRIBUTES = (PK.title, PK.date, PK.status, PK.memberCount, PK.place)
SCHEMA_VALUE = URIRef("https://schema.org/value")
SCHEMA_CURRENCY = URIRef("https://schema.org/currency")


@dataclass(frozen=True)
class Fact:
    """A direct relation the entity takes part in, with the sentences it was read from."""

    subject: str
    relation: str
    object: str
    evidence: tuple[str, ...] = ()
    curated_by: str | None = None
    subject_iri: str = ""
    object_iri: str = ""

    def __str__(self) -> str:
        return f"{self.subject} {self.relation} {self.object}"


@dataclass(frozen=True)
class Entity:
    """An entity or event of the built graph: its labels, class, attributes and facts with evidence."""

    iri: str
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()

    def __str__(self) -> str:
        return format_entity(self)


def find_entities(graph, name: str) -> list[URIRef]:
    """Entities with a label equal to name (folded); failing that, those whose label contains it."""
    exact, partial = match_entities(graph, name)
    return exact or partial


def match_entities(graph, name: str) -> tuple[list[URIRef], list[URIRef]]:
    """(entities with a label equal to name, folded; entities whose label contains it), each sorted."""
    target = fold(name)
    exact, partial = [], []
    for predicate in LABELS:
        for node, label in graph.subject_objects(predicate):
            if (node, RDF.type, PK.Document) in graph or (node, RDF.type, PK.Evidence) in graph:
                continue
            folded = fold(str(label))
            if folded == target and node not in exact:
                exact.append(node)
            elif target and target in folded and node not in partial:
                partial.append(node)
    return sorted(exact), sorted(set(partial) - set(exact))


def entities_named(graph, name: str) -> list[Entity]:
    """Entity records for every entity find_entities gives; a name matching nothing is a KgError."""
    nodes = find_entities(graph, name)
    if not nodes:
        raise KgError(f"no entity labelled {name!r} in the graph (try part of the name, or 'kg query')")
    return [describe(graph, node) for node in nodes]


def describe_entity(out_dir: Path, name: str) -> str:
    """What `kg show NAME` prints."""
    graph = union_graph(load_dataset(out_dir))
    return "\n".join(format_entity(entity) for entity in entities_named(graph, name))


def _label(graph, node) -> str:
    """A literal's text, a node's label, or else its IRI abbreviated as kg query prints it (pk:InProgress)."""
    if isinstance(node, Literal):
        return str(node)
    label = graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    return prefixed(str(node)) if prefixed(str(node)) != str(node) else f"<{node}>"


def describe(graph, node: URIRef) -> Entity:
    """One node of the union graph as an Entity record."""
    cls = graph.value(node, RDF.type)
    label = _label(graph, node)
    aliases = tuple(sorted({str(o) for p in LABELS for o in graph.objects(node, p)} - {label}))
    attributes: dict[str, tuple[str, ...]] = {}
    for predicate in ATTRIBUTES:
        values = tuple(_label(graph, value) for value in graph.objects(node, predicate))
        if values:
            attributes[predicate.split("#")[-1]] = values
    amount = graph.value(node, PK.amount)
    if amount is not None:
        attributes["amount"] = (f"{graph.value(amount, SCHEMA_VALUE)} {graph.value(amount, SCHEMA_CURRENCY)}",)
    facts = []
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if node not in (s, o):
            continue
        sentences = tuple(sorted(str(graph.value(e, PK.text)) for e in graph.objects(statement, PROV.wasDerivedFrom)))
        curated = graph.value(statement, PROV.wasAttributedTo)
        facts.append(Fact(_label(graph, s), str(p).split("#")[-1], _label(graph, o), sentences,
                          None if curated is None else str(curated), str(s), str(o)))
    facts.sort(key=lambda fact: str(fact))
    return Entity(str(node), label, str(cls).split("#")[-1], aliases, attributes, tuple(facts))


def format_entity(entity: Entity) -> str:
    """The entity as `kg show` prints it."""
    lines = [f"{entity.label}  [{entity.cls}]  <{entity.iri}>"]
    if entity.aliases:
        lines.append("  also: " + ", ".join(entity.aliases))
    for name, values in entity.attributes.items():
        lines += [f"  {name}: {value}" for value in values]
    for fact in entity.facts:
        lines.append(f"  - {fact}")
        lines += [f"      “{sentence}”" for sentence in fact.evidence]
        if fact.curated_by is not None:
            lines.append(f"      (added by curation: {fact.curated_by})")
    return "\n".join(lines) + "\n"
