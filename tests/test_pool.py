"""The ordered process map: order, chunking, errors, and stopping early."""

from __future__ import annotations

import multiprocessing
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._pool import MAX_CHUNK, chunked, default_jobs, ordered_chunks, ordered_map


def _square(value: int) -> int:
    return value * value


def _pid(_: int) -> int:
    return os.getpid()


def _fail_on_three(value: int) -> int:
    if value == 3:
        raise ArithmeticError("three")
    return value


@given(st.lists(st.integers(), max_size=200), st.integers(min_value=1, max_value=40))
def test_chunks_keep_every_item_in_order_and_grow(items: list[int], size: int) -> None:
    chunks = list(chunked(items, size))
    assert [item for chunk in chunks for item in chunk] == items
    lengths = [len(chunk) for chunk in chunks]
    assert all(length >= 1 for length in lengths)
    expected = [min(2**i, size) for i in range(len(lengths))]
    assert lengths[:-1] == expected[:-1]
    if lengths:
        assert lengths[-1] <= expected[-1]


def test_chunk_sizes_double_up_to_the_maximum() -> None:
    assert [len(c) for c in chunked(range(200))] == [1, 2, 4, 8, 16, 32, 32, 32, 32, 32, 9]
    assert MAX_CHUNK == 32


def test_default_jobs_is_the_usable_cores() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order(jobs: int) -> None:
    items = list(range(300))
    assert list(ordered_map(_square, items, jobs=jobs, max_chunk=7)) == [i * i for i in items]


def test_items_are_read_lazily() -> None:
    """A generator of items is consumed as work goes, not listed first."""
    seen: list[int] = []

    def items() -> object:
        for i in range(1000):
            seen.append(i)
            yield i

    results = ordered_map(_square, items(), jobs=2, max_chunk=4)  # type: ignore[arg-type]
    assert next(results) == 0
    assert len(seen) < 100
    results.close()
    assert multiprocessing.active_children() == []


def test_jobs_1_runs_in_this_process() -> None:
    assert set(ordered_map(_pid, range(10), jobs=1)) == {os.getpid()}


def test_jobs_2_runs_in_worker_processes() -> None:
    pids = set(ordered_map(_pid, range(200), jobs=2, max_chunk=4))
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_exception_reaches_the_caller_and_stops_the_pool(jobs: int) -> None:
    results = ordered_map(_fail_on_three, range(10), jobs=jobs)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ArithmeticError, match="three"):
        next(results)
    assert multiprocessing.active_children() == []


def test_stopping_early_terminates_the_workers() -> None:
    results = ordered_map(_square, range(10_000), jobs=2)
    assert next(results) == 0
    assert multiprocessing.active_children() != []
    results.close()
    assert multiprocessing.active_children() == []


def _chunk_sum(chunk: list[int]) -> tuple[int, int]:
    return len(chunk), sum(chunk)


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_chunks_gives_one_result_per_chunk_in_order(jobs: int) -> None:
    results = list(ordered_chunks(_chunk_sum, range(100), jobs=jobs, max_chunk=8))
    sizes = [len(c) for c in chunked(range(100), 8)]
    assert [size for size, _ in results] == sizes
    assert sum(total for _, total in results) == sum(range(100))
    assert multiprocessing.active_children() == []
