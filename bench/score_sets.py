"""Extraction scores per set, as the README's table shows them.

The held-out fifth of d07-d51 (every article whose number ends in 1 or 6, fixed before any rule
was written against the set) is never read for misses: only its scores are looked at, and they are
the estimate of quality on unseen text.

    python bench/score_sets.py            # the table
    python bench/score_sets.py --set train --misses   # misses of the rule-writing part only
    python bench/score_sets.py --by-type              # scores per class and relation (any set)
    python bench/score_sets.py --unseen DIR           # also DIR/gold/*.yaml on DIR/corpus, scores only
                                                      # (repeatable: one row per folder)
    python bench/score_sets.py --probes DIR --set probes --misses   # pages rule writers read, annotated

An --unseen folder is a set annotated to FORMAT.md by someone who writes no rules, from articles no
rule writer has read: like the held-out fifth, it is scored and never read for misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_GOLD = SHARED / "eval" / "gold" / "dev"
DEV_CORPUS = SHARED / "corpus" / "dev"


def held_out(path: Path) -> bool:
    """d11, d16, d21, ... d51: a fixed fifth of d07-d51."""
    number = int(re.match(r"d(\d+)", path.stem)[1])
    return number % 5 == 1


def sets() -> dict[str, list[Path]]:
    dev = sorted(DEV_GOLD.glob("d*.yaml"))
    return {
        "seed": sorted((SHARED / "eval" / "gold").glob("*.yaml")),
        "d01-d06": sorted((REPO / "tests" / "gold").glob("d*.yaml")),
        "train": [p for p in dev if not held_out(p)],
        "held-out": [p for p in dev if held_out(p)],
    }


def main() -> int:
    from kg.evaluate import _table
    from kg.pipeline import evaluate_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["seed", "d01-d06", "train", "held-out", "d07-d51", "probes"], action="append")
    parser.add_argument("--misses", action="store_true", help="print every miss and false fact (never for held-out)")
    parser.add_argument("--by-type", action="store_true", help="print each set's scores per class and relation (scores only)")
    parser.add_argument("--probes", type=Path, metavar="DIR",
                        help="also score DIR/gold/*.yaml on DIR/corpus: annotated pages that rule writers may read")
    parser.add_argument("--unseen", type=Path, metavar="DIR", action="append", default=[],
                        help="also score DIR/gold/*.yaml on the articles in DIR/corpus (scores only; repeatable)")
    args = parser.parse_args()
    chosen = sets()
    chosen["d07-d51"] = chosen["train"] + chosen["held-out"]
    corpora = {name: [DEV_CORPUS] for name in chosen}
    names = [n for n in args.set or ["seed", "d01-d06", "d07-d51", "train", "held-out", "probes"]
             if n != "probes" or args.probes]
    if args.probes:
        chosen["probes"] = sorted((args.probes / "gold").glob("*.yaml"))
        corpora["probes"] = [args.probes / "corpus"]
    unseen = {f"unseen {folder.name}" if len(args.unseen) > 1 else "unseen": folder for folder in args.unseen}
    for name, folder in unseen.items():
        chosen[name] = sorted((folder / "gold").glob("*.yaml"))
        corpora[name] = [folder / "corpus"]
        names = [*names, name]
    if args.misses and ({"held-out", "d07-d51"} & set(names) or unseen):
        parser.error("the held-out fifth and unseen sets are scored, never read for misses")
    print("| set | articles | mean entity F1 | mean relation F1 | entity P / R | relation P / R | violations |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in names:
        report = evaluate_gold(chosen[name], corpora[name])
        if args.misses:
            print(report.format_text(), file=sys.stderr)
        elif args.by_type:
            print(f"== {name}", *_table("entity type", report.entities), *_table("relation", report.relations),
                  sep="\n", file=sys.stderr)
        mean_e, mean_r = report.mean_f1
        e, r = report.entity_total, report.relation_total
        print(f"| {name} | {len(chosen[name])} | {mean_e:.2f} | {mean_r:.2f} | {e.precision:.2f} / {e.recall:.2f} "
              f"| {r.precision:.2f} / {r.recall:.2f} | {report.violation_count} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
