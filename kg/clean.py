"""Cleaning: page furniture out, articles apart, bylines and credits into metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import InputError
from .lexicon import Lexicon
from .types import Article, Byline, RawText, Span

HEADING = re.compile(r"^[■▶◆●□▣◇]\s*(?P<name>\S.{0,40})$")
SENTENCE_END = re.compile(r"(다|요|음|함|임)[.!?]?[\"'”’]?$|[.!?]$")
TITLE_MAX = 120
_CREDIT = re.compile(r"^\[\s*(?P<cue>[^\]:]+:)\s*(?P<name>[^\]]+)\]$")


@dataclass
class _Line:
    text: str
    byline: Byline | None = None
    rest: str = ""


@dataclass
class _Draft:
    header: list[str] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)
    byline: Byline = Byline()
    credit: str | None = None
    closed: bool = False


def clean_page(raw: RawText, lexicon: Lexicon) -> list[Article]:
    """Split a page into its articles; raise InputError when none is found."""
    page_date, lines = _classify(raw.text, lexicon)
    drafts = _split(lines)
    articles = []
    for draft in drafts:
        article = _assemble(raw, len(articles), draft, page_date)
        if article is not None:
            articles.append(article)
    if not articles:
        raise InputError(f"{raw.path}: no recognizable article text (only page furniture or too little text)")
    return articles


def _classify(text: str, lexicon: Lexicon) -> tuple[str | None, list[_Line | str]]:
    """Each kept line as a _Line; article boundaries as the marker string 'END'."""
    page_date = None
    out: list[_Line | str] = []
    for raw_line in text.split("\n"):
        line = re.sub(r"[\u00a0\u2002\u2003\u3000]", " ", raw_line).strip().lstrip("\ufeff")
        if not line:
            out.append(_Line(""))
            continue
        line = _strip_credits(line, lexicon)
        if not line:
            continue
        action = _furniture_action(line, lexicon)
        if action == "page-date":
            page_date = page_date or _page_date(line)
            continue
        if action == "end":
            out.append("END")
            continue
        byline, rest = _byline(line, lexicon)
        if byline is not None and byline.span is None:
            out.append(_Line("", byline=byline))
            continue
        if action == "drop":
            continue
        out.append(_Line(line, byline, rest))
    return page_date, out


def _strip_credits(line: str, lexicon: Lexicon) -> str:
    """Photo credits and source notes at a line's end ('... 악수하고 있다. /뉴스1')."""
    for pattern, action in lexicon.furniture:
        if action == "strip":
            line = pattern.sub("", line).rstrip()
    return line


def _furniture_action(line: str, lexicon: Lexicon) -> str | None:
    for pattern, action in lexicon.furniture:
        if action != "strip" and pattern.fullmatch(line):
            return action
    return None


def _page_date(line: str) -> str | None:
    match = re.search(r"(\d{4})\.(\d{2})\.(\d{2})", line)
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None


def _byline(line: str, lexicon: Lexicon) -> tuple[Byline | None, str]:
    """A lead byline keeps a span (it stays in the text); a tail byline has none."""
    for pattern, kind in lexicon.bylines:
        match = pattern.match(line)
        if not match:
            continue
        groups = match.groupdict()
        byline = Byline(
            author=(groups.get("author") or "").strip() or None,
            publisher=(groups.get("publisher") or "").strip() or None,
            author_title=(groups.get("title") or "").strip() or None,
        )
        if kind == "lead":
            head = line[: match.end()].rstrip("|｜ ").rstrip()
            return Byline(byline.author, byline.publisher, byline.author_title, Span(0, len(head))), line[match.end():].strip()
        return byline, ""
    return None, ""


def _split(lines: list[_Line | str]) -> list[_Draft]:
    """Group lines into drafts: a lead byline opens an article, its header is the lines just before."""
    drafts: list[_Draft] = []
    pending: list[str] = []
    current: _Draft | None = None
    for item in lines:
        if item == "END":
            if current is not None:
                current.closed = True
            current = None
            pending = []
            continue
        assert isinstance(item, _Line)
        if item.byline is not None and item.byline.span is not None:
            current = _Draft(header=[p for p in pending if p], byline=item.byline)
            current.body.append(item)
            drafts.append(current)
            pending = []
        elif item.byline is not None:
            target = current or (drafts[-1] if drafts else None)
            if target is None:
                target = _Draft()
                target.body = [_Line(p) for p in pending]
                drafts.append(target)
                pending = []
                current = target
            target.byline = _merge_byline(target.byline, item.byline)
        elif current is not None:
            current.body.append(item)
        else:
            pending.append(item.text)
    if not drafts:
        texts = [p for p in pending if p]
        if texts:
            draft = _Draft()
            draft.body = [_Line(p) for p in pending]
            drafts.append(draft)
    return drafts


def _merge_byline(first: Byline, second: Byline) -> Byline:
    return Byline(
        author=first.author or second.author,
        publisher=first.publisher or second.publisher,
        author_title=first.author_title or second.author_title,
        span=first.span,
    )


def _assemble(raw: RawText, index: int, draft: _Draft, page_date: str | None) -> Article | None:
    lines = list(draft.body)
    title = draft.header[0] if draft.header else None
    if title is None:
        first = next((line for line in lines if line.text), None)
        if first is not None and first.byline is None and _looks_like_title(first.text):
            title = first.text
            lines.remove(first)
    credit = None
    parts: list[str] = []
    sections: list[tuple[int, str]] = []
    offset = 0
    byline = draft.byline
    for line in lines:
        if not line.text:
            if parts and parts[-1] != "":
                parts.append("")
            continue
        credit_match = _CREDIT.match(line.text)
        if credit_match:
            credit = credit_match["name"].strip()
            continue
        texts = [line.text]
        if line.byline is not None and line.byline.span is not None:
            head = line.text[: line.byline.span.end]
            texts = [head, ""] + ([line.rest] if line.rest else [])
            byline = Byline(byline.author, byline.publisher, byline.author_title, Span(offset, offset + len(head)))
        for text in texts:
            heading = HEADING.match(text)
            if heading:
                sections.append((offset, heading["name"].strip()))
            parts.append(text)
            offset += len(text) + 1
    body = "\n".join(parts).strip("\n")
    if len(body.replace("\n", "").strip()) < 20:
        return None
    return Article(
        source=raw.path,
        index=index,
        title=title,
        text=body,
        byline=byline,
        source_credit=credit,
        page_date=page_date,
        sections=tuple(sections),
    )


def _looks_like_title(line: str) -> bool:
    return len(line) <= TITLE_MAX and not SENTENCE_END.search(line)
