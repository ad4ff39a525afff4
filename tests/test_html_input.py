"""Bad, hostile and odd HTML input: always an Article with diagnostics, never another exception.

Sizes here keep the suite fast; ``benchmarks/scaling_html.py`` runs the large versions (50 MB,
100 000 nested elements) and shows the time grows linearly.
"""

from __future__ import annotations

import socket
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Code, ParseError, Severity
from newsparse._html import page as page_module

from .helpers import assert_lines_match, assert_lossless, outcome

PROSE = "<p>" + "Some words of article text that read like prose. " * 4 + "</p>"


def _codes(article: newsparse.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def _check(html: str | bytes) -> newsparse.Article:
    """parse_html's Article, with its spans checked against html_to_dump's text."""
    article = newsparse.parse_html(html)
    dump = newsparse.html_to_dump(html)
    assert_lossless(dump, article)
    assert_lines_match(dump, article)
    return article


@pytest.mark.parametrize("html", ["", "   \n\t ", b"", b"\xef\xbb\xbf"])
def test_empty_input_is_an_empty_article_with_a_warning(html: str | bytes) -> None:
    article = _check(html)
    assert list(article.elements()) == []
    assert Code.EMPTY_INPUT in _codes(article)
    with pytest.raises(ParseError) as raised:
        newsparse.parse_html(html, strict=True)
    assert raised.value.code == Code.EMPTY_INPUT


def test_plain_text_is_read_as_paragraphs() -> None:
    text = "https://example.test/page.html"
    assert newsparse.html_to_dump(text) == "https://example.test/page.html"
    article = _check("First paragraph, not markup.\n\nSecond one, also plain.")
    assert [p.text for p in article.body] == [
        "First paragraph, not markup.",
        "Second one, also plain.",
    ]
    assert Code.NOT_HTML in _codes(article)


def test_truncated_page_keeps_what_it_has() -> None:
    page = "<html><body><article><h1>A headline for the story</h1>" + PROSE + "<p>Cut off mid"
    article = _check(page)
    assert article.title == "A headline for the story"
    assert article.body[-1].text == "Cut off mid"


def test_deep_nesting_is_walked_without_recursion() -> None:
    """20 000 nested <div>s: far past Python's recursion limit, still an Article."""
    depth = 20_000
    assert depth > sys.getrecursionlimit()
    page = "<html><body>" + "<div>" * depth + PROSE + "</div>" * depth + "</body></html>"
    article = _check(page)
    assert [p.text for p in article.body] == [PROSE[3:-4].strip()]


def test_deep_inline_nesting_is_linear() -> None:
    depth = 5_000
    page = "<p>" + "<b><i><a href='#'>" * depth + "deep text" + "</a></i></b>" * depth + "</p>"
    _check(page)
    assert newsparse.html_to_dump(page) == "**[deep text](#)**"


@pytest.mark.parametrize(
    "page",
    [
        "<!--" * 20_000,
        "</" * 20_000,
        "<?" * 20_000,
        "<![CDATA[" * 20_000,
        "<p>&#" + "9" * 5000 + ";</p>",
        "<p>&#x" + "f" * 5000 + ";</p>",
        "<p><b><i>" * 5_000,
        "<" * 30_000,
        "<a href='" + "x" * 50_000 + "'>long link</a>",
        "\x00\x01\x02<p>\x00binary\x00</p>",
        "<nav>" * 20_000 + "x" * 3000 + "</nav>" * 20_000,
        "<nav" * 20_000,
    ],
    ids=[
        "comments",
        "end-tags",
        "processing",
        "cdata",
        "numeric-entity",
        "hex-entity",
        "p-b-i",
        "lt",
        "long-url",
        "nul",
        "nested-nav",
        "nav-openings",
    ],
)
def test_malformed_markup_gives_an_article(page: str) -> None:
    _check(page)
    _check(page.encode("utf-8"))


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": ',
        "[" * 100_000 + "]" * 100_000,
        '{"@type": "NewsArticle", "author": 5, "datePublished": {}, "headline": ["x"]}',
        '{"@type": "NewsArticle", "datePublished": "not a date", "author": "https://x.test/a"}',
        "<!-- not json at all -->",
        '{"@graph": ' + '{"a": ' * 5_000 + "1" + "}" * 5_000 + "}",
    ],
    ids=["truncated", "deep-list", "wrong-types", "bad-values", "comment", "deep-object"],
)
def test_malformed_json_ld_never_crashes(script: str) -> None:
    page = (
        f'<script type="application/ld+json">{script}</script>'
        f"<article><h1>A headline for the story</h1>{PROSE}</article>"
    )
    article = _check(page)
    assert article.title == "A headline for the story"
    assert article.authors == ()
    invalid = [d for d in article.diagnostics if d.code == Code.INVALID_METADATA]
    assert all(d.severity is Severity.INFO for d in invalid)


def test_json_ld_that_is_not_json_is_reported() -> None:
    page = '<script type="application/ld+json">{"a": </script><h1>Title words here</h1>' + PROSE
    assert Code.INVALID_METADATA in _codes(newsparse.parse_html(page))


def test_oversized_page_is_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "MAX_HTML", 400)
    page = "<h1>A headline for the story</h1>" + PROSE * 10
    for html in (page, page.encode("utf-8")):
        article = _check(html)
        assert Code.INPUT_TRUNCATED in _codes(article)
        assert article.title == "A headline for the story"
        assert newsparse.html_to_dump(html).endswith("Some words of")
        with pytest.raises(ParseError) as raised:
            newsparse.parse_html(html, strict=True)
        assert raised.value.code == Code.INPUT_TRUNCATED


@pytest.mark.parametrize("value", [None, 5, ["<p>x</p>"], object()])
def test_wrong_input_types_raise_parse_error(value: object) -> None:
    with pytest.raises(ParseError) as raised:
        newsparse.parse_html(value)  # type: ignore[arg-type]
    assert raised.value.code == Code.INVALID_INPUT
    with pytest.raises(ParseError):
        newsparse.html_to_dump(value)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        newsparse.html_to_dump("<p>x</p>", url=5)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    page = b"<h1>A headline for the story</h1>" + PROSE.encode()
    expected = newsparse.html_to_dump(page)
    assert newsparse.html_to_dump(bytearray(page)) == expected  # type: ignore[arg-type]
    assert newsparse.html_to_dump(memoryview(page)) == expected  # type: ignore[arg-type]


EXTERNAL = """<!DOCTYPE html SYSTEM "http://127.0.0.1:9/dtd">
<?xml version="1.0"?>
<!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<html><head>
<link rel="stylesheet" href="http://127.0.0.1:9/a.css">
<script src="http://127.0.0.1:9/a.js"></script>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">
<base href="http://127.0.0.1:9/base/">
</head><body><article><h1>A page full of outside references</h1>
<img src="http://127.0.0.1:9/a.png"><iframe src="http://127.0.0.1:9/frame"></iframe>
<p>Entity: &secret; and a <a href="rel/link">relative link</a> that resolves, not fetched.</p>
</article></body></html>"""


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """No socket is opened and no external entity is expanded."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    dump = newsparse.html_to_dump(EXTERNAL)
    assert "root:" not in dump
    assert dump == (
        "# A page full of outside references\n\n"
        "Entity: \\&secret; and a [relative link](http://127.0.0.1:9/base/rel/link) that "
        "resolves, not fetched."
    )


# -- charsets ----------------------------------------------------------------------------------


def test_utf16_with_bom() -> None:
    page = "<h1>Überschrift über alles</h1><p>Grüße aus Köln, ein Text.</p>" + PROSE
    article = newsparse.parse_html(page.encode("utf-16"))
    assert article.title == "Überschrift über alles"
    assert _codes(article) == []


def test_undeclared_invalid_utf8_is_replaced_and_reported() -> None:
    page = "<h1>Caf\xe9 au lait forever</h1><p>Some text</p>".encode("latin-1")
    article = newsparse.parse_html(page)
    assert article.title == "Caf\ufffd au lait forever"
    assert _codes(article)[:2] == [Code.CHARSET_UNDECLARED, Code.DECODE_ERRORS]
    with pytest.raises(ParseError) as raised:
        newsparse.parse_html(page, strict=True)
    assert raised.value.code == Code.DECODE_ERRORS


def test_unknown_charset_falls_back_to_utf8() -> None:
    page = f'<meta charset="klingon-8"><h1>Plain title here</h1>{PROSE}'.encode()
    article = newsparse.parse_html(page)
    assert article.title == "Plain title here"
    assert _codes(article) == [Code.CHARSET_UNKNOWN]


def test_http_equiv_charset() -> None:
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<h1>Привет, мир, заголовок</h1>"
    ).encode("cp1251")
    assert newsparse.parse_html(page).title == "Привет, мир, заголовок"


# -- properties --------------------------------------------------------------------------------

_TAGS = st.sampled_from(
    ["p", "div", "h1", "h2", "a href='/x'", "b", "i", "ul", "li", "blockquote", "figure",
     "figcaption", "br", "table", "tr", "td", "pre", "script", "span class='kicker'", "nav",
     "article", "time datetime='2020-01-02'", "meta property='og:title' content='T'"]
)  # fmt: skip
_TEXT = st.lists(
    st.sampled_from([*"ab *_#>-1.[]()&;<!/\\\n\t\"'é—", "By ", "July 4, 2020", "Foto: dpa"]),
    max_size=12,
).map("".join)


@st.composite
def _pages(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 2))
        if kind == 0:
            pieces.append(f"<{draw(_TAGS)}>")
        elif kind == 1:
            pieces.append(f"</{draw(_TAGS).split()[0]}>")
        else:
            pieces.append(draw(_TEXT))
    return "".join(pieces)


@given(_pages())
def test_any_tag_soup_gives_a_lossless_article(page: str) -> None:
    _check(page)


@given(st.binary(max_size=300))
def test_any_bytes_give_an_article(data: bytes) -> None:
    article = _check(data)
    strict = outcome(lambda: newsparse.parse_html(data, strict=True))
    if isinstance(strict, ParseError):
        assert any(d.severity is not Severity.INFO for d in article.diagnostics)
    else:
        assert strict == article


@given(st.text(max_size=300))
def test_any_text_gives_an_article_that_round_trips(text: str) -> None:
    article = _check(text)
    assert newsparse.from_json(newsparse.to_json(article)) == article


def test_large_menus_are_cut_before_parsing_and_the_rest_is_kept() -> None:
    from newsparse._html.page import cut_element

    menu = "<ul>" + '<li><a href="/s">Section</a></li>' * 100 + "</ul>"
    page = f'<nav class="main">{menu}</nav><p>Text after the menu.</p>'
    assert cut_element(page, "nav", 2000) == '<nav class="main"></nav><p>Text after the menu.</p>'
    # Kept: a small menu, a self-closing element, one that holds an author link or a script
    # boundary, and one whose end is missing.
    small = "<nav><a href='/'>Home</a></nav><p>x</p>"
    assert cut_element(small, "nav", 2000) == small
    closed = "<svg class='i'/><p>The article.</p><svg>" + "<path/>" * 100 + "</svg>"
    assert cut_element(closed, "svg", 300) == "<svg class='i'/><p>The article.</p><svg></svg>"
    for inside in ("<a rel='author' href='/a'>Ann</a>", "<script>var a = 1;</script>"):
        held = f"<nav>{menu}{inside}</nav>"
        assert cut_element(held, "nav", 2000) == held
    assert cut_element(f"<nav>{menu}", "nav", 2000) == f"<nav>{menu}"
    assert cut_element(f"<navbar>{menu}</navbar>", "nav", 2000) == f"<navbar>{menu}</navbar>"
    # "İ" lowers to two characters: the cut must not shift (it lost the text after the menu).
    dotted = "<p>" + "İ" * 40 + f'</p><NAV class="main">{menu}</NAV><p>Text after the menu.</p>'
    assert cut_element(dotted, "nav", 2000) == (
        "<p>" + "İ" * 40 + '</p><NAV class="main"></NAV><p>Text after the menu.</p>'
    )
