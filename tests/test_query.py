"""`kg query` at the edges: hostile or mistaken queries get one line and an exit code, never a crash or a fetch."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest

from kg.errors import QueryError
from kg.query import check_query, fetching_keyword, literal_hint, nesting_depth, run_query, unknown_prefix, uses_service

from .conftest import REPO, run

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def kg_process(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """kg as a separate process: what a crash (a segmentation fault) or os._exit would do to pytest, it does to this."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("query, depth", [
    ("SELECT * WHERE { ?s ?p ?o }", 1),
    ("SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?p ?o FILTER((1 + 2) > 0) } }", 4),
    ('SELECT * WHERE { ?s ?p "{{{{{{" } # {{{{{{{{', 1),
    ("SELECT * WHERE " + "{" * 2500 + "}" * 2500, 2500),
])
def test_nesting_depth_counts_brackets_outside_strings_and_comments(query, depth):
    assert nesting_depth(query) == depth


@pytest.mark.parametrize("query, calls_service", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", True),
    ('SELECT * WHERE { ?s rdfs:label "SERVICE" }', False),
    ("SELECT * WHERE { ?s pk:SERVICE ?o } # SERVICE", False),
    ("SELECT ?service WHERE { ?service ?p ?o }", False),
])
def test_service_is_found_outside_strings_iris_and_comments(query, calls_service):
    assert uses_service(query) is calls_service


@pytest.mark.parametrize("update, keyword", [
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("LOAD SILENT <http://example.org/data.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ('INSERT DATA { <urn:a> <urn:b> "LOAD <http://example.org/>" }', None),
    ("DELETE WHERE { ?s pk:load ?o }", None),
])
def test_updates_that_fetch_urls_are_recognised(update, keyword):
    assert fetching_keyword(update) == keyword


@pytest.mark.parametrize("query, prefix", [
    ("SELECT ?x WHERE { ?x pkk:label ?y }", ("pkk", 1, 22)),
    ("SELECT ?x WHERE {\n  ?x :label ?y }", ("", 2, 6)),
    ("PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { ?x ex:a _:b . ?x pk:attended <http://x.org/a:b> }", None),
    ('SELECT ?x WHERE { ?x rdfs:label "nope:1" }', None),
])
def test_unknown_prefixes_are_found(query, prefix):
    assert unknown_prefix(query) == prefix


def test_a_misspelt_prefix_is_named_in_one_short_line(built):
    result = run("query", "SELECT ?x WHERE { ?x pkk:label ?y }", "-o", str(built))
    assert result.exit_code == 1
    assert result.output.startswith("Error: invalid SPARQL: unknown prefix 'pkk:' at line 1, column 22")
    assert len(result.output.splitlines()) == 1 and len(result.output) < 200


def test_a_korean_literal_without_a_language_tag_gets_a_hint(built):
    result = run("query", 'SELECT ?x WHERE { ?x rdfs:label "중소벤처기업부" }', "-o", str(built))
    assert result.exit_code == 0 and "(0 rows)" in result.output
    assert 'write "중소벤처기업부"@ko' in result.output
    tagged = run("query", 'SELECT ?x WHERE { ?x rdfs:label "중소벤처기업부"@ko }', "-o", str(built))
    assert "(1 row)" in tagged.output and "hint" not in tagged.output
    assert literal_hint('SELECT ?x WHERE { ?x rdfs:label "중소벤처기업부"^^xsd:string }') is None


def test_service_is_refused_without_any_connection(built):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        result = run("query", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", "-o", str(built))
        with pytest.raises(socket.timeout):
            listener.accept()
    assert result.exit_code == 1
    assert result.output.startswith("Error: SERVICE (federated query) is not allowed") and "Traceback" not in result.output


@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{" * 2500 + "}" * 2500,
    "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
])
def test_deep_nesting_is_one_line_not_a_segfault(built, query, tmp_path):
    path = tmp_path / "deep.rq"
    path.write_text(query, encoding="utf-8")
    result = kg_process("query", str(path), "-o", str(built))
    assert result.returncode == 1, result.stderr[-500:]
    assert result.stderr == f"Error: invalid SPARQL: brackets nest {nesting_depth(query)} deep, more than the 100 allowed\n"


def test_a_query_past_its_timeout_is_stopped(built):
    start = time.monotonic()
    result = kg_process("query", CARTESIAN, "--timeout", "1", "-o", str(built))
    assert time.monotonic() - start < 30
    assert result.returncode == 1
    assert result.stderr.startswith("Error: the query ran past --timeout 1 s and was stopped")


def test_the_table_refuses_more_rows_than_its_limit_and_csv_streams_them_all(built):
    count = int(run_query(built, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv").splitlines()[1])
    refused = run("query", "SELECT * WHERE { ?s ?p ?o }", "--max-rows", "50", "-o", str(built))
    assert refused.exit_code == 1
    assert refused.output.startswith("Error: the result has more than 50 rows, too many to lay out as a table; use --format csv")
    streamed = run("query", "SELECT * WHERE { ?s ?p ?o }", "--max-rows", "50", "--format", "tsv", "-o", str(built))
    assert streamed.exit_code == 0 and len(streamed.output.splitlines()) == count + 1
    as_json = json.loads(run("query", "SELECT * WHERE { ?s ?p ?o }", "--format", "json", "-o", str(built)).output)
    assert len(as_json["results"]["bindings"]) == count
    table = run("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 50", "--max-rows", "50", "-o", str(built))
    assert table.exit_code == 0 and table.output.endswith("(50 rows)\n")


def test_check_query_passes_ordinary_queries():
    check_query("SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="SERVICE"):
        check_query("SELECT * WHERE { SERVICE <http://x.org/> { ?s ?p ?o } }")
    check_query("SELECT * WHERE { SERVICE <http://x.org/> { ?s ?p ?o } }", local=False)


def test_kg_query_does_not_import_rdflib(built):
    probe = ("import sys, runpy; sys.argv = ['kg', 'query', 'ASK { ?s ?p ?o }', '-o', sys.argv[1]]\n"
             "try:\n    runpy.run_module('kg.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('rdflib' in sys.modules, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, str(built)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout == "true\n" and result.stderr.strip() == "False"


def test_a_damaged_graph_is_one_line_in_the_memory_store(built, tmp_path):
    (tmp_path / "graph.trig").write_text("@prefix broken <\n{ nonsense", encoding="utf-8")
    result = run("query", "ASK {}", "--store", "memory", "-o", str(tmp_path))
    assert result.exit_code == 1 and result.output.startswith(f"Error: {tmp_path / 'graph.trig'}: cannot read the graph")
    assert len(result.output.splitlines()) == 1
