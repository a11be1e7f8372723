"""The persistent store: Oxigraph under out/store/, so a query does not re-read TriG each time.

`kg build` loads graph.trig into a new folder beside the old store and swaps it in. Readers
open it read-only, so `kg query`, `kg push` and the workers of `kg serve` can all use it at once.
A store that is missing or older than graph.trig is never trusted: the graph is then loaded
from graph.trig into memory instead.

The store holds each document's named graph and, in its default graph, their union. Oxigraph's
own union default graph (use_default_graph_as_union) returns a triple once per document that
holds it (oxigraph issue #1919, still in 0.5.13), which inflates counts and repeats rows; a
materialized union is a set, as the graph contract's "the default graph is the union" means.

Queries run on pyoxigraph directly rather than through oxrdflib: oxrdflib turns every
result term into an rdflib object and types plain literals as xsd:string, which costs time on
big results and changes how terms print.
"""

from __future__ import annotations

import json
import os
import re
from collections import namedtuple
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import KgError, QueryError
from .files import graph_file
from .namespaces import PREFIXES

STORE_DIR = "store"
DATA_DIR = "oxigraph"
SOURCE_FILE = "source.json"
PREFIX_IRIS = {name: str(namespace) for name, namespace in PREFIXES.items()}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
UPDATE_KEYWORDS = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
STRINGS_IRIS_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
SERVICE_KEYWORD = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)

# Media types of the SPARQL results formats (SELECT, ASK) and RDF formats (CONSTRUCT, DESCRIBE),
# as named in a request's Accept header.
RESULT_MEDIA_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_MEDIA_TYPES = {
    "text/turtle": "TURTLE",
    "application/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
RESPONSE_MEDIA_TYPES = {
    "JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml", "CSV": "text/csv; charset=utf-8",
    "TSV": "text/tab-separated-values; charset=utf-8", "TURTLE": "text/turtle; charset=utf-8",
    "N_TRIPLES": "application/n-triples", "JSON_LD": "application/ld+json", "RDF_XML": "application/rdf+xml",
}


def store_dir(out_dir: Path) -> Path:
    return out_dir / STORE_DIR


def build_store(out_dir: Path) -> Path:
    """(Re)create out/store/ from out/graph.trig: load into a fresh folder, then swap it in."""
    import shutil
    import tempfile

    import pyoxigraph as ox

    trig = graph_file(out_dir)
    stamp = _stamp(trig)
    target = store_dir(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=".store-new-", dir=out_dir))
    try:
        store = ox.Store(str(staging / DATA_DIR))
        _load_documents_and_union(store, trig)
        stamp["quads"] = len(store)
        del store
        (staging / SOURCE_FILE).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        _swap(staging, target)
    except (OSError, SyntaxError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise KgError(f"{target}: cannot build the store from {trig} ({_one_line(exc)})") from None
    return target


def load_store(folder: Path, trig: Path, union: Path, quads: int) -> Path:
    """A new store in folder from a build's own files: graph.trig's named graphs, graph.ttl as the default graph.

    Both go through Oxigraph's bulk loader; graph.ttl already is the union (a set), so nothing is
    parsed twice. The stamp names graph.trig, which keeps its size and time when it is moved.
    """
    loading = StoreLoad(folder, trig, union).start()
    loading.trig_written()
    loading.union_started()
    loading.union_written()
    return loading.finish(quads)


class StoreLoad:
    """A new store loaded in a thread that follows the build as it writes: graph.trig's parts as they
    are written, then graph.ttl's as the default graph. Oxigraph's loader lets go of the GIL, so
    loading overlaps the writing of both files instead of following it."""

    def __init__(self, folder: Path, trig: Path, union: Path):
        import threading

        self.folder, self.trig, self.union = folder, trig, union
        self.store = self.thread = self.error = None
        self.trig_done, self.union_begun, self.union_done = threading.Event(), threading.Event(), threading.Event()

    def start(self) -> "StoreLoad":
        """Start following graph.trig, which must exist (it may still be growing)."""
        return _start_loader(self, "kg-store-load")

    def trig_written(self) -> None:
        self.trig_done.set()

    def union_started(self) -> None:
        self.union_begun.set()

    def union_written(self) -> None:
        self.union_done.set()

    def _load(self) -> None:
        import pyoxigraph as ox

        source = self.trig
        try:
            bulk_load_in_parts(self.store, self.trig, ox.RdfFormat.TRIG, b"}\n\n", written=self.trig_done)
            self.union_begun.wait()
            source = self.union
            bulk_load_in_parts(self.store, self.union, ox.RdfFormat.TURTLE, b"\n\n", to_graph=ox.DefaultGraph(), written=self.union_done)
            self.store.flush()
        except (OSError, SyntaxError) as exc:
            self.error = (source, exc)

    def abandon(self) -> None:
        """Let the thread run out (the build failed): it reads what there is and ends."""
        for event in (self.trig_done, self.union_begun, self.union_done):
            event.set()
        if self.thread is not None:
            self.thread.join()
        self.store = None

    def finish(self, quads: int) -> Path:
        """Wait for both files to be loaded; flush and stamp the store."""
        return _stamp_loaded(self, quads)


class StoreFeed:
    """A new store loaded in a thread from what the build hands it as it goes: each document's TriG
    block, and each new triple of the union (as N-Triples, into the default graph), in parts.

    Nothing is read back from graph.trig or graph.ttl: the union goes in while the documents are
    still being written, before graph.ttl is sorted, since a store is a set (order and repeats do
    not matter to it). Oxigraph's loader lets go of the GIL, so by the time graph.ttl is written
    the store is (nearly) loaded. Parts wait in a short queue: memory stays flat.
    """

    def __init__(self, folder: Path, trig: Path, head: bytes, part_bytes: int = 16 << 20, part_lines: int = 200_000):
        import queue

        self.folder, self.trig, self.head = folder, trig, head
        self.part_bytes, self.part_lines = part_bytes, part_lines
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.blocks: list[bytes] = []
        self.block_bytes = 0
        self.lines: list[str] = []
        self.store = self.thread = self.error = None

    def start(self) -> "StoreFeed":
        return _start_loader(self, "kg-store-feed")

    def add_graph(self, block: bytes) -> None:
        """One named graph's TriG block (prefixed names as graph.trig's prologue declares them)."""
        self.blocks.append(block)
        self.block_bytes += len(block)
        if self.block_bytes >= self.part_bytes:
            self._send_blocks()

    def add_union(self, lines: list[str]) -> None:
        """Triples of the union as joined strings (kg.serialize's: subject, sort-flagged predicate, object)."""
        self.lines.extend(lines)
        if len(self.lines) >= self.part_lines:
            self._send_lines()

    def _send_blocks(self) -> None:
        if self.blocks:
            self.queue.put(("graphs", b"".join(self.blocks)))
            self.blocks, self.block_bytes = [], 0

    def _send_lines(self) -> None:
        if self.lines:
            self.queue.put(("union", self.lines))
            self.lines = []

    def trig_written(self) -> None:
        """Every block and union triple is in: send the last parts now, so they load while graph.ttl is written."""
        self._send_blocks()
        self._send_lines()

    # The build's calls that matter to a loader following files; a feed has nothing to do then.

    def union_started(self) -> None:
        pass

    def union_written(self) -> None:
        pass

    def _load(self) -> None:
        import pyoxigraph as ox

        while True:
            item = self.queue.get()
            if item is None:
                break
            if self.error is not None:
                continue  # drain: the build learns of the error at finish
            kind, data = item
            try:
                if kind == "graphs":
                    self.store.bulk_load(self.head + data, format=ox.RdfFormat.TRIG)
                else:
                    # Joined triples as N-Triples: each NUL a space, the sort flag after the first one dropped
                    # (an object, after the second, never starts with a digit).
                    text = (" .\n".join(data) + " .\n").replace("\x000", " ").replace("\x001", " ").replace("\0", " ")
                    self.store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            except (OSError, SyntaxError, ValueError) as exc:
                self.error = ("graph.trig" if kind == "graphs" else "the union", exc)
        if self.error is None:
            try:
                self.store.flush()
            except OSError as exc:
                self.error = ("the store", exc)

    def abandon(self) -> None:
        """Let the thread run out (the build failed)."""
        if self.thread is not None:
            self.error = self.error or ("an abandoned build", "abandoned")
            self.queue.put(None)
            self.thread.join()
        self.store = None

    def finish(self, quads: int) -> Path:
        """Send what is left, wait for the thread; flush and stamp the store."""
        self._send_blocks()
        self._send_lines()
        self.queue.put(None)
        return _stamp_loaded(self, quads)


def _stamp_loaded(loader: StoreLoad | StoreFeed, quads: int) -> Path:
    """Wait for a loader's thread; raise what it met, else stamp its store as built from its TriG."""
    loader.thread.join()
    loader.store = None
    if loader.error is not None:
        source, exc = loader.error
        raise KgError(f"{loader.folder}: cannot load the store from {source} ({_one_line(exc)})")
    stamp_store(loader.folder, loader.trig, quads)
    return loader.folder


LOAD_PART_BYTES = 32 << 20


def bulk_load_in_parts(store, path: Path, format, separator: bytes, to_graph=None, part_bytes: int = LOAD_PART_BYTES, written=None) -> None:
    """Oxigraph's bulk loader over a file the build writes, fed about part_bytes at a time.

    The loader holds what it is given in memory (about 1 GB for a million quads), so a large
    graph goes in parts cut between blocks (`separator`: where one graph or subject block ends
    and the next begins), each with the file's @prefix lines: memory stays flat as the archive
    grows. With `written` (an Event set once the file is complete) the file is read as it grows.
    """
    import time

    options = {"format": format} if to_graph is None else {"format": format, "to_graph": to_graph}
    head = None
    pending = bytearray()
    with open(path, "rb") as handle:
        while True:
            complete = written is None or written.is_set()
            chunk = handle.read(part_bytes)
            pending += chunk
            last = not chunk and complete
            cut = len(pending) if last else pending.rfind(separator) if len(pending) >= part_bytes else -1
            if cut >= 0 and head is None:  # a separator or the end is there, so the @prefix lines before it are whole
                position = 0
                while pending.startswith(b"@prefix", position) and pending.find(b"\n", position) >= 0:
                    position = pending.find(b"\n", position) + 1
                head = bytes(pending[:position])
                del pending[:position]
                cut = len(pending) if last else pending.rfind(separator)
            if cut < 0:
                if not complete:
                    time.sleep(0.05)  # let the writer get ahead, then read what it wrote meanwhile
                continue
            if not last:
                cut += len(separator)
            if pending[:cut].strip():
                store.bulk_load(head + bytes(pending[:cut]), **options)
            del pending[:cut]
            if last:
                break


MANIFEST_FILE = "documents.json"


def _fingerprint(data: Path) -> list:
    """Names and sizes of the store's files: a write since the build (a SPARQL update) changes them."""
    return sorted([entry.name, entry.stat().st_size] for entry in data.iterdir() if not entry.name.startswith("LOG"))


def write_manifest(folder: Path, documents: dict[str, str]) -> None:
    """Each document graph's digest, and the store's fingerprint, for the next build to update from."""
    payload = {"fingerprint": _fingerprint(folder / DATA_DIR), "documents": documents}
    (folder / MANIFEST_FILE).write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, str] | None:
    """The digests a store was built with, or None when the store cannot be trusted to update from."""
    try:
        payload = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        if payload["fingerprint"] != _fingerprint(folder / DATA_DIR):
            return None
        documents = payload["documents"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return documents if isinstance(documents, dict) else None


def update_store(folder: Path, previous: Path, trig: Path, changed: dict[str, list], deleted: list[str], quads: int | None,
                 candidates: set[str] = frozenset()) -> set[str]:
    """A new store in folder from the previous one (a RocksDB checkpoint: hard links) with only the changed documents replaced.

    Each changed or deleted document's named graph is replaced; a triple leaves the default graph
    (the union) only when no document graph holds it any more, and every new triple joins it.
    Returns those of `candidates` (joined triples) that no document graph holds any more: the
    triples that leave graph.ttl. With quads None the stamp is left to stamp_store.
    """
    import pyoxigraph as ox

    from .serialize import unjoined

    folder.mkdir(parents=True, exist_ok=True)
    try:
        source = ox.Store.read_only(str(previous / DATA_DIR))
        source.backup(str(folder / DATA_DIR))
        del source
        store = ox.Store(str(folder / DATA_DIR))
        removed, added = set(), set()
        for iri in sorted([*changed, *deleted]):
            graph = ox.NamedNode(iri)
            old = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)}
            text = "".join("{} {} {} .\n".format(*unjoined(line)) for line in changed.get(iri, ()))
            new = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)} if text else set()
            for triple in old - new:
                store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
            removed |= old - new
            store.extend([ox.Quad(t.subject, t.predicate, t.object, graph) for t in new - old])
            added |= new - old
        default = ox.DefaultGraph()
        for triple in removed:
            held = any(not isinstance(q.graph_name, ox.DefaultGraph) for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None))
            if not held:
                store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, default))
        store.extend([ox.Quad(t.subject, t.predicate, t.object, default) for t in added])
        unheld = set()
        if candidates:
            ordered = sorted(candidates)
            text = "".join("{} {} {} .\n".format(*unjoined(line)) for line in ordered)
            for line, triple in zip(ordered, ox.parse(text, format=ox.RdfFormat.N_TRIPLES)):
                if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)):
                    unheld.add(line)
        store.flush()
        del store
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgError(f"{folder}: cannot update the store from {previous} ({_one_line(exc)})") from None
    if quads is not None:
        stamp_store(folder, trig, quads)
    return unheld


def stamp_store(folder: Path, trig: Path, quads: int) -> None:
    """Write which graph.trig the store was made from (its size and time) and how many quads it holds."""
    stamp = _stamp(trig)
    stamp["quads"] = quads
    (folder / SOURCE_FILE).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")


def _load_documents_and_union(store, trig: Path) -> None:
    """graph.trig's named graphs as they are, and their union (a set) as the default graph, in one pass.

    A build's graph.ttl beside graph.trig is that union already: when it is not older than graph.trig
    (a build writes it second), both files go through the bulk loader in parts, as a build loads
    them. Otherwise each quad of graph.trig is handed to the loader twice, in its graph and in the
    default graph, where repeats are one. (A SPARQL INSERT of the union after the load read every
    quad a second time: 2.4 times the CPU of a raw load.)
    """
    import pyoxigraph as ox

    union = trig.with_name("graph.ttl")
    if union.is_file() and union.stat().st_mtime_ns >= trig.stat().st_mtime_ns:
        bulk_load_in_parts(store, trig, ox.RdfFormat.TRIG, b"}\n\n")
        bulk_load_in_parts(store, union, ox.RdfFormat.TURTLE, b"\n\n", to_graph=ox.DefaultGraph())
    else:
        default, quad_of = ox.DefaultGraph(), ox.Quad

        def quads():
            for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
                yield quad
                yield quad_of(quad.subject, quad.predicate, quad.object, default)

        store.bulk_extend(quads())
    store.flush()


def prepare_store(out_dir: Path) -> Path:
    """The store's data folder, rebuilt from graph.trig first when it is missing or stale."""
    return _fresh_data_dir(out_dir) or (build_store(out_dir) / DATA_DIR)


def open_store(out_dir: Path, *, writable: bool = False):
    """The built graph as a pyoxigraph Store: the persistent one when fresh, else graph.trig in memory."""
    import pyoxigraph as ox

    trig = graph_file(out_dir)
    data = _fresh_data_dir(out_dir)
    if data is not None:
        try:
            return ox.Store(str(data)) if writable else ox.Store.read_only(str(data))
        except OSError as exc:
            raise KgError(f"{data}: cannot open the store ({_one_line(exc)}); run 'kg build' to recreate it") from None
    store = ox.Store()
    try:
        _load_documents_and_union(store, trig)
    except (OSError, SyntaxError) as exc:
        raise KgError(f"{trig}: cannot read the graph ({_one_line(exc)})") from None
    return store


_open_stores: dict[Path, tuple[tuple, object]] = {}


def cached_store(out_dir: Path):
    """open_store, kept open for repeated queries in one process until the build changes."""
    key = out_dir.resolve()
    identity = store_identity(out_dir)
    held = _open_stores.get(key)
    if held is not None and held[0] == identity:
        return held[1]
    _open_stores.pop(key, None)
    store = open_store(out_dir)
    _open_stores[key] = (identity, store)
    return store


def store_identity(out_dir: Path) -> tuple:
    """Changes whenever a build replaces graph.trig or the store."""
    parts = []
    for path in (out_dir / "graph.trig", store_dir(out_dir) / SOURCE_FILE):
        try:
            status = path.stat()
            parts.append((status.st_ino, status.st_size, status.st_mtime_ns))
        except OSError:
            parts.append(None)
    return tuple(parts)


def run_store_query(store, query: str, *, default_graphs: list[str] = (), named_graphs: list[str] = ()):
    """A query over the default graph (the union of the documents) or the given graphs, with the project's prefixes."""
    import pyoxigraph as ox

    options: dict = {"prefixes": PREFIX_IRIS}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as exc:
        raise QueryError(f"invalid graph IRI: {_one_line(exc)}") from None
    try:
        return store.query(query, **options)
    except SyntaxError as exc:
        raise QueryError(invalid_sparql_message(exc, query)) from None
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None


def invalid_sparql_message(exc: SyntaxError, text: str) -> str:
    """The parser's message on one line, with its position as line and column."""
    message = _one_line(exc)
    found = re.match(r"error at (\d+):(\d+): (.*)", message)
    if found:
        message = f"line {found[1]}, column {found[2]}: {found[3]}"
    if UPDATE_KEYWORDS.match(text):
        message += " (this is SPARQL Update, which a query cannot run)"
    return f"invalid SPARQL: {message}"


def uses_service(query: str) -> bool:
    """Whether a query calls SERVICE (federation), outside strings, IRIs and comments."""
    if "service" not in query.lower():
        return False
    return bool(SERVICE_KEYWORD.search(STRINGS_IRIS_COMMENTS.sub(" ", query)))


class Answer(namedtuple("Answer", "status media_type body headers", defaults=(None,))):
    """A protocol response computed away from the web framework: status, media type, body, extra headers (or None).

    A named tuple rather than a dataclass: `kg query` imports this module, and dataclasses costs it start-up.
    """

    __slots__ = ()


def problem(status: int, code: str, message: str, headers: dict | None = None) -> Answer:
    """The one error shape every endpoint answers with."""
    body = json.dumps({"error": {"status": status, "code": code, "message": message}}, ensure_ascii=False)
    return Answer(status, "application/json", body.encode("utf-8"), headers or {})


class RowLimitExceeded(Exception):
    pass


class ProtocolQuery(namedtuple("ProtocolQuery", "query result_media_type graph_media_type default_graphs named_graphs", defaults=((), ()))):
    """One SPARQL Protocol query with the formats chosen for either kind of result, and its default and named graphs' IRIs."""

    __slots__ = ()


def answer_query(store, request: ProtocolQuery, max_rows: int) -> Answer:
    """Run a protocol query and serialize its result in the negotiated format, or say why not."""
    import pyoxigraph as ox

    if uses_service(request.query):
        return problem(400, "federation_refused", "SERVICE (federated query) is not allowed on this endpoint")
    try:
        result = run_store_query(store, request.query, default_graphs=list(request.default_graphs), named_graphs=list(request.named_graphs))
        is_graph = isinstance(result, ox.QueryTriples)
        media_type = request.graph_media_type if is_graph else request.result_media_type
        if media_type is None:
            offered = GRAPH_MEDIA_TYPES if is_graph else RESULT_MEDIA_TYPES
            return problem(406, "not_acceptable", f"this {'CONSTRUCT/DESCRIBE' if is_graph else 'SELECT/ASK'} result can be sent as: {', '.join(offered)}")
        format_name = (GRAPH_MEDIA_TYPES if is_graph else RESULT_MEDIA_TYPES)[media_type]
        if is_graph:
            body = _graph_body(result, format_name, max_rows)
        elif isinstance(result, ox.QueryBoolean):
            body = result.serialize(format=getattr(ox.QueryResultsFormat, format_name))
        else:
            body = _solutions_body(result, format_name, max_rows)
    except QueryError as exc:
        code = "malformed_query" if str(exc).startswith("invalid SPARQL") else "query_failed"
        return problem(400, code, str(exc))
    except RowLimitExceeded:
        return problem(422, "row_limit_exceeded", f"the result has more than {max_rows} rows, this endpoint's limit; add LIMIT (and OFFSET to page) or narrow the query")
    except (OSError, ValueError) as exc:
        return problem(400, "query_failed", f"query failed: {_one_line(exc)}")
    return Answer(200, RESPONSE_MEDIA_TYPES[format_name], body)


def answer_update(store, update: str) -> Answer:
    try:
        store.update(update, prefixes=PREFIX_IRIS)
    except SyntaxError as exc:
        return problem(400, "malformed_update", invalid_sparql_message(exc, "").replace("invalid SPARQL", "invalid SPARQL Update", 1))
    except (OSError, ValueError) as exc:
        return problem(400, "update_failed", f"update failed: {_one_line(exc)}")
    return Answer(204, "text/plain", b"")


def describe_service(store, endpoint: str, media_type: str, *, update_endpoint: str | None) -> Answer:
    """The SPARQL 1.1 Service Description of an endpoint serving this store."""
    import pyoxigraph as ox

    sd = "http://www.w3.org/ns/sparql-service-description#"
    formats = "http://www.w3.org/ns/formats/"
    node = ox.NamedNode
    service, dataset, default = node(endpoint), ox.BlankNode(), ox.BlankNode()
    a = node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    languages = ["SPARQL11Query", "SPARQL11Update"] if update_endpoint else ["SPARQL11Query"]
    formats_served = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]
    triples = [
        ox.Triple(service, a, node(sd + "Service")),
        ox.Triple(service, node(sd + "endpoint"), service),
        *(ox.Triple(service, node(sd + "supportedLanguage"), node(sd + language)) for language in languages),
        ox.Triple(service, node(sd + "feature"), node(sd + "UnionDefaultGraph")),
        *(ox.Triple(service, node(sd + "resultFormat"), node(formats + name)) for name in formats_served),
        ox.Triple(service, node(sd + "defaultDataset"), dataset),
        ox.Triple(dataset, a, node(sd + "Dataset")),
        ox.Triple(dataset, node(sd + "defaultGraph"), default),
    ]
    entries = [(ox.BlankNode(), graph_name) for graph_name in sorted(store.named_graphs(), key=str)]
    triples += [ox.Triple(dataset, node(sd + "namedGraph"), entry) for entry, _ in entries]
    triples += [ox.Triple(default, a, node(sd + "Graph")), ox.Triple(default, node("http://rdfs.org/ns/void#triples"), ox.Literal(str(_count_default_graph(store)), datatype=node("http://www.w3.org/2001/XMLSchema#integer")))]
    triples += [ox.Triple(entry, node(sd + "name"), graph_name) for entry, graph_name in entries]
    format_name = GRAPH_MEDIA_TYPES[media_type]
    body = ox.serialize(triples, format=getattr(ox.RdfFormat, format_name), prefixes={"sd": sd, "void": "http://rdfs.org/ns/void#"})
    return Answer(200, RESPONSE_MEDIA_TYPES[format_name], body)


def _count_default_graph(store) -> int:
    solutions = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(solutions))[0].value)


def _solutions_body(solutions, format_name: str, max_rows: int) -> bytes:
    """SELECT results, stopped past max_rows; built as SPARQL JSON, then re-serialized natively."""
    import pyoxigraph as ox

    names = [variable.value for variable in solutions.variables]
    bindings = []
    for solution in solutions:
        if len(bindings) >= max_rows:
            raise RowLimitExceeded
        bindings.append({name: term_json(term) for name, term in zip(names, solution) if term is not None})
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")
    if format_name == "JSON":
        return body
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=getattr(ox.QueryResultsFormat, format_name))


def term_json(term) -> dict:
    """A pyoxigraph term as a SPARQL JSON results binding."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate), "object": term_json(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _graph_body(triples, format_name: str, max_rows: int) -> bytes:
    import pyoxigraph as ox

    kept = []
    for triple in triples:
        if len(kept) >= max_rows:
            raise RowLimitExceeded
        kept.append(triple)
    return ox.serialize(kept, format=getattr(ox.RdfFormat, format_name), prefixes=PREFIX_IRIS)


# How often a worker of kg serve looks whether a build replaced the store: two file checks per
# request cost a fifth of a selective query's time, and a rebuild is seen within this anyway.
IDENTITY_CHECK_SECONDS = 0.25


def serve_worker(connection, out_dir: str, writable: bool) -> None:
    """A worker process of `kg serve`: holds the store open and answers one request at a time.

    Its parent ends it when a query runs past the time limit; that is how a runaway query stops.
    Ctrl-C in the terminal reaches the whole process group: the parent, not the worker, handles it.
    Each reply is (answer, seconds the worker spent on it): the parent learns which queries are
    cheap enough to answer itself.
    """
    import signal

    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    folder = Path(out_dir)
    store, identity, checked = None, None, 0.0
    while True:
        try:
            kind, payload = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        started = time.perf_counter()
        try:
            now = time.monotonic()
            if store is None or now - checked >= IDENTITY_CHECK_SECONDS:
                current, checked = store_identity(folder), now
                if store is None or current != identity:
                    store = None
                    store, identity = open_store(folder, writable=writable), current
            if kind == "ping":
                answer = Answer(200, "text/plain", b"ok")
            elif kind == "query":
                request, max_rows = payload
                answer = answer_query(store, request, max_rows)
            elif kind == "update":
                answer = answer_update(store, payload)
            else:
                endpoint, media_type, update_endpoint = payload
                answer = describe_service(store, endpoint, media_type, update_endpoint=update_endpoint)
        except KgError as exc:
            answer = problem(503, "store_unavailable", str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker reports a bug instead of dying with it
            answer = problem(500, "internal_error", f"{type(exc).__name__}: {_one_line(exc)}")
        try:
            connection.send((answer, time.perf_counter() - started))
        except (OSError, ValueError):
            return


class PushReport:
    """What kg push sent: the graphs the endpoint created and those it replaced."""

    def __init__(self, endpoint: str):
        self.endpoint, self.created, self.replaced = endpoint, [], []

    @property
    def graphs(self) -> int:
        return len(self.created) + len(self.replaced)


def push_graphs(out_dir: Path, endpoint: str, *, token: str | None = None, put_union: bool = False, timeout: float = 60.0) -> PushReport:
    """Send each document's named graph to a Graph Store Protocol endpoint, replacing what it held.

    PUT ?graph=IRI with Turtle replaces exactly that graph, so pushing again updates a document
    without touching the store's other graphs. put_union also replaces the default graph with
    the union of the documents, for stores whose own union repeats shared triples.
    """
    import pyoxigraph as ox

    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint (e.g. http://127.0.0.1:7878/store)")
    store = cached_store(out_dir)
    report = PushReport(endpoint)
    separator = "&" if parts.query else "?"
    for graph_name in sorted(store.named_graphs(), key=str):
        if isinstance(graph_name, ox.NamedNode):
            body = store.dump(format=ox.RdfFormat.TURTLE, from_graph=graph_name, prefixes=PREFIX_IRIS)
            created = _put(f"{endpoint}{separator}graph={quote(graph_name.value, safe='')}", body, token, timeout, f"graph <{graph_name.value}>")
            (report.created if created else report.replaced).append(graph_name.value)
    if put_union:
        body = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIX_IRIS)
        _put(f"{endpoint}{separator}default", body, token, timeout, "the default graph")
    return report


def _put(url: str, body: bytes, token: str | None, timeout: float, what: str) -> bool:
    """PUT Turtle; True when the endpoint says it created the graph (201)."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, method="PUT")
    request.add_header("Content-Type", "text/turtle; charset=utf-8")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status == 201
    except urllib.error.HTTPError as exc:
        detail = _one_line(exc.read().decode("utf-8", "replace")) or exc.reason
        raise KgError(f"{url.split('?')[0]}: PUT of {what} failed with {exc.code}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise KgError(f"{url.split('?')[0]}: cannot reach the endpoint ({getattr(exc, 'reason', exc)})") from None


def _fresh_data_dir(out_dir: Path) -> Path | None:
    """The store's data folder if it was built from the graph.trig now in out_dir."""
    folder = store_dir(out_dir)
    try:
        recorded = json.loads((folder / SOURCE_FILE).read_text(encoding="utf-8"))
        current = _stamp(out_dir / "graph.trig")
    except (OSError, ValueError):
        return None
    if any(recorded.get(key) != value for key, value in current.items()) or not (folder / DATA_DIR).is_dir():
        return None
    return folder / DATA_DIR


def _stamp(trig: Path) -> dict:
    status = trig.stat()
    return {"source": trig.name, "size": status.st_size, "mtime_ns": status.st_mtime_ns}


def _swap(staging: Path, target: Path) -> None:
    import shutil
    import uuid

    retired = None
    if target.exists():
        retired = target.with_name(f".store-old-{uuid.uuid4().hex[:12]}")
        os.rename(target, retired)
    os.rename(staging, target)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)


def _one_line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split())


def _start_loader(loader, name: str):
    """Open the loader's new store and start its `_load` thread (StoreLoad and StoreFeed alike)."""
    import threading

    import pyoxigraph as ox

    loader.folder.mkdir(parents=True, exist_ok=True)
    try:
        loader.store = ox.Store(str(loader.folder / DATA_DIR))
    except OSError as exc:
        raise KgError(f"{loader.folder}: cannot create the store ({_one_line(exc)})") from None
    loader.thread = threading.Thread(target=loader._load, name=name, daemon=True)
    loader.thread.start()
    return loader
