"""Deterministic Turtle and TriG from N-Triples terms, written as they come.

Subjects, predicates and objects are sorted by their N-Triples text, named graphs by IRI, so the
same triples give the same bytes whatever the hash seed or the order the documents were read
in. Prefixed names are used where a local name is plainly safe; anything else stays a full IRI.
"""

from __future__ import annotations

import re
from typing import IO, Iterable

from .namespaces import PREFIXES

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD = "http://www.w3.org/2001/XMLSchema#"
_SAFE_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_NAMESPACES = sorted(((str(ns), name) for name, ns in PREFIXES.items()), key=lambda item: -len(item[0]))
_INTEGER = re.compile(r'"([+-]?\d+)"\^\^<' + re.escape(XSD) + r"integer>\Z")
_DECIMAL = re.compile(r'"([+-]?\d*\.\d+)"\^\^<' + re.escape(XSD) + r"decimal>\Z")
_BOOLEAN = re.compile(r'"(true|false)"\^\^<' + re.escape(XSD) + r"boolean>\Z")
_DATATYPED = re.compile(r'^(".*")\^\^<([^>]*)>\Z', re.S)

Triple = tuple[str, str, str]


def prologue() -> str:
    return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in sorted(PREFIXES.items()))


class TermStyle:
    """N-Triples terms as Turtle: prefixed names, `a`, bare numbers and booleans; remembered per term."""

    def __init__(self):
        self._seen: dict[str, str] = {}

    def __call__(self, term: str) -> str:
        found = self._seen.get(term)
        if found is None:
            found = self._seen[term] = self._style(term)
            if len(self._seen) > 200_000:
                self._seen.clear()
        return found

    @staticmethod
    def _style(term: str) -> str:
        if term.startswith("<"):
            return _prefixed(term[1:-1]) or term
        if term.endswith(">") and "^^<" in term:
            for pattern in (_INTEGER, _DECIMAL, _BOOLEAN):
                found = pattern.match(term)
                if found:
                    return found.group(1)
            found = _DATATYPED.match(term)
            if found:
                short = _prefixed(found.group(2))
                if short:
                    return f"{found.group(1)}^^{short}"
        return term


def _prefixed(value: str) -> str | None:
    for namespace, name in _NAMESPACES:
        if value.startswith(namespace):
            local = value[len(namespace):]
            if _SAFE_LOCAL.match(local):
                return f"{name}:{local}"
            return None
    return None


def _predicate_key(predicate: str) -> tuple[int, str]:
    return (0 if predicate == RDF_TYPE else 1, predicate)


def write_block(out: IO[str], triples: Iterable[Triple], style: TermStyle, indent: str = "") -> None:
    """Sorted triples as subject blocks: `s p o1, o2 ;\n    p2 o3 .`"""
    ordered = sorted(triples, key=lambda t: (t[0], _predicate_key(t[1]), t[2]))
    _write_sorted(out, ordered, style, indent)


def _write_sorted(out: IO[str], ordered: Iterable[Triple], style: TermStyle, indent: str) -> None:
    subject = predicate = None
    first = True
    for s, p, o in ordered:
        if s != subject:
            if subject is not None:
                out.write(" .\n")
            out.write(("" if first else "\n") + indent + style(s) + " " + ("a" if p == RDF_TYPE else style(p)) + " " + style(o))
            subject, predicate, first = s, p, False
        elif p != predicate:
            out.write(" ;\n" + indent + "    " + ("a" if p == RDF_TYPE else style(p)) + " " + style(o))
            predicate = p
        else:
            out.write(",\n" + indent + "        " + style(o))
    if subject is not None:
        out.write(" .\n")


def write_turtle_sorted(out: IO[str], ordered: Iterable[Triple], style: TermStyle | None = None) -> None:
    """graph.ttl from triples already in (subject, predicate key, object) order and without repeats."""
    out.write(prologue())
    out.write("\n")
    _write_sorted(out, ordered, style or TermStyle(), "")


def sort_key(triple: Triple) -> tuple:
    return (triple[0], _predicate_key(triple[1]), triple[2])


def joined(triple: Triple) -> str:
    """A triple as one string whose plain order is graph.ttl's order (sort_key): terms never hold NUL."""
    s, p, o = triple
    return f"{s}\0{'0' if p == RDF_TYPE else '1'}{p}\0{o}"


def unjoined(line: str) -> Triple:
    s, p, o = line.split("\0")
    return s, p[1:], o


def write_turtle_joined(out: IO[str], lines: Iterable[str], style: TermStyle | None = None) -> None:
    """graph.ttl from joined triples in order and without repeats: one string split per triple, styles remembered."""
    style = style or TermStyle()
    seen = style._seen
    out.write(prologue())
    out.write("\n")
    write = out.write
    subject = predicate = None
    first = True
    for line in lines:
        s, p, o = line.split("\0")
        so = seen.get(o) or style(o)
        if s != subject:
            if subject is not None:
                write(" .\n")
            pp = "a" if p[0] == "0" else (seen.get(p[1:]) or style(p[1:]))
            write(("" if first else "\n") + (seen.get(s) or style(s)) + " " + pp + " " + so)
            subject, predicate, first = s, p, False
        elif p != predicate:
            pp = "a" if p[0] == "0" else (seen.get(p[1:]) or style(p[1:]))
            write(" ;\n    " + pp + " " + so)
            predicate = p
        else:
            write(",\n        " + so)
    if subject is not None:
        write(" .\n")


def write_trig_graph(out: IO[str], graph: str, triples: Iterable[Triple], style: TermStyle, presorted: bool = False) -> None:
    """One named graph of graph.trig; call in IRI order after writing prologue()."""
    out.write("\n" + style(graph) + " {\n")
    if presorted:
        _write_sorted(out, triples, style, "    ")
    else:
        write_block(out, triples, style, "    ")
    out.write("}\n")


__all__ = ["TermStyle", "prologue", "sort_key", "write_block", "write_trig_graph", "write_turtle_sorted"]


class SortedUnion:
    """The union of many documents' triples (joined strings), without repeats, in graph.ttl order, in bounded memory.

    Triples gather in a set; past `limit` they are sorted and spilled to a run file in `folder`,
    and iteration merges the runs (heapq.merge), dropping repeats as they meet.
    """

    def __init__(self, folder, limit: int = 400_000):
        from pathlib import Path

        self.folder = Path(folder)
        self.limit = limit
        self.pending: set[str] = set()
        self.runs: list = []
        self.count = 0

    def add(self, lines: Iterable[str]) -> None:
        self.pending.update(lines)
        if len(self.pending) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"union-run-{len(self.runs):05d}.txt"
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(line + "\n" for line in sorted(self.pending))
        self.runs.append(path)
        self.pending = set()

    def __iter__(self):
        if not self.runs:
            ordered = sorted(self.pending)
            self.count = len(ordered)
            yield from ordered
            return
        import heapq

        if self.pending:
            self._spill()
        self.count = 0
        last = None
        for line in heapq.merge(*(_read_run(path) for path in self.runs)):
            if line != last:
                self.count += 1
                yield line
                last = line

    def close(self) -> None:
        for path in self.runs:
            path.unlink(missing_ok=True)


def _read_run(path):
    with open(path, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-1]
