"""SPARQL speed on synthetic graphs: `kg query`'s store against raw pyoxigraph and rdflib's memory store.

For graphs of about 10k, 100k and 1M triples shaped like the graph contract (one named graph
per document, entities shared between documents, reified relations with evidence), it prints
load time and the latency of each example query (kg/queries/*.rq, plus one aggregate):

- kg: load is the store-load step of `kg build` (kg.store.StoreFeed, the loader of a fresh build,
  handed each named graph's TriG block and the union's triples as the build hands them; the
  union is written as graph.ttl beforehand, with kg.serialize as the build writes it); queries
  are `kg.query.run_query` (what `kg query` runs, minus process start-up), with csv and with
  table output
- pyoxigraph: load is one plain `Store.bulk_load` of the same quads (graph.trig's named graphs
  and the union as the default graph, in one TriG file); queries are `Store.query` on the same
  store folder as kg, reading every value of every row
- the two loads take turns (--load-rounds, medians), and `kg.store.build_store` (what `kg query`
  and `kg serve` run when the store is missing or stale) is timed once beside them, with the
  build's graph.ttl beside graph.trig and from graph.trig alone
- kg and pyoxigraph take turns on each query (medians of 3 to 25 rounds), so a busy moment of
  the machine slows both alike
- rdflib: rdflib's in-memory Dataset (default_union) parsing graph.trig, every row read, one
  cold run per query (the aggregate first)

rdflib runs in a child process with a time budget (--rdflib-budget, 120 s by default); past it,
the rest of its figures are reported as skipped. Run: python bench/bench_sparql.py [--sizes 10k,100k,1M]

`--built OUT` compares only the loads, on the graph.trig and graph.ttl of a real build in OUT
(e.g. of bench/make_archive.py's archive): python bench/bench_sparql.py --built OUT [--load-rounds 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

from kg.serialize import prologue

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
TRIPLES_PER_DOCUMENT = 200
AGGREGATE = """# Aggregate: events per class and status (bench only).
SELECT ?class ?status (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event a ?class ; pk:status ?status .
} GROUP BY ?class ?status ORDER BY ?class ?status
"""
PROLOGUE = prologue()  # graph.trig's own, so that its blocks go to the store as a build sends them
STATUSES = ["pk:Completed", "pk:InProgress", "pk:Planned", "pk:Postponed", "pk:Cancelled"]
ORG_CLASSES = ["pk:GovernmentBody", "pk:Company", "pk:Investor", "pk:Hospital", "pk:University", "pk:Organization"]
BASE = "https://w3id.org/policy-kg/id/"
SURNAMES = "김이박최정강조윤장임"
GIVEN = "민서준우도현지훈예은수아하윤시우"


class Document:
    """Writes one document's named graph, the way kg.graph.GraphBuilder shapes it."""

    def __init__(self, index: int, rng: random.Random, pools: dict[str, int]):
        self.path = f"doc/synth-{index:06d}"
        self.doc = iri(self.path)
        self.rng, self.pools, self.lines, self.sentences = rng, pools, [], []
        self.described: set[str] = set()

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.lines.append(f"  {subject} {predicate} {obj} .")

    def sentence(self, n: int) -> str:
        node = iri(f"{self.path}/sentence/{n * 100}-{n * 100 + 80}")
        self.add(node, "a", "pk:Evidence")
        self.add(node, "pk:text", f'"합성 문장 {n}: 중소벤처기업부는 협력 방안을 논의하였다."')
        self.add(node, "pk:document", self.doc)
        self.add(node, "pk:start", str(n * 100))
        self.add(node, "pk:end", str(n * 100 + 80))
        self.sentences.append(node)
        return node

    def entity(self, kind: str) -> str:
        number = self.rng.randrange(self.pools[kind])
        node = iri(f"{kind}/e{number}")
        if node not in self.described:
            self.described.add(node)
            if kind == "person":
                name = SURNAMES[number % 10] + GIVEN[number % 7 * 2: number % 7 * 2 + 2] + str(number)
                cls = "pk:Person"
            elif kind == "place":
                name, cls = f"도시{number}", "pk:Place"
            else:
                name, cls = f"기관{number}", ORG_CLASSES[number % len(ORG_CLASSES)]
            self.add(node, "a", cls)
            self.add(node, "rdfs:label", f'"{name}"@ko')
            self.add(node, "skos:prefLabel", f'"{name}"@ko')
            self.add(node, "rdfs:label", f'"Name {number}"@en')
            self.add(node, "prov:wasDerivedFrom", self.rng.choice(self.sentences))
            if kind == "person":
                self.add(node, "pk:title", '"대표"@ko')
                self.relation(node, "pk:affiliatedWith", iri(f"org/e{number % self.pools['org']}"))
        return node

    def relation(self, subject: str, predicate: str, obj: str) -> None:
        self.add(subject, predicate, obj)
        key = zlib.crc32(f"{subject} {predicate} {obj}".encode("utf-8"))
        statement = iri(f"{self.path}/statement/{key:08x}")
        self.add(statement, "a", "rdf:Statement")
        self.add(statement, "rdf:subject", subject)
        self.add(statement, "rdf:predicate", predicate)
        self.add(statement, "rdf:object", obj)
        self.add(statement, "prov:wasDerivedFrom", self.rng.choice(self.sentences))

    def event(self, name: str, cls: str, label: str) -> str:
        node = iri(f"event/{self.path}/{name}")
        self.add(node, "a", cls)
        self.add(node, "rdfs:label", f'"{label}"@ko')
        self.add(node, "skos:prefLabel", f'"{label}"@ko')
        self.add(node, "pk:status", self.rng.choice(STATUSES))
        self.add(node, "pk:date", f'"--{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"^^xsd:gMonthDay')
        self.add(node, "pk:place", self.entity("place"))
        self.add(node, "prov:wasDerivedFrom", self.rng.choice(self.sentences))
        return node

    def write(self) -> str:
        self.add(self.doc, "a", "pk:Document")
        self.add(self.doc, "pk:title", '"합성 기사"@ko')
        self.add(self.doc, "rdfs:label", '"합성 기사"@ko')
        self.add(self.doc, "skos:prefLabel", '"합성 기사"@ko')
        self.add(self.doc, "pk:sourceLocation", f'"{self.path[4:]}.txt"')
        for n in range(6):
            self.sentence(n)
        meeting = self.event("meeting", "pk:Meeting", "라운드 테이블")
        self.relation(self.entity("org"), "pk:organized", meeting)
        for _ in range(4):
            self.relation(self.entity("person"), "pk:attended", meeting)
        signing = self.event("mou", "pk:AgreementSigning", "업무협약")
        first, second = self.entity("org"), self.entity("org")
        for party in (first, second):
            self.add(signing, "pk:party", party)
        self.relation(first, "pk:signedMOUWith", second)
        investment = self.event("investment", "pk:Investment", "투자유치")
        amount = iri(f"event/{self.path}/investment/amount")
        self.add(investment, "pk:amount", amount)
        self.add(amount, "a", "schema:MonetaryAmount")
        self.add(amount, "schema:value", f'"{self.rng.randint(1, 900) * 100000000}"^^xsd:decimal')
        self.add(amount, "schema:currency", '"KRW"')
        self.add(investment, "pk:investor", self.entity("org"))
        self.add(investment, "pk:investee", self.entity("org"))
        number = self.rng.randrange(self.pools["program"])
        program = iri(f"program/p{number}")
        self.add(program, "a", "pk:Program")
        self.add(program, "skos:prefLabel", f'"프로그램 {number}"@ko')
        self.add(program, "pk:status", "pk:Planned")
        self.relation(self.entity("org"), "pk:plans", program)
        return f"{self.doc} {{\n" + "\n".join(self.lines) + "\n}\n"


def iri(path: str) -> str:
    return f"<{BASE}{path}>"


def write_graph(target: Path, triples: int, seed: int = 7) -> int:
    """A synthetic graph.trig of about `triples` quads; returns the number of documents."""
    documents = max(1, triples // TRIPLES_PER_DOCUMENT)
    rng = random.Random(seed)
    pools = {"person": max(10, documents * 2), "org": max(10, documents // 2), "place": 50, "program": max(5, documents // 10)}
    with target.open("w", encoding="utf-8") as handle:
        handle.write(PROLOGUE)
        for index in range(documents):
            handle.write(Document(index, rng, pools).write())
    return documents


def timed(action, repeat: int = 3, warm_up: bool = True) -> float:
    """Median wall time in milliseconds over `repeat` runs, after one warm-up run."""
    if warm_up:
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def interleaved(actions: dict[str, object], budget_seconds: float = 3.0, least: int = 3, most: int = 25) -> dict[str, float]:
    """Median milliseconds of each action, run in turns so that a busy moment of the machine hits all alike."""
    for action in actions.values():
        action()
    times: dict[str, list[float]] = {name: [] for name in actions}
    started = time.perf_counter()
    while len(times[next(iter(times))]) < most and (len(times[next(iter(times))]) < least or time.perf_counter() - started < budget_seconds):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(found) for name, found in times.items()}


def queries() -> dict[str, str]:
    from kg.query import examples

    found = {item.name: item.text for item in examples()}
    found["aggregate"] = AGGREGATE
    return found


def write_union(out: Path) -> None:
    """graph.ttl beside a synthetic graph.trig: the union of its graphs, written as kg build writes it."""
    import pyoxigraph as ox

    from kg.serialize import joined, write_turtle_joined

    lines = {joined((str(q.subject), str(q.predicate), str(q.object))) for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)}
    with open(out / "graph.ttl", "w", encoding="utf-8", newline="\n") as handle:
        write_turtle_joined(handle, sorted(lines))


class LoadInputs:
    """What kg build hands its store loader, taken from a build's files: graph.trig's prologue and
    its named graphs' blocks, the union's triples (joined strings), and the quads in all."""

    def __init__(self, out: Path):
        from kg.serialize import block_lines, prologue

        self.trig, self.union = out / "graph.trig", out / "graph.ttl"
        data = self.trig.read_bytes()
        self.head = prologue().encode("utf-8")
        if not data.startswith(self.head):
            raise SystemExit(f"{self.trig}: does not start with kg's prologue")
        self.blocks = [block + b"}\n" for block in data[len(self.head):].split(b"}\n") if block.strip()]
        self.lines = block_lines(self.union.read_text(encoding="utf-8"))
        self.quads = None

    def write_all(self, target: Path) -> Path:
        """The same quads for a raw load: graph.trig, then graph.ttl's triples (top-level in TriG: the default graph)."""
        with open(target, "wb") as handle:
            handle.write(self.trig.read_bytes())
            handle.write(b"\n")
            handle.write(self.union.read_bytes())
        return target


def load_as_built(inputs: LoadInputs, folder: Path, batch: int = 2000) -> float:
    """Seconds for kg build's store-load step: a StoreFeed fed each block and the union's triples, flushed and stamped."""
    from kg.store import StoreFeed

    start = time.perf_counter()
    feed = StoreFeed(folder, inputs.trig, inputs.head).start()
    for block in inputs.blocks:
        feed.add_graph(block)
    for k in range(0, len(inputs.lines), batch):
        feed.add_union(inputs.lines[k:k + batch])
    feed.trig_written()
    feed.finish(inputs.quads or 0)
    return time.perf_counter() - start


def load_raw(path: Path, folder: Path) -> float:
    """Seconds for one plain pyoxigraph bulk_load of a file into a new on-disk store."""
    import pyoxigraph as ox

    start = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    store.flush()
    elapsed = time.perf_counter() - start
    del store
    return elapsed


def compare_loads(out: Path, rounds: int, keep_store: bool = False) -> dict:
    """kg build's store load against a raw bulk_load of the same quads, in turns; medians in seconds.

    With keep_store the last kg load is left in out/store (stamped: what kg query then reads)."""
    import shutil

    import pyoxigraph as ox

    from kg.store import build_store, store_dir

    inputs = LoadInputs(out)
    scratch = Path(tempfile.mkdtemp(dir=out, prefix="load-"))
    try:
        combined = inputs.write_all(scratch / "all.trig")
        kg_times, raw_times = [], []
        for round_ in range(rounds):
            folder = scratch / f"raw-{round_}"
            raw_times.append(load_raw(combined, folder))
            if inputs.quads is None:
                inputs.quads = len(ox.Store.read_only(str(folder)))
            shutil.rmtree(folder)
            target = store_dir(out) if keep_store and round_ == rounds - 1 else scratch / f"kg-{round_}"
            kg_times.append(load_as_built(inputs, target))
            quads = len(ox.Store.read_only(str(target / "oxigraph")))
            if quads != inputs.quads:
                raise SystemExit(f"kg's load holds {quads} quads, the raw load {inputs.quads}")
            if target != store_dir(out):
                shutil.rmtree(target)
        rebuilds = {}
        for name, files in (("beside graph.ttl", (inputs.trig, inputs.union)), ("from graph.trig alone", (inputs.trig,))):
            rebuilt = scratch / f"rebuilt-{len(rebuilds)}"
            rebuilt.mkdir()
            for path in files:
                (rebuilt / path.name).symlink_to(path)
            start = time.perf_counter()
            build_store(rebuilt)
            rebuilds[name] = time.perf_counter() - start
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {"kg": statistics.median(kg_times), "raw": statistics.median(raw_times), "rebuilds": rebuilds,
            "quads": inputs.quads, "kg all": kg_times, "raw all": raw_times}


def print_loads(label: str, loads: dict) -> None:
    print(f"store load, {label} ({loads['quads']:,} quads): kg build's {loads['kg']:.2f} s, raw bulk_load {loads['raw']:.2f} s, "
          f"ratio {loads['kg'] / loads['raw']:.2f}x (target <= 1.2x; rounds: kg {', '.join(f'{t:.2f}' for t in loads['kg all'])}; "
          f"raw {', '.join(f'{t:.2f}' for t in loads['raw all'])}); build_store (kg query's rebuild of a missing store) "
          + "; ".join(f"{name} {seconds:.2f} s, {seconds / loads['raw']:.2f}x" for name, seconds in loads["rebuilds"].items()), flush=True)


def bench_queries(out: Path, texts: dict[str, str]) -> tuple[dict, dict]:
    """kg's run_query (csv, table) and raw pyoxigraph on the same store folder, every value read."""
    import pyoxigraph as ox

    from kg.query import run_query
    from kg.store import PREFIX_IRIS, store_dir

    store = ox.Store.read_only(str(store_dir(out) / "oxigraph"))

    def raw(text: str) -> int:
        count = 0
        for solution in store.query(text, prefixes=PREFIX_IRIS):
            count += 1
            for term in solution:
                if term is not None:
                    term.value
        return count

    kg: dict = {}
    pyox: dict = {}
    for name, text in texts.items():
        found = interleaved({
            "csv": lambda text=text: run_query(out, text, "csv"),
            "table": lambda text=text: run_query(out, text, "table"),
            "raw": lambda text=text: raw(text),
        })
        kg[name], kg[name + ":table"], pyox[name] = found["csv"], found["table"], found["raw"]
        kg[name + ":rows"] = len(run_query(out, text, "csv").splitlines()) - 1
        pyox[name + ":rows"] = raw(text)
    return kg, pyox


def _rdflib_child(trig: str, texts: dict[str, str], answers) -> None:
    from rdflib import Dataset

    from kg.namespaces import sparql_prologue

    start = time.perf_counter()
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    dataset.default_union = True
    answers.put(("load", time.perf_counter() - start))
    for name in sorted(texts, key=lambda name: name != "aggregate"):
        found: list = []
        answers.put((name, timed(lambda text=texts[name]: found.append(len([tuple(row) for row in dataset.query(sparql_prologue() + text)])), repeat=1, warm_up=False)))
        answers.put((name + ":rows", found[-1]))


def bench_rdflib(out: Path, texts: dict[str, str], budget: float) -> dict:
    """rdflib in a child process, stopped when it runs past the budget."""
    context = multiprocessing.get_context("spawn")
    answers = context.Queue()
    child = context.Process(target=_rdflib_child, args=(str(out / "graph.trig"), texts, answers), daemon=True)
    child.start()
    figures: dict = {}
    deadline = time.monotonic() + budget
    try:
        while len(figures) < 2 * len(texts) + 1 and time.monotonic() < deadline:
            try:
                name, value = answers.get(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
                figures[name] = value
            except Exception:  # noqa: BLE001 - queue.Empty: keep waiting until the deadline
                if not child.is_alive() and answers.empty():
                    break
    finally:
        if child.is_alive():
            child.kill()
        child.join(timeout=10)
    return figures


def report(label: str, triples: int, kg: dict, raw: dict, memory: dict, budget: float) -> None:
    def ms(value) -> str:
        return "skipped" if value is None else f"{value:.1f}"

    def ratio(a, b) -> str:
        return f"{a / b:.2f}x" if a is not None and b else "-"

    print(f"\n== {label}: {triples:,} quads (rdflib budget {budget:.0f} s; 'skipped' = past it) ==")
    print(f"{'':12} {'rows':>7} {'kg csv ms':>10} {'kg table ms':>12} {'pyoxigraph ms':>14} {'rdflib ms':>11} {'csv/pyox':>9} {'table/pyox':>11} {'rdflib/pyox':>12}")
    load = memory.get("load")
    print(f"{'load (s)':12} {'':>7} {kg['load']:>10.2f} {'':>12} {raw['load']:>14.2f} {'skipped' if load is None else f'{load:.2f}':>11} {ratio(kg['load'], raw['load']):>9} {'':>11} {ratio(load, raw['load']):>12}")
    for name in (key for key in kg if key != "load" and ":" not in key):
        rows = f"{kg[name + ':rows']}"
        if raw[name + ":rows"] != kg[name + ":rows"] or memory.get(name + ":rows", kg[name + ":rows"]) != kg[name + ":rows"]:
            rows += f" (pyox {raw[name + ':rows']}, rdflib {memory.get(name + ':rows')})"
        print(f"{name:12} {rows:>7} {ms(kg[name]):>10} {ms(kg[name + ':table']):>12} {ms(raw[name]):>14} {ms(memory.get(name)):>11} "
              f"{ratio(kg[name], raw[name]):>9} {ratio(kg[name + ':table'], raw[name]):>11} {ratio(memory.get(name), raw[name]):>12}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: " + ",".join(SIZES))
    parser.add_argument("--rdflib-budget", type=float, default=120.0, help="seconds rdflib may take per size (load and all queries)")
    parser.add_argument("--load-rounds", type=int, default=3, help="turns of kg's load and the raw load (medians)")
    parser.add_argument("--built", type=Path, help="only compare the loads, on a real build's graph.trig and graph.ttl in this folder")
    args = parser.parse_args(argv)
    if args.built:
        print_loads(str(args.built), compare_loads(args.built, args.load_rounds))
        return
    texts = queries()
    for label in args.sizes.split(","):
        with tempfile.TemporaryDirectory(prefix=f"kg-bench-{label}-") as folder:
            out = Path(folder)
            documents = write_graph(out / "graph.trig", SIZES[label])
            import pyoxigraph as ox

            quads = sum(1 for _ in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
            print(f"\n{label}: {documents} documents, {quads:,} quads, graph.trig {(out / 'graph.trig').stat().st_size / 1e6:.1f} MB", flush=True)
            write_union(out)
            loads = compare_loads(out, args.load_rounds, keep_store=True)
            print_loads(label, loads)
            kg, raw = bench_queries(out, texts)
            kg["load"], raw["load"] = loads["kg"], loads["raw"]
            memory = bench_rdflib(out, texts, args.rdflib_budget)
            report(label, quads, kg, raw, memory, args.rdflib_budget)


if __name__ == "__main__":
    main()
