"""Median time of ``to_json`` and ``from_json`` per article, against a plain attrs dump (same run).

The baseline is ``json.dumps(attrs.asdict(article), default=str)``: attrs' own recursive dict
and the standard library encoder, with ``default=str`` because ``json`` cannot encode the dates
inside ``DateValue``. Articles are the seed and, when ``../shared/corpus/dev`` is present, every
dev-corpus dump (``dump.md`` and ``dump-links.md``). Target: ``to_json`` no slower than 1.5x the
baseline.

Run: ``.venv/bin/python benchmarks/bench_json.py [--rounds N] [--inner N]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import newsparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import record

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TARGET = 1.5


def _inputs() -> list[tuple[str, str]]:
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    if CORPUS.is_dir():
        for page in sorted(CORPUS.iterdir()):
            for name in ("dump.md", "dump-links.md"):
                path = page / name
                if path.is_file():
                    found.append((f"{page.name}/{name}", path.read_text(encoding="utf-8")))
    return found


def _median(call: Callable[[Any], object], argument: Any, rounds: int, inner: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(inner):
            call(argument)
        samples.append((time.perf_counter() - start) / inner)
    return statistics.median(samples)


def _baseline(article: newsparse.Article) -> str:
    return json.dumps(attrs.asdict(article), default=str)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--rounds", type=int, default=7)
    options.add_argument("--inner", type=int, default=20)
    options.add_argument("--verbose", action="store_true", help="one line per article")
    args = options.parse_args()
    rows = []
    for name, text in _inputs():
        article = newsparse.parse(text)
        encoded = newsparse.to_json(article)
        assert newsparse.from_json(encoded) == article
        base = _median(_baseline, article, args.rounds, args.inner)
        dump = _median(newsparse.to_json, article, args.rounds, args.inner)
        load = _median(newsparse.from_json, encoded, args.rounds, args.inner)
        rows.append((name, len(encoded), base, dump, load))
        if args.verbose:
            print(
                f"{name}: {len(encoded)} bytes; baseline {base * 1e6:.0f} µs; "
                f"to_json {dump * 1e6:.0f} µs ({dump / base:.2f}x); "
                f"from_json {load * 1e6:.0f} µs ({load / base:.2f}x)"
            )
    dump_ratios = [dump / base for _, _, base, dump, _ in rows]
    load_ratios = [load / base for _, _, base, _, load in rows]
    print(f"{len(rows)} articles, median of per-article medians:")
    columns = {
        "json.dumps(attrs.asdict(a))": [base for _, _, base, _, _ in rows],
        "to_json": [dump for _, _, _, dump, _ in rows],
        "from_json": [load for _, _, _, _, load in rows],
    }
    for label, seconds in columns.items():
        print(f"  {label:<28} {statistics.median(seconds) * 1e6:8.0f} µs")
    worst = max(dump_ratios)
    print(
        f"to_json / baseline: median {statistics.median(dump_ratios):.2f}x, worst {worst:.2f}x "
        f"(target <= {TARGET}x: {'met' if worst <= TARGET else 'NOT met'})"
    )
    print(
        f"from_json / baseline: median {statistics.median(load_ratios):.2f}x, "
        f"worst {max(load_ratios):.2f}x"
    )
    record(
        "json",
        {
            "articles": len(rows),
            "baseline µs (median)": statistics.median(columns["json.dumps(attrs.asdict(a))"]) * 1e6,
            "to_json µs (median)": statistics.median(columns["to_json"]) * 1e6,
            "from_json µs (median)": statistics.median(columns["from_json"]) * 1e6,
            "to_json / baseline, worst": worst,
        },
    )


if __name__ == "__main__":
    main()
