"""Rewrite each dump's title heading in the forms other converters write; count titles lost.

    .venv/bin/python benchmarks/title_shapes.py                  # tune pages, three ATX styles
    .venv/bin/python benchmarks/title_shapes.py --style seed --show 3

Our hidden evaluation uses converters the wide corpus lacks. For every tune dump (``--corpus``,
default ``../shared/corpus/wide``) whose title ``parse`` reads from an ATX heading (``# Title``),
that one line is written again as another converter might write it: underlined (setext), in
bold, in italics, as a link, with html2text's backslash escapes, with closing hashes, with
entities or no-break spaces, indented, as a bold line, as a table cell, with a permalink anchor
after it, as raw ``<h1>`` HTML. The dump is parsed again, and a form counts as *lost* when the
title read differs from the first reading (spaces aside). No label is read; check pages never
are (the split is the scorers': ``check`` when ``sha256(folder) % 3 == 0``).

A form the corpus already holds in title position should lose nothing; one that loses many is a
shape a converter we lack would cost us, if that converter writes it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsparse import ParseError, parse

STYLES = ("seed", "readability-lxml-markdownify", "trafilatura-html2text")
_ATX = re.compile(r"(#{1,6})[ \t]{1,8}(.{1,2000}?)[ \t]{0,8}$")
# A title already marked up (a link, emphasis, an escape) is left out: the forms wrap plain text.
_MARKED = re.compile(r"[\[\]*_`\\<>&]")


def split_of(folder: str) -> str:
    """``check`` or ``tune``, the split the scorers use."""
    return "check" if int(hashlib.sha256(folder.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def _escaped(text: str) -> str:
    """The escapes html2text writes: a number's period, a dash set apart, marks in words."""
    text = re.sub(r"^(\d{1,9})\.", r"\1\\.", text)
    return text.replace(" - ", " \\- ").replace("!", "\\!").replace("+", "\\+")


def _entities(text: str) -> str:
    return (
        text.replace(" ", "&nbsp;", 1)
        .replace("–", "&ndash;")
        .replace("'", "&#39;")
        .replace('"', "&quot;")
    )


def _cell(text: str) -> str:
    """Text in a table cell: a bar in it escaped, as converters write it (GFM)."""
    return text.replace("|", "\\|")


def _underline(hashes: str, text: str) -> str:
    return "=" * max(3, len(text)) if len(hashes) == 1 else "-" * max(3, len(text))


# Each form: the heading's hashes and text in, the line (or lines) a converter writes out.
FORMS: dict[str, Callable[[str, str], str]] = {
    "setext": lambda h, t: f"{t}\n{_underline(h, t)}",
    "bold": lambda h, t: f"{h} **{t}**",
    "italic": lambda h, t: f"{h} _{t}_",
    "link": lambda h, t: f"{h} [{t}](https://example.org/2024/05/story)",
    "escaped": lambda h, t: f"{h} {_escaped(t)}",
    "closing hashes": lambda h, t: f"{h} {t} {h}",
    "hard break": lambda h, t: f"{h} {t}  ",
    "entities": lambda h, t: f"{h} {_entities(t)}",
    "no-break spaces": lambda h, t: f"{h} " + t.replace(" ", "\u00a0"),
    "indented": lambda h, t: f"   {h} {t}",
    "bold line": lambda h, t: f"**{t}**",
    "table cell": lambda h, t: f"| {_cell(t)} |\n| --- |",
    "permalink anchor": lambda h, t: f'{h} {t}[¶](#top "Permalink to this headline")',
    "raw html": lambda h, t: f"<h1>{t}</h1>",
}


def _title(text: str) -> str | None:
    try:
        title = parse(text).title
    except ParseError:
        return None
    return None if title is None else " ".join(title.split())


def _tally(corpus: Path, style: str, show: int) -> tuple[int, Counter[str]]:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    lost: Counter[str] = Counter()
    dumps = 0
    shown: Counter[str] = Counter()
    for record in manifest["dumps"]:
        if record["converter"] != style or "file" not in record:
            continue
        if split_of(record["page"]) != "tune":
            continue  # check pages are measured by the scorers only, never read
        text = (corpus / record["file"]).read_text(encoding="utf-8", errors="replace")
        article = parse(text)
        if article.headline is None or article.title is None:
            continue
        lines = text.split("\n")
        index = article.headline.span.end_line - 1
        heading = _ATX.match(lines[index])
        if heading is None or _MARKED.search(heading[2]):
            continue
        dumps += 1
        before = " ".join(article.title.split())
        for name, form in FORMS.items():
            rewritten = "\n".join(
                [*lines[:index], form(heading[1], heading[2]), *lines[index + 1 :]]
            )
            after = _title(rewritten)
            if after != before:
                lost[name] += 1
                if shown[name] < show:
                    shown[name] += 1
                    print(f"  {name}: {record['page']}: {before[:50]!r} -> {(after or '')[:50]!r}")
    return dumps, lost


def main(argv: list[str] | None = None) -> int:
    """Print, per style, how many rewritten title lines each form loses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/wide"))
    parser.add_argument("--style", action="append", choices=STYLES)
    parser.add_argument("--show", type=int, default=0, help="print up to N lost titles per form")
    args = parser.parse_args(argv)
    if not (args.corpus / "manifest.json").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    styles = args.style or list(STYLES)
    table: dict[str, Counter[str]] = {}
    totals: dict[str, int] = {}
    for style in styles:
        totals[style], table[style] = _tally(args.corpus, style, args.show)
    print(f"{'form':18s}" + "".join(f"{style[:12]:>14s}" for style in styles))
    print(f"{'(dumps)':18s}" + "".join(f"{totals[style]:14d}" for style in styles))
    for name in FORMS:
        print(f"{name:18s}" + "".join(f"{table[style][name]:14d}" for style in styles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
