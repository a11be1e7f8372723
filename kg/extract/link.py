"""Cross-document resolution: two articles that report the same event share one event node."""

from __future__ import annotations

import re

from ..types import ArticleGraph, Entity, Relation
from .resolve import fold

EVENTS = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}


def link_documents(results: list[ArticleGraph]) -> None:
    """Give an event the key of an earlier article's event when kind, date and name agree.

    Events are compared only within their bucket (class, day of month, last name word), which every
    linked pair shares, so the pass is linear for a spread-out archive rather than all pairs."""
    seen: dict[tuple, list[tuple[ArticleGraph, Entity]]] = {}
    by_key: dict[str, Entity] = {}
    for result in results:
        renames: dict[str, str] = {}
        for key, entity in list(result.entities.items()):
            if entity.cls not in EVENTS:
                continue
            where = event_bucket(entity)
            if where is None:
                continue
            bucket = seen.setdefault(where, [])
            match = next((other for owner, other in bucket if owner is not result and _same(entity, other)), None)
            if match is None:
                bucket.append((result, entity))
                by_key.setdefault(entity.key, entity)
                continue
            renames[key] = match.key
        for old, new in renames.items():
            entity = result.entities.pop(old)
            other = by_key[new]
            entity.key = new
            for name in (other.name, *other.aliases):
                if name != entity.name and name not in entity.aliases:
                    entity.aliases.append(name)
            result.entities[new] = entity
            _agree(entity, other)
        if renames:
            result.relations[:] = [
                Relation(renames.get(r.subject, r.subject), r.predicate, renames.get(r.object, r.object), r.evidence, r.curated)
                for r in result.relations
            ]


def event_bucket(entity: Entity) -> tuple | None:
    """What two linkable events must share (class, day of month, last name word); None when nothing can link to it."""
    if entity.date is None:
        return None
    day = entity.date.lexical[-2:]
    words = _words(entity.name)
    if not day.isdigit() or not words:
        return None
    return (entity.cls, day, words[-1])


def _agree(entity: Entity, other: Entity) -> None:
    """Both documents state one value per attribute: the fuller date, the first stated status and place."""
    dates = [d for d in (other.date, entity.date) if d is not None]
    fuller = max(dates, key=lambda d: len(d.lexical)) if dates else None
    for target in (entity, other):
        target.date = fuller
        target.status = other.status or entity.status
        target.place = other.place or entity.place
        target.amount = other.amount or entity.amount


def _same(a: Entity, b: Entity) -> bool:
    if a.cls != b.cls or a.date is None or b.date is None or not _same_day(a.date.lexical, b.date.lexical):
        return False
    words_a, words_b = _words(a.name), _words(b.name)
    if not words_a or not words_b or words_a[-1] != words_b[-1]:
        return False
    overlap = len(set(words_a) & set(words_b)) / len(set(words_a) | set(words_b))
    return overlap >= 0.5


def _same_day(x: str, y: str) -> bool:
    """'---24' and '--06-24' and '2024-06-24' can be one day; '--06-24' and '--07-24' cannot."""
    day_x, day_y = x[-2:], y[-2:]
    if day_x != day_y or not day_x.isdigit():
        return False
    month_x = re.search(r"(?:^--|^\d{4}-)(\d{2})-\d{2}$", x)
    month_y = re.search(r"(?:^--|^\d{4}-)(\d{2})-\d{2}$", y)
    return not (month_x and month_y and month_x.group(1) != month_y.group(1))


def _words(name: str) -> list[str]:
    return [fold(w) for w in re.split(r"[\s()·‧․,]+", name) if fold(w)]
