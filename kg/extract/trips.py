"""The structure of a trip: who travels, where to, and what happens on it.

'가나 시장은 다라국과 마바국 방문을 위해 출국했다. 가 시장은 사바시에서 장관을 만났다.': the traveller (the subject
of the trip's clause) attended the trip, every destination listed in the trip's noun phrase is a place it is
heldIn, and an event the traveller is the subject of in a later sentence, held abroad, is partOf the trip and
attended by him. The stage reads the graph the earlier stages made and returns a new graph; it asserts an edge
only where the clause's grammar licenses it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..lexicon import KnownName, Lexicon, WordUses, built_once, read_word_uses
from ..types import ArticleGraph, Entity, Relation, Sentence
from .frames import load_frame_tables
from .mentions import VENUE
from .relations import city_countries

TRIP_TABLE = "trip_words.tsv"


@dataclass(frozen=True)
class TripWords(WordUses):
    places: dict[str, KnownName]  # a place's surface form to its entry
    home: frozenset[str]  # keys of the home country and its divisions
    longest: int
    subjects: frozenset[str]  # particles.tsv: the particles of an active clause's agent
    joiners: frozenset[str]  # conjunctions.tsv: what joins the names of one list
    wide: frozenset[str]  # keys of the known places that hold others (countries, cities, districts), not venues
    countries: dict[str, str]  # a city's place key to its country's (world_cities.tsv, korea_regions.tsv)


_WORDS: dict[int, tuple[Lexicon, TripWords]] = {}


def load_trip_words(lexicon: Lexicon) -> TripWords:
    places = {name: entry for entry in lexicon.places for name in entry.names if len(name) >= 2}
    home = frozenset(f"place/{p}" for p in (lexicon.home_country, *lexicon.home_regions) if p)
    tables = load_frame_tables(lexicon)
    subjects = frozenset(p for p, _, _ in tables.particles if tables.role(p, "*", "active") == "agent")
    wide = frozenset(f"place/{entry.id}" for entry in lexicon.places if entry.kind != VENUE)
    return TripWords(read_word_uses(lexicon, TRIP_TABLE), places, home, max(map(len, places), default=0), subjects,
                     tables.joiners, wide, city_countries(lexicon))


def _words(lexicon: Lexicon) -> TripWords:
    return built_once(lexicon, _WORDS, load_trip_words)


def _subject(graph: ArticleGraph, sentence: Sentence, words: TripWords, before: int) -> str | None:
    """The one person or group named before the clause's topic particle (which comes before char `before`)."""
    topic = next((t for t in sentence.tokens if t.tag in {"JX", "JKS"} and t.form in words.subjects), None)
    if topic is None or topic.start >= before:
        return None
    prefix = sentence.text[: topic.start - sentence.start]
    found = [key for key, e in graph.entities.items()
             if e.cls in {"Person", "Group"} and sentence.index in e.evidence
             and any(n and n in prefix for n in (e.name, *e.aliases)) and e.name[:1] == prefix[:1]]
    return found[0] if len(found) == 1 else None


def _other_time(sentence: Sentence, words: TripWords) -> bool:
    return any(t.form in words.of("other-time") for t in sentence.tokens)


def _trip_clause(sentence: Sentence, words: TripWords, name_word: str) -> int | None:
    """Where the trip noun stands when the clause tells the trip as made: '방문했다', '방문을 위해 출국했다'."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.form != name_word or token.form not in words.of("trip"):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.tag == "XSV":
            return token.start
        if any(t.form in words.of("departure") and (t.tag.startswith("V") or t.tag == "NNG") for t in tokens[i + 1:]):
            return token.start
    return None


def _destinations(sentence: Sentence, words: TripWords, at: int) -> list[KnownName]:
    """The places listed right before the trip noun: 'A과 B(를) 방문', 'A·B 방문', 'A 도시 B 방문'."""
    text = sentence.text[: at - sentence.start].rstrip()
    if text[-1:] in {"을", "를"}:
        text = text[:-1]
    found: list[KnownName] = []
    while text:
        entry = None
        for length in range(min(words.longest, len(text)), 1, -1):
            candidate = text[-length:]
            if candidate in words.places and (length == len(text) or not text[-length - 1].isalnum()
                                              or text[-length - 1] in words.joiners):
                entry = words.places[candidate]
                text = text[:-length]
                break
        if entry is None:
            break
        found.append(entry)
        stripped = text.rstrip()
        joined = stripped[-1:] in words.joiners
        if joined:
            stripped = stripped[:-1].rstrip()
        elif stripped == text:
            break
        text = stripped
    return found


def _stops_place_the_trip(trips: list[str], relations: list[Relation], present: set, words: TripWords) -> None:
    """'가나시장은 유럽 3개국 순방에 나섰다. … 독일 베를린에서 포럼에 참석했다': a trip is held in the cities its stops
    are held in, and their countries; not in their venues (a hotel is where one stop is, not the trip), and not
    in a city of a country the trip is already held in ('중국 방문' takes in 상하이)."""
    stops = {r.subject: (r.object, r.evidence[:1]) for r in relations if r.predicate == "partOf" and r.object in trips}
    own = {trip: {r.object for r in relations if r.predicate == "heldIn" and r.subject == trip} for trip in trips}
    for r in list(relations):
        if r.predicate != "heldIn" or r.subject not in stops or r.object not in words.wide:
            continue
        trip, evidence = stops[r.subject]
        country = words.countries.get(r.object)
        if own[trip] & {r.object, country}:
            continue
        for place in (r.object, country):
            if place is not None and place not in words.home and (trip, "heldIn", place) not in present:
                present.add((trip, "heldIn", place))
                relations.append(Relation(trip, "heldIn", place, evidence))


def _formed_groups(graph: ArticleGraph, sentence: Sentence, words: TripWords, before: int) -> list[str]:
    """'가나부는 수주지원단을 구성해 다라국을 방문한다': the group the clause forms before the trip noun goes on it."""
    found = []
    for key, e in graph.entities.items():
        if e.cls != "Group" or sentence.index not in e.evidence:
            continue
        for name in (e.name, *e.aliases):
            at = sentence.text.find(name)
            if name and 0 <= at and sentence.start + at < before:
                after = [t for t in sentence.tokens if t.start >= sentence.start + at + len(name)][:2]
                if len(after) == 2 and after[0].tag == "JKO" and after[1].form in words.of("formation"):
                    found.append(key)
                    break
    return found


def _stops_travellers(graph: ArticleGraph, trip: str, relations: list[Relation], words: TripWords) -> list[tuple[str, int]]:
    """'이번 미국 출장 … 김 지사는 보스턴에서 경영진과 회담을 갖고': one who is the subject of a stop of a trip that no
    person is said to attend makes the trip; not those he meets there."""
    if any(r.predicate == "attended" and r.object == trip and graph.entities[r.subject].cls == "Person"
           for r in relations if r.subject in graph.entities):
        return []
    stops = {r.subject for r in relations if r.predicate == "partOf" and r.object == trip}
    found: list[tuple[str, int]] = []
    for r in relations:
        if r.predicate != "attended" or r.object not in stops or r.subject not in graph.entities \
                or graph.entities[r.subject].cls != "Person" or any(k == r.subject for k, _ in found):
            continue
        if _topic_person(graph, graph.sentences[r.evidence[0]], words) == r.subject:
            found.append((r.subject, r.evidence[0]))
    return found


def _topic_person(graph: ArticleGraph, sentence: Sentence, words: TripWords) -> str | None:
    """The person the clause's topic names, his post after him: '이어 다음달 2일 가나 차관은', '김 지사는'."""
    topic = next((t for t in sentence.tokens if t.tag in {"JX", "JKS"} and t.form in words.subjects), None)
    if topic is None:
        return None
    last = sentence.text[: topic.start - sentence.start].split()[-2:]
    found = [key for key, e in graph.entities.items() if e.cls == "Person" and sentence.index in e.evidence
             and any(n and n in last for n in (e.name, *e.aliases))]
    return found[0] if len(found) == 1 else None


def add_trip_structure(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The trip's traveller, destinations and stops, added where the grammar tells them (see the module)."""
    words = _words(lexicon)
    trips = [key for key, e in graph.entities.items()
             if e.cls == "Event" and e.evidence and e.name.split()[-1] in words.of("trip")]
    if not trips:
        return graph
    entities = dict(graph.entities)
    relations = list(graph.relations)
    present = {(r.subject, r.predicate, r.object) for r in relations}

    def add(subject: str, predicate: str, obj: str, evidence: int) -> None:
        if subject != obj and (subject, predicate, obj) not in present:
            present.add((subject, predicate, obj))
            relations.append(Relation(subject, predicate, obj, (evidence,)))

    for trip in trips:
        index = entities[trip].evidence[0]
        sentence = graph.sentences[index]
        if _other_time(sentence, words):
            continue
        at = _trip_clause(sentence, words, entities[trip].name.split()[-1])
        if at is None:
            continue
        for entry in _destinations(sentence, words, at):
            key = f"place/{entry.id}"
            if key not in entities:
                entities[key] = Entity(key=key, cls="Place", name=entry.ko, labels_en=[entry.en] if entry.en else [],
                                       evidence=[index])
            add(trip, "heldIn", key, index)
        for group in _formed_groups(graph, sentence, words, at):
            add(group, "attended", trip, index)
        traveller = _subject(graph, sentence, words, at)
        if traveller is None:
            continue
        add(traveller, "attended", trip, index)
        if len(trips) != 1:
            continue
        places = {}
        parents = {}
        for r in relations:
            if r.predicate == "heldIn":
                places.setdefault(r.subject, set()).add(r.object)
            elif r.predicate == "partOf":
                parents.setdefault(r.subject, set()).add(r.object)
        for key, event in graph.entities.items():
            if key == trip or not key.startswith("event/") or not event.evidence or event.evidence[0] <= index:
                continue
            abroad = places.get(key, set()) - words.home
            stop = graph.sentences[event.evidence[0]]
            if not abroad or parents.get(key) or _other_time(stop, words):
                continue
            if _subject(graph, stop, words, stop.end + 1) != traveller:
                continue
            add(traveller, "attended", key, stop.index)
            add(key, "partOf", trip, stop.index)
    for trip in trips:
        for traveller, evidence in _stops_travellers(graph, trip, relations, words):
            add(traveller, "attended", trip, evidence)
    _stops_place_the_trip(trips, relations, present, words)
    if len(relations) == len(graph.relations) and len(entities) == len(graph.entities):
        return graph
    return dataclasses.replace(graph, entities=entities, relations=relations)
