"""How an extracted title, author list and published day are scored against a corpus label.

One module so that every comparison (``compare_html.py`` against the peers, the dump evaluation)
scores exactly the same way. The rules follow the dev corpus README: compare case-insensitively
with whitespace and quotes normalised, accept a kicker prefix on either side of a title, score
authors by token F1, and dates by the exact calendar day.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Final

from newsparse import Article

__all__ = [
    "article_fields",
    "author_f1",
    "author_tokens",
    "day_matches",
    "normalise",
    "title_matches",
]

# Quote marks of every family, dropped before comparing ("What It’s" equals "What It's").
_QUOTES: Final = frozenset("\"'`´‘’‚‛“”„‟«»‹›")
# Invisible characters pages leave in text (soft hyphen, zero-width marks, BOM).
_INVISIBLE: Final = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# What may stand between a kicker and the title: "Klimaschutz: Bohren, bis es heiß wird".
_KICKER_GAP: Final = re.compile(r"[ ]{0,3}[:|–—-][ ]{0,3}$|[ ]{1,3}$")
# Token boundaries for author names: anything that is not a letter or digit.
_NOT_WORD: Final = re.compile(r"[\W_]{1,50}")


def normalise(text: str) -> str:
    r"""Case-folded, NFKC, quotes and invisible marks removed, whitespace collapsed.

    Example:
        >>> normalise("  What It\u2019s  Like\t")
        'what its like'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in text if c not in _QUOTES and c not in _INVISIBLE)
    return " ".join(text.split())


def _with_kicker(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a kicker in front (both normalised)."""
    if not shorter or not longer.endswith(shorter):
        return False
    prefix = longer[: len(longer) - len(shorter)]
    return bool(prefix.strip()) and _KICKER_GAP.search(prefix) is not None


def title_matches(found: str | None, label: str) -> bool:
    """Whether an extracted title equals the label, allowing a kicker prefix on either side.

    Example:
        >>> title_matches("Bohren, bis es heiß", "Bohren, bis es heiß wird")
        False
        >>> title_matches("Klimaschutz: Bohren, bis es heiß wird", "Bohren, bis es heiß wird")
        True
    """
    if found is None:
        return False
    a, b = normalise(found), normalise(label)
    return a == b or _with_kicker(a, b) or _with_kicker(b, a)


def author_tokens(names: Sequence[str]) -> Counter[str]:
    """The multiset of normalised word tokens in a list of names.

    Example:
        >>> sorted(author_tokens(["J.R. Stone", "dpa/lno"]).elements())
        ['dpa', 'j', 'lno', 'r', 'stone']
    """
    tokens: Counter[str] = Counter()
    for name in names:
        for token in _NOT_WORD.split(normalise(name)):
            if token:
                tokens[token] += 1
    return tokens


def author_f1(found: Sequence[str], label: Sequence[str]) -> float:
    """Token F1 between the extracted names and the labelled ones (1.0 when both are empty).

    Example:
        >>> author_f1(["Lars Fischer"], ["Lars Fischer", "Alina Schadwinkel"])
        0.6666666666666666
    """
    got, want = author_tokens(found), author_tokens(label)
    if not got and not want:
        return 1.0
    common = sum((got & want).values())
    if common == 0:
        return 0.0
    precision = common / sum(got.values())
    recall = common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def day_matches(found: dt.date | None, label: str) -> bool:
    """Whether an extracted date falls on the labelled ISO day (``YYYY-MM-DD``).

    Example:
        >>> day_matches(dt.date(2021, 7, 16), "2021-07-16")
        True
    """
    if found is None:
        return False
    if isinstance(found, dt.datetime):
        found = found.date()
    return found.isoformat() == label


def article_fields(article: Article) -> tuple[str | None, list[str], dt.date | None]:
    """The title, author names and published day an Article gives, as they are scored.

    Every comparison reads an Article through this one function, so a dump evaluation and the
    HTML comparison score the same fields the same way. The names are ``Article.authors``: the
    writers (author and reporting roles), as the labels name writers, not editors.
    """
    dateline = article.dateline
    published = dateline.published if dateline is not None else None
    day = published.date if published is not None else None
    return article.title, [a.name for a in article.authors], day
