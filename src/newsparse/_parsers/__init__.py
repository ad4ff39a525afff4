"""One module per kind of element: each reads its element from one string and offers a rule."""

from __future__ import annotations

from newsparse._parsers.byline import parse_byline
from newsparse._parsers.caption import parse_caption
from newsparse._parsers.dateline import parse_dateline
from newsparse._parsers.footnote import parse_footnote
from newsparse._parsers.related import parse_related
from newsparse._parsers.source_url import parse_source_url
from newsparse._parsers.title import parse_title

__all__ = [
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_footnote",
    "parse_related",
    "parse_source_url",
    "parse_title",
]
