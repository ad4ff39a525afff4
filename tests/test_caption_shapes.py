"""Caption shapes of real dumps, invented text: alt texts that are captions, marked pictures."""

from __future__ import annotations

import textwrap

import pytest

import newsparse
from newsparse._readers.caption import read_credit

_PROSE = (
    "The council met on Tuesday evening and agreed after a long debate to keep the old library "
    "open for two more years while the new building goes up by the river."
)


def _captions(markdown: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for c in newsparse.parse(markdown).captions]


@pytest.mark.parametrize(
    ("picture", "after", "expected"),
    [
        # a credit under the picture: a figure, and its alt text is the caption
        (
            "![Rowers on the lake at dawn before the spring regatta](https://x.test/a.jpg)",
            "Foto: Mara Lindqvist",
            [("Rowers on the lake at dawn before the spring regatta", "Mara Lindqvist")],
        ),
        # an alt written as a statement over a heading: the converter dropped the caption line
        (
            "![The ferry leaves the harbour for the last time this winter.](https://x.test/b.jpg)",
            "## What comes next",
            [("The ferry leaves the harbour for the last time this winter.", None)],
        ),
        # the alt's own credit is split off
        (
            "![Volunteers sort donated coats in the parish hall (Foto: Ida Brenner)](/c.jpg)",
            "© Ida Brenner",
            [("Volunteers sort donated coats in the parish hall", "Ida Brenner")],
        ),
    ],
)
def test_an_alt_text_is_the_caption_of_a_picture_with_no_caption_line(
    picture: str, after: str, expected: list[tuple[str, str | None]]
) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{after}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == expected


@pytest.mark.parametrize(
    "picture",
    [
        # a linked picture: a logo, a banner or a teaser card
        "[![The ferry leaves the harbour for the last time this winter.](/b.jpg)](https://x.test/)",
        # a question or a trailing ellipsis: a teaser's headline
        "![Will the ferry run again next winter?](https://x.test/b.jpg)",
        "![What the harbour master said next...](https://x.test/b.jpg)",
        # too short, or not opening as a sentence (a description for screen readers)
        "![Ferry at dawn.](https://x.test/b.jpg)",
        "![a ferry leaving a harbour on a grey winter morning.](https://x.test/b.jpg)",
        # the story's own title, copied into the alt
        "![Harbour news for the coming winter season.](https://x.test/b.jpg)",
    ],
)
def test_an_alt_text_stays_an_alt_text_without_a_figure_s_signs(picture: str) -> None:
    markdown = f"# Harbour news for the coming winter season.\n\n{_PROSE}\n\n{picture}\n\n## Next\n"
    assert [c.text for c in newsparse.parse(markdown).captions if c.text] == []


@pytest.mark.parametrize(
    ("line", "after", "expected"),
    [
        (
            "Two kittens asleep in a basket (Symbolbild).",
            "",
            ("Two kittens asleep in a basket (Symbolbild).", None),
        ),
        (
            "Players warm up before the cup final in Harbourside. (FILE)",
            "",
            ("Players warm up before the cup final in Harbourside. (FILE)", None),
        ),
        (
            "Kite festival (Archivbild)",
            "Foto: Ole Brandt / Nordbild",
            ("Kite festival (Archivbild)", "Ole Brandt / Nordbild"),
        ),
        ("Mastodon (Screenshot)", "", ("Mastodon (Screenshot)", None)),
    ],
)
def test_a_line_that_names_its_picture_s_kind_is_a_caption(
    line: str, after: str, expected: tuple[str, str | None]
) -> None:
    markdown = (
        f"# Harbour news\n\nBy Jane Doe\n\n{_PROSE}\n\n{line}\n\n{after}\n\n{_PROSE}\n\n{_PROSE}"
    )
    assert _captions(markdown) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "* Open the menu (Screenshot)",  # a list item: the story's steps
        "[Our best pictures of the week (Symbolbild)](https://x.test/gallery)",  # a teaser link
        f"{_PROSE} {_PROSE} (Symbolbild)",  # a paragraph of prose, not a caption's line
    ],
)
def test_a_marker_does_not_make_a_caption_of_a_list_item_or_link(line: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == []


def test_a_caption_under_a_closing_picture_takes_the_credit_line_under_it() -> None:
    markdown = (
        f"# Harbour news\n\nBy Jane Doe\n\n{_PROSE} ![](https://x.test/pump.jpg)\n\n"
        f"More homes heat with pumps.\n\nBild: © Nordlicht/Example Stock\n\n{_PROSE}\n\n{_PROSE}"
    )
    assert _captions(markdown) == [("More homes heat with pumps.", "Nordlicht/Example Stock")]


def test_an_empty_link_between_a_picture_and_its_caption_parts_nothing() -> None:
    # a wiki's zoom link, written with no words, under the picture
    markdown = (
        f"# Harbour news\n\nBy Jane Doe\n\n{_PROSE}\n\n![](https://x.test/mill.png)\n\n"
        f"[](/wiki/File:Mill.png)\n\nThe old mill as drawn in [the atlas](/wiki/Atlas)\n\n{_PROSE}"
    )
    article = newsparse.parse(markdown)
    assert [(c.text, c.image_url) for c in article.captions] == [
        ("The old mill as drawn in the atlas", "https://x.test/mill.png")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a credit label with no colon after the caption's sentence
        (
            "Die Fähre legt am neuen Anleger an. Foto Lene Arvidsen via Bildwerk",
            [("Die Fähre legt am neuen Anleger an.", "Lene Arvidsen via Bildwerk")],
        ),
        (
            "The old mill after the flood. Bild Tomas Wendler",
            [("The old mill after the flood.", "Tomas Wendler")],
        ),
        # "via" names the picture's owner after a label
        (
            "Crews clear the road after the storm. Photo via Harbour County Fire",
            [("Crews clear the road after the storm.", "Harbour County Fire")],
        ),
        # a name in lower case after the label is no credit: the text goes on
        ("Das stand am Ende so in der Zeitung. Bild am Sonntag", []),
    ],
)
def test_a_caption_line_may_end_in_a_label_without_its_colon(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == expected


@pytest.mark.parametrize("note", ["Lesezeit: 4 Minuten", "6 min read", "Reading time: 3 min"])
def test_a_reading_time_under_a_credit_is_no_caption(note: str) -> None:
    # The lead picture's credit stands alone; the reading time under it is the page's.
    markdown = f"# Harbour news\n\n© Mara Lindqvist\n\n{note}\n\n{_PROSE}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert [(c.text, c.credit) for c in article.captions] == [("", "Mara Lindqvist")]
    assert note not in [c.text for c in article.captions]


def test_a_picture_library_written_as_one_word_is_a_credit() -> None:
    markdown = f"# Harbour news\n\nMara Lindqvist/GettyImages\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [("", "Mara Lindqvist/GettyImages")]


def test_a_bold_lead_in_under_a_credit_is_no_caption() -> None:
    # The lead picture's credit stands alone; the bold summary under it is the story's.
    lead = "**Ten rounds are played. What would the table look like without the wrong calls?**"
    markdown = f"# Harbour news\n\n© Mara Lindqvist\n\n{lead}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [("", "Mara Lindqvist")]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a line break inside the caption, the copyright credit closing its last line
        (
            "The rowing club's new boathouse seen from the pier, which reopened   \n"
            "in the spring after two years of work. © Tilde Aranda",
            (
                "The rowing club's new boathouse seen from the pier, which reopened in the "
                "spring after two years of work.",
                "Tilde Aranda",
            ),
        ),
        # a parenthesised credit that the converter broke at its slash
        (
            "The old lighthouse keeps its lamp lit in winter.\n (Odo Varga\n/\nExamplestock.com)",
            ("The old lighthouse keeps its lamp lit in winter.", "Odo Varga / Examplestock.com"),
        ),
        # a bare label over the caption is no caption text; "Foto" before the mark neither
        (
            "Bild:   \nThe logo of the river festival, drawn by pupils. Foto © Kiran Holt",
            ("The logo of the river festival, drawn by pupils.", "Kiran Holt"),
        ),
        # one line over its credit line in the same block, the credit too long to read alone
        (
            "*Members of the harbour board lay a wreath at the old quay*\n"
            "*© Press Office of the Harbour Board of Northtown | Jules Amberly*",
            (
                "Members of the harbour board lay a wreath at the old quay",
                "Press Office of the Harbour Board of Northtown | Jules Amberly",
            ),
        ),
    ],
)
def test_a_caption_broken_over_lines_is_one_caption(
    block: str, expected: tuple[str, str | None]
) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{block}\n\n{_PROSE}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == [expected]
    # every line of the block is the caption's: none is left as a paragraph
    assert [p.text for p in article.body] in ([_PROSE] * 2, [_PROSE] * 3)


@pytest.mark.parametrize(
    "block",
    [
        # a paragraph of prose broken over lines stays text, credit or not
        f"{_PROSE}\nAnd the mayor came too. © Tilde Aranda",
        # a link line under the credit (a download link) leaves the block to the line rules
        "*The old quay*\n*© Tilde Aranda*\n*[High resolution (jpeg, 2 MB)](/quay.jpg)*",
    ],
)
def test_a_broken_block_that_is_no_caption_is_left_alone(block: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{block}\n\n{_PROSE}\n\n{_PROSE}"
    assert all(text != "The old quay And the mayor came too." for text, _ in _captions(markdown))
    assert not any(len(text) > 200 for text, _ in _captions(markdown))


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Titelbild: Odo Varga / Examplestock", "Odo Varga / Examplestock"),
        (
            "Featured image: [Odo Varga](https://x.test/odo) via Examplesplash",
            "Odo Varga via Examplesplash",
        ),
        ("Beitragsbild: Odo Varga", "Odo Varga"),
    ],
)
def test_the_lead_picture_s_credit_takes_no_caption_from_the_lines_beside_it(
    credit: str, expected: str
) -> None:
    # At the foot of the text, under a short closing line and over another: the credit of the
    # picture at the top of the page, not of a picture those lines describe.
    closing = "**Got a story for us? Write to the harbour desk!**"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{closing}\n\n{credit}\n\nSee you soon."
    assert _captions(markdown) == [("", expected)]


def test_the_lead_picture_s_credit_is_not_a_credit_of_a_picture_above_it() -> None:
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/quay.jpg)\n\n"
        "The quay at dawn, before the boats come in.\n\nTitelbild: Odo Varga\n\n"
        f"{_PROSE}"
    )
    assert _captions(markdown) == [
        ("The quay at dawn, before the boats come in.", None),
        ("", "Odo Varga"),
    ]


def test_a_lead_picture_label_is_a_vocabulary_table() -> None:
    from newsparse.vocabulary import Vocabulary

    markdown = f"# Harbour news\n\n{_PROSE}\n\nOpening shot: Odo Varga\n\nSee you soon."
    assert _captions(markdown) == []
    extended = Vocabulary.default().extend(featured_picture_labels=["opening shot"])
    article = newsparse.parse(markdown, vocabulary=extended)
    assert [(c.text, c.credit) for c in article.captions] == [("", "Odo Varga")]


_LONG = (
    "The ferry service ends this winter after forty years, and the harbour board says a new "
    "boat will not come before the spring of next year at the earliest, if the money is found. "
    "Until then the islanders take the bus over the long bridge to the mainland and back."
)


@pytest.mark.parametrize("alt", ["", "Ferry", "The last ferry"])
def test_a_paragraph_of_prose_under_a_picture_is_the_story_not_its_caption(alt: str) -> None:
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![{alt}](https://x.test/f.jpg)\n\n{_LONG}\n\n{_PROSE}"
    )
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert _LONG in [p.text for p in article.body]
    assert [len(p.images) for p in article.pictures] == [1]


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        # the caption repeats the alt text
        (_LONG, (_LONG, None)),
        # it ends in a credit
        (f"{_LONG} Foto: Odo Varga", (_LONG, "Odo Varga")),
        # it is set in emphasis as a whole
        (f"*{_LONG}*", (_LONG, None)),
    ],
)
def test_a_long_caption_under_a_picture_shows_it_is_one(
    under: str, expected: tuple[str, str | None]
) -> None:
    alt = _LONG if under == _LONG else ""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![{alt}](https://x.test/f.jpg)\n\n{under}\n\n{_PROSE}"
    )
    assert _captions(markdown) == [expected]


def test_an_alt_text_with_its_credit_leaves_the_prose_under_it_to_the_story() -> None:
    picture = "![Rowers at dawn before the regatta. (Photo by Odo Varga/Examplestock)](/r.jpg)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{_PROSE}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == [("Rowers at dawn before the regatta.", "Odo Varga/Examplestock")]
    assert [p.text for p in article.body][-2:] == [_PROSE, _PROSE]


def test_an_archive_credit_after_the_caption_is_split_off() -> None:
    line = "La ministra durante la rueda de prensa del lunes. Archivo/El Ejemplo"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [
        ("La ministra durante la rueda de prensa del lunes.", "Archivo/El Ejemplo")
    ]


def test_a_numbered_point_in_bold_is_no_caption() -> None:
    points = "1. **Compare the offers**\n\n2. **Ask the harbour office**\n\n3. **Book early**"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{points}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert "Ask the harbour office" in article.text


def test_a_gallery_counter_over_a_known_credit_stays_a_caption() -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n1/4 **Getty Images**\n\n{_PROSE}"
    assert _captions(markdown) == [("", "Getty Images")]  # the counter is no caption text


@pytest.mark.parametrize("mark", ["|", "–", "/"])
def test_a_by_credit_after_a_bar_or_a_dash_is_split_off(mark: str) -> None:
    line = f"Rowers on the lake before the regatta {mark} Photo by Odo Varga/Examplestock"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](/r.jpg)\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [
        ("Rowers on the lake before the regatta", "Odo Varga/Examplestock")
    ]


@pytest.mark.parametrize(
    ("picture", "label"),
    [
        ("![](/assets/icons/arrow-right.svg)", "Garden Rooms"),  # a menu entry under an icon
        ("![](https://img.test/jobs/logo/quayside-ltd.png)", "Quayside Ropes Ltd"),  # a job card
        ("![Your account](https://pics.test/avatar/3f9a?s=25)", "You are logged in as a guest."),
        ("![](/static/favicons_proxy/shop.png)", "Harbour Outfitters"),  # a shop's favicon
    ],
)
def test_the_label_of_an_icon_a_logo_or_an_avatar_is_no_caption(picture: str, label: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{label}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert label in article.text or label in [b.text for b in article.boilerplate]


def test_a_form_line_under_an_avatar_takes_no_credit_from_the_line_after_it() -> None:
    form = "You are commenting with your Example account.\n( Log out /\n[Change](#) )"
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n![](https://pics.test/avatar/9c1e)\n\n{form}"
    )
    assert _captions(markdown) == []


def test_a_zoom_icon_linked_to_its_figure_keeps_the_caption() -> None:
    zoom = "[![Zoom in](/assets/icons/zoom-in.svg)](/media/quay-crane-720x540.jpg?w=900)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{zoom}\n\nThe new crane on the east quay\n\n{_PROSE}"
    assert _captions(markdown) == [("The new crane on the east quay", None)]


def test_a_story_picture_whose_file_name_holds_a_word_is_still_a_figure() -> None:
    picture = "![](/uploads/silicon-harbour-iconic-view.jpg)"
    line = "The old harbour at dusk. Foto: Mara Lindqvist"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{line}\n\n{_PROSE}"
    assert _captions(markdown) == [("The old harbour at dusk.", "Mara Lindqvist")]


@pytest.mark.parametrize("mark", ["×", "©", "•", "+++"])
def test_a_mark_with_no_words_beside_a_picture_is_no_caption_text(mark: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](/r.jpg)\n{mark}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert mark in "".join(element.raw for element in article.elements())


def test_a_paragraph_after_a_list_of_pictures_is_the_story() -> None:
    pictures = "* ![Flour in a bowl](/a.jpg)\n* ![Oil poured on the flour](/b.jpg)"
    step = "Stir the flour and the salt together until the dough forms a ball."
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{pictures}\n\n{step}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert step in article.text


def test_the_line_under_a_licence_badge_is_no_caption() -> None:
    badge = "[![Licence badge](/img/by-sa-88x31.png)](https://rights.test/licenses/by-sa/4.0/)"
    notice = "The texts of this blog may be shared under the licence named above."
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{badge}\n\n{notice}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert notice in "".join(element.raw for element in article.elements())


_FACTS = (
    "Salons may open again from Monday. Clients who are not vaccinated must bring a test "
    "from the same day, and staff keep a list of every visitor's name. Masks stay on in the "
    "waiting area, and the rules hold until the end of the month at the least."
)


@pytest.mark.parametrize(
    "source",
    [
        "*Quelle: Landesamt für Statistik*",  # under a paragraph
        "Source: City Transport Office (as of 3 March)",
        "Fuente: [Instituto de Vivienda](#)",
    ],
)
def test_a_source_line_under_a_paragraph_is_no_picture_credit(source: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_FACTS}\n\n{source}\n\n## More rules\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert _FACTS in article.text


def test_a_source_in_parentheses_closing_a_paragraph_is_no_picture_credit() -> None:
    paragraph = f"{_FACTS} (Quelle: Radio Nordwest)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{paragraph}\n\n{_PROSE}"
    assert _captions(markdown) == []


def test_a_source_line_under_a_table_is_no_picture_credit() -> None:
    table = "| year | visitors |\n| --- | --- |\n| 2019 | 1.2 m |\n| 2020 | 0.8 m |"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{table}\n\nQuelle: Hafenamt Nordstadt\n\n{_PROSE}"
    assert _captions(markdown) == []


@pytest.mark.parametrize(
    ("over", "source", "expected"),
    [
        # a picture line over it
        (
            "![](https://x.test/pier.jpg)\n\nThe old pier at low tide.",
            "Quelle: Hafenamt Nordstadt",
            [("The old pier at low tide.", "Hafenamt Nordstadt")],
        ),
        # caption text over it, the picture dropped
        ("The old pier at low tide.", "Source: Harbour Archive", None),
        # a picture agency or a photographer and owner in the source
        (_FACTS, "Quelle: dpa", None),
        (_FACTS, "(Quelle: Lindqvist/Harbour Archive)", None),
    ],
)
def test_a_source_label_with_picture_evidence_stays_a_credit(
    over: str, source: str, expected: list[tuple[str, str | None]] | None
) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{over}\n\n{source}\n\n{_PROSE}"
    captions = _captions(markdown)
    assert captions, markdown
    if expected is not None:
        assert captions == expected


def test_a_source_label_over_its_caption_line_stays_a_credit() -> None:
    # a gallery's order: the credit first, the caption under it, the picture dropped
    under = "Quelle: Mara Lindqvist\n\nThe old pier at low tide."
    markdown = f"# Harbour news\n\n{_FACTS}\n\n{under}\n\n## More rules\n\n{_PROSE}"
    assert _captions(markdown) == [("The old pier at low tide.", "Mara Lindqvist")]


@pytest.mark.parametrize(
    "point",
    [
        '**7.** "Walk to work once a week, and leave the phone at home." **Coach Mara Lindqvist**',
        '12. "Drink a glass of water before the first coffee." **Nurse Ida Brenner (@idab)**',
    ],
)
def test_a_numbered_tip_quoting_someone_is_no_caption(point: str) -> None:
    # A list of tips, each quoting a person named in bold: the name is the quote's speaker.
    markdown = f"# Tips for the winter\n\n{_PROSE}\n\n{point}\n\n{_PROSE}"
    assert _captions(markdown) == []


def test_a_numbered_gallery_picture_keeps_its_agency_credit() -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n3. The pier at dawn. **Reuters**\n\n{_PROSE}"
    assert _captions(markdown) == [("3. The pier at dawn.", "Reuters")]


def test_a_bare_credit_label_takes_no_label_line_as_its_name() -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\nBildquelle:\n\nOriginal url:"
    assert all(credit != "Original url:" for _, credit in _captions(markdown))


@pytest.mark.parametrize("alt", ["Gravatar", "Logo", "Icon"])
def test_a_picture_whose_alt_names_it_furniture_has_no_caption(alt: str) -> None:
    # A comment form's avatar with its address left to a script: the form line is no caption.
    form = f"[![{alt}]()](https://avatars.example/signup/)\n\nE-mail (required, never shown)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{form}\n\nName (required)"
    assert all(text != "E-mail (required, never shown)" for text, _ in _captions(markdown))


def test_a_picture_whose_alt_describes_it_keeps_its_caption() -> None:
    figure = "![A logo painted on the harbour wall](https://x.test/wall.jpg)\n\nThe new mural."
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert ("The new mural.", None) in _captions(markdown)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Fot. Janina Wrzos / Agencja Przykład", "Janina Wrzos / Agencja Przykład"),
        ("fot. Janina Wrzos", "Janina Wrzos"),
    ],
)
def test_an_abbreviated_credit_label_under_a_picture(line: str, credit: str) -> None:
    picture = f"![](https://x.test/p.jpg)\n\n{line}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n## What comes next\n\n{_PROSE}"
    assert _captions(markdown) == [("", credit)]


def test_an_abbreviation_that_is_no_credit_label_stays_text() -> None:
    assert newsparse.parse_caption("Fot. Janina Wrzos").credit == "Janina Wrzos"
    with pytest.raises(newsparse.ParseError):
        newsparse.parse_caption("Dr. Janina Wrzos")


def test_a_teaser_kicker_under_a_picture_is_no_caption() -> None:
    card = (
        "![](https://x.test/card.jpg)\n\nGardening\n\n[Ten bulbs to plant before the frost](/bulbs)"
    )
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{card}\n\n{_PROSE}"
    assert all(text != "Gardening" for text, _ in _captions(markdown))


@pytest.mark.parametrize("number", ["57", "17:42", "12/03"])
def test_a_number_alone_under_a_picture_is_no_caption(number: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/n.jpg)\n\n{number}\n\n{_PROSE}"
    assert all(text != number for text, _ in _captions(markdown))


def test_a_one_word_caption_with_a_credit_or_alone_stays_a_caption() -> None:
    credited = "![](https://x.test/h.jpg)\n\nHarbour\n\nFoto: Mara Lindqvist"
    named = "![](https://x.test/p.jpg)\n\nStormlight"
    for figure, expected in (
        (credited, ("Harbour", "Mara Lindqvist")),
        (named, ("Stormlight", None)),
    ):
        markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
        assert expected in _captions(markdown)


@pytest.mark.parametrize("figures", ["12,50 €", "$ 7.99", "61 : 48", "3 – 1"])
def test_a_price_or_a_score_under_a_picture_is_no_caption(figures: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/n.jpg)\n\n{figures}\n\n{_PROSE}"
    assert all(text != figures for text, _ in _captions(markdown))


def test_a_name_of_initials_under_a_picture_stays_a_caption() -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/n.jpg)\n\nK & B\n\n{_PROSE}"
    assert ("K & B", None) in _captions(markdown)


@pytest.mark.parametrize(
    "notice",
    [
        "© 2021 Harbourside Media GmbH",
        "Copyright 2001 - 2022 by Harbourside Media",
        "© 1998–2023 harbourside.example",
    ],
)
def test_a_copyright_notice_that_opens_with_a_year_is_no_credit(notice: str) -> None:
    assert not newsparse.parse(f"# Harbour news\n\n{_PROSE}\n\n{notice}\n").captions
    with pytest.raises(newsparse.ParseError):
        newsparse.parse_caption(notice)


def test_a_credit_that_names_its_owner_before_a_year_stays_a_credit() -> None:
    assert newsparse.parse_caption("© Mara Lindqvist 2019").credit == "Mara Lindqvist 2019"
    caption = newsparse.parse_caption("The pier at dawn. © Mara Lindqvist")
    assert (caption.text, caption.credit) == ("The pier at dawn.", "Mara Lindqvist")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Fotocredit: Mara Lindqvist", "Mara Lindqvist"),
        ("Bildcredit: (c) odo varga - stockbank.example", "odo varga - stockbank.example"),
        ("Foto: (C) Mara Lindqvist", "Mara Lindqvist"),
    ],
)
def test_a_german_credit_label_and_a_copyright_mark_after_it(line: str, credit: str) -> None:
    assert newsparse.parse_caption(line).credit == credit


@pytest.mark.parametrize("counter", ["3/14", "3 / 14", "3/14 Fotos", "3/14 photos"])
def test_a_gallery_counter_over_a_credit_is_no_caption_text(counter: str) -> None:
    slide = f"![](https://x.test/s3.jpg)\n\n{counter}\n© Mara Lindqvist"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{slide}\n\n{_PROSE}"
    assert _captions(markdown) == [("", "Mara Lindqvist")]


def test_a_caption_that_opens_with_a_fraction_keeps_its_words() -> None:
    line = "3/4 of the harbour froze overnight. © Mara Lindqvist"
    assert _captions(f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}") == [
        ("3/4 of the harbour froze overnight.", "Mara Lindqvist")
    ]


@pytest.mark.parametrize("under", [_PROSE, "* Flour\n* Water", "## Baking"])
def test_a_bold_subheading_under_a_picture_is_no_caption(under: str) -> None:
    figure = "![](https://x.test/dough.jpg)\n\n**Kneading the dough**"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{under}\n\n{_PROSE}"
    assert all(text != "Kneading the dough" for text, _ in _captions(markdown))
    assert "Kneading the dough" in newsparse.parse(markdown).text


@pytest.mark.parametrize(
    "bold",
    [
        # a sentence, two sentences, or a credit: a caption set in bold
        "**The dough rests under a cloth.**",
        "**Figure 2. The dough after an hour**",
        "**The dough after an hour © Mara Lindqvist**",
        # more words than a subheading has
        "**The baker and her two apprentices knead the dough for the morning rolls**",
    ],
)
def test_a_caption_set_in_bold_stays_a_caption(bold: str) -> None:
    figure = f"![](https://x.test/dough.jpg)\n\n{bold}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}\n\n{_PROSE}"
    assert [text for text, _ in _captions(markdown) if text]


def test_a_teaser_kicker_of_a_few_words_under_a_picture_is_no_caption() -> None:
    card = (
        "![](https://x.test/card.jpg)\n\nIdeas for the garden\n\n[Ten bulbs to plant now](/bulbs)"
    )
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{card}\n\n{_PROSE}"
    assert all(text != "Ideas for the garden" for text, _ in _captions(markdown))


@pytest.mark.parametrize(
    ("picture", "under"),
    [
        # the picture's title repeats the words: they are its caption
        ('![](https://x.test/p.jpg "Ida Marsk")', "Ida Marsk"),
        # a sentence is a caption, with a link after it or not
        ("![](https://x.test/p.jpg)", "Ida Marsk on the pier."),
    ],
)
def test_a_caption_over_a_link_stays_a_caption(picture: str, under: str) -> None:
    figure = f"{picture}\n\n{under}\n\n[Full results](https://x.test/results.pdf)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert (under, None) in _captions(markdown)


@pytest.mark.parametrize(
    "trail",
    [
        "[Home](/) » [Garden](/garden/) » Ten bulbs to plant now",
        "[Start](/) » [Living](/living/) » **Ten bulbs to plant now**",
        "[Harbour Post](/) > [Town](/town/) > [Events](/town/events/) > Ten bulbs to plant now",
    ],
)
@pytest.mark.parametrize("picture", ["", "![](https://x.test/logo.jpg)\n\n"])
def test_a_navigation_trail_is_no_caption(trail: str, picture: str) -> None:
    markdown = f"# Ten bulbs to plant now\n\n{picture}{trail}\n\n{_PROSE}\n\n{_PROSE}"
    assert all("Garden" not in text and "Living" not in text for text, _ in _captions(markdown))
    assert all("Events" not in text for text, _ in _captions(markdown))


@pytest.mark.parametrize(
    "prompt",
    [
        "Zum Rezept bitte hier klicken",
        "Click here to order the cookbook!",
        "Pour écouter l'entretien, cliquez sur l'icône.",
    ],
)
def test_a_prompt_to_click_under_a_picture_is_no_caption(prompt: str) -> None:
    figure = f"![](https://x.test/p.jpg)\n\n{prompt}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert all(text != prompt for text, _ in _captions(markdown))


def test_a_long_caption_that_says_a_click_enlarges_stays_a_caption() -> None:
    caption = (
        "Abb. 2: Water levels at the old pier from May to July, measured every hour by the "
        "harbour office. A click opens the chart in full size."
    )
    figure = f"![](https://x.test/chart.png)\n\n{caption}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert [text for text, _ in _captions(markdown)] == [caption]


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright © 2019. All Rights Reserved.",
        "© 2021 | Harbour Notes | Ida Marsk",
        "1998-2022 \u00a0—\u00a0Harbour Friends Association",
        "(c) 2020 Harbour Notes",
    ],
)
def test_a_site_notice_under_a_picture_is_no_caption(notice: str) -> None:
    # the page's foot: a teaser's picture, the site's notice, the post's categories
    footer = (
        "* [Ten bulbs to plant now](/bulbs)\n\n  [![](https://x.test/b.jpg)](/walks)\n\n"
        f"{notice}\n\n  Posted in: [Garden](/garden)\n\n### Friends\n\n* [Ida, Oslo](/ida)"
    )
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{footer}"
    assert all("Harbour" not in text and "Rights" not in text for text, _ in _captions(markdown))


@pytest.mark.parametrize(
    "caption", ["1989: Crowds at the harbour wall.", "1914-1918: The pier in the war years."]
)
def test_a_caption_that_opens_with_a_year_stays_a_caption(caption: str) -> None:
    figure = f"![](https://x.test/p.jpg)\n\n{caption}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert (caption, None) in _captions(markdown)


@pytest.mark.parametrize(
    ("lines", "text", "credit"),
    [
        (
            "The stoat in its white winter coat.\n (Ida Marsk\n/\nHarbour Images)",
            "The stoat in its white winter coat.",
            "Ida Marsk / Harbour Images",
        ),
        ("harbour\n/\nShutterStock", "harbour", "ShutterStock"),
        (
            "Two rowers at dawn, the lake still,\nthe town asleep. © Ida Marsk",
            "Two rowers at dawn, the lake still, the town asleep.",
            "Ida Marsk",
        ),
    ],
)
def test_a_caption_broken_over_lines_under_a_picture_keeps_its_credit(
    lines: str, text: str, credit: str
) -> None:
    figure = f"![](https://x.test/p.jpg)\n\n{lines}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert _captions(markdown) == [(text, credit)]


@pytest.mark.parametrize(
    "form",
    [
        "Du kommentierst mit Deinem Google-Konto. \n( Abmelden / \n[Ändern](#) )",
        "You are commenting using your Example account. \n( Log Out / \n[Change](#) )",
    ],
)
def test_the_comment_form_under_an_avatar_is_no_caption(form: str) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n![Google Foto]()\n\n{form}\n"
    assert _captions(markdown) == []


def test_a_caption_with_an_arrow_in_it_stays_a_caption() -> None:
    figure = "![](https://x.test/p.jpg)\n\nThe ferry route: [Oldport](/o) > [Newport](/n)."
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}"
    assert ("The ferry route: Oldport > Newport.", None) in _captions(markdown)


# -- credits split off a caption line, in each dump style (issue 19's named shapes) ------------

# (caption line, caption text, credit): a caption whose credit follows a bar, a slash, a
# sentence or a label of the language's press; names with initials, and credits of two parts.
_CREDITED_LINES = [
    # a bar or a slash sets a photographer's credit off the caption
    (
        "Rowers on the lake before the regatta | Tove Ahlgren/AFP",
        "Rowers on the lake before the regatta",
        "Tove Ahlgren/AFP",
    ),
    (
        "Rowers on the lake before the regatta. | Tove Ahlgren/AFP",
        "Rowers on the lake before the regatta.",
        "Tove Ahlgren/AFP",
    ),
    (
        "Rowers on the lake before the regatta / Tove Ahlgren/AFP",
        "Rowers on the lake before the regatta",
        "Tove Ahlgren/AFP",
    ),
    ("Mila Oranen / Rasmus Veldt/Getty Images", "Mila Oranen", "Rasmus Veldt/Getty Images"),
    # an initial is no sentence end, in every credit style
    (
        "Rowers on the lake on Sunday. Photo by Odo K. Varga /AP",
        "Rowers on the lake on Sunday.",
        "Odo K. Varga /AP",
    ),
    (
        "Rowers on the lake on Sunday (Photo by Odo K. Varga/Getty Images)",
        "Rowers on the lake on Sunday",
        "Odo K. Varga/Getty Images",
    ),
    (
        "Rowers on the lake on Sunday. Photo: Odo K. Varga",
        "Rowers on the lake on Sunday.",
        "Odo K. Varga",
    ),
    (
        "Remadores no lago no domingo. Foto: Odo K. Varga/Agência Exemplo",
        "Remadores no lago no domingo.",
        "Odo K. Varga/Agência Exemplo",
    ),
    (
        "Des rameurs sur le lac dimanche. Crédit photo : Odo K. Varga",
        "Des rameurs sur le lac dimanche.",
        "Odo K. Varga",
    ),
    (
        "Rowers on the lake on Sunday. Odo K. Varga/AP",
        "Rowers on the lake on Sunday.",
        "Odo K. Varga/AP",
    ),
    # several names stay one credit
    (
        "Ruderer auf dem See am Sonntag. Rasmus Veldt/dpa",
        "Ruderer auf dem See am Sonntag.",
        "Rasmus Veldt/dpa",
    ),
    (
        "Rowers on the lake on Sunday. Reuters/Mila Oranen",
        "Rowers on the lake on Sunday.",
        "Reuters/Mila Oranen",
    ),
    (
        "Remeros en el lago el domingo. EFE/Nerea Ibarzábal",
        "Remeros en el lago el domingo.",
        "EFE/Nerea Ibarzábal",
    ),
    # the credit labels of each language's press
    (
        "Soutajat järvellä sunnuntaina. Kuva: Mila Oranen",
        "Soutajat järvellä sunnuntaina.",
        "Mila Oranen",
    ),
    (
        "Roeiers op het meer op zondag. Beeld: Joris Veldt",
        "Roeiers op het meer op zondag.",
        "Joris Veldt",
    ),
    (
        "Roeiers op het meer op zondag. Foto: Joris Veldt/ANP",
        "Roeiers op het meer op zondag.",
        "Joris Veldt/ANP",
    ),
    (
        "Canottieri sul lago domenica. Foto di Lia Brenta",
        "Canottieri sul lago domenica.",
        "Lia Brenta",
    ),
    (
        "Remeros en el lago el domingo. Fotografía: Nerea Ibarzábal",
        "Remeros en el lago el domingo.",
        "Nerea Ibarzábal",
    ),
    (
        "Remadores no lago no domingo. Crédito: Odo Varga",
        "Remadores no lago no domingo.",
        "Odo Varga",
    ),
    ("Wioślarze na jeziorze / autor: Janina Wrzos", "Wioślarze na jeziorze", "Janina Wrzos"),
]


@pytest.mark.parametrize(("line", "text", "credit"), _CREDITED_LINES)
@pytest.mark.parametrize("style", ["picture", "bare", "italic"])
def test_a_caption_line_splits_into_its_text_and_its_credit(
    line: str, text: str, credit: str, style: str
) -> None:
    # a picture line over the caption (converters that keep pictures), the bare line between
    # paragraphs (pictures dropped), and html2text's italic caption under its picture
    block = {
        "picture": f"![](https://x.test/r.jpg)\n\n{line}",
        "bare": line,
        "italic": f"![](https://x.test/r.jpg)\n\n_{line}_",
    }[style]
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{block}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [(text, credit)]


@pytest.mark.parametrize(
    "credit",
    [
        "Tove Ahlgren / AFP",
        "Tove Ahlgren / AFP/Getty Images",
        "picture alliance / dpa/Tove Ahlgren",
        "Ana de la Torre/EFE",
        "Rasmus Veldt/dpa",
    ],
)
def test_a_credit_of_names_and_agencies_stays_whole(credit: str) -> None:
    assert read_credit(credit) == credit


@pytest.mark.parametrize(
    "line",
    [
        "Rowers on the lake / AFP",
        "Rowers on the lake / Tove Ahlgren/AFP",
        "Ida Marsk / Jo Park/AFP",
    ],
)
def test_caption_words_before_a_slash_are_no_credit(line: str) -> None:
    # lower-case words are no name, and a whole credit after the slash leaves the words before
    # it to the caption
    assert read_credit(line) is None


def test_a_byline_with_a_slavic_author_label_stays_a_byline() -> None:
    # "autor:" credits a picture only after a caption and its slash
    markdown = f"# Harbour news\n\nAutor: Janina Wrzos\n\n{_PROSE}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert [a.name for a in article.authors] == ["Janina Wrzos"]
    assert _captions(markdown) == []


@pytest.mark.parametrize(
    ("credit", "parts"),
    [
        ("Rasmus Veldt/dpa", ("Rasmus Veldt", "dpa")),
        ("Reuters/Mila Oranen", ("Reuters", "Mila Oranen")),
        ("EFE/Nerea Ibarzábal", ("EFE", "Nerea Ibarzábal")),
        ("Tove Ahlgren / AFP via Getty Images", ("Tove Ahlgren", "AFP", "Getty Images")),
        ("Photo: Odo K. Varga", ("Odo K. Varga",)),
    ],
)
def test_a_credit_of_several_names_keeps_its_parts(credit: str, parts: tuple[str, ...]) -> None:
    line = f"Rowers on the lake on Sunday. {credit}"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/r.jpg)\n\n{line}\n\n{_PROSE}"
    (caption,) = newsparse.parse(markdown).captions
    assert caption.credit == credit.removeprefix("Photo: ")  # one credit, whole
    assert caption.credit_parts == parts


def test_a_caption_without_a_credit_has_no_credit_parts() -> None:
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/r.jpg)\n\nRowers at dawn.\n\n{_PROSE}"
    )
    assert [c.credit_parts for c in newsparse.parse(markdown).captions] == [()]


@pytest.mark.parametrize(
    ("alt", "text", "credit"),
    [
        (
            "Rowers on the lake at dawn on Sunday (Photo by Odo K. Varga/Getty Images)",
            "Rowers on the lake at dawn on Sunday",
            "Odo K. Varga/Getty Images",
        ),
        (
            "Rowers on the lake at dawn on Sunday. Photo by Odo K. Varga /AP",
            "Rowers on the lake at dawn on Sunday.",
            "Odo K. Varga /AP",
        ),
        (
            "Remadores no lago ao amanhecer no domingo. Foto: Odo K. Varga/Agência Exemplo",
            "Remadores no lago ao amanhecer no domingo.",
            "Odo K. Varga/Agência Exemplo",
        ),
        (
            "Des rameurs sur le lac à l'aube dimanche. Crédit photo : Odo K. Varga",
            "Des rameurs sur le lac à l'aube dimanche.",
            "Odo K. Varga",
        ),
        (
            "Rowers on the lake at dawn on Sunday | Tove Ahlgren/AFP",
            "Rowers on the lake at dawn on Sunday",
            "Tove Ahlgren/AFP",
        ),
    ],
)
def test_an_alt_text_caption_splits_at_its_credit_not_at_an_initial(
    alt: str, text: str, credit: str
) -> None:
    # a picture whose caption is only in its alt text (the converter dropped the caption line)
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![{alt}](https://x.test/r.jpg)\n\n{_PROSE}\n\n{_PROSE}"
    )
    assert _captions(markdown) == [(text, credit)]


def test_a_parenthesised_by_credit_on_its_own_line_gives_the_name_only() -> None:
    assert read_credit("(Photo by Odo K. Varga/Getty Images)") == "Odo K. Varga/Getty Images"
    assert read_credit("(Foto di Lia Brenta/Example)") == "Lia Brenta/Example"


_BOLD_LEAD = (
    "The island's last ferry makes its final crossing this winter, and the harbour board has "
    "no boat to follow it before spring."
)


@pytest.mark.parametrize(
    "header",
    [
        # markdownify: an ATX title, a byline and a date, the lead picture
        "# Last ferry leaves Northtown\n\nBy Mara Lindqvist\n\n3 May 2024\n\n"
        "![](https://x.test/ferry.jpg)",
        # markdownify: a setext title, the picture carrying an alt text of a few words
        "Last ferry leaves Northtown\n===========================\n\n"
        "![Ferry](https://x.test/ferry.jpg)",
        # html2text: the title with the site's name, the picture right under it
        "# Last ferry leaves Northtown - Harbour Post\n\n![](https://x.test/ferry-678x381.jpg)",
        # a picture that links to its large version
        "# Last ferry leaves Northtown\n\n[![](https://x.test/s.jpg)](https://x.test/l.jpg)",
    ],
)
def test_a_bold_lead_under_the_lead_picture_is_the_standfirst(header: str) -> None:
    markdown = f"{header}\n\n**{_BOLD_LEAD}**\n\n{_LONG}\n\n{_PROSE}"
    article = newsparse.parse(markdown)
    assert _captions(markdown) == []
    assert article.standfirst is not None
    assert article.standfirst.text == _BOLD_LEAD
    assert [len(p.images) for p in article.pictures] == [1]


@pytest.mark.parametrize(
    ("alt", "extra"),
    [
        # an alt of a few words over a long line, as over any paragraph of the story
        (
            "Passengers wave from the deck of the old ferry",
            " The islanders will take the bus over the long bridge to the mainland until then, "
            "and the school sets its hours by the timetable.",
        ),
        # an alt written as a statement, on a picture that links nowhere
        ("Passengers wave from the deck of the old ferry.", ""),
    ],
)
def test_a_bold_lead_leaves_the_lead_picture_its_alt_text_caption(alt: str, extra: str) -> None:
    lead = f"{_BOLD_LEAD}{extra}"
    markdown = (
        f"# Last ferry leaves Northtown\n\n![{alt}](https://x.test/ferry.jpg)\n\n"
        f"**{lead}**\n\n{_LONG}\n\n{_PROSE}"
    )
    article = newsparse.parse(markdown)
    assert _captions(markdown) == [(alt, None)]
    assert article.standfirst is not None
    assert article.standfirst.text == lead


@pytest.mark.parametrize(
    ("above", "bold", "under"),
    [
        # a bold caption with its credit
        ("", f"**{_BOLD_LEAD[:-1]} Foto: Odo Varga**", _LONG),
        # words that trail off, no sentence end: a caption, not a summary
        ("", f"**{_BOLD_LEAD[:-1]}**", _LONG),
        # under a picture lower in the story, past the header
        (f"{_LONG}\n\n{_PROSE}\n\n", f"**{_BOLD_LEAD}**", _PROSE),
        # under a second picture
        ("![](https://x.test/pier.jpg)\n\n", f"**{_BOLD_LEAD}**", _PROSE),
        # after the standfirst: the story has one
        (f"{_LONG}\n\n", f"**{_BOLD_LEAD}**", _PROSE),
        # no paragraph of the text under it
        ("", f"**{_BOLD_LEAD}**", "## What comes next"),
    ],
)
def test_a_bold_sentence_under_a_picture_elsewhere_stays_its_caption(
    above: str, bold: str, under: str
) -> None:
    markdown = (
        f"# Last ferry leaves Northtown\n\n{above}![](https://x.test/ferry.jpg)\n\n"
        f"{bold}\n\n{under}\n\n{_PROSE}"
    )
    assert [text for text, _ in _captions(markdown) if text]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a caption with no full stop, its labelled credit after a space
        (
            "Lantern makers at the autumn fair Foto: Odile Marchetti",
            ("Lantern makers at the autumn fair", "Odile Marchetti"),
        ),
        (
            "Lantern makers at the autumn fair Photo: Odile Marchetti/Example Press",
            ("Lantern makers at the autumn fair", "Odile Marchetti/Example Press"),
        ),
        # the converter glued the credit's element to the caption's last word
        (
            "Lantern makers at the autumn fairFoto: Odile Marchetti",
            ("Lantern makers at the autumn fair", "Odile Marchetti"),
        ),
        # a semicolon sets the credit off; a copyright mark after the label adds nothing
        (
            "Lantern makers at the autumn fair; Bild: © Odile Marchetti",
            ("Lantern makers at the autumn fair", "Odile Marchetti"),
        ),
        # a label inside an emphasised credit is no part of it
        (
            "*Lantern makers at the autumn fair.* *Foto: Odile Marchetti*",
            ("Lantern makers at the autumn fair.", "Odile Marchetti"),
        ),
    ],
)
def test_a_labelled_credit_after_a_caption_without_a_full_stop(
    line: str, expected: tuple[str, str]
) -> None:
    """A credit after a caption with no sentence end between them is split off the text."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the words after the label are a phrase, not names
        ("Our reporters went along Video: Watch the lantern makers at work", []),
        # a camel-cased name glued before a colon, then a sentence
        ("Market news from the UniCredit: Rates stay where they are for now", []),
        # a copyright credit before the label: the copyright reading keeps the credit whole
        (
            "Lantern makers at the autumn fair © Example Press/dpa Foto: Odile Marchetti",
            [("Lantern makers at the autumn fair", "Example Press/dpa Foto: Odile Marchetti")],
        ),
    ],
)
def test_no_spaced_label_credit_is_read_from_phrases_or_before_a_copyright(
    line: str, expected: list[tuple[str, str]]
) -> None:
    """The spaced and glued label readings want names after the label and no credit before it."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == expected


_PIER = (
    "The harbour board of Lindenfeld met on Tuesday evening and agreed, after a debate that ran "
    "well past midnight, to keep the old ferry pier open for two more winters while the new one "
    "is built further up the river.",
    "Fishermen who moor their boats at the pier had asked the board for years to repair the "
    "planks, and several of them spoke at the meeting about the storms that had damaged the "
    "landing stage in the spring.",
    "The new pier will cost more than the board first planned, the treasurer said, because the "
    "river bed turned out to be softer than the surveyors had expected when they drilled the "
    "first test holes last summer. Work on the foundations is to start in March, and the board "
    "hopes to open the new landing stage before the regatta.",
)
_NETS = (
    "![Fishermen mend their nets on the old ferry pier at Lindenfeld on a grey morning]"
    "(https://example.test/media/2024/harbour/lindenfeld-ferry-pier-nets-morning.jpg "
    '"Fishermen mend their nets on the old ferry pier at Lindenfeld")'
)


def _wrapped(*blocks: str) -> str:
    """A dump as html2text writes it: every paragraph, picture markup too, broken at 78 columns."""
    return "# Lindenfeld keeps its old pier\n\n" + "\n\n".join(
        textwrap.fill(block, 78, break_long_words=False, break_on_hyphens=False) for block in blocks
    )


def test_a_wrapped_caption_is_read_whole_under_a_wrapped_picture() -> None:
    """The picture's markup and its caption, each broken over lines, give one whole caption."""
    caption = (
        "Fishermen mend their nets on the old ferry pier at Lindenfeld, where the planks have "
        "been patched many times since the storms. Foto: Odile Marchetti"
    )
    article = newsparse.parse(_wrapped(_PIER[0], _PIER[1], _NETS, caption, _PIER[2]))
    assert [(c.text, c.credit, c.alt) for c in article.captions] == [
        (
            "Fishermen mend their nets on the old ferry pier at Lindenfeld, where the planks "
            "have been patched many times since the storms.",
            "Odile Marchetti",
            "Fishermen mend their nets on the old ferry pier at Lindenfeld on a grey morning",
        )
    ]
    # the caption's lines are the caption's: the paragraphs keep only the story's text
    assert "planks have been patched" not in article.text


def test_a_wrapped_paragraph_under_a_picture_is_read_whole_and_stays_the_story() -> None:
    """A long paragraph under a picture is no caption, even though its first line is short.

    The picture's alt text, a statement over a paragraph of prose, is its caption.
    """
    article = newsparse.parse(_wrapped(_PIER[0], _PIER[1], _NETS, _PIER[2]))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Fishermen mend their nets on the old ferry pier at Lindenfeld on a grey morning", None)
    ]
    assert "The new pier will cost more than the board first planned" in article.text
    assert "hopes to open the new landing stage before the regatta" in article.text


@pytest.mark.parametrize(
    "text", ["Apple launches iPhoto: Steve Jobs", "The council opened the eSource: Open Data Day"]
)
def test_a_capital_inside_a_word_is_no_glued_credit_label(text: str) -> None:
    # "iPhoto:" and "eSource:" are a brand's words, not "Photo:"/"Source:" glued to a caption.
    try:
        caption = newsparse.parse_caption(text)
    except newsparse.ParseError:
        return
    assert caption.credit is None


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # a converter that keeps block HTML: the caption's paragraph inside a div
        (
            '![](https://x.test/quay.jpg)\n\n<div class="text">\n\n'
            "Fishermen mend their nets on the quay before the autumn storms arrive.\n\n</div>",
            [("Fishermen mend their nets on the quay before the autumn storms arrive.", None)],
        ),
        # the figure's own tags, one a line, and its credit after the closing tag
        (
            "<figure>\n\n![](https://x.test/quay.jpg)\n\n<figcaption>\n\n"
            "Fishermen mend their nets on the quay.\n\n</figcaption>\n\nFoto: Tove Randers",
            [("Fishermen mend their nets on the quay.", "Tove Randers")],
        ),
    ],
)
def test_tag_lines_between_a_picture_and_its_caption_part_nothing(
    figure: str, expected: list[tuple[str, str | None]]
) -> None:
    """A line of HTML tags only is stepped over: the picture, caption and credit stay one."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{figure}\n\n{_PROSE}\n\n{_PROSE}"
    assert _captions(markdown) == expected


def test_a_tag_line_is_no_caption_text() -> None:
    """A picture whose caption a converter dropped leaves its empty figcaption tags, no caption."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/quay.jpg)\n\n<figcaption>\n\n"
        f"</figcaption>\n\n{_PROSE}"
    )
    assert all("<" not in text for text, _ in _captions(markdown))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a label shortened with a full stop, after a comma or a sentence
        (
            "Nowa hala przy porcie w Gdyni, fot. Jan Wierzba",
            ("Nowa hala przy porcie w Gdyni", "Jan Wierzba"),
        ),
        (
            "Nowa hala przy porcie. Fot. PAP/Jan Wierzba",
            ("Nowa hala przy porcie.", "PAP/Jan Wierzba"),
        ),
        # a picture library's name alone after the caption's sentence or a bar
        (
            "The ferry leaves the harbour at dawn. Getty Images",
            ("The ferry leaves the harbour at dawn.", "Getty Images"),
        ),
        (
            "The ferry at dawn | Jo Kettleby | Getty Images",
            ("The ferry at dawn", "Jo Kettleby | Getty Images"),
        ),
    ],
)
def test_a_shortened_label_or_a_picture_library_closes_a_caption_under_a_picture(
    line: str, expected: tuple[str, str]
) -> None:
    """The credit is split off the caption line under a picture, the caption text kept."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/hall.jpg)\n\n{line}\n\n{_PROSE}"
    assert _captions(markdown) == [expected]


def test_a_wire_name_after_the_last_sentence_is_no_picture_credit() -> None:
    """A short paragraph that ends in a wire's name credits the story: it stays a paragraph."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\nThe ferry will run again in spring, the council said. dpa\n"
    )
    assert _captions(markdown) == []


_WIRE_CAPTION = (
    "PORT ELLEN, Scotland - March 3: A ferry crew loads crates of whisky on the quay as the "
    "morning fog lifts over the bay on March 3 in Port Ellen, Scotland. The island's "
    "distilleries ship most of their casks by sea, and the spring timetable adds two crossings "
    "a week from April, the operator said. Harbour staff expect the busiest season in a decade "
    "as visitor numbers return to their level before the pandemic and new berths open."
)


def test_a_long_caption_glued_under_its_credit_that_repeats_the_alt_text() -> None:
    """A wire caption the alt text repeats, glued under the credit, is the caption however long."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![{_WIRE_CAPTION[:120]}](https://x.test/q.jpg)\n\n"
        f"© Example Images\n{_WIRE_CAPTION}\n\n{_PROSE}"
    )
    assert _captions(markdown) == [(_WIRE_CAPTION, "Example Images")]


def test_a_long_paragraph_under_a_credit_that_does_not_repeat_the_alt_stays_the_story() -> None:
    """Without the alt text's words, a long line glued under a credit is the text going on."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![A ferry crew loads crates on the quay](/q.jpg)\n\n"
        f"© Example Images\n{_WIRE_CAPTION}\n\n{_PROSE}"
    )
    assert [text for text, _ in _captions(markdown)] == [""]


def test_a_paragraph_broken_at_one_width_under_a_picture_stays_the_story() -> None:
    """A paragraph wrapped at a width the dump's measure missed is read whole: the story goes on.

    Lines broken at no width (an address, twice) outnumber this paragraph's breaks, so the
    dump's wrap width reads 0; its evenly filled lines still say it is one paragraph, not a
    caption.
    """
    wrapped = textwrap.fill(_PROSE + " " + _PROSE, 76)
    address = "Harbour Office\nQuay Street 4\n12345 Port Ellen\nPhone 0123 45678\nOpen on weekdays"
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/quay.jpg)\n\n{wrapped}\n\n{_PROSE}"
        f"\n\n{address}\n\n{address}\n"
    )
    assert _captions(markdown) == []


def test_a_caption_broken_over_uneven_lines_under_a_picture_is_still_read() -> None:
    """Lines of uneven length (a caption, its credit at a line break) are no wrapped paragraph."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n![](https://x.test/quay.jpg)\n\n"
        "The quay at dawn, before the boats go out.\n(Tove Randers\n/\nExample Images)\n\n"
        f"{_PROSE}"
    )
    assert _captions(markdown) == [
        ("The quay at dawn, before the boats go out.", "Tove Randers / Example Images")
    ]


def _around(*blocks: str) -> str:
    return "\n\n".join(("# Harbour news", _PROSE, *blocks, _PROSE, _PROSE)) + "\n"


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # the name glued to the caption's closing mark: the converter joined the two elements
        (
            ("![](https://x.test/a.jpg)", "Boats are not allowed here!Jo Park"),
            [("Boats are not allowed here!", "Jo Park")],
        ),
        (
            ("![](https://x.test/a.jpg)", "The new ferry at the quay of Ornholm.Tilda Brask"),
            [("The new ferry at the quay of Ornholm.", "Tilda Brask")],
        ),
        # a host name alone under a picture is the site the picture comes from
        (
            ("![](https://x.test/a.jpg)", "pictures.example.se"),
            [("", "pictures.example.se")],
        ),
        # a credit in square brackets closes a caption as one in parentheses does
        (
            ("![](https://x.test/a.jpg)", "Rowers cross the lake at dawn [Foto: Mara Lindqvist]"),
            [("Rowers cross the lake at dawn", "Mara Lindqvist")],
        ),
        # the credit standing first on the caption's line, then a bar, a bracket or a full stop
        (
            ("![](https://x.test/a.jpg)", "Foto: Mara Lindqvist | Rowers cross the lake at dawn."),
            [("Rowers cross the lake at dawn.", "Mara Lindqvist")],
        ),
        (
            ("![](https://x.test/a.jpg)", "(Photo: Jo Park/AFP) Rowers cross the lake at dawn."),
            [("Rowers cross the lake at dawn.", "Jo Park/AFP")],
        ),
        (
            ("© Mara Lindqvist. Rowers cross the lake at dawn before the regatta.",),
            [("Rowers cross the lake at dawn before the regatta.", "Mara Lindqvist")],
        ),
        (
            ("![](https://x.test/a.jpg)", "(c) Mara Lindqvist. Rowers cross the lake at dawn."),
            [("Rowers cross the lake at dawn.", "Mara Lindqvist")],
        ),
        # a share button's label glued beside the picture: the line under it is the caption
        (
            (
                "![red dahlias in a pot](https://x.test/a.jpg)Pin",
                "A pot of red dahlias by the door",
            ),
            [("A pot of red dahlias by the door", None)],
        ),
        # an alt text that is a credit line: the credit of the caption under the picture
        (
            ("![Foto: Mara Lindqvist](https://x.test/a.jpg)", "Rowers cross the lake at dawn."),
            [("Rowers cross the lake at dawn.", "Mara Lindqvist")],
        ),
    ],
)
def test_credit_shapes_of_converted_figures(
    blocks: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    """Credits glued, bracketed, standing first or in the alt text are split off the caption."""
    assert _captions(_around(*blocks)) == expected


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # a brand's inner capital is no glued name, nor is a name glued without a mark
        (
            ("![](https://x.test/a.jpg)", "Workers outside the plant of NordHafen Steel Works"),
            [("Workers outside the plant of NordHafen Steel Works", None)],
        ),
        (
            ("![](https://x.test/a.jpg)", "Passengers wait for flights with easyWing Holidays"),
            [("Passengers wait for flights with easyWing Holidays", None)],
        ),
        (
            ("![](https://x.test/a.jpg)", "The new ferry at the quay of OrnholmTilda Brask"),
            [("The new ferry at the quay of OrnholmTilda Brask", None)],
        ),
        # a file's name under a picture is its text, not the host it came from
        (
            ("![](https://x.test/a.jpg)", "harbour-at-dawn.jpg"),
            [("harbour-at-dawn.jpg", None)],
        ),
        # an abbreviation's full stop is no sentence's end
        (
            ("![](https://x.test/a.jpg)", "Trucks of the U.S.Army Corps"),
            [("Trucks of the U.S.Army Corps", None)],
        ),
        (
            ("![](https://x.test/a.jpg)", "The new season starts on PlayStation Plus"),
            [("The new season starts on PlayStation Plus", None)],
        ),
        (
            ("![](https://x.test/a.jpg)", "The old boat was sold on eBay Kleinanzeigen"),
            [("The old boat was sold on eBay Kleinanzeigen", None)],
        ),
        # a label then a description, no name: the credit reading does not split it
        (
            ("![](https://x.test/a.jpg)", "Foto: Rowers cross the lake at dawn."),
            [("", "Rowers cross the lake at dawn.")],
        ),
        # an initial's full stop does not end the credit standing first
        (
            ("![](https://x.test/a.jpg)", "Foto: Mara K. Lindqvist rows across the lake at dawn."),
            [("", "Mara K. Lindqvist rows across the lake at dawn.")],
        ),
        # two links side by side render glued, but they are the page's own two elements
        (("Read the next story[The Harbour Project](#)",), []),
        # a link's text written twice is no caption with its credit
        (("A radio story by [Ida MarskIda Marsk](#)",), []),
        # an alt text describing the picture after a label is no credit
        (
            ("![Foto: a rower on the lake](https://x.test/a.jpg)", "Rowers cross the lake."),
            [("Rowers cross the lake.", None)],
        ),
    ],
)
def test_credit_shapes_that_are_not_split(
    blocks: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    """Brands, descriptions after a label and initials keep the line as it reads."""
    assert _captions(_around(*blocks)) == expected


_CLOSING = (
    "The ferry company said the new timetable would hold until the spring, when the repaired "
    "pier at Vellmar is due to open again for passengers and freight."
)


@pytest.mark.parametrize("credit", ["dpa", "*© Example Wire 2024*", "**Fotos**: Harbour Office"])
def test_the_text_s_last_paragraph_over_a_credit_line_is_body_text(credit: str) -> None:
    """A credit under the article's last paragraph of prose credits the story, not a caption."""
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{_CLOSING}\n\n{credit}\n\nTopics\n\n* Ferries\n"
    )
    article = newsparse.parse(markdown)
    assert [c.text for c in article.captions if c.text] == []
    assert _CLOSING in article.text
    assert credit.strip("*").split()[-1] in "".join(element.raw for element in article.elements())


def test_a_last_paragraph_under_a_picture_keeps_its_credit() -> None:
    """With a picture line just above, the same paragraph and credit stay a caption."""
    picture = "![](https://x.test/pier.jpg)"
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{picture}\n\n{_CLOSING}\n\n© Ida Brenner\n"
    )
    assert _captions(markdown) == [(_CLOSING, "Ida Brenner")]


def test_a_paragraph_in_the_middle_over_a_credit_line_stays_a_caption() -> None:
    """Only the text's last paragraph is read as body text: a dropped picture's caption remains."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_CLOSING}\n\nFoto: Ida Brenner\n\n{_PROSE}\n"
    assert _captions(markdown) == [(_CLOSING, "Ida Brenner")]


def test_a_wire_closing_the_last_paragraph_in_parentheses_is_no_credit() -> None:
    """``... the last sentence. (xyz/ab)`` closing the text is the story's own credit."""
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{_CLOSING} (nwa/kl)\n"
    assert _captions(markdown) == []


@pytest.mark.parametrize("over", [_FACTS, "The harbour opens at six. The ferry leaves at seven."])
def test_a_source_line_under_two_sentences_is_no_picture_credit(over: str) -> None:
    """Two sentences over ``Quelle: X``: the text's source, and a plain heading under it stays."""
    source = "Quelle: Hafenamt Nordstadt\n\nSüdhafen"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{over}\n\n{source}\n\n{_PROSE}"
    assert _captions(markdown) == []


def test_a_source_line_under_one_sentence_stays_a_credit() -> None:
    """One short sentence over ``Quelle: X``, the picture dropped: a caption and its credit."""
    over = "The old pier at low tide."
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{over}\n\nQuelle: Hafenamt Nordstadt\n\n{_PROSE}"
    assert _captions(markdown) == [(over, "Hafenamt Nordstadt")]


def test_a_card_link_opening_under_a_picture_is_no_caption() -> None:
    """``[Label`` under a card's picture opens the next card's link: no caption text."""
    cards = (
        "[Ferry diaries\n![](https://x.test/a.jpg)](/ferries)\n"
        "[Harbour stories\n![](https://x.test/b.jpg)](/harbour)\n"
        "[Quay recipes\n![](https://x.test/c.jpg)](/recipes)"
    )
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{cards}\n\n{_PROSE}\n"
    article = newsparse.parse(markdown)
    assert [c.text for c in article.captions if c.text.startswith("[")] == []
    assert "Harbour stories" in "".join(element.raw for element in article.elements())


_STORY_ON = (
    "We waited two hours at the quay before the ferry arrived. Then the crew let us board "
    "first, and the captain told us the engine had been fixed only that morning, so the "
    "crossing would be slow but safe for everyone."
)


def test_two_long_sentences_under_a_picture_are_the_story_going_on() -> None:
    """Over 40 words in two sentences under a picture, no credit: a paragraph, no caption."""
    assert len(_STORY_ON) <= 250
    assert len(_STORY_ON.split()) > 40
    picture = "![](https://x.test/quay.jpg)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{_STORY_ON}\n\n{_PROSE}\n"
    article = newsparse.parse(markdown)
    assert [c.text for c in article.captions if c.text] == []
    assert _STORY_ON in article.text


def test_one_long_sentence_under_a_picture_stays_its_caption() -> None:
    """A long caption is mostly one sentence: it stays the picture's caption."""
    one = _STORY_ON.replace(" Then", ", then").replace("quay before", "quay, before")
    picture = "![](https://x.test/quay.jpg)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{picture}\n\n{one}\n\n## Next\n\n{_PROSE}\n"
    assert [c.text for c in newsparse.parse(markdown).captions] == [one]


@pytest.mark.parametrize(
    ("alt", "line", "text", "credit"),
    [
        # the caption's and the credit's elements glued: the alt text says where the caption ends
        (
            "Skaters on the frozen canal at noon",
            "Skaters on the frozen canal at noonIlka Varden",
            "Skaters on the frozen canal at noon",
            "Ilka Varden",
        ),
        (
            "Skaters on the frozen canal at noon.",
            "Skaters on the frozen canal at noon Ilka Varden",
            "Skaters on the frozen canal at noon",
            "Ilka Varden",
        ),
        (
            "Skaters on the frozen canal at noon",
            "Skaters on the frozen canal at noon / Ilka Varden",
            "Skaters on the frozen canal at noon",
            "Ilka Varden",
        ),
        # words after the alt text that are no names stay caption text
        (
            "Skaters on the frozen canal",
            "Skaters on the frozen canal at noon",
            "Skaters on the frozen canal at noon",
            None,
        ),
        # after a comma, or a space when the alt ends no sentence, the caption goes on
        (
            "View of the harbour",
            "View of the harbour, New Haven",
            "View of the harbour, New Haven",
            None,
        ),
        (
            "Walkers cross the bridge to",
            "Walkers cross the bridge to Port Alder",
            "Walkers cross the bridge to Port Alder",
            None,
        ),
        # an alt text of two words bounds nothing
        ("Frozen canal", "Frozen canalIlka Varden", "Frozen canalIlka Varden", None),
    ],
)
def test_an_alt_text_repeated_by_the_caption_line_bounds_it(
    alt: str, line: str, text: str, credit: str | None
) -> None:
    markdown = f"# Harbour news\n\n{_PROSE}\n\n![{alt}](https://x.test/c.jpg)\n\n{line}\n\n{_PROSE}"
    assert _captions(markdown) == [(text, credit)]
