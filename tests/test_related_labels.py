"""The label of a related box reaches every link of it, whichever rule reads the links.

A box's label line may be said as a sentence
(``Diese Geschichten könnten dich auch interessieren:``), or stand over cards that other rules
read one by one (a picture link, a heading link, a summary). The links keep the label; which
links are related does not change.
"""

from __future__ import annotations

import pytest

import newsparse

from .helpers import assert_lossless

_OPENING = (
    "# Die Fähre fährt wieder nach Nordsand\n\n"
    "Von Ilka Wendeborn\n\n"
    "Nach drei Wochen in der Werft legt die kleine Fähre am Montag wieder am Anleger in Nordsand "
    "an. Die Gemeinde hatte den Ersatzbus nur bis Ende des Monats bestellt, und viele Pendler "
    "hatten sich über die langen Umwege beschwert, die der Bus über den Damm nehmen musste."
)
_CLOSING = (
    "Der Fahrplan bleibt wie im Sommer: stündlich von sechs Uhr morgens bis zehn Uhr abends, "
    "am Wochenende bis Mitternacht."
)
_FOOTER = "Original url:\n\n<https://www.kuestenbote.example/nordsand/faehre-faehrt-wieder>"
_LINKS = (
    "[Warum der Deich bei Nordsand höher werden soll](#)\n\n"
    "[Neue Bänke für die Promenade am Südstrand](#)"
)
_TITLES = [
    "Warum der Deich bei Nordsand höher werden soll",
    "Neue Bänke für die Promenade am Südstrand",
]


def _tail(box: str) -> str:
    return f"{_OPENING}\n\n{_CLOSING}\n\n{box}\n\n{_FOOTER}\n"


@pytest.mark.parametrize(
    ("label_line", "label"),
    [
        (
            "Diese Geschichten könnten dich auch interessieren:",
            "Diese Geschichten könnten dich auch interessieren",
        ),
        (
            "*Diese Beiträge könnten Sie ebenfalls interessieren:*",
            "Diese Beiträge könnten Sie ebenfalls interessieren",
        ),
        ("### Das könnte Ihnen auch gefallen!", "Das könnte Ihnen auch gefallen"),
    ],
)
def test_a_label_said_as_a_sentence_names_the_box_under_it(label_line: str, label: str) -> None:
    text = _tail(f"{label_line}\n\n{_LINKS}")
    article = newsparse.parse(text)
    assert [link.title for link in article.related] == _TITLES
    assert [link.label for link in article.related] == [label, label]
    assert_lossless(text, article)


def test_a_sentence_with_no_verb_of_liking_is_no_label() -> None:
    article = newsparse.parse(_tail(f"Diese Artikel könnten bald verschwinden\n\n{_LINKS}"))
    assert all(link.label is None for link in article.related)


def test_a_sentence_label_in_the_text_makes_no_link_related() -> None:
    middle = f"Diese Artikel könnten euch auch interessieren:\n\n{_LINKS}"
    text = f"{_OPENING}\n\n{middle}\n\n{_CLOSING}\n\n{_CLOSING}\n\n{_OPENING}\n\n{_FOOTER}\n"
    article = newsparse.parse(text)
    assert article.related == ()
    assert_lossless(text, article)


_CARDS = "\n\n".join(
    f"[![]()](https://www.kuestenbote.example/{slug}/)\n\n"
    f"### [{title}](https://www.kuestenbote.example/{slug}/)\n\n"
    f"{summary}"
    for slug, title, summary in [
        ("deich", "Der Deich wird höher", "Die Arbeiten beginnen im Herbst."),
        ("baenke", "Neue Bänke am Südstrand", "Zwölf Bänke aus Eichenholz."),
        ("leuchtturm", "Der Leuchtturm öffnet", "Führungen gibt es jeden Samstag."),
    ]
)


def test_every_card_of_a_box_keeps_the_label_over_the_box() -> None:
    text = _tail(f"### Weitere Beiträge\n\n{_CARDS}")
    article = newsparse.parse(text)
    titles = ["Der Deich wird höher", "Neue Bänke am Südstrand", "Der Leuchtturm öffnet"]
    assert [link.title for link in article.related] == titles
    assert {link.label for link in article.related} == {"Weitere Beiträge"}
    assert_lossless(text, article)


def test_a_box_label_of_no_table_stops_the_search_for_a_label() -> None:
    text = _tail(f"**Verwandte Artikel:**\n\n**Links auf andere Seiten:**\n\n{_LINKS}")
    article = newsparse.parse(text)
    assert all(link.label != "Verwandte Artikel" for link in article.related)


# A dump made with no link markup (a converter that keeps only the text): the box's items are
# its titles alone, a card's date or summary indented under its item.
_UNLINKED_LIST = (
    "Mehr zum Thema:\n\n"
    "* Warum der Deich bei Nordsand höher werden soll\n"
    "  12.03.2031\n"
    "* Neue Bänke für die Promenade am Südstrand\n"
    "  Die Gemeinde stellt im Frühjahr zwölf Bänke aus Eichenholz auf.\n"
    "1. Der Leuchtturm öffnet wieder für Besucher"
)


def test_a_labelled_list_of_titles_without_links_is_a_related_box() -> None:
    text = _tail(_UNLINKED_LIST)
    article = newsparse.parse(text)
    assert [(link.label, link.title, link.url) for link in article.related] == [
        ("Mehr zum Thema", "Warum der Deich bei Nordsand höher werden soll", None),
        ("Mehr zum Thema", "Neue Bänke für die Promenade am Südstrand", None),
        ("Mehr zum Thema", "Der Leuchtturm öffnet wieder für Besucher", None),
    ]
    assert_lossless(text, article)


@pytest.mark.parametrize(
    "cards",
    [
        "### Warum der Deich bei Nordsand höher werden soll\n\n12.03.2031\n\n"
        "### Neue Bänke für die Promenade am Südstrand",
        # one heading written with two spaces after its marks is still of the same level
        "### Warum der Deich bei Nordsand höher werden soll\n\n"
        "###  Neue Bänke für die Promenade am Südstrand",
        "Warum der Deich bei Nordsand höher werden soll\n---\n\n"
        "Neue Bänke für die Promenade am Südstrand\n---",
    ],
)
def test_a_label_over_several_headings_of_one_level_is_a_box_of_cards(cards: str) -> None:
    text = _tail(f"Verwandte Artikel\n\n{cards}")
    article = newsparse.parse(text)
    assert [(link.label, link.title) for link in article.related] == [
        ("Verwandte Artikel", "Warum der Deich bei Nordsand höher werden soll"),
        ("Verwandte Artikel", "Neue Bänke für die Promenade am Südstrand"),
    ]
    assert_lossless(text, article)


@pytest.mark.parametrize(
    "box",
    [
        # headings of two levels: the page's own headline and its subtitle under a stray label
        "Verwandte Artikel\n\n# Warum der Deich bei Nordsand höher werden soll\n\n"
        "## Neue Bänke für die Promenade am Südstrand",
        # items that are sentences of the text, not titles
        "Mehr zum Thema:\n\n* Die Fähre fährt ab Montag wieder stündlich.\n"
        "* Der Ersatzbus fährt nur noch bis Ende des Monats.",
        # a label that only says "read more" may stand over the text's own list
        "Weiterlesen\n\n* Warum der Deich bei Nordsand höher werden soll\n"
        "* Neue Bänke für die Promenade am Südstrand",
        # a heading under a label is the text's next section, its box dropped by the converter
        "Mehr zum Thema\n\n## Wie lange dauern die Arbeiten am Anleger",
    ],
)
def test_items_or_headings_that_name_no_story_stay_text(box: str) -> None:
    text = _tail(box)
    assert newsparse.parse(text).related == ()


@pytest.mark.parametrize(
    ("box", "label"),
    [
        ("Lesetipp\n\n" + _LINKS, "Lesetipp"),
        ("### Lesetipps\n\n" + _LINKS, "Lesetipps"),
        ("polecamy\n--------\n\n" + _LINKS, "polecamy"),
    ],
)
def test_a_reading_tip_or_a_recommendation_labels_the_links_under_it(box: str, label: str) -> None:
    """German "Lesetipp(s)" and Polish "polecamy" ("we recommend") head boxes of stories."""
    text = _tail(box)
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(link.label, link.title) for link in article.related] == [
        (label, title) for title in _TITLES
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            "****Das könnte Dich auch interessieren:*** "
            "[Neue Bänke für die Promenade am Südstrand](#)",
            "Das könnte Dich auch interessieren",
        ),
        ("***Lesetipp:*** [Neue Bänke für die Promenade am Südstrand](#)", "Lesetipp"),
    ],
)
def test_emphasis_marks_left_unpaired_before_a_label_are_no_part_of_it(
    line: str, label: str
) -> None:
    """``****Label:***``: a converter's stray star renders before the label's first word."""
    text = _tail(line).replace(_CLOSING, f"{_CLOSING}\n\n{_CLOSING}")
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [link.title for link in article.related] == ["Neue Bänke für die Promenade am Südstrand"]
    assert article.related[0].label == label
