"""The article region written as a dump: the Markdown that ``newsparse.parse`` reads.

The shapes are the ones markdownify gives scraped pages (``# Title``, paragraphs, ``## subheads``,
``* list items``, ``> quotes``, ``[text](url)`` links, ``**bold**``), so a page read here and a dump
made elsewhere go through the same rules. The walk is iterative (an explicit stack of enter and
exit events), emphasis and links are written at their outermost level only, and list and quote
indentation is capped, so the output is linear in the page whatever its nesting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final
from urllib.parse import urljoin

import attrs
from bs4.element import NavigableString, PreformattedString, Tag

from newsparse._html.region import BLOCK_TAGS, HEADER_HINT, is_hidden, is_unread, visible_text
from newsparse.vocabulary import current

__all__ = [
    "Block",
    "BlockKind",
    "clean_url",
    "drop_lone_labels",
    "escape",
    "join_blocks",
    "web_or_relative",
    "write_blocks",
]

_WHITESPACE_RUN: Final = re.compile(r"\s+")
# Characters that would read as Markdown inside text: emphasis, link brackets, entity openers.
_INLINE_SPECIAL: Final = re.compile(r"([*_\[\]\\`])|&(?=[#A-Za-z0-9]{1,32};)")
# A line start that would read as a block marker: "# ", "> ", "* ", "|", "```", "===".
_BLOCK_START: Final = re.compile(
    r"(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\||`{3}|~{3}|=+$|-{2,}$)"
)
# "31. Oktober 2023" at a line start is not escaped, as markdownify does not: dumps write dates
# that way and the dateline rules read them as written ("31\. Oktober" would hide the day).
_CREDIT_HINT: Final = re.compile(
    r"credit|copyright|photographer|fotograf|source|quelle|autor|byline", re.IGNORECASE
)
# A picture box that is not a <figure> ("wp-caption", "media__caption", "img__caption"): a class
# naming a caption, on a box of at most _CAPTION_BOX characters of text.
_CAPTION_CLASS: Final = re.compile(r"caption|bildunterschrift|legende", re.IGNORECASE)
_CAPTION_BOX: Final = 500
# Fewest words of such a box: one of a word or two ("CC", "Foto: dpa") is a credit, left as text.
_CAPTION_WORDS: Final = 3
# A picture's credit set apart from its picture (``<div class="image-credit">© X</div>`` in a box
# beside the one holding the <img>): a class naming a credit, on a box of at most _CREDIT_BOX
# characters. Written alone under a paragraph, the dump parser would read that paragraph as its
# caption; found with its picture (in the small boxes up to _CREDIT_LEVELS above it), both are
# written as a picture.
_CREDIT_CLASS: Final = re.compile(
    r"(?<![a-z])(?:image|img|photo|foto|picture|bild|video)?"
    r"(?:credits?|copyright|photographer|fotograf|source|quelle)(?![a-z])",
    re.IGNORECASE,
)
_CREDIT_BOX: Final = 150
# A class naming a picture's credit ("image-credit", "video-credit", "bildquelle"): a bare
# "credit" or "source" box may be the article's (an agency credited under the headline).
_PICTURE_CREDIT_CLASS: Final = re.compile(
    r"(?:image|img|photo|foto|picture|bild|video)[-_]{0,2}(?:credit|source|quelle|copyright)|"
    r"bildquelle|fotograf|photographer",
    re.IGNORECASE,
)
_CREDIT_LEVELS: Final = 3
# A paragraph that is a picture line and a caption line (``<p><img><br>Caption</p>``), and the
# inline elements that may wrap its picture (a link to the full-size picture).
_PICTURE_LINE_TAGS: Final = frozenset({"p", "div"})
_PICTURE_WRAPS: Final = frozenset({"a", "span"})
_NOT_IN_PICTURE_LINE: Final = BLOCK_TAGS | {"a"}
# Elements of a credit box looked at for a byline or date element.
_HEADER_FACT_LOOK: Final = 50
_PICTURE_WORD: Final = re.compile(r"image|img|photo|picture|foto|bild", re.IGNORECASE)
_KICKER_JOINERS: Final = " :|–—-·•"
# A link in a box after the article is a story's title when it has this many words; a box is
# written as a list of such links when it holds at least _MIN_STORIES (and at most _MAX_STORIES
# are looked at).
_TITLE_WORDS: Final = 4
_MIN_STORIES: Final = 2
_MAX_STORIES: Final = 200
_EMPHASIS: Final = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_HEADINGS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Figures with more text than this are layout boxes, not pictures with captions.
_FIGURE_TEXT: Final = 1000
# Deepest list indentation and quote nesting written (deeper ones are written at this depth).
_MAX_LIST_DEPTH: Final = 4
_MAX_QUOTE_DEPTH: Final = 3
_MAX_URL: Final = 2000
# A URL's scheme, as the WHATWG URL parser reads one: a letter, then letters, digits, "+-.".
_SCHEME: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,40}):")
_WEB_SCHEMES: Final = frozenset({"http", "https"})
# C0 controls and DEL, deleted from a URL before anything else is read from it.
_CONTROLS: Final = dict.fromkeys([*range(0x20), 0x7F])
_MAX_LABEL: Final = 1000


def _labels(text: str) -> frozenset[str]:
    """Phrases separated by ``|``, whitespace collapsed, case-folded."""
    return frozenset(" ".join(p.split()).casefold() for p in text.split("|") if p.strip())


# Headings of the page's boxes, words of the trade seen on many sites. A block that is only such
# a label, where its box's content was left out (or is loaded by script), is furniture: a
# related-links label ("Mehr zum Thema", and vocabulary.RELATED_LABELS) stays only when a link
# to another story follows it, as the dump parser reads that as related links; a label of
# comments, sharing, an author box or a newsletter prompt goes always.
_MORE_LABELS: Final = _labels(
    """schon gelesen | auch lesen | lies auch | mehr themen | ähnliche themen | zum weiterlesen |
    weitere artikel zum thema | weitere meldungen | empfehlungen der redaktion |
    empfehlungen aus der redaktion | meistgelesen | meistgeklickt | meist gelesen | top-themen |
    aktuelle news | das könnte sie auch interessieren | das könnte dich auch interessieren |
    you might like | you may like | trending | trending now | trending posts | popular posts |
    most read | most popular | read more | more stories | notas relacionadas | te puede interesar |
    también te puede interesar | noticias relacionadas | lee también | lea también |
    czytaj także | zobacz także | zobacz też | więcej | lire aussi | à lire aussi"""
)
_FURNITURE_LABELS: Final = _labels(
    """kommentare | kommentar | kommentieren | kommentar schreiben | schreib einen kommentar |
    schreiben sie einen kommentar | kommentar verfassen | kommentare geschlossen |
    leave a reply | leave a comment | comments | comment | comments are closed | post a comment |
    add a comment | join the discussion | deja un comentario | comentarios | commentaires |
    laisser un commentaire | komentarze | dodaj komentarz | teilen | jetzt teilen |
    artikel teilen | beitrag teilen | diesen artikel teilen | mit freunden teilen | share |
    share this | share this article | share this story | share this post | share on |
    compartir | compartilhar | partager | udostępnij | über den autor | über die autorin |
    zum autor | zur autorin | about the author | sobre el autor | o autorze |
    à propos de l'auteur | newsletter | newsletter abonnieren | jetzt anmelden |
    subscribe to our newsletter | sign up for our newsletter | suscríbete | abonnez-vous"""
)
# A block that starts with a link (or a picture): "* [Title](url)", "1. [", "### [", "![".
_LINK_START: Final = re.compile(r"(?:[*#>]{1,6} |[0-9]{1,3}\. )?(?:\*\*)?!?\[")
_LABEL_ENDS: Final = ":!?.»›>|-–—•·* \\"


class BlockKind:
    """What a written block is, so blocks of one list can sit on consecutive lines."""

    TEXT: Final = "text"
    ITEM: Final = "item"
    HEADLINE: Final = "headline"
    KICKER: Final = "kicker"


@attrs.frozen(kw_only=True)
class Block:
    """One block of the dump: its Markdown (no blank lines inside) and its kind."""

    text: str
    kind: str = BlockKind.TEXT


def escape(text: str) -> str:
    r"""Text with the characters Markdown would read as markup escaped.

    Example:
        >>> escape("5 * 3 = [15] &amp;")
        '5 \\* 3 = \\[15\\] \\&amp;'
    """
    return _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(0), text)


# "Original url:" at a line start: the dump's footer label. Page text must never read as the
# footer (only the page's own address may fill source_url), so its colon is escaped.
_FOOTER_LABEL: Final = re.compile(r"[ \t]{0,8}original[ _-]?url[ \t]{0,3}(?=:)", re.IGNORECASE)


def _escape_line_start(line: str) -> str:
    if _BLOCK_START.match(line):
        return "\\" + line
    label = _FOOTER_LABEL.match(line)
    if label is not None:
        return f"{line[: label.end()]}\\{line[label.end() :]}"
    return line


def _scheme(url: str) -> str | None:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match is not None else None


def web_or_relative(url: str) -> str | None:
    r"""``url`` without blanks and controls, when it is ``http(s)`` or relative; else ``None``.

    As a browser reads it (the WHATWG URL parser's order): C0 controls and spaces are taken off
    its ends and tabs and line breaks out of it *before* the scheme is read, so
    ``java&#9;script:`` is ``javascript:``. Every blank and control goes (a link target holds
    none), then only a URL with no scheme or an ``http(s)`` one is kept.

    Example:
        >>> (
        ...     web_or_relative(" /a b"),
        ...     web_or_relative("java\tscript:x"),
        ...     web_or_relative("HTTP://e.x"),
        ... )
        ('/ab', None, 'HTTP://e.x')
    """
    url = "".join(url.translate(_CONTROLS).split())
    if not url:
        return None
    scheme = _scheme(url)
    return url if scheme is None or scheme in _WEB_SCHEMES else None


def clean_url(url: str, base: str | None) -> str | None:
    """A link target fit for ``[text](url)``: ``http(s)`` or relative, resolved, bounded.

    No blanks or parentheses are left in it; any other scheme (``javascript:``, ``data:``,
    ``mailto:``), however it is spelled, gives ``None``, also when a base supplies it.
    """
    cleaned = web_or_relative(url)
    if cleaned is None:
        return None
    if base is not None and not cleaned.startswith("#"):
        try:
            cleaned = urljoin(base, cleaned)
        except ValueError:  # an invalid IPv6 host and the like
            return None
        cleaned = web_or_relative(cleaned) or ""
        if not cleaned:
            return None
    for char, code in (("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        cleaned = cleaned.replace(char, code)
    return cleaned if len(cleaned) <= _MAX_URL else None


def _attr(tag: Tag, name: str) -> str:
    value = tag.attrs.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value if isinstance(value, str) else ""


def _image_source(image: Tag, base: str | None) -> str | None:
    for name in ("src", "data-src", "data-lazy-src", "data-original"):
        value = _attr(image, name)
        if value and not value.startswith("data:"):
            return clean_url(value, base)
    srcset = _attr(image, "srcset") or _attr(image, "data-srcset")
    # The first candidate that names a URL (", /a.jpg 2x" has an empty one first).
    for candidate in srcset.split(",", 64):
        words = candidate.split(None, 1)
        if words:
            return clean_url(words[0], base)
    return None


class _Writer:
    """The state of one walk: finished blocks, the inline text being built, open containers."""

    def __init__(
        self,
        live: Callable[[Tag], bool],
        base: str | None,
        headline: Tag | None,
        kicker: Tag | None,
        link_boxes: frozenset[int] = frozenset(),
        *,
        cards: frozenset[int] = frozenset(),
    ) -> None:
        self.live = live
        self.link_boxes = link_boxes
        self.cards = cards
        self.base = base
        self.headline = headline
        self.kicker = kicker
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [ordered (0/1), next number]
        self.items: list[bool] = []  # per open list item: whether its marker was written
        self.quotes = 0
        self.heading = 0
        self.inline_open: list[tuple[Tag, int, str]] = []  # (element, parts index, kind)
        self.pictured: set[int] = set()  # the <img> elements written as pictures
        self.last_picture: tuple[int, int] | None = None  # (its <img>, its block's index)

    # -- blocks ----------------------------------------------------------------------------------

    def flush(self, kind: str = BlockKind.TEXT) -> None:
        """End the current block: write the inline text gathered so far, if any."""
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        self.inline_open = []
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        if self.heading:
            text = " ".join(lines)
            level = self.heading
            if kind == BlockKind.HEADLINE:
                level = 1
                if self.kicker is not None:
                    # The kicker went on its own line; what joined it to the title goes too.
                    text = text.lstrip(_KICKER_JOINERS) or text
            self.add(Block(text=f"{'#' * level} {text}", kind=kind))
            return
        lines = [_escape_line_start(line) for line in lines]
        if self.items and not self.items[-1]:
            self.items[-1] = True
            ordered, number = self.lists[-1] if self.lists else [0, 1]
            marker = f"{number}." if ordered else "*"
            if self.lists:
                self.lists[-1][1] += 1
            indent = "  " * min(len(self.lists) - 1, _MAX_LIST_DEPTH) if self.lists else ""
            pad = indent + " " * (len(marker) + 1)
            text = "\n".join([f"{indent}{marker} {lines[0]}", *(pad + line for line in lines[1:])])
            kind = BlockKind.ITEM
        else:
            text = "\n".join(lines)
        if self.quotes:
            prefix = "> " * min(self.quotes, _MAX_QUOTE_DEPTH)
            text = "\n".join(prefix + line for line in text.split("\n"))
        self.add(Block(text=text, kind=kind))

    def add(self, block: Block) -> None:
        """Append a finished block."""
        self.blocks.append(block)

    # -- inline ----------------------------------------------------------------------------------

    def text(self, string: str) -> None:
        """Add a text node, whitespace collapsed and Markdown escaped."""
        if not string:
            return
        collapsed = _WHITESPACE_RUN.sub(" ", string)
        if collapsed.strip():
            collapsed = escape(collapsed)
        self.parts.append(collapsed)

    def open_inline(self, tag: Tag, kind: str) -> None:
        """Start emphasis or a link; only a link inside emphasis nests, nothing else does.

        So each piece of text is joined at most twice, whatever the page's nesting.
        """
        if not self.inline_open or (
            len(self.inline_open) == 1 and self.inline_open[0][2] != "link" and kind == "link"
        ):
            self.inline_open.append((tag, len(self.parts), kind))

    def close_inline(self, tag: Tag) -> None:
        """Close emphasis or a link opened by ``tag``: wrap its text, keeping spaces outside."""
        if not self.inline_open or self.inline_open[-1][0] is not tag:
            return
        _, start, kind = self.inline_open.pop()
        inner = "".join(self.parts[start:])
        del self.parts[start:]
        label = inner.strip()
        if not label:
            self.parts.append(inner)
            return
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        if "\n" in label:
            self.parts.append(inner)
            return
        if kind in ("**", "*"):
            self.parts.append(f"{lead}{kind}{label}{kind}{trail}")
            return
        url = clean_url(_attr(tag, "href"), self.base)
        if url is None or len(label) > _MAX_LABEL:
            self.parts.append(inner)
            return
        self.parts.append(f"{lead}[{' '.join(label.split())}]({url}){trail}")

    def _in_link(self) -> bool:
        return any(kind == "link" for _, _, kind in self.inline_open)

    # -- special elements ------------------------------------------------------------------------

    def picture_box(self, box: Tag, levels: int = 1) -> bool:
        """A caption or credit box outside a ``<figure>``, written as one when its picture is found.

        The picture is in the box (``<div class="wp-caption"><img>...``) or beside it in a
        small box up to ``levels`` above it (``<div><img><p class="img-caption">...``); without
        one the box is written as text.
        """
        if box.find("img") is not None:
            self.figure(box)
            return True
        for parent in _small_boxes_above(box, levels):
            image = parent.find("img")
            if isinstance(image, Tag) and _image_source(image, self.base) is not None:
                if id(image) in self.pictured:
                    return self.credit_after_picture(box, image)
                self.figure(box, image=image)
                return True
        return False

    def _picture_line(self, box: Tag) -> bool:
        """A paragraph that is a picture, a line break and a caption, written as a picture.

        ``<p><img src=...><br><em>Caption or credit</em></p>``: the picture leads the paragraph
        on a line of its own and one short line of plain text follows the break (at most
        ``_CREDIT_BOX`` characters, no link or block inside: a longer line is prose). Written
        as a text line alone, the dump parser would read the paragraph before it as the
        credit's caption.
        """
        nodes = (n for n in box.children if not (isinstance(n, NavigableString) and not n.strip()))
        first = next(nodes, None)
        image = first
        if isinstance(first, Tag) and first.name in _PICTURE_WRAPS:
            image = first.find("img")
            if visible_text(first, 1):
                return False
        if not isinstance(image, Tag) or image.name != "img":
            return False
        if _image_source(image, self.base) is None or id(image) in self.pictured:
            return False
        after = next(nodes, None)
        if not isinstance(after, Tag) or after.name != "br":
            return False
        for node in box.descendants:
            # One line of plain text: a link, a second line or a block is more than a caption
            # (the link around the picture itself is its wrapping, not the caption's).
            if isinstance(node, Tag) and node.name in _NOT_IN_PICTURE_LINE and node is not first:
                return False
        if len(box.find_all(["img", "br"], limit=3)) > 2:
            return False
        caption = visible_text(box, _CREDIT_BOX + 1)
        if len(caption) > _CREDIT_BOX or len(caption.split()) < _CAPTION_WORDS:
            return False
        self.figure(box, image=image)
        return True

    def credit_after_picture(self, box: Tag, image: Tag) -> bool:
        """A credit box written onto the line of its picture, the block just written.

        ``<img><p class="caption">X</p><p class="credit">Y</p>``: the caption box wrote the
        picture; its credit closes that caption line (``caption **credit**``). When something came
        between them, or the box is no credit, it stays a block of text.
        """
        if self.last_picture != (id(image), len(self.blocks) - 1) or "".join(self.parts).strip():
            return False
        if not _CREDIT_CLASS.search(_attr(box, "class")):
            return False
        credit = visible_text(box, _CREDIT_BOX + 1)
        if not credit or len(credit) > _CREDIT_BOX:
            return False
        last = self.blocks[-1]
        self.blocks[-1] = attrs.evolve(last, text=f"{last.text} **{escape(credit)}**")
        return True

    def figure(self, figure: Tag, image: Tag | None = None) -> None:
        """A picture, its caption and credit on one line: ``![alt](src) caption **credit**``."""
        self.flush()
        found = figure.find("img") if image is None else image
        image = found if isinstance(found, Tag) else None
        caption = figure.find("figcaption") or figure.find(class_=_CAPTION_CLASS)
        if caption is None and figure.name != "figure":
            caption = figure
        credit = None
        for candidate in figure.find_all(True, limit=200):
            if isinstance(candidate, Tag) and _CREDIT_HINT.search(
                f"{_attr(candidate, 'class')} {_attr(candidate, 'itemprop')}"
            ):
                credit = candidate
                break
        credit_text = visible_text(credit, 300) if credit is not None else ""
        text = visible_text(caption, 1500) if isinstance(caption, Tag) else ""
        if credit_text and credit_text in text:
            text = " ".join(text.replace(credit_text, " ", 1).split())
        if not text and not credit_text:
            return
        picture = ""
        if image is not None:
            self.pictured.add(id(image))
            source = _image_source(image, self.base)
            if source is not None:
                alt = " ".join(_attr(image, "alt").split()).replace("[", "(").replace("]", ")")
                picture = f"![{escape(alt[:300])}]({source})"
        pieces = []
        if text:
            pieces.append(escape(text))
        if credit_text:
            pieces.append(f"**{escape(credit_text)}**")
        # The picture on a line of its own, the caption under it: the dump parser reads a caption
        # by its picture line above it (or by a credit), not by a picture before it on its line.
        caption_line = _escape_line_start(" ".join(pieces))
        self.add(Block(text=f"{picture}\n{caption_line}" if picture else caption_line))
        if image is not None:
            self.last_picture = (id(image), len(self.blocks) - 1)

    def story_links(self, box: Tag) -> None:
        """A box after the article as a list of its links to other stories, ``* [Title](url)``.

        Only links whose text reads as a title (four words or more) are written, each address
        once; a box with fewer than two is left out whole, as are its teaser texts, buttons and
        headings, but for a first heading that is a related-links label ("Related stories").
        """
        self.flush()
        items: list[str] = []
        heading = box.find(list(_HEADINGS))
        if isinstance(heading, Tag):
            label = visible_text(heading, 100)
            if label.casefold().rstrip(":»›>|-–—•· ") in current().related_labels:
                items.append(f"### {escape(label)}")
        seen: set[str] = set()
        for link in box.find_all("a", href=True, limit=_MAX_STORIES):
            title = visible_text(link, 300)
            url = clean_url(_attr(link, "href"), self.base)
            if len(title.split()) < _TITLE_WORDS or url is None or url in seen:
                continue
            seen.add(url)
            items.append(f"* [{escape(title)}]({url})")
        least = 1 if id(box) in self.cards else _MIN_STORIES
        if sum(item.startswith("*") for item in items) >= least:
            self.blocks.extend(
                Block(text=item, kind=BlockKind.ITEM if item.startswith("*") else BlockKind.TEXT)
                for item in items
            )

    def preformatted(self, pre: Tag) -> None:
        """A ``<pre>`` block as a fenced code block, its text kept as written."""
        self.flush()
        text = pre.get_text().strip("\n")
        if not text.strip():
            return
        lines = [line.rstrip() for line in text.split("\n") if line.strip()]
        fence = "~~~~" if any(line.lstrip(" ").startswith("```") for line in lines) else "```"
        # A line that would close the fence early is moved off the fence by a tab, so the rest of
        # the block cannot be read as Markdown (a footer, a heading).
        body = "\n".join(
            "\t" + line if line.lstrip(" ").startswith(fence[:3]) else line for line in lines
        )
        self.add(Block(text=f"{fence}\n{body}\n{fence}"))

    # -- the walk --------------------------------------------------------------------------------

    def write(self, root: Tag) -> None:
        """Write ``root`` and everything live under it."""
        stack: list[tuple[Tag | NavigableString, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if isinstance(node, NavigableString):
                if not isinstance(node, PreformattedString):
                    self.text(node)
                continue
            if leaving:
                self.leave(node)
                continue
            if not self.enter(node):
                continue
            stack.append((node, True))
            for child in reversed(node.contents):
                if isinstance(child, Tag):
                    if is_unread(child) or is_hidden(child):
                        continue
                    if self.live(child) or id(child) in self.link_boxes:
                        stack.append((child, False))
                elif isinstance(child, NavigableString):
                    stack.append((child, False))
        self.flush()

    def enter(self, tag: Tag) -> bool:
        """Handle an opening tag; ``False`` when its children are not to be walked."""
        name = tag.name
        if id(tag) in self.link_boxes:
            self.story_links(tag)
            return False
        if tag is self.kicker:
            self.flush()
            kicker = visible_text(tag, 200)
            if kicker:
                self.add(Block(text=_escape_line_start(escape(kicker)), kind=BlockKind.KICKER))
            return False
        if tag is self.headline or name in _HEADINGS:
            self.flush()
            level = _HEADINGS.get(name, 1)
            if self.headline is not None and tag is not self.headline and level == 1:
                level = 2  # only the headline is a level-1 heading
            self.heading = 1 if tag is self.headline else level
            return True
        if name == "br":
            self.parts.append("\n")
            return False
        if name == "hr":
            self.flush()
            self.add(Block(text="* * *"))
            return False
        if name == "img":
            return False
        if name == "figure" and len(visible_text(tag, _FIGURE_TEXT + 1)) <= _FIGURE_TEXT:
            self.figure(tag)
            return False
        if name == "pre":
            self.preformatted(tag)
            return False
        if (
            name in BLOCK_TAGS
            and tag.attrs
            and _CAPTION_CLASS.search(_attr(tag, "class"))
            and _caption_sized(visible_text(tag, _CAPTION_BOX + 1))
            and not self.heading
            and not self._in_link()
            and self.picture_box(tag)
        ):
            return False
        if (
            name in _PICTURE_LINE_TAGS
            and not self.heading
            and not self._in_link()
            and self._picture_line(tag)
        ):
            return False
        if (
            tag.attrs
            and (name in BLOCK_TAGS or _alone_in_parent(tag))  # not a <span> inside a sentence
            and _CREDIT_CLASS.search(_attr(tag, "class"))
            and not self.heading
            and not self._in_link()
            and 0 < len(visible_text(tag, _CREDIT_BOX + 1)) <= _CREDIT_BOX
            and not _holds_header_fact(tag)
        ):
            if self.picture_box(tag, _CREDIT_LEVELS):
                return False
            if _unpictured_credit(tag):
                return False
        if name == "a" and tag.has_attr("href"):
            self.open_inline(tag, "link")
            return True
        if name in _EMPHASIS and not self.heading:
            self.open_inline(tag, _EMPHASIS[name])
            return True
        if name in BLOCK_TAGS:
            if self.heading or self._in_link():
                self.parts.append(" ")  # a block inside a link (a teaser card) stays in the link
                return True
            self.flush()
            if name in ("ul", "ol"):
                self.lists.append([1 if name == "ol" else 0, 1])
            elif name == "li":
                self.items.append(False)
            elif name == "blockquote":
                self.quotes += 1
        return True

    def leave(self, tag: Tag) -> None:
        """Handle a closing tag."""
        name = tag.name
        if tag is self.headline or (name in _HEADINGS and self.heading):
            self.flush(BlockKind.HEADLINE if tag is self.headline else BlockKind.TEXT)
            self.heading = 0
            return
        if self.inline_open and self.inline_open[-1][0] is tag:
            self.close_inline(tag)
            return
        if name not in BLOCK_TAGS:
            return
        if self.heading or self._in_link():
            self.parts.append(" ")
            return
        self.flush()
        if name in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif name == "li" and self.items:
            self.items.pop()
        elif name == "blockquote" and self.quotes:
            self.quotes -= 1


def _alone_in_parent(tag: Tag) -> bool:
    """Whether ``tag``'s text is all of its parent's: a box of its own, not words in a sentence."""
    parent = tag.parent
    return (
        parent is not None
        and visible_text(parent, _CREDIT_BOX + 1).strip()
        == visible_text(tag, _CREDIT_BOX + 1).strip()
    )


def _unpictured_credit(box: Tag) -> bool:
    """Whether a box names a picture's credit and no picture is near it.

    The class names a picture's credit (``image-credit``, ``bildquelle``) and no ``<img>`` is in
    the small boxes up to ``_CREDIT_LEVELS`` above it: the box credits a picture the page does
    not show there (a lead picture set elsewhere, a background image). It is left out, for
    written alone under a paragraph the dump parser reads that paragraph as its caption. A box
    holding a link is kept.
    """
    if not _PICTURE_CREDIT_CLASS.search(_attr(box, "class")) or box.find("a") is not None:
        return False
    return not any(
        parent.find("img") is not None for parent in _small_boxes_above(box, _CREDIT_LEVELS)
    )


def _small_boxes_above(box: Tag, levels: int) -> Iterator[Tag]:
    """The ancestors of ``box``, up to ``levels``, while each stays a picture's box in size."""
    node = box
    for _ in range(levels):
        parent = node.parent
        if parent is None or len(visible_text(parent, _FIGURE_TEXT + 1)) > _FIGURE_TEXT:
            return
        yield parent
        node = parent


def _holds_header_fact(box: Tag) -> bool:
    """Whether a small box holds a byline or date element (``author``, ``<time>``).

    Such a box is the article's credits (``<div class="credits">By <a class="author">...``),
    not a picture's.
    """
    for tag in box.find_all(True, limit=_HEADER_FACT_LOOK):
        if tag.name == "time":
            return True
        ident = f"{_attr(tag, 'class')} {_attr(tag, 'itemprop')} {_attr(tag, 'rel')}"
        # "image-author", "photo-byline": the picture's photographer, a credit.
        if HEADER_HINT.search(ident) and not _PICTURE_WORD.search(ident):
            return True
    return False


def _caption_sized(text: str) -> bool:
    return len(text) <= _CAPTION_BOX and len(text.split()) >= _CAPTION_WORDS


def _anything(_: Tag) -> bool:
    return True


def write_blocks(
    roots: list[Tag],
    *,
    live: Callable[[Tag], bool],
    base: str | None,
    headline: Tag | None,
    kicker: Tag | None,
    link_boxes: frozenset[int] = frozenset(),
    cards: frozenset[int] = frozenset(),
) -> list[Block]:
    """The dump blocks for ``roots``, in order (each written whole, furniture left out).

    Every root but the last is a header element chosen on purpose (a headline, a byline beside
    it), so all of its readable content is written, even where the page marks it as navigation.
    """
    writer = _Writer(live, base, headline, kicker, link_boxes, cards=cards)
    for index, root in enumerate(roots):
        writer.live = live if index == len(roots) - 1 else _anything
        writer.write(root)
    return drop_lone_labels(writer.blocks)


def _label(text: str) -> str:
    """A block's text as a box label: heading marks, emphasis and closing marks taken off."""
    if "\n" in text or len(text) > 80:
        return ""
    return " ".join(text.lstrip("#").strip().strip(_LABEL_ENDS).casefold().split())


def drop_lone_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the labels of boxes whose content is not written after them.

    A block that is only a related-links label stays when a link starts one of the two blocks
    after it (a list of stories, a "[Title](url)" line, a teaser's picture); one that labels
    comments, sharing, an author box or a newsletter prompt goes always
    (see ``_MORE_LABELS`` and ``_FURNITURE_LABELS``).

    Example:
        >>> blocks = [Block(text="Text."), Block(text="## Mehr zum Thema"), Block(text="End.")]
        >>> [b.text for b in drop_lone_labels(blocks)]
        ['Text.', 'End.']
    """
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.TEXT:
            label = _label(block.text)
            if label in _FURNITURE_LABELS:
                continue
            if (label in _MORE_LABELS or label in current().related_labels) and not any(
                _LINK_START.match(after.text) for after in blocks[index + 1 : index + 3]
            ):
                continue
        kept.append(block)
    return kept


def join_blocks(blocks: list[Block]) -> str:
    """Blocks as dump text: a blank line between blocks, none between items of one list."""
    out: list[str] = []
    previous: str | None = None
    for block in blocks:
        if out:
            out.append("\n" if block.kind == previous == BlockKind.ITEM else "\n\n")
        out.append(block.text)
        previous = block.kind
    return "".join(out)
