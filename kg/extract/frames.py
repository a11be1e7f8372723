"""Frames: who did what to whom in a sentence, read from its predicates and the particles of the phrases
before them, and the relations those frames license.

Everything Korean lives in four tables under data/lexicon/ (a user's lexicon folder adds rows):
frames.tsv (predicate stem -> frame), particles.tsv (particle -> role in a frame), status_endings.tsv
(morphemes after a predicate -> status) and licensing.tsv (frame x role pair -> relation). A new verb,
particle, ending or relation is a row there, not a branch here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path

from ..errors import LexiconError
from ..lexicon import STATUSES, Lexicon, lexicon_folders, read_table
from ..types import Sentence, Token
from .words import LINKING, token_starts, tokens_after

FRAME_TABLES = {
    "frames.tsv": ("predicate", "frame", "event_class", "voice", "noun", "named_by", "sets_status"),
    "particles.tsv": ("particle", "frame", "voice", "role"),
    "status_endings.tsv": ("ending", "status"),
    "status_verbs.tsv": ("verb",),
    "conjunctions.tsv": ("joiner",),
    "event_name_parts.tsv": ("part", "kind"),
    "captions.tsv": ("cue",),
    "premises.tsv": ("noun",),
    "place_grammar.tsv": ("word", "use"),
    "licensing.tsv": ("frame", "subject", "relation", "object", "when", "subject_kind"),
    "headlines.tsv": ("mark", "particle", "tag"),
}
WHOLE_KINDS = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University"}  # bodies that hold units
FIRMS = {"Company", "Investor"}  # a firm's name right after a body's is another party ('가나시 다라전자와'), no unit
STAFF = "staff"  # premises.tsv kind: a noun for a body's people, which speaks for the body
SEAT = "seat"  # premises.tsv kind: the hall of a local government, whose name ends as the 'of' column says ('군청': 가나군)
ROOMS = 4  # how many words of a room may follow premises before their place particle ('본사 5층 강당에서')
ROOM_TAGS = {"NNG", "NNP", "XPN", "SN", "NNB"}
LOCATED = "located"  # place_grammar.tsv use: a word that says something lies in the place before it ('에 소재한')
SITE = "site"  # place_grammar.tsv: the particle of where something happens, and of a body that acts ('가나청에서 연다')
VENUE_PARTICLE = "venue-particle"  # place_grammar.tsv: a particle after a place that puts an event there
OFFICE = "office"  # premises.tsv kind: a post's office after its title ('장관실'), a body of the post
VOICES = {"active", "passive", "causative"}
VOICE_SUFFIXES = {"되": "passive", "시키": "causative"}
BARE = "-"
NOMINAL_SUBJECT = {"JKS", "JX"}  # the particle after a bound noun that makes a clause the subject ('하는 게')
CLAUSE_START = "^"  # status_endings.tsv: a row that holds only right after the predicate's stem ('받기 위해')
CONTRAST = "contrast"  # event_name_parts.tsv: a connective ending of contrast ('예정이었으나'): what follows tells what became of it
CALLED_OFF = frozenset({"cancelled", "postponed"})
NEXT_CLAUSE = "next"  # status_endings.tsv: a connective ending whose clause has the tense of the clause after it
BETWEEN = "between"  # conjunctions.tsv closes: 'A와 B 간 협약' (the list names the sides of what follows)
LEADS = "+"  # frames.tsv event_class: the frame is about the event of the next clause
EVENT_HEAD = "^event"  # particles.tsv: the role of a relative clause's head when the head is an event
RELATIVE_HEAD = "^"
RELATIVE_NOUN = "relative"  # frames.tsv noun: Kiwi's noun for the verb's relative form ('가나시가 이날 연 간담회': 연)
SAME_DAY = "same-day"  # event_name_parts.tsv: '이날', which may stand between a relative clause and its noun
DEMONSTRATIVE = "demonstrative"  # event_name_parts.tsv: '이번' before the noun a relative clause modifies
ADVERBIAL = "adverbial"  # event_name_parts.tsv: a verb whose connective form is an adverb ('잇따라')
FRAMING = "framing"  # event_name_parts.tsv: a particle and verb whose relative form says what the next noun is about
DONE_BEFORE = "done-before"  # event_name_parts.tsv: a bound noun after a past relative that tells what was done ('한 바')
SETTING_FRAMES = {"visit", "meet", "attend", "invite"}  # frames whose event is the setting of the clauses it leads into
# ('개회식에 참석해 기조강연을 한다', '장관을 면담해 … 논의할 예정이다': as far along as what is done there)
SEQUENCE = "sequence"  # event_name_parts.tsv: a noun after a relative ending that links clauses ('마친 뒤')
DROPPED_SUBJECT = "∅"
ADDITIVE = "도"  # the particle that adds one more to what was told ('협약도 체결했다')
SIGNING = "sign"  # frames.tsv: the frame of signing verbs
TOPIC_TAGS = {"JX"}
SUBJECT_HEAD_TAGS = {"NNG", "NNP", "NNB", "XSN", "SL", "NR"}  # what a subject particle follows ('관계자들도')
SUBJECT_TAGS = {"JKS"}
PAST = "completed"
AGENT, THEME, PARTNER = "agent", "theme", "partner"
SPONSOR, HOSTING = "sponsor", "host"  # frames.tsv: backing an event (후원), and hosting or running it
ORGANIZER = "organizer"  # licensing.tsv role of a sponsoring frame: who hosts what the sponsors back
COAGENT = "coagent"  # particles.tsv role: who does it together with the agent ('가나청은 다라시와 함께 …')
CLAUSE_ENDS = {"EC", "EF", "ETM", "SF"}  # where the clause before a predicate begins
COMITATIVE_TAGS = {"JKB", "JC"}  # 와/과 before '함께': the co-agent's own particle
JOINTLY = "jointly"  # event_name_parts.tsv: a word right before a predicate that makes it done together ('공동 개최')
COUNTERPART_FRAMES = {"sign", "meet"}  # frames whose partner is the other side, however jointly it is done
AT_HOME = "at-home"  # licensing.when: the frame is placed at its subject's own premises
WIDE_PLACE_KINDS = {"country", "region", "city", "county"}  # lexicon place kinds that hold other places
OWN = "own"  # sets_status: the frame gives the event the status its own ending says
PLACE = "Place"
PERSON, GROUP = "Person", "Group"
STATES = {PLACE, "GovernmentBody"}  # a list may join a place and a government: both are where a visit goes
SPEECH_QUOTES = {"“", "\""}  # quoted speech has tenses of its own; a quoted name (‘…’) does not
SPEECH_CLOSERS = {"”", "\""}
EVENT_KINDS = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement", "Program"}
HEADLINE_BREAKS = {"SF", "SE", "SP", "SS", "SO", "SW"}  # what may follow the noun that ends a headline's clause
JOINER_REACH = 12  # how far past a phrase a joining verb ('을 비롯한') is looked for
NOUN_PHRASE_TAGS = {"NNG", "NNP", "NNB", "SN", "NR", "XSN", "XPN", "SL", "SP", "VCP", "ETM"}  # a noun phrase as Kiwi splits
# it ('중소기업인 30여명': 인 may come out as the copula and its ending)
LIST_BREAKS = {"JKO", "JKS", "JX", "EC", "EF"}  # what ends a list before a later 등 could close it
LIST_ITEM_TAGS = {None, "JKG", "JC"}  # an item of a list: nothing after it, or 의, or a conjunction
LIST_HEAD_TAGS = {"NNG", "NNP", "NNB", "SN", "NR", "SL", "XSN", "XPN", "MM"}  # the noun that names a list
QUOTES = "'‘’\"“”「」『』"  # around a quoted name: "‘가나 포럼’과 ‘다라 설명회’를" joins the two names
_PARENTHESIS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Predicate:
    frame: str
    event_class: str | None
    voice: str
    noun: str = "no"
    named_by: str | None = None
    sets_status: str | None = None
    leads: bool = False  # the frame is about the event of the clause it leads into ('…를 대상으로 설명회를 열었다')


@dataclass(frozen=True)
class License:
    """One row of licensing.tsv: in a frame of this kind, subject-role relation object-role."""

    frame: str
    subject: str
    relation: str
    object: str
    when: str
    subject_kind: str = "*"


@dataclass(frozen=True)
class FrameTables:
    predicates: dict[str, Predicate]
    particles: dict[tuple[str, str, str], str]
    endings: tuple[tuple[str, str], ...]
    licenses: tuple[License, ...]
    joiners: frozenset[str] = frozenset()
    closers: frozenset[str] = frozenset()
    betweens: frozenset[str] = frozenset()
    name_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    captions: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    status_verbs: frozenset[str] = frozenset()
    wide_places: frozenset[str] = frozenset()
    place_words: dict[str, frozenset[str]] = field(default_factory=dict)  # place_grammar.tsv by use
    offices: frozenset[str] = frozenset()  # premises.tsv kind office
    object_particles: frozenset[str] = frozenset()  # particles.tsv: the particles of the object (theme in any frame)
    coordinating: frozenset[str] = frozenset()  # status_endings.tsv status next: a clause so joined has the next one's tense
    headline_marks: dict[str, tuple[str, str]] = field(default_factory=dict)  # headlines.tsv: mark -> (particle, tag)
    linked_endings: dict[str, str] = field(default_factory=dict)  # status_endings.tsv linked: ending -> status of a linked clause
    seats: dict[str, str] = field(default_factory=dict)  # premises.tsv kind seat: the hall -> the ending of its government's name
    verb_statuses: dict[str, str] = field(default_factory=dict)  # status_verbs.tsv status: a verb that only proposes -> its object's status

    def role(self, particle: str, frame: str, voice: str) -> str | None:
        """The most specific particles.tsv row for this particle, frame and voice."""
        for key in ((particle, frame, voice), (particle, frame, "*"), (particle, "*", voice), (particle, "*", "*")):
            role = self.particles.get(key)
            if role is not None:
                return role
        return None


def load_frame_tables(lexicon: Lexicon | None = None) -> FrameTables:
    """The four tables from the built-in lexicon folder and every folder the lexicon was read from."""
    folders = lexicon_folders(lexicon)
    predicates: dict[str, Predicate] = {}
    particles: dict[tuple[str, str, str], str] = {}
    endings: list[tuple[str, str]] = []
    licenses: list[License] = []
    joiners: set[str] = set()
    closers: set[str] = set()
    betweens: set[str] = set()
    coordinating: set[str] = set()
    name_parts: dict[str, set[str]] = {}
    captions: set[str] = set()
    premises: set[str] = set()
    staff: set[str] = set()
    offices: set[str] = set()
    seats: dict[str, str] = {}
    status_verbs: set[str] = set()
    verb_statuses: dict[str, str] = {}
    place_words: dict[str, set[str]] = {}
    headline_marks: dict[str, tuple[str, str]] = {}
    linked_endings: dict[str, str] = {}
    for folder in folders:
        for name, columns in FRAME_TABLES.items():
            path = Path(folder) / name
            if not path.exists():
                continue
            for row in read_table(path, columns):
                if name == "frames.tsv":
                    voice = _check(row["voice"] or "active", VOICES, path, "voice")
                    cls = None if row["event_class"] in {"", "-", LEADS} else row["event_class"]
                    named_by = None if row["named_by"] in {"", "-"} else row["named_by"]
                    sets = None if row["sets_status"] in {"", "-"} else _check(row["sets_status"], STATUSES | {OWN}, path, "status")
                    predicates[row["predicate"]] = Predicate(row["frame"], cls, voice, row["noun"] or "no", named_by, sets,
                                                             row["event_class"] == LEADS)
                elif name == "particles.tsv":
                    particles[(row["particle"], row["frame"] or "*", row["voice"] or "*")] = row["role"]
                elif name == "premises.tsv":
                    kind = row.get("kind")
                    if kind == SEAT:
                        seats[row["noun"]] = row.get("of") or ""
                        continue
                    (staff if kind == STAFF else offices if kind == OFFICE else premises).add(row["noun"])
                elif name == "captions.tsv":
                    captions.add(row["cue"])
                elif name == "event_name_parts.tsv":
                    name_parts.setdefault(row["kind"], set()).add(row["part"])
                elif name == "conjunctions.tsv":
                    if row.get("closes") != BETWEEN:
                        joiners.add(row["joiner"])
                    if row.get("closes") == "yes":
                        closers.add(row["joiner"])
                    elif row.get("closes") == BETWEEN:
                        betweens.add(row["joiner"])
                elif name == "place_grammar.tsv":
                    place_words.setdefault(row["use"], set()).add(row["word"])
                elif name == "headlines.tsv":
                    headline_marks[row["mark"]] = (row["particle"], row["tag"])
                elif name == "status_verbs.tsv":
                    status_verbs.add(row["verb"])
                    if row.get("status"):
                        verb_statuses[row["verb"]] = _check(row["status"], STATUSES, path, "status")
                elif name == "status_endings.tsv" and row["status"] == NEXT_CLAUSE:
                    coordinating.add(row["ending"])
                elif name == "status_endings.tsv":
                    endings.append((row["ending"], _check(row["status"], STATUSES, path, "status")))
                    if row.get("linked"):
                        linked_endings[row["ending"]] = _check(row["linked"], STATUSES, path, "status")
                else:
                    when = row["when"] or "*"
                    if when not in {"*", AT_HOME}:
                        _check(when, STATUSES, path, "status")
                    licenses.append(License(row["frame"], row["subject"], row["relation"], row["object"], when,
                                            row["subject_kind"] or "*"))
    return FrameTables(predicates, particles, tuple(endings), tuple(licenses), frozenset(joiners), frozenset(closers),
                       frozenset(betweens),
                       {kind: frozenset(parts) for kind, parts in name_parts.items()}, frozenset(captions),
                       frozenset(premises), frozenset(staff), frozenset(status_verbs), _wide_places(lexicon),
                       {use: frozenset(words) for use, words in place_words.items()}, frozenset(offices),
                       frozenset(p for (p, frame, voice), role in particles.items() if frame == voice == "*" and role == THEME
                                 and p.isalpha()), frozenset(coordinating), headline_marks, linked_endings, seats,
                       verb_statuses)


def _wide_places(lexicon: Lexicon | None) -> frozenset[str]:
    """Names of the places that hold others (countries, provinces, cities, counties): such a place right before
    another ('프랑스 리옹에서', '누리시 가나시장에서') is where the event happens too."""
    if lexicon is None:
        return frozenset()
    return frozenset(name for place in lexicon.places if place.kind in WIDE_PLACE_KINDS
                     for name in (place.ko, *place.aliases))


def _check(value: str, allowed: set[str], path: Path, what: str) -> str:
    if value not in allowed:
        raise LexiconError(f"{path}: unknown {what} {value!r} (one of: {', '.join(sorted(allowed))})")
    return value


@dataclass(frozen=True)
class Phrase:
    """A resolved mention as a frame sees it: its entity, class and where its particle is looked for."""

    key: str
    cls: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Frame:
    """One predicate of a sentence: its kind, status, and the phrases in each role."""

    kind: str
    predicate: str
    event_class: str | None
    voice: str
    status: str
    sentence: int
    named_by: str | None
    decides_status: bool
    accompanies: bool
    at_home: frozenset[str]  # the agents whose own premises the clause is placed at
    start: int
    end: int
    roles: tuple[tuple[str, Phrase], ...]
    subject_said: bool = False
    relative: bool = False  # the predicate modifies a noun ('…에서 열린 포럼')
    agent_said: bool = False  # a subject other than an event stands before the predicate ('만찬이 개최됐다' names none)
    partner_unnamed: bool = False  # a partner the extractor does not know stands in the clause ('A와 B는 한 업체와 …')
    object_of_its_own: bool = False  # an object that is no event stands in the clause ('박람회에 부스를 마련해')

    def fillers(self, role: str) -> list[Phrase]:
        return list(self._by_role.get(role, ()))

    @cached_property
    def _by_role(self) -> dict[str, list[Phrase]]:
        """Readers ask a frame for its roles tens of times each: grouped once."""
        grouped: dict[str, list[Phrase]] = {}
        for name, phrase in self.roles:
            grouped.setdefault(name, []).append(phrase)
        return grouped


@dataclass(frozen=True)
class _Site:
    """Where a predicate sits among the sentence's tokens."""

    predicate: Predicate
    stem: str
    index: int
    start: int
    end: int
    head_start: int | None
    accompanies: bool = False


class FrameReader:
    """Finds the predicates of a sentence and gives each the phrases before it, by their particles."""

    def __init__(self, tables: FrameTables):
        self.tables = tables
        self.home_frames = frozenset(rule.frame for rule in tables.licenses if rule.when == AT_HOME)
        self.sided_frames = frozenset(rule.frame for rule in tables.licenses if rule.subject == rule.object == AGENT)
        self.adverbs = frozenset(particle for particle, _, _ in tables.particles)
        self.compounds = frozenset(particle for particle in self.adverbs if " " in particle)
        self.joining_verbs = frozenset(joiner.split(" ", 1)[1] for joiner in tables.joiners if " " in joiner)
        self.spaced_joiners = tuple(sorted((j for j in tables.joiners if " " in j), key=len, reverse=True))
        # passed over between a relative clause and its noun: '열린 이번 포럼', '참석한 이날 포럼'
        self.before_head = tables.name_parts.get(DEMONSTRATIVE, frozenset()) | tables.name_parts.get(SAME_DAY, frozenset())

    def read(self, sentence: Sentence, phrases: list[Phrase]) -> list[Frame]:
        tokens = sentence.tokens
        speech = _speech_spans(tokens)
        ordered = _in_order(tokens, phrases)
        topic_comma, headline_topic = _headline_topic(tokens, ordered, self.tables.headline_marks)
        sites = self._sites(tokens, headline=topic_comma is not None)
        event_starts = {p.start for p in ordered if p.cls in EVENT_KINDS}
        sites = [s for s in sites if s.predicate.noun != RELATIVE_NOUN or s.head_start in event_starts]
        if not sites:
            return []
        assigned: dict[int, list[tuple[str, Phrase]]] = {i: [] for i in range(len(sites))}
        site_at = {site.start: i for i, site in enumerate(sites)}
        verbs = _predicate_starts(tokens, sites, phrases, sentence, self.joining_verbs,
                                  self.tables.name_parts.get(ADVERBIAL, frozenset()), self.tables.place_words.get(LOCATED, frozenset()),
                                  self.tables.place_words.get(VENUE_PARTICLE, frozenset()),
                                  self.tables.name_parts.get(FRAMING, frozenset()))
        topics: list[tuple[str, Phrase, int]] = []
        subjects: list[tuple[str, Phrase, int]] = []
        head_cls = {p.start: p.cls for p in ordered}
        shared_heads = _shared_heads(tokens, sites, verbs)
        ends = self._listed_ends(tokens, ordered, self._conjoined_ends(sentence, ordered, topic_comma))
        ends = [self._joined_to_noun(sentence, end) for end in ends]
        for phrase, end in zip(ordered, ends):
            particle, tag = _particle_after(tokens, end, self.adverbs, self.tables.closers, self.tables.staff, self.tables.joiners)
            if topic_comma is not None and end <= topic_comma and not sentence.text[end - sentence.start : topic_comma - sentence.start].strip():
                particle, tag = headline_topic  # '가나부, 포럼 개최': 가나부 is what the headline is about
            if self.compounds and tag is not None:
                particle = self._compound(sentence, end, particle)
            if phrase is ordered[0] and particle in self.tables.place_words.get(SITE, ()) and _kind(phrase.cls) == "agent" \
                    and phrase.cls != "Person" and not any(t.tag.startswith("J") for t in tokens if t.end <= phrase.start):
                subject = self._body_subject(tokens, end, verbs, site_at, sites, tag)
                if subject is not None:  # '가나청에서는 설명회를 실시한다': a body with 에서 opening the sentence is its subject
                    particle, tag = subject
            if tag in TOPIC_TAGS:
                nearest = next((i for i, site in enumerate(sites) if site.start >= end and site.head_start is None), None)
            elif _topical(tokens, end, tag):  # '간담회에서는 지난달 열린 포럼이 논의됐다': of the main clause, not of 열린
                later = [v for v in verbs if v >= end and not _relative_at(tokens, v)]
                nearest = site_at.get(later[0]) if later else None
            else:
                later = [v for v in verbs if v >= end]
                nearest = site_at.get(later[0]) if later else None
                if nearest is not None and len(later) > 1 and self._gapped(sites[nearest], particle, head_cls):
                    nearest = site_at.get(later[1])
            for i, site in enumerate(sites):
                head = site.head_start if site.head_start is not None else shared_heads.get(i)
                if head is not None and site.end <= phrase.start and phrase.start == head:
                    role = self._head_role(site, phrase.cls)
                    if role:
                        assigned[i].append((role, phrase))
            if nearest is None:
                continue
            site = sites[nearest]
            if particle == BARE and not _adjacent(tokens, end, site.start):
                continue
            if tag in TOPIC_TAGS:
                topics.append((particle, phrase, nearest))
                continue
            role = _fitted(self.tables.role(particle, site.predicate.frame, site.predicate.voice), phrase, site.predicate)
            if role:
                assigned[nearest].append((role, phrase))
            if tag in SUBJECT_TAGS and site.head_start is None:
                subjects.append((particle, phrase, nearest + 1))
        # a topic speaks first for the clause it opens ('…와 만나 논의하는 자리도 마련됐다': the occasion is what
        # is arranged, not those who met), then a subject carries over to later clauses, then the topic
        near = [(particle, phrase, first, first + 1) for particle, phrase, first in topics]
        later = [(particle, phrase, first + 1, len(sites)) for particle, phrase, first in topics]
        for carried in (near, [(*s, len(sites)) for s in subjects], later):
            direct = {i: {r for r, _ in roles} for i, roles in assigned.items()}
            for particle, phrase, first, last in carried:
                for i in range(first, last):
                    site = sites[i]
                    role = _fitted(self.tables.role(particle, site.predicate.frame, site.predicate.voice), phrase, site.predicate)
                    if role and role not in direct[i] and site.head_start is None:
                        assigned[i].append((role, phrase))
        if topics:
            self._share_opening_clauses(tokens, sites, topics[0], assigned)
        for i, site in enumerate(sites):
            if site.head_start is None or site.predicate.voice != "active":
                continue
            roles = assigned[i]
            heads = [k for k, (role, phrase) in enumerate(roles) if phrase.start == site.head_start and role == THEME]
            if heads and any(role == THEME and phrase.start != site.head_start for role, phrase in roles):
                for k in heads:  # '창립총회를 가진 다라인베스트먼트': the clause has its object, so its head is who acts
                    roles[k] = (AGENT, roles[k][1])
        jointly = self.tables.name_parts.get(JOINTLY)
        if jointly:
            for i, site in enumerate(sites):
                if site.predicate.frame not in COUNTERPART_FRAMES and _done_jointly(tokens, site.index, jointly):
                    assigned[i] = _joined_as_coagents(assigned[i])
        for i, site in enumerate(sites):
            if site.predicate.frame == SPONSOR:
                assigned[i] = [*assigned[i], *_organizers_before(sites, assigned, i)]
        if speech:
            for i, site in enumerate(sites):
                assigned[i] = [(role, phrase) for role, phrase in assigned[i]
                               if _quoted_in(speech, phrase.start) in {None, _quoted_in(speech, site.start)}]
        frames = []
        event_ends = frozenset(end for phrase, end in zip(ordered, ends) if phrase.cls in EVENT_KINDS)
        named_events = frozenset(phrase.end for phrase in ordered if phrase.cls in EVENT_KINDS) | event_ends
        statuses = self._statuses(tokens, sites)
        for i, site in enumerate(sites):
            frames.append(Frame(site.predicate.frame, site.stem, site.predicate.event_class, site.predicate.voice,
                                statuses[i], sentence.index, site.predicate.named_by,
                                site.predicate.sets_status is not None, site.accompanies or site.predicate.leads,
                                self._at_home(tokens, sites, i, ordered, assigned[i]), site.start, site.end, tuple(assigned[i]),
                                _subject_said(tokens, site.start, _also_done(tokens, event_ends) if site.predicate.frame == SIGNING else frozenset()),
                                site.head_start is not None,
                                _subject_said(tokens, site.start, event_ends),
                                self._partner_unnamed(sentence, sites, i, ordered, assigned[i]),
                                _object_of_its_own(tokens, sites, i, named_events)))
        return frames

    def _share_opening_clauses(self, tokens: tuple[Token, ...], sites: list[_Site], topic: tuple[str, Phrase, int],
                               assigned: dict[int, list[tuple[str, Phrase]]]) -> None:
        """A clause that opens the sentence with no subject of its own and links to the next ('…을 마친 뒤', '…에
        참석해') has the subject of the topic that follows it: '간담회를 마친 후 가나부 장관은 기자들과 만나 …'."""
        particle, phrase, first = topic
        if phrase.cls in EVENT_KINDS:
            return  # '… 면담해 논의하고, 체결식도 진행한다': an event the later clause also holds is no subject of the first
        sequence = self.tables.name_parts.get(SEQUENCE, frozenset())
        for i in range(first):
            site = sites[i]
            if site.head_start is not None or site.end > phrase.start or _subject_said(tokens, site.start):
                continue
            linking = [t for t in tokens if site.end <= t.start < phrase.start and (t.tag == "EC" or t.form in sequence)]
            role = _fitted(self.tables.role(particle, site.predicate.frame, site.predicate.voice), phrase, site.predicate)
            if linking and role and role not in {r for r, _ in assigned[i]}:
                assigned[i].append((role, phrase))

    @staticmethod
    def _body_subject(tokens: tuple[Token, ...], end: int, verbs: list[int], site_at: dict[int, int], sites: list[_Site],
                      tag: str | None) -> tuple[str, str] | None:
        """The subject particle a body's 에서 (or 에서는) stands for when the predicate it belongs to is an active main
        verb ('가나청에서 오는 9일 설명회를 연다': 가나청 holds it; not '가나청에서 열린 포럼', where it is the venue)."""
        later = [v for v in verbs if v >= end]
        if not later or later[0] not in site_at or _relative_at(tokens, later[0]) or sites[site_at[later[0]]].predicate.voice != "active":
            return None
        return ("는", "JX") if _topical(tokens, end, tag) else ("이", "JKS")

    def _partner_unnamed(self, sentence: Sentence, sites: list[_Site], i: int, phrases: list[Phrase], roles) -> bool:
        """A comitative of the clause after its agents that follows no phrase the sentence resolved: 'A와 B는
        '가나소재'와 협약을 맺었다' names a partner (an unknown firm) of A and B, who are then one side."""
        site = sites[i]
        if site.predicate.frame not in self.sided_frames or site.head_start is not None or not any(role == AGENT for role, _ in roles):
            return False
        begin = max([sites[i - 1].end if i > 0 else sentence.start, *(p.end for r, p in roles if r == AGENT)])
        for token in sentence.tokens:
            if not begin <= token.start < site.start or token.tag != "JKB":
                continue
            particle = self._compound(sentence, token.start, token.form) if self.compounds else token.form
            if self.tables.role(particle, site.predicate.frame, site.predicate.voice) != PARTNER:
                continue  # 'A와 B는 기업인들과 함께': those who join them are no other side
            if not any(p.start < token.start and not _PARENTHESIS.sub("", sentence.text[p.end - sentence.start : token.start - sentence.start]).strip(QUOTES + " )")
                       for p in phrases):
                return True
        return False

    def _joined_to_noun(self, sentence: Sentence, end: int) -> int:
        """Where the particle of a phrase joined by a verb ('을 비롯한') to a noun that is no phrase is found: after
        that noun ('가나 회장을 비롯한 청년 창업가 50여명이 참석했다': 가나 takes 이 and attends)."""
        rest = sentence.text[end - sentence.start : end - sentence.start + JOINER_REACH].lstrip()
        joiner = next((j for j in self.spaced_joiners if rest.startswith(j)), None)
        if joiner is None:
            return end
        at = sentence.start + sentence.text.index(joiner, end - sentence.start) + len(joiner)
        for token in tokens_after(sentence.tokens, at):
            if token.tag.startswith("J"):
                return token.start
            if token.tag not in NOUN_PHRASE_TAGS:
                return end
        return end

    def _compound(self, sentence: Sentence, end: int, particle: str) -> str:
        """A particle with the word after it where particles.tsv has a row for the two ('와 함께', '과 공동으로')."""
        token = next((t for t in tokens_after(sentence.tokens, end) if t.form == particle), None)
        if token is None:
            return particle
        rest = sentence.text[token.end - sentence.start :].lstrip()
        word = rest.split(" ", 1)[0].rstrip(",")
        compound = f"{particle} {word}"
        return compound if compound in self.compounds else particle

    def _at_home(self, tokens: tuple[Token, ...], sites: list[_Site], i: int, phrases: list[Phrase], roles) -> frozenset[str]:
        """The agents at whose own premises the clause places its predicate ('본사에서', '본사 대회의실에서'), not another
        body's ('다라전자 본사에서'); a government at its own hall ('가나군은 군청 회의실에서': 가나군 alone)."""
        if sites[i].predicate.frame not in self.home_frames and "*" not in self.home_frames:
            return frozenset()
        agents = frozenset(p.key for r, p in roles if r == AGENT)
        governments = [p for r, p in roles if r == AGENT and p.cls != "Person" and _kind(p.cls) == "agent"]
        seated = frozenset(g.key for r, p in roles if r == "place" for g in self._seated(p.text.split(" ", 1)[0], governments))
        if seated:
            return seated  # '가나군은 가나군청 회의실에서'
        begin = sites[i - 1].end if i > 0 else -1
        for j, token in enumerate(tokens[:-1]):
            if not begin <= token.start < sites[i].start:
                continue
            seat = next((hall for hall in self.tables.seats if token.form.endswith(hall)), None) if token.tag in {"NNG", "NNP"} else None
            if token.form not in self.tables.premises and seat is None:
                continue
            if any(p.start < token.start < p.end and _kind(p.cls) == "agent" for p in phrases):
                continue  # a word of a body's own name ('가나관리본부에서')
            k = j + 1
            while k < len(tokens) - 1 and k - j <= ROOMS and tokens[k].tag in ROOM_TAGS:
                k += 1  # a room of the premises: '본사 대회의실에서'
            if tokens[k].tag != "JKB" or self.tables.role(tokens[k].form, "*", "*") != "place":
                continue
            if seat is not None:
                seated = frozenset(g.key for g in self._seated(token.form, governments))
                if seated:
                    return seated
                continue
            owner = next((p for p in phrases if _adjacent(tokens, p.end, token.start) and p.end <= token.start), None)
            if owner is None or _kind(owner.cls) != "agent" or owner.key in agents:
                return agents
        return frozenset()

    def _seated(self, word: str, governments: list[Phrase]) -> list[Phrase]:
        """The governments whose hall the word names: '군청' any 군 of the clause (its subject, as nothing else is
        said), '가나군청' 가나군 alone."""
        for hall, ending in self.tables.seats.items():
            if word == hall:
                return [g for g in governments if g.text.endswith(ending)]
            if word.endswith(hall):
                return [g for g in governments if g.text == word[: -len(hall)] + ending]
        return []

    def caption(self, sentence: Sentence) -> bool:
        """A photo caption that lists the people in the picture: '(좌측부터 …'."""
        opening = sentence.text.lstrip("(（[ ")[:12]
        return any(opening.startswith(cue) for cue in self.tables.captions)

    def caption_start(self, sentence: Sentence) -> int | None:
        """Where a caption in brackets at the end of a sentence begins: '… 참석했다. (좌측부터 …)'."""
        for cue in self.tables.captions:
            found = sentence.text.find(cue)
            if found > 0 and sentence.text[:found].rstrip().endswith(("(", "（", "[")):
                return sentence.start + found
        return None

    def _gapped(self, site: _Site, particle: str, head_cls: dict[int, str]) -> bool:
        """A relative clause's own head fills the role the phrase would take, so the phrase belongs to the
        next predicate: in 'A가 서울에서 열린 포럼에 참석했다' 포럼 is what 열린 is said of, A attends."""
        if site.head_start is None or site.accompanies:
            return False
        role = self.tables.role(particle, site.predicate.frame, site.predicate.voice)
        head = head_cls.get(site.head_start)
        if role == THEME and site.predicate.voice == "active" and head is not None and head not in EVENT_KINDS:
            return False  # '창립총회를 가진 다라인베스트먼트': an object before an active verb whose head is no event is its own
        return role is not None and role == self._head_role(site, head)

    def _head_role(self, site: _Site, cls: str | None) -> str | None:
        """The role of the noun a relative clause modifies: an event's own row (^event) before the general one."""
        frame, voice = site.predicate.frame, site.predicate.voice
        return (cls in EVENT_KINDS and self.tables.role(EVENT_HEAD, frame, voice)) or self.tables.role(RELATIVE_HEAD, frame, voice)

    def _conjoined_ends(self, sentence: Sentence, phrases: list[Phrase], stop: int | None = None) -> list[int]:
        """Where each phrase's particle is looked for: after the last phrase it is joined to ('A·B가', and a
        phrase right before another: '가나협회 김가나 회장과', but not a place before a place: '서울 가나호텔에서'
        is one venue); a lone
        와/과 joins only as a conjunction (JC), not as the comitative ('A와 협약을': A is a partner)."""
        ends = [p.end for p in phrases]
        for i in range(len(phrases) - 2, -1, -1):
            if stop is not None and phrases[i].end <= stop < phrases[i + 1].start:
                continue  # a headline's subject ends at its comma ('가나부, 다라청과 협약')
            gap = sentence.text[phrases[i].end - sentence.start : phrases[i + 1].start - sentence.start]
            gap = _PARENTHESIS.sub("", gap).strip().strip(QUOTES).strip()
            owned = self._owner_before(sentence, phrases, i + 1)
            if owned is not None and gap in self.tables.joiners and _kind(phrases[i].cls) == _kind(phrases[owned].cls) == "agent":
                ends[i] = ends[owned]  # 'A, 가나국의 B와': the item after the joiner is B, which 가나국 only qualifies
                continue
            if not gap and _post_of(phrases[i], phrases[i + 1]):
                continue  # '가나협회 김가나 회장이': the body names the person's post; he acts, his body follows by licensing
            if not gap and _names_unit(sentence, phrases, i):
                continue
            if (gap and gap not in self.tables.joiners and not self._list_between(sentence, phrases[i].end, phrases[i + 1].start)) \
                    or phrases[i + 1].start < phrases[i].end or (not gap and phrases[i].cls == PLACE
                        and not (phrases[i + 1].cls == PLACE and phrases[i].text in self.tables.wide_places)):
                continue
            between = _tokens_between(sentence, phrases[i].end, phrases[i + 1].start)
            if len(between) == 1 and between[0].tag.startswith("J") and between[0].tag != "JC":
                continue
            if _kind(phrases[i].cls) != _kind(phrases[i + 1].cls) and not (gap and {phrases[i].cls, phrases[i + 1].cls} == STATES):
                continue  # (a country and a state that is its own government join in a list: '가나국, 다라국, 교황청을')
            ends[i] = ends[i + 1]
        return ends

    @staticmethod
    def _owner_before(sentence: Sentence, phrases: list[Phrase], k: int) -> int | None:
        """The phrase a place or body in the genitive right before it qualifies ('대만의 가나건설'), or the person a body
        right before him names the post of ('가나협회 김가나 회장'), if any."""
        if k + 1 >= len(phrases):
            return None
        between = _tokens_between(sentence, phrases[k].end, phrases[k + 1].start)
        if _post_of(phrases[k], phrases[k + 1]) and not between:
            return k + 1
        return k + 1 if phrases[k].cls == PLACE and len(between) == 1 and between[0].tag == "JKG" else None

    def _listed_ends(self, tokens: tuple[Token, ...], phrases: list[Phrase], ends: list[int]) -> list[int]:
        """A list that '등' closes speaks with one particle, the one after the noun naming it: every agent named
        in the list, however its item reads, takes that particle ('가나의 대표, 다라 부회장 등 10명이 참석했다':
        가나 and 다라 attend). The list runs back to the clause's start."""
        if not any(t.form in self.tables.closers for t in tokens):
            return ends
        out = list(ends)
        begin = -1
        for j, closer in enumerate(tokens):
            if closer.tag == "EF" or (closer.tag == "EC" and j + 1 < len(tokens) and tokens[j + 1].tag == "SP"):
                begin = closer.end
            if closer.form not in self.tables.closers or not closer.tag.startswith("NN"):
                continue
            head = self._list_head(tokens, phrases, closer)
            for i, phrase in enumerate(phrases):
                if not begin <= phrase.start < closer.start or _kind(phrase.cls) != "agent" or ends[i] > closer.start:
                    continue
                _, tag = _particle_after(tokens, ends[i], self.adverbs, self.tables.closers, self.tables.staff, self.tables.joiners)
                listed = tag in LIST_ITEM_TAGS and not any(t.tag in LIST_BREAKS and not _modifying(tokens, k, j)
                                                           for k, t in enumerate(tokens[:j]) if t.start >= ends[i])
                if listed or (head is not None and _adjacent(tokens, ends[i], closer.start)):
                    out[i] = closer.start if head is None else ends[head]
        return out

    @staticmethod
    def _list_head(tokens: tuple[Token, ...], phrases: list[Phrase], closer: Token) -> int | None:
        """The phrase right after '등' that names the list ('A, B 등 주요 5개 기관'), if any."""
        head = next((i for i, p in enumerate(phrases) if p.start >= closer.end), None)
        if head is None or _kind(phrases[head].cls) != "agent" or any(t.tag not in LIST_HEAD_TAGS | {"JKG", "XSN"} for t in tokens
                               if closer.end <= t.start < phrases[head].start):
            return None
        return head

    def lists(self, sentence: Sentence, phrases: list[Phrase]) -> list[tuple[list[Phrase], Phrase]]:
        """Lists that '등' closes and the phrase that names them right after it: 'A, B 등 5개 기관' (the items,
        the collective they belong to)."""
        tokens = sentence.tokens
        closers = [t for t in tokens if t.form in self.tables.closers and t.tag.startswith("NN")]
        if not closers:
            return []
        ordered = _in_order(tokens, phrases)
        ends = self._listed_ends(tokens, ordered, self._conjoined_ends(sentence, ordered))
        out = []
        for closer in closers:
            head = self._list_head(tokens, ordered, closer)
            if head is None:
                continue
            floor = self._list_floor(tokens, closers, ordered, closer)
            members = [p for i, p in enumerate(ordered) if floor <= p.start and p.end <= closer.start and _kind(p.cls) == "agent"
                       and (ends[i] in {closer.start, ends[head]} or _adjacent(tokens, ends[i], closer.start))]
            if members:
                out.append((members, ordered[head]))
        return out

    def _list_floor(self, tokens: tuple[Token, ...], closers: list[Token], phrases: list[Phrase], closer: Token) -> int:
        """Where the list that a '등' closes begins: after an earlier list and the collective that names it ('A, B
        등 투자기업 5곳과 C, D 등 주민단체 4곳': C and D belong to the second list only, and so does not the first
        collective; a collective named as an item, with no list of its own, may still be one: 'G와 C 등 30명')."""
        floor = -1
        for earlier in (t for t in closers if t.end <= closer.start):
            head = self._list_head(tokens, phrases, earlier)
            floor = max(floor, phrases[head].end if head is not None and phrases[head].end <= closer.start else earlier.end)
        return floor

    def sides(self, sentence: Sentence, phrases: list[Phrase]) -> list[tuple[list[Phrase], Phrase]]:
        """'A와 B 간 협약', 'A·B 간의 협정': the phrases joined before 간 are the sides of the event right after it."""
        tokens = sentence.tokens
        marks = [t for t in tokens if t.form in self.tables.betweens and t.tag.startswith("NN")]
        if not marks:
            return []
        ordered = _in_order(tokens, phrases)
        ends = self._conjoined_ends(sentence, ordered)
        out = []
        for mark in marks:
            event = next((p for p in ordered if p.start >= mark.end and p.cls in EVENT_KINDS), None)
            if event is None or not self._names_sides(tokens, mark, event):
                continue
            sides = [p for i, p in enumerate(ordered) if p.end <= mark.start and _kind(p.cls) == "agent"
                     and not any(True for _ in tokens_after(tuple(t for t in tokens if t.start < mark.start), ends[i]))]
            if len(sides) >= 2:
                out.append((sides, event))
        return out

    def _names_sides(self, tokens: tuple[Token, ...], mark: Token, event: Phrase) -> bool:
        """Between '간' and the event it names only the event's own words, which may say what it is for ('A와 B 간
        교육, 연구 등을 위한 양해각서'), but no clause end, no case of another phrase ('간 역할에 대한 C 간 협정'),
        and no second '간'; '간에는' puts the sides before the clause that names the event ('A와 B 간에는 협약이
        체결됐다')."""
        purposes = self.tables.name_parts.get("purpose", frozenset())
        between = [t for t in tokens if mark.end <= t.start < event.start]
        if between and between[0].start == mark.end and between[0].form == "에" and between[0].tag == "JKB":
            between = between[2:] if len(between) > 1 and between[1].tag == "JX" else between[1:]
        for k, token in enumerate(between):
            if token.tag in {"EF", "EC"} or token.form in self.tables.betweens:
                return False
            if token.tag.startswith("J") and token.tag not in {"JKG", "JC"} and not (
                    k + 1 < len(between) and between[k + 1].form in purposes):
                return False
        return True

    def _list_between(self, sentence: Sentence, end: int, start: int) -> bool:
        """Between two phrases, a joiner and then unnamed items of the same list up to the word that closes it:
        '가나공사를 비롯해 관계기관, 협력업체 등 다라협회가'."""
        between = [t for t in sentence.tokens if end <= t.start < start and not (t.tag in {"SSO", "SSC"})]
        if not between:
            return False
        if any(t.form in self.tables.closers for t in between) and any(t.tag == "JC" for t in between) and all(
                t.tag in LIST_HEAD_TAGS or t.tag in {"SP", "JC"} for t in between):
            return True  # a list closed and named, then joined to the next phrase: 'A·B 등 공공기관과 C가'
        if between[-1].form not in self.tables.closers:
            return False
        for k, token in enumerate(between):
            lead = sentence.text[end - sentence.start : token.start - sentence.start].strip()
            if lead in self.tables.joiners:
                return all(t.tag in LIST_HEAD_TAGS or t.tag == "SP" for t in between[k:-1])
        return False

    def _sites(self, tokens: tuple[Token, ...], headline: bool = False) -> list[_Site]:
        """Predicates used as verbs: a stem noun before 하다/되다, or a verb lemma; in a headline that names its
        subject, a stem noun that ends a clause ('가나부, 수출 포럼 개최')."""
        sites = []
        predicates = self.tables.predicates
        for i, token in enumerate(tokens):
            predicate = predicates.get(token.form)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if predicate is None and token.tag == "NNG" and nxt is not None and nxt.tag == "JKB" and i + 2 < len(tokens) \
                    and tokens[i + 2].tag == "VV":
                taking = token.form + nxt.form + tokens[i + 2].form  # a part and the verb of taking it ('연사로 나서다')
                predicate = predicates.get(taking)
                if predicate is not None:
                    head = _relative_head(tokens, i + 2, self.tables.endings, self.tables.name_parts.get(SEQUENCE, frozenset()),
                                          self.before_head)
                    sites.append(_Site(predicate, taking, i, token.start, tokens[i + 2].end, head))
                continue
            if predicate is None and token.tag != "MAG":
                continue  # most tokens: no predicate, and no adverb that could start one
            if predicate is None and token.tag == "MAG" and nxt is not None and nxt.tag in {"XSV", "VV"}:
                predicate = self.tables.predicates.get(token.form + nxt.form)  # an adverb and its verb as one ('함께하다')
                if predicate is not None:
                    head = _relative_head(tokens, i + 1, self.tables.endings, self.tables.name_parts.get(SEQUENCE, frozenset()),
                                          self.before_head)
                    sites.append(_Site(predicate, token.form + nxt.form, i, token.start, nxt.end, head))
                continue
            if predicate is None:
                continue
            if token.tag.startswith("NN") and nxt is not None and nxt.tag == "XSV":
                voice = VOICE_SUFFIXES.get(nxt.form, predicate.voice)
                predicate = Predicate(predicate.frame, predicate.event_class, voice, predicate.noun, predicate.named_by,
                                      predicate.sets_status, predicate.leads)
                last = i + 1
            elif token.tag in {"VV", "VA"}:
                last = i
            elif token.tag.startswith("NN") and predicate.noun == RELATIVE_NOUN:
                if nxt is not None and nxt.tag in {"NNG", "NNP"} and nxt.start > token.end:
                    sites.append(_Site(predicate, token.form, i, token.start, token.end, nxt.start))
                continue
            elif token.tag.startswith("NN") and (predicate.noun == "any" or headline and (nxt is None or nxt.tag in HEADLINE_BREAKS)
                                                  or i > 0 and (tokens[i - 1].tag == "JKO" or (
                    predicate.noun == "yes" and tokens[i - 1].end < token.start and tokens[i - 1].tag.startswith(("NN", "SL"))))):
                head = _relative_head(tokens, i, self.tables.endings, self.tables.name_parts.get(SEQUENCE, frozenset()),
                                      self.before_head)
                sites.append(_Site(predicate, token.form, i, token.start, token.end, head))
                continue
            else:
                continue
            head = _relative_head(tokens, last, self.tables.endings, self.tables.name_parts.get(SEQUENCE, frozenset()),
                                  self.before_head)
            sites.append(_Site(predicate, token.form, i, token.start, tokens[last].end, head,
                               head is not None and _form_at(tokens, head) in self.tables.name_parts.get("accompanying", ())))
        return sites

    def status(self, tokens: tuple[Token, ...], index: int) -> str:
        """The status the ending after a predicate gives; up to the clause's end, its past tense or its
        relative ending (and the noun after it: '할 예정')."""
        forms: list[str] = []
        linked_at = None  # where a connective ending joins the next clause ('체결하고 … 하기로 했다')
        stem_end = index + 1  # past the suffix that makes a noun the verb ('유치+하'): where the endings start
        while stem_end < len(tokens) and tokens[stem_end].tag == "XSV":
            stem_end += 1
        for j in range(stem_end, min(len(tokens), index + 12)):
            token = tokens[j]
            if linked_at is None and token.tag == "EC" and token.form in LINKING and j + 1 < len(tokens) and tokens[j + 1].tag != "VX":
                linked_at = len(forms) + 1
            forms.append(token.form)
            if token.tag == "EF" or (token.tag == "EP" and status_of(self.tables.endings, [token.form]) == PAST):
                break
            if token.tag == "ETM":
                forms.extend(t.form for t in tokens[j + 1 : j + 3])
                break
            if token.tag in {"SP", "SF"} or (token.tag == "SSO" and token.form in SPEECH_QUOTES):
                break
        if linked_at is not None and self.tables.linked_endings and status_of(self.tables.endings, forms[:linked_at]) is None:
            ending = _ending_of(self.tables.endings, forms[linked_at:])
            if ending in self.tables.linked_endings:
                return self.tables.linked_endings[ending]  # a decision taken now: the clause linked to it is done
        return status_of(self.tables.endings, forms) or PAST

    def _statuses(self, tokens: tuple[Token, ...], sites: list[_Site]) -> list[str]:
        """Each predicate's status; one that gives its event its own status (sets_status own) and whose ending
        only links it to the next clause ('합병을 추진해 … 새 법인을 세운다') takes the next predicate's."""
        statuses: list[str] = []
        contrast = self.tables.name_parts.get(CONTRAST, frozenset())
        goal = self.goal(tokens)
        for i in range(len(sites) - 1, -1, -1):
            site = sites[i]
            fixed = site.predicate.sets_status
            own = fixed if fixed not in {None, OWN} else self.status(tokens, site.index)
            if goal is not None and own == PAST and site.index < goal[0] and self._untensed_until(tokens, site.index, goal[0]):
                own = goal[1]  # '협약을 맺고, … 공장을 둘러보는 것이 이번 일정이다': every clause of the goal is still to come
            if fixed == OWN and own == PAST and statuses and self._linking(tokens, site) and status_of(
                    self.tables.endings, [t.form for t in tokens[site.index + 1 : site.index + 4]]) is None:
                own = statuses[-1]
            elif own == PAST and (self._linking(tokens, site) and (
                    site.predicate.frame in SETTING_FRAMES or self._tenseless(tokens, site)) or self._present_relative(tokens, site)):
                own = self._chained(tokens, site.index) or own
            if i + 1 < len(sites) and sites[i + 1].predicate.sets_status in CALLED_OFF and any(
                    t.tag == "EC" and t.form in contrast for t in tokens[site.index + 1 : sites[i + 1].index]) \
                    and self.status(tokens, sites[i + 1].index) == PAST:
                own = sites[i + 1].predicate.sets_status  # '맺을 예정이었으나 … 취소했다': the plan was called off
            statuses.append(own)
        return statuses[::-1]

    def goal(self, tokens: tuple[Token, ...]) -> tuple[int, str] | None:
        """'…를 늘리는 게 목표다', '…를 둘러보는 것이 일정이다', '…를 여는 것을 목표로 한다': a sentence whose subject (or
        object) is a clause made a noun (a relative ending, a bound noun and its particle) and whose predicate is a goal or a schedule
        (status_endings.tsv) tells what is still to be done: where that clause ends, and its status."""
        end = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].tag == "EF"), None)
        if end is None:
            return None
        at = next((k for k in range(end - 1, 0, -1) if tokens[k].tag == "ETM"), None)
        if at is None or at + 2 >= end or tokens[at + 1].tag != "NNB" or tokens[at + 2].tag not in NOMINAL_SUBJECT | {"JKO"}:
            return None
        status = status_of(self.tables.endings, [t.form for t in tokens[at + 1 : end + 1]])
        return (at, status) if status not in {None, PAST} else None

    def plain_present(self, tokens: tuple[Token, ...]) -> str | None:
        """The status of a sentence with no past tense that ends in a plain present ('…체결하고, 공장을 둘러본다':
        planned); None for one that ends in a noun of plan after a copula ('…열고, 내년부터 … 추진할 계획이다', where a
        comma sets a done clause apart)."""
        end = next((t for t in reversed(tokens) if t.tag == "EF"), None)
        status = status_of(self.tables.endings, [end.form]) if end is not None else None
        return status if status not in {None, PAST} and not self.tells_done(tokens) else None

    def tells_done(self, tokens: tuple[Token, ...]) -> bool:
        """A past tense of the sentence's own ('열었다', '체결했다고'), or a past relative before a bound noun that tells
        what was done before (event_name_parts.tsv done-before: '체결한 바 있다')."""
        before = self.tables.name_parts.get(DONE_BEFORE, frozenset())
        return any(t.tag == "EP" and status_of(self.tables.endings, [t.form]) == PAST or t.tag == "ETM" and k + 1 < len(tokens)
                   and tokens[k + 1].form in before and status_of(self.tables.endings, [t.form]) == PAST
                   for k, t in enumerate(tokens))

    @staticmethod
    def _untensed_until(tokens: tuple[Token, ...], index: int, end: int) -> bool:
        """No tense of its own and no sentence end between a predicate and where the goal's clause ends."""
        return not any(t.tag in {"EP", "EF"} for t in tokens[index + 1 : end])

    def _chained(self, tokens: tuple[Token, ...], index: int) -> str | None:
        """'가나국을 방문해 … 논의할 예정이다': a visit that leads into what is done there is as far along as the
        clause's last predicate, or the reported one ('방문해 … 나선다고 밝혔다'); a decision ('하기로 했다') is
        taken now and says nothing of the visit."""
        speech = _speech_spans(tokens)  # '출범식을 열고 “…하겠다”고 말했다': the tenses there are the speaker's
        quoted = {k for k, t in enumerate(tokens) if _quoted_in(speech, t.start) is not None}
        stems = [k for k in range(index + 1, len(tokens)) if tokens[k].tag in {"XSV", "VV"} and k not in quoted
                 and not (k + 1 < len(tokens) and tokens[k + 1].tag == "ETM" and tokens[k + 1].form not in {"ᆯ", "을"})]
        end = next((k + 1 for k in range(index, len(tokens)) if k not in quoted and (tokens[k].tag in {"EF", "SF"} or tokens[k].tag == "EC"
                    and k > index + 2 and status_of(self.tables.endings, [tokens[k].form]) is not None)), len(tokens))
        last = max((k for k in stems if k < end), default=None)
        if last is None or "기" in {t.form for t in tokens[last - 2 : last]}:
            return None
        status = self.status(tokens, last)
        return status if status != PAST else None

    def _tenseless(self, tokens: tuple[Token, ...], site: _Site) -> bool:
        """'간담회를 열고 … 시간도 가진다': a predicate joined to the next clause by its ending alone, with no
        tense of its own, is as far along as the clause it leads into; a comma after the ending sets the
        clauses apart ('협약을 체결하고, 내년부터 … 추진할 계획이다': the signing is done), unless the sentence, with no
        past tense anywhere, ends in a plain present ('협약을 체결하고, 공장을 둘러본다')."""
        j = site.index + 1
        while j < len(tokens) and tokens[j].tag == "XSV":
            j += 1
        return j + 1 < len(tokens) and tokens[j].tag == "EC" and tokens[j].form in self.tables.coordinating \
            and (tokens[j + 1].tag != "SP" or self.plain_present(tokens) is not None)

    def _present_relative(self, tokens: tuple[Token, ...], site: _Site) -> bool:
        """'부산에서 열리는 포럼에 참석한다': a predicate in its present relative form (status_endings.tsv next) happens
        when the clause it leads into does."""
        j = site.index + 1
        while j < len(tokens) and tokens[j].tag == "XSV":
            j += 1
        return j < len(tokens) and tokens[j].tag == "ETM" and tokens[j].form in self.tables.coordinating

    @staticmethod
    def _linking(tokens: tuple[Token, ...], site: _Site) -> bool:
        """The predicate ends in a connective ending (EC) right after its stem."""
        j = site.index + 1
        while j < len(tokens) and tokens[j].tag in {"XSV", "EP"}:
            j += 1
        return j < len(tokens) and tokens[j].tag == "EC"


def _done_jointly(tokens: tuple[Token, ...], index: int, jointly: frozenset[str]) -> bool:
    """A word of doing together in the predicate's own clause ('공동 개최했다', '공동으로 포럼을 추진한다', '함께
    열었다'), a word of its own: not the one of '와 함께' (a co-agent's particle), of an earlier clause, or of a name
    or title ('민관합동 사절단', '공동대표')."""
    for k in range(index - 1, -1, -1):
        token = tokens[k]
        if token.tag in CLAUSE_ENDS:
            return False
        if token.form not in jointly or k > 0 and (tokens[k - 1].tag in COMITATIVE_TAGS or tokens[k - 1].end == token.start):
            continue
        after = tokens[k + 1]
        if k + 1 == index or after.start > token.end or after.tag.startswith("J"):
            return True
    return False


def _joined_as_coagents(roles: list[tuple[str, Phrase]]) -> list[tuple[str, Phrase]]:
    """What is done together: the partners, and the agents after the first, do it with the first agent
    ('가나시는 다라대와 포럼을 공동 개최했다', '가나시와 다라대는 캠프를 공동 추진한다')."""
    first = next((phrase for role, phrase in roles if role == AGENT), None)
    return [(COAGENT if role == PARTNER or role == AGENT and phrase is not first else role, phrase) for role, phrase in roles]


def _organizers_before(sites: list[_Site], assigned: dict[int, list[tuple[str, Phrase]]], i: int) -> list[tuple[str, Phrase]]:
    """The agents of the nearest hosting clause before a sponsor's ('가나협회가 주관하고 다라은행이 후원한다'): whom the
    sponsors back, in a role of the sponsoring frame."""
    for j in range(i - 1, -1, -1):
        agents = [phrase for role, phrase in assigned[j] if role == AGENT]
        if sites[j].predicate.frame == HOSTING and agents:
            return [(ORGANIZER, phrase) for phrase in agents]
    return []


def _fitted(role: str | None, phrase: Phrase, predicate: Predicate) -> str | None:
    """An event is no one's agent: as the topic or subject of a verb that makes an event it is what the verb
    is about ('이번 행사는 다섯 부처가 함께 마련했다': the event is the theme)."""
    return THEME if role == AGENT and phrase.cls in EVENT_KINDS and (predicate.event_class or predicate.sets_status) else role


def _also_done(tokens: tuple[Token, ...], event_ends: frozenset[int]) -> frozenset[int]:
    """'이날 다라은행과 업무협약도 체결했다': where an event phrase ends before the additive particle, which marks what
    is signed too, not who signs it (the subject is left out, carried over from the sentence before; not so for an
    event held, '면담도 진행했다', which may be another's)."""
    return frozenset(t.start for t in tokens if t.start in event_ends and t.form == ADDITIVE and t.tag in TOPIC_TAGS)


def _subject_said(tokens: tuple[Token, ...], start: int, events: frozenset[int] = frozenset()) -> bool:
    """The sentence names a subject of its own before the predicate, found or not ('회원 50여 명이 참석했다'), so
    none is carried over from the sentence before; events: where event phrases end, whose subject particle names
    what happens, not who does it."""
    return any((t.tag in SUBJECT_TAGS or t.tag in TOPIC_TAGS) and i > 0 and tokens[i - 1].tag in SUBJECT_HEAD_TAGS
               and tokens[i - 1].end not in events for i, t in enumerate(tokens) if t.start < start)


def _ending_of(endings: tuple[tuple[str, str], ...], forms: list[str]) -> str | None:
    """The first row of status_endings.tsv the forms hold."""
    window = " " + " ".join(forms) + " "
    return next((ending for ending, _ in endings if f" {ending} " in window), None)


def status_of(endings: tuple[tuple[str, str], ...], forms: list[str]) -> str | None:
    """The first row of status_endings.tsv found among the forms; a row starting with ^ only right after the stem
    (remembered per table and forms: the same few endings come back)."""
    window = f" {CLAUSE_START} " + " ".join(forms) + " "
    known = _STATUSES.get(id(endings))
    if known is None or known[0] is not endings:
        if len(_STATUSES) > 16:
            _STATUSES.clear()
        known = _STATUSES[id(endings)] = (endings, {})
    if window in known[1]:
        return known[1][window]
    found = next((status for ending, status in endings if f" {ending} " in window), None)
    if len(known[1]) > 65536:
        known[1].clear()
    known[1][window] = found
    return found


_STATUSES: dict[int, tuple[tuple, dict[str, str | None]]] = {}  # status_of's answers per table, by window


def _form_at(tokens: tuple[Token, ...], start: int) -> str | None:
    return next((t.form for t in tokens if t.start == start), None)


def _relative_head(tokens: tuple[Token, ...], last: int, endings: tuple[tuple[str, str], ...],
                   sequence: frozenset[str] = frozenset(), demonstratives: frozenset[str] = frozenset()) -> int | None:
    """Where the noun a relative clause modifies starts: '열린 포럼' -> 포럼, '열린 이번 포럼' -> 포럼 (a
    demonstrative is passed over), '방문 중인 시장' -> 시장 (but '열릴 예정' is an ending, and '마친 뒤' links two
    clauses of one subject: event_name_parts.tsv sequence)."""
    whole = {ending for ending, _ in endings}
    for j in range(last + 1, min(len(tokens), last + 4)):
        token = tokens[j]
        if token.tag == "ETM":
            head = tokens[j + 1] if j + 1 < len(tokens) else None
            if head is None or f"{token.form} {head.form}" in whole:
                return None
            if head.form in sequence:
                return None
            if (head.tag == "SSO" or head.form in demonstratives) and j + 2 < len(tokens):
                head = tokens[j + 2]
            return head.start if head.tag.startswith(("NN", "SL", "MM", "SN", "XPN")) else None
        if token.tag not in {"EP", "NNB", "VCP"}:
            return None
    return None


def _shared_heads(tokens: tuple[Token, ...], sites: list[_Site], verbs: list[int]) -> dict[int, int]:
    """'A가 주최하고 B가 주관한 포럼': a clause joined by '고' to the relative clause of the same frame right after it
    modifies the same noun (its site's index -> where that noun starts), unless it has an object of its own."""
    shared = {}
    for i, (site, after) in enumerate(zip(sites, sites[1:])):
        if site.head_start is not None or after.head_start is None or site.predicate.frame != after.predicate.frame:
            continue
        begin = sites[i - 1].end if i else -1
        if any(t.tag == "JKO" and begin <= t.start < site.start for t in tokens):
            continue
        ending = next((t for t in tokens if t.start >= site.end and t.tag != "EP"), None)
        if ending is not None and ending.tag == "EC" and ending.form == "고" \
                and not any(site.start < v < after.start for v in verbs):
            shared[i] = after.head_start
    return shared


def _headline(tokens: tuple[Token, ...]) -> bool:
    """A headline: a clause with no final ending ('가나부, 다라협회와 업무협약 체결')."""
    return bool(tokens) and not any(t.tag == "EF" for t in tokens)


def _headline_topic(tokens: tuple[Token, ...], phrases: list[Phrase],
                    marks: dict[str, tuple[str, str]]) -> tuple[int | None, tuple[str, str] | None]:
    """In a headline, the names that open it and a mark after them (headlines.tsv: a comma) are its subject
    ('가나부·다라청, 포럼 개최'): where that mark stands and the particle it stands for, if the headline opens with
    a name and no particle comes before the mark."""
    if not marks or not phrases or not _headline(tokens) or phrases[0].start != tokens[0].start or _kind(phrases[0].cls) != "agent":
        return None, None
    for token in tokens:
        if token.form in marks:
            return token.start, marks[token.form]
        if token.tag.startswith(("J", "E", "V", "X")) and token.tag not in {"XSN", "XPN"}:
            return None, None
    return None, None


def _predicate_starts(tokens: tuple[Token, ...], sites: list[_Site], phrases: list[Phrase], sentence: Sentence | None = None,
                      joining: frozenset[str] = frozenset(), adverbial: frozenset[str] = frozenset(),
                      located: frozenset[str] = frozenset(), place_particles: frozenset[str] = frozenset(),
                      framing: frozenset[str] = frozenset()) -> list[int]:
    """Where every predicate of the sentence starts, framed or not: a phrase belongs to the first after it.
    A verb inside a name ('수출 확대를 위한 협약') is part of the name, no predicate of the sentence, and so is a
    verb that joins a list ('A를 비롯해 B가', conjunctions.tsv) or only says how the next one is done ('잇따라
    방문했다': event_name_parts.tsv adverbial), and so is a verb that only says what the noun after it is about ('…를
    골자로 하는 협약': event_name_parts.tsv framing), and so is a copula in its relative form, which only describes the
    name after it ('사절단에는 주관단체인 가나협회 회장 등이 참여한다'), and so is a word of location in its relative
    form after a place (place_grammar.tsv located: '장관이 가나시에 있는 호텔에서 포럼을 열었다': the minister opens it), and
    a verb's relative form before a number, which dates the clause ('가나시가 지난 5일 연 포럼')."""
    starts = {site.start for site in sites}
    inside = _starts_inside(tokens, [(site.start, site.end) for site in sites] + [(p.start, p.end) for p in phrases])
    for i, token in enumerate(tokens):
        if token.start in inside:
            continue
        if joining and sentence is not None and i > 0 and tokens[i - 1].tag == "JKO" and any(
                sentence.text.startswith(word, token.start - sentence.start) for word in joining):
            continue
        if token.form in adverbial and i + 1 < len(tokens) and tokens[i + 1].tag == "EC":
            continue
        if framing and 0 < i < len(tokens) - 1 and tokens[i + 1].tag == "ETM" and f"{tokens[i - 1].form} {token.form}" in framing:
            continue  # '협력 강화를 골자로 하는 협약': it only says what the agreement is about
        if token.tag == "VCP" and i + 1 < len(tokens) and tokens[i + 1].tag == "ETM":
            continue
        if i > 0 and tokens[i - 1].tag == "JKB" and _locating(tokens, i, located, place_particles):
            continue  # (_locating asks first for the particle before: most tokens follow none)
        if token.tag == "VV" and i + 2 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 2].tag == "SN":
            continue  # '지난 5일', '오는 20일': a verb's relative form before a number only dates the clause
        if token.tag in {"VV", "VA", "VCP"} or (token.tag == "XSV" and i > 0):
            starts.add(tokens[i - 1].start if token.tag in {"XSV", "VCP"} and i > 0 else token.start)
    return sorted(starts)


def _locating(tokens: tuple[Token, ...], i: int, located: frozenset[str], place_particles: frozenset[str]) -> bool:
    """The token is a word of location in its relative form right after a place's particle (place_grammar.tsv
    venue-particle: '가나시에 있는', '가나시에
    위치한'): it describes the place, it is no predicate of the clause."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].tag != "JKB" or tokens[i - 1].form not in place_particles:
        return False
    word = tokens[i]
    if word.tag in {"VV", "VA"} and word.form in located:
        return tokens[i + 1].tag == "ETM"
    return word.form in located and tokens[i + 1].tag == "XSV" and i + 2 < len(tokens) and tokens[i + 2].tag == "ETM"


def describes_object(tokens: tuple[Token, ...], end: int, predicates: dict[str, Predicate], event_ends: frozenset[int]) -> bool:
    """'부산에 본사를 둔 가나바이오', '보스턴에 연구소를 세운 기업': a place whose clause has an object of its own
    (no event) and ends in the relative form of a verb that opens no frame tells where that object lies, not
    where anything of the sentence happens."""
    after = list(islice(tokens_after(tokens, end), 8))
    if len(after) < 4 or after[0].start != end or after[0].tag != "JKB":
        return False
    k = 1
    while k < len(after) and after[k].tag in NOUN_PHRASE_TAGS - {"VCP", "ETM"}:
        k += 1
    if k == 1 or k + 2 >= len(after) or after[k].tag != "JKO" or after[k - 1].end in event_ends:
        return False
    verb = after[k + 1]
    j = k + 2
    while j < len(after) and after[j].tag in {"XSV", "EP"}:
        j += 1
    return j < len(after) and after[j].tag == "ETM" and verb.tag in {"VV", "NNG"} and verb.form not in predicates


def _object_of_its_own(tokens: tuple[Token, ...], sites: list[_Site], i: int, event_ends: frozenset[int]) -> bool:
    """An object particle in the clause of a predicate after a word that ends no event ('전시회에 부스를 마련해'):
    what the predicate does is to that object, not to an event named with another particle."""
    begin = sites[i - 1].end if i > 0 else -1
    before = None
    for token in tokens:
        if token.start >= sites[i].start:
            break
        if token.start >= begin and token.tag == "JKO" and before is not None and before.end not in event_ends:
            return True
        if token.tag not in {"SSC", "SSO"}:
            before = token
    return False


def _topical(tokens: tuple[Token, ...], end: int, tag: str | None) -> bool:
    """A phrase whose case particle is followed by the topic marker ('간담회에서는', '포럼에는'): it frames the
    sentence's main clause."""
    if tag is None or not tag.startswith("JKB"):
        return False
    after = tokens_after(tokens, end)
    next(after, None)
    following = next(after, None)
    return following is not None and following.tag in TOPIC_TAGS


def _relative_at(tokens: tuple[Token, ...], start: int) -> bool:
    """The predicate starting here is in its relative form ('열린', '개최한'): it modifies the noun after it."""
    j = next((k for k, t in enumerate(tokens) if t.start == start), None)
    if j is None:
        return False
    j += 1
    while j < len(tokens) and tokens[j].tag in {"XSV", "EP"}:
        j += 1
    return j < len(tokens) and tokens[j].tag == "ETM"


def _starts_inside(tokens: tuple[Token, ...], spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the tokens that begin within one of the spans: one sweep over both in order of start,
    instead of every span tried for every token."""
    inside: set[int] = set()
    spans = sorted(spans)
    k, reach = 0, -1  # reach: the furthest end of the spans that start at or before the token
    for start in sorted({t.start for t in tokens}):
        while k < len(spans) and spans[k][0] <= start:
            reach = max(reach, spans[k][1])
            k += 1
        if start < reach:
            inside.add(start)
    return inside


def _tokens_between(sentence: Sentence, start: int, end: int) -> tuple[Token, ...]:
    """The tokens that start from start up to end (bisected: the tokens come in order of start)."""
    starts = token_starts(sentence)
    return sentence.tokens[bisect_left(starts, start) : bisect_left(starts, end)]


def _post_of(body: Phrase, person: Phrase) -> bool:
    """A body right before a person names where he holds his post ('가나협회 김가나 회장'): it is no item of a list."""
    return person.cls == PERSON and _kind(body.cls) == "agent" and body.cls not in {PERSON, GROUP}


def _modifying(tokens: tuple[Token, ...], k: int, stop: int) -> bool:
    """The particle lies in a relative clause that describes the next item of a list ('A, B, 협약을 도운 C 등'): a
    relative ending follows it before the next comma, and no clause ends between ('…에 이어 열린 자리로' is no item)."""
    if not tokens[k].tag.startswith("J"):
        return False
    for token in tokens[k + 1 : stop]:
        if token.tag == "ETM":
            return True
        if token.tag in {"SP", "EF", "EC"}:
            return False
    return False


def _names_unit(sentence: Sentence, phrases: list[Phrase], i: int) -> bool:
    """'가나대학교 다라병원과', '가나공단 마라지역본부는': a body written right before another, only a space between,
    names the body the second is a unit of (relations.py writes partOf): the second alone takes the particle and acts.
    Firms side by side, three bodies in a row and a headline's bodies are a list."""
    if _headline(sentence.tokens) or not {phrases[i].cls, phrases[i + 1].cls} <= WHOLE_KINDS or phrases[i + 1].cls in FIRMS:
        return False
    apart = lambda a, b: bool(sentence.text[a.end - sentence.start : b.start - sentence.start].strip())  # noqa: E731
    before = i > 0 and phrases[i - 1].cls in WHOLE_KINDS and not apart(phrases[i - 1], phrases[i])
    after = i + 2 < len(phrases) and phrases[i + 2].cls in WHOLE_KINDS and not apart(phrases[i + 1], phrases[i + 2])
    return not (before or after)


def _kind(cls: str) -> str:
    """Phrases join only with their own kind: a place with a place, an event (a meeting, a signing ...) with an
    event, a program with a program, else agents."""
    if cls in {PLACE, "Program"}:
        return cls
    return "event" if cls in EVENT_KINDS else "agent"


def _clipped(phrases: list[Phrase]) -> list[Phrase]:
    """A phrase ends where the next begins: '김가·이나 부원장' shares one title, each name is its own phrase."""
    out = []
    for phrase, nxt in zip(phrases, [*phrases[1:], None]):
        if nxt is not None and phrase.start < nxt.start < phrase.end:
            phrase = Phrase(phrase.key, phrase.cls, phrase.start, nxt.start, phrase.text)
        out.append(phrase)
    return out


def _adjacent(tokens: tuple[Token, ...], end: int, start: int) -> bool:
    """Nothing but spaces between a phrase and a noun predicate: '가나국 방문'."""
    return not any(end <= t.start < start for t in tokens)


def _speech_spans(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Quoted speech ('김가나 시장은 "다라협회는 든든한 동반자"라고 말했다'): a double quote that holds a clause of its
    own (a final ending) or that a quotative particle follows (라고, 고). The names said there take roles of the
    predicates said there only, not of the one that reports the speech. A quoted name (‘가나 포럼’) is neither."""
    spans = []
    opened = None
    for k, token in enumerate(tokens):
        if token.form in SPEECH_QUOTES and token.tag == "SSO" and opened is None:
            opened = k
        elif token.form in SPEECH_CLOSERS and token.tag == "SSC" and opened is not None:
            if any(t.tag == "EF" for t in tokens[opened + 1 : k]) or _quotative(tokens[k + 1 : k + 3]):
                spans.append((tokens[opened].start, token.end))
            opened = None
    return spans


def _quotative(after: tuple[Token, ...]) -> bool:
    """What follows a closing quote reports speech: a quotative particle ('"…"라고'), or a connective ending right
    after it or after the copula ('"…"이라며')."""
    tags = [t.tag for t in after]
    return bool(tags) and (tags[0] in {"JKQ", "EC"} or tags[0] == "VCP" and len(tags) > 1 and tags[1] in {"JKQ", "EC"})


def _quoted_in(spans: list[tuple[int, int]], start: int) -> int | None:
    """Which speech span a position lies in, if any."""
    return next((k for k, (begin, end) in enumerate(spans) if begin <= start < end), None)


def _in_order(tokens: tuple[Token, ...], phrases: list[Phrase]) -> list[Phrase]:
    """The phrases in order of start, those in parentheses left out, overlaps clipped (one sweep over the tokens:
    in_brackets for every phrase, the tokens coming in order of start)."""
    kept = []
    depth = k = 0
    for phrase in sorted(phrases, key=lambda p: p.start):
        while k < len(tokens) and tokens[k].start < phrase.start:
            token = tokens[k]
            if token.tag == "SSO" and token.form in "([":
                depth += 1
            elif token.tag == "SSC" and token.form in ")]":
                depth = max(0, depth - 1)
            k += 1
        if not depth:
            kept.append(phrase)
    return _clipped(kept)


def in_brackets(tokens: tuple[Token, ...], start: int) -> bool:
    """A phrase inside a parenthesis is an apposition ('가나공사(대표 김가나)'), no role of the predicate."""
    depth = 0
    for token in tokens:
        if token.start >= start:
            break
        if token.tag == "SSO" and token.form in "([":
            depth += 1
        elif token.tag == "SSC" and token.form in ")]":
            depth = max(0, depth - 1)
    return depth > 0


def _particle_after(tokens: tuple[Token, ...], end: int, adverbs: frozenset[str] = frozenset(),
                    closers: frozenset[str] = frozenset(), staff: frozenset[str] = frozenset(),
                    joiners: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The first particle after a phrase (a parenthesis skipped), or '-' when a noun or nothing follows; an
    adverb of the particle table stands for one ('가나군 역시 축제를 개최하지 않기로 했다': 가나군 is the subject); a
    count after the phrase is passed over ('가나·다라 등 4명은'), and so is the rest of a list that '등' closes,
    with the noun that names it ('가나, 다라, 협력기관 등 3개 기관이': the list takes that noun's particle), and a
    noun for the body's people right after it ('가나공사 관계자들이': the body is the subject); a noun with its
    particle that the particle table holds as one ('가나협회 주최로 열린 포럼': 주최로 marks who hosts)."""
    listed = closed = False
    previous = None
    for n, token in enumerate(tokens_after(tokens, end)):
        if n == 1 and token.tag.startswith("J") and previous.form + token.form in adverbs:
            return previous.form + token.form, token.tag
        previous = token
        if n == 0 and token.tag in {"MAJ", "MAG"} and token.form in joiners:
            closed = True  # 'A, B 및 관계자 30여명이': a joining adverb adds the list's last item, whose particle speaks for all
            continue
        if (n == 0 and token.form in staff) or token.tag in {"SN", "NNB", "NR", "XSN"}:
            closed = closed or token.form in closers
            continue
        if token.tag in LIST_HEAD_TAGS or token.tag == "SP" or (closed and token.tag == "JKG"):
            listed = True
            continue
        if token.tag.startswith("J") and (closed or not listed):
            return token.form, token.tag
        if token.tag == "MAG" and token.form in adverbs and not listed:
            return token.form, token.tag
        return BARE, None
    return BARE, None


def _of_kind(phrase: Phrase, kind: str) -> bool:
    """licensing.tsv subject_kind: person, body (anything else), named (a person or a body, no collective),
    traveller (a person or a collective), organization (neither) or *."""
    if kind == "named":
        return phrase.cls != "Group"
    if kind in {"traveller", "organization"}:
        return (phrase.cls in {"Person", "Group"}) == (kind == "traveller")
    return kind == "*" or (phrase.cls == "Person") == (kind == "person")


_LICENSES: dict[int, tuple[FrameTables, dict[str, list[License]]]] = {}


def _licenses_for(tables: FrameTables, kind: str) -> list[License]:
    """The licensing.tsv rows for a frame kind and for every kind (*), in table order; sorted out once per kind
    rather than all rows tried for every frame."""
    held = _LICENSES.get(id(tables))
    if held is None or held[0] is not tables:
        held = _LICENSES[id(tables)] = (tables, {})
    rules = held[1].get(kind)
    if rules is None:
        rules = held[1][kind] = [rule for rule in tables.licenses if rule.frame in {"*", kind}]
    return rules


def licensed(frame: Frame, tables: FrameTables, event: Phrase | None) -> list[tuple[str, str, str]]:
    """The (subject, relation, object) keys a frame's roles license, by licensing.tsv."""
    out = []
    for rule in _licenses_for(tables, frame.kind):
        if rule.when == AT_HOME and not frame.at_home or rule.when not in {"*", AT_HOME} and frame.status != rule.when:
            continue
        subjects = [event] if rule.subject == "event" else frame.fillers(rule.subject)
        objects = [event] if rule.object == "event" else frame.fillers(rule.object)
        if rule.subject == rule.object == AGENT and (frame.fillers(PARTNER) or frame.partner_unnamed):
            continue  # 'A와 B는 C와 협약을 맺었다': A and B are one side, with C
        for subject in subjects:
            if subject is not None and not _of_kind(subject, rule.subject_kind):
                continue
            if rule.when == AT_HOME and subject is not None and subject.key not in frame.at_home:
                continue  # '가나도와 다라군은 다라군청에서': 다라군 is at home
            for obj in objects:
                if subject is not None and obj is not None and subject.key != obj.key:
                    out.append((subject.key, rule.relation, obj.key))
    return out
