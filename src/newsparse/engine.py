"""The rule chain: an ordered table of small rules, each offered the line under the cursor.

A rule reads the document through a :class:`Context` (the lines, what was found so far, a plan made
by one look over the whole dump) and returns a :class:`Claim` or ``None``. The first claim wins; the
cursor moves past the lines it took. The last rule in every table claims anything, so no line is
ever left over.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final, NamedTuple, TypeVar, cast

import attrs

from newsparse import syntax
from newsparse.dates import DateOrder, find_dates, infer_order, likely_order, year_from_url
from newsparse.inline import (
    DEFINITION,
    IMAGE,
    Inline,
    References,
    reference_key,
    render,
    url_or_none,
)
from newsparse.model import (
    BoilerplateKind,
    Dateline,
    DateValue,
    Diagnostic,
    Element,
    Severity,
    Span,
)
from newsparse.sites import home_page, host_names, names_site
from newsparse.source import BLANK, Source
from newsparse.syntax import Shape, closing_hashes, heading_level, line_shape
from newsparse.vocabulary import BOILERPLATE_LINES, BYLINE_PREFIXES, NOT_TITLE_HEADINGS

_T = TypeVar("_T")

__all__ = [
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


# The footer a dump ends with: "Original url:" then the URL (next line, or the same line).
_FOOTER_LABEL: Final = re.compile(
    r"\s{0,8}original[ _-]?url\s{0,3}:\s{0,3}(?P<rest>.{0,2100})$", re.I
)


# Punctuation stripped from a first word before it is looked up ("**By:" gives "by").
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


_SENTENCE_END: Final = frozenset('.!?"”»')

PROSE_CHARS: Final = 200
"""A line this long (or longer) in the header means the article text has begun."""
SHORT_LINE: Final = 120
"""Past the header, a line shorter than this may be a date line or a label; one this long or
longer is prose (the last such line starts the closing notes)."""
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
        self._references: References | None = None
        self._references_known = False
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
            found = render(self.lines[index], self.references)
            self._inline[index] = found
        return found

    def render(self, markdown: str) -> Inline:
        """Inline Markdown of this document rendered, its reference links resolved."""
        return render(markdown, self.references)

    @property
    def references(self) -> References | None:
        """The document's link definitions (``[1]: https://...``), or ``None`` when it has none."""
        if not self._references_known:
            self._references_known = True
            if "]:" in self.source.text:
                urls: dict[str, str | None] = {}
                for line in self.lines:
                    definition = self.definition(line)
                    if definition is not None:
                        urls.setdefault(reference_key(definition[0]), definition[1])
                self._references = References(urls) if urls else None
        return self._references

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
        # before the text begins, skipping short section links ("## [Local News](#)"); else the
        # dump's only level-1 heading, after a long run of navigation. A heading that names the
        # site or its furniture ("# Example Blog", "# Navigation und Service", "# Aktuelles") is
        # passed over when a headline follows, and taken only when none does.
        front = min(limit, max(first_long + 1, 12))
        first_any = None
        short_linked = None
        passed_over = None
        for index in range(front):
            level = self.title_level(index)
            if not level or not self.inline(index).text.strip("# \t"):
                continue  # "#" alone heads nothing
            if self._not_headline(index):
                passed_over = index if passed_over is None else passed_over
                continue
            if level == 1:
                if not self._title_like(index) and self._headline_after(index, front):
                    # "# [Bangkok](/section/bangkok)" over "# The headline": a section's name.
                    passed_over = index if passed_over is None else passed_over
                    continue
                return self._plain_repeat(index, limit)
            if first_any is None and index < first_long and self._title_like(index):
                first_any = index
            if short_linked is None and index < first_long and self._over_prose(index):
                short_linked = index
        if first_any is not None:
            return first_any
        later = [i for i in range(front, limit) if self.title_level(i) == 1]
        if len(later) == 1 and not self._not_headline(later[0]) and self._title_like(later[0]):
            return later[0]
        if short_linked is not None:
            return short_linked
        if passed_over is None and not any(self.title_level(i) for i in range(front)):
            return self._plain_title(limit)
        return passed_over

    def _plain_title(self, limit: int) -> int | None:
        """The dump's first line when it reads as a headline written without heading marks.

        Only in a dump with no heading in its front: a short line of plain text, two words or
        more, that is no sentence (no closing period), no link and no furniture.
        """
        first = self.next_nonblank(0, limit)
        if first is None or self.shape(first) is not Shape.TEXT:
            return None
        inline = self.inline(first)
        text = inline.text.strip(" \t*_")
        words = text.split()
        if not 2 <= len(words) <= _PLAIN_TITLE_WORDS or len(text) > _PLAIN_TITLE_CHARS:
            return None
        if inline.links or inline.images or text[-1:] in ".,;:" or text[:1].islower():
            return None
        folded = " ".join(text.casefold().split())
        if folded in BOILERPLATE_LINES or folded in NOT_TITLE_HEADINGS:
            return None
        # A byline or a date line opens some dumps; a headline has text after it.
        if folded.split()[0] in _BYLINE_FIRST_WORDS or folded.startswith("by"):
            return None
        if self.next_nonblank(first + 1, limit) is None:
            return None
        if any(c.isdigit() for c in text) and any(f.has_date for f in find_dates(text)):
            return None
        return first

    def _headline_after(self, index: int, front: int) -> bool:
        """Whether a level-1 heading shaped like a headline follows ``index`` before ``front``."""
        for later in range(index + 1, front):
            if self.title_level(later) == 1 and self._title_like(later):
                return not self._not_headline(later)
        return False

    def _plain_repeat(self, index: int, limit: int) -> int:
        """The heading just under a page title that repeats its headline without the extras.

        ``# Kochtipp: Tomaten schneiden - Rezept mit Bild | Example`` over ``# Tomaten
        schneiden``: converters write the page's title, then the article's own heading.
        """
        following = self.next_nonblank(index + 1 + bool(self._setext_level(index)), limit)
        if following is None or following - index > 4 or not self.title_level(following):
            return index
        lower = self.title_level(following) != 1
        title = " ".join(self.inline(index).text.lstrip("# ").split())
        repeat = " ".join(self.inline(following).text.lstrip("# ").split())
        if len(repeat.split()) < 2 or len(repeat) >= len(title) or repeat[-1] in ":,":
            return index
        position = title.find(repeat)
        if position == -1:
            return index
        # What the page title adds is a section, a site or one word ("Rezept"), set apart.
        extra = (title[:position] + " " + title[position + len(repeat) :]).strip()
        apart = any(mark in f" {extra} " for mark in ("|", " - ", "–", "—", ":", "»", "›"))
        # A lower heading repeats the headline only when the page title sets its extras apart
        # after it ("# Headline | Forum" over "## Headline").
        if lower:
            return following if apart and position == 0 else index
        return following if apart or len(extra.split()) == 1 else index

    def _not_headline(self, index: int) -> bool:
        """Whether a heading names the site or a part of the page rather than an article."""
        inline = self.inline(index)
        text = inline.text.lstrip("# ").strip().replace("\u00ad", "")
        folded = " ".join(text.casefold().strip(" :|»›-–").split())
        if len(inline.links) == 1 and home_page(inline.links[0].url):
            return True  # "[Example Blog](https://blog.example/)": the site's name, linked home
        # Furniture words, but not the names of legal pages ("Impressum" may be the page's title).
        kind = BOILERPLATE_LINES.get(folded)
        if folded in NOT_TITLE_HEADINGS or kind not in (None, BoilerplateKind.NAVIGATION):
            return True
        if "cookie" in folded and len(folded) < SHORT_LINE:
            return True
        # "www.example.com | Detail": the site's name and a furniture word, no headline.
        parts = [part for part in _HEADING_PARTS.split(text[:300]) if part.strip(" •·|")]
        if len(parts) > 1:
            rest = [part for part in parts if not names_site(part, self.site_names)]
            if len(rest) < len(parts) and all(
                " ".join(part.casefold().split()) in NOT_TITLE_HEADINGS for part in rest
            ):
                return True
        # "Hope! - Example Blog" is a headline with the site's name after it, not the name.
        separated = any(mark in text for mark in (" - ", " | ", " – ", " — ", " · ", ": "))
        return len(text.split()) <= 5 and not separated and names_site(text, self.site_names)

    @property
    def site_names(self) -> frozenset[str]:
        """The names the source URL's host gives the site (see :func:`sites.host_names`)."""
        return host_names(self.footer_url)

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
        """1 or 2 when line ``index`` is a paragraph line underlined with ``===`` or ``---``."""
        if index + 1 >= self.count or self.shape(index) is not Shape.TEXT:
            return 0
        underline = syntax.SETEXT.match(self.lines[index + 1])
        if underline is None:
            return 0
        # "===" makes the line above a heading even under another line (CommonMark takes both;
        # the last is the headline, the one above a kicker); "---" under a line that follows
        # another is more often a rule after a paragraph.
        if underline.group(1)[0] == "=":
            return 1
        return 0 if index > 0 and not self.blank[index - 1] else 2

    def setext_level(self, index: int) -> int:
        """1 or 2 when line ``index`` starts a setext heading (text over ``===``/``---``)."""
        return self._setext_level(index)

    def _title_like(self, index: int) -> bool:
        # Three words, or two words without a link: "## [Local News](#)" is a section link.
        inline = self.inline(index)
        words = inline.text.lstrip("# ").split()
        if len(words) >= 3:
            return True
        return len(words) == 2 and not inline.links and all(w.isalpha() for w in words)

    def _over_prose(self, index: int) -> bool:
        """Whether a heading of two words sits right over the text's first long paragraph.

        Such a heading (``## [Tach auch!](#)`` on a blog) is taken when no other heading is; a
        section link stands among other links, not over the text.
        """
        words = self.inline(index).text.lstrip("# ").split()
        following = self.next_nonblank(index + 1 + bool(self._setext_level(index)))
        return (
            len(words) == 2
            and following is not None
            and following - index <= 3
            and len(self.lines[following]) >= PROSE_CHARS
            and self.title_level(following) == 0
        )

    def _find_tail_start(self, limit: int) -> int:
        # Closing notes follow the last paragraph of prose.
        index = limit - 1
        while index >= 0:
            line = self.lines[index]
            if len(line) >= SHORT_LINE and "![" in line:
                line = IMAGE.sub("", line)  # a date and a teaser's picture: long, but no prose
            if len(line) >= SHORT_LINE and self.shape(index) is Shape.TEXT:
                stripped = line.strip(BLANK)
                # Closing notes are no prose: italic lines, and Markdown footnotes ("[^1]: ...").
                if not (stripped[:1] in "*_" and stripped[-1:] in "*_") and not stripped.startswith(
                    "[^"
                ):
                    return index + 1
            index -= 1
        return 0


# The first words of byline prefixes: a first line opening with one is no headline.
_BYLINE_FIRST_WORDS: Final = frozenset(key.split()[0] for key in BYLINE_PREFIXES)
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


def run(context: Context, table: Sequence[Entry]) -> list[tuple[Found, Element]]:
    """Offer each non-blank line to the rules in order; collect what they claim, with its kind.

    The last rule must always claim. Diagnostics from claims go to ``context.diagnostics``.
    """
    elements: list[tuple[Found, Element]] = []
    index = 0
    count = context.count
    blank = context.blank
    counts = context.counts
    screens = _SCREENS.get()
    rows = [(entry.rule, entry.screen if screens else None) for entry in table]
    fallback = table[-1].rule
    title = context.title_line
    while index < count:
        if blank[index]:
            index += 1
            continue
        for rule, screen in rows:
            if screen is not None and not screen(context, index):
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
        if context.header_date is None:
            for element in claim.elements:
                if isinstance(element, Dateline) and element.published is not None:
                    context.header_date = element.published
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
