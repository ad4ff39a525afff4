"""Bylines whose shape depends on their neighbours: invented whole dumps, one claim each."""

from __future__ import annotations

from newsparse import parse

_TEXT = (
    "Wer einen kleinen Balkon hat, muss nicht auf Grün verzichten: Kübel mit Kräutern, ein "
    "schmales Regal an der Wand und eine Lichterkette machen aus wenigen Quadratmetern einen "
    "Ort für lange Abende im Freien.\n\n"
    "Die meisten Pflanzen brauchen dafür nur wenig Pflege, solange sie genug Wasser bekommen "
    "und der Wind sie nicht umwirft, was sich mit schweren Töpfen leicht verhindern lässt.\n"
)


def _dump(header: str) -> str:
    return f"# Zehn Balkone, die den Sommer verlängern\n\n{header}\n\n{_TEXT}"


def test_a_menu_link_spelling_a_prefix_opens_no_byline() -> None:
    """``* [FOTOS](/fotos/)`` is a menu's section: the line under it names no photographer."""
    menu = (
        "* [FOTOS](https://wohnblatt.example/fotos/)\n\n  BELIEBT\n\n"
        "  + [Balkon](https://wohnblatt.example/fotos/balkon/)\n"
        "  + [Garten](https://wohnblatt.example/fotos/garten/)\n"
        "* [MAGAZIN](https://wohnblatt.example/magazin/)"
    )
    assert parse(_dump(menu)).bylines == ()


def test_a_prefix_line_alone_still_labels_the_names_under_it() -> None:
    """The same word as a plain label (``Fotos:``) credits the names on the next line."""
    article = parse(_dump("Fotos:\n\nKim Lerchenfeld"))
    assert [(a.name, a.role.value) for b in article.bylines for a in b.authors] == [
        ("Kim Lerchenfeld", "photography")
    ]
