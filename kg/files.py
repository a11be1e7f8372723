"""Safe output: write beside the target, then rename, so no reader sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import GraphNotFoundError


def atomic_write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def graph_file(out_dir: Path) -> Path:
    """The built dataset that query, export, validate and show read."""
    path = out_dir / "graph.trig"
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
    dataset.parse(graph_file(out_dir), format="trig")
    dataset.default_union = True
    return dataset
