"""The Python API behind `import kg`: build, open a built graph, query it into pandas, show an entity.

Each function does what the command of the same name does, without going through the CLI, and
returns data rather than text. Heavy libraries (rdflib, pyoxigraph, pandas, Kiwi) are imported
when a function needs them, so `import kg` stays light.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Union

from .errors import KgError, MissingExtraError

if TYPE_CHECKING:
    import pandas

    from .show import Entity
    from .types import BuildSummary

PathLike = Union[str, Path]
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + name for name in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                         "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}


def build(paths: Iterable[PathLike] = ("data/articles",), out: PathLike = "out", *, lexicons: Iterable[PathLike] = (),
          curation: PathLike | None = None, base_iri: str | None = None, html: bool = True, **options: Any) -> BuildSummary:
    """Read articles (files or folders) and write the graph under `out`, as `kg build` does; returns the summary.

    The summary has documents, entities_by_class, events, relations, evidence, warnings, errors
    (files skipped) and outputs. Curation is applied only when `curation` names a file or folder.
    Other keyword options are passed to kg.pipeline.BuildOptions. Raises KgError when nothing can be built.
    """
    from .namespaces import DEFAULT_BASE
    from .pipeline import BuildOptions, build as run_build

    if isinstance(paths, (str, Path)):
        paths = [paths]
    build_options = BuildOptions(
        inputs=[Path(p) for p in paths], out_dir=Path(out), lexicons=[Path(p) for p in lexicons],
        curation=Path(curation) if curation is not None else None, base_iri=base_iri or DEFAULT_BASE, html=html, **options,
    )
    return run_build(build_options)


def query(sparql: str, out: PathLike = "out", *, endpoint: str | None = None) -> "pandas.DataFrame | bool":
    """Run a SPARQL query on the built graph under `out` (or a remote endpoint) and return a pandas DataFrame.

    A SELECT gives one column per variable, in the query's order: IRIs and strings as str, numbers
    as int or float, booleans as bool, unbound values as None. CONSTRUCT and DESCRIBE give the
    columns subject, predicate, object; ASK gives a bool. The prefixes pk:, rdf:, rdfs:, schema:,
    prov:, skos:, owl: and xsd: are predeclared, as in `kg query`. Needs pandas
    (pip install 'policy-kg[pandas]'); SERVICE is refused.
    """
    pandas = _pandas()
    return _frame(pandas, _result(sparql, Path(out), endpoint))


def open(out: PathLike = "out") -> Graph:  # noqa: A001 - kg.open(out) reads like the builtin it mirrors
    """The graph built under `out`, to query and show entities from; raises GraphNotFoundError when there is none."""
    from .files import graph_file

    graph_file(Path(out))
    return Graph(Path(out))


def show(name: str, out: PathLike = "out") -> Entity:
    """The entity labelled `name` (any label or alias, or part of one) with its facts and their evidence sentences.

    Raises KgError when nothing matches, or when several entities do (the message lists them;
    kg.open(out).find(name) returns them all).
    """
    return open(out).show(name)


@dataclass
class Graph:
    """A built graph (the folder `kg build` wrote). Queries read its Oxigraph store; entities come from graph.trig."""

    out: Path
    _union: Any = field(default=None, repr=False)

    def query(self, sparql: str) -> "pandas.DataFrame | bool":
        """kg.query on this graph."""
        return query(sparql, self.out)

    def find(self, name: str) -> list[Entity]:
        """Every entity with a label equal to `name` (folded), or else containing it; [] when none."""
        from .show import describe, find_entities

        graph = self._graph()
        return [describe(graph, node) for node in find_entities(graph, name)]

    def show(self, name: str) -> Entity:
        """The one entity `name` names; see kg.show."""
        from .show import describe, match_entities

        graph = self._graph()
        exact, partial = match_entities(graph, name)
        nodes = exact or partial
        if not nodes:
            raise KgError(f"no entity labelled {name!r} in the graph (try part of the name, or kg.open(out).find(name))")
        if len(nodes) > 1:
            named = "; ".join(f"{describe(graph, node).label} <{node}>" for node in nodes[:10])
            raise KgError(f"{name!r} names {len(nodes)} entities: {named}{'; ...' if len(nodes) > 10 else ''} (kg.open(out).find(name) returns them all)")
        return describe(graph, nodes[0])

    def _graph(self):
        from .files import graph_file, load_dataset
        from .graph import union_graph
        from .store import store_identity

        identity = store_identity(self.out)
        if self._union is None or self._union[0] != identity:
            graph_file(self.out)
            self._union = (identity, union_graph(load_dataset(self.out)))
        return self._union[1]


def _pandas():
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("kg.query returns a pandas DataFrame, and pandas is not installed: pip install 'policy-kg[pandas]' (or pip install pandas)") from None
    return pandas


def _result(sparql: str, out: Path, endpoint: str | None):
    from .query import check_query, explain_error, open_result, remote_query
    from .errors import QueryError

    if endpoint:
        check_query(sparql, local=False)
        try:
            return remote_query(endpoint, sparql)
        except QueryError as exc:
            raise QueryError(explain_error(str(exc), sparql)) from None
    return open_result(out, sparql)


def _frame(pandas, result):
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, (ox.QueryTriples, list)):
        rows = [(_python(t.subject), _python(t.predicate), _python(t.object)) for t in result]
        return pandas.DataFrame(rows, columns=["subject", "predicate", "object"])
    names = [variable.value for variable in result.variables]
    rows = [[_python(term) for term in solution] for solution in result]
    return pandas.DataFrame(rows, columns=names)


def _python(term):
    """A pyoxigraph term as a plain Python value for a DataFrame cell."""
    import pyoxigraph as ox

    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return term.value if hasattr(term, "value") else str(term)
    datatype = term.datatype.value
    try:
        if datatype in INTEGER_TYPES:
            return int(term.value)
        if datatype in FLOAT_TYPES:
            return float(term.value)
    except ValueError:
        return term.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    return term.value
