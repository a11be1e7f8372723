"""Kiwi's start (about 2.5 CPU-seconds) is paid once per process, and only when a file needs extracting."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import kg.morph
import kg.parallel
from kg.lexicon import load_lexicon

from .conftest import SEED, run


def test_one_kiwi_per_lexicon():
    lexicon = load_lexicon()
    assert kg.morph.analyzer(lexicon) is kg.morph.analyzer(lexicon)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_kiwi_starts_no_threads():
    """The build analyses one text at a time: a pool would only cost its start, and threads in the fork.
    Counted in a fresh interpreter, where nothing else starts threads (Kiwi's are not Python threads)."""
    count = ("import os, kg.morph; kg.morph._kiwi((('가나다라마', 'NNP'),)).tokenize('가');"
             "print(len(os.listdir('/proc/self/task')))")
    result = subprocess.run([sys.executable, "-c", count], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["1"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rebuild_from_the_cache_never_starts_kiwi(tmp_path, monkeypatch, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    first = run("build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--validate", "none")
    assert first.exit_code == 0, first.output

    def no_kiwi(*args):
        raise AssertionError("Kiwi started although every file came from the cache")

    monkeypatch.setattr(kg.morph, "analyzer", no_kiwi)
    monkeypatch.setattr(kg.parallel, "_warm_analyzer", no_kiwi)
    again = run("build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--validate", "none", "--jobs", jobs)
    assert again.exit_code == 0, again.output
