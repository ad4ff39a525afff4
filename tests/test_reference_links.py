"""Reference-style links (``[text][1]`` ... ``[1]: url``) read as the same dump with inline links.

pandoc, html2text (``inline_links=False``) and turndown (``linkReferenceStyle``) write a link's
address once, in a definition at the end; the byline, caption, related and dateline rules read
such a dump as they read the one with ``[text](url)``. Every dump here is invented.
"""

from __future__ import annotations

import re

import pytest

from newsparse import Article, parse
from newsparse._inline import References, inline_links, input_position, render, written_inline

from .helpers import assert_lossless

# One story, with links inline: the reading every reference form below must give.
_INLINE = """# Lantern boats light up the old canal

By [Maren Holt](https://canal-post.test/authors/maren-holt)

June 8, 2024

![Paper lanterns drift under the stone bridge](https://canal-post.test/img/lanterns.jpg)

Paper lanterns drift under the stone bridge on Saturday night. Photo: Ruben Aske/Canal Post

The lantern boats returned to the old canal after four years, and the town counted more \
visitors on the quays than at any festival before.

Volunteers folded nine hundred paper lanterns in the library over three weekends, using \
paper from the old print shop on Mill Lane.

## Read more

* [Boat parade moves to Sunday as the river rises](https://canal-post.test/2024/06/boat-parade)
* [Two hundred helpers clear the canal banks of litter](https://canal-post.test/2024/05/cleanup)

Original url: https://canal-post.test/2024/06/08/lantern-boats
"""

_URLS = {
    "author": "https://canal-post.test/authors/maren-holt",
    "picture": "https://canal-post.test/img/lanterns.jpg",
    "parade": "https://canal-post.test/2024/06/boat-parade",
    "cleanup": "https://canal-post.test/2024/05/cleanup",
}


def _referenced(links: dict[str, str], definitions: list[str]) -> str:
    """``_INLINE`` with each of its links written as ``links`` says, the definitions at the end."""
    text = _INLINE
    for key, url in _URLS.items():
        text = re.sub(r"\]\(" + re.escape(url) + r"\)", "]" + links[key], text)
    body, footer = text.split("\nOriginal url:")
    return body + "\n" + "\n".join(definitions) + "\n\nOriginal url:" + footer


# html2text with inline_links=False: numbered labels, definitions indented by three spaces.
_HTML2TEXT = _referenced(
    {"author": "[1]", "picture": "[2]", "parade": "[3]", "cleanup": "[4]"},
    [f"   [{number}]: {url}" for number, url in enumerate(_URLS.values(), 1)],
)
# pandoc --reference-links: numbered, at the end, not indented; a title after the address.
_PANDOC = _referenced(
    {"author": "[1]", "picture": "[2]", "parade": "[3]", "cleanup": "[4]"},
    [f'[{number}]: <{url}> "{key}"' for number, (key, url) in enumerate(_URLS.items(), 1)],
)
# turndown's collapsed and shortcut styles: the link text is the label, matched without case.
_TURNDOWN = _referenced(
    {"author": "[]", "picture": "", "parade": "[]", "cleanup": ""},
    [
        "[maren  holt]: https://canal-post.test/authors/maren-holt",
        "[Paper lanterns drift under the stone bridge]: https://canal-post.test/img/lanterns.jpg",
        "[Boat parade moves to Sunday as the river rises]: "
        "https://canal-post.test/2024/06/boat-parade",
        "[Two hundred helpers clear the canal banks of litter]: "
        "https://canal-post.test/2024/05/cleanup",
        "[Maren Holt]: https://other.test/a-second-definition-loses",
    ],
)


def _reading(article: Article) -> dict[str, object]:
    return {
        "title": article.title,
        "authors": [(a.name, a.url) for a in article.authors],
        "published": [d.published for d in article.datelines],
        "captions": [(c.text, c.credit, c.image_url, c.alt) for c in article.captions],
        "related": [(r.label, r.title, r.url) for r in article.related],
        "body": [block.text for block in article.body],
        "notes": [note.text for note in article.footnotes],
    }


@pytest.mark.parametrize(
    "dump", [_HTML2TEXT, _PANDOC, _TURNDOWN], ids=["html2text", "pandoc", "turndown"]
)
def test_a_dump_with_reference_links_reads_as_the_inline_one(dump: str) -> None:
    inline = _reading(parse(_INLINE))
    assert inline["authors"] == [("Maren Holt", _URLS["author"])]
    assert inline["captions"][0][1] == "Ruben Aske/Canal Post"  # type: ignore[index]
    assert len(inline["related"]) == 2  # type: ignore[arg-type]
    article = parse(dump)
    assert _reading(article) == inline
    assert len(article.definitions) >= 4  # the definition lines are furniture, not text
    assert_lossless(dump, article)


def test_a_byline_glued_to_its_date_names_the_linked_writer() -> None:
    dump = (
        "# Ferry timetable changes in autumn\n\n"
        "14. September 2023, 08:15 · von [Jorin Falk][1]\n\n"
        "Die Fähre fährt ab Oktober nur noch stündlich, teilte die Reederei am Donnerstag mit.\n\n"
        "   [1]: https://inselbote.test/autoren/jorin-falk\n"
    )
    article = parse(dump)
    assert [author.name for author in article.authors] == ["Jorin Falk"]
    assert article.dateline is not None
    assert article.dateline.published is not None


def test_a_linked_picture_and_a_card_closing_on_a_later_line_resolve() -> None:
    refs = References({"2": "https://a.test/pier.jpg", "3": "/pier", "4": "/card"})
    pictured = render("[![The new pier][2]][3]", refs)
    assert [(i.alt, i.url, i.link) for i in pictured.images] == [
        ("The new pier", "https://a.test/pier.jpg", "/pier")
    ]
    assert render("Read the story][4]", refs).links[0].url == "/card"
    assert render("![Pier][9] [Pier][9]", refs).text == "![Pier][9] [Pier][9]"  # undefined


def test_written_inline_keeps_undefined_labels_and_maps_link_ends_back() -> None:
    refs = References({"1": "https://a.test/one two", "x": None})
    markdown = "See [this][1], [that][X] and [sic], not [^1]."
    written, ends = written_inline(markdown, refs)
    assert written == "See [this](<https://a.test/one two>), [that](#) and [sic], not [^1]."
    assert inline_links(markdown, None) == markdown
    first_end = written.index(")") + 1
    assert markdown[: input_position(ends, first_end)] == "See [this][1]"


def test_a_closing_note_reads_its_reference_links_as_text() -> None:
    dump = (
        "# Bridge repairs end early\n\n"
        "The crews finished the deck two weeks early, the council said on Monday, and the bridge "
        "opens to cyclists again on Friday morning after a final check.\n\n"
        "*Correction: an earlier version of this story named the wrong [bridge][5].*\n\n"
        "[5]: https://river-news.test/bridges/north\n"
    )
    notes = parse(dump).footnotes
    assert [note.text for note in notes] == [
        "Correction: an earlier version of this story named the wrong bridge."
    ]
    assert [link.url for link in notes[0].links] == ["https://river-news.test/bridges/north"]


def test_a_line_of_reference_links_splits_at_their_ends_in_the_input() -> None:
    dump = (
        "# Harbour fair opens\n\n"
        "The harbour fair opened on Friday with forty stalls along the north quay, and the "
        "organisers expect more visitors than last year if the weather holds.\n\n"
        "Read more: [Ferry fares rise in spring][1] | [New lights for the old pier][2]\n\n"
        "   [1]: https://quay-news.test/ferry-fares\n"
        "   [2]: https://quay-news.test/pier-lights\n"
    )
    related = parse(dump).related
    assert [(link.title, link.url) for link in related] == [
        ("Ferry fares rise in spring", "https://quay-news.test/ferry-fares"),
        ("New lights for the old pier", "https://quay-news.test/pier-lights"),
    ]
    assert related[0].raw == "Read more: [Ferry fares rise in spring][1]"
    assert related[1].raw == "| [New lights for the old pier][2]"


def test_a_title_written_as_a_reference_link_reads_its_words() -> None:
    dump = (
        "# [Night market returns to the harbour square][1]\n\n"
        "By Tamsin Odell\n\n"
        "Stalls opened again on Friday evening after the square was repaved over the summer.\n\n"
        "  [1]: https://harbour-gazette.test/news/night-market\n"
    )
    assert parse(dump).title == "Night market returns to the harbour square"
    # Brackets with no definition behind them are the headline's own words.
    tagged = dump.replace(
        "# [Night market returns to the harbour square][1]", "# [Video][Live] Night market"
    )
    assert parse(tagged).title == "[Video][Live] Night market"
