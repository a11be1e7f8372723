"""`kg push` and `kg query --endpoint` against a real Oxigraph server (PyPI package `oxigraph`) on 127.0.0.1."""

from __future__ import annotations

import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.files import load_dataset
from kg.namespaces import sparql_prologue
from kg.query import example

from .conftest import run, stop_process

try:
    from SPARQLWrapper import JSON, TSV, XML, SPARQLWrapper
except ImportError:  # pragma: no cover - the message is the point
    pytest.fail("SPARQLWrapper is missing: .ci/run installs it (pip install -e '.[test]')", pytrace=False)

MISSING_OXIGRAPH = "the oxigraph server binary (PyPI package 'oxigraph') is missing: .ci/run installs it (pip install -e '.[test]')"
STARTUP_SECONDS = 30
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


class OxigraphServer:
    """`oxigraph serve` on a free loopback port with its data in a temporary folder."""

    def __init__(self, folder: Path, *options: str, command: str = "serve"):
        binary = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
        if binary is None:
            pytest.fail(MISSING_OXIGRAPH, pytrace=False)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (folder / "oxigraph.log").open("wb")
        self.process = subprocess.Popen(
            [binary, command, "--location", str(folder / "data"), "--bind", f"127.0.0.1:{self.port}", *options],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail(f"oxigraph serve did not listen on 127.0.0.1:{self.port} within {STARTUP_SECONDS} s: {(folder / 'oxigraph.log').read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        stop_process(self.process, 15)
        self.log.close()

    def select(self, query: str, return_format=JSON, union: bool = False):
        wrapper = SPARQLWrapper(self.base + "/query")
        wrapper.setQuery(query)
        wrapper.setReturnFormat(return_format)
        wrapper.setTimeout(30)
        if union:
            wrapper.addParameter("union-default-graph", "true")
        return wrapper.query()


@pytest.fixture
def oxigraph(tmp_path):
    server = OxigraphServer(tmp_path)
    yield server
    server.stop()


def rows(result: Result) -> list[tuple]:
    return sorted((tuple(None if v is None else v.n3() for v in row) for row in result), key=repr)


def document_graphs(built: Path) -> dict[str, set]:
    dataset = Dataset()
    dataset.parse(built / "graph.trig", format="trig")
    return {str(g.identifier): set(g) for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)}


def canonical(triples: set) -> set:
    """Decimals by value: Oxigraph stores 84500000000.0 as its canonical 84500000000."""
    def term(node):
        if isinstance(node, Literal) and node.datatype == XSD_DECIMAL:
            return Literal(str(Decimal(str(node)).normalize()), datatype=XSD_DECIMAL)
        return node
    return {tuple(term(node) for node in triple) for triple in triples}


def remote_graph(server: OxigraphServer, iri: str) -> set:
    url = f"{server.base}/store?graph={urllib.parse.quote(iri, safe='')}"
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/n-triples"}), timeout=30) as response:
        data = response.read()
    return set(Graph().parse(data=data, format="nt")) if data.strip() else set()


def test_push_sends_one_named_graph_per_document(built, oxigraph):
    result = run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store")
    expected = document_graphs(built)
    assert result.exit_code == 0, result.output
    assert f"pushed {len(expected)} document graphs" in result.output and f"({len(expected)} new, 0 replaced)" in result.output
    listed = oxigraph.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    assert sorted(b["g"]["value"] for b in listed["results"]["bindings"]) == sorted(expected)
    for iri, triples in expected.items():
        assert canonical(remote_graph(oxigraph, iri)) == canonical(triples)


def test_push_again_replaces_each_document_graph(built, oxigraph):
    iri = sorted(document_graphs(built))[0]
    stale = f"{oxigraph.base}/store?graph={urllib.parse.quote(iri, safe='')}"
    request = urllib.request.Request(stale, data=b"<urn:x:stale> <urn:x:fact> <urn:x:gone> .", method="PUT", headers={"Content-Type": "text/turtle"})
    urllib.request.urlopen(request, timeout=30).close()
    first = run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store")
    second = run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store")
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    documents = len(document_graphs(built))
    assert f"(0 new, {documents} replaced)" in second.output
    ask = oxigraph.select("ASK { GRAPH ?g { <urn:x:stale> ?p ?o } }").convert()
    assert ask["boolean"] is False
    count = oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == sum(len(t) for t in document_graphs(built).values())


@pytest.mark.parametrize("name", ["attendees", "officials", "evidence", "investments"])
def test_pushed_graph_answers_like_the_local_one(built, oxigraph, name):
    assert run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store", "--put-union").exit_code == 0
    query = sparql_prologue() + example(name).text
    expected = _numbers_by_value(rows(load_dataset(built).query(query)))
    assert expected
    for return_format, parser in ((JSON, "json"), (XML, "xml"), (TSV, "tsv")):
        response = oxigraph.select(query, return_format).response
        try:
            parsed = Result.parse(io.BytesIO(response.read()), format=parser)
        finally:
            response.close()
        assert _numbers_by_value(rows(parsed)) == expected, return_format


def test_oxigraph_union_default_graph_repeats_shared_triples(built, oxigraph):
    """Why --put-union exists: Oxigraph's union default graph counts a triple once per graph holding it."""
    assert run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store").exit_code == 0
    local = load_dataset(built)
    distinct = len(set(local.triples((None, None, None))))
    counted = oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", union=True).convert()
    held = sum(len(triples) for triples in document_graphs(built).values())
    assert int(counted["results"]["bindings"][0]["n"]["value"]) == held >= distinct
    unique = oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }", union=True).convert()
    assert int(unique["results"]["bindings"][0]["n"]["value"]) == distinct


def _numbers_by_value(found: list[tuple]) -> list[tuple]:
    """Oxigraph writes decimals canonically (84500000000), rdflib as parsed (84500000000.0)."""
    def value(term):
        if term and term.endswith("#decimal>"):
            return repr(Decimal(term.split('"')[1]).normalize())
        return term
    return sorted((tuple(value(t) for t in row) for row in found), key=repr)


def test_kg_query_endpoint_reads_the_pushed_graph(built, oxigraph):
    assert run("push", "-o", str(built), "--endpoint", oxigraph.base + "/store", "--put-union").exit_code == 0
    remote = run("query", "--example", "officials", "--format", "csv", "--endpoint", oxigraph.base + "/query")
    local = run("query", "--example", "officials", "--format", "csv", "-o", str(built))
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    table = run("query", "SELECT ?who WHERE { ?who pk:signedMOUWith ?x }", "--endpoint", oxigraph.base + "/query")
    assert table.exit_code == 0 and table.output.splitlines()[0] == "who" and table.output.rstrip().endswith("row)")
    construct = run("query", "CONSTRUCT { ?s pk:attended ?o } WHERE { ?s pk:attended ?o }", "--endpoint", oxigraph.base + "/query")
    assert construct.exit_code == 0 and "pk:attended" in construct.output
    bad = run("query", "SELECT ?x WHERE {\n ?x pk:attended }", "--endpoint", oxigraph.base + "/query")
    assert bad.exit_code == 1 and bad.output.startswith("Error: invalid SPARQL: error at 2:")


def test_graph_iris_are_percent_encoded(tmp_path, oxigraph):
    out = tmp_path / "out"
    out.mkdir()
    odd = "https://example.org/doc?x=1&y=한글#part"
    (out / "graph.trig").write_text(f'<{odd}> {{ <https://example.org/s> <https://example.org/p> "o" . }}\n', encoding="utf-8")
    result = run("push", "-o", str(out), "--endpoint", oxigraph.base + "/store")
    assert result.exit_code == 0, result.output
    listed = oxigraph.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").convert()
    assert [b["g"]["value"] for b in listed["results"]["bindings"]] == [odd]


def test_unreachable_endpoint_is_a_one_line_error(built):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for args in (["push", "--endpoint", f"http://127.0.0.1:{port}/store"], ["query", "ASK {}", "--endpoint", f"http://127.0.0.1:{port}/query"]):
        result = run(*args, "-o", str(built))
        assert result.exit_code == 1 and "cannot reach the endpoint" in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert run("push", "-o", str(built), "--endpoint", "ftp://example.org/").exit_code == 1


def test_push_refused_by_the_server_names_the_graph(built, tmp_path):
    OxigraphServer(tmp_path).stop()
    server = OxigraphServer(tmp_path, command="serve-read-only")
    try:
        result = run("push", "-o", str(built), "--endpoint", server.base + "/store")
    finally:
        server.stop()
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {server.base}/store: PUT of graph <https://w3id.org/policy-kg/id/doc/")
    assert len(result.output.strip().splitlines()) == 1
