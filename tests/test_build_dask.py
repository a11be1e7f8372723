"""The per-file stage on a real Dask cluster gives the bytes of a serial build."""

from __future__ import annotations

import logging
import shutil

import pytest

from .conftest import DEV_CORPUS, SEED, run

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each: tasks really leave the build's process."""
    local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
    yield local
    local.close()


def test_dask_gives_the_serial_bytes(cluster, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for source in [SEED, *sorted(DEV_CORPUS.glob("d0[1-4]_*.txt"))]:
        shutil.copy(source, folder / source.name)
    serial = run("build", str(folder), "-o", str(tmp_path / "serial"), "--no-html", "--validate", "none", "--jobs", "1")
    assert serial.exit_code == 0, serial.output
    on_dask = run("build", str(folder), "-o", str(tmp_path / "dask"), "--no-html", "--validate", "none", "--dask", cluster.scheduler_address)
    assert on_dask.exit_code == 0, on_dask.output
    assert "(5 extracted, 0 from the cache)" in on_dask.output
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert "kg-extract" in cluster.scheduler.task_prefixes, "the files were not extracted on the cluster"


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = run("build", str(SEED), "-o", str(tmp_path / "out"), "--no-html", "--dask", "tcp://127.0.0.1:9", "--no-cache")
    assert result.exit_code == 1
    assert result.output.startswith("Error: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
