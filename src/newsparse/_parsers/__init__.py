"""One module per kind of element: each reads its element from one string and offers a rule.

This package's own module holds the public small parsers (``parse_byline``, ``parse_title``...).
It is left pure in the optional compiled build, which compiles the modules beside it: a compiled
function has no docstring for ``help()``, names its private module as its home and refuses an
argument of the wrong type with a ``TypeError``. Each function here checks its arguments (a
wrong type is a ``ParseError``; ``order="dmy"`` is a date order), sets the vocabulary and calls
its module's ``*_of`` function, which does the work.
"""

from __future__ import annotations

from newsparse._dates import DateOrder, require_order
from newsparse._errors import require_text
from newsparse._model import Byline, Caption, Dateline, Footnote, Headline, RelatedLink, SourceUrl
from newsparse._parsers import byline, caption, dateline, footnote, related, source_url, title
from newsparse.vocabulary import Vocabulary, given

__all__ = [
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_footnote",
    "parse_related",
    "parse_source_url",
    "parse_title",
]


def parse_byline(text: str, *, vocabulary: Vocabulary | None = None) -> Byline:
    """Read one byline.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-byline`` when ``text`` does not read as a byline.

    Example:
        >>> [
        ...     a.name
        ...     for a in parse_byline("By Marta Hollweg, Sean Goldbeck and Mikael Crane").authors
        ... ]
        ['Marta Hollweg', 'Sean Goldbeck', 'Mikael Crane']
    """
    require_text(text, "parse_byline")
    with given(vocabulary):
        return byline.byline_of(text)


def parse_caption(text: str, *, vocabulary: Vocabulary | None = None) -> Caption:
    r"""Read a caption: one line with its credit, or a caption line and a credit line.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-caption`` when ``text`` carries no credit or image.

    Example:
        >>> c = parse_caption("The mayor campaigns.\n\n(Elena Corbin / Harbor Chronicle)")
        >>> c.text, c.credit
        ('The mayor campaigns.', 'Elena Corbin / Harbor Chronicle')
    """
    require_text(text, "parse_caption")
    with given(vocabulary):
        return caption.caption_of(text)


def parse_dateline(
    text: str, *, order: DateOrder | None = None, vocabulary: Vocabulary | None = None
) -> Dateline:
    """Read one dateline: a header date line or the place-and-agency opening of a story.

    A date without a year gives ``published=None`` (there is no context to take a year from).

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

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
    require_text(text, "parse_dateline")
    checked_order = require_order(order, "parse_dateline")
    with given(vocabulary):
        return dateline.dateline_of(text, checked_order)


def parse_footnote(text: str, *, vocabulary: Vocabulary | None = None) -> Footnote:
    """Read one closing note; a line wholly in italics counts as a note here.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-footnote`` when ``text`` is not a note.

    Example:
        >>> n = parse_footnote("Correction: An earlier version misstated the date.")
        >>> n.kind.value, n.text
        ('correction', 'Correction: An earlier version misstated the date.')
    """
    require_text(text, "parse_footnote")
    with given(vocabulary):
        return footnote.footnote_of(text)


def parse_related(text: str, *, vocabulary: Vocabulary | None = None) -> RelatedLink:
    """Read one related link.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-related-link`` when ``text`` is not one.

    Example:
        >>> r = parse_related("[Related: Tajik base opens](https://example.com/a)")
        >>> r.label, r.title, r.url
        ('Related', 'Tajik base opens', 'https://example.com/a')
    """
    require_text(text, "parse_related")
    with given(vocabulary):
        return related.related_of(text)


def parse_source_url(text: str, *, vocabulary: Vocabulary | None = None) -> SourceUrl:
    r"""Read an ``Original url:`` footer.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-source-url`` when ``text`` is not such a footer.

    Example:
        >>> parse_source_url("Original url:\n\n<https://example.com/a>").url
        'https://example.com/a'
    """
    require_text(text, "parse_source_url")
    with given(vocabulary):
        return source_url.source_url_of(text)


def parse_title(text: str, *, vocabulary: Vocabulary | None = None) -> Headline:
    """Read a title: an ATX or setext heading, or one short line of text.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-title`` for empty text, several paragraphs, or a line too long to be
            a title.

    Example:
        >>> h = parse_title("# [Local News |](#) Brothel catering to politicians")
        >>> h.text, h.kicker
        ('Brothel catering to politicians', 'Local News')
    """
    require_text(text, "parse_title")
    with given(vocabulary):
        return title.title_of(text)
