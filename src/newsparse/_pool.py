"""An ordered map over a process pool, in chunks, with bounded memory and a clean stop.

``ordered_map(function, items, jobs=N)`` yields ``function(item)`` for every item, in input order,
whatever ``jobs`` is (``ordered_chunks`` does the same a chunk at a time). Items are read lazily
and grouped into chunks (one task per chunk, so one round trip between processes per chunk, not
per item); at most a few chunks per worker are in flight, so memory does not grow with the number
of items. On any exception in the consumer, or
when the consumer stops early, the workers are terminated and joined before the exception goes on.

Workers ignore SIGINT: a Ctrl-C reaches the whole process group, and only the parent should
decide what happens (stop, report how far it got, remove partial output). Each worker closes the
pipe ends it inherited from the parent (the other workers'), so when the parent dies, even by
SIGKILL, every worker reads end-of-file and exits instead of waiting forever. A worker that dies
(the out-of-memory killer) is replaced, and its chunks are given to ``on_lost``.
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
from typing import Final, Generic, TypeVar, cast

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
    # Ctrl-C and a hang-up reach the whole process group: the parent decides. SIGTERM is how the
    # parent stops a worker, so it keeps its default action whatever handler the parent had.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def _worker(
    function: Callable[[list[T]], R], connection: Connection, inherited: list[Connection]
) -> None:
    """A worker's loop: receive ``(number, chunk)``, send ``(number, ok, result or error)``."""
    _ignore_interrupts()
    # A forked worker holds copies of the parent's ends of the other workers' pipes: closed, so
    # that only the parent keeps each pipe open, and its death is an end-of-file here.
    for other in inherited:
        with contextlib.suppress(OSError):
            other.close()
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
        self._context = multiprocessing.get_context()
        self._function = function
        self.connections: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(jobs):
            connection, process = self._start()
            self.connections.append(connection)
            self.processes.append(process)

    def _start(self) -> tuple[Connection, multiprocessing.process.BaseProcess]:
        mine, theirs = self._context.Pipe()
        # Only a forked child inherits the parent's open pipe ends; a spawned one gets nothing
        # it is not sent (and sending these would hand it copies).
        forked = self._context.get_start_method() == "fork"
        inherited = [c for c in self.connections if not c.closed] + [mine] if forked else []
        process = self._context.Process(
            target=_worker, args=(self._function, theirs, inherited), daemon=True
        )
        process.start()
        theirs.close()
        return mine, process

    def replace(self, index: int) -> None:
        """Start a new worker in place of worker ``index``, which died."""
        with contextlib.suppress(OSError):
            self.connections[index].close()
        old = self.processes[index]
        old.join(timeout=5)
        if old.is_alive():
            old.kill()
            old.join()
        self.connections[index], self.processes[index] = self._start()

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
    on_lost: Callable[[list[T]], R] | None = None,
) -> Generator[R, None, None]:
    """Yield ``function(chunk)`` for each chunk of ``items`` (see :func:`chunked`), in order.

    The form of :func:`ordered_map` for work that is cheaper done a chunk at a time (say,
    rendering one block of output per chunk, so the parent writes and unpickles once per chunk).
    With ``jobs <= 1`` every chunk runs in this process.

    When a worker dies (killed from outside, say by the out-of-memory killer), a new one takes
    its place, and each chunk it held yields ``on_lost(chunk)`` in its turn; without
    ``on_lost``, the run stops with :class:`ChildProcessError` at that chunk's turn.

    Example:
        >>> list(ordered_chunks(sum, range(10), jobs=1))
        [0, 3, 18, 24]
    """
    if jobs <= 1:
        for chunk in chunked(items, max_chunk):
            yield function(chunk)
        return
    workers = _Workers(function, jobs)
    ledger: _Ledger[T, R] = _Ledger(workers, jobs, on_lost)
    chunks = enumerate(chunked(items, max_chunk))
    next_out = 0
    exhausted = False
    try:
        while True:
            # Keep every worker fed, up to a few chunks ahead.
            while not exhausted and min(ledger.in_flight) < _AHEAD:
                step = next(chunks, None)
                if step is None:
                    exhausted = True
                    break
                ledger.send(*step)
            while next_out in ledger.done:
                result = ledger.done.pop(next_out)
                if isinstance(result, _Failure):
                    raise result.error  # in order: after the chunks before it were yielded
                yield result
                next_out += 1
            if exhausted and next_out == ledger.sent:
                break
            for ready in wait(workers.connections):
                ledger.receive(cast("Connection", ready))
    except BaseException:
        # Ctrl-C, an early stop (GeneratorExit) or a failure: nothing more is wanted from the
        # workers, and one may be stuck (say, reading a FIFO), so stop them rather than wait.
        workers.stop(now=True)
        raise
    else:
        workers.stop(now=False)


class _Ledger(Generic[T, R]):
    """Which chunks each worker holds, and the answers that came back (or were made for them)."""

    def __init__(
        self, workers: _Workers, jobs: int, on_lost: Callable[[list[T]], R] | None
    ) -> None:
        self.workers = workers
        self.on_lost = on_lost
        self.in_flight = [0] * jobs  # chunks sent to each worker and not yet answered
        self.owner: dict[int, int] = {}  # chunk number -> worker
        self.held: dict[int, list[T]] = {}  # chunk number -> the chunk, until it is answered
        self.done: dict[int, R | _Failure] = {}
        self.sent = 0

    def send(self, number: int, chunk: list[T]) -> None:
        """Give chunk ``number`` to the least busy worker."""
        worker = self.in_flight.index(min(self.in_flight))
        try:
            self.workers.connections[worker].send((number, chunk))
        except OSError:  # the worker died before it was given this chunk
            self.lose(worker)
            self.workers.connections[worker].send((number, chunk))
        self.in_flight[worker] += 1
        self.owner[number] = worker
        self.held[number] = chunk
        self.sent += 1

    def receive(self, connection: Connection) -> None:
        """Take the answer waiting on ``connection``; its end-of-file means the worker died."""
        try:
            number, ok, result = connection.recv()
        except (EOFError, OSError):
            self.lose(self.workers.connections.index(connection))
            return
        self.in_flight[self.owner.pop(number)] -= 1
        del self.held[number]
        self.done[number] = result if ok else _Failure(result)

    def lose(self, worker: int) -> None:
        """Worker ``worker`` died: a new worker replaces it, and its chunks are dealt with.

        A worker answers its chunks in the order it was sent them, so the oldest one it held is
        the one it was working on when it died: that chunk is answered for it (``on_lost``).
        The others were never started, and are sent again.
        """
        numbers = sorted(n for n, w in self.owner.items() if w == worker)
        chunks = []
        for number in numbers:
            del self.owner[number]
            chunks.append(self.held.pop(number))
        self.in_flight[worker] = 0
        self.sent -= len(numbers)
        self.workers.replace(worker)
        if not numbers:
            return
        if self.on_lost is not None:
            self.done[numbers[0]] = self.on_lost(chunks[0])
        else:
            error = ChildProcessError(f"a worker died holding chunk {numbers[0]}")
            self.done[numbers[0]] = _Failure(error)
        self.sent += 1
        for number, chunk in zip(numbers[1:], chunks[1:], strict=True):
            self.send(number, chunk)


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
