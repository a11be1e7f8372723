"""The whole job: article files in, a validated graph and its page out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_page
from .curation import Curation, load_curation
from .errors import InputError, KgError
from .extract import extract_article
from .extract.link import link_documents
from .files import atomic_write
from .graph import GraphBuilder, union_graph
from .lexicon import load_lexicon
from .namespaces import DEFAULT_BASE
from .read import find_articles, read_article_file
from .types import ArticleGraph, BuildSummary

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}


@dataclass
class BuildOptions:
    inputs: list[Path] = field(default_factory=lambda: [Path("data/articles")])
    out_dir: Path = Path("out")
    lexicons: list[Path] = field(default_factory=list)
    curation: Path | None = None
    base_iri: str = DEFAULT_BASE
    html: bool = True
    validate: bool = True


def extract_files(options: BuildOptions, summary: BuildSummary) -> list[ArticleGraph]:
    """Every article of every readable file; a bad file is reported and skipped."""
    lexicon = load_lexicon(options.lexicons)
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


def build(options: BuildOptions) -> BuildSummary:
    summary = BuildSummary()
    results = extract_files(options, summary)
    curation = load_curation(options.curation) if options.curation else Curation.empty()
    summary.warnings.extend(curation.apply(results))
    builder = GraphBuilder(options.base_iri)
    for result in results:
        builder.add(result, curation.source_name)
        summary.warnings.extend(result.warnings)
    _count(results, summary)
    dataset = builder.dataset
    out = options.out_dir
    turtle = union_graph(dataset).serialize(format="turtle")
    trig = dataset.serialize(format="trig")
    summary.outputs.append(atomic_write(out / "graph.ttl", turtle))
    summary.outputs.append(atomic_write(out / "graph.trig", trig))
    from .store import build_store

    summary.outputs.append(build_store(out))
    if options.validate:
        from .validate import validate_graph

        report = validate_graph(union_graph(dataset))
        if not report.conforms:
            summary.warnings.append(f"SHACL: {report.violations} violation(s); run 'kg validate' for the report")
    if options.html:
        from .render import render_html

        summary.outputs.append(render_html(dataset, out / "graph.html"))
    return summary


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
