"""Parallel and incremental builds give the bytes of a serial build from scratch."""

from __future__ import annotations

import copy
import shutil

import pytest

from kg.crosslink import link_archive
from kg.extract.link import link_documents
from kg.parallel import FileTask, run_task

from .conftest import DEV_CORPUS, SEED, run

OUTPUTS = ("graph.ttl", "graph.trig")


@pytest.fixture
def archive(tmp_path):
    """The seed and six development articles in a folder of two months."""
    folder = tmp_path / "in"
    for month, sources in (("2024-01", [SEED]), ("2024-02", sorted(DEV_CORPUS.glob("d0[1-6]_*.txt")))):
        (folder / month).mkdir(parents=True)
        for source in sources:
            shutil.copy(source, folder / month / source.name)
    return folder


def build(folder, out, *options):
    result = run("build", str(folder), "-o", str(out), "--no-html", "--validate", "none", *options)
    assert result.exit_code == 0, result.output
    return result.output


def same_outputs(a, b) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in OUTPUTS) and store_quads(a) == store_quads(b)


def store_quads(out) -> list[str]:
    """Every quad of the built store, as sorted N-Quads lines."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store" / "oxigraph"))
    return sorted(str(quad) for quad in store)


def test_jobs_two_gives_the_serial_bytes(archive, tmp_path):
    build(archive, tmp_path / "serial", "--jobs", "1", "--no-cache")
    build(archive, tmp_path / "pool", "--jobs", "2", "--no-cache")
    assert same_outputs(tmp_path / "serial", tmp_path / "pool")


def test_a_rebuild_reads_only_what_changed(archive, tmp_path):
    out = tmp_path / "out"
    assert "(7 extracted, 0 from the cache)" in build(archive, out, "--jobs", "1")
    assert "(0 extracted, 7 from the cache)" in build(archive, out, "--jobs", "1")
    changed = next((archive / "2024-02").glob("d03_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("2", "3", 1), encoding="utf-8")
    assert "(1 extracted, 6 from the cache)" in build(archive, out, "--jobs", "1")
    build(archive, tmp_path / "scratch", "--jobs", "1", "--no-cache")
    assert same_outputs(out, tmp_path / "scratch")


def test_the_store_is_updated_in_place_only_when_nobody_wrote_to_it(archive, tmp_path):
    import pyoxigraph as ox

    out = tmp_path / "out"
    build(archive, out, "--jobs", "1")
    changed = next((archive / "2024-02").glob("d04_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n중소벤처기업부는 5월 3일 부산에서 간담회를 개최했다.\n", encoding="utf-8")
    build(archive, out, "--jobs", "1")
    build(archive, tmp_path / "scratch", "--jobs", "1", "--no-cache")
    assert store_quads(out) == store_quads(tmp_path / "scratch")
    writable = ox.Store(str(out / "store" / "oxigraph"))
    writable.update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    del writable
    build(archive, out, "--jobs", "1")
    assert store_quads(out) == store_quads(tmp_path / "scratch")


def test_a_deleted_file_loses_its_named_graph(archive, tmp_path):
    out = tmp_path / "out"
    build(archive, out, "--jobs", "1")
    gone = next((archive / "2024-02").glob("d05_*.txt"))
    gone.unlink()
    assert "(0 extracted, 6 from the cache)" in build(archive, out, "--jobs", "1")
    assert "/doc/2024-02/d05_" not in (out / "graph.trig").read_text(encoding="utf-8")
    build(archive, tmp_path / "scratch", "--jobs", "1", "--no-cache")
    assert same_outputs(out, tmp_path / "scratch")
    assert len(list((out / ".cache" / "articles").rglob("*.pickle"))) == 6


def test_linking_by_bucket_is_link_documents():
    """The archive's indexed cross-document resolution renames and agrees exactly as link.py does."""
    inputs = [SEED, *sorted(DEV_CORPUS.glob("d0*.txt")), *sorted(DEV_CORPUS.glob("d1[02]_*.txt"))]
    raw = [r for i, path in enumerate(inputs) for r in run_task(FileTask(i, str(path), path.read_bytes(), "", ())).results]
    by_link, by_bucket = copy.deepcopy(raw), copy.deepcopy(raw)
    link_documents(by_link)
    link_archive(by_bucket)
    assert _snapshot(by_link) == _snapshot(by_bucket)
    assert _snapshot(by_link) != _snapshot(raw), "no two of these articles share an event any more: pick others"


def _snapshot(results):
    return [
        (sorted((key, e.key, tuple(e.aliases), e.date, e.status, e.place, e.amount) for key, e in r.entities.items()),
         sorted((x.subject, x.predicate, x.object) for x in r.relations))
        for r in results
    ]
