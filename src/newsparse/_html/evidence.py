"""The page's JSON-LD ``articleBody``: the article's text when the visible page lacks it.

Paywalled and script-built pages often show a teaser while their JSON-LD carries the whole text.
When the visible body holds less than half of that text, its paragraphs that the dump does not
already hold are written after the body, and a diagnostic says so. (The page's article markup is
the other witness of where the text is; the region follows it, see ``Layout.follow_markup``.)
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Final

from bs4.element import Tag

from newsparse._html.head import MAX_JSON_LD
from newsparse._html.index import PageIndex
from newsparse._html.region import MIN_MARKED_PROSE
from newsparse._html.writer import escape

__all__ = ["MIN_EVIDENCE", "SHARE", "article_body", "missing_paragraphs"]

# Below this many characters an articleBody is too small to judge by.
MIN_EVIDENCE: Final = MIN_MARKED_PROSE
# The visible body must hold at least this share of the articleBody.
SHARE: Final = 0.5
# Paragraphs of an articleBody written at most.
_MAX_PARAGRAPHS: Final = 500
# Line starts Markdown reads as a block (a heading, a quote, a list item, a table, a fence).
_BLOCK_START: Final = re.compile(
    r"(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\||`{3}|~{3}|={1,1000}$|-{2,1000}$"
    r"|[0-9]{1,9}[.)](?:[ \t]|$))"
)
_WORD: Final = re.compile(r"\w{1,100}")
# Tags in an articleBody written as HTML: those ending a block break the line, the rest go.
_BREAK: Final = re.compile(r"<(?:/p|br|/h[1-6]|/li|/div|/blockquote|/tr)\b[^<>]{0,200}>", re.I)
_TAG: Final = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
# JSON-LD objects looked into, and their nesting, at most (bounds for hostile pages).
_MAX_OBJECTS: Final = 2000
_MAX_DEPTH: Final = 12
# JSON-LD blocks wrapped in comments or CDATA markers.
_WRAPPERS: Final = (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"))


def _load(script: Tag) -> object:
    raw = script.get_text()
    if len(raw) > MAX_JSON_LD:
        return None
    raw = raw.strip()
    for opener, closer in _WRAPPERS:
        if raw.startswith(opener) and raw.endswith(closer):
            raw = raw[len(opener) : -len(closer)].strip()
    try:
        return json.loads(raw, strict=False) if raw else None
    except (ValueError, RecursionError):
        return None  # head.py reports invalid JSON-LD; it is no evidence here


def _bodies(data: object) -> Iterator[str]:
    stack: list[tuple[object, int]] = [(data, 0)]
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        node, depth = stack.pop()
        seen += 1
        if depth > _MAX_DEPTH:
            continue
        if isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str):
                yield body
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)


def article_body(index: PageIndex) -> str:
    """The longest JSON-LD ``articleBody`` of the page as plain text ("" if none)."""
    longest = ""
    for script in index.named("script"):
        if "ld+json" not in str(script.get("type") or "").lower():
            continue
        for body in _bodies(_load(script)):
            if len(body) > len(longest):
                longest = body
    return _plain(longest)


def _plain(body: str) -> str:
    """The articleBody as text: some pages write it as (escaped) HTML."""
    if "<" not in body and "&" not in body:
        return body.strip()
    body = html.unescape(body)
    body = _BREAK.sub("\n", body)
    return _TAG.sub("", body).strip()


def missing_paragraphs(body: str, visible: str, shown: int) -> list[str]:
    """The paragraphs of ``body`` to write, escaped, when the visible body shows too little.

    ``visible`` is the dump text written so far and ``shown`` the characters of its body; nothing
    is returned unless ``body`` is long enough to judge by and ``shown`` is under half of it.
    Paragraphs whose text the dump already holds are left out, and nothing is written when the
    dump holds most of the articleBody's words already.
    """
    if len(body) < MIN_EVIDENCE or shown >= SHARE * len(body):
        return []
    # Most of its words already written: the text is there, the articleBody only longer (markup
    # written into it, or other text); writing it would say the article twice.
    words = _WORD.findall(body.casefold())
    written = set(_WORD.findall(visible.casefold()))
    if sum(word in written for word in words) >= SHARE * len(words):
        return []
    seen = " ".join(visible.split())
    out = []
    for line in body.splitlines()[:_MAX_PARAGRAPHS]:
        text = " ".join(line.split())
        if text and text not in seen:
            escaped = escape(text)
            out.append("\\" + escaped if _BLOCK_START.match(escaped) else escaped)
    return out
