"""The graph as users keep it: deterministic, escaped, committed for the seed."""

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.namespaces import PK

from .conftest import REPO, SEED, run


def test_two_builds_are_byte_identical(tmp_path):
    for name in ("a", "b"):
        assert run("build", str(SEED), "-o", str(tmp_path / name), "--no-html").exit_code == 0
    for output in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / output).read_bytes() == (tmp_path / "b" / output).read_bytes()


def test_committed_seed_outputs_are_fresh(tmp_path):
    assert run("build", "-o", str(tmp_path)).exit_code == 0
    for output in ("graph.ttl", "graph.html"):
        committed = REPO / "out" / output
        assert committed.read_bytes() == (tmp_path / output).read_bytes(), f"out/{output} is stale: run 'kg build'"


def test_every_relation_has_evidence(built):
    graph = Graph().parse(built / "graph.ttl")
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for statement in statements:
        evidence = graph.value(statement, Path and __import__("rdflib").namespace.PROV.wasDerivedFrom)
        assert evidence is not None and (evidence, RDF.type, PK.Evidence) in graph


def test_hostile_article_text_stays_data(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        '중소벤처기업부는 4월 2일 서울에서 ‘<img src=x onerror=alert(1)> "따옴표" 포럼’을 개최했다. '
        "참석자 \\ 백슬래시와 > 꺾쇠도 있었다.\n",
        encoding="utf-8",
    )
    result = run("build", str(article), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    texts = {str(o) for o in graph.objects(None, PK.text)}
    assert any("<img src=x onerror=alert(1)>" in t for t in texts)
    assert "<img src=x" not in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert Literal("x") not in set(graph.objects())
