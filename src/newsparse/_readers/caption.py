"""Picture credits: the credit a caption string ends with (``Photo: A. Name/Agency``).

The credit reader of the caption rule (:mod:`newsparse._parsers.caption`), kept apart from it so
that the title rule reads a credit glued to a headline without importing the caption rule.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsparse._source import BLANK
from newsparse.vocabulary import (
    Vocabulary,
    agency_name,
    cached,
    case_forms,
    current,
    patterns,
    word_pattern,
)

__all__ = [
    "MAX_CREDIT",
    "CreditWords",
    "credit_parts",
    "credit_words",
    "notice_year",
    "picture_credit",
    "read_credit",
]


class CreditWords(NamedTuple):
    """The caption rules' word sets and word-list patterns, built from one vocabulary."""

    # Picture-credit labels: "Foto", "Photo credit", and the lead picture's "Titelbild".
    labels: frozenset[str]
    # The labels of the page's lead picture only: "Titelbild", "Featured image".
    featured_labels: frozenset[str]
    # Words a credit line may open with: its label ("Foto:"), or a picture agency ("Getty").
    credit_first_words: frozenset[str]
    # A credit label and its colon near a line's end: "... Hamburg. Foto: Markus Schollen/dpa".
    tail_label: re.Pattern[str]
    # Words of a copyright notice: "All rights reserved", "Riproduzione riservata".
    reserved: re.Pattern[str]
    # "Photograph by Ed Marlow, Isla Verde Restoration Programme", "Foto von X"
    by: re.Pattern[str]
    # A credit with "by" after a caption sentence: "... on Wednesday. Photo by Kevin S. Vineys
    # /AP", or after a slash, a bar or a dash: "Power lines / Photo by Jane Doe on Unsplash"
    trailing_by: re.Pattern[str]
    # A credit label with no colon after a caption sentence, then a name: "... at dusk. Foto
    # Jane Doe via Stockhaus", "... the new hall. Bild Ida Marsk".
    trailing_bare: re.Pattern[str]
    # First words of related-link labels.
    related_first_words: frozenset[str]
    # A picture's kind in the parentheses that close its caption: "... (Symbolbild).", "(FILE)"
    marked_picture: re.Pattern[str]
    # A copyright credit: "© Jane Doe", "(c) Example", "Copyright Jane Doe"
    copyright_credit: re.Pattern[str]
    # "Courtesy of the Doe family", "Photo courtesy of NASA": a credit without a colon.
    courtesy: re.Pattern[str]
    # What parts a picture credit: "Jane Doe/Example", "Jane Doe via Example", "X | Y"
    credit_parts: re.Pattern[str]


def _build(words: Vocabulary) -> CreditWords:
    """The caption patterns of ``words``."""
    labels = words.credit_labels | words.featured_picture_labels
    return CreditWords(
        labels=labels,
        featured_labels=words.featured_picture_labels,
        credit_first_words=frozenset(label.split()[0] for label in labels)
        | frozenset(agency.split()[0].split("/")[0] for agency in words.picture_agencies)
        | words.copyright_words
        | words.courtesy_words
        | words.credit_abbreviations,
        tail_label=word_pattern(r"(?i)(?<![^\W\d_])", labels, r"[ ]?:"),
        reserved=word_pattern(words.copyright_stems, flags=re.I),
        by=word_pattern(
            r"^(?P<label>[^\W\d_]{3,14})[ ]",
            words.credit_by_words,
            r"[ ](?P<credit>[A-ZÀ-Þ].{1,100})$",
        ),
        trailing_by=word_pattern(
            r"(?:^|(?<=[.!?\"”)»])[ ]|(?<=[ ][/|–—])[ ])(?P<label>[A-ZÀ-Þ][^\W\d_]{2,14})[ ]",
            words.credit_by_words,
            r"[ ](?P<credit>[A-ZÀ-Þ][^.!?]{1,100}(?:[.][ ][^.!?]{1,60}){0,3})$",
        ),
        trailing_bare=word_pattern(
            r"(?<=[.!?\"”)»])[ ](?P<label>[A-ZÀ-Þ][^\W\d_]{2,14})[ ]"
            r"(?P<credit>[A-ZÀ-Þ][\w'’.-]{0,30}(?:[ ](?:[A-ZÀ-Þ][\w'’.-]{0,30}|[/&|]|",
            words.credit_by_words,
            r")){0,5})$",
        ),
        related_first_words=frozenset(label.split()[0] for label in words.related_labels),
        marked_picture=word_pattern(r"(?i)[ ]?\(", words.picture_markers, r"\)[.]?$"),
        copyright_credit=word_pattern(
            r"^(?:©|\([cC]\)|",
            case_forms(words.copyright_words),
            r"\b)[ ]?(?P<credit>\S.{0,99})$",
        ),
        courtesy=word_pattern(
            r"^\(?(?:[^\W\d_]{3,12}[ ])?", words.courtesy_words, r"\b", flags=re.I
        ),
        credit_parts=word_pattern(r"[ ]?/[ ]?|[ ]", words.credit_part_joiners, r"[ ]|[ ]\|[ ]"),
    )


# The caption rules' tables of the vocabulary in use, built once per vocabulary.
credit_words: Final = patterns(_build)
# The longest text read as a picture credit.
MAX_CREDIT: Final = 120
# A word of two letters or more.
_WORD: Final = re.compile(r"[^\W\d_]{2}")

# "Photo: X", "Foto:", "Bildrechte: IMAGO", "Photo credit: X"
_LABELLED: Final = re.compile(
    r"^[(\[]?(?P<label>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:[ ]?(?P<credit>\S.{0,119})?$"
)
# A label shortened with a full stop, then a name: "Fot. Jan Kowalski", "fot. PAP/Jan Kowalski"
_ABBREVIATED: Final = re.compile(r"^(?P<label>[^\W\d_]{2,6})[.][ ]?(?P<credit>[^\W\d_].{0,110})$")
# "© Aton", "(C) Kofi Nadeau", "Copyright X"
# "(Elena Corbin / Harbor Chronicle)", "(AP Photo/Jon Vardy)"
_PARENTHESISED: Final = re.compile(r"^\((?P<credit>[^()]{2,100}/[^()]{1,100})\)$")

# "Jane Doe/Reuters", "Jane Doe / AFP via Getty Images", "picture alliance | Jane Doe": the
# parts of a picture credit.
# "Courtesy of the Smith family", "Photo courtesy of NASA": a credit without a colon.


def credit_parts(credit: str) -> tuple[str, ...]:
    """The parties a credit names, split at its slashes, bars and ``via``.

    Example:
        >>> credit_parts("Jane Doe / AFP via Getty Images"), credit_parts("Reuters/Jane Doe")
        (('Jane Doe', 'AFP', 'Getty Images'), ('Reuters', 'Jane Doe'))
    """
    return tuple(p.strip() for p in credit_words().credit_parts.split(credit) if p.strip())


def picture_credit(text: str) -> bool:
    """Whether ``text`` names a picture agency or photographer with one (``X/Getty Images``)."""
    parts = credit_parts(text)
    if not parts or len(parts) > 4:
        return False
    if len(parts) == 1:
        return parts[0].casefold() in current().picture_agencies
    known = [p for p in parts if _agency_part(p)]
    if not known:
        return False
    # The rest must look like names: capitalised words, few of them ("dpa" is known as it is).
    for part in parts:
        if part not in known and not _name_like(part):
            return False
    if _caption_before_credit(text):
        return False
    if " | " in text:
        # A bar also joins a breadcrumb ("Reuters | Markets | World"): an agency and a
        # photographer's name of two words or more only.
        names = [part for part in parts if part not in known]
        return len(parts) == 2 and len(names) == 1 and 2 <= len(names[0].split()) <= 4
    return True


def _name_like(part: str) -> bool:
    """Whether a part of a credit reads as a name: a few words, none in lower case but particles.

    ``Kevin S. Vineys``, ``Ana de la Torre``, ``Example Press 24``; not ``The harbour at dawn``
    (caption words).
    """
    words = part.split()
    if not words or len(words) > 5 or not words[0][:1].isupper():
        return False
    particles = current().name_particles
    return not any(word[:1].islower() and word not in particles for word in words[1:])


def _caption_before_credit(text: str) -> bool:
    """Whether a spaced slash sets caption words off a whole credit: ``Ida Marsk / Jo Park/AFP``.

    The words before the slash name no agency, and those after it are a credit of their own
    with a name in it (``Jo Park/AFP``): the first words are who or what the picture shows.
    ``Jo Park / AFP/Getty Images`` (agencies after the slash) and ``picture alliance / dpa/Jo
    Park`` (an agency before it) stay one credit.
    """
    head, separator, tail = text.partition(" / ")
    if not separator or "/" not in tail.replace(" / ", ""):
        return False
    return not any(_agency_part(p) for p in credit_parts(head)) and not all(
        _agency_part(p) for p in credit_parts(tail)
    )


def _agency_part(part: str) -> bool:
    """A part of a credit naming a picture agency, maybe with a word after it.

    ``Reuters``, ``Getty Images``; ``Reuters files``, ``Getty Images Europe`` (the agency first).
    """
    words = part.split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if name.casefold() in current().picture_agencies or agency_name(name):
            return count == len(words) or count >= len(words) - 1
    return False


@cached(maxsize=2048)  # rules ask about the same line more than once
def read_credit(text: str) -> str | None:
    """The credit a standalone credit line gives (``""`` for a bare label such as ``Foto:``).

    Example:
        >>> read_credit("(AP Photo/Jon Vardy)"), read_credit("Photo: Jane Doe / AFP")
        ('AP Photo/Jon Vardy', 'Jane Doe / AFP')
        >>> read_credit("The minister said so.") is None
        True
    """
    text = text.strip(BLANK)
    if not text or len(text) > MAX_CREDIT:
        return None
    labelled = _LABELLED.match(text)
    if labelled is not None and labelled["label"].casefold() in credit_words().labels:
        # "Foto: © Jane Doe", "Bildcredit: (c) X": the copyright mark adds nothing to the name
        credit = _closed(labelled["credit"] or "", opened=text[:1] in "([")
        for mark in ("©", "(c)", "(C)"):
            if credit.startswith(mark) and credit[len(mark) :].strip():
                return credit[len(mark) :].lstrip()
        return credit
    abbreviated = _ABBREVIATED.match(text)
    if (
        abbreviated is not None
        and abbreviated["label"].casefold() in current().credit_abbreviations
    ):
        return abbreviated["credit"].strip()  # "Fot. Jan Kowalski / Agencja Przykład"
    copyright_mark = credit_words().copyright_credit.match(text)
    if (
        copyright_mark is not None
        and len(text) <= 60
        and not credit_words().reserved.search(text)
        and _WORD.search(copyright_mark["credit"])
        and not notice_year(copyright_mark["credit"])
    ):
        # (a page's "Copyright 2023 X. All rights reserved." or "© 2017-2023" is a closing
        # notice, not a credit); "Copyright: X", "Copyright © X": the colon and the mark go
        credit = copyright_mark["credit"].strip().lstrip(":").strip()
        for mark in ("©", "(c)", "(C)"):
            if credit.startswith(mark) and credit[len(mark) :].strip():
                credit = credit[len(mark) :].strip()
        return credit or copyright_mark["credit"].strip()
    parenthesised = _PARENTHESISED.match(text)
    if parenthesised is not None and all(
        _WORD.search(part) for part in parenthesised["credit"].split("/")
    ):  # "(entspricht 11,00 € / l)" is a unit price, not a credit
        inner = credit_words().by.match(parenthesised["credit"].strip())
        if inner is not None and inner["label"].casefold() in credit_words().labels:
            return inner["credit"].strip()  # "(Photo by Jane Doe/Getty Images)": the name only
        return parenthesised["credit"].strip()
    by = credit_words().by.match(text)
    if by is not None and by["label"].casefold() in credit_words().labels:
        return by["credit"].strip()
    if (
        credit_words().courtesy.match(text) is not None
        and len(text.split()) <= 8
        and text[-1] not in ".!?:"
    ):
        return text.strip("() ")  # a sentence ("Courtesy of X, the show was free.") is no credit
    if len(text) <= 60 and picture_credit(text):
        return text
    return None


# A year, or a span of years, opening a copyright notice: "2020", "1994-2022", "2000 - 2020"
_NOTICE_YEAR: Final = re.compile(r"^[©\s]{0,4}(?:19|20)[0-9]{2}(?![0-9])")


def notice_year(credit: str) -> bool:
    """Whether what follows a copyright mark opens with a year: a page's notice, no credit.

    A site's footer reads ``© 2020 Example Media`` or ``Copyright 2000 - 2020 by Example``; a
    picture's credit names its owner first (``© Jane Doe``, ``© Example Images 2019``).

    Example:
        >>> notice_year("2000 - 2020 by Example Media"), notice_year("Jane Doe 2019")
        (True, False)
    """
    return _NOTICE_YEAR.match(credit) is not None


def _closed(credit: str, *, opened: bool) -> str:
    """A credit without the bracket that closed the line's own, keeping one it opened itself."""
    credit = credit.strip(" ]")
    if credit.endswith(")") and (opened or credit.count("(") < credit.count(")")):
        credit = credit[:-1].rstrip()
    return credit
