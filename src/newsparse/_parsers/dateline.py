"""Datelines: when the story was published and updated, where it was filed, and by which agency.

Two shapes: a header line that is mostly a date (``July 16, 2021``, ``Stand: 20. April 2020, 14:57
Uhr``, ``PUBLISHED: ... | UPDATED: ...``), and the place-and-agency opening of the first
paragraph (``MOSCOW (AP) —``, ``WASHINGTON, July 16 (Reuters) -``), which is split off the
paragraph. A date without a year takes the year from an earlier date or the source URL, with a
diagnostic; failing both it stays unset.

This module holds the dateline rules; the reader of one date string, :func:`read_dateline`, and of
a paragraph's opening dateline, :func:`read_lead`, live in :mod:`newsparse._readers.dateline`,
where other kinds' rules take them from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

import attrs

from newsparse._dates import (
    DateOrder,
    FoundDate,
    find_dates,
    find_relative,
    read_in_order,
    text_order,
)
from newsparse._engine import LABEL_LINE, PROSE_WORDS, SHORT_LINE, Claim, Context, Found, Shape
from newsparse._errors import Code, ParseError
from newsparse._inline import render
from newsparse._model import (
    Author,
    Byline,
    Dateline,
    DateValue,
    Element,
    Paragraph,
    Severity,
)
from newsparse._parsers.common import (
    DatelineBuilder,
    block_images,
    paragraph_at,
    picture_claim,
    plain_text,
    teaser_claim,
)
from newsparse._plan import runs_on, wrap_width
from newsparse._readers.byline import (
    category_start,
)
from newsparse._readers.caption import read_credit
from newsparse._readers.dateline import (
    DIGIT,
    MARKUP,
    MAX_DATELINE,
    WEEKDAY_BEFORE,
    WORD_RUN,
    DatelineReading,
    dateline_words,
    masked_targets,
    named_lead,
    read_dateline,
    read_lead,
    short_targets,
    split_glued,
)
from newsparse._source import BLANK, Source
from newsparse._syntax import attribute_block
from newsparse.vocabulary import (
    current,
    prefix_first_words,
)

__all__ = ["dateline_of", "glued_rule", "read_lead", "rule", "screen"]

# -- the rule ---------------------------------------------------------------------------------


def _time_only(context: Context, index: int) -> FoundDate | None:
    """A line that is only a time ("4 AM", "um 11:40 Uhr"), as the line after a date gives it."""
    line = context.lines[index]
    if len(line) > LABEL_LINE:
        return None
    found = find_dates(line)
    if len(found) != 1 or found[0].has_date or not found[0].has_time:
        return None
    rest = MARKUP.sub(" ", line[: found[0].start] + line[found[0].end :])
    if any(w.casefold() not in dateline_words().allowed for w in WORD_RUN.findall(rest)):
        return None
    return found[0]


def _header_claim(context: Context, index: int) -> Claim | None:
    """A header dateline: this line, its block, or a date followed by a time-only line."""
    block_end = context.block_end(index)
    lines = context.lines
    candidates = []
    if 1 < block_end - index <= 4 and all(
        len(short_targets(lines[i])) < 100 and not _link_only(lines[i])
        for i in range(index, block_end)
    ):
        candidates.append(block_end - 1)
    elif index + 1 < block_end and _label_alone(lines[index]):
        candidates.append(index + 1)  # "* **Date**" with "  23.05.2011" below, in a longer list
    candidates.append(index)
    for last in candidates:
        markdown = "\n".join(lines[index : last + 1])
        strict = _sentence_in_text(context, index, markdown)
        reading = read_dateline(markdown, strict=strict)
        if last > index and (reading is None or _yearless(reading)):
            # "28." over "Januar" over "2022": one date written over several lines (a space for
            # each line end keeps the offsets).
            joined = read_dateline(markdown.replace("\n", " "), strict=strict)
            reading = joined if joined is not None and not _yearless(joined) else reading
        if reading is not None:
            return _with_time_line(context, reading, index, last)
    if context.in_header(index):
        return _relative_claim(context, index)
    return None


def _yearless(reading: DatelineReading) -> bool:
    """Whether the reading's published date lacks its year (or there is none)."""
    return reading.published is None or reading.published.year is None


def _sentence_in_text(context: Context, index: int, markdown: str) -> bool:
    """A line after text has begun that ends like a sentence: "It's May 4, 1970." is prose."""
    began = not context.in_header(index) or context.found(Found.BODY) > 0
    return began and markdown.rstrip(BLANK + "*_").endswith((".", "!", "?"))


def _link_only(line: str) -> bool:
    """A line that is one link and nothing else ("[jdoe](#)"): a name or a section, no date."""
    inline = render(line)
    return (
        len(inline.links) == 1
        and inline.links[0].end - inline.links[0].start == len(inline.text.strip(BLANK + "*_#"))
        and not any(c.isdigit() for c in inline.text)
    )


def _relative_claim(context: Context, index: int) -> Claim | None:
    """A header line that dates the story only relatively ("Hace 13 horas", "2 hours ago").

    It is a dateline, but its date cannot be known without the time it was scraped: the
    element keeps the text, has no values, and says so in a diagnostic.
    """
    text = context.inline(index).text
    if len(text) > LABEL_LINE:
        return None
    where = find_relative(text)
    if where is None or (where[1] - where[0]) < len(text.strip(" *_|·•")) * 0.6:
        return None
    span = context.lines_span(index, index)
    raw = context.raw(span)
    dateline = Dateline(raw=raw, span=span, text=text)
    note = context.diagnostic(
        Code.RELATIVE_DATE,
        f"{text!r} dates the story relative to when it was read; no date is set",
        span,
        Severity.INFO,
    )
    return Claim(
        elements=(dateline,), found=(Found.DATELINE,), next_line=index + 1, diagnostics=(note,)
    )


def _with_time_line(context: Context, reading: DatelineReading, first: int, last: int) -> Claim:
    """Claim a dateline, taking a time-only line after it: "Feb. 19, 2020" then "4 AM"."""
    published = reading.published
    following = context.next_nonblank(last + 1)
    if (
        published is not None
        and not published.has_time
        and reading.updated is None
        and following is not None
        and following - last <= 2
    ):
        time = _time_only(context, following)
        if time is not None:
            reading = attrs.evolve(reading, published=published.with_time(time, published.end))
            last = following
    return _claim(context, reading, first, last)


def _claim(context: Context, reading: DatelineReading, first: int, last: int) -> Claim:
    builder = DatelineBuilder(context)
    start = context.source.starts[first]
    end = context.source.line_end(last)
    dateline = builder.dateline(reading, start, end)
    return Claim(
        elements=(dateline,),
        found=(Found.DATELINE,),
        next_line=last + 1,
        diagnostics=tuple(builder.diagnostics),
    )


def _glued_claim(context: Context, index: int) -> Claim | None:
    """A byline and its date on one line or block, in either order (see :func:`split_glued`)."""
    block_end = context.block_end(index)
    run_end = _wrapped_run(context, index, block_end)
    if block_end - index > _GLUED_LINES:
        block_end = run_end  # the line at index, with the lines it was wrapped into
    wrapped = run_end - index > 1
    block = "\n".join(context.lines[index:block_end])
    found = None
    if wrapped and run_end == block_end:
        # One line broken at a fixed width, maybe inside a link ("[Jo" / "Park](#)"): read as
        # the line it was (the same length: the cut stays valid).
        found = split_glued(block.replace("\n", " "))
    found = found or split_glued(block)
    if found is None and wrapped:
        found = split_glued(block.replace("\n", " "))
    if (found is None or _yearless(found[2])) and "\n" in block and _date_across_lines(block):
        # "Jo Park, May 2," over "2021": read as one line (the same length: the cut stays valid).
        found = split_glued(block.replace("\n", " ")) or found
    if found is None:
        return None
    cut, authors, reading, names_first = found
    lines = (index, block_end)
    if names_first:
        return _glued(context, lines, authors, (0, cut), reading, date_start=cut)
    end = context.source.line_end(block_end - 1) - context.source.starts[index]
    return _glued(context, lines, authors, (cut, end), reading, date_start=0)


# A byline and its date set as a block of short lines take at most this many lines; one line
# wrapped at the dump's width ("[3. Mai" / "2021](#)  by [Jo" / "Park](#) /" / ...) may take up
# to _WRAPPED_LINES, its length bounded by the reader (a dateline's length, targets aside).
_GLUED_LINES: Final = 4
_WRAPPED_LINES: Final = 12
# The narrowest width converters wrap text at (html2text 78, pandoc 72), when none was measured.
_WRAP_WIDTH: Final = 70


def _wrapped_run(context: Context, index: int, end: int) -> int:
    """One past the lines from ``index`` (before ``end``) that one line was wrapped into.

    Each break falls where the next line's first word would have passed the wrap width measured
    on the dump (:func:`runs_on`), a link's long address too ("[3. Mai" over "2021](...)"), or
    the narrowest width converters wrap at when the dump's long addresses hid its width; a list
    of short lines ("Jo Park" / "3 May 2021" / "Share") gives the line alone.
    """
    width = wrap_width(context) or _WRAP_WIDTH
    last = index
    lines = context.lines
    while last + 1 < min(end, index + _WRAPPED_LINES):
        words = lines[last + 1].split(None, 1)
        full = (
            bool(words)
            and len(lines[last].rstrip()) + 1 + len(words[0]) > width
            and context.shape(last + 1) is Shape.TEXT
        )
        if not (full or runs_on(context, last + 1)):
            break
        last += 1
    return last + 1


def _date_cut_by_wrap(context: Context, index: int, end: int) -> bool:
    """Whether a full date runs past line ``end`` in the line wrapped from ``index`` on.

    "[3. Mai" over "2021](...)  by [Jo" over "Park](...)": the first line alone reads as a date
    without its year, but the wrap cut the date and its byline off it.
    """
    run_end = _wrapped_run(context, index, context.block_end(index))
    return run_end > end and _date_across_lines("\n".join(context.lines[index:run_end]))


def _date_across_lines(block: str) -> bool:
    """Whether a wrapped block breaks a full date over its lines: "Jo Park, May 2," / "2021"."""
    joined = masked_targets(block.replace("\n", " "))
    return any(
        f.has_date and f.year is not None and "\n" in block[f.start : f.end]
        for f in find_dates(joined)
    )


def _glued(
    context: Context,
    lines: tuple[int, int],
    authors: tuple[Author, ...],
    byline_range: tuple[int, int],
    reading: DatelineReading,
    *,
    date_start: int,
) -> Claim:
    """The byline and dateline sharing ``lines`` (first, end); ranges are offsets in them."""
    index, block_end = lines
    base = context.source.starts[index]
    end = context.source.line_end(block_end - 1)
    byline_span = context.span(base + byline_range[0], base + byline_range[1])
    byline_raw = context.raw(byline_span)
    byline = Byline(raw=byline_raw, span=byline_span, text=plain_text(byline_raw), authors=authors)
    builder = DatelineBuilder(context)
    if date_start:  # names first, then the date
        dateline = builder.dateline(reading, base + date_start, end)
        elements: tuple[Element, ...] = (byline, dateline)
        found = (Found.BYLINE, Found.DATELINE)
    else:  # the date first, then the names
        dateline = builder.dateline(reading, base, base + byline_range[0])
        elements = (dateline, byline)
        found = (Found.DATELINE, Found.BYLINE)
    return Claim(
        elements=elements,
        found=found,
        next_line=block_end,
        diagnostics=tuple(builder.diagnostics),
    )


def _lead_claim(context: Context, index: int) -> Claim | None:
    """The dateline opening one of the first paragraphs, split off the paragraph."""
    if context.found(Found.BODY) > 3 or context.found(Found.LEAD):
        return None
    if context.shape(index) is Shape.HEADING:
        return _heading_lead(context, index)
    if context.shape(index) is not Shape.TEXT:
        return None
    first = index
    line = context.lines[index]
    lead = (
        read_lead(line) or _confirmed_lead(context, index, line) or _marked_up_lead(context, index)
    )
    if lead is None:
        wrapped = _wrapped_lead(context, index)
        if wrapped is None:
            return None
        index, lead = wrapped  # the dateline ends on a later line, where the story starts
        line = context.lines[index]
    reading, cut = lead
    paragraph, end = paragraph_at(context, index)
    inline = context.render("\n".join([line[cut:], *context.lines[index + 1 : end]]))
    if (reading.place or reading.agency) and not _opens_prose(line[cut:], inline.text):
        return None
    if line[:cut].rstrip(BLANK + "*_").endswith(":") and not _colon_story(
        context, index, line[:cut], inline.text
    ):
        return None
    start = context.source.starts[index]
    builder = DatelineBuilder(context)
    dateline = builder.dateline(reading, context.source.starts[first], start + cut)
    elements: list[Element] = [dateline]
    found = [Found.DATELINE]
    rest_start = context.span(start + cut, paragraph.span.end)
    if rest_start.end > rest_start.start:
        raw = context.raw(rest_start)
        images = block_images(context, inline, rest_start.start, rest_start.end)
        elements.append(
            Paragraph(raw=raw, span=rest_start, text=inline.text, links=inline.links, images=images)
        )
        found.append(Found.BODY)
    return Claim(
        elements=tuple(elements),
        found=tuple(found),
        next_line=end,
        diagnostics=tuple(builder.diagnostics),
        marks=(Found.LEAD,),
    )


# The markers opening a heading line: "## ".
_HEADING_MARKS: Final = re.compile(r"[ ]{0,3}#{1,6}[ ]{1,3}")


def _heading_lead(context: Context, index: int) -> Claim | None:
    """A wire dateline opening a heading line that holds the story: "## PORTVILLE (AP) — The ...".

    Some pages set the first paragraph in a heading's type; the line is then a story, not a
    heading, when an agency's mark follows the place and a sentence follows the dash. The
    heading's markers stay in the dateline's text; the rest is the first body paragraph.
    """
    line = context.lines[index]
    marks = _HEADING_MARKS.match(line)
    if marks is None or context.block_end(index) != index + 1:
        return None  # a setext heading's underline, or more lines in the block
    lead = read_lead(line[marks.end() :])
    if lead is None or lead[0].agency is None:
        return None  # "## PORTVILLE — Council votes": a heading may name a place before a dash
    reading, cut = lead[0], marks.end() + lead[1]
    rest = line[cut:].rstrip(BLANK + "#")
    inline = context.render(rest)
    if not inline.text.strip() or not _opens_prose(rest, inline.text):
        return None
    start = context.source.starts[index]
    builder = DatelineBuilder(context)
    dateline = builder.dateline(reading, start, start + cut)
    span = context.span(start + cut, start + len(line))
    images = block_images(context, inline, span.start, span.end)
    paragraph = Paragraph(
        raw=context.raw(span), span=span, text=inline.text, links=inline.links, images=images
    )
    return Claim(
        elements=(dateline, paragraph),
        found=(Found.DATELINE, Found.BODY),
        next_line=index + 1,
        diagnostics=tuple(builder.diagnostics),
        marks=(Found.LEAD,),
    )


_INLINE_MARKUP: Final = ("[", "<", "&", "\\")  # a link, an HTML tag, an entity, an escape


_MAX_WRAPPED_HEAD: Final = 60  # the longest line a wrapped dateline's first part stands on


def _wrapped_lead(context: Context, index: int) -> tuple[int, tuple[DatelineReading, int]] | None:
    """A dateline broken over two lines, and the line where the story starts, with its cut.

    ``PORTVILLE, Ore.`` over ``(AP) — The ...``, or ``PORTVILLE, Ore. (AP)`` over ``— The ...``:
    a converter or a narrow column broke the dateline, on a line of its own or in a block of its
    own. Read as the two lines joined by a space, the dateline must give its place, in capitals
    (a title-case line over an agency's mark is as often a byline or a kicker), and reach into
    the second line; the line alone reads as none.
    """
    line = context.lines[index]
    if len(line) > _MAX_WRAPPED_HEAD or not line.strip() or "![" in line:
        return None
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 2 or context.shape(following) is not Shape.TEXT:
        return None
    if following > index + 1 and context.block_end(index) != index + 1:
        return None  # a block of its own over the story, or the story's own next line
    head = line.rstrip(BLANK)
    joined = read_lead(f"{head} {context.lines[following]}")
    if joined is None or joined[0].place is None or joined[1] <= len(head) + 1:
        return None
    if not joined[0].place.partition(",")[0].isupper():
        return None  # "Jane Marlow" over "(AP) — ...": a name or a kicker over a wire's mark
    return following, (joined[0], joined[1] - len(head) - 1)


def _marked_up_lead(context: Context, index: int) -> tuple[DatelineReading, int] | None:
    """A lead's dateline read from the line's text where inline markup hides its shape.

    ``[PORTVILLE](url), Ore. (AP) — The ...``, ``<span>PORTVILLE (AP)</span> — ...``,
    ``PORTVILLE (AP) &mdash; ...``: read as the text reads (links, tags and entities undone),
    then cut where the story's first word stands in the line after what renders as the dateline.
    """
    line = context.lines[index]
    if not any(mark in line[:200] for mark in _INLINE_MARKUP) or "![" in line:
        return None  # a picture stays the paragraph's, never a dateline's
    text = context.inline(index).text
    lead = read_lead(text)
    if lead is None:
        return None
    reading, cut = lead
    place = reading.place or ""
    if line.lstrip(" *_").startswith("[") and reading.agency is None and not place.isupper():
        return None  # "[Home](#) – Die ...": a linked word in title case is a menu's or a tag's
    opening = " ".join(text[:cut].split())
    rest = text[cut:].split(None, 1)
    if not rest:
        return (reading, len(line)) if " ".join(render(line).text.split()) == opening else None
    word = rest[0]
    at = line.find(word)
    while 0 <= at <= _MAX_LEAD_MARKUP:
        if " ".join(render(line[:at]).text.split()) == opening:
            return reading, at
        at = line.find(word, at + 1)
    return None


_MAX_LEAD_MARKUP: Final = 2000  # characters of a line searched for where its story starts


_MAX_NAMING_LINES: Final = 2000  # lines searched for the place a lead names


def _confirmed_lead(context: Context, index: int, line: str) -> tuple[DatelineReading, int] | None:
    """A title-case place opening the lead that the story names as a place elsewhere.

    ``Hamburg. Die Stadt ...`` is a dateline when another line says ``in Hamburg``, ``aus
    Hamburg`` (``LOCATION_PREPOSITIONS``) or ``Hamburger``; a one-word kicker ("Endlich. Die
    ..."), a name ("Jane Marlow — ...") or a brand is never written so.
    """
    lead = named_lead(line)
    if lead is None or lead[0].place is None:
        return None
    names = [part for part in lead[0].place.split("/") if part]
    # The last word of a place of several words, written as its demonym: "Markt Eschenau -"
    # over a story about "die Eschenauer Innenstadt" (never a given name's or a kicker's habit).
    last_words = [name.split()[-1] for name in names if " " in name]
    for other in range(min(context.count, _MAX_NAMING_LINES)):
        if other == index:
            continue
        line = context.lines[other]
        if any(_names_place(line, name) for name in names) or any(
            _names_place(line, word, demonym_only=True) for word in last_words
        ):
            return lead
    return None


_DEMONYM_ENDINGS: Final = ("er", "ern", "erin", "erinnen")  # "die Hamburger Polizei"


def _names_place(line: str, name: str, *, demonym_only: bool = False) -> bool:
    """Whether ``line`` writes ``name`` after a preposition of place, or as its demonym."""
    at = line.find(name)
    while at >= 0:
        after = line[at + len(name) : at + len(name) + 8]
        ending = after[: len(after) - len(after.lstrip("abcdefghijklmnopqrstuvwxyzäöüß"))]
        if not ending and at > 0 and not demonym_only:
            before = line[:at].rstrip(" *_[").rsplit(None, 1)
            if before and before[-1].casefold() in current().location_prepositions:
                return True
        elif (
            ending in _DEMONYM_ENDINGS
            and not line[at - 1 : at].isalpha()
            and (not demonym_only or _adjective_use(line, at, at + len(name) + len(ending)))
        ):
            return True
        at = line.find(name, at + 1)
    return False


def _adjective_use(line: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is used as a place's adjective: "die Eschenauer Polizei".

    An article or a lower-case word before it and a capitalised noun after it: a surname that
    looks like a demonym ("Kim Berger, bisher ...") has a given name before it.
    """
    before = line[:start].rstrip(" *_").rsplit(None, 1)
    after = line[end : end + 2]
    return (
        bool(before)
        and (before[-1].islower() or before[-1].casefold() in current().name_articles)
        and after[:1] == " "
        and after[1:2].isupper()
    )


_MAX_SPEAKER_LINES: Final = 2000  # lines searched for an interview speaker's other turns


def _colon_story(context: Context, index: int, opening: str, text: str) -> bool:
    """Whether a place set off by a colon opens a story: "NEW TOWN: The council voted ... .".

    The story follows on the line and ends a sentence (a headline "ABC: X, Y and Z" does not,
    nor a label alone, "SIEHE:"); and the label opens no other paragraph, as an interview's
    speaker ("HAFENBLATT: Was ...?") does. A paragraph right under a heading is no speaker's
    turn: teaser cards of the site's other stories from the same place (a linked headline, then
    "NEW TOWN: ...") repeat a dateline, not a speaker.
    """
    stripped = text.strip(BLANK + "*_")
    if not stripped or not stripped.endswith(_SENTENCE_ENDS) or stripped.endswith(("?", "？")):
        return False
    label = opening.strip(BLANK + "*_")[:-1].rstrip("*_")
    for other in range(min(context.count, _MAX_SPEAKER_LINES)):
        line = context.lines[other].lstrip(BLANK + "*_>")
        if other != index and line.startswith(label) and line[len(label) :].lstrip("*_")[:1] == ":":
            above = context.prev_nonblank(other)
            if above is None or context.shape(above) is not Shape.HEADING:
                return False
    return True


# Words after a place and its dash that make a story's opening even with no sentence end.
_PROSE_AFTER: Final = 8
_SENTENCE_ENDS: Final = (".", "!", "?", "…", '"', "“", "”", "»", "«", "。", "！", "？")


def _opens_prose(line_rest: str, text: str) -> bool:
    """Whether what follows a place and its dash opens a story, not a title or a heading.

    "FERIENHAUS SEEBLICK - NORDUFER / EIFEL" (the rest of the line in capitals) is a heading;
    "AMT - Neue Regeln für Anträge" (a few words, no sentence end) repeats a title.
    """
    head = line_rest.strip(BLANK + "*_")
    if any(c.isupper() for c in head) and not any(c.islower() for c in head):
        return False  # capitals alone (scripts without case have neither)
    stripped = text.strip(BLANK + "*_")
    if not stripped:
        return True  # "TALHEIM –" alone: the story opens in the block under it
    return len(stripped.split()) >= _PROSE_AFTER or stripped.endswith(_SENTENCE_ENDS)


def screen(context: Context, index: int) -> bool:
    """The header, the first paragraphs (an opening dateline), and short lines with a digit."""
    if context.in_header(index):
        return True
    if not context.found(Found.LEAD) and context.found(Found.BODY) <= 3:
        return True
    line = context.lines[index]
    # Past the header the rule takes a line as short as the rule measures it (link targets
    # written "(#)", where it reads no date either) whose block holds a date: the line itself;
    # or a block of up to four short lines ("Jo Park, NDR" over "28.04.2020": each under 100,
    # or 300 together, as the rule reads them), or one line wrapped over more; or a label
    # alone ("* **Date**") with the date on the line below.
    short = short_targets(line)
    if context.header_date is None and _posted_at(line) is not None:
        return True  # "Dieser Beitrag wurde am 4. Mai 2020 ... veröffentlicht." under the text
    if len(short) > SHORT_LINE:
        return False
    if _label_alone(line) or DIGIT.search(short):
        return True
    end = context.block_end(index)
    if end - index > _GLUED_LINES:
        # A line wrapped at a fixed width over more lines: "Von Jo Park am" / "[3.5.2021](...".
        end = _wrapped_run(context, index, end)
        if end - index == 1:
            return False
        joined = short_targets(" ".join(context.lines[index:end]))
        return len(joined) <= 400 and DIGIT.search(joined) is not None
    if end - index == 1:
        return False
    block = [short_targets(context.lines[i]) for i in range(index, end)]
    return sum(map(len, block)) + len(block) <= 400 and any(DIGIT.search(b) for b in block)


def _label_alone(line: str) -> bool:
    """A short line that is nothing but date labels: "**Date**", "* Published:"."""
    if len(line) > LABEL_LINE:
        return False
    words = [w for w in WORD_RUN.findall(MARKUP.sub(" ", line)) if w.strip("-–—")]
    return bool(words) and all(
        word.casefold().strip(".:-–—") in dateline_words().labels for word in words
    )


def rule(context: Context, index: int) -> Claim | None:
    """Claim a header dateline or a first paragraph's dateline.

    A byline glued to its date has its own row before this one (:func:`glued_rule`).
    """
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    if shape is Shape.TEXT and "![" in context.lines[index]:
        picture = _picture_over_lead(context, index)
        if picture is not None:
            return picture
    if context.header_date is None and _posted_at(context.lines[index]) is not None:
        posted = _posted_claim(context, index)
        if posted is not None:
            return posted
    # Past the header only short lines can be datelines; long ones are prose that holds a date.
    header = context.in_header(index)
    limit = MAX_DATELINE if header else SHORT_LINE
    if len(short_targets(context.lines[index])) <= limit:
        claim = _once(_header_claim, context, index)
        if (
            claim is None
            and not header
            and _first_byline(context, index)
            and _once(_glued_claim, context, index) is not None
        ):
            return None  # a byline glued to a date in the text, which the glued row left there
        if claim is None and header:
            claim = _filed_claim(context, index)
        if claim is None:
            claim = _kicker_claim(context, index)
        if claim is None and header:
            claim = _opening_claim(context, index)
        if claim is None and header:
            claim = _heading_claim(context, index)
        if claim is not None and header:
            claim = _update_over_title(context, index, claim)
        if claim is not None:
            return _in_place(context, index, claim, header=header)
    return _lead_claim(context, index)


_MAX_BLANKS_UNDER_PICTURE: Final = 2  # converters may set two blank lines under a picture


def _picture_over_lead(context: Context, index: int) -> Claim | None:
    """A picture alone over a paragraph that opens with a dateline: the picture, captionless.

    ``![](src)`` then ``PORTVILLE, Ore. (AP) — The ...``: a story's opening is never the caption
    of the picture above it, so the picture is claimed alone and the paragraph left to the lead.
    """
    if context.found(Found.LEAD) or context.found(Found.BODY) > 3:
        return None
    if picture_claim(context, index, index, Found.CAPTION) is None:
        return None  # text beside the picture: not a picture alone
    if _credited_picture(context.lines[index]):
        return None  # the caption rule keeps the credit its alt text or title gives
    following = context.next_nonblank(index + 1)
    if (
        following is None
        or following - index > _MAX_BLANKS_UNDER_PICTURE + 1
        or context.shape(following) is not Shape.TEXT
    ):
        return None
    line = context.lines[following]
    lead = read_lead(line)
    if lead is None or not (lead[0].place or lead[0].agency):
        return None
    paragraph_end = paragraph_at(context, following)[1]
    rest = "\n".join([line[lead[1] :], *context.lines[following + 1 : paragraph_end]])
    if not _opens_prose(line[lead[1] :], context.render(rest).text):
        return None
    return picture_claim(context, index, index, Found.CAPTION)


def _credited_picture(line: str) -> bool:
    """Whether a picture's alt text or title may credit it: "![Quelle: X](src)", '(src "Foto")'."""
    alt = "".join(image.alt for image in render(line).images)
    closing = alt.rsplit("(", 1)[-1].rstrip(") ")
    titles = _PICTURE_TITLE.findall(line)
    return any(read_credit(part) is not None for part in (alt, closing, *titles) if part)


# A title after a picture's address: '(src "Foto: Jo Lane")'.
_PICTURE_TITLE: Final = re.compile(r"[ ]\"([^\"\n]{1,300})\"\)")


def glued_rule(context: Context, index: int) -> Claim | None:
    """Claim a byline glued to its date, in either order, on one line or a short block.

    See :func:`split_glued`. In the header, or past it while :func:`_first_byline` allows; a
    line that reads as a date line alone is left to :func:`rule`.
    """
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    header = context.in_header(index)
    if not (header or _first_byline(context, index)):
        return None
    if len(short_targets(context.lines[index])) > (MAX_DATELINE if header else SHORT_LINE):
        return None
    alone = _once(_header_claim, context, index)
    if alone is not None and not _date_cut_by_wrap(context, index, alone.next_line):
        return None  # a date line alone
    claim = _once(_glued_claim, context, index)
    return None if claim is None else _in_place(context, index, claim, header=header)


def _once(
    read: Callable[[Context, int], Claim | None], context: Context, index: int
) -> Claim | None:
    """``read(context, index)``, computed once per line: both date rows ask it of the same line.

    The cursor visits a line once, and nothing is claimed between the two rows, so the answer
    the first row got is the one the second would get.
    """
    memo = context.memo(read)
    if index in memo:
        return memo[index]
    claim = memo[index] = read(context, index)
    return claim


def _in_place(context: Context, index: int, claim: Claim, *, header: bool) -> Claim | None:
    """A date claim where it stands: past the header only while the article has no date.

    After the text a date is a teaser's or a comment's; inside the text it is text (``None``).
    """
    if header or context.header_date is None or _says_updated(claim):
        return claim
    if index >= context.tail_start:
        return teaser_claim(context, index, claim.next_line - 1, "a date")
    return None


# Links and separators alone: the section, category and tag links a date line may end with.
_LINKS_ONLY: Final = re.compile(r"(?:[\s,/|·•⋅–—*_-]{0,8}\[[^\[\]\n]{1,120}\]\(#{0,2000}\)){1,24}")


_LINK_CLOSE: Final = re.compile(r"\]\(#{0,2000}\)")


def _filed_claim(context: Context, index: int) -> Claim | None:
    """A header date line that ends with where the story is filed: categories, tags, sections.

    ``Sunday, 2 May 2021 | Tags: [Gardens](#)``, ``[16 May 2019](#) [Network](#), [Windows](#)``:
    the date is read and the list after it stays in the dateline's text.
    """
    line = context.lines[index]
    masked = masked_targets(line)
    if len(masked) > MAX_DATELINE * 8:
        return None
    dated = [f for f in find_dates(masked) if f.has_date]
    if not dated:
        return None
    end = dated[-1].end
    closing = _LINK_CLOSE.match(masked, end)  # the date is a link's text: "[2 May 2021](#)"
    if closing is not None:
        end = closing.end()
    stop = category_start(masked)
    if stop < end:
        return None
    if stop == len(masked):
        rest = masked[end:].lstrip(BLANK + "|·•⋅–—/,")
        if not rest.startswith("[") or _LINKS_ONLY.fullmatch(masked, end) is None:
            return None
        stop = end
    # Section links before the date: "[Interviews](#)[Anna](#) 7 May 2022".
    start = 0
    before = _LINKS_ONLY.match(masked, 0, dated[0].start)
    if (
        before is not None
        and before.end() > 0
        and not masked[before.end() : dated[0].start].strip(BLANK + "|·•⋅–—/,*_[")
    ):
        start = before.end()
    reading = read_dateline(masked[start:stop])
    if reading is None or reading.published is None:
        return None
    return _claim(context, reading, index, index)


# The end of what stands before a date that closes a line: a separator ("Wiesbaden, ",
# "classic - ", "Tages // "), or a word or link glued to the date ("Research7 April 2020").
_BEFORE_CLOSING_DATE: Final = re.compile(
    r"(?:\s{0,3}[|/·•,:–—-]{1,2}\s{0,3}|(?<=[^\W\d_])|(?<=[)\]]))$"
)
# A sentence's end inside the words before a date (an initial's period is none): then they
# are prose, no label.
_SENTENCE_MARK: Final = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)|[!?]")
# A capitalised word, then spaces: "Lundqvist " before "4.11.2018, 21:15 Uhr".
_CAPITAL_BEFORE: Final = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}\s{1,3}$")
_MAX_KICKER_WORDS: Final = 6


def _kicker_claim(context: Context, index: int) -> Claim | None:
    """A line closed by a complete date after a short label, section or place.

    ``Original Research7 April 2020``, ``Fachmagazin classic  - 15. Februar 2022``, ``Hofheim
    am Rhein | Wiesbaden, 11. November 2021``, ``[Interviews](#)[Blog](#)7. Mai 2022``: up to
    six words set off from the date by a separator or glued to it (or by a space after a
    capitalised word when the date has its time: ``Jo Park 4.11.2018, 21:15 Uhr``), none ending
    a sentence, and no credit (``Quelle: Hafenblatt, 24.3.2020`` dates the source it cites). The
    whole line is the dateline (the label stays in its text). Plain lines only: a list item of
    that shape is a menu's teaser.
    """
    if context.shape(index) is not Shape.TEXT:
        return None  # a list item holding a date and a few words is a menu's teaser link
    line = context.lines[index]
    masked = masked_targets(line)
    if len(short_targets(line)) > SHORT_LINE:
        return None
    dated = [f for f in find_dates(masked) if f.has_date]
    if not dated:
        return None
    last = dated[-1]
    if last.year is None or last.day is None:
        return None
    end = last.end
    closing = _LINK_CLOSE.match(masked, end)  # the date is a link's text: "[Tages // 2.5.2021](#)"
    if closing is not None:
        end = closing.end()
    if masked[end:].strip(BLANK + "*_"):
        return None
    start = last.start
    weekday = WEEKDAY_BEFORE.search(masked, max(0, start - 16), start)
    if weekday is not None and weekday["day"].casefold() in current().weekdays:
        start = weekday.start("day")
    head = masked[:start]
    if _BEFORE_CLOSING_DATE.search(head) is None and not (
        last.has_time and _CAPITAL_BEFORE.search(head)
    ):
        return None  # "Jo Park 14.11.2018, 21:15 Uhr": a space alone before a date with its time
    words = render(head).text.replace("*", " ").replace("_", " ").split()
    words = [w for w in words if w.strip("|/·•,:–—-")]
    if not words or len(words) > _MAX_KICKER_WORDS or _SENTENCE_MARK.search(" ".join(words)):
        return None
    if read_credit(" ".join(words)):
        return None  # "Quelle: Hafenblatt, 24.3.2020": a cited source's date, not the story's
    reading = read_dateline(masked[start:end])
    if reading is None or reading.published is None:
        return None
    return _claim(context, reading, index, index)


_MAX_FIELD_AFTER_WORDS: Final = 8
_POSTED_MARKUP: Final = " \t*_>-+"
_POSTED_GAP: Final = 24  # "Mittwoch, den " between the opening and the date


def _posted_at(line: str) -> int | None:
    """Where the date goes in a template's publication sentence ("Dieser Beitrag wurde am ")."""
    initial = line.lstrip(_POSTED_MARKUP)[:1]
    if len(line) < 16 or not initial or initial not in dateline_words().posted_initials:
        return None
    start = len(line) - len(line.lstrip(_POSTED_MARKUP))
    head = line[start : start + dateline_words().posted_head]
    words = head.casefold().split()
    for size in range(3, 10):
        opening = " ".join(words[:size])
        if opening in current().posted_openings:
            at = start
            for word in words[:size]:  # the end of the opening's last word in ``line``
                at = line.casefold().index(word, at) + len(word)
            return at
    return None


def _posted_claim(context: Context, index: int) -> Claim | None:
    """A blog template's sentence saying when the post was published, while there is no date.

    ``Dieser Beitrag wurde am [4. Mai 2020](#) von [jdoe](#) in [Fähren](#) veröffentlicht.``,
    ``This entry was posted on Monday, May 4, 2020``: the opening (``POSTED_OPENINGS``) and then,
    a weekday aside, a complete date. The line (under 25 words) is the dateline.
    """
    line = context.lines[index]
    at = _posted_at(line)
    if at is None or len(plain_text(line).split()) >= PROSE_WORDS or len(line) > 2000:
        return None
    masked = masked_targets(line)
    found = [f for f in find_dates(masked[at : at + 200]) if f.has_date]
    if not found or found[0].year is None or found[0].day is None:
        return None
    between = masked[at : at + found[0].start]
    if len(between) > _POSTED_GAP or any(
        w.casefold() not in dateline_words().posted_between
        for w in WORD_RUN.findall(MARKUP.sub(" ", between))
    ):
        return None
    reading = DatelineReading(published=found[0])
    return _claim(context, reading, index, index)


def _short_dated(
    context: Context, index: int, shape: Shape
) -> tuple[str, str, list[FoundDate]] | None:
    """A short line of the given shape, its masked text and the dates it gives, if any."""
    if context.shape(index) is not shape:
        return None
    line = context.lines[index]
    if len(short_targets(line)) > SHORT_LINE:
        return None
    masked = masked_targets(line)
    attributes = attribute_block(masked) if shape is Shape.HEADING else None
    if attributes is not None:
        masked = masked[:attributes]  # "{#16-10-2019-funk .title}": an identifier, no date
    dated = [f for f in find_dates(masked) if f.has_date]
    return (line, masked, dated) if dated else None


def _opening_claim(context: Context, index: int) -> Claim | None:
    """A header line opened by a complete (labelled) date, with short fields after it.

    ``Datum: [13. April 2017](#)Autor: [www.hafenblatt.test](#)``, ``01.12.2022 / [![Blatt](#)](#)
    / [Energie](#)``, ``25. Januar 2022 (ABC/DEF) Bonn/Köln``, ``Published on May 9, 2019May 9,
    2019 • 31 Likes``: up to eight words after the date, the first not in lower case (prose goes
    on in lower case: "12. Mai 2021 wurde ..."), none ending a sentence. The whole line is the
    dateline; what follows the date stays in its text, unread.
    """
    short = _short_dated(context, index, Shape.TEXT)
    if short is None:
        return None
    line, masked, dated = short
    if dated[0].year is None or dated[0].day is None:
        return None
    end = dated[0].end
    closing = _LINK_CLOSE.match(masked, end)
    if closing is not None:
        end = closing.end()
    rest = masked[end:].strip(BLANK + "*_")
    if not rest or rest[0].islower() or rest[0] in ".!?" or not any(c.isalpha() for c in rest):
        return None  # "It's January 9, 1963.": a sentence; "10:32 +99:00": no field of words
    words = render(rest).text.replace("*", " ").replace("_", " ").split()
    words = [w for w in words if w.strip("|/·•,:;–—-()")]
    if len(words) > _MAX_FIELD_AFTER_WORDS or _SENTENCE_MARK.search(" ".join(words)):
        return None
    reading = read_dateline(masked[:end], strict=_sentence_in_text(context, index, line))
    if reading is None or reading.published is None or reading.published.start != dated[0].start:
        return None
    return _claim(context, reading, index, index)


_MAX_HEADING_WORDS: Final = 12


def _heading_claim(context: Context, index: int) -> Claim | None:
    """A small header heading holding one complete date among a few words, while undated.

    ``#### **23.09.2021** Hafenmagazin ∙ Hafenfunk``, ``## Meldung | 3.5.2022 **Hafen**``: pages set
    the date line as a heading, with the section or the show beside it. Only while the article
    has no date, and only one date (two or more are a list or a range).
    """
    if context.header_date is not None:
        return None
    short = _short_dated(context, index, Shape.HEADING)
    if short is None:
        return None
    _, masked, found = short
    if len(found) != 1 or found[0].year is None or found[0].day is None:
        return None
    words = render(masked).text.replace("*", " ").replace("_", " ").split()
    if len(words) > _MAX_HEADING_WORDS or _SENTENCE_MARK.search(" ".join(words)):
        return None
    return _claim(context, DatelineReading(published=found[0]), index, index)


def _first_byline(context: Context, index: int) -> bool:
    """Whether a byline glued to a date may be read past the header.

    While the article has no date yet (a long run of navigation may end the header early, and
    some pages date the story after the text), or while it has no byline and the line opens with
    a byline word ("par Jeanne Roux, 21 juin 2018" under the text).
    """
    if context.header_date is None:
        return True
    return not context.found(Found.BYLINE) and context.first_word(index) in prefix_first_words()


_MAX_LABELLED_LOOKAHEAD: Final = 12  # header lines under the title searched for a labelled date


def _update_over_title(context: Context, index: int, claim: Claim) -> Claim:
    """An unlabelled date over the title, later than the one labelled as published under it.

    ``09.01.2024 08:15`` above the headline and ``Veröffentlicht: 28.12.2023`` below it: the page
    shows two dates and names the earlier one the publication, so the other is the update. The
    claim's date becomes its ``updated``; any other claim is returned as it is.
    """
    title = context.title_line
    if title is None or index >= title or len(claim.elements) != 1:
        return claim
    dateline = claim.elements[0]
    if not isinstance(dateline, Dateline) or dateline.updated is not None:
        return claim
    shown = dateline.published
    if shown is None or shown.ambiguous or context.first_word(index) in dateline_words().labels:
        return claim
    labelled = _labelled_published(context, title)
    if labelled is None or labelled >= shown.date:
        return claim
    moved = attrs.evolve(dateline, published=None, updated=shown)
    return claim._replace(elements=(moved,))


def _labelled_published(context: Context, title: int) -> dt.date | None:
    """The day a short line under the title labels as published (``Published: May 4, 2021``).

    The lines right under the title: a converter may end the header early, before the date.
    """
    stop = min(title + 1 + _MAX_LABELLED_LOOKAHEAD, len(context.lines))
    for index in range(title + 1, stop):
        if context.first_word(index) not in current().published_labels:
            continue
        if len(short_targets(context.lines[index])) > LABEL_LINE:
            continue  # "Published ..." opening a sentence of text, no date line
        reading = read_dateline(context.lines[index])
        found = reading.published if reading is not None else None
        if found is None or found.ambiguous or found.year is None or found.day is None:
            continue
        if found.month is not None:
            return dt.date(found.year, found.month, found.day)
    return None


def _says_updated(claim: Claim) -> bool:
    return any(isinstance(e, Dateline) and e.updated is not None for e in claim.elements)


def dateline_of(text: str, order: DateOrder | None) -> Dateline:
    """The work of :func:`newsparse.parse_dateline`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-dateline`` when ``text`` is neither.
    """
    source = Source(text)
    span = source.span(0, len(text))
    raw = source.raw(span)
    reading = read_dateline(raw, order=order)
    if reading is None:
        lead = read_lead(raw, order=order)
        if lead is not None and not raw[lead[1] :].strip(BLANK):
            reading = lead[0]
    if reading is None:
        line, column = source.position(span.start)
        raise ParseError(
            f"{raw[:60]!r} does not read as a dateline",
            code=Code.NOT_A_DATELINE,
            line=line,
            column=column,
        )

    shown, likely = text_order(raw, order)

    def value(phrase: FoundDate | None) -> DateValue | None:
        if phrase is None:
            return None
        return read_in_order(phrase, shown=shown, likely=likely).value()

    return Dateline(
        raw=raw,
        span=span,
        text=plain_text(raw),
        published=value(reading.published),
        updated=value(reading.updated),
        place=reading.place,
        agency=reading.agency,
    )
