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
    if _looks_binary(data):
        raise InputError(f"{path}: binary file, not text or HTML")
    text, encoding = decode_bytes(data, path)
    if _HTML_START.match(data[:2048]) or text.lstrip().lower().startswith("<!doctype"):
        return RawText(path, html_to_text(text), encoding, was_html=True)
    return RawText(path, text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 first, then the legacy Korean code pages, then a detector's guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
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


def html_to_text(html: str) -> str:
    """Visible text of a page, one block per line; scripts, styles and menus dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "iframe", "svg", "form", "template"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().splitlines())
    return "\n".join(lines)
