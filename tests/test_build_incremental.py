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


def test_a_rebuild_copies_the_blocks_of_documents_that_did_not_change(archive, tmp_path):
    """One file changed, one deleted, one added (a copy sharing its events with another, so linking
    changes that other's graph too): the other documents' blocks are copied, the bytes are a scratch build's."""
    from kg.pipeline import BuildOptions
    from kg.pipeline import build as build_archive

    def options(out, cache=True):
        return BuildOptions(inputs=[archive], out_dir=out, html=False, validate="none", jobs=1, cache=cache, progress=False)

    out = tmp_path / "out"
    assert build_archive(options(out)).reused_documents == 0
    assert build_archive(options(out)).reused_documents > 0
    changed = next((archive / "2024-02").glob("d03_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n중소벤처기업부는 5월 3일 부산에서 간담회를 개최했다.\n", encoding="utf-8")
    next((archive / "2024-02").glob("d05_*.txt")).unlink()
    twin = next((archive / "2024-02").glob("d04_*.txt"))
    (archive / "2024-03").mkdir()
    shutil.copy(twin, archive / "2024-03" / twin.name)
    summary = build_archive(options(out))
    assert 0 < summary.reused_documents < summary.documents - 1
    scratch = build_archive(options(tmp_path / "scratch", cache=False))
    assert same_outputs(out, tmp_path / "scratch")
    counted = ("documents", "entities_by_class", "events", "relations", "evidence", "warnings")
    assert [getattr(summary, name) for name in counted] == [getattr(scratch, name) for name in counted]


PK_NS = "https://w3id.org/policy-kg/ontology#"
UNION = [
    f'<{PK_NS}a>\0' + f'1<{PK_NS}name>\0"가"',
    f'<{PK_NS}a>\0' + f'1<{PK_NS}count>\0"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
    f'<{PK_NS}b>\0' + f'0<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>\0<{PK_NS}Event>',
    f'<{PK_NS}c>\0' + f'1<{PK_NS}amount>\0"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
]


@pytest.mark.parametrize("removed, added", [
    ({UNION[2]}, set()),                                            # a whole block goes
    ({UNION[0]}, {f'<{PK_NS}a>\0' + f'1<{PK_NS}name>\0"나"'}),      # a block changes
    (set(), {f'<{PK_NS}0>\0' + f'1<{PK_NS}name>\0"첫"'}),           # a new first block
    (set(), {f'<{PK_NS}z>\0' + f'1<{PK_NS}name>\0"끝"'}),           # a new last block
    (set(UNION), set()),                                            # nothing left
])
def test_patching_graph_ttl_gives_the_bytes_of_writing_it_again(tmp_path, removed, added):
    import io

    from kg.serialize import TermStyle, patch_turtle, write_turtle_joined

    def written(lines):
        text = io.StringIO()
        write_turtle_joined(text, sorted(lines))
        return text.getvalue()

    (tmp_path / "old.ttl").write_text(written(UNION), encoding="utf-8")
    delta = patch_turtle(tmp_path / "old.ttl", tmp_path / "new.ttl", removed, added, TermStyle())
    expected = (set(UNION) - removed) | added
    assert (tmp_path / "new.ttl").read_text(encoding="utf-8") == written(expected)
    assert delta == len(expected) - len(UNION)
