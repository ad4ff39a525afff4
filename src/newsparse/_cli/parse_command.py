"""``newsparse parse``: every input to one output record, in input order, and a summary."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import signal
import sys
import time
from collections.abc import Iterator
from typing import Final, TextIO

from newsparse import COLUMNS, MAX_BYTES, ParseError, Skipped, select_columns
from newsparse._cli.inputs import add_input_arguments, count_inputs, date_order_option, inputs
from newsparse._cli.output import Output, UnsuitableTargetError
from newsparse._cli.progress import Progress, format_seconds
from newsparse._cli.work import DEFAULT_TIMEOUT, Format, Job, Outcome, lost_chunk, run_chunk
from newsparse._pool import ordered_chunks

__all__ = ["INTERRUPTED", "SKIP_HINT", "Summary", "add_arguments", "nothing_found", "run"]

INTERRUPTED: Final = 130
"""Exit status after Ctrl-C (128 + SIGINT, as shells report it)."""

_SHOWN_FAILURES: Final = 10
SKIP_HINT: Final = "not dumps or pages by name (--glob PATTERN chooses the files)"
"""What the summary says after the count of files a folder walk skipped."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``parse`` arguments to its subparser."""
    add_input_arguments(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the records to OUT (it appears only once complete) instead of stdout",
    )
    parser.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default=Format.JSONL.value,
        help="jsonl: one record per line (default); json: one array; rows: one flat record "
        "per line (newsparse.to_row: path, url, title, authors, published, counts, text...)",
    )
    parser.add_argument(
        "--fields",
        type=_fields,
        metavar="A,B,...",
        default=None,
        help=f"the columns of --format rows, in order (default: all: {', '.join(_COLUMN_NAMES)})",
    )
    parser.add_argument(
        "--strict", action="store_true", help="the first warning in a file fails that file"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress and no summary")
    parser.add_argument(
        "--max-size",
        type=_size,
        metavar="BYTES",
        default=None,
        help="a file larger than this (after gzip) is an input-too-large error record "
        f"(default {MAX_BYTES})",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        default=DEFAULT_TIMEOUT,
        help="an input that takes longer to read and parse is a timeout error record "
        f"(default {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )


_COLUMN_NAMES: Final = tuple(column.name for column in COLUMNS)


def _fields(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    try:
        return select_columns(names)
    except ParseError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def _size(text: str) -> int:
    try:
        size = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {text!r}") from None
    if size < 0:
        raise argparse.ArgumentTypeError("a size is not negative")
    return size


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError("a time limit is a finite number, not negative")
    return seconds


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the parent is, to stop as Ctrl-C does."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated(signum)


@contextlib.contextmanager
def _stop_on_termination() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the run as Ctrl-C does: workers ended, no partial output left."""
    names = ("SIGTERM", "SIGHUP")
    kept = {}
    for name in names:
        number = getattr(signal, name, None)
        if number is not None:
            try:
                kept[number] = signal.signal(number, _terminate)
            except ValueError:  # not the main thread: signals stay as they are
                continue
    try:
        yield
    finally:
        for number, handler in kept.items():
            signal.signal(number, handler)


class Summary:
    """Counters over the outcomes seen so far, and the first few failures (memory stays flat)."""

    def __init__(self) -> None:
        self.files = 0
        self.failed = 0
        self.with_diagnostics = 0
        self.failures: list[Outcome] = []
        self.skipped = Skipped()

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.files += 1
        if outcome.error is not None:
            self.failed += 1
            if len(self.failures) < _SHOWN_FAILURES:
                self.failures.append(outcome)
        elif outcome.diagnostics:
            self.with_diagnostics += 1

    def report(self, seconds: float) -> str:
        """The summary printed at the end of a run that took ``seconds``."""
        parsed = self.files - self.failed
        rate = f", {self.files / seconds:.0f} files/s" if seconds > 0 else ""
        lines = [
            f"newsparse: {parsed} of {self.files} files parsed "
            f"({self.with_diagnostics} with diagnostics), {self.failed} failed, "
            f"in {format_seconds(seconds)}{rate}"
        ]
        for outcome in self.failures:
            error = outcome.error
            assert error is not None
            lines.append(
                f"  {outcome.path}:{error.line}:{error.column}: {error.code}: {error.message}"
            )
        if self.failed > len(self.failures):
            lines.append(
                f"  ... and {self.failed - len(self.failures)} more (see the error records)"
            )
        if self.skipped.total:
            lines.append(f"  skipped {self.skipped.describe()} in folders: {SKIP_HINT}")
        return "\n".join(lines) + "\n"


def _write_records(
    options: argparse.Namespace, output: Output, summary: Summary, progress: Progress
) -> None:
    output_format = Format(options.format)
    job = Job(
        strict=options.strict,
        output=output_format,
        html=options.html,
        max_size=options.max_size,
        order=date_order_option(options),
        vocabulary=options.vocabulary,
        fields=options.fields,
        timeout=options.timeout or None,
    )
    work = functools.partial(run_chunk, job)
    lost = functools.partial(lost_chunk, job)
    stream = output.stream
    items = inputs(
        options.paths, pattern=options.glob, max_size=options.max_size, skipped=summary.skipped
    )
    batches = ordered_chunks(work, items, jobs=options.jobs, on_lost=lost)
    with contextlib.closing(batches):
        if output_format is Format.JSON:
            stream.write(b"[\n")
        for batch in batches:
            if output_format is Format.JSON and summary.files:
                stream.write(b",\n")
            stream.write(batch.output)
            for outcome in batch.outcomes:
                summary.add(outcome)
            progress.update(summary.files, summary.failed)
        if output_format is Format.JSON:
            stream.write(b"\n]\n" if summary.files else b"]\n")


def _silence_stdout() -> None:
    # Python's advice for a closed pipe (`newsparse parse ... | head`): point stdout at devnull
    # so the interpreter's final flush does not fail again.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def nothing_found(options: argparse.Namespace, skipped: Skipped) -> str:
    """The message for paths that name no input file (``parse`` and ``stats`` exit 2)."""
    where = " ".join(options.paths)
    wanted = f"--glob {options.glob!r}" if options.glob else f"dumps or pages ({_DEFAULT_NAMES})"
    passed = f"; skipped {skipped.describe()}" if skipped.total else ""
    return f"newsparse: no input files: nothing in {where} matches {wanted}{passed}\n"


_DEFAULT_NAMES: Final = "*.md, *.markdown, *.txt, *.html, *.htm, each also .gz"


def run(options: argparse.Namespace) -> int:
    """Run ``newsparse parse``; returns the exit status (2 when the paths name no input file)."""
    if options.fields is not None and options.format != Format.ROWS.value:
        sys.stderr.write("newsparse: --fields chooses the columns of --format rows\n")
        return 2
    stderr: TextIO = sys.stderr
    show_progress = not options.quiet and stderr.isatty()
    total = count_inputs(options.paths, pattern=options.glob) if show_progress else None
    progress = Progress(stderr, total=total, enabled=show_progress)
    summary = Summary()
    start = time.monotonic()
    try:
        try:
            output = Output(options.output)
        except UnsuitableTargetError as error:
            stderr.write(f"newsparse: cannot write {options.output}: {error}\n")
            return 2
        except OSError as error:
            stderr.write(f"newsparse: cannot write {options.output}: {error.strerror or error}\n")
            return 2
        with _stop_on_termination(), output:
            _write_records(options, output, summary, progress)
            if not summary.files:
                progress.clear()
                stderr.write(nothing_found(options, summary.skipped))
                return 2
            output.commit()
    except KeyboardInterrupt as interrupt:
        progress.clear()
        how_far = f"{summary.files} of {total}" if total is not None else f"{summary.files}"
        lost = f"; {options.output} was not written" if options.output not in (None, "-") else ""
        how = "interrupted" if not isinstance(interrupt, _Terminated) else "terminated"
        stderr.write(f"newsparse: {how} after {how_far} files{lost}\n")
        if isinstance(interrupt, _Terminated):
            return 128 + interrupt.signum
        return INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except OSError as error:
        # Reading never raises here (a file that cannot be read is an error record), so this is
        # the output failing: a full disk, a vanished folder.
        progress.clear()
        stderr.write(f"newsparse: cannot write {options.output or 'stdout'}: {error}\n")
        return 1
    progress.clear()
    if not options.quiet:
        stderr.write(summary.report(time.monotonic() - start))
    return 1 if summary.failed else 0
