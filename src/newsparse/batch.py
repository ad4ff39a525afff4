"""Parsing many files into :data:`Result` records, in input order, on a process pool."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from typing import Literal, TypeAlias

import attrs

from newsparse.article import date_order_of
from newsparse.dates import DateOrder
from newsparse.errors import ParseError
from newsparse.files import parse_file
from newsparse.model import Article
from newsparse.paths import Skipped, Sources, resolve
from newsparse.pool import default_jobs, ordered_map

__all__ = ["Failed", "Parsed", "Result", "parse_many", "result_of"]


@attrs.frozen(kw_only=True)
class Parsed:
    """A file that gave an Article. ``path`` is the path as it was given.

    ``ok`` is always true and ``error`` always ``None``, so code can treat a :data:`Result` the
    same way whichever it is, and a type checker narrows ``if result.ok:`` to this class.
    """

    path: str
    article: Article
    error: None = None

    @property
    def ok(self) -> Literal[True]:
        """Always true: the file gave an Article."""
        return True


@attrs.frozen(kw_only=True)
class Failed:
    """A file that could not be parsed: the :class:`~newsparse.ParseError` that stopped it.

    ``ok`` is always false and ``article`` always ``None``.
    """

    path: str
    error: ParseError
    article: None = None

    @property
    def ok(self) -> Literal[False]:
        """Always false: the file gave no Article."""
        return False


Result: TypeAlias = Parsed | Failed
"""One file's outcome: :class:`Parsed` (with its ``article``) or :class:`Failed` (its ``error``).

Both have ``path``, ``ok``, ``article`` and ``error``; ``if result.ok: result.article.title``
type-checks under ``mypy --strict``, and ``isinstance(x, Result)`` works. Results compare by
value and pickle, errors included.
"""


def result_of(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
) -> Result:
    """Parse one file into a :data:`Result` (never raises :class:`ParseError`)."""
    path = os.fspath(path)
    try:
        return Parsed(
            path=path, article=parse_file(path, strict=strict, max_size=max_size, order=order)
        )
    except ParseError as error:
        return Failed(path=path, error=error)


def parse_many(
    paths: Sources,
    *,
    jobs: int | None = None,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    skipped: Skipped | None = None,
) -> Iterator[Result]:
    """Parse files on ``jobs`` processes, yielding one :data:`Result` per file, in input order.

    ``paths`` is one file, folder or glob (a ``str`` or path-like), or an iterable of them: a
    folder gives the dumps and pages below it, as the command line walks it (``*.md``,
    ``*.markdown``, ``*.txt``, ``*.html``, ``*.htm``, each also ``.gz``; the files passed over
    are counted in ``skipped``), a glob (``"corpus/**/*.md"``) the files it matches. They are
    read lazily and only a few chunks of work are in flight at a time, so any number of files
    can be parsed in flat memory. ``jobs`` defaults to the number of cores; ``jobs=1`` parses in
    this process. Each file is read as :func:`newsparse.parse_file` reads it (``order`` is the
    day/month order of numeric dates), and a file that cannot be parsed gives a :class:`Failed`
    result instead of stopping the run (``input-too-large`` for one over ``max_size`` bytes).

    Example:
        >>> [(r.path, r.ok) for r in parse_many(["seeds/000_7424f4bbc31e5b6a.txt", "nope"], jobs=1)]
        [('seeds/000_7424f4bbc31e5b6a.txt', True), ('nope', False)]
        >>> [r.article.title for r in parse_many("seeds", jobs=1) if r.ok]
        ['Russia Says U.S. Mission in Afghanistan Has Failed']
    """
    # A bad order is the caller's mistake, not a file's: raise it once, before any work.
    order = date_order_of(order)
    work = functools.partial(result_of, strict=strict, max_size=max_size, order=order)
    names = resolve(paths, skipped=skipped)
    yield from ordered_map(work, names, jobs=default_jobs() if jobs is None else jobs)
