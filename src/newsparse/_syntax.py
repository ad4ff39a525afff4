"""Markdown line syntax shared by the reader and the writer: a line's shape, heading marks.

The rule engine reads each line's :class:`Shape` to offer it to the rules; ``to_markdown`` asks
the same questions to know when a value must be escaped so that it reads back as written.
Everything here looks at one line (its first characters, or its end for closing ``#``s).
"""

from __future__ import annotations

import enum
import re
from typing import Final, NamedTuple

from newsparse._source import BLANK
from newsparse.vocabulary import current

__all__ = [
    "ATX",
    "FENCE",
    "LIST_ITEM",
    "SETEXT",
    "FrontMatter",
    "Shape",
    "attribute_block",
    "closing_hashes",
    "front_matter",
    "heading_level",
    "line_shape",
]


class Shape(enum.Enum):
    """The Markdown shape of a line, read from its first characters."""

    BLANK = "blank"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    FENCE = "fence"
    RULE = "rule"
    TABLE = "table"
    TEXT = "text"


ATX: Final = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]|$)")
"""An ATX heading's marks: "# Title", "###### Title" (up to three spaces of indent)."""
LIST_ITEM: Final = re.compile(r"[ \t]{0,12}(?:[*+-]|[0-9]{1,9}[.)])(?:[ \t]|$)")
"""A list item's marker: "* item", "- item", "+ item", "1. item", "1) item"."""


def _thematic(line: str) -> bool:
    r"""Whether ``line`` is a thematic break: "***", "---", "___" and spaced variants.

    Counted, not matched: a regex repeating a group ("(?: ?\1){2,}") keeps a backtracking
    entry per repetition, 150 bytes a character on a line of a million "*".
    """
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body:
        return False
    mark = body[0]
    return mark in "*-_" and body.count(mark) >= 3 and not body.replace(mark, "").strip(" \t")


FENCE: Final = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
"""A code fence: "```" or "~~~"."""
SETEXT: Final = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*$")
"""A setext underline: "===" or "---"."""


# Lines that only mark a layout box, with no text: pandoc's fenced div ("::: {.note}", ":::")
# and a lone block tag of raw HTML ("<div class=...>", "</section>"). They read as a break.
_DIV_FENCE: Final = re.compile(
    r"[ ]{0,3}:{3,64}(?:[ \t]{0,8}(?:\{[^{}\n]{0,500}\}|[\w-]{1,100}))?[ \t]{0,8}$"
)
_BLOCK_TAG: Final = re.compile(
    r"[ ]{0,3}</?(?:div|section|article|aside|header|footer|main|nav|figure|span)"
    r"(?:[ \t][^<>\n]{0,500})?/?>[ \t]{0,8}$",
    re.I,
)


def _box_mark(line: str) -> bool:
    """Whether ``line`` only opens or closes a layout box (a fenced div, a raw block tag)."""
    return (_DIV_FENCE if line.lstrip(" ")[:1] == ":" else _BLOCK_TAG).match(line) is not None


def _day_and_month(stripped: str) -> bool:
    """Whether "31. Oktober 2023. ..." starts the line: a German-style date, not a list item."""
    if not stripped[:1].isdigit():
        return False
    words = stripped[:40].split(None, 2)
    return len(words) > 1 and words[1].rstrip(".,").casefold() in current().months


def line_shape(line: str) -> Shape:
    """The Markdown shape of one line (cheap: it looks at the first characters only)."""
    stripped = line.lstrip(" \t")
    if not stripped.strip(BLANK):
        return Shape.BLANK
    first = stripped[0]
    if first == "#" and ATX.match(line):
        return Shape.HEADING
    if first in "*-_" and _thematic(line):
        return Shape.RULE
    if first in "*-+0123456789" and LIST_ITEM.match(line):
        return Shape.TEXT if _day_and_month(stripped) else Shape.LIST_ITEM
    if first == ">":
        return Shape.QUOTE
    if first in "`~" and FENCE.match(line):
        return Shape.FENCE
    if first == "|" and stripped.count("|") >= 2:
        return Shape.TABLE
    if first in ":<" and _box_mark(line):
        return Shape.RULE
    return Shape.TEXT


def heading_level(line: str) -> int:
    """The ATX heading level (1-6) of ``line``, or 0 when it is not an ATX heading."""
    match = ATX.match(line)
    return len(match.group(1)) if match else 0


# Pandoc's heading attributes: "{#id .class key=value}", or "{-}" (unnumbered), at the very end.
# Each attribute is atomic and a value is quoted or not (never both readings of `k="a"`), so a
# block that fails to close costs one pass, not one per way of splitting it.
_ATTRIBUTE: Final = (
    r"(?>[#.][\w:.-]{1,100}+|[\w-]{1,50}+=(?:\"[^\"\n]{0,200}+\"|[^\s}\"][^\s}]{0,199}+)|-)"
)
_ATTRIBUTES: Final = re.compile(
    r"[ \t]{1,8}\{[ \t]{0,4}"
    + _ATTRIBUTE
    + r"(?:[ \t]{1,4}+"
    + _ATTRIBUTE
    + r"){0,20}+[ \t]{0,4}\}[ \t]{0,8}$"
)


def attribute_block(content: str) -> int | None:
    """Where a heading's closing attribute block begins (pandoc: ``Title {#id .class}``).

    The block names the heading for links and styles; it is no part of the heading's text.

    Example:
        >>> attribute_block("Rates rise {#rates .news}"), attribute_block("Sets {1, 2}")
        (10, None)
    """
    if not content.endswith("}") and not content.rstrip(" \t").endswith("}"):
        return None
    found = _ATTRIBUTES.search(content, max(0, len(content) - 2000))
    return None if found is None else found.start()


def closing_hashes(content: str) -> int | None:
    """Where the closing run of an ATX heading's content begins ("Title ##"), or ``None``.

    Up to 64 "#" at the end (before trailing blanks), after a space or tab or alone. Found by
    stripping, not by a regex search, which would retry every start in a run of spaces.

    Example:
        >>> closing_hashes("Title ##"), closing_hashes("C#"), closing_hashes("Title")
        (6, None, None)
    """
    stripped = content.rstrip(" \t")
    before = stripped.rstrip("#")
    if 1 <= len(stripped) - len(before) <= 64 and before[-1:] in ("", " ", "\t"):
        return len(before)
    return None


class FrontMatter(NamedTuple):
    """A header a tool wrote before the dump: where it starts and ends, and what it says.

    ``fields`` maps ``title``, ``url``, ``date`` and ``author`` to the lines (first, last) that
    give them and the value; every other line of the block is the header's own furniture.
    """

    start: int
    end: int
    fields: dict[str, tuple[int, int, str]]


# The keys are the tools' own format (as the footer's "Original url:" label is), not words of a
# language: a reader service (jina reader) writes "Title:", "URL Source:", "Published Time:",
# then "Markdown Content:"; YAML front matter (static sites, exporters) writes lower-case keys.
_READER_KEYS: Final = r"(title|url source|published time|description|warning|markdown content)"
_READER_LINE: Final = re.compile(_READER_KEYS + r"[ \t]{0,4}:[ \t]{0,4}(.{0,4000})$", re.I)
_YAML_LINE: Final = re.compile(r"([A-Za-z_][\w-]{0,40})[ \t]{0,4}:(?:[ \t]{1,8}(.{0,4000}))?$")
_YAML_ITEM: Final = re.compile(r"[ \t]{1,8}-[ \t]{1,8}(.{1,400})$")
_FIELDS: Final = {
    "title": "title",
    "url source": "url",
    "url": "url",
    "canonical_url": "url",
    "published time": "date",
    "date": "date",
    "published": "date",
    "author": "author",
    "authors": "author",
}
_FRONT_REACH: Final = 60  # a header longer than this is no header


def _unquoted(value: str) -> str:
    value = value.strip(BLANK)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].replace('\\"', '"')
    return value


def _reader_header(lines: list[str], first: int) -> FrontMatter | None:
    fields: dict[str, tuple[int, int, str]] = {}
    for index in range(first, min(len(lines), first + _FRONT_REACH)):
        line = lines[index].strip(BLANK)
        if not line:
            continue
        found = _READER_LINE.match(line)
        if found is None:
            return None
        key = found[1].casefold()
        if key == "markdown content":
            return FrontMatter(first, index + 1, fields) if "title" in fields else None
        if key in _FIELDS and found[2].strip(BLANK):
            fields.setdefault(_FIELDS[key], (index, index, found[2].strip(BLANK)))
    return None


def _yaml_header(lines: list[str], first: int) -> FrontMatter | None:
    fields: dict[str, tuple[int, int, str]] = {}
    index = first + 1
    while index < min(len(lines), first + _FRONT_REACH):
        line = lines[index].rstrip(BLANK)
        if line in ("---", "..."):
            return FrontMatter(first, index + 1, fields) if fields else None
        found = _YAML_LINE.match(line)
        if found is None:
            if _YAML_ITEM.match(line) is None:
                return None
            index += 1
            continue
        key, value = found[1].casefold(), _unquoted(found[2] or "")
        items = []
        while not value and index + 1 < len(lines) and _YAML_ITEM.match(lines[index + 1]):
            index += 1
            items.append(_unquoted(lines[index].strip(BLANK)[1:]))
        value = value or ", ".join(items)
        if key in _FIELDS and value:
            fields.setdefault(_FIELDS[key], (index - len(items), index, value))
        index += 1
    return None


def front_matter(lines: list[str]) -> FrontMatter | None:
    """The reader-service header or YAML front matter the dump opens with, if it has one.

    Example:
        >>> front_matter(["---", 'title: "Rates rise"', "date: 2024-05-03", "---", "Text."]).fields
        {'title': (1, 1, 'Rates rise'), 'date': (2, 2, '2024-05-03')}
    """
    first = next((i for i, line in enumerate(lines[:_FRONT_REACH]) if line.strip(BLANK)), None)
    if first is None:
        return None
    opening = lines[first].strip(BLANK)
    if opening == "---" and first == 0:
        return _yaml_header(lines, first)
    if opening[:6].casefold() == "title:":
        return _reader_header(lines, first)
    return None
