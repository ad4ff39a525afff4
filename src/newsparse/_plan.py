"""The plan: one look over the whole dump, made before the rules run.

It decides where the footer sits (the "Original url:" line and the URL it gives), which line is
the title, where the header ends (the first long paragraph of article text) and where the tail
begins (the closing notes after the last line of prose). Rules read these answers from the
:class:`~newsparse._engine.Context`; the engine only runs the rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple
from urllib.parse import urlsplit

from newsparse import _syntax as syntax
from newsparse._dates import find_dates
from newsparse._inline import IMAGE, Inline, render
from newsparse._model import BoilerplateKind
from newsparse._readers.byline import read_byline
from newsparse._sites import (
    bare_words,
    home_page,
    host_names,
    names_site,
    slug_tokens,
    slug_words,
    spells_slug,
)
from newsparse._source import BLANK
from newsparse._syntax import Shape
from newsparse.vocabulary import current, prefix_first_words

if TYPE_CHECKING:
    from newsparse._engine import Context

__all__ = [
    "LABEL_LINE",
    "PROSE_CHARS",
    "SHORT_LINE",
    "HeadingForm",
    "Plan",
    "heading_form",
    "list_heading_level",
    "make_plan",
    "runs_on",
    "setext_start",
    "without_permalink",
    "wrap_width",
    "wrapped_heading",
]

PROSE_CHARS: Final = 200
"""A line this long (or longer) in the header means the article text has begun."""
SHORT_LINE: Final = 120
"""Past the header, a line shorter than this may be a date line or a label; one this long or
longer is prose (the last such line starts the closing notes)."""
LABEL_LINE: Final = 40
"""A line no longer than this can be only a label, a time or a short credit ("**Date**",
"um 11:40 Uhr", "Foto: dpa"); a longer one says more."""

# The footer a dump ends with: "Original url:" then the URL (next line, or the same line).
_FOOTER_LABEL: Final = re.compile(
    r"\s{0,8}original[ _-]?url\s{0,3}:\s{0,3}(?P<rest>.{0,2100})$", re.I
)

_SENTENCE_END: Final = frozenset('.!?"”»')


class Plan(NamedTuple):
    """Where the parts of a dump are.

    The footer line and the URL it gives, the title line, the end of the header (the first line
    of article text), the start of the tail (the closing notes after the last prose) and the
    end of the text measured without link targets (where a name signing it may stand).
    """

    footer_line: int | None
    footer_url: str | None
    title_line: int | None
    header_end: int
    tail_start: int
    text_end: int


def make_plan(context: Context) -> Plan:
    """Look over the whole dump once and say where its footer, title, header and tail are."""
    footer_line, footer_url = _find_footer(context)
    if footer_url is None:
        footer_url = _front_matter_url(context)
    limit = footer_line if footer_line is not None else context.count
    first_long = _first_long(context, 0, limit)
    title_line = _find_title(
        context, limit, first_long, host_names(footer_url), slug_words(footer_url)
    )
    title_line = _own_link_title(context, min(limit, first_long + 1), footer_url) or title_line
    title_line = _slug_title(context, limit, title_line, slug_words(footer_url))
    tail_start = _find_tail_start(context, limit)
    return Plan(
        footer_line,
        footer_url,
        title_line,
        _find_header_end(context, limit, first_long, title_line),
        tail_start,
        _find_text_end(context, limit, tail_start),
    )


def _front_matter_url(context: Context) -> str | None:
    """The page address a header a tool wrote gives (``URL Source:``, ``url:``), if any."""
    matter = syntax.front_matter(context.lines)
    field = matter.fields.get("url") if matter is not None else None
    if field is None or not field[2].strip("<>").startswith(("http://", "https://")):
        return None
    return field[2].strip("<>")


def _closed_fences(context: Context) -> list[tuple[int, int]]:
    """The (opening, closing) line pairs of the code fences that close, as the body reads them.

    One forward pass, made only when the text holds a fence marker at all.
    """
    text = context.source.text
    if "```" not in text and "~~~" not in text:
        return []
    pairs: list[tuple[int, int]] = []
    opening: int | None = None
    fence = ""
    for index, line in enumerate(context.lines):
        if opening is None:
            if line.lstrip(" \t")[:1] in ("`", "~") and context.shape(index) is Shape.FENCE:
                opening, fence = index, line.strip(" ")[:3]
        elif line.lstrip(" ").startswith(fence):
            pairs.append((opening, index))
            opening = None
    return pairs


def _find_footer(context: Context) -> tuple[int | None, str | None]:
    # The footer is the last thing in a dump: look at the last few non-blank lines only. A
    # closed code fence is code, whatever it says, and is passed over: the footer is the last
    # thing outside code (a fence left open still ends at the footer, as the body reads it).
    fences = _closed_fences(context)
    seen = 0
    index = context.count - 1
    while index >= 0 and seen < 4:
        if fences and fences[-1][0] <= index <= fences[-1][1]:
            index = fences.pop()[0] - 1
            continue
        if not context.blank[index]:
            seen += 1
            match = _FOOTER_LABEL.match(context.lines[index])
            if match is not None:
                rest = match["rest"].strip(BLANK)
                if not rest:
                    after = context.next_nonblank(index + 1)
                    rest = context.lines[after].strip(BLANK) if after is not None else ""
                return index, _footer_url(rest)
        index -= 1
    return None, None


def _first_long(context: Context, start: int, limit: int) -> int:
    """The first line from ``start`` long enough to be article text (not a heading).

    A paragraph a converter wrapped into several lines counts as one (see :func:`_wrapped`).
    """
    for index in range(start, limit):
        line = context.lines[index]
        # Link targets are not prose: measure the text when the line has links.
        if (
            len(line) >= PROSE_CHARS
            and context.title_level(index) == 0
            and ("](" not in line or len(context.inline(index).text) >= PROSE_CHARS)
        ):
            return index
        if _wrapped(context, index, limit):
            return index
    return limit


def _wrapped(context: Context, index: int, limit: int) -> bool:
    """Whether a paragraph of prose starts at line ``index``, wrapped into lines of text.

    Some dumps keep the page source's line breaks inside a paragraph, so no line of the article's
    text is long; its lines are full (all but the last as long as a wrapped line) and together
    as long as a line of prose.
    """
    if index > 0 and not context.blank[index - 1]:
        return False  # only where a paragraph starts
    end = min(context.block_end(index), limit, index + _WRAP_LINES)
    if end - index < 2 or context.shape(index) is not Shape.TEXT:
        return False
    total = 0
    for line in range(index, end):
        if context.shape(line) is not Shape.TEXT or context.title_level(line):
            return False
        text = context.inline(line).text
        if line + 1 < end and len(text) < _WRAPPED_LINE and not runs_on(context, line + 1):
            return False
        total += len(text)
        if total >= PROSE_CHARS:
            # A link the wrapping broke over lines reads as its address on each line alone:
            # the lines read together say how much text they hold.
            joined = " ".join(context.lines[part].strip(BLANK) for part in range(index, line + 1))
            return "](" not in joined or len(context.render(joined).text) >= PROSE_CHARS
    return False


# A wrapped paragraph is read this many lines deep; a wrapped line (not the last) is this full.
_WRAP_LINES: Final = 12
_WRAPPED_LINE: Final = 60


# A converter that wraps text (html2text's 78 columns, pandoc's 72, 60-100 elsewhere) breaks a
# line before the word that would pass its width. Widths it may use, and how many lines broken at
# one width (and what share of the lines broken inside a block) say the dump was wrapped.
_WRAP_WIDTHS: Final = range(60, 121)
_WRAP_EVIDENCE: Final = 3
_WRAP_SHARE: Final = 0.6
_WRAP_WORD: Final = 25
# Two trailing spaces or a backslash: a hard break, which a wrapping converter writes for <br>.
_HARD_BREAK_END: Final = ("  ", "\\")
# The shapes of a line a converter may have broken at its width (a list item's text wraps too).
_BREAKABLE: Final = (Shape.TEXT, Shape.LIST_ITEM)


def _break_widths(context: Context, index: int) -> tuple[int, int] | None:
    """The widths at which line ``index`` would be broken before the first word of the next.

    A line broken by a wrapping converter is at most the width long, and with the next word on it
    would pass the width: ``len(line) <= width < len(line) + 1 + len(word)``. ``None`` when the
    next line does not continue the same block of text.
    """
    if index + 1 >= context.count or context.blank[index + 1]:
        return None
    line = context.lines[index]
    if line.endswith(_HARD_BREAK_END) or context.shape(index) not in _BREAKABLE:
        return None
    if context.shape(index + 1) is not Shape.TEXT:
        return None
    word = context.lines[index + 1].lstrip(" \t").split(" ", 1)[0]
    return len(line.rstrip(" \t")), len(line.rstrip(" \t")) + len(word)


def _measure_wrap(context: Context) -> int:
    """The width the dump's text was wrapped at, or 0 when it was not (one pass, linear)."""
    low, high = _WRAP_WIDTHS.start, _WRAP_WIDTHS.stop
    starts = [0] * (high - low + 1)  # a difference array: +1 where a range opens, -1 past it
    breaks = 0
    lines, blank, shape = context.lines, context.blank, context.shape
    for index in range(context.count - 1):
        # _break_widths(context, index), written out: this loop visits every line of every dump.
        # A blank line has the blank shape, so either line blank means no break.
        if blank[index + 1] or blank[index]:
            continue
        line = lines[index]
        if (
            line.endswith(_HARD_BREAK_END)
            or shape(index) not in _BREAKABLE
            or shape(index + 1) is not Shape.TEXT
        ):
            continue
        following = lines[index + 1].lstrip(" \t")
        word = following.find(" ")  # the next line's first word: its length
        if word < 0:
            word = len(following)
        if word > _WRAP_WORD:
            continue  # a long word (a link, a picture) fits many widths: no evidence
        stripped = line.rstrip(" \t")
        length = len(stripped)
        if length - stripped.rfind(" ") - 1 > _WRAP_WORD:
            continue  # a line ending in a long word passes any width: broken after it, anywhere
        breaks += 1
        first, last = max(length, low), min(length + word, high - 1)
        if first <= last:
            starts[first - low] += 1
            starts[last + 1 - low] -= 1
    best, width, running = 0, 0, 0
    for offset, step in enumerate(starts[:-1]):
        running += step
        if running > best:
            best, width = running, low + offset
    if best < _WRAP_EVIDENCE or best < _WRAP_SHARE * breaks:
        return 0
    return width


def wrap_width(context: Context) -> int:
    """The column the dump's text was hard-wrapped at (measured once), or 0 when it was not.

    Many lines broken inside their blocks just before the next word would pass one column say
    a converter wrapped the text there; a dump written one line per paragraph says nothing.
    """
    width = context.wrap
    if width < 0:
        width = context.wrap = _measure_wrap(context)
    return width


def runs_on(context: Context, index: int) -> bool:
    """Whether line ``index`` continues the line above, which the dump's wrap width broke.

    The line above is full (the first word of this one would have passed the width) and both
    are lines of text (this one opens no block of its own); 0 width: never.
    """
    width = wrap_width(context)
    if not width or index < 1:
        return False
    widths = _break_widths(context, index - 1)
    if widths is None:
        return False
    if widths[0] > width + 1:
        # One word longer than the width (a link's address) stands on a line of its own, and the
        # converter breaks after it: ``[![Jo`` over ``Park](/jo.jpg)`` over ``Jo Park](/a/jo)``.
        # Only inside a wrapped paragraph (the line above it broken too): a list of links has
        # one long word a line as well.
        above = _break_widths(context, index - 2) if index >= 2 else None
        return (
            " " not in context.lines[index - 1].strip(" \t")
            and above is not None
            and above[0] <= width + 1
            and above[1] >= width - 1
        )
    return widths[1] >= width - 1


def _find_header_end(context: Context, limit: int, first_long: int, title_line: int | None) -> int:
    # The header runs to the first long paragraph after the title, except that the line right
    # under the title may be a long standfirst.
    if title_line is None:
        return first_long
    start = title_line + 1
    under = context.next_nonblank(start, limit)
    if under is not None and context.shape(under) is Shape.TEXT:
        start = under + 1
    # A short article may have no long line: then the second sentence-like line after the
    # title ends the header (one alone may be a caption).
    sentences = 0
    wrapped = wrap_width(context) > 0
    for index in range(start, limit):
        line = context.lines[index]
        if wrapped and _wrapped(context, index, limit):
            return index  # a paragraph of prose the converter broke into lines
        if len(line) >= PROSE_CHARS and context.title_level(index) == 0:
            if "](" not in line or len(context.inline(index).text) >= PROSE_CHARS:
                return index
        elif (
            len(line) >= 80
            and line.rstrip()[-1:] in _SENTENCE_END
            and line.count(" ") >= 12
            and context.shape(index) is Shape.TEXT
        ):
            sentences += 1
            if sentences == 2:
                return index
    return limit


def list_heading_level(context: Context, index: int) -> tuple[int, int]:
    """``(level, text start)`` of a heading written inside list item ``index``, else ``(0, 0)``.

    The item's line underlined with ``===`` (level 1) or ``---`` (level 2), indented as the
    item's continuation: CommonMark reads it as a setext heading inside the item.
    """
    if index + 1 >= context.count or context.shape(index) is not Shape.LIST_ITEM:
        return 0, 0
    below = context.lines[index + 1]
    # A converter indenting the item's continuation with a tab writes "\t===" under it.
    underline = syntax.SETEXT.match(below[1:] if below.startswith("\t") else below)
    item = syntax.LIST_ITEM.match(context.lines[index])
    if underline is None or item is None:
        return 0, 0
    if underline.group(1)[0] == "=":
        return 1, item.end()
    # A "---" under an item is a heading only indented as the item's text (else a break).
    indent = len(below) - len(below.lstrip(" "))
    dashes = len(underline.group(1)) >= _LIST_UNDERLINE
    if dashes and (below.startswith("\t") or 0 < min(item.end(), 4) <= indent):
        return 2, item.end()
    return 0, 0


# A "---" under a list item is read as its underline from three dashes on.
_LIST_UNDERLINE: Final = 3


class HeadingForm(NamedTuple):
    """A heading a converter wrote without Markdown's heading marks.

    Its level, its Markdown content and its last line (a table's delimiter row).
    """

    level: int
    markdown: str
    last: int


# A heading written as raw HTML on one line: '<h1 class="entry-title">Title</h1>'.
_HTML_HEADING: Final = re.compile(
    r"[ ]{0,3}<h(?P<level>[1-6])(?:[ \t][^<>\n]{0,400})?>(?P<text>[^\n]{1,2000}?)"
    r"</h(?P=level)[ \t]{0,3}>[ \t]{0,8}",
    re.I,
)
# A table's delimiter row: "| --- |", "|:---|---:|".
_DELIMITER_CELL: Final = r"[ \t]{0,8}:?-{1,200}:?[ \t]{0,8}"
_TABLE_DELIMITER: Final = re.compile(
    rf"[ ]{{0,3}}\|?{_DELIMITER_CELL}(?:\|{_DELIMITER_CELL}){{0,40}}\|?[ \t]{{0,8}}"
)


def heading_form(context: Context, index: int) -> HeadingForm | None:
    """Line ``index`` as a heading some converter writes without ``#``, else ``None``.

    Raw HTML on one line (``<h1 class="title">Title</h1>``), and a table of one header row whose
    first cell alone holds text (``| Title |`` over ``| --- |``, no body rows): the page's
    heading, set in a box the converter kept as a table.
    """
    line = context.lines[index]
    head = line.lstrip(" ")[:2]
    if head[:1] == "<" and head[1:].casefold() == "h":
        html = _HTML_HEADING.fullmatch(line)
        if html is not None and html["text"].strip(BLANK):
            return HeadingForm(int(html["level"]), html["text"].strip(BLANK), index)
        return None
    if head[:1] == "|" and context.shape(index) is Shape.TABLE:
        return _table_heading(context, index)
    return None


def _table_heading(context: Context, index: int) -> HeadingForm | None:
    """A one-row table's first cell as its heading: ``| Title |`` over ``| --- |``."""
    delimiter = index + 1
    if delimiter >= context.count or _TABLE_DELIMITER.fullmatch(context.lines[delimiter]) is None:
        return None
    if delimiter + 1 < context.count and context.shape(delimiter + 1) is Shape.TABLE:
        return None  # a table with body rows lays out content; its first cell is no heading
    if index > 0 and context.shape(index - 1) is Shape.TABLE:
        return None
    cells = _CELL_BAR.split(context.lines[index].strip(BLANK).strip("|"), 40)
    first = cells[0].strip(BLANK)
    if not first or any(cell.strip(BLANK) for cell in cells[1:]):
        return None
    return HeadingForm(1, first, delimiter)


# The bar between two cells; one escaped ("\\|") is the cell's text.
_CELL_BAR: Final = re.compile(r"(?<!\\)\|")


# A permalink beside a heading: a link whose text is a pilcrow, "#", "§", a link symbol or
# nothing ("Title[¶](#top "Permalink")", "[#](#section) Title").
_PERMALINK_LABEL: Final = r"\[[ \t]{0,8}(?:¶|#|§|🔗|&para;|&#182;)?[ \t]{0,8}\]"
_PERMALINK_TARGET: Final = (
    r"\([ \t]{0,8}[^()\s]{0,1000}(?:[ \t]{1,8}\"[^\"\n]{0,300}\")?[ \t]{0,8}\)"
)
_TRAILING_PERMALINK: Final = re.compile(
    r"[ \t]{0,8}" + _PERMALINK_LABEL + _PERMALINK_TARGET + r"[ \t]{0,8}"
)
_LEADING_PERMALINK: Final = re.compile(_PERMALINK_LABEL + _PERMALINK_TARGET + r"[ \t]{0,8}")


def without_permalink(markdown: str) -> str:
    """A heading's Markdown without a permalink link before or after its text.

    Documentation and blog tools set an anchor link by each heading (``¶``, ``#``, ``§``, ``🔗``,
    or an empty label once an icon is dropped); it is no part of the headline. Text must remain.

    Example:
        >>> without_permalink('Harbour nights[¶](#harbour "Permalink to this headline")')
        'Harbour nights'
    """
    text = markdown.rstrip(BLANK)
    if text.endswith(")"):
        start = text.rfind("[")
        trailing = _TRAILING_PERMALINK.fullmatch(text, max(start, 0)) if start > 0 else None
        if trailing is not None and text[:start].strip(BLANK):
            text = text[:start].rstrip(BLANK)
    if text.startswith("["):
        leading = _LEADING_PERMALINK.match(text)
        if leading is not None and text[leading.end() :].strip(BLANK):
            text = text[leading.end() :]
    return text


def _title_level(context: Context, index: int) -> int:
    """The heading level of line ``index`` as a title candidate, a headline in a list too."""
    level = context.title_level(index) or list_heading_level(context, index)[0]
    if level:
        return level
    form = heading_form(context, index)
    return 0 if form is None else form.level


def _after_heading(context: Context, index: int) -> int:
    """The line after heading ``index``: past a setext underline or a table's delimiter row."""
    if context.setext_level(index):
        return index + 2
    form = heading_form(context, index) if context.shape(index) is not Shape.HEADING else None
    return index + 1 if form is None else form.last + 1


def _heading_inline(context: Context, index: int) -> Inline:
    """Heading ``index`` rendered, without its marks' leftovers: a permalink, a form's markup."""
    form = heading_form(context, index) if context.shape(index) is not Shape.HEADING else None
    if form is not None:
        return context.render(without_permalink(form.markdown))
    line = context.lines[index]
    start = setext_start(context, index)
    if start < index:  # a "===" heading the wrap width broke: its lines, read as one
        return context.render(without_permalink(wrapped_heading(context, start, index)))
    if context.shape(index) is Shape.LIST_ITEM and context.title_level(index):
        # "* ### [Service](/service)": the heading inside the item, without the item's marker.
        item = syntax.LIST_ITEM.match(line)
        opening = syntax.ATX.match(line, item.end()) if item is not None else None
        if opening is not None:
            return context.render(without_permalink(line[opening.end() :].strip(BLANK)))
    if "](" not in line:
        return context.inline(index)
    opening = syntax.ATX.match(line)
    content = line[opening.end() :] if opening is not None else line
    bare = without_permalink(content.strip(BLANK))
    if bare == content.strip(BLANK):
        return context.inline(index)
    return context.render(line[: opening.end()] + bare if opening is not None else bare)


def setext_start(context: Context, index: int) -> int:
    """The first line of setext heading ``index`` when the dump's wrap width broke it, else it.

    ``The harbour reopens after two quiet winters, and the ferries`` over ``are back`` over
    ``===``: a converter that wraps text may wrap a long heading's paragraph too, and the lines
    above the last continue into it (:func:`runs_on`). A short line above the heading is no
    part of it (a kicker: ``Harbour news`` over ``Ferries are back``).
    """
    if not context.setext_level(index):
        return index
    start = index
    while (
        start > 0
        and index - start < _WRAPPED_HEADING_LINES
        and (runs_on(context, start) or _continues_link(context, start))
    ):
        start -= 1
    return start


def _continues_link(context: Context, index: int) -> bool:
    """Whether line ``index`` closes a link opened on the line of text above it.

    ``[The harbour reopens after two quiet`` over ``winters](/news/harbour "The harbour
    reopens")``: a link's text, address or title broken over lines is one link, so the lines
    belong to one heading, whatever width the dump was wrapped at (a break next to a long
    address counts for none).
    """
    above = context.lines[index - 1]
    if not above.strip(BLANK) or context.shape(index - 1) is not Shape.TEXT:
        return False
    depth = 0
    for char in context.lines[index][:_LINK_SCAN]:
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
            if depth < 0:
                return "[" in above or "](" in above or above.rstrip(BLANK).endswith(")")
    return False


# A line closing a link opened above does so near its start: its first characters are read.
_LINK_SCAN: Final = 600


def wrapped_heading(context: Context, start: int, index: int) -> str:
    """The Markdown of a setext heading's lines ``start`` to ``index``, joined by a space."""
    return " ".join(context.lines[line].strip(BLANK) for line in range(start, index + 1))


# A wrapped heading is read this many lines up from its last line, at most.
_WRAPPED_HEADING_LINES: Final = 4


def _heading_plain(context: Context, index: int) -> str:
    """Line ``index`` as plain text without its ``#`` runs, the closing run too (``# Title #``).

    Some converters close ATX headings; the run is no part of the heading's text (CommonMark),
    and the title's own reading (``heading_text``) drops it already.
    """
    text = _heading_inline(context, index).text.lstrip("# ")
    if context.shape(index) is not Shape.HEADING:
        return text
    attributes = syntax.attribute_block(text)  # pandoc's "{#id}": no part of the text either
    text = text if attributes is None else text[:attributes]
    closing = syntax.closing_hashes(text)
    return text if closing is None else text[:closing].rstrip(" \t")


def _find_title(
    context: Context, limit: int, first_long: int, names: frozenset[str], slug: tuple[str, ...]
) -> int | None:
    # The first level-1 heading in the front of the dump; else the first heading of any level
    # before the text begins, skipping short section links ("## [Local News](#)"); else the
    # dump's only level-1 heading, after a long run of navigation. A heading that names the
    # site or its furniture ("# Example Blog", "# Navigation und Service", "# Aktuelles") is
    # passed over when a headline follows, and taken only when none does.
    front = min(limit, max(first_long + 1, 12))
    first_any = None
    short_linked = None
    passed_over = None
    bold_allowed: bool | None = None
    one_word = prose_seen = False
    for index in range(front):
        level = _title_level(context, index)
        if (
            not level
            and first_any is None
            and not prose_seen
            and context.lines[index].lstrip(" \t")[:2] in _BOLD_MARKS
        ):
            # A converter that writes headings in bold: before any other headline, only where
            # no level-1 heading that is a headline stands before the text.
            if bold_allowed is None:
                ones = [i for i in range(first_long) if _title_level(context, i) == 1]
                bold_allowed = not any(not _not_headline(context, i, names) for i in ones)
                one_word = not ones  # a one-word bold line only where no level-1 heading is
            bold = bold_allowed and _bold_headline(context, index, first_long, slug, one_word)
            level = 1 if bold else 0
        # A sentence of text before a bold line makes it a lead-in or a signature, no title.
        prose_seen = prose_seen or (not level and _sentence_line(context, index))
        if not level or not _heading_inline(context, index).text.strip("# \t"):
            continue  # "#" alone heads nothing
        if _not_headline(context, index, names):
            passed_over = index if passed_over is None else passed_over
            continue
        if level == 1:
            if not _title_like(context, index) and _headline_after(context, index, front, names):
                # "# [Bangkok](/section/bangkok)" over "# The headline": a section's name.
                passed_over = index if passed_over is None else passed_over
                continue
            repeat = _plain_repeat(context, index, limit)
            if repeat == index:
                repeat = _repeated_part(context, index, min(limit, first_long + 1), names)
            return repeat
        if first_any is None and index < first_long and _title_like(context, index):
            first_any = index
        if short_linked is None and index < first_long and _over_prose(context, index):
            short_linked = index
    if first_any is not None:
        return first_any
    later = [i for i in range(front, limit) if _title_level(context, i) == 1]
    if (
        len(later) == 1
        and not _not_headline(context, later[0], names)
        and _title_like(context, later[0])
    ):
        return later[0]
    if short_linked is not None:
        return short_linked
    signed = _signed_heading(context, front, limit, names)
    if signed is not None:
        return signed
    if passed_over is None and not any(_title_level(context, i) for i in range(front)):
        return _plain_title(context, limit)
    if passed_over is None:
        return _one_word_title(context, min(front, first_long))
    return passed_over


def _own_link_title(context: Context, end: int, url: str | None) -> int | None:
    """The first heading before ``end`` that is wholly a link to the page's own address.

    ``## [Ein Gast im Garten](https://blog.example/2024/05/gast/)`` on that page: blogs link
    each post's heading to its permalink, so the heading linking to the page itself is its
    headline, whatever stands above it (navigation, a site heading, another post's teaser).
    """
    own = _address(url)
    if own is None:
        return None
    for index in range(end):
        if not _title_level(context, index):
            continue
        inline = _heading_inline(context, index)
        text = inline.text.strip(BLANK + "#")
        if (
            len(inline.links) == 1
            and inline.links[0].text.strip(BLANK) == text
            and _address(inline.links[0].url, own[0]) == own
            and any(c.isalnum() for c in text)
        ):
            return index
    return None


def _address(url: str | None, host: str = "") -> tuple[str, str] | None:
    """A page address as (host without ``www.``, path without a closing slash), else ``None``.

    A link written as a path (``/2024/05/gast/``) takes the given ``host``. The root page, a
    fragment alone or an address with a query says nothing of one article.
    """
    if not url or url.startswith("#") or "?" in url or len(url) > _LONGEST_URL:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.netloc:
        host = parts.netloc.casefold().removeprefix("www.")
    elif not url.startswith("/"):
        return None
    path = parts.path.rstrip("/")
    return (host, path) if host and path else None


_LONGEST_URL: Final = 2000


def _signed_heading(context: Context, start: int, limit: int, names: frozenset[str]) -> int | None:
    """The first headline-shaped heading past the front with a byline or a date right under it.

    With no headline in the front (a long run of navigation, furniture headings: ``# Service``),
    the article's own heading, signed or dated (``Datum: 18.10.2021`` under it), is the title;
    a heading with nothing under it may be any box of the page.
    """
    for index in range(start, limit):
        if (
            _title_level(context, index)
            and _title_like(context, index)
            and not _not_headline(context, index, names)
            and _signed_under(context, index)
        ):
            return index
    return None


def _one_word_title(context: Context, end: int) -> int | None:
    """The first heading before ``end`` of one word with letters, no link and no furniture.

    ``## Baumgutachten`` over the text of a page about tree surveys: with no other heading to
    take, a one-word heading before the text heads it (a heading alone heads nothing).
    """
    for index in range(end):
        if not _title_level(context, index):
            continue
        inline = _heading_inline(context, index)
        words = _heading_plain(context, index).split()
        folded = " ".join(words).casefold()
        after = _next_content(context, _after_heading(context, index))
        if (
            len(words) == 1
            and not inline.links
            and any(c.isalpha() for c in words[0])
            and folded not in current().not_title_headings
            and folded not in current().boilerplate
            and after is not None
            and not _title_level(context, after)
        ):
            return index  # a heading with text under it, not a heading alone
    return None


def _slug_title(
    context: Context, limit: int, title_line: int | None, slug: tuple[str, ...]
) -> int | None:
    """The heading the source URL's slug spells, when the title line found does not hold it.

    ``# Gitarre & Bass 02/2022`` on ``.../gitarre-bass-02-2022/`` is the headline, though it names
    the site; ``## Korsetts - Shops, Designer`` on ``.../korsetts-shops-designer/`` is, above a
    later ``# Korsetts - Deutschland``. The page's address spells its headline.
    """
    if len(slug) < 2:
        return title_line
    if title_line is not None and _holds_slug(_heading_words(context, title_line), slug):
        return title_line
    if title_line is not None and _heading_again(context, title_line, limit, slug):
        return title_line  # two headings agree on the words: a slug spelling a section loses
    for index in range(limit):
        if _title_level(context, index) and _spells(_heading_words(context, index), slug):
            # "#### Kicker" right over "# Headline": some sites spell the kicker in the URL.
            kicker = title_line is not None and _next_content(context, index + 1) == title_line
            return title_line if kicker else index
    return title_line


def _heading_again(context: Context, title: int, limit: int, slug: tuple[str, ...]) -> bool:
    """Whether another heading before ``limit`` has the title heading's words, and the slug none.

    ``# Mit dem Chef für die Rente sparen`` over ``# Betriebsrente`` over ``## Mit dem Chef für
    die Rente sparen`` on ``.../betriebsrente``: the page's title and the article's heading agree
    on the headline; the slug names the section. A slug holding some of the title's words may
    spell the whole page title, and is not contradicted.
    """
    words = " ".join(_heading_plain(context, title).casefold().split())
    if len(words.split()) < _SLUG_WORDS:
        return False
    if any(word in forms for _, forms in _heading_words(context, title) for word in slug):
        return False
    return any(
        index != title
        and _title_level(context, index)
        and " ".join(_heading_plain(context, index).casefold().split()) == words
        for index in range(limit)
    )


def _heading_words(context: Context, index: int) -> list[tuple[int, frozenset[str]]]:
    """A heading's words as a slug spells them, without numbers around them (``30.11. |``).

    A slug leaves numbers at its ends out (see :func:`~newsparse._sites.slug_words`).
    """
    return bare_words(slug_tokens(_heading_plain(context, index)))


def _spells(words: list[tuple[int, frozenset[str]]], slug: tuple[str, ...]) -> bool:
    """Whether the slug spells the heading: all its words (three or more), in order."""
    if spells_slug(words, slug):
        return True
    return len(slug) > len(words) >= _SLUG_WORDS and spells_slug(words, slug[: len(words)])


def _holds_slug(words: list[tuple[int, frozenset[str]]], slug: tuple[str, ...]) -> bool:
    """Whether the heading holds the slug's first words somewhere (after a kicker, say)."""
    run = slug[:_SLUG_WORDS]
    return any(spells_slug(words[start:], run) for start in range(len(words)))


# A slug's words that tell a heading: three (or the two a short headline has).
_SLUG_WORDS: Final = 3


def _plain_title(context: Context, limit: int) -> int | None:
    """The dump's first line when it reads as a headline written without heading marks.

    Only in a dump with no heading in its front: a short line of plain text, two words or
    more, that is no sentence (no closing period), no link and no furniture.
    """
    first = _next_content(context, 0, limit)
    if first is None or not _headline_shaped(context, first, limit):
        return None
    return first


_BOLD_MARKS: Final = ("**", "__")
_QUOTES: Final = "\"'„“”«»‚‘’"


def _bold_headline(
    context: Context, index: int, first_long: int, slug: tuple[str, ...], one_word: bool
) -> bool:
    """Whether line ``index`` is a bold line alone, read as a headline (``**Title**``).

    Some converters write a page's headings in bold; such a line is a title candidate like a
    level-1 heading (the caller allows it only where the dump has no level-1 headline). Before
    the first long line, a bold line shaped like a headline is one; anywhere in the front, so is
    one that a second signal agrees with (see :func:`_bold_agreed`).
    """
    line = context.lines[index].strip(BLANK)
    mark = line[:2]
    if mark not in _BOLD_MARKS or len(line) < 6 or not line.endswith(mark):
        return False
    if mark in line[2:-2] or context.block_end(index) != index + 1:
        return False
    # A headline opens with a word, a number or a quote, not a rule or a mark ("---- by X").
    opening = context.inline(index).text.strip(BLANK + "*_")[:1]
    if not (opening.isalnum() or opening in _QUOTES):
        return False
    if index < first_long and _headline_shaped(
        context, index, context.count, bold=True, one_word=one_word
    ):
        return True
    return _bold_agreed(context, index, slug)


def _sentence_line(context: Context, index: int) -> bool:
    """Whether line ``index`` is a sentence of text: 80 characters or more, closed by a stop."""
    line = context.lines[index]
    return (
        len(line) >= _SENTENCE_CHARS
        and line.rstrip()[-1:] in _SENTENCE_END
        and context.shape(index) is Shape.TEXT
    )


_SENTENCE_CHARS: Final = 80


def _bold_agreed(context: Context, index: int, slug: tuple[str, ...]) -> bool:
    """Whether a bold line is a headline by a second signal, whatever its words' shape.

    The URL's slug spells it, or a short byline or dated line stands right under it (``**Why the
    ferry sails again.**`` over ``By Mara Lindqvist, 4 May 2024``). One word to thirty, no link,
    no furniture, no byline or date itself.
    """
    inline = context.inline(index)
    text = inline.text.strip(BLANK + "*_")
    words = text.split()
    if not 1 <= len(words) <= _BOLD_WORDS or inline.links or inline.images:
        return False
    folded = " ".join(text.casefold().split())
    if folded in current().boilerplate or folded in current().not_title_headings:
        return False
    if read_byline(text) is not None or mostly_date(text):
        return False
    if len(slug) >= _SLUG_WORDS - 1 and _spells(_heading_words(context, index), slug):
        return True
    return _signed_under(context, index)


def _signed_under(context: Context, index: int) -> bool:
    """Whether the line under line ``index`` is a short byline, or a short line with a date."""
    following = _next_content(context, _after_heading(context, index))
    if following is None:
        return False
    text = context.inline(following).text.strip(BLANK + "#*_")
    if not text or len(text) >= SHORT_LINE:
        return False
    return read_byline(text) is not None or any(found.has_date for found in find_dates(text))


# A bold line a second signal makes a headline has at most this many words.
_BOLD_WORDS: Final = 30


def _headline_shaped(
    context: Context, index: int, limit: int, *, bold: bool = False, one_word: bool = False
) -> bool:
    """Whether line ``index`` reads as a headline, with more text after it before ``limit``.

    Two to twenty words of text that are no sentence (no closing period), no link, no date, no
    furniture and no byline. A plain first line may not open with a byline's word (``Posted``,
    ``Interview``) or hold a date; a ``bold`` line, marked as a heading, only may not read as a
    byline or be mostly a date (``**Hafenfest im Mai 2024**`` is a headline).
    """
    if context.shape(index) is not Shape.TEXT:
        return False
    inline = context.inline(index)
    text = inline.text.strip(" \t*_")
    words = text.split()
    # A bold line of one word may head the text, as a one-word heading does (``one_word``).
    fewest = 1 if one_word else 2
    if not fewest <= len(words) <= _PLAIN_TITLE_WORDS or len(text) > _PLAIN_TITLE_CHARS:
        return False
    # A bold line closed by an ellipsis ("Darum lieben wir sie ...") is a headline's teaser
    # form, not a sentence's stop.
    stop = text[-1:] in ".,;:" and not (bold and text.endswith("..."))
    if inline.links or inline.images or stop or text[:1].islower():
        return False
    folded = " ".join(text.casefold().split())
    if folded in current().boilerplate or folded in current().not_title_headings:
        return False
    # A byline or a date line opens some dumps; a headline has text after it.
    if _next_content(context, index + 1, limit) is None:
        return False
    if bold:
        return read_byline(text) is None and not mostly_date(text)
    if folded.split()[0] in prefix_first_words() or folded.startswith("by"):
        return False
    # The first line of a paragraph the dump's wrap width broke is no headline: the next line
    # runs on from it ("Okay, the harbour reopened on Friday, and the ferry" over "is back.").
    if runs_on(context, index + 1):
        return False
    return not (any(c.isdigit() for c in text) and any(f.has_date for f in find_dates(text)))


def mostly_date(text: str) -> bool:
    """Whether a line is a date with at most one word besides (``Montag, 4. März 2024``)."""
    if not any(c.isdigit() for c in text):
        return False
    rest, end = [], 0
    for found in find_dates(text):
        if found.has_date:
            rest.append(text[end : found.start])
            end = found.end
    if end == 0:
        return False
    rest.append(text[end:])
    return len(" ".join(rest).split()) <= 1


def _headline_after(context: Context, index: int, front: int, names: frozenset[str]) -> bool:
    """Whether a level-1 heading shaped like a headline follows ``index`` before ``front``."""
    for later in range(index + 1, front):
        if _title_level(context, later) == 1 and _title_like(context, later):
            return not _not_headline(context, later, names)
    return False


def _plain_repeat(context: Context, index: int, limit: int) -> int:
    """The heading just under a page title that repeats its headline without the extras.

    ``# Kochtipp: Tomaten schneiden - Rezept mit Bild | Example`` over ``# Tomaten
    schneiden``: converters write the page's title, then the article's own heading.
    """
    following = _next_past_furniture(context, index, limit)
    if following is None or not _title_level(context, following):
        return index
    lower = _title_level(context, following) != 1
    title = " ".join(_heading_plain(context, index).split())
    repeat = " ".join(_heading_plain(context, following).split())
    if not repeat or repeat == title or repeat[-1] in ":,":
        return index
    if not lower and _dated_headline_under(
        context, index, following, repeat.casefold() in title.casefold()
    ):
        return following
    position = title.find(repeat) if len(repeat) < len(title) else -1
    # One word repeats the headline only at level 1 and when it opens the page title, the rest
    # set apart ("# Lindholm - Fähren und Häfen" over "# Lindholm"); else it is a section's name.
    if len(repeat.split()) < 2 and (lower or position != 0 or not _set_apart(title[len(repeat) :])):
        return index
    if position == -1:
        # "# Port Ellan adds night ferries" over "# Storm season: Port Ellan adds night ferries":
        # the page's title, then the article's own level-1 heading telling the same story.
        return following if not lower and _retold(title, repeat) else index
    # What the page title adds is a section, a site or one word ("Rezept"), set apart.
    extra = (title[:position] + " " + title[position + len(repeat) :]).strip()
    apart = _set_apart(extra)
    # A lower heading repeats the headline only when the page title sets its extras apart
    # after it ("# Headline | Forum" over "## Headline").
    if lower:
        return following if apart and position == 0 else index
    return following if apart or len(extra.split()) == 1 else index


def _repeated_part(context: Context, index: int, end: int, names: frozenset[str]) -> int:
    """The line under a page title that repeats one of its parts alone, else ``index``.

    ``# Wahl: Lina Berg führt den Verband`` over ``Lina Berg führt den Verband``, or ``# Tipps
    der Woche - Ein Gast im Garten`` over ``# Magazin`` over ``## Tipps der Woche``: a converter
    wrote the page's title (a lead-in, a section or the site set apart from the headline), then
    the article's own heading. Two places agreeing on the same words is the headline; what only
    the page title adds is not. A plain line counts only right under the title (past pictures
    and a short link), a heading of any level among the next few lines before the text.
    """
    title = " ".join(_heading_plain(context, index).split())
    if not _HEADING_PARTS.search(title) and ": " not in title:
        return index
    following = _next_past_furniture(context, index, end)
    seen = 0
    line = following
    while line is not None and line < end and seen < _PART_LINES:
        seen += 1
        level = _title_level(context, line)
        plain = line == following and _plain_line(context, line)
        if level or plain:
            text = " ".join(
                (_heading_plain(context, line) if level else context.inline(line).text).split()
            )
            if _part_of(title, text) and not names_site(text, names):
                folded = text.casefold()
                if (
                    folded not in current().not_title_headings
                    and folded not in current().boilerplate
                ):
                    return line
        line = context.next_nonblank(_after_heading(context, line) if level else line + 1, end)
    return index


def _plain_line(context: Context, index: int) -> bool:
    """Whether line ``index`` is a line of text alone, with no link, short enough for a headline."""
    if context.shape(index) is not Shape.TEXT or context.block_end(index) != index + 1:
        return False
    inline = context.inline(index)
    return not inline.links and not inline.images and len(inline.text) <= _PLAIN_TITLE_CHARS


def _part_of(title: str, text: str) -> bool:
    """Whether ``text`` opens or closes ``title``, set apart by a separator, as its larger part.

    ``Tipps der Woche`` in ``Tipps der Woche - Ein Gast``, ``Lina Berg führt`` in ``Wahl: Lina
    Berg führt``; a text inside the title's words (no separator at its edge) is no part.
    """
    words = _word_count(text)
    # The headline is the larger part: a site's name or a lead-in is what is added to it.
    if words < 2 or len(text) >= len(title) or words < _word_count(title) - words:
        return False
    if title.startswith(text):
        return _PART_EDGE.match(title, len(text)) is not None
    if title.endswith(text):
        start = len(title) - len(text)
        return any(m.end() == start for m in _PART_EDGE.finditer(title, 0, start))
    return False


def _word_count(text: str) -> int:
    """The words of ``text`` with a letter or digit (a separator between spaces is none)."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


# A page title's parts and the headline in them: the next few lines are looked at.
_PART_LINES: Final = 6
# A separator after a part: " - ", " | ", ": ", " » "...
_PART_EDGE: Final = re.compile(r"(?:[ ]{1,3}[-–—•·»|]|[ ]{0,3}[:|])[ ]{1,3}")


def _dated_headline_under(context: Context, index: int, following: int, part: bool) -> bool:
    """Whether level-1 heading ``following``, right under ``index``, is dated and ``index`` not.

    ``# Example Blog`` over ``# Ferry runs again`` over ``Posted on 3 May 2024``: the line under
    the article's own heading holds its date (a byline); the heading over it names the site or
    the page. Only a heading right under the first, with no link, that is no part of it
    (``# Kassel/Stammtisch`` over ``# Stammtisch`` is the page title's own last part).
    """
    right_under = _next_content(context, _after_heading(context, index))
    return (
        following == right_under
        and not part
        and not _heading_inline(context, following).links
        and _dated_under(context, following)
        and not _dated_under(context, index)
    )


def _dated_under(context: Context, index: int) -> bool:
    """Whether the line under heading ``index`` is a short line holding a date (a byline's)."""
    following = _next_content(context, _after_heading(context, index))
    if following is None or _title_level(context, following):
        return False
    text = context.inline(following).text
    return len(text) < SHORT_LINE * 4 and any(found.has_date for found in find_dates(text))


def _has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter."""
    return any(c.isalpha() for c in text)


def _set_apart(extra: str) -> bool:
    """Whether what a page title adds to a headline is set apart by a separator or brackets.

    ``# Die Hafenküche (2023/4)`` over ``## Die Hafenküche``: an issue or a page number in
    brackets closing the page title is set apart as a separator sets a site's name apart; words
    in brackets (``Linsencurry (mit Spinat)``) are the headline's own.
    """
    inside = extra[1:-1]
    if extra[:1] == "(" and extra[-1:] == ")" and "(" not in inside and not _has_letter(inside):
        return any(c.isdigit() for c in inside)
    return any(mark in f" {extra} " for mark in ("|", " - ", "–", "—", ":", "»", "›"))


def _next_past_furniture(context: Context, title: int, limit: int) -> int | None:
    """The next non-blank line under heading ``title``, past pictures and a short link.

    ``# Headline | Site``, ``![](lead.jpg)``, ``# Headline``: converters that write the page's
    title first put the lead picture or a back link (``[Zurück zur Übersicht](/news)``) between
    it and the article's own heading. A line that only opens or closes a layout box (pandoc's
    ``::: {.content}``, a raw ``<div>``) is passed over and not counted in the distance: it
    holds nothing, and a converter writing boxes sets one between any two blocks.
    ``None`` when nothing stands close enough.
    """
    index = context.next_nonblank(_after_heading(context, title), limit)
    window = _REPEAT_NEAR
    boxes = skipped = 0
    while index is not None and index - title - skipped <= window:
        if boxes < _BOX_LINES and _box_line(context, index):
            following = context.next_nonblank(index + 1, limit)
            boxes += 1
            skipped += (index + 1 if following is None else following) - index
            index = following
            continue
        if not _picture_or_short_link(context, index):
            return index
        window = _REPEAT_WINDOW  # past furniture the heading may stand a little further down
        index = context.next_nonblank(index + 1, limit)
    return None


def _box_line(context: Context, index: int) -> bool:
    """Whether line ``index`` only opens or closes a layout box: ``:::``, ``<div class=...>``.

    The line shapes read such a line as a break (:class:`Shape` ``RULE``); a thematic break
    (``---``, ``***``) opens with neither ``:`` nor ``<``.
    """
    return context.shape(index) is Shape.RULE and context.lines[index].lstrip(" ")[:1] in ":<"


# Layout box lines passed over between a page title and the heading under it, at most.
_BOX_LINES: Final = 8


def _next_content(context: Context, index: int, limit: int | None = None) -> int | None:
    """The first non-blank line at or after ``index`` that is no layout box line, if any.

    What stands under a heading (a byline, a date, the text) is read past ``:::`` and
    ``<div>`` lines, as a converter writing boxes sets them between any two blocks; at most
    :data:`_BOX_LINES` of them.
    """
    found = context.next_nonblank(index, limit)
    for _ in range(_BOX_LINES):
        if found is None or not _box_line(context, found):
            return found
        found = context.next_nonblank(found + 1, limit)
    return found


def _picture_or_short_link(context: Context, index: int) -> bool:
    """Whether a line of text holds only pictures, or only one short link (``[Zurück](/news)``)."""
    if context.shape(index) is not Shape.TEXT or context.block_end(index) != index + 1:
        return False
    inline = context.inline(index)
    text = inline.text.strip(BLANK)
    if inline.images and not text:
        return True
    return (
        len(inline.links) == 1
        and len(text) <= LABEL_LINE
        and inline.links[0].text.strip(BLANK) == text
    )


# The page title and the article's heading under it stand this close (lines after the title,
# blank ones counted), or a little further with pictures or a back link between them.
_REPEAT_NEAR: Final = 4
_REPEAT_WINDOW: Final = 8


def _retold(title: str, heading: str) -> bool:
    """Whether a heading of three words or more shares a word (four letters or more) with a title.

    Two headings in a row that tell the same story: a page title over the article's headline.
    """
    if len(heading.split()) < _RETOLD_WORDS:
        return False
    words = {word.casefold() for word in _LONG_WORD.findall(title[:600])}
    return any(word.casefold() in words for word in _LONG_WORD.findall(heading[:600]))


# A headline retelling the page title has three words or more; a shared word has four letters.
_RETOLD_WORDS: Final = 3
_LONG_WORD: Final = re.compile(r"[^\W\d_]{4,40}")


def _not_headline(context: Context, index: int, names: frozenset[str]) -> bool:
    """Whether a heading names the site or a part of the page rather than an article."""
    inline = _heading_inline(context, index)
    text = _heading_plain(context, index).strip().replace("\u00ad", "")
    folded = " ".join(text.casefold().strip(" :|»›-–").split())
    if len(inline.links) == 1 and home_page(inline.links[0].url):
        return True  # "[Example Blog](https://blog.example/)": the site's name, linked home
    # Furniture words, but not the names of legal pages ("Impressum" may be the page's title).
    kind = current().boilerplate.get(folded)
    if folded in current().not_title_headings or kind not in (None, BoilerplateKind.NAVIGATION):
        return True
    if "cookie" in folded and len(folded) < SHORT_LINE:
        return True
    # "www.example.com | Detail": the site's name and a furniture word, no headline.
    parts = [part for part in _HEADING_PARTS.split(text[:300]) if part.strip(" •·|")]
    if len(parts) > 1:
        rest = [part for part in parts if not names_site(part, names)]
        if len(rest) < len(parts) and all(
            " ".join(part.casefold().split()) in current().not_title_headings for part in rest
        ):
            return True
    # "Hope! - Example Blog" is a headline with the site's name after it, not the name.
    separated = any(mark in text for mark in (" - ", " | ", " – ", " — ", " · ", ": "))
    return len(text.split()) <= 5 and not separated and names_site(text, names)


def _title_like(context: Context, index: int) -> bool:
    # Three words, or two words without a link: "## [Local News](#)" is a section link.
    inline = _heading_inline(context, index)
    words = _heading_plain(context, index).split()
    if len(words) >= 3:
        return True
    return len(words) == 2 and not inline.links and all(w.isalpha() for w in words)


def _over_prose(context: Context, index: int) -> bool:
    """Whether a heading of two words sits right over the text's first long paragraph.

    Such a heading (``## [Tach auch!](#)`` on a blog) is taken when no other heading is; a
    section link stands among other links, not over the text.
    """
    words = _heading_plain(context, index).split()
    following = context.next_nonblank(_after_heading(context, index))
    return (
        len(words) == 2
        and following is not None
        and following - index <= 3
        and len(context.lines[following]) >= PROSE_CHARS
        and _title_level(context, following) == 0
    )


def _find_tail_start(context: Context, limit: int) -> int:
    # Closing notes follow the last paragraph of prose.
    index = limit - 1
    while index >= 0:
        line = context.lines[index]
        if len(line) >= SHORT_LINE and "![" in line:
            line = IMAGE.sub("", line)  # a date and a teaser's picture: long, but no prose
        if (
            _long(context, index, len(line))
            and context.shape(index) is Shape.TEXT
            and _prose_at(context, index, line)
        ):
            return index + 1
        index -= 1
    return 0


def _wrapped_paragraph(context: Context, index: int) -> tuple[int, int]:
    """The lines ``[first, stop)`` of a wrapped paragraph around line ``index`` (a few each way)."""
    first = index
    while first > 0 and index - first < _WRAP_LINES and runs_on(context, first):
        first -= 1
    stop = index + 1
    while stop < context.count and stop - index <= _WRAP_LINES and runs_on(context, stop):
        stop += 1
    return first, stop


def _long(context: Context, index: int, length: int) -> bool:
    """Whether line ``index`` (``length`` long as measured) is a long line of a paragraph.

    In a dump wrapped at a width no line is long: a line of a wrapped paragraph counts with
    the lines it runs on from and into (a few each way), their text measured.
    """
    if length >= SHORT_LINE:
        return True
    if not wrap_width(context):
        return False
    first, stop = _wrapped_paragraph(context, index)
    if stop - first == 1 or context.shape(first) is not Shape.TEXT:
        return False  # a line alone, or a list item's wrapped lines: no paragraph of prose
    others = sum(len(context.inline(line).text) for line in range(first, stop) if line != index)
    return length + others >= SHORT_LINE


def _find_text_end(context: Context, limit: int, tail_start: int) -> int:
    """The line after the last paragraph of prose, measured by its text.

    Without link targets and pictures: dumps that keep URLs make a share link
    (``[Weitersagen](https://chat.example/share?text=...)``) long, but it is no prose. The byline
    rule looks for a name signing the text below this line.
    """
    index = tail_start - 1
    while index >= 0:
        line = context.lines[index]
        if (
            _long(context, index, len(line))
            and context.shape(index) is Shape.TEXT
            and _long(context, index, len(context.inline(index).text))
            and _prose_at(context, index, line)
        ):
            return index + 1
        index -= 1
    return 0


def _prose(line: str) -> bool:
    """Closing notes are no prose: italic lines, and Markdown footnotes ("[^1]: ...")."""
    stripped = line.strip(BLANK)
    return not (stripped[:1] in "*_" and stripped[-1:] in "*_") and not stripped.startswith("[^")


def _prose_at(context: Context, index: int, line: str) -> bool:
    """Whether line ``index`` is prose, judged on its whole paragraph when the dump is wrapped.

    A converter that wraps at a width breaks an italic note over lines: its middle lines open and
    close on no mark of their own, so the paragraph's first and last lines say whether it is set
    in italics (a few lines each way, as :func:`_long` counts them).
    """
    if not _prose(line) or not wrap_width(context):
        return _prose(line)
    first, stop = _wrapped_paragraph(context, index)
    if stop - first == 1:
        return True
    head = context.lines[first].strip(BLANK)
    tail = context.lines[stop - 1].strip(BLANK)
    return _prose(f"{head[:2]} {tail[-1:]}")  # two: "[^1]" opens a footnote


# A headline written as a plain first line is short.
_PLAIN_TITLE_WORDS: Final = 20
_PLAIN_TITLE_CHARS: Final = 150

# The separators between a page title's parts: "www.example.com | Detail", "Site - News".
_HEADING_PARTS: Final = re.compile(r"[ ]{1,3}[-–—•·»|][ ]{1,3}|[ ]{0,3}\|[ ]{0,3}")


def _footer_url(text: str) -> str:
    text = text.strip(BLANK)
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1].strip()
    inline = render(text)
    if len(inline.links) == 1 and inline.links[0].url:
        return inline.links[0].url
    return text
