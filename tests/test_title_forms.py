"""A headline written in the forms other converters use reads the same title as ``# Headline``.

Converters we have no dumps of write a page's heading as a bold line, raw HTML, a one-cell table
or with a permalink anchor beside it. Every case is invented: a header around the headline
(a site line, a kicker, a byline) over two paragraphs of invented text. The title read from the
rewritten header must equal the title read from the ATX form, and nothing of the input is lost.
"""

from __future__ import annotations

import pytest

import newsparse

from .helpers import assert_lossless

_BODY = (
    "The harbour board met on Tuesday evening to settle the winter timetable of the island ferry, "
    "and after a long and heated debate it agreed to keep the night crossings running twice a "
    "week until the end of March.\n\n"
    "The ferry company said the second engine would be back from the yard before the first storm."
)

# Headers with the slot "{h}" where the headline stands, as the ATX form fills it.
_HEADERS = (
    "{h}",
    "[Start](#) [Hafen](#) [Inseln](#)\n\n{h}\n\nBy Mara Lindqvist | 4 May 2024",
    "Inselbote - Nachrichten von der Küste\n\n{h}\n\n12.03.2023, 08:15 Uhr",
    "![Die Fähre am Kai](/bilder/faehre.jpg)\n\n{h}\n\nVon Henrike Sallmann",
)
_HEADLINES = (
    "Night ferries return to Lindholm for the winter",
    "Hafenamt: Neue Fähre fährt ab März zweimal täglich",
    "Why the island ferry sails again?",
)


def _title(header: str, headline: str) -> str | None:
    text = f"{header.replace('{h}', headline)}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    return article.title


@pytest.mark.parametrize("header", _HEADERS)
@pytest.mark.parametrize("headline", _HEADLINES)
@pytest.mark.parametrize(
    "form",
    [
        "**{t}**",
        "__{t}__",
        "<h1>{t}</h1>",
        '<h1 class="entry-title" id="post-12">{t}</h1>',
        "<H2>{t}</H2>",
        "| {t} |\n| --- |",
        "| {t} | |\n|:---|---|",
        '# {t}[¶](#harbour "Permalink to this headline")',
        "# {t} [#](#night-ferries)",
        "# {t}[§](#s1)",
        "# {t} [🔗](https://inselbote.example/faehre#top)",
        "# {t}[](#anchor)",
        "# [](#anchor){t}",
    ],
)  # fmt: skip
def test_a_headline_in_another_converters_form(form: str, header: str, headline: str) -> None:
    atx = _title(header, f"# {headline}")
    assert atx == headline
    assert _title(header, form.replace("{t}", headline)) == atx


def test_the_form_is_one_headline_element() -> None:
    """The table's delimiter row and the HTML tags belong to the headline as written."""
    for form, level in (("| Neue Fähre ab März |\n| --- |", 1), ("<h3>Neue Fähre ab März</h3>", 3)):
        article = newsparse.parse(f"{form}\n\n{_BODY}\n")
        headline = article.headline
        assert headline is not None
        assert (headline.text, headline.raw, headline.level) == ("Neue Fähre ab März", form, level)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A bold line is a headline only where no level-1 heading is; here the heading is.
        ("**Neu im Hafen: die Fähre**\n\n# Die Fähre fährt wieder", "Die Fähre fährt wieder"),
        # A bold question after the first paragraph is an interview's, not a title.
        (f"{_BODY}\n\n**Wie lange fährt die Fähre noch nachts?**", None),
        # A bold line with a rule or a byline in it is no headline.
        ("***---- by Mara Lindqvist***\n\n## Die Fähre fährt wieder", "Die Fähre fährt wieder"),
        ("**By Mara Lindqvist and Jo Brandt**\n\n## Die Fähre fährt", "Die Fähre fährt"),
        # A bold line after a headline of a lower level is the page's, not the title.
        ("## Hinweise für Fahrgäste\n\n**Fahrplan der Fähre im Winter**", "Hinweise für Fahrgäste"),
    ],
)  # fmt: skip
def test_bold_lines_that_are_no_title(text: str, title: str | None) -> None:
    assert _title(text, "") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A bold headline closed by an ellipsis, as a teaser ends: no sentence's stop.
        ("**Winterfahrplan! Darum fährt die Fähre später ...**\n\n## Was sich ändert",
         "Winterfahrplan! Darum fährt die Fähre später ..."),
        # A bold line closed by a full stop is a sentence, no headline.
        ("**Die Fähre fährt später.**\n\n## Was sich ändert", "Was sich ändert"),
    ],
)  # fmt: skip
def test_a_bold_headline_may_close_with_an_ellipsis(text: str, title: str) -> None:
    assert _title(text, "") == title


def test_a_layout_table_is_no_headline() -> None:
    """A table with rows under its header lays out content: its first cell is no title."""
    table = "| Fahrplan der Inselfähre |\n| --- |\n| Montag 8:00 |\n| Dienstag 9:30 |"
    assert _title(table, "") is None
    assert _title(f"{table}\n\n## Die Fähre fährt wieder", "") == "Die Fähre fährt wieder"


@pytest.mark.parametrize(
    ("markdown", "bare"),
    [
        ('Fähre[¶](#f "Permalink")', "Fähre"),
        ("[#](#f) Fähre", "Fähre"),
        # A link with words is the heading's own, and a permalink alone is kept.
        ("Fähre [mehr](#f)", "Fähre [mehr](#f)"),
        ("[¶](#f)", "[¶](#f)"),
        ("C# [§](#c)", "C#"),
    ],
)  # fmt: skip
def test_without_permalink(markdown: str, bare: str) -> None:
    from newsparse._plan import without_permalink

    assert without_permalink(markdown) == bare


_CAPTION = (
    "Die neue Fähre liegt am Kai von Lindholm, wo sie nach zwei Wintern in der Werft wieder "
    "festmacht; Fahrgäste und Hafenarbeiter sehen zu, wie die Leinen fest gemacht werden und "
    "die Rampe sich senkt, im ersten Licht des Morgens © Inselbote"
)


@pytest.mark.parametrize(
    ("text", "url", "title"),
    [
        # A byline or a date under a bold line agrees with it: a headline even after a long
        # caption, or closed by a period.
        (f"{_CAPTION}\n\n**Fähre fährt wieder nach Lindholm**\n\nVon Mara Lindqvist, 4. Mai 2024",
         "https://inselbote.example/a/4711", "Fähre fährt wieder nach Lindholm"),
        ("**Warum die Fähre wieder fährt.**\n\nBy Mara Lindqvist | 4 May 2024",
         "https://inselbote.example/a/4711", "Warum die Fähre wieder fährt."),
        # So does the URL's slug.
        (f"{_CAPTION}\n\n**Die Fähre fährt wieder**", "https://inselbote.example/die-faehre-faehrt-wieder",
         "Die Fähre fährt wieder"),
        # One bold word heads a dump with no level-1 heading, as a one-word heading does.
        ("**Hafenkuchen**", "https://inselbote.example/a/4711", "Hafenkuchen"),
        # A level-1 heading naming furniture or the site does not keep a bold headline out...
        ("# Hauptmenü\n\n**Neue Fähre für Lindholm**", "https://inselbote.example/a/4711",
         "Neue Fähre für Lindholm"),
        # ... but a bold word alone stays out where one is, and so does a bold line after text.
        ("# Inselbote\n\n**Willkommen**", "https://inselbote.example/a/4711", "Inselbote"),
        (f"# Inselbote\n\n{_BODY}\n\n**Mara Lindqvist**", "https://inselbote.example/a/4711",
         "Inselbote"),
    ],
)  # fmt: skip
def test_a_bold_headline_a_second_signal_agrees_with(text: str, url: str, title: str) -> None:
    """A bold line shaped unlike a headline, or late, is one when a byline, date or slug agrees."""
    dump = f"{text}\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(dump)
    assert_lossless(dump, article)
    assert article.title == title


# A page title over the article's own heading, and the same with a converter's layout box
# lines (pandoc's fenced divs, raw block tags) set between the blocks.
_PAGE_TITLE_OVER_HEADING = (
    "# Die Inselfähre fährt wieder nachts\n\n"
    "{box}"
    "# Hafenamt: Die Inselfähre fährt wieder nachts\n\n"
    "{box}"
    "Von Mara Lindqvist, 4. Mai 2024\n\n"
)
_DATED_HEADING_UNDER_SITE = (
    "# Willkommen beim Inselboten\n\n{box}# Nachtfähre nach Lindholm kehrt zurück\n\n{box}"
    "4. Mai 2024\n\n"
)


@pytest.mark.parametrize(
    "box",
    ["", "::: {.section .content}\n\n", ":::\n\n::: {.content}\n\n", '<div class="entry">\n\n'],
)
@pytest.mark.parametrize(
    ("header", "title"),
    [
        (_PAGE_TITLE_OVER_HEADING, "Hafenamt: Die Inselfähre fährt wieder nachts"),
        (_DATED_HEADING_UNDER_SITE, "Nachtfähre nach Lindholm kehrt zurück"),
    ],
)
def test_layout_box_lines_between_the_headings_change_no_title(
    box: str, header: str, title: str
) -> None:
    """A line that only opens or closes a box holds nothing: the title read past it is the same.

    The dated heading under a site's heading, and the article's own heading under the page
    title (found by its date or byline right under it), are read past ``:::`` and ``<div>``.
    """
    assert _title(header.replace("{box}", box), "") == title


@pytest.mark.parametrize("box", [":::: {.page}\n\n", '<div class="page">\n\n'])
def test_a_plain_first_line_is_read_past_an_opening_box(box: str) -> None:
    """A dump with no heading, its headline a plain first line, opening inside a layout box."""
    headline = "Nachtfähre nach Lindholm kehrt zurück"
    assert _title(f"{headline}", "") == headline
    assert _title(f"{box}{headline}", "") == headline


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # A breadcrumb's last item underlined, its continuation indented with a tab.
        ("1. [Start](/)\n2. Nachtfähre nach Lindholm kehrt zurück\n\t=====",
         "2. Nachtfähre nach Lindholm kehrt zurück\n\t====="),
        # A heading in a list item's content, text and underline indented by the same tab.
        ("* [Hafen](/hafen)\n\n\tNachtfähre nach Lindholm kehrt zurück\n\t-----",
         "\tNachtfähre nach Lindholm kehrt zurück\n\t-----"),
    ],
)  # fmt: skip
def test_a_tab_indented_underline_makes_the_heading(text: str, raw: str) -> None:
    """A converter that indents list content with tabs underlines the heading in it so."""
    dump = f"{text}\n\n{_BODY}\n"
    article = newsparse.parse(dump)
    assert_lossless(dump, article)
    assert article.headline is not None
    assert article.title == "Nachtfähre nach Lindholm kehrt zurück"
    assert article.headline.raw == raw.strip()


def test_a_tab_indented_underline_outside_a_list_is_no_heading() -> None:
    """Outside a list a tab-indented line is code: its underline makes no heading of it."""
    # A one-word headline, so that a second level-1 heading would win over it.
    dump = f"# Nachtfähre\n\n{_BODY}\n\n\tHafen Süd am Abend\n\t===\n\n{_BODY}\n"
    article = newsparse.parse(dump)
    assert_lossless(dump, article)
    assert article.title == "Nachtfähre"
