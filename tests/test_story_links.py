"""Story links set into the text: a block that is only a link to another article of the site.

Converters keep teaser links a page puts between its paragraphs (``[Title of another
story](/news/title-of-another-story)``, as a paragraph, a list item or a heading). They are no part
of the article: with no label over them they are navigation, under a box's heading they are that
box's related links. Links the text cites (another site, a file, a part of the page) stay body.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BoilerplateKind

from .helpers import assert_lossless

_OPENING = (
    "# Lantern boats return to the quay\n\n"
    "By Odile Fenwick\n\n"
    "The lantern boats leave the old mill at nightfall and drift down to the harbour mouth, "
    "where the crews gather them before the tide turns and carry them back up the quay. Each boat "
    "holds a candle in a paper shade, and the children of the harbour school paint the shades."
)
_CLOSING = (
    "The organisers expect twelve thousand visitors and ask them to come on foot, since the "
    "quay road closes to cars from four in the afternoon until midnight."
)
_FOOTER = "Original url:\n\n<https://www.harbour-post.example/news/lantern-boats-return-2031>"
_STORY = "[Ferry crews vote on the new winter timetable]({url})"
_OWN = "https://www.harbour-post.example/news/ferry-crews-vote-on-winter-timetable"


def _dump(middle: str) -> str:
    return f"{_OPENING}\n\n{middle}\n\n{_CLOSING}\n\n{_FOOTER}\n"


@pytest.mark.parametrize(
    "block",
    [
        _STORY.format(url=_OWN),
        _STORY.format(url="/news/ferry-crews-vote-on-winter-timetable"),
        _STORY.format(url="https://harbour-post.example/2031/05/ferry-crews-vote/"),
        "* " + _STORY.format(url=_OWN),
        "## " + _STORY.format(url=_OWN),
        "**" + _STORY.format(url="/news/ferry-story-48213") + "**",
    ],
)
def test_a_lone_link_to_another_story_of_the_site_is_navigation(block: str) -> None:
    text = _dump(block)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert "winter timetable" not in article.text
    assert [b.kind for b in article.boilerplate] == [BoilerplateKind.NAVIGATION]
    assert article.boilerplate[0].raw == block
    assert not article.related
    assert len(article.body) == 2


@pytest.mark.parametrize(
    "block",
    [
        # A source the text cites: another site.
        _STORY.format(url="https://www.coast-weekly.example/news/ferry-crews-vote-on-timetable"),
        # A file to download, a part of this page, the page itself, a path with no story slug.
        _STORY.format(url="/files/ferry-crews-vote-timetable.pdf"),
        _STORY.format(url="#ferry-crews-vote"),
        _STORY.format(url="https://www.harbour-post.example/news/lantern-boats-return-2031"),
        _STORY.format(url="/desktop/windows/install/"),
        # A topic page, not a story.
        _STORY.format(url="/tag/ferry-crews-and-timetables/"),
        # Too few words for an article's title.
        "[Winter timetable](/news/ferry-crews-vote-on-winter-timetable)",
        # Text beside the link: a sentence of the article.
        "See " + _STORY.format(url=_OWN) + " for the figures.",
    ],
)
def test_a_link_the_text_cites_stays_body(block: str) -> None:
    text = _dump(block)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert "winter timetable" in article.text or "Winter timetable" in article.text
    assert len(article.body) == 3


def test_a_link_a_sentence_introduces_with_a_colon_stays_body() -> None:
    intro = "The full timetable the crews voted on is published on the port's own pages here:"
    text = _dump(f"{intro}\n\n{_STORY.format(url=_OWN)}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert "Ferry crews vote on the new winter timetable" in article.text


def test_a_story_link_under_a_box_heading_is_a_related_link_of_that_box() -> None:
    second = "[Fish market moves to the square while the quay is closed](/news/fish-market-moves)"
    text = _dump(f"**Read on:**\n\n{_STORY.format(url=_OWN)}\n\n{second}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(r.label, r.url) for r in article.related] == [
        ("Read on", _OWN),
        ("Read on", "/news/fish-market-moves"),
    ]
    assert "Read on" not in article.text


def test_a_cards_second_link_to_its_story_is_no_second_related_link() -> None:
    card = f"### {_STORY.format(url=_OWN)}\n\n* [Read more about the ferry crews' vote]({_OWN})"
    text = _dump(f"### Also on the quay\n\n{card}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [r.url for r in article.related] == [_OWN]
    assert "ferry crews' vote" not in article.text


@pytest.mark.parametrize("title", ["Previous story", "Nächster Artikel"])
def test_a_previous_or_next_story_heading_is_no_related_label(title: str) -> None:
    text = _dump(f"### {title}\n\n{_STORY.format(url=_OWN)}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert not article.related
    assert "winter timetable" not in article.text


@pytest.mark.parametrize(
    ("over", "label"),
    [
        ("### You might also want to read these", "You might also want to read these"),
        ("## Das könnte Sie auch noch interessieren", "Das könnte Sie auch noch interessieren"),
        ("### Five to one", "Five to one"),
    ],
)
def test_a_heading_of_up_to_eight_words_names_the_box_under_it(over: str, label: str) -> None:
    second = "[Fish market moves to the square while the quay is closed](/news/fish-market-moves)"
    text = _dump(f"{over}\n\n* {_STORY.format(url=_OWN)}\n* {second}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [r.label for r in article.related] == [label, label]
    assert label not in article.text


def test_headed_cards_under_a_heading_go_on_past_their_summaries_and_dates() -> None:
    """``##### [Title](url)``, a section and summary with its "More..." link, a date: each card.

    The heading over them is no label of the table; the first card's headline shows it names a
    box of cards, which is then read as a labelled box reads them.
    """
    cards = [
        f"##### [{title}]({url})\n\n{section}\nA short summary of the story in a sentence or two "
        f"for the teaser.\n[More...]({url})\n\n{day}"
        for title, url, section, day in (
            ("Ferry crews vote on the new winter timetable", _OWN, "Harbour", "04.12.2031"),
            ("Fish market moves to the square", "/news/fish-market-moves", "Market", "28.11.2031"),
            (
                "Lantern makers open their workshop",
                "/news/lantern-workshop",
                "Crafts",
                "19.11.2031",
            ),
        )
    ]
    text = _dump("#### Stories on the quay\n\n" + "\n\n".join(cards))
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(r.label, r.title) for r in article.related] == [
        ("Stories on the quay", "Ferry crews vote on the new winter timetable"),
        ("Stories on the quay", "Fish market moves to the square"),
        ("Stories on the quay", "Lantern makers open their workshop"),
    ]


@pytest.mark.parametrize(
    "over",
    [
        "### The crews list these reasons for the new winter timetable:",  # ends in a colon
        "**A bold line of far too many words for a box**",  # a plain line: five words at most
    ],
)
def test_a_long_line_over_story_links_names_no_box(over: str) -> None:
    second = "[Fish market moves to the square while the quay is closed](/news/fish-market-moves)"
    text = _dump(f"{over}\n\n* {_STORY.format(url=_OWN)}\n* {second}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    # The line stays body, and with no box named no story link is related.
    assert over.strip("#* ") in article.text
    assert not article.related


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("*More on the harbour works:* " + _STORY.format(url=_OWN), "More on the harbour works"),
        ("**Mehr dazu lesen Sie hier:** " + _STORY.format(url=_OWN), "Mehr dazu lesen Sie hier"),
        ("Also worth a look: " + _STORY.format(url=_OWN), "Also worth a look"),
    ],
)
def test_a_lead_with_a_colon_before_one_story_link_is_its_label(line: str, label: str) -> None:
    text = _dump(line)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(r.label, r.title, r.url) for r in article.related] == [
        (label, "Ferry crews vote on the new winter timetable", _OWN)
    ]
    assert "winter timetable" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        # Another site: a source the text names.
        "More on the harbour works: "
        + _STORY.format(url="https://www.coast-weekly.example/news/ferry-crews-vote"),
        # Words after the link: a sentence of the text.
        "More on the harbour works: " + _STORY.format(url=_OWN) + " on Monday.",
        # A lead of too many words to be a label.
        "More on the harbour works and on the boats the crews took out last winter: "
        + _STORY.format(url=_OWN),
    ],
)
def test_a_link_after_a_colon_that_is_no_teaser_stays_body(line: str) -> None:
    text = _dump(line)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert not article.related
    assert "winter timetable" in article.text


_PICTURE = "[![Lantern boats drifting past the harbour wall at dusk]({src})]({target})"
_SMALL = "https://www.harbour-post.example/media/lantern-boats-640.jpg"


@pytest.mark.parametrize(
    "target",
    [
        "https://www.harbour-post.example/media/lantern-boats-1920.jpg",
        "/media/lantern-boats-1920.JPEG",
        "https://cdn.harbour-post.example/img/lantern-boats.webp?w=2400&q=80",
    ],
)
def test_a_picture_linked_to_its_large_file_is_no_related_link(target: str) -> None:
    # The link shows the picture enlarged; its alt text names the picture, not a story.
    text = _dump(_PICTURE.format(src=_SMALL, target=target))
    article = newsparse.parse(text)
    assert article.related == ()
    shown = [caption.image_url for caption in article.captions]
    shown += [image.src for picture in article.pictures for image in picture.images]
    assert shown == [_SMALL]
    assert_lossless(text, article)


def test_a_picture_linked_to_a_story_is_still_read_as_one() -> None:
    story = "https://www.harbour-post.example/news/lantern-boats-drift-past-the-wall"
    text = _dump(f"### Mehr zum Thema\n\n{_PICTURE.format(src=_SMALL, target=story)}")
    article = newsparse.parse(text)
    assert [(link.title, link.url) for link in article.related] == [
        ("Lantern boats drifting past the harbour wall at dusk", story)
    ]


def _tail_list(urls: list[str]) -> str:
    titles = [
        "Why paper lanterns float for so long on cold water",
        "A short history of candle boats on northern rivers",
    ]
    items = "\n".join(f"* [{title}]({url})" for title, url in zip(titles, urls, strict=True))
    return f"{_OPENING}\n\n{_CLOSING}\n\n{items}\n\n{_FOOTER}\n"


def test_an_unlabelled_list_of_links_to_other_sites_is_no_related_box() -> None:
    # Links the text cites (a wiki, a shop, a video): no box label says they are related stories.
    text = _tail_list(
        ["https://wiki.example.org/Paper_lantern", "https://video.example.com/watch?v=candle"]
    )
    article = newsparse.parse(text)
    assert article.related == ()
    assert_lossless(text, article)


def test_an_unlabelled_list_of_the_sites_own_stories_is_still_related() -> None:
    text = _tail_list(
        [
            "https://www.harbour-post.example/news/why-lanterns-float-so-long",
            "https://news.harbour-post.example/history/candle-boats-on-northern-rivers",
        ]
    )
    assert len(newsparse.parse(text).related) == 2


def test_a_labelled_list_of_links_to_other_sites_stays_related() -> None:
    text = _tail_list(
        ["https://wiki.example.org/Paper_lantern", "https://video.example.com/watch?v=candle"]
    ).replace("* [Why", "Related articles:\n\n* [Why", 1)
    article = newsparse.parse(text)
    assert [link.label for link in article.related] == ["Related articles", "Related articles"]


def test_a_short_site_name_under_a_country_keeps_its_subdomains_its_own() -> None:
    # "hpo.at": a three-letter site under a country, not a country's "co." level.
    text = _tail_list(
        [
            "https://www.hpo.at/news/why-lanterns-float-so-long",
            "https://kultur.hpo.at/history/candle-boats-on-northern-rivers",
        ]
    ).replace(_FOOTER, "Original url: https://www.hpo.at/news/lantern-boats-return")
    assert len(newsparse.parse(text).related) == 2


def _card_list(cards: list[tuple[str, str]], *, picture: bool = True) -> str:
    """Cards after the text, each one link holding a picture (or a number) and a headline."""
    items = [
        (f"* [![{title}]()" if picture else f"* [{number}.") + f"\n\n  #### {title}]({url})"
        for number, (title, url) in enumerate(cards, 1)
    ]
    return f"{_OPENING}\n\n{_CLOSING}\n\n" + "\n".join(items) + f"\n\n{_FOOTER}\n"


_RECIPES = [
    ("Smoked Harbour Mackerel", "/recipes/smoked-harbour-mackerel/4821"),
    ("Lantern Night Gingerbread Boats", "/recipes/lantern-night-gingerbread-boats/4822"),
    ("Quayside Fish Soup", "/recipes/quayside-fish-soup/4823"),
]


def test_pictured_cards_after_the_text_are_related_with_titles_of_three_words() -> None:
    """A recipe's or product's card names it in three words; its picture shows it is a card."""
    text = _card_list(_RECIPES)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(link.title, link.url) for link in article.related] == _RECIPES


def test_numbered_entries_over_two_lines_with_short_titles_are_no_related_box() -> None:
    """With no picture in them (a contents list's ``[1.`` / ``Title](...)``) they stay out."""
    text = _card_list(_RECIPES, picture=False)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.related == ()


def test_a_story_link_item_a_converter_wrapped_is_one_link_over_its_lines() -> None:
    """``* [Title over`` / ``  lines](url)``: the item's own indented line is the link's too.

    A converter that wraps list items breaks the long address (glued to the title's last word)
    onto the item's next line; the story
    link takes that line with it, and no stray word of its title is left as body text.
    """
    items = [
        ("Ferry crews vote on the new winter timetable for the", "islands", "ferry-vote"),
        ("Fish market moves to the square while the quay is", "closed", "fish-market-moves"),
        ("Harbour school paints a thousand lantern", "shades", "lantern-shades"),
    ]
    listed = "\n".join(
        f"* [{head}\n  {tail}](https://www.harbour-post.example/news/{slug}-2031)"
        for head, tail, slug in items
    )
    text = _dump(f"### From the harbour desk\n\n{listed}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(r.label, r.title) for r in article.related] == [
        ("From the harbour desk", f"{head} {tail}") for head, tail, _ in items
    ]
    assert [r.span.end_line - r.span.line for r in article.related] == [3, 1, 1]
    assert not any(block.text.strip() in {"islands", "closed", "shades"} for block in article.body)
