"""People named with a title, in the orders Korean news writes them.

- name, organization, title: '홍길동 중진공 이사장', '김철수 외교부장관' (the title glued to its body);
- organization, name, title: '국토교통부 박영희 도시정책실장';
- organization, title, name: '중진공 이사장 홍길동';
- a title glued to a body the lexicon knows as a place's government: '충북지사', '여수시장';
- names joined by '·' before one title: '김철수·이영희 부원장';
- a foreign name with its Latin spelling: '알렉산드르 페트로프(Aleksandr PETROV) 카자흐스탄 산업부 차관'.

The person gets the title and, unless the post is a former one ('전 장관'), the organization as
affiliation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import KnownName, Lexicon
from ..types import Mention, Sentence
from .words import HANGUL, NOUNISH, Word, longest_suffix

ORDINAL_HANGUL = re.compile(r"^[0-9]*[가-힣]+(?:[0-9]+[가-힣]+)?$")  # "1차관", "국무1차장"
LATIN_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z'’.\-]*(?: [A-Za-z'’.\-]+){0,4})\)")
TITLE_KIND_CLASS = {"official": "GovernmentBody", "legislator": "GovernmentBody", "journalist": "MediaOutlet"}
TRAILING_ASIDE = re.compile(r"[^()]+\([^()]*\)")
LEADING_MARKS = {"SW", "SSO", "SP", "SO"}
NAME_PIECES = {"NNG", "NNP", "NNB", "NR", "MM", "XSN", "XPN", "XR", "MAG", "SP"}
NOT_BARE = ("J", "E", "V", "XSV", "XSA")
SEGMENT_WORDS = 5
ITEM_MARKS = {"▲", "△", "■", "□", "◆", "◇", "●", "○"}  # marks that open the items of a list
ORG_KINDS = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}
ADVERBS = {"MAG", "MAJ"}  # '특히', '또한' opening a sentence: no part of the name after it
PAIR_JOINER = re.compile(r"[-·‐–]")
COUNTRY, REGION = "country", "region"  # the places.tsv and countries.tsv kinds
GOVERNING_KINDS = {"official", "political", "legislator"}  # titles.tsv kinds of posts in a government, a party or a council
EXECUTIVE = "executive"
LEGISLATOR = "legislator"  # the titles.tsv kind of a legislature's members
ONE_WORD_NAME_POSTS = {"official", "diplomat", "political", "legislator"}  # titles.tsv kinds whose holders abroad are named in one word  # the titles.tsv kind of a company's or an organization's heads and managers
COMPANY_NAME = re.compile(r"^[A-Za-z0-9&]*[가-힣]+[A-Za-z0-9&]*$")
POST_PARTICLES = {"에", "으로", "로"}  # '사장에 홍길동이 취임', '사장으로 홍길동을 선임'
ORDINAL_TERM = re.compile(r"제?[0-9]+대")  # '제23대 사장': the holder's number in the post's line
HAN_ASIDE = re.compile(r"\([\u4e00-\u9fff]+\)")  # '(鄭万通)': a name glossed in Chinese characters


@dataclass
class TitleWord:
    """A word holding a title: the title, and the body glued before it ('외교부' in '외교부장관')."""

    title: str
    body: str | None = None
    body_start: int = 0
    entry: KnownName | None = None
    kind: str | None = None
    person: str | None = None


@dataclass
class Introduced:
    """Full names written so far in the article being read, by surname, for the short references that
    follow ('한 청장' after '한누리 ...'); the article's reader keeps one per article."""

    by_surname: dict[str, list[str]] = field(default_factory=dict)
    family_names: set[str] = field(default_factory=set)  # the last words of foreign names ('하퍼' of '마이클 하퍼')
    full_names: dict[str, str] = field(default_factory=dict)  # a foreign name by its last word ('하퍼': '마이클 하퍼')


class PeopleFinder:
    """Finds titled people; the caller's mention list gives the organizations already found."""

    def __init__(self, lexicon: Lexicon, known: dict[str, KnownName]):
        self.lexicon = lexicon
        self.known = known
        self.longest_title = max(map(len, lexicon.titles), default=0)
        self.suffix_length = max(map(len, lexicon.org_suffixes), default=0)
        self.bodies = {entry.id: entry for entry in lexicon.organizations}
        self.org_entries = {id(entry) for entry in lexicon.organizations}
        self.head_suffixes: dict[str, list[str]] = {}
        for suffix, heads in lexicon.suffix_heads.items():
            for head in heads:
                self.head_suffixes.setdefault(head, []).append(suffix)
        self.former = lexicon.stopwords.get("former", set())
        self.skipped = lexicon.stopwords.get("modifier", set()) | self.former
        self.not_names = lexicon.stopwords.get("not-name", set())
        self.common_titles = lexicon.stopwords.get("common-title", set())
        self.foreign_syllables = lexicon.stopwords.get("foreign-syllable", set())
        self.family_first = lexicon.stopwords.get("family-name-first", set())
        self.unit_endings = lexicon.stopwords.get("unit-ending", set())
        self.head_only = tuple(lexicon.stopwords.get("head-only-ending", ()))  # '가나도': a body only in '가나도지사'
        self.duties = lexicon.stopwords.get("duty", set())
        self.post_prefixes = lexicon.stopwords.get("post-abroad", set())
        self.host_shorts = lexicon.stopwords.get("host-short", set())
        self.appointments = tuple(lexicon.stopwords.get("appointment", ()))
        self.acting = sorted(lexicon.stopwords.get("acting", set()), key=len, reverse=True)
        self._splits: dict[str, TitleWord | None] = {}
        self._shapes: dict[tuple[str, bool], bool] = {}  # _name_shaped's answers
        self.countries = {entry.id for entry in lexicon.places if entry.kind == COUNTRY}
        self.places_by_id = {entry.id: entry for entry in lexicon.places}
        self.home = lexicon.stopwords.get("home-country", set())
        self.desks = tuple(lexicon.stopwords.get("desk-ending", ()))
        self.legislatures = legislatures(lexicon)
        from .frames import load_frame_tables  # frames reads no people: imported here to keep the modules' order free

        provinces = [n for e in lexicon.places if e.id in lexicon.home_regions and e.kind == REGION for n in (e.ko, *e.aliases)]
        self.province_prefixes: dict[str, tuple[str, ...]] = {}  # '경북': the names of the home country's provinces
        for name in provinces:
            self.province_prefixes[name[:2]] = (*self.province_prefixes.get(name[:2], ()), name)
        frame_tables = load_frame_tables(lexicon)
        self.joiners = frozenset(j for j in frame_tables.joiners if " " not in j)  # '및', '그리고'
        self.caption_cues = frame_tables.captions  # '좌측부터': a caption's list of the people in the picture

    # --- the title word -----------------------------------------------------
    def title_word(self, core: str) -> TitleWord | None:
        """The title a word ends with, and the body glued before it; None for a word with no title."""
        if core not in self._splits:
            self._splits[core] = self._split(core)
        return self._splits[core]

    def _split(self, core: str) -> TitleWord | None:
        acting = next((a for a in self.acting if core.endswith(a) and len(core) > len(a)), None)
        if acting is not None:
            return self.title_word(core[: -len(acting)])  # '원장직무대행': the acting head holds the post
        if not ORDINAL_HANGUL.match(core) and core not in self.lexicon.titles:
            return None
        if core not in self.lexicon.titles and id(self.known.get(core)) in self.org_entries:
            return None  # '한국개발연구원': a known body whose name ends like a post ('연구원', researcher)
        titles = [core[-n:] for n in range(min(len(core), self.longest_title), 0, -1) if core[-n:] in self.lexicon.titles]
        if not titles:
            return None
        if titles[0] == core:
            return TitleWord(core)
        for title in titles:
            body = self._glued_body(core, title, known_only=True)
            if body is not None:
                return body
        for title in titles:
            body = self._glued_body(core, title, known_only=False)  # '누리은행장': 행장 of 누리은행 when 은행장 reads no body
            if body is not None:
                return body
        prefix = core[: -len(titles[0])]
        if self.korean_name(prefix, check_tag=False) and len(prefix) == 3 and not self._post_abroad(prefix):
            return TitleWord(titles[0], person=prefix)
        return TitleWord(core)

    def _post_abroad(self, text: str) -> bool:
        """'주뉴욕', '주미': a post in a host country or city (stopwords.tsv post-abroad, host-short), not a name."""
        return any(text.startswith(p) and (text[len(p):] in self.host_shorts or self.known.get(text[len(p):]) is not None)
                   for p in self.post_prefixes)

    def _glued_body(self, core: str, title: str, known_only: bool) -> TitleWord | None:
        """'조달청장' -> 조달청, '국민권익위원장' -> 국민권익위원회, '무역협회장' -> 무역협회, '충북지사' -> 충청북도.

        An unknown body is made from the title's endings only when the title is built on the body's ending
        and the text leaves one reading: '무역협회장' (the 회 is shared with 협회), '조달청장' (청장 heads only a
        청); '재외동포이사장' could head a 재단 or a 공단, and '소관장관' names no 부, so neither names a body.
        """
        prefix = core[: -len(title)]
        if len(prefix) < 2:
            return None
        shared: list[str] = []
        added: list[str] = []
        for suffix in self.head_suffixes.get(title, []):
            if title[0] == suffix[0]:
                added.append(prefix + suffix)
            for overlap in range(1, min(len(suffix), len(title)) + 1):
                candidate = core[: len(core) - len(title) + overlap]
                if suffix[-overlap:] == title[:overlap] and candidate.endswith(suffix) and len(candidate) > len(suffix) + 1:
                    shared.append(candidate)
        for candidate in [prefix, *shared, *added]:
            entry = self._body_entry(candidate, title)
            if entry is not None:
                return TitleWord(title, candidate, 0, entry, entry.kind)
        for overlap in range(1, len(title)):
            # '금감원장': a known short name whose last syllable the title repeats (금감원 + 원장), when it heads it
            candidate = prefix + title[:overlap]
            entry = self._body_entry(candidate, title)
            if entry is not None and title in getattr(entry, "heads", ()):
                return TitleWord(title, candidate, 0, entry, entry.kind)
        if known_only:
            # '재외동포이사장': the body's ending left out before its head's title, when the lexicon knows the body
            found = [(prefix + suffix, self._body_entry(prefix + suffix, title)) for suffix in self.head_suffixes.get(title, [])]
            found = [(name, entry) for name, entry in found if entry is not None and title in getattr(entry, "heads", ())]
            if len(found) == 1:
                name, entry = found[0]
                return TitleWord(title, core[: len(prefix)], 0, entry, entry.kind)
        if known_only:
            return None
        own = longest_suffix(prefix, self.lexicon.org_suffixes, self.suffix_length)
        if own in self.unit_endings:
            return TitleWord(core)  # '가나사업본부장': the post of a unit's head, in the organization the sentence names
        if own is not None and title in self.lexicon.suffix_heads.get(own, ()) and len(prefix) > len(own) + 1:
            return TitleWord(title, prefix, 0, None, self.lexicon.org_suffixes[own])
        readings = sorted(set(shared)) or sorted(set(added))
        if len(readings) == 1:
            suffix = longest_suffix(readings[0], self.lexicon.org_suffixes, self.suffix_length)
            if suffix in self.unit_endings:
                return TitleWord(core)
            return TitleWord(title, readings[0], 0, None, self.lexicon.org_suffixes.get(suffix or "", "Organization"))
        return None

    def _heads(self, title: TitleWord) -> bool:
        """True when the title is the head's (or deputy's) of its body."""
        heads = getattr(title.entry, "heads", ()) if title.entry is not None else ()
        if heads:
            return title.title in heads
        suffix = longest_suffix(title.body or "", self.lexicon.org_suffixes, self.suffix_length)
        return suffix is not None and title.title in self.lexicon.suffix_heads.get(suffix, ())

    def _body_entry(self, name: str, title: str) -> KnownName | None:
        """The known organization of that name, or the government of a known place whose head holds the title."""
        entry = self.known.get(name)
        if entry is None:
            return None
        if id(entry) in self.org_entries:
            return entry
        body = self.bodies.get(entry.id)
        if body is not None and (title in getattr(body, "heads", ()) or not getattr(body, "heads", ())):
            return body
        return None

    # --- names --------------------------------------------------------------
    def person_name(self, sentence: Sentence, word: Word, bare: bool = True) -> tuple[int, int] | None:
        """Span of a Korean personal name at the word's start: a surname and one or two syllables.

        Kiwi often cuts an unknown name into common words ('김세복' as 김/세/복, '박영환' as 박영/환), so
        the whole word is tried too when none of its morphemes is a particle or an ending.
        """
        start, end = name_core(word)
        text = sentence.text[start - sentence.start : end - sentence.start]
        rest = [t for t in word.tokens if t.start >= start]
        whole = sentence.text[start - sentence.start : word.end - sentence.start].rstrip(",")
        if len(whole) > len(text) and (any(t.tag == "XR" or _coda_particle(t) for t in rest) or (len(text), len(whole)) == (2, 3)) \
                and self._whole_name(rest, start, whole, word):
            # '박경환' as 박경 + 환 (a root), '정경환' as 정경화 + ᆫ, '한순현' as 한순 + 현 (a determiner): the whole word
            return start, start + len(whole)
        if self.korean_name(text, word) and (not bare or is_bare(word)):
            return start, end
        if self._whole_name(rest, start, whole, word):
            return start, start + len(whole)
        return None

    def _whole_name(self, rest, start: int, whole: str, word: Word) -> bool:
        return bool(rest) and all(t.tag in NAME_PIECES or _coda_particle(t)
                                  for t in rest if t.start < start + len(whole)) and self.korean_name(whole, word)

    def korean_name(self, text: str, word: Word | None = None, check_tag: bool = True) -> bool:
        shaped = self._shapes.get((text, check_tag))
        if shaped is None:
            if len(self._shapes) > 65536:
                self._shapes.clear()
            shaped = self._shapes[(text, check_tag)] = self._name_shaped(text, check_tag)
        if not shaped:
            return False
        if len(text) == 2 and word is not None:
            return any(t.tag == "NNP" and t.form == text for t in word.tokens)
        if word is not None and any(t.tag == "NNG" and t.form == text for t in word.tokens):
            return False  # '기업체': a common noun of the dictionary, whole, is no name
        return True

    def _name_shaped(self, text: str, check_tag: bool) -> bool:
        """What korean_name asks of the text alone, whatever word it stands in (remembered per text: asked of
        nearly every word)."""
        if not HANGUL.match(text) or not 2 <= len(text) <= 4:
            return False
        if text[0] not in self.lexicon.surnames and text[:2] not in self.lexicon.surnames:
            return False
        if len(text) == 4 and text[:2] not in self.lexicon.surnames:
            return False
        if text in self.known or text in self.lexicon.titles or text in self.lexicon.kind_nouns or text in self.lexicon.event_words:
            return False
        if text in self.not_names or text in self.skipped or (check_tag and self.title_word(text) is not None):
            return False
        if any(syllable in self.foreign_syllables for syllable in text[1:]):
            return False  # '피터스': a lone consonant's syllable of a loanword, never in a Korean given name
        return longest_suffix(text, self.lexicon.org_suffixes, self.suffix_length) in (None, *self.head_only)

    # --- the phrases --------------------------------------------------------
    def find_foreign(self, sentence: Sentence, words: list[Word], mentions: list[Mention], new_org) -> list[int]:
        """Foreign names with their Latin spelling, found before parentheses are read as organizations'."""
        used: list[int] = []
        self._foreign(sentence, words, mentions, new_org, used)
        return used

    def find(self, sentence: Sentence, words: list[Word], mentions: list[Mention], done: list[int], new_org, org_before=None,
             introduced: Introduced | None = None) -> list[int]:
        """Adds the people found; returns the indexes of title words it used (done: those already used)."""
        used: list[int] = []
        introduced = Introduced() if introduced is None else introduced
        for i, word in enumerate(words):
            core = word.core(sentence)
            if not core:
                continue
            if word.tokens[0].tag == "NNP":  # (what _remember_name asks first: a core has a token)
                self._remember_name(sentence, word, core, introduced)
            if i in done:
                continue
            title = self.title_word(core)
            if title is None or self._names_the_body(sentence, words, i, core, title) or self._proper_noun(word, core, title):
                continue
            if self._titled(sentence, words, i, title, mentions, new_org, org_before, introduced):
                used.append(i)
            elif title.body is not None:
                self._body_alone(sentence, words, i, title, mentions, new_org)
                used.append(i)
        self._appointed(sentence, words, mentions)
        for m in mentions:
            if m.cls == "Person" and " " in m.text:
                family = m.text.rsplit(" ", 1)[1]
                introduced.family_names.add(family)
                introduced.full_names.setdefault(family, m.name)
        return used

    def _appointed(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        """'가나공사 신임 사장에 홍길동 전 차관이 취임했다': a post with 에 or 으로, at the body named before it or glued
        to it, then a person and a noun of taking up a post (stopwords.tsv appointment): the person holds that post now."""
        if not any(a in sentence.text for a in self.appointments):
            return
        for k, word in enumerate(words[:-1]):
            after = [t for t in word.tokens if t.start >= word.core_end]
            if len(after) != 1 or after[0].tag != "JKB" or after[0].form not in POST_PARTICLES:
                continue
            title = self.title_word(word.core(sentence))
            person = next((m for m in mentions if m.cls == "Person" and m.start == words[k + 1].start), None)
            if title is None or person is None or not any(a in sentence.text[person.end - sentence.start:] for a in self.appointments):
                continue
            if title.body is not None:
                body = next((m for m in mentions if m.start == word.start and m.cls in ORG_KINDS), None)
            else:
                j = k - 1
                while j >= 0 and (words[j].text in self.skipped or ORDINAL_TERM.fullmatch(words[j].text)):
                    j -= 1  # '가나공사 신임 사장', '가나공사 제23대 사장'
                body = next((m for m in mentions if j >= 0 and m.cls in ORG_KINDS and m.start <= item_core(words[j])[0]
                             and words[j].core_end <= m.end), None) if j >= 0 and words[j].bare else None
            if body is not None:
                person.title, person.affiliation = title.title, body

    def _names_the_body(self, sentence: Sentence, words: list[Word], i: int, core: str, title: TitleWord) -> bool:
        """'가나연구원 원장': a bare word ending like a post ('연구원', researcher) that names no body the lexicon knows,
        right before a title word, names the body whose post follows."""
        if title.body is not None or title.title != core or core in self.lexicon.titles or not words[i].bare or i + 1 >= len(words):
            return False
        after = words[i + 1].core(sentence)
        return bool(after) and after in self.lexicon.titles and self.title_word(after) is not None

    def _proper_noun(self, word: Word, core: str, title: TitleWord) -> bool:
        """'마리아 루이사': a word Kiwi reads whole as a proper noun (across the space too) that merely ends like a title
        (이사) names someone or something; a post glued to its body is read apart ('가나사업본부장')."""
        return title.body is None and title.person is None and core not in self.lexicon.titles and any(
            t.tag == "NNP" and t.start <= word.start and t.end >= word.core_end and t.form != core[-len(title.title):]
            for t in word.tokens)

    def _body_alone(self, sentence, words, i, title, mentions, new_org) -> None:
        """'에너지광업부장관과 면담': a head named by the post alone brings the body itself into the sentence
        ('국회의원' is a member, not the head, and brings no 국회; '수출시장' is a market unless 수출시 is known)."""
        if not self._heads(title) or (title.entry is None and title.title in self.common_titles):
            return
        before = self._segment(words, i)[-1:]
        body = self._affiliation(sentence, words[i], title, before, mentions, new_org)
        if body is not None and not any(m.start < body.end and body.start < m.end for m in mentions):
            body.title = title.title
            mentions.append(body)

    def _titled(self, sentence, words, i, title, mentions, new_org, org_before=None, introduced: Introduced | None = None) -> bool:
        if self.lexicon.title_kinds.get(title.title) == "pair":
            return self._pair(sentence, words, i, mentions)
        segment = self._segment(words, i)
        if title.person is not None:
            if not any(t.tag == "NNP" and t.form == title.person for t in words[i].tokens):
                return False
            start = name_core(words[i])[0]
            org = org_before(words[i]) if org_before is not None else None
            return self._add_person(sentence, mentions, start, start + len(title.person), title.title, org)
        if len(segment) == 1 and segment[0].text in self.lexicon.surnames and segment[0].text not in self.not_names:
            full = introduced.by_surname.get(segment[0].text, []) if introduced is not None else []
            if (segment[0].text in self.former or segment[0].text in self.skipped) and not full:
                return False  # '전 장관': a former minister, '이 연구원': this institute, unless the article named a 전 or 이 before
            return self._add_person(sentence, mentions, segment[0].start, segment[0].end, title.title, None, tuple(full))
        former = any(w.text in self.former for w in segment)
        segment = [w for w in segment if w.text not in self.skipped]
        while segment and self._duty(sentence, segment[-1]):
            segment.pop()  # '영업담당 상무': the duty before the title is part of the post
        names = [k for k, w in enumerate(segment) if self._names_in(sentence, w) and not self._covered_by_org(mentions, w)]
        if not names and segment and segment[0].tokens[-1].tag == "ETM" and len(segment[0].text) == 3 \
                and self.korean_name(segment[0].text, check_tag=False):
            names = [0]  # a caption's name read as an adjective (_captioned_name): the whole word
        if self._syllable_run(sentence, segment, mentions):
            org_words = [w for w in segment if self._covered_by_org(mentions, w) and segment.index(w) > 2]
            foreign = ([w for w in segment if w not in org_words][-3:], org_words)
        else:
            foreign = None if names and not self._foreign_first(sentence, segment, names[0], mentions) else self._foreign_run(sentence, segment, mentions)
        if foreign is not None:
            names = []
        if names:
            k = names[0]
            org_words = segment[k + 1 :] or segment[:k]
            people = self._names_in(sentence, segment[k]) or [(segment[k].start, segment[k].end)]
        elif foreign is not None:
            run, org_words = foreign
            names, k, segment = [0], 0, run
            last = run[-1]
            people = [(run[0].start, last.core_end if last.core_end > last.start else last.end)]  # '탄' read as 타 + ㄴ: the word
        elif segment == [] or all(self._covered_by_org(mentions, w) for w in segment):
            if i + 1 >= len(words) or not words[i].bare:
                return False
            span = self._foreign_after(sentence, words, i, mentions)
            if span is None:
                span = self.person_name(sentence, words[i + 1], bare=False)
                span = span if span is not None and any(t.tag == "NNP" for t in words[i + 1].tokens) else None
            if span is None:
                self._head_of(words[i - 1] if i else None, title, mentions)
                return False
            org_words, people = segment, [span]
        elif self._one_word_name(sentence, words, i, segment, title, mentions, new_org, introduced):
            return True
        else:
            return self._company_before_title(sentence, words, i, segment, title, mentions, new_org, introduced) \
                or self._title_before_name(sentence, words, i, segment, title, mentions, new_org)
        if org_words and not self._org_like(sentence, org_words, mentions):
            org_words = []
        unit = None if former else self._unit_of(sentence, title, org_words, mentions)
        org = unit or (None if former else self._affiliation(sentence, words[i], title, org_words, mentions, new_org))
        if unit is None:
            self._committee(sentence, title, org_words, mentions, org)
        if org is None and not former and org_before is not None and names and segment[0] is segment[k]:
            org = org_before(segment[k])
        if foreign is not None and title.body is not None and org is not None and self._home_body(org):
            org = None  # '가나 다라 외교장관' on a trip abroad: a foreigner heads his own country's ministry, not the home one
        post = words[i].core(sentence) if unit is not None else title.title
        for start, end in people:
            self._add_person(sentence, mentions, start, end, post, org)
        return True

    def _duty(self, sentence: Sentence, word: Word) -> bool:
        """A common noun of a field glued to a noun of duty ('영업담당', '생산총괄'): what the person does, not a name."""
        core = word.core(sentence)
        return word.bare and any(core.endswith(d) and len(core) > len(d) for d in self.duties) \
            and all(t.tag == "NNG" for t in word.tokens if t.end <= word.core_end)

    def _unit_of(self, sentence: Sentence, title: TitleWord, org_words: list[Word], mentions: list[Mention]) -> Mention | None:
        """'김가나 중진공 기술지원처장': a unit unknown to the lexicon glued to a title, right after an organization the
        lexicon knows, is a department of that organization, whose post the whole word names."""
        if title.body is None or title.entry is not None or not org_words:
            return None
        start, end = item_core(org_words[0])[0], item_core(org_words[-1])[1]
        unit = next((m for m in mentions if m.start == start and m.end == end and m.lexicon_id and m.cls in ORG_KINDS), None)
        return None if unit is not None and unit.lexicon_id in self.legislatures else unit

    def _committee(self, sentence: Sentence, title: TitleWord, org_words: list[Word], mentions: list[Mention], org: Mention | None) -> None:
        """'국회 가나위원장': a legislature's committee (or office) glued to its head's title is a body of its own,
        also named with the legislature's name ('국회 가나위원회'); the legislature is no unit's parent here."""
        if org is None or title.body is None or title.entry is not None or not org_words:
            return
        before = next((m for m in mentions if m.start == item_core(org_words[0])[0] and m.end == item_core(org_words[-1])[1]
                       and m.lexicon_id in self.legislatures), None)
        if before is not None:
            org.aliases = (*org.aliases, f"{before.text} {org.name}")

    def _pair(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> bool:
        """'배우 한빛-누리 부부': two proper nouns joined by a hyphen or a middle dot before a noun naming a
        pair are two people (a one-syllable stage name too); a title just before is both people's."""
        if i == 0 or not is_bare(words[i - 1]):
            return False
        word = words[i - 1]
        parts = PAIR_JOINER.split(word.text)
        if len(parts) != 2 or not all(HANGUL.match(part) and 1 <= len(part) <= 4 for part in parts):
            return False
        proper = {t.form for t in word.tokens if t.tag == "NNP"}
        if not all(part in proper and part not in self.known and part not in self.lexicon.titles for part in parts):
            return False
        title = None
        if i >= 2 and is_bare(words[i - 2]):
            before = self.title_word(words[i - 2].core(sentence))
            if before is not None and before.body is None and before.title == words[i - 2].core(sentence) and self.lexicon.title_kinds.get(before.title) != "pair":
                title = before.title
        start = word.start
        for part in parts:
            self._add_person(sentence, mentions, start, start + len(part), title, None)
            start += len(part) + 1
        return True

    def _foreign_run(self, sentence: Sentence, segment: list[Word], mentions: list[Mention]) -> tuple[list[Word], list[Word]] | None:
        """'존 스미스 원장', '루카 페라디 가나랩 대표': two proper nouns that are no Korean
        name before the title, or before the organization named (or a third proper noun) just before it."""
        org_words: list[Word] = []
        rest = list(segment)
        while rest and self._covered_by_org(mentions, rest[-1]):
            org_words.insert(0, rest.pop())  # '칠레 환경부': a body named in two words
        if not org_words and self._country_body(sentence, rest, mentions):
            org_words, rest = rest[-2:], rest[:-2]  # '가나국 상공회의소': a country's body named by its ending alone
        run: list[Word] = []
        for k in range(len(rest) - 1, -1, -1):
            word = rest[k]
            core = word.core(sentence).split(" ")[0]  # Kiwi may read a foreign name as one morpheme across the space
            across = any(t.tag == "NNP" and (t.end > word.end or t.start < word.start) for t in word.tokens)
            # then either word may end like a body by chance ('다카시 료', '스즈키 히로시')
            given_before = k > 0 and self._given_name(sentence, rest[k - 1], mentions)
            by_chance = (bool(run) or given_before) and self._ends_like_a_body_by_chance(core, word)
            family = not run and org_words and given_before and self._common_noun_family_name(core, word)
            if not HANGUL.match(core) or not (any(t.tag == "NNP" for t in word.tokens) or family) \
                    or (self._descriptive(core) and not across and not by_chance):
                break
            if any(m.start < word.core_end and word.start < m.end for m in mentions):
                break
            run.insert(0, word)
        if not org_words and 2 <= len(run) <= 3:
            k = len(rest) - len(run) - 1
            while k >= 0 and self._covered_by_org(mentions, rest[k]):
                org_words.insert(0, rest[k])  # '한빛 병원 제임스 리 원장': the body named before the foreign name
                k -= 1
        if len(run) >= 3 and _syllable_names(sentence, run[-3:]):
            return run[-3:], org_words  # '쩐 민 끼엠 장관', '쯔엉 꽝 니엔 국장': a name of three short words
        if len(run) >= 3 and org_words:
            return run[-3:], org_words  # '마리아 호세 로페스 칠레 환경부 장관': three names before the body named
        if len(run) == 3 and not org_words:
            org_words = [run.pop()]
        return (run[-2:], org_words) if len(run) >= 2 else None

    def _country_body(self, sentence: Sentence, rest: list[Word], mentions: list[Mention]) -> bool:
        """A foreign country's name, then a word that is only a body's ending ('상공회의소', '대사관'): that country's body."""
        if len(rest) < 4 or not rest[-1].bare or rest[-1].core(sentence) not in self.lexicon.org_suffixes:
            return False
        country = self._country_just_before(sentence, rest[-2:-1], mentions)
        return country is not None and self._abroad(country)

    def _one_word_name(self, sentence, words, i, segment, title, mentions, new_org, introduced: Introduced | None = None) -> bool:
        """'리창 총리', '하노이시 쩐 시장', '주한 다라국 대사 존슨': one proper noun that is no Korean name, names nothing
        and ends like no body, right before a post in a government or a mission abroad (titles.tsv kinds official,
        diplomat, political, legislator), with only bodies or places before it, is a foreign name written in one word
        (Chinese and Vietnamese names, a family name alone). A title that is also a common noun (시장, market) takes
        one only after its body: '다라 시장' alone is a market."""
        word = segment[-1]
        core = word.core(sentence)
        inner = [t for t in word.tokens if t.end <= word.core_end]
        if self._title_kind(title.title) not in ONE_WORD_NAME_POSTS or title.body is not None or not is_bare(word) \
                or (len(core) < 2 and core not in self.family_first) or not HANGUL.fullmatch(core) or not inner \
                or not all(t.tag == "NNP" for t in inner):
            return False  # '쩐 시장': a family name written first (stopwords.tsv family-name-first) may be one syllable
        before = segment[:-1]
        if not all(self._covered_by_org(mentions, w) for w in before) or (not before and title.title in self.common_titles):
            return False
        if self._descriptive(core) or self.korean_name(core, word) or self._post_abroad(core) or core in self.skipped \
                or any(m.start < word.core_end and word.start < m.end for m in mentions):
            return False
        org = self._affiliation(sentence, words[i], title, before, mentions, new_org) if before else None
        full = introduced.full_names.get(core) if introduced is not None else None
        if full is not None:  # '라스무센 총리' after '라르스 뢰케 라스무센 총리': the person named in full before
            mentions.append(Mention(core, word.start, word.core_end, sentence.index, "Person", full, title=title.title, affiliation=org))
            return True
        return self._add_person(sentence, mentions, word.start, word.core_end, title.title, org)

    def _company_before_title(self, sentence, words, i, segment, title, mentions, new_org, introduced: Introduced | None) -> bool:
        """'라온소재 대표 김철수', '라온소재 대표와 면담': a proper noun the lexicon does not know, no name of a person or a
        place and with no ending of a body, right before a company head's title is the company (an unknown firm is
        as often named without 전자 or 테크); a foreign family name met before in the article ('하퍼 대표') is that person."""
        word = segment[-1]
        core = word.core(sentence)
        inner = [t for t in word.tokens if t.end <= word.core_end]
        family = introduced.family_names if introduced is not None else set()
        if self._title_kind(title.title) != EXECUTIVE or title.body is not None or not is_bare(word) or len(core) < 2 \
                or not inner or not all(t.tag == "NNP" for t in inner) or not COMPANY_NAME.match(core) or self._descriptive(core) \
                or self.korean_name(core, word) or core in family or any(m.start < word.core_end and word.start < m.end for m in mentions) \
                or any(m.cls == "Person" and m.text.endswith(" " + core) for m in mentions):
            self._head_of(words[i - 1] if i else None, title, mentions)
            return False
        before = segment[:-1]
        if HAN_ASIDE.search(word.text) or (before and all(self._covered_by_org(mentions, w) for w in before)):
            # '가나그룹 쾅다온 회장', '쩡다온(鄭多溫) 회장': a name in one word after its body, or glossed in Chinese characters
            org = self._affiliation(sentence, words[i], title, before, mentions, new_org) if before else None
            return self._add_person(sentence, mentions, word.start, word.core_end, title.title, org)
        span = None
        if i + 1 < len(words) and words[i].bare:
            span = self._foreign_after(sentence, words, i, mentions)
            if span is None:
                span = self.person_name(sentence, words[i + 1], bare=False)
                span = span if span is not None and any(t.tag == "NNP" for t in words[i + 1].tokens) else None
        if span is None and words[i].bare:
            return False  # '가나 대표 기업': the title word describes the noun after it ('leading'), no post
        org = new_org(core, word.start, word.core_end, "Company")
        if span is None:
            org.title = title.title  # '라온소재 대표와 면담': the head named by the post alone, the firm takes part
            return False
        return self._add_person(sentence, mentions, span[0], span[1], title.title, org)

    def _title_before_name(self, sentence, words, i, segment, title, mentions, new_org) -> bool:
        """'누리협회 회장 김철수는': a body Kiwi reads as common nouns, named by its ending, then the title, then a
        Korean name: the person holds the post at that body."""
        if i + 1 >= len(words) or not words[i].bare or title.body is not None or any(m.cls == "Person" and m.start == words[i + 1].start for m in mentions):
            return False
        span = self.person_name(sentence, words[i + 1], bare=False)
        if span is None or not any(t.tag == "NNP" for t in words[i + 1].tokens) or any(m.start < span[1] and span[0] < m.end for m in mentions):
            return False
        body = segment[-1]
        core = body.core(sentence)
        suffix = longest_suffix(core, self.lexicon.org_suffixes, self.suffix_length)
        if not HANGUL.fullmatch(core) or suffix is None or len(core) < len(suffix) + 2 or core in self.lexicon.kind_nouns:
            return False
        org = self._affiliation(sentence, words[i], title, [body], mentions, new_org)
        return self._add_person(sentence, mentions, span[0], span[1], title.title, org)

    def _foreign_after(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention]) -> tuple[int, int] | None:
        """'다온테크 대표 다니엘 포스터는': a foreign name of two or three words after the title, a given name that is no
        Korean name and names nothing, and proper nouns up to the word that ends the phrase with a particle."""
        if i + 2 >= len(words) or not self._given_name(sentence, words[i + 1], mentions, shaped_too=True):
            return None
        for k in range(i + 2, min(len(words), i + 4)):
            word = words[k]
            core = word.core(sentence)
            across = any(t.tag == "NNP" and t.start < word.start for t in word.tokens)
            family = k == i + 2 and not is_bare(word) and self._common_noun_family_name(core, word)
            if not HANGUL.fullmatch(core) or not (any(t.tag == "NNP" for t in word.tokens) or family) \
                    or (self._descriptive(core) and not across) or self._covered_by_org(mentions, word) or self.title_word(core) is not None:
                return None
            if not is_bare(word) or word.text.endswith(","):
                return words[i + 1].start, word.core_end
        return None

    def _given_name(self, sentence: Sentence, word: Word, mentions: list[Mention], shaped_too: bool = False) -> bool:
        """A bare word of proper nouns only that names nothing found and (unless shaped_too: '마리아', followed by more
        of the name) is no Korean name: a foreign given name."""
        core = word.core(sentence).split(" ")[0]  # Kiwi may read a foreign name as one morpheme across the space
        return is_bare(word) and HANGUL.fullmatch(core) is not None and bool(word.tokens) and all(t.tag == "NNP" for t in word.tokens) \
            and not self._descriptive(core) and (shaped_too or not self.korean_name(core, word)) and not self._covered_by_org(mentions, word)

    def _common_noun_family_name(self, core: str, word: Word) -> bool:
        """'다니엘 포스터 오리건주 주지사', '대표 다니엘 포스터는': after a foreign given name, next to the body or the
        title, a word the dictionary reads as a common noun (포스터, poster) is the family name."""
        inner = [t for t in word.tokens if t.end <= word.core_end]
        return len(inner) == 1 and inner[0].tag == "NNG" and len(core) >= 2 \
            and not self._descriptive(core) and core not in self.skipped and core not in self.lexicon.event_words

    def _ends_like_a_body_by_chance(self, core: str, word: Word) -> bool:
        """'다카하시 겐 대표': a proper noun unknown to the lexicon whose last syllable is a body's ending (시) opens
        a foreign name when another proper noun follows it before the title."""
        return word.tokens[0].tag == "NNP" and core not in self.known and core not in self.lexicon.kind_nouns \
            and core not in self.lexicon.titles and len(longest_suffix(core, self.lexicon.org_suffixes, self.suffix_length) or "") == 1

    def _syllable_run(self, sentence: Sentence, segment: list[Word], mentions: list[Mention]) -> bool:
        """'쯔엉 꽝 니엔 국장': three short proper nouns before the title (or before the body before it) are one
        foreign name, though one of them is shaped like a Korean name."""
        rest = list(segment)
        while rest and self._covered_by_org(mentions, rest[-1]):
            rest.pop()
        last = rest[-3:]
        family = bool(last) and last[0].text in self.family_first  # '응우옌 반 다온': Kiwi may read each word as a common one
        return len(last) == 3 and _syllable_names(sentence, last) and (family or any(t.tag == "NNP" for w in last for t in w.tokens)) \
            and (family or not all(t.tag == "NNG" for t in last[0].tokens)) and not (len(last[0].text) > 1 and all(t.tag in ADVERBS for t in last[0].tokens)) and all(
            HANGUL.fullmatch(w.text) and not (self._descriptive(w.text) and not (family and len(w.text) == 1)) for w in last) and not any(m.start < last[-1].end and last[0].start < m.end for m in mentions)

    def _foreign_first(self, sentence: Sentence, segment: list[Word], k: int, mentions: list[Mention]) -> bool:
        """'마리아 로페스 칠레 환경부 장관': a word shaped like a Korean name that opens the words before a title,
        then another proper noun and a body, is a foreign given name (a Korean name is written as one word)."""
        if k == 0 and len(segment) == 2 and len(segment[0].core(sentence)) == 2:
            # '마틴 호프링거 대표'; '하칸 피단 장관': two two-syllable words are no Korean name (written in one word)
            return self._family_name(sentence, segment[1], mentions, len(segment[1].core(sentence)) == 2)
        if k >= 1 and len(segment[k].core(sentence)) == 2 \
                and all(self._covered_by_org(mentions, w) for w in segment[: k - 1] + segment[k + 1 :]):
            # '메흐메트 오잔 장관', '가나 병원 마이클 하퍼 원장', '우바르 하니 주한 가나 대사': the given name first,
            # with only the bodies named before or after; a word opened by a province's name is a body ('경북경총')
            given = segment[k - 1].core(sentence)
            if any(given.startswith(p) and len(given) > len(p) for p in self.province_prefixes.get(given[:2], ())):
                return False
            return self._family_name(sentence, segment[k - 1], mentions, True)
        first = segment[0].core(sentence) if segment else ""
        if k == 1 and len(segment) == 2 and len(first) == 1 and first not in self.lexicon.surnames \
                and any(t.tag == "NNP" for t in segment[0].tokens):
            return True  # '폴 가나다 장관': a one-syllable given name that is no surname opens a foreign name
        if k != 0 or len(segment) < 3 or not self._covered_by_org(mentions, segment[-1]):
            return False
        second = segment[1]
        core = second.core(sentence)
        return (HANGUL.match(core) is not None and any(t.tag == "NNP" for t in second.tokens) and not self._descriptive(core)
                and not any(m.start < second.core_end and second.start < m.end for m in mentions))

    def _family_name(self, sentence: Sentence, word: Word, mentions: list[Mention], shaped_too: bool = False) -> bool:
        """'마틴 호프링거 대표': after a two-syllable word shaped like a Korean name, a bare proper noun that neither is
        a Korean name nor ends like a body, and names nothing found, is a foreign family name, not a company."""
        core = word.core(sentence)
        return (word.bare and HANGUL.match(core) is not None and len(core) >= 2 and any(t.tag == "NNP" for t in word.tokens)
                and not self._descriptive(core) and (shaped_too or not self.korean_name(core, word))
                and not any(m.start < word.core_end and word.start < m.end for m in mentions))

    @staticmethod
    def _head_of(word: Word | None, title: TitleWord, mentions: list[Mention]) -> None:
        """'중기부 장관은': a title right after an organization, with no name, is its head's (the body takes part)."""
        if word is None:
            return
        org = next((m for m in mentions if word.start <= m.start and m.end <= word.end and m.cls not in {"Person", "Group", "Place"}), None)
        if org is not None:
            org.title = org.title or title.title

    @staticmethod
    def _add_person(sentence: Sentence, mentions: list[Mention], start: int, end: int, title: str, org: Mention | None, aliases: tuple[str, ...] = ()) -> bool:
        """A new person, or the organization of a second post of one already found ('A 부총리 겸 교육부 장관');
        aliases: for a surname alone, the full name written before it in the article."""
        name = sentence.text[start - sentence.start : end - sentence.start]
        same = next((m for m in mentions if m.cls == "Person" and m.start == start and m.end == end), None)
        if same is not None and same.affiliation is None:
            same.affiliation = org
        elif not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(name, start, end, sentence.index, "Person", name, aliases=aliases, title=title, affiliation=org))
        return True

    def _remember_name(self, sentence: Sentence, word: Word, core: str, introduced: Introduced) -> None:
        """A word that is one proper noun shaped like a full Korean name ('한누리'), kept for the short
        references ('백 청장') later in the article."""
        tokens = word.tokens
        if not 2 <= len(core) <= 4 or not tokens or tokens[0].tag != "NNP" or tokens[0].form != core:
            return
        if self.korean_name(core, word):
            names = introduced.by_surname.setdefault(core[0], [])
            if core not in names:
                names.append(core)

    def _segment(self, words: list[Word], i: int) -> list[Word]:
        """The bare words right before the title word, back to a comma, a particle or a parenthesis (an aside
        after a name, '홍길동(왼쪽)', is kept)."""
        run: list[Word] = []
        for k in range(i - 1, max(0, i - SEGMENT_WORDS) - 1, -1):
            word = words[k]
            aside = ("(" in word.text or ")" in word.text) and not TRAILING_ASIDE.fullmatch(word.text)
            if not (is_bare(word) or self._in_family_first_name(words, k) or self._captioned_name(words, k)) \
                    or word.text.endswith((",", "·")) or aside:
                break
            if word.text in self.joiners:
                break  # '김철수 차관보 및 홍길동 실장': a conjunction (conjunctions.tsv) ends the item before
            run.insert(0, word)
            if word.text[:1] in ITEM_MARKS:
                break  # '▲홍길동 가나협회 회장': a list's mark opens the item the title closes
        return run

    def _captioned_name(self, words: list[Word], k: int) -> bool:
        """'(좌측부터 장대한 가나그룹 회장, …)': in a caption's list of people, an item opens with the person's name,
        though Kiwi reads it as an adjective ('장대한', grand)."""
        word = words[k]
        if k == 0 or not HANGUL.fullmatch(word.text) or len(word.text) != 3 or word.tokens[-1].tag != "ETM":
            return False
        if not self.korean_name(word.text, check_tag=False):
            return False
        cue = next((j for j in range(k - 1, -1, -1) if words[j].text.lstrip("([").startswith(tuple(self.caption_cues))), None)
        return cue is not None and (cue == k - 1 or words[k - 1].text.endswith(","))

    def _in_family_first_name(self, words: list[Word], k: int) -> bool:
        """'쩐 티 다온', '응우옌 반 탄': a word of a foreign name opened by its family name (stopwords.tsv family-name-first),
        though Kiwi reads it as a verb ('쩐' as 쩔 + ㄴ, '탄' as 타 + ㄴ)."""
        if not HANGUL.fullmatch(words[k].text) or len(words[k].text) > SYLLABLE_WORD:
            return False
        return any(words[j].text in self.family_first for j in range(max(0, k - 2), k + 1))

    def _names_in(self, sentence: Sentence, word: Word) -> list[tuple[int, int]]:
        """The names a word holds: one, or several joined by '·' ('김철수·이영희·박민수')."""
        start, end = name_core(word)
        text = sentence.text[start - sentence.start : end - sentence.start]
        if "·" not in text:
            span = self.person_name(sentence, word)
            return [span] if span else []
        spans, offset = [], start
        for part in text.split("·"):
            if not self.korean_name(part):
                return []
            spans.append((offset, offset + len(part)))
            offset += len(part) + 1
        return spans

    def _org_like(self, sentence: Sentence, org_words: list[Word], mentions: list[Mention]) -> bool:
        """Words that can name an organization: a known or found name, a proper noun, a Latin name, an ending."""
        start, end = item_core(org_words[0])[0], self._org_end(org_words[-1], mentions)
        text = sentence.text[start - sentence.start : end - sentence.start]
        if len(text.replace(" ", "")) < 2:
            return False
        if any(m.start < end and start < m.end and m.cls != "Person" for m in mentions):
            return True
        if any(t.tag in {"NNP", "SL"} for w in org_words for t in w.tokens if t.end <= end):
            return True
        return longest_suffix(text, self.lexicon.org_suffixes, self.suffix_length) is not None

    def _descriptive(self, text: str) -> bool:
        """Words that describe or name an organization, never part of a person's name."""
        if text in self.known or text in self.lexicon.kind_nouns or text in self.lexicon.titles:
            return True
        return longest_suffix(text, self.lexicon.org_suffixes, self.suffix_length) is not None

    @staticmethod
    def _org_end(word: Word, mentions: list[Mention]) -> int:
        """Where the body named by the words before a name ends: its noun part, or a body found there with its kind
        mark ('㈜가나전자 홍길동 대표', '한별솔루션(주) 홍길동 대표': Kiwi reads no noun at the word's start)."""
        end = item_core(word)[1]  # '▲가나부': the noun part after a list's mark
        return max([end, *(m.end for m in mentions if word.start <= m.start <= end and m.end <= word.end and m.cls in ORG_KINDS)])

    @staticmethod
    def _covered_by_org(mentions: list[Mention], word: Word) -> bool:
        start, end = item_core(word)  # '▲가나부': after a list's mark
        return any(m.start <= start and end <= m.end and m.cls != "Person" for m in mentions)

    def _affiliation(self, sentence, title_word: Word, title: TitleWord, org_words: list[Word], mentions, new_org) -> Mention | None:
        """The organization of the post: the words between name and title, or the body glued to the title."""
        if title.body is not None:
            start = title_word.start
            body = Mention(title.body, start, start + len(title.body), sentence.index, title.kind or "GovernmentBody", title.body)
            if title.entry is not None:
                entry = title.entry
                aliases = tuple(a for a in (title.body, *entry.aliases) if a != entry.ko)
                body = Mention(title.body, start, start + len(title.body), sentence.index, entry.kind, entry.ko or entry.en, entry.en or None, aliases, entry.id)
            country = self._country_just_before(sentence, org_words, mentions)
            if country is not None and (body.lexicon_id is None or self._abroad(country) and body.cls == "GovernmentBody"):
                # '가나 외교장관': a foreign country before a ministry's head is that country's ministry, not the home one
                mentions.remove(country)
                name = f"{country.text} {body.name}"
                english = f"{body.english} of {country.english}" if body.english and country.english else None
                own = () if body.lexicon_id else (body.name,)  # the home ministry's name is no name of the foreign one
                body = Mention(name, country.start, body.end, sentence.index, "GovernmentBody", name, english, aliases=own)
            return body
        if not org_words or self._org_end(org_words[-1], mentions) <= item_core(org_words[0])[0]:
            # '주가나총영사': a post abroad found at the start of the title's own word
            return next((m for m in mentions if m.start == title_word.start and m.end < title_word.core_end and m.cls in ORG_KINDS), None)
        start, end = item_core(org_words[0])[0], self._org_end(org_words[-1], mentions)
        exact = next((m for m in mentions if m.start == start and m.end == end and m.cls != "Person"), None)
        if exact is not None:
            return self._as_body(exact, title.title)
        covering = next((m for m in mentions if m.start <= start and end < m.end and m.cls in ORG_KINDS), None)
        if covering is not None:
            return covering  # '주한 가나대사': a post abroad found before, its name running into the title's word
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.cls not in {"Place"} for m in inside):
            return next(m for m in reversed(inside) if m.cls != "Place")
        text = sentence.text[start - sentence.start : end - sentence.start]
        if not all(HANGUL.match(w.core(sentence)) or w.core(sentence).isascii() for w in org_words):
            return None
        if text.endswith(self.desks):
            return None  # '가나일보 호남취재본부 홍길동 기자': the desk is no body; the byline names the outlet
        for m in inside:
            mentions.remove(m)
        kind = TITLE_KIND_CLASS.get(self.lexicon.title_kinds.get(title.title, ""), "Company")
        return new_org(text, start, end, kind)

    def _as_body(self, mention: Mention, title: str) -> Mention:
        """A place named before a title stands for its government ('충북 지사')."""
        if mention.cls != "Place" or mention.lexicon_id is None:
            return mention
        body = self.bodies.get(mention.lexicon_id)
        if body is None:
            return self._region_government(mention, title)
        return Mention(mention.text, mention.start, mention.end, mention.sentence, body.kind, body.ko or body.en, body.en or None, (mention.text,), body.id)

    def _title_kind(self, title: str) -> str | None:
        """The kind of the title a post ends with ('당서기장': 서기장's, political)."""
        ending = longest_suffix(title, self.lexicon.titles, self.longest_title)
        return self.lexicon.title_kinds.get(ending) if ending else None

    def _region_government(self, mention: Mention, title: str) -> Mention | None:
        """'오리건주 주지사', '아이치현 지사': a region abroad named before an official's title stands for its government,
        named with the region's ending as Korean news names it ('오리건주'); a country before a head of state's title
        ('가나 대통령') names no body the person is employed by."""
        place = self.places_by_id.get(mention.lexicon_id or "")
        if place is None:
            return mention
        if place.kind == COUNTRY:
            return None
        if place.kind != REGION or self._title_kind(title) not in GOVERNING_KINDS:
            return mention
        ko = place.ko or mention.text
        name = next((a for a in place.aliases if a.startswith(ko) and len(a) == len(ko) + 1), ko)
        aliases = tuple(dict.fromkeys(a for a in (mention.text, ko) if a != name))
        english = f"{place.en} Government" if place.en else None
        return Mention(mention.text, mention.start, mention.end, mention.sentence, "GovernmentBody", name, english, aliases, place.id)

    def _home_body(self, body: Mention) -> bool:
        """A known government body of the home country: one whose name does not open with a foreign country's."""
        entry = self.bodies.get(body.lexicon_id or "")
        if entry is None or entry.kind != "GovernmentBody":
            return False
        if entry.id in self.places_by_id and entry.id not in self.lexicon.home_regions:
            return False  # '하노이시': a foreign city's government shares its city's id
        country = self.known.get(entry.ko.split(" ", 1)[0]) if entry.ko else None
        return country is None or country.id not in self.countries

    def _abroad(self, place: Mention) -> bool:
        """A foreign country's name ('베트남'), not the home country's."""
        return place.lexicon_id in self.countries and place.text not in self.home

    @staticmethod
    def _country_just_before(sentence: Sentence, org_words: list[Word], mentions: list[Mention]) -> Mention | None:
        if len(org_words) != 1:
            return None
        word = org_words[0]
        return next((m for m in mentions if m.cls == "Place" and m.start == word.start and m.end == word.core_end), None)

    # --- foreign names ------------------------------------------------------
    def _foreign(self, sentence, words, mentions, new_org, used: list[int]) -> None:
        """'바트 돌고르(Bat Dolgor) 보건부장관': as many Hangul words as the Latin name has, then a title."""
        for match in LATIN_IN_PARENS.finditer(sentence.text):
            latin = match.group(1)
            if latin in self.known or len(latin.split()) < 2:
                continue
            paren_start, paren_end = sentence.start + match.start(), sentence.start + match.end()
            before = [w for w in words if w.end <= paren_start or (w.start < paren_start < w.end)]
            count = len(latin.split())
            name_words = before[-count:] if len(before) >= count else []
            if not name_words or any(not HANGUL.match(w.core(sentence)) or self._descriptive(w.core(sentence)) for w in name_words):
                continue
            if any(not w.bare for w in name_words[:-1]) or name_words[-1].core_end != paren_start:
                continue
            after = [k for k, w in enumerate(words) if w.start >= paren_end]
            title_index = None
            for k in after[:SEGMENT_WORDS]:
                if self.title_word(words[k].core(sentence)) is not None:
                    title_index = k
                    break
                if not words[k].bare:
                    break
            if title_index is None:
                continue
            title = self.title_word(words[title_index].core(sentence))
            org_words = [words[k] for k in after if k < title_index]
            start, end = name_words[0].start, paren_start
            name = sentence.text[start - sentence.start : end - sentence.start]
            if any(m.start < end and start < m.end for m in mentions):
                continue
            org = self._affiliation(sentence, words[title_index], title, org_words, mentions, new_org)
            mentions.append(Mention(name, start, end, sentence.index, "Person", name, latin, title=title.title, affiliation=org))
            used.append(title_index)


SYLLABLE_WORD = 2  # a word of a name written syllable by syllable ('뚜언', '타인') is this long at most
SYLLABLE_NAME_LONGEST = 3


def legislatures(lexicon: Lexicon) -> frozenset[str]:
    """The ids of the bodies the lexicon knows whose members hold a legislator's title (국회: 의원): their
    committees and offices are bodies of their own."""
    return frozenset(entry.id for entry in lexicon.organizations
                     if any(lexicon.title_kinds.get(head) == LEGISLATOR for head in entry.heads))


def _syllable_names(sentence: Sentence, words: list[Word]) -> bool:
    """Three words, two of them of one or two syllables and none longer than three: a Vietnamese or Chinese name
    written word by word ('응웬 꽝 끼엠'), not a name and a company ('루카 페라디 가나랩')."""
    lengths = [len(w.text) for w in words]
    return max(lengths) <= SYLLABLE_NAME_LONGEST and sum(n <= SYLLABLE_WORD for n in lengths) >= 2


def _coda_particle(token) -> bool:
    """A particle Kiwi made of a syllable's last consonant ('정경환' read as 정경화 + ᆫ): inside the name's word."""
    return token.tag.startswith("J") and "\u11a8" <= token.form[:1] <= "\u11ff"


def name_core(word: Word) -> tuple[int, int]:
    """The noun part of a word after any leading bullet or bracket ('▲김누리')."""
    tokens = list(word.tokens)
    while tokens and tokens[0].tag in LEADING_MARKS and tokens[0].form != "·":
        tokens = tokens[1:]
    if not tokens:
        return word.start, word.start
    end = tokens[0].start
    for token in tokens:
        if token.tag not in NOUNISH and not (token.tag == "SP" and token.form == "·"):
            break
        end = token.end
    return tokens[0].start, end


def item_core(word: Word) -> tuple[int, int]:
    """The noun part of a word, after a list's mark that opens it ('▲가나부'; a bracket, as in a dateline, is no mark)."""
    if word.text[:1] in ITEM_MARKS:
        return name_core(word)
    return word.start, word.core_end


def is_bare(word: Word) -> bool:
    """No particle or ending in the word ('▲김누리', '박영환' cut as 박영/환, '홍길동(왼쪽)' are bare; nor is a
    particle Kiwi made of the last syllable's final consonant, '정경환' as 정경화 + ᆫ)."""
    start = name_core(word)[0]
    return not any(t.tag.startswith(NOT_BARE) and not _coda_particle(t) for t in word.tokens
                   if t.start >= start and t.tag != "SSO" and "(" not in word.text[: t.start - word.start])
