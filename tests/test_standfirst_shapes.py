"""Standfirst shapes of real dumps in other converters' forms, invented text."""

from __future__ import annotations

import pytest

import newsparse

from .helpers import assert_lossless

# Long enough to end the header (200 characters or more), short enough for a summary.
_SUMMARY = (
    "The harbour board closes the old ferry pier for the summer, and the boats will land at the "
    "north quay instead. Traders on the quay welcome the change, but the fishermen fear for "
    "their moorings and their catch."
)
_TEXT = (
    "The board voted on Tuesday after a survey found cracks in two of the pier's supports, "
    "officials said. Repairs are due to start in June and should take about three months, "
    "and the ferry company said its timetable would not change."
)


@pytest.mark.parametrize(
    "between",
    [
        # pandoc's fenced divs
        "::: {.section .content}",
        ":::\n\n::: {.content}",
        # a raw block tag
        '<div class="text">',
        # a thematic break
        "---",
    ],
)
def test_a_summary_under_the_title_with_box_marks_between(between: str) -> None:
    """Lines that only mark a box carry no words: the summary is still right under the title."""
    text = f"# Pier closes for the summer\n\n{between}\n\n{_SUMMARY}\n\n{_TEXT}\n\n{_TEXT}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.standfirst is not None
    assert article.standfirst.text == _SUMMARY
    assert article.body[0].text == _TEXT


def test_words_between_the_title_and_a_plain_line_still_end_the_search() -> None:
    """A line with words under the title (here a section label) is no box mark."""
    text = (
        f"# Pier closes for the summer\n\n::: {{.content}}\n\nHarbour news and more from the "
        f"quay today\n\n{_SUMMARY}\n\n{_TEXT}\n"
    )
    article = newsparse.parse(text)
    assert article.standfirst is None or article.standfirst.text != _SUMMARY
