"""Normalization: Korean money and date expressions into values the graph can type."""

from __future__ import annotations

import re
from decimal import Decimal

from ..types import Amount, DateValue

_DIGITS = r"\d+(?:[.,]\d+)*"
_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
_SMALL = {"천": 1000, "백": 100, "십": 10}
MONEY = re.compile(
    rf"(?P<qual>최대|최소|약)?\s*(?P<num>(?:{_DIGITS}\s*[천백십]?\s*[조억만]?\s*)+)(?P<cur>원|달러|유로|엔|위안)(?P<order>대)?"
    rf"(?:\s*(?:이상|이하))?(?:\s*규모)?(?:\s*\((?P<asof>[^)]*?)기준\))?"
)
_QUAL = {"최대": "up-to", "최소": "at-least"}
_CURRENCY = {"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY"}

FULL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[년.]\s*(?P<m>\d{1,2})\s*[월.]\s*(?P<d>\d{1,2})\s*일?")
YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월(?!\s*\d)")
MONTH_DAY = re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
DOT_MONTH_DAY = re.compile(r"\((?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\)")
DAY_ONLY = re.compile(r"(?<![\d.월])(?P<d>\d{1,2})\s*일(?!간)(?!\S*기준)")
# A span of days stands for its first day: '14~15일', '10월 3∼7일' (the end is no date of its own).
RANGE_DASHES = "~∼〜-"
MONTH_DAY_RANGE = re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일?\s*[{RANGE_DASHES}]\s*\d{{1,2}}\s*일")
DAY_RANGE = re.compile(rf"(?<![\d.월~∼〜-])(?P<d>\d{{1,2}})\s*일?\s*[{RANGE_DASHES}]\s*\d{{1,2}}\s*일")
# '24일부터 28일까지', '9일부터 11일(현지시각)까지': the date the span ends on, after one it starts on.
SPAN_START = re.compile(r"\s*(?:\([^)]{0,10}\))?\s*부터")
SPAN_END = re.compile(r"\s*(?:\([^)]{0,10}\))?\s*까지")
# '…을 개최한다고 30일 밝혔다': a date between a quotative ending and the sentence's last word dates the report.
REPORTED = re.compile(r"(?<=[가-힣]고)\s+$")
LAST_WORD = re.compile(r"\s*\S+\s*$")
SOURCED = re.compile(r"\s+[^,.]{1,40}?에\s*따르면")  # '21일 가나시에 따르면': the day the source spoke
SPAN_GAP = 30  # characters at most between a span's start and its end
YEAR_ONLY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*년(?!\s*\d{1,2}\s*월)")
_DIGIT = re.compile(r"\d")
AS_OF = re.compile(r"(?P<m>\d{1,2})\.(?P<d>\d{1,2})\s*일?\s*기준")


def parse_number(text: str) -> Decimal:
    """'725억' -> 72500000000, '5천억' -> 500000000000, '1조 2천억' -> 1200000000000."""
    total = Decimal(0)
    chunk = Decimal(0)
    for number, small, unit in re.findall(rf"({_DIGITS})\s*([천백십]?)\s*([조억만]?)", text):
        value = Decimal(number.replace(",", ""))
        if small:
            value *= _SMALL[small]
        chunk += value
        if unit:
            total += chunk * _UNITS[unit]
            chunk = Decimal(0)
    return total + chunk


def find_amounts(text: str) -> list[tuple[int, int, Amount]]:
    """Money expressions with their offsets in text."""
    found: list[tuple[int, int, Amount]] = []
    if not _DIGIT.search(text):
        return found
    for match in MONEY.finditer(text):
        value = parse_number(match["num"])
        if value == 0:
            continue
        qualifier = _QUAL.get(match["qual"] or "")
        if match["order"]:
            qualifier = "order-of"
        tail = match.group(0)
        if qualifier is None and re.search(r"이상", tail):
            qualifier = "at-least"
        as_of = None
        if match["asof"]:
            as_of_match = AS_OF.search(match["asof"] + "기준")
            if as_of_match:
                as_of = f"--{int(as_of_match['m']):02d}-{int(as_of_match['d']):02d}"
        amount = Amount(value, _CURRENCY[match["cur"]], qualifier, as_of, match.group(0).strip())
        found.append((match.start(), match.end(), amount))
    return found


# Each date pattern with the characters it cannot match without (a cheap test before the pattern runs).
_DATE_PATTERNS = [
    (FULL_DATE, "", lambda m: (f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", "date")),
    (MONTH_DAY_RANGE, "월일", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (YEAR_MONTH, "년월", lambda m: (f"{m['y']}-{int(m['m']):02d}", "gYearMonth")),
    (MONTH_DAY, "월일", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (DOT_MONTH_DAY, "(.", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (YEAR_ONLY, "년", lambda m: (m["y"], "gYear")),
    (DAY_RANGE, "일", lambda m: (f"---{int(m['d']):02d}", "gDay")),
    (DAY_ONLY, "일", lambda m: (f"---{int(m['d']):02d}", "gDay")),
]


def find_dates(text: str, reference: str | None = None) -> list[tuple[int, int, DateValue]]:
    """Dates as the text states them; 'as of' dates and parts of amounts are left out."""
    if not _DIGIT.search(text):
        return []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in AS_OF.finditer(text)]
    taken += [(m.start(), m.end()) for m in MONEY.finditer(text) if m["asof"]]
    found: list[tuple[int, int, DateValue]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern, needs, render in _DATE_PATTERNS:
        if not all(char in text for char in needs):
            continue
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            lexical, datatype = render(match)
            if not _valid(lexical):
                continue
            taken.append((match.start(), match.end()))
            found.append((match.start(), match.end(), DateValue(lexical, datatype, False, match.group(0))))
    found.sort(key=lambda item: item[0])
    return [item for k, item in enumerate(found) if not (k and _ends_span(text, found[k - 1], item))
            and not (REPORTED.search(text, 0, item[0]) and LAST_WORD.fullmatch(text, item[1]))
            and not SOURCED.match(text, item[1])]


def _ends_span(text: str, before: tuple[int, int, DateValue], date: tuple[int, int, DateValue]) -> bool:
    """'24일부터 28일까지': the second date only closes the span the first opens."""
    return (date[0] - before[1] <= SPAN_GAP and SPAN_START.match(text, before[1]) is not None
            and SPAN_END.match(text, date[1]) is not None)


def _valid(lexical: str) -> bool:
    parts = re.findall(r"\d+", lexical)
    if lexical.startswith("---"):
        return 1 <= int(parts[0]) <= 31
    if lexical.startswith("--"):
        return 1 <= int(parts[0]) <= 12 and 1 <= int(parts[1]) <= 31
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        return False
    return len(parts) < 3 or 1 <= int(parts[2]) <= 31


def infer_year(date: DateValue, reference: str | None) -> DateValue:
    """Complete a month-day with the document date's year, marked as inferred."""
    if reference is None or date.datatype != "gMonthDay":
        return date
    year = reference[:4]
    return DateValue(f"{year}-{date.lexical[2:]}", "date", True, date.text)
