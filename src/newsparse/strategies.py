"""Hypothesis strategies for newsparse records and whole articles (needs the ``hypothesis`` extra).

Two families:

- **Any valid record** (:func:`articles`, :func:`paragraphs`, :func:`date_values`...): arbitrary
  text, but internally consistent the way :func:`newsparse.from_json` checks (each span fits its
  raw text, spans do not overlap, links lie inside their text, dates carry no more than their
  precision). Use them to test code that stores, ships or transforms articles.
- **Dump-like articles** (:func:`dump_articles`): realistic articles built in code, with empty
  ``raw`` and in document order, made only of what the dump format defines (a title, a byline of
  real-looking names, header dates, credited captions, labelled related links, closing notes, body
  blocks, a source URL). :func:`newsparse.to_markdown` writes them and :func:`newsparse.parse`
  reads them back with the same values.

Install with ``pip install 'newsparse[hypothesis]'``; importing this module without hypothesis
raises :class:`ImportError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsparse.strategies needs hypothesis: pip install 'newsparse[hypothesis]'"
    ) from error

from newsparse._errors import Code
from newsparse._kinds import KINDS
from newsparse._model import (
    Article,
    Author,
    AuthorKind,
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Diagnostic,
    Element,
    Footnote,
    FootnoteKind,
    Headline,
    Image,
    Link,
    LinkDefinition,
    Paragraph,
    Picture,
    Precision,
    RelatedLink,
    Role,
    Severity,
    SourceUrl,
    Span,
)
from newsparse.vocabulary import ZONES

__all__ = [
    "articles",
    "authors",
    "boilerplates",
    "bylines",
    "captions",
    "date_values",
    "datelines",
    "diagnostics",
    "dump_articles",
    "footnotes",
    "headlines",
    "link_definitions",
    "links",
    "paragraphs",
    "pictures",
    "related_links",
    "source_urls",
    "spans",
]

_E = TypeVar("_E", bound=Element)

# -- any valid record ----------------------------------------------------------------------------

_TEXT: Final = st.text(max_size=20)
_OPTIONAL_TEXT: Final = st.none() | _TEXT
_RAW: Final = st.text(max_size=30)
_URL: Final = st.none() | st.text(max_size=12) | st.sampled_from(["https://example.com/a", "#"])


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _span_of(raw: str, start: int = 0, line: int = 1) -> Span:
    return Span(start=start, end=start + len(raw), line=line, end_line=line + _line_breaks(raw))


# Composites are defined once, at import: defining one inspects its source, which is slow.


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000_000))
    line = draw(st.integers(1, 1_000_000))
    return Span(
        start=start,
        end=start + draw(st.integers(0, 100_000)),
        line=line,
        end_line=line + draw(st.integers(0, 1000)),
    )


def spans() -> st.SearchStrategy[Span]:
    """Any span whose offsets and lines are in order."""
    return _spans()


_OFFSETS: Final = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


@st.composite
def _date_values(
    draw: st.DrawFn,
    precisions: tuple[Precision, ...],
    min_year: int,
    max_year: int,
    zones: st.SearchStrategy[str | None],
) -> DateValue:
    precision = draw(st.sampled_from(precisions))
    year, month = draw(st.integers(min_year, max_year)), draw(st.integers(1, 12))
    day_number = draw(st.integers(1, 31))
    while True:  # day 29-31 only where the month has it: step back to its last day
        try:
            day = dt.date(year, month, day_number)
            break
        except ValueError:
            day_number -= 1
    if precision is Precision.YEAR:
        value: dt.date = day.replace(month=1, day=1)
    elif precision is Precision.MONTH:
        value = day.replace(day=1)
    elif precision is Precision.DAY:
        value = day
    else:
        hour = draw(st.integers(0, 23))
        minute = draw(st.integers(0, 59)) if precision is not Precision.HOUR else 0
        second = draw(st.integers(0, 59)) if precision is Precision.SECOND else 0
        tzinfo = draw(st.none() | _OFFSETS)
        value = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tzinfo)
    return DateValue(
        value=value, precision=precision, zone=draw(zones), ambiguous=draw(st.booleans())
    )


_ZONE_NAMES: Final = st.none() | st.text(max_size=6)


def date_values(
    *,
    precisions: Sequence[Precision] = tuple(Precision),
    min_year: int = 1,
    max_year: int = 9999,
    zones: st.SearchStrategy[str | None] = _ZONE_NAMES,
) -> st.SearchStrategy[DateValue]:
    """Dates carrying exactly their precision: parts finer than it are 1 (dates) or 0 (times).

    Times are naive or have a whole-minute UTC offset; ``zones`` draws the zone as written
    (default: any short text or none).
    """
    return _date_values(tuple(precisions), min_year, max_year, zones)


@st.composite
def _links(draw: st.DrawFn, text: str, urls: st.SearchStrategy[str | None]) -> tuple[Link, ...]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    return tuple(
        Link(text=text[start:end], url=draw(urls), start=start, end=end)
        for start, end in zip(cuts[::2], cuts[1::2], strict=False)
    )


def links(
    text: str, *, urls: st.SearchStrategy[str | None] = _URL
) -> st.SearchStrategy[tuple[Link, ...]]:
    """Links inside ``text``: in order, not overlapping, each ``text[start:end]``."""
    return _links(text, urls)


_AUTHORS: Final = st.builds(
    Author,
    name=_TEXT,
    kind=st.sampled_from(AuthorKind),
    url=_URL,
    role=st.sampled_from(Role),
    title=_OPTIONAL_TEXT,
    location=_OPTIONAL_TEXT,
    ambiguous=st.booleans(),
)


def authors() -> st.SearchStrategy[Author]:
    """Any credited party."""
    return _AUTHORS


@st.composite
def _element(
    draw: st.DrawFn, build: Callable[..., _E], fields: dict[str, st.SearchStrategy[Any]]
) -> _E:
    """An element with any raw text and the span of that text at the start of the input."""
    raw = draw(_RAW)
    values = {name: draw(strategy) for name, strategy in fields.items()}
    return build(raw=raw, span=_span_of(raw), **values)


@st.composite
def _with_links(
    draw: st.DrawFn, build: Callable[..., _E], fields: dict[str, st.SearchStrategy[Any]]
) -> _E:
    """An element with any raw text, any ``text`` and links inside that text."""
    text = draw(_TEXT)
    return draw(_element(build, {**fields, "text": st.just(text), "links": _links(text, _URL)}))


_HEADLINES: Final = _element(
    Headline,
    {
        "text": _TEXT,
        "full": _TEXT,
        "kicker": _OPTIONAL_TEXT,
        "site": _OPTIONAL_TEXT,
        "level": st.integers(1, 6),
    },
)
_BYLINES: Final = _element(
    Byline, {"text": _TEXT, "authors": st.lists(_AUTHORS, max_size=3).map(tuple)}
)
_DATES: Final = st.none() | date_values()
_DATELINES: Final = _element(
    Dateline,
    {
        "text": _TEXT,
        "published": _DATES,
        "updated": _DATES,
        "place": _OPTIONAL_TEXT,
        "agency": _OPTIONAL_TEXT,
    },
)
_CAPTIONS: Final = _element(
    Caption,
    {
        "text": _TEXT,
        "credit": _OPTIONAL_TEXT,
        "date": _DATES,
        "image_url": _URL,
        "alt": _OPTIONAL_TEXT,
    },
)
_RELATED: Final = _element(RelatedLink, {"label": _OPTIONAL_TEXT, "title": _TEXT, "url": _URL})
_PARAGRAPHS: Final = _with_links(
    Paragraph, {"kind": st.sampled_from(BlockKind), "level": st.integers(0, 6)}
)
_FOOTNOTES: Final = _with_links(
    Footnote,
    {
        "kind": st.sampled_from(FootnoteKind),
        "label": _OPTIONAL_TEXT,
        "credits": st.lists(_AUTHORS, max_size=2).map(tuple),
    },
)
_BOILERPLATES: Final = _element(
    Boilerplate, {"text": _TEXT, "kind": st.sampled_from(BoilerplateKind)}
)
_SOURCE_URLS: Final = _element(SourceUrl, {"url": _TEXT})
_DEFINITIONS: Final = _element(LinkDefinition, {"label": _TEXT, "url": _URL})
_IMAGES: Final = st.builds(
    Image,
    alt=_TEXT,
    src=_URL,
    span=st.just(_span_of("")),
    link=_URL,
)
_PICTURES: Final = _element(
    Picture, {"images": st.lists(_IMAGES, min_size=1, max_size=2).map(tuple)}
)


def headlines() -> st.SearchStrategy[Headline]:
    """Any title element."""
    return _HEADLINES


def bylines() -> st.SearchStrategy[Byline]:
    """Any byline element."""
    return _BYLINES


def datelines() -> st.SearchStrategy[Dateline]:
    """Any dateline element."""
    return _DATELINES


def captions() -> st.SearchStrategy[Caption]:
    """Any caption element."""
    return _CAPTIONS


def link_definitions() -> st.SearchStrategy[LinkDefinition]:
    """Any link definition element."""
    return _DEFINITIONS


def pictures() -> st.SearchStrategy[Picture]:
    """Any picture block (its pictures' spans sit where it starts)."""
    return _PICTURES


def related_links() -> st.SearchStrategy[RelatedLink]:
    """Any related-link element."""
    return _RELATED


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """Any body block, with links inside its text."""
    return _PARAGRAPHS


def footnotes() -> st.SearchStrategy[Footnote]:
    """Any closing note, with links inside its text."""
    return _FOOTNOTES


def boilerplates() -> st.SearchStrategy[Boilerplate]:
    """Any page-furniture element."""
    return _BOILERPLATES


def source_urls() -> st.SearchStrategy[SourceUrl]:
    """Any ``Original url:`` footer element."""
    return _SOURCE_URLS


def diagnostics() -> st.SearchStrategy[Diagnostic]:
    """Any diagnostic: a known or made-up code, any message, a valid span."""
    codes = [value for name, value in vars(Code).items() if name.isupper()]
    return st.builds(
        Diagnostic,
        code=st.sampled_from(codes) | _TEXT,
        message=_TEXT,
        severity=st.sampled_from(Severity),
        span=spans(),
    )


def _placed(element: _E, start: int, line: int) -> _E:
    span = _span_of(element.raw, start, line)
    if isinstance(element, Picture):
        at = Span(start=start, end=start, line=line, end_line=line)
        images = tuple(attrs.evolve(image, span=at) for image in element.images)
        return attrs.evolve(element, span=span, images=images)
    return attrs.evolve(element, span=span)


def _by_start(element: Element) -> int:
    return element.span.start


# The strategy for each kind's record, so articles() draws every kind in the kind table.
_BY_RECORD: Final[dict[type, st.SearchStrategy[Any]]] = {
    Headline: _HEADLINES,
    Byline: _BYLINES,
    Dateline: _DATELINES,
    Caption: _CAPTIONS,
    Picture: _PICTURES,
    RelatedLink: _RELATED,
    Paragraph: _PARAGRAPHS,
    Footnote: _FOOTNOTES,
    Boilerplate: _BOILERPLATES,
    LinkDefinition: _DEFINITIONS,
    SourceUrl: _SOURCE_URLS,
}


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Any valid Article: records of every kind, laid out one after another without overlaps.

    Each element's span fits its raw text; the gaps between elements are drawn, so elements may
    touch, share a line or sit lines apart.
    """
    members: list[tuple[str, Element]] = []
    for kind in KINDS:
        strategy = _BY_RECORD[kind.record]
        if kind.many:
            size = 4 if kind.record is Paragraph else 2
            members += [(kind.field, e) for e in draw(st.lists(strategy, max_size=size))]
        else:
            single = draw(st.none() | strategy)
            members += [(kind.field, single)] if single is not None else []
    order = draw(st.permutations(range(len(members))))
    position, line = 0, 1
    placed: dict[str, list[Element]] = {kind.field: [] for kind in KINDS}
    for index in order:
        key, element = members[index]
        gap = draw(st.integers(0, 3))
        start = position + gap
        start_line = line + draw(st.integers(0, gap))  # a line break takes at least a character
        element = _placed(element, start, start_line)
        placed[key].append(element)
        position, line = element.span.end, element.span.end_line
    fields: dict[str, Any] = {}
    for kind in KINDS:
        elements = sorted(placed[kind.field], key=_by_start)
        fields[kind.field] = tuple(elements) if kind.many else (elements[0] if elements else None)
    return Article(
        **fields,
        diagnostics=tuple(draw(st.lists(diagnostics(), max_size=2))),
        language=draw(st.sampled_from([None, "en", "de-DE", "pt-BR", "zh-Hant"])),
        meta_description=draw(st.none() | st.text(max_size=40)),
    )


# -- dump-like articles --------------------------------------------------------------------------

_FIRST_NAMES: Final = (
    "Jane John Maria Ahmed Olga Pierre Sofia Kenji Amara Lucas Ingrid Mateo Chloé Tomasz"
).split()
_LAST_NAMES: Final = (
    "Doe Smith Hollweg Petrova Dubois García Tanaka Okafor Silva Berg Novak O'Brien Müller"
).split()
_AGENCIES: Final = ("AFP", "AP", "Reuters", "TASS", "dpa", "EFE", "Xinhua", "Kyodo")
_ORGANIZATIONS: Final = ("Staff Reports", "Metro Desk", "News Service", "Editorial Board")
_JOB_TITLES: Final = ("Staff Writer", "Senior Reporter", "Correspondent", "Political Editor")
# Five letters or more: see the report on short words before "and" in bylines.
_CITIES: Final = ("Moscow", "Berlin", "Paris", "Madrid", "Nairobi", "Lisbon")
_PLACES: Final = ("MOSCOW", "BERLIN", "PARIS", "NEW YORK", "SÃO PAULO", "NAIROBI")
_WEB: Final = (
    "https://example.com/2021/07/16/story",
    "https://news.example.org/a?id=7&ref=x",
    "http://example.net/path_(with)_parens",
)
_SUBJECTS: Final = (
    "Officials Residents Lawmakers Investigators Researchers Farmers Engineers Teachers Doctors "
    "Voters Analysts Firefighters Economists Witnesses"
).split()
_VERBS: Final = "said reported warned argued noted confirmed suggested explained".split()
_WORDS: Final = tuple(
    "that the new plan would change how city council budget water supply schools roads river "
    "bridge market prices energy weather season project report program station harbor museum "
    "festival village region workers families week month year after before during while and or "
    "but with without about near across under over its their local national".split()
)
# Characters that mean something in Markdown, set inside words: to_markdown must escape them.
_SPECIAL_WORDS: Final = (
    "C#",
    "snake_case",
    "x*y",
    "[sic]",
    "a\\b",
    "`code`",
    "&amp;",
    "<https://example.com/x>",
    "50%",
    '"quoted"',
    "it's",
    "«guillemets»",
    "naïve",
    "Zürich",
    "Москва",
    "東京",
    "_under_",
    "**bold**",
)
# Zones a dump writes after a time; IST and CST have no single offset, so their times stay naive.
_DUMP_ZONES: Final = ("UTC", "GMT", "CET", "CEST", "MSK", "EST", "EDT", "PST", "JST", "IST", "CST")


_PLAIN: Final = st.sampled_from(_WORDS)
_MIXED: Final = st.sampled_from(_WORDS + _SPECIAL_WORDS)


def _words(draw: st.DrawFn, count: int, *, special: bool) -> list[str]:
    return draw(st.lists(_MIXED if special else _PLAIN, min_size=count, max_size=count))


def _sentence(draw: st.DrawFn, *, special: bool = True, words: int = 12) -> list[str]:
    """A sentence as words: a subject and verb (no word any rule looks for), then filler."""
    body = _words(draw, draw(st.integers(3, words)), special=special)
    return [draw(st.sampled_from(_SUBJECTS)), draw(st.sampled_from(_VERBS)), *body]


def _prose(
    draw: st.DrawFn, *, min_chars: int = 0, special: bool = True, link: bool = True
) -> tuple[str, tuple[Link, ...]]:
    """Sentences of at least ``min_chars`` characters, some words linked."""
    words: list[str] = []
    while not words or len(" ".join(words)) < min_chars:
        sentence = _sentence(draw, special=special)
        sentence[-1] += "."
        words += sentence
    pieces: list[tuple[int, int, str | None]] = []
    if link:
        for index in sorted(set(draw(st.lists(st.integers(0, len(words) - 1), max_size=2)))):
            word = words[index]
            if word.isalpha():  # one plain word per link keeps the generated text simple
                pieces.append((index, index + 1, draw(st.none() | st.sampled_from(_WEB))))
    text = " ".join(words)
    out = []
    for first, last, url in pieces:
        start = len(" ".join(words[:first])) + (1 if first else 0)
        end = start + len(" ".join(words[first:last]))
        out.append(Link(text=text[start:end], url=url, start=start, end=end))
    return text, tuple(out)


_NOWHERE: Final = Span(start=0, end=0, line=1, end_line=1)


def _dump_author(draw: st.DrawFn) -> Author:
    kind = draw(
        st.sampled_from([AuthorKind.PERSON] * 3 + [AuthorKind.AGENCY, AuthorKind.ORGANIZATION])
    )
    title = location = None
    url = draw(st.none() | st.sampled_from(_WEB))
    if kind is AuthorKind.PERSON:
        name = f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
        title = draw(st.none() | st.sampled_from(_JOB_TITLES))
        if url is None:
            location = draw(st.none() | st.sampled_from(_CITIES))
    elif kind is AuthorKind.AGENCY:
        name = draw(st.sampled_from(_AGENCIES))
    else:
        name = draw(st.sampled_from(_ORGANIZATIONS))
    return Author(name=name, kind=kind, url=url, title=title, location=location)


def _dump_byline(draw: st.DrawFn) -> Byline:
    found: list[Author] = []
    for author in [_dump_author(draw) for _ in range(draw(st.integers(1, 3)))]:
        if all(a.name.casefold() != author.name.casefold() for a in found):
            found.append(author)
    # Later names may credit another role: "By X; Reporting by Y".
    role = draw(st.sampled_from([r for r in Role if r is not Role.AUTHOR]))
    extra = draw(st.integers(0, len(found) - 1))
    found[len(found) - extra :] = [attrs.evolve(a, role=role) for a in found[len(found) - extra :]]
    return Byline(raw="", span=_NOWHERE, authors=tuple(found))


def _dump_date(draw: st.DrawFn) -> DateValue:
    value = draw(
        date_values(
            precisions=[p for p in Precision if p is not Precision.YEAR],
            min_year=1900,
            max_year=2100,
            zones=st.just(None),
        )
    )
    moment = value.value
    zone = None
    if isinstance(moment, dt.datetime):
        zone = draw(st.none() | st.sampled_from(_DUMP_ZONES))
        offset = ZONES[zone.casefold()] if zone is not None else None
        tzinfo = dt.timezone(offset) if offset is not None else None
        moment = moment.replace(tzinfo=tzinfo)
    return DateValue(value=moment, precision=value.precision, zone=zone, ambiguous=False)


def _dump_dateline(draw: st.DrawFn) -> Dateline:
    return Dateline(
        raw="",
        span=_NOWHERE,
        published=_dump_date(draw),
        updated=_dump_date(draw) if draw(st.booleans()) else None,
        place=draw(st.none() | st.sampled_from(_PLACES)),
        agency=draw(st.none() | st.sampled_from(_AGENCIES)),
    )


def _dump_caption(draw: st.DrawFn) -> Caption:
    image = draw(st.booleans())
    text, _ = _prose(draw, special=False, link=False)
    agencies = list(_AGENCIES)
    credit = draw(
        st.sampled_from(agencies)
        | st.builds(
            lambda first, last, agency: f"{first} {last}/{agency}",
            st.sampled_from(_FIRST_NAMES),
            st.sampled_from(_LAST_NAMES),
            st.sampled_from(agencies),
        )
    )
    date = _dump_date(draw) if draw(st.booleans()) else None
    if date is not None and date.precision is not Precision.DAY:
        date = None  # a caption's trailing date is a calendar day
    return Caption(
        raw="",
        span=_NOWHERE,
        text=text,
        credit=credit,
        date=date,
        image_url=draw(st.sampled_from(_WEB)) if image else None,
        alt=" ".join(_words(draw, 3, special=False)) if image else None,
    )


def _dump_related(draw: st.DrawFn) -> RelatedLink:
    label = draw(st.sampled_from(["Related article", "Read more", "See also", "Lesen Sie auch"]))
    title, _ = _prose(draw, special=False, link=False)
    return RelatedLink(
        raw="",
        span=_NOWHERE,
        label=label,
        title=title.rstrip("."),
        url=draw(st.none() | st.sampled_from(_WEB)),
    )


# Closing notes whose wording gives their kind.
_NOTES: Final = (
    (FootnoteKind.DISCLAIMER, "{} is a terrorist organization banned in Russia."),
    (FootnoteKind.CORRECTION, "Correction: {}."),
    (FootnoteKind.EDITORS_NOTE, "Editor's note: {}."),
    (FootnoteKind.UPDATE, "Update: {}."),
    (FootnoteKind.SERIES, "This article is part of our series on {}."),
    (FootnoteKind.FOOTNOTE, "{}."),
)


def _dump_footnote(draw: st.DrawFn, number: int) -> Footnote:
    if draw(st.integers(0, len(_NOTES))) == 0:
        # A contributor line: its parties are credited, with the roles its prefixes give.
        names = [
            f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
            for _ in range(2)
        ]
        credits: tuple[Author, ...] = (
            Author(name=names[0], role=Role.REPORTING),
            Author(name=names[1], role=Role.EDITING),
        )
        if names[0] == names[1]:
            credits = credits[:1]
            text = f"Reporting by {names[0]}."
        else:
            text = f"Reporting by {names[0]}; Editing by {names[1]}."
        return Footnote(
            raw="", span=_NOWHERE, text=text, kind=FootnoteKind.CONTRIBUTORS, credits=credits
        )
    kind, template = draw(st.sampled_from(_NOTES))
    words = _sentence(draw, special=False, words=draw(st.integers(6, 30)))
    text = template.format(" ".join(words))
    label = draw(st.none() | st.just(str(number)))
    return Footnote(raw="", span=_NOWHERE, text=text, kind=kind, label=label)


def _dump_block(draw: st.DrawFn) -> Paragraph:
    kind = draw(
        st.sampled_from(
            [BlockKind.PARAGRAPH] * 4 + [BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE]
        )
    )
    if kind is BlockKind.HEADING:
        text = " ".join(_sentence(draw, special=False, words=4))
        return Paragraph(raw="", span=_NOWHERE, text=text, kind=kind, level=draw(st.integers(2, 6)))
    text, found = _prose(draw)
    level = draw(st.integers(1, 3)) if kind is BlockKind.LIST_ITEM else 0
    return Paragraph(raw="", span=_NOWHERE, text=text, kind=kind, links=found, level=level)


@st.composite
def dump_articles(draw: st.DrawFn) -> Article:
    """A realistic article built in code, which to_markdown writes and parse reads back the same.

    :func:`newsparse.to_markdown` writes it in the dump format and :func:`newsparse.parse` reads
    back the same title, authors, dates, captions, related links, notes, body and source URL.

    Elements have an empty ``raw`` and zero-width spans that only give the document order; the
    values the parser derives from the text (a byline's ``text``, a dateline's ``text``) are left
    empty.
    """
    title = " ".join(_sentence(draw, special=False, words=6))
    headline = Headline(raw="", span=_NOWHERE, text=title, full=title)
    standfirst = None
    if draw(st.booleans()):
        # A summary set apart links nowhere: a plain line under the title that links out reads
        # as the article's first paragraph.
        text, found = _prose(draw, special=False, link=False)
        standfirst = Paragraph(raw="", span=_NOWHERE, text=text, links=found)
    datelines = (_dump_dateline(draw),) if draw(st.booleans()) else ()
    captions = tuple(_dump_caption(draw) for _ in range(draw(st.integers(0, 2))))
    lead_text, lead_links = _prose(draw, min_chars=220)
    body = [Paragraph(raw="", span=_NOWHERE, text=lead_text, links=lead_links)]
    body += [_dump_block(draw) for _ in range(draw(st.integers(0, 4)))]
    last_text, last_links = _prose(draw, min_chars=130)
    body.append(Paragraph(raw="", span=_NOWHERE, text=last_text, links=last_links))
    related = [_dump_related(draw) for _ in range(draw(st.integers(0, 2)))]
    # Related links sit between body blocks, never before the first (which ends the header).
    slots = sorted(draw(st.integers(1, len(body) - 1)) for _ in related)
    footnotes: tuple[Footnote, ...] = ()
    for number in range(1, draw(st.integers(0, 2)) + 1):
        note = _dump_footnote(draw, number)
        # A note written twice is one note and page furniture (parse's rule for a disclaimer
        # under every box), so a dump never holds the same note twice.
        if all(note.text != kept.text for kept in footnotes):
            footnotes += (note,)
    source = None
    if draw(st.booleans()):
        source = SourceUrl(raw="", span=_NOWHERE, url=draw(st.sampled_from(_WEB)))
    order: list[tuple[str, Element]] = [("headline", headline)]
    order += [("standfirst", standfirst)] if standfirst is not None else []
    order += [("bylines", _dump_byline(draw))]
    order += [("datelines", d) for d in datelines] + [("captions", c) for c in captions]
    for index, block in enumerate(body):
        order += [("related", r) for slot, r in zip(slots, related, strict=True) if slot == index]
        order.append(("body", block))
    order += [("footnotes", f) for f in footnotes]
    order += [("source", source)] if source is not None else []
    groups: dict[str, list[Any]] = {key: [] for key, _ in order}
    for index, (key, element) in enumerate(order):
        span = Span(start=index, end=index, line=index + 1, end_line=index + 1)
        groups[key].append(attrs.evolve(element, span=span))

    def group(key: str) -> Any:
        return tuple(groups.get(key, ()))

    return Article(
        headline=groups["headline"][0],
        standfirst=groups.get("standfirst", [None])[0],
        bylines=group("bylines"),
        datelines=group("datelines"),
        captions=group("captions"),
        related=group("related"),
        footnotes=group("footnotes"),
        body=group("body"),
        source=groups.get("source", [None])[0],
    )
