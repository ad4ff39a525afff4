r"""The input text as lines with offsets, and spans into it.

One pass splits the text at ``\n``, ``\r\n`` and ``\r`` (the CommonMark line endings; U+2028
and form feeds stay inside their line). Everything else in newsparse addresses the input through
line indexes and character offsets kept here, so every element can say exactly where it came from.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsparse._model import Span

__all__ = ["BLANK", "WHITESPACE", "Source", "is_blank"]

# Characters that carry no text: Unicode whitespace plus the invisible marks scraped pages leave
# behind (byte-order mark, zero-width space, word joiner). A line made only of these is blank, and
# elements never start or end with them.
# (tests check the first part equals every character for which str.isspace() holds).
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
BLANK: Final = WHITESPACE + "\ufeff\u200b\u2060"

_LINE_BREAK = re.compile(r"\r\n?|\n")


def is_blank(text: str) -> bool:
    """Tell whether ``text`` holds nothing but whitespace and invisible marks."""
    return not text.strip(BLANK)


class Source:
    """The input text split into lines, with the offset where each line starts.

    ``lines[i]`` is line ``i`` (0-based) without its line ending; ``starts[i]`` is the offset of its
    first character in ``text``.
    """

    __slots__ = ("blank", "lines", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        if "\r" in text:
            self.lines = []
            self.starts = []
            pos = 0
            for match in _LINE_BREAK.finditer(text):
                self.lines.append(text[pos : match.start()])
                self.starts.append(pos)
                pos = match.end()
            self.lines.append(text[pos:])
            self.starts.append(pos)
        else:
            self.lines = text.split("\n")
            self.starts = [0] * len(self.lines)
            pos = 0
            for i, line in enumerate(self.lines):
                self.starts[i] = pos
                pos += len(line) + 1
        if text.startswith("\ufeff"):
            # A byte-order mark is no text: the first line starts after it (offsets stay true).
            self.lines[0] = self.lines[0][1:]
            self.starts[0] = 1
        self.blank = [not line.strip(BLANK) for line in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_end(self, index: int) -> int:
        """Offset just past the last character of line ``index`` (before its line ending)."""
        return self.starts[index] + len(self.lines[index])

    def line_number(self, offset: int) -> int:
        """The 1-based line holding ``offset`` (a leading byte-order mark is on line 1)."""
        return max(1, bisect.bisect_right(self.starts, offset))

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based ``(line, column)`` of ``offset``."""
        line = max(1, bisect.bisect_right(self.starts, offset))
        return line, max(1, offset - self.starts[line - 1] + 1)

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Shrink ``[start, end)`` so it neither starts nor ends with blank characters."""
        text = self.text
        while start < end and text[start] in BLANK:
            start += 1
        while end > start and text[end - 1] in BLANK:
            end -= 1
        return start, end

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``, trimmed of blank characters at both ends.

        An all-blank range gives an empty span at ``start``.
        """
        start, end = self.trimmed(start, end)
        line = self.line_number(start)
        end_line = line if end <= start else self.line_number(end - 1)
        return Span(start=start, end=end, line=line, end_line=end_line)

    def lines_span(self, first: int, last: int) -> Span:
        """The span of lines ``first`` to ``last`` (inclusive), trimmed."""
        if self.blank[first] or self.blank[last]:
            return self.span(self.starts[first], self.line_end(last))
        # Both ends hold text: trim within those lines, and their numbers are known.
        head, tail = self.lines[first], self.lines[last]
        start = self.starts[first] + len(head) - len(head.lstrip(BLANK))
        end = self.starts[last] + len(tail.rstrip(BLANK))
        return Span(start=start, end=end, line=first + 1, end_line=last + 1)

    def raw(self, span: Span) -> str:
        """The source text a span covers."""
        return self.text[span.start : span.end]
