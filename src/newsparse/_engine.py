"""The rule chain: an ordered table of small rules, each offered the line under the cursor.

A rule reads the document through a :class:`Context` (the lines, what was found so far, the plan
that :mod:`newsparse._plan` makes by one look over the whole dump) and returns a :class:`Claim` or
``None``. The first claim wins; the cursor moves past the lines it took. The last rule in every
table claims anything, so no line is ever left over.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final, NamedTuple, TypeVar, cast

import attrs

from newsparse import _syntax as syntax
from newsparse._dates import DateOrder, infer_order, likely_order, year_from_url
from newsparse._inline import DEFINITION, Inline, References, reference_key, render, url_or_none
from newsparse._model import DateValue, Diagnostic, Element, Severity, Span
from newsparse._plan import LABEL_LINE, PROSE_CHARS, SHORT_LINE, make_plan
from newsparse._source import Source
from newsparse._syntax import Shape, closing_hashes, heading_level, line_shape
from newsparse.vocabulary import Vocabulary, current

_T = TypeVar("_T")

__all__ = [
    "LABEL_LINE",
    "PROSE_CHARS",
    "PROSE_WORDS",
    "SHORT_LINE",
    "Claim",
    "Context",
    "Entry",
    "Found",
    "Rule",
    "Screen",
    "Shape",
    "closing_hashes",
    "heading_level",
    "is_prose",
    "line_shape",
    "run",
    "without_screens",
]


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
    PICTURE = 11
    DEFINITION = 12


# Punctuation stripped from a first word before it is looked up ("**By:" gives "by").
# How many lines above a tab-indented line the list item it continues may stand.
_ITEM_REACH: Final = 8
_WORD_PUNCTUATION: Final = "*_[]()#>:;,.!?»«|-–—\"'“”‘’„/\\"


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


# A paragraph of this many words is prose: only a body block may span one that is not its own
# text, so a rule that would claim past one ends before it.
PROSE_WORDS: Final = 25


def is_prose(text: str) -> bool:
    """Whether plain ``text`` is long enough to be a paragraph of prose (:data:`PROSE_WORDS`)."""
    return text.count(" ") >= PROSE_WORDS - 1 and len(text.split()) >= PROSE_WORDS


class Context:
    """The read-only view rules get: lines, shapes, the plan, and what was found so far.

    Only :func:`run` changes the counters; rules must not.
    """

    # Slots: an instance with 30 attributes or more no longer shares its class's dict keys in
    # CPython 3.11, and every attribute read then costs a third more (measured with callgrind);
    # rules read the context's attributes thousands of times per dump.
    __slots__ = (
        "_block_ends",
        "_first_words",
        "_inline_cache",
        "_likely",
        "_likely_known",
        "_memos",
        "_order",
        "_order_known",
        "_setext",
        "blank",
        "count",
        "counts",
        "diagnostics",
        "footer_line",
        "footer_url",
        "found",
        "header_date",
        "header_end",
        "last",
        "last_content",
        "lines",
        "references",
        "shape",
        "source",
        "tail_start",
        "text_end",
        "title_line",
        "vocabulary",
        "wrap",
        "wrapped_ends",
    )

    def __init__(
        self,
        source: Source,
        *,
        order: DateOrder | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.source = source
        # The words rules recognise: the vocabulary passed to parse (which makes it current for
        # the helpers rules call), else the default.
        self.vocabulary = current() if vocabulary is None else vocabulary
        self.lines = source.lines
        self.blank = source.blank
        self.count = len(source.lines)
        # Every line's shape, made at once: the rules ask it of every non-blank line (about six
        # times each), and ``shape(index)`` is then the list's own lookup, bound once (no Python
        # frame), as ``found`` is below.
        shapes = [
            Shape.BLANK if blank else line_shape(line)
            for line, blank in zip(source.lines, source.blank, strict=True)
        ]
        self.shape: Callable[[int], Shape] = shapes.__getitem__
        # Per-line caches are lists, not dicts: indexing a list is the cheapest lookup there is,
        # and every non-blank line is asked for its inline text and first word. (Not `_inline`:
        # mypyc would name the C field `__inline`, a GCC keyword.)
        self._inline_cache: list[Inline | None] = [None] * self.count
        self._first_words: list[str | None] = [None] * self.count
        self._setext: list[int] | None = None
        self._memos: dict[object, dict[int, object]] = {}
        self._block_ends: list[int] | None = None
        self._order = order
        self._order_known = order is not None
        self._likely: DateOrder | None = None
        self._likely_known = False
        # The document's link definitions (``[1]: https://...``), or ``None`` when it has none:
        # read before the plan, which renders lines. An attribute, not a property: rules and
        # the rendering ask for it hundreds of times per dump.
        self.references: References | None = self._read_references()
        self.counts: dict[Found, int] = dict.fromkeys(Found, 0)
        # ``found(kind)``: how many elements of ``kind`` were claimed so far. The dict's own
        # lookup, bound once (no Python frame): rules ask it about 500 times per dump.
        self.found: Callable[[Found], int] = self.counts.__getitem__
        self.last: Found | None = None
        self.last_content: Found | None = None
        self.header_date: DateValue | None = None
        self.diagnostics: list[Diagnostic] = []
        # The column the dump was wrapped at (``_plan.wrap_width``), -1 until measured, and one
        # past the last line each line runs on into (``common.wrapped_end``), made on first use:
        # attributes, not ``memo`` tables, as the rules ask them of nearly every line.
        self.wrap = -1
        self.wrapped_ends: list[int] | None = None
        plan = make_plan(self)
        self.footer_line = plan.footer_line
        self.footer_url = plan.footer_url
        self.title_line = plan.title_line
        self.header_end = plan.header_end
        self.tail_start = plan.tail_start
        self.text_end = plan.text_end

    # -- per-line facts ----------------------------------------------------------------------

    def inline(self, index: int) -> Inline:
        """Line ``index`` rendered to plain text (cached)."""
        found = self._inline_cache[index]
        if found is None:
            found = self.render(self.lines[index])
            self._inline_cache[index] = found
        return found

    def render(self, markdown: str) -> Inline:
        """Inline Markdown of this document rendered, its reference links resolved."""
        references = self.references
        if references is None:
            # Called as the rules call it (``render(line)``): one key in render's cache for both,
            # where ``render(line, None)`` would be another key for the same answer.
            return render(markdown)
        return render(markdown, references)

    def _read_references(self) -> References | None:
        """The document's link definitions (``[1]: https://...``), or ``None`` when it has none."""
        if "]:" not in self.source.text:
            return None
        urls: dict[str, str | None] = {}
        for line in self.lines:
            definition = self.definition(line)
            if definition is not None:
                urls.setdefault(reference_key(definition[0]), definition[1])
        return References(urls) if urls else None

    @staticmethod
    def definition(line: str) -> tuple[str, str | None] | None:
        """The label and URL of a link definition line (``[1]: https://...``), if it is one."""
        if "]:" not in line:
            return None
        found = DEFINITION.match(line)
        if found is None:
            return None
        url = found["angled"] if found["angled"] is not None else found["url"]
        return found["label"], url_or_none(url)

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
        word = self._first_words[index]
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
            self._likely = likely_order(self.source.text, self.footer_url)
            self._likely_known = True
        return self._likely

    @property
    def url_year(self) -> int | None:
        """The year in the source URL's path, if the footer gives one."""
        return year_from_url(self.footer_url) if self.footer_url else None

    def in_header(self, index: int) -> bool:
        """Whether line ``index`` comes before the first long paragraph of article text."""
        return index < self.header_end

    def title_level(self, index: int) -> int:
        """The heading level of line ``index`` as a title candidate, 0 when it is no heading.

        ATX and setext headings count, and so does a heading inside a list item (``* # Title``),
        which converters write when a page puts its headline in a list.
        """
        shape = self.shape(index)
        if shape is Shape.HEADING:
            return heading_level(self.lines[index])
        if shape is Shape.LIST_ITEM:
            item = syntax.LIST_ITEM.match(self.lines[index])
            return heading_level(self.lines[index][item.end() :]) if item else 0
        return self._setext_level(index)

    def _setext_level(self, index: int) -> int:
        """1 or 2 when line ``index`` is a paragraph line underlined with ``===`` or ``---``.

        Cached: the plan, the title rule and the block extent all ask it of the same lines.
        """
        if not 0 <= index < self.count:
            return 0
        levels = self._setext
        if levels is None:
            levels = self._setext = [-1] * self.count
        level = levels[index]
        if level < 0:
            level = levels[index] = self._read_setext_level(index)
        return level

    def _read_setext_level(self, index: int) -> int:
        """:meth:`_setext_level` computed: a pure function of the lines."""
        if index + 1 >= self.count or self.shape(index) is not Shape.TEXT:
            return 0
        below, line = self.lines[index + 1], self.lines[index]
        tabs = len(line) - len(line.lstrip("\t"))
        # Text and underline indented by the same tabs: a list item's content, tab-indented.
        if tabs and below[:tabs] == line[:tabs] and self._continues_item(index):
            below = below[tabs:]
        underline = syntax.SETEXT.match(below)
        if underline is None:
            return 0
        # "===" makes the line above a heading even under another line (CommonMark takes both;
        # the last is the headline, the one above a kicker); "---" under a line that follows
        # another is more often a rule after a paragraph.
        if underline.group(1)[0] == "=":
            return 1
        return 0 if index > 0 and not self.blank[index - 1] else 2

    def _continues_item(self, index: int) -> bool:
        """Whether tab-indented line ``index`` continues a list item a few lines above it.

        Outside a list a tab-indented line is code, not a heading's text.
        """
        for above in range(index - 1, max(-1, index - 1 - _ITEM_REACH), -1):
            if self.blank[above]:
                continue
            if self.shape(above) is Shape.LIST_ITEM:
                return True
            if not self.lines[above].startswith("\t"):
                return False
        return False

    def setext_level(self, index: int) -> int:
        """1 or 2 when line ``index`` starts a setext heading (text over ``===``/``---``)."""
        return self._setext_level(index)


Rule = Callable[[Context, int], Claim | None]
"""A rule: given the context and the line under the cursor, a claim or ``None``."""

Screen = Callable[[Context, int], bool]
"""A rule's cheap test: ``False`` means the rule will certainly not claim the line.

Most lines are plain prose that only the fallback wants; screens let the engine skip the other
rules for them without running their regexes. A screen may say ``True`` wrongly, never
``False`` wrongly.
"""


# Whether run() consults the screens. Only tests turn them off (see without_screens): a context
# variable, so a test in one thread does not change another thread's parse.
_SCREENS: Final = contextvars.ContextVar("newsparse_screens", default=True)


@contextlib.contextmanager
def without_screens() -> Iterator[None]:
    """Run every rule on every line within this block, as if each screen said "maybe".

    Internal, for the test that proves the screens sound: a screen may only save work, so the
    result must be the same with and without them.
    """
    token = _SCREENS.set(False)
    try:
        yield
    finally:
        _SCREENS.reset(token)


@attrs.frozen
class Entry:
    """A row of the rule table: the rule and the screen that guards it (``None``: always run)."""

    rule: Rule
    screen: Screen | None = None


# Kinds that are not the page's content: rules asking what content came last pass over them.
_NOT_CONTENT: Final = frozenset({Found.BOILERPLATE, Found.DEFINITION})


def run(
    context: Context,
    table: Sequence[Entry],
    page_dates: Mapping[Found, Callable[[Element], DateValue | None]] | None = None,
) -> list[tuple[Found, Element]]:
    """Offer each non-blank line to the rules in order; collect what they claim, with its kind.

    The last rule must always claim. Diagnostics from claims go to ``context.diagnostics``.
    ``page_dates`` says, for each kind that can date the page, how to read its date: the first
    element that gives one sets ``context.header_date`` (``kinds.PAGE_DATES``).
    """
    elements: list[tuple[Found, Element]] = []
    index = 0
    count = context.count
    blank = context.blank
    counts = context.counts
    screens = _SCREENS.get()
    rows = [(entry.rule, entry.screen if screens else None) for entry in table]
    # A row whose screen is the one of the row before it (the two date rows share theirs) reuses
    # that answer: nothing changes the context between two rows tried on the same line (rules
    # must not, and run() only does after a claim), so the screen would answer the same again.
    shared = [
        row > 0 and rows[row][1] is not None and rows[row][1] is rows[row - 1][1]
        for row in range(len(rows))
    ]
    table_rows = [(rule, screen, same) for (rule, screen), same in zip(rows, shared, strict=True)]
    fallback = table[-1].rule
    title = context.title_line
    while index < count:
        if blank[index]:
            index += 1
            continue
        answer = True
        for rule, screen, same in table_rows:
            if screen is not None:
                if not same:
                    answer = screen(context, index)
                if not answer:
                    continue
            claim = rule(context, index)
            if claim is not None and not (
                # A claim over several lines must not swallow the planned title line (a teaser
                # link or an image's caption run into the headline under it); the fallback may.
                rule is not fallback
                and title is not None
                and index < title < claim.next_line
                and not counts[Found.TITLE]
                and Found.TITLE not in claim.found
            ):
                break
        else:  # pragma: no cover - the fallback rule always claims
            raise AssertionError("the rule table has no fallback")
        elements.extend(zip(claim.found, claim.elements, strict=True))
        if context.header_date is None and page_dates:
            for kind, element in zip(claim.found, claim.elements, strict=True):
                date_of = page_dates.get(kind)
                if date_of is not None:
                    date = date_of(element)
                    if date is not None:
                        context.header_date = date
                        break
        for kind in claim.found:
            counts[kind] += 1
            context.last = kind
            if kind not in _NOT_CONTENT:
                context.last_content = kind
        for kind in claim.marks:
            counts[kind] += 1
        context.diagnostics.extend(claim.diagnostics)
        index = max(claim.next_line, index + 1)
    return elements
