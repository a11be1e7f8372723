"""A synthetic archive for build benchmarks: N articles made from the real ones, names, dates and sums varied.

Sources are the seed (data/articles) and the development articles (../shared/corpus/dev) except
the held-out ones. Each copy gets other dates (years, months, days), other sums and other
people's names, and lands in YEAR/MONTH/ folders, so one name recurs in many folders as it does
in a real archive. The same N and seed give the same files.

Run: python bench/make_archive.py OUT_DIR [--articles N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus" / "dev"]
HELD_OUT = {f"d{n:02d}" for n in (11, 16, 21, 26, 31, 36, 41, 46, 51)}
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "민서준지현우도하윤예은수영재성진혜경태호상훈미정선희동규석"
TITLES = "장관|차관|대표|원장|기자|청장|회장|이사장|사장|교수|의원|본부장|실장|국장|과장|센터장"

DATE_MONTH_DAY = re.compile(r"(\d{1,2})월 (\d{1,2})일")
YEAR = re.compile(r"(20[0-2]\d)년")
ISO_DATE = re.compile(r"(20[0-2]\d)([-./])(\d{1,2})\2(\d{1,2})")
SUM = re.compile(r"(\d[\d,]*)(\s?)(조|억|만)(\s?원)")
PERSON = re.compile(r"(?<![가-힣])([가-힣]{2}[^부청처회국실과단시도군구원사])(\s)(" + TITLES + r")")


def source_articles() -> list[Path]:
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            if path.stem.split("_")[0] not in HELD_OUT:
                found.append(path)
    return found


def vary(text: str, rng: random.Random) -> tuple[str, int, int]:
    """The text with dates, sums and people's names changed; and the year and month it is filed under."""
    year, month = rng.randint(2010, 2026), rng.randint(1, 12)
    names: dict[str, str] = {}

    def person(match: re.Match) -> str:
        name = names.setdefault(match.group(1), rng.choice(SURNAMES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES))
        return name + match.group(2) + match.group(3)

    text = DATE_MONTH_DAY.sub(lambda m: f"{rng.randint(1, 12)}월 {rng.randint(1, 28)}일", text)
    text = YEAR.sub(lambda m: f"{year}년", text)
    text = ISO_DATE.sub(lambda m: f"{year}{m.group(2)}{month:02d}{m.group(2)}{rng.randint(1, 28):02d}", text)
    text = SUM.sub(lambda m: f"{rng.randint(1, 9999):,}{m.group(2)}{m.group(3)}{m.group(4)}", text)
    text = PERSON.sub(person, text)
    return text, year, month


def make_archive(target: Path, articles: int, seed: int = 2026) -> list[Path]:
    """Write the archive under target (emptied first); return its files in build order."""
    rng = random.Random(seed)
    sources = [(path, path.read_text(encoding="utf-8", errors="replace")) for path in source_articles()]
    if target.exists():
        shutil.rmtree(target)
    written = []
    for number in range(articles):
        path, text = sources[number % len(sources)]
        varied, year, month = vary(text, rng)
        folder = target / f"{year}" / f"{month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = folder / f"{path.stem}.txt"
        if name.exists():
            name = folder / f"{path.stem}-{number}.txt"
        name.write_text(varied, encoding="utf-8")
        written.append(name)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    files = make_archive(args.target, args.articles, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"wrote {len(files)} articles ({size / 1e6:.1f} MB) under {args.target}")


if __name__ == "__main__":
    main()
