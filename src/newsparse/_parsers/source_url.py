"""The ``Original url:`` footer that ends a dump: the address of the page it was made from."""

from __future__ import annotations

from newsparse._engine import Claim, Context, Found
from newsparse._errors import Code, ParseError
from newsparse._model import Diagnostic, Severity, SourceUrl
from newsparse._source import Source

__all__ = ["rule", "screen", "source_url_of"]


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
