"""Note shapes of real dumps, invented text: notes in brackets, opinion disclaimers, disclosures."""

from __future__ import annotations

import pytest

import newsparse

_PROSE = (
    "The council met on Tuesday evening and agreed after a long debate to keep the old library "
    "open for two more years while the new building goes up by the river."
)


def _notes(markdown: str) -> list[tuple[str, str]]:
    return [(n.text, n.kind.value) for n in newsparse.parse(markdown).footnotes]


def _dump(line: str) -> str:
    """``line`` as a paragraph of its own between paragraphs of prose, under a headline."""
    return f"# Harbour news\n\n{_PROSE}\n\n{line}\n\n{_PROSE}\n\n{_PROSE}"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a note label inside brackets, the whole paragraph wrapped
        (
            "[Note: in the quiz above, the first bird was a heron and the second a stork.]",
            (
                "[Note: in the quiz above, the first bird was a heron and the second a stork.]",
                "footnote",
            ),
        ),
        # in parentheses and italics
        (
            "*(Note: This guide is meant for readers who already know the basics of sailing.)*",
            (
                "(Note: This guide is meant for readers who already know the basics of sailing.)",
                "footnote",
            ),
        ),
        (
            "_(Editor's note: This column first ran in the spring issue.)_",
            ("(Editor's note: This column first ran in the spring issue.)", "editors-note"),
        ),
        (
            "[Correction: The pier opened in May, not in June as first written.]",
            ("[Correction: The pier opened in May, not in June as first written.]", "correction"),
        ),
    ],
)
def test_a_labelled_note_in_brackets_is_a_note_inside_the_text(
    line: str, expected: tuple[str, str]
) -> None:
    assert _notes(_dump(line)) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        # brackets around text with no note label, or a link
        "[The quiz above has no wrong answers, only surprising ones.]",
        "(Wer das liest: Die Fähre fährt im Winter seltener.)",
        "[Note the date](https://x.test/dates) before you book a seat on the ferry.",
        # a label inside brackets that do not close the paragraph
        "(Note: the ferry) leaves at noon and the council paid for the new pier last year.",
    ],
)
def test_brackets_without_a_note_label_around_the_whole_paragraph_stay_text(line: str) -> None:
    assert _notes(_dump(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this essay are the writer's own.",
        "Der Gastkommentar gibt die Meinung der Autorin wieder, nicht die des Verlags.",
        "Les propos tenus dans cette tribune n'engagent que leur auteur.",
        "Las opiniones de esta columna no reflejan necesariamente la línea del diario.",
        "As opiniões deste texto não refletem necessariamente a posição do jornal.",
    ],
)
def test_a_short_paragraph_saying_it_gives_the_authors_opinion_is_a_disclaimer(line: str) -> None:
    assert _notes(_dump(line)) == [(line, "disclaimer")]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the views expressed at the meeting were mixed.",
        "Die Meinung des Autors zu den Fähren ist im Buch klar zu lesen.",
        (
            "Residents said the views expressed in this debate are those of the author of the "
            "plan. "
            + "Some wanted the library kept, others wanted a park by the river instead. "
            * 5
        ).strip(),
    ],
)
def test_prose_about_someones_views_stays_text(line: str) -> None:
    assert _notes(_dump(line)) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Dieser Beitrag kann Links zu Shops enthalten, von denen die Redaktion eine Provision "
            "erhält.",
            "disclaimer",
        ),
        (
            "**Disclosures:** Dr. Lind reports fees from a rowing club outside the submitted work.",
            "disclaimer",
        ),
        (
            "Our editors pick every kettle on their own. We may receive compensation when you "
            "buy through the shop links on this page.",
            "disclaimer",
        ),
        (
            "Note to readers: we may receive compensation when you book a trip from this guide.",
            "disclaimer",
        ),
    ],
)
def test_disclosure_wordings(line: str, kind: str) -> None:
    notes = _notes(_dump(line))
    assert [k for _, k in notes] == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "Families whose boats sank in the storm may receive compensation from the harbour fund.",
        "The council said the fishermen will receive compensation for the lost nets by June.",
    ],
)
def test_news_of_someone_receiving_compensation_stays_text(line: str) -> None:
    # Only the publisher speaking of itself ("we may receive compensation") discloses.
    assert _notes(_dump(line)) == []


def _closing(line: str) -> str:
    """``line`` after the last paragraph of prose, where an italic line may be a note."""
    return f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "*Photo Source: Ines Larsen via a picture library.*",
        "_Header Image: Boats on the frozen harbour in January. Credit: Ola Brekke_",
        "*Illustrationen / Fotos: Studio Nordlicht • Porträt: Mia Sand*",
        "*Foto: Jonas Weber*",
        "*Titelbild: Jonas Weber/Bildagentur Nord*",
    ],
)
def test_an_italic_picture_credit_after_the_text_is_no_note(line: str) -> None:
    assert _notes(_closing(line)) == []


def test_an_italic_source_line_after_the_text_is_still_a_note() -> None:
    assert [text for text, _ in _notes(_closing("*Quelle: dpa*"))] == ["Quelle: dpa"]


_REFLECTION = (
    "*Wer am Abend über den stillen Hafen schaut, sieht die Lichter der Fähren, die langsam "
    "über das dunkle Wasser ziehen, und denkt an die Menschen, die seit Generationen hier "
    "arbeiten, fischen, Netze flicken und Boote bauen, bei jedem Wetter und zu jeder Jahreszeit. "
    "Ihre Geschichten gehören zu dieser Stadt wie die Möwen, der Wind und das Salz auf der Haut, "
    "und sie werden weitererzählt, solange hier Schiffe anlegen und Kinder am Kai stehen und "
    "den Booten nachschauen, bis sie hinter der Mole verschwinden.*"
)


@pytest.mark.parametrize(
    "line",
    [
        "*A harbour is only as strong as the people who keep it open (Mara Lindqvist)*",
        '_"The tide waits for no one, and neither does the ferry," as the old crews say._',
        "*„Wir bleiben, solange das Wasser uns trägt.“*",
        _REFLECTION,
    ],
)
def test_an_italic_quotation_or_long_paragraph_after_the_text_is_body(line: str) -> None:
    article = newsparse.parse(_closing(line))
    assert article.footnotes == ()
    assert article.body[-1].text == line.strip("*_")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("*All tips on the walks come from Ola Brekke (Ranger).*", "footnote"),
        ("*This story first appeared in the Harbour Weekly.*", "editors-note"),
    ],
)
def test_a_short_italic_note_after_the_text_stays_a_note(line: str, kind: str) -> None:
    assert [k for _, k in _notes(_closing(line))] == [kind]


def _listed(heading: str, items: str) -> str:
    """A notes heading and its list after the text (three paragraphs: past the header)."""
    return f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{_PROSE}\n\n## {heading}\n\n{items}\n"


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # a plugin's back link after the note, in brackets or with a variation selector
        ("1. Ola Brekke, *Tides of the fjord*, 2004, p. 9. [↩](#fnref-1)", None),
        ("1. Ola Brekke, *Tides of the fjord*, 2004, p. 9. [[↩](#fnref-1)]", None),
        ("1. Ola Brekke, *Tides of the fjord*, 2004, p. 9. [↩︎](#fnref-1) [↩︎2](#fnref-1b)", None),
        # a wiki's back links before the note: one arrow, or an arrow and its labels
        ("1. [↑](#cite-1) Ola Brekke, *Tides of the fjord*, 2004, p. 9.", None),
        ("1. ↑ [1.0](#c1-0) [1.1](#c1-1) Ola Brekke, *Tides of the fjord*, 2004, p. 9.", None),
        ("1. **[^](#cite-1)** Ola Brekke, *Tides of the fjord*, 2004, p. 9.", None),
        (
            "1. ^ [***a***](#c1a) [***b***](#c1b) Ola Brekke, *Tides of the fjord*, 2004, p. 9.",
            None,
        ),
        # letters that are no run of back-link labels are the note's own words
        (
            "1. ^ a note on the tides by Ola Brekke, 2004.",
            "a note on the tides by Ola Brekke, 2004.",
        ),
    ],
)
def test_back_links_are_left_out_of_a_listed_notes_text(item: str, text: str | None) -> None:
    notes = newsparse.parse(_listed("References", item)).footnotes
    assert [note.text for note in notes] == [text or "Ola Brekke, Tides of the fjord, 2004, p. 9."]
    assert notes[0].raw.endswith(item[3:])  # the raw text keeps the marks


def test_soft_hyphens_are_left_out_of_a_notes_text_and_links_still_fit() -> None:
    item = "1. Ola Brek\u00adke, [Ge\u00adzei\u00adten](https://tides.example/g), 2004. [↩](#r1)"
    (note,) = newsparse.parse(_listed("Anmerkungen", item)).footnotes
    assert note.text == "Ola Brekke, Gezeiten, 2004."
    assert [(link.text, link.url) for link in note.links] == [
        ("Gezeiten", "https://tides.example/g")
    ]
    link = note.links[0]
    assert note.text[link.start : link.end] == link.text
    assert "\u00ad" in note.raw


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Nachtrag", "update"), ("Hinweis", "footnote"), ("Literatur", "footnote")],
)
def test_a_notes_heading_gives_the_kind_not_the_start_of_the_text(heading: str, kind: str) -> None:
    paragraph = "Die Fähre nach Lindholm fährt ab Montag wieder nach dem Sommerfahrplan."
    markdown = (
        f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{_PROSE}\n\n### {heading}\n\n{paragraph}\n"
    )
    (note,) = newsparse.parse(markdown).footnotes
    assert (note.text, note.kind.value) == (paragraph, kind)
    assert note.raw.startswith(f"### {heading}")


def test_a_note_of_back_link_marks_alone_keeps_them() -> None:
    assert newsparse.parse_footnote("[^2]: ↩").text == "↩"


@pytest.mark.parametrize(
    "line",
    [
        # a labelled hint of a log-in form, the comment section or the site's app
        "**Hinweis:** Ihr Passwort muss sich vom alten unterscheiden.",
        "Note: The password must hold at least one capital letter.",
        "Hinweis: Unsere Kommentarfunktion steht nur angemeldeten Lesern offen.",
        "*Sagt uns eure Meinung: Kommentare zu diesem Bericht bitte per Post an uns.*",
        "*Harbour cam: click here to watch it live, also in our app.*",
    ],
)
def test_a_note_on_the_pages_own_functions_is_furniture(line: str) -> None:
    article = newsparse.parse(_closing(line))
    assert article.footnotes == ()
    assert [b.raw for b in article.boilerplate] == [line]
    assert line not in [p.raw for p in article.body]


def test_share_buttons_under_the_references_are_furniture_and_end_no_note() -> None:
    items = (
        "* Brekke, O. (2004). Tides of the fjord. Bergen: Nordvik.\n"
        "* Teilen auf Mastodon\n"
        "* Lind, A. (2011). Ferries. Oslo: Havn.\n"
        "* Share on Bluesky"
    )
    article = newsparse.parse(_listed("Literatur", items))
    assert [n.text for n in article.footnotes] == [
        "Brekke, O. (2004). Tides of the fjord. Bergen: Nordvik.",
        "Lind, A. (2011). Ferries. Oslo: Havn.",
    ]
    assert [b.text for b in article.boilerplate] == ["Teilen auf Mastodon", "Share on Bluesky"]


@pytest.mark.parametrize(
    "line",
    [
        # the same words in a note on the story stay a note when its wording says what it is
        "*Disclosure: the author shares on the board of the harbour trust.*",
        "Correction: An earlier version said the password of the town's wifi was printed.",
    ],
)
def test_a_note_of_a_known_kind_stays_a_note_whatever_it_mentions(line: str) -> None:
    assert len(_notes(_closing(line))) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: hafenpresse",
        "Quelle: Pressemitteilung Hafenamt Nordvik",
        "Source: Harbour Board, Nordvik Ferry Office",
        "Quelle:\nFjordmedia",
    ],
)
def test_a_source_line_after_the_text_is_a_note_when_no_name_reader_knows_it(line: str) -> None:
    assert _notes(_closing(line)) == [(line.replace("\n", " "), "contributors")]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence after the label is prose, not a source's name
        "Quelle: Die Stadt hat am Montag mitgeteilt, dass die Fähre wieder fährt.",
        # more words than a source's name takes
        "Quelle: eine lange Liste von Ämtern Vereinen und Häfen der ganzen Region",
    ],
)
def test_a_sentence_after_a_source_label_is_no_source_note(line: str) -> None:
    assert _notes(_closing(line)) == []


def test_a_source_line_inside_the_text_needs_a_name_reader_knows() -> None:
    assert _notes(_dump("Quelle: hafenpresse")) == []


@pytest.mark.parametrize("line", ["Übersetzt von: Jo Park", "übersetzt von Jo Park"])
def test_a_german_translator_line_after_the_text_is_a_contributor_note(line: str) -> None:
    (note,) = newsparse.parse(_closing(line)).footnotes
    assert note.kind.value == "contributors"
    assert [(c.name, c.role.value) for c in note.credits] == [("Jo Park", "translation")]


_ADAPTED = "*Adapted from a talk given at the Nordvik harbour festival, with consent.*"
_LONG_LINK = "[Reprint](https://rights.example/reprint?" + "title=harbour-news&" * 8 + "x=1)"


def test_an_italic_note_right_under_the_text_is_a_note_though_a_long_link_line_follows() -> None:
    line = _ADAPTED
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{line}\n\n{_LONG_LINK}\n"
    assert len(_LONG_LINK) > 120  # long in Markdown, short in text: no prose
    assert _notes(markdown) == [(line.strip("*"), "footnote")]


def test_only_the_block_right_under_the_text_gains_from_the_long_link_line() -> None:
    line = _ADAPTED
    picture = "![Ferry](ferry.jpg)"
    markdown = f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{picture}\n\n{line}\n\n{_LONG_LINK}\n"
    assert _notes(markdown) == []


def test_an_italic_line_of_a_page_with_no_prose_is_no_note() -> None:
    line = _ADAPTED
    markdown = f"# Harbour tools\n\n{line}\n\n* ferry times\n* tide tables\n\n{_LONG_LINK}\n"
    assert _notes(markdown) == []


def test_page_function_words_count_only_as_whole_words() -> None:
    line = "**Hinweis:** Die Kosten lassen sich aufteilen auf beide Fährlinien des Hafens."
    assert _notes(_closing(line)) == [(line.replace("**", ""), "footnote")]


@pytest.mark.parametrize(
    "heading", ["## References", "## References {#references .notes}", "## References ##"]
)
def test_a_notes_heading_reads_the_same_with_pandoc_attributes_or_closing_hashes(
    heading: str,
) -> None:
    """``## References {#references .notes}`` over a list: one note per item, as without."""
    markdown = (
        f"# Harbour news\n\n{_PROSE} {_PROSE}\n\n{_PROSE} {_PROSE}\n\n{heading}\n\n"
        "1. Ada Lind, Tides of the North Sea, Harbour Press, 2019, p. 12\n"
        "2. Piet Oost, Lanterns and Quays, Dune Books, 2021, p. 40"
    )
    assert _notes(markdown) == [
        ("Ada Lind, Tides of the North Sea, Harbour Press, 2019, p. 12", "footnote"),
        ("Piet Oost, Lanterns and Quays, Dune Books, 2021, p. 40", "footnote"),
    ]


@pytest.mark.parametrize("mark", ["::: {.references}", '<div class="notes">'])
def test_a_layout_mark_under_a_notes_heading_parts_nothing(mark: str) -> None:
    """``## References`` then ``::: {.references}`` then the list: the mark holds no text."""
    markdown = (
        f"# Harbour news\n\n{_PROSE} {_PROSE}\n\n{_PROSE} {_PROSE}\n\n## References\n\n{mark}\n\n"
        "1. Ada Lind, Tides of the North Sea, Harbour Press, 2019, p. 12\n"
        "2. Piet Oost, Lanterns and Quays, Dune Books, 2021, p. 40"
    )
    assert _notes(markdown) == [
        ("Ada Lind, Tides of the North Sea, Harbour Press, 2019, p. 12", "footnote"),
        ("Piet Oost, Lanterns and Quays, Dune Books, 2021, p. 40", "footnote"),
    ]


def test_a_layout_mark_under_a_note_heading_leaves_its_paragraph_the_note() -> None:
    """``## Editor's note`` over a mark and a paragraph: the paragraph is the note."""
    markdown = (
        f"# Harbour news\n\n{_PROSE} {_PROSE}\n\n{_PROSE} {_PROSE}\n\n## Editor's note\n\n"
        "::: {.note}\n\nThis story was first published in the spring issue.\n\n:::"
    )
    assert _notes(markdown) == [
        ("This story was first published in the spring issue.", "editors-note")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Aktualisiert am 4. Mai: Der Hafenrat hat den Plan inzwischen gebilligt.",
        "Actualizado el 4 de mayo: el consejo del puerto aprobó el plan.",
        "Atualizado em 4 de maio: o conselho do porto aprovou o plano.",
        "Mis à jour le 4 mai : le conseil du port a approuvé le plan.",
        "_Aktualisiert am 4. Mai: Der Hafenrat hat den Plan inzwischen gebilligt._",
    ],
)
def test_a_dated_update_label_in_other_languages_makes_an_update_note(line: str) -> None:
    """The label of "Updated at 5 p.m.:" has its kin in German, Spanish, Portuguese and French."""
    for text in (_dump(line), _closing(line)):
        assert [kind for _, kind in _notes(text)] == ["update"]


def _at_top(line: str) -> str:
    """``line`` right under the headline, over the text."""
    return f"# Harbour news\n\n{line}\n\n{_PROSE}\n\n{_PROSE}\n\n{_PROSE}"


@pytest.mark.parametrize(
    "line",
    [
        "Update, May 4: The harbour board has since approved the plan.",
        "**Aktualisiert am 4. Mai:** Der Hafenrat hat den Plan inzwischen gebilligt.",
    ],
)
def test_a_dated_update_sentence_over_the_text_is_a_note(line: str) -> None:
    assert [kind for _, kind in _notes(_at_top(line))] == ["update"]


@pytest.mark.parametrize(
    "line", ["Update, May 4: 10:30", "Aktualisiert am 4. Mai: 14 Uhr", "Updated on May 4, 2031"]
)
def test_a_dated_update_label_over_the_text_without_a_sentence_is_no_note(line: str) -> None:
    """Over the text a label and a date or time alone is the article's date line."""
    assert _notes(_at_top(line)) == []


def _closing_list(items: str) -> str:
    """A list of notes right after the text, with no heading over it."""
    return f"# Harbour news\n\n{_PROSE}\n\n{_PROSE}\n\n{_PROSE}\n\n{items}\n"


def test_a_listed_note_wrapped_before_its_back_link_is_one_note() -> None:
    """A converter that wraps list items sets the back link on the item's indented line."""
    items = (
        "1. Ola Brekke, *Tides of the fjord and the islands off the coast*, Harbour Press,\n"
        "   2004, p. 9. [↩](#ref-1)\n"
        "2. Lina Vik, *Piers*, 2011. [↩](#ref-2)"
    )
    notes = newsparse.parse(_closing_list(items)).footnotes
    assert [(note.text, note.label, note.span.line, note.span.end_line) for note in notes] == [
        (
            "Ola Brekke, Tides of the fjord and the islands off the coast, Harbour Press, "
            "2004, p. 9.",
            "1",
            9,
            10,
        ),
        ("Lina Vik, Piers, 2011.", "2", 11, 11),
    ]


@pytest.mark.parametrize("heading", ["### Notes", "## References", "# Hinweis"])
def test_a_notes_heading_with_only_the_footer_under_it_is_no_note(heading: str) -> None:
    """The footer ends the dump: a notes heading right over it has no note to give."""
    dump = (
        "Les pêcheurs, installés depuis 2019 sous des abris sur le quai voisin, ont retrouvé"
        " leurs places et la capitainerie promet une criée ouverte le samedi dès le mois de mai.\n"
        f"The harbour office will print new leaflets.\n\n{heading}\n\nOriginal url:\n\n"
        "<https://ferry.example/timetable>\n"
    )
    article = newsparse.parse(dump)
    assert article.source_url == "https://ferry.example/timetable"
    assert article.footnotes == ()
