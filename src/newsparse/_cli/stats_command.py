"""``newsparse stats``: how often each field and diagnostic occurs in a corpus, and slow files."""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import heapq
import sys
from collections.abc import Sequence
from typing import Final

from newsparse import Skipped
from newsparse._cli.inputs import add_input_arguments, count_inputs, date_order_option, inputs
from newsparse._cli.parse_command import INTERRUPTED, SKIP_HINT, nothing_found
from newsparse._cli.progress import Progress
from newsparse._cli.work import FIELDS, Job, Outcome, lost_chunk, run_chunk
from newsparse._pool import ordered_chunks

__all__ = ["Census", "add_arguments", "run", "table"]

_TOP_DIAGNOSTICS: Final = 10
_SLOWEST: Final = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``stats`` arguments to its subparser."""
    add_input_arguments(parser)


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Rows as aligned text columns: the first left-aligned, the others right-aligned.

    Example:
        >>> print(table(["field", "files"], [["title", 78], ["byline", 5]]))
        field   files
        title      78
        byline      5
    """
    cells = [[str(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for row in cells:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


class Census:
    """Counters over a corpus; memory does not grow with the number of files."""

    def __init__(self) -> None:
        self.files = 0
        self.failed = 0
        self.fields: collections.Counter[str] = collections.Counter()
        self.diagnostics: collections.Counter[str] = collections.Counter()
        self.files_with: collections.Counter[str] = collections.Counter()
        self.errors: collections.Counter[str] = collections.Counter()
        # A min-heap of the slowest files: (seconds, order seen, path); order breaks ties.
        self._slowest: list[tuple[float, int, str]] = []

    def add(self, outcome: Outcome) -> None:
        """Count one file."""
        self.files += 1
        entry = (outcome.seconds, -self.files, outcome.path)
        if len(self._slowest) < _SLOWEST:
            heapq.heappush(self._slowest, entry)
        else:
            heapq.heappushpop(self._slowest, entry)
        if outcome.error is not None:
            self.failed += 1
            self.errors[outcome.error.code] += 1
            return
        self.fields.update(outcome.fields)
        self.diagnostics.update(outcome.diagnostics)
        self.files_with.update(set(outcome.diagnostics))

    @property
    def slowest(self) -> list[tuple[str, float]]:
        """The slowest files, slowest first, with their read-and-parse time in seconds."""
        return [(path, seconds) for seconds, _, path in sorted(self._slowest, reverse=True)]

    def report(self) -> str:
        """The tables ``stats`` prints."""
        parsed = self.files - self.failed
        sections = [f"{self.files} files: {parsed} parsed, {self.failed} failed"]

        def share(count: int) -> str:
            return f"{100 * count / parsed:.1f}%" if parsed else "-"

        rows = [[name, self.fields[name], share(self.fields[name])] for name in FIELDS]
        sections.append(table(["field", "files", "of parsed"], rows))
        ranked = sorted(self.diagnostics.items(), key=lambda item: (-item[1], item[0]))
        if ranked:
            rows = [[code, n, self.files_with[code]] for code, n in ranked[:_TOP_DIAGNOSTICS]]
            sections.append(table(["diagnostic", "count", "files"], rows))
        if self.errors:
            ranked = sorted(self.errors.items(), key=lambda item: (-item[1], item[0]))
            sections.append(table(["error", "files"], ranked))
        if self._slowest:
            rows = [[path, f"{seconds * 1000:.1f}"] for path, seconds in self.slowest]
            sections.append(table(["slowest", "ms"], rows))
        return "\n\n".join(sections) + "\n"


def run(options: argparse.Namespace) -> int:
    """Run ``newsparse stats``; returns the exit status."""
    show_progress = sys.stderr.isatty()
    total = count_inputs(options.paths, pattern=options.glob) if show_progress else None
    progress = Progress(sys.stderr, total=total, enabled=show_progress)
    census = Census()
    job = Job(
        output=None,
        census=True,
        html=options.html,
        order=date_order_option(options),
        vocabulary=options.vocabulary,
    )
    work = functools.partial(run_chunk, job)
    lost = functools.partial(lost_chunk, job)  # a worker that dies costs its inputs only
    skipped = Skipped()
    items = inputs(options.paths, pattern=options.glob, skipped=skipped)
    try:
        batches = ordered_chunks(work, items, jobs=options.jobs, on_lost=lost)
        with contextlib.closing(batches):
            for batch in batches:
                for outcome in batch.outcomes:
                    census.add(outcome)
                progress.update(census.files, census.failed)
    except KeyboardInterrupt:
        progress.clear()
        sys.stderr.write(f"newsparse: interrupted after {census.files} files\n")
        return INTERRUPTED
    progress.clear()
    if not census.files:
        sys.stderr.write(nothing_found(options, skipped))
        return 2
    sys.stdout.write(census.report())
    if skipped.total:
        sys.stderr.write(f"newsparse: skipped {skipped.describe()} in folders: {SKIP_HINT}\n")
    return 1 if census.failed else 0
