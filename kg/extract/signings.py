"""Parties of a signing that a sentence of their own names: a stage after the relations and investments.

The signing's own sentence ("A군은 B사와 협약을 체결했다") is read by the relation rules; news often names the
firms that signed apart from it:

- "이날 협약에는 가나㈜, 다온㈜ 등 3개 기업이 참여했다": those placed at the signing (에/에는 after its noun)
  by a verb of taking part are its parties;
- "협약 기업은 가나㈜, 다온㈜이다", "참여 기업은 …": a noun of the signers, made the signing's, as the
  subject of a sentence that lists them;
- the signing's own clause read again for the sides the relation rules left out: "A군은 B㈜와 협약을
  체결했다" (the name's ㈜ before its particle), "A는 B와 (a long phrase of purpose) 양해각서를 체결했다",
  "김 A시장은 B사와 …" (a person signs for the body he heads), "군은 … B사 등과 …" (a bare noun of a local
  government for the one the article names), "A와 B가 … 체결했다" (co-subjects sign with each other).

Such a sentence tells of the signing the article told of last. The firms listed are one side; the other
side is the signing's parties already found (or, with none, its host). Each firm signed with each party of
the other side (the direct edge, once the signing is done), and a counted group of firms that is a party
holds the firms listed as its members. Vocabulary is data: signing_words.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..lexicon import KnownName, Lexicon, WordUses, alternation, built_once, read_word_uses
from ..types import ArticleGraph, Entity, Relation, Sentence, Token
from .frames import PAST, FrameReader, load_frame_tables
from .mentions import AGENT_CLASSES, ORG_CLASSES
from .programs import agent_index, agents_in

SIGNING_TABLE = "signing_words.tsv"
PLANNED = "planned"
SIGNER_CLASSES = (ORG_CLASSES | {"Group"}) - {"GovernmentBody", "MediaOutlet"}  # who a listing sentence makes a party
FIRM_CLASSES = {"Company", "Investor", "Group"}  # who, present at a signing, signed it
SIDE_CLASSES = AGENT_CLASSES - {"MediaOutlet"}  # who may stand on a side of the signing's own clause
SUBJECT_TAGS = {"JX", "JKS"}
BRACKETS = re.compile(r"^(?:\s*\([^()]*\))+")  # a spelling or post in brackets after a name ('A시(시장 김가온)와')


@dataclass(frozen=True)
class SigningWords(WordUses):

    @cached_property
    def _signing_end(self) -> tuple[frozenset[str], re.Pattern]:
        nouns = self.of("noun")
        return frozenset(n[-1] for n in nouns), re.compile("(?:" + alternation(nouns) + ")$")

    @property
    def signing_letters(self) -> frozenset[str]:
        """The last letters of the nouns of a signing: a word ending otherwise names none."""
        return self._signing_end[0]

    def names_signing(self, word: str) -> bool:
        """'협약', '투자협약식', 'MOU': the word ends with a noun of a signing (its last letter looked at first)."""
        last, ending = self._signing_end
        return bool(word) and word[-1] in last and ending.search(word) is not None

    @cached_property
    def cue(self) -> re.Pattern:
        """Any word a sentence needs before it is read at all: a noun of a signing or of its signers."""
        return re.compile(alternation(self.of("noun") | self.of("parties")) or "$^")

    @cached_property
    def bracketed_sides(self) -> re.Pattern:
        """'녹색성장 협력 MOU(A-B)': a signing's noun with its two sides in brackets after it, joined by a pair mark."""
        marks = "".join(re.escape(m) for m in sorted(self.of("pair")))
        if not marks or not self.of("noun"):
            return re.compile("$^")
        return re.compile("(?:" + alternation(self.of("noun")) + r")\s*\(([^()" + marks + "]+)[" + marks + r"]([^()" + marks + r"]+)\)")

    @cached_property
    def list_gap(self) -> re.Pattern:
        """What may stand between two names of one side: spaces, commas, middle dots and the joining words."""
        joins = alternation(self.of("joins"))
        return re.compile(rf"[\s,·]*(?:(?:{joins})[\s,·]*)*" if joins else r"[\s,·]*")

    @cached_property
    def partnered(self) -> re.Pattern:
        """A word marked as the other side ('미국 기업과 '), named or not."""
        marks = alternation(self.of("partner"))
        return re.compile(rf"\S(?:{marks})\s" if marks else "$^")

    @cached_property
    def particle(self) -> re.Pattern:
        """The particle written right after a name, read from the text: Kiwi may take a '㈜' before it for a verb."""
        joins = alternation(self.of("joins") - self.of("partner"))
        return re.compile(rf"(?:\s*(?:{joins}))?([가-힣]+)(?=[\s,.·]|$)" if joins else r"([가-힣]+)(?=[\s,.·]|$)")


def load_signing_words(lexicon: Lexicon | None = None) -> SigningWords:
    """signing_words.tsv from the built-in lexicon folder and every folder the lexicon was read from."""
    return SigningWords(read_word_uses(lexicon, SIGNING_TABLE))


_WORDS: dict[int, tuple[Lexicon, tuple[SigningWords, FrameReader]]] = {}


def _words(lexicon: Lexicon) -> tuple[SigningWords, FrameReader]:
    return built_once(lexicon, _WORDS, lambda lex: (load_signing_words(lex), FrameReader(load_frame_tables(lex))))




def _word_to(sentence: Sentence, token: Token) -> str:
    """The written word up to the token's end: Kiwi may split a compound ('협정식': 협정 + 식)."""
    text = sentence.text[: token.end - sentence.start]
    return text[max(text.rfind(" "), text.rfind("(")) + 1 :]


def _in_brackets(sentence: Sentence, start: int) -> bool:
    before = sentence.text[: start - sentence.start]
    return before.rfind("(") > before.rfind(")")


def listing_start(sentence: Sentence, words: SigningWords) -> tuple[int, bool] | None:
    """Where the names of a sentence that lists a signing's parties begin, and whether only firms count (those
    told as present), or None when it lists none: after '협약에는' in a sentence whose verb is one of taking part
    or of being present, or after '협약 기업은'."""
    tokens = sentence.tokens
    at_signing, parties = words.of("at"), words.of("parties")
    for i, token in enumerate(tokens[:-1]):
        if not token.tag.startswith("NN"):
            continue
        if tokens[i + 1].form in at_signing and tokens[i + 1].tag.startswith("J") and words.names_signing(token.form):
            verbs = {t.form for k, t in enumerate(tokens[i + 2 : -1], i + 2) if tokens[k + 1].form == "하"}
            if verbs & words.of("takes-part") or verbs & words.of("attends"):
                at = i + 2 if i + 2 < len(tokens) and tokens[i + 2].tag.startswith("J") else i + 1  # '협약에는'
                return tokens[at].end, not verbs & words.of("takes-part")
        if token.tag == "NNG" and token.form in parties and tokens[i + 1].tag in SUBJECT_TAGS \
                and any(t.form in words.of("joined") or words.names_signing(t.form) for t in tokens[max(0, i - 4) : i]):
            if any(t.tag == "VCP" or (t.tag == "NNB" and t.form == "등") for t in tokens[i + 2 :]):  # a copula: '… 이다', '… 등이다'
                return tokens[i + 1].end, False
    return None


def signing_clauses(sentence: Sentence, words: SigningWords, reader: FrameReader) -> list[int]:
    """The tokens of the signing nouns that are the object of a verb of signing told as done ('협약을 체결했다',
    '양해각서(MOU)를 맺었다')."""
    tokens = sentence.tokens
    found = []
    for i, token in enumerate(tokens[:-2]):
        if not (token.tag.startswith("NN") or token.tag == "SL") or token.form[-1] not in words.signing_letters \
                or not words.names_signing(_word_to(sentence, token)):
            continue
        j = i + 1
        if tokens[j].tag == "SSO":  # '양해각서(MOU)를'
            while j < len(tokens) and tokens[j].tag != "SSC":
                j += 1
            j += 1
        if j + 1 >= len(tokens) or tokens[j].form not in words.of("object") or not tokens[j].tag.startswith("J"):
            continue
        verb = tokens[j + 1]
        if verb.form in words.of("signs") and (verb.tag.startswith("VV") or (verb.tag == "NNG" and j + 2 < len(tokens)
                                                                             and tokens[j + 2].tag == "XSV")):
            if reader.status(tokens, j + 1) == PAST:
                found.append(i)
    return found


def _told_as_done(sentence: Sentence, words: SigningWords, reader: FrameReader) -> bool:
    """No verb of signing in the sentence is told as anything but done ('이날 맺은 MOU는 …': done)."""
    tokens = sentence.tokens
    return all(reader.status(tokens, i) == PAST for i, t in enumerate(tokens)
               if t.form in words.of("signs") and (t.tag.startswith("VV") or (t.tag == "NNG" and i + 1 < len(tokens)
                                                                             and tokens[i + 1].tag == "XSV")))


def _presence_told_as_done(sentence: Sentence, words: SigningWords, reader: FrameReader) -> bool:
    """'협약식에는 A, B 등이 참석했다': those listed were there; '… 참석한다' tells of a ceremony still to come, which is
    no completed signing's."""
    tokens = sentence.tokens
    present = words.of("takes-part") | words.of("attends")
    return all(reader.status(tokens, k) == PAST for k, t in enumerate(tokens[:-1])
               if t.form in present and tokens[k + 1].form == "하")


class _Signings:
    """The article's completed signings and their parties, as the relation rules left them."""

    def __init__(self, result: ArticleGraph, words: SigningWords, knowledge: _Knowledge):
        self.particles = words.of("subject") | words.of("partner")
        self.firms = words.of("parties") | words.of("firms")
        self.titles = knowledge.titles
        self.regions = knowledge.regions
        self.entities = dict(result.entities)
        self.sentences = result.sentences
        self.article = result.article.key
        self.relations = list(result.relations)
        self.known = {(r.subject, r.predicate, r.object) for r in self.relations}
        self.signings = sorted((min(e.evidence, default=0), k) for k, e in self.entities.items()
                               if e.cls == "AgreementSigning" and e.status == PAST)
        self.parties: dict[str, list[str]] = {}
        self.hosts: dict[str, list[str]] = {}
        self.members: dict[str, set[str]] = {}
        self.bodies: dict[str, list[str]] = {}
        self.last_subject: tuple[int, list[str]] = (-2, [])  # the sentence and the subject of the last signing clause
        self.pending: dict[str, tuple[KnownName, str, int]] = {}  # bodies read from the lexicon, not yet entities
        for r in self.relations:
            if r.predicate == "party":
                self.parties.setdefault(r.subject, []).append(r.object)
            elif r.predicate == "organized":
                self.hosts.setdefault(r.object, []).append(r.subject)
            elif r.predicate == "memberOf":
                self.members.setdefault(r.object, set()).add(r.subject)
            elif r.predicate == "affiliatedWith":
                self.bodies.setdefault(r.subject, []).append(r.object)
        self.agents = agent_index(self.entities)
        self.organizations = [(k, {n for n in (e.name, *e.labels_ko, *e.aliases, *e.labels_en) if len(n) > 1})
                              for k, e in self.entities.items() if e.cls in SIDE_CLASSES - {"Person"}]

    def planned_told_of(self, index: int) -> str | None:
        """The signing still to come that a sentence telling of a ceremony to come is about: the one told of last."""
        planned = sorted((min(e.evidence, default=0), k) for k, e in self.entities.items()
                         if e.cls == "AgreementSigning" and e.status == PLANNED)
        before = [k for first, k in planned if first <= index]
        return before[-1] if before else None

    def told_of(self, index: int) -> str | None:
        """The signing a sentence tells of: one it names, else the one told of last before it."""
        named = [k for _, k in self.signings if index in self.entities[k].evidence]
        if named:
            return named[0]
        before = [k for first, k in self.signings if first < index]
        return before[-1] if before else None

    def named_in(self, sentence: Sentence, noun: int) -> str | None:
        """The completed signing this sentence names whose name holds the clause's noun (else the first it names)."""
        named = [k for _, k in self.signings if sentence.index in self.entities[k].evidence]
        form = sentence.tokens[noun].form
        if not named:  # a lead that sums up the signing the next sentence names ('A시와 B구가 교류 협약을 맺었다.'),
            # or the article's one signing
            following = next((k for first, k in self.signings if first == sentence.index + 1), None)
            return following or (self.signings[0][1] if len(self.signings) == 1 else None)
        return next((k for k in named if form in self.entities[k].name), named[0])

    def listed(self, sentence: Sentence, start: int, firms_only: bool) -> list[str]:
        """The organizations (not government bodies; firms only, if so asked) named after `start`, in order."""
        kinds = FIRM_CLASSES if firms_only else SIGNER_CLASSES
        found = sorted((s, k) for k, s, _ in agents_in(sentence, self.entities, self.agents)
                       if s >= start and self.entities[k].cls in kinds
                       and (self.entities[k].cls != "Group" or any(n in self.entities[k].name for n in self.firms)))
        return list(dict.fromkeys(k for _, k in found))

    def add(self, signing: str, side: list[str], index: int) -> None:
        """`side` signed `signing`: each is its party, and signed with each party of the other side."""
        parties = self.parties.setdefault(signing, [])
        side = [k for k in side if k not in parties]  # whom a party signed with, its own clause told
        firms = [k for k in side if self.entities[k].cls != "Group"]
        groups = [k for k in parties if self.entities[k].cls == "Group" and k not in side]
        others = [k for k in parties if k not in side and k not in groups
                  and not any(k in self.members.get(g, ()) for g in groups)]
        if not others:
            others = [k for k in self.hosts.get(signing, []) if self.entities[k].cls == "GovernmentBody"]
        for key in side:
            if key not in parties:
                parties.append(key)
                self._relate(signing, "party", key, index)
            for other in others if key in firms else ():  # a group signs through its members (its party edge stays)
                if (other, "signedMOUWith", key) not in self.known:
                    self._relate(key, "signedMOUWith", other, index)
        counted = [g for g in groups if (self.entities[g].count or 0) >= len(firms)]
        if len(counted) == 1 and firms and not any(f in m for m in self.members.values() for f in firms):
            for firm in firms:
                self._relate(firm, "memberOf", counted[0], index)

    def sides(self, sentence: Sentence, noun: int, words: SigningWords, signing: str | None = None) -> tuple[list[str], list[str]]:
        """The two sides of the signing's clause: the subject's names and the partner's (those before 와/과),
        each a list joined by commas and 와/과/및/등; a person stands for the body he holds a post in."""
        start = sentence.tokens[noun].start
        anywhere = {sentence.index: self.organizations + self.agents.get(sentence.index, [])}  # a name the mentions missed here
        found = {(s, e, k) for k, s, e in agents_in(sentence, self.entities, anywhere)
                 if e <= start and self.entities[k].cls in SIDE_CLASSES}
        found |= set(self._regions_named(sentence, start))  # the longer of two names at one place is kept below
        named = sorted(found, key=lambda a: (a[0], -a[1]))
        agents = [a for n, a in enumerate(named) if not any(o[0] <= a[0] and a[1] <= o[1] and o != a for o in named)
                  and not _in_brackets(sentence, a[0])]  # '가나시(시장 김가온)와': the head in brackets is no side of his own
        lists: list[tuple[list[tuple[int, int, str]], str | None]] = []
        for s, e, k in agents:
            gap = self._past_title(BRACKETS.sub("", sentence.text[lists[-1][0][-1][1] - sentence.start : s - sentence.start]),
                                   words) if lists else None
            if gap is not None and not gap.strip():  # '가나도 다라시', '김가온 다라시장': the name before qualifies the next
                lists[-1][0][-1] = (s, e, k)
            elif gap is not None and words.list_gap.fullmatch(gap):
                lists[-1][0].append((s, e, k))
            else:
                lists.append(([(s, e, k)], None))
        read = [(names, self._particle(sentence, names[-1][1], start, words)) for names, _ in lists]
        subjects = [n for n, p in read if p in words.of("subject") and not self._present_in_scene(sentence, n[-1][1], start, words)]
        partners = [n for n, p in read if p in words.of("partner")]
        partner = [k for _, _, k in partners[-1]] if partners else self._office(sentence, start, words)
        if not partner and subjects and self._unread_partner(sentence, read, subjects[-1], start, words):
            return [], []
        subject = [k for _, _, k in subjects[-1]] if subjects else (
            self._anaphor(sentence, noun, words) or self._both(sentence, noun, words, signing))
        if not subject and partner and self.last_subject[0] == sentence.index - 1:
            subject = self.last_subject[1]  # '이어 B사와도 협약을 맺었다': the subject of the clause before goes on
        self.last_subject = (sentence.index, subject) if subject else (-2, [])
        if not partner and len(subject) == 1 and len(subjects) > 1 and self._cls(subject[0]) != "GovernmentBody":
            topic = [k for _, _, k in subjects[0] if self._cls(k) == "GovernmentBody"]  # 'A군은 B사가 협약을 체결했다고 밝혔다'
            partner = topic if topic and subjects[0] is not subjects[-1] else []
        return self._for_persons(subject), self._for_persons(partner)

    @staticmethod
    def _present_in_scene(sentence: Sentence, end: int, stop: int, words: SigningWords) -> bool:
        """'… 대표이사가 참여한 가운데 투자협약을 체결했다': names marked as the subject of a clause that sets the scene
        (signing_words.tsv scene) are those present, not the subject of the signing's clause."""
        gap = sentence.text[end - sentence.start : stop - sentence.start]
        return any(f" {word} " in f" {gap} " for word in words.of("scene"))

    @staticmethod
    def _unread_partner(sentence: Sentence, read, subject, stop: int, words: SigningWords) -> bool:
        """After the subject, a word marked 와/과 that is no name found ('미국 기업과'), or names marked 와/과 in a way
        not read ('B연구소와는'): the other side may be there, so co-subjects are not taken to sign with each other."""
        if words.partnered.search(sentence.text[subject[-1][1] - sentence.start : stop - sentence.start]):
            return True
        at = next(n for n, (names, _) in enumerate(read) if names is subject)
        marks = tuple(words.of("partner"))
        return any(p is None and sentence.text[names[-1][1] - sentence.start :].startswith(marks) for names, p in read[at + 1 :])

    def _regions_named(self, sentence: Sentence, stop: int) -> list[tuple[int, int, str]]:
        """'서울 송파구와': a local government the mentions took for its territory or did not find, by the key of its
        body (made an entity when it stands on a side: see _body)."""
        found = []
        for m in re.finditer(r"[가-힣]{2,}", sentence.text[: stop - sentence.start]):
            word = m.group()
            for n in range(len(word), 1, -1):
                entry = self.regions.get(word[:n])
                if entry is not None:
                    found.append((sentence.start + m.start(), sentence.start + m.start() + n, f"org/{entry.id}"))
                    self.pending.setdefault(f"org/{entry.id}", (entry, word[:n], sentence.index))
                    break
        return found

    def _past_title(self, gap: str, words: SigningWords) -> str:
        """The gap between two names past a head's title that ends the first ('가나도지사와 다라시장은')."""
        run = re.match(r"[가-힣]+", gap)
        if run is None:
            return gap
        word = run.group()
        cut = next((n for n in range(len(word) - 1, 0, -1) if word[:n] in words.of("head") or word[:n] in self.titles), 0)
        return gap[cut:]

    def _particle(self, sentence: Sentence, end: int, stop: int, words: SigningWords) -> str | None:
        """The particle after a name, read from the text; past a head's title ('가나시장은': the city's)."""
        m = words.particle.match(BRACKETS.sub("", sentence.text[end - sentence.start : stop - sentence.start]))
        run = m.group(1) if m else None
        if run is None or run in self.particles:
            return run
        cut = next((len(p) for p in sorted(self.particles, key=len, reverse=True) if run.endswith(p)), 0)
        return run[-cut:] if cut and (run[:-cut] in words.of("head") or run[:-cut] in self.titles) else None

    def _office(self, sentence: Sentence, stop: int, words: SigningWords) -> list[str]:
        """'가나도청과': the building's name, marked as the other side, for the government it houses."""
        for m in words.partnered.finditer(sentence.text[: stop - sentence.start]):
            word = sentence.text[: m.start() + 1].rsplit(None, 1)[-1]
            stem = next((word[: -len(o)] for o in words.of("office") if word.endswith(o) and len(word) > len(o) + 1), None)
            bodies = [k for k, e in self.entities.items() if e.cls == "GovernmentBody" and stem in (e.name, *e.labels_ko, *e.aliases)]
            if stem and len(bodies) == 1:
                return bodies
        return []

    def _cls(self, key: str) -> str:
        return self.entities[key].cls if key in self.entities else "GovernmentBody"  # a body read from the lexicon

    def _anaphor(self, sentence: Sentence, noun: int, words: SigningWords) -> list[str]:
        """'군은 …': a bare noun of a local government, as the clause's subject, for the one the article names."""
        tokens = sentence.tokens
        for i, token in enumerate(tokens[: noun - 1]):
            if token.tag == "NNG" and token.form in words.of("anaphor") and tokens[i + 1].tag in SUBJECT_TAGS \
                    and (token.start == sentence.start or sentence.text[token.start - sentence.start - 1] in " \"'‘“"):
                bodies = [k for k, e in self.entities.items() if e.cls == "GovernmentBody" and e.name.endswith(token.form)]
                return bodies if len(bodies) == 1 else []
        return []

    def _both(self, sentence: Sentence, noun: int, words: SigningWords, signing: str | None) -> list[str]:
        """'양 기관은 …', '두 회사가 …': a noun for the two bodies the sentence before names, as the clause's subject,
        for those bodies (a person for his body), when the signing has not its two sides yet and that sentence
        names two bodies and no more."""
        if sentence.index == 0 or not words.of("both") or len(self.parties.get(signing, ())) > 1:
            return []
        before = sentence.text[: sentence.tokens[noun].start - sentence.start]
        if not re.search(r"(?:^|\s)(?:" + alternation(words.of("both")) + r")(?:은|는|이|가)\s", before):
            return []
        previous = next((s for s in self.sentences if s.index == sentence.index - 1), None)
        if previous is None:
            return []
        named = sorted((start, k) for k, start, _ in agents_in(previous, self.entities, self.agents)
                       if self.entities[k].cls in SIDE_CLASSES)
        bodies = self._for_persons([k for _, k in named])
        return bodies if len(bodies) == 2 else []

    def bracketed(self, sentence: Sentence, words: SigningWords) -> list[tuple[str, str]]:
        """The pairs of bodies named in brackets after a signing's noun ('MOU(A-B)'), each side a name the graph
        knows as written, whole."""
        pairs = []
        for m in words.bracketed_sides.finditer(sentence.text):
            sides = [self._named_exactly(m.group(n).strip()) for n in (1, 2)]
            if all(sides) and sides[0] != sides[1]:
                pairs.append((sides[0], sides[1]))
        return pairs

    def _named_exactly(self, text: str) -> str | None:
        found = [k for k, names in self.organizations if text in names]
        return found[0] if len(found) == 1 else None

    def _for_persons(self, keys: list[str]) -> list[str]:
        """A person signs for the body he holds a post in; one with none is left out."""
        found = []
        for key in keys:
            found += self.bodies.get(key, []) if key in self.entities and self.entities[key].cls == "Person" else [key]
        return list(dict.fromkeys(found))

    def add_sides(self, signing: str, one: list[str], other: list[str], index: int) -> None:
        """Both sides are the signing's parties; each name of one side signed with each of the other (co-subjects
        with no partner named sign with each other)."""
        for key in [*one, *other]:
            self._body(key)
        pairs = [(a, b) for a in one for b in other] if other else [(a, b) for n, a in enumerate(one) for b in one[n + 1 :]]
        parties = self.parties.setdefault(signing, [])
        for key in [*one, *other]:
            if key not in parties:
                parties.append(key)
                self._relate(signing, "party", key, index)
        for a, b in pairs:
            if a != b and "Group" not in {self.entities[a].cls, self.entities[b].cls} and (b, "signedMOUWith", a) not in self.known:
                self._relate(a, "signedMOUWith", b, index)

    def _body(self, key: str) -> None:
        """A local government read from the lexicon becomes an entity once it signs (the territory stays a place)."""
        if key in self.entities or key not in self.pending:
            return
        entry, written, index = self.pending[key]
        aliases = [n for n in dict.fromkeys([written, *entry.aliases]) if n != entry.ko]
        self.entities[key] = Entity(key=key, cls="GovernmentBody", name=entry.ko, labels_en=[entry.en] if entry.en else [],
                                    aliases=aliases, evidence=[index])

    def _relate(self, subject: str, predicate: str, obj: str, index: int) -> None:
        if subject == obj or (subject, predicate, obj) in self.known:
            return
        self.known.add((subject, predicate, obj))
        self.relations.append(Relation(subject, predicate, obj, (index,)))


@dataclass(frozen=True)
class _Knowledge:
    """What the stage takes from the lexicon: the titles, and the home country's local governments by every name
    of their own or their territory ('송파구', '서울 송파구', '송파구청'), each to its body's entry."""

    titles: frozenset[str]
    regions: dict[str, KnownName]


_KNOWLEDGE: dict[int, tuple[Lexicon, _Knowledge]] = {}


def _knowledge(lexicon: Lexicon) -> _Knowledge:
    return built_once(lexicon, _KNOWLEDGE, _read_knowledge)


def _read_knowledge(lexicon: Lexicon) -> _Knowledge:
    bodies = {o.id: o for o in lexicon.organizations if o.id in lexicon.home_regions}
    regions = {name: bodies[entry.id] for entry in [*lexicon.places, *bodies.values()] if entry.id in bodies
               for name in entry.names if len(name) > 1 and " " not in name}
    return _Knowledge(frozenset(lexicon.titles), regions)


def add_signing_parties(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The graph with the parties that sentences listing a signing's signers name (the input is left as it is)."""
    words, reader = _words(lexicon)
    if not words.uses or not any(e.cls == "AgreementSigning" and e.status in {PAST, PLANNED} for e in result.entities.values()):
        return result
    cued = [sentence for sentence in result.sentences if words.cue.search(sentence.text)]
    if not cued:
        return result
    state = _Signings(result, words, _knowledge(lexicon))
    for sentence in cued:
        for noun in signing_clauses(sentence, words, reader):
            signing = state.named_in(sentence, noun)
            one, other = state.sides(sentence, noun, words, signing) if signing is not None else ([], [])
            if (one and other) or len(one) > 1:
                state.add_sides(signing, one, other, sentence.index)
        if state.told_of(sentence.index) is not None and _told_as_done(sentence, words, reader):
            for a, b in state.bracketed(sentence, words):
                if (b, "signedMOUWith", a) not in state.known:
                    state._relate(a, "signedMOUWith", b, sentence.index)
        listing = listing_start(sentence, words)
        if listing is None:
            continue
        if not _presence_told_as_done(sentence, words, reader):
            signing = state.told_of(sentence.index) or state.planned_told_of(sentence.index)
            for key in state.listed(sentence, *listing) if signing is not None else []:
                if key not in state.parties.setdefault(signing, []):
                    state.parties[signing].append(key)
                    state._relate(signing, "party", key, sentence.index)
            continue
        signing = state.told_of(sentence.index)
        side = state.listed(sentence, *listing) if signing is not None else []
        if side:
            state.add(signing, side, sentence.index)
    if len(state.relations) == len(result.relations):
        return result
    return replace(result, entities=state.entities, relations=state.relations)


ACTING_KINDS = {"country", "city"}
SYMMETRIC = {"signedMOUWith", "cooperatedWith"}  # places.tsv kinds whose name stands for their government where it signs


def _acting_places(lexicon: Lexicon) -> dict[str, KnownName]:
    """The foreign countries and cities a signing's clause may make a government body, by their body's key."""
    return {f"org/{p.id}": p for p in lexicon.places
            if p.kind in ACTING_KINDS and p.id not in lexicon.home_regions and p.id != lexicon.home_country}


_ACTING: dict[int, tuple[Lexicon, dict[str, KnownName]]] = {}


def fold_acting_places(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """'가나부는 다라국 농업부와 MOU를 맺었다. … 다라국과의 협약으로 …': a country or city that acts is its government
    only where no body of it is named (FORMAT.md); where the article names one ('다라국 농업부'), the country that
    signs is that body, and its facts are the body's."""
    acting = built_once(lexicon, _ACTING, _acting_places)
    bodies = {k: e for k, e in result.entities.items() if e.cls == "GovernmentBody"}
    merged: dict[str, str] = {}
    for key, entity in bodies.items():
        place = acting.get(key)
        if place is None:
            continue
        names = {n for n in (entity.name, *entity.aliases, *entity.labels_ko, place.ko, *place.aliases) if n}
        own = [k for k, e in bodies.items() if k != key and k not in acting
               and any(e.name.startswith(n + " ") for n in names)]
        if len(own) == 1:
            merged[key] = own[0]
    if not merged:
        return result
    relations, seen = [], set()
    for r in result.relations:
        subject, obj = merged.get(r.subject, r.subject), merged.get(r.object, r.object)
        if subject == obj or (subject, r.predicate, obj) in seen or (r.predicate in SYMMETRIC and (obj, r.predicate, subject) in seen):
            continue
        seen.add((subject, r.predicate, obj))
        relations.append(replace(r, subject=subject, object=obj))
    entities = {k: e for k, e in result.entities.items() if k not in merged}
    return replace(result, entities=entities, relations=relations)
