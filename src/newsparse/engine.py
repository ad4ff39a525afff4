"""The rule chain: an ordered table of small rules, each offered the line under the cursor.

A rule reads the document through a :class:`Context` (the lines, what was found so far, a plan made
by one look over the whole dump) and returns a :class:`Claim` or ``None``. The first claim wins; the
cursor moves past the lines it took. The last rule in every table claims anything, so no line is
ever left over.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple, TypeVar, cast

import attrs

from newsparse.dates import DateOrder, infer_order, year_from_url
from newsparse.inline import Inline, render
from newsparse.language import likely_date_order
from newsparse.model import Dateline, DateValue, Diagnostic, Element, Severity, Span
from newsparse.source import BLANK, Source
from newsparse.vocabulary import MONTHS

_T = TypeVar("_T")

__all__ = [
    "Claim",
    "Context",
    "Entry",
    "Found",
    "Rule",
    "Screen",
    "Shape",
    "closing_hashes",
    "heading_level",
    "line_shape",
    "run",
]


class Shape(enum.Enum):
    """The Markdown shape of a line, read from its first characters."""

    BLANK = "blank"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    FENCE = "fence"
    RULE = "rule"
    TABLE = "table"
    TEXT = "text"


class Found(enum.IntEnum):
    """Kinds of element the context counts, so rules can ask what came before.

    An IntEnum because the engine counts them in a dict on every claim, and IntEnum hashes as
    fast as an int (a plain Enum's hash is Python code).
    """

    TITLE = 0
    STANDFIRST = 1
    BYLINE = 2
    DATELINE = 3
    LEAD = 4
    CAPTION = 5
    RELATED = 6
    FOOTNOTE = 7
    BODY = 8
    BOILERPLATE = 9
    SOURCE = 10


# "# Title", "###### Title" (ATX headings; up to three spaces of indent)
_ATX: Final = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]|$)")
# "* item", "- item", "+ item", "1. item", "1) item"
_LIST_ITEM: Final = re.compile(r"[ \t]{0,12}(?:[*+-]|[0-9]{1,9}[.)])(?:[ \t]|$)")


def _thematic(line: str) -> bool:
    r"""Whether ``line`` is a thematic break: "***", "---", "___" and spaced variants.

    Counted, not matched: a regex repeating a group ("(?: ?\1){2,}") keeps a backtracking
    entry per repetition, 150 bytes a character on a line of a million "*".
    """
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body:
        return False
    mark = body[0]
    return mark in "*-_" and body.count(mark) >= 3 and not body.replace(mark, "").strip(" \t")


# "```" or "~~~" fences
_FENCE: Final = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
# "===" and "---" setext underlines
_SETEXT: Final = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*$")

# The footer a dump ends with: "Original url:" then the URL (next line, or the same line).
_FOOTER_LABEL: Final = re.compile(
    r"\s{0,8}original[ _-]?url\s{0,3}:\s{0,3}(?P<rest>.{0,2100})$", re.I
)


# Punctuation stripped from a first word before it is looked up ("**By:" gives "by").
_WORD_PUNCTUATION: Final = "*_[]()#>:;,.!?»«|-–—\"'“”‘’„/\\"


def _day_and_month(stripped: str) -> bool:
    """Whether "31. Oktober 2023. ..." starts the line: a German-style date, not a list item."""
    if not stripped[:1].isdigit():
        return False
    words = stripped[:40].split(None, 2)
    return len(words) > 1 and words[1].rstrip(".,").casefold() in MONTHS


def line_shape(line: str) -> Shape:
    """The Markdown shape of one line (cheap: it looks at the first characters only)."""
    stripped = line.lstrip(" \t")
    if not stripped.strip(BLANK):
        return Shape.BLANK
    first = stripped[0]
    if first == "#" and _ATX.match(line):
        return Shape.HEADING
    if first in "*-_" and _thematic(line):
        return Shape.RULE
    if first in "*-+0123456789" and _LIST_ITEM.match(line):
        return Shape.TEXT if _day_and_month(stripped) else Shape.LIST_ITEM
    if first == ">":
        return Shape.QUOTE
    if first in "`~" and _FENCE.match(line):
        return Shape.FENCE
    if first == "|" and stripped.count("|") >= 2:
        return Shape.TABLE
    return Shape.TEXT


class Claim(NamedTuple):
    """What a rule took: the elements it made, and the line where the cursor goes next.

    ``found`` gives the kind of each element, in the same order; ``marks`` are extra facts to count
    (``LEAD``: a paragraph's opening dateline was split off), so later rules can ask what came
    before. (A named tuple, not an attrs record: one is made for every line of every dump.)
    """

    elements: tuple[Element, ...]
    found: tuple[Found, ...]
    next_line: int
    diagnostics: tuple[Diagnostic, ...] = ()
    marks: tuple[Found, ...] = ()


_SENTENCE_END: Final = frozenset('.!?"”»')

# A line this long (or longer) in the header means the article text has begun.
PROSE_CHARS: Final = 200


class Context:
    """The read-only view rules get: lines, shapes, the plan, and what was found so far.

    Only :func:`run` changes the counters; rules must not.
    """

    def __init__(self, source: Source, *, order: DateOrder | None = None) -> None:
        self.source = source
        self.lines = source.lines
        self.blank = source.blank
        self.count = len(source.lines)
        self._shapes: list[Shape | None] = [None] * self.count
        self._inline: dict[int, Inline] = {}
        self._first_words: dict[int, str] = {}
        self._memos: dict[object, dict[int, object]] = {}
        self._block_ends: list[int] | None = None
        self._order = order
        self._order_known = order is not None
        self._likely: DateOrder | None = None
        self._likely_known = False
        self.counts: dict[Found, int] = dict.fromkeys(Found, 0)
        self.last: Found | None = None
        self.last_content: Found | None = None
        self.header_date: DateValue | None = None
        self.diagnostics: list[Diagnostic] = []
        self.footer_line, self.footer_url = self._find_footer()
        limit = self.footer_line if self.footer_line is not None else self.count
        first_long = self._first_long(0, limit)
        self.title_line = self._find_title(limit, first_long)
        self.header_end = self._find_header_end(limit, first_long)
        self.tail_start = self._find_tail_start(limit)

    # -- per-line facts ----------------------------------------------------------------------

    def shape(self, index: int) -> Shape:
        """The Markdown shape of line ``index`` (cached)."""
        shape = self._shapes[index]
        if shape is None:
            shape = Shape.BLANK if self.blank[index] else line_shape(self.lines[index])
            self._shapes[index] = shape
        return shape

    def inline(self, index: int) -> Inline:
        """Line ``index`` rendered to plain text (cached)."""
        found = self._inline.get(index)
        if found is None:
            found = render(self.lines[index])
            self._inline[index] = found
        return found

    def memo(self, function: Callable[[Context, int], _T]) -> dict[int, _T]:
        """A per-document dict in which a rule may keep ``function``'s answers, line by line."""
        table = self._memos.get(function)
        if table is None:
            table = self._memos[function] = {}
        return cast("dict[int, _T]", table)

    def first_word(self, index: int) -> str:
        """The first word of line ``index``'s plain text, case-folded, without punctuation.

        Rules use it as a cheap trigger: most lines start with no word any rule looks for.
        """
        word = self._first_words.get(index)
        if word is None:
            word = ""
            # The first token with a letter or digit: markers such as "###" or "*" are skipped.
            for token in self.inline(index).text[:60].split(None, 4):
                stripped = token.strip(_WORD_PUNCTUATION)
                if stripped:
                    word = stripped.casefold()
                    break
            self._first_words[index] = word
        return word

    def next_nonblank(self, index: int, limit: int | None = None) -> int | None:
        """The first non-blank line at or after ``index`` (and before ``limit``), if any."""
        stop = self.count if limit is None else min(limit, self.count)
        while index < stop:
            if not self.blank[index]:
                return index
            index += 1
        return None

    def prev_nonblank(self, index: int) -> int | None:
        """The last non-blank line before ``index``, if any."""
        index -= 1
        while index >= 0:
            if not self.blank[index]:
                return index
            index -= 1
        return None

    def block_end(self, index: int) -> int:
        """One past the last line of the block (run of non-blank lines) holding ``index``."""
        ends = self._block_ends
        if index >= self.count:
            return index
        if ends is None:
            # One backward pass, on first use: walking forward from each line of a block was
            # quadratic in the block's length ("a\n" * 5000 took seconds).
            ends = [self.count] * (self.count + 1)
            for line in range(self.count - 1, -1, -1):
                ends[line] = line if self.blank[line] else ends[line + 1]
            self._block_ends = ends
        return ends[index]

    def span(self, start: int, end: int) -> Span:
        """A trimmed span of the input."""
        return self.source.span(start, end)

    def lines_span(self, first: int, last: int) -> Span:
        """The trimmed span of lines ``first`` to ``last``, inclusive."""
        return self.source.lines_span(first, last)

    def raw(self, span: Span) -> str:
        """The source text of a span."""
        return self.source.text[span.start : span.end]

    def diagnostic(self, code: str, message: str, span: Span, severity: Severity) -> Diagnostic:
        """Make a diagnostic (rules return them in their claim)."""
        return Diagnostic(code=code, message=message, severity=severity, span=span)

    # -- document facts ----------------------------------------------------------------------

    @property
    def order(self) -> DateOrder | None:
        """The numeric date order the whole document shows, if any (computed on first use)."""
        if not self._order_known:
            self._order = infer_order(self.source.text)
            self._order_known = True
        return self._order

    @property
    def likely_order(self) -> DateOrder | None:
        """The order to read an ambiguous date in when the document shows none.

        A guess from the URL's country and the text's language; dates read so stay ambiguous.
        """
        if not self._likely_known:
            self._likely = likely_date_order(self.source.text, self.footer_url)
            self._likely_known = True
        return self._likely

    @property
    def url_year(self) -> int | None:
        """The year in the source URL's path, if the footer gives one."""
        return year_from_url(self.footer_url) if self.footer_url else None

    def in_header(self, index: int) -> bool:
        """Whether line ``index`` comes before the first long paragraph of article text."""
        return index < self.header_end

    def found(self, kind: Found) -> int:
        """How many elements of ``kind`` were claimed so far."""
        return self.counts[kind]

    # -- the plan, made once -----------------------------------------------------------------

    def _closed_fences(self) -> list[tuple[int, int]]:
        """The (opening, closing) line pairs of the code fences that close, as the body reads them.

        One forward pass, made only when the text holds a fence marker at all.
        """
        text = self.source.text
        if "```" not in text and "~~~" not in text:
            return []
        pairs: list[tuple[int, int]] = []
        opening: int | None = None
        fence = ""
        for index, line in enumerate(self.lines):
            if opening is None:
                if line.lstrip(" \t")[:1] in ("`", "~") and self.shape(index) is Shape.FENCE:
                    opening, fence = index, line.strip(" ")[:3]
            elif line.lstrip(" ").startswith(fence):
                pairs.append((opening, index))
                opening = None
        return pairs

    def _find_footer(self) -> tuple[int | None, str | None]:
        # The footer is the last thing in a dump: look at the last few non-blank lines only. A
        # closed code fence is code, whatever it says, and is passed over: the footer is the last
        # thing outside code (a fence left open still ends at the footer, as the body reads it).
        fences = self._closed_fences()
        seen = 0
        index = self.count - 1
        while index >= 0 and seen < 4:
            if fences and fences[-1][0] <= index <= fences[-1][1]:
                index = fences.pop()[0] - 1
                continue
            if not self.blank[index]:
                seen += 1
                match = _FOOTER_LABEL.match(self.lines[index])
                if match is not None:
                    rest = match["rest"].strip(BLANK)
                    if not rest:
                        after = self.next_nonblank(index + 1)
                        rest = self.lines[after].strip(BLANK) if after is not None else ""
                    return index, _footer_url(rest)
            index -= 1
        return None, None

    def _first_long(self, start: int, limit: int) -> int:
        """The first line from ``start`` long enough to be article text (not a heading)."""
        for index in range(start, limit):
            line = self.lines[index]
            # Link targets are not prose: measure the text when the line has links.
            if (
                len(line) >= PROSE_CHARS
                and self.title_level(index) == 0
                and ("](" not in line or len(self.inline(index).text) >= PROSE_CHARS)
            ):
                return index
        return limit

    def _find_header_end(self, limit: int, first_long: int) -> int:
        # The header runs to the first long paragraph after the title, except that the line right
        # under the title may be a long standfirst.
        if self.title_line is None:
            return first_long
        start = self.title_line + 1
        under = self.next_nonblank(start, limit)
        if under is not None and self.shape(under) is Shape.TEXT:
            start = under + 1
        # A short article may have no long line: then the second sentence-like line after the
        # title ends the header (one alone may be a caption).
        sentences = 0
        for index in range(start, limit):
            line = self.lines[index]
            if len(line) >= PROSE_CHARS and self.title_level(index) == 0:
                if "](" not in line or len(self.inline(index).text) >= PROSE_CHARS:
                    return index
            elif (
                len(line) >= 80
                and line.rstrip()[-1:] in _SENTENCE_END
                and line.count(" ") >= 12
                and self.shape(index) is Shape.TEXT
            ):
                sentences += 1
                if sentences == 2:
                    return index
        return limit

    def _find_title(self, limit: int, first_long: int) -> int | None:
        # The first level-1 heading in the front of the dump; else the first heading of any level
        # before the text begins, skipping short section links ("## [Local News](#)").
        front = min(limit, max(first_long + 1, 12))
        first_any = None
        for index in range(front):
            level = self.title_level(index)
            if level == 1:
                return index
            if level and first_any is None and index < first_long and self._title_like(index):
                first_any = index
        return first_any

    def title_level(self, index: int) -> int:
        """The heading level of line ``index`` as a title candidate, 0 when it is no heading.

        ATX and setext headings count, and so does a heading inside a list item (``* # Title``),
        which converters write when a page puts its headline in a list.
        """
        shape = self.shape(index)
        if shape is Shape.HEADING:
            return _heading_level(self.lines[index])
        if shape is Shape.LIST_ITEM:
            item = _LIST_ITEM.match(self.lines[index])
            return _heading_level(self.lines[index][item.end() :]) if item else 0
        return self._setext_level(index)

    def _setext_level(self, index: int) -> int:
        """1 or 2 when line ``index`` is a paragraph line underlined with ``===`` or ``---``."""
        if index + 1 >= self.count or self.shape(index) is not Shape.TEXT:
            return 0
        underline = _SETEXT.match(self.lines[index + 1])
        if underline is None or (index > 0 and not self.blank[index - 1]):
            return 0
        return 1 if underline.group(1)[0] == "=" else 2

    def setext_level(self, index: int) -> int:
        """1 or 2 when line ``index`` starts a setext heading (text over ``===``/``---``)."""
        return self._setext_level(index)

    def _title_like(self, index: int) -> bool:
        text = self.inline(index).text.lstrip("# ").strip()
        return len(text.split()) >= 3

    def _find_tail_start(self, limit: int) -> int:
        # Closing notes follow the last paragraph of prose.
        index = limit - 1
        while index >= 0:
            line = self.lines[index]
            if len(line) >= 120 and self.shape(index) is Shape.TEXT:
                stripped = line.strip(BLANK)
                # Closing notes are no prose: italic lines, and Markdown footnotes ("[^1]: ...").
                if not (stripped[:1] in "*_" and stripped[-1:] in "*_") and not stripped.startswith(
                    "[^"
                ):
                    return index + 1
            index -= 1
        return 0


def _heading_level(line: str) -> int:
    match = _ATX.match(line)
    return len(match.group(1)) if match else 0


def heading_level(line: str) -> int:
    """The ATX heading level (1-6) of ``line``, or 0 when it is not an ATX heading."""
    return _heading_level(line)


def closing_hashes(content: str) -> int | None:
    """Where the closing run of an ATX heading's content begins ("Title ##"), or ``None``.

    Up to 64 "#" at the end (before trailing blanks), after a space or tab or alone. Found by
    stripping, not by a regex search, which would retry every start in a run of spaces.

    Example:
        >>> closing_hashes("Title ##"), closing_hashes("C#"), closing_hashes("Title")
        (6, None, None)
    """
    stripped = content.rstrip(" \t")
    before = stripped.rstrip("#")
    if 1 <= len(stripped) - len(before) <= 64 and before[-1:] in ("", " ", "\t"):
        return len(before)
    return None


def _footer_url(text: str) -> str:
    text = text.strip(BLANK)
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1].strip()
    inline = render(text)
    if len(inline.links) == 1 and inline.links[0].url:
        return inline.links[0].url
    return text


Rule = Callable[[Context, int], Claim | None]
"""A rule: given the context and the line under the cursor, a claim or ``None``."""

Screen = Callable[[Context, int], bool]
"""A rule's cheap test: ``False`` means the rule will certainly not claim the line.

Most lines are plain prose that only the fallback wants; screens let the engine skip the other
rules for them without running their regexes. A screen may say ``True`` wrongly, never
``False`` wrongly.
"""


@attrs.frozen
class Entry:
    """A row of the rule table: the rule and the screen that guards it (``None``: always run)."""

    rule: Rule
    screen: Screen | None = None


def run(context: Context, table: Sequence[Entry]) -> list[tuple[Found, Element]]:
    """Offer each non-blank line to the rules in order; collect what they claim, with its kind.

    The last rule must always claim. Diagnostics from claims go to ``context.diagnostics``.
    """
    elements: list[tuple[Found, Element]] = []
    index = 0
    count = context.count
    blank = context.blank
    counts = context.counts
    rows = [(entry.rule, entry.screen) for entry in table]
    while index < count:
        if blank[index]:
            index += 1
            continue
        for rule, screen in rows:
            if screen is not None and not screen(context, index):
                continue
            claim = rule(context, index)
            if claim is not None:
                break
        else:  # pragma: no cover - the fallback rule always claims
            raise AssertionError("the rule table has no fallback")
        elements.extend(zip(claim.found, claim.elements, strict=True))
        if context.header_date is None:
            for element in claim.elements:
                if isinstance(element, Dateline) and element.published is not None:
                    context.header_date = element.published
                    break
        for kind in claim.found:
            counts[kind] += 1
            context.last = kind
            if kind is not Found.BOILERPLATE:
                context.last_content = kind
        for kind in claim.marks:
            counts[kind] += 1
        context.diagnostics.extend(claim.diagnostics)
        index = max(claim.next_line, index + 1)
    return elements
