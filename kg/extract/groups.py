"""Groups: unnamed collectives, counted or not.

- a head noun before the count: '스타트업 12개사', '바이오 업계 종사자 300여명', '교민 10명';
- a head noun after it: '25개 VC', '120명의 바이어', '7개 유망 중소기업', '2개 관세청';
- a count alone closing a list: '시장, 군수 등 300여 명';
- a collective noun, with the words that name it: '경제사절단', '청년 창업지원단'.

The countries listed before a group of bodies ('스페인, 포르투갈 등 2개 관세청') become those bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..lexicon import ORG_KINDS, Lexicon, lexicon_folders, read_table
from ..types import ArticleGraph, Mention, Sentence
from .frames import load_frame_tables
from .people import name_core
from .words import HANGUL, Word, longest_suffix, words_of

BOUND_NOUN = "NNB"  # Kiwi's tag of a bound noun ('중', '내')
NUMBER = re.compile(r"^(\d[\d,]*)(여)?(\S*)$")
GLUED = re.compile(r"^([가-힣]{2,})(\d{1,2})([가-힣]+)$")
MODIFIER_WORDS = 2
_DIGIT = re.compile(r"\d")
_PARENTHESIS = re.compile(r"\([^()]*\)")
GROUP_WORDS = ("group_words.tsv", ("word", "use"))
PEOPLE_SUFFIX = "people-suffix"  # group_words.tsv uses
PEOPLE = "people"
OPENER = "opener"
BOUND = "bound"  # group_words.tsv use: a word after a count that bounds it ('이상', '이내')
RELATING = "relating"  # group_words.tsv use: a noun that ties the noun before it to a count of firms ('관련 2개사')
FIRMS, FIRM_KIND = "company", "Company"  # counters.tsv unit of a count of firms ('5개사'), and the kind of its members
TEAMS = "team"  # counters.tsv unit of teams, which glued to a noun numbers a department ('홍보2팀'), no group
SIZES = {"person", "company"}  # counters.tsv units that give a collective's size after its name ('사절단 16명', '… 12개사')
NUMERAL = "numeral-"  # group_words.tsv uses numeral-N: a native numeral that counts N ('네 곳')
OWNER = "owner"  # particles.tsv role of the genitive ('120명의 바이어')
SINGLE_ITEM = re.compile(r"(?<![^\s])[^\s,·]+$")  # the one word before the closing word ('A 등'), no list
LIST_ITEMS = re.compile(r"(?:[^\s,·]+(?:\s*[,·]\s*|(?<=[와과])\s+))+[^\s,·]+$")


@dataclass
class Count:
    """'120여 명': the number, its counter, and the words it spans."""

    number: int
    counter: str
    first: int
    last: int
    text: str
    genitive: bool
    glued: bool = False  # the count stands inside one word after a noun ('가나6단체')


class GroupFinder:
    def __init__(self, lexicon: Lexicon, is_common):
        self.lexicon = lexicon
        self.person_counters = tuple(counter for counter, unit in lexicon.counters.items() if unit == "person")
        self.is_common = is_common
        self.kind_length = max(map(len, lexicon.kind_nouns), default=0)
        self.title_length = max(map(len, lexicon.titles), default=0)
        self.suffix_length = max(map(len, lexicon.org_suffixes), default=0)
        self.collective_length = max(map(len, lexicon.collectives), default=0)
        self.collective_ends = frozenset(noun[-1:] for noun in lexicon.collectives)  # the last letters collective nouns end in
        self.stop = lexicon.stopwords.get("modifier", set())
        self.list_end = lexicon.stopwords.get("list-end", set())
        frames = load_frame_tables(lexicon)
        self.joins = {j for j in frames.joiners if j.isalpha()}  # conjunctions.tsv: 및, 와, 과 …
        self.genitives = frozenset(particle for (particle, _, _), role in frames.particles.items() if role == OWNER)
        table = group_words(lexicon)
        self.people_suffixes = tuple(table.get(PEOPLE_SUFFIX, ()))
        self.people_nouns = frozenset(table.get(PEOPLE, ()))
        self.people_length = max(map(len, self.people_nouns), default=0)
        self.openers = frozenset(table.get(OPENER, ()))
        self.bounds = frozenset(table.get(BOUND, ()))
        self.relating = frozenset(table.get(RELATING, ()))
        self.numerals = {word: int(use[len(NUMERAL):]) for use, words in table.items() if use.startswith(NUMERAL)
                         and use[len(NUMERAL):].isdigit() for word in words}

    def find(self, sentence: Sentence, words: list[Word], mentions: list[Mention]) -> None:
        skip_to = -1
        counted = _DIGIT.search(sentence.text) is not None or any(w.text in self.numerals for w in words)
        # a count is written in digits, or in a native numeral of its own word ('네 곳')
        for i, word in enumerate(words):
            if i <= skip_to:
                continue
            count = self.count_at(sentence, words, i) if counted else None
            if count is not None:
                group = self._counted(sentence, words, count, mentions)
                if group is not None:
                    skip_to = count.last
                    if not self._restates(sentence, group, mentions):
                        self._add(sentence, group, mentions)
                continue
            if word.core(sentence)[-1:] in self.collective_ends:
                skip_to = self._collective(sentence, words, i, mentions, counted)

    # --- counts -------------------------------------------------------------
    def count_at(self, sentence: Sentence, words: list[Word], i: int) -> Count | None:
        """'15개사', '120여 명', '120명의': a number with its counter, the counter possibly a word of its own."""
        core = words[i].core(sentence)
        if words[i].text in self.numerals:
            return self._native_count(sentence, words, i)
        match = NUMBER.match(core)
        if match is None:
            glued = GLUED.match(core)  # '가나6단체', '정유4사': a noun, the count and its counter in one word
            if glued is None or self.lexicon.counters.get(glued.group(3), TEAMS) == TEAMS or glued.group(1) in self.stop:
                return None
            text = sentence.text[words[i].start - sentence.start : words[i].core_end - sentence.start]
            return Count(int(glued.group(2)), glued.group(3), i, i, text, words[i].form_after_core() in self.genitives, glued=True)
        number, counter, last = int(match.group(1).replace(",", "")), match.group(3), i
        if not counter and words[i].bare and i + 1 < len(words):
            counter, last = words[i + 1].core(sentence), i + 1
        elif counter and words[i].bare and i + 1 < len(words) and counter + words[i + 1].core(sentence) in self.lexicon.counters:
            counter, last = counter + words[i + 1].core(sentence), i + 1  # '6개 사': a counter written in two words
        if counter not in self.lexicon.counters:
            return None
        if words[last].bare and last + 1 < len(words) and words[last + 1].core(sentence) in self.bounds:
            last += 1  # '2500개 이상의', '10팀 이내의': a bound of the number, which the name keeps
        end = words[last].core_end
        text = sentence.text[words[i].start - sentence.start : end - sentence.start]
        genitive = words[last].form_after_core() in self.genitives
        return Count(number, counter, i, last, text, genitive)

    def _native_count(self, sentence: Sentence, words: list[Word], i: int) -> Count | None:
        """'네 곳', '세 개 기관': a native numeral, a word of its own, and the counter word after it."""
        if i + 1 >= len(words):
            return None
        counter = words[i + 1].core(sentence)
        if counter not in self.lexicon.counters:
            return None
        text = sentence.text[words[i].start - sentence.start : words[i + 1].core_end - sentence.start]
        return Count(self.numerals[words[i].text], counter, i, i + 1, text, words[i + 1].form_after_core() in self.genitives)

    def _counted(self, sentence: Sentence, words: list[Word], count: Count, mentions: list[Mention]) -> Mention | None:
        if count.number < 2:
            return None  # '위원장 1명': one is no collective
        start, end = words[count.first].start, words[count.last].core_end
        if count.glued:
            group = Mention(count.text, start, end, sentence.index, "Group", count.text, count=count.number)
            group.title = self._kind_noun(count.counter) if count.counter in self.lexicon.kind_nouns else None
            return group
        companies = self.lexicon.counters[count.counter] == "company"
        before = self._head_before(sentence, words, count.first, self.lexicon.counters[count.counter] == "person", mentions)
        after = self._head_after(sentence, words, count) if (not before and not companies) or count.genitive else None
        people_end = None
        if after is not None:
            head, last, span_last = after
            end = words[last].start + len(head)
            if span_last != last or self._bodies_before_people(singular(sentence, words[last])) == head:
                people_end = words[span_last].core_end  # the span reads on to the people: '15개 기업 대표'
        elif before is not None:
            head, first = before
            start = words[first].start
            end = self._restated_kind(sentence, words, count, head) or end
        elif self.lexicon.counters[count.counter] == "person" and (
                self._closes_list(sentence, words, count.first) or self._after_person(sentence, words, count.first, mentions)):
            head = None  # 'A 시장, B 의장 등 300여 명', 'A 차장, B 실장 및 C 심의관 6명'
        elif self._closes_list(sentence, words, count.first) and count.first > 1 and _named(words[count.first - 2], mentions, ORG_KINDS):
            head = None  # 'A, B, C 등 세 곳': places counted after a list of bodies count those bodies
        elif companies:
            head = None
            start = words[self._modifiers_start(sentence, words, count.first, mentions)].start
        else:
            return None
        name = sentence.text[start - sentence.start : end - sentence.start]
        if people_end is not None:
            text = sentence.text[start - sentence.start : people_end - sentence.start]
            group = Mention(text, start, people_end, sentence.index, "Group", name, aliases=(text,), count=count.number)
        else:
            plain = _PARENTHESIS.sub("", name)  # '벤처캐피털(VC) 12곳' is named '벤처캐피털 12곳' too
            bodies = None if self.lexicon.counters[count.counter] == "person" else self._bodies_of_heads(plain)
            plain = bodies or plain
            group = Mention(name, start, end, sentence.index, "Group", plain, aliases=(name,) if plain != name else (),
                            count=count.number)
            if bodies is not None:
                head = bodies.split()[-1]
        group.title = self._kind_noun(head) if head else None
        return group

    def _bodies_of_heads(self, name: str) -> str | None:
        """'10개국 특허청장' -> '10개국 특허청': bodies counted by their heads, one word of a body's name and the title of
        its head that starts with the body's ending (org_suffixes.tsv: 청 청장), are a group of those bodies."""
        last = name.split()[-1] if name.split() else ""
        found = max(((title, suffix) for suffix, titles in self.lexicon.suffix_heads.items() for title in titles
                     if title.startswith(suffix) and len(title) > len(suffix) and last.endswith(title) and len(last) > len(title)),
                    key=lambda pair: len(pair[0]), default=None)
        if found is None:
            return None
        title, suffix = found
        return name[: len(name) - len(title)] + suffix

    def _restates(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> bool:
        """'15개 기업 대표 및 관계자 20여 명': people counted right after the heads of a group of bodies, joined to them,
        are the people that group sent; the group's mention reads on over them (a new one is no second group)."""
        if not self._counts_people(group):
            return False
        for k, before in enumerate(mentions):
            if before.cls != "Group" or before.text == before.name or before.end > group.start:
                continue  # only a group of bodies read on to its people ('15개 기업 대표')
            gap = sentence.text[before.end - sentence.start : group.start - sentence.start].strip()
            if gap in self.joins:
                text = sentence.text[before.start - sentence.start : group.end - sentence.start]
                mentions[k] = replace(before, aliases=(*before.aliases, text))
                return True
        return False

    def _counts_firms(self, group: Mention) -> bool:
        """'5개사', '정유 4사': the group's last word is a count of firms."""
        count = NUMBER.match(group.text.split()[-1]) if group.text.split() else None
        return count is not None and self.lexicon.counters.get(count.group(3)) == FIRMS

    def _counts_people(self, group: Mention) -> bool:
        return group.text.endswith(self.person_counters)

    def _modifiers_start(self, sentence: Sentence, words: list[Word], first: int, mentions: list[Mention]) -> int:
        """'정유 4사': the bare noun right before a count of companies is part of its name (a name found already is
        the last item of a list before it: 'A, B, C 3개사')."""
        start = first
        for k in range(first - 1, max(-1, first - 2), -1):
            text = words[k].core(sentence)
            if not words[k].bare or words[k].text.endswith(",") or not text or text in self.stop or text in self.list_end:
                break
            if words[k].tokens[0].tag == BOUND_NOUN:
                break  # '241개 기업 중 23개사', '가나지구 내 2개사': a bound noun relates the count to what stands before
            if _named(words[k], mentions):
                break
            if text in self.relating and k > 0 and words[k - 1].bare and _nominal(words[k - 1].core(sentence)) \
                    and not _named(words[k - 1], mentions) and not words[k - 1].text.endswith(","):
                return k - 1  # '자동차부품 관련 2개사': the noun a relating noun ties to the firms names them too
            if not _nominal(text) or self.is_common(text):
                break
            start = k
        return start

    def _restated_kind(self, sentence: Sentence, words: list[Word], count: Count, head: str) -> int | None:
        """'선도 중소기업 6개 회사', '중소기업 10개 사': a noun of bodies after the count restates the kind the head before
        it named; the group's name reads on over it. Where that noun ends, if it does."""
        if self._body_kind(head) is False or count.last + 1 >= len(words) or not words[count.last].bare:
            return None
        word = words[count.last + 1]
        core = singular(sentence, word)
        if core and (self._body_kind(core) or self.lexicon.counters.get(core) == "company"):
            return word.start + len(core)
        return None

    def _head_before(self, sentence: Sentence, words: list[Word], first: int, people: bool,
                     mentions: list[Mention] = ()) -> tuple[str, int] | None:
        """'국내 중소기업 130개사': the head noun right before the count, with up to two words naming it; before a count
        of people, a noun with the people suffix too ('지역 농업인 30명')."""
        if first == 0 or words[first - 1].text.endswith(","):
            return None
        core = words[first - 1].core(sentence)
        if words[first - 1].text in self.lexicon.kind_nouns or _person_of(words[first - 1], self.people_suffixes):
            core = words[first - 1].text
        elif not words[first - 1].bare or (_named(words[first - 1], mentions) and not self._kind_named(words[first - 1], mentions)):
            return None  # 'A, B, KB자산운용 3개사': a name found already is an item of the list, no head
        if self._head(core) is None and not (people and self._of_persons(core)):
            return None
        if people and self._after_person(sentence, words, first, mentions):
            return None  # '… 김가나 심의관 6명': the post is the last item's, no head of the group
        start = first - 1
        for k in range(first - 2, max(-1, first - 2 - MODIFIER_WORDS), -1):
            word = words[k]
            text = word.core(sentence)
            if word.text in self.openers:
                start = k  # '양 군 직원 30여 명', '주요 인사': a word that opens the name
                break
            if not word.bare or word.text.endswith(",") or not text or text in self.stop or text in self.list_end or not _nominal(text):
                break
            if word.tokens[0].tag == BOUND_NOUN:
                break  # '테크노파크 내 투자전문인력 23명': a bound noun relates the group to what stands before
            start = k
        if start > 0 and start == first - 1 - MODIFIER_WORDS and words[start - 1].text in self.openers:
            start -= 1
        elif start > 0 and start < first - 1 and words[start - 1].text.endswith(","):
            start = first - 1  # '화장품, 의료기기, 식품 분야 기업 34개사': the words before the head end a list of fields
        return core, start

    def _head_after(self, sentence: Sentence, words: list[Word], count: Count) -> tuple[str, int, int] | None:
        """'7개 유망 중소기업', '5개 정부 부처', '120명의 바이어': the last head noun of the bare words after the count."""
        if not count.genitive and not words[count.last].bare:
            return None
        found = None
        of_bodies = self.lexicon.counters[count.counter] != "person"  # '15개 기업 대표', not '11명의 가나 기업 전문가'
        for k in range(count.last + 1, min(len(words), count.last + 1 + MODIFIER_WORDS + 1)):
            core = singular(sentence, words[k])
            bodies = self._bodies_before_people(core) if core and of_bodies else None
            if bodies is not None:
                return bodies, k, k  # '8개 기업대표': the group is of the companies; their heads came for them
            if core and (self._head(core) is not None or (not of_bodies and self._of_persons(core))):
                if found is not None and of_bodies and self._of_people(core) and self._body_kind(found[0]):
                    return found[0], found[1], k  # '12개 기업 대표', '12개 업체 관계자들'
                found = core, k, k
            if not words[k].bare or words[k].text.endswith(","):
                break
        return found

    def _of_persons(self, noun: str) -> bool:
        """'농업인', '경제인': a noun of two letters or more and the people suffix, one word."""
        return any(noun.endswith(suffix) and len(noun) >= len(suffix) + 2 for suffix in self.people_suffixes)

    def _body_kind(self, noun: str) -> bool:
        """'기업', '업체', '펀드운용사': a kind noun of organizations (kind_nouns.tsv), alone or glued after a field."""
        if self.lexicon.kind_nouns.get(noun) in ORG_KINDS:
            return True
        ending = longest_suffix(noun, self.lexicon.kind_nouns, self.kind_length)
        return ending is not None and len(ending) >= 2 and self.lexicon.kind_nouns[ending] in ORG_KINDS

    def _of_people(self, noun: str) -> bool:
        """'대표', '관계자': a title or a kind noun of people, who come on behalf of the bodies named before them."""
        return noun in self.lexicon.titles or self.lexicon.kind_nouns.get(noun) == "Group"

    def _bodies_before_people(self, core: str) -> str | None:
        """'기업대표' -> '기업': one word of a kind noun of organizations and a noun of people after it."""
        for cut in range(2, len(core) - 1):
            if self._body_kind(core[:cut]) and self._of_people(core[cut:]):
                return core[:cut]
        return None

    def _kind_named(self, word: Word, mentions: list[Mention]) -> bool:
        """'벤처캐피털(VC) 12곳': the word was read as a body's name for the abbreviation after it, but names only a kind
        of body (kind_nouns.tsv), which heads the count."""
        return any(self._kind_name(m) for m in mentions if m.start <= word.start and word.core_end <= m.end)

    def _kind_name(self, mention: Mention) -> bool:
        """An organization found for a kind noun and the words before it ('국내 액셀러레이터'), no lexicon entry."""
        words = mention.name.split()
        return mention.cls in ORG_KINDS and mention.lexicon_id is None and bool(words) \
            and self._body_kind(words[-1])

    def _after_person(self, sentence: Sentence, words: list[Word], first: int, mentions: list[Mention]) -> bool:
        """'…, 김가나 심의관 6명', '… 및 김가나 심의관 6명': a count of people right after a name and a post, the last
        item of a list (a person found, or a word after a comma or a joining word), counts the people listed."""
        if first < 2 or not words[first - 1].bare or longest_suffix(words[first - 1].text, self.lexicon.titles, self.title_length) is None:
            return False
        if any(m.cls == "Person" and words[first - 2].start <= m.start < words[first - 2].end for m in mentions):
            return True
        if first < 3 or not words[first - 2].bare:
            return False
        before = words[first - 3]
        if before.core(sentence) in self.list_end:
            return False  # 'A, B 등 주민단체 대표 4명': the list closed before the group's own name
        return before.text.endswith(",") or before.text in self.joins or before.form_after_core() in self.joins

    def _closes_list(self, sentence: Sentence, words: list[Word], first: int) -> bool:
        """'시장, 군수 등 300여 명': a count right after the word that closes a list."""
        return first > 0 and words[first - 1].text in self.list_end

    def _head(self, core: str) -> str | None:
        """The head noun a word ends with: a kind noun, a title (for people) or an organization's ending."""
        if core in self.lexicon.kind_nouns or core in self.people_nouns:
            return core
        last = core.split("·")[-1]
        for table, longest in ((self.lexicon.kind_nouns, self.kind_length), (self.lexicon.titles, self.title_length)):
            found = longest_suffix(last, table, longest)
            if found is not None:
                return found
        people = longest_suffix(last, self.people_nouns, self.people_length)
        if people is not None:
            return people  # '외국인투자가', '해외동포': a noun of people with the words that say which
        suffix = longest_suffix(last, self.lexicon.org_suffixes, self.suffix_length)
        return suffix if suffix is not None and len(last) > len(suffix) + 1 else None

    def _kind_noun(self, head: str | None) -> str | None:
        if head is None:
            return None
        last = head.split("·")[-1]
        found = longest_suffix(last, self.lexicon.kind_nouns, self.kind_length)
        return found or last

    # --- collectives --------------------------------------------------------
    def _collective(self, sentence: Sentence, words: list[Word], i: int, mentions: list[Mention], counted: bool) -> int:
        """'경제사절단', '청년 창업지원단': a collective noun, with the noun right before it when bare, and the count
        of people or firms right after it ('무역사절단 16명'). The last word it spans."""
        word = words[i]
        core = word.core(sentence)
        noun = longest_suffix(core, self.lexicon.collectives, self.collective_length)
        if noun is None or not HANGUL.match(core) or any(m.start < word.core_end and word.start < m.end for m in mentions):
            return i
        start = word.start
        for k in range(i - 1, max(-1, i - 1 - MODIFIER_WORDS), -1):
            previous = words[k].core(sentence)
            if not words[k].bare or words[k].text.endswith(",") or not previous or not _nominal(previous):
                break
            if previous in self.stop or previous in self.lexicon.kind_nouns or previous in self.lexicon.titles:
                break
            if [t.tag for t in words[k].tokens] == ["NNB"]:
                break  # '방문 기간 중 사절단은': a bound noun ('중', '간') ends a phrase of time or place, no name
            start = words[k].start
        name = sentence.text[start - sentence.start : word.core_end - sentence.start]
        aliases = tuple(dict.fromkeys(a for a in (core, noun) if a != name))
        group = Mention(name, start, word.core_end, sentence.index, "Group", name, aliases=aliases)
        made_of = self._made_of(sentence, group, mentions)
        if made_of is not None:
            mentions.remove(made_of)
            group.count, group.aliases = made_of.count, (*group.aliases, made_of.name)
        first = next((k for k, w in enumerate(words) if w.start == start), i)
        before = self.count_at(sentence, words, first - 2) if counted and first >= 2 else None
        if before is None and counted and first >= 1:
            before = self.count_at(sentence, words, first - 1)
        if before is not None and before.last == first - 1 and (before.genitive or words[before.last].bare) \
                and group.count is None and before.number > 1 and self.lexicon.counters[before.counter] in SIZES:
            whole = sentence.text[words[before.first].start - sentence.start : group.end - sentence.start]
            group = replace(group, count=before.number, aliases=(*group.aliases, whole))  # '6명의 방문단', '31명 사절단'
            bodies = self._bodies_before(sentence, words[before.first].start, mentions)
            if bodies is not None:  # '10개 기관 14명의 대표단': the bodies the people come from name the same group
                mentions.remove(bodies)
                whole = sentence.text[bodies.start - sentence.start : group.end - sentence.start]
                group = replace(group, start=bodies.start, aliases=(*group.aliases, whole))
        last = i
        while word.bare and last + 1 < len(words) and words[last + 1].core(sentence) in self.lexicon.collectives:
            last += 1  # '군 방문단 일행': a second collective noun names the same group
            end = words[last].core_end
            text = sentence.text[start - sentence.start : end - sentence.start]
            group = replace(group, text=text, end=end, aliases=(*group.aliases, text))  # named by its first noun
            word = words[last]
        count = self.count_at(sentence, words, last + 1) if counted and word.bare and last + 1 < len(words) else None
        if count is not None and group.count is None and count.number > 1 and self.lexicon.counters[count.counter] in SIZES:
            end = words[count.last].core_end  # '무역사절단 16명': the collective's size
            text = sentence.text[start - sentence.start : end - sentence.start]
            group = replace(group, text=text, end=end, count=count.number, aliases=(*group.aliases, text))
            last = count.last
        overlapping = [m for m in mentions if m.start < group.end and group.start < m.end]
        if all(group.start <= m.start and m.end <= group.end and m.cls in ORG_KINDS | {"Place"} for m in overlapping):
            mentions[:] = [m for m in mentions if m not in overlapping or m.cls != "Place"]
            mentions.append(group)
            return last
        return i

    def _bodies_before(self, sentence: Sentence, start: int, mentions: list[Mention]) -> Mention | None:
        """The counted group of bodies right before a count of people ('10개 기관 14명'), if any."""
        for mention in mentions:
            if mention.cls == "Group" and mention.count and not self._counts_people(mention) and mention.end <= start \
                    and not sentence.text[mention.end - sentence.start : start - sentence.start].strip():
                return mention
        return None

    def _made_of(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> Mention | None:
        """'주부 40여명으로 구성된 홍보단': the counted group the collective is made of is the collective."""
        before = sentence.text[: group.start - sentence.start].rstrip()
        cue = next((c for c in self.lexicon.stopwords.get("made-of", ()) if before.endswith(c)), None)
        if cue is None:
            return None
        end = sentence.start + len(before) - len(cue)
        counted = [m for m in mentions if m.cls == "Group" and m.count and end - 3 <= m.end <= end]
        if not counted or not re.fullmatch(r"\s*(으로|로)\s*", sentence.text[counted[-1].end - sentence.start : end - sentence.start]):
            return None
        return counted[-1]

    # --- adding -------------------------------------------------------------
    def _add(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> None:
        inside = [m for m in mentions if group.start <= m.start and m.end <= group.end]
        if any(m.start < group.end and group.start < m.end for m in mentions if m not in inside):
            return
        if any(m.cls in {"Person", "Group"} for m in inside):
            return
        mentions[:] = [m for m in mentions if m not in inside or (m.cls != "Place" and m.text != group.title and not self._kind_name(m))]
        mentions.append(group)
        self._listed_bodies(sentence, group, mentions)
        self._listed_names(sentence, group, mentions)

    def _listed_names(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> None:
        """'가나전자와 다라화학, 누리모터스 등 주요 8개 대기업', 'A, B, C 등 5개사': unknown proper names listed before a group
        of organizations are organizations of its kind (firms for a count of firms)."""
        kind = self.lexicon.kind_nouns.get(group.title or "") or (FIRM_KIND if self._counts_firms(group) else None)
        if kind not in ORG_KINDS:
            return
        items = listed_items(sentence, group.start, self.list_end, self.stop)
        single = not items  # 'A 등 N개 기업': one item, taken only where Kiwi reads it as a proper noun
        items = items or listed_items(sentence, group.start, self.list_end, self.stop, single=True)
        if any(_field_noun(sentence, start, end) for start, end in items):
            return  # '화장품, 전자, 음료 등 10개 사': a list with a short common noun lists the fields the firms are in
        for start, end in items:
            name = sentence.text[start - sentence.start : end - sentence.start]
            tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            if not name or any(m.start < end and start < m.end for m in mentions) or self.is_common(name):
                continue
            if tokens and (all(t.tag in {"NNP", "SL", "SN"} for t in tokens) or (not single and _unknown_word(tokens, name))):
                mentions.append(Mention(name, start, end, sentence.index, kind, name))

    def _listed_bodies(self, sentence: Sentence, group: Mention, mentions: list[Mention]) -> None:
        """'스페인, 포르투갈 등 2개 관세청': countries listed before a group of bodies are those countries' bodies."""
        head = group.title or ""
        if self.lexicon.org_suffixes.get(longest_suffix(head, self.lexicon.org_suffixes, self.suffix_length) or "") != "GovernmentBody":
            return
        if head in self.lexicon.kind_nouns:
            return
        listed = listed_before(sentence, group.start, mentions, self.list_end)
        for place in listed:
            if place.cls != "Place":
                continue
            name = f"{place.text} {head}"
            body = Mention(place.text, place.start, place.end, sentence.index, "GovernmentBody", name, aliases=(place.text,))
            mentions[mentions.index(place)] = body


def listed_items(sentence: Sentence, start: int, list_end: set[str], skipped: set[str], single: bool = False) -> list[tuple[int, int]]:
    """Spans of the items of 'A, B 등' or 'A와 B, C 등 (주요)' right before start, particles left out; with single,
    the one word of 'A 등' too."""
    text = sentence.text[: start - sentence.start].rstrip()
    while text.split() and text.split()[-1] in skipped:
        text = text[: len(text) - len(text.split()[-1])].rstrip()
    closing = next((w for w in list_end if text.endswith(" " + w) or text.endswith(w)), None)
    if closing is None:
        return []
    items = (SINGLE_ITEM if single else LIST_ITEMS).search(text[: len(text) - len(closing)].rstrip())
    if items is None:
        return []
    spans = []
    for item in re.finditer(r"[^\s,·]+", items.group()):
        word = re.sub(r"(와|과)$", "", item.group()) if item.end() < len(items.group()) else item.group()
        item_start = sentence.start + items.start() + item.start()
        spans.append((item_start, item_start + len(word)))
    return spans


def listed_before(sentence: Sentence, start: int, mentions: list[Mention], list_end: set[str], skipped: set[str] = frozenset()) -> list[Mention]:
    """The mentions that are whole items of 'A, B 등' or 'A·B 등' right before start."""
    listed = []
    for item_start, item_end in listed_items(sentence, start, list_end, skipped):
        found = next((m for m in mentions if m.start == item_start and m.end == item_end), None)
        if found is not None:
            listed.append(found)
    return listed


def singular(sentence: Sentence, word: Word) -> str:
    """A word's noun part, nouns joined by '·' included, without the plural suffix ('전문가들' -> '전문가')."""
    start, end = name_core(word)
    tokens = [t for t in word.tokens if start <= t.start and t.end <= end]
    if len(tokens) > 1 and tokens[-1].tag == "XSN" and tokens[-1].form == "들":
        end = tokens[-1].start
    return sentence.text[start - sentence.start : end - sentence.start]


def _nominal(text: str) -> bool:
    return bool(HANGUL.match(text.replace("·", ""))) or text.isascii()


def merge_same_collectives(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'가나 다라 협력 사절단' and later '가나 사절단': an uncounted collective named again with fewer of its words, or
    in full after a short naming (the same collective noun), is the same group; '가나 사절단' and '마바 사절단' stay
    two."""
    longest = max(map(len, lexicon.collectives), default=0)
    levels = {suffix for suffix, kind in lexicon.org_suffixes.items() if kind == "GovernmentBody" and len(suffix) == 1}
    seen: list[tuple[str, str, set[str]]] = []  # key, collective noun, the words naming it
    merged: dict[str, str] = {}
    groups = [(k, e) for k, e in graph.entities.items() if e.cls == "Group" and not e.count and e.evidence]
    for key, entity in sorted(groups, key=lambda item: min(item[1].evidence)):
        words = entity.name.split()
        noun = longest_suffix(words[-1], lexicon.collectives, longest) if words else None
        if noun is None:
            continue
        glued = words[-1][: len(words[-1]) - len(noun)]
        naming = {*words[:-1], *([glued] if glued else []), *_bare_words_before(graph.sentences, entity)}
        at = next((i for i, (k, n, w) in enumerate(seen)
                   if n == noun and (_named_within(naming, w, levels) or _named_within(w, naming, levels))), None)
        if at is None:
            seen.append((key, noun, naming))
        else:  # '무역사절단을 파견한다 … 이번 가나 무역사절단은': named first in short, then in full
            same, _, words_so_far = seen[at]
            seen[at] = (same, noun, words_so_far | naming)
            merged[key] = same
    return graph.with_nodes_merged(merged, lambda kept, dropped: replace(
        kept, aliases=list(dict.fromkeys([*kept.aliases, dropped.name, *dropped.aliases])),
        evidence=sorted({*kept.evidence, *dropped.evidence})))


def _named_within(words: set[str], other: set[str], levels: set[str]) -> bool:
    """Every word of one naming is in the other; '도' (a government named by its level alone, as the genre refers to
    the article's own province or city) stands for the name that ends with it ('경기도')."""
    return all(w in other or (w in levels and any(o.endswith(w) and len(o) > len(w) for o in other)) for w in words)


def _bare_words_before(sentences: list[Sentence], entity) -> list[str]:
    """'가나 다라 마바 협력 사절단': the bare nouns before a collective's name where it is first named, which
    its name (two words at most) leaves out but a shorter naming of it may use."""
    index = min(entity.evidence)
    sentence = sentences[index] if 0 <= index < len(sentences) else None
    at = sentence.text.find(entity.name) if sentence is not None else -1
    if at < 0:
        return []
    words = words_of(sentence)
    first = next((i for i, w in enumerate(words) if w.start >= sentence.start + at), len(words))
    found = []
    for word in reversed(words[max(0, first - MODIFIER_WORDS - 2) : first]):
        start, end = word.quoted_core
        core = sentence.text[start - sentence.start : end - sentence.start]
        if end < word.end or not core or not _nominal(core):
            break
        found.append(core)
        if start > word.start:
            break  # "'가나 다라 사절단'": the quote opens the name
    return found


def group_words(lexicon: Lexicon | None) -> dict[str, set[str]]:
    """group_words.tsv's words by use, from the built-in folder and every folder the lexicon was read from."""
    words: dict[str, set[str]] = {}
    for folder in lexicon_folders(lexicon):
        path = Path(folder) / GROUP_WORDS[0]
        if path.exists():
            for row in read_table(path, GROUP_WORDS[1]):
                words.setdefault(row["use"], set()).add(row["word"])
    return words


def _field_noun(sentence: Sentence, start: int, end: int) -> bool:
    """'전자', '음료': an item of one common noun of two letters or fewer, which names a field, not a firm."""
    tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    return len(tokens) == 1 and tokens[0].tag == "NNG" and end - start <= 2


def _named(word: Word, mentions, classes=None) -> bool:
    """The word is a name found already (an organization, a person; one of `classes` if given), all of its noun
    part."""
    return any(m.start <= word.start and word.core_end <= m.end and m.cls != "Place" and (classes is None or m.cls in classes)
               for m in mentions)


def _person_of(word: Word, suffixes: tuple[str, ...]) -> bool:
    """'중소기업인': a noun and the suffix of a person of it (group_words.tsv), which Kiwi reads as the copula's relative
    form (중소기업 + 이 + ㄴ); before a count it is a noun of people."""
    tags = [t.tag for t in word.tokens]
    return len(tags) >= 3 and tags[-2:] == ["VCP", "ETM"] and all(t.startswith("NN") for t in tags[:-2]) \
        and word.text.endswith(suffixes)


def _unknown_word(tokens, name: str) -> bool:
    """'가람푸드', '다온농산': one word of three syllables or more that Kiwi reads as a single common noun it does not
    know is a name (the caller has checked it is no common word of the lexicon)."""
    return len(tokens) == 1 and tokens[0].tag == "NNG" and len(name) >= 3 and HANGUL.fullmatch(name) is not None
