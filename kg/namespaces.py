"""Every IRI the project mints or uses, in one place."""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

PK = Namespace("https://w3id.org/policy-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE = "https://w3id.org/policy-kg/id/"

PREFIXES = {
    "pk": PK,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "owl": OWL,
    "xsd": XSD,
}

STATUS_IRIS = {
    "completed": PK.Completed,
    "in-progress": PK.InProgress,
    "planned": PK.Planned,
    "postponed": PK.Postponed,
    "cancelled": PK.Cancelled,
}


def iri_path(key: str) -> str:
    """A key as an IRI path: each segment percent-encoded, so article text cannot break the IRI."""
    return "/".join(quote(part, safe="-._~") for part in key.split("/"))


def turtle_prologue() -> str:
    return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in PREFIXES.items())


def sparql_prologue() -> str:
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())
