"""Build cost of an archive, as ratios measured in one run (bench/make_archive.py makes the archive).

Prints, for a synthetic archive of N articles and its first BASE articles:
- CPU seconds per article (the build process and its workers) at N and at BASE, and their ratio;
- wall time of --jobs 1 and --jobs 2 on BASE articles, and the speed-up;
- wall time of rebuilding the N-article archive after one article changed, against the full build;
- peak memory of the whole build (the build process and its workers, summed proportional set sizes);
- with --explorer, the full build also writes its explorer page (graph.html, as a default `kg build`
  does), so its peak memory includes the page; then `kg render` of the whole archive is timed
  and its peak memory sampled, and headless chromium times opening the page and painting a
  selection and a search.

Builds run as `kg build DIR -o OUT --no-html --validate none` in fresh folders, cache off except
for the incremental rebuild. Run: python bench/bench_archive.py [--articles N] [--base BASE] [--explorer]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_archive import make_archive  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FLAGS = ["--no-html", "--validate", "none", "--no-progress"]


def _pss(pid: int) -> int | None:
    """Proportional set size in bytes: resident memory, with pages shared by n processes counted 1/n in each."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def tree_rss(root: int) -> int:
    """Memory of a process and all its descendants (from /proc): summed PSS, or RSS where PSS is not available.

    Summed RSS would count the pages the processes share (Python, libraries, what a forked worker
    inherits) once per process."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        pss = _pss(pid) if pid in rss else None
        total += rss.get(pid, 0) if pss is None else pss
        stack.extend(children.get(pid, []))
    return total


def run_build(folder: Path, out: Path, *options: str, html: bool = False) -> dict:
    """Wall and CPU seconds (self and children) and peak summed memory of one kg build (with its page if html)."""
    flags = [flag for flag in FLAGS if flag != "--no-html"] if html else FLAGS
    return run_kg(["build", str(folder), "-o", str(out), *flags, *options])


def run_kg(arguments: list[str]) -> dict:
    """Wall and CPU seconds (self and children) and peak summed memory of one kg command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", *arguments],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, errors = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"kg {arguments[0]} failed ({process.returncode}): {errors.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    documents = next((int(line.split()[1]) for line in output.splitlines() if line.startswith("documents:")), 0)
    return {"wall": wall, "cpu": cpu, "peak": peak[0], "documents": documents, "output": output}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="archive size N (the issue's target: 10000)")
    parser.add_argument("--base", type=int, default=500, help="the smaller archive CPU per article is compared with")
    parser.add_argument("--explorer", action="store_true", help="also write and time the explorer page of the whole archive (chromium)")
    parser.add_argument("--search", default="중소벤처기업부", help="the name searched for in the explorer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        root = Path(scratch)
        big, small = root / f"archive-{args.articles}", root / f"archive-{args.base}"
        files = make_archive(big, args.articles)
        make_archive(small, args.base)
        size = sum(f.stat().st_size for f in files)
        print(f"archive: {args.articles} articles, {size / 1e6:.1f} MB; base: {args.base} articles")

        jobs2 = run_build(small, root / "out-base-j2", "--jobs", "2", "--no-cache")
        jobs1 = run_build(small, root / "out-base-j1", "--jobs", "1", "--no-cache")
        full = run_build(big, root / "out-full", "--jobs", "2", html=args.explorer)
        changed = files[len(files) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n중소벤처기업부는 12월 1일 서울에서 간담회를 개최했다.\n", encoding="utf-8")
        again = run_build(big, root / "out-full", "--jobs", "2")
        if "(1 extracted," not in again["output"]:
            raise SystemExit("the rebuild did not come from the cache: " + again["output"])

        explorer = []
        if args.explorer:
            from bench_render import time_in_browser

            page = root / "out-full" / "archive.html"
            render = run_kg(["render", "-o", str(root / "out-full"), "-f", str(page)])
            if page.read_bytes() != (root / "out-full" / "graph.html").read_bytes():
                raise SystemExit("kg render of the whole archive differs from the build's graph.html")
            opened, selected, searched = time_in_browser(page, args.search)
            explorer = [
                ("explorer of the whole archive (kg render)", f"{render['output'].strip().split(': ', 1)[-1]}; written in {render['wall']:.1f} s "
                 f"({render['cpu']:.1f} s CPU), {page.stat().st_size / 1e6:.1f} MB"),
                ("peak memory, kg render of the whole archive", f"{render['peak'] / 2**20:.0f} MiB"),
                ("explorer in chromium: open / selection / search", f"{opened:.1f} s / {selected * 1000:.0f} ms / {searched * 1000:.0f} ms"),
            ]

        per_small = jobs2["cpu"] / args.base
        per_big = full["cpu"] / args.articles
        rows = [
            ("CPU per article, base (--jobs 2)", f"{per_small * 1000:.0f} ms"),
            (f"CPU per article, N={args.articles} (--jobs 2)", f"{per_big * 1000:.0f} ms"),
            ("ratio N / base (target <= 1.2)", f"{per_big / per_small:.2f}"),
            ("wall, base --jobs 1", f"{jobs1['wall']:.1f} s"),
            ("wall, base --jobs 2", f"{jobs2['wall']:.1f} s"),
            ("speed-up --jobs 2 / --jobs 1 (target >= 1.7)", f"{jobs1['wall'] / jobs2['wall']:.2f}"),
            ("CPU, base --jobs 1 / --jobs 2", f"{jobs1['cpu']:.0f} s / {jobs2['cpu']:.0f} s"),
            (f"wall, full build of N={args.articles}", f"{full['wall']:.1f} s"),
            ("wall, rebuild after one article changed", f"{again['wall']:.1f} s"),
            ("ratio rebuild / full, wall (target < 0.05)", f"{again['wall'] / full['wall']:.3f}"),
            ("ratio rebuild / full, CPU", f"{again['cpu'] / full['cpu']:.3f}"),
            (f"peak memory, full build{' with its page' if args.explorer else ''} (all processes, summed PSS)", f"{full['peak'] / 2**20:.0f} MiB"),
            ("documents in the archive", str(full["documents"])),
            *explorer,
            ("load average at the end (1 min)", f"{os.getloadavg()[0]:.1f}"),
        ]
        width = max(len(name) for name, _ in rows)
        for name, value in rows:
            print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
