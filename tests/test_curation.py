"""Curation: an analyst's corrections reach the graph, with provenance, and stale ones are reported."""

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from kg.curation import load_curation
from kg.errors import CurationError
from kg.namespaces import PK

from .conftest import SEED, run

MSS = URIRef("https://w3id.org/policy-kg/id/org/mss")
MICROSOFT = URIRef("https://w3id.org/policy-kg/id/org/microsoft")


def build_with(tmp_path, text):
    curation = tmp_path / "curation.yaml"
    curation.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(SEED), "-o", str(out), "--curation", str(curation), "--no-html")
    return result, Graph().parse(out / "graph.ttl")


def test_added_fact_is_attributed_to_the_curation_file(tmp_path):
    result, graph = build_with(tmp_path, "add:\n  - {subject: 중기부, relation: signedMOUWith, object: 마이크로소프트}\n")
    assert result.exit_code == 0, result.output
    assert (MICROSOFT, PK.signedMOUWith, MSS) in graph or (MSS, PK.signedMOUWith, MICROSOFT) in graph
    statements = [s for s in graph.subjects(RDF.predicate, PK.signedMOUWith) if graph.value(s, PROV.wasAttributedTo)]
    assert statements and str(graph.value(statements[0], PROV.wasAttributedTo)).endswith("curation.yaml")


def test_rejected_fact_is_gone(tmp_path):
    result, graph = build_with(tmp_path, "reject:\n  - {subject: 중소벤처기업부, relation: signedMOUWith, object: UL Solutions}\n")
    assert result.exit_code == 0
    assert not list(graph.triples((None, PK.signedMOUWith, None)))


def test_alias_and_retype(tmp_path):
    result, graph = build_with(
        tmp_path, "aliases:\n  - {entity: 랩센트럴, alias: LabCentral}\nretype:\n  - {entity: 랩센트럴, class: Organization}\n"
    )
    assert result.exit_code == 0
    (labcentral,) = [s for s, o in graph.subject_objects(SKOS.prefLabel) if str(o) == "랩센트럴"]
    assert (labcentral, RDF.type, PK.Organization) in graph
    assert "LabCentral" in {str(o) for o in graph.objects(labcentral, SKOS.altLabel)}
    assert graph.value(labcentral, PROV.wasAttributedTo) is not None


def test_entry_matching_nothing_is_reported(tmp_path):
    result, _ = build_with(tmp_path, "reject:\n  - {subject: 없는기관, relation: attended, object: 없는행사}\n")
    assert result.exit_code == 0
    assert "matches nothing" in result.output


@pytest.mark.parametrize(
    "text, message",
    [
        ("add: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "expected a mapping"),
        ("remove:\n  - {entity: x}\n", "unknown section"),
        ("add:\n  - {subject: a, relation: likes, object: b}\n", "unknown relation"),
        ("retype:\n  - {entity: a, class: Spaceship}\n", "unknown class"),
        ("aliases:\n  - {entity: a}\n", "needs entity, alias"),
        ("add:\n  - " + "[" * 1000 + "]" * 1000 + "\n", "line 2: nested more than 20 levels deep"),
        ("add:\n  - {subject: 중기부, relation: attended, subject: 보스턴, object: 행사}\n", "line 2: duplicate key 'subject'"),
        ("reject: []\nreject:\n  - {subject: a, relation: attended, object: b}\n", r"line 2: duplicate key 'reject' \(first on line 1\)"),
    ],
)
def test_malformed_curation_is_one_line(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        load_curation(path)
    result = run("build", str(SEED), "-o", str(tmp_path / "out"), "--curation", str(path))
    assert result.exit_code == 1 and str(path) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_shipped_curation_is_empty():
    from pathlib import Path

    assert load_curation(Path("data/curation")).entries == []


def test_a_missing_curation_file_is_one_line(tmp_path):
    with pytest.raises(CurationError, match="no such curation file or folder"):
        load_curation(tmp_path / "nowhere.yaml")


def test_a_bad_curation_file_is_reported_before_extraction(tmp_path, monkeypatch):
    import kg.pipeline

    def extraction_must_not_run(*args, **kwargs):
        raise AssertionError("extraction ran before the curation file was checked")

    monkeypatch.setattr(kg.pipeline, "extract_files", extraction_must_not_run)
    path = tmp_path / "bad.yaml"
    path.write_text("add: [unclosed\n", encoding="utf-8")
    result = run("build", str(SEED), "-o", str(tmp_path / "out"), "--curation", str(path))
    assert result.exit_code == 1 and "not valid YAML" in result.output
