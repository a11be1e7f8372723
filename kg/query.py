"""Queries: SPARQL over the built graph, with the project's prefixes and shipped examples."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import QueryError
from .files import load_dataset
from .namespaces import sparql_prologue

FORMATS = ("table", "csv", "tsv", "json")


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


def run_query(out_dir: Path, query: str, output: str = "table") -> str:
    """Run a query against the built graph and render its results."""
    if output not in FORMATS:
        raise QueryError(f"unknown format {output!r} (one of: {', '.join(FORMATS)})")
    dataset = load_dataset(out_dir)
    from pyparsing.exceptions import ParseException

    try:
        result = dataset.query(sparql_prologue() + query)
    except ParseException as exc:
        raise QueryError(f"invalid SPARQL: {exc.msg} (line {max(1, exc.lineno - len(sparql_prologue().splitlines()))}, column {exc.column})") from None
    except Exception as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return render_result(result, output)


def render_result(result, output: str) -> str:
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if output == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if output == "json":
        return json.dumps(json.loads(result.serialize(format="json")), ensure_ascii=False, indent=2) + "\n"
    if output == "tsv":
        return _tsv(result)
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    return _table(result)


def _tsv(result) -> str:
    if result.type == "ASK":
        return "?_askResult\n" + ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars]
    lines = ["\t".join("?" + n for n in names)]
    for row in result:
        lines.append("\t".join("" if row[n] is None else row[n].n3() for n in names))
    return "\n".join(lines) + "\n"


def _plain(term) -> str:
    """Table cells: prefixed names for the project's namespaces, lexical forms for literals."""
    if term is None:
        return ""
    text = str(term)
    from rdflib import URIRef

    from .namespaces import PREFIXES

    if isinstance(term, URIRef):
        for name, namespace in PREFIXES.items():
            if text.startswith(str(namespace)) and "/" not in text[len(str(namespace)):]:
                return f"{name}:{text[len(str(namespace)):]}"
    return text


def _table(result) -> str:
    names = [str(v) for v in result.vars]
    rows = [[_plain(row[n]) for n in names] for row in result]
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    def line(cells):
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
