"""Link definitions (``[1]: https://example.com/a``): the targets of a dump's reference links.

Converters that write reference-style links (``[text][1]``) put the definitions at the end of the
text or under each paragraph. They are not prose: each becomes a :class:`LinkDefinition`
element, and the references in the body resolve to their URLs (:attr:`Context.references`).
"""

from __future__ import annotations

from newsparse._engine import Claim, Context, Found, Shape
from newsparse._model import LinkDefinition

__all__ = ["rule", "screen"]


def screen(context: Context, index: int) -> bool:
    """A plain line opening with a bracket and holding ``]:``."""
    line = context.lines[index]
    return "]:" in line and line.lstrip(" ")[:1] == "["


def rule(context: Context, index: int) -> Claim | None:
    """Claim a run of definition lines (a blank line may part them)."""
    if context.shape(index) is not Shape.TEXT or context.definition(context.lines[index]) is None:
        return None
    elements = []
    line = index
    while line < context.count:
        if context.blank[line]:
            line += 1
            continue
        if context.shape(line) is not Shape.TEXT:
            break
        found = context.definition(context.lines[line])
        if found is None:
            break
        span = context.lines_span(line, line)
        label, url = found
        elements.append(LinkDefinition(raw=context.raw(span), span=span, label=label, url=url))
        line += 1
        if context.footer_line is not None and line >= context.footer_line:
            break
    end = elements[-1].span.end_line
    return Claim(elements=tuple(elements), found=(Found.DEFINITION,) * len(elements), next_line=end)
