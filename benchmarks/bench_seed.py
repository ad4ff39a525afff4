"""Median time of ``newsparse.parse`` on each seed, against reading the lines (same process).

Run: ``.venv/bin/python benchmarks/bench_seed.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import newsparse
from newsparse._inline import render

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _median_seconds(call: object, text: str, rounds: int, inner: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(inner):
            # Real corpora rarely repeat a line: start each parse with an empty render cache.
            render.cache_clear()
            call(text)  # type: ignore[operator]
        samples.append((time.perf_counter() - start) / inner)
    return statistics.median(samples)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--rounds", type=int, default=15)
    options.add_argument("--inner", type=int, default=200)
    args = options.parse_args()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        floor = _median_seconds(str.splitlines, text, args.rounds, args.inner)
        parse = _median_seconds(newsparse.parse, text, args.rounds, args.inner)
        print(
            f"{path.name}: {len(text)} chars; parse median {parse * 1e6:.0f} µs; "
            f"splitlines {floor * 1e6:.1f} µs; ratio {parse / floor:.0f}x"
        )


if __name__ == "__main__":
    main()
