"""Rendering: the graph as an explorer page that opens from the file system with no network.

The page is one HTML file. vis-network (shipped inside pyvis) and the explorer's own script and
style are inlined, and a Content-Security-Policy forbids every fetch, so nothing can reach a CDN.
The graph travels as JSON in which '<', '>' and '&' are escaped, and the script puts article text
into the page only through textContent, so text never becomes markup. Nodes and edges are sorted
and no time or random id is written, so the same graph gives the same bytes.
"""

from __future__ import annotations

import calendar
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple

from .errors import KgError
from .files import atomic_write
from .namespaces import PK_IRI, PREFIXES, SCHEMA_IRI

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset, Graph

TEMPLATES = Path(__file__).with_name("templates")
LARGE_GRAPH = 1000
# Above this many nodes a selection is painted on a canvas of its own over the graph: dimming the
# rest through vis-network's DataSet would re-measure every node, about a second at 2,000.
OVERLAY_GRAPH = 300
# Above this many nodes the page draws an overview, the OVERVIEW_NODES most connected entities laid
# out when the page is written, and brings any other entity in with its neighbours when it is
# selected or found (level of detail): vis-network redraws what it holds on every frame, and a
# whole archive (20,000 nodes) costs seconds a frame. The page still carries every node and edge.
DETAIL_GRAPH = 5000
OVERVIEW_NODES = 1000
TOP_CONNECTED = 8
# Evidence sentences travel in blocks of this many, each parsed when a sentence in it is first
# shown: one block is a few milliseconds, a whole archive's sentences a quarter of a second.
EVIDENCE_BLOCK = 2000
# Layout in page pixels (vis-network's canvas units at zoom 1). A node is drawn as its shape of
# NODE_SIZE[0]..NODE_SIZE[1] by degree with its label below; labels wrap at spaces to LABEL_EM
# (font-size widths), and a label of more than two lines is drawn in the smaller font.
FONT_SIZE, SMALL_FONT_SIZE = 14, 12
NODE_SIZE = (9, 30)
LABEL_EM = 9.0
ENGLISH_EM = 14.0
LABEL_GAP = 8
LAYOUT_SEED = 7
# Components up to this size get every label box pushed clear; bigger ones are spread by their
# labels' area and get a bounded number of separation rounds (each is quadratic in the component).
SEPARATE_FULLY = 150

# Class name -> (Korean name, colour, vis-network shape). Shapes group the families: organizations
# are squares, people dots, groups hexagons, places triangles, events diamonds, programs stars.
CLASS_STYLES: dict[str, tuple[str, str, str]] = {
    "GovernmentBody": ("정부기관", "#1f4e9a", "square"),
    "Company": ("기업", "#4e9ad6", "square"),
    "Investor": ("투자사", "#2f9e6e", "square"),
    "Hospital": ("병원", "#d64e4e", "square"),
    "University": ("대학", "#8c5a2b", "square"),
    "MediaOutlet": ("언론사", "#7d7d7d", "square"),
    "Organization": ("조직", "#5fb7b0", "square"),
    "Person": ("인물", "#e8743b", "dot"),
    "Group": ("집단", "#c9a227", "hexagon"),
    "Place": ("장소", "#5aa02c", "triangle"),
    "Event": ("행사", "#8e5ea2", "diamond"),
    "Meeting": ("회의", "#b04fa0", "diamond"),
    "AgreementSigning": ("협약 체결", "#d0457b", "diamond"),
    "Investment": ("투자", "#e0a800", "diamond"),
    "Announcement": ("발표", "#6a6fd1", "diamond"),
    "Program": ("사업·정책", "#168b8b", "star"),
}
OTHER_STYLE = ("기타", "#999999", "dot")
CLASS_FAMILIES = {
    "Organization": {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"},
    "Event": {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"},
}
RELATION_NAMES = {
    "attended": "참석", "organized": "주최", "signedMOUWith": "업무협약 체결", "invested": "투자",
    "cooperatedWith": "협력", "affiliatedWith": "소속", "memberOf": "구성원", "heldIn": "개최지",
    "locatedIn": "위치", "partOf": "일부", "plans": "계획", "approved": "승인", "place": "장소",
    "party": "협약 당사자", "investor": "투자자", "investee": "투자 대상",
}
STATUS_NAMES = {
    "Completed": "완료 completed", "InProgress": "진행 중 in progress", "Planned": "계획 planned",
    "Postponed": "연기 postponed", "Cancelled": "취소 cancelled",
}
TENTATIVE = {"InProgress", "Planned", "Postponed", "Cancelled"}
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class RenderError(KgError):
    """A view cannot be made: an unknown entity or class, a malformed date, or nothing left."""


@dataclass(frozen=True)
class ViewSummary:
    path: Path
    nodes: int
    edges: int
    focus: tuple[str, ...] = ()


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


RDF_IRI, RDFS_IRI, SKOS_IRI, PROV_IRI, XSD_IRI = (PREFIXES[name] for name in ("rdf", "rdfs", "skos", "prov", "xsd"))
XSD_STRING = XSD_IRI + "string"
RDF_TYPE = RDF_IRI + "type"
# The predicates the page reads; besides them, a pk: predicate whose object is a resource is kept
# (it may be a relation). The rest (pk:end, pk:contentHash, ...) is dropped as it is read: an
# archive's union is millions of triples, and the page needs a fraction of them.
READ_PREDICATES = frozenset(
    [RDF_TYPE, RDF_IRI + "subject", RDF_IRI + "predicate", RDF_IRI + "object", RDFS_IRI + "label", SKOS_IRI + "prefLabel",
     SKOS_IRI + "altLabel", PROV_IRI + "wasDerivedFrom", PROV_IRI + "wasAttributedTo", SCHEMA_IRI + "value", SCHEMA_IRI + "currency"]
    + [PK_IRI + name for name in ("title", "date", "dateInferred", "memberCount", "text", "start", "qualifier", "asOf")]
)


class _Literal(NamedTuple):
    """A literal as the page keeps it: lexical form, language tag ("" if none), datatype IRI ("" for a
    plain or tagged string). An IRI is a plain str, a blank node a _Blank."""

    lexical: str
    language: str = ""
    datatype: str = ""


class _Blank(str):
    __slots__ = ()


def _term_key(term) -> tuple[str, str, str]:
    if isinstance(term, _Literal):
        return term
    return (term, "", "")


def _rdflib_literal(term: _Literal):
    """A typed literal as rdflib reads it (rdflib's lexical normalization and Python value): numbers
    and dates appear on the page as they always have."""
    from rdflib import Literal, URIRef

    return Literal(term.lexical, datatype=URIRef(term.datatype))


def _text(term) -> str:
    """str() of the term as rdflib would print it."""
    if isinstance(term, _Literal):
        return str(_rdflib_literal(term)) if term.datatype else term.lexical
    return str(term)


def _filled(term) -> str:
    """The term's text, or "" for no term or a false one (rdflib's `str(term or "")`: 0, "" and false print as nothing)."""
    if term is None:
        return ""
    if isinstance(term, _Literal):
        if term.datatype:
            value = _rdflib_literal(term)
            return str(value) if value else ""
        return term.lexical
    return str(term)


def _python(term):
    """The term's Python value as rdflib gives it (toPython)."""
    if isinstance(term, _Literal):
        return _rdflib_literal(term).toPython() if term.datatype else term.lexical
    return term


class _Facts:
    """Every triple the page reads once, by subject: one pass over the graph instead of a query per fact.

    Terms are kept as plain strings and tuples (an rdflib graph of an archive takes gigabytes); a
    predicate holds one object, or a list of them."""

    def __init__(self):
        self.by_subject: dict = {}

    def add(self, s, p: str, o) -> None:
        if p not in READ_PREDICATES and not (p.startswith(PK_IRI) and not isinstance(o, _Literal)):
            return
        facts = self.by_subject.get(s)
        if facts is None:
            facts = self.by_subject[s] = {}
        found = facts.get(p)
        if found is None:
            facts[p] = o
        elif type(found) is list:
            if o not in found:
                found.append(o)
        elif found != o:
            facts[p] = [found, o]

    @classmethod
    def from_rdflib(cls, source: "Dataset | Graph") -> "_Facts":
        from rdflib import BNode, Dataset, Literal

        def term(node):
            if isinstance(node, Literal):
                return _Literal(str(node), node.language or "", str(node.datatype) if node.datatype is not None else "")
            return _Blank(node) if isinstance(node, BNode) else str(node)

        if isinstance(source, Dataset):
            triples = ((s, p, o) for s, p, o, _ in source.quads((None, None, None, None)))
        else:
            triples = source.triples((None, None, None))
        facts = cls()
        for s, p, o in triples:
            facts.add(term(s), str(p), term(o))
        return facts

    @classmethod
    def from_file(cls, path: Path) -> "_Facts":
        """The triples of a Turtle file, or of every graph of a TriG file (their union), streamed by
        pyoxigraph's parser. IRIs are shared: an entity's IRI is one string however often it occurs."""
        import pyoxigraph as ox

        facts = cls()
        iris: dict[str, str] = {}
        named, blank = ox.NamedNode, ox.BlankNode

        def term(node):
            if isinstance(node, named):
                value = node.value
                return iris.setdefault(value, value)
            if isinstance(node, blank):
                return _Blank(node.value)
            if node.language:
                return _Literal(node.value, node.language, "")
            datatype = node.datatype.value
            return _Literal(node.value, "", "" if datatype == XSD_STRING else datatype)

        format = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
        for triple in ox.parse(path=str(path), format=format):
            facts.add(term(triple.subject), triple.predicate.value, term(triple.object))
        return facts

    def objects(self, node, predicate: str) -> list:
        found = self.by_subject.get(node, {}).get(predicate)
        if found is None:
            return []
        return sorted(found, key=_term_key) if type(found) is list else [found]

    def value(self, node, predicate: str):
        objects = self.objects(node, predicate)
        return objects[0] if objects else None

    def typed(self, cls: str) -> list:
        def has(found) -> bool:
            return cls in found if type(found) is list else found == cls

        return sorted((s for s, facts in self.by_subject.items() if has(facts.get(RDF_TYPE, ()))), key=_term_key)


def _amount_text(facts: _Facts, amount) -> str:
    value, currency, label = (facts.value(amount, p) for p in (SCHEMA_IRI + "value", SCHEMA_IRI + "currency", RDFS_IRI + "label"))
    parts = []
    if value is not None:
        number = _python(value)
        if isinstance(number, Decimal) and number == number.to_integral_value():
            number = int(number)
        parts.append(f"{number:,}" if isinstance(number, (int, Decimal, float)) else _text(number))
    if currency is not None:
        parts.append(_text(currency))
    text = " ".join(parts)
    if label is not None:
        text = f"{_text(label)} ({text})" if text else _text(label)
    extras = [_text(x) for x in facts.objects(amount, PK_IRI + "qualifier")]
    extras += [f"as of {_text(x)}" for x in facts.objects(amount, PK_IRI + "asOf")]
    return text + (f" [{', '.join(extras)}]" if extras else "")


def explorer_network(source: "Dataset | Graph | Path") -> "nx.MultiDiGraph":
    """Entities and direct pk: relations (the same as export.to_networkx) with what the page shows.

    The source is an rdflib graph or dataset, or a graph.ttl or graph.trig file, read by
    pyoxigraph's parser without an rdflib graph of it (what a build and kg render do).

    Node attributes: label, en, cls, aliases, title, date, date_inferred, place,
    place_label, amount, members, status, evidence (IRIs), curated. Edges are keyed by relation
    and carry their status (the tentative status of an endpoint), evidence and curated. The graph
    attribute evidence maps each evidence IRI to (text, document title, document IRI, start).
    """
    facts = _Facts.from_file(Path(source)) if isinstance(source, (str, Path)) else _Facts.from_rdflib(source)
    return _network(facts)


def _network(facts: _Facts) -> "nx.MultiDiGraph":
    import networkx as nx

    pk = PK_IRI
    skip = {pk + "Document", pk + "Evidence"}
    label_iri, pref_iri, alt_iri = RDFS_IRI + "label", SKOS_IRI + "prefLabel", SKOS_IRI + "altLabel"
    classes = {}
    for node, by_predicate in facts.by_subject.items():
        kinds = sorted(c for c in facts.objects(node, RDF_TYPE) if type(c) is str and c.startswith(pk) and c not in skip)
        if kinds:
            classes[node] = kinds[0][len(pk):]
    network = nx.MultiDiGraph()
    for node in sorted(classes, key=_term_key):
        labels = facts.objects(node, label_iri)
        korean = [_text(x) for x in labels if not (isinstance(x, _Literal) and x.language == "en")]
        pref = facts.value(node, pref_iri)
        label = _text(pref) if pref is not None else (korean or [_text(x) for x in labels] or [_local(node)])[0]
        english = sorted({_text(x) for x in labels if isinstance(x, _Literal) and x.language == "en"} - {label}, key=lambda name: (-len(name), name))
        aliases = sorted(set(korean + [_text(x) for x in facts.objects(node, alt_iri)] + english[1:]) - {label})
        day, status, amount = (facts.value(node, pk + p) for p in ("date", "status", "amount"))
        inferred, place, members, title = (facts.value(node, pk + p) for p in ("dateInferred", "place", "memberCount", "title"))
        network.add_node(
            str(node), label=label, en=english[0] if english else "", cls=classes[node], aliases=tuple(aliases),
            title=_filled(title), date=_filled(day),
            date_inferred=bool(_python(inferred)) if isinstance(inferred, _Literal) else False,
            place=_filled(place), amount=_amount_text(facts, amount) if amount is not None else "",
            members=_filled(members), status=_local(status) if status is not None else "",
            evidence=tuple(_text(e) for e in facts.objects(node, PROV_IRI + "wasDerivedFrom")),
            curated=bool(facts.objects(node, PROV_IRI + "wasAttributedTo")),
        )
    for _, data in network.nodes(data=True):
        place = data["place"]
        data["place_label"] = network.nodes[place]["label"] if place in network else (_local(place) if place else "")
    _add_edges(facts, classes, network)
    network.graph["evidence"] = _evidence_table(facts)
    return network


def _add_edges(facts: _Facts, classes: dict, network: "nx.MultiDiGraph") -> None:
    pk = PK_IRI
    statements: dict[tuple[str, str, str], tuple[set[str], bool]] = {}
    for statement in facts.typed(RDF_IRI + "Statement"):
        key = tuple(_text(facts.value(statement, RDF_IRI + p)) for p in ("subject", "predicate", "object"))
        evidence, curated = statements.get(key, (set(), False))
        evidence.update(_text(e) for e in facts.objects(statement, PROV_IRI + "wasDerivedFrom"))
        statements[key] = (evidence, curated or bool(facts.objects(statement, PROV_IRI + "wasAttributedTo")))
    triples = sorted(
        (str(s), p, str(o))
        for s in classes for p in facts.by_subject[s] if p.startswith(pk)
        for o in facts.objects(s, p) if o in classes
    )
    for subject, predicate, obj in triples:
        evidence, curated = statements.get((subject, predicate, obj), (set(), False))
        ends = (network.nodes[obj]["status"], network.nodes[subject]["status"])
        relation = predicate[len(pk):]
        network.add_edge(subject, obj, key=relation, relation=relation, status=next((s for s in ends if s in TENTATIVE), ""),
                         evidence=tuple(sorted(evidence)), curated=curated)


def _evidence_table(facts: _Facts) -> dict[str, tuple[str, str, str, int]]:
    pk = PK_IRI
    table = {}
    for evidence in facts.typed(pk + "Evidence"):
        document = facts.value(evidence, pk + "document")
        title = facts.value(document, pk + "title") if document is not None else None
        start = facts.value(evidence, pk + "start")
        table[str(evidence)] = (
            _filled(facts.value(evidence, pk + "text")),
            _text(title) if title is not None else (_local(document) if document is not None else ""),
            _filled(document),
            int(_python(start)) if start is not None else 0,
        )
    return table


def _day_span(year: int, month: int | None = None, day: int | None = None) -> tuple[date, date]:
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    exact = date(year, month, day)
    return exact, exact


def parse_bound(text: str, *, upper: bool) -> date:
    """--since/--until: YYYY, YYYY-MM or YYYY-MM-DD; a partial date stands for its first (or last) day."""
    match = DATE_PATTERN.match(text.strip())
    if not match:
        raise RenderError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        return _day_span(year, month, day)[1 if upper else 0]
    except ValueError:
        raise RenderError(f"bad date {text!r}: no such date") from None


def could_fall_in(lexical: str, low: date, high: date) -> bool | None:
    """Whether some day a pk:date can denote lies in [low, high]; None when the date cannot be read.

    Dates keep what the article says, so "--04-28" (no year) matches any range holding an April 28.
    """
    text = re.sub(r"(Z|[+-]\d{2}:\d{2})$", "", lexical.strip())
    try:
        if match := re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text):
            first, last = _day_span(*(int(part) if part else None for part in match.groups()))
            return first <= high and last >= low
        if match := re.fullmatch(r"--(\d{2})-(\d{2})", text):
            month, day = int(match[1]), int(match[2])
            date(2000, month, day)
            if high.year - low.year >= 5:
                return True
            return any(low <= d <= high for d in _days((year, month, day) for year in range(low.year, high.year + 1)))
        if match := re.fullmatch(r"---(\d{2})", text):
            day = int(match[1])
            date(2000, 1, day)
            span = (high.year - low.year) * 12 + high.month - low.month
            if span >= 12:
                return True
            months = (divmod(low.year * 12 + low.month - 1 + k, 12) for k in range(span + 1))
            return any(low <= d <= high for d in _days((year, month + 1, day) for year, month in months))
    except ValueError:
        return None
    return None


def _days(candidates: Iterable[tuple[int, int, int]]) -> list[date]:
    """The real days among (year, month, day) candidates: February 30 is none."""
    days = []
    for year, month, day in candidates:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days


def resolve_classes(names: Iterable[str]) -> set[str]:
    """Class names as a user types them (Person, pk:company, "Event,Place"); a family brings its kinds."""
    by_fold = {name.casefold(): name for name in CLASS_STYLES}
    wanted: set[str] = set()
    for item in names:
        for raw in item.split(","):
            name = raw.strip().removeprefix("pk:")
            if not name:
                continue
            cls = by_fold.get(name.casefold())
            if cls is None:
                raise RenderError(f"unknown class {raw.strip()!r} (one of: {', '.join(sorted(CLASS_STYLES))})")
            wanted |= CLASS_FAMILIES.get(cls, {cls})
    return wanted


def find_nodes(network: "nx.MultiDiGraph", name: str) -> list[str]:
    """Nodes with a label, English name or alias equal to name (folded), else the one containing it."""
    from .extract.resolve import fold

    target = fold(name)
    if not target:
        raise RenderError(f"no entity labelled {name!r}: give a name")
    exact, partial = [], []
    for node, data in network.nodes(data=True):
        names = {fold(n) for n in (data["label"], data["en"], *data["aliases"]) if n}
        if target in names:
            exact.append(node)
        elif any(target in n for n in names):
            partial.append(node)
    if exact or len(partial) == 1:
        return sorted(exact) or partial
    if not partial:
        raise RenderError(f"no entity labelled {name!r} in the graph (try part of the name, or 'kg show')")
    shown = sorted(network.nodes[n]["label"] for n in partial)
    more = f" and {len(shown) - 5} more" if len(shown) > 5 else ""
    raise RenderError(f"{name!r} is ambiguous: {', '.join(shown[:5])}{more}; give the full name")


def select_view(network: "nx.MultiDiGraph", focus: Iterable[str] = (), hops: int = 1, classes: Iterable[str] = (),
                since: str | None = None, until: str | None = None) -> tuple["nx.MultiDiGraph", list[str]]:
    """The part of the graph a focused page shows, and its centre nodes.

    Focus first (the neighbourhood within hops, ignoring direction), then dates (dated nodes must
    possibly fall in the range, undated ones must touch a node that does), then classes, so that
    "people at events in April" works. The centres always stay.
    """
    import networkx as nx

    if hops < 0:
        raise RenderError(f"--hops must be 0 or more, not {hops}")
    keep = set(network)
    centres = sorted({node for name in focus for node in find_nodes(network, name)})
    if centres:
        undirected = network.to_undirected(as_view=True)
        keep = set().union(*(nx.ego_graph(undirected, centre, radius=hops) for centre in centres))
    wanted = resolve_classes(classes)
    if since or until:
        low = parse_bound(since, upper=False) if since else date.min
        high = parse_bound(until, upper=True) if until else date.max
        if low > high:
            raise RenderError(f"--since {since} is after --until {until}")
        dated = {n for n in keep if network.nodes[n]["date"]}
        inside = {n for n in dated if could_fall_in(network.nodes[n]["date"], low, high)}
        touching = {n for n in keep - dated if any(m in inside for m in nx.all_neighbors(network, n))}
        keep = inside | touching | set(centres)
    if wanted:
        keep = {n for n in keep if network.nodes[n]["cls"] in wanted} | set(centres)
    if not keep:
        raise RenderError("nothing to draw: no entity matches the class and date filters")
    return network.subgraph(sorted(keep)).copy(), centres


def _vis_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise KgError("pyvis is not installed: it ships the vis-network script the page inlines (pip install pyvis)")
    lib = Path(spec.origin).parent / "templates" / "lib"
    versions = sorted((tuple(int(x) for x in re.findall(r"\d+", d.name)), d) for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file())
    if not versions:
        raise KgError(f"{lib}: no vis-network here; reinstall pyvis")
    return versions[-1][1]


@lru_cache(maxsize=None)
def _assets() -> dict[str, str]:
    """The page's fixed parts: vis-network as pyvis ships it (minus its source-map link) and ours."""
    vis = _vis_dir()
    vis_js = (vis / "vis-network.min.js").read_text(encoding="utf-8")
    vis_js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", vis_js)
    return {
        "template": (TEMPLATES / "explorer.html").read_text(encoding="utf-8"),
        "vis_js": re.sub(r"</(script)", r"<\\/\1", vis_js, flags=re.IGNORECASE),
        "vis_css": re.sub(r"</(style)", r"<\\/\1", (vis / "vis-network.css").read_text(encoding="utf-8"), flags=re.IGNORECASE),
        "style": (TEMPLATES / "explorer.css").read_text(encoding="utf-8"),
        "script": (TEMPLATES / "explorer.js").read_text(encoding="utf-8"),
    }


def _class_order(cls: str) -> tuple[int, str]:
    names = list(CLASS_STYLES)
    return (names.index(cls) if cls in CLASS_STYLES else len(names), cls)


def _char_em(char: str) -> float:
    """A character's width in ems in a Hangul sans-serif font, rounded up so boxes never come out small."""
    if unicodedata.east_asian_width(char) in "WF":
        return 1.0
    if char.isspace():
        return 0.3
    return 0.7 if char.isupper() or char.isdigit() else 0.6


def _text_em(text: str) -> float:
    return sum(_char_em(char) for char in text)


def _wrap(text: str, width_em: float) -> list[str]:
    """Greedy wrapping at spaces; a word longer than the width keeps its own line."""
    lines: list[str] = []
    for word in text.split():
        if lines and _text_em(lines[-1] + " " + word) <= width_em:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [text]


def node_label(label: str, english: str) -> tuple[str, int]:
    """What the canvas writes under a node and in which font size: the Korean name wrapped, then
    the English name wrapped; more than two lines take the smaller font."""
    lines = _wrap(label, LABEL_EM) + (_wrap(english, ENGLISH_EM) if english else [])
    return "\n".join(lines), FONT_SIZE if len(lines) <= 2 else SMALL_FONT_SIZE


def node_size(degree: int, top_degree: int) -> int:
    """The shape's radius in pixels, growing with the square root of the degree."""
    low, high = NODE_SIZE
    return round(low + (high - low) * (degree / top_degree) ** 0.5) if top_degree else low


def label_box(text: str, font: int, size: int) -> tuple[float, float, float]:
    """Half width, and the extents above and below the node's centre, of the shape with its label
    under it, as vis-network draws them (a line is one font high; a little more for the halo)."""
    lines = text.split("\n")
    width = max(_text_em(line) for line in lines) * font + 4
    height = len(lines) * font * 1.05 + 3
    return max(size, width / 2), size, size + height


def _force_layout(count: int, links: "list[tuple[int, int]]", length: float, seed: int):
    """Fruchterman-Reingold positions for one connected component, in pixels (numpy, fixed seed).

    Only elementwise arithmetic and numpy's own sums: a matrix product goes through BLAS, whose
    kernels differ from one processor to another in their rounding, and the page must repeat byte
    for byte on any machine."""
    import numpy as np

    if count <= 2:
        return np.array([[0.0, 0.0], [length, 0.0]][:count])
    rng = np.random.default_rng(seed)
    spread = length * count ** 0.5
    position = rng.random((count, 2)) * spread
    a = np.array([i for i, _ in links]), np.array([j for _, j in links])
    temperature, rounds = spread / 5, 300 if count <= SEPARATE_FULLY else 60
    cooling = (0.01) ** (1 / rounds)
    for _ in range(rounds):
        dx = position[:, 0, None] - position[None, :, 0]
        dy = position[:, 1, None] - position[None, :, 1]
        push = length * length / np.maximum(dx * dx + dy * dy, 1.0)
        force = position * push.sum(1)[:, None] - (push[:, :, None] * position[None, :, :]).sum(1)
        pull = position[a[0]] - position[a[1]]
        pull *= (np.hypot(pull[:, 0], pull[:, 1]) / length)[:, None]
        np.add.at(force, a[0], -pull)
        np.add.at(force, a[1], pull)
        size = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        position += force * (np.minimum(size, temperature) / size)[:, None]
        temperature *= cooling
    return position - position.mean(0)


def _separate(centre, half, gap: float, rounds: int = 400) -> None:
    """Push apart overlapping boxes (centre and half extents, arrays of n x 2) along the axis where
    they overlap less, each box half the way, until no two overlap."""
    import numpy as np

    count = len(centre)
    order = np.sign(np.arange(count)[:, None] - np.arange(count)[None, :])
    for _ in range(rounds):
        delta = centre[:, None, :] - centre[None, :, :]
        overlap = half[:, None, :] + half[None, :, :] + gap - np.abs(delta)
        hit = (overlap > 0).all(-1)
        np.fill_diagonal(hit, False)
        if not hit.any():
            return
        direction = np.where(delta > 0, 1.0, np.where(delta < 0, -1.0, order[:, :, None]))
        along_x = overlap[:, :, 0] * 0.6 < overlap[:, :, 1]
        push = np.zeros_like(delta)
        push[:, :, 0] = np.where(hit & along_x, overlap[:, :, 0] / 2 + 0.5, 0)
        push[:, :, 1] = np.where(hit & ~along_x, overlap[:, :, 1] / 2 + 0.5, 0)
        centre += (push * direction).max(1) + (push * direction).min(1)


def layout(count: int, links: "Iterable[tuple[int, int]]", boxes: "list[tuple[float, float, float]]") -> list[tuple[int, int]]:
    """Positions for nodes 0..count-1 so that the first paint is readable: a force layout per
    connected component, then label boxes pushed apart (and the whole drawn in a few times while
    they stay apart, so no space is wasted), then components packed in rows.

    boxes holds label_box's (half width, above, below) per node. Integer pixels, same input same
    output.
    """
    import networkx as nx
    import numpy as np

    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from((i, j) for i, j in links if i != j)
    extents = np.array(boxes, dtype=float).reshape(-1, 3)
    half = np.stack([extents[:, 0], (extents[:, 1] + extents[:, 2]) / 2], axis=1)
    lift = (extents[:, 2] - extents[:, 1]) / 2
    length = float(np.clip(np.median(half[:, 0]) * 0.6, 40, 220)) if count else 0
    placed = []
    for members in sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])):
        where = {node: k for k, node in enumerate(members)}
        links_here = sorted((where[i], where[j]) for i, j in graph.subgraph(members).edges())
        centre = _force_layout(len(members), links_here, length, LAYOUT_SEED)
        centre[:, 1] += lift[members]
        if len(members) <= SEPARATE_FULLY:
            _separate(centre, half[members], LABEL_GAP)
            for _ in range(4):
                centre = centre.mean(0) + (centre - centre.mean(0)) * 0.85
                _separate(centre, half[members], LABEL_GAP)
        else:
            boxes_area = float((4 * half[members].prod(1)).sum())
            span = np.ptp(centre, axis=0).prod() or 1.0
            centre *= max(1.0, (2.5 * boxes_area / span) ** 0.5)
            _separate(centre, half[members], LABEL_GAP, rounds=15)
        low = (centre - half[members]).min(0)
        high = (centre + half[members]).max(0)
        placed.append((members, centre - low, high - low))
    total = sum(float(size[0] + 40) * float(size[1] + 40) for *_, size in placed)
    row_width = max([total ** 0.5 * 1.1] + [float(size[0]) for *_, size in placed])
    x = y = row_height = 0.0
    position = np.zeros((count, 2))
    for members, centre, size in placed:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height + 40, 0.0
        position[members] = centre + (x, y)
        x += float(size[0]) + 40
        row_height = max(row_height, float(size[1]))
    if count:
        position[:, 1] -= lift
        position -= (position.min(0) + position.max(0)) / 2
    return [(int(round(px)), int(round(py))) for px, py in position]


def overview_nodes(nodes: list[str], degree: dict, labels: dict, centres: Iterable[str], size: int) -> list[int]:
    """Indices (into sorted nodes) of what a big graph's page draws first: the `size` most connected
    entities, ties by label, and the view's centres."""
    index = {node: i for i, node in enumerate(nodes)}
    busiest = sorted(nodes, key=lambda n: (-degree[n], labels[n], n))[:size]
    return sorted({index[n] for n in busiest} | {index[c] for c in centres if c in index})


def page_payload(network: "nx.MultiDiGraph", title: str, centres: Iterable[str] = (),
                 detail_above: int = DETAIL_GRAPH, overview_size: int = OVERVIEW_NODES) -> dict:
    """What the page's script reads: everything as plain data, ordered so that the bytes repeat.

    A graph of more than detail_above nodes also gets "overview": the nodes the page draws at first
    (overview_nodes), and only they carry a layout.
    """
    import networkx as nx

    nodes = sorted(network)
    index = {node: i for i, node in enumerate(nodes)}
    edges = sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    table = network.graph.get("evidence", {})
    cited = {iri for _, data in network.nodes(data=True) for iri in data.get("evidence", ())}
    cited |= {iri for *_, data in edges for iri in data.get("evidence", ())}
    cited &= set(table)
    ordered = sorted(cited, key=lambda iri: (table[iri][1], table[iri][2], table[iri][3], table[iri][0], iri))
    documents = sorted({(table[iri][1], table[iri][2]) for iri in ordered})
    document_index = {doc: i for i, doc in enumerate(documents)}
    evidence_index = {iri: i for i, iri in enumerate(ordered)}
    degree = dict(network.degree())
    top_degree = max(degree.values(), default=0)
    counts: dict[str, int] = {}
    node_items = []
    boxes = []
    for node in nodes:
        data = network.nodes[node]
        counts[data["cls"]] = counts.get(data["cls"], 0) + 1
        text, font = node_label(data["label"], data["en"])
        size = node_size(degree[node], top_degree)
        boxes.append(label_box(text, font, size))
        item = {"label": data["label"], "cls": data["cls"], "deg": degree[node], "iri": node, "size": size}
        if text != data["label"]:
            item["text"] = text
        if font != FONT_SIZE:
            item["font"] = font
        optional = {
            "en": data["en"], "aliases": list(data["aliases"]), "title": data["title"], "date": data["date"],
            "dateInferred": data["date_inferred"], "placeLabel": data["place_label"],
            "place": index.get(data["place"]), "amount": data["amount"], "members": data["members"],
            "status": data["status"], "curated": data["curated"],
            "ev": [evidence_index[e] for e in data["evidence"] if e in evidence_index],
        }
        item.update({key: value for key, value in optional.items() if value not in ("", [], False, None)})
        node_items.append(item)
    edge_items = []
    for source, target, _, data in edges:
        item = {"from": index[source], "to": index[target], "rel": data["relation"]}
        optional = {"status": data["status"], "curated": data["curated"],
                    "ev": [evidence_index[e] for e in data["evidence"] if e in evidence_index]}
        item.update({key: value for key, value in optional.items() if value not in ("", [], False)})
        edge_items.append(item)
    overview = None
    if len(nodes) > detail_above:
        overview = overview_nodes(nodes, degree, {n: network.nodes[n]["label"] for n in nodes}, centres, overview_size)
        local = {i: k for k, i in enumerate(overview)}
        links = [(local[item["from"]], local[item["to"]]) for item in edge_items if item["from"] in local and item["to"] in local]
        for i, (x, y) in zip(overview, layout(len(overview), links, [boxes[i] for i in overview])):
            node_items[i]["x"], node_items[i]["y"] = x, y
    elif len(nodes) <= LARGE_GRAPH:
        links = [(item["from"], item["to"]) for item in edge_items]
        for item, (x, y) in zip(node_items, layout(len(nodes), links, boxes)):
            item["x"], item["y"] = x, y
    components = sorted((len(c) for c in nx.weakly_connected_components(network)), reverse=True)
    top = sorted(nodes, key=lambda n: (-degree[n], network.nodes[n]["label"], n))[:TOP_CONNECTED]
    payload = {
        "title": title,
        "large": len(nodes) > LARGE_GRAPH,
        "overlay": len(nodes) > OVERLAY_GRAPH,
        "classes": [
            dict(zip(("name", "ko", "color", "shape", "count"), (cls, *CLASS_STYLES.get(cls, OTHER_STYLE), counts[cls])))
            for cls in sorted(counts, key=_class_order)
        ],
        "relations": RELATION_NAMES,
        "statuses": STATUS_NAMES,
        "documents": [document_title for document_title, _ in documents],
        "evidence": [[table[iri][0], document_index[(table[iri][1], table[iri][2])]] for iri in ordered],
        "nodes": node_items,
        "edges": edge_items,
        "focus": [index[c] for c in centres if c in index],
        "figures": {
            "nodes": len(nodes), "edges": len(edge_items), "components": len(components),
            "largest": components[0] if components else 0, "documents": len(documents), "evidence": len(ordered),
            "top": [[index[n], degree[n]] for n in top if degree[n] > 0],
        },
    }
    if overview is not None:
        payload["overview"] = overview
    return payload


def edge_columns(edges: list[dict]) -> dict:
    """Edges as the page carries them: columns of ends, relation and status indices, evidence and
    the curated ones, instead of an object per edge (an archive's relations in a third of the bytes)."""
    relations = sorted({edge["rel"] for edge in edges})
    statuses = [""] + sorted({edge["status"] for edge in edges if edge.get("status")})
    relation_index = {name: i for i, name in enumerate(relations)}
    status_index = {name: i for i, name in enumerate(statuses)}
    return {
        "from": [edge["from"] for edge in edges], "to": [edge["to"] for edge in edges],
        "relations": relations, "rel": [relation_index[edge["rel"]] for edge in edges],
        "statuses": statuses, "status": [status_index[edge.get("status", "")] for edge in edges],
        "ev": [edge.get("ev", []) for edge in edges],
        "curated": [k for k, edge in enumerate(edges) if edge.get("curated")],
    }


def script_json(payload: dict) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can end the element or open a tag."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def page_html(network: "nx.MultiDiGraph", title: str = "policy-kg", centres: Iterable[str] = (), **sizes) -> str:
    """The explorer page; sizes (detail_above, overview_size) go to page_payload."""
    assets = _assets()
    payload = page_payload(network, title, centres, **sizes)
    # The sentences, titles and IRIs (most of an archive's bytes) come after the scripts, so that
    # the graph is drawn before the browser has even read them; the page parses titles and IRIs
    # when idle and the sentences block by block as they are shown.
    evidence = payload.pop("evidence")
    texts = {"documents": payload.pop("documents"), "iris": [node.pop("iri") for node in payload["nodes"]]}
    payload["edges"] = edge_columns(payload["edges"])
    payload["evidenceBlock"] = EVIDENCE_BLOCK
    blocks = "".join(
        f'<script type="application/json" id="kg-evidence-{k // EVIDENCE_BLOCK}">{script_json(evidence[k:k + EVIDENCE_BLOCK])}</script>\n'
        for k in range(0, len(evidence), EVIDENCE_BLOCK)
    )
    parts = {
        "title": html.escape(title),
        "vis_css": assets["vis_css"],
        "style": assets["style"],
        "data": script_json(payload),
        "texts": script_json(texts),
        "evidence": blocks,
        "vis_js": assets["vis_js"],
        "script": assets["script"],
    }
    return re.sub(r"@@([a-z_]+)@@", lambda m: parts[m.group(1)], assets["template"])


def render_html(source: "Dataset | Graph | Path", path: Path, title: str = "policy-kg", **sizes) -> Path:
    """The whole graph as an explorer page (kg build writes it as graph.html, from graph.ttl)."""
    return atomic_write(path, page_html(explorer_network(source), title, **sizes))


def built_network(out_dir: Path) -> "nx.MultiDiGraph":
    """The explorer's network of the graph built under out_dir, read from graph.trig (the union of its graphs)."""
    from .files import graph_file, parse_problem

    path = graph_file(out_dir)
    try:
        return explorer_network(path)
    except (SyntaxError, ValueError) as exc:
        raise KgError(f"{path}: cannot read the graph ({parse_problem(exc)}); run 'kg build' to write it again") from None


def render_view(out_dir: Path, target: Path | None = None, focus: Iterable[str] = (), hops: int = 1,
                classes: Iterable[str] = (), since: str | None = None, until: str | None = None) -> ViewSummary:
    """A focused page of the built graph under out_dir (kg render)."""
    from .files import check_writable

    check_writable(target or out_dir / "view.html")
    focus, classes = tuple(focus), tuple(classes)
    network = built_network(out_dir)
    view, centres = select_view(network, focus, hops, classes, since, until)
    described = [f"{', '.join(network.nodes[c]['label'] for c in centres)} ±{hops} hop{'s' if hops != 1 else ''}"] if centres else []
    if classes:
        described.append(", ".join(sorted(resolve_classes(classes), key=_class_order)))
    if since or until:
        described.append(f"{since or '…'} – {until or '…'}")
    title = "policy-kg" + (": " + "; ".join(described) if described else "")
    path = target or out_dir / "view.html"
    atomic_write(path, page_html(view, title, centres))
    return ViewSummary(path, view.number_of_nodes(), view.number_of_edges(), tuple(network.nodes[c]["label"] for c in centres))
