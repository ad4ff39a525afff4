"""Whole small dumps, one per shape real dumps take, each pinned by a reviewed summary.

``tests/fixtures/dumps/NAME.md`` is the input; ``NAME.json`` the expected summary of the parse
(fields, not spans: spans are covered by the lossless property on every dump here).
``pytest --update-golden`` rewrites the summaries for review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, DateValue
from newsparse._serialize import format_date

from .conftest import FIXTURES
from .helpers import assert_lines_match, assert_lossless

DUMPS = sorted((FIXTURES / "dumps").glob("*.md"))


def _date(value: DateValue | None) -> str | None:
    return None if value is None else format_date(value) + (" ?" if value.ambiguous else "")


def summary(article: Article) -> dict[str, Any]:
    """The fields a reader looks at, in plain JSON."""
    dateline = article.dateline
    return {
        "title": article.title,
        "kicker": article.headline.kicker if article.headline else None,
        "standfirst": article.standfirst.text if article.standfirst else None,
        "authors": [[a.name, a.kind.value, a.role.value] for a in article.authors],
        "credits": [[a.name, a.role.value] for a in article.credits],
        "published": _date(dateline.published) if dateline else None,
        "updated": _date(dateline.updated) if dateline else None,
        "place": dateline.place if dateline else None,
        "agency": dateline.agency if dateline else None,
        "captions": [[c.text, c.credit, _date(c.date), c.image_url] for c in article.captions],
        "pictures": [[[i.alt, i.src, i.link] for i in p.images] for p in article.pictures],
        "related": [[r.label, r.title, r.url] for r in article.related],
        "footnotes": [[f.kind.value, f.label, f.text] for f in article.footnotes],
        "boilerplate": [b.kind.value for b in article.boilerplate],
        "definitions": [[d.label, d.url] for d in article.definitions],
        "body": [[p.kind.value, p.text[:60]] for p in article.body],
        "source_url": article.source_url,
        "diagnostics": [d.code for d in article.diagnostics if d.code != "boilerplate"],
    }


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.stem)
def test_dump_summary(path: Path, update_golden: bool) -> None:
    text = path.read_bytes().decode("utf-8")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)
    produced = summary(article)
    golden = path.with_suffix(".json")
    if update_golden:
        golden.write_text(json.dumps(produced, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert produced == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "kinds", "published"),
    [
        # An escaped day-dot ("02\. Februar") still gives the day.
        ("# Title here\n\n02\\. Februar 2022\n\nText.", ["Headline", "Dateline", "Paragraph"],
         "2022-02-02"),
        # "By X on <weekday>, <date>": the weekday goes with the date, not the names.
        ("# T\n\nBy [Marguerite Olsson](https://x.test/j) on Fri, Mar 15, 2024 at 6:00 am\n\nText.",
         ["Headline", "Byline", "Dateline", "Paragraph"], "2024-03-15T06:00"),
        # A comments link beside a date does not stop it being a dateline.
        ("# T\n\n14.05.2021 - 07:25 Uhr [5 Kommentare](https://x.test/c)\n\nText.",
         ["Headline", "Dateline", "Paragraph"], "2021-05-14T07:25"),
    ],
)  # fmt: skip
def test_reported_header_shapes(text: str, kinds: list[str], published: str) -> None:
    """Regressions reported while building HTML input: each header line reaches its rule."""
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [type(e).__name__ for e in article.elements()] == kinds
    assert article.dateline is not None
    assert _date(article.dateline.published) == published


def test_kicker_written_directly_over_the_title() -> None:
    """A kicker line with no blank line before the heading still is the headline's kicker."""
    article = newsparse.parse("Kicker\n# Title\n\nBy Jane Doe\n\nText.")
    assert article.headline is not None
    assert (article.headline.kicker, article.title, article.headline.raw) == (
        "Kicker",
        "Title",
        "Kicker\n# Title",
    )


def test_bold_related_link_closing_a_paragraph_is_no_caption_credit() -> None:
    article = newsparse.parse(
        "# Title\n\nSome text here. **Related article: [Other story](https://x.test/b)**\n\nMore."
    )
    assert article.captions == ()
    assert [(type(e).__name__, getattr(e, "text", "")) for e in article.elements()] == [
        ("Headline", "Title"),
        ("Paragraph", "Some text here. Related article: Other story"),
        ("Paragraph", "More."),
    ]


@pytest.mark.parametrize(
    "under_image",
    ["Delegates leave the hall. **Reuters**", "Delegates leave the hall. Photo: Reuters"],
)
def test_caption_line_under_an_image_keeps_its_own_credit(under_image: str) -> None:
    article = newsparse.parse(f"# T\n\n![a](https://x.test/a.jpg)\n\n{under_image}\n\nText.")
    assert [(c.text, c.credit, c.image_url) for c in article.captions] == [
        ("Delegates leave the hall.", "Reuters", "https://x.test/a.jpg")
    ]


@pytest.mark.parametrize(
    ("line", "raws"),
    [
        ("Read more: [Kiln fire out](#a), [Potters vote to stay](#b)",
         ["Read more: [Kiln fire out](#a)", ", [Potters vote to stay](#b)"]),
        ("**Lesen Sie auch: [Ofen brennt](/a) · [Töpfer bleiben](/b) | [Markt im Mai](/c).**",
         ["**Lesen Sie auch: [Ofen brennt](/a)", "· [Töpfer bleiben](/b)",
          "| [Markt im Mai](/c).**"]),
    ],
)  # fmt: skip
def test_labelled_line_of_links_gives_one_related_link_per_link(line: str, raws: list[str]) -> None:
    """The label goes with the first link, each separator with the link after it."""
    text = f"# Title of the story\n\nSome text of the story here.\n\n{line}\n\nMore text."
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [r.raw for r in article.related] == raws
    assert [text[r.span.start : r.span.end] for r in article.related] == raws
    assert len({r.label for r in article.related}) == 1
    assert all(r.title in r.raw and r.url and r.url in r.raw for r in article.related)


def test_line_of_links_with_a_picture_between_stays_one_related_link() -> None:
    """A line whose links cannot all be found as ``[text](url)`` is not cut."""
    text = "# T\n\nText here.\n\nRead more: [Kiln fire out](#a) | ![p](/p.jpg) [Potters stay](#b)"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert len(article.related) == 1


_PROSE = (
    "By Odile Fenwick\n\n"
    "The lantern boats leave the old mill at nightfall and drift down to the harbour mouth, "
    "where the crews gather them before the tide turns and carry them back up the quay.\n\n"
    "The organisers expect twelve thousand visitors and ask them to come on foot, since the "
    "quay road closes to cars from four in the afternoon until midnight."
)
_TAIL_LIST = (
    "* [Night ferry adds a late crossing for the festival weekend](/a)\n"
    "* [Fish market moves to the square while the quay is closed](/b)"
)


@pytest.mark.parametrize(
    ("over", "label"),
    [
        ("### New on the quay", "New on the quay"),
        ("**More topics:**", "More topics"),
        ("Weekend guide\n-------------", "Weekend guide"),
        ("Also on the quay:", "Also on the quay"),
    ],
)
def test_heading_over_a_related_list_is_its_label(over: str, label: str) -> None:
    """The heading names every link of the box and belongs to the first one, not to the body."""
    text = f"# Lanterns\n\n{_PROSE}\n\n{over}\n\n{_TAIL_LIST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [r.label for r in article.related] == [label, label]
    assert article.related[0].raw.startswith(over)
    assert all(label not in block.text for block in article.body)


def test_heading_over_teaser_cards_labels_the_run_of_cards() -> None:
    """Cards each claimed on their own (a kicker, then a headline) share the heading above them."""
    cards = (
        "[### Harbour\n\n### Night ferry adds a late crossing for the festival weekend](/a)\n\n"
        "[### Markets\n\n### Fish market moves to the square while the quay is closed](/b)"
    )
    text = f"# Lanterns\n\n{_PROSE}\n\n### New on the quay\n\n{cards}\n\nANP\n\n{cards}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    # A line that is no card ends the run: the cards after it have no label.
    assert [(r.label, r.url) for r in article.related] == [
        ("New on the quay", "/a"),
        ("New on the quay", "/b"),
        (None, "/a"),
        (None, "/b"),
    ]
    assert article.related[0].raw.startswith("### New on the quay\n\n[### Harbour")


@pytest.mark.parametrize(
    "over",
    [
        "Harbour",  # a plain short line: a kicker as often as a box's name
        "4,95 €",  # a price
        "### Top 10 deals",  # a count
        "### A heading of far too many words to name a box",
        "The crews say it went well.",  # a sentence
    ],
)
def test_line_over_a_related_list_that_names_no_box_is_no_label(over: str) -> None:
    text = f"# Lanterns\n\n{_PROSE}\n\n{over}\n\n{_TAIL_LIST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [r.label for r in article.related] == [None, None]
    assert not any(r.raw.startswith(over) for r in article.related)
