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
