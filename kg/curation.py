"""Curation: an analyst's corrections (aliases, types, added and rejected facts), applied after extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import CurationError
from .extract.resolve import fold
from .types import ArticleGraph, Entity, Relation

CLASSES = {
    "Person", "Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet",
    "Group", "Place", "Event", "Meeting", "AgreementSigning", "Investment", "Announcement", "Program",
}
RELATIONS = {
    "attended", "organized", "signedMOUWith", "invested", "cooperatedWith", "affiliatedWith", "memberOf",
    "heldIn", "locatedIn", "partOf", "plans", "approved", "party", "investor", "investee",
}
MAX_DEPTH = 20
SECTIONS = {"aliases": ("entity", "alias"), "retype": ("entity", "class"), "add": ("subject", "relation", "object"), "reject": ("subject", "relation", "object")}


@dataclass(frozen=True)
class Entry:
    section: str
    fields: dict
    where: str


@dataclass
class Curation:
    entries: list[Entry] = field(default_factory=list)
    source_name: str | None = None

    @classmethod
    def empty(cls) -> Curation:
        return cls()

    def apply(self, results: list[ArticleGraph]) -> list[str]:
        """Apply every entry; return one warning for each entry that matched nothing."""
        warnings = []
        for entry in self.entries:
            applied = False
            for result in results:
                document = entry.fields.get("document")
                if document and document not in (result.article.source.name, result.article.key):
                    continue
                applied |= _apply(entry, result)
            if not applied:
                warnings.append(f"{entry.where}: curation entry matches nothing in the built graph: {entry.section} {entry.fields}")
        return warnings


def load_curation(path: Path) -> Curation:
    """A YAML file, or every .yaml file of a folder; a malformed one raises CurationError.

    Everything is checked here, so a caller that loads curation before extracting reports a bad
    file at once rather than after the whole extraction.
    """
    if not path.exists():
        raise CurationError(f"{path}: no such curation file or folder")
    files = sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")) if path.is_dir() else [path]
    curation = Curation(source_name=path.name)
    for file in files:
        curation.entries.extend(_read(file))
    return curation


class _CurationLoader(yaml.SafeLoader):
    """Safe YAML that refuses duplicate keys and nesting deeper than a curation file needs.

    PyYAML composes nodes recursively, so a list nested a thousand deep ends in a RecursionError;
    counting depth here turns it into a one-line error long before.
    """

    depth = 0

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise CurationError(f"line {mark.line + 1}: nested more than {MAX_DEPTH} levels deep; a curation file needs at most 4")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                if key in seen:
                    raise CurationError(f"line {line}: duplicate key {key!r} (first on line {seen[key]})")
                seen[key] = line
            except TypeError:
                continue
        return super().construct_mapping(node, deep=deep)


def _read(path: Path) -> list[Entry]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_CurationLoader)  # noqa: S506 - a SafeLoader subclass
    except OSError as exc:
        raise CurationError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except CurationError as exc:
        raise CurationError(f"{path}: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        where = f"line {exc.problem_mark.line + 1}, column {exc.problem_mark.column + 1}: " if exc.problem_mark else ""
        raise CurationError(f"{path}: not valid YAML ({where}{exc.problem or exc.context})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CurationError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if data is None:
        return []
    if not isinstance(data, dict):
        raise CurationError(f"{path}: expected a mapping with sections {', '.join(SECTIONS)}")
    entries = []
    for section, items in data.items():
        if section not in SECTIONS:
            raise CurationError(f"{path}: unknown section {section!r} (one of: {', '.join(SECTIONS)})")
        if not isinstance(items, list):
            raise CurationError(f"{path}: section {section!r} must be a list")
        for number, item in enumerate(items, 1):
            where = f"{path}: {section}[{number}]"
            if not isinstance(item, dict) or any(not isinstance(item.get(k), str) or not item.get(k) for k in SECTIONS[section]):
                raise CurationError(f"{where}: needs {', '.join(SECTIONS[section])} as text")
            if section == "retype" and item["class"] not in CLASSES:
                raise CurationError(f"{where}: unknown class {item['class']!r}")
            if section in {"add", "reject"} and item["relation"] not in RELATIONS:
                raise CurationError(f"{where}: unknown relation {item['relation']!r}")
            entries.append(Entry(section, dict(item), where))
    return entries


def _find(result: ArticleGraph, name: str) -> Entity | None:
    target = fold(name)
    for entity in result.entities.values():
        if target in {fold(label) for label in (entity.name, *entity.aliases, *entity.labels_en)}:
            return entity
    return None


def _apply(entry: Entry, result: ArticleGraph) -> bool:
    f = entry.fields
    if entry.section in {"aliases", "retype"}:
        entity = _find(result, f["entity"])
        if entity is None:
            return False
        if entry.section == "aliases":
            if f["alias"] not in entity.aliases:
                entity.aliases.append(f["alias"])
        else:
            entity.cls = f["class"]
        entity.curated = True
        return True
    subject, obj = _find(result, f["subject"]), _find(result, f["object"])
    if subject is None or obj is None:
        return False
    if entry.section == "add":
        result.relations.append(Relation(subject.key, f["relation"], obj.key, (), curated=True))
        return True
    before = len(result.relations)
    result.relations[:] = [
        r for r in result.relations if not (r.predicate == f["relation"] and {r.subject, r.object} == {subject.key, obj.key})
    ]
    return len(result.relations) < before
