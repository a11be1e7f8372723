"""The names a trip goes by besides the one its sentence writes.

'가나 시장은 다라국 사바시와 마바시를 방문한다': the story and its readers call the trip by its country ('다라국 방문'),
and by its stops without the country before them ('사바시와 마바시 방문'). The stage reads the places a trip is
heldIn (add_trip_structure) and adds those names as aliases; it adds no node and no fact.
"""

from __future__ import annotations

import dataclasses

from ..lexicon import Lexicon, built_once
from ..types import ArticleGraph, Entity
from .events import _finder
from .resolve import fold
from .trips import _words as trip_words

_COUNTRIES: dict[int, tuple[Lexicon, dict[str, str]]] = {}


def _country_names(lexicon: Lexicon) -> dict[str, str]:
    """Each country's place key to its Korean name (countries.tsv)."""
    return built_once(lexicon, _COUNTRIES, lambda lx: {f"place/{p.id}": p.ko for p in lx.places if p.kind == "country"})


def _trip_aliases(name: str, places: set[str], countries: dict[str, str], cities: dict[str, str], home: frozenset[str]) -> list[str]:
    """The country name of a trip whose foreign destinations of a known country all lie in one, and its name without that
    country before its stops."""
    noun = name.split()[-1]
    abroad = {place if place in countries else cities.get(place) for place in places} - home - {None}
    if len(abroad) != 1:
        return []
    country = countries[abroad.pop()]
    aliases = [f"{country} {noun}"]
    first, _, rest = name.partition(" ")
    if first == country and " " in rest:
        aliases.append(rest)
    return [alias for alias in aliases if alias != name]


def name_trips_by_country(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """Every trip also named by its one foreign country and by its stops alone; two trips of one status that go
    by one name are the same trip told twice ('중국을 방문한다 … 선전시, 베이징시를 방문할 계획이다'), one node."""
    words = trip_words(lexicon)
    trips = {key for key, e in graph.entities.items() if e.cls == "Event" and e.name.split()[-1] in words.of("trip")}
    if not trips:
        return graph
    places: dict[str, set[str]] = {}
    for r in graph.relations:
        if r.predicate == "heldIn" and r.subject in trips:
            places.setdefault(r.subject, set()).add(r.object)
    stops = {r.subject for r in graph.relations if r.predicate == "partOf"}  # a stop of a trip is named by its own place
    trips -= stops
    entities = dict(graph.entities)
    countries = _country_names(lexicon)
    for key in {k for k in trips & places.keys() if places[k] <= words.wide}:  # not a visit to a body or a venue
        trip = entities[key]
        new = [a for a in _trip_aliases(trip.name, places[key], countries, words.countries, words.home) if a not in trip.aliases]
        if new:
            entities[key] = dataclasses.replace(trip, aliases=[*trip.aliases, *new])
    merged = _told_twice(entities, sorted(trips, key=lambda k: min(entities[k].evidence, default=0)))
    merged.update(_during_a_stop(graph, places.keys() - merged.keys(), places, trips, _finder(lexicon).durings))
    if not merged and entities == graph.entities:
        return graph
    return dataclasses.replace(graph, entities=entities).with_nodes_merged(merged, _one_trip)


def _during_a_stop(graph: ArticleGraph, visits: set[str], places: dict[str, set[str]], trips: set[str],
                   durings: frozenset[str]) -> dict[str, str]:
    """'장쑤성 방문 중에는 …': a visit named by one of a trip's destinations and followed by a word of its time
    (event_name_parts.tsv during) is the trip, at that stop."""
    merged: dict[str, str] = {}
    for key in visits:
        e = graph.entities[key]
        sentence = graph.sentences[e.evidence[0]]
        at = sentence.text.find(e.name)
        rest = sentence.text[at + len(e.name):].lstrip() if at >= 0 else ""
        if not any(rest.startswith(word) for word in durings):
            continue
        owner = [trip for trip in trips & visits if places[key] < places[trip] and trip not in merged]
        if len(owner) == 1:
            merged[key] = owner[0]
    return merged


def _told_twice(entities: dict[str, Entity], trips: list[str]) -> dict[str, str]:
    """Each later trip that shares a name with an earlier one of the same status and no other stated date."""
    merged: dict[str, str] = {}
    for n, key in enumerate(trips):
        trip = entities[key]
        names = {fold(label) for label in (trip.name, *trip.aliases)}
        for earlier in trips[:n]:
            first = entities[earlier]
            if earlier in merged or first.status != trip.status or (first.date and trip.date and first.date.lexical != trip.date.lexical):
                continue
            if names & {fold(label) for label in (first.name, *first.aliases)}:
                merged[key] = earlier
                break
    return merged


def _one_trip(kept: Entity, dropped: Entity) -> Entity:
    return dataclasses.replace(
        kept, aliases=[*kept.aliases, *(n for n in (dropped.name, *dropped.aliases) if n not in kept.aliases and n != kept.name)],
        evidence=sorted({*kept.evidence, *dropped.evidence}), date=kept.date or dropped.date, place=kept.place or dropped.place)
