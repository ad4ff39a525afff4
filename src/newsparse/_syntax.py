"""Markdown line syntax shared by the reader and the writer: a line's shape, heading marks.

The rule engine reads each line's :class:`Shape` to offer it to the rules; ``to_markdown`` asks
the same questions to know when a value must be escaped so that it reads back as written.
Everything here looks at one line (its first characters, or its end for closing ``#``s).
"""

from __future__ import annotations

import enum
import re
from typing import Final

from newsparse._source import BLANK
from newsparse.vocabulary import current

__all__ = [
    "ATX",
    "FENCE",
    "LIST_ITEM",
    "SETEXT",
    "Shape",
    "closing_hashes",
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
    return Shape.TEXT


def heading_level(line: str) -> int:
    """The ATX heading level (1-6) of ``line``, or 0 when it is not an ATX heading."""
    match = ATX.match(line)
    return len(match.group(1)) if match else 0


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
