"""Queries: SPARQL over the built graph (or a remote endpoint), with the project's prefixes and shipped examples.

This module is on `kg query`'s path, so it imports only the standard library when loaded;
pyoxigraph when a query runs, and rdflib only for `--store memory`.

Before a query reaches a parser or a store it is checked: brackets nested past MAX_NESTING
would overflow the parser's stack (a segmentation fault, not an error), and SERVICE would make
this process fetch URLs. Results are written to a stream as they come (csv, tsv, json, Turtle);
the aligned table needs every row first, so it refuses past a row limit instead of growing.
"""

from __future__ import annotations

import re
from collections import namedtuple
from pathlib import Path

from .errors import QueryError
from .namespaces import PREFIXES, sparql_prologue

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

FORMATS = ("table", "csv", "tsv", "json")
BACKENDS = ("oxigraph", "memory")
TABLE_ROWS = 100_000
MAX_NESTING = 100
DECLARED_PREFIX = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)
# Where a query's keywords cannot be: strings, IRIs and comments.
STRINGS_IRIS_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
IRIS_COMMENTS = re.compile(r'<[^<>"{}|^`\\\s]*>|#[^\n]*')
SERVICE_KEYWORD = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)
LOAD_KEYWORD = re.compile(r"(?<![\w:?$])LOAD(?![\w:])", re.I)
BRACKETS = re.compile(r"[{}()\[\]]")
PREFIXED_NAME = re.compile(r"(?<![\w?$:.\-\\])([A-Za-z](?:[\w.\-]*[\w\-])?)?:(?![/:])")
# A string literal holding Hangul with neither a language tag nor a datatype after it.
PLAIN_HANGUL_LITERAL = re.compile(r'("(?:[^"\\\n]|\\.)*[\uac00-\ud7a3](?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*[\uac00-\ud7a3](?:[^\'\\\n]|\\.)*\')(?!\s*(?:@|\^\^))')


class Example(namedtuple("Example", "name description text")):
    """A shipped example query: its name, its first comment line, its text."""

    __slots__ = ()


class QueryOutcome(namedtuple("QueryOutcome", "rows hint", defaults=(None,))):
    """What writing a result came to: the number of rows (None for ASK and graphs), and a hint when none matched.

    Named tuples from collections, not typing: this module is on `kg query`'s path, where every import is start-up.
    """

    __slots__ = ()


def examples() -> list[Example]:
    """The example queries shipped inside the package (kg/queries/*.rq)."""
    from importlib import resources

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
        except UnicodeDecodeError:
            raise QueryError(f"{path}: not a UTF-8 text file") from None
    return text_or_path


def _code_only(query: str) -> str:
    """The query with strings, IRIs and comments blanked out, every other character where it was."""
    return STRINGS_IRIS_COMMENTS.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), query)


def too_deep(query: str) -> int | None:
    """The nesting depth when it is over MAX_NESTING, else None; most queries hold too few brackets to need the scan."""
    if query.count("{") + query.count("(") + query.count("[") <= MAX_NESTING:
        return None
    depth = nesting_depth(query)
    return depth if depth > MAX_NESTING else None


def nesting_depth(query: str) -> int:
    """How deep braces, parentheses and brackets nest, outside strings, IRIs and comments."""
    depth = deepest = 0
    for found in BRACKETS.finditer(_code_only(query)):
        if found[0] in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest


def uses_service(query: str) -> bool:
    """Whether a query calls SERVICE (federation), outside strings, IRIs and comments."""
    if "service" not in query.lower():
        return False
    return bool(SERVICE_KEYWORD.search(_code_only(query)))


def fetching_keyword(update: str) -> str | None:
    """LOAD or SERVICE, when a SPARQL Update would make the store fetch a URL."""
    code = _code_only(update)
    for keyword, pattern in (("LOAD", LOAD_KEYWORD), ("SERVICE", SERVICE_KEYWORD)):
        if pattern.search(code):
            return keyword
    return None


def check_query(query: str, *, local: bool = True) -> None:
    """Refuse, with one line, what must not reach the parser or the store.

    Nesting past MAX_NESTING would overflow the parser's stack; SERVICE would make this process
    send the query to any address (local only: a remote endpoint decides for itself).
    """
    depth = too_deep(query)
    if depth is not None:
        raise QueryError(f"invalid SPARQL: brackets nest {depth} deep, more than the {MAX_NESTING} allowed")
    if local and uses_service(query):
        raise QueryError("SERVICE (federated query) is not allowed: kg query reads only the built graph (query a remote endpoint with --endpoint URL)")


def unknown_prefix(query: str) -> tuple[str, int, int] | None:
    """The first prefix used but neither declared nor predeclared, with its line and column."""
    code = _code_only(query)
    known = set(PREFIXES) | {name or "" for name in DECLARED_PREFIX.findall(code)}
    for found in PREFIXED_NAME.finditer(code):
        name = found[1] or ""
        if name not in known:
            line = code.count("\n", 0, found.start()) + 1
            column = found.start() - (code.rfind("\n", 0, found.start()) + 1) + 1
            return name, line, column
    return None


def explain_error(message: str, query: str) -> str:
    """A parser's message made readable: an undeclared prefix is named, not buried in what the parser expected."""
    if not message.startswith("invalid SPARQL"):
        return message
    missing = unknown_prefix(query)
    if missing is not None:
        name, line, column = missing
        return (f"invalid SPARQL: unknown prefix '{name}:' at line {line}, column {column} "
                f"(declare it with PREFIX {name}: <...>; predeclared: {', '.join(PREFIXES)})")
    if len(message) > 300:
        cut = message.rfind(", ", 0, 240)
        return message[:cut if cut > 0 else 240] + ", ..."
    return message


def literal_hint(query: str) -> str | None:
    """For a query that matched nothing: a Korean string without @ko never equals the graph's Korean labels."""
    found = PLAIN_HANGUL_LITERAL.search(IRIS_COMMENTS.sub(" ", query))
    if found is None:
        return None
    literal = found[1]
    return (f"hint: no rows; {literal} has no language tag, and the graph's Korean labels are tagged @ko: "
            f"write {literal}@ko, or compare with FILTER(str(?label) = {literal})")


def run_query(out_dir: Path, query: str, output: str = "table", *, endpoint: str | None = None, backend: str = "oxigraph",
              max_rows: int = TABLE_ROWS, timeout: float | None = None) -> str:
    """Run a query and return its rendering as text (write_query streams it instead)."""
    import io

    buffer = io.BytesIO()
    write_query(out_dir, query, buffer, output, endpoint=endpoint, backend=backend, max_rows=max_rows, timeout=timeout)
    return buffer.getvalue().decode("utf-8")


def write_query(out_dir: Path, query: str, stream: IO[bytes], output: str = "table", *, endpoint: str | None = None,
                backend: str = "oxigraph", max_rows: int = TABLE_ROWS, timeout: float | None = None) -> QueryOutcome:
    """Run a query against the built graph (its store), or a remote SPARQL endpoint, and write the result to a binary stream.

    backend "memory" runs it on rdflib's in-memory store instead of Oxigraph: slower, for small graphs and comparisons.
    The table format refuses a result of more than max_rows rows; the others stream any number.
    timeout bounds a remote request; a local query is bounded by the caller (kg query's --timeout).
    """
    if output not in FORMATS:
        raise QueryError(f"unknown format {output!r} (one of: {', '.join(FORMATS)})")
    if backend not in BACKENDS:
        raise QueryError(f"unknown store backend {backend!r} (one of: {', '.join(BACKENDS)})")
    check_query(query, local=not endpoint)
    if endpoint:
        try:
            result = remote_query(endpoint, query, timeout=timeout or 120.0)
        except QueryError as exc:
            raise QueryError(explain_error(str(exc), query)) from None
    elif backend == "memory":
        stream.write(_run_in_memory(out_dir, query, output).encode("utf-8"))
        return QueryOutcome(None)
    else:
        result = open_result(out_dir, query)
    try:
        rows = write_result(result, output, stream, max_rows)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None
    return QueryOutcome(rows, literal_hint(query) if rows == 0 else None)


def open_result(out_dir: Path, query: str):
    """A checked query run on the built store: pyoxigraph solutions, a boolean or triples, read lazily."""
    from .store import cached_store, run_store_query

    check_query(query)
    try:
        return run_store_query(cached_store(out_dir), query)
    except QueryError as exc:
        raise QueryError(explain_error(str(exc), query)) from None


def write_result(result, output: str, stream: IO[bytes], max_rows: int = TABLE_ROWS) -> int | None:
    """Write a pyoxigraph result as it is read; returns the number of rows (None for ASK and graphs)."""
    import pyoxigraph as ox

    if isinstance(result, (ox.QueryTriples, list)):
        ox.serialize(result, stream, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
        return None
    if isinstance(result, ox.QueryBoolean):
        import json

        answer = bool(result)
        text = {
            "table": f"{str(answer).lower()}\n",
            "tsv": f"?_askResult\n{str(answer).lower()}\n",
            "json": json.dumps({"head": {}, "boolean": answer}, indent=2) + "\n",
            "csv": str(answer).lower(),
        }[output]
        stream.write(text.encode("utf-8"))
        return None
    names = [variable.value for variable in result.variables]
    if output == "table":
        rows = []
        for solution in result:
            if len(rows) >= max_rows:
                raise QueryError(f"the result has more than {max_rows} rows, too many to lay out as a table; "
                                 "use --format csv, tsv or json (they stream any number of rows), add LIMIT, or raise --max-rows")
            rows.append([_plain_oxigraph(term, ox.NamedNode) for term in solution])
        stream.write(_table(names, rows).encode("utf-8"))
        return len(rows)
    if output == "json":
        return _write_json(names, result, stream)
    counting = _CountingStream(stream)
    result.serialize(counting, format=ox.QueryResultsFormat.CSV if output == "csv" else ox.QueryResultsFormat.TSV)
    return counting.lines - 1 if output == "tsv" or counting.lines <= 1 else None


class _CountingStream:
    """A binary stream that passes writes on and counts line ends (TSV rows are one line each)."""

    def __init__(self, stream: IO[bytes]):
        self.stream, self.lines = stream, 0

    def write(self, data) -> int:
        self.lines += bytes(data).count(b"\n")
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def _write_json(names: list[str], solutions, stream: IO[bytes]) -> int:
    """SPARQL JSON results, one binding per line, written as the solutions come."""
    import json

    from .store import term_json

    stream.write(f'{{\n  "head": {{\n    "vars": {json.dumps(names, ensure_ascii=False)}\n  }},\n  "results": {{\n    "bindings": ['.encode("utf-8"))
    count = 0
    for solution in solutions:
        binding = {name: term_json(term) for name, term in zip(names, solution) if term is not None}
        stream.write((",\n      " if count else "\n      ").encode("utf-8") + json.dumps(binding, ensure_ascii=False).encode("utf-8"))
        count += 1
    stream.write(("\n    ]\n  }\n}\n" if count else "]\n  }\n}\n").encode("utf-8"))
    return count


def render_oxigraph(result, output: str) -> str:
    """Render a pyoxigraph result as text: RDF results as Turtle, the rest natively or as a table."""
    import io

    buffer = io.BytesIO()
    write_result(result, output, buffer)
    return buffer.getvalue().decode("utf-8")


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
    import json

    try:
        return str(json.loads(body)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        return lines[0][:500] if lines else ""


def _run_in_memory(out_dir: Path, query: str, output: str) -> str:
    from pyparsing.exceptions import ParseException

    from .files import load_dataset

    dataset = load_dataset(out_dir)
    prologue_lines = len(sparql_prologue().splitlines())
    try:
        result = dataset.query(sparql_prologue() + query)
    except ParseException as exc:
        raise QueryError(explain_error(f"invalid SPARQL: line {max(1, exc.lineno - prologue_lines)}, column {exc.column}: {exc.msg}", query)) from None
    except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds for a query it cannot run
        raise QueryError(explain_error(f"query failed: {_first_line(exc)}", query)) from None
    return render_rdflib(result, output)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return " ".join(text.splitlines()[0].split())[:300] if text else type(exc).__name__


def render_rdflib(result, output: str) -> str:
    """Render an rdflib query result the way write_result renders pyoxigraph's."""
    import json

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


def prefixed(iri: str) -> str:
    """An IRI in one of the project's namespaces as a prefixed name (pk:Meeting); any other IRI as it is."""
    for name, namespace in NAMESPACES:
        if iri.startswith(namespace) and "/" not in iri[len(namespace):]:
            return f"{name}:{iri[len(namespace):]}"
    return iri


_prefixed = prefixed


def _plain_oxigraph(term, named_node=None) -> str:
    """Table cells: prefixed names for the project's namespaces, lexical forms for literals."""
    if term is None:
        return ""
    if named_node is None:
        from pyoxigraph import NamedNode as named_node
    return prefixed(term.value) if isinstance(term, named_node) else term.value


def _plain_rdflib(term) -> str:
    if term is None:
        return ""
    from rdflib import URIRef

    return prefixed(str(term)) if isinstance(term, URIRef) else str(term)


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
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
