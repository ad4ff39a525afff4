"""parse_html and html_to_dump on small pages written for the tests, compared with golden files.

Each page in ``tests/fixtures/html`` has a golden dump (``tests/golden/html/<name>.md``) and a
golden Article (``<name>.json``); ``pytest --update-golden`` rewrites them, and the diff is
reviewed like code. The properties below hold for every page: spans index the dump, JSON
round-trips, and ``parse_html`` is ``parse(html_to_dump(...))`` plus the HTML reading's diagnostics.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Code, Severity

from .conftest import FIXTURES, GOLDEN
from .helpers import assert_lines_match, assert_lossless

PAGES = sorted((FIXTURES / "html").glob("*.html"))
GOLDEN_HTML = GOLDEN / "html"
URL = "https://news.example.test/story"


def _ids(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("path", PAGES, ids=_ids)
def test_page_matches_its_golden_dump_and_article(path: Path, update_golden: bool) -> None:
    """The dump and the Article of each fixture page are exactly the reviewed ones."""
    data = path.read_bytes()
    dump = newsparse.html_to_dump(data)
    article = newsparse.parse_html(data)
    got = json.dumps(newsparse.to_dict(article), ensure_ascii=False, indent=2) + "\n"
    dump_file = GOLDEN_HTML / f"{path.stem}.md"
    json_file = GOLDEN_HTML / f"{path.stem}.json"
    if update_golden:
        GOLDEN_HTML.mkdir(parents=True, exist_ok=True)
        dump_file.write_text(dump, encoding="utf-8")
        json_file.write_text(got, encoding="utf-8")
    assert dump == dump_file.read_text(encoding="utf-8")
    assert got == json_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", PAGES, ids=_ids)
def test_spans_index_the_dump(path: Path) -> None:
    """Every element's span is its raw text in html_to_dump's output, losslessly."""
    data = path.read_bytes()
    dump = newsparse.html_to_dump(data, url=URL)
    article = newsparse.parse_html(data, url=URL)
    assert_lossless(dump, article)
    assert_lines_match(dump, article)
    for diagnostic in article.diagnostics:
        assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(dump)


@pytest.mark.parametrize("path", PAGES, ids=_ids)
def test_parse_html_is_parse_of_the_dump_plus_html_diagnostics(path: Path) -> None:
    data = path.read_bytes()
    dump = newsparse.html_to_dump(data, url=URL)
    from_html = newsparse.parse_html(data, url=URL)
    from_dump = newsparse.parse(dump)
    assert attrs.evolve(from_html, diagnostics=from_dump.diagnostics) == from_dump
    assert set(from_dump.diagnostics) <= set(from_html.diagnostics)


@pytest.mark.parametrize("path", PAGES, ids=_ids)
def test_article_round_trips_through_json(path: Path) -> None:
    article = newsparse.parse_html(path.read_bytes(), url=URL)
    assert newsparse.from_json(newsparse.to_json(article)) == article


def test_wire_story_fields() -> None:
    """Title, byline with its URL, date with zone, caption with image and credit, no furniture."""
    article = newsparse.parse_html((FIXTURES / "html" / "wire_story.html").read_bytes())
    assert article.title == "Russia says U.S. mission in Afghanistan has failed"
    assert [(a.name, a.url) for a in article.authors] == [
        ("Anna Petrova", "https://www.example-times.test/staff/anna-petrova")
    ]
    published = article.dateline.published if article.dateline else None
    assert published is not None
    assert published.value.isoformat() == "2021-07-16T11:02:00+03:00"
    assert [(c.text, c.credit, c.image_url, c.alt) for c in article.captions] == [
        (
            "Bagram Airfield after U.S. and NATO troops left.",
            "AFP",  # the label is no part of the credit
            "https://www.example-times.test/img/bagram.jpg",
            "Bagram airfield",
        )
    ]
    assert [r.title for r in article.related] == ["Russia ready to activate Tajik military base"]
    assert (
        article.source_url == "https://www.example-times.test/world/2021/07/16/russia-afghanistan"
    )
    text = newsparse.html_to_dump((FIXTURES / "html" / "wire_story.html").read_bytes())
    for furniture in ("Share on Facebook", "Advertisement", "First!", "All rights reserved"):
        assert furniture not in text


def test_metadata_lines_are_written_into_the_dump_and_reported() -> None:
    """Authors and date only the JSON-LD knows become dump lines with from-metadata diagnostics."""
    data = (FIXTURES / "html" / "metadata_only.html").read_bytes()
    dump = newsparse.html_to_dump(data)
    article = newsparse.parse_html(data)
    assert dump.splitlines()[:5] == [
        "# City council approves new budget",
        "",
        "By [Maria Lopez](https://riverside.test/staff/maria-lopez) and Tom Reed",
        "",
        "Published: 2023-11-08 · Updated: 2023-11-09T10:15:00+00:00",
    ]
    notes = [(d.code, dump[d.span.start : d.span.end]) for d in article.diagnostics]
    assert notes == [
        (Code.FROM_METADATA, "# City council approves new budget"),
        (Code.FROM_METADATA, dump.splitlines()[2]),
        (Code.FROM_METADATA, dump.splitlines()[4]),
    ]


def test_update_date_shown_gives_way_to_the_published_date() -> None:
    """The page shows its update day; the metadata's publication date is written first."""
    article = newsparse.parse_html((FIXTURES / "html" / "update_date.html").read_bytes())
    dateline = article.dateline
    assert dateline is not None
    assert dateline.published is not None
    assert str(dateline.published.date) == "2020-02-18"
    assert [d.code for d in article.diagnostics] == [Code.FROM_METADATA]
    assert "update date (2020-02-19)" in article.diagnostics[0].message


def test_declared_latin1_page_reads_as_windows_1252() -> None:
    """A page declaring ISO-8859-1 is read as windows-1252 (the HTML standard), quotes intact."""
    article = newsparse.parse_html((FIXTURES / "html" / "regional_de.html").read_bytes())
    assert article.headline is not None
    assert (article.headline.kicker, article.title) == ("Energiewende", "Fördern ohne Maß und Ziel")
    quotes = [p.text for p in article.body if p.kind is newsparse.BlockKind.QUOTE]
    assert quotes[0].startswith("„Wir sehen die Folgen jeden Tag“")
    assert not [d for d in article.diagnostics if d.severity is not Severity.INFO]


def test_url_argument_resolves_links_and_writes_the_footer() -> None:
    page = "<article><h1>A headline here</h1><p>Text with <a href='/x'>a link</a>, long enough.</p>"
    dump = newsparse.html_to_dump(page, url="https://site.test/a/b")
    assert dump == (
        "# A headline here\n\nText with [a link](https://site.test/x), long enough.\n\n"
        "Original url:\n\n<https://site.test/a/b>"
    )


def test_conflicting_dates_keep_the_day_the_page_shows_and_say_so() -> None:
    """A visible day not marked as an update stands against another datePublished."""
    page = (
        '<meta property="article:published_time" content="2020-01-03">'
        "<article><h1>Gulls ruled this harbour for a century</h1>"
        "<p>January 6, 2020</p>"
        "<p>For more than a century, gulls nested on every roof of the harbour, and now the "
        "fishers are hanging nets over the quays so that the boats stay clean.</p></article>"
    )
    dump = newsparse.html_to_dump(page)
    article = newsparse.parse_html(page)
    assert "Published:" not in dump
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.date) == "2020-01-06"
    conflict = [d for d in article.diagnostics if d.code == Code.METADATA_CONFLICT]
    assert [(d.severity, d.span) for d in conflict] == [(Severity.INFO, article.dateline.span)]
    assert "the date the page shows is kept" in conflict[0].message


def test_declared_day_shown_further_down_is_written_first() -> None:
    """The page shows another day first and the declared day below it: the two agree."""
    page = (
        '<meta property="article:published_time" content="2020-01-03T09:00:00+01:00">'
        "<article><h1>Gulls ruled this harbour for a century</h1>"
        "<p>Harbour Weekly — 10.01.2020 08:15</p><p>Published: 03.01.2020</p>"
        "<p>For more than a century, gulls nested on every roof of the harbour, and now the "
        "fishers are hanging nets over the quays so that the boats stay clean.</p></article>"
    )
    article = newsparse.parse_html(page)
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.date) == "2020-01-03"
    assert [(d.code, d.message) for d in article.diagnostics] == [
        (
            Code.FROM_METADATA,
            "the page shows the dates 2020-01-10 and 2020-01-03; "
            "the metadata says it was published on the second",
        )
    ]


@pytest.mark.parametrize(
    ("shown", "declared"),
    [
        ("12/04/2020", "2020-04-12"),  # day and month read the other way round
        ("April 2020", "2020-04-12"),  # a month alone
    ],
)
def test_conflicting_dates_take_the_metadata_when_it_is_more_exact(
    shown: str, declared: str
) -> None:
    """A month alone, or a numeric date the metadata swaps, gives way to datePublished."""
    page = (
        f'<meta property="article:published_time" content="{declared}">'
        "<article><h1>Gulls ruled this harbour for a century</h1>"
        f"<p>{shown}</p>"
        "<p>For more than a century, gulls nested on every roof of the harbour, and now the "
        "fishers are hanging nets over the quays so that the boats stay clean.</p></article>"
    )
    article = newsparse.parse_html(page, order="mdy")
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.date) == declared
    conflict = [d for d in article.diagnostics if d.code == Code.METADATA_CONFLICT]
    assert [d.severity for d in conflict] == [Severity.WARNING]
    with pytest.raises(newsparse.ParseError) as raised:
        newsparse.parse_html(page, strict=True, order="mdy")
    assert (raised.value.code, raised.value.line) == (Code.METADATA_CONFLICT, 3)


def test_a_written_month_is_not_read_as_swapped() -> None:
    """A date whose month is a word cannot be the metadata's day and month swapped: it stands."""
    page = (
        '<meta property="article:published_time" content="2020-04-12">'
        "<article><h1>Gulls ruled this harbour for a century</h1>"
        "<p>Published: 4 December 2020</p>"
        "<p>For more than a century, gulls nested on every roof of the harbour, and now the "
        "fishers are hanging nets over the quays so that the boats stay clean.</p></article>"
    )
    article = newsparse.parse_html(page)
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.date) == "2020-12-04"


def test_conflicting_authors_keep_the_visible_byline_and_say_so() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "Daniel OMahony"}}</script>'
        "<article><h1>Two ferry routes cut from the winter timetable</h1><p>By Hollis Penrose</p>"
        "<p>Passengers on two island routes will have to find another crossing for three "
        "months from Monday, the ferry operator said on Friday morning.</p></article>"
    )
    article = newsparse.parse_html(page)
    assert [a.name for a in article.authors] == ["Hollis Penrose"]
    assert [d.code for d in article.diagnostics] == [Code.METADATA_CONFLICT]
    assert article.diagnostics[0].span == article.bylines[0].span


def test_metadata_in_utc_agrees_with_the_local_day_shown() -> None:
    """22:04 UTC on the 18th is the 19th in Vienna: no conflict, the page's day stands."""
    page = (
        '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
        "<article><h1>What alternative therapies do for cancer</h1><p>19. Oktober 2019</p>"
        "<p>Many patients try remedies outside medicine, and doctors say they should talk about "
        "it openly rather than hide it from the people treating them.</p></article>"
    )
    article = newsparse.parse_html(page)
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.date) == "2019-10-19"
    assert [d.code for d in article.diagnostics] == []
