"""What every entry point must do with any input: one check per entry point, on raw bytes.

A check calls its entry point and returns quietly when the result is a value or a
:class:`newsparse.ParseError`; anything else escapes, and an escaping exception (or a failed
assertion of a property) is a finding. The atheris harnesses in this folder, the regression
fixtures (``tests/fixtures/regressions/``) and the Hypothesis totality tests all run these same
functions, so a crash the fuzzer finds is replayed by the test suite exactly as it was found.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import attrs

import newsparse
from newsparse import Article, DateValue, Element, ParseError
from newsparse._dates import DateOrder
from newsparse._html.page import read_page
from newsparse._source import BLANK

__all__ = [
    "CHECKS",
    "Check",
    "assert_lossless",
    "assert_markdown_keeps_text",
    "built_from_fields",
    "text_of",
]

Check = Callable[[bytes], None]
"""A check: raises (an exception or AssertionError) only when the entry point misbehaved."""


def text_of(data: bytes) -> str:
    """The text a text entry point is given for ``data``.

    UTF-8, keeping encoded surrogates (so any ``str`` round-trips through
    ``text.encode("utf-8", "surrogatepass")``); bytes that are not UTF-8 become lone surrogates
    (``surrogateescape``), which real text never holds and a parser must survive anyway.
    """
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape")


def assert_lossless(text: str, article: Article) -> None:
    """Spans never overlap, each raw is its source, and together they cover every character.

    "Every character" means every one that is not blank (whitespace or an invisible mark). The
    test suite asserts it through ``tests/helpers.py`` on every fixture and generated dump.
    """
    previous_end = 0
    covered = 0
    for element in article.elements():
        span = element.span
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == element.raw, (element.raw[:80], span)
        assert element.raw.strip(BLANK), f"an empty element at {span.start}"
        assert span.start >= previous_end, f"overlap at {span.start}"
        gap = text[previous_end : span.start]
        assert not gap.strip(BLANK), f"uncovered text before {span.start}: {gap[:60]!r}"
        previous_end = span.end
        covered += 1
    tail = text[previous_end:]
    assert not tail.strip(BLANK), f"uncovered text at the end: {tail[:60]!r}"
    assert covered or not text.strip(BLANK), "non-blank text but no elements"


def assert_markdown_keeps_text(text: str, article: Article) -> None:
    """``to_markdown`` of a parsed dump writes every non-blank character of ``text``, in order.

    Only blanks may differ: the writer lays each element's raw text out again on the line
    offsets its span records, and leading blank lines are not elements.
    """
    written = newsparse.to_markdown(article)
    kept = "".join(char for char in written if char not in BLANK)
    given = "".join(char for char in text if char not in BLANK)
    if kept != given:
        at = next(
            (i for i, (a, b) in enumerate(zip(kept, given, strict=False)) if a != b),
            min(len(kept), len(given)),
        )
        raise AssertionError(f"to_markdown changed the text at {at}: {kept[at : at + 60]!r}")


def _assert_round_trip(article: Article) -> None:
    # to_json reaches every value (dates with their offsets included), so a value parse made
    # but cannot write, or writes but cannot read back, shows up here.
    assert newsparse.from_json(newsparse.to_json(article)) == article


def built_from_fields(article: Article) -> Article:
    """``article`` with every raw text emptied, so to_markdown writes it from its fields."""

    def bare(elements: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(attrs.evolve(element, raw="") for element in elements)

    return attrs.evolve(
        article,
        headline=attrs.evolve(article.headline, raw="") if article.headline else None,
        standfirst=attrs.evolve(article.standfirst, raw="") if article.standfirst else None,
        bylines=bare(article.bylines),
        datelines=bare(article.datelines),
        captions=bare(article.captions),
        related=bare(article.related),
        footnotes=bare(article.footnotes),
        body=bare(article.body),
        boilerplate=bare(article.boilerplate),
        source=attrs.evolve(article.source, raw="") if article.source else None,
    )


def check_parse(data: bytes) -> None:
    """``parse``, lenient and strict: an Article covering the text, or ParseError.

    Written again from its fields, the Article's values stay in their elements: the source URL
    comes only from the footer, never from a value holding ``Original url:``.
    """
    text = text_of(data)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_markdown_keeps_text(text, article)
    _assert_round_trip(article)
    rewritten = newsparse.parse(newsparse.to_markdown(built_from_fields(article)), max_size=None)
    assert rewritten.source_url == article.source_url, (rewritten.source_url, article.source_url)
    try:
        strict: Article | ParseError = newsparse.parse(text, strict=True)
    except ParseError as error:
        strict = error
    if isinstance(strict, ParseError):
        assert strict.line >= 1
        assert strict.column >= 1
        assert any(d.severity.value != "info" for d in article.diagnostics), strict
    else:
        assert strict == article


def _small(parse: Callable[[str], Element | DateValue], kind: type) -> Check:
    def check(data: bytes) -> None:
        text = text_of(data)
        try:
            result = parse(text)
        except ParseError:
            return
        assert isinstance(result, kind), type(result)
        if not isinstance(result, DateValue):
            # The element's raw text is the part of the input its span names.
            assert text[result.span.start : result.span.end] == result.raw, result.span

    check.__doc__ = f"``{parse.__name__}``: a {kind.__name__} whose span indexes the text."
    return check


def check_parse_date(data: bytes) -> None:
    """``parse_date`` in every numeric date order: a DateValue or ParseError."""
    text = text_of(data)
    for order in (None, DateOrder.DMY, DateOrder.MDY):
        try:
            value = newsparse.parse_date(text, order=order)
        except ParseError:
            continue
        assert isinstance(value, DateValue)
        assert 1800 <= value.date.year <= 2199, value
    # An order that is none: refused as an argument, whatever the text.
    odd_orders: tuple[object, ...] = (text[:8], [], 0)
    for odd in odd_orders:
        if odd in ("dmy", "mdy"):
            continue
        code = None
        try:
            newsparse.parse_date(text, order=odd)  # type: ignore[arg-type]  # on purpose
        except ParseError as error:
            code = error.code
        assert code in ("invalid-argument", "invalid-input"), (odd, code)


_PAGE_URL: Final = "https://example.test/news/2021/07/16/story"


def check_parse_html(data: bytes) -> None:
    """``parse_html`` on the bytes and on their text: an Article whose spans index the dump."""
    article = newsparse.parse_html(data, url=_PAGE_URL)
    assert_lossless(newsparse.html_to_dump(data, url=_PAGE_URL), article)
    _assert_round_trip(article)
    for strict in (False, True):
        try:
            unaddressed = newsparse.parse_html(text_of(data), strict=strict)
        except ParseError:
            continue
        # Only the page's own address (its head) may fill source_url, never its visible text.
        if unaddressed.source_url is not None:
            assert read_page(text_of(data)).url is not None, unaddressed.source_url


def check_from_json(data: bytes) -> None:
    """``from_json`` on bytes and on text: an Article that writes back as itself, or ParseError."""
    for document in (data, text_of(data)):
        try:
            article = newsparse.from_json(document)
        except ParseError:
            continue
        _assert_round_trip(article)


# Values no JSON document holds but a caller of from_dict may pass.
_ODD_VALUES: Final[tuple[object, ...]] = (
    None,
    True,
    -1,
    10**400,
    float("nan"),
    float("inf"),
    "",
    "\udc80",
    b"bytes",
    (),
    [],
    {},
    {1: 2},
    frozenset(),
    object(),
)


def _nodes(data: object) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) pair of a JSON-like value, in a fixed order."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in node:
                yield node, key
                stack.append(node[key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield node, index
                stack.append(item)


def check_from_dict(data: bytes) -> None:
    """``from_dict`` on the JSON the bytes hold, with one value swapped for an odd Python value.

    The last byte picks which value and what it becomes, so the fuzzer steers the swap too.
    """
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        value = text_of(data)
    candidates: list[object] = [value]
    if data:
        pick = data[-1]
        nodes = list(_nodes(value))
        if nodes:
            swapped = json.loads(json.dumps(value))  # a copy with the same shape
            container, key = list(_nodes(swapped))[pick % len(nodes)]
            container[key] = _ODD_VALUES[pick % len(_ODD_VALUES)]
            candidates.append(swapped)
    for candidate in candidates:
        try:
            article = newsparse.from_dict(candidate)  # type: ignore[arg-type]  # any value, on purpose
        except ParseError:
            continue
        _assert_round_trip(article)
        assert newsparse.from_dict(newsparse.to_dict(article)) == article


def check_parse_file(data: bytes) -> None:
    """``parse_file`` on the bytes written as a dump and as a page: an Article or ParseError."""
    # A folder per call, removed on the way out: libFuzzer ends its process without running
    # atexit handlers, so a folder kept for the process's life would be left behind.
    with tempfile.TemporaryDirectory(prefix="newsparse-fuzz-") as folder:
        for name in ("input.md", "input.html"):
            path = os.path.join(folder, name)
            with open(path, "wb") as stream:
                stream.write(data)
            for strict in (False, True):
                try:
                    newsparse.parse_file(path, strict=strict)
                except ParseError:
                    continue


CHECKS: Final[Mapping[str, Check]] = {
    "parse": check_parse,
    "parse_byline": _small(newsparse.parse_byline, newsparse.Byline),
    "parse_dateline": _small(newsparse.parse_dateline, newsparse.Dateline),
    "parse_caption": _small(newsparse.parse_caption, newsparse.Caption),
    "parse_related": _small(newsparse.parse_related, newsparse.RelatedLink),
    "parse_footnote": _small(newsparse.parse_footnote, newsparse.Footnote),
    "parse_title": _small(newsparse.parse_title, newsparse.Headline),
    "parse_source_url": _small(newsparse.parse_source_url, newsparse.SourceUrl),
    "parse_date": check_parse_date,
    "parse_html": check_parse_html,
    "from_json": check_from_json,
    "from_dict": check_from_dict,
    "parse_file": check_parse_file,
}
"""Each entry point's check, by the name of the entry point."""
