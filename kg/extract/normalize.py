"""Normalization: Korean money and date expressions into values the graph can type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..lexicon import Lexicon
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
ISO_DATE = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")  # '2029-03-15'
MONTH_PARTICLE_KIND = "month-part-particle"  # event_name_parts.tsv: a particle a month's part may take ('말부터')
MONTH_KIND = "month-part"  # event_name_parts.tsv: a part of a month after it ('7월 셋째 주', '9월 말'): the month alone dates it
YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월(?!\s*\d)")
MONTH_DAY = re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
DOT_MONTH_DAY = re.compile(r"\((?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\)")
DAY_ONLY = re.compile(r"(?<![\d.월])(?P<d>\d{1,2})\s*일(?!간)(?!\S*기준)")
# A span of days stands for its first day: '14~15일', '10월 3∼7일' (the end is no date of its own).
RANGE_DASHES = "~∼〜-"
MONTH_DAY_RANGE = re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일?\s*[{RANGE_DASHES}]\s*\d{{1,2}}\s*일")
DAY_RANGE = re.compile(rf"(?<![\d.월~∼〜-])(?P<d>\d{{1,2}})\s*일?\s*[{RANGE_DASHES}]\s*\d{{1,2}}\s*일")
# Days listed with a comma or a middle dot stand for the first of them: '13, 14일', '5월 13·14일'.
LIST_MARKS = ",·ㆍ"
MONTH_DAY_LIST = re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일?\s*[{LIST_MARKS}]\s*\d{{1,2}}\s*일")
DAY_LIST = re.compile(rf"(?<![\d.월~∼〜,·ㆍ-])(?P<d>\d{{1,2}})\s*일?\s*[{LIST_MARKS}]\s*\d{{1,2}}\s*일")
LAST_WORD = re.compile(r"\s*\S+\s*$")
SPAN_GAP = 30  # characters at most between a span's start and its end
SPAN_DASH = re.compile(rf"\s*[{RANGE_DASHES}]\s*")  # '10월 30일~11월 1일': a dash between two dates spans them
YEAR_ONLY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*년(?!대)(?!\s*\d{1,2}\s*월)")  # not a decade ("1990년대")
YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*년도?")  # a year as a word of its own ('2026년', '2027년도'): it may open a name
_DIGIT = re.compile(r"\d")
AS_OF = re.compile(r"(?P<m>\d{1,2})\.(?P<d>\d{1,2})\s*일?\s*기준")


# event_name_parts.tsv kinds of the words around dates (the grammar, not the digits, lives in the table).
SPAN_START_KIND = "span-start"  # '24일부터 28일까지': the date a span starts on
SPAN_END_KIND = "span-end"  # … and the date it ends on (no date of its own)
SOURCED_KIND = "sourced"  # '21일 가나시에 따르면': the day the source spoke
DAY_KIND = "day"  # the counter of a day ('7일'): a bracket holding one dates what stands before it
SAME_DAY_KIND = "same-day"  # '이날', '같은 날': the day the story last named (a span it opens starts then: '이날부터')
NEXT_DAY_KIND = "next-day"  # '다음날', '이튿날': the day after it
THIS_EVENT_KIND = "this-event"  # '이번 간담회에는': the event the story told, on the day it told
SAME_MONTH_KIND = "same-month"  # '같은 달 21일': a day of the month the story last named
DURATION_KIND = "duration"  # '5박 8일': a counter of nights; the count of days after it is a length, no date
POSTPONED_TO_KIND = "postponed-to"  # '4월 21일로 연기': the particle of the day an event is put off to


@dataclass(frozen=True)
class DateGrammar:
    """The grammar words around dates, compiled once per lexicon from event_name_parts.tsv (span-start, span-end,
    sourced, day, postponed-to) and the quotative ending of cues.tsv."""

    span_start: re.Pattern[str]
    span_end: re.Pattern[str]
    reported: re.Pattern[str] | None  # '…을 개최한다고 30일 밝혔다': a date between a quotative ending and the last word
    sourced: re.Pattern[str] | None
    dated_bracket: re.Pattern[str]  # '가나군(7일), 다라군(8일)': each its own day
    postponed_to: tuple[str, ...]
    duration: re.Pattern[str] | None  # what ends right before a count of days that is a length ('5박 ')
    day_word_span: re.Pattern[str] | None  # a same-day word that opens a span ('이날부터')
    month_part: re.Pattern[str] | None  # a month with a part of it and no day ('7월 셋째 주'): gMonth
    parts: dict[str, frozenset[str]]  # every kind of event_name_parts.tsv ('same-day' words for dates.py)


def _alternatives(words, spaced: bool = False) -> str:
    """The words as one regex alternation, longest first; spaced: a space inside a word may be left out."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, w.split())) if spaced else re.escape(w) for w in ordered)


def compile_date_grammar(parts: dict[str, frozenset[str]], quotatives) -> DateGrammar:
    after_bracket = r"\s*(?:\([^)]{0,10}\))?\s*"  # '9일부터 11일(현지시각)까지'
    days = _alternatives(parts.get(DAY_KIND, ())) or "(?!)"
    sourced = _alternatives(parts.get(SOURCED_KIND, ()), spaced=True)
    durations = _alternatives(parts.get(DURATION_KIND, ()))
    day_words = _alternatives(parts.get(SAME_DAY_KIND, ()))
    starts = _alternatives(parts.get(SPAN_START_KIND, ()))
    after = "".join(f"|{re.escape(p)}" for p in sorted(parts.get(MONTH_PARTICLE_KIND, ()), key=len, reverse=True))
    reported = "|".join(f"(?<=[가-힣]{re.escape(q)})" for q in sorted(set(quotatives), key=len, reverse=True))
    return DateGrammar(
        re.compile(after_bracket + f"(?:{starts or '(?!)'})"),
        re.compile(after_bracket + f"(?:{_alternatives(parts.get(SPAN_END_KIND, ())) or '(?!)'})"),
        re.compile(rf"(?:{reported})\s+$") if reported else None,
        re.compile(rf"\s+[^,.]{{1,40}}?(?:{sourced})") if sourced else None,
        re.compile(rf"\s*\([^()]*\d+\s*(?:{days})[^()]*\)"),
        tuple(sorted(parts.get(POSTPONED_TO_KIND, ()), key=len, reverse=True)),
        re.compile(rf"\d\s*(?:{durations})\s*$") if durations else None,
        re.compile(rf"(?:{day_words})(?:{starts})") if day_words and starts else None,
        re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}})\s*월\s*(?:{months})(?=[^가-힣]|${after})")
        if (months := _alternatives(parts.get(MONTH_KIND, ()), spaced=True)) else None,
        dict(parts),
    )


_GRAMMARS: dict[int, tuple[Lexicon | None, DateGrammar]] = {}


def date_grammar(lexicon: Lexicon | None = None) -> DateGrammar:
    """The date grammar of a lexicon's tables (the built-in folder's when None), compiled once per lexicon."""
    cached = _GRAMMARS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        from ..lexicon import default_lexicon_dir, read_table
        from .frames import load_frame_tables

        if lexicon is not None:
            quotatives = lexicon.quotatives
        else:
            quotatives = [row["cue"] for row in read_table(default_lexicon_dir() / "cues.tsv", ("cue", "type", "value"))
                          if row["type"] == "quotative"]
        cached = _GRAMMARS[id(lexicon)] = (lexicon, compile_date_grammar(load_frame_tables(lexicon).name_parts, quotatives))
    return cached[1]


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
    (ISO_DATE, "-", lambda m: (f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", "date")),
    (MONTH_DAY_RANGE, "월일", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (MONTH_DAY_LIST, "월일", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (YEAR_MONTH, "년월", lambda m: (f"{m['y']}-{int(m['m']):02d}", "gYearMonth")),
    (MONTH_DAY, "월일", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (DOT_MONTH_DAY, "(.", lambda m: (f"--{int(m['m']):02d}-{int(m['d']):02d}", "gMonthDay")),
    (YEAR_ONLY, "년", lambda m: (m["y"], "gYear")),
    (DAY_RANGE, "일", lambda m: (f"---{int(m['d']):02d}", "gDay")),
    (DAY_LIST, "일", lambda m: (f"---{int(m['d']):02d}", "gDay")),
    (DAY_ONLY, "일", lambda m: (f"---{int(m['d']):02d}", "gDay")),
]


def find_dates(text: str, reference: str | None = None, grammar: DateGrammar | None = None,
               reported: bool = False) -> list[tuple[int, int, DateValue]]:
    """Dates as the text states them; 'as of' dates and parts of amounts are left out, and so are (unless
    reported) the dates of the report itself ('…했다고 30일 밝혔다', '21일 가나시에 따르면')."""
    if not _DIGIT.search(text):
        return []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in AS_OF.finditer(text)]
    taken += [(m.start(), m.end()) for m in MONEY.finditer(text) if m["asof"]]
    found: list[tuple[int, int, DateValue]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    letters = set(text)
    for pattern, needs, render in _DATE_PATTERNS:
        if not letters.issuperset(needs):
            continue
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            lexical, datatype = render(match)
            if not _valid(lexical):
                continue
            taken.append((match.start(), match.end()))
            found.append((match.start(), match.end(), DateValue(lexical, datatype, False, match.group(0))))
    grammar = grammar or date_grammar()
    if grammar.month_part is not None and "월" in text:
        for match in grammar.month_part.finditer(text):
            if free(match.start(), match.end()) and 1 <= int(match["m"]) <= 12:
                found.append((match.start(), match.end(), DateValue(f"--{int(match['m']):02d}", "gMonth", False, match.group(0))))
    found.sort(key=lambda item: item[0])
    return [item for k, item in enumerate(found) if not _ends_span(text, found[k - 1] if k else None, item, grammar)
            and (reported or not _of_the_report(text, item, grammar))
            and not (grammar.duration and grammar.duration.search(text[max(0, item[0] - 8) : item[0]]))]


def closing_days(text: str, grammar: DateGrammar | None = None) -> list[tuple[int | None, int]]:
    """The days that close a span of days ('14~15일', '24일부터 28일까지', '18일까지 진행되는'), as (month or None, day):
    the last day of an event that lasts several."""
    grammar = grammar or date_grammar()
    closing: list[tuple[int | None, int]] = []
    for pattern in (MONTH_DAY_RANGE, DAY_RANGE, MONTH_DAY_LIST, DAY_LIST):
        for match in pattern.finditer(text):
            end = re.search(r"(\d{1,2})\s*일$", match.group(0))
            closing.append((None, int(end.group(1))))
    for pattern, month in ((MONTH_DAY, True), (DAY_ONLY, False)):
        for match in pattern.finditer(text):
            if grammar.span_end.match(text, match.end()) is not None:
                closing.append((int(match["m"]) if month else None, int(match["d"])))
    return closing


def _of_the_report(text: str, date: tuple[int, int, DateValue], grammar: DateGrammar) -> bool:
    """'…했다고 30일 밝혔다', '21일 가나시에 따르면': the day the article's source spoke, not an event's."""
    return bool(grammar.reported and grammar.reported.search(text, 0, date[0]) and LAST_WORD.fullmatch(text, date[1])) \
        or bool(grammar.sourced and grammar.sourced.match(text, date[1]))


def _ends_span(text: str, before: tuple[int, int, DateValue] | None, date: tuple[int, int, DateValue],
               grammar: DateGrammar) -> bool:
    """'24일부터 28일까지', '10월 30일~11월 1일': the second date only closes the span the first opens; so does a date after a same-day
    word that opens the span ('이날부터 13일까지': the span starts on the day told before)."""
    if before is not None and SPAN_DASH.fullmatch(text, before[1], date[0]) is not None:
        return True  # '10월 30일~11월 1일': the second date of a span across months closes it
    if grammar.span_end.match(text, date[1]) is None:
        return False
    if before is not None and date[0] - before[1] <= SPAN_GAP and grammar.span_start.match(text, before[1]) is not None:
        return True
    return grammar.day_word_span is not None and grammar.day_word_span.search(text, max(0, date[0] - SPAN_GAP), date[0]) is not None


def _valid(lexical: str) -> bool:
    parts = re.findall(r"\d+", lexical)
    if lexical.startswith("---"):
        return 1 <= int(parts[0]) <= 31
    if lexical.startswith("--") and len(parts) == 1:
        return 1 <= int(parts[0]) <= 12
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
