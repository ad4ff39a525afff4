"""The known traps of date parsing and regexes, each a regression test at the place it could bite.

newsparse's own date scanner (``dates.py``) never calls dateutil. dateutil is used in one place:
``dateutil.parser.isoparse`` for ISO 8601 metadata dates of HTML pages (``html/head.py``), and
``dateutil.parser.parse`` (the one with the many exception families) not at all. The traps are
tried on every road a date string can take: ``parse_date``, a ``Published:`` line of a dump, the
HTML reader's ``read_date``, and a page's ``<meta>`` and JSON-LD dates, each through ``to_json``.
Speed traps (a 100 KB digit run, ``"[a](b" * n``) are timed in ``benchmarks/bench_scaling.py``;
here they must give the right answer.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import newsparse
from newsparse import ParseError, parse_date
from newsparse._html.head import read_date

from .helpers import assert_lossless, outcome

# Each raises something other than ParserError in dateutil.parser.parse, or misleads it.
TRAPS = {
    "overflow-digits": "99999999999999999999",  # OverflowError
    "overflow-year": "January 1st, 9999999999",  # OverflowError
    "invalid-operation": "9" * 70 + ":" + "9" * 29 + "\n9",  # decimal.InvalidOperation
    "offset-99": "2021-07-16T10:32:00+99:00",  # accepted; isoformat() raises later
    "offset-23": "2021-07-16T10:32:00+23:59",  # a zone no place has
    "time-only": "10:32 MSK",  # dateutil fills today's date
    "devanagari": "१२ जुलाई २०२१",  # read as a year by \d
    "arabic-indic": "٢٠٢١-٠٧-١٦",
    "digit-run": "0" * 100_000,  # 0.6 s in dateutil, superlinear
    "far-year": "9999-12-31T23:59:59-14:00",  # converting to UTC overflows
    "year-one": "0001-01-01T00:00:00+14:00",
}


def test_dateutil_parse_is_never_used() -> None:
    """Only ``isoparse`` is imported from dateutil, anywhere in newsparse."""
    imported = set()
    for path in Path(newsparse.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dateutil"):
                imported |= {(node.module, alias.name) for alias in node.names}
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("dateutil") for a in node.names), path
    assert imported == {("dateutil.parser", "isoparse")}


@pytest.mark.parametrize("text", TRAPS.values(), ids=TRAPS.keys())
def test_parse_date_gives_a_real_date_or_parse_error(text: str) -> None:
    value = outcome(lambda: parse_date(text))
    if isinstance(value, ParseError):
        assert value.code == "not-a-date"
        return
    # Only the two offsets are dates at all; their time stays naive rather than wrong.
    assert text.startswith("2021-07-16T10:32:00+")
    assert value.value == dt.datetime(2021, 7, 16, 10, 32)  # naive on purpose
    assert value.zone is None


@pytest.mark.parametrize("text", TRAPS.values(), ids=TRAPS.keys())
def test_metadata_dates_never_raise_and_never_invent(text: str) -> None:
    """``read_date`` (isoparse, then the scanner) returns None or a date the text states."""
    value = read_date(text)
    if value is None:
        return
    assert text.startswith("2021-07-16T10:32:00+")
    assert value.value == dt.datetime(2021, 7, 16, 10, 32)  # naive on purpose
    assert value.zone is None


def test_today_is_never_filled_in() -> None:
    """A time without a date gives no date, in a dump and in page metadata alike."""
    today = dt.datetime.now(tz=dt.UTC).date()
    article = newsparse.parse("# Title\n\nPublished: 10:32 MSK\n\nText.")
    assert article.dateline is None or article.dateline.published is None
    assert read_date("10:32 MSK") is None
    assert read_date("10:32") is None
    with pytest.raises(ParseError):
        parse_date(f"10:32, {today:%B} {today.day}")  # no year: not filled from today either


def _page(date: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{date}">'
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{date}", "dateModified": "{date}"}}'
        "</script></head><body><article><h1>A headline of the page</h1><p>"
        + "Text of the article, long enough to be a paragraph of it. " * 5
        + "</p></article></body></html>"
    )


@pytest.mark.parametrize("text", TRAPS.values(), ids=TRAPS.keys())
def test_trap_dates_through_a_page_and_json(text: str) -> None:
    """The HTML reader, the dump it writes and ``to_json`` all survive each trap."""
    page = _page(text.replace("\n", " "))
    article = newsparse.parse_html(page)
    assert_lossless(newsparse.html_to_dump(page), article)
    assert newsparse.from_json(newsparse.to_json(article)) == article
    published = article.dateline.published if article.dateline else None
    if text.startswith("2021-07-16T10:32:00+"):
        assert published is not None
        assert published.value == dt.datetime(2021, 7, 16, 10, 32)  # naive on purpose
    else:
        assert published is None
        codes = {d.code for d in article.diagnostics}
        assert "from-metadata" not in codes, codes


@pytest.mark.parametrize("text", TRAPS.values(), ids=TRAPS.keys())
def test_trap_dates_in_a_dump(text: str) -> None:
    dump = f"# Title\n\nPublished: {text}\n\nBy Jane Doe, {text}\n\nText."
    article = newsparse.parse(dump)
    assert_lossless(dump, article)
    assert newsparse.from_json(newsparse.to_json(article)) == article
    for dateline in article.datelines:
        for value in (dateline.published, dateline.updated):
            if value is not None:
                assert 1800 <= value.date.year <= 2199
                offset = value.value.utcoffset() if isinstance(value.value, dt.datetime) else None
                assert offset is None or abs(offset) <= dt.timedelta(hours=14)


def test_out_of_range_offsets_never_reach_json() -> None:
    """A ``+99:00`` offset would make ``isoformat()`` (and so ``to_json``) raise: it is dropped."""
    value = parse_date("July 16, 2021 10:32 +99:00")
    assert value.value == dt.datetime(2021, 7, 16, 10, 32)  # naive on purpose
    assert value.zone is None
    text = "# Title\n\nJuly 16, 2021 10:32 +99:00\n\nText."
    article = newsparse.parse(text)
    assert newsparse.from_json(newsparse.to_json(article)) == article
    # The line is not a clean dateline (what follows the time is no zone), so it stays text.
    assert article.datelines == ()
    assert [e.raw for e in article.elements()] == ["# Title", "July 16, 2021 10:32 +99:00", "Text."]


def test_long_digit_run_in_a_dump_is_text() -> None:
    text = "# Title\n\n" + "9" * 100_000
    article = newsparse.parse(text)
    assert [p.text for p in article.body] == ["9" * 100_000]
    assert article.datelines == ()


def test_catastrophic_link_shapes_read_as_text() -> None:
    r"""``"[a](b" * n`` (catastrophic for ``\[(.*?)\]\((.*?)\)``) and the bold-line shape."""
    links = "[a](b" * 2_000
    article = newsparse.parse(links)
    assert [p.text for p in article.body] == [links]
    assert article.body[0].links == ()
    bold = "a " * 5_000 + "**" + "b " * 5_000
    assert newsparse.parse(bold).body[0].text == bold.strip()


def test_heading_with_a_run_of_spaces() -> None:
    """``"# a" + " " * n + "b"`` made the closing-``#`` search quadratic; the text is kept."""
    text = "# Title\n\n## a" + " " * 50_000 + "b ##"
    article = newsparse.parse(text)
    assert article.body[0].text == "a b"
    assert article.body[0].kind.value == "heading"
