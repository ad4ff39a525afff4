"""Picture captions: the caption text, the credit line, a date the caption gives, and the image.

A caption is recognised by its credit: a trailing emphasised credit (``... July 8, 2021 **TASS**``),
a labelled credit (``Photo: X / AFP``, ``Foto: ...``, ``© Aton``; after a sentence the label may
lack its colon: ``... Foto Jane Doe``), a parenthesised credit with a
slash (``(AP Photo/Jon Vardy)``), a photographer and picture agency (``Perrin Knox/Getty
Images``), or an image line (``![alt](src)``). The credit may sit on the caption's line, on the
line after it, or, in picture galleries, on the line before it.

This module holds the caption rule; the credit reader, :func:`read_credit`, lives in
:mod:`newsparse._readers.caption`, where the title rule takes it from.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from newsparse._dates import FoundDate, find_dates
from newsparse._engine import LABEL_LINE, Claim, Context, Found, Shape, is_prose
from newsparse._errors import Code, ParseError
from newsparse._inline import Inline, line_markdown, render
from newsparse._model import Caption, DateValue, Picture, Role
from newsparse._parsers.common import (
    heading_text,
    is_emphasised,
    is_italic,
    picture_claim,
    picture_file,
    unmarked,
    wrapped_end,
)
from newsparse._plan import wrap_width
from newsparse._readers.byline import read_byline
from newsparse._readers.caption import (
    MAX_CREDIT,
    credit_words,
    notice_year,
    picture_credit,
    read_credit,
)
from newsparse._readers.dateline import read_dateline, split_glued
from newsparse._readers.reading_time import reading_time
from newsparse._readers.related import read_related
from newsparse._source import BLANK, Source
from newsparse.vocabulary import (
    Vocabulary,
    agency_name,
    cached,
    current,
    patterns,
    prefix_first_words,
)

__all__ = ["CaptionReading", "caption_of", "leading_credit", "read_caption", "rule", "screen"]

_MAX_CAPTION: Final = 400


# A credit at the end of a caption: "... Hamburg. Foto: Jo Park/dpa", "...hour.Photograph: X"
# The label may end in an ellipsis instead: "... of California.Credit...Jane Doe/AP"
_TRAILING_LABELLED: Final = re.compile(
    r"(?P<label>(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)"
    r"(?:[ ]?:|[.]{3}|…)[ ]?(?P<credit>[^:]{2,100})$"
)
# A label after a slash closing a caption: "Port nocą / autor: Jan Kowalski"
_SLASHED_LABEL: Final = re.compile(
    r"[ ]/[ ]?(?P<label>[^\W\d_]{3,12})[ ]?:[ ]?(?P<credit>[^\s:][^:]{1,99})$"
)
# What sets a labelled credit off the caption before it ("... at dusk – Foto: X", "... at
# dusk; Foto: X"); " -" is a hyphen typed for a dash.
_CREDIT_SEPARATORS: Final = ("—", "–", "|", "/", ",", ";", " -")
# An initial before a full stop: "Kevin S. Vineys" is no sentence end.
_INITIAL: Final = re.compile(r"(?:^|[ (])[A-ZÀ-Þ]$")
# A parenthesised credit after a caption sentence: "... speaks. (Matt Stonebridge/Boston Herald)"
_TRAILING_PARENTHESISED: Final = re.compile(r"[ ]\((?P<credit>[^()]{2,160})\)$")
# The same in square brackets: "... at dawn [Foto: Jo Park]", "... (Jo Park/AFP)" written "[...]"
_TRAILING_BRACKETED: Final = re.compile(r"[ ]\[(?P<credit>[^\[\]()]{2,160})\]$")
# A credit label inside such parentheses: "Photo: ", "Foto: "
_INNER_LABEL: Final = re.compile(r"(?P<label>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:[ ]?")
# A label shortened with a full stop closing a caption, after a sentence, a comma or a dash:
# "... w magazynie. Fot. Jan Nowak", "Hala w Gdyni, fot. PAP/Jan Nowak", "Port / fot. Jan Nowak"
_TRAILING_ABBREVIATED: Final = re.compile(
    r"(?:(?<=[.!?,;\"”)»])[ ]|[ ][/|–—][ ])(?P<label>[^\W\d_]{2,6})[.][ ]?"
    r"(?P<credit>[^\W\d_][^\n]{1,100})$"
)
# A copyright credit at the end of a caption: "... l’université / (C) Kofi Nadeau"
_TRAILING_COPYRIGHT: Final = re.compile(
    r"(?:[ ]/)?(?:[ ]|(?<=[.!?]))(?P<mark>©|\([cC]\))[ ]?(?P<credit>[^©]{2,80})$"
)


# A credit label glued to the caption's last word: "The harbour at dawnFoto: Jo Park". Three
# small letters before it: a brand's capital inside its word ("iPhoto:", "eSource:") is no label.
_GLUED_LABEL: Final = re.compile(
    r"(?<=[a-zß-ÿ]{3})(?P<label>[A-ZÀ-Þ][a-zß-ÿ]{2,20})[ ]?:[ ]?(?P<credit>[^\s:][^:]{1,99})$"
)
# A name of two or three capitalised words glued to the caption's closing sentence mark, with
# no label: "... nicht erlaubt!Jo Park". The converter joined the caption's and the credit's
# elements with nothing between. Without the mark a glued name reads like a brand's inner
# capital ("ThyssenKrupp Steel", "easyJet Holidays"), so it is left as written.
_GLUED_NAME: Final = re.compile(
    r"(?<![^\W\d_])(?P<head>[^\W\d_]{1,30})(?P<mark>[!?.])"
    r"(?P<credit>[A-ZÀ-Þ][a-zß-ÿ'’-]{1,20}(?:[ ][A-ZÀ-Þ][a-zß-ÿ'’-]{1,20}){1,2})$"
)
# The fewest small letters of the word before the mark ("St.Petersburg Road", "U.S.Army
# Corps" are abbreviations, not a sentence's end).
_MIN_GLUED_HEAD: Final = 3
# The most words of a credit of names only set off by a space ("Foto: Jo Park / Example Press")
_MAX_NAMES_CREDIT_WORDS: Final = 8
# What joins names in a credit: "Jo Park / AFP", "dpa | Ida Marsk", "Jo Park & Ida Marsk".
_NAME_JOINERS: Final = re.compile(r"[ ]?[/|,][ ]?|[ ]")


# A credit's label or copyright mark opening a line: "Foto: ", "(Photo: ", "© ", "[Bild: "
_LEADING_MARK: Final = re.compile(
    r"^[(\[]?(?:(?P<label>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:|©|\([cC]\))[ ]?"
)
# What sets a credit standing first off the caption after it: "Foto: Jo Park | The harbour"
_LEADING_SEPARATORS: Final = (" | ", " – ", " — ", " - ", ". ")
# An initial before a full stop in a credit: "Jo K. Park", "Agency/C. Park", "(J. Park".
_LEADING_INITIAL: Final = re.compile(r"(?:^|[ (/])[A-ZÀ-Þ]$")
# The most characters of a credit standing first on a caption's line.
_MAX_LEADING_CREDIT: Final = 80
_MIN_LEADING_CAPTION_WORDS: Final = 3


# A numbered figure opening a caption: "Abb. 3: ...", "Figure 12. ...", "Bild 2 – ...", "Fig. 4a:"
_FIGURE: Final = re.compile(
    r"^(?P<label>[^\W\d_]{2,12}[.]?)[ ]?(?P<number>[0-9]{1,3}[a-z]?)(?:[:.)]|[ ][-–—|])[ ]"
    r"(?=\S)"
)
_MAX_FIGURE_CAPTION: Final = 600


@attrs.frozen(kw_only=True)
class CaptionReading:
    """What a caption says, with the credit split off."""

    text: str
    credit: str | None = None
    date: FoundDate | None = None
    image_url: str | None = None
    alt: str | None = None


def _trailing_emphasis(markdown: str) -> tuple[str, str] | None:
    """Split ``text **CREDIT**`` (or ``*CREDIT*``) into text and credit."""
    stripped = markdown.rstrip(BLANK)
    for marker in ("**", "__", "*", "_"):
        if not stripped.endswith(marker) or stripped.endswith(marker * 3):
            continue
        opening = stripped.rfind(marker, 0, len(stripped) - len(marker))
        if opening <= 0 or len(stripped) - opening > MAX_CREDIT:
            continue
        before = stripped[opening - 1]
        if before not in " \t" and not before.isdigit():
            continue
        credit = stripped[opening + len(marker) : len(stripped) - len(marker)].strip()
        text = stripped[:opening]
        if (
            not credit
            or "*" in credit
            or "](" in credit  # a link in bold ("**Related article: [..](..)**") is no credit
            or credit[-1] in ".!?:"
            or len(credit.split()) > 6
        ):
            return None
        known = agency_name(credit) is not None or credit.casefold() in current().picture_agencies
        if not (credit[0].isupper() or credit[0] in "©(" or credit[0].isdigit() or known):
            return None
        return text, credit
    return None


def leading_credit(text: str) -> tuple[str, str] | None:
    """A credit standing first on a caption's line, then the caption: ``(text, credit)``.

    ``Foto: Jo Park | The harbour at dawn.``, ``(Photo: Jo Park/AFP) The harbour at dawn.``,
    ``© Jo Park. The harbour at dawn.``: a label or copyright mark, names only
    (:func:`_names_only`), a bar, dash, full stop or the closing bracket, then a sentence of
    three words or more.

    Example:
        >>> leading_credit("Foto: Jo Park/dpa | Rowers on the lake at dawn.")
        ('Rowers on the lake at dawn.', 'Jo Park/dpa')
        >>> leading_credit("Foto: Rowers on the lake at dawn.") is None
        True
    """
    mark = _LEADING_MARK.match(text)
    label = mark["label"].casefold() if mark is not None and mark["label"] else None
    if mark is None or (
        label is not None
        and (label not in credit_words().labels or label in current().source_line_words)
    ):
        return None  # "Quelle: X - a tagline": a source names where facts come from
    rest = text[mark.end() : mark.end() + _MAX_LEADING_CREDIT + 3]
    # The bracket the line opens, to close the credit; "(c)" is a copyright mark, not one.
    opened = text[:1] if text[:1] in "([" and text[:3].casefold() != "(c)" else ""
    if opened:
        cut, width = rest.find(")" if opened == "(" else "]"), 1
    else:
        found = [
            (rest.find(separator), len(separator))
            for separator in _LEADING_SEPARATORS
            if rest.find(separator) > 0
        ]
        cut, width = min(found) if found else (-1, 0)
        if rest[cut : cut + 2] == ". " and _LEADING_INITIAL.search(rest[max(0, cut - 2) : cut]):
            return None  # "Foto: Jo K. Park", "Foto: IBU/C. Park": an initial, not the end
    if cut <= 0:
        return None
    head = rest[:cut].strip(BLANK)
    after = text[mark.end() + cut + width :].strip(BLANK + "|–—-")
    if (
        not _names_only(head)
        or not _sentence_like(after)
        or len(after.split()) < _MIN_LEADING_CAPTION_WORDS
    ):
        return None
    return after, _after_label(head)


# The most words of a share button's label beside a picture ("Pin", "Share").
_MAX_SHARE_LABEL_WORDS: Final = 3


def _share_label(text: str) -> bool:
    """Whether ``text`` is only share-button words (``Pin``, ``Share``): no caption."""
    words = text.casefold().split()
    return 0 < len(words) <= _MAX_SHARE_LABEL_WORDS and all(
        word.strip(".,:!|") in current().share_words
        or word.strip(".,:!|") in current().share_picture_labels
        for word in words
    )


def _split_date(text: str) -> tuple[str, FoundDate | None]:
    """Take a date phrase off the end of caption text: ``... left. July 8, 2021``."""
    if not any(c.isdigit() for c in text[-40:]):
        return text, None
    found = [f for f in find_dates(text) if f.has_date]
    if not found:
        return text, None
    last = found[-1]
    if text[last.end :].strip(BLANK + ".,;") or last.start < 1:
        return text, None
    return text[: last.start].rstrip(BLANK + ",;-–—|"), last


@cached(maxsize=2048)  # rules ask about the same line more than once
def read_caption(markdown: str) -> CaptionReading | None:
    """What a one-line caption says, or ``None`` when it carries no credit or image.

    Example:
        >>> r = read_caption("Bagram Airfield base. July 8, 2021 **TASS**")
        >>> r.text, r.credit, (r.date.year, r.date.month, r.date.day)
        ('Bagram Airfield base.', 'TASS', (2021, 7, 8))
    """
    if len(markdown) > _MAX_CAPTION * 2 and "![" not in markdown:
        return None
    inline = render(markdown)
    text = inline.text
    if len(text) > _MAX_CAPTION * 2:
        return None
    if inline.images and text and _share_label(text):
        text = ""  # "![The pond at dusk](src)Pin": a share button's label glued to the picture
    if inline.images and not text:
        image = inline.images[0]
        return CaptionReading(text="", image_url=image.url, alt=image.alt or None)
    emphasis = _trailing_emphasis(markdown)
    if emphasis is not None and not _credited_sentence(render(emphasis[0]).text):
        emphasis = None  # "... Tretzka **Wassergesättigte Flächen**": no credit after a sentence
    if emphasis is not None and _numbered_point(render(emphasis[0]).text, emphasis[1]):
        emphasis = None
    if (
        emphasis is None
        and inline.images
        and markdown.lstrip(" *-+").startswith("![")
        and len(text) <= _MAX_CAPTION
        and _sentence_like(text)
    ):
        # "![](src) The hermit crab in its shell. (J. Doe / Example)": the caption beside it.
        image = inline.images[0]
        text, found_credit = _trailing_credit(text.strip(BLANK))
        text, date = _split_date(text)
        return CaptionReading(
            text=text, credit=found_credit, date=date, image_url=image.url, alt=image.alt or None
        )
    credit: str | None = None
    if emphasis is not None:
        # "... at dawn. *Foto: Jo Park*": the label in the emphasis is no part of the credit
        text, credit = render(emphasis[0]).text, read_credit(emphasis[1]) or emphasis[1]
    else:
        if len(text) > _MAX_CAPTION:
            return None
        leading = leading_credit(text.strip(BLANK))
        credit = read_credit(text) if leading is None else None
        if leading is not None:
            text, credit = leading  # "Foto: Jo Park | The harbour at dawn."
        elif credit is not None:
            text = ""
        else:
            text, credit = _trailing_credit(text)
            if credit is None:
                glued = _glued_name(text)
                if glued is None or not _glue_written(markdown, *glued):
                    return None
                text, credit = glued  # "... may not land here!Jo Park"
    text, date = _split_date(text)
    first_image = inline.images[0] if inline.images else None
    return CaptionReading(
        text=text,
        credit=credit or None,
        date=date,
        image_url=first_image.url if first_image else None,
        alt=(first_image.alt or None) if first_image else None,
    )


# Two letters in a row: a word, not a number ("3.", "1/2") or a mark.
_LETTERS: Final = re.compile(r"[^\W\d_]{2}")


# A list's number opening a line: "13. ", "4) " (bold around it is gone from the plain text).
_LIST_NUMBER: Final = re.compile(r"^[0-9]{1,3}[.)][ ]")


def _numbered_point(text: str, credit: str) -> bool:
    """Whether ``text **credit**`` is a numbered point (``2. **Compare offers**``), no caption.

    Before an emphasised credit a caption says something; a number alone before bold words is
    a list written as lines. A numbered point that quotes someone and names them in bold
    (``**13.** "Take a walk at noon." **Coach Jane Doe**``) is a list of tips, and the bold name
    is the quote's speaker, not a picture's credit. A gallery's counter over a known credit
    (``1/4 **Example Images**``, ``12. Harbour at dawn **Reuters**``) stays a caption.
    """
    if picture_credit(credit):
        return False
    return _LETTERS.search(text) is None or _LIST_NUMBER.match(text.lstrip(BLANK)) is not None


def _credited_sentence(text: str) -> bool:
    """Whether ``text`` ends as a caption does before an emphasised credit: a sentence or a date."""
    return bool(text) and (text[-1] in '.!?"”)»0123456789' or _ends_with_date(text))


def _sentence_like(text: str) -> bool:
    """Whether text beside a picture reads as its caption.

    It opens like a sentence, with a capital, a digit or a quote, and not with a byline word
    (``von lupa am 26/10/13``).
    """
    stripped = text.strip(BLANK)
    first = stripped.split(None, 1)[0].casefold() if stripped else ""
    return (
        bool(stripped)
        and (stripped[0].isupper() or stripped[0] in "0123456789\"'„“«¿¡")
        and (first not in prefix_first_words())
    )


def _ends_with_date(text: str) -> bool:
    return _split_date(text)[1] is not None


def _trailing_credit(text: str) -> tuple[str, str | None]:
    # A parenthesised credit first: "(Photo: AFP/John Doe)" holds a labelled one inside it; the
    # sentence's full stop may close it: "... in 1910 (Foto: Jane Doe)."
    closed = text[:-1] if text.endswith((").", "].")) else text
    parenthesised = _TRAILING_PARENTHESISED.search(closed[-200:])
    if parenthesised is None and closed.endswith("]"):
        parenthesised = _TRAILING_BRACKETED.search(closed[-200:])
    if parenthesised is not None:
        cut = len(closed) - len(closed[-200:]) + parenthesised.start()
        before = text[:cut].rstrip(BLANK)
        inner = parenthesised["credit"].strip()
        label = _INNER_LABEL.match(inner)
        by = credit_words().by.match(inner)
        inner_label = True  # a label inside the parentheses says it all: "A crowd (Foto: X)"
        if label is not None and label["label"].casefold() in credit_words().labels:
            inner = inner[label.end() :].strip()
        elif by is not None and by["label"].casefold() in credit_words().labels:
            inner = by["credit"].strip()  # "(Photo by Jane Doe/Getty Images)"
        else:
            inner_label = False
            if "/" not in inner and credit_words().courtesy.match(inner) is None:
                inner = ""
        if before and (inner_label or before[-1] in '.!?"”»') and inner:
            return before, inner
    slashed = _slashed_label(text)
    if slashed is not None:
        return slashed
    labelled = _TRAILING_LABELLED.search(text[-130:])
    if labelled is not None and labelled["label"].casefold() in credit_words().labels:
        cut = len(text) - len(text[-130:]) + labelled.start()
        before = text[:cut].rstrip(BLANK)
        if before.endswith(_CREDIT_SEPARATORS) and before[:-1].strip(BLANK):
            # "Ministro durante o anúncio — Foto: X": a dash or bar sets the credit off (a
            # slash or comma too: "Wind farm at dusk / Foto: X", "Wind farm, Photo: X"; a
            # hyphen typed for a dash: "Wind farm at dusk. - Foto: X").
            return before[:-1].rstrip(BLANK), _after_label(labelled["credit"])
        if before and (before[-1] in '.!?)"”»' or (labelled.start() > 0 and text[cut - 1] != " ")):
            return before, _after_label(labelled["credit"])
        if _names_only(labelled["credit"]) and _caption_words(before):
            # "The harbour at dawn Foto: Jo Park": a caption with no full stop, its credit after
            # a space; a capitalised label and a credit of names only set it off.
            return before, _after_label(labelled["credit"])
    glued = _GLUED_LABEL.search(text[-130:])
    if glued is not None and glued["label"].casefold() in credit_words().labels:
        # "The harbour at dawnFoto: Jo Park": the caption's and the credit's elements glued.
        before = text[: len(text) - len(text[-130:]) + glued.start()].rstrip(BLANK)
        if _names_only(glued["credit"]) and _caption_words(before):
            return before, _after_label(glued["credit"])
    by = credit_words().trailing_by.search(text[-160:])
    if by is not None and by["label"].casefold() in credit_words().labels:
        cut = len(text) - len(text[-160:]) + by.start()
        before = text[:cut].rstrip(BLANK)
        if before.endswith(("/", "|", "–", "—")):
            before = before[:-1].rstrip(BLANK)
        if before:
            return before, by["credit"].strip()
    bare = credit_words().trailing_bare.search(text[-130:])
    if bare is not None and bare["label"].casefold() in credit_words().labels:
        # "... at dusk. Foto Jane Doe via Stockhaus": the label without its colon.
        cut = len(text) - len(text[-130:]) + bare.start()
        return text[:cut].rstrip(BLANK), bare["credit"].strip()
    mark = _TRAILING_COPYRIGHT.search(text[-100:])
    if mark is not None and not notice_year(mark["credit"]):
        cut = len(text) - len(text[-100:]) + mark.start()
        if cut > 0 and text[:cut].rstrip(BLANK + "–—-|"):
            # "Cyber attacks rise. – © Jane Doe – stock.example": the dash sets the credit off.
            return _without_label(text[:cut].rstrip(BLANK + "–—-|")), mark["credit"].strip()
    return _unlabelled_credit(text)


def _unlabelled_credit(text: str) -> tuple[str, str | None]:
    """The last steps of :func:`_trailing_credit`: a shortened label, an agency, a bar or slash."""
    abbreviated = _abbreviated_credit(text)  # "... w porcie, fot. Jan Nowak / Agencja"
    if abbreviated is not None:
        return abbreviated
    # An unlabelled credit after the last sentence: "... rueda de prensa. EFE/Juan Pérez".
    floor = max(0, len(text) - 100)
    stop = text.rfind(". ", floor)
    while stop > 0 and _INITIAL.search(text[max(0, stop - 2) : stop]):
        stop = text.rfind(". ", floor, stop)  # "Kevin S. Vineys/AP": a full stop after an initial
    if stop > 0 and picture_credit(text[stop + 2 :].strip(BLANK)):
        return text[: stop + 1], text[stop + 2 :].strip(BLANK)
    return _separated_credit(text)


def _glued_name(text: str) -> tuple[str, str] | None:
    """A name glued to the caption's closing mark: ``Boats may not land here!Jo Park``.

    The word before the mark ends in three small letters or more, and the caption before it
    has words of its own.
    """
    found = _GLUED_NAME.search(text[-80:])
    if found is None:
        return None
    head = found["head"]
    if len(head) < _MIN_GLUED_HEAD or not head[-_MIN_GLUED_HEAD:].islower():
        return None
    before = text[: len(text) - len(found["credit"])].rstrip(BLANK)
    if len(before.split()) < 2 or _LETTERS.search(before) is None:
        return None
    return before, found["credit"]


def _glue_written(markdown: str, text: str, credit: str) -> bool:
    """Whether a name read glued to the caption (``dawnJo Park``) is glued in the markdown.

    Two links or emphases side by side (``[Reuse](#)[The Project](#)``) render glued too, but
    they are the page's separate elements, not a caption and its credit.
    """
    return bool(text.split()) and text.rsplit(maxsplit=1)[-1] + credit in markdown


def _abbreviated_credit(text: str) -> tuple[str, str] | None:
    """A credit after a label shortened with a full stop: ``Hala w porcie, fot. Jan Nowak``."""
    found = _TRAILING_ABBREVIATED.search(text[-130:])
    if found is None or found["label"].casefold() not in current().credit_abbreviations:
        return None
    before = text[: len(text) - len(text[-130:]) + found.start()].rstrip(BLANK + ",;/|–—")
    return (before, found["credit"].strip(BLANK)) if _LETTERS.search(before) else None


# What sets an unlabelled credit off the caption before it: "The pier | Jo Park/AFP".
_SEPARATORS: Final = (" | ", " / ")


def _after_label(credit: str) -> str:
    """The credit after its label, less a copyright mark that adds nothing: ``Foto: © Jo Park``."""
    credit = credit.strip(BLANK)
    for mark in ("©", "(c)", "(C)"):
        if credit.startswith(mark) and credit[len(mark) :].strip(BLANK):
            return credit[len(mark) :].strip(BLANK)
    return credit


def _names_only(credit: str) -> bool:
    """Whether a credit holds names only: capitalised words, an agency, a domain, joined by marks.

    ``Jo Park``, ``Jo Park / Example Press``, ``© Ida Marsk``, ``dpa``; not ``Watch the mayor``
    (a phrase of the text) nor a sentence.
    """
    credit = credit.strip(BLANK).removeprefix("©").strip(BLANK)
    words = [word for word in _NAME_JOINERS.split(credit) if word and word != "&"]
    if not words or len(words) > _MAX_NAMES_CREDIT_WORDS or credit[-1:] in "!?:":
        return False
    particles = current().name_particles
    return all(
        _NAME_PART.fullmatch(word) is not None
        or word in particles
        or word.casefold() in current().picture_agencies
        for word in words
    ) and bool(_NAME_PART.fullmatch(words[0]) or words[0].casefold() in current().picture_agencies)


def _caption_words(before: str) -> bool:
    """Whether the text before a credit reads as a caption: two words or more, and no paragraph.

    A copyright mark in it (``... at dawn © Quelle: X``, ``... © X/dpa Foto: X``) opens the
    credit: the copyright reading takes the line whole.
    """
    return (
        len(before.split()) >= 2
        and _LETTERS.search(before) is not None
        and not is_prose(before)
        and not any(mark in before[-100:] for mark in ("©", "(c)", "(C)"))
    )


def _separated_credit(text: str) -> tuple[str, str | None]:
    """A credit after a bar or a spaced slash: ``Rowers at dawn | Jo Park/AFP``, ``... / AFP``.

    The first such mark in the line's last 100 characters whose words after it are a picture
    credit (``Jo Park / AFP`` after a slash stays whole), with caption words before it, not an
    agency (``picture alliance / Example Agency | Jo Park`` is one credit).
    """
    floor = max(0, len(text) - 100)
    for separator in _SEPARATORS:
        cut = text.find(separator, floor)
        if cut <= 0:
            continue
        head, tail = text[:cut].rstrip(BLANK), text[cut + len(separator) :].strip(BLANK)
        if _LETTERS.search(head) is not None and not picture_credit(head) and picture_credit(tail):
            return head, tail
    return text, None


def _slashed_label(text: str) -> tuple[str, str] | None:
    """A credit whose label is a byline's too, after the caption and a slash.

    ``Port nocą / autor: Jan Kowalski``: after a slash ``autor:`` credits the picture; alone on
    a line it labels the article's author.
    """
    found = _SLASHED_LABEL.search(text[-130:])
    if found is None or found["label"].casefold() not in current().slashed_credit_labels:
        return None
    before = text[: len(text) - len(text[-130:]) + found.start()].rstrip(BLANK)
    return (before, found["credit"].strip()) if _LETTERS.search(before) else None


def _without_label(text: str) -> str:
    """Caption text less a credit label its copyright mark follows: ``The pier at dawn. Foto``."""
    head, _, last = text.rpartition(" ")
    head = head.rstrip(BLANK + "–—-|;,")
    if head and last.rstrip(":").casefold() in credit_words().labels:
        return head
    return text


# -- the rule ---------------------------------------------------------------------------------


def _credit_at(context: Context, index: int) -> tuple[str, int] | None:
    """The credit on line ``index`` (a bare ``Foto:`` takes the short line after it)."""
    # Each line is asked about twice (as the line under the cursor and as the next line).
    memo = context.memo(_find_credit)
    if index not in memo:
        memo[index] = _find_credit(context, index)
    return memo[index]


def _find_credit(context: Context, index: int) -> tuple[str, int] | None:
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM) or not _credit_like(
        context, index
    ):
        return None
    line = _markdown(context, index)
    if len(line) > MAX_CREDIT * 2:
        return None
    credit = read_credit(_inline(context, index).text)
    if credit and leading_credit(_inline(context, index).text.strip(BLANK)) is not None:
        return None  # "Foto: Jo Park | The harbour at dawn.": a caption line, its credit first
    if credit is None:
        text = _inline(context, index).text.strip(BLANK)
        return (text, index) if _named_credit(text) else None
    if credit:
        return credit, index
    following = context.next_nonblank(index + 1)
    if (
        following is None
        or following - index > 2
        or len(_markdown(context, following)) > LABEL_LINE
    ):
        return None
    name = _inline(context, following).text
    if not name or name[-1] in ".!?:":  # "Original url:" under "Bildquelle:" is a label too
        return None
    return name, following


def _caption_text_line(context: Context, index: int, limit: int = _MAX_CAPTION) -> bool:
    if (
        context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM)
        or len(_markdown(context, index)) > 3 * limit
        or context.setext_level(index)  # a heading underlined with "===" is no caption
    ):
        return False
    # A paragraph a converter wrapped is read whole: its first line is short, the paragraph may
    # be long.
    text = _inline(context, index).text
    return (
        0 < len(text) <= limit
        and not text.rstrip(BLANK).endswith(":")  # "Listen to our podcast:" leads on
        and not _reading_time_note(text)  # "Lesezeit: 2 Minuten" under a lead picture's credit
        and not _labelled_elsewhere(context, index)
        and _credit_at(context, index) is None
        and not _header_credit_line(context, index)
    )


def _reading_time_note(text: str) -> bool:
    """Whether ``text`` is only a reading-time note (``5 min read``): the page's, no caption."""
    note = reading_time()
    key = text.strip(BLANK).casefold()
    return note.hint in key and note.whole.match(key) is not None


# What may stand between a label and what it labels: "Related: ...", "Read next >", "MORE | ...".
_LABEL_ENDS: Final = ":»›>|-–—•·"
# A name after a byline word: "By Jane", "Von Jessie Meyer" (capitalised words, no sentence end).
_SHORT_NAME: Final = re.compile(r"[A-ZÀ-Þ][\w.'’-]{0,30}(?:[ ][A-ZÀ-Þ][\w.'’-]{0,30}){0,3}")


def _labelled_elsewhere(context: Context, index: int) -> bool:
    """Whether line ``index`` is a labelled line that another element owns, so no caption text.

    A related-links label (``More stories``, ``Read next >``) or a labelled related link
    (``Related: [Title](url)``), a note label (``Editor's note: ...``) and a byline word with a
    name after it (``By Jane``, under an author's headshot) label what follows them; a picture's
    caption does not open with them.
    """
    line = _markdown(context, index)
    markdown = unmarked(line) if context.shape(index) is Shape.LIST_ITEM else line
    text = _inline(context, index).text.strip(BLANK + "*_")
    if text.casefold().rstrip(_LABEL_ENDS + BLANK) in current().related_labels:
        return True
    if (
        context.first_word(index) in credit_words().related_first_words
        and read_related(markdown) is not None
    ):
        return True
    opening, colon, _ = text[:40].casefold().partition(":")
    if colon and opening.strip(BLANK + "*_") in current().footnote_prefixes:
        return True  # "Disclaimer: ...", "Editor's note: ...": a note, not a caption
    folded = text.casefold()
    if any(map(folded.__contains__, current().disclosure_phrases)):
        return True  # "... are affiliate links / pictures from the ... API": a disclosure note
    if any(map(folded.__contains__, current().page_function_phrases)):
        return True  # "You are commenting using your X account.": the comment form, under an avatar
    word, _, rest = text.partition(" ")
    return (
        word.casefold() in current().byline_prefixes
        and _SHORT_NAME.fullmatch(rest.strip()) is not None
    )


def _header_credit_line(context: Context, index: int) -> bool:
    """A header line under an image that dates or credits the story: not the image's caption.

    An author's headshot often stands right above "By Jane Doe" or "Published May 2, 2023".
    """
    if context.title_line is not None and index < context.title_line:
        return False  # above the title: a print header or navigation, not the story's credit
    if not context.in_header(index) and context.found(Found.BYLINE):
        return False
    line = _markdown(context, index)
    if len(line) > 600:
        return False
    bare = _inline(context, index).text.strip(BLANK + "*_:")
    if bare.casefold() in current().byline_prefixes or read_dateline(line) is not None:
        return True  # "Von" alone, the names under it
    if split_glued(line) is not None:
        return True
    authors = read_byline(unmarked(line)) or ()
    return any(a.role is not Role.PHOTOGRAPHY for a in authors)


# A gallery's counter over a slide's credit: "2/28", "3 / 12 Fotos". The page's, no caption text.
_GALLERY_COUNTER: Final = re.compile(r"[0-9]{1,3}[ ]?/[ ]?[0-9]{1,3}(?:[ ][^\W\d_]{1,12})?")
# A letter or a digit: caption text says something, unlike a list mark or a close button.
_SAYS_SOMETHING: Final = re.compile(r"[^\W_]")


def _make(context: Context, first: int, last: int, reading: CaptionReading) -> Claim | None:
    """The caption of lines ``first`` to ``last``; a Picture, or nothing, when it says nothing.

    Pictures with no caption text, credit or date of their own are no caption: lines that hold
    only pictures are a Picture, and others are left to the other rules.
    """
    last = _run_end(context, last) - 1  # a wrapped line's caption takes all its lines
    wordless = bool(reading.text) and _SAYS_SOMETHING.search(reading.text) is None
    if wordless:
        # "*", "+", "×", "©" beside a picture: a list mark, a button or a lone sign, no words.
        reading = attrs.evolve(reading, text="")
    elif reading.text and _GALLERY_COUNTER.fullmatch(reading.text.strip(BLANK)):
        reading = attrs.evolve(reading, text="")  # "2/28 photos" over "© X": the slide's number
    if not reading.text and reading.credit is None and reading.date is None:
        pictured = picture_claim(context, first, last, Found.CAPTION)
        if pictured is not None or wordless:
            return pictured
    start = context.source.starts[first]
    end = context.source.line_end(last)
    span = context.span(start, end)
    date: DateValue | None = reading.date.value() if reading.date is not None else None
    caption = Caption(
        raw=context.raw(span),
        span=span,
        text=reading.text,
        credit=reading.credit,
        date=date,
        image_url=reading.image_url,
        alt=reading.alt,
    )
    return Claim(elements=(caption,), found=(Found.CAPTION,), next_line=last + 1)


def _markdown(context: Context, index: int) -> str:
    """Line ``index`` with the lines it runs on into, where the converter wrapped the text.

    A converter that wraps at 72 or 78 columns breaks a caption, its link or its emphasis over
    lines (``*The ferry leaves the`` / ``harbour.*``): the caption rule reads the wrapped line
    whole, as the converter's source had it.
    """
    end = _run_end(context, index)
    if end == index + 1:
        return line_markdown(context, index)
    return " ".join(line_markdown(context, line).strip(BLANK) for line in range(index, end))


# The most lines a picture's markup broken by the wrap width runs on into.
_MAX_PICTURE_LINES: Final = 8


def _run_end(context: Context, index: int) -> int:
    """One past the last line that line ``index`` runs on into (:func:`wrapped_end`).

    A picture's markup breaks at the wrap width where its alt text or title has spaces
    (``![The ferry leaves`` / ``the harbour](src)``, ``![alt](src`` / ``"Foto: Jane Roe")``), and
    a long address makes its line longer than the width: the lines up to the one that closes it
    belong to it.
    """
    if context.wrap == 0:
        return index + 1  # measured unwrapped (most dumps): as below, without two calls
    end = wrapped_end(context, index)
    if not wrap_width(context):
        return end  # an unwrapped dump: no picture's markup runs on (the loop below asks too)
    markdown = " ".join(context.lines[index:end])
    if "![" not in markdown:
        return end
    while (
        end < context.count
        and end - index < _MAX_PICTURE_LINES
        and _open_picture(markdown)
        and context.shape(end) is Shape.TEXT
        and wrap_width(context)
    ):
        markdown += " " + context.lines[end]
        end += 1
    return end


def _open_picture(markdown: str) -> bool:
    """Whether the last picture's markup in ``markdown`` is left open: ``![alt`` or ``![a](src``."""
    rest = markdown[markdown.rfind("![") :]
    target = rest.find("](")
    return target < 0 or rest.find(")", target) < 0


def _inline(context: Context, index: int) -> Inline:
    """The inline reading of line ``index`` with the lines it runs on into (:func:`_markdown`)."""
    if _run_end(context, index) == index + 1:
        return context.inline(index)
    return context.render(_markdown(context, index))


def _near(context: Context, index: int, blanks: int = 1) -> int | None:
    """The next non-blank line if at most ``blanks`` blank lines separate it from ``index``.

    A link definition (``[1]: https://...``) is no caption's line: a picture over the dump's
    definitions has nothing written under it.
    """
    index = _run_end(context, index) - 1  # after the lines a wrapped line runs on into
    following = context.next_nonblank(index + 1)
    if following is None or following - index > blanks + 1:
        return None
    skipped = 0
    while _markup_line(context.lines[following]) and skipped < _MAX_MARKUP_LINES:
        # "<div class=...>", "</figcaption>": a converter that keeps block HTML sets its tags on
        # lines of their own between a picture, its caption and its credit; they part nothing.
        index, skipped = following, skipped + 1
        following = context.next_nonblank(index + 1)
        if following is None or following - index > blanks + 1:
            return None
    if context.definition(context.lines[following]) is not None:
        return None
    return following


# A line of block HTML tags only: '<div class="text">', "</figcaption></figure>", "<figure>".
_MARKUP_LINE: Final = re.compile(
    r"[ \t]{0,12}(?:</?[A-Za-z][A-Za-z0-9-]{0,15}(?:[ \t][^<>\n]{0,300})?/?>[ \t]{0,3}){1,6}"
)
# The most tag lines one step over (a figure's closing tags, one a line, then the caption's).
_MAX_MARKUP_LINES: Final = 4


def _markup_line(line: str) -> bool:
    """Whether ``line`` holds HTML tags and nothing else (cheap screen: it opens with ``<``)."""
    return line.lstrip(" \t")[:1] == "<" and _MARKUP_LINE.fullmatch(line.rstrip(BLANK)) is not None


def screen(context: Context, index: int) -> bool:
    """Lines that may open a caption: credit-like, credited, picture, figure or under a picture."""
    line = _markdown(context, index)
    if _may_carry_credit(line) or _credit_like(context, index):
        return True
    if _FIGURE.match(line.lstrip(" *_")[:24]) is not None:
        return True  # "Abb. 3: ...": a numbered figure's caption
    end = context.block_end(index)
    if 2 <= end - index <= _MAX_BROKEN_LINES and _may_carry_credit(_markdown(context, end - 1)):
        return True  # a caption broken over lines, its credit closing the last
    if line.rstrip(BLANK).endswith(")."):
        return True  # "... (Symbolbild).": a marked picture's caption
    previous = context.prev_nonblank(index)
    if previous is not None and index - previous > 1:
        above = _markdown(context, previous).rstrip(BLANK)
        if above.endswith(")") and "![" in above[-2000:]:
            return True  # under a block that a picture closes
    end = _run_end(context, index)  # a credit under the lines a wrapped line runs on into
    following = context.next_nonblank(end, end + 2)
    return following is not None and _credit_like(context, following)


def rule(context: Context, index: int) -> Claim | None:
    """Claim a caption: an image line, a credited line, or a short line with its credit nearby."""
    shape = context.shape(index)
    if shape is Shape.HEADING:
        return _heading_caption(context, index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM):
        return None
    line = _markdown(context, index)
    # A picture's address may be long (an inline data: image): measure the words, not the URL.
    if len(line) > _MAX_CAPTION * 2 and (
        "![" not in line or len(_inline(context, index).text) > _MAX_CAPTION
    ):
        return None
    markdown = unmarked(line) if shape is Shape.LIST_ITEM else line
    if "![" not in line and _navigation_trail(context, index):
        return None  # "[Home](/) » [Beauty](/beauty/) » **Story**": breadcrumbs, no caption
    if "![" not in line and _under_decorative_picture(context, index):
        return None  # an icon's label, a form line under an avatar: furniture, not a caption
    # A credit standing first (picture galleries): the credit, then the caption line under it.
    credit = _credit_at(context, index)
    if credit is not None:
        credit_text, last = credit
        following = _near(context, last)
        if (
            _featured_credit(context, index)
            or _under_closing_prose(context, index)
            or _source_under_paragraph(context, index, last, credit_text)
        ):
            # The lead picture's credit, a credit under the text's last paragraph or a source
            # under a paragraph: the line under it is not its caption.
            following = None
        if following is not None and _text_under_credit(
            context, following, gallery=bool(context.found(Found.CAPTION))
        ):
            text, date = _split_date(_inline(context, following).text)
            under = "" if is_prose(text) else text  # a source over prose: the text goes on
            if _unpictured_source(context, index, last, credit_text, under):
                return None
            reading = CaptionReading(text=text, credit=credit_text, date=date)
            return _make(context, index, following, reading)
        if _unpictured_source(context, index, last, credit_text, ""):
            return None  # "*Quelle: X*" under a paragraph or a table: the text's source stays text
        return _make(context, index, last, CaptionReading(text="", credit=credit_text))
    figure = _figure_caption(context, index)
    if figure is not None:
        return figure
    broken = _broken_caption(context, index)
    if broken is not None:
        return broken
    own = read_caption(markdown) if _may_carry_credit(markdown) else None
    if own is not None:
        last = index
        if (
            own.image_url is None
            and own.alt is None
            and own.credit is not None
            and _unpictured_source(context, index, index, own.credit, own.text)
        ):
            return None  # "... the text goes on. (Quelle: X)": a source, not a picture's credit
        if (
            own.image_url is None
            and own.alt is None
            and own.credit is not None
            and not _picture_credit_words(own.credit)
            and _closing_prose(context, index, own.text)
        ):
            return None  # "... the text ends here. (ats/xy)": the article's own credit closing it
        if own.image_url is not None or own.alt is not None:
            if _teaser_picture(context, index, markdown) or _furniture_only(context, index):
                # A teaser card's picture: its words are the other story's, not a caption; an
                # icon's or a logo's label is a menu entry or a form line.
                return picture_claim(context, index, index, Found.CAPTION)
            last, own = _image_followers(context, index, own)
            if own.credit is None:
                own = attrs.evolve(own, credit=_title_credit(markdown))
        return _make(context, index, last, own)
    marked = _marked_picture(context, index)
    if marked is not None:
        return marked
    # A short line with its credit on the next line (or the block after).
    if not _caption_text_line(context, index):
        return None
    closing = _under_closing_picture(context, index)
    if closing is not None:
        return closing
    following = _near(context, index)
    if following is None:
        return None
    credit = _credit_at(context, following)
    if credit is None or _source_line(context, following) or _featured_credit(context, following):
        return None
    text = _inline(context, index).text
    if _unpictured_source(context, index, credit[1], credit[0], text):
        return None
    if _closing_prose(context, index, text):
        # "... the council said." then "dpa" or "© Example Wire 2020" at the text's end: the
        # article's last paragraph and its own credit (or the lead picture's), no caption.
        return None
    if following - index > 1 and len(_inline(context, index).text.split()) > _MAX_OVER_CREDIT_WORDS:
        # A long paragraph, a blank line, then "Foto: X": the credit of a picture that had no
        # caption, set between two paragraphs of the article.
        return None
    text, date = _split_date(_inline(context, index).text)
    return _make(context, index, credit[1], CaptionReading(text=text, credit=credit[0], date=date))


_MAX_UNDER_PICTURE_WORDS: Final = 30
# A caption broken over lines (``<br>`` in the figure's caption) spans a few lines, not more.
_MAX_BROKEN_LINES: Final = 4


def _broken_caption(context: Context, index: int) -> Claim | None:
    """A caption that a line break splits, its credit closing the last line.

    Converters keep a ``<br>`` inside a figure's caption as a line break, so one caption becomes
    a block of short lines: ``The harbour at dawn, seen``, ``from the old pier. © Jane Doe``, or
    ``The harbour at dawn.``, ``(Jane Doe /``, ``Example Images)``. Read alone, the last line
    gives a caption that lost its start, and the lines above stay paragraphs. The block is one
    caption when its lines, joined, end in a credit after caption text. Pictures, links alone,
    lists and long blocks are left to the other rules.
    """
    end = context.block_end(index)
    if (
        not 2 <= end - index <= _MAX_BROKEN_LINES
        or (index > 0 and not context.blank[index - 1])
        or not _may_carry_credit(line_markdown(context, end - 1))
        or _headline_link(context, end - 1) is not None  # "[High resolution (jpeg)](url)"
        or _labelled_elsewhere(context, index)  # "You are commenting using ... (Log out / ...)"
    ):
        return None
    parts: list[str] = []
    for line in range(index, end):
        if (
            context.shape(line) is not Shape.TEXT
            or "![" in line_markdown(context, line)  # a picture, or its title broken over lines
            or context.setext_level(line)
        ):
            return None
        parts.append(context.inline(line).text.strip(BLANK))
    if read_credit(parts[0]) == "":
        parts = parts[1:]  # "Bild:" over the caption: a label, not caption text
    joined = " ".join(part for part in parts if part)
    if len(joined) > _MAX_CAPTION or is_prose(joined):
        return None
    text, credit = _trailing_credit(joined)
    if credit is None or not text or _unpictured_source(context, index, end - 1, credit, text):
        return None
    text, date = _split_date(text)
    return _make(context, index, end - 1, CaptionReading(text=text, credit=credit, date=date))


_MAX_MARKED_WORDS: Final = 40


def _marked_picture(context: Context, index: int) -> Claim | None:
    """A line that closes by saying what kind of picture it is: ``... a fire (Symbolbild).``.

    With the picture dropped, its caption stays a line of its own; a marker such as
    ``(Symbolbild)``, ``(FILE)`` or ``(Screenshot)`` at its end says it is one. The marker stays
    in the text (it tells the reader the picture is not of the event); a credit line under it
    is its credit. A list item or a line that is one link is no caption.
    """
    if context.shape(index) is not Shape.TEXT or context.block_end(index) != index + 1:
        return None
    inline = _inline(context, index)
    text = inline.text.strip(BLANK)
    if (
        not text
        or len(text.split()) > _MAX_MARKED_WORDS
        or len(text) > _MAX_CAPTION
        or credit_words().marked_picture.search(text[-40:]) is None
        or (len(inline.links) == 1 and inline.links[0].text.strip(BLANK) == text)
    ):
        return None
    following = _near(context, index)
    credit = _credit_at(context, following) if following is not None else None
    if credit is None:
        return _make(context, index, index, CaptionReading(text=text))
    return _make(context, index, credit[1], CaptionReading(text=text, credit=credit[0]))


def _heading_caption(context: Context, index: int) -> Claim | None:
    """A heading that is a picture's caption: it ends with a labelled credit after a sentence.

    Some pages set a figure's caption as a small heading (``##### The old mill in 1910. Foto:
    Jane Doe``, ``## Protesters outside. (Bild: Jane Doe / AP)``) or its credit alone
    (``###### *Photo: Jane Doe*``). A heading with no credit label or copyright mark is a heading.
    """
    line = _markdown(context, index)
    if len(line) > _MAX_CAPTION * 2:  # (the title heading is the title rule's, claimed before)
        return None
    text = render(heading_text(line)).text.strip(BLANK + "*_")
    if len(text) > _MAX_CAPTION or not (
        "©" in text or credit_words().tail_label.search(text[-MAX_CREDIT - 10 :]) is not None
    ):
        return None
    credit = read_credit(text)
    if credit is not None:
        caption_text = ""
    else:
        caption_text, credit = _trailing_credit(text)
    if not credit:
        return None
    caption_text, date = _split_date(caption_text)
    return _make(context, index, index, CaptionReading(text=caption_text, credit=credit, date=date))


def _under_closing_picture(context: Context, index: int) -> Claim | None:
    """A short line under a block that ends in a picture: that picture's caption.

    Converters glue a picture to the paragraph over it (``... in Barbados. ![](src)``), so the
    picture is that block's; the line under it, alone, is its caption.
    """
    previous = context.prev_nonblank(index)
    if (
        previous is None
        or not 1 < index - previous <= 3
        or context.last is Found.CAPTION
        or context.shape(index) is not Shape.TEXT
        or context.block_end(index) != index + 1
    ):
        return None
    above = _markdown(context, previous).rstrip(BLANK)
    opening = above.rfind("![", max(0, len(above) - 2000))
    if not above.endswith(")") or opening < 0 or above[opening - 1 : opening] == "[":
        return None  # "[![](src)": a teaser link that a picture opens
    pictures = _inline(context, previous)
    if (
        not pictures.images
        or pictures.images[-1].at < len(pictures.text.rstrip(BLANK))
        or pictures.images[-1].link is not None
        or _decorative_picture(pictures.images[-1].url)
    ):
        return None  # a picture closing the block, not a teaser's linked one nor an icon
    text = _inline(context, index).text
    if len(text.split()) > _MAX_UNDER_PICTURE_WORDS or not _follows_image(context, index, previous):
        return None
    text, date = _split_date(text)
    image = pictures.images[-1]
    reading = CaptionReading(text=text, date=date, image_url=image.url, alt=image.alt or None)
    following = _near(context, index)
    credit = _credit_at(context, following) if following is not None else None
    if credit is None:
        if _page_label(context, index, reading, previous):
            return None  # a kicker or a number under the picture, left to the other rules
        return _make(context, index, index, reading)
    # "Foto: Jane Doe" under the caption line is its credit, as under any picture's caption.
    return _make(context, index, credit[1], attrs.evolve(reading, credit=credit[0]))


def _figure_caption(context: Context, index: int) -> Claim | None:
    """A line that numbers its figure: ``Abb. 3: The old mill in 1910 (Foto: Jane Doe)``.

    The caption keeps its label (``Abb. 3:``), which says what it is; a credit at its end or on
    the line under it is split off.
    """
    if context.shape(index) is not Shape.TEXT:
        return None
    text = _inline(context, index).text.strip(BLANK)
    figure = _FIGURE.match(text[:24])
    if (
        figure is None
        or figure["label"].casefold() not in current().figure_labels
        or len(text) > _MAX_FIGURE_CAPTION
    ):
        return None
    text, credit = _trailing_credit(text)
    last = index
    if credit is None:
        following = _near(context, index)
        found = _credit_at(context, following) if following is not None else None
        if found is not None:
            credit, last = found
    return _make(context, index, last, CaptionReading(text=text, credit=credit or None))


_MAX_UNDER_CREDIT_WORDS: Final = 20
# Nine captions in ten have fewer than 35 words; a paragraph of the text is mostly longer.
_MAX_OVER_CREDIT_WORDS: Final = 40
_MAX_UNDER_CREDIT_CHARS: Final = 250


def _text_under_credit(context: Context, following: int, *, gallery: bool = False) -> bool:
    """Whether line ``following``, right under a credit line, is the caption that credit closes.

    A short line that is not a paragraph's first line, before the footer; what comes after it
    must part it from the article: nothing, another credit (a gallery, as ``gallery`` says too),
    a heading, a rule, a list, a picture, or prose after a line too short to be prose itself.
    """
    if (
        not _caption_text_line(context, following, _MAX_UNDER_CREDIT_CHARS)
        or (context.footer_line is not None and following >= context.footer_line)
        or context.block_end(following) != following + 1  # not a paragraph's first line
    ):
        return False
    after = _near(context, following)
    if after is None or context.shape(after) in (Shape.HEADING, Shape.RULE):
        return True
    if is_prose(_inline(context, following).text):
        # A paragraph of prose under a credit is the article going on under a picture that had
        # only a credit, unless a heading ends it: "© X", "Prose.", "![](src)" is no caption.
        return bool(context.setext_level(after))
    return (
        gallery
        or not context.blank[following - 1]  # glued under its credit: one block, one figure
        or _credit_at(context, after) is not None
        or context.shape(after) is Shape.LIST_ITEM
        or bool(context.setext_level(after))
        or _markdown(context, after).lstrip().startswith("![")
        or _caption_under_credit(context, following, after)
    )


def _caption_under_credit(context: Context, index: int, after: int) -> bool:
    """Whether line ``index``, under a credit line, is the picture's caption and not the text.

    With the picture dropped, a credit stands over its caption (``© Jane Doe``, then ``The mayor
    at the opening in May``), and the article goes on under both. The caption is a line of a few
    words; the paragraph after it is prose. A line that reads as prose itself is the article
    going on under a picture that had only a credit.
    """
    text = _inline(context, index).text
    if len(text.split()) > _MAX_UNDER_CREDIT_WORDS or is_prose(text) or _bold(context, index):
        return False
    return is_prose(_inline(context, after).text)


def _bold(context: Context, index: int) -> bool:
    """Whether line ``index`` is set wholly in bold: a standfirst or a lead-in, not a caption."""
    line = _markdown(context, index).strip(BLANK)
    return is_emphasised(line) and not is_italic(line)


def _featured_credit(context: Context, index: int) -> bool:
    """Whether line ``index`` credits the page's lead picture: ``Titelbild: Jane Doe``.

    The lead picture stands over the title or is gone from the dump; its credit is often set at
    the foot of the text, so the lines beside it are the story's, not that picture's caption.
    """
    text = _inline(context, index).text.strip(BLANK + "*_(").casefold()
    label, colon, _ = text[:40].partition(":")
    words = (label if colon else text).split(None, 2)[:2]
    labels = credit_words().featured_labels
    return bool(words) and (words[0] in labels or " ".join(words) in labels)


# How far from a source-labelled credit a picture line still counts as its picture.
_PICTURE_REACH: Final = 3


def _unpictured_source(context: Context, first: int, last: int, credit: str, text: str) -> bool:
    """Whether lines ``first`` to ``last`` end in a source label with no sign of a picture.

    ``Quelle: X``, ``Source: X`` or ``(Fuente: X)`` closes a paragraph or a table as often as a
    picture's caption: the label names where facts come from. It credits a picture only with
    evidence: a picture line near it, a picture agency or picture word in the credit, or caption
    text beside it of at most :data:`_MAX_OVER_CREDIT_WORDS` words. ``text`` is the caption text
    read with it; when empty, the line above stands for it.
    """
    if not _source_labelled(context, first, last, credit):
        return False
    return not (
        _picture_near(context, first, last)
        or _picture_credit_words(credit)
        or _caption_shaped(context, first, text)
    )


# A sentence ending inside a text, the next one starting: "... the pier. Boats ...". Three small
# letters before the mark: an initial ("J. Park") or a short abbreviation ("Dr. Ray") ends none.
_INNER_SENTENCE_END: Final = re.compile(r"[a-zß-ÿ]{3}[.!?][\"”»)]?[ ]{1,3}[A-ZÀ-Þ„\"“«]")
# A closing paragraph of the text under its credit: prose of this many words or more.
_MIN_CLOSING_WORDS: Final = 15
# What ends a sentence of prose, a quotation's closing mark included.
_PROSE_ENDS: Final = (".", "!", "?", '"', "”", "“", "»", "«")


def _closing_prose(context: Context, index: int, text: str) -> bool:
    """Whether line ``index`` (``text`` its caption text) is the text's last paragraph of prose.

    A credit or source line under the article's last paragraph (``... the council said.``,
    then ``dpa`` or ``© Example Wire 2020``) credits the story, or the lead picture whose credit
    the page sets at its foot; the paragraph is body text. A caption a converter kept without
    its picture reads the same way only by its words, so the rule asks for all of: no picture
    line just above, the paragraph ending where the text's prose ends (the tail starts under it),
    and a sentence of :data:`_MIN_CLOSING_WORDS` words or more.
    """
    if _run_end(context, index) != context.tail_start:
        return False
    words = text.split()
    if len(words) < _MIN_CLOSING_WORDS or not text.rstrip(BLANK + "*_").endswith(_PROSE_ENDS):
        return False
    low = max(0, index - _PICTURE_REACH)
    return not any("![" in line_markdown(context, line) for line in range(low, index))


def _under_closing_prose(context: Context, index: int) -> bool:
    """Whether line ``index`` stands right under the text's last paragraph of prose.

    See :func:`_closing_prose`.
    """
    above = context.prev_nonblank(index)
    return (
        above is not None
        and index - above <= 2
        and _closing_prose(context, above, _inline(context, above).text)
    )


def _source_under_paragraph(context: Context, first: int, last: int, credit: str) -> bool:
    """Whether a source-labelled credit line closes the paragraph of text right above it.

    ``Quelle: X`` under a paragraph of two sentences or more names that paragraph's source
    (:func:`_unpictured_source`); a line under it with no sentence end (a heading a converter
    wrote plain) is no caption of it. A sentence under it may still be its caption.
    """
    above = context.prev_nonblank(first)
    under = _near(context, last)
    return (
        above is not None
        and under is not None
        and not _inline(context, under).text.rstrip(BLANK + "*_").endswith(_PROSE_ENDS)
        and first - above <= 2
        and context.shape(above) is Shape.TEXT
        and not _caption_shaped(context, first, "")
        and _unpictured_source(context, first, last, credit, "")
    )


def _source_labelled(context: Context, first: int, last: int, credit: str) -> bool:
    """Whether the credit read from lines ``first`` to ``last`` follows a source label."""
    joined = " ".join(context.inline(line).text for line in range(first, last + 1))
    cut = joined.rfind(credit)
    if cut < 0:
        return False
    before = joined[:cut].rstrip(BLANK + "([:*_")
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].strip("([*_").casefold() in current().source_line_words


def _picture_near(context: Context, first: int, last: int) -> bool:
    """Whether a picture line stands within reach above or below lines ``first`` to ``last``."""
    low = max(0, first - _PICTURE_REACH)
    high = min(context.count, last + _PICTURE_REACH)
    return any("![" in line_markdown(context, line) for line in range(low, high))


def _picture_credit_words(credit: str) -> bool:
    """Whether a source's name says it is a picture's: an agency, ``©``, a picture label."""
    if "©" in credit or picture_credit(credit) or _slashed_names(credit):
        return True
    labels = credit_words().labels - current().source_line_words
    return any(word.strip(".,:;()").casefold() in labels for word in credit.split())


def _caption_shaped(context: Context, first: int, text: str) -> bool:
    """Whether the text beside a source label is shaped as a caption: one sentence, 40 words.

    A paragraph of two sentences or more over ``Quelle: X`` is text that names where its facts
    come from; a picture's caption that a source credits is a line or a single sentence.
    """
    if not text:
        above = context.prev_nonblank(first)
        if above is None or context.shape(above) is not Shape.TEXT:
            return False
        text = _inline(context, above).text
    return (
        0 < len(text.split()) <= _MAX_OVER_CREDIT_WORDS and _INNER_SENTENCE_END.search(text) is None
    )


def _source_line(context: Context, index: int) -> bool:
    """After the text, "Quelle: X" / "Source: X" credits the article, not a picture."""
    return index >= context.tail_start and context.first_word(index) in current().source_line_words


def _may_carry_credit(markdown: str) -> bool:
    """A cheap test that a line could hold its own credit or an image (most body lines cannot)."""
    end = markdown.rstrip(BLANK)[-130:]
    return (
        end[-1:] in ("*", "_", ")", "]")
        or "©" in end
        or "(c)" in end
        or "(C)" in end
        or "![" in markdown
        or ((markdown[:1] in "(©[" or ":" in markdown[:40]) and _leading_screen(markdown))
        or "/" in end[-60:]  # "... de prensa. EFE/Juan Pérez": an agency credit after the text
        or " by " in end  # "... on Wednesday. Photo by Kevin S. Vineys"
        or " via " in end  # "... at dusk. Photo via Harbour Academy"
        or _by_label(end)  # "... al porto. Foto di Lia Brenta"
        or _bare_label(end)  # "... at dusk. Foto Jane Doe"
        or (":" in end and (_tail_label(end) or _glued_label(end)))
        or ("." in end and _abbreviated_label(end))  # "... w porcie, fot. Jan Nowak"
        or _agency_after_stop(end)  # "... at dawn. Getty Images", "... at dawn | Reuters"
        or (end[-1:].islower() and _GLUED_NAME.search(end[-80:]) is not None)  # "here!Jo Park"
    )


# The most characters of a known picture agency closing a caption line after its text.
_MAX_AGENCY_TAIL: Final = 40


def _leading_screen(markdown: str) -> bool:
    """Whether a line opens with a credit's label or mark, its caption after it (cheap first)."""
    return (
        _LEADING_MARK.match(markdown) is not None
        and leading_credit(render(markdown).text.strip(BLANK)) is not None
    )


def _abbreviated_label(end: str) -> bool:
    """Whether ``end`` holds a label shortened with a full stop (``fot.``) as a credit opens."""
    folded = end.lower()
    return any(needle in folded for needle in _ABBREVIATION_NEEDLES()) and (
        _TRAILING_ABBREVIATED.search(end) is not None
    )


def _abbreviation_needles(words: Vocabulary) -> tuple[str, ...]:
    """The shortened labels as a credit writes them, for a literal screen: ``("fot. ",)``."""
    return tuple(f"{label}. " for label in sorted(words.credit_abbreviations))


_ABBREVIATION_NEEDLES: Final = patterns(_abbreviation_needles)


def _agency_after_stop(end: str) -> bool:
    """Whether ``end`` closes on a known picture agency alone after a sentence or a bar."""
    cut = max(end.rfind(". "), end.rfind(" | "))
    if cut < 0 or len(end) - cut > _MAX_AGENCY_TAIL:
        return False
    tail = end[cut + 2 :].strip(BLANK + "|")
    # Picture libraries only: a wire's name after the last sentence ("... sagte er. dpa") credits
    # the article, not a picture.
    return tail.casefold() in current().picture_agencies and agency_name(tail) is None


def _glued_label(end: str) -> bool:
    """Whether ``end`` closes on a credit label glued to a word: ``... at dawnFoto: Jo Park``."""
    glued = _GLUED_LABEL.search(end)
    return glued is not None and glued["label"].casefold() in credit_words().labels


def _tail_label(end: str) -> bool:
    """Whether ``end`` holds a credit label and its colon, searched only where one can stand."""
    # A match ends on a colon and starts at most the longest label and a space before it.
    reach = _LONGEST_LABEL() + 1
    start = max(0, end.find(":") - reach)
    return credit_words().tail_label.search(end, start, end.rfind(":") + 1) is not None


def _longest_label(words: Vocabulary) -> int:
    """The longest credit label's length (the tail label search matches it letter by letter)."""
    return max(map(len, words.credit_labels | words.featured_picture_labels), default=0)


_LONGEST_LABEL: Final = patterns(_longest_label)


def _by_label(end: str) -> bool:
    """Whether ``end`` closes on a credit label, a by-word, a name: ``... Foto di Lia Brenta``."""
    if end[-1:] in _SENTENCE_ENDS:
        # The pattern's credit never ends on ".", "!" or "?", and most body lines do: its
        # search over the whole end, the screen's dearest test, cannot match them.
        return False
    by = credit_words().trailing_by.search(end)
    return by is not None and by["label"].casefold() in credit_words().labels


def _bare_label(end: str) -> bool:
    """Whether ``end`` closes on a credit label with no colon and a name: ``... Foto Jane Doe``."""
    if not _may_end_bare_credit(end):
        return False
    bare = credit_words().trailing_bare.search(end)
    return bare is not None and bare["label"].casefold() in credit_words().labels


# What ends no credit that a by-word leads (``credit_words().trailing_by``).
_SENTENCE_ENDS: Final = (".", "!", "?")
# What ends a credit with no colon on its own (``credit_words().trailing_bare``, its last
# alternatives but the by-words): a mark between names.
_NAME_MARKS: Final = ("/", "&", "|")


def _by_word_ends(words: Vocabulary) -> frozenset[str]:
    """The last space-separated part of each by-word (``via``, ``of`` of ``courtesy of``)."""
    return frozenset(word.rpartition(" ")[2] for word in words.credit_by_words)


_BY_WORD_ENDS: Final = patterns(_by_word_ends)


def _may_end_bare_credit(end: str) -> bool:
    """Whether the part of ``end`` after its last space may close a bare label's credit.

    The pattern's credit ends on a capitalised word, a mark between names or a by-word, right
    after a space; a body line mostly ends on a small word ("... in the city."), which rules
    the search out without running it.
    """
    last = end.rpartition(" ")[2]
    first = last[:1]
    return (
        "A" <= first <= "Z" or "À" <= first <= "Þ" or last in _NAME_MARKS or last in _BY_WORD_ENDS()
    )


def _credit_like(context: Context, index: int) -> bool:
    """A cheap test that line ``index`` could be a credit line (so worth reading as one)."""
    line = _markdown(context, index)
    if len(line) > 2 * MAX_CREDIT or context.blank[index]:
        return False
    head = line.lstrip(" \t*_-")[:1]
    if (
        head in ("©", "(")
        or "©" in line
        or context.first_word(index) in credit_words().credit_first_words
    ):
        return True
    # "Perrin Knox/Getty Images": a slash in the text (link targets hold slashes of their own).
    return "/" in line and "/" in _inline(context, index).text


_LONG_UNDER: Final = 200
_MAX_LOOSE_CREDIT: Final = 60
# Name-like parts of a credit line: capitalised words, "&", a domain ("imagebank.example.se").
# A letter may be written decomposed, its accent a combining mark after it ("Go\u0308teborg").
_NAME_PART: Final = re.compile(
    r"(?:[A-ZÀ-Þ][\w.'’\u0300-\u036f-]{0,30}|&|[a-z0-9-]{2,30}(?:[.][a-z0-9-]{2,30}){1,3})"
)


def _named_credit(text: str) -> bool:
    """A photographer and the picture's owner, with no agency known: ``Ida Marsk/Tidewater Press``.

    Stricter than under a picture (:func:`_loose_credit`): two parts, a name of two or three
    words, and an owner of several words or a domain (``imagebank.example.se``); two place names
    (``Berlin/Brandenburg``) are no credit.
    """
    if len(text) > _MAX_LOOSE_CREDIT or text.count("/") != 1 or text[-1:] in ".!?:":
        return False
    name, owner = (part.strip() for part in text.split("/"))
    name_words, owner_words = name.split(), owner.split()
    if not 2 <= len(name_words) <= 3 or not owner_words or len(owner_words) > 4:
        return False
    if not all(_NAME_PART.fullmatch(word) for word in name_words + owner_words):
        return False
    return len(owner_words) >= 2 or "." in owner


def _loose_credit(context: Context, index: int) -> bool:
    """A line under a picture that reads as a credit by its shape: ``Ida Marsk/Tidewater Press``.

    Two or three slash-separated parts of name-like words, short, with no sentence end: said
    of the line right under an image only, where a caption or its credit stands.
    """
    text = _inline(context, index).text.strip(BLANK)
    if not _slashed_names(text):
        return False
    own = read_caption(text)
    # "Ida Marsk / Jo Park/AFP": who the picture shows, then its whole credit: a caption line
    return own is None or not own.text


def _slashed_names(text: str) -> bool:
    """Whether ``text`` is two or three slash-separated parts of name-like words (``X/Y``)."""
    if len(text) > _MAX_LOOSE_CREDIT or text[-1:] in ".!?:" or text.count("/") not in (1, 2):
        return False
    parts = [part.strip() for part in text.split("/")]
    words = [word for part in parts for word in part.split()]
    return (
        all(parts)
        and len(words) <= 2 * len(parts) + 2
        and all(_NAME_PART.fullmatch(word) for word in words)
    )


_TEASER_REACH: Final = 4


def _teaser_picture(context: Context, index: int, markdown: str) -> bool:
    """Whether the picture on line ``index`` belongs to a teaser card, not to this article.

    A card links its picture and its headline to the same page (``[![](src)](url)`` with
    ``[Title](url)`` just above or below it), or sets a link beside its picture
    (``* ![icon](src) [Section](url)``): the line's words are a link to elsewhere.
    """
    inline = render(markdown)
    if len(inline.images) != 1:
        return False
    if len(inline.links) == 1:
        link = inline.links[0]
        outside = inline.text[: link.start] + inline.text[link.end :]
        if link.text.strip(BLANK) and not outside.strip(BLANK + "|·•-–"):
            return read_credit(link.text) is None  # "![](src) [Photo: Jane Doe](url)" credits
    target = inline.images[0].link
    if not target or target.startswith("#"):
        return False
    above = context.prev_nonblank(index)
    if above is not None and above > 0 and context.setext_level(above - 1):
        above -= 1  # "[Title](url)" underlined with "-----": the headline is the line above
    lines = [above, context.next_nonblank(index + 1)]
    if lines[1] is not None:
        lines.append(context.next_nonblank(lines[1] + 1))
    for near in lines:
        if near is None or abs(near - index) > _TEASER_REACH or near == index:
            continue
        if "](" in _markdown(context, near) and _headline_link(context, near) == target:
            return True
    return False


# The words of a picture's address: "icon_feed12" holds "icon", "jobs_logo" holds "logo".
_ADDRESS_WORDS: Final = re.compile(r"[a-z]{3,20}")


def _decorative_picture(url: str | None) -> bool:
    """Whether a picture's address names it page furniture: ``/assets/icons/arrow.svg``.

    Icons, logos, badges, buttons and avatars are no figure of the story: the words beside one
    label a menu entry, a comment form, a job or shop card. The host is left out (a picture
    service may be named ``icons.example``); the path's words must match whole, so a compound
    (``navigationicons``) or a story's file name that holds a word (``silicon``) is not read.
    """
    if not url:
        return False
    words = current().decorative_picture_words
    return any(word in words for word in _ADDRESS_WORDS.findall(_address_path(url)[-300:]))


def _address_path(url: str) -> str:
    """The path of an address, in lower case, without its host, query or fragment."""
    address = url.split("?", 1)[0].split("#", 1)[0].casefold()
    scheme = address.find("//")
    if 0 <= scheme <= 8:
        address = address[scheme + 2 :].partition("/")[2]  # "https://host/path": the path
    return address


def _furniture_only(context: Context, index: int) -> bool:
    """Whether every picture on line ``index`` is an icon, a logo or an avatar."""
    images = _inline(context, index).images
    return bool(images) and all(
        (
            (_decorative_picture(image.url) or _decorative_alt(image.alt))
            and not picture_file(image.link)
        )
        or _licence_badge(image.link)
        for image in images
    )


def _decorative_alt(alt: str) -> bool:
    """Whether a picture's alt text is only a furniture word: ``![Gravatar]()``, ``![Logo](x)``.

    A comment form's avatar often has no address of its own (it is filled in by a script), but
    its alt text still says what it is.
    """
    words = alt.casefold().split()
    return 0 < len(words) <= 2 and all(word in current().decorative_picture_words for word in words)


def _licence_badge(link: str | None) -> bool:
    """Whether a picture's link goes to a licence's page: the picture is that licence's badge."""
    if not link:
        return False
    words = current().licence_path_words
    return any(word in words for word in _ADDRESS_WORDS.findall(_address_path(link)[-300:]))


# The address of a picture file: "/media/harbour-720x540.jpg?hash=..."
def _under_decorative_picture(context: Context, index: int) -> bool:
    """Whether line ``index`` stands right under an icon, a logo or an avatar.

    The line is that furniture's label (``You are commenting using your account.``, under the
    avatar of a comment form), so a credit-like line after it (``( Log out / Change )``) makes
    no caption of it.
    """
    above = context.prev_nonblank(index)
    if above is None or index - above > 2:
        return False
    return _furniture_only(context, above)


def _headline_link(context: Context, index: int) -> str | None:
    """The target of a line that is one link and nothing else (a teaser's headline)."""
    inline = _inline(context, index)
    if len(inline.links) != 1:
        return None
    link = inline.links[0]
    if (inline.text[: link.start] + inline.text[link.end :]).strip(BLANK + "#*-"):
        return None
    return link.url or None


def _follows_image(context: Context, index: int, image: int) -> bool:
    """Whether line ``index`` may belong to the picture above it.

    ``image`` is the picture's line. Not the footer, not a list (unless the picture is in one),
    not a bold question, subheading or standfirst (:func:`_bold_lead`), not a label of the
    page's furniture, not a byline under an author's headshot (``By [Jane Doe](...)``), and not
    a line that is one link (a teaser card's headline, which is a related link) unless the link
    is a credit (``[*photo: Jane Doe via X*](...)``).
    """
    if context.footer_line is not None and index >= context.footer_line:
        return False
    if context.shape(index) is Shape.LIST_ITEM and context.shape(image) is not Shape.LIST_ITEM:
        return False  # a list after a picture is the story's list
    if (
        context.shape(image) is Shape.LIST_ITEM
        and context.shape(index) is Shape.TEXT
        and context.blank[index - 1]
        and not _markdown(context, index)[:1].isspace()
    ):
        return False  # a paragraph after a list of pictures: the list has ended, the story goes on
    stripped = _markdown(context, index).strip(BLANK)
    if stripped.startswith("**") and stripped.endswith("?**"):
        return False  # an interview's question in bold
    if stripped.startswith("[") and "]" not in stripped:
        # "[Homestorys" over "![](src)" and "](/page)": the next teaser card's link opens here,
        # its picture and its address on the lines below; no caption of the picture above.
        return False
    if _bold_subheading(context, index) or _bold_lead(context, index, image):
        return False
    label = _inline(context, index).text.strip(BLANK + ":").casefold()
    if label in current().boilerplate or _labelled_elsewhere(context, index):
        return False  # "Vea también", "Advertisement", "Editor's note: ...": not a caption
    if context.first_word(index) in prefix_first_words() and read_byline(_markdown(context, index)):
        return False
    if (
        _date_over_title(context, index)
        or _navigation_trail(context, index)
        or _click_prompt(_inline(context, index).text)
        or _site_notice(_inline(context, index).text)
    ):
        return False
    inline = _inline(context, index)
    if len(inline.links) == 1:
        link = inline.links[0]
        if not (inline.text[: link.start] + inline.text[link.end :]).strip(BLANK + "#"):
            return read_credit(link.text) is not None
    return True


# A subheading set in bold is short: a caption of more words in bold is a sentence.
_MAX_BOLD_HEADING_WORDS: Final = 10


def _bold_subheading(context: Context, index: int) -> bool:
    """Whether line ``index`` is a subheading set in bold, over the text it heads.

    Pages set their subheadings as bold paragraphs (``**Making the sauce**``), so a picture
    often stands right over one. A short bold line with no sentence end and no credit, with
    prose, a list or a heading under it, heads what follows; it is not the picture's caption.
    A name in bold over prose (an author box under a headshot) is no caption either.
    """
    if not _bold(context, index) or _may_carry_credit(_markdown(context, index).strip(BLANK)[:-2]):
        return False
    text = _inline(context, index).text.strip(BLANK)
    if not text or ". " in text or text[-1] in ".!?" or len(text.split()) > _MAX_BOLD_HEADING_WORDS:
        return False  # a sentence, or two ("Figure 3. The mill."), is no subheading
    after = _near(context, index)
    if after is None:
        return False
    shape = context.shape(after)
    return shape in (Shape.HEADING, Shape.LIST_ITEM) or (
        shape is Shape.TEXT and is_prose(_inline(context, after).text)
    )


def _date_over_title(context: Context, index: int) -> bool:
    """A line that is a complete date (``7. Mai 2021``, ``May 7, 2021 | News``) above the title.

    Under the lead picture and over the headline, such a line dates the story: a caption gives
    words, not a date alone.
    """
    title = context.title_line
    if title is None or index >= title:
        return False
    reading = read_dateline(_markdown(context, index))
    published = reading.published if reading is not None else None
    return published is not None and published.year is not None and published.day is not None


# A picture's title attribute: ![alt](src "Foto: Jane Doe")
_IMAGE_TITLE: Final = re.compile(
    r'!\[[^\[\]\n]{0,300}\]\([^\s()]{1,2000}[ ]{1,5}"(?P<title>[^"\n]{1,200})"\)'
)


_MAX_TITLE_CREDIT_WORDS: Final = 6
_MIN_ALT_CAPTION_WORDS: Final = 6
_WORDS: Final = re.compile(r"[^\W_]{1,60}")


def _alt_caption(context: Context, index: int, reading: CaptionReading) -> CaptionReading:
    """A picture with no caption line under it: its alt text may be the caption.

    Publishing tools fill the alt text from the caption, and converters that drop the caption
    keep the alt. The alt text is taken when the picture is a figure for sure, with a credit
    under it (``![The mayor at the opening](src)``, ``Foto: Jane Doe``), or when the alt is a
    statement of its own (``![The mayor opens the new bridge.](src)``) on a picture that links
    nowhere (logos, banners and teaser cards link their pictures). Short alt texts, ones that do
    not open as a sentence (a file name, ``a person in a park``) and the story's own title (which
    tools copy into every picture's alt) stay alt texts. A credit the alt text ends with
    (``... (Foto: Jane Doe)``) is not caption text.
    """
    if reading.text or not reading.alt or len(reading.alt) > _MAX_CAPTION:
        return reading
    alt = reading.alt.strip(BLANK)
    if (
        len(alt.split()) < _MIN_ALT_CAPTION_WORDS
        or not _sentence_like(alt)
        or _same_words(alt, _title_text(context))
    ):
        return reading
    if reading.credit is None and (not _one_sentence(alt) or _linked_picture(context, index)):
        return reading
    text, own_credit = _trailing_credit(alt)
    if own_credit is None:
        return attrs.evolve(reading, text=alt)
    return attrs.evolve(reading, text=text, credit=reading.credit or own_credit)


def _one_sentence(text: str) -> bool:
    """Whether ``text`` ends as a statement does: a full stop, not an ellipsis or a question.

    Teaser cards ask (``Is coffee good for you?``) or trail off (``What comes next...``).
    """
    return text.endswith(".") and not text.endswith("..")


def _empty_link(context: Context, index: int) -> bool:
    """Whether line ``index`` is only a link with no words and no picture: ``[](url)``."""
    inline = _inline(context, index)
    return (
        context.shape(index) is Shape.TEXT
        and bool(inline.links)
        and not inline.images
        and not inline.text.strip(BLANK)
    )


# Marks around a word: "klicken!", "(click", "»Klick«".
_WORD_MARKS: Final = ".,;:!?…()[]{}\"'«»„“”‚‘’<>*_-–—"
# A prompt to click is a short line; a caption that says a click opens the chart is longer.
_MAX_PROMPT_WORDS: Final = 15


def _click_prompt(text: str) -> bool:
    """Whether ``text`` asks the reader to click (``Click here to order!``): a button's words.

    Under a picture such a line leads to a product, a shop, an audio player or the comments; a
    caption does not ask to be clicked (a long one may say a click enlarges the chart).
    """
    words = text.casefold().split()
    return len(words) <= _MAX_PROMPT_WORDS and any(
        word.strip(_WORD_MARKS) in current().click_words for word in words
    )


# A span of years and a dash or a bar after it, opening a site's notice: "1997-2021 — Example".
_YEARS_SPAN: Final = re.compile(
    r"(?:19|20)[0-9]{2}[ \u00a0]?[-–][ \u00a0]?(?:19|20)[0-9]{2}[ \u00a0]{1,3}[—–|-]"
)


def _site_notice(text: str) -> bool:
    """Whether ``text`` is the site's copyright notice, the page's footer and no caption.

    ``Copyright © 2018. All rights reserved.``, ``© 2020 | Example Blog | Jane Doe``,
    ``1997-2021 — Example Association``: a rights-reserved phrase, a copyright mark or word
    before a year, or a span of years set off by a dash. A logo or a badge often stands over it.
    A caption may open with a year (``1989: crowds at the wall``), but not after ``©``.
    """
    stripped = text.strip(BLANK)
    folded = stripped.casefold()
    if any(phrase in folded for phrase in current().rights_reserved_phrases):
        return True
    if _YEARS_SPAN.match(stripped) is not None:
        return True
    head = folded.split(" ", 1)[0]
    if head.strip("©") in current().copyright_words:
        stripped = stripped[len(head) :]  # "Copyright © 2018", "Copyright 2018"
    elif not stripped.startswith(("©", "(c)", "(C)")):
        return False
    return notice_year(stripped.lstrip(BLANK + "©(cC)"))


# A separator of a navigation trail: "Home » News » Story", "Home > Games > Title".
_TRAIL_SEPARATOR: Final = re.compile(r"[ \u00a0][»›>][ \u00a0]")
# The parts of a trail are a page's or a section's name, a few words each.
_MAX_TRAIL_PART_WORDS: Final = 12


def _navigation_trail(context: Context, index: int) -> bool:
    """Whether line ``index`` is a navigation trail (breadcrumbs), the page's and no caption.

    ``[Home](/) » [Games](/games/) » Story title``: three parts or more, parted by ``»``, ``›``
    or ``>``, each a few words, two of them links at least. A picture often stands right over
    one (the site's logo, the story's lead picture), and the trail's last part may be set in
    bold, which reads as a credit; a caption is never written so.
    """
    inline = _inline(context, index)
    if len(inline.links) < 2:
        return False
    parts = _TRAIL_SEPARATOR.split(inline.text.strip(BLANK))
    return (
        len(parts) >= 3
        and all(parts[:-1])
        and all(len(part.split()) <= _MAX_TRAIL_PART_WORDS for part in parts)
    )


def _linked_picture(context: Context, index: int) -> bool:
    """Whether the first picture on line ``index`` is a link (``[![alt](src)](url)``)."""
    images = _inline(context, index).images
    return bool(images) and bool(images[0].link)


def _title_text(context: Context) -> str:
    """The words of the story's title line (``""`` when none was found)."""
    if context.title_line is None:
        return ""
    return render(heading_text(_markdown(context, context.title_line))).text


def _same_words(first: str, second: str) -> bool:
    """Whether two texts say the same words, case, quotes and punctuation aside."""
    return _WORDS.findall(first.casefold()) == _WORDS.findall(second.casefold())


def _title_credit(markdown: str) -> str | None:
    """The credit a picture's title attribute gives: ``![](src "Foto: Jane Doe / dpa")``."""
    found = _IMAGE_TITLE.search(markdown)
    if found is None:
        return None
    # Only a title that is a credit line as a whole: a title is often the caption itself.
    credit = read_credit(found["title"].strip(BLANK))
    if not credit or len(credit.split()) > _MAX_TITLE_CREDIT_WORDS:
        return None
    return credit


def _alt_credit(reading: CaptionReading) -> CaptionReading:
    """An image whose alt text ends in a credit: ``![... (Photo by Jane Doe/Getty Images)](src)``.

    The alt text less the credit is the caption; an alt text without a credit stays an alt text
    (it is often a file name or a description written for screen readers).
    """
    if reading.text or reading.credit or not reading.alt or len(reading.alt) > _MAX_CAPTION:
        return reading
    text, credit = _trailing_credit(reading.alt)
    if credit is None or not text:
        return reading
    return attrs.evolve(reading, text=text, credit=credit)


def _image_followers(
    context: Context, index: int, reading: CaptionReading
) -> tuple[int, CaptionReading]:
    """After an image line: the caption text and credit written under it."""
    last = index
    # Converters may set a figure's caption two blank lines under its picture.
    following = _near(context, index, blanks=2)
    if following is not None and _empty_link(context, following):
        # "[](/wiki/File:x.png)": a zoom or lightbox link with no words stands between them.
        last = following
        following = _near(context, following, blanks=2)
    # A bold standfirst under the lead picture is no caption, but the alt text is read over it
    # as over any paragraph of the story.
    lead = following if following is not None and _bold_lead(context, following, index) else None
    if following is not None and not _follows_image(context, following, index):
        following = None
    credited = _alt_credit(reading)
    # The alt text is the caption with its credit ("... Foto: Archivo"): a long line under it is
    # the story going on, unless it repeats the alt text.
    if credited.credit is not None and following is not None:
        under = _inline(context, following).text
        long_under = is_prose(under) or len(under) > max(_LONG_UNDER, 2 * len(credited.text))
        if long_under and not under.startswith(credited.text[:40]):
            following = None
    if following is not None and reading.credit is None and _loose_credit(context, following):
        # "Ida Marsk/Tidewater Press" under a picture, the caption below: a credit standing first.
        after = _near(context, following)
        if after is not None and _follows_image(context, after, index):
            loose = _inline(context, following).text.strip(BLANK)
            reading = attrs.evolve(reading, credit=read_credit(loose) or loose)
            last = following
            following = after
    if _alt_over_prose(context, following if following is not None else lead, reading):
        # "![The mayor opens the new bridge.](src)" over a paragraph of prose: the alt text is the
        # caption and the paragraph is the story going on, not the picture's caption.
        reading = attrs.evolve(reading, text=reading.alt or "")
        following = None
    if (
        following is not None
        and not reading.text
        and _story_under_picture(context, following, reading)
    ):
        following = None  # the article goes on under a picture that has no caption line
    bare = (last, reading)  # the picture alone, should the line under it prove a page label
    if following is not None and not reading.text:
        read = _caption_lines(context, following, reading)
        if read is not None:
            reading, last = read
            following = _near(context, last)
    if following is not None and reading.credit is None:
        credit = _credit_at(context, following)
        if credit is not None and not _featured_credit(context, following):
            reading = attrs.evolve(reading, credit=credit[0])
            last = credit[1]
            caption_line = _near(context, last)
            if (
                not reading.text
                and caption_line is not None
                and _follows_image(context, caption_line, index)
                and (
                    _text_under_credit(context, caption_line)
                    or _alt_repeated(context, caption_line, reading)
                )
            ):
                # "![](src)", "Jane Doe/dpa", then the caption: the credit stands first.
                text, date = _split_date(_inline(context, caption_line).text)
                reading = attrs.evolve(reading, text=text, date=date)
                last = caption_line
    if _page_label(context, last, reading, index):
        last, reading = bare
    return last, _credit_alt(_alt_caption(context, index, _alt_credit(reading)))


def _credit_alt(reading: CaptionReading) -> CaptionReading:
    """A picture whose alt text is a credit line as a whole: ``![Foto: Jo Park](src)``.

    Tools fill the alt text from the credit field too; with the caption read under the picture,
    the credit would be lost. Names only (:func:`_names_only`): ``Foto: a woman in the water``
    describes the picture.
    """
    if reading.credit is not None or not reading.alt or not reading.text:
        return reading  # with no caption read, a logo's alt ("flickr") stays the picture's
    credit = read_credit(reading.alt.strip(BLANK))
    if not credit or not _names_only(credit):
        return reading
    return attrs.evolve(reading, credit=credit)


def _alt_repeated(context: Context, index: int, reading: CaptionReading) -> bool:
    """Whether line ``index``, glued under a picture's credit, writes the picture's alt text.

    Wire pictures carry captions of several sentences (``CITY, Date -- A girl walks past ...``)
    that the alt text repeats: glued under the credit line (``![CITY ...](src)``, ``© Example
    Images``, then the caption), such a line is the caption however long, up to twice
    the longest one read elsewhere.
    """
    alt = (reading.alt or "").strip(BLANK)
    if len(alt.split()) < _MIN_ALT_CAPTION_WORDS or context.blank[index - 1]:
        return False
    if context.block_end(index) != index + 1:
        return False
    text = _inline(context, index).text.strip(BLANK)
    return len(text) <= 2 * _MAX_CAPTION and _same_words(text[: len(alt)], alt[: len(text)])


def _caption_lines(
    context: Context, index: int, reading: CaptionReading
) -> tuple[CaptionReading, int] | None:
    """The caption read from line ``index`` under a picture, and its last line, else ``None``.

    A caption broken over the lines of its block is read whole; a caption line may carry its
    own credit (``Delegates leave the hall. **Reuters**``).
    """
    broken = _broken_under_picture(context, index) if reading.credit is None else None
    if broken is not None:
        # "The stoat in its winter coat.", "(Jane Doe", "/", "Example Images)": one caption.
        whole, last = broken
        return attrs.evolve(reading, text=whole.text, credit=whole.credit, date=whole.date), last
    if not _caption_text_line(context, index):
        return None
    line = _markdown(context, index)
    own = read_caption(line) if _may_carry_credit(line) else None
    if own is not None and own.text and own.image_url is None and reading.credit is None:
        return attrs.evolve(reading, text=own.text, credit=own.credit, date=own.date), index
    text, date = _split_date(_inline(context, index).text)
    repeated = _after_alt(text, reading.alt) if reading.credit is None else None
    if repeated is not None:
        # "![The pier at dusk](src)" over "The pier at duskJo Park": the alt text bounds the caption
        return attrs.evolve(reading, text=repeated[0], credit=repeated[1], date=date), index
    if reading.credit is None and date is None and _HOST_NAME.fullmatch(text.strip(BLANK)):
        # "imagebank.example.se" alone under a picture: the site the picture is from
        return attrs.evolve(reading, credit=text.strip(BLANK)), index
    return attrs.evolve(reading, text=text, date=date), index


# The fewest words of an alt text that bounds a caption, and the most of a name after it.
_MIN_BOUNDING_ALT_WORDS: Final = 3
_MAX_NAME_AFTER_ALT_WORDS: Final = 5
# What may stand between a caption and its credit: "... at dusk / Jo Park", "... at dusk • Jo Park"
_ALT_CREDIT_MARKS: Final = BLANK + "/|–—•·-"


def _after_alt(text: str, alt: str | None) -> tuple[str, str] | None:
    """A caption line that writes its picture's alt text, then a name: the name is the credit.

    Publishing tools fill a picture's alt text from its caption, and the figure's caption then
    holds the caption and the credit elements, which converters join with a space or with
    nothing (``The pier at duskJo Park``). Glued, the name cannot be told from a brand's inner
    capital (see :func:`_glued_name`); the alt text marks where the caption ends. The words
    after it must be names only (:func:`_names_only`), a few of them.

    Example:
        >>> _after_alt("The old pier at duskJo Park", "The old pier at dusk.")
        ('The old pier at dusk', 'Jo Park')
        >>> _after_alt("The old pier at dusk, seen from the hill", "The old pier at dusk") is None
        True
    """
    if not alt:
        return None
    bound = alt.strip(BLANK).rstrip(".!?…").rstrip(BLANK)
    if len(bound.split()) < _MIN_BOUNDING_ALT_WORDS or not text.startswith(bound):
        return None
    rest = text[len(bound) :]
    closing = rest[:1] if rest[:1] in ".!?…" else ""  # the alt's own sentence end, in the line
    after = rest[len(closing) :]
    # Set apart by a space only, the words may go on the alt's phrase ("View of the harbour"
    # over "View of the harbour New Haven"): a name then needs the alt to end a sentence.
    spaced = after[:1] in BLANK and after.lstrip(BLANK)[:1] not in _ALT_CREDIT_MARKS
    if after.lstrip(BLANK)[:1] in ",;" or (
        spaced and not (closing or alt.rstrip(BLANK)[-1:] in ".!?…")
    ):
        return None  # after a comma, the caption goes on: "View of the harbour, New Haven"
    credit = after.strip(_ALT_CREDIT_MARKS)
    if (
        not credit
        or len(credit) > _MAX_LOOSE_CREDIT
        or len(credit.split()) > _MAX_NAME_AFTER_ALT_WORDS
        or not _names_only(credit)
    ):
        return None
    return bound + closing, credit


# A host name alone, in small letters: "imagebank.example.se", "stock.example.com"; not a
# file's name ("harbour-dawn.jpg", "report.pdf"), which is the picture's own text.
_HOST_NAME: Final = re.compile(
    r"[a-z0-9-]{2,30}(?:[.][a-z0-9-]{2,30}){0,3}"
    r"[.](?!(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|html?|php|aspx?|pdf|mp[34])$)[a-z]{2,6}"
)


def _broken_under_picture(context: Context, index: int) -> tuple[CaptionReading, int] | None:
    """The caption a line break splits under a picture, and its last line, else ``None``.

    Converters set the parts of a figure's caption on lines of one block (``The stoat in its
    winter coat.``, ``(Jane Doe``, ``/``, ``Example Images)``): read alone, the first line loses
    the credit. A block of two to four plain lines, no prose, whose joined words end in a credit
    after caption text is one caption.
    """
    end = context.block_end(index)
    if not 2 <= end - index <= _MAX_BROKEN_LINES:
        return None
    for line in range(index, end):
        if (
            context.shape(line) is not Shape.TEXT
            or "![" in line_markdown(context, line)
            or context.setext_level(line)
        ):
            return None
    joined = " ".join(context.inline(line).text.strip(BLANK) for line in range(index, end))
    if len(joined) > _MAX_CAPTION or is_prose(joined):
        return None
    text, credit = _trailing_credit(joined)
    if credit is None or not text:
        return None
    text, date = _split_date(text)
    return CaptionReading(text=text, credit=credit, date=date), end - 1


# A bold lead (a standfirst) is a sentence or two; a subheading or a bold caption is shorter.
_MIN_BOLD_LEAD_WORDS: Final = 12
# The header's first picture stands a few lines under the title (a byline, a date between).
_MAX_LINES_TITLE_TO_PICTURE: Final = 30


def _bold_lead(context: Context, index: int, picture: int) -> bool:
    """Whether line ``index``, under the header's first picture, is the story's standfirst.

    Pages set their lead (dek) wholly in bold between the lead picture and the text: ``# Title``,
    the byline, ``![](lead.jpg)``, ``**Two sentences that sum the story up.**``, then the first
    paragraph. A bold line of summary shape (a sentence of 12 words or more, with no credit)
    standing there, with the text's first paragraph under it, is no caption: the standfirst rule
    takes it.
    """
    if context.found(Found.STANDFIRST) or not _bold(context, index):
        return False  # the story has one standfirst: a bold line under a later one is a caption
    if not _header_picture(context, picture):
        return False
    text = _inline(context, index).text.strip(BLANK)
    if len(text.split()) < _MIN_BOLD_LEAD_WORDS or not _sentence_like(text):
        return False
    if text[-1:] not in '.!?…"”»' or _may_carry_credit(text):
        return False  # a caption's credit, or words that trail off: not a summary
    after = _near(context, index)
    return (
        after is not None
        and context.shape(after) is Shape.TEXT
        and not _bold(context, after)
        and is_prose(_inline(context, after).text)
    )


def _header_picture(context: Context, picture: int) -> bool:
    """Whether line ``picture`` holds the first picture under the title, in the header."""
    title = context.title_line
    if title is None or not title < picture < title + _MAX_LINES_TITLE_TO_PICTURE:
        return False
    if not context.in_header(picture):
        return False
    return not any("![" in line_markdown(context, line) for line in range(title + 1, picture))


def _alt_over_prose(context: Context, under: int | None, reading: CaptionReading) -> bool:
    """Whether a picture with an alt text of a few words stands over a paragraph of prose."""
    if under is None or reading.text or not reading.alt:
        return False
    text = _inline(context, under).text
    return (
        len(reading.alt.split()) >= _MIN_ALT_CAPTION_WORDS
        and is_prose(text)
        and len(text) > _MAX_UNDER_CREDIT_CHARS
    )


# A teaser's kicker is a word or a short phrase ("Gesundheit", "Ideas for the garden").
_MAX_KICKER_WORDS: Final = 4


def _page_label(context: Context, last: int, reading: CaptionReading, picture: int) -> bool:
    """Whether the few words or the figures under a picture, up to line ``last``, are the page's.

    A teaser card sets a kicker between its picture (on line ``picture``) and its headline link
    (``Gesundheit``, ``Ideas for the garden``, then ``[Headline](url)``), and pictures stand over
    counts, times, scores and prices (``57``, ``17:42``, ``57 : 33``, ``14,90 €``). Such words,
    with no credit or date beside them, are no caption. Words the picture's alt text or title
    repeat are its caption (``![](src "Ida Marsk")``, ``Ida Marsk``, then a link), and a
    one-word caption otherwise stays one (a product's name under its picture).
    """
    if reading.credit is not None or reading.date is not None or not reading.text:
        return False
    if read_credit(reading.text) is not None:
        return False  # "iStock/Jane": a credit read as text is the picture's all the same
    one_word = len(reading.text.split()) == 1
    if _LETTERS.search(reading.text) is None and (one_word or _has_digit(reading.text)):
        return True  # figures and marks, no word of two letters ("H & M" is a name)
    if not one_word and (
        len(reading.text.split()) > _MAX_KICKER_WORDS
        or reading.text.rstrip()[-1:] in ".!?"
        or reading.text.casefold() in _markdown(context, picture).casefold()
    ):
        return False  # a sentence, or the words of the picture's alt text or title: its caption
    after = _near(context, last)
    return after is not None and _headline_link(context, after) is not None


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)


def _story_under_picture(context: Context, index: int, reading: CaptionReading) -> bool:
    """Whether line ``index``, under a picture, is the article going on and not the caption.

    Converters drop many captions, so a picture often stands right over a paragraph of the
    text. A paragraph of prose (:func:`is_prose`, over 250 characters) is such text unless it
    shows it is the caption: it repeats the picture's alt text, ends in a credit, or is set in
    emphasis as a whole.
    """
    text = _inline(context, index).text.strip(BLANK)
    if _run_end(context, index) == index + 1 and _evenly_broken(context, index):
        # A paragraph broken at a width the dump's measure missed (a dump wrapped but for a
        # few long lines): read whole, as a wrapped line is.
        end = min(context.block_end(index), index + _EVEN_LINES_READ)
        text = " ".join(context.inline(line).text.strip(BLANK) for line in range(index, end))
    if not is_prose(text) or (len(text) <= _MAX_UNDER_CREDIT_CHARS and not _long_sentences(text)):
        return False
    alt = (reading.alt or "").strip(BLANK)
    if alt and _same_words(text[: len(alt)], alt[: len(text)]):
        return False
    line = _markdown(context, index)
    if is_emphasised(line.strip(BLANK)):
        return False
    own = read_caption(line) if _may_carry_credit(line) else None
    return own is None or own.credit is None


def _long_sentences(text: str) -> bool:
    """Whether ``text`` holds two sentences or more and over 40 words, and numbers no figure.

    Nine captions in ten have fewer than 35 words, and a longer caption is mostly one sentence
    (``MANCHESTER, ENGLAND - SEPTEMBER 28: ...``) or a numbered figure's (``Abb. 3: ...``).
    """
    return (
        len(text.split()) > _MAX_OVER_CREDIT_WORDS
        and _INNER_SENTENCE_END.search(text) is not None
        and _FIGURE.match(text) is None
    )


# A paragraph broken at a fixed width: three lines or more, all but the last about as full.
_MIN_EVEN_LINES: Final = 3
_MIN_EVEN_WIDTH: Final = 50
_MAX_EVEN_SPREAD: Final = 12
# Lines read to tell: enough for any caption, and a bound on the work per picture (a block of
# many pictures would otherwise be read to its end from each one: quadratic).
_EVEN_LINES_READ: Final = 12


def _evenly_broken(context: Context, index: int) -> bool:
    """Whether the block at line ``index`` is text broken at one width: a wrapped paragraph.

    Its lines but the last are all long and about as long as each other (within a word's
    length); a caption broken at ``<br>`` (a caption line, a credit line) is not.
    """
    end = min(context.block_end(index), index + _EVEN_LINES_READ)
    if end - index < _MIN_EVEN_LINES:
        return False
    widths = [len(context.lines[line].rstrip(BLANK)) for line in range(index, end - 1)]
    if min(widths) < _MIN_EVEN_WIDTH or max(widths) - min(widths) > _MAX_EVEN_SPREAD:
        return False
    return all(context.shape(line) is Shape.TEXT for line in range(index, end))


def caption_of(text: str) -> Caption:
    """The work of :func:`newsparse.parse_caption`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-caption`` when ``text`` carries no credit or image.
    """
    context = Context(Source(text))
    first = context.next_nonblank(0)
    claim = rule(context, first) if first is not None else None
    if claim is None or context.next_nonblank(claim.next_line) is not None:
        line = (first or 0) + 1
        raise ParseError(
            f"{text.strip()[:60]!r} does not read as a caption",
            code=Code.NOT_A_CAPTION,
            line=line,
        )
    caption = claim.elements[0]
    if isinstance(caption, Picture) and caption.images:
        # In a dump a picture with no caption is a Picture; asked for a caption, it is one with
        # only its image.
        first_image = caption.images[0]
        caption = Caption(
            raw=caption.raw,
            span=caption.span,
            text="",
            image_url=first_image.src,
            alt=first_image.alt or None,
        )
    if not isinstance(caption, Caption):  # pragma: no cover - the rule only makes captions
        raise ParseError("not a caption", code=Code.NOT_A_CAPTION)
    return caption
