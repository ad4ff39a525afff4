"""Body blocks: paragraphs, subheadings, list items, quotes, code and tables (the fallback rule).

The fallback claims whatever the rules before it left, so every line of a dump lands in some
element. It follows Markdown's block shapes: a paragraph runs over the plain lines of its block; a
list item takes its indented continuation lines; a quote takes its ``>`` lines; a fence runs to its
closing fence.
"""

from __future__ import annotations

from typing import Final

from newsparse._engine import Claim, Context, Found, Shape
from newsparse._errors import Code
from newsparse._model import (
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Diagnostic,
    Paragraph,
    Picture,
    Severity,
)
from newsparse._parsers.common import block_images, is_fence_close, paragraph_at, unplaced
from newsparse._source import BLANK

__all__ = ["rule"]

_BODY: Final = (Found.BODY,)
_PICTURE: Final = (Found.PICTURE,)


def _as_picture(paragraph: Paragraph, end: int) -> Claim | None:
    """A body block that is only pictures (no text) claimed as a Picture, else ``None``.

    Code and tables are shown as written, so they are never pictures. The claim still counts a
    body block for the rules that ask how many came before.
    """
    if (
        not paragraph.images
        or paragraph.kind in (BlockKind.CODE, BlockKind.TABLE)
        or paragraph.text.strip(BLANK)
    ):
        return None
    element = Picture(raw=paragraph.raw, span=paragraph.span, images=unplaced(paragraph.images))
    return Claim(elements=(element,), found=_PICTURE, next_line=end, marks=_BODY)


def rule(context: Context, index: int) -> Claim:
    """Claim the body block at ``index``; a thematic break becomes a separator."""
    shape = context.shape(index)
    following = index + 1
    if shape is Shape.TEXT and (following == context.count or context.blank[following]):
        # The common case, a one-line paragraph, made directly.
        span = context.source.lines_span(index, index)
        inline = context.inline(index)
        paragraph = Paragraph(
            raw=context.source.text[span.start : span.end],
            span=span,
            text=inline.text,
            links=inline.links,
            images=block_images(context, inline, span.start, span.end),
        )
        return _as_picture(paragraph, following) or Claim((paragraph,), _BODY, following)
    if shape is Shape.RULE:
        span = context.lines_span(index, index)
        element = Boilerplate(
            raw=context.raw(span), span=span, text="", kind=BoilerplateKind.SEPARATOR
        )
        return Claim(elements=(element,), found=(Found.BOILERPLATE,), next_line=index + 1)
    paragraph, end = paragraph_at(context, index)
    pictured = _as_picture(paragraph, end)
    if pictured is not None:
        return pictured
    diagnostics: tuple[Diagnostic, ...] = ()
    lines = context.lines
    if paragraph.kind is BlockKind.CODE and not (
        end - 1 > index and is_fence_close(lines[index], lines[end - 1])
    ):
        diagnostics = (
            context.diagnostic(
                Code.UNCLOSED_FENCE,
                "code fence never closed; it runs to the end of the text",
                paragraph.span,
                Severity.WARNING,
            ),
        )
    return Claim(elements=(paragraph,), found=(Found.BODY,), next_line=end, diagnostics=diagnostics)
