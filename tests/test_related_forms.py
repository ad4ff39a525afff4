"""Related boxes in the forms other converters write them: the same box, read the same way.

Pandoc names a heading with ``{#id .class}`` and wraps text, link titles and title attributes
at its width; markdownify writes a card whose picture and headline share one link as
``[![alt](src) Headline](url)``, or the picture's link and the headline's link side by side.
Each test states one such form and what the box must still read as.
"""

from __future__ import annotations

import pytest

import newsparse

from .helpers import assert_lossless

_PROSE = (
    "The ferry between the two islands will run every hour from May, the harbour board said on "
    "Tuesday, after a winter in which crossings were cut to four a day and the queue of cars on "
    "the pier reached the village square on market days."
)
_FOOTER = "Original url:\n\n<https://www.island-courier.example/news/ferry-every-hour-2031>"


def _wrapped(text: str, width: int = 72) -> str:
    """``text`` broken before the word that would pass ``width``, as pandoc wraps it."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _dump(box: str, *, wrap: bool = False) -> str:
    prose = _wrapped(_PROSE) if wrap else _PROSE
    body = "\n\n".join([prose, prose.replace("Tuesday", "Monday"), prose])
    return f"# Ferries to run every hour\n\n{body}\n\n{box}\n\n{_FOOTER}\n"


def _related(text: str) -> list[tuple[str | None, str, str | None]]:
    article = newsparse.parse(text)
    assert_lossless(text, article)
    return [(link.label, link.title, link.url) for link in article.related]


_PIER = "/news/pier-repairs-start-in-june"
_TIDE = "/news/new-tide-tables-for-the-north-channel"
_BUOY = "/news/harbour-buoys-get-solar-lamps"


def test_a_label_heading_with_pandoc_attributes_still_names_its_box() -> None:
    """``### Related stories {#related-stories .title}``: the attributes are no words of it."""
    box = (
        "### Related stories {#related-stories .title}\n\n"
        f"* [Pier repairs start in June]({_PIER})\n"
        f"* [New tide tables for the north channel]({_TIDE})"
    )
    assert _related(_dump(box)) == [
        ("Related stories", "Pier repairs start in June", _PIER),
        ("Related stories", "New tide tables for the north channel", _TIDE),
    ]


def test_a_heading_card_with_pandoc_attributes_keeps_its_title_clean() -> None:
    """``### [Title](url) {#id .title}``: each card's title is the link's text alone."""
    box = (
        "Related Stories\n\n"
        f"### [Pier repairs start in June]({_PIER}) {{#pier-repairs .title}}\n\n"
        "March 3, 2031\n\n"
        f"### [New tide tables for the north channel]({_TIDE}) {{#tide-tables .title}}\n\n"
        "February 12, 2031"
    )
    titles = [title for _, title, _ in _related(_dump(box))]
    assert titles == ["Pier repairs start in June", "New tide tables for the north channel"]


def test_a_link_title_the_dump_wrapped_over_two_lines_is_read_whole() -> None:
    """In a wrapped dump a long link breaks inside its text: the title is both lines."""
    box = (
        "Related articles\n================\n\n"
        "* [Pier repairs start in June after a winter of storms and two closed\n"
        f"  berths]({_PIER})\n"
        f"* [New tide tables for the north channel]({_TIDE})"
    )
    assert _related(_dump(box, wrap=True)) == [
        (
            "Related articles",
            "Pier repairs start in June after a winter of storms and two closed berths",
            _PIER,
        ),
        ("Related articles", "New tide tables for the north channel", _TIDE),
    ]


def test_an_unwrapped_dump_keeps_a_cards_lines_apart() -> None:
    """With no wrap width measured, a kicker line inside a card's link stays its own line."""
    box = (
        "Related articles\n================\n\n"
        f"[Harbour\nPier repairs start in June]({_PIER})\n\n"
        f"[Harbour\nNew tide tables for the north channel]({_TIDE})"
    )
    titles = [title for _, title, _ in _related(_dump(box))]
    assert titles == ["Pier repairs start in June", "New tide tables for the north channel"]


def test_a_title_attribute_wrapped_to_the_next_line_closes_the_link_there() -> None:
    """``[Title over](url "A title`` / ``attribute")``: one link, its text the title."""
    box = (
        "See also  \n"
        "[Pier repairs start in June after a winter of storms and two closed\n"
        f'berths]({_PIER} "Permalink: Pier repairs\n'
        'start in June")  \n'
        f"[New tide tables for the north channel]({_TIDE})"
    )
    assert _related(_dump(box, wrap=True)) == [
        (
            "See also",
            "Pier repairs start in June after a winter of storms and two closed berths",
            _PIER,
        ),
        ("See also", "New tide tables for the north channel", _TIDE),
    ]


def test_a_picture_and_headline_in_one_link_are_a_card_under_a_label() -> None:
    """``[![alt](src)  Headline](url)``: the words beside the picture are the title."""
    box = (
        "More on this:\n\n"
        f"[![pier under repair](https://cdn.example/p/1.jpg)  Pier repairs start in June]({_PIER})"
        "\n\n"
        f"[![tide gauge](https://cdn.example/p/2.jpg)  New tide tables for the north channel]"
        f"({_TIDE})"
    )
    assert _related(_dump(box)) == [
        ("More on this", "Pier repairs start in June", _PIER),
        ("More on this", "New tide tables for the north channel", _TIDE),
    ]


def _side_by_side(alt: str, url: str, title: str, title_url: str | None = None) -> str:
    picture = f'[![{alt} 150x150](https://cdn.example/lazy.gif "{alt}")]({url})'
    return f"* {picture}[{title}]({title_url or url})"


def test_picture_and_headline_links_side_by_side_are_cards_under_a_heading() -> None:
    """A heading over linked pictures, each with its headline linked to the same page."""
    cards = [
        _side_by_side("pier", _PIER, "Pier repairs start in June"),
        _side_by_side("tide", _TIDE, "New tide tables for the north channel"),
        _side_by_side("buoy", _BUOY, "Harbour buoys get solar lamps"),
    ]
    box = "### Also on the harbour:\n\n" + "\n".join(cards)
    # Comments with long paragraphs follow: the box stands before the tail of the dump.
    text = _dump(box).replace(_FOOTER, f"## 2 comments\n\n{_PROSE}\n\n{_PROSE}\n\n{_FOOTER}")
    assert _related(text) == [
        ("Also on the harbour", "Pier repairs start in June", _PIER),
        ("Also on the harbour", "New tide tables for the north channel", _TIDE),
        ("Also on the harbour", "Harbour buoys get solar lamps", _BUOY),
    ]


@pytest.mark.parametrize("other", ["/news/another-page-entirely", "https://elsewhere.example/x"])
def test_a_headline_linked_elsewhere_than_its_picture_is_no_card(other: str) -> None:
    """The two links of a card lead to one page; a picture and a link apart are two things."""
    cards = [
        _side_by_side("pier", _PIER, "Pier repairs start in June", other),
        _side_by_side("tide", _TIDE, "New tide tables for the north channel", other),
        _side_by_side("buoy", _BUOY, "Harbour buoys get solar lamps", other),
    ]
    box = "### Also on the harbour:\n\n" + "\n".join(cards)
    text = _dump(box).replace(_FOOTER, f"## 2 comments\n\n{_PROSE}\n\n{_PROSE}\n\n{_FOOTER}")
    assert _related(text) == []


def test_a_fenced_div_between_a_label_and_its_list_parts_nothing() -> None:
    """``::: {.related}`` under the label: a mark with no text, the list still under it."""
    box = (
        "### Related stories\n\n::: {.section .content}\n\n"
        f"* [Pier repairs start in June]({_PIER})\n"
        f"* [New tide tables for the north channel]({_TIDE})\n\n:::"
    )
    text = _dump(box)
    assert _related(text) == [
        ("Related stories", "Pier repairs start in June", _PIER),
        ("Related stories", "New tide tables for the north channel", _TIDE),
    ]
    # The closing mark is no part of the last link.
    assert newsparse.parse(text).related[-1].raw.endswith(f"({_TIDE})")


def test_div_marks_between_cards_keep_one_box() -> None:
    """Each card in its own ``<div>``: the marks between them hold no text."""
    box = (
        "Related Stories\n\n"
        f'### [Pier repairs start in June]({_PIER})\n\n<div class="card">\n\n'
        "March 3, 2031\n\n</div>\n\n"
        f'### [New tide tables for the north channel]({_TIDE})\n\n<div class="card">\n\n'
        "February 12, 2031\n\n</div>"
    )
    titles = [title for _, title, _ in _related(_dump(box))]
    assert titles == ["Pier repairs start in June", "New tide tables for the north channel"]


def test_div_marks_between_a_cards_picture_and_its_headline_keep_the_card() -> None:
    """A converter keeping raw HTML boxes the picture of each card: ``</div>`` before its title.

    The first card's picture and the mark after it come before any link of the box; the marks
    hold no text, so the picture and its headline still make one card.
    """
    cards = [
        f'<div class="text">\n\n[![]()]({url})\n\n</div>\n\n'
        f'### <span class="headline">[{title}]({url})</span>\n\n{day}'
        for url, title, day in (
            (_PIER, "Pier repairs start in June", "March 3, 2031"),
            (_TIDE, "New tide tables for the north channel", "February 12, 2031"),
        )
    ]
    box = "Related Stories\n\n" + "\n\n".join(cards)
    assert _related(_dump(box)) == [
        ("Related Stories", "Pier repairs start in June", _PIER),
        ("Related Stories", "New tide tables for the north channel", _TIDE),
    ]


def test_a_layout_mark_inside_a_cards_link_is_no_title() -> None:
    """``[<div class="card">`` / ``Headline](url)``: the mark holds no words of the card."""
    box = (
        "Related articles\n================\n\n"
        f'[<div class="card">\nPier repairs]({_PIER})\n\n'
        f'[<div class="card">\nTide tables]({_TIDE})'
    )
    titles = [title for _, title, _ in _related(_dump(box))]
    assert titles == ["Pier repairs", "Tide tables"]


@pytest.mark.parametrize(
    "between",
    ["12. März 2024", "</div>", "::: {.card}"],
)
def test_a_line_between_a_card_and_its_summary_lands_in_an_element(between: str) -> None:
    # A teaser's summary is held with its own span: a date or a layout mark between the card's
    # link and the summary was in no element at all.
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n#### Lesenswert\n\n"
        "[Bibliotheken erproben die Nachtöffnung](https://kultur.example/2024/03/nacht)\n"
        "-----------------------------------------------------------------------------\n"
        f"{between}\n"
        "Drei Häuser lassen ihre Leser seit dem Winter bis Mitternacht herein, mit einer Aufsicht "
        "am Eingang und einem Automaten für die Ausleihe, und die ersten Zahlen sind gut.\n\n"
        "[Der Lesegarten hinter dem Rathaus bekommt ein Glasdach](https://kultur.example/2024/01/garten)\n"
        "---------------------------------------------------------------------------------------\n"
    )
    assert_lossless(markdown, newsparse.parse(markdown))


def test_headed_cards_whose_links_were_dropped_keep_their_titles() -> None:
    """A converter that drops links keeps a card's kicker, summary and "read more" line."""
    box = (
        "## You May Also Like\n\n"
        "Harbour Life\n\n"
        "### Night ferry crews ask for a second cabin on the winter boats\n\n"
        "by Mara Quill on March 4, 2031\n\n"
        "The crews of the two night boats wrote to the board about the cold cabins.\n\n"
        "Continue reading\n\n"
        "Harbour Life\n\n"
        "### The lighthouse keeper's cottage opens as a small museum"
    )
    assert _related(_dump(box)) == [
        ("You May Also Like", "Night ferry crews ask for a second cabin on the winter boats", None),
        ("You May Also Like", "The lighthouse keeper's cottage opens as a small museum", None),
    ]


def test_plain_titles_under_kickers_are_read_without_their_links() -> None:
    """Short kicker lines (a section's name) between unlinked titles go with the next title."""
    box = (
        "### Ähnliche Beiträge\n\n"
        "#### Hafen\n\n"
        "Neue Poller für den alten Fischereihafen im Frühjahr\n\n"
        "#### Fähre\n\n"
        "Der Fahrplan der Inselfähre wird im Mai dichter"
    )
    assert _related(_dump(box)) == [
        ("Ähnliche Beiträge", "Neue Poller für den alten Fischereihafen im Frühjahr", None),
        ("Ähnliche Beiträge", "Der Fahrplan der Inselfähre wird im Mai dichter", None),
    ]


def test_a_label_over_the_texts_own_sections_claims_no_box() -> None:
    """Headings with two paragraphs each under a stray label are the text, not unlinked cards."""
    section = (
        "The board met on Tuesday and heard the harbour master's report on the crossings.\n\n"
        "Crossings were cut to four a day in January and the queue reached the square.\n\n"
    )
    box = (
        "Mehr zum Thema\n\n"
        f"## Who pays for the extra crossings in the summer season?\n\n{section}"
        f"## Can the island council refuse a second ferry at the pier?\n\n{section}"
    )
    assert _related(_dump(box)) == []


def test_a_box_that_kept_a_link_is_not_read_as_unlinked_titles() -> None:
    """Under a label, a line with a link ends an unlinked box: its words are not a title."""
    box = (
        "Related Topics\n\n* [Island ferries](/topics/ferries)\n\n"
        "Video playback is not available here"
    )
    assert ("Related Topics", "Video playback is not available here", None) not in _related(
        _dump(box)
    )


def test_a_list_items_link_wrapped_before_its_address_keeps_its_whole_title() -> None:
    """A wrapping converter sets a link's last word, glued to a long address, on the next line."""
    box = (
        "### Related articles\n\n"
        "* [Harbour board votes for a second pier on the\n"
        "  island](https://www.island-courier.example/news/2031/05/harbour-board-votes-second-pier)\n"
        "* [New tide tables for the north\n"
        "  channel](https://www.island-courier.example/news/2031/05/new-tide-tables-north-channel)"
    )
    assert _related(_dump(box)) == [
        (
            "Related articles",
            "Harbour board votes for a second pier on the island",
            "https://www.island-courier.example/news/2031/05/harbour-board-votes-second-pier",
        ),
        (
            "Related articles",
            "New tide tables for the north channel",
            "https://www.island-courier.example/news/2031/05/new-tide-tables-north-channel",
        ),
    ]


def test_a_links_last_word_glued_to_its_address_ends_the_title_with_no_width_measured() -> None:
    """``[Title but its`` / ``word](url`` / ``"attribute")``: the lone word is the title's last.

    A dump whose lines give no wrap width (long addresses everywhere) still breaks a link inside
    its text; the word glued to the address under the link's only line of text ends the title,
    while a "read more" word there is the card's own link text.
    """
    long = "https://www.island-courier.example/news/2031/05/"
    box = (
        "Related articles\n================\n\n"
        "* [![Pier](https://img.example/pier.jpg)](https://img.example/pier)\n"
        f"[Pier repairs start in\nJune]({long}pier-repairs-start\n"
        '"Pier repairs start in June")\n'
        "* [![Tide](https://img.example/tide.jpg)](https://img.example/tide)\n"
        f"[New tide tables for the north\nchannel]({long}new-tide-tables\n"
        '"New tide tables for the north channel")'
    )
    assert [title for _, title, _ in _related(_dump(box))] == [
        "Pier repairs start in June",
        "New tide tables for the north channel",
    ]
    card = "[Harbour board votes for a second pier\nWeiterlesen](/news/second-pier)"
    assert [title for _, title, _ in _related(_dump(f"Related articles\n\n{card}"))] == [
        "Harbour board votes for a second pier"
    ]


def test_a_teaser_whose_summary_and_title_attribute_were_wrapped_is_one_card() -> None:
    """A wrapped summary's lines count as one, and a title attribute wrapped below closes it."""
    box = (
        "[![](/img/pier.jpg)\n\n"
        "Harbour\n\n"
        "### Pier repairs start in June\n\n"
        "The old pier closes for six weeks while the divers replace the oak piles under\n"
        "the landing stage, the board said on Tuesday, and the ferry will use the\n"
        "north quay until the work ends. Read on\n"
        "here.](/news/pier-repairs-start-in-june\n"
        '"Pier repairs start in June")'
    )
    assert _related(_dump(box)) == [(None, "Pier repairs start in June", _PIER)]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # html2text and pandoc wrap a paragraph's link text like any other words
        (
            "Read more: [Harbour board votes for a second pier on the island after\n"
            "a long winter of queues](/news/second-pier)",
            "Read more",
        ),
        (
            "**Lesen Sie auch:** [Harbour board votes for a second pier on the\n"
            "island after a long winter of queues](/news/second-pier)",
            "Lesen Sie auch",
        ),
        (
            "_Lire aussi : [Harbour board votes for a second pier on the island\n"
            "after a long winter of\n"
            "queues](/news/second-pier)_",
            "Lire aussi",
        ),
    ],
)
def test_a_labelled_link_a_wrapping_converter_broke_keeps_its_whole_title(
    line: str, label: str
) -> None:
    """The label's line leaves the link open; the lines down to its close are its title."""
    title = "Harbour board votes for a second pier on the island after a long winter of queues"
    for text in (_dump(line, wrap=True), _dump(line)):
        assert _related(text) == [(label, title, "/news/second-pier")]


@pytest.mark.parametrize(
    "line",
    [
        # the link never closes in the paragraph: the label's line stays what it was
        "Read more: [Harbour board votes for a second pier on the island after\na long winter",
        # another link opens before the first closes
        "Read more: [Harbour board votes for a second\npier [on the island](/a) after](/b)",
    ],
)
def test_a_labelled_link_left_open_takes_no_line_below(line: str) -> None:
    article = newsparse.parse(_dump(line))
    assert [link.span.end_line for link in article.related] == [
        link.span.line for link in article.related
    ]


def test_a_wrapped_list_item_with_emphasis_and_title_attribute_reads_as_the_unwrapped_one() -> None:
    """html2text wraps a list item and indents the lines it broke: the item is still one link.

    The link's text breaks before its address, the title attribute runs on to the next line,
    and the bold around the link closes on a line of its own.
    """
    one_line = (
        "**Auch interessant**\n\n"
        "* **[Harbour board votes for a second pier on the island after a long winter]"
        '(/news/harbour-board-votes-second-pier "Harbour board votes for a second pier")**\n'
        "* **[New tide tables for the north channel](/news/new-tide-tables-north-channel)**\n"
        "* **[Sea]" + "(/news/sea)**"
    )
    wrapped = (
        "**Auch interessant**\n\n"
        "* **[Harbour board votes for a second pier on the island after a long\n"
        "    winter](/news/harbour-board-votes-second-pier\n"
        '    "Harbour board votes for a second pier")\n'
        "    **\n"
        "* **[New tide tables for the north channel](/news/new-tide-tables-north-channel)**\n"
        "* **[Sea]" + "(/news/sea)**"
    )
    expected = [
        (
            "Auch interessant",
            "Harbour board votes for a second pier on the island after a long winter",
            "/news/harbour-board-votes-second-pier",
        ),
        (
            "Auch interessant",
            "New tide tables for the north channel",
            "/news/new-tide-tables-north-channel",
        ),
    ]
    assert _related(_dump(one_line)) == expected
    assert _related(_dump(wrapped, wrap=True)) == expected


def test_a_card_whose_lines_are_its_own_is_not_joined_as_a_wrapped_item() -> None:
    """In an unwrapped dump a list item's kicker line over its headline stays a card's line."""
    box = (
        "Related articles\n================\n\n"
        "* [Harbour\n"
        f"  Pier repairs start in June]({_PIER})\n"
        "* [Harbour\n"
        f"  New tide tables for the north channel]({_TIDE})"
    )
    titles = [title for _, title, _ in _related(_dump(box))]
    assert titles == ["Pier repairs start in June", "New tide tables for the north channel"]


def test_a_setext_headline_inside_a_wrapped_card_keeps_its_underline_out() -> None:
    """``[![](src)`` / ``Title`` / ``-----](url)``: the underline is no word of the title."""
    box = (
        "### You might also like\n\n"
        f"[![](/img/pier.jpg)\n\nPier repairs start in June\n--------------------------]({_PIER})"
        f"\n\n[![](/img/tide.jpg)\n\nNew tide tables for the north channel\n"
        f"-------------------------------------]({_TIDE})"
    )
    titles = [title for _, title, _ in _related(_dump(box, wrap=True))]
    assert titles == ["Pier repairs start in June", "New tide tables for the north channel"]
