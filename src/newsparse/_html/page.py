"""One HTML page read into what the dump is made of: its metadata, its visible blocks, its URL.

The page is parsed once, with beautifulsoup4's lxml builder (linear on malformed markup, unlike
``html.parser`` and html5lib), and nothing in it is ever fetched: lxml is given text, so it sees
no external entities or DTDs, and URLs are only written down.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from typing import Final
from urllib.parse import urljoin

import attrs
from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from newsparse._errors import Code
from newsparse._html.decode import MAX_HTML, decode
from newsparse._html.evidence import article_body
from newsparse._html.head import Head, read_head
from newsparse._html.index import PageIndex
from newsparse._html.notes import Note
from newsparse._html.region import Layout, find_headline, find_region
from newsparse._html.tree import build_tree
from newsparse._html.writer import Block, web_or_relative, write_blocks
from newsparse._model import Severity, is_web_url

__all__ = ["MAX_HTML", "Page", "read_page"]


# An XML declaration: lxml's HTML parser skips it, but bs4 would warn that the page "looks like
# XML" when it comes first, so it is taken out before parsing.
_XML_DECLARATION: Final = re.compile(r"<\?xml[^>]{0,500}>", re.IGNORECASE)
_BLANK_LINES: Final = re.compile(r"\n[ \t]{0,100}\n")
# A lone surrogate (text decoded with surrogateescape): lxml cannot encode it and raises.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


@attrs.frozen(kw_only=True)
class Page:
    """A page ready to be written: its metadata, its visible blocks and its address.

    ``article_body`` is the page's JSON-LD ``articleBody`` ("" if none); ``marked_prose`` the
    characters of prose in the page's own article markup (its ``<article>`` or
    ``itemprop="articleBody"`` element with most prose; 0 if none).
    """

    head: Head
    blocks: tuple[Block, ...]
    url: str | None = None
    notes: tuple[Note, ...] = ()
    article_body: str = ""
    marked_prose: int = 0


def _text_of(html: str | bytes, notes: list[Note]) -> str:
    if isinstance(html, bytes):
        if len(html) > MAX_HTML:
            notes.append(_truncated(len(html), "bytes"))
            html = html[:MAX_HTML]
        decoded = decode(html)
        notes.extend(decoded.notes)
        return decoded.text
    if len(html) > MAX_HTML:
        notes.append(_truncated(len(html), "characters"))
        html = html[:MAX_HTML]
    if not html.isascii() and _SURROGATE.search(html):
        notes.append(
            Note(
                code=Code.DECODE_ERRORS,
                message="the page text holds lone surrogates; each was read as U+FFFD",
                severity=Severity.WARNING,
            )
        )
        html = _SURROGATE.sub("\ufffd", html)
    return html


# What a navigation block may not hold for its content to be cut before parsing: markup that
# could mean the cut started inside a script or comment, or that the page's facts are in it.
_NOT_IN_NAVIGATION: Final = (
    "<script",
    "</script",
    "-->",
    "<article",
    "<main",
    "<h1",
    "</body",
    "author",
)
# Elements whose content the reader never reads (SKIP_TAGS) and that hold many elements of their
# own, with the least content (characters) worth cutting: menus. (<svg> and <select> were
# measured too: too few elements to gain from.)
_UNREAD: Final = (("nav", 2000),)
_NAME_ENDS: Final = frozenset(" >\t\n\r")


def cut_unread(text: str) -> str:
    """``text`` with the content of its large menus taken out before the tree is built.

    Menus alone are a sixth of a news page's elements, and the reader never reads them, so they
    are not built: see :func:`cut_element`.
    """
    for name, least in _UNREAD:
        text = cut_element(text, name, least)
    return text


def cut_element(text: str, name: str, least: int) -> str:
    """``text`` with each ``<name ...>...</name>`` holding ``least`` characters or more emptied.

    The element stays, empty (``<nav ...></nav>``). One is left as written when its content holds
    anything that is not a menu's or a drawing's (a script or comment boundary, an article or
    headline, a link to an author) or when its end is not found; nested ones are cut whole. One
    pass, linear in the text.
    """
    lower = _lowered(text)
    opening, closing = f"<{name}", f"</{name}"
    if opening not in lower:
        return text
    out: list[str] = []
    done = 0
    start = lower.find(opening)
    while start != -1:
        if lower[start + len(opening) : start + len(opening) + 1] not in _NAME_ENDS:
            start = lower.find(opening, start + len(opening))  # <navbar>, <svgx>: not ours
            continue
        opened = lower.find(">", start)
        if opened == -1:
            break
        if lower[opened - 1] == "/":  # <svg ... />: nothing inside to cut
            start = lower.find(opening, opened)
            continue
        # The matching end tag: count the openings passed on the way.
        depth, cursor, close, end = 1, opened + 1, -1, -1
        while depth:
            if close < cursor:
                close = lower.find(closing, cursor)
                if close == -1:
                    break
            inner = lower.find(opening, cursor, close)
            if inner != -1:
                depth += 1
                cursor = inner + len(opening)
                continue
            depth -= 1
            cursor = close + len(closing)
            end = close
        if depth:
            break
        content = lower[opened + 1 : end]
        if len(content) >= least and not any(mark in content for mark in _NOT_IN_NAVIGATION):
            out.append(text[done : opened + 1])
            done = end
        start = lower.find(opening, cursor)
    out.append(text[done:])
    return "".join(out)


# ASCII letters to lower case, nothing else: the same length, for indices shared with the text.
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lowered(text: str) -> str:
    """``text`` in lower case, character for character (its indices are the text's).

    ``str.lower`` is faster, but "İ" lowers to two characters, which would shift every index
    after it (and cut the wrong span); tag names are ASCII, so ASCII lowering finds them alike.
    """
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def _truncated(size: int, unit: str) -> Note:
    return Note(
        code=Code.INPUT_TRUNCATED,
        message=f"the page has {size} {unit}; only the first {MAX_HTML} were read",
        severity=Severity.WARNING,
    )


def _soup(text: str, notes: list[Note]) -> BeautifulSoup:
    if not text.strip():
        notes.append(
            Note(code=Code.EMPTY_INPUT, message="the page is empty", severity=Severity.WARNING)
        )
        return BeautifulSoup("<html><body></body></html>", "lxml")
    if "<" not in text:
        notes.append(
            Note(
                code=Code.NOT_HTML,
                message="the input holds no markup; it was read as plain text",
                severity=Severity.WARNING,
            )
        )
        paragraphs = _BLANK_LINES.split(text)
        text = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs if p.strip())
    with warnings.catch_warnings():
        # A declaration the pattern cannot take out (b"<?xml" cut short) must not warn either.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # Attribute values stay strings (``class="a b"`` is not split into a list): the reader
        # reads them as text, and splitting every class attribute costs a tenth of the tree.
        return build_tree(cut_unread(_XML_DECLARATION.sub("", text)))


def _base(index: PageIndex, url: str | None, head: Head) -> str | None:
    """The URL links are resolved against: ``<base href>``, then the page's address.

    Only an absolute ``http(s)`` URL may serve (``<base href="javascript:...">`` would make every
    relative link a script); anything else leaves links as written.
    """
    bases = index.named("base")
    page_url = _web(url or head.url)
    if bases:
        href = bases[0].get("href")
        cleaned = web_or_relative(href) if isinstance(href, str) else None
        if cleaned:
            joined = _web(cleaned if page_url is None else _join(page_url, cleaned))
            if joined is not None:
                return joined
    return page_url


def _web(url: str | None) -> str | None:
    cleaned = web_or_relative(url) if url is not None else None
    return cleaned if is_web_url(cleaned) else None


def _join(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return base


def read_page(html: str | bytes, *, url: str | None = None) -> Page:
    """Read a page: decode it, parse it once, read its head, choose and write its region."""
    notes: list[Note] = []
    text = _text_of(html, notes)
    soup = _soup(text, notes)
    index = PageIndex(soup)
    head = read_head(index, base=url)
    notes.extend(head.notes)
    base = _base(index, url, head)
    headline = find_headline(index, head.titles)
    # Without a <body>, libxml2 may leave the text in <head>: then the whole document is read.
    root = soup.body if isinstance(soup.body, Tag) else soup
    layout = Layout(root, headline)
    region = find_region(layout, headline)
    blocks = write_blocks(
        [*region.header, region.root],
        live=layout.live,
        base=base,
        headline=region.headline,
        kicker=region.kicker,
        link_boxes=frozenset(layout.link_boxes),
        cards=frozenset(layout.cards),
    )
    return Page(
        head=head,
        blocks=tuple(blocks),
        url=url or head.url,
        notes=tuple(notes),
        article_body=article_body(index),
        marked_prose=layout.marked_prose(),
    )
