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

import contextlib
import functools
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Final, TypeVar, cast

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


def _worker(function: Callable[[list[T]], R], connection: Connection) -> None:
    """A worker's loop: receive ``(number, chunk)``, send ``(number, ok, result or error)``."""
    _ignore_interrupts()
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, chunk = message
        try:
            reply: tuple[int, bool, object] = (number, True, function(chunk))
        except Exception as error:  # sent to the parent, which raises it
            reply = (number, False, error)
        try:
            connection.send(reply)
        except (OSError, ValueError):
            return


class _Failure:
    """A chunk whose function raised: the error, to raise when the chunk's turn comes."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Workers:
    """Worker processes, each with its own pipe; no helper threads, so stopping cannot hang.

    (``multiprocessing.Pool.terminate`` can wait forever on its task-feeding thread when the
    parent stops while tasks are queued; a stop here only terminates and joins processes.)
    """

    def __init__(self, function: Callable[[list[T]], R], jobs: int) -> None:
        context = multiprocessing.get_context()
        self.connections: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(jobs):
            mine, theirs = context.Pipe()
            process = context.Process(target=_worker, args=(function, theirs), daemon=True)
            process.start()
            theirs.close()
            self.connections.append(mine)
            self.processes.append(process)

    def stop(self, *, now: bool) -> None:
        """Stop every worker: ``now`` terminates them, else they finish and are told to quit."""
        for connection in self.connections:
            if not now:
                with contextlib.suppress(OSError, ValueError):
                    connection.send(None)
        for process in self.processes:
            if now:
                process.terminate()
            process.join(timeout=None if not now else 5)
            if process.is_alive():
                process.kill()
                process.join()
        for connection in self.connections:
            connection.close()


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
    workers = _Workers(function, jobs)
    in_flight = [0] * jobs  # chunks sent to each worker and not yet answered
    owner: dict[int, int] = {}  # chunk number -> worker
    done: dict[int, R | _Failure] = {}
    chunks = enumerate(chunked(items, max_chunk))
    next_out = 0
    sent = 0
    exhausted = False
    try:
        while True:
            # Keep every worker fed, up to a few chunks ahead.
            while not exhausted and min(in_flight) < _AHEAD:
                step = next(chunks, None)
                if step is None:
                    exhausted = True
                    break
                number, chunk = step
                worker = in_flight.index(min(in_flight))
                workers.connections[worker].send((number, chunk))
                in_flight[worker] += 1
                owner[number] = worker
                sent += 1
            while next_out in done:
                result = done.pop(next_out)
                if isinstance(result, _Failure):
                    raise result.error  # in order: after the chunks before it were yielded
                yield result
                next_out += 1
            if exhausted and next_out == sent:
                break
            for ready in wait(workers.connections):
                # A worker that died (killed from outside) closes its pipe: recv raises EOFError.
                number, ok, result = cast("Connection", ready).recv()
                in_flight[owner.pop(number)] -= 1
                done[number] = result if ok else _Failure(result)
    except BaseException:
        # Ctrl-C, an early stop (GeneratorExit) or a failure: nothing more is wanted from the
        # workers, and one may be stuck (say, reading a FIFO), so stop them rather than wait.
        workers.stop(now=True)
        raise
    else:
        workers.stop(now=False)


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
