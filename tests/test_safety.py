"""Safety of output: URLs stay data, only ``http(s)`` is ever promoted, and nothing is fetched.

A dump or page may carry ``javascript:`` or ``data:`` URLs. They are kept verbatim where the text
has them (an author's link, a related link, the footer), because they are data about the page;
every record with a URL tells by ``is_web`` whether it is an absolute ``http(s)`` URL, and
``Article.source_url`` is only ever such a URL. Reading a page opens no connection and reads no
file: checked with a listening socket on the loopback interface that counts connections (so a
fetch from C code inside libxml2 would be seen too) and a local file an entity points at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import Author, Link, RelatedLink, SourceUrl, Span

HOSTILE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//example.com/protocol-relative",
    "/relative/path",
    "mailto:someone@example.com",
    "ftp://example.com/file",
]
WEB = ["http://example.com/a", "https://example.com/a", "HTTPS://EXAMPLE.COM/A"]
SPAN = Span(start=0, end=1, line=1, end_line=1)


@pytest.mark.parametrize("url", HOSTILE + WEB)
def test_is_web_on_every_record_with_a_url(url: str) -> None:
    web = url in WEB
    assert Link(text="a", url=url, start=0, end=1).is_web is web
    assert Author(name="Jane Doe", url=url).is_web is web
    assert RelatedLink(raw="a", span=SPAN, label=None, title="a", url=url).is_web is web
    assert SourceUrl(raw="a", span=SPAN, url=url).is_web is web


def test_no_url_is_not_web() -> None:
    assert Author(name="Jane Doe").is_web is False
    assert Link(text="a", url=None, start=0, end=1).is_web is False


@pytest.mark.parametrize("url", HOSTILE)
def test_a_dump_keeps_hostile_urls_as_data_and_never_promotes_them(url: str) -> None:
    text = (
        f"# Title of the story\n\nBy [Jane Doe]({url})\n\n"
        f"Related article: [Another story]({url})\n\n"
        f"Text with [a link]({url}).\n\nOriginal url:\n\n{url}"
    )
    article = newsparse.parse(text)
    assert article.source is not None
    assert article.source.url == url
    assert article.source_url is None
    assert "source-url-not-web" in {d.code for d in article.diagnostics}
    [author] = article.authors
    assert (author.name, author.url, author.is_web) == ("Jane Doe", url, False)
    [related] = article.related
    assert (related.url, related.is_web) == (url, False)
    [link] = article.body[0].links
    assert (link.url, link.is_web) == (url, False)


def test_a_web_footer_is_promoted() -> None:
    article = newsparse.parse("# Title\n\nText.\n\nOriginal url:\n\n<https://example.com/a>")
    assert article.source_url == "https://example.com/a"


def _page(url: str) -> str:
    return (
        f'<html><head><link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "Jane Doe", "url": "{url}"}}}}</script></head><body>'
        f'<article><h1>A headline of the page</h1><p>By <a href="{url}">John Smith</a></p><p>'
        + "Text of the article, long enough to be a paragraph of it. " * 5
        + "</p></article></body></html>"
    )


@pytest.mark.parametrize("url", HOSTILE)
def test_a_page_never_promotes_hostile_urls(url: str) -> None:
    for given in (None, url):
        article = newsparse.parse_html(_page(url), url=given)
        assert article.source_url is None
        assert article.authors
        assert not any(author.is_web for author in article.authors)


class _Listener:
    """A TCP socket on the loopback interface that counts the connections made to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


@pytest.fixture
def listener() -> Iterator[_Listener]:
    watching = _Listener()
    yield watching
    watching.close()


def _outside_page(port: int, secret: Path) -> str:
    base = f"http://127.0.0.1:{port}"
    return f"""<?xml version="1.0"?>
<!DOCTYPE html SYSTEM "{base}/dtd" [
<!ENTITY remote SYSTEM "{base}/entity">
<!ENTITY local SYSTEM "file://{secret}">
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<link rel="stylesheet" href="{base}/a.css"><script src="{base}/a.js"></script>
<style>@import url("{base}/b.css");</style>
<meta http-equiv="refresh" content="0; url={base}/">
<link rel="canonical" href="{base}/story">
</head><body><article><h1>A page full of outside references</h1>
<img src="{base}/a.png" srcset="{base}/b.png 2x"><iframe src="{base}/frame"></iframe>
<xi:include href="{base}/include.xml"/><xi:include href="file://{secret}" parse="text"/>
<object data="{base}/object"></object><embed src="{base}/embed">
<p>Entities: &remote; and &local; and a <a href="{base}/link">link</a>, written, not fetched.</p>
</article></body></html>"""


def test_reading_a_page_fetches_nothing(listener: _Listener, tmp_path: Path) -> None:
    """No connection reaches the listener and no local file is read, whatever the page says."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-7c0f")
    page = _outside_page(listener.port, secret)
    file = tmp_path / "page.html"
    file.write_text(page)
    dumps = [
        newsparse.html_to_dump(page),
        newsparse.html_to_dump(page.encode()),
        newsparse.html_to_dump(page, url=f"http://127.0.0.1:{listener.port}/page"),
    ]
    articles = [
        newsparse.parse_html(page),
        newsparse.parse_html(page.encode()),
        newsparse.parse_file(file),
    ]
    assert listener.connections == 0
    for dump in dumps:
        assert "SECRET-MARKER" not in dump
        assert "A page full of outside references" in dump
    for article in articles:
        assert article.title == "A page full of outside references"
        assert "SECRET-MARKER" not in newsparse.to_json(article)
    # The listener works: a real connection is counted (waiting for its thread to see it).
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    for _ in range(200):
        if listener.connections:
            break
        time.sleep(0.05)
    assert listener.connections == 1
