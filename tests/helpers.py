"""Assertions shared by several test modules."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fuzz.checks import assert_lossless
from newsparse import Article, ParseError

# One statement of "nothing lost" for tests and fuzzers alike (fuzz/checks.py).
__all__ = ["assert_lines_match", "assert_lossless", "benchmark", "dump_fields", "outcome"]

T = TypeVar("T")


def outcome(call: Callable[[], T]) -> T | ParseError:
    """The result of ``call()``, or the ParseError it raised (anything else propagates)."""
    try:
        return call()
    except ParseError as error:
        return error


def assert_lines_match(text: str, article: Article) -> None:
    """Each span's line numbers agree with the offsets it gives."""
    from newsparse._source import Source

    source = Source(text)
    for element in article.elements():
        span = element.span
        assert span.line == source.line_number(span.start)
        last = max(span.end - 1, span.start)
        assert span.end_line == source.line_number(last)


def dump_fields(article: Article) -> dict[str, object]:
    """The values a dump carries, without where they sat: what a Markdown round trip must keep.

    Title, standfirst, authors, dates, captions, pictures, related links, closing notes, body
    blocks, link definitions and the source URL (the issue's list, with each block's kind, level
    and links besides its text).
    """
    standfirst = article.standfirst
    return {
        "title": article.title,
        "standfirst": None if standfirst is None else (standfirst.text, standfirst.links),
        "authors": [(a.name, a.kind, a.url, a.role, a.title, a.location) for a in article.authors],
        "dates": [(d.published, d.updated, d.place, d.agency) for d in article.datelines],
        "captions": [(c.text, c.credit, c.date, c.image_url, c.alt) for c in article.captions],
        "pictures": [[(i.alt, i.src, i.link) for i in p.images] for p in article.pictures],
        "definitions": [(d.label, d.url) for d in article.definitions],
        "related": [(r.label, r.title, r.url) for r in article.related],
        "footnotes": [(f.text, f.kind, f.label, f.links) for f in article.footnotes],
        "body": [(p.text, p.kind, p.level, p.links) for p in article.body],
        "source_url": article.source_url,
    }


def benchmark(name: str) -> Any:
    """A module of ``benchmarks/`` (not a package), imported for the tests that reuse it."""
    folder = str(Path(__file__).resolve().parent.parent / "benchmarks")
    sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)


def one_dump_corpus(root: Path, folder: str, dump: str) -> Path:
    """A wide-shaped corpus under ``root`` holding one seed ``dump`` in page ``folder``.

    For the benchmark tools that read the corpus by its manifest (and its tune/check split).
    """
    (root / folder).mkdir(parents=True)
    (root / folder / "dump.seed.md").write_text(dump, encoding="utf-8")
    record = {"page": folder, "converter": "seed", "file": f"{folder}/dump.seed.md"}
    (root / "manifest.json").write_text(json.dumps({"dumps": [record]}), encoding="utf-8")
    return root
