"""Every IRI the project mints or uses, in one place.

The prefixes are plain strings so that `kg query` (which needs only pyoxigraph) does not import
rdflib; the rdflib Namespace objects (PK, SCHEMA, STATUS_IRIS) are made on first use.
"""

from __future__ import annotations

from urllib.parse import quote

PK_IRI = "https://w3id.org/policy-kg/ontology#"
SCHEMA_IRI = "https://schema.org/"
DEFAULT_BASE = "https://w3id.org/policy-kg/id/"

PREFIXES: dict[str, str] = {
    "pk": PK_IRI,
    "schema": SCHEMA_IRI,
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

STATUS_NAMES = {
    "completed": "Completed",
    "in-progress": "InProgress",
    "planned": "Planned",
    "postponed": "Postponed",
    "cancelled": "Cancelled",
}


def __getattr__(name: str):
    """PK, SCHEMA and STATUS_IRIS as rdflib terms, imported only by the code that builds or reads rdflib graphs."""
    if name in ("PK", "SCHEMA", "STATUS_IRIS"):
        from rdflib import Namespace

        made = {"PK": Namespace(PK_IRI), "SCHEMA": Namespace(SCHEMA_IRI)}
        made["STATUS_IRIS"] = {status: made["PK"][local] for status, local in STATUS_NAMES.items()}
        globals().update(made)
        return made[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def iri_path(key: str) -> str:
    """A key as an IRI path: each segment percent-encoded, so article text cannot break the IRI."""
    return "/".join(quote(part, safe="-._~") for part in key.split("/"))


def turtle_prologue() -> str:
    return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in PREFIXES.items())


def sparql_prologue() -> str:
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())
