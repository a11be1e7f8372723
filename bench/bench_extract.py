"""Extraction throughput against Kiwi alone, on the seed and the development articles.

Prints, per article, the time Kiwi takes to tokenize it and the time the whole extraction takes
(cleaning, sentences, mentions, resolution, relations), and their ratio; the target is at most 2x.
Run: python bench/bench_extract.py [ARTICLE...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from kg.clean import clean_page
from kg.errors import InputError
from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.morph import analyzer
from kg.read import read_article_file

REPO = Path(__file__).resolve().parents[1]
DEFAULT = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus" / "dev"]
ROUNDS = 20


def medians(first, second, rounds: int = ROUNDS) -> tuple[float, float]:
    """The median times of two actions run in alternation, so that a change in the machine's load
    (other processes on a shared machine) weighs on both alike rather than on whichever ran then."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for action, spent in zip((first, second), times):
            start = time.perf_counter()
            action()
            spent.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main(paths: list[Path]) -> None:
    lexicon = load_lexicon()
    kiwi = analyzer(lexicon)
    files = [p for path in paths for p in (sorted(path.glob("*.txt")) if path.is_dir() else [path])]
    pages = []
    for path in files:
        raw = read_article_file(path)
        try:
            for article in clean_page(raw, lexicon):
                extract_article(article, lexicon)
        except InputError as exc:
            print(f"skipped: {exc}")
            continue
        pages.append((path, raw))
    print(f"{'article':45} {'chars':>6} {'kiwi ms':>8} {'extract ms':>10} {'ratio':>6}")
    ratios = []
    for path, raw in pages:
        kiwi_time, extract_time = medians(lambda: kiwi.tokenize(raw.text),
                                          lambda: [extract_article(a, lexicon) for a in clean_page(raw, lexicon)])
        ratio = extract_time / kiwi_time
        ratios.append(ratio)
        print(f"{path.name[:45]:45} {len(raw.text):6d} {kiwi_time * 1000:8.1f} {extract_time * 1000:10.1f} {ratio:6.2f}")
    print(f"median ratio extraction/kiwi: {statistics.median(ratios):.2f} (target <= 2.00)")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
