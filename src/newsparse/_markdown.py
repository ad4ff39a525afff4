r"""Articles back into the dump format: each element's raw text, or Markdown made from its fields.

An element that has ``raw`` (every element :func:`newsparse.parse` made) is written as it was
read; one built in code with an empty ``raw`` is written from its fields in the form the parser
reads (``# Title``, ``By [Name](url)``, a date line, a caption with its ``**CREDIT**``,
``**Related article: [title](url)**``, italic closing notes, body blocks, the ``Original url:``
footer), with Markdown escaped wherever a value would otherwise change meaning.

>>> from newsparse import Article, Headline, Paragraph, Span
>>> at = Span(start=0, end=0, line=1, end_line=1)
>>> article = Article(
...     headline=Headline(raw="", span=at, text="Rates *rise*", full="Rates *rise*"),
...     body=(Paragraph(raw="", span=at, text="1. Prices went up."),),
... )
>>> print(to_markdown(article))
# Rates \*rise\*
<BLANKLINE>
1\. Prices went up.
<BLANKLINE>
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

from newsparse._errors import Code, ParseError
from newsparse._inline import AUTOLINK, html_tag_at
from newsparse._kinds import WRITTEN, located
from newsparse._model import (
    Article,
    Author,
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Element,
    Footnote,
    Headline,
    Image,
    Link,
    LinkDefinition,
    Paragraph,
    Picture,
    Precision,
    RelatedLink,
    Role,
    SourceUrl,
)
from newsparse._syntax import Shape, attribute_block, closing_hashes, line_shape

__all__ = ["escape", "format_date_phrase", "to_markdown"]

# -- inline escaping ------------------------------------------------------------------------------

# Characters that always start or end inline markup: code, emphasis, links, escapes.
_ALWAYS: Final = frozenset("\\`*[]~")
# &amp; &#8217; &#x2019; (an ampersand before these would be read as an entity)
_ENTITY_AHEAD: Final = re.compile(
    r"&(?=[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)"
)
# "1. " and "1) ": an ordered list marker at the start of a line
_ORDERED: Final = re.compile(r"[0-9]{1,9}(?=[.)])")
# "Original url:" - the footer label, which must not appear in a rendered line
_FOOTER_LABEL: Final = re.compile(r"\s{0,8}original[ _-]?url\s{0,3}(?=:)", re.I)


def _setext_underline(line: str) -> bool:
    """Whether ``line`` is "===" (up to 3 spaces in front): it would make the line above a heading.

    ("---" is a thematic break, escaped as a shape.)
    """
    body = line.lstrip(" ")
    return len(line) - len(body) <= 3 and body[:1] == "=" and not body.strip("= \t")


# What a link destination cannot hold, in either form, percent-encoded when a URL has it.
_UNWRITABLE_IN_URL: Final = re.compile(r"[\s<>()]")


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def escape(text: str) -> str:
    r"""``text`` as inline Markdown that newsparse reads back as exactly ``text``.

    Backslashes go before characters that would start markup: code, emphasis, links, images,
    autolinks and entities. An underscore inside a word (``snake_case``) is never emphasis and
    stays as it is.

    Example:
        >>> escape("5 * 3 = [x] & <https://a.test> &amp; snake_case _it_")
        '5 \\* 3 = \\[x\\] & \\<https://a.test> \\&amp; snake_case \\_it\\_'
    """
    out: list[str] = []
    for index, char in enumerate(text):
        if char in _ALWAYS:
            out.append("\\")
        elif char == "_":
            if not (_word_char(text, index - 1) and _word_char(text, index + 1)):
                out.append("\\")
        elif char == "<":
            if AUTOLINK.match(text, index) is not None or html_tag_at(text, index):
                out.append("\\")
        elif char == "&" and _ENTITY_AHEAD.match(text, index) is not None:
            out.append("\\")
        out.append(char)
    return "".join(out)


def _line_start(markdown: str) -> str:
    """Escape what would make ``markdown`` more than a paragraph line: ``#``, ``>``, ``1.``..."""
    shape = line_shape(markdown)
    if shape is Shape.LIST_ITEM and markdown[:1].isdigit():
        number = _ORDERED.match(markdown)
        if number is not None:
            markdown = f"{markdown[: number.end()]}\\{markdown[number.end() :]}"
    elif shape not in (Shape.TEXT, Shape.BLANK) or _setext_underline(markdown):
        markdown = "\\" + markdown
    footer = _FOOTER_LABEL.match(markdown)
    if footer is not None:
        markdown = f"{markdown[: footer.end()]}\\{markdown[footer.end() :]}"
    return markdown


def _target(url: str | None) -> str:
    """A link destination the parser reads back as ``url`` (``#`` stands for none).

    A URL no destination form can hold as it is (a line break, or ``<`` with a space or a
    parenthesis) is written with those characters percent-encoded: it then reads back as the
    same address, not as the same string, but it can never end the link and start markup.
    """
    if not url:
        return "#"
    if not any(c.isspace() or c in "()<>" for c in url):
        return url
    if not any(c in "<>" or (c.isspace() and c != " ") for c in url):
        return f"<{url}>"
    return _UNWRITABLE_IN_URL.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url)


def _image(image: Image) -> str:
    """A picture as Markdown: ``![alt](src)``, inside ``[...](link)`` when it is linked."""
    written = f"![{escape(image.alt)}]({_target(image.src)})"
    return f"[{written}]({_target(image.link)})" if image.link else written


def _image_at(image: Image) -> int:
    return image.at


def _escaped(text: str, start: int, end: int, images: list[Image]) -> str:
    """``text[start:end]`` escaped, with the pictures that stood in it written back in place."""
    out: list[str] = []
    position = start
    for image in images:
        if start <= image.at <= end and image.at >= position:
            out.append(escape(text[position : image.at]))
            out.append(_image(image))
            position = image.at
    out.append(escape(text[position:end]))
    return "".join(out)


def _with_links(text: str, links: tuple[Link, ...], images: tuple[Image, ...] = ()) -> str:
    """``text`` escaped, with its links written as ``[text](url)`` and its pictures in place.

    Links that overlap or run past the text are dropped rather than guessed at; a picture inside a
    link's text is written inside its label, one at either end of it outside.
    """
    out: list[str] = []
    position = 0
    pending = sorted((image for image in images if 0 <= image.at <= len(text)), key=_image_at)
    for link in sorted(links, key=lambda link: (link.start, link.end)):
        if link.start < position or link.end > len(text) or link.end < link.start:
            continue
        before = [image for image in pending if image.at <= link.start]
        inside = [image for image in pending if link.start < image.at < link.end]
        pending = [image for image in pending if image.at >= link.end]
        written = _escaped(text, position, link.start, before)
        if written.endswith("!"):
            written = written[:-1] + "\\!"  # "![" would open an image
        out.append(written)
        out.append(f"[{_escaped(text, link.start, link.end, inside)}]({_target(link.url)})")
        position = link.end
    out.append(_escaped(text, position, len(text), pending))
    return "".join(out)


# -- dates -----------------------------------------------------------------------------------------

_MONTHS: Final = (
    "January February March April May June July August September October November December"
).split()


def _zone(value: DateValue) -> str:
    if value.zone:
        return f" {value.zone}"
    offset = value.value.utcoffset() if isinstance(value.value, dt.datetime) else None
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f" {sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_date_phrase(value: DateValue) -> str:
    """``value`` written as a dump writes dates, with only the parts its precision vouches for.

    Example:
        >>> import datetime as dt
        >>> format_date_phrase(DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY))
        'July 16, 2021'
        >>> moment = dt.datetime(2021, 7, 16, 16)
        >>> format_date_phrase(DateValue(value=moment, precision=Precision.HOUR, zone="MSK"))
        'July 16, 2021 4 PM MSK'
    """
    moment = value.value
    month = _MONTHS[moment.month - 1]
    if value.precision is Precision.YEAR:
        return f"{moment.year}"
    if value.precision is Precision.MONTH:
        return f"{month} {moment.year}"
    day = f"{month} {moment.day}, {moment.year}"
    if value.precision is Precision.DAY or not isinstance(moment, dt.datetime):
        return day
    if value.precision is Precision.HOUR:
        time = f"{(moment.hour + 11) % 12 + 1} {'PM' if moment.hour >= 12 else 'AM'}"
    elif value.precision is Precision.MINUTE:
        time = f"{moment.hour:02d}:{moment.minute:02d}"
    else:
        time = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return f"{day} {time}{_zone(value)}"


# -- elements from their fields ------------------------------------------------------------------


def _heading_content(title: str) -> str:
    """Escaped heading text whose end cannot be read as a closing run or an attribute block."""
    # " #", " ##" at the end would be read as the heading's closing run: escape its first "#".
    cut = closing_hashes(title)
    if cut is not None:
        title = f"{title[:cut]}\\{title[cut:]}"
    # " {#id}" at the end would be read as pandoc's attribute block: escape its brace.
    block = attribute_block(title)
    if block is not None:
        brace = title.index("{", block)
        title = f"{title[:brace]}\\{title[brace:]}"
    return title


def _headline(headline: Headline) -> str:
    title = _heading_content(escape(headline.full or headline.text))
    return f"{'#' * min(max(headline.level, 1), 6)} {title}"


_ROLE_PREFIXES: Final = {
    Role.AUTHOR: "By",
    Role.REPORTING: "Reporting by",
    Role.EDITING: "Edited by",
    Role.PHOTOGRAPHY: "Photos by",
    Role.TRANSLATION: "Translated by",
    Role.CONTRIBUTOR: "With:",
}


def _author(author: Author) -> str:
    # A location reads back only after a plain name ("Jane Doe in Moscow"), not after a link.
    if author.location and author.url is None:
        name = f"{escape(author.name)} in {escape(author.location)}"
    else:
        name = f"[{escape(author.name)}]({_target(author.url)})"
    if author.title:
        name += f", {escape(author.title)}"
    return name


def _names(authors: list[Author]) -> str:
    names = [_author(a) for a in authors]
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _byline(byline: Byline) -> str:
    if not byline.authors:
        return _line_start(escape(byline.text))
    segments: list[str] = []
    run: list[Author] = []
    for author in byline.authors:
        if run and author.role is not run[0].role:
            segments.append(f"{_ROLE_PREFIXES[run[0].role]} {_names(run)}")
            run = []
        run.append(author)
    segments.append(f"{_ROLE_PREFIXES[run[0].role]} {_names(run)}")
    return "; ".join(segments)


def _dateline(dateline: Dateline) -> str:
    dates = []
    if dateline.published is not None:
        dates.append(format_date_phrase(dateline.published))
    if dateline.updated is not None:
        dates.append(f"Updated: {format_date_phrase(dateline.updated)}")
    place = escape(dateline.place) if dateline.place else ""
    agency = f"({escape(dateline.agency)})" if dateline.agency else ""
    if dates:
        # MOSCOW — July 16, 2021 | Updated: July 17, 2021 (AP)
        line = " | ".join(dates)
        if place:
            line = f"{place} — {line}"
        return f"{line} {agency}" if agency else line
    if place or agency:
        # MOSCOW (AP) — (a story's opening, without a date)
        return " ".join(part for part in (place, agency, "—") if part)
    return _line_start(escape(dateline.text))


def _caption(caption: Caption) -> str:
    parts = []
    if caption.image_url is not None or caption.alt is not None:
        parts.append(f"![{escape(caption.alt or '')}]({_target(caption.image_url)})")
    if caption.text:
        parts.append(escape(caption.text))
    if caption.date is not None:
        parts.append(format_date_phrase(caption.date))
    if caption.credit:
        if parts:
            parts.append(f"**{escape(caption.credit)}**")
        else:
            parts.append(f"Photo: {escape(caption.credit)}")
    return _line_start(" ".join(parts))


def _picture(picture: Picture) -> str:
    return " ".join(_image(image) for image in picture.images)


def _definition(definition: LinkDefinition) -> str:
    label = " ".join(definition.label.replace("\\", "\\\\").replace("]", "\\]").split())
    return f"[{label or '_'}]: {_target(definition.url)}"


def _related(related: RelatedLink) -> str:
    label = escape(related.label) if related.label else "Related"
    return f"**{label}: [{escape(related.title)}]({_target(related.url)})**"


def _footnote(footnote: Footnote) -> str:
    text = _with_links(footnote.text, footnote.links)
    if footnote.label is not None:
        return f"[^{footnote.label}]: {text}"
    return f"*{text}*" if text else ""


def _paragraph(paragraph: Paragraph) -> str:
    kind = paragraph.kind
    if kind is BlockKind.CODE:
        lines = paragraph.text.split("\n")
        fence = "~~~" if any(line.lstrip(" ").startswith("```") for line in lines) else "```"
        # A line that would close the fence early (the text has both fences) is moved off it by
        # a tab: the rest of the code must not be read as Markdown.
        text = "\n".join(
            "\t" + line if line.lstrip(" ").startswith(fence) else line for line in lines
        )
        return f"{fence}\n{text}\n{fence}" if paragraph.text else f"{fence}\n{fence}"
    if kind is BlockKind.TABLE:
        return _table(paragraph.text)
    text = _with_links(paragraph.text, paragraph.links, paragraph.images)
    if kind is BlockKind.HEADING:
        return f"{'#' * min(max(paragraph.level, 1), 6)} {_heading_content(text)}"
    if kind is BlockKind.LIST_ITEM:
        # "* # Title" would be a heading inside the item: the content's own markers are escaped.
        return f"{'  ' * (min(max(paragraph.level, 1), 7) - 1)}* {_line_start(text)}"
    if kind is BlockKind.QUOTE:
        return "> \\" + text if text.startswith(">") else f"> {text}"
    return _line_start(text)


def _table(text: str) -> str:
    rows = [[escape(cell) for cell in row.split(" | ")] for row in text.split("\n")]
    lines = [f"| {' | '.join(cells)} |" for cells in rows]
    lines.insert(1, f"|{'|'.join(' --- ' for _ in rows[0])}|")
    return "\n".join(lines)


def _boilerplate(boilerplate: Boilerplate) -> str:
    if boilerplate.kind is BoilerplateKind.SEPARATOR and not boilerplate.text:
        return "---"
    return "\n\n".join(_line_start(escape(line)) for line in boilerplate.text.split("\n"))


def _source(source: SourceUrl) -> str:
    if not source.url:
        # "<>" says the URL is empty: a label alone would take the next line as its URL.
        return "Original url: <>"
    # The footer reads everything between its outer "<" and ">" back, but for line breaks.
    url = source.url.replace("\r", "%0D").replace("\n", "%0A")
    return f"Original url:\n\n<{url}>"


def _guarded(element: Element) -> str:
    r"""An element written from its fields, with no line of it able to start another element.

    A value may hold line breaks (an Article built in code, or loaded from JSON): each line after
    the first gets its block markers and any footer label escaped, as the first line of a plain
    paragraph does, so ``"Text\n# Heading"`` in a paragraph or ``"Name\nOriginal url: ..."``
    in an author's name stays text. Code and tables are fenced and piped already.
    """
    written = _from_fields(element)
    if isinstance(element, Paragraph) and element.kind in (BlockKind.CODE, BlockKind.TABLE):
        return written
    lines = written.split("\n")
    marked = isinstance(element, Headline | SourceUrl | Boilerplate) or (
        isinstance(element, Paragraph)
        and element.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE)
    )
    first = lines[0] if marked else _line_start(lines[0])
    return "\n".join([first, *(_line_start(line) for line in lines[1:])])


# How each record is written from its fields; a test checks every kind's record has a writer.
_WRITERS: Final[dict[type, Callable[[Any], str]]] = {
    Headline: _headline,
    Byline: _byline,
    Dateline: _dateline,
    Caption: _caption,
    Picture: _picture,
    RelatedLink: _related,
    Footnote: _footnote,
    Paragraph: _paragraph,
    Boilerplate: _boilerplate,
    LinkDefinition: _definition,
    SourceUrl: _source,
}


def _from_fields(element: Element) -> str:
    return _WRITERS[type(element)](element)


# -- the article -----------------------------------------------------------------------------------


def _in_order(article: Article) -> Iterator[Element]:
    """Every element by its span; elements at the same place (built in code) in dump order.

    Dump order (:data:`newsparse._kinds.WRITTEN`) puts closing notes after the body, where the
    parser looks for them.
    """
    for _, element in located(article, WRITTEN):
        yield element


def _footer_last(article: Article) -> Iterator[Element]:
    """:func:`_in_order`, but a source URL written from its fields comes last.

    The dump format ends with its footer and the parser looks for it among the last lines only;
    elements that followed it in a damaged dump, written from their fields, may take more lines
    than they had and push it out of reach. Written from its raw text, it keeps its place.
    """
    source = article.source
    if source is None or source.raw:
        yield from _in_order(article)
        return
    yield from (element for element in _in_order(article) if element is not source)
    yield source


def _indent(element: Element) -> str:
    """The indentation a nested list item had: a span starts after it, but the level needs it."""
    if isinstance(element, Paragraph) and element.kind is BlockKind.LIST_ITEM:
        return "  " * (min(max(element.level, 1), 7) - 1)
    return ""


def _separator(before: Element, after: Element) -> str:
    """What stands between two elements written from their raw text: the layout they had."""
    first, second = before.span, after.span
    if second.line == first.end_line and second.start >= first.end:
        return " " * (second.start - first.end)  # split from one line: keep them on one line
    if second.line == first.end_line + 1:
        # Adjacent lines the parser kept apart: a hard break ("  ") keeps them apart again (a
        # paragraph would otherwise run on over both).
        return "  \n"
    if second.line > first.end_line:
        return "\n" * (second.line - first.end_line)
    return "\n\n"


def to_markdown(article: Article) -> str:
    r"""The article in the dump format, elements in document order, ending with a newline.

    A parsed article comes back as its elements' raw text, each on the lines it had (runs of
    blank lines become one); an element with an empty ``raw`` is written from its fields.

    Raises:
        ParseError: ``invalid-input`` when ``article`` is not an :class:`Article`.

    Example:
        >>> from newsparse import parse
        >>> print(to_markdown(parse("# Title\n\n\n\nBy [AFP](#)\nJuly 16, 2021\n\nText.")), end="")
        # Title
        <BLANKLINE>
        By [AFP](#)
        July 16, 2021
        <BLANKLINE>
        Text.
    """
    if not isinstance(article, Article):
        raise ParseError(
            f"expected an Article, not {type(article).__name__}", code=Code.INVALID_INPUT
        )
    out: list[str] = []
    previous: Element | None = None
    for element in _footer_last(article):
        written = _indent(element) + element.raw if element.raw else _guarded(element)
        if not written:
            continue
        if previous is not None:
            both_raw = bool(previous.raw) and bool(element.raw)
            out.append(_separator(previous, element) if both_raw else "\n\n")
        out.append(written)
        previous = element
    return "".join(out) + "\n" if out else ""
