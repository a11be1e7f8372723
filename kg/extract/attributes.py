"""Event attributes: when and where an event happens, how far along it is, and for how much."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..types import Mention, Sentence
from .frames import CONTRAST, PAST, QUOTES, SITE, VENUE_PARTICLE, describes_object, status_of
from .mentions import ORG_CLASSES, WITHIN, speech_spans
from .resolve import Resolver
from .words import COMITATIVE, LINKING, tokens_after

if TYPE_CHECKING:
    from .relations import _Found

OCCURRING = {"Meeting", "Event"}
PREDICATE_TAGS = {"XSV", "VV"}  # what makes the clause's predicate: 개최+하다, 열다
STATUS_ORDER = ("cancelled", "postponed", "in-progress", "planned")
CALLED_OFF = frozenset({"cancelled", "postponed"})
ATTENDING = frozenset({"attend", "absent"})  # frames.tsv frames of taking part: calling them off leaves the event as it was
ROOM_TOKENS = 4  # nouns at most between a body and the particle of its site ('가나회관 3층 대강당에서')
NOUN_TAGS = ("NN", "SN", "SL", "SH")
PROPER_NOUN = "NNP"
OBJECT_PARTICLE = "JKO"
VISITING = {"visit"}  # frames.tsv frames whose object is a place gone to
PAIR_MARKS = set("-–—·ㆍ・")  # the marks that pair two sides in a name ('한-러 문화행사', '가나·다라 포럼')


PURPOSE = "purpose"  # event_name_parts.tsv: a verb whose relative form links its object into a name ('위한')


class EventAttributes:
    """Dates, places, status and sums of the events in a sentence (mixed into the article extractor)."""

    def _event_attributes(self, sentence, events, places, amounts, dates, state, resolver, anaphors, agents=()) -> None:
        marked = self._marked_places(sentence, places, events, agents) if events else []
        if marked or dates:
            state.here = marked[-1].key if marked else None  # a new day with no place of its own: anywhere
        speech = [(s - sentence.start, e - sentence.start) for s, e in speech_spans(sentence)] if events and dates else []
        for event in events:
            entity = resolver.entities[event.key]
            if event.mention.title == "anaphor":
                continue
            offset = event.mention.start - sentence.start
            if entity.date is None:
                entity.date = self._date_for(offset, dates, speech)
            if entity.place is None:
                place = self._place_for(event, [p for p in places if not self._partner(sentence, p) and not self._paired(sentence, p)
                                                and not self._of_a_part_of_the_name(sentence, event, p)],
                                        [p for p in marked if not self._nearer_event(sentence, p, event, events)])
                if place is not None:
                    entity.place = place
                elif "place" in anaphors and state.current_event:
                    entity.place = resolver.entities[state.current_event].place
                elif entity.cls in OCCURRING and state.roles.get(event.key) != "umbrella":
                    entity.place = self._section_place(sentence, resolver)
                if entity.place is None and state.here is not None:
                    state.whereabouts.setdefault(event.key, state.here)
            if entity.amount is None and entity.cls in {"Investment", "AgreementSigning", "Program"}:
                near = [a for s, e, a in amounts if e <= offset + 40 and s <= offset]
                if not near and entity.cls == "Program":
                    end = event.mention.end - sentence.start
                    near = [a for s, e, a in amounts if end <= s <= end + 30][:1]
                if near:
                    entity.amount = near[-1]
            status = self._status(sentence, event)
            if status == "postponed":
                entity.date = self._postponed_to(sentence, event, dates, self.events.dates.postponed_to) or entity.date
            if status == "completed" and entity.date is not None and self._after_page_date(entity.date.lexical):
                status = "planned"
            if entity.status is None or (status != "completed" and entity.status == "completed" and entity.cls == "Investment"):
                entity.status = status
        if "together" in anaphors:
            dated = [resolver.entities[e.key] for e in events if resolver.entities[e.key].date is not None]
            for event in events:
                entity = resolver.entities[event.key]
                if entity.date is None and dated and entity.cls in OCCURRING:
                    entity.date = dated[0].date
                    entity.place = entity.place or dated[0].place

    @staticmethod
    def _postponed_to(sentence: Sentence, event, dates, particles: tuple[str, ...]):
        """'31일로 예정됐던 발대식을 4월 21일로 연기했다': a postponed event is dated by the day it is put off to,
        the date after its name that 로 marks as where it goes (event_name_parts.tsv postponed-to)."""
        end = event.mention.end - sentence.start
        for start, stop, date in dates:
            after = sentence.text[stop : stop + 3].lstrip()
            if start >= end and particles and after.startswith(particles):
                return date
        return None

    @staticmethod
    def _date_for(offset: int, dates, speech: list[tuple[int, int]]):
        """The date nearest before the event's name in its sentence, else the first after it; an event
        named inside quoted speech (spans relative to the sentence) takes only dates from that speech, one
        outside only dates outside."""
        if not dates:
            return None
        inside = next(((s, e) for s, e in speech if s <= offset < e), None)
        if inside is not None:
            usable = [(start, date) for start, _, date in dates if inside[0] <= start < inside[1]]
        else:
            usable = [(start, date) for start, _, date in dates if not any(s <= start < e for s, e in speech)]
        before = [date for start, date in usable if start < offset]
        after = [date for start, date in usable if start >= offset]
        return before[-1] if before else (after[0] if after else None)

    def _marked_places(self, sentence: Sentence, places: list[_Found], events=(), agents=()) -> list[_Found]:
        """The sentence's places with 에서/에 after them (read once per sentence, not once per event), but not one
        that only says where a body keeps something ('부산에 본사를 둔 가나바이오'); and the address before a body
        where something happens ('서울 강남구 가나협회에서': in 강남구)."""
        marked = []
        particles = self.frame_tables.place_words.get(VENUE_PARTICLE, frozenset())
        event_ends = frozenset(e.mention.end for e in events)
        bodies = [a.mention for a in agents if a.mention.cls in ORG_CLASSES]
        within = self.frame_tables.place_words.get(WITHIN, frozenset())
        for place in places:
            tag, form = self._particle_after(sentence, place.mention.end)
            if form in within:  # '해운대 일대에서', '가나광장 일원에서': the area of the place
                tag, form = self._particle_after(sentence, self._token_end_after(sentence, place.mention.end))
            if tag == "JKB" and form in particles and not describes_object(
                    sentence.tokens, place.mention.end, self.frame_tables.predicates, event_ends) \
                    or self._address_of_site(sentence, place, bodies, places):
                marked.append(place)
        return marked

    def _address_of_site(self, sentence: Sentence, place: _Found, bodies: list[Mention], places: list[_Found]) -> bool:
        """'서울 강남구 가나협회(GA)에서', '서울 중구 가나회관 3층 대강당에서', '대전 유성구 한국가나연구원에서': a place right
        before a body (one found, or a proper noun no finder knows) that the site particle (place_grammar.tsv site)
        follows, its short name in brackets or a few nouns naming a room of it between, is where the body's site lies."""
        text, offset = sentence.text, sentence.start
        end = place.mention.end
        if any(p is not place and p.mention.start <= place.mention.start and end < p.mention.end for p in places):
            return False  # '대전 유성구 …': the narrower place the address goes on to is the one marked
        body = next((b for b in bodies if b.start > end and not text[end - offset : b.start - offset].strip()), None)
        proper = body is not None
        starts = {p.mention.start for p in places}
        after = tokens_after(sentence.tokens, body.end if body is not None else end)
        for n, token in enumerate(after):
            if token.tag == "JKB":
                return proper and token.form in self.frame_tables.place_words.get(SITE, frozenset())
            if token.tag == OBJECT_PARTICLE:  # '서울 강남구 가나협회를 방문해': where the body visited lies
                verb = next(after, None)
                predicate = self.frame_tables.predicates.get(verb.form) if verb is not None else None
                return proper and predicate is not None and predicate.frame in VISITING
            if n >= ROOM_TOKENS or not token.tag.startswith(NOUN_TAGS) or body is None and token.start in starts:
                return False  # '스위스 제네바에서', '서울 소공동 가나호텔에서': a place of its own comes after
            proper = proper or token.tag == PROPER_NOUN
        return False
        return False

    def _nearer_event(self, sentence: Sentence, place: _Found, event, events) -> bool:
        """'싱가포르에서 열릴 회의 참석에 앞서 호치민에서 간담회를 가졌다': a place named before another event, which stands
        between it and this one (and is not joined to this one: '부산에서 포럼과 설명회를'), is that event's; a place as
        the topic ('가나시에서는 포럼에 참석하고 설명회를 열었다') is where the whole sentence happens."""
        after = list(islice(tokens_after(sentence.tokens, place.mention.end), 2))
        if len(after) == 2 and after[1].tag == "JX":
            return False
        for other in events:
            if other is event or not place.mention.end <= other.mention.start < other.mention.end <= event.mention.start:
                continue
            gap = sentence.text[other.mention.end - sentence.start : event.mention.start - sentence.start].strip(" '’\"”")
            if gap not in self.frame_tables.joiners and not any(gap == j or gap.startswith(j + " ") for j in COMITATIVE):
                return True
        return False

    @staticmethod
    def _place_for(event: _Found, places: list[_Found], marked: list[_Found]) -> str | None:
        inside = [p for p in places if event.mention.start <= p.mention.start and p.mention.end <= event.mention.end]
        marked = [p for p in marked if p not in inside]
        if not marked:
            return inside[0].key if inside else None
        before = [p for p in marked if p.mention.end <= event.mention.start]
        return (before[-1] if before else marked[0]).key

    def _of_a_part_of_the_name(self, sentence: Sentence, event: _Found, place: _Found) -> bool:
        """"'대전 가나 펀드' 결성식", '다라구역 내 투자유치 활성화를 위한 업무협약': a place within a quoted name or
        within the object of a purpose clause in an event's name is that name's or that object's, not where the
        event is held."""
        if not (event.mention.start <= place.mention.start and place.mention.end <= event.mention.end):
            return False
        before = sentence.text[event.mention.start - sentence.start : place.mention.start - sentence.start]
        if sum(before.count(mark) for mark in QUOTES) % 2:
            return True
        purposes = self.frame_tables.name_parts.get(PURPOSE, frozenset())
        return any(t.form in purposes and place.mention.end <= t.start < event.mention.end for t in sentence.tokens)

    @staticmethod
    def _paired(sentence: Sentence, place: _Found) -> bool:
        """'가나-한국 투자포럼', '한·다라 협력회의': a place joined to another name by a dash or a middle dot names a
        side of what the two share, not where it happens."""
        text, start, end = sentence.text, place.mention.start - sentence.start, place.mention.end - sentence.start
        return (start > 0 and text[start - 1] in PAIR_MARKS) or (end < len(text) and text[end] in PAIR_MARKS)

    @staticmethod
    def _partner(sentence: Sentence, place: _Found) -> bool:
        """'가나국과의 양자회담': a country joined to a meeting by 과의 is who it is with, not where it is."""
        after = list(islice(tokens_after(sentence.tokens, place.mention.end), 2))
        return len(after) == 2 and after[0].start == place.mention.end and after[0].form in COMITATIVE \
            and after[1].tag == "JKG"

    def _section_place(self, sentence: Sentence, resolver: Resolver) -> str | None:
        heading = None
        for offset, name in self._sections:
            if offset <= sentence.start:
                heading = name
        if heading is None:
            return None
        key = self._known_key(heading)
        if key is not None and key not in resolver.entities:
            entry = self.mentions.known.get(heading)
            if entry is not None:
                resolver.resolve(Mention(heading, 0, 0, sentence.index, "Place", entry.ko or heading, entry.en or None, entry.aliases, entry.id))
        return key

    def _known_key(self, name: str) -> str | None:
        entry = self.mentions.known.get(name.strip())
        if entry is None:
            return None
        return ("place/" if entry in self.lexicon.places else "org/") + entry.id

    def _after_page_date(self, lexical: str) -> bool:
        """A stated year and month later than the page's own date: still to come."""
        page = self._page_date
        if page is None or not lexical[:4].isdigit():
            return False
        return lexical[:7] > page[: len(lexical[:7])]

    def _status(self, sentence: Sentence, event: _Found) -> str:
        """The status cue in the clause after the event's name; past tense means done."""
        text = sentence.text
        start = event.mention.end - sentence.start
        window_end = len(text)
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if token.start < event.mention.end or token.tag not in {"EC", "EF"}:
                continue
            comma = i + 1 < len(tokens) and tokens[i + 1].tag == "SP"
            if token.tag == "EF" or comma or token.form not in {"고", "어", "아", "게", "지"}:
                window_end = token.end - sentence.start
                break
        window = text[start:window_end]
        called_off = self._called_off_after(tokens, sentence, event, window_end)
        if called_off is not None:
            return called_off  # '맺을 예정이었으나 … 취소했다': what the clause after the contrast says of the plan
        carried = self._status_of_plan_verb(tokens, event.mention.end)
        if carried is not None:
            return carried
        if event.mention.cls == "Program" and not any(
            t.tag == "EP" for t in sentence.tokens if event.mention.end <= t.start < sentence.start + window_end
        ):
            return "planned"
        cues = self._cues_by_status()
        for status in STATUS_ORDER:
            if any(cue in window for cue in cues.get(status, ())):
                return status
        return self._status_of_endings(tokens, event.mention.end, sentence.start + window_end)

    def _status_of_endings(self, tokens, start: int, end: int) -> str:
        """With no cue word, the endings of the clause say it (status_endings.tsv): a present tense in the
        genre tells what is still to come ('설명회를 연다'), a past tense what is done."""
        inside = [t for t in tokens if start <= t.start and t.end <= end]
        goal = self.frame_reader.goal(tokens)  # '협약을 맺는 것이 목적이다': a goal's clause is still to come
        if goal is not None and start <= tokens[goal[0]].start and not any(
                t.tag in {"EP", "EF"} for t in tokens if start <= t.start < tokens[goal[0]].start):
            return goal[1]
        stem = next((k for k, t in enumerate(tokens) if t.start >= start and t.tag in PREDICATE_TAGS
                     and not self._modifying(tokens, k)), None)
        own = None
        if stem is not None:
            called_off = self._called_off_by(tokens, stem)
            if called_off is not None:
                return called_off  # '포럼을 미루기로 했다': deciding to put it off postpones it, whatever the ending
            first = next((k for k, t in enumerate(tokens) if t.start >= start), stem)
            object_of = stem - first <= 2 or self._object_modified(tokens, first, stem)  # '투자를 검토하고 있다'
            link = next((k for k in range(stem + 1, len(tokens)) if tokens[k].tag == "EC" and tokens[k].form in LINKING
                         and not (object_of and k + 1 < len(tokens) and tokens[k + 1].tag == "VX")), len(tokens))
            own = self.frame_reader.status(tokens[: link + 1], stem)  # its own ending, not the next clause's
        if own not in {None, "completed"}:
            return own  # '포럼을 신설하기로 했다', '축제를 열지 않기로 했다': the predicate's own ending before the past tense
        if not inside or inside[-1].tag != "EF" or any(t.tag == "EP" for t in inside):
            return "completed"
        return status_of(self.frame_reader.tables.endings, [inside[-1].form]) or "completed"

    @staticmethod
    def _object_modified(tokens, first: int, stem: int) -> bool:
        """'협약을 체결하는 방안을 검토하고 있다': the event is told in a relative clause on the predicate's object, what is
        under review, with no clause ending between."""
        word = stem - 1 if tokens[stem].tag == "XSV" else stem
        return word >= first + 3 and tokens[word - 1].tag == "JKO" and tokens[word - 3].tag == "ETM" \
            and not any(t.tag in {"EC", "EF"} for t in tokens[first:word])

    def _called_off_after(self, tokens, sentence: Sentence, event, window_end: int) -> str | None:
        """'열 예정이었으나 … 취소했다', '맺기로 했지만 무산됐다': a clause closed by an ending of contrast
        (event_name_parts.tsv contrast) hands the event to the next clause; a predicate there that has called it off
        (frames.tsv sets_status, in the past tense: not '취소할지 검토 중이다') gives its status."""
        contrast = self.frame_reader.tables.name_parts.get(CONTRAST, frozenset())
        end = sentence.start + window_end
        closing = next((k for k, t in enumerate(tokens) if t.end == end and t.tag == "EC"), None)
        if closing is None or tokens[closing].form not in contrast:
            return None
        predicates = self.frame_reader.tables.predicates
        if any(t.start >= event.mention.end and t.form in predicates and predicates[t.form].frame in ATTENDING
               for t in tokens[:closing]):
            return None  # '개관식 참석도 잡혀 있었으나 … 취소했다': the attendance is called off, not the event
        for k in range(closing + 1, len(tokens)):
            token = tokens[k]
            if token.tag == "EF" or token.tag == "EC" and token.form in contrast:
                return None
            predicate = predicates.get(token.form)
            if predicate is not None and predicate.sets_status in CALLED_OFF and (
                    token.tag == "VV" or k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"):
                return predicate.sets_status if self.frame_reader.status(tokens, k) == "completed" else None
        return None

    def _called_off_by(self, tokens, stem: int) -> str | None:
        """A predicate whose frame fixes a called-off status (frames.tsv sets_status: 미루 postponed, 중단
        cancelled) gives it to its object, what its own ending says of the decision notwithstanding."""
        predicates = self.frame_reader.tables.predicates
        form = tokens[stem - 1].form if tokens[stem].tag == "XSV" and stem > 0 else tokens[stem].form
        predicate = predicates.get(form)
        status = predicate.sets_status if predicate is not None else None
        return status if status in CALLED_OFF else None

    def _modifying(self, tokens, k: int) -> bool:
        """'오는 9월': a verb in its relative form before a noun modifies it, no predicate of the clause (but
        '개최할 예정' is one, an ending of status_endings.tsv)."""
        if k + 2 >= len(tokens) or tokens[k + 1].tag != "ETM":
            return False
        phrases = tuple(row for row in self.frame_reader.tables.endings if " " in row[0])
        return status_of(phrases, [tokens[k + 1].form, tokens[k + 2].form]) is None

    def _status_of_plan_verb(self, tokens, end: int) -> str | None:
        """An event named as the object of a plan verb (status_verbs.tsv), right after its name or after the
        predicate noun that follows it ('협약 체결을 추진한다', '박람회 개최를 추진 중이다'), has that verb's status, or the
        status its row gives a verb that only proposes or discusses, where the verb itself is told as done ('협약
        체결을 논의했다': planned; '논의 중' stays in progress)."""
        reader = self.frame_reader
        i = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
        if i < len(tokens) and tokens[i].tag == "SSO":  # '양해각서(MOU) 체결을'
            close = next((k for k in range(i, min(len(tokens), i + 6)) if tokens[k].tag == "SSC"), None)
            i = close + 1 if close is not None else i
        if i < len(tokens) and tokens[i].tag == "NNG" and tokens[i].form in reader.tables.predicates:
            i += 1
        if i + 1 < len(tokens) and tokens[i].tag == "JKO" and tokens[i + 1].form in reader.tables.status_verbs \
                and tokens[i + 1].tag == "NNG":
            own = reader.status(tokens, i + 1)
            proposed = reader.tables.verb_statuses.get(tokens[i + 1].form)
            return proposed if proposed and own in {None, PAST} else own  # '논의 중' stays in progress
        return None

    def _cues_by_status(self) -> dict[str, list[str]]:
        """The lexicon's status cues grouped by status, once per lexicon."""
        cached = getattr(self, "_status_cue_index", None)
        if cached is None or cached[0] is not self.lexicon:
            index: dict[str, list[str]] = {}
            for cue, value in self.lexicon.status_cues:
                index.setdefault(value, []).append(cue)
            cached = self._status_cue_index = (self.lexicon, index)
        return cached[1]

    @staticmethod
    def _token_end_after(sentence: Sentence, end: int) -> int:
        token = next(tokens_after(sentence.tokens, end), None)
        return token.end if token is not None else end

    @staticmethod
    def _particle_after(sentence: Sentence, end: int) -> tuple[str | None, str | None]:
        token = next(tokens_after(sentence.tokens, end), None)
        return (token.tag, token.form) if token is not None else (None, None)
