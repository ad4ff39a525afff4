"""The wrap width and the wrapped lines are read once per dump (issue 18) with the same answers.

- ``_plan._measure_wrap`` walks every line with :func:`_plan._break_widths` written out inline;
  it gives the width the plain walk over ``_break_widths`` gives.
- ``common.wrapped_end`` is made for all lines in one backward pass (or is ``index + 1`` when the
  dump has no wrap width); each answer is the forward walk over :func:`_plan.runs_on`.

Texts are invented: words of made-up lengths wrapped at a width, as converters wrap.
"""

from __future__ import annotations

import random
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from newsparse._engine import Context
from newsparse._parsers.common import wrapped_end
from newsparse._plan import (
    _HARD_BREAK_END,
    _WRAP_EVIDENCE,
    _WRAP_SHARE,
    _WRAP_WIDTHS,
    _WRAP_WORD,
    _break_widths,
    _measure_wrap,
    runs_on,
    wrap_width,
)
from newsparse._source import Source

from .test_properties import DUMPISH

_WORDS = st.lists(
    st.sampled_from(
        ["a", "lamp", "harbour", "quillfeather", "of", "x" * 30, "[link](/a/b)", "2024", "*so*"]
    ),
    min_size=1,
    max_size=80,
).map(" ".join)
# Prose long enough to wrap into several lines at any width measured.
_PROSE = st.lists(
    st.sampled_from(["a", "lamp", "harbour", "quillfeather", "of", "[link](/a/b)", "2024", "*so*"]),
    min_size=40,
    max_size=90,
).map(" ".join)


@st.composite
def _wrapped_dumps(draw: st.DrawFn) -> str:
    """Blocks of one dump, its prose wrapped at one width: list items, headings, hard breaks."""
    width = draw(st.integers(min_value=40, max_value=125))
    blocks = []
    for _ in range(draw(st.integers(min_value=1, max_value=10))):
        words = draw(st.one_of(_PROSE, _WORDS))
        blocks.append(
            draw(
                st.sampled_from(
                    [
                        "\n".join(textwrap.wrap(words, width, break_long_words=False)),
                        "\n".join(textwrap.wrap("* " + words, width, subsequent_indent="  ")),
                        "## " + words[:80],
                        words[:70] + _HARD_BREAK_END[0] + "\n" + words[:50],
                        words,
                    ]
                )
            )
        )
    return "\n\n".join(blocks)


_WRAPPED_DUMP = _wrapped_dumps()


def _measured_plainly(context: Context) -> int:
    """The wrap width by the plain walk over ``_break_widths`` (as it was first written)."""
    low, high = _WRAP_WIDTHS.start, _WRAP_WIDTHS.stop
    starts = [0] * (high - low + 1)
    breaks = 0
    for index in range(context.count - 1):
        widths = _break_widths(context, index)
        if widths is None or widths[1] - widths[0] > _WRAP_WORD:
            continue
        if len(context.lines[index].rstrip(" \t").rsplit(" ", 1)[-1]) > _WRAP_WORD:
            continue
        breaks += 1
        first, last = max(widths[0], low), min(widths[1], high - 1)
        if first <= last:
            starts[first - low] += 1
            starts[last + 1 - low] -= 1
    best, width, running = 0, 0, 0
    for offset, step in enumerate(starts[:-1]):
        running += step
        if running > best:
            best, width = running, low + offset
    if best < _WRAP_EVIDENCE or best < _WRAP_SHARE * breaks:
        return 0
    return width


def _ends_plainly(context: Context, index: int) -> int:
    end = index + 1
    while end < context.count and runs_on(context, end):
        end += 1
    return end


@given(st.one_of(_WRAPPED_DUMP, DUMPISH))
def test_the_wrap_width_written_out_is_the_plain_walk(text: str) -> None:
    context = Context(Source(text))
    assert _measure_wrap(context) == _measured_plainly(Context(Source(text)))
    assert wrap_width(context) == _measure_wrap(context)


@given(st.one_of(_WRAPPED_DUMP, DUMPISH), st.randoms(use_true_random=False))
def test_wrapped_ends_made_at_once_are_the_forward_walk(text: str, order: random.Random) -> None:
    context, plain = Context(Source(text)), Context(Source(text))
    indexes = list(range(context.count))
    order.shuffle(indexes)
    for index in indexes:
        assert wrapped_end(context, index) == _ends_plainly(plain, index)


def test_a_wrapped_dump_runs_its_lines_on() -> None:
    words = " ".join(["the crew turned the brass gears of the old lamp by hand"] * 8)
    text = "\n\n".join(["# A title", textwrap.fill(words, 72), "Original url: https://x.test/a"])
    context = Context(Source(text))
    assert 60 <= wrap_width(context) <= 72
    assert wrapped_end(context, 2) > 3  # the paragraph's first line runs on into the next
