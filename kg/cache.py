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
FORMAT = b"kg-article-cache-1"

# Modules that only use extraction results: changing them keeps the cache valid.
DOWNSTREAM = {
    "cache.py", "cli.py", "evaluate.py", "export.py", "files.py", "graph.py", "parallel.py", "pipeline.py",
    "progress.py", "query.py", "render.py", "serialize.py", "server.py", "show.py", "store.py", "validate.py",
    "curation.py", "crosslink.py",
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


def entry_key(version: str, path: Path, data: bytes) -> str:
    digest = hashlib.sha256(version.encode())
    digest.update(b"\0" + str(path).encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


class ArticleCache:
    """Pickled per-file results under OUT/.cache/articles/; entries not used by a build are pruned."""

    def __init__(self, out_dir: Path, enabled: bool = True):
        self.folder = out_dir / CACHE_DIR / "articles"
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        if not self.enabled:
            return None
        try:
            data = self.path(key).read_bytes()
            value = pickle.loads(data)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return value

    def put(self, key: str, value) -> None:
        if self.enabled:
            write_entry(self.path(key), value)

    def prune(self, keep: set[str]) -> int:
        """Remove entries of files that are gone or changed, so the cache does not grow for ever."""
        removed = 0
        if not self.folder.is_dir():
            return removed
        for sub in self.folder.iterdir():
            for entry in sub.glob("*.pickle") if sub.is_dir() else ():
                if entry.stem not in keep:
                    entry.unlink(missing_ok=True)
                    removed += 1
        return removed


def write_entry(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
