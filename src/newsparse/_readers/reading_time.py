"""Reading-time notes: "5 min read", "Lesedauer: 7 Min.", built from the vocabulary's tables.

A text reader the dateline reader and the boilerplate rule both use.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsparse.vocabulary import Vocabulary, alternation, patterns, word_pattern

__all__ = ["ReadingTime", "reading_time"]


class ReadingTime(NamedTuple):
    """The patterns of a reading-time note, built from one vocabulary.

    "Lesedauer: 7 Min.", "5 min read", "Reading time: 3 minutes", "Temps de lecture : 4 min".
    """

    # Such a note anywhere in a line, as a dateline may carry one ("3 min read").
    anywhere: re.Pattern[str]
    # A line that is such a note and nothing else.
    whole: re.Pattern[str]
    # A text every note holds ("min" with the default units), for a cheap test first.
    hint: str


def _reading_time(words: Vocabulary) -> ReadingTime:
    """The reading-time patterns of ``words``."""
    anywhere = word_pattern(
        r"(?:",
        words.reading_time_labels,
        r"\s?:?\s?(?:",
        words.reading_time_hedges,
        r"\s)?[0-9]{1,3}\s?",
        # The shortest unit first: "Lesezeit: 5 Minuten" gives "Lesezeit: 5 Min" to a search,
        # as the rule always did (identical output). The whole unit would read better: a change
        # of behaviour, for a step measured on its own.
        "(?:" + alternation(words.labelled_minutes, shortest_first=True) + ")",
        r"\.?|[0-9]{1,3}\s?",
        words.read_minutes,
        r"\.?\s",
        words.reading_time_endings,
        r")",
        flags=re.I,
    )
    units = words.labelled_minutes | words.read_minutes
    return ReadingTime(
        anywhere=anywhere,
        whole=word_pattern("^", anywhere.pattern, "$", flags=re.I),
        hint="min" if all("min" in unit for unit in units) else "",
    )


reading_time: Final = patterns(_reading_time)
