"""The one-line progress report on a terminal: files done of total, files/s, errors, time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "format_seconds"]

# Redrawing more often than this costs time and shows nothing a reader can follow.
_INTERVAL = 0.1


def format_seconds(seconds: float) -> str:
    """A duration as ``1h02m``, ``3m05s``, ``12s`` or, under ten seconds, ``2.5s``.

    Example:
        >>> format_seconds(3725), format_seconds(185), format_seconds(12.4), format_seconds(2.53)
        ('1h02m', '3m05s', '12s', '2.5s')
    """
    if seconds < 9.95:
        return f"{seconds:.1f}s"
    whole = round(seconds)
    if whole >= 3600:
        return f"{whole // 3600}h{whole % 3600 // 60:02d}m"
    if whole >= 60:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole}s"


class Progress:
    """Redraws one status line on ``stream``, at most every 0.1 s; does nothing when disabled.

    ``total`` is the number of files, when known. ``clock`` is injectable so tests need not wait.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        total: int | None,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._total = total
        self._enabled = enabled
        self._clock = clock
        self._start = clock()
        self._last = float("-inf")
        self._drawn = False

    def line(self, done: int, errors: int) -> str:
        """The status text for ``done`` files with ``errors`` failures so far."""
        elapsed = self._clock() - self._start
        rate = done / elapsed if elapsed > 0 else 0.0
        parts = [f"{done}/{self._total} files" if self._total is not None else f"{done} files"]
        parts.append(f"{rate:.0f} files/s")
        parts.append(f"{errors} errors")
        if self._total is not None and rate > 0:
            parts.append(f"ETA {format_seconds((self._total - done) / rate)}")
        return ", ".join(parts)

    def update(self, done: int, errors: int) -> None:
        """Redraw the line if enough time has passed since the last time."""
        if not self._enabled:
            return
        now = self._clock()
        if now - self._last < _INTERVAL:
            return
        self._last = now
        self._stream.write("\r\x1b[K" + self.line(done, errors))
        self._stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Erase the line, so what is written next starts on a clean line."""
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn = False
