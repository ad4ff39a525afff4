"""What a worker does for the command line: parse each input and render its output record.

Workers serialise their own JSON, a chunk of inputs at a time: encoding an Article as JSON costs
about as much as pickling it and unpickling it again, so doing it in the worker moves all per-file
work off the parent, which then writes one block of bytes per chunk and counts small outcomes
(``benchmarks/bench_cli.py --transfer`` measures both ways).
"""

from __future__ import annotations

import contextlib
import enum
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any, Final

import attrs

from newsparse import (
    Article,
    Code,
    DateOrder,
    Failed,
    ParseError,
    Vocabulary,
    json_text,
    read_document,
    to_dict,
    to_row,
)
from newsparse._kinds import KINDS

__all__ = [
    "FIELDS",
    "Batch",
    "Format",
    "Input",
    "Job",
    "Outcome",
    "error_record",
    "fields_of",
    "lost_chunk",
    "run_chunk",
    "run_one",
]

DEFAULT_TIMEOUT: float = 600.0
"""Seconds one input may take (read and parse) before it gets a ``timeout`` error record."""


class Format(enum.StrEnum):
    """How output records are written."""

    JSONL = "jsonl"  # one compact record per line
    JSON = "json"  # one JSON array, a record per element
    ROWS = "rows"  # one flat newsparse.to_row record per line


@attrs.frozen(kw_only=True)
class Job:
    """What every worker needs to know; sent with each chunk of inputs.

    ``output`` is ``None`` when no record is wanted (``stats``); ``census`` asks for the fields
    each article has; ``html`` reads every input as an HTML page; ``max_size`` bounds the bytes
    read from one input (``None``: :data:`newsparse._files.MAX_BYTES`); ``order`` is the day/month
    order of numeric dates; ``vocabulary`` the words the rules recognise (``None``: the
    default); ``fields`` the columns of a ``rows`` record (``None``: all);
    ``timeout`` is the seconds one input may take (``None``: no limit).
    """

    strict: bool = False
    output: Format | None = Format.JSONL
    census: bool = False
    html: bool = False
    max_size: int | None = None
    order: DateOrder | None = None
    vocabulary: Vocabulary | None = None
    fields: tuple[str, ...] | None = None
    timeout: float | None = DEFAULT_TIMEOUT


@attrs.frozen(kw_only=True)
class Input:
    """One input: a path, and its content when it was read already (standard input).

    ``error`` is set when the input was refused before any worker saw it (a FIFO found in a
    folder, standard input over the size limit): its record is that error.
    """

    path: str
    data: bytes | None = None
    error: ParseError | None = None


@attrs.frozen(kw_only=True)
class Outcome:
    """What the parent learns about one input: its output record and what it counts.

    ``record`` is the UTF-8 output record (empty when the job wants none), without a separator;
    ``seconds`` is the time spent reading and parsing.
    """

    path: str
    record: bytes = b""
    error: ParseError | None = None
    diagnostics: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    seconds: float = 0.0


@attrs.frozen(kw_only=True)
class Batch:
    """What a worker sends back for a chunk of inputs.

    ``output`` is the chunk's records as one block (ended or separated as the format wants);
    ``outcomes`` are the inputs' outcomes, in order, without their records.
    """

    output: bytes
    outcomes: tuple[Outcome, ...]


# Values stats counts beside a kind's own field, listed after it: what its elements give.
_DETAILS: Final[dict[str, tuple[str, ...]]] = {
    "byline": ("authors",),
    "dateline": ("published", "updated", "place"),
}

FIELDS: Final[tuple[str, ...]] = tuple(
    name for kind in KINDS for name in (kind.present, *_DETAILS.get(kind.name, ()))
)
"""The fields ``stats`` counts, in the order it lists them: each kind's (from the kind table,
:data:`newsparse._kinds.KINDS`), with what a byline and a dateline give after theirs."""


def fields_of(article: Article) -> tuple[str, ...]:
    """The names in :data:`FIELDS` that ``article`` has a value for (not ``None``, not empty)."""
    dateline = article.dateline
    values: dict[str, object] = {
        "published": None if dateline is None else dateline.published,
        "updated": None if dateline is None else dateline.updated,
        "place": None if dateline is None else dateline.place,
    }
    present = []
    for name in FIELDS:
        value = values[name] if name in values else getattr(article, name)
        if value is not None and value != ():
            present.append(name)
    return tuple(present)


def error_record(error: ParseError) -> dict[str, Any]:
    """The ``"error"`` object of an output record."""
    return {
        "code": error.code,
        "message": error.message,
        "line": error.line,
        "column": error.column,
    }


def _render(output: Format, record: dict[str, Any]) -> bytes:
    # json_text escapes lone surrogates, so a path the file system gave undecodable bytes
    # (surrogateescape, as os.fsdecode reads them) is written as "\udcff" and the run goes on.
    if output is not Format.JSON:
        return json_text(record).encode()
    # Indented one level more, to sit inside the array; JSON strings hold no raw line breaks.
    text = json_text(record, indent=2)
    return ("  " + text.replace("\n", "\n  ")).encode()


class _TimedOut(BaseException):
    """Raised by the alarm inside a read or parse that ran past the job's time limit.

    A BaseException, so no ``except Exception`` on the way can swallow it.
    """


def _alarm(signum: int, frame: object) -> None:
    raise _TimedOut


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_TimedOut` in this thread after ``seconds`` (a real-time alarm).

    Only where signals can be used: the main thread of a process on a system with SIGALRM.
    Elsewhere the input runs without a limit.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _load(job: Job, item: Input) -> Article:
    """Read and parse one input; errors that are no fault of the input become ParseErrors."""
    if item.error is not None:
        raise item.error
    try:
        with _time_limit(job.timeout):
            return read_document(
                item.path,
                data=item.data,
                strict=job.strict,
                html=job.html,
                max_size=job.max_size,
                order=job.order,
                vocabulary=job.vocabulary,
            ).article
    except _TimedOut:
        raise ParseError(
            f"reading and parsing took longer than {job.timeout:g} s", code=Code.TIMEOUT
        ) from None
    except MemoryError:
        raise ParseError(
            "the input needed more memory than the system gave", code=Code.OUT_OF_MEMORY
        ) from None


def run_one(job: Job, item: Input) -> Outcome:
    """Parse one input and make its output record (never raises for a bad input)."""
    start = time.perf_counter()
    try:
        article = _load(job, item)
    except ParseError as error:
        return _failed(job, item.path, error, time.perf_counter() - start)
    seconds = time.perf_counter() - start
    record = b""
    if job.output is Format.ROWS:
        record = _render(job.output, to_row(article, path=item.path, fields=job.fields))
    elif job.output is not None:
        record = _render(job.output, {"path": item.path, "article": to_dict(article)})
    return Outcome(
        path=item.path,
        record=record,
        diagnostics=tuple(diagnostic.code for diagnostic in article.diagnostics),
        fields=fields_of(article) if job.census else (),
        seconds=seconds,
    )


# Between two records: JSON Lines ends each record with a line break; a JSON array separates them.
_SEPARATORS = {Format.JSONL: b"\n", Format.JSON: b",\n", Format.ROWS: b"\n"}


def run_chunk(job: Job, items: list[Input]) -> Batch:
    r"""Run :func:`run_one` on each input and join their records into one output block.

    For JSON Lines the block ends with a line break; for a JSON array it has no separator at
    either end, so the parent writes ``,\n`` between blocks.
    """
    return _joined(job, [run_one(job, item) for item in items])


def _failed(job: Job, path: str, error: ParseError, seconds: float = 0.0) -> Outcome:
    record = b""
    if job.output is Format.ROWS:
        record = _render(job.output, to_row(Failed(path=path, error=error), fields=job.fields))
    elif job.output is not None:
        record = _render(job.output, {"path": path, "error": error_record(error)})
    return Outcome(path=path, record=record, error=error, seconds=seconds)


def lost_chunk(job: Job, items: list[Input]) -> Batch:
    """The batch for a chunk whose worker died (killed, say, by the out-of-memory killer).

    Each input gets a ``worker-died`` error record, so the run accounts for every input.
    """
    error = ParseError(
        "the worker process reading this input (or another in its chunk) died",
        code=Code.WORKER_DIED,
    )
    return _joined(job, [_failed(job, item.path, error) for item in items])


def _joined(job: Job, outcomes: list[Outcome]) -> Batch:
    if job.output is None:
        return Batch(output=b"", outcomes=tuple(outcomes))
    separator = _SEPARATORS[job.output]
    output = separator.join(outcome.record for outcome in outcomes)
    if job.output is not Format.JSON:
        output += separator
    return Batch(
        output=output,
        outcomes=tuple(attrs.evolve(outcome, record=b"") for outcome in outcomes),
    )
