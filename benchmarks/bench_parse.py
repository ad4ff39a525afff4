r"""newsparse.parse against the floor and two Markdown parsers, round-robin in one process.

The corpus: 600 generated dumps (``../shared/bench/make_corpus.py``, seed 7), the seeds, and the
dev-corpus dumps when present. Each round times every contender over the whole corpus, in turn,
so a busy moment of the machine falls on all of them; the medians of the rounds are reported with
the ratios between them, which are what to compare across machines and days.

- floor: ``text.split("\n")`` and one pass of a bounded link regex (the least any parser does)
- markdown-it-py: ``MarkdownIt().parse(text)`` (tokens, no rendering)
- mistune 3: ``create_markdown(renderer=None)(text)`` (an AST, no rendering)
- newsparse: ``newsparse.parse(text)``, every field extracted

Run: ``.venv/bin/python benchmarks/bench_parse.py [--rounds 5] [--dumps 600] [--json]``
(the peers are in the ``benchmark`` dependency group; ``make bench`` installs it).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse
from newsparse._article import clear_caches

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^()\s]{0,2000})\)")


def corpus(count: int) -> list[str]:
    """The benchmark dumps: generated ones, the seeds, and the dev corpus when present."""
    texts: list[str] = []
    generator = SHARED / "bench" / "make_corpus.py"
    if generator.is_file():
        spec = importlib.util.spec_from_file_location("make_corpus", generator)
        if spec is None or spec.loader is None:
            raise SystemExit(f"cannot load {generator}")
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_corpus"] = module
        spec.loader.exec_module(module)
        texts += [text for _, text, _ in module.generate(count, 7)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dev = SHARED / "corpus" / "dev"
    if dev.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*/dump.md"))]
    return texts


def floor(text: str) -> object:
    text.split("\n")
    return LINK.findall(text)


def contenders() -> dict[str, Callable[[str], object]]:
    """What is timed, by name; peers that are not installed are left out."""
    out: dict[str, Callable[[str], object]] = {"floor": floor}
    try:
        from markdown_it import MarkdownIt

        out["markdown-it-py"] = MarkdownIt().parse
    except ImportError:
        pass
    try:
        import mistune

        out["mistune"] = mistune.create_markdown(renderer=None)
    except ImportError:
        pass

    def parse(text: str) -> object:
        return newsparse.parse(text)

    out["newsparse"] = parse
    return out


def measure(texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Seconds per round for each contender, taking turns round by round."""
    times: dict[str, list[float]] = {name: [] for name in contenders()}
    table = contenders()
    for _ in range(rounds):
        for name, call in table.items():
            # newsparse caches rendered lines; a real corpus rarely repeats one.
            clear_caches()
            gc.collect()
            start = time.perf_counter()
            for text in texts:
                call(text)
            times[name].append(time.perf_counter() - start)
    return times


def summary(texts: list[str], times: dict[str, list[float]]) -> dict[str, Any]:
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    medians = {name: statistics.median(values) for name, values in times.items()}
    ours = medians["newsparse"]
    return {
        "dumps": len(texts),
        "megabytes": round(megabytes, 2),
        "rows": {
            name: {
                "mb_per_s": round(megabytes / seconds, 1),
                "ms_per_dump": round(seconds / len(texts) * 1000, 3),
                "newsparse_vs": round(ours / seconds, 2),
            }
            for name, seconds in medians.items()
        },
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=5)
    options.add_argument("--dumps", type=int, default=600)
    options.add_argument("--json", action="store_true")
    args = options.parse_args()
    texts = corpus(args.dumps)
    result = summary(texts, measure(texts, args.rounds))
    rows = result["rows"]
    figures: dict[str, Any] = {"dumps": result["dumps"], "MB": result["megabytes"]}
    for name, row in rows.items():
        figures[f"{name} MB/s"] = row["mb_per_s"]
        figures[f"{name} ms/dump"] = row["ms_per_dump"]
    for name in ("floor", "markdown-it-py", "mistune"):
        if name in rows:
            figures[f"newsparse time / {name} time"] = rows[name]["newsparse_vs"]
    record("parse", figures)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['dumps']} dumps, {result['megabytes']} MB, median of {args.rounds} rounds")
    print(f"{'contender':<16}{'MB/s':>9}{'ms/dump':>10}{'newsparse time ÷ this':>24}")
    for name, row in result["rows"].items():
        print(
            f"{name:<16}{row['mb_per_s']:>9}{row['ms_per_dump']:>10.3f}{row['newsparse_vs']:>24.2f}"
        )


if __name__ == "__main__":
    main()
