"""A text's language from its commonest words, and a page's declared language tag.

Two uses. :func:`detect_language` gives ``Article.language`` for a dump: a stopword vote over
the languages the vocabulary covers, which answers only above a stated confidence.
:func:`guess_language` is the looser vote used where the text cannot settle something itself
(an ambiguous ``03/05/2022`` with no other date to show the order): the guess decides how to
read it, and the value stays marked ambiguous.
"""

from __future__ import annotations

import collections
import itertools
import re
from typing import Final

__all__ = [
    "MIN_DENSITY",
    "MIN_SHARE",
    "MIN_VOTES",
    "detect_language",
    "guess_language",
    "language_tag",
]

# The commonest short words of each language, which rarely occur in the others.
_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("the and of to is that was for with on are this have from by be".split()),
    "de": frozenset("der die und das ist nicht mit sich auf für ein eine dem den zu auch".split()),
    "fr": frozenset("le la les et des est une pour dans qui que sur pas au du avec ce".split()),
    "es": frozenset("el la los las y que es en por una para con del se al lo su".split()),
    "pt": frozenset("o os as e que é em um uma para com não do da dos das ao".split()),
    "it": frozenset("il lo gli e che è di un una per con non del della al sono".split()),
    "nl": frozenset("de het een en van is dat op te voor met niet zijn ook als".split()),
    "ru": frozenset("и в не на что с как по это он к но из у за то же".split()),
}

# Each stopword with the languages it belongs to: one lookup per word read.
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {
    word: tuple(language for language, words in _STOPWORDS.items() if word in words)
    for word in frozenset().union(*_STOPWORDS.values())
}

MIN_VOTES: Final = 8
"""Fewest stopwords of the winning language :func:`detect_language` needs before it answers."""

MIN_SHARE: Final = 0.6
"""Least share of all stopword votes the winning language needs (words shared by two languages
vote for both, so a text in neither's neighbour stays below it)."""

MIN_DENSITY: Final = 0.08
"""Least share of the words read that must be the winner's stopwords (Polish text matches 1-3%
of Portuguese ones by chance; running text of a covered language, 10-30% of its own)."""

# A BCP 47 tag as pages write it: a 2-3 letter language, then subtags ("de-DE", "pt_BR", "zh-Hant").
_TAG: Final = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}))?")

_SAMPLE: Final = 6000
_PUNCTUATION: Final = ".,;:!?\"'()[]*_«»„“”"


def _votes(text: str) -> list[tuple[str, int]]:
    """Stopword counts per language over the start of ``text``, most first."""
    return _count(text[:_SAMPLE].casefold().split())


# The stopwords made only of letters and digits: a token that is one of them needs no stripping,
# as no punctuation mark is a letter or digit.
_PLAIN: Final = frozenset(word for word in _LANGUAGES_OF if word.isalnum())


def _count(tokens: list[str]) -> list[tuple[str, int]]:
    counts = dict.fromkeys(_STOPWORDS, 0)
    # Each distinct token looked up once, with its number of uses (counted in C): running text
    # repeats its words, "the" most of all. The plain stopwords among them are found by a set
    # intersection (in C); only tokens holding a mark are stripped (``strip`` with characters
    # costs more than the lookup), and no token is both.
    uses = collections.Counter(tokens)
    for token in uses.keys() & _PLAIN:
        for language in _LANGUAGES_OF[token]:
            counts[language] += uses[token]
    for token in itertools.filterfalse(str.isalnum, uses):
        for language in _LANGUAGES_OF.get(token.strip(_PUNCTUATION), ()):
            counts[language] += uses[token]
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or ``None`` below the stated confidence.

    A stopword vote over the languages the vocabulary covers (en, de, fr, es, pt, it, nl, ru):
    the winner needs at least :data:`MIN_VOTES` stopwords, :data:`MIN_SHARE` of all votes, and
    its stopwords must be :data:`MIN_DENSITY` of the words read (as in any running text of its
    language; a text in an uncovered language matches a few short words by chance, far fewer).
    A text in any other language, or too short to tell, gives ``None``: never a guess.

    Example:
        >>> detect_language("The minister said that the talks were over and that was all.")
        >>> detect_language(
        ...     "The minister said that the talks were over, and that this was "
        ...     "the end of it for the party and for the people of the country."
        ... )
        'en'
    """
    tokens = text[:_SAMPLE].casefold().split()
    ranked = _count(tokens)
    best, top = ranked[0]
    total = sum(count for _, count in ranked)
    if top < MIN_VOTES or top < MIN_SHARE * total or top < MIN_DENSITY * len(tokens):
        return None
    return best


def language_tag(declared: str | None) -> str | None:
    """A page's declared language (``lang``, ``og:locale``) as a BCP 47 tag, or ``None``.

    The case is normalised (``de-de`` to ``de-DE``, ``pt_BR`` to ``pt-BR``); anything that is not
    a language tag (``"x"``, ``"{{lang}}"``) gives ``None``.

    Example:
        >>> language_tag("en_us"), language_tag(" de "), language_tag("{{ lang }}")
        ('en-US', 'de', None)
    """
    if declared is None:
        return None
    match = _TAG.fullmatch(declared.strip()[:60])
    if match is None:
        return None
    language, rest = match[1].lower(), match[2]
    if not rest:
        return language
    parts = [language]
    for part in re.split("[-_]", rest):
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())  # a region: "BR"
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())  # a script: "Hant"
        else:
            parts.append(part.lower())
    return "-".join(parts)


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is most likely in, or ``None`` if unclear.

    Example:
        >>> guess_language("The minister said that the talks were over and that was all.")
        'en'
    """
    ranked = _votes(text)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 3 or top < 1.5 * second:
        return None
    return best
