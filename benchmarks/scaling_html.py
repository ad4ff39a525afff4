"""How parse_html's time grows with hostile input: it must grow linearly, never explode.

Each shape is run at growing sizes (one process, one run each, after a warm-up); the last column is
seconds per MB of input, which stays flat when the cost is linear. The big cases the test suite
leaves out live here: 100 000 nested ``<div>``s, megabytes of ``<!--``, a 50 MB page.

Run: ``.venv/bin/python benchmarks/scaling_html.py [--max-mb 50]``
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import newsparse

PARAGRAPH = "<p>" + "Words of an ordinary article paragraph, repeated to fill space. " * 6 + "</p>"

SHAPES: dict[str, Callable[[int], str]] = {
    "nested <div>": lambda n: "<div>" * (n // 5) + "text" + "</div>" * (n // 5),
    "'<!--' * n": lambda n: "<!--" * (n // 4),
    "'</' * n": lambda n: "</" * (n // 2),
    "'<![CDATA[' * n": lambda n: "<![CDATA[" * (n // 9),
    "'<p><b><i>' * n": lambda n: "<p><b><i>" * (n // 9),
    "'&#' + digits": lambda n: "<p>&#" + "7" * n + ";</p>",
    "nested <nav>": lambda n: "<nav>" * (n // 11) + "</nav>" * (n // 11),
    "article page": lambda n: (
        "<html><body><article><h1>Headline of the page</h1>"
        + PARAGRAPH * (n // len(PARAGRAPH))
        + "</article></body></html>"
    ),
}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--max-mb", type=float, default=50.0, help="largest size for a page")
    args = options.parse_args()
    newsparse.parse_html(PARAGRAPH)  # warm imports
    sizes = [100_000, 1_000_000, 10_000_000]
    print(f"{'shape':18} {'size':>11} {'seconds':>9} {'s/MB':>7}  diagnostics")
    for name, make in SHAPES.items():
        top = [*sizes, int(args.max_mb * 1_000_000)] if name == "article page" else sizes
        if name == "nested <div>":
            top = [50_000, 100_000, 500_000]  # 10 000, 20 000, 100 000 nested elements
        for size in top:
            page = make(size)
            start = time.perf_counter()
            article = newsparse.parse_html(page)
            seconds = time.perf_counter() - start
            codes = sorted({d.code for d in article.diagnostics if d.code != "boilerplate"})
            megabytes = len(page) / 1_000_000
            print(
                f"{name:18} {len(page):>11,} {seconds:9.2f} {seconds / megabytes:7.2f}  "
                f"{', '.join(codes)}"
            )


if __name__ == "__main__":
    main()
