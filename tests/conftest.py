from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "data" / "articles" / "000_87fa020e784ef6d5.txt"
DEV_CORPUS = SHARED / "corpus" / "dev"


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch):
    """Commands resolve data/ and ontology/ from the working folder, as a user runs them."""
    monkeypatch.chdir(REPO)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The seed built once into a temporary out folder."""
    out = tmp_path_factory.mktemp("out")
    import os

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out)])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return out


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def stop_process(process, grace: float = 20) -> None:
    """Stop a server the tests started: terminate, then kill if it does not go in time."""
    import subprocess

    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
