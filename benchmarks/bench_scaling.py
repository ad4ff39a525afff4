"""Linear time on hostile input: each shape at 10 KB, 100 KB and 1 MB; every 10x must cost <= 15x.

Each shape is a function from a size in characters to an input of about that size; ``parse`` (or
the entry point its name starts with, see ``CALLS``) is timed on it in CPU seconds, the best of
a few runs (five, three at 1 MB, more for runs of a few milliseconds), with
newsparse's caches cleared before each run so that a repeat does not measure a cache hit. The
last two columns are the ratios of consecutive sizes; a ratio above 15 is superlinear and fails
the run (exit status 1). A shape that breaks the rule is fixed in the parser, not here.

Beside the time, each shape's peak memory at each size is measured once (the resident set's
high-water mark, reset before the run, on Linux; Python's traced allocations elsewhere) and
shown as bytes per input character: flat across sizes is linear memory, and the largest figure
times ``newsparse.MAX_INPUT`` is the most one input can cost (``docs/reliability.md``).

A second table times a real article growing: the seed dump with its body repeated x1, x4, x16
and x64 (about 2.6 KB to 160 KB); there every 4x must cost at most 4 ** log10(15) ≈ 5.1x, the
same exponent as above.

Run: ``.venv/bin/python benchmarks/bench_scaling.py [--only SUBSTRING] [--sizes 10000,100000]``
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import math
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse import _dates as dates
from newsparse import _inline as inline
from summary import record

LIMIT = 15.0
SIZES = (10_000, 100_000, 1_000_000)
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7424f4bbc31e5b6a.txt"
MULTIPLES = (1, 4, 16, 64)
# The same growth exponent as LIMIT per 10x, for steps of 4x.
MULTIPLE_LIMIT = 4 ** math.log10(LIMIT)


def _fill(unit: str) -> Callable[[int], str]:
    """``unit`` repeated to about ``size`` characters."""
    return lambda size: unit * max(1, size // len(unit))


def _names(size: int) -> str:
    # "By Name0 Surname, Name1 Surname, ...": 10 000 names is about 150 KB. Past 1 600 characters
    # the byline readers refuse a line at once, so this row times that refusal (the defence); the
    # "bylines" row times many bylines of a real size.
    count = max(2, size // 15)
    return "# Title\n\nBy " + ", ".join(f"Name{i} Surname" for i in range(count)) + "\n\nText."


def _dates(size: int) -> str:
    # 10 000 date phrases on one line is about 150 KB.
    return "# Title\n\n" + "July 16, 2021 10:32 MSK, " * (size // 25)


def _nested_html(size: int) -> str:
    depth = size // 11
    return "<div>" * depth + "text" + "</div>" * depth


def _prose_line(size: int) -> str:
    return "# Title\n\n" + "Words of one long line of article text, " * (size // 40)


SHAPES: dict[str, Callable[[int], str]] = {
    "'[' * n": _fill("["),
    "'*a' * n": _fill("*a"),
    "'_a' * n": _fill("_a"),
    "'**a' * n": _fill("**a"),
    "unclosed '[a](' * n": _fill("[a]("),
    "'[a](b' * n": _fill("[a](b"),
    "'![' * n": _fill("!["),
    "blanks in destinations '[a]( b (' * n": _fill("[a]( b ("),
    "srcset sources '![a](/x 1x, ' * n": _fill("![a](/x 1x, "),
    "escaped parentheses '[a](\\( ' * n": _fill("[a](\\( "),
    "'[^1]' * n": _fill("[^1]"),
    "backticks '`' * n": _fill("`"),
    "backtick runs '``a`'": _fill("``a`"),
    "'<' * n": _fill("<"),
    "'<a' * n": _fill("<a"),
    "'&' * n and '&#'": _fill("&&#"),
    "byline of names": _names,
    "date phrases": _dates,
    "digit run": lambda size: "# Title\n\n" + "9" * size,
    "one long prose line": _prose_line,
    "blank lines": _fill("\n"),
    "short lines": _fill("a\n"),
    "headings": _fill("# Heading\n\n"),
    "heading + spaces": lambda size: "# a" + " " * size + "b",
    "title with site suffix": lambda size: "# " + "word " * (size // 5) + "| Site",
    "bylines": _fill("By Jane Doe\n\n"),
    "datelines": _fill("July 16, 2021\n\n"),
    "captions": _fill("Photo: AFP\n\n"),
    "pictures in one block": _fill('![](a.jpg)\n<div class="x">\n'),
    "quotes '> ' * n": _fill("> "),
    "list markers '* ' * n": _fill("* "),
    "table row '|' * n": _fill("|"),
    "spaces in a line": lambda size: "a" + " " * size + "b",
    "tabs and nbsp": _fill("\t\u00a0"),
    "footer 'Original url:'": lambda size: "a\n" * (size // 2) + "Original url:\n" + "x" * 50,
    "parse_byline: names": lambda size: (
        "By " + ", ".join(f"Name{i} Surname" for i in range(max(2, size // 15)))
    ),
    "parse_dateline: dates": _fill("July 16, 2021 10:32 MSK, "),
    "html: nested <div>": _nested_html,
    "html: '<p><b><i>' * n": _fill("<p><b><i>"),
    "html: '<!--' * n": _fill("<!--"),
    "html: '<ul><li>' * n": _fill("<ul><li>"),
    "html: '<a href=x>' * n": _fill("<a href=x>"),
}


def _clear_caches() -> None:
    inline.render.cache_clear()
    dates.find_dates_cached.cache_clear()  # a benchmark measures cold runs


# The entry point a shape is timed on, by the prefix of its name (parse for the rest).
CALLS: dict[str, Callable[[str], object]] = {
    "html:": newsparse.parse_html,
    "parse_byline:": newsparse.parse_byline,
    "parse_dateline:": newsparse.parse_dateline,
}


def _time(shape: str, text: str, repeats: int) -> float:
    prefix = shape.split(" ", 1)[0]
    call = CALLS.get(prefix, newsparse.parse)
    best = float("inf")
    spent = 0.0
    runs = 0
    # At least `repeats` runs, and more (up to 50) while they add up to under a quarter second:
    # a run of a millisecond is at the mercy of the scheduler, the best of many is not.
    while runs < repeats or (spent < 0.25 and runs < 50):
        _clear_caches()
        gc.collect()
        start = time.process_time()
        # The small parsers refuse what is too long to be their element: that is an answer too.
        with contextlib.suppress(newsparse.ParseError):
            call(text)
        seconds = time.process_time() - start
        best = min(best, seconds)
        spent += seconds
        runs += 1
    return best


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _peak_bytes(shape: str, text: str) -> int:
    """The memory one call takes at its peak, above what the process held before it."""
    call = CALLS.get(shape.split(" ", 1)[0], newsparse.parse)
    _clear_caches()
    gc.collect()
    if os.access("/proc/self/clear_refs", os.W_OK):
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets the high-water mark (VmHWM) to the current resident set
        before = _status_kb("VmRSS")
        with contextlib.suppress(newsparse.ParseError):
            call(text)
        return max(0, _status_kb("VmHWM") - before) * 1024
    tracemalloc.start()
    try:
        with contextlib.suppress(newsparse.ParseError):
            call(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _grown(text: str, times: int) -> str:
    """``text`` with the stretch from its first to its last body block repeated ``times`` times."""
    body = newsparse.parse(text).body
    start, end = body[0].span.start, body[-1].span.end
    return text[:start] + "\n\n".join([text[start:end]] * times) + text[end:]


def _growing_article() -> float:
    """Print the grown-seed table; return its worst ratio per 4x (0 without a seed)."""
    if not SEED.exists():
        return 0.0
    seed = SEED.read_text(encoding="utf-8")
    header = "".join(f"{'x' + str(m):>11}" for m in MULTIPLES)
    print(f"\n{'seed, body repeated':24}{header}  (CPU seconds; ratio per 4x)")
    texts = [_grown(seed, m) for m in MULTIPLES]
    times = [_time("seed", text, 5) for text in texts]
    steps = [later / max(earlier, 1e-6) for earlier, later in itertools.pairwise(times)]
    sizes = "".join(f"{len(text) // 1000:>8,} KB" for text in texts)
    print(f"{'size':24}{sizes}")
    print(f"{'parse':24}{''.join(f'{s:11.4f}' for s in times)}")
    print(f"{'ratio per 4x':24}{'':11}{''.join(f'{step:11.1f}' for step in steps)}")
    print(f"worst ratio per 4x: {max(steps):.1f} (limit {MULTIPLE_LIMIT:.1f})")
    return max(steps)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--only", default="", help="run the shapes whose name holds this")
    options.add_argument("--sizes", default=",".join(map(str, SIZES)), help="sizes in characters")
    args = options.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    newsparse.parse_html("<p>warm</p>")  # imports and first-call costs out of the way
    header = "".join(f"{size // 1000:>8,} KB" for size in sizes)
    ratios = "".join(f"{'x' + str(i + 1):>7}" for i in range(len(sizes) - 1))
    memory = "".join(f"{size // 1000:>6,}K" for size in sizes)
    print(
        f"{'shape':24}{header}{ratios}  peak B/char at{memory}"
        "  (CPU seconds, best of runs; ratio per 10x)"
    )
    worst = 0.0
    worst_memory = 0.0
    failed = []
    for shape, make in SHAPES.items():
        if args.only not in shape:
            continue
        texts = [make(size) for size in sizes]
        times = [_time(shape, text, 5 if len(text) <= 100_000 else 3) for text in texts]
        per_char = [_peak_bytes(shape, text) / max(1, len(text)) for text in texts]
        worst_memory = max(worst_memory, per_char[-1])
        steps = [later / max(earlier, 1e-6) for earlier, later in itertools.pairwise(times)]
        worst = max(worst, *steps)
        verdict = "SUPERLINEAR" if any(step > LIMIT for step in steps) else ""
        if verdict:
            failed.append(shape)
        cells = "".join(f"{seconds:11.4f}" for seconds in times)
        bytes_cells = "".join(f"{value:7.0f}" for value in per_char)
        print(
            f"{shape:24}{cells}{''.join(f'{step:7.1f}' for step in steps)}"
            f"  {'':14}{bytes_cells}  {verdict}"
        )
        sys.stdout.flush()
    print(f"worst ratio per 10x: {worst:.1f} (limit {LIMIT:.0f})")
    print(
        f"worst peak memory at the largest size: {worst_memory:.0f} bytes per character, "
        f"{worst_memory * newsparse.MAX_INPUT / 1e9:.2f} GB at MAX_INPUT "
        f"({newsparse.MAX_INPUT:,} characters)"
    )
    growing = _growing_article() if not args.only else 0.0
    if growing > MULTIPLE_LIMIT:
        failed.append("seed, body repeated")
    record(
        "scaling",
        {
            "worst cost ratio per 10x input": round(worst, 1),
            "worst peak memory, bytes per input character": round(worst_memory),
            "worst cost ratio per 4x, seed body grown": round(growing, 1),
            "superlinear shapes": len(failed),
        },
    )
    if failed:
        print(f"superlinear: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
