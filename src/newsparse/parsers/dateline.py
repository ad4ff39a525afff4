"""Datelines: when the story was published and updated, where it was filed, and by which agency.

Two shapes: a header line that is mostly a date (``July 16, 2021``, ``Stand: 20. April 2020, 14:57
Uhr``, ``PUBLISHED: ... | UPDATED: ...``), and the place-and-agency opening of the first
paragraph (``MOSCOW (AP) —``, ``WASHINGTON, July 16 (Reuters) -``), which is split off the
paragraph. A date without a year takes the year from an earlier date or the source URL, with a
diagnostic; failing both it stays unset.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from newsparse.dates import DateOrder, FoundDate, find_dates
from newsparse.engine import Claim, Context, Found, Shape
from newsparse.errors import Code, ParseError
from newsparse.inline import render
from newsparse.model import Byline, Dateline, DateValue, Diagnostic, Element, Paragraph, Severity
from newsparse.parsers.boilerplate import teaser_claim
from newsparse.parsers.byline import read_byline
from newsparse.parsers.paragraph import paragraph_at
from newsparse.source import BLANK, Source
from newsparse.vocabulary import (
    DATE_LABELS,
    UPDATED_LABELS,
    WEEKDAYS,
    ZONES,
    agency_name,
)

__all__ = ["DatelineReading", "parse_dateline", "read_dateline", "read_lead", "rule"]

_MAX_DATELINE: Final = 300

# Words a dateline may hold besides its dates: labels, weekdays, joiners, zone names.
_JOINERS: Final = frozenset(
    """at um à a las la às alle ore om the on le el am de del do da uhr hs h hrs et and und y e
    | - – — · • / , : . mis jour à ligne online seit heute hoy aujourd'hui today o'clock""".split()
)
# Words that mark the date after them as an update ("mis" as in "mis à jour").
_UPDATED_WORDS: Final = (UPDATED_LABELS - {"last"}) | {"mis"}
_ALLOWED: Final = DATE_LABELS | UPDATED_LABELS | WEEKDAYS | _JOINERS | frozenset(ZONES)
# Markdown that is not words: emphasis, link brackets and targets, heading and list markers.
_MARKUP: Final = re.compile(r"\]\([^()\s]{0,2000}\)|[*_\[\]#>`]")
_WORDS: Final = re.compile(r"[^\s|·•,;:()]{1,60}")
# "MOSCOW —", "SOUTHWEST MIAMI-DADE, FLA." before a header date.
_PLACE_BEFORE: Final = re.compile(
    r"^\s{0,3}(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{2,40}?)\s{0,3}(?:—|–|--|-|,)\s"
)
# "(AP)", "/TASS/": an agency credited inside a dateline.
_AGENCY_MARK: Final = re.compile(r"\((?P<a>[^()\n]{1,40})\)|/(?P<b>[A-ZÀ-Þ][^/\n ]{1,20})/")

# The opening of a first paragraph: place, optional date, optional agency, then a dash.
#   MOSCOW (AP) —   WASHINGTON, July 16 (Reuters) -   TALLAHASSEE, Fla. (AP) —   (CNN) —
#   BEIRUT/THE HAGUE, March 7 (Reuters) -   MOSCOW, July 16. /TASS/.   Hamburg (dpa/lno) –
_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?"
    r"(?:(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,40}(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}){0,3}"
    r"(?:,[ ][A-Z][A-Za-z.]{1,12}){0,2})"
    r"|(?P<mixed>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}(?:[ /-][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}){0,2})(?=[ ]?\())?"
    r"(?:,[ ]?(?P<date>[^()—–\n]{3,40}?))?"
    r"(?:\*\*|__)?[ ]?"
    r"(?:\((?P<agency>[^()\n]{1,40})\)|/(?P<slashed>[A-ZÀ-Þ][^/\n ]{1,20})/\.?)?"
    r"(?:\*\*|__)?[ ]?\.?[ ]?(?P<dash>—|–|--|-|(?<=/\.)|(?<=/))(?:[ ]|$)"
)


@attrs.frozen(kw_only=True)
class DatelineReading:
    """What a dateline says, before years are completed from context."""

    published: FoundDate | None = None
    updated: FoundDate | None = None
    place: str | None = None
    agency: str | None = None


def _agency_like(text: str) -> bool:
    """Whether a credit in parentheses names an agency or outlet: "Reuters", "dpa/lno", "KGO"."""
    return text[:1].isupper() or any(agency_name(part) for part in text.split("/"))


def _agency(text: str) -> str | None:
    mark = _AGENCY_MARK.search(text)
    if mark is None:
        return None
    agency = (mark["a"] or mark["b"] or "").strip()
    return agency if agency and _agency_like(agency) else None


def read_dateline(markdown: str, *, order: DateOrder | None = None) -> DatelineReading | None:
    """What a header dateline says, or ``None`` when ``markdown`` is not mostly a date.

    Example:
        >>> r = read_dateline("March 3, 2020 at 7:15 am Updated March 4, 2020 at 1:20 pm")
        >>> (r.published.day, r.published.hour), (r.updated.day, r.updated.hour)
        ((3, 7), (4, 13))
    """
    if len(markdown) > _MAX_DATELINE:
        return None
    found = find_dates(markdown, order=order)
    dated = [f for f in found if f.has_date]
    if not dated:
        return None
    # Everything that is not a date phrase must be labels, joiners, a place or an agency.
    pieces = []
    position = 0
    for phrase in found:
        pieces.append(markdown[position : phrase.start])
        position = phrase.end
    pieces.append(markdown[position:])
    rest = _MARKUP.sub(" ", " ".join(pieces))
    place_match = _PLACE_BEFORE.match(rest)
    place = place_match["place"].strip(" ,.-–—") if place_match else None
    if place_match is not None:
        rest = rest[place_match.end() :]
    agency = _agency(rest)
    unknown = [
        word
        for word in _WORDS.findall(_AGENCY_MARK.sub(" ", rest))
        if word.casefold().strip(".:-–—") not in _ALLOWED and word.strip(".:-–—/")
    ]
    if len(unknown) > 1 or (unknown and len(" ".join(unknown)) > 12):
        return None
    published = updated = None
    position = 0
    for phrase in dated:
        label = markdown[position : phrase.start].casefold()
        position = phrase.end
        says_updated = any(w.strip(":.|*_") in _UPDATED_WORDS for w in label.split())
        if says_updated and updated is None:
            updated = phrase
        elif published is None:
            published = phrase
        elif updated is None:
            updated = phrase
    return DatelineReading(published=published, updated=updated, place=place, agency=agency)


def read_lead(
    markdown: str, *, order: DateOrder | None = None
) -> tuple[DatelineReading, int] | None:
    """The dateline opening a first paragraph, and where the paragraph text starts.

    Example:
        >>> reading, cut = read_lead("WASHINGTON, July 16 (Reuters) - The Senate voted.")
        >>> (
        ...     reading.place,
        ...     reading.agency,
        ...     reading.published.day,
        ...     "WASHINGTON, July 16 (Reuters) - The Senate voted."[cut:],
        ... )
        ('WASHINGTON', 'Reuters', 16, 'The Senate voted.')
    """
    match = _LEAD.match(markdown[:200])
    if match is None:
        return None
    place = match["place"] or match["mixed"]
    agency = match["agency"] or match["slashed"]
    if place is None and agency is None:
        return None
    if match["mixed"] and agency is None:
        return None
    if place is not None:
        place = place.strip(" ,-–—")
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 2 or (match["place"] and len(letters) < 3 and agency is None):
            return None
    if agency is not None and not _agency_like(agency):
        return None
    published = None
    if match["date"] is not None:
        dates = [f for f in find_dates(match["date"], order=order) if f.has_date]
        if not dates:
            return None
        published = dates[0]
    if match["dash"] == "" and match["slashed"] is None:
        return None
    cut = match.end()
    return DatelineReading(published=published, place=place, agency=agency), cut


# -- the rule ---------------------------------------------------------------------------------

# After a byline and before its date: "on", "am", "le", "|", "-", "·".
_BYLINE_TAIL: Final = re.compile(r"(?:\s{0,3}(?:\b(?:on|am|le|el|em|the)\b|[|·•—–-])){1,3}\s{0,3}$")


class _Builder:
    """Turns readings into Dateline elements with their years completed and diagnostics made."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.diagnostics: list[Diagnostic] = []

    def value(self, phrase: FoundDate | None, start: int, end: int) -> DateValue | None:
        if phrase is None:
            return None
        context = self.context
        if phrase.ambiguous:
            # Only now is the whole document scanned for the order it writes dates in.
            phrase = phrase.in_order(context.order)
        if phrase.year is None and phrase.month is not None:
            year, source = self._context_year()
            if year is None:
                self.diagnostics.append(
                    context.diagnostic(
                        Code.MISSING_YEAR,
                        "the date gives no year and neither an earlier date nor the URL does",
                        context.span(start, end),
                        Severity.WARNING,
                    )
                )
                return None
            phrase = phrase.with_year(year)
            self.diagnostics.append(
                context.diagnostic(
                    Code.YEAR_FROM_CONTEXT,
                    f"the date gives no year; {year} taken from {source}",
                    context.span(start, end),
                    Severity.INFO,
                )
            )
        value = phrase.value()
        if value is None:
            return None
        if value.ambiguous:
            self.diagnostics.append(
                context.diagnostic(
                    Code.AMBIGUOUS_DATE,
                    "day and month could be swapped and the document does not show its order; "
                    "read day first",
                    context.span(start, end),
                    Severity.WARNING,
                )
            )
        if value.zone is not None and phrase.offset is None:
            self.diagnostics.append(
                context.diagnostic(
                    Code.AMBIGUOUS_ZONE,
                    f"the zone {value.zone!r} has no single offset; the time is kept naive",
                    context.span(start, end),
                    Severity.INFO,
                )
            )
        return value

    def _context_year(self) -> tuple[int | None, str]:
        earlier = self.context.header_date
        if earlier is not None:
            return earlier.date.year, "an earlier date"
        year = self.context.url_year
        if year is not None:
            return year, "the source URL"
        return None, ""

    def dateline(self, reading: DatelineReading, start: int, end: int) -> Dateline:
        span = self.context.span(start, end)
        raw = self.context.raw(span)
        return Dateline(
            raw=raw,
            span=span,
            text=render(raw).text,
            published=self.value(reading.published, start, end),
            updated=self.value(reading.updated, start, end),
            place=reading.place,
            agency=reading.agency,
        )


def _time_only(context: Context, index: int) -> FoundDate | None:
    """A line that is only a time ("4 AM", "um 12:50 Uhr"), as the line after a date gives it."""
    line = context.lines[index]
    if len(line) > 40:
        return None
    found = find_dates(line)
    if len(found) != 1 or found[0].has_date or not found[0].has_time:
        return None
    rest = _MARKUP.sub(" ", line[: found[0].start] + line[found[0].end :])
    if any(w.casefold() not in _ALLOWED for w in _WORDS.findall(rest)):
        return None
    return found[0]


def _header_claim(context: Context, index: int) -> Claim | None:
    """A header dateline: this line, its block, or a date followed by a time-only line."""
    block_end = context.block_end(index)
    lines = context.lines
    candidates = []
    if 1 < block_end - index <= 4 and all(len(lines[i]) < 100 for i in range(index, block_end)):
        candidates.append(block_end - 1)
    candidates.append(index)
    for last in candidates:
        markdown = "\n".join(lines[index : last + 1])
        reading = read_dateline(markdown)
        if reading is not None:
            return _with_time_line(context, reading, index, last)
    return None


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
    builder = _Builder(context)
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
    """A byline and its date on one line or block: ``Written by X on November 7, 2023``."""
    block_end = context.block_end(index)
    if block_end - index > 4:
        block_end = index + 1
    lines = context.lines
    markdown = "\n".join(lines[index:block_end])
    if len(markdown) > _MAX_DATELINE:
        return None
    dated = [f for f in find_dates(markdown) if f.has_date]
    if not dated:
        return None
    cut = dated[0].start
    before = markdown[:cut]
    tail = _BYLINE_TAIL.search(before)
    byline_end = tail.start() if tail else len(before.rstrip())
    authors = read_byline(before[:byline_end]) if byline_end else None
    if authors is None:
        return None
    reading = read_dateline(markdown[byline_end:])
    if reading is None:
        return None
    start = context.source.starts[index]
    split = start + byline_end
    end = context.source.line_end(block_end - 1)
    byline_span = context.span(start, split)
    byline_raw = context.raw(byline_span)
    byline = Byline(raw=byline_raw, span=byline_span, text=render(byline_raw).text, authors=authors)
    builder = _Builder(context)
    dateline = builder.dateline(reading, split, end)
    return Claim(
        elements=(byline, dateline),
        found=(Found.BYLINE, Found.DATELINE),
        next_line=block_end,
        diagnostics=tuple(builder.diagnostics),
    )


def _lead_claim(context: Context, index: int) -> Claim | None:
    """The dateline opening one of the first paragraphs, split off the paragraph."""
    if context.found(Found.BODY) > 3 or context.shape(index) is not Shape.TEXT:
        return None
    if context.found(Found.LEAD):
        return None
    line = context.lines[index]
    lead = read_lead(line)
    if lead is None:
        return None
    reading, cut = lead
    start = context.source.starts[index]
    builder = _Builder(context)
    dateline = builder.dateline(reading, start, start + cut)
    elements: list[Element] = [dateline]
    found = [Found.DATELINE]
    paragraph, end = paragraph_at(context, index)
    rest_start = context.span(start + cut, paragraph.span.end)
    if rest_start.end > rest_start.start:
        raw = context.raw(rest_start)
        inline = render("\n".join([line[cut:], *context.lines[index + 1 : end]]))
        elements.append(Paragraph(raw=raw, span=rest_start, text=inline.text, links=inline.links))
        found.append(Found.BODY)
    return Claim(
        elements=tuple(elements),
        found=tuple(found),
        next_line=end,
        diagnostics=tuple(builder.diagnostics),
        marks=(Found.LEAD,),
    )


def rule(context: Context, index: int) -> Claim | None:
    """Claim a header dateline, a byline glued to its date, or a first paragraph's dateline."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    # Past the header only short lines can be datelines; long ones are prose that holds a date.
    header = context.in_header(index)
    limit = _MAX_DATELINE if header else 120
    if len(context.lines[index]) <= limit:
        claim = _header_claim(context, index)
        if claim is None and header:
            claim = _glued_claim(context, index)
        if claim is not None:
            if header or context.header_date is None or _says_updated(claim):
                return claim
            if index >= context.tail_start:
                # A date after the text, when the article has one: a teaser's or a comment's.
                return teaser_claim(context, index, claim.next_line - 1, "a date")
            return None  # a date line inside the text is text
    return _lead_claim(context, index)


def _says_updated(claim: Claim) -> bool:
    return any(isinstance(e, Dateline) and e.updated is not None for e in claim.elements)


def parse_dateline(text: str, *, order: DateOrder | None = None) -> Dateline:
    """Read one dateline: a header date line or the place-and-agency opening of a story.

    A date without a year gives ``published=None`` (there is no context to take a year from).

    Raises:
        ParseError: ``not-a-dateline`` when ``text`` is neither.

    Example:
        >>> d = parse_dateline("Updated: Oct 01, 2014, 08.30 AM IST")
        >>> d.updated.value, d.updated.zone
        (datetime.datetime(2014, 10, 1, 8, 30), 'IST')
        >>> d = parse_dateline("MOSCOW (AP) —")
        >>> d.place, d.agency
        ('MOSCOW', 'AP')
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

    def value(phrase: FoundDate | None) -> DateValue | None:
        return phrase.value() if phrase is not None else None

    return Dateline(
        raw=raw,
        span=span,
        text=render(raw).text,
        published=value(reading.published),
        updated=value(reading.updated),
        place=reading.place,
        agency=reading.agency,
    )
