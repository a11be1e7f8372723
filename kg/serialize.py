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
    out.write(prologue())
    out.write("\n")
    _write_joined(out.write, lines, style or TermStyle())


def _write_joined(write, lines: Iterable[str], style: TermStyle) -> None:
    """Subject blocks of joined triples, separated by a blank line (graph.ttl's body)."""
    seen = style._seen
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

    def add(self, lines: Iterable[str]) -> list[str]:
        """Add triples; returns those not added before (since the last spill)."""
        pending = self.pending
        new = [line for line in lines if line not in pending]
        pending.update(new)
        if len(pending) >= self.limit:
            self._spill()
        return new

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


_EXPANSIONS = {name: str(ns) for name, ns in PREFIXES.items()}
_NUMBER = re.compile(r"[+-]?\d*\.?\d+\Z")


def unstyle(term: str) -> str:
    """The N-Triples term a TermStyle wrote as `term` (its inverse: prefixed names, bare numbers and booleans expanded)."""
    first = term[0]
    if first == "<":
        return term
    if first == '"':
        end = term.rfind('"')
        tail = term[end + 1:]
        if tail.startswith("^^") and not tail.startswith("^^<"):
            return term[: end + 1] + "^^" + unstyle(tail[2:])
        return term
    if _NUMBER.match(term):
        return f'"{term}"^^<{XSD}{"decimal" if "." in term else "integer"}>'
    if term in ("true", "false"):
        return f'"{term}"^^<{XSD}boolean>'
    name, colon, local = term.partition(":")
    if colon and name in _EXPANSIONS:
        return f"<{_EXPANSIONS[name]}{local}>"
    return term


def block_lines(text: str, indent: str = "") -> list[str]:
    """The joined triples of subject blocks as _write_sorted or write_turtle_joined wrote them (one term per line end)."""
    lines = []
    subject = predicate = None
    cut = len(indent)
    for line in text.split("\n"):
        if not line or line.startswith("@prefix"):
            continue
        body = line[cut:]
        body = body[:-1] if body.endswith(",") else body[:-2]
        if body.startswith("        "):
            obj = body[8:]
        elif body.startswith("    "):
            word, obj = body[4:].split(" ", 1)
            predicate = "0" + RDF_TYPE if word == "a" else "1" + unstyle(word)
        else:
            head, word, obj = body.split(" ", 2)
            subject = unstyle(head)
            predicate = "0" + RDF_TYPE if word == "a" else "1" + unstyle(word)
        lines.append(f"{subject}\0{predicate}\0{unstyle(obj)}")
    return lines


def patch_turtle(old_path, new_path, removed: set[str], added: set[str], style: TermStyle) -> int:
    """graph.ttl rewritten with `removed` joined triples taken out of the union and `added` ones put in.

    Only the subject blocks these triples touch are read and written again; the rest is copied
    as bytes. Blocks are found by binary search over the file: a block starts after a blank line
    (terms never hold a raw line break), and blocks are in subject order. Returns the change in
    the number of triples. The bytes are those write_turtle_joined gives for the new union.
    """
    import mmap

    by_subject: dict[str, tuple[set, set]] = {}
    for line in removed:
        by_subject.setdefault(line.split("\0", 1)[0], (set(), set()))[0].add(line)
    for line in added:
        by_subject.setdefault(line.split("\0", 1)[0], (set(), set()))[1].add(line)
    delta = 0
    with open(old_path, "rb") as source, open(new_path, "wb") as target:
        data = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) if source.seek(0, 2) else b""
        size = len(data)
        boundary = data.find(b"\n\n")
        first = size if boundary < 0 else boundary + 2
        target.write(data[:first] if boundary >= 0 else (prologue() + "\n").encode("utf-8"))

        def next_start(position: int) -> int:
            if position <= first:
                return first
            found = data.find(b"\n\n", position - 2)
            return size if found < 0 else found + 2

        def subject_at(start: int) -> str:
            return unstyle(data[start:data.find(b" ", start)].decode("utf-8"))

        cursor = first
        wrote = False
        for subject in sorted(by_subject):
            low, high = cursor, size
            while low < high:
                middle = (low + high) // 2
                start = next_start(middle)
                if start >= size or subject_at(start) >= subject:
                    high = middle
                else:
                    low = middle + 1
            start = next_start(low)
            end = start
            old_lines: list[str] = []
            if start < size and subject_at(start) == subject:
                end = next_start(start + 1)
                old_lines = block_lines(data[start:end].decode("utf-8"))
            if start > cursor:
                target.write(data[cursor:start])
                if start >= size:
                    target.write(b"\n")
                wrote = True
            gone, new = by_subject[subject]
            lines = sorted((set(old_lines) - gone) | new)
            delta += len(lines) - len(old_lines)
            if lines:
                block: list[str] = []
                _write_joined(block.append, lines, style)
                target.write(("".join(block) + "\n").encode("utf-8"))
                wrote = True
            cursor = end
        if cursor < size:
            target.write(data[cursor:size])
            target.write(b"\n")
            wrote = True
        if wrote:
            target.truncate(target.tell() - 1)
        if isinstance(data, mmap.mmap):
            data.close()
    return delta
