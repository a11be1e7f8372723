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
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .curation import Curation, load_curation
from .errors import InputError, KgError
from .extract.link import link_documents
from .files import BuildLock, check_writable, clean_leftovers, commit, new_staging
from .graph import GraphBuilder
from .namespaces import DEFAULT_BASE
from .read import MAX_BYTES, find_articles, read_article_file
from .types import ArticleGraph, BuildSummary, Relation

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
    reused_documents: int = 0  # documents whose graph.trig block was copied from the previous build as bytes


@dataclass
class Extracted:
    """The per-file stage's result: every file's compact index, and where the full entries are."""

    files: list[InputFile]
    indexes: list  # FileIndex per file, None for a file that could not be read at all
    errors: dict[int, str]
    cache_folder: Path
    cache_hits: int = 0
    cache_misses: int = 0


def extract_archive(options: BuildOptions, cache_folder: Path, use_cache: bool) -> Extracted:
    """The per-file stage for a whole archive: cached, parallel or distributed, in file order."""
    from .cache import entry_key, extractor_version, prune, read_index
    from .parallel import FileTask, default_jobs, lexicon_for, run_tasks
    from .progress import Progress

    files = input_files(options.inputs)
    if not files:
        raise InputError(f"{', '.join(map(str, options.inputs))}: no article files found (.txt, .html)")
    folders = tuple(str(f) for f in options.lexicons)
    version = extractor_version(list(lexicon_for(folders).sources))
    base = options.base_iri
    indexes: list = [None] * len(files)
    errors: dict[int, str] = {}
    tasks: list[FileTask] = []
    keys: set[str] = set()
    for number, item in enumerate(files):
        data = _file_bytes(item.path)
        if isinstance(data, str):
            errors[number] = data
            continue
        key = entry_key(version, item.path, data, (base, item.name, item.relative.as_posix()))
        keys.add(key)
        cached = read_index(cache_folder, key) if use_cache else None
        if cached is not None:
            cached.index = number
            indexes[number] = cached
        else:
            tasks.append(FileTask(number, str(item.path), data, key, folders, item.name, item.relative.as_posix(), base))
    hits = len(keys) - len(tasks)
    progress = Progress(len(tasks), enabled=options.progress)
    jobs = options.jobs or default_jobs()
    try:
        for index in run_tasks(tasks, jobs, str(cache_folder), on_done=lambda _: progress.step(), dask=options.dask):
            indexes[index.index] = index
    finally:
        progress.close()
    if use_cache:
        prune(cache_folder, keys)
    return Extracted(files, indexes, errors, cache_folder, hits, len(tasks))


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
    check_writable(out, folder=True)
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


@dataclass
class _Doc:
    """One document on its way to the outputs: where its full entry is, and its IRI."""

    file: int
    article: int
    iri: str
    file_key: str


RECORD_FILE = "build-record.pickle"
RECORD_FORMAT = "kg-build-record-1"


@dataclass
class _DocRecord:
    """What the next build needs of one document to reuse its TriG block as bytes without reading its entry."""

    file_key: str
    article: int
    link: str
    offset: int
    length: int
    digest: str
    quads: int
    relations: int
    evidence: int
    warnings: tuple
    classes: tuple


@dataclass
class _BuildRecord:
    """The committed build's documents (by IRI) and the files it wrote, kept under OUT/.cache/ for the next build."""

    identity: tuple
    files: tuple
    docs: dict
    union: int


def _record_identity(options: BuildOptions) -> tuple:
    """What a reused TriG block also depends on: the base IRI and this module's own code (linking's grafting)."""
    return (RECORD_FORMAT, options.base_iri, hashlib.sha256(Path(__file__).read_bytes()).hexdigest())


def _file_identity(path: Path) -> tuple:
    status = path.stat()
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _read_record(out: Path, options: BuildOptions) -> _BuildRecord | None:
    """The previous build's record, when the outputs beside it are still the ones it describes."""
    import pickle

    try:
        with open(out / ".cache" / RECORD_FILE, "rb") as handle:
            record = pickle.load(handle)
        if not isinstance(record, _BuildRecord) or record.identity != _record_identity(options):
            return None
        if record.files != (_file_identity(out / "graph.trig"), _file_identity(out / "graph.ttl")):
            return None
    except (OSError, EOFError, pickle.PickleError, AttributeError, ImportError, TypeError, ValueError, IndexError):
        return None
    return record


def _write_record(out: Path, options: BuildOptions, docs: dict, union: int) -> None:
    import pickle

    from .files import atomic_write

    record = _BuildRecord(_record_identity(options), (_file_identity(out / "graph.trig"), _file_identity(out / "graph.ttl")), docs, union)
    (out / ".cache").mkdir(parents=True, exist_ok=True)
    atomic_write(out / ".cache" / RECORD_FILE, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))


def _link_digest(original: dict) -> str:
    """A document's events as linking left them (keys, renames, agreed attributes): with its entry, they fix its block."""
    return hashlib.sha256(repr(list(original.items())).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def _trig_block_lines(block: bytes) -> list[str]:
    """The joined triples of one named graph's block of graph.trig."""
    from .serialize import block_lines

    text = block.decode("utf-8")
    return block_lines(text[text.index("{\n") + 2: text.rindex("}")], "    ")


class _Copier:
    """Byte ranges of the previous graph.trig copied to the new one, neighbouring ranges in one go."""

    def __init__(self, source, target):
        self.source, self.target = source, target
        self.start = self.end = -1

    def add(self, offset: int, length: int) -> None:
        if offset != self.end:
            self.flush()
            self.start = offset
        self.end = offset + length

    def flush(self) -> None:
        if self.start >= 0:
            self.source.seek(self.start)
            remaining = self.end - self.start
            while remaining:
                chunk = self.source.read(min(remaining, 1 << 24))
                if not chunk:
                    raise KgError(f"{self.source.name}: shorter than the build record says; run kg build --no-cache")
                self.target.write(chunk)
                remaining -= len(chunk)
        self.start = self.end = -1

    def read(self, offset: int, length: int) -> bytes:
        self.source.seek(offset)
        return self.source.read(length)


def _build_locked(options: BuildOptions) -> ArchiveSummary:
    from .cache import CACHE_DIR, read_entry
    from .crosslink import link_archive
    from .graph import TripleWriter
    from .parallel import render
    from .serialize import SortedUnion, TermStyle, patch_turtle, prologue, write_turtle_joined
    from .store import StoreFeed, StoreLoad, read_manifest, stamp_store, update_store, write_manifest

    summary = ArchiveSummary()
    out = options.out_dir
    staging = new_staging(out)
    loading = cleaner = None
    try:
        cache_folder = out / CACHE_DIR / "articles" if options.cache else staging / "articles"
        extracted = extract_archive(options, cache_folder, options.cache)
        summary.cache_hits, summary.cache_misses = extracted.cache_hits, extracted.cache_misses
        # Whole-archive stage 1: cross-document linking over the events alone.
        writer = TripleWriter(options.base_iri)
        docs: list[_Doc] = []
        skeletons: list[ArticleGraph] = []
        errors = sorted(extracted.errors.items())
        for number, index in enumerate(extracted.indexes):
            if index is None:
                continue
            if index.error:
                errors.append((number, index.error))
            for position, doc in enumerate(index.docs):
                docs.append(_Doc(number, position, writer.node(doc.key), extracted.indexes[number].key))
                skeletons.append(ArticleGraph(None, [], dict(doc.events)))
        summary.errors.extend(text for _, text in sorted(errors, key=lambda pair: pair[0]))
        if not docs:
            raise InputError("no article could be read: " + "; ".join(summary.errors))
        originals = [dict(s.entities) for s in skeletons]
        changed = link_archive(skeletons)
        links = [_link_digest(original) for original in originals]
        curation = load_curation(options.curation) if options.curation else Curation.empty()
        previous = read_manifest(out / "store") if (out / "store" / "oxigraph").is_dir() else None
        # A document whose file entry and linked events are those of the previous build keeps its block's bytes.
        record = _read_record(out, options) if options.cache and previous is not None and not curation.entries else None
        reused: dict[int, _DocRecord] = {}
        if record is not None:
            for i, doc in enumerate(docs):
                old = record.docs.get(doc.iri[1:-1])
                if old is not None and (old.file_key, old.article, old.link) == (doc.file_key, doc.article, links[i]) and previous.get(doc.iri[1:-1]) == old.digest:
                    reused[i] = old
            current = {doc.iri[1:-1] for doc in docs}
            fresh = len(docs) - len(reused) + sum(1 for iri in record.docs if iri not in current)
            if fresh > max(100, len(docs) // 10):
                record, reused = None, {}  # a large change is written and loaded in bulk
        summary.reused_documents = len(reused)
        # Stage 2: each document in IRI order, from its cached entry; re-rendered only if linking or curation changed it.
        order = sorted(range(len(docs)), key=lambda i: docs[i].iri)
        style = TermStyle()
        union = SortedUnion(staging / "union")
        quads = 0
        classes: dict[str, str] = {}
        unmatched: list[list[str]] = []
        entries = _EntryReader(extracted, read_entry)
        digests: dict[str, str] = {}
        changed_graphs: dict[str, list] = {}
        removed_lines: set[str] = set()
        added_lines: set[str] = set()
        records: dict[str, _DocRecord] = {}
        mode = _validate_mode(options.validate)
        checked = _validation_choice(mode, [d.iri for d in docs])
        reports: list = []
        old_trig = open(out / "graph.trig", "rb") if record is not None else None
        try:
            with open(staging / "graph.trig", "wb") as handle:
                handle.write(prologue().encode("utf-8"))
                feed = None
                if record is None and previous is None:  # a new store, fed each block and the union's new triples as they come
                    loading = feed = StoreFeed(staging / "store", staging / "graph.trig", prologue().encode("utf-8")).start()
                copier = _Copier(old_trig, handle)
                position = handle.tell()
                for i in order:
                    doc = docs[i]
                    iri = doc.iri[1:-1]
                    old = reused.get(i)
                    if old is not None:
                        copier.add(old.offset, old.length)
                        records[iri] = dataclasses.replace(old, offset=position)
                        position += old.length
                        digests[iri] = old.digest
                        if doc.iri in checked:
                            reports.append((doc.iri, _validate_triples(_trig_block_lines(copier.read(old.offset, old.length)))))
                        doc_warnings, doc_classes = old.warnings, old.classes
                        quads += old.quads
                        summary.relations += old.relations
                        summary.evidence += old.evidence
                    else:
                        copier.flush()
                        entry = entries.get(doc.file)
                        result = entry.results[doc.article]
                        _, block, triples = entry.rendered[doc.article]
                        dirty = i in changed
                        if dirty:
                            _graft(result, originals[i])
                        if curation.entries:
                            warnings = curation.apply([result])
                            unmatched.append(warnings)
                            dirty = dirty or len(warnings) < len(curation.entries)
                        if dirty:
                            _, block, triples = render([result], extracted.files[doc.file].name, options.base_iri, curation.source_name)[0]
                        data = block.encode("utf-8")
                        handle.write(data)
                        if feed is not None:
                            feed.add_graph(data)
                        digest = hashlib.sha256(data).hexdigest()[:24]
                        digests[iri] = digest
                        if record is not None:
                            before = record.docs.get(iri)
                            old_lines = set(_trig_block_lines(copier.read(before.offset, before.length))) if before is not None else set()
                            new_lines = set(triples)
                            removed_lines |= old_lines - new_lines
                            added_lines |= new_lines - old_lines
                            changed_graphs[iri] = triples
                        else:
                            fresh = union.add(triples)
                            if feed is not None:
                                feed.add_union(fresh)
                            if previous is not None and previous.get(iri) != digest:
                                changed_graphs[iri] = triples
                                if len(changed_graphs) > max(100, len(docs) // 10):
                                    previous, changed_graphs = None, {}  # a large change loads faster in bulk
                        if doc.iri in checked:
                            reports.append((doc.iri, _validate_triples(triples)))
                        doc_warnings = tuple(result.warnings)
                        doc_classes = tuple((key, entity.cls) for key, entity in result.entities.items())
                        quads += len(triples)
                        summary.relations += len(result.relations)
                        summary.evidence += len(result.sentences)
                        records[iri] = _DocRecord(doc.file_key, doc.article, links[i], position, len(data), digest, len(triples),
                                                  len(result.relations), len(result.sentences), doc_warnings, doc_classes)
                        position += len(data)
                    for key, cls in doc_classes:
                        classes.setdefault(key, cls)
                    summary.warnings.extend(doc_warnings)
                copier.flush()
            if loading is not None:
                loading.trig_written()
            if not options.cache:  # the entries were read for the last time: removed while the rest is written
                cleaner = threading.Thread(target=shutil.rmtree, args=(cache_folder,), kwargs={"ignore_errors": True}, daemon=True)
                cleaner.start()
            deleted = sorted(set(previous) - set(digests)) if previous is not None else []
            if record is not None:
                for iri in deleted:
                    before = record.docs.get(iri)
                    if before is not None:
                        removed_lines |= set(_trig_block_lines(copier.read(before.offset, before.length)))
        finally:
            if old_trig is not None:
                old_trig.close()
        if unmatched:
            common = set(unmatched[0]).intersection(*unmatched[1:])
            summary.warnings[:0] = [w for w in unmatched[0] if w in common]
        counts = Counter(classes.values())
        summary.documents = len(docs)
        summary.events = sum(n for cls, n in counts.items() if cls in EVENT_CLASSES)
        summary.entities_by_class = dict(sorted(counts.items()))
        if record is not None:
            # Only the subject blocks of graph.ttl that changed documents touch are written again.
            leaving = update_store(staging / "store", out / "store", staging / "graph.trig", changed_graphs, deleted, None, removed_lines)
            union_count = record.union + patch_turtle(out / "graph.ttl", staging / "graph.ttl", leaving, added_lines, style)
            stamp_store(staging / "store", staging / "graph.trig", quads + union_count)
        else:
            if loading is None and previous is None:  # the change proved large: loaded in bulk after all
                loading = StoreLoad(staging / "store", staging / "graph.trig", staging / "graph.ttl").start()
            if loading is not None:
                loading.trig_written()
            with open(staging / "graph.ttl", "w", encoding="utf-8", newline="\n") as handle:
                if loading is not None:
                    loading.union_started()
                write_turtle_joined(handle, iter(union), style)
            union.close()
            union_count = union.count
            if loading is not None:
                loading.union_written()
                loading.finish(quads + union_count)
            else:
                update_store(staging / "store", out / "store", staging / "graph.trig", changed_graphs, deleted, quads + union_count)
        write_manifest(staging / "store", digests)
        names = ["graph.trig", "graph.ttl", "store"]
        if mode != "none":
            report = _combine(reports) if mode != "all" else _validate_union(staging / "graph.ttl")
            if not report.conforms:
                summary.warnings.append(f"SHACL: {report.violations} violation(s); run 'kg validate' for the report")
        if options.html:
            from .render import render_html

            render_html(staging / "graph.ttl", staging / "graph.html")  # streamed from graph.ttl: no rdflib graph of the archive
            names.append("graph.html")
        elif (out / "graph.html").exists():
            (out / "graph.html").unlink()
        if options.cache:
            (out / ".cache" / RECORD_FILE).unlink(missing_ok=True)
        if cleaner is not None:
            cleaner.join()
        commit(staging, out, names)
        if options.cache:
            _write_record(out, options, records, union_count)
    except BaseException:
        if loading is not None:
            loading.abandon()
        if cleaner is not None:
            cleaner.join()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    summary.outputs.extend(out / name for name in ("graph.ttl", "graph.trig", "store", "graph.html")[: 4 if options.html else 3])
    return summary


class _EntryReader:
    """Full cache entries, read again one file at a time (a file's documents are near in IRI order)."""

    def __init__(self, extracted: Extracted, read_entry):
        self.extracted = extracted
        self.read_entry = read_entry
        self.held: dict[int, object] = {}

    def get(self, number: int):
        entry = self.held.get(number)
        if entry is None:
            index = self.extracted.indexes[number]
            entry = self.read_entry(self.extracted.cache_folder, index.key)
            if entry is None:
                raise KgError(f"{self.extracted.files[number].path}: its cache entry vanished during the build")
            if len(self.held) >= 8:
                self.held.pop(next(iter(self.held)))
            self.held[number] = entry
        return entry


def _graft(result: ArticleGraph, original: dict) -> None:
    """Carry linking's renames and agreed attributes from a document's events to the full document."""
    renames = {key: entity.key for key, entity in original.items() if entity.key != key}
    for old in renames:
        result.entities.pop(old, None)
    for key, entity in original.items():
        result.entities[entity.key] = entity
    if renames:
        result.relations[:] = [
            Relation(renames.get(r.subject, r.subject), r.predicate, renames.get(r.object, r.object), r.evidence, r.curated)
            for r in result.relations
        ]


def _validate_mode(value: bool | str) -> str:
    if value is True:
        return "all"
    if value is False or value is None:
        return "none"
    if value in ("all", "documents", "none") or (value.startswith("sample:") and value[7:].isdigit() and int(value[7:]) > 0):
        return value
    raise KgError(f"unknown validation mode {value!r} (one of: {', '.join(VALIDATE_MODES)})")


def _validation_choice(mode: str, iris: list[str]) -> set[str]:
    """The documents validated one by one: all of them, or a fixed sample (smallest hashes of their IRIs)."""
    if mode == "documents":
        return set(iris)
    if mode.startswith("sample:"):
        return set(sorted(iris, key=lambda iri: hashlib.sha256(iri.encode("utf-8")).hexdigest())[: int(mode[7:])])
    return set()


def _validate_graph(graph):
    from .validate import validate_graph

    return validate_graph(graph)


def _validate_union(path: Path):
    """SHACL on the whole graph (graph.ttl, the union): the one step that reads the archive into rdflib."""
    from rdflib import Graph

    return _validate_graph(Graph().parse(path, format="turtle"))


def _validate_triples(triples):
    """SHACL on one document's graph alone."""
    from rdflib import Graph

    from .serialize import unjoined

    return _validate_graph(Graph().parse(data="".join("{} {} {} .\n".format(*unjoined(t)) for t in triples), format="nt"))


def _combine(reports):
    from .validate import ValidationReport

    failed = [(iri, r) for iri, r in reports if not r.conforms]
    text = "\n".join(f"{iri}:\n{r.text}" for iri, r in failed)
    return ValidationReport(not failed, sum(r.violations for _, r in failed), text)


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
