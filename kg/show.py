"""Show: one entity's facts, each with the sentence it came from."""

from __future__ import annotations

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


def find_entities(graph, name: str) -> list[URIRef]:
    """Entities with a label equal to name (folded); failing that, those whose label contains it."""
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
    return sorted(exact) or sorted(partial)


def describe_entity(out_dir: Path, name: str) -> str:
    graph = union_graph(load_dataset(out_dir))
    nodes = find_entities(graph, name)
    if not nodes:
        raise KgError(f"no entity labelled {name!r} in the graph (try part of the name, or 'kg query')")
    return "\n".join(_describe(graph, node) for node in nodes)


def _label(graph, node) -> str:
    """A literal's text, a node's label, or else its IRI abbreviated as kg query prints it (pk:InProgress)."""
    if isinstance(node, Literal):
        return str(node)
    label = graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    return prefixed(str(node)) if prefixed(str(node)) != str(node) else f"<{node}>"


def _describe(graph, node: URIRef) -> str:
    cls = graph.value(node, RDF.type)
    lines = [f"{_label(graph, node)}  [{str(cls).split('#')[-1]}]  <{node}>"]
    labels = sorted({str(o) for p in LABELS for o in graph.objects(node, p)} - {_label(graph, node)})
    if labels:
        lines.append("  also: " + ", ".join(labels))
    for predicate in ATTRIBUTES:
        for value in graph.objects(node, predicate):
            lines.append(f"  {predicate.split('#')[-1]}: {_label(graph, value)}")
    amount = graph.value(node, PK.amount)
    if amount is not None:
        lines.append(f"  amount: {graph.value(amount, URIRef('https://schema.org/value'))} {graph.value(amount, URIRef('https://schema.org/currency'))}")
    facts = []
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if node not in (s, o):
            continue
        sentences = sorted(str(graph.value(e, PK.text)) for e in graph.objects(statement, PROV.wasDerivedFrom))
        curated = graph.value(statement, PROV.wasAttributedTo)
        facts.append((f"{_label(graph, s)} {str(p).split('#')[-1]} {_label(graph, o)}", sentences, curated))
    for fact, sentences, curated in sorted(facts, key=lambda f: f[0]):
        lines.append(f"  - {fact}")
        for sentence in sentences:
            lines.append(f"      “{sentence}”")
        if curated is not None:
            lines.append(f"      (added by curation: {curated})")
    return "\n".join(lines) + "\n"
