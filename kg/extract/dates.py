"""Dates with years: a month-day or a day alone completed against the article's publication date.

Only a date the page marks as its publication date ("입력 2024.06.03 10:12", a `<time>` or `<meta>`)
is used; a page without one keeps its dates as stated. A completed date is marked inferred
(pk:dateInferred), as the graph contract asks.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import replace

from ..lexicon import Lexicon
from ..types import ArticleGraph, DateValue
from .normalize import NEXT_DAY_KIND, SAME_DAY_KIND, SAME_MONTH_KIND, THIS_EVENT_KIND, closing_days, date_grammar, find_dates

AHEAD = {"planned", "postponed", "cancelled"}
AHEAD_KIND = "ahead"  # event_name_parts.tsv: a word before a date that puts it ahead of the page's ('오는 31일')
SLACK = {"gMonthDay": datetime.timedelta(days=7), "gDay": datetime.timedelta(days=1)}
DATED_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment"}
DAY_TYPES = {"date", "gMonthDay", "gDay"}  # dates that name a day ('2024', '5월' do not)
PART_OF = "partOf"
LASTING = {"Event", "Meeting"}  # the classes of events that may last several days (a fair, a call, a conference)
TOLD_AS_ONE_TIME = {"planned", "completed"}  # statuses a tense gives that a span around the page's date makes in-progress
IN_PROGRESS = "in-progress"
ONE_DAY = "Meeting"  # the class of an event held on one day: what is part of it happens that day


def complete_dates(result: ArticleGraph, lexicon: Lexicon | None = None) -> ArticleGraph:
    """The same graph with events dated by the day told before them ('이날', '같은 달 21일'), then every
    gMonthDay/gDay date given its year (and month) from the publication date."""
    result = carry_dates(result, lexicon)
    _ahead_of_the_page(result, date_grammar(lexicon).parts.get(AHEAD_KIND, frozenset()))
    published = _parse(result.article.page_date)
    if published is None:
        return result
    grammar = date_grammar(lexicon)
    entities = {}
    for key, entity in result.entities.items():
        date = entity.date
        full = resolve_date(date, published, entity.status) if date is not None else None
        entities[key] = replace(entity, date=full) if full is not None else entity
        if full is not None and entity.cls in LASTING and entity.status in TOLD_AS_ONE_TIME \
                and _under_way(full, published, result, entity, grammar):
            entities[key] = replace(entities[key], status=IN_PROGRESS)
    return replace(result, entities=entities)


def _under_way(start: DateValue, published: datetime.date, result: ArticleGraph, entity, grammar) -> bool:
    """'14일부터 15일까지 개최한다' on the 14th, '16일 … 열었다. 18일까지 진행되는 상담회' on the 16th: an event that
    began by the page's date and lasts past it is under way."""
    if start.datatype != "date" or datetime.date.fromisoformat(start.lexical) > published:
        return False
    first = datetime.date.fromisoformat(start.lexical)
    for index in entity.evidence:
        if index >= len(result.sentences):
            continue
        for month, day in closing_days(result.sentences[index].text, grammar):
            end = _day(first.year, month or first.month, day)
            if end is not None and first < end and published < end:
                return True
    return False


def carry_dates(result: ArticleGraph, lexicon: Lexicon | None = None) -> ArticleGraph:
    """An event whose sentences state no day of their own but one says '이날' (or '같은 날', or names it '이번 간담회')
    happened on the day the story last named: that sentence's report date ('…했다고 25일 밝혔다'), else the nearest
    sentence before it with a day; but for an event that is not still to come, no day later than the story's own (the first the article
    states): a list of what was to come ('5일 예정된 …') does not move it. '다음날' is the day after that, and
    '같은 달 21일' takes that day's month."""
    grammar = date_grammar(lexicon)
    parts = grammar.parts
    same_day, next_day, same_month, this = (parts.get(kind, frozenset()) for kind in (SAME_DAY_KIND, NEXT_DAY_KIND, SAME_MONTH_KIND, THIS_EVENT_KIND))
    told: dict[int, DateValue | None] = {}

    def day_told(index: int) -> DateValue | None:
        """The last day a sentence states, its report date too (once per sentence)."""
        if index not in told:
            days = [d for _, _, d in find_dates(result.sentences[index].text, grammar=grammar, reported=True) if d.datatype in DAY_TYPES]
            told[index] = days[-1] if days else None
        return told[index]

    @functools.cache
    def story_day() -> DateValue | None:
        """The story's own day: the first the article states."""
        return next((d for i in range(len(result.sentences)) if (d := day_told(i)) is not None), None)

    def day_before(index: int, status: str | None) -> DateValue | None:
        story = story_day()
        for i in range(index - 1, -1, -1):
            day = day_told(i)
            if day is not None and (status == "planned" or story is None or not _later(day, story)):
                return day
        return None

    for entity in result.entities.values():
        if entity.cls not in DATED_CLASSES:
            continue
        sentences = [i for i in entity.evidence if i < len(result.sentences)]
        if entity.date is None:
            labels = [label for label in (entity.name, *entity.aliases) if label]
            index = next((i for i in sentences if any(word in result.sentences[i].text for word in same_day)
                          or any(f"{word} {label}" in result.sentences[i].text for word in this for label in labels)), None)
            if index is not None:
                entity.date = day_told(index) or day_before(index, entity.status)
                continue
            index = next((i for i in sentences if any(word in result.sentences[i].text for word in next_day)), None)
            before = day_before(index, entity.status) if index is not None else None
            entity.date = _next_day(before) if before is not None else None
        elif entity.date.datatype == "gDay" and sentences:
            text = result.sentences[sentences[0]].text
            if any(f"{word} {entity.date.text}" in text or f"{word}{entity.date.text}" in text for word in same_month):
                before = day_before(sentences[0], entity.status)
                if before is not None and before.datatype != "gDay":
                    month = before.lexical[-5:-3]
                    entity.date = DateValue(f"--{month}-{entity.date.lexical[3:5]}", "gMonthDay", entity.date.inferred,
                                            entity.date.text)
    _date_by_container(result)
    return result


def _ahead_of_the_page(result: ArticleGraph, ahead: frozenset[str]) -> None:
    """'오는 31일 북경을 방문, … 둘러보게 된다': an event told as done whose day a sentence of it puts ahead of the page's
    date (event_name_parts.tsv ahead) is still to come, whatever tense a clause of it is told in."""
    for entity in result.entities.values():
        if entity.status != "completed" or entity.date is None or not entity.date.text:
            continue
        if any(f"{word} {entity.date.text}" in result.sentences[i].text for i in entity.evidence
               if i < len(result.sentences) for word in ahead):
            entity.status = "planned"


def _date_by_container(result: ArticleGraph) -> None:
    """An event with no day of its own that is part of a meeting (a meeting is held on one day: '간담회는 공장
    시찰을 시작으로 진행됐다') happened on the meeting's day."""
    for relation in result.relations:
        if relation.predicate != PART_OF:
            continue
        part, whole = result.entities.get(relation.subject), result.entities.get(relation.object)
        if part is not None and whole is not None and part.date is None and part.cls in DATED_CLASSES \
                and whole.cls == ONE_DAY and whole.date is not None and whole.date.datatype in DAY_TYPES:
            part.date = whole.date


def _later(date: DateValue, than: DateValue) -> bool:
    """A day after another, compared by month and day where both state a month, else by the day alone."""
    (month, day), (other_month, other_day) = _month_day(date), _month_day(than)
    if month is not None and other_month is not None:
        return (month, day) > (other_month, other_day)
    return day > other_day


def _month_day(date: DateValue) -> tuple[int | None, int]:
    return (None if date.datatype == "gDay" else int(date.lexical[-5:-3])), int(date.lexical[-2:])


def _next_day(date: DateValue) -> DateValue | None:
    """The day after a stated day, written as precisely as the day itself."""
    if date.datatype == "gDay":
        day = int(date.lexical[3:5]) + 1
        return DateValue(f"---{day:02d}", "gDay", date.inferred, date.text) if day <= 28 else None
    year = int(date.lexical[:4]) if date.datatype == "date" else 2000  # a leap year: 29 February exists
    following = _day(year, int(date.lexical[-5:-3]), int(date.lexical[-2:]))
    if following is None:
        return None
    following += datetime.timedelta(days=1)
    if date.datatype == "date":
        return DateValue(following.isoformat(), "date", date.inferred, date.text)
    return DateValue(f"--{following.month:02d}-{following.day:02d}", "gMonthDay", date.inferred, date.text)


def resolve_date(date: DateValue, published: datetime.date, status: str | None) -> DateValue | None:
    """The full date a partial one most likely means: on or after publication for what is still to come, else before."""
    if date.datatype == "gMonth":  # '7월 셋째 주': the month of the nearest year, ahead or behind as the status says
        month = int(date.lexical[2:4])
        months = [(year, month) for year in (published.year - 1, published.year, published.year + 1)]
        now = (published.year, published.month)
        chosen_month = min((m for m in months if m >= now), default=None) if status in AHEAD \
            else max((m for m in months if m <= now), default=None)
        return DateValue(f"{chosen_month[0]}-{chosen_month[1]:02d}", "gYearMonth", True, date.text) if chosen_month else None
    if date.datatype == "gMonthDay":
        month, day = int(date.lexical[2:4]), int(date.lexical[5:7])
        candidates = [_day(year, month, day) for year in (published.year - 1, published.year, published.year + 1)]
    elif date.datatype == "gDay":
        day = int(date.lexical[3:5])
        months = [(published.year + (published.month + k - 1) // 12, (published.month + k - 1) % 12 + 1) for k in (-1, 0, 1)]
        candidates = [_day(year, month, day) for year, month in months]
    else:
        return None
    candidates = [c for c in candidates if c is not None]
    slack = SLACK[date.datatype]
    if status in AHEAD:
        chosen = min((c for c in candidates if c >= published - slack), default=None)
    else:
        chosen = max((c for c in candidates if c <= published + slack), default=None)
    if chosen is None:
        return None
    return DateValue(chosen.isoformat(), "date", True, date.text)


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _parse(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None
