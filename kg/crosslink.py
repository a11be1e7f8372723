"""Cross-document resolution for an archive: link.py's rule, over a compact index of events.

Two events can only be linked when their class, day of month and last name word agree
(link.event_bucket), so the events are split into those buckets and link_documents runs on each
bucket alone, over skeleton documents holding only that bucket's events and not the full documents
(which a large archive keeps on disk). The renames and agreed attributes are then carried back to
the full documents.
"""

from __future__ import annotations

from collections import defaultdict

from .extract.link import EVENTS, event_bucket, link_documents
from .types import ArticleGraph, Relation


def link_archive(results: list[ArticleGraph]) -> set[int]:
    """link_documents over every document, by bucket; returns the positions of the documents it changed."""
    buckets: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    for position, result in enumerate(results):
        for key, entity in result.entities.items():
            if entity.cls in EVENTS:
                bucket = event_bucket(entity)
                if bucket is not None:
                    buckets[bucket].append((position, key))
    changed: set[int] = set()
    for members in buckets.values():
        if len({position for position, _ in members}) < 2:
            continue
        skeletons: dict[int, ArticleGraph] = {}
        keys: dict[int, list[str]] = defaultdict(list)
        before: dict[int, tuple] = {}
        for position, key in members:
            keys[position].append(key)
            skeleton = skeletons.get(position)
            if skeleton is None:
                skeleton = skeletons[position] = ArticleGraph(results[position].article, [])
            entity = results[position].entities[key]
            skeleton.entities[key] = entity
            before[id(entity)] = _state(entity)
        link_documents([skeletons[p] for p in sorted(skeletons)])
        for position, skeleton in skeletons.items():
            renames = {}
            for old_key in keys[position]:
                entity = results[position].entities[old_key]
                if entity.key != old_key:
                    renames[old_key] = entity.key
            moved = {k: e for k, e in skeleton.entities.items()}
            if renames:
                full = results[position]
                for old in renames:
                    full.entities.pop(old, None)
                full.entities.update(moved)
                full.relations[:] = [
                    Relation(renames.get(r.subject, r.subject), r.predicate, renames.get(r.object, r.object), r.evidence, r.curated)
                    for r in full.relations
                ]
                changed.add(position)
            if any(_state(e) != before[id(e)] for e in moved.values() if id(e) in before):
                changed.add(position)
    return changed


def _state(entity) -> tuple:
    return (entity.key, tuple(entity.aliases), entity.date, entity.status, entity.place, entity.amount)
