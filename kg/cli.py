"""The kg command: each subcommand parses options, calls one library function, and prints."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KgError

OUT_OPTION = click.option(
    "-o", "--out", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
    help="Folder of the built graph (graph.trig, graph.ttl, graph.html).",
)


def _fail(exc: KgError) -> None:
    raise click.ClickException(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policy-kg")
def main() -> None:
    """policy-kg: Korean policy news into a knowledge graph you can query, explore and export."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@OUT_OPTION
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(path_type=Path, file_okay=False), help="Extra lexicon folder (TSV files like data/lexicon/); repeatable.")
@click.option("--curation", type=click.Path(path_type=Path), default=None, help="Curation YAML file or folder [default: data/curation if present].")
@click.option("--base-iri", default=None, help="Base IRI for entities, events and documents.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes for the per-file stage [default: all cores].")
@click.option("--dask", "dask_address", metavar="ADDRESS|local", default=None, help="Run the per-file stage on a Dask cluster (scheduler address, or 'local' for a LocalCluster here); needs the [dask] extra.")
@click.option("--no-cache", is_flag=True, help="Extract every file again instead of reusing OUT/.cache.")
@click.option("--validate", "validate_mode", default="all", show_default=True, metavar="all|documents|sample:N|none", help="SHACL: the whole graph, each document alone, N documents, or none.")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr [default: only on a terminal].")
def build(paths, out_dir, lexicons, curation, base_iri, no_html, jobs, dask_address, no_cache, validate_mode, progress) -> None:
    """Read articles (files or folders; data/articles by default) and write the graph under --out.

    Writes graph.ttl (all documents), graph.trig (one named graph per document), the store and
    graph.html as one unit, validates the graph against the SHACL shapes, and prints a summary.
    Files whose bytes, extractor and lexicons are unchanged come from OUT/.cache.

    Exit codes: 0 built, 1 error, 75 another build is writing into OUT.
    """
    from .files import BUSY_EXIT_CODE, BuildBusyError
    from .namespaces import DEFAULT_BASE
    from .pipeline import BuildOptions, build as run_build

    if curation is None and Path("data/curation").is_dir():
        curation = Path("data/curation")
    options = BuildOptions(
        inputs=list(paths) or [Path("data/articles")], out_dir=out_dir, lexicons=list(lexicons),
        curation=curation, base_iri=base_iri or DEFAULT_BASE, html=not no_html, validate=validate_mode,
        jobs=jobs, dask=dask_address, cache=not no_cache, progress=progress,
    )
    try:
        summary = run_build(options)
    except BuildBusyError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(BUSY_EXIT_CODE)
    except KgError as exc:
        _fail(exc)
    for error in summary.errors:
        click.echo(f"skipped: {error}", err=True)
    classes = ", ".join(f"{cls} {n}" for cls, n in summary.entities_by_class.items())
    click.echo(f"documents: {summary.documents}")
    click.echo(f"files: {summary.cache_hits + summary.cache_misses} ({summary.cache_misses} extracted, {summary.cache_hits} from the cache)")
    click.echo(f"entities: {sum(summary.entities_by_class.values())} ({classes})")
    click.echo(f"events: {summary.events}")
    click.echo(f"relations: {summary.relations}")
    click.echo(f"evidence sentences: {summary.evidence}")
    click.echo(f"warnings: {len(summary.warnings)}")
    for warning in summary.warnings:
        click.echo(f"  {warning}")
    click.echo("wrote: " + ", ".join(str(p) for p in summary.outputs))


@main.command()
@click.argument("query", required=False)
@OUT_OPTION
@click.option("--example", "example_name", help="Run a shipped example query by name.")
@click.option("--list-examples", is_flag=True, help="List the shipped example queries.")
@click.option("--format", "output", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True, help="Result format for SELECT/ASK (CONSTRUCT/DESCRIBE print Turtle).")
@click.option("--endpoint", metavar="URL", default=None, help="Query this SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of the built graph.")
@click.option("--store", "backend", type=click.Choice(["oxigraph", "memory"]), default="oxigraph", show_default=True, help="Where the built graph is queried: the Oxigraph store under OUT/store, or rdflib's in-memory store (small graphs, comparisons).")
@click.option("--timeout", "time_limit", type=click.FloatRange(min=0), default=60.0, show_default=True, help="Seconds the query may run before it is stopped (0: no limit).")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True, help="Most rows the table format lays out; csv, tsv and json stream any number.")
def query(query, out_dir, example_name, list_examples, output, endpoint, backend, time_limit, max_rows) -> None:
    """Run a SPARQL query (a string or a .rq file) against the built graph, or a remote endpoint.

    The prefixes pk:, rdf:, rdfs:, schema:, prov:, skos:, owl: and xsd: are predeclared.
    SERVICE is refused; a query past --timeout is stopped (exit 1).
    """
    from .entry import answer_query

    if list_examples:
        from .query import examples

        for item in examples():
            click.echo(f"{item.name:12} {item.description}")
        return
    if not example_name and not query:
        raise click.UsageError("give a query, a .rq file, --example NAME or --list-examples")
    try:
        hint = answer_query(query, out_dir, example_name, output, endpoint, backend, time_limit, max_rows)
    except KgError as exc:
        _fail(exc)
    if hint:
        click.echo(hint, err=True)


@main.command()
@OUT_OPTION
@click.option("--format", "output_format", type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "graphml"]), default="turtle", show_default=True)
@click.option("-f", "--file", "target", type=click.Path(path_type=Path), default=None, help="Write here (atomically) instead of standard output.")
def export(out_dir, output_format, target) -> None:
    """Export the built graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD or GraphML."""
    from .export import export_graph

    try:
        text = export_graph(out_dir, output_format, target)
    except KgError as exc:
        _fail(exc)
    if text is not None:
        click.echo(text, nl=False)
    else:
        click.echo(f"wrote {target}")


@main.command()
@OUT_OPTION
@click.option("--documents", "each", is_flag=True, help="Check each document's named graph alone (memory of one document: for archives).")
@click.option("--sample", type=click.IntRange(min=1), default=None, metavar="N", help="Check N documents alone (the same N every time).")
def validate(out_dir, each, sample) -> None:
    """Check the built graph against the SHACL shapes in ontology/.

    Exit codes: 0 conforms, 1 violations, 2 error.
    """
    from .files import graph_file, load_dataset
    from .graph import union_graph
    from .validate import validate_each, validate_graph

    try:
        if each or sample:
            report = validate_each(graph_file(out_dir), sample)
        else:
            report = validate_graph(union_graph(load_dataset(out_dir)))
    except KgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("conforms: the graph meets the contract's shapes")
        return
    click.echo(report.text)
    click.echo(f"violations: {report.violations}")
    sys.exit(1)


@main.command()
@click.argument("name")
@OUT_OPTION
def show(name, out_dir) -> None:
    """Show an entity's facts, each with its evidence sentence (NAME: any of its labels)."""
    from .show import describe_entity

    try:
        click.echo(describe_entity(out_dir, name), nl=False)
    except KgError as exc:
        _fail(exc)


@main.command()
@click.option("--focus", "focus", multiple=True, metavar="NAME", help="Centre the view on this entity (any of its labels); repeatable.")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True, help="How far from the focus to reach (edges in either direction).")
@click.option("--class", "classes", multiple=True, metavar="CLS", help="Keep only these classes (Person, Company, Event... a family brings its kinds); repeatable or comma-separated.")
@click.option("--since", default=None, metavar="DATE", help="Keep dated things that may fall on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD), with what they touch.")
@click.option("--until", default=None, metavar="DATE", help="Keep dated things that may fall on or before DATE.")
@OUT_OPTION
@click.option("-f", "--file", "target", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Write the page here [default: OUT/view.html].")
def render(focus, hops, classes, since, until, out_dir, target) -> None:
    """Write an explorer page of part of the built graph: an entity's neighbourhood, some classes, a date range.

    The page opens from the file system with no network, like graph.html.
    """
    from .render import render_view

    try:
        summary = render_view(out_dir, target, focus=focus, hops=hops, classes=classes, since=since, until=until)
    except KgError as exc:
        _fail(exc)
    centre = f" around {', '.join(summary.focus)}" if summary.focus else ""
    click.echo(f"wrote {summary.path}: {summary.nodes} entities, {summary.edges} relations{centre}")


@main.command()
@OUT_OPTION
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port on 127.0.0.1 (0: any free port).")
@click.option("--timeout", "time_limit", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True, help="Most rows (or triples) one answer may hold.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Queries each front answers at once (one worker process each), plus one fast-lane worker that answers quick queries while these are busy.")
@click.option("--fronts", type=click.IntRange(min=1), default=None, help="Processes accepting requests, each with its own workers; they answer queries a worker found cheap themselves [default: one per core, at most 4; 1 with --update-token].")
@click.option("--update-token", envvar="KG_UPDATE_TOKEN", default=None, help="Allow SPARQL Update with 'Authorization: Bearer TOKEN' [env: KG_UPDATE_TOKEN]; read-only without it.")
def serve(out_dir, port, time_limit, max_rows, workers, fronts, update_token) -> None:
    """Serve the built graph as a SPARQL 1.1 endpoint on 127.0.0.1, with the explorer at /.

    Query at /sparql (GET or POST; JSON, XML, CSV, TSV, Turtle, N-Triples, JSON-LD by Accept
    header); a GET of /sparql without a query gives the service description. CORS is open, so
    YASGUI in a browser can query it. Stop with Ctrl-C.
    """
    from .server import ServeOptions, default_fronts, serve as run_server

    options = ServeOptions(out_dir=out_dir, port=port, time_limit=time_limit, max_rows=max_rows, workers=workers, update_token=update_token,
                           fronts=fronts or default_fronts())
    try:
        run_server(options, on_ready=lambda url: click.echo(f"serving SPARQL at {url}sparql (explorer at {url}); read-{'write with token' if update_token else 'only'}"))
    except KgError as exc:
        _fail(exc)


@main.command()
@OUT_OPTION
@click.option("--endpoint", metavar="URL", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph) or http://HOST:3030/DATASET/data (Fuseki).")
@click.option("--token", envvar="KG_PUSH_TOKEN", default=None, help="Send 'Authorization: Bearer TOKEN' [env: KG_PUSH_TOKEN].")
@click.option("--put-union", is_flag=True, help="Also replace the store's default graph with the union of the documents (for stores whose union default graph repeats shared triples, such as Oxigraph).")
def push(out_dir, endpoint, token, put_union) -> None:
    """Send the built graph to a remote store, one named graph per document (SPARQL 1.1 Graph Store Protocol).

    Each document's graph is replaced (HTTP PUT ?graph=IRI), so pushing again updates it
    without touching the store's other graphs.
    """
    from .store import push_graphs

    try:
        report = push_graphs(out_dir, endpoint, token=token, put_union=put_union)
    except KgError as exc:
        _fail(exc)
    union = " and the union as the default graph" if put_union else ""
    click.echo(f"pushed {report.graphs} document graphs{union} to {endpoint} ({len(report.created)} new, {len(report.replaced)} replaced)")


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--corpus", "corpus_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False), help="Folder holding the gold files' articles (searched recursively); repeatable.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(path_type=Path, file_okay=False), help="Extra lexicon folder; repeatable.")
@click.option("--json", "json_path", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Also write the full report as JSON here ('-' for standard output).")
@click.option("--min-entity-f1", type=float, default=None, help="Exit 1 when entity F1 is below this.")
@click.option("--min-relation-f1", type=float, default=None, help="Exit 1 when relation F1 is below this.")
@click.option("--quiet", is_flag=True, help="Print only the summary lines, not every miss and false fact.")
def evaluate(gold, corpus_dirs, lexicons, json_path, min_entity_f1, min_relation_f1, quiet) -> None:
    """Score extraction against gold annotations (shared/eval/FORMAT.md).

    Each GOLD file (NAME.yaml) is scored on a graph built from its article
    NAME.txt alone, found in --corpus folders, beside the gold, in
    ../shared/corpus or in data/articles. Curation is not applied: this
    measures what the extractor finds on its own.
    """
    import json

    from .files import atomic_write, check_writable
    from .pipeline import evaluate_gold

    try:
        if json_path is not None and str(json_path) != "-":
            check_writable(json_path)
        report = evaluate_gold(list(gold), list(corpus_dirs), list(lexicons))
    except KgError as exc:
        _fail(exc)
    text = report.format_text()
    click.echo("\n".join(text.splitlines()[-4:]) if quiet else text.rstrip("\n"))
    if json_path is not None:
        payload = json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
        if str(json_path) == "-":
            click.echo(payload, nl=False)
        else:
            try:
                atomic_write(json_path, payload)
            except OSError as exc:
                _fail(KgError(f"{json_path}: cannot write the report ({exc.strerror or exc})"))
    entity_f1, relation_f1 = report.entity_total.f1, report.relation_total.f1
    failed = []
    if min_entity_f1 is not None and entity_f1 < min_entity_f1:
        failed.append(f"entity F1 {entity_f1:.3f} < {min_entity_f1}")
    if min_relation_f1 is not None and relation_f1 < min_relation_f1:
        failed.append(f"relation F1 {relation_f1:.3f} < {min_relation_f1}")
    if failed:
        click.echo("below the floor: " + "; ".join(failed), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
