"""Export: the built graph in other RDF syntaxes, or as GraphML for Gephi and Cytoscape."""

from __future__ import annotations

import io
from pathlib import Path

from .errors import KgError
from .files import atomic_write, check_writable, graph_file, load_dataset
from .graph import union_graph
from .namespaces import PK

RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}
FORMATS = (*RDF_FORMATS, "graphml")


def export_graph(out_dir: Path, output_format: str, target: Path | None) -> str | None:
    """Serialize; write atomically to target, or return the text when there is none."""
    if output_format not in FORMATS:
        raise KgError(f"unknown export format {output_format!r} (one of: {', '.join(FORMATS)})")
    if target is not None:
        check_writable(target)
    if output_format in STREAMED and (output_format in {"trig", "nquads"} or (out_dir / "graph.ttl").is_file()):
        return _streamed(out_dir, output_format, target)
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


STREAMED = {"turtle", "trig", "nt", "nquads"}


def _streamed(out_dir: Path, output_format: str, target: Path | None) -> str | None:
    """The build's own files (graph.ttl, graph.trig) as they are, or line by line through Oxigraph: no rdflib graph."""
    import pyoxigraph as ox

    trig = graph_file(out_dir)
    source = out_dir / "graph.ttl" if output_format in {"turtle", "nt"} else trig
    if output_format in {"turtle", "trig"}:
        data = source.read_bytes()
    else:
        syntax = ox.RdfFormat.TURTLE if source.suffix == ".ttl" else ox.RdfFormat.TRIG
        out_format = ox.RdfFormat.N_TRIPLES if output_format == "nt" else ox.RdfFormat.N_QUADS
        try:
            data = ox.serialize(ox.parse(path=str(source), format=syntax), format=out_format)
        except (OSError, SyntaxError) as exc:
            raise KgError(f"{source}: cannot read the graph ({' '.join(str(exc).split())})") from None
    if target is None:
        return data.decode("utf-8")
    atomic_write(target, data)
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
