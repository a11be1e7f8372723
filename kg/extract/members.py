"""Members of a counted group named in a list right before it.

- 'A, B 등 5개 기관', 'A 누리시장, B 한별협회장 등 내빈 20명': every item of the list that '등' closes is a member,
  a person for a count of people (the post after his name is his own, not a member), a body for a count of bodies;
- 'A, B, C 3개사': without a closing word, a list of exactly as many items as the group counts.

The relation stage finds most of these lists; this stage reads the list again word by word, so that an item whose
name and post make one word ('김가나 누리시장') or a list without a closing word still gives its members.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..lexicon import ORG_KINDS, Lexicon, built_once, read_word_uses
from ..types import ArticleGraph, Relation, Sentence
from .frames import load_frame_tables
from .programs import agent_index
from .words import Word, longest_suffix, words_of

MEMBER_TABLE = "member_words.tsv"
PERSON_UNIT = "person"  # counters.tsv unit of a count of people
FIRM_UNIT = "company"  # counters.tsv unit of a count of firms ('25개사')
FIRM_KINDS = {"Company", "Investor"}
UNINFLECTED = {"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XPN", "XSN", "XR", "MM", "MAG", "SP", "SW", "SO", "SSO", "SSC"}
THEME, OWNER = "theme", "owner"  # particles.tsv roles of an object ('A를 비롯한') and an owner ('6명의 방문단')
COMPOSE, MEMBER, LEAD, LEADER = "compose", "member", "lead", "leader"  # particles.tsv: what a group is made of ('N명으로
# 구성된'), the group made (its theme: 'G는 … 구성됐다', 'G를 꾸렸다'), and the one who leads it ('김가나 장관이 이끄는')
ITEM_CUTS = {",", "·", "/"}  # marks between two items of a list inside the words
LISTED_NOUNS = {"NNG", "NNP", "SL", "SN", "SH"}  # the tags of a name after a mark inside a word ('가나전자·다라화학')
LONGEST_LIST = 40  # words a list may span


@dataclass(frozen=True)
class MemberWords:
    between: frozenset[str]
    joiners: frozenset[str]
    list_end: frozenset[str]
    people_counters: tuple[str, ...]
    kind_nouns: dict[str, str]
    kind_length: int
    made_of: frozenset[str]
    joins: frozenset[str]
    means: frozenset[str]
    whole: frozenset[str]
    leads: frozenset[str]
    leader: frozenset[str]
    including: frozenset[str]
    heads: frozenset[str]
    object: frozenset[str]
    genitive: frozenset[str]
    firm_counters: tuple[str, ...]
    titles: frozenset[str]
    title_length: int
    collectives: frozenset[str]


_WORDS: dict = {}


def _member_words(lexicon: Lexicon) -> MemberWords:
    def build(lex: Lexicon) -> MemberWords:
        uses = read_word_uses(lex, MEMBER_TABLE)
        frames = load_frame_tables(lex)
        particles = {p for p, _, _ in frames.particles if p.isalpha()}
        object_particles = frozenset(p for p in particles if frames.role(p, "*", "active") == THEME)
        genitive = frozenset(p for p in particles if frames.role(p, "*", "active") == OWNER)
        joiners = frozenset(j for j in frames.joiners if j.isalpha() and j not in frames.closers)
        means = frozenset(p for p in particles if frames.role(p, COMPOSE, "passive") == MEMBER)
        whole = frozenset(p for p in particles if THEME in {frames.role(p, COMPOSE, "passive"), frames.role(p, COMPOSE, "active")})
        leader = frozenset(p for p in particles if frames.role(p, LEAD, "active") == LEADER)
        return MemberWords(uses.get("between", frozenset()), joiners,
                           frozenset(lex.stopwords.get("list-end", ())),
                           tuple(c for c, unit in lex.counters.items() if unit == PERSON_UNIT), dict(lex.kind_nouns),
                           max(map(len, lex.kind_nouns), default=0), uses.get("made-of", frozenset()),
                           uses.get("joins", frozenset()), means, whole, uses.get("leads", frozenset()),
                           leader, uses.get("including", frozenset()), uses.get("heads", frozenset()),
                           object_particles, genitive,
                           tuple(c for c, unit in lex.counters.items() if unit == FIRM_UNIT),
                           frozenset(lex.titles), max(map(len, lex.titles), default=0), frozenset(lex.collectives))
    return built_once(lexicon, _WORDS, build)


def add_listed_members(graph: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The graph with a group named again by what it is made of folded into it, and the members of its counted
    groups that lists right before them name (the input is left as it is)."""
    words = _member_words(lexicon)
    graph = _fold_made_of(graph, words)
    groups = {k for k, e in graph.entities.items() if e.cls == "Group" and e.count}
    if not any(e.cls == "Group" for e in graph.entities.values()):
        return graph
    index = agent_index(graph.entities)
    known = {(r.subject, r.predicate, r.object) for r in graph.relations}
    added: list[Relation] = []
    people = [(k, {e.name}) for k, e in graph.entities.items() if e.cls == "Person" and len(e.name) >= 3]
    group_keys = {k for k, e in graph.entities.items() if e.cls == "Group"}
    for sentence in graph.sentences:
        here = index.get(sentence.index, [])
        named_here = {k for k, _ in here}
        if not named_here & group_keys:
            continue
        anyone = here + [p for p in people if p[0] not in named_here]  # a name glued to its post ('김가나시장을')
        for person, key in [*_led(sentence, here, graph.entities, words), *_joined(sentence, here, graph.entities, words)]:
            if (person, "memberOf", key) not in known:
                known.add((person, "memberOf", key))
                added.append(Relation(person, "memberOf", key, (sentence.index,)))
        for key, labels in here:
            if key not in groups:
                continue
            at = _first_named(sentence, labels)
            if at is None:
                continue
            for member in _listed(sentence, at, graph.entities[key], anyone, graph.entities, words):
                fact = (member, "memberOf", key)
                if member != key and fact not in known:
                    known.add(fact)
                    added.append(Relation(member, "memberOf", key, (sentence.index,)))
    firm_groups = {k for k in groups if _of_firms(graph.entities[k], words)}
    for member, key, evidence in _restated_firms(graph, firm_groups, index, [*graph.relations, *added]):
        known.add((member, "memberOf", key))
        added.append(Relation(member, "memberOf", key, (evidence,)))
    kept = [r for r in graph.relations if not (r.predicate == "memberOf" and r.object in firm_groups
                                               and graph.entities[r.subject].cls not in FIRM_KINDS | {"Group"})]
    relations = _posts_of_members(graph, _named_like_their_group(graph, [*kept, *added]))
    if not added and len(relations) == len(graph.relations):
        return graph
    return replace(graph, relations=relations)


def _posts_of_members(graph: ArticleGraph, relations: list[Relation]) -> list[Relation]:
    """'김가나 누리시장과 박다라 누리시의회 의장 등으로 구성된 방문단': the body a member's post names is his, not a
    member of the group beside him (where the same sentence lists both)."""
    members: dict[str, set[tuple[str, int]]] = {}
    for r in relations:
        if r.predicate == "memberOf":
            members.setdefault(r.object, set()).update((r.subject, i) for i in r.evidence)
    posts = {(r.subject, r.object) for r in relations if r.predicate == "affiliatedWith"}
    def a_post(r: Relation) -> bool:
        return r.predicate == "memberOf" and graph.entities[r.subject].cls != "Person" and any(
            (person, r.subject) in posts and graph.entities[person].cls == "Person" and index in r.evidence
            for person, index in members.get(r.object, ()))
    return [r for r in relations if not a_post(r)]


def _named_like_their_group(graph: ArticleGraph, relations: list[Relation]) -> list[Relation]:
    """'가나센터 7개소는 다라대학교 마바센터(센터장 김가나), …로 구성됐다': a list read as more members than the group
    counts, exactly as many of them named by the group's own noun, holds those; the owners and heads named beside
    them are no members."""
    members: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate == "memberOf":
            members.setdefault(r.object, []).append(r.subject)
    dropped: set[tuple[str, str]] = set()
    for key, found in members.items():
        group = graph.entities[key]
        words = group.name.split()
        if group.cls != "Group" or not group.count or len(found) <= group.count or len(words) < 2:
            continue
        noun = words[-2]
        named = [m for m in found if graph.entities[m].name.endswith(noun) and graph.entities[m].name != noun]
        if len(noun) >= 2 and len(set(named)) == group.count:
            dropped |= {(m, key) for m in found if m not in named}
    return [r for r in relations if not (r.predicate == "memberOf" and (r.subject, r.object) in dropped)]


def _restated_firms(graph: ArticleGraph, firm_groups: set[str], index, relations: list[Relation]) -> list[tuple[str, str, int]]:
    """'가나군은 4개 기업과 투자협약을 맺었다. 협약식에는 A사, B사, C사, D사 대표가 참석했다': a count of firms whose
    members no list before it gave is told by the one sentence naming exactly as many firms, among them every member
    already found ('A사 등 4개사와 … A사, B사, C사, D사는 …')."""
    members: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "memberOf":
            members.setdefault(r.object, set()).add(r.subject)
    found: list[tuple[str, str, int]] = []
    for key in sorted(firm_groups):
        count, known = graph.entities[key].count, members.get(key, set())
        if not count or len(known) >= count:
            continue
        for sentence in graph.sentences:
            firms = {k for k, _ in index.get(sentence.index, []) if graph.entities[k].cls in FIRM_KINDS}
            if len(firms) == count and known <= firms:
                found += [(firm, key, sentence.index) for firm in sorted(firms - known)]
                break
    return found


def _fold_made_of(graph: ArticleGraph, words: MemberWords) -> ArticleGraph:
    """'G는 A, B 등 N명으로 구성됐다', 'N개사로 G를 꾸렸다': the group G is made of is G itself, named by its size or
    its parts; its node is folded into G's (G takes its count, and its members)."""
    groups = [(k, e) for k, e in graph.entities.items() if e.cls == "Group"]
    if len(groups) < 2 or not words.made_of:
        return graph
    merged: dict[str, str] = {}
    for sentence in graph.sentences:
        here = sorted((at, k) for k, e in groups if sentence.index in e.evidence and k not in merged
                      for at in [_first_named_span(sentence, {e.name, *e.aliases, *e.labels_ko})] if at is not None)
        for (first, one), (second, other) in zip(here, here[1:]):
            if first[1] > second[0]:
                continue
            after_first, after_second = _rest(sentence, first[1]), _rest(sentence, second[1])
            if _particle(after_first, words.whole) and _made_of(after_second, words):
                merged[other] = one  # 'G는 … N명으로 구성됐다'
            elif _made_of(after_first, words, tail=True) and sentence.text[first[1] - sentence.start : second[0] - sentence.start].strip() \
                    in words.means and _particle(after_second, words.whole) and _made_of(after_second, words, skip=True):
                merged[one] = other  # 'N개사로 G를 꾸렸다'
    if not merged:
        return graph
    return graph.with_nodes_merged(merged, lambda kept, dropped: replace(
        kept, count=kept.count or dropped.count,
        aliases=list(dict.fromkeys([*kept.aliases, dropped.name, *dropped.aliases])),
        evidence=sorted({*kept.evidence, *dropped.evidence})))


def _rest(sentence: Sentence, end: int) -> str:
    return sentence.text[end - sentence.start :]


def _particle(rest: str, particles: frozenset[str]) -> bool:
    """The text after a name opens with one of the particles, then a space."""
    return any(rest.startswith(p) and rest[len(p) : len(p) + 1] in {" ", ""} for p in particles)


def _made_of(rest: str, words: MemberWords, tail: bool = False, skip: bool = False) -> bool:
    """After a name: the means particle and a verb of making ('으로 구성됐다'); with tail, the means particle alone
    ends the text so far; with skip, the name's own particle, then the verb ('를 꾸렸다')."""
    if tail:
        return any(rest.startswith(p) for p in words.means)
    if skip:
        word = rest.split(maxsplit=2)
        return len(word) > 1 and any(word[1].startswith(v) for v in words.made_of)
    for p in sorted(words.means, key=len, reverse=True):
        if rest.startswith(p):
            following = rest[len(p) :].lstrip()
            return any(following.startswith(v) for v in words.made_of)
    return False


def _first_named_span(sentence: Sentence, labels: set[str]) -> tuple[int, int] | None:
    """Where the sentence first names a thing: the longest of its labels at the first place one is named."""
    best = None
    for label in labels:
        at = sentence.text.find(label) if label else -1
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(label) > best[1] - best[0])):
            best = (at, at + len(label))
    return None if best is None else (sentence.start + best[0], sentence.start + best[1])


def _led(sentence: Sentence, here, entities, words: MemberWords) -> list[tuple[str, str]]:
    """'김가나 장관이 이끄는 대표단': the person who leads a group named right after the verb is one of it; so is the
    person whose name and post name the group ('김가나 시장 일행')."""
    people, groups = [], []
    for key, labels in here:
        span = _first_named_span(sentence, {entities[key].name} if entities[key].cls == "Person" else labels) \
            if entities[key].cls in {"Person", "Group"} else None  # a person's name alone, his post after it
        if span is not None:
            (people if entities[key].cls == "Person" else groups).append((span, key))
    found = []
    for (_, person_end), person in people:
        for (group_start, _), group in groups:
            between = sentence.text[person_end - sentence.start : group_start - sentence.start].split()
            if 2 <= len(between) <= 3 and between[-1] in words.leads and between[-2][-1:] in words.leader:
                found.append((person, group))
            elif 1 <= len(between) <= 2 and all(longest_suffix(w, words.titles, words.title_length) for w in between) \
                    and entities[group].name in words.collectives:
                found.append((person, group))  # '김가나 시장 일행'
    return found


def _joined(sentence: Sentence, here, entities, words: MemberWords) -> list[tuple[str, str]]:
    """'A, B 등 정부부처, C 등 공공부문과 D, E 등 민간 기업으로 구성된 사절단', 'A, B 등이 참여하는 대표단': every agent the
    list before a relative clause of making or joining names (lists closed by '등' and the kinds they name included)
    is one of the group the clause modifies."""
    sentence_words = None
    found = []
    for key, labels in here:
        if entities[key].cls != "Group":
            continue
        at = _first_named(sentence, labels)
        if at is None:
            continue
        sentence_words = sentence_words or words_of(sentence)
        k = next((i for i, w in enumerate(sentence_words) if w.start >= at), len(sentence_words)) - 1
        if k < 1 or not _relative(sentence_words[k], words):
            continue
        marker, verb = sentence_words[k - 1], sentence_words[k].text
        particle = marker.form_after_core()
        if not ((particle in words.means and any(verb.startswith(v) for v in words.made_of))
                or (particle in words.leader and any(verb.startswith(v) for v in words.joins))):
            continue
        first = k - 1
        while first > 0 and k - first < LONGEST_LIST and (_in_list(sentence, sentence_words[first - 1], words)
                                                          or _closes(sentence, sentence_words[first - 1], words)):
            first -= 1
        found += [(member, key) for _, _, member in _named(sentence, sentence_words[first].start, marker.core_end, here, entities)]
    return found


def _relative(word: Word, words: MemberWords) -> bool:
    """'구성된', '참여하는': a verb's relative form, a word of its own."""
    return bool(word.tokens) and word.tokens[-1].tag == "ETM" and word.tokens[0].tag not in UNINFLECTED - {"NNG", "XR"}


def _first_named(sentence: Sentence, labels: set[str]) -> int | None:
    """Where the sentence first names the group (the longest of its labels named there)."""
    best = None
    for label in labels:
        at = sentence.text.find(label) if label else -1
        if at >= 0 and (best is None or at < best):
            best = at
    return None if best is None else sentence.start + best


def _listed(sentence: Sentence, start: int, group, here, entities, words: MemberWords) -> list[str]:
    """The members the list right before `start` names."""
    sentence_words = words_of(sentence)
    k = next((i for i, w in enumerate(sentence_words) if w.start >= start), len(sentence_words)) - 1
    while k >= 0 and sentence_words[k].text in words.between:
        k -= 1
    closed = k >= 0 and _closes(sentence, sentence_words[k], words)
    if closed:
        k -= 1
    if k < 0:
        return []
    named = _named(sentence, sentence.start, sentence_words[k].end, here, entities)
    first = k
    while first >= 0 and k - first < LONGEST_LIST:
        word = sentence_words[first]
        if word.text in words.heads and first > 0 and _takes_object(sentence_words[first - 1], words):
            closed = True  # 'X를 수석대표로 A, B 등 N명의 대표단': the head is one of the group, and so are those after him
            first -= 1
        elif word.text in words.including and first > 0 and _takes_object(sentence_words[first - 1], words):
            if any(first < i <= k for s, _, _ in named for i in [_word_at(sentence_words, s)]) \
                    or any(c.isdigit() for c in sentence_words[first - 1].text):
                break  # 'A를 비롯해 B, C 등 G': G's own items follow; 'N곳을 포함해 G': a part of G, no list
            closed = True  # 'A, B를 비롯한 (관계자 등) 50명': the items before the word are members
            first -= 1
        elif not (_in_list(sentence, word, words) or _a_name(word, named)):
            break
        first -= 1
    first += 1
    if first > k:
        return []
    begin = sentence_words[first].start
    named = [n for n in named if n[0] >= begin]
    people = _counts_people(group.name, words)
    counted = any(c.isdigit() for c in group.name)  # '시 대표단' (counted in an alias only) holds people or bodies
    firms = _of_firms(group, words)
    items = _items(sentence, sentence_words[first : k + 1], words)
    members: list[str] = []
    any_bodies: list[str] = []
    found_items = bodied_items = 0
    for item_start, item_end in items:
        inside = [(s, key) for s, e, key in named if item_start <= s < item_end]
        persons = [key for _, key in inside if entities[key].cls == "Person"]
        bodies = [key for _, key in inside if entities[key].cls in (FIRM_KINDS if firms else ORG_KINDS)]
        item_bodies = [key for _, key in inside if entities[key].cls in ORG_KINDS]
        bodied_items += bool(item_bodies)
        any_bodies += [key for key in item_bodies if key not in any_bodies]
        chosen = persons if people else bodies if counted else (persons or bodies)  # a collective has either
        if chosen:
            found_items += 1
            members += [key for key in chosen if key not in members]
    if closed:
        return members if len(members) <= (group.count or 0) else []
    if len(items) == group.count and found_items >= max(2, len(items) - 1):
        return members  # as many items as the group counts: an item whose name was missed leaves the others members
    if not people and len(any_bodies) == group.count and group.count >= 2 and bodied_items == len(items):
        return any_bodies  # 'A, B C, D 4개 기업': as many bodies as the group counts, a comma left out
    return []


def _counts_people(name: str, words: MemberWords) -> bool:
    """'주요 인사 20여 명', '6명의 방문단': the group's name counts people (a number, then a counter of people)."""
    for counter in words.people_counters:
        at = name.find(counter)
        while at > 0:
            before = name[:at].rstrip()
            after = name[at + len(counter) : at + len(counter) + 1]
            if before and (before[-1].isdigit() or before[-2:-1].isdigit()) and not (after.isalpha() and after not in words.genitive):
                return True
            at = name.find(counter, at + 1)
    return False


def _of_firms(group, words: MemberWords) -> bool:
    """'8개 기업', '입주기업 20곳': a group counted as firms (its kind noun, or the last word of a name of it, is a
    kind noun of companies), which only firms are members of, not the agencies or associations listed with them."""
    if words.kind_nouns.get(group.title or "") in FIRM_KINDS:
        return True
    if any(label.rstrip().endswith(counter) and label.rstrip()[: -len(counter)][-1:].isdigit()
           for counter in words.firm_counters for label in (group.name, *group.aliases)):
        return True  # '25개사'
    return any(words.kind_nouns.get(longest_suffix(label.split()[-1], words.kind_nouns, words.kind_length) or "") in FIRM_KINDS
               for label in (group.name, *group.aliases) if label.split())


def _closes(sentence: Sentence, word: Word, words: MemberWords) -> bool:
    """'등', '등의': the word that closes a list."""
    core = word.core(sentence)
    return core in words.list_end and word.text in {core, core + "의"}


def _in_list(sentence: Sentence, word: Word, words: MemberWords) -> bool:
    """A word a list is made of: a name or a post (nouns, a bracket after them, a comma), a noun joined to the next
    by 와/과, or a joining word ('및'); a word with any other particle, or a list's closing word, begins no item."""
    if word.text in words.joiners:
        return True
    if _closes(sentence, word, words):
        return False
    if word.core_end <= word.start:  # a name Kiwi splits into a determiner or an adverb and nouns ('한 별 대학교')
        return all(t.tag in UNINFLECTED for t in word.tokens)
    after = [t for t in word.tokens if t.start >= word.core_end]
    depth = 0
    for token in after:
        if token.tag == "SSO":
            depth += 1
        elif token.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0 and not (token.tag in {"SP", "JC"} or token.tag in LISTED_NOUNS):
            return False  # a particle other than 와/과 ends the list; names joined by '·' in one word are items
    return True


def _word_at(sentence_words: list[Word], start: int) -> int:
    """The index of the word holding the offset."""
    return next((i for i, w in enumerate(sentence_words) if w.start <= start < w.end), -1)


def _takes_object(word: Word, words: MemberWords) -> bool:
    """'회장을', '시장을': a noun with the object particle, the last item of a list before an including word."""
    after = [t.form for t in word.tokens if t.start >= word.core_end]
    return word.core_end > word.start and len(after) == 1 and after[0] in words.object


def _a_name(word: Word, named: list[tuple[int, int, str]]) -> bool:
    """The word is all one name found already (a person's name Kiwi splits into other morphemes: '정한별')."""
    return any(s <= word.start and word.end <= e for s, e, _ in named)


def _items(sentence: Sentence, listed: list[Word], words: MemberWords) -> list[tuple[int, int]]:
    """The spans of the items of the list: cut at commas, middle dots, 와/과, joining, including and heading words."""
    cuts: list[tuple[int, int]] = []
    for word in listed:
        if word.text in words.joiners or word.text in words.including or word.text in words.heads:
            cuts.append((word.start, word.end))
            continue
        depth = 0
        for token in word.tokens:
            depth += token.tag == "SSO"
            depth -= token.tag == "SSC" and depth > 0
            if depth == 0 and (token.form in ITEM_CUTS or (token.tag == "JC" and token.start >= word.core_end)):
                cuts.append((token.start, token.end))
    items, at = [], listed[0].start
    for cut_start, cut_end in cuts:
        if cut_start > at:
            items.append((at, cut_start))
        at = cut_end
    if listed[-1].end > at:
        items.append((at, listed[-1].end))
    return items


def _named(sentence: Sentence, begin: int, end: int, here, entities) -> list[tuple[int, int, str]]:
    """Where the agents of the sentence are named between begin and end: the longest name at each place, no two
    overlapping."""
    text = sentence.text[begin - sentence.start : end - sentence.start]
    found = []
    for key, labels in here:
        if entities[key].cls == "Group" or entities[key].cls not in ORG_KINDS | {"Person"}:
            continue
        for label in labels:
            if len(label) < 2:
                continue
            at = text.find(label)
            while at >= 0:
                found.append((begin + at, begin + at + len(label), key))
                at = text.find(label, at + 1)
    kept: list[tuple[int, int, str]] = []
    for s, e, key in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if not any(s < ke and ks < e for ks, ke, _ in kept):
            kept.append((s, e, key))
    return sorted(kept)
