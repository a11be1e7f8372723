"""A build is one unit: its files appear together, one build at a time, and killed builds leave nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset

from kg.files import COMMIT_RECORD, BuildLock, graph_file

from .conftest import DEV_CORPUS, REPO, SEED, run


def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    with BuildLock(out):
        result = run("build", str(SEED), "-o", str(out), "--no-html")
    assert result.exit_code == 75
    assert "another kg build is writing here" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (out / "graph.trig").exists()
    assert run("build", str(SEED), "-o", str(out), "--no-html").exit_code == 0


def test_leftovers_of_killed_builds_are_cleaned(tmp_path):
    out = tmp_path / "out"
    for name in (".store-new-abc", ".store-old-def", ".build-ghi"):
        (out / name / "oxigraph").mkdir(parents=True)
    (out / ".graph.ttl.x1y2.tmp").write_text("half", encoding="utf-8")
    assert run("build", str(SEED), "-o", str(out), "--no-html").exit_code == 0
    hidden = sorted(p.name for p in out.iterdir() if p.name.startswith("."))
    assert hidden == [".build.lock", ".cache", ".commit.lock"]


def test_a_commit_cut_short_is_finished_before_anyone_reads(tmp_path):
    """Killed after moving graph.ttl: readers and the next build see the new graph.trig too, never a mix."""
    old, new = tmp_path / "old", tmp_path / "new"
    assert run("build", str(SEED), "-o", str(old), "--no-html").exit_code == 0
    article = tmp_path / "other.txt"
    article.write_text("중소벤처기업부는 4월 2일 서울에서 간담회를 개최했다.\n", encoding="utf-8")
    assert run("build", str(article), "-o", str(new), "--no-html").exit_code == 0
    staging = old / ".build-killed"
    staging.mkdir()
    for name in ("graph.ttl", "graph.trig"):
        shutil.copy(new / name, staging / name)
    (old / COMMIT_RECORD).write_text(json.dumps({"staging": staging.name, "names": ["graph.ttl", "graph.trig"]}), encoding="utf-8")
    os.replace(staging / "graph.ttl", old / "graph.ttl")
    assert graph_file(old).read_bytes() == (new / "graph.trig").read_bytes()
    assert not (old / COMMIT_RECORD).exists() and not staging.exists()


def test_same_name_files_in_two_folders_stay_two_documents(tmp_path):
    for folder in ("2024/01", "2024/02"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        shutil.copy(SEED, tmp_path / "in" / folder / "release.txt")
    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-html")
    assert result.exit_code == 0, result.output
    assert "documents: 4" in result.output
    dataset = Dataset().parse(tmp_path / "out" / "graph.trig", format="trig")
    names = sorted(str(g.identifier) for g in dataset.graphs() if str(g.identifier).startswith("https://"))
    assert names == [
        "https://w3id.org/policy-kg/id/doc/2024/01/release", "https://w3id.org/policy-kg/id/doc/2024/01/release-1",
        "https://w3id.org/policy-kg/id/doc/2024/02/release", "https://w3id.org/policy-kg/id/doc/2024/02/release-1",
    ]


def _build_with_seed(seed: str, out, inputs) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "kg.cli", "build", *map(str, inputs), "-o", str(out), "--no-html", "--validate", "none", "--jobs", "1"]
    subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True, timeout=600)


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path):
    inputs = [SEED, *sorted(DEV_CORPUS.glob("d0[1-6]_*.txt"))]
    _build_with_seed("1", tmp_path / "a", inputs)
    _build_with_seed("2", tmp_path / "b", inputs)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    trig = (tmp_path / "a" / "graph.trig").read_text(encoding="utf-8")
    graphs = [line.split()[0] for line in trig.splitlines() if line.endswith(" {")]
    assert graphs == sorted(graphs) and len(graphs) > 6


def test_outputs_are_valid_for_rapper(built):
    if shutil.which("rapper") is None:
        import pytest

        pytest.skip("rapper (raptor2-utils) not installed")
    for name, syntax in (("graph.ttl", "turtle"), ("graph.trig", "trig")):
        checked = subprocess.run(["rapper", "-q", "-c", "-i", syntax, str(built / name)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("mode", ["all", "documents", "sample:1", "none"])
def test_validation_runs_on_the_whole_graph_each_document_or_a_sample(tmp_path, mode):
    result = run("build", str(SEED), "-o", str(tmp_path), "--no-html", "--validate", mode)
    assert result.exit_code == 0, result.output
    assert "warnings: 0" in result.output


def test_an_unknown_validation_mode_is_one_line(tmp_path):
    result = run("build", str(SEED), "-o", str(tmp_path / "out"), "--validate", "some")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: unknown validation mode 'some' (one of: all, documents, sample:N, none)"


def test_the_union_spilled_to_runs_is_the_sorted_set(tmp_path):
    import random

    from kg.serialize import SortedUnion, joined, sort_key, unjoined

    rng = random.Random(7)
    pool = [(f"<s{rng.randrange(20)}>", rng.choice(["<p>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"]), f'"{rng.randrange(30)}"') for _ in range(500)]
    union = SortedUnion(tmp_path, limit=17)
    for start in range(0, len(pool), 10):
        union.add(joined(t) for t in pool[start:start + 10])
    assert len(union.runs) > 3
    assert [unjoined(line) for line in union] == sorted(set(pool), key=sort_key) and union.count == len(set(pool))


@pytest.mark.parametrize("options", [["--documents"], ["--sample", "1"]])
def test_kg_validate_checks_documents_one_at_a_time(built, tmp_path, options):
    assert run("validate", "-o", str(built), *options).exit_code == 0
    (tmp_path / "graph.trig").write_text(
        "@prefix pk: <https://w3id.org/policy-kg/ontology#> .\n"
        "<https://w3id.org/policy-kg/id/doc/x> { <https://w3id.org/policy-kg/id/event/x> a pk:Meeting . }\n",
        encoding="utf-8",
    )
    result = run("validate", "-o", str(tmp_path), *options)
    assert result.exit_code == 1
    assert "<https://w3id.org/policy-kg/id/doc/x>:" in result.output and "violations:" in result.output
