"""Inline Markdown (links, images, emphasis, code, escapes, entities) to plain text and links.

One left-to-right scan of one element's text: links and code spans are matched with bounded,
line-local regexes; emphasis delimiters are paired with a stack per delimiter character (a
simplification of CommonMark's rule that stays linear). Unpaired delimiters stay as literal text,
so nothing the writer typed disappears unless it was markup.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Callable
from typing import Final

import attrs

from newsparse.model import Link
from newsparse.source import BLANK, WHITESPACE

__all__ = ["AUTOLINK", "LINK", "Image", "Inline", "render", "url_or_none"]

# Where the scanner must stop and look: escapes, code, emphasis, links, images, autolinks, entities.
_SPECIAL: Final = re.compile(r"[\\`*_\[!<&]")

_ASCII_PUNCTUATION: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

# [label](url) or [label](url "title"); the URL may hold one level of parentheses, as Wikipedia's
# do: [Foo](https://en.wikipedia.org/wiki/Foo_(bar)). Every part is bounded and newline-free.
LINK: Final = re.compile(
    r"\[(?P<label>(?:[^\[\]\n\\]|\\[^\n]){0,1000})\]"
    r"\([ \t]{0,3}(?:<(?P<angled>[^<>\n]{0,2000})>"
    r"|(?P<url>[^()\s]{0,2000}(?:\([^()\s]{0,200}\)[^()\s]{0,1000})?))"
    r"(?:[ \t]{1,5}(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'))?[ \t]{0,3}\)"
)

# A link whose web address holds spaces, as converters resolving hrefs write them:
# [Felipe Morales Sierra](https://www.elespectador.com/autores/Felipe Morales/)
LOOSE_LINK: Final = re.compile(
    r"\[(?P<label>[^\[\]\n]{0,1000})\]\((?P<url>https?://[^()\[\]\n\"]{1,2000})\)"
)

# A footnote reference "[^1]" (not the "[^1]:" that starts the note itself).
_FOOTNOTE_REFERENCE: Final = re.compile(r"\[\^[^\]\s]{1,40}\](?![:(])")


# <https://example.com/a> and <someone@example.com>
AUTOLINK: Final = re.compile(
    r"<(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]{1,2000}"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})>"
)

# &amp; &#8217; &#x2019;
_ENTITY: Final = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

_BACKTICKS: Final = re.compile(r"`{1,64}")

_ODD_WHITESPACE: Final = re.compile(f"[{WHITESPACE.replace(' ', '')}]")


def _needs_squash(text: str) -> bool:
    """Whether ``text`` has whitespace other than single spaces.

    Substring searches, not a regex: a regex over the whole whitespace class costs ten times
    more on a long line.
    """
    if "  " in text:
        return True
    if text.isprintable():
        return False  # every whitespace but the plain space is unprintable: one C-level pass
    return _ODD_WHITESPACE.search(text) is not None


def _has_markup(text: str) -> bool:
    """Whether ``text`` holds any character inline Markdown gives a meaning to."""
    return (
        "[" in text
        or "*" in text
        or "_" in text
        or "\\" in text
        or "`" in text
        or "<" in text
        or "&" in text
        or "!" in text
    )


_WHITESPACE_RUN: Final = re.compile(f"[{WHITESPACE}]+")


def url_or_none(url: str) -> str | None:
    """A link target as data: ``None`` for a ``#`` placeholder or an empty target, else as is."""
    url = url.strip()
    if not url or url == "#":
        return None
    return url


@attrs.frozen(kw_only=True)
class Image:
    """An inline image: its alt text and source URL (``None`` for a ``#`` placeholder)."""

    alt: str
    url: str | None


@attrs.frozen(kw_only=True)
class Inline:
    """Plain text of some inline Markdown, with the links and images it held."""

    text: str
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


class _Delim:
    """A run of ``*`` or ``_``; ``left`` counts how many of its characters are still literal."""

    __slots__ = ("can_close", "can_open", "char", "left")

    def __init__(self, char: str, count: int, can_open: bool, can_close: bool) -> None:
        self.char = char
        self.left = count
        self.can_open = can_open
        self.can_close = can_close


class _LinkStart:
    __slots__ = ("url",)

    def __init__(self, url: str | None) -> None:
        self.url = url


_LINK_END: Final = object()

_Token = str | _Delim | _LinkStart | object


def _is_space(char: str) -> bool:
    return char in BLANK


def _is_punct(char: str) -> bool:
    if char in _ASCII_PUNCTUATION:
        return True
    # Unicode punctuation and symbols (quotes, dashes, guillemets) flank like ASCII punctuation.
    return not char.isalnum() and not char.isspace() and char.isprintable()


def _delimiter(text: str, start: int, end: int) -> _Delim:
    char = text[start]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left_flanking = not _is_space(after) and (
        not _is_punct(after) or _is_space(before) or _is_punct(before)
    )
    right_flanking = not _is_space(before) and (
        not _is_punct(before) or _is_space(after) or _is_punct(after)
    )
    if char == "*":
        return _Delim(char, end - start, left_flanking, right_flanking)
    # An underscore inside a word (snake_case) is never emphasis.
    can_open = left_flanking and (not right_flanking or _is_punct(before))
    can_close = right_flanking and (not left_flanking or _is_punct(after))
    return _Delim(char, end - start, can_open, can_close)


class _Scanner:
    """Tokenises one string; links inside link labels are not recognised (as in CommonMark)."""

    __slots__ = ("closers", "images", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[_Token] = []
        self.images: list[Image] = []
        self.closers: dict[int, int] | None = None

    def _code_closer(self, start: int, length: int) -> int:
        """Offset of the backtick run that closes the run at ``start``, or -1."""
        if self.closers is None:
            # One pass: for each run, the next run of the same length closes it.
            runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(self.text)]
            closers: dict[int, int] = {}
            following: dict[int, int] = {}
            for pos, size in reversed(runs):
                closers[pos] = following.get(size, -1)
                following[size] = pos
            self.closers = closers
        return self.closers.get(start, -1)

    def scan(self, start: int, end: int, in_link: bool) -> None:
        """Tokenise ``text[start:end]`` (a link label when ``in_link``)."""
        text, tokens = self.text, self.tokens
        i = start
        while i < end:
            match = _SPECIAL.search(text, i, end)
            if match is None:
                tokens.append(text[i:end])
                return
            j = match.start()
            if j > i:
                tokens.append(text[i:j])
            i = self._HANDLERS[text[j]](self, j, end, in_link)

    def _escape(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        if j + 1 < end and text[j + 1] in _ASCII_PUNCTUATION:
            self.tokens.append(text[j + 1])
            return j + 2
        self.tokens.append("\\")
        return j + 1

    def _code(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        k = j
        while k < end and text[k] == "`":
            k += 1
        closer = self._code_closer(j, k - j) if k - j <= 64 else -1
        if closer == -1 or closer + (k - j) > end:
            self.tokens.append(text[j:k])
            return k
        code = text[k:closer]
        if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip():
            code = code[1:-1]
        self.tokens.append(code)
        return closer + (k - j)

    def _emphasis(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        k = j
        while k < end and text[k] == text[j]:
            k += 1
        self.tokens.append(_delimiter(text, j, k))
        return k

    def _link(self, j: int, end: int, in_link: bool) -> int:
        reference = _FOOTNOTE_REFERENCE.match(self.text, j, end)
        if reference is not None:
            return reference.end()  # "[^1]" marks a footnote; the note itself is an element
        link = (
            None
            if in_link
            else LINK.match(self.text, j, end) or LOOSE_LINK.match(self.text, j, end)
        )
        if link is None:
            self.tokens.append("[")
            return j + 1
        target = link.groupdict().get("angled")
        if target is None:
            target = link.group("url")
        self.tokens.append(_LinkStart(url_or_none(target)))
        self.scan(link.start("label"), link.end("label"), in_link=True)
        self.tokens.append(_LINK_END)
        return link.end()

    def _image(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        image = LINK.match(text, j + 1, end) if text.startswith("[", j + 1) else None
        if image is None:
            self.tokens.append("!")
            return j + 1
        target = image.group("angled")
        if target is None:
            target = image.group("url")
        alt = render(image.group("label")).text
        self.images.append(Image(alt=alt, url=url_or_none(target)))
        return image.end()

    def _autolink(self, j: int, end: int, in_link: bool) -> int:
        auto = None if in_link else AUTOLINK.match(self.text, j, end)
        if auto is None:
            self.tokens.append("<")
            return j + 1
        url = auto.group("url")
        self.tokens.extend((_LinkStart(url), url, _LINK_END))
        return auto.end()

    def _entity(self, j: int, end: int, in_link: bool) -> int:
        entity = _ENTITY.match(self.text, j, end)
        if entity is None:
            self.tokens.append("&")
            return j + 1
        self.tokens.append(html.unescape(entity.group()))
        return entity.end()

    _HANDLERS: Final[dict[str, Callable[[_Scanner, int, int, bool], int]]] = {
        "\\": _escape,
        "`": _code,
        "*": _emphasis,
        "_": _emphasis,
        "[": _link,
        "!": _image,
        "<": _autolink,
        "&": _entity,
    }


def _pair_emphasis(tokens: list[_Token]) -> None:
    """Mark paired ``*``/``_`` runs as markup by lowering their literal counts."""
    stacks: dict[str, list[_Delim]] = {"*": [], "_": []}
    for token in tokens:
        if not isinstance(token, _Delim):
            continue
        stack = stacks[token.char]
        if token.can_close:
            while token.left and stack:
                opener = stack[-1]
                used = 2 if opener.left >= 2 and token.left >= 2 else 1
                opener.left -= used
                token.left -= used
                if not opener.left:
                    stack.pop()
        if token.can_open and token.left:
            stack.append(token)


def _with_texts(text: str, links: list[Link]) -> list[Link]:
    """Fill in each link's text from the plain text it spans (trailing spaces trimmed)."""
    out = []
    for link in links:
        end = link.end
        while end > link.start and text[end - 1] == " ":
            end -= 1
        out.append(Link(text=text[link.start : end], url=link.url, start=link.start, end=end))
    return out


def _squash(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Collapse whitespace runs to one space and trim, keeping link offsets right."""
    if not _needs_squash(text) and text[:1] != " " and text[-1:] != " ":
        return text, _with_texts(text, links)  # already clean: the common case
    if not links:
        return " ".join(text.split()), links
    runs = [(m.start(), m.end()) for m in _WHITESPACE_RUN.finditer(text)]
    # removed[k]: characters dropped by the first k runs (a run inside the text keeps one space,
    # a run at either end keeps none).
    starts = [run[0] for run in runs]
    removed = [0]
    for run_start, run_end in runs:
        keep = 0 if run_start == 0 or run_end == len(text) else 1
        removed.append(removed[-1] + (run_end - run_start) - keep)
    squashed = " ".join(text.split())

    def moved(offset: int) -> int:
        k = bisect.bisect_right(starts, offset)
        if k and offset < runs[k - 1][1]:
            # Inside a run: land just past the single space the run became.
            run_start = runs[k - 1][0]
            return min(run_start - removed[k - 1] + (0 if run_start == 0 else 1), len(squashed))
        return min(offset - removed[k], len(squashed))

    out = []
    for link in links:
        start = moved(link.start)
        end = max(moved(link.end), start)
        while end > start and squashed[end - 1] == " ":
            end -= 1
        out.append(attrs.evolve(link, text=squashed[start:end], start=start, end=end))
    return squashed, out


@functools.lru_cache(maxsize=1024)
def render(markdown: str) -> Inline:
    """Render inline Markdown to plain text, keeping links as stand-off offsets.

    Whitespace runs (including line breaks and no-break spaces) become one space; the result is
    trimmed.

    Example:
        >>> r = render("By [AFP](#) and **[Jane Doe](https://x.test/jd)**")
        >>> r.text
        'By AFP and Jane Doe'
        >>> [(link.text, link.url) for link in r.links]
        [('AFP', None), ('Jane Doe', 'https://x.test/jd')]
    """
    if not _has_markup(markdown):
        text = markdown.strip(BLANK)
        if _needs_squash(text):
            text = " ".join(text.split())
        return Inline(text=text)
    scanner = _Scanner(markdown)
    scanner.scan(0, len(markdown), in_link=False)
    tokens = scanner.tokens
    _pair_emphasis(tokens)
    parts: list[str] = []
    links: list[Link] = []
    length = 0
    open_links: list[tuple[int, str | None]] = []
    for token in tokens:
        if isinstance(token, str):
            parts.append(token)
            length += len(token)
        elif isinstance(token, _Delim):
            if token.left:
                parts.append(token.char * token.left)
                length += token.left
        elif isinstance(token, _LinkStart):
            open_links.append((length, token.url))
        elif open_links:
            begin, url = open_links.pop()
            links.append(Link(text="", url=url, start=begin, end=length))
    text = "".join(parts)
    text, links = _squash(text, links)
    return Inline(text=text, links=tuple(links), images=tuple(scanner.images))
