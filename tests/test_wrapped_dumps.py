"""A dump a converter hard-wrapped (html2text's 78 columns, pandoc's 72) reads as the unwrapped one.

The wrap width is measured on the dump itself: many lines broken inside their blocks just before
the word that would pass one column. Fixtures are invented; each is written once a line per
paragraph and wrapped here as converters wrap (greedy, at spaces, long words kept whole).
"""

from __future__ import annotations

import textwrap

import pytest

from newsparse import Article, parse
from newsparse._engine import Context
from newsparse._plan import runs_on, wrap_width
from newsparse._source import Source

_TITLE = "# Volunteers bring the old lighthouse lamp back to life"

_SUMMARY = (
    "After four winters of work in a cold tower, a crew of retired engineers has lit the "
    "restored lamp of the northern lighthouse again. The town wants to show it to visitors."
)

_PARAGRAPHS = (
    "The lamp had stood dark since a storm broke its lens, and for years the town council "
    "argued about whether the tower should be sold, kept as a ruin or turned into a small "
    "museum for the fishing families who once depended on it.",
    "Marta Quillfeather, who led the crew, said the hardest part was the clockwork that turns "
    "the lens: its brass gears were worn smooth, and the [maritime trust of the "
    "coast](https://lamp-news.test/trust/the-maritime-trust-of-the-northern-coast) paid for a "
    "workshop to cut new ones by hand over a whole summer.",
    "Visitors may climb the tower on weekends from June, the council said, and a small room at "
    "its foot will show the old lens, the broken pieces and photographs of the crew at work "
    "through the long winters on the cliff.",
)

_ITEM = (
    "* Tours start at ten in the morning and last about an hour, with a break at the gallery "
    "halfway up the tower where the view reaches the islands."
)


def _article(width: int | None) -> str:
    """The invented article, its paragraphs and list item wrapped at ``width`` (None: not)."""

    def wrap(text: str, indent: str = "") -> str:
        if width is None:
            return text
        return "\n".join(
            textwrap.wrap(
                text,
                width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    blocks = [
        _TITLE,
        wrap(_SUMMARY),
        "By Tomas Reedwick",
        "12 March 2024",
        *(wrap(paragraph) for paragraph in _PARAGRAPHS),
        wrap(_ITEM, "  "),
        "Original url: https://lamp-news.test/2024/03/12/lighthouse-lamp",
    ]
    return "\n\n".join(blocks) + "\n"


def _reading(article: Article) -> dict[str, object]:
    standfirst = article.standfirst
    return {
        "title": article.title,
        "authors": [author.name for author in article.authors],
        "standfirst": " ".join(standfirst.text.split()) if standfirst is not None else None,
        "captions": [caption.text for caption in article.captions],
        "body": [(block.kind, " ".join(block.text.split())) for block in article.body],
    }


def _width(text: str) -> int:
    return wrap_width(Context(Source(text)))


@pytest.mark.parametrize("width", [64, 72, 78, 90])
def test_the_wrap_width_is_measured_on_the_dump(width: int) -> None:
    # The narrowest width every break agrees with: the longest broken line, at most the width.
    assert width - 3 <= _width(_article(width)) <= width


def test_a_dump_written_a_line_per_paragraph_has_no_wrap_width() -> None:
    assert _width(_article(None)) == 0


def test_a_few_broken_lines_of_ragged_length_are_no_wrap() -> None:
    ragged = "\n".join(
        [
            "# A page with an address",
            "",
            "Harbour Office",
            "Quay Street 4, the building with the green door by the fish market",
            "Open daily",
            "",
            "A short note on the opening hours of the office in the spring months.",
        ]
    )
    assert _width(ragged) == 0


@pytest.mark.parametrize("width", [64, 72, 78, 90])
def test_a_wrapped_dump_reads_as_the_unwrapped_one(width: int) -> None:
    plain = _reading(parse(_article(None)))
    assert plain["standfirst"] == " ".join(_SUMMARY.split())
    assert plain["authors"] == ["Tomas Reedwick"]
    assert _reading(parse(_article(width))) == plain


def test_a_line_broken_before_a_long_link_continues_its_paragraph() -> None:
    text = _article(72)
    context = Context(Source(text))
    short = next(
        index
        for index, line in enumerate(context.lines)
        if line.endswith("[maritime trust of the") or line.endswith("[maritime trust of")
    )
    assert len(context.lines[short]) < 60
    assert runs_on(context, short + 1)


def test_a_wrapped_standfirst_keeps_its_span_over_its_lines() -> None:
    article = parse(_article(72))
    standfirst = article.standfirst
    assert standfirst is not None
    assert standfirst.raw.count("\n") >= 1
    assert standfirst.raw.startswith("After four winters")
    assert standfirst.raw.endswith("show it to visitors.")


def test_the_first_line_of_a_wrapped_paragraph_under_a_picture_is_no_caption() -> None:
    paragraph = textwrap.fill(_PARAGRAPHS[0] + " " + _PARAGRAPHS[2], 72)
    text = _article(72).replace(
        "By Tomas Reedwick",
        "By Tomas Reedwick\n\n![](https://lamp-news.test/img/tower.jpg)\n\n" + paragraph,
    )
    article = parse(text)
    assert not [caption for caption in article.captions if caption.text]
    assert any(block.text.startswith("The lamp had stood dark") for block in article.body)


_LINKED_BYLINE = (
    'Von [Tomas Reedwick](https://lamp-news.test/autoren/tomas-reedwick "Alle Beiträge von '
    'Tomas Reedwick") und [Ilse Brandvold](https://lamp-news.test/autoren/ilse-brandvold '
    '"Alle Beiträge von Ilse Brandvold")'
)


@pytest.mark.parametrize("width", [64, 72, 78, 90])
def test_a_wrapped_byline_names_everyone_its_line_named(width: int) -> None:
    """A byline line broken inside a link's title reads as the whole line: both writers."""
    text = _article(None).replace("By Tomas Reedwick", _LINKED_BYLINE)
    wrapped = _article(width).replace(
        "By Tomas Reedwick",
        "\n".join(
            textwrap.wrap(_LINKED_BYLINE, width, break_long_words=False, break_on_hyphens=False)
        ),
    )
    assert wrapped.count("\n") > text.count("\n") + 2
    assert [a.name for a in parse(text).authors] == ["Tomas Reedwick", "Ilse Brandvold"]
    article = parse(wrapped)
    assert [a.name for a in article.authors] == ["Tomas Reedwick", "Ilse Brandvold"]
    byline = article.byline
    assert byline is not None
    assert byline.raw.startswith("Von [Tomas")
    assert byline.raw.endswith('Ilse Brandvold")')


@pytest.mark.parametrize("width", [72, 78])
def test_a_name_signing_a_wrapped_text_is_its_byline(width: int) -> None:
    """A name under the last paragraph of a wrapped text signs it, as in the unwrapped dump.

    No wrapped line is long, yet the text still ends at its last paragraph.
    """
    plain = _article(None).replace("By Tomas Reedwick\n\n", "")
    plain = plain.replace("\n\nOriginal url:", "\n\n**Ilse Brandvold**\n\nOriginal url:")
    wrapped = _article(width).replace("By Tomas Reedwick\n\n", "")
    wrapped = wrapped.replace("\n\nOriginal url:", "\n\n**Ilse Brandvold**\n\nOriginal url:")
    assert [a.name for a in parse(plain).authors] == ["Ilse Brandvold"]
    assert [a.name for a in parse(wrapped).authors] == ["Ilse Brandvold"]
    context = Context(Source(wrapped))
    last_paragraph = next(i for i, line in enumerate(context.lines) if line.startswith("Visitors"))
    assert context.text_end == context.lines.index("", last_paragraph)


def test_a_line_after_one_word_longer_than_the_width_continues_it() -> None:
    """A converter sets a word longer than the width (an address) alone and breaks after it."""
    text = _article(72).replace(
        "By Tomas Reedwick",
        "By :\n\n[![Tomas\nReedwick](https://lamp-news.test/media/people/portraits/"
        "tomas-reedwick-portrait-square-medium-150x150.jpg)\nTomas "
        "Reedwick](https://lamp-news.test/autoren/tomas-reedwick/)",
    )
    context = Context(Source(text))
    address = next(i for i, line in enumerate(context.lines) if line.startswith("Reedwick]("))
    assert len(context.lines[address]) > 78
    assert runs_on(context, address + 1)
    assert [a.name for a in parse(text).authors] == ["Tomas Reedwick"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "by  [Ilse von\nBrandvold](https://lamp-news.test/author/ilse-von-brandvold/\n"
            '"All posts by Ilse von Brandvold")',
            ["Ilse von Brandvold"],
        ),
        (
            "Von [Tomas\nReedwick](https://lamp-news.test/autoren/tomas-reedwick/)",
            ["Tomas Reedwick"],
        ),
    ],
)
def test_a_byline_whose_link_was_broken_runs_on_until_the_link_closes(
    byline: str, authors: list[str]
) -> None:
    """A link's text or title broken over lines is read whole, whatever width the dump shows.

    Converters wrap inside a link's text and its quoted title; the long address between keeps
    the dump's wrap width from being measured, yet the open link says the line runs on.
    """
    text = _article(None).replace("By Tomas Reedwick", byline)
    article = parse(text)
    assert [a.name for a in article.authors] == authors
    assert article.byline is not None
    assert article.byline.raw == byline


_LONG_TITLE = (
    "Volunteers of the northern coast bring the old lighthouse lamp back to life after four "
    "winters of work"
)


def _setext_article(width: int | None, kicker: str | None = None) -> str:
    """The article with a long headline underlined with ``===``, wrapped as its paragraphs."""
    title = _LONG_TITLE
    if width is not None:
        title = "\n".join(textwrap.wrap(title, width, break_long_words=False))
    if kicker is not None:
        title = f"{kicker}\n{title}"
    return _article(width).replace(_TITLE, f"{title}\n{'=' * 40}", 1)


@pytest.mark.parametrize("width", [64, 72, 78])
def test_a_wrapped_setext_title_reads_as_the_unwrapped_one(width: int) -> None:
    """The lines a wrap width broke a setext heading into are one title, not a kicker and title."""
    text = _setext_article(width)
    assert text.count("\n") > _setext_article(None).count("\n") + 3  # the title is broken too
    article = parse(text)
    headline = article.headline
    assert headline is not None
    assert (headline.text, headline.kicker) == (_LONG_TITLE, None)
    assert headline.span.start == 0
    assert _reading(article) == _reading(parse(_setext_article(None)))


@pytest.mark.parametrize("width", [None, 72])
def test_a_short_line_over_a_wrapped_setext_title_is_its_kicker(width: int | None) -> None:
    article = parse(_setext_article(width, kicker="Coast news"))
    headline = article.headline
    assert headline is not None
    assert (headline.text, headline.kicker) == (_LONG_TITLE, "Coast news")


_LINKED_TITLE = (
    "[Volunteers of the northern coast bring the old lighthouse lamp back to life\n"
    'after](/2024/03/12/lamp-4711 "Volunteers of the northern coast bring the old lighthouse\n'
    'lamp back to life after")\n' + "=" * 40
)


@pytest.mark.parametrize("width", [None, 78])
@pytest.mark.parametrize("kicker", [None, "Coast news"])
def test_a_linked_setext_title_broken_inside_its_link_is_one_title(
    kicker: str | None, width: int | None
) -> None:
    """A title's link broken over lines (its text, its address, its title) is one title.

    Where the dump's wrap width is not measured (its paragraphs unwrapped, or too few of them)
    or a break next to the address passes it, the width does not join the lines: the line
    closing the link opened above does. A short line over it stays its kicker.
    """
    title = _LINKED_TITLE if kicker is None else f"{kicker}\n{_LINKED_TITLE}"
    article = parse(_article(width).replace(_TITLE, title, 1))
    headline = article.headline
    assert headline is not None
    assert headline.text == (
        "Volunteers of the northern coast bring the old lighthouse lamp back to life after"
    )
    assert headline.kicker == kicker
    assert headline.raw.startswith(kicker or "[Volunteers")


_NO_HEADING = (
    "The harbour board met on Tuesday evening to settle the winter timetable of the island "
    "ferry and agreed to keep the night crossings running until the end of March",
    "The ferry company said the second engine would be back from the yard before the first "
    "storm of the season, and that the crews had been trained on the new radio sets.",
    "Tickets for the night crossings go on sale at the harbour office from the first of "
    "November, and the board asked travellers to book early for the holidays.",
)


@pytest.mark.parametrize("width", [64, 72, 78])
def test_the_first_line_of_a_wrapped_paragraph_is_no_plain_title(width: int) -> None:
    """A dump with no heading has no title, wrapped or not: a broken line is no headline."""
    blocks = [
        "\n".join(textwrap.wrap(block, width, break_long_words=False)) for block in _NO_HEADING
    ]
    text = "\n\n".join([*blocks, "Original url: https://lamp-news.test/2024/03/12/ferry"]) + "\n"
    assert parse(text).title is None
    assert parse(text.replace("\n", " ").replace("  ", "\n\n")).title is None


def _link_list(count: int) -> str:
    """A wrapped block of links with long addresses and titles, as a site's navigation wraps."""
    links = " ".join(
        f"[Section {n}](https://archive.example/web/20140226054445/http://www.harbour-news.example"
        f'/category/stories-of-the-coast/section-{n}/ "All stories filed under section {n}")'
        for n in range(count)
    )
    return "\n".join(textwrap.wrap(links, 78, break_long_words=False, break_on_hyphens=False))


def test_a_link_heavy_dump_has_its_wrap_width_measured() -> None:
    """Lines ending in a long address pass every width: they are no evidence against one.

    A wrapped navigation of links with long addresses breaks after each address, at lengths
    no width explains; the paragraphs' breaks still say where the text was wrapped.
    """
    text = _article(78).replace("By Tomas Reedwick", f"{_link_list(12)}\n\nBy Tomas Reedwick")
    assert sum(len(line) > 78 for line in text.splitlines()) >= 10
    assert 75 <= _width(text) <= 78


_CHANNELS = (
    'My channels: [Harbour songs](https://video.example/user/harbourtunes "To the harbour '
    'songs channel of Tomas") / [Ferry trips](https://video.example/user/ferrytrips "To the '
    'ferry trips channel of Tomas") / [Lamp stories](https://video.example/user/lampstories '
    '"To the lamp stories channel of Tomas")'
)


@pytest.mark.parametrize("width", [None, 72, 78])
def test_a_wrapped_line_of_links_is_no_article_text(width: int | None) -> None:
    """Links the wrapping broke over lines hold little text: the header goes on past them.

    A blog's heading linking to the page itself, under a wrapped line of channel links, is
    still in the front where the title is looked for.
    """

    def wrap(text: str) -> str:
        if width is None:
            return text
        return "\n".join(textwrap.wrap(text, width, break_long_words=False))

    headline = "[Three odd places on the coast](https://lamp-news.test/2024/03/12/three-places/)"
    blocks = [
        "Ask me on the radio ?\n=====================",
        wrap(_CHANNELS),
        "12 March 2024 / 13:48",
        f"{headline}\n{'=' * len(headline)}",
        *(wrap(paragraph) for paragraph in _PARAGRAPHS),
        "Original url: https://lamp-news.test/2024/03/12/three-places/",
    ]
    text = "\n\n".join(blocks) + "\n"
    assert parse(text).title == "Three odd places on the coast"


def test_a_link_left_open_in_a_byline_does_not_swallow_the_story() -> None:
    """A byline line whose link never closes in the next lines is read alone, not run on."""
    byline = "By [Tomas Reedwick](https://lamp-news.test/autoren/tomas"
    story = "The crew met at the tower at dawn to test the lamp.\nIt turned on the first try."
    article = parse(_article(None).replace("By Tomas Reedwick", f"{byline}\n{story}"))
    assert article.byline is not None
    assert article.byline.raw == byline


_DATED_BYLINES = (
    # The date first (a link with a title), then the names, then the categories filed under.
    (
        '[14. März 2024](https://lamp-news.test/2024/03/14/leuchtturm-lampe-brennt-wieder "09:15")'
        "  by [Ilse Brandvold](https://lamp-news.test/author/ilse-brandvold "
        '"Alle Beiträge von Ilse Brandvold") / Kategorien: '
        "[Küste](https://lamp-news.test/category/kueste-und-leuchttuerme), "
        "[Ehrenamt](https://lamp-news.test/category/ehrenamt-im-norden)"
    ),
    # The names first, then the linked date and its time.
    (
        "Von [Ilse Brandvold](https://lamp-news.test/autoren/ilse-brandvold-redaktion-nordkueste "
        '"Alle Beiträge von Ilse Brandvold aus der Redaktion an der Nordküste lesen") am '
        "[14.03.2024](https://lamp-news.test/archiv/2024/03/14/alle-beitraege-des-tages "
        '"Alle Beiträge vom 14.03.2024 im Archiv des Leuchtturmboten") um 09:15 Uhr'
    ),
)


@pytest.mark.parametrize("width", [64, 72, 78])
@pytest.mark.parametrize("line", _DATED_BYLINES)
def test_a_byline_glued_to_its_date_wrapped_over_many_lines(line: str, width: int) -> None:
    """A date-and-byline line wrapped over five lines or more reads as the unwrapped line.

    The wrap cuts the links between their text, address and title, and may leave the first line
    a date without its year ("[14. März"): the lines the line was wrapped into are read as one.
    """
    wrapped = "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    assert wrapped.count("\n") >= 4
    for byline, dump in ((line, _article(None)), (wrapped, _article(width))):
        text = dump.replace("By Tomas Reedwick\n\n12 March 2024", byline)
        article = parse(text)
        assert [a.name for a in article.authors] == ["Ilse Brandvold"]
        assert article.published is not None
        assert (article.published.value.year, article.published.value.day) == (2024, 14)
        assert article.byline is not None
        assert "[Ilse" in article.byline.raw
        assert "Ilse Brandvold" not in article.datelines[0].raw
        assert article.byline.raw.split()[-1] != "am"


def test_a_list_of_short_lines_is_no_wrapped_line() -> None:
    """Five short lines (a name, a date, buttons) are no wrapped line: each is read on its own.

    Read as one line, the name, the date and the buttons would be one byline and dateline.
    """
    block = "Ilse Brandvold\n14 March 2024\nShare\nPrint\nMail"
    text = _article(None).replace("By Tomas Reedwick\n\n12 March 2024", block)
    elements = [(type(e).__name__, e.raw) for e in parse(text).elements()]
    assert elements[2:5] == [
        ("Byline", "Ilse Brandvold"),
        ("Dateline", "14 March 2024"),
        ("Boilerplate", "Share\nPrint\nMail"),
    ]


_CLOSING_NOTE = (
    "*The Harbour Lantern Society restores lighthouses along the northern coast with "
    "volunteers and donations, and keeps a small archive of their logbooks and lenses that "
    "visitors may see on the first Sunday of each month.*"
)


@pytest.mark.parametrize("width", [64, 72, 78])
def test_an_italic_note_wrapped_over_lines_is_a_note_as_unwrapped(width: int) -> None:
    """A closing note set wholly in italics stays a note when the converter wraps it.

    Its middle lines open and close on no mark of their own: read line by line they are prose,
    and the note would sit inside the text, where italics alone make no note.
    """
    wrapped_note = "\n".join(
        textwrap.wrap(_CLOSING_NOTE, width, break_long_words=False, break_on_hyphens=False)
    )
    assert len(wrapped_note.splitlines()) >= 3
    plain = _article(None).replace("\n\nOriginal url:", f"\n\n{_CLOSING_NOTE}\n\nOriginal url:")
    wrapped = _article(width).replace("\n\nOriginal url:", f"\n\n{wrapped_note}\n\nOriginal url:")
    expected = " ".join(_CLOSING_NOTE.strip("*").split())
    assert [" ".join(note.text.split()) for note in parse(plain).footnotes] == [expected]
    assert [" ".join(note.text.split()) for note in parse(wrapped).footnotes] == [expected]
    context = Context(Source(wrapped))
    last_paragraph = next(i for i, line in enumerate(context.lines) if line.startswith("Visitors"))
    assert context.tail_start == context.lines.index("", last_paragraph)


@pytest.mark.parametrize("width", [64, 78])
def test_a_wrapped_paragraph_of_prose_with_emphasis_at_its_ends_only_is_prose(width: int) -> None:
    """A paragraph that opens on an italic word and ends on plain text is the story's prose."""
    paragraph = (
        "*Gulls* circled the tower all morning while the crew carried the last crate of brass "
        "parts up the stairs, and the harbour master watched them from the quay with a flask "
        "of tea and a borrowed pair of binoculars."
    )
    wrapped = "\n".join(
        textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
    )
    text = _article(width).replace("\n\nOriginal url:", f"\n\n{wrapped}\n\nOriginal url:")
    article = parse(text)
    assert not article.footnotes
    assert " ".join(article.body[-1].text.split()) == " ".join(paragraph.replace("*", "").split())


def _news_box(width: int | None, *, titled_pictures: bool) -> str:
    """The invented article, then a box of two teasers: a linked picture over a title link."""
    stories = [
        (
            "Ferry crews vote on the new winter timetable for the northern islands and the "
            "two lighthouses",
            "ferry-vote",
        ),
        (
            "Fish market moves to the square while the old quay is rebuilt in stone over the "
            "next two summers",
            "fish-market",
        ),
    ]
    cards = []
    for title, slug in stories:
        picture = f"![](/pictures/{slug}.jpg"
        picture += ' "Photo: Harbour Post archive")' if titled_pictures else ")"
        url = f"/news/2031/{slug}-on-the-harbour-front"
        for card in (f'[{picture}]({url} "{title}")', f'[{title}]({url} "{title}")'):
            lines = (
                [card]
                if width is None
                else textwrap.wrap(card, width, break_long_words=False, break_on_hyphens=False)
            )
            cards.append("\n".join(lines))
    box = "Related stories\n\n" + "\n\n".join(cards)
    return _article(width).replace("\n\nOriginal url:", f"\n\n{box}\n\nOriginal url:")


@pytest.mark.parametrize("titled_pictures", [False, True])
@pytest.mark.parametrize("width", [72, 78])
def test_a_box_of_wrapped_teaser_links_reads_as_unwrapped(
    titled_pictures: bool, width: int
) -> None:
    """A link of its own paragraph that wrapping broke over lines is one link, as unwrapped.

    Its text, address and quoted title run over the paragraph's lines; so does the linked
    picture above it, its title attribute broken off. Read line by line, the picture's lines
    were short lines of text and the box ended there.
    """
    plain = _news_box(None, titled_pictures=titled_pictures)
    wrapped = _news_box(width, titled_pictures=titled_pictures)
    assert wrapped.count("\n") > plain.count("\n") + 8
    read = [(r.label, r.title, r.url) for r in parse(plain).related]
    assert len(read) == 2
    article = parse(wrapped)
    assert [(r.label, r.title, r.url) for r in article.related] == read
    assert "Related stories" not in article.text
