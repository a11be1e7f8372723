"""Parties of a signing that a sentence of their own names: a stage after the relations and investments.

The signing's own sentence ("A군은 B사와 협약을 체결했다") is read by the relation rules; news often names the
firms that signed apart from it:

- "이날 협약에는 가나㈜, 다온㈜ 등 3개 기업이 참여했다": those placed at the signing (에/에는 after its noun)
  by a verb of taking part are its parties;
- "협약 기업은 가나㈜, 다온㈜이다", "참여 기업은 …": a noun of the signers, made the signing's, as the
  subject of a sentence that lists them.

Such a sentence tells of the signing the article told of last. The firms listed are one side; the other
side is the signing's parties already found (or, with none, its host). Each firm signed with each party of
the other side (the direct edge, once the signing is done), and a counted group of firms that is a party
holds the firms listed as its members. Vocabulary is data: signing_words.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..lexicon import Lexicon, lexicon_folders, read_table
from ..types import ArticleGraph, Relation, Sentence
from .frames import PAST
from .mentions import ORG_CLASSES
from .programs import agent_index, agents_in

SIGNING_TABLE = "signing_words.tsv"
SIGNER_CLASSES = (ORG_CLASSES | {"Group"}) - {"GovernmentBody", "MediaOutlet"}  # who a listing sentence makes a party
SUBJECT_TAGS = {"JX", "JKS"}


@dataclass(frozen=True)
class SigningWords:
    uses: dict[str, frozenset[str]]

    def of(self, use: str) -> frozenset[str]:
        return self.uses.get(use, frozenset())


def load_signing_words(lexicon: Lexicon | None = None) -> SigningWords:
    """signing_words.tsv from the built-in lexicon folder and every folder the lexicon was read from."""
    uses: dict[str, set[str]] = {}
    for folder in lexicon_folders(lexicon):
        path = Path(folder) / SIGNING_TABLE
        if path.exists():
            for row in read_table(path, ("word", "use")):
                uses.setdefault(row["use"], set()).add(row["word"])
    return SigningWords({use: frozenset(words) for use, words in uses.items()})


_WORDS: dict[int, tuple[Lexicon, SigningWords]] = {}


def _words(lexicon: Lexicon) -> SigningWords:
    cached = _WORDS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, load_signing_words(lexicon))
        _WORDS[id(lexicon)] = cached
    return cached[1]


def _names_signing(form: str, nouns: frozenset[str]) -> bool:
    """'협약', '투자협약식', 'MOU': the word ends with a noun of a signing."""
    return any(form.endswith(noun) for noun in nouns)


def listing_start(sentence: Sentence, words: SigningWords) -> int | None:
    """Where the names of a sentence that lists a signing's parties begin, or None when it lists none:
    after '협약에는' in a sentence whose verb is one of taking part, or after '협약 기업은'."""
    tokens = sentence.tokens
    nouns = words.of("noun")
    for i, token in enumerate(tokens[:-1]):
        if token.tag.startswith("NN") and _names_signing(token.form, nouns) and tokens[i + 1].form in words.of("at") \
                and tokens[i + 1].tag.startswith("J"):
            if any(t.form in words.of("takes-part") and t.tag.startswith("NN") and k + 1 < len(tokens) and tokens[k + 1].tag == "XSV"
                   for k, t in enumerate(tokens[i + 2 :], i + 2)):
                return tokens[i + 1].end
        if token.tag == "NNG" and token.form in words.of("parties") and tokens[i + 1].tag in SUBJECT_TAGS \
                and any(t.form in words.of("joined") or _names_signing(t.form, nouns) for t in tokens[max(0, i - 4) : i]):
            if any(t.tag == "VCP" or (t.tag == "NNB" and t.form == "등") for t in tokens[i + 2 :]):  # a copula: '… 이다', '… 등이다'
                return tokens[i + 1].end
    return None


class _Signings:
    """The article's completed signings and their parties, as the relation rules left them."""

    def __init__(self, result: ArticleGraph):
        self.entities = result.entities
        self.relations = list(result.relations)
        self.known = {(r.subject, r.predicate, r.object) for r in self.relations}
        self.signings = sorted((min(e.evidence, default=0), k) for k, e in self.entities.items()
                               if e.cls == "AgreementSigning" and e.status == PAST)
        self.parties: dict[str, list[str]] = {}
        self.hosts: dict[str, list[str]] = {}
        self.members: dict[str, set[str]] = {}
        for r in self.relations:
            if r.predicate == "party":
                self.parties.setdefault(r.subject, []).append(r.object)
            elif r.predicate == "organized":
                self.hosts.setdefault(r.object, []).append(r.subject)
            elif r.predicate == "memberOf":
                self.members.setdefault(r.object, set()).add(r.subject)
        self.agents = agent_index(self.entities)

    def told_of(self, index: int) -> str | None:
        """The signing a sentence tells of: one it names, else the one told of last before it."""
        named = [k for _, k in self.signings if index in self.entities[k].evidence]
        if named:
            return named[0]
        before = [k for first, k in self.signings if first < index]
        return before[-1] if before else None

    def listed(self, sentence: Sentence, start: int) -> list[str]:
        """The organizations (not government bodies) named after `start`, in order."""
        found = sorted((s, k) for k, s, _ in agents_in(sentence, self.entities, self.agents)
                       if s >= start and self.entities[k].cls in SIGNER_CLASSES)
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

    def _relate(self, subject: str, predicate: str, obj: str, index: int) -> None:
        if subject == obj or (subject, predicate, obj) in self.known:
            return
        self.known.add((subject, predicate, obj))
        self.relations.append(Relation(subject, predicate, obj, (index,)))


def add_signing_parties(result: ArticleGraph, lexicon: Lexicon) -> ArticleGraph:
    """The graph with the parties that sentences listing a signing's signers name (the input is left as it is)."""
    words = _words(lexicon)
    if not words.uses or not any(e.cls == "AgreementSigning" for e in result.entities.values()):
        return result
    state = _Signings(result)
    if not state.signings:
        return result
    for sentence in result.sentences:
        start = listing_start(sentence, words)
        if start is None:
            continue
        signing = state.told_of(sentence.index)
        side = state.listed(sentence, start) if signing is not None else []
        if side:
            state.add(signing, side, sentence.index)
    if len(state.relations) == len(result.relations):
        return result
    return replace(result, relations=state.relations)
