"""Parsing many files into :class:`Result` records, in input order, on a process pool."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

import attrs

from newsparse.errors import Code, ParseError, require_size
from newsparse.files import parse_file
from newsparse.model import Article
from newsparse.pool import default_jobs, ordered_map

__all__ = ["Result", "parse_many", "result_of"]


@attrs.frozen(kw_only=True)
class Result:
    """One file's outcome: its Article, or the ParseError that stopped it (exactly one is set).

    ``path`` is the path as it was given. Results compare by value and pickle, errors included.
    """

    path: str
    article: Article | None = None
    error: ParseError | None = None

    @property
    def ok(self) -> bool:
        """Whether the file gave an Article."""
        return self.error is None


def result_of(
    path: str | os.PathLike[str], *, strict: bool = False, max_size: int | None = None
) -> Result:
    """Parse one file into a :class:`Result` (never raises :class:`ParseError`)."""
    path = os.fspath(path)
    try:
        return Result(path=path, article=parse_file(path, strict=strict, max_size=max_size))
    except ParseError as error:
        return Result(path=path, error=error)


@attrs.frozen
class _Refused:
    """An item of ``paths`` that names no path: its Result is its error, made in the parent."""

    path: str
    error: ParseError


def _name(path: object) -> str | _Refused:
    try:
        return os.fsdecode(path)  # type: ignore[arg-type]  # any object, checked here
    except TypeError:
        error = ParseError(
            f"a path is a str or os.PathLike, not {type(path).__name__}", code=Code.INVALID_INPUT
        )
        return _Refused(path=repr(path)[:200], error=error)


def _result(item: str | _Refused, *, strict: bool, max_size: int | None) -> Result:
    if isinstance(item, _Refused):
        return Result(path=item.path, error=item.error)
    return result_of(item, strict=strict, max_size=max_size)


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    strict: bool = False,
    max_size: int | None = None,
) -> Iterator[Result]:
    """Parse files on ``jobs`` processes, yielding one :class:`Result` per path, in input order.

    ``paths`` is read lazily and only a few chunks of work are in flight at a time, so any number
    of files can be parsed in flat memory. ``jobs`` defaults to the number of cores; ``jobs=1``
    parses in this process. Each file is read as :func:`newsparse.parse_file` reads it, and a
    file that cannot be parsed gives a Result with its ``error`` instead of stopping the run
    (``input-too-large`` for one over ``max_size`` bytes, as :func:`newsparse.parse_file` says).
    An item that is no path (``None``, a number) gives a Result with an ``invalid-input`` error,
    its ``path`` the item's ``repr``.

    Raises:
        ParseError: ``invalid-argument`` when ``jobs`` or ``max_size`` is not a whole number (or
            ``max_size`` is negative), on the first step of the iterator.

    Example:
        >>> [(r.path, r.ok) for r in parse_many(["seeds/000_7424f4bbc31e5b6a.txt", "nope"], jobs=1)]
        [('seeds/000_7424f4bbc31e5b6a.txt', True), ('nope', False)]
    """
    max_size = require_size(max_size, "parse_many")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int)):
        raise ParseError(
            f"parse_many(): jobs is a whole number or None, not {type(jobs).__name__}",
            code=Code.INVALID_ARGUMENT,
        )
    work = functools.partial(_result, strict=strict, max_size=max_size)
    names = (_name(path) for path in paths)
    yield from ordered_map(work, names, jobs=default_jobs() if jobs is None else jobs)
