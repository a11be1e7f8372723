"""`import kg` in a notebook: build, query into pandas, open a built graph, show an entity with its evidence."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kg
from kg.errors import GraphNotFoundError, QueryError

from .conftest import REPO, SEED


def test_import_kg_stays_light():
    probe = ("import sys, kg\n"
             "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'pyoxigraph', 'pandas', 'kiwipiepy', 'click', 'networkx'})\n"
             "print(heavy)")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_build_returns_the_summary(tmp_path):
    summary = kg.build([SEED], out=tmp_path / "out", html=False)
    assert summary.documents >= 1 and summary.relations > 0 and not summary.errors
    assert (tmp_path / "out" / "graph.trig").is_file() and not (tmp_path / "out" / "graph.html").exists()


def test_query_gives_a_dataframe_with_python_values(built):
    frame = kg.query("SELECT ?who ?x WHERE { ?who pk:signedMOUWith ?x }", out=built)
    assert list(frame.columns) == ["who", "x"]
    assert "https://w3id.org/policy-kg/id/org/mss" in set(frame["who"]) | set(frame["x"])
    count = kg.query("SELECT ?n ?half ?yes ?none WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } BIND(1.5 AS ?half) BIND(true AS ?yes) }", out=built)
    row = count.to_dict("records")[0]
    assert row["n"] > 100 and row["half"] == 1.5 and row["yes"] == True and row["none"] is None  # noqa: E712
    assert [count[name].dtype.kind for name in ("n", "half", "yes")] == ["i", "f", "b"]
    assert kg.query("ASK { ?s pk:attended ?o }", out=built) is True
    triples = kg.query("CONSTRUCT { ?s pk:attended ?o } WHERE { ?s pk:attended ?o }", out=built)
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) > 0


def test_query_stays_the_function_after_its_module_is_imported(built):
    import kg.query  # noqa: F401 - the module of the same name
    import kg.show  # noqa: F401

    assert callable(kg.query) and kg.query.__module__ == "kg.api"
    assert kg.show.__module__ == "kg.api"


def test_query_refuses_what_kg_query_refuses(built):
    with pytest.raises(QueryError, match="SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", out=built)
    with pytest.raises(QueryError, match="unknown prefix 'pkk:'"):
        kg.query("SELECT ?x WHERE { ?x pkk:label ?y }", out=built)


def test_missing_pandas_says_how_to_install_it(built, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'policy-kg\[pandas\]'") as error:
        kg.query("ASK {}", out=built)
    assert isinstance(error.value, kg.KgError)


def test_show_gives_an_entity_with_evidence(built):
    entity = kg.show("중기부", out=built)
    assert isinstance(entity, kg.Entity)
    assert entity.label == "중소벤처기업부" and entity.cls == "GovernmentBody" and "중기부" in entity.aliases
    fact = next(fact for fact in entity.facts if fact.relation == "signedMOUWith")
    assert fact.evidence and all(isinstance(sentence, str) and sentence for sentence in fact.evidence)
    assert str(entity).startswith("중소벤처기업부  [GovernmentBody]")


def test_open_finds_several_and_show_refuses_to_guess(built):
    graph = kg.open(built)
    found = graph.find("투자유치")
    assert len(found) >= 2 and all(isinstance(entity, kg.Entity) for entity in found)
    with pytest.raises(kg.KgError, match="'투자유치' names"):
        graph.show("투자유치")
    with pytest.raises(kg.KgError, match="no entity labelled"):
        graph.show("없는기관이름")
    assert graph.query("ASK { ?s pk:attended ?o }") is True


def test_open_without_a_build_says_to_build(tmp_path):
    with pytest.raises(GraphNotFoundError, match="run 'kg build' first"):
        kg.open(tmp_path)


def test_the_readme_example_runs_as_written(tmp_path, monkeypatch, capsys):
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "articles").symlink_to(REPO / "data" / "articles")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    frame = namespace["df"]
    assert frame.to_dict("records") == [{"whoLabel": "중소벤처기업부", "partnerLabel": "UL Solutions"}]
    mss = namespace["mss"]
    assert (mss.label, mss.cls, mss.aliases) == ("중소벤처기업부", "GovernmentBody", ("MSS", "Ministry of SMEs and Startups", "중기부"))
    assert "# ('중소벤처기업부', 'GovernmentBody', ('MSS', 'Ministry of SMEs and Startups', '중기부'))" in code
    assert "# 0  중소벤처기업부       UL Solutions" in code
