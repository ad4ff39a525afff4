"""Related links: pointers to other articles set into the page (``Related article: ...``).

Recognised by a label from :data:`~newsparse.vocabulary.RELATED_LABELS` (``Related article``,
``Read more``, ``Lesen Sie auch``, ``Читайте также``...) before a link or title, a link whose own
text starts with such a label, a label line or heading followed by a list of links, and a teaser
link written over several lines (``[##### Title`` ... ``Leer más](#)``).
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from newsparse.engine import Claim, Context, Found, Shape, line_shape
from newsparse.errors import Code, ParseError, require_text
from newsparse.inline import IMAGE, LINK, Inline, render
from newsparse.model import RelatedLink
from newsparse.parsers.paragraph import unmarked
from newsparse.source import BLANK, Source
from newsparse.vocabulary import RELATED_LABELS

__all__ = ["RelatedReading", "parse_related", "read_related", "rule", "screen"]

_MAX_LABEL_WORDS: Final = max(len(label.split()) for label in RELATED_LABELS)
_FIRST_WORDS: Final = frozenset(label.split()[0] for label in RELATED_LABELS)
_SEPARATORS: Final = ":»›>|-–—•·"
# The last line of a teaser link written over several lines: "Leer más](#)"
_LINK_CLOSE: Final = re.compile(
    r"(?P<label>[^\[\]\n]{0,200})\]\((?P<url>[^()\s]{0,2000})"
    r"(?:[ \t]{1,5}\"(?:[^\"\\\n]|\\.){0,500}+\")?\)\s{0,3}$"
)
_MAX_LIST: Final = 20


@attrs.frozen(kw_only=True)
class RelatedReading:
    """What a related link says."""

    label: str | None
    title: str
    url: str | None = None


def _label(text: str) -> tuple[str, int] | None:
    """The related-link label opening ``text`` and where it ends (before any separator)."""
    words = text[:120].split()
    for count in range(min(_MAX_LABEL_WORDS, len(words)), 0, -1):
        candidate = " ".join(words[:count])
        key = candidate.casefold().rstrip(_SEPARATORS + " ")
        if key in RELATED_LABELS:
            start = text.find(words[0])
            last = words[count - 1]
            end = text.find(last, start) + len(last.rstrip(_SEPARATORS))
            return text[start:end].rstrip(), end
    return None


@functools.lru_cache(maxsize=2048)  # rules ask about the same line more than once
def read_related(markdown: str) -> RelatedReading | None:
    """What a one-line related link says, or ``None`` when ``markdown`` is not one.

    Example:
        >>> r = read_related("**Related article: [Russia Says Ready to Activate Tajik Base](#)**")
        >>> r.label, r.title, r.url
        ('Related article', 'Russia Says Ready to Activate Tajik Base', None)
    """
    if len(markdown) > 1000:
        return None
    inline = render(markdown)
    text = inline.text
    if not text:
        return None
    found = _label(text)
    if found is not None:
        label, end = found
        rest = text[end:]
        stripped = rest.lstrip(" ")
        separated = stripped[:1] in _SEPARATORS
        title = stripped.lstrip(_SEPARATORS + " ").strip()
        links = [link for link in inline.links if link.end > end]
        if title and (separated or _only_link(inline, end)):
            url = links[0].url if links else None
            if links and len(links) == 1 and links[0].text:
                title = title if not _only_link(inline, end) else links[0].text
            return RelatedReading(label=label, title=title, url=url)
        return None
    # "[Related: Title](url)": the label inside the link text.
    if len(inline.links) == 1 and inline.links[0].start == 0 and inline.links[0].end == len(text):
        link = inline.links[0]
        inner = _label(link.text)
        if inner is not None:
            label, end = inner
            title = link.text[end:].lstrip(_SEPARATORS + " ").strip()
            if title and link.text[end:].lstrip(" ")[:1] in _SEPARATORS:
                return RelatedReading(label=label, title=title, url=link.url)
    return None


def _only_link(inline: Inline, start: int) -> bool:
    rest = [link for link in inline.links if link.start >= start]
    if len(rest) != 1:
        return False
    outside = inline.text[start : rest[0].start] + inline.text[rest[0].end :]
    return not outside.strip(BLANK + _SEPARATORS)


def _label_line(context: Context, index: int) -> str | None:
    """A line or heading that is only a related-links label (``### Related``)."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.HEADING) or len(context.lines[index]) > 80:
        return None
    text = context.inline(index).text.lstrip("#").strip().rstrip(_SEPARATORS + " ")
    if shape is Shape.HEADING:
        text = render(context.lines[index].lstrip(" #")).text.rstrip(_SEPARATORS + " ")
    return text if text.casefold() in RELATED_LABELS else None


def _link_item(context: Context, index: int) -> tuple[str, str | None] | None:
    """A line that is one link and nothing else (a list item or heading may hold it)."""
    line = context.lines[index]
    if len(line) > 600:
        return None
    markdown = line.lstrip(" \t")
    if context.shape(index) is Shape.LIST_ITEM:
        markdown = markdown[2:] if markdown[:1] in "*-+" else markdown.split(" ", 1)[-1]
    markdown = markdown.lstrip("# ")
    inline = render(markdown)
    if len(inline.links) != 1:
        return None
    link = inline.links[0]
    if inline.text[: link.start].strip(BLANK + "•·-") or inline.text[link.end :].strip(BLANK):
        return None
    return (link.text, link.url) if link.text else None


def _element(context: Context, first: int, last: int, reading: RelatedReading) -> RelatedLink:
    span = context.lines_span(first, last)
    return RelatedLink(
        raw=context.raw(span),
        span=span,
        label=reading.label,
        title=reading.title,
        url=reading.url,
    )


def _list_claim(context: Context, index: int, label: str) -> Claim | None:
    elements: list[RelatedLink] = []
    first = index
    probe = context.next_nonblank(index + 1)
    while (
        probe is not None and probe - (elements[-1].span.end_line - 1 if elements else index) <= 2
    ):
        item = _link_item(context, probe)
        if item is None or len(elements) >= _MAX_LIST:
            break
        title, url = item
        reading = RelatedReading(label=label, title=title, url=url)
        elements.append(_element(context, first, probe, reading))
        first = probe + 1
        probe = context.next_nonblank(probe + 1)
    if not elements:
        return None
    return Claim(
        elements=tuple(elements),
        found=(Found.RELATED,) * len(elements),
        next_line=elements[-1].span.end_line,
    )


def _unclosed_bracket(line: str) -> bool:
    """Whether ``line`` opens a link it leaves open: no ``]`` after its ``[`` but pictures'."""
    return "]" not in IMAGE.sub("", line[1:])


def _card_line(line: str) -> bool:
    """A line inside a teaser card: its pictures aside, no bracket opens or closes anything."""
    rest = IMAGE.sub("", line)
    return "[" not in rest and "]" not in rest


def _teaser_claim(context: Context, index: int) -> Claim | None:
    """A link written over several lines: ``[##### Title`` ... ``Leer más](#)``.

    Converters write a teaser card this way: a link around a picture, a headline and a summary.
    The title is the first line with text; the opening line must leave its bracket open.
    """
    line = context.lines[index].lstrip(" ")
    if not line.startswith("[") or LINK.match(line) is not None or not _unclosed_bracket(line):
        return None
    title = render(line[1:].lstrip("# ")).text
    probe = index
    for _ in range(6):
        following = context.next_nonblank(probe + 1)
        if following is None or following - probe > 2:
            return None
        closing = _LINK_CLOSE.search(IMAGE.sub("", context.lines[following]))
        if closing is not None:
            label_text = render(closing["label"]).text.strip()
            label = (
                label_text
                if label_text.casefold().rstrip(_SEPARATORS + " ") in (RELATED_LABELS)
                else None
            )
            title = title or label_text
            if not title:
                return None
            url = closing["url"] if closing["url"] not in ("", "#") else None
            reading = RelatedReading(label=label, title=title, url=url)
            element = _element(context, index, following, reading)
            return Claim(elements=(element,), found=(Found.RELATED,), next_line=following + 1)
        if not _card_line(context.lines[following]):
            return None
        if not title:
            title = render(context.lines[following].lstrip(" #")).text
        probe = following
    return None


def _without_block_marker(line: str) -> str:
    """The line without a list bullet or quote marker ("* ", "> ") in front; a heading keeps its."""
    return unmarked(line) if line_shape(line) in (Shape.LIST_ITEM, Shape.QUOTE) else line


def screen(context: Context, index: int) -> bool:
    """A plain line must open with a label word or a bracket; other shapes always pass."""
    if context.shape(index) is not Shape.TEXT:
        return True
    line = context.lines[index]
    if line.lstrip(" *_>")[:1] == "[":
        return True
    if context.first_word(index) not in _FIRST_WORDS:
        return False
    # A label needs a link or a separator after it, or stands alone over a list.
    return "[" in line or len(line) <= 60 or any(mark in line[:80] for mark in ":»›|—")


def rule(context: Context, index: int) -> Claim | None:
    """Claim a related link, a labelled list of them, or a teaser link over several lines."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING, Shape.QUOTE):
        return None
    line = context.lines[index]
    if len(line) > 1000:
        return None
    bracket = line.lstrip(" *_>").startswith("[")
    if not bracket and context.first_word(index) not in _FIRST_WORDS:
        return None
    label = _label_line(context, index)
    if label is not None:
        return _list_claim(context, index, label)
    if line.lstrip(" ").startswith("["):
        teaser = _teaser_claim(context, index)
        if teaser is not None:
            return teaser
    reading = read_related(_without_block_marker(line))
    if reading is None:
        return None
    return Claim(
        elements=(_element(context, index, index, reading),),
        found=(Found.RELATED,),
        next_line=index + 1,
    )


def parse_related(text: str) -> RelatedLink:
    """Read one related link.

    Raises:
        ParseError: ``not-a-related-link`` when ``text`` is not one.

    Example:
        >>> r = parse_related("[Related: Tajik base opens](https://example.com/a)")
        >>> r.label, r.title, r.url
        ('Related', 'Tajik base opens', 'https://example.com/a')
    """
    require_text(text, "parse_related")
    source = Source(text)
    span = source.span(0, len(text))
    raw = source.raw(span)
    reading = read_related(_without_block_marker(raw)) if "\n" not in raw.strip() else None
    if reading is None:
        line, column = source.position(span.start)
        raise ParseError(
            f"{raw[:60]!r} does not read as a related link",
            code=Code.NOT_RELATED,
            line=line,
            column=column,
        )
    return RelatedLink(
        raw=raw, span=span, label=reading.label, title=reading.title, url=reading.url
    )
