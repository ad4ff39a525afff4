"""How extraction results are scored against the dev corpus labels (shared by every evaluation).

Title: equal after case-folding and normalising whitespace, quotes and dashes; a kicker prefix on
either side is accepted ("Klimaschutz: Bohren, bis es heiß wird" for "Bohren, bis es heiß wird").
Authors: token F1 over the words of all names (case-folded, punctuation stripped). Published: the
calendar day equals the label's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

_QUOTES = str.maketrans(dict.fromkeys("“”„«»‹›‟″", '"') | dict.fromkeys("‘’‚‛′`´", "'"))
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―", "-"))
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case-folded, NFC, one space between words, plain quotes and dashes."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).translate(_DASHES)
    return " ".join(text.casefold().split())


def title_matches(found: str | None, label: str) -> bool:
    """Whether an extracted title matches the label (a kicker prefix on either side is fine)."""
    if not found:
        return False
    got, want = normalise(found), normalise(label)
    if got == want:
        return True
    for longer, shorter in ((got, want), (want, got)):
        if longer.endswith(shorter) and len(shorter) >= 8:
            head = longer[: len(longer) - len(shorter)].rstrip()
            # What comes before must be a kicker set off by punctuation or a short phrase.
            if head.endswith((":", "|", "-", "»", ".")) or len(head.split()) <= 4:
                return True
    return False


def name_tokens(names: Iterable[str]) -> Counter[str]:
    """The multiset of lower-case word tokens in a list of names."""
    tokens: Counter[str] = Counter()
    for name in names:
        tokens.update(_TOKEN.findall(normalise(name)))
    return tokens


def author_f1(found: Sequence[str], label: Sequence[str]) -> float:
    """Token F1 between extracted and labelled author names (1.0 when both are empty)."""
    got, want = name_tokens(found), name_tokens(label)
    if not got and not want:
        return 1.0
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def day_matches(found: dt.date | None, label: str) -> bool:
    """Whether an extracted date falls on the labelled day (``YYYY-MM-DD``)."""
    return found is not None and found.isoformat() == label[:10]
