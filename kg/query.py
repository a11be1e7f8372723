"""Queries: SPARQL over the built graph (or a remote endpoint), with the project's prefixes and shipped examples."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import QueryError
from .namespaces import PREFIXES, sparql_prologue

FORMATS = ("table", "csv", "tsv", "json")
BACKENDS = ("oxigraph", "memory")
DECLARED_PREFIX = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


@dataclass(frozen=True)
class Example:
    name: str
    description: str
    text: str


def examples() -> list[Example]:
    """The example queries shipped inside the package (kg/queries/*.rq)."""
    found = []
    for item in sorted(resources.files("kg.queries").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            text = item.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            found.append(Example(item.name[:-3], first.lstrip("# ").strip(), text))
    return found


def example(name: str) -> Example:
    for item in examples():
        if item.name == name:
            return item
    raise QueryError(f"no example query named {name!r} (see 'kg query --list-examples')")


def read_query(text_or_path: str) -> str:
    """A query string, or the contents of a .rq file."""
    path = Path(text_or_path)
    if text_or_path.endswith(".rq") or (len(text_or_path) < 255 and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{path}: cannot read query ({exc.strerror or exc})") from None
    return text_or_path


def run_query(out_dir: Path, query: str, output: str = "table", *, endpoint: str | None = None, backend: str = "oxigraph") -> str:
    """Run a query against the built graph (its store), or a remote SPARQL endpoint, and render the results.

    backend "memory" runs it on rdflib's in-memory store instead of Oxigraph: slower, for small graphs and comparisons.
    """
    if output not in FORMATS:
        raise QueryError(f"unknown format {output!r} (one of: {', '.join(FORMATS)})")
    if endpoint:
        return render_oxigraph(remote_query(endpoint, query), output)
    if backend == "memory":
        return _run_in_memory(out_dir, query, output)
    if backend != "oxigraph":
        raise QueryError(f"unknown store backend {backend!r} (one of: {', '.join(BACKENDS)})")
    from .store import cached_store, run_store_query

    result = run_store_query(cached_store(out_dir), query)
    try:
        return render_oxigraph(result, output)
    except OSError as exc:
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None


def render_oxigraph(result, output: str) -> str:
    """Render a pyoxigraph result: RDF results as Turtle, the rest natively or as a table."""
    import pyoxigraph as ox

    from .store import PREFIX_IRIS

    if isinstance(result, (ox.QueryTriples, list)):
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS).decode("utf-8")
    if output == "table":
        if isinstance(result, ox.QueryBoolean):
            return ("true" if bool(result) else "false") + "\n"
        names = [variable.value for variable in result.variables]
        return _table(names, [[_plain_oxigraph(term, ox.NamedNode) for term in solution] for solution in result])
    if output == "json":
        return json.dumps(json.loads(result.serialize(format=ox.QueryResultsFormat.JSON)), ensure_ascii=False, indent=2) + "\n"
    if output == "tsv" and isinstance(result, ox.QueryBoolean):
        return "?_askResult\n" + ("true" if bool(result) else "false") + "\n"
    fmt = ox.QueryResultsFormat.CSV if output == "csv" else ox.QueryResultsFormat.TSV
    return result.serialize(format=fmt).decode("utf-8")


def remote_query(endpoint: str, query: str, timeout: float = 120.0):
    """Send a query to a SPARQL 1.1 Protocol endpoint; returns pyoxigraph results or a list of triples."""
    import urllib.error
    import urllib.request

    import pyoxigraph as ox

    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"{endpoint}: not an http(s) URL of a SPARQL endpoint")
    declared = {name.lower() if name else "" for name in DECLARED_PREFIX.findall(query)}
    prologue = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items() if name.lower() not in declared)
    request = urllib.request.Request(endpoint, data=(prologue + query).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/sparql-query; charset=utf-8")
    request.add_header("Accept", "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            media_type = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        detail = _error_detail(exc.read().decode("utf-8", "replace")) or exc.reason
        detail = _shift_lines(detail, len(prologue.splitlines()))
        if exc.code == 400 and not detail.startswith("invalid SPARQL"):
            detail = f"invalid SPARQL: {detail}"
        raise QueryError(f"{detail} ({endpoint} answered {exc.code})" if exc.code != 400 else detail) from None
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(f"{endpoint}: cannot reach the endpoint ({getattr(exc, 'reason', exc)})") from None
    try:
        if media_type in ("application/sparql-results+json", "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        if rdf_format is not None:
            return list(ox.parse(body, format=rdf_format))
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            return ox.parse_query_results(body, format=results_format)
    except SyntaxError as exc:
        raise QueryError(f"{endpoint}: unreadable {media_type} answer ({' '.join(str(exc).split())})") from None
    raise QueryError(f"{endpoint}: answered with {media_type}, which is not a SPARQL results or RDF format")


def _shift_lines(message: str, added: int) -> str:
    """Line numbers in an endpoint's parser message, counted from the user's query rather than the added prologue.

    Matches kg serve's and Oxigraph's "line 9, column 3" / "error at 9:3" and Jena's "at line 9, column 3".
    """
    if not added:
        return message
    return re.sub(r"\b(line |error at )(\d+)([,:])", lambda m: f"{m[1]}{max(1, int(m[2]) - added)}{m[3]}", message)


def _error_detail(body: str) -> str:
    """The message of an endpoint's error body: kg serve's JSON error, or the first line of plain text."""
    try:
        return str(json.loads(body)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        return lines[0][:500] if lines else ""


def _run_in_memory(out_dir: Path, query: str, output: str) -> str:
    from pyparsing.exceptions import ParseException

    from .files import graph_file
    from .graph import new_dataset

    dataset = new_dataset()
    dataset.parse(graph_file(out_dir), format="trig")
    dataset.default_union = True
    prologue_lines = len(sparql_prologue().splitlines())
    try:
        result = dataset.query(sparql_prologue() + query)
    except ParseException as exc:
        raise QueryError(f"invalid SPARQL: line {max(1, exc.lineno - prologue_lines)}, column {exc.column}: {exc.msg}") from None
    except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds for a query it cannot run
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return render_rdflib(result, output)


def render_rdflib(result, output: str) -> str:
    """Render an rdflib query result the way render_oxigraph renders pyoxigraph's."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if output == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if output == "json":
        return json.dumps(json.loads(result.serialize(format="json")), ensure_ascii=False, indent=2) + "\n"
    if result.type == "ASK":
        answer = "true" if result.askAnswer else "false"
        return ("?_askResult\n" if output == "tsv" else "") + answer + "\n"
    names = [str(v) for v in result.vars]
    if output == "tsv":
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join("" if row[n] is None else row[n].n3() for n in names) for row in result]
        return "\n".join(lines) + "\n"
    return _table(names, [[_plain_rdflib(row[n]) for n in names] for row in result])


NAMESPACES = [(name, str(namespace)) for name, namespace in PREFIXES.items()]


def _prefixed(iri: str) -> str:
    for name, namespace in NAMESPACES:
        if iri.startswith(namespace) and "/" not in iri[len(namespace):]:
            return f"{name}:{iri[len(namespace):]}"
    return iri


def _plain_oxigraph(term, named_node=None) -> str:
    """Table cells: prefixed names for the project's namespaces, lexical forms for literals."""
    if term is None:
        return ""
    if named_node is None:
        from pyoxigraph import NamedNode as named_node
    return _prefixed(term.value) if isinstance(term, named_node) else term.value


def _plain_rdflib(term) -> str:
    if term is None:
        return ""
    from rdflib import URIRef

    return _prefixed(str(term)) if isinstance(term, URIRef) else str(term)


def _table(names: list[str], rows: list[list[str]]) -> str:
    cell_widths = [[_width(cell) for cell in row] for row in rows]
    widths = [max([_width(n)] + [row[i] for row in cell_widths]) for i, n in enumerate(names)]

    def line(cells, sizes):
        return "  ".join(c + " " * (w - size) for c, size, w in zip(cells, sizes, widths)).rstrip()

    out = [line(names, [_width(n) for n in names]), line(["-" * w for w in widths], widths)]
    out += [line(row, sizes) for row, sizes in zip(rows, cell_widths)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
