"""Bylines: who wrote, reported, edited or photographed the article, each party with its kind.

A byline is a prefix from :data:`~newsparse.vocabulary.BYLINE_PREFIXES` (``By``, ``Von``, ``Par``,
``Reporting by``...) followed by names joined with commas and conjunctions. Linked names are
atoms; text glued after a name is its job title (``Staff Writer``), its location (``in Moscow``)
or an agency. Wire agencies come from a table; desks and outlets are organisations; everyone else
is a person. Names are kept exactly as written.

This module holds the byline rule; the reader of one byline string, :func:`read_byline`, lives in
:mod:`newsparse._readers.byline`, where other kinds' rules take it from.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from newsparse._dates import find_dates, find_relative
from newsparse._engine import PROSE_CHARS, SHORT_LINE, Claim, Context, Found, Shape, heading_level
from newsparse._errors import Code, ParseError
from newsparse._inline import Inline, line_markdown, render
from newsparse._model import Author, AuthorKind, Byline, Role, Severity
from newsparse._parsers.common import (
    layout_mark,
    plain_text,
    teaser_claim,
    unmarked,
    wrapped_end,
)
from newsparse._readers.byline import (
    DIGIT,
    MAX_BYLINE,
    author_kind,
    author_page,
    byline_words,
    category_start,
    field_label,
    leading_prefix,
    plain_names,
    plain_person_name,
    prefix_after_lead,
    read_byline,
    words_before_degrees,
)
from newsparse._readers.caption import read_credit
from newsparse._readers.dateline import read_lead
from newsparse._readers.reading_time import reading_time
from newsparse._sites import home_page
from newsparse._source import BLANK, Source
from newsparse.vocabulary import (
    current,
    prefix_first_words,
)

__all__ = [
    "biography_rule",
    "biography_screen",
    "byline_of",
    "owner_rule",
    "owner_screen",
    "rule",
    "screen",
]


# -- the rule ---------------------------------------------------------------------------------

# Lines that hold a prefix and nothing else ("Von", "By", "* Von"): the names follow on the next.
# A German word may carry its gender ending after a star, colon or underscore ("Autor*in").
_BARE_PREFIX: Final = re.compile(
    r"^[\s*•·|—–#\[-]{0,8}(?P<word>[^\W\d_]{2,14}(?:[*:_]in(?:nen)?)?(?:[ /][^\W\d_]{2,14}){0,2})"
    r"[*_]{0,2}\s{0,2}:?[*_]{0,2}\s{0,8}$"
)


def _names_line(context: Context, index: int) -> int | None:
    """For a bare prefix line, the line holding the names (same block or the next one)."""
    inline = context.inline(index)
    bare = _BARE_PREFIX.match(inline.text)
    if bare is None or bare["word"].casefold() not in current().byline_prefixes:
        return None
    if any(link.start <= bare.start("word") < link.end for link in inline.links):
        return None  # "* [Fotos](/fotos/)": a menu's link to the pictures, no credit's label
    following = context.next_nonblank(index + 1)
    skipped = 0
    while following is not None and layout_mark(context, following) and skipped < _BOX_MARKS:
        # "##### Autor:", "::: {.content}", "Jo Park": a layout box's mark stands between.
        skipped += 1
        following = context.next_nonblank(following + 1)
    if following is None or following - index > 3 + 2 * skipped:
        return None
    return following


# The most layout-box marks passed over between a prefix line and its names.
_BOX_MARKS: Final = 2


def _lines_markdown(context: Context, first: int, stop: int) -> str:
    """Lines ``first`` to ``stop`` (excluded) as the readers read them, reference links inline.

    A layout box's mark among them (``::: {.content}``) is left out: it holds no text.
    """
    return "\n".join(
        line_markdown(context, line)
        for line in range(first, stop)
        if line == first or not layout_mark(context, line)
    )


def _whole_line(context: Context, index: int) -> tuple[str, int]:
    """Line ``index`` as the readers read it, with the lines a wrapped dump broke it into.

    A dump wrapped at a width breaks a long byline line (its links are long) into several:
    they are read as the one line they were, ``By [Jo`` over ``Park](#)`` as ``By [Jo Park](#)``.
    Returns the markdown and one past the line's last line.
    """
    wrapped = stop = wrapped_end(context, index)
    while (
        stop - index <= _OPEN_LINK_LINES
        and stop < len(context.lines)
        and not context.blank[stop]
        and _open_link(" ".join(context.lines[index:stop]))
    ):
        # A link's text or address broken across lines ("by [Jo" over "Park](/autor/jo"
        # over '"All posts by Jo Park")'): the line runs on until the link closes, whatever
        # width the dump was wrapped at.
        stop += 1
    if stop > wrapped and _open_link(" ".join(context.lines[index:stop])):
        stop = wrapped  # never closed: a stray bracket, not a link broken over lines
    if stop == index + 1:
        return line_markdown(context, index), stop
    return " ".join(line_markdown(context, n).strip(BLANK) for n in range(index, stop)), stop


# The most lines a byline's open link runs on into.
_OPEN_LINK_LINES: Final = 3


def _open_link(markdown: str) -> bool:
    """Whether ``markdown`` ends inside a link: its text or its target left open."""
    depth = 0  # open "[" of link texts
    target = False  # inside a link's "(...)"
    closed = False  # the character before closed a link's text
    for char in markdown:
        if target:
            target = char != ")"
        elif char == "[":
            depth += 1
        elif char == "(" and closed:
            target = True
        closed = char == "]" and depth > 0 and not target
        if closed:
            depth -= 1
    return depth > 0 or target


def _byline_claim(
    context: Context, first: int, last: int, authors: tuple[Author, ...], end_offset: int | None
) -> Claim:
    start = context.source.starts[first]
    end = end_offset if end_offset is not None else context.source.line_end(last)
    span = context.span(start, end)
    raw = context.raw(span)
    byline = Byline(raw=raw, span=span, text=plain_text(raw), authors=authors)
    diagnostics = tuple(
        context.diagnostic(
            Code.AMBIGUOUS_NAME,
            f"{author.name!r} may be written surname-first; kept as written",
            span,
            Severity.INFO,
        )
        for author in authors
        if author.ambiguous
    )
    return Claim(
        elements=(byline,), found=(Found.BYLINE,), next_line=last + 1, diagnostics=diagnostics
    )


def _bare_names_allowed(context: Context, index: int) -> bool:
    """Whether names without a prefix may count as a byline at line ``index``.

    Only in the header, and only before any other byline or right after one (several bylines in
    a row, with an avatar link between them).
    """
    if not context.in_header(index):
        return _early_in_text(context) or _author_link_line(context, index)
    return not context.found(Found.BYLINE) or context.last_content is Found.BYLINE


def _author_link_line(context: Context, index: int) -> bool:
    """A line that is one name linked to an author page, while the article has no byline.

    Strong evidence wherever it stands before the closing notes: region dumps keep long runs of
    navigation that end the header before the credit.
    """
    if context.found(Found.BYLINE) or not _before_notes_or_signing(context, index):
        return False
    line = line_markdown(context, index)
    if len(line) > 400 or "](" not in line:
        return False
    inline = render(unmarked(line))
    text = inline.text.strip(BLANK + "*_")
    return (
        len(inline.links) == 1
        and 0 < len(text) <= 60
        and inline.links[0].end - inline.links[0].start >= len(text) * 0.8
        and author_page(inline.links[0].url)
    )


def _before_notes_or_signing(context: Context, index: int) -> bool:
    """Whether line ``index`` stands before the closing notes, or signs the text's last paragraph.

    An author box (a headshot over the name, a name linked to the author's page) may close the
    text; further down the notes, such a line belongs to a teaser or the site's footer.
    """
    return index < context.tail_start or _signature_place(context, index)


def _early_in_text(context: Context) -> bool:
    """Whether bare names may still be a byline past the header.

    While the article has neither byline nor date and the text has only begun: a header may
    end early (a long subheading), and the credit come after it.
    """
    return (
        not context.found(Found.BYLINE)
        and context.header_date is None
        and context.found(Found.BODY) <= 3
    )


def screen(context: Context, index: int) -> bool:
    """In the header anything may be a byline; past it, only a line opening with a prefix."""
    if (
        context.in_header(index)
        or _early_in_text(context)
        or _signature_place(context, index)
        or _author_link_line(context, index)
    ):
        return True
    if "![" in line_markdown(context, index) and not context.found(Found.BYLINE):
        return True  # a headshot over its name (see _under_headshot)
    if _opens_with_prefix(context, index):
        return True
    # A lead naming the kind of piece before the prefix ("Ein Kommentar von X"), as the rule
    # reads it; only on lines the rule would read at all, holding one of the prefix words.
    text = context.inline(index).text
    return (
        len(line_markdown(context, index)) <= MAX_BYLINE * 2
        and any(map(text.__contains__, byline_words().led_words))
        and prefix_after_lead(unmarked(text).strip("*_ "), 0) is not None
    )


def _opens_with_prefix(context: Context, index: int) -> bool:
    """Whether line ``index`` opens with a byline prefix's first word, or a prefix glued to a name.

    ``By Jo Park``, ``ByJo Park``, and after a headshot ``![Jo Park](/jo.jpg)Por[Jo Park](#)``.
    """
    first = context.first_word(index)
    if first in prefix_first_words() or first.startswith("by"):
        return True
    return first.startswith(byline_words().glued_starts) and (
        byline_words().glued_prefix.match(unmarked(context.inline(index).text).strip("*_ "))
        is not None
    )


def _signature_place(context: Context, index: int) -> bool:
    """Close under the last paragraph of text, while the article has no byline yet.

    The text ends at its last line of prose measured without link targets
    (``context.text_end``): a long share link under the name is no prose.

    A few short lines may stand between (a closing line, a source, the date: ``28. November
    2022`` over ``- Jo Park``); a heading between opens another section (a teaser box).
    """
    if context.found(Found.BYLINE) or index < context.text_end:
        return False
    probe = index
    for _ in range(_SIGNATURE_REACH):
        previous = context.prev_nonblank(probe)
        if previous is None:
            return False
        if previous < context.text_end:
            return True
        if context.shape(previous) is Shape.HEADING:
            return False
        probe = previous
    return False


# Lines a signature may stand below the last paragraph (the name's own line counted).
_SIGNATURE_REACH: Final = 4


def _signature(context: Context, index: int, markdown: str) -> tuple[Author, ...] | None:
    """A name signing the text: a line of its own right after the last paragraph.

    ``**Jo Park**`` or ``*Jo Park*`` under the text (maybe with the person's role on the next
    line), or the interviewer's credit ``Das Gespräch führte Jo Park.``, when no byline came
    before. Plain names only, two to four words.
    """
    if not _signature_place(context, index) or len(markdown) > 80:
        return None
    if context.shape(index) is Shape.HEADING or _among_list_items(context, index):
        return None  # a section's heading, an item of a list of links or features: no signature
    line = markdown.strip(BLANK)
    if line.startswith(("**", "__")) and not line.endswith(("**", "__")):
        return None  # the first line of a bold block ("**Jo Park (Hrsg.)" over a book's title)
    text = markdown.strip(BLANK + "*_")
    if not text or "](" in text or any(c in text for c in "*_") or text.endswith(":"):
        return None  # "Zu den Autoren:" labels what follows, it signs nothing
    credit = byline_words().interviewer_credit.match(text)
    if credit is not None:
        return plain_names(text[credit.end() :])
    if text.isupper():
        return None  # "JETZT ANMELDEN", "JOIN THE DISCUSSION": a button under the text
    if text.rstrip(BLANK)[-1:] in "!?":
        return None  # "Happy holidays, Lindholm!": a call or a question closes no signature
    if ":" in text:
        return None  # "Quelle: Hafenamt, Seefahrtschule": a label and what it credits
    return plain_names(text)


def _among_list_items(context: Context, index: int) -> bool:
    """Whether list item ``index`` has another list item right above or below it.

    A signature may be written as one item (``- Jo Park``); a list of several is something else.
    """
    if context.shape(index) is not Shape.LIST_ITEM:
        return False
    neighbours = (context.prev_nonblank(index), context.next_nonblank(index + 1))
    return any(n is not None and context.shape(n) is Shape.LIST_ITEM for n in neighbours)


def _dateline_alone(text: str) -> bool:
    """Whether ``text`` is a lead dateline with nothing after it: a place, an agency, a dash.

    A converter sets a bold dateline on its own line over the story's first paragraph; its
    capitals and parentheses read like a name with an agency, but it names no person. Without
    an agency ("MARIA LOPEZ -") the line may be a name in capitals: the byline rule reads it.
    """
    bare = unmarked(text).strip("*_" + BLANK)
    lead = read_lead(bare)
    return (
        lead is not None and lead[0].agency is not None and not bare[lead[1] :].strip("*_" + BLANK)
    )


def _place_lead(context: Context, index: int, text: str) -> bool:
    """Whether ``text`` is a place and a dash, alone on its line over the text's first paragraph.

    ``**Lindenfeld -**`` over the story: a converter cut the place of the lead dateline from
    its paragraph. A place is written in mixed case (a name in capitals with a dash, ``MARIA
    LOPEZ -``, may be a byline), and a sentence or more of text follows right below.
    """
    lead = _PLACE_DASH.match(unmarked(text).strip("*_" + BLANK))
    if lead is None or lead["place"].isupper() or context.block_end(index) != index + 1:
        return False
    following = context.next_nonblank(index + 1)
    return (
        following is not None
        and context.shape(following) is Shape.TEXT
        and len(context.inline(following).text) >= _LEAD_TEXT
    )


# The shortest paragraph a lead's place stands over (a sentence or two of the story).
_LEAD_TEXT: Final = 80


# A place of up to four words and a closing dash: "Bergheim -", "Bad Lindau –", "St. Anton —".
_PLACE_DASH: Final = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_.'’-]{0,30}\.?(?:[ -][^\W\d_][^\W\d_.'’-]{0,30}\.?){0,3})"
    r"[*_]{0,2}\s{1,4}[*_]{0,2}[-–—][*_]{0,2}$"
)


def rule(context: Context, index: int) -> Claim | None:
    """Claim a byline line (or a bare prefix line and the names under it).

    A byline glued to its date (``Written by X on November 7, 2023``) is left to the dateline
    rule, which splits the line in two.
    """
    shape = context.shape(index)
    if shape is Shape.TABLE:
        tabled = _table_byline(context, index)
        return None if tabled is None else _byline_claim(context, index, *tabled, None)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    line = line_markdown(context, index)
    text = context.inline(index).text
    line, stop = _whole_line(context, index)
    if stop > index + 1:
        text = render(line).text
    # Measured without link targets: archived pages write a byline's links 100 characters long.
    if len(line) > MAX_BYLINE * 4 or len(text) > MAX_BYLINE * 2:
        return None
    headshot = _under_headshot(context, index)
    if headshot is not None:
        return _byline_claim(context, index, headshot[0], headshot[1], None)
    beside = _beside_headshot(context, index)
    if beside is not None:
        return _byline_claim(context, index, index, beside, None)
    listed = _names_list(context, index)
    if listed is not None:
        return _byline_claim(context, index, listed[0], listed[1], None)
    prefixed = (
        _opens_with_prefix(context, index)
        or prefix_after_lead(unmarked(text).strip("*_ "), 0) is not None
    )
    if not prefixed and (_dateline_alone(text) or _place_lead(context, index, text)):
        return None  # "**PORTVILLE (AP) —**" on its own line: the story's dateline, no name
    if (
        not prefixed
        and not _bare_names_allowed(context, index)
        and not _signature_place(context, index)
    ):
        return None
    last = stop - 1
    names_line = _names_line(context, index) if stop == index + 1 else None
    if names_line is not None:
        names, stop = _whole_line(context, names_line)
        last = stop - 1
        markdown = _lines_markdown(context, index, names_line) + "\n" + names
    else:
        markdown = line
    if _holds_date(markdown):
        return None  # the dateline rule splits "By X on July 16, 2021" in two
    markdown = unmarked(markdown)
    # "Posted by jdoe": a user name, where bylines stand or under a prefix line of its own.
    lone = context.in_header(index) or names_line is not None
    authors = _prefixed_authors(markdown, lone=lone) if prefixed else None
    if authors is None and names_line is None and _bare_names_allowed(context, index):
        authors = _bare_names(context, index, markdown)
        if authors is not None and _prefixed_byline_ahead(
            context, index, desks=_shares_title_words(context, authors)
        ):
            # Names without a prefix yield to the byline just below that has one; names that
            # repeat the title's words (the company it is about) yield to a desk's credit too.
            return None
    if authors is None and names_line is None and not prefixed:
        authors = _signature(context, index, markdown)
    if authors is None:
        return None
    if all(a.role is Role.PHOTOGRAPHY for a in authors) and (
        _beside_picture(context, index) or _picture_agency(authors)
    ):
        # "Fotos: Jo Park" under a picture credits the picture: no byline; so does "Photo by
        # Jo Park on Unsplash" where the dump dropped the picture.
        return None
    last, authors = _continued(context, last, markdown, authors, prefixed=prefixed)
    if all(a.kind is AuthorKind.ORGANIZATION for a in authors) and _prefixed_byline_ahead(
        context, last
    ):
        return None  # "By [Example Press](#)" over "Written by: Jo Park": the writer's credit
    if context.found(Found.BYLINE) and not context.in_header(index):
        # A second byline after the text has begun credits a teaser, not this article.
        return teaser_claim(context, index, last, "a byline")
    if not context.in_header(index) and _under_teaser(context, index):
        return teaser_claim(context, index, last, "a byline under a linked headline")
    return _byline_claim(context, index, last, authors, None)


def biography_screen(context: Context, index: int) -> bool:
    """Lines where a note about the writer may stand: the text's close, or a short paragraph.

    A short paragraph anywhere in the text may be a note naming the writer's trade
    (:func:`_trade_note`).
    """
    return (
        not context.found(Found.BYLINE)
        and context.found(Found.BODY) >= _BIOGRAPHY_AFTER
        and (index >= context.text_end - 1 or len(context.lines[index]) <= _TRADE_NOTE_CHARS)
    )


# Body blocks before a note about the writer: a page that opens "Jo Park ist ..." is about her.
_BIOGRAPHY_AFTER: Final = 2


def biography_rule(context: Context, index: int) -> Claim | None:
    """A note about the writer, closing the text or naming the trade, names a text's writer.

    Main-content converters drop the byline block; the note under the text stays: ``*Jo Park
    (41) ist Redakteurin bei ...*``, ``Autorin: Dr. Jo Park lebt in ...``. It is the text's last
    paragraph, or a line signing it (see :func:`_signature_place`); a short plain note naming the
    writing trade may stand anywhere in the text (:func:`_trade_note`). Only while the text has
    no byline. Offered before closing notes, which would take the emphasised line. The first name
    only: the note may go on to name the people the writer works with.
    """
    if context.shape(index) is not Shape.TEXT or not biography_screen(context, index):
        return None
    # The text's last paragraph, or a line signing it.
    closing = index >= context.text_end - 1 and (
        index < context.text_end or _signature_place(context, index)
    )
    line = context.lines[index].strip(BLANK)
    text = context.inline(index).text.strip(BLANK)
    boxed = _under_author_label(context, index)
    set_apart = boxed or (line[:1] in "*_" and line[-1:] in "*_")
    author = _biography_writer(text, set_apart=set_apart) if closing or boxed else None
    if author is None and (closing or index < context.tail_start):
        author = _trade_note(text)
    if author is None or _speaker(context, index, author.name):
        return None
    return _byline_claim(context, index, index, (author,), None)


# -- the owner of a page's rights ---------------------------------------------------------------

# A copyright notice and its holder: "© 2019 by Jo Park", "© since 2010 by J.Park", "Copyright
# 2021 by Jo Park | All rights reserved", and a span of years with "by" and no mark, as a blog's
# footer writes it ("– 2009-2020 by Jo Park"). The holder runs to a bar or the line's end; the
# rule reads it only after "by" (``© 2021 Nordwind Reisen`` is a firm's).
_OWNER: Final = re.compile(
    r"(?:(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)[\s©:]{0,4}"
    r"(?:(?:since|seit|depuis|desde)\s{1,3})?(?P<year>(?:19|20)[0-9]{2}(?:\s{0,2}[-–]\s{0,2}[0-9]{2,4})?)?"
    r"|(?P<span>(?:19|20)[0-9]{2}\s{0,2}[-–]\s{0,2}[0-9]{2,4}))"
    r"[\s,.]{0,3}(?:(?P<by>[Bb]y|von|par|por):?\s{1,3})?(?P<name>[^|•·©]{2,60}?)"
    r"[\s.]{0,3}(?:[|•·]|$)"
)
# A full stop after a word (not an initial) ends the holder's name: "Jo Park. All rights ...".
_SENTENCE_END: Final = re.compile(r"(?<=[^\W\d_]{2})\.\s")
# A name written as an initial glued to the surname: "J.Park" (a person, though one word).
_GLUED_INITIAL: Final = re.compile(r"^[A-Z]\.[A-Z][a-z]{2,30}$")
# A word of capitals only ("HVS", "NORDHAFEN"): in a copyright notice, a body's name.
_CAPITALS_WORD: Final = re.compile(r"\b[A-ZÄÖÜ]{2,40}\b")
# The longest notice read (up to a bar): longer, it is an excerpt's credit or a sentence.
_OWNER_CHARS: Final = 100
# The longest footer line looked at: a notice shares its line with a few links at most.
_OWNER_LINE: Final = 1000
# What a line holding a notice holds (case-folded): a mark, or a span of years (starting "19"
# or "20") and a word before the holder.
_OWNER_MARKS: Final = ("©", "(c)", "copyright")
_OWNER_WORDS: Final = (" by", " von", " par", " por")
# The longest line read as a span of years and its holder, without a mark.
_SPAN_LINE: Final = 300


def owner_screen(context: Context, index: int) -> bool:
    """A line past the header or the text, while the article has no byline."""
    if context.found(Found.BYLINE) or (context.in_header(index) and index < context.text_end):
        return False
    line = context.lines[index]
    if len(line) > _OWNER_LINE:
        return False
    folded = line.casefold()
    if not any(word in folded for word in _OWNER_WORDS):
        return False  # the holder is named after "by" (see owner_rule)
    if any(mark in folded for mark in _OWNER_MARKS):
        return True
    # "2009-2020 by Jo Park": a span of years and a word before the holder, on a short line.
    return len(line) <= _SPAN_LINE and ("19" in line or "20" in line)


def owner_rule(context: Context, index: int) -> Claim | None:
    """Claim a copyright notice naming a person, closing a page that has no byline.

    A blog or a one-person site names its writer in the footer only: ``© 2019 by Jo Park``, ``©
    since 2010 by J.Park``, ``2009-2020 by Jo Park``. The holder counts only after "by" (or
    "von", "par", "por") and when written as a person's name of two words or more (or an initial
    glued to a surname): a company, a club, a studio or a site holds the rights of most pages,
    and ``© 2021 Nordwind Reisen`` reads like a name. A notice right under a picture, or opened
    by a picture's label (``Photo © by Jo Park``), credits the picture. Offered before the
    closing notes, which take such a line.
    """
    if (
        not owner_screen(context, index)
        or context.shape(index) is not Shape.TEXT
        or _beside_picture(context, index)
    ):
        return None
    text = context.inline(index).text
    found = _OWNER.search(text)
    if found is not None:
        # The notice's own part of the line, between the bars around it.
        start = text.rfind("|", 0, found.start()) + 1
        end = text.find("|", found.end())
        if len(text[start : end if end >= 0 else len(text)].strip(BLANK)) > _OWNER_CHARS:
            return None
        words = current()
        labels = words.credit_labels | words.figure_labels | words.featured_picture_labels
        before = text[start : found.start()].split()
        if any(w.endswith(":") and w[:-1].casefold() in labels for w in before) or (
            len(before) == 1 and before[0].casefold() in labels
        ):
            # "Foto: © by Jo Park", "Titelbild © by Jo Park": a picture's credit, its picture
            # dropped ("Texte und Bilder © by Jo Park" names the holder of the whole page).
            return None
    if found is None or not found["by"]:
        # "© 2021 Nordwind Reisen": without "by", a company or a studio reads like a name.
        return None
    name = _SENTENCE_END.split(found["name"], maxsplit=1)[0].strip(BLANK + "*_")
    stems = current().copyright_stems
    if any(word.startswith(stem) for word in name.casefold().split() for stem in stems):
        return None  # "© 2018. All Rights Reserved": the notice's words, no holder
    if found["by"] and _GLUED_INITIAL.match(name):
        kind: AuthorKind | None = AuthorKind.PERSON
    else:
        kind = author_kind(name) if plain_person_name(name) and len(name.split()) <= 4 else None
    if kind is not AuthorKind.PERSON or _CAPITALS_WORD.search(name):
        return None  # "© 2022 Hafenverein HVS": an acronym names a body, not a person
    author = Author(name=name, kind=AuthorKind.PERSON, role=Role.AUTHOR)
    return _byline_claim(context, index, index, (author,), None)


def _under_author_label(context: Context, index: int) -> bool:
    """Whether the line above is an author box's heading alone: ``### Über den Autor``.

    The label sets the note under it apart as emphasis does, wherever the box stands (a
    main-content converter may keep it after the lead, or close the text with it and a few
    links): ``About the author`` over ``Jo Park covers the harbour ...``.
    """
    above = context.prev_nonblank(index)
    if above is None or index - above > _LABEL_GAP:
        return False
    label = unmarked(context.inline(above).text).strip(BLANK + "*_#")
    prefix = leading_prefix(label, []) if 0 < len(label) <= _AUTHOR_LABEL_CHARS else None
    return prefix is not None and prefix[0] >= len(label) and prefix[1] is Role.AUTHOR


# An author box's heading: a label of a few words ("Über die Autorin", "About the authors").
_AUTHOR_LABEL_CHARS: Final = 40
# Lines from the heading to its note: the note right under it, a blank line between at most.
_LABEL_GAP: Final = 2


def _trade_note(text: str) -> Author | None:
    """The writer a short note names by their trade: ``Jo Park ist freie Autorin und ...``.

    Plain text, anywhere in the article: a column's note about its writer may come after the
    lead, and a note under the text may stand apart from it (under an author box's heading). The
    name and a verb open it (as in :func:`_biography_writer`), and its first sentences name the
    writing trade (:data:`~newsparse.vocabulary.WRITER_TRADE_WORDS`): a person in the story is
    seldom introduced as a journalist in a short paragraph of their own.
    """
    if len(text) > _TRADE_NOTE_CHARS:
        return None
    author = _biography_writer(text, set_apart=True)
    if author is None or not _names_trade(text[:_TRADE_NOTE_REACH]):
        return None
    return author


def _names_trade(text: str) -> bool:
    """Whether ``text`` holds a word of the writing trade, alone or closing a German compound."""
    trade = current().writer_trade_words
    for word in _TRADE_WORDS.findall(text):
        key = _GENDER_ENDING.sub("", word.casefold())
        if key in trade or any(len(job) >= _COMPOUND_JOB and key.endswith(job) for job in trade):
            return True
    return False


# The longest paragraph read as a note about the writer outside the text's close.
_TRADE_NOTE_CHARS: Final = 500
# How far into the note its trade is looked for (its first sentence or two).
_TRADE_NOTE_REACH: Final = 250
# The shortest trade word that closes a compound ("Wirtschaftsjournalistin"): shorter ones end
# other words too.
_COMPOUND_JOB: Final = 7
# A word, with a gender ending after a star, colon or underscore: "Autor*in", "Journalist:in".
_TRADE_WORDS: Final = re.compile(r"[^\W\d_]{3,40}(?:[*:_]in(?:nen)?)?")
_GENDER_ENDING: Final = re.compile(r"[*:_]in(?:nen)?$")


def _biography_writer(text: str, *, set_apart: bool) -> Author | None:
    """The person a note about the writer opens with, after a label (``Autorin:``).

    Without a label, only a note set apart in emphasis: a closing paragraph of the text often
    opens with a name and "ist" too ("Jo Park ist seit 2019 Bürgermeisterin").
    """
    start = 0
    prefix = leading_prefix(text, [])
    if prefix is not None:
        if not text[: prefix[0]].endswith(":"):
            return None  # "Von Jo Park ist ...": no label, a sentence
        start = prefix[0]
    elif not set_apart:
        return None
    found = byline_words().biography.match(text[start:].lstrip(BLANK))
    if found is None:
        return None
    name = found["name"]
    words = name.split()
    if len(words) > _BIOGRAPHY_NAME_WORDS or not plain_person_name(name):
        return None
    if words[0].casefold() in current().not_name_openers:
        return None  # "Das Projekt ist ...", "Diese Seite ist ...": a noun, not a name
    return Author(name=name, kind=AuthorKind.PERSON, role=Role.AUTHOR)


def _speaker(context: Context, index: int, name: str) -> bool:
    """Whether ``name`` labels a speaker's answers in the text (an interview).

    The note is then about the person interviewed: ``Jo Park: Zu wissen, ...`` in the text over
    ``*Jo Park ist Professorin ...*``.
    """
    label = name + ":"
    above = context.lines[max(0, index - _SPEAKER_REACH) : index]
    return any(line.lstrip(BLANK + "*_").startswith(label) for line in above)


# Lines above a note looked through for the speaker's label: bounded, so the cost stays linear.
_SPEAKER_REACH: Final = 400


# The most words of a writer's name opening a note about them.
_BIOGRAPHY_NAME_WORDS: Final = 4


def _picture_agency(authors: tuple[Author, ...]) -> bool:
    """Whether a credit names a picture agency or stock-photo site (``PICTURE_AGENCIES``)."""
    return any(a.name.casefold() in current().picture_agencies for a in authors)


def _beside_picture(context: Context, index: int) -> bool:
    """Whether line ``index`` holds a picture, or stands right under a line of pictures only."""
    if context.inline(index).images:
        return True
    previous = context.prev_nonblank(index)
    if previous is None or index - previous > 2:
        return False
    above = context.inline(previous)
    return bool(above.images) and not above.text.strip(BLANK + "*_")


def _continued(
    context: Context, index: int, markdown: str, authors: tuple[Author, ...], *, prefixed: bool
) -> tuple[int, tuple[Author, ...]]:
    """The byline's last line and authors, with the next line of its block if it goes on there.

    ``[Jo Park](#), Policy Analyst`` over ``& [Kim Lee](#), Director of Policy``, or a line
    ending in a comma over the next name: the names read together credit more people.
    """
    following = index + 1
    if following < context.count and context.blank[following]:
        return _joined_over_blocks(context, index, markdown, authors, prefixed=prefixed)
    if following >= context.count:
        return index, authors
    line, stop = _whole_line(context, following)
    if len(line) > MAX_BYLINE * 2 or not (
        byline_words().continues.match(line) or markdown.rstrip(BLANK + "*_").endswith(",")
    ):
        return index, authors
    more = read_byline(f"{markdown.rstrip(BLANK)} {unmarked(line).strip(BLANK)}", prefixed=prefixed)
    if more is None or len(more) <= len(authors):
        return index, authors
    return stop - 1, more


def _joined_over_blocks(
    context: Context, index: int, markdown: str, authors: tuple[Author, ...], *, prefixed: bool
) -> tuple[int, tuple[Author, ...]]:
    """The byline going on past a lone ``&`` (or ``and``) between blocks, as :func:`_continued`.

    Main-content converters write each author of a box in a block of their own and the joiner
    between them alone: ``[Jo Park](#), Policy Analyst`` / ``&`` / ``[Kim Lee](#), Director``.
    """
    after = _after_joiner(context, index)
    if after is None:
        return index, authors
    last, line = after
    joined = f"{markdown.rstrip(BLANK)} & {unmarked(line).strip(BLANK)}"
    more = read_byline(joined, prefixed=prefixed)
    if more is None or len(more) <= len(authors):
        return index, authors
    return last, more


def _after_joiner(context: Context, index: int) -> tuple[int, str] | None:
    """The line after a lone joiner under line ``index``: its last line and its markdown."""
    joiner = context.next_nonblank(index + 1)
    if joiner is None or joiner - index > _JOINER_GAP:
        return None
    if not _lone_joiner(context.inline(joiner).text):  # read: "&amp;" is "&" too
        return None
    names_at = context.next_nonblank(joiner + 1)
    if names_at is None or names_at - joiner > _JOINER_GAP:
        return None
    line, stop = _whole_line(context, names_at)
    return None if len(line) > MAX_BYLINE * 2 else (stop - 1, line)


def _lone_joiner(line: str) -> bool:
    """Whether ``line`` is a conjunction alone: ``&``, ``and``, ``und`` (maybe emphasised)."""
    word = line.strip(BLANK + "*_").casefold()
    return word == "&" or word in current().continuing_conjunctions


# Lines from a byline to a lone joiner, and from the joiner to the names: one blank line between.
_JOINER_GAP: Final = 2


def _linked_people_with_posts(
    context: Context, index: int, markdown: str
) -> tuple[Author, ...] | None:
    """People, each linked and followed by their post, right under the title or beside a date.

    ``[Jo Park](#), Policy Analyst, HRP Policy Unit``: the names are links, what follows
    each is a job title (and the unit it is in).
    """
    inline = render(markdown)
    if not inline.links or inline.text[: inline.links[0].start].strip(BLANK + "*_&"):
        return None
    authors = read_byline(markdown, prefixed=False)
    if not authors or not all(
        a.kind is AuthorKind.PERSON and a.title and plain_person_name(a.name) for a in authors
    ):
        return None
    if not (
        _under_title(context, index, alone=False)
        or _date_near(context, index, before=True, reach=2)
    ):
        return None
    return authors


def _table_byline(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A small table in the header with a cell holding a byline: the table's last line, and who.

    ``| 26 | 01 | 2022 | Reise | Text & Fotos: Jo Park |``: pages lay out their header fields
    in a table, which a converter keeps.
    """
    if context.found(Found.BYLINE) or not context.in_header(index):
        return None
    if index > 0 and not context.blank[index - 1]:
        return None  # the table's first line
    end = context.block_end(index)
    if end - index > _MAX_TABLE_LINES:
        return None
    for line in range(index, end):
        if len(line_markdown(context, line)) > MAX_BYLINE * 2:
            return None
        for cell in line_markdown(context, line).split("|"):
            markdown = cell.strip(BLANK)
            if len(markdown) < 4 or leading_prefix(render(markdown).text, []) is None:
                continue
            authors = _prefixed_authors(markdown)
            if authors and any(a.role in (Role.AUTHOR, Role.REPORTING) for a in authors):
                return end - 1, authors
    return None


_MAX_TABLE_LINES: Final = 8


def _prefixed_byline_ahead(context: Context, index: int, *, desks: bool = False) -> bool:
    """Whether a byline with a prefix follows within a few short lines, before any prose.

    ``Jo Park`` or ``[Politics](#)`` read as bare names, then ``By Kim Lee`` two lines below:
    the prefixed line is the article's byline. It must credit a person as writer; with
    ``desks``, a desk or outlet too (``Autor: Die Redaktion``).
    """
    probe = index
    for _ in range(_AHEAD_LINES):
        following = context.next_nonblank(probe + 1)
        if following is None or len(context.inline(following).text) >= PROSE_CHARS:
            return False  # prose (a share link is long by its address only: no prose)
        probe = following
        if context.shape(following) not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
            continue
        first = context.first_word(following)
        if not (first in prefix_first_words() or first.startswith("by")):
            continue
        names_line = _names_line(context, following)
        if names_line is not None:
            # "By :" over "[Kim Lee](#)": the names stand on the line under the prefix.
            markdown = unmarked(_lines_markdown(context, following, names_line + 1))
            authors = _prefixed_authors(markdown, lone=True)
            if authors and any(
                a.kind is AuthorKind.PERSON and a.role in (Role.AUTHOR, Role.REPORTING)
                for a in authors
            ):
                return True
            continue
        markdown = unmarked(line_markdown(context, following))
        after = ""
        if _holds_date(markdown):
            # "By Kim Lee on 2 May 2021": the names before the date ("Published: <date>" has none);
            # "Posted 2 May 2021 by Kim Lee": the names after it.
            text = render(markdown).text
            dated = [f for f in find_dates(text) if f.has_date]
            markdown = byline_words().trailing_junk.sub("", text[: dated[0].start]) if dated else ""
            after = text[dated[-1].end :].strip(BLANK) if dated else ""
        authors = _prefixed_authors(markdown, lone=True) if markdown else None
        if not authors and after:
            # After the date only a full name: "by admin" there is a user account's stamp.
            authors = _prefixed_authors(after)
        if authors and any(
            (desks or a.kind is AuthorKind.PERSON) and a.role in (Role.AUTHOR, Role.REPORTING)
            for a in authors
        ):
            return True  # a writer's byline; "Photo by X" credits no writer
    return False


_AHEAD_LINES: Final = 8


def _under_headshot(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A person's headshot on line ``index`` and their name right under it: the byline.

    ``![](/avatar_user_14.jpg)`` or ``[![Jo Park](/journalist-images/park.png)](/author/jo)``
    over ``Jo Park``, while the article has no byline. Returns the name's line and the people.
    """
    if context.found(Found.BYLINE) or not _before_notes_or_signing(context, index):
        return None
    inline = context.inline(index)
    if not inline.images or inline.text.strip(BLANK + "*_-•·|"):
        return None  # a line of pictures and nothing else
    if not any(_headshot(image.url) for image in inline.images):
        return None
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 3:
        return None
    line, stop = _whole_line(context, following)
    if len(line) > SHORT_LINE:
        return None
    authors = _headshot_names(unmarked(line))
    if authors is None:
        return None
    # Two people's boxes, a lone "&" between: both wrote it.
    after = _after_joiner(context, stop - 1)
    more = None if after is None else _headshot_names(unmarked(after[1]))
    if after is not None and more is not None:
        return after[0], authors + more
    return stop - 1, authors


def _headshot_names(markdown: str) -> tuple[Author, ...] | None:
    """The people a line under a headshot names: plain names, or linked ones with their post."""
    name = render(markdown)
    if name.images or not name.text.strip():
        return None
    authors = plain_names(markdown) if not name.links else _linked_people(markdown)
    if authors is not None and any(_SENTENCE_MARKS.search(a.name) for a in authors):
        authors = None  # "[Which ferry pass? Three compared](/shop/...)": a headline
    if authors is None and name.links:
        # "[Jo Park](/bio/jo-park), Staff Attorney, Civil Rights Program": the person linked to
        # an author page, then their job and the unit they work in.
        authors = _linked_author_with_post(markdown)
    return authors or None


# Marks of a sentence or a headline, never in a name: "Which ferry pass? Three compared".
_SENTENCE_MARKS: Final = re.compile(r"[:?!«»\"“”]")


def _linked_author_with_post(markdown: str) -> tuple[Author, ...] | None:
    """The person a line opens with, linked to an author page, then their post after a comma."""
    inline = render(markdown)
    if len(inline.links) != 1:
        return None
    link = inline.links[0]
    if inline.text[: link.start].strip(BLANK + "*_") or not author_page(link.url):
        return None
    if not inline.text[link.end :].lstrip(BLANK + "*_").startswith(","):
        return None
    people = plain_names(link.text)
    if people is None or len(people) != 1:
        return None
    return (attrs.evolve(people[0], url=link.url),)


def _beside_headshot(context: Context, index: int) -> tuple[Author, ...] | None:
    """One link holding a headshot and a name: ``[![](/avatar.jpg) Jo Park](/author/jo)``.

    The link must go to an author page or the picture be a headshot; the name is a person's.
    """
    if context.found(Found.BYLINE) or index >= context.tail_start:
        return None
    inline = context.inline(index)
    if not inline.images or len(inline.links) != 1 or len(inline.text) > 80:
        return None
    link = inline.links[0]
    name = inline.text.strip(BLANK + "*_")
    if not name or link.text.strip(BLANK + "*_") != name:
        return None  # the name is all the line's text, inside the link
    if not (author_page(link.url) or any(_headshot(image.url) for image in inline.images)):
        return None
    people = plain_names(name)
    if people is None:
        return None
    return tuple(attrs.evolve(person, url=link.url) for person in people)


def _headshot(url: str | None) -> bool:
    """Whether a picture's address marks it as a person's headshot (``/avatar_user_14.jpg``)."""
    if not url or "gravatar." in url[:40]:
        return False  # the avatar service comment sections load their pictures from
    path = url.split("?", 1)[0].casefold()
    return any(word in current().headshot_words for word in _ADDRESS_WORDS.findall(path[-300:]))


# The words of an address: "autor_thumbnail_5_3" holds "autor".
_ADDRESS_WORDS: Final = re.compile(r"[a-z]{3,20}")


def _linked_people(markdown: str) -> tuple[Author, ...] | None:
    """People named in the links of a line that holds nothing else: ``[Jo Park](/u/jo)``."""
    authors = read_byline(markdown, prefixed=False)
    if not authors or any(a.kind is not AuthorKind.PERSON for a in authors):
        return None
    return authors


def _under_teaser(context: Context, index: int) -> bool:
    """Whether the line right above is a teaser's headline: a line that is nothing but a link.

    A "More from" box or a list of latest stories writes each story's linked headline with
    its byline under it; that byline is the teaser's, not the article's.
    """
    previous = context.prev_nonblank(index)
    if previous is None or index - previous > 2:
        return False
    inline = context.inline(previous)
    text = inline.text.strip(BLANK + "#*_-•·")
    linked = sum(link.end - link.start for link in inline.links)
    if not text or len(text.split()) < 3 or linked < len(text) * 0.9:
        return False
    # After a list of links, a byline standing on its own may open the article; one written
    # inside a list item (or indented under it) belongs to that item.
    in_item = context.shape(index) is Shape.LIST_ITEM or context.lines[index][:1] in " \t"
    return not _in_list_item(context, previous) or in_item


def _in_list_item(context: Context, index: int) -> bool:
    """Whether line ``index`` is a list item or an indented line going on with the item above.

    Dumps that keep link targets break a linked picture and headline over lines of one item.
    """
    probe: int | None = index
    for _ in range(_ITEM_LINES):
        if probe is None:
            return False
        if context.shape(probe) is Shape.LIST_ITEM:
            return True
        if context.lines[probe][:1] not in " \t":
            return False
        probe = context.prev_nonblank(probe)
    return False


# The most lines one list item's text runs over, as far as _in_list_item looks up.
_ITEM_LINES: Final = 4


def _prefixed_authors(markdown: str, *, lone: bool = False) -> tuple[Author, ...] | None:
    """A prefixed byline's authors; a category list after the names is left unread."""
    authors = _written_authors(markdown, lone=lone)
    if authors is None:
        # Two shapes read only when they name a writer (a picture credit there would come
        # before the article's byline): "_By Jo Park _", "By Jo Park | 3 hours ago".
        closed = _OPEN_EMPHASIS.sub(r"\g<mark>\g<inner>\g<mark>", markdown)
        names = _before_relative_date(markdown)
        for candidate in (closed if closed != markdown else None, names):
            found = read_byline(candidate, lone=lone) if candidate else None
            if found and any(a.role in (Role.AUTHOR, Role.REPORTING) for a in found):
                return found
    return authors


def _written_authors(markdown: str, *, lone: bool) -> tuple[Author, ...] | None:
    """The authors of a prefixed byline as written, with a category list or time cut off."""
    authors = read_byline(markdown, lone=lone)
    if authors is None:
        stop = category_start(markdown)
        if stop < len(markdown):
            markdown = markdown[:stop].rstrip(BLANK + "|·•⋅—–-,;")
            authors = read_byline(markdown, lone=lone)
    if authors is None:
        # "Posted by X at 07:40  Tagged with: ...": the time is read after the tags are cut.
        markdown = markdown[: category_start(markdown)].rstrip(BLANK + "|·•⋅—–-,;")
        time = byline_words().trailing_time.search(markdown)
        if time is not None and time.start() > 0:
            authors = read_byline(markdown[: time.start()], lone=lone)  # "By X at 17:35"
    return authors


# Emphasis around a whole line whose closing marker follows a space ("_By Jo Park _"): html2text
# writes it so when the emphasised element ends with a space, and Markdown then reads no emphasis.
_OPEN_EMPHASIS: Final = re.compile(
    r"^(?P<mark>[*_]{1,2})(?P<inner>[^\s*_][^\n]{0,400}?)[ \t]{1,8}(?P=mark)[ \t]{0,8}$"
)


def _before_relative_date(markdown: str) -> str | None:
    """The names before a relative date closing the line: ``By Jo Park | 3 hours ago``.

    A date label before it goes too (``Por Jo Park | Publicado hace 3 horas``). ``None`` when
    the line does not close with a relative date.
    """
    found = find_relative(markdown)
    if found is None or found[0] == 0 or markdown[found[1] :].strip(BLANK + "*_|·•.)"):
        return None
    words = markdown[: found[0]].rstrip(BLANK + "*_|·•,;:—–-(").split(" ")
    while words and words[-1].casefold().strip(":") in byline_words().date_words:
        words.pop()  # "Publicado", "Updated:"
    head = " ".join(words).rstrip(BLANK + "*_|·•,;:—–-")
    return head or None


def _holds_date(markdown: str) -> bool:
    """Whether the text (not a link target: URLs hold dates too) holds a date phrase."""
    if DIGIT.search(markdown) is None:
        return False
    text = render(markdown).text
    return any(f.has_date for f in find_dates(text))


def _bare_names(context: Context, index: int, markdown: str) -> tuple[Author, ...] | None:
    """Header lines that are nothing but credited names.

    A wire agency alone (``**Agencia EFE**``); names beside an agency (``Jane Doe | Reuters``);
    two names joined as an interview (``X im Gespräch mit Y``); and plain or linked person names
    with a date line close by (``[Will Kestrel](#)`` over ``01.21.2020 07:00 AM``).
    """
    inline = render(markdown)  # without its block marker: "##### [Jo Park](#)" is all link
    text = inline.text
    if not text or len(text) > SHORT_LINE or text.count(" ") > 10 or inline.images:
        return None  # a credit beside an image is the image's: a caption
    if field_label(markdown):
        return None  # "**Ort** Lindenau": a field's label set apart, then its value; no name
    if _picture_credit(context, index, text):
        return None  # "dpa/Jo Park" over its caption: the caption rule takes both
    # A credit with a wire agency in it stands on its own: "**Agencia EFE**", "AFP/The Local -
    # [email]", "Jane Doe | Reuters".
    credited = read_byline(re.sub(r"[|]| [-–—] ", ",", markdown), prefixed=False)
    if credited and any(a.kind is AuthorKind.AGENCY for a in credited):
        return credited
    interview = byline_words().interview.search(text)
    if interview is not None:
        authors = read_byline(
            f"{text[: interview.start()]}, {text[interview.end() :]}", prefixed=False
        )
        if authors and all(a.kind is AuthorKind.PERSON for a in authors):
            return authors
    posted = _linked_people_with_posts(context, index, markdown)
    if posted is not None:
        return posted
    linked = bool(inline.links) and sum(len(x.text) for x in inline.links) >= len(text) * 0.8
    if linked and all(home_page(link.url) for link in inline.links):
        return None  # "[Example Daily](/)": the site's name, linked to its home page
    if linked and _among_topic_links(context, index):
        return None  # "[Politics](#)", "[City Hall](#)", "[Election 2022](#)": the story's tags
    # A small heading (level 4 to 6) is how some pages set the author's name beside the date.
    heading = context.shape(index) is Shape.HEADING and heading_level(context.lines[index]) < 4
    too_long = len(words_before_degrees(text)) > 4
    if not linked and (text[-1:] in ".!?:" or too_long or heading):
        return None  # a plain name line is short, unpunctuated, and no big heading
    authors = read_byline(markdown, prefixed=False)
    if (
        linked
        and authors is not None
        and len(authors) == 1
        and _name_shaped(authors[0].name)
        and _one_author_page(authors[0].url)
    ):
        return authors  # "[ jdoe.writes ](/members/1207)": a user name linked to their page
    if (
        not linked
        and authors
        and _desk(authors)
        and _date_near(context, index, before=True, reach=1)
    ):
        return authors  # "Harbour Redaktion" beside the date: the desk wrote it
    if authors and any(a.kind is not AuthorKind.PERSON for a in authors):
        # "Jo Park, ESPN" over the date line: a person and the outlet they write for.
        people = None if linked else plain_names(markdown)
        near = people is not None and _date_near(context, index, before=False, reach=2)
        return people if near else None
    if not authors:
        return None
    if linked and all(author_page(a.url) and _name_shaped(a.name) for a in authors):
        return authors  # every name links to an author page: that is a byline
    if linked and _user_name_under_date(context, index, inline, authors):
        return authors
    if not all(plain_person_name(a.name) for a in authors):
        # A one-word link beside a date is as often a section ("[Travel](#)") as a user name.
        return None
    # Bare names are a byline only with a date close by: bylines sit next to datelines. A plain
    # (unlinked) name needs the date after it or on the line right above; a linked one may
    # have it further above.
    # Past the header, or above the title (among navigation links), only right beside a date.
    above_title = context.title_line is not None and index < context.title_line
    reach = 1 if not context.in_header(index) else 2 if above_title else 3
    if _date_near(context, index, before=linked, reach=reach):
        return authors
    if _under_title(context, index) and not _shares_title_words(context, authors):
        return authors
    return authors if _date_near(context, index, before=True, reach=1) else None


def _among_topic_links(context: Context, index: int) -> bool:
    """Whether a linked line stands among lines that are each one link and no more.

    A run of lone links is a list of the story's topics or sections; one of them that reads as
    a name (an office, a place) is no byline. Linked co-authors one a line are names all: the
    run counts as topics only if a neighbour is no person's name (``[Politics](#)``). Lines
    stand between two such links; a list item (a menu's entry) needs one beside it in its list.
    """
    item = context.shape(index) is Shape.LIST_ITEM
    if _lone_link(context, index, index, item=item) is None:
        return False  # several linked names, or one linked to the writer's page
    neighbours = [_lone_link(context, index, line, item=item) for line in _beside(context, index)]
    if item:
        return any(name is not None and not plain_person_name(name) for name in neighbours)
    if None in neighbours:
        return False
    return not all(name is not None and plain_person_name(name) for name in neighbours)


def _beside(context: Context, index: int) -> tuple[int | None, int | None]:
    """The non-blank lines above and below line ``index``."""
    return context.prev_nonblank(index), context.next_nonblank(index + 1)


def _lone_link(context: Context, index: int, line: int | None, *, item: bool) -> str | None:
    """The text of line ``line`` near ``index`` if it is one link and no more, else ``None``.

    With ``item`` it must be an item of the same list (a list item right beside it).
    """
    if line is None or abs(line - index) > _TOPIC_GAP or context.shape(line) is Shape.HEADING:
        return None  # the linked headline over the name is no topic
    if item and (context.shape(line) is not Shape.LIST_ITEM or abs(line - index) > 1):
        return None  # a list's entries stand on the lines right beside each other
    inline = context.inline(line)
    text = inline.text.strip(BLANK + "*_")
    if (
        len(inline.links) != 1
        or not text
        or len(text) > _META_LINE
        or len(inline.links[0].text) < len(text) * 0.8
        or author_page(inline.links[0].url)
    ):
        return None
    return inline.links[0].text.strip(BLANK + "*_")


# The most blank lines between two links of a topic list.
_TOPIC_GAP: Final = 2


def _user_name_under_date(
    context: Context, index: int, inline: Inline, authors: tuple[Author, ...]
) -> bool:
    """A one-word user name linked on its own line right under the header's date line.

    ``[12. Mai 2021](#)`` over ``[kimlee](#)``: under the title a blog writes the date, then who
    posted it (a reading time may stand between). Only when the dump kept no link target (a
    target would tell an author page from a section); never a list item (a menu of sections).
    """
    title = context.title_line
    if (
        len(authors) != 1
        or len(authors[0].name.split()) != 1
        or not _name_shaped(authors[0].name)
        or any(link.url not in (None, "", "#") for link in inline.links)
        or title is None
        or index <= title
        or not context.in_header(index)
        or context.shape(index) is Shape.LIST_ITEM
        or not _short_lines_between(context, title, index)
    ):
        return False  # past a paragraph, such a line heads a teaser ("[Topic](#)" over "9:15")
    previous = context.prev_nonblank(index)
    if previous is not None and reading_time().whole.match(context.inline(previous).text.strip()):
        previous = context.prev_nonblank(previous)  # "[3. Mai 2021](#)", "4 Min.", "[kimlee](#)"
    return previous is not None and previous > title and _dated_line(context, previous)


def _short_lines_between(context: Context, first: int, last: int) -> bool:
    """Whether every line between lines ``first`` and ``last`` is short: no paragraph of text."""
    return all(len(context.inline(line).text) <= _META_LINE for line in range(first + 1, last))


# The longest line of a header's meta block (a date, a reading time, a section's link).
_META_LINE: Final = 80


def _picture_credit(context: Context, index: int, text: str) -> bool:
    """Whether a credit-shaped line credits a picture, not the article.

    ``dpa/Jo Park``, ``Jo Park/Getty Images``, ``Foto: Kim Lee``, ``(c) Example Agency``: the
    same shape writes a byline too (``Jo Park | Reuters`` over the date line). A caption line
    right under it, in the same block, makes it the picture's credit: with the picture dropped,
    the credit stands first and its caption under it. (A credit under a picture or under its
    caption is the caption rule's before this rule reads it.)
    """
    following = index + 1
    return (
        following < len(context.lines)
        and not context.blank[following]
        and " | " not in text  # a bar joins a byline's parts more often: "Jo Park | Reuters"
        and bool(read_credit(text))
        and _caption_shaped(context, following)
    )


def _caption_shaped(context: Context, index: int) -> bool:
    """A plain line of a few words that is no date line, no byline and no heading: a caption."""
    if context.shape(index) is not Shape.TEXT:
        return False
    text = context.inline(index).text.strip(BLANK + "*_")
    return (
        len(text.split()) >= _CAPTION_WORDS
        and not _holds_date(text)
        and read_byline(unmarked(line_markdown(context, index))) is None
    )


# The fewest words of a caption line glued to its credit ("Die Hafenmole bei Nacht").
_CAPTION_WORDS: Final = 3


def _names_list(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A list of people's names right under the title: the authors, one item each.

    ``* [Jo Park, PhD,](#)`` over ``* [Kim Lee, PhD](#)``, as journals list their authors.
    Returns the list's last line and the people.
    """
    if context.found(Found.BYLINE) or context.shape(index) is not Shape.LIST_ITEM:
        return None
    end = context.block_end(index)
    if not 2 <= end - index <= _MAX_LISTED or not _under_title(context, index, alone=False):
        return None
    people: list[Author] = []
    for line in range(index, end):
        if context.shape(line) is not Shape.LIST_ITEM or len(context.lines[line]) > 160:
            return None
        markdown = unmarked(line_markdown(context, line))
        found = plain_names(markdown) or _linked_people(markdown)
        if not found or not all(plain_person_name(a.name) for a in found):
            return None  # "* [Politik](#)": a list of sections
        people.extend(found)
    # Topics are listed by people's names too ("* Anna Berg"): authors carry their degrees,
    # posts or author pages.
    if not all(a.title or _credentialed(a.name) or author_page(a.url) for a in people):
        return None
    return end - 1, tuple(people)


def _credentialed(name: str) -> bool:
    """Whether a name ends in a degree or suffix after a comma: "Jo Park, PhD"."""
    head, comma, last = name.rpartition(",")
    return (
        bool(comma and head) and last.strip().casefold().rstrip(".") in byline_words().suffix_keys
    )


_MAX_LISTED: Final = 12


def _desk(authors: tuple[Author, ...]) -> bool:
    """One organisation of a few words, one of them a desk word: "Harbour Redaktion"."""
    words = authors[0].name.casefold().split()
    return (
        len(authors) == 1
        and authors[0].kind is AuthorKind.ORGANIZATION
        and len(words) <= 3
        and any(w in current().desk_words for w in words)
    )


def _under_title(context: Context, index: int, *, alone: bool = True) -> bool:
    """Whether line ``index`` comes right under the title or its standfirst, alone in its block.

    A person's name standing there credits the article (``[Jo Park](#)`` under the headline),
    with or without a date beside it. Without ``alone`` it may open a block of more lines.
    """
    title = context.title_line
    if title is None or index <= title or context.shape(index) is Shape.HEADING:
        return False
    if alone and context.inline(index).text.rstrip(BLANK + "*_")[-1:] in ",;:.!?":
        return False  # "Liebe Leserin," greets the reader
    if alone and context.block_end(index) != index + 1:
        return False
    if not alone and not context.blank[index - 1]:
        return False  # the block's first line
    if context.last is Found.STANDFIRST and context.in_header(index):
        # Under a short standfirst; a long one may be the text's first paragraph.
        above = context.prev_nonblank(index)
        return above is not None and len(context.lines[above]) < PROSE_CHARS
    under = context.next_nonblank(title + 1 + bool(context.setext_level(title)))
    for _ in range(_BOX_MARKS):
        if under is None or not layout_mark(context, under):
            break
        under = context.next_nonblank(under + 1)  # "::: {.content}" opens the text's box
    return under == index


def _shares_title_words(context: Context, authors: tuple[Author, ...]) -> bool:
    """Whether a name repeats a word of the title: a section or place named there, no person."""
    title = context.title_line
    if title is None:
        return False
    words = {w.casefold() for w in _WORDS_OF.findall(context.inline(title).text)}
    return any(w.casefold() in words for a in authors for w in _WORDS_OF.findall(a.name))


_WORDS_OF: Final = re.compile(r"[^\W\d_]{3,40}")


def _name_shaped(name: str) -> bool:
    """A short run of words with no digits or sentence marks: a name, or a user name."""
    words = name.split()
    return (
        1 <= len(words) <= 5
        and DIGIT.search(name) is None
        and not any(c in name for c in ':?!«»"“”')
        and (len(words) == 1 or author_kind(name) is not None)
    )


def _one_author_page(url: str | None) -> bool:
    """Whether a link goes to one author's page: ``/members/1207``, not the ``/team/`` index."""
    if not author_page(url) or url is None:
        return False
    path = url.split("?", 1)[0].split("#", 1)[0].casefold()
    parts = [part for part in path.split("/") if part]
    return any(
        part in current().author_path_segments and number + 1 < len(parts)
        for number, part in enumerate(parts[-4:], start=max(0, len(parts) - 4))
    )


def _date_near(context: Context, index: int, *, before: bool, reach: int) -> bool:
    """Whether a date line stands within ``reach`` lines after line ``index`` (or before it).

    A line holding only a separator between header fields is passed over without counting:
    converters put the ``//`` or ``|`` between a date and a name on a line of its own.
    """
    probe = index
    for _ in range(reach):
        following = _next_field(context, probe, forward=True)
        if following is None:
            break
        if _dated_line(context, following):
            return True
        probe = following
    if before:
        probe = index
        for _ in range(reach):
            previous = _next_field(context, probe, forward=False)
            if previous is None:
                break
            if _dated_line(context, previous):
                return True
            probe = previous
    return False


def _next_field(context: Context, index: int, *, forward: bool) -> int | None:
    """The next non-blank line after (or before) ``index`` that is not a lone field separator."""
    probe = index
    for _ in range(_SEPARATOR_LINES + 1):
        found = context.next_nonblank(probe + 1) if forward else context.prev_nonblank(probe)
        if found is None or _FIELD_SEPARATOR.match(context.lines[found]) is None:
            return found
        probe = found
    return None


# A line holding only a separator of header fields ("//", "|", "·"); not "-", which underlines
# a heading.
_FIELD_SEPARATOR: Final = re.compile(r"^[ \t\xa0*_]{0,4}(?:/{1,2}|[|·•⋅∙~–—])[ \t\xa0*_]{0,4}$")
# The most separator lines passed over in a row.
_SEPARATOR_LINES: Final = 1


def _dated_line(context: Context, index: int) -> bool:
    """A short line that holds a date, or a relative one ("Hace 13 horas")."""
    line = context.lines[index]
    if len(line) > SHORT_LINE:
        return False
    return _holds_date(line) or find_relative(line) is not None


def byline_of(text: str) -> Byline:
    """The work of :func:`newsparse.parse_byline`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-byline`` when ``text`` does not read as a byline.
    """
    source = Source(text)
    span = source.span(0, len(text))
    raw = source.raw(span)
    # A line cut from a dump may keep its block marker: "### By [Jane Doe](#)", "* Von X". (Not
    # several: two list items are two lines, which unmarked would run into one name.)
    markdown = unmarked(raw) if "\n" not in raw else raw
    authors = _prefixed_authors(markdown, lone=True)
    if authors is None:
        authors = read_byline(markdown, prefixed=False)
    if authors is None:
        line, column = source.position(span.start)
        raise ParseError(
            f"{raw[:60]!r} does not read as a byline",
            code=Code.NOT_A_BYLINE,
            line=line,
            column=column,
        )
    return Byline(raw=raw, span=span, text=plain_text(raw), authors=authors)
