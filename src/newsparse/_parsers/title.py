"""The title: the dump's main heading, with any kicker or site suffix set beside the clean title.

Which heading is the title is decided once, in the engine's plan (the first level-1 heading near
the top, else the first heading before the article text). This module reads that heading: a kicker
written before it (``Semesterstart``) or as a section link in it (``[Lokales |](#) ...``), or a
site name after it (``... | The Moscow Times``) is kept, and taken off the clean ``text``; a
lead-in on the line (``Klimaschutz: ...``, ``**Klimaschutz**: ...``) stays in it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice
from typing import Final

from newsparse._engine import Claim, Context, Found, Shape, heading_level
from newsparse._errors import Code, ParseError
from newsparse._inline import LINK, inline_links, render
from newsparse._model import Diagnostic, Element, Headline, Paragraph
from newsparse._parsers.common import block_images, heading_text, trailing_elements
from newsparse._plan import (
    heading_form,
    list_heading_level,
    setext_start,
    without_permalink,
    wrapped_heading,
)
from newsparse._readers.byline import read_byline
from newsparse._readers.caption import read_credit
from newsparse._readers.dateline import DatelineReading, split_trailing
from newsparse._sites import (
    bare_words,
    host_names,
    names_site,
    slug_tokens,
    slug_words,
    spells_host,
    spells_slug,
    squeeze,
)
from newsparse._source import BLANK, Source
from newsparse.vocabulary import Vocabulary, current, patterns

__all__ = ["heading_suffixes", "read_title", "repair_mojibake", "rule", "screen", "title_of"]

# A kicker glued to a quoted title: 'Die Zukunft der Arbeit"Wir dekorieren ... um"'.
_GLUED_QUOTE: Final = re.compile(
    r"(?P<kicker>[^\"„“«»]{2,40}?[^\W\d_])(?P<rest>[\"„“«»‚‘][^\"„“«»]{3,2000}[\"“”»‘’])$"
)
# A label of one to four words set off from the title by two spaces or more.
_SPACED_KICKER: Final = re.compile(
    r"(?P<kicker>[^\W\d_][^ ]{0,30}(?: [^ ]{1,30}){0,3}(?<=\w)) {2,8}"
    r"(?P<rest>[\w\"„“«‚‘'][^\n]{2,2000})"
)


def _not_kicker(words: Vocabulary) -> frozenset[str]:
    """Words that make a short line above the title something other than a kicker."""
    return (words.updated_labels - {"last"}) | words.not_kicker_words


_NOT_KICKER: Final = patterns(_not_kicker)

# A sentence end glued to the next sentence: "in Jail?After his failed..." (no space between).
_GLUED_SENTENCE: Final = re.compile(r"[^\W\d_]{2}(?P<mark>[?!])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")

# The separators a site name follows: "Title | Site", "Title - Site", "Title » Site", "Title •
# Site", "Title / Site", and 'Title " Site', the "»" as readability writes a page's title (it
# turns guillemets into '"').
_SEPARATOR: Final = re.compile(
    r"[ \u00a0]{1,3}(?:[-–—»›·⋆•/\"])[ \u00a0]{1,3}|[ \u00a0]{0,3}(?:\||│|::)[ \u00a0]{0,3}"
)
# The separators that set a page title's parts apart for the URL slug to choose among, and before
# a suffix that other headings share: a slash or a quote between spaces is often the headline's
# own ("Ebbe / Flut"), and is cut only before the site's name.
_PART_SEPARATOR: Final = re.compile(
    r"[ \u00a0]{1,3}(?:[-–—»›·⋆])[ \u00a0]{1,3}|[ \u00a0]{0,3}(?:\||│|::)[ \u00a0]{0,3}"
)
# A separator left dangling at the end, its site name dropped by the page: "Title -", "Title :".
_DANGLING: Final = re.compile(r"[ \u00a0]{1,3}[-–—|:·][ \u00a0]{0,3}$")
_MAX_SEPARATORS: Final = 8


def _split_site(
    title: str, names: Collection[str], suffixes: Collection[str]
) -> tuple[str, str | None]:
    """Cut a site name (and any tagline after it) from the end, only when it names the site.

    A part after a separator names the site when it matches the URL's host (``names``) or ends
    other headings of the page too (``suffixes``); a clause after a dash is kept otherwise.
    """
    dangling = _DANGLING.search(title)
    if dangling is not None and dangling.start() >= 3:
        return title[: dangling.start()], None
    cuts = list(islice(_SEPARATOR.finditer(title), _MAX_SEPARATORS))
    if cuts and len(title[cuts[0].end() :].split()) >= 2:
        lead = title[: cuts[0].start()]
        if squeeze(lead) in names:
            return title[cuts[0].end() :].strip(), lead.strip()  # "BMVX - The headline"
    # "HAFENBLATT: Die Fähre fährt wieder": a lead-in that is the site's name is no lead-in.
    colon = title.find(": ", 0, _SITE_LEAD)
    if colon > 0 and squeeze(title[:colon]) in names and len(title[colon:].split()) >= 2:
        return title[colon + 2 :].strip(), title[:colon].strip()
    for number, cut in enumerate(cuts):
        end = cuts[number + 1].start() if number + 1 < len(cuts) else len(title)
        part = title[cut.end() : end]
        if cut.start() >= 3 and (names_site(part, names, slack=16) or squeeze(part) in suffixes):
            return title[: cut.start()].rstrip(), title[cut.end() :].strip() or None
        if number + 1 == len(cuts) and cut.start() >= 3 and spells_host(part, names):
            return title[: cut.start()].rstrip(), part.strip() or None  # "... - Kestrel Lane News"
    return title, None


_SET_APART: Final = " \u00a0-–—»›·⋆|│:"
# A site's name before a colon is short: the colon is looked for this far in.
_SITE_LEAD: Final = 40


def _marked_kicker(markdown: str) -> tuple[str | None, str]:
    """A section link set apart from the title by ``:`` or ``|``: ``[Local News |](#) Title``.

    A bold lead-in (``**Kicker**: Title``) is the headline's own, as a plain one is: the
    headline as published keeps it.
    """
    link = LINK.match(markdown) if markdown.startswith("[") else None
    if link is None:
        return None, markdown
    marked, after = link["label"], markdown[link.end() :]
    kicker = render(marked).text
    separated = kicker.rstrip().endswith((":", "|")) or after.lstrip().startswith((":", "|"))
    # "[POLITICS](#)Harbour Nights..." - a section link glued to the title reads as its kicker.
    separated = separated or (after[:1].isupper() and kicker.isupper() and len(kicker) < 40)
    rest = render(after.lstrip().lstrip(":|")).text
    if not separated or not kicker.strip(" :|") or len(rest.split()) < 2:
        return None, markdown
    return kicker.strip(" :|"), rest


# A kicker glued to the headline is short: one to six words, one word of six letters or more.
_GLUED_KICKER_WORDS: Final = 6
_ONE_WORD_KICKER: Final = 6
# A section before the headline a slug spells is one or two words ("Corona - ...").
_SLUG_LEAD_WORDS: Final = 2


def _slug_part(title: str, slug: Sequence[str]) -> tuple[str, str | None, str | None] | None:
    """The one part of a title set apart by separators that the page's URL slug spells.

    ``Heute an morgen denken - Kulturpolitik`` on ``.../heute-an-morgen-denken``: the other parts
    name a section or the site. ``(text, before, after)``, or ``None`` when no single part (or the
    whole title) is spelled by the slug.
    """
    cuts = list(islice(_PART_SEPARATOR.finditer(title), _MAX_SEPARATORS))
    if not cuts or len(slug) < 2:
        return None
    bounds = [0, *(edge for cut in cuts for edge in (cut.start(), cut.end())), len(title)]
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    found = [
        (start, end)
        for start, end in spans
        if title[start:end].strip() and spells_slug(bare_words(slug_tokens(title[start:end])), slug)
    ]
    if len(found) != 1:
        return None
    start, end = found[0]
    before = title[:start].strip(_SET_APART) or None
    if before is not None and len(before.split()) > _SLUG_LEAD_WORDS:
        return None  # "UN-Klimakonferenz in Glasgow - DRK: ...": a clause of the headline
    # A clause after a dash is the headline's own: "... - was lohnt sich?", "... - und warum".
    rest = [title[s:e].strip() for s, e in spans if s >= end and title[s:e].strip()]
    if rest and (rest[0][:1].islower() or rest[0][-1:] in "?!"):
        return None
    after = title[end:].strip(_SET_APART) or None
    return title[start:end].strip(), before, after


def _slug_kicker(title: str, slug: Sequence[str]) -> tuple[str, str] | None:
    """A short label glued to the headline by one space, told by the URL slug: ``(kicker, rest)``.

    ``Tunesien Große Aufgaben für die neue Regierung`` on ``.../grosse-aufgaben-fuer-die-neue-
    regierung/``: the page set the label apart, the converter joined the two. A lead-in ending in
    a colon (``Klimaschutz: ...``) is part of the headline as published and is kept.
    """
    if len(slug) < 2:
        return None
    tokens = slug_tokens(title)
    if not tokens or slug[0] in tokens[0][1]:
        return None
    for k in range(1, min(_GLUED_KICKER_WORDS + 1, len(tokens))):
        start = tokens[k][0]
        if slug[0] not in tokens[k][1] or not spells_slug(tokens[k:], slug):
            continue
        kicker = title[:start]
        if not kicker.endswith(" ") or kicker.rstrip()[-1:] in ":,;-–—(\"„“«»'‘’":
            return None
        kicker = kicker.strip()
        words = kicker.split()
        # A label is a name or a topic; a headline's own first words end in a small word
        # ("How to Grow a ...", "Rendi-Wagner will ...") or are one short one ("Neue ...").
        if (
            not (kicker[:1].isupper() or kicker[:1].isdigit())
            or len(words) > _GLUED_KICKER_WORDS
            or not (words[-1][:1].isupper() or words[-1][:1].isdigit())
            or any(mark in kicker for mark in "'’")
            or _SEPARATOR.search(kicker) is not None
            or not any(c.isalpha() for c in words[-1])
            or (len(words) == 1 and sum(c.isalpha() for c in kicker) < _ONE_WORD_KICKER)
        ):
            return None
        return kicker.rstrip("*_ "), title[start:].strip()
    return None


# UTF-8 bytes read in a one-byte code page: "Canci√≥n" (Mac Roman) or "CanciÃ³n" (Windows-1252)
# for "Canción". Each run of such characters starts with what a lead byte of UTF-8 becomes.
_MOJIBAKE_RUN: Final = re.compile(r"[^\x00-\x7f]{2,24}")
_MOJIBAKE_STARTS: Final = (("mac_roman", ("√", "¬", "‚Ä")), ("cp1252", ("Ã", "Â", "â€")))


def repair_mojibake(text: str) -> str:
    """``text`` with runs of UTF-8 read as Mac Roman or Windows-1252 decoded again.

    A run is repaired only when it starts as such a misreading does and its bytes are valid
    UTF-8 of printable characters; anything else is left as written.

    Example:
        >>> repair_mojibake("Reuni√≥n de la comisi√≥n"), repair_mojibake("CafÃ© crÃ¨me")
        ('Reunión de la comisión', 'Café crème')
    """
    if text.isascii():
        return text
    return _MOJIBAKE_RUN.sub(_repaired_run, text)


def _repaired_run(match: re.Match[str]) -> str:
    run = match.group()
    for codec, starts in _MOJIBAKE_STARTS:
        if not run.startswith(starts):
            continue
        try:
            repaired = run.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if repaired.isprintable():
            return repaired
    return run


def _without_page_kind(title: str) -> str:
    """A page title without the words saying what kind of page it is (``... Rezept``).

    ``Apfelkuchen Rezept``, ``FerryCalc - Download``, ``Receita de Torta de Limão``: a page's
    ``<title>`` adds them to the headline, which the article's heading does not hold. Only a
    title whose site name was cut is read so, and a word of headline must remain.
    """
    kinds = current().page_kind_words
    words = title.split()
    for size in (2, 1):
        if len(words) <= size:
            continue
        if " ".join(words[-size:]).casefold() in kinds:
            rest = " ".join(words[:-size]).rstrip(_SET_APART)
            if any(c.isalpha() for c in rest):
                return rest
        if size > 1 and " ".join(words[:size]).casefold() in kinds:
            return " ".join(words[size:])  # "Receita de Torta": a kind and its preposition
    return title


def read_title(
    markdown: str,
    names: Collection[str] = (),
    suffixes: Collection[str] = (),
    slug: Sequence[str] = (),
) -> tuple[str, str, str | None, str | None]:
    """Read one title line's Markdown: ``(text, full, kicker, site)``.

    ``full`` is the title as written (Markdown removed); ``text`` is the headline as published:
    ``full`` with a lead-in kept (``Klimaschutz: ...``), without a section link set apart from it
    (the ``kicker``) and without a site name after a separator (the ``site``), which is cut only
    when it names the site: one of the host's ``names`` (see :func:`host_names`), or one of the
    ``suffixes`` other headings of the page end with. The page's URL ``slug`` (see
    :func:`~newsparse._sites.slug_words`) tells which part of ``Section - Headline | Site`` is the
    headline, and a label glued to it by one space. ``kicker`` and ``site`` may be ``None``.

    Example:
        >>> read_title("Klimaschutz: Bohren, bis es heiß wird | Die Zeitung", {"diezeitung"})[::3]
        ('Klimaschutz: Bohren, bis es heiß wird', 'Die Zeitung')
    """
    full = render(markdown).text
    # A lead-in on the line ("Klimaschutz: ...") is part of the headline as published; only a
    # section link or label set apart from it is a kicker.
    kicker, rest = _marked_kicker(markdown.strip(BLANK))
    if kicker is None:
        rest = full
        # A kicker glued to a quoted title without a space was a separate element on the page.
        glued = _GLUED_QUOTE.match(full)
        if glued is not None and len(glued["rest"].split()) >= 3:
            kicker, rest = glued["kicker"], glued["rest"]
        # So was a short label set off by a run of spaces: "Tunesien  Große Aufgaben ...".
        spaced = _SPACED_KICKER.fullmatch(markdown.strip(BLANK))
        if kicker is None and spaced is not None and len(spaced["rest"].split()) >= 3:
            kicker, rest = render(spaced["kicker"]).text, render(spaced["rest"]).text
    chosen = _slug_part(rest, slug) if slug else None
    if chosen is not None:
        text, before, site = chosen
        kicker = kicker or before
    else:
        text, site = _split_site(rest, names, suffixes)
        glued_kicker = _slug_kicker(text, slug) if slug and kicker is None else None
        if glued_kicker is not None:
            kicker, text = glued_kicker
    if site is not None:
        text = _without_page_kind(text)
    if not text:
        text, kicker = full, None
    # A soft hyphen marks where a word may break; it is no part of the headline's text.
    return repair_mojibake(text.replace("\u00ad", "")), full, kicker or None, site


def heading_suffixes(context: Context, title: int) -> frozenset[str]:
    """Site names other headings of the page end with, after a different headline.

    ``# Wintergärten | Example Post`` above ``# Our story | Example Post``: "Example Post" names
    the site. A heading repeated whole (the page title over the headline) proves nothing, nor
    does one that quotes the title (``2 Antworten zu „Title – a clause“``).
    """
    heads: dict[str, set[str]] = {}
    headline = render(heading_text(context.lines[title][:600])).text.strip()
    for index in range(context.count):
        if not context.title_level(index) or len(context.lines[index]) > 600:
            continue
        text = render(heading_text(context.lines[index])).text
        if index != title and headline and headline in text:
            continue  # "Ein Kommentar zu „<the title>“" quotes the title, suffix and all
        cuts = list(islice(_PART_SEPARATOR.finditer(text), _MAX_SEPARATORS))
        if cuts:
            suffix = squeeze(text[cuts[-1].end() :])
            heads.setdefault(suffix, set()).add(squeeze(text[: cuts[-1].start()]))
    return frozenset(suffix for suffix, heads in heads.items() if suffix and len(heads) > 1)


def _kicker_line(context: Context, index: int, below: int | None = None) -> bool:
    """Whether line ``index`` is a short kicker written on its own just above the title.

    ``below`` is the title's first line (see :func:`~newsparse._plan.setext_start`), the title
    line if not given.
    """
    title = context.title_line if below is None else below
    if context.shape(index) is not Shape.TEXT or not (
        context.block_end(index) == index + 1 or index + 1 == title
    ):
        return False
    if title is None or context.next_nonblank(index + 1) != title:
        return False
    inline = context.inline(index)
    text = inline.text
    if not text or inline.links or len(text) > 50 or len(text.split()) > 5:
        return False
    # "Updated", "Advertisement" and the like sit above titles too, and are no kickers.
    folded = text.casefold().strip(" :")
    if folded in current().boilerplate or any(w in _NOT_KICKER() for w in folded.split()):
        return False
    if read_credit(text) is not None:
        return False  # "© Aton" above a title credits the lead picture
    return text[-1] not in ".!?:|" and not any(c.isdigit() for c in text)


def _headline(
    context: Context, first: int, title: int, stop: int | None = None
) -> tuple[Headline, int]:
    """The headline element from line ``first`` (a kicker line, or the title) to the title line.

    ``stop`` cuts the title line at that column (what follows it is another element).
    """
    start = setext_start(context, title)
    line = context.lines[title][:stop]
    if start < title:  # a title the wrap width broke: its lines joined by a space
        line = wrapped_heading(context, start, title)
    setext = context.setext_level(title)
    in_level, in_list = list_heading_level(context, title)
    if in_list:  # "4. Title" over "   ===": a headline written as a breadcrumb's last item
        line, setext = line[in_list:], in_level
    elif context.shape(title) is Shape.LIST_ITEM:  # "* # Title": a headline written in a list
        line = line.lstrip(" \t")[1:].lstrip(" \t")
    form = None if context.title_level(title) or setext else heading_form(context, title)
    if context.title_level(title) and not setext:
        level, markdown, last = heading_level(line), heading_text(line), title
    elif setext:
        level, markdown, last = setext, line, title + 1
    elif form is not None and stop is None:  # "<h1>Title</h1>", "| Title |" over "| --- |"
        level, markdown, last = form
    else:  # a plain line given to parse_title, or a bold line
        level, markdown, last = 1, line, title
    # "# [Title][1]": a converter's reference link reads as the inline link it stands for.
    markdown = without_permalink(inline_links(markdown, context.references))
    suffixes = heading_suffixes(context, title) if _SEPARATOR.search(markdown) else frozenset()
    text, full, kicker, site = read_title(
        markdown, host_names(context.footer_url), suffixes, slug_words(context.footer_url)
    )
    if first < start and kicker is None:
        kicker = context.inline(first).text
    if stop is None:
        span = context.lines_span(first, last)
    else:
        span = context.span(context.source.starts[first], context.source.starts[title] + stop)
    headline = Headline(
        raw=context.raw(span),
        span=span,
        text=text,
        full=full,
        kicker=kicker,
        site=site,
        level=level,
    )
    return headline, last + 1


def screen(context: Context, index: int) -> bool:
    """Only lines up to the planned title, until it is claimed."""
    title = context.title_line
    return title is not None and index <= title and not context.found(Found.TITLE)


def rule(context: Context, index: int) -> Claim | None:
    """Claim the planned title heading (with a kicker line right above it)."""
    title = context.title_line
    if title is None or context.found(Found.TITLE):
        return None
    start = setext_start(context, title)
    if index != start and not (index < start and _kicker_line(context, index, start)):
        return None
    glued = _glued_parts(context, title)
    if glued is None:
        headline, end = _headline(context, index, title)
        return Claim(elements=(headline,), found=(Found.TITLE,), next_line=end)
    # A converter glued the title, its standfirst, byline and date into one heading line.
    title_end, standfirst_end, trailing = glued
    headline, end = _headline(context, index, title, stop=title_end)
    elements: list[Element] = [headline]
    found = [Found.TITLE]
    diagnostics: list[Diagnostic] = []
    base = context.source.starts[title]
    if standfirst_end > title_end:
        span = context.span(base + title_end, base + standfirst_end)
        raw = context.raw(span)
        inline = context.render(raw)
        images = block_images(context, inline, span.start, span.end)
        elements.append(
            Paragraph(raw=raw, span=span, text=inline.text, links=inline.links, images=images)
        )
        found.append(Found.STANDFIRST)
    if trailing is not None:
        more, kinds, notes = trailing_elements(context, title, *trailing)
        elements += more
        found += kinds
        diagnostics += notes
    return Claim(
        elements=tuple(elements),
        found=tuple(found),
        next_line=end,
        diagnostics=tuple(diagnostics),
    )


def _glued_parts(
    context: Context, title: int
) -> tuple[int, int, tuple[int, int, DatelineReading] | None] | None:
    """Where a glued heading line splits: title end, standfirst end, trailing byline and date.

    ``### Harbour Nights Are Back?After two quiet winters...by J.K. Holm November 7, 2022`` holds
    four elements; converters glue block elements like this when the page put them side by side.
    ``None`` when the line is just a title.
    """
    if context.shape(title) is not Shape.HEADING:
        return None
    line = context.lines[title]
    trailing = split_trailing(line)
    if trailing is not None:
        published = trailing[2].published
        filed = published is not None and line[trailing[1] + published.end :].strip(BLANK + "*_#")
        # A date with the categories it is filed under after it is the page's, not the title's.
        starts = trailing[1] if filed else _separate_date(line, trailing[0], trailing[1])
        if starts is None:
            trailing = None
        elif starts < trailing[0]:
            # "Veröffentlicht von X am <date>": a byline when names follow the label, else the
            # label opens the dateline.
            named = read_byline(line[starts : trailing[1]].strip())
            trailing = (starts, trailing[1] if named else starts, trailing[2])
    cut = trailing[0] if trailing is not None else len(line)
    sentence = _GLUED_SENTENCE.search(line, 0, cut)
    if sentence is None and trailing is None:
        return None
    title_end = sentence.end("mark") if sentence is not None else cut
    if not render(heading_text(line[:title_end])).text:
        return None
    return title_end, cut, trailing


def _separate_date(line: str, byline: int, date: int) -> int | None:
    """Where the element of a date ending a heading line starts, ``None`` if it is the headline's.

    A converter glues a separate date on (``...harbour.Friday, 3 March 2023``), or writes it
    after a byline or a label (``Veröffentlicht von X am 23. Februar 2020``: the dateline starts
    at the label); a date after a space with neither is the headline's own (``Protokoll der
    Sitzung vom 10. Oktober 2019``).
    """
    if byline != date or not line[date - 1 : date].isspace():
        return date
    start = max(0, date - 80)
    words = [(m.start(), m.group()) for m in _WORD.finditer(line, start, date)][-6:]
    for position, word in words:
        folded = word.casefold()
        # A label, not a preposition: "Sitzung vom 10. Oktober 2019" keeps its date.
        if (folded in current().date_labels and len(folded) > 3 and folded != "seit") or (
            folded in current().updated_labels
        ):
            return position if position > 0 else date
    return None


# A run of letters: "sauber!«Veröffentlicht" holds the label "Veröffentlicht".
_WORD: Final = re.compile(r"[^\W\d_]{1,40}")


def title_of(text: str) -> Headline:
    """The work of :func:`newsparse.parse_title`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-title`` for empty text, several paragraphs, or a line too long to be
            a title.
    """
    context = Context(Source(text))
    first = context.next_nonblank(0)
    if first is None:
        raise ParseError("empty text is not a title", code=Code.NOT_A_TITLE)
    last = context.block_end(first) - 1
    heading = context.shape(first) is Shape.HEADING or context.setext_level(first)
    expected_last = first + 1 if context.setext_level(first) else first
    if context.next_nonblank(last + 1) is not None or last != expected_last:
        raise ParseError("a title is one heading or line", code=Code.NOT_A_TITLE, line=first + 1)
    if not heading and len(context.lines[first].strip(BLANK)) > 300:
        raise ParseError("too long for a title", code=Code.NOT_A_TITLE, line=first + 1)
    headline, _ = _headline(context, first, first)
    return headline
