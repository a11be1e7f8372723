"""Dates with years: a month-day or a day alone completed against the article's publication date.

Only a date the page marks as its publication date ("입력 2024.06.03 10:12", a `<time>` or `<meta>`)
is used; a page without one keeps its dates as stated. A completed date is marked inferred
(pk:dateInferred), as the graph contract asks.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from ..types import ArticleGraph, DateValue

AHEAD = {"planned", "postponed", "cancelled"}
SLACK = {"gMonthDay": datetime.timedelta(days=7), "gDay": datetime.timedelta(days=1)}


def complete_dates(result: ArticleGraph) -> ArticleGraph:
    """The same graph with every gMonthDay/gDay date given its year (and month) from the publication date."""
    published = _parse(result.article.page_date)
    if published is None:
        return result
    entities = {}
    for key, entity in result.entities.items():
        date = entity.date
        full = resolve_date(date, published, entity.status) if date is not None else None
        entities[key] = replace(entity, date=full) if full is not None else entity
    return replace(result, entities=entities)


def resolve_date(date: DateValue, published: datetime.date, status: str | None) -> DateValue | None:
    """The full date a partial one most likely means: on or after publication for what is still to come, else before."""
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
