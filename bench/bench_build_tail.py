"""What of `kg build --jobs N` is serial: the stages before and after the per-file stage, timed, and the speed-up they allow.

Each build runs in a child process (as bench_archive's do: `--no-html --validate none`, no cache)
that marks its stages: start-up (imports, reading and hashing the files), Kiwi's start in the
build's process (before the workers fork and share it), the per-file stage, and the tail (linking,
graph.trig, graph.ttl, the store, the commit). For each it prints wall seconds and CPU seconds:
the build's main thread, the whole build process (with the store loader's thread) and the workers.

CPU times hold on a busy machine, wall times do not; so besides the measured walls it prints the
wall `--jobs 2` would take on two idle cores, from CPU times: the serial parts as measured in CPU
(the tail as the longer of the main thread and the loader's thread), plus the workers' CPU of the
per-file stage spread over two cores; and the speed-up over `--jobs 1` that follows.
Run: python bench/bench_build_tail.py [--articles 500] [--archive DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, resource, sys, time
T0, P0 = time.perf_counter(), time.process_time()
marks = []
def mark(label):
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    marks.append((label, time.perf_counter() - T0, time.thread_time(), time.process_time() - P0, children.ru_utime + children.ru_stime))
from pathlib import Path
import kg.pipeline as pipeline, kg.parallel as parallel
mark("imported")
def wrap(module, name, before, after):
    original = getattr(module, name)
    def wrapped(*args, **kwargs):
        mark(before)
        try:
            return original(*args, **kwargs)
        finally:
            mark(after)
    setattr(module, name, wrapped)
wrap(parallel, "_warm_analyzer", "kiwi start", "kiwi ready")
wrap(parallel, "run_tasks", "per-file stage start", "per-file stage end")
import kg.store as store, kg.serialize as serialize
wrap(serialize, "write_turtle_joined", "graph.ttl start", "graph.ttl written")
wrap(store.StoreFeed, "finish", "store wait start", "store loaded")
if __name__ == "__main__":
    options = pipeline.BuildOptions(inputs=[Path(sys.argv[1])], out_dir=Path(sys.argv[2]), html=False, validate="none",
                                    jobs=int(sys.argv[3]), cache=False, progress=False)
    pipeline.build(options)
    mark("built")
    print(json.dumps(marks))
'''


def timed_build(archive: Path, out: Path, jobs: int) -> dict[str, tuple]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(archive), str(out), str(jobs)], cwd=REPO,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build failed: {result.stderr[-1000:]}")
    return {label: values for label, *values in json.loads(result.stdout.strip().splitlines()[-1])}


def stages(marks: dict[str, tuple]) -> list[tuple[str, float, float, float, float]]:
    """(stage, wall, main-thread CPU, process CPU, workers' CPU) for each stage."""
    order = ["imported", "per-file stage start", "kiwi start", "kiwi ready", "per-file stage end", "graph.ttl start", "graph.ttl written",
             "store wait start", "store loaded", "built"]
    present = [label for label in order if label in marks]
    rows, previous = [], (0.0, 0.0, 0.0, 0.0)
    names = {"imported": "imports", "per-file stage start": "files read and hashed", "kiwi start": "(to Kiwi)", "kiwi ready": "Kiwi's start",
             "per-file stage end": "per-file stage", "graph.ttl start": "tail: graph.trig", "graph.ttl written": "tail: graph.ttl",
             "store wait start": "tail: (to the store)", "store loaded": "tail: store wait", "built": "tail: commit"}
    for label in present:
        current = marks[label]
        rows.append((names[label], *(now - before for now, before in zip(current, previous))))
        previous = current
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--archive", type=Path, default=None, help="an archive made by bench/make_archive.py (made in a temporary folder if not given)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-tail-") as folder:
        archive = args.archive
        if archive is None:
            from make_archive import make_archive

            archive = Path(folder) / "archive"
            make_archive(archive, args.articles)
        found: dict[int, list[dict]] = {1: [], 2: []}
        for round_number in range(args.rounds):
            for jobs in (1, 2):
                found[jobs].append(timed_build(archive, Path(folder) / f"out-{jobs}-{round_number}", jobs))
        estimate = {}
        for jobs in (1, 2):
            marks = found[jobs][-1]
            print(f"--jobs {jobs}: stage                     wall s   main thread CPU s   process CPU s   workers' CPU s")
            for name, wall, thread, process, children in stages(marks):
                print(f"          {name:24} {wall:8.2f} {thread:19.2f} {process:15.2f} {children:16.2f}")
            rows = {name: (thread, process, children) for name, wall, thread, process, children in stages(marks)}
            serial = sum(rows[name][0] for name in rows if name != "per-file stage" and not name.startswith("tail"))
            tail_thread = sum(rows[name][0] for name in rows if name.startswith("tail"))
            tail_process = sum(rows[name][1] for name in rows if name.startswith("tail"))
            loader = tail_process - tail_thread
            # The store's loader (Oxigraph's bulk loader: several threads) runs beside the main thread: the tail
            # takes between the longer of the two (loader on one core) and their sum spread over both cores.
            tails = (max(tail_thread, (tail_thread + loader) / 2), max(tail_thread, loader))
            per_file = rows["per-file stage"][1] if jobs == 1 else rows["per-file stage"][2] / 2
            estimate[jobs] = tuple(serial + per_file + tail for tail in tails)
            print(f"          on two idle cores: serial {serial:.2f} s + per-file {per_file:.2f} s + tail {tails[0]:.2f} to {tails[1]:.2f} s "
                  f"(main thread {tail_thread:.2f}, store loader {loader:.2f} s CPU) = {estimate[jobs][0]:.2f} to {estimate[jobs][1]:.2f} s "
                  f"(measured wall {marks['built'][0]:.2f} s)")
        print(f"speed-up of --jobs 2 on two idle cores, from CPU times: {estimate[1][0] / estimate[2][0]:.2f} (loader spread over both cores) "
              f"to {estimate[1][1] / estimate[2][1]:.2f} (loader on one core); measured walls: {found[1][-1]['built'][0] / found[2][-1]['built'][0]:.2f}")


if __name__ == "__main__":
    main()
