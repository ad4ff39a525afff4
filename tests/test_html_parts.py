"""The HTML reader's parts on their own: charset sniffing, metadata dates and people, escaping."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

import newsparse
from newsparse import Code, Precision
from newsparse._html.decode import decode
from newsparse._html.head import Head, Person, read_date, read_head
from newsparse._html.index import PageIndex
from newsparse._html.merge import byline_text
from newsparse._html.writer import clean_url, escape


@pytest.mark.parametrize(
    ("data", "text", "encoding", "codes"),
    [
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "<p>café</p>", "utf-8", []),
        ("<p>café</p>".encode("utf-16-le"), "<p>café</p>", "utf-8", [Code.CHARSET_UNDECLARED,
                                                                      Code.DECODE_ERRORS]),
        (b"\xff\xfe" + "<p>café</p>".encode("utf-16-le"), "<p>café</p>", "utf-16-le", []),
        (b'<?xml version="1.0" encoding="windows-1252"?><p>\x93q\x94</p>',
         '<?xml version="1.0" encoding="windows-1252"?><p>“q”</p>', "cp1252", []),
        (b'<meta charset="utf-16"><p>\xc3\xa9</p>', '<meta charset="utf-16"><p>é</p>', "utf-8", []),
        (b'<meta charset="base64"><p>x</p>', '<meta charset="base64"><p>x</p>', "utf-8",
         [Code.CHARSET_UNKNOWN]),
    ],
)  # fmt: skip
def test_decode(data: bytes, text: str, encoding: str, codes: list[str]) -> None:
    decoded = decode(data)
    if Code.DECODE_ERRORS not in codes:
        assert decoded.text == text
    assert decoded.encoding == encoding
    assert [n.code for n in decoded.notes] == codes


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2020-04-27T10:31:00+02:00", "2020-04-27T10:31:00+02:00", Precision.SECOND),
        ("2020-04-27T10:31+0200", "2020-04-27T10:31:00+02:00", Precision.MINUTE),
        ("2020-04-27 10:31:05.123Z", "2020-04-27T10:31:05+00:00", Precision.SECOND),
        ("2020-04-27", "2020-04-27", Precision.DAY),
        ("2020-04", "2020-04-01", Precision.MONTH),
        ("27.04.2020 18:50", "2020-04-27T18:50:00", Precision.MINUTE),
        ("Mon, 27 Apr 2020", "2020-04-27", Precision.DAY),
    ],
)
def test_read_date(text: str, value: str, precision: Precision) -> None:
    found = read_date(text)
    assert found is not None
    assert (found.value.isoformat(), found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["", "soon", "1970-01-01T00:00:00Z", "0001-01-01", "2020-13-45"])
def test_read_date_rejects_non_dates(text: str) -> None:
    assert read_date(text) is None


def test_json_ld_people_and_dates() -> None:
    head = read_head(
        PageIndex(
            BeautifulSoup(
                '<script type="application/ld+json">[{"@type": "WebPage", "name": "Page"},'
                '{"@type": "ReportageNewsArticle", "headline": " A  headline ",'
                '"author": [{"@type": "Person", "name": "Ann Lee", "url": "/ann"}, "Bo Li",'
                '{"@type": "Organization", "name": "dpa"}, {"name": "https://x.test/p"}],'
                '"datePublished": "2021-01-02T03:04:05Z", "dateModified": "2021-01-03",'
                '"publisher": {"name": "Site"}}]</script>',
                "lxml",
            )
        ),
        base="https://site.test/a/",
    )
    assert head.titles == ("A headline",)
    assert head.authors == (
        Person(name="Ann Lee", url="https://site.test/ann"),
        Person(name="Bo Li"),
        Person(name="dpa", organization=True),
    )
    assert head.published is not None
    assert head.published.value == dt.datetime(2021, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert head.modified is not None
    assert head.modified.value == dt.date(2021, 1, 3)
    assert head.publisher == "Site"


def test_meta_microdata_and_rel_author() -> None:
    head = read_head(
        PageIndex(
            BeautifulSoup(
                '<html lang="pt-BR"><head><title>T | Site</title>'
                '<link rel="canonical" href="/story"><meta name="date" content="2022-05-04">'
                "</head><body><div itemscope itemtype='https://schema.org/Comment'>"
                '<span itemprop="author">Commenter</span></div>'
                '<a rel="author" href="/bruno">Bruno Haldenwang</a></body></html>',
                "lxml",
            )
        ),
        base="https://site.test/a/",
    )
    assert head.titles == ("T | Site",)
    assert head.authors == (Person(name="Bruno Haldenwang", url="https://site.test/bruno"),)
    assert head.published is not None
    assert head.published.value == dt.date(2022, 5, 4)
    assert (head.url, head.lang) == ("https://site.test/story", "pt-BR")


def _head(html: str) -> Head:
    return read_head(PageIndex(BeautifulSoup(html, "lxml")), base="https://site.test/a/")


def test_json_ld_author_by_reference() -> None:
    """An author given as ``{"@id": ...}`` is the graph's node with that id."""
    head = _head(
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "Article", "author": [{"@id": "https://site.test/#/person/7"},'
        '{"@id": "https://site.test/#/nobody"}], "datePublished": "2020-02-01"},'
        '{"@type": "Person", "@id": "https://site.test/#/person/7", "name": "Ilse Marten",'
        '"url": "https://site.test/author/ilse/"},'
        '{"@type": "Organization", "@id": "https://site.test/#/org", "name": "Site"}]}</script>'
    )
    assert head.authors == (Person(name="Ilse Marten", url="https://site.test/author/ilse/"),)


def test_json_ld_dated_top_object_when_no_article() -> None:
    """Without an article object, the first top-level object with a datePublished is read.

    A review nested in it keeps its own date.
    """
    head = _head(
        '<script type="application/ld+json">{"@type": "Recipe", "name": "Plum crumble",'
        '"author": {"@type": "Person", "name": "Tilda Brenner"}, "datePublished": "2011-03-08",'
        '"review": [{"@type": "Review", "datePublished": "2019-05-01"}]}</script>'
    )
    assert head.published is not None
    assert head.published.value == dt.date(2011, 3, 8)
    assert head.authors == (Person(name="Tilda Brenner"),)
    graph = _head(
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "S"},'
        '{"@type": "HowTo", "name": "Fold a kite", "datePublished": "2018-09-14"}]}</script>'
    )
    assert graph.published is not None
    assert graph.published.value == dt.date(2018, 9, 14)


def test_json_ld_article_wins_over_a_dated_top_object() -> None:
    head = _head(
        '<script type="application/ld+json">{"@type": "VideoObject", "datePublished": '
        '"2015-01-01"}</script><script type="application/ld+json">{"@type": "NewsArticle",'
        '"datePublished": "2021-06-30"}</script>'
    )
    assert head.published is not None
    assert head.published.value == dt.date(2021, 6, 30)


def test_hatom_published_abbr() -> None:
    """``<abbr class="published" title=ISO>`` is the post's time; a comment's abbr is not."""
    head = _head(
        "<div itemscope itemtype='https://schema.org/Comment'><abbr class='published' "
        "title='2020-05-02T08:00:00+02:00'>8:00</abbr></div>"
        "<a class='timestamp-link' href='/p'><abbr class='published' "
        "title='2020-04-28T21:11:00+02:00'>21:11</abbr></a>"
        "<abbr class='published' title='soon'>x</abbr>"
    )
    assert head.published is not None
    assert head.published.value.isoformat() == "2020-04-28T21:11:00+02:00"
    assert _head("<abbr class='comment-published' title='2020-04-28'>x</abbr>").published is None


def test_microdata_date_in_an_abbr_title() -> None:
    head = _head(
        "<div itemscope itemtype='https://schema.org/BlogPosting'><abbr itemprop='datePublished'"
        " title='2019-10-16T14:33:00-07:00'>2:33 PM</abbr></div>"
    )
    assert head.published is not None
    assert head.published.value.isoformat() == "2019-10-16T14:33:00-07:00"


def test_box_date_from_the_first_date_box() -> None:
    """A short box marked as the post's date gives the date; furniture boxes do not."""
    head = _head(
        "<div class='header'><span class='current-date'>Monday, 3 May 2021</span></div>"
        "<div class='sidebar'><p class='date'>1 May 2021</p></div>"
        "<article><h1>Beekeepers count their losses</h1>"
        "<p class='post-date'>Written by Mara Solvik on Tuesday 6. Mai 2014</p>"
        "<p>Text.</p><div class='comments'><span class='date'>7 May 2014</span></div></article>"
    )
    assert head.box_date is not None
    assert (head.box_date.value, head.box_date.precision) == (dt.date(2014, 5, 6), Precision.DAY)


@pytest.mark.parametrize(
    "html",
    [
        "<p class='date'>Updated: 12.03.2019</p>",  # an update time
        "<p class='date'>March 2019</p>",  # no day
        "<p class='meta'>" + "A long line of words about something. " * 5 + "12.03.2019</p>",
        "<footer id='page-footer'><p class='info'>Copyright 12.03.2019</p></footer>",
        # the site's header and footer (today's date, a generated-on date), outside the article
        "<header><div class='topbar'><span class='date'>Monday, 7 December 2026</span></div>"
        "</header><article><h1>Gulls</h1><p>Text.</p></article>",
        "<article><h1>Gulls</h1><p>Text.</p></article>"
        "<footer><p class='info'>Page built 7 December 2026</p></footer>",
        # a class word that only contains a date word, and boxes of dates of their own
        "<div class='public-notice'>Office closed 24 December 2026</div>",
        "<table class='infobox'><tr><td class='date'>Founded 3 May 1921</td></tr></table>",
        "<ol class='timeline'><li class='date'>3 May 1921: the yard opens</li></ol>",
        "<p class='entry-meta'>12.03.2019</p>"
        "<meta property='article:published_time' content='2019-03-10'>",  # a declared date
    ],
)
def test_no_box_date(html: str) -> None:
    assert _head(html).box_date is None


def test_box_date_in_the_articles_own_header() -> None:
    """A <header> inside the article is the article's: its date box dates the page."""
    head = _head(
        "<article><header class='entry-header'><h1>Gulls</h1>"
        "<span class='posted-on'>6 May 2014</span></header><p>Text.</p></article>"
    )
    assert head.box_date is not None
    assert head.box_date.value == dt.date(2014, 5, 6)


def test_box_date_is_written_only_where_nothing_else_dates_the_page() -> None:
    """The box date becomes a Published line when the text and the metadata give no date."""
    story = (
        "<article><h1>Beekeepers count their losses</h1>{box}"
        "<p>After the long frost, beekeepers in the valley opened their hives and found that "
        "a third of the colonies had not survived the winter.</p></article>"
    )
    aside = "<div><span class='blog_flag_date'>Bees 19. November 2021</span></div>"
    dump = newsparse.html_to_dump(aside + story.format(box=""))
    assert "Published: 2021-11-19" in dump
    article = newsparse.parse_html(aside + story.format(box=""))
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert article.dateline.published.date == dt.date(2021, 11, 19)
    shown = newsparse.parse_html(aside + story.format(box="<p>20. November 2021</p>"))
    assert shown.dateline is not None
    assert shown.dateline.published is not None
    assert shown.dateline.published.date == dt.date(2021, 11, 20)


def test_escape_and_urls() -> None:
    assert escape("a *b* _c_ [d] `e` \\ &amp; & f") == (
        "a \\*b\\* \\_c\\_ \\[d\\] \\`e\\` \\\\ \\&amp; & f"
    )
    assert clean_url("javascript:alert(1)", None) is None
    assert clean_url(" /a b(c) ", "https://x.test/p/") == "https://x.test/ab%28c%29"
    assert clean_url("https://[bad", "https://x.test/") is None


def test_byline_text() -> None:
    people = [Person(name="By Ann Lee"), Person(name="Bo [Li]", url="https://x.test/bo")]
    assert byline_text(people) == "By Ann Lee and [Bo (Li)](https://x.test/bo)"
    three = [Person(name="A B"), Person(name="C D"), Person(name="E F")]
    assert byline_text(three) == "By A B, C D and E F"
