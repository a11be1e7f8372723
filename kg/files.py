"""Safe output: a build's files appear together or not at all.

A build writes everything (graph.ttl, graph.trig, graph.html, store/) into a staging folder
`OUT/.build-ID/`, then commits: it records the list of moves in `OUT/.build-commit.json`, makes
the moves, and removes the record. Two locks guard this:

- `OUT/.build.lock` is held for the whole build, so a second build into the same folder is
  refused at once (BuildBusyError, exit code 75) instead of mixing its files with the first's.
- `OUT/.commit.lock` is held exclusively while the moves are made; readers take it shared for the
  moment they look, so they never see half a commit. A commit record left by a killed build is
  finished (rolled forward) by the next reader or build, and the next build removes what killed
  builds left behind (.build-*, .store-new-*, .store-old-*, .*.tmp).
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

from .errors import GraphNotFoundError, KgError

BUILD_LOCK = ".build.lock"
COMMIT_LOCK = ".commit.lock"
COMMIT_RECORD = ".build-commit.json"
STAGING_PREFIX = ".build-"
LEFTOVER_PREFIXES = (STAGING_PREFIX, ".store-new-", ".store-old-", ".retired-")
BUSY_EXIT_CODE = 75  # EX_TEMPFAIL: try again when the other build has ended


class BuildBusyError(KgError):
    """Another build holds the output folder."""


def check_writable(path: Path, *, folder: bool = False) -> None:
    """Refuse an output path that cannot be written before the work that fills it, not after."""
    parent = path if folder else path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if folder and path.exists() and not path.is_dir():
        raise KgError(f"{path}: is a file, not a folder; give a folder for the outputs")
    if not folder and path.is_dir():
        raise KgError(f"{path}: is a folder; give a file name")
    if not parent.is_dir():
        raise KgError(f"{path}: cannot write here ({parent} is not a folder)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise KgError(f"{path}: cannot write here ({parent} is not writable)")


def atomic_write(path: Path, data: str | bytes) -> Path:
    import tempfile

    check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _flock(handle, exclusive: bool, wait: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking, as before
        return True
    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB)
    try:
        fcntl.flock(handle.fileno(), flags)
        return True
    except BlockingIOError:
        return False


@contextmanager
def _locked(path: Path, *, exclusive: bool):
    """Hold a lock file while the block runs; skipped when the folder cannot be written."""
    try:
        handle = open(path, "a+")
    except OSError:
        yield
        return
    try:
        _flock(handle, exclusive, wait=True)
        yield
    finally:
        handle.close()


class BuildLock:
    """The output folder's build lock, held from acquire() until release()."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.handle = None

    def acquire(self) -> "BuildLock":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        handle = open(self.out_dir / BUILD_LOCK, "a+")
        if not _flock(handle, exclusive=True, wait=False):
            handle.seek(0)
            owner = handle.read().strip()
            handle.close()
            who = f" (pid {owner})" if owner.isdigit() else ""
            raise BuildBusyError(f"{self.out_dir}: another kg build is writing here{who}; wait for it to end or use another -o/--out folder")
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle
        return self

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def __enter__(self) -> "BuildLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def new_staging(out_dir: Path) -> Path:
    """A fresh staging folder inside OUT (same file system, so the commit is renames only)."""
    import tempfile

    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))


def clean_leftovers(out_dir: Path) -> list[str]:
    """Finish a commit a killed build left half done, then remove killed builds' staging and temporaries."""
    import shutil

    settle(out_dir)
    removed = []
    if not out_dir.is_dir():
        return removed
    for path in sorted(out_dir.iterdir()):
        name = path.name
        if name.startswith(LEFTOVER_PREFIXES) and name != COMMIT_RECORD or (name.startswith(".") and name.endswith(".tmp")):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(name)
    return removed


def commit(staging: Path, out_dir: Path, names: list[str]) -> None:
    """Move staging/NAME to OUT/NAME for every name, as one unit for readers."""
    record = {"staging": staging.name, "names": list(names)}
    with _locked(out_dir / COMMIT_LOCK, exclusive=True):
        atomic_write(out_dir / COMMIT_RECORD, json.dumps(record))
        _roll_forward(out_dir, record)


def settle(out_dir: Path) -> None:
    """Wait for a commit in progress; finish one whose build was killed in the middle."""
    record_path = out_dir / COMMIT_RECORD
    if not record_path.exists():
        with _locked(out_dir / COMMIT_LOCK, exclusive=False):
            pass
        if not record_path.exists():
            return
    with _locked(out_dir / COMMIT_LOCK, exclusive=True):
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        try:
            _roll_forward(out_dir, record)
        except OSError:
            pass


def _roll_forward(out_dir: Path, record: dict) -> None:
    """Make each move that is still to be made (a repeat after a crash skips the done ones)."""
    import shutil
    import tempfile

    staging = out_dir / record["staging"]
    for name in record["names"]:
        source, target = staging / name, out_dir / name
        if not source.exists():
            continue
        if source.is_dir() and target.exists():
            retired = Path(tempfile.mkdtemp(prefix=".retired-", dir=out_dir))
            os.rename(target, retired / name)
            os.rename(source, target)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(source, target)
    (out_dir / COMMIT_RECORD).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def graph_file(out_dir: Path) -> Path:
    """The built dataset that query, export, validate and show read."""
    path = out_dir / "graph.trig"
    if (out_dir / COMMIT_RECORD).exists():
        settle(out_dir)
    if not path.is_file():
        raise GraphNotFoundError(f"{path}: no built graph here; run 'kg build' first (or pass -o/--out to the folder it wrote)")
    return path


def load_dataset(out_dir: Path):
    """The built graph as an rdflib in-memory Dataset whose default graph is the union of the documents.

    Parsed from graph.trig rather than read from out/store/: Oxigraph keeps numbers and dates in
    canonical form (84500000000.0 becomes 84500000000), and export must print what the build wrote.
    """
    from rdflib import Dataset

    from .graph import new_dataset

    dataset: Dataset = new_dataset()
    path = graph_file(out_dir)
    try:
        dataset.parse(path, format="trig")
    except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many kinds for a damaged file
        raise KgError(f"{path}: cannot read the graph ({parse_problem(exc)}); run 'kg build' to write it again") from None
    dataset.default_union = True
    return dataset


def parse_problem(exc: BaseException) -> str:
    """rdflib's parse error in a few words: notation3's BadSyntax keeps its reason and line apart from its dump of the text."""
    why, line = getattr(exc, "_why", None), getattr(exc, "lines", None)
    if why:
        return f"line {line + 1}: {why}" if isinstance(line, int) else str(why)
    text = " ".join(str(exc).split())
    return text[:200] if text else type(exc).__name__
