"""Where the dump says it came from: the ``Original url:`` footer, or a header a tool wrote.

A reader service opens its dump with ``Title:``, ``URL Source:``, ``Published Time:`` lines
before ``Markdown Content:``; an exporter with YAML front matter (``---``, ``title:``,
``date:``, ``author:``, ``---``). Those lines are evidence of the fields they name, never text:
the URL is the page's address (when no footer gives one), the date its publication, the author
a byline, the title the headline when the dump has no heading of its own (else the heading,
as published, is the title and the header's line, often the browser title, is furniture).
"""

from __future__ import annotations

from typing import Final

from newsparse._engine import Claim, Context, Found
from newsparse._errors import Code, ParseError
from newsparse._inline import render
from newsparse._model import (
    Boilerplate,
    BoilerplateKind,
    Byline,
    Diagnostic,
    Element,
    Headline,
    Severity,
    SourceUrl,
)
from newsparse._parsers.common import DatelineBuilder, plain_text
from newsparse._readers.byline import read_byline
from newsparse._readers.dateline import read_dateline
from newsparse._source import BLANK, Source
from newsparse._syntax import FrontMatter, front_matter

__all__ = ["front_rule", "front_screen", "rule", "screen", "source_url_of"]


def _footer(context: Context, index: int) -> tuple[SourceUrl, int] | None:
    """The footer element starting at ``index`` and the line after it, if the footer is here."""
    if index != context.footer_line or context.footer_url is None:
        return None
    url_line = context.next_nonblank(index + 1)
    label_only = context.lines[index].rstrip().endswith(":")
    last = url_line if label_only and url_line is not None else index
    span = context.lines_span(index, last)
    return SourceUrl(raw=context.raw(span), span=span, url=context.footer_url), last + 1


def _check(context: Context, element: SourceUrl) -> tuple[Diagnostic, ...]:
    if not element.url:
        message = "the footer names no URL"
        return (
            context.diagnostic(Code.SOURCE_URL_MISSING, message, element.span, Severity.WARNING),
        )
    if not element.is_web:
        message = f"the footer URL {element.url[:80]!r} is not http(s); source_url stays unset"
        return (
            context.diagnostic(Code.SOURCE_URL_NOT_WEB, message, element.span, Severity.WARNING),
        )
    return ()


def screen(context: Context, index: int) -> bool:
    """Only the footer line the plan found."""
    return index == context.footer_line


def rule(context: Context, index: int) -> Claim | None:
    """Claim the footer (label line and URL line) when the cursor reaches it."""
    found = _footer(context, index)
    if found is None:
        return None
    element, end = found
    return Claim(
        elements=(element,),
        found=(Found.SOURCE,),
        next_line=end,
        diagnostics=_check(context, element),
    )


def source_url_of(text: str) -> SourceUrl:
    """The work of :func:`newsparse.parse_source_url`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-source-url`` when ``text`` is not such a footer.
    """
    context = Context(Source(text))
    first = context.next_nonblank(0)
    found = _footer(context, first) if first is not None else None
    if found is None or context.next_nonblank(found[1]) is not None:
        raise ParseError("not an 'Original url:' footer", code=Code.NOT_A_SOURCE_URL)
    if not found[0].url:
        raise ParseError("the footer names no URL", code=Code.NOT_A_SOURCE_URL)
    return found[0]


def front_screen(context: Context, index: int) -> bool:
    """Only the dump's first line with text, and only when it can open a header."""
    head = context.lines[index].strip(BLANK)[:6].casefold()  # "---  " as to_markdown writes it
    return head in {"---", "title:"} and context.next_nonblank(0) == index


_FURNITURE: Final = (Found.BOILERPLATE,)


def _furniture(context: Context, first: int, last: int) -> tuple[Element, Found]:
    span = context.lines_span(first, last)
    raw = context.raw(span)
    element = Boilerplate(raw=raw, span=span, text=plain_text(raw), kind=BoilerplateKind.OTHER)
    return element, Found.BOILERPLATE


def _field(
    context: Context, name: str, lines: tuple[int, int], value: str, builder: DatelineBuilder
) -> tuple[Element, Found] | None:
    """The element a header line gives for its field, or ``None`` when it reads as none.

    The title is the headline only when the dump has no heading of its own below the header
    (the plan's title line, if any, is then a header line).
    """
    span = context.lines_span(*lines)
    raw = context.raw(span)
    url = value.strip("<>")
    if name == "url" and context.footer_line is None and url.startswith(("http://", "https://")):
        return SourceUrl(raw=raw, span=span, url=url), Found.SOURCE
    if name == "title" and (context.title_line is None or context.title_line <= lines[1]):
        text = render(value).text.strip()
        if not text:  # "Title: ![](x)": no words, no title
            return None
        return Headline(raw=raw, span=span, text=text, full=text), Found.TITLE
    if name == "date":
        reading = read_dateline(value)
        if reading is not None and reading.published is not None:
            return builder.dateline(reading, span.start, span.end), Found.DATELINE
    if name == "author":
        authors = read_byline(value) or read_byline(f"By {value}")
        if authors:
            return Byline(raw=raw, span=span, text=plain_text(raw), authors=authors), Found.BYLINE
    return None


def _front_elements(context: Context, matter: FrontMatter) -> tuple[list[Element], list[Found]]:
    starts = {first: (name, last, value) for name, (first, last, value) in matter.fields.items()}
    builder = DatelineBuilder(context)
    elements: list[Element] = []
    found: list[Found] = []
    index = matter.start
    while index < matter.end:
        if context.blank[index]:
            index += 1
            continue
        name, last, value = starts.get(index, ("", index, ""))
        made = _field(context, name, (index, last), value, builder) if name else None
        element, kind = made or _furniture(context, index, last)
        elements.append(element)
        found.append(kind)
        index = last + 1
    return elements, found


def front_rule(context: Context, index: int) -> Claim | None:
    """Claim a reader-service header or YAML front matter, each line as the field it gives."""
    matter = front_matter(context.lines)
    if matter is None or matter.start != index:
        return None
    elements, found = _front_elements(context, matter)
    return Claim(elements=tuple(elements), found=tuple(found), next_line=matter.end)
