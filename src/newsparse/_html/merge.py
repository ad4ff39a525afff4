"""The page's metadata written into its dump where the visible text lacks it.

The visible region is written and parsed first. Then, where the page head knows something the
visible text does not say (a headline, the authors with their URLs, the publication time), a line
is written into the dump right after the title: ``# Headline``, ``By [Name](url)``,
``Published: 2020-04-27T10:31:00+02:00``. The dump is parsed again, so every element of the
Article (those lines included) has a span into the one text :func:`html_to_dump` returns. Each
line written from metadata, and each disagreement between the head and the visible text, is
reported as a diagnostic on the line concerned. When the visible body holds less than half of the
page's JSON-LD ``articleBody``, the paragraphs it lacks are written after it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from newsparse._article import parse
from newsparse._dates import DateOrder
from newsparse._errors import Code
from newsparse._html.evidence import MIN_EVIDENCE, SHARE, missing_paragraphs
from newsparse._html.head import Head, Person
from newsparse._html.notes import Note
from newsparse._html.page import Page
from newsparse._html.writer import clean_url, escape, join_blocks
from newsparse._language import language_tag
from newsparse._model import Article, DateValue, Diagnostic, Precision, Severity, Span
from newsparse._public_dates import format_date
from newsparse._source import Source
from newsparse.vocabulary import Vocabulary, current

__all__ = ["Composed", "compose"]

_RANK: Final = {p: i for i, p in enumerate(Precision)}
_START: Final = Span(start=0, end=0, line=1, end_line=1)
_MAX_FOOTER_URL: Final = 2000
# Words an author name from metadata may start with that a byline line writes itself.
_NAME_PREFIXES: Final = ("by ", "von ", "por ", "par ", "di ", "door ")


@attrs.frozen(kw_only=True)
class Composed:
    """The final dump, its Article, and the HTML reading's diagnostics (spans into ``dump``)."""

    dump: str
    article: Article
    diagnostics: tuple[Diagnostic, ...]


@attrs.frozen(kw_only=True)
class _Line:
    """A line to write from metadata, with what to report about it."""

    text: str
    code: str
    message: str
    severity: Severity = Severity.INFO
    about: str = "byline"  # for a line not written: the element the diagnostic points at


def _footer(url: str | None) -> str:
    if url is None:
        return ""
    url = "".join(url.split()).replace("<", "%3C").replace(">", "%3E")
    if not url or len(url) > _MAX_FOOTER_URL:
        return ""
    return f"Original url:\n\n<{url}>"


def _clean_name(name: str) -> str:
    lowered = name.casefold()
    for prefix in _NAME_PREFIXES:
        if lowered.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
            break
    return escape(name.replace("[", "(").replace("]", ")"))


def byline_text(people: list[Person]) -> str:
    """A ``By ...`` line naming ``people``, each linked to their profile URL when known.

    Example:
        >>> byline_text([Person(name="Ann Lee", url="https://x.test/ann"), Person(name="dpa")])
        'By [Ann Lee](https://x.test/ann) and dpa'
    """
    names = []
    for person in people:
        name = _clean_name(person.name)
        url = clean_url(person.url, None) if person.url else None
        names.append(f"[{name}]({url})" if url else name)
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _tokens(names: list[str]) -> set[str]:
    return {word for name in names for word in name.casefold().replace(".", " ").split()}


def _byline_line(first: Article, head: Head) -> _Line | None:
    sites = {s.casefold() for s in (head.publisher, head.site_name) if s}
    # The publisher credited as author ("hessenschau.de, Frankfurt") is no byline.
    people = [p for p in head.authors if not any(site in p.name.casefold() for site in sites)]
    if not people:
        return None
    if not first.authors:
        return _Line(
            text=byline_text(people),
            code=Code.FROM_METADATA,
            message="the visible text names no author; the byline comes from the page metadata",
        )
    shown = [a.name for a in first.authors]
    if not _tokens(shown) & _tokens([p.name for p in people]):
        listed = ", ".join(p.name for p in people)[:120]
        return _Line(
            text="",
            code=Code.METADATA_CONFLICT,
            message=f"the page metadata credits {listed}, the visible byline does not",
        )
    return None


def _date_line(head: Head, value: DateValue) -> str:
    line = f"Published: {format_date(value)}"
    modified = head.modified
    if modified is not None and modified.value != value.value and modified.date >= value.date:
        line += f" · Updated: {format_date(modified)}"
    return line


def _days_on_earth(value: DateValue) -> tuple[dt.date, dt.date]:
    """The calendar days a moment falls on somewhere on Earth (UTC-12 to UTC+14).

    A date or a time without an offset is a local day already: the range is that one day.
    """
    moment = value.value
    if isinstance(moment, dt.datetime) and moment.utcoffset() is not None:
        utc = moment.astimezone(dt.UTC)
        return (utc - dt.timedelta(hours=12)).date(), (utc + dt.timedelta(hours=14)).date()
    return value.date, value.date


def _dateline_line(first: Article, head: Head) -> _Line | None:
    # The dates the elements show as written: ``Article.dateline`` lets an update date stand in
    # for a publication date the page does not show.
    dated = next((d for d in first.datelines if d.published is not None), None)
    shown = dated.published if dated is not None else None
    updated = next((d.updated for d in first.datelines if d.updated is not None), None)
    published = head.published
    if published is None:
        if shown is None and updated is None and head.box_date is not None:
            return _Line(
                text=f"Published: {format_date(head.box_date)}",
                code=Code.FROM_METADATA,
                message=(
                    "the article text and the metadata give no date; the date comes from the "
                    "page's date box"
                ),
            )
        return None
    if shown is None and updated is not None:
        return _Line(
            text=_date_line(head, published),
            code=Code.FROM_METADATA,
            message=(
                f"the page shows only its update date ({updated.date.isoformat()}); "
                "the publication date comes from the page metadata"
            ),
        )
    if shown is None:
        return _Line(
            text=_date_line(head, published),
            code=Code.FROM_METADATA,
            message="the visible text gives no date; the date comes from the page metadata",
        )
    if shown.date == published.date:
        if _RANK[shown.precision] <= _RANK[Precision.DAY] < _RANK[published.precision]:
            return _Line(
                text=_date_line(head, published),
                code=Code.FROM_METADATA,
                message=(
                    "the page shows the day only; the publication time comes from the page metadata"
                ),
            )
        return None
    earliest, latest = _days_on_earth(published)
    if earliest <= shown.date <= latest:
        # The same moment seen from another time zone (metadata in UTC, the page in local time):
        # the day the page shows is the more specific reading for its readers.
        return None
    if _RANK[shown.precision] < _RANK[Precision.DAY] or (
        _swapped(shown.date) == published.date
        and not (dated is not None and _names_a_month(dated.raw))
    ):
        # The page shows a month only, or a numeric date whose day and month the metadata reads
        # the other way round (12/04 for 4 December or 12 April): the declaration is more exact.
        # A month written as a word cannot be swapped, so the page's reading stands then.
        return _Line(
            text=_date_line(head, published),
            code=Code.METADATA_CONFLICT,
            message=(
                f"the page shows the date {shown.date.isoformat()}, its metadata says it was "
                f"published {published.date.isoformat()}; the metadata date is taken"
            ),
            severity=Severity.WARNING,
        )
    if any(d.published is not None and d.published.date == published.date for d in first.datelines):
        # The page shows the declared day too, further down ("Published: 26.12.2022" under a
        # stamp of another day): the declaration and that line agree, and are written first.
        return _Line(
            text=_date_line(head, published),
            code=Code.FROM_METADATA,
            message=(
                f"the page shows the dates {shown.date.isoformat()} and "
                f"{published.date.isoformat()}; the metadata says it was published on the second"
            ),
        )
    # A real disagreement: the day the page shows its readers, not marked as an update, is the
    # article's date (a template's datePublished is often the first draft's, or a copy's); on
    # the tune pages, keeping it fixed 12 sites and broke 4 whose metadata had the day.
    return _Line(
        text="",
        code=Code.METADATA_CONFLICT,
        message=(
            f"the page shows the date {shown.date.isoformat()}, its metadata says it was "
            f"published {published.date.isoformat()}; the date the page shows is kept"
        ),
        about="dateline",
    )


def _names_a_month(text: str) -> bool:
    """Whether ``text`` writes a month as a word ("4 December 2020", "Dez."): no swapped reading."""
    months = current().months
    return any(word in months for word in _WORD.findall(text.casefold()))


_WORD: Final = re.compile(r"[^\W\d_]{3,12}")


def _swapped(day: dt.date) -> dt.date | None:
    """``day`` with its day and month exchanged, when that is a date (4 December -> 12 April)."""
    if day.day > 12 or day.day == day.month:
        return None
    return day.replace(month=day.day, day=day.month)


def _title_line(first: Article, head: Head) -> _Line | None:
    if first.headline is not None or not head.titles:
        return None
    title = " ".join(head.titles[0].split())
    return _Line(
        text=f"# {escape(title)}",
        code=Code.FROM_METADATA,
        message="the visible text has no headline; the title comes from the page metadata",
    )


def _insertion_point(first: Article, text: str) -> int:
    """Where lines from metadata go: after the title and the visible bylines that follow it.

    They go before the first visible dateline, so a publication date from metadata is the one
    the Article's combined ``dateline`` shows when the two disagree.
    """
    cut = first.headline.span.end if first.headline is not None else 0
    limit = first.body[0].span.start if first.body else None
    if first.datelines:
        start = first.datelines[0].span.start
        limit = start if limit is None else min(limit, start)
    for byline in first.bylines:
        end = byline.span.end
        at_line_end = text[end : end + 1] in ("", "\n")
        if byline.span.start >= cut and (limit is None or end <= limit) and at_line_end:
            cut = end
    return cut


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def compose(
    page: Page, *, order: DateOrder | None = None, vocabulary: Vocabulary | None = None
) -> Composed:
    """Write the page's dump (visible text plus what only the metadata says) and parse it."""
    visible = join_blocks(list(page.blocks))
    footer = _footer(page.url)
    plain = _join(visible, footer)
    first = parse(plain, order=order, vocabulary=vocabulary)
    head = page.head
    title = _title_line(first, head)
    lines = [line for line in (_byline_line(first, head), _dateline_line(first, head)) if line]
    written = [line for line in lines if line.text]
    cut = _insertion_point(first, visible)
    before, after = visible[:cut], visible[cut:].lstrip("\n")
    pieces: list[str] = []
    offsets: list[tuple[int, _Line]] = []
    length = 0

    def put(text: str, line: _Line | None = None) -> None:
        nonlocal length
        if not text:
            return
        if pieces:
            pieces.append("\n\n")
            length += 2
        if line is not None:
            offsets.append((length, line))
        pieces.append(text)
        length += len(text)

    if title is not None:
        put(title.text, title)
    put(before)
    for line in written:
        put(line.text, line)
    put(after)
    missing, shortfall = _missing_body(first, page, visible)
    for number, paragraph in enumerate(missing):
        put(paragraph, shortfall if number == 0 else None)
    put(footer)
    dump = "".join(pieces)
    # Nothing written from metadata: the first parse is already the parse of this text.
    article = first if dump == plain else parse(dump, order=order, vocabulary=vocabulary)
    source = Source(dump)
    notes = [*page.notes]
    diagnostics = [_diagnostic(note, _START) for note in notes]
    for offset, line in offsets:
        index = source.line_number(offset) - 1
        span = source.lines_span(index, index)
        diagnostics.append(
            Diagnostic(code=line.code, message=line.message, severity=line.severity, span=span)
        )
    for line in lines:
        if not line.text:
            about = article.byline if line.about == "byline" else article.dateline
            span = about.span if about is not None else _START
            diagnostics.append(
                Diagnostic(code=line.code, message=line.message, severity=line.severity, span=span)
            )
    short = None if missing else _short_of_markup(article, page)
    if short is not None:
        diagnostics.append(short)
    if not article.body and article.standfirst is None and dump.strip():
        diagnostics.append(
            Diagnostic(
                code=Code.NO_ARTICLE_TEXT,
                message="no article text was found in the page",
                severity=Severity.WARNING,
                span=_START,
            )
        )
    # What only the page head says about the page as a whole: its language and its summary.
    article = attrs.evolve(
        article,
        language=language_tag(head.lang) or article.language,
        meta_description=head.description,
    )
    return Composed(dump=dump, article=article, diagnostics=tuple(diagnostics))


def _missing_body(first: Article, page: Page, visible: str) -> tuple[list[str], _Line]:
    """The JSON-LD articleBody's paragraphs the visible body lacks, and the note on the first."""
    lead = [first.standfirst] if first.standfirst is not None else []
    shown = sum(len(block.text) for block in (*lead, *first.body))
    message = (
        f"the visible body holds {shown} characters, the page's JSON-LD articleBody "
        f"{len(page.article_body)}; the paragraphs it lacks are written from the metadata"
    )
    about = _Line(text="", code=Code.PARTIAL_ARTICLE_TEXT, message=message)
    return missing_paragraphs(page.article_body, visible, shown), about


def _short_of_markup(article: Article, page: Page) -> Diagnostic | None:
    """A note when the article text holds markedly less prose than the page's article markup.

    The page's ``<article>`` (or ``itemprop="articleBody"``) element is a witness of how long the
    text is: an Article holding less than half its prose lost body text (a region chosen too
    narrow, paragraphs the dump parser did not read as body), and nothing else says so.
    """
    if page.marked_prose < MIN_EVIDENCE:
        return None
    blocks = [article.standfirst, *article.body] if article.standfirst else list(article.body)
    shown = sum(len(block.text) for block in blocks)
    if shown >= SHARE * page.marked_prose:
        return None
    return Diagnostic(
        code=Code.PARTIAL_ARTICLE_TEXT,
        message=(
            f"the article text holds {shown} characters, the page's article markup "
            f"{page.marked_prose} characters of prose; body text may be missing"
        ),
        severity=Severity.INFO,
        span=blocks[-1].span if blocks else _START,
    )


def _diagnostic(note: Note, span: Span) -> Diagnostic:
    return Diagnostic(code=note.code, message=note.message, severity=note.severity, span=span)
