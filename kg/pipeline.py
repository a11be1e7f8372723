"""The whole job: article files in, a validated graph and its page out.

A build runs in stages: the per-file stage (read, clean, extract; cached by file bytes and
extractor version, run serially, in a process pool or on Dask), cross-document resolution over
an index of events, curation, then triples per document, written sorted into a staging folder
(graph.trig, graph.ttl, the Oxigraph store, graph.html) and committed as one unit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .curation import Curation, load_curation
from .errors import InputError, KgError
from .extract.link import link_documents
from .files import BuildLock, atomic_write, clean_leftovers, commit, new_staging
from .graph import GraphBuilder, TripleWriter, union_graph
from .namespaces import DEFAULT_BASE
from .read import MAX_BYTES, find_articles, read_article_file
from .types import ArticleGraph, BuildSummary

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}
VALIDATE_MODES = ("all", "documents", "sample:N", "none")


@dataclass
class BuildOptions:
    inputs: list[Path] = field(default_factory=lambda: [Path("data/articles")])
    out_dir: Path = Path("out")
    lexicons: list[Path] = field(default_factory=list)
    curation: Path | None = None
    base_iri: str = DEFAULT_BASE
    html: bool = True
    validate: bool | str = True
    jobs: int | None = None
    dask: str | None = None
    cache: bool = True
    progress: bool | None = None


@dataclass(frozen=True)
class InputFile:
    """A file to read and the name its documents take: its path relative to the input folder."""

    path: Path
    relative: Path
    name: str


def input_files(inputs: list[Path]) -> list[InputFile]:
    """Every article file of the inputs with a unique document name (same-name files in two folders stay two)."""
    found: list[tuple[Path, Path]] = []
    for item in inputs:
        if item.is_dir():
            found.extend((path, path.relative_to(item)) for path in find_articles([item]))
        else:
            found.append((item, Path(item.name)))
    stems = Counter(rel.with_suffix("").as_posix() for _, rel in found)
    names = [rel.with_suffix("").as_posix() if stems[rel.with_suffix("").as_posix()] == 1 else rel.as_posix() for _, rel in found]
    repeated = Counter(names)
    files = []
    for (path, rel), name in zip(found, names):
        if repeated[name] > 1:
            name += "~" + hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:10]
        files.append(InputFile(path, rel, name))
    return files


def extract_files(options: BuildOptions, summary: BuildSummary) -> list[ArticleGraph]:
    """Every article of every readable file, linked across documents; a bad file is reported and skipped."""
    from .lexicon import load_lexicon

    lexicon = load_lexicon(options.lexicons)
    from .clean import clean_page
    from .extract import extract_article

    files = find_articles(options.inputs)
    if not files:
        raise InputError(f"{', '.join(map(str, options.inputs))}: no article files found (.txt, .html)")
    results: list[ArticleGraph] = []
    for path in files:
        try:
            for article in clean_page(read_article_file(path), lexicon):
                results.append(extract_article(article, lexicon))
        except InputError as exc:
            summary.errors.append(str(exc))
    if not results:
        raise InputError("no article could be read: " + "; ".join(summary.errors))
    link_documents(results)
    return results


@dataclass
class ArchiveSummary(BuildSummary):
    """A build's summary with how many files came from the cache."""

    cache_hits: int = 0
    cache_misses: int = 0


@dataclass
class Extracted:
    results: list[ArticleGraph]
    doc_keys: list[str]
    cache_hits: int = 0
    cache_misses: int = 0


def extract_archive(options: BuildOptions, summary: BuildSummary, out_dir: Path | None = None) -> Extracted:
    """The per-file stage for a whole archive: cached, parallel, in file order; then cross-document linking."""
    from .cache import ArticleCache, entry_key, extractor_version
    from .crosslink import link_archive
    from .parallel import FileTask, default_jobs, lexicon_for, run_tasks
    from .progress import Progress

    files = input_files(options.inputs)
    if not files:
        raise InputError(f"{', '.join(map(str, options.inputs))}: no article files found (.txt, .html)")
    folders = tuple(str(f) for f in options.lexicons)
    lexicon = lexicon_for(folders)
    version = extractor_version(list(lexicon.sources))
    cache = ArticleCache(out_dir or options.out_dir, enabled=options.cache and out_dir is not None)
    outcomes: dict[int, tuple[list[ArticleGraph], str | None]] = {}
    tasks: list[FileTask] = []
    keys: set[str] = set()
    for index, item in enumerate(files):
        data = _file_bytes(item.path)
        if isinstance(data, str):
            outcomes[index] = ([], data)
            continue
        key = entry_key(version, item.path, data)
        keys.add(key)
        cached = cache.get(key)
        if cached is not None:
            outcomes[index] = cached
            cache.hits += 1
        else:
            tasks.append(FileTask(index, str(item.path), data, key, folders))
    cache.misses = len(tasks)
    progress = Progress(len(tasks), enabled=options.progress)
    jobs = options.jobs or default_jobs()
    try:
        for outcome in run_tasks(tasks, jobs, str(cache.folder) if cache.enabled else None, on_done=lambda o: progress.step(), dask=options.dask):
            outcomes[outcome.index] = (outcome.results, outcome.error)
    finally:
        progress.close()
    if cache.enabled:
        cache.prune(keys)
    results: list[ArticleGraph] = []
    doc_keys: list[str] = []
    for index, item in enumerate(files):
        found, error = outcomes[index]
        if error:
            summary.errors.append(error)
        for result in found:
            result.article = dataclasses.replace(result.article, source=item.relative)
            results.append(result)
            doc_keys.append(f"doc/{item.name}" + (f"-{result.article.index}" if result.article.index else ""))
    if not results:
        raise InputError("no article could be read: " + "; ".join(summary.errors))
    link_archive(results)
    return Extracted(results, doc_keys, cache.hits, cache.misses)


def _file_bytes(path: Path) -> bytes | str:
    """The file's bytes, or the one-line reason it cannot be used (as read_article_file says it)."""
    try:
        if path.stat().st_size <= MAX_BYTES:
            return path.read_bytes()
    except OSError:
        pass
    try:
        read_article_file(path)
    except InputError as exc:
        return str(exc)
    return path.read_bytes()


def build(options: BuildOptions) -> ArchiveSummary:
    """Build into a staging folder beside the outputs and commit it as one unit, under the folder's build lock."""
    out = options.out_dir
    existed = out.exists()
    lock = BuildLock(out).acquire()
    succeeded = False
    try:
        clean_leftovers(out)
        summary = _build_locked(options)
        succeeded = True
        return summary
    finally:
        lock.release()
        if not succeeded and not existed:
            shutil.rmtree(out, ignore_errors=True)


def _build_locked(options: BuildOptions) -> ArchiveSummary:
    from .serialize import TermStyle, prologue, sort_key, write_trig_graph, write_turtle_sorted
    from .store import load_store

    summary = ArchiveSummary()
    out = options.out_dir
    extracted = extract_archive(options, summary, out)
    results = extracted.results
    curation = load_curation(options.curation) if options.curation else Curation.empty()
    summary.warnings.extend(_curate(curation, results))
    writer = TripleWriter(options.base_iri)
    documents = []
    for result, doc_key in zip(results, extracted.doc_keys):
        documents.append(writer.triples(result, curation.source_name, doc_key))
        summary.warnings.extend(result.warnings)
    _count(results, summary)
    documents.sort(key=lambda item: item[0])
    staging = new_staging(out)
    try:
        style = TermStyle()
        quads = 0
        union: set = set()
        with open(staging / "graph.trig", "w", encoding="utf-8", newline="\n") as handle:
            handle.write(prologue())
            for doc, triples in documents:
                write_trig_graph(handle, doc, triples, style)
                quads += len(triples)
                union.update(triples)
        ordered = sorted(union, key=sort_key)
        with open(staging / "graph.ttl", "w", encoding="utf-8", newline="\n") as handle:
            write_turtle_sorted(handle, ordered, style)
        load_store(staging / "store", staging / "graph.trig", staging / "graph.ttl", quads + len(ordered))
        names = ["graph.trig", "graph.ttl", "store"]
        rdflib_union = None
        mode = _validate_mode(options.validate)
        if options.html or mode == "all":
            from rdflib import Graph

            rdflib_union = Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in ordered), format="nt")
        if mode != "none":
            report = _validate(mode, rdflib_union, documents)
            if not report.conforms:
                summary.warnings.append(f"SHACL: {report.violations} violation(s); run 'kg validate' for the report")
        if options.html:
            from .render import render_html

            render_html(rdflib_union, staging / "graph.html")
            names.append("graph.html")
        elif (out / "graph.html").exists():
            (out / "graph.html").unlink()
        commit(staging, out, names)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    summary.outputs.extend(out / name for name in ("graph.ttl", "graph.trig", "store", "graph.html")[: 4 if options.html else 3])
    summary.cache_hits, summary.cache_misses = extracted.cache_hits, extracted.cache_misses
    return summary


def _curate(curation: Curation, results: list[ArticleGraph]) -> list[str]:
    return curation.apply(results) if curation.entries else []


def _validate_mode(value: bool | str) -> str:
    if value is True:
        return "all"
    if value is False or value is None:
        return "none"
    if value in ("all", "documents", "none") or (value.startswith("sample:") and value[7:].isdigit() and int(value[7:]) > 0):
        return value
    raise KgError(f"unknown validation mode {value!r} (one of: {', '.join(VALIDATE_MODES)})")


def _validate(mode: str, union, documents):
    """SHACL on the whole union, on each document alone, or on a fixed sample of documents."""
    from rdflib import Graph

    from .validate import ValidationReport, validate_graph

    if mode == "all":
        return validate_graph(union)
    chosen = documents
    if mode.startswith("sample:"):
        size = int(mode[7:])
        chosen = sorted(documents, key=lambda item: hashlib.sha256(item[0].encode()).hexdigest())[:size]
    conforms, violations, texts = True, 0, []
    for doc, triples in chosen:
        graph = Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in triples), format="nt")
        report = validate_graph(graph)
        conforms &= report.conforms
        violations += report.violations
        if not report.conforms:
            texts.append(f"{doc}:\n{report.text}")
    return ValidationReport(conforms, violations, "\n".join(texts))


def _count(results: list[ArticleGraph], summary: BuildSummary) -> None:
    classes: Counter[str] = Counter()
    seen: set[str] = set()
    for result in results:
        for key, entity in result.entities.items():
            if key not in seen:
                seen.add(key)
                classes[entity.cls] += 1
        summary.relations += len(result.relations)
        summary.evidence += len(result.sentences)
    summary.documents = len(results)
    summary.events = sum(n for cls, n in classes.items() if cls in EVENT_CLASSES)
    summary.entities_by_class = dict(sorted(classes.items()))


__all__ = ["BuildOptions", "build", "extract_files", "KgError"]


def find_gold_article(gold: Path, corpus_dirs: list[Path]) -> Path:
    """The article a gold file annotates: NAME.txt (or .html) for NAME.yaml, searched in the corpus folders."""
    stem = gold.stem
    search = [*corpus_dirs, gold.parent, gold.parent.parent.parent / "corpus", Path("../shared/corpus"), Path("data/articles")]
    for folder in search:
        if not folder.is_dir():
            continue
        for suffix in (".txt", ".html", ".htm"):
            direct = folder / f"{stem}{suffix}"
            if direct.is_file():
                return direct
            nested = sorted(folder.rglob(f"{stem}{suffix}"))
            if nested:
                return nested[0]
    raise InputError(f"{gold}: no article {stem}.txt found (searched {', '.join(str(f) for f in search if f.is_dir())}; pass --corpus DIR)")


def evaluate_gold(gold_paths: list[Path], corpus_dirs: list[Path] = (), lexicons: list[Path] = ()):
    """Build each gold file's article alone (curation left out) and score it; returns an EvalReport."""
    from .evaluate import aggregate, load_gold, score

    scores = []
    for gold_path in gold_paths:
        gold = load_gold(gold_path)
        article = find_gold_article(gold_path, list(corpus_dirs))
        summary = BuildSummary()
        try:
            results = extract_files(BuildOptions(inputs=[article], lexicons=list(lexicons)), summary)
        except InputError:
            results = []
        builder = GraphBuilder()
        for result in results:
            builder.add(result)
        scores.append(score(gold, builder.dataset))
    return aggregate(scores)
