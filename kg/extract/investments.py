"""Investments: who puts money into whom, read from the clause of an investment verb.

A stage after the programs: it reads the sentences' tokens and the agents already found, and adds an
Investment event with its investor and investee sides (and the direct `invested` edge once it is done):

- "A가 1500억원을 출자했다": a noun that gives (투자, 출자) made a verb; its subject invests, a receiver
  marked 에/에게 receives; the event is named by its sum and noun ("1500억원 출자").
- "B는 A로부터 200억원을 출자받았다", "B가 투자를 유치했다": turned round (받다, 유치하다); the subject
  receives, the one marked 로부터 invests. With no investor named, the receipt belongs to the
  investment the article told of last ("50억원씩 출자받아").
- "70억원씩을 출자받은 C와 D가": a relative clause; the receivers are the names it describes.
- "A는 B사와 투자협약을 체결했다": an investment agreement; the company invests, as planned, in the region
  or body that signed with it.

Vocabulary is data: investment_words.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..lexicon import Lexicon, WordUses, alternation, built_once, read_word_uses
from ..types import ArticleGraph, Entity, Mention, Relation, Sentence
from .frames import PAST, FrameReader, load_frame_tables
from .mentions import AGENT_CLASSES, ORG_CLASSES
from .normalize import find_amounts
from .programs import agents_in, particle_after, agent_index
from .resolve import entity_key, fold
from .words import LINKING, longest_suffix, tokens_after, words_of

INVESTMENT_TABLE = "investment_words.tsv"
SUBJECT_TAGS = {"JKS", "JX"}
VERB_TAGS = {"XSV", "VV"}
LINKED_CLAUSES = 3  # how many clauses joined by a connective ending a status is looked for across
LIST_TAGS = {"NNP", "NNG", "SL", "SN", "SH", "SW", "SP", "JC"}  # what a list of names is made of
GOVERNMENT = {"GovernmentBody", "Place"}
SUBJECT_WORDS = 3  # the subject of an investing clause that no stage found opens its sentence: one of its first words
NAME_TAGS = {"NNP", "NNG", "SL", "SN", "SH"}  # what a company's name read as a subject is made of
MAX_KIND = 8  # the longest noun of kind_nouns.tsv looked for at the end of such a name
GIVERS = ORG_CLASSES - GOVERNMENT  # who pledges in an agreement: a company (or a group of firms, '5개 기업')


@dataclass(frozen=True)
class InvestmentWords(WordUses):

    @cached_property
    def list_gap(self) -> re.Pattern:
        """What may stand between two names of one list: spaces, commas and the joining words."""
        joins = alternation(self.of("partner") | self.of("joins"))
        return re.compile(rf"[\s,·]*(?:{joins}|,)?[\s,·]*" if joins else r"[\s,·]*")

    @cached_property
    def object_gap(self) -> re.Pattern:
        """What may stand between a sum and the noun it is the object of."""
        marks = alternation(self.of("object"))
        return re.compile(rf"\s*(?:{marks})?\s*" if marks else r"\s*")

    @property
    def name_noun(self) -> str:
        return min(self.of("names"), default="")


_WORDS: dict[int, tuple[Lexicon, tuple[InvestmentWords, FrameReader]]] = {}


def load_investment_words(lexicon: Lexicon | None = None) -> InvestmentWords:
    """investment_words.tsv from the built-in lexicon folder and every folder the lexicon was read from."""
    return InvestmentWords(read_word_uses(lexicon, INVESTMENT_TABLE))


def _words(lexicon: Lexicon) -> tuple[InvestmentWords, FrameReader]:
    return built_once(lexicon, _WORDS, lambda lex: (load_investment_words(lex), FrameReader(load_frame_tables(lex))))


@dataclass
class _Clause:
    """One investment predicate: where its noun is, whether its subject receives, and its status."""

    noun: int
    verb: int
    receives: bool
    status: str


class _Investments:
    """The article's investments as they are told: one event per investor, sides added as sentences name them."""

    def __init__(self, result: ArticleGraph, words: InvestmentWords, reader: FrameReader, kinds: dict[str, str],
                 list_ends: frozenset[str] = frozenset()):
        self.words, self.reader = words, reader
        self.entities = dict(result.entities)
        self.relations = list(result.relations)
        self.known = {(r.subject, r.predicate, r.object) for r in self.relations}
        self.article = result.article.key
        self.sentences = result.sentences
        self.by_investor: dict[str, str] = {}
        self.agents = agent_index(self.entities)
        self.everyone = [(k, [label for label in labels if len(label) >= 2]) for entries in self.agents.values()
                         for k, labels in entries if self.entities[k].cls in AGENT_CLASSES]
        self.kinds = kinds
        self.list_ends = list_ends
        self.labels = {fold(label) for e in self.entities.values() for label in (e.name, *e.aliases)}
        self.last: str | None = None
        for r in self.relations:
            if r.predicate == "investor":
                self.by_investor.setdefault(r.object, r.subject)

    def read(self, sentence: Sentence) -> None:
        if not any(word in sentence.text for word in self.words.of("gives") | self.words.of("attracts")):
            return
        clauses = self._clauses(sentence)
        joining = self._joining(sentence)
        if not clauses and joining is None:
            return
        agents = sorted(self._named_again(sentence, [(k, s, e) for k, s, e in agents_in(sentence, self.entities, self.agents)
                                                     if self.entities[k].cls in AGENT_CLASSES]), key=lambda a: a[1])
        for clause in clauses:
            self._clause(sentence, clause, agents)
        if joining is not None:
            self._joined(sentence, joining, agents)

    def _joining(self, sentence: Sentence) -> tuple[int, int] | None:
        """'이번 투자에는 A, B, C가 참여했다': the offsets of an investment noun marked as what others join (에, 에는) and of
        the verb of joining after it, when the sentence has both."""
        tokens = sentence.tokens
        noun = next((i for i, t in enumerate(tokens[:-1]) if t.tag.startswith("NN") and t.form in self.words.of("gives")
                     and tokens[i + 1].form in self.words.of("target") and tokens[i + 1].tag == "JKB"), None)
        if noun is None:
            return None
        verb = next((t for t in tokens[noun + 2 :] if t.tag.startswith("NN") and t.form in self.words.of("joins-in")), None)
        return (tokens[noun].end, verb.start) if verb is not None else None

    def _joined(self, sentence: Sentence, joining: tuple[int, int], agents) -> None:
        """The subjects of the verb of joining are investors of the investment the article told of last (or of one
        this sentence names), with its investees; their joining it is no attendance."""
        event = next((k for k, e in self.entities.items() if e.cls == "Investment" and sentence.index in e.evidence), self.last)
        if event is None:
            return
        start, end = joining
        listed = [a for a in agents if start <= a[1] and a[2] <= end]
        if not listed or self._particle(sentence, listed[-1][2]) is None:
            return
        for key in _list_back(sentence, listed, len(listed) - 1, self.words.list_gap):
            self.relations = [r for r in self.relations if (r.subject, r.predicate, r.object) != (key, "attended", event)]
            self.known.discard((key, "attended", event))
            self._relate(event, "investor", key, sentence.index)
            self.by_investor.setdefault(key, event)

    def _named_again(self, sentence: Sentence, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """The agents of the sentence, with those found in other sentences of the article that this one names again
        before a particle ('가나식품과 … 협약을 체결했다. 가나식품은 … 투자할 방침이다'), where the first stage missed them."""
        seen = {k for k, _, _ in found}
        more = []
        for key, labels in self.everyone:
            if key in seen:
                continue
            for label in labels:
                at = sentence.text.find(label)
                end = sentence.start + at + len(label)
                if at >= 0 and particle_after(sentence, end) is not None:
                    more.append((key, sentence.start + at, end))
                    seen.add(key)
                    break
        return found + more

    def _unfound_subject(self, sentence: Sentence, clause: _Clause) -> list[str]:
        """'가나소재는 … 300억원을 투자해 공장을 짓는다', '누리젠은 100억원 규모 투자를 유치했다': the subject that opens a
        sentence telling of a sum it invests or receives, a proper noun no stage found (not a kind of body, a place or a
        name the article gave another thing), is a company."""
        noun = sentence.tokens[clause.noun]
        if not find_amounts(sentence.text[: noun.start - sentence.start]):
            return []  # '공장 증설에 800만 달러를 더 투자할 방침이다': a sum the clause invests
        for k, word in enumerate(words_of(sentence)[:SUBJECT_WORDS]):
            if word.start >= noun.start:
                return []
            if not word.tokens or word.tokens[-1].tag not in SUBJECT_TAGS:
                continue
            core = [t for t in word.tokens[:-1]]
            name = sentence.text[word.start - sentence.start : word.tokens[-1].start - sentence.start]
            if not core or len(name) < 2 or any(t.tag not in NAME_TAGS for t in core) \
                    or not any(t.tag in {"NNP", "SL"} for t in core) or fold(name) in self.labels \
                    or longest_suffix(name, self.kinds, MAX_KIND) is not None:
                return []
            key = entity_key(Mention(name, word.start, word.tokens[-1].start, sentence.index, "Company", name), self.article)
            if key not in self.entities:
                self.entities[key] = Entity(key=key, cls="Company", name=name, evidence=[sentence.index])
                self.everyone.append((key, [name]))
                self.labels.add(fold(name))
            return [key]
        return []

    def _clauses(self, sentence: Sentence) -> list[_Clause]:
        tokens = sentence.tokens
        found = []
        gives, attracts, receipt = self.words.of("gives"), self.words.of("attracts"), self.words.of("receipt")
        for i, token in enumerate(tokens[:-1]):
            if not token.tag.startswith("NN") or (token.form not in gives and token.form not in attracts):
                continue
            if i > 0 and tokens[i - 1].tag.startswith("NN") and tokens[i - 1].end == token.start:
                continue  # inside a compound ('벤처투자'): a modifier, no predicate
            verb = tokens[i + 1]
            if verb.tag not in VERB_TAGS:
                continue
            receives = verb.form in receipt or token.form in attracts
            if not receives and verb.form not in self.words.of("verb"):
                continue
            found.append(_Clause(i, i + 1, receives, self._chained_status(tokens, i + 1)))
        return found

    def _chained_status(self, tokens, verb: int) -> str:
        """The status of the predicate at verb; one that only links to the next clause ('30억원을 투자해 공장을 새로 짓고,
        … 고용한다') takes the status of the first clause after it that ends otherwise, a past tense of its own aside."""
        status = self.reader.status(tokens, verb)
        for _ in range(LINKED_CLAUSES):
            j = verb + 1
            while j < len(tokens) and tokens[j].tag in VERB_TAGS:
                j += 1
            if status != PAST or j + 1 >= len(tokens) or tokens[j].tag != "EC" or tokens[j].form not in LINKING \
                    or tokens[j + 1].tag == "VX":
                return status
            verb = next((k for k in range(j + 1, len(tokens)) if tokens[k].tag in VERB_TAGS), -1)
            if verb < 0:
                return status
            status = self.reader.status(tokens, verb)
        return status

    def _clause(self, sentence: Sentence, clause: _Clause, agents) -> None:
        tokens = sentence.tokens
        noun = tokens[clause.noun]
        before = [a for a in agents if a[2] <= noun.start]
        subjects = self._described(sentence, clause, agents) or self._subjects(sentence, before)
        if not subjects:
            subjects = self._unfound_subject(sentence, clause)
        marked = self.words.of("source") if clause.receives else self.words.of("target")
        others = [k for at, (_, _, e) in enumerate(before) if self._particle(sentence, e, marked)
                  for k in _list_back(sentence, before, at, self.words.list_gap)] or self._named_by_kind(sentence, clause, marked)
        others = list(dict.fromkeys(others))
        investors, investees = (others, subjects) if clause.receives else (subjects, others)
        self._restate(sentence, clause)
        if not investors and not investees:
            return
        event = self._event(sentence, clause, investors, investees)
        if event is None:
            return
        for key in investors:
            self._relate(event, "investor", key, sentence.index)
        for key in investees:
            self._relate(event, "investee", key, sentence.index)

    def _restate(self, sentence: Sentence, clause: _Clause) -> None:
        """An investment found in this sentence as done whose clause links on to one still to come ('34억 원을 투자해
        공장을 새로 짓고, … 고용한다') is still to come."""
        if clause.status in {None, PAST}:
            return
        noun = sentence.tokens[clause.noun]
        for key, entity in list(self.entities.items()):
            if entity.cls == "Investment" and entity.status == PAST and sentence.index in entity.evidence \
                    and any(noun.form in name for name in (entity.name, *entity.aliases)):
                self.entities[key] = replace(entity, status=clause.status)

    def _particle(self, sentence: Sentence, end: int, forms: frozenset[str] | None = None):
        """The particle after a name, or after the word that closes a list ('A, B 등이', 'A, B 등으로부터'), when it is
        one of forms (else a subject's)."""
        after = tokens_after(sentence.tokens, end)
        token = next(after, None)
        if token is not None and token.form in self.list_ends and token.start == end + 1:
            token = next(after, None)
        elif token is not None and token.start != end:
            return None
        if token is None:
            return None
        return token if (token.form in forms if forms is not None else token.tag in SUBJECT_TAGS) else None

    def _subjects(self, sentence: Sentence, before) -> list[str]:
        """The clause's subject before the noun, with the names listed with it ('A, B와 C가')."""
        for at in range(len(before) - 1, -1, -1):
            key, start, end = before[at]
            token = particle_after(sentence, end)
            if token is not None and token.tag in SUBJECT_TAGS:
                return _list_back(sentence, before, at, self.words.list_gap)
        return []

    def _described(self, sentence: Sentence, clause: _Clause, agents) -> list[str]:
        """'출자받은 C와 D가': the verb in a relative ending describes the names right after it."""
        tokens = sentence.tokens
        j = clause.verb + 1
        while j < len(tokens) and tokens[j].tag == "EP":
            j += 1
        if j >= len(tokens) or tokens[j].tag != "ETM":
            return []
        listed, end = [], tokens[j].end
        for key, start, stop in (a for a in agents if a[1] >= tokens[j].end):
            between = [t for t in tokens if end <= t.start and t.end <= start]
            if not all(t.tag in LIST_TAGS for t in between):
                break  # only names the extractor missed and the list's joints may stand between ('마바네트워크와')
            listed.append(key)
            end = stop
        return listed

    def _named_by_kind(self, sentence: Sentence, clause: _Clause, marked: frozenset[str]) -> list[str]:
        """'공사로부터': a bare noun that is the end of an organization's name told of before stands for it."""
        tokens = sentence.tokens
        for i in range(clause.noun - 1, 0, -1):
            if tokens[i].form in marked and tokens[i].tag.startswith("J") and tokens[i - 1].tag.startswith("NN"):
                tail = tokens[i - 1].form
                owners = [k for k, e in self.entities.items()
                          if e.cls in ORG_CLASSES and len(tail) >= 2 and e.name.endswith(tail) and e.name != tail]
                return owners[:1] if len(owners) == 1 else []
        return []

    def _event(self, sentence: Sentence, clause: _Clause, investors: list[str], investees: list[str]) -> str | None:
        """The investment this clause tells of: the investor's (or, with none named, the last one told of)
        or one named in this sentence already; else a new event named by its sum and noun, where the clause
        states a sum or both sides ('발굴·투자하기 위한 대회' tells of no investment). An investor's investment
        told as done is not the one a clause tells as still to come ('A는 B에 투자했다. C에도 투자할 계획이다')."""
        for key in investors:
            if key in self.by_investor and not (self.entities[self.by_investor[key]].status == PAST
                                                and clause.status not in {None, PAST}):
                self.last = self.by_investor[key]
                return self.last
        if not investors and self.last is not None:
            return self.last
        existing = next((k for k, e in self.entities.items() if e.cls == "Investment" and sentence.index in e.evidence), None)
        noun = sentence.tokens[clause.noun]
        amount = self._sum_before(sentence, noun.start)
        if existing is None and amount is None and not (investors and investees):
            return None
        if existing is None:
            name = f"{amount.text} {noun.form}" if amount is not None else noun.form
            key = entity_key(Mention(name, noun.start, noun.end, sentence.index, "Investment", name), self.article)
            self.entities[key] = Entity(key=key, cls="Investment", name=name, aliases=[noun.form] if name != noun.form else [],
                                        evidence=[sentence.index], status=clause.status, amount=amount)
            existing = key
        for key in investors:
            self.by_investor[key] = existing
        self.last = existing
        return existing

    def _sum_before(self, sentence: Sentence, start: int):
        """The sum the noun's object states ('1500억원을 출자'), unless it is each one's share ('50억원씩')."""
        offset = start - sentence.start
        for s, e, amount in reversed(find_amounts(sentence.text[:offset])):
            between = sentence.text[e:offset]
            if self.words.object_gap.fullmatch(between):
                return amount
            if any(between.lstrip().startswith(w) for w in self.words.of("per-each")):
                return None
            return None
        return None

    def add_agreements(self) -> None:
        """'A는 B사와 투자협약을 체결했다': the company B invests, as planned, in the region or body A; also where a
        sentence names such an agreement that no signing event holds ('B사는 A도와 투자의향서를 체결했다')."""
        heads = self.words.of("agreement")
        parties: dict[str, list[str]] = {}
        for r in self.relations:
            if r.predicate == "party":
                parties.setdefault(r.subject, []).append(r.object)
        signings = [k for k, e in self.entities.items() if e.cls == "AgreementSigning"
                    and any(fold(n).endswith(fold(h)) for n in (e.name, *e.aliases) for h in heads)]
        covered: set[int] = set()
        governments: list[str] = []
        for signing in signings:
            entity = self.entities[signing]
            covered.update(entity.evidence)
            sides = list(dict.fromkeys([*parties.get(signing, []), *self._partners(entity.evidence)]))
            governments += [k for k in sides if self.entities[k].cls in GOVERNMENT] or self._announcers(entity.evidence)
            self._pledges(sides, entity.evidence)
        for sentence in self.sentences:
            if sentence.index not in covered and any(head in sentence.text for head in heads):
                self._pledges(list(dict.fromkeys(self._partners([sentence.index]))), [sentence.index])
        self._orphans_to_receivers(governments)

    def _orphans_to_receivers(self, governments: list[str]) -> None:
        """'가나도는 8개 기업과 투자협약을 했다. 다라소재는 … 300억원을 투자할 방침이다': where the article's agreements were all
        signed with one government, a company's investment still to come that names no receiver goes to it."""
        investees = {r.subject for r in self.relations if r.predicate == "investee"}
        receivers = list(dict.fromkeys([*(r.object for r in self.relations if r.predicate == "investee"
                                          and self.entities[r.object].cls in GOVERNMENT and self.entities[r.subject].status != PAST),
                                        *governments]))
        if not receivers:
            return
        for r in list(self.relations):
            if r.predicate == "investor" and r.subject not in investees and self.entities[r.object].cls in GIVERS \
                    and self.entities[r.subject].status not in {None, PAST}:
                for receiver in receivers:
                    self._relate(r.subject, "investee", receiver, r.evidence[0] if r.evidence else 0)

    def _pledges(self, sides: list[str], evidence: list[int]) -> None:
        """Each company (or group of firms) among an agreement's sides invests, as planned, in each region or
        government body among them; a company whose own investment a clause told of without a receiver
        ('A사는 30억원을 투자해 공장을 짓는다') invests it in that region, while it is still to come (one read as
        done is left as it is: no completed edge rests on the agreement alone)."""
        givers = [k for k in sides if self.entities[k].cls in GIVERS or self._firms(self.entities[k])]
        receivers = [k for k in sides if self.entities[k].cls in GOVERNMENT]
        receivers += [k for k in map(self._governs, sides) if k is not None and k not in receivers]
        receivers += [k for k in map(self._sent_by, sides) if k is not None and k not in receivers]
        if givers and not receivers:
            receivers = self._announcers(evidence)  # '가나군은 4개 기업이 투자협약을 체결했다고 밝혔다'
        if not receivers:
            return
        first = evidence[0] if evidence else 0
        grouped: dict[str, set[int]] = {}
        for r in self.relations:
            if r.predicate == "memberOf" and r.object in givers and self.entities[r.object].cls == "Group":
                grouped.setdefault(r.subject, set()).update(r.evidence)
        for giver in givers:
            if giver in grouped and giver not in self.by_investor and not self._own_sum(giver, grouped[giver]):
                continue  # 'A, B 등 5개 기업과 투자협약': the five firms pledge as one; a firm alone only where its own sum is told
            if giver in self.by_investor:
                own = self.by_investor[giver]
                if self.entities[own].status != PAST and not any(r.subject == own and r.predicate == "investee" for r in self.relations):
                    for receiver in receivers:
                        self._relate(own, "investee", receiver, first)
                continue
            name = f"{self.entities[giver].name} {self.words.name_noun}".strip()
            key = entity_key(Mention(name, 0, 0, first, "Investment", name), self.article)
            self.entities[key] = Entity(key=key, cls="Investment", name=name, evidence=list(evidence),
                                        status="planned", amount=self._stated_with(giver, evidence))
            self.by_investor[giver] = key
            self._relate(key, "investor", giver, first)
            for receiver in receivers:
                self._relate(key, "investee", receiver, first)

    def _announcers(self, evidence: list[int]) -> list[str]:
        """The government that opens a sentence of the signing as its topic and tells of firms signing ('가나군은
        10일 4개 기업이 투자협약을 체결했다고 밝혔다', '가나도에 따르면 … 투자 협약식을 가졌다'): the other side of their agreement."""
        found: list[str] = []
        for index in evidence[:1]:
            sentence = self.sentences[index]
            agents = sorted(((k, s, e) for k, s, e in agents_in(sentence, self.entities, self.agents)
                             if self.entities[k].cls in AGENT_CLASSES), key=lambda a: a[1])
            if agents and self.entities[agents[0][0]].cls == "GovernmentBody":
                token = particle_after(sentence, agents[0][2])
                rest = sentence.text[agents[0][2] - sentence.start :]
                if (token is not None and token.tag == "JX") or any(rest.startswith(w) for w in self.words.of("teller")):
                    found.append(agents[0][0])  # '가나도에 따르면 … 투자 협약식을 가졌다': the body tells of its own signing
        return found

    def _governs(self, side: str) -> str | None:
        """'가나시장은 다라㈜와 투자협약서에 서명했다': the head of a government signs for it."""
        if self.entities[side].cls != "Person":
            return None
        return next((r.object for r in self.relations if r.subject == side and r.predicate == "affiliatedWith"
                     and self.entities[r.object].cls == "GovernmentBody"), None)

    def _sent_by(self, side: str) -> str | None:
        """'가나도 투자유치단': the government a delegation is named after signs through it."""
        entity = self.entities[side]
        if entity.cls != "Group" or self._firms(entity) or entity.count:
            return None
        first = entity.name.split()[0] if " " in entity.name else None
        return next((k for k, e in self.entities.items() if e.cls == "GovernmentBody" and first in (e.name, *e.aliases)), None)

    def _own_sum(self, firm: str, listed: set[int]) -> bool:
        """A sentence besides the one listing the firm in its group names it with a sum or an investment noun of its own
        ('A사는 30억원을 투자해', 'A사는 공장 증설투자에 나선다')."""
        names = [n for n in (self.entities[firm].name, *self.entities[firm].aliases) if n]
        nouns = self.words.of("gives")
        return any(sentence.index not in listed and any(n in sentence.text for n in names)
                   and (find_amounts(sentence.text) or any(noun in sentence.text for noun in nouns))
                   for sentence in self.sentences)

    def _firms(self, entity: Entity) -> bool:
        """'8개 기업', '지역 업체들': a group named by a noun of firms, not a delegation ('투자유치단')."""
        return entity.cls == "Group" and any(entity.name.endswith(noun) for noun in self.words.of("firms"))

    def _stated_with(self, giver: str, evidence: list[int]):
        """The sum stated in a sentence of the signing that names the giver ('가나사와 2000만 달러의 투자 협약')."""
        names = {self.entities[giver].name, *self.entities[giver].aliases}
        for sentence in self.sentences:
            if sentence.index in evidence and any(n and n in sentence.text for n in names):
                amounts = find_amounts(sentence.text)
                if amounts:
                    return amounts[0][2]
        return None

    def _partners(self, evidence: list[int]) -> list[str]:
        """Who signs with whom in the signing's sentences: the subject, and the names listed before 와/과
        ('A는 B, C와 투자협약을 체결했다'; a name of the list is kept even when the next one was not found)."""
        found: list[str] = []
        for sentence in self.sentences:
            if sentence.index not in evidence:
                continue
            agents = sorted(self._named_again(sentence, [(k, s, e) for k, s, e in agents_in(sentence, self.entities, self.agents)
                                                         if self.entities[k].cls in AGENT_CLASSES]), key=lambda a: a[1])
            found += self._subjects(sentence, agents)
            for at, (key, start, end) in enumerate(agents):
                if _form_after(sentence, end) in self.words.of("partner") or sentence.text[end - sentence.start :].startswith(","):
                    found += _list_back(sentence, agents, at, self.words.list_gap)
        return found

    def finish(self) -> ArticleGraph:
        """The direct edge for every completed investment: each investor invested in each investee. An investment still
        to come is told by its status and sides, no plans edge ('가나사는 300억원을 투자할 계획이다' plans no program)."""
        self.relations = [r for r in self.relations if not (r.predicate == "plans" and self.entities[r.object].cls == "Investment")]
        self._members_invest()
        firms = {r.subject for r in self.relations if r.predicate == "investor" and self.entities[r.object].cls in GIVERS}
        self.relations = [r for r in self.relations if not (r.predicate == "investor" and r.subject in firms
                                                            and self._governs(r.object) is not None)]  # the mayor who signed
        sides: dict[str, tuple[list[str], list[str]]] = {}
        for r in self.relations:
            if r.predicate in {"investor", "investee"}:
                sides.setdefault(r.subject, ([], []))[r.predicate == "investee"].append(r.object)
        pairs = {done: {(i, e) for event, (investors, investees) in sides.items() if event in self.entities
                        and (self.entities[event].status == PAST) == done for i in investors for e in investees}
                 for done in (True, False)}
        self.relations = [r for r in self.relations if not (r.predicate == "invested" and (r.subject, r.object)
                                                            in pairs[False] - pairs[True])]  # an edge drawn before a later stage found the investment still to come
        for event, (investors, investees) in sides.items():
            entity = self.entities.get(event)
            if entity is None or entity.status != PAST:
                continue
            for investor in investors:
                for investee in investees:
                    self._relate(investor, "invested", investee, entity.evidence[0] if entity.evidence else 0)
        for event, (investors, _) in sides.items():
            self._name_by_investor(event, investors)
        return self.relations

    def _members_invest(self) -> None:
        """'A, B 등 4개 기업은 모두 176억원을 투자한다': a group's investment is also each of its firms' (their sum is
        the group's; no pledge of its own is made up for a firm)."""
        members: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for r in self.relations:
            if r.predicate == "memberOf" and self.entities[r.object].cls == "Group" and self.entities[r.subject].cls in GIVERS - {"Group"}:
                members.setdefault(r.object, []).append((r.subject, r.evidence))
        for r in list(self.relations):
            if r.predicate == "investor" and r.object in members and self.entities[r.subject].cls == "Investment":
                for member, _ in members[r.object]:
                    self._relate(r.subject, "investor", member, r.evidence[0] if r.evidence else 0)

    def _name_by_investor(self, event: str, investors: list[str]) -> None:
        """'보령우유 투자', '보령우유 70억 원 투자': an investment of one investor, with its sum, is also named after it,
        as the genre refers to each pledge of an agreement by its company."""
        entity = self.entities.get(event)
        if entity is None or entity.cls != "Investment" or entity.amount is None or len(set(investors)) != 1:
            return  # a sum makes it a pledge of its own; '투자유치를 위한 협약' names none
        investor = self.entities[investors[0]].name
        if not investor or entity.name.startswith(investor):
            return
        names = [f"{investor} {self.words.name_noun}".strip(), f"{investor} {entity.name}"]
        aliases = list(dict.fromkeys([*entity.aliases, *(n for n in names if n != entity.name)]))
        self.entities[event] = replace(entity, aliases=aliases)

    def _relate(self, subject: str, predicate: str, obj: str, evidence: int) -> None:
        if subject == obj or (subject, predicate, obj) in self.known:
            return
        self.known.add((subject, predicate, obj))
        self.relations.append(Relation(subject, predicate, obj, (evidence,)))


def _list_back(sentence: Sentence, agents, at: int, gap: re.Pattern) -> list[str]:
    """The names listed before agents[at] with nothing but spaces, commas and 와/과/및 between."""
    listed = [agents[at][0]]
    for j in range(at - 1, -1, -1):
        between = sentence.text[agents[j][2] - sentence.start : agents[j + 1][1] - sentence.start]
        if not gap.fullmatch(between):
            break
        listed.append(agents[j][0])
    return listed[::-1]


def _form_after(sentence: Sentence, end: int) -> str | None:
    token = particle_after(sentence, end)
    return token.form if token is not None else None


def add_investments(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The graph with the investments its clauses tell of, their sides and completed edges (the input is left as it is)."""
    words, reader = _words(lexicon)
    if not words.uses:
        return result
    state = _Investments(result, words, reader, lexicon.kind_nouns, frozenset(lexicon.stopwords.get("list-end", ())))
    for sentence in result.sentences:
        state.read(sentence)
    state.add_agreements()
    relations = state.finish()
    return replace(result, entities=state.entities, relations=relations)
