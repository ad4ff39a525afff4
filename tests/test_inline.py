"""Inline Markdown to plain text and stand-off links."""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._inline import References, render


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("plain text", "plain text"),
        ("*em* and **strong** and ***both***", "em and strong and both"),
        ("_em_ and __strong__", "em and strong"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        ("**unclosed bold", "unclosed bold"),
        ("5 ** 3 and a**", "5 ** 3 and a"),
        ("an \\*escaped\\* star", "an *escaped* star"),
        # a backslash ending a line is a hard break: a blank, or nothing at the end
        ("first line\\\nsecond line", "first line second line"),
        ("ends in a hard break\\", "ends in a hard break"),
        ("C:\\temp \\ x", "C:\\temp \\ x"),
        ("`code *not em*` here", "code *not em* here"),
        ("x &amp; y &#8217; z", "x & y ’ z"),
        ("a\u00a0b  c\n d", "a b c d"),
        ("![alt](http://img.test/a.png) caption", "caption"),
        ("[a](b" * 3, "[a](b[a](b[a](b"),
        ('**"territorio amigo"**, al', '"territorio amigo", al'),
    ],
)
def test_render_text(markdown: str, text: str) -> None:
    assert render(markdown).text == text


def test_links_index_the_plain_text() -> None:
    result = render("By [AFP](#) and **[Jane Doe](https://x.test/jd)**")
    assert result.text == "By AFP and Jane Doe"
    assert [(link.text, link.url, link.start, link.end) for link in result.links] == [
        ("AFP", None, 3, 6),
        ("Jane Doe", "https://x.test/jd", 11, 19),
    ]


def test_link_with_parentheses_in_url_and_title() -> None:
    result = render('[Foo](https://en.wikipedia.org/wiki/Foo_(bar) "Foo page")')
    assert [(link.text, link.url) for link in result.links] == [
        ("Foo", "https://en.wikipedia.org/wiki/Foo_(bar)")
    ]


def test_autolink_and_link_offsets_survive_whitespace_squashing() -> None:
    result = render("see   [ Katrin  Molde ](#)  and <https://x.test/a>")
    assert result.text == "see Katrin Molde and https://x.test/a"
    for link in result.links:
        assert result.text[link.start : link.end] == link.text
    assert result.links[1].url == "https://x.test/a"


def test_images_are_kept_apart() -> None:
    result = render("![Putin at the Kremlin](https://img.test/p.jpg)")
    assert result.text == ""
    assert [(i.alt, i.url) for i in result.images] == [
        ("Putin at the Kremlin", "https://img.test/p.jpg")
    ]


@given(st.text(alphabet="[]()*_`!<>&\\ ab#\n", max_size=200))
def test_link_offsets_always_point_at_their_text(markdown: str) -> None:
    result = render(markdown)
    for link in result.links:
        assert 0 <= link.start <= link.end <= len(result.text)
        assert result.text[link.start : link.end] == link.text


# -- what the common converters write (issue: body text exact in every dump style) -------------


@pytest.mark.parametrize(
    ("markdown", "text", "links", "images"),
    [
        # markdownify: a picture inside a link; the link leaves no text of its own
        (
            "Look [![Harbour at dawn](https://pix.test/h.jpg)](https://news.test/gallery) here.",
            "Look here.",
            [],
            [("Harbour at dawn", "https://pix.test/h.jpg", "https://news.test/gallery", 5)],
        ),
        # a link whose text holds a picture and words: the words stay the link's text
        (
            "[![](https://pix.test/t.jpg) Ferry timetable changes](/travel/ferry)",
            "Ferry timetable changes",
            [("Ferry timetable changes", "/travel/ferry")],
            [("", "https://pix.test/t.jpg", "/travel/ferry", 0)],
        ),
        # image CDNs put parentheses in the path
        (
            "![Mayor Quill](https://cdn.test/fit-in/600x0/filters:quality(80):fill(white)/q.jpg)",
            "",
            [],
            [
                (
                    "Mayor Quill",
                    "https://cdn.test/fit-in/600x0/filters:quality(80):fill(white)/q.jpg",
                    None,
                    0,
                )
            ],
        ),
        # html2text escapes parentheses inside the URL
        (
            "![Dock](https://img.test/dock\\(2\\).png) The dock reopened.",
            "The dock reopened.",
            [],
            [("Dock", "https://img.test/dock(2).png", None, 0)],
        ),
        # a link title with escaped quotes, and a wrapped one
        (
            '[Weather "now"](/w "The \\"now\\" page") and [maps](/m "wide\n  view")',
            'Weather "now" and maps',
            [('Weather "now"', "/w"), ("maps", "/m")],
            [],
        ),
        # one level of brackets inside a link text
        (
            "[Vote [live] results](/vote)",
            "Vote [live] results",
            [("Vote [live] results", "/vote")],
            [],
        ),
        # a link over two lines of its block (a list item's continuation)
        (
            "[Read the\n  full report](/report)",
            "Read the full report",
            [("Read the full report", "/report")],
            [],
        ),
        # strike-through, and a single tilde that is text
        ("Price ~~12~~ 9 euros, ~3 km away", "Price 12 9 euros, ~3 km away", [], []),
        # emphasis in html2text style and nested
        ("_quiet_ and __loud__ and ***very***", "quiet and loud and very", [], []),
        # inline HTML left in quoted posts: a becomes a link, br a space, span goes
        (
            'Go <a href="https://social.test/tag/otters">#Otters</a><br>now <span class="x">!'
            "</span>",
            "Go #Otters now !",
            [("#Otters", "https://social.test/tag/otters")],
            [],
        ),
        # an <img> tag is a picture; an unknown <tag> and a lone < stay text
        (
            '<img src="/p.png" alt="Pier"> x < y <Ortsname>',
            "x < y <Ortsname>",
            [],
            [("Pier", "/p.png", None, 0)],
        ),
        # a link around pictures with a blank between them leaves no link: it is theirs
        (
            "[![](/p/1.jpg) ![](/p/2.jpg)](/gallery)",
            "",
            [],
            [("", "/p/1.jpg", "/gallery", 0), ("", "/p/2.jpg", "/gallery", 0)],
        ),
        # what cannot be read stays literal, whole
        ("[open bracket without end", "[open bracket without end", [], []),
    ],
)
def test_converters_inline_markup(
    markdown: str,
    text: str,
    links: list[tuple[str, str | None]],
    images: list[tuple[str, str | None, str | None, int]],
) -> None:
    """Every construct reads fully: plain text, its links, and its pictures with their links."""
    result = render(markdown)
    assert result.text == text
    assert [(link.text, link.url) for link in result.links] == links
    assert [(i.alt, i.url, i.link, i.at) for i in result.images] == images


def test_reference_links_resolve_against_definitions() -> None:
    """[text][ref], [text][] and [ref] resolve; an undefined reference stays literal."""
    references = References({"1": "https://ref.test/one", "harbour news": "/harbour"})
    result = render(
        "See [the report][1], [Harbour News][] and [harbour news], not [x][9].", references
    )
    assert result.text == "See the report, Harbour News and harbour news, not [x][9]."
    assert [(link.text, link.url) for link in result.links] == [
        ("the report", "https://ref.test/one"),
        ("Harbour News", "/harbour"),
        ("harbour news", "/harbour"),
    ]
    assert render("[the report][1]").text == "[the report][1]"  # no definitions: literal


@pytest.mark.parametrize(
    ("markdown", "text", "links"),
    [
        # the words before "](url)" end a link that opened in an earlier block
        (
            "Harbour report](/harbour). The council met.",
            "Harbour report. The council met.",
            [("Harbour report", "/harbour")],
        ),
        # after a complete link, a dangling close covers only what follows it
        ("a [b](/b) then c](/c) d", "a b then c d", [("b", "/b"), ("then c", "/c")]),
        # a lone "[" before pictures only opens a link that closes in a later block
        ("[![](/p.jpg)", "", []),
        # a lone "[" before words stays: it may be text
        ("[draft, not final", "[draft, not final", []),
        # addresses with blanks, as converters resolving relative hrefs write them
        (
            "[Ferry times](/search/?q=ferry times)",
            "Ferry times",
            [("Ferry times", "/search/?q=ferry times")],
        ),
    ],
)
def test_links_split_across_blocks_and_loose_addresses(
    markdown: str, text: str, links: list[tuple[str, str]]
) -> None:
    """Converters' broken-up links read as links, never as leftover brackets."""
    result = render(markdown)
    assert result.text == text
    assert [(link.text, link.url) for link in result.links] == links


def test_data_uri_pictures_and_srcset_sources() -> None:
    """A long inline data: picture and a srcset written as the source are pictures, not text."""
    data = "data:image/png;base64," + "QUJD" * 3000
    result = render(f"[![Site logo]({data})](/) ![](/s.jpg 320w, /m.jpg 640w) Menu")
    assert result.text == "Menu"
    assert [(i.alt, (i.url or "")[:10], i.link) for i in result.images] == [
        ("Site logo", "data:image", "/"),
        ("", "/s.jpg", None),  # a srcset's first address
    ]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # html2text puts the space of "<b>Bold </b>" inside the markers
        ("Ask first: **Which boat? **Then book.", "Ask first: Which boat? Then book."),
        # a run with blanks on both sides is no marker
        ("5 ** 3 ** 2", "5 ** 3 ** 2"),
        # bold glued to the next word
        ("**Note:**Prices rose", "Note:Prices rose"),
        # "__" stranded at the end of a block: its partner was in another block
        ("The ferry sails at noon.__", "The ferry sails at noon."),
        # emphasis around a link whose text opens with bold: each pairs on its own side
        ("*Read [**Ida Lund** (Harbour Post)](#) today.*", "Read Ida Lund (Harbour Post) today."),
        # bold crossing a link's end still pairs; a star inside a link's text stays
        ("**[Quay tours**](/t) and **[trans*](/g)** people", "Quay tours and trans* people"),
        # an empty bold (<b></b>) glued between words goes; a censored word keeps its stars
        ("Fares rose.****[**Gulls**](/g) What the f****!", "Fares rose.Gulls What the f****!"),
    ],
)
def test_converter_bold(markdown: str, text: str) -> None:
    """Bold as converters leave it reads as text, never as leftover markers."""
    assert render(markdown).text == text


@pytest.mark.parametrize(
    ("markdown", "text", "links", "images"),
    [
        # a link written inside a link's text (nested anchors): its text stays, the outer wins
        (
            "2/9 [[Report] Tide tables rewritten ([Harbour Desk](desk/harbour), News)](news/tide)",
            "2/9 [Report] Tide tables rewritten (Harbour Desk, News)",
            [("[Report] Tide tables rewritten (Harbour Desk, News)", "news/tide")],
            [],
        ),
        (
            "[Ferry fares\n  By Ola Brink\n  The council voted to...\u00a0[more](#)](#)",
            "Ferry fares By Ola Brink The council voted to... more",
            [("Ferry fares By Ola Brink The council voted to... more", None)],
            [],
        ),
        # an alt text with a bracketed word, after a "[" whose link closes in a later block
        (
            "[![[Video] Gulls at dawn](https://pix.test/g.jpg)",
            "",
            [],
            [("[Video] Gulls at dawn", None)],
        ),
        # a destination cut off at the end of its block
        (
            "* [Lighthouse](https://wiki.test/Lighthouse_(Cape)",
            "* Lighthouse",
            [("Lighthouse", "https://wiki.test/Lighthouse_(Cape)")],
            [],
        ),
        ("![A pier at dusk.](/files/pier.jpg", "", [], [("A pier at dusk.", None)]),
        # what is no address stays text
        ("see [note](b", "see [note](b", [], []),
        # a share link's mailto: address longer than 2,000 characters
        (
            "[e-mail](mailto:?body=" + "word%20" * 400 + ")",
            "e-mail",
            [("e-mail", "mailto:?body=" + "word%20" * 400)],
            [],
        ),
    ],
)
def test_nested_links_bracketed_alts_and_cut_destinations(
    markdown: str, text: str, links: list[tuple[str, str | None]], images: list[tuple[str, str]]
) -> None:
    result = render(markdown)
    assert result.text == text
    assert [(link.text, link.url) for link in result.links] == links
    assert [(image.alt, image.link) for image in result.images] == images


def test_a_lone_bracket_before_a_long_data_picture_leaves_no_text() -> None:
    """A "[" before an inline data: picture longer than the look-ahead bound is no text."""
    result = render("[![Credit X\n](data:image/png;base64," + "QUJD" * 3000 + ")")
    assert result.text == ""
    assert [image.alt for image in result.images] == ["Credit X"]


@pytest.mark.parametrize(
    ("markdown", "text", "links", "images"),
    [
        # html2text: a javascript: call with blanks and escaped parentheses as the destination
        (
            "[ Gallery ](javascript:openGallery\\(812, { full: true }\\); void\\(0\\);) opens",
            "Gallery opens",
            [("Gallery", "javascript:openGallery(812, { full: true }); void(0);")],
            [],
        ),
        # a blank after the parenthesis, and a line break before the closing one
        (
            "[ The harbour at noon (Photo: Ida Lund) ]( https://pix.test/harbour.jpg\n )",
            "The harbour at noon (Photo: Ida Lund)",
            [("The harbour at noon (Photo: Ida Lund)", "https://pix.test/harbour.jpg")],
            [],
        ),
        (
            "Go [here]( https://town.test/ferry ). Then",
            "Go here. Then",
            [("here", "https://town.test/ferry")],
            [],
        ),
        # an address with blanks, parentheses and a title
        (
            '[Timetable](/files/ferry times (2024).pdf "Ferry times")',
            "Timetable",
            [("Timetable", "/files/ferry times (2024).pdf")],
            [],
        ),
        # a srcset written as the source: the first address is the picture's
        (
            "![Quay](https://pix.test/q-320.jpg 320w, https://pix.test/q-640.jpg 640w) Quay",
            "Quay",
            [],
            [("Quay", "https://pix.test/q-320.jpg", None)],
        ),
        # ... inside a link, wrapped onto the next line of its block
        (
            "[![Quay](https://pix.test/q.jpg 1x,\n  https://pix.test/q@2x.jpg 2x)](/quay) Next",
            "Next",
            [],
            [("Quay", "https://pix.test/q.jpg", "/quay")],
        ),
        # ... cut off at the end of its line (a heading or list item the srcset broke)
        ("### ![Quay](/img/q.jpg 1x,", "###", [], [("Quay", "/img/q.jpg", None)]),
        # ... and the rest of it opening the next line leaves no text
        ("https://pix.test/q@2x.jpg 2x) The quay", "The quay", [], []),
        # parentheses deeper than a destination reads: a whole picture, nothing half-read
        ("![Dock](/img/d(((1))).jpg)", "", [], [("Dock", "/img/d(((1))).jpg", None)]),
        # what is no destination stays text, whole
        ('[note](see "below) and more', '[note](see "below) and more', [], []),
        ("[sic](see\nbelow)", "[sic](see below)", [], []),
    ],
)
def test_destinations_with_blanks(
    markdown: str,
    text: str,
    links: list[tuple[str, str | None]],
    images: list[tuple[str, str | None, str | None]],
) -> None:
    """Destinations converters write with blanks, leading blanks or a srcset read as links."""
    result = render(markdown)
    assert result.text == text
    assert [(link.text, link.url) for link in result.links] == links
    assert [(i.alt, i.url, i.link) for i in result.images] == images


# -- generated nested inline Markdown, with the text, links and pictures it must give ----------

_GEN_WORDS = st.text(alphabet="abcdefgh", min_size=1, max_size=8)
# (written, read): plain addresses, parentheses two levels deep, html2text's escaped ones, a
# blank around the address, and a "#" placeholder that reads as no URL.
_GEN_URLS = st.sampled_from(
    [
        ("https://a.test/x", "https://a.test/x"),
        ("/rel/path", "/rel/path"),
        ("#", None),
        ("https://c.test/f:q(80):fill(a(b))/p.jpg", "https://c.test/f:q(80):fill(a(b))/p.jpg"),
        ("https://w.test/A_\\(b\\)", "https://w.test/A_(b)"),
        (" https://s.test/lead ", "https://s.test/lead"),
        ("https://s.test/break\n ", "https://s.test/break"),
        ("<https://s.test/angled>", "https://s.test/angled"),
    ]
)
# Destinations with blanks inside, as converters write them (links and pictures).
_GEN_LOOSE_URLS = st.sampled_from(
    [
        ("/search?q=two words", "/search?q=two words"),
        ("javascript:go\\(1, { a: 2 }\\);", "javascript:go(1, { a: 2 });"),
    ]
)
_GEN_SRCSETS = st.sampled_from(
    [
        ("/p-320.jpg 320w, /p-640.jpg 640w", "/p-320.jpg"),
        ("https://p.test/q.jpg 1x,\n  https://p.test/q2.jpg 2x", "https://p.test/q.jpg"),
    ]
)
_GEN_TITLES = st.sampled_from(["", ' "A title"', " 'Single'", ' "Escaped \\"quote\\""'])

# (Markdown, text, links as (text, url), pictures as (alt, src, link))
_Expected = tuple[str, str, list[tuple[str, str | None]], list[tuple[str, str | None, str | None]]]


@st.composite
def _gen_picture(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """A picture: (Markdown, alt, src)."""
    alt = draw(st.lists(_GEN_WORDS, max_size=3).map(" ".join))
    if draw(st.booleans()):
        written, src = draw(_GEN_URLS)
        return f"![{alt}]({written}{draw(_GEN_TITLES)})", alt, src
    written, src = draw(st.one_of(_GEN_LOOSE_URLS, _GEN_SRCSETS))
    return f"![{alt}]({written})", alt, src


_REF_URL: Final = "https://ref.test/1"
# Reference links resolve against these definitions: "[text][one]", "[Two x][two]".
_GEN_REFERENCES: Final = References({"one": _REF_URL, "two": _REF_URL})


def _plain_piece(kind: str, word: str, mark: str) -> _Expected:
    """A piece with no nesting: (Markdown, text, links, pictures)."""
    if kind == "escape":
        return f"\\{mark}{word}", f"{mark}{word}", [], []
    if kind == "code":
        return f"`{word}*[x](y)`", f"{word}*[x](y)", [], []
    if kind == "html-em":
        return f"<em>{word}</em> <span class='k'>{word}</span>", f"{word} {word}", [], []
    if kind == "br":
        return f"{word}<br>{word}<BR />", f"{word} {word}", [], []
    if kind == "autolink":
        url = f"https://auto.test/{word}"
        return f"<{url}>", url, [(url, url)], []
    if kind == "reference":  # against _GEN_REFERENCES
        form = f"[{word}][one]" if mark in "*_[]#" else f"[Two {word}][two]"
        return form, form[1 : form.index("]")], [(form[1 : form.index("]")], _REF_URL)], []
    if kind == "html-img":
        return f'<img alt="{word}" src="/i/{word}.png">', "", [], [(word, f"/i/{word}.png", None)]
    if kind == "html-a":
        return f'<a href="/tag/{word}">#{word}</a>', f"#{word}", [(f"#{word}", f"/tag/{word}")], []
    return word, word, [], []


@st.composite
def _gen_inline(draw: st.DrawFn, in_link: bool = False, in_emphasis: bool = False) -> _Expected:
    """Nested inline Markdown and what it reads as: (Markdown, text, links, pictures).

    Pieces are joined by blanks: words, escapes, code, inline HTML, emphasis of every kind
    around a nested sequence, pictures, and outside a link's text links around a nested
    sequence (words, emphasis, pictures), linked pictures, autolinks and ``<a href>``.
    """
    kinds = ["word", "escape", "code", "html-em", "br", "picture", "html-img"]
    if not in_emphasis:
        kinds.append("emphasis")
    if not in_link:
        kinds += ["link", "loose-link", "autolink", "html-a", "linked-picture", "reference"]
    pieces: list[_Expected] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(kinds))
        if kind == "picture":
            written, alt, src = draw(_gen_picture())
            pieces.append((written, "", [], [(alt, src, None)]))
        elif kind == "linked-picture":
            written, alt, src = draw(_gen_picture())
            target, url = draw(_GEN_URLS)
            pieces.append((f"[{written}]({target})", "", [], [(alt, src, url)]))
        elif kind == "emphasis":
            mark = draw(st.sampled_from(["*", "_", "**", "__", "***", "~~"]))
            inner, text, links, pictures = draw(_gen_inline(in_link=in_link, in_emphasis=True))
            if not text:  # emphasis around pictures only has no text to hold: none
                mark = ""
            pieces.append((f"{mark}{inner}{mark}", text, links, pictures))
        elif kind in ("link", "loose-link"):
            inner, text, _, pictures = draw(_gen_inline(in_link=True))
            written, url = draw(_GEN_URLS if kind == "link" else _GEN_LOOSE_URLS)
            pieces.append(
                (
                    f"[{inner}]({written})",
                    text,
                    [(text, url)] if text else [],  # a link around pictures only is theirs
                    [(alt, src, url) for alt, src, _ in pictures],
                )
            )
        else:
            mark = draw(st.sampled_from("*_[]#`\\()!<~"))
            pieces.append(_plain_piece(kind, draw(_GEN_WORDS), mark))
    return (
        " ".join(piece[0] for piece in pieces),
        " ".join(piece[1] for piece in pieces if piece[1]),
        [link for piece in pieces for link in piece[2]],
        [picture for piece in pieces for picture in piece[3]],
    )


@given(_gen_inline())
def test_generated_nested_inline_reads_exactly(case: _Expected) -> None:
    """Nested inline Markdown of every construct reads to its words, links and pictures exactly.

    The text holds no link or picture syntax, and each link's text sits in it at its offsets.
    """
    markdown, text, links, pictures = case
    result = render(markdown, _GEN_REFERENCES)
    assert result.text == text
    assert [(link.text, link.url) for link in result.links] == links
    assert [(image.alt, image.url, image.link) for image in result.images] == pictures
    assert "](" not in result.text.replace("*[x](y)", "")  # (code keeps what it holds)
    for link in result.links:
        assert result.text[link.start : link.end] == link.text
    for image in result.images:
        assert 0 <= image.at <= len(result.text)
