"""``parse()``: a dump's lines through the rule table into one frozen Article.

The rule table is the whole grammar, in order: the first rule that claims the line under the
cursor wins, and the last one (a body block) claims anything. To add a kind of element, write a
parser module with a rule and give it a row here.
"""

from __future__ import annotations

from typing import Any, Final, cast

import attrs

from newsparse import _dates as dates
from newsparse._dates import DateOrder
from newsparse._engine import Context, Entry, Found, run
from newsparse._errors import Code, ParseError, require_size
from newsparse._inline import render
from newsparse._kinds import KINDS, PAGE_DATES
from newsparse._language import detect_language
from newsparse._model import (
    Article,
    Diagnostic,
    Element,
    Severity,
    Span,
)
from newsparse._parsers import (
    boilerplate,
    byline,
    caption,
    dateline,
    definition,
    footnote,
    paragraph,
    related,
    source_url,
    standfirst,
    title,
)
from newsparse._readers.byline import read_byline
from newsparse._readers.caption import read_credit
from newsparse._readers.dateline import read_dateline, split_trailing
from newsparse._readers.related import read_related
from newsparse._source import Source
from newsparse.vocabulary import Vocabulary, using

__all__ = ["MAX_INPUT", "RULES", "clear_caches", "date_order_of", "parse"]

RULES: Final[tuple[Entry, ...]] = (
    # the "Original url:" footer, found by the plan
    Entry(source_url.rule, source_url.screen),
    # a reader service's header or YAML front matter opening the dump
    Entry(source_url.front_rule, source_url.front_screen),
    # "[1]: https://..." definitions of reference links
    Entry(definition.rule, definition.screen),
    # the planned title heading, with a kicker line above it
    Entry(title.rule, title.screen),
    # furniture known by its words: ads, share bars, prompts
    Entry(boilerplate.rule, boilerplate.screen),
    # "Related article: ...", labelled link lists, teaser links
    Entry(related.rule, related.screen),
    # a note about the writer closing the text: "*Jo Park ist Redakteurin bei ...*"
    Entry(byline.biography_rule, byline.biography_screen),
    # the footer's copyright notice naming a person: "© 2019 Jo Park", "2009-2020 by Jo Park"
    Entry(byline.owner_rule, byline.owner_screen),
    # closing notes, corrections, contributor lines, [^1]: footnotes
    Entry(footnote.rule, footnote.screen),
    # "By ...", "Von ...", names under a bare prefix, agency credits
    Entry(byline.rule, byline.screen),
    # a byline glued to its date: "By Jo Park, 2 May 2021", "2 May 2021 | Jo Park"
    Entry(dateline.glued_rule, dateline.screen),
    # a date set before the standfirst on its line: "14.02.21 - **The summary ...**"
    Entry(standfirst.dated_rule, standfirst.dated_screen),
    # header dates, "MOSCOW (AP) —" openings
    Entry(dateline.rule, dateline.screen),
    # credited picture captions and image lines
    Entry(caption.rule, caption.screen),
    # the subtitle between the title and the text
    Entry(standfirst.rule, standfirst.screen),
    # short link-only lines in the header
    Entry(boilerplate.navigation_rule, boilerplate.navigation_screen),
    # everything else: body blocks (the fallback; always claims)
    Entry(paragraph.rule),
)
"""The rule table, in the order rules are offered each line: each rule with its screen."""


def clear_caches() -> None:
    """Empty the per-line caches (rendered lines, date phrases, readings).

    They are bounded and only hold immutable values, so there is no need to call this; benchmarks
    do, so that each round starts cold as a corpus of distinct dumps would.
    """
    for cached in (
        render,
        dates.find_dates_cached,
        read_byline,
        read_credit,
        caption.read_caption,
        read_dateline,
        split_trailing,
        read_related,
    ):
        cached.cache_clear()


MAX_INPUT: Final = 5_000_000
"""Largest input, in characters, that :func:`parse` accepts (``input-too-large`` beyond).

Chosen so that one input's worst case stays under 2 GB of memory: a dump of one-character lines
costs about 330 bytes a character (``benchmarks/bench_scaling.py``), and real dumps are under a
megabyte. Pass ``max_size`` to go further.
"""


def _diagnostics_for_article(
    source: Source, found: list[tuple[Found, Element]], diagnostics: list[Diagnostic]
) -> list[Diagnostic]:
    out = list(diagnostics)
    end = len(source.text)
    whole = Span(start=0, end=end, line=1, end_line=source.line_number(max(end - 1, 0)))
    if not source.text.strip():
        message = "the input is empty or only whitespace"
        out.append(
            Diagnostic(
                code=Code.EMPTY_INPUT, message=message, severity=Severity.WARNING, span=whole
            )
        )
    elif not any(kind is Found.TITLE for kind, _ in found):
        message = "no heading near the top reads as the title"
        out.append(
            Diagnostic(code=Code.NO_TITLE, message=message, severity=Severity.WARNING, span=whole)
        )
    if "\x00" in source.text:
        offset = source.text.index("\x00")
        line = source.line_number(offset)
        out.append(
            Diagnostic(
                code=Code.CONTROL_CHARACTERS,
                message="the text holds NUL characters; it may be binary or damaged",
                severity=Severity.WARNING,
                span=Span(start=offset, end=offset + 1, line=line, end_line=line),
            )
        )
    return out


def _assemble(found: list[tuple[Found, Element]], diagnostics: list[Diagnostic]) -> Article:
    groups: dict[Found, list[Element]] = {kind.found: [] for kind in KINDS}
    for mark, element in found:
        groups[mark].append(element)
    fields: dict[str, Element | tuple[Element, ...] | None] = {}
    for kind in KINDS:
        group = groups[kind.found]
        fields[kind.field] = tuple(group) if kind.many else (group[0] if group else None)
    article = Article(
        **cast("dict[str, Any]", fields),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.span.start, d.code))),
    )
    # The language is voted on the article's own words: menus and footers are often in English
    # on pages that are not.
    words = [e.text for e in (article.headline, article.standfirst) if e is not None]
    words += (block.text for block in article.body)
    return attrs.evolve(article, language=detect_language("\n".join(words)))


def date_order_of(order: DateOrder | str | None) -> DateOrder | None:
    """``order`` as a :class:`~newsparse.DateOrder` (``"dmy"``, ``"MDY"`` and members all work).

    Raises:
        ParseError: ``invalid-argument`` for anything else.
    """
    if order is None or isinstance(order, DateOrder):
        return order
    if isinstance(order, str) and order.strip().lower() in DateOrder.__members__.values():
        return DateOrder(order.strip().lower())
    raise ParseError(
        f"order is 'dmy', 'mdy' or None, not {order!r}"[:120], code=Code.INVALID_ARGUMENT
    )


def parse(
    text: str,
    *,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    r"""Parse a news-article dump into an :class:`~newsparse._model.Article`.

    Lenient by default: any text gives an Article, and what could not be settled is reported in
    ``diagnostics``. With ``strict``, the first warning or error becomes a :class:`ParseError`.
    ``max_size`` is the longest text accepted, in characters (:data:`MAX_INPUT` when ``None``,
    read at call time): parsing costs time and memory in proportion to the text, so a service
    may want less. ``order`` (``"dmy"`` or ``"mdy"``, or a :class:`~newsparse.DateOrder`) says
    how the source writes numeric dates (``03/05/2022``); without it the document's own dates,
    then its address and language, decide, and a date they cannot settle is marked ambiguous.
    ``vocabulary`` is the words the rules recognise (:meth:`Vocabulary.default` when ``None``;
    see :class:`~newsparse.Vocabulary` to add prefixes, agencies or furniture lines).

    Raises:
        ParseError: in strict mode, for the first diagnostic of warning or error severity
            (an empty input gives ``empty-input``); in any mode, ``input-too-large`` beyond
            ``max_size`` characters, ``invalid-input`` when ``text`` is no ``str``,
            ``invalid-argument`` when ``max_size`` is not a whole number of at least 0 or
            ``order`` is not a date order, ``vocabulary`` not a :class:`~newsparse.Vocabulary`.

    Example:
        >>> article = parse("# Title here\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nText.")
        >>> article.title, article.byline.authors[0].name, article.dateline.published.value
        ('Title here', 'AFP', datetime.date(2021, 7, 16))
    """
    if not isinstance(text, str):
        raise ParseError(f"parse() takes str, not {type(text).__name__}", code=Code.INVALID_INPUT)
    max_size = require_size(max_size, "parse")
    if max_size is None:
        max_size = MAX_INPUT
    if len(text) > max_size:
        raise ParseError(
            f"input of {len(text)} characters exceeds the limit of {max_size}",
            code=Code.INPUT_TOO_LARGE,
        )
    date_order = date_order_of(order)
    source = Source(text)
    with using(vocabulary) as words:
        context = Context(source, order=date_order, vocabulary=words)
        elements = run(context, RULES, PAGE_DATES)
        diagnostics = _diagnostics_for_article(source, elements, context.diagnostics)
        article = _assemble(elements, diagnostics)
    if strict:
        for diagnostic in article.diagnostics:
            if diagnostic.severity is not Severity.INFO:
                line, column = source.position(diagnostic.span.start)
                raise ParseError(diagnostic.message, code=diagnostic.code, line=line, column=column)
    return article
