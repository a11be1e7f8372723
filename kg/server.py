"""`kg serve`: a SPARQL 1.1 Protocol endpoint on 127.0.0.1 over the built store, with the explorer beside it.

Starlette handles HTTP; queries run in worker processes (kg.store.serve_worker) that hold the
store open read-only. A query past the time limit is stopped by ending its worker and starting
another, which a thread could not do; so no request, however bad, takes the server down.
"""

from __future__ import annotations

import asyncio
import collections
import hmac
import json
import multiprocessing
import os
import signal
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from .errors import KgError
from .query import MAX_NESTING, explain_error, fetching_keyword, too_deep
from .store import (
    GRAPH_MEDIA_TYPES, IDENTITY_CHECK_SECONDS, RESULT_MEDIA_TYPES, Answer, ProtocolQuery, answer_query, open_store, prepare_store, problem,
    serve_worker, store_identity,
)

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MAX_REQUEST_BYTES = 1 << 20
FAST_LANE_SECONDS = 1.0
CHEAP_SECONDS = 0.005  # a query a worker answered this fast is answered in the main process next time
INLINE_LIMIT_SECONDS = 0.05  # one that took longer there goes back to the workers
MAX_REMEMBERED_CHEAP = 4096
FORMAT_PARAMETER = {
    "json": "application/sparql-results+json, application/ld+json",
    "xml": "application/sparql-results+xml, application/rdf+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "ttl": "text/turtle",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "n-triples": "application/n-triples",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "rdf": "application/rdf+xml",
}
ANY_RESULT = "application/sparql-results+json"
ANY_GRAPH = "text/turtle"


@dataclass
class ServeOptions:
    out_dir: Path = Path("out")
    port: int = DEFAULT_PORT
    time_limit: float = 30.0
    max_rows: int = 100_000
    workers: int = 2
    update_token: str | None = None
    fronts: int = 1


class QueryPool:
    """Worker processes, each holding the store; a request borrows one and gives it back.

    Beside the `workers` general workers there is a fast lane: one more worker, used only when
    every general worker is busy, that gives a query FAST_LANE_SECONDS. A quick query is then
    answered while slow ones run; a slow one is stopped there (its worker replaced) and waits for
    a general worker instead.

    Requests wait for a worker and for its answer on the event loop itself (the answer pipe is
    watched with add_reader), not in a thread each: the hop to a thread and back cost more than
    a selective query.

    With updates enabled there is one worker, holding the store read-write, and no lane: RocksDB
    allows one writer, and read-only openers beside a writer are undefined behaviour.
    """

    def __init__(self, out_dir: Path, workers: int, time_limit: float, writable: bool, lane_limit: float = FAST_LANE_SECONDS):
        self.out_dir, self.time_limit, self.writable = out_dir, time_limit, writable
        self.size = 1 if writable else max(1, workers)
        self.lane_size = 0 if writable else 1
        self.lane_limit = min(lane_limit, time_limit)
        self.context = multiprocessing.get_context("spawn")
        self.idle: list = []
        self.lane_idle: list = []
        self.waiting: collections.deque = collections.deque()
        self.readers: dict[int, _AnswerReader] = {}
        self.lock = threading.Lock()
        self.all: set = set()
        self.inline: InlineAnswers | None = None

    def start(self, startup_timeout: float = 120.0) -> None:
        """Start the workers and wait until each has opened the store (before the event loop runs)."""
        general = [self._spawn() for _ in range(self.size)]
        lane = [self._spawn() for _ in range(self.lane_size)]
        for process, connection in general + lane:
            answer = None
            try:
                connection.send(("ping", None))
                if connection.poll(startup_timeout):
                    answer, _ = connection.recv()
            except (EOFError, OSError):
                pass
            if answer is None or answer.status != 200:
                self.close()
                detail = answer.body.decode("utf-8", "replace") if answer is not None else "no answer"
                raise KgError(f"the query workers cannot open the store: {detail}")
        self.idle.extend(general)
        self.lane_idle.extend(lane)
        if not self.writable:
            self.inline = InlineAnswers(self.out_dir)

    async def run(self, task: tuple, time_limit: float | None = None) -> Answer:
        """Answer a task known to be cheap here; else send it to an idle worker and wait for its answer, ending the worker past the time limit."""
        inline = self.inline
        if inline is not None and task[0] == "query":
            answer = inline.answer(task[1])
            if answer is not None:
                return answer
        limit = self.time_limit if time_limit is None else time_limit
        deadline = time.monotonic() + limit
        worker, in_lane = await self._borrow(deadline, allow_lane=True)
        if worker is not None and in_lane:
            answer = await self._ask(worker, task, self.lane_limit, lane=True)
            if answer is not None:
                return answer
            worker, in_lane = await self._borrow(time.monotonic() + limit, allow_lane=False)
        if worker is None:
            return problem(503, "busy", f"every query worker stayed busy for {limit:g} s; try again")
        answer = await self._ask(worker, task, limit, lane=False)
        if answer is None:
            return problem(503, "query_timeout", f"the query ran past this endpoint's time limit of {limit:g} s and was stopped; add LIMIT or narrow it")
        return answer

    async def _borrow(self, deadline: float, allow_lane: bool):
        """An idle worker (general ones first), waiting in line until deadline; (None, False) when none came free."""
        if self.idle:
            return self.idle.pop(), False
        if allow_lane and self.lane_idle:
            return self.lane_idle.pop(), True
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None, False
        loop = asyncio.get_running_loop()
        handed = loop.create_future()
        self.waiting.append((handed, allow_lane))
        timer = loop.call_later(remaining, _settle, handed, None)
        try:
            got = await handed
        except asyncio.CancelledError:
            if handed.done() and not handed.cancelled() and handed.result() is not None:
                self._give_back(*handed.result())
            raise
        finally:
            timer.cancel()
        return got if got is not None else (None, False)

    def _give_back(self, worker, lane: bool) -> None:
        """Hand a worker to the first request in line that may use it (the lane's only to those allowed it), or leave it idle."""
        for index, (handed, allow_lane) in enumerate(self.waiting):
            if not handed.done() and (allow_lane or not lane):
                del self.waiting[index]
                handed.set_result((worker, lane))
                break
        else:
            (self.lane_idle if lane else self.idle).append(worker)
        while self.waiting and self.waiting[0][0].done():
            self.waiting.popleft()

    async def _ask(self, worker, task: tuple, limit: float, *, lane: bool) -> Answer | None:
        """The worker's answer; None when it ran past limit (the worker is then replaced)."""
        process, connection = worker
        loop = asyncio.get_running_loop()
        try:
            descriptor = connection.fileno()
            reader = self.readers.get(descriptor)
            if reader is None or reader.connection is not connection:
                reader = self.readers[descriptor] = _AnswerReader(connection)
                loop.add_reader(descriptor, reader.readable)
            ready = reader.expect(loop)
            reader.send(task)
            timer = loop.call_later(limit, _settle, ready, _TIMED_OUT)
            cancelled = False
            try:
                answer = await ready
            except asyncio.CancelledError:
                cancelled = True
                raise
            finally:
                timer.cancel()
                if cancelled:
                    self._replace(worker, lane)  # its answer would otherwise be read as the next request's
            if answer is _TIMED_OUT:
                self._replace(worker, lane)
                return None
            if answer is _ENDED:
                raise EOFError
            answer, seconds = answer
        except (EOFError, OSError, ValueError) as exc:
            self._replace(worker, lane)
            return problem(500, "worker_failed", f"the query worker ended unexpectedly ({type(exc).__name__}); it has been restarted")
        self._give_back(worker, lane)
        if self.inline is not None and task[0] == "query" and seconds <= CHEAP_SECONDS:
            self.inline.learn(task[1])
        return answer

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), set()
        for process, connection in workers:
            connection.close()
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)

    def _spawn(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=serve_worker, args=(child, str(self.out_dir), self.writable), daemon=True, name="kg-query-worker")
        process.start()
        child.close()
        with self.lock:
            self.all.add((process, parent))
        return process, parent

    def _replace(self, worker, lane: bool) -> None:
        """End a worker and start another; it takes queries once it has opened the store."""
        process, connection = worker
        with self.lock:
            self.all.discard(worker)
        process.kill()
        loop = asyncio.get_running_loop()
        try:
            descriptor = connection.fileno()
            if descriptor in self.readers and self.readers[descriptor].connection is connection:
                del self.readers[descriptor]
                loop.remove_reader(descriptor)
        except OSError:
            pass
        connection.close()
        replacing = loop.run_in_executor(None, self._spawn_ready, process)
        replacing.add_done_callback(lambda done: done.cancelled() or done.exception() or self._give_back(done.result(), lane))

    def _spawn_ready(self, ended) -> tuple:
        """(In a thread) reap the ended worker, start a new one and wait for it to open the store."""
        ended.join(timeout=5)
        worker = self._spawn()
        try:
            worker[1].send(("ping", None))
            if worker[1].poll(120):
                worker[1].recv()
        except (EOFError, OSError, ValueError):
            pass
        return worker


_TIMED_OUT, _ENDED = object(), object()


class InlineAnswers:
    """Queries a worker answered in under CHEAP_SECONDS, answered again in the server's own process.

    The hop to a worker process (pickling, two pipe writes, two wake-ups) costs more than a
    selective query itself. A query cannot be stopped in this process, so only one that a worker
    has already run quickly on the same store comes here: the same text, graphs and formats give
    the same plan and the same work. One that takes longer than INLINE_LIMIT_SECONDS here anyway
    goes back to the workers, and a rebuilt store forgets them all (the main process reopens it in
    a thread meanwhile). Only the reading of cost is remembered; answers are always computed.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.cheap: set = set()
        self.store, self.identity, self.checked = None, None, time.monotonic()
        self.opening = False
        self._open()

    def learn(self, key: tuple) -> None:
        if len(self.cheap) >= MAX_REMEMBERED_CHEAP:
            self.cheap.clear()
        self.cheap.add(key)

    def answer(self, key: tuple) -> Answer | None:
        """The answer of a query known to be cheap; None for one a worker must answer."""
        if key not in self.cheap:
            return None
        now = time.monotonic()
        if now - self.checked >= IDENTITY_CHECK_SECONDS:
            self.checked = now
            if store_identity(self.out_dir) != self.identity:
                self.store = None
                self.cheap.clear()
                if not self.opening:
                    self.opening = True
                    threading.Thread(target=self._open, daemon=True, name="kg-inline-open").start()
                return None
        store = self.store
        if store is None:
            return None
        started = time.perf_counter()
        try:
            answer = answer_query(store, *key)
        except Exception:  # noqa: BLE001 - a worker answers it, and reports what went wrong
            self.cheap.discard(key)
            return None
        if time.perf_counter() - started > INLINE_LIMIT_SECONDS:
            self.cheap.discard(key)
        return answer

    def _open(self) -> None:
        try:
            identity = store_identity(self.out_dir)
            store = open_store(self.out_dir)
        except (KgError, OSError):
            store, identity = None, None
        self.cheap = set()  # what a worker learned on the store before this one
        self.store, self.identity = store, identity
        self.opening = False


class _AnswerReader:
    """A worker's answers read on the event loop as they arrive: its pipe stays watched (non-blocking)
    between requests, rather than watched and unwatched (four system calls) for each one.

    Messages are multiprocessing's: a 4-byte big-endian length (-1, then 8 bytes, past 2 GiB) and a pickle.
    """

    def __init__(self, connection):
        self.connection = connection
        self.descriptor = connection.fileno()
        self.buffer = bytearray()
        self.waiter: asyncio.Future | None = None

    def expect(self, loop) -> asyncio.Future:
        self.waiter = loop.create_future()
        return self.waiter

    def send(self, task) -> None:
        """The task as a message; written blocking when it is large (the pipe is non-blocking for reading)."""
        import pickle
        import struct

        payload = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(struct.pack("!i", len(payload)) + payload)
        try:
            view = view[os.write(self.descriptor, view):]
        except BlockingIOError:
            pass
        if view:
            os.set_blocking(self.descriptor, True)
            try:
                while view:
                    view = view[os.write(self.descriptor, view):]
            finally:
                os.set_blocking(self.descriptor, False)

    def readable(self) -> None:
        import pickle
        import struct

        try:
            data = os.read(self.descriptor, 65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.buffer.clear()
            if self.waiter is not None:
                _settle(self.waiter, _ENDED)
            return
        self.buffer += data
        while len(self.buffer) >= 4:
            size, = struct.unpack_from("!i", self.buffer)
            start = 4
            if size == -1:
                if len(self.buffer) < 12:
                    return
                size, = struct.unpack_from("!Q", self.buffer, 4)
                start = 12
            if len(self.buffer) < start + size:
                return
            answer = pickle.loads(self.buffer[start:start + size])
            del self.buffer[:start + size]
            if self.waiter is not None:
                _settle(self.waiter, answer)
                self.waiter = None


def _settle(future: asyncio.Future, value) -> None:
    """Give a future its value unless it has one (a reader callback fires while the pipe stays readable)."""
    if not future.done():
        future.set_result(value)


def negotiate(accept: str | None, offered: dict[str, str], fallback: str) -> str | None:
    """The offered media type the Accept header ranks highest (None: nothing acceptable).

    Clients send the same few Accept headers again and again, so answers are remembered.
    """
    key = (accept, id(offered), fallback)
    if key not in _NEGOTIATED:
        if len(_NEGOTIATED) > 1024:
            _NEGOTIATED.clear()
        _NEGOTIATED[key] = _negotiate(accept, offered, fallback)
    return _NEGOTIATED[key]


_NEGOTIATED: dict = {}


def _negotiate(accept: str | None, offered: dict[str, str], fallback: str) -> str | None:
    if not accept or not accept.strip():
        return fallback
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [field.strip() for field in part.split(";")]
        media_range = fields[0].lower()
        quality = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_range and quality > 0:
            ranges.append((-quality, media_range.count("*"), position, media_range))
    for _, _, _, media_range in sorted(ranges):
        if media_range in offered:
            return media_range
        if media_range == "*/*":
            return fallback
        if media_range.endswith("/*"):
            major = media_range[:-1]
            if fallback.startswith(major):
                return fallback
            for media_type in offered:
                if media_type.startswith(major):
                    return media_type
    return None


def create_app(options: ServeOptions, pool: QueryPool) -> Starlette:
    """The Starlette application: /sparql (query, service description), /update, and the explorer at /."""

    def respond(answer: Answer) -> Response:
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=answer.headers)

    async def run_in_pool(task: tuple) -> Answer:
        return await pool.run(task)

    async def run(task: tuple) -> Response:
        return respond(await run_in_pool(task))

    async def sparql(request: Request) -> Response:
        fields, body_text, content_type = await _request_fields(request)
        if "update" in fields:
            if request.method != "POST":
                return respond(problem(405, "method_not_allowed", "SPARQL Update must be sent with POST", {"Allow": "POST"}))
            return await _update(request, fields["update"])
        queries = fields.get("query", [])
        if body_text is not None and content_type == "application/sparql-query":
            queries = [body_text]
        elif body_text is not None and content_type == "application/sparql-update":
            return await _update(request, [body_text])
        if not queries:
            if request.method == "POST":
                return respond(problem(400, "missing_query", "no query: send query=... (form) or an application/sparql-query body"))
            return await _service_description(request)
        if len(queries) > 1:
            return respond(problem(400, "several_queries", "give exactly one query parameter"))
        refused = _refuse_query(queries[0])
        if refused is not None:
            return respond(refused)
        accept = _accept(request, fields)
        task = ProtocolQuery(
            query=queries[0],
            result_media_type=negotiate(accept, RESULT_MEDIA_TYPES, ANY_RESULT),
            graph_media_type=negotiate(accept, GRAPH_MEDIA_TYPES, ANY_GRAPH),
            default_graphs=tuple(fields.get("default-graph-uri", [])),
            named_graphs=tuple(fields.get("named-graph-uri", [])),
        )
        return respond(_explained(await run_in_pool(("query", (task, options.max_rows))), queries[0]))

    async def update(request: Request) -> Response:
        fields, body_text, content_type = await _request_fields(request)
        if body_text is not None and content_type == "application/sparql-update":
            return await _update(request, [body_text])
        return await _update(request, fields.get("update", []))

    async def _update(request: Request, updates: list[str]) -> Response:
        if not options.update_token:
            return respond(problem(403, "updates_disabled", "this endpoint is read-only; SPARQL Update needs kg serve --update-token"))
        supplied = request.headers.get("authorization", "")
        scheme, _, token = supplied.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), options.update_token.encode()):
            return respond(problem(401, "unauthorized", "SPARQL Update needs the header 'Authorization: Bearer <token>' with kg serve's --update-token", {"WWW-Authenticate": 'Bearer realm="kg"'}))
        if len(updates) != 1:
            return respond(problem(400, "missing_update", "send exactly one update: update=... (form) or an application/sparql-update body"))
        refused = _refuse_update(updates[0])
        if refused is not None:
            return respond(refused)
        return await run(("update", updates[0]))

    async def _service_description(request: Request) -> Response:
        media_type = negotiate(request.headers.get("accept"), GRAPH_MEDIA_TYPES, ANY_GRAPH) or ANY_GRAPH
        endpoint = str(request.url.replace(query=""))
        update_endpoint = str(request.url_for("update")) if options.update_token else None
        return await run(("describe", (endpoint, media_type, update_endpoint)))

    async def explorer(request: Request) -> Response:
        page = options.out_dir / "graph.html"
        if not page.is_file():
            return respond(problem(404, "no_explorer", f"{page} does not exist; run 'kg build' (without --no-html)"))
        return FileResponse(page, media_type="text/html; charset=utf-8")

    async def http_error(request: Request, exc: HTTPException) -> Response:
        answer = problem(exc.status_code, _code(exc.status_code), exc.detail, dict(exc.headers or {}))
        return respond(answer)

    async def request_error(request: Request, exc: _RequestError) -> Response:
        return respond(exc.answer)

    async def internal_error(request: Request, exc: Exception) -> Response:
        return respond(problem(500, "internal_error", f"{type(exc).__name__}: {' '.join(str(exc).split())}"))

    return Starlette(
        routes=[
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/query", sparql, methods=["GET", "POST"]),
            Route("/update", update, methods=["POST"], name="update"),
            Route("/", explorer, methods=["GET"]),
            Route("/graph.html", explorer, methods=["GET"]),
        ],
        middleware=[Middleware(
            CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Authorization"], allow_private_network=True, max_age=600,
        )],
        exception_handlers={HTTPException: http_error, _RequestError: request_error, Exception: internal_error},
    )


PLAIN_GET_PARAMETERS = frozenset({"query", "format", "output", "default-graph-uri", "named-graph-uri"})


def plain_get_front(app, options: ServeOptions, pool: QueryPool):
    """An ASGI app answering a plain `GET /sparql?query=...` itself, and passing every other request to `app` (Starlette).

    Plain: no Origin header (so no CORS headers to add) and no parameter but the protocol's own.
    Such a request is the same query, answer and headers as through Starlette, without its
    middleware, routing and Request objects: at many small queries a second, the main process's
    own time per request is what limits the rate.
    """

    async def front(scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] in ("/sparql", "/query"):
            task = _plain_get_task(scope)
            if task is not None:
                if isinstance(task, Answer):
                    answer = task
                else:
                    try:
                        answer = _explained(await pool.run(("query", (task, options.max_rows))), task.query)
                    except Exception as exc:  # noqa: BLE001 - as Starlette's handler answers it
                        answer = problem(500, "internal_error", f"{type(exc).__name__}: {' '.join(str(exc).split())}")
                await _send_answer(send, answer)
                return
        await app(scope, receive, send)

    return front


def _plain_get_task(scope) -> ProtocolQuery | Answer | None:
    """The query of a plain GET (or the answer refusing it), None when Starlette should handle the request.

    The reading of a query string and Accept header is remembered (clients repeat their requests):
    the same request is parsed once; its answer is always computed again.
    """
    accept = None
    for name, value in scope["headers"]:
        if name == b"origin":
            return None
        if name == b"accept":
            if accept is not None:
                return None
            accept = value
    key = (scope["query_string"], accept)
    found = _PLAIN_GETS.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = _read_plain_get(scope["query_string"], None if accept is None else accept.decode("latin-1"))
        if len(key[0]) <= 4096:
            if len(_PLAIN_GETS) >= 512:
                _PLAIN_GETS.clear()
            _PLAIN_GETS[key] = found
    return found


_PLAIN_GETS: dict = {}
_UNSEEN = object()


def _read_plain_get(query_string: bytes, accept: str | None) -> ProtocolQuery | Answer | None:
    fields: dict[str, list[str]] = {}
    for key, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if key not in PLAIN_GET_PARAMETERS:
            return None
        fields.setdefault(key, []).append(value)
    queries = fields.get("query", [])
    if len(queries) != 1:
        return None
    refused = _refuse_query(queries[0])
    if refused is not None:
        return refused
    for name in ("format", "output"):
        for wanted in fields.get(name, []):
            if wanted.lower() in FORMAT_PARAMETER:
                accept = FORMAT_PARAMETER[wanted.lower()]
                break
        else:
            continue
        break
    return ProtocolQuery(
        queries[0], negotiate(accept, RESULT_MEDIA_TYPES, ANY_RESULT), negotiate(accept, GRAPH_MEDIA_TYPES, ANY_GRAPH),
        tuple(fields.get("default-graph-uri", [])), tuple(fields.get("named-graph-uri", [])),
    )


async def _send_answer(send, answer: Answer) -> None:
    """An Answer as an HTTP response, with the headers Starlette's Response would give it: one write to the socket."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if isinstance(transport, OneWriteTransport):
        transport.hold_next()
    media_type = answer.media_type
    if media_type.startswith("text/") and "charset=" not in media_type:
        media_type += "; charset=utf-8"
    headers = [(b"content-length", str(len(answer.body)).encode()), (b"content-type", media_type.encode("latin-1"))]
    headers += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in (answer.headers or {}).items()]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


def _refuse_query(text: str) -> Answer | None:
    """Nesting that would overflow the parser's stack is refused before a worker sees it."""
    depth = too_deep(text)
    if depth is not None:
        return problem(400, "malformed_query", f"invalid SPARQL: brackets nest {depth} deep, more than the {MAX_NESTING} allowed")
    return None


def _refuse_update(text: str) -> Answer | None:
    """An update may change the store, never make the server fetch a URL (LOAD, SERVICE)."""
    depth = too_deep(text)
    if depth is not None:
        return problem(400, "malformed_update", f"invalid SPARQL Update: brackets nest {depth} deep, more than the {MAX_NESTING} allowed")
    keyword = fetching_keyword(text)
    if keyword is not None:
        return problem(403, "fetch_refused", f"{keyword} is not allowed: this endpoint never fetches URLs; send the data itself (INSERT DATA)")
    return None


def _explained(answer: Answer, text: str) -> Answer:
    """A parser error rewritten the way kg query words it (an unknown prefix named in one line)."""
    if answer.status != 400 or b"invalid SPARQL" not in answer.body:
        return answer
    try:
        error = json.loads(answer.body)["error"]
    except (ValueError, KeyError, TypeError):
        return answer
    message = explain_error(error["message"], text)
    return answer if message == error["message"] else problem(answer.status, error["code"], message, answer.headers)


class OneWriteTransport:
    """A connection's transport that can hold a response's head until its body comes, so both go out in one write.

    uvicorn writes the status line and headers, then the body: two system calls and, with
    TCP_NODELAY, two segments, which on loopback cost more than a selective query. Only a
    response whose body is sent at once asks for this (hold_next); everything else passes through.
    """

    __slots__ = ("transport", "held", "holding")

    def __init__(self, transport):
        self.transport, self.held, self.holding = transport, None, False

    def hold_next(self) -> None:
        self.holding = True

    def write(self, data) -> None:
        if self.holding:
            self.holding, self.held = False, bytes(data)
            return
        if self.held is not None:
            data, self.held = self.held + data, None
        self.transport.write(data)

    def close(self) -> None:
        if self.held is not None:
            self.transport.write(self.held)
            self.held = None
        self.transport.close()

    def __getattr__(self, name):
        return getattr(self.transport, name)


def one_write_protocol():
    """uvicorn's httptools protocol with a OneWriteTransport around each connection."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class OneWriteProtocol(HttpToolsProtocol):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self.transport = OneWriteTransport(transport)

    return OneWriteProtocol


def listening_socket(port: int) -> socket.socket:
    """A TCP socket bound to 127.0.0.1:port.

    Created with IPPROTO_TCP so that asyncio sets TCP_NODELAY on every accepted connection:
    without it Nagle's algorithm meets delayed ACKs and each keep-alive request waits ~40 ms.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        listener.bind((HOST, port))
    except OSError as exc:
        listener.close()
        raise KgError(f"cannot listen on {HOST}:{port} ({exc.strerror or exc})") from None
    listener.listen(128)
    return listener


class _RequestError(Exception):
    def __init__(self, answer: Answer):
        super().__init__(answer.status)
        self.answer = answer


async def _request_fields(request: Request) -> tuple[dict[str, list[str]], str | None, str]:
    """URL parameters merged with form fields; the raw body when it is a query or update itself."""
    fields: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        fields.setdefault(key, []).append(value)
    if request.method != "POST":
        return fields, None, ""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        raise _RequestError(problem(413, "request_too_large", f"the request body is over {MAX_REQUEST_BYTES} bytes"))
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_REQUEST_BYTES:
            raise _RequestError(problem(413, "request_too_large", f"the request body is over {MAX_REQUEST_BYTES} bytes"))
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _RequestError(problem(400, "bad_encoding", "the request body is not UTF-8")) from None
    if content_type == "application/x-www-form-urlencoded":
        for key, values in parse_qs(text, keep_blank_values=True).items():
            fields.setdefault(key, []).extend(values)
        return fields, None, content_type
    if content_type in ("application/sparql-query", "application/sparql-update"):
        return fields, text, content_type
    raise _RequestError(problem(415, "unsupported_media_type", "POST a form (application/x-www-form-urlencoded), application/sparql-query or application/sparql-update"))


def _accept(request: Request, fields: dict[str, list[str]]) -> str | None:
    """The Accept header, unless a known `format` or `output` parameter (json, xml, csv, tsv, turtle, nt, jsonld) overrides it."""
    for name in ("format", "output"):
        for wanted in fields.get(name, []):
            if wanted.lower() in FORMAT_PARAMETER:
                return FORMAT_PARAMETER[wanted.lower()]
    return request.headers.get("accept")


def _code(status: int) -> str:
    return {404: "not_found", 405: "method_not_allowed"}.get(status, "http_error")


def serve(options: ServeOptions, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted: prepare the store, listen on 127.0.0.1:port, and run the fronts (each with its workers).

    With fronts > 1 the process forks (before any thread or worker exists) into that many
    processes accepting on the one listening socket: requests answered in a front's own process
    (InlineAnswers) then use both cores, and a busy machine gives the server more than one
    process's share. Each front has its own workers and fast lane. Updates keep one front (one writer).
    """
    prepare_store(options.out_dir)
    listener = listening_socket(options.port)
    fronts = 1 if options.update_token or not hasattr(os, "fork") else max(1, options.fronts)
    children: list[int] = []
    try:
        for _ in range(fronts - 1):
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    _end_with_parent()
                    _serve_front(options, listener, None)
                except BaseException:  # noqa: BLE001 - a front that fails ends alone; the others go on
                    code = 1
                finally:
                    os._exit(code)
            children.append(pid)
        _serve_front(options, listener, on_ready)
    finally:
        listener.close()
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass


def default_fronts() -> int:
    """One front per core (at most four): the fronts answer cheap queries themselves."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _end_with_parent() -> None:
    """Ask Linux to end this forked front when the first one ends, however it ends (elsewhere: nothing)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve_front(options: ServeOptions, listener: socket.socket, on_ready: Callable[[str], None] | None) -> None:
    import uvicorn

    pool = QueryPool(options.out_dir, options.workers, options.time_limit, writable=bool(options.update_token))
    try:
        pool.start()
        config = uvicorn.Config(plain_get_front(create_app(options, pool), options, pool), log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=5, http=one_write_protocol(), proxy_headers=False)
        server = uvicorn.Server(config)
        if on_ready is not None:
            on_ready(f"http://{HOST}:{listener.getsockname()[1]}/")
        try:
            server.run(sockets=[listener])
        except KeyboardInterrupt:
            pass
    finally:
        pool.close()
