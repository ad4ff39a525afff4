"""Regex searches remembered per text: class names repeat across a page's elements.

The furniture and header screens search each element's class and id with about ten patterns, two
thousand searches a page; a page has a few hundred distinct class strings (a menu's hundred items
share one), and common ones recur from page to page. Searching each distinct text once was a
tenth of ``parse_html``'s time.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CachedPattern"]

# Most texts remembered per pattern: a page's distinct class strings fit many times over; when
# full, the memory starts again (a bound for hostile pages with millions of distinct classes).
MAX_REMEMBERED: Final = 4_096


class CachedPattern:
    """A compiled regex whose :meth:`search` results are remembered per text.

    Only ``search`` is offered (the screens ask whether a word is there); ``regex`` is the
    compiled pattern, ``pattern`` and ``flags`` are its own.

    Example:
        >>> hint = CachedPattern(re.compile(r"(?<![a-z])share(?![a-z])", re.I))
        >>> hint.search("post-share bar") is not None, hint.search("shareholder") is None
        (True, True)
    """

    __slots__ = ("_found", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._found: dict[str, re.Match[str] | None] = {}

    @property
    def pattern(self) -> str:
        """The pattern's source text."""
        return self.regex.pattern

    @property
    def flags(self) -> int:
        """The pattern's flags."""
        return self.regex.flags

    def search(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)``, searched once per distinct text."""
        found = self._found
        try:
            return found[text]
        except KeyError:
            pass
        if len(found) >= MAX_REMEMBERED:
            found.clear()
        match = found[text] = self.regex.search(text)
        return match
