"""The engine's work-saving (issue 18) changes no answer: caches and shared screens.

- ``Context`` keeps each line's setext level, inline rendering and first word; asked in any order,
  the cached answer is the one a fresh computation gives.
- Two rows of the rule table sharing one screen (the date rows) ask it once per line, and the
  rules still see every line the screen lets through.
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._article import RULES
from newsparse._engine import Claim, Context, Entry, run
from newsparse._kinds import PAGE_DATES
from newsparse._source import Source

from .test_properties import DUMPISH

# Lines in the shapes setext headings take: text over "===" or "---", lists, blanks.
_SETEXT_LINES = st.lists(
    st.sampled_from(["Kicker", "A title", "===", "---", "- item", "", "  ", "# Heading", "text"]),
    max_size=12,
).map("\n".join)


@given(_SETEXT_LINES, st.randoms(use_true_random=False))
def test_cached_setext_levels_match_a_fresh_reading(text: str, order: random.Random) -> None:
    context = Context(Source(text))
    indexes = list(range(-1, context.count + 1))
    order.shuffle(indexes)
    for index in indexes:
        fresh = Context(Source(text))._read_setext_level(index) if 0 <= index < context.count else 0
        assert context.setext_level(index) == fresh, (text, index)
        assert context.setext_level(index) == fresh  # asked again: the cached answer


@given(DUMPISH)
def test_cached_first_words_and_renderings_match_a_fresh_context(text: str) -> None:
    context = Context(Source(text))
    for index in reversed(range(context.count)):
        assert context.first_word(index) == Context(Source(text)).first_word(index)
        assert context.inline(index) is context.inline(index)


def test_a_setext_heading_still_reads_as_one() -> None:
    article = newsparse.parse("Kicker\n\nThe Title\n=========\n\nBy Jo Park\n\nSome text here.")
    assert article.title == "The Title"


def test_a_shared_screen_is_asked_once_per_line() -> None:
    asked: list[int] = []
    seen: list[tuple[str, int]] = []

    def screen(context: Context, index: int) -> bool:
        asked.append(index)
        return index % 2 == 0  # lets even lines through

    def rule(name: str) -> Entry:
        def claim_nothing(context: Context, index: int) -> Claim | None:
            seen.append((name, index))
            return None

        return Entry(claim_nothing, screen)

    text = "one\ntwo\nthree\nfour"
    table = [rule("first"), rule("second"), *RULES[-1:]]
    run(Context(Source(text)), table, PAGE_DATES)
    assert asked == [0, 1, 2, 3]
    assert seen == [("first", 0), ("second", 0), ("first", 2), ("second", 2)]


def test_screens_of_different_rows_are_each_asked() -> None:
    asked: list[str] = []

    def screen_for(name: str) -> Entry:
        def screen(context: Context, index: int) -> bool:
            asked.append(name)
            return False

        return Entry(lambda context, index: None, screen)

    run(Context(Source("one line")), [screen_for("a"), screen_for("b"), *RULES[-1:]])
    assert asked == ["a", "b"]
