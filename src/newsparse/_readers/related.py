"""Related links: the label and link one "related" string holds (``Read more: [Title](url)``).

The reader of the related rule (:mod:`newsparse._parsers.related`), kept apart from it so that the
caption rule reads a related link under a picture without importing the related rule.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

import attrs

from newsparse._inline import Inline, render
from newsparse._source import BLANK
from newsparse.vocabulary import Vocabulary, cached, current, patterns

__all__ = [
    "LIST_SEPARATORS",
    "SEPARATORS",
    "RelatedReading",
    "RelatedWords",
    "read_link_list",
    "read_links",
    "read_related",
    "related_words",
]


class RelatedWords(NamedTuple):
    """The related rules' word sets, built from one vocabulary."""

    # The most words a related label has, and the first words of all labels.
    max_label_words: int
    first_words: frozenset[str]
    # The most words a label of a latest / most-read box has, and the first words of all such.
    max_listing_words: int
    listing_first_words: frozenset[str]


def _build(words: Vocabulary) -> RelatedWords:
    """The related-label facts of ``words``."""
    labels = words.related_labels
    return RelatedWords(
        max_label_words=max((len(label.split()) for label in labels), default=1),
        first_words=frozenset(label.split()[0] for label in labels),
        max_listing_words=max((len(label.split()) for label in words.listing_labels), default=1),
        listing_first_words=frozenset(label.split()[0] for label in words.listing_labels),
    )


# The related-link rules' tables of the vocabulary in use, built once per vocabulary.
related_words: Final = patterns(_build)
# What may end a label before its links: "Related:", "Read next »", "MORE |".
SEPARATORS: Final = ":»›>|-–—•·"
# What may stand between the links of one line: "[A](u), [B](u)", "[A](u) | [B](u)", "· ".
LIST_SEPARATORS: Final = SEPARATORS + ",;/"


@attrs.frozen(kw_only=True)
class RelatedReading:
    """What a related link says."""

    label: str | None
    title: str
    url: str | None = None


# A word, with a colon closing it kept and what is glued after the colon a word of its own.
_LABEL_WORD: Final = re.compile(r"[^\s:]{1,120}:?|:")


def _label(text: str) -> tuple[str, int] | None:
    """The related-link label opening ``text`` and where it ends (before any separator)."""
    # A converter may glue the title to the label's colon ("Czytaj też:[Title](url)").
    # Emphasis marks a converter left unpaired ("****Label:***" renders as "*Label:") are no
    # part of the label's first word.
    words = _LABEL_WORD.findall(text[:120].lstrip("*_"))
    labels = current().related_labels
    for count in range(min(related_words().max_label_words, len(words)), 0, -1):
        if not words[count - 1].strip(SEPARATORS):
            continue  # a label ends on a word, not on its separator
        candidate = " ".join(words[:count])
        key = candidate.casefold().rstrip(SEPARATORS + " ")
        if key in labels:
            start = text.find(words[0])
            last = words[count - 1]
            end = text.find(last, start) + len(last.rstrip(SEPARATORS))
            return text[start:end].rstrip(), end
    return None


@cached(maxsize=2048)  # rules ask about the same line more than once
def read_related(markdown: str) -> RelatedReading | None:
    """What a one-line related link says, or ``None`` when ``markdown`` is not one.

    Example:
        >>> r = read_related("**Related article: [Russia Says Ready to Activate Tajik Base](#)**")
        >>> r.label, r.title, r.url
        ('Related article', 'Russia Says Ready to Activate Tajik Base', None)
    """
    if len(markdown) > 1000:
        return None
    inline = render(markdown)
    text = inline.text
    if not text:
        return None
    found = _label(text)
    if found is not None:
        label, end = found
        rest = text[end:]
        stripped = rest.lstrip(" ")
        separated = stripped[:1] in SEPARATORS
        title = stripped.lstrip(SEPARATORS + " ").strip()
        links = [link for link in inline.links if link.end > end]
        if title and (separated or _only_link(inline, end)):
            url = links[0].url if links else None
            if links and len(links) == 1 and links[0].text:
                title = title if not _only_link(inline, end) else links[0].text
            return RelatedReading(label=label, title=title, url=url)
        return None
    # "[Related: Title](url)": the label inside the link text.
    if len(inline.links) == 1 and inline.links[0].start == 0 and inline.links[0].end == len(text):
        link = inline.links[0]
        inner = _label(link.text)
        if inner is not None:
            label, end = inner
            title = link.text[end:].lstrip(SEPARATORS + " ").strip()
            if title and link.text[end:].lstrip(" ")[:1] in SEPARATORS:
                return RelatedReading(label=label, title=title, url=link.url)
    return None


def _only_link(inline: Inline, start: int) -> bool:
    rest = [link for link in inline.links if link.start >= start]
    if len(rest) != 1:
        return False
    outside = inline.text[start : rest[0].start] + inline.text[rest[0].end :]
    return not outside.strip(BLANK + SEPARATORS)


_MIN_LISTED: Final = 2


def read_link_list(markdown: str) -> tuple[RelatedReading, ...]:
    """One reading per link when a labelled line lists several (``Read more: [A](u), [B](u)``).

    After the label only links and the marks between them (:data:`LIST_SEPARATORS`) may stand;
    each reading has the line's label. Empty when the line is no such list.

    Example:
        >>> [r.title for r in read_link_list("Read more: [Dry summer](#) | [Wet spring](#)")]
        ['Dry summer', 'Wet spring']
    """
    reading = read_related(markdown)
    if reading is None:
        return ()
    inline = render(markdown)
    found = _label(inline.text)
    if found is None:
        return ()
    return _listed(inline, found[1], reading.label)


def _listed(inline: Inline, start: int, label: str | None) -> tuple[RelatedReading, ...]:
    """The links of ``inline`` after ``start``, if only separators stand between them."""
    links = [link for link in inline.links if link.start >= start]
    if len(links) < _MIN_LISTED or any(not link.text.strip(BLANK) for link in links):
        return ()
    position = start
    for link in links:
        if inline.text[position : link.start].strip(BLANK + LIST_SEPARATORS):
            return ()
        position = link.end
    if inline.text[position:].strip(BLANK + LIST_SEPARATORS + "."):  # a closing period
        return ()
    return tuple(
        RelatedReading(label=label, title=" ".join(link.text.split()), url=link.url)
        for link in links
    )


def read_links(markdown: str, label: str | None) -> tuple[RelatedReading, ...]:
    """One reading per link of a line that holds only links and separators (``[A](u) · [B](u)``).

    Each reading has ``label``: a list item of a labelled box may hold two stories. Empty when
    the line holds fewer than two links or anything but separators between them.
    """
    return _listed(render(markdown), 0, label)
