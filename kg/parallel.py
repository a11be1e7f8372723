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
    """One file to extract: its bytes travel with it; name and base IRI fix its documents' IRIs."""

    index: int
    path: str
    data: bytes
    key: str
    lexicons: tuple[str, ...]
    name: str = ""
    relative: str = ""
    base: str = ""


@dataclass
class DocIndex:
    """What the whole-archive stages need of one document before its full entry is read again."""

    key: str
    events: dict


@dataclass
class FileIndex:
    """A file's documents (compact), or why it could not be read."""

    index: int
    key: str
    docs: list[DocIndex]
    error: str | None = None


@dataclass
class FileEntry:
    """A file's full extraction results and each document's triples and TriG block, as cached."""

    results: list[ArticleGraph]
    rendered: list[tuple[str, str, list]]


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


LONG_LINE = 1000  # characters; a longer line is cut, at a sentence end if it has one, else at a space


def break_long_lines(text: str, limit: int = LONG_LINE) -> str:
    """The text with some spaces of over-long lines turned into line breaks: same length, same offsets.

    Sentences never cross a line break, so a line of megabytes without punctuation becomes many
    short sentences instead of one that the tokenizer and the extractor's per-sentence passes
    handle in quadratic time. Lines up to the limit (every line of ordinary news) are untouched.
    """
    if all(len(line) <= limit for line in text.split("\n")):
        return text
    chars = list(text)
    cuts = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        position = line_start
        while line_end - position > limit:
            cut = text.rfind(". ", position + limit // 2, position + limit) + 1 or text.rfind(" ", position + limit // 2, position + limit + 1)
            if cut < 0:
                cut = text.find(" ", position + limit, line_end)
            if cut < 0:
                break
            chars[cut] = "\n"
            cuts += 1
            position = cut + 1
        line_start = line_end + 1
    return "".join(chars) if cuts else text


def extract_in_chunks(article, lexicon, extract_article) -> ArticleGraph:
    """Extract an article whose over-long lines are broken at spaces; the document keeps its own text."""
    broken = break_long_lines(article.text)
    if broken is article.text:
        return extract_article(article, lexicon)
    result = extract_article(dataclasses.replace(article, text=broken), lexicon)
    result.article = article
    return result


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
        results = [slim(extract_in_chunks(article, lexicon, extract_article)) for article in clean_page(raw, lexicon)]
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


def doc_key(name: str, result: ArticleGraph) -> str:
    return f"doc/{name}" + (f"-{result.article.index}" if result.article.index else "")


def render(results: list[ArticleGraph], name: str, base: str, curation_source: str | None = None) -> list[tuple[str, str, list]]:
    """Each document's IRI, its named graph as a TriG block, and its triples (joined strings) in graph.ttl order."""
    import io

    from .graph import TripleWriter
    from .serialize import TermStyle, joined, sort_key, write_trig_graph

    writer = TripleWriter(base)
    style = TermStyle()
    rendered = []
    for result in results:
        doc, triples = writer.triples(result, curation_source, doc_key(name, result))
        ordered = sorted(triples, key=sort_key)
        block = io.StringIO()
        write_trig_graph(block, doc, ordered, style, presorted=True)
        rendered.append((doc, block.getvalue(), [joined(t) for t in ordered]))
    return rendered


def index_of(outcome: FileOutcome, name: str) -> FileIndex:
    from .extract.link import EVENTS

    docs = [DocIndex(doc_key(name, r), {k: e for k, e in r.entities.items() if e.cls in EVENTS}) for r in outcome.results]
    return FileIndex(outcome.index, outcome.key, docs, outcome.error)


def run_cached_task(task: FileTask, cache_folder: str) -> FileIndex:
    """Extract and render one file, store the entry in the build's cache, return its compact index."""
    from .cache import write_entry

    outcome = run_task(task)
    for result in outcome.results:
        result.article = dataclasses.replace(result.article, source=Path(task.relative))
    entry = FileEntry(outcome.results, render(outcome.results, task.name, task.base))
    index = index_of(outcome, task.name)
    from .cache import entry_path

    write_entry(entry_path(Path(cache_folder), task.key), (index, entry))
    return index


def _init_worker(lexicons: tuple[str, ...]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lexicon_for(lexicons)


def _warm_analyzer(lexicons: tuple[str, ...]) -> None:
    """Build Kiwi (with the lexicon's user words) once in the build's process before forking the workers:
    they then share its model's pages (about 280 MB) and start at once instead of each spending a
    CPU-second and a half building its own. Kiwi runs without a thread pool (kg.morph), so there are
    no threads to lose in the fork: a forked worker gives the in-process results (tests compare the bytes)."""
    import gc

    from .morph import analyzer

    # Kiwi builds its model when it first analyses after user words were added (1.8 s): that must
    # happen here too, or every worker builds its own copy.
    analyzer(lexicon_for(lexicons)).tokenize("가")
    gc.freeze()  # the lexicon lives as long as the process: the workers' collections then skip it and leave its pages shared


def _start_method(available: list[str]) -> str:
    """fork where it is safe: workers start at once, share the loaded lexicon and are the build's own
    children (their CPU time is the build's). A process with other threads running (a notebook, a
    Dask client) forks badly, so it uses forkserver; spawn where neither exists."""
    import threading

    if "fork" in available and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in available else "spawn"


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run_tasks(tasks: list[FileTask], jobs: int, cache_folder: str, on_done=None, dask: str | None = None) -> list[FileIndex]:
    """Every task's index, in task order, computed serially, in a process pool or on Dask; entries go to cache_folder."""
    outcomes: list[FileIndex | None] = [None] * len(tasks)
    position = {task.index: i for i, task in enumerate(tasks)}

    def done(outcome: FileIndex) -> None:
        outcomes[position[outcome.index]] = outcome
        if on_done is not None:
            on_done(outcome)

    if not tasks:
        return []
    if dask:
        from .distributed import run_on_dask

        run_on_dask(tasks, dask, cache_folder, done, workers=jobs)
    elif jobs <= 1 or len(tasks) == 1:
        for task in tasks:
            done(run_cached_task(task, cache_folder))
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from concurrent.futures.process import BrokenProcessPool

        method = _start_method(multiprocessing.get_all_start_methods())
        if method == "fork":
            _warm_analyzer(tasks[0].lexicons)
        context = multiprocessing.get_context(method)
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
