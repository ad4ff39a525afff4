"""Print captions, credits, related links, notes and standfirsts beside their source, for reading.

    .venv/bin/python benchmarks/structure_audit.py --pages check --per-style 5 --seed 19
    .venv/bin/python benchmarks/structure_audit.py --field related --per-style 10
    .venv/bin/python benchmarks/structure_audit.py --pages tune --field standfirst --per-style 13
    .venv/bin/python benchmarks/structure_audit.py --pages tune --field dateline --per-style 15

Samples ``--per-style`` dumps of each dump style of the wide corpus (``../shared/corpus/wide``,
or ``--corpus``) with a fixed seed, parses each, and prints every caption (with its credit),
related link and closing note beside the lines it was read from, numbered, so that a reader can
count how many are right. ``standfirst`` gives one row per dump (none is an answer too): the
standfirst found, or ``None``, above the first lines of the dump from the title down, so
that a reader can judge both a wrong standfirst and a missed one. ``dateline`` is read the same
way: the place and agency of the dumps' datelines (or ``None``) above the dump's first lines
from the title down, so that an invented place and a missed one both show. Pages are split as
the scorers split them (``check`` when ``sha256(folder) % 3 == 0``): read and tune rules on
``tune``, only measure on ``check``.
``--limit`` elements per field are printed, drawn with the same seed from all those found.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

from newsparse import parse
from newsparse._model import Article, Caption, Footnote, RelatedLink

STYLES = ("seed", "region-markdownify", "readability-lxml-markdownify", "trafilatura-html2text")
FIELDS = ("caption", "credit", "related", "notes", "standfirst", "dateline")
_CONTEXT_CHARS = 160
_HEADER_LINES_SHOWN = 14
_LINE_CHARS = 140


def split_of(folder: str) -> str:
    """``check`` or ``tune``, the split the scorers use."""
    return "check" if int(hashlib.sha256(folder.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def sample(corpus: Path, pages: str, per_style: int, seed: int) -> list[tuple[str, Path]]:
    """``per_style`` dump paths of each style, drawn with ``seed`` from the pages of the split."""
    folders = sorted(
        p.name
        for p in corpus.iterdir()
        if p.is_dir() and (pages == "all" or split_of(p.name) == pages)
    )
    chosen: list[tuple[str, Path]] = []
    for style in STYLES:
        rng = random.Random(f"{seed}:{style}")
        dumps = [corpus / f / f"dump.{style}.md" for f in folders]
        dumps = [d for d in dumps if d.exists()]
        chosen.extend((style, path) for path in rng.sample(dumps, min(per_style, len(dumps))))
    return chosen


def _source(text: str, line: int, end_line: int) -> str:
    lines = text.splitlines()[line - 1 : end_line]
    return " ⏎ ".join(part.strip() for part in lines if part.strip())[: _CONTEXT_CHARS * 2]


def _rows(article: Article, text: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {field: [] for field in FIELDS}
    for element in article.elements():
        span = element.span
        where = f"L{span.line}-{span.end_line}"
        source = _source(text, span.line, span.end_line)
        if isinstance(element, Caption):
            rows["caption"].append(
                f"{where} text={element.text[:_CONTEXT_CHARS]!r}\n      src: {source}"
            )
            if element.credit:
                rows["credit"].append(f"{where} credit={element.credit!r}\n      src: {source}")
        elif isinstance(element, RelatedLink):
            shown = f"label={element.label!r} title={element.title[:_CONTEXT_CHARS]!r}"
            rows["related"].append(f"{where} {shown}\n      src: {source}")
        elif isinstance(element, Footnote):
            shown = f"kind={element.kind.value} text={element.text[:_CONTEXT_CHARS]!r}"
            rows["notes"].append(f"{where} {shown}\n      src: {source}")
    rows["standfirst"].append(_standfirst_row(article, text))
    rows["dateline"].append(_dateline_row(article, text))
    return rows


def _first_lines(article: Article, text: str) -> list[str]:
    """The dump's non-blank lines from the title down, numbered, as many as a header shows."""
    lines = text.splitlines()
    first = article.headline.span.line if article.headline is not None else 1
    return [
        f"      {number:4d}| {lines[number - 1].strip()[:_LINE_CHARS]}"
        for number in range(first, len(lines) + 1)
        if lines[number - 1].strip()
    ][:_HEADER_LINES_SHOWN]


def _dateline_row(article: Article, text: str) -> str:
    """The datelines holding a place or an agency (or ``None``) above the dump's first lines."""
    found = [
        f"L{d.span.line} place={d.place!r} agency={d.agency!r} raw={d.raw[:_CONTEXT_CHARS]!r}"
        for d in article.datelines
        if d.place is not None or d.agency is not None
    ]
    return "\n".join(["; ".join(found) or "dateline=None", *_first_lines(article, text)])


def _standfirst_row(article: Article, text: str) -> str:
    """The standfirst found (or ``None``) above the dump's lines from the title to the body."""
    standfirst = article.standfirst
    if standfirst is None:
        found = "standfirst=None"
    else:
        where = f"L{standfirst.span.line}-{standfirst.span.end_line}"
        found = f"{where} standfirst={standfirst.text[: _CONTEXT_CHARS * 2]!r}"
    return "\n".join([found, *_first_lines(article, text)])


def main(argv: list[str] | None = None) -> int:
    """Run the audit and print its listing."""
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=here.parent.parent / "shared/corpus/wide")
    parser.add_argument("--pages", choices=("tune", "check", "all"), default="check")
    parser.add_argument("--per-style", type=int, default=25)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--field", choices=FIELDS, action="append")
    parser.add_argument("--limit", type=int, default=50, help="elements printed per field")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"structure_audit.py: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    fields = tuple(args.field or FIELDS)
    listing: dict[str, list[str]] = {field: [] for field in fields}
    for style, path in sample(args.corpus, args.pages, args.per_style, args.seed):
        text = path.read_text(encoding="utf-8", errors="replace")
        rows = _rows(parse(text), text)
        name = f"{path.parent.name}/{style}"
        for field in fields:
            listing[field].extend(f"[{name}] {row}" for row in rows[field])
    for field in fields:
        found = listing[field]
        picked = sorted(
            random.Random(args.seed).sample(range(len(found)), min(args.limit, len(found)))
        )
        shown = [found[i] for i in picked]
        print(f"== {field}: {len(listing[field])} found, {len(shown)} shown")
        for number, row in enumerate(shown, 1):
            print(f"{number:3d}. {row}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
