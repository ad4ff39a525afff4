"""The seed dump gives exactly what the user asked for; its whole JSON is pinned in golden/."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import AuthorKind, Precision

from .conftest import GOLDEN, SEEDS, seed_paths
from .helpers import assert_lines_match, assert_lossless

SEED = SEEDS / "000_7424f4bbc31e5b6a.txt"


@pytest.fixture(scope="module")
def seed() -> newsparse.Article:
    return newsparse.parse(SEED.read_text(encoding="utf-8"))


def test_seed_fields(seed: newsparse.Article) -> None:
    """The values the core issue lists for the seed, field by field."""
    assert seed.title == "Russia Says U.S. Mission in Afghanistan Has Failed"
    assert seed.byline is not None
    assert [(a.name, a.kind, a.url) for a in seed.byline.authors] == [
        ("AFP", AuthorKind.AGENCY, None)
    ]
    assert seed.dateline is not None
    assert seed.dateline.published is not None
    assert seed.dateline.published.value == dt.date(2021, 7, 16)
    assert seed.dateline.published.precision is Precision.DAY
    [caption] = seed.captions
    assert caption.text == "Bagram Airfield base in Afghanistan after all U.S. and NATO left."
    assert caption.credit == "TASS"
    assert caption.date is not None
    assert caption.date.value == dt.date(2021, 7, 8)
    [related] = seed.related
    assert related.label == "Related article"
    assert related.title == (
        "Russia Says Ready to Activate Tajik Military Base Amid U.S. Pullout, "
        "Taliban Advance in Afghanistan"
    )
    assert related.url is None
    [footnote] = seed.footnotes
    assert footnote.text == "The Taliban is a terrorist organization banned in Russia."
    assert len(seed.body) == 14
    assert seed.source_url == (
        "https://www.themoscowtimes.com/2021/07/16/"
        "russia-says-us-mission-in-afghanistan-has-failed-a74540"
    )
    assert seed.diagnostics == ()


def test_related_link_sits_between_seventh_and_eighth_paragraph(seed: newsparse.Article) -> None:
    """Document order puts the related link after body paragraph 7 and before paragraph 8."""
    order = list(seed.elements())
    position = order.index(seed.related[0])
    assert order[position - 1] is seed.body[6]
    assert order[position + 1] is seed.body[7]


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_seed_matches_golden_json(path: Path, update_golden: bool) -> None:
    """The whole article, as JSON, equals the reviewed golden file."""
    article = newsparse.parse(path.read_text(encoding="utf-8"))
    golden = GOLDEN / f"{path.stem}.json"
    produced = json.loads(newsparse.to_json(article))
    if update_golden:
        golden.write_text(json.dumps(produced, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert produced == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_seed_is_lossless(path: Path) -> None:
    """Every non-blank character of the seed lands in exactly one element."""
    text = path.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)


def test_seed_round_trips_through_json(seed: newsparse.Article) -> None:
    assert newsparse.from_json(newsparse.to_json(seed)) == seed
    assert newsparse.from_dict(newsparse.to_dict(seed)) == seed
