"""Body-opening dateline shapes of real dumps, invented text: places set off by a period."""

from __future__ import annotations

import pytest

import newsparse

_REST = (
    "die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer zu "
    "sanieren und den Verkehr solange über die Umleitung im Norden zu führen."
)
_OPENING = "D" + _REST[1:]


def _lead(opening: str) -> tuple[str | None, str | None, str]:
    """The place and agency of the dateline split off ``opening``, and the paragraph's text."""
    markdown = f"# Neue Brücke für Talheim\n\n{opening} {_OPENING}\n\n{_REST}"
    article = newsparse.parse(markdown)
    dateline = article.dateline
    place = dateline.place if dateline is not None else None
    agency = dateline.agency if dateline is not None else None
    return place, agency, article.body[0].text


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
