"""The persistent store under out/store/: built by kg build, trusted only while it matches graph.trig."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from kg.errors import KgError, QueryError
from kg.files import load_dataset
from kg.query import examples, run_query
from kg.store import SOURCE_FILE, build_store, open_store, prepare_store, store_dir

from .conftest import SEED, run


@pytest.fixture
def out(built, tmp_path):
    """A private copy of the seed build, free to change."""
    target = tmp_path / "out"
    shutil.copytree(built, target)
    return target


KEPT = {".build.lock", ".commit.lock", ".cache"}


def leftovers(out) -> list[str]:
    """Hidden names in OUT besides the locks and the article cache a build keeps."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in KEPT)


def bindings(text: str) -> list[tuple]:
    """JSON results as comparable rows; decimals by value (Oxigraph writes them canonically)."""
    rows = []
    for binding in json.loads(text)["results"]["bindings"]:
        row = []
        for name, term in sorted(binding.items()):
            value = term["value"]
            if term.get("datatype", "").endswith("#decimal"):
                value = str(Decimal(value).normalize())
            row.append((name, term["type"], value, term.get("xml:lang"), term.get("datatype")))
        rows.append(tuple(row))
    return sorted(rows)


def test_build_writes_the_store_beside_the_graph(built):
    folder = store_dir(built)
    stamp = json.loads((folder / SOURCE_FILE).read_text(encoding="utf-8"))
    assert stamp["size"] == (built / "graph.trig").stat().st_size
    assert (folder / "oxigraph").is_dir()
    dataset = load_dataset(built)
    union = len(set(dataset.triples((None, None, None))))
    assert stamp["quads"] == sum(1 for _ in dataset.quads()) + union


def test_rebuild_swaps_the_store_and_leaves_no_temporary_folders(out):
    first = (out / "graph.trig").read_bytes()
    result = run("build", str(SEED), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "graph.trig").read_bytes() == first
    assert leftovers(out) == []
    assert prepare_store(out) == store_dir(out) / "oxigraph"


@pytest.mark.parametrize("name", [item.name for item in examples()])
def test_every_example_answers_as_rdflib_does(built, name):
    text = next(item.text for item in examples() if item.name == name)
    assert bindings(run_query(built, text, "json")) == bindings(run_query(built, text, "json", backend="memory"))


def test_default_graph_is_the_union_as_a_set(built):
    count = run_query(built, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv").splitlines()[1]
    assert int(count) == len(set(load_dataset(built).triples((None, None, None))))
    graphs = run_query(built, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "csv").splitlines()[1]
    assert int(graphs) == (built / "graph.trig").read_text(encoding="utf-8").count("pk:Document")


def store_quads(out) -> set:
    import pyoxigraph as ox

    return set(ox.Store.read_only(str(store_dir(out) / "oxigraph")))


@pytest.mark.parametrize("union_file", ["beside graph.trig", "older than graph.trig", "missing"])
def test_a_rebuilt_store_holds_what_the_build_loaded(out, union_file):
    """build_store (kg query's rebuild of a missing store) loads graph.ttl as the union when a build
    left it beside graph.trig; otherwise it hands each quad of graph.trig to the loader twice."""
    import os

    built_quads = store_quads(out)
    if union_file == "older than graph.trig":
        trig = (out / "graph.trig").stat()
        os.utime(out / "graph.ttl", ns=(trig.st_atime_ns, trig.st_mtime_ns - 1))
    elif union_file == "missing":
        (out / "graph.ttl").unlink()
    shutil.rmtree(store_dir(out))
    build_store(out)
    assert store_quads(out) == built_quads
    assert json.loads((store_dir(out) / SOURCE_FILE).read_text(encoding="utf-8"))["quads"] == len(built_quads)


def test_output_formats(built):
    assert run_query(built, "ASK { ?s pk:attended ?o }") == "true\n"
    assert run_query(built, "ASK { ?s pk:attended ?o }", "tsv") == "?_askResult\ntrue\n"
    turtle = run_query(built, "CONSTRUCT { ?s pk:attended ?o } WHERE { ?s pk:attended ?o }")
    assert "@prefix pk: <https://w3id.org/policy-kg/ontology#>" in turtle and "pk:attended" in turtle
    table = run_query(built, "SELECT ?s WHERE { ?s a pk:Document } ORDER BY ?s")
    assert table.splitlines()[0] == "s" and table.endswith("(2 rows)\n")
    assert run_query(built, "SELECT ?s WHERE { ?s a pk:Document } ORDER BY ?s", "tsv").splitlines()[0] == "?s"


def test_invalid_sparql_is_one_line_with_its_position(built):
    with pytest.raises(QueryError) as caught:
        run_query(built, "SELECT ?x WHERE {\n  ?x pk:attended }")
    message = str(caught.value)
    assert message.startswith("invalid SPARQL: line 2, column 18:") and "\n" not in message
    with pytest.raises(QueryError, match="this is SPARQL Update"):
        run_query(built, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(QueryError, match="unknown store backend"):
        run_query(built, "ASK {}", backend="nosuch")


def test_a_stale_store_is_not_trusted(out):
    (out / "graph.trig").write_text(
        "@prefix pk: <https://w3id.org/policy-kg/ontology#> .\n"
        "<https://w3id.org/policy-kg/id/doc/x> { <https://w3id.org/policy-kg/id/event/x> a pk:Meeting . }\n",
        encoding="utf-8",
    )
    assert run_query(out, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv").splitlines()[1] == "1"
    prepare_store(out)
    assert json.loads((store_dir(out) / SOURCE_FILE).read_text(encoding="utf-8"))["quads"] == 2
    assert run_query(out, "ASK { ?e a pk:Meeting }") == "true\n"


def test_a_missing_store_falls_back_to_graph_trig(out):
    expected = run_query(out, "SELECT ?s WHERE { ?s a pk:Document } ORDER BY ?s")
    shutil.rmtree(store_dir(out))
    assert run_query(out, "SELECT ?s WHERE { ?s a pk:Document } ORDER BY ?s") == expected
    assert not store_dir(out).exists()


def test_queries_see_a_rebuilt_store_in_the_same_process(out):
    assert run_query(out, "ASK { ?s a pk:Meeting }") == "true\n"
    (out / "graph.trig").write_text("<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 . }\n", encoding="utf-8")
    build_store(out)
    assert run_query(out, "ASK { ?s a pk:Meeting }") == "false\n"


def test_a_broken_graph_keeps_the_old_store(out):
    before = json.loads((store_dir(out) / SOURCE_FILE).read_text(encoding="utf-8"))
    (out / "graph.trig").write_text("<https://example.org/g> { this is not trig", encoding="utf-8")
    with pytest.raises(KgError, match="cannot build the store"):
        build_store(out)
    assert json.loads((store_dir(out) / SOURCE_FILE).read_text(encoding="utf-8")) == before
    assert leftovers(out) == []
    with pytest.raises(KgError, match="cannot read the graph"):
        open_store(out)


def test_store_is_shared_by_readers(built):
    first, second = open_store(built), open_store(built)
    assert len(first) == len(second) > 0


def test_query_cli_lists_and_runs_examples_from_the_store(built):
    result = run("query", "--example", "attendees", "-o", str(built))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["eventLabel", "date", "placeLabel", "whoLabel"]


@pytest.mark.parametrize("part_bytes", [200, 5_000, 1 << 20])
def test_loading_in_parts_gives_the_quads_of_one_load(built, part_bytes):
    import pyoxigraph as ox

    from kg.store import bulk_load_in_parts

    for name, format, separator in (("graph.trig", ox.RdfFormat.TRIG, b"}\n\n"), ("graph.ttl", ox.RdfFormat.TURTLE, b"\n\n")):
        whole, parts = ox.Store(), ox.Store()
        whole.bulk_load(path=str(built / name), format=format)
        bulk_load_in_parts(parts, built / name, format, separator, part_bytes=part_bytes)
        assert len(whole) > 100 and set(parts) == set(whole)


def test_the_loader_follows_a_file_while_it_is_written(built, tmp_path):
    """The build's loader reads graph.trig as the build writes it: same quads as loading the finished file."""
    import threading
    import time

    import pyoxigraph as ox

    from kg.store import bulk_load_in_parts

    data = (built / "graph.trig").read_bytes()
    growing = tmp_path / "graph.trig"
    written = threading.Event()

    def write_slowly() -> None:
        with open(growing, "wb") as handle:
            for start in range(0, len(data), 3_000):
                handle.write(data[start:start + 3_000])
                handle.flush()
                time.sleep(0.005)
        written.set()

    growing.write_bytes(b"")
    writer = threading.Thread(target=write_slowly)
    writer.start()
    followed, whole = ox.Store(), ox.Store()
    bulk_load_in_parts(followed, growing, ox.RdfFormat.TRIG, b"}\n\n", part_bytes=10_000, written=written)
    writer.join()
    whole.bulk_load(path=str(built / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(whole) > 100 and set(followed) == set(whole)


@pytest.mark.parametrize("part_bytes, part_lines", [(500, 7), (1 << 20, 100_000)])
def test_a_store_fed_blocks_and_union_lines_holds_what_the_two_files_hold(built, tmp_path, part_bytes, part_lines):
    """The build feeds each named graph's block and the union's triples (repeats and all, in any order): the store is the files' quads."""
    import pyoxigraph as ox

    from kg.serialize import prologue
    from kg.store import DATA_DIR, StoreFeed

    body = (built / "graph.trig").read_text(encoding="utf-8").removeprefix(prologue())
    blocks = [block + "}\n" for block in body.split("}\n") if block.strip()]
    assert len(blocks) > 1
    union = ox.Store()
    union.bulk_load(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    lines = [f"{t.subject}\0{'0' if t.predicate.value.endswith('#type') else '1'}{t.predicate}\0{t.object}" for t in union]
    feed = StoreFeed(tmp_path / "store", built / "graph.trig", prologue().encode("utf-8"), part_bytes=part_bytes, part_lines=part_lines).start()
    for block in reversed(blocks):
        feed.add_graph(block.encode("utf-8"))
    feed.add_union(lines[::2])
    feed.add_union(lines)
    feed.finish(0)
    fed = ox.Store.read_only(str(tmp_path / "store" / DATA_DIR))
    whole = ox.Store()
    whole.bulk_load(path=str(built / "graph.trig"), format=ox.RdfFormat.TRIG)
    whole.bulk_load(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    assert len(whole) > 100 and set(fed) == set(whole)


def test_a_feed_with_a_bad_block_fails_the_build_with_the_file_named(built, tmp_path):
    from kg.store import StoreFeed

    feed = StoreFeed(tmp_path / "store", built / "graph.trig", b"", part_bytes=1).start()
    feed.add_graph(b"<a> { <b> <c> ")
    with pytest.raises(KgError, match="cannot load the store from graph.trig"):
        feed.finish(0)
