"""to_markdown: parsed articles come back as their raw text, built ones in the dump format."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    Author,
    AuthorKind,
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Footnote,
    Headline,
    Link,
    Paragraph,
    Precision,
    RelatedLink,
    Role,
    SourceUrl,
    Span,
)
from newsparse import strategies as ns
from newsparse._engine import Shape, line_shape
from newsparse._inline import render
from newsparse._markdown import _line_start, escape, format_date_phrase, to_markdown

from .conftest import SEEDS, corpus_dirs
from .helpers import dump_fields

AT = Span(start=0, end=0, line=1, end_line=1)
SEED_TEXT = (SEEDS / "000_7424f4bbc31e5b6a.txt").read_text(encoding="utf-8")


def _one(*elements: object, **groups: object) -> str:
    """to_markdown of an article holding just these elements (built in code)."""
    return to_markdown(Article(**groups)).rstrip("\n")  # type: ignore[arg-type]


# -- escaping ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("plain words, 50% off!", "plain words, 50% off!"),
        ("5 * 3", "5 \\* 3"),
        ("[sic]", "\\[sic\\]"),
        ("`code`", "\\`code\\`"),
        ("a\\b", "a\\\\b"),
        ("snake_case", "snake_case"),
        ("_it_", "\\_it\\_"),
        ("&amp; and AT&T", "\\&amp; and AT&T"),
        ("<https://a.test> and a < b", "\\<https://a.test> and a < b"),
        ("![alt](x)", "!\\[alt\\](x)"),
    ],
)
def test_escape_only_what_would_be_markup(text: str, markdown: str) -> None:
    assert escape(text) == markdown
    assert render(markdown).text == text


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("- not an item", "\\- not an item"),
        ("1. not an item", "1\\. not an item"),
        ("2) not an item", "2\\) not an item"),
        ("| not | a table", "\\| not | a table"),
        ("---", "\\---"),
        ("~~~", "\\~\\~\\~"),
        ("Original url: not the footer", "Original url\\: not the footer"),
        ("1984 was a year", "1984 was a year"),
    ],
)
def test_line_start_escapes_block_markers(text: str, markdown: str) -> None:
    assert _line_start(escape(text)) == markdown
    assert render(markdown).text == text


_WORD = st.text(
    alphabet=st.sampled_from(
        [*string.ascii_letters, *string.digits, *string.punctuation, "é", "»"]
    ),
    min_size=1,
    max_size=8,
)
_ONE_LINE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@given(_ONE_LINE)
def test_escaped_text_reads_back_as_one_paragraph_line(text: str) -> None:
    """Any single-spaced text, escaped, is a plain line whose inline text is the text itself."""
    markdown = _line_start(escape(text))
    assert line_shape(markdown) is Shape.TEXT
    assert render(markdown).text == text


_LINK_WORD = st.text(alphabet=string.ascii_letters + string.digits + "*_`\\&<>!", min_size=1)


@given(st.lists(_LINK_WORD, min_size=1, max_size=6), st.data())
def test_links_read_back_at_their_offsets(words: list[str], data: st.DataObject) -> None:
    """Linked words come back as the same Link records (text, url, offsets)."""
    text = " ".join(words)
    links = data.draw(ns.links(text, urls=st.none() | st.sampled_from(["https://a.test/x_(y)"])))
    links = tuple(link for link in links if link.text.strip() == link.text and link.text)
    paragraph = Paragraph(raw="", span=AT, text=text, links=links)
    markdown = _one(body=(paragraph,))
    rendered = render(markdown)
    assert rendered.text == text
    assert rendered.links == links


# -- dates -----------------------------------------------------------------------------------------

MSK = dt.timezone(dt.timedelta(hours=3))


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        (DateValue(value=dt.date(2021, 1, 1), precision=Precision.YEAR), "2021"),
        (DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH), "July 2021"),
        (DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY), "July 16, 2021"),
        (
            DateValue(value=dt.datetime(2021, 7, 16, 0), precision=Precision.HOUR),
            "July 16, 2021 12 AM",
        ),
        (
            DateValue(
                value=dt.datetime(2021, 7, 16, 10, 32, tzinfo=MSK),
                precision=Precision.MINUTE,
                zone="MSK",
            ),
            "July 16, 2021 10:32 MSK",
        ),
        (
            DateValue(
                value=dt.datetime(2021, 7, 16, 10, 32, 5, tzinfo=MSK), precision=Precision.SECOND
            ),
            "July 16, 2021 10:32:05 +03:00",
        ),
    ],
)
def test_date_phrases(value: DateValue, phrase: str) -> None:
    assert format_date_phrase(value) == phrase


ZONED = st.sampled_from(["UTC", "CET", "MSK", "EST", "PDT", "JST"])


@given(
    ns.date_values(
        precisions=[Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE],
        min_year=1900,
        max_year=2100,
        zones=st.none(),
    ),
    st.none() | ZONED,
)
def test_a_formatted_date_parses_back_the_same(value: DateValue, zone: str | None) -> None:
    """format_date_phrase, then parse_date, gives the same value, precision and zone."""
    moment = value.value
    if isinstance(moment, dt.datetime):
        offset = newsparse.vocabulary.ZONES[zone.casefold()] if zone else None
        moment = moment.replace(tzinfo=dt.timezone(offset) if offset is not None else None)
    else:
        zone = None
    value = DateValue(value=moment, precision=value.precision, zone=zone)
    assert newsparse.parse_date(format_date_phrase(value)) == value


# -- elements from their fields --------------------------------------------------------------------


def test_headline_uses_the_full_title_and_escapes_closing_hashes() -> None:
    headline = Headline(raw="", span=AT, text="C# is #", full="Tech: C# is #", level=2)
    assert _one(headline=headline) == "## Tech: C# is \\#"


def test_byline_links_names_and_groups_roles() -> None:
    byline = Byline(
        raw="",
        span=AT,
        authors=(
            Author(name="Jane Doe", url="https://x.test/jd", title="Staff Writer"),
            Author(name="Ann Lee", location="Moscow"),
            Author(name="AFP", kind=AuthorKind.AGENCY),
            Author(name="Bob Ray", role=Role.REPORTING),
            Author(name="Eve Poe", role=Role.EDITING),
        ),
    )
    assert _one(bylines=(byline,)) == (
        "By [Jane Doe](https://x.test/jd), Staff Writer, Ann Lee in Moscow and [AFP](#); "
        "Reporting by [Bob Ray](#); Edited by [Eve Poe](#)"
    )
    assert [
        (a.name, a.role, a.title, a.location)
        for a in newsparse.parse_byline(_one(bylines=(byline,))).authors
    ] == [(a.name, a.role, a.title, a.location) for a in byline.authors]


@pytest.mark.parametrize(
    ("dateline", "markdown"),
    [
        (
            Dateline(
                raw="",
                span=AT,
                published=DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY),
                updated=DateValue(value=dt.date(2021, 7, 17), precision=Precision.DAY),
                place="MOSCOW",
                agency="AP",
            ),
            "MOSCOW — July 16, 2021 | Updated: July 17, 2021 (AP)",
        ),
        (
            Dateline(
                raw="",
                span=AT,
                updated=DateValue(value=dt.date(2021, 7, 17), precision=Precision.DAY),
            ),
            "Updated: July 17, 2021",
        ),
        (Dateline(raw="", span=AT, place="MOSCOW", agency="AP"), "MOSCOW (AP) —"),
        (Dateline(raw="", span=AT, text="# Sometime"), "\\# Sometime"),
    ],
)
def test_dateline_forms(dateline: Dateline, markdown: str) -> None:
    assert _one(datelines=(dateline,)) == markdown
    if dateline.published or dateline.updated or dateline.place:
        read = newsparse.parse_dateline(markdown)
        assert (read.published, read.updated, read.place, read.agency) == (
            dateline.published,
            dateline.updated,
            dateline.place,
            dateline.agency,
        )


@pytest.mark.parametrize(
    ("caption", "markdown"),
    [
        (
            Caption(
                raw="",
                span=AT,
                text="Bagram base.",
                credit="TASS",
                date=DateValue(value=dt.date(2021, 7, 8), precision=Precision.DAY),
            ),
            "Bagram base. July 8, 2021 **TASS**",
        ),
        (
            Caption(
                raw="",
                span=AT,
                text="A view.",
                credit="AP",
                image_url="https://x.test/a.jpg",
                alt="Hills",
            ),
            "![Hills](https://x.test/a.jpg) A view. **AP**",
        ),
        (Caption(raw="", span=AT, text="", credit="Jane Doe/AFP"), "Photo: Jane Doe/AFP"),
        (
            Caption(raw="", span=AT, text="", image_url="https://x.test/a.jpg"),
            "![](https://x.test/a.jpg)",
        ),
    ],
)
def test_caption_forms(caption: Caption, markdown: str) -> None:
    assert _one(captions=(caption,)) == markdown
    read = newsparse.parse_caption(markdown)
    assert (read.text, read.credit, read.date, read.image_url, read.alt) == (
        caption.text,
        caption.credit,
        caption.date,
        caption.image_url,
        caption.alt,
    )


def test_related_link_defaults_its_label() -> None:
    labelled = RelatedLink(raw="", span=AT, label="Read more", title="A [draft] plan", url=None)
    unlabelled = RelatedLink(raw="", span=AT, label=None, title="Plan", url="https://x.test/p")
    assert _one(related=(labelled,)) == "**Read more: [A \\[draft\\] plan](#)**"
    assert _one(related=(unlabelled,)) == "**Related: [Plan](https://x.test/p)**"


def test_footnotes_are_italic_or_labelled() -> None:
    notes = (
        Footnote(
            raw="",
            span=AT,
            text="Banned in Russia.",
            links=(Link(text="Russia", url=None, start=10, end=16),),
        ),
        Footnote(raw="", span=AT, text="See the report.", label="1"),
    )
    assert _one(footnotes=notes) == "*Banned in [Russia](#).*\n\n[^1]: See the report."


@pytest.mark.parametrize(
    ("paragraph", "markdown"),
    [
        (Paragraph(raw="", span=AT, text="Intro", kind=BlockKind.HEADING, level=3), "### Intro"),
        (Paragraph(raw="", span=AT, text="Item", kind=BlockKind.LIST_ITEM, level=2), "  * Item"),
        (Paragraph(raw="", span=AT, text="> said", kind=BlockKind.QUOTE), "> \\> said"),
        (
            Paragraph(raw="", span=AT, text="x = 1\n```", kind=BlockKind.CODE),
            "~~~\nx = 1\n```\n~~~",
        ),
        (
            Paragraph(raw="", span=AT, text="a | b\n1 | *2*", kind=BlockKind.TABLE),
            "| a | b |\n| --- | --- |\n| 1 | \\*2\\* |",
        ),
    ],
)
def test_body_block_forms(paragraph: Paragraph, markdown: str) -> None:
    assert _one(body=(paragraph,)) == markdown
    [read] = newsparse.parse(markdown).body
    assert (read.text, read.kind, read.level) == (paragraph.text, paragraph.kind, paragraph.level)


def test_boilerplate_and_footer() -> None:
    rule = Boilerplate(raw="", span=AT, text="", kind=BoilerplateKind.SEPARATOR)
    source = SourceUrl(raw="", span=AT, url="https://x.test/a b")
    assert (
        _one(boilerplate=(rule,), source=source) == "---\n\nOriginal url:\n\n<https://x.test/a b>"
    )


def test_built_elements_come_in_dump_order() -> None:
    """Elements at the same place (built in code) go title, byline, body, notes, footer."""
    article = Article(
        source=SourceUrl(raw="", span=AT, url="https://x.test/a"),
        footnotes=(Footnote(raw="", span=AT, text="A note."),),
        body=(Paragraph(raw="", span=AT, text="Text."),),
        bylines=(Byline(raw="", span=AT, authors=(Author(name="AFP", kind=AuthorKind.AGENCY),)),),
        headline=Headline(raw="", span=AT, text="Title", full="Title"),
    )
    assert to_markdown(article) == (
        "# Title\n\nBy [AFP](#)\n\nText.\n\n*A note.*\n\nOriginal url:\n\n<https://x.test/a>\n"
    )


def test_a_footer_built_from_fields_ends_the_dump() -> None:
    """Lines that followed a damaged dump's footer, written from fields, come before it."""
    dump = (
        "# Lanterns over the harbour\n\nThe night market opened again on Friday, with forty"
        " stalls along the quay.\n\nOriginal url:\n\n<https://quay.example/night>\n<div>\n\n"
        "3. Mai 2021 - Jo Park"
    )
    article = newsparse.parse(dump)
    assert article.source is not None
    assert article.source.url == "https://quay.example/night"
    written = to_markdown(attrs.evolve(article, source=attrs.evolve(article.source, raw="")))
    assert written.endswith("Original url:\n\n<https://quay.example/night>\n")
    assert newsparse.parse(written).source_url == "https://quay.example/night"
    # Written from its raw text, the footer keeps its place: the dump reads back as it was.
    assert to_markdown(article).rstrip("\n").endswith("Jo Park")


def test_to_markdown_rejects_what_is_not_an_article() -> None:
    with pytest.raises(newsparse.ParseError) as raised:
        to_markdown("# text")  # type: ignore[arg-type]
    assert raised.value.code == "invalid-input"


# -- whole articles --------------------------------------------------------------------------------


def test_seed_comes_back_as_written() -> None:
    """The seed's elements, on the lines they had: only the leading blank lines go."""
    assert to_markdown(newsparse.parse(SEED_TEXT)) == SEED_TEXT.lstrip("\n") + "\n"


def _without_spans(article: Article) -> list[object]:
    """Every element and diagnostic code, with the positions (which blank lines shift) left out."""
    return [attrs.evolve(e, span=AT) for e in article.elements()] + [
        d.code for d in article.diagnostics
    ]


def test_seed_reads_back_the_same() -> None:
    article = newsparse.parse(SEED_TEXT)
    again = newsparse.parse(to_markdown(article))
    assert dump_fields(again) == dump_fields(article)
    assert _without_spans(again) == _without_spans(article)


DUMPS = [
    pytest.param(d / name, id=f"{d.name}/{name}")
    for d in corpus_dirs()
    for name in ("dump.md", "dump-links.md")
]


@pytest.mark.skipif(not DUMPS, reason="../shared/corpus/dev is not present")
@pytest.mark.parametrize("path", DUMPS)
def test_corpus_dump_reads_back_the_same(path: Path) -> None:
    """Every element (raw text included) and diagnostic comes back; only positions move."""
    article = newsparse.parse(path.read_text(encoding="utf-8"))
    again = newsparse.parse(to_markdown(article))
    assert dump_fields(again) == dump_fields(article)
    assert _without_spans(again) == _without_spans(article)


@given(ns.dump_articles())
def test_dump_like_articles_read_back_the_same(article: Article) -> None:
    """parse(to_markdown(a)) gives a's values: title, authors, dates, captions, notes, body..."""
    assert dump_fields(newsparse.parse(to_markdown(article))) == dump_fields(article)


@given(ns.articles())
def test_to_markdown_is_total(article: Article) -> None:
    """Any article, from its raw text or (raw emptied) from its fields, gives text parse reads."""
    built = Article(
        headline=attrs.evolve(article.headline, raw="") if article.headline else None,
        standfirst=attrs.evolve(article.standfirst, raw="") if article.standfirst else None,
        bylines=tuple(attrs.evolve(e, raw="") for e in article.bylines),
        datelines=tuple(attrs.evolve(e, raw="") for e in article.datelines),
        captions=tuple(attrs.evolve(e, raw="") for e in article.captions),
        related=tuple(attrs.evolve(e, raw="") for e in article.related),
        footnotes=tuple(attrs.evolve(e, raw="") for e in article.footnotes),
        body=tuple(attrs.evolve(e, raw="") for e in article.body),
        boilerplate=tuple(attrs.evolve(e, raw="") for e in article.boilerplate),
        source=attrs.evolve(article.source, raw="") if article.source else None,
    )
    for each in (article, built):
        text = to_markdown(each)
        assert text == "" or text.endswith("\n")
        newsparse.parse(text)
