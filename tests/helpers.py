"""Assertions shared by several test modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from newsparse import Article, ParseError
from newsparse.source import BLANK

T = TypeVar("T")


def outcome(call: Callable[[], T]) -> T | ParseError:
    """The result of ``call()``, or the ParseError it raised (anything else propagates)."""
    try:
        return call()
    except ParseError as error:
        return error


def assert_lossless(text: str, article: Article) -> None:
    """Spans never overlap, each raw is its source, and together they cover every character.

    "Every character" means every one that is not blank (whitespace or an invisible mark).
    """
    previous_end = 0
    covered = 0
    for element in article.elements():
        span = element.span
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == element.raw, (element.raw[:80], span)
        assert element.raw.strip(BLANK), f"an empty element at {span.start}"
        assert span.start >= previous_end, f"overlap at {span.start}: {element.raw[:60]!r}"
        gap = text[previous_end : span.start]
        assert not gap.strip(BLANK), f"uncovered text before {span.start}: {gap.strip()[:60]!r}"
        previous_end = span.end
        covered += 1
    tail = text[previous_end:]
    assert not tail.strip(BLANK), f"uncovered text at the end: {tail.strip()[:60]!r}"
    if text.strip(BLANK):
        assert covered, "non-blank text but no elements"


def assert_lines_match(text: str, article: Article) -> None:
    """Each span's line numbers agree with the offsets it gives."""
    from newsparse.source import Source

    source = Source(text)
    for element in article.elements():
        span = element.span
        assert span.line == source.line_number(span.start)
        last = max(span.end - 1, span.start)
        assert span.end_line == source.line_number(last)
