"""The title-choice tool (``benchmarks/title_candidates.py``) on invented dumps."""

from __future__ import annotations

from newsparse._engine import Context
from newsparse._source import Source

from .helpers import benchmark

_DUMP = """# [Harbour Gazette](#)

# Ferry to the islands runs again from May

By Tilda Marsh | 3 May 2024

The ferry that links the harbour with the three islands sails again after a winter in the yard, \
and the first crossing is booked out, the operator said on Friday morning in a short note \
sent to the paper and read out at the quay.
"""


def test_label_line_reads_through_markdown() -> None:
    tool = benchmark("title_candidates")
    context = Context(Source(_DUMP))
    assert tool.label_line(context, "Ferry to the islands runs again from May") == 2
    assert tool.label_line(context, "A headline written nowhere") is None


def test_features_tell_the_site_name_from_the_headline() -> None:
    tool = benchmark("title_candidates")
    context = Context(Source(_DUMP))
    slug = ("ferry", "islands", "runs", "again")
    site, headline = tool.features(context, 0, slug), tool.features(context, 2, slug)
    assert site["linked"]
    assert not site["slug word"]
    assert headline["date under"]
    assert headline["prose under"]
    assert headline["slug word"]
    assert not headline["linked"]


def test_orderings_name_a_line_each() -> None:
    tool = benchmark("title_candidates")
    context = Context(Source(_DUMP))
    picks = tool.orderings(context, ("ferry", "islands", "runs", "again"))
    assert picks["plan (today)"] == context.title_line == 2
    assert picks["first heading"] == 0
    assert picks["first over date/prose"] == 2
