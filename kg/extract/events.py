"""Event and program mentions: quoted names, event words with their modifiers, and clause-named occasions."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left

from ..lexicon import Lexicon
from ..types import ArticleGraph, Entity, Mention, Relation, Sentence
from .frames import FrameReader, load_frame_tables
from .normalize import SAME_DAY_KIND, THIS_EVENT_KIND, YEAR_WORD, date_grammar, find_amounts, find_dates
from .resolve import fold
from .mentions import MIDDLE_DOTS, QUOTES, Word, longest_suffix, speech_spans, words_of
from .words import tokens_after
from .words import COMITATIVE, LINKING, NOUNISH, joined_by_wa, partner_word

MAX_QUOTE = 70
SENTENCE_ENDS = ("다", ".", "?", "!")
COPULA = "VCP"  # Kiwi's tag of 이다
BOUND_NOUN = "NNB"  # a quote that ends so is speech, not a name
COUNTERPART_WORDS = 12  # words at most in the phrase of whom a meeting meets ('가 나 다 가나국 보건부 장관과')
_BRACKETED = re.compile(r"\([^()]*\)")  # '가나(Gana) 장관': the spelling in brackets is no part of a name
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year written alone before a name ('2030 가나 박람회')
VERBAL = {"XSV", "XSA"}  # what turns a noun into a predicate ('방문+하다')
_QUOTE_OPENER = re.compile("|".join(map(re.escape, QUOTES)))  # where a quoted name may begin
QUOTE_CLOSERS = tuple(sorted({c for closers in QUOTES.values() for c in closers}))
OWNED = {"Meeting", "Event"}
PRICED = {"AgreementSigning", "Investment"}  # kinds of event an amount before them names ('50억원 규모의 투자협약')
PARTNERED = {"AgreementSigning", "Meeting"}  # kinds of event named by a partner in the clause before them
CANDIDATE = "candidate"
OCCASION = "occasion"  # an event named as the occasion of the clause ('박람회 기간 중', '포럼을 계기로')
OWNERS = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}

_UNSEEN = object()  # a text head_of has not yet looked up (None is one with no event word)


class EventFinder:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.longest = max(map(len, lexicon.event_words), default=0)
        self._heads: dict[str, tuple[str, str, str] | None] = {}  # head_of's answers by text
        self.event_ends = frozenset(word[-1:] for word in lexicon.event_words)  # the last letters event words end in
        self.modifier_stop = lexicon.stopwords.get("modifier", set())
        self.process = lexicon.stopwords.get("process", set())
        parts = load_frame_tables(lexicon).name_parts
        self.ordinals = parts.get("ordinal", frozenset())
        self.purposes = parts.get("purpose", frozenset())
        self.demonstratives = parts.get("demonstrative", frozenset())
        self.host_marks = parts.get("host-mark", frozenset())
        self.framing_particles = frozenset(row.split()[0] for row in parts.get("framing", ()) if row.split())
        self.held = parts.get("held", frozenset())
        self.openings = parts.get("opening", frozenset())
        self.durings = parts.get("during", frozenset())
        self.wholes = parts.get("part-of", frozenset())
        self.whole_particles = parts.get("part-of-particle", frozenset())
        particles = "|".join(sorted(map(re.escape, parts.get("held-particle", ())), key=len, reverse=True))
        self.held_after_quote = re.compile(rf"(?:{particles})?\s*([가-힣]+)" if particles else r"\s*([가-힣]+)")
        self.firsts = parts.get("first", frozenset())
        self.counts = parts.get("count", frozenset())
        self.closers = parts.get("closer", frozenset())
        self.plurals = parts.get("plural", frozenset())
        self.scales = parts.get("scale", frozenset())
        self._priced: tuple[Sentence | None, list] = (None, [])
        self.this_event = parts.get(THIS_EVENT_KIND, frozenset())
        self.partner_modifiers = parts.get("partner-modifier", frozenset())
        self.sequences = parts.get("sequence", frozenset())
        self.joiners = load_frame_tables(lexicon).joiners
        self.betweens = load_frame_tables(lexicon).betweens
        self.scheduled = parts.get("scheduled", frozenset())
        self.predicates = set(load_frame_tables(lexicon).predicates)
        self.process = self.process | parts.get("trailer", frozenset())
        self.reader = FrameReader(load_frame_tables(lexicon))
        self.dates = date_grammar(lexicon)
        self.meeting_verbs = parts.get(MEETING_VERB, frozenset())
        self.meeting_noun = min(parts.get(MEETING_NOUN, ()), default=None)
        self.visit_words = parts.get(VISIT_WORD, frozenset())
        self.formed = parts.get("formed", frozenset())
        self.bodies = parts.get(BODY, frozenset())
        self.ceremonies = parts.get(CEREMONY, frozenset())
        self.generics = parts.get("generic", frozenset())
        self.same_day = parts.get(SAME_DAY_KIND, frozenset())
        self.countries = frozenset(n for p in lexicon.places if p.kind == COUNTRY for n in (p.ko, *p.aliases) if n)
        self.each = lexicon.stopwords.get(EACH, set())
        self._program_heads: tuple[dict, int] | None = None  # program_heads.tsv's heads and their longest length
        self.ceremony_suffixes = tuple(sorted(parts.get(CEREMONY_SUFFIX, ()), key=len, reverse=True))
        self.joint = lexicon.stopwords.get(JOINT, set())

    def base_name(self, name: str) -> str:
        """An event's name without the words that only close it ('현장 점검 일정' -> '현장 점검')."""
        words = name.split()
        while len(words) > 1 and words[-1] in self.process:
            words.pop()
        return " ".join(words)

    def host_groups(self, result: ArticleGraph, event: Entity, hosts: list[tuple[int, Relation]]) -> list[list[tuple[int, Relation]]]:
        """The hosts of each separate event: those of one sentence together, unless it says each acts alone
        ('역시', '각각', a date in brackets right after a host) and not together ('공동으로'); all of them
        together when the name is a quoted one or a sentence names the event by no label ('이번 행사는')."""
        labels = (event.name, *event.aliases)
        if any(self._quoted_in(result.sentences[i].text, labels) for i in event.evidence):
            return [hosts]
        by_sentence: dict[int, list[tuple[int, Relation]]] = {}
        for n, relation in hosts:
            named = any(label in result.sentences[relation.evidence[0]].text for label in labels)
            by_sentence.setdefault(relation.evidence[0] if named else -1, []).append((n, relation))
        if -1 in by_sentence:  # '이번 행사는 …': named by no label, the event said before
            return [hosts]
        groups = []
        for index, together in by_sentence.items():
            sentence = result.sentences[index]
            forms = {t.form for t in sentence.tokens}
            names = [result.entities[r.subject].name for _, r in together]
            alone = len({r.subject for _, r in together}) > 1 and not forms & self.joint \
                and (forms & self.each or any(self.dates.dated_bracket.match(sentence.text, at + len(name))
                                              for name in names for at in [sentence.text.find(name)] if at >= 0))
            groups.extend([[h] for h in together] if alone else [together])
        return groups

    @staticmethod
    def _quoted_in(text: str, labels: tuple[str, ...]) -> bool:
        """'‘가나 포럼’을 열었다': a quoted name is of one event, however many hold it."""
        return any(f"{o}{name}" in text for name in labels for o in QUOTES)

    def date_after(self, sentence: Sentence, host: Entity, label: str):
        """'가나군(당초 7일), 다라군(8일) 역시 행사를': the date in brackets after the host, before the next one;
        else the first the sentence states."""
        at = sentence.text.find(host.name)
        stop = sentence.text.find(label)
        if 0 <= at < stop:
            rest = sentence.text[at + len(host.name) : stop].split(",")[0]
            bracket = self.dates.dated_bracket.search(rest)
            found = find_dates(bracket.group(0), grammar=self.dates) if bracket else []
            if found:
                return found[0][2]
        found = find_dates(sentence.text, grammar=self.dates)
        return found[0][2] if found else None

    def status_after(self, sentence: Sentence, label: str) -> str | None:
        """The status the clause after an event's name gives: a cue word (연기, 취소) or its predicate's own ending."""
        at = sentence.text.find(label)
        if at < 0:
            return None
        end = sentence.start + at + len(label)
        tokens = sentence.tokens
        close = next((k for k, t in enumerate(tokens) if t.start >= end and (t.tag == "EF" or t.tag == "EC" and t.form in LINKING)), len(tokens) - 1)
        window = sentence.text[at + len(label) : tokens[close].end - sentence.start] if tokens else ""
        cues: dict[str, list[str]] = {}
        for cue, value in self.lexicon.status_cues:
            cues.setdefault(value, []).append(cue)
        for status in STATUS_ORDER:
            if any(cue in window for cue in cues.get(status, ())):
                return status
        stem = next((k for k, t in enumerate(tokens) if t.start >= end and t.tag in {"XSV", "VV"}), None)
        return self.reader.status(tokens[: close + 1], stem) if stem is not None else None

    def head_of(self, text: str) -> tuple[str, str, str] | None:
        """(event word, class, role) when text ends with an event word (remembered per text: asked of every word)."""
        head = self._heads.get(text, _UNSEEN)
        if head is _UNSEEN:
            word = longest_suffix(text.rstrip(), self.lexicon.event_words, self.longest)
            head = None if word is None else (word, *self.lexicon.event_words[word])
            if len(self._heads) > 65536:
                self._heads.clear()
            self._heads[text] = head
        return head

    def find(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        self._quoted(sentence, taken, found)
        words = words_of(sentence)
        starts = [w.start for w in words]
        covered = {k for m in taken for k in range(bisect_left(starts, m.start), bisect_left(starts, m.end))}
        for i, word in enumerate(words):
            if i in covered or found and any(m.start <= word.start < m.end for m in found):
                continue
            self._phrase(sentence, words, i, taken, found)
        self._scheduled(sentence, words, taken, found)
        self._verb_meetings(sentence, words, taken, found)
        found = [self._named_in_quotes(sentence, m) for m in found]
        speech = speech_spans(sentence)
        found = [m for m in found if m.title == "quoted" or not any(s <= m.start < e for s, e in speech)]
        return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found)]

    def _named_in_quotes(self, sentence: Sentence, mention: Mention) -> Mention:
        """'반도체 장비 전시회 ‘가나쇼 2020’을 열었다': a kind of event right before a quoted name with a particle after it is
        described by that phrase and named by the quote, one event (the phrase one of its names)."""
        if mention.title in {"quoted", "anaphor"}:
            return mention
        text, offset = sentence.text, sentence.start
        at = mention.end - offset
        if text[at : at + 1] == " ":
            at += 1
        closers = QUOTES.get(text[at : at + 1])
        if not closers:
            return mention
        end = min((j for j in (text.find(c, at + 1) for c in closers) if j > at), default=-1)
        name = text[at + 1 : end].strip() if end > 0 else ""
        if not name or end - at > MAX_QUOTE or name[-1:] in SENTENCE_ENDS:
            return mention
        rest = [t for t in sentence.tokens if t.start >= offset + end + 1][:3]
        if not rest or rest[0].start != offset + end + 1 or not rest[0].tag.startswith("J"):
            return mention
        if len(rest) == 3 and rest[1].tag.startswith("NN") and rest[2].form in self.framing_particles:
            return mention  # '… ‘가나의 미래’를 주제로': the quote is what it is about, not its name
        start = offset + at + 1
        return Mention(text[mention.start - offset : end], mention.start, start + len(name), sentence.index, mention.cls,
                       name, aliases=(mention.name, *mention.aliases), title="quoted")

    def _quoted(self, sentence: Sentence, taken: list[Mention], found: list[Mention]) -> None:
        text = sentence.text
        opener = _QUOTE_OPENER.search(text)
        while opener is not None:
            i = opener.start()
            opener = _QUOTE_OPENER.search(text, i + 1)
            closers = QUOTES[text[i]]
            end = min((j for j in (text.find(c, i + 1) for c in closers) if j > i), default=-1)
            if end < 0 or end - i > MAX_QUOTE:
                continue
            name = text[i + 1 : end].strip()
            head = self.head_of(name)
            start = sentence.start + i + 1
            if head is None and not self._program_named(name) \
                    and (self._held(text[end + 1 :]) or self._held_as_subject(sentence, sentence.start + end + 1)):
                head = ("", "Event", "head")
            if head is None or head[2] not in {"head", "umbrella", "anaphor", STANDING}:
                continue
            if head[1] == "Meeting" and self._formed_after(text[end + 1 :]):
                continue  # '‘가나 협의회’를 구성해': a body formed
            role = head[2] if head[2] in {"umbrella", STANDING} else OCCASION if self._during_after(sentence, end + 1) else "quoted"
            found.append(Mention(name, start, start + len(name), sentence.index, head[1], name, title=role))
            opener = _QUOTE_OPENER.search(text, end + 1)

    def _during_after(self, sentence: Sentence, offset: int) -> bool:
        """"‘가나 박람회’ 기간 중에는", "‘가나 박람회’ 부대행사로", "‘가나 주간(5.13~17)’의 첫 행사로": a word of an
        event's time, or of its parts with 로 (event_name_parts.tsv during, part-of; not a bare event word: "‘가나 포럼’
        행사로" only names it), right after its quoted name makes it the occasion of what the clause tells."""
        following = tokens_after(sentence.tokens, sentence.start + offset)
        after = [t for t, _ in zip(following, range(4))]
        if not after or _BRACKETED.sub("", sentence.text[offset : after[0].start - sentence.start]).strip():
            return False
        if after[0].form in self.durings:
            return True
        if after[0].tag == "JKG":
            after = after[1:]  # "‘가나 주간’의 첫 행사로"
        head = self.head_of(after[0].form) if after else None
        if len(after) > 2 and after[0].tag.startswith(("NN", "MM")) and after[1].form in self.wholes:
            after, head = after[1:], None  # '부대 행사로', '첫 행사로': a word before the part
        return len(after) > 1 and after[0].form in self.wholes and after[1].form in self.whole_particles \
            and (head is None or head[0] != after[0].form)

    def _phrase(self, sentence: Sentence, words: list[Word], i: int, taken: list[Mention], found: list[Mention]) -> None:
        word = words[i]
        core = word.core(sentence)
        if core[-1:] not in self.event_ends:
            return  # no event word ends the word, nor the word with the one before it
        head = self.head_of(core)
        if core in self.wholes and head is not None and head[0] != core and word.form_after_core() in self.whole_particles:
            return  # '‘박람회’ 부대행사로': the part of the event named before it, no event of its own
        first = i
        if i > 0 and words[i - 1].bare:
            spaced = self.head_of(words[i - 1].core(sentence) + " " + core)
            if spaced is not None and " " in spaced[0]:
                head, first = spaced, i - 1
        if head is None:
            return
        event_word, cls, role = head
        if role == "umbrella" and core == event_word and word.tag_after_core() in VERBAL:
            return  # '방문해', '순방하며': the visit is a predicate, and the frames make its trip
        if cls == "Meeting" and core == event_word and core in self.meeting_verbs and word.tag_after_core() in VERBAL \
                and i > 0 and self._counterpart(sentence, words, i - 1, taken, named=True):
            return  # '김가나 장관을 면담한다': the verb tells the meeting (_verb_meetings names it by whom it meets)
        if cls == "Meeting" and self._formed(words, i):
            return  # '가나 협의회를 구성해', '… 새로 구성된 협의회가': a body formed, no meeting held
        if cls == "Meeting" and event_word in self.bodies and self._holds_another(sentence, words, i):
            return  # '가나 기업인 협의회가 출범식을 가졌다': the body that holds an event, no meeting of its own
        if role == STANDING and word.tag_after_core() in VERBAL:
            return  # '공고한다': the verb, no event of its own
        if core == event_word and first == i and word.tag_after_core() in VERBAL and cls != "Program" \
                and any(t.tag == "ETM" for t in word.tokens) and role == "head":
            return  # '가나시와 자매결연한 도시': the verb's relative form tells of the noun after it, no event of its own
        if cls == "Event" and role == "head" and core == event_word and first == i and word.tag_after_core() in VERBAL:
            return  # '시설을 견학하고', '현장을 시찰했다': what one does there, told by the verb; no event of its own name
        if cls == "Program":
            self._program(sentence, words, first, i, taken, found)
            return
        if first == i and core != event_word and len(core) - len(event_word) > 4:
            return
        end = word.core_end
        occasion = False
        if word.bare and i + 1 < len(words):
            nxt = words[i + 1]
            nxt_core = nxt.core(sentence)
            count = re.fullmatch(r"\d+건", nxt_core)
            if nxt_core in self.process or count:
                end = nxt.core_end
            elif nxt_core in self.closers:
                pass  # '경진대회 등 행사', '간담회 모습': the name ends at the event word
            elif nxt.tokens and self._count(nxt) and nxt.tokens[0].tag == "SN":
                return  # '자매결연 30주년 기념 공연': the anniversary of it, told for the event after it
            elif nxt_core in self.durings and cls in OWNED and role == "head":
                occasion = True  # '박람회 기간 중': what the clause tells happens during it
            elif nxt_core and nxt_core[0].isalnum() and any(t.tag.startswith("NN") for t in nxt.tokens[:1]) \
                    and nxt.tokens[0].form not in self.predicates:
                return
        if role == "light":
            start = self._clause_before(sentence, words, i)
            if start is None:
                if self._told_occasion(sentence, words, i):
                    found.append(Mention(core, word.start, word.core_end, sentence.index, cls, core, title="anaphor"))
                return
        elif role == "anaphor" and not self._named_before(sentence, words, i):
            found.append(Mention(core, word.start, word.core_end, sentence.index, cls, core, title="anaphor"))
            return
        else:
            role = "head" if role == "anaphor" else role
            start = self._modifiers_start(sentence, words, first, taken, priced=cls in PRICED)
        aliases: tuple[str, ...] = ()
        at = next((k for k in range(first, -1, -1) if words[k].start <= start), first)
        if cls in OWNED and at > 0:
            owner = self._owner_before(words[at - 1], taken)
            if owner is not None:
                aliases = (sentence.text[start - sentence.start : end - sentence.start].strip(),)
                k = next(k for k in range(at - 1, -1, -1) if words[k].start <= owner)
                start = self._modifiers_start(sentence, words, k, taken) if words[k].start == owner else owner
        start = self._past_host_mark(sentence, words, start, first)
        if not aliases and first > 0 and start < words[first].start and self._partner(words[first - 1]):
            aliases = (sentence.text[words[first].start - sentence.start : end - sentence.start].strip(),)
        if occasion or (cls in OWNED and role == "head" and word.tag_after_core() == "JKO" and i + 1 < len(words)
                        and words[i + 1].core(sentence) in self.durings):
            role = OCCASION  # '박람회를 계기로'
        name = sentence.text[start - sentence.start : end - sentence.start].strip()
        text = name
        if cls in PRICED and first > 0 and start < words[first].start and words[first - 1].tag_after_core() == "JKO":
            amount = sentence.text[start - sentence.start : words[first - 1].core_end - sentence.start]
            name = f"{amount} {sentence.text[words[first].start - sentence.start : end - sentence.start]}"  # '50억원 투자'
        if role == STANDING and name == event_word or name.split()[0] in self.generics:
            return  # a bare '공고': only a named one stands for an event; '각종 박람회': a kind of event, none in particular
        if name == event_word and cls == "Meeting" and first > 0 and self._comitative(words[first - 1]) \
                and word.tag_after_core() not in VERBAL:  # '가나 장관과 면담해': the verb tells it (_verb_meetings)
            partner = self._meeting_partner(sentence, words, first - 1, taken)
            if partner is not None:  # '가나 교민들과 간담회를': named by whom it is with
                met, phrase = partner
                shorter = [f"{rest} {name}" for rest in self._shorter(phrase.split())]
                as_written = sentence.text[met - sentence.start : end - sentence.start]
                found.append(Mention(text, start, end, sentence.index, cls, f"{phrase} {name}",
                                     aliases=(as_written, *shorter, name), title=PARTNERED_MEETING))
                return
        if name == event_word and cls in PARTNERED:
            partner = self._clause_partner(sentence, words, first, taken)
            name = f"{partner} {name}" if partner else name
        at = next((k for k in range(first, -1, -1) if words[k].start <= start), first)
        destinations = self._genitive_places(sentence, words[at - 1], taken) if role == "umbrella" and at > 0 else None
        if destinations is not None:  # '가나·다라의 공식방문': the places of the genitive are its destinations, named so
            start, name, text = words[at - 1].start, f"{destinations} {name}", sentence.text[words[at - 1].start - sentence.start : end - sentence.start]
        if role == "umbrella" and at > 0 and words[at - 1].core(sentence) in self.this_event:
            role = THIS_TRIP  # '이번 가나국 출장': the trip the story told, if it told one
        elif role == "head" and at > 0 and words[at - 1].core(sentence) in self.this_event and name == event_word:
            role = THIS_EVENT  # '이번 업무협약은': the signing the story told, if it told one
        if event_word in self.ceremonies and all(self._signing_word(w) for w in name.split()[:-1]) \
                and not (at > 0 and self._purpose(words[at - 1])):  # '… 협력을 위한 협약 체결식': one of its own
            role = CEREMONY  # '협약식에는 …', 'MOU 체결식에서': the ceremony of the signing the story told, if it told one
        if name == text:
            aliases = (*aliases, *(sentence.text[cut - sentence.start : end - sentence.start]
                                   for cut in self._conjunct_starts(sentence, words, start, first)))
        first_word, _, rest = name.partition(" ")
        if rest and (_YEAR.fullmatch(first_word) or YEAR_WORD.fullmatch(first_word)) and rest not in aliases:
            aliases = (*aliases, rest)  # '1993년 자매결연 협정': the year may date it rather than name it
        mention = Mention(text, start, end, sentence.index, cls, name, aliases=aliases, title=role)
        found.append(mention)

    @staticmethod
    def _genitive_places(sentence: Sentence, word: Word, taken: list[Mention]) -> str | None:
        """'쿠웨이트·콜롬비아의': a word of places (one, or several joined by middle dots) and the genitive, as written
        without it; None for anything else."""
        genitive = next((t for t in word.tokens if t.tag == "JKG"), None)
        if genitive is None or genitive.end != word.end:
            return None
        places = sorted((m for m in taken if m.cls == "Place" and word.start <= m.start and m.end <= genitive.start), key=lambda m: m.start)
        if not places or places[0].start != word.start or places[-1].end != genitive.start:
            return None
        gaps = [sentence.text[a.end - sentence.start : b.start - sentence.start] for a, b in zip(places, places[1:])]
        if any(gap.strip() not in MIDDLE_DOTS for gap in gaps):
            return None
        return sentence.text[word.start - sentence.start : genitive.start - sentence.start]

    def _same_kind(self, sentence: Sentence, left: Word, right: Word) -> bool:
        """'개소식 및 현판식': a bare event word joined to another of its class names one event with it (an
        agreement and a meeting, '협약 및 간담회', are two)."""
        ours, theirs = self.head_of(right.core(sentence)), self.head_of(left.core(sentence))
        return ours is not None and theirs is not None and ours[1] == theirs[1] and theirs[2] == "head" \
            and left.core(sentence) == theirs[0]

    def _conjunct_starts(self, sentence: Sentence, words: list[Word], start: int, first: int) -> list[int]:
        """'다라시와 가나 산업 육성과 다라 협력 촉진을 위한 협약': where each object after a partner or a conjunction of a
        purpose clause starts ('가나 산업 육성과 …을 위한 협약', '다라 협력 촉진을 위한 협약' are the same event's
        shorter names), and where the purpose clause ends (the event named without it: '업무 제휴협약'), if the name
        has such a clause."""
        purpose = next((k for k in range(first - 1, -1, -1) if words[k].start >= start and self._purpose(words[k])), None)
        if purpose is None:
            return []
        return [words[k + 1].start for k in range(purpose) if words[k].start >= start
                and (words[k].text in self.joiners or self._comitative(words[k]) or words[k].tag_after_core() == "JC")] \
            + [words[purpose + 1].start]

    def _signing_word(self, word: str) -> bool:
        head = self.head_of(word)
        return head is not None and head[0] == word and head[1] == "AgreementSigning"

    def _holds_another(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """The word is the subject or topic of its clause and another event word after it is an object
        ('협의회는 … 정기총회를 개최했다'): what names a body as well as its meeting (event_name_parts.tsv body) is the body."""
        if words[i].tag_after_core() not in SUBJECT_PARTICLES:
            return False
        for word in words[i + 1 :]:
            if word.tag_after_core() == "JKO":
                head = self.head_of(word.core(sentence))
                if head is not None and head[1] != "Program":
                    return True
            if word.tokens and word.tokens[-1].tag == "EF":
                return False
        return False

    def _formed(self, words: list[Word], i: int) -> bool:
        """'협의회를 구성해', '… 새로 구성된 협의회': the meeting word names a body that is formed (event_name_parts.tsv formed)."""
        if not self.formed:
            return False
        if any(t.tag == "JKO" for t in words[i].tokens if t.start >= words[i].core_end) and i + 1 < len(words) and words[i + 1].tokens \
                and words[i + 1].tokens[0].form in self.formed:
            return True
        before = words[i - 1].tokens if i > 0 else []
        return bool(before) and before[0].form in self.formed and any(t.tag == "ETM" for t in before)

    def _formed_after(self, rest: str) -> bool:
        """'‘가나 협의회’를 구성해': a quoted name that is formed (event_name_parts.tsv formed) is a body's."""
        match = self.held_after_quote.match(rest)
        return match is not None and any(match.group(1).startswith(word) for word in self.formed)

    def _shorter(self, parts: list[str]) -> list[str]:
        """The shorter forms of whom a meeting is with, by which the story may name it again ('다라주 주지사' ->
        '동포'), but no bare title ('외교장관'): '외교장관 면담' would be any minister's."""
        rests = (" ".join(parts[k:]) for k in range(1, len(parts)) if parts[k] not in self.joiners)
        return [rest for rest in rests if " " in rest or not any(rest.endswith(title) for title in self.lexicon.titles)]

    def _meeting_partner(self, sentence: Sentence, words: list[Word], k: int, taken: list[Mention]) -> tuple[int, str] | None:
        """'가나국 관계자들과 간담회': whom a bare meeting word is with, the noun phrase with 와/과 right before it,
        back to a word with a particle of its own, a comma, a number ('12일 가나 관계자와': the date is none of it)
        or a list's end; where it starts and the phrase as a name, its plural left out ('가나국 관계자 간담회')."""
        start = words[k].start
        j = k - 1
        while j > max(-1, k - COUNTERPART_WORDS):
            word = words[j]
            core = word.core(sentence)
            j -= 1
            if word.text.endswith(")") and "(" not in word.text:  # '가나(Gana Lee) 장관과': the spelling in brackets
                opener = next((m for m in range(j, max(-1, j - 4), -1) if "(" in words[m].text), None)
                if opener is None or not words[opener].core(sentence):
                    break
                start, j = words[opener].start, opener - 1
                continue
            if word.text in self.joiners and core not in self.closers:
                continue  # '가나 의회 및 정부 인사와': a conjunction inside the phrase
            stop = core in self.modifier_stop and core not in self.partner_modifiers or core in self.sequences
            if not (word.bare or _joined(word)) or word.text.endswith((",", "·")) or any(t.tag == "SN" for t in word.tokens) \
                    or stop or core in self.demonstratives or core in self.closers:
                break
            start = word.start
        plural = next((t.start for t in words[k].tokens if t.tag == "XSN" and t.form in self.plurals), words[k].core_end)
        phrase = " ".join(_BRACKETED.sub("", sentence.text[start - sentence.start : plural - sentence.start]).split())
        posted = " " not in phrase and any(phrase.endswith(title) for title in self.lexicon.titles)
        if not phrase or posted and not any(start <= m.start and m.end <= words[k].core_end and m.cls in OWNERS for m in taken):
            return None  # '외교장관과 면담': a post of no body named says whom only through the place (a frame names it so)
        return start, phrase

    @staticmethod
    def _clause_partner(sentence: Sentence, words: list[Word], i: int, taken: list[Mention]) -> str | None:
        """'가나국과 에너지분야에서 협력하는 업무협약': the partner named with 와/과 in the relative clause before a
        bare agreement or meeting word names it ('가나국 업무협약')."""
        if i == 0 or not any(t.tag == "ETM" for t in words[i - 1].tokens):
            return None
        for word in reversed(words[max(0, i - 6) : i - 1]):
            if word.text.endswith((",", ")")) or not word.tokens:
                return None
            if word.tag_after_core() in {"JKB", "JC"} and word.form_after_core() in COMITATIVE:
                partner = next((m for m in taken if m.end == word.core_end and m.cls in OWNERS | {"Place"}), None)
                return partner.text if partner is not None else None
        return None

    def _scheduled(self, sentence: Sentence, words: list[Word], taken: list[Mention], found: list[Mention]) -> None:
        """'20일까지 진행하려던 주민 안전 교육', '8일 예정된 가나 프로그램 운영': what a clause says was scheduled
        or run is an event although its noun is no event word (the noun phrase right after the clause)."""
        for i, word in enumerate(words[:-1]):
            if not word.tokens or word.tokens[-1].tag != "ETM" or (
                    word.tokens[0].form not in self.scheduled and " ".join(t.form for t in word.tokens) not in self.scheduled):
                continue  # '열려던' as a whole: a verb counts only in the form its row gives
            end = None
            for k in range(i + 1, min(i + 6, len(words))):
                if not words[k].core(sentence) or words[k].text.endswith((",", ")")):
                    break
                if not words[k].bare:
                    end = k
                    break
            if end is None or end == i + 1 and len(words[end].core(sentence)) < 3 or words[end].tag_after_core() != "JKO":
                continue  # the object of what the sentence does to it ('… 교육을 연기했다')
            start, stop = words[i + 1].start, words[end].core_end
            inner = [m for m in found if m.title == CANDIDATE and start <= m.start and m.end <= stop]
            if any(m.start < stop and start < m.end and m.cls not in {"Place"} and m not in inner for m in [*taken, *found]):
                continue
            name = sentence.text[start - sentence.start : stop - sentence.start]
            if self.head_of(name) is not None:
                continue  # an event or program word: its own rule names it
            found[:] = [m for m in found if m not in inner]  # '가나 돌봄 프로그램 운영': running it is the event
            found.append(Mention(name, start, stop, sentence.index, "Event", name, title="head"))

    def _verb_meetings(self, sentence: Sentence, words: list[Word], taken: list[Mention], found: list[Mention]) -> None:
        """'가나국 장관과 만나 …', '다라 대사를 접견하고': a meeting told by its verb alone (event_name_parts.tsv
        meeting-verb), with the counterpart right before it (와/과, 을/를), is a meeting named by the counterpart as
        written and the verb's own noun, or the meeting-noun row for a verb that is no noun ('만나' -> '면담'):
        '가나국 에너지부 장관 면담', also '가나국 면담'. Not where the sentence names a meeting by a noun ('면담을
        가졌다'), before the verb or right after it (a meeting named later is what they talk about: '만나 가나 총회
        준비를 논의했다'), nor in a sentence dated '이날': it tells more of the day's meeting told before."""
        if not self.meeting_verbs or any(w in sentence.text for w in self.same_day):
            return
        if self.meeting_verbs.isdisjoint([word.tokens[0].form for word in words if word.tokens]):
            return  # no word opens with a meeting verb (_meeting_verb)
        for i, word in enumerate(words):
            if i == 0 or not self._meeting_verb(word):
                continue
            reach = words[min(i + 2, len(words) - 1)].end
            if any(m.cls == "Meeting" and m.start < reach for m in found):
                return
            verb = word.tokens[0]
            partner = self._counterpart(sentence, words, i - 1, taken)
            noun = verb.form if verb.tag.startswith("NN") else self.meeting_noun
            if partner is None or noun is None:
                continue
            parts = partner[0].split()
            names = [f"{n} {noun}" for n in dict.fromkeys([*partner, *self._shorter(parts)])]
            found.append(Mention(names[0], verb.start, verb.end, sentence.index, "Meeting", names[0],
                                 aliases=tuple(names[1:]), title=VERB_MEETING))
            return  # one meeting a sentence: '만나 … 면담하고' tells one

    def _meeting_verb(self, word: Word) -> bool:
        """'만나', '만났다', '접견하고', '면담해': a meeting verb (or verbal noun with 하다) as a predicate, not a
        relative form that modifies a noun ('만난 자리')."""
        tokens = word.tokens
        if not tokens or tokens[0].form not in self.meeting_verbs:
            return False
        if tokens[0].tag.startswith("NN") and (len(tokens) < 2 or tokens[1].tag not in VERBAL):
            return False
        if not tokens[0].tag.startswith("NN") and tokens[0].tag != "VV":
            return False
        return not any(t.tag == "ETM" for t in tokens)

    @staticmethod
    def _comitative(word: Word) -> bool:
        return word.tag_after_core() in {"JKB", "JC"} and word.form_after_core() in COMITATIVE

    def _counterpart(self, sentence: Sentence, words: list[Word], k: int, taken: list[Mention], named: bool = False) -> list[str] | None:
        """Whom a meeting meets: the phrase right before it with 와/과 or 을/를, back to the word before it that has
        a particle of its own or a comma, as written (brackets left out: '가나국 에너지부 장관'), then the country
        its body is named after ('가나국'). Only a phrase that names someone: an entity in it, or a name and a title."""
        word = words[k]
        if not (self._comitative(word) or word.tag_after_core() == "JKO") or word.core_end <= word.start:
            return None
        start = word.start
        for j in range(k - 1, max(-1, k - COUNTERPART_WORDS), -1):
            if not (words[j].bare or joined_by_wa(words[j])) or words[j].text.endswith((",", "·")) \
                    or any(t.tag == "SN" for t in words[j].tokens):
                break  # '12일 가나국 장관과': a date is no part of whom one meets; 'A 장관과 B 장관을': both are
            start = words[j].start
        phrase = " ".join(_BRACKETED.sub("", sentence.text[start - sentence.start : word.core_end - sentence.start]).split())
        inside = [m for m in taken if start <= m.start and m.end <= word.core_end and m.cls in OWNERS | {"Place", "Person", "Group"}]
        if named and (" " not in phrase or not any(m.cls != "Place" for m in inside)):
            return None  # only whom a phrase names by a name and a title ('가나기구 사무총장'), not a post alone ('국방부차관')
        if not phrase or not inside and (phrase in self.lexicon.titles
                                         or not any(phrase.endswith(title) for title in self.lexicon.titles)):
            return None  # a bare title ('장관을 만나') says whom only through the place: no name of its own
        names = [phrase]
        for m in inside:
            body = m.affiliation.text if m.cls == "Person" and m.affiliation is not None else m.text
            first = body.split()[0]
            if first in self.countries:  # '가나국 보건부 차관' -> '가나국 면담'
                names.append(first)
                break
        return names

    @staticmethod
    def _owner_before(word: Word, taken: list[Mention]) -> int | None:
        """'국제가나기구(IGO) 이사회', '가나인베스트먼트 결성총회': the body whose meeting it is, named
        right before the event word, belongs to its name (the name without it stays an alias)."""
        if not word.bare:
            return None
        owner = next((m for m in taken if m.start <= word.start < m.end and m.cls in OWNERS), None)
        return owner.start if owner is not None and owner.end <= word.end else None

    def opened_in(self, sentence: Sentence, stem: str) -> tuple[int, str, str | None] | None:
        """Where the sentence tells its object opened by the verbal noun ('다라센터를 개소했다', '‘가나 센터’를 개관하고'):
        the sentence's index, the object as a name (its bare modifiers with it, quotes left out), and the subject
        or topic of the clause (the word before with 은/는/이/가), if any."""
        words = words_of(sentence)
        for k, word in enumerate(words):
            tokens = word.tokens
            if k == 0 or len(tokens) < 2 or tokens[0].form != stem or not tokens[0].tag.startswith("NN") or tokens[1].tag not in VERBAL:
                continue
            obj = words[k - 1]
            if next((t.tag for t in obj.tokens if t.start >= obj.core_end and t.tag != "SSC"), None) != "JKO":
                return None
            if obj.text[: obj.core_end - obj.start].endswith(QUOTE_CLOSERS) or any(t.tag == "SSC" for t in obj.tokens):
                closer = next(t for t in obj.tokens if t.tag == "SSC")
                opener = next((m for m in range(k - 1, max(-1, k - 8), -1) if words[m].text[:1] in QUOTES), None)
                if opener is None:
                    return None
                start, end = words[opener].start + 1, closer.start
            else:
                start, end = obj.start, obj.core_end
                for before in reversed(words[max(0, k - 4) : k - 1]):
                    core = before.core(sentence)
                    if not before.bare or before.text.endswith(",") or not core or core in self.modifier_stop \
                            or core in self.this_event or re.search(r"\d", core):
                        break
                    start = before.start
            phrase = " ".join(sentence.text[start - sentence.start : end - sentence.start].split())
            subject = next((w.core(sentence) for w in reversed(words[: k - 1]) if w.tag_after_core() in SUBJECT_PARTICLES), None)
            return (sentence.index, phrase, subject) if phrase else None
        return None

    def first_date(self, sentence: Sentence):
        found = find_dates(sentence.text, grammar=self.dates)
        return found[0][2] if found else None

    def _program(self, sentence: Sentence, words: list[Word], first: int, i: int, taken: list[Mention], found: list[Mention]) -> None:
        """'가나 해외 판로 지원 사업을 확대한다': a specific (three words or more) program as an object;
        any other named program ('다라창업펀드에 200억 원을 출자한다') is a candidate that a frame may license."""
        word = words[i]
        start = self._modifiers_start(sentence, words, first, taken, dated=False)  # '2027년 가나 사업': the year it runs in
        name = sentence.text[start - sentence.start : word.core_end - sentence.start].strip()
        if word.tag_after_core() == "JKO" and len(name.split()) >= 3:
            found.append(Mention(name, start, word.core_end, sentence.index, "Program", name, title="program"))
        elif self.head_of(name) is not None and self.head_of(name)[0] != name:
            found.append(Mention(name, start, word.core_end, sentence.index, "Program", name, title=CANDIDATE))

    def _modifiers_start(self, sentence: Sentence, words: list[Word], i: int, taken: list[Mention], priced: bool = False,
                         dated: bool = True) -> int:
        """Where the name ends on the left: bare modifiers ('청년 CEO 간담회'), an ordinal, which starts it
        ('다음 달 제1차 회의' -> '제1차 회의'), and a
        purpose clause with its object ('환경분야 협력을 위한 양해각서'); when priced, the amount that sizes the event,
        which starts it ('가나군과 50억원 규모의 투자협약' -> '50억원 규모의 투자협약'); dated: a year with its counter
        opens an event's name ('2026년 신년 인사회'), not a program's."""
        start = words[i].start
        j = i - 1
        bare_left = 6
        while j >= 0 and bare_left > 0:
            word = words[j]
            core = word.core(sentence)
            if priced:
                amount = self._amount_at(sentence, words, j)
                if amount is not None:
                    return amount
            if j == i - 1 and self._partner(word) and core not in self.lexicon.titles and core not in self.lexicon.kind_nouns:
                return self._partners_start(sentence, words, j)
            if j == i - 1 and word.text.endswith(QUOTE_CLOSERS):
                return self._quoted_start(sentence, words, j, start)
            if j == i - 1 and word.text in self.firsts:
                return word.start
            if self._purpose(word) and j > 0 and words[j - 1].tag_after_core() == "JKO" and not words[j - 1].text.endswith(","):
                if words[j - 1].core(sentence) in self.closers:
                    break  # 'A, B 설치 등을 위한 양해각서': a list has no bounds to name the event by
                return self._object_start(sentence, words, j - 1, taken)
            if word.tokens and word.tokens[0].tag == "SSO" and word.quoted_core[1] == word.end and word.text[0] in QUOTES:
                opening = sentence.text[word.quoted_core[0] - sentence.start : word.end - sentence.start]
                if opening in self.demonstratives or opening in self.this_event:
                    break  # '“이번 가나 협약 체결로 …”': the quote opens speech that points back to the event
                return word.quoted_core[0]  # '‘가나관광 비즈니스 포럼 및 …’': the quote opens the name
            if word.text in self.joiners and word.text not in self.closers and j > 0 and words[j - 1].bare \
                    and (start < words[i].start or self._same_kind(sentence, words[j - 1], words[i])):
                j -= 1  # '가나 박람회 및 다라 대회', '출범식 및 선포식': the names it joins name one event
                continue
            if joined_by_wa(word) and start == words[j + 1].start and self._places_at(taken, word, words[j + 1]):
                start = word.start  # '가나국과 다라국 순방': places joined by 와 are the destinations of one trip
                j -= 1
                bare_left -= 1
                continue
            if not (word.bare or _joined(word)) or word.text.endswith((",", "’", "'", "”", ")")) or core in self.modifier_stop:
                break
            if len(word.tokens) > 1 and word.tokens[-1].form in self.betweens and word.tokens[-2].tag.startswith("NN"):
                break  # '가나시와 다라대간 협약': the last of the sides between whom it is, written with 간, is no part of the name
            if core in self.durings or core in self.this_event or core in self.sequences:
                break  # '박람회 기간 중 설명회': the occasion is no part of the name; '금번 출장': the trip told; '협약식 후 만찬'
            if any(m.start <= word.start < m.end and m.cls != "Place" for m in taken):
                break
            if re.search(r"\d", core) and not self._ordinal(word):
                if _YEAR.fullmatch(core) or dated and YEAR_WORD.fullmatch(core):
                    start = word.start  # '2030 가나 박람회', '2026년 가나 인사회': the year opens the name
                break
            start = word.start
            if self._ordinal(word) and not self._count(word):
                break
            j -= 1
            bare_left -= 1
        return start

    @staticmethod
    def _places_at(taken: list[Mention], *words: Word) -> bool:
        """Each word is (the core of) a place mention."""
        return all(any(m.cls == "Place" and m.start == w.start and m.end == w.core_end for m in taken) for w in words)

    def _amount_at(self, sentence: Sentence, words: list[Word], j: int) -> int | None:
        """Where an amount starts that ends with word j ('3000만 달러의', '50억원 규모의'), or with the word before a
        scale word j ('1억 달러 상당의'); from its first digit ('약 20억원': the qualifier is no part of a name)."""
        k = j - 1 if words[j].core(sentence) in self.scales and j > 0 else j
        if not any(t.tag == "SN" for w in words[max(0, k - 2) : k + 1] for t in w.tokens):
            return None
        text = sentence.text
        if self._priced[0] is not sentence:
            self._priced = (sentence, find_amounts(text))
        end = words[k].core_end - sentence.start
        for begin, stop, _ in self._priced[1]:
            if text[begin:stop].rstrip().endswith(text[words[k].start - sentence.start : end]) and begin <= end <= stop:
                first_digit = next((n for n in range(begin, stop) if text[n].isdigit()), begin)
                return sentence.start + first_digit
        return None

    def _held(self, rest: str) -> bool:
        """'‘한마음 2030’ 개최', '‘한마음 2030’에 참석': a quoted name that is held or attended is an event's."""
        match = self.held_after_quote.match(rest)
        return match is not None and any(match.group(1).startswith(word) for word in self.held)

    def _program_named(self, name: str) -> bool:
        """'‘가나 청년센터’를 연다', '‘가나 지원사업’에 참가': a quoted name that ends in a program's head
        (program_heads.tsv: a fund, a project, a facility) is the program's, not an event's, whatever is done to it."""
        if self._program_heads is None:
            from .programs import load_program_tables  # programs.py reads the frames this module does: loaded on first use

            tables = load_program_tables(self.lexicon)
            self._program_heads = (tables.heads, tables.longest)
        heads, longest = self._program_heads
        return longest_suffix(name, heads, longest) is not None

    def _held_as_subject(self, sentence: Sentence, at: int) -> bool:
        """'「가나 페어」가 21일부터 다라홀에서 열린다': a quoted name that is the subject of a clause whose predicate is a
        held word (event_name_parts.tsv held: 개최되다, 열리다, 개막하다) is an event's; the words between (dates,
        places, '오는') are no predicate of it (a relative form modifies the word after it)."""
        tokens = sentence.tokens
        k = next((n for n, t in enumerate(tokens) if t.start >= at), None)
        if k is None or tokens[k].start != at or tokens[k].tag not in SUBJECT_PARTICLES:
            return False
        for n in range(k + 1, len(tokens)):
            token = tokens[n]
            if token.tag in {"EF", "EC"} or token.tag.startswith("S") and token.tag not in {"SN", "SL", "SH"}:
                return False  # the clause ended with no held word
            stem = token.tag == "VV" or token.tag.startswith("NN") and n + 1 < len(tokens) and tokens[n + 1].tag in VERBAL
            if not stem:
                continue
            ending = next((t for t in tokens[n + 1 :] if t.tag.startswith("E")), None)
            if ending is not None and ending.tag == "ETM":
                continue  # '오는 5일': a relative form, no predicate of the clause
            return any(token.form.startswith(word) for word in self.held)
        return False

    @staticmethod
    def _quoted_start(sentence: Sentence, words: list[Word], j: int, start: int) -> int:
        """"'한-몽 보건협력' 약정": a quoted name right before the event word is the name it qualifies (the
        quotes stay: the name is written so); no opening quote within a few words, no name."""
        closer = words[j].text[-1]
        for k in range(j, max(-1, j - 6), -1):
            text = words[k].text
            opener = next((o for o, closers in QUOTES.items() if closer in closers and o in text[:1]), None)
            if opener is not None:
                return words[k].start
        return start

    @staticmethod
    def _partner(word: Word) -> bool:
        return partner_word(word)

    @staticmethod
    def _partners_start(sentence: Sentence, words: list[Word], j: int) -> int:
        """'A와 B와의 회담', '페루와의 장관회담': the partners belong to the meeting's name."""
        return words[j - 1].start if j > 0 and joined_by_wa(words[j - 1]) else words[j].start

    def _object_start(self, sentence: Sentence, words: list[Word], j: int, taken: list[Mention]) -> int:
        """The object of a purpose clause, with its own modifiers, genitives and conjuncts
        ('수출 중소기업의 인증과 판로 지원을')."""
        start = words[j].start
        for word in reversed(words[max(0, j - 6) : j]):
            if word.text in self.joiners and word.text not in self.closers and start > word.start:
                continue  # '개발 사업 발굴 및 추진을 위한': the objects a conjunction joins are one object
            after = word.tag_after_core()
            joined = word.bare or after in {"JKG", "JC"} or (after == "JKB" and word.form_after_core() in COMITATIVE)
            if not joined or word.text.endswith((",", "’", "'", "”", ")")) or word.core(sentence) in self.modifier_stop:
                break
            if any(m.start <= word.start < m.end and m.cls != "Place" for m in taken) or re.search(r"\d", word.core(sentence)):
                break
            start = word.start
        return start

    def _purpose(self, word: Word) -> bool:
        """'위한': a purpose verb in its relative form."""
        forms = [(t.form, t.tag) for t in word.tokens]
        return len(forms) == 2 and forms[0][0] in self.purposes and forms[1][1] == "ETM"

    def _count(self, word: Word) -> bool:
        return word.tokens[-1].form in self.counts

    def _ordinal(self, word: Word) -> bool:
        """'제31회', '1차': a number with an ordinal counter."""
        tags = [t.tag for t in word.tokens]
        return "SN" in tags and word.tokens[-1].form in self.ordinals | self.counts and word.tokens[-1].tag.startswith("NN")

    def _named_before(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """'가나군 가을 축제 행사': a generic event word after a bare name is that name's head, not an anaphor."""
        if i == 0:
            return False
        if words[i - 1].text.endswith(QUOTE_CLOSERS) and words[i - 1].tokens and words[i - 1].tokens[-1].tag == "SSC":
            return True  # "'가나 나눔 장터' 행사": the quoted name before it is the event's
        if not words[i - 1].bare:
            return False
        core = words[i - 1].core(sentence)
        return bool(core) and core not in self.demonstratives and core not in self.modifier_stop and core not in self.closers

    def _past_host_mark(self, sentence: Sentence, words: list[Word], start: int, first: int) -> int:
        """'가나 2세 주최 만찬': a name that would open with the word that marks its host (event_name_parts.tsv host-mark),
        its host's name cut off before it, starts after that word."""
        k = next((k for k in range(first) if words[k].start == start), None)
        if k is not None and words[k].core(sentence) in self.host_marks:
            return words[k + 1].start
        return start

    def _told_occasion(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """'가나호텔에서 개최한 이번 자리에는': a light noun after a demonstrative that a relative clause modifies is the
        occasion the story told, the clause saying where or when it was held."""
        return i >= 2 and words[i - 1].bare and words[i - 1].core(sentence) in self.demonstratives \
            and any(t.tag == "ETM" for t in words[i - 2].tokens)

    def _clause_before(self, sentence: Sentence, words: list[Word], i: int) -> int | None:
        """'수출 확대 방안을 논의하는 자리': the relative clause before a light noun names it; not as the predicate of a
        copula ('간담회는 … 들을 수 있는 자리였다': what the meeting was), nor a clause that opens with a bound noun."""
        if i == 0 or not any(t.tag == "ETM" for t in words[i - 1].tokens) or words[i].tag_after_core() == COPULA:
            return None
        start = words[i - 1].start
        for word in reversed(words[max(0, i - 4) : i - 1]):
            after = word.tag_after_core()
            if word.text.endswith(",") or (after is not None and after not in {"JKO"}):
                break
            start = word.start
        opening = next((w for w in words if w.start == start), None)
        if opening is not None and opening.tokens and opening.tokens[0].tag == BOUND_NOUN:
            return None  # '들을 수 있는 자리': '수' opens no name
        return start if start < words[i - 1].start else None  # '열린 자리': a verb alone names nothing


def _joined(word: Word) -> bool:
    """'품질·인증분야': nouns joined by a middle dot, nothing after them, modify a name as one word does."""
    return bool(word.tokens) and all(t.tag in NOUNISH or t.form in MIDDLE_DOTS for t in word.tokens) and word.tokens[-1].form not in MIDDLE_DOTS


def alike_names(name: str, other: str) -> bool:
    """'가나 도로 재건을 위한 업무협약' and '가나 도로 재건과 현대화를 위한 업무협약': one event named with its
    modifiers more or less: the same last word, and most of the shorter name's other words (two at least) in the longer."""
    words, others = name.split(), other.split()
    if len(words) < 3 or len(others) < 3 or words[-1] != others[-1]:
        return False
    shorter, longer = sorted((set(words[:-1]), set(others[:-1])), key=len)
    shared = len(shorter & longer)
    return shared >= 2 and shared * 3 >= len(shorter) * 2


HOSTING = {"organized"}
MEETING_VERB = "meeting-verb"  # event_name_parts.tsv: a verb that tells a meeting by itself ('만나', '접견')
THIS_EVENT = "this-event-word"  # a mention's title: a bare event word after '이번' ('이번 토론회'): the last event of its class told
THIS_TRIP = "this-trip"  # a mention's title: a trip named with '이번' ('이번 가나국 출장'): the one told before, if any
STANDING = "standing"  # event_words.tsv role, a mention's title: an event by its name alone ('가나 사업 공고')
PARTNERED_MEETING = "partnered"  # a mention's title: a bare meeting word named by whom it is with ('교민들과 간담회')
VERB_MEETING = "verb-meeting"  # a mention's title: a meeting told by its verb ('만나'), whose frame is about it
COUNTRY = "country"  # countries.tsv kind: a counterpart's body named after its country is met as that country
VISIT_WORD = "visit-word"  # event_name_parts.tsv: the trip word that names a visit to one place ('가나국 방문')
MEETING_NOUN = "meeting-noun"  # event_name_parts.tsv: the noun that names a meeting told by a verb that is no noun
CEREMONY = "ceremony"  # event_name_parts.tsv, a mention's title: a bare signing ceremony word ('협약식'): the signing told before
BODY = "body"  # event_name_parts.tsv: a meeting word that also names a body ('협의회'): the subject that holds an event is the body
SUBJECT_PARTICLES = {"JKS", "JX"}  # what makes a word the subject or topic of its clause
EACH = "each"  # stopwords.tsv: a word that says each subject acts in its own right ('가나군과 다라군 역시')
JOINT = "joint"  # stopwords.tsv: a word that says the subjects act together ('공동으로', '함께')
STATUS_ORDER = ("cancelled", "postponed", "in-progress", "planned")


def separate_hosts(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """An event word that names no host ('해맞이 행사'), held by hosts in separate sentences, or in one that says
    each acts alone ('가나군과 다라군 역시', a date in brackets after each), is one event per host named by it
    ('가나군 해맞이 행사'), with the date and status its own sentence gives. Hosts of one sentence that act
    together hold one event, which each names ('가나·다라 결성총회' is also '가나 결성총회')."""
    finder = _finder(lexicon)
    added: dict[str, Entity] = {}
    moved: dict[int, list[Relation]] = {}
    dropped: set[str] = set()
    for key, event in list(result.entities.items()):
        if event.cls not in OWNED:
            continue
        hosts = [(n, r) for n, r in enumerate(result.relations) if r.object == key and r.predicate in HOSTING
                 and result.entities[r.subject].cls in OWNERS and r.evidence]
        head = finder.head_of(finder.base_name(event.name))
        if not hosts or head is None or head[2] == "light" or any(fold(result.entities[r.subject].name) in fold(event.name) for _, r in hosts):
            continue  # no event word ends it ('… 논의하는 자리'), or a host names it already
        groups = finder.host_groups(result, event, hosts)
        if len(groups) < 2:
            event.aliases.extend(f"{result.entities[r.subject].name} {finder.base_name(event.name)}" for _, r in hosts)
            continue
        split: dict[int, str] = {}
        for group in groups:
            sentence = result.sentences[group[0][1].evidence[0]]
            label = max((x for x in (event.name, *event.aliases) if x in sentence.text), key=len, default=event.name)
            base = finder.base_name(label)
            names = [f"{result.entities[r.subject].name} {base}" for _, r in group]
            new_key = f"{key.rsplit('/', 1)[0]}/{fold(names[0])}"
            host = result.entities[group[0][1].subject]
            added.setdefault(new_key, dataclasses.replace(
                event, key=new_key, name=names[0], labels_ko=[names[0]], labels_en=[], evidence=[sentence.index],
                aliases=[*names[1:], label] if len(group) > 1 else [],
                date=event.date if sentence.index == event.evidence[0] else finder.date_after(sentence, host, label) or event.date,
                status=finder.status_after(sentence, label) or event.status))
            for n, relation in group:
                moved[n] = [dataclasses.replace(relation, object=new_key)]
            split.setdefault(sentence.index, new_key)
        if set(event.evidence) <= set(split):  # every mention of it was a host's: nothing is left of it
            dropped.add(key)
            for n, relation in enumerate(result.relations):
                if n not in moved and key in (relation.subject, relation.object):
                    target = split.get(relation.evidence[0] if relation.evidence else -1, next(iter(split.values())))
                    moved[n] = [dataclasses.replace(relation, **{"subject" if relation.subject == key else "object": target})]
    if not added:
        return result
    for key in dropped:
        del result.entities[key]
    result.entities.update(added)
    result.relations = [out for n, r in enumerate(result.relations) for out in moved.get(n, [r])]
    return result

SIDES = {"Investment": ("investor",), "AgreementSigning": ("party",)}  # the edges that name an event's sides


def name_by_sides(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'70억 원 투자' by a firm is also '가나우유 투자' and '가나우유 70억 원 투자'; a signing of two parties is also
    named by each ('가나병원 MOU') and by both ('가나병원-다라대 MOU'): the names readers give an event by its sides,
    as aliases (one node, more labels)."""
    finder = _finder(lexicon)
    sides: dict[str, list[str]] = {}
    for relation in result.relations:
        event = result.entities.get(relation.subject)
        side = result.entities.get(relation.object)
        if event is not None and relation.predicate in SIDES.get(event.cls, ()) and side is not None:
            sides.setdefault(relation.subject, []).append(side.name if side.cls in OWNERS and side.name.replace(" ", "").isalnum() else "")
    entities = dict(result.entities)
    for key, names in sides.items():
        event = entities[key]
        head = finder.head_of(event.name)
        names = list(dict.fromkeys(names))
        if head is None or "" in names or len(names) > 2 or (event.cls == "Investment" and len(names) > 1):
            continue
        word = head[0]
        labels = [f"{n} {word}" for n in names] + [f"{n} {event.name}" for n in names if n not in event.name]
        if len(names) == 2:
            labels += [f"{names[0]}-{names[1]} {word}", f"{names[1]}-{names[0]} {word}"]
        new = [label for label in dict.fromkeys(labels) if label != event.name and label not in event.aliases]
        if new:
            entities[key] = dataclasses.replace(event, aliases=[*event.aliases, *new])
    return dataclasses.replace(result, entities=entities)


_FINDERS: dict[int, tuple[Lexicon, EventFinder]] = {}


def _finder(lexicon: Lexicon) -> EventFinder:
    cached = _FINDERS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _FINDERS[id(lexicon)] = (lexicon, EventFinder(lexicon))
    return cached[1]


def fold_visit_meetings(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'가나국을 방문해 다라 장관과 면담한다': a meeting with someone (its noun a meeting verb's: 면담, 회담) that the
    sentence of a visit tells is what the visit is for, one event: the visit, also named by the meeting. Its own
    partOf and heldIn go (the visit has its own place in the trip, and its own destination)."""
    finder = _finder(lexicon)
    visits = {e.evidence[0]: key for key, e in result.entities.items()
              if e.cls == "Event" and e.evidence and finder.head_of(e.name) is not None and finder.head_of(e.name)[2] == "umbrella"
              and e.name.split()[-1] in finder.visit_words}
    if not visits:
        return result
    folded: dict[str, str] = {}
    for key, meeting in result.entities.items():
        visit = visits.get(meeting.evidence[0]) if meeting.cls == "Meeting" and meeting.evidence else None
        if visit is not None and meeting.name.split()[-1] in finder.meeting_verbs | {finder.meeting_noun}:
            folded[key] = visit
    kept: set[str] = set()
    for visit in visits.values():  # '가나협회를 방문해 … 간담회를 가졌다' (held at the body visited): the meeting is the visit
        meeting = _meeting_at_visited_body(result, visit)
        if meeting is not None and visit not in folded.values() and meeting not in folded:
            folded[visit] = meeting
            kept.add(meeting)
    if not folded:
        return result
    for key, into in folded.items():
        gone, target = result.entities.pop(key), result.entities[into]
        target.aliases.extend(n for n in (gone.name, *gone.aliases) if n != target.name and n not in target.aliases)
    relations: list[Relation] = []
    for relation in result.relations:
        if relation.subject in folded and relation.predicate in {"partOf", "heldIn"} and relation.subject not in visits.values():
            continue
        if relation.subject in kept and relation.predicate == "partOf" and folded.get(relation.object) == relation.subject:
            continue
        moved = dataclasses.replace(relation, subject=folded.get(relation.subject, relation.subject),
                                    object=folded.get(relation.object, relation.object))
        if moved.subject != moved.object and moved not in relations:
            relations.append(moved)
    result.relations = relations
    return result


def _meeting_at_visited_body(result: ArticleGraph, visit: str) -> str | None:
    """The one meeting that is part of a visit to a body (no place: '가나협회 방문') and is held at that body's
    premises ('여의도 가나협회'): the visit and the meeting are one event."""
    body = result.entities[visit].name.rsplit(" ", 1)[0]
    named = [e for e in result.entities.values() if fold(body) in {fold(n) for n in (e.name, *e.aliases)}]
    if " " not in result.entities[visit].name or any(e.cls in {"Place", "Person", "Group"} for e in named):
        return None  # '가나국 방문': a trip's stop, not a body's premises
    parts = [r.subject for r in result.relations if r.predicate == "partOf" and r.object == visit
             and r.subject in result.entities and result.entities[r.subject].cls == "Meeting"]
    held = [m for m in parts if any(r.subject == m and r.predicate == "heldIn" and r.object in result.entities
                                    and fold(result.entities[r.object].name).endswith(fold(body)) for r in result.relations)]
    return held[0] if len(held) == 1 else None


CEREMONY_SUFFIX = "ceremony-suffix"  # event_name_parts.tsv: what turns a verbal noun into its ceremony ('개소' -> '개소식')
OPENING_REACH = 2  # sentences before a bare ceremony word that may tell what it opens ('… 센터를 개소했다. 개소식에는')


def name_opened(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'가나시는 9일 다라센터를 개소했다. 개소식에는 …': a bare ceremony word (an event word that is a verbal noun and the
    ceremony suffix) is the ceremony of what the sentence of its verbal noun opens, launches or completes: named by
    that object ('다라센터 개소식', also '다라센터 개소'), dated by that sentence when its own gives no day, and
    organized by that sentence's subject. An event the verb's frame named by its agent ('가나시 개소') is the same one."""
    finder = _finder(lexicon)
    suffixes = finder.ceremony_suffixes
    if not suffixes:
        return result
    merged: dict[str, str] = {}
    entities = dict(result.entities)
    relations = list(result.relations)
    for key, event in result.entities.items():
        if event.cls not in OWNED or not event.evidence or event.aliases and any(" " in a for a in event.aliases):
            continue
        word = event.name
        stem = next((word[: -len(s)] for s in suffixes if word.endswith(s) and len(word) - len(s) >= 2), None)
        head = finder.head_of(word)
        if stem is None or head is None or head[0] != word:
            continue
        first = min(event.evidence)
        told = next((found for index in range(first, max(-1, first - OPENING_REACH - 1), -1)
                     for found in [finder.opened_in(result.sentences[index], stem)] if found is not None), None)
        if told is None:
            launched = _launched_before(result, key, first, stem)
            if launched is not None:  # '가나센터가 출범했다. 출범식에는 …': the ceremony of the launch told before
                merged[key] = launched
                prefix = entities[launched].name[: -len(stem)].strip()
                entities[launched] = dataclasses.replace(entities[launched], aliases=[
                    *entities[launched].aliases, *(a for a in (f"{prefix} {word}",) if a not in entities[launched].aliases)])
            continue
        index, phrase, subject = told
        name = f"{phrase} {word}"
        entities[key] = dataclasses.replace(event, name=name, labels_ko=[name],
                                            aliases=[*event.aliases, f"{phrase} {stem}", word],
                                            date=event.date or finder.first_date(result.sentences[index]))
        for other, same in result.entities.items():  # '가나시 개소': the verb's frame named it by its agent
            if other != key and same.cls in OWNED and index in same.evidence and same.name.endswith(f" {stem}"):
                merged[other] = key
        host = next((k for k, e in result.entities.items() if subject and e.cls in OWNERS
                     and fold(subject) in {fold(n) for n in (e.name, *e.aliases)}), None)
        if host is not None and not any(r.subject == host and r.object == key and r.predicate in HOSTING for r in relations):
            relations.append(Relation(host, "organized", key, (index,)))
    if not merged and entities == result.entities and len(relations) == len(result.relations):
        return result
    graph = dataclasses.replace(result, entities=entities, relations=relations)
    return graph.with_nodes_merged(merged, lambda kept, dropped: dataclasses.replace(
        kept, aliases=[*kept.aliases, *(n for n in (dropped.name, *dropped.aliases) if n not in kept.aliases and n != kept.name)]))


def _launched_before(result: ArticleGraph, key: str, first: int, stem: str) -> str | None:
    """The event told last before a bare ceremony word that its verbal noun names ('가나센터 출범' for '출범식'), when
    no sentence tells an object opened by it."""
    told = [(min(e.evidence), k) for k, e in result.entities.items() if k != key and e.cls in OWNED and e.evidence
            and e.name.endswith(f" {stem}") and min(e.evidence) <= first]
    return max(told)[1] if told else None


def merge_joined_names(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'가나센터 개소식을 열었다 … 개소식 및 현판식에는': a name that joins a bare event word to another ('A 및 B') after
    an event named with that word told before is that event named again (one node, the joined name an alias)."""
    finder = _finder(lexicon)
    joiners = finder.joiners
    order = sorted(((min(e.evidence), key) for key, e in result.entities.items() if e.cls in OWNED and e.evidence))
    merged: dict[str, str] = {}
    for n, (first, key) in enumerate(order):
        words = result.entities[key].name.split()
        if len(words) < 3 or words[1] not in joiners or finder.head_of(words[0]) is None or finder.head_of(words[0])[0] != words[0]:
            continue
        earlier = next((other for when, other in reversed(order[:n]) if when < first and other not in merged
                        and any(label.endswith(words[0]) for label in (result.entities[other].name, *result.entities[other].aliases))), None)
        if earlier is not None:
            merged[key] = earlier
    return result.with_nodes_merged(merged, lambda kept, dropped: dataclasses.replace(
        kept, aliases=[*kept.aliases, *(n for n in (dropped.name, *dropped.aliases) if n not in kept.aliases and n != kept.name)],
        evidence=sorted({*kept.evidence, *dropped.evidence})))
