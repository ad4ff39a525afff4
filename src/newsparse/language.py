"""A rough guess at a text's language from its commonest words.

Only used where the text itself cannot settle something (an ambiguous ``03/05/2022`` with no
other date to show the order): the guess decides how to read it, and the value stays marked
ambiguous.
"""

from __future__ import annotations

from typing import Final

__all__ = ["guess_language"]

# The commonest short words of each language, which rarely occur in the others.
_STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("the and of to is that was for with on are this have from by be".split()),
    "de": frozenset("der die und das ist nicht mit sich auf für ein eine dem den zu auch".split()),
    "fr": frozenset("le la les et des est une pour dans qui que sur pas au du avec ce".split()),
    "es": frozenset("el la los las y que es en por una para con del se al lo su".split()),
    "pt": frozenset("o os as e que é em um uma para com não do da dos das ao".split()),
    "it": frozenset("il lo gli e che è di un una per con non del della al sono".split()),
    "nl": frozenset("de het een en van is dat op te voor met niet zijn ook als".split()),
}

_SAMPLE: Final = 6000
_PUNCTUATION: Final = ".,;:!?\"'()[]*_«»„“”"


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is most likely in, or ``None`` if unclear.

    Example:
        >>> guess_language("The minister said that the talks were over and that was all.")
        'en'
    """
    counts = dict.fromkeys(_STOPWORDS, 0)
    for token in text[:_SAMPLE].casefold().split():
        word = token.strip(_PUNCTUATION)
        for language, words in _STOPWORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 3 or top < 1.5 * second:
        return None
    return best
