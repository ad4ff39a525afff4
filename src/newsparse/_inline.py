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
from typing import TYPE_CHECKING, Final

import attrs

from newsparse._model import Link
from newsparse._source import BLANK, WHITESPACE

if TYPE_CHECKING:
    from newsparse._engine import Context

__all__ = [
    "AUTOLINK",
    "DEFINITION",
    "IMAGE",
    "LINK",
    "Image",
    "Inline",
    "References",
    "html_tag_at",
    "inline_links",
    "input_position",
    "line_markdown",
    "reference_key",
    "render",
    "unknown_targets",
    "url_or_none",
    "written_inline",
]

# Where the scanner must stop and look: escapes, code, emphasis, links, images, autolinks, entities.
_SPECIAL: Final = re.compile(r"[\\`*_\[\]!<&~]")

_ASCII_PUNCTUATION: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

# A link destination: no blanks; parentheses balanced two levels deep (image CDNs write
# "filters:no_upscale():max_bytes(150000)/p.jpg", Wikipedia "Foo_(bar)"); backslash escapes, as
# html2text writes "\\(" and "\\)". The alternatives start with different characters and the
# repeats are possessive, so a destination that does not close is read once, never re-split.
_DEST_CHAR: Final = r"(?:[^()\s\\]|\\[^\s])"
# An inline picture's data: URI may run to hundreds of kilobytes. Base64 holds no bracket, so the
# run stops at the next one: a line of repeated "[a](data:..." is still read once.
_DATA_URI: Final = r"data:[^()\s\[\]]{0,1000000}+(?=[ \t]|\))"
# (Up to 4,000 characters: a share link's mailto: body runs past 2,000.)
_DEST: Final = (
    rf"(?:{_DEST_CHAR}|\((?:{_DEST_CHAR}|\({_DEST_CHAR}{{0,200}}+\)){{0,500}}+\)){{0,4000}}+"
)


def _target(angled: str, url: str) -> str:
    """The part after a label: (url), (<url>), (url "title"); groups named as given, or none.

    Blanks and line breaks may stand around the address (``(  https://x.test/a  )``), as in
    CommonMark and as converters write an attribute that held them.
    """
    angled_group = f"(?P<{angled}>" if angled else "(?:"
    url_group = f"(?P<{url}>" if url else "(?:"
    return (
        rf"\([ \t\n]{{0,200}}(?:<{angled_group}[^<>\n]{{0,2000}})>|{url_group}{_DATA_URI}|{_DEST}))"
        r"(?:[ \t\n]{1,5}(?:\"(?:[^\"\\]|\\.){0,3000}+\"|'(?:[^'\\]|\\.){0,3000}+'))?"
        r"[ \t\n]{0,200}\)"
    )


def _loose_target(url: str, blank: str) -> str:
    """A destination as converters leave it, with blanks: ``( /a b.jpg 1x, /c.jpg 2x "T")``.

    Blanks inside (``blank`` names which) and line breaks around it, parentheses balanced two
    levels deep, backslash escapes (html2text escapes the parentheses of ``javascript:`` calls)
    and a quoted title after a blank. No bracket, quote or angle bracket: the run stops at the
    next one, so each ``[`` costs at most the way to the next bracket, and every alternative
    starts with its own character (a destination that does not close is read once).
    """
    char = rf"(?:[^()\[\]\"<>\\\s]|[{blank}]|\\[^\n])"
    nested = rf"\((?:{char}|\({char}{{0,200}}+\)){{0,500}}+\)"
    title = r"(?:\s{0,200}+(?<=\s)\"(?:[^\"\\\n]|\\[^\n]){0,3000}+\")?"
    url_group = f"(?P<{url}>" if url else "(?:"
    return rf"\(\s{{0,200}}+{url_group}(?:{char}|{nested}){{1,2000}}+){title}\s{{0,200}}+\)"


# ![alt](src): the alt text holds escaped brackets and one level of plain ones ("[Video] Mai");
# it may wrap onto the next line. (Up to 4,000 characters: a gallery's alt is its whole caption.)
_ALT: Final = r"(?:[^\[\]\\]|\\[^\n]|\\\n|\[[^\[\]\\\n]{0,500}+\]){0,4000}+"
IMAGE: Final = re.compile(rf"!\[(?P<label>{_ALT})\]" + _target("angled", "url"))
# [label](url): the label may hold an image ([![alt](src)](href) or [![alt][2]](href), a linked
# picture) and one level of brackets ([a [b] c](url)), and it may run over the lines of its
# block, as converters write a link around a picture and a headline. "!" before "[" can only open
# an image, so each character of the label has one reading, and a label that does not close is
# read once.
_LINK_LABEL: Final = (
    r"(?:[^\[\]\\!]|!(?!\[)|\\[^\n]|\\\n|"
    + rf"!\[{_ALT}\](?:"
    + _target("", "")
    + "|"
    + _loose_target("", r"\s")
    + r"|\[[^\[\]\n]{0,999}\])"  # or a picture by reference: [![alt][2]](href)
    + r"|\[(?:[^\[\]\n\\]|\\[^\n]){0,500}+\]){0,1000}+"
)
LINK: Final = re.compile(rf"\[(?P<label>{_LINK_LABEL})\]" + _target("angled", "url"))


# A link whose address holds blanks (its text as in LINK), as converters resolving hrefs write:
# [Felipe Morano Sierra](https://www.elespectador.com/autores/Felipe Morano/), and
# [ Plus...](javascript:show\(49, { full: true }\); void\(0\);) from html2text.
LOOSE_LINK: Final = re.compile(rf"\[(?P<label>{_LINK_LABEL})\]" + _loose_target("url", r"^\S\n"))
# The same for a picture, whose srcset may wrap onto the next line of its block:
# "![](/img/a.jpg 320w,\n /img/b.jpg 480w)" (a srcset written as its src).
LOOSE_IMAGE: Final = re.compile(rf"!\[(?P<label>{_ALT})\]" + _loose_target("url", r"\s"))
# A blank and a width or density after the first address: "/a.jpg 320w", "/b.jpg 2x,".
_SRCSET_DESCRIPTOR: Final = re.compile(r"[0-9]{1,5}(?:\.[0-9]{1,3})?[wx],?")

# "[label](https://a.test/x_(y)" and "![alt](/img/a.jpg" with nothing after: a destination cut
# off at the end of its block (converters truncate long lines and drop a closing parenthesis).
# Only an address ("http(s)://", "/"), so that "[a](b" stays text. The destination takes no
# brackets and is read possessively, so each "[" costs at most the way to the next one.
_CUT_ADDRESS: Final = r"(?:https?://|/)[^\s<>\"\[\]]{1,4000}+"
_CUT_LINK: Final = re.compile(
    rf"\[(?P<label>[^\[\]\n]{{0,1000}})\]\((?P<url>{_CUT_ADDRESS})[ \t]{{0,8}}$"
)
# A picture's source may be a srcset cut off after a candidate ("![a](/a.jpg 1x," at the end of
# a heading or list item whose line a converter broke inside the srcset). A width or density.
_DESCRIPTOR: Final = r"[0-9]{1,5}(?:\.[0-9]{1,3})?[wx]"
_CANDIDATES: Final = (
    rf"(?:[ \t]{{1,8}}{_DESCRIPTOR}"
    rf"(?:,[ \t]{{0,8}}{_CUT_ADDRESS}[ \t]{{1,8}}{_DESCRIPTOR}){{0,50}}+"
    rf"(?:,[ \t]{{0,8}}{_CUT_ADDRESS}|,)?)?"
)
_CUT_IMAGE: Final = re.compile(
    rf"!\[(?P<label>{_ALT})\]\((?P<url>{_CUT_ADDRESS}{_CANDIDATES})[ \t]{{0,8}}$"
)
# The rest of such a srcset, opening the next line: "/b.jpg 2x)" (it leaves no text).
_SRCSET_TAIL: Final = re.compile(
    rf"[ \t]{{0,8}}(?:{_CUT_ADDRESS}[ \t]{{1,8}}{_DESCRIPTOR},[ \t]{{0,8}}){{0,50}}+"
    rf"{_CUT_ADDRESS}[ \t]{{1,8}}{_DESCRIPTOR}[ \t]{{0,8}}\)"
)
# "](url)" with no "[" before it in the block: the end of a link that opened in an earlier block.
_DANGLING_CLOSE: Final = re.compile(r"\]" + _target("angled", "url"))
# Around pictures: "[](url)" (a linked picture once the picture is gone) and "](url)" closings.
_PICTURE_SYNTAX: Final = re.compile(r"\[?\]\([^()\s]{0,2000}\)")
# How far after a lone "[" the renderer looks for anything but pictures (a bound: it is re-read).
_DANGLING_REACH: Final = 4000

# A reference link: [text][ref], [text][] or [ref] alone, resolved against the document's
# definitions ("[ref]: https://..."). The text may hold one level of brackets: a picture in a
# linked picture ("[![alt][2]][3]").
_REFERENCE_LINK: Final = re.compile(
    r"\[(?P<label>(?:[^\[\]\n\\]|\\[^\n]|\[[^\[\]\n]{0,500}\]){0,1000}+)\]"
    r"(?:\[(?P<ref>[^\[\]\n]{0,999})\])?"
)

# A reference link or picture as a converter writes it: "[text][1]", "![alt][1]", "[text][]" or
# "[text]" alone; the text may hold one level of brackets ("[![alt][2]][3]", a linked picture).
# Not "[^1]" (a footnote mark), and a lone "[text]" not before "(" or ":" (an inline link, a
# definition).
_WRITTEN_REFERENCE: Final = re.compile(
    r"(?P<bang>!?)\[(?!\^)(?P<label>(?:[^\[\]\n\\]|\\[^\n]|\[[^\[\]\n]{0,500}\]){0,1000}+)\]"
    r"(?:\[(?P<ref>[^\[\]\n]{0,999})\]|(?![(:\[]))"
    r"|\]\[(?P<closing>[^\[\]\n]{1,999})\]"  # "...][5]": closing a link opened on a line above
)
# "][5]" with no "[" before it in the block: a reference link that opened in an earlier block.
_DANGLING_REFERENCE: Final = re.compile(r"\]\[(?P<ref>[^\[\]\n]{1,999})\]")

# A definition line: "[1]: https://example.com/a" or '   [ref]: <url> "title"' (html2text
# indents them by three spaces). "[^1]:" opens a footnote, not a definition.
DEFINITION: Final = re.compile(
    r"[ ]{0,3}\[(?P<label>[^\]\[\n^][^\]\[\n]{0,998})\]:[ \t]{0,8}"
    r"(?:<(?P<angled>[^<>\n]{0,2000})>|(?P<url>[^\s<>]{1,2000}))"
    r"(?:[ \t]{1,8}(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]{0,8}$"
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
        or "~" in text
        or "]" in text
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
    """An inline image: its alt text, source URL and link (``None`` for a ``#`` placeholder).

    ``at`` is where it stood in the rendered text; ``markdown`` is the syntax that wrote it
    (``![alt](src)``), so a caller holding the source can find its span.
    """

    alt: str
    url: str | None
    link: str | None = None
    at: int = 0
    markdown: str = ""


class References:
    """A document's link definitions (``[1]: https://...``), by normalised label.

    Hashed by identity: one object per document, so rendering caches stay per document.
    """

    __slots__ = ("urls",)

    def __init__(self, urls: dict[str, str | None]) -> None:
        self.urls = urls

    def get(self, label: str) -> str | bool | None:
        """The URL a label points at, ``None`` for a ``#`` target, ``False`` when undefined."""
        return self.urls.get(reference_key(label), False)


def reference_key(label: str) -> str:
    """A reference label as CommonMark matches it: case-folded, blanks collapsed."""
    return " ".join(label.split()).casefold()


def _written_target(url: str | None) -> str:
    """A resolved reference's URL as an inline link's destination (``<...>`` when it has blanks)."""
    if url is None:
        return "#"
    if any(char in url for char in " \t()") and "<" not in url and ">" not in url:
        return f"<{url}>"
    return url


def inline_links(markdown: str, references: References | None) -> str:
    """``markdown`` with its reference links and pictures written inline, as other dumps have them.

    ``[text][1]``, ``[text][]`` and ``[text]`` become ``[text](url)``, ``![alt][1]`` becomes
    ``![alt](url)``, and a closing ``][1]`` (a link opened on a line above) ``](url)``, when the
    document defines the label (``[1]: url``; labels match as CommonMark matches them, the first
    definition wins). Undefined labels stay as they are. The rules that match ``[text](url)`` in a
    line's Markdown read such a line as the same line with inline links. One pass over the text.

    Example:
        >>> refs = References({"1": "https://a.test/jo", "jo park": "/jo"})
        >>> inline_links("By [Jo Park][1], [Jo Park][] and [Jo Park] [sic]", refs)
        'By [Jo Park](https://a.test/jo), [Jo Park](/jo) and [Jo Park](/jo) [sic]'
    """
    return written_inline(markdown, references)[0]


def written_inline(
    markdown: str, references: References | None
) -> tuple[str, list[tuple[int, int]]]:
    """:func:`inline_links`, and where each rewritten link ends in the result and in ``markdown``.

    The pairs (end in the result, end in ``markdown``) come in order: a rule that found a link's
    end in the result finds the same link's end in the input through them (:func:`input_position`).
    """
    if references is None or "]" not in markdown:
        return markdown, []
    out: list[str] = []
    ends: list[tuple[int, int]] = []
    position = 0
    length = 0
    for found in _WRITTEN_REFERENCE.finditer(markdown):
        written = _written(found, references)
        if written is None:
            continue
        before = markdown[position : found.start()]
        out.append(before)
        out.append(written)
        length += len(before) + len(written)
        ends.append((length, found.end()))
        position = found.end()
    if not ends:
        return markdown, []
    out.append(markdown[position:])
    return "".join(out), ends


def _written(found: re.Match[str], references: References) -> str | None:
    """One reference link or picture written inline, ``None`` when its label is not defined."""
    if found["closing"] is not None:
        url = references.get(found["closing"])
        if isinstance(url, bool):
            return None
        return f"]({_written_target(url)})"
    url = references.get(found["ref"] or found["label"])
    if isinstance(url, bool):
        return None
    label = found["label"]
    if "[" in label:
        label = inline_links(label, references)  # "[![alt][2]][3]": the picture inside
    return f"{found['bang']}[{label}]({_written_target(url)})"


def input_position(ends: list[tuple[int, int]], position: int) -> int:
    """Where ``position`` in :func:`written_inline`'s result stands in its input."""
    before = bisect.bisect_right(ends, position, key=_result_end)  # the links ending by then
    if not before:
        return position
    result_end, input_end = ends[before - 1]
    return position - result_end + input_end


def _result_end(pair: tuple[int, int]) -> int:
    return pair[0]


# "[text][1]" or "[text][]": a full or collapsed reference link (its definition not at hand).
_FULL_REFERENCE: Final = re.compile(
    r"(\[(?!\^)(?:[^\[\]\n\\]|\\[^\n]|\[[^\[\]\n]{0,500}\]){1,1000}+\])\[[^\[\]\n]{0,999}\]"
)


def unknown_targets(markdown: str) -> str:
    """``markdown`` with each full or collapsed reference link written as a link to ``#``.

    For a reader given a piece of a line without the document's definitions: ``von [Jo][1]``
    names Jo in a link, as ``von [Jo](#)`` does (the address is the definition's, not known here).

    Example:
        >>> unknown_targets("von [Jo Park][1] und [Kim Lee][]")
        'von [Jo Park](#) und [Kim Lee](#)'
    """
    return _FULL_REFERENCE.sub(r"\1(#)", markdown) if "][" in markdown else markdown


def line_markdown(context: Context, index: int) -> str:
    """Line ``index`` of a document, its reference links written inline (:func:`inline_links`).

    What a rule matches ``[text](url)`` in: a dump whose converter wrote ``[text][1]`` reads as
    the same dump with inline links. Offsets into the source are taken from ``context.lines``,
    never from this text (it may be longer).
    """
    line = context.lines[index]
    references = context.references
    if references is None or "]" not in line:
        return line
    memo = context.memo(line_markdown)
    found = memo.get(index)
    if found is None:
        found = memo[index] = inline_links(line, references)
    return found


def _unescape(url: str) -> str:
    """A link target with its backslash escapes read (html2text escapes parentheses in URLs)."""
    return _URL_ESCAPE.sub(r"\1", url) if "\\" in url else url


_ADDRESS_STARTS: Final = ("http://", "https://", "/")


def _cut_url(url: str) -> str:
    """A destination cut off at the end of its block, without a ``)`` that closes its link.

    Parentheses nested deeper than a destination reads (``/a(((b))).jpg)``) leave the closing
    one in the cut reading: one ``)`` more than ``(`` is the link's own.
    """
    if url.endswith(")") and url.count(")") > url.count("("):
        return url[:-1]
    return url


def _loose_source(url: str) -> str:
    """A picture's source written with blanks: a srcset's first address, else blanks squashed.

    Converters write a srcset as the source (``/a.jpg 320w, /b.jpg 640w``, wrapped over lines);
    its first candidate is the picture's address. A path with blanks in it keeps them, one each.
    """
    parts = url.split()
    if len(parts) >= 2 and _SRCSET_DESCRIPTOR.fullmatch(parts[1]):
        return parts[0]
    if len(parts) >= 2 and parts[0].endswith(",") and parts[1].startswith(_ADDRESS_STARTS):
        return parts[0][:-1]  # "/a.jpg, /b.jpg 2x": the first candidate has no descriptor
    return " ".join(parts)


_URL_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")


@attrs.frozen(kw_only=True)
class Inline:
    """Plain text of some inline Markdown, with the links and images it held."""

    text: str
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


class _Delim:
    """A run of ``*`` or ``_``; ``left`` counts how many of its characters are still literal."""

    __slots__ = ("can_close", "can_open", "char", "empty_bold", "left")

    def __init__(self, char: str, count: int, can_open: bool, can_close: bool) -> None:
        self.char = char
        self.left = count
        self.can_open = can_open
        self.can_close = can_close
        self.empty_bold = False  # "****" after a mark, before a word: "rose.****[", "<b></b>"


class _LinkStart:
    """Where a link opens; ``scoped`` when its text is a label of its own (``[text](url)``)."""

    __slots__ = ("drop_if_empty", "scoped", "url")

    def __init__(self, url: str | None, scoped: bool = False) -> None:
        self.url = url
        self.drop_if_empty = False
        self.scoped = scoped


class _ImageAt:
    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


_LINK_END: Final = object()

_Token = str | _Delim | _LinkStart | _ImageAt | object

# Inline HTML converters leave in text (quoted tweets, embeds): <a href="...">, <br>, <em>.
_HTML_TAG: Final = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,15})"
    r"(?P<attributes>(?:[ \t\n]{1,10}[^\s\"'<>/=]{1,60}"
    r"(?:[ \t]{0,3}=[ \t]{0,3}"
    r"(?:\"[^\"\n]{0,2000}\"|'[^'\n]{0,2000}'|[^\s\"'=<>`]{1,2000}))?){0,30})"
    r"[ \t\n]{0,10}(?P<self>/?)>"
)
# The tags read as text: their markup goes, their content stays (a and img become a link and an
# image, br a space). Any other "<word>" is left as written.
_INLINE_TAGS: Final = frozenset(
    "a abbr b big br cite code del dfn em font i img ins kbd mark nobr q s samp small span strike"
    " strong sub sup time tt u var wbr".split()
)
_ATTRIBUTE: Final = re.compile(
    r"""(?P<name>[^\s"'<>/=]{1,60})[ \t]{0,3}=[ \t]{0,3}"""
    r"""(?:"(?P<dq>[^"\n]{0,2000})"|'(?P<sq>[^'\n]{0,2000})'|(?P<bare>[^\s"'=<>`]{1,2000}))"""
)


def html_tag_at(text: str, index: int) -> bool:
    """Whether an inline HTML tag the renderer reads (``<br>``, ``<a href>``) opens at ``index``."""
    tag = _HTML_TAG.match(text, index)
    return tag is not None and tag["name"].casefold() in _INLINE_TAGS


def _attribute(attributes: str, wanted: str) -> str | None:
    """The value of one attribute of an HTML tag, entities read."""
    for found in _ATTRIBUTE.finditer(attributes):
        if found["name"].casefold() == wanted:
            value = found["dq"] if found["dq"] is not None else found["sq"] or found["bare"] or ""
            return html.unescape(value)
    return None


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
        if end - start >= 2:
            # Converters glue bold to the next word ("**Note:**Prices"): a run of two or more
            # opens when no blank follows it and closes when none comes before it.
            run = _Delim(char, end - start, not _is_space(after), not _is_space(before))
            run.empty_bold = (
                end - start == 4 and run.can_open and run.can_close and not before.isalnum()
            )
            return run
        return _Delim(char, end - start, left_flanking, right_flanking)
    # An underscore inside a word (snake_case) is never emphasis.
    can_open = left_flanking and (not right_flanking or _is_punct(before))
    can_close = right_flanking and (not left_flanking or _is_punct(after))
    return _Delim(char, end - start, can_open, can_close)


class _Scanner:
    """Tokenises one string; links inside link labels are not recognised (as in CommonMark)."""

    __slots__ = (
        "anchors",
        "closers",
        "delimiters",
        "images",
        "references",
        "segment",
        "text",
        "tokens",
    )

    def __init__(self, text: str, references: References | None = None) -> None:
        self.text = text
        self.tokens: list[_Token] = []
        self.images: list[Image] = []
        self.closers: dict[int, int] | None = None
        self.references = references
        self.anchors = 0  # <a> tags open
        self.segment = 0  # the token after the last link: where a dangling "](url)" link starts
        # Whether any emphasis run was read: without one, pairing has nothing to do (most
        # markup is links and pictures), so render() skips it.
        self.delimiters = False

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
            i = _HANDLERS[text[j]](self, j, end, in_link)

    def _escape(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        if j + 1 < end and text[j + 1] in _ASCII_PUNCTUATION:
            self.tokens.append(text[j + 1])
            return j + 2
        if j + 1 < end and text[j + 1] == "\n":
            self.tokens.append("\n")  # a hard line break ("\\" ending a line): a blank
            return j + 2
        if j + 1 == len(text) and j > 0:
            return j + 1  # a hard break ending the block: a paragraph stops at one
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
        if text[j] == "~" and k - j != 2:
            self.tokens.append(text[j:k])  # "~~strike~~" only; "~5 km" is text
        else:
            self.tokens.append(_delimiter(text, j, k))
            self.delimiters = True
        return k

    def _link(self, j: int, end: int, in_link: bool) -> int:
        reference = _FOOTNOTE_REFERENCE.match(self.text, j, end)
        if reference is not None:
            return reference.end()  # "[^1]" marks a footnote; the note itself is an element
        if in_link:
            # A link written inside a link's text ("[Title ([Author](/a), Section)](/story)",
            # as converters write nested anchors): its text stays, the outer link keeps the
            # span (links do not nest), and its address stays in the raw text only.
            inner = LINK.match(self.text, j, end)
            if inner is None:
                self.tokens.append("[")
                return j + 1
            self.scan(*inner.span("label"), in_link=True)
            return inner.end()
        link = (
            LINK.match(self.text, j, end)
            or LOOSE_LINK.match(self.text, j, end)
            or _CUT_LINK.match(self.text, j, end)
        )
        if link is not None:
            target = link.groupdict().get("angled")
            if target is None:
                target = _unescape(link.group("url"))
            if link.re is _CUT_LINK:
                target = _cut_url(target)
            label_start, label_end = link.span("label")
            return self._linked(url_or_none(target), label_start, label_end, link.end())
        if self.references is not None:
            reference = _REFERENCE_LINK.match(self.text, j, end)
            if reference is not None:
                name = reference["ref"] or reference["label"]
                url = self.references.get(name)
                if url is not False:
                    assert not isinstance(url, bool)
                    label = reference.span("label")
                    return self._linked(url, label[0], label[1], reference.end())
        if self._pictures_only(j + 1, end):
            return j + 1  # "[" before pictures only: a link whose closing is in a later block
        self.tokens.append("[")
        return j + 1

    def _pictures_only(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds nothing but pictures and their links' syntax.

        Looked at within a bound (the rest is re-read), except that a first picture may be of
        any length: an inline ``data:`` picture runs to hundreds of kilobytes.
        """
        text = self.text
        if end - start > _DANGLING_REACH and text.startswith("![", start):
            first = IMAGE.match(text, start, end)
            if first is not None:
                start = first.end()
        if end - start > _DANGLING_REACH:
            return False
        return not _PICTURE_SYNTAX.sub("", IMAGE.sub("", text[start:end])).strip(BLANK)

    def _close(self, j: int, end: int, in_link: bool) -> int:
        """A ``]`` with no ``[``: ``](url)`` closes a link opened in an earlier block of the page.

        Converters write a link around several blocks (a teaser: headline, then summary); the
        words before ``](url)`` in this block are that link's text.
        """
        dangling = None if in_link else _DANGLING_CLOSE.match(self.text, j, end)
        if dangling is None:
            return self._dangling_reference(j, end, in_link)
        target = dangling.group("angled")
        if target is None:
            target = _unescape(dangling.group("url"))
        return self._close_earlier(url_or_none(target), dangling.end())

    def _dangling_reference(self, j: int, end: int, in_link: bool) -> int:
        """``][5]``: a reference link that opened in an earlier block closes here."""
        reference = None
        if not in_link and self.references is not None:
            reference = _DANGLING_REFERENCE.match(self.text, j, end)
        url = False if reference is None else self._defined(reference)
        if reference is None or isinstance(url, bool):
            self.tokens.append("]")
            return j + 1
        return self._close_earlier(url, reference.end())

    def _close_earlier(self, url: str | None, after: int) -> int:
        """Tokens that make the words before this closing (in its block) a link to ``url``."""
        opening = _LinkStart(url)
        opening.drop_if_empty = True  # with no words before it, it leaves no link
        self.tokens.insert(self.segment, opening)
        self.tokens.append(_LINK_END)
        self.segment = len(self.tokens)
        return after

    def _linked(self, url: str | None, start: int, end: int, after: int) -> int:
        """Tokens for a link over ``text[start:end]``; images in it take the link's URL."""
        first_image = len(self.images)
        opening = _LinkStart(url, scoped=True)
        self.tokens.append(opening)
        self.scan(start, end, in_link=True)
        self.tokens.append(_LINK_END)
        self.segment = len(self.tokens)
        for index in range(first_image, len(self.images)):
            self.images[index] = _linked_image(self.images[index], url)
            opening.drop_if_empty = True
        return after

    def _image(self, j: int, end: int, in_link: bool) -> int:
        text = self.text
        image = None
        if text.startswith("[", j + 1):
            image = IMAGE.match(text, j, end) or LOOSE_IMAGE.match(text, j, end)
            if image is None and not in_link:
                image = _CUT_IMAGE.match(text, j, end)
        if image is None:
            return self._reference_image(j, end)
        target = image.groupdict().get("angled")
        if target is None:
            target = _unescape(image.group("url"))
            if image.re is _CUT_IMAGE:
                target = _cut_url(target)
            if image.re is not IMAGE:
                target = _loose_source(target)
        self._add_image(render(image.group("label")).text, url_or_none(target), image.group())
        return image.end()

    def _reference_image(self, j: int, end: int) -> int:
        """``![alt][1]``, ``![alt][]`` or ``![alt]``: a picture whose source a definition gives."""
        reference = None
        if self.references is not None and self.text.startswith("[", j + 1):
            reference = _REFERENCE_LINK.match(self.text, j + 1, end)
        url = False if reference is None else self._defined(reference)
        if reference is None or url is False:
            self.tokens.append("!")
            return j + 1
        assert not isinstance(url, bool)
        self._add_image(render(reference["label"]).text, url, self.text[j : reference.end()])
        return reference.end()

    def _defined(self, reference: re.Match[str]) -> str | bool | None:
        """The URL a reference's label points at (``False`` when the document lacks it)."""
        if self.references is None:
            return False
        return self.references.get(reference["ref"] or reference["label"])

    def _add_image(self, alt: str, url: str | None, markdown: str) -> None:
        # Where it stands in the text is known once the tokens are joined: a marker token.
        self.images.append(Image(alt=alt, url=url, markdown=markdown))
        self.tokens.append(_ImageAt(len(self.images) - 1))

    def _autolink(self, j: int, end: int, in_link: bool) -> int:
        auto = None if in_link else AUTOLINK.match(self.text, j, end)
        if auto is not None:
            url = auto.group("url")
            self.tokens.extend((_LinkStart(url), url, _LINK_END))
            return auto.end()
        tag = _HTML_TAG.match(self.text, j, end)
        if tag is None or tag["name"].casefold() not in _INLINE_TAGS:
            self.tokens.append("<")
            return j + 1
        name = tag["name"].casefold()
        attributes = tag["attributes"] or ""
        if name == "a" and not in_link:
            if tag["close"]:
                if self.anchors:
                    self.anchors -= 1
                    self.tokens.append(_LINK_END)
            elif not tag["self"]:
                self.anchors += 1
                self.tokens.append(_LinkStart(url_or_none(_attribute(attributes, "href") or "")))
        elif name == "br":
            self.tokens.append(" ")
        elif name == "img":
            src = url_or_none(_attribute(attributes, "src") or "")
            self._add_image(_attribute(attributes, "alt") or "", src, tag.group())
        return tag.end()

    def _entity(self, j: int, end: int, in_link: bool) -> int:
        entity = _ENTITY.match(self.text, j, end)
        if entity is None:
            self.tokens.append("&")
            return j + 1
        self.tokens.append(html.unescape(entity.group()))
        return entity.end()


# The scanner's handler for each character that can open markup. At module level, not in the
# class body: mypyc (a compiled build, issue 18) cannot read methods named in a class body.
_HANDLERS: Final[dict[str, Callable[[_Scanner, int, int, bool], int]]] = {
    "\\": _Scanner._escape,
    "`": _Scanner._code,
    "*": _Scanner._emphasis,
    "_": _Scanner._emphasis,
    "~": _Scanner._emphasis,
    "[": _Scanner._link,
    "]": _Scanner._close,
    "!": _Scanner._image,
    "<": _Scanner._autolink,
    "&": _Scanner._entity,
}


def _linked_image(image: Image, url: str | None) -> Image:
    """``image`` inside a link to ``url`` (a constructor call: ``attrs.evolve`` costs far more)."""
    return Image(alt=image.alt, url=image.url, link=url, at=image.at, markdown=image.markdown)


def _placed_image(image: Image, at: int) -> Image:
    """``image`` at offset ``at`` of the squashed text."""
    return Image(alt=image.alt, url=image.url, link=image.link, at=at, markdown=image.markdown)


def _pair_emphasis(tokens: list[_Token]) -> None:
    """Mark paired ``*``/``_`` runs as markup by lowering their literal counts.

    A closer inside a link's text never takes an opener from before the link (``*[**a** b](u)*``
    is ``a b`` emphasised, as CommonMark reads link text apart); an opener left open inside it
    may still close after it (``**[Title**](u)``, as converters cross the tags). A ``****``
    glued between a mark and a word with nothing open is an empty bold (``<b></b>``): it goes.
    """
    stacks: dict[str, list[_Delim]] = {"*": [], "_": [], "~": []}
    # Per delimiter: the openers below this index of its stack are outside the current link.
    floors: dict[str, int] = {"*": 0, "_": 0, "~": 0}
    saved: list[dict[str, int] | None] = []  # per open link: the floors before it (if scoped)
    for token in tokens:
        if isinstance(token, _LinkStart):
            saved.append(dict(floors) if token.scoped else None)
            if token.scoped:
                floors = {char: len(stack) for char, stack in stacks.items()}
            continue
        if token is _LINK_END:
            before = saved.pop() if saved else None
            if before is not None:
                floors = before
            continue
        if not isinstance(token, _Delim):
            continue
        stack = stacks[token.char]
        floor = floors[token.char]
        if token.empty_bold and len(stack) == floor:
            token.left = 0  # nothing open for it to close: "<b></b>" written "****"
            continue
        if token.can_close:
            while token.left and len(stack) > floor:
                opener = stack[-1]
                used = 2 if opener.left >= 2 and token.left >= 2 else 1
                opener.left -= used
                token.left -= used
                if not opener.left:
                    stack.pop()
        if token.can_open and token.left:
            stack.append(token)
    _pair_spaced_bold(stacks["*"])


def _pair_spaced_bold(openers: list[_Delim]) -> None:
    """Pair ``**`` runs left open two by two: html2text writes ``**Bold **text``.

    A run that could only open, after one that found no closer, closes it: converters put the
    space of ``<b>Bold </b>`` inside the markers. Runs with blanks on both sides never open.
    """
    runs = [opener for opener in openers if opener.left >= 2]
    for first, second in zip(runs[::2], runs[1::2], strict=False):
        first.left -= 2
        second.left -= 2


def _drop_stranded_bold(tokens: list[_Token]) -> None:
    """Take off a ``**`` or ``__`` left unpaired at either end of the text (its partner is away).

    Converters write bold that spans a line break as ``**first block`` ... ``last block**``.
    Only a run at the very start or end goes; one inside the text (``5 ** 3``) stays as written.
    """
    for edge in (
        _edge_token(tokens, range(len(tokens))),
        _edge_token(tokens, range(len(tokens) - 1, -1, -1)),
    ):
        if isinstance(edge, _Delim) and edge.char in "*_" and edge.left >= 2:
            edge.left = 0


def _edge_token(tokens: list[_Token], order: range) -> _Token | None:
    """The first token in ``order`` that is not blank text."""
    for index in order:
        token = tokens[index]
        if not (isinstance(token, str) and not token.strip(BLANK)):
            return token
    return None


# Where a link stands in the rendered text before squashing: (start, end, url). A tuple, not a
# Link: the Link is made once, when squashing has settled its offsets and text.
_Place = tuple[int, int, str | None]


def _with_texts(text: str, links: list[_Place]) -> list[Link]:
    """Each link with its text from the plain text it spans (spaces at either end trimmed)."""
    out = []
    for link_start, link_end, url in links:
        start, end = link_start, link_end
        while end > start and text[end - 1] == " ":
            end -= 1
        while start < end and text[start] == " ":
            start += 1
        out.append(Link(text=text[start:end], url=url, start=start, end=end))
    return out


def _squash(text: str, links: list[_Place]) -> tuple[str, list[Link]]:
    """Collapse whitespace runs to one space and trim, keeping link offsets right."""
    if not _needs_squash(text) and text[:1] != " " and text[-1:] != " ":
        return text, _with_texts(text, links)  # already clean: the common case
    if not links:
        return " ".join(text.split()), []
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
    for link_start, link_end, url in links:
        start = moved(link_start)
        end = max(moved(link_end), start)
        while end > start and squashed[end - 1] == " ":
            end -= 1
        while start < end and squashed[start] == " ":
            start += 1
        out.append(Link(text=squashed[start:end], url=url, start=start, end=end))
    return squashed, out


@functools.lru_cache(maxsize=1024)
def render(markdown: str, references: References | None = None) -> Inline:
    """Render inline Markdown to plain text, keeping links as stand-off offsets.

    Whitespace runs (including line breaks and no-break spaces) become one space; the result is
    trimmed.

    Example:
        >>> r = render("By [AFP](#) and **[Jane Doe](https://x.test/jd)**")
        >>> r.text
        'By AFP and Jane Doe'
        >>> [(link.text, link.url) for link in r.links]
        [('AFP', None), ('Jane Doe', 'https://x.test/jd')]

    ``references`` resolves reference links (``[text][1]``) against a document's definitions.
    An image leaves no text; a link that holds only an image leaves no link either: its URL is
    the image's ``link``.
    """
    if ")" in markdown and markdown.lstrip(" \t").startswith(("http", "/")):
        tail = _SRCSET_TAIL.match(markdown)
        if tail is not None:  # the rest of a picture's srcset from the line above
            return render(markdown[tail.end() :], references)
    if not _has_markup(markdown):
        text = markdown.strip(BLANK)
        if _needs_squash(text):
            text = " ".join(text.split())
        return Inline(text=text)
    scanner = _Scanner(markdown, references)
    scanner.scan(0, len(markdown), in_link=False)
    tokens = scanner.tokens
    if scanner.delimiters:
        _pair_emphasis(tokens)
        _drop_stranded_bold(tokens)
    parts: list[str] = []
    links: list[_Place] = []
    length = 0
    open_links: list[tuple[int, int, _LinkStart]] = []  # (offset, parts index, opening)
    image_links: list[_Place] = []  # zero-width stand-ins, so squashing moves images too
    for token in tokens:
        if isinstance(token, str):
            parts.append(token)
            length += len(token)
        elif isinstance(token, _Delim):
            if token.left:
                parts.append(token.char * token.left)
                length += token.left
        elif isinstance(token, _LinkStart):
            open_links.append((length, len(parts), token))
        elif isinstance(token, _ImageAt):
            image_links.append((length, length, None))
        elif open_links:
            begin, first_part, opening = open_links.pop()
            # A link around pictures only (blanks between them) leaves no link: it is theirs.
            if not (
                opening.drop_if_empty
                and (begin == length or not "".join(parts[first_part:]).strip(BLANK))
            ):
                links.append((begin, length, opening.url))
    text = "".join(parts)
    if not image_links:
        text, made = _squash(text, links)
        return Inline(text=text, links=tuple(made), images=tuple(scanner.images))
    text, moved = _squash(text, links + image_links)
    images = tuple(
        _placed_image(image, place.start)
        for image, place in zip(scanner.images, moved[len(links) :], strict=True)
    )
    return Inline(text=text, links=tuple(moved[: len(links)]), images=images)
