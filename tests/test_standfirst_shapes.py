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


_LINKED_SUMMARY = (
    "The [harbour board](#) closes the old ferry pier for the summer, and the boats will land "
    "at the north quay instead."
)


@pytest.mark.parametrize(
    "header",
    [
        # a linked name and a date, each on its line, as one block
        "[Jo Lane](#),\n[03.05.2024 10:15](#)",
        # a prefixed byline
        "By Jo Lane",
        # a date line alone
        "May 3, 2024",
    ],
)
def test_a_summary_over_the_byline_and_date_may_link(header: str) -> None:
    """A summary set above the byline and date is the header's, links or not."""
    text = f"# Pier closes for the summer\n\n{_LINKED_SUMMARY}\n\n{header}\n\n{_TEXT}\n\n{_TEXT}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("The harbour board closes")
    assert article.body[0].text == _TEXT


def test_a_linked_first_paragraph_over_more_text_stays_the_text() -> None:
    """With no byline or date under it, a plain paragraph that links is the text's first."""
    text = f"# Pier closes for the summer\n\n{_LINKED_SUMMARY}\n\n{_TEXT}\n\n{_TEXT}\n"
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert article.body[0].text.startswith("The harbour board closes")


def test_a_summary_in_two_runs_of_emphasis() -> None:
    """``***The summary ...*** **– says the weekly**``: one summary set apart in two runs."""
    long_summary = f"{_SUMMARY} {_SUMMARY}"
    text = (
        f"# Pier closes for the summer\n\n***{long_summary}*** **– writes the harbour "
        f"weekly.**\n\n{_TEXT}\n\n{_TEXT}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("The harbour board closes")
    assert article.standfirst.text.endswith("writes the harbour weekly.")


def test_a_byline_and_date_in_runs_before_a_long_line_is_no_summary() -> None:
    """``*[Red.](#) /* *03.05.2024* **...**``: the runs open with a byline, not the summary."""
    long_summary = f"{_SUMMARY} {_SUMMARY}"
    text = (
        f"# Pier closes for the summer\n\n*[Jo Lane](#) /* *03.05.2024* **{long_summary}**"
        f"\n\n{_TEXT}\n\n{_TEXT}\n"
    )
    article = newsparse.parse(text)
    assert article.standfirst is None or not article.standfirst.text.startswith("Jo Lane")


def test_the_paragraph_under_a_place_alone_over_the_story_is_the_text() -> None:
    """``**TALHEIM –**`` alone, then a short first paragraph: the story, not a summary."""
    text = (
        "# Pier closes for the summer\n\nMay 3, 2024\n\n**HARWICK –**\n\nThe harbour board "
        f"closes the old ferry pier.\n\n{_TEXT}\n\n{_TEXT}\n"
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.place == "HARWICK"
    assert article.standfirst is None
    assert article.body[0].text == "The harbour board closes the old ferry pier."
