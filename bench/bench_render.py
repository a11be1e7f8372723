"""Benchmark: how long the explorer page takes to render and open, and to paint a selection or a search.

Run from the repository root: python bench/bench_render.py [--browser]. The synthetic graphs follow
the graph contract (typed entities with Korean and English labels, events with dates, places,
statuses and amounts, reified relations with evidence sentences in per-document named graphs), so
the renderer does the same work as on real articles. --browser also opens each page (500, 2,100
and 5,000 nodes) in headless Debian chromium and times opening until the first frame is painted,
and selections of the busiest nodes and searches by name until their frame is painted. --archive
adds a graph the size of a 10,000-article archive (21,000 nodes, about 34,000 edges, a few hubs
with a thousand relations), whose page draws an overview and brings the rest in on demand.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.graph import new_dataset  # noqa: E402
from kg.namespaces import DEFAULT_BASE, PK, SCHEMA  # noqa: E402
from kg.render import explorer_network, render_html  # noqa: E402

SIZES = (500, 2100, 5000)
ARCHIVE = 21000
ACTORS = ["Person", "Person", "Person", "Company", "Company", "GovernmentBody", "Investor", "University", "Hospital", "Group"]
EVENTS = ["Meeting", "AgreementSigning", "Investment", "Announcement", "Event"]
STATUSES = ["Completed", "Completed", "Completed", "InProgress", "Planned"]
SYLLABLES = "가나다라마바사아자차카타파하경기중소벤처기업부산업통상자원혁신창업성장투자협력"
ENTITIES_PER_DOCUMENT = 50
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


def synthetic_dataset(nodes: int, seed: int = 1, archive: bool = False) -> Dataset:
    """About `nodes` entities: a tenth places, a fifth events, the rest actors, linked about 1.5 edges per node.

    archive=True makes it look like a news archive: events have up to 7 participants chosen with
    Zipf weights (a few ministries and companies take part in thousands of events, most actors in
    one or two), half the actors have a standing relation (about 1.6 edges per node), sentences are
    longer, and each relation's sentence is also evidence for its subject (a ministry in a
    thousand events has a thousand sentences), as in a real archive's page.
    """
    rng = random.Random(seed)
    dataset = new_dataset()
    places = [URIRef(f"{DEFAULT_BASE}place/p{i}") for i in range(max(2, nodes // 10))]
    events = [URIRef(f"{DEFAULT_BASE}event/e{i}") for i in range(max(2, nodes // 5))]
    actors = [URIRef(f"{DEFAULT_BASE}org/a{i}") for i in range(max(2, nodes - len(places) - len(events)))]
    everything = places + events + actors
    documents = [URIRef(f"{DEFAULT_BASE}doc/d{i}") for i in range(max(1, len(everything) // ENTITIES_PER_DOCUMENT))]

    def name() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 6)))

    def sentence(graph, doc: URIRef, k: int) -> URIRef:
        evidence = URIRef(f"{doc}/sentence/{k * 100}-{k * 100 + 80}")
        graph.add((evidence, RDF.type, PK.Evidence))
        text = f"{name()} {name()}는 {name()}와 {name()}에서 협력하기로 했다."
        if archive:
            text += f" {name()} {name()}은 {name()} {name()}을 위해 {name()}억원을 투입한다고 밝혔다."
        graph.add((evidence, PK.text, Literal(text)))
        graph.add((evidence, PK.document, doc))
        graph.add((evidence, PK.start, Literal(k * 100)))
        graph.add((evidence, PK.end, Literal(k * 100 + 80)))
        return evidence

    graphs = {doc: dataset.graph(doc) for doc in documents}
    for doc, graph in graphs.items():
        graph.add((doc, RDF.type, PK.Document))
        graph.add((doc, PK.title, Literal(f"{name()} {name()} 기사", lang="ko")))
    home = {node: documents[i % len(documents)] for i, node in enumerate(everything)}
    kinds = [(node, "Place") for node in places] + [(node, rng.choice(EVENTS)) for node in events]
    kinds += [(node, rng.choice(ACTORS)) for node in actors]
    for i, (node, cls) in enumerate(kinds):
        graph = graphs[home[node]]
        if cls in EVENTS:
            graph.add((node, PK.date, Literal(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD.date)))
            graph.add((node, PK.status, PK[rng.choice(STATUSES)]))
            graph.add((node, PK.place, rng.choice(places)))
            if cls == "Investment":
                amount = URIRef(f"{node}/amount")
                graph.add((node, PK.amount, amount))
                graph.add((amount, RDF.type, SCHEMA.MonetaryAmount))
                graph.add((amount, SCHEMA.value, Literal(Decimal(rng.randint(1, 900) * 100000000), datatype=XSD.decimal)))
                graph.add((amount, SCHEMA.currency, Literal("KRW")))
        label = name()
        graph.add((node, RDF.type, PK[cls]))
        graph.add((node, RDFS.label, Literal(label, lang="ko")))
        graph.add((node, SKOS.prefLabel, Literal(label, lang="ko")))
        if rng.random() < 0.3:
            graph.add((node, RDFS.label, Literal(f"Entity {i}", lang="en")))
            graph.add((node, SKOS.altLabel, Literal(label[:2] + "부", lang="ko")))
        graph.add((node, PROV.wasDerivedFrom, sentence(graph, home[node], i)))

    def relate(subject: URIRef, predicate: str, obj: URIRef, k: int) -> None:
        graph = graphs[home[subject]]
        graph.add((subject, PK[predicate], obj))
        statement = URIRef(f"{home[subject]}/statement/s{k}")
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, PK[predicate]))
        graph.add((statement, RDF.object, obj))
        evidence = sentence(graph, home[subject], 100000 + k)
        graph.add((statement, PROV.wasDerivedFrom, evidence))
        if archive:
            graph.add((subject, PROV.wasDerivedFrom, evidence))

    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(actors))]

    def participants() -> list[URIRef]:
        if not archive:
            return rng.sample(actors, min(len(actors), rng.randint(2, 5)))
        return sorted(set(rng.choices(actors, weights, k=rng.randint(2, 7))), key=actors.index)

    k = 0
    for event in events:
        for actor in participants():
            relate(actor, rng.choice(["attended", "attended", "organized"]), event, k)
            k += 1
        relate(event, "heldIn", rng.choice(places), k)
        k += 1
    for actor in actors:
        if rng.random() < (0.5 if archive else 0.25):
            other = rng.choices(actors, weights)[0] if archive else rng.choice(actors)
            relate(actor, rng.choice(["affiliatedWith", "cooperatedWith", "memberOf"]), other, k)
            k += 1
    dataset.default_union = True
    return dataset


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


PAINT = """async ([action, k]) => {
  const t = performance.now();
  const top = kgExplorer.data.figures.top;
  action === "select" ? kgExplorer.select(top[k % top.length][0]) : document.getElementById("search-form").requestSubmit();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - t;
}"""


def time_in_browser(page_path: Path, queries: "str | list[str]", repeats: int = 3) -> tuple[float, float, float]:
    """Seconds until the page is ready, and until a selection and a search by name are painted
    (the next animation frame after the action has run): the median over selections of the
    busiest nodes and searches for each of `queries`, every one a different node, so that on an
    archive's page each brings in what it shows. One query (a str, as bench_archive.py passes) is
    searched `repeats` times and the busiest node selected as often."""
    from playwright.sync_api import sync_playwright

    picks = [(0, queries)] * repeats if isinstance(queries, str) else list(enumerate(queries))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
        start = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
        opened = time.perf_counter() - start
        times = {}
        for action in ("select", "search"):
            runs = []
            for k, query in picks:
                page.evaluate("() => kgExplorer.clear()")
                page.fill("#search", query)
                runs.append(page.evaluate(PAINT, [action, k]) / 1000)
            times[action] = sorted(runs)[len(runs) // 2]
        browser.close()
    return opened, times["select"], times["search"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser", action="store_true", help="also time opening each page, a selection and a search in headless chromium")
    parser.add_argument("--sizes", type=lambda text: tuple(int(x) for x in text.split(",")), default=SIZES, help="node counts, comma-separated")
    parser.add_argument("--archive", type=int, nargs="?", const=ARCHIVE, default=0, metavar="NODES",
                        help=f"also an archive-like graph (hubs, long sentences) of NODES nodes, {ARCHIVE:,} if not given; rendered once")
    args = parser.parse_args()
    results = {}
    runs = [(size, False) for size in args.sizes] + ([(args.archive, True)] if args.archive else [])
    with tempfile.TemporaryDirectory() as folder:
        for size, archive in runs:
            dataset = synthetic_dataset(size, archive=archive)
            path = Path(folder) / f"graph-{size}.html"
            seconds = _timed(render_html, dataset, path)
            if not archive:
                seconds = min([seconds] + [_timed(render_html, dataset, path) for _ in range(2)])
            network = explorer_network(dataset)
            kind = "archive " if archive else ""
            line = (f"{kind}{size:>5} nodes, {network.number_of_edges():,} edges: render {seconds:6.2f} s{'' if archive else ' (best of 3)'}, "
                    f"file {path.stat().st_size / 1e6:6.2f} MB")
            if not archive:
                results[size] = (seconds, path.stat().st_size)
            if args.browser:
                nodes = sorted(network)
                queries = [network.nodes[nodes[len(nodes) * k // 6]]["label"] for k in (2, 3, 4)]
                opened, selected, searched = time_in_browser(path, queries)
                line += f"; chromium: opens {opened:4.1f} s, paints a selection in {selected * 1000:4.0f} ms, a search in {searched * 1000:4.0f} ms"
            print(line, flush=True)
    if len(args.sizes) < 2:
        return
    (small_time, small_size), (big_time, big_size) = results[args.sizes[0]], results[args.sizes[-1]]
    print(f"ratio {args.sizes[-1]}/{args.sizes[0]}: time x{big_time / small_time:.1f}, size x{big_size / small_size:.1f}")


if __name__ == "__main__":
    main()
