"""Related links: pointers to other articles set into the page (``Related article: ...``).

Recognised by a label from :data:`~newsparse.vocabulary.RELATED_LABELS` (``Related article``,
``Read more``, ``Lesen Sie auch``, ``Читайте также``...) before a link or title, a link whose own
text starts with such a label, a label line or heading followed by a list of links, and a teaser
link written over several lines (``[##### Title`` ... ``Leer más](#)``).

This module holds the related rule; the reader of one related string, :func:`read_related`, lives
in :mod:`newsparse._readers.related`, where the caption rule takes it from.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final
from urllib.parse import urlsplit

import attrs

from newsparse._dates import find_dates
from newsparse._engine import Claim, Context, Found, Shape, heading_level, is_prose, line_shape
from newsparse._errors import Code, ParseError
from newsparse._inline import IMAGE, LINK, input_position, line_markdown, render, written_inline
from newsparse._model import (
    Boilerplate,
    BoilerplateKind,
    Diagnostic,
    Element,
    Link,
    RelatedLink,
    Severity,
    Span,
)
from newsparse._parsers.common import (
    MAX_LAYOUT_MARKS,
    heading_text,
    is_emphasised,
    layout_mark,
    paragraph_at,
    picture_file,
    runs_on,
    unmarked,
)
from newsparse._plan import wrap_width
from newsparse._readers.related import (
    SEPARATORS,
    RelatedReading,
    read_link_list,
    read_links,
    read_related,
    related_words,
)
from newsparse._source import BLANK, Source
from newsparse.vocabulary import current

__all__ = ["related_of", "rule", "screen"]


# The last line of a teaser link written over several lines: "Leer más](#)"
_LINK_CLOSE: Final = re.compile(
    r"(?P<label>[^\[\]\n]{0,200})\]\((?P<url>[^()\s]{0,2000})"
    r"(?:[ \t]{1,5}\"(?:[^\"\\\n]|\\.){0,500}+\")?\)\s{0,3}$"
)
_MAX_LIST: Final = 20


def _label_line(context: Context, index: int, *, sentences: bool = False) -> tuple[str, int] | None:
    """A line or heading that is only a related-links label (``### Related``), and its last line.

    A setext heading's underline belongs to it; a label of two words or more may go on for a few
    words (``Weiterführende Artikel zu diesem Thema``, ``More from Science``). With
    ``sentences``, a label said as a sentence (:func:`_might_interest`) is one too.
    """
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.HEADING) or len(line_markdown(context, index)) > 80:
        return None
    text = context.inline(index).text.lstrip("#").strip().rstrip(SEPARATORS + " ")
    if shape is Shape.HEADING:
        text = render(_label_markdown(context, index)).text.rstrip(SEPARATORS + " ")
    icon, _, rest = text.partition(" ")
    if rest and _ICON_NAME.fullmatch(icon):
        text = rest.strip()  # "filter_none Weitere Beiträge": an icon's glyph name before it
    if "](" in line_markdown(context, index):
        # "#### [Related articles](#)[More from author](#)": tabs over a box, the first its label.
        rendered = context.inline(index)
        links = rendered.links
        if shape is Shape.HEADING and links and not rendered.text[: links[0].start].strip(" #"):
            first = links[0].text.strip()
            return (first, index) if first.casefold() in current().related_labels else None
        return None
    last = index + 1 if context.setext_level(index) else index
    words = text.casefold().split()
    if len(words) > _MAX_LABEL_LINE_WORDS and text.casefold() not in current().related_labels:
        return None
    if _table_label(words):
        return text, last
    return (text.rstrip("!"), last) if sentences and _might_interest(words) else None


def _label_markdown(context: Context, index: int) -> str:
    """A label line's Markdown; a heading's without its marks or pandoc's ``{#id .class}``."""
    line = line_markdown(context, index)
    return heading_text(line.lstrip(" ")) if context.shape(index) is Shape.HEADING else line


def _table_label(words: list[str]) -> bool:
    """Whether ``words`` are a related label of the table, or one and a few words more."""
    if " ".join(words) in current().related_labels:
        return True
    top = min(related_words().max_label_words, len(words) - 1)
    return any(" ".join(words[:count]) in current().related_labels for count in range(top, 1, -1))


def _might_interest(words: list[str]) -> bool:
    """A label said as a sentence: "Diese Artikel könnten dich auch interessieren!".

    A short line holding a modal word (:data:`~newsparse.vocabulary.RELATED_MODAL_WORDS`) that
    ends in a verb of liking (``interessieren``); sites word it in many ways around the two.
    """
    if len(words) < _MIN_SENTENCE_LABEL_WORDS:
        return False
    vocabulary = current()
    return words[-1].rstrip("!") in vocabulary.related_interest_verbs and any(
        word in vocabulary.related_modal_words for word in words[1:-1]
    )


_MIN_SENTENCE_LABEL_WORDS: Final = 3


_MAX_LABEL_LINE_WORDS: Final = 7


def _listing_line(context: Context, index: int) -> bool:
    """A line or heading that names a box of the site's latest or most read stories.

    ``### Most read``, ``TRENDING NOW``, ``Latest posts by Jane Doe``: the list under it holds
    the site's stories, not the article's (:data:`~newsparse.vocabulary.LISTING_LABELS`).
    """
    if (
        context.shape(index) not in (Shape.TEXT, Shape.HEADING)
        or len(line_markdown(context, index)) > 80
    ):
        return False
    inline = render(_label_markdown(context, index))
    text = inline.text.strip(BLANK + "*_")
    if inline.links and not inline.text[: inline.links[0].start].strip(BLANK + "*_"):
        return False  # a line that opens with a link is a story's, whatever its words
    words = text.casefold().rstrip(SEPARATORS + " ").split()
    if not words or len(words) > _MAX_LABEL_LINE_WORDS:
        return False
    listing = current().listing_labels
    top = min(related_words().max_listing_words, len(words))
    return any(" ".join(words[:count]) in listing for count in range(top, 0, -1))


def _listing_claim(context: Context, index: int) -> Claim | None:
    """A listing label (:func:`_listing_line`) and the list of story links under it: furniture.

    The links are read as a related box's would be, but kept as navigation boilerplate, out of
    the body and out of the related links; a card's summary of prose stays body text.
    """
    if not _listing_line(context, index):
        return None
    last = index + 1 if context.setext_level(index) else index
    label = context.inline(index).text.strip(BLANK + "#*_")
    box = _list_claim(context, index, label, last + 1)
    if box is None:
        return None
    furniture = _as_furniture(context, box)
    rest = _short_links_after(context, box.next_line)
    if not rest:
        return furniture
    return furniture._replace(
        elements=furniture.elements + rest,
        found=furniture.found + (Found.BOILERPLATE,) * len(rest),
        next_line=rest[-1].span.end_line,
    )


def _short_links_after(context: Context, start: int) -> tuple[Boilerplate, ...]:
    """The list items right after line ``start`` that are each one link, as navigation.

    A listing box's short titles (``* [Privacy](url)``) end the box as a related box reads it;
    they are the same box's links all the same.
    """
    found: list[Boilerplate] = []
    probe = context.next_nonblank(start)
    while probe is not None and probe - start <= 1 and len(found) < _MAX_LIST:
        if context.shape(probe) is not Shape.LIST_ITEM or _link_item(context, probe) is None:
            break
        span = context.lines_span(probe, probe)
        found.append(_navigation(context.raw(span), span))
        start = probe + 1
        probe = context.next_nonblank(start)
    return tuple(found)


def _as_furniture(context: Context, claim: Claim) -> Claim:
    """``claim`` with its related links made navigation boilerplate (a listing box's links)."""
    elements = tuple(
        _navigation(element.raw, element.span) if kind is Found.RELATED else element
        for element, kind in zip(claim.elements, claim.found, strict=True)
    )
    found = tuple(Found.BOILERPLATE if kind is Found.RELATED else kind for kind in claim.found)
    span = context.span(elements[0].span.start, elements[-1].span.end)
    note = context.diagnostic(
        Code.BOILERPLATE, "a box of the site's latest or most read stories", span, Severity.INFO
    )
    return Claim(elements=elements, found=found, next_line=claim.next_line, diagnostics=(note,))


def _navigation(raw: str, span: Span) -> Boilerplate:
    """A story link of a listing box (``raw`` at ``span``) as navigation boilerplate."""
    return Boilerplate(raw=raw, span=span, text=render(raw).text, kind=BoilerplateKind.NAVIGATION)


def _under_listing(context: Context, index: int) -> bool:
    """Whether a listing label (:func:`_listing_line`) heads the list that line ``index`` is in.

    Looks up over the list's earlier links and the short lines between them (a teaser's summary
    or date): ``#### Most read``, ``[A](u)``, ``Summary``, ``[B](u)``.
    """
    return any(_listing_line(context, line) for line in _up_the_box(context, index))


def _up_the_box(context: Context, index: int) -> Iterator[int]:
    """The lines above line ``index``, up the box it is in, nearest first; blank lines skipped.

    After each line the caller declines, the walk goes on over the box's earlier links and the
    short lines of its cards (a teaser's date or section) and ends at any other line.
    """
    for line in range(index - 1, max(index - 1 - _LISTING_REACH, -1), -1):
        if context.blank[line]:
            continue
        yield line
        if _earlier_link(context, line):
            continue
        text = context.inline(line).text
        if context.shape(line) is not Shape.TEXT or is_prose(text) or len(text) > _MAX_FILLER:
            return


def _earlier_link(context: Context, line: int) -> bool:
    """Whether line ``line`` holds a link or opens with one: an earlier link of the same box."""
    return (
        "](" in line_markdown(context, line)
        or line_markdown(context, line).lstrip(" *-")[:1] == "["
    )


_LISTING_REACH: Final = 40
_MAX_LISTING_LINE: Final = 80
# A list marker: "* ", "- ", "1. "
_BULLET: Final = re.compile(r"[ \t]{0,12}(?:[*+-]|[0-9]{1,9}[.)])[ \t]{1,4}")
# A setext underline, which a title inside a link may carry: "Title\n-----](url)"
_UNDERLINE: Final = re.compile(r"[ ]{0,3}(?:={1,400}|-{1,400})[ \t]{0,20}")
_MAX_LINK_LINES: Final = 8
_MAX_BEFORE_LINK: Final = 30
# A picture at the start of a line: "![alt](src)" (bounded, one line).
_LEADING_IMAGE: Final = re.compile(r"^!\[[^\[\]\n]{0,300}\]\([^()\n]{0,2000}\)")


# "### ": an ATX heading's opening marks
_ATX_MARKS: Final = re.compile(r"#{1,6}(?:[ \t]|$)")


def _item_markdown(line: str) -> str:
    """A list item's or heading's line without its marker."""
    bullet = _BULLET.match(line)
    markdown = line[bullet.end() :] if bullet is not None else line.lstrip(" \t")
    return _heading_free(markdown) if markdown[:1] == "#" else markdown


def _heading_free(markdown: str) -> str:
    """``markdown`` without a heading's marks, closing hashes or pandoc ``{#id .class}``."""
    stripped = markdown.lstrip(" ")
    if _ATX_MARKS.match(stripped):
        return heading_text(stripped).lstrip("# ")
    return stripped.lstrip("# ")


def _clean_title(text: str) -> str:
    """A link text without heading marks or the blanks a converter leaves in it."""
    return (
        " ".join(text.replace("#", " ").split()) if text.lstrip().startswith("#") else text.strip()
    )


def _image_line(markdown: str) -> bool:
    """A line that is only an image or a linked image (a teaser card's picture)."""
    stripped = markdown.strip(BLANK)
    return stripped.startswith(("![", "[![")) and stripped.endswith(")")


def _read_more(text: str, after: int, link: Link) -> bool:
    """Whether ``link`` only says "read more", with nothing but blanks between it and ``after``."""
    if text[after : link.start].strip(BLANK + SEPARATORS) or text[link.end :].strip(BLANK):
        return False
    return link.text.casefold().strip(BLANK + SEPARATORS + ".…»›>") in current().read_more_links


_MAX_ITEM_LINE: Final = 1200  # a linked picture with a title attribute runs long


def _link_item(
    context: Context, index: int, *, labelled: bool = False
) -> tuple[str, str | None, int] | None:
    """A line that is one link and nothing else (a list item or heading may hold it).

    Returns the title, the URL and the last line: a link may run over a few lines
    (``[![](src)`` ... ``Title`` ... ``](url)``), as converters write teaser cards. Under a
    label (``labelled``) the teaser's section may stand before its link: ``* Sport[Title](url)``.
    """
    line = line_markdown(context, index)
    if len(line) > _MAX_ITEM_LINE:
        return None
    markdown = _item_markdown(line)
    last = index
    if context.shape(index) is Shape.LIST_ITEM and _left_open(markdown):
        # "* **[A title the converter" / "    wrapped](url)" / "    **": the item's own lines.
        markdown, last = _item_lines(context, index, markdown)
    elif context.shape(index) is Shape.TEXT and _paragraph_link_open(context, markdown):
        # "[A title the converter" / "wrapped](url" / '"Its title attribute")': one paragraph.
        markdown, last = _paragraph_lines(context, index, markdown)
        if last != index and _image_line(markdown):
            # "[![Alt text the converter" / "wrapped](src)](url)": a linked picture, read whole.
            pictured = _titled_picture(markdown) or _pictured_link(markdown)
            return (pictured[0], pictured[1], last) if pictured is not None else None
    if "[" in markdown[:_MAX_BEFORE_LINK] and not _image_line(markdown):
        inline = render(markdown)
        links = inline.links
        if len(links) == 2 and _read_more(inline.text, links[0].end, links[1]):
            links = links[:1]  # "[Title](url) [Weiter ›](url)": the card's "read more" link
            end = len(inline.text)
        else:
            end = links[0].end if len(links) == 1 else 0
        if len(links) == 1:
            link = links[0]
            before = inline.text[: link.start].strip(BLANK + "•·-|")
            # "03.05.2020 [Title](url)": a date may stand before the link.
            dated = not before or (len(before) <= 20 and any(c.isdigit() for c in before))
            if labelled and not dated:
                dated = _kicker(before)
            if dated and not inline.text[end:].strip(BLANK) and link.text:
                title = _clean_title(link.text)
                return (title, link.url, last) if title else None
            if not before and not link.text.strip(BLANK):
                return _after_blank_link(inline.text[link.end :], link.url, last)
    if last != index:
        return None  # the item's lines joined read as no link: not as a card either
    if _image_line(markdown):
        pictured = _titled_picture(markdown) or _pictured_link(markdown)
        if pictured is not None:
            return pictured[0], pictured[1], index
    return _multiline_link(context, index, markdown)


def _item_lines(context: Context, index: int, markdown: str) -> tuple[str, int]:
    """A list item's text that leaves a link open, joined with its own lines down to the close.

    A converter that wraps list items indents the lines it broke; the link's text runs on
    there, each line where the dump's wrap width broke it (:func:`runs_on`), and so may a
    title attribute after the address. Returns the joined text and its last line, or
    ``markdown`` and ``index`` when the link does not close on the item's own lines (at most
    four, no other link opening).
    """
    parts = [markdown.rstrip(BLANK)]
    probe = index
    for _ in range(_MAX_WRAPPED_LINES):
        probe += 1
        if probe >= context.count or not _continuation(context, probe):
            return markdown, index
        line = line_markdown(context, probe)
        if len(line) > _MAX_WRAPPED_LINE or "[" in IMAGE.sub("", line):
            return markdown, index
        # Once the link's text has closed, its address must close below: no break to measure.
        closing = any("](" in part for part in parts[1:])
        if not (closing or runs_on(context, probe) or _broken_before_address(context, probe)):
            return markdown, index  # a card's own line (a kicker over its headline), not a break
        parts.append(line.strip(BLANK))
        if _link_closed(" ".join(parts[1:])):
            break
    else:
        return markdown, index
    # What closes the item's emphasis after the link ("    **") is its last line too.
    if probe + 1 < context.count and _continuation(context, probe + 1):
        rest = context.lines[probe + 1].strip(BLANK)
        if rest and not rest.strip("*_"):
            probe += 1
            parts.append(rest)
    return " ".join(parts), probe


def _paragraph_lines(context: Context, index: int, markdown: str) -> tuple[str, int]:
    """A paragraph's line that leaves a link open, joined with the lines wrapping broke off it.

    In a dump wrapped at a width a link of its own paragraph runs on over its next lines: the
    rest of its text (each line where the width broke it, :func:`runs_on`), then its address
    and title attribute. Returns the joined text and its last line, or ``markdown`` and
    ``index`` when the link does not close within the paragraph's next few lines (no other link
    opening).
    """
    parts = [markdown.rstrip(BLANK)]
    # A linked picture left open, or a link whose address or title goes on below: every line
    # down to its close is the link's.
    closing = _picture_left_open(markdown) or _address_open(markdown)
    probe = index
    for _ in range(_MAX_PARAGRAPH_LINK_LINES):
        probe += 1
        if probe >= context.count or context.blank[probe] or context.shape(probe) is not Shape.TEXT:
            return markdown, index
        line = line_markdown(context, probe)
        if len(line) > _MAX_WRAPPED_LINE or "[" in IMAGE.sub("", line):
            return markdown, index
        # Once the link's text has closed, its address and title must close below.
        closing = closing or any("](" in part for part in parts[1:])
        if not (closing or runs_on(context, probe) or _broken_before_address(context, probe)):
            return markdown, index  # a line of its own, not one the width broke
        parts.append(line.strip(BLANK))
        joined = " ".join(parts)
        if _link_closed(joined) and not _left_open(joined):
            return joined, probe
    return markdown, index


def _address_open(markdown: str) -> bool:
    """Whether ``markdown`` closes a link's text but leaves its address or title open.

    ``[![](/img/pier.jpg)](/news/pier`` over ``"Pier repairs start")``: a wrapping converter
    broke the link's title attribute off its line.
    """
    rest = IMAGE.sub("", markdown)
    return "](" in rest and not _link_closed(rest)


def _picture_end(context: Context, index: int) -> int:
    """The last line of a linked picture that wrapping broke over lines at ``index``, else it."""
    if context.shape(index) is not Shape.TEXT:
        return index
    markdown = _item_markdown(line_markdown(context, index))
    if not (markdown.startswith("[![") and _paragraph_link_open(context, markdown)):
        return index
    return _paragraph_lines(context, index, markdown)[1]


def _paragraph_link_open(context: Context, markdown: str) -> bool:
    """Whether a paragraph's line leaves its link open in a wrapped dump (pictures inside too)."""
    return bool(wrap_width(context)) and (
        _left_open(markdown) or _picture_left_open(markdown) or _address_open(markdown)
    )


def _picture_left_open(markdown: str) -> bool:
    """Whether ``markdown`` opens a link on a picture that the line leaves unfinished.

    ``[![Alt text the converter`` over ``wrapped](src)](url)``, ``[![](src`` over
    ``"Photo: Jo Park")](url)``: wrapping broke the picture's alt text or title off its line.
    """
    return markdown.startswith("[![") and IMAGE.match(markdown, 1) is None


# A wrapped link of its own paragraph: its text, address and title attribute over a few lines.
_MAX_PARAGRAPH_LINK_LINES: Final = 6


def _over_lines(context: Context, index: int, last: int) -> bool:
    """Whether a link item from line ``index`` to ``last`` is written over several lines.

    A list item or paragraph whose lines only wrapping broke (:func:`_item_lines`,
    :func:`_paragraph_lines`) is one line of the unwrapped dump, and is read as one: a card is a
    link whose own lines part its pieces.
    """
    if last <= index:
        return False
    markdown = _item_markdown(line_markdown(context, index))
    if context.shape(index) is Shape.TEXT and _paragraph_link_open(context, markdown):
        return _paragraph_lines(context, index, markdown)[1] != last
    if context.shape(index) is not Shape.LIST_ITEM:
        return True
    return not _left_open(markdown) or _item_lines(context, index, markdown)[1] != last


def _link_closed(line: str) -> bool:
    """Whether the link whose text ``](`` closes on ``line`` also closes its address there.

    ``Radon?](/a/radon.html`` leaves its title attribute (``"More on radon")``) to the next
    line.
    """
    close = line.rfind("](")
    if close < 0:
        return False
    rest = line[close + 1 :]
    return rest.count("(") <= rest.count(")")


def _after_blank_link(rest: str, url: str | None, index: int) -> tuple[str, str | None, int] | None:
    """A card whose link holds no text, its title written after it: ``* [ ](url) Title``.

    Converters write a card's picture link so when they drop the picture it wrapped; the title
    that follows on the same line is the card's. A sentence of prose there is no title.
    """
    title = _without_glued_kicker(" ".join(rest.split()))
    if len(title.split()) < _MIN_CARD_WORDS or is_prose(title):
        return None
    return title, url, index


# A section name glued to the title after it: "Town councilWhy the lights", "dpa-SportnewsRace"
_GLUED_KICKER: Final = re.compile(r"(?:[^\W\d_]|-){0,40}?[a-zß-ÿ]{5}(?=[A-ZÀ-Þ][a-zß-ÿ]{2})")


def _without_glued_kicker(title: str) -> str:
    """``title`` without a kicker glued to its front, as a converter joins a card's two lines.

    The kicker is a few words whose last runs on, lower case, into a capital
    (``Paper craftHow ...``); five lower-case letters before the capital keep names written in
    camel case (``PowerPoint``, ``YouTube``) whole.
    """
    words = title.split(" ")
    for position, word in enumerate(words[:_MAX_KICKER_WORDS]):
        glued = _GLUED_KICKER.match(word)
        if glued is None:
            continue
        rest = " ".join([word[glued.end() :], *words[position + 1 :]])
        return rest if len(rest.split()) >= _MIN_CARD_WORDS else title
    return title


# A link holding no text at the start of an item: "* [ ](url)", "[](url)"
_BLANK_LINK: Final = re.compile(r"\[[ \t]{0,4}\]\(")


def _blank_link_card(line: str) -> bool:
    """Whether ``line`` opens with a link holding no text (a card, :func:`_after_blank_link`)."""
    return _BLANK_LINK.match(_item_markdown(line)) is not None


# A picture's file name, not a title: "IMG_2041.jpg", "teaser-150x150", "slide.png"
_MAX_KICKER_WORDS: Final = 3


def _kicker(text: str) -> bool:
    """A teaser's section name before its link: a few words, no sentence and no label."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_KICKER_WORDS
        and len(text) <= _MAX_BEFORE_LINK
        and text[-1:] not in ".!?:,;"
        and text[:1].isupper()
    )


_FILE_NAME: Final = re.compile(
    r"[.](?:jpe?g|png|gif|webp|svg|avif)\b|[0-9]{2,4}x[0-9]{2,4}|_", re.I
)


def _one_line_card(line: str) -> bool:
    """A teaser card on one line: a blank link before its title, or a picture linked with it."""
    return _blank_link_card(line) or _titled_picture(_item_markdown(line)) is not None


def _titled_picture(markdown: str) -> tuple[str, str] | None:
    """A linked picture with the story's title linked to the same page, and that title.

    ``[![alt](src) Title of it](url)`` or ``[![alt](src)](url)[Title of it](url)``: converters
    write a teaser card so when its picture and headline share one link, or sit side by side.
    """
    inline = render(markdown)
    worded = [link for link in inline.links if link.text.strip(BLANK)]
    if len(inline.images) != 1 or len(worded) != 1:
        return None
    link = worded[0]
    title = _clean_title(link.text)
    if inline.text.strip(BLANK) != link.text.strip(BLANK) or link.url != inline.images[0].link:
        return None
    if not link.url or len(title.split()) < _MIN_CARD_WORDS or title == inline.images[0].alt:
        return None
    return title, link.url


def _pictured_link(markdown: str) -> tuple[str, str] | None:
    """A linked picture whose alt text is a headline: ``[![Title of the story](src)](url)``.

    Teaser lists often hold only the picture, its alt text the story's title. An alt text that
    is a file name, or of fewer than three words, is no title; a link to a picture file
    (``[![alt](small.jpg)](large.jpg)``) shows the picture enlarged and leads to no story.
    """
    inline = render(markdown)
    if len(inline.images) != 1:
        return None
    image = inline.images[0]
    title = " ".join(image.alt.split())
    if inline.text.strip(BLANK) not in ("", image.alt.strip(BLANK)):
        return None
    if not image.link or len(title.split()) < _MIN_CARD_WORDS or _FILE_NAME.search(title):
        return None
    if picture_file(image.link):
        return None
    return title, image.link


# A picture file's address, its query aside: ".../photo_large.jpg", "/img/a.png?w=1200".
def _multiline_link(
    context: Context, index: int, markdown: str
) -> tuple[str, str | None, int] | None:
    """A link opened on line ``index`` and closed a few lines below, its title the text inside."""
    if not markdown.startswith("["):
        return None
    # Nothing but a picture may open and close on the first line ("[![alt](src)").
    opening = _LEADING_IMAGE.sub("", markdown[1:], count=1)
    if "[" in opening or "](" in opening:
        return None
    parts = [markdown[1:]]
    probe = index
    for _ in range(_MAX_LINK_LINES):
        probe += 1
        if probe >= context.count:
            return None
        line = line_markdown(context, probe)
        if len(line) > 600:
            return None
        closing = _LINK_CLOSE.search(line)
        if closing is None and "](" in line and _title_below(context, probe):
            # '...over two lines](url "A title' / 'attribute wrapping broke")': one closing.
            line = f"{line.rstrip(BLANK)} {line_markdown(context, probe + 1).strip(BLANK)}"
            closing = _LINK_CLOSE.search(line)
            if closing is not None:
                _add_part(context, probe, parts, closing["label"])
                probe += 1
                return _link_reading(parts, closing, probe)
        if closing is None:
            if "[" in line or "](" in line:
                return None  # another link: this one was never opened
            _add_part(context, probe, parts, line)
            continue
        if "[" in line[: closing.start()]:
            return None
        _add_part(context, probe, parts, closing["label"])
        return _link_reading(parts, closing, probe)
    return None


def _link_reading(
    parts: list[str], closing: re.Match[str], last: int
) -> tuple[str, str | None, int] | None:
    """The title, URL and last line of a link whose text is ``parts``."""
    under_kicker = _title_under_kicker(parts)
    title = under_kicker[0] if under_kicker is not None else _inner_title(parts)
    url = closing["url"] or None
    # A paragraph of prose linked as a whole (a card's summary) is no title.
    return (title, url, last) if title and not is_prose(title) else None


def _title_below(context: Context, index: int) -> bool:
    """Whether the line under ``index`` may end a link's title attribute wrapping broke."""
    following = index + 1
    return (
        following < context.count
        and not context.blank[following]
        and context.shape(following) is Shape.TEXT
        and len(context.lines[following]) <= 600
        and "[" not in context.lines[following]
    )


def _add_part(context: Context, index: int, parts: list[str], text: str) -> None:
    """Add line ``index`` of a link's text to ``parts``, joining a line wrapping broke.

    ``[A title the converter broke`` / ``over two lines](url)``: one line of the title.
    """
    if _UNDERLINE.fullmatch(text.strip(BLANK)):
        parts.append(text)  # a setext heading's underline ends its title; it runs on nothing
    elif parts and (runs_on(context, index) or _broken_before_address(context, index)):
        parts[-1] = f"{parts[-1].rstrip(BLANK)} {text.strip(BLANK)}"
    else:
        parts.append(text)


def _broken_before_address(context: Context, index: int) -> bool:
    """Whether line ``index`` opens with a link's last word, glued to its address, wrapped down.

    ``* [Where the ferry`` over ``  stops](/news/ferry-stops)``: the word and the address are one
    word to a wrapping converter, too long to fit the line above at the dump's wrap width, or
    set on the list item's own continuation line (a list of such links gives no width to
    measure: each of its lines is broken before one long word).
    """
    if index < 1 or context.blank[index - 1]:
        return False
    word = context.lines[index].lstrip(" \t").split(" ", 1)[0]
    if "](" not in word or word.startswith(("[", "![")):
        return False
    if context.shape(index - 1) is Shape.LIST_ITEM and _continuation(context, index):
        return True
    if _opens_link_text(context.lines[index - 1]) and (
        word.split("](", 1)[0].casefold().strip(SEPARATORS + ".…»›>")
        not in current().read_more_links
    ):
        # "[Pier repairs start in" / "June](/news/pier)": the link's only line of text above, so
        # the word ends its title; a "read more" word there is the card's own link text.
        return True
    width = wrap_width(context)
    return bool(width) and len(context.lines[index - 1].rstrip(" \t")) + 1 + len(word) > width


def _opens_link_text(line: str) -> bool:
    """Whether ``line`` opens a link with words (no picture, no heading) and leaves it open."""
    markdown = _item_markdown(line)
    return (
        markdown.startswith("[")
        and markdown[1:2] not in ("!", "#", "")
        and "]" not in markdown
        and bool(markdown[1:].strip(BLANK))
    )


def _inner_title(parts: list[str]) -> str:
    """The title among the lines inside a teaser link.

    A heading (ATX or setext) if there is one, else the first line of a few words that is no
    picture credit (``© Jane Doe``), else the first line of text.
    """
    texts: list[tuple[str, bool]] = []
    paragraph = 0  # where the current paragraph's lines start in ``texts``
    for part in parts:
        stripped = part.strip(BLANK)
        if not stripped:
            paragraph = len(texts)
            continue
        if _image_line(stripped) or stripped.startswith("![") or _mark(stripped):
            continue
        if _UNDERLINE.fullmatch(stripped):
            # A setext heading: its first line is the title ("Title\n19.01.2020\n-----").
            if len(texts) > paragraph:
                texts[paragraph] = (texts[paragraph][0], True)
            continue
        text = _clean_title(render(_heading_free(stripped)).text)
        if text:
            texts.append((text, stripped.startswith("#")))
    for text, heading in texts:
        if heading:
            return text
    for text, _ in texts:
        if len(text.split()) >= 3 and text[:1] != "©":
            return text
    return texts[0][0] if texts else ""


def _element(context: Context, first: int, last: int, reading: RelatedReading) -> RelatedLink:
    span = context.lines_span(first, last)
    return RelatedLink(
        raw=context.raw(span),
        span=span,
        label=reading.label,
        title=reading.title,
        url=reading.url,
    )


_MIN_CARD_WORDS: Final = 3


def _author_link(url: str | None) -> bool:
    """Whether a link goes to an author's page (``/autor/jane-doe``): a byline, not an article."""
    if not url:
        return False
    try:
        path = urlsplit(url).path.casefold()
    except ValueError:  # a bracket left open in the host is no URL urlsplit reads
        return False
    return any(segment in current().author_path_segments for segment in path.split("/")[:-1])


def _home_link(url: str | None) -> bool:
    """Whether a link goes to a site's front page (``https://example.com/``, ``/``): no story."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracket left open in the host is no URL urlsplit reads
        return False
    if parts.query or parts.fragment:
        return False
    return parts.path == "/" or (parts.path == "" and bool(parts.netloc))


def _mostly_date(title: str) -> bool:
    """Whether a date phrase takes up most of ``title``."""
    covered = sum(found.end - found.start for found in find_dates(title) if found.has_date)
    return covered * 2 >= len(title.strip())


_MAX_SECTION_WORDS: Final = 4


# The name of an icon-font glyph a converter leaves as text: "keyboard_arrow_left", "filter_none"
_ICON_NAME: Final = re.compile(r"[a-z]{2,20}(?:_[a-z]{2,20}){1,3}")


_SECTION_PAIR_WORDS: Final = 3


def _generic(title: str, minimum: int = _MIN_CARD_WORDS) -> bool:
    """A link that is part of a teaser card, not its title.

    It only says "read more" (``[Weiterlesen](#)``), names a section or tag in fewer than
    ``minimum`` words (``[Feature](#)``, ``[Premier League](#)``), or leads to more of a section
    (``More in X``).
    """
    key = title.casefold().strip(BLANK + SEPARATORS + ".…")
    words = key.split()
    if words and _ICON_NAME.fullmatch(words[0]):
        # "keyboard_arrow_left Zurück zur Startseite": an icon font's glyph name, then the label
        # of a page's furniture.
        return True
    if key[:1] in ("©", "℗"):
        return True  # "© 2024 Example Media": a copyright line, not a story
    if len(words) <= 2 and any(map(str.isdigit, key)):
        return True  # "[66 Likes](#)", "[12 Kommentare](#)"
    if len(words) < minimum or key in current().read_more_links or key in current().related_labels:
        return True
    if len(words) == _SECTION_PAIR_WORDS and words[1] == "&":
        return True  # "[Boats & Harbours](#)", "[Hafen & Küste](#)": a section's name
    if any(map(str.isdigit, key)) and _mostly_date(title):
        return True  # "[20. November 2022 um 10:36 Uhr](#)": a permalink, not a title
    # "More in Good Deals", "Mehr zum Buch": a section link that opens with "more".
    return len(words) <= _MAX_SECTION_WORDS and words[0] in current().read_more_links


def _filler(context: Context, index: int) -> bool:
    """A line a teaser card may hold beside its link: a picture, a date, a short line of text.

    Only claimed when another link follows it, so a list never runs into the body.
    """
    line = line_markdown(context, index)
    if is_prose(context.inline(index).text):
        return False  # a paragraph of prose is the article's, whatever link follows it
    if line[:2] in ("  ", "\t ") and context.shape(index) is Shape.TEXT:
        return True  # a list item's continuation: the teaser's summary
    markdown = _item_markdown(line)
    if _image_line(markdown):
        return True
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM):
        return False
    if current().boilerplate.get(context.first_word(index)) is BoilerplateKind.TAGS:
        return False  # "Tags: [a](#) • [b](#)" ends a box
    text = context.inline(index).text
    if _box_label(text):
        return False  # "**Topic:**", "Mehr aus der Region:": the next box's label ends this one
    return len(text) <= _MAX_FILLER


_MAX_BOX_LABEL_WORDS: Final = 5


def _box_label(text: str) -> bool:
    """Whether a line is a short label ending in a colon (``Topic:``), with no link after it."""
    stripped = text.strip(BLANK + "*_")
    return stripped.endswith(":") and len(stripped.split()) <= _MAX_BOX_LABEL_WORDS


_MAX_FILLER: Final = 300
_MAX_FILLERS: Final = 5


def _continuation(context: Context, index: int) -> bool:
    """Whether line ``index`` goes on the list item above it (indented, no bullet of its own)."""
    return line_markdown(context, index)[:2] == "  " and context.shape(index) is Shape.TEXT


def _continuation_end(context: Context, end: int) -> int:
    """The last line of a list item whose summary goes on, indented, under its link."""
    while (
        end + 1 < context.count
        and line_markdown(context, end + 1)[:2] == "  "
        and context.shape(end + 1) is Shape.TEXT
        and end + 1 < (context.footer_line or context.count)
        and not is_prose(context.inline(end + 1).text)
    ):
        end += 1
    return end


class _Box:
    """A related list being read: what it holds so far and where the next line is looked for.

    A plain class, not attrs: mypyc (the optional compiled build) compiles a class in a compiled
    module as a native one, and would take an ``attrs.field(factory=list)`` for the list itself.
    """

    def __init__(self, *, first: int, last_used: int) -> None:
        self.first = first  # the first line the next element takes
        self.last_used = last_used  # the last line taken so far
        self.elements: list[Element] = []
        self.found: list[Found] = []
        self.pending: list[Element] = []  # kept only if another link follows
        self.fillers = 0
        self.summarised = False  # the pending summary is a headed card's (see _card_summary)

    def add(self, element: Element) -> None:
        """Take a related link, and the summaries held before it as body text."""
        self.elements.extend(self.pending)
        self.found.extend([Found.BODY] * len(self.pending))
        self.elements.append(element)
        self.found.append(Found.RELATED)
        self.pending = []
        self.summarised = False
        self.fillers = 0
        self.last_used = element.span.end_line - 1
        self.first = self.last_used + 1

    def replace_last(self, element: Element) -> None:
        """Put ``element`` (the same card, read further) in place of the last related link."""
        self.elements[-1] = element
        self.last_used = element.span.end_line - 1
        self.first = self.last_used + 1

    def can_hold(self, context: Context, summary: tuple[tuple[Element, ...], int]) -> bool:
        """Whether a summary starts right after the box's last element (blank lines between).

        A line between them (a date, a layout mark) would belong to no element: the summary's
        elements keep their own spans.
        """
        start = summary[0][0].span.line - 1 if summary[0] else summary[1] + 1
        return all(not context.lines[i].strip() for i in range(self.first, start))

    def hold(self, summary: tuple[tuple[Element, ...], int], *, card: bool = False) -> None:
        """Hold a teaser's summary (its last line ``summary[1]``) until another link follows."""
        self.pending = list(summary[0])
        self.summarised = card
        self.fillers = 0
        self.last_used = summary[1]
        self.first = self.last_used + 1


def _list_claim(context: Context, index: int, label: str | None, start: int) -> Claim | None:
    """The links from line ``start`` on, one element each.

    The first element takes the lines from ``index`` (the label), each later one the lines after
    the element before it (a teaser's picture and date go with its link). A teaser's summary of
    prose, indented under its link, stays body text, and the list goes on after it.
    """
    box = _Box(first=index, last_used=start - 1)
    probe = start
    while len(box.found) - box.found.count(Found.BODY) < _MAX_LIST:
        probe_line = context.next_nonblank(probe)
        if probe_line is None or probe_line - box.last_used > 3:
            break
        if context.footer_line is not None and probe_line >= context.footer_line:
            break
        if layout_mark(context, probe_line) and (box.elements or box.fillers):
            # "::: {.card}" between the cards of a box, or between a card's picture and its
            # headline: no text, the card or the next one goes on.
            box.last_used = probe_line
            probe = probe_line + 1
            continue
        if probe_line > start and (
            _label_line(context, probe_line) is not None or _listing_line(context, probe_line)
        ):
            break  # the next box's label
        item = _link_item(context, probe_line, labelled=label is not None)
        if item is not None and _headline_after_kicker(box.elements, item):
            first = box.elements[-1].span.line - 1
            element = _element(
                context, first, _item_end(context, probe_line, item), _reading(label, item)
            )
            box.replace_last(_with_date_after(context, element))
            probe = box.first
            continue
        if item is not None and (
            _repeats(box.elements, item[0], item[1]) or _headline_follows(context, probe_line, item)
        ):
            item = None  # one teaser card: its picture and headline link to the same page
        if item is not None and _takes(context, probe_line, item, summarised=box.summarised):
            end = _item_end(context, probe_line, item)
            element = _element(context, box.first, end, _reading(label, item))
            box.add(_with_date_after(context, element))
            summary = _summary_after(context, box.last_used)
            if summary is not None and box.can_hold(context, summary):
                box.hold(summary)
            probe = box.first
            continue
        listed = () if item is not None else _listed_item(context, box.first, probe_line, label)
        if listed and not box.summarised:
            for element in listed:
                box.add(element)
            probe = box.first
            continue
        card_summary = _card_summary(context, probe_line, label, box.elements, box.pending)
        if card_summary is not None and box.can_hold(context, card_summary):
            box.hold(card_summary, card=True)
            probe = box.first
            continue
        if (
            (box.pending and not _headed_cards(label, box.elements))
            or box.fillers >= _MAX_FILLERS
            or not (item is not None or _filler(context, probe_line))
        ):
            break
        if not _continuation(context, probe_line):
            box.fillers += 1  # a list item's own lines (its card's tags) count as one
        box.last_used = item[2] if item is not None else _picture_end(context, probe_line)
        probe = box.last_used + 1
    if Found.RELATED not in box.found:
        return None
    return Claim(
        elements=tuple(box.elements),
        found=tuple(box.found),
        next_line=box.elements[-1].span.end_line,
    )


_MIN_CARD_LINES_WORDS: Final = 2
_MIN_LISTED_WORDS: Final = 4
_WORD: Final = re.compile(r"\w{1,80}")


def _takes(
    context: Context, index: int, item: tuple[str, str | None, int], *, summarised: bool
) -> bool:
    """Whether a box takes the link on line ``index`` as one of its related links."""
    # A card written over several lines (picture, headline, summary in one link) may have a
    # headline of two words; a one-line link of three words or fewer mostly names a section, a
    # team, a product or a page of the site (three in four such links on real pages).
    if _over_lines(context, index, item[2]):
        if _generic(item[0], _MIN_CARD_LINES_WORDS):
            return False
    elif _generic(item[0]) or len(_WORD.findall(item[0])) < _MIN_LISTED_WORDS:
        return False  # words as a reader counts them: "Mid-term deal off" has four
    if _author_link(item[1]) or _home_link(item[1]):
        return False
    # After a card's summary only another card's headline goes on with the box.
    headline = _HEADLINE_LINK.match(line_markdown(context, index)) or context.setext_level(index)
    return not summarised or bool(headline)


def _headed_cards(label: str | None, elements: list[Element]) -> bool:
    """Whether a labelled box's last link is a card's headline: a heading, or a link around one.

    ``## [Title](url)``, ``[# Title](url)`` or a setext ``[Title](url)`` under ``Related
    articles``: such cards carry a summary, a date and a "read more" link between their headlines.
    """
    last = elements[-1] if elements else None
    if label is None or not isinstance(last, RelatedLink):
        return False
    lines = last.raw.splitlines()
    if any(_HEADLINE_LINK.match(line) for line in lines):
        return True
    # "[Title](url)" over "-----": a link set as a setext heading
    return any(
        line.startswith("[") and _UNDERLINE.fullmatch(under)
        for line, under in itertools.pairwise(lines)
    )


# A card's headline: a heading that is a link, or a link whose text is a heading.
_HEADLINE_LINK: Final = re.compile(r"[ ]{0,3}(?:#{1,6}[ ]{1,4}\[|\[#{1,6}[ ])")


def _card_summary(
    context: Context,
    index: int,
    label: str | None,
    elements: list[Element],
    pending: list[Element],
) -> tuple[tuple[Element, ...], int] | None:
    """A paragraph of prose under a card's headline in a labelled box: the card's summary.

    It stays body text (as :func:`_summary_after` makes it), kept only if another link follows.
    """
    if pending or not _headed_cards(label, elements) or context.shape(index) is not Shape.TEXT:
        return None
    paragraph, after = paragraph_at(context, index)
    # The summary may open with the card's section on a line of its own ("Pesticide" over the
    # prose and its "More..." link): the block's text is what reads as prose.
    if not is_prose(paragraph.text):
        return None
    return (paragraph,), after - 1


def _item_end(context: Context, index: int, item: tuple[str, str | None, int]) -> int:
    """The last line of a list item on line ``index``: its underline, its indented summary."""
    end = item[2]
    if end == index and context.setext_level(end):
        end += 1  # "[Title](url)" over "-----": a headline link's underline is its own
    return _continuation_end(context, end)


def _reading(label: str | None, item: tuple[str, str | None, int]) -> RelatedReading:
    """The related link a list item reads as, under the box's label."""
    return RelatedReading(label=label, title=item[0], url=item[1])


def _headline_after_kicker(elements: list[Element], item: tuple[str, str | None, int]) -> bool:
    """Whether a link to the same page as the last card's link is its headline, in more words.

    A card may link its kicker (``### [Storm damage](url)``) and then its headline (``[Storm
    damage closes the coast road for a week](url)``) to the same page: the headline is the title.
    """
    last = elements[-1] if elements else None
    if not isinstance(last, RelatedLink) or item[1] in (None, "", "#") or last.url != item[1]:
        return False
    kicker, headline = len(last.title.split()), item[0].rstrip(BLANK)
    if kicker > _MAX_KICKER_LINK_WORDS or headline[-1:] == "." or is_prose(headline):
        return False  # a card's summary linked under its headline is no headline
    return len(headline.split()) > kicker and not _generic(headline)


_MAX_KICKER_LINK_WORDS: Final = 4


def _repeats(elements: list[Element], title: str, url: str | None) -> bool:
    """Whether a link repeats the last related link of the list (its title, or its page)."""
    last = elements[-1] if elements else None
    if not isinstance(last, RelatedLink):
        return False
    return last.title == title or (url not in (None, "", "#") and last.url == url)


def _headline_follows(context: Context, index: int, item: tuple[str, str | None, int]) -> bool:
    """Whether a linked picture has its headline, linked to the same page, right under it."""
    if not _image_line(_item_markdown(line_markdown(context, index))) or item[1] in (None, "", "#"):
        return False
    # The card's date or section may stand between: "[![alt](src)](url)", "May 2", "[Title](url)".
    for following in range(item[2] + 1, min(item[2] + 5, context.count)):
        if context.blank[following] or _image_line(
            _item_markdown(line_markdown(context, following))
        ):
            continue
        headline = _link_item(context, following)
        if headline is not None and headline[1] == item[1]:
            return True
    return False


def _summary_after(context: Context, end: int) -> tuple[tuple[Element, ...], int] | None:
    """A teaser's summary of prose indented under its link on line ``end``, and its last line.

    The summary is body text (prose a related link cannot hold); made as the fallback makes it.
    """
    following = end + 1
    if (
        following >= context.count
        or line_markdown(context, following)[:2] != "  "
        or context.shape(following) is not Shape.TEXT
        or not is_prose(context.inline(following).text)
    ):
        return None
    paragraph, after = paragraph_at(context, following)
    return (paragraph,), after - 1


def _unclosed_bracket(line: str) -> bool:
    """Whether ``line`` opens a link it leaves open: no ``]`` after its ``[`` but pictures'."""
    return "]" not in IMAGE.sub("", line[1:])


def _card_line(line: str) -> bool:
    """A line inside a teaser card: its pictures aside, no bracket opens or closes anything."""
    rest = IMAGE.sub("", line)
    return "[" not in rest and "]" not in rest


_MAX_DATE_LINE: Final = 40


def _with_date_after(context: Context, element: RelatedLink) -> RelatedLink:
    """The last teaser of a box with the date line under its link (``November 20, 2023``)."""
    last = element.span.end_line - 1
    if context.in_header(last):
        return element  # a date in the header is the article's date
    following = context.next_nonblank(last + 1)
    if following is None or following - last > 2:
        return element
    text = context.inline(following).text
    if len(text) > _MAX_DATE_LINE or context.shape(following) is not Shape.TEXT:
        return element
    if not any(found.has_date for found in find_dates(text)):
        return element
    span = context.lines_span(element.span.line - 1, following)
    return attrs.evolve(element, span=span, raw=context.raw(span))


# An unlabelled list after the text is related when its links read as article titles.
_MIN_TITLE_WORDS: Final = 4
# ... or three for a card over several lines ("Vanilla Buttercream Frosting"; "Next post" has two)
_MIN_UNLABELLED_CARD_WORDS: Final = 3
_MIN_UNLABELLED: Final = 2


def _card_claim(context: Context, index: int) -> Claim | None:
    """A teaser card: a linked picture, then its headline linking to the same page."""
    line = line_markdown(context, index).strip(BLANK)
    if not line.startswith("[![") or context.in_header(index):
        return None
    last = index
    if _paragraph_link_open(context, line):
        line, last = _paragraph_lines(context, index, line)  # its title wrapped below it
    target = _LINK_CLOSE.search(line)
    following = context.next_nonblank(last + 1)
    if target is None or following is None or following - last > 2:
        return None
    if "](" not in line_markdown(context, following) and _kicker(
        context.inline(following).text.strip()
    ):
        # "[![](src)](url)", "News", "### [Title](url)": the card's section between them.
        kicker = following
        following = context.next_nonblank(kicker + 1)
        if following is None or following - kicker > 2:
            return None
    item = _link_item(context, following)
    if item is None or item[1] != target["url"] or _generic(item[0]) or _author_link(item[1]):
        return None
    reading = RelatedReading(label=None, title=item[0], url=item[1])
    element = _with_date_after(context, _element(context, index, item[2], reading))
    claim = Claim(elements=(element,), found=(Found.RELATED,), next_line=element.span.end_line)
    # A card of the "Most read" box is the site's story, not a related one.
    return _as_furniture(context, claim) if _under_listing(context, index) else claim


def _unlabelled_claim(context: Context, index: int) -> Claim | None:
    """A list of article-like links after the last paragraph of text, with no label above it."""
    card = _card_claim(context, index)
    if card is not None:
        return card
    item = _link_item(context, index)
    if item is None:
        return None
    # Before the tail only a run of teaser links written over several lines counts (a card each).
    if context.in_header(index):
        return None  # a dump with no paragraph of prose has no tail to speak of
    cards = _over_lines(context, index, item[2]) or _one_line_card(line_markdown(context, index))
    if index < context.tail_start and not cards:
        return None
    claim = _list_claim(context, index, None, index)
    if claim is None or len(claim.elements) < _MIN_UNLABELLED:
        return None
    for element in claim.elements:
        if not isinstance(element, RelatedLink):
            return None
        single = element.span.line == element.span.end_line
        # A card written over several lines with its picture (the picture, then the headline,
        # in one link) to another page of the site is a teaser with a shorter title than a
        # plain link needs; a shop's coupons on another host are not.
        if len(element.title.split()) < _MIN_TITLE_WORDS and (
            single
            or "![" not in element.raw
            or len(_WORD.findall(element.title)) < _MIN_UNLABELLED_CARD_WORDS
            or not _story_url(context, element.url)
        ):
            return None
        if index < context.tail_start and single and not _one_line_card(element.raw):
            return None
    if _menu_items(context, claim):
        return None
    if _under_listing(context, index):
        return _as_furniture(context, claim)  # "### Most read" over it: the site's stories
    return claim


# A file a link downloads rather than a page to read: "annual-report-2024.pdf".
_DOWNLOAD: Final = re.compile(
    r"[.](?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png|gif|webp|svg|mp[34]|epub)$", re.I
)
# The last part of an article's address: a slug of 3+ words ("a-story-title") or a number id.
_STORY_SLUG: Final = re.compile(r"[^\W_]{1,80}(?:[-_][^\W_]{1,80}){2}|[0-9]{4}")


def _host(netloc: str) -> str:
    """A URL's host as sites name themselves both ways: case-folded, ``www.`` dropped."""
    return netloc.casefold().removeprefix("www.")


def _story_url(context: Context, url: str | None) -> bool:
    """Whether ``url`` leads to another article of the dump's own site (``/news/a-story-title``).

    The site is the footer's address; a link to another site is a source the text cites, a link
    to the page itself or to a file (``.pdf``) is no story, and a story's address ends in a slug
    of several words or a number.
    """
    if not url:
        return False
    try:
        parts = urlsplit(url)
        page = urlsplit(context.footer_url or "")
    except ValueError:  # a bracket left open in the host is no URL urlsplit reads
        return False
    if parts.netloc:
        if parts.scheme not in ("http", "https") or _host(parts.netloc) != _host(page.netloc):
            return False
    elif not parts.path.startswith("/"):
        return False  # a fragment ("#part-2") or a path relative to the page
    path = parts.path.rstrip("/")
    if path == page.path.rstrip("/") or _DOWNLOAD.search(path):
        return False
    if any(part in current().section_path_segments for part in path.casefold().split("/")):
        return False  # "/tag/harbour-works/": a topic page, not a story
    return _STORY_SLUG.search(path.rsplit("/", 1)[-1]) is not None


def _own_block(context: Context, index: int, last: int | None = None) -> bool:
    """Whether line ``index`` is a block of its own: a list item, or a line between blank lines.

    ``last``: the line the block's link ends on, when wrapping broke it over lines.
    """
    if context.shape(index) is Shape.LIST_ITEM:
        return True
    end = index if last is None else last
    before = index == 0 or context.blank[index - 1]
    return before and (end + 1 >= context.count or context.blank[end + 1])


def _introduced(context: Context, index: int) -> bool:
    """Whether a sentence over ``index`` introduces it with a colon ("The study is online here:").

    A short or emphasised colon line (``**Read on:**``) is a box's label, not such a sentence.
    """
    above = context.prev_nonblank(index)
    if (
        above is None
        or "](" in line_markdown(context, above)
        or is_emphasised(line_markdown(context, above))
    ):
        return False
    text = context.inline(above).text
    return text.rstrip(BLANK).endswith(":") and not _box_label(text)


def _story_link_claim(context: Context, index: int) -> Claim | None:
    """A block that is only a link to another article of the site: a story link set into the text.

    ``[Title of another story](/news/title-of-another-story)`` between two paragraphs, as a list
    item or as a heading, with no label: a teaser the page puts in the text, not part of it.
    """
    if context.in_header(index) or not (_own_block(context, index) or wrap_width(context)):
        return None
    item = _link_item(context, index)
    if (
        item is None
        or not _own_block(context, index, item[2])
        or _over_lines(context, index, item[2])
        or _image_line(_item_markdown(line_markdown(context, index)))
    ):
        return None  # a linked picture is a card's, its alt text no title to trust
    # A list item whose link a wrapping converter broke runs over its own indented lines.
    title, url, last = item
    if len(title.split()) < _MIN_TITLE_WORDS or _generic(title) or _author_link(url):
        return None
    if not _story_url(context, url) or _introduced(context, index):
        return None
    reading = RelatedReading(label=None, title=title, url=url)
    return Claim(
        elements=(_element(context, index, last, reading),),
        found=(Found.RELATED,),
        next_line=last + 1,
    )


_MAX_LEAD_WORDS: Final = 8


def _led_story_claim(context: Context, index: int) -> Claim | None:
    """A short lead ending in a colon, then one link to another story of the site, on its own.

    ``*Also worth reading:* [Title of another story](/news/title-of-another-story)``, as a
    paragraph or a quote: a teaser set into the text, its lead (no known label) the label.
    """
    if context.in_header(index) or not _own_block(context, index):
        return None
    inline = render(_without_block_marker(line_markdown(context, index)))
    if len(inline.links) != 1 or inline.text[inline.links[0].end :].strip(BLANK + "*_"):
        return None
    link = inline.links[0]
    lead = inline.text[: link.start].strip(BLANK + "*_#")
    words = lead.rstrip(":").split()
    if not lead.endswith(":") or not 0 < len(words) <= _MAX_LEAD_WORDS:
        return None
    title = _clean_title(link.text)
    if len(title.split()) < _MIN_TITLE_WORDS or _generic(title) or _author_link(link.url):
        return None
    if not _story_url(context, link.url):
        return None
    reading = RelatedReading(label=" ".join(words), title=title, url=link.url)
    return Claim(
        elements=(_element(context, index, index, reading),),
        found=(Found.RELATED,),
        next_line=index + 1,
    )


_CARD_LINES: Final = 6


def _links_above(context: Context, index: int, url: str | None) -> bool:
    """Whether a line just above ``index`` (a card's picture or headline) links to ``url`` too."""
    if not url:
        return False
    needle = f"]({url}"
    return any(
        needle in line_markdown(context, above)
        for above in range(max(0, index - _CARD_LINES), index)
    )


def _loose_story_claim(context: Context, index: int) -> Claim | None:
    """A story link set into the text with no box label over it: navigation, out of the body.

    Publishers seldom mark such teasers as related, so they are kept as the page's furniture;
    under a heading (:func:`_headed_claim`) the same links make a labelled related box.
    """
    claim = _story_link_claim(context, index)
    if claim is None:
        return None
    span = claim.elements[0].span
    return Claim(
        elements=(_navigation(claim.elements[0].raw, span),),
        found=(Found.BOILERPLATE,),
        next_line=claim.next_line,
    )


def _over_links(context: Context, index: int) -> bool:
    """Whether line ``index`` is short and the line under it (a blank line aside) opens a link."""
    if len(line_markdown(context, index)) > _MAX_HEADING_LABEL or "](" in line_markdown(
        context, index
    ):
        return False
    last = _past_marks(context, index + 1 if context.setext_level(index) else index)
    following = context.next_nonblank(last + 1)
    if following is None or following - last > _HEADING_GAP:
        return False
    return _item_markdown(line_markdown(context, following))[:1] == "["


def _past_marks(context: Context, last: int) -> int:
    """The last line of a label with the layout marks under it (pandoc's ``::: {.box}``).

    A converter that keeps the page's boxes writes a mark between a box's label and its links;
    the mark holds no text, so the links still stand right under the label.
    """
    for _ in range(MAX_LAYOUT_MARKS):
        following = context.next_nonblank(last + 1)
        if (
            following is None
            or following - last > _HEADING_GAP
            or not layout_mark(context, following)
        ):
            break
        last = following
    return last


def _mark(line: str) -> bool:
    """Whether ``line`` only marks a layout box (``::: {.card}``, ``<div class="card">``)."""
    return line.lstrip(" ")[:1] in ":<" and line_shape(line) is Shape.RULE


_MAX_HEADING_LABEL: Final = 80
_MAX_HEADING_LABEL_WORDS: Final = 5
# A heading names its box in more words than a plain line may: "Das könnte Sie auch noch
# interessieren", "Vous aimerez peut-être aussi ces articles".
_MAX_HEADED_BOX_WORDS: Final = 8
_HEADING_GAP: Final = 2


def _heading_label(context: Context, index: int) -> tuple[str, int] | None:
    """A heading or a label line of its own that may name the box under it, and its last line.

    ``### Neu im Ressort``, ``**Mehr zum Thema**``, ``Weitere Nachrichten:``: a few words, no
    link, no sentence, no figure. A plain line must end in a colon: plain short lines over links
    are mostly a card's kicker, a price or an agency's sign-off. Whether a box follows is for
    :func:`_headed_claim` to say.
    """
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.HEADING) or not _over_links(context, index):
        return None
    line = line_markdown(context, index).strip(BLANK)
    text = render(_label_markdown(context, index)).text.strip(BLANK + "*_")
    if shape is Shape.TEXT and not context.setext_level(index):
        if index > 0 and not context.blank[index - 1]:
            return None  # the last line of a paragraph, not a line of its own
        if not is_emphasised(line) and text[-1:] != ":":
            return None
    colon = text.rstrip(BLANK).endswith(":")
    text = text.rstrip(SEPARATORS + " ")
    words = text.split()
    # A long heading names a box; a long one ending in a colon introduces the text's own list.
    long_box = shape is Shape.HEADING and not colon
    most = _MAX_HEADED_BOX_WORDS if long_box else _MAX_HEADING_LABEL_WORDS
    if not words or len(words) > most or text[-1:] in ".!?,;":
        return None
    if any(char.isdigit() for char in text) or is_prose(text):
        return None  # "4,95 €", "Top 10": a price or a count, not a box's name
    if words[0].casefold() in current().boilerplate or _listing_line(context, index):
        return None  # "Tags", "Share": the box is furniture; "Most read": the site's stories
    return text, index + 1 if context.setext_level(index) else index


def _headed_claim(context: Context, index: int) -> Claim | None:
    """A heading right over related links that no known label names: the box's label.

    The links are the ones found without a label (teaser cards, a list of titles after the
    text); the heading over them (``### Neu im Ressort``) names their box. It goes with the first
    link, out of the body, and every link of the run carries it.
    """
    heading = _heading_label(context, index)
    if heading is None:
        return None
    label, last = heading
    last = _past_marks(context, last)
    elements: list[Element] = []
    found: list[Found] = []
    diagnostics: list[Diagnostic] = []
    probe = context.next_nonblank(last + 1)
    while probe is not None and probe - last <= _HEADING_GAP + 1 and len(elements) < _MAX_LIST:
        claim = _unlabelled_run(context, probe)
        if claim is None:
            break
        elements.extend(_labelled(element, label) for element in claim.elements)
        found.extend(claim.found)
        diagnostics.extend(claim.diagnostics)
        last = claim.next_line - 1
        probe = context.next_nonblank(claim.next_line)
    if not elements:
        return None
    if _headed_cards(label, elements) and _links_back(context, probe, elements[-1]):
        # Cards whose headlines are headings carry a summary (with its "More..." link to the
        # card's page) and a date between them, which end a run of links found with no label:
        # read on as a labelled box reads its cards.
        start = context.next_nonblank(_past_marks(context, heading[1]) + 1)
        box = _list_claim(context, index, label, start) if start is not None else None
        if box is not None and box.found.count(Found.RELATED) > found.count(Found.RELATED):
            return box
    first = elements[0]
    span = context.span(context.source.starts[index], first.span.end)
    elements[0] = attrs.evolve(first, span=span, raw=context.raw(span))
    return Claim(
        elements=tuple(elements),
        found=tuple(found),
        next_line=elements[-1].span.end_line,
        diagnostics=tuple(diagnostics),
    )


_SUMMARY_LINES: Final = 8


def _links_back(context: Context, index: int | None, card: Element) -> bool:
    """Whether the block at line ``index`` links to ``card``'s page: the card's own summary."""
    url = card.url if isinstance(card, RelatedLink) else None
    if index is None or not url or url == "#":
        return False
    needle = f"]({url}"
    for line in range(index, min(index + _SUMMARY_LINES, context.count)):
        if context.blank[line]:
            break
        if needle in line_markdown(context, line):
            return True
    return False


def _unlabelled_run(context: Context, index: int) -> Claim | None:
    """The related links at line ``index`` that the rules find with no label, if any."""
    claim = (
        _teaser_claim(context, index)
        if line_markdown(context, index).lstrip(" ")[:1] == "["
        else None
    )
    if claim is None:
        claim = _unlabelled_claim(context, index)
    if claim is None:
        claim = _story_link_claim(context, index)
        first = claim.elements[0] if claim is not None else None
        if isinstance(first, RelatedLink) and _links_above(context, index, first.url):
            return None  # the card's second link to its story ("Read on: Title")
    if claim is None or Found.RELATED not in claim.found or claim.found[0] is not Found.RELATED:
        return None  # furniture (a "most read" box), or no link at all
    if any(isinstance(e, RelatedLink) and e.label is not None for e in claim.elements):
        return None  # a link that names its own box
    return claim


def _labelled(element: Element, label: str) -> Element:
    """``element`` with the box's ``label`` when it is a related link."""
    return attrs.evolve(element, label=label) if isinstance(element, RelatedLink) else element


def _menu_items(context: Context, claim: Claim) -> bool:
    """Whether an unlabelled list holds bare links that name sections: a menu, not stories.

    ``* [What is radiation?](url)``, ``* [UV light](url)``, ``* [Infrared](url)``: a list item
    that is one short link (a section's name) among the titles marks the whole list as a menu.
    """
    first, last = claim.elements[0].span.line - 1, claim.elements[-1].span.end_line
    for line in range(first, last):
        if context.shape(line) is not Shape.LIST_ITEM:
            continue
        item = _link_item(context, line)
        if item is not None and item[2] == line and _generic(item[0]):
            return True
    return False


_UNLINKED_SHAPES: Final = frozenset({Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING})
_MIN_UNLINKED_WORDS: Final = 4
_MAX_UNLINKED_WORDS: Final = 20


def _unlinked_title(context: Context, index: int) -> str | None:
    """A line that is only a story's title, its link dropped by the converter.

    A few words (not a sentence: no closing period, no prose), no link, no label of its own.
    """
    line = line_markdown(context, index)
    following = line_markdown(context, index + 1) if index + 1 < context.count else ""
    shape = context.shape(index)
    if context.setext_level(index):
        following = ""  # the underline, not a link's close
    if shape not in _UNLINKED_SHAPES or "[" in line or "]" in line or "](" in following:
        return None  # a link, or the text inside one that closes below
    if shape is Shape.TEXT:
        text = _clean_title(context.inline(index).text.strip(BLANK + "*_"))
    else:  # "* Title", "1. Title", "### Title": the box's list or cards, their links dropped
        text = _clean_title(render(_item_markdown(line)).text.strip(BLANK + "*_"))
    words = len(text.split())
    if not _MIN_UNLINKED_WORDS <= words <= _MAX_UNLINKED_WORDS or text[-1:] in ".:;,":
        return None
    if is_prose(text) or _label_line(context, index) is not None or _mostly_date(text):
        return None
    return text


_MAX_UNLINKED_FILLERS: Final = 3
_MIN_HEADED_TITLES: Final = 2


def _heading_level(context: Context, index: int) -> int:
    """The level of the heading on line ``index`` (ATX or setext), 0 when it is none."""
    if context.shape(index) is Shape.HEADING:
        return heading_level(line_markdown(context, index))
    return context.setext_level(index) or 0


def _card_note(context: Context, index: int) -> bool:
    """A line a card holds under its title: its date, or its summary indented under the item."""
    if _continuation(context, index):
        return True
    text = context.inline(index).text.strip(BLANK + "*_")
    return context.shape(index) is Shape.TEXT and bool(text) and _mostly_date(text)


def _unlinked_claim(context: Context, index: int, label: str, last: int) -> Claim | None:
    """A box label over titles written without their links (main-content dumps drop them).

    ``À écouter aussi`` then ``Réécouter Le débat du jour (2/4)``: one related link each, with no
    URL. A label that only says "read more" is left out (what follows it may be the text).
    Converters that drop links keep a card's other lines: a kicker over its title (``Climate``),
    a date, a summary under a headline, a "read more" line. When several headings of one level
    are titles, the box is those headings and the lines between them are their cards' (a
    summary of prose only there); otherwise the titles are plain lines or list items, with only
    short lines (kickers, dates, "read more") between them.
    """
    if label.casefold() in current().read_more_links:
        return None
    lines = _box_lines(context, last)
    headed = _headed_titles(lines)
    elements: list[Element] = []
    first = index
    fillers = summaries = 0
    for probe, level, title in lines:
        is_title = title is not None and (level == headed if headed else not level)
        if not is_title:
            if fillers >= (_MAX_CARD_FILLERS if headed else _MAX_UNLINKED_FILLERS):
                break
            if not _short_card_line(context, probe):
                if not headed or summaries:
                    break  # prose between plain titles, or a second paragraph: the text's
                summaries += 1
            fillers += 1  # a card's kicker, date or summary: the next title's element takes it
            continue
        end = probe + 1 if context.setext_level(probe) else probe
        reading = RelatedReading(label=label, title=title or "")
        elements.append(_element(context, first, end, reading))
        first = end + 1
        fillers = summaries = 0
        if len(elements) >= _MAX_LIST:
            break
    if not elements or (headed and len(elements) < _MIN_HEADED_TITLES):
        # One heading under a label is mostly the text's next section, the box itself dropped
        # by the converter; a box of cards has several headings of one level.
        return None
    return Claim(
        elements=tuple(elements),
        found=(Found.RELATED,) * len(elements),
        next_line=elements[-1].span.end_line,
    )


# Lines a box of unlinked cards may run over, and the lines a card may hold beside its title.
_MAX_BOX_LINES: Final = 80
_MAX_CARD_FILLERS: Final = 4
_MAX_SUMMARY_WORDS: Final = 60
_MAX_KICKER_LINE_WORDS: Final = 3


def _box_lines(context: Context, last: int) -> list[tuple[int, int, str | None]]:
    """The lines under a box label that may be its cards: each line, its heading level, its title.

    The run ends at a gap of more than one blank line, at the footer, or at a line no card
    holds (a paragraph of prose longer than a summary, another box's label).
    """
    lines: list[tuple[int, int, str | None]] = []
    probe = context.next_nonblank(last + 1)
    previous = last
    while probe is not None and probe - previous <= 2 and probe - last <= _MAX_BOX_LINES:
        if context.footer_line is not None and probe >= context.footer_line:
            break
        if "](" in line_markdown(context, probe):
            break  # a link: this box kept its links (another rule reads it), or the text goes on
        level = _heading_level(context, probe)
        title = _unlinked_title(context, probe)
        if title is None and not _card_part(context, probe):
            break
        lines.append((probe, level, title))
        previous = probe + 1 if context.setext_level(probe) else probe
        probe = context.next_nonblank(previous + 1)
    return lines


def _headed_titles(lines: list[tuple[int, int, str | None]]) -> int:
    """The heading level most titles of the box are set at, when two or more are; else 0.

    A box that opens with two plain titles or more is read as plain titles (the headings under
    it are the page's next box).
    """
    counts: dict[int, int] = {}
    plain = 0
    for _, level, title in lines:
        if title is None:
            continue
        if not level:
            plain += 1
        elif not counts and plain >= _MIN_HEADED_TITLES:
            return 0
        else:
            counts[level] = counts.get(level, 0) + 1
    if not counts:
        return 0
    level, count = max(counts.items(), key=lambda item: (item[1], -item[0]))
    return level if count >= _MIN_HEADED_TITLES else 0


def _card_part(context: Context, index: int) -> bool:
    """A line a card holds beside its title: a kicker, a date, a summary, a "read more" line."""
    if _card_note(context, index) or _short_card_line(context, index):
        return True
    if context.shape(index) is not Shape.TEXT or _label_line(context, index) is not None:
        return False
    return len(context.inline(index).text.split()) <= _MAX_SUMMARY_WORDS


def _short_card_line(context: Context, index: int) -> bool:
    """A kicker (``Climate``, ``Natur & Umwelt``), a date, a count or a "read more" line."""
    if _card_note(context, index):
        return True
    if context.shape(index) not in _UNLINKED_SHAPES or _label_line(context, index) is not None:
        return False
    text = render(_item_markdown(line_markdown(context, index))).text.strip(BLANK + "*_")
    key = text.casefold().strip(BLANK + SEPARATORS + ".…")
    if key in current().read_more_links:
        return True
    words = len(text.split())
    if words <= _MAX_BYLINE_WORDS and any(found.has_date for found in find_dates(text)):
        return True  # "by Jo Park on March 4, 2031": a card's byline and date
    return 0 < words <= _MAX_KICKER_LINE_WORDS and text[-1:] not in ".:;"


_MAX_BYLINE_WORDS: Final = 10


def _teaser_claim(context: Context, index: int) -> Claim | None:
    """A link written over several lines: ``[##### Title`` ... ``Leer más](#)``.

    Converters write a teaser card this way: a link around a picture, a headline and a summary.
    The title is the first line with text; the opening line must leave its bracket open.
    """
    line = line_markdown(context, index).lstrip(" ")
    if not line.startswith("[") or LINK.match(line) is not None or not _unclosed_bracket(line):
        return None
    title = render(_heading_free(line[1:])).text
    heading = bool(title) and line[1:].startswith("#")
    parts = [line[1:]]
    kicker_title = _title_under_kicker([line[1:]])
    probe = index
    steps = 0
    while steps < _TEASER_LINES and probe - index < _MAX_TEASER_SPAN:
        following = context.next_nonblank(probe + 1)
        if following is None or following - probe > 2:
            return None
        if not runs_on(context, following):
            steps += 1  # a line the dump's wrap width broke off counts with the one above
        closing_line = IMAGE.sub("", line_markdown(context, following))
        closing = _LINK_CLOSE.search(closing_line)
        if closing is None and _TITLE_BELOW.match(_next_line(context, following)):
            # "... weiterlesen.](url" over '"Title")': a wrapped title attribute closes it below.
            closing = _LINK_CLOSE.search(f"{closing_line} {_next_line(context, following)}")
            if closing is not None:
                following += 1
        if closing is not None:
            if "[" in closing_line:
                return None
            label_text = render(closing["label"]).text.strip()
            label = (
                label_text
                if label_text.casefold().rstrip(SEPARATORS + " ") in (current().related_labels)
                else None
            )
            # A link over several lines is a teaser when it says so or its title is a heading
            # ("[Support us.\n\nDonate now](#)" is an appeal, not a related link); a card that
            # closes on "read more" says so too ("[Section\n\nHeadline\n\nmehr lesen](#)"),
            # its headline its longest line (over the section and topic lines above it).
            closing_words = label_text.casefold().strip(SEPARATORS + " .…")
            read_more = closing_words in current().read_more_links
            if label is None and not read_more:
                # "[### Köln\n\n### Storm closes the coast road](#)": the headline under a kicker.
                kicker_title = _title_under_kicker([*parts, closing["label"]])
            if kicker_title is not None:
                title, heading = kicker_title
            if read_more and not heading and label is None:
                title = _longest_line(parts)
            if not title or (label is None and not heading and not read_more):
                return None
            if is_prose(title):
                # "[Twenty-five words of summary ...\n mehr...](url)": a paragraph linked as a
                # whole is the text's (or a card's summary), never a link's title.
                return None
            url = closing["url"] if closing["url"] not in ("", "#") else None
            if _home_link(url):
                # "[Site name\n===\n\nIts tagline\n---](https://example.com/)": the masthead.
                return _masthead_claim(context, index, following)
            reading = RelatedReading(label=label, title=title, url=url)
            element = _element(context, index, following, reading)
            claim = Claim(elements=(element,), found=(Found.RELATED,), next_line=following + 1)
            if label is None and _under_listing(context, index):
                return _as_furniture(context, claim)  # a card of the "Most read" box
            return claim
        if not _card_line(line_markdown(context, following)):
            return None
        parts.append(line_markdown(context, following))
        if not title:
            title = render(_heading_free(line_markdown(context, following))).text
            heading = line_markdown(context, following).lstrip(" ").startswith("#")
        probe = following
    return None


# The lines a teaser link may run over (a line the wrap width broke off not counted), and the
# most physical lines between its opening and its close.
_TEASER_LINES: Final = 6
_MAX_TEASER_SPAN: Final = 30
# A link's title attribute the wrap width set on a line of its own: '"Title of the story")'
_TITLE_BELOW: Final = re.compile(r"[ ]{0,3}\"[^\"\n]{0,500}\"\)\s{0,3}$")


def _next_line(context: Context, index: int) -> str:
    """The line after ``index`` (empty past the end)."""
    return context.lines[index + 1] if index + 1 < context.count else ""


def _card_texts(parts: list[str]) -> list[tuple[str, bool]]:
    """The lines of text inside a teaser link, each with whether it is set as a heading.

    Pictures, picture credits (``© Jane Doe``) and blank lines are left out; a setext underline
    makes the line above it a heading.
    """
    texts: list[tuple[str, bool]] = []
    for part in parts:
        stripped = part.strip(BLANK)
        if not stripped or _image_line(stripped) or stripped.startswith("![") or _mark(stripped):
            continue
        if _UNDERLINE.fullmatch(stripped):
            if texts:
                texts[-1] = (texts[-1][0], True)
            continue
        text = _clean_title(render(_heading_free(stripped)).text)
        if text and text[:1] != "©":
            texts.append((text, stripped.startswith("#")))
    return texts


def _title_under_kicker(parts: list[str]) -> tuple[str, bool] | None:
    """The headline of a teaser link that opens on a kicker, and whether the card has a heading.

    A card may open on its section, topic or place in a few words (``### Köln``, ``Karriere``)
    with the headline under it, in more words: the headline is the card's title. A kicker that
    is no heading only gives way to a headline set as one. ``None``: no kicker opens the card.
    """
    texts = _card_texts(parts)
    if len(texts) < 2 or not _kicker(texts[0][0]):
        return None
    kicker, kicker_heading = texts[0]
    for text, heading in texts[1:]:
        if not heading and not kicker_heading:
            continue  # under a plain kicker line only a heading is a headline
        if len(text.split()) <= len(kicker.split()) or is_prose(text) or text[-1:] == ".":
            return None  # a summary sentence, not a headline
        if not heading and _SENTENCE_BREAK.search(text):
            return None  # "It rained. Then the road closed": sentences of a summary
        return text, True
    return None


# Where one sentence ends and the next begins: ". In", "! Die".
_SENTENCE_BREAK: Final = re.compile(r"[.!?][ ]{1,3}[A-ZÀ-ÞА-Я]")


def _masthead_claim(context: Context, first: int, last: int) -> Claim:
    """A link over several lines to the site's front page: its name and tagline, navigation."""
    span = context.lines_span(first, last)
    raw = context.raw(span)
    element = Boilerplate(
        raw=raw, span=span, text=render(raw).text, kind=BoilerplateKind.NAVIGATION
    )
    note = context.diagnostic(
        Code.BOILERPLATE, "the site's front-page link kept out of the body", span, Severity.INFO
    )
    return Claim(
        elements=(element,), found=(Found.BOILERPLATE,), next_line=last + 1, diagnostics=(note,)
    )


def _longest_line(parts: list[str]) -> str:
    """The line of most words inside a teaser link, pictures, credits and prose aside."""
    best = ""
    for part in parts:
        stripped = part.strip(BLANK)
        if not stripped or _image_line(stripped) or stripped.startswith("![") or _mark(stripped):
            continue
        text = _clean_title(render(_heading_free(stripped)).text)
        if text[:1] != "©" and not is_prose(text) and len(text.split()) > len(best.split()):
            best = text
    return best


def _link_ends(context: Context, index: int, readings: tuple[RelatedReading, ...]) -> list[int]:
    """Where each link of line ``index`` ends in the input; empty unless they match ``readings``.

    Every link of the line must be written ``[text](url)`` and read as the reading says, so a
    cut never falls inside a link (a picture leaves the line whole); a reference link counts as
    the inline link it stands for.
    """
    base = context.source.starts[index]
    # Matched in the line with its reference links written inline; each end found in the input.
    line, written = written_inline(context.lines[index], context.references)
    matches = list(LINK.finditer(line))
    if len(matches) != len(readings):
        return []
    ends = []
    for match, reading in zip(matches, readings, strict=True):
        links = render(match.group(0)).links
        if len(links) != 1 or " ".join(links[0].text.split()) != reading.title:
            return []
        ends.append(base + input_position(written, match.end()))
    return ends


def _split_line(
    context: Context,
    first: int,
    index: int,
    readings: tuple[RelatedReading, ...],
    *,
    minimum: int = _MIN_CARD_WORDS,
) -> tuple[RelatedLink, ...]:
    """One related link per link of line ``index`` (``Read more: [A](u) | [B](u)``), or none.

    The first element takes the lines from ``first`` (the label, the bullet) up to the end of
    its link; each later one the separator before its link and the link; the last one also what
    closes the line (``**``, a period). Empty when a title names no story (:func:`_generic`
    with ``minimum`` words) or the links cannot be found in the line.
    """
    if any(_generic(reading.title, minimum) or _author_link(reading.url) for reading in readings):
        return ()
    ends = _link_ends(context, index, readings)
    if not ends:
        return ()
    start = context.source.starts[first]
    cuts = [*ends[:-1], context.source.line_end(index)]
    elements = []
    for reading, end in zip(readings, cuts, strict=True):
        span = context.span(start, end)
        elements.append(
            RelatedLink(
                raw=context.raw(span),
                span=span,
                label=reading.label,
                title=reading.title,
                url=reading.url,
            )
        )
        start = end
    return tuple(elements)


def _listed_item(
    context: Context, first: int, index: int, label: str | None
) -> tuple[RelatedLink, ...]:
    """A list item of a box that holds several story links: ``* [A](u) · [B](u)``."""
    if (
        context.shape(index) is not Shape.LIST_ITEM
        or len(line_markdown(context, index)) > _MAX_ITEM_LINE
    ):
        return ()
    readings = read_links(_item_markdown(line_markdown(context, index)), label)
    if any(len(_WORD.findall(reading.title)) < _MIN_LISTED_WORDS for reading in readings):
        return ()  # a line of short links is a menu or a tag list, as in _takes
    if any(_home_link(reading.url) for reading in readings):
        return ()
    return _split_line(context, first, index, readings)


def _without_block_marker(line: str) -> str:
    """The line without a list bullet or quote marker ("* ", "> ") in front; a heading keeps its."""
    return unmarked(line) if line_shape(line) in (Shape.LIST_ITEM, Shape.QUOTE) else line


def _label_word(context: Context, index: int) -> str:
    """The line's first word, or its second after an icon's glyph name (``filter_none``)."""
    word = context.first_word(index)
    if not _ICON_NAME.fullmatch(word):
        return word
    words = context.inline(index).text.split(None, 2)
    return words[1].casefold() if len(words) > 1 else word


def screen(context: Context, index: int) -> bool:
    """A plain line must open with a label word or a bracket; other shapes always pass."""
    if context.shape(index) is not Shape.TEXT:
        return True
    line = line_markdown(context, index)
    if line.lstrip(" *_>")[:1] == "[":
        return True
    if _over_links(context, index):
        return True  # a short line right over links may be their box's heading
    word = _label_word(context, index)
    if word not in related_words().first_words:
        return word in related_words().listing_first_words and len(line) <= _MAX_LISTING_LINE
    # A label needs a link or a separator after it, or stands alone over a list.
    return "[" in line or len(line) <= 60 or any(mark in line[:80] for mark in ":»›|—")


def rule(context: Context, index: int) -> Claim | None:
    """Claim a related link, a labelled list of them, or a teaser link over several lines."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING, Shape.QUOTE):
        return None
    line = line_markdown(context, index)
    if len(line) > 1000:
        return None
    bracket = line.lstrip(" *_>").startswith("[")
    listed = index >= context.tail_start and shape in (Shape.LIST_ITEM, Shape.HEADING)
    if (
        not bracket
        and not listed
        and _label_word(context, index) not in related_words().first_words
        and _label_word(context, index) not in related_words().listing_first_words
        and not _over_links(context, index)
    ):
        # "## [Title of another story](url)": a heading that is one story link.
        return _loose_story_claim(context, index) if shape is Shape.HEADING else None
    label = _label_line(context, index)
    if label is not None:
        last = _past_marks(context, label[1])
        box = _list_claim(context, index, label[0], last + 1)
        return box if box is not None else _unlinked_claim(context, index, label[0], last)
    claim = _unlabelled_rules(context, index)
    if claim is None:
        return None
    claim = _labelled_from_above(context, index, claim)
    return None if _unlabelled_elsewhere(context, claim) else claim


def _unlabelled_elsewhere(context: Context, claim: Claim) -> bool:
    """Whether every related link of ``claim`` has no label and leads to another site.

    With no box label to say so, a link to another site is one the text cites (a source, a
    shop, a picture agency, a group on a social network), not another story of the page: such
    links stay where the other rules put them.
    """
    links = [element for element in claim.elements if isinstance(element, RelatedLink)]
    return bool(links) and all(
        link.label is None and _one_line_link(link) and _other_site(context, link.url)
        for link in links
    )


def _one_line_link(link: RelatedLink) -> bool:
    """Whether the link is written on one line (``[Title](url)``), not as a card over several.

    A card written over several lines is a teaser whatever site it leads to (a partner's, an
    app store's); its lines are no text of the article.
    """
    last = link.raw.rstrip(BLANK).rsplit("\n", 1)[-1]
    return last.lstrip(" \t*+-").startswith("[")


def _other_site(context: Context, url: str | None) -> bool:
    """Whether ``url`` is an absolute address on another site than the dump's own footer address.

    Subdomains of one site are one site (``de.example.com``, ``www.example.com``); with no footer
    address nothing is known to be another site.
    """
    if not url or not context.footer_url:
        return False
    try:
        parts = urlsplit(url)
        page = urlsplit(context.footer_url)
    except ValueError:  # a bracket left open in the host is no URL urlsplit reads
        return False
    if parts.scheme not in ("http", "https") or not parts.netloc or not page.netloc:
        return False
    return _site(parts.netloc) != _site(page.netloc)


def _site(netloc: str) -> str:
    """A host's site: its last two names, port and case aside.

    Under a two-letter country's generic second level (``co.``, ``com.``, ``org.``, ...) it is
    the last three (``news.example.co.uk`` -> ``example.co.uk``); a short site name under a
    country stays the site (``sport.abc.at`` -> ``abc.at``).
    """
    names = _host(netloc.rsplit("@", 1)[-1].split(":", 1)[0]).split(".")
    country = len(names) >= 3 and len(names[-1]) == 2 and names[-2] in _COUNTRY_SECOND_LEVELS
    return ".".join(names[-3:] if country else names[-2:])


# The second-level names countries register sites under (DNS practice, not words of a language).
_COUNTRY_SECOND_LEVELS: Final = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


def _unlabelled_rules(context: Context, index: int) -> Claim | None:
    """The rules for a line that is no related label: listing boxes, teasers, labelled links."""
    line = line_markdown(context, index)
    listing = _listing_claim(context, index)
    if listing is not None:
        return listing
    headed = _headed_claim(context, index)
    if headed is not None:
        return headed
    if line.lstrip(" ").startswith("["):
        teaser = _teaser_claim(context, index)
        if teaser is not None:
            return teaser
    unlabelled = _unlabelled_claim(context, index)
    if unlabelled is not None:
        return unlabelled
    markdown = _without_block_marker(line)
    wrapped = _wrapped_label_link(context, index, markdown)
    if wrapped is not None:
        return wrapped
    reading = read_related(markdown)
    if reading is None:
        return _loose_story_claim(context, index) or _led_story_claim(context, index)
    several = _split_line(context, index, index, read_link_list(markdown), minimum=1)
    if several:
        return Claim(elements=several, found=(Found.RELATED,) * len(several), next_line=index + 1)
    return Claim(
        elements=(_element(context, index, index, reading),),
        found=(Found.RELATED,),
        next_line=index + 1,
    )


# The most lines a wrapping converter breaks a labelled link into ("Read more: [A title" /
# "broken over lines](url)"), and the longest line such a link's continuation may be.
_MAX_WRAPPED_LINES: Final = 4
_MAX_WRAPPED_LINE: Final = 600


def _left_open(markdown: str) -> bool:
    """Whether ``markdown`` opens a link it does not close on the line (pictures aside)."""
    rest = IMAGE.sub("", markdown)
    return rest.rfind("[") > rest.rfind("]")


def _wrapped_label_link(context: Context, index: int, markdown: str) -> Claim | None:
    """A label and its link that a wrapping converter broke over lines of one paragraph.

    ``Read more: [Where the ferry stops`` over ``at night](url)``: the lines under the label
    line, up to the one that closes the link, are read as one line. A link left open by the
    paragraph's end, or another link opening before it closes, is no such link.
    """
    if not _left_open(markdown) or _label_word(context, index) not in related_words().first_words:
        return None
    parts = [markdown.rstrip(BLANK)]
    probe = index
    for _ in range(_MAX_WRAPPED_LINES):
        probe += 1
        if probe >= context.count or context.blank[probe] or context.shape(probe) is not Shape.TEXT:
            return None
        line = line_markdown(context, probe)
        if len(line) > _MAX_WRAPPED_LINE or "[" in IMAGE.sub("", line):
            return None
        parts.append(line.strip(BLANK))
        if "](" in line:
            break
    else:
        return None
    reading = read_related(" ".join(parts))
    if reading is None or reading.url is None or "[" in reading.title:
        return None
    return Claim(
        elements=(_element(context, index, probe, reading),),
        found=(Found.RELATED,),
        next_line=probe + 1,
    )


def _labelled_from_above(context: Context, index: int, claim: Claim) -> Claim:
    """``claim`` with the label of the box it stands in given to its related links that have none.

    Another rule may read a box's links without the label line above them: a label said as a
    sentence (``Diese Artikel könnten dich auch interessieren:``) or set apart by the box's
    cards. Which links are related stays as the rules found it; only their label is added.
    """
    if not any(
        kind is Found.RELATED and isinstance(element, RelatedLink) and element.label is None
        for element, kind in zip(claim.elements, claim.found, strict=True)
    ):
        return claim
    label = _box_label_above(context, index)
    if label is None:
        return claim
    elements = tuple(
        attrs.evolve(element, label=label)
        if isinstance(element, RelatedLink) and element.label is None
        else element
        for element in claim.elements
    )
    return claim._replace(elements=elements)


def _box_label_above(context: Context, index: int) -> str | None:
    """The related label heading the box that line ``index`` is in, if one stands above it.

    Looks up over the box's earlier links, pictures and the short lines of its cards (a date,
    a section), as :func:`_under_listing` does; the first other line must be the label.
    """
    for line in _up_the_box(context, index):
        label = _label_line(context, line, sentences=True)
        if label is not None:
            return label[0]
        if _listing_line(context, line):
            return None
        if not _earlier_link(context, line) and _box_label(context.inline(line).text):
            return None  # "**Links elsewhere:**": the box's own label, one of no table
    return None


def related_of(text: str) -> RelatedLink:
    """The work of :func:`newsparse.parse_related`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-related-link`` when ``text`` is not one.
    """
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
