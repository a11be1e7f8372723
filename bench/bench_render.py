"""Benchmark: how long the explorer page takes to render and open, and to paint a selection or a search.

Run from the repository root: python bench/bench_render.py [--browser]. The synthetic graphs follow
the graph contract (typed entities with Korean and English labels, events with dates, places,
statuses and amounts, reified relations with evidence sentences in per-document named graphs), so
the renderer does the same work as on real articles. --browser also opens each page (500, 2,100
and 5,000 nodes) in headless Debian chromium and times opening until the first frame is painted,
and a selection of the busiest node and a search by name until their frame is painted.
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
ACTORS = ["Person", "Person", "Person", "Company", "Company", "GovernmentBody", "Investor", "University", "Hospital", "Group"]
EVENTS = ["Meeting", "AgreementSigning", "Investment", "Announcement", "Event"]
STATUSES = ["Completed", "Completed", "Completed", "InProgress", "Planned"]
SYLLABLES = "가나다라마바사아자차카타파하경기중소벤처기업부산업통상자원혁신창업성장투자협력"
ENTITIES_PER_DOCUMENT = 50
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


def synthetic_dataset(nodes: int, seed: int = 1) -> Dataset:
    """About `nodes` entities: a tenth places, a fifth events, the rest actors, linked about 1.5 edges per node."""
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
        graph.add((evidence, PK.text, Literal(f"{name()} {name()}는 {name()}와 {name()}에서 협력하기로 했다.")))
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
        graph.add((statement, PROV.wasDerivedFrom, sentence(graph, home[subject], 100000 + k)))

    k = 0
    for event in events:
        for actor in rng.sample(actors, min(len(actors), rng.randint(2, 5))):
            relate(actor, rng.choice(["attended", "attended", "organized"]), event, k)
            k += 1
        relate(event, "heldIn", rng.choice(places), k)
        k += 1
    for actor in actors:
        if rng.random() < 0.25:
            relate(actor, rng.choice(["affiliatedWith", "cooperatedWith", "memberOf"]), rng.choice(actors), k)
            k += 1
    dataset.default_union = True
    return dataset


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


PAINT = """async (action) => {
  const t = performance.now();
  action === "select" ? kgExplorer.select(kgExplorer.data.figures.top[0][0]) : document.getElementById("search-form").requestSubmit();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - t;
}"""


def time_in_browser(page_path: Path, query: str, repeats: int = 3) -> tuple[float, float, float]:
    """Seconds until the page is ready, and until a selection of the busiest node and a search by
    name are painted (the next animation frame after the action has run; median of `repeats`)."""
    from playwright.sync_api import sync_playwright

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
            for _ in range(repeats):
                page.evaluate("() => kgExplorer.clear()")
                page.fill("#search", query)
                runs.append(page.evaluate(PAINT, action) / 1000)
            times[action] = sorted(runs)[len(runs) // 2]
        browser.close()
    return opened, times["select"], times["search"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser", action="store_true", help="also time opening each page, a selection and a search in headless chromium")
    parser.add_argument("--sizes", type=lambda text: tuple(int(x) for x in text.split(",")), default=SIZES, help="node counts, comma-separated")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            dataset = synthetic_dataset(size)
            path = Path(folder) / f"graph-{size}.html"
            render_html(dataset, path)
            seconds = min(_timed(render_html, dataset, path) for _ in range(3))
            results[size] = (seconds, path.stat().st_size)
            line = f"{size:>5} nodes: render {seconds:6.2f} s (best of 3), file {path.stat().st_size / 1e6:6.2f} MB"
            if args.browser:
                network = explorer_network(dataset)
                query = network.nodes[sorted(network)[len(network) // 3]]["label"]
                opened, selected, searched = time_in_browser(path, query)
                line += f"; chromium: opens {opened:4.1f} s, paints a selection in {selected * 1000:4.0f} ms, a search in {searched * 1000:4.0f} ms"
            print(line, flush=True)
    (small_time, small_size), (big_time, big_size) = results[args.sizes[0]], results[args.sizes[-1]]
    print(f"ratio {args.sizes[-1]}/{args.sizes[0]}: time x{big_time / small_time:.1f}, size x{big_size / small_size:.1f}")


if __name__ == "__main__":
    main()
