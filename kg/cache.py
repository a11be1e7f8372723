"""Per-file extraction cache: a rebuild re-reads only the files whose bytes or extractor changed.

An entry is keyed by the SHA-256 of the extractor's version, the file's path as given and the
file's bytes. The extractor's version hashes the package's sources that shape extraction (every
module but the ones that only write, serve or score the graph), Kiwi's version and the contents
of every lexicon folder in use, so a change to any of them misses the whole cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

CACHE_DIR = ".cache"
FORMAT = b"kg-article-cache-3"  # change when an entry's layout changes

# Modules that neither extract nor render a cached entry: changing them keeps the cache valid.
DOWNSTREAM = {
    "cli.py", "crosslink.py", "curation.py", "distributed.py", "evaluate.py", "export.py", "files.py", "pipeline.py",
    "progress.py", "query.py", "render.py", "server.py", "show.py", "store.py", "validate.py",
}


@lru_cache(maxsize=1)
def _code_version() -> str:
    digest = hashlib.sha256(FORMAT)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        if path.parent == package and path.name in DOWNSTREAM:
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        from importlib.metadata import version

        digest.update(version("kiwipiepy").encode())
    except Exception:  # noqa: BLE001 - an unknown version still hashes the code
        pass
    return digest.hexdigest()


def extractor_version(lexicon_files: list[Path]) -> str:
    """Changes when the extraction code, Kiwi or any lexicon file in use changes."""
    digest = hashlib.sha256(_code_version().encode())
    for path in lexicon_files:
        digest.update(str(path.name).encode() + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


def entry_key(version: str, path: Path, data: bytes, naming: tuple = ()) -> str:
    """The entry of a file: extractor version, path as given, how its documents are named, bytes."""
    digest = hashlib.sha256(version.encode())
    digest.update(b"\0" + str(path).encode("utf-8", "surrogateescape") + b"\0")
    digest.update(repr(naming).encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def entry_path(folder: Path, key: str) -> Path:
    return Path(folder) / key[:2] / f"{key}.pickle"


def write_entry(path: Path, value) -> None:
    """An entry is two pickles in one file: the compact index, then the full results; written atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in value:
                pickle.dump(part, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_READ_ERRORS = (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError)


def read_index(folder: Path, key: str):
    """The compact index of an entry (the first pickle only), or None when there is no usable entry."""
    try:
        with open(entry_path(folder, key), "rb") as handle:
            return pickle.load(handle)
    except _READ_ERRORS:
        return None


def read_entry(folder: Path, key: str):
    """The full results of an entry (the second pickle), or None."""
    try:
        with open(entry_path(folder, key), "rb") as handle:
            pickle.load(handle)
            return pickle.load(handle)
    except _READ_ERRORS:
        return None


def prune(folder: Path, keep: set[str]) -> int:
    """Remove entries of files that are gone or changed, so the cache does not grow for ever."""
    removed = 0
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for sub in folder.iterdir():
        for entry in sub.glob("*") if sub.is_dir() else ():
            if entry.name.endswith(".pickle") and entry.stem in keep:
                continue
            entry.unlink(missing_ok=True)
            removed += 1
    return removed
