"""Relations and events: who organized, attended, signed, planned what; when, where, how much, how far along."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import combinations

from ..lexicon import ORG_KINDS, Lexicon
from ..types import Article, ArticleGraph, Entity, Mention, Relation, Sentence
from .attributes import OCCURRING, VENUE_PARTICLE, EventAttributes
from .events import (CANDIDATE, CEREMONY, OCCASION, PARTNERED_MEETING, STANDING, THIS_EVENT, THIS_TRIP, VERB_MEETING, EventFinder,
                     alike_names)
from .frames import DROPPED_SUBJECT, LOCATED, QUOTES, Frame, FrameReader, FrameTables, Phrase, in_brackets, licensed, load_frame_tables
from .mentions import AGENT_CLASSES, EVENT_CLASSES, ORG_CLASSES, SITE, VENUE, WITHIN, MentionFinder
from .normalize import find_amounts, find_dates
from .resolve import Resolver, fold
from .people import Introduced
from .words import COMITATIVE, longest_suffix, tokens_after

SYMMETRIC = {"signedMOUWith", "cooperatedWith"}
CASE_TAGS = {"JKS", "JKO", "JKB", "JX"}  # the particles that give a phrase a role of its own in the clause
CASE_BREAKS = CASE_TAGS | {"EC", "EF"}  # what ends a phrase with a role of its own: no list runs across it
FIRM_KINDS = {"Company", "Investor"}  # the classes of firms: members of a group counted as firms ('21개 업체')
NOT_FIRMS = {"GovernmentBody", "Hospital", "University", "MediaOutlet"}  # bodies of a kind no count of firms holds


@dataclass
class _Found:
    """A mention and the key of the entity it resolved to."""

    mention: Mention
    key: str


@dataclass
class _State:
    """What the rules remember from one sentence to the next within an article."""

    principals: list[str] = field(default_factory=list)
    sited: set[str] = field(default_factory=set)  # places named where something goes or happens ('모스크바에서')
    holders: dict[str, set[str]] = field(default_factory=dict)  # a place -> the wider places it lies in ('대구 본사': 대구)
    told_by: dict[str, set[str]] = field(default_factory=dict)  # an event -> the subjects of the sentences naming it
    group_partners: list[tuple[str, str, int]] = field(default_factory=list)
    groups: dict[tuple[int, str], str] = field(default_factory=dict)
    current_event: str | None = None
    current_gathering: str | None = None
    umbrella: str | None = None
    trips: list[str] = field(default_factory=list)
    part_of: dict[str, str] = field(default_factory=dict)
    destinations: dict[str, list[str]] = field(default_factory=dict)  # a trip to several countries: its stops
    here: str | None = None  # where the article's travellers are ('15일 나이로비에서는'), until a new day
    whereabouts: dict[str, str] = field(default_factory=dict)  # an event with no place of its own: where they were
    attendees: dict[str, list[str]] = field(default_factory=dict)
    parties: dict[str, list[str]] = field(default_factory=dict)
    party_sentences: dict[str, dict[int, set[str]]] = field(default_factory=dict)  # a signing -> sentence -> parties named there
    investors: dict[str, list[str]] = field(default_factory=dict)
    investees: dict[str, list[str]] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)
    group_heads: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    group_signings: list[tuple[str, str, int]] = field(default_factory=list)
    absent: bool = False
    last_agents: list[Phrase] = field(default_factory=list)
    last_attended: str | None = None
    same_side: set[frozenset[str]] = field(default_factory=set)
    counterparts: set[str] = field(default_factory=set)  # people met by the article's travellers ('다라국 장관과 회담')
    restated: dict[str, set[int]] = field(default_factory=dict)  # a trip -> the sentences that tell it again by its cities
    acting_groups: set[str] = field(default_factory=set)  # collectives with no count that act ('대표단은 … 방문해')
    introduced: Introduced = field(default_factory=Introduced)
    posts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # a person -> each title written with him, and where
    told_done: set[int] = field(default_factory=set)  # sentences with a past tense of their own ('열었다', '체결한 바 있다')


class ArticleExtractor(EventAttributes):
    """Runs mention finding, resolution and relation rules over one article's sentences."""

    def __init__(self, lexicon: Lexicon, mentions: MentionFinder, events: EventFinder):
        self.lexicon = lexicon
        self.mentions = mentions
        self.events = events
        self.frame_tables = load_frame_tables(lexicon)
        self._head_titles = {f"org/{o.id}": o.heads for o in lexicon.organizations if o.heads}
        self._suffix_length = max(map(len, lexicon.suffix_heads), default=0)
        self._titles = frozenset(lexicon.titles)
        self._title_length = max(map(len, self._titles), default=0)
        self._organizations = frozenset(lexicon.organizations)  # a set: entries are hashable, the list long
        self._countries = city_countries(lexicon)
        self._nations = frozenset(f"place/{e.id}" for e in lexicon.places if e.kind == COUNTRY)
        self._country_set = frozenset(self._countries.values())
        place_ids = {p.id for p in lexicon.places}
        self._regions = frozenset(f"org/{o.id}" for o in lexicon.organizations if o.id in place_ids)
        self.frame_reader = FrameReader(self.frame_tables)
        self.owned_frames = frozenset(rule.frame for rule in self.frame_tables.licenses if rule.subject == OWNER)
        words = self.frame_tables.place_words
        self._within, self._under, self._keeps, self._of = (words.get(use, frozenset()) for use in (WITHIN, UNDER, KEEPS, OF))
        self._premises = self.frame_tables.premises | words.get(PREMISES, frozenset())
        self._quoted_object = _quoted_object(self.frame_tables)
        self._quotatives = tuple(lexicon.quotatives)
        heads = sorted((re.escape(cue) for cue, value in lexicon.anaphors if value == HEADED), key=len, reverse=True)
        self._heads = tuple(cue for cue, value in lexicon.anaphors if value == HEADED)
        additive = sorted((re.escape(cue) for cue, value in lexicon.anaphors if value == ANOTHER), key=len, reverse=True)
        self._another = re.compile(rf"^(?:\([^()]*\))?(?:{'|'.join(additive)})\s") if additive else None
        self._heading = re.compile(rf"(?:\s*[^\s,.()]+)?[을를]\s+(?:{'|'.join(heads)})") if heads else None
        self._headed = re.compile(rf"^\s*(?:[^\s,.]+\s+)?[^\s,.]*[을를]\s+(?:{'|'.join(heads)})\s*(?:한|하는|해)\s+[^,.()]{{0,15}}$") if heads else None

    def extract(self, article: Article, sentences: list[Sentence]) -> ArticleGraph:
        resolver = Resolver(article.key)
        state = _State()
        relations: dict[tuple[str, str, str], set[int]] = {}
        result = ArticleGraph(article=article, sentences=sentences)
        self._sections = article.sections
        self._page_date = article.page_date
        self._byline(article, sentences, resolver, relations)
        if article.source_credit:
            credit = self._known_key(article.source_credit)
            if credit is not None and credit in resolver.entities:
                state.principals = [credit]
        for sentence in sentences:
            self._sentence(sentence, resolver, state, relations)
            if self.frame_reader.tells_done(sentence.tokens):
                state.told_done.add(sentence.index)
        self._affiliate_by_title(resolver, state, relations, sentences)
        self._finish(resolver, state, relations)
        _drop_cooperation_of_signers(relations, state)
        result.entities = resolver.entities
        result.relations = [Relation(s, p, o, tuple(sorted(ev))) for (s, p, o), ev in sorted(relations.items())]
        return result

    def _byline(self, article: Article, sentences: list[Sentence], resolver: Resolver, relations) -> None:
        """The byline's publisher and author, evidenced by the byline itself (or the last sentence for a tail byline)."""
        byline = article.byline
        if not sentences or (byline.author is None and byline.publisher is None):
            return
        index = len(sentences) - 1
        if byline.span is not None:
            index = next((s.index for s in sentences if s.start <= byline.span.start < s.end), 0)
        publisher_key = None
        if byline.publisher:
            entry = self.mentions.known.get(byline.publisher)
            if entry is not None and entry in self._organizations:
                mention = Mention(byline.publisher, 0, 0, index, entry.kind, entry.ko or entry.en, entry.en or None, entry.aliases, entry.id)
            else:
                mention = Mention(byline.publisher, 0, 0, index, "MediaOutlet", byline.publisher)
            publisher_key = resolver.resolve(mention)
        for name in byline.authors:
            author = Mention(name, 0, 0, index, "Person", name, title=byline.author_title)
            author_key = resolver.resolve(author)
            if publisher_key:
                _relate(relations, author_key, "affiliatedWith", publisher_key, index)

    # --- per sentence --------------------------------------------------------
    def _sentence(self, sentence: Sentence, resolver: Resolver, state: _State, relations) -> None:
        mentions = self.mentions.find(sentence, state.introduced)
        found = [_Found(m, resolver.resolve(m, same_as=self._same_group(m, state))) for m in mentions]
        for item in found:
            if item.mention.cls == "Group" and item.mention.count:
                state.groups.setdefault(self._group_signature(item.mention), item.key)
        for item in found:
            self._agent_facts(item, resolver, sentence, state, relations)
        agents = [f for f in found if f.mention.cls in AGENT_CLASSES]
        self._units(sentence, agents, resolver, relations)
        places = [f for f in found if f.mention.cls == "Place"]
        held = self.mentions.holders(sentence, [p.mention for p in places])
        sited = self.mentions.sited_places(sentence, [p.mention for p in places], held, [a.mention for a in agents])
        state.sited.update(p.key for p in places if (p.mention.start, p.mention.end) in sited)
        self._remember_holders(places, held, state)
        self._located_bodies(sentence, places, agents, resolver, relations)
        subjects = self._subjects(sentence, agents)
        if not state.principals and subjects:
            state.principals = [s.key for s in subjects if s.mention.cls in ORG_CLASSES]
        roles = self._roles(sentence)
        anaphors = {value for cue, value in self.lexicon.anaphors if cue in sentence.text
                    and not _report_date(sentence.text, cue, self._quotatives)}
        amounts = find_amounts(sentence.text)
        dates = find_dates(sentence.text, grammar=self.events.dates)
        if self.frame_reader.caption(sentence) and state.last_attended:
            for item in found:
                if item.mention.cls in AGENT_CLASSES - {"Group"}:
                    self._write("attended", item.key, state.last_attended, resolver, state, relations, sentence.index, with_body=True)
            return
        named = self.events.find(sentence, mentions)
        frames = self._read_frames(sentence, found, named)
        framed = {p.key for f in frames for _, p in f.roles if p.key.startswith(_SPAN)
                  and (p.cls != "Program" or f.kind in PROGRAM_FRAMES)}
        events = self._events(sentence, named, resolver, state, roles, amounts, dates, anaphors, framed)
        trips = self._trips(sentence, frames, events, resolver, state, places, subjects)
        events = events + trips
        if not events and not roles and not frames:
            self._membership(sentence, agents, state, relations)  # 'A, B 등 5개 기업이 선정됐다': members with no event
            return
        state.absent = any(f.kind in ABSENCE for f in frames)
        self._event_attributes(sentence, events, places, amounts, dates, state, resolver, anaphors, agents)
        self._at_a_body_in(sentence, events, places, agents, resolver, relations)
        self._programme(sentence, events, resolver, state, relations)
        signed = {e.key: bool(f.fillers(AGENT)) + bool(f.fillers("partner")) for f in frames if f.kind in SIGNING_FRAMES
                  for e in self._frame_events(f, events, resolver)}
        sided = self._sides(sentence, found, events, resolver, state, relations)
        self._event_roles(sentence, events, agents, subjects, roles, anaphors, state, resolver, relations, signed, sided)
        self._listed_members(sentence, found, state, relations)
        self._headed_groups(sentence, found, resolver, state, relations)
        self._made_of(sentence, frames, found, resolver, state, relations)
        self._license_frames(sentence, frames, events, trips, resolver, state, relations, places, dates)
        if PRESENT in anaphors:
            self._present(frames, resolver, state, relations, sentence.index)
        caption = self.frame_reader.caption_start(sentence)
        if caption is not None and state.last_attended:
            for item in found:
                if item.mention.start > caption and item.mention.cls in AGENT_CLASSES - {"Group"}:
                    self._write("attended", item.key, state.last_attended, resolver, state, relations, sentence.index, with_body=True)
        self._remember_agents(frames, sentence, state)
        self._owners(sentence, found, events, resolver, relations)
        for event in events:
            entity = resolver.entities[event.key]
            if entity.cls in OCCURRING | {"AgreementSigning"} and state.roles.get(event.key) != "umbrella":
                state.current_event = event.key
                if entity.cls in OCCURRING:
                    state.current_gathering = event.key

    def _units(self, sentence: Sentence, agents: list[_Found], resolver: Resolver, relations) -> None:
        """'가나대 다라병원', '가나재단 산하 다라연구소': a body named right before another (a space between, or a
        word of place_grammar.tsv's use 'under') is the one the second is a unit of: the second is partOf it."""
        named = [a for a in agents if a.mention.cls in ORG_CLASSES and a.mention.end > a.mention.start]
        for outer in named:  # 'UCLG 사무국' holding 'UCLG': the body its name opens with
            for inner in named:
                if inner.mention.start == outer.mention.start and inner.mention.end < outer.mention.end \
                        and sentence.text[inner.mention.end - sentence.start : inner.mention.end - sentence.start + 1].isspace() \
                        and self._unit_of(inner.key, outer.key, resolver):
                    _relate(relations, outer.key, "partOf", inner.key, sentence.index)
        orgs = sorted((a for a in named if not any(o is not a and o.mention.start <= a.mention.start and a.mention.end <= o.mention.end
                                                    for o in named)), key=lambda a: a.mention.start)
        gaps = [sentence.text[a.mention.end - sentence.start : b.mention.start - sentence.start].strip()
                for a, b in zip(orgs, orgs[1:])]
        telegraphic = not any(t.tag == "EF" for t in sentence.tokens)  # a headline drops its particles: 'A B와 협약'
        for n, (whole, unit) in enumerate(zip(orgs, orgs[1:])):
            if (gaps[n] and gaps[n] not in self._under) or (telegraphic and not gaps[n]):
                continue
            row = (n and not gaps[n - 1]) or (n + 1 < len(gaps) and not gaps[n + 1])
            if not gaps[n] and (unit.mention.cls in FIRM_KINDS or (row and not self._branch(unit.mention.text))):
                continue  # 'A투자 B투자 C투자가 참여했다': firms named side by side, or three bodies in a row, are a list
                # (but not a chain of branches: '가나협회 다라도지회 마라시협의회', each a unit of the one before)
            if self._unit_of(whole.key, unit.key, resolver):
                _relate(relations, unit.key, "partOf", whole.key, sentence.index)

    def _branch(self, name: str) -> bool:
        """'다라도지회', '마라시협의회', '강원지역본부': a body named by the ending of a branch (place_grammar.tsv branch)."""
        return any(name.endswith(end) for end in self.frame_tables.place_words.get(BRANCH, ()))

    def _unit_of(self, whole: str, unit: str, resolver: Resolver) -> bool:
        """Whether a body can be a unit of another by their kinds: a firm is a unit of a firm only, a local
        government (a place that acts) holds only its own agencies, a country none, and a media outlet neither holds nor
        is held."""
        kinds = {resolver.entities[whole].cls, resolver.entities[unit].cls}
        if whole == unit or "MediaOutlet" in kinds or unit in self._regions:
            return False  # (a city named after its province lies in it: a place, no unit)
        if resolver.entities[unit].cls in FIRM_KINDS and resolver.entities[whole].cls not in FIRM_KINDS:
            return False
        if f"place/{whole.partition('/')[2]}" in self._country_set:
            return False  # a country whose ministry is named is no body of its own (FORMAT.md), only a place
        return whole not in self._regions or resolver.entities[unit].cls == "GovernmentBody"

    def _named_units(self, resolver: Resolver, relations) -> None:
        """'가나대학교 산학협력단', '다라협회 누리지회': a body whose name opens with the name of another body of the
        article, a space after it, is a unit of that body."""
        bodies = {fold(label): key for key, e in resolver.entities.items() if e.cls in ORG_CLASSES
                  for label in (e.name, *e.aliases) if label}
        for key, entity in resolver.entities.items():
            if entity.cls not in ORG_CLASSES:
                continue
            words = entity.name.split()
            for k in range(len(words) - 1, 0, -1):
                whole = bodies.get(fold(" ".join(words[:k])))
                if whole is not None and self._unit_of(whole, key, resolver):
                    _relate(relations, key, "partOf", whole, entity.evidence[0] if entity.evidence else 0)
                    break

    def _located_bodies(self, sentence: Sentence, places: list[_Found], agents: list[_Found], resolver: Resolver,
                        relations) -> None:
        """'공주 소재 가나식품', '김해에 위치한 다라전자', '대전에 본사를 둔 마바소프트', '가나공단 내 중소기업인 다라전자와
        마바정밀': a firm named a few words after a place and a word that says it lies there (place_grammar.tsv located,
        within; a body's premises and a verb of keeping them) is locatedIn it, and so is each firm joined to it in a list
        (the gold records where firms lie, not where associations or agencies sit); so is the subject a clause of
        place describes ('가나바이오는 대전에 위치한 기업이다', '… 대전지역 대표 기업이다'), and a firm right after its
        place's genitive ('대전의 가나바이오는'). A local government's name is its territory here ('가나시에 본사를 둔')."""
        bodies = sorted((a for a in agents if a.mention.cls in FIRM_KINDS), key=lambda a: a.mention.start)
        if not bodies:
            return
        for place in [*places, *(a for a in agents if a.key in self._regions)]:
            first = sentence.text[place.mention.end - sentence.start :].split(maxsplit=1)[:1]
            if self._located_after(sentence, place.mention.end) or self._keeps_premises(sentence, place.mention.end) \
                    or (first and first[0] in self._within):
                listed = self._listed_after(sentence, place, bodies) or self._described_subject(sentence, place, bodies)
            elif self._opens_predicate_noun(sentence, place):
                listed = self._described_subject(sentence, place, bodies)
            else:
                listed = self._firm_of_place(sentence, place, bodies)
            if listed and place.key in self._regions:  # the government's territory, a place of its own
                region = self.mentions.places_by_id[place.key.partition("/")[2]]
                place = _Found(place.mention, resolver.resolve(self.mentions._from_entry(
                    sentence, place.mention.text, place.mention.start, place.mention.end, region, "Place")))
            for body in listed:
                _relate(relations, body.key, "locatedIn", place.key, sentence.index)

    def _listed_after(self, sentence: Sentence, place: _Found, bodies: list[_Found]) -> list[_Found]:
        """The firms named a few words after the place, and those joined to the first in a list; the quote that opens
        a firm's name stands between ('가나시 소재 유통기업 ‘다라푸드’')."""
        listed: list[_Found] = []
        for body in (b for b in bodies if b.mention.start >= place.mention.end):
            between = sentence.text[(listed[-1] if listed else place).mention.end - sentence.start : body.mention.start - sentence.start]
            if any(mark in between.rstrip(QUOTES) for mark in ",.()\"'‘’“”"):
                break
            if listed and between.strip() not in self.frame_tables.joiners and between.strip()[:1] not in self.frame_tables.joiners:
                break
            if not listed and len(between.split()) > LOCATED_REACH:
                break
            listed.append(body)
        return listed

    def _firm_of_place(self, sentence: Sentence, place: _Found, bodies: list[_Found]) -> list[_Found]:
        """'대전의 가나바이오는': the firm named right after the place and its genitive particle (place_grammar.tsv of)."""
        particle = next(tokens_after(sentence.tokens, place.mention.end), None)
        if particle is None or particle.start != place.mention.end or particle.tag != "JKG" or particle.form not in self._of:
            return []
        return [b for b in bodies if b.mention.start == particle.end + 1]

    def _opens_predicate_noun(self, sentence: Sentence, place: _Found) -> bool:
        """'가나바이오는 … 대전지역 대표 혁신 기업이다': the place opens the noun phrase a copula closes, which says what
        the subject is."""
        rest = []
        for token in tokens_after(sentence.tokens, place.mention.end):
            if token.tag == "VCP":
                return bool(rest)
            if not token.tag.startswith("NN") and token.tag != "XSN":
                return False
            rest.append(token)
        return False

    def _described_subject(self, sentence: Sentence, place: _Found, bodies: list[_Found]) -> list[_Found]:
        """'가나바이오는 충남 천안에 위치한 제조업체다', '다라전자는 평택에 본사를 두고 있다': with no firm after the place,
        the clause that says where something lies describes its subject, a firm before the place marked as topic or
        subject, when no other phrase with a case of its own follows (a copula or a verb of being closes it)."""
        subject = next((b for b in reversed(bodies) if b.mention.end <= place.mention.start), None)
        if subject is None or self._particle_after(sentence, self._phrase_end(sentence, subject.mention))[0] not in {"JX", "JKS"}:
            return []
        gap = sentence.text[subject.mention.end - sentence.start : place.mention.start - sentence.start]
        if len(gap.split()) > LOCATED_REACH or any(mark in gap for mark in ",()\"'‘’“”"):
            return []
        rest = list(tokens_after(sentence.tokens, place.mention.end))
        if self._keeps_premises(sentence, place.mention.end):
            rest = rest[4:]
        elif rest and rest[0].tag == "JKB" and rest[0].start == place.mention.end:
            rest = rest[1:]  # the place's own 에
        return [] if any(t.tag in CASE_TAGS for t in rest) else [subject]

    def _at_a_body_in(self, sentence: Sentence, events: list[_Found], places: list[_Found], agents: list[_Found],
                      resolver: Resolver, relations) -> None:
        """'서울 강남구 가나협회(GNA)에서 간담회를 열었다', '간담회는 서울 강남구의 교육 기업인 다라소프트에서 진행됐다':
        an event at a body's premises, the body named after the places it stands in, is held in those places (the
        district and the city that opens its name); the body stays a body (no place is made of it)."""
        pending = [e for e in events if resolver.entities[e.key].place is None and e.mention.title != "umbrella"
                   and resolver.entities[e.key].cls in OCCURRING | {"AgreementSigning"}]
        if not pending or not places:
            return
        sites = self.frame_tables.place_words.get(SITE, frozenset())
        wide = [p for p in places if self.mentions.is_wide(p.mention)]
        for body in agents:
            if body.mention.cls not in ORG_CLASSES or body.key in self._regions:
                continue
            after = _BRACKETED.sub("", sentence.text[body.mention.end - sentence.start :], count=1)
            if not any(after.startswith(site) for site in sites):
                continue
            before = [p for p in wide if p.mention.end < body.mention.start
                      and self._opens_body(sentence.text[p.mention.end - sentence.start : body.mention.start - sentence.start])]
            if not before:
                continue
            site = max(before, key=lambda p: (p.mention.end, p.mention.end - p.mention.start))
            held = [site.key, *(p.key for p in wide if p.mention.start == site.mention.start and p.mention.end < site.mention.end)]
            for event in pending:
                resolver.entities[event.key].place = site.key
                for place in held:
                    _relate(relations, event.key, "heldIn", place, sentence.index)
            return

    def _opens_body(self, gap: str) -> bool:
        """What stands between places and the body they locate: a space ('서울 강남구 가나협회'), or an apposition
        that names the body's kind ('서울 강남구의 교육서비스 기업인 다라소프트': 의 … 인)."""
        if gap == " ":
            return True
        words = gap.split()
        opens = self.frame_tables.place_words.get(APPOSITION_OPENS, frozenset())
        closes = self.frame_tables.place_words.get(APPOSITION_CLOSES, frozenset())
        return len(words) >= 2 and words[0] in opens and any(words[-1].endswith(c) for c in closes) and gap.endswith(" ") \
            and len(words) <= APPOSITION_REACH and not any(mark in gap for mark in ",.()\"'‘’“”")

    def _keeps_premises(self, sentence: Sentence, end: int) -> bool:
        """'대전에 본사를 둔', '울산에 공장을 둔': the place, with 에, of premises a body keeps (place_grammar.tsv keeps)."""
        after = tokens_after(sentence.tokens, end)
        particle, noun, marker, verb = (next(after, None) for _ in range(4))
        return verb is not None and particle.tag == "JKB" and noun.form in self._premises \
            and marker.tag == "JKO" and verb.form in self._keeps

    def _remember_holders(self, places: list[_Found], held, state: _State) -> None:
        """The wider place each venue of the sentence is named within ('서울 종로구 정부서울청사': 서울 종로구), and the
        country that one is named within ('미국 캘리포니아주 가나센터': 미국 too), for heldIn; a district or city is not a
        venue ('서울 강남구에서' is held in 강남구 alone)."""
        by_span = {(p.mention.start, p.mention.end): p.key for p in places}
        wide = {(p.mention.start, p.mention.end) for p in places if self.mentions.is_wide(p.mention)}
        for span, holders in held.items():
            if span in wide:
                continue
            key = by_span[span]
            countries = [h for holder in holders for h in held.get(holder, ()) if by_span[h] in self._nations]
            state.holders.setdefault(key, set()).update(by_span[h] for h in holders + countries if by_span[h] != key)

    def _held_in(self, key: str, place: str, state: _State, relations, evidence: int) -> None:
        """heldIn the place, and the wider places it is named within ('대구 본사에서': in 대구 too)."""
        _relate(relations, key, "heldIn", place, evidence)
        for holder in state.holders.get(place, ()):
            _relate(relations, key, "heldIn", holder, evidence)

    # --- frames ----------------------------------------------------------------
    def _read_frames(self, sentence: Sentence, found: list[_Found], named: list[Mention]) -> list[Frame]:
        """The sentence's frames over its resolved mentions and its (not yet resolved) event names."""
        phrases = [Phrase(f.key, f.mention.cls, f.mention.start, self._post_end(sentence, f.mention), f.mention.text)
                   for f in found if f.mention.end > f.mention.start]
        phrases += [Phrase(_span_key(m), m.cls, m.start, m.end, m.text) for m in named]
        outer = [p for p in phrases if not any(o is not p and o.start <= p.start and p.end <= o.end
                                                and (o.start, o.end) != (p.start, p.end) for o in phrases)]
        return self.frame_reader.read(sentence, outer)

    def _trips(self, sentence: Sentence, frames: list[Frame], events: list[_Found], resolver: Resolver, state: _State,
               places: list[_Found] = (), subjects: list[_Found] = ()) -> list[_Found]:
        """Events a frame names from one of its phrases when no event noun stands for them: '장관은 중국을
        방문했다' is a trip named '중국 방문', '자문단이 위촉됐다' an event named '자문단 위촉'."""
        named: list[_Found] = []
        for frame in frames:
            if frame.named_by is None or self._frame_event(frame, events, resolver) is not None:
                continue
            if frame.kind in TRIP_FRAMES:
                counted = self._counted_trip(sentence, frame, places, resolver, state, events)
                if counted is not None:
                    named.append(counted)
                    continue
            namers = sorted((p for p in frame.fillers(frame.named_by)
                             if not p.key.startswith(_SPAN) and p.cls in AGENT_CLASSES | {"Place"}
                             and not (frame.kind in TRIP_FRAMES and frame.named_by != THEME and p.cls == "Group")
                             and not self._heads_the_party(sentence, p)), key=lambda p: p.start)
            namings = self._namings(sentence, namers)
            if not namings and frame.kind in TRIP_FRAMES:
                namings = self._quoted_destination(sentence, frame)
            for phrase, text in namings:
                name = f"{text} {frame.predicate}"
                trip = frame.kind in TRIP_FRAMES
                mention = Mention(name, phrase.start, frame.end, sentence.index, frame.event_class or "Event", name,
                                  title="umbrella" if trip else None)
                bare = next((e.key for e in events if trip and e.mention.title == "umbrella" and self._bare(e.mention.name)), None)
                worded = next((e.key for e in events if trip and e.mention.start < frame.start < e.mention.end <= frame.end + 1
                               and resolver.entities[e.key].cls == "Event"), None) if bare is None else None
                restated = self._restated_trip(namers, resolver, state) if trip and bare is None and worded is None else None
                key = resolver.resolve(mention, same_as=bare or worded or restated)  # '오사카를 찾을 예정이었으나 출장을': one trip
                if bare is not None and self._bare(resolver.entities[key].name):  # '출장 중 시애틀을 방문': named by where
                    entity = resolver.entities[key]
                    resolver.entities[key] = replace(entity, name=name, aliases=[a for a in (*entity.aliases, entity.name) if a != name])
                if restated is not None:
                    state.restated.setdefault(restated, set()).add(sentence.index)
                country = self._country_of_stops(namers) if trip else None
                if country is not None and f"{country} {frame.predicate}" not in resolver.entities[key].aliases:
                    resolver.entities[key].aliases.append(f"{country} {frame.predicate}")
                if trip:
                    state.roles[key] = "umbrella"
                    state.umbrella = state.umbrella or key
                    if key not in state.trips:
                        state.trips.append(key)
                entity = resolver.entities[key]
                if phrase.cls == "Place":
                    entity.place = entity.place or phrase.key
                if trip and entity.place is None:
                    entity.place = self._site_around(sentence, phrase.start, places) or self._region_before(sentence, phrase, namers, resolver)
                if trip and restated is None and len(namings) == 1 and sum(p.cls == "Place" for p in namers) > 1:
                    kept = state.destinations.setdefault(key, [])  # '뮌헨과 프라하를 방문': each city is a stop
                    kept.extend(p.key for p in namers if p.cls == "Place" and p.key not in kept)
                named.append(_Found(mention, key))
        stop = self._stop_meeting(sentence, frames, events + named, places, resolver, state)
        named += [stop] if stop is not None else []
        for event in events + named:  # who the sentence that names each event is about
            state.told_by.setdefault(event.key, set()).update(s.key for s in subjects)
        return named

    def _restated_trip(self, namers: list[Phrase], resolver: Resolver, state: _State) -> str | None:
        """'가나 시장은 중국과 말레이시아를 방문한다. … 중국 북경과 말레이시아 쿠알라룸푸르 등을 방문하여': a visit to places
        of the very countries (two or more) of the trip already told is that trip told again, not a part of it."""
        trip = state.umbrella
        if trip is None or resolver.entities[trip].status in CALLED_OFF or not all(p.cls == "Place" for p in namers):
            return None
        told = {self._countries.get(p, p) for p in (*state.destinations.get(trip, ()), resolver.entities[trip].place) if p}
        again = {self._countries.get(p.key, p.key) for p in namers}
        return trip if len(told) > 1 and told == again else None

    def _stop_meeting(self, sentence: Sentence, frames: list[Frame], events: list[_Found], places: list[_Found],
                      resolver: Resolver, state: _State) -> _Found | None:
        """'체코에서는 장관과 면담해': on a tour of several countries, meetings told by their verb alone at one of the
        tour's stops (the stop named with 에서는) are the stop's visit, named by the stop ('체코 면담')."""
        stops = {p for kept in state.destinations.values() for p in kept}
        if not stops or any(resolver.entities[e.key].cls in OCCURRING for e in events):
            return None
        meeting = next((f for f in frames if f.kind in MEETING_FRAMES), None)
        place = next((p for p in places if p.key in stops and self._topic_site(sentence, p.mention.end)), None)
        if meeting is None or place is None or place.mention.end > meeting.start:
            return None
        verb = next((t for t in sentence.tokens if t.start == meeting.start), None)
        noun = meeting.predicate if verb is None or verb.tag.startswith("NN") else self.events.meeting_noun
        if noun is None:
            return None
        name = f"{place.mention.text} {noun}"  # '체코에서는 장관을 만나': '체코 면담' (event_name_parts.tsv meeting-noun)
        mention = Mention(name, place.mention.start, meeting.end, sentence.index, meeting.event_class or "Event", name)
        key = resolver.resolve(mention)
        resolver.entities[key].place = resolver.entities[key].place or place.key
        if key not in state.trips:
            state.trips.append(key)
        return _Found(mention, key)

    def _topic_site(self, sentence: Sentence, end: int) -> bool:
        """'체코에서는': a place with 에서 and the topic marker, the frame of what the sentence tells."""
        after = tokens_after(sentence.tokens, end)
        first, second = next(after, None), next(after, None)
        return first is not None and first.start == end and first.tag == "JKB" and first.form in \
            self.frame_tables.place_words.get(VENUE_PARTICLE, frozenset()) and second is not None and second.tag == "JX"

    def _country_of_stops(self, namers: list[Phrase]) -> str | None:
        """'중국 베이징과 후난성 방문' is also '중국 방문': the country named first, when no other destination lies
        outside it."""
        if len(namers) < 2 or any(p.cls != "Place" for p in namers):
            return None
        first, *stops = namers
        if first.key not in self._nations or any(self._countries.get(p.key, first.key) != first.key or p.key in self._nations
                                                 for p in stops):
            return None
        return first.text

    def _quoted_destination(self, sentence: Sentence, frame: Frame) -> list[tuple[Phrase, str]]:
        """'청년 창업공간인 ‘누리마당’을 방문해': a quoted name as the object right before a visit is its
        destination though no entity stands for it (a building, a centre's own name)."""
        match = self._quoted_object.search(sentence.text, 0, frame.start - sentence.start) if self._quoted_object else None
        if match is None:
            return []
        start = sentence.start + match.start()
        return [(Phrase(f"{_SPAN}{start}", "", start, sentence.start + match.end(1) + 1, match.group(1)), match.group(1))]

    def _site_around(self, sentence: Sentence, start: int, places: list[_Found]) -> str | None:
        """'가나공단 내 중소기업인 다라전자를 방문해', '김해에 소재한 다라전자를 찾아': the site a visited body lies in
        (a place, then a word that says 'inside' or 'located', a few words before the destination) is where the
        visit is held."""
        within = self.frame_tables.place_words.get(WITHIN, frozenset())
        for place in sorted((p for p in places if p.mention.end <= start), key=lambda p: -p.mention.end):
            between = sentence.text[place.mention.end - sentence.start : start - sentence.start].split()
            if any(w.endswith((",", ".")) for w in between[:-1]):
                return None
            if (between and between[0] in within and len(between) <= 3) or (self._located_after(sentence, place.mention.end)
                                                                             and len(between) <= LOCATED_REACH):
                return place.key
            gap = sentence.text[place.mention.end - sentence.start : start - sentence.start]
            genitive = gap.endswith(" ") and gap.split() in [[o] for o in self.frame_tables.place_words.get(APPOSITION_OPENS, ())]
            if self.mentions.is_wide(place.mention) and (self._opens_body(gap) or genitive):
                return place.key  # '경기 화성시 다라전자를 방문해', '충남 천안의 다라전자를 찾아': the city it stands in
            return None
        return None

    def _region_before(self, sentence: Sentence, phrase: Phrase, namers: list[Phrase], resolver: Resolver) -> str | None:
        """'경기 화성시 다라전자를 방문했다': a city named by its government right before the body visited (a space, or 의,
        between) is the territory the body stands in: the visit's place."""
        opens = self.frame_tables.place_words.get(APPOSITION_OPENS, frozenset())
        for region in namers:
            gap = sentence.text[region.end - sentence.start : phrase.start - sentence.start]
            if region.key in self._regions and region.end < phrase.start and (gap == " " or (gap.endswith(" ") and gap.strip() in opens)):
                entry = self.mentions.places_by_id[region.key.partition("/")[2]]
                return resolver.resolve(self.mentions._from_entry(sentence, region.text, region.start, region.end, entry, "Place"))
        return None

    def _where(self, phrase: Phrase, sentence: Sentence, places: list[_Found], resolver: Resolver) -> str:
        """A destination's key; for a body visited, the site it lies in when the sentence names one
        ('김해에 소재한 다라전자를 찾아': 김해)."""
        key = phrase.key
        if key.startswith(_SPAN) or key not in resolver.entities or resolver.entities[key].cls == "Place":
            return key
        return self._site_around(sentence, phrase.start, places) or key

    def _located_after(self, sentence: Sentence, end: int) -> bool:
        """'김해에 소재한', '부산 소재', '해운대에 위치한': the place is where the body named next lies."""
        located = self.frame_tables.place_words.get(LOCATED, frozenset())
        after = tokens_after(sentence.tokens, end)
        token = next(after, None)
        if token is not None and token.tag == "JKB" and token.start == end:
            token = next(after, None)
        return token is not None and token.form in located

    def _bare(self, name: str) -> bool:
        """'출장', '출장 일정': an event word alone, or with the words that close a name (event_name_parts.tsv trailer)."""
        first, *rest = name.split()
        return first in self.lexicon.event_words and all(word in self.events.process for word in rest)

    def _counted_trip(self, sentence: Sentence, frame: Frame, places: list[_Found], resolver: Resolver,
                      state: _State, events: list[_Found] = ()) -> _Found | None:
        """'동유럽 3개국(폴란드·체코·헝가리)을 방문해', '체코, 헝가리 등 동유럽 2개국을 순방한다': a trip to a counted
        set of countries is named by the count (with the region before it), and each country listed in its
        parentheses, or before 등, is one of its stops."""
        pattern = _counted_countries(self.lexicon)
        text = sentence.text[: frame.start - sentence.start]
        match = pattern.search(text) if pattern is not None else None
        if match is None:
            return None
        start = sentence.start + match.start()
        region = match.group("region")
        if region and not any(t.start == start and t.tag == "NNP" for t in sentence.tokens):
            start += len(region) + 1
        listed = match.group("listed")
        if listed:
            inside = (sentence.start + match.start("listed"), sentence.start + match.end("listed"))
            stops = [p for p in places if inside[0] <= p.mention.start and p.mention.end <= inside[1]]
        else:
            stops = self._listed_before_counted(sentence, places, sentence.start + match.start())
        name = f"{sentence.text[start - sentence.start : sentence.start + match.end('count') - sentence.start]} {frame.predicate}"
        mention = Mention(name, start, frame.end, sentence.index, frame.event_class or "Event", name, title="umbrella")
        bare = next((e.key for e in events if e.mention.title == "umbrella" and e.mention.start == frame.start
                     and self._bare(e.mention.name)), None)  # '유럽 3개국 순방에 나섰다': the trip word is the same trip
        key = resolver.resolve(mention, same_as=bare)
        entity = resolver.entities[key]
        if bare is not None and entity.name != name:  # named by the count, its trip word kept as an alias
            resolver.entities[key] = replace(entity, name=name, aliases=[*entity.aliases, entity.name])
        state.roles[key] = "umbrella"
        state.umbrella = state.umbrella or key
        if key not in state.trips:
            state.trips.append(key)
        kept = state.destinations.setdefault(key, [])
        kept.extend(p.key for p in stops if p.key not in kept)
        return _Found(mention, key)

    def _listed_before_counted(self, sentence: Sentence, places: list[_Found], end: int) -> list[_Found]:
        """'체코, 헝가리 등 동유럽 2개국': the places listed right before the word that closes a list (stopwords.tsv
        list-end) and opens the count, joined by conjunctions.tsv joiners."""
        before = sentence.text[: end - sentence.start].rstrip()
        closer = next((w for w in self.lexicon.stopwords.get("list-end", ()) if before.endswith(w)), None)
        if closer is None:
            return []
        boundary = sentence.start + len(before) - len(closer)
        listed: list[_Found] = []
        for place in sorted((p for p in places if p.mention.end <= boundary), key=lambda p: -p.mention.start):
            gap = sentence.text[place.mention.end - sentence.start : boundary - sentence.start].strip()
            if gap and gap not in self.frame_tables.joiners:
                break
            listed.insert(0, place)
            boundary = place.mention.start
        return listed

    def _heads_the_party(self, sentence: Sentence, phrase: Phrase) -> bool:
        """'김가나 국장을 단장으로 구성된 유치단은 일본을 방문했다': the person named with 을 before a head's post (cues.tsv
        headed) leads the party; he is no place the trip goes to."""
        return self._heading is not None and phrase.cls == "Person" \
            and self._heading.match(sentence.text, phrase.end - sentence.start) is not None

    def _namings(self, sentence: Sentence, namers: list[Phrase]) -> list[tuple[Phrase, str]]:
        """The phrases that name a frame's event, and the name each gives: phrases joined by a conjunction name
        one event together ('가나전자와 다라물산을 방문했다' -> '가나전자와 다라물산 방문'); a place right before
        another only says where that one lies ('가나국 다라시를 방문했다' is a trip named '다라시 방문'), and so does a
        province or city named by its government ('가나도 다라시 마바공단을 방문했다': one visit, to 마바공단)."""
        holds = [b is not None and (a.cls == "Place" or a.key in self._regions) and not sentence.text[a.end - sentence.start : b.start - sentence.start].strip()
                 for a, b in zip(namers, [*namers[1:], None])]
        starts = []  # where each named phrase's chain of places begins ('독일 뮌헨': at 독일)
        for k, phrase in enumerate(namers):
            if not holds[k]:
                first = k
                while first > 0 and holds[first - 1]:
                    first -= 1
                starts.append(namers[first].start)
        namers = [a for a, held in zip(namers, holds) if not held]
        if len(namers) < 2:
            return [(p, p.text) for p in namers]
        # '독일 뮌헨과 체코 프라하를 방문': the gap between two named places ends where the next chain begins
        gaps = [sentence.text[a.end - sentence.start : start - sentence.start].strip() for a, start in zip(namers, starts[1:])]
        if all(gap in self.frame_tables.joiners for gap in gaps):
            return [(namers[0], sentence.text[starts[0] - sentence.start : namers[-1].end - sentence.start])]
        return [(p, p.text) for p in namers]

    @classmethod
    def _frame_event(cls, frame: Frame, events: list[_Found], resolver: Resolver) -> _Found | None:
        found = cls._frame_events(frame, events, resolver)
        return found[0] if found else None

    @staticmethod
    def _frame_events(frame: Frame, events: list[_Found], resolver: Resolver) -> list[_Found]:
        """The events a frame is about: those in its theme ('포럼과 설명회를 열고': both; but '위원회 첫 회의를
        열고': the meeting, the committee's own), else, for an attendance, its place ('선포식에서')."""
        by_span = {_span_key(e.mention): e for e in events}
        for role in ("theme", "place", "destination"):
            if role == "place" and frame.object_of_its_own and frame.kind in HOSTING:
                continue  # '박람회에 부스를 마련해': a booth is set up at the fair, which is not what is hosted
            found = []
            for phrase in frame.fillers(role):
                event = by_span.get(phrase.key)
                if event is None:
                    continue
                cls = resolver.entities[event.key].cls
                if frame.event_class is None or cls == frame.event_class or {cls, frame.event_class} <= OCCURRING or role != "place":
                    found.append(event)
            if found:
                return [e for e in found if not any(o is not e and 0 <= o.mention.start - e.mention.end <= 1 for o in found)]
        return []

    def _license_frames(self, sentence, frames, events, trips, resolver: Resolver, state: _State, relations,
                        places: list[_Found] = (), dates=()) -> None:
        """Relations from licensing.tsv, each kept only where its ends are of the kinds the relation joins; and
        what the same agents do in a later clause happens within what they attend or where they visit
        ('박람회에 참석해 … 면담을 가졌다': the talks are part of the fair)."""
        by_span = {_span_key(e.mention): e.key for e in events}
        told_again = {e.key for e in events if e.mention.title == "anaphor"}  # '이번 토론회', '이 행사': an event told before
        subject_of = [self.frame_tables.role(DROPPED_SUBJECT, f.kind, f.voice) for f in frames]  # by position: hashing a frame hashes all its roles
        speakers = [p for f, s in zip(frames, subject_of) for p in f.fillers(s or "agent") if not p.key.startswith(_SPAN)]
        settings: list[tuple[set[str], str, str, int]] = []  # (agents, container, relation, frame): the latest visit wins
        for n, frame in enumerate(frames):
            subject = subject_of[n]
            if subject and not speakers and not frame.fillers(subject) and not frame.subject_said and state.last_agents \
                    and not frame.relative and not (frame.kind in self.owned_frames and frame.event_class is None and frame.fillers(OWNER)):
                # '참석한 업체 대표들은': the noun a relative clause modifies is its subject; '다라 대표의 축사가 이어졌다':
                # the owner of a speech is who gives it
                frame = replace(frame, roles=(*frame.roles, *((subject, p) for p in state.last_agents)))
            principal_of = set()
            if not frame.fillers(subject or AGENT) and state.principals and (
                    frame.voice == "passive" and not frame.relative or not frame.agent_said) \
                    and not any(_genitive(sentence, p.end) for p in frame.fillers(THEME)):  # '지난달 열린 포럼의 후속 조치'
                # (an event named only to qualify another noun is talked about, not held by the article's body)
                principal_of = {(PRINCIPAL, k) for k in state.principals}
                frame = replace(frame, roles=(*frame.roles, *((PRINCIPAL, Phrase(k, resolver.entities[k].cls, 0, 0, ""))
                                                              for k in state.principals if k in resolver.entities)))
            frame = self._at_own_premises(frame, resolver)
            about = [e.key for e in self._frame_events(frame, events, resolver)]
            if not about and frame.accompanies:
                about = next((e for e in ([x.key for x in self._frame_events(f, events, resolver)] for f in frames[n + 1 :]) if e), [])
            if not about and frame.named_by is not None:
                about = [t.key for t in trips if t.mention.end == frame.end]
            on_trip = False  # a meeting on a visit: those met take part in the visit, whose place is not the meeting's
            if not about and frame.kind in ATTENDING | MEETING:
                about = self._attended_here(frame, frames, events, resolver, state, sentence, trips)
                on_trip = frame.kind in MEETING and bool(about) and all(k in state.trips for k in about)
            if frame.kind in MEETING and state.trips:
                state.counterparts.update(p.key for p in frame.fillers(PARTNER) if p.cls == "Person")
            if not about and frame.kind in MEETING:  # '다라 장관과 회담하고', '… 장관과 면담해': the meeting its own verb names
                about = [e.key for e in events if e.mention.start <= frame.start < e.mention.end]
            if not about and frame.kind in SIGNING_FRAMES and frame.status == PAST and not frame.fillers("partner") \
                    and state.current_event is not None \
                    and resolver.entities[state.current_event].cls in SIGNINGS \
                    and resolver.entities[state.current_event].status in {None, PAST}:
                about = [state.current_event]  # '… 협약을 체결했다. 이날 A와 B는 협약서에 서명했다': the same signing
                # (a frame with a partner names a signing of its own)
            if about and frame.kind in ATTENDING:
                state.last_attended = about[0]
            if frame.kind in SIGNING_FRAMES | SIDED_FRAMES and (frame.fillers("partner") or frame.partner_unnamed):  # 'A와 B는 C, D와 협약을 맺었다': A and B sign
                for role in ("agent", "partner"):  # with C and with D, not with each other
                    side = {b for p in frame.fillers(role) if not p.key.startswith(_SPAN) for b in _bodies(p.key, resolver, relations)}
                    state.same_side |= {frozenset(pair) for pair in combinations(sorted(side), 2)}
            themes = {by_span.get(p.key) for p in frame.fillers(THEME)}
            ceremony = bool(about) and not themes & set(about)  # signed at a ceremony ('협약식에서 서명했다')
            for key in about or [None]:
                if key is not None and (resolver.entities[key].cls == frame.event_class or frame.decides_status) \
                        and not (key in told_again and resolver.entities[key].status is not None and not frame.decides_status):
                    resolver.entities[key].status = frame.status  # not by '이번 토론회를 주최했다': the event told keeps its own
                phrase = Phrase(key, resolver.entities[key].cls, 0, 0, "") if key is not None else None
                for subject, relation, obj in licensed(frame, self.frame_tables, phrase):
                    subject, obj = by_span.get(subject, subject), by_span.get(obj, obj)
                    if subject.startswith(_SPAN) or obj.startswith(_SPAN) or (on_trip and relation in PLACED):
                        continue
                    if (PRINCIPAL, subject) in principal_of and resolver.entities[obj].cls not in OCCURRING:
                        continue  # the article's body stands in for the host of a gathering only
                    if relation == "attended" and frame.kind in SIGNING_FRAMES and _bodies(subject, resolver, relations) == [subject]:
                        continue  # a signer with no body of his own is the party himself, not a witness
                    if relation in HOSTED_FOR_A_BODY and resolver.entities[subject].cls == "Person" and len(frame.fillers("agent")) > 1:
                        relation = "attended"  # several people who hold a meeting together meet; their bodies host it
                        for body in _bodies(subject, resolver, relations):
                            if body != subject:
                                self._write_one("organized", body, obj, resolver, state, relations, sentence.index)
                    self._write(relation, subject, obj, resolver, state, relations, sentence.index,
                                with_body=frame.kind in BROUGHT_ALONG or (frame.kind in SIGNING_FRAMES and ceremony))
                    if relation == "attended" and frame.kind in MEETING and resolver.entities[subject].cls == "Person" \
                            and subject in {p.key for p in frame.fillers(PARTNER)}:
                        for body in _bodies(subject, resolver, relations):  # '가나국 다라부 차관과 만나': his side meets
                            if body != subject and (body, "organized", obj) not in relations:
                                self._write_one("attended", body, obj, resolver, state, relations, sentence.index)
            state.acting_groups.update(p.key for p in frame.fillers(AGENT) if p.cls == "Group" and p.key in resolver.entities
                                       and not resolver.entities[p.key].count)
            agents = {p.key for p in frame.fillers("agent")} or {SHARED_SUBJECT}  # '장관은 부산을 찾아 간담회를 열었다'
            latest = {relation: max((m for a, _, r, m in settings if r == relation and agents & a), default=None)
                      for relation in ("heldIn", "partOf")}
            for earlier_agents, container, relation, made in settings:
                if SHARED_SUBJECT in agents and made != n - 1:
                    continue  # a clause with no subject of its own follows the visit right before it only
                if relation == "partOf" and frames[made].kind == frame.kind in ATTENDING:
                    continue  # '포럼에 참석하고 … 전시회에도 참석했다': two gatherings attended, neither within the other
                if relation == "partOf" and self._set_apart(sentence, frames[made], frame, dates):
                    continue  # '11일 가나시에서 준공식에 참석하고, 13일에는 다라시에서 협약을 맺는다': another day, another place
                if agents & earlier_agents and latest.get(relation, made) == made:
                    for key in about:
                        for target in [container, *(state.holders.get(container, ()) if relation == "heldIn" else ())]:
                            if key != target:
                                self._write(relation, key, target, resolver, state, relations, sentence.index)
            for relation, role in CONTAINING.get(frame.kind, ()):
                targets = about if role == "event" else [self._where(p, sentence, places, resolver) for p in frame.fillers(role)]
                settings.extend((agents, target, relation, n) for target in targets if not target.startswith(_SPAN))

    def _at_own_premises(self, frame: Frame, resolver: Resolver) -> Frame:
        """'가나공사는 가나공사 오리사옥에서 …', '(이하 다라원) … 다라원 대회의실에서': a venue named after the body that is
        the clause's subject is its own premises, whatever the building is called."""
        if frame.at_home or frame.kind not in self.frame_reader.home_frames:
            return frame
        words = {w for r, p in frame.roles if r == "place" and p.cls == "Place" for w in p.text.split()[:-1]}
        if not words:
            return frame
        owners = frozenset(p.key for r, p in frame.roles if r == AGENT and p.cls in ORG_CLASSES and p.key in resolver.entities
                           and words & {p.text, *_names(resolver.entities[p.key])})
        return replace(frame, at_home=owners) if owners else frame

    @staticmethod
    def _set_apart(sentence: Sentence, earlier: Frame, later: Frame, dates) -> bool:
        """A later clause dated on its own, or placed at a place of its own, happens apart from the gathering an
        earlier clause attends: it is no part of it."""
        if any(earlier.end <= sentence.start + begin < later.start for begin, _, _ in dates):
            return True
        return any(p.cls == "Place" and p.start >= earlier.end for p in later.fillers("place"))

    def _present(self, frames: list[Frame], resolver: Resolver, state: _State, relations, index: int) -> None:
        """'이 자리에서 A와 B는 협력하기로 합의했다': whoever acts at the occasion just named is there."""
        target = state.current_event  # the last event named, a signing too
        if target is None or resolver.entities[target].status not in {None, PAST}:
            return
        for frame in frames:
            if frame.kind in ABSENCE:
                continue
            for phrase in frame.fillers(AGENT):
                if not phrase.key.startswith(_SPAN) and phrase.key in resolver.entities:
                    self._write("attended", phrase.key, target, resolver, state, relations, index,
                                with_body=resolver.entities[target].cls in OCCURRING)  # a signing's bodies are its parties

    def _attended_here(self, frame: Frame, frames: list[Frame], events, resolver: Resolver, state: _State,
                       sentence: Sentence, trips: list[_Found] = ()) -> list[str]:
        """What an attendance that names no event is at: the event another attendance of the sentence names
        ('상담회에 참여해 … 투자자를 대상으로 상담했다'), a visit of the same agents for a meeting told by its verb
        ('가나국을 방문해 B 장관과 면담했다': B takes part in the visit), else the gathering the article is at
        ('이 자리에는 …')."""
        agents = {p.key for p in frame.fillers(AGENT)}
        if frame.kind in MEETING:
            for other in frames:
                if other.kind in TRIP_FRAMES and other.start < frame.start and (
                        not agents or agents & {p.key for p in other.fillers(AGENT)}):
                    visited = [t.key for t in trips if t.mention.end == other.end] or [
                        e.key for e in self._frame_events(other, events, resolver)]
                    if visited:
                        return visited
        for other in frames:
            if other is not frame and other.kind in ATTENDING and (frame.kind not in MEETING or agents & {
                    p.key for p in other.fillers(AGENT)}):  # who meets someone is at what he himself attends
                found = [e.key for e in self._frame_events(other, events, resolver)]
                if found:
                    return found
        if frame.kind in MEETING:
            return []  # a meeting named by its verb alone is at an event only where the sentence names one
        for other in frames:  # '포럼을 개최했으며 기업인 100여명이 참석했다': at what the clause before held
            if other.start < frame.start and other.kind in HOSTING and other.status == PAST:
                found = [e.key for e in self._frame_events(other, events, resolver)]
                if found:
                    return found
        by_span = {_span_key(e.mention): e.key for e in events}
        for other in frames:  # '전시회에 부스를 마련해 참가했다': at the gathering where the clause before was done
            if other.start < frame.start and other.object_of_its_own and (not agents or agents & {p.key for p in other.fillers(AGENT)}):
                found = [by_span[p.key] for p in other.fillers("place") if p.key in by_span
                         and resolver.entities[by_span[p.key]].cls in OCCURRING]
                if found:
                    return found
        if frame.kind in ACCOMPANYING:
            return [state.umbrella] if state.umbrella else []
        target = state.current_gathering or state.current_event
        if target and frame.status == PAST and not self._planned(sentence) and resolver.entities[target].status in {None, PAST}:
            return [target]
        return []

    @classmethod
    def _write(cls, relation: str, subject: str, obj: str, resolver: Resolver, state: _State, relations, index: int,
               with_body: bool = False) -> None:
        """One licensed relation; a person signs and hosts for his body, and brings it to what he attends
        (with_body: an attendance, not a host's or a signer's presence)."""
        if relation in COOPERATING_BODIES:
            for s in _bodies(subject, resolver, relations):
                for o in _bodies(obj, resolver, relations):
                    if s != o:
                        cls._write_one(relation, s, o, resolver, state, relations, index)
            return
        if relation in SIGNED_FOR_A_BODY:
            subjects = _bodies(subject, resolver, relations) if relation != "party" else [subject]
            for s in subjects:
                for o in _bodies(obj, resolver, relations):
                    cls._write_one(relation, s, o, resolver, state, relations, index)
            return
        if with_body and relation in ATTENDED_WITH_A_BODY and resolver.entities[subject].cls == "Person":
            # his body attends too, unless it hosts the event, or it is the article's own body and the event a gathering
            # (there as its host); at a signing only the body of one who signed an MOU with another (not a council
            # whose head looks on, nor a body whose head signs alone); at a gathering only a firm comes with its head (a CEO at a roundtable), not a
            # city, council or association whose head is a guest in person
            signing = resolver.entities[obj].cls in SIGNINGS
            parties = _signers(relations) if signing else set()
            for body in _bodies(subject, resolver, relations):
                if body != subject and (body, "organized", obj) not in relations and not (
                        body in state.principals and not signing) \
                        and (body in parties if signing else resolver.entities[body].cls in BROUGHT_BY_THEIR_HEAD):
                    cls._write_one(relation, body, obj, resolver, state, relations, index)
        if relation in HOSTED_FOR_A_BODY and state.members.get(subject) and resolver.entities[subject].cls == "Group" \
                and resolver.entities[subject].count:  # '5개 부처가 마련했다'; a delegation hosts as one
            for member in state.members[subject]:  # a group of bodies hosts; a group of people meets
                kind = "attended" if resolver.entities[member].cls == "Person" else relation
                cls._write_one(kind, member, obj, resolver, state, relations, index)
            if any(resolver.entities[m].cls == "Person" for m in state.members[subject]):
                cls._write_one("attended", subject, obj, resolver, state, relations, index)  # and so the group meets
            return
        if relation in HOSTED_FOR_A_BODY and resolver.entities[subject].cls == "Person":
            for body in _bodies(subject, resolver, relations):
                if body != subject:
                    cls._write_one(relation, body, obj, resolver, state, relations, index)
        cls._write_one(relation, subject, obj, resolver, state, relations, index)

    @staticmethod
    def _owners(sentence: Sentence, found: list[_Found], events: list[_Found], resolver: Resolver, relations) -> None:
        """'가나박물관 개관 기념행사', '다라투자 창립총회': the body a gathering's name
        opens with holds it; whom a gathering is with ('가나협회와의 간담회') takes part in it."""
        for event in events:
            if resolver.entities[event.key].cls not in OCCURRING or event.mention.title in {"anaphor", "umbrella"}:
                continue
            inside = sorted((f for f in found if f.mention.cls in ORG_CLASSES
                             and event.mention.start <= f.mention.start < f.mention.end < event.mention.end), key=lambda f: f.mention.start)
            if not inside or inside[0].mention.start != event.mention.start:
                continue
            chain = inside[:1]  # '가나협회와 다라협회와의 간담회': those listed before the last one met are met too
            for item in inside[1:]:
                gap = sentence.text[chain[-1].mention.end - sentence.start : item.mention.start - sentence.start]
                if gap.strip() not in {"와", "과", ",", "·"}:
                    break
                chain.append(item)
            met = _genitive_comitative(sentence, chain[-1].mention.end)  # '가나협회와의 간담회': the one met takes part
            for item in chain if met else chain[:1]:
                _relate(relations, item.key, "attended" if met else "organized", event.key, sentence.index)

    def _sides(self, sentence: Sentence, found: list[_Found], events: list[_Found], resolver: Resolver, state: _State,
               relations) -> set[str]:
        """'A와 B 간 협약': A and B are the parties of the agreement (signedMOUWith once it is signed); the events
        whose sides are so named."""
        named: set[str] = set()
        if not any(t.form in self.frame_tables.betweens for t in sentence.tokens):
            return named
        by_span = {_span_key(e.mention): e.key for e in events}
        phrases = [Phrase(f.key, f.mention.cls, f.mention.start, self._phrase_end(sentence, f.mention), f.mention.text)
                   for f in found if f.mention.end > f.mention.start]
        phrases += [Phrase(_span_key(e.mention), resolver.entities[e.key].cls, e.mention.start, e.mention.end, e.mention.text)
                    for e in events if e.mention.end > e.mention.start]
        for sides, event in self.frame_reader.sides(sentence, phrases):
            key = by_span.get(event.key)
            if key is None:
                continue
            named.add(key)
            for side in sides:
                self._write("party", key, side.key, resolver, state, relations, sentence.index)
        return named

    def _made_of(self, sentence: Sentence, frames: list[Frame], found: list[_Found], resolver: Resolver, state: _State,
                 relations) -> None:
        """'G는 전자(A), 화학(B) 등 … 업종으로 구성됐다': every body or person named in what a group is made of is a
        member, whatever its own particle (the frames that take a member role in licensing.tsv, in the passive)."""
        composing = {rule.frame for rule in self.frame_tables.licenses if rule.subject == MEMBER}
        for frame in frames:
            if frame.kind not in composing or frame.voice != "passive":
                continue
            wholes = [p for p in frame.fillers(THEME) if p.cls == "Group" and p.key in resolver.entities]
            bounds = [t.end for t in sentence.tokens if t.end <= frame.start and t.tag in {"EF", "EC"}]
            begin = max([*bounds, *(p.end for p in wholes if p.end <= frame.start)], default=sentence.start)
            for whole in wholes:
                for item in found:
                    if begin <= item.mention.start < frame.start and item.mention.cls in AGENT_CLASSES - {"Group"}:
                        self._write_one("memberOf", item.key, whole.key, resolver, state, relations, sentence.index)

    def _listed_members(self, sentence: Sentence, found: list[_Found], state: _State, relations) -> None:
        """'A, B 등 5개 기관': the items of a list that 등 closes are members of the group named after it."""
        if not any(f.mention.cls == "Group" for f in found):
            return
        phrases = [Phrase(f.key, f.mention.cls, f.mention.start, self._phrase_end(sentence, f.mention), f.mention.text)
                   for f in found if f.mention.end > f.mention.start]
        of_bodies = {f.key for f in found if f.mention.cls == "Group" and self.lexicon.kind_nouns.get(f.mention.title or "") in ORG_KINDS}
        of_firms = {f.key for f in found if f.mention.cls == "Group" and self.lexicon.kind_nouns.get(f.mention.title or "") in FIRM_KINDS}
        for members, head in self.frame_reader.lists(sentence, phrases):
            if head.cls != "Group":
                continue
            if any(counter in head.text for counter, unit in self.lexicon.counters.items() if unit == PEOPLE):
                titled = _posts_of([m.key for m in members], relations)  # '김가나 다라시의회 의장 등 300명'
                members = [m for m in members if m.key not in titled]
            bodies_named = head.key in of_bodies and any(m.cls in ORG_CLASSES for m in members)
            for member in members:
                if member.key not in state.members.setdefault(head.key, []):
                    state.members[head.key].append(member.key)  # what the group attends, all listed attend
                if bodies_named and member.cls == "Person":
                    continue  # '가나㈜ 김 대표 등 15개 기업': the firms are its members, their heads come for them
                if head.key in of_firms and member.cls in NOT_FIRMS:
                    continue  # '다라청, 마바전자 등 21개 업체': a count of firms has no agency for a member
                _relate(relations, member.key, "memberOf", head.key, sentence.index)

    def _headed_groups(self, sentence: Sentence, found: list[_Found], resolver: Resolver, state: _State, relations) -> None:
        """'김가나 차관을 단장으로 한 대표단': who heads a group is one of it (cues.tsv, anaphor headed)."""
        if self._headed is None or not any(cue in sentence.text for cue in self._heads):
            return
        groups = [f for f in found if f.mention.cls == "Group"]
        for person in (f for f in found if f.mention.cls == "Person"):
            group = next((g for g in groups if g.mention.start > person.mention.end), None)
            if group is not None and self._headed.match(
                    sentence.text[person.mention.end - sentence.start : group.mention.start - sentence.start]):
                self._write_one("memberOf", person.key, group.key, resolver, state, relations, sentence.index)

    def _remember_agents(self, frames: list[Frame], sentence: Sentence, state: _State) -> None:
        """The agents of a sentence stand for the next sentence that names none ('이어 …과 협약을 맺었다')."""
        agents = [p for f in frames for p in f.fillers(self.frame_tables.role(DROPPED_SUBJECT, f.kind, f.voice) or "agent")
                  if not p.key.startswith(_SPAN) and not (f.kind in ATTENDING and len(f.fillers(AGENT)) > 1)]
        # (those listed as present at something are no subject the next sentence leaves out)
        if agents:
            state.last_agents = list({p.key: p for p in agents}.values())

    @staticmethod
    def _write_one(relation: str, subject: str, obj: str, resolver: Resolver, state: _State, relations, index: int) -> None:
        s_cls, o_cls = resolver.entities[subject].cls, resolver.entities[obj].cls
        if not _JOINS.get(relation, (set(), set()))[0] >= {s_cls} or not _JOINS[relation][1] >= {o_cls}:
            return
        if relation == "signedMOUWith" and "Group" in {s_cls, o_cls}:
            body, group = (subject, obj) if o_cls == "Group" else (obj, subject)
            if resolver.entities[body].cls != "Group":
                state.group_signings.append((body, group, index))
            return
        sides = {"party": state.parties, "investor": state.investors, "investee": state.investees}
        if relation == "party":
            state.party_sentences.setdefault(subject, {}).setdefault(index, set()).add(obj)
        if relation in sides:
            keys = sides[relation].setdefault(subject, [])
            if obj not in keys:
                keys.append(obj)
            return
        _relate(relations, subject, relation, obj, index)
        if relation == "memberOf" and subject not in state.members.setdefault(obj, []):
            state.members[obj].append(subject)  # what the group attends, its members attend
        if relation == "attended":
            state.last_attended = obj
            if subject not in state.attendees.setdefault(obj, []):
                state.attendees[obj].append(subject)

    def _group_signature(self, mention: Mention) -> tuple[int, str]:
        return mention.count or 0, self.lexicon.kind_nouns.get(mention.title or "", mention.title or "")

    def _same_group(self, mention: Mention, state: _State) -> str | None:
        """'5개 정부 부처' and later '5개 부처': one counted group of one kind is one node."""
        if mention.cls != "Group" or not mention.count:
            return None
        return state.groups.get(self._group_signature(mention))

    def _roles(self, sentence: Sentence) -> set[str]:
        """Role cues used as predicates: '협력하여' counts, '협력방안' (a noun modifying a noun) does not."""
        roles: set[str] = set()
        tokens = sentence.tokens
        cues = self.lexicon.role_cues  # read directly: roles_of makes an empty set for every other token
        for i, token in enumerate(tokens):
            found = cues.get(token.form)
            if not found:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if "attract" in found and (nxt is None or nxt.tag != "XSV"):
                continue
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if "attend" in found and nxt is not None and nxt.tag == "XSV" and after is not None and after.form == "ᆯ":
                continue
            if token.tag.startswith("NN") and nxt is not None and (
                nxt.tag in {"NNG", "NNP", "JKG"} or (nxt.tag == "JKB" and nxt.form in {"에", "에서", "에게"})
            ):
                continue
            roles |= found
        return roles

    def _agent_facts(self, item: _Found, resolver: Resolver, sentence: Sentence, state: _State, relations) -> None:
        mention = item.mention
        if mention.cls == "Person" and mention.title:
            state.posts.setdefault(item.key, []).append((mention.title, sentence.index))
        if mention.cls == "Person" and mention.affiliation is not None:
            org_key = resolver.resolve(mention.affiliation)
            _relate(relations, item.key, "affiliatedWith", org_key, sentence.index)
        if mention.cls == "Group" and mention.title:
            state.group_heads[item.key] = self.lexicon.kind_nouns.get(mention.title, "")

    def _subjects(self, sentence: Sentence, agents: list[_Found]) -> list[_Found]:
        """Agents marked as topic or subject, and those joined to them by 와/과."""
        subjects: list[_Found] = []
        chain: list[_Found] = []
        phrases = [(a.mention.start, self._phrase_end(sentence, a.mention)) for a in agents if a.mention.cls == "Person"]
        for item in agents:
            if any(start < item.mention.start < end for start, end in phrases):
                continue
            if chain and not self._adjacent(sentence, self._phrase_end(sentence, chain[-1].mention), item.mention.start):
                chain = []
            tag, form = self._particle_after(sentence, self._phrase_end(sentence, item.mention))
            if tag in {"JX", "JKS"}:
                subjects.extend(chain)
                subjects.append(item)
                chain = []
            elif tag == "JC" or (tag == "JKB" and form in COMITATIVE):
                chain.append(item)
            else:
                chain = []
        return subjects

    def _title_opening(self, text: str, shortest: int = 1) -> str | None:
        """The longest title the text opens with."""
        return next((text[:k] for k in range(min(len(text), self._title_length), shortest - 1, -1) if text[:k] in self._titles), None)

    def _post_end(self, sentence: Sentence, mention: Mention) -> int:
        """Where a phrase ends for its particle: after a person's title, and after the post of a body's unnamed
        official ('가나부 장관과 만나', '다라시장을 면담해': the body is met through its head)."""
        if mention.cls not in ORG_CLASSES:
            return self._phrase_end(sentence, mention)
        at = mention.end - sentence.start
        rest = sentence.text[at:]
        gap = len(rest) - len(rest.lstrip(" "))
        post = rest[gap:] if gap <= 1 else ""
        title = self._title_opening(post)
        if title is None and not gap:  # '가나청장': the post shares the body's last letter
            post = mention.text[-1] + post
            title = self._title_opening(post, shortest=2)
        if title is None:
            return mention.end
        end = mention.end + gap + len(title) - (len(post) - len(rest[gap:]))
        after = next((t for t in sentence.tokens if t.start >= end), None)
        if after is None or not (after.start == end and (after.tag.startswith("J") or after.form in {",", "·"})
                                 or after.form in self.frame_tables.joiners):  # '가나부 차관 및 다라청장과'
            return mention.end
        return end

    @staticmethod
    def _phrase_end(sentence: Sentence, mention: Mention) -> int:
        """Where a person's phrase ends: after the title that follows the name ('김가람 외교부 장관이')."""
        if mention.cls != "Person" or not mention.title:
            return mention.end
        at = mention.end - sentence.start
        rest = sentence.text[at:]
        if rest.lstrip().startswith("(") and ")" in rest:
            at = at + rest.index(")") + 1  # the name's spelling in brackets: '로페스(Ana Lopez) 교육부 장관'
        found = sentence.text.find(mention.title, at, at + TITLE_REACH)
        return sentence.start + found + len(mention.title) if found >= 0 else mention.end

    @staticmethod
    def _adjacent(sentence: Sentence, left_end: int, right_start: int) -> bool:
        """'A와 B는', 'A, B 및 C가': nothing but a particle, a comma or a parenthesis between them."""
        gap = sentence.text[left_end - sentence.start : right_start - sentence.start]
        gap = re.sub(r"\([^()]*\)", "", gap)
        return len(gap.strip(" ,")) <= 2

    def _events(self, sentence, named, resolver, state, roles, amounts, dates, anaphors, framed=frozenset()) -> list[_Found]:
        found: list[_Found] = []
        for mention in named:
            if mention.title == "anaphor":
                target = state.current_gathering or state.current_event
                if target is not None:
                    found.append(_Found(mention, target))
                continue
            if mention.title == THIS_EVENT:
                told = next((k for k, e in reversed(resolver.entities.items()) if e.cls == mention.cls
                             and state.roles.get(k) != "umbrella"), None)
                if told is not None:  # '이번 업무협약은 …': the signing told before, named again
                    self._alias(resolver.entities[told], mention.name)
                    found.append(_Found(replace(mention, title="anaphor"), told))
                    continue
                mention = replace(mention, title="head")
            if mention.title == THIS_TRIP:
                if state.umbrella is not None:  # '이번 가나국 출장': the trip told before
                    self._alias(resolver.entities[state.umbrella], mention.name)
                    found.append(_Found(replace(mention, title="anaphor"), state.umbrella))
                    continue
                mention = replace(mention, title="umbrella")
            if not self._licensed(mention, roles, amounts, sentence.start) and _span_key(mention) not in framed:
                continue
            near = [a for a in amounts if sentence.start + a[0] < mention.end and mention.start - (sentence.start + a[1]) <= 25]
            another = self._told_as_another(sentence, mention)
            key = self._same_event(mention, resolver, dates, near, state, anaphors, another) or resolver.resolve(mention, fresh=True)
            entity = resolver.entities[key]
            if sentence.index not in entity.evidence:
                entity.evidence.append(sentence.index)
            self._alias(entity, mention.name)
            if mention.title in {"umbrella", "merger"}:
                state.roles[key] = mention.title
                state.umbrella = state.umbrella or key
            found.append(_Found(mention, key))
        return found

    def _licensed(self, mention: Mention, roles: set[str], amounts, sentence_start: int) -> bool:
        """An event word is an event only where the sentence says something happened to it."""
        if mention.title == "umbrella":
            return True
        if mention.title == "merger":
            return bool(roles & {"plan", "approve"})
        if mention.title == CANDIDATE:
            return False
        if mention.title in {OCCASION, PARTNERED_MEETING, VERB_MEETING, STANDING}:
            return True  # '박람회 기간 중 …': the clause tells what happens during it; '가나 대사와 면담을 통해': one is met
        if mention.cls == "Program" and mention.title == "program":
            return bool(roles & {"run", "plan"})
        if mention.cls == "Program":
            return mention.title == "quoted" or bool(roles & {"plan", "announce", "organize"})
        if mention.cls == "Investment":
            return any(0 <= mention.start - (sentence_start + end) <= 25 or sentence_start + begin < mention.end and mention.start < sentence_start + end
                       for begin, end, _ in amounts) or "attract" in roles  # an amount before it, or one within its name
        if mention.cls == "AgreementSigning":
            return bool(roles & {"sign", "attend", "plan"})
        if mention.cls == "Meeting" and mention.title != "quoted":
            return bool(roles & {"organize", "attend", "sign"})
        return bool(roles & {"organize", "attend", "sign", "approve", "plan", "announce"})

    def _told_as_another(self, sentence: Sentence, mention: Mention) -> bool:
        """'또 이날 다라은행과 업무협약도 체결했다': an event noun with the additive particle (cues.tsv anaphor another)
        tells one more event of the day, not the one told before."""
        rest = sentence.text[mention.end - sentence.start:]
        return self._another is not None and mention.end > sentence.start and bool(self._another.match(rest))

    @staticmethod
    def _same_event(mention: Mention, resolver: Resolver, dates, amounts, state: _State, anaphors: set[str],
                    another: bool = False) -> str | None:
        """The same event named again: by the tail of its name ('포럼' for '가나 수출
        포럼'), on the same stated date, or on 'this occasion' ('이날 협약식'); never across two stated dates, nor
        on the occasion when the noun says it is another ('이날 … 협약도 체결했다')."""
        folded = fold(mention.name)
        date = next((d.lexical for _, _, d in dates), None) if mention.cls == "AgreementSigning" else None
        tail = None
        for key, entity in reversed(list(resolver.entities.items())):
            if entity.cls not in EVENT_CLASSES | {"Program"}:
                continue
            if entity.cls != mention.cls and {entity.cls, mention.cls} != {"Event", "Meeting"}:
                continue
            if date and entity.date is not None and entity.date.lexical != date:
                continue
            if mention.cls == "Investment" and entity.amount is not None and amounts and amounts[-1][2].value == entity.amount.value \
                    and _sized_by(mention, amounts[-1]):
                return key  # '90억원 상당의 투자유치', then '… 모두 90억원 투자': one investment told by its sum again
            if entity.amount is not None and any(a.value != entity.amount.value for _, _, a in amounts):
                continue
            if "occasion" in anaphors and key == state.current_event and mention.cls == "AgreementSigning" and not another:
                return key
            if mention.title == CEREMONY:
                return key  # '… 협약을 체결했다. 협약식에는 …': the ceremony of the signing told before
            if date and entity.date is not None:
                return key
            names = [entity.name, *entity.aliases]
            if any(fold(n).endswith(folded) and len(folded) >= 2 for n in names):
                if "occasion" in anaphors and entity.date is None and tail is None:
                    tail = key  # '이날 간담회': rather the one held on a stated day than an undated earlier one
                    continue
                return key
            if any(folded.endswith(fold(n)) and len(fold(n)) >= LONG_NAME for n in names):
                return key  # '창업지원설명회', then '누리시창업지원설명회': the same event named in full
            if mention.cls == "AgreementSigning" and any(alike_names(mention.name, n) for n in names):
                return key  # '가나 도로 재건을 위한 업무협약' after '가나 도로 재건과 현대화를 위한 업무협약'
            if mention.cls == "AgreementSigning" and not another and " " not in entity.name and mention.name.split()[-1] == entity.name:
                return key  # '업무협약을 체결했다', then the caption's '… 양성을 위한 업무협약': the one signing, its purpose named
        return tail

    @staticmethod
    def _alias(entity: Entity, name: str) -> None:
        if name != entity.name and name not in entity.aliases:
            entity.aliases.append(name)

    def _event_roles(self, sentence, events, agents, subjects, roles, anaphors, state, resolver, relations,
                     signed: dict[str, int] | None = None, sided_events: set[str] = frozenset()) -> None:
        idx = sentence.index
        real = [e for e in events if (state.roles.get(e.key) != "umbrella" or e.mention.title == "anaphor") and e.mention.title != OCCASION]
        org_subjects = [s for s in subjects if s.mention.cls in ORG_CLASSES]
        comitative = [a for a in agents if self._particle_after(sentence, a.mention.end)[1] in COMITATIVE and a not in subjects
                      and not _genitive_comitative(sentence, a.mention.end)]
        sided = any(t.form in self.frame_tables.betweens for t in sentence.tokens)
        self._membership(sentence, agents, state, relations)
        self._merger(sentence, real, agents, resolver, state, relations)
        for event in real:
            entity = resolver.entities[event.key]
            if entity.cls == "AgreementSigning" and ("sign" in roles) and event.key not in sided_events:
                # ('가나부는 다라청과 마바공사 간 협약 체결을 지원했다': the sides named are the parties, not who supports)
                sides = (signed or {}).get(event.key, 0)  # a signing frame names its own signers: its agent and partner
                said = [] if sides else [s for s in subjects if not self._later_clause(sentence, event.mention.end, s.mention.start)]
                parties = [a.key for a in [*said, *(comitative if sides < 2 else ())] if a.mention.cls in ORG_CLASSES
                           and (a in subjects or not sided)]  # 'A와 B 간 협약' names its sides itself (_sides)
                for signer in (s for s in subjects if s.mention.cls == "Person"):
                    if signer.mention.affiliation is None:
                        continue  # a signer with no body of his own is the party, not a witness
                    if in_brackets(sentence.tokens, signer.mention.start):
                        continue  # '가나부(장관 김가나)는 … 협약을 체결했다': the head in the apposition is not said to be there
                    _relate(relations, signer.key, "attended", event.key, idx)
                    state.attendees.setdefault(event.key, []).append(signer.key)
                state.parties.setdefault(event.key, [])
                for party in parties:
                    state.party_sentences.setdefault(event.key, {}).setdefault(idx, set()).add(party)
                    if party not in state.parties[event.key]:
                        state.parties[event.key].append(party)
            if "approve" in roles:
                for subject in org_subjects:
                    _relate(relations, subject.key, "approved", event.key, idx)
                continue  # '가나부는 다라시의 계획을 승인했다': who approves a plan is not its planner
            if entity.cls == "Program" and (roles & {"announce", "plan"}) and event.mention.title != "program":
                for planner in [s.key for s in org_subjects] or state.principals:
                    _relate(relations, planner, "plans", event.key, idx)
            if entity.cls == "Program" and event.mention.title == "program" and entity.status == "planned":
                for planner in [s.key for s in org_subjects] or state.principals:
                    _relate(relations, planner, "plans", event.key, idx)
            elif "plan" in roles and entity.status == "planned" and self._cue_in_clause(sentence, event.mention.end, "plan") \
                    and not self._venue(sentence, event.mention.end):  # '브리핑에서 … 할 예정': where it is told, not what
                for subject in org_subjects:
                    _relate(relations, subject.key, "plans", event.key, idx)
        if "cooperate" in roles:
            cooperators = [s.key for s in org_subjects] or state.principals
            for group in (s for s in subjects if s.mention.cls == "Group"):
                for cooperator in cooperators:
                    state.group_partners.append((cooperator, group.key, idx))
            sides = list(dict.fromkeys(b for s in subjects if s.mention.cls in ORG_CLASSES | {"Person"}
                                       for b in _bodies(s.key, resolver, relations) if resolver.entities[b].cls in ORG_CLASSES))
            comitative = [a for a in comitative if a.key not in sides]  # '가나부 장관과 …': his body, no partner
            for agent in comitative:
                partners = state.members.get(agent.key) or ([agent.key] if agent.mention.cls in ORG_CLASSES else [])
                for partner in partners:
                    for cooperator in cooperators:
                        if cooperator != partner:
                            _relate(relations, cooperator, "cooperatedWith", partner, idx)
            signing = state.current_event if PRESENT in anaphors and state.current_event is not None \
                and resolver.entities[state.current_event].cls in SIGNINGS else None
            if not comitative and len(sides) >= 2 and self._cue_in_clause(sentence, subjects[-1].mention.end, "cooperate"):
                if signing is not None:  # '… 협약을 체결했다. 이 자리에서 A와 B는 협력하기로 했다': the signing's parties
                    for side in sides:
                        self._write_one("party", signing, side, resolver, state, relations, idx)
                for a, b in combinations(sides, 2):  # people who agree to cooperate speak for their bodies
                    _relate(relations, a, "cooperatedWith", b, idx)
        if "occasion" in anaphors and len(real) >= 1:
            host = self._occasion_host(sentence, real, resolver) or state.current_event
            for event in real:
                if host and event.key != host and resolver.entities[event.key].cls not in OCCURRING \
                        and not (self._told_as_another(sentence, event.mention) and resolver.entities[host].cls == resolver.entities[event.key].cls):
                    state.part_of[event.key] = host  # '이날 협약도 체결했다': a second signing of the day, no part of the first
                    host_entity = resolver.entities[host]
                    entity = resolver.entities[event.key]
                    entity.date = entity.date or host_entity.date
                    entity.place = entity.place or host_entity.place
                    _relate(relations, event.key, "partOf", host, idx)
        for event in real:
            entity = resolver.entities[event.key]
            if entity.cls == "Investment":
                self._investment_sides(sentence, event, agents, subjects, roles, state)
            if entity.cls == "Investment" and "event" in anaphors and state.current_event:
                for agent in state.attendees.get(state.current_event, []):
                    kind = resolver.entities[agent].cls
                    head_kind = state.group_heads.get(agent, "")
                    if agent in {m for ms in state.members.values() for m in ms}:
                        continue
                    if kind == "Investor" or head_kind == "Investor":
                        state.investors.setdefault(event.key, []).append(agent)
                    elif kind in {"Company", "Group"}:
                        state.investees.setdefault(event.key, []).append(agent)

    @staticmethod
    def _later_clause(sentence: Sentence, end: int, start: int) -> bool:
        """A clause ends between an event's name and a phrase after it: '협약을 맺었고, A도 찾았다' (A is the next
        clause's subject, not a signer)."""
        return any(end <= t.start < start and t.tag in {"EC", "EF"} for t in sentence.tokens)

    def _investment_sides(self, sentence: Sentence, event: _Found, agents, subjects, roles: set[str], state: _State) -> None:
        """'A는 B에 100억원을 투자했다', 'B는 A로부터 투자를 유치했다': who invests and who receives."""
        investors, investees = [], []
        for agent in agents:
            tag, form = self._particle_after(sentence, agent.mention.end)
            if form in {"로부터", "에게서", "으로부터"}:
                investors.append(agent.key)
            elif tag == "JKB" and form in {"에", "에게"} and agent.mention.cls in AGENT_CLASSES:
                investees.append(agent.key)
        for subject in subjects:
            (investees if "attract" in roles else investors).append(subject.key)
        for side, keys in ((state.investors, investors), (state.investees, investees)):
            for key in keys:
                if key not in side.setdefault(event.key, []):
                    side[event.key].append(key)

    def _planned(self, sentence: Sentence) -> bool:
        return any(cue in sentence.text for cue, value in self.lexicon.status_cues if value == "planned")

    def _venue(self, sentence: Sentence, end: int) -> bool:
        """The phrase ending here takes a particle of place (particles.tsv: '에서')."""
        following = next(iter(tokens_after(sentence.tokens, end)), None)
        return following is not None and following.tag.startswith("J") and self.frame_tables.role(following.form, "*", "*") == "place"

    def _cue_in_clause(self, sentence: Sentence, start: int, role: str) -> bool:
        """A role cue between a mention and the end of its clause ('...을 추진할 계획이며,'), as its predicate or
        the predicate's object ('협력을 강화하기로 했다')."""
        tokens = [t for t in sentence.tokens if t.start >= start]
        for i, token in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            predicate = token.tag.startswith("V") or (nxt is not None and nxt.tag in {"VCP", "XSV", "XSA", "JKO"})
            if predicate and role in self.lexicon.roles_of(token.form):
                return True
            if token.tag == "EF" or (token.tag == "EC" and nxt is not None and nxt.tag == "SP"):
                return False
        return False

    def _occasion_host(self, sentence: Sentence, events: list[_Found], resolver: Resolver) -> str | None:
        """'만찬이 열렸으며, 이 자리에서 ...': the occasion is the gathering named before the anaphor."""
        positions = [sentence.text.find(cue) for cue, value in self.lexicon.anaphors if value == "occasion" and cue in sentence.text]
        anchor = sentence.start + min(positions) if positions else sentence.end
        before = [e for e in events if e.mention.end <= anchor and resolver.entities[e.key].cls in OCCURRING]
        return before[-1].key if before else None

    def _merger(self, sentence: Sentence, events: list[_Found], agents: list[_Found], resolver: Resolver, state: _State, relations) -> None:
        """'A와 B 간 통합 ... C라는 이름으로': the joined organizations become part of the new one."""
        for event in events:
            if state.roles.get(event.key) != "merger":
                continue
            orgs = [a for a in agents if a.mention.cls in ORG_CLASSES]
            joined = [a for a in orgs if a.mention.end <= event.mention.start]
            joined = [a for a in joined if self._particle_after(sentence, a.mention.end)[1] in {"와", "과", "간"}
                      or sentence.text[a.mention.end - sentence.start :].lstrip().startswith(tuple(self.lexicon.stopwords.get("modifier", ())))]
            result = [a for a in orgs if a.mention.start > event.mention.end]
            if len(joined) >= 2 and result:
                for party in joined:
                    _relate(relations, party.key, "partOf", result[0].key, sentence.index)

    def _membership(self, sentence: Sentence, agents: list[_Found], state: _State, relations) -> None:
        """'A, B를 비롯한 20개 VC' and '해외 기업 3개사(A, B, C)': named members of a counted group."""
        groups = [a for a in agents if a.mention.cls == "Group" and a.mention.count]
        for group in groups:
            kinds = ORG_CLASSES | ({"Person"} if self._counts_people(group.mention) else set())
            if self.lexicon.kind_nouns.get(group.mention.title or "") in FIRM_KINDS:
                kinds = kinds - NOT_FIRMS  # '다라청, 마바전자 등 21개 업체': a count of firms has no agency for a member
            orgs = [a for a in agents if a.mention.cls in kinds]
            inside = [a for a in orgs if group.mention.end < a.mention.start <= group.mention.end + 2 + 60
                      and sentence.text[group.mention.end - sentence.start : a.mention.start - sentence.start].startswith("(")
                      and ")" not in sentence.text[group.mention.end - sentence.start : a.mention.start - sentence.start]]
            before = self._listed_before(sentence, group, orgs) if self._including(sentence, group) else []
            if self._counts_people(group.mention):
                titled = _posts_of([a.key for a in [*inside, *before]], relations)
                inside, before = [a for a in inside if a.key not in titled], [a for a in before if a.key not in titled]
            for member in [*inside, *before]:
                state.members.setdefault(group.key, [])
                if member.key not in state.members[group.key]:
                    state.members[group.key].append(member.key)
                    _relate(relations, member.key, "memberOf", group.key, sentence.index)

    def _counts_people(self, group: Mention) -> bool:
        """'4명', '300여 명': a group counted in people has people for members."""
        return any(unit == PEOPLE and counter in group.text for counter, unit in self.lexicon.counters.items())

    def _including(self, sentence: Sentence, group: _Found) -> bool:
        """'A, B 등 5개 부처', 'A를 비롯한 20개 VC': the group follows a list of its members."""
        before = sentence.text[: group.mention.start - sentence.start].rstrip()
        before = re.sub(r"\s*(총|약)$", "", before)
        return any(before.endswith(cue) for cue, value in self.lexicon.anaphors if value == "including")

    def _listed_before(self, sentence: Sentence, group: _Found, orgs: list[_Found]) -> list[_Found]:
        members: list[_Found] = []
        boundary = group.mention.start
        for org in sorted((o for o in orgs if o.mention.end <= group.mention.start), key=lambda o: -o.mention.start):
            gap = sentence.text[org.mention.end - sentence.start : boundary - sentence.start]
            gap = re.sub(r"\([^()]*\)", "", gap).strip()
            cue = max((c for c, value in self.lexicon.anaphors if value == "including" and gap.endswith(c)), key=len, default="")
            including = bool(cue)
            cue_start = sentence.text.rfind(cue, 0, boundary - sentence.start) + sentence.start if cue else boundary
            if (len(gap) > (12 if not members else 4) and not (including and len(gap) <= 20)) or re.search(r"[.!?]", gap) \
                    or any(t.tag in CASE_BREAKS for t in sentence.tokens if org.mention.end <= t.start < cue_start):
                break  # a case particle or a clause end between: the phrase before has a role of its own
            members.insert(0, org)
            boundary = org.mention.start
        return members

    # --- whole article -------------------------------------------------------
    def _finish(self, resolver: Resolver, state: _State, relations) -> None:
        for cooperator, group, idx in state.group_partners:
            for member in state.members.get(group, []):
                if member != cooperator:
                    _relate(relations, cooperator, "cooperatedWith", member, idx)
        for body, group, idx in state.group_signings:
            for member in state.members.get(group, []):
                _relate(relations, body, "signedMOUWith", member, idx)
        _signers_for_bodies(resolver, state, relations)
        for event, attendees in list(state.attendees.items()):
            if resolver.entities[event].cls == "AgreementSigning":
                continue  # the bodies of a group that takes part in an agreement are its parties (_finish below)
            for group in list(attendees):
                for member in state.members.get(group, []):
                    ev = relations.get((group, "attended", event), {0})
                    _relate(relations, member, "attended", event, min(ev))
        if state.destinations:
            self._stops_met(resolver, state)
        self._named_within(resolver, state, relations)
        self._named_units(resolver, relations)
        for key, entity in resolver.entities.items():
            trip = self._trip_of(key, resolver, state)
            if trip and entity.status == PAST and self._coming(trip, resolver, state) and entity.evidence \
                    and not state.told_done & set(entity.evidence):
                entity.status = "planned"  # a stop of a coming trip told with no past tense ('개막식에 참석하고, … 방문할 예정이다')
            if trip and entity.place is None and trip not in state.destinations and state.destinations:
                entity.place = resolver.entities[trip].place  # at a tour's stop, where the stop is
            if entity.place and entity.cls in EVENT_CLASSES and key not in state.part_of:
                self._held_in(key, entity.place, state, relations, entity.evidence[0] if entity.evidence else 0)
            elif entity.place and entity.cls == "Program":
                _relate(relations, key, "locatedIn", entity.place, entity.evidence[0] if entity.evidence else 0)
            for place in state.destinations.get(key, ()):
                _relate(relations, key, "heldIn", place, entity.evidence[0] if entity.evidence else 0)
            if trip and entity.cls in OCCURRING | {"AgreementSigning"} and key not in state.part_of and state.roles.get(key) != "umbrella" \
                    and not self._hosted_by_others(key, trip, relations) and not self._told_of_others(key, trip, relations, state):
                _relate(relations, key, "partOf", trip, entity.evidence[0] if entity.evidence else 0)
            tour = self._tour_of(key, resolver, state)
            if tour is not None:
                _relate(relations, key, "partOf", tour, entity.evidence[0] if entity.evidence else 0)
        for event, parties in state.parties.items():
            entity = resolver.entities[event]
            if entity.status == "completed":
                def signers_of(keys):
                    return {b for p in keys for m in (state.members.get(p, []) if resolver.entities[p].cls == "Group" else [p])
                            for b in _bodies(m, resolver, relations)}
                signers = signers_of(parties)
                for a, b in combinations(sorted(signers), 2):
                    if frozenset((a, b)) in state.same_side:
                        continue
                    if not self._named_together(a, b, [signers_of(told) for told in state.party_sentences.get(event, {}).values()]):
                        continue
                    if not ({a, b} <= {m for p in parties if resolver.entities[p].cls == "Group" for m in state.members.get(p, [])}):
                        _relate(relations, a, "signedMOUWith", b, entity.evidence[0] if entity.evidence else 0)
        for event, investors in state.investors.items():
            if resolver.entities[event].status == "completed":
                for investor in investors:
                    for investee in state.investees.get(event, []):
                        _relate(relations, investor, "invested", investee, resolver.entities[event].evidence[0])
        for predicate, links in (("party", state.parties), ("investor", state.investors), ("investee", state.investees)):
            for event, agents in links.items():
                for agent in agents:
                    evidence = resolver.entities[event].evidence
                    _relate(relations, event, predicate, agent, evidence[0] if evidence else 0)
        trip = state.umbrella if state.umbrella in state.trips else None
        if trip is not None and resolver.entities[trip].status not in CALLED_OFF:
            for group in state.acting_groups:  # '가나시 대표단은 … 다라전자를 방문해': the delegation is on the trip
                first = min(resolver.entities[group].evidence, default=0)
                _relate(relations, group, "attended", trip, first)
                for member in state.members.get(group, []):
                    _relate(relations, member, "attended", trip, first)
        _break_part_cycles(relations, resolver, state)
        self._keep_own_venue(resolver, state, relations)
        for trip, told in state.restated.items():  # its countries hold the cities the retelling names
            for (subject, predicate, place), evidence in list(relations.items()):
                if subject == trip and predicate == "heldIn" and evidence <= told and place in self._countries:
                    del relations[(subject, predicate, place)]
        placed = {s for (s, p, _) in relations if p == "heldIn"}
        for (key, predicate, whole), told in [(k, ev) for k, ev in relations.items() if k[1] == "partOf" and k[0] not in placed]:
            place = self._errand_place(key, whole, resolver, state) if whole in state.trips else self._venue_of_whole(key, whole, told, resolver, state)
            if place is not None:
                _relate(relations, key, "heldIn", place, min(told))
        self._drop_idle_places(resolver, relations, state.sited)

    def _keep_own_venue(self, resolver: Resolver, state: _State, relations) -> None:
        """'시청을 방문해 협약을 체결하고 설명회를 연다. … 설명회는 가나호텔에서 열린다': an event whose own venue the text
        names is not held at another venue a clause before it carried over (the visit's), nor in the places that
        venue alone lies in; two venues named in one sentence ('가나시청과 다라시청에서') both stay."""
        for key, entity in resolver.entities.items():
            own = entity.place
            if own is None or entity.cls not in EVENT_CLASSES or key in state.trips or not self._venue_key(own):
                continue
            kept = {own, *state.holders.get(own, ())}
            named = set(resolver.entities[own].evidence) if own in resolver.entities else set()
            others = [o for (s, p, o) in relations if s == key and p == "heldIn" and o not in kept and self._venue_key(o)
                      and o in resolver.entities and not named & set(resolver.entities[o].evidence)]  # ('A시청과 B시청에서': both)
            dropped = set(others) | {h for o in others for h in state.holders.get(o, ())} - kept
            for place in dropped:
                relations.pop((key, "heldIn", place), None)

    def _venue_key(self, key: str) -> bool:
        """A place key of a venue (a building, a site; or a place the gazetteers do not know), not a country or city."""
        entry = self.mentions.places_by_id.get(key.partition("/")[2])
        return entry is None or entry.kind == VENUE

    @staticmethod
    def _venue_of_whole(key: str, whole: str, told: set[int], resolver: Resolver, state: _State) -> str | None:
        """'제네바에서 열린 총회에 참석해 양자회담을 가졌다', '호텔에서 열린 선포식에서 협약서에 서명했다': an event with no place of
        its own, part of a gathering told with it in one sentence, is held where the gathering is (its own place, the
        narrowest)."""
        entity, gathering = resolver.entities[key], resolver.entities[whole]
        if entity.place is not None or gathering.place is None or state.roles.get(whole) == "umbrella":
            return None
        return gathering.place if told & set(gathering.evidence) else None

    def _errand_place(self, key: str, trip: str, resolver: Resolver, state: _State) -> str | None:
        """'가나포럼 참석차 독일 베를린을 방문했다': an event with no place of its own, named in the very sentence that
        tells a trip to one city (its country before it), is held there; a trip to a country says no more than
        the country, which the gold leaves to the trip ('카자흐스탄 방문 기간에 맞춰 협약이 체결된다')."""
        entity, journey = resolver.entities[key], resolver.entities[trip]
        if entity.place is not None or journey.place not in self._countries:
            return None
        country = self._countries.get(journey.place, journey.place)
        if any(self._countries.get(p, p) != country for p in state.destinations.get(trip, ())):
            return None
        if not entity.evidence or not journey.evidence or entity.evidence[0] != journey.evidence[0]:
            return None
        return journey.place

    @staticmethod
    def _named_together(a: str, b: str, told: list[set[str]]) -> bool:
        """Two parties of an agreement told in several sentences signed with each other where one sentence names
        both, or where one of them is named alone (joining the others: '협약에는 C도 참여했다'); not where each
        comes with a partner of its own ('A는 B와 협약을 체결했다. 지난달에는 C와 협약을 맺었다': no B-C)."""
        with_a = [t for t in told if a in t]
        with_b = [t for t in told if b in t]
        if not with_a or not with_b:
            return True  # a party whose sentence is not known (a signer's body found later)
        return any(b in t for t in with_a) or any(len(t) == 1 for t in with_a + with_b)

    def _affiliate_by_title(self, resolver: Resolver, state: _State, relations, sentences: list[Sentence]) -> None:
        """A person named with a title alone ('김가람 차관', '이나래 지사') holds it at the article's body whose head
        titles (organizations.tsv, korea_regions.tsv) include it: the article's own body first, else the only
        such body the article names. A former post ('전 장관') is none, and a body's head post ('시장') is held
        by one person: a second mayor in the article heads another city. A later title of the person ('김 사장'
        after '김가나 전 차관') is tried after the first."""
        affiliated = {s for (s, p, _) in relations if p == "affiliatedWith"}
        head_titles = dict(self._head_titles)
        for key in state.principals:  # the article's own body, unknown to the lexicon: the heads its ending or its kind gives
            entity = resolver.entities.get(key)
            if entity is not None and key not in head_titles and entity.cls in ORG_CLASSES:
                ending = longest_suffix(entity.name, self.lexicon.suffix_heads, self._suffix_length)
                heads = self.lexicon.suffix_heads.get(ending or "") or \
                    (tuple(self.lexicon.stopwords.get("company-head", ())) if entity.cls == "Company" else ())
                if heads:
                    head_titles[key] = heads
        bodies = [k for k, e in resolver.entities.items() if e.cls in ORG_CLASSES and head_titles.get(k)]
        if not bodies:
            return
        former = self.lexicon.stopwords.get("former", set())
        heads_held = {(o, resolver.entities[s].title) for (s, p, o) in relations
                      if p == "affiliatedWith" and s in resolver.entities}
        for key, person in list(resolver.entities.items()):
            if person.cls != "Person" or key in affiliated or not person.title or not person.evidence or key in state.counterparts:
                continue  # (whom a traveller meets abroad holds his post in his own country)
            text = " ".join(sentences[i].text for i in person.evidence if i < len(sentences))
            posts = [(person.title, person.evidence[0])]
            posts += [(t, i) for t, i in state.posts.get(key, []) if t != person.title]  # '김 사장' after '김가나 전 차관'
            for title, at in posts:
                if any(f"{word} {title}" in text or f"{word}{title}" in text for word in former) \
                        or _former_post(text, (person.name, *person.aliases), title, former):
                    continue
                fits = [b for b in bodies if any(_holds(title, head) for head in head_titles[b])]
                chosen = [b for b in fits if b in state.principals] or (fits if len(fits) == 1 else [])
                if len(chosen) == 1 and (chosen[0], title) not in heads_held:
                    _relate(relations, key, "affiliatedWith", chosen[0], at)
                    if title == head_titles[chosen[0]][0]:
                        heads_held.add((chosen[0], title))  # a body has one head: a second '시장' is another city's
                    break

    @staticmethod
    def _current_stop(key: str, resolver: Resolver, state: _State) -> str | None:
        """On a tour of several countries, an event named with no place of its own happens at the stop last
        named before it ('폴란드를 방문해 …. 또한 … 협약식도 연다': in Poland)."""
        evidence = resolver.entities[key].evidence
        at = evidence[0] if evidence else 0
        stops = [t for t in state.trips if t != key and t not in state.destinations
                 and resolver.entities[t].evidence and resolver.entities[t].evidence[0] <= at]
        return max(stops, key=lambda t: resolver.entities[t].evidence[0], default=None)

    def _stops_met(self, resolver: Resolver, state: _State) -> None:
        """'체코에서는 … 장관을 면담해': on a tour, a meeting named by its bare word alone in one of the tour's
        countries, where no visit of its own is named, is the stop there: named by the country ('체코 면담'),
        and what else happens there is part of it."""
        stops = {p for places in state.destinations.values() for p in places}
        visited = {resolver.entities[t].place for t in state.trips}
        for key, entity in list(resolver.entities.items()):
            place = entity.place
            if entity.cls not in OCCURRING or place is None or key in state.trips or place in visited:
                continue
            if self._countries.get(place, place) not in stops and place not in stops:
                continue
            if entity.name not in self.lexicon.event_words or place not in resolver.entities:
                continue
            self._alias(entity, entity.name)
            entity.name = f"{resolver.entities[place].name} {entity.name}"
            state.trips.append(key)
            visited.add(place)

    def _hosted_by_others(self, key: str, trip: str, relations) -> bool:
        """'관세청은 … 시상식 행사를 취소했다' in an article about a minister's trip: an event that others host, none
        of them the travellers or their bodies, is not one of the trip's, unless the travellers attend it; the
        government of a place the trip goes to is whom they visit, no other ('북경시장 면담' on a trip to 중국)."""
        gone = {o for (s, p, o) in relations if s == trip and p == "heldIn"}
        hosts = {s for (s, p, o) in relations if o == key and p == "organized"
                 and not (s in self._regions and {f"place/{s.partition('/')[2]}", self._countries.get(f"place/{s.partition('/')[2]}")} & gone)}
        if not hosts:
            return False
        travellers = {s for (s, p, o) in relations if o == trip and p in {"attended", "organized"}}
        travellers |= {o for (s, p, o) in relations if s in travellers and p == "affiliatedWith"}
        present = {s for (s, p, o) in relations if o == key and p == "attended"}  # at another's ceremony on the trip
        return bool(travellers) and not (hosts | present) & travellers

    @staticmethod
    def _told_of_others(key: str, trip: str, relations, state: _State) -> bool:
        """'환경부는 … 발대식을 연기키로 했다' in an article about a minister's trip: an event named only in sentences
        about others, none of them the travellers or their bodies, is not one of the trip's."""
        tellers = state.told_by.get(key, set())
        if not tellers:
            return False
        travellers = {s for (s, p, o) in relations if o == trip and p in {"attended", "organized"}}
        travellers |= {o for (s, p, o) in relations if s in travellers and p == "affiliatedWith"}
        tellers |= {o for (s, p, o) in relations if s in tellers and p == "affiliatedWith"}
        return bool(travellers) and not tellers & travellers

    def _programme(self, sentence: Sentence, events: list[_Found], resolver: Resolver, state: _State, relations) -> None:
        """'간담회는 가나전자 공장 견학을 시작으로 … 진행됐다': the event that opens the programme of the sentence's topic
        event (its object, then 시작 + 으로) is part of it, and held where it is."""
        for occasion in (e for e in events if e.mention.title == OCCASION and resolver.entities[e.key].cls in OCCURRING):
            for event in events:  # '박람회 기간 중 설명회를 열었다': the briefing is part of the fair
                if event.mention.start > occasion.mention.end and event.key != occasion.key and state.roles.get(event.key) != "umbrella" \
                        and resolver.entities[event.key].cls in OCCURRING | {"AgreementSigning"}:
                    state.part_of.setdefault(event.key, occasion.key)
                    _relate(relations, event.key, "partOf", occasion.key, sentence.index)
        whole = next((e for e in events if resolver.entities[e.key].cls in OCCURRING and self._shared_by(sentence, e.mention.end)), None)
        if whole is not None:  # '포럼의 부대행사로 설명회가 열렸다', '주간의 첫 행사로 협약을 체결했다', '순방의 일환으로'
            for event in events:
                if event.key != whole.key and state.roles.get(event.key) != "umbrella" and resolver.entities[event.key].cls in OCCURRING | {"AgreementSigning"} \
                        and not (event.mention.start <= whole.mention.start and whole.mention.end <= event.mention.end):
                    state.part_of.setdefault(event.key, whole.key)
                    _relate(relations, event.key, "partOf", whole.key, sentence.index)
        openings = self.events.openings
        tokens = sentence.tokens
        for event in events:
            after = [t for t in tokens if t.start >= event.mention.end][:3]
            if len(after) < 3 or after[0].tag != "JKO" or after[1].form not in openings or after[2].tag != "JKB":
                continue
            topic = next((e.key for e in events if e is not event and e.mention.end <= event.mention.start
                          and self._particle_after(sentence, e.mention.end)[0] == "JX"), None)
            if topic is None and len(tokens) > 1 and tokens[1].tag == "JX" and self.events.head_of(tokens[0].form) is not None:
                topic = state.current_gathering  # '간담회는 …': the gathering the article is at
            if topic is not None and topic != event.key and resolver.entities[topic].cls in OCCURRING:
                entity = resolver.entities[event.key]
                entity.place = entity.place or resolver.entities[topic].place  # where the programme is
                _relate(relations, event.key, "partOf", topic, sentence.index)

    def _shared_by(self, sentence: Sentence, end: int) -> bool:
        """'포럼의 부대행사로', '주간의 첫 행사로', '순방의 일환으로': an event's name, 의, a noun that makes it the whole
        the clause's event is a part of (event_name_parts.tsv part-of; a word may stand before it), and 로."""
        after = tokens_after(sentence.tokens, end)
        first = next(after, None)
        between = _BRACKETS.sub("", sentence.text[end - sentence.start : first.start - sentence.start]) if first is not None else ""
        if first is None or first.tag != "JKG" or between.strip("'’\"”」』"):
            return False
        shares = self.frame_tables.name_parts.get(PART_OF_WORD, frozenset())
        for _ in range(2):
            token = next(after, None)
            if token is None or token.form not in shares and not token.tag.startswith(("NN", "MM")):
                return False
            if token.form in shares:
                particle = next(after, None)
                return particle is not None and particle.tag == "JKB" \
                    and particle.form in self.frame_tables.name_parts.get(PART_OF_PARTICLE, frozenset())
        return False

    def _named_within(self, resolver: Resolver, state: _State, relations) -> None:
        """'제5회 가나박람회 개막식', '가나포럼 투자설명회': an event named after another gathering of the article
        ('가나박람회', with a word of its own before the event word) is part of it; so is the first ('첫 간담회') of
        the one series of such gatherings the article names ('순회 현장 간담회')."""
        gatherings = [(k, fold(e.name)) for k, e in resolver.entities.items() if e.cls in OCCURRING and state.roles.get(k) != "umbrella"]
        for key, entity in resolver.entities.items():
            if entity.cls not in EVENT_CLASSES or key in state.part_of or state.roles.get(key) == "umbrella":
                continue
            first, _, rest = entity.name.partition(" ")
            head = self.events.head_of(rest) if first in self.events.firsts and rest else None
            if head is not None:  # '첫 간담회': the first of the series of 간담회 the article names
                word = fold(head[0])
                series = [k for k, name in gatherings if k != key and name.endswith(word) and name != fold(entity.name)]
                if len(series) == 1:
                    _relate(relations, key, "partOf", series[0], entity.evidence[0] if entity.evidence else 0)
                continue
            inner = entity.name.rsplit(" ", 1)[0] if " " in entity.name and self.events.head_of(entity.name) else ""
            inner_head = self.events.head_of(inner) if inner else None
            if inner_head is None or inner_head[1] not in OCCURRING or not inner:
                continue
            last = fold(inner.split()[-1])
            if last == fold(inner_head[0]) or len(last) < LONG_NAME // 2:
                continue
            host = next((k for k, name in gatherings if k != key and name.endswith(last) and name != fold(entity.name)), None)
            if host is not None:
                _relate(relations, key, "partOf", host, entity.evidence[0] if entity.evidence else 0)

    def _tour_of(self, key: str, resolver: Resolver, state: _State) -> str | None:
        """'동유럽 3개국 방문' then '폴란드를 방문해': the visit to one of a tour's countries is one of its stops."""
        place = resolver.entities[key].place
        if key not in state.trips or place is None:
            return None
        country = self._countries.get(place, place)
        return next((t for t, stops in state.destinations.items() if t != key and {place, country} & set(stops)), None)

    @staticmethod
    def _coming(trip: str, resolver: Resolver, state: _State) -> bool:
        """A trip still to come: planned, or a stop told as under way ('마바시 방문 중에는') within a planned trip."""
        status = resolver.entities[trip].status
        return status == "planned" or status == "in-progress" and resolver.entities[state.umbrella].status == "planned"

    def _trip_of(self, key: str, resolver: Resolver, state: _State) -> str | None:
        """The trip an event happens on: the first one named, unless the trip was called off or the event
        is dated apart from it (a year or month of its own: '2005년 협력협정')."""
        if not state.umbrella or key == state.umbrella or resolver.entities[state.umbrella].status in CALLED_OFF:
            return None
        entity = resolver.entities[key]
        trip = resolver.entities[state.umbrella]
        if trip.status == "planned" and entity.evidence and trip.evidence and max(entity.evidence) < min(trip.evidence):
            return None  # what is told before a visit still to come is named is no part of it ('협약을 체결했다 … 상호 방문을 추진한다')
        date = entity.date
        if date is not None and date.datatype in {"gYear", "gYearMonth"}:
            return None
        if entity.place is None and state.destinations:
            return self._current_stop(key, resolver, state) or state.umbrella
        place = entity.place or state.whereabouts.get(key)
        if place is not None:
            country = self._countries.get(place, place)
            there = [t for t in state.trips if t != key and t not in state.destinations
                     and resolver.entities[t].place in {place, country}]
            if there:
                return there[0]
            if {place, country} & set(state.destinations.get(state.umbrella, ())):
                return state.umbrella
            trip_place = resolver.entities[state.umbrella].place
            known = place in self._countries or place in self._country_set
            if known and trip_place is not None and self._countries.get(trip_place, trip_place) != country:
                return None  # an event in another country than the trip's is not on it
        return state.umbrella

    @staticmethod
    def _drop_idle_places(resolver: Resolver, relations, sited: set[str] = frozenset()) -> None:
        """A place only mentioned in passing is no fact; places that events or programs are at, or where
        something goes or happens, stay."""
        used = {e.place for e in resolver.entities.values() if e.place} | {k for (s, _, o) in relations for k in (s, o)} | sited
        for key in [k for k, e in resolver.entities.items() if e.cls == "Place" and k not in used]:
            del resolver.entities[key]


ORDINAL_POST = re.compile(r"^제?[0-9]+$")  # '1차관', '제2차관': the head's post with its rank


def _holds(title: str, head: str) -> bool:
    """The title is the head's post itself or a ranked one ('2차관' of 차관), not a longer post that ends the
    same way ('이사장' is no 사장, '위원장' no 원장)."""
    return title == head or (title.endswith(head) and ORDINAL_POST.match(title[: -len(head)]) is not None)


def _former_post(text: str, names: tuple[str, ...], title: str, former: set[str]) -> bool:
    """'김가람 전 가나부 장관', '전 가나부 장관 김가람': a former word between the name and its title, or before the
    title that precedes the name, with the body's name between them."""
    if not former:
        return False
    marks = "|".join(map(re.escape, sorted(former, key=len, reverse=True)))
    for name in (n for n in names if n):
        person = re.escape(name)
        post = rf"(?:{marks})\s+(?:\S+\s+){{0,3}}?\S*{re.escape(title)}"
        if re.search(rf"{person}(?:\([^)]*\))?\s+{post}", text) or re.search(rf"{post}\s+{person}", text):
            return True
    return False


_SPAN = "@"
TRIP_FRAMES = {"visit", "dispatch"}
MEETING_FRAMES = {"meet"}  # frames.tsv: a meeting told by its verb ('면담해', '만나')
ATTENDING = {"attend", "target", "speak", "present", "invite", "accompany"}
ACCOMPANYING = {"accompany"}  # who goes along goes on the journey the article tells ('이영희 회장도 동행했다')
HOSTING = {"host"}  # frames whose event is the one they hold, not one they take place at
PLACED = {"heldIn", "partOf"}  # the relations that say where an event is
MEETING = {"meet"}  # who meets whom at an event the sentence attends ('포럼에 참석해 B를 접견했다') is there too
BROUGHT_ALONG = {"attend", "target", "speak", "present"}  # frames whose person attends with his body (not the host's: see _write)  # frames whose event, when the sentence names none, is the gathering the article is at
PAST = "completed"
THEME = "theme"
AGENT = "agent"
PARTNER = "partner"
TITLE_REACH = 30  # how far after a name (and its spelling in brackets) its title may stand
PRESENT = "present"  # cues.tsv anaphor value: those who act in the sentence are at the occasion named before
MEMBER = "member"  # licensing.tsv role: one of the group a frame says is made of it
HEADED = "headed"  # cues.tsv anaphor: a post a person heads a group in ('…을 단장으로 한 대표단')
ANOTHER = "another"  # cues.tsv anaphor: the particle after an event noun that tells one more event ('협약도 체결했다')
OWNER = "owner"  # licensing.tsv role: the phrase with 의 before the predicate noun ('다라 대표의 축사')
PRINCIPAL = "principal"  # licensing.tsv role: the article's own body, for a frame that names no agent ('설명회가 개최됐다')
LONG_NAME = 5  # an event name this long is specific enough that a longer name ending in it is the same event
PROGRAM_FRAMES = {"create", "invest"}  # frames whose theme may be a program named only there
CONTAINING = {"attend": (("partOf", "event"),), "visit": (("heldIn", "destination"),),
              "travel": (("heldIn", "destination"),),
              "dispatch": (("heldIn", "destination"),)}
PREMISES = "premises"  # place_grammar.tsv use: a noun for a body's building or site ('공장')
OF = "of"  # place_grammar.tsv use: the genitive particle between a place and the firm of that place ('대전의 가나바이오')
KEEPS = "keeps"  # place_grammar.tsv use: the verb of a body keeping its premises in a place ('본사를 둔')
BRANCH = "branch"  # place_grammar.tsv use: the ending of a branch's name ('지회'): a chain of them is no list
UNDER = "under"  # place_grammar.tsv use: a word between two bodies' names that puts the second under the first ('산하')
PART_OF_WORD = "part-of"  # event_name_parts.tsv kind: a noun after an event's name and 의 that makes it the whole ('일환')
PART_OF_PARTICLE = "part-of-particle"  # event_name_parts.tsv kind: the particle after that noun ('일환으로')
APPOSITION_OPENS = "apposition-opens"  # place_grammar.tsv use: the particle after places that an apposition follows ('의')
APPOSITION_CLOSES = "apposition-closes"  # place_grammar.tsv use: the copula ending that closes it before the body ('기업인')
APPOSITION_REACH = 6  # how many words the apposition between places and the body they locate may take
_BRACKETS = re.compile(r"\([^()]*\)")
_BRACKETED = re.compile(r"^\s?\([^()]{1,30}\)")  # a body's alias in brackets right after its name ('가나협회(GNA)')
LOCATED_REACH = 8  # how many words a located place may stand before the body it locates
SHARED_SUBJECT = "@subject"  # the agent of clauses that name none of their own: the sentence's one subject
PEOPLE = "person"  # the unit of counters.tsv that counts people
COUNTRY = "country"  # the unit of counters.tsv that counts countries ('3개국')
ABSENCE = {"absent"}
CALLED_OFF = {"cancelled", "postponed"}
_EVENTS = EVENT_CLASSES | {"Meeting"}
_JOINS: dict[str, tuple[set[str], set[str]]] = {
    "attended": (AGENT_CLASSES, _EVENTS),
    "organized": (AGENT_CLASSES, _EVENTS),
    "plans": (AGENT_CLASSES - {"Person"}, _EVENTS | {"Program"}),
    "heldIn": (_EVENTS, {"Place"}),
    "memberOf": (AGENT_CLASSES, {"Group"}),
    "locatedIn": ({"Program"}, {"Place"}),
    "partOf": (_EVENTS, _EVENTS),
    "signedMOUWith": (AGENT_CLASSES, AGENT_CLASSES),
    "cooperatedWith": (ORG_CLASSES, ORG_CLASSES),
    "invested": (AGENT_CLASSES, AGENT_CLASSES),
    "party": ({"AgreementSigning"}, AGENT_CLASSES),
    "investor": ({"Investment"}, AGENT_CLASSES),
    "investee": ({"Investment"}, AGENT_CLASSES),
}


SIGNED_FOR_A_BODY = {"signedMOUWith", "party"}
COOPERATING_BODIES = {"cooperatedWith"}  # people who work together stand for their bodies (of which they may share one)
ATTENDED_WITH_A_BODY = {"attended"}  # a person who attends a gathering brings his organization (not to a signing: a party)
BROUGHT_BY_THEIR_HEAD = {"Company", "Investor", "Hospital"}  # the bodies a person who attends a gathering brings along
SIGNING_FRAMES = {"sign"}
SIDED_FRAMES = {"hold"}  # frames whose partners listed together are one side ('A는 B, C 등과 협약식을 가졌다')
SIGNINGS = {"AgreementSigning"}  # the events a signing frame with no event of its own may be about
HOSTED_FOR_A_BODY = {"organized"}  # a person who hosts hosts with his organization (and attends)


def city_countries(lexicon: Lexicon) -> dict[str, str]:
    """Each world city's place key to its country's (world_cities.tsv country column), and each of Korea's
    divisions to the home country: a trip to a country takes in what happens in its cities, not at home."""
    from ..lexicon import lexicon_folders, read_table

    folders = lexicon_folders(lexicon)
    out: dict[str, str] = {}
    home = lexicon.home_country
    for folder in dict.fromkeys(folders):
        path = folder / "world_cities.tsv"
        if path.exists():
            for row in read_table(path, ("id", "country")):
                if row["country"]:
                    out[f"place/{row['id']}"] = f"place/{row['country']}"
        path = folder / "korea_regions.tsv"
        if path.exists() and home is not None:  # Korea's divisions lie in the home country: '부산에서' is no stop abroad
            for row in read_table(path, ("id",)):
                out.setdefault(f"place/{row['id']}", f"place/{home}")
    return out


_COUNTED: dict[int, tuple[Lexicon, re.Pattern | None]] = {}


def _counted_countries(lexicon: Lexicon) -> re.Pattern | None:
    """'동유럽 3개국(폴란드·체코·헝가리)을 ', '유럽 3개국을 ': a count of countries (counters.tsv, unit country)
    right before a visit's predicate, with the region word before it and the countries in parentheses."""
    cached = _COUNTED.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        counters = sorted((c for c, unit in lexicon.counters.items() if unit == COUNTRY), key=len, reverse=True)
        pattern = None
        if counters:
            alternatives = "|".join(map(re.escape, counters))
            pattern = re.compile(rf"(?:(?P<region>[가-힣]+) )?(?P<count>\d+ ?(?:{alternatives}))"
                                 rf"(?:\((?P<listed>[^()]*)\))?\s*[가-힣]{{0,2}}\s*$")  # then its particle
        cached = _COUNTED[id(lexicon)] = (lexicon, pattern)
    return cached[1]


def _quoted_object(tables: FrameTables) -> re.Pattern[str] | None:
    """'‘가나마당’을 ': a quoted name with an object particle (particles.tsv, frames.py object_particles), as before a
    visit."""
    particles = "|".join(sorted(map(re.escape, tables.object_particles), key=len, reverse=True))
    return re.compile(rf"[‘'“\"]([^‘’'“”\"]{{2,30}})[’'”\"]\s*(?:{particles})\s*$") if particles else None


def _report_date(text: str, cue: str, quotatives: tuple[str, ...]) -> bool:
    """'…박람회를 개최한다고 이날 발표했다': a day word between a reported clause (closed by a quotative ending of
    cues.tsv) and the sentence's last predicate dates the report, not an occasion of the events reported."""
    at = text.find(cue)
    while at >= 0:
        rest = text[at + len(cue) :].strip().rstrip(".").split()
        if not (text[:at].rstrip().endswith(quotatives) and len(rest) == 1):
            return False
        at = text.find(cue, at + 1)
    return True


def _break_part_cycles(relations, resolver: Resolver, state: _State) -> None:
    """Two events each written partOf the other ('포럼에 참석하기 위해 베를린을 방문했다': the forum is on the trip, and the
    visit within the forum's clause): the trip holds what happens on it; between two other events, the one told
    first holds the other."""
    for (subject, predicate, obj) in [k for k in relations if k[1] == "partOf"]:
        if (obj, predicate, subject) not in relations or (subject, predicate, obj) not in relations:
            continue
        def told(key: str) -> int:
            return min(resolver.entities[key].evidence, default=0)
        trips = {subject, obj} & set(state.trips)
        if len(trips) == 1:
            outer = next(iter(trips))
        elif told(subject) != told(obj):
            outer = min((subject, obj), key=told)
        else:
            continue
        del relations[(outer, predicate, obj if outer == subject else subject)]


def _names(entity: Entity) -> set[str]:
    """Every name and alias an entity goes by."""
    return {entity.name, *entity.labels_ko, *entity.labels_en, *entity.aliases}


def _signers(relations) -> set[str]:
    """Whoever the article says signed an MOU with whom (a completed signing, both sides named)."""
    return {side for (s, p, o) in relations if p == "signedMOUWith" for side in (s, o)}


def _bodies(key: str, resolver: Resolver, relations) -> list[str]:
    """Who a signer signs for: a person's organization (the person only attends), else the signer."""
    if resolver.entities[key].cls != "Person":
        return [key]
    return [o for (s, p, o) in relations if s == key and p == "affiliatedWith"] or [key]


def _signers_for_bodies(resolver: Resolver, state: _State, relations) -> None:
    """A person who signs was taken for a party while his post was not yet known ('김가나 다라시장과 협약을
    체결했다', his body found from the title at the article's end): his body is the party, he attended."""
    signers = {p for parties in state.parties.values() for p in parties} | {
        k for (a, predicate, b) in relations if predicate == "signedMOUWith" for k in (a, b)}
    posted = {k for k in signers if resolver.entities[k].cls == "Person" and _bodies(k, resolver, relations) != [k]}
    if not posted:
        return
    for event, parties in state.parties.items():
        if not posted & set(parties):
            continue
        evidence = resolver.entities[event].evidence
        for person in posted & set(parties):
            named_there = set(resolver.entities[person].evidence) & set(evidence)
            if named_there:  # not a subject carried over from an earlier sentence ('이어 … 협정을 맺었다')
                _relate(relations, person, "attended", event, min(named_there))
        state.parties[event] = list(dict.fromkeys(b for p in parties for b in (_bodies(p, resolver, relations) if p in posted else [p])))
    for (a, predicate, b), evidence in list(relations.items()):
        if predicate != "signedMOUWith" or not {a, b} & posted:
            continue
        del relations[(a, predicate, b)]
        for x in _bodies(a, resolver, relations):
            for y in _bodies(b, resolver, relations):
                if x != y:
                    for index in evidence:
                        _relate(relations, x, predicate, y, index)


def _drop_cooperation_of_signers(relations, state: _State) -> None:
    """Bodies that sign (or will sign) an agreement together are its parties, not cooperators: the MOU says
    how they work together ('A와 B는 협력하기로 하고 업무협약을 체결했다': A signedMOUWith B only)."""
    signed = {frozenset((s, o)) for (s, p, o) in relations if p == "signedMOUWith"}
    for parties in state.parties.values():
        signed |= {frozenset(pair) for pair in combinations(parties, 2)}
    for key in [k for k in relations if k[1] == "cooperatedWith" and frozenset((k[0], k[2])) in signed]:
        del relations[key]


def _posts_of(keys: list[str], relations) -> set[str]:
    """The bodies the listed people hold posts in ('김가나 다라시의회 의장'): in a count of people a body named for a
    person's post is no member of its own."""
    listed = set(keys)
    return {o for (s, p, o) in relations if p == "affiliatedWith" and s in listed}


def _genitive(sentence: Sentence, end: int) -> bool:
    """The phrase ending here takes 의 and so only qualifies the noun after it ('포럼의 후속 조치')."""
    following = next(tokens_after(sentence.tokens, end), None)
    return following is not None and following.tag == "JKG" and not sentence.text[
        end - sentence.start : following.start - sentence.start].strip("'’\"” ")


def _genitive_comitative(sentence: Sentence, end: int) -> bool:
    """'B와의 계약': a partner joined to a noun by 와의 belongs to that noun, not to the sentence's predicate."""
    after = [t for t in sentence.tokens if t.start >= end][:2]
    return len(after) == 2 and after[1].tag == "JKG"


def _sized_by(mention: Mention, amount) -> bool:
    """The amount opens the mention's name ('700억원 투자'): the name is the sum's."""
    return mention.name.startswith(amount[2].text.split()[0]) if amount[2].text else False


def _span_key(mention: Mention) -> str:
    """A key for an event name before it is resolved: where it stands in the text."""
    return f"{_SPAN}{mention.start}:{mention.end}"


def _relate(relations, subject: str, predicate: str, obj: str, evidence: int) -> None:
    if subject == obj:
        return
    if predicate in SYMMETRIC and subject > obj:
        subject, obj = obj, subject
    relations.setdefault((subject, predicate, obj), set()).add(evidence)
