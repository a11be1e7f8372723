"""Cleaning: page furniture out, articles apart, bylines and credits into metadata.

A page is read line by line. Each line first loses what the furniture table strips anywhere (photo
credits, table pipes, image markup), then its bylines (bylines.tsv: a lead byline opens the article
and stays in the text; a byline line, a byline at a line's end and a copyright notice become
metadata and leave the text), then the furniture table decides whether what is left is page
furniture, the end of an article, a related-articles box or the page's publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .errors import InputError
from .lexicon import Lexicon
from .types import Article, Byline, RawText, Span

HEADING = re.compile(r"^[■▶◆●□▣◇]\s*(?P<name>\S.{0,40})$")
SENTENCE_END = re.compile(r"(다|요|음|함|임)[.!?]?[\"'”’]?$|[.!?]$")
# A line of running prose: long enough, and closed by a sentence's full stop (a headline rarely is).
PROSE_END = re.compile(r"[.!?][\"'”’)]?$")
PROSE_MIN = 20
TITLE_MAX = 120
# A byline or copyright notice that closes a line sits in its last characters: only they are searched.
TAIL_WINDOW = 160
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u3000]+")
_CREDIT = re.compile(r"^\[\s*(?P<cue>[^\]:]+:)\s*(?P<name>[^\]]+)\]$")
_DATE = re.compile(r"(\d{4})\s*[./년-]\s*(\d{1,2})\s*[./월-]\s*(\d{1,2})")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


@dataclass
class _Line:
    """A line of article text; a lead byline's span covers its start."""

    text: str
    byline: Byline | None = None
    rest: str = ""


@dataclass
class _Meta:
    """A byline or copyright notice that left the text: kind is 'line', 'tail' or 'copyright'."""

    byline: Byline
    kind: str


@dataclass
class _Draft:
    header: list[str] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)
    byline: Byline = Byline()
    copyright: str | None = None

    def add_meta(self, meta: _Meta) -> None:
        if meta.kind == "copyright":
            self.copyright = self.copyright or meta.byline.publisher
        else:
            self.byline = _merge_byline(self.byline, meta.byline)


_END = "END"


def clean_page(raw: RawText, lexicon: Lexicon) -> list[Article]:
    """Split a page into its articles; raise InputError when none is found."""
    page_date, lines = _classify(raw.text, lexicon)
    page_date = page_date or raw.published
    drafts = _split(lines)
    articles = []
    for draft in drafts:
        article = _assemble(raw, len(articles), draft, page_date, lexicon)
        if article is not None:
            articles.append(article)
    if not articles:
        raise InputError(f"{raw.path}: no recognizable article text (only page furniture or too little text)")
    return articles


# --- lines ---------------------------------------------------------------------------------------
def _classify(text: str, lexicon: Lexicon) -> tuple[str | None, list[_Line | _Meta | str]]:
    """Each kept line as a _Line, bylines that left the text as _Meta, article ends as 'END'."""
    page_date = None
    out: list[_Line | _Meta | str] = []
    previous = None
    in_box = False
    for raw_line in text.split("\n"):
        line = _strip_furniture(_undouble(_SPACES.sub(" ", raw_line).strip()), lexicon)
        if not line:
            out.append(_Line(""))
            continue
        if line == previous:
            continue
        previous = line
        metas, lead, line, date = _bylines(line, lexicon)
        dated, line = _page_date(line, lexicon)
        page_date = page_date or date or dated
        action = _furniture_action(line, lexicon) if line else "drop"
        if action == "end":
            in_box = False
            out.append(_END)
        elif action == "related":
            in_box = True
        elif in_box and lead is None and not _is_prose(line):
            pass
        elif lead is not None:
            in_box = False
            out.append(lead)
        elif action != "drop":
            in_box = False
            out.append(_Line(line))
        out.extend(metas)
    return page_date, out


def _undouble(line: str) -> str:
    """A caption a scraper printed twice on one line ('사진 설명.사진 설명.') once."""
    half = len(line) // 2
    if half >= 10 and line[:half].strip() == line[half:].strip():
        return line[:half].strip()
    return line


def _strip_furniture(line: str, lexicon: Lexicon) -> str:
    """Photo credits, image markup and table pipes, wherever the furniture table finds them."""
    for pattern, action in lexicon.furniture:
        if action == "strip" and line:
            line = pattern.sub("", line).strip()
    return line


def _furniture_action(line: str, lexicon: Lexicon) -> str | None:
    for pattern, action in lexicon.furniture:
        if action in {"drop", "end", "related"} and pattern.fullmatch(line):
            return action
    return None


def _page_date(line: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """'입력 2024.06.03 10:12': the page's own publication date, taken out of the line."""
    for pattern, action in lexicon.furniture:
        if action != "page-date":
            continue
        match = pattern.match(line)
        if match:
            return _iso_date(match.groupdict().get("date") or match.group()), line[match.end():].strip()
    return None, line


def _iso_date(text: str | None) -> str | None:
    match = _DATE.search(text or "")
    if not match:
        return None
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN and bool(PROSE_END.search(line))


# --- bylines -------------------------------------------------------------------------------------
_PART = re.compile(r"\{([A-Z_]+)\}")
_NO_JOB = re.compile("(?!)")


@dataclass
class _BylineTable:
    lexicon: Lexicon
    patterns: list[tuple[re.Pattern[str], str]]
    job: re.Pattern[str]  # a reporter's title ending a word ('기자', '선임기자', '홍길동기자'): the part JOB


_BYLINE_TABLES: dict[int, _BylineTable] = {}


def byline_table(lexicon: Lexicon) -> _BylineTable:
    """The byline table with its {PART}s written out, compiled once per lexicon."""
    cached = _BYLINE_TABLES.get(id(lexicon))
    if cached is None or cached.lexicon is not lexicon:
        parts: dict[str, str] = {}
        patterns: list[tuple[re.Pattern[str], str]] = []
        for pattern, kind in lexicon.bylines:
            text = _PART.sub(lambda m: parts.get(m[1], m[0]), pattern.pattern)
            if kind.startswith("part:"):
                parts[kind[len("part:"):]] = text
            else:
                patterns.append((re.compile(text), kind))
        job = re.compile(f"(?:{parts['JOB']})$") if "JOB" in parts else _NO_JOB
        cached = _BylineTable(lexicon, patterns, job)
        _BYLINE_TABLES[id(lexicon)] = cached
    return cached


def _bylines(line: str, lexicon: Lexicon) -> tuple[list[_Meta], _Line | None, str, str | None]:
    """Bylines of a line: those that leave it (copyright, byline lines, a byline at its end), a lead byline."""
    metas: list[_Meta] = []
    date = None
    table = byline_table(lexicon)
    patterns = table.patterns
    for kind in ("copyright", "line", "tail"):
        for pattern, row_kind in patterns:
            if row_kind != kind or not line:
                continue
            window = max(0, len(line) - TAIL_WINDOW) if kind != "line" else 0
            match = pattern.fullmatch(line) if kind == "line" else pattern.search(line, window)
            if not match or (kind == "tail" and (match.start() == 0 or match.end() != len(line))):
                continue
            byline = _byline_of(match, table)
            if byline is None:
                continue
            metas.append(_Meta(byline, kind))
            date = date or _iso_date(match.groupdict().get("date"))
            line = line[: match.start()].strip()
            break
    lead = None
    for pattern, row_kind in patterns:
        if row_kind not in {"lead", "lead-prose"} or not line:
            continue
        match = pattern.match(line)
        if not match:
            continue
        byline = _byline_of(match, table)
        rest = line[match.end():].strip()
        if byline is None or (row_kind == "lead-prose" and not _is_prose(rest)):
            continue  # '[단독] ...' opens a headline, not an article
        head = line[: match.end()].rstrip("|｜= ").rstrip()
        lead = _Line(line, replace(byline, span=Span(0, len(head))), rest)
        date = date or _iso_date(match.groupdict().get("date"))
        break
    return metas, lead, line, date


def _byline_of(match: re.Match[str], table: _BylineTable) -> Byline | None:
    """The byline a pattern found; None when its 'names' are not people's names."""
    groups = match.groupdict()
    publisher = (groups.get("publisher") or "").strip() or None
    authors = _authors(groups.get("author") or "", table)
    if groups.get("author") and not authors:
        return None
    if not authors and publisher is None:
        return None
    return Byline(authors=authors, publisher=publisher, author_title=(groups.get("title") or "").strip() or None)


def _authors(text: str, table: _BylineTable) -> tuple[str, ...]:
    """'홍길동·김철수', '홍길동 기자, 김철수 기자': the words that are not titles or joiners, each a name.

    A name is 2-4 syllables starting with a family name (surnames.tsv); any other word spoils the list.
    """
    surnames = table.lexicon.surnames
    names: list[str] = []
    for word in _HANGUL_WORD.findall(text):
        word = table.job.sub("", word)
        if len(word) < 2:
            continue  # a joiner ('및') or a title ('기자')
        if len(word) > 4 or not (word[0] in surnames or word[:2] in surnames):
            return ()
        names.append(word)
    return tuple(dict.fromkeys(names))


def _merge_byline(first: Byline, second: Byline) -> Byline:
    return Byline(
        authors=tuple(dict.fromkeys(first.authors + second.authors)),
        publisher=first.publisher or second.publisher,
        author_title=first.author_title or second.author_title,
        span=first.span,
    )


# --- articles ------------------------------------------------------------------------------------
def _split(items: list[_Line | _Meta | str]) -> list[_Draft]:
    """Group lines into drafts.

    A lead byline opens an article (its header is the lines just before); a byline after prose signs
    the article off; an end marker closes it. A page with no lead byline is one article.
    """
    drafts: list[_Draft] = []
    pending: list[str] = []
    pending_meta: list[_Meta] = []
    current: _Draft | None = None

    def open_pending() -> _Draft:
        draft = _Draft(body=[_Line(p) for p in pending])
        for meta in pending_meta:
            draft.add_meta(meta)
        drafts.append(draft)
        pending.clear()
        pending_meta.clear()
        return draft

    for item in items:
        if item == _END:
            if current is None and any(_is_prose(p) for p in pending):
                open_pending()
            current = None
            pending.clear()
            pending_meta.clear()
        elif isinstance(item, _Meta):
            if current is None and item.kind != "copyright" and any(_is_prose(p) for p in pending):
                current = open_pending()
            if current is not None:
                current.add_meta(item)
                if item.kind != "copyright" and any(_is_prose(line.text) for line in current.body):
                    current = None  # signed off: what follows is the page's
                    pending.clear()
            elif item.kind == "copyright" and drafts:
                drafts[-1].add_meta(item)
            else:
                pending_meta.append(item)
        elif isinstance(item, _Line) and item.byline is not None:
            current = _Draft(header=[p for p in pending if p], byline=item.byline)
            for meta in pending_meta:
                current.add_meta(meta)
            current.body.append(item)
            drafts.append(current)
            pending.clear()
            pending_meta.clear()
        elif current is not None:
            current.body.append(item)
        else:
            pending.append(item.text)
    if not drafts and any(p for p in pending):
        open_pending()
    return drafts


def _assemble(raw: RawText, index: int, draft: _Draft, page_date: str | None, lexicon: Lexicon) -> Article | None:
    header = list(draft.header)
    lines = list(draft.body)
    title = None
    if header and _looks_like_title(header[0]):
        title = header.pop(0)
    elif not header:
        first = next((line for line in lines if line.text), None)
        if first is not None and first.byline is None and _looks_like_title(first.text):
            title = first.text
            lines.remove(first)
    if title is not None:
        title = _strip_title_suffix(title, lexicon)
        lines = [line for line in lines if line.text != title]
    # under the headline: a deck (more headline, left out) and photo captions (sentences: content)
    lines = lines + [_Line("")] + [_Line(text) for text in header if not _looks_like_title(text)]
    credit = None
    parts: list[str] = []
    sections: list[tuple[int, str]] = []
    offset = 0
    byline = draft.byline
    if byline.publisher is None and draft.copyright:
        byline = replace(byline, publisher=draft.copyright)
    for line in lines:
        if not line.text:
            if parts and parts[-1] != "":
                parts.append("")
                offset += 1
            continue
        credit_match = _CREDIT.match(line.text)
        if credit_match:
            credit = credit_match["name"].strip()
            continue
        texts = [line.text]
        if line.byline is not None and line.byline.span is not None:
            head = line.text[: line.byline.span.end]
            texts = [head, ""] + ([line.rest] if line.rest else [])
            byline = replace(byline, span=Span(offset, offset + len(head)))
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


def _strip_title_suffix(title: str, lexicon: Lexicon) -> str:
    """'기사 제목 - 남도일보' -> '기사 제목': the site's name after a page title."""
    for pattern, action in lexicon.furniture:
        if action == "title-suffix":
            stripped = pattern.sub("", title).strip()
            if stripped:
                title = stripped
    return title
