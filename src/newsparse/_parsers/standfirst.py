"""The standfirst: the subtitle or summary written between the title and the article text."""

from __future__ import annotations

import re
from typing import Final

from newsparse._engine import PROSE_CHARS, Claim, Context, Found, Shape, heading_level, is_prose
from newsparse._inline import Inline, render
from newsparse._model import BlockKind, Paragraph
from newsparse._parsers.common import (
    DatelineBuilder,
    block_images,
    heading_text,
    is_emphasised,
    trailing_elements,
    wrapped_end,
)
from newsparse._readers.byline import read_byline
from newsparse._readers.dateline import read_dateline, read_lead, split_trailing
from newsparse._readers.reading_time import reading_time

__all__ = ["dated_rule", "dated_screen", "rule", "screen"]

_MAX_STANDFIRST: Final = 1000
_MIN_WORDS: Final = 4


def screen(context: Context, index: int) -> bool:
    """Only between the title and the first body block of text after it."""
    return (
        context.found(Found.TITLE) > 0
        and not context.found(Found.STANDFIRST)
        and not _text_begun(context, index)
    )


# What _text_begun notes, in a per-document memo: the body count that is not text yet, the line
# last offered, whether the text has begun, and how many label lines were passed over.
_BASE, _LAST, _BEGUN, _LABELS = range(4)
# Short body lines passed over between the title and the standfirst: a section label, a kicker.
_MAX_LABELS: Final = 2


def _text_begun(context: Context, index: int) -> bool:
    """Whether a body block of text was claimed since the title.

    Blocks above the title do not count: converters often write the page's ``<title>`` as a
    first heading, or a menu line, which the fallback takes as body before the headline below.
    Nor do one or two label lines of a few words under it (``Promis``, ``News, Termine``): a
    section name or kicker the converter set apart, which the fallback takes as body too.
    """
    noted = context.memo(_body_so_far)
    if not noted:
        noted.update({_BASE: _body_so_far(context, index), _LAST: index, _LABELS: 0})
        if _text_claimed_first(context):
            noted[_BEGUN] = 1
    if _BEGUN in noted:
        return True
    body = context.found(Found.BODY)
    if body > noted[_BASE]:
        labels = noted[_LABELS] + body - noted[_BASE]
        if labels > _MAX_LABELS or not _only_labels(context, noted[_LAST], index):
            noted[_BEGUN] = 1
            return True
        noted.update({_BASE: body, _LABELS: labels})
    noted[_LAST] = index
    return False


def _body_so_far(context: Context, index: int) -> int:
    """The body blocks claimed before line ``index``; its memo keeps :func:`_text_begun`'s notes."""
    return context.found(Found.BODY)


def _only_labels(context: Context, start: int, stop: int) -> bool:
    """Whether every non-blank line from ``start`` to ``stop`` is a label or the title again.

    A label is a few words (a section name, a kicker), or mostly figures (a date the date reader
    did not take). Converters often write the headline twice (the page's ``<title>``, then the
    article's ``<h1>``): the second is no text either.
    """
    for line in range(start, stop):
        if context.blank[line]:
            continue
        text = _plain_text(context, line)
        if _repeats_title(context, text) or _mostly_figures(text):
            continue
        if len(text.split()) >= _MIN_WORDS or text.endswith((".", "!", "?")):
            return False
    return True


def _plain_text(context: Context, line: int) -> str:
    """Line ``line``'s plain text, without a heading's ``#`` marks."""
    if context.shape(line) is Shape.HEADING:
        return render(heading_text(context.lines[line])).text.strip()
    return context.inline(line).text.strip()


# Words a converter writes around the headline when it writes it again: a kicker ("Neues
# Auto:"), a section and date, a breadcrumb ("Forum > Phones >"), a site name.
_MAX_WORDS_AROUND_TITLE: Final = 6


def _repeats_title(context: Context, text: str) -> bool:
    """Whether ``text`` is the planned title's text again: whole or in part, or with a few words.

    Punctuation and case do not count (``Title - Part`` and ``Title – Part``, ``Kicker: Title``
    and ``Kicker : Title`` are the same headline). A headline of two words or more with a few
    words around it (a kicker, a breadcrumb, a site name) is the headline again too.
    """
    title = _words_of(_title_text(context))
    words = _words_of(text)
    if not title or not words:
        return False
    if f" {words} " in f" {title} ":
        return True
    around = len(words.split()) - len(title.split())
    return " " in title and 0 < around <= _MAX_WORDS_AROUND_TITLE and f" {title} " in f" {words} "


def _words_of(text: str) -> str:
    """``text``'s words, case-folded, joined by single spaces: punctuation and marks dropped."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def _text_claimed_first(context: Context) -> bool:
    """Whether body was claimed between the title and the first line this rule is offered.

    The fallback, tried after this rule, cannot have claimed there; a rule tried before it may
    have (a dateline opening the text claims body), and then the claim just made ends in body.
    """
    return context.last is Found.BODY


# Kinds of header line a summary may follow: "# Title / 12 May 2024 / By X / The summary".
_HEADER_LINES: Final = (Found.TITLE, Found.DATELINE, Found.BYLINE)
_MIN_SUMMARY_WORDS: Final = 6


def _after_header_lines(context: Context, index: int) -> bool:
    """A summary under the date line or byline: a sentence of text before the article's text.

    The header ends at the first long paragraph, so a line still in it is short; the first long
    paragraph is the article's, never the standfirst. Nor is the paragraph under a place set
    alone over the story (an opening dateline broken off its paragraph).
    """
    if context.last_content not in _HEADER_LINES or not context.in_header(index):
        return False
    if context.found(Found.LEAD):
        return False  # "TALHEIM –" alone over the story: the block under it is the text's
    end = context.header_end
    if end >= context.count or len(context.lines[end]) < PROSE_CHARS:
        return False  # no long paragraph ends the header: this line may be the article's first
    inline = context.inline(index)
    if _mostly_links(inline):
        return False  # a teaser or navigation, not a summary
    text = inline.text.rstrip()
    # "Und noch etwas dazu:" introduces what follows; a summary stands on its own.
    return len(text.split()) >= _MIN_SUMMARY_WORDS and not text.endswith(":")


def _mostly_links(inline: Inline) -> bool:
    """Whether links make up more than half of a line's text."""
    return bool(inline.links) and sum(len(link.text) for link in inline.links) * 2 > len(
        inline.text
    )


def _wrapped_lines(context: Context, index: int) -> int:
    """How many lines the paragraph at ``index`` spans when a converter wrapped it (else 1)."""
    return wrapped_end(context, index) - index


def _run_markdown(context: Context, index: int) -> str:
    """The Markdown of line ``index`` and of the lines its wrapping ran on into."""
    return "\n".join(context.lines[index : index + _wrapped_lines(context, index)])


def _candidate(context: Context, index: int) -> tuple[Inline, BlockKind, int, int] | None:
    """The text, kind, level and line count of a standfirst-shaped block at ``index``.

    A lower-level heading (ATX, or a line underlined with ``---``); a plain line right under the
    title, or under the header's date line or byline; a line set wholly in bold or italics.
    """
    shape = context.shape(index)
    line = context.lines[index]
    if shape is Shape.HEADING and heading_level(line) >= 2:
        lines = 1
        inline, kind, level = render(heading_text(line)), BlockKind.HEADING, heading_level(line)
    elif context.setext_level(index) == 2:
        lines = 2
        inline, kind, level = context.inline(index), BlockKind.HEADING, 2
    elif shape is Shape.TEXT and (
        _under_title(context, index)
        or is_emphasised(_run_markdown(context, index))
        or _after_header_lines(context, index)
    ):
        lines = _wrapped_lines(context, index)
        inline = context.inline(index) if lines == 1 else render(_run_markdown(context, index))
        kind, level = BlockKind.PARAGRAPH, 0
    else:
        return None
    if context.block_end(index) != index + lines:
        return None
    return inline, kind, level, lines


_MAX_MARKS_UNDER_TITLE: Final = 12  # lines of breaks and box marks looked through


def _under_title(context: Context, index: int) -> bool:
    """Whether line ``index`` comes right under the title, but for breaks and box marks.

    Pandoc's fenced divs (``::: {.content}``), raw block tags (``<div class="text">``) and
    thematic breaks carry no words: a summary under the title reads the same with them between.
    """
    if context.last is Found.TITLE:
        return True
    title = context.title_line
    if title is None or context.last_content is not Found.TITLE:
        return False
    above = index - 1
    while above > title + 1 and index - above <= _MAX_MARKS_UNDER_TITLE:
        if not context.blank[above] and context.shape(above) is not Shape.RULE:
            return False
        above -= 1
    return above <= title + 1


# A short bold label opening a line: "**Question:** ...", "**16.** ...", "**Host**: ...".
_BOLD_LABEL: Final = re.compile(r"(?:\*\*|__)[^*_\n]{1,40}?(?:[:.\-–—](?:\*\*|__)|(?:\*\*|__) ?:)")
# A bold run inside a line: a name or phrase picked out in the text.
_BOLD_RUN: Final = re.compile(r"\*\*[^*\s][^*]{0,300}\*\*|__[^_\s][^_]{0,300}__")
# The longest plain summary: two or three sentences. A longer plain paragraph is the text's.
_MAX_PLAIN_SUMMARY: Final = 400


def _is_body_prose(markdown: str, inline: Inline) -> bool:
    """Whether a plain line reads as the article's first paragraph, not a summary set apart.

    A summary restates the headline in a sentence or three, set apart whole (or not at all). A
    plain line is the text's when a bold label opens it (a question, an answer, a numbered point,
    a field), when it picks words out in bold inside (names in a report), when it links out, or
    when it runs longer than a summary. A line set wholly in bold or italics is set apart: only
    its place counts.
    """
    if is_emphasised(markdown) or _in_emphasis_runs(markdown):
        return False
    if _BOLD_LABEL.match(markdown.lstrip()) is not None or _picked_out(markdown, inline):
        return True
    return bool(inline.links) or len(inline.text) > _MAX_PLAIN_SUMMARY


# One run of emphasis, its marks the same on both sides: "***...***", "**...**", "_..._".
_EMPHASIS_RUN: Final = re.compile(
    r"(\*{1,3}|_{1,3})(?=[^\s*_])[^*_\n]{1,1000}(?<=[^\s*_])\1(?![*_])"
)
# What may stand between runs of emphasis on a line set apart: spaces and a dash.
_BETWEEN_RUNS: Final = " \t–—-"


def _in_emphasis_runs(markdown: str) -> bool:
    """Whether a line is set wholly in two or more runs of emphasis: "***A ...*** **– b ...**".

    Pages that set the summary in bold italics and its attribution in bold write it so; it is
    set apart as a line in one run is. The first run holds most of the line: the summary leads.
    """
    runs = list(_EMPHASIS_RUN.finditer(markdown))
    if len(runs) < 2:  # one run is is_emphasised's case
        return False
    if (runs[0].end() - runs[0].start()) * 2 < len(markdown.strip()):
        return False  # "*[Red.](#) /* *31.10.2023* **The summary ...**": a byline and date first
    rest = _EMPHASIS_RUN.sub("", markdown)
    return not rest.strip(_BETWEEN_RUNS)


def _picked_out(markdown: str, inline: Inline) -> bool:
    """Whether bold picks out words inside the line: less than half its text, not its start.

    A line opening in bold may be a summary's lead-in (``**X** is ...``); one mostly in bold is a
    summary set in bold with a label beside it.
    """
    runs = [match.end() - match.start() - 4 for match in _BOLD_RUN.finditer(markdown)]
    inside = _BOLD_RUN.search(markdown, 1) is not None
    return inside and sum(runs) * 2 < len(inline.text)


_MAX_HEADER_BLOCK: Final = 4  # lines of the byline and date block read under a summary


def _summary_over_header(context: Context, end: int, inline: Inline) -> bool:
    """Whether a plain block under the title is a summary set over the byline or the date.

    ``# Title`` / ``The summary, with a [link](#) ...`` / ``[Jo Park](#), 3.5.2024``: a page that
    sets its summary above its byline and date block writes it as the header's, so links or words
    in bold inside it do not make it the text's first paragraph; it must still be as short as a
    summary. The block under it must hold a date line or a prefixed byline.
    """
    if len(inline.text) > _MAX_PLAIN_SUMMARY:
        return False
    below = context.next_nonblank(end)
    if below is None or below - end > 1:
        return False
    stop = min(context.block_end(below), below + _MAX_HEADER_BLOCK)
    return any(
        context.shape(line) is Shape.TEXT
        and (
            read_dateline(context.lines[line]) is not None
            or read_byline(context.lines[line]) is not None
        )
        for line in range(below, stop)
    )


def _is_summary(context: Context, inline: Inline) -> bool:
    """Whether a candidate's text reads as a summary, not furniture set under the title.

    Not mostly links (tags, share bars, a teaser); not a short lead-in ending in a colon ("Sie
    sind hier:"; a paragraph of prose may end in one, introducing a list); not mostly figures
    (a date line) nor a reading-time note; not the title again (a converter writes the headline
    twice, or with a kicker before it).
    """
    text = inline.text.strip()
    if len(text.split()) < _MIN_WORDS or (text.endswith(":") and not is_prose(text)):
        return False
    if _mostly_links(inline) or _mostly_figures(text) or _reading_time_note(text):
        return False
    return not _repeats_title(context, text)


# The most words a reading-time note holds ("Estimated reading time: 6 minutes").
_MAX_NOTE_WORDS: Final = 8


def _reading_time_note(text: str) -> bool:
    """Whether a short line holds a reading-time note: page furniture, not a summary."""
    note = reading_time()
    return (
        len(text.split()) <= _MAX_NOTE_WORDS
        and note.hint in text.casefold()
        and note.anywhere.search(text) is not None
    )


# The most words a line of figures holds ("Posted: 3 June 2020, 09:40 | Page 1 of 2"); a longer
# line is text, whatever its digits.
_MAX_FIGURE_WORDS: Final = 12


def _mostly_figures(text: str) -> bool:
    """Whether a short line has a digit in half its words: a date, a time, a page count.

    ``12 mai 2021, 09:40``, ``Posted: 3 June 2020``, ``Page 1 of 2``: the date reader may not
    know the month's language, but a summary is words.
    """
    words = text.split()
    if not words or len(words) > _MAX_FIGURE_WORDS:
        return False
    figures = sum(any(char.isdigit() for char in word) for word in words)
    return figures * 2 >= len(words)


def _title_text(context: Context) -> str:
    """The planned title line's text, case-folded ("" when the plan found none)."""
    line = context.title_line
    if line is None:
        return ""
    return render(heading_text(context.lines[line])).text.casefold()


def rule(context: Context, index: int) -> Claim | None:
    """Claim the standfirst: a subheading or summary line after the title, before any body text.

    A lower-level heading qualifies anywhere in that stretch; a plain line right under the title,
    or under the header's date line or byline while the header lasts; a line set wholly in bold
    or italics anywhere before the text begins. Blocks above the title do not count as text.
    """
    if not screen(context, index):
        return None
    line = context.lines[index]
    if len(line) > _MAX_STANDFIRST:
        return None
    candidate = _candidate(context, index)
    if candidate is None:
        return None
    inline, kind, level, lines = candidate
    if kind is BlockKind.PARAGRAPH and lines > 1:
        line = _run_markdown(context, index)  # a summary the converter wrapped: read it whole
    # A date glued to the end ("...return?Friday, 3 March 2023") is a dateline of its own: the
    # line is claimed for it even when what precedes is thin, so that the date is not lost.
    trailing = split_trailing(line) if lines == 1 else None
    if trailing is None and not _is_summary(context, inline):
        return None
    if (
        trailing is None
        and kind is BlockKind.PARAGRAPH
        and _is_body_prose(line, inline)
        and not _summary_over_header(context, index + lines, inline)
    ):
        return None
    if len(inline.text.split()) < _MIN_WORDS:
        return None
    stop = trailing[0] if trailing is not None else len(line)
    if not line[:stop].strip(" #*_"):
        return None  # the whole line is a byline and date: their rules' lines
    if trailing is not None:
        markdown = line[:stop]
        inline = render(heading_text(markdown) if kind is BlockKind.HEADING else markdown)
    base = context.source.starts[index]
    span = (
        context.span(base, base + stop)
        if lines == 1
        else context.lines_span(index, index + lines - 1)
    )
    standfirst = Paragraph(
        raw=context.raw(span),
        span=span,
        text=inline.text,
        kind=kind,
        links=inline.links,
        level=level,
        images=block_images(context, inline, span.start, span.end),
    )
    if trailing is None:
        return Claim(elements=(standfirst,), found=(Found.STANDFIRST,), next_line=index + lines)
    more, kinds, notes = trailing_elements(context, index, *trailing)
    return Claim(
        elements=(standfirst, *more),
        found=(Found.STANDFIRST, *kinds),
        next_line=index + 1,
        diagnostics=tuple(notes),
    )


def dated_screen(context: Context, index: int) -> bool:
    """Lines after the title, while no standfirst or opening dateline was found, with a digit early.

    Only among the first paragraphs, where the dateline rule reads an opening dateline. It notes
    nothing: :func:`screen` notes each line it is offered, and this row comes before the dateline
    rule, which claims most lines it turns down.
    """
    return (
        context.found(Found.TITLE) > 0
        and not context.found(Found.STANDFIRST)
        and not context.found(Found.LEAD)
        and context.found(Found.BODY) <= _FIRST_PARAGRAPHS
        and _EARLY_DATE_OR_DASH.search(context.lines[index], 0, _DATE_WITHIN) is not None
    )


# A lead's date opens its line: "14.02.21 - ...", "**Neustadt, 3. Mai 2022 - ...".
_DATE_WITHIN: Final = 80
# Body blocks before the line at most, as the dateline rule reads an opening dateline.
_FIRST_PARAGRAPHS: Final = 3
# A digit (a date's) or a dash (after a place): "14.02.21 - ...", "**TALHEIM – ...".
_EARLY_DATE_OR_DASH: Final = re.compile(r"[0-9—–-]")


def dated_rule(context: Context, index: int) -> Claim | None:
    """Claim a date set before the standfirst on its line: the date its dateline, the rest its text.

    ``14.02.21 - **A summary set in bold ...**``, ``**Neustadt, 3. Mai 2022 - The summary ...**``:
    the line's opening dateline (:func:`read_lead`, with a date and no agency) is split off, and
    what follows is the standfirst when it is set apart in emphasis and reads as a summary.
    Otherwise the dateline rule splits the line into its dateline and a body paragraph.
    """
    line = context.lines[index]
    if (
        context.found(Found.LEAD)
        or context.shape(index) is not Shape.TEXT
        or len(line) > _MAX_STANDFIRST
        or context.block_end(index) != index + 1
    ):
        return None
    lead = read_lead(line)
    if lead is None or lead[0].agency is not None:
        return None  # "MOSCOW (AP) — ...": an agency's story opens with its first paragraph
    if lead[0].published is None and (lead[0].place is None or not _dashed(line, lead[1])):
        return None  # a place alone before its dash: "**TALHEIM – The summary ...**"
    # Asked last: the screen notes each line it is offered (see dated_screen).
    if not screen(context, index):
        return None
    reading, cut = lead
    rest = line[cut:]
    inline = context.render(rest)
    if not _dated_summary(context, line, rest, inline):
        return None
    base = context.source.starts[index]
    builder = DatelineBuilder(context)
    dateline = builder.dateline(reading, base, base + cut)
    span = context.span(base + cut, context.source.line_end(index))
    standfirst = Paragraph(
        raw=context.raw(span),
        span=span,
        text=inline.text,
        links=inline.links,
        images=block_images(context, inline, span.start, span.end),
    )
    return Claim(
        elements=(dateline, standfirst),
        found=(Found.DATELINE, Found.STANDFIRST),
        next_line=index + 1,
        diagnostics=tuple(builder.diagnostics),
        marks=(Found.LEAD,),
    )


def _dashed(line: str, cut: int) -> bool:
    """Whether the dateline ``line[:cut]`` ends in a dash: "TALHEIM –", not "TALHEIM:"."""
    return line[:cut].rstrip(" *_").endswith(("—", "–", "-"))


# A run of emphasis marks: "**", "***", "_".
_MARKS: Final = re.compile(r"\*{1,3}|_{1,3}")


def _open_emphasis(head: str) -> str:
    """The emphasis marks the dateline ``head`` leaves open for the text after it.

    ``**TALHEIM – `` and ``***Talheim*** **– `` open a bold run that closes at the end of the
    summary: a mark after a space (or at the start) opens, one after a word closes.
    """
    opened = ""
    for mark in _MARKS.finditer(head):
        before = head[mark.start() - 1 : mark.start()]
        opened = "" if opened and before and not before.isspace() else mark.group()
    return opened


def _dated_summary(context: Context, line: str, rest: str, inline: Inline) -> bool:
    """Whether ``rest``, the line after its opening date, is a standfirst set apart in emphasis.

    As :func:`rule` takes a line set wholly in bold or italics before the text begins (the
    emphasis may open before the date: ``**Neustadt, 3. Mai 2022 - ...**``), if it reads as a
    summary. A plain paragraph after a date is the text's first: a dateline opens the story.
    """
    opened = _open_emphasis(line[: len(line) - len(rest)])
    if not (is_emphasised(line) or is_emphasised(rest) or is_emphasised(opened + rest)):
        return False
    return len(inline.text.split()) >= _MIN_WORDS and _is_summary(context, inline)
