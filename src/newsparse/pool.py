"""An ordered map over a process pool, in chunks, with bounded memory and a clean stop.

``ordered_map(function, items, jobs=N)`` yields ``function(item)`` for every item, in input order,
whatever ``jobs`` is (``ordered_chunks`` does the same a chunk at a time). Items are read lazily
and grouped into chunks (one task per chunk, so one round trip between processes per chunk, not
per item); at most a few chunks per worker are in flight, so memory does not grow with the number
of items. On any exception in the consumer, or
when the consumer stops early, the workers are terminated and joined before the exception goes on.

Workers ignore SIGINT: a Ctrl-C reaches the whole process group, and only the parent should
decide what happens (stop, report how far it got, remove partial output).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Final, TypeVar

__all__ = ["MAX_CHUNK", "chunked", "default_jobs", "ordered_chunks", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

MAX_CHUNK: Final = 32
"""Largest chunk of items sent to a worker at once."""

# Chunks in flight per worker: one being worked on, one queued, one finished and waiting to be
# read, so no worker waits for the parent between chunks.
_AHEAD: Final = 3


def default_jobs() -> int:
    """The number of cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[T], max_size: int = MAX_CHUNK) -> Iterator[list[T]]:
    """Group ``items`` into lists of 1, 2, 4, ... up to ``max_size`` items.

    Small chunks first give every worker something to do at once, even for a handful of items,
    and let the first results come back quickly; large chunks later amortise the round trips.

    Example:
        >>> [len(chunk) for chunk in chunked(range(20), 4)]
        [1, 2, 4, 4, 4, 4, 1]
    """
    iterator = iter(items)
    size = 1
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
        size = min(size * 2, max_size)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def ordered_chunks(
    function: Callable[[list[T]], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    max_chunk: int = MAX_CHUNK,
) -> Generator[R, None, None]:
    """Yield ``function(chunk)`` for each chunk of ``items`` (see :func:`chunked`), in order.

    The form of :func:`ordered_map` for work that is cheaper done a chunk at a time (say,
    rendering one block of output per chunk, so the parent writes and unpickles once per chunk).
    With ``jobs <= 1`` every chunk runs in this process.

    Example:
        >>> list(ordered_chunks(sum, range(10), jobs=1))
        [0, 3, 18, 24]
    """
    if jobs <= 1:
        for chunk in chunked(items, max_chunk):
            yield function(chunk)
        return
    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
    pending: collections.deque[AsyncResult[R]] = collections.deque()
    try:
        for chunk in chunked(items, max_chunk):
            pending.append(pool.apply_async(function, (chunk,)))
            if len(pending) >= jobs * _AHEAD:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    except BaseException:
        # Ctrl-C, an early stop (GeneratorExit) or a failure: nothing more is wanted from the
        # workers, and one may be stuck (say, reading a FIFO), so stop them rather than wait.
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    max_chunk: int = MAX_CHUNK,
) -> Generator[R, None, None]:
    """Yield ``function(item)`` for each item, in input order, on ``jobs`` processes.

    With ``jobs <= 1`` everything runs in this process (no pool, no pickling). Otherwise
    ``function`` and the items must pickle (a module-level function, or a
    :func:`functools.partial` of one). An exception raised by ``function`` in a worker stops the
    pool and is raised here. Close the iterator (or let it be garbage-collected) to stop early;
    the workers are then terminated.

    Example:
        >>> list(ordered_map(abs, [-3, 1, -2], jobs=1))
        [3, 1, 2]
    """
    if jobs <= 1:
        for item in items:
            yield function(item)
        return
    work = functools.partial(_run_chunk, function)
    with contextlib.closing(ordered_chunks(work, items, jobs=jobs, max_chunk=max_chunk)) as chunks:
        for results in chunks:
            yield from results
