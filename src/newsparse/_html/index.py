"""One pass over a parsed page that lists the elements the reader looks up by name or attribute.

bs4's ``find_all`` walks the whole tree and runs its filter machinery on every element; a page
needs a dozen such lookups (metadata, headings, microdata, links), so they are made once here, in
a single iterative walk, and the rest of the HTML reader reads these lists.
"""

from __future__ import annotations

import re
from typing import Final

from bs4 import BeautifulSoup
from bs4.element import Tag

__all__ = ["PageIndex"]

# Elements listed by name.
_NAMES: Final = frozenset(
    {"meta", "link", "script", "title", "time", "abbr", "h1", "h2", "h3", "a", "base", "html"}
)
# Most elements of one name kept (a bound for hostile pages with millions of them).
MAX_PER_NAME: Final = 5_000
# Elements that may be a box showing the article's date, and the class or id words that mark one
# (postDate, entry-meta, blog_detail_flag_date, article-author, subline, info, timestamp).
_BOX_NAMES: Final = frozenset(
    {"div", "span", "p", "li", "small", "footer", "header", "ul", "dd", "time", "section"}
)
_DATED_MARK: Final = re.compile(
    r"date|datum|fecha|meta|author|publish|publicat|posted|byline|subline|info|time|stamp"
)


class PageIndex:
    """The page's elements of interest, in document order: ``by_name[name]`` and ``itemprops``.

    ``itemprops`` are the elements with an ``itemprop`` attribute; ``marked`` those whose class
    or itemprop mentions a headline or title (heading candidates that are not ``<hN>``);
    ``dated`` the boxes whose class or id mentions a date, a byline or the post's meta line.
    """

    def __init__(self, soup: BeautifulSoup) -> None:
        self.by_name: dict[str, list[Tag]] = {name: [] for name in _NAMES}
        self.itemprops: list[Tag] = []
        self.marked: list[Tag] = []
        self.dated: list[Tag] = []
        for node in soup.descendants:
            if not isinstance(node, Tag):
                continue
            name = node.name
            found = self.by_name.get(name)
            if found is not None and len(found) < MAX_PER_NAME:
                found.append(node)
            attrs = node.attrs
            if not attrs:
                continue
            if "itemprop" in attrs and len(self.itemprops) < MAX_PER_NAME:
                self.itemprops.append(node)
            if name in ("div", "span", "p") and len(self.marked) < MAX_PER_NAME:
                marks = f"{_text(attrs.get('class'))} {_text(attrs.get('itemprop'))}".lower()
                if "headline" in marks or "title" in marks:
                    self.marked.append(node)
            if name in _BOX_NAMES and len(self.dated) < MAX_PER_NAME:
                box = f"{_text(attrs.get('class'))} {_text(attrs.get('id'))}".lower()
                if _DATED_MARK.search(box):
                    self.dated.append(node)

    def named(self, name: str) -> list[Tag]:
        """The elements called ``name`` (one of the indexed names), in document order."""
        return self.by_name[name]


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value if isinstance(value, str) else ""
