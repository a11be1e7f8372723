"""The per-file stage of a build: read, clean and extract one file, anywhere.

The same task runs in the build's own process (--jobs 1), in a process pool (--jobs N) or on a
Dask cluster (--dask): each process loads the lexicon and Kiwi once and keeps them. A task gets
the file's path and bytes, so a remote worker need not see the build's file system.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, KgError
from .types import ArticleGraph

_LEXICONS: dict[tuple[str, ...], object] = {}


@dataclass(frozen=True)
class FileTask:
    index: int
    path: str
    data: bytes
    key: str
    lexicons: tuple[str, ...]


@dataclass
class FileOutcome:
    index: int
    key: str
    results: list[ArticleGraph]
    error: str | None = None


def lexicon_for(folders: tuple[str, ...]):
    """The lexicon (and through it Kiwi) of these folders, loaded once per process."""
    lexicon = _LEXICONS.get(folders)
    if lexicon is None:
        from .lexicon import load_lexicon

        lexicon = _LEXICONS[folders] = load_lexicon([Path(f) for f in folders])
    return lexicon


def slim(result: ArticleGraph) -> ArticleGraph:
    """Drop the sentences' tokens: nothing after extraction reads them, and they are most of the bytes."""
    result.sentences = [dataclasses.replace(s, tokens=()) for s in result.sentences]
    return result


def run_task(task: FileTask) -> FileOutcome:
    """Extract every article of one file; a bad file gives its one-line error instead."""
    from .clean import clean_page
    from .extract import extract_article
    from .read import read_article_file

    lexicon = lexicon_for(task.lexicons)
    path = Path(task.path)
    try:
        raw = _read(path, task.data, read_article_file)
        results = [slim(extract_article(article, lexicon)) for article in clean_page(raw, lexicon)]
    except InputError as exc:
        return FileOutcome(task.index, task.key, [], str(exc))
    return FileOutcome(task.index, task.key, results)


def _read(path: Path, data: bytes, read_article_file):
    """The file as the build saw it: from disk when it is there unchanged, else from the bytes sent."""
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return read_article_file(path)
    except OSError:
        pass
    with tempfile.TemporaryDirectory(prefix="kg-task-") as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(data)
        try:
            raw = read_article_file(copy)
        except InputError as exc:
            raise InputError(str(exc).replace(str(copy), str(path))) from None
        return dataclasses.replace(raw, path=path)


def run_cached_task(task: FileTask, cache_folder: str | None) -> FileOutcome:
    """run_task, then store the outcome in the build's cache (a worker writes its own entries)."""
    outcome = run_task(task)
    if cache_folder:
        from .cache import write_entry

        write_entry(Path(cache_folder) / task.key[:2] / f"{task.key}.pickle", (outcome.results, outcome.error))
    return outcome


def _init_worker(lexicons: tuple[str, ...]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lexicon_for(lexicons)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run_tasks(tasks: list[FileTask], jobs: int, cache_folder: str | None, on_done=None, dask: str | None = None):
    """Every task's outcome, in task order, computed serially, in a process pool or on Dask."""
    outcomes: list[FileOutcome | None] = [None] * len(tasks)
    position = {task.index: i for i, task in enumerate(tasks)}

    def done(outcome: FileOutcome) -> None:
        outcomes[position[outcome.index]] = outcome
        if on_done is not None:
            on_done(outcome)

    if not tasks:
        return []
    if dask:
        from .distributed import run_on_dask

        run_on_dask(tasks, dask, cache_folder, done)
    elif jobs <= 1 or len(tasks) == 1:
        for task in tasks:
            done(run_cached_task(task, cache_folder))
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from concurrent.futures.process import BrokenProcessPool

        context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context, initializer=_init_worker, initargs=(tasks[0].lexicons,)) as pool:
            futures = [pool.submit(run_cached_task, task, cache_folder) for task in tasks]
            try:
                for future in as_completed(futures):
                    done(future.result())
            except BrokenProcessPool:
                raise KgError("a worker process of the build died (out of memory?); try fewer --jobs") from None
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    missing = [tasks[i].path for i, o in enumerate(outcomes) if o is None]
    if missing:
        raise KgError(f"{missing[0]}: extraction gave no result")
    return outcomes
