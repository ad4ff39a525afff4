"""The table of element kinds: each kind's record, its Article field and how every output shows it.

One row per kind of top-level element. Everything that lists the kinds is derived from
:data:`KINDS`: ``Article.elements()``, the assembly of an Article from the rules' claims, the JSON
paths the reader checks, the Markdown writer's order, ``newsparse show``'s marks and colours,
``newsparse stats``' fields, the count columns of :func:`newsparse.to_row` (and so the DataFrame's),
and the JSON Schema's field descriptions. Adding a kind is a row here, a record in
:mod:`newsparse._model` and a field of :class:`~newsparse._model.Article` for it (see
``docs/architecture.md``).

>>> [kind.name for kind in KINDS][:4]
['title', 'standfirst', 'byline', 'dateline']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Final

import attrs

from newsparse._engine import Found
from newsparse._model import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Element,
    Footnote,
    Headline,
    LinkDefinition,
    Paragraph,
    Picture,
    RelatedLink,
    SourceUrl,
)

__all__ = [
    "KINDS",
    "PAGE_DATES",
    "WRITTEN",
    "Kind",
    "by_found",
    "by_name",
    "kind_of",
    "located",
]


def _published(element: Element) -> DateValue | None:
    """A dateline's publication date (``None`` for any other element, or a dateline without)."""
    return element.published if isinstance(element, Dateline) else None


@attrs.frozen(kw_only=True)
class Kind:
    """One kind of top-level element and what each part of newsparse does with it.

    ``name`` is what ``newsparse show`` marks its lines with; ``record`` its class; ``field`` the
    :class:`~newsparse._model.Article` field (and JSON key) holding it, a tuple when ``many``,
    else one element or ``None``; ``found`` the engine's name for it in the rules' claims;
    ``doc`` the JSON Schema's description of the field; ``colour`` the ANSI SGR code ``show``
    paints it with (``""``: none); ``present`` the Article attribute ``newsparse stats`` checks
    for it (a value that is not ``None`` or not empty); ``count`` the row column counting its
    elements (``None``: no column) and ``count_doc`` that column's description; ``written``
    its place in dump order, where the Markdown writer puts elements built in code that share an
    offset (closing notes after the body, where the footnote rule looks for them); ``page_date``
    reads the date an element of this kind gives the page, if it can (the first one claimed is
    the header's date, ``Context.header_date``, that later date lines are read against).
    """

    name: str
    written: int
    record: type
    field: str
    found: Found
    doc: str
    many: bool = True
    colour: str = ""
    present: str = ""
    count: str | None = None
    count_doc: str = ""
    page_date: Callable[[Element], DateValue | None] | None = None

    def elements(self, article: Article) -> tuple[Element, ...]:
        """The elements of this kind in ``article``, in document order."""
        value: Element | tuple[Element, ...] | None = getattr(article, self.field)
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)


KINDS: Final[tuple[Kind, ...]] = (
    Kind(
        name="title",
        written=0,
        record=Headline,
        field="headline",
        found=Found.TITLE,
        many=False,
        doc="the title element, or null when the dump has none",
        colour="1;35",
        present="title",
    ),
    Kind(
        name="standfirst",
        written=1,
        record=Paragraph,
        field="standfirst",
        found=Found.STANDFIRST,
        many=False,
        doc="the subtitle or summary between the title and the text, or null",
        colour="35",
        present="standfirst",
    ),
    Kind(
        name="byline",
        written=2,
        record=Byline,
        field="bylines",
        found=Found.BYLINE,
        doc="every byline element, in document order",
        colour="36",
        present="byline",
    ),
    Kind(
        name="dateline",
        written=3,
        record=Dateline,
        field="datelines",
        found=Found.DATELINE,
        doc="every dateline element, in document order",
        colour="34",
        present="dateline",
        page_date=_published,
    ),
    Kind(
        name="caption",
        written=4,
        record=Caption,
        field="captions",
        found=Found.CAPTION,
        doc="picture captions, in document order",
        colour="33",
        present="captions",
        count="captions",
        count_doc="picture captions",
    ),
    Kind(
        name="picture",
        written=5,
        record=Picture,
        field="pictures",
        found=Found.PICTURE,
        doc="blocks that are only pictures (with no caption of their own), in document order",
        colour="2;33",
        present="pictures",
        count="pictures",
        count_doc="blocks that are only pictures",
    ),
    Kind(
        name="related",
        written=7,
        record=RelatedLink,
        field="related",
        found=Found.RELATED,
        doc="links to other articles set into the page, in document order",
        colour="32",
        present="related",
        count="related",
        count_doc="links to other articles",
    ),
    Kind(
        name="footnote",
        written=8,
        record=Footnote,
        field="footnotes",
        found=Found.FOOTNOTE,
        doc="closing notes: footnotes, corrections, editor's notes, disclaimers",
        colour="2;36",
        present="footnotes",
        count="footnotes",
        count_doc="closing notes of any kind",
    ),
    Kind(
        name="body",
        written=6,
        record=Paragraph,
        field="body",
        found=Found.BODY,
        doc="the article text, block by block, in document order",
        present="body",
        count="paragraphs",
        count_doc="body blocks",
    ),
    Kind(
        name="boilerplate",
        written=9,
        record=Boilerplate,
        field="boilerplate",
        found=Found.BOILERPLATE,
        doc="page furniture (share bars, ads, prompts) kept out of the body",
        colour="2",
        present="boilerplate",
        count="boilerplate",
        count_doc="page furniture elements",
    ),
    Kind(
        name="definition",
        written=10,
        record=LinkDefinition,
        field="definitions",
        found=Found.DEFINITION,
        doc="the link definitions ('[1]: https://...') that reference links resolve to",
        colour="2;32",
        present="definitions",
    ),
    Kind(
        name="source",
        written=11,
        record=SourceUrl,
        field="source",
        found=Found.SOURCE,
        many=False,
        doc="the 'Original url:' footer, or null when the dump has none",
        colour="32",
        present="source_url",
    ),
)
"""Every kind of top-level element, in the order of the Article's fields (and JSON keys)."""

WRITTEN: Final[tuple[Kind, ...]] = tuple(sorted(KINDS, key=lambda kind: kind.written))
"""The kinds in dump order: how the Markdown writer orders elements built in code at one offset."""

PAGE_DATES: Final[Mapping[Found, Callable[[Element], DateValue | None]]] = {
    kind.found: kind.page_date for kind in KINDS if kind.page_date is not None
}
"""For each kind that can date the page, how to read the date (what the engine's ``run`` takes)."""

_BY_NAME: Final = {kind.name: kind for kind in KINDS}
_BY_FOUND: Final = {kind.found: kind for kind in KINDS}
_BY_RECORD: Final = {
    record: tuple(kind for kind in KINDS if kind.record is record)
    for record in dict.fromkeys(kind.record for kind in KINDS)
}


def by_name(name: str) -> Kind:
    """The kind called ``name`` (``"title"``, ``"body"``...).

    Raises:
        KeyError: for a name no kind has.
    """
    return _BY_NAME[name]


def by_found(found: Found) -> Kind | None:
    """The kind the engine's ``found`` stands for, or ``None`` for a mark that is no element."""
    return _BY_FOUND.get(found)


def located(article: Article, order: tuple[Kind, ...] = KINDS) -> Iterator[tuple[Kind, Element]]:
    """Every element of ``article`` with its kind, in document order.

    Elements at the same offset (built in code) come in the order of ``order``.
    """
    ranked: list[tuple[int, int, Kind, Element]] = []
    for rank, kind in enumerate(order):
        ranked.extend(
            (element.span.start, rank, kind, element) for element in kind.elements(article)
        )
    ranked.sort(key=lambda item: (item[0], item[1]))
    for _, _, kind, element in ranked:
        yield kind, element


def kind_of(element: Element, article: Article) -> Kind:
    """The kind ``element`` has in ``article`` (a Paragraph is the standfirst or a body block).

    Raises:
        ValueError: when ``element``'s class is no kind's record, or when it is a Paragraph that
            is neither ``article``'s standfirst nor one of its body blocks.
    """
    kinds = _BY_RECORD.get(type(element), ())
    if len(kinds) == 1:
        return kinds[0]
    for kind in kinds:
        if any(candidate is element for candidate in kind.elements(article)):
            return kind
    raise ValueError(f"{type(element).__name__} is not an element of a known kind in this article")
