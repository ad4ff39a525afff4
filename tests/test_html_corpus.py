"""Every page.html of the dev corpus through parse_html (skipped without ../shared/corpus/dev).

No crash, spans that index html_to_dump's text, a JSON round trip, and a quality gate on the
corpus labels scored exactly as benchmarks/compare_html.py scores them.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import newsparse

from .conftest import ROOT, corpus_dirs
from .helpers import assert_lines_match, assert_lossless

DIRS = [d for d in corpus_dirs() if (d / "page.html").is_file()]
pytestmark = pytest.mark.skipif(not DIRS, reason="../shared/corpus/dev is not present")


@functools.cache
def _read(folder: Path) -> tuple[str, newsparse.Article, dict[str, object]]:
    labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    page = (folder / "page.html").read_bytes()
    url = labels["url"]
    return (
        newsparse.html_to_dump(page, url=url),
        newsparse.parse_html(page, url=url),
        labels,
    )


def _scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scoring", ROOT / "benchmarks" / "scoring.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", DIRS, ids=lambda d: d.name)
def test_page_gives_a_lossless_article_over_its_dump(folder: Path) -> None:
    dump, article, _ = _read(folder)
    assert_lossless(dump, article)
    assert_lines_match(dump, article)

    # The elements are the dump's; the language and description are the page head's.
    def elements(of: newsparse.Article) -> newsparse.Article:
        return attrs.evolve(of, diagnostics=(), language=None, meta_description=None)

    assert elements(article) == elements(newsparse.parse(dump))
    assert newsparse.from_json(newsparse.to_json(article)) == article


def test_quality_gate_on_the_corpus_labels() -> None:
    """Title, authors and published day stay above the accuracy measured when this was written."""
    scoring = _scoring()
    titles = authors = days = 0.0
    for folder in DIRS:
        _, article, labels = _read(folder)
        title, names, day = scoring.article_fields(article)
        titles += scoring.title_matches(title, labels["title"])
        authors += scoring.author_f1(names, labels["authors"])
        days += scoring.day_matches(day, labels["published"])
    count = len(DIRS)
    measured = (titles / count, authors / count, days / count)
    assert measured[0] >= 0.94, measured
    assert measured[1] >= 0.82, measured
    assert measured[2] >= 0.89, measured
