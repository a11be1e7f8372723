"""`kg query` and `kg serve` as whole processes, against the smallest thing that does the same job.

- `kg query` (the installed `kg` script, csv output) against a minimal pyoxigraph script that opens
  the same store read-only, runs the same query with the same prefixes and writes CSV: each a new
  process per run, taking turns, medians. A selective lookup shows start-up; an aggregate shows work.
- `kg serve` against `oxigraph serve-read-only` on the same store folder: CLIENTS keep-alive
  connections (threads with http.client) send a selective query, the two servers taking turns
  (TURNS turns, SECONDS each in all); answers/s and each server's CPU time per answer.
  The client is Python too, so on a small machine it caps both servers' figures alike.

The graph is bench_sparql's synthetic graph (one named graph per document, shared entities,
reified relations). Run: python bench/bench_query_process.py [--triples 100000] [--serve]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import AGGREGATE, BASE, write_graph  # noqa: E402

SELECTIVE = f"SELECT ?label WHERE {{ <{BASE}person/p1> rdfs:label ?label }}"
MINIMAL_SCRIPT = '''import sys
import pyoxigraph as ox
PREFIXES = {prefixes!r}
store = ox.Store.read_only(sys.argv[1])
store.query(sys.argv[2], prefixes=PREFIXES).serialize(sys.stdout.buffer, format=ox.QueryResultsFormat.CSV)
'''


# Children may write bytecode, as an ordinary install has it: without it every run would compile kg's source again.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def runs(commands: dict[str, list[str]], rounds: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU (user + system) milliseconds of each command as a new process, in turns, after a warm-up each.

    CPU time is the steadier figure on a shared machine: waiting for a core counts in wall time only.
    """
    for command in commands.values():
        subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)
            walls[name].append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in commands}


def bench_query(out: Path, rounds: int) -> None:
    from kg.namespaces import PREFIXES

    script = out / "minimal.py"
    script.write_text(MINIMAL_SCRIPT.format(prefixes=dict(PREFIXES)), encoding="utf-8")
    kg_script = Path(sys.executable).with_name("kg")
    data = out / "store" / "oxigraph"
    print("query        kg query ms (wall/cpu)  pyoxigraph script ms (wall/cpu)  ratio wall  ratio cpu")
    for name, text in (("selective", SELECTIVE), ("aggregate", AGGREGATE)):
        kg_output = subprocess.run([str(kg_script), "query", "-o", str(out), "--format", "csv", text], check=True, capture_output=True).stdout
        raw_output = subprocess.run([sys.executable, str(script), str(data), text], check=True, capture_output=True).stdout
        assert kg_output.splitlines()[1:] == raw_output.splitlines()[1:] or sorted(kg_output.splitlines()) == sorted(raw_output.splitlines()), name
        found = runs({"kg": [str(kg_script), "query", "-o", str(out), "--format", "csv", text],
                      "raw": [sys.executable, str(script), str(data), text]}, rounds)
        (kg_wall, kg_cpu), (raw_wall, raw_cpu) = found["kg"], found["raw"]
        print(f"{name:12} {kg_wall:13.0f} / {kg_cpu:4.0f}  {raw_wall:24.0f} / {raw_cpu:4.0f}  {kg_wall / raw_wall:10.2f}  {kg_cpu / raw_cpu:9.2f}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path + "?" + urllib.parse.urlencode({"query": "ASK {}"}), headers={"Accept": "application/sparql-results+json"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"no server on port {port} after {seconds} s")


def throughput(port: int, path: str, clients: int, seconds: float) -> float:
    """Answers per second of `clients` keep-alive connections sending a selective query."""
    target = path + "?" + urllib.parse.urlencode({"query": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + SELECTIVE})
    counts = [0] * clients
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            connection.request("GET", target, headers={"Accept": "application/sparql-results+json"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                counts[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.monotonic() - start)


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and all its descendants, from /proc."""
    total, stack = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (OSError, IndexError, ValueError):
            continue
    return total


def bench_serve(out: Path, clients: int, seconds: float, rounds: int = 5) -> None:
    """Both servers in turns (rounds of seconds/rounds each), so a change in the machine's load falls on both alike.

    Besides answers per second, each server's own CPU time per answer (its process tree) is printed:
    on a shared machine that figure moves least, and on a saturated two-core machine throughput
    goes as 1 / (client's + server's CPU per answer).
    """
    kg_port, ox_port = free_port(), free_port()
    kg_script = Path(sys.executable).with_name("kg")
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    servers = {
        "kg serve": (kg_port, "/sparql", subprocess.Popen([str(kg_script), "serve", "-o", str(out), "--port", str(kg_port)],
                                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)),
        "oxigraph serve-read-only": (ox_port, "/query", subprocess.Popen(
            [oxigraph, "serve-read-only", "--location", str(out / "store" / "oxigraph"), "--bind", f"127.0.0.1:{ox_port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)),
    }
    try:
        for port, path, _ in servers.values():
            wait_for(port, path)
        answers = {name: 0.0 for name in servers}
        spent = {name: 0.0 for name in servers}
        cpu = {name: 0.0 for name in servers}
        for _ in range(rounds):
            for name, (port, path, process) in servers.items():
                before = tree_cpu(process.pid)
                rate = throughput(port, path, clients, seconds / rounds)
                cpu[name] += tree_cpu(process.pid) - before
                answers[name] += rate * seconds / rounds
                spent[name] += seconds / rounds
        rates = {name: answers[name] / spent[name] for name in servers}
        kg_rate, ox_rate = rates["kg serve"], rates["oxigraph serve-read-only"]
        print(f"serve ({clients} keep-alive clients, {rounds} turns of {seconds / rounds:g} s each): kg serve {kg_rate:.0f}/s, "
              f"oxigraph serve-read-only {ox_rate:.0f}/s, ratio {kg_rate / ox_rate:.2f}")
        print("server CPU per answer: " + ", ".join(f"{name} {cpu[name] / max(1, answers[name]) * 1e6:.0f} us" for name in servers)
              + f"; load average {os.getloadavg()[0]:.1f}")
    finally:
        for _, _, server in servers.values():
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=lambda text: int(re.sub(r"[kK]$", "000", re.sub(r"[mM]$", "000000", text))), default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--serve", action="store_true", help="also compare kg serve with oxigraph serve-read-only")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0, help="per server, spread over --turns")
    parser.add_argument("--turns", type=int, default=5, help="the servers take turns this many times")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="build the graph and store in DIR and keep them; a later run with the same DIR reuses them (a 1M-triple store takes minutes)")
    parser.add_argument("--no-query", action="store_true", help="skip the kg query comparison")
    args = parser.parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args, args.keep)
        return
    with tempfile.TemporaryDirectory(prefix="kg-bench-process-") as folder:
        run(args, Path(folder))


def flush_store(data: Path) -> None:
    """Write the store's log into its tables, as kg build's loader leaves it: build_store's union
    is one big update, and a read-only open replays an unflushed log every time (60 s at 1M triples)."""
    import pyoxigraph as ox

    store = ox.Store(str(data))
    store.flush()
    del store


def run(args, out: Path) -> None:
    from kg.store import build_store

    if not (out / "store" / "oxigraph").is_dir():
        write_graph(out / "graph.trig", args.triples)
        build_store(out)
        flush_store(out / "store" / "oxigraph")
    print(f"graph: about {args.triples} triples")
    if not args.no_query:
        bench_query(out, args.rounds)
    if args.serve:
        bench_serve(out, args.clients, args.seconds, args.turns)


if __name__ == "__main__":
    main()
