"""Body-opening dateline shapes of real dumps, invented text: places set off by a period."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._readers.dateline import read_dateline
from newsparse.vocabulary import agency_name

from .helpers import assert_lossless

_REST = (
    "die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer zu "
    "sanieren und den Verkehr solange über die Umleitung im Norden zu führen."
)
_OPENING = "D" + _REST[1:]


def _read(markdown: str) -> tuple[str | None, str | None, str]:
    """The dateline's place and agency in ``markdown``'s article, and its first block's text."""
    article = newsparse.parse(markdown)
    dateline = article.dateline
    place = dateline.place if dateline is not None else None
    agency = dateline.agency if dateline is not None else None
    return place, agency, article.body[0].text


def _lead(opening: str) -> tuple[str | None, str | None, str]:
    """The place and agency of the dateline split off ``opening``, and the paragraph's text."""
    return _read(f"# Neue Brücke für Talheim\n\n{opening} {_OPENING}\n\n{_REST}")


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a place in capitals, then a period
        ("TALHEIM.", "TALHEIM", None),
        ("**OBERAU.**", "OBERAU", None),
        # a place and its source in parentheses, then a period (bold running on into the text)
        ("**Talheim (pm).", "Talheim", "pm"),
        ("Talheim (fn-info).", "Talheim", "fn-info"),
        ("Talheim (dpa).", "Talheim", "dpa"),
    ],
)
def test_a_place_set_off_by_a_period_is_the_dateline(
    opening: str, place: str, agency: str | None
) -> None:
    found_place, found_agency, text = _lead(opening)
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("Die Gemeinde")


def test_a_date_in_parentheses_after_the_place_is_its_date() -> None:
    article = newsparse.parse(
        f"# Neue Brücke für Talheim\n\n**Talheim, (12.03.2021). {_OPENING}\n\n{_REST}"
    )
    dateline = article.dateline
    assert dateline is not None
    assert dateline.place == "Talheim"
    assert dateline.published is not None
    assert str(dateline.published.value) == "2021-03-12"


@pytest.mark.parametrize(
    "opening",
    [
        # a one-word kicker or sentence in mixed case: no place without a mark in parentheses
        "Gesperrt.",
        "Talheim.",
        # a roman numeral numbering a section
        "III.",
        # a capitalised word in parentheses is no source mark
        "Talheim (Foto: Ida Brenner).",
        "Talheim (Schwaben).",
    ],
)
def test_no_place_is_invented_from_other_openings(opening: str) -> None:
    place, agency, _ = _lead(opening)
    assert (place, agency) == (None, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a heading in capitals with a dash, its text on the lines under it
        "FERIENHAUS SEEBLICK - NORDUFER / HARZ  \nWir haben das alte Haus am See umgebaut, es "
        "bietet nun Platz für acht Gäste und einen Garten.",
        # a copy of the title with a short name before a dash
        "AMT - Neue Regeln für Anträge auf Wohngeld",
    ],
)
def test_no_place_from_a_heading_or_title_with_a_dash(paragraph: str) -> None:
    article = newsparse.parse(f"# Neue Regeln\n\n{paragraph}\n\n{_REST}\n\n{_REST}")
    dateline = article.dateline
    assert dateline is None or (dateline.place, dateline.agency) == (None, None)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a short first sentence still opens the story
        ("TALHEIM – Die Brücke ist zu.", "TALHEIM"),
        # the place alone on its line, the story on the next
        (
            "TALHEIM –\nDie Gemeinde hat am Montag die Sanierung der alten Brücke beschlossen.",
            "TALHEIM",
        ),
    ],
)
def test_a_dateline_before_a_short_or_broken_first_sentence(opening: str, place: str) -> None:
    article = newsparse.parse(f"# Neue Brücke für Talheim\n\n{opening}\n\n{_REST}\n\n{_REST}")
    assert article.dateline is not None
    assert article.dateline.place == place


# -- the issue's shapes, in English and in East Asian wire forms (invented text) ---------------

_STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier until the autumn, and the "
    "boats will land at the north quay instead, officials said."
)


def _english(opening: str) -> tuple[str | None, str | None, str]:
    """Place and agency of the dateline opening the first paragraph, and that paragraph's text."""
    return _read(f"# Pier closes\n\n{opening} {_STORY}\n\n{_STORY}\n\n{_STORY}")


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a place in capitals set off by a colon
        ("NEW HARWICK:", "NEW HARWICK", None),
        ("**OSTERBY:**", "OSTERBY", None),
        # a double hyphen
        ("CALDERMOOR, Freedonia --", "CALDERMOOR, Freedonia", None),
        # title case before a dash: one word, or words that form a place's name
        ("Brindleford –", "Brindleford", None),
        ("United Nations –", "United Nations", None),
        ("North Pellham —", "North Pellham", None),
        ("Brindleford, Ore. —", "Brindleford, Ore.", None),
        ("_Brindleford_ **–", "Brindleford", None),
        ("***Brindleford*** **–", "Brindleford", None),
        # a date inside, an agency after it
        ("KELDRA, April 25 (Reuters) -", "KELDRA", "Reuters"),
        # a place in title case with its region or a date, then the agency
        ("Brindleford, Ore. (AP) —", "Brindleford, Ore.", "AP"),
        ("Brindleford, May 3 (Reuters) -", "Brindleford", "Reuters"),
        # the agency alone, in parentheses or not
        ("(CNN) —", None, "CNN"),
        ("CNN —", None, "CNN"),
    ],
)
def test_the_issue_shapes_of_an_opening_dateline(
    opening: str, place: str | None, agency: str | None
) -> None:
    found_place, found_agency, text = _english(opening)
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("NEW HARWICK:", "NEW HARWICK", None),
        ("Brindleford –", "Brindleford", None),
        ("United Nations –", "United Nations", None),
        ("CNN —", None, "CNN"),
        ("新华社海城5月2日电", "海城", "新华社"),
        ("【海市＝山本花子】", "海市", None),
        ("【海市共同】", "海市", "共同"),
        ("(해시=연합뉴스)", "해시", "연합뉴스"),
    ],
)
def test_parse_dateline_reads_the_issue_shapes(
    dateline: str, place: str | None, agency: str | None
) -> None:
    read = newsparse.parse_dateline(dateline)
    assert (read.place, read.agency) == (place, agency)


@pytest.mark.parametrize(
    ("markdown", "place", "agency", "opening"),
    [
        (
            "# 码头关闭\n\n新华社海城5月2日电（记者李明）港务局2日宣布，旧码头将关闭至秋季。"
            "渡船改在北码头停靠。\n\n港务局表示，工程预计持续三个月。",
            "海城",
            "新华社",
            "港务局2日宣布",
        ),
        (
            "# 桟橋を閉鎖\n\n【海市共同】港湾局は２日、古い桟橋を秋まで閉鎖すると発表した。"
            "船は北の岸壁に着く。\n\n工事は３か月続く見込みだ。",
            "海市",
            "共同",
            "港湾局は２日",
        ),
    ],
)
def test_east_asian_wire_openings_in_a_dump(
    markdown: str, place: str, agency: str, opening: str
) -> None:
    article = newsparse.parse(markdown)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.body[0].text.startswith(opening)


@pytest.mark.parametrize(
    "markdown",
    [
        # after an archive picture's caption
        "# Pier closes\n\nFILE - A ferry leaves the old pier, May 3, 2019. (AP Photo/Jo Lane, File)"
        f"\n\nCALDERMOOR, Ore. (AP) — {_STORY}\n\n{_STORY}",
        # in the second paragraph, under a one-line summary
        f"# Pier closes\n\nThe pier shuts for the summer.\n\nCALDERMOOR, Ore. (AP) — {_STORY}"
        f"\n\n{_STORY}",
        # in a bold standfirst
        f"# Pier closes\n\n**CALDERMOOR, Ore. (AP) — The board acts at last.**\n\n{_STORY}",
    ],
)
def test_a_dateline_after_a_photo_line_or_in_the_second_paragraph(markdown: str) -> None:
    article = newsparse.parse(markdown)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("CALDERMOOR, Ore.", "AP")


@pytest.mark.parametrize(
    "opening",
    [
        # a kicker in capitals, a label, a job title, a person's name, a sentence with a colon
        "LE POINT SUR LA SITUATION –",
        "BREAKING NEWS:",
        "UPDATE:",
        "Senior Editor –",
        "Contributor:",
        "Jane Marlow –",
        "Marlow, Senior Editor –",
        "The answer is simple:",
        # a kind of piece as a kicker
        "Analysis —",
        "COMMENTARY:",
        "PHOTOS:",
        # a two-word brand or kicker in title case
        "Copperline Outfitters –",
        # a short acronym before a colon
        "ABC:",
    ],
)
def test_no_place_from_a_kicker_title_or_name(opening: str) -> None:
    place, agency, _ = _english(opening)
    assert (place, agency) == (None, None)


def test_a_label_in_capitals_alone_or_before_a_headline_is_no_place() -> None:
    for paragraph in (
        "**SIEHE:**",
        "KAIBLATT TALK: The Harbour Board, the Ferry Line and the North Quay Traders",
    ):
        article = newsparse.parse(f"# Pier closes\n\n{paragraph}\n\n{_STORY}\n\n{_STORY}")
        assert article.dateline is None or article.dateline.place is None


def test_an_interview_speaker_in_capitals_is_no_place() -> None:
    article = newsparse.parse(
        "# Interview\n\n**KAIBLATT: Wie haben Sie die Nachricht vom Montag aufgenommen, als die "
        "Brücke gesperrt wurde?**\n\nIch war sehr überrascht, denn niemand hatte uns vorher "
        "informiert, und der Umweg ist lang.\n\n**KAIBLATT: Und dann?**\n\nDann habe ich "
        "angerufen."
    )
    assert article.dateline is None or article.dateline.place is None


@pytest.mark.parametrize(
    "picture",
    [
        "![](https://pictures.example/pier.jpg)",
        "![The old pier at dusk](https://pictures.example/pier.jpg)",
        "[![](https://pictures.example/pier.jpg)](https://pictures.example/pier.jpg)",
    ],
)
def test_a_dateline_under_a_picture_is_no_caption(picture: str) -> None:
    """``![](src)`` over ``CALDERMOOR, Ore. (AP) — ...``: the story opens, the picture has none."""
    article = newsparse.parse(
        f"# Pier closes\n\n{picture}\n\nCALDERMOOR, Ore. (AP) — {_STORY}\n\n{_STORY}"
    )
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("CALDERMOOR, Ore.", "AP")
    assert article.body[0].text.startswith("The harbour board")
    assert not any("harbour board" in caption.text for caption in article.captions)


def test_a_dash_glued_to_the_story() -> None:
    """``CALDERMOOR —The ...``: a converter dropped the space after the dash."""
    article = newsparse.parse(f"# Pier closes\n\nCALDERMOOR, Ore. —{_STORY}\n\n{_STORY}")
    assert article.dateline is not None
    assert article.dateline.place == "CALDERMOOR, Ore."
    assert article.body[0].text.startswith("The harbour board")


# -- a date set before the standfirst on its line (invented text) ------------------------------

_SUMMARY = (
    "Überraschung im Rathaus: Der Rat verkauft den alten Fährhafen an einen Verein, der dort "
    "wieder Holzboote bauen will."
)


@pytest.mark.parametrize(
    ("opening", "summary", "place", "day"),
    [
        # a short date and a dash, the summary in bold after it
        ("03.04.19 - ", f"**{_SUMMARY}**", None, "2019-04-03"),
        # the bold opens before the place and date, as a press release sets its first lines
        ("**Talheim, 3. April 2019 - ", f"{_SUMMARY}**", "Talheim", "2019-04-03"),
        # in italics, the date with its time
        ("03.04.2019, 10:15 Uhr - ", f"*{_SUMMARY}*", None, "2019-04-03"),
    ],
)
def test_a_date_before_a_summary_in_emphasis_is_the_dateline_of_the_standfirst(
    opening: str, summary: str, place: str | None, day: str
) -> None:
    text = f"# Neuer Hafen für Talheim\n\n{opening}{summary}\n\n{_REST}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == [opening.rstrip()]
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.published is not None
    assert str(article.published.value)[:10] == day
    assert article.standfirst is not None
    assert article.standfirst.raw == summary
    assert article.standfirst.text == _SUMMARY
    assert article.body[0].text == _REST


@pytest.mark.parametrize(
    ("opening", "summary", "place"),
    [
        # the bold opens before a place in capitals and its dash
        ("**TALHEIM – ", f"{_SUMMARY}**", "TALHEIM"),
        # the place in bold italics, the bold of the summary opening before the dash
        ("***Talheim*** **– ", f"{_SUMMARY}**", "Talheim"),
        # the summary in italics after the place
        ("TALHEIM – ", f"*{_SUMMARY}*", "TALHEIM"),
    ],
)
def test_a_place_before_a_summary_in_emphasis_is_the_dateline_of_the_standfirst(
    opening: str, summary: str, place: str
) -> None:
    text = f"# Neuer Hafen für Talheim\n\n{opening}{summary}\n\n{_REST}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == [opening.rstrip()]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, None)
    assert article.standfirst is not None
    assert article.standfirst.text == _SUMMARY
    assert article.body[0].text == _REST


@pytest.mark.parametrize(
    "line",
    [
        # plain text after a place: the story's first paragraph
        f"TALHEIM – {_SUMMARY}",
        # a place before a colon takes no summary after it
        f"**TALHEIM: {_SUMMARY}**",
        # plain text after the date: the story's first paragraph
        f"03.04.19 - {_SUMMARY}",
        # an agency's story opens with its first paragraph, bold or not
        f"**TALHEIM (dpa) – {_SUMMARY}**",
    ],
)
def test_a_date_before_other_text_leaves_it_to_the_body(line: str) -> None:
    text = f"# Neuer Hafen für Talheim\n\n{line}\n\n{_REST}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert article.standfirst is None
    assert article.body[0].raw == line[len(article.dateline.raw) :].lstrip()


def test_a_date_before_a_bold_line_after_the_standfirst_is_split_into_the_body() -> None:
    """Only one standfirst: a dated bold line under it opens the text."""
    text = (
        f"# Neuer Hafen für Talheim\n\n## Der Rat hat entschieden, was aus dem Hafen wird\n\n"
        f"03.04.19 - **{_SUMMARY}**\n\n{_REST}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Der Rat hat")
    assert [d.raw for d in article.datelines] == ["03.04.19 -"]
    assert article.body[0].raw == f"**{_SUMMARY}**"


# -- title-case places the story confirms, agencies glued to the story, particles (invented) ---

_NAMING = (
    "Der Bürgermeister sagte, in {place} sei die Brücke seit Jahren geplant gewesen, und die "
    "Kosten trage zum größten Teil das Land."
)
_NAMING_EN = (
    "The mayor said the ferry service in {place} had lost money for years and the city would "
    "now look for a new operator."
)


@pytest.mark.parametrize(
    ("opening", "named", "place"),
    [
        # a place in title case set off by a period, named after "in" further down
        (f"Talheim. {_OPENING}", _NAMING.format(place="Talheim"), "Talheim"),
        # two places joined by a slash, one of them named
        (f"Genf/Talheim. {_OPENING}", _NAMING.format(place="Talheim"), "Genf/Talheim"),
        # the place's demonym names it: "die Talheimer Feuerwehr"
        (f"**Talheim.** {_OPENING}", "Die Talheimer Feuerwehr sperrt die Straße.", "Talheim"),
        # two capitalised words before a dash, with no word that forms places' names
        (f"Los Angeles — {_STORY}", _NAMING_EN.format(place="Los Angeles"), "Los Angeles"),
        (f"Hong Kong – {_STORY}", _NAMING_EN.format(place="Hong Kong"), "Hong Kong"),
    ],
)
def test_a_title_case_place_the_story_names_elsewhere_is_the_dateline(
    opening: str, named: str, place: str
) -> None:
    text = f"# Neue Brücke\n\n{opening}\n\n{named}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, None)
    assert article.body[0].text.startswith(("Die Gemeinde", "The harbour board"))


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        # a one-word kicker the story writes only in lower case
        (f"Endlich. {_OPENING}", "Die Brücke ist endlich fertig, sagte der Bürgermeister."),
        # a person's name, named again but never as a place
        (f"Jane Marlow – {_STORY}", "Jane Marlow said the board had waited too long."),
        # a brand of two words, named after "from" only as a sender, not a place
        (f"Copperline Outfitters – {_STORY}", "A letter from the council reached the shop."),
        # a place named, but the opening is a title with no story after it
        ("Talheim – Brücke", _NAMING.format(place="Talheim")),
    ],
)
def test_no_title_case_place_without_the_story_naming_it(opening: str, named: str) -> None:
    article = newsparse.parse(f"# Neue Brücke\n\n{opening}\n\n{named}\n\n{_REST}\n")
    dateline = article.dateline
    assert dateline is None or (dateline.place, dateline.agency) == (None, None)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a known agency's mark glued to the story, with or without a place
        ("(CNN)", None, "CNN"),
        ("Brindleford (CNN)", "Brindleford", "CNN"),
        # lower-case particles inside a place's name
        ("Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa"),
        ("Rio de Janeiro (AP) —", "Rio de Janeiro", "AP"),
    ],
)
def test_glued_agency_marks_and_place_particles(
    opening: str, place: str | None, agency: str | None
) -> None:
    joiner = "" if opening.endswith(")") else " "
    found_place, found_agency, text = _read(
        f"# Pier closes\n\n{opening}{joiner}{_STORY}\n\n{_STORY}\n\n{_STORY}"
    )
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


@pytest.mark.parametrize(
    "opening",
    [
        # an unknown word in parentheses glued to the text is no agency's mark
        "(Archiv)",
        "Brindleford (Archiv)",
        # "in" is no particle of a place: a title's "X in Y - Z"
        "Ferries in Brindleford -",
        # lower-case words that are no particles
        "Dass ein Vater (oder eine Mutter) -",
    ],
)
def test_no_place_from_unknown_marks_or_words_in_lower_case(opening: str) -> None:
    joiner = "" if opening.endswith(")") else " "
    place, agency, _ = _read(f"# Pier closes\n\n{opening}{joiner}{_STORY}\n\n{_STORY}")
    assert (place, agency) == (None, None)


@pytest.mark.parametrize(
    ("line", "named", "place"),
    [
        # a place alone on its line, in bold, before a hyphen or a dash
        ("**Talheim -**", "", "Talheim"),
        ("**Talheim –**", "", "Talheim"),
        # in italics with a period, the story naming one of its places
        ("*Genf/Talheim.*", _NAMING.format(place="Talheim"), "Genf/Talheim"),
    ],
)
def test_a_place_alone_on_its_line_over_the_story(line: str, named: str, place: str) -> None:
    text = f"# Neue Brücke\n\n{line}\n\n{_OPENING}\n\n{named}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.raw) == (place, line)
    assert article.body[0].text.startswith("Die Gemeinde")


def test_a_word_alone_with_a_period_the_story_never_names_as_a_place() -> None:
    article = newsparse.parse(
        f"# Neue Brücke\n\nMerken.\n\n{_OPENING}\n\nDas muss man sich merken.\n"
    )
    assert article.dateline is None or article.dateline.place is None


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # no-break spaces a converter kept from the page
        ("CALDERMOOR,\u00a0Ore.\u00a0(AP)\u00a0—", "CALDERMOOR, Ore.", "AP"),
        # the agency's mark in italics
        ("CALDERMOOR (*AP*) —", "CALDERMOOR", "AP"),
        # a known agency's mark before the story with no dash, or with a colon
        ("Brindleford, May 3 (Reuters)", "Brindleford", "Reuters"),
        ("Brindleford, May 3 (PTI):", "Brindleford", "PTI"),
        # inline markup that hides the shape: a link, raw tags, an entity, escapes
        ("[CALDERMOOR](https://news.example/caldermoor), Ore. (AP) —", "CALDERMOOR, Ore.", "AP"),
        ('<span class="dateline">CALDERMOOR (AP)</span> —', "CALDERMOOR", "AP"),
        ("<strong>CALDERMOOR</strong> (AP) —", "CALDERMOOR", "AP"),
        ("CALDERMOOR (AP) &mdash;", "CALDERMOOR", "AP"),
        ("CALDERMOOR, Ore\\. \\(AP\\) —", "CALDERMOOR, Ore.", "AP"),
    ],
)
def test_a_dateline_in_other_converters_forms(opening: str, place: str, agency: str | None) -> None:
    text = f"# Pier closes\n\n{opening} {_STORY}\n\n{_STORY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.dateline.raw == opening
    assert article.body[0].text.startswith("The harbour board")


@pytest.mark.parametrize(
    "opening",
    [
        # a date in parentheses is no agency's mark: the date opens the text
        "(21. Mai 2022)",
        # a linked name before a dash is no place
        "[Jane Marlow](https://news.example/jane) –",
    ],
)
def test_no_agency_or_place_from_other_marks(opening: str) -> None:
    place, agency, _ = _read(f"# Pier closes\n\n{opening} {_STORY}\n\n{_STORY}\n")
    assert (place, agency) == (None, None)


_STORY_RU = (
    "Портовое управление во вторник проголосовало за закрытие старого причала до осени, "
    "сообщили чиновники."
)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a title-case place with its date and no agency
        ("Brindleford, May 3 —", "Brindleford", None),
        # a day alone before an agency, as one agency writes its datelines
        ("KELDRA, 3 (EUROPA PRESS) -", "KELDRA", "EUROPA PRESS"),
        # an agency's service after a hyphen
        ("Keldra (dpa-AFX) -", "Keldra", "dpa-AFX"),
    ],
)
def test_more_wire_openings(opening: str, place: str, agency: str | None) -> None:
    found_place, found_agency, text = _english(opening)
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a place in Cyrillic capitals, the agency between slashes or after the dash
        ("ГАВАНЬ, 3 мая. /ТАСС/.", "ГАВАНЬ", "ТАСС"),
        ("ГАВАНЬ, 3 мая - РИА Новости.", "ГАВАНЬ", "РИА Новости"),
        ("ГАВАНЬ (Reuters) -", "ГАВАНЬ", "Reuters"),
    ],
)
def test_cyrillic_wire_openings(opening: str, place: str, agency: str) -> None:
    found_place, found_agency, text = _read(
        f"# Причал закрыт\n\n{opening} {_STORY_RU}\n\n{_STORY_RU}\n\n{_STORY_RU}"
    )
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("Портовое управление")


@pytest.mark.parametrize(
    "opening",
    [
        # a place and a sentence before a dash: no date, no dateline
        "Brindleford, the town by the sea –",
        # a day alone with no agency after it
        "KELDRA, 3 -",
        # an unknown name after the dash is the story's own first words
        "KELDRA - Harbour Master.",
    ],
)
def test_no_date_or_agency_from_other_words(opening: str) -> None:
    place, agency, _ = _english(opening)
    assert agency is None
    assert place in (None, "KELDRA")


def test_a_linked_word_in_title_case_before_a_dash_is_no_place() -> None:
    """``[Harbour](#) – The ...``: a link to a topic or a menu, not a dateline."""
    place, agency, _ = _read(f"# Pier closes\n\n[Harbour](https://news.example/h) – {_STORY}\n")
    assert (place, agency) == (None, None)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a known agency's name after the place, with no parentheses
        ("Brindleford CNN —", "Brindleford", "CNN"),
        # an agency's desk, glued to the story
        ("Brindleford (CNN Business)", "Brindleford", "CNN Business"),
    ],
)
def test_an_agency_named_after_the_place(opening: str, place: str, agency: str) -> None:
    joiner = "" if opening.endswith(")") else " "
    found_place, found_agency, text = _read(
        f"# Pier closes\n\n{opening}{joiner}{_STORY}\n\n{_STORY}\n\n{_STORY}"
    )
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


def test_a_name_before_an_agency_is_no_place() -> None:
    place, _agency, _ = _english("Jane Marlow CNN —")
    assert place is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("**PORTVILLE (AP) —**", "PORTVILLE", "AP"),
        ("**KIEL (dpa) -**", "KIEL", "dpa"),
        ("(CNN) —", None, "CNN"),
    ],
)
def test_a_dateline_with_its_agency_alone_on_its_line_is_no_byline(
    line: str, place: str | None, agency: str
) -> None:
    markdown = f"# Neue Brücke für Talheim\n\n{line}\n\n{_OPENING}\n\n{_REST}"
    article = newsparse.parse(markdown)
    assert article.byline is None
    assert _read(markdown)[:2] == (place, agency)
    assert_lossless(markdown, article)


def test_a_name_in_capitals_before_a_dash_stays_a_byline() -> None:
    markdown = f"# Neue Brücke für Talheim\n\nMARIA LOPEZ -\n\n{_OPENING}\n\n{_REST}"
    article = newsparse.parse(markdown)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["MARIA LOPEZ"]


# -- shapes left open by the last session (invented text) ---------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # the underscore old wire copy writes for a dash
        ("KELDRA (AP) _", "KELDRA", "AP"),
        ("NEW HARWICK _", "NEW HARWICK", None),
        # the agency first, then the place and the day
        ("(ANSA) - KELDRA, 3 MAG -", "KELDRA", "ANSA"),
        # an article or a kicker in title case before a place in capitals is no part of it
        ("The KELDRA (AP) —", "KELDRA", "AP"),
        ("<b>The</b> KELDRA (AP) —", "KELDRA", "AP"),
    ],
)
def test_wire_openings_of_old_copy_and_other_orders(
    opening: str, place: str, agency: str | None
) -> None:
    found_place, found_agency, text = _english(opening)
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


def test_a_day_alone_dates_only_an_agency_s_wire() -> None:
    """``Keldra, 3 (Photos) -``: a word in parentheses after a day alone is no wire's mark."""
    place, agency, _ = _english("Keldra, 3 (Photos) -")
    assert (place, agency) == (None, None)


def test_a_company_before_an_agency_is_no_place() -> None:
    """``Copperline (Reuters)The ...``: the story writes the name as a company's."""
    story = "The maker of ferry engines said on Tuesday that Copperline Inc would cut 200 jobs."
    place, agency, text = _read(f"# Jobs cut\n\nCopperline (Reuters){story}\n\n{_STORY}")
    assert (place, agency, text) == (None, "Reuters", story)
    ticker = "Copperline (CPL.N) said on Tuesday it would cut 200 jobs at the north quay plant."
    place, agency, _ = _read(f"# Jobs cut\n\nCopperline (Reuters) - {ticker}\n\n{_STORY}")
    assert (place, agency) == (None, "Reuters")
    # the same shape with a place the story writes as none
    place, _agency, _ = _read(f"# Jobs cut\n\nBrindleford (Reuters){story}\n\n{_STORY}")
    assert place == "Brindleford"


@pytest.mark.parametrize(
    "lines",
    [
        # a place over its agency and the story, on the next line of the block
        "KELDRA, Ore.\n(AP) — ",
        # the place and its agency over the dash
        "KELDRA, Ore. (AP)\n— ",
        # the place in a block of its own
        "KELDRA, Ore.\n\n(AP) — ",
    ],
)
def test_a_dateline_broken_over_two_lines(lines: str) -> None:
    markdown = f"# Pier closes\n\n{lines}{_STORY}\n\n{_STORY}\n"
    article = newsparse.parse(markdown)
    assert_lossless(markdown, article)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("KELDRA, Ore.", "AP")
    assert article.body[0].text.startswith("The harbour board")


def test_a_line_over_the_story_that_reads_as_no_dateline_stays_text() -> None:
    """``Notes from the quay`` over ``(AP) — ...``: only a place joins the agency's line."""
    markdown = f"# Pier closes\n\nNotes from the quay\n(AP) — {_STORY}\n\n{_STORY}\n"
    article = newsparse.parse(markdown)
    assert article.dateline is not None
    assert article.dateline.place is None


def test_a_wire_dateline_in_a_heading_line_opens_the_story() -> None:
    markdown = f"# Pier closes\n\n## KELDRA (AP) — {_STORY}\n\n{_STORY}\n"
    article = newsparse.parse(markdown)
    assert_lossless(markdown, article)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.raw) == ("KELDRA", "AP", "## KELDRA (AP) —")
    assert article.body[0].text == _STORY


@pytest.mark.parametrize(
    "heading",
    [
        # a place and a dash before a headline, with no agency: a heading
        "## KELDRA — Harbour board closes the old pier for the summer months",
        # an agency, but a headline after the dash
        "## KELDRA (AP) — Pier closes",
    ],
)
def test_a_heading_naming_a_place_stays_a_heading(heading: str) -> None:
    article = newsparse.parse(f"# Pier closes\n\n{heading}\n\n{_STORY}\n")
    dateline = article.dateline
    assert dateline is None or (dateline.place, dateline.agency) == (None, None)


def test_a_title_case_place_before_a_colon_when_the_story_names_it() -> None:
    named = _NAMING_EN.format(place="Brindleford")
    article = newsparse.parse(f"# Pier closes\n\nBrindleford: {_STORY}\n\n{named}\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Brindleford", None)
    assert article.body[0].text.startswith("The harbour board")


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        # a label before a colon, whatever the text says
        ("Update:", "An update in Update was sent to the board on Monday."),
        # a title-case word the story never names as a place
        ("Brindleford:", "The board met again on Monday."),
    ],
)
def test_no_title_case_place_before_a_colon_otherwise(opening: str, named: str) -> None:
    article = newsparse.parse(f"# Pier closes\n\n{opening} {_STORY}\n\n{named}\n")
    dateline = article.dateline
    assert dateline is None or (dateline.place, dateline.agency) == (None, None)


def test_teaser_cards_from_the_same_place_leave_the_colon_dateline() -> None:
    """Teasers of other stories (a linked headline, then ``OSTERBY: ...``) are no speaker's."""
    teaser = (
        "#### [Ferry strike ends](https://news.example/ferry)\n\n"
        "OSTERBY: The ferry crews went back."
    )
    markdown = f"# Pier closes\n\nOSTERBY: {_STORY}\n\n{_STORY}\n\n{teaser}\n\n{teaser}\n"
    article = newsparse.parse(markdown)
    assert article.dateline is not None
    assert article.dateline.place == "OSTERBY"


@pytest.mark.parametrize(
    ("block", "byline", "dateline"),
    [
        # plain names and a date whose year a narrow column put on the next line
        ("Ida Brenner, May 2,\n2021", "Ida Brenner,", "May 2,\n2021"),
        # a prefixed byline, the date's day and month over its year
        ("By Ida Brenner, 2 May\n2021", "By Ida Brenner,", "2 May\n2021"),
    ],
)
def test_a_byline_and_date_wrapped_inside_the_date(block: str, byline: str, dateline: str) -> None:
    markdown = f"# Pier closes\n\n{block}\n\n{_STORY}\n\n{_STORY}\n"
    article = newsparse.parse(markdown)
    assert_lossless(markdown, article)
    assert article.byline is not None
    assert article.byline.raw == byline
    assert [d.raw for d in article.datelines] == [dateline]
    assert article.published is not None
    assert str(article.published.value) == "2021-05-02"


@pytest.mark.parametrize(
    "opening",
    [
        # a job title or a kicker before an agency's mark: the agency alone
        "Contributor (AP) —",
        "Breaking News (AP) —",
        # a name or a job title in title case over an agency's mark on the next line
        "Ida Brenner\n(AP) —",
        "Contributor\n(AP) —",
    ],
)
def test_no_place_from_a_job_title_kicker_or_name_before_an_agency(opening: str) -> None:
    article = newsparse.parse(f"# Pier closes\n\n{opening} {_STORY}\n\n{_STORY}\n")
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (None, "AP")
    assert any(block.text.startswith("The harbour board") for block in article.body[:2])


# -- kickers in capitals, regions, marks in parentheses and Spanish-language openings ----------


@pytest.mark.parametrize(
    "opening",
    [
        # a kind of piece or a job title in capitals before a dash: a kicker, no place
        "OPINION —",
        "ANALYSE –",
        "SENIOR EDITOR –",
    ],
)
def test_no_place_from_a_kicker_or_job_title_in_capitals(opening: str) -> None:
    place, agency, _ = _english(opening)
    assert (place, agency) == (None, None)


def test_a_place_in_capitals_holding_one_such_word_keeps_it() -> None:
    """``NEWS HARBOUR`` is a place with a word a kicker uses; only kicker words alone are none."""
    place, agency, _ = _english("WHITE HARWICK —")
    assert (place, agency) == ("WHITE HARWICK", None)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # one capitalised word in parentheses that names no agency, named again in the story:
        # the place's region
        ("Talheim (Schwaben) -", "Talheim (Schwaben)", None),
        # not named again: an agency we may not know ("Lima (Andina) -")
        ("Talheim (Nordkurier) -", "Talheim", "Nordkurier"),
        # a known agency written in title case stays the agency, even named again
        ("Talheim (Kyodo) -", "Talheim", "Kyodo"),
        # an agency in lower case or in capitals stays the agency
        ("Talheim (dpa) -", "Talheim", "dpa"),
        ("Talheim (KTLM) -", "Talheim", "KTLM"),
    ],
)
def test_a_region_in_parentheses_stays_with_its_place(
    opening: str, place: str, agency: str | None
) -> None:
    mark = opening.partition("(")[2].partition(")")[0]
    # The story's opening names the word again, unless it is the agency we do not know.
    again = "" if mark == "Nordkurier" else f" in {mark}"
    found_place, found_agency, text = _read(
        f"# Neue Brücke für Talheim\n\n{opening} Die Gemeinde{again} hat am Montag die "
        f"Sanierung der Brücke beschlossen.\n\n{_REST}"
    )
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("Die Gemeinde")


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a period and a hyphen after the place, as Spanish-language copy sets its dateline
        ("VALDEMORA.-", "VALDEMORA"),
        ("**Valdemora.-**", "Valdemora"),
        ("**San Valdemora.-**", "San Valdemora"),
    ],
)
def test_a_place_set_off_by_a_period_and_a_hyphen(opening: str, place: str) -> None:
    text = (
        f"# Nuevo puente\n\n{opening} El consejo municipal aprobó el martes la reparación del "
        "puente viejo sobre el río.\n\nLas obras empezarán en junio y durarán tres meses.\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, None)
    assert article.body[0].text.startswith("El consejo")


@pytest.mark.parametrize("speaker", ["Marisol.-", "Tomás.-"])
def test_a_speaker_s_mark_in_an_interview_is_no_place(speaker: str) -> None:
    """Plain ``Name.-`` opens each answer of a transcript; a place so set off is bold."""
    text = (
        f"# Entrevista\n\n{speaker} Cuando llegué al puerto, nadie hablaba del puente.\n\n"
        "Las obras empezarán en junio y durarán tres meses.\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is None or article.dateline.place is None


def test_a_place_of_several_words_confirmed_by_its_last_word_s_demonym() -> None:
    """``Markt Eschenau -`` alone over a story about ``die Eschenauer Feuerwehr``."""
    text = (
        f"# Neue Brücke\n\n**Markt Eschenau -**\n\n{_OPENING}\n\nDie Eschenauer Feuerwehr "
        f"sperrt die Straße bis zum Sommer.\n\n{_REST}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert article.dateline.place == "Markt Eschenau"
    assert article.body[0].text.startswith("Die Gemeinde")


def test_a_name_of_two_words_the_story_never_writes_as_a_demonym_is_no_place() -> None:
    article = newsparse.parse(
        f"# Neue Brücke\n\n**Jana Marlow -**\n\n{_OPENING}\n\nJana Marlow sagte, die Brücke "
        f"sei zu alt.\n\n{_REST}\n"
    )
    dateline = article.dateline
    assert dateline is None or dateline.place is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        # the whole dateline in parentheses: its place, and no agency
        ("*( Talheim, 14 marzo 2020 )*", "Talheim", None),
        # a section's link in parentheses after the date is no agency; a known agency's is
        ("14. Juni 2021 ([Gartenbau](#))", None, None),
        ("14. Juni 2021 ([dpa](#))", None, "dpa"),
        # a site's section where a place goes names none
        ("Kultur, 2.11.22", None, None),
    ],
)
def test_header_datelines_with_marks_in_parentheses_or_a_section(
    line: str, place: str | None, agency: str | None
) -> None:
    text = f"# Neue Brücke\n\n{line}\n\n{_OPENING}\n\n{_REST}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a place in capitals closed in italics, then the dash or the agency's mark
        ("*CALDERMOOR, Ore.* —", "CALDERMOOR, Ore.", None),
        ("_CALDERMOOR_ (AP) —", "CALDERMOOR", "AP"),
    ],
)
def test_a_place_in_capitals_set_in_italics(opening: str, place: str, agency: str | None) -> None:
    found_place, found_agency, text = _english(opening)
    assert (found_place, found_agency) == (place, agency)
    assert text.startswith("The harbour board")


@pytest.mark.parametrize("line", ["(Reuters, 3 May 2021)", "(AFP, 3 May 2021)"])
def test_a_known_agency_in_a_dateline_in_parentheses_is_no_place(line: str) -> None:
    """Only a dateline in parentheses that names no agency gives its place."""
    reading = read_dateline(line)
    assert reading is not None
    assert reading.place is None
    assert reading.agency is not None
    assert agency_name(reading.agency) in {"Reuters", "AFP"}


def test_a_surname_like_a_demonym_confirms_no_place() -> None:
    """``Kim Berg -`` over a story naming ``Lea Berger``: a name, not ``die Berger Feuerwehr``."""
    text = (
        f"# Neue Brücke\n\n**Kim Berg -**\n\n{_OPENING}\n\nIhr Nachfolger wird Lea Berger, "
        f"bisher im Rathaus.\n\n{_REST}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is None or article.dateline.place is None
