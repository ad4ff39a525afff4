"""Properties of parse() on generated text: total, lossless, and strict only raises ParseError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsparse

from .helpers import assert_lines_match, assert_lossless, outcome

# Characters real dumps break on: line endings of every kind, BOM, NUL, U+2028, NBSP, tabs,
# Markdown punctuation, digits and month names.
_AWKWARD = st.sampled_from(
    ["\n", "\r\n", "\r", "\ufeff", "\x00", "\u2028", "\u00a0", "\t", "  ", "\u200b", "\x0c"]
)
_MARKDOWN = st.sampled_from(
    [
        "# ",
        "## ",
        "* ",
        "- ",
        "> ",
        "**",
        "*",
        "_",
        "`",
        "```",
        "[",
        "](",
        ")",
        "](#)",
        "<",
        ">",
        "![",
        "|",
        "---",
        "===",
        "\\",
        "&amp;",
        "1. ",
        "[^1]: ",
    ]
)
_WORDS = st.sampled_from(
    [
        "By",
        "Von",
        "Par",
        "July",
        "16",
        "2021",
        "16.07.2021",
        "10:32",
        "AM",
        "MSK",
        "AFP",
        "Reuters",
        "Photo:",
        "©",
        "Related article:",
        "Read more:",
        "Original url:",
        "https://example.com/2021/07/16/a",
        "Jane Doe",
        "and",
        ",",
        ".",
        "—",
        "(AP)",
        "MOSCOW",
        "Correction:",
        "Advertisement",
        "Share",
        "the",
        "minister",
        "said",
    ]
)
_PIECES = st.one_of(_AWKWARD, _MARKDOWN, _WORDS, st.text(max_size=8))
DUMPISH = st.lists(_PIECES, max_size=60).map(" ".join) | st.lists(_PIECES, max_size=60).map("".join)


@given(st.text())
def test_parse_is_total_on_any_text(text: str) -> None:
    """Any string gives an Article whose elements cover the text losslessly."""
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)


@given(DUMPISH)
def test_parse_is_lossless_on_dump_like_text(text: str) -> None:
    """Text made of dump pieces (headings, bylines, dates, links, awkward characters)."""
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)


@given(DUMPISH)
def test_strict_raises_only_parse_error_with_a_position(text: str) -> None:
    error = outcome(lambda: newsparse.parse(text, strict=True))
    if isinstance(error, newsparse.ParseError):
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert 1 <= error.line <= len(lines)
        assert 1 <= error.column <= len(lines[error.line - 1]) + 1


@given(DUMPISH)
def test_parse_is_deterministic(text: str) -> None:
    assert newsparse.parse(text) == newsparse.parse(text)


@given(DUMPISH)
def test_json_round_trip_of_parsed_text(text: str) -> None:
    article = newsparse.parse(text)
    assert newsparse.from_json(newsparse.to_json(article)) == article
