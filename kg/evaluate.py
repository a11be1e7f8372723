"""Score a built graph against a gold annotation (shared/eval/FORMAT.md).

Judgement calls the format leaves open:

- Alignment is by label and coarse type; pk:Meeting and pk:Announcement are
  events. An organization typed as a group (or the reverse) still aligns, as
  does an organization or event of another kind: all are listed as kind
  errors, as is a generic pk:Organization or pk:Event where the gold names a
  specific kind, since the contract asks for the most specific one.
- The one-to-one matching maximises the number of matched entities, then
  prefers exact labels over containment, right kinds over kind errors, and,
  between duplicates, the node whose edges find more gold relations.
- Relations count only through the matched node of each gold entity; a
  duplicate node's edges are false relations. Edges touching a node ignored
  as optional are ignored too. A symmetric edge stated both ways is one edge.
- must_not_assert is checked against every node aligned with the entity,
  matched or not: a duplicate still asserts the false fact. An Investment or
  AgreementSigning without pk:status is not a status violation.
- Only nodes of the hard-coded pk: classes are entities, so status values or
  other individuals of an ontology loaded into the same graph are not.
- A ratio with a zero denominator is 0.0.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping

import networkx as nx
import rdflib
import yaml
from rdflib import RDF, RDFS, Namespace
from rdflib.namespace import PROV, SKOS

from kg.errors import GoldError

PK = Namespace("https://w3id.org/policy-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")

COARSE = {
    "Person": "Person", "Organization": "Organization", "GovernmentBody": "Organization",
    "Company": "Organization", "Investor": "Organization", "Hospital": "Organization",
    "University": "Organization", "MediaOutlet": "Organization", "Group": "Group",
    "Place": "Place", "Event": "Event", "Meeting": "Event", "Announcement": "Event",
    "AgreementSigning": "Event", "Investment": "Event", "Program": "Program",
}
RELATIONS = ("attended", "organized", "signedMOUWith", "invested", "cooperatedWith",
             "affiliatedWith", "memberOf", "heldIn", "locatedIn", "partOf", "plans", "approved")
SYMMETRIC = frozenset({"signedMOUWith", "cooperatedWith"})
STATUSES = {"completed": PK.Completed, "in-progress": PK.InProgress, "planned": PK.Planned,
            "postponed": PK.Postponed, "cancelled": PK.Cancelled}
_STATUS_NAME = {iri: name for name, iri in STATUSES.items()}
_REIFIED = {"invested": (PK.Investment, PK.investor, PK.investee),
            "signedMOUWith": (PK.AgreementSigning, PK.party, PK.party)}
_LABELS = (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|---\d{2}")
_TOP_KEYS = {"documents", "entities", "relations", "optional", "must_not_extract", "must_not_assert"}
_ENTITY_KEYS = {"doc", "type", "names", "title", "affiliation", "count", "members",
                "date", "place", "status", "amount"}
_AMOUNT_KEYS = {"value", "currency", "qualifier", "as_of"}
_QUALIFIERS = {"up-to", "at-least", "order-of"}


def normalize(text: str) -> str:
    """NFKC, case folding, no white space or punctuation: the FORMAT's name equality."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold()
                   if not c.isspace() and not unicodedata.category(c).startswith(("P", "Z")))


# ---------------------------------------------------------------- gold

@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None = None
    qualifier: str | None = None
    as_of: str | None = None


@dataclass(frozen=True)
class GoldEntity:
    key: str
    type: str
    names: tuple[str, ...]
    doc: str | None = None
    status: str | None = None
    date: str | None = None
    amount: Amount | None = None

    @property
    def coarse(self) -> str:
        return COARSE[self.type]


@dataclass(frozen=True)
class Gold:
    path: Path
    entities: Mapping[str, GoldEntity]
    relations: tuple[tuple[str, str, str], ...]
    optional: tuple[str, ...] = ()
    must_not_extract: tuple[str, ...] = ()
    must_not_assert: tuple[tuple[str, str, str, str | None], ...] = ()


def load_gold(path: Path) -> Gold:
    """Read a gold file, rejecting anything the scorer would silently misread."""
    return _GoldReader(Path(path)).read()


class _GoldReader:
    def __init__(self, path: Path):
        self.path, self.keys = path, {}

    def fail(self, msg: str) -> GoldError:
        return GoldError(f"{self.path}: {msg}")

    def one_of(self, value: Any, allowed, where: str) -> Any:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(f"{where}: {value!r} is not one of {sorted(allowed)}")
        return value

    def key(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in self.keys:
            raise self.fail(f"{where}: unknown entity key {value!r}")
        return value

    def strings(self, value: Any, where: str, required: bool = False) -> tuple[str, ...]:
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) \
                or (required and not value):
            raise self.fail(f"{where} must be a {'non-empty ' * required}list of non-empty strings")
        return tuple(value)

    def date(self, value: Any, where: str) -> str:
        """YAML reads an unquoted 2025 or 2023-04-28 as a number or a date: take them back."""
        if isinstance(value, datetime.date) or (isinstance(value, int) and not isinstance(value, bool)):
            value = value.isoformat() if isinstance(value, datetime.date) else str(value)
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self.fail(f"{where}: bad date {value!r} (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, --MM or ---DD)")
        return value

    def read(self) -> Gold:
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise self.fail(f"cannot read: {exc}") from exc
        except yaml.YAMLError as exc:
            raise self.fail("invalid YAML: " + " ".join(str(exc).split())) from exc
        if not isinstance(data, dict):
            raise self.fail("top level must be a mapping")
        if unknown := set(data) - _TOP_KEYS:
            raise self.fail(f"unknown keys {sorted(unknown)}")
        documents, self.keys = data.get("documents") or {}, data.get("entities")
        if not isinstance(documents, dict) or not all(isinstance(d, dict) for d in documents.values()):
            raise self.fail("documents must be a mapping of mappings")
        if not isinstance(self.keys, dict) or not self.keys:
            raise self.fail("entities must be a non-empty mapping")
        for doc, spec in documents.items():
            for ref in ("publisher", "author", "source_credit"):
                refs = spec.get(ref, [])
                for key in refs if ref == "author" and isinstance(refs, list) else [refs] if ref in spec else []:
                    self.key(key, f"document {doc!r} {ref}")
        return Gold(
            path=self.path,
            entities={k: self.entity(k, spec, documents) for k, spec in self.keys.items()},
            relations=tuple(dict.fromkeys(self.triples(data, "relations", (3,)))),
            optional=self.strings(data.get("optional"), "optional"),
            must_not_extract=self.strings(data.get("must_not_extract"), "must_not_extract"),
            must_not_assert=tuple((s, r, o, rest[0] if rest else None)
                                  for s, r, o, *rest in self.triples(data, "must_not_assert", (3, 4))))

    def entity(self, k: str, spec: Any, documents: dict) -> GoldEntity:
        where = f"entity {k!r}"
        if not isinstance(spec, dict):
            raise self.fail(f"{where} must be a mapping")
        if unknown := set(spec) - _ENTITY_KEYS:
            raise self.fail(f"{where}: unknown fields {sorted(unknown)}")
        if documents and "doc" in spec:
            self.one_of(spec["doc"], documents, f"{where} doc")
        for ref in ("affiliation", "place"):
            if ref in spec:
                self.key(spec[ref], f"{where} {ref}")
        for member in self.strings(spec.get("members"), f"{where} members"):
            self.key(member, f"{where} members")
        return GoldEntity(
            key=k, type=self.one_of(spec.get("type"), COARSE, f"{where} type"),
            names=self.strings(spec.get("names"), f"{where} names", required=True), doc=spec.get("doc"),
            status=self.one_of(spec["status"], STATUSES, f"{where} status") if "status" in spec else None,
            date=self.date(spec["date"], where) if "date" in spec else None,
            amount=self.amount(spec["amount"], f"{where} amount") if "amount" in spec else None)

    def amount(self, spec: Any, where: str) -> Amount:
        if not isinstance(spec, dict) or "value" not in spec or set(spec) - _AMOUNT_KEYS:
            raise self.fail(f"{where} must be a mapping with value and only {sorted(_AMOUNT_KEYS)}")
        try:
            value = Decimal(str(spec["value"]))
        except InvalidOperation:
            raise self.fail(f"{where}: value {spec['value']!r} is not a number") from None
        return Amount(value, spec.get("currency"),
                      self.one_of(spec["qualifier"], _QUALIFIERS, where) if "qualifier" in spec else None,
                      self.date(spec["as_of"], where) if "as_of" in spec else None)

    def triples(self, data: dict, name: str, sizes: tuple[int, ...]) -> list[tuple]:
        out = []
        for i, item in enumerate(data.get(name) or ()):
            where = f"{name}[{i}]"
            if not isinstance(item, list) or len(item) not in sizes:
                raise self.fail(f"{where} must be a list of {' or '.join(map(str, sizes))} items")
            self.one_of(item[1], RELATIONS, f"{where} relation")
            if len(item) == 4:
                self.one_of(item[3], STATUSES, f"{where} status")
            out.append((self.key(item[0], where), item[1], self.key(item[2], where), *item[3:]))
        return out


# ---------------------------------------------------------------- results

@dataclass
class Tally:
    """Precision counts predictions, recall counts gold items: they can differ."""
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def shown(self) -> tuple[str, str, str]:
        """P, R and F1 as printed: "-" where a denominator is empty (no predictions, no gold), since 0.00 would contradict the counts."""
        precision = f"{self.precision:.2f}" if self.predicted else "-"
        recall = f"{self.recall:.2f}" if self.gold else "-"
        f1 = f"{self.f1:.2f}" if self.predicted and self.gold else "-"
        return precision, recall, f1

    def format_scores(self) -> str:
        precision, recall, f1 = self.shown()
        return f"P={precision} R={recall} F1={f1}"

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.predicted + other.predicted, self.correct + other.correct,
                     self.gold + other.gold, self.found + other.found)

    def to_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Item:
    """One listed finding: what it is, the node or edge behind it, and its sentence."""
    what: str
    node: str = ""
    evidence: str | None = None


@dataclass(frozen=True)
class AttributeCheck:
    entity: str
    attribute: str
    expected: str
    found: tuple[str, ...]
    ok: bool


@dataclass(frozen=True)
class _Scores:
    entities: dict[str, Tally]
    relations: dict[str, Tally]

    @property
    def entity_total(self) -> Tally:
        return sum(self.entities.values(), Tally())

    @property
    def relation_total(self) -> Tally:
        return sum(self.relations.values(), Tally())

    def _tallies(self) -> dict:
        return {"entities": {k: t.to_dict() for k, t in self.entities.items()},
                "relations": {k: t.to_dict() for k, t in self.relations.items()},
                "entity_total": self.entity_total.to_dict(),
                "relation_total": self.relation_total.to_dict()}


@dataclass(frozen=True)
class FileScore(_Scores):
    """One gold file against one graph; `matches` maps gold keys to node IRIs."""
    name: str = ""
    matches: dict[str, str] = field(default_factory=dict)
    kind_errors: tuple[Item, ...] = ()
    missed_entities: tuple[Item, ...] = ()
    false_entities: tuple[Item, ...] = ()
    missed_relations: tuple[Item, ...] = ()
    false_relations: tuple[Item, ...] = ()
    optional_ignored: tuple[str, ...] = ()
    must_not_extract: tuple[Item, ...] = ()
    must_not_assert: tuple[Item, ...] = ()
    attributes: tuple[AttributeCheck, ...] = ()

    @property
    def violations(self) -> tuple[Item, ...]:
        return self.must_not_extract + self.must_not_assert

    def to_dict(self) -> dict:
        return {**asdict(self), **self._tallies()}


@dataclass(frozen=True)
class EvalReport(_Scores):
    files: tuple[FileScore, ...] = ()

    @property
    def violation_count(self) -> int:
        return sum(len(f.violations) for f in self.files)

    @property
    def attributes_ok(self) -> tuple[int, int]:
        checks = [c for f in self.files for c in f.attributes]
        return sum(c.ok for c in checks), len(checks)

    @property
    def mean_f1(self) -> tuple[float, float]:
        """Entity and relation F1 averaged over files: every article weighs the same."""
        if not self.files:
            return 0.0, 0.0
        n = len(self.files)
        return (sum(f.entity_total.f1 for f in self.files) / n, sum(f.relation_total.f1 for f in self.files) / n)

    def to_dict(self) -> dict:
        ok, checked = self.attributes_ok
        mean_entity, mean_relation = self.mean_f1
        return {"files": [f.to_dict() for f in self.files], **self._tallies(),
                "mean_f1": {"entities": mean_entity, "relations": mean_relation},
                "violations": self.violation_count, "attributes": {"ok": ok, "checked": checked}}

    def format_text(self) -> str:
        lines: list[str] = []
        for f in self.files:
            lines += [f"== {f.name}", *_format_file(f, tables=len(self.files) > 1)]
        lines += [f"== total over {len(self.files)} file(s)",
                  *_table("entity type", self.entities), *_table("relation", self.relations)]
        ok, checked = self.attributes_ok
        e, r = self.entity_total, self.relation_total
        mean_entity, mean_relation = self.mean_f1
        lines.append(f"mean over files: entity F1={mean_entity:.2f} relation F1={mean_relation:.2f}")
        lines.append(f"entities {e.format_scores()} | relations {r.format_scores()} | "
                     f"attributes {ok}/{checked} | violations: {self.violation_count}")
        return "\n".join(lines)


def aggregate(scores: list[FileScore]) -> EvalReport:
    """Micro-average: sum the counts of every file, then take the ratios."""
    entities: dict[str, Tally] = defaultdict(Tally)
    relations: dict[str, Tally] = defaultdict(Tally)
    for s in scores:
        for k, t in s.entities.items():
            entities[k] += t
        for k, t in s.relations.items():
            relations[k] += t
    return EvalReport(dict(sorted(entities.items())), dict(sorted(relations.items())), tuple(scores))


def _table(title: str, rows: dict[str, Tally]) -> list[str]:
    out = [f"{title:<16} {'P':>5} {'R':>5} {'F1':>5}  correct/pred  found/gold"]
    for k, t in rows.items():
        precision, recall, f1 = t.shown()
        out.append(f"{k:<16} {precision:>5} {recall:>5} {f1:>5}"
                   f"  {t.correct:>4}/{t.predicted:<7} {t.found:>4}/{t.gold}")
    return out


def _format_file(f: FileScore, tables: bool) -> list[str]:
    lines = [*_table("entity type", f.entities), *_table("relation", f.relations)] if tables else []

    def section(title: str, items: tuple[Item, ...]) -> None:
        lines.append(f"{title}: {len(items)}")
        for it in items:
            lines.append(f"  {it.what}" + (f"  [{it.node}]" if it.node else ""))
            if it.evidence:
                lines.append(f"      \u00bb {it.evidence}")

    section("kind errors (matched, wrong kind)", f.kind_errors)
    section("missed entities", f.missed_entities)
    section("false entities", f.false_entities)
    section("missed relations", f.missed_relations)
    section("false relations", f.false_relations)
    lines.append(f"ignored as optional: {len(f.optional_ignored)}")
    section("must_not_extract violations", f.must_not_extract)
    section("must_not_assert violations", f.must_not_assert)
    ok = sum(c.ok for c in f.attributes)
    lines.append(f"attribute checks: {ok}/{len(f.attributes)} agree")
    lines += [f"  {c.entity}.{c.attribute}: expected {c.expected}, found {', '.join(c.found) or 'nothing'}"
              for c in f.attributes if not c.ok]
    return lines


# ---------------------------------------------------------------- scoring

class _View:
    """The predicted entities of a graph (the union, for a Dataset), their labels and evidence."""

    def __init__(self, graph: rdflib.Graph):
        if hasattr(graph, "quads"):
            union = rdflib.Graph()
            for s, p, o, _ in graph.quads((None, None, None, None)):
                union.add((s, p, o))
            graph = union
        self.g = graph
        self.kind: dict[Any, str] = {}
        for node, cls in graph.subject_objects(RDF.type):
            name = cls[len(PK):] if isinstance(cls, rdflib.URIRef) and cls.startswith(PK) else ""
            if name in COARSE and (node not in self.kind or self.kind[node] in ("Organization", "Event")):
                self.kind[node] = name
        self.labels = {n: sorted({str(o) for p in _LABELS for o in graph.objects(n, p)}) for n in self.kind}
        self.norm = {n: {normalize(lab) for lab in labs} - {""} for n, labs in self.labels.items()}
        self.statements: dict[tuple, list[str]] = defaultdict(list)
        for st, s in graph.subject_objects(RDF.subject):
            triple = (s, graph.value(st, RDF.predicate), graph.value(st, RDF.object))
            self.statements[triple] += self._texts(st)

    def _texts(self, node) -> list[str]:
        return sorted(str(t) for ev in self.g.objects(node, PROV.wasDerivedFrom)
                      for t in self.g.objects(ev, PK.text))

    def coarse(self, node) -> str:
        return COARSE[self.kind[node]]

    def name(self, node) -> str:
        return next(iter(self.labels.get(node) or ()), str(node))

    def evidence(self, node) -> str | None:
        return next(iter(self._texts(node)), None)

    def edge_evidence(self, s, p, o) -> str | None:
        return next(iter(self.statements.get((s, p, o)) or self.statements.get((o, p, s)) or ()), None)


def _kind_error(gold_type: str, kind: str) -> bool:
    """Another coarse type, or not the specific kind the gold names."""
    return COARSE[gold_type] != COARSE[kind] or (gold_type != COARSE[gold_type] and kind != gold_type)


def _compatible(gold_coarse: str, coarse: str) -> bool:
    return gold_coarse == coarse or {gold_coarse, coarse} == {"Organization", "Group"}


def _candidates(gold: Gold, view: _View) -> dict[Any, dict[str, int]]:
    """Gold keys each node may stand for, weighted: exact > containment, right kind > kind error."""
    names = {k: {normalize(n) for n in e.names} for k, e in gold.entities.items()}
    longest = {k: max((normalize(n) for n in e.names), key=len) for k, e in gold.entities.items()
               if e.coarse in ("Event", "Program")}
    optional = {normalize(o) for o in gold.optional}
    out: dict[Any, dict[str, int]] = {}
    for node in view.kind:
        labels, coarse = view.norm[node], view.coarse(node)
        exact = {k: 3 for k, e in gold.entities.items()
                 if labels & names[k] and _compatible(e.coarse, coarse)}
        if not exact and not labels & optional and coarse in ("Event", "Program"):
            exact = {k: 1 for k, name in longest.items() if len(name) >= 3
                     and gold.entities[k].coarse == coarse and any(name in lab for lab in labels)}
        out[node] = {k: w + (not _kind_error(gold.entities[k].type, view.kind[node]))
                     for k, w in exact.items()}
    return out


def _support(gold: Gold, g: rdflib.Graph, cands: dict[Any, dict[str, int]], node, key: str) -> int:
    """Gold relations of key that node's edges would find: breaks ties between duplicates."""
    count = 0
    for s, r, o in gold.relations:
        for mine, other, out in ((s, o, True), (o, s, False)):
            if mine != key:
                continue
            edges = (list(g.objects(node, PK[r])) if out or r in SYMMETRIC else []) + \
                (list(g.subjects(PK[r], node)) if not out or r in SYMMETRIC else [])
            count += any(other in cands.get(q, ()) for q in edges)
    return count


def _match(gold: Gold, g: rdflib.Graph, cands: dict[Any, dict[str, int]]) -> dict[str, Any]:
    """Most entities first, then exact over containment, right kind, and relations found."""
    bip = nx.Graph()
    for node in sorted(cands, key=str):
        for k, w in sorted(cands[node].items()):
            bip.add_edge(("p", node), ("g", k), weight=w * 1000 + _support(gold, g, cands, node, k))
    pairs = nx.max_weight_matching(bip, maxcardinality=True)
    return {b[1]: a[1] for pair in pairs for a, b in [sorted(pair, key=lambda t: t[0] != "p")]}


def score(gold: Gold, graph: rdflib.Graph) -> FileScore:
    """Align the graph's entities with the gold ones and count what agrees."""
    view = _View(graph)
    cands = _candidates(gold, view)
    matched = _match(gold, view.g, cands)
    key_of = {node: k for k, node in matched.items()}
    optional = {normalize(o) for o in gold.optional}
    ignored = {n for n in view.kind if n not in key_of and view.norm[n] and view.norm[n] <= optional}

    entities: dict[str, Tally] = defaultdict(Tally)
    for k, e in gold.entities.items():
        entities[e.coarse].gold += 1
        entities[e.coarse].found += k in matched
    for node in view.kind.keys() - ignored:
        entities[view.coarse(node)].predicted += 1
        entities[view.coarse(node)].correct += node in key_of

    def show(k: str) -> str:
        return f"{k} ({gold.entities[k].names[0]})"

    furniture = tuple(Item(f"{text!r}: {view.name(n)}", str(n), view.evidence(n)) for text in
                      gold.must_not_extract for n in view.kind if normalize(text) in view.norm[n])
    false_facts, bad = _false_facts(gold, view, cands)
    relations, false_relations, missed_relations = _relations(gold, view, matched, ignored, bad, show)
    return FileScore(
        name=str(gold.path), entities=dict(sorted(entities.items())),
        relations=dict(sorted(relations.items())), matches={k: str(n) for k, n in matched.items()},
        kind_errors=tuple(Item(f"{show(k)}: gold {gold.entities[k].type}, graph {view.kind[n]}", str(n))
                          for k, n in matched.items() if _kind_error(gold.entities[k].type, view.kind[n])),
        missed_entities=tuple(Item(f"{show(k)} {e.type}: {' / '.join(e.names)}")
                              for k, e in gold.entities.items() if k not in matched),
        false_entities=tuple(Item(f"{view.name(n)} {view.kind[n]}", str(n), view.evidence(n))
                             for n in sorted(view.kind.keys() - key_of.keys() - ignored, key=str)),
        missed_relations=missed_relations, false_relations=false_relations,
        optional_ignored=tuple(sorted(view.name(n) for n in ignored)),
        must_not_extract=furniture, must_not_assert=false_facts,
        attributes=tuple(_attributes(gold, view.g, matched)))


def _false_facts(gold: Gold, view: _View, cands: dict[Any, dict[str, int]]) -> tuple[tuple[Item, ...], set]:
    """must_not_assert violations, and the offending edges and nodes: these never count as correct.

    A false fact is looked for on every node aligned with its entities, not just
    the matched one: a duplicate node states it just as well.
    """
    g, out = view.g, []
    aligned = defaultdict(set)
    for node, keys in cands.items():
        for k in keys:
            aligned[k].add(node)
    bad: set = set()
    for s, r, o, status in gold.must_not_assert:
        label = f"{s} {r} {o}" + (f" ({status})" if status else "")
        pairs = {(a, b) for a in aligned[s] for b in aligned[o]}
        if r in SYMMETRIC:
            pairs |= {(b, a) for a, b in pairs}
        for a, b in sorted(pairs, key=str):
            if status in (None, "completed") and (a, PK[r], b) in g and (a, PK[r], b) not in bad:
                bad |= {(a, PK[r], b), (b, PK[r], a)} if r in SYMMETRIC else {(a, PK[r], b)}
                out.append(Item(f"{label}: edge {view.name(a)} -{r}-> {view.name(b)}",
                                f"{a} {b}", view.edge_evidence(a, PK[r], b)))
            for node in _reified(g, r, a, b):
                if node not in bad and (status is None or (node, PK.status, STATUSES[status]) in g):
                    bad.add(node)
                    out.append(Item(f"{label}: {view.kind.get(node, 'node')} {view.name(node)}",
                                    str(node), view.evidence(node)))
    return tuple(out), bad


def _relations(gold: Gold, view: _View, matched: dict[str, Any], ignored: set, bad: set, show):
    """Precision over the direct edges between entities, recall over the gold relations."""
    g, key_of = view.g, {node: k for k, node in matched.items()}
    tallies: dict[str, Tally] = defaultdict(Tally)
    gold_rel = set(gold.relations) | {(o, r, s) for s, r, o in gold.relations if r in SYMMETRIC}
    false, seen = [], set()
    for r in RELATIONS:
        for a, b in sorted(g.subject_objects(PK[r]), key=str):
            if a not in view.kind or b not in view.kind or a in ignored or b in ignored \
                    or (r in SYMMETRIC and (r, b, a) in seen):
                continue
            seen.add((r, a, b))
            ok = (key_of.get(a), r, key_of.get(b)) in gold_rel and (a, PK[r], b) not in bad
            tallies[r].predicted += 1
            tallies[r].correct += ok
            if not ok:
                false.append(Item(f"{view.name(a)} -{r}-> {view.name(b)}", f"{a} {b}",
                                  view.edge_evidence(a, PK[r], b)))
    missed = []
    for s, r, o in gold.relations:
        a, b = matched.get(s), matched.get(o)
        pairs = [(a, b), (b, a)] if r in SYMMETRIC else [(a, b)]
        found = a is not None and b is not None and (
            any((x, PK[r], y) in g and (x, PK[r], y) not in bad for x, y in pairs)
            or any(n not in bad for n in _reified(g, r, a, b)))
        tallies[r].gold += 1
        tallies[r].found += found
        if not found:
            missed.append(Item(f"{show(s)} -{r}-> {show(o)}"))
    return tallies, tuple(false), tuple(missed)


def _reified(g: rdflib.Graph, r: str, a, b) -> list:
    """Investment / AgreementSigning nodes that link a to b as the relation r."""
    if r not in _REIFIED:
        return []
    cls, first, second = _REIFIED[r]
    return [n for n in g.subjects(first, a)
            if (n, RDF.type, cls) in g and (n, second, b) in g and (a != b or first != second)]


def _attributes(gold: Gold, g: rdflib.Graph, matched: dict[str, Any]) -> list[AttributeCheck]:
    out = []
    for k, e in gold.entities.items():
        node = matched.get(k)
        if node is None or e.coarse not in ("Event", "Program"):
            continue
        if e.status:
            found = tuple(_STATUS_NAME.get(s, str(s)) for s in g.objects(node, PK.status))
            out.append(AttributeCheck(k, "status", e.status, found, e.status in found))
        if e.date:
            inferred = any(str(v).lower() in ("true", "1") for v in g.objects(node, PK.dateInferred))
            found = tuple(str(d) for d in g.objects(node, PK.date))
            out.append(AttributeCheck(k, "date", e.date, tuple(d + " (inferred)" * inferred for d in found),
                                      any(_date_ok(e.date, d, inferred) for d in found)))
        if e.amount:
            values = [g.value(a, SCHEMA.value) for a in g.objects(node, PK.amount)]
            found = tuple(str(v) for v in values if v is not None)
            out.append(AttributeCheck(k, "amount", str(e.amount.value), found,
                                      any(_decimal(v) == e.amount.value for v in found)))
    return out


def _date_ok(gold: str, found: str, inferred: bool) -> bool:
    """A gold month-day, month (--MM, xsd:gMonth) or day also matches the same date
    with its missing year or month inferred, but not with a day the text never gave."""
    if found == gold:
        return True
    if not inferred or not gold.startswith("--"):
        return False
    if gold.startswith("---"):
        pattern = rf"(--|\d{{4}}-)\d{{2}}-{gold[3:]}"
    else:
        pattern = rf"\d{{4}}-{gold[2:]}"
    return re.fullmatch(pattern, found) is not None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
