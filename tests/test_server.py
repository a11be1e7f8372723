"""`kg serve` as a user runs it: a real subprocess on 127.0.0.1, queried with SPARQLWrapper and plain HTTP.

Every results format the endpoint sends is parsed back with rdflib's parsers and compared with
the same query answered by rdflib's own in-memory store, so neither side checks itself.
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from kg.files import load_dataset
from kg.namespaces import sparql_prologue

from .conftest import REPO, run, stop_process

try:
    from SPARQLWrapper import CSV, GET, JSON, JSONLD, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
except ImportError:  # pragma: no cover - the message is the point
    pytest.fail("SPARQLWrapper is missing: .ci/run installs it (pip install -e '.[test]')", pytrace=False)

STARTUP_SECONDS = 90
SELECTS = {
    "attendees": None,
    "officials": None,
    "evidence": None,
    "investments": None,
    "labels": "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label",
}
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


class Served:
    """A `kg serve` subprocess and the URL it printed."""

    def __init__(self, out_dir: Path, log: Path, *extra: str):
        command = [sys.executable, "-m", "kg.cli", "serve", "-o", str(out_dir), "--port", "0", *extra]
        self.log = log
        self.process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=log.open("wb"), text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(STARTUP_SECONDS)
        if not lines or "serving SPARQL at" not in lines[0]:
            self.stop()
            pytest.fail(f"kg serve did not start within {STARTUP_SECONDS} s: {lines} {log.read_text(errors='replace')[-2000:]}")
        self.base = lines[0].split("explorer at ")[1].split(")")[0]
        self.sparql = self.base + "sparql"

    def stop(self) -> None:
        stop_process(self.process, 20)
        if self.process.stdout:
            self.process.stdout.close()


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    served = Served(built, tmp_path_factory.mktemp("serve") / "serve.log", "--timeout", "4", "--max-rows", "500")
    yield served
    served.stop()


@pytest.fixture(scope="module")
def writable_server(built, tmp_path_factory):
    folder = tmp_path_factory.mktemp("writable")
    shutil.copytree(built, folder / "out")
    served = Served(folder / "out", folder / "serve.log", "--update-token", "s3cret")
    yield served
    served.stop()


@pytest.fixture(scope="module")
def oracle(built):
    """rdflib's in-memory dataset of the same build: the answers the endpoint must give."""
    return load_dataset(built)


def query_text(name: str) -> str:
    from kg.query import example

    return SELECTS[name] or example(name).text


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def oversized_post(served: Served, body: bytes) -> bytes:
    """POST a body past the size limit on a raw socket: the server may answer and close before the
    body is sent, which a client library reports as a broken pipe instead of the answer."""
    port = int(served.base.rsplit(":", 1)[1].strip("/"))
    head = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: {len(body)}\r\n\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        try:
            raw.sendall(head.encode() + body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return raw.recv(200)


def get(served: Served, query: str, accept: str = "*/*"):
    return http(served.sparql + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})


def client(served: Served, query: str, return_format, method=GET, request_method=URLENCODED) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(served.sparql)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(return_format)
    wrapper.setMethod(method)
    wrapper.setRequestMethod(request_method)
    wrapper.setTimeout(30)
    return wrapper


def body_of(wrapper: SPARQLWrapper) -> bytes:
    response = wrapper.query().response
    try:
        return response.read()
    finally:
        response.close()


def normal(term):
    """A term as a comparable value: numbers by value, so 84500000000.0 and 84500000000 agree."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return ("number", Decimal(str(value)))
        return ("literal", str(term), term.language, None if term.language else str(term.datatype or ""))
    return (type(term).__name__, str(term))


def rows(result: Result, normalize=normal) -> list[tuple]:
    return sorted((tuple(normalize(value) for value in row) for row in result), key=repr)


def expected_rows(oracle, query: str, normalize=normal) -> list[tuple]:
    return rows(oracle.query(sparql_prologue() + query), normalize)


def as_text(term):
    return None if term is None else str(term)


@pytest.mark.parametrize("name", sorted(SELECTS))
def test_select_in_every_results_format_matches_rdflib(server, oracle, name):
    query = query_text(name)
    expected = expected_rows(oracle, query)
    assert expected, name
    as_json = Result.parse(io.BytesIO(body_of(client(server, query, JSON))), format="json")
    assert rows(as_json) == expected
    for return_format, parser in ((XML, "xml"), (TSV, "tsv")):
        parsed = Result.parse(io.BytesIO(body_of(client(server, query, return_format))), format=parser)
        assert rows(parsed) == expected, return_format
    as_csv = Result.parse(io.BytesIO(body_of(client(server, query, CSV))), format="csv")
    assert rows(as_csv, as_text) == rows(as_json, as_text)


@pytest.mark.parametrize("method, request_method", [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_get_form_post_and_direct_post_give_the_same_answer(server, oracle, method, request_method):
    query = query_text("attendees")
    result = client(server, query, JSON, method, request_method).query().convert()
    names = result["head"]["vars"]
    assert names == ["eventLabel", "date", "placeLabel", "whoLabel"]
    got = sorted(tuple(binding.get(n, {}).get("value") for n in names) for binding in result["results"]["bindings"])
    assert got == sorted(tuple(as_text(v) for v in row) for row in oracle.query(sparql_prologue() + query))


def test_ask_in_every_results_format(server):
    for query, answer in (("ASK { ?s pk:attended ?o }", True), ("ASK { ?s pk:attended pk:Nothing }", False)):
        for return_format, parser in ((JSON, "json"), (XML, "xml")):
            parsed = Result.parse(io.BytesIO(body_of(client(server, query, return_format))), format=parser)
            assert parsed.askAnswer is answer
        for accept in ("text/csv", "text/tab-separated-values"):
            status, _, body = get(server, query, accept)
            assert status == 200 and body.strip() == (b"true" if answer else b"false")


def test_construct_in_every_rdf_format_matches_rdflib(server, oracle):
    query = "CONSTRUCT { ?s pk:attended ?o . ?o skos:prefLabel ?label } WHERE { ?s pk:attended ?o . ?o skos:prefLabel ?label }"
    expected = oracle.query(sparql_prologue() + query).graph
    assert len(expected) > 5
    for return_format, parser in ((TURTLE, "turtle"), (JSONLD, "json-ld"), (RDFXML, "xml")):
        graph = Graph().parse(data=body_of(client(server, query, return_format)), format=parser)
        assert isomorphic(graph, expected), return_format
    status, headers, body = get(server, query, "application/n-triples")
    assert status == 200 and headers.get_content_type() == "application/n-triples"
    assert isomorphic(Graph().parse(data=body, format="nt"), expected)


def test_describe_gives_the_resource(server):
    mss = URIRef("https://w3id.org/policy-kg/id/org/mss")
    graph = Graph().parse(data=body_of(client(server, f"DESCRIBE <{mss}>", TURTLE)), format="turtle")
    assert (mss, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("중소벤처기업부", lang="ko")) in graph


def test_default_graph_is_the_union_counted_once(server, oracle):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    result = client(server, query, JSON).query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == len(set(oracle.triples((None, None, None))))


def documents(oracle) -> list[str]:
    return sorted(str(graph.identifier) for graph in oracle.graphs() if isinstance(graph.identifier, URIRef) and len(graph))


def test_named_graphs_and_graph_parameters(server, oracle):
    documents_ = documents(oracle)
    result = client(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", JSON).query().convert()
    assert [b["g"]["value"] for b in result["results"]["bindings"]] == documents_
    url = server.sparql + "?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a pk:Document }", "default-graph-uri": documents_[0]})
    status, _, body = http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


def test_service_description(server, oracle):
    status, headers, body = http(server.sparql, headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    graph = Graph().parse(data=body, format="turtle")
    endpoint = URIRef(server.sparql)
    assert (endpoint, URIRef(sd + "endpoint"), endpoint) in graph
    assert (endpoint, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph
    assert (endpoint, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Update")) not in graph
    assert sorted(str(name) for name in graph.objects(None, URIRef(sd + "name"))) == documents(oracle)
    status, _, body = http(server.sparql, headers={"Accept": "application/ld+json"})
    assert status == 200 and len(Graph().parse(data=body, format="json-ld")) == len(graph)


def test_cors_lets_a_browser_client_query(server):
    status, headers, _ = http(server.sparql, method="OPTIONS", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type",
        "Access-Control-Request-Private-Network": "true",
    })
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Access-Control-Allow-Private-Network"] == "true"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = http(server.sparql + "?query=" + urllib.parse.quote("ASK {}"), headers={"Origin": "https://yasgui.example"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_explorer_is_served_beside_the_endpoint(server, built):
    for path in ("", "graph.html"):
        status, headers, body = http(server.base + path)
        assert status == 200 and headers.get_content_type() == "text/html"
        assert body == (built / "graph.html").read_bytes()


def assert_error(status: int, body: bytes, expected_status: int, code: str) -> dict:
    """The one error shape: {"error": {"status", "code", "message"}}."""
    error = json.loads(body)["error"]
    assert (status, error["status"], error["code"]) == (expected_status, expected_status, code), error
    assert isinstance(error["message"], str) and error["message"] and "\n" not in error["message"]
    return error


def test_malformed_query_is_400_with_the_parser_message(server):
    status, headers, body = get(server, "SELECT ?x WHERE { ?x pk:attended }")
    assert headers.get_content_type() == "application/json"
    error = assert_error(status, body, 400, "malformed_query")
    assert error["message"].startswith("invalid SPARQL: line 1, column 34: expected")
    with pytest.raises(QueryBadFormed, match="invalid SPARQL"):
        client(server, "SELECT ?x WHERE { ?x pk:attended }", JSON).query()


def test_time_limit_stops_a_runaway_query_and_the_server_goes_on(server):
    start = time.monotonic()
    status, _, body = get(server, SLOW_QUERY)
    assert time.monotonic() - start < 30
    assert "time limit of 4 s" in assert_error(status, body, 503, "query_timeout")["message"]
    assert client(server, "ASK { ?s pk:attended ?o }", JSON).query().convert()["boolean"] is True


def test_row_limit_is_a_clear_error(server):
    for query in ("SELECT * WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        status, _, body = get(server, query)
        assert "more than 500 rows" in assert_error(status, body, 422, "row_limit_exceeded")["message"]
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 500")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 500


def test_read_only_refuses_updates(server):
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    for url, data, content_type in (
        (server.base + "update", urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded"),
        (server.base + "update", update.encode(), "application/sparql-update"),
        (server.sparql, urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded"),
    ):
        status, _, body = http(url, data, {"Content-Type": content_type, "Authorization": "Bearer anything"})
        assert_error(status, body, 403, "updates_disabled")
    status, _, body = get(server, update)
    assert "SPARQL Update" in assert_error(status, body, 400, "malformed_query")["message"]
    status, _, body = get(server, "ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is False


def test_bad_requests_get_json_errors_and_never_stop_the_server(server):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (1 << 20)
    cases = [
        (http(server.sparql, b"query=ASK{}", {"Content-Type": "text/plain"}), 415, "unsupported_media_type"),
        (http(server.sparql, b"\xff\xfe", {"Content-Type": "application/sparql-query"}), 400, "bad_encoding"),
        (http(server.sparql, b"", {"Content-Type": "application/x-www-form-urlencoded"}), 400, "missing_query"),
        (http(server.sparql + "?query=ASK%7B%7D&query=ASK%7B%7D"), 400, "several_queries"),
        (get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png"), 406, "not_acceptable"),
        (get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"), 400, "federation_refused"),
        (http(server.sparql + "?update=" + urllib.parse.quote("CLEAR ALL")), 405, "method_not_allowed"),
        (http(server.base + "nowhere"), 404, "not_found"),
        (http(server.sparql, b"x", {"Content-Type": "application/sparql-query"}, method="PUT"), 405, "method_not_allowed"),
        (http(server.sparql + "?" + urllib.parse.urlencode({"query": "ASK {}", "default-graph-uri": "not an iri"})), 400, "query_failed"),
    ]
    for (status, _, body), expected_status, code in cases:
        assert_error(status, body, expected_status, code)
    assert oversized_post(server, big).startswith(b"HTTP/1.1 413")
    with socket.create_connection(("127.0.0.1", int(server.base.rsplit(":", 1)[1].strip("/"))), timeout=10) as raw:
        raw.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        assert raw.recv(100).startswith(b"HTTP/1.1 400")
    assert server.process.poll() is None
    assert client(server, "ASK { ?s pk:attended ?o }", JSON).query().convert()["boolean"] is True


def test_kg_query_reads_the_store_while_it_is_served(server, built):
    result = run("query", "--example", "officials", "--format", "csv", "-o", str(built))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "personLabel,title,orgLabel"


def test_kg_query_endpoint_asks_the_server(server, built):
    remote = run("query", "--example", "attendees", "--format", "json", "--endpoint", server.sparql, "-o", str(built))
    local = run("query", "--example", "attendees", "--format", "json", "-o", str(built))
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(local.output)
    bad = run("query", "SELECT ?x WHERE { ?x pk:attended }", "--endpoint", server.sparql)
    assert bad.exit_code == 1 and bad.output.startswith("Error: invalid SPARQL: line 1, column 34")


def test_updates_need_the_token(writable_server):
    update = 'INSERT DATA { <urn:x:a> <urn:x:b> "새 사실"@ko }'
    url = writable_server.base + "update"
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic czNjcmV0"}):
        status, response_headers, body = http(url, update.encode(), {"Content-Type": "application/sparql-update", **headers})
        assert_error(status, body, 401, "unauthorized")
        assert response_headers["WWW-Authenticate"].startswith("Bearer")
    status, _, body = get(writable_server, "ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is False
    status, _, _ = http(url, update.encode(), {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"})
    assert status == 204
    wrapper = client(writable_server, "SELECT ?o WHERE { <urn:x:a> <urn:x:b> ?o }", JSON)
    assert wrapper.query().convert()["results"]["bindings"] == [{"o": {"type": "literal", "value": "새 사실", "xml:lang": "ko"}}]
    form = urllib.parse.urlencode({"update": "DELETE DATA { <urn:x:a> <urn:x:b> \"새 사실\"@ko }"}).encode()
    status, _, _ = http(writable_server.sparql, form, {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer s3cret"})
    assert status == 204
    status, _, body = http(url, b"INSERT DATA { <urn:x:a> }", {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"})
    assert assert_error(status, body, 400, "malformed_update")["message"].startswith("invalid SPARQL Update: line 1")
    status, _, body = http(writable_server.sparql, headers={"Accept": "text/turtle"})
    assert b"SPARQL11Update" in body


def test_port_in_use_is_a_one_line_error(built):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = run("serve", "-o", str(built), "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 1 and result.output.startswith("Error: cannot listen on 127.0.0.1:")


def test_serve_without_a_build_says_to_build(tmp_path):
    result = run("serve", "-o", str(tmp_path), "--port", "0")
    assert result.exit_code == 1 and "run 'kg build' first" in result.output



def test_the_listening_socket_is_tcp_so_keep_alive_answers_are_not_delayed(server):
    from kg.server import listening_socket

    with listening_socket(0) as listener:
        assert listener.proto == socket.IPPROTO_TCP
        assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    import http.client

    port = int(server.base.rsplit(":", 1)[1].strip("/"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    path = "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s pk:attended ?o }"})
    times = []
    for _ in range(21):
        start = time.perf_counter()
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        assert response.status == 200 and json.loads(response.read())["boolean"] is True
        times.append(time.perf_counter() - start)
    connection.close()
    # Nagle's algorithm against delayed ACKs made every request on a kept-alive connection take ~40 ms.
    assert sorted(times)[len(times) // 2] < 0.030, times


@pytest.fixture(scope="module")
def one_worker_server(built, tmp_path_factory):
    served = Served(built, tmp_path_factory.mktemp("lane") / "serve.log", "--workers", "1", "--fronts", "1", "--timeout", "8")
    yield served
    served.stop()


def test_fast_queries_are_answered_while_a_slow_one_runs(one_worker_server):
    slow: list = []
    runner = threading.Thread(target=lambda: slow.append(get(one_worker_server, SLOW_QUERY)))
    runner.start()
    time.sleep(1.0)
    start = time.monotonic()
    status, _, body = get(one_worker_server, "ASK { ?s pk:attended ?o }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert time.monotonic() - start < 5
    runner.join(60)
    assert assert_error(slow[0][0], slow[0][2], 503, "query_timeout")


def test_a_second_slow_query_leaves_the_fast_lane_and_waits(one_worker_server):
    answers: list = []
    runners = [threading.Thread(target=lambda: answers.append(get(one_worker_server, SLOW_QUERY))) for _ in range(2)]
    for runner in runners:
        runner.start()
        time.sleep(0.3)
    time.sleep(2)
    status, _, body = get(one_worker_server, "ASK { ?s pk:attended ?o }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    for runner in runners:
        runner.join(60)
    assert sorted(answer[0] for answer in answers) == [503, 503]


def test_deep_nesting_and_unknown_prefixes_are_400_in_one_line(server):
    status, _, body = get(server, "SELECT * WHERE " + "{" * 2500 + "}" * 2500)
    assert "brackets nest 2500 deep" in assert_error(status, body, 400, "malformed_query")["message"]
    status, _, body = get(server, "SELECT ?x WHERE { ?x pkk:label ?y }")
    assert assert_error(status, body, 400, "malformed_query")["message"].startswith("invalid SPARQL: unknown prefix 'pkk:' at line 1, column 22")
    assert server.process.poll() is None


@pytest.mark.parametrize("template", [
    "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <urn:x:g>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
])
def test_updates_cannot_make_the_server_fetch_urls(writable_server, template):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        update = template.format(port=listener.getsockname()[1])
        status, _, body = http(writable_server.base + "update", update.encode(), {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"})
        with pytest.raises(socket.timeout):
            listener.accept()
    assert "never fetches URLs" in assert_error(status, body, 403, "fetch_refused")["message"]


@pytest.mark.parametrize("query, accept, extra", [
    ("SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label", "application/sparql-results+json", {}),
    ("SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label", "*/*", {"format": "csv"}),
    ("CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s rdfs:label ?o }", "text/turtle", {}),
    ("ASK { ?s pk:attended ?o }", "application/sparql-results+xml", {}),
    ("SELECT ?x WHERE { ?x pkk:label ?y }", "*/*", {}),
    ("SELECT * WHERE " + "{" * 200 + "}" * 200, "*/*", {}),
    ("SELECT ?s WHERE { ?s ?p ?o }", "text/turtle", {}),
])
def test_a_plain_get_is_answered_as_starlette_answers_it(server, query, accept, extra):
    """A GET without Origin takes the thin front; with Origin it goes through Starlette (and CORS): same answer."""
    url = server.sparql + "?" + urllib.parse.urlencode({"query": query, **extra})
    plain = http(url, headers={"Accept": accept})
    routed = http(url, headers={"Accept": accept, "Origin": "https://yasgui.example"})
    assert plain[0] == routed[0] and plain[2] == routed[2]
    assert plain[1]["Content-Type"] == routed[1]["Content-Type"]
    assert "Access-Control-Allow-Origin" not in plain[1] and routed[1]["Access-Control-Allow-Origin"] == "*"


def test_a_query_larger_than_the_pipe_to_the_worker_is_answered(server):
    """A query of 600 KB (a long VALUES list) goes to the worker whole, however small the pipe's buffer."""
    names = " ".join(f'"이름{i:06d}"' for i in range(50_000))
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?name {{ {names} }} }}"
    assert len(query.encode("utf-8")) > 500_000
    request = urllib.request.Request(server.base + "sparql", data=query.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert json.loads(response.read())["results"]["bindings"][0]["n"]["value"] == "50000"


def test_a_query_a_worker_answered_quickly_is_answered_again_in_the_main_process(built, tmp_path):
    """The server's own process answers a query a worker found cheap, with the worker's bytes, and forgets it when the build changes."""
    from kg.server import InlineAnswers
    from kg.store import ProtocolQuery, answer_query, open_store

    shutil.copytree(built, tmp_path / "out")
    inline = InlineAnswers(tmp_path / "out")
    key = (ProtocolQuery("SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label", "text/csv", "text/turtle"), 500)
    assert inline.answer(key) is None
    inline.learn(key)
    assert inline.answer(key) == answer_query(open_store(tmp_path / "out"), *key)
    (tmp_path / "out" / "graph.trig").touch()
    inline.checked = float("-inf")
    assert inline.answer(key) is None and key not in inline.cheap


class RecordingTransport:
    def __init__(self):
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str):
        return name


@pytest.mark.parametrize("hold, writes", [
    (True, [b"HTTP/1.1 200 OK\r\n\r\nbody"]),
    (False, [b"HTTP/1.1 200 OK\r\n\r\n", b"body"]),
])
def test_a_held_response_head_goes_out_with_its_body_in_one_write(hold, writes):
    from kg.server import OneWriteTransport

    recording = RecordingTransport()
    transport = OneWriteTransport(recording)
    if hold:
        transport.hold_next()
    transport.write(b"HTTP/1.1 200 OK\r\n\r\n")
    transport.write(b"body")
    assert recording.writes == writes
    assert transport.get_extra_info("peername") == "peername"


def test_a_held_head_is_written_before_the_connection_closes():
    from kg.server import OneWriteTransport

    recording = RecordingTransport()
    transport = OneWriteTransport(recording)
    transport.hold_next()
    transport.write(b"HTTP/1.1 500 Internal Server Error\r\n\r\n")
    transport.close()
    assert recording.writes == [b"HTTP/1.1 500 Internal Server Error\r\n\r\n"] and recording.closed


def test_stopping_the_server_ends_every_front_and_worker(built, tmp_path):
    """Two fronts share the port; both answer, and none of their processes outlives the server."""
    served = Served(built, tmp_path / "serve.log", "--fronts", "2")
    try:
        pids = set()
        for _ in range(6):
            status, _, body = get(served, "ASK { ?s pk:attended ?o }", "application/sparql-results+json")
            assert status == 200 and json.loads(body)["boolean"] is True
        pids = descendants(served.process.pid)
        assert len(pids) >= 2 * 2  # two fronts' workers at least (one front is the served process itself)
    finally:
        served.stop()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.2)
    assert not [pid for pid in pids if alive(pid)]


def descendants(pid: int) -> set[int]:
    """Every process under pid (from /proc)."""
    found, stack = set(), [pid]
    while stack:
        current = stack.pop()
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(child) for child in children)
                found.update(int(child) for child in children)
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return status != "Z"
