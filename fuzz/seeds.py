"""The starting corpus of each harness, made at run time from ``seeds/`` and the dev corpus.

Nothing made here is committed: the corpus folders (``fuzz/corpus-*``) are ignored by git, and the
dev corpus (``../shared/corpus/dev``) is only read. Each harness gets inputs of its own kind:
whole dumps, single lines of dumps (what the small parsers are given), HTML pages, or JSON.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import newsparse

__all__ = ["KINDS", "ROOT", "seed_corpus", "write_corpus"]

ROOT: Final = Path(__file__).resolve().parent.parent
_SEEDS: Final = ROOT / "seeds"
_DEV: Final = ROOT.parent / "shared" / "corpus" / "dev"
# Lines longer than this are prose, which no small parser is meant for; a few are kept anyway.
_LONG_LINE: Final = 400


def _dev_pages(limit: int | None) -> list[Path]:
    if not _DEV.is_dir():
        return []
    pages = sorted(p for p in _DEV.iterdir() if (p / "dump.md").is_file())
    return pages[:limit] if limit is not None else pages


# The shapes a hostile tester found (issue 14), so every run starts next to them: fences after
# or around the footer, footers in code, lines that would inject structure if written raw.
_HOSTILE_DUMPS: Final = (
    b"# Title\n\nSome text.\n\nOriginal url:\n\nhttps://example.com/a\n\n```\nprint(1)\n",
    b"Original url: https://example.com/a\n~~~\nlost text here",
    b"# Title\n\n```\nOriginal url: https://evil.example/\n```\n",
    b"# Title\n\n```\ncode\n\nOriginal url: https://example.com/a\n",
    b"Text\n===\n\n* # Heading in an item\n\n" + b"*" * 2000 + b"\n",
    "# T\u2028itle\x85\n\nText\u2029.".encode(),
)
_HOSTILE_PAGES: Final = (
    b"<pre>Original url: http://x.example/</pre>",
    b"<h1>Title</h1><p>Body text.</p><p>Original url: https://evil.example/</p>",
    b'<meta charset="idna"><h1>Title</h1><p>Text \xff.</p>',
    b'<meta charset="undefined"><h1>Title</h1>',
    b'<figure><img srcset=", /a.jpg 2x"><figcaption>Cap. Photo: A B/C</figcaption></figure>',
    b'<base href="javascript :alert(1)"><p>By <a href="java&#9;script:alert(1)">Jane Roe</a>'
    b'<a href="?q=1">x</a><a href="&#1;javascript:x">y</a><a href="da&NewLine;ta:x">z</a></p>',
)


def _dumps(limit: int | None) -> Iterator[bytes]:
    for path in sorted(_SEEDS.glob("*.txt")):
        yield path.read_bytes()
    yield from _HOSTILE_DUMPS
    for page in _dev_pages(limit):
        for name in ("dump.md", "dump-links.md"):
            if (page / name).is_file():
                yield (page / name).read_bytes()


def _lines(limit: int | None) -> Iterator[bytes]:
    long_kept = 0
    for dump in _dumps(limit):
        for line in dump.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            if len(stripped) > _LONG_LINE:
                long_kept += 1
                if long_kept % 20:
                    continue
            yield stripped


def _pages(limit: int | None) -> Iterator[bytes]:
    yield b"<html><head><title>T</title></head><body><article><h1>T</h1><p>Text.</p></article>"
    yield from _HOSTILE_PAGES
    for page in _dev_pages(limit):
        if (page / "page.html").is_file():
            yield (page / "page.html").read_bytes()


def _json(limit: int | None) -> Iterator[bytes]:
    for dump in _dumps(limit):
        article = newsparse.parse(dump.decode("utf-8", "replace"))
        yield newsparse.to_json(article).encode()


def _files(limit: int | None) -> Iterator[bytes]:
    for dump in _dumps(limit):
        yield dump
        yield gzip.compress(dump, mtime=0)
    yield from _pages(limit)
    yield gzip.compress(b"a\n\n" * 400_000, mtime=0)  # inflates 1 000 times: past the ratio
    yield "# Caf\u00e9\n\nText in Windows-1252.".encode("cp1252")
    yield "# Title\n\nText.".encode("utf-16")


KINDS: Final = {
    "parse": _dumps,
    "parse_byline": _lines,
    "parse_dateline": _lines,
    "parse_caption": _lines,
    "parse_related": _lines,
    "parse_footnote": _lines,
    "parse_title": _lines,
    "parse_source_url": _lines,
    "parse_date": _lines,
    "parse_html": _pages,
    "from_json": _json,
    "from_dict": _json,
    "parse_file": _files,
}
"""The kind of seed each harness starts from, by harness name."""


def seed_corpus(name: str, *, limit: int | None = None) -> list[bytes]:
    """The seed inputs of harness ``name``, each once (``limit`` dev pages at most)."""
    seen: set[bytes] = set()
    out = []
    for item in KINDS[name](limit):
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def write_corpus(name: str, folder: Path, *, limit: int | None = None) -> int:
    """Write the seeds of harness ``name`` into ``folder`` (named by their hash); return the count.

    Files already there (what earlier runs found) are kept.
    """
    folder.mkdir(parents=True, exist_ok=True)
    seeds = seed_corpus(name, limit=limit)
    for item in seeds:
        path = folder / f"seed-{hashlib.sha1(item).hexdigest()}"  # a name, not security
        if not path.exists():
            path.write_bytes(item)
    return len(seeds)
