"""What every parser may use: block markup, plain text, pictures, teaser claims, emphasis, dates.

Parser modules import from here, from the engine and from the text readers in
:mod:`newsparse._readers`, never from each other: a helper two rules share lives here, so a rule's
module can change without touching another's. Dateline elements are built here
(:class:`DatelineBuilder`), as the dateline rules and the title and standfirst rules (a date glued
to the end of a header line, :func:`trailing_elements`) all make them.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from newsparse._dates import FoundDate, order_note, read_in_order
from newsparse._engine import Claim, Context, Found, Shape, closing_hashes, heading_level
from newsparse._errors import Code
from newsparse._inline import Inline, render
from newsparse._model import (
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Dateline,
    DateValue,
    Diagnostic,
    Element,
    Image,
    Paragraph,
    Picture,
    Severity,
)
from newsparse._plan import mostly_date, runs_on, wrap_width
from newsparse._readers.byline import read_byline
from newsparse._readers.dateline import DatelineReading
from newsparse._source import BLANK
from newsparse._syntax import attribute_block

__all__ = [
    "MAX_LAYOUT_MARKS",
    "DatelineBuilder",
    "block_images",
    "block_text",
    "heading_text",
    "is_emphasised",
    "is_fence_close",
    "is_italic",
    "layout_mark",
    "paragraph_at",
    "picture_claim",
    "picture_file",
    "plain_text",
    "runs_on",
    "teaser_claim",
    "trailing_elements",
    "unmarked",
    "unplaced",
    "wrapped_end",
]


# "## Title ##": the ATX opening and the optional closing run of hashes.
_ATX_OPEN: Final = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]+|$)")
# "* ", "1. ", "- " list markers with their indent
_LIST_MARKER: Final = re.compile(r"(?P<indent>[ \t]{0,12})(?:[*+-]|[0-9]{1,9}[.)])(?:[ \t]{1,4}|$)")
# "> " quote markers, nested ("> > ")
_QUOTE_MARKER: Final = re.compile(r"[ ]{0,3}(?:>[ ]?){1,16}")
# "* ", "- ", "+ " bullets only: "15. Mai 2021" opens a German date, not an ordered list item.
_BULLET: Final = re.compile(r"[ \t\u00a0]{0,12}[*+-](?:[ \t]{1,4}|$)")
# Two trailing spaces or a trailing backslash: a Markdown hard line break.
# What unmarked()'s markers may open with after their indent, and the indent's characters.
_MARKER_HEADS: Final = ("#", ">", "*", "+", "-")
_MARKER_INDENT: Final = " \t\u00a0"
_HARD_BREAK: Final = re.compile(r"(?:  |\\)$")
# "|---|:--:|" table delimiter rows
_TABLE_DELIMITER: Final = re.compile(r"[|: \t-]{1,2000}$")


def heading_text(line: str) -> str:
    """The Markdown of an ATX heading's content, without the ``#`` runs."""
    opening = _ATX_OPEN.match(line)
    content = line[opening.end() :] if opening else line
    attributes = attribute_block(content)
    if attributes is not None:
        content = content[:attributes]  # pandoc's "{#id .class}" names the heading: not text
    closing = closing_hashes(content)
    return content if closing is None else content[:closing].rstrip(" \t")


def unmarked(markdown: str) -> str:
    """``markdown`` with each line's heading, quote or bullet marker taken off.

    Example:
        >>> unmarked("### By [Jane Doe](#)")
        'By [Jane Doe](#)'
    """
    lines = []
    for line in markdown.split("\n"):
        if line.lstrip(_MARKER_INDENT)[:1] not in _MARKER_HEADS:
            lines.append(line)  # no marker can open it: the three regexes would say no
            continue
        marker = _ATX_OPEN.match(line) or _QUOTE_MARKER.match(line) or _BULLET.match(line)
        if marker is None:
            lines.append(line)
        elif marker.re is _ATX_OPEN:
            lines.append(heading_text(line))
        else:
            lines.append(line[marker.end() :])
    return "\n".join(lines)


def plain_text(markdown: str) -> str:
    r"""The plain text of a header element (a byline, a dateline) written over a line or two.

    Each line's heading, quote or bullet marker is taken off (:func:`unmarked`), as the body's
    blocks have theirs taken off, then the inline Markdown is rendered.

    Example:
        >>> plain_text("* **Date**\n  23.05.2011")
        'Date 23.05.2011'
    """
    return render(unmarked(markdown)).text


def block_text(markdown_lines: list[str], kind: BlockKind) -> str:
    """The Markdown content of a block's lines with its block markers taken off."""
    if kind is BlockKind.HEADING:
        return heading_text(markdown_lines[0])
    if kind is BlockKind.LIST_ITEM:
        first = _LIST_MARKER.match(markdown_lines[0])
        head = markdown_lines[0][first.end() :] if first else markdown_lines[0]
        return "\n".join([head, *markdown_lines[1:]])
    if kind is BlockKind.QUOTE:
        out = []
        for line in markdown_lines:
            marker = _QUOTE_MARKER.match(line)
            out.append(line[marker.end() :] if marker else line)
        return "\n".join(out)
    return "\n".join(markdown_lines)


def _table_text(lines: list[str]) -> str:
    rows = []
    for line in lines:
        if "-" in line and _TABLE_DELIMITER.match(line):
            continue
        cells = [render(cell).text for cell in line.strip(BLANK).strip("|").split("|")]
        rows.append(" | ".join(cells))
    return "\n".join(rows)


# A converter that wraps text (html2text at 78 columns, pandoc at 72) leaves every line of a
# paragraph but its last this full; header lines written one per line are rarely this long.
_WRAP_WIDTH: Final = range(60, 81)


def _soft_wrapped(context: Context, index: int) -> bool:
    """Whether line ``index`` continues the line above: that one was broken at the wrap width."""
    if runs_on(context, index) and not context.title_level(index):
        return True  # broken at the width measured on this dump
    above = context.lines[index - 1]
    if not (
        len(above) in _WRAP_WIDTH
        and not _HARD_BREAK.search(above)
        and context.shape(index - 1) is Shape.TEXT
        and context.shape(index) is Shape.TEXT
        and not context.setext_level(index)
        and not context.title_level(index)
    ):
        return False
    # With no width measured, a full line proves less: a byline or a date under a standfirst
    # of that length is its own element, not the standfirst's last words.
    text = context.inline(index).text
    return read_byline(text) is None and not mostly_date(text)


def wrapped_end(context: Context, index: int) -> int:
    """One past the last line that line ``index`` runs on into, broken at the dump's wrap width.

    ``index + 1`` when the dump was not wrapped or the line is whole: rules that read a line
    alone (a caption, a standfirst) read a wrapped one with the lines it continues into.
    """
    if context.wrap == 0 or not wrap_width(context):
        return index + 1  # most dumps are not wrapped: no line runs on (0: measured so)
    ends = context.wrapped_ends
    if ends is None:
        # One backward pass, on first use: a line runs on as far as the line after it does.
        count = context.count
        ends = [count] * (count + 1)
        for line in range(count - 1, -1, -1):
            ends[line] = ends[line + 1] if runs_on(context, line + 1) else line + 1
        context.wrapped_ends = ends
    return ends[index]


def _extent(context: Context, index: int) -> tuple[BlockKind, int, int]:
    """The kind, level and end line of the block starting at ``index``."""
    lines = context.lines
    shape = context.shape(index)
    end = index + 1
    if shape is Shape.HEADING:
        return BlockKind.HEADING, heading_level(lines[index]), end
    setext = context.setext_level(index)
    if setext:
        return BlockKind.HEADING, setext, index + 2
    if shape is Shape.LIST_ITEM:
        marker = _LIST_MARKER.match(lines[index])
        indent = len(marker["indent"].expandtabs(4)) if marker else 0
        # Continuation lines are indented and are not items themselves.
        while (
            end < context.count
            and context.shape(end) is Shape.TEXT
            and lines[end][:1] in (" ", "\t")
        ):
            end += 1
        return BlockKind.LIST_ITEM, 1 + indent // 2, end
    if shape is Shape.QUOTE:
        while end < context.count and context.shape(end) is Shape.QUOTE:
            end += 1
        return BlockKind.QUOTE, 0, end
    if shape is Shape.FENCE:
        fence = lines[index].strip(" ")[:3]
        # A fence left open ends at the footer; one opened after it runs to the end of the text.
        footer = context.footer_line
        stop = footer if footer is not None and index < footer else context.count
        while end < stop and not lines[end].lstrip(" ").startswith(fence):
            end += 1
        return BlockKind.CODE, 0, min(end + 1, stop)
    if shape is Shape.TABLE:
        while end < context.count and context.shape(end) is Shape.TABLE:
            end += 1
        return BlockKind.TABLE, 0, end
    # A paragraph runs over the plain lines of its block; a line that starts another block shape
    # ends it, and so does a line that is underlined (a setext heading). A hard line break ends
    # it too: converters write <br> as one, and each line after it may be a byline or a date
    # that its own rule should see.
    # In the header every line is its own element (a kicker, a date and a byline often share a
    # block there, and each must reach its own rule), except the lines of a wrapped paragraph.
    if context.in_header(index):
        while end < context.count and _soft_wrapped(context, end):
            end += 1
        return BlockKind.PARAGRAPH, 0, end
    while (
        end < context.count
        and context.shape(end) is Shape.TEXT
        and not context.setext_level(end)
        and not _HARD_BREAK.search(lines[end - 1])
    ):
        end += 1
    return BlockKind.PARAGRAPH, 0, end


def block_images(context: Context, inline: Inline, start: int, end: int) -> tuple[Image, ...]:
    """The pictures of a rendered block, each with the span of its syntax in ``[start, end)``."""
    if not inline.images:
        return ()
    text = context.source.text
    images = []
    position = start
    for image in inline.images:
        found = text.find(image.markdown, position, end) if image.markdown else -1
        if found == -1:
            span = context.span(start, start)
        else:
            span = context.span(found, found + len(image.markdown))
            position = span.end
        images.append(Image(alt=image.alt, src=image.url, link=image.link, at=image.at, span=span))
    return tuple(images)


def unplaced(images: tuple[Image, ...]) -> tuple[Image, ...]:
    """A Picture's images, each at offset 0: the block has no text for them to stand in.

    A block whose only text is invisible (a zero-width space before ``![]()``) is a picture, and
    the rendered offset counted that character.
    """
    return tuple(
        Image(alt=image.alt, src=image.src, link=image.link, at=0, span=image.span)
        for image in images
    )


def is_fence_close(opening: str, line: str) -> bool:
    """Whether ``line`` closes the code fence that ``opening`` opened."""
    return line.lstrip(" ").startswith(opening.strip(" ")[:3])


def paragraph_at(context: Context, index: int) -> tuple[Paragraph, int]:
    """The body block starting at line ``index``, and the line after it.

    Exposed for rules that split a block (a dateline opening the first paragraph) and need the
    rest made the way the fallback makes it.
    """
    kind, level, end = _extent(context, index)
    span = context.lines_span(index, end - 1)
    raw = context.raw(span)
    lines = context.lines[index:end]
    if kind is BlockKind.CODE:
        closed = len(lines) > 1 and is_fence_close(lines[0], lines[-1])
        text = "\n".join(lines[1:-1] if closed else lines[1:])
        return Paragraph(raw=raw, span=span, text=text, kind=kind), end
    if kind is BlockKind.TABLE:
        return Paragraph(raw=raw, span=span, text=_table_text(lines), kind=kind), end
    if kind is BlockKind.PARAGRAPH and end == index + 1:
        inline = context.inline(index)
    elif kind is BlockKind.HEADING and end == index + 2:
        inline = context.inline(index)  # setext: the text line over its underline
    else:
        inline = context.render(block_text(lines, kind))
    paragraph = Paragraph(
        raw=raw,
        span=span,
        text=inline.text,
        kind=kind,
        links=inline.links,
        level=level,
        images=block_images(context, inline, span.start, span.end),
    )
    return paragraph, end


_PICTURE: Final = (Found.PICTURE,)


def picture_claim(context: Context, first: int, last: int, counted: Found) -> Claim | None:
    """A claim of lines ``first`` to ``last`` as one Picture, or ``None`` if they hold text.

    ``counted`` is the mark the rule asking would have counted (a caption, a body block): rules
    that count what came before (``context.found``) see the lines as they did before pictures
    were a kind of their own.
    """
    span = context.lines_span(first, last)
    if first == last and context.shape(first) is Shape.TEXT:
        inline = context.inline(first)
    else:
        kind = (
            BlockKind.LIST_ITEM if context.shape(first) is Shape.LIST_ITEM else BlockKind.PARAGRAPH
        )
        inline = context.render(block_text(context.lines[first : last + 1], kind))
    if not inline.images or inline.text.strip(BLANK):
        return None
    images = unplaced(block_images(context, inline, span.start, span.end))
    element = Picture(raw=context.raw(span), span=span, images=images)
    return Claim(elements=(element,), found=_PICTURE, next_line=last + 1, marks=(counted,))


def teaser_claim(context: Context, first: int, last: int, what: str) -> Claim:
    """Claim lines that belong to another article (a teaser's byline or date) as navigation.

    Related-article boxes and comment lists repeat bylines and dates after the text; they must
    not become this article's byline or dateline, nor its body.
    """
    span = context.lines_span(first, last)
    raw = context.raw(span)
    element = Boilerplate(
        raw=raw, span=span, text=render(raw).text, kind=BoilerplateKind.NAVIGATION
    )
    note = context.diagnostic(
        Code.BOILERPLATE,
        f"{what} after the article text belongs to another article",
        span,
        Severity.INFO,
    )
    return Claim(
        elements=(element,), found=(Found.BOILERPLATE,), next_line=last + 1, diagnostics=(note,)
    )


def _wrapped_in(markdown: str, markers: tuple[str, ...]) -> str | None:
    """The marker the whole line is wrapped in (the longest of ``markers`` that fits), if any."""
    stripped = markdown.strip(BLANK)
    if len(stripped) < 3:
        return None
    for marker in ("***", "**", "*", "___", "__", "_"):
        if stripped.startswith(marker) and stripped.endswith(marker):
            inner = stripped[len(marker) : -len(marker)]
            if inner.strip() and marker[0] not in inner[:1] + inner[-1:]:
                return marker if marker in markers else None
            return None
    return None


def is_emphasised(markdown: str) -> bool:
    """Whether the whole line is set in italics or bold (``*...*``, ``**...**``, ``_..._``)."""
    return _wrapped_in(markdown, ("***", "**", "*", "___", "__", "_")) is not None


def is_italic(markdown: str) -> bool:
    """Whether the whole line is set in italics (``*...*``, ``_..._``, bold italics too).

    Closing notes are italic; a line wholly in bold is a label or a heading, not a note.
    """
    return _wrapped_in(markdown, ("***", "*", "___", "_")) is not None


def trailing_elements(
    context: Context, index: int, byline_start: int, date_start: int, reading: DatelineReading
) -> tuple[list[Element], list[Found], list[Diagnostic]]:
    """The byline (if any) and dateline :func:`split_trailing` found on line ``index``."""
    base = context.source.starts[index]
    end = context.source.line_end(index)
    elements: list[Element] = []
    found: list[Found] = []
    if byline_start < date_start:
        span = context.span(base + byline_start, base + date_start)
        raw = context.raw(span)
        authors = read_byline(raw) or ()
        elements.append(Byline(raw=raw, span=span, text=plain_text(raw), authors=authors))
        found.append(Found.BYLINE)
    builder = DatelineBuilder(context)
    elements.append(builder.dateline(reading, base + date_start, end))
    found.append(Found.DATELINE)
    return elements, found, builder.diagnostics


class DatelineBuilder:
    """Turns readings into Dateline elements with their years completed and diagnostics made."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.diagnostics: list[Diagnostic] = []

    def value(self, phrase: FoundDate | None, start: int, end: int) -> DateValue | None:
        if phrase is None:
            return None
        context = self.context
        if phrase.ambiguous:
            # Only now is the whole document scanned for the order it writes dates in; failing
            # that, the URL's country and the language decide, and the date stays ambiguous.
            shown = context.order
            phrase = read_in_order(
                phrase, shown=shown, likely=None if shown else context.likely_order
            )
        if phrase.year is None and phrase.month is not None:
            year, source = self._context_year()
            if year is None:
                self.diagnostics.append(
                    context.diagnostic(
                        Code.MISSING_YEAR,
                        "the date gives no year and neither an earlier date nor the URL does",
                        context.span(start, end),
                        Severity.WARNING,
                    )
                )
                return None
            phrase = phrase.with_year(year)
            self.diagnostics.append(
                context.diagnostic(
                    Code.YEAR_FROM_CONTEXT,
                    f"the date gives no year; {year} taken from {source}",
                    context.span(start, end),
                    Severity.INFO,
                )
            )
        value = phrase.value()
        if value is None:
            return None
        if value.ambiguous:
            self.diagnostics.append(
                context.diagnostic(
                    Code.AMBIGUOUS_DATE,
                    order_note(context.likely_order),
                    context.span(start, end),
                    Severity.WARNING,
                )
            )
        if value.zone is not None and phrase.offset is None:
            self.diagnostics.append(
                context.diagnostic(
                    Code.AMBIGUOUS_ZONE,
                    f"the zone {value.zone!r} has no single offset; the time is kept naive",
                    context.span(start, end),
                    Severity.INFO,
                )
            )
        return value

    def _context_year(self) -> tuple[int | None, str]:
        earlier = self.context.header_date
        if earlier is not None:
            return earlier.date.year, "an earlier date"
        year = self.context.url_year
        if year is not None:
            return year, "the source URL"
        return None, ""

    def dateline(self, reading: DatelineReading, start: int, end: int) -> Dateline:
        span = self.context.span(start, end)
        raw = self.context.raw(span)
        return Dateline(
            raw=raw,
            span=span,
            text=plain_text(raw),
            published=self.value(reading.published, start, end),
            updated=self.value(reading.updated, start, end),
            place=reading.place,
            agency=reading.agency,
        )


# A picture's file: what a zoom icon or a linked picture opens (not a page).
_PICTURE_FILE: Final = re.compile(r"[.](?:jpe?g|png|gif|webp|avif|svg)$", re.I)


def picture_file(url: str | None) -> bool:
    """Whether ``url`` opens a picture file rather than a page (its path ends like one)."""
    if not url:
        return False
    try:
        path = urlsplit(url).path
    except ValueError:  # a bracket left open in the host is no URL urlsplit reads
        return False
    return _PICTURE_FILE.search(path) is not None


def layout_mark(context: Context, index: int) -> bool:
    """Whether line ``index`` only opens or closes a layout box (a fenced div, a block tag)."""
    return context.shape(index) is Shape.RULE and context.lines[index].lstrip(" ")[:1] in ":<"


# The most layout marks passed over in a row between a label or heading and what it heads.
MAX_LAYOUT_MARKS: Final = 3
