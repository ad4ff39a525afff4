"""Line splitting and spans."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from newsparse._source import BLANK, WHITESPACE, Source, is_blank


def test_whitespace_table_is_exactly_what_isspace_accepts() -> None:
    """The hard-coded table equals Python's own definition (it is hard-coded for import speed)."""
    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert every == WHITESPACE
    assert BLANK.startswith(WHITESPACE)


def test_lines_split_at_all_three_line_endings() -> None:
    source = Source("a\r\nb\rc\nd\u2028e")
    assert source.lines == ["a", "b", "c", "d\u2028e"]
    assert source.starts == [0, 3, 5, 7]


def test_span_is_trimmed_and_knows_its_lines() -> None:
    source = Source("  \nab cd \n\nef  ")
    span = source.span(0, len(source.text))
    assert (span.start, span.end, span.line, span.end_line) == (3, 13, 2, 4)
    assert source.raw(span) == "ab cd \n\nef"


def test_blank_includes_invisible_marks() -> None:
    assert is_blank("\ufeff \u200b\t")
    assert not is_blank("\ufeffa")


@given(st.text())
def test_positions_agree_with_a_naive_count(text: str) -> None:
    source = Source(text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assert len(source.lines) == normalised.count("\n") + 1
    for offset in range(0, len(text), max(1, len(text) // 7)):
        line, column = source.position(offset)
        assert source.starts[line - 1] + column - 1 == offset
