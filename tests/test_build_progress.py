"""Progress of a long build: on a terminal only."""

from __future__ import annotations

import io
import sys

from kg.progress import Progress

from .conftest import SEED, run


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_files_done_rate_and_time_left(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stdout", Terminal())
    screen = Terminal()
    progress = Progress(4, stream=screen)
    assert progress.enabled
    for _ in range(4):
        progress.step()
    assert "4/4 files (100%)" in screen.getvalue() and "files/s" in screen.getvalue() and "left" in screen.getvalue()
    progress.close()
    assert screen.getvalue().endswith("\r\x1b[K")


def test_pipes_and_ci_stay_quiet(monkeypatch):
    assert not Progress(4, stream=io.StringIO()).enabled
    monkeypatch.setenv("CI", "1")
    assert not Progress(4, stream=Terminal()).enabled


def test_a_line_says_how_far_and_how_long():
    progress = Progress(10, enabled=False)
    progress.done = 5
    assert progress.line(progress.start + 5.0) == "extracting: 5/10 files (50%), 1.0 files/s, 00:05 left"


def test_a_build_in_a_pipe_prints_no_progress(tmp_path):
    result = run("build", str(SEED), "-o", str(tmp_path), "--no-html")
    assert "extracting:" not in result.output and "\r" not in result.output
