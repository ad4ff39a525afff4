"""The frozen records newsparse returns: an Article and every element it is made of.

Every top-level element keeps ``raw`` (its exact source text) and ``span`` (where that text sits in
the input), with its normalised values beside them. Records compare by value, so two parses of the
same text are equal and tests compare whole records.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Final, TypeAlias

import attrs

from newsparse import _derived as derived

__all__ = [
    "Article",
    "Author",
    "AuthorKind",
    "BlockKind",
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "DateValue",
    "Dateline",
    "Diagnostic",
    "Element",
    "Footnote",
    "FootnoteKind",
    "Headline",
    "Link",
    "LinkDefinition",
    "Paragraph",
    "Picture",
    "Precision",
    "RelatedLink",
    "Role",
    "Severity",
    "SourceUrl",
    "Span",
]


_WEB_SCHEMES = ("http://", "https://")


def is_web_url(url: str | None) -> bool:
    """Tell whether ``url`` is an absolute ``http(s)`` URL (the only kind newsparse promotes)."""
    return url is not None and url[:8].lower().startswith(_WEB_SCHEMES)


@attrs.frozen(kw_only=True)
class Span:
    """Where an element sits in the input text.

    ``start`` and ``end`` are 0-based character offsets (``text[start:end]`` is the element's raw
    text); ``line`` and ``end_line`` are the 1-based lines of its first and last character.
    """

    start: int
    end: int
    line: int
    end_line: int


class Precision(enum.StrEnum):
    """How much of a date or time the text gave; nothing finer is ever invented."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


@attrs.frozen(kw_only=True)
class DateValue:
    """A date or time as precise as the text that gave it.

    ``value`` is a :class:`datetime.date` for year, month and day precision (missing parts are 1,
    and ``precision`` says they are not real), or a :class:`datetime.datetime` for hour, minute and
    second precision; it is timezone-aware only when the text names an unambiguous zone.
    ``zone`` keeps the zone as written (``"MSK"``, ``"IST"``), even when its offset is unknown.
    ``ambiguous`` is true when the text could be read another way (``12.07.2022``).
    """

    value: dt.date | dt.datetime
    precision: Precision
    zone: str | None = None
    ambiguous: bool = False

    @property
    def date(self) -> dt.date:
        """The calendar date part of ``value``."""
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


class Severity(enum.StrEnum):
    """How much a diagnostic matters to someone reading the result."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser noticed and could not settle silently.

    ``code`` is a stable kebab-case identifier (see :class:`newsparse.Code`); ``span`` points at the
    text concerned.
    """

    code: str
    message: str
    severity: Severity
    span: Span


@attrs.frozen(kw_only=True)
class Link:
    """An inline link inside an element's plain text.

    ``start``/``end`` index the owner's ``text`` (not the input); ``url`` is ``None`` for a ``#``
    placeholder and otherwise kept verbatim.
    """

    text: str
    url: str | None
    start: int
    end: int

    @property
    def is_web(self) -> bool:
        """Whether ``url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.url)


@attrs.frozen(kw_only=True)
class Image:
    """A picture written inside a body block (``![alt](src)``, or linked: ``[![alt](src)](href)``).

    ``src`` and ``link`` are ``None`` for a ``#`` placeholder (or no link); ``at`` is the offset in
    the owner's ``text`` where the picture stood (it leaves no text of its own); ``span`` is where
    its syntax sits in the input.
    """

    alt: str
    src: str | None
    span: Span
    link: str | None = None
    at: int = 0

    @property
    def is_web(self) -> bool:
        """Whether ``src`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.src)


class AuthorKind(enum.StrEnum):
    """What kind of party a byline credits."""

    PERSON = "person"
    AGENCY = "agency"
    ORGANIZATION = "organization"


class Role(enum.StrEnum):
    """What a credited party did."""

    AUTHOR = "author"
    REPORTING = "reporting"
    EDITING = "editing"
    PHOTOGRAPHY = "photography"
    CONTRIBUTOR = "contributor"
    TRANSLATION = "translation"


@attrs.frozen(kw_only=True)
class Author:
    """One credited party of a byline.

    ``name`` is as written (never re-cased); ``title`` is a job title written beside the name
    (``"Staff Writer"``); ``location`` where the byline says the author wrote from; ``ambiguous``
    marks a name whose reading is uncertain (``Smith, John``).
    """

    name: str
    kind: AuthorKind = AuthorKind.PERSON
    url: str | None = None
    role: Role = Role.AUTHOR
    title: str | None = None
    location: str | None = None
    ambiguous: bool = False

    @property
    def is_web(self) -> bool:
        """Whether ``url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.url)


@attrs.frozen(kw_only=True)
class Headline:
    """The article's title element.

    ``text`` is the headline as published (a lead-in on its line kept); ``full`` is the title as
    written with Markdown removed (kicker and site suffix included); ``kicker`` is a line above
    the title or a section label set apart from it, ``site`` the site's name cut from its end.
    """

    raw: str
    span: Span
    text: str
    full: str
    kicker: str | None = None
    site: str | None = None
    level: int = 1


@attrs.frozen(kw_only=True)
class Byline:
    """A byline element: who wrote, reported, edited or photographed the article.

    ``text`` is the byline with Markdown removed.
    """

    raw: str
    span: Span
    text: str = ""
    authors: tuple[Author, ...] = ()


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline element: when (published, updated) and where (place, agency) the story was filed.

    ``text`` is the dateline with Markdown removed.
    """

    raw: str
    span: Span
    text: str = ""
    published: DateValue | None = None
    updated: DateValue | None = None
    place: str | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Caption:
    """A picture caption: its text, the credit line and a date if the caption gives one."""

    raw: str
    span: Span
    text: str
    credit: str | None = None
    date: DateValue | None = None
    image_url: str | None = None
    alt: str | None = None

    @property
    def is_web(self) -> bool:
        """Whether ``image_url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.image_url)

    @property
    def credit_parts(self) -> tuple[str, ...]:
        """The parties ``credit`` names, in order: ``Jane Doe/dpa`` gives ``Jane Doe``, ``dpa``."""
        from newsparse._readers.caption import credit_parts  # noqa: PLC0415 - reads the words

        return credit_parts(self.credit) if self.credit else ()


@attrs.frozen(kw_only=True)
class Picture:
    """A block that is only pictures (``![alt](src)``, linked or not), with no caption of its own.

    A picture with a caption under it is a :class:`Caption` (its ``image_url``); one alone, or a
    row of them, is shown rather than read, so it is neither a caption nor body text. ``images``
    are its pictures in order (``at`` is 0: the block has no text).
    """

    raw: str
    span: Span
    images: tuple[Image, ...] = ()

    @property
    def src(self) -> str | None:
        """The first picture's address (``None`` for none, or a ``#`` placeholder)."""
        return self.images[0].src if self.images else None


@attrs.frozen(kw_only=True)
class RelatedLink:
    """A link to another article set into the page (``Related article: ...``)."""

    raw: str
    span: Span
    label: str | None
    title: str
    url: str | None = None

    @property
    def is_web(self) -> bool:
        """Whether ``url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.url)


class FootnoteKind(enum.StrEnum):
    """What a closing note is for."""

    FOOTNOTE = "footnote"
    EDITORS_NOTE = "editors-note"
    CORRECTION = "correction"
    UPDATE = "update"
    DISCLAIMER = "disclaimer"
    CONTRIBUTORS = "contributors"
    SERIES = "series"
    COPYRIGHT = "copyright"


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote, editor's note, correction or other closing note.

    ``label`` is the Markdown footnote label (``1`` for ``[^1]: ...``); ``credits`` lists the
    parties a contributor line names.
    """

    raw: str
    span: Span
    text: str
    kind: FootnoteKind = FootnoteKind.FOOTNOTE
    label: str | None = None
    links: tuple[Link, ...] = ()
    credits: tuple[Author, ...] = ()


class BlockKind(enum.StrEnum):
    """What shape a body block has."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"


@attrs.frozen(kw_only=True)
class Paragraph:
    """One block of the article text: a paragraph, subheading, list item, quote, code or table.

    ``text`` is plain text with Markdown removed; ``links`` index into ``text``; ``level`` is the
    heading level (1-6) or the list nesting depth (1 for a top-level item), 0 otherwise;
    ``images`` are the pictures written inside the block, in order.
    """

    raw: str
    span: Span
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    links: tuple[Link, ...] = ()
    level: int = 0
    images: tuple[Image, ...] = ()


class BoilerplateKind(enum.StrEnum):
    """What kind of page furniture a boilerplate element is."""

    SHARE = "share"
    ADVERTISEMENT = "advertisement"
    NAVIGATION = "navigation"
    NEWSLETTER = "newsletter"
    COOKIE = "cookie"
    SUBSCRIPTION = "subscription"
    TAGS = "tags"
    SEPARATOR = "separator"
    LINK_DEFINITION = "link-definition"  # read in old records; definitions have their own kind
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Boilerplate:
    """Page furniture kept out of the body (share buttons, ads, prompts), so nothing is lost."""

    raw: str
    span: Span
    text: str
    kind: BoilerplateKind = BoilerplateKind.OTHER


@attrs.frozen(kw_only=True)
class LinkDefinition:
    """The target of a dump's reference links: ``[1]: https://example.com/a``.

    ``label`` is as written (references match it case-folded, blanks collapsed); ``url`` is the
    address verbatim (``None`` for a ``#`` placeholder). Links written ``[text][1]`` resolve to it.
    """

    raw: str
    span: Span
    label: str
    url: str | None = None

    @property
    def is_web(self) -> bool:
        """Whether ``url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.url)


@attrs.frozen(kw_only=True)
class SourceUrl:
    """The ``Original url:`` footer naming the page the dump was made from."""

    raw: str
    span: Span
    url: str

    @property
    def is_web(self) -> bool:
        """Whether ``url`` is an absolute ``http(s)`` URL."""
        return is_web_url(self.url)

    @property
    def date(self) -> DateValue | None:
        """The day the address's path gives (``/2021/07/16/``, ``-2021-07-16-``), if any."""
        from newsparse._dates import day_from_url  # noqa: PLC0415 - _dates builds on this module

        return day_from_url(self.url)


Element: TypeAlias = (
    Headline
    | Byline
    | Dateline
    | Caption
    | Picture
    | RelatedLink
    | Footnote
    | Paragraph
    | Boilerplate
    | LinkDefinition
    | SourceUrl
)
"""Any top-level element: each has ``raw`` and ``span``."""


_WRITING_ROLES: Final = frozenset({Role.AUTHOR, Role.REPORTING})


@attrs.frozen(kw_only=True)
class Article:
    """A parsed dump: its elements, grouped by kind, and what the parser noticed.

    The stored fields hold elements (each with ``raw`` and ``span``), plus two facts about the
    page that no element carries: ``language`` (a BCP 47 tag: the page's declared ``lang`` for
    HTML, a stopword vote over the text for a dump, ``None`` below its stated confidence) and
    ``meta_description`` (an HTML page's ``<meta name="description">``). The properties give the
    values most readers want: ``title``, ``authors``, ``text``, ``published``, ``updated``,
    ``date``, ``url``, ``site``, ``image``, ``images``, ``tags``, ``description``, and the
    elements ``byline`` and ``dateline``.
    """

    headline: Headline | None = None
    standfirst: Paragraph | None = None
    bylines: tuple[Byline, ...] = ()
    datelines: tuple[Dateline, ...] = ()
    captions: tuple[Caption, ...] = ()
    pictures: tuple[Picture, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    body: tuple[Paragraph, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    definitions: tuple[LinkDefinition, ...] = ()
    source: SourceUrl | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    language: str | None = None
    meta_description: str | None = None

    @property
    def title(self) -> str | None:
        """The headline as published, or ``None`` when the dump has none."""
        return self.headline.text if self.headline is not None else None

    @property
    def byline(self) -> Byline | None:
        """The first byline element (``bylines`` has them all)."""
        return self.bylines[0] if self.bylines else None

    @property
    def credits(self) -> tuple[Author, ...]:
        """Every party a byline or a contributor note credits, any role, each name once."""
        seen: set[str] = set()
        out: list[Author] = []
        credited = [a for b in self.bylines for a in b.authors]
        credited += [a for f in self.footnotes for a in f.credits]
        for author in credited:
            key = author.name.casefold()
            if key not in seen:
                seen.add(key)
                out.append(author)
        return tuple(out)

    @property
    def authors(self) -> tuple[Author, ...]:
        """Who wrote the article: credits in the author or reporting role.

        Contributors ("X contributed to this report", "Quelle: dpa"), editors, photographers and
        translators are in ``credits`` only, except that with no writer named at all the
        contributors stand in, and failing those the agency of a wire dateline
        (``Hamburg (dpa/lno) –``).
        """
        credits = self.credits
        writers = tuple(a for a in credits if a.role in _WRITING_ROLES)
        if writers:
            return writers
        contributors = tuple(a for a in credits if a.role is Role.CONTRIBUTOR)
        if contributors:
            return contributors
        agency = next((d.agency for d in self.datelines if d.agency), None)
        if agency is None or credits:
            return ()
        return (Author(name=agency, kind=AuthorKind.AGENCY),)

    @property
    def dateline(self) -> Dateline | None:
        """The first dateline element, with any value it lacks taken from later ones.

        A dump often has the date in its header and the place in the first paragraph
        (``MOSCOW (AP) —``); this view combines them. ``datelines`` has each element as written.
        A page that shows only when it was last updated (``Updated June 3, 2021``) is dated by
        that day: with no dateline giving ``published``, the view's ``published`` is the
        ``updated`` value (the story was out by then, and readers and labels take the only date
        shown as its date); ``updated`` keeps the value, and the element keeps ``published``
        unset. With neither, the day the footer URL's path gives (``/2021/07/16/``:
        :attr:`SourceUrl.date`) is ``published``; with no dateline at all, the view is over the
        footer (its ``raw`` and ``span``). A ``published`` that gives only its month or year
        takes the URL's day when the day lies in it.
        """
        if not self.datelines:
            return self._address_view()
        first = self.datelines[0]
        rest = self.datelines[1:]
        published = first.published or next((d.published for d in rest if d.published), None)
        updated = first.updated or next((d.updated for d in rest if d.updated), None)
        finer = self._address_day_within(published)
        if finer is None and len(self.datelines) == 1 and published is not None:
            return first
        if finer is not None:
            published = finer
        elif published is None and updated is None and self.source is not None:
            published = self.source.date
        return self._combined(first, rest, published, updated)

    @staticmethod
    def _combined(
        first: Dateline,
        rest: tuple[Dateline, ...],
        published: DateValue | None,
        updated: DateValue | None,
    ) -> Dateline:
        """``first`` with the values it lacks taken from ``rest``."""
        return attrs.evolve(
            first,
            published=published or updated,
            updated=updated,
            place=first.place or next((d.place for d in rest if d.place), None),
            agency=first.agency or next((d.agency for d in rest if d.agency), None),
        )

    def _address_day_within(self, published: DateValue | None) -> DateValue | None:
        """The URL's day when ``published`` gives only its month or year and the day is in it.

        ``März 2020`` in the text, ``/2020/03/17/`` in the address: the address says which
        day of that month (a day outside it says nothing about the text's month).
        """
        if published is None or published.precision not in (Precision.YEAR, Precision.MONTH):
            return None
        day = self.source.date if self.source is not None else None
        if day is None or day.date.year != published.date.year:
            return None
        if published.precision is Precision.MONTH and day.date.month != published.date.month:
            return None
        return day

    def _address_view(self) -> Dateline | None:
        """The view over the footer when no dateline was found: the day its URL gives, if any."""
        source = self.source
        day = source.date if source is not None else None
        if source is None or day is None:
            return None
        return Dateline(raw=source.raw, span=source.span, published=day)

    @property
    def source_url(self) -> str | None:
        """The page URL from the ``Original url:`` footer, if it is an ``http(s)`` URL."""
        if self.source is not None and self.source.is_web:
            return self.source.url
        return None

    @property
    def url(self) -> str | None:
        """The page's address: the same as ``source_url``."""
        return self.source_url

    @property
    def site(self) -> str | None:
        """The host of ``url`` in lower case, without ``www.`` (``"example.com"``), or ``None``."""
        return derived.site_of(self.source_url)

    @property
    def text(self) -> str:
        """The body as plain text, blocks joined by blank lines.

        The standfirst is not included (it is in ``description``), nor captions, related links,
        closing notes or boilerplate: only the blocks of ``body``.
        """
        return derived.body_text(self.body)

    @property
    def published(self) -> DateValue | None:
        """When the article was published, from its datelines (the first that gives one).

        When no dateline says when the story was published: the updated date, else the day the
        page's address gives (see :attr:`dateline`).
        """
        dateline = self.dateline
        return dateline.published if dateline is not None else None

    @property
    def updated(self) -> DateValue | None:
        """When the article was last updated, from its datelines (the first that gives one)."""
        dateline = self.dateline
        return dateline.updated if dateline is not None else None

    @property
    def date(self) -> DateValue | None:
        """The best single date of the article: ``published``, else ``updated``, else ``None``."""
        return self.published or self.updated

    @property
    def images(self) -> tuple[str, ...]:
        """Every picture address the article shows (pictures, captions, blocks), in order, once."""
        return derived.image_urls(self)

    @property
    def image(self) -> str | None:
        """The lead picture: the first of a caption or a picture block, in document order."""
        return derived.lead_image(self)

    @property
    def tags(self) -> tuple[str, ...]:
        """The page's tags, from its tag lists (``Tags``, ``Themen`` over a run of links)."""
        return derived.tag_names(self.boilerplate)

    @property
    def description(self) -> str | None:
        """A summary: the page's meta description (HTML), else the standfirst's text, else None."""
        if self.meta_description:
            return self.meta_description
        return self.standfirst.text if self.standfirst is not None else None

    def elements(self) -> Iterator[Element]:
        """Yield every top-level element in document order.

        Elements at the same offset (built in code) come in the order of the kind table,
        :data:`newsparse._kinds.KINDS`.
        """
        # The kind table names these records, so it is imported here rather than at the top.
        from newsparse._kinds import located  # noqa: PLC0415

        for _, element in located(self):
            yield element
