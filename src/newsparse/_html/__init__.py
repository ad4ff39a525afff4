r"""HTML pages in: the article region written as a dump, and that dump parsed into an Article.

``html_to_dump`` finds the article in a page and writes it in the dump format ``parse`` reads,
with what only the page metadata knows (authors, publication time, headline) written in as lines
of their own; ``parse_html`` parses that same dump, so every span of its Article indexes the text
``html_to_dump`` returns for the same input.

>>> page = (
...     '<html lang="en"><head><meta property="article:published_time"'
...     ' content="2021-07-16T09:30:00+03:00"></head><body><article>'
...     "<h1>Russia Says U.S. Mission Has Failed</h1><p>By <a href='/a/afp'>AFP</a></p>"
...     "<p>Russia on Friday said that the United States had failed in its mission.</p>"
...     "</article></body></html>"
... )
>>> print(html_to_dump(page, url="https://example.com/story"))
# Russia Says U.S. Mission Has Failed
<BLANKLINE>
By [AFP](https://example.com/a/afp)
<BLANKLINE>
Published: 2021-07-16T09:30:00+03:00
<BLANKLINE>
Russia on Friday said that the United States had failed in its mission.
<BLANKLINE>
Original url:
<BLANKLINE>
<https://example.com/story>
>>> article = parse_html(page, url="https://example.com/story")
>>> article.title, article.byline.authors[0].name, str(article.dateline.published.date)
('Russia Says U.S. Mission Has Failed', 'AFP', '2021-07-16')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse._article import date_order_of
from newsparse._dates import DateOrder
from newsparse._errors import Code, ParseError
from newsparse._html.decode import MAX_HTML
from newsparse._model import Article, Severity
from newsparse._source import Source
from newsparse.vocabulary import Vocabulary, using

if TYPE_CHECKING:
    from newsparse._html.merge import Composed

__all__ = ["MAX_HTML", "html_to_dump", "parse_html", "parse_html_with_dump"]


def _checked(html: object, url: object) -> tuple[str | bytes, str | None]:
    if isinstance(html, bytearray | memoryview):
        html = bytes(html)
    if not isinstance(html, str | bytes):
        raise ParseError(
            f"html must be str or bytes, not {type(html).__name__}", code=Code.INVALID_INPUT
        )
    if url is not None and not isinstance(url, str):
        raise ParseError(f"url must be str, not {type(url).__name__}", code=Code.INVALID_INPUT)
    return html, (url.strip() or None) if isinstance(url, str) else None


def _compose(
    html: str | bytes,
    url: str | None,
    order: DateOrder | None = None,
    vocabulary: Vocabulary | None = None,
) -> Composed:
    # Imported here, on the first page: bs4, lxml and dateutil cost about 200 ms to import, and
    # `import newsparse` should not make Markdown-only users pay for them.
    from newsparse._html.merge import compose  # noqa: PLC0415
    from newsparse._html.page import read_page  # noqa: PLC0415
    from newsparse._html.tree import collector_paused  # noqa: PLC0415

    page, address = _checked(html, url)
    with using(vocabulary) as words, collector_paused():
        return compose(read_page(page, url=address), order=order, vocabulary=words)


def html_to_dump(
    html: str | bytes, *, url: str | None = None, vocabulary: Vocabulary | None = None
) -> str:
    r"""Find the article in an HTML page and write it as a dump (the text ``parse`` reads).

    ``html`` is the page as text, or as bytes whose charset is read from a BOM or the page's
    declaration (UTF-8 otherwise). ``url`` is the page's address: it resolves relative links and
    is written in the ``Original url:`` footer (else the page's canonical link or ``og:url``).
    Nothing is fetched. Lines the visible text lacks are written from the page metadata.
    ``vocabulary`` is the words the rules recognise (see :func:`newsparse.parse`).

    Raises:
        ParseError: ``invalid-input`` when ``html`` is not text or bytes.

    Example:
        >>> html_to_dump("<h1>Hello world</h1><p>Some text here, long enough to count.</p>")
        '# Hello world\n\nSome text here, long enough to count.'
    """
    return _compose(html, url, vocabulary=vocabulary).dump


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    strict: bool = False,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    """Parse an HTML page into an Article: the dump of :func:`html_to_dump`, parsed.

    The Article's spans index ``html_to_dump(html, url=url)``; its diagnostics add what the HTML
    reading noticed (charset, metadata written in or disagreeing with the visible text).
    ``language`` is the page's declared language (else a vote over its text) and
    ``meta_description`` its own description; ``order`` is how the visible text writes numeric
    dates, and ``vocabulary`` the words the rules recognise, as for :func:`newsparse.parse`.

    Raises:
        ParseError: ``invalid-input`` when ``html`` is not text or bytes; in strict mode, for the
            first diagnostic of warning or error severity (its line and column are in the dump).

    Example:
        >>> parse_html(b"<h1>Hello world</h1><p>Some text here, long enough to count.</p>").title
        'Hello world'
    """
    return parse_html_with_dump(html, url=url, strict=strict, order=order, vocabulary=vocabulary)[1]


def parse_html_with_dump(
    html: str | bytes,
    *,
    url: str | None = None,
    strict: bool = False,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> tuple[str, Article]:
    """The dump :func:`html_to_dump` writes and the Article :func:`parse_html` gives, from one read.

    The Article's spans index the dump; reading the page once costs half of calling both.

    Raises:
        ParseError: as :func:`parse_html` does.

    Example:
        >>> dump, article = parse_html_with_dump(b"<h1>Hello world</h1><p>Some text here.</p>")
        >>> dump[article.headline.span.start : article.headline.span.end]
        '# Hello world'
    """
    composed = _compose(html, url, date_order_of(order), vocabulary)
    article = composed.article
    # The page's own finding first: an empty page is one empty-input, in the page's words.
    unique = {(d.code, d.span): d for d in (*article.diagnostics, *composed.diagnostics)}
    merged = tuple(sorted(unique.values(), key=lambda d: (d.span.start, d.code)))
    article = attrs.evolve(article, diagnostics=merged)
    if strict:
        for diagnostic in merged:
            if diagnostic.severity is not Severity.INFO:
                line, column = Source(composed.dump).position(diagnostic.span.start)
                raise ParseError(diagnostic.message, code=diagnostic.code, line=line, column=column)
    return composed.dump, article
