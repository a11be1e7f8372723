"""Export: the built graph in other RDF syntaxes, or as GraphML for Gephi and Cytoscape."""

from __future__ import annotations

import io
from pathlib import Path

from .errors import KgError
from .files import atomic_write, load_dataset
from .graph import union_graph
from .namespaces import PK

RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}
FORMATS = (*RDF_FORMATS, "graphml")


def export_graph(out_dir: Path, output_format: str, target: Path | None) -> str | None:
    """Serialize; write atomically to target, or return the text when there is none."""
    if output_format not in FORMATS:
        raise KgError(f"unknown export format {output_format!r} (one of: {', '.join(FORMATS)})")
    dataset = load_dataset(out_dir)
    if output_format == "graphml":
        text = _graphml(dataset)
    elif output_format in {"trig", "nquads"}:
        text = dataset.serialize(format=RDF_FORMATS[output_format])
    else:
        text = union_graph(dataset).serialize(format=RDF_FORMATS[output_format])
    if target is None:
        return text
    atomic_write(target, text)
    return None


def to_networkx(dataset):
    """Entities as nodes (label, class), direct pk: relations as edges (relation)."""
    import networkx as nx
    from rdflib import URIRef
    from rdflib.namespace import RDF, SKOS

    graph = union_graph(dataset)
    network = nx.MultiDiGraph()
    skip = {PK.Document, PK.Evidence}
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(cls, URIRef) and str(cls).startswith(str(PK)) and cls not in skip:
            label = graph.value(node, SKOS.prefLabel) or node
            network.add_node(str(node), label=str(label), cls=str(cls)[len(str(PK)):])
    for s, p, o in graph:
        if str(p).startswith(str(PK)) and str(s) in network and str(o) in network:
            network.add_edge(str(s), str(o), relation=str(p)[len(str(PK)):])
    return network


def _graphml(dataset) -> str:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(dataset), buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
