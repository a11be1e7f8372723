"""Mentions: the stretches of each sentence that name organizations, people, groups, places and events."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from bisect import bisect_left
from functools import partial

from ..lexicon import KnownName, Lexicon
from ..types import Mention, Sentence
from .frames import LOCATED, PAST, FrameReader, load_frame_tables
from .groups import GroupFinder
from .people import Introduced, PeopleFinder, is_bare, name_core
from .words import COMITATIVE, HANGUL, NOUNISH, Word, joined_by_wa, longest_suffix, partner_word, token_starts, tokens_after, words_of  # noqa: F401 (shared with events)

AGENT_CLASSES = {"Person", "Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet", "Group"}
ORG_CLASSES = AGENT_CLASSES - {"Person", "Group"}
EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}
QUOTES = {"‘": "’'", "'": "'’", "“": "”\"", '"': '"”', "「": "」", "『": "』", "《": "》", "<": ">", "〈": "〉",
          "`": "`'’", "´": "´'’", "′": "′'’", "″": "″\"”", "＇": "＇", "＂": "＂"}  # odd marks scraped pages quote with (morph.py)
CATEGORY_ITEM = re.compile(r"(?:^|(?<=[\s,]))([가-힣]+)\(([^()\d]{2,30})\)(?=[,\s가-힣]|$)")
EDITION_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")  # '… 2024': the year after an event's name
ENGLISH_AND_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9&.\- ]*)[·ㆍ‧]\s*[가-힣]")  # '(Ganaberg·자동차 부품)'
MIXED_NAME = re.compile(r"^[A-Za-z0-9&]*[가-힣]+$")
MIDDLE_DOTS = {"·", "ㆍ", "‧", "․"}
CITY_KINDS = {"city", "region"}  # the places a hotel's name may hold ('라온호텔 부산 해운대')
WITHIN = "within"  # place_grammar.tsv: '가나공단 내'
COUNTRY = "country"  # the countries.tsv kind
REGION = "region"  # the places.tsv kind of a state, province or prefecture abroad
ASSOCIATION = "Organization"  # the org_suffixes.tsv kind of associations, chambers and institutes ('협회', '상공회의소')
ROOM = "room"  # place_grammar.tsv: the ending of a room named in a building ('도청 가나실')
AREA = "area"  # place_grammar.tsv: a noun glued after a place's name that means its area ('대전지역')
PREMISES = "premises"  # place_grammar.tsv: a body's building or site, named with the body ('가나협회 교육센터')
SITE = "site"  # place_grammar.tsv: the particle of where something happens, and of a body that acts ('가나시에서 열었다')
SUBJECT_MARKS = {"JKS", "JX"}  # the subject's and the topic's particles
CLAUSE_ENDS = {"EC", "EF"}  # the endings that close a clause
HANGUL_RUN = re.compile(r"[가-힣]+")
PLACE_THEN_BODY = re.compile(r"(?<=[가-힣]\()([가-힣]{4,30})(?=\))")  # '광주(광주정보문화산업진흥원)': a body after its place
LEGISLATOR = "legislator"  # the titles.tsv kind of a legislature's members: no head of it
VENUE = "venue"  # the places.tsv kind of a building or site, where things happen by nature
VISIT_FRAMES = {"visit"}
SIGN_FRAMES = {"sign"}  # frames whose comitative partner is a party  # frames (frames.tsv) whose object is a place visited
LATIN_BEFORE = re.compile(r"[A-Za-z0-9&] $")  # a Latin word right before: 'China' in 'HSBC China' is part of a name
OFFICE_KIND = {"official": "GovernmentBody", "legislator": "GovernmentBody", "political": "Organization"}
LIST_MARKS = {"▲", "△", "■", "□", "◆", "◇", "●", "○", "-"}  # marks that open the items of a list
NAMED_BY_ENDING = {"Hospital", "University", "Organization"}  # kinds whose endings are institutions' own (병원, 대학교, 연구소)
FLOOR = re.compile(r"(?:지하\s?)?\d+(?:층|동)")  # '3층', '6동': a floor or a numbered building inside a venue's name
MARK = re.compile(r"\(\w\)")  # '(주)', '(재)': a kind mark written as one letter in parentheses
MARKED_NAME = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9&]+")  # the letters glued before a kind mark ('한별솔루션(주)')
COLLECTIVE_REACH = 6  # '가나 등 유럽 2개국 3개 도시를': the words from a list's last place to the noun of its places
LIST_GAPS = {","}  # what stands between two people's items of a list ('A와 B' as often joins two sides)
MAX_BODY_WORDS = 4  # how many words a person's title may stand after the name (the body's between)
MAX_JOINER_GAP = 4  # ' 및 ', '와 ': how far the next item of a list may start after a place
LIST_JOINS = {"SP", "JC"}  # the tags of the comma and the particle that join the names of a list ('가나시, 다라시와 마라시를')
LISTED = LIST_JOINS | {"NNP", "NNG", "SL", "SH", "SN"}  # the tags a list of names is made of
ADVERBIAL = {"MAG", "NNG"}  # '모두', '순서대로': a word between a visit's object and its verb
MAX_SHORT_NAME = 4  # a Hangul short name in parentheses is this long at most ('암참', '무협')
ENGLISH_IN_PARENTHESES = re.compile(r"([^\s(),]+(?: [^\s(),]+){0,2})\(([A-Za-z][A-Za-z0-9&.\- ]{1,40})\)")  # '헤론 스트리트(Heron Street)'
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3}$")


class MentionFinder:
    """Finds mentions sentence by sentence; one instance per lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.known = lexicon.name_index()
        self.known_names = NameIndex(name for name in self.known if len(name) >= 2)
        self.loose_known = lexicon.name_index(loose=True)  # names that are common words too: read only where a name must be
        self.org_entries = {id(entry) for entry in lexicon.organizations}
        self.places_by_id = {entry.id: entry for entry in lexicon.places}
        self.suffix_length = max(map(len, lexicon.org_suffixes), default=0)
        # '한빛 병원', '한빛 연구소', '한빛 대학교' (a bare 대학 after a word is as often a program's, '가나 대학 사업')
        self.institution_endings = {s for s, kind in lexicon.org_suffixes.items()
                                    if kind in NAMED_BY_ENDING and len(s) >= 2 and (kind != "University" or len(s) >= 3)}
        self.event_length = max(map(len, lexicon.event_words), default=0)
        self.place_length = max(map(len, lexicon.place_suffixes), default=0)
        self.org_ends = frozenset(suffix[-1:] for suffix in lexicon.org_suffixes)  # a word ends in an ending's last letter or has none
        self.place_ends = frozenset(suffix[-1:] for suffix in lexicon.place_suffixes)
        self.people = PeopleFinder(lexicon, self.known)
        self.groups = GroupFinder(lexicon, self._common)
        frames = load_frame_tables(lexicon)
        self.visits = {p for p, predicate in frames.predicates.items() if predicate.frame in VISIT_FRAMES}
        self.signs = {p for p, predicate in frames.predicates.items() if predicate.frame in SIGN_FRAMES}
        self.status = FrameReader(frames)
        self.owned = frames.premises | frames.staff  # 본사, 관계자: a body's own
        self.offices = tuple(sorted(frames.offices, key=len, reverse=True))  # 실: a post's office, '장관실'
        self.orgs_by_id = {entry.id: entry for entry in lexicon.organizations}
        self.kind_nouns_glued = {n: kind for n, kind in lexicon.kind_nouns.items() if len(n) >= 2 and HANGUL.fullmatch(n) and kind != "Group"}
        self.kind_noun_length = max(map(len, self.kind_nouns_glued), default=0)
        self.kind_noun_ends = frozenset(n[-1] for n in self.kind_nouns_glued)
        self.kind_nouns_longest_first = sorted(lexicon.kind_nouns, key=len, reverse=True)
        self.marks = sorted((n for n in lexicon.kind_nouns if not any(ch.isalnum() for ch in n) or MARK.fullmatch(n)), key=len, reverse=True)
        # '주)가나테크': a mark in parentheses that lost its opening one, read only where it opens a word
        self.unopened_marks = tuple(m[1:] for m in self.marks if MARK.fullmatch(m))
        self.mark_pattern = re.compile("|".join(map(re.escape, self.marks)) or "(?!)")
        self.branch_endings = lexicon.stopwords.get("branch-ending", set())  # '무역관', '지점': an office named by its place
        self.branch_ends = frozenset(e[-1:] for e in self.branch_endings)
        self.branch_length = max(map(len, self.branch_endings), default=0)
        self.within = frames.place_words.get(WITHIN, frozenset())
        self.within_ends = frozenset(w[-1:] for w in self.within)
        self.head_only = lexicon.stopwords.get("head-only-ending", set())
        self.place_led = lexicon.stopwords.get("place-led-ending", set())
        self.local_governments = lexicon.stopwords.get("local-government", set())  # '인민위원회' after a foreign place
        self.joiners = frames.joiners  # conjunctions.tsv: '및', '와'
        self.legal_forms = tuple(lexicon.stopwords.get("legal-form", ()))  # '영농조합법인': the name before it is one
        self.secretariats = tuple(lexicon.stopwords.get("secretariat", ()))  # '가나기구 사무국'
        self.own_units = tuple(lexicon.stopwords.get("own-unit", ()))  # '가나대학교 산학협력단'
        self.desks = tuple(lexicon.stopwords.get("desk-ending", ()))  # '영남취재본부': an outlet's bureau, no body
        self.residents = tuple(lexicon.stopwords.get("residents", ()))  # '군민': a place's people, not its government
        self.photo_positions = tuple(lexicon.stopwords.get("photo-position", ()))  # '(왼쪽 세 번째)' in a caption
        self.communities = tuple(lexicon.stopwords.get("community", ()))  # '한인': its associations' chapters are named by place
        self.post_prefixes = tuple(lexicon.stopwords.get("post-abroad", ()))
        self.post_initials = frozenset(p[:1] for p in self.post_prefixes)
        self.host_shorts = lexicon.stopwords.get("host-short", set())
        self.posts = {**{office: office for office in lexicon.title_offices.values()}, **lexicon.title_offices}
        self.post_length = max(map(len, self.posts), default=0)
        self.sites = frames.place_words.get(SITE, frozenset())
        self.unit_heads = lexicon.stopwords.get("unit-head", set())  # '처장', '본부장': heads of a body's units
        self.unit_head_length = max(map(len, self.unit_heads), default=0)
        # '대학교|대', '상공회의소|상의': each ending with the others of its row
        self.same_endings = {ending: tuple(o for o in row.split("|") if o != ending)
                             for row in lexicon.stopwords.get("same-ending", ()) for ending in row.split("|")}
        self.school_hospitals = tuple(lexicon.stopwords.get("school-hospital", ()))  # '대|병원': '가나대다라병원'
        self.school_hospital_breaks = ("학",)  # '가나대학병원': the school's ending goes on
        self.same_endings_longest_first = tuple(sorted(self.same_endings, key=len, reverse=True))
        self.same_ending_ends = frozenset(e[-1:] for e in self.same_endings)
        self.sides = lexicon.stopwords.get("side", set())  # '가나시 측에서': the side a list of people speaks for
        self.place_collectives = tuple(lexicon.stopwords.get("place-collective", ()))  # '3개 도시', '2개국': a list's places
        self.areas = frames.place_words.get(AREA, frozenset())  # '대전지역': the place's area
        self.located = frames.place_words.get(LOCATED, frozenset())  # '가나군에 위치한': where a body lies
        self.venue_particles = frames.place_words.get("venue-particle", frozenset())
        self.rooms = frames.place_words.get(ROOM, frozenset())  # '도청 가나실': a room's ending after a building word
        self.room_length = max(map(len, self.rooms), default=0)
        self.premises = frames.place_words.get(PREMISES, frozenset())  # '가나협회 교육센터': a body's premises
        self.premises_length = max(map(len, self.premises), default=0)
        self.premises_ends = frozenset(p[-1:] for p in self.premises)
        from .programs import load_program_tables  # programs reads the mentions' classes: imported here, not at the top

        program_tables = load_program_tables(lexicon)
        self.program_heads, self.program_length = program_tables.heads, program_tables.longest
        from .relations import city_countries

        self.city_country = {city.split("/", 1)[1]: country.split("/", 1)[1] for city, country in city_countries(lexicon).items()}

    def find(self, sentence: Sentence, introduced: Introduced | None = None) -> list[Mention]:
        """The mentions of one sentence; `introduced` carries the full names read earlier in its article."""
        words = words_of(sentence)
        mentions: list[Mention] = []
        self._known(sentence, mentions)
        self._posts_abroad(sentence, words, mentions)
        self._places_within(sentence, words, mentions)
        self._foreign_bodies(sentence, words, mentions)
        self._marked(sentence, words, mentions)
        new_org = self._org_maker(sentence, mentions)
        titled = self.people.find_foreign(sentence, words, mentions, new_org)
        self._categorized(sentence, words, mentions)
        self._parenthesized(sentence, words, mentions)
        self._foreign_bodies(sentence, words, mentions, known=False)
        self._place_governments(sentence, words, mentions)
        self._appositives(sentence, words, mentions)
        self._suffixed(sentence, words, mentions)
        self._described(sentence, words, mentions)
        self._listed_after(sentence, words, mentions)
        self._coordinated(sentence, words, mentions)
        self._owners(sentence, words, mentions)
        self._branches(sentence, words, mentions)
        self._venues(sentence, words, mentions)
        self._secretariats(sentence, words, mentions)
        self._offices(sentence, words, mentions)
        self._named_by_alias(sentence, words, mentions)
        self._listed_on_exchange(sentence, mentions)
        self._abbreviated(sentence, mentions)
        self._bodies_at_places(sentence, mentions)
        self._meeting_partners(sentence, words, mentions)
        self.people.find(sentence, words, mentions, titled, new_org, partial(self._org_just_before, sentence, words, mentions=mentions),
                         introduced)
        self._bracketed_people(sentence, mentions)
        self._bodies_after_posts(sentence, words, mentions)
        self._listed_people(sentence, words, mentions)
        self._units_in_lists(sentence, words, mentions)
        self._acting_places(sentence, mentions)
        self._territories(sentence, mentions)
        self._leading_places(sentence, mentions)
        self._countries_of_bodies(sentence, mentions)
        self._groups(sentence, words, mentions)
        self._short_and_long_names(mentions)
        speech = speech_spans(sentence)
        mentions = [m for m in mentions if m.cls != "Group" or not any(s <= m.start < e for s, e in speech)]
        return sorted(mentions, key=lambda m: (m.start, -m.end))

    def _short_and_long_names(self, mentions: list[Mention]) -> None:
        """'가나대학교' is also '가나대', '가나상공회의소' '가나상의' (stopwords.tsv same-ending: endings one body is named by
        either way): an unknown body's other name, so that both forms in an article are one entity. (The aliases are set
        in place: the people found point at these mentions as their bodies.)"""
        for mention in mentions:
            if mention.lexicon_id or mention.cls not in ORG_CLASSES or mention.name[-1:] not in self.same_ending_ends:
                continue
            ending = next((e for e in self.same_endings_longest_first if mention.name.endswith(e)), None)
            stem = mention.name[: len(mention.name) - len(ending)] if ending else ""
            if len(stem) < 2 or not HANGUL.fullmatch(stem):
                continue
            others = tuple(stem + other for other in self.same_endings[ending] if stem + other not in mention.aliases)
            mention.aliases = (*mention.aliases, *others)
        for mention in mentions:
            own = self._school_hospital(mention.name) if not mention.lexicon_id and mention.cls == "Hospital" else None
            if own and own not in mention.aliases:
                mention.aliases = (*mention.aliases, own)

    def _school_hospital(self, name: str) -> str | None:
        """'가나대다라병원': a university's short name glued before its hospital's own name (stopwords.tsv
        school-hospital), which the article also uses alone ('다라병원')."""
        for row in self.school_hospitals:
            school, _, hospital = row.partition("|")
            cut = name.rfind(school, 0, len(name) - len(hospital))
            own = name[cut + len(school):]
            if name.endswith(hospital) and cut >= 1 and len(own) > len(hospital) + 1 and HANGUL.fullmatch(own) \
                    and not own.startswith(self.school_hospital_breaks):
                return own
        return None

    # --- known names -------------------------------------------------------
    def _known(self, sentence: Sentence, mentions: list[Mention]) -> None:
        fits = lambda b, f: self._boundary(sentence, sentence.start + b, sentence.start + f) \
            or self._head_glued(sentence, b, f) or self._area_glued(sentence, b, f)  # noqa: E731
        for begin, finish, name in self.known_names.finditer(sentence.text, fits):
            start, end = sentence.start + begin, sentence.start + finish
            entry = self.known[name]
            cls = entry.kind if id(entry) in self.org_entries else "Place"
            self._add(mentions, self._from_entry(sentence, name, start, end, entry, cls))

    def _head_glued(self, sentence: Sentence, begin: int, finish: int) -> bool:
        """'대전·세종 중기청장': a known body's name with its head's title glued after it (the title may share the name's
        last letters: 청 + 장 is 청장) stands for the body, as the name alone does; a member's title ('국회 의원') and a
        title Kiwi reads as one word with the name do not."""
        text = sentence.text
        entry = self.known.get(text[begin:finish])
        if entry is None or not entry.heads or id(entry) not in self.org_entries:
            return False
        if not any(t.end == sentence.start + finish for t in sentence.tokens):
            return False
        rest = HANGUL_RUN.match(text, finish)
        return self._head_after(entry, text[begin:finish], rest.group() if rest else "")

    def _area_glued(self, sentence: Sentence, begin: int, finish: int) -> bool:
        """'대전지역 기업', '경북지역에서': a known place's name with the noun for its area glued after it
        (place_grammar.tsv area) is the place; the area noun ends the word or takes a particle."""
        entry = self.known.get(sentence.text[begin:finish])
        if entry is None or id(entry) in self.org_entries:
            return False
        tokens = sentence.tokens
        at = bisect_left(token_starts(sentence), sentence.start + finish)
        area = tokens[at] if at < len(tokens) else None
        if area is None or area.start != sentence.start + finish or area.form not in self.areas:
            return False
        glued = tokens[at + 1] if at + 1 < len(tokens) else None
        return glued is None or glued.start > area.end or not glued.tag.startswith("NN")

    def _head_after(self, entry: KnownName, name: str, rest: str) -> bool:
        """The letters after a known body's name open its head's title, past the letters the two share ('청' + '장')."""
        return any(name.endswith(head[:k]) and rest.startswith(head[k:]) for head in entry.heads for k in range(len(head))
                   if self.lexicon.title_kinds.get(head) != LEGISLATOR)

    def _from_entry(self, sentence: Sentence, text: str, start: int, end: int, entry: KnownName, cls: str) -> Mention:
        name = entry.ko or entry.en
        aliases = tuple(a for a in (text, *entry.aliases) if a != name and a != entry.en)
        return Mention(text, start, end, sentence.index, cls, name, entry.en or None, aliases, entry.id)

    def _boundary(self, sentence: Sentence, start: int, end: int) -> bool:
        """A known name stands on its own: not inside a longer word, not cut through a morpheme ('미래부터' is
        미래 + 부터, not 미래부 + 터), and not followed by a glued noun that continues it."""
        text, offset = sentence.text, sentence.start
        before = text[start - offset - 1] if start > offset else " "
        latin = text[start - offset : start - offset + 1].isascii()
        if (before.isalnum() and before not in MIDDLE_DOTS) or (latin and before == " " and LATIN_BEFORE.search(text, 0, start - offset)):
            return False
        if end - offset < len(text) and text[end - offset].isascii() and text[end - offset].isalnum():
            return False
        tokens = sentence.tokens
        at = bisect_left(token_starts(sentence), end)
        inside = tokens[at - 1] if at > 0 and tokens[at - 1].start < end < tokens[at - 1].end else None
        if inside is not None:
            return False
        nxt = tokens[at] if at < len(tokens) else None
        if nxt is not None and nxt.start == end and nxt.tag in {"NNG", "NNP", "SL", "SN", "NR", "XPN"}:
            return False
        return True

    # --- posts abroad -------------------------------------------------------
    def _posts_abroad(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'주가나 대한민국 대사관', '주한 가나대사관': a country's post in a host country (주 and the host's name) is a
        government body; '홍길동 주가나 대사', '주한 가나 대사': a diplomat's title after it names the post he heads
        (the embassy), not part of his name nor a company."""
        if not self.post_prefixes:
            return
        for i, word in enumerate(words):
            core = word.core(sentence)
            if core[:1] not in self.post_initials:
                continue
            opening = word
            if core in self.post_prefixes and word.text == core and i + 1 < len(words):
                i, word = i + 1, words[i + 1]  # '주 가나 대사관', '주 가나한국대표부': the prefix written apart
                core = word.core(sentence)
                prefix = ""
            else:
                prefix = next((p for p in self.post_prefixes if core.startswith(p) and len(core) > len(p)), None)
            if prefix is None or not word.tokens or word.tokens[0].tag not in NOUNISH:
                continue
            host = self._host(core[len(prefix):])
            if host is None:
                continue
            rest = core[len(prefix) + len(host):]
            parsed, end = (self._post_tail(rest), word.core_end) if rest else (None, word.core_end)
            k = i + 1
            while not rest and parsed is None and k < min(i + 3, len(words)) and words[k - 1].bare:
                following = words[k].core(sentence)  # the sender and the post in the next words: '주가나 대한민국 대사'
                parsed, end = self._post_tail(following), words[k].core_end
                if parsed is None and not self._sender(following):
                    break
                k += 1
            if parsed is None:
                continue
            post = parsed[1]
            title = post if post in self.lexicon.title_offices else None
            if title is not None and opening is not word:
                continue  # '홍길동 주 가나 대사': the title apart is the people's to read
            span_end = end if title is None else end - len(post)
            while sentence.text[span_end - 1 - sentence.start] == " ":
                span_end -= 1
            text = sentence.text[opening.start - sentence.start : span_end - sentence.start]
            name = text if title is None else f"{text} {self.lexicon.title_offices[post]}"
            for m in [m for m in mentions if m.start < span_end and opening.start < m.end]:
                mentions.remove(m)
            glued = (name.replace(" ", "", 1),) if opening is not word else ()  # '주가나 대사관' for '주 가나 대사관'
            mentions.append(Mention(text, opening.start, span_end, sentence.index, "GovernmentBody", name, None, glued, title=title))

    def _host(self, text: str) -> str | None:
        """The host country or city that opens text ('베트남대사관': 베트남), or its one-syllable short name ('한')."""
        for length in range(len(text), 0, -1):
            head = text[:length]
            entry = self.known.get(head) or self.loose_known.get(head)
            if entry is not None and id(entry) not in self.org_entries:
                return head
        return text[:1] if text[:1] in self.host_shorts else None

    def _sender(self, text: str) -> bool:
        entry = self.known.get(text)
        return entry is not None and id(entry) not in self.org_entries and entry.kind == COUNTRY

    def _post_tail(self, text: str) -> tuple[str, str] | None:
        """What follows the host: a post ('대사관', '대사') after an optional sending country ('가나대사관')."""
        post = longest_suffix(text, self.posts, self.post_length)
        if post is None:
            return None
        sender = text[: len(text) - len(post)]
        return (sender, post) if not sender or self._sender(sender) else None

    # --- unknown organizations --------------------------------------------
    def _parenthesized(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'헤론 스트리트(Heron Street)': a Korean name with its English one."""
        if "(" not in sentence.text:
            return  # most sentences hold no parenthesis: the search below is a slow one
        for match in ENGLISH_IN_PARENTHESES.finditer(sentence.text):
            english = match.group(2).strip()
            end = sentence.start + match.start(2) - 1
            known = next((m for m in mentions if m.lexicon_id and m.start == end + 1 and m.text == english), None)
            if known is not None:
                self._korean_alias(sentence, words, end, known)
                continue
            name_words = self._name_words_before(sentence, words, end)
            if len(name_words) > 1:
                # '홍길동 가나협회(KGA) 회장': the head's name before the body's is no part of it
                last = words.index(name_words[-1])
                first = last - len(name_words) + 1
                head = next((k for k in range(last - 1, first - 1, -1) if self._person_before_post(sentence, words, k, last)), None)
                name_words = name_words if head is None else name_words[head - first + 1 :]
            if not name_words:
                continue
            start = name_words[0].start
            name = sentence.text[start - sentence.start : end - sentence.start]
            if self._covered(mentions, start, end) or not HANGUL.match(name.replace(" ", "")):
                continue
            if not self._proper_name(name, [t for w in name_words for t in w.tokens if t.end <= end]):
                continue
            cls = self._kind_before(sentence, words, name_words[0]) or self._kind_by_suffix(name) or self._listed_kind(sentence, mentions, start) or "Organization"
            mentions.append(Mention(name, start, end, sentence.index, cls, name, english, ()))

    def _marked(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'㈜가나인더스트리', '다라닉스㈜': a kind mark written in symbols, glued to a name, names its kind."""
        marked = self.mark_pattern.search(sentence.text) is not None
        for i, word in enumerate(words):
            mark = next((m for m in self.marks if m in word.text), None) if marked else None
            if mark is None:
                if not word.text.startswith(self.unopened_marks):
                    continue
                mark = next((m for m in self.unopened_marks if word.text.startswith(m) and len(word.text) > len(m)), None)
                if mark is None:
                    continue
            at = word.start + word.text.index(mark)
            opens = at == word.start or sentence.text[at - 1 - sentence.start] in OPENINGS  # '대표((주)가나교육)의'
            if opens:
                tokens = [t for t in word.tokens if t.start >= at + len(mark)]
                start = tokens[0].start if tokens else at
            else:
                start = word.start
                glued = MARKED_NAME.fullmatch(word.text[: at - word.start]) is not None
                # '한별솔루션(주)' read as 한 + 별 + 솔루션: all the letters glued before a mark are its name
                tokens = [] if glued else [t for t in word.tokens if t.end <= at]
            end = at if not opens and not tokens else start
            for k, token in enumerate(tokens):
                joined = token.form == "&" and 0 < k < len(tokens) - 1 and tokens[k + 1].tag == "SL"  # 'F&B', 'P&G'
                if (token.tag not in NOUNISH and not joined) or token.start > end and end > start:
                    break
                end = token.end
            if opens and tokens and tokens[0].tag not in NOUNISH:
                # '(주)가나바이오와' read as 가+나+바이오: the name after a mark runs to the word's last particle,
                # or to a parenthesis that opens what is said of it ('(사)한가나협회(회장 …)')
                opening = next((t.start for t in tokens if t.tag == "SSO"), None)
                end = opening if opening is not None else tokens[-1].start if tokens[-1].tag.startswith("J") and len(tokens) > 1 else word.end
            apart = self._named_apart_from_mark(sentence, words, i, at, mark) if at == word.start else None
            if apart is not None:
                start, end = apart
            name = sentence.text[start - sentence.start : end - sentence.start]
            if not opens:
                self._mark_known(sentence, mentions, at, mark)
            if len(name) < 2 or self._covered(mentions, start, end) or self._common(name):
                continue
            marked = sentence.text[min(start, at) - sentence.start : max(end, at + len(mark)) - sentence.start]
            kind = self.lexicon.kind_nouns.get(mark) or self.lexicon.kind_nouns["(" + mark]
            mentions.append(Mention(marked, min(start, at), max(end, at + len(mark)), sentence.index, kind, name, aliases=(marked,)))

    def _named_apart_from_mark(self, sentence: Sentence, words: list[Word], i: int, at: int, mark: str) -> tuple[int, int] | None:
        """'(주) 가나테크는', '가나테크 (주)는': a mark written as a word of its own, with nothing after it but a particle,
        marks the name written next to it: the word after it when it opens the word, else the word before it."""
        word = words[i]
        if any(t.tag in NOUNISH for t in word.tokens if t.start >= at + len(mark)):
            return None
        if word.end == at + len(mark) and i + 1 < len(words) and MARKED_NAME.match(words[i + 1].core(sentence)):
            return words[i + 1].start, words[i + 1].core_end
        before = words[i - 1] if i > 0 else None
        if before is not None and before.bare and before.end == word.start - 1 and MARKED_NAME.fullmatch(before.core(sentence)):
            return before.start, before.core_end
        return None

    def _mark_known(self, sentence: Sentence, mentions: list[Mention], at: int, mark: str) -> None:
        """'삼성전자㈜와': a known firm's name with a kind mark glued after it takes the mark in, so that the particle
        after the mark is the name's (Kiwi reads '㈜와' as a symbol and an interjection)."""
        known = next((m for m in mentions if m.end == at and m.lexicon_id and m.cls in ORG_CLASSES), None)
        if known is None:
            return
        known.end = at + len(mark)
        known.text = sentence.text[known.start - sentence.start : known.end - sentence.start]
        known.aliases = (*known.aliases, known.text)

    def _categorized(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'유통(가나마트), 통신(다라텔레콤), 항공(누리항공)': proper names listed each after its field in
        parentheses are organizations, of the kind the sentence names ('9개 기업'), else companies."""
        items = [item for item in CATEGORY_ITEM.finditer(sentence.text) if len(item.group(1)) >= 2
                 and not any(word in item.group(2) for word in self.photo_positions)
                 and (not self._covered(mentions, sentence.start + item.start(1), sentence.start + item.end(1))
                      or self._titled_body(sentence, mentions, sentence.start + item.start(1), sentence.start + item.end(1)))]
        if len(items) < 2:
            return  # '가나 다(Ga Na Da) 라마성(Ra Ma)': names with their spelling are no fields with their firms
        kind = next((self.lexicon.kind_nouns[w.core(sentence)] for w in words if self.lexicon.kind_nouns.get(w.core(sentence)) in ORG_CLASSES), "Company")
        for item in items:
            english = ENGLISH_AND_FIELD.match(item.group(2))
            if english is not None:
                # '가나베르크(Ganaberg·자동차 부품소재)': a name with its English one and its field
                start, end = sentence.start + item.start(1), sentence.start + item.end(1)
                if not self._covered(mentions, start, end) and not self._common(item.group(1)):
                    mentions.append(Mention(item.group(1), start, end, sentence.index, kind, item.group(1), english.group(1).strip()))
                continue
            start, end = sentence.start + item.start(2), sentence.start + item.end(2)
            name = item.group(2).strip()
            field_start = sentence.start + item.start(1)
            if self._post_and_holder(sentence, item.group(1), field_start, name, start, mentions):
                continue
            if self._covered(mentions, field_start, field_start + len(item.group(1))) or any(self.people.title_word(w) for w in name.split()):
                continue
            tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            if self._covered(mentions, start, end) or not any(t.tag in {"NNP", "SL"} for t in tokens) or self._common(name):
                continue
            mentions.append(Mention(name, start, end, sentence.index, kind, name))

    def _post_and_holder(self, sentence: Sentence, post: str, post_start: int, name: str, start: int, mentions: list[Mention]) -> bool:
        """'가나부장관(홍길동), 다라청장(김철수)': a post glued to its body, then its holder's name in parentheses."""
        title = self.people.title_word(post)
        if title is None or not self.people.korean_name(name, check_tag=False) or self._covered(mentions, start, start + len(name)):
            return False
        body = self._titled_body(sentence, mentions, post_start, post_start + len(post))
        if body is None and title.entry is not None and title.body is not None \
                and not self._covered(mentions, post_start, post_start + len(title.body)):
            entry = title.entry
            body = Mention(title.body, post_start, post_start + len(title.body), sentence.index, entry.kind, entry.ko or entry.en,
                           entry.en or None, tuple(a for a in (title.body,) if a != entry.ko), entry.id)
            mentions.append(body)
        mentions.append(Mention(name, start, start + len(name), sentence.index, "Person", name, title=title.title, affiliation=body))
        return True

    def _proper_name(self, name: str, tokens) -> bool:
        """A name, not a common noun with its abbreviation ('양해각서(MOU)', '인공지능(AI)')."""
        if longest_suffix(name, self.lexicon.event_words, self.event_length) is not None:
            return False
        return any(t.tag == "NNP" for t in tokens) or self._kind_by_suffix(name) is not None

    def _korean_alias(self, sentence: Sentence, words: list[Word], end: int, known: Mention) -> None:
        """'누리 종합병원(NGH)': a known English name in parentheses makes the Korean before it an alias."""
        run: list[Word] = []
        for word in reversed([w for w in words if w.start < end]):
            core = word.core(sentence) if word.end > end else word.text
            if len(run) == 2 or not HANGUL.match(core) or (run and not word.bare) or core in self.lexicon.kind_nouns:
                break
            run.insert(0, word)
        if len(run) == 2 and self.known.get(sentence.text[run[1].start - sentence.start : end - sentence.start]) is not None:
            run = run[1:]  # '마리아 로페스 국제노동기구(ILO)': the word before a name the lexicon knows is no part of it
        if run:
            korean = sentence.text[run[0].start - sentence.start : end - sentence.start]
            other = self.known.get(korean)
            if other is not None and other.id != known.lexicon_id:
                return  # '외교부(KOICA)': a body the lexicon knows by that name is not another's alias
            known.aliases = (*known.aliases, korean)
            known.start = run[0].start
            if sentence.text[known.end - sentence.start : known.end - sentence.start + 1] == ")":
                known.end += 1

    def _listed_kind(self, sentence: Sentence, mentions: list[Mention], start: int) -> str | None:
        """'VC인 헤론 스트리트(Heron Street), 다라캐피탈(Dara Capital)': the kind carries along a list."""
        for mention in mentions:
            gap = sentence.text[mention.end - sentence.start : start - sentence.start]
            if mention.end <= start and mention.lexicon_id is None and mention.cls in ORG_CLASSES and re.fullmatch(r"(\([^()]*\))?,\s*", gap):
                return mention.cls
        return None

    def _appositives(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'VC인 헤론 스트리트', '바이오제약사인 가나파마': the kind noun names the kind."""
        for i, word in enumerate(words[:-1]):
            if len(word.tokens) < 3 or word.tokens[-1].tag != "ETM":
                continue  # no copula's relative form ends the word: no kind noun before it (_appositive_kind)
            kind = self._appositive_kind(sentence, words, i)
            if kind is None or kind == "Group":
                continue
            name_words = []
            for nxt in words[i + 1 : i + 4]:
                name_words.append(nxt)
                if not nxt.bare:
                    break
            if not name_words:
                continue
            start, end = name_words[0].start, name_words[-1].core_end
            name = sentence.text[start - sentence.start : end - sentence.start]
            if name in self.lexicon.titles or not name:
                continue
            existing = self._covering(mentions, start, end)
            if existing is not None:
                if existing.lexicon_id is None:
                    existing.cls = kind
                continue
            if len(name_words) > 1 and not LATIN_NAME.match(name):
                name_words = name_words[:1]
                end = name_words[0].core_end
                name = sentence.text[start - sentence.start : end - sentence.start]
            if not any(t.tag in {"NNP", "SL", "SH"} for w in name_words for t in w.tokens):
                continue
            mentions.append(Mention(name, start, end, sentence.index, kind, name))

    def _described(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'벤처캐피탈 알토스벤처스는', '바이오 기업 지놈앤컴퍼니는', '바이오기업 누리젠은': a kind noun, alone or
        ending a word, right before a proper noun; '안산 소재 다온테크는': after a word that says where a body lies, a
        word ending like a body is one, of its ending's kind, though the dictionary does not know it as a name; '제작
        업체 ‘모던텍’은': a word in quotes after a kind noun is a name whatever the dictionary reads in it."""
        name_ends = self.lexicon.stopwords.get("name-end", set())
        for i, word in enumerate(words[:-1]):
            if not word.bare:
                continue
            described = word.core(sentence)
            kind = self.lexicon.kind_nouns.get(described) or self._kind_ending(described)
            if kind is None and described not in self.located:
                continue
            nxt = words[i + 1]
            start, end = nxt.quoted_core
            quoted = start > nxt.start
            core = sentence.text[start - sentence.start : end - sentence.start]
            if described in self.located and kind is None:
                kind = self._kind_by_suffix(core)
            elif kind is None or kind == "Group" or not (quoted or any(t.tag == "NNP" for t in nxt.tokens[:1])):
                continue
            if kind is None or kind == "Group":
                continue
            after = [t for t in nxt.tokens if t.start >= end]
            if quoted and after and after[0].tag == "SSC":
                after = after[1:]
            if not after or after[0].form not in name_ends:
                continue
            if not HANGUL.match(core) or len(core) < 2 or self._common(core) or self._covered(mentions, start, end):
                continue
            if any(s <= nxt.start < e for s, e in speech_spans(sentence)):
                continue
            mentions.append(Mention(core, start, end, sentence.index, kind, core))

    def _kind_ending(self, word: str) -> str | None:
        """'바이오기업', '핀테크업체': a kind noun of two syllables or more glued after a field names the kind."""
        if len(word) < 3 or word[-1] not in self.kind_noun_ends:
            return None
        ending = longest_suffix(word, self.kind_nouns_glued, self.kind_noun_length)
        return self.kind_nouns_glued[ending] if ending is not None and len(word) > len(ending) else None

    def _listed_after(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'기업 한빛그룹, HSBC China, 누리 차이나 대표와': proper names listed after an organization, each closed
        by a comma, by a title or by the list's end, are organizations of its kind."""
        by_end = {m.end: m for m in mentions if m.cls in ORG_CLASSES}
        fields = self.lexicon.stopwords.get("field", set())
        ends = self.lexicon.stopwords.get("list-end", set())
        for i, word in enumerate(words):
            head = by_end.get(word.core_end)
            if head is None or not word.text.endswith(","):
                continue
            k = i + 1
            for _ in range(3):
                run: list[Word] = []
                while k < len(words) and len(run) < 3:
                    if run and words[k].core(sentence) in ends:
                        break  # 'A, B 등 10개 기업': the list closes before 등
                    run.append(words[k])
                    k += 1
                    if run[-1].bare and run[-1].core(sentence) in fields:
                        run = []  # '…, 물류 분야 가나스퀘어': the field before a name is no part of it
                        continue
                    if not run[-1].bare or run[-1].text.endswith(","):
                        break
                    if k < len(words) and (self.people.title_word(words[k].core(sentence)) or words[k].core(sentence) in self.lexicon.kind_nouns):
                        break
                if not run:
                    break
                start, end = run[0].start, run[-1].core_end
                name = sentence.text[start - sentence.start : end - sentence.start]
                tokens = [t for w in run for t in w.tokens if t.end <= end]
                proper = any(t.tag in {"NNP", "SL"} for t in tokens)
                if len(name) < 2 or not proper or self._common(name) or self.people.title_word(run[-1].core(sentence)) \
                        or self.people.title_word(run[0].core(sentence)):
                    break  # '(가나재단, 이사장 홍길동)': a title and its holder after a body are no body
                if self._covered(mentions, start, end):
                    break
                mentions.append(Mention(name, start, end, sentence.index, self._kind_by_suffix(name) or head.cls, name))
                if not run[-1].text.endswith(","):
                    break

    def _coordinated(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'마바네트워크와 다라인베스트먼트가', '가나인베스트먼트 마바네트워크 다라인베스트먼트 등은': a proper noun joined by
        와/과 or a comma to an organization that is the subject, or standing between two in a list, is an organization
        of its kind."""
        starts = {m.start: m for m in mentions if m.cls in ORG_CLASSES}
        ends = {m.end: m for m in mentions if m.cls in ORG_CLASSES}
        if not starts:
            return  # no organization to join a name to
        for i, word in enumerate(words):
            nxt = starts.get(words[i + 1].start) if i + 1 < len(words) else None
            if nxt is None:
                continue  # no organization right after it: nothing to join it to (looked at first: the checks below cost more)
            core = word.core(sentence)
            if len(core) < 2 or not MIXED_NAME.match(core) or not any(t.tag in {"NNP", "SL"} and t.end <= word.core_end for t in word.tokens):
                continue
            prev = ends.get(words[i - 1].core_end) if i > 0 else None
            joined = word.text.endswith(",") or word.form_after_core() in COMITATIVE
            listed = prev is not None and words[i - 1].bare and word.bare
            if not joined and not listed:
                continue
            if self._covered(mentions, word.start, word.core_end) or self._common(core) or self.people.korean_name(core):
                continue
            subject = self._subject_after(sentence, nxt)
            partner = nxt if (joined and subject) or listed else None
            if partner is None:
                continue
            kind = self._kind_by_suffix(core) or (partner.cls if partner.cls != "GovernmentBody" else "Organization")
            mentions.append(Mention(core, word.start, word.core_end, sentence.index, kind, core))

    def _owners(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'누리시 가나바이오 본사에서', '다라랩스 관계자는': a proper noun right before a body's premises or people is
        the body."""
        for i, word in enumerate(words[:-1]):
            if not word.bare or words[i + 1].core(sentence) not in self.owned:
                continue
            core = word.core(sentence)
            if len(core) < 2 or not (MIXED_NAME.match(core) or LATIN_NAME.match(core)):
                continue
            tokens = [t for t in word.tokens if t.end <= word.core_end]
            if not any(t.tag in {"NNP", "SL"} for t in tokens) or self._common(core) or self.people.korean_name(core):
                continue
            kind = self._kind_by_suffix(core) or "Organization"
            place = next((m for m in mentions if m.cls == "Place" and not m.lexicon_id and (m.start, m.end) == (word.start, word.core_end)), None)
            if place is not None:
                place.cls = kind  # '누리시 가나바이오 본사': what has a head office is a body, not a place within 누리시
                continue
            if any(m.start < word.core_end and word.start < m.end and not (m.cls == "Place" and m.end > word.end) for m in mentions):
                continue  # named already; a venue around it leaves its owner to be named
            mentions.append(Mention(core, word.start, word.core_end, sentence.index, kind, core))

    @staticmethod
    def _subject_after(sentence: Sentence, mention: Mention) -> bool:
        """The organization is the clause's subject or topic ('… 다라인베스트먼트가'): those joined to it act with it."""
        token = next(tokens_after(sentence.tokens, mention.end), None)
        return token is not None and token.start == mention.end and token.tag in {"JKS", "JX"}

    def _kind_ending(self, core: str) -> str | None:
        """The kind the noun names by its ending ('유통기업': Company)."""
        return next((self.lexicon.kind_nouns[noun] for noun in self.kind_nouns_longest_first if core.endswith(noun)), None)

    def _appositive_kind(self, sentence: Sentence, words: list[Word], i: int) -> str | None:
        word = words[i]
        tokens = word.tokens
        if len(tokens) < 3 or tokens[-1].tag != "ETM" or tokens[-2].tag != "VCP":
            return None
        core = word.core(sentence)
        phrase = (words[i - 1].core(sentence) + " " + core) if i > 0 and words[i - 1].bare else core
        return self._kind_ending(phrase) or self._kind_ending(core)

    def _kind_before(self, sentence: Sentence, words: list[Word], first: Word) -> str | None:
        index = words.index(first)
        return self._appositive_kind(sentence, words, index - 1) if index > 0 else None

    def _suffixed(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """Unknown proper nouns that end like organizations: '...대학교', '...공단', '...은행'."""
        for i, word in enumerate(words):
            start, end = word.quoted_core
            core = sentence.text[start - sentence.start : end - sentence.start]
            if (len(core) < 3 and core not in self.institution_endings) or core[-1] not in self.org_ends:
                continue  # '한빛 병원': an institution's ending written as a word of its own names with the word before
            kind = self._kind_by_suffix(core)
            if kind is None and self.lexicon.org_suffixes.get(core) not in NAMED_BY_ENDING:
                continue  # no body's ending: nothing below would add or change a mention
            if self._covered(mentions, start, end):
                continue
            ending_length = len(longest_suffix(core, self.lexicon.org_suffixes, self.suffix_length) or "")
            venue = longest_suffix(core, self.lexicon.place_suffixes, self.place_length)
            if venue is not None and len(venue) > ending_length:
                continue
            if len(longest_suffix(core, self.program_heads, self.program_length) or "") > ending_length:
                continue  # '바우처', '가나인증제도': the longer ending is a program's ('처' and '도' are bodies' only in names)
            ending = self.lexicon.org_suffixes.get(core) if kind is None else kind
            if ending_length == 1 and self._inside_common_noun(word, end - 1):
                continue  # '판로확대', '가나일대', '자매도시': the one-syllable ending ends a two-syllable common noun (확대, 일대, 도시)
            plain = not any(t.tag in {"NNP", "SL"} for t in word.tokens if t.end <= end)
            if ending in NAMED_BY_ENDING and plain and longest_suffix(core, self.lexicon.event_words, self.event_length) is None:
                if self._named_before_ending(sentence, words, i, ending, mentions):
                    continue
            if (plain or core.startswith(self.communities)) and self._place_led(sentence, words, i, core, kind, mentions):
                continue
            if kind is None or not MIXED_NAME.match(core):
                continue
            # a region's ministry or assembly ('바이에른주 경제부'); a city's government after its province stays its own
            regions = longest_suffix(core, self.lexicon.org_suffixes, self.suffix_length) not in self.lexicon.governments.values()
            country = self._country_before(words, i, mentions, regions) if kind == "GovernmentBody" else None
            inner = [t for t in word.tokens if start <= t.start and t.end <= end]
            legislature = self._legislature_before(words, i, mentions) if kind == "GovernmentBody" and country is None else None
            if legislature is not None:
                # '국회 가나위원회': a legislature's committee or office named after it is a body of its own
                mentions.append(Mention(core, start, end, sentence.index, kind, core, aliases=(f"{legislature.text} {core}",)))
                continue
            if country is not None:
                mentions.remove(country)
                start = country.start
                core = sentence.text[start - sentence.start : end - sentence.start]
            elif not self._named_apart_from_ending(inner, end - ending_length) and not self._unknown_compound(core, inner, kind) \
                    and not self._legal_form(core):
                continue
            if self._sector(sentence, words, i) or (i + 1 < len(words) and EDITION_YEAR.match(words[i + 1].text)):
                continue  # '가나코리아 2024': a name with the year of its edition is an event's
            if ending_length == 1 and kind == "GovernmentBody" and self._in_foreign_name(sentence, words, i, mentions):
                continue
            mentions.append(Mention(core, start, end, sentence.index, kind, core))

    def _in_foreign_name(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> bool:
        """'나카무라 다카시 대표', '다카하시 겐 부지사': a proper noun ending like a city (시) right after a bare
        proper noun that names nothing, or right before one and a title, is a word of a foreign personal name."""
        def name_word(k: int) -> bool:
            if not 0 <= k < len(words):
                return False
            word = words[k]
            core = word.core(sentence)
            return word.bare and HANGUL.fullmatch(core) is not None and bool(word.tokens) \
                and all(t.tag == "NNP" for t in word.tokens) and not self.people._descriptive(core) \
                and not self._covered(mentions, word.start, word.core_end) and not self.people.korean_name(core, word)

        if not words[i].tokens or words[i].tokens[0].tag != "NNP":
            return False
        titled = False
        for k in range(i + 2, min(len(words), i + 5)):
            titled = self.people.title_word(words[k].core(sentence)) is not None
            if titled or not words[k].bare:
                break
        return name_word(i - 1) or (name_word(i + 1) and titled)

    def _place_led(self, sentence: Sentence, words: list[Word], i: int, core: str, kind: str | None, mentions: list[Mention]) -> bool:
        """'가나시티 한인상공회의소', '가나 다라주 한인무역협회': an association's generic name (common nouns and
        an ending) after the places it serves is named by them: one organization, the places included."""
        if kind != ASSOCIATION or i == 0 or not HANGUL.fullmatch(core):
            return False
        first = None
        for k in range(i - 1, max(-1, i - 3), -1):
            if not words[k].bare or not self._places_only(sentence, words[k]):
                break
            first = k
        if first is None:
            return False
        start, end = words[first].start, words[i].core_end
        for m in [m for m in mentions if start <= m.start and m.end <= words[i - 1].end and m.cls == "Place"]:
            mentions.remove(m)
        name = sentence.text[start - sentence.start : end - sentence.start]
        mentions.append(Mention(name, start, end, sentence.index, kind, name))
        return True

    def _place_name(self, name: str) -> bool:
        """A known place's name (a region's too, whose entry is its government's), common words included ('경기')."""
        entry = self.known.get(name) or self.loose_known.get(name)
        return entry is not None and (id(entry) not in self.org_entries or entry.id in self.places_by_id)

    def _places_only(self, sentence: Sentence, word: Word) -> bool:
        """A word made of known places' names only, alone or glued ('가나시티', '가나시티다라주'): no venue, no body."""
        if word.core_end != word.end or not word.tokens:
            return False
        def place(name: str) -> bool:
            entry = self.known.get(name)
            return entry is not None and id(entry) not in self.org_entries and entry.kind != VENUE
        core = word.core(sentence)
        return place(core) or (all(t.tag == "NNP" for t in word.tokens) and len(word.tokens) > 1 and all(place(t.form) for t in word.tokens))

    @staticmethod
    def _inside_common_noun(word: Word, at: int) -> bool:
        return any(t.tag == "NNG" and t.start < at < t.end and len(t.form) == 2 for t in word.tokens)

    @staticmethod
    def _named_apart_from_ending(tokens, ending_start: int) -> bool:
        """A proper noun that starts before the ending ('가나모빌리티', '삼성전자', '누리대학교'); an ending that is
        the only proper noun ('도심항공모빌리티': 도심 + 항공 + 모빌리티) names a field."""
        return any(t.tag in {"NNP", "SL"} and t.start < ending_start for t in tokens)

    def _sector(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """'가나바이오 분야', 'AI반도체와 K뷰티 분야', 'A, B 등 신산업': a word before a noun of fields, alone or
        in a list that ends with one, names an industry, not a company."""
        fields = self.lexicon.stopwords.get("field", set())
        ends = self.lexicon.stopwords.get("list-end", set())
        if i > 0 and words[i - 1].bare and words[i - 1].core(sentence) in fields:
            return False  # '반도체 분야 가나코리아, 백신 분야 다라바이오': each name after the field it stands for
        for k in range(i, min(len(words) - 1, i + 5)):
            word, nxt = words[k], words[k + 1]
            if word.bare:
                if nxt.text in ends and k + 2 < len(words):
                    nxt = words[k + 2]  # 'A, B 등 신산업'
                return any(nxt.core(sentence).endswith(f) for f in fields)
            if not (word.text.endswith(",") or word.form_after_core() in COMITATIVE):
                return False
        return False

    def _legal_form(self, core: str) -> bool:
        """'가나영농조합법인': an ending that is a legal form of company (stopwords.tsv legal-form) makes the word
        before it a name though the dictionary does not know it; a word of two syllables there is as often a common
        one ('지역영농조합법인') and names none."""
        form = next((f for f in self.legal_forms if core.endswith(f)), None)
        stem = core[: len(core) - len(form)] if form else ""
        return len(stem) >= 3 and HANGUL.fullmatch(stem) is not None and not self._common(stem)

    @staticmethod
    def _unknown_compound(core: str, tokens, kind: str) -> bool:
        """'누리중앙병원': a long word Kiwi could not split, one common-noun token ending like an institution, is a
        name its dictionary lacks (a known compound or a description splits: '지역 병원', '핀테크 지원 센터')."""
        return kind in NAMED_BY_ENDING and len(tokens) == 1 and tokens[0].tag == "NNG" and len(core) >= 5

    def _named_before_ending(self, sentence: Sentence, words: list[Word], i: int, kind: str, mentions: list[Mention]) -> bool:
        """'바이젠 라다 연구소', '카림 국립대': an institution's ending written as a word of its own takes
        the name before it, when that name starts with a proper noun."""
        first = None
        for k in range(i - 1, max(-1, i - 3), -1):
            word = words[k]
            core = word.core(sentence)
            if not word.bare or word.text.endswith((",", ")")) or not HANGUL.match(core) or self._common(core):
                break
            if self._covered(mentions, word.start, word.core_end) or self._person_before_post(sentence, words, k, i):
                break
            if word.tokens and word.tokens[0].tag == "NNP":
                first = k
        if first is None:
            return False
        start, end = words[first].start, words[i].core_end
        name = sentence.text[start - sentence.start : end - sentence.start]
        mentions.append(Mention(name, start, end, sentence.index, kind, name))
        return True

    def _person_before_post(self, sentence: Sentence, words: list[Word], k: int, i: int) -> bool:
        """'홍길동 누리연구원 원장', '홍길동 누리 연구소 소장', '마이클 하퍼 누리 연구소 소장': a Korean full name, or
        the last word of a foreign one (a bare proper noun before it), before a body whose head's title follows is the
        head's name, no part of the body's."""
        core = words[k].core(sentence)
        after = words[i + 1].core(sentence) if i + 1 < len(words) else ""
        if self.people.title_word(after) is None:
            return False
        if len(core) == 3 and self.people.korean_name(core, words[k]):
            return True
        def proper(at: int) -> bool:
            word = words[at]
            return at >= 0 and word.bare and HANGUL.fullmatch(word.core(sentence) or "-") is not None \
                and any(t.tag == "NNP" for t in word.tokens) and not self._common(word.core(sentence))
        # two proper nouns are a foreign name; a third before them ('마이클 하퍼 한빛 연구소') opens the name, the body is after
        return k > 0 and proper(k - 1) and not (k > 1 and proper(k - 2))

    def _country_before(self, words: list[Word], i: int, mentions: list[Mention], regions: bool = False) -> Mention | None:
        """'베트남 산업무역부', '인도네시아 국고청': a foreign government body named with its country."""
        if i == 0 or not words[i - 1].bare:
            return None
        previous = words[i - 1]
        place = next((m for m in mentions if m.start == previous.start and m.end == previous.core_end and m.cls == "Place"), None)
        if place is None or place.lexicon_id is None:
            return None
        entry = self.places_by_id.get(place.lexicon_id)
        if entry is None or entry.kind not in ({COUNTRY, REGION} if regions else {COUNTRY}) or entry.id in self.lexicon.home_regions \
                or place.text in self.lexicon.stopwords.get("home-country", set()):
            return None  # '바이에른주 경제부': a state's or province's ministry abroad too
        return place

    def _legislature_before(self, words: list[Word], i: int, mentions: list[Mention]) -> Mention | None:
        if i == 0 or not words[i - 1].bare:
            return None
        previous = words[i - 1]
        return next((m for m in mentions if m.start == previous.start and m.end == previous.core_end
                     and m.lexicon_id in self.people.legislatures), None)

    def _places_within(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'러시아 카잔을', '독일 드레스덴에서', '청주 오송': an unknown proper noun right after a known place,
        where something goes or happens, is a place within it."""
        after = self.lexicon.stopwords.get("place-particle", set())
        for i, word in enumerate(words[1:], 1):
            previous = words[i - 1]
            place = next((m for m in mentions if m.cls == "Place" and m.start <= previous.start and m.end == previous.core_end), None)
            if place is None or not previous.bare:
                continue
            tokens = [t for t in word.tokens if t.end <= word.core_end]
            core = word.core(sentence)
            if not tokens or tokens[0].tag != "NNP" or not HANGUL.match(core) or len(core) < 2:
                continue
            if len(tokens) > 1 and not (self._site(word) and all(t.tag in {"NNP", "NNG"} for t in tokens)
                                        and longest_suffix(core, self.lexicon.event_words, self.event_length) is None):
                continue  # '서울 마포구 가나창업허브에서': a compound name where something happens is a site too
            if self._covered(mentions, word.start, word.core_end) or self._common(core) or self._kind_by_suffix(core):
                continue
            if not (word.bare or word.form_after_core() in after) or (word.bare and self._post_after(sentence, words, i)):
                continue
            alias = f"{place.text} {core}"
            mentions.append(Mention(core, word.start, word.core_end, sentence.index, "Place", core, aliases=(alias,)))

    def _post_after(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """'중국 리창 총리': a post right after the word (one that is no common noun too, as 시장 is) makes it a
        person's name, not a place within the place before."""
        title = self.people.title_word(words[i + 1].core(sentence)) if i + 1 < len(words) else None
        return title is not None and title.body is None and title.title not in self.people.common_titles

    def _site(self, word: Word) -> bool:
        return word.form_after_core() in self.lexicon.stopwords.get("site-particle", set())

    def _foreign_bodies(self, sentence: Sentence, words: list[Word], mentions: list[Mention], known: bool = True) -> None:
        """'프랑스 법무부': a country before a known ministry's generic name makes it that country's ministry; with
        known False, the same for a body found with its English name ('가나국 투자청(GIA)')."""
        bodies = [m for m in mentions if m.cls == "GovernmentBody" and (m.lexicon_id if known else m.lexicon_id is None and m.english)]
        starts = {m.start for m in bodies}  # what the loop adds starts before the word it is at: never found again
        for i, word in enumerate(words):
            if word.start not in starts:
                continue
            body = next((m for m in bodies if m.start == word.start and m.end <= word.end), None)
            if body is None or (known and body.end != word.core_end and not self._titled_after(sentence, body, word.core_end)) \
                    or self._kind_by_suffix(body.text) != "GovernmentBody":
                continue
            country = self._country_before(words, i, mentions)
            if country is None:
                continue
            mentions.remove(country)
            mentions.remove(body)
            name = f"{country.text} {body.text}"
            # a known ministry's English name is the home country's ('Ministry of Foreign Affairs'): the foreign one's
            # says whose it is, so the two never share a label
            english = f"{body.english} of {country.english}" if known and body.english and country.english else \
                (None if known else body.english)
            mentions.append(Mention(name, country.start, body.end, sentence.index, "GovernmentBody", name, english,
                                    aliases=() if known else (body.text,)))  # the home body's name is not the foreign one's

    def _titled_body(self, sentence: Sentence, mentions: list[Mention], start: int, end: int) -> Mention | None:
        """'외교부장관': the known body the word from `start` to `end` opens, when the rest of it is its head's title."""
        return next((m for m in mentions if m.start == start and m.end < end and m.lexicon_id
                     and self._titled_after(sentence, m, end)), None)

    def _titled_after(self, sentence: Sentence, body: Mention, end: int) -> bool:
        """'케냐 외교부장관': the rest of the word after a known body is its head's title."""
        entry = self.orgs_by_id.get(body.lexicon_id or "")
        rest = sentence.text[body.end - sentence.start : end - sentence.start]
        return entry is not None and self._head_after(entry, body.text, rest)

    def _place_governments(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'가나성 인민위원회', '다라주 주정부', '가나 정부', '가나 의회': a foreign place's name before the noun of a
        government or legislature (stopwords.tsv local-government) names that place's body, one name."""
        if not self.local_governments:
            return
        for i, word in enumerate(words[1:], 1):
            if word.core(sentence) not in self.local_governments or not words[i - 1].bare:
                continue
            previous = words[i - 1]
            place = next((m for m in mentions if m.cls in {"Place", "GovernmentBody"} and m.end == previous.core_end
                          and m.start >= previous.start and m.lexicon_id in self.places_by_id), None)
            if place is None or place.text in self.lexicon.stopwords.get("home-country", set()) \
                    or place.lexicon_id in self.lexicon.home_regions:
                continue
            mentions.remove(place)
            name = sentence.text[place.start - sentence.start : word.core_end - sentence.start]
            mentions.append(Mention(name, place.start, word.core_end, sentence.index, "GovernmentBody", name))
            joined = self._joined_after(sentence, words, i)
            if joined is not None and joined.core(sentence) in self.local_governments:
                # '가나 의회 및 정부', '가나 정부와 의회': the place's other body, named without the place again
                second = f"{place.text} {joined.core(sentence)}"
                mentions.append(Mention(joined.core(sentence), joined.start, joined.core_end, sentence.index, "GovernmentBody",
                                        second, aliases=(second,)))

    def _secretariats(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'가나기구 사무국', '다라연합 세계사무국': an organization's secretariat (stopwords.tsv secretariat) named after
        it is a body of its own, the organization's name in it (a place too where something happens there); so is a
        unit that any body keeps under a generic name ('가나대학교 산학협력단', stopwords.tsv own-unit), of the body's
        kind, named also with the body's other names and by the unit's noun alone."""
        for i, word in enumerate(words[1:], 1):
            core = word.core(sentence)
            unit = core.endswith(self.own_units)
            if not (unit or core.endswith(self.secretariats)) or not words[i - 1].bare:
                continue
            org = next((m for m in mentions if m.end == words[i - 1].core_end and m.start >= words[i - 1].start
                        and (m.cls == "Organization" and m.lexicon_id or unit and m.cls in ORG_CLASSES)), None)
            if org is None or any(m.cls in ORG_CLASSES and m.start < word.core_end and word.start < m.end for m in mentions):
                continue
            name = sentence.text[org.start - sentence.start : word.core_end - sentence.start]
            if not unit:
                mentions.append(Mention(name, org.start, word.core_end, sentence.index, "Organization", name))
                continue
            short = words[i - 1].text[org.end - words[i - 1].start :].strip("()")
            names = [f"{label} {core}" for label in (org.name, *org.aliases, short) if label]
            mentions.append(Mention(name, org.start, word.core_end, sentence.index, org.cls, names[0],
                                    aliases=tuple(dict.fromkeys(n for n in (*names[1:], core) if n != names[0]))))

    def _branches(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'다라전자 베트남 법인', '가나공사 하노이무역관', '다라은행 호찌민지점': an office or branch (stopwords.tsv
        branch-ending) named by the place it is in, after its organization or glued to the place, is a body of its own,
        of its organization's kind, also named with the organization's names ('KOTRA 하노이무역관'). A place with no
        organization before it and the ending apart ('현지 법인', '베트남 법인') names no body."""
        if not self.branch_endings:
            return
        for i, word in enumerate(words):
            core = word.core(sentence)
            if core[-1:] not in self.branch_ends:
                continue
            ending = longest_suffix(core, self.branch_endings, self.branch_length)
            if ending is None:
                continue
            found = [m for m in mentions if m.start < word.core_end and word.start < m.end]
            if any(m.lexicon_id or m.cls not in ORG_CLASSES or (m.start, m.end) != (word.start, word.core_end) for m in found):
                continue  # a body read from the ending alone ('가나지역본부') gives way; any other name stays
            stem = core[: len(core) - len(ending)]
            if stem:
                if not HANGUL.fullmatch(stem) or not self._place_name(stem) or self.people.title_word(core) is not None:
                    continue  # '가나지사': a province's governor, no branch
                start, k = word.start, i
            else:
                place = next((m for m in mentions if i > 0 and words[i - 1].bare and m.start == words[i - 1].start
                              and m.end == words[i - 1].core_end and (m.cls == "Place" or m.lexicon_id in self.places_by_id)), None)
                if place is None:
                    continue
                start, k = place.start, i - 1
            previous = words[k - 1] if k > 0 and words[k - 1].bare else None
            org = next((m for m in mentions if previous is not None and m.end == previous.core_end and m.start >= previous.start
                        and m.cls in ORG_CLASSES), None)
            if org is None and not stem:
                continue
            for inner in [m for m in mentions if start <= m.start and m.end <= word.core_end or m in found]:
                mentions.remove(inner)
            text = sentence.text[start - sentence.start : word.core_end - sentence.start]
            owners = () if org is None else dict.fromkeys((org.text, org.name))
            aliases = tuple(f"{owner} {text}" for owner in owners)
            mentions.append(Mention(text, start, word.core_end, sentence.index, org.cls if org else "Organization", text, aliases=aliases))

    def _joined_after(self, sentence: Sentence, words: list[Word], i: int) -> Word | None:
        """The word joined to words[i] by a particle ('A와 B') or a joining word ('A 및 B'), conjunctions.tsv."""
        if words[i].form_after_core() in self.joiners and i + 1 < len(words):
            return words[i + 1]
        if words[i].bare and i + 2 < len(words) and words[i + 1].text in self.joiners:
            return words[i + 2]
        return None

    def _venues(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'서울 한빛호텔에서', '누리시 가나바이오 본사', '가나청 대회의실', '다라2산업단지': a venue word with the
        names before it is a place."""
        site = self.lexicon.stopwords.get("site-particle", set())
        for i, word in enumerate(words):
            core = word.core(sentence)
            end = word.core_end
            within = next((w for w in self.within if core.endswith(w) and len(core) > len(w)), None) if core[-1:] in self.within_ends else None
            if within is not None and core[-len(within) - 1 : -len(within)] in self.place_ends:
                core, end = core[: -len(within)], end - len(within)  # '가나2산업단지내': the site, then 'within' glued to it
            suffix = longest_suffix(core, self.lexicon.place_suffixes, self.place_length) if core[-1:] in self.place_ends else None
            if suffix is None and (word.form_after_core() in site or self._visited_premises(sentence, words, i)):
                suffix = self._room_or_premises(sentence, words, i, mentions)
            if suffix is None or self._covered(mentions, word.start, end):
                continue
            if len(longest_suffix(core, self.program_heads, self.program_length) or "") > len(suffix):
                continue  # '가나 신공항': the longer ending is a program's, a facility still to be built
            if self._holds_title(core):
                continue  # '가나시장' (가나 + 전시장?): a known city's head, not a hall
            first = self._venue_start(sentence, words, i, mentions)
            alone = core == suffix and len(core) >= 3 and word.form_after_core() in site
            if first == i and not alone and not self._estate(core, suffix, word) \
                    and (core == suffix or not any(t.tag in {"NNP", "SN", "SL"} for t in word.tokens)):
                continue
            start = name_core(words[first])[0]
            name = sentence.text[start - sentence.start : end - sentence.start]
            self._inside_venue(sentence, mentions, start, end)
            own = self._without_places(sentence, words[first:i], mentions, word, end)
            aliases = (own,) if own and own != name else ()
            mentions.append(Mention(name, start, end, sentence.index, "Place", name, aliases=aliases + self._estate_names(core)))
        self._organizations_as_venues(sentence, words, mentions)
        self._sites_within(sentence, words, mentions)
        self._branded_venues(sentence, words, mentions)

    def _inside_venue(self, sentence: Sentence, mentions: list[Mention], start: int, end: int) -> None:
        """The names inside a venue's: the places that open it say where it is ('경기도 가나시 다라공사 본부': a
        province's or city's name there is its territory, not its government); a place after the brand that
        opens it is part of the venue's own name ('가나호텔 하노이 가나 호텔': no second place, no company)."""
        reach = start  # where the places that open the venue's name end
        branded = False  # a place inside the name, after its brand, was seen
        owned = False  # a body's name was seen in the venue's: a place after it is where the body's premises are
        for m in sorted((m for m in mentions if start <= m.start and m.end <= end), key=lambda m: m.start):
            opening = not sentence.text[reach - sentence.start : m.start - sentence.start].strip()
            region = self.places_by_id.get(m.lexicon_id or "") if m.cls == "GovernmentBody" else None
            if opening and region is not None:
                mentions[mentions.index(m)] = self._from_entry(sentence, m.text, m.start, m.end, region, "Place")
                reach = m.end
            elif opening and m.cls == "Place" and m.lexicon_id:
                reach = max(reach, m.end)
            elif m.cls == "Place" and not (m.lexicon_id is None and self._estate_name(m.text)) and not (m.lexicon_id and owned):
                mentions.remove(m)  # '가나호텔 하노이 …': a place, or a venue, inside the name of another
                branded = True
            elif not opening and branded and m.cls == "Company" and m.lexicon_id:
                mentions.remove(m)  # a known company's name after a place in a venue's is its brand ('하노이 가나 호텔')
            else:
                reach = start - 1  # a body in the name: what follows it is not where the venue is
                owned = owned or m.cls in ORG_CLASSES

    def _estate_names(self, core: str) -> tuple[str, ...]:
        """'가나국가산업단지' is also '가나산단', '가나산업단지': an industrial estate's names with the other endings of
        place_suffixes.tsv kind industrial-estate, so that the short and the long name are one place."""
        suffix = longest_suffix(core, self.lexicon.place_suffixes, self.place_length)
        if suffix not in self.lexicon.industrial_estates or len(core) - len(suffix) < 2:
            return ()
        stem = core[: len(core) - len(suffix)]
        return tuple(stem + other for other in sorted(self.lexicon.industrial_estates) if other != suffix)

    def _estate_name(self, name: str) -> bool:
        suffix = longest_suffix(name, self.lexicon.place_suffixes, self.place_length)
        return suffix is not None and suffix in self.lexicon.estate_suffixes

    def _estate(self, core: str, suffix: str, word: Word) -> bool:
        """'가나산단', '다라일반산업단지': an industrial estate is named by the word before its ending even when Kiwi
        knows no such word; a common word before it ('첨단산단', '인근 산단') names none."""
        stem = core[: len(core) - len(suffix)]
        if suffix not in self.lexicon.estate_suffixes or len(stem) < 2 or not HANGUL.fullmatch(stem) \
                or stem in self.lexicon.kind_nouns or stem in self.lexicon.event_words:
            return False
        inner = [t for t in word.tokens if t.end <= word.core_end]
        return not (len(inner) > 1 and inner[0].tag == "NNG" and inner[0].form == stem)

    def _visited_premises(self, sentence: Sentence, words: list[Word], i: int) -> bool:
        """'가나전자 공장을 방문했다': premises visited are a place; a secretariat visited stays a body ('가나기구
        사무국을 방문했다')."""
        core = words[i].core(sentence)
        return core[-1:] in self.premises_ends and not core.endswith(self.secretariats) and self._where_or_visited(sentence, words, i)

    def _room_or_premises(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> str | None:
        """The venue word of a place where something happens that the ending table does not know: a room named
        after a building word ('도청 가나실에서': place_grammar.tsv room), or a body's premises after the body's
        name, plain nouns between ('가나협회 교육센터에서', '다라산단 관리사무소에서': place_grammar.tsv premises).
        Returns the ending that makes it one."""
        core = words[i].core(sentence)
        if i == 0 or not HANGUL.fullmatch(core):
            return None
        room = longest_suffix(core, self.rooms, self.room_length)
        before = words[i - 1]
        if room is not None and len(core) >= len(room) + 2 and before.bare \
                and longest_suffix(before.core(sentence), self.lexicon.place_suffixes, self.place_length) is not None:
            return core
        ending = longest_suffix(core, self.premises, self.premises_length)
        if ending is None or (core != ending and not all(t.tag == "NNG" for t in words[i].tokens if t.end <= words[i].core_end)):
            return None
        for k in range(i - 1, max(-1, i - 3), -1):
            word = words[k]
            if not word.bare or word.text.endswith(","):
                return None
            named = next((m for m in mentions if m.start == word.start and m.end == word.core_end), None)
            if named is not None:
                return ending if named.cls in ORG_CLASSES or named.cls == "Place" else None
            if longest_suffix(word.core(sentence), self.lexicon.place_suffixes, self.place_length) is not None:
                return ending
            if not self._plain(sentence, word):
                return None
        return None

    def _branded_venues(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'라온호텔 부산 해운대에서', '한빛 호텔 서울에서': a hotel's name may hold its city, before the
        venue it stands in (after a brand the lexicon does not know) or after the venue word; the city is then
        part of the venue's name, not a second place."""
        at = {(m.start, m.end): m for m in mentions if m.cls == "Place"}
        ending = {m.end: m for m in mentions if m.cls == "Place"}
        for i, word in enumerate(words):
            venue = ending.get(word.core_end)
            if venue is None or venue.start < word.start and not word.bare or not self._is_venue(venue):
                continue
            i = next(k for k, w in enumerate(words) if w.start <= venue.start < w.end) if venue.start < word.start else i
            first = i
            while first > 0 and words[first - 1].bare and self._city(at.get((words[first - 1].start, words[first - 1].core_end))):
                first -= 1
            brand = words[first - 1] if first > 0 and first < i else None
            if brand is not None and brand.bare and not self._covered(mentions, brand.start, brand.end) \
                    and any(t.tag == "NNP" for t in brand.tokens) and not self._common(brand.text):
                self._merge_places(sentence, mentions, brand.start, word.core_end, venue)
                continue
            last = next(k for k, w in enumerate(words) if w.start <= venue.end - 1 < w.end)
            city = at.get((words[last + 1].start, words[last + 1].core_end)) if words[last].bare and last + 1 < len(words) else None
            if self._city(city) and longest_suffix(venue.text, self.lexicon.place_suffixes, self.place_length) is not None \
                    and words[last + 1].form_after_core() in self.lexicon.stopwords.get("site-particle", set()):
                self._merge_places(sentence, mentions, venue.start, city.end, venue)

    def _is_venue(self, mention: Mention) -> bool:
        entry = self.places_by_id.get(mention.lexicon_id or "")
        if entry is not None:
            return entry.kind == VENUE
        return longest_suffix(mention.text, self.lexicon.place_suffixes, self.place_length) is not None

    def _city(self, mention: Mention | None) -> bool:
        entry = self.places_by_id.get(mention.lexicon_id or "") if mention is not None else None
        return entry is not None and entry.kind in CITY_KINDS

    @staticmethod
    def _merge_places(sentence: Sentence, mentions: list[Mention], start: int, end: int, venue: Mention) -> None:
        for inner in [m for m in mentions if start <= m.start and m.end <= end]:
            mentions.remove(inner)
        name = sentence.text[start - sentence.start : end - sentence.start]
        mentions.append(Mention(name, start, end, sentence.index, "Place", name, aliases=(venue.text,) if venue.text != name else ()))

    def _sites_within(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'가나ㆍ다라공단 내 중소기업', '가나산업단지 내 다라전자': an unknown name followed by a word that says
        'inside' (place_grammar.tsv within) is a site others lie in, a place."""
        for i, word in enumerate(words[:-1]):
            if words[i + 1].text not in self.within and words[i + 1].core(sentence) not in self.within:
                continue
            if self._covered(mentions, word.start, word.end):
                self._body_as_site(sentence, words, i, mentions)
                continue
            tokens = word.tokens
            if not tokens or not all(t.tag in NOUNISH or t.form in MIDDLE_DOTS for t in tokens):
                continue  # '가나ㆍ다라공단': nouns, joined by a middle dot at most
            if len(word.text) < 3 or not any(t.tag == "NNP" for t in tokens) or self._common(word.text):
                continue
            mentions.append(Mention(word.text, word.start, word.end, sentence.index, "Place", word.text))
            self._body_as_site(sentence, words, i, mentions)

    def _body_as_site(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> None:
        """'나주 가나농업기술원 일원에서 열린다': a named site or body followed by a word that says 'the area of'
        (within) and the particle of where things happen is a place (a body stays too), its name with the places
        before it; the mention reaches over the area word, so the particle is its own."""
        word, area = words[i], words[i + 1]
        if not word.bare or not area.core(sentence) or area.form_after_core() not in self.lexicon.stopwords.get("site-particle", set()):
            return
        named = next((m for m in mentions if m.start == word.start and m.end == word.end and (m.cls in ORG_CLASSES or
                                                                                               m.cls == "Place" and not m.lexicon_id)), None)
        if named is None:
            return
        if named.cls == "Place":
            mentions.remove(named)
        start = self._places_before(sentence, word.start, mentions)
        name = sentence.text[start - sentence.start : word.end - sentence.start]
        full = sentence.text[start - sentence.start : area.core_end - sentence.start]
        mentions.append(Mention(full, start, area.core_end, sentence.index, "Place", name, aliases=(full,)))

    def _without_places(self, sentence: Sentence, before: list[Word], mentions: list[Mention], last: Word, end: int) -> str | None:
        """'한빛 호텔' for '서울 한빛 호텔': the venue's own name, without the places that locate it (but the nearest,
        before a venue word alone). A name only read as a place within the one before ('서울 한빛') is the venue's own
        when nothing else is left."""
        rest = [name_core(w) for w in before]
        nearest = None  # the last place passed over
        while rest and any(m.start <= rest[0][0] and (m.end == rest[0][1] or m.lexicon_id and rest[0][1] < m.end)
                           and m.cls == "Place" and (m.lexicon_id or len(rest) > 1)
                           for m in mentions):
            nearest = rest.pop(0)
        if not rest and nearest is not None and last.core(sentence) in self.lexicon.place_suffixes:
            rest = [nearest]  # '서초구 본사' for '서울 서초구 본사': a venue word alone names nothing without its place
        start = rest[0][0] if rest else last.start
        return sentence.text[start - sentence.start : end - sentence.start]

    def _venue_start(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> int:
        """The first of the words before a venue word that name where it is: places, organizations, proper
        nouns, floors ('가나상의 본관 3층 회의실')."""
        first = i
        pending = False  # plain nouns passed over, that belong to the venue only if a name comes before them
        for k in range(i - 1, max(-1, i - 4), -1):
            word = words[k]
            begin, end = name_core(word)
            core = sentence.text[begin - sentence.start : end - sentence.start]
            if not is_bare(word) or word.text.endswith(",") or not core:
                break
            named = any(m.end == end and m.cls not in {"Person", "Group"} and (m.start == begin or m.start < begin and m.cls == "Place")
                        for m in mentions)  # '서울 성동구 가나회관': a place of two words before the venue word
            partial = any(m.start < end and begin < m.end for m in mentions) and not named
            floor = FLOOR.fullmatch(core) is not None
            if partial:
                break
            if not (named or floor or core in self.lexicon.place_suffixes or any(t.tag in {"NNP", "SL"} for t in word.tokens)):
                if self._plain(sentence, word):
                    pending = True
                    continue  # '가나협회 디지털 교육센터': plain nouns between a name and its venue word belong to the venue
                break
            if pending and any(m.end == end and m.cls == "Place" and m.lexicon_id for m in mentions) and not self._brand_word(sentence, words, i, k):
                break  # '가나시 시내 다라호텔': a known place before plain nouns says where, it names no venue
            pending = False
            first = k
        begin, end = name_core(words[first])
        wider = min((m.start for m in mentions if m.cls == "Place" and m.end == end and m.start < begin), default=None)
        if wider is not None and first < i:  # '서울 중구 한빛 호텔': the place of two words is whole in the name
            first = next(k for k in range(first, -1, -1) if words[k].start <= wider)
        return first

    def _brand_word(self, sentence: Sentence, words: list[Word], i: int, k: int) -> bool:
        """'서울 누리 호텔': one common noun between a known place and a venue word standing alone is the venue's
        brand (a Korean word as a hotel's name), unless it only describes the venue ('서울 시내 호텔')."""
        return k == i - 2 and words[i].core(sentence) in self.lexicon.place_suffixes \
            and words[i - 1].core(sentence) not in self.lexicon.stopwords.get("venue-modifier", set())

    def _plain(self, sentence: Sentence, word: Word) -> bool:
        """A word of common nouns only, no particle, that describes ('디지털', '관리사무소'), not an event's or a kind's noun."""
        inner = [t for t in word.tokens if t.end <= word.core_end]
        core = word.core(sentence)
        return bool(inner) and word.bare and all(t.tag == "NNG" for t in inner) and HANGUL.fullmatch(core) is not None \
            and not self._common(core) and longest_suffix(core, self.lexicon.event_words, self.event_length) is None

    def _organizations_as_venues(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'서울 여의도 중소기업중앙회에서': an organization named after its place, where something happens, is
        also a place (the organization stays)."""
        for i, word in enumerate(words):
            if word.form_after_core() != "에서" or i == 0:
                continue
            org = next((m for m in mentions if m.start == word.start and m.end == word.core_end and m.cls in ORG_CLASSES), None)
            if org is None:
                continue
            start = self._places_before(sentence, word.start, mentions)
            if start < word.start:
                name = sentence.text[start - sentence.start : word.core_end - sentence.start]
                mentions.append(Mention(name, start, word.core_end, sentence.index, "Place", name))

    def _places_before(self, sentence: Sentence, start: int, mentions: list[Mention], most: int = 3) -> int:
        """Where the run of places right before `start` begins ('서울 성동구 가나회관': 서울 성동구, a place of two
        words); `start` itself when no place stands right before it."""
        ending: dict[int, Mention] = {}
        for m in mentions:
            if m.cls == "Place" and (m.end not in ending or m.start < ending[m.end].start):
                ending[m.end] = m
        for _ in range(most):
            place = ending.get(start - 1)
            if place is None or sentence.text[start - 1 - sentence.start] != " ":
                break
            start = place.start
        return start

    def _territories(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'가나군을 방문해', '가나군 다라면 마라농공단지': a local government's name where it is visited, or opening the
        address of another place, stands for its territory (the gold conventions: a place that acts is a
        GovernmentBody, a place where something happens is a Place)."""
        starts = {m.start for m in mentions if m.cls == "Place"}
        for index, mention in enumerate(list(mentions)):
            if mention.cls != "GovernmentBody":
                continue
            last = mention.text.rsplit(" ", 1)[-1]  # '베트남 호찌민시': a foreign city's government named with its country
            body = self.known.get(last) if mention.lexicon_id is None else self.orgs_by_id.get(mention.lexicon_id)
            entry = self.places_by_id.get(body.id) if body is not None and id(body) in self.org_entries else None
            if entry is None:
                self._unknown_territory(sentence, mentions, mention, last)
                continue
            gap = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 1]
            if not (self._visited(sentence, mention) or (gap == " " and mention.end + 1 in starts) or self._where_others_act(sentence, mention)
                    or self._locating(sentence, mention)):
                continue
            start = mention.end - len(last)
            mentions[mentions.index(mention)] = self._from_entry(sentence, last, start, mention.end, entry, "Place")
            country = self.known.get(mention.text[: start - mention.start].strip())
            if start > mention.start and country is not None and id(country) not in self.org_entries:
                mentions.append(self._from_entry(sentence, country.ko, mention.start, start - 1, country, "Place"))

    def _unknown_territory(self, sentence: Sentence, mentions: list[Mention], mention: Mention, last: str) -> None:
        """'일본 가나시를 방문해': a city the lexicon does not know, named by its government's ending, where it is
        visited or where a body lies, is a place (its country, named before it, one too)."""
        if mention.lexicon_id is not None or self._kind_by_suffix(last) != "GovernmentBody" \
                or not (self._visited(sentence, mention) or self._locating(sentence, mention)):
            return
        if longest_suffix(last, self.lexicon.org_suffixes, self.suffix_length) not in self.lexicon.governments.values():
            return  # a ministry or agency visited ('가나부를 찾아') is a body's premises, not a territory
        start = mention.end - len(last)
        mentions[mentions.index(mention)] = Mention(last, start, mention.end, sentence.index, "Place", last)
        country = self.known.get(mention.text[: start - mention.start].strip())
        if start > mention.start and country is not None and id(country) not in self.org_entries:
            mentions.append(self._from_entry(sentence, country.ko, mention.start, start - 1, country, "Place"))

    def _locating(self, sentence: Sentence, mention: Mention) -> bool:
        """'가나군에 위치한', '가나군 소재': a division named before a noun that says where a body lies
        (place_grammar.tsv located) is its territory."""
        after = tokens_after(sentence.tokens, mention.end)
        token = next(after, None)
        if token is not None and token.start == mention.end and token.tag == "JKB" and token.form in self.venue_particles:
            token = next(after, None)
        return token is not None and token.form in self.located

    def _where_others_act(self, sentence: Sentence, mention: Mention) -> bool:
        """'장관은 방콕시에서 열린 포럼에 참석했다': a government's name with 에서 after the clause's subject is named
        is where that subject acts, its territory ('방콕시에서 포럼을 열었다', with no other subject, is the host)."""
        after = next(tokens_after(sentence.tokens, mention.end), None)
        if after is None or after.start != mention.end or after.tag != "JKB" or after.form not in self.sites:
            return False
        return any(t.tag in SUBJECT_MARKS for t in sentence.tokens if t.end <= mention.start)

    def _leading_places(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'서울 성동구', '중국 선전': a known place named with the place it lies in holds that place too, a
        mention of its own (where the event is held, as the gold conventions want: '서울 강남구에서' is in 서울)."""
        for mention in [m for m in mentions if m.cls == "Place" and " " in m.text]:
            first, rest = mention.text.split(" ", 1)
            # a venue's name opens with its place even when the place's name is also a common word ('화성 가나연수원')
            entry = self.known.get(first) if mention.lexicon_id else self.loose_known.get(first)
            if entry is None or id(entry) in self.org_entries or entry.id == mention.lexicon_id:
                continue
            end = mention.start + len(first)
            own = self.places_by_id.get(mention.lexicon_id)
            if entry.kind == COUNTRY and own is not None and own.kind == "city":
                # '러시아 이르쿠츠크': the city and its country side by side, as when both are matched alone
                mentions[mentions.index(mention)] = self._from_entry(sentence, rest, end + 1, mention.end, own, "Place")
            if not any(m.start == mention.start and m.end == end for m in mentions):
                mentions.append(self._from_entry(sentence, first, mention.start, end, entry, "Place"))

    def _countries_of_bodies(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'우즈베키스탄 보건부', '페루 교통통신부': the country a foreign body is named with is a place of its own
        too, beside the body (the gold conventions: the body acts, its country is where it is)."""
        for body in [m for m in mentions if m.cls == "GovernmentBody" and " " in m.text]:
            first = body.text.split(" ", 1)[0]
            entry = self.known.get(first)
            if entry is None or id(entry) in self.org_entries or entry.kind != COUNTRY \
                    or first in self.lexicon.stopwords.get("home-country", set()):
                continue
            end = body.start + len(first)
            if not any(m.cls == "Place" and m.start == body.start and m.end == end for m in mentions):
                mentions.append(self._from_entry(sentence, first, body.start, end, entry, "Place"))

    def holders(self, sentence: Sentence, places: list[Mention]) -> dict[tuple[int, int], list[tuple[int, int]]]:
        """For each place, the known places its name opens with ('대구 본사': 대구) or that stand right before it
        ('서울 종로구 정부서울청사': 서울 종로구): the wider places it lies in, where what happens there happens too."""
        by_span = {(p.start, p.end): p for p in places}
        wide = {span for span, p in by_span.items() if self.is_wide(p)}
        held: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for span, place in by_span.items():
            inside = [s for s in wide if s != span and span[0] <= s[0] and s[1] < span[1]
                      and sentence.text[s[1] - sentence.start : s[1] - sentence.start + 1] == " "]
            before = [s for s in wide if s[1] == span[0] - 1 and sentence.text[s[1] - sentence.start] == " "]
            if inside or before:
                held[span] = [max(inside + before, key=lambda s: (s[1], s[1] - s[0]))]
        return held

    def is_wide(self, mention: Mention) -> bool:
        """A known place that holds others (a country, province, city, county, district, area), not a venue."""
        entry = self.places_by_id.get(mention.lexicon_id or "")
        return entry is not None and entry.kind != VENUE

    def sited_places(self, sentence: Sentence, places: list[Mention],
                     held: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
                     bodies: Iterable[Mention] = ()) -> set[tuple[int, int]]:
        """The spans of the places named where something happens or arrives ('모스크바에서', '리마에 도착해'),
        venues (a hotel, a government complex, an industrial park: places where things happen by nature),
        as the object of a visit ('포르투갈을 방문해'), or as the country of such a place ('러시아 카잔을
        방문'), or opening an event's name ('하노이 투자설명회'), or as the country of a foreign body (`bodies`) in a
        sentence that sets something in one of its cities ('리마에서 페루 교통통신부와'); quoted speech names none. A place only mentioned in passing ('중국발 경기 둔화') is not one."""
        speech = speech_spans(sentence)
        sited: set[tuple[int, int]] = set()
        for place in sorted(places, key=lambda p: -p.start):
            if any(s <= place.start < e for s, e in speech):
                continue
            entry = self.places_by_id.get(place.lexicon_id or "")
            country = entry is not None and entry.kind == "country"
            gap = sentence.text[place.end - sentence.start : place.end - sentence.start + 1]
            venue = (entry is not None and entry.kind == VENUE) or (
                entry is None and longest_suffix(place.text, self.lexicon.place_suffixes, self.place_length) is not None)
            if venue or self._site_particle(sentence, place) or self._names_event(sentence, place) \
                    or (country and gap == " " and any(s == place.end + 1 for s, _ in sited)) \
                    or self._listed_before(sentence, place, sited) or self._collected(sentence, place):
                sited.add((place.start, place.end))
        if held is None:
            held = self.holders(sentence, places)
        bodies_at = {(b.start, b.start + len(b.text.split(" ", 1)[0])) for b in bodies if b.cls == "GovernmentBody" and " " in b.text}
        host = {self.city_country.get(p.lexicon_id or "") for p in places if (p.start, p.end) in sited}
        return sited | {(p.start, p.end) for p in places if (p.start, p.end) in bodies_at and p.lexicon_id in host}

    def _listed_before(self, sentence: Sentence, place: Mention, sited: set[tuple[int, int]]) -> bool:
        """'시드니와 멜버른을 찾는다', '파리, 뮌헨에서 열린다': a place joined to the next one of a list is where the list
        is: the particle after the last item speaks for every item."""
        text = sentence.text[place.end - sentence.start : place.end - sentence.start + MAX_JOINER_GAP]
        for start, _ in sited:
            if place.end < start <= place.end + MAX_JOINER_GAP and text[: start - place.end].strip() in self.joiners:
                return True
        return False

    def _collected(self, sentence: Sentence, place: Mention) -> bool:
        """'가나, 다라, 마라 3개 도시에서 열린다', '파리, 뮌헨 등 유럽 2개국을 찾는다': the last place of a list closed by a
        noun that counts or names its places (stopwords.tsv place-collective), where something happens or is visited."""
        words = words_of(sentence)
        at = next((k for k, w in enumerate(words) if w.start <= place.start < w.end), None)
        if at is None or words[at].core_end != place.end or not words[at].bare or not self.place_collectives:
            return False
        ends = self.lexicon.stopwords.get("list-end", set())
        for k in range(at + 1, min(len(words), at + COLLECTIVE_REACH + 1)):
            word = words[k]
            core = word.core(sentence)
            if any(core.endswith(noun) for noun in self.place_collectives) and not word.bare:
                return self._where_or_visited(sentence, words, k)  # (a bare one may count again: '2개국 3개 도시를')
            proper = bool(word.tokens) and all(t.tag == "NNP" for t in word.tokens)  # '유럽 3개국': the list's region
            if not word.bare or not (core in ends or core[:1].isdigit() or proper or core.endswith(self.place_collectives)):
                return False
        return False

    def _where_or_visited(self, sentence: Sentence, words: list[Word], k: int) -> bool:
        """The word ends with a particle of where something happens ('도시에서'), or is the object of a visit, perhaps
        after an adverb ('도시를 모두 찾는다')."""
        word = words[k]
        after = [t for t in word.tokens if t.start >= word.core_end]
        if not after or not after[0].tag.startswith("J"):
            return False
        if after[0].form in self.lexicon.stopwords.get("site-particle", set()):
            return True
        if after[0].tag != "JKO":
            return False
        for nxt in words[k + 1 : k + 3]:
            if nxt.tokens and nxt.tokens[0].form in self.visits:
                return True
            if not nxt.tokens or nxt.tokens[0].tag not in ADVERBIAL:
                return False
        return False

    def _names_event(self, sentence: Sentence, place: Mention) -> bool:
        """'하노이 투자설명회', '부산 국제 박람회': a place that opens an event's name is where the event is."""
        words = words_of(sentence)
        at = next((k for k, w in enumerate(words) if w.start <= place.start < w.end), None)
        if at is None or words[at].core_end != place.end or not words[at].bare:
            return False
        for word in words[at + 1 : at + 4]:
            core = word.core(sentence)
            head = longest_suffix(core, self.lexicon.event_words, self.event_length)
            if head is not None and self.lexicon.event_words[head][0] != "Program":
                return True
            if not word.bare or not core:
                return False
        return False

    def _site_particle(self, sentence: Sentence, place: Mention) -> bool:
        after = tokens_after(sentence.tokens, place.end)
        token = next(after, None)
        if token is None or token.start != place.end or not token.tag.startswith("J"):
            return False
        if token.form in self.lexicon.stopwords.get("site-particle", set()):
            return True
        return self._visited(sentence, place)

    def _visited(self, sentence: Sentence, mention: Mention) -> bool:
        """The object of a visit ('포르투갈을 방문해', '가나군을 찾아'), or a name listed before it ('선전시, 베이징시,
        장쑤성을 방문')."""
        after = tokens_after(sentence.tokens, mention.end)
        token = next(after, None)
        if token is None or token.start != mention.end:
            return False
        if token.form in self.joiners or token.tag in LIST_JOINS:
            token = next((t for t in after if not (t.tag in LISTED or t.form in self.joiners)), None)
        verb = next(after, None)
        return token is not None and token.tag == "JKO" and verb is not None and verb.form in self.visits

    def _kind_by_suffix(self, name: str) -> str | None:
        suffix = longest_suffix(name, self.lexicon.org_suffixes, self.suffix_length)
        if suffix in self.head_only:
            return None  # '가나도' is a province only in '가나도지사'
        if suffix in self.place_led and not self._place_name(name[: len(name) - len(suffix)]):
            return None  # '제도상의': grammar, not a place's chamber ('가나상의')
        if suffix is not None and name.endswith(self.desks):
            return None  # '영남취재본부': a news outlet's bureau in a byline
        if suffix is not None and len(name) > len(suffix) + 1:
            return self.lexicon.org_suffixes[suffix]
        return None

    # --- people ------------------------------------------------------------
    def _org_maker(self, sentence: Sentence, mentions: list[Mention]):
        """A function that adds an unknown organization named before a title ('다라랩스 대표')."""

        def make(text: str, start: int, end: int, kind: str) -> Mention:
            org = Mention(text, start, end, sentence.index, self._kind_by_suffix(text) or kind, text)
            mentions.append(org)
            return org

        return make

    def _bracketed_people(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'가나부(장관 김철수)', '가나협회(회장 박영희. 이하 가나협)', '(김철수 이사장)', '(홍길동 1차관 참석)',
        '가나테크노파크(TP·원장 김철수)' (a short name before the post), '다라(대표 김철수, 박영희)' (two heads)."""
        for match in BRACKETED_POST.finditer(sentence.text):
            first, second = match.group(1), match.group(2)
            first_title, second_title = self.people.title_word(first), self.people.title_word(second)
            if first_title is not None and first_title.body is None and self.people.korean_name(second):
                title, name, offset = first_title.title, second, match.start(2)
            elif second_title is not None and second_title.body is None and self.people.korean_name(first):
                title, name, offset = second_title.title, first, match.start(1)
            else:
                continue
            paren = sentence.start + match.start()
            org = next((m for m in mentions if m.end == paren and m.cls in ORG_CLASSES), None) \
                or self._headed_body(sentence, mentions, paren, title)
            start = sentence.start + offset
            self._add(mentions, Mention(name, start, start + len(name), sentence.index, "Person", name, title=title, affiliation=org))
            if offset != match.start(2):
                continue
            more = CO_HOLDER.match(sentence.text, match.end())
            while more is not None and self.people.korean_name(more.group(1)):
                start = sentence.start + more.start(1)
                self._add(mentions, Mention(more.group(1), start, start + len(more.group(1)), sentence.index, "Person", more.group(1),
                                            title=title, affiliation=org))
                more = CO_HOLDER.match(sentence.text, more.end())

    def _bodies_after_posts(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'홍길동 대표((주)가나교육)의': a body in parentheses right after a person's post is where the post is held."""
        if "(" not in sentence.text:
            return
        for person in [m for m in mentions if m.cls == "Person" and m.title and m.affiliation is None]:
            post = next((w for w in words if w.start > person.end), None)
            if post is None or post.core(sentence) != person.title or sentence.text[post.core_end - sentence.start : post.core_end - sentence.start + 1] != "(":
                continue
            body = next((m for m in mentions if m.cls in ORG_CLASSES and post.core_end < m.start <= post.core_end + 1
                         and sentence.text[m.end - sentence.start : m.end - sentence.start + 1] == ")"), None)
            person.affiliation = body

    def _headed_body(self, sentence: Sentence, mentions: list[Mention], paren: int, title: str) -> Mention | None:
        """'다온솔루션(대표 박가람)과': an unknown name glued before its head's title and name in parentheses is a body,
        of its ending's kind, else a company when the title is a company head's."""
        word = next((w for w in words_of(sentence) if w.start < paren <= w.end), None)
        if word is None or word.core_end != paren:
            return None
        name = word.core(sentence)
        if len(name) < 2 or not MIXED_NAME.match(name) or self._common(name) or self._covered(mentions, word.start, paren):
            return None
        heads = self.lexicon.stopwords.get("company-head", set())
        kind = self._kind_by_suffix(name) or ("Company" if title in heads else "Organization")
        body = Mention(name, word.start, paren, sentence.index, kind, name)
        mentions.append(body)
        return body

    def _listed_on_exchange(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'동국씨엠(460850)': a name with a six-digit code in parentheses after it is a company listed on the Korea
        Exchange (its ticker)."""
        if "(" not in sentence.text:
            return
        for match in TICKER.finditer(sentence.text):
            name = match.group(1)
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            if len(name) < 2 or self._common(name) or self._covered(mentions, start, end):
                continue
            mentions.append(Mention(name, start, end, sentence.index, "Company", name))

    def _named_by_alias(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'가나다라협동조합(이하 가나조합)': a word ending like a body right before a short name said so by 이하 is
        that body, though the dictionary reads no proper noun in it (the short name is then one of its names)."""
        if "(" not in sentence.text:
            return
        markers = self.lexicon.stopwords.get("alias-marker", set())
        for word in words:
            paren = word.text.find("(")
            match = ABBREVIATION.match(sentence.text, word.start + paren - sentence.start) if paren > 0 else None
            if match is None or not match.group(1) or match.group(1).strip() not in markers:
                continue
            start = word.quoted_core[0]
            end = word.start + paren
            core = sentence.text[start - sentence.start : end - sentence.start]
            kind = self._kind_by_suffix(core)
            if kind is None or not HANGUL.match(core):
                continue
            for inner in [m for m in mentions if start <= m.start and m.end <= end and m.lexicon_id is None]:
                mentions.remove(inner)
            if not self._covered(mentions, start, end):
                mentions.append(Mention(core, start, end, sentence.index, kind, core))

    def _abbreviated(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'누리글로벌재단(이하 누리재단)', '한국누리지원센터(누리센터)', '가나보험공사(K-SURE)': the short name in
        parentheses after an organization is another of its names (said so by 이하, or made of the name's own
        syllables in order, or a Latin abbreviation)."""
        markers = self.lexicon.stopwords.get("alias-marker", set())
        for mention in mentions:
            if mention.cls not in ORG_CLASSES:
                continue
            match = ABBREVIATION.match(sentence.text, mention.end - sentence.start)
            if match is None:
                continue
            marker, short = match.group(1), match.group(2)
            if short in mention.aliases or short == mention.name or short in self.lexicon.titles or short in self.lexicon.kind_nouns:
                continue
            if marker and marker.strip() not in markers:
                continue  # '(Heron Street)', '(회장 박영희)': no short name
            latin = LATIN_NAME.match(short) is not None and short[0].isupper()
            entry = self.known.get(short)
            known_short = not marker and mention.lexicon_id is None and entry is not None and id(entry) in self.org_entries
            if marker or latin or known_short or (HANGUL.match(short) and (_syllables_of(short, mention.name) or self._short_proper_name(sentence, match))):
                if known_short:
                    # '한미상공회의소(암참)': a short name the lexicon knows says which body the long one is
                    known = self._from_entry(sentence, mention.text, mention.start, mention.end, entry, entry.kind)
                    mention.cls, mention.name, mention.english, mention.lexicon_id = known.cls, known.name, known.english, known.lexicon_id
                    mention.aliases = (*known.aliases, mention.text)
                    continue
                mention.aliases = (*mention.aliases, short)

    def _bodies_at_places(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'광주(광주정보문화산업진흥원)에서 설명회를 연다': a body's full name in parentheses right after a place names
        the body that hosts it there (its name ends like a body's and holds the place's), not another name of the place."""
        if "(" not in sentence.text:
            return
        for match in PLACE_THEN_BODY.finditer(sentence.text):
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            name = match.group(1)
            place = next((m for m in mentions if m.cls == "Place" and m.end == start - 1), None)
            kind = self._kind_by_suffix(name)
            if place is None or kind is None or not name.startswith(place.text) or self._covered(mentions, start, end):
                continue
            mentions.append(Mention(name, start, end, sentence.index, kind, name))

    def _short_proper_name(self, sentence: Sentence, match: re.Match) -> bool:
        """'가나상공회의소(암참)': one proper noun alone in parentheses after an organization, neither a place nor a
        person's name, is its short name, even when read from another language (AmCham)."""
        start, end = sentence.start + match.start(2), sentence.start + match.end(2)
        tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
        short = match.group(2)
        return (len(tokens) == 1 and tokens[0].tag == "NNP" and len(short) <= MAX_SHORT_NAME and short not in self.known
                and not self.people.korean_name(short, check_tag=False))

    def _offices(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'홍길동 국회의원실', '김철수 장관실': a post's title with 실 (premises.tsv kind office) after a personal name is
        that person's office, a body of the post's kind; the person holds the post there."""
        for i, word in enumerate(words[1:], 1):
            core = word.core(sentence)
            post = next((core[: -len(o)] for o in self.offices if core.endswith(o)), "") if core.endswith(self.offices) else ""
            if post not in self.lexicon.titles or self._covered(mentions, word.start, word.core_end):
                continue
            person = words[i - 1]
            if not person.bare or self._covered(mentions, person.start, person.core_end):
                continue
            name = person.core(sentence)
            if not self.people.korean_name(name) or not any(t.tag == "NNP" for t in person.tokens):
                continue
            kind = OFFICE_KIND.get(self.lexicon.title_kinds.get(post, ""), "Organization")
            office_name = f"{name} {core}"
            office = Mention(office_name, person.start, word.core_end, sentence.index, kind, office_name)
            mentions.append(office)
            mentions.append(Mention(name, person.start, person.core_end, sentence.index, "Person", name, title=post, affiliation=office))

    def _meeting_partners(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'A와 B와의 회담', 'C과의 간담회': proper nouns joined to a meeting by 와의 are the bodies met (of the
        kind their ending says, else organizations), unless the text already names them."""
        for i, word in enumerate(words[:-1]):
            if not partner_word(word) or self.lexicon.event_words.get(longest_suffix(words[i + 1].core(sentence), self.lexicon.event_words, self.event_length) or "", ("",))[0] not in EVENT_CLASSES:
                continue
            partners = [word]
            if i > 0 and joined_by_wa(words[i - 1]):
                partners.insert(0, words[i - 1])
            for partner in partners:
                core = partner.core(sentence)
                proper = [t for t in partner.tokens if t.end <= partner.core_end and t.tag in {"NNP", "SL"}]
                if len(core) < 2 or not proper or self._covered(mentions, partner.start, partner.core_end) or self._common(core):
                    continue
                if self.people.korean_name(core) or not MIXED_NAME.match(core) and not LATIN_NAME.match(core):
                    continue
                if self._holds_title(core):
                    continue  # '홍길동 가나시장과의 간담회': a post glued to its body is the person met, found with the people
                mentions.append(Mention(core, partner.start, partner.core_end, sentence.index, self._kind_by_suffix(core) or "Organization", core))

    def _holds_title(self, core: str) -> bool:
        """A word that ends with a title glued to a body the lexicon knows ('가나시장', '가나도지사')."""
        title = self.people.title_word(core)
        return title is not None and title.entry is not None

    def _acting_places(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'서울시는 하노이와 양해각서를 체결했다': a country or a foreign city that signed with someone, when no body
        of it is named, is its government (the gold conventions: a place that acts is a GovernmentBody)."""
        tokens = sentence.tokens
        signings = [(t.start, self.status.status(tokens, k) == PAST) for k, t in enumerate(tokens)
                    if t.form in self.signs and t.tag.startswith(("NNG", "VV"))]
        if not signings:
            return
        # a country only in a signing told as done ('맺고 … 추진한 바 있다' too; one to come is as often its ministry's,
        # named later); a city signs with another city as its government, the signing done or to come
        starts_by_kind = {"country": [start for start, done in signings if done], "city": [start for start, _ in signings]}
        for index, mention in enumerate(mentions):
            entry = self.places_by_id.get(mention.lexicon_id or "") if mention.cls == "Place" else None
            if entry is None or not starts_by_kind.get(entry.kind) or mention.text in self.lexicon.stopwords.get("home-country", set()):
                continue
            token = next(tokens_after(sentence.tokens, mention.end), None)
            if token is None or token.start != mention.end or token.form not in COMITATIVE or not token.tag.startswith("J"):
                continue
            if not self._signing_partner(sentence, mention.end, starts_by_kind[entry.kind]):
                continue
            body = self.orgs_by_id.get(entry.id)
            if body is not None:
                mentions[index] = self._from_entry(sentence, mention.text, mention.start, mention.end, body, "GovernmentBody")
            else:
                mention.cls = "GovernmentBody"

    @staticmethod
    def _signing_partner(sentence: Sentence, end: int, signed: list[int]) -> bool:
        """'가나와 … 협약을 체결했다', '가나와 다라시는 …': the name marked 와/과 ending at `end` is in the clause of a
        signing verb after it, not of another predicate ('가나와 다라의 분쟁이 이어지는 가운데 …'): no clause ends
        between, and no subject is marked but its own or the next word's."""
        verb = next((at for at in signed if at > end), None)
        if verb is None:
            return False
        two_words = re.match(r"\S*\s+\S*", sentence.text[end - sentence.start : verb - sentence.start])
        reach = end + (two_words.end() if two_words else 0)
        between = [t for t in sentence.tokens if end <= t.start < verb]
        return not any(t.tag in CLAUSE_ENDS or (t.tag in SUBJECT_MARKS and t.start >= reach) for t in between)

    def _listed_people(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'▲홍길동 한국OO협회 회장 ▲김철수 대한OO 회장': in a list whose items start with people, an item that
        starts with a personal name is a person's, though the rest of it is cut or unknown."""
        items = [w for w in words if w.text[:1] in LIST_MARKS and len(w.text) > 1]
        if len(items) < 2:
            return
        people = {m.start for m in mentions if m.cls == "Person"}
        starts = [w.start + 1 for w in items]
        if sum(start in people for start in starts) < 2:
            return
        for word, start in zip(items, starts):
            name = word.text[1:]
            if start in people or self._covered(mentions, start, word.end) or not self.people.korean_name(name):
                continue
            mentions.append(Mention(name, start, word.end, sentence.index, "Person", name))

    def _units_in_lists(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'홍길동 가나대 총장, 김철수 기획처장, 박영희 학생지원처장': in a list of people, a post glued to a unit the
        lexicon does not know (기획처, 미래성장본부) is held in the body of the item before it, and the unit is no body
        of its own; '가나협회에서는 홍길동 부회장, 김철수 본부장': a list after a body's side is that body's people."""
        people = sorted((m for m in mentions if m.cls == "Person"), key=lambda m: m.start)
        if len(people) < 2:
            return
        body: Mention | None = None  # the body of the list's items so far
        previous_end = -1
        for person in people:
            title = self._title_after(sentence, words, person)
            gap = sentence.text[previous_end - sentence.start : person.start - sentence.start].strip() if previous_end >= 0 else None
            unit = title is not None and self._common_unit(sentence, title)
            if body is not None and gap in LIST_GAPS and unit:
                own = person.affiliation
                mentions[mentions.index(person)] = replace(person, affiliation=body)
                if own is not None and own.lexicon_id is None and own.start >= title.start and own in mentions \
                        and not any(m.affiliation is own for m in mentions):
                    mentions.remove(own)
            else:
                body = None if title is None or unit else self._named_body(person.affiliation, title)
                if title is not None and person.affiliation is None:
                    body = self._side_before(sentence, words, person, mentions)
                    if body is not None:
                        mentions[mentions.index(person)] = replace(person, affiliation=body)
            previous_end = title.core_end if title is not None else -1

    def _named_body(self, body: Mention | None, title: Word) -> Mention | None:
        """A body a list's people may share: one the lexicon knows or one named with a body's ending, written apart from
        the title ('자문위원장' names its committee, not the body of the people after it)."""
        if body is None or body.start >= title.start:
            return None
        return body if body.lexicon_id or self._kind_by_suffix(body.name) is not None else None

    def _side_before(self, sentence: Sentence, words: list[Word], person: Mention, mentions: list[Mention]) -> Mention | None:
        """'가나협회에서는 홍길동 부회장, …', '가나시 측에서 홍길동 본부장, …': the body whose side the list of people
        that follows speaks for, named with the particle of where (stopwords.tsv site-particle) and perhaps a noun of
        sides (stopwords.tsv side)."""
        k = next((j for j, w in enumerate(words) if w.start <= person.start < w.end), 0)
        if k == 0 or words[k].start != person.start:
            return None
        before = words[k - 1]
        after = [t for t in before.tokens if t.start >= before.core_end]
        if not after or after[0].form not in self.lexicon.stopwords.get("site-particle", set()):
            return None
        end = before.core_end
        if before.core(sentence) in self.sides:
            end = words[k - 2].core_end if k >= 2 and words[k - 2].bare else -1
        elif after[-1].tag not in SUBJECT_MARKS:
            return None  # '가나테크에서 홍길동 대표와': where the meeting is, not whose side ('가나협회에서는')
        return next((m for m in mentions if m.end == end and m.cls in ORG_CLASSES), None)

    def _title_after(self, sentence: Sentence, words: list[Word], person: Mention) -> Word | None:
        """The word holding the person's title: right after the name, or after the body named between."""
        k = next((j for j, w in enumerate(words) if w.start <= person.start < w.end), None)
        if k is None or words[k].core_end != person.end:
            return None
        for word in words[k + 1 : k + 1 + MAX_BODY_WORDS]:
            if self.people.title_word(word.core(sentence)) is not None:
                return word
            if not word.bare:
                return None
        return None

    def _common_unit(self, sentence: Sentence, word: Word) -> bool:
        """A unit head's title (stopwords.tsv unit-head: 처장, 본부장, 실장) glued to a unit the lexicon does not know
        ('기획처장', '미래성장본부장'): in a list after a body's people, a unit of that body."""
        core = word.core(sentence)
        head = longest_suffix(core, self.unit_heads, self.unit_head_length)
        prefix = core[: len(core) - len(head)] if head is not None else ""
        if len(prefix) < 2 or HANGUL.fullmatch(prefix) is None or prefix in self.known:
            return False
        title = self.people.title_word(core)
        return title is not None and title.entry is None

    def _org_just_before(self, sentence: Sentence, words: list[Word], first: Word, mentions: list[Mention]) -> Mention | None:
        """'중기부 박철민', '누리 종합병원(NGH) 존 스미스', '가나바이오의 김영수': the organization right before a name."""
        for mention in mentions:
            if mention.cls in ORG_CLASSES and mention.end <= first.start:
                gap = sentence.text[mention.end - sentence.start : first.start - sentence.start]
                if re.fullmatch(r"(\([^()]*\))?(의)?\s*", gap):
                    return mention
        left = words.index(first) - 1
        if left < 0:
            return None
        previous = words[left]
        core = previous.core(sentence)
        if previous.form_after_core() == "의" and HANGUL.match(core) and any(t.tag == "NNP" for t in previous.tokens):
            if core not in self.known and core not in self.lexicon.kind_nouns:
                return self._new_org(sentence, previous, mentions)
        return None

    def _new_org(self, sentence: Sentence, word: Word, mentions: list[Mention]) -> Mention:
        core = word.core(sentence)
        existing = self._mention_at(mentions, word)
        if existing is not None:
            return existing
        whole = word.text.rstrip(",")
        if whole != core and whole.endswith(tuple(self.place_led)) and self._kind_by_suffix(whole) is not None:
            # '울산상의 홍길동 회장' read as 울산상 + 의: the place's chamber (상의) before its officer's name
            org = Mention(whole, word.start, word.start + len(whole), sentence.index, self._kind_by_suffix(whole), whole)
            mentions.append(org)
            return org
        org = Mention(core, word.start, word.core_end, sentence.index, self._kind_by_suffix(core) or "Company", core)
        mentions.append(org)
        return org

    def _groups(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        self.groups.find(sentence, words, mentions)
        self._residents(sentence, mentions)
        for group in [m for m in mentions if m.cls == "Group" and m.count]:
            self._listed_members(sentence, group, mentions)

    def _residents(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """'가나군 군민 500명', '다라시 시민들': a place's government named before the noun of its residents
        (stopwords.tsv residents) says where they live; it is no body that acts."""
        if not self.residents:
            return
        for m in [m for m in mentions if m.cls == "GovernmentBody"]:
            rest = sentence.text[m.end - sentence.start :].lstrip()
            if rest.startswith(self.residents) and (m.lexicon_id is None or m.lexicon_id in self.places_by_id):
                mentions.remove(m)

    def _listed_members(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> None:
        """'글로벌 기업 3개사(가나소프트, 다라시스템, 누리테크)': names listed in a counted group's parentheses
        are organizations of the group's kind."""
        kind = self.lexicon.kind_nouns.get(group.title or "")
        rest = sentence.text[group.end - sentence.start :]
        listed = re.match(r"\(([^()]+)\)", rest)
        if kind not in ORG_CLASSES or listed is None:
            return
        offset = group.end + 1
        for item in re.finditer(r"[^,·]+", listed.group(1)):
            name = item.group().strip()
            start = offset + item.start() + (len(item.group()) - len(item.group().lstrip()))
            if name and len(name) <= 30 and not self._covered(mentions, start, start + len(name)):
                mentions.append(Mention(name, start, start + len(name), sentence.index, kind, name))

    def _name_words_before(self, sentence: Sentence, words: list[Word], end: int) -> list[Word]:
        run: list[Word] = []
        for word in words:
            if word.start < end <= word.end:
                run.append(word)
                break
            if word.end < end:
                run.append(word)
        run = run[-3:]
        kept: list[Word] = []
        for index, word in enumerate(reversed(run)):
            core = word.core(sentence)
            if index > 0 and (not word.bare or word.text.endswith(",") or not HANGUL.match(core) or self._common(core)):
                break
            kept.insert(0, word)
        return kept

    def _common(self, word: str) -> bool:
        """Words that describe rather than name: kind nouns, event words, known names, titles."""
        return word in self.lexicon.kind_nouns or word in self.lexicon.event_words or word in self.known or word in self.lexicon.titles

    def _mention_at(self, mentions: list[Mention], word: Word) -> Mention | None:
        return next((m for m in mentions if m.start >= word.start and m.end <= word.end), None)

    @staticmethod
    def _covered(mentions: list[Mention], start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in mentions)

    @staticmethod
    def _covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
        return next((m for m in mentions if m.start <= start and end <= m.end + 1), None)

    def _add(self, mentions: list[Mention], mention: Mention) -> None:
        if not self._covered(mentions, mention.start, mention.end):
            mentions.append(mention)


def speech_spans(sentence: Sentence, longer_than: int = 40) -> list[tuple[int, int]]:
    """Quoted speech: what someone said is reported, not a fact the article states."""
    spans = []
    if '"' not in sentence.text and "“" not in sentence.text:
        return spans  # no double quote: no speech
    for match in _SPEECH.finditer(sentence.text):
        if len(match.group(1)) > longer_than:
            spans.append((sentence.start + match.start(), sentence.start + match.end()))
    return spans


_SPEECH = re.compile(r"[“\"]([^”\"]+)[”\"]")  # a double-quoted stretch
OPENINGS = "(‘'\"“["  # what may open a name written right before it
TICKER = re.compile(r"(?<![\w&])([가-힣A-Za-z][가-힣A-Za-z0-9&]*)\((\d{6})\)")  # '동국씨엠(460850)': a listed company
BRACKETED_POST = re.compile(r"\((?:[^\s().,·]+·)?([^\s().,·]+) ([^\s().,]+)(?=[).,;]|\s)")  # '(장관 김철수)', '(TP·원장 김철수)'
CO_HOLDER = re.compile(r",\s*([가-힣]{2,4})(?=[),])")  # '(대표 김철수, 박영희)': a second holder of the post
ABBREVIATION = re.compile(r"\((\S+\s+)?['‘\"]?([^()'’\"\s,.·]{2,15})['’\"]?\)")


def _syllables_of(short: str, name: str) -> bool:
    """'누리센터' of '한국누리지원센터': a shorter name made of the longer one's syllables, in order."""
    if len(short) >= len(name):
        return False
    at = 0
    for char in short:
        at = name.find(char, at) + 1
        if at == 0:
            return False
    return True


_NOT_ALNUM = re.compile(r"[\W_ㆍ]")  # ㆍ (the letter araea) is written as a middle dot between listed names


class NameIndex:
    """Known names by their first two characters, then by length, longest first: a walk over the words' starts
    with dictionary look-ups instead of one regular expression of thousands of alternatives (a head such as
    '한국' opens a hundred names, but of a few lengths)."""

    def __init__(self, names):
        by_length: dict[str, dict[int, set[str]]] = {}
        for name in set(names):
            by_length.setdefault(name[:2], {}).setdefault(len(name), set()).add(name)
        self.by_head: dict[str, list[tuple[int, frozenset[str]]]] = {
            head: sorted(((size, frozenset(group)) for size, group in sizes.items()), key=lambda item: -item[0])
            for head, sizes in by_length.items()}

    def finditer(self, text: str, fits=None):
        """(start, end, name) of the longest name at each word start, left to right, never overlapping; with
        `fits`, the longest that fits there ('인천 송도컨벤시아': not '인천 송도', cut through a word, but 인천)."""
        after = len(text) - 1
        reached = 0  # where the last name found ends: the next may not start before it
        for i in self._word_starts(text):
            if i >= after:
                break
            if i < reached:
                continue
            sizes = self.by_head.get(text[i : i + 2])
            if sizes is None:  # most words open no known name
                continue
            for size, names in sizes:
                name = text[i : i + size]
                if name in names and (fits is None or fits(i, i + size)):
                    yield i, i + size, name
                    reached = i + size
                    break

    @staticmethod
    def _word_starts(text: str):
        """The offsets not preceded by a letter or digit (str.isalnum) other than a middle dot, in order, found by the
        regex engine rather than char by char: a regex word character is exactly a letter, a digit or the underscore."""
        yield 0
        for match in _NOT_ALNUM.finditer(text):
            yield match.end()
