"""One module per kind of element: each reads its element from one string and offers a rule."""

from __future__ import annotations

from newsparse.parsers.byline import parse_byline
from newsparse.parsers.caption import parse_caption
from newsparse.parsers.dateline import parse_dateline
from newsparse.parsers.footnote import parse_footnote
from newsparse.parsers.related import parse_related
from newsparse.parsers.source_url import parse_source_url
from newsparse.parsers.title import parse_title

__all__ = [
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_footnote",
    "parse_related",
    "parse_source_url",
    "parse_title",
]
