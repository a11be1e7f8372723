"""The per-file stage on a Dask cluster (`kg build --dask ADDRESS|local`).

Each task carries its file's bytes, so workers need no shared file system; they need the same
version of policy-kg (a worker whose extractor version differs refuses the task) and, for
--lexicon folders, the same paths. Results come back to the build, which writes the cache
entries and does the whole-archive stages itself, so the bytes are those of a serial build.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import KgError


def remote_task(task, expected_version: str):
    """Run on a worker: extract and render one file; return its compact index and full entry."""
    from .cache import extractor_version
    from .parallel import FileEntry, index_of, lexicon_for, render, run_task
    import dataclasses

    version = extractor_version(list(lexicon_for(task.lexicons).sources))
    if version != expected_version:
        raise RuntimeError("this Dask worker runs another version of policy-kg (or other lexicons) than the build; install the same version on every worker")
    outcome = run_task(task)
    for result in outcome.results:
        result.article = dataclasses.replace(result.article, source=Path(task.relative))
    return index_of(outcome, task.name), FileEntry(outcome.results, render(outcome.results, task.name, task.base))


def _client(address: str, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--dask needs dask.distributed: pip install 'policy-kg[dask]'") from None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise KgError(f"{address}: cannot reach the Dask scheduler ({' '.join(str(exc).split())})") from None


def run_on_dask(tasks, address: str, cache_folder: str, done, workers: int = 2) -> None:
    """Submit every task, write each entry to the cache as it arrives, and report its index to done()."""
    from dask.distributed import as_completed

    from .cache import entry_path, extractor_version, write_entry
    from .parallel import lexicon_for

    version = extractor_version(list(lexicon_for(tasks[0].lexicons).sources))
    client, cluster = _client(address, workers)
    try:
        futures = client.map(remote_task, tasks, expected_version=version, key=[f"kg-extract-{t.key}" for t in tasks], pure=False)
        for future in as_completed(futures):
            try:
                index, entry = future.result()
            except RuntimeError as exc:
                raise KgError(f"{address}: {exc}") from None
            write_entry(entry_path(Path(cache_folder), index.key), (index, entry))
            future.release()
            done(index)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
