"""Every real dump of the dev corpus parses losslessly and round-trips (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

from .conftest import corpus_dirs
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
