"""``newsparse show``: a dump with each line marked by the kind of element that claimed it.

An HTML page is shown as the dump :func:`newsparse.html_to_dump` makes of it, which is the text
its Article's spans index.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Final, TextIO

from newsparse import Article, Document, Element, ParseError, read_document
from newsparse._cli.inputs import add_date_order_argument, add_vocabulary_argument
from newsparse._kinds import KINDS, located
from newsparse._kinds import kind_of as kind_in
from newsparse._paths import STDIN

__all__ = ["add_arguments", "kind_of", "line_kinds", "render", "run"]

# ANSI SGR colours per kind, from the kind table ("body" stays uncoloured, being most of a dump).
_COLOURS: Final = {kind.name: kind.colour for kind in KINDS}
_SEVERITY_COLOURS: Final = {"info": "2", "warning": "33", "error": "31"}
# Control characters in a scraped line would move the cursor or recolour the terminal: show them
# as their Unicode control pictures (U+2400 block) instead. Tabs stay.
_VISIBLE_CONTROLS: Final = {code: 0x2400 + code for code in range(0x20) if code != 0x09} | {
    0x7F: 0x2421
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``show`` arguments to its subparser."""
    parser.add_argument(
        "file", metavar="FILE", help="a dump file or HTML page (plain or .gz), or - for stdin"
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="read FILE as an HTML page and show the dump made from it (files named .html/.htm "
        "always are, and stdin when it starts as a page does)",
    )
    add_date_order_argument(
        parser, "how the input writes numeric dates: dmy (16.07.2021) or mdy (07/16/2021)"
    )
    add_vocabulary_argument(parser)


def kind_of(element: Element, article: Article) -> str:
    """The name ``show`` gives an element's kind (a standfirst is a Paragraph outside the body).

    Raises:
        ValueError: for an element of no known kind (see :func:`newsparse._kinds.kind_of`).
    """
    return kind_in(element, article).name


def line_kinds(article: Article, line_count: int) -> list[tuple[str, ...]]:
    r"""For each line, the kinds of the elements covering it, in document order.

    A line no element covers gets ``()`` (it is blank: spans cover every non-blank character);
    a line split between elements (a byline glued to its date) gets both kinds.

    Example:
        >>> from newsparse import parse
        >>> line_kinds(parse("# Title\n\nBy [AFP](#)\n\nText."), 5)
        [('title',), (), ('byline',), (), ('body',)]
    """
    kinds: list[tuple[str, ...]] = [()] * line_count
    for found, element in located(article):
        kind = found.name
        for index in range(element.span.line - 1, min(element.span.end_line, line_count)):
            if kind not in kinds[index]:
                kinds[index] = (*kinds[index], kind)
    return kinds


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour and code else text


def render(document: Document, *, colour: bool) -> str:
    """The annotated dump: line number, kind, the line as written; then the diagnostics."""
    article = document.article
    lines = document.lines()
    kinds = line_kinds(article, len(lines))
    labels = ["+".join(kind) for kind in kinds]
    width = max((len(label) for label in labels), default=0)
    digits = len(str(len(lines)))
    out = []
    for number, (line, kind, label) in enumerate(zip(lines, kinds, labels, strict=True), 1):
        code = _COLOURS[kind[0]] if kind else ""
        margin = _paint(label.ljust(width), code, colour)
        shown = line.translate(_VISIBLE_CONTROLS)
        out.append(f"{number:>{digits}} {margin} | {shown}".rstrip())
    out.append("")
    out.append(f"diagnostics: {len(article.diagnostics)}")
    for diagnostic in article.diagnostics:
        row, column = document.position(diagnostic.span.start)
        severity = _paint(diagnostic.severity.value, _SEVERITY_COLOURS[diagnostic.severity], colour)
        out.append(f"  {row}:{column} {severity} {diagnostic.code}: {diagnostic.message}")
    return "\n".join(out) + "\n"


def _colour_wanted(stream: TextIO) -> bool:
    # NO_COLOR (no-color.org) lets a user turn colour off even on a terminal.
    return stream.isatty() and not os.environ.get("NO_COLOR")


def run(options: argparse.Namespace) -> int:
    """Run ``newsparse show``; returns the exit status."""
    path: str = options.file
    try:
        # A page's Article indexes the dump html_to_dump writes: the document holds that text.
        document = read_document(
            path,
            data=sys.stdin.buffer if path == STDIN else None,
            html=options.html,
            order=options.date_order,
            vocabulary=options.vocabulary,
        )
    except ParseError as error:
        sys.stderr.write(f"newsparse: {path}: {error.code}: {error.message}\n")
        return 1
    sys.stdout.write(render(document, colour=_colour_wanted(sys.stdout)))
    return 0
