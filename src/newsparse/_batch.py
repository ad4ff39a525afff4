"""Parsing many files into :data:`Result` records, in input order, on a process pool."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from typing import Literal, TypeAlias

import attrs

from newsparse._article import date_order_of
from newsparse._dates import DateOrder
from newsparse._errors import Code, ParseError, require_size
from newsparse._files import parse_file
from newsparse._model import Article
from newsparse._paths import Skipped, Sources, resolve
from newsparse._pool import default_jobs, ordered_map
from newsparse.vocabulary import Vocabulary, checked

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
    vocabulary: Vocabulary | None = None,
) -> Result:
    """Parse one file into a :data:`Result` (never raises :class:`ParseError`)."""
    path = os.fspath(path)
    try:
        return Parsed(
            path=path,
            article=parse_file(
                path, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary
            ),
        )
    except ParseError as error:
        return Failed(path=path, error=error)


@attrs.frozen
class _Refused:
    """An item of ``paths`` that names no path: its Result is its error, made in the parent."""

    path: str
    error: ParseError


def _names(paths: Sources, skipped: Skipped | None) -> Iterator[str | _Refused]:
    """The files ``paths`` names, with a :class:`_Refused` for each item that is no path."""
    if isinstance(paths, str | os.PathLike):
        yield from resolve(paths, skipped=skipped)
        return
    for item in paths:
        if isinstance(item, str | bytes | os.PathLike):
            try:
                yield from resolve(os.fsdecode(item), skipped=skipped)
                continue
            except TypeError:  # a PathLike whose __fspath__ gives no str or bytes
                pass
        error = ParseError(
            f"a path is a str or os.PathLike, not {type(item).__name__}", code=Code.INVALID_INPUT
        )
        yield _Refused(path=repr(item)[:200], error=error)


def _result(
    item: str | _Refused,
    *,
    strict: bool,
    max_size: int | None,
    order: DateOrder | str | None,
    vocabulary: Vocabulary | None,
) -> Result:
    if isinstance(item, _Refused):
        return Failed(path=item.path, error=item.error)
    return result_of(item, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary)


def parse_many(
    paths: Sources,
    *,
    jobs: int | None = None,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    skipped: Skipped | None = None,
    vocabulary: Vocabulary | None = None,
) -> Iterator[Result]:
    """Parse files on ``jobs`` processes, yielding one :data:`Result` per file, in input order.

    ``paths`` is one file, folder or glob (a ``str`` or path-like), or an iterable of them: a
    folder gives the dumps and pages below it, as the command line walks it (``*.md``,
    ``*.markdown``, ``*.txt``, ``*.html``, ``*.htm``, each also ``.gz``; the files passed over
    are counted in ``skipped``), a glob (``"corpus/**/*.md"``) the files it matches. They are
    read lazily and only a few chunks of work are in flight at a time, so any number of files
    can be parsed in flat memory. ``jobs`` defaults to the number of cores; ``jobs=1`` parses in
    this process. Each file is read as :func:`newsparse.parse_file` reads it (``order`` is the
    day/month order of numeric dates, ``vocabulary`` the words the rules recognise), and a file
    that cannot be parsed gives a :class:`Failed` result instead of stopping the run
    (``input-too-large`` for one over ``max_size`` bytes). An item that is no path (``None``, a
    number) gives a :class:`Failed` result with an
    ``invalid-input`` error, its ``path`` the item's ``repr``.

    Raises:
        ParseError: ``invalid-argument`` when ``jobs`` or ``max_size`` is not a whole number (or
            ``max_size`` is negative) or ``vocabulary`` is no :class:`~newsparse.Vocabulary`,
            ``invalid-input`` for an ``order`` that is not one; on the first step of the
            iterator.

    Example:
        >>> [(r.path, r.ok) for r in parse_many(["seeds/000_7424f4bbc31e5b6a.txt", "nope"], jobs=1)]
        [('seeds/000_7424f4bbc31e5b6a.txt', True), ('nope', False)]
        >>> [r.article.title for r in parse_many("seeds", jobs=1) if r.ok]
        ['Russia Says U.S. Mission in Afghanistan Has Failed']
    """
    # A bad option is the caller's mistake, not a file's: raise it once, before any work.
    max_size = require_size(max_size, "parse_many")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int)):
        raise ParseError(
            f"parse_many(): jobs is a whole number or None, not {type(jobs).__name__}",
            code=Code.INVALID_ARGUMENT,
        )
    order = date_order_of(order)
    vocabulary = checked(vocabulary)
    work = functools.partial(
        _result, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary
    )
    names = _names(paths, skipped)
    yield from ordered_map(work, names, jobs=default_jobs() if jobs is None else jobs)
