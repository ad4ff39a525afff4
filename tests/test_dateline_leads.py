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
