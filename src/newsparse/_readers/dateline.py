"""Dateline text: the dates, place and agency one dateline string holds.

Also :func:`read_lead`, the dateline opening a paragraph (``MOSCOW (AP) —``, ``12.03.2021, 10:15
UhrDer ...``): the standfirst rule reads a date set before a lead with it.

The reader the dateline rules (:mod:`newsparse._parsers.dateline`) stand on, kept apart from them
so that other kinds' rules read a date glued to their own element without importing those rules.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final, NamedTuple

import attrs

from newsparse._dates import (
    DateOrder,
    FoundDate,
    find_dates,
)
from newsparse._inline import Inline, render
from newsparse._model import (
    Author,
    AuthorKind,
)
from newsparse._readers.byline import (
    author_page,
    category_start,
    plain_names,
    read_byline,
)
from newsparse._readers.reading_time import reading_time
from newsparse._source import BLANK
from newsparse.vocabulary import (
    Vocabulary,
    agency_name,
    cached,
    case_forms,
    current,
    patterns,
    prefix_first_words,
    word_pattern,
)

__all__ = [
    "DIGIT",
    "MARKUP",
    "MAX_DATELINE",
    "WEEKDAY_BEFORE",
    "WORD_RUN",
    "DatelineReading",
    "DatelineWords",
    "agency_like",
    "dateline_words",
    "masked_targets",
    "named_lead",
    "no_place",
    "read_dateline",
    "read_lead",
    "short_targets",
    "split_glued",
    "split_trailing",
]


# The longest line read as a dateline, its link targets written "(#)".
MAX_DATELINE: Final = 300
_MAX_WORDS: Final = 24  # a dateline is short; a sentence that holds a date is not one
_MAX_DATES: Final = 2  # published and updated; three dates or more on a line are a list


class DatelineWords(NamedTuple):
    """The dateline rules' word sets and word-list patterns, built from one vocabulary."""

    # Words that mark the date after them as an update ("mis" as in "mis à jour").
    updated_words: frozenset[str]
    # Words a dateline may hold besides its dates: labels, weekdays, joiners, zone names.
    allowed: frozenset[str]
    labels: frozenset[str]
    # A link to the comments or another interface page beside a date: "[3 Kommentare](...)".
    ui_link: re.Pattern[str]
    # What trails names before their date: "[Jane Doe](#) on", "Von X |".
    byline_tail: re.Pattern[str]
    # The longest publication-sentence opening, with room for doubled spaces.
    posted_head: int
    # The letters such openings start with, in both cases: a cheap test before the lookup.
    posted_initials: frozenset[str]
    # Words between such an opening and its date: "Mittwoch, den ".
    posted_between: frozenset[str]
    # A byline glued before a closing date: "...the harbour.by Jo Park " (lower or upper case).
    trailing_by: re.Pattern[str]
    # A byline word after a list of categories: "Posted in [Travel](#) by jdoe".
    later_prefix: re.Pattern[str]


def _case_forms_of(letter: str) -> tuple[str, str]:
    """A letter in lower case and in capitals: "d" gives ("d", "D")."""
    return letter.casefold(), letter.upper()


def _build(words: Vocabulary) -> DatelineWords:
    """The dateline patterns of ``words``."""
    labels = words.date_labels | words.updated_labels
    prefixes = case_forms(words.trailing_prefixes, capitals=words.capital_words)
    return DatelineWords(
        updated_words=(words.updated_labels - {"last"}) | {"mis"},
        allowed=labels | words.weekdays | words.dateline_fillers | frozenset(words.zones),
        labels=labels,
        ui_link=word_pattern(
            r"\[[0-9]{0,6}[ ]?",
            words.comment_link_words,
            r"\]\([^()\s]{0,2000}\)",
            flags=re.I,
        ),
        byline_tail=word_pattern(
            r"(?:\s{0,3}(?:\b", words.date_joiners, r"\b|[|·•—–-])){1,3}\s{0,3}$"
        ),
        posted_head=max(map(len, words.posted_openings), default=0) + 8,
        posted_initials=frozenset(
            letter for opening in words.posted_openings for letter in _case_forms_of(opening[:1])
        ),
        posted_between=words.dateline_fillers | words.weekdays | {"den"},
        trailing_by=word_pattern(r"(?:^|[\s.?!;:|—–-])(?P<by>", prefixes, r"\s[^\n]{2,300})$"),
        later_prefix=word_pattern(r"\s(?=", prefixes, r"\s)"),
    )


# The dateline rules' tables of the vocabulary in use, built once per vocabulary.
dateline_words: Final = patterns(_build)
# Markdown that is not words: emphasis, link brackets and targets, heading and list markers.
MARKUP: Final = re.compile(r"\]\([^()\s]{0,2000}\)|[*_\[\]#>`]")
# A word between a dateline's separators (bars, bullets, commas, colons, parentheses).
WORD_RUN: Final = re.compile(r"[^\s|·•,;:()]{1,60}")
# "MOSCOW —", "SOUTHWEST MIAMI-DADE, FLA." before a header date.
_PLACE_BEFORE: Final = re.compile(
    r"^\s{0,3}(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{2,40}?)\s{0,3}(?:—|–|--|-|,)\s"
)
# "Berlin, 12.03.2022", "Madrid - 04 may 2022": a place in capitalised words before the date.
_TITLED_PLACE: Final = re.compile(
    r"^\s{0,3}(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}){0,2})"
    r"\s{0,3}(?:—|–|--|-|,)\s"
)
# "(AP)", "/TASS/": an agency credited inside a dateline.
_AGENCY_MARK: Final = re.compile(r"\((?P<a>[^()\n]{1,40})\)|/(?P<b>[A-ZÀ-Þ][^/\n ]{1,20})/")

# A link target, with its optional title: "](https://x.example/2016/05/19/a "A title")", or a
# reference link's label ("][1]", "][]": converters that write definitions at the end). Dates
# inside targets are not the article's, and long targets are no reason to reject a short line.
_TARGET: Final = re.compile(
    r"\]\((?:[^()\s]{0,2000}|[^()\s]{0,2000}[ ]\"[^\"\n]{0,300}\")\)|\]\[[^\[\]\n]{0,999}\]"
)


def _has_target(markdown: str) -> bool:
    return "](" in markdown or "][" in markdown


def short_targets(markdown: str) -> str:
    """``markdown`` with every link target written ``(#)``: the length a reader sees."""
    return _TARGET.sub("](#)", markdown) if _has_target(markdown) else markdown


def masked_targets(markdown: str) -> str:
    """``markdown`` with link targets overwritten by ``#`` (offsets stay valid).

    A reference link's ``][1]`` is written ``](#)`` too: the same length, read as a link.
    """
    if not _has_target(markdown):
        return markdown
    return _TARGET.sub(lambda m: "](" + "#" * (len(m.group()) - 3) + ")", markdown)


@attrs.frozen(kw_only=True)
class DatelineReading:
    """What a dateline says, before years are completed from context."""

    published: FoundDate | None = None
    updated: FoundDate | None = None
    place: str | None = None
    agency: str | None = None


def agency_like(text: str) -> bool:
    """Whether a credit in parentheses names an agency or outlet: "Reuters", "dpa/lno", "KGO"."""
    parts = text.replace("-", "/").split("/")  # "dpa/lno", "dpa-AFX", "dpa-infocom"
    return text[:1].isupper() or any(agency_name(part) for part in parts)


def _agency(text: str) -> str | None:
    mark = _AGENCY_MARK.search(text)
    if mark is None:
        return None
    agency = (mark["a"] or mark["b"] or "").strip()
    if agency.endswith(":") or any(
        w.casefold().strip(":") in dateline_words().labels for w in agency.split()
    ):
        return None  # "(Letztes Update: 14.03.2022)": a label in parentheses
    return agency if agency and agency_like(agency) else None


def no_place(place: str) -> bool:
    """Words in a dateline's place position that name no place: weekdays, markers, labels."""
    folded = place.casefold()
    return (
        folded in current().weekdays
        or folded in current().lead_markers
        or folded in dateline_words().labels
    )


def _titled_place(rest: str) -> re.Match[str] | None:
    """A capitalised place opening a dateline, unless its words are labels ("Monday, ...")."""
    match = _TITLED_PLACE.match(rest)
    if match is None:
        return None
    words = match["place"].replace("-", " ").split()
    if any(
        w.casefold() in dateline_words().allowed or w.casefold() in current().months for w in words
    ):
        return None
    if len(match["place"].split()) > 1 and plain_names(match["place"]):
        # "Jo Park, 1.12.2021": two capitalised words before a date name a person as often as a
        # place, and a place before a header date is mostly one word ("Berlin, ...").
        return None
    return match


# Before a dateline's first date, its place in parentheses with the opening mark: "*( Hafenstadt, "
# (emphasis and spaces around it); after its last date, the closing mark alone: " )*".
_ENCLOSED_HEAD: Final = re.compile(r"[ *_]{0,4}\([ ]{0,3}[^()\[\]\n]{0,40}")
_ENCLOSED_TAIL: Final = re.compile(r"[^()\[\]\n]{0,12}\)[ *_]{0,4}")
# A link set in parentheses: "([Gartenbau](#))", "( [Gartenbau](#) )".
_LINKED_MARK: Final = re.compile(r"\([ ]{0,3}\[")


@cached(maxsize=2048)  # rules ask about the same line more than once
def read_dateline(
    markdown: str, *, order: DateOrder | None = None, strict: bool = False
) -> DatelineReading | None:
    """What a header dateline says, or ``None`` when ``markdown`` is not mostly a date.

    Besides its dates, labels, joiners, a place and an agency, a dateline may hold one short
    unknown word; with ``strict`` (a line inside the text) it may hold none, so a short
    sentence that holds a date ("It's May 4, 1970.") is not a dateline.

    Example:
        >>> r = read_dateline("March 3, 2020 at 7:15 am Updated March 4, 2020 at 1:20 pm")
        >>> (r.published.day, r.published.hour), (r.updated.day, r.updated.hour)
        ((3, 7), (4, 13))
    """
    markdown = short_targets(markdown)
    if len(markdown) > MAX_DATELINE or markdown.count(" ") > _MAX_WORDS:
        return None
    found = find_dates(markdown, order=order)
    dated = [f for f in found if f.has_date]
    if not dated or len(dated) > _MAX_DATES:
        return None  # "[Mai 2020](#) [April 2020](#) [März 2020](#)": an archive's list
    # Everything that is not a date phrase must be labels, joiners, a place or an agency.
    pieces = []
    position = 0
    for phrase in found:
        pieces.append(markdown[position : phrase.start])
        position = phrase.end
    pieces.append(markdown[position:])
    rest = MARKUP.sub(" ", dateline_words().ui_link.sub(" ", " ".join(pieces)))
    note = reading_time()
    if note.hint in rest.casefold():
        rest = note.anywhere.sub(" ", rest)  # "3 March 2023 • 3 min read"
    head = _ENCLOSED_HEAD.fullmatch(markdown, 0, dated[0].start)
    if (
        head is not None
        and _ENCLOSED_TAIL.fullmatch(markdown, dated[-1].end)
        and not _known_agency(MARKUP.sub(" ", head.group()).strip(" *_(,"))
    ):
        # "*( Hafenstadt, 14 marzo 2020 )*": the whole dateline in parentheses, no agency's mark
        # ("(Reuters, 3 May 2021)" is the agency's).
        opened = rest.find("(")
        closed = rest.rfind(")")
        rest = f"{rest[:opened]} {rest[opened + 1 : closed]} {rest[closed + 1 :]}"
    # A place is written plain; a linked name before the date is a byline ("[Jo Park](#), 2 May").
    linked_head = "](" in markdown[: dated[0].start]
    place_match = None if linked_head else _PLACE_BEFORE.match(rest) or _titled_place(rest)
    place = place_match["place"].strip(" ,.-–—") if place_match else None
    if place_match is not None:
        rest = rest[place_match.end() :]
    if place is not None and no_place(place):
        place = None  # "DONNERSTAG, 17.01.2019": a weekday in capitals
    agency = _agency(rest)
    if agency is not None and _LINKED_MARK.search(markdown) and agency_name(agency) is None:
        agency = None  # "3. Mai 2021 ([Gartenbau](#))": a section's link, no agency
    unknown = [
        word
        for word in WORD_RUN.findall(_AGENCY_MARK.sub(" ", rest))
        if word.casefold().strip(".:-–—") not in dateline_words().allowed and word.strip(".:-–—/")
    ]
    if len(unknown) > (0 if strict else 1) or (unknown and len(" ".join(unknown)) > 12):
        return None
    published = updated = None
    position = 0
    labelled = False
    for phrase in dated:
        label = markdown[position : phrase.start].casefold()
        position = phrase.end
        says_updated = any(
            w.strip(":.|*_") in dateline_words().updated_words for w in label.split()
        )
        labelled = labelled or says_updated
        if says_updated and updated is None:
            updated = phrase
        elif published is None:
            published = phrase
        elif updated is None:
            updated = phrase
    if (
        not labelled
        and published is not None
        and updated is not None
        and _MACHINE_STAMP.fullmatch(markdown, published.start, published.end)
        and not _MACHINE_STAMP.fullmatch(markdown, updated.start, updated.end)
    ):
        # "2021-08-29 14:15:57 22.06.2021 10:20": a template's timestamp, then the date the
        # page shows its readers; what the page shows is the publication.
        published, updated = updated, published
    return DatelineReading(published=published, updated=updated, place=place, agency=agency)


# A machine timestamp alone, as templates print it: "2021-08-29 14:15:57", "2021-08-29T14:15Z"
# (glued to the date the page shows, "2021-06-22 10:20:0022.06.2021 10:20", it is one phrase
# with the shown date, which this does not match).
_MACHINE_STAMP: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]{1,9})?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
)


@cached(maxsize=2048)  # rules ask about the same line more than once
def split_trailing(markdown: str) -> tuple[int, int, DatelineReading] | None:
    """A byline and date glued to the end of a header line, as converters write them.

    Returns ``(byline_start, date_start, reading)``: offsets into ``markdown`` where a trailing
    ``by X`` byline starts (equal to ``date_start`` when there is none) and where the closing
    date phrase starts, e.g. ``... its return?Friday, 3 March 2023`` or ``... the harbour.by
    J.K. Holm November 7, 2022``. ``None`` when the line does not end with a full date.

    Example:
        >>> line = "Gulls ruled this harbour.Friday, 3 March 2023"
        >>> by, at, reading = split_trailing(line)
        >>> line[:at], reading.published.day
        ('Gulls ruled this harbour.', 3)
    """
    if len(markdown) > 2000 or DIGIT.search(markdown[-60:]) is None:
        return None
    found = [f for f in find_dates(markdown[-120:]) if f.has_date and f.year and f.day]
    if not found:
        return None
    offset = max(0, len(markdown) - 120)
    last = found[-1]
    rest = markdown[offset + last.end :]
    if rest.strip(BLANK + "*_.#") and not _FILED_AFTER.fullmatch(rest):
        return None  # only the categories filed under may follow: "... 2.2.2022 • News, Sport"
    start = offset + last.start
    weekday = WEEKDAY_BEFORE.search(markdown, max(0, start - 16), start)
    if weekday is not None and weekday["day"].casefold() in current().weekdays:
        start = weekday.start("day")
    if start == 0:
        return None
    reading = read_dateline(markdown[start : offset + last.end])
    if reading is None:
        return None
    byline_start = start
    prefix = dateline_words().trailing_by.search(markdown, max(0, start - 300), start)
    if prefix is not None and read_byline(markdown[prefix.start("by") : start].strip()):
        byline_start = prefix.start("by")
    return byline_start, start, reading


# A weekday written before a closing date: "Friday, " in "...return?Friday, 3 March 2023".
WEEKDAY_BEFORE: Final = re.compile(r"(?P<day>[^\W\d_]{2,12})[,.]?\s{0,2}$")
# A digit: the cheap test before a date is looked for.
DIGIT: Final = re.compile(r"[0-9]")
# Categories a closing date is filed under, set off by a bullet: " • Verband , Presse".
_FILED_AFTER: Final = re.compile(r"[\s\u00a0]{0,4}[•·|][\s\u00a0]{0,8}[^\W\d_][^.!?:•·|\n]{0,80}")


@cached(maxsize=1024)  # the caption rule asks about the same lines
def split_glued(markdown: str) -> tuple[int, tuple[Author, ...], DatelineReading, bool] | None:
    """A byline and its date written together, in either order: where to cut, and what each says.

    ``Written by X on November 7, 2023``, ``###### [**Ariel Mendaro Cabrera**](#) 3/5/2022 22:41``,
    ``Posted on [April 5, 2015](#) by [jdoe](#)`` and ``23.06.2016 um 16:14 Uhr - [Markus
    Reuter](#) - [91 Ergänzungen](#)``. The text is cut in two at a separator, a link's end, a
    line end, a byline word or a date's edge; one side must read as a dateline and the other as
    a byline (a trailing list of categories or tags stays in the byline's text). Returns the
    cut, the authors, the date reading and whether the names come first.

    Example:
        >>> cut, authors, reading, names_first = split_glued("Posted on May 2, 2021 by [jdoe](#)")
        >>> cut, authors[0].name, reading.published.day, names_first
        (21, 'jdoe', 2, False)
    """
    if len(markdown) > MAX_DATELINE * 8 or len(short_targets(markdown)) > MAX_DATELINE:
        return None
    masked = masked_targets(markdown)  # dates and cuts are looked for outside link targets
    dated = [f for f in find_dates(masked) if f.has_date]
    if not dated:
        return None
    for cut in _cuts(masked, dated):
        alone = markdown[cut - 1] == "\n"
        if dated[0].start >= cut and dated[0].start - cut <= 60:
            # Names first, then the date; plain names too when a comma sets them off ("Jo
            # Park, 1 May 2021") or they have a line of their own.
            authors = _byline_part(markdown[:cut], alone=alone)
            # Plain names before a full date: "Jo Park, 1.12.2021", "Jo Park 19.10.2019, 05:00".
            plain = authors is None
            if plain:
                authors = _byline_part(markdown[:cut], alone=True)
            dates = masked[cut:]
            # "Von X am [date] um 09:07 Uhr, gespeichert unter [Category](#)": not read.
            reading = read_dateline(dates[: category_start(dates)]) if authors else None
            if authors and reading is None:
                # "By X | 2 May 2021 | [4 Comments](#)": a field after the date's is not read.
                reading = _date_field(dates, dated[0].start - cut)
            if plain and not _full_date(reading):
                reading = None  # plain names need a full date beside them, nothing else
            if plain and reading is not None and "," not in markdown[:cut]:
                # Without a comma, only before a date with its time ("Jo Park 19.10.2019, 05:00"):
                # "Neue Regeln 19.10.2019" is a heading with a date. A bar or a dot is no more
                # than a space here: "New Harbour | 3 May 2021", "Local Politics · 3 May 2021"
                # are a place and a section as often as "Jo Park | 3 May 2021" is a writer.
                reading = reading if reading.published and reading.published.has_time else None
            if authors and reading is not None:
                # "By Jo Park on May 2": "on" opens the date, it closes no name.
                tail = dateline_words().byline_tail.search(markdown, 0, cut)
                if tail is not None and tail.start() > 0:
                    moved = read_dateline(masked[tail.start() :])
                    if moved is not None:
                        return tail.start(), authors, moved, True
                return cut, authors, reading, True
        if dated[-1].end <= cut:
            # The date first, then the names.
            reading = read_dateline(masked[:cut])
            authors = _byline_part(markdown[cut:], alone=alone) if reading is not None else None
            if authors is None and _full_date(reading) and _SET_OFF.search(markdown[:cut]):
                # "04.02.2022 | 13:10 Uhr | Jo Park": plain names in a field of their own.
                authors = _byline_part(markdown[cut:], alone=True)
            if authors and reading is not None:
                return cut, authors, reading, False
    return None


def _date_field(dates: str, start: int) -> DatelineReading | None:
    """The date read from its own field, up to the separator after the date at ``start``.

    What follows (a comments link, a short notice) stays in the dateline's text, so it must be
    short: a sentence of prose after the date is no field of a header line.
    """
    end = _FIELD_END.search(dates, start)
    if end is None or len(render(dates[end.end() :]).text.split()) > _MAX_FIELD_WORDS:
        return None
    return read_dateline(dates[: end.start()])


_MAX_FIELD_WORDS: Final = 20


# The end of a date's field: a separator set off by spaces.
_FIELD_END: Final = re.compile(r"\s{1,3}[|/·•]\s")
# A field separator ending the date part: the names after it stand in a field of their own
# ("04.02.2022 | Jo Park", "21. Jan 2022 // Jo Park"). Not a dash: "3 May 2022 - Neue Regeln"
# is a date over a heading's words.
_SET_OFF: Final = re.compile(r"\s(?:[|·•]|/{1,2})\s{0,3}$")


def _full_date(reading: DatelineReading | None) -> bool:
    """A dateline with a complete date and no place or agency: "12 May 2021, 10:30"."""
    if reading is None or reading.published is None or reading.agency or reading.place:
        return False
    return reading.published.year is not None and reading.published.day is not None


# Where a line holding a byline and a date may be cut in two: after a separator or a link, and
# before a word that may open a byline prefix.
_CUT_AFTER: Final = re.compile(r"[|·•⋅—–\n]|\s(?:-|/{1,2})\s|\]\([^()\s]{0,2000}\)")
_WORD_START: Final = re.compile(r"(?<![^\s\]\)|·•⋅*_\[])[^\W\d_]{2,16}")
_MAX_CUTS: Final = 24
# A link in masked text (its target all "#"): "[11. April 2018](###)".
_MASKED_LINK: Final = re.compile(r"\[[^\[\]\n]{1,300}\]\(#{0,2000}\)")


def _cuts(markdown: str, dated: list[FoundDate]) -> list[int]:
    """Offsets where ``markdown`` may be cut between its byline and its date, in order."""
    cuts: set[int] = set()
    for phrase in dated:
        start = phrase.start
        weekday = WEEKDAY_BEFORE.search(markdown, max(0, start - 16), start)
        if weekday is not None and weekday["day"].casefold() in current().weekdays:
            start = weekday.start("day")  # "By X on Thu, Nov 9": the weekday is the date's
        cuts.update((start, phrase.end))
    for match in _CUT_AFTER.finditer(markdown):
        cuts.add(match.end())
    for match in _WORD_START.finditer(markdown):
        if match.group().casefold() in prefix_first_words():
            cuts.add(match.start())
    # A cut never parts a link's text from its brackets: "Posted [11. April 2018](#) by [X](#)"
    # is cut around the linked date, not between its text and its target.
    for link in islice(_MASKED_LINK.finditer(markdown), _MAX_CUTS):
        label_end = markdown.rfind("](", link.start(), link.end())
        inside = {c for c in cuts if c in (link.start() + 1, label_end)}
        if inside:
            cuts -= inside
            cuts.update((link.start(), link.end()))
    return sorted(c for c in cuts if 0 < c < len(markdown))[:_MAX_CUTS]


def _byline_part(markdown: str, *, alone: bool = False) -> tuple[Author, ...] | None:
    """The authors a piece of a dated line credits, or ``None`` if it is not a byline.

    Names with a prefix (``by [jdoe](#)``) or linked names alone; plain names too when they
    have a line of their own beside the date line (``alone``). A list of categories or tags
    after the names (``· in [Travel](#)``, ``| Tags: ...``) is not read.
    """
    stop = category_start(markdown)
    names = markdown[:stop]
    if stop < len(markdown) and len(names.split()) <= 1 and "](" not in names:
        # "Posted in [Travel](#) by jdoe": the names follow the categories.
        later = dateline_words().later_prefix.search(markdown, stop)
        names = (
            markdown[later.end() : later.end() + category_start(markdown[later.end() :])]
            if later
            else names
        )
    names = names.replace("**", "").replace("__", "")
    names = dateline_words().byline_tail.sub("", names).strip(BLANK + "#*_|·•⋅—–-,:;/")
    if not names or len(short_targets(names)) > 200:
        return None
    authors = read_byline(names, lone=True) or _linked_names(names) or _first_link_person(names)
    if authors is None and alone:
        # A line of its own in the date's block: plain names ("Jo Park"), or one linked word
        # ("[jdoe](#)"); the lines after it (categories, tags) are not read.
        first = names.split("\n", 1)[0].strip(BLANK + ",;|")
        authors = plain_names(first) or _linked_names(first, one_word=True)
    return authors


def _first_link_person(markdown: str) -> tuple[Author, ...] | None:
    """A linked person's name followed only by more links: the sections or tags filed under.

    ``[Jo Park](#) [Networks](#), [Windows](#)`` after a date credits Jo Park.
    """
    inline = render(markdown)
    if len(inline.links) < 2 or any(c.isalpha() for c in _outside_links(inline)):
        return None
    first = inline.links[0]
    authors = _linked_names(markdown[: markdown.find(")", markdown.find("](")) + 1])
    if authors is None or len(authors) != 1 or len(authors[0].name.split()) < 2:
        return None
    return authors if first.text.strip() == authors[0].name else None


def _linked_names(markdown: str, *, one_word: bool = False) -> tuple[Author, ...] | None:
    """People named in links with nothing else but separators and interface links around them.

    A one-word name counts when it links to an author page, or anywhere with ``one_word``.
    """
    inline = render(markdown)
    if not inline.links or any(c.isalpha() for c in _outside_links(inline)):
        return None
    authors = read_byline(markdown, prefixed=False)
    # A one-word name counts when its link goes to an author page ("[jdoe](/author/jdoe/)").
    if not authors or any(
        a.kind is not AuthorKind.PERSON
        or (len(a.name.split()) < 2 and not (one_word or author_page(a.url)))
        for a in authors
    ):
        return None
    return authors


def _outside_links(inline: Inline) -> str:
    parts = []
    position = 0
    for link in inline.links:
        parts.append(inline.text[position : link.start])
        position = link.end
    parts.append(inline.text[position:])
    return "".join(parts)


# -- the dateline opening a paragraph ------------------------------------------------------

_MAX_PLACE_WORDS: Final = 3  # "SALT LAKE CITY", "RIO DE JANEIRO"


# The opening of a first paragraph: place, optional date, optional agency, then a dash.
#   MOSCOW (AP) —   WASHINGTON, July 16 (Reuters) -   TALLAHASSEE, Fla. (AP) —   (CNN) —
#   BEIRUT/THE HAGUE, March 7 (Reuters) -   MOSCOW, July 16. /TASS/.   Hamburg (dpa/lno) –
#   Springfield –   United Nations —   _Neustadt_ **–   ***Neustadt*** **–
#   Portville, Ore. (AP) —   Portville, May 3 (Reuters) -   PORTVILLE —The (a space dropped)
#   (CNN)The   Portville (CNN)The   New Delhi, May 3 (PTI): The (a known agency's mark, no dash)
#   Portville, May 3 —   MADRID, 3 (EUROPA PRESS) -   МОСКВА, 3 мая. /ТАСС/.   Berlin (dpa-AFX) -
#   Portville CNN —   Portville (CNN Business)The   NEW YORK (AP) _ (old wire copy's dash)
#   Portville.- El ...   PORTVILLE.- El ... (a period and a hyphen, as Spanish copy sets it)
_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*{1,3}|_{1,3})?"
    r"(?:(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ.'’ -]{2,40}"
    r"(?:/[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ.'’ -]{1,40}){0,3}"
    r"(?:,[ ][A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]{1,12}){0,2}){0,2})"
    r"|(?P<mixed>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}"
    r"(?:[ /-](?:[a-zß]{2,4}[ ]){0,2}[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}){0,2}"
    r"(?:,[ ][A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]{1,12})?)?)"
    r"(?=(?:,[ ]?[^()—–\n]{3,40}?)?[ ]?\()"
    r"|(?P<joined>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}"
    r"(?:/[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}){1,3})(?=[ ][—–-])"
    r"|(?P<titled>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}(?:[ ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]{1,30}){0,2}"
    r"(?:,[ ][A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]{1,12})?)?)(?:\*{1,3}|_{1,3})?"
    r"(?=(?:,[ ][^()—–\n]{3,40}?)?"
    r"(?:[ ](?:\*\*|__)?(?:—|–|--|-(?=(?:\*\*|__)?[ ]{0,3}$))(?:[ ]|$|(?:\*\*|__)[ ]{0,3}$)"
    r"|\.-(?:\*\*|__)?[ ])))?"
    r"(?:,[ ]?(?P<date>[^()—–\n]{3,40}?))?"
    r"(?:\*{1,3}|_{1,3})?[ ]?"
    r"(?:\((?P<agency>[^()\n]{1,40})\)|/(?P<slashed>[A-ZÀ-ÞА-ЯЁ][^/\n ]{1,20})/\.?)?"
    r"(?:(?P<glued>(?<=\))(?::?[ ])?(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\W\d_]))"
    r"|(?:\*\*|__)?[ ]?\.?[ ]?(?P<dash>—|–|--|-|_(?=[ ])|(?<=/\.)|(?<=/))"
    r"(?:[ ]|$|(?<=—)(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ])|(?:\*\*|__)(?=[ ]{0,3}$)|(?<=\.-)(?:\*\*|__)[ ]))"
)


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
    markdown = markdown[:200].translate(_WIDE_SPACES)  # "PORTVILLE,\u00a0Ore." (same length)
    match = _LEAD.match(markdown)
    if (
        match is not None
        and match["glued"] is not None
        and not _known_agency((match["agency"] or "").strip(" *_"))
    ):
        match = None  # "(21. November 2022) Die ...": only a known agency's mark runs on, no dash
    if (
        match is not None
        and match["titled"] is not None
        and markdown.startswith(".-", match.end("titled"))
        and not markdown.lstrip(" ").startswith(("**", "__"))
    ):
        # "Pedro.- Cuando ...": a speaker's mark in an interview; a place in title case set
        # off so is bold ("**Caracas.-** El ..."), in capitals it needs no mark.
        return None
    if match is None:
        return (
            _period_lead(markdown, order)
            or _colon_lead(markdown)
            or _wire_lead(markdown)
            or _date_lead(markdown, order)
        )
    place: str | None = match["place"] or match["mixed"] or match["joined"] or match["titled"]
    agency = (match["agency"] or match["slashed"] or "").strip(" *_") or None  # "(*AP*)"
    if place is None and agency is None:
        return _date_lead(markdown, order)
    if match["mixed"] and (agency is None or not _particles_only(match["mixed"])):
        return None
    if match["mixed"] and agency is not None:
        place, agency = _mixed_place(match["mixed"], agency, markdown[match.end() :])
    if match["titled"] and agency is None and " " in match["titled"]:
        # "Washington CNN —": a known agency's name closes the place's words.
        named, _, last = match["titled"].rpartition(" ")
        if agency_name(last) is not None:
            place, agency = named, last
    if (
        match["titled"]
        and place is not None
        and not _titled_lead_place(place, markdown[match.end() :])
    ):
        return None
    if place is not None:
        place = place.strip(" ,-–—")
        if match["place"] and markdown[match.end("place") - 1 : match.end("place") + 1] == ".-":
            place = place.rstrip(".")  # "PORTVILLE.- El ...": the period is the mark's
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 2 or (match["place"] and len(letters) < 3 and agency is None):
            return None
        if agency is None and agency_name(place) is not None:
            # "CNN —": the agency alone, no place. Two statements: mypyc's tuple assignment
            # took the place's narrowed type for the swap and failed at run time.
            agency = place
            place = None
        elif no_place(place.split(",")[0]):
            return None  # "FILE - ...": a picture's caption, no dateline
        elif match["place"] and _role_words_only(place.split(",")[0]):
            return None  # "OPINION —", "SENIOR EDITOR –": a kicker or a job title, no place
        elif (
            match["dash"] == "-"
            and markdown[match.start("dash") - 1 : match.start("dash")].isalpha()
        ):
            return None  # "WOHN-": a word broken at its hyphen
        elif len(place.split(",")[0].split()) > _MAX_PLACE_WORDS:
            return None  # "LE POINT SUR LA SITUATION –": a kicker in capitals, no place
    if agency is not None and not agency_like(agency):
        return None
    published = None
    if match["date"] is not None:
        dates = [f for f in find_dates(match["date"], order=order) if f.has_date]
        if match["titled"] and not _whole_date(match["date"], dates):
            return None  # "Hafenstadt, im März 2021 –": a title-case place takes one whole date
        if dates:
            published = dates[0]
        elif not (agency is not None and _DAY_ALONE.fullmatch(match["date"].strip())):
            return None  # a day alone only before an agency: "MADRID, 3 (EUROPA PRESS) -"
        elif not (_known_agency(agency) or agency.isupper()):
            return None  # "Portville, 3 (Photos) -": the day alone dates an agency's wire only
    if match["dash"] == "" and match["slashed"] is None:
        return None
    cut = match.end()
    if place is None and match["agency"] is not None and match["dash"]:
        # "(ANSA) - ROMA, 3 MAG - ...": the agency first, then the place and the date.
        placed = _PLACE_AFTER_AGENCY.match(markdown, cut)
        if placed is not None and _wire_place(placed["place"]):
            place, cut = placed["place"], placed.end()
    after = _AGENCY_AFTER.match(markdown, cut) if agency is None and place is not None else None
    if after is not None and agency_name(after["agency"]) is not None:
        agency, cut = after["agency"], after.end()  # "МОСКВА, 3 мая - РИА Новости. ..."
    return DatelineReading(published=published, place=place, agency=agency), cut


# After an agency's mark and its dash, the place in capitals, a day and a dash: "ROMA, 3 MAG - ".
_PLACE_AFTER_AGENCY: Final = re.compile(
    r"(?:\*\*|__)?(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ.'’ ]{2,40}?)"
    r",[ ](?=[^—–\n]{0,30}?[0-9])[^—–\n]{2,30}?(?:\*\*|__)?[ ](?:—|–|--|-)(?:[ ]|$)"
)


def _wire_place(place: str) -> bool:
    """Whether capitals after an agency's mark name a place: one to three words, no label."""
    letters = sum(c.isalpha() for c in place)
    return letters >= 3 and len(place.split()) <= _MAX_PLACE_WORDS and not no_place(place)


def _capitals_tail(place: str) -> str:
    """A mixed-case place cut to the words in capitals that close it: "The PORTVILLE".

    Title-case words before a place in capitals are an article or a kicker set before the
    dateline ("The", "Exclusive"), never part of the place's name ("Le Havre", "El Paso" are
    written in one case).
    """
    name, comma, region = place.partition(",")
    words = name.split()
    for at in range(1, len(words)):
        tail = words[at:]
        if all(w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in tail) and not any(
            w.isupper() for w in words[:at]
        ):
            return " ".join(tail) + comma + region
    return place


def _names_a_role(name: str) -> bool:
    """Whether a capitalised word of ``name`` names a job, an outlet, a kind of piece or a marker.

    Months do not count here: a month's name in one language is a place's word in another
    ("Rio de Janeiro").
    """
    vocabulary = current()
    return any(
        w in vocabulary.job_title_words
        or w in vocabulary.organization_words
        or w in vocabulary.piece_kinds
        or w in vocabulary.role_words
        or w in vocabulary.lead_markers
        for w in (word.casefold() for word in name.split() if not word.islower())
    )


def _mixed_place(mixed: str, agency: str, story: str) -> tuple[str | None, str | None]:
    """The place and agency of a mixed-case place before a mark in parentheses."""
    if _region_mark(agency) and re.search(rf"\b{re.escape(agency)}\b", story) is not None:
        # "Talheim (Schwaben) - ... in Schwaben": one capitalised word in parentheses that names
        # no agency, and that the story names again, is the place's country or region, written
        # as part of the place; not named again, it may be an agency we do not know ("Lima
        # (Andina) -").
        return f"{mixed} ({agency})", None
    place = _capitals_tail(mixed)  # "The PORTVILLE (AP)": the article is no place
    if _named_company(mixed, story):
        return None, agency  # "Apple (Reuters) - Apple Inc said ...": a company, no place
    if _names_a_role(place.partition(",")[0]):
        return None, agency  # "Contributor (AP) —", "Breaking News (AP) —": the agency alone
    return place, agency


def _role_words_only(name: str) -> bool:
    """Whether every word of a place in capitals names a kind of piece, a job or a role.

    "OPINION", "SENIOR EDITOR", "ANALYSE" set before a dash are a kicker or a title; a place
    holding one such word beside others keeps it ("WHITE PLAINS", "NEWS HARBOUR").
    """
    vocabulary = current()
    words = [w.casefold() for w in name.replace("-", " ").split()]
    return bool(words) and all(
        w in vocabulary.piece_kinds or w in vocabulary.job_title_words or w in vocabulary.role_words
        for w in words
    )


# One capitalised word in letters: "Russland", "Bayern", "Texas" (an agency in parentheses is
# written in capitals, in lower case or with a mark: "KTRK", "dpa", "Motorsport-Total.com").
_REGION_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]{2,30}")


def _region_mark(mark: str) -> bool:
    """Whether a mark in parentheses after a title-case place is its region, not an agency."""
    return _REGION_WORD.fullmatch(mark) is not None and not _known_agency(mark)


def _named_company(place: str, story: str) -> bool:
    """Whether the story names a title-case "place" as a company: "Apple Inc", "Apple (APL.O)".

    A company's name stands where a place does in a glued wire opening ("Apple (Reuters)The
    ..."); the story then writes it with a company's suffix (``COMPANY_SUFFIXES``) or a ticker.
    """
    name = place.partition(",")[0].strip()
    at = story.find(name)
    suffixes = current().company_suffixes
    while 0 <= at < _MAX_COMPANY_SEARCH:
        after = story[at + len(name) : at + len(name) + 24]
        word = after.lstrip(" ,").split(" ", 1)[0].strip(".,;:'’)")
        if word.casefold() in suffixes or _TICKER.match(after):
            return True
        at = story.find(name, at + 1)
    return False


_MAX_COMPANY_SEARCH: Final = 200  # the story's first words, read for the company's name
# A ticker after a company's name: " (APL.O)", " (NASDAQ: APL)", " (XETRA:ABC)".
_TICKER: Final = re.compile(r"[ ]\((?:[A-Z]{1,10}:[ ]?[A-Z0-9]{1,6}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)")


def _whole_date(field: str, dates: list[FoundDate]) -> bool:
    """Whether ``field`` is one date with its day and nothing else but a weekday before it."""
    if len(dates) != 1 or dates[0].day is None:
        return False
    before = field[: dates[0].start].strip(" ,").casefold()
    return not field[dates[0].end :].strip(" ,") and (not before or before in current().weekdays)


def _known_agency(text: str) -> bool:
    """Whether ``text`` names a known agency, or one of its desks: "CNN", "CNN Business"."""
    return agency_name(text) is not None or agency_name(text.split(" ", 1)[0]) is not None


# A known agency named after the dash, closed by a period: "МОСКВА, 3 мая - РИА Новости. ...".
_AGENCY_AFTER: Final = re.compile(r"(?P<agency>[^\W\d_][^.\n]{1,29})\.(?:[ ]|$)")


# A day of the month alone, as one agency dates its stories: "MADRID, 3 (EUROPA PRESS) -".
_DAY_ALONE: Final = re.compile(r"[0-9]{1,2}")


def _particles_only(place: str) -> bool:
    """Whether the words in lower case of a title-case place are particles: "Frankfurt am Main"."""
    particles = current().place_particles
    return all(w in particles for w in place.replace("/", " ").split() if w[:1].islower())


def _titled_lead_place(place: str, after: str) -> bool:
    """Whether capitalised words before a dash name a place: "Springfield –", "Springfield, Ill. –".

    One word, or several with a word that forms places' names (``PLACE_NAME_WORDS``): two
    capitalised words alone name a person ("Jane Marlow –") or a brand as often. Never job titles,
    outlets, months or markers, and the story must open with a capital after the dash ("Kein
    Wunder – die ..." is a sentence). Nor a kind of piece: "Analysis — The ..." is a kicker.
    """
    vocabulary = current()
    name, _, region = place.partition(",")  # "Springfield, Ill."
    words = [w.casefold() for w in name.split()]
    if any(
        w.casefold() in vocabulary.job_title_words or w.casefold() in vocabulary.months
        for w in region.split()
    ):
        return False
    if any(_names_no_place(w, vocabulary) for w in words):
        return False
    if len(words) > 1 and not any(w in vocabulary.place_name_words for w in words):
        return False
    opening = after.lstrip(BLANK + "*_\"„“«‘'")
    return not opening or opening[:1].isupper()  # none: the story opens on the next line


def _names_no_place(word: str, vocabulary: Vocabulary) -> bool:
    """Whether a case-folded ``word`` names a job, an outlet, a kind of piece, a role or a month."""
    return (
        word in vocabulary.job_title_words
        or word in vocabulary.organization_words
        or word in vocabulary.piece_kinds
        or word in vocabulary.role_words
        or word in vocabulary.months
        or no_place(word)
    )


# A place in title case set off from the story by a period, a colon or a dash, which the words
# alone cannot tell from a one-word kicker, a label or a name: "Hamburg. Die Stadt ...",
# "Genf/Berlin. Der ...", "Hong Kong — The ...", "Portville: The ...". The rule confirms it from
# the story's other text.
_NAMED_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*{1,3}|_{1,3})?"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}"
    r"(?:[ /-](?:[a-zß]{2,4}[ ]){0,2}[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}){0,2})"
    r"(?:\*{1,3}|_{1,3})?(?P<mark>\.|:|[ ](?:—|–|--|-))(?:\*{1,3}|_{1,3})?"
    r"(?:[ ](?=(?:\*\*|__)?[\"„“«]?[A-ZÀ-ÖØ-Þ][^\W\d_])|[ ]{0,3}$)"
)


# No-break and thin spaces a converter keeps from the page: read as spaces (one for one).
_WIDE_SPACES: Final = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u202f", " "))


def named_lead(markdown: str) -> tuple[DatelineReading, int] | None:
    """A place in title case before a period, a colon or a dash, if the story names it a place.

    Only the shape: ``Hamburg. Die Stadt ...``, ``Genf/Berlin. Der ...``, ``Hong Kong — The
    ...``, ``Portville: The ...``; never a job title, an outlet, a kind of piece, a month, a
    weekday or a marker, nor before a colon a label (``Hinweis:``). The rule that claims it
    confirms the place from the rest of the text (``in Hamburg``).

    Example:
        >>> reading, cut = named_lead("Hamburg. Die Stadt baut eine Brücke.")
        >>> reading.place, "Hamburg. Die Stadt baut eine Brücke."[cut:]
        ('Hamburg', 'Die Stadt baut eine Brücke.')
    """
    match = _NAMED_LEAD.match(markdown[:200].translate(_WIDE_SPACES))
    if match is None or not _particles_only(match["place"]):
        return None
    place = match["place"]
    vocabulary = current()
    words = [w.casefold() for w in place.replace("/", " ").replace("-", " ").split()]
    if agency_name(place) is not None or any(
        _names_no_place(w, vocabulary) or w in vocabulary.byline_prefixes for w in words
    ):
        return None
    if match["mark"] == ":" and _label_word(place):
        return None  # "Hinweis: ...", "Update: ...": a label, whatever the text says of it
    return DatelineReading(place=place), match.end()


def _label_word(name: str) -> bool:
    """Whether words before a colon are a label of a note, a related box or furniture."""
    folded = name.casefold()
    vocabulary = current()
    return (
        folded in vocabulary.footnote_prefixes
        or folded in vocabulary.boilerplate
        or folded in vocabulary.related_labels
        or any(w in vocabulary.lead_markers for w in folded.split())
    )


# A place in capitals set off by a colon: "NEW TOWN: The council ...", "**HAFENSTADT:** Am ...".
_COLON_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{3,30}"
    r"(?:,[ ][A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]{1,12}){0,2})?)"
    r"(?:\*\*|__)?:(?:\*\*|__)?(?:[ ](?=(?:\*\*|__)?[\"„“]?[A-ZÀ-ÖØ-Þ])|$)"
)


def _colon_lead(markdown: str) -> tuple[DatelineReading, int] | None:
    """A place in capitals, then a colon and the story: "NEW TOWN: The council voted ...".

    Not a label ("UPDATE:", "HINWEIS:", "EDITOR'S NOTE:"), not a short acronym ("ABC: Was ...",
    an interview's speaker), not a kicker of more than three words. The rule that claims it
    also turns away a speaker who opens other paragraphs.
    """
    match = _COLON_LEAD.match(markdown[:200])
    if match is None:
        return None
    place = match["place"].strip(" ,-")
    name = place.split(",")[0]
    words = name.casefold().replace("-", " ").split()
    vocabulary = current()
    if (
        sum(c.isalpha() for c in name) < 4
        or len(words) > _MAX_PLACE_WORDS
        or no_place(name)
        or _label_word(name)
        or any(
            w in vocabulary.job_title_words
            or w in vocabulary.piece_kinds
            or w in vocabulary.role_words
            for w in words
        )
    ):
        return None
    if agency_name(name) is not None:
        return DatelineReading(agency=name), match.end()
    return DatelineReading(place=place), match.end()


# A Chinese wire's opening: the agency, the place and the day, then "电" ("filed"), and the
# reporters in parentheses: "新华社海城5月2日电（记者 ...）".
_WIRE_FILED: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?(?P<agency>[^\W\d_]{2,4}?社)(?P<place>[^\W\d_]{2,8}?)"
    r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日电"
    r"(?:（[^（）\n]{1,30}）|\([^()\n]{1,30}\))?(?:\*\*|__)?[ ]?"
)
# A bracketed East Asian opening: place and agency or reporter, "【海市＝...】", "(海시=...)", or
# place and agency run together, "【海市共同】".
_WIRE_BRACKET: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?(?:【(?P<inner>[^【】\n]{2,24})】"
    r"|[(（](?P<paired>[^()（）=＝\n]{1,12}[=＝][^()（）\n]{1,20})[)）])(?:\*\*|__)?[ ]?"
)


def _wire_lead(markdown: str) -> tuple[DatelineReading, int] | None:
    """An East Asian wire's opening: "新华社海城5月2日电", "【海市＝...】", "(海시=연합뉴스)"."""
    filed = _WIRE_FILED.match(markdown[:120])
    if filed is not None and agency_name(filed["agency"]) is not None:
        return DatelineReading(place=filed["place"], agency=filed["agency"]), filed.end()
    bracket = _WIRE_BRACKET.match(markdown[:120])
    if bracket is None:
        return None
    inner = (bracket["inner"] or bracket["paired"]).strip()
    place, equals, who = inner.replace("＝", "=").partition("=")
    place, who = place.strip(), who.strip()
    if not equals:
        # "【海市共同】": the agency's name closes the bracket.
        cuts = [k for k in range(1, len(inner)) if agency_name(inner[k:]) is not None]
        if not cuts:
            return None
        place, who = inner[: cuts[0]].strip(), inner[cuts[0] :]
    if not place or any(c.isdigit() for c in place) or len(place.split()) > _MAX_PLACE_WORDS:
        return None
    agency = who if agency_name(who) is not None else None
    return DatelineReading(place=place, agency=agency), bracket.end()


# A German regional opening ended by a period, not a dash: a place in capitals ("TALHEIM. Der
# ...", "**KLEINSTADT.** Am ..."), or a place and its source or date in parentheses ("Neustadt
# (dpa). Die ...", "**Hafenstadt (pm). Am ...", "Hafenstadt, (03.05.2020). Die ...").
_PERIOD_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?"
    r"(?:(?P<place>[A-ZÀ-ÖØ-Þ]{3,30}(?:[ -][A-ZÀ-ÖØ-Þ]{2,30}){0,2})(?:\*\*|__)?\."
    r"|(?P<mixed>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}(?:[ /-][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}){0,2}),?[ ]"
    r"\((?P<mark>[^()\n]{1,30})\)(?:\*\*|__)?\.)"
    r"(?:\*\*|__)?[ ](?=(?:\*\*|__)?[A-ZÀ-ÖØ-Þ])"
)
# A source mark in parentheses: one short token in lower case or in capitals ("jur", "fn-press",
# "KNA"); a capitalised word there ("Russland", "Foto: ...") says something else.
_SOURCE_MARK: Final = re.compile(r"[a-zß][\w.-]{0,14}|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9.-]{1,14}")
# Capitals that are a roman numeral ("III. Die Revision ..."), a section number, no place.
_ROMAN: Final = re.compile(r"[IVXLCDM]{1,8}")


def _period_lead(markdown: str, order: DateOrder | None) -> tuple[DatelineReading, int] | None:
    """A place set off from the text by a period: "TALHEIM. Der ...", "Neustadt (dpa). Die ...".

    A mixed-case place needs its source or date in parentheses ("Hafenstadt. Die ..." is as
    likely a one-word kicker); a place in capitals needs none.
    """
    match = _PERIOD_LEAD.match(markdown[:200])
    if match is None:
        return None
    if match["place"] is not None:
        place = match["place"]
        if _ROMAN.fullmatch(place) or no_place(place) or agency_name(place) is not None:
            return None
        return DatelineReading(place=place), match.end()
    place, mark = match["mixed"], match["mark"].strip()
    if no_place(place):
        return None
    dates = [f for f in find_dates(mark, order=order) if f.has_date]
    if dates:
        return DatelineReading(published=dates[0], place=place), match.end()
    if not (_SOURCE_MARK.fullmatch(mark) or any(agency_name(part) for part in mark.split("/"))):
        return None
    return DatelineReading(place=place, agency=mark), match.end()


# A press release's opening: a place in capitalised words, a comma, a date, a dash
# ("Hafenstadt, 12. März 2021 – Der Verband ...", "**Neustadt/Elbe, 03.05.2022 - ...").
_PLACE_DATE_LEAD: Final = re.compile(
    r"[ ]{0,3}(?:\*\*|__)?"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}(?:[ /-][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}){0,2}),[ ]"
    r"(?P<date>[^—–\n]{6,40}?)(?:\*\*|__)?[ ](?:—|–|--|-)(?:[ ]|$)"
)


def _place_date_lead(markdown: str, order: DateOrder | None) -> tuple[DatelineReading, int] | None:
    """A mixed-case place and a complete date before a dash: a press release's dateline.

    The date must fill its field (a weekday aside): a place and a sentence before a dash
    ("Berlin, die Stadt der Brücken - ...") are no dateline.
    """
    match = _PLACE_DATE_LEAD.match(markdown[:200])
    if match is None or no_place(match["place"]):
        return None
    field = match["date"]
    found = [f for f in find_dates(field, order=order) if f.has_date]
    if len(found) != 1 or found[0].year is None or found[0].day is None:
        return None
    before = field[: found[0].start].strip(" ,").casefold()
    if field[found[0].end :].strip(" ,") or (before and before not in current().weekdays):
        return None
    reading = DatelineReading(published=found[0], place=match["place"])
    return reading, match.end()


def _date_lead(markdown: str, order: DateOrder | None) -> tuple[DatelineReading, int] | None:
    """A complete date opening a paragraph and set off from it: "31. Oktober 2023. Woher ...".

    Or glued to it after its time: "07.03.2018, 11:40 UhrAm Dienstag ..."; or after a place, as a
    press release opens: "Hafenstadt, 12. März 2021 – Der Verband ...".
    """
    placed = _place_date_lead(markdown, order)
    if placed is not None:
        return placed
    head = markdown[:80]
    found = [f for f in find_dates(head, order=order) if f.has_date]
    if not found or found[0].year is None or found[0].day is None:
        return None
    first = found[0]
    opening = head[: first.start].strip(" *_")
    if opening not in ("", "("):
        return None
    # "31. Oktober 2023. Woher ...", and "(21. November 2022) Die Preise ..." in parentheses.
    closing = _LEAD_DATE_END if not opening else _LEAD_PAREN_END
    after = closing.match(markdown, first.end)
    if after is not None:
        return DatelineReading(published=first), after.end()
    if not opening and first.has_time and _GLUED_AFTER_TIME.match(markdown, first.end - 1):
        # "07.03.2018, 11:40 UhrAm 3. Spieltag ...": a converter glued the date to the text.
        return DatelineReading(published=first), first.end
    return None


# After a date in parentheses that opens a paragraph: ") ", then the text.
_LEAD_PAREN_END: Final = re.compile(r"(?:\*\*|__)?\)(?:\*\*|__)?\s{1,3}(?=\S)")
# A date's time ending in a word, glued to a capitalised word: "Uhr" + "Am" in "11:40 UhrAm".
_GLUED_AFTER_TIME: Final = re.compile(r"[^\W\d_][A-ZÀ-ÖØ-Þ][^\W\d_]")
# After a date that opens a paragraph: ". ", " — ", ": " and the like, then the text.
_LEAD_DATE_END: Final = re.compile(r"(?:\*\*|__)?\s{0,2}[.:—–|-]\s{1,3}(?=\S)")
