"""Progress of a long build on a terminal: files done, rate, time left; silent in pipes and CI."""

from __future__ import annotations

import os
import sys
import time


def _interactive(stream) -> bool:
    try:
        return stream.isatty() and os.environ.get("CI") is None and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


class Progress:
    """One status line on stderr, redrawn at most a few times a second; nothing unless stderr and stdout are terminals."""

    def __init__(self, total: int, enabled: bool | None = None, stream=None, label: str = "extracting"):
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.label = label
        self.enabled = (_interactive(self.stream) and _interactive(sys.stdout)) if enabled is None else enabled
        self.enabled = self.enabled and total > 0
        self.start = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def step(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last >= 0.25 or self.done >= self.total:
            self.last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.monotonic()) - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else None
        eta = _clock(left) if left is not None else "--:--"
        percent = 100 * self.done / self.total if self.total else 100
        return f"{self.label}: {self.done}/{self.total} files ({percent:.0f}%), {rate:.1f} files/s, {eta} left"

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[K" + self.line(now))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"
