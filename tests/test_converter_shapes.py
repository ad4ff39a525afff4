"""A dump reads the same whichever common converter wrote it (``benchmarks/converter_shapes.py``).

Every dump here is invented. The forms are the benchmark's own rewrites; the parser's side is
pandoc's heading attributes and layout boxes, and the headers reader services and exporters put
before a dump.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsparse import Article, Headline, Span, parse, to_markdown
from newsparse._syntax import Shape, attribute_block, front_matter, line_shape

from .helpers import assert_lossless, benchmark, one_dump_corpus

_DUMP = """# Night trains return to the valley line

By [Tilda Marsh](https://valley-courier.test/authors/tilda-marsh)

May 3, 2024

The operator will run two sleeper services a week from June, after a pause of nine years.

The first train leaves the central station on a Friday evening and reaches the coast before \
breakfast, the company said in a statement on Thursday.

* Tickets go on sale on Monday morning at the stations and online
* Bikes travel free in the new luggage car

## What passengers get

Each car has twelve cabins with two beds, a washbasin and a window that opens, and the bar \
car serves soup and bread until midnight.

---

*This story has been updated to correct the day tickets go on sale.*

Original url:

<https://valley-courier.test/2024/05/03/night-trains-return>
"""


def test_forms_rewrite_as_converters_do() -> None:
    tool = benchmark("converter_shapes")
    assert tool.heading_attributes("# Rates rise\n") == "# Rates rise {#rates-rise .title}\n"
    assert tool.setext_headings("## Rates rise") == "Rates rise\n----------"
    assert tool.star_bullets("- one\n  - two") == "*   one\n  *   two"
    assert tool.reference_links("See [the map](https://a.test/m).") == (
        "See [the map][1].\n\n   [1]: https://a.test/m\n"
    )
    assert tool.fenced_divs("# T\n\nText.").startswith(":::: {.page}\n\n# T\n\n::: {")
    wrapped = tool.hard_wrapped("word " * 30)
    assert max(len(line) for line in wrapped.split("\n")) <= 78
    assert tool.backslash_escapes("2. Mai 2024 kam snake_case") == "2\\. Mai 2024 kam snake\\_case"
    assert tool.links_stripped("* [Ferry times](/f) ![Pier](/p.jpg)[![Map](/m.png) Route](/r)") == (
        "* Ferry times  Route"
    )


@pytest.mark.parametrize("form", sorted(benchmark("converter_shapes").FORMS))
def test_each_form_reads_the_same(form: str) -> None:
    tool = benchmark("converter_shapes")
    first = tool.reading(parse(_DUMP))
    assert first["title"] == "Night trains return to the valley line"
    assert first["authors"] == ("Tilda Marsh",)
    assert tool.reading(parse(tool.FORMS[form](_DUMP, first))) == first


@pytest.mark.parametrize(("folder", "dumps"), [("harbour-ferry-a", 1), ("harbour-ferry-0", 0)])
def test_only_tune_pages_are_read(tmp_path: Path, folder: str, dumps: int) -> None:
    tool = benchmark("converter_shapes")
    counted, counts, _ = tool.tally(
        one_dump_corpus(tmp_path, folder, _DUMP), "seed", ["crlf", "setext headings"]
    )
    assert counted == dumps
    assert not counts


_READER = """Title: Quarry pond opens for swimmers | Hillside Gazette

URL Source: https://hillside-gazette.test/2023/07/14/quarry-pond

Published Time: 2023-07-14T06:45:00+02:00

Markdown Content:
The old quarry pond opens for swimmers on Saturday, with two lifeguards on duty every afternoon.
"""

_YAML = """---
title: "Quarry pond opens for swimmers"
date: 2023-07-14
author:
  - Ines Vollrath
  - Pavel Sorensen
---

# Quarry pond opens for swimmers

The old quarry pond opens for swimmers on Saturday, with two lifeguards on duty every afternoon.

Original url: <https://hillside-gazette.test/quarry-pond>
"""

_TEXT = (
    "The old quarry pond opens for swimmers on Saturday, with two lifeguards on duty every "
    "afternoon."
)


def _published(article: Article) -> dt.date | None:
    dateline = article.dateline
    value = dateline.published if dateline is not None else None
    return None if value is None else dt.date(value.value.year, value.value.month, value.value.day)


def test_a_reader_header_gives_title_address_and_date_not_text() -> None:
    article = parse(_READER)
    assert article.title == "Quarry pond opens for swimmers | Hillside Gazette"
    assert article.source is not None
    assert article.source.url == "https://hillside-gazette.test/2023/07/14/quarry-pond"
    assert _published(article) == dt.date(2023, 7, 14)
    assert [block.text for block in article.body] == [_TEXT]


def test_yaml_front_matter_gives_date_and_authors_and_the_heading_stays_the_title() -> None:
    article = parse(_YAML)
    assert article.title == "Quarry pond opens for swimmers"
    assert [author.name for author in article.authors] == ["Ines Vollrath", "Pavel Sorensen"]
    assert _published(article) == dt.date(2023, 7, 14)
    assert article.source is not None
    assert article.source.url == "https://hillside-gazette.test/quarry-pond"
    assert article.standfirst is not None  # as it is without the header
    assert article.standfirst.text == _TEXT
    assert [block.text for block in article.boilerplate][:2] == ["---", f'title: "{article.title}"']
    assert to_markdown(article).startswith("---")


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nA rule opens this dump.\n",
        "---\nNot: a header, no closing line\n\nText.\n",
        "Title: only one line, no content label\n\nText.\n",
        "Text.\n\n---\ntitle: x\n---\n",
    ],
)
def test_no_header_without_its_whole_shape(text: str) -> None:
    assert front_matter(text.split("\n")) is None
    assert parse(text).body


def test_heading_attributes_are_no_part_of_the_heading() -> None:
    article = parse("# Rates rise {#rates .lead}\n\nBy Jane Doe\n\n## Why {-}\n\nBecause.\n")
    assert article.title == "Rates rise"
    assert [block.text for block in article.body] == ["Why", "Because."]
    assert attribute_block("Sets {1, 2}") is None


def test_attribute_values_are_read_one_way() -> None:
    quoted = 'Rates rise {#rates lang="en" data-x=1}'
    assert attribute_block(quoted) == len("Rates rise")
    # An unclosed run of quoted values: one reading each, so a failed block costs one pass (it
    # was two readings per value, 2^24 attempts here, before the attributes were atomic).
    unclosed = "Rates rise {" + " ".join(['k="v"'] * 24) + " !}"
    assert attribute_block(unclosed) is None


def test_a_title_ending_like_attributes_is_escaped_when_written() -> None:
    at = Span(start=0, end=0, line=1, end_line=1)
    headline = Headline(raw="", span=at, text="Braces {#kept}", full="Braces {#kept}")
    assert parse(to_markdown(Article(headline=headline))).title == "Braces {#kept}"


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("::: {.note}", Shape.RULE),
        (":::", Shape.RULE),
        ('<div class="story">', Shape.RULE),
        ("</section>", Shape.RULE),
        ("<div>Text in a box</div>", Shape.TEXT),
        (":: not a fence", Shape.TEXT),
    ],
)
def test_layout_box_marks_are_breaks(line: str, shape: Shape) -> None:
    assert line_shape(line) is shape


_WRAPPED = """# Harbour crane goes back to work

By Ilka Brenner
May 3, 2024

The old harbour crane lifted its first load in twelve years on Friday, after a
volunteer crew spent two winters on its gears, cables and the little cabin, and
the [town museum](https://harbour-town.test/museum) paid for the new paint.

Original url: <https://harbour-town.test/2024/05/03/crane>
"""


def test_lines_wrapped_at_the_width_read_as_one_paragraph_in_the_header() -> None:
    article = parse(_WRAPPED)
    assert [a.name for a in article.authors] == ["Ilka Brenner"]
    dateline = article.dateline
    assert dateline is not None
    assert dateline.published is not None
    blocks = [block for block in article.body if block.text.startswith("The old harbour")]
    assert len(blocks) == 1
    assert blocks[0].text.endswith("paid for the new paint.")
    assert [link.text for link in blocks[0].links] == ["town museum"]


@pytest.mark.parametrize("under", ["By Ilka Brenner", "May 3, 2024"])
def test_a_byline_or_date_under_a_full_header_line_stays_its_own_element(under: str) -> None:
    # 69 columns, no width measured on the dump: the line under it is no continuation when it
    # reads as a byline or a date.
    standfirst = "The old harbour crane lifted its first load in twelve years on Friday"
    text = (
        f"# Harbour crane back at work\n\n{standfirst}\n{under}\n\n"
        "The volunteer crew spent two winters on its gears, cables and the little cabin, "
        "and the town museum paid for the new paint.\n\n"
        "More lifts are planned for the harbour festival in June, the crew said on Saturday.\n"
    )
    article = parse(text)
    assert_lossless(text, article)
    assert all(under not in block.text for block in article.body)
    if under.startswith("By"):
        assert [a.name for a in article.authors] == ["Ilka Brenner"]
    else:
        assert article.dateline is not None
        assert article.dateline.published is not None


def test_yaml_front_matter_reads_back_from_its_markdown() -> None:
    text = "---\ntitle: Ferry fares frozen\ndate: 2024-05-03\n---\nThe fares stay as they are.\n"
    article = parse(text)
    again = parse(to_markdown(article))  # writes "---  " with a hard break's two spaces
    assert article.title == again.title == "Ferry fares frozen"
    assert article.dateline is not None
    assert again.dateline is not None
    assert again.dateline.published == article.dateline.published


@pytest.mark.parametrize(
    "text",
    [
        "Title: ![](https://a.test/x.jpg)\n\nURL Source: https://a.test/x\n\n"
        "Markdown Content:\nThe fares stay as they are.\n",
        '---\ntitle: "**"\nurl: <https://a.test/x>\n---\nThe fares stay as they are.\n',
    ],
)
def test_a_header_title_with_no_words_is_no_title(text: str) -> None:
    article = parse(text)
    assert_lossless(text, article)
    assert article.title is None
    assert article.source is not None
    assert article.source.url == "https://a.test/x"
