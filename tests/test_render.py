"""The explorer page as a file: self-contained, escaped, repeatable, and focused views that say what went wrong."""

import json
import os
import random
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.export import to_networkx
from kg.files import load_dataset
from kg.graph import new_dataset
from kg.namespaces import DEFAULT_BASE, PK, SCHEMA
from kg.render import (
    FONT_SIZE, LARGE_GRAPH, SMALL_FONT_SIZE, RenderError, _assets, could_fall_in, edge_columns, explorer_network, label_box,
    layout, node_label, page_payload, parse_bound, render_html, select_view,
)

from .conftest import REPO, run

HOSTILE = "<img src=x onerror=alert(1)> 포럼"
HOSTILE_SENTENCE = '중기부는 ‘<img src=x onerror=alert(1)> 포럼’을 열었다. </script><script>alert(2)</script> & "따옴표"'


def hostile_triples() -> list[tuple]:
    """A tiny contract-shaped graph whose labels, sentence and title are markup."""
    from rdflib.namespace import XSD

    base = DEFAULT_BASE
    doc, ministry, forum = URIRef(base + "doc/hostile"), URIRef(base + "org/mss"), URIRef(base + "event/forum")
    evidence, statement = URIRef(base + "doc/hostile/sentence/0-60"), URIRef(base + "doc/hostile/statement/1")
    place, amount = URIRef(base + "place/seoul"), URIRef(base + "event/forum/amount")
    return [
        (doc, RDF.type, PK.Document), (doc, PK.title, Literal("<b>제목</b> 기사", lang="ko")),
        (evidence, RDF.type, PK.Evidence), (evidence, PK.text, Literal(HOSTILE_SENTENCE)), (evidence, PK.document, doc),
        (evidence, PK.start, Literal(0)), (evidence, PK.end, Literal(60)),
        (ministry, RDF.type, PK.GovernmentBody), (ministry, SKOS.prefLabel, Literal("중소벤처기업부", lang="ko")),
        (ministry, RDFS.label, Literal("중소벤처기업부", lang="ko")), (ministry, RDFS.label, Literal("Ministry of SMEs and Startups", lang="en")),
        (ministry, SKOS.altLabel, Literal("중기부", lang="ko")), (ministry, PROV.wasDerivedFrom, evidence),
        (forum, RDF.type, PK.Meeting), (forum, SKOS.prefLabel, Literal(HOSTILE, lang="ko")), (forum, RDFS.label, Literal(HOSTILE, lang="ko")),
        (forum, PK.status, PK.Planned), (forum, PK.date, Literal("--04-02", datatype=XSD.gMonthDay)), (forum, PK.place, place),
        (forum, PK.amount, amount), (amount, RDF.type, SCHEMA.MonetaryAmount),
        (amount, SCHEMA.value, Literal(Decimal("84500000000"), datatype=XSD.decimal)), (amount, SCHEMA.currency, Literal("KRW")),
        (forum, PROV.wasDerivedFrom, evidence),
        (place, RDF.type, PK.Place), (place, SKOS.prefLabel, Literal("서울", lang="ko")), (place, RDFS.label, Literal("서울", lang="ko")),
        (ministry, PK.organized, forum), (forum, PK.heldIn, place),
        (statement, RDF.type, RDF.Statement), (statement, RDF.subject, ministry), (statement, RDF.predicate, PK.organized),
        (statement, RDF.object, forum), (statement, PROV.wasDerivedFrom, evidence),
    ]


def hostile_dataset(order_seed: int | None = None) -> Dataset:
    dataset = new_dataset()
    triples = hostile_triples()
    if order_seed is not None:
        random.Random(order_seed).shuffle(triples)
    graph = dataset.graph(URIRef(DEFAULT_BASE + "doc/hostile"))
    for triple in triples:
        graph.add(triple)
    return dataset


def without_vendor(page: str) -> str:
    """The page minus vis-network's script and style, which must be pyvis's files as shipped."""
    assets = _assets()
    assert assets["vis_js"] in page and assets["vis_css"] in page
    return page.replace(assets["vis_js"], "").replace(assets["vis_css"], "")


def page_data(page: str) -> dict:
    """The graph (edges as columns) and, after the scripts, its titles, IRIs and blocks of sentences."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    texts = re.search(r'<script type="application/json" id="kg-texts">(.*?)</script>', page, re.S)
    assert match and texts, "the page carries its graph as JSON"
    blocks = re.findall(r'<script type="application/json" id="kg-evidence-\d+">(.*?)</script>', page, re.S)
    return {**json.loads(match.group(1)), **json.loads(texts.group(1)), "evidence": [s for block in blocks for s in json.loads(block)]}


def test_seed_page_loads_nothing_from_elsewhere(built):
    page = without_vendor((built / "graph.html").read_text(encoding="utf-8"))
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert "@import" not in page and "bootstrap" not in page.lower() and "cdn" not in page.lower()
    assert "default-src 'none'" in page
    assert "vis.Network" in page and "sourceMappingURL" not in page


def test_hostile_text_is_data_not_markup(tmp_path):
    path = render_html(hostile_dataset(), tmp_path / "graph.html")
    page = without_vendor(path.read_text(encoding="utf-8"))
    assert "<img" not in page and "<b>" not in page and "alert(2)</script>" not in page
    data = page_data(page)
    assert HOSTILE in [node["label"] for node in data["nodes"]]
    assert data["evidence"] == [[HOSTILE_SENTENCE, 0]] and data["documents"] == ["<b>제목</b> 기사"]


def test_render_is_byte_identical_whatever_the_triple_order(tmp_path):
    first = render_html(hostile_dataset(), tmp_path / "a.html").read_bytes()
    assert render_html(hostile_dataset(), tmp_path / "b.html").read_bytes() == first
    assert render_html(hostile_dataset(order_seed=7), tmp_path / "c.html").read_bytes() == first


def test_render_does_not_depend_on_hash_seeds(tmp_path):
    code = "import sys; from pathlib import Path; from tests.test_render import hostile_dataset; from kg.render import render_html; render_html(hostile_dataset(), Path(sys.argv[1]))"
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", code, str(tmp_path / f"{seed}.html")], check=True, env={**os.environ, "PYTHONHASHSEED": seed}, cwd=REPO)
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


def test_network_has_the_exported_nodes_and_edges(built):
    dataset = load_dataset(built)
    network, exported = explorer_network(dataset), to_networkx(dataset)
    assert set(network) == set(exported)
    assert sorted((s, o, d["relation"]) for s, o, d in network.edges(data=True)) == sorted((s, o, d["relation"]) for s, o, d in exported.edges(data=True))


def test_the_page_read_from_the_files_is_the_page_read_into_rdflib(built):
    """kg build reads graph.ttl and kg render graph.trig with pyoxigraph's parser, without an rdflib
    graph of the archive (gigabytes at 10,000 articles): the page is the same."""
    from kg.render import page_html

    from_rdflib = page_html(explorer_network(load_dataset(built)))
    assert page_html(explorer_network(built / "graph.ttl")) == from_rdflib
    assert page_html(explorer_network(built / "graph.trig")) == from_rdflib


def test_the_hostile_page_read_from_a_file_is_the_same(tmp_path):
    dataset = hostile_dataset()
    dataset.serialize(tmp_path / "graph.trig", format="trig")
    assert render_html(tmp_path / "graph.trig", tmp_path / "a.html").read_bytes() == render_html(dataset, tmp_path / "b.html").read_bytes()


# Values as rdflib prints them (its lexical normalization and Python values), whichever way the graph is read.
@pytest.mark.parametrize("turtle, attribute, shown", [
    ('pk:memberCount 12', "members", "12"),
    ('pk:memberCount 0', "members", ""),
    ('pk:memberCount "007"^^xsd:integer', "members", "7"),
    ('pk:date "--04-28"^^xsd:gMonthDay', "date", "--04-28"),
    ('pk:date "2025-03"^^xsd:gYearMonth', "date", "2025-03"),
    ('pk:dateInferred true', "date_inferred", True),
    ('pk:dateInferred false', "date_inferred", False),
    ('pk:title "협약식"@ko', "title", "협약식"),
    ('pk:amount [ schema:value 84500000000.0 ; schema:currency "KRW" ]', "amount", "84,500,000,000 KRW"),
    ('pk:amount [ schema:value 1.50 ; schema:currency "USD" ; pk:qualifier "up-to" ]', "amount", "1.50 USD [up-to]"),
    ('pk:amount [ schema:value 3 ; rdfs:label "3억 원"@ko ]', "amount", "3억 원 (3)"),
])
def test_a_value_reads_the_same_from_a_file_and_from_rdflib(tmp_path, turtle, attribute, shown):
    from rdflib import Graph

    from kg.serialize import prologue

    path = tmp_path / "graph.ttl"
    path.write_text(prologue() + f'<{DEFAULT_BASE}event/e> a pk:Meeting ; skos:prefLabel "간담회"@ko ; {turtle} .\n', encoding="utf-8")
    node = f"{DEFAULT_BASE}event/e"
    assert explorer_network(path).nodes[node][attribute] == shown
    assert explorer_network(Graph().parse(path, format="turtle")).nodes[node][attribute] == shown


def test_a_build_writes_its_page_without_an_rdflib_graph(tmp_path, monkeypatch):
    """Only SHACL of the whole graph (--validate all) reads the union into rdflib; the page does not."""
    from rdflib import Graph

    def refuse(*args, **kwargs):
        raise AssertionError("the build parsed a graph into rdflib")

    monkeypatch.setattr(Graph, "parse", refuse)
    assert run("build", "-o", str(tmp_path / "out"), "--validate", "none").exit_code == 0
    assert (tmp_path / "out" / "graph.html").read_bytes() == (REPO / "out" / "graph.html").read_bytes()


def test_payload_carries_what_the_page_shows(built):
    data = page_payload(explorer_network(load_dataset(built)), "policy-kg")
    by_label = {node["label"]: node for node in data["nodes"]}
    ministry = by_label["중소벤처기업부"]
    assert ministry["en"] == "Ministry of SMEs and Startups" and "중기부" in ministry["aliases"]
    assert ministry["cls"] == "GovernmentBody" and ministry["ev"]
    sentence, document = data["evidence"][ministry["ev"][0]]
    assert sentence and data["documents"][document]
    assert {c["name"] for c in data["classes"]} == {node["cls"] for node in data["nodes"]}
    assert all(c["color"].startswith("#") and c["shape"] for c in data["classes"])
    plans = [e for e in data["edges"] if e["rel"] == "plans" and data["nodes"][e["from"]]["label"] == "중소벤처기업부"]
    assert plans and all(e["status"] == "Planned" for e in plans)
    discussion = by_label["투자유치 논의"]
    assert discussion["status"] == "InProgress" and "84,500,000,000 KRW" in discussion["amount"]
    figures = data["figures"]
    assert figures["nodes"] == len(data["nodes"]) and figures["edges"] == len(data["edges"])
    assert figures["top"][0][1] >= figures["top"][-1][1] and figures["components"] >= 1


@pytest.mark.parametrize("label, english, text, font", [
    ("이영", "", "이영", FONT_SIZE),
    ("중소벤처기업부", "Ministry of SMEs and Startups", "중소벤처기업부\nMinistry of SMEs and\nStartups", SMALL_FONT_SIZE),
    ("글로벌 혁신 특구 조성방안", "", "글로벌 혁신 특구\n조성방안", FONT_SIZE),
    ("국립한국대학교부설연구소", "", "국립한국대학교부설연구소", FONT_SIZE),
    ("보스턴", "Boston", "보스턴\nBoston", FONT_SIZE),
])
def test_long_labels_wrap_and_the_longest_take_the_smaller_font(label, english, text, font):
    assert node_label(label, english) == (text, font)


def boxes_overlap(positions, boxes) -> list[tuple[int, int]]:
    """Pairs of nodes whose shape-and-label boxes (label_box, at their positions) intersect."""
    rects = [(x - w, y - above, x + w, y + below) for (x, y), (w, above, below) in zip(positions, boxes)]
    return [(i, j) for i, a in enumerate(rects) for j, b in enumerate(rects[:i])
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def test_seed_layout_leaves_every_label_room(built):
    data = page_payload(explorer_network(load_dataset(built)), "policy-kg")
    positions = [(node["x"], node["y"]) for node in data["nodes"]]
    boxes = [label_box(node.get("text", node["label"]), node.get("font", FONT_SIZE), node["size"]) for node in data["nodes"]]
    assert boxes_overlap(positions, boxes) == []
    assert len(set(positions)) == len(positions)


def test_layout_is_repeatable_and_spreads_a_star():
    hub_and_spokes = [(0, k) for k in range(1, 30)] + [(30, 31)]
    boxes = [label_box(*node_label(f"참석 기관 {k}", ""), 12) for k in range(32)]
    positions = layout(32, hub_and_spokes, boxes)
    assert positions == layout(32, hub_and_spokes, boxes)
    assert all(isinstance(v, int) for point in positions for v in point)
    assert boxes_overlap(positions, boxes) == []


def test_small_pages_carry_their_layout_and_big_ones_do_not():
    small = page_payload(explorer_network(hostile_dataset()), "t")
    assert all("x" in node and "y" in node and node["size"] > 0 for node in small["nodes"])
    assert small["large"] is False and small["overlay"] is False
    import networkx as nx

    big = nx.MultiDiGraph()
    for k in range(LARGE_GRAPH + 1):
        big.add_node(f"n{k:05d}", label=f"개체{k}", en="", cls="Company", aliases=(), title="", date="", date_inferred=False,
                     place="", place_label="", amount="", members="", status="", evidence=(), curated=False)
    payload = page_payload(big, "t")
    assert payload["large"] is True and payload["overlay"] is True and "x" not in payload["nodes"][0]
    assert "overview" not in payload


def test_edges_travel_as_columns():
    edges = [{"from": 0, "to": 1, "rel": "attended"},
             {"from": 1, "to": 2, "rel": "heldIn", "status": "Planned", "ev": [3], "curated": True}]
    assert edge_columns(edges) == {
        "from": [0, 1], "to": [1, 2], "relations": ["attended", "heldIn"], "rel": [0, 1],
        "statuses": ["", "Planned"], "status": [0, 1], "ev": [[], [3]], "curated": [1],
    }


def test_sentences_travel_in_blocks(built, monkeypatch):
    import kg.render

    network = explorer_network(load_dataset(built))
    whole = page_payload(network, "policy-kg")
    monkeypatch.setattr(kg.render, "EVIDENCE_BLOCK", 5)
    page = kg.render.page_html(network)
    assert page.count('id="kg-evidence-') == -(-len(whole["evidence"]) // 5)
    data = page_data(page)
    assert data["evidence"] == whole["evidence"] and data["evidenceBlock"] == 5
    assert data["iris"] == [node["iri"] for node in whole["nodes"]]


def test_an_archive_page_lays_out_only_its_overview():
    """Above detail_above nodes the page draws the most connected first: only they carry a layout."""
    import networkx as nx

    star = nx.MultiDiGraph()
    for k in range(40):
        star.add_node(f"n{k:02d}", label=f"개체{k}", en="", cls="Company", aliases=(), title="", date="", date_inferred=False,
                      place="", place_label="", amount="", members="", status="", evidence=(), curated=False)
    for k in range(1, 40):
        star.add_edge("n00", f"n{k:02d}", key="cooperatedWith", relation="cooperatedWith", status="", evidence=(), curated=False)
    star.add_edge("n01", "n02", key="cooperatedWith", relation="cooperatedWith", status="", evidence=(), curated=False)
    payload = page_payload(star, "t", centres=["n39"], detail_above=30, overview_size=3)
    assert payload["overview"] == [0, 1, 2, 39], "the three busiest, and the view's centre"
    assert [i for i, node in enumerate(payload["nodes"]) if "x" in node] == payload["overview"]
    assert len(payload["nodes"]) == 40 and len(payload["edges"]) == 40, "the page still carries the whole graph"
    assert "overview" not in page_payload(star, "t", detail_above=40)


def test_focus_reaches_hops_in_either_direction(built):
    network = explorer_network(load_dataset(built))
    alone, centres = select_view(network, ["중기부"], hops=0)
    assert [network.nodes[n]["label"] for n in alone] == ["중소벤처기업부"] and len(centres) == 1
    near, _ = select_view(network, ["중소벤처기업부"], hops=1)
    wider, _ = select_view(network, ["중소벤처기업부"], hops=2)
    labels = {network.nodes[n]["label"] for n in near}
    assert {"이영", "UL Solutions", "K-바이오 랩허브"} <= labels
    assert set(near) < set(wider)


def test_class_and_date_filters(built):
    network = explorer_network(load_dataset(built))
    people, centres = select_view(network, ["중소벤처기업부"], hops=2, classes=["person"])
    assert {network.nodes[n]["cls"] for n in people} - {"GovernmentBody"} == {"Person"}
    organizations, _ = select_view(network, classes=["Organization"])
    assert {"GovernmentBody", "Company"} <= {network.nodes[n]["cls"] for n in organizations}
    april, _ = select_view(network, since="2025-04-26", until="2025-04-28")
    dated = {network.nodes[n]["label"]: network.nodes[n]["date"] for n in april if network.nodes[n]["date"]}
    assert dated and set(dated.values()) <= {"--04-26", "--04-27", "--04-28", "2025-04", "2025"}
    assert "--04-25" not in dated.values()
    people, _ = select_view(network, classes=["Person"], since="2025-04-28", until="2025-04-28")
    assert "데이비드 브라운" in {network.nodes[n]["label"] for n in people}


def test_partial_dates_match_any_day_they_can_mean():
    april, may = (date(2025, 4, 1), date(2025, 4, 30)), (date(2025, 5, 1), date(2025, 5, 31))
    assert could_fall_in("--04-28", *april) and not could_fall_in("--04-28", *may)
    assert could_fall_in("2025", *may) and not could_fall_in("2024-12", *may)
    assert could_fall_in("2025-05-03", *may) and could_fall_in("---08", *may)
    assert could_fall_in("--02-30", *may) is None and could_fall_in("someday", *may) is None
    assert parse_bound("2025-02", upper=True) == date(2025, 2, 28) and parse_bound("2024", upper=False) == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"focus": ["없는기관"]}, "no entity labelled"),
        ({"focus": ["대학교"]}, "ambiguous"),
        ({"classes": ["Spaceship"]}, "unknown class"),
        ({"since": "2025-13"}, "bad date"),
        ({"until": "yesterday"}, "bad date"),
        ({"since": "2025", "until": "2024"}, "after"),
    ],
)
def test_bad_view_requests_are_render_errors(built, options, message):
    network = explorer_network(load_dataset(built))
    with pytest.raises(RenderError, match=message):
        select_view(network, **options)


def test_cli_render_writes_a_focused_page(built, tmp_path):
    target = tmp_path / "mss.html"
    result = run("render", "--focus", "중소벤처기업부", "--hops", "1", "-o", str(built), "-f", str(target))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {target}:") and "around 중소벤처기업부" in result.output
    data = page_data(target.read_text(encoding="utf-8"))
    assert data["title"] == "policy-kg: 중소벤처기업부 ±1 hop"
    assert data["nodes"][data["focus"][0]]["label"] == "중소벤처기업부"
    default = run("render", "--class", "Person,Place", "--since", "2025", "-o", str(built))
    assert default.exit_code == 0 and (built / "view.html").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "없는기관"], "Error: no entity labelled '없는기관'"),
        (["--since", "2025-13-01"], "Error: bad date '2025-13-01'"),
        (["--class", "Spaceship"], "Error: unknown class 'Spaceship'"),
    ],
)
def test_cli_render_errors_are_one_line(built, args, message):
    result = run("render", *args, "-o", str(built))
    assert result.exit_code == 1
    assert result.output.strip() == result.output.strip().splitlines()[0]
    assert result.output.startswith(message) and "Traceback" not in result.output


def test_cli_render_without_a_graph(tmp_path):
    result = run("render", "-o", str(tmp_path))
    assert result.exit_code == 1 and "run 'kg build' first" in result.output


def test_cli_stays_light():
    code = "import sys, kg.cli; print(sorted(m for m in ('rdflib', 'pyvis', 'networkx') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_rendered_page_follows_the_umask(built, tmp_path, umask, mode):
    """A web server or a colleague in the group can read the page when the umask lets them."""
    target = tmp_path / "view.html"
    previous = os.umask(umask)
    try:
        result = run("render", "--focus", "중소벤처기업부", "-o", str(built), "-f", str(target))
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert target.stat().st_mode & 0o777 == mode


def test_cli_render_to_an_unwritable_place_is_one_line(built, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = run("render", "-o", str(built), "-f", str(blocker / "view.html"))
    assert result.exit_code == 1
    assert result.output == f"Error: {blocker / 'view.html'}: cannot write here ({blocker} is not a folder)\n"
