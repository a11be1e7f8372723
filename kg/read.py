"""Read an article file: size and type checks, encoding detection, HTML to text."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .types import RawText

MAX_BYTES = 10 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".text", ".md"}
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer")
_LEGACY_KOREAN = ("cp949", "euc_kr")
_UNICODE_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                 (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Characters that print as nothing: zero-width space, non-joiner and joiner, word joiner, byte-order mark,
# left-to-right and right-to-left marks, embeddings, overrides and isolates, soft hyphen, invisible operators, tags.
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                       "\U000e0000-\U000e007f]")


def find_articles(paths: list[Path]) -> list[Path]:
    """Expand folders into the article files they hold, sorted for stable output."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            found.append(path)
    return found


def read_article_file(path: Path) -> RawText:
    """Return the file's text, or raise InputError saying why it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is {size / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MiB limit for one article page")
        data = path.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an article file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    bom = _unicode_bom(data)
    if bom is None and _looks_binary(data):
        raise InputError(f"{path}: binary file, not text or HTML")
    text, encoding = decode_bytes(data, path)
    if _HTML_START.match(text[:2048].encode("utf-8", "replace")) or text.lstrip().lower().startswith("<!doctype"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        published = html_published(soup)
        return RawText(path, remove_invisible(soup_to_text(soup)), encoding, was_html=True, published=published)
    return RawText(path, remove_invisible(text.replace("\r\n", "\n").replace("\r", "\n")), encoding)


def remove_invisible(text: str) -> str:
    """Invisible characters out before anything else: they split words for the tokenizer and would stay in evidence."""
    return INVISIBLE.sub("", text)


def _unicode_bom(data: bytes) -> str | None:
    """The encoding a byte-order mark announces (UTF-32 before UTF-16: their marks share a prefix)."""
    return next((encoding for bom, encoding in _UNICODE_BOMS if data.startswith(bom)), None)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """A byte-order mark first, then UTF-8, then the legacy Korean code pages, then a detector's guess."""
    bom = _unicode_bom(data)
    if bom is not None:
        return data.decode(bom, errors="replace").lstrip("\ufeff"), bom
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _LEGACY_KOREAN:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{path}: cannot detect the text encoding (not UTF-8, CP949 or EUC-KR)")
    return str(best), best.encoding


# Where pages state their publication date for machines: Open Graph / schema.org / common meta names.
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "date", "dc.date.issued", "dcterms.created")
_ISO_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def html_published(soup) -> str | None:
    """The publication date a page gives in its meta tags or a <time pubdate>, as YYYY-MM-DD."""
    for meta in soup.find_all("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if name in _PUBLISHED_META and (match := _ISO_DATE.match((meta.get("content") or "").strip())):
            return f"{match[1]}-{match[2]}-{match[3]}"
    for tag in soup.find_all("time"):
        if (tag.has_attr("pubdate") or (tag.get("itemprop") or "").lower() == "datepublished") and (
                match := _ISO_DATE.match((tag.get("datetime") or "").strip())):
            return f"{match[1]}-{match[2]}-{match[3]}"
    return None


def html_to_text(html: str) -> str:
    """Visible text of a page, one block per line; scripts, styles and menus dropped."""
    from bs4 import BeautifulSoup

    return soup_to_text(BeautifulSoup(html, "html.parser"))


def soup_to_text(soup) -> str:
    """A parsed page's visible text, one block per line."""
    for tag in soup(["script", "style", "noscript", "nav", "iframe", "svg", "form", "template"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().splitlines())
    return "\n".join(lines)
