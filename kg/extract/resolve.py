"""Resolution: mentions of the same thing become one entity with every alias as a label."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from ..morph import has_hangul
from ..types import Entity, Mention

_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The form two names are compared in: NFKC, case-folded, no spaces or punctuation (memoized: every
    stage folds the same few hundred labels of an article again and again)."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", name).casefold())


@lru_cache(maxsize=1 << 12)
def doc_slug(article_key: str) -> str:
    return hashlib.sha1(article_key.encode("utf-8")).hexdigest()[:10]


def entity_key(mention: Mention, article_key: str) -> str:
    """Stable keys: lexicon ids and people's names are shared across articles; the rest (a surname alone
    included) are per article."""
    if mention.lexicon_id:
        prefix = "place" if mention.cls == "Place" else "org"
        return f"{prefix}/{mention.lexicon_id}"
    if mention.cls == "Person" and len(mention.name) > 1:
        return f"person/{fold(mention.name)}"
    if mention.cls == "Person":
        return f"person/{doc_slug(article_key)}/{fold(mention.name)}"
    if mention.cls in {"Group", "Event", "Meeting", "AgreementSigning", "Investment", "Announcement", "Program"}:
        return f"{_kind_prefix(mention.cls)}/{doc_slug(article_key)}/{fold(mention.name)}"
    return f"org/{fold(mention.name)}"


def _kind_prefix(cls: str) -> str:
    return {"Group": "group", "Program": "program"}.get(cls, "event")


class Resolver:
    """Keeps the entities of one article and the key each mention resolved to."""

    def __init__(self, article_key: str):
        self.article_key = article_key
        self.entities: dict[str, Entity] = {}
        self._by_label: dict[str, str] = {}

    def resolve(self, mention: Mention, fresh: bool = False, same_as: str | None = None) -> str:
        """The entity's key; with fresh, a new entity even when one of the same name exists (two events);
        with same_as, the mention is another name of that entity."""
        if mention.cls == "Person" and len(mention.name) == 1 and mention.aliases:
            mention = self._named_in_full(mention)
        key = same_as or (None if fresh else self._existing(mention))
        key = key or entity_key(mention, self.article_key)
        if fresh:
            base, number = key, 2
            while key in self.entities:
                key, number = f"{base}-{number}", number + 1
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, cls=mention.cls, name=mention.name)
            self.entities[key] = entity
        elif _more_specific(mention.cls, entity.cls) and mention.lexicon_id is None:
            entity.cls = mention.cls
        if entity.cls == "Person" and len(entity.name) == 1 and len(mention.name) > 1:
            entity.aliases.append(entity.name)
            entity.name = mention.name
        for label in dict.fromkeys((mention.name, mention.text, *mention.aliases)):
            self._label(entity, label)
        if mention.english:
            self._label(entity, mention.english, english=True)
        if mention.cls == "Person" and mention.title and not entity.title:
            entity.title = mention.title
        if mention.count is not None:
            entity.count = mention.count
        if mention.sentence not in entity.evidence:
            entity.evidence.append(mention.sentence)
        return key

    def _existing(self, mention: Mention) -> str | None:
        if mention.lexicon_id:
            return None
        if mention.cls == "Person" and len(mention.name) == 1:
            return self._by_surname(mention)
        if mention.cls == "Group" and mention.count and mention.title is None:
            same = [e for e in self.entities.values() if e.cls == "Group" and e.count == mention.count]
            if same:
                return same[-1].key
        for label in (mention.name, mention.english or ""):
            key = self._by_label.get(fold(label)) if label else None
            if key is not None and _compatible(self.entities[key].cls, mention.cls):
                return key
        return self._surname_before(mention) if mention.cls == "Person" else None

    def _by_surname(self, mention: Mention) -> str | None:
        """'박 차관' after '박다라 제2차관': a surname with a title is the person named before, the one with
        the same title first."""
        named = self._named(mention.name)
        same_title = [e for e in named if _same_post(e.title, mention.title)]
        chosen = (same_title or named or [None])[-1]
        return chosen.key if chosen is not None else None

    def _named(self, surname: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.cls == "Person" and len(e.name) > 1 and e.name[0] == surname]

    def _named_in_full(self, mention: Mention) -> Mention:
        """'한 청장' after '한누리 신임 ...': a surname whose aliases are the full names written before it in the
        article is the latest of them that holds no other post, unless a person named before holds that title."""
        alone = replace(mention, aliases=())
        if any(_same_post(e.title, mention.title) for e in self._named(mention.name)):
            return alone
        for full in reversed(mention.aliases):
            if len(full) < 2 or full[0] != mention.name:
                continue
            key = self._by_label.get(fold(full))
            entity = self.entities.get(key) if key else None
            if entity is None or entity.cls == "Person" and (not entity.title or _same_post(entity.title, mention.title)):
                return replace(alone, name=full)
        return alone

    def _surname_before(self, mention: Mention) -> str | None:
        """'김 지사' before '김가나 지사': the surname with the same title, named in full later, is that person."""
        for entity in self.entities.values():
            if entity.cls == "Person" and entity.name == mention.name[0] and mention.title and entity.title == mention.title:
                return entity.key
        return None

    def _label(self, entity: Entity, label: str, english: bool = False) -> None:
        label = label.strip()
        if not label:
            return
        folded = fold(label)
        self._by_label.setdefault(folded, entity.key)
        if label == entity.name:
            return
        target = entity.labels_en if english or not has_hangul(label) else entity.aliases
        if label not in target and label not in entity.labels_en and label not in entity.aliases:
            target.append(label)


_ORG = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}
_EVENT = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}


def _same_post(held: str | None, written: str | None) -> bool:
    """'제2차관' and '차관', '도지사' and '지사': one title ends the other."""
    return bool(held and written and (held.endswith(written) or written.endswith(held)))


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in _ORG and b in _ORG) or (a in _EVENT and b in _EVENT)


def _more_specific(new: str, old: str) -> bool:
    return old in {"Organization", "Event"} and new != old and _compatible(new, old)
