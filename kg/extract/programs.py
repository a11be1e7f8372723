"""Programs: funds, projects, schemes, systems and facilities named by a head noun and the nouns before it,
who plans them and where they are.

A stage after the article extractor: it reads the sentences' words and the entities already found and
adds what the event finder leaves out ("청년창업펀드에 150억 원을 출자한다": a fund, planned by the
clause's subject). Vocabulary is data: program_heads.tsv (the nouns a name ends with),
plan_verbs.tsv (the predicates that plan or run one) and program_modifiers.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..lexicon import KnownName, Lexicon, lexicon_folders, read_table
from ..types import Amount, ArticleGraph, Entity, Mention, Relation, Sentence, Token
from .frames import PAST, VOICE_SUFFIXES, FrameReader, load_frame_tables
from .mentions import AGENT_CLASSES, ORG_CLASSES, QUOTES
from .normalize import find_amounts
from .resolve import entity_key, fold
from .words import HANGUL, NOUNISH, Word, longest_suffix, words_of

PROGRAM_TABLES = {
    "program_heads.tsv": ("head", "kind", "modifier", "by_name"),
    "plan_verbs.tsv": ("stem", "relation", "locates"),
    "program_modifiers.tsv": ("word", "use"),
}
MAX_MODIFIERS = 6
COUNTRY = "country"
BULLET = "bullet"  # program_modifiers.tsv use: a mark that opens an item of a list ('▲')
COPULA = "copula"  # program_modifiers.tsv use: the copula of an apposition (인)
OFFICIAL_CLASSES = {"GovernmentBody", "Organization", "Person"}  # who runs what it acts through; a company takes part
PROGRESSIVE = "progressive"  # program_modifiers.tsv use: the bound noun after a predicate's noun that makes it ongoing (중)
JOINING = "joining"  # program_modifiers.tsv use: the ending that joins a verb to its auxiliary (내어 놓다)
ADVERBIAL = "adverbial"  # program_modifiers.tsv use: the ending that makes an adjective an adverb (새롭게)
BUILDS_ONLY = "builds-only"  # program_modifiers.tsv use: a predicate that plans only a thing built on a site ('세우다')
OPENS = "opens"  # program_modifiers.tsv use: a predicate of running that, still to come, sets up the centre it runs (운영할 계획)
PLEDGE = "pledge"  # program_modifiers.tsv use: a predicate of promise or agreement, done, whose program is still to come (약속했다)
SPEND = "spend"  # program_modifiers.tsv use: a verb of spending whose sum is the cost of what the clause plans (들이다)
ORDINAL = "ordinal"  # program_modifiers.tsv use: the counter of a number of order ('1차', '1호')
ORDINAL_PREFIX = "제"  # the prefix of a number of order ('제2차')
FUND = "fund"  # program_heads.tsv kind of the heads that name a fund
SIZE = "size"  # program_modifiers.tsv use: the noun that makes a sum a program's size (규모)
ADJECTIVE = "adjective"  # program_modifiers.tsv use: the suffix of a noun made an adjective (적)
SUBJECT_TAGS = {"JX", "JKS"}
AMOUNT_BEFORE = 12
AMOUNT_AFTER = 14
COUNTING = {"NNB", "NR", "MM", "XSN"}
APPROXIMATE = {"여"}  # the suffix between a number and its counter that makes it approximate ('1000여명')
VENUE_KINDS = {"facility", "building"}
PLAN_KIND = "plan"  # program_heads.tsv kind of the heads that name a plan ('방안', '대책')
BUILDING = "building"  # a head of a facility that is a program only while it is built ('가나센터 건립')
MUTABLE_CLASSES = {"Program", "Place"}
SITED_KINDS = {"facility", "zone", BUILDING}  # a place name that is also a common word ('양산') is read as a place before these
PASSIVE = {name for name, voice in VOICE_SUFFIXES.items() if voice == "passive"}
CLOSING_QUOTES = "".join(QUOTES.values())
MIDDLE_DOTS = "·․‧・"
_PARENTHESIS = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class ProgramTables:
    heads: dict[str, tuple[str, str, bool]]
    verbs: dict[str, tuple[str, bool]]
    modifiers: dict[str, frozenset[str]]
    longest: int = field(default=0)
    last_letters: frozenset[str] = field(default=frozenset())
    generic: frozenset[str] = field(default=frozenset())  # generic modifiers and the predicates' nouns ('건립 사업')
    apposition: re.Pattern[str] | None = None  # a noun and a copula ending the text before a quoted name ('사업인 ')
    bulleted: re.Pattern[str] | None = None  # an item of a bulleted list with its cost in parentheses ('▲가나사업(30억원)')

    def uses(self, use: str) -> frozenset[str]:
        return self.modifiers.get(use, frozenset())


_TABLES: dict[int, tuple[Lexicon, ProgramTables, FrameReader, dict[str, KnownName]]] = {}


def load_program_tables(lexicon: Lexicon | None = None) -> ProgramTables:
    """The three tables from the built-in lexicon folder and every folder the lexicon was read from."""
    folders = lexicon_folders(lexicon)
    heads: dict[str, tuple[str, str, bool]] = {}
    verbs: dict[str, tuple[str, bool]] = {}
    modifiers: dict[str, set[str]] = {}
    for folder in folders:
        for name, columns in PROGRAM_TABLES.items():
            path = Path(folder) / name
            if not path.exists():
                continue
            for row in read_table(path, columns):
                if name == "program_heads.tsv":
                    heads[row["head"]] = (row["kind"], row["modifier"], row["by_name"] == "yes")
                elif name == "plan_verbs.tsv":
                    verbs[row["stem"]] = (row["relation"] or "plans", row["locates"] == "yes")
                else:
                    modifiers.setdefault(row["use"], set()).add(row["word"])
    copulas = "|".join(sorted(map(re.escape, modifiers.get(COPULA, ())), key=len, reverse=True))
    bullets = re.escape("".join(sorted(modifiers.get(BULLET, ()))))
    return ProgramTables(heads, verbs, {k: frozenset(v) for k, v in modifiers.items()}, max(map(len, heads), default=0),
                         frozenset(head[-1] for head in heads), frozenset(modifiers.get("generic", set()) | verbs.keys()),
                         re.compile(rf"([가-힣]+)(?:{copulas})\s?$") if copulas else None,
                         re.compile(rf"[{bullets}]\s*([^{bullets}()\n]{{2,40}}?)\s*\(([^()]{{1,20}})\)") if bullets else None)


@dataclass(frozen=True)
class _Vocabulary:
    """Unions and lengths of lexicon tables that every sentence reads, worked out once per lexicon."""

    stop: frozenset[str]
    kinds: frozenset[str]  # '스타트업 지원 사업': who a program is for says what kind it is
    event_length: int
    kind_length: int


_VOCABULARIES: dict[int, tuple[Lexicon, _Vocabulary]] = {}


def _vocabulary(lexicon: Lexicon) -> _Vocabulary:
    cached = _VOCABULARIES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        tables = _tables(lexicon)[0]
        stop = frozenset(lexicon.stopwords.get("modifier", set()) | tables.uses("stop") | tables.uses("both-parties"))  # '양사 사업': whose
        cached = (lexicon, _Vocabulary(stop, stop | lexicon.kind_nouns.keys(), max(map(len, lexicon.event_words), default=0),
                                       max(map(len, lexicon.kind_nouns), default=0)))
        _VOCABULARIES[id(lexicon)] = cached
    return cached[1]


def _tables(lexicon: Lexicon) -> tuple[ProgramTables, FrameReader, dict[str, KnownName]]:
    cached = _TABLES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        place_ids = {id(entry) for entry in lexicon.places}
        places = {name: entry for name, entry in lexicon.name_index(loose=True).items() if id(entry) in place_ids}
        cached = (lexicon, load_program_tables(lexicon), FrameReader(load_frame_tables(lexicon)), places)
        _TABLES[id(lexicon)] = cached
    return cached[1], cached[2], cached[3]


@dataclass
class _Phrase:
    """A program's name where it stands in a sentence, with the places named inside it."""

    name: str
    start: int
    end: int
    sentence: Sentence
    aliases: list[str]
    places: list[KnownName | Entity]
    quoted: bool = False
    by_name: bool = False
    headless: bool = False
    tentative: bool = False
    built: str | None = None  # the organization found under this name, which a building verb makes a facility
    building: bool = False  # named by a head of kind building ('센터')
    sited: bool = False  # named by a head of a thing built on a site (SITED_KINDS: '센터', '특화단지', '임대주택')


def add_programs(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The graph with the programs its sentences name, their planners and places, added (the input is left as it is)."""
    tables, reader, places = _tables(lexicon)
    kinds = _vocabulary(lexicon).kinds
    result = _merge_same_programs(_without_relative_clauses(result, lexicon.stopwords.get("list-end", set())))
    generic = {key for key, e in result.entities.items() if e.cls == "Program"
               and (all(_generic_name(label, tables, kinds) for label in (e.name, *e.aliases))
                    or _clause_name(e, result.sentences)
                    or _unplanned_plan(e, result.sentences, tables)
                    or _field_of_work(e, result.sentences, tables, kinds))}
    entities = {key: replace(e, aliases=list(e.aliases), evidence=list(e.evidence)) if e.cls in MUTABLE_CLASSES else e
                for key, e in result.entities.items() if key not in generic}  # only programs and places are changed here
    relations = [r for r in result.relations if r.subject not in generic and r.object not in generic]
    known = {(r.subject, r.predicate, r.object) for r in relations}
    labels = _label_index(entities)
    slug_key = result.article.key
    running_subjects: list[str] = []  # the bodies of the last sentence that named some, for one that names none
    employer = {r.subject: r.object for r in relations if r.predicate == "affiliatedWith"}  # a speaker's body plans for him
    by_sentence = agent_index(entities)
    signers = _signers(entities, relations) or _pair_named_both(result.sentences, entities, by_sentence, tables)
    program_keys = [key for key, entity in entities.items() if entity.cls == "Program"]
    plain_names = {_plain_name(label, tables): key for key in program_keys
                   for label in (entities[key].name, *entities[key].aliases)}  # '가나 지원사업' is '가나 사업'
    for sentence in result.sentences:
        words = words_of(sentence)
        agents = agents_in(sentence, entities, by_sentence)
        subjects = _subjects(sentence, agents, entities, tables)
        org_subjects = [k for k in subjects if entities[k].cls in ORG_CLASSES]
        scene = _scene(words, places, tables)
        both = signers if signers and _both_parties(sentence, tables) else []
        phrases = _phrases(sentence, words, tables, labels, entities, places, lexicon)
        quoted = _quoted_names(sentence, phrases, tables, labels, lexicon, words)
        named = {q.start for q in quoted if q.by_name}
        phrases = [p for p in phrases if _after_quote(sentence, p.end) + 2 not in named and p.end + 2 not in named] + quoted
        phrases += _listed_kind(sentence, words, phrases, tables, labels, entities, lexicon, places)
        phrases += _bulleted_costs(sentence, phrases, tables, labels, entities, agents)
        _share_names(sentence, phrases, tables)
        if _defines_program(sentence, tables):
            for phrase in phrases:
                if _particle_tag(sentence, _after_quote(sentence, phrase.end)) == "JX":
                    phrase.by_name, phrase.headless = True, False  # "'가나 사업'은 … 지원하는 사업이다"
        verbs = _verbs(sentence, phrases, tables)
        listing = _lists_as_predicate(sentence, lexicon.stopwords.get("list-end", set())) and _program_topic(sentence, words, tables)
        sums = None  # the sentence's sums, read once for all its phrases
        for phrase in phrases:
            verb = verbs[id(phrase)]
            if verb is not None and not phrase.sited and sentence.tokens[verb[0]].form in tables.uses(BUILDS_ONLY):
                verb = None  # '계획을 세운다', "'가나 마켓'을 연다": a verb of setting up a building plans nothing else
            if sums is None:
                sums = find_amounts(sentence.text)
            amount = _amount(sentence, phrase, tables, sums)
            if phrase.building and not (phrase.quoted or phrase.tentative or _built_here(sentence, _after_quote(sentence, phrase.end), verb, tables, reader)):
                continue  # '가나센터, 다라협회 등으로 연결되는 협력망을 마련해': a centre that is not being built is a body
            if phrase.built is not None:
                if not phrase.tentative and not _built_here(sentence, _after_quote(sentence, phrase.end), verb, tables, reader):
                    continue  # '가나센터는 … 지원한다': a centre that acts is a body
                _become_program(phrase.built, entities, relations, known)
                program_keys.append(phrase.built)
            key = _existing_program(phrase, entities, labels, program_keys) or _same_plain_name(phrase, entities, plain_names, tables)
            if key is None:
                run_by = verb is None and phrase.headless and _relative_planner(sentence, phrase, agents, entities, tables) is not None
                if verb is None and amount is None and not phrase.quoted and not phrase.by_name and not run_by:
                    continue
                if phrase.headless and verb is None and not run_by:
                    continue  # "가나원이 운영하는 '다라 패키지'": a quoted name a body's clause of running describes is kept
                mention = Mention(phrase.name, phrase.start, phrase.end, sentence.index, "Program", phrase.name)
                key = entity_key(mention, slug_key)
                entities[key] = Entity(key=key, cls="Program", name=phrase.name)
                program_keys.append(key)
            entity = entities[key]
            for alias in phrase.aliases:
                if alias != entity.name and alias not in entity.aliases:
                    entity.aliases.append(alias)
            for label in (phrase.name, *phrase.aliases):
                labels.setdefault(fold(label), key)
                plain_names.setdefault(_plain_name(label, tables), key)
            if sentence.index not in entity.evidence:
                entity.evidence.append(sentence.index)
            if amount is not None and (entity.amount is None or (_sized(amount, tables) and not _sized(entity.amount, tables))):
                entity.amount = amount  # '총 800억원 규모로 출범했다': the fund's size, not one's contribution
            if phrase.tentative and entity.status in {None, PAST}:
                entity.status = "planned"  # '(가칭)': a name still provisional is of something not yet set up
            if _QUOTE_MARKS.search(entity.name) and not _QUOTE_MARKS.search(phrase.name):
                entity.aliases.append(entity.name)
                entity.name = phrase.name  # "'가나 300' 사업" named again as '가나 300 사업'
            plain = _without_tentative(entity.name, tables)
            if plain != entity.name:
                entity.name = plain
                entity.status = entity.status if entity.status not in {None, PAST} else "planned"
            if verb is not None:
                index, relation, locates = verb
                own = _clause_status(sentence.tokens, index, reader, tables)
                if entity.status is None or (entity.status == PAST and own != PAST and min(entity.evidence) == sentence.index):
                    entity.status = own  # '연장하기로 했다': the plan verb's own ending, not the last verb's past tense
                planners = subjects or both or ([] if _unnamed_subject(sentence, words, index, agents, lexicon)
                                                or _passive_clause(sentence.tokens, index) else running_subjects)
                if _own_subject(sentence, phrase, index) or (relation == "approved" and _passive_clause(sentence.tokens, index)):
                    planners = []  # '가나시는 다라특구로 지정됐다': what is approved is the subject, the approver is unnamed
                if sentence.tokens[index].form in tables.uses("through"):
                    planners = [p for p in planners if entities[p].cls in OFFICIAL_CLASSES  # a firm that uses a scheme runs none
                                and (p in subjects or p in both)]  # nor does a body of the sentences before, only told of using it
                for planner in planners:
                    _relate(relations, known, planner, relation, key, sentence.index)
                if locates:
                    phrase.places.extend(_places_at(sentence, agents, entities, tables, places))
            owner = _owner_before(sentence, phrase, agents, entities, tables) or _relative_planner(sentence, phrase, agents, entities, tables)
            if owner is None and verb is None and (phrase.quoted or phrase.by_name):
                owner = _reporting_topic(sentence, phrase, agents, entities)
            if owner is not None:
                _relate(relations, known, owner, "plans", key, sentence.index)
            elif verb is None and not subjects and listing:
                for planner in running_subjects:  # '주요 사업은 가나펀드, 다라센터 건립 등이다': the body's own programs
                    _relate(relations, known, planner, "plans", key, sentence.index)
            if scene is not None and not phrase.places:
                phrase.places.append(scene)
            for place in phrase.places:
                place_key = _place_entity(place, entities, sentence.index)
                if entity.place is None:
                    entity.place = place_key
                _relate(relations, known, key, "locatedIn", place_key, sentence.index)
        sized = _size_statement(sentence, words, tables)
        if sized is not None:
            _give_size(sized, sentence.index, entities, program_keys, tables)
        for thing, place in _contained(sentence, words, agents, phrases, entities, labels, places, tables):
            _relate(relations, known, thing, "locatedIn", _place_entity(place, entities, sentence.index), sentence.index)
        bodies = org_subjects or [employer[k] for k in subjects if k in employer] or both
        if bodies:
            running_subjects = bodies  # '양 기관은 … 합의했다. 세부적으로는 … 약속했다': both sides go on planning
    for key in _firms_own_works(entities, relations, result.entities, tables, result.sentences):
        del entities[key]
    sites = {e.place for e in entities.values() if e.place}
    for key in _bodies_inside_programs(entities, result.sentences):
        if key not in sites:
            del entities[key]
    relations = [r for r in relations if r.subject in entities and r.object in entities]
    return replace(result, entities=entities, relations=relations)


def _firms_own_works(entities: dict[str, Entity], relations: list[Relation], before: dict[str, Entity],
                     tables: ProgramTables, sentences: list[Sentence]) -> list[str]:
    """'가나건설은 냉장 보관센터를 구축할 예정이다': a facility or building this stage found, not quoted, that only
    companies plan is a firm's own works (its plant, its warehouse), no public program."""
    planners: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "plans":
            planners.setdefault(r.object, set()).add(entities[r.subject].cls if r.subject in entities else "")
    found = []
    for key, entity in entities.items():
        if entity.cls != "Program" or key in before or entity.aliases or planners.get(key) != {"Company"}:
            continue
        head = longest_suffix(entity.name, tables.heads, tables.longest)
        if head is None or tables.heads[head][0] not in VENUE_KINDS:
            continue
        index = entity.evidence[0] if entity.evidence else -1
        at = sentences[index].text.find(entity.name) if 0 <= index < len(sentences) else -1
        if at > 0 and sentences[index].text[at - 1] in QUOTES:
            continue
        found.append(key)
    return found


def _bodies_inside_programs(entities: dict[str, Entity], sentences: list[Sentence]) -> list[str]:
    """'가나 다라센터 건립사업이 …': an organization found by its ending whose every mention lies inside a program's
    name is the facility the program is about, no body of its own; so is a collective ('디지털 수출사절단' run as
    a program names no delegation)."""
    programs = [e.name for e in entities.values() if e.cls == "Program"]
    inside = []
    for key, entity in entities.items():
        if not (_found_body(entity) or (entity.cls == "Group" and not entity.count)) or not entity.evidence:
            continue
        hosts = [name for name in programs if entity.name in name and name != entity.name]
        if hosts and all(0 <= i < len(sentences) and sentences[i].text.count(entity.name) == sum(sentences[i].text.count(h) for h in hosts)
                         for i in dict.fromkeys(entity.evidence)):
            inside.append(key)
    return inside


PROGRAM_EDGES = {("object", "plans"), ("object", "approved"), ("subject", "locatedIn"), ("subject", "heldIn")}


def _become_program(key: str, entities: dict[str, Entity], relations: list[Relation], known: set) -> None:
    """'(가칭)가나복지센터를 건립한다': the centre found as an organization is a facility being built; it keeps only the
    edges a program has."""
    entity = entities[key]
    if entity.cls == "Program":
        return
    entities[key] = replace(entity, cls="Program", aliases=list(entity.aliases), evidence=list(entity.evidence))
    kept = [r for r in relations if key not in (r.subject, r.object)
            or (r.object == key and ("object", r.predicate) in PROGRAM_EDGES)
            or (r.subject == key and ("subject", r.predicate) in PROGRAM_EDGES)]
    for r in relations:
        if r not in kept:
            known.discard((r.subject, r.predicate, r.object))
    relations[:] = kept


def _merge_same_programs(result: ArticleGraph) -> ArticleGraph:
    """One node per program: a fund named twice in an article ('가나펀드와 … 가나펀드가') is one program, even
    where the event finder made a second node for the second mention."""
    first: dict[str, str] = {}
    merged: dict[str, str] = {}
    for key, entity in result.entities.items():
        if entity.cls != "Program":
            continue
        labels = [fold(label) for name in (entity.name, *entity.aliases) for label in (name, _PARENTHESIS.sub("", name))]
        same = next((first[label] for label in labels if label in first), key)  # '새싹(萌芽) 펀드' (새싹 펀드) and '새싹펀드'
        for label in labels:
            first.setdefault(label, same)
        if same != key:
            merged[key] = same
    return result.with_nodes_merged(merged, lambda kept, dropped: replace(
        kept, evidence=list(dict.fromkeys([*kept.evidence, *dropped.evidence])),
        aliases=list(dict.fromkeys([*kept.aliases, *dropped.aliases])),
        amount=kept.amount or dropped.amount, status=kept.status or dropped.status))


def _listed_kind(sentence: Sentence, words: list[Word], found: list[_Phrase], tables: ProgramTables, labels: dict[str, str],
                 entities: dict[str, Entity], lexicon: Lexicon, places: dict[str, KnownName] | None = None) -> list[_Phrase]:
    """'가나코리아, 다라인큐베이터, Nmall24 등 판로 관련 인프라', 'A 지원사업, 누리! K-창업 등 협업 프로그램': names
    listed before 등 and a noun of programs are programs, each that holds a proper noun or a head, or is one long
    word (not an activity such as '창업지원'); a place ('몽골, 모잠비크 등 … 원조 사업': where they are) or a public
    body's unit ('가나본부, 다라본부 등 … 사업 책임자') is none."""
    ends = lexicon.stopwords.get("list-end", set())
    phrases: list[_Phrase] = []
    for k, word in enumerate(words[1:-1], 1):
        if word.text not in ends:
            continue
        costed = False
        if _program_class(sentence, words, k + 1, tables):
            items = _list_items(words, k)
        elif "(" in sentence.text[: word.start - sentence.start] and _program_in_clause(sentence, words, k + 1, tables):
            items = _costed_items(sentence, words, k)  # '가나 교량(12억달러), 다라선(4억달러) 등 … 주요 인프라 사업'
            costed = True  # an item with its cost is a project whatever its words ('제2순환선 연결')
        else:
            continue
        if len(items) < 2:
            continue
        for item in items:
            if len(item) > 1 and item[-1].text.rstrip(",") in tables.verbs:
                item = item[:-1]  # '가나학교 운영, 다라펀드 등': what is done with the program is no part of its name
            start, end = item[0].start, _item_end(item[-1])
            start = next((t.start for t in sentence.tokens if start <= t.start < end and t.tag not in {"SW", "SSO", "SO"}), end)
            name = sentence.text[start - sentence.start : end - sentence.start].strip()
            tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            owner = labels.get(fold(name))
            if len(name) < 2 or (owner is not None and entities[owner].cls != "Program") or name in (places or {}):
                continue
            headed = longest_suffix(name, tables.heads, tables.longest)
            suffix = longest_suffix(name, lexicon.org_suffixes, MAX_SUFFIX)
            if headed is None and suffix is not None and len(name) > len(suffix) and lexicon.org_suffixes[suffix] == "GovernmentBody":
                continue
            long_word = " " not in name and len(name) >= LONG_ITEM and HANGUL_WORD.fullmatch(name) is not None
            if not (costed or any(t.tag in {"NNP", "SL"} for t in tokens) or longest_suffix(name, tables.heads, tables.longest) or long_word):
                continue
            same = next((p for p in found if p.start < end and start < p.end), None)
            if same is not None:
                same.by_name, same.headless = True, False
            else:
                phrases.append(_Phrase(name, start, end, sentence, [], [], by_name=True))
    return phrases


LONG_ITEM = 5  # a listed word this long, one word of Hangul, is a name rather than an activity ('창업지원', '기술개발')
HANGUL_WORD = re.compile(r"[가-힣]+")


BULLETED_ITEMS = 2  # a bulleted list of this many items or more, each with its cost, half of them named by a head


def _bulleted_costs(sentence: Sentence, found: list[_Phrase], tables: ProgramTables, labels: dict[str, str],
                    entities: dict[str, Entity], agents) -> list[_Phrase]:
    """'▲가나 정비사업(30억원) ▲다라타운(20억원) 등': a bulleted list whose items each carry their cost, most of them
    named by a program head, lists programs: each item is one, named whole from its mark to the parenthesis."""
    if tables.bulleted is None or "(" not in sentence.text or not any(b in sentence.text for b in tables.uses(BULLET)):
        return []
    items = []
    for match in tables.bulleted.finditer(sentence.text):
        name = match.group(1).strip()
        if not find_amounts(match.group(2)) or len(name) < 2:
            continue
        start = sentence.start + match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        items.append((name, start, start + len(name)))
    if len(items) < BULLETED_ITEMS or 2 * sum(longest_suffix(n, tables.heads, tables.longest) is not None for n, _, _ in items) < len(items):
        return []
    phrases = []
    for name, start, end in items:
        owner = labels.get(fold(name))
        if (owner is not None and entities[owner].cls != "Program") or any(start <= s and e <= end for _, s, e in agents):
            continue  # '▲가나전자(30억원)': a company with its sum
        same = [p for p in found if p.start < end and start < p.end]
        if same:
            for p in same:
                p.name, p.start, p.end, p.by_name, p.headless = name, start, end, True, False  # the whole item names it
        else:
            phrases.append(_Phrase(name, start, end, sentence, [], [], by_name=True))
    return phrases


def _share_names(sentence: Sentence, phrases: list[_Phrase], tables: ProgramTables) -> None:
    """'가나펀드와 다라 벤처펀드': names joined by 와/과, 및 or a comma are of one kind; where one is a program by its name,
    so is the other."""
    if len(phrases) < 2:
        return
    joins = tables.uses("joins")
    ordered = sorted(phrases, key=lambda p: p.start)
    for left, right in zip(ordered, ordered[1:]):
        if left.by_name == right.by_name or left.headless or right.headless:
            continue
        gap = sentence.text[_after_quote(sentence, left.end) - sentence.start : right.start - sentence.start].strip(" " + "".join(QUOTES))
        if _joined(gap, joins, {","}):
            left.by_name = right.by_name = True


def _program_class(sentence: Sentence, words: list[Word], k: int, tables: ProgramTables) -> bool:
    """The noun phrase after 등 ends with a noun of programs ('부처 공동 협업 프로그램을', '판로 관련 인프라')."""
    for word in words[k : k + 5]:
        core = word.core(sentence)
        if core and (_listing_head(core, tables) or core in tables.uses("kind")):
            return True
        if word.text in tables.uses("plural"):
            continue  # 'A, B 등 다양한 지원사업': an adjective of number before the noun of programs
        if not word.bare:
            return False
    return False


def _listing_head(core: str, tables: ProgramTables) -> bool:
    """A program head a word ends with, of a kind that names programs in a list ('A, B 등 협업 프로그램'); a building's
    head does not ('AI, 바이오 등 가나 클러스터': the fields a cluster is strong in)."""
    head = longest_suffix(core, tables.heads, tables.longest)
    return head is not None and tables.heads[head][0] != BUILDING


def _joined(gap: str, joins: frozenset[str] | set[str], marks: set[str]) -> bool:
    """What stands between two names joins them: a joiner ('와', '및'), a mark, or a comma and a joiner."""
    return gap in joins or gap in marks or (gap[-1:] == "," and gap[:-1] in joins)


def _program_in_clause(sentence: Sentence, words: list[Word], k: int, tables: ProgramTables) -> bool:
    """The noun phrase after 등 ends with a noun of programs after a relative clause ('등 국내 업체가 관심을 두는 인프라
    프로젝트에'): a head before the clause's own ending (a connective or final one)."""
    for word in words[k : k + CLAUSE_WORDS]:
        core = word.core(sentence)
        if core and (_listing_head(core, tables) or core in tables.uses("kind")):
            return True
        if any(t.tag in {"EC", "EF"} for t in word.tokens):
            return False
    return False


def _costed_items(sentence: Sentence, words: list[Word], k: int) -> list[list[Word]]:
    """'가나 교량(12억달러), 다라선(4억 달러) 등': the items of a list before words[k] (등) that each carry their cost in
    parentheses: bare nouns before the sum, at most four words an item; the sum is left out of the item."""
    items: list[list[Word]] = []
    j = k - 1
    while j >= 0 and words[j].text.rstrip(",").endswith(")"):
        opening = j
        while opening >= 0 and "(" not in words[opening].text:
            opening -= 1
        if opening < 0 or j - opening > 2:
            break
        head = words[opening]
        cut = head.text.index("(")
        inside = sentence.text[head.start - sentence.start + cut + 1 : words[j].end - sentence.start].rstrip(",)")
        if cut == 0 or not find_amounts(inside):
            break
        last = Word(head.text[:cut], head.start, head.start + cut, [t for t in head.tokens if t.end <= head.start + cut])
        if not _noun_word(last):
            break
        item = [last]
        j = opening - 1
        while j >= 0 and len(item) < 4 and _noun_word(words[j]) and not words[j].text.endswith((",", ")")):
            item.insert(0, words[j])
            j -= 1
        items.insert(0, item)
        if j < 0 or not words[j].text.endswith(","):
            break
    return items if len(items) >= 2 else []


def _noun_word(word: Word) -> bool:
    """A word of nouns, numbers and marks only ('가나-다라', '제2선'), with a comma after it at most."""
    return bool(word.tokens) and all(t.tag in NOUNISH or t.tag in {"SL", "SN", "SH", "XPN"} or t.tag.startswith("S") for t in word.tokens)


def _list_items(words: list[Word], k: int) -> list[list[Word]]:
    """The items of the list that ends before words[k] (등): runs of bare words split by commas, back to a word
    with a particle, at most four words an item."""
    items: list[list[Word]] = []
    current: list[Word] = []
    for j in range(k - 1, -1, -1):
        word = words[j]
        if not _listable(word) or len(current) >= 4:
            break
        if (word.text.endswith(",") or _joined_by(word)) and current:
            items.append(current)
            current = []
        elif _joined_by(word):
            break  # '가나와 다라 등': the last item has no joiner after it
        current.insert(0, word)
        if word.tokens and word.tokens[0].tag in {"SW", "SO"}:
            break  # '▲가나, 다라 등': a list mark opens the first item
    if current:
        items.append(current)
    return [item for item in reversed(items) if len(item) <= 4]


def _listable(word: Word) -> bool:
    """A word of a list item: nouns with marks around them only ('도전!', '▲가나,'), or ending with the joiner
    that links it to the next item ('가나육성(R&D)과')."""
    tags = [t.tag for t in word.tokens]
    while tags and tags[0].startswith("S"):
        tags = tags[1:]
    while tags and (tags[0] in NOUNISH or tags[0] in {"SL", "SN"}):
        tags = tags[1:]
    if tags and tags[-1] == "JC":
        tags = tags[:-1]
    if tags[:1] == ["SSO"] and "SSC" in tags:
        tags = tags[tags.index("SSC") :]  # '(스마트)': what a parenthesis holds
    return all(tag.startswith("S") for tag in tags)


def _joined_by(word: Word) -> bool:
    """'가나육성과', '가나(R&D)와': a noun with the joiner 와/과 after it ends an item of a list."""
    return len(word.tokens) > 1 and word.tokens[-1].tag == "JC"


def _item_end(word: Word) -> int:
    """Where an item's last word ends as a name: before its joiner and a parenthesis after the noun
    ('가나육성(R&D)과' -> '가나육성'), a comma left out."""
    end = word.start
    for token in word.tokens:
        if token.tag == "JC" or (token.tag == "SSO" and end > word.start):
            break
        end = token.end
    while end > word.start and word.text[end - word.start - 1] in ",.":
        end -= 1
    return end


def _lists_as_predicate(sentence: Sentence, list_ends: set[str]) -> bool:
    """'주요 분야는 가나펀드와 다라펀드 등이다': the sentence ends by listing (등 and the copula), so what it lists is
    what its topic, a noun of the article's body, holds."""
    tokens = [t for t in sentence.tokens if t.tag not in {"SF", "SP", "SS", "SSC", "SSO", "SE"}]
    return len(tokens) >= 3 and tokens[-1].tag == "EF" and tokens[-2].tag == "VCP" and tokens[-3].form in list_ends


def _program_topic(sentence: Sentence, words: list[Word], tables: ProgramTables) -> bool:
    """'주요 사업은 …': the sentence's topic (은/는) is a noun of programs, so what it lists are programs; '자금은 …'
    lists where money comes from."""
    topic = next((w for w in words if w.tokens and w.tokens[-1].tag == "JX"), None)
    core = topic.core(sentence) if topic is not None else ""
    return bool(core) and (longest_suffix(core, tables.heads, tables.longest) is not None or core in tables.uses("kind")
                           or longest_suffix(core, tables.uses("topic"), 4) is not None)


def _defines_program(sentence: Sentence, tables: ProgramTables) -> bool:
    """'… 지역 기업의 판로 개척을 돕는 사업이다': the sentence ends by saying its topic is a program."""
    tokens = sentence.tokens
    k = _word_before(tokens, len(tokens))
    while k >= 0:  # from the end, marks passed over: the last morphemes only, not every token
        before = _word_before(tokens, k)
        if before < 0:
            return False
        if tokens[k].tag == "VCP":
            noun = tokens[before]
            return noun.tag.startswith("NN") and (noun.form in tables.heads or noun.form in tables.uses("kind"))
        if tokens[k].tag not in {"EF", "EP", "EC"}:
            return False
        k = before
    return False


def _word_before(tokens, k: int) -> int:
    """The index of the last token before k that is no punctuation mark, or -1."""
    k -= 1
    while k >= 0 and tokens[k].tag in {"SF", "SP", "SS", "SSC", "SSO"}:
        k -= 1
    return k


def _subjects(sentence: Sentence, agents, entities: dict[str, Entity], tables: ProgramTables) -> list[str]:
    """The agents marked as the clause's subject (은/는/이/가), with those joined to one before it ('가나은행과
    다라기금은', 'A, B 및 C는', 'A·B는')."""
    by_start = sorted(agents, key=lambda a: a[1])
    subjects = []
    for key, start, end in by_start:
        tag = _particle_tag(sentence, end)
        if tag == "JKS" and _circumstance_subject(sentence.tokens, end, tables):
            continue  # '회원 80여명이 자리한 가운데 …': the subject of a clause that sets the scene
        if tag in SUBJECT_TAGS:
            subjects.append(key)
            continue
        title_end = _titled_subject(sentence, end, entities[key])
        if title_end is not None:  # the person, and the body named between name and title
            subjects += [k for k, s2, e2 in by_start if end <= s2 and e2 <= title_end and entities[k].cls in ORG_CLASSES]
    subjects = list(dict.fromkeys(subjects))
    joins = tables.uses("joins")
    for k in range(len(by_start) - 2, -1, -1):
        key, _, end = by_start[k]
        nxt = by_start[k + 1]
        if nxt[0] not in subjects or key in subjects or entities[key].cls not in ORG_CLASSES | {"Person"}:
            continue
        gap = sentence.text[end - sentence.start : nxt[1] - sentence.start].strip()
        if _joined(gap, joins, {",", *MIDDLE_DOTS}):
            subjects.insert(0, key)
    return subjects


def _without_relative_clauses(result: ArticleGraph, list_ends: set[str]) -> ArticleGraph:
    """'펀드 결성을 위한 새싹펀드' -> '새싹펀드': a program's name that opens with a relative clause is the noun
    phrase after it (the clause describes the program, it is no part of its name); so is one that opens with a
    list ('가나 사업 등 연계 프로그램' -> '연계 프로그램': the items are programs of their own)."""
    renamed = {}
    for key, entity in result.entities.items():
        if entity.cls != "Program" or " " not in entity.name or not entity.evidence:
            continue
        index = entity.evidence[0]
        sentence = result.sentences[index] if 0 <= index < len(result.sentences) else None
        at = sentence.text.find(entity.name) if sentence is not None else -1
        if at < 0:
            continue
        start, end = sentence.start + at, sentence.start + at + len(entity.name)
        cut = max((t.end for t in sentence.tokens if start <= t.start and t.end < end
                   and (t.tag == "ETM" or (t.form in list_ends and t.tag == "NNB"))), default=None)
        rest = entity.name[cut - start :].strip() if cut is not None else ""
        if len(rest) >= 2 and rest != entity.name:
            renamed[key] = replace(entity, name=rest, aliases=list(entity.aliases), evidence=list(entity.evidence))
    return replace(result, entities={**result.entities, **renamed}) if renamed else result


def _clause_name(entity: Entity, sentences: list[Sentence]) -> bool:
    """'"… 머물도록 돕기 위해 … 시작한 사업"이라며': a name that holds a clause's connective or final ending is
    someone's words, no program's name."""
    for index in entity.evidence[:1]:
        sentence = sentences[index] if 0 <= index < len(sentences) else None
        at = sentence.text.find(entity.name) if sentence is not None else -1
        if at < 0:
            continue
        start, end = sentence.start + at, sentence.start + at + len(entity.name)
        return any(t.tag in {"EC", "EF"} for t in sentence.tokens if start <= t.start and t.end <= end)
    return False


def _field_of_work(entity: Entity, sentences: list[Sentence], tables: ProgramTables, kinds: frozenset[str]) -> bool:
    """'수출 사업', '기존 전산화 사업': a name of one common noun (besides words that only describe) and a head of projects
    or schemes, not quoted, says what field the work is in; it names no program."""
    if entity.aliases or " " not in entity.name:
        return False
    head = longest_suffix(entity.name, tables.heads, tables.longest)
    if head is None or tables.heads[head][0] not in FIELD_KINDS or not entity.name.endswith(" " + head):
        return False
    told = _told_unquoted(entity, sentences)
    return told is not None and _one_common_noun(told[0], told[1], told[1] + len(entity.name) - len(head), tables, kinds)


def _unplanned_plan(entity: Entity, sentences: list[Sentence], tables: ProgramTables) -> bool:
    """'도시 간 교류 협력 방안을 논의했다': a plan named by its head alone (방안, 대책 ...), not quoted, that its clause
    only discusses (no predicate of plan_verbs.tsv governs it) is a topic of talk, no program."""
    head = longest_suffix(entity.name, tables.heads, tables.longest)
    if head is None or tables.heads[head][0] != PLAN_KIND:
        return False
    told = _told_unquoted(entity, sentences)
    return told is not None and _plan_verb(told[0], told[1] + len(entity.name), tables) is None


def _told_unquoted(entity: Entity, sentences: list[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence an entity is first told in and where its name starts there; None where that name is quoted
    (a quoted name is a proper one) or not found."""
    for index in entity.evidence[:1]:
        sentence = sentences[index] if 0 <= index < len(sentences) else None
        at = sentence.text.find(entity.name) if sentence is not None else -1
        if at < 0 or (at > 0 and sentence.text[at - 1] in QUOTES):
            return None
        return sentence, sentence.start + at
    return None


def _titled_subject(sentence: Sentence, end: int, person: Entity) -> int | None:
    """'홍길동 가나부 장관은 …': a person named before his body and title, the title marked as the subject; where the
    title ends."""
    if person.cls != "Person" or not person.title:
        return None
    between = []
    for token in sentence.tokens:
        if token.start < end:
            continue
        if token.tag.startswith("J"):
            found = token.tag in SUBJECT_TAGS and bool(between) and "".join(between).endswith(person.title)
            return token.start if found else None
        if token.tag not in {"NNP", "NNG", "SL", "SP", "XSN"} or len(between) > 6:
            return None
        between.append(token.form)
    return None


def _generic_name(name: str, tables: ProgramTables, stop: set[str]) -> bool:
    """'역점 사업', '관련 펀드': a head that needs a name before it, with generic words only."""
    head = longest_suffix(name, tables.heads, tables.longest)
    if head is None or tables.heads[head][1] == "no" or _spaced_whole_head(name, tables):
        return False
    return all(_descriptive(w, tables, stop) for w in re.split(r"[\s·]+", name[: len(name) - len(head)]) if w)


def _spaced_whole_head(name: str, tables: ProgramTables) -> bool:
    """'협력 체계' written apart is '협력체계', a head that names alone (program_heads.tsv modifier no)."""
    if " " not in name:
        return False
    joined = longest_suffix(name.replace(" ", ""), tables.heads, tables.longest)
    return joined is not None and tables.heads[joined][1] == "no" and " " in name[-len(joined) - 2 :]


def _descriptive(word: str, tables: ProgramTables, stop: set[str]) -> bool:
    """A modifier that says what kind a program is, not which: a generic word (or one of the other words given, such
    as the kinds of body it is for, '스타트업 지원 사업'), or an adjective noun in -적 ('포괄적 협력사업', '창의적 사업'; the
    suffix from program_modifiers.tsv)."""
    generic = tables.generic
    if word in generic or word in stop or (len(word) >= 3 and any(word.endswith(suffix) for suffix in tables.uses(ADJECTIVE))):
        return True
    return any(word[:k] in generic and word[k:] in generic for k in range(1, len(word)))  # '공모사업계획': 공모 + 사업


PREDICATE_TAGS = {"VV", "VA", "VX", "XSV", "XSA", "VCP"}
MISREAD_LEAD = {"MM", "MAG", "VV", "VA", "ETM", "XR"}  # what Kiwi reads at the start of a made-up name glued to a noun


def _clause_status(tokens, index: int, reader: FrameReader, tables: ProgramTables | None = None) -> str:
    """The status of the predicate at index; a predicate that only links to the next clause with no past
    tense of its own ('체계를 구축하고, … 강화할 계획이다', '구축하고자 마련됐다' aside) takes the status of
    the sentence's last predicate."""
    ongoing = tables is not None and index + 1 < len(tokens) and tokens[index + 1].tag == "NNB" \
        and tokens[index + 1].form in tables.uses(PROGRESSIVE)  # '추진 중이라고 밝혔다': ongoing, whatever the verb of saying
    if tokens[index].tag.startswith("NN") and not ongoing and (index + 1 >= len(tokens) or tokens[index + 1].tag not in PREDICATE_TAGS):
        index = _governing_predicate(tokens, index, tables)  # '제도 시행을 통해 … 지원할 계획이다': the noun takes the clause's status
    status = reader.status(tokens, index)
    stem = tokens[index - 1] if tokens[index].tag == "XSV" and index > 0 else tokens[index]
    if status == PAST and tables is not None and stem.form in tables.uses(PLEDGE):
        return "planned"  # '가나펀드 조성을 약속했다': what was promised is still to come
    if status != PAST:
        return status
    j = index + 1
    while j < len(tokens) and tokens[j].tag in PREDICATE_TAGS:
        j += 1
    if j >= len(tokens) or tokens[j].tag != "EC":
        return status
    last = max((k for k in range(j, len(tokens)) if tokens[k].tag in PREDICATE_TAGS - {"VCP"}), default=None)
    return reader.status(tokens, last) if last is not None else status


def _governing_predicate(tokens, index: int, tables: ProgramTables | None) -> int:
    """The first predicate after a noun that ends its clause rather than linking it on ('통해', '위해') or
    describing a noun ('필요한')."""
    for k in range(index + 1, len(tokens)):
        if tokens[k].tag in PREDICATE_TAGS - {"VCP"} and not (k + 1 < len(tokens) and tokens[k + 1].tag == "EC") \
                and not (tables is not None and _relative(tokens, k, tables)):
            return k
    return index


def _signers(entities: dict[str, Entity], relations: list[Relation]) -> list[str]:
    """The parties (not groups) of the agreement signed by two or more that the article names first."""
    parties: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate == "party" and entities[r.object].cls in AGENT_CLASSES - {"Group"}:
            parties.setdefault(r.subject, []).append(r.object)
    signed = sorted((min(entities[event].evidence, default=0), event) for event, sides in parties.items() if len(sides) >= 2)
    return parties[signed[0][1]] if signed else []


def _pair_named_both(sentences: list[Sentence], entities: dict[str, Entity], by_sentence, tables: ProgramTables) -> list[str]:
    """'가나협회(회장 김가나)와 다라협회 양 기관은 …': with no signing whose parties were found, the two bodies named
    right before a word for both sides (joined by 와/과), or before the bound noun of what lies between them ('가나협회와
    다라협회 간 협력'), are the sides it means."""
    joins, between = tables.uses("joins"), tables.uses("between")
    for sentence in sentences:
        at = min((sentence.text.find(w) for w in tables.uses("both-parties") if w in sentence.text), default=-1)
        if at < 0:  # 'A와 B 간 협력체계': the bound noun of what lies between two names them as the pair too
            at = next((t.start - sentence.start for t in sentence.tokens if t.tag == "NNB" and t.form in between), -1)
        if at < 0:
            continue
        bodies = sorted((a for a in agents_in(sentence, entities, by_sentence)
                         if entities[a[0]].cls in ORG_CLASSES and a[2] <= sentence.start + at), key=lambda a: a[1])
        if len(bodies) < 2:
            continue
        (first, _, first_end), (second, second_start, second_end) = bodies[-2], bodies[-1]
        gap = _PARENTHESIS.sub("", sentence.text[first_end - sentence.start : second_start - sentence.start]).strip()
        rest = _PARENTHESIS.sub("", sentence.text[second_end - sentence.start : at]).strip()
        if _joined(gap, joins, set()) and not rest and first != second:
            return [first, second]
    return []


def _both_parties(sentence: Sentence, tables: ProgramTables) -> bool:
    """'양 기관은 …', '두 기관은 …': the subject is both sides of the agreement the article tells of; so is
    '양 기관 간 협력체계를 구축한다', what is set up between them."""
    between = tables.uses("between")
    for word in tables.uses("both-parties"):
        at = sentence.text.find(word)
        if at < 0:
            continue
        end = sentence.start + at + len(word)
        if _particle_tag(sentence, end) in SUBJECT_TAGS:
            return True
        after = next((t for t in sentence.tokens if t.start >= end), None)
        if after is not None and after.tag == "NNB" and after.form in between:
            return True
    return False


def _contained(sentence: Sentence, words: list[Word], agents, phrases: list[_Phrase], entities: dict[str, Entity],
               labels: dict[str, str], places: dict[str, KnownName], tables: ProgramTables):
    """'누리공단 내 중소기업인 가나㈜와 나다㈜', '다라시장 내 조성된 청년몰': a known place, a word that puts what
    follows inside it, maybe an apposition or a relative clause, then organizations or a program: each is
    located in the place."""
    inside = tables.uses("inside")
    starts = {start: key for key, start, _ in agents if entities[key].cls in ORG_CLASSES}
    starts.update({p.start: labels.get(fold(p.name)) for p in phrases if labels.get(fold(p.name))})
    for k, word in enumerate(words[1:-1], 1):
        if word.text not in inside:
            continue
        place = _known_place(sentence, words, k, entities, labels, places)
        if place is None:
            continue
        nxt = k + 1
        if nxt + 1 < len(words) and words[nxt].tokens and words[nxt].tokens[-1].tag == "ETM":
            nxt += 1  # '중소기업인', '조성된'
        key = starts.get(_noun_span(words[nxt])[0])
        if key is None:
            continue
        yield key, place
        listed = [a for a in agents if a[1] > words[nxt].start]
        end = next((e for k2, s2, e in agents if k2 == key), None)
        for other, start, other_end in sorted(listed, key=lambda a: a[1]):
            if end is None or entities[other].cls not in ORG_CLASSES:
                break
            gap = sentence.text[end - sentence.start : start - sentence.start]
            if gap.strip(" ,") not in {"", *tables.uses("joins")}:
                break
            yield other, place
            end = other_end


def _known_place(sentence: Sentence, words: list[Word], k: int, entities: dict[str, Entity], labels: dict[str, str],
                 places: dict[str, KnownName]) -> Entity | KnownName | None:
    """The place named by the word (or two words) before words[k], when the article or the lexicon knows it."""
    last = words[k - 1].text
    for name in ([f"{words[k - 2].text} {last}"] if k >= 2 else []) + [last]:
        owner = labels.get(fold(name))
        if owner is not None and entities[owner].cls == "Place":
            return entities[owner]
        if name in places and name not in places[name].loose:
            return places[name]
    return None


def _scene(words: list[Word], places: dict[str, KnownName], tables: ProgramTables) -> KnownName | None:
    """'프랑스에서는 …', '이 중 프랑스에서는 …': a country or city the sentence opens with, marked 에서는/에서도, is where
    what it names is; only bare words and adverbs ('이 가운데', '특히') may stand before it."""
    for word in words[:SCENE_WORDS]:
        text = word.text
        for particle in tables.uses("scene"):
            if text.endswith(particle) and text[: -len(particle)] in places:
                return places[text[: -len(particle)]]
        if any(t.tag[0] in "JEV" or t.tag.startswith("XS") for t in word.tokens):
            return None  # a word with a particle or an ending: the sentence has begun its own clause
    return None


def _owner_before(sentence: Sentence, phrase: _Phrase, agents, entities: dict[str, Entity], tables: ProgramTables) -> str | None:
    """'농림축산식품부 ‘스마트팜 수출 사업’', '가나부의 다라사업': an organization named right before a program, with
    nothing but a space, an opening quote or the genitive between, is the one whose program it is."""
    for key, start, end in agents:
        if entities[key].cls in ORG_CLASSES and end < phrase.start:
            gap = sentence.text[end - sentence.start : phrase.start - sentence.start]
            if gap.strip(" " + "".join(QUOTES)) in {"", *tables.uses("genitive")} and gap:
                return key
    return None


CLAUSE_WORDS = 8  # how far after 등 the head of a noun phrase with a relative clause is looked for
SCENE_WORDS = 3  # the scene is the first word, or the third after a connective of two words ('이 가운데')
def _reporting_topic(sentence: Sentence, phrase: _Phrase, agents, entities: dict[str, Entity]) -> str | None:
    """'가나군은 ‘다라센터 건립사업’이 심사를 통과했다고 밝혔다': a program that is the subject of the clause a public
    body tells of (the body the sentence's topic, the program marked 이/가 after it) is that body's."""
    if _particle_tag(sentence, _after_quote(sentence, phrase.end)) != "JKS":
        return None
    topics = [(key, end) for key, start, end in agents if end <= phrase.start and _particle_tag(sentence, end) == "JX"]
    if len(topics) != 1 or entities[topics[0][0]].cls not in OFFICIAL_CLASSES - {"Person"}:
        return None  # a firm that says a fund invested in it runs no fund
    key, end = topics[0]
    if any(t.tag == "JX" or t.tag.startswith("EF") for t in sentence.tokens if end < t.start < phrase.start):
        return None
    return key


CLAUSE_BREAKS = {"EC", "EF", "VCP", "VA", "VX"}


def _relative_planner(sentence: Sentence, phrase: _Phrase, agents, entities: dict[str, Entity], tables: ProgramTables) -> str | None:
    """'가나시가 추진하는 (가칭)다라센터', '정부가 시행 중인 가나제도': the subject (이/가) of a relative clause of
    planning right before the name plans it."""
    tokens = [t for t in sentence.tokens if t.end <= phrase.start]
    k = len(tokens) - 1
    while k >= 0 and (tokens[k].tag in {"SSO", "SSC", "SW"} or tokens[k].form in tables.uses("tentative")):
        k -= 1  # '(가칭)', quotes, list marks
    if k < 1 or tokens[k].tag != "ETM":
        return None
    k -= 1
    while k >= 0 and tokens[k].tag in {"EP", "VCP", "NNB"}:
        k -= 1  # '시행 중인', '추진한'
    if k >= 1 and tokens[k].tag == "XSV":
        k -= 1
    if k < 0 or tokens[k].form not in tables.verbs:
        return None
    verb_start = tokens[k].start
    subjects = [(start, key) for key, start, end in agents if end <= verb_start and entities[key].cls in ORG_CLASSES
                and _particle_tag(sentence, end) == "JKS"]
    if not subjects:
        return None
    start, key = max(subjects)
    between = [t for t in sentence.tokens if start < t.start < verb_start]
    return None if any(t.tag in CLAUSE_BREAKS or t.tag in {"VV", "ETM"} for t in between) else key


def _passive_clause(tokens, verb: int) -> bool:
    """'가나단지가 조성될 예정이다', '다라 플랫폼 구축도 본격화된다': a passive predicate names no agent, so the bodies
    of the sentences before are not taken for one."""
    for token in tokens[verb + 1 :]:
        if token.tag == "XSV":
            return token.form in PASSIVE
        if token.tag in {"EC", "EF", "VV"}:
            return False
    return False


def _unnamed_subject(sentence: Sentence, words: list[Word], verb: int, agents, lexicon: Lexicon) -> bool:
    """'뽑힌 업체는 … 사업을 추진한다': the clause has a subject of its own that names a kind of body, not
    one the article found (kind_nouns.tsv), so the bodies of the sentences before plan nothing here."""
    before = sentence.tokens[verb].start
    longest = _vocabulary(lexicon).kind_length
    for word in words:
        if word.start >= before:
            break
        if not word.tokens or word.tokens[-1].tag not in SUBJECT_TAGS or any(s < word.end and word.start < e for _, s, e in agents):
            continue
        if word is words[0] and _proper_noun_word(word):
            return True  # '다라금융은 … 펀드 조성을 추진 중이다': a body the article did not find is still the subject
        kind = longest_suffix(word.core(sentence), lexicon.kind_nouns, longest)
        if kind is not None and lexicon.kind_nouns[kind] != "Group" \
                and (word.tokens[-1].tag == "JX" or not _relative_subject(sentence.tokens, word.end)):
            return True
    return False


def _proper_noun_word(word: Word) -> bool:
    """A word of nouns, one of them proper, with the particle of a subject ('다라금융은')."""
    nouns = word.tokens[:-1]
    return bool(nouns) and any(t.tag == "NNP" for t in nouns) and all(t.tag in {"NNP", "NNG", "SL"} for t in nouns)


def _circumstance_subject(tokens, end: int, tables: ProgramTables) -> bool:
    """'가나부 관계자가 참석한 가운데': the first ending after a subject is a relative one before a noun of circumstance
    (program_modifiers.tsv use circumstance), so it is the subject of that adverbial clause only."""
    for k, token in enumerate(tokens):
        if token.start >= end and token.tag in {"ETM", "EC", "EF"}:
            return token.tag == "ETM" and k + 1 < len(tokens) and tokens[k + 1].form in tables.uses("circumstance")
    return False


def _relative_subject(tokens, end: int) -> bool:
    """'기업이 관심을 가지는 사업': the first ending after a subject (이/가; a topic in 은/는 is the sentence's) is a
    relative one, so it is that clause's subject."""
    ending = next((t for t in tokens if t.start >= end and t.tag in {"ETM", "EC", "EF"}), None)
    return ending is not None and ending.tag == "ETM"


def _own_subject(sentence: Sentence, phrase: _Phrase, verb: int) -> bool:
    """'펀드가 결성됐다', '펀드는 기업의 성장을 지원한다': the program is the predicate's subject, so no planner
    is named; a topic with no object after it is the object put first ('제도는 개편하겠다')."""
    tokens = sentence.tokens
    tag = _particle_tag(sentence, phrase.end) or _list_particle(sentence, phrase.end)
    if tag not in SUBJECT_TAGS:
        return False
    if tag != "JX" or (verb + 1 < len(tokens) and tokens[verb + 1].tag == "XSV" and tokens[verb + 1].form in PASSIVE):
        return True
    return any(t.tag == "JKO" for t in tokens[:verb] if t.start >= phrase.end)


def _list_particle(sentence: Sentence, end: int) -> str | None:
    """'가나펀드, 다라시, 마바공사 등이 출자한다': the tag of the particle that ends the list a name opens."""
    after = [t for t in sentence.tokens if t.start >= end]
    if not after or not (after[0].tag == "JC" or (after[0].tag == "SP" and after[0].form == ",")):
        return None
    for token in after:
        if token.tag.startswith("J") and token.tag != "JC":
            return token.tag
        if not (token.tag.startswith("NN") or token.tag in {"SP", "JC", "SL", "SN", "XSN"}):
            return None
    return None


def _label_index(entities: dict[str, Entity]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, entity in entities.items():
        for label in (entity.name, *entity.labels_ko, *entity.labels_en, *entity.aliases):
            index.setdefault(fold(label), key)
    return index


def _phrases(sentence: Sentence, words: list[Word], tables: ProgramTables, labels: dict[str, str],
             entities: dict[str, Entity], places: dict[str, KnownName], lexicon: Lexicon) -> list[_Phrase]:
    """Every word ending in a program head, with the bare nouns before it as its modifiers."""
    found: list[_Phrase] = []
    vocabulary = _vocabulary(lexicon)
    stop, kinds = vocabulary.stop, vocabulary.kinds
    for i, word in enumerate(words):
        if tables.last_letters.isdisjoint(word.text) or not any(
                t.tag in NOUNISH and t.form[-1] in tables.last_letters for t in word.tokens):
            continue  # a name's core ends with the last noun of the word, which must end like a head
        marked = _tentative_lead(word, tables)
        item = None if marked else _bullet_lead(word, tables)
        core_start, core_end, quoted = _noun_span(marked or item or word)
        if quoted:
            core_end = _quoted_word_end(sentence, word, core_start, core_end)
        core = sentence.text[core_start - sentence.start : core_end - sentence.start]
        head = longest_suffix(core, tables.heads, tables.longest)
        if head is None or (found and found[-1].end > word.start):
            continue
        if core in places and core not in places[core].loose:
            continue  # '실리콘밸리', '판교테크노밸리': a place the lexicon knows, whatever its ending
        if word.bare and i + 1 < len(words) and not _ends_name(sentence, words[i + 1], tables, lexicon, tables.heads[head][2]):
            continue
        quote, tail = None, word.start
        if word.start == core_start and (core == head or all(_descriptive(w, tables, kinds) for w in core[: -len(head)].split())):
            quote = _quote_before(sentence, words, i)  # "'가나 바우처' 사업", "'가나 패키지' 지원사업"
        if quote is None and word.start == core_start and i >= 2 and _plain_noun_word(words[i - 1]):
            quote, tail = _quote_before(sentence, words, i - 1), words[i - 1].start  # "'가나 키움' 장학 프로그램"
        if quote is not None:
            while found and found[-1].start >= quote[0]:
                found.pop()  # "'가나 바우처' 사업": the quoted name is the program's short name, not a second program
            found.append(_quoted_with_head(sentence, quote, core_end, sentence.text[tail - sentence.start : core_end - sentence.start], tables))
            continue
        start, inner, first = core_start, [], i
        if not quoted and item is None:
            for j in range(i - 1, max(-1, i - 1 - MAX_MODIFIERS), -1):
                lead = _tentative_lead(words[j], tables)
                left = lead or _bullet_lead(words[j], tables) or words[j]
                marked = marked or lead
                left_start, left_end, left_quoted = _noun_span(left)
                if _misread_name(left):
                    left_end = left.end
                text = sentence.text[left_start - sentence.start : left_end - sentence.start]
                if not text or (left_end < left.end and not _PARENTHESIS.fullmatch(left.text[left_end - left.start :])):
                    break
                if left.text.endswith(",") or text in stop or (_counted(left, left_start, left_end) and not _ordinal(text, tables)):
                    break
                if left.tokens[-1].tag == "NNB" and left.tokens[-1].form in tables.uses("between"):
                    break  # '기관간 협력체계': between whom it is set up, no part of its name
                owner = labels.get(fold(text))
                if owner is not None and entities[owner].cls in AGENT_CLASSES:
                    break
                start, first = left_start, j
                loose = text in places and text in places[text].loose
                country = text in places and places[text].kind == COUNTRY
                if country:
                    pass  # '누리 대한민국 펀드', '한국-독일 공동 사업': a country in a name says whose, not where
                elif (text in places and (not loose or _sited(sentence, words[j + 1], tables))) or (owner is not None and entities[owner].cls == "Place"):
                    inner.append(places.get(text) or entities[owner])
                elif _district(left, text, tables):
                    inner.append(Entity(key=entity_key(Mention(text, 0, 0, sentence.index, "Place", text), ""), cls="Place", name=text))
                if left_quoted:
                    quoted = True
                    break
                if left is not words[j]:
                    break  # '(가칭)' or a list's mark ('▲') opens the name
        opened = _quote_opening(sentence, core_start, core_end)
        if opened is not None and sum(t.tag.startswith("E") for t in sentence.tokens if opened <= t.start < core_start) >= SPEECH_ENDINGS:
            opened = None  # '"… 돕기 위해 쉼터를 짓자는 뜻으로 시작한 사업"이라며': a clause in quotes is speech, no name
        if opened is not None and opened < start:
            start, quoted = opened, True  # "'제3차 가나 종합계획'": a quoted name is whole, digits and all
            first = next(k for k in range(i, -1, -1) if words[k].start <= opened)
        if start == words[first].start and _plural_before(words, first, tables):
            continue
        raw = sentence.text[start - sentence.start : core_end - sentence.start].strip()
        name = _without_tentative(raw, tables)
        modifier = fold(name[: len(name) - len(head)]) if name.endswith(head) else fold(name)
        words_before = [w for w in re.split(r"[\s·]+", name[: len(name) - len(head)]) if w]
        kind, modifier_rule, by_name = tables.heads[head]
        if kind in VENUE_KINDS and _particle_form(sentence, core_end) in tables.uses("place-particle"):
            continue
        if modifier_rule != "no" and (not modifier or all(_descriptive(w, tables, kinds) or (_ordinal(w, tables) and kind != FUND)
                                                           for w in words_before)) \
                and not _spaced_whole_head(name, tables):
            continue  # '2차 사업' is no name, but '1호 펀드' is: a fund is named by its number
        if modifier_rule == "glued" and core == head:
            continue
        if _apposition_before_quote(sentence, core_end, tables):
            continue  # '패키지형 지원사업인 ‘가나사업’': the noun says what the quoted name is; that name is the program
        owner = labels.get(fold(name))
        built = owner if owner is not None and kind in SITED_KINDS and _found_body(entities[owner]) else None
        if owner is not None and entities[owner].cls not in {"Program"} and built is None:
            continue
        plain = _PARENTHESIS.sub("", name).replace("  ", " ").strip()
        aliases = [plain] if plain != name else []
        aliases += _parenthesized_aliases(sentence, core_end, tables)
        quoted = quoted and _closes_quote(sentence, core_end)
        named = by_name and " " in name and (not _genitive_before(words, first) or _body_word(sentence, words[first - 1], labels, entities)) \
            and not _one_common_noun(sentence, start, core_end - len(head), tables if kind in FIELD_KINDS else None, kinds)
        tentative = raw != name or marked is not None or (first > 0 and words[first - 1].text in {f"({m})" for m in tables.uses("tentative")}) \
            or any(sentence.text.startswith(f"({m})", _after_quote(sentence, core_end) - sentence.start) for m in tables.uses("tentative"))
        if modifier_rule != "no" and not (quoted or tentative) and name.endswith(" " + head) and (not by_name or kind in FIELD_KINDS) \
                and not _spaced_whole_head(name, tables) \
                and _one_common_noun(sentence, start, core_end - len(head), tables if kind in FIELD_KINDS else None, kinds):
            continue  # '요리 프로그램', '금융 서비스': a head that needs a name, after one common noun, is a kind of work
        if found and start <= found[-1].start and found[-1].sited and _only_building_between(sentence, found[-1].end, core_end - len(head), tables):
            aliases.append(found.pop().name)  # 'AI 데이터센터 건립 사업': the project of building a facility is one program with it
        found.append(_Phrase(name, start, core_end, sentence, aliases, inner, quoted, named or tentative, tentative=tentative,
                             built=built, building=kind == BUILDING, sited=kind in SITED_KINDS))
    return found


def _only_building_between(sentence: Sentence, end: int, start: int, tables: ProgramTables) -> bool:
    """' 건립 ', ' 조성': between a facility's name and a project's head only the nouns of plan_verbs.tsv that build it."""
    words = sentence.text[end - sentence.start : start - sentence.start].split()
    return bool(words) and all(w in tables.verbs and tables.verbs[w][1] for w in words)


FIELD_KINDS = {"project", "scheme"}  # heads after which one common noun names a field of work ('수출 사업'), not a program


def _one_common_noun(sentence: Sentence, start: int, end: int, tables: ProgramTables | None = None,
                     kinds: frozenset[str] = frozenset()) -> bool:
    """'중화권 사업', '보육 프로그램', '기존 전산화 사업', '주민 참여형 사업': one common noun (with a suffix) before the
    head, besides words that only describe (generic words, adjectives in -적/-형), says what field a project is in, and
    names none."""
    tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    if tables is not None:
        described = _descriptive_spans(sentence.text[start - sentence.start : end - sentence.start], start, tables, kinds)
        tokens = [t for t in tokens if not any(s <= t.start and t.end <= e for s, e in described)]
    nouns = [t for t in tokens if t.tag in {"NNG", "NNP", "SL", "SN", "SH"}]
    return len(nouns) == 1 and nouns[0].tag == "NNG" and all(t.tag in {"NNG", "XSN", "XPN"} for t in tokens)


def _descriptive_spans(text: str, offset: int, tables: ProgramTables, kinds: frozenset[str]) -> list[tuple[int, int]]:
    """Where the words of a name's modifiers that only describe stand ('기존', '참여형'); a noun of planning ('건설')
    still tells what the project is."""
    generic = tables.uses("generic")
    return [(offset + m.start(), offset + m.end()) for m in re.finditer(r"[^\s·]+", text)
            if m.group() in generic
            or (len(m.group()) >= 3 and any(m.group().endswith(suffix) for suffix in tables.uses(ADJECTIVE)))]


def _apposition_before_quote(sentence: Sentence, end: int, tables: ProgramTables) -> bool:
    """The copula of an apposition (program_modifiers.tsv, 인) and an opening quote right after a name."""
    rest = sentence.text[end - sentence.start : end - sentence.start + 4]
    for copula in tables.uses(COPULA):
        if rest.startswith(copula):
            tail = rest[len(copula) :].lstrip()
            return bool(tail) and tail[0] in QUOTES
    return False


def _tentative_lead(word: Word, tables: ProgramTables) -> Word | None:
    """'(가칭)가나복지센터를': the word after the mark that says its name is provisional."""
    if "(" not in word.text:
        return None  # the mark is in parentheses
    for marker in tables.uses("tentative"):
        lead = f"({marker})"
        at = word.text.find(lead)
        if at >= 0 and not any(ch.isalnum() for ch in word.text[:at]) and len(word.text) > at + len(lead):
            start = word.start + at + len(lead)  # '▲(가칭)가나센터': a list mark before it
            return Word(word.text[at + len(lead):], start, word.end, [t for t in word.tokens if t.start >= start])
    return None


def _bullet_lead(word: Word, tables: ProgramTables) -> Word | None:
    """'▲가나 투자펀드 조성': the word after a list's mark glued to it, where the item's name opens."""
    if not word.tokens or word.tokens[0].form not in tables.uses(BULLET) or len(word.tokens) < 2:
        return None
    start = word.tokens[1].start
    return Word(word.text[start - word.start :], start, word.end, word.tokens[1:])


def _quoted_word_end(sentence: Sentence, word: Word, start: int, end: int) -> int:
    """"'누리더불어센터'": a quoted word whose last morpheme before the closing quote is a noun is a name as a whole,
    whatever Kiwi read inside it (행복 + 더불 + 어 + 센터)."""
    closing = next((t for t in word.tokens if t.tag == "SSC" and t.start >= end), None)
    if closing is None:
        return end
    before = [t for t in word.tokens if start <= t.start and t.end <= closing.start]
    return before[-1].end if before and before[-1].tag in NOUNISH and before[-1].end > end else end


def _built_here(sentence: Sentence, end: int, verb: tuple[int, str, bool] | None, tables: ProgramTables,
                reader: FrameReader | None = None) -> bool:
    """'가나센터를 건립한다', '가나센터 건립을 추진한다', '가나센터의 건립': a building predicate governs the name, or a
    building noun follows it."""
    builds = tables.uses("builds")
    if verb is not None and sentence.tokens[verb[0]].form in builds:
        return True
    if verb is not None and sentence.tokens[verb[0]].form in tables.uses(OPENS) and reader is not None \
            and _clause_status(sentence.tokens, verb[0], reader, tables) == "planned":
        return True  # '수출상담센터도 운영할 계획이다': a centre still to be run is one still to be set up
    nxt = next((t for t in sentence.tokens if t.start >= end and t.tag not in {"SSC", "JKG", "SP"}), None)
    return nxt is not None and nxt.form in builds


def _found_body(entity: Entity) -> bool:
    """An organization the article found by its ending ('가나복지센터'), not one the lexicon knows."""
    return entity.cls in ORG_CLASSES and entity.key == f"org/{fold(entity.name)}"


def _counted(word: Word, start: int, end: int) -> bool:
    """'3개', '2023년', '2030', '(첫) 번째': a number alone or with its counter, or a bound noun of counting, ends the
    name on the left; digits glued to a noun are part of a name ('365청춘 청년몰')."""
    tokens = [t for t in word.tokens if start <= t.start and t.end <= end]
    if tokens and tokens[0].tag == "NNB":
        return True  # '세 번째 펀드', '두 곳의': a bound noun of counting or order
    if not any(t.tag == "SN" for t in tokens):
        return False
    counting = [t for t in tokens if not (t.tag == "XSN" and t.form in APPROXIMATE)]  # '1000여명': 여 between
    return all(t.tag in {"SN", "SP", "SO", "SF", "SW"} for t in tokens) or any(
        a.tag == "SN" and b.tag in COUNTING - {"XSN"} for a, b in zip(counting, counting[1:]))


def _ordinal(text: str, tables: ProgramTables) -> bool:
    """'1차', '제3호': a number of order, which stays in a name ('인공지능 1차 투자펀드'), unlike a count."""
    number = text.removeprefix(ORDINAL_PREFIX)
    return any(number.endswith(c) and number[: -len(c)].isdigit() for c in tables.uses(ORDINAL) if len(number) > len(c))


def _quote_opening(sentence: Sentence, core_start: int, core_end: int) -> int | None:
    """Where a quoted name starts when the name's head closes the quote (a parenthesis between allowed)."""
    if not _closes_quote(sentence, core_end):
        return None
    text = sentence.text
    close = core_start - sentence.start
    for at in range(close - 1, max(-1, close - MAX_QUOTED), -1):
        if text[at] in QUOTES:
            return sentence.start + at + 1
        if text[at] in CLOSING_QUOTES:
            return None
    return None


def _quote_before(sentence: Sentence, words: list[Word], i: int) -> tuple[int, int] | None:
    """"'어촌뉴딜 300' 사업", "「가나 30」 프로젝트": a bare head right after a quoted name; the quoted text's span."""
    if i == 0 or not words[i - 1].text or words[i - 1].text[-1] not in CLOSING_QUOTES:
        return None
    close = words[i - 1].end - 1 - sentence.start
    text = sentence.text
    for at in range(close - 1, max(-1, close - MAX_QUOTED), -1):
        if text[at] in QUOTES and text[close] in QUOTES[text[at]]:
            inner = text[at + 1 : close].strip()
            return (sentence.start + at + 1, sentence.start + close) if inner and not _QUOTE_MARKS.search(inner) else None
    return None


def _plain_noun_word(word: Word) -> bool:
    """A word of nouns alone, no quote or mark in it ('장학', '수출'): what may stand between a quoted name and its head."""
    return bool(word.tokens) and all(t.tag in {"NNG", "NNP"} for t in word.tokens)


def _quoted_with_head(sentence: Sentence, quote: tuple[int, int], end: int, head: str, tables: ProgramTables) -> _Phrase:
    """The program named by a quoted name and the head after it: the name with the head, and the quoted name alone."""
    short = _without_tentative(sentence.text[quote[0] - sentence.start : quote[1] - sentence.start], tables)
    aliases = [short] + _parenthesized_aliases(sentence, end, tables)
    return _Phrase(f"{short} {head}", quote[0], end, sentence, aliases, [], quoted=True, by_name=True)


def _without_tentative(name: str, tables: ProgramTables) -> str:
    """'(가칭)가나 기금' -> '가나 기금': a name said to be provisional, without the word that says so."""
    for marker in tables.uses("tentative"):
        name = name.replace(f"({marker})", " ")
    return " ".join(name.split())


MAX_QUOTED = 40
SPEECH_ENDINGS = 2  # endings in quotes before a head that make them someone's words ('한-베' misread as 베+어 is one)
MAX_SUFFIX = 8  # the longest organization ending looked for at the end of a quoted name
_QUOTE_MARKS = re.compile("[" + re.escape("".join(QUOTES) + CLOSING_QUOTES) + "]")
_QUOTED = re.compile(r"([‘'「『《〈])([^‘’'“”\"「」『』《》〈〉()]{2,30})([’'」』》〉])")
NAME_TAGS = {"SL", "SN", "SH", "XSN", "XPN", "MM", "MAG", "ETN", "SP", "SO", "SW", "JKG"}  # 의 inside: "'가나지역의 이해'"


def _quoted_names(sentence: Sentence, found: list[_Phrase], tables: ProgramTables, labels: dict[str, str],
                  lexicon: Lexicon, words: list[Word] = ()) -> list[_Phrase]:
    """Programs with no head noun: a short quoted name ("'이웃 함께 돌보기'를 시행한다") that is made of
    nouns (or ends in a noun made of a verb, 돌보기) and names nothing found already; the caller keeps
    it only where its clause plans or runs it (a quoted name alone may as well be an event's), unless it is
    set beside a noun of programs ("새 비전인 '푸른 바다'")."""
    phrases = []
    text = sentence.text
    for match in _QUOTED.finditer(text):
        start, end = sentence.start + match.start(2), sentence.start + match.end(2)
        name = match.group(2).strip()
        if fold(name) in labels or any(p.start < end and start < p.end for p in found):
            continue
        if longest_suffix(name, lexicon.org_suffixes, MAX_SUFFIX) is not None:
            continue  # "'가나투자주식회사'가 출범했다": a body's name
        event = longest_suffix(name, lexicon.event_words, MAX_SUFFIX)
        if event is not None and lexicon.event_words[event][0] != "Program":
            continue  # "'청년 창업 콘서트'를 통해": an event's name
        described = _program_apposition(text[: match.start(1)], tables)
        headed = not described and _head_before(sentence, words, sentence.start + match.start(1), tables)
        inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
        if headed and _closes_name(sentence, end):
            phrases.append(_Phrase(name, start, end, sentence, [], [], by_name=True))
            continue  # "지원 캠페인 '함께 걷는 길'을": the kind of program, then its name in quotes, whatever the words
        if not described and not _noun_name(inside):
            continue
        phrases.append(_Phrase(name, start, end, sentence, [], [], by_name=described, headless=not described))
    return phrases


def _head_before(sentence: Sentence, words: list[Word], opening: int, tables: ProgramTables) -> bool:
    """'교육 프로그램 ‘가나’', '물류 플랫폼 ‘다라’': the word right before an opening quote, a space between, is all noun
    and ends with a program head, so the quoted text is that program's name."""
    word = next((w for w in words if w.end == opening - 1 and sentence.text[opening - 1 - sentence.start] == " "), None)
    if word is None or not word.tokens or not word.bare or word.tokens[-1].tag not in NOUNISH:
        return False
    head = longest_suffix(word.core(sentence), tables.heads, tables.longest)
    return head is not None and tables.heads[head][0] != BUILDING


def _closes_name(sentence: Sentence, end: int) -> bool:
    """The quote closes with a particle, or a space, after it ('‘가나’를', '‘가나’ 운영'): the quoted text is a name,
    not the start of a quoted sentence."""
    after = next((t for t in sentence.tokens if t.start > end), None)
    if after is not None and after.start == end + 1 and (after.tag in {"VCP", "JKQ"} or after.tag.startswith("E")):
        return False  # "'… 한다는 뜻'이라고": the copula of quoted words
    rest = sentence.text[end - sentence.start + 1 : end - sentence.start + 2]
    return not rest or rest == " " or particle_after(sentence, end + 1) is not None


def _noun_name(inside: list[Token]) -> bool:
    """Made of nouns (and verbs made nouns), ending in a noun: "'이웃 함께 돌보기'"."""
    return bool(inside) and all(t.tag.startswith("NN") or t.tag in NAME_TAGS or t.tag in {"VV", "VA"} for t in inside) \
        and (inside[-1].tag.startswith("NN") or inside[-1].tag == "ETN")


def _program_apposition(before: str, tables: ProgramTables) -> bool:
    """'새 비전인 ‘…’', '핵심 사업인 ‘…’': a quoted name set beside a noun of programs by a copula
    (program_modifiers.tsv) is a program's."""
    match = tables.apposition.search(before) if tables.apposition else None
    if match is None:
        return False
    noun = match.group(1)
    return longest_suffix(noun, tables.heads, tables.longest) is not None or noun in tables.uses("kind")


def _verbs(sentence: Sentence, phrases: list[_Phrase], tables: ProgramTables) -> dict[int, tuple[int, str, bool] | None]:
    """Each phrase's planning predicate; a name listed before another with 와/과 shares the next one's
    ("'가'와 … '나'를 시행한다")."""
    verbs = {id(p): _plan_verb(sentence, p.end, tables) for p in phrases}
    ordered = sorted(phrases, key=lambda p: p.start)
    for phrase, following in zip(ordered, ordered[1:]):
        if verbs[id(phrase)] is None and _particle_tag(sentence, _after_quote(sentence, phrase.end)) == "JC":
            verbs[id(phrase)] = verbs[id(following)]
    return verbs


def _after_quote(sentence: Sentence, end: int) -> int:
    """Where a name ends with its closing quote."""
    rest = sentence.text[end - sentence.start : end - sentence.start + 1]
    return end + 1 if rest and rest in CLOSING_QUOTES else end


def _body_word(sentence: Sentence, word: Word, labels: dict[str, str], entities: dict[str, Entity]) -> bool:
    """'중소벤처기업부의 가나 지원사업': the word names an organization, whose program it is."""
    tokens = list(word.tokens)
    while tokens and tokens[0].tag in {"SW", "SSO", "SO"}:
        tokens = tokens[1:]  # '△가나부의': a list mark before the name
    if not tokens:
        return False
    core_end = _core_end(Word(word.text, tokens[0].start, word.end, tokens))
    owner = labels.get(fold(sentence.text[tokens[0].start - sentence.start : core_end - sentence.start]))
    return owner is not None and entities[owner].cls in ORG_CLASSES


def _genitive_before(words: list[Word], i: int) -> bool:
    """'기업의 누리 실증사업': a program word after a genitive describes someone's work, it names none."""
    return i > 0 and bool(words[i - 1].tokens) and words[i - 1].tokens[-1].tag == "JKG"


def _sited(sentence: Sentence, word: Word, tables: ProgramTables) -> bool:
    """The word ends with the head of a facility or zone ('워터테마파크'): a place name before it that is
    also a common word ('양산') is read as the place."""
    start, end, _ = _noun_span(word)
    head = longest_suffix(sentence.text[start - sentence.start : end - sentence.start], tables.heads, tables.longest)
    return head is not None and tables.heads[head][0] in SITED_KINDS


def _misread_name(word: Word) -> bool:
    """'차카오' read as 차카+이+오: a word that starts with a proper noun and has no particle is a foreign
    name Kiwi split, a noun as a whole."""
    tokens = word.tokens
    return (len(tokens) > 1 and tokens[0].tag == "NNP" and tokens[0].start == word.start
            and all(t.tag[0] in "NVE" and not t.tag.startswith("J") for t in tokens) and word.text.isalnum())


def _district(word: Word, text: str, tables: ProgramTables) -> bool:
    """'새빛누리동': a proper noun with the suffix of a town or neighbourhood is a place."""
    suffix = longest_suffix(text, tables.uses("district"), 2)
    return bool(suffix) and len(text) > len(suffix) + 1 and word.tokens[0].tag == "NNP"


def _closes_quote(sentence: Sentence, end: int) -> bool:
    """'‘가나장터’를': a quote closes right after the name (a parenthesis between allowed)."""
    rest = _PARENTHESIS.sub("", sentence.text[end - sentence.start : end - sentence.start + 30])
    return bool(rest) and rest[0] in CLOSING_QUOTES


def _noun_span(word: Word) -> tuple[int, int, bool]:
    """A word's noun part (after an opening quote, which it tells of) as start, end and whether quoted (kept on the
    word: the phrases ask it of each word again as a modifier of every head after it)."""
    try:
        return word._noun_span
    except AttributeError:
        span = word._noun_span = _noun_span_of(word)
        return span


def _noun_span_of(word: Word) -> tuple[int, int, bool]:
    tokens = [t for t in word.tokens if t.end > word.start]
    quoted = False
    while tokens and tokens[0].tag == "SSO":
        tokens, quoted = tokens[1:], True
    if not tokens:
        return word.start, word.start, quoted
    start = max(tokens[0].start, word.start)
    return start, max(start, _core_end(Word(word.text, start, word.end, tokens))), quoted


def _core_end(word: Word) -> int:
    """Where a word's noun part ends, across a middle dot between nouns ('수출·혁신성장펀드'), and across what Kiwi
    misread at the start of a word that ends in a noun ('한별펀드' read 한 + 별 + 펀드, '다온펀드' 다 + 오 + ㄴ + 펀드):
    within one word, nothing but a noun's own letters stand before a noun."""
    end = word.start
    tokens = word.tokens
    lead = next((i for i, token in enumerate(tokens) if token.tag not in MISREAD_LEAD | {"XSN"}), len(tokens))
    if tokens and tokens[0].tag in MISREAD_LEAD and lead < len(tokens) and tokens[lead].tag in {"NNG", "NNP"} and tokens[lead].start > word.start \
            and HANGUL.fullmatch(word.text[: tokens[lead].start - word.start]):
        tokens = tokens[lead:]
    elif tokens and tokens[0].tag in MISREAD_LEAD and lead == len(tokens) and tokens[-1].tag == "XSN" and HANGUL.fullmatch(word.text):
        return word.end  # '한별' read 한 + 별: a bare word that ends in a noun suffix
    for i, token in enumerate(tokens):
        dot = token.tag in {"SP", "SW"} and token.form in MIDDLE_DOTS and i + 1 < len(tokens) and tokens[i + 1].tag in NOUNISH
        if token.tag not in NOUNISH and not dot:
            break
        end = token.end
    return end


def _ends_name(sentence: Sentence, nxt: Word, tables: ProgramTables, lexicon: Lexicon, strong: bool) -> bool:
    """A bare head with a noun after it ends the name when that noun is what is done to it ('펀드 조성',
    '임대주택 조성공사'), a trailer ('사업 예산') or an event the program is the theme of ('재개발사업
    주민설명회'); another program or plan noun ('신공항 건설사업', '특구 조성방안') or any other noun
    ('정책 심의기구') makes it a modifier, unless the head names programs by itself ('철도 프로젝트 수주')."""
    core = sentence.text[nxt.start - sentence.start : _core_end(nxt) - sentence.start]
    if not core:
        return True
    event = longest_suffix(core, lexicon.event_words, _vocabulary(lexicon).event_length)
    if longest_suffix(core, tables.heads, tables.longest) or (event is not None and lexicon.event_words[event][0] == "Program"):
        return False
    if core in tables.uses("trailer") or core in tables.uses("stop") \
            or any(core.startswith(word) for word in (*tables.verbs, *tables.uses("taking-part")) if len(word) > 1):
        return True
    return strong or event is not None


def _plural_before(words: list[Word], i: int, tables: ProgramTables) -> bool:
    """'다양한 성과사업': a program word after a plural or generic adjective is a kind, not a name."""
    return i > 0 and words[i - 1].text in tables.uses("plural")


def _parenthesized_aliases(sentence: Sentence, core_end: int, tables: ProgramTables) -> list[str]:
    """'가나 IT 펀드(GIF)', '가나인증제도(이하 인증제도)': the short name in parentheses right after a name."""
    rest = sentence.text[core_end - sentence.start :]
    match = re.match(r"\(([^()]{1,20})\)", rest)
    if not match:
        return []
    inner = match.group(1).strip()
    if inner in tables.uses("tentative"):
        return []
    for marker in tables.uses("alias"):
        if inner.startswith(marker + " "):
            return [inner[len(marker) :].strip()]
    return [inner] if len(inner.split()) <= 2 and not re.search(r"\d", inner) else []


def _existing_program(phrase: _Phrase, entities: dict[str, Entity], labels: dict[str, str], program_keys: list[str]) -> str | None:
    """The program this phrase names again: the same name; the same mention cut short by the event finder
    ('누리도약 청년펀드' found as '청년펀드' in this sentence: the entity takes the full name); or the tail
    of a longer one named before."""
    folded = fold(phrase.name)
    for label in (folded, *map(fold, phrase.aliases)):  # '새싹(萌芽) 펀드' is '새싹 펀드', named before as '새싹펀드'
        key = labels.get(label)
        if key is not None and entities[key].cls == "Program":
            return key
    for key in program_keys:
        entity = entities[key]
        if min(entity.evidence, default=-1) == phrase.sentence.index and folded.endswith(fold(entity.name)) \
                and phrase.sentence.text.find(entity.name) >= phrase.start - phrase.sentence.start:
            entity.aliases.append(entity.name)
            entity.name = phrase.name
            return key
    if len(folded) < 3:
        return None
    for key in reversed(program_keys):
        entity = entities[key]
        if any(fold(n).endswith(folded) for n in (entity.name, *entity.aliases)):
            return key
    return None


def _plain_name(name: str, tables: ProgramTables) -> str:
    """A name without its generic words before the head ('가나 지원사업' -> '가나사업'), folded; a name of generic
    words only stays whole, unless its head names a program alone ('전략적 협력체계' -> '협력체계')."""
    head = longest_suffix(name, tables.heads, tables.longest)
    if head is None:
        return fold(name)
    words = name[: len(name) - len(head)].split()
    kept = [w for w in words if w not in tables.generic]
    if words and tables.heads[head][1] == "no" and all(_descriptive(w, tables, frozenset()) for w in words):
        return fold(head)  # '전략적 협력체계' is the '협력체계' named before: a head that names alone, described
    return fold("".join(kept) + head) if kept and len(kept) < len(words) else fold(name)


def _same_plain_name(phrase: _Phrase, entities: dict[str, Entity], plain_names: dict[str, str], tables: ProgramTables) -> str | None:
    """'가나 사업' named again as '가나 지원사업': the program whose name differs by generic words only; it takes the
    other name as an alias."""
    key = plain_names.get(_plain_name(phrase.name, tables))
    if key is None or key not in entities or entities[key].cls != "Program":
        return None
    entity = entities[key]
    if phrase.name != entity.name and phrase.name not in entity.aliases:
        entity.aliases.append(phrase.name)
    return key


def _plan_verb(sentence: Sentence, end: int, tables: ProgramTables) -> tuple[int, str, bool] | None:
    """The predicate of the name's clause when it plans or runs something: a noun before 하다/되다 or a verb
    lemma ('공급할 계획', '조성하기로'); a relative clause on the way ('지원하는 사업') is passed over unless
    the name is its object, and another predicate first means none. A name that describes the noun after it
    is planned only by a verb of running a program ('가나사업 참여기업을 모집한다')."""
    tokens = sentence.tokens
    object_ = _particle_tag(sentence, end) == "JKO"
    first, described, means, means_at, own_subject = True, False, False, None, False
    targets = tables.uses("target")
    closed = opened = _after_quote(sentence, end)
    for i, token in enumerate(tokens):
        if token.start < closed:
            continue  # "'가나펀드' 운용사를": the word after the closing quote is the first after the name
        verb = tables.verbs.get(token.form)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.form in targets and tokens[i - 1].tag == "JKO" and nxt is not None and nxt.tag == "JKB":
            return None  # "'가나기업'을 대상으로 자금을 빌려준다": whom a program serves, not what is planned
        if token.tag == "NNG" and token.form in tables.uses("contract") and nxt is not None and nxt.tag.startswith("J"):
            return None  # '가나 프로젝트 수주를 지원한다': a contract won on a project; the project is its owner's
        if first and token.tag == "NNG" and token.form in tables.uses("jointly") and nxt is not None and nxt.form in tables.uses("nominal"):
            opened = token.end  # '가나펀드 공동 조성': a word of how it is done before the noun of planning
            continue
        if first and token.tag == "NNG" and token.form in tables.uses("nominal") and nxt is not None \
                and (nxt.tag.startswith("J") or nxt.form in tables.uses(BULLET)) \
                and token.start == opened + 1 and _nominal_governed(tokens, i + 1, tables):
            return (i, *verb)  # '가나제도 시행을 통해 … 지원할 계획이다': the noun of planning is the name's predicate
        if first and token.tag in {"NNG", "NNP"} and (token.form not in tables.verbs or _compounded(tokens, i)) \
                and token.form not in tables.uses("trailer") \
                and not _headed_run(tokens, i, tables):  # "'가나 바우처' 시범사업을 진행한다": a program noun again
            described = True  # '철도 프로젝트 판로지원 활동을 전개한다': the name only describes the noun the verb governs
        first = False
        if token.tag == "VV" and token.form in tables.uses("through") and _particle_tag(sentence, _after_quote(sentence, end)) == "JKO" \
                and not means and nxt is not None and nxt.tag == "EC" \
                and tokens[i - 1].start <= _after_quote(sentence, end) + 1:
            means, object_, means_at = True, False, i  # '가나사업을 통해 기업을 지원한다': the means of the next predicate
            continue
        if means_at is not None and token.tag == "JKS":
            own_subject = True  # '가나몰을 통해 청년들이 변화를 가져왔다': the clause after it has a subject of its own
        if _adverb(tokens, i, tables):
            continue  # '새롭게 도입했다': the clause goes on
        if token.tag == "EC" and means:
            means = False
            continue
        if token.tag == "EC":
            return None
        if token.tag.startswith("NN") and nxt is not None and nxt.tag == "XSV":
            last = i + 1
        elif token.tag == "NNG" and nxt is not None and nxt.tag == "NNB" and nxt.form in tables.uses(PROGRESSIVE):
            last = i + 2 if i + 2 < len(tokens) and tokens[i + 2].tag == "VCP" else i + 1  # '가나사업을 추진 중이다'
        elif token.tag in {"VV", "VA", "VCP"}:
            last = i
            joined = _with_auxiliary(tokens, i, tables)
            if joined is not None:  # '사업을 이어간다': the auxiliary ends the predicate; '대책을 내놨다' (내어 놓다): 내놓다
                verb, last = verb or tables.verbs.get(joined[0]), joined[1]
        else:
            continue
        if _relative(tokens, last, tables):
            if described and token.tag == "VCP":
                return None  # '가나펀드 운용사인 다라투자는 … 공고했다': the noun it describes is in apposition to the subject
            if verb is None and object_:
                return None  # '방안을 논의하는 자리를 마련했다': the name is the relative clause's own object
            own_subject = False  # '지자체가 시행하는 사업': that subject was the relative clause's
            continue
        if described and token.form not in tables.uses("administer"):
            return None  # but '가나사업 참여기업을 모집한다': who takes part is sought by the one who runs it
        if described and verb is None:
            return i, "plans", False  # '가나펀드 운용사를 선정한다': so are they chosen, by a verb that plans nothing alone
        if verb is None and means_at is not None and not own_subject:
            return means_at, "plans", False  # '가나시스템을 통해 … 점검하겠다': the one who acts through it runs it
        return (i, *verb) if verb else None
    return None


def _with_auxiliary(tokens, i: int, tables: ProgramTables) -> tuple[str, int] | None:
    """A verb joined by 어/아 to the auxiliary verb after it, read as one lemma ('내어 놓았다': 내놓다), and where it ends."""
    if i + 2 < len(tokens) and tokens[i + 1].tag == "EC" and tokens[i + 1].form in tables.uses(JOINING) \
            and tokens[i + 2].tag == "VX":
        return tokens[i].form + tokens[i + 2].form, i + 2
    return None


def _adverb(tokens, i: int, tables: ProgramTables) -> bool:
    """tokens[i] is the adjective or the ending of an adjective made an adverb ('새롭게'), which ends no clause."""
    adverbial = tables.uses(ADVERBIAL)
    if tokens[i].tag.startswith("VA"):
        return i + 1 < len(tokens) and tokens[i + 1].tag == "EC" and tokens[i + 1].form in adverbial
    return tokens[i].tag == "EC" and tokens[i].form in adverbial and i > 0 and tokens[i - 1].tag.startswith("VA")


def _compounded(tokens, i: int) -> bool:
    """'수행기관', '운영기관': a noun of planning glued to the noun after it is that noun's modifier, no predicate."""
    return i + 1 < len(tokens) and tokens[i + 1].tag in {"NNG", "NNP"} and tokens[i + 1].start == tokens[i].end


def _headed_run(tokens, i: int, tables: ProgramTables) -> bool:
    """The nouns from tokens[i] on end with a program head ('사업', '시범사업'): they name the program again."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].tag in {"NNG", "NNP"} and tokens[j + 1].start == tokens[j].end:
        j += 1
    return tokens[j].form in tables.heads


def _nominal_governed(tokens, particle: int, tables: ProgramTables) -> bool:
    """'제도 시행을 통해', '사업 추진을 위해 … 추진한다', '펀드 조성에': a noun of planning with 을/를 plans only where the
    predicate that takes it plans too or only says by what means; '프로그램 운영을 취소했다' plans nothing."""
    if tokens[particle].tag != "JKO":
        return True
    for token in tokens[particle + 1 : particle + 3]:
        if token.tag in {"VV", "NNG"}:
            return token.form in tables.verbs or token.form in tables.uses("through")
    return False


def _relative(tokens, last: int, tables: ProgramTables) -> bool:
    """'지원하는 사업': a predicate in a relative ending before a noun that is not an auxiliary one ('할 계획')."""
    j = last + 1
    while j < len(tokens) and tokens[j].tag == "EP":
        j += 1
    if j >= len(tokens) or tokens[j].tag != "ETM":
        return False
    head = tokens[j + 1] if j + 1 < len(tokens) else None
    return head is None or head.form not in tables.uses("auxiliary")


def _amount(sentence: Sentence, phrase: _Phrase, tables: ProgramTables, amounts) -> Amount | None:
    """'1200억 원 규모의 벤처펀드' (the sum just before the name), else a sum just after it ('펀드에 150억 원을')."""
    start = phrase.start - sentence.start
    end = phrase.end - sentence.start
    before = [a for s, e, a in amounts if 0 <= start - e <= AMOUNT_BEFORE and _qualifies(sentence, sentence.start + e, phrase.start, tables)]
    if before:
        return before[-1]
    spent = [a for s, e, a in amounts if 0 <= start - e <= AMOUNT_BEFORE and _spent_on(sentence, sentence.start + e, phrase.start, tables)]
    if spent:
        return spent[-1]
    after = [a for s, e, a in amounts if 0 <= s - end <= AMOUNT_AFTER and _only_verbs_between(sentence, phrase.end, sentence.start + s, tables)]
    return after[0] if after else None


def _sized(amount: Amount, tables: ProgramTables) -> bool:
    """'800억원 규모': a sum that states a program's size (program_modifiers.tsv use size)."""
    return any(amount.text.endswith(word) for word in tables.uses(SIZE))


def _size_statement(sentence: Sentence, words: list[Word], tables: ProgramTables) -> tuple[str, Amount] | None:
    """'펀드 규모는 800억원으로 늘었다': a bare head, the noun of size as the topic, then a sum; the head and the sum."""
    size = tables.uses(SIZE)
    for k, word in enumerate(words[:-1]):
        if word.text in tables.heads and word.bare and words[k + 1].core(sentence) in size \
                and words[k + 1].tokens[-1].tag in SUBJECT_TAGS:
            sums = find_amounts(sentence.text[words[k + 1].end - sentence.start :])
            return (word.text, sums[0][2]) if sums else None
    return None


def _give_size(sized: tuple[str, Amount], index: int, entities: dict[str, Entity], program_keys: list[str],
               tables: ProgramTables) -> None:
    """The size goes to the program with that head named last, in this sentence or the one before."""
    head, amount = sized
    named = [(max(e.evidence), key) for key in program_keys if (e := entities.get(key)) is not None and e.cls == "Program"
             and e.name.endswith(head) and e.evidence and index - 1 <= max(e.evidence) <= index]
    if named:
        entity = entities[max(named)[1]]
        if entity.amount is None or not _sized(entity.amount, tables):
            entity.amount = amount


def _qualifies(sentence: Sentence, end: int, start: int, tables: ProgramTables) -> bool:
    """'1200억 원 규모의 펀드', '500억원의 펀드': only a genitive (and a trailer noun) between sum and name."""
    between = [t for t in sentence.tokens if end <= t.start and t.end <= start]
    return all(t.tag == "JKG" or t.form in tables.uses("trailer") for t in between)


def _spent_on(sentence: Sentence, end: int, start: int, tables: ProgramTables) -> bool:
    """'500억원을 들여 가나센터를 짓는다', '총 300억원을 투입해 가나사업을': the sum a verb of spending takes as its object,
    linked to the clause of the name after it."""
    between = [t for t in sentence.tokens if end <= t.start and t.end <= start]
    return len(between) >= 2 and between[0].tag == "JKO" and any(t.form in tables.uses(SPEND) for t in between) \
        and all(t.tag.startswith(("J", "S", "E", "XSV")) or t.form in tables.uses(SPEND) for t in between)


def _only_verbs_between(sentence: Sentence, end: int, start: int, tables: ProgramTables) -> bool:
    """'펀드 조성에는 150억 원을', '펀드(2개·215억원)', '펀드가 총 500억원': between a name and its sum only
    particles, marks, counts and what is done to it."""
    between = [t for t in sentence.tokens if end <= t.start and t.end <= start]
    return all(t.tag.startswith(("J", "S")) or t.tag in COUNTING or t.form in tables.verbs or t.form in tables.uses("trailer")
               for t in between)


def agent_index(entities: dict[str, Entity]) -> dict[int, list[tuple[str, set[str]]]]:
    """The agents and places of an article by the sentences they are found in, with the labels to look
    for: built once per article, so that a sentence looks only at its own."""
    index: dict[int, list[tuple[str, set[str]]]] = {}
    for key, entity in entities.items():
        if entity.cls not in AGENT_CLASSES | {"Place"}:
            continue
        labels = {entity.name, *entity.labels_ko, *entity.aliases, *entity.labels_en}
        if entity.cls == "Person" and entity.title:
            labels |= {f"{label} {entity.title}" for label in (entity.name, entity.name[:1]) if label}
        for sentence in dict.fromkeys(entity.evidence):
            index.setdefault(sentence, []).append((key, labels))
    return index


def agents_in(sentence: Sentence, entities: dict[str, Entity],
               index: dict[int, list[tuple[str, set[str]]]] | None = None) -> list[tuple[str, int, int]]:
    """Where the agents the extractor found in this sentence are named: (key, start, end)."""
    found = []
    for key, labels in (index if index is not None else agent_index(entities)).get(sentence.index, []):
        best = None
        for label in labels:
            if not label:
                continue
            at = sentence.text.find(label)
            if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(label) > best[1] - best[0])):
                best = (at, at + len(label))
        if best is not None:
            found.append((key, sentence.start + best[0], sentence.start + best[1]))
    return found


def _particle_tag(sentence: Sentence, end: int) -> str | None:
    """The tag of a particle right after a name (a parenthesis after the name skipped)."""
    token = particle_after(sentence, end)
    return token.tag if token is not None else None


def _particle_form(sentence: Sentence, end: int) -> str | None:
    token = particle_after(sentence, end)
    return token.form if token is not None else None


def particle_after(sentence: Sentence, end: int) -> Token | None:
    """The particle right after a name ending at `end`, past a spelling in brackets ('가나전자(Gana)와'); none
    when another word comes first."""
    depth = 0
    for token in sentence.tokens:
        if token.end <= end:
            continue
        if token.start < end:
            return None
        if token.tag == "SSO":
            depth += 1
        elif token.tag == "SSC" and not depth:
            return None
        elif token.tag == "SSC":
            depth -= 1
        elif not depth:
            return token if token.tag.startswith("J") else None
    return None


def _places_at(sentence: Sentence, agents, entities: dict[str, Entity], tables: ProgramTables,
               places: dict[str, KnownName]) -> list[Entity | KnownName]:
    """Places with 에/에서 in the clause of a predicate that sets a program somewhere; a local government marked 에
    ('가나시는 다라군에 센터를 건립한다') stands for its territory, the place of the lexicon with its id."""
    particles, territory = tables.uses("place-particle"), tables.uses("territory")
    found: list[Entity | KnownName] = []
    for key, start, end in agents:
        entity = entities[key]
        particle = _particle_form(sentence, end)
        if entity.cls == "Place" and particle in particles:
            found.append(entity)
        elif entity.cls == "GovernmentBody" and particle in territory:
            entry = places.get(entity.name) or _territory(key, places)
            if entry is not None:
                found.append(entry)
    return found


def _territory(key: str, places: dict[str, KnownName]) -> KnownName | None:
    """The place of the lexicon that a local government's entity (keyed by its lexicon id) governs."""
    ident = key.rsplit("/", 1)[-1]
    return next((entry for entry in _places_by_id(places).get(ident, [])), None)


_BY_ID: dict[int, dict[str, list[KnownName]]] = {}


def _places_by_id(places: dict[str, KnownName]) -> dict[str, list[KnownName]]:
    """The lexicon's places by id, made once per lexicon."""
    found = _BY_ID.get(id(places))
    if found is None:
        found = {}
        for entry in places.values():
            if entry.id and entry not in found.setdefault(entry.id, []):
                found[entry.id].append(entry)
        _BY_ID[id(places)] = found
    return found


def _place_entity(place: KnownName | Entity, entities: dict[str, Entity], sentence: int) -> str:
    """The key of a place's entity, made from the lexicon (or the name) when the extractor dropped or never had it."""
    if isinstance(place, Entity):
        if place.key not in entities:
            entities[place.key] = replace(place, evidence=[sentence])
        return place.key
    mention = Mention(place.ko, 0, 0, sentence, "Place", place.ko, english=place.en or None, lexicon_id=place.id)
    key = entity_key(mention, "")
    entity = entities.get(key)
    if entity is None:
        entity = Entity(key=key, cls="Place", name=place.ko, labels_en=[place.en] if place.en else [],
                        aliases=[a for a in place.aliases if a != place.en])
        entities[key] = entity
    if sentence not in entity.evidence:
        entity.evidence.append(sentence)
    return key


def _relate(relations: list[Relation], known: set, subject: str, predicate: str, obj: str, evidence: int) -> None:
    if subject == obj or (subject, predicate, obj) in known:
        return
    known.add((subject, predicate, obj))
    relations.append(Relation(subject, predicate, obj, (evidence,)))
