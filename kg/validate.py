"""Validation: the graph against the contract's SHACL shapes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import KgError


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def ontology_dir() -> Path:
    """ontology/ in the working folder, else beside the package (an editable install)."""
    here = Path.cwd() / "ontology"
    if (here / "shapes.ttl").is_file():
        return here
    return Path(__file__).resolve().parent.parent / "ontology"


def load_ontology() -> Graph:
    graph = Graph()
    path = ontology_dir() / "policy-kg.ttl"
    if not path.is_file():
        raise KgError(f"{path}: ontology not found")
    graph.parse(path, format="turtle")
    return graph


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate

    shapes_path = ontology_dir() / "shapes.ttl"
    if not shapes_path.is_file():
        raise KgError(f"{shapes_path}: SHACL shapes not found")
    shapes = Graph().parse(shapes_path, format="turtle")
    conforms, results, text = validate(data, shacl_graph=shapes, ont_graph=load_ontology(), inference="none", advanced=True)
    from rdflib.namespace import SH

    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return ValidationReport(bool(conforms), violations, text)


def validate_each(trig: Path, sample: int | None = None) -> ValidationReport:
    """Each document's named graph alone (or a fixed sample of them), read from graph.trig one graph at a time.

    Memory stays that of one document, so an archive of any size can be checked; the sample is
    the `sample` documents whose IRIs hash lowest, the same ones every time.
    """
    import hashlib
    from itertools import groupby

    import pyoxigraph as ox

    chosen = None
    if sample is not None:
        names = {str(q.graph_name) for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)}
        chosen = set(sorted(names, key=lambda name: hashlib.sha256(name.encode("utf-8")).hexdigest())[:sample])
    conforms, violations, texts = True, 0, []
    try:
        quads = ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        for name, group in groupby(quads, key=lambda q: str(q.graph_name)):
            if chosen is not None and name not in chosen:
                continue
            data = Graph().parse(data="".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in group), format="nt")
            report = validate_graph(data)
            if not report.conforms:
                conforms = False
                violations += report.violations
                texts.append(f"{name}:\n{report.text}")
    except (OSError, SyntaxError) as exc:
        raise KgError(f"{trig}: cannot read the graph ({' '.join(str(exc).split())})") from None
    return ValidationReport(conforms, violations, "\n".join(texts))
