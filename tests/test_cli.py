"""Every command through click, as a user types it."""

import json
import shutil
import subprocess

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.cli import main

from .conftest import SEED, run


def test_build_prints_a_summary(tmp_path):
    result = run("build", str(SEED), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "documents: 2" in result.output
    assert "evidence sentences:" in result.output and "warnings:" in result.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (tmp_path / name).is_file()


def test_one_bad_file_is_skipped_and_the_rest_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    result = run("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "empty.txt: file is empty" in result.output
    assert "documents: 2" in result.output


def test_nothing_buildable_fails_without_output(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = run("build", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "binary file" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_query_string_with_predeclared_prefixes(built):
    result = run("query", "SELECT ?who WHERE { ?who pk:signedMOUWith ?x }", "-o", str(built))
    assert result.exit_code == 0, result.output
    assert "ul-solutions" in result.output or "mss" in result.output


def test_query_example_as_csv(built):
    result = run("query", "--example", "attendees", "--format", "csv", "-o", str(built))
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "eventLabel,date,placeLabel,whoLabel"
    assert "데이비드 브라운" in result.output


def test_query_formats_json_and_tsv(built):
    as_json = json.loads(run("query", "--example", "officials", "--format", "json", "-o", str(built)).output)
    assert {"head", "results"} <= set(as_json)
    tsv = run("query", "--example", "officials", "--format", "tsv", "-o", str(built)).output
    assert tsv.splitlines()[0] == "?personLabel\t?title\t?orgLabel"


def test_query_from_rq_file_and_construct(built, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("CONSTRUCT { ?s pk:attended ?o } WHERE { ?s pk:attended ?o }", encoding="utf-8")
    result = run("query", str(path), "-o", str(built))
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.output, format="turtle")) > 5


def test_list_examples():
    result = run("query", "--list-examples")
    for name in ("attendees", "mous", "investments", "officials", "evidence", "plans"):
        assert name in result.output


def test_invalid_sparql_is_one_line(built):
    result = run("query", "SELECT ?x WHERE { ?x pk:attended }", "-o", str(built))
    assert result.exit_code == 1
    assert result.output.startswith("Error: invalid SPARQL")
    assert len(result.output.strip().splitlines()) == 1


def test_query_without_graph_says_to_build(tmp_path):
    result = run("query", "--example", "attendees", "-o", str(tmp_path))
    assert result.exit_code == 1 and "run 'kg build' first" in result.output


def test_export_every_format(built, tmp_path):
    for fmt, check in [
        ("turtle", lambda p: Graph().parse(p, format="turtle")),
        ("nt", lambda p: Graph().parse(p, format="nt")),
        ("jsonld", lambda p: Graph().parse(p, format="json-ld")),
        ("trig", lambda p: Dataset().parse(p, format="trig")),
        ("nquads", lambda p: Dataset().parse(p, format="nquads")),
        ("graphml", lambda p: nx.read_graphml(p)),
    ]:
        target = tmp_path / f"graph.{fmt}"
        result = run("export", "--format", fmt, "-f", str(target), "-o", str(built))
        assert result.exit_code == 0, result.output
        assert len(check(target)) > 10


def test_validate_conforms(built):
    result = run("validate", "-o", str(built))
    assert result.exit_code == 0
    assert "conforms" in result.output


def test_validate_reports_violations_with_exit_1(tmp_path):
    (tmp_path / "graph.trig").write_text(
        "@prefix pk: <https://w3id.org/policy-kg/ontology#> .\n"
        "<https://w3id.org/policy-kg/id/doc/x> { <https://w3id.org/policy-kg/id/event/x> a pk:Meeting . }\n",
        encoding="utf-8",
    )
    result = run("validate", "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "violations:" in result.output


def test_validate_without_graph_exits_2(tmp_path):
    assert run("validate", "-o", str(tmp_path)).exit_code == 2


def test_show_prints_facts_with_evidence(built):
    result = run("show", "중소벤처기업부", "-o", str(built))
    assert result.exit_code == 0
    assert "[GovernmentBody]" in result.output and "중기부" in result.output
    assert "signedMOUWith" in result.output and "“" in result.output


def test_show_unknown_entity(built):
    result = run("show", "없는기관이름", "-o", str(built))
    assert result.exit_code == 1 and "no entity" in result.output


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0


def test_turtle_parses_in_rapper(built):
    rapper = shutil.which("rapper")
    assert rapper, "rapper (raptor2-utils) is needed: .ci/run installs it"
    done = subprocess.run([rapper, "-i", "turtle", "-c", str(built / "graph.ttl")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "returned" in done.stderr


def test_memory_store_answers_like_oxigraph(built):
    args = ("query", "--example", "officials", "--format", "csv", "-o", str(built))
    oxigraph, memory = run(*args), run(*args, "--store", "memory")
    assert oxigraph.exit_code == memory.exit_code == 0
    assert sorted(oxigraph.output.splitlines()) == sorted(memory.output.splitlines())


DAMAGED_TRIG = "@prefix broken <\n{ nonsense"


def damaged_graph(tmp_path):
    (tmp_path / "graph.trig").write_text(DAMAGED_TRIG, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", [("show", "중기부"), ("render",), ("query", "ASK {}"), ("query", "ASK {}", "--store", "memory")])
def test_a_damaged_graph_is_a_one_line_error(tmp_path, command):
    result = run(*command, "-o", str(damaged_graph(tmp_path)))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'graph.trig'}: cannot read the graph (")
    assert len(result.output.splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("command, code", [(("export", "--format", "jsonld"), 1), (("validate",), 2)])
def test_a_damaged_graph_is_one_line_in_export_and_validate(tmp_path, command, code):
    result = run(*command, "-o", str(damaged_graph(tmp_path)))
    assert result.exit_code == code
    assert "cannot read the graph" in result.output and len(result.output.splitlines()) == 1


def test_show_abbreviates_iris_as_query_does(built):
    result = run("show", "투자유치 논의", "-o", str(built))
    assert result.exit_code == 0, result.output
    assert "  status: pk:InProgress" in result.output
    assert "https://w3id.org/policy-kg/ontology#" not in result.output


def test_eval_refuses_an_unwritable_report_before_scoring(tmp_path, monkeypatch):
    import kg.pipeline

    def scoring_must_not_run(*args, **kwargs):
        raise AssertionError("scored before the report path was checked")

    monkeypatch.setattr(kg.pipeline, "evaluate_gold", scoring_must_not_run)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    gold = tmp_path / "g.yaml"
    gold.write_text("entities: {}\n", encoding="utf-8")
    result = run("eval", str(gold), "--json", str(blocker / "report.json"))
    assert result.exit_code == 1
    assert result.output == f"Error: {blocker / 'report.json'}: cannot write here ({blocker} is not a folder)\n"


@pytest.mark.parametrize("command", [
    ("build", "-o", "{file}"),
    ("export", "--format", "jsonld", "-f", "{file}/graph.jsonld"),
    ("export", "--format", "turtle", "-f", "{file}/graph.ttl"),
    ("render", "-f", "{file}/view.html"),
])
def test_an_output_path_that_is_a_file_is_one_line_before_any_work(built, tmp_path, command):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n", encoding="utf-8")
    args = [part.format(file=a_file) for part in command]
    if args[0] != "build":
        args += ["-o", str(built)]
    result = run(*args)
    assert result.exit_code == 1 and result.output.startswith(f"Error: {a_file}")
    assert len(result.output.splitlines()) == 1 and a_file.read_text(encoding="utf-8") == "not a folder\n"
