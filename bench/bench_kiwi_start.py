"""Kiwi's start, the serial floor of every build: constructing it, adding the lexicon's user words,
and the first analysis (when Kiwi builds its model), each in a fresh process, wall and CPU seconds.

Run: python bench/bench_kiwi_start.py [--rounds N]
Each round starts a new interpreter (a started Kiwi cannot be timed again); medians are printed.

What was tried (kiwipiepy 0.24.1): the start is about 1.0 CPU s constructing and 1.5 CPU s building the
model at the first analysis (with or without user words; adding 2,463 of them costs 0.01 s). Only
num_workers=0 leaves every token (and score) of data/articles and the dev corpus as it was, and it saves
little (0 to 0.2 CPU s, within the noise of a shared machine). load_multi_dict=False halves the start but
changes tokens ('포시즌스 호텔', '신종 코로나바이러스 감염증'), as do the typo and default dictionaries. Kiwi
holds the GIL while it starts, so a thread cannot overlap it with reading and hashing the files.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, time
from kg.lexicon import load_lexicon
from kg.morph import analyzer, user_words
lexicon = load_lexicon()
user_words(lexicon)
marks = [(time.perf_counter(), time.process_time())]
kiwi = analyzer(lexicon)
marks.append((time.perf_counter(), time.process_time()))
kiwi.tokenize("가")
marks.append((time.perf_counter(), time.process_time()))
print(json.dumps([[b[0] - a[0], b[1] - a[1]] for a, b in zip(marks, marks[1:])]))
"""

STEPS = ("construct + user words", "first analysis")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD], check=True, capture_output=True, text=True).stdout)
            for _ in range(args.rounds)]
    print(f"{'step':24} {'wall s':>7} {'cpu s':>7}   (medians of {args.rounds} fresh processes)")
    for i, step in enumerate((*STEPS, "total")):
        walls = [sum(r[j][0] for j in range(len(STEPS))) if i == len(STEPS) else r[i][0] for r in runs]
        cpus = [sum(r[j][1] for j in range(len(STEPS))) if i == len(STEPS) else r[i][1] for r in runs]
        print(f"{step:24} {statistics.median(walls):7.2f} {statistics.median(cpus):7.2f}")


if __name__ == "__main__":
    main()
