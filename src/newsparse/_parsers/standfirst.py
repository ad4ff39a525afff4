"""The standfirst: the subtitle or summary written between the title and the article text."""

from __future__ import annotations

from typing import Final

from newsparse._engine import PROSE_CHARS, Claim, Context, Found, Shape, heading_level
from newsparse._inline import render
from newsparse._model import BlockKind, Paragraph
from newsparse._parsers.common import block_images, heading_text, is_emphasised, trailing_elements
from newsparse._readers.dateline import split_trailing

__all__ = ["rule", "screen"]

_MAX_STANDFIRST: Final = 1000
_MIN_WORDS: Final = 4


def screen(context: Context, index: int) -> bool:
    """Only between the title and the first body block."""
    return (
        context.found(Found.TITLE) > 0
        and not context.found(Found.STANDFIRST)
        and not context.found(Found.BODY)
    )


# Kinds of header line a summary may follow: "# Title / 12 May 2024 / By X / The summary".
_HEADER_LINES: Final = (Found.TITLE, Found.DATELINE, Found.BYLINE)
_MIN_SUMMARY_WORDS: Final = 6


def _after_header_lines(context: Context, index: int) -> bool:
    """A summary under the date line or byline: a sentence of text before the article's text.

    The header ends at the first long paragraph, so a line still in it is short; the first long
    paragraph is the article's, never the standfirst.
    """
    if context.last_content not in _HEADER_LINES or not context.in_header(index):
        return False
    end = context.header_end
    if end >= context.count or len(context.lines[end]) < PROSE_CHARS:
        return False  # no long paragraph ends the header: this line may be the article's first
    inline = context.inline(index)
    if inline.links and sum(len(link.text) for link in inline.links) * 2 > len(inline.text):
        return False  # mostly links: a teaser or navigation, not a summary
    text = inline.text.rstrip()
    # "Und noch etwas dazu:" introduces what follows; a summary stands on its own.
    return len(text.split()) >= _MIN_SUMMARY_WORDS and not text.endswith(":")


def rule(context: Context, index: int) -> Claim | None:
    """Claim the standfirst: a subheading or summary line after the title, before any body text.

    A lower-level heading qualifies anywhere in that stretch; a plain line right under the title,
    or under the header's date line or byline while the header lasts; a line set wholly in bold
    or italics anywhere before the text begins.
    """
    if (
        not context.found(Found.TITLE)
        or context.found(Found.STANDFIRST)
        or context.found(Found.BODY)
    ):
        return None
    shape = context.shape(index)
    line = context.lines[index]
    if len(line) > _MAX_STANDFIRST or context.block_end(index) != index + 1:
        return None
    if shape is Shape.HEADING and heading_level(line) >= 2:
        inline = render(heading_text(line))
        kind, level = BlockKind.HEADING, heading_level(line)
    elif shape is Shape.TEXT and (
        context.last is Found.TITLE or is_emphasised(line) or _after_header_lines(context, index)
    ):
        inline = context.inline(index)
        kind, level = BlockKind.PARAGRAPH, 0
    else:
        return None
    if len(inline.text.split()) < _MIN_WORDS:
        return None
    # A date glued to the end ("...return?Friday, 3 March 2023") is a dateline of its own.
    trailing = split_trailing(line)
    stop = trailing[0] if trailing is not None else len(line)
    if not line[:stop].strip(" #*_"):
        return None  # the whole line is a byline and date: their rules' lines
    if trailing is not None:
        markdown = line[:stop]
        inline = render(heading_text(markdown) if kind is BlockKind.HEADING else markdown)
    base = context.source.starts[index]
    span = context.span(base, base + stop)
    standfirst = Paragraph(
        raw=context.raw(span),
        span=span,
        text=inline.text,
        kind=kind,
        links=inline.links,
        level=level,
        images=block_images(context, inline, span.start, span.end),
    )
    if trailing is None:
        return Claim(elements=(standfirst,), found=(Found.STANDFIRST,), next_line=index + 1)
    more, kinds, notes = trailing_elements(context, index, *trailing)
    return Claim(
        elements=(standfirst, *more),
        found=(Found.STANDFIRST, *kinds),
        next_line=index + 1,
        diagnostics=tuple(notes),
    )
