"""Every real dump of the dev and wide corpora parses losslessly (skipped without them)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import newsparse

from .conftest import CORPUS, corpus_dirs
from .helpers import assert_lines_match, assert_lossless, outcome

DIRS = corpus_dirs()
pytestmark = pytest.mark.skipif(not DIRS, reason="../shared/corpus/dev is not present")

DUMPS = [d / name for d in DIRS for name in ("dump.md", "dump-links.md")]


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dump_is_lossless(path: Path) -> None:
    """Spans cover every non-blank character once, with correct line numbers."""
    text = path.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dump_round_trips_through_json(path: Path) -> None:
    article = newsparse.parse(path.read_text(encoding="utf-8"))
    assert newsparse.from_json(newsparse.to_json(article)) == article


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_strict_mode_raises_only_parse_error(path: Path) -> None:
    """Strict parsing either agrees with lenient parsing or raises ParseError at a real place."""
    text = path.read_text(encoding="utf-8")
    lenient = newsparse.parse(text)
    strict = outcome(lambda: newsparse.parse(text, strict=True))
    if isinstance(strict, newsparse.ParseError):
        assert any(d.severity is not newsparse.Severity.INFO for d in lenient.diagnostics)
        assert 1 <= strict.line <= text.count("\n") + 1
        assert strict.column >= 1
    else:
        assert strict == lenient


WIDE = CORPUS.parent / "wide"
WIDE_STYLES = (
    "seed",
    "region-markdownify",
    "readability-lxml-markdownify",
    "trafilatura-html2text",
)


def _check_page(name: str) -> bool:
    """The wide corpus's check split (rules are read from tune pages only)."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0


@pytest.mark.parametrize("style", WIDE_STYLES)
def test_every_wide_dump_is_lossless(style: str) -> None:
    """Every dump of ../shared/corpus/wide in one style: each non-blank character in one element.

    A failure names tune pages and only counts check pages, whose text is never shown.
    """
    if not WIDE.is_dir():
        pytest.skip(f"{WIDE} is not present: the wide corpus's lossless check did not run")
    tune: list[str] = []
    check = 0
    dumps = sorted(WIDE.glob(f"*/dump.{style}.md"))
    assert dumps
    for path in dumps:
        text = path.read_text(encoding="utf-8")
        try:
            assert_lossless(text, newsparse.parse(text))
        except AssertionError:
            if _check_page(path.parent.name):
                check += 1
            else:
                tune.append(path.parent.name)
    assert (tune, check) == ([], 0)
