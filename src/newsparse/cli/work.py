"""What a worker does for the command line: parse each input and render its output record.

Workers serialise their own JSON, a chunk of inputs at a time: encoding an Article as JSON costs
about as much as pickling it and unpickling it again, so doing it in the worker moves all per-file
work off the parent, which then writes one block of bytes per chunk and counts small outcomes
(``benchmarks/bench_cli.py --transfer`` measures both ways).
"""

from __future__ import annotations

import enum
import time
from typing import Any

import attrs

from newsparse.batch import Failed
from newsparse.dates import DateOrder
from newsparse.errors import ParseError
from newsparse.files import load
from newsparse.model import Article
from newsparse.rows import to_row
from newsparse.serialize import dumps, to_dict

__all__ = [
    "FIELDS",
    "Batch",
    "Format",
    "Input",
    "Job",
    "Outcome",
    "error_record",
    "fields_of",
    "run_chunk",
    "run_one",
]


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
    read from one input (``None``: :data:`newsparse.files.MAX_BYTES`); ``order`` is the day/month
    order of numeric dates; ``fields`` the columns of a ``rows`` record (``None``: all).
    """

    strict: bool = False
    output: Format | None = Format.JSONL
    census: bool = False
    html: bool = False
    max_size: int | None = None
    order: DateOrder | None = None
    fields: tuple[str, ...] | None = None


@attrs.frozen(kw_only=True)
class Input:
    """One input: a path, and its content when it was read already (standard input)."""

    path: str
    data: bytes | None = None


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


FIELDS: tuple[str, ...] = (
    "title",
    "standfirst",
    "byline",
    "authors",
    "dateline",
    "published",
    "updated",
    "place",
    "captions",
    "related",
    "footnotes",
    "body",
    "boilerplate",
    "source_url",
)
"""The fields ``stats`` counts, in the order it lists them."""


def fields_of(article: Article) -> tuple[str, ...]:
    """The names in :data:`FIELDS` that ``article`` has a value for."""
    dateline = article.dateline
    present = {
        "title": article.title is not None,
        "standfirst": article.standfirst is not None,
        "byline": bool(article.bylines),
        "authors": bool(article.authors),
        "dateline": dateline is not None,
        "published": dateline is not None and dateline.published is not None,
        "updated": dateline is not None and dateline.updated is not None,
        "place": dateline is not None and dateline.place is not None,
        "captions": bool(article.captions),
        "related": bool(article.related),
        "footnotes": bool(article.footnotes),
        "body": bool(article.body),
        "boilerplate": bool(article.boilerplate),
        "source_url": article.source_url is not None,
    }
    return tuple(name for name in FIELDS if present[name])


def error_record(error: ParseError) -> dict[str, Any]:
    """The ``"error"`` object of an output record."""
    return {
        "code": error.code,
        "message": error.message,
        "line": error.line,
        "column": error.column,
    }


def _render(output: Format, record: dict[str, Any]) -> bytes:
    if output is not Format.JSON:
        return dumps(record).encode()
    # Indented one level more, to sit inside the array; JSON strings hold no raw line breaks.
    text = dumps(record, indent=2)
    return ("  " + text.replace("\n", "\n  ")).encode()


def run_one(job: Job, item: Input) -> Outcome:
    """Parse one input and make its output record (never raises for a bad input)."""
    start = time.perf_counter()
    try:
        article = load(
            item.path,
            data=item.data,
            strict=job.strict,
            html=job.html,
            max_size=job.max_size,
            order=job.order,
        )
    except ParseError as error:
        seconds = time.perf_counter() - start
        record = b""
        if job.output is Format.ROWS:
            row = to_row(Failed(path=item.path, error=error), fields=job.fields)
            record = _render(job.output, row)
        elif job.output is not None:
            record = _render(job.output, {"path": item.path, "error": error_record(error)})
        return Outcome(path=item.path, record=record, error=error, seconds=seconds)
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
    outcomes = [run_one(job, item) for item in items]
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
