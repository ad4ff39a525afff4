"""Header lines in the shapes converters write them, each read into the right elements.

Every case is an invented header line under an invented title, above two lines of invented body
text; the test states which elements the line becomes (kind and raw text), who the authors are
and which day the article is dated, and that nothing of the input is lost.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import AuthorKind, format_date

from .helpers import assert_lossless

_TITLE = "# The Ferry to Lindholm Runs Again"
_BODY = (
    "After two winters tied up at the quay, the old ferry made its first crossing to the island "
    "on Monday morning with forty passengers and a crate of post on board.\n\n"
    "The harbour master said the timetable would grow once the second engine was back from repair."
)


# A share link as dumps that keep link targets write it: short text, a long address.
_SHARE: str = (
    "https://messenger.example/share?text=Die%20F%C3%A4hre%20nach%20Lindholm%20f%C3%A4hrt"
    "%20wieder%20https%3A%2F%2Finselbote.example%2Ffaehre"
)
_SHARE_LINE: str = f"[Teilen per Nachricht]({_SHARE})"


def _authors(text: str) -> list[str]:
    """The author names ``parse`` reads from ``text``, after checking that it lost nothing."""
    article = newsparse.parse(text)
    assert_lossless(text, article)
    return [a.name for a in article.authors]


def _header(article: newsparse.Article) -> list[tuple[str, str]]:
    """The elements between the title and the body text: kind and raw text."""
    return [
        (type(e).__name__, e.raw)
        for e in article.elements()
        if type(e).__name__ != "Headline"
        and not _BODY.startswith(e.raw[:40])
        and e.raw not in _BODY
    ]


def _assert_dateline_day(line: str, day: str) -> None:
    """``line`` under a title is the whole header: a dateline of ``day``.

    Lossless, and its published date formats as ``day``.
    """
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert _header(article) == [("Dateline", line)]
    assert article.published is not None
    assert format_date(article.published) == day


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A person's name alone right under the title credits the article, linked or plain.
        ("[Edda Vilhjalmsdottir](#)", ["Edda Vilhjalmsdottir"]),
        ("Piet van der Hoek", ["Piet van der Hoek"]),
        # A greeting ends with a comma; a name repeating the title's words names its subject.
        ("Liebe Leserin, lieber Leser,", []),
        ("Lindholm Harbour", []),
    ],
)  # fmt: skip
def test_a_name_alone_under_the_title(line: str, authors: list[str]) -> None:
    """A lone person-shaped line right under the title is its byline, without a date."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("line", "header", "authors", "published"),
    [
        # A linked date, then the names: the cut falls around the link, never inside it.
        (
            "Posted [4. Mai 2019](#)  by  [Tilde Marquardt](#)",
            [("Dateline", "Posted [4. Mai 2019](#)"), ("Byline", "by  [Tilde Marquardt](#)")],
            ["Tilde Marquardt"],
            "2019-05-04",
        ),
        (
            "Von K. L. am [17.03.2016](#)",
            [("Byline", "Von K. L."), ("Dateline", "am [17.03.2016](#)")],
            ["K. L."],
            "2016-03-17",
        ),
        # A field after the date's (a comments link, a notice) is not read but kept with it.
        (
            "Von [Ines Wolter](https://harbour.test/author/iw/) / 8. März 2023 / [2 Kommentare](#)",
            [
                ("Byline", "Von [Ines Wolter](https://harbour.test/author/iw/)"),
                ("Dateline", "/ 8. März 2023 / [2 Kommentare](#)"),
            ],
            ["Ines Wolter"],
            "2023-03-08",
        ),
        (
            "By [Rafe Okonkwo](#) | Published: 12 June 2020 | Comments closed",
            [
                ("Byline", "By [Rafe Okonkwo](#)"),
                ("Dateline", "| Published: 12 June 2020 | Comments closed"),
            ],
            ["Rafe Okonkwo"],
            "2020-06-12",
        ),
        # The categories first, then the names: "Posted in [X](#) by jdoe on <date>".
        (
            "Posted in [Ferries](#), [Islands](#) by kvaalen on March 2, 2021",
            [
                ("Byline", "Posted in [Ferries](#), [Islands](#) by kvaalen"),
                ("Dateline", "on March 2, 2021"),
            ],
            ["kvaalen"],
            "2021-03-02",
        ),
        # A slash closing the names is a separator, not part of a name.
        (
            "[9. Juni 2015](#)  by [Ossian Brandt](#) /",
            [("Dateline", "[9. Juni 2015](#)"), ("Byline", "by [Ossian Brandt](#) /")],
            ["Ossian Brandt"],
            "2015-06-09",
        ),
        # The date, then the plain names in a field set off by slashes (html2text escapes the
        # day's period).
        (
            "14\\. Feb 2021 // Hanno Seefeldt",
            [("Dateline", "14\\. Feb 2021 //"), ("Byline", "Hanno Seefeldt")],
            ["Hanno Seefeldt"],
            "2021-02-14",
        ),
        (
            "3. August 2018 / Marit Oldenkamp",
            [("Dateline", "3. August 2018 /"), ("Byline", "Marit Oldenkamp")],
            ["Marit Oldenkamp"],
            "2018-08-03",
        ),
    ],
)  # fmt: skip
def test_header_line_shapes(
    line: str, header: list[tuple[str, str]], authors: list[str], published: str
) -> None:
    """Each header line becomes the stated elements, authors and date."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert _header(article) == header
    assert [a.name for a in article.authors] == authors
    dateline = article.dateline
    assert dateline is not None
    assert dateline.published is not None
    assert format_date(dateline.published) == published


def test_a_site_name_linked_home_is_no_byline() -> None:
    """A name linked to the site's home page, above the date, names the site, not an author."""
    text = f"**[La Gaceta Azul](/)**\n\n3 May 2022\n\n{_TITLE}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.authors == ()


def test_prose_after_a_dated_byline_is_no_field_of_it() -> None:
    """A sentence after the date is prose: it never ends up inside a dateline's text."""
    sentence = (
        "The ferry company said on Friday that the crossing would run twice a day from the "
        "first of July until the end of the summer season."
    )
    text = f"{_TITLE}\n\nBy [Rafe Okonkwo](#) | 12 June 2020 | {sentence}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert not any(sentence in d.raw for d in article.datelines)


@pytest.mark.parametrize(
    "sentence",
    [
        # A sentence opening with a word that is also a credit label, with no colon after it.
        "Text [a](http://x.y) *b*.",
        "With [e](#) *f*.",
        "Author [Mara Quist](/author/mara-quist) wrote on *Tomas Reyes* today.",
        "With [Mara Quist](/people/mara-quist) at the helm, the *Sundhest* left port.",
        "Interview [requests](#) to the *ferry company* went unanswered.",
        "Texto [del acuerdo](#) publicado por *el ayuntamiento*.",
    ],
)  # fmt: skip
def test_a_sentence_after_the_date_names_no_author(sentence: str) -> None:
    """Prose under a byline and its date credits nobody: its links and emphasis are no names."""
    text = f"{_TITLE}\n\nBy Ilse Brandt\n\nMay 2, 2020\n\n{sentence}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [[a.name for a in b.authors] for b in article.bylines] == [["Ilse Brandt"]]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("[Ilse Brandt](/author/ilse-brandt)", ["Ilse Brandt"]),
        ("By [Ilse Brandt](/a/ilse) and [Tomas Reyes](/a/tomas)", ["Ilse Brandt", "Tomas Reyes"]),
        ("*By Ilse Brandt*", ["Ilse Brandt"]),
        # A label over a linked name, with or without its colon: no sentence follows it.
        ("Author [Ilse Brandt](/author/ilse-brandt)", ["Ilse Brandt"]),
        ("Text: [Ilse Brandt](#)", ["Ilse Brandt"]),
    ],
)  # fmt: skip
def test_credit_lines_above_the_date_stay_bylines(line: str, authors: list[str]) -> None:
    """The shapes a sentence must not be confused with still credit their names."""
    text = f"{_TITLE}\n\n{line}\n\nMay 2, 2020\n\n{_BODY}\n"
    assert _authors(text) == authors


def test_a_name_alone_under_a_short_standfirst() -> None:
    """Under a short standfirst, a lone name still credits the article; under a long one not."""
    text = f"{_TITLE}\n\nEvery crossing this spring, at a glance.\n\nHelka Marjanen\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.authors] == ["Helka Marjanen"]
    long_standfirst = " ".join(["The ferry crossed the sound again this spring."] * 5)
    text = f"{_TITLE}\n\n{long_standfirst}\n\nFare Tables\n\n{_BODY}\n"
    assert newsparse.parse(text).authors == ()


@pytest.mark.parametrize(
    ("below", "first"),
    [
        # A writer's prefixed byline just below wins over bare names above it.
        ("Por Yolanda Ferrer", ["Yolanda Ferrer"]),
        ("Posted [4 May 2022](#) by [Yolanda Ferrer](#)", ["Yolanda Ferrer"]),
        # A date label or a photo credit below is no byline: the bare name stays.
        ("Published: 4 May 2022", ["Anouk Dressler"]),
        ("Photo by [Teo Ruiz](#)", ["Anouk Dressler"]),
    ],
)  # fmt: skip
def test_bare_names_yield_to_a_prefixed_byline_below(below: str, first: list[str]) -> None:
    """The first byline is the prefixed one when it follows bare names within a few lines."""
    text = f"{_TITLE}\n\nAnouk Dressler\n\n+ FOLLOW\n\n{below}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == first


def test_an_archived_home_link_heading_names_the_site() -> None:
    """A heading linked to the site's home page through a web archive is the site's name."""
    home = "https://web.archive.org/web/20150301000000/http://faehrblog.example/"
    text = (
        f"[Das Fährblog]({home})\n=============\n\nDie Fähre fährt wieder\n-----------\n\n{_BODY}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Die Fähre fährt wieder"


def test_a_section_link_heading_over_the_headline_is_passed_over() -> None:
    """A level-1 heading that is one linked word, above the headline, names a section."""
    text = f"# [Inseln](/rubrik/inseln)\n\n# Die Fähre nach Lindholm fährt wieder\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Die Fähre nach Lindholm fährt wieder"
    alone = f"# [Inseln](/rubrik/inseln)\n\n{_BODY}\n"
    assert newsparse.parse(alone).title == "Inseln"


@pytest.mark.parametrize(
    ("heading", "url", "title"),
    [
        # The site's name spells words its host runs together: it is cut.
        ("# Ferry Tales Return - Harbour Light Weekly", "https://harbourlight.example/a",
         "Ferry Tales Return"),
        ("# Fähren im Winter - FÄHRE & HAFEN", "https://faehreundhafen.example/a",
         "Fähren im Winter"),
        # An archived page's host is the archived site's, not the archive's.
        ("# Fähren im Winter | Hafenblatt",
         "https://web.archive.org/web/20190101000000/http://hafenblatt.example/a",
         "Fähren im Winter"),
        # Only the part naming the site is cut: a section before it stays (no wide dump has one).
        ("# Fähren im Winter | Verkehr | Hafenblatt", "https://hafenblatt.example/a",
         "Fähren im Winter | Verkehr"),
        # The site's name before the headline is cut too, before a colon as well; a lead-in
        # that only holds part of the name is the headline's own.
        ("# HAFENBLATT - Die Fähre fährt wieder", "https://hafenblatt.example/a",
         "Die Fähre fährt wieder"),
        ("# HAFENBLATT: Die Fähre fährt wieder", "https://hafenblatt.example/a",
         "Die Fähre fährt wieder"),
        ("# Hafen: Die Fähre fährt wieder", "https://hafenblatt.example/a",
         "Hafen: Die Fähre fährt wieder"),
        # A clause with one word of the host is the headline's own.
        ("# Ferry Tales Return - Harbour Strike Ends", "https://harbourlight.example/a",
         "Ferry Tales Return - Harbour Strike Ends"),
        # A page title's "»" as readability writes it, a straight quote between spaces.
        ('# Fähren im Winter " hafenblatt.example', "https://hafenblatt.example/a",
         "Fähren im Winter"),
        # Bullets and slashes set a site name apart in page titles too.
        ("# Fähren im Winter • Hafenblatt", "https://hafenblatt.example/a", "Fähren im Winter"),
        ("# Fähren im Winter / hafenblatt.example", "https://hafenblatt.example/a",
         "Fähren im Winter"),
        ("# Kosten / Nutzen der neuen Fähre", "https://hafenblatt.example/a",
         "Kosten / Nutzen der neuen Fähre"),
        # A quote that names no site is the headline's own.
        ('# Der Kapitän sagt " nie wieder " zur Fähre', "https://hafenblatt.example/a",
         'Der Kapitän sagt " nie wieder " zur Fähre'),
    ],
)  # fmt: skip
def test_site_name_after_the_title_is_cut_when_it_names_the_host(
    heading: str, url: str, title: str
) -> None:
    """A suffix is cut from the title only when it names the site the URL points at."""
    text = f"{heading}\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


def test_a_lower_heading_repeating_the_page_title_is_the_headline() -> None:
    """``# Headline | Forum`` over ``## Headline``: the page's title, then the article's heading."""
    text = f"# Fähren im Winter | Reisen | Forum\n\n## Fähren im Winter\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.headline is not None
    assert (article.title, article.headline.raw) == ("Fähren im Winter", "## Fähren im Winter")


@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        # An issue or a page number in brackets closes the page title, set apart from the
        # headline as a site's name is: the heading under it, without it, is the headline.
        ("# Die Hafenküche (2023/4)", "Die Hafenküche"),
        ("# Die Hafenküche (Teil 2)", "Die Hafenküche (Teil 2)"),
        ("# Die Hafenküche (mit Spinat)", "Die Hafenküche (mit Spinat)"),
        ("# Die Hafenküche 2023", "Die Hafenküche 2023"),
    ],
)  # fmt: skip
def test_a_page_title_closed_by_a_bracketed_number_gives_way_to_the_heading_under_it(
    page_title: str, title: str
) -> None:
    """Words in brackets are the headline's own; only numbers in them are set apart."""
    text = f"{page_title}\n\n![](/bilder/kueche.jpg)\n\n## Die Hafenküche\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # A dump with no heading: its first line is the headline when it reads as one.
        ("Die Fähre nach Lindholm fährt wieder", "Die Fähre nach Lindholm fährt wieder"),
        ("Is the Lindholm ferry back for good?", "Is the Lindholm ferry back for good?"),
        # A sentence, a link or a label is no headline.
        ("The ferry is back.", None),
        ("[Lindholm ferry timetable](https://harbour.test/t)", None),
        ("Zum Inhalt springen", None),
        # A byline or a date line opening the dump is read as such.
        ("By Mara Holm • 04/05/2022", None),
        ("Freitag, 12. März 2021", None),
    ],
)  # fmt: skip
def test_a_plain_first_line_is_the_title_when_the_dump_has_no_heading(
    first: str, title: str | None
) -> None:
    """With no heading in the front, a short plain first line is taken as the headline."""
    text = f"{first}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


# A paragraph of prose as some dumps keep it: the page source's line breaks inside it.
_WRAPPED = (
    "After two winters tied up at the quay, the old ferry made its first\n"
    "crossing to the island on Monday morning with forty passengers and a\n"
    "crate of post on board, the harbour master said on the local radio\n"
    "station late that evening.\n\n"
)


def test_a_wrapped_paragraph_starts_the_text_before_a_later_section_heading() -> None:
    """Prose wrapped into short lines still ends the header: a later level-1 heading is a section.

    The linked heading over the date is the headline; ``# How to book ...`` heads a part of the
    text.
    """
    text = (
        "### [The Ferry to Lindholm Runs Again](#)\n\n12.03.2021\n\n"
        + _WRAPPED * 3
        + "# How to book a crossing:\n\nCall the harbour office or write to it.\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "The Ferry to Lindholm Runs Again"


def test_a_short_linked_heading_over_the_text_is_the_title() -> None:
    """Two linked words over the first long paragraph head it; over more links they do not."""
    body = _BODY.replace("\n\n", " ")
    text = f"12 March 2021\n\n## [Fähre zurück!](#)\n\n{body}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Fähre zurück!"
    links = f"12 March 2021\n\n## [Fähre zurück!](#)\n\n[Fahrplan](#)\n\n{body}\n"
    assert newsparse.parse(links).title is None


@pytest.mark.parametrize(
    ("url", "published"),
    [
        # The day the URL's path shows decides which way "02/10/2020" is read.
        ("https://harbour.example/news/2020/oct/02/ferry", "2020-10-02"),
        ("https://harbour.example/2020/02/10/ferry", "2020-02-10"),
        # Without a day in the path, the generic English site reads month first.
        ("https://harbour.example/news/ferry", "2020-02-10"),
        # A country edition in the path decides as a country domain would.
        ("https://harbour.example/en-gb/news/ferry", "2020-10-02"),
        ("https://harbour.example/en-us/news/ferry", "2020-02-10"),
    ],
)  # fmt: skip
def test_the_url_day_decides_an_ambiguous_date(url: str, published: str) -> None:
    """An ambiguous numeric header date is read in the order that gives the URL's day."""
    text = f"{_TITLE}\n\n02/10/2020\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is not None
    assert format_date(article.published) == published


@pytest.mark.parametrize(
    ("pictures", "authors"),
    [
        # A headshot (its address says so) over a name: the name is the byline.
        ("![](https://harbour.example/img/avatar_user_7.jpg)\n\nSolveig Brenna",
         ["Solveig Brenna"]),
        ("[![Solveig Brenna](/journalist-images/brenna.png)](/u/sb)\n\n[Solveig Brenna](/u/sb)",
         ["Solveig Brenna"]),
        # One link holding the headshot and the name, to an author page.
        ("[![](/img/brenna-50x50.jpg) Solveig Brenna](https://harbour.example/author/sb/)",
         ["Solveig Brenna"]),
        # The name linked to an author page, then the person's post after a comma.
        ("![](/files/styles/blog_author_60x60/brenna.jpg)\n\n"
         "[Solveig Brenna](/bio/solveig-brenna), Staff Engineer, Harbour Safety Unit",
         ["Solveig Brenna"]),
        ("![](/files/styles/blog_author_60x60/brenna.jpg)\n\n"
         "[Solveig Brenna](/tags/ferries), Staff Engineer, Harbour Safety Unit", []),
        # Any other picture over a name is a picture with its credit; a comment's avatar too.
        ("![](https://harbour.example/img/ferry.jpg)\n\nSolveig Brenna", []),
        ("![](https://www.gravatar.com/avatar/3f2a?s=32)\n\nSolveig Brenna", []),
    ],
)  # fmt: skip
def test_a_name_under_a_headshot_is_the_byline(pictures: str, authors: list[str]) -> None:
    """A byline written under its author's headshot is no caption of the picture."""
    text = f"{_TITLE}\n\n{pictures}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A small heading holding a name beside the date is the byline; a big one is not.
        ("##### Oda Lindqvist", ["Oda Lindqvist"]),
        ("## Oda Lindqvist", []),
    ],
)  # fmt: skip
def test_a_name_in_a_small_heading_beside_the_date(line: str, authors: list[str]) -> None:
    """Level 4 to 6 headings set an author's name beside the date on some pages."""
    text = f"{_TITLE}\n\nFerry news, in brief and at a glance, for the island.\n\n"
    text += f"12.03.2022\n\n{line}\n\n{_BODY}\n"
    assert _authors(text) == authors


def test_a_date_after_a_preposition_stays_in_the_title() -> None:
    """``Sitzung vom 3. Mai 2021`` keeps its date; ``Veröffentlicht am <date>`` is a dateline."""
    text = f"# Protokoll der Hafensitzung vom 3. Mai 2021\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert (article.title, article.datelines) == ("Protokoll der Hafensitzung vom 3. Mai 2021", ())
    text = f"# Neue Fähre für Lindholm Veröffentlicht am 3. Mai 2021\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert article.title == "Neue Fähre für Lindholm"
    assert article.published is not None
    assert format_date(article.published) == "2021-05-03"


def test_a_title_line_ending_in_a_date_and_its_categories() -> None:
    """``# Title  2.2.2022 • News, Sport``: the date and what it is filed under are a dateline."""
    text = f"# Die Fähre fährt wieder \u00a0 02.02.2022 • Hafen , Verkehr\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Die Fähre fährt wieder"
    assert [d.raw for d in article.datelines] == ["02.02.2022 • Hafen , Verkehr"]


@pytest.mark.parametrize(
    ("closing", "kind"),
    [
        ("Das Gespräch führte Ilka Sommerfeld.", "Byline"),
        ("Text & Fotos: Ilka Sommerfeld /", "Byline"),
        # The heading of an author box under the text.
        ("About the Author - Ilka Sommerfeld", "Byline"),
        # A closing "Reporting by" credit is a contributors' note, not the byline.
        ("Reporting by Ilka Sommerfeld", "Footnote"),
    ],
)  # fmt: skip
def test_a_credit_line_closing_the_text(closing: str, kind: str) -> None:
    """A credit under the last paragraph names the writer of a text that had no byline."""
    last = (
        "Whether the winter crossings return next year depends on the council, which meets "
        "again in March to decide on the money for a second crew."
    )
    text = f"{_TITLE}\n\n{_BODY}\n\n{last}\n\n{closing}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [(type(e).__name__, e.raw) for e in article.elements()][-1] == (kind, closing)
    assert [a.name for a in article.authors] == ["Ilka Sommerfeld"]


@pytest.mark.parametrize(
    "closing",
    [
        # A label for the lines below it signs nothing.
        "***Zu den Autorinnen:***",
        # The first line of a bold block, a book's editor over its title.
        "**Greta Osterholz (Hrsg.)  \nDie Fähren des Nordens**",
    ],
)  # fmt: skip
def test_lines_under_the_text_that_sign_nothing(closing: str) -> None:
    """A label ending in a colon or a bold block's first line under the text is no byline."""
    last = (
        "Whether the winter crossings return next year depends on the council, which meets "
        "again in March to decide on the money for a second crew."
    )
    text = f"{_TITLE}\n\n{_BODY}\n\n{last}\n\n{closing}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A user name or a desk linked to its own author page is the byline, whatever its shape.
        ("[ kiri.wald ](/members/5521)", ["kiri.wald"]),
        ("[Harbour Desk](https://harbour.example/autor/desk/)", ["Harbour Desk"]),
        # The index of all authors is no one's page.
        ("[Unser Team](/team/)", []),
    ],
)  # fmt: skip
def test_a_name_linked_to_its_author_page_in_the_header(line: str, authors: list[str]) -> None:
    """A lone header link to one author's page names the article's author."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    assert _authors(text) == authors


_SLUG_URL = "https://hafenblatt.example/inseln/die-faehre-nach-lindholm-faehrt-wieder-id4711/"


@pytest.mark.parametrize(
    ("heading", "title", "kicker"),
    [
        # A label glued to the headline by one space: the slug spells the headline without it.
        ("# Inselverkehr Die Fähre nach Lindholm fährt wieder",
         "Die Fähre nach Lindholm fährt wieder", "Inselverkehr"),
        ("# Verkehr auf den Inseln Die Fähre nach Lindholm fährt wieder",
         "Die Fähre nach Lindholm fährt wieder", "Verkehr auf den Inseln"),
        # A lead-in with a colon is the headline's own; so is one short word or a small word.
        ("# Inselverkehr: Die Fähre nach Lindholm fährt wieder",
         "Inselverkehr: Die Fähre nach Lindholm fährt wieder", None),
        ("# Neue Die Fähre nach Lindholm fährt wieder",
         "Neue Die Fähre nach Lindholm fährt wieder", None),
        ("# Warum auch die Fähre nach Lindholm fährt wieder",
         "Warum auch die Fähre nach Lindholm fährt wieder", None),
        # Of a title's parts, the one the slug spells is the headline.
        ("# Inseln - Die Fähre nach Lindholm fährt wieder",
         "Die Fähre nach Lindholm fährt wieder", "Inseln"),
        ("# Die Fähre nach Lindholm fährt wieder - Ratgeber Küste",
         "Die Fähre nach Lindholm fährt wieder", None),
        # A clause after a dash, or a long part before it, stays with the headline.
        ("# Die Fähre nach Lindholm fährt wieder – was ändert sich?",
         "Die Fähre nach Lindholm fährt wieder – was ändert sich?", None),
        ("# Winter auf den Inseln - Die Fähre nach Lindholm fährt wieder",
         "Winter auf den Inseln - Die Fähre nach Lindholm fährt wieder", None),
    ],
)  # fmt: skip
def test_the_url_slug_tells_the_headline_from_a_label_beside_it(
    heading: str, title: str, kicker: str | None
) -> None:
    """The page's address spells its headline: what the title adds before or after is a label."""
    text = f"{heading}\n\n{_BODY}\n\nOriginal url:\n{_SLUG_URL}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.headline is not None
    assert (article.title, article.headline.kicker) == (title, kicker)


def test_a_title_without_an_address_keeps_a_label_glued_to_it() -> None:
    """With no URL (or one with no words), nothing tells a glued label from the headline."""
    heading = "# Inselverkehr Die Fähre nach Lindholm fährt wieder"
    for footer in ("", "\nOriginal url:\nhttps://hafenblatt.example/artikel/4711\n"):
        article = newsparse.parse(f"{heading}\n\n{_BODY}\n{footer}")
        assert article.title == "Inselverkehr Die Fähre nach Lindholm fährt wieder"


def test_soft_hyphens_are_no_part_of_the_title() -> None:
    """A soft hyphen marks where a word may break; the title's text leaves it out, raw keeps it."""
    text = f"# Die Fähr\u00adver\u00adbin\u00addung nach Lindholm ist wieder offen\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.headline is not None
    assert article.title == "Die Fährverbindung nach Lindholm ist wieder offen"
    assert "\u00ad" in article.headline.raw


def test_a_headline_written_as_the_last_item_of_a_breadcrumb_list() -> None:
    """``3. Headline`` over ``===``: a level-1 heading inside the breadcrumb's last list item."""
    crumbs = "1. [Start](/)\n2. [Inseln](/inseln)\n"
    text = f"{crumbs}3. Die Fähre nach Lindholm fährt wieder\n   ==============\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.headline is not None
    assert (article.title, article.headline.level) == ("Die Fähre nach Lindholm fährt wieder", 1)
    assert article.headline.raw.endswith("fährt wieder\n   ==============")
    # A "---" under a list item is a rule or a sidebar's heading, no headline.
    ruled = f"{crumbs}3. Kategorien\n   ---\n\n{_BODY}\n"
    assert newsparse.parse(ruled).title != "Kategorien"


@pytest.mark.parametrize(
    ("underline", "title"),
    [
        # Indented as the item's text, "---" makes the item a level-2 heading (CommonMark).
        ("  ----------", "Ein Gast im Garten von Lindholm"),
        ("  ---", "Ein Gast im Garten von Lindholm"),
        # Not indented, "---" is a break after the list; two dashes make no underline here.
        ("----------", "Das Fährblog"),
        ("  --", "Das Fährblog"),
    ],
)  # fmt: skip
def test_a_list_item_underlined_with_dashes_is_a_level_2_heading(
    underline: str, title: str
) -> None:
    """``* [A post](url)`` over ``  ---``: a blog's list of posts, its one post's heading in it."""
    home = "https://faehrblog.example/"
    text = (
        f"[Das Fährblog]({home})\n=============\n\nNotizen vom Hafen\n\n"
        f"* [Ein Gast im Garten von Lindholm](/2024/05/gast/)\n{underline}\n\n"
        f"  Geschrieben von Mara Lind\n\n{_BODY}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title
    if title.startswith("Ein Gast"):
        assert article.headline is not None
        assert article.headline.level == 2
        assert article.headline.raw.endswith(underline.strip())


@pytest.mark.parametrize(
    ("headings", "url", "title"),
    [
        # A later heading the slug spells is the headline, over a section's level-1 heading.
        ("# Ratgeber Küste\n\n## Die Fähre nach Lindholm fährt wieder", _SLUG_URL,
         "Die Fähre nach Lindholm fährt wieder"),
        # So is a heading that names the site, when the slug spells it (an issue's title).
        ("# Hafen & Kai 02/2024\n\n## Neues aus dem Hafen",
         "https://hafenundkai.example/hefte/hafen-kai-02-2024/", "Hafen & Kai 02/2024"),
        # A number before the headline's words is no part of the slug (``30-11-...``).
        ("# Ratgeber\n\n## 30.11. | Fähre der Woche",
         "https://hafen.example/30-11-faehre-der-woche-lindholm-id12", "30.11. | Fähre der Woche"),
        # The title found holds the slug's words after a kicker: it stays.
        ("# Inselverkehr: Die Fähre nach Lindholm fährt wieder\n\n## Die Fähre nach Lindholm",
         _SLUG_URL, "Inselverkehr: Die Fähre nach Lindholm fährt wieder"),
        # A heading right over the title is its kicker, even when the slug spells it.
        ("#### Die Fähre nach Lindholm fährt wieder\n\n# Ein Winter ohne Fähre", _SLUG_URL,
         "Ein Winter ohne Fähre"),
        # No heading spells the slug: the usual title.
        ("# Ratgeber Küste\n\n## Die Fähre fährt wieder",
         "https://hafen.example/artikel/winterfahrplan-lindholm-neu", "Ratgeber Küste"),
    ],
)  # fmt: skip
def test_the_heading_the_url_slug_spells_is_the_title(headings: str, url: str, title: str) -> None:
    """The page's address spells its headline: that heading is the title."""
    text = f"{headings}\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("headings", "title"),
    [
        # The page's title, then the article's own level-1 heading telling the same story.
        ("# Lindholm ferry back after two winters\n\n# Islands: The Lindholm ferry runs again",
         "Islands: The Lindholm ferry runs again"),
        ("# Fähre fährt wieder\n# Nach zwei Wintern fährt die Fähre nach Lindholm wieder",
         "Nach zwei Wintern fährt die Fähre nach Lindholm wieder"),
        # A heading sharing no word with the first, or the same heading again, does not.
        ("# Die Fähre nach Lindholm fährt wieder\n\n# Willkommen auf unseren Seiten",
         "Die Fähre nach Lindholm fährt wieder"),
        ("# Die Fähre nach Lindholm fährt wieder\n\n# Die Fähre nach Lindholm fährt wieder",
         "Die Fähre nach Lindholm fährt wieder"),
    ],
)  # fmt: skip
def test_a_level_one_heading_retelling_the_page_title_is_the_headline(
    headings: str, title: str
) -> None:
    """Two level-1 headings in a row that share a word: the page's title, then the headline."""
    text = f"{headings}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.headline is not None
    assert article.title == title
    assert article.headline.raw == f"# {title}"


@pytest.mark.parametrize(
    ("headings", "title"),
    [
        # The site's name, then the article's own heading with its date under it.
        ("# Harbour Notes\n\n# Ferry to Lindholm runs again\n\nPosted on 3 May 2024",
         "Ferry to Lindholm runs again"),
        ("# Willkommen beim Inselboten\n\n# Fährplan (2)\n\n**Veröffentlicht:** 03.05.2024 | "
         "**Autor:** Inselbote", "Fährplan (2)"),
        # The first heading dated too, the second its own last part, or a link: the first stays.
        ("# Harbour Notes\n\n3 May 2024\n\n# Ferry to Lindholm runs again\n\n4 May 2024",
         "Harbour Notes"),
        ("# Lindholm/Fahrplan\n\n# Fahrplan\n\nStand: 3. Mai 2024", "Lindholm/Fahrplan"),
        ("# Harbour Notes\n\n# [Ferry to Lindholm runs again](/ferry)\n\n3 May 2024",
         "Harbour Notes"),
    ],
)  # fmt: skip
def test_the_dated_heading_under_a_site_name_is_the_headline(headings: str, title: str) -> None:
    """Two level-1 headings in a row: the one with a date line under it heads the article."""
    text = f"{headings}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The page's title, the lead picture, then the article's own heading.
        ("# Neue Fähre für Lindholm | Inselbote\n\n![](/bilder/faehre.jpg)\n\n"
         "# Neue Fähre für Lindholm", "Neue Fähre für Lindholm"),
        # A back link between them; the headline retells the page title.
        ("# Lindholm gets its ferry back | Harbour Post\n\n[Back to the newsroom](/news)\n\n"
         "# After two winters: the ferry to Lindholm runs again",
         "After two winters: the ferry to Lindholm runs again"),
        # One word repeats the headline when it opens the page title, the rest set apart.
        ("# Lindholm - Fähren und Häfen\n\n![Lindholm](/bilder/insel.jpg)\n\n# Lindholm",
         "Lindholm"),
        ("# Hafenkuchen von kuestenbaeckerin | Backbuch\n\n[__ ]()\n\n# Hafenkuchen",
         "Hafenkuchen"),
    ],
)  # fmt: skip
def test_the_headline_under_the_page_title_past_its_picture(header: str, title: str) -> None:
    """A picture or a back link between the page's title and the article's own heading."""
    text = f"{header}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # UTF-8 read as Mac Roman, and as Windows-1252.
        ("# La f√°brica de barcos cierra tras cuarenta a√±os",
         "La fábrica de barcos cierra tras cuarenta años"),
        ("# FÃ¤hre nach Lindholm fÃ¤hrt wieder â€“ endlich",
         "Fähre nach Lindholm fährt wieder – endlich"),
        # Text that only looks alike stays as written.
        ("# Größe zählt: «Ärger» um die ‚Ära‘ der Fähren",
         "Größe zählt: «Ärger» um die ‚Ära‘ der Fähren"),
    ],
)  # fmt: skip
def test_a_title_read_in_the_wrong_code_page_is_repaired(heading: str, title: str) -> None:
    """Encoding damage in the title is undone; the heading as written stays in ``full``."""
    text = f"{heading}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title
    assert article.headline is not None
    assert article.headline.full == heading[2:]


@pytest.mark.parametrize(
    ("comments", "title"),
    [
        # A comment heading quoting the title ends with its clause: that names no site.
        ("### 2 Antworten zu „Die Fähre fährt wieder – endlich! Alle warten schon“",
         "Die Fähre fährt wieder – endlich! Alle warten schon"),
        # Another heading with the same ending after a different head still names the site.
        ("## Fahrplan – endlich! Alle warten schon", "Die Fähre fährt wieder"),
    ],
)  # fmt: skip
def test_a_heading_quoting_the_title_names_no_site(comments: str, title: str) -> None:
    """Only headings of their own, not one quoting the title, show a clause to be a site name."""
    text = (
        f"# Die Fähre fährt wieder – endlich! Alle warten schon\n\n{_BODY}\n\n{comments}\n\n"
        "Schön, dass sie wieder fährt.\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("heading", "url", "title"),
    [
        # A page title says what kind of page it is before the site's name.
        ("# Zwetschgendatschi mit Streuseln Rezept | Backstube Lindholm",
         "https://www.backstube-lindholm.example/rezepte/zwetschgendatschi",
         "Zwetschgendatschi mit Streuseln"),
        ("# Harbour Fish Pie Recipe - KestrelKitchen.example",
         "https://www.kestrelkitchen.example/recipes/4711", "Harbour Fish Pie"),
        ("# FerryCalc - Download - Toolkiste", "https://www.toolkiste.example/apps/ferrycalc-4711",
         "FerryCalc"),
        ("# Receita de Torta de Limão da Vovó | Cozinha Lindholm",
         "https://cozinha-lindholm.example/receitas/4711", "Torta de Limão da Vovó"),
        # Without a site name cut, the words stay: the heading is the headline as published.
        ("# Das beste Rezept", "https://www.backstube-lindholm.example/a/4711", "Das beste Rezept"),
        ("# Zwetschgendatschi Rezept", "https://www.backstube-lindholm.example/a/4711",
         "Zwetschgendatschi Rezept"),
    ],
)  # fmt: skip
def test_a_page_kind_word_before_the_site_name_is_cut(heading: str, url: str, title: str) -> None:
    """``Rezept``, ``Recipe``, ``Download`` in a page title whose site name was cut."""
    text = f"{heading}\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # A one-word heading that does not open the page title is a section's name.
        ("# Die Fähre nach Lindholm fährt wieder\n\n![](/bilder/faehre.jpg)\n\n# Inseln",
         "Die Fähre nach Lindholm fährt wieder"),
        # So is a lower one-word heading, even one that opens it.
        ("# Lindholm - Die Fähre fährt wieder\n\n![](/bilder/faehre.jpg)\n\n## Lindholm",
         "Lindholm - Die Fähre fährt wieder"),
        # A longer paragraph between them is text, not furniture.
        ("# Die Fähre nach Lindholm fährt wieder\n\nDie Reederei hat den Fahrplan für den Sommer "
         "heute bekannt gegeben.\n\n# Fahrplan und Preise der Fähre",
         "Die Fähre nach Lindholm fährt wieder"),
    ],
)  # fmt: skip
def test_the_page_title_stays_over_a_section_heading(header: str, title: str) -> None:
    """Past the furniture, only a heading that repeats or retells the page title replaces it."""
    text = f"{header}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("heading", "url", "title"),
    [
        # The part a slug spells, numbers at its ends left out on both sides.
        ("# 1000 Euro Fährgeld » 1000 EUR sofort aufs Konto", "https://hafen.example/1000-euro-faehrgeld",
         "1000 Euro Fährgeld"),
        # Without a slug, numbers and dates before the headline stay.
        ("# 2022 - Das Jahr der Fähre", "https://hafen.example/a/4711",
         "2022 - Das Jahr der Fähre"),
        ("# 30.11. | Fähre der Woche", "https://hafen.example/a/4711", "30.11. | Fähre der Woche"),
    ],
)  # fmt: skip
def test_numbers_and_dates_around_the_headline(heading: str, url: str, title: str) -> None:
    """A slug leaves numbers out at its ends; without one, numbers before the headline stay."""
    text = f"{heading}\n\n{_BODY}\n\nOriginal url:\n{url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # With nothing else to take, a one-word heading before the text heads it.
        ("## Fährverbindungen", "Fährverbindungen"),
        ("### Hafen-Regeln", "Hafen-Regeln"),
        # A linked word is a section link, no headline; nor is a number.
        ("## [Fährverbindungen](/faehren)", None),
        ("## 2024", None),
    ],
)  # fmt: skip
def test_a_one_word_heading_over_the_text_is_the_title(heading: str, title: str | None) -> None:
    """A heading of one word is the title only when no other heading could be."""
    text = f"{heading}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title
    # A heading alone, or over another heading, heads no text.
    assert newsparse.parse(heading).title is None
    assert newsparse.parse(f"{heading}\n\n#### Anleger\n\n{_BODY}\n").title != title


def _closed(header: str) -> str:
    """``header`` with each ATX heading closed, as some converters write them (``# Title #``)."""
    return "\n".join(
        f"{line} {line.split(' ', 1)[0]}" if line.startswith("#") else line
        for line in header.split("\n")
    )


@pytest.mark.parametrize(
    "header",
    [
        # The page's title, then the article's own heading repeating it.
        "# Neue Fähre für Lindholm | Inselbote\n\n![](/bilder/faehre.jpg)\n\n"
        "# Neue Fähre für Lindholm",
        "# Lindholm - Fähren und Häfen\n\n![Lindholm](/bilder/insel.jpg)\n\n# Lindholm",
        # A site's name linked home over the headline.
        "# [Inselbote](https://inselbote.example/)\n\n# Die Fähre nach Lindholm fährt wieder",
        # One word before the text, with nothing else to take.
        "## Fährverbindungen",
    ],
)  # fmt: skip
def test_closed_headings_choose_the_same_title(header: str) -> None:
    """A closing ``#`` run is no part of a heading: the title chosen is the open form's."""
    opened, closed = f"{header}\n\n{_BODY}\n", f"{_closed(header)}\n\n{_BODY}\n"
    article = newsparse.parse(closed)
    assert_lossless(closed, article)
    assert article.title is not None
    assert article.title == newsparse.parse(opened).title


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated June 3, 2021", "2021-06-03"),
        ("Zuletzt aktualisiert: 14.09.2019, 10:05 Uhr", "2019-09-14"),
        ("Actualizado el 22/11/2020 08:40 p.m.", "2020-11-22"),
    ],
)  # fmt: skip
def test_a_page_showing_only_its_update_is_dated_by_it(line: str, day: str) -> None:
    """With only an update date, ``published`` is that day; the element keeps it as ``updated``.

    Labels and readers take the only date a page shows as its date; the element as written
    says what the line says, and ``updated`` stays the update.
    """
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    (element,) = article.datelines
    assert element.published is None
    assert element.updated is not None
    assert article.published is not None
    assert article.updated is not None
    assert format_date(article.published)[:10] == day
    assert article.published == article.updated == element.updated
    both = newsparse.parse(f"{_TITLE}\n\n2 May 2021\n\n{line}\n\n{_BODY}\n")
    assert both.published is not None
    assert format_date(both.published) == "2021-05-02"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # A section or kind of article glued to the date, or set off by a separator.
        ("Field Report4 March 2021", "2021-03-04"),
        ("Hafenblatt kompakt  - 19. Juni 2020", "2020-06-19"),
        ("[Fähren](#)[Inseln](#)3. Februar 2022", "2022-02-03"),
        ("[Notiz des Tages // 08.09.2021](#)", "2021-09-08"),
        # Places before the date, set off by a bar and a comma.
        ("Lohr am Main | Würzburg, 2. Dezember 2020", "2020-12-02"),
    ],
)  # fmt: skip
def test_a_short_label_before_a_closing_date(line: str, day: str) -> None:
    """A line closed by a full date after a few label words is the dateline, label and all."""
    _assert_dateline_day(line, day)


def test_names_with_their_places_before_a_closing_date() -> None:
    """Writers and the places they filed from, glued before the date: a byline, then the date.

    A space alone after a capitalised word, when the date has its time (an initial's period
    ends no sentence).
    """
    line = "Kai B. Lundqvist, Bergen, Ola Nesheim 4.11.2018, 21:15 Uhr"
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert _header(article) == [
        ("Byline", "Kai B. Lundqvist, Bergen, Ola Nesheim"),
        ("Dateline", "4.11.2018, 21:15 Uhr"),
    ]
    assert [(a.name, a.location) for a in article.authors] == [
        ("Kai B. Lundqvist", "Bergen"),
        ("Ola Nesheim", None),
    ]
    assert article.published is not None
    assert format_date(article.published) == "2018-11-04T21:15"


@pytest.mark.parametrize(
    ("line", "byline", "dateline", "day"),
    [
        # The date first, a bar or a dot, then the names: plain, emphasised, html2text's
        # underscores.
        ("10. September 2017 | Kai Berger", "Kai Berger", "10. September 2017 |", "2017-09-10"),
        ("3 March 2022 · *Kai Berger*", "*Kai Berger*", "3 March 2022 ·", "2022-03-03"),
        ("3 March 2022 | _Kai Berger_", "_Kai Berger_", "3 March 2022 |", "2022-03-03"),
    ],
)  # fmt: skip
def test_plain_names_set_off_from_a_full_date(
    line: str, byline: str, dateline: str, day: str
) -> None:
    """Names a bar or a dot sets off after a full date: a byline and a date.

    Before the date the same separator proves nothing (see below): without a comma the names
    need the date's time.
    """
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert sorted(_header(article)) == sorted([("Byline", byline), ("Dateline", dateline)])
    assert [a.name for a in article.authors] == [byline.strip("*_[").split("]")[0]]
    assert article.published is not None
    assert format_date(article.published) == day


@pytest.mark.parametrize(
    "line",
    [
        # A place, a section or a label set off from the date is no writer.
        "Lindholm | 3 March 2022",
        "Lindholm - 3 March 2022",
        "Harbour News · 3 March 2022",
        "Inseln & Fähren | 3. März 2022",
        "3 March 2022 | Harbour News",
        "Aus dem Landkreis | 3. März 2022",
        # Names first set off only by a separator, and a dash after a date, prove nothing: a
        # two-word place, a section or a heading's words read like a name.
        "New Harbour | 3 March 2022",
        "Local Politics · 3 March 2022",
        "3 March 2022 - Neue Regeln",
    ],
)  # fmt: skip
def test_a_place_or_label_set_off_from_a_date_is_no_byline(line: str) -> None:
    """The words beside the date must read as a person's name: else the line is a dateline."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()
    assert _header(article) == [("Dateline", line)]


@pytest.mark.parametrize(
    "line",
    [
        # A menu's teaser link in a list item.
        "* [Sommerfest im Hafen – 12. Mai 2012](#)",
        # A space alone after a lower-case word, or before a date without its time.
        "Die Fähre legte ab 4.11.2018, 21:15 Uhr",
        "Kai Lundqvist 9.10.2019",
        # More than six words before the date are a sentence, not a label.
        "Die Fähre nach Lindholm fuhr wieder ab dem Hafen, 11. November 2021",
    ],
)  # fmt: skip
def test_no_label_before_a_closing_date(line: str) -> None:
    """A dated menu item and a sentence ending with a date inside the text date nothing."""
    first, second = _BODY.split("\n\n")
    text = f"{_TITLE}\n\n{first}\n\n{line}\n\n{second}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is None


def test_a_line_of_three_dates_is_a_list_not_a_dateline() -> None:
    """An archive's month links date nothing; the publication line under them does."""
    archive = "[Juni 2021](#) [Mai 2021](#) [April 2021](#)"
    text = f"{_TITLE}\n\n{archive}\n\nErstveröffentlichung: 3. März 2021\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == ["Erstveröffentlichung: 3. März 2021"]
    assert article.published is not None
    assert format_date(article.published) == "2021-03-03"
    with pytest.raises(newsparse.ParseError):
        newsparse.parse_dateline(archive)


@pytest.mark.parametrize("block", ["14.\nMärz\n2021", "March\n14, 2021", "14\nMar\n2021"])
def test_a_date_written_over_several_short_lines(block: str) -> None:
    """Day, month and year on lines of their own (one element each in the page) are one date."""
    text = f"{_TITLE}\n\n{block}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == [block]
    assert article.published is not None
    assert format_date(article.published) == "2021-03-14"


@pytest.mark.parametrize(
    ("opening", "dateline", "day"),
    [
        ("12.06.2021, 09:45 UhrAm Samstag", "12.06.2021, 09:45 Uhr", "2021-06-12T09:45"),
        ("June 12, 2021 9:45 AMThe", "June 12, 2021 9:45 AM", "2021-06-12T09:45"),
    ],
)  # fmt: skip
def test_a_date_and_time_glued_to_the_text(opening: str, dateline: str, day: str) -> None:
    """A converter glued the date to the text: the date is split off, the rest stays body."""
    first = f"{opening} ferry to Lindholm left the quay with forty passengers and a crate of post."
    text = f"{_TITLE}\n\n{first}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == [dateline]
    assert article.body[0].raw == first[len(dateline) :]
    assert article.published is not None
    assert format_date(article.published) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # A labelled date glued to the next field's label.
        ("Datum: [4. Mai 2018](#)Autor: [www.hafenblatt.test](#)", "2018-05-04"),
        # A date, then agencies in parentheses and places joined by a slash.
        ("9. März 2020 (ABC/DEF) Bonn/Köln", "2020-03-09"),
        # The date twice (a converter joined two elements), then counts.
        ("Published on May 9, 2019May 9, 2019 • 31 Likes • 6 Comments", "2019-05-09"),
    ],
)  # fmt: skip
def test_a_header_line_opened_by_a_date(line: str, day: str) -> None:
    """A header line opened by a complete date with a few fields after it is the dateline."""
    _assert_dateline_day(line, day)


@pytest.mark.parametrize(
    "line",
    [
        "9. März 2020 wurde die Fähre nach Lindholm zum ersten Mal seit dem Winter",
        "9. März 2020 / Die Fähre fährt wieder. Der Hafen ist offen.",
        "* 9. März 2020 / [Fähren](#) / [Inseln](#) / [Hafen](#)",
    ],
)  # fmt: skip
def test_no_header_line_opened_by_a_date(line: str) -> None:
    """Prose in lower case, a sentence or a list item after a date: not a dateline of this shape."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines if d.raw == line] == []


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        ("Dieser Beitrag wurde am [4. Mai 2020](#) von [jdoe](#) in [Fähren](#) veröffentlicht.",
         "2020-05-04"),
        ("Der Beitrag wurde am Dienstag, den 3. März 2020", "2020-03-03"),
        ("This entry was posted on Monday, May 4, 2020 at 10:15 am, filed under [Ferries](#).",
         "2020-05-04T10:15"),
        ("Questo articolo è stato pubblicato il 4 mag 2020 da [jdoe](#) in [Traghetti](#).",
         "2020-05-04"),
        ("Dit bericht werd geplaatst op 4 mei 2020 door [jdoe](#).", "2020-05-04"),
    ],
)  # fmt: skip
def test_a_template_sentence_under_the_text_dates_an_undated_post(closing: str, day: str) -> None:
    """A blog template's publication sentence dates the post when nothing else did."""
    text = f"{_TITLE}\n\n{_BODY}\n\n{closing}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [d.raw for d in article.datelines] == [closing]
    assert article.published is not None
    assert format_date(article.published) == day
    dated = newsparse.parse(f"{_TITLE}\n\n12 March 2021\n\n{_BODY}\n\n{closing}\n")
    assert [d.raw for d in dated.datelines] == ["12 March 2021"]


@pytest.mark.parametrize(
    ("header", "first"),
    [
        # A section's link before the date names no one: the prefixed byline below is the one.
        ("[Aus dem Landkreis](#)  3. März 2021  10:15\n\n[von Kerstin Albrecht](#)",
         ["Kerstin Albrecht"]),
        ("[Im Gespräch](#)  3. März 2021  10:15\n\nVon Kerstin Albrecht", ["Kerstin Albrecht"]),
        # A paper's name ("The ...") is no person: the name under the date is the writer.
        ("[The Harbour Lantern](#)\n\n12/03/2021\n\nTorvald Nyberg", ["Torvald Nyberg"]),
        # A byline crediting only an outlet yields to the writer's credit a few lines below.
        ("By\n\n[Harbour Press](#)\n\n-\n\nMarch 3, 2021\n\n*Written by: [Lene Brandt](#)*",
         ["Lene Brandt"]),
        # With no writer's credit below, the outlet's byline stays.
        ("By\n\n[Harbour Press](#)\n\n-\n\nMarch 3, 2021", ["Harbour Press"]),
    ],
)  # fmt: skip
def test_sections_and_outlets_yield_to_the_writer(header: str, first: list[str]) -> None:
    """A section link or an outlet above the writer's credit is not the article's byline."""
    text = f"{_TITLE}\n\n{header}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == first


_ARCHIVED = (
    "https://web.archive.org/web/20140101000000/http://faehrblog.example/2014/01/01/"
    "die-faehre-zum-leuchtturm-faehrt-wieder-nach-zwei-wintern-am-kai"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A link whose text breaks after the prefix.
        ("* [von:\n  Kai Brodersen](/autor/kb/)", ["Kai Brodersen"]),
        # A prefix in a definition list's term, the names in its definition.
        ("AUTOR/IN\n:   Malin Sørby", ["Malin Sørby"]),
        # A headshot, then the prefix glued to the linked name.
        ("* ![Malin Sørby](/media/malin.jpg)Por[Malin Sørby](/autor/malin-sorby/)",
         ["Malin Sørby"]),
        # A byline whose links point into a web archive: long targets, a short byline.
        (f"Posted by [Malin Sørby]({_ARCHIVED}/author/ms/ \"Beiträge von Malin Sørby\") at 07:40"
         f"  Tagged with: [Fähren]({_ARCHIVED}/tag/faehren/), [Inseln]({_ARCHIVED}/tag/inseln/),"
         f" [Winter]({_ARCHIVED}/tag/winter/), [Hafen]({_ARCHIVED}/tag/hafen/)",
         ["Malin Sørby"]),
    ],
)  # fmt: skip
def test_prefixed_bylines_in_converter_shapes(line: str, authors: list[str]) -> None:
    """A prefix split from its names, glued after a headshot, or among long link targets."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # A source and the date may stand between the text and the name signing it.
        ("Quelle: Inselbote\n\n3. März 2021\n\n- Ilka Sommerfeld", ["Ilka Sommerfeld"]),
        # A short closing line, then the name with the signer's post under it.
        ("Gute Fahrt!\n\nIlka SOMMERFELD  \nHafenmeisterin", ["Ilka SOMMERFELD"]),
        # A heading opens another section: a name under it signs nothing of this text.
        ("### Mehr aus dem Hafen\n\nIlka Sommerfeld", []),
        # A button in capitals under the text is no name.
        ("JETZT MITREDEN", []),
        # A prefix on a line of its own over one word: a user name or a desk, in the tail too.
        ("3. März 2021\n\n* Artikel von:\n* hafenblick", ["hafenblick"]),
        # A share link under the name is long only by its address: the text ended above it.
        (f"3. März 2021\n\nIlka Sommerfeld\n\n[Teilen per Nachricht]({_SHARE})",
         ["Ilka Sommerfeld"]),
        # An author box: the name linked to the author's page, a headshot over the name.
        (f"[Ilka Sommerfeld](https://inselbote.example/autor/ilka-sommerfeld/)\n\n{_SHARE_LINE}",
         ["Ilka Sommerfeld"]),
        ("![](https://inselbote.example/avatars/ilka.jpg)\n\nIlka Sommerfeld", ["Ilka Sommerfeld"]),
        # A label on a line of its own, in a German gender form, over the names.
        ("Autor\\*in\n\n[Ilka Sommerfeld](#)", ["Ilka Sommerfeld"]),
        ("Autor:innen\n\nIlka Sommerfeld und Bo Lindqvist", ["Ilka Sommerfeld", "Bo Lindqvist"]),
        # A source label under the text signs nothing; the name under the date does.
        ("Quelle: Inselbote, Hafen Universität\n\n3. März 2021\n\n- Ilka Sommerfeld",
         ["Ilka Sommerfeld"]),
        # A heading, or an item of a list of several, under the text signs nothing.
        ("### Unsere Förderer", []),
        ("* Leichte Ruder\n* Feste Leinen\n* Warme Decken", []),
    ],
)  # fmt: skip
def test_a_name_signing_the_text_a_few_lines_down(closing: str, authors: list[str]) -> None:
    """A name on its own line a few short lines under the last paragraph signs the text."""
    last = (
        "Whether the winter crossings return next year depends on the council, which meets "
        "again in March to decide on the money for a second crew."
    )
    text = f"{_TITLE}\n\n{_BODY}\n\n{last}\n\n{closing}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A list of people under the title, as journals list their authors.
        ("* [Ines Akerlund, PhD,](#)\n* [Tomas Ferreira, MD](#)",
         ["Ines Akerlund, PhD", "Tomas Ferreira, MD"]),
        # A list of sections there names no one, nor does a list of people it is about.
        ("* Ines Akerlund\n* Tomas Ferreira", []),
        ("* [Politik](#)\n* [Wirtschaft](#)", []),
        ("* Fähren im Winter\n* Der neue Fahrplan", []),
        # A desk on a line of its own beside the date wrote the piece.
        ("23.12.2022\n\nFährblog Redaktion", ["Fährblog Redaktion"]),
        # A person's degrees after the name are no words of a long line: one person, over the date.
        ("Ines Akerlund MS, RDN, LD\n\nDec 22, 2023, 06:21 AM ET", ["Ines Akerlund MS, RDN, LD"]),
        ("Ines Maria van Akerlund, PhD\n\n23.12.2022", ["Ines Maria van Akerlund, PhD"]),
    ],
)  # fmt: skip
def test_lists_of_people_and_desks_under_the_title(header: str, authors: list[str]) -> None:
    """A list of names under the title, or a desk beside the date, credits the article."""
    text = f"{_TITLE}\n\n{header}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # Linked people, each with their post, the second on a line going on with "&".
        ("[Nadia Okafor](/bio/nadia-okafor), Policy Analyst, HRP Policy Unit  \n"
         "& [Tom Reyes](/bio/tom-reyes), Director of Policy", ["Nadia Okafor", "Tom Reyes"]),
        # A names line ending in a comma goes on with the next line.
        ("von\n[Jorun Vestby](#),\n[Redaktion](#)", ["Jorun Vestby", "Redaktion"]),
        # Each author's box a block of its own, a lone "&" or "and" between them.
        ("By Jorun Vestby\n\nand\n\nTom Reyes", ["Jorun Vestby", "Tom Reyes"]),
        ("![](/files/styles/blog_author_60x60/okafor.jpg)\n\n"
         "[Nadia Okafor](/bio/nadia-okafor), Policy Analyst, HRP Policy Unit\n\n&\n\n"
         "[Tom Reyes](/bio/tom-reyes), Director of Policy, HRP Policy Unit",
         ["Nadia Okafor", "Tom Reyes"]),
        # A lone "&" over text is no joiner of names.
        ("By Jorun Vestby\n\n&\n\nThe quay reopens in May.", ["Jorun Vestby"]),
    ],
)  # fmt: skip
def test_a_byline_going_on_over_two_lines(header: str, authors: list[str]) -> None:
    """Names a line goes on with (after a comma, or the next line opening with "&") are read."""
    text = f"{_TITLE}\n\n{header}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("table", "authors"),
    [
        # Header fields laid out in a table, one cell holding the byline.
        ("|  |  |  |\n| --- | --- | --- |\n| 03 | 05 | 2021 | Hafen | Text: Jorun Vestby | 12 |",
         ["Jorun Vestby"]),
        # A table of fares credits no one.
        ("| Strecke | Preis |\n| --- | --- |\n| Lindholm | 4 Euro |", []),
    ],
)  # fmt: skip
def test_a_byline_in_a_header_table(table: str, authors: list[str]) -> None:
    """A byline in a cell of a small table in the header credits the article."""
    text = f"{_TITLE}\n\n{table}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://harbour.example/2021/06/14/ferry-runs-again/", "2021-06-14"),
        ("https://harbour.example/news/ferry-runs-again-2021-06-14/", "2021-06-14"),
        ("https://harbour.example/meldung/20210614/ferry.html", "2021-06-14"),
        ("https://harbour.example/2021/jun/14/ferry", "2021-06-14"),
    ],
)  # fmt: skip
def test_the_address_dates_a_story_whose_text_does_not(url: str, day: str) -> None:
    """With no date in the text, the day the page's address gives is the published day.

    The view takes it from the footer (``Article.datelines`` stays empty); a date in the text
    comes first.
    """
    text = f"{_TITLE}\n\n{_BODY}\n\nOriginal url: {url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.datelines == ()
    assert article.dateline is not None
    assert article.dateline.raw == article.source.raw if article.source else False
    assert article.published is not None
    assert format_date(article.published) == day
    dated = newsparse.parse(f"{_TITLE}\n\n3 May 2021\n\n{_BODY}\n\nOriginal url: {url}\n")
    assert dated.published is not None
    assert format_date(dated.published) == "2021-05-03"


@pytest.mark.parametrize(
    "url",
    [
        "https://harbour.example/story/20213456/ferry",  # no month 34: an ID
        "https://harbour.example/story/120210614/ferry",  # nine digits: an ID
        "https://harbour.example/ferry?day=2021-06-14",  # a query, not the path
        "https://harbour.example/2021/02/30/ferry",  # no such day
    ],
)
def test_no_day_in_an_address_without_one(url: str) -> None:
    text = f"{_TITLE}\n\n{_BODY}\n\nOriginal url: {url}\n"
    article = newsparse.parse(text)
    assert article.published is None
    assert article.dateline is None


@pytest.mark.parametrize(
    ("between", "day"),
    [
        ("4. juni 2021", "2021-06-04"),
        ("Kari Dahl/Havnebladet\n\n4. Juni 2021 | Meldungen", "2021-06-04"),
        ("June 4, 2021", "2021-06-04"),
    ],
)  # fmt: skip
def test_a_date_line_between_the_lead_picture_and_the_title(between: str, day: str) -> None:
    """A line that is a whole date under the lead picture, over the title, dates the story.

    It is no caption (a caption gives words), even after the picture's credit.
    """
    picture = "![](https://harbour.example/img/ferry.jpg)"
    title = "The Ferry to Lindholm Runs Again\n================================"
    text = f"{picture}\n\n{between}\n\n{title}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is not None
    assert format_date(article.published) == day
    assert all(day[:4] not in caption.raw for caption in article.captions)


@pytest.mark.parametrize(
    ("above", "below", "published", "updated"),
    [
        ("HAFENBLATT — 09.01.22 08:15", "Veröffentlicht: 28.12.2021", "2021-12-28",
         "2022-01-09T08:15"),
        ("January 9, 2022", "Published: December 28, 2021", "2021-12-28", "2022-01-09"),
    ],
)  # fmt: skip
def test_a_later_date_over_the_title_is_the_update_of_the_labelled_one(
    above: str, below: str, published: str, updated: str
) -> None:
    """Two dates around the title, the one below labelled as published: the other is the update.

    An unlabelled date over the title that is earlier than the labelled one, or a page with no
    label, keeps the first date as published.
    """
    text = f"{above}\n\n{_TITLE}\n\n{below}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is not None
    assert article.updated is not None
    assert format_date(article.published) == published
    assert format_date(article.updated) == updated
    unlabelled = below.split(":", 1)[1].strip()
    plain = newsparse.parse(f"{above}\n\n{_TITLE}\n\n{unlabelled}\n\n{_BODY}\n")
    assert plain.published is not None
    assert format_date(plain.published) == updated
    earlier = newsparse.parse(f"1 May 2021\n\n{_TITLE}\n\n{below}\n\n{_BODY}\n")
    assert earlier.published is not None
    assert format_date(earlier.published) == "2021-05-01"


@pytest.mark.parametrize(
    ("opening", "place", "day"),
    [
        ("Hafenstadt, 12. März 2021 – ", "Hafenstadt", "2021-03-12"),
        ("**Neustadt/Elbe, Dienstag, 03.05.2022 - ", "Neustadt/Elbe", "2022-05-03"),
        ("Port Ellis, June 4, 2021 — ", "Port Ellis", "2021-06-04"),
    ],
)  # fmt: skip
def test_a_press_release_opens_with_its_place_and_date(opening: str, place: str, day: str) -> None:
    """A place in mixed case, a complete date and a dash open the first paragraph: a dateline."""
    first, second = _BODY.split("\n\n")
    text = f"{_TITLE}\n\n{opening}{first}\n\n{second}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.published is not None
    assert format_date(article.published) == day
    assert article.body[0].text.startswith("After two winters")


@pytest.mark.parametrize(
    "opening",
    [
        "Hafenstadt, die Stadt der Fähren – ",  # no date: a place and words
        "Hafenstadt, im März 2021 – ",  # no whole day
        "Hafenstadt, 12. März 2021 und 14. März 2021 – ",  # two dates: a sentence
    ],
)
def test_no_press_release_dateline_without_one_whole_date(opening: str) -> None:
    first, second = _BODY.split("\n\n")
    text = f"{_TITLE}\n\n{opening}{first}\n\n{second}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is None


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("#### **23.09.2021** Hafenmagazin ∙ Hafenfunk", "2021-09-23"),
        ("## Meldungen (2 / 5) 03.05.2022 09:40 von Kari", "2022-05-03"),
    ],
)  # fmt: skip
def test_a_small_heading_holding_the_date_dates_an_undated_story(heading: str, day: str) -> None:
    """A header heading with one complete date among a few words is the dateline."""
    text = f"{_TITLE}\n\n{heading}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.datelines
    assert heading.startswith(article.datelines[0].raw)
    assert article.published is not None
    assert format_date(article.published)[:10] == day


def test_no_dateline_from_a_heading_of_sentences() -> None:
    heading = "### Am 3. Mai 2022 legte die Fähre ab. Sie kam nie an."
    text = f"{_TITLE}\n\n{heading}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is None
    dated = newsparse.parse(f"{_TITLE}\n\n1 May 2021\n\n#### **23.09.2021** Hafen\n\n{_BODY}\n")
    assert dated.published is not None
    assert format_date(dated.published) == "2021-05-01"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://harbour.example/2021/06/14/ferry/", "2021-06-14"),  # in the month: the day
        ("https://harbour.example/2021/07/14/ferry/", "2021-06"),  # another month: the text's
        ("https://harbour.example/ferry/", "2021-06"),  # no day in the address
    ],
)  # fmt: skip
def test_the_address_gives_the_day_of_a_month_the_text_names(url: str, day: str) -> None:
    text = f"{_TITLE}\n\nJune 2021\n\n{_BODY}\n\nOriginal url: {url}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is not None
    assert format_date(article.published) == day
    assert [d.raw for d in article.datelines] == ["June 2021"]


def test_a_byline_after_a_list_of_linked_pictures_and_headlines_is_the_article_s() -> None:
    """Items written as a linked picture over an indented headline line are list items too.

    A byline standing on its own after such a list opens the article, as after one-line items.
    """
    items = "\n\n".join(
        f"* [![{headline}](/pics/{n}.jpg)\n\n  #### {headline}](/news/{n})"
        for n, headline in enumerate(("Ferry Timetable Grows", "New Pier Opens in Spring"))
    )
    body = "\n\n".join([_BODY] * 3)
    text = (
        f"{_TITLE}\n\n{body}\n\nRead more:\n\n{items}\n\nerstellt von [Mira Olsen](/author/mira)\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.authors] == ["Mira Olsen"]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A section link beside the date is passed over; the writer's credit below is the byline.
        (
            "[Harbour Life](/category/harbour-life/)  •  March 4, 2021\n\nBy :\n\n"
            "[Inga Brun](/author/inga)",
            ["Inga Brun"],
        ),
        # Tag links after the user's author link are no names of it.
        (
            "[March 4, 2021](/2021/03/04/) [ibrun](/author/ibrun/)[ferries](/tag/ferries/)",
            ["ibrun"],
        ),
        # A topic linked to its tag page over the date credits nobody.
        ("[Hanna Sjöberg](/tag/hanna-sjoberg/)\n\nMarch 4, 2021", []),
    ],
)
def test_a_name_linked_to_a_section_page_is_no_writer(header: str, authors: list[str]) -> None:
    """Links to category, tag or search pages name a topic; the writer is credited elsewhere."""
    assert _authors(f"{_TITLE}\n\n{header}\n\n{_BODY}\n") == authors


@pytest.mark.parametrize(
    "credit",
    [
        # An agency and a photographer, either order, with the picture dropped.
        "dpa/Mara Lintz",
        "AFP/Mara Lintz",
        "Mara Lintz/Getty Images",
        "© Nordlicht Bildagentur",
        "Foto: dpa/Mara Lintz",
    ],
)
@pytest.mark.parametrize("below", ["", "12 March 2024\n\n"])
def test_a_picture_credit_over_its_caption_is_no_byline(credit: str, below: str) -> None:
    """A credit line with its caption glued under it is one caption, not the article's byline.

    Whatever follows: the text, or a date line.
    """
    caption = "The old ferry at the quay in Lindholm."
    text = f"{_TITLE}\n\n{credit}\n{caption}\n\n{below}{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()
    assert [(c.text, c.raw) for c in article.captions] == [(caption, f"{credit}\n{caption}")]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # The same shapes over a date line, alone or beside a bar credit the article.
        ("dpa/Mara Lintz\n12 March 2024", ["dpa/Mara Lintz"]),
        ("dpa/Mara Lintz", ["dpa/Mara Lintz"]),
        ("Mara Lintz | Reuters\nThe old ferry at the quay in Lindholm.", ["Mara Lintz", "Reuters"]),
        # A credit under the prefixed byline's name is its agency.
        ("Von Mara Lintz, dpa\nThe old ferry at the quay in Lindholm.", ["Mara Lintz", "dpa"]),
    ],
)  # fmt: skip
def test_credit_shaped_bylines_without_a_caption_stay_bylines(
    header: str, authors: list[str]
) -> None:
    """Without a caption line glued under it, a credit-shaped line under the title is a byline."""
    assert _authors(f"{_TITLE}\n\n{header}\n\n{_BODY}\n") == authors


@pytest.mark.parametrize(
    "line",
    [
        # A bold heading under the title that opens with an article and holds a small word.
        "**Die Regeln von Inselbote**",
        "**Die Hinweise der Redaktion**",
        "**Der Fahrplan von Lindholm**",
        "**The Rules of Harbour Weekly**",
        "Die Regeln von Inselbote",
    ],
)
@pytest.mark.parametrize("below", ["", "12 March 2024\n\n"])
def test_a_heading_opening_with_an_article_is_no_byline(line: str, below: str) -> None:
    """A line worded ``Die Regeln von X`` names a page's rules or a section, not a person.

    Before, every capitalised word with ``von``/``der`` between read as one person's name.
    """
    text = f"{_TITLE}\n\n{line}\n\n{below}{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A paper's name stays an outlet; a person with a particle stays a person.
        ("By The Harbour Weekly\n12 March 2024", ["The Harbour Weekly"]),
        # A German noun phrase may name an outlet: credited as one.
        ("Von Norddeutsche Hafenpost\n12 March 2024", ["Norddeutsche Hafenpost"]),
        ("Von Freunde der Fähre\n12 March 2024", ["Freunde der Fähre"]),
        ("Von Mara von Lintz\n12 March 2024", ["Mara von Lintz"]),
        ("**Mara von Lintz**\n12 March 2024", ["Mara von Lintz"]),
    ],
)
def test_outlets_and_people_with_particles_stay_credited(header: str, authors: list[str]) -> None:
    """The article rule leaves ``Der Inselbote`` an outlet and ``Mara von Lintz`` a person."""
    assert _authors(f"{_TITLE}\n\n{header}\n\n{_BODY}\n") == authors


@pytest.mark.parametrize(
    "credit",
    ["Fotos: Mara Lintz", "Foto von Mara Lintz", "Photos by Mara Lintz", "*Fotos: Mara Lintz*"],
)
@pytest.mark.parametrize(
    "picture",
    [
        "![The old ferry at the quay](/img/ferry.jpg)\n\n",
        "![The old ferry at the quay](/img/ferry.jpg)\n",
        "[![The old ferry at the quay](/img/ferry.jpg)](/img/ferry-big.jpg)\n\n",
    ],
)
def test_a_photographer_s_credit_under_a_picture_is_no_byline(credit: str, picture: str) -> None:
    """A credit naming only photographers right under a picture credits the picture.

    It is the picture's caption (its credit), never the article's byline.
    """
    text = f"{_TITLE}\n\n12 March 2024\n\n{picture}{credit}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()
    assert article.authors == ()
    assert [c.raw for c in article.captions][-1:] == [credit]


def test_a_photographer_s_credit_away_from_pictures_stays_a_byline() -> None:
    """With no picture beside it, ``Fotos: X`` under the title credits the story's pictures."""
    text = f"{_TITLE}\n\nFotos: Mara Lintz\n\n12 March 2024\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert [[(a.name, a.role.value) for a in b.authors] for b in article.bylines] == [
        [("Mara Lintz", "photography")]
    ]


@pytest.mark.parametrize(
    "line",
    ["**Ergebnisse der Hafenmessung**", "**Hinweise zum Datenschutz**", "*Hinweise zum Fährplan*"],
)
@pytest.mark.parametrize("place", ["header", "signature"])
def test_an_article_between_capitalised_words_is_no_name(line: str, place: str) -> None:
    """``der``/``zum`` alone between nouns is German grammar; in a name it follows ``von``/``van``.

    Such a bold label under the title or under the last paragraph credited a "person".
    """
    if place == "header":
        text = f"{_TITLE}\n\n{line}\n\n12 March 2024\n\n{_BODY}\n"
    else:
        text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{line}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize(
    "line", ["Von Lena von der Heide", "**Lena von der Heide**", "By Pieter van der Molen"]
)
def test_a_paired_particle_after_another_stays_in_the_name(line: str) -> None:
    """``von der``, ``van der``: the second particle follows the first; the name is a person's."""
    name = line.strip("*").removeprefix("Von ").removeprefix("By ")
    assert _authors(f"{_TITLE}\n\n{line}\n\n12 March 2024\n\n{_BODY}\n") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "[Nordische Fährgesellschaft](#)",
        "* Kirchliches Leben",
        "**Städtische Fährbetriebe**",
        "Ländliche Buslinien",
        "[Weltliches Erbe](#)",
    ],
)
def test_an_adjective_opening_a_phrase_is_no_name(line: str) -> None:
    """An inflected German adjective never opens a person's name: the line is a noun phrase."""
    text = f"{_TITLE}\n\n12 March 2024\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize(
    "close", ["Viele Grüße,", "Herzliche Grüße", "Liebe Grüsse", "Kind regards", "Viel Spaß"]
)
def test_a_greeting_under_the_text_is_no_signature(close: str) -> None:
    """A letter's close under the last paragraph is no name; a name on the line under it is."""
    text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{close}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize("name", ["Paige Turner", "Fischer Dorn", "Michelle Lindqvist"])
def test_names_with_an_adjective_like_ending_stay_names(name: str) -> None:
    """Short given names and surnames ending like an adjective are still read as names."""
    assert _authors(f"{_TITLE}\n\nVon {name}\n\n12 March 2024\n\n{_BODY}\n") == [name]


_LONG_SHARE = "https://social.example/share?u=" + "https%3A%2F%2Finselbote.example%2Ffaehre" * 4


@pytest.mark.parametrize(
    "between",
    [
        # A share link long only by its address, then a note: no prose between the two credits.
        f"[Teilen]({_LONG_SHARE})\n\n*Courtesy of Harbour Weekly*",
        f"![](/img/ferry.jpg)\n\n[Share]({_LONG_SHARE})",
    ],
)
def test_an_outlet_s_credit_yields_to_the_writer_s_below_a_long_link(between: str) -> None:
    """``By [Example Press](#)`` over ``Written by: [Jo Park](#)`` credits Jo Park.

    The look below for the writer's credit measures lines without link targets, as the rest
    of the byline rule does: a long share address is no paragraph of text.
    """
    header = f"By [Harbour Weekly](/author/harbour/)\n\n{between}\n\n*Written by: [Mara Lintz](#)*"
    assert _authors(f"{_TITLE}\n\n{header}\n\n{_BODY}\n") == ["Mara Lintz"]


def test_an_outlet_s_credit_yields_to_a_writer_named_under_a_bare_prefix() -> None:
    """The look below reads ``By:`` over the names on the next line, as the byline rule does."""
    header = "By [Harbour Weekly](/author/harbour/)\n\nBy:\n\n[Mara Lintz](#)"
    assert _authors(f"{_TITLE}\n\n{header}\n\n{_BODY}\n") == ["Mara Lintz"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Mara Lintz | 3 hours ago", ["Mara Lintz"]),
        ("By [Mara Lintz](/author/mara-lintz/) • 45 minutes ago", ["Mara Lintz"]),
        ("Von Mara Lintz | vor 2 Stunden", ["Mara Lintz"]),
        ("Por Mara Lintz | Publicado hace 13 horas", ["Mara Lintz"]),
        ("Par Mara Lintz et Kai Berger | il y a 3 heures", ["Mara Lintz", "Kai Berger"]),
        ("**By Mara Lintz** | Updated 5 hours ago", ["Mara Lintz"]),
    ],
)
def test_a_byline_glued_to_a_relative_date(line: str, authors: list[str]) -> None:
    """A prefixed byline closed by a relative date ("3 hours ago") keeps its names.

    The relative date has no value to read (that would need "now"); before, the whole line was
    refused as a byline.
    """
    assert _authors(f"{_TITLE}\n\n{line}\n\n{_BODY}\n") == authors


@pytest.mark.parametrize(
    "line", ["By the way, 3 hours ago the ferry left", "By now the ferry left 3 hours ago"]
)
def test_a_sentence_ending_in_a_relative_date_is_no_byline(line: str) -> None:
    """What stands before the relative date must read as names."""
    assert _authors(f"{_TITLE}\n\n{line}\n\n{_BODY}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "_By Mara Lintz _",
        "_Written by:[Mara Lintz](https://harbour.example/people/mara-lintz) _",
        "**Von Mara Lintz **",
        "*Text: Mara Lintz  *",
    ],
)
def test_an_emphasised_byline_closed_after_a_space(line: str) -> None:
    """html2text closes emphasis after the element's trailing space (``_By X _``).

    Markdown then reads no emphasis; the markers are still the line's, not part of the names.
    """
    assert _authors(f"{_TITLE}\n\n{line}\n\n12 March 2024\n\n{_BODY}\n") == ["Mara Lintz"]


def test_a_linked_headline_under_an_avatar_is_no_byline() -> None:
    """A teaser list writes the poster's avatar over a linked headline: no name, no byline."""
    teaser = (
        "* [![Kestrel Ferries](/img/avatars/kestrel.png)](/members/kestrel-ferries/)\n\n"
        "  [Which ferry pass? Three compared](/shop/ferry-passes/)\n\n"
        "  The new ferry tickets come in three kinds..."
    )
    text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{teaser}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize(
    "note",
    [
        "*Mara Lintz (44) ist Redakteurin beim Inselboten und lebt auf Lindholm.*",
        "_Mara Lintz works as a harbour pilot and writes about island ferries._",
        "***Mara Lintz*** *arbeitet als Lotsin in Kiel. **Olaf Brenn** ist Kapitän.*",
        "Autorin: Dr. Mara Lintz lebt in Kiel und schreibt über Häfen und Fähren.",
        "Über die Autorin: Mara Lintz studierte Nautik in Leer.",
    ],
)
def test_a_note_about_the_writer_closing_the_text_names_the_writer(note: str) -> None:
    """Main-content dumps drop the byline block; the note about the writer under the text stays.

    Set apart in emphasis or opened by a label, it names the writer (the first name only).
    """
    text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{note}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.authors] == ["Mara Lintz"]
    assert article.byline is not None
    assert article.byline.raw == note


@pytest.mark.parametrize(
    "note",
    [
        # A plain closing paragraph opening with a name is text about that person.
        "Mara Lintz ist seit 2019 Hafenmeisterin auf Lindholm.",
        # A noun phrase, not a name.
        "*Das Projekt ist Teil einer Reihe über die Inseln im Norden.*",
        "*Diese Seite ist noch im Aufbau.*",
    ],
)
def test_a_closing_paragraph_that_is_no_note_about_the_writer(note: str) -> None:
    """Without emphasis or a label, or without a person's name, the closing line names nobody."""
    text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{note}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


# A paragraph of the story after a note about the writer.
_MORE_TEXT = (
    "The harbour office posts the winter timetable at the quay each Friday, and the island "
    "school sends its pupils over on the early boat."
)


def _assert_the_note_names_mara(text: str, note: str) -> None:
    """The note is the article's byline and names Mara Lintz, losslessly."""
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.authors] == ["Mara Lintz"]
    assert article.byline is not None
    assert article.byline.raw == note


@pytest.mark.parametrize(
    "note",
    [
        "Mara Lintz ist freie Journalist\\*in und schreibt über Häfen. Sie lebt auf Lindholm.",
        "Mara Lintz ist Nautikerin aus Kiel. Sie arbeitet als Redakteurin beim Inselboten.",
        "Mara Lintz is a staff writer on the harbour desk and lives on the island.",
        "Mara Lintz ist Wirtschaftsjournalistin und lebt in Kiel.",
    ],
)
@pytest.mark.parametrize("where", ["after the lead", "under an author box's heading"])
def test_a_plain_note_naming_the_writers_trade_names_the_writer(note: str, where: str) -> None:
    """A short note opening with a name and a verb, naming the writing trade, is about the writer.

    Plain text, not only at the text's close: a column puts it after the lead, and a page may set
    it under an author box's heading, with a box of the site's own after it.
    """
    more = _MORE_TEXT
    if where == "after the lead":
        text = f"{_TITLE}\n\n{_BODY}\n\n{more}\n\n{note}\n\n{more}\n"
    else:
        text = f"{_TITLE}\n\n{_BODY}\n\n{more}\n\n## Mara\n\n{note}\n\n## Newsletter\n\n{more}\n"
    _assert_the_note_names_mara(text, note)


@pytest.mark.parametrize(
    "label",
    ["### Über den Autor", "**About the author**", "Über die Autorin:", "#### About the authors"],
)
@pytest.mark.parametrize("where", ["closing the text", "after the lead"])
def test_a_note_under_an_author_box_heading_names_the_writer(label: str, where: str) -> None:
    """An author box's heading sets the note under it apart, as emphasis does, wherever it stands.

    Main-content converters keep the box without its markup: ``About the author`` over a plain
    ``Mara Lintz writes ...``, no word of the trade needed.
    """
    note = "Mara Lintz lebt auf Lindholm und fährt jeden Morgen mit der ersten Fähre."
    more = _MORE_TEXT
    if where == "closing the text":
        text = f"{_TITLE}\n\n{_BODY}\n\n{more}\n\n{label}\n\n{note}\n"
    else:
        text = f"{_TITLE}\n\n{_BODY}\n\n{label}\n\n{note}\n\n{more}\n"
    _assert_the_note_names_mara(text, note)


@pytest.mark.parametrize(
    "label",
    [
        # A section's heading, no author box.
        "### Mehr zum Thema",
        # A byline prefix with a name is a byline of its own, no label for the note under it.
        "Von Olaf Brenn",
        # Another role's label: the note under it is about the photographer.
        "Fotos:",
    ],
)
def test_a_note_under_another_heading_names_nobody(label: str) -> None:
    """Only an author box's heading alone sets a plain note about a person apart."""
    note = "Mara Lintz lebt auf Lindholm und fährt jeden Morgen mit der ersten Fähre."
    text = f"{_TITLE}\n\n{_BODY}\n\n{label}\n\n{note}\n\nThe quay reopens in May.\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert "Mara Lintz" not in [a.name for a in article.authors]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # A pronoun, an article or a conjunction opens a phrase: a link or a list item, no name.
        ("* [Mein Fährbuch](/konto/faehrbuch/)", False),
        ("[Unser Hafen](/hafen/)", False),
        ("* Und weiter geht's", False),
        ("Ein Abend am Kai", False),
        # A name particle, a paper's article and the openers that are first names too stay.
        ("[La Rocca Mira](/author/la-rocca/)", True),
        ("Des Byrne", True),
    ],
)  # fmt: skip
def test_a_phrase_opener_starts_no_name(line: str, kept: bool) -> None:
    """A line opening with a pronoun, an article or a conjunction is no person's name."""
    text = f"{_TITLE}\n\n12 March 2024\n\n{line}\n\n{_BODY}\n"
    name = unmarked_name(line)
    assert (name in _authors(text)) is kept


@pytest.mark.parametrize(
    "line",
    ["By Los Altos Harbour Times", "Por Las Mareas", "By Il Gabbiano",
     "By [Los Altos Harbour Times](/outlet/)"],
)  # fmt: skip
def test_an_outlet_opening_with_an_article_is_an_organization(line: str) -> None:
    """A paper's article (``Il``, ``Las``) or an outlet's word keeps the byline: an organization."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.kind for a in article.authors] == [AuthorKind.ORGANIZATION]


def unmarked_name(line: str) -> str:
    """The name a test line writes, without its list marker and link."""
    return line.removeprefix("* ").split("](")[0].lstrip("[")


@pytest.mark.parametrize(
    "paragraph",
    [
        # No word of the writing trade: a person of the story.
        "Mara Lintz ist Kapitänin der Inselfähre und fährt seit zwanzig Jahren.",
        # The trade word in a long paragraph: the story's text about a journalist.
        "Mara Lintz ist Journalistin. " + "Sie fuhr mit der Fähre und sah den Hafen. " * 12,
        # A trade word only inside another word: "creditor" is no editor.
        "Mara Lintz is a creditor of the ferry company and lives on the island.",
        # A noun phrase, not a name.
        "Das Magazin ist ein Blog für Reporter und Redakteurinnen.",
    ],
)
def test_a_paragraph_that_is_no_note_naming_the_writers_trade(paragraph: str) -> None:
    """The note must be short, open with a person's name, and name the trade as a word."""
    text = f"{_TITLE}\n\n{_BODY}\n\n{paragraph}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


def test_a_note_naming_the_trade_yields_to_the_byline() -> None:
    """With a byline in the header, a note about a journalist in the text credits nobody else."""
    note = "Olaf Brenn ist Reporter beim Inselboten."
    text = f"{_TITLE}\n\nBy Mara Lintz\n\n12 March 2024\n\n{_BODY}\n\n{note}\n"
    assert _authors(text) == ["Mara Lintz"]


def test_a_note_about_the_person_interviewed_names_no_writer() -> None:
    """An interview labels its answers with the speaker's name: the note under it is about them."""
    answers = (
        "Wie oft fährt die Fähre im Winter?\n\n"
        "Mara Lintz: Zweimal am Tag, wenn das Wetter es zulässt und der Hafen eisfrei bleibt."
    )
    note = "*Mara Lintz ist Kapitänin der Inselfähre.*"
    text = f"{_TITLE}\n\n12 March 2024\n\n{_BODY}\n\n{answers}\n\n{note}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


def test_a_note_about_another_person_does_not_replace_the_byline() -> None:
    """With a byline in the header, a note under the text credits nobody else."""
    note = "*Olaf Brenn ist Kapitän der Inselfähre.*"
    text = f"{_TITLE}\n\nBy Mara Lintz\n\n12 March 2024\n\n{_BODY}\n\n{note}\n"
    assert _authors(text) == ["Mara Lintz"]


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        # A one-word user name linked under the date (the dump kept no link target).
        ("[14. Juni 2023](#)\n[fjordkatze](#)", ["fjordkatze"]),
        ("[14. Juni 2023](#)\n\n[Svantje](#)", ["Svantje"]),
        # A section link and a reading time above the date.
        ("[Inseln](#)\n\n4 Min. Lesezeit\n\n14. Juni 2023\n\n[Svantje](#)", ["Svantje"]),
        # A reading time between the date and the name.
        ("14. Juni 2023\n\nLesezeit: 4 Min\n\n[Svantje](#)", ["Svantje"]),
        # The name above the date, or a list item under it (a menu of sections): nobody.
        ("[Svantje](#)\n\n14. Juni 2023", []),
        ("14. Juni 2023\n\n* [Inseln](#)", []),
        # A link target that is no author page tells a section: nobody.
        ("14. Juni 2023\n\n[Inseln](https://hafenblatt.example/inseln/)", []),
    ],
)  # fmt: skip
def test_a_user_name_linked_under_the_date(meta: str, authors: list[str]) -> None:
    """Under the title a blog writes the date, then the linked name of who posted."""
    text = f"{_TITLE}\n\n{meta}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        # The separator between the date and the name on a line of its own.
        ("14. Juni 2023\n//\nMara Lintz", ["Mara Lintz"]),
        ("14. Juni 2023\n\n|\n\nMara Lintz", ["Mara Lintz"]),
        # A bold run broken over the lines: the markers stay with the first and last line.
        ("**14.06.2023 | 09:15 Uhr\n|\nMara Lintz**", ["Mara Lintz"]),
        ("Mara Lintz\n·\n14. Juni 2023", ["Mara Lintz"]),
        # A section and the outlet's acronym after the date: no person written surname-first.
        ("14. Juni 2023\n|\nInseln, NDV", []),
        ("14. Juni 2023 | Inseln, NDV", []),
    ],
)  # fmt: skip
def test_a_name_and_a_date_with_a_separator_line_between(meta: str, authors: list[str]) -> None:
    """Converters put the separator of header fields on a line of its own; it is passed over."""
    text = f"{_TITLE}\n\n{meta}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.authors] == authors


def test_two_separator_lines_are_no_field_separator() -> None:
    """One separator line is passed over, not a run of them (a drawn rule, a table's edge)."""
    text = f"{_TITLE}\n\n14. Juni 2023\n|\n|\nMara Lintz\n\n{_BODY}\n"
    assert _authors(text) == []


def test_a_one_word_link_under_a_time_in_a_teaser_box_names_nobody() -> None:
    """Past the text's first paragraph, a topic link under a time heads a teaser."""
    teaser = "## [Mehr zum Thema](#)\n\n09:40\n\n[Lindholm](#)\n\n### [Neue Stege im Hafen](#)"
    text = f"{_TITLE}\n\n{_BODY}\n\n{teaser}\n"
    assert _authors(text) == []


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The page title has a lead-in; the line under it writes the headline alone.
        ("# Wahl: Lina Berg führt den Hafenverband\n\nLina Berg führt den Hafenverband",
         "Lina Berg führt den Hafenverband"),
        # A section heading between them; the headline is a lower heading further down.
        ("# Ein später Gast im Garten von Lindholm - Gartenjahr\n\n# Magazin\n\n"
         "## Ein später Gast im Garten von Lindholm\n\n### Der Igel",
         "Ein später Gast im Garten von Lindholm"),
        # A site's name written again under the page title is the smaller part: no headline.
        ("# Ferry returns to Lindholm for the winter | Harbour Post\n\nHarbour Post",
         "Ferry returns to Lindholm for the winter | Harbour Post"),
        # Words inside the page title, with no separator at their edge, are no part of it.
        ("# The ferry returns to Lindholm tonight\n\nferry returns to Lindholm",
         "The ferry returns to Lindholm tonight"),
    ],
)  # fmt: skip
def test_a_part_of_the_page_title_written_alone_is_the_headline(header: str, title: str) -> None:
    """Two places writing the same words agree on the headline; the rest is the page title's."""
    text = f"{header}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The page title and the article's heading agree; the slug names the section.
        ("# Mit dem Chef fürs Alter sparen\n\n# Betriebliche Rente\n\n"
         "## Mit dem Chef fürs Alter sparen", "Mit dem Chef fürs Alter sparen"),
        # Written once, the heading the slug spells is the title.
        ("# Mit dem Chef fürs Alter sparen\n\n# Betriebliche Rente", "Betriebliche Rente"),
    ],
)  # fmt: skip
def test_a_title_written_twice_outweighs_a_slug_spelling_a_section(header: str, title: str) -> None:
    """Two headings with the same words agree on the headline, over a slug sharing none of them."""
    text = f"{header}\n\n{_BODY}\n\nOriginal url:\nhttps://geldblatt.example/vorsorge/betriebliche-rente\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The heading linking to the page's own address heads it, under another level-1 heading.
        ("# Kennst du schon unsere Videos?\n\n## [Ein Gast im Garten](/2024/05/gast-im-garten/)",
         "Ein Gast im Garten"),
        ("# Kennst du schon unsere Videos?\n\n"
         "### [Ein Gast im Garten](http://www.inselbote.example/2024/05/gast-im-garten)",
         "Ein Gast im Garten"),
        # A heading linking to another page (a teaser, the home page) is no such signal.
        ("# Kennst du schon unsere Videos?\n\n## [Ein Gast im Garten](/2024/04/anderer-gast/)",
         "Kennst du schon unsere Videos?"),
        ("# Kennst du schon unsere Videos?\n\n## [Inselbote](https://inselbote.example/)",
         "Kennst du schon unsere Videos?"),
    ],
)  # fmt: skip
def test_the_heading_linking_to_the_page_itself_is_the_title(header: str, title: str) -> None:
    """Blogs link a post's heading to its permalink: the page's own address names its headline."""
    text = (
        f"{header}\n\n{_BODY}\n\nOriginal url:\nhttps://inselbote.example/2024/05/gast-im-garten/\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == title


def test_a_menu_item_written_as_a_heading_in_a_list_is_one_word() -> None:
    """``* ### [Service](...)`` is one linked word, no headline: the list's marker is no word."""
    text = (
        '* ### [Service](/service "Zu Formularen und Auskünften")\n'
        "* ### [Kontakt](/kontakt)\n\n"
        f"## Die Fähre fährt wieder nach Lindholm\n\n{_BODY}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Die Fähre fährt wieder nach Lindholm"


def test_a_dated_heading_after_a_long_run_of_navigation_is_the_title() -> None:
    """Past furniture and a long menu, the heading with a date right under it heads the text."""
    menu = " ".join(f"[Bereich Nummer {n}](/bereich-{n})" for n in range(1, 16))
    boxes = "\n\n".join(f"## Bereich {n}" for n in range(1, 8))
    text = (
        f"# Service\n\n{menu}\n\n{boxes}\n\n# Neues Gesetz für die Inselfähren verkündet\n\n"
        f"Datum: 18.10.2023\n\n{_BODY}\n\n# Kontakt und Anfahrt\n\nHafenstraße 1, Lindholm\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.title == "Neues Gesetz für die Inselfähren verkündet"


@pytest.mark.parametrize("lead", ["**Bergisch Lindenau -**", "**Bad Kessing** –", "Hollerau -"])
def test_a_place_and_dash_over_the_first_paragraph_names_nobody(lead: str) -> None:
    """A converter cuts the lead's place from its paragraph: the place is no writer's name."""
    text = f"{_TITLE}\n\n{lead}\n\n{_BODY}\n"
    assert _authors(text) == []


def test_a_name_in_capitals_with_a_dash_stays_a_byline() -> None:
    """A name in capitals closed by a dash may be a byline; only a mixed-case place is passed."""
    text = f"{_TITLE}\n\n**KARLA MENDT -**\n\n{_BODY}\n"
    assert _authors(text) == ["KARLA MENDT"]


@pytest.mark.parametrize(
    "field", ["**Ort** Lindenau", "__Rubrik__ Hafen und Fähren", "*Ort* Lindenau"]
)
def test_a_label_set_apart_before_its_value_names_nobody(field: str) -> None:
    """One word in bold or italics before a value labels a field: the pair is no name."""
    text = f"{_TITLE}\n\n{field}\n\n**Erschienen** am 28.01.2022\n\n{_BODY}\n"
    assert _authors(text) == []


@pytest.mark.parametrize(
    "credit", ["Photo by [Kim Lee](#) on [Unsplash](#)", "Fotos: Jana Hollerbach, Pixabay"]
)
def test_a_stock_photo_credit_without_its_picture_is_no_byline(credit: str) -> None:
    """A photo credit naming a picture agency credits a picture the dump dropped, not the text."""
    text = f"{_TITLE}\n\n{credit}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()
    assert [c.raw for c in article.captions] == [credit]


@pytest.mark.parametrize("line", ["**Photo** Jo Park", "_Text_ Jo Park", "**Von** Jo Park"])
def test_a_byline_word_set_apart_is_no_field_label(line: str) -> None:
    """A byline or credit word in bold or italics says whose name follows: the line is a byline."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.byline is not None
    assert article.byline.raw == line


@pytest.mark.parametrize(
    "identifier",
    ["", " {#hafenfunk .meta}", " {#23-09-2021-hafenfunk .title}"],
)
def test_a_dated_small_heading_keeps_its_date_under_an_attribute_block(identifier: str) -> None:
    """An identifier that spells the heading's date again is no second date in the heading."""
    text = f"{_TITLE}\n\n#### **23.09.2021** Hafenmagazin ∙ Hafenfunk{identifier}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is not None
    assert format_date(article.published) == "2021-09-23"


@pytest.mark.parametrize(
    "line",
    [
        "2023-08-29 14:15:57 2023-06-22 10:20:0022.06.2023 10:20",
        "2023-08-29T14:15:57+02:00 22.06.2023 10:20",
    ],
)
def test_the_shown_date_is_published_over_a_template_timestamp_before_it(line: str) -> None:
    """A machine timestamp, then the date the page shows: the shown one is the publication."""
    dateline = newsparse.parse_dateline(line)
    assert dateline.published is not None
    assert dateline.updated is not None
    assert format_date(dateline.published) == "2023-06-22T10:20"
    assert format_date(dateline.updated).startswith("2023-08-29T14:15:57")


def test_a_cited_source_and_its_date_after_the_text_date_no_story() -> None:
    """``Quelle: Hafenblatt, 24.3.2020`` under a chart dates the source, not the article."""
    story = " ".join(["Die Fähre fuhr am Montag wieder, mit vierzig Gästen an Bord."] * 12)
    text = f"{_TITLE}\n\n{story}\n\nQuelle: Hafenblatt, 24.3.2020\n\n{story}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.published is None


def test_a_menu_link_to_the_pictures_is_no_credit_label() -> None:
    """A navigation item linking ``Fotos`` is a menu entry: the line under it names nobody."""
    text = (
        "* [FOTOS](https://wohnen.example/fotos/)\n\n  WOHNIDEEN\n\n  + [Terrasse](/terrasse)\n\n"
        f"{_TITLE}\n\n{_BODY}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.credits == ()


def test_a_credit_label_alone_still_names_the_line_under_it() -> None:
    """A prefix word unlinked on its own line: the names follow on the next line."""
    text = f"{_TITLE}\n\nVon\n\nIlse Brandt\n\n{_BODY}\n"
    assert _authors(text) == ["Ilse Brandt"]


@pytest.mark.parametrize(
    ("topics", "authors"),
    [
        # A name-shaped link among the story's topic links is a topic (an office, a place).
        ("[Politics](#)\n\n[Harbour Office](#)\n\n[Election 2022](#)", []),
        # Linked co-authors one a line stay names.
        ("[Ilse Brandt](#)\n\n[Tomas Reyes](#)\n\n[Anouk Dressler](#)", None),
        # A name linked to its author page, between a linked headline and a comments link.
        ("[Ilse Brandt](/author/ilse-brandt)\n\n[Comments 4](#)", ["Ilse Brandt"]),
    ],
)  # fmt: skip
def test_a_name_among_topic_links_is_a_topic(topics: str, authors: list[str] | None) -> None:
    """A lone link between two lone links that are not all people's names names no writer."""
    text = f"{_TITLE}\n\n{topics}\n\n3 May 2022\n\n{_BODY}\n"
    found = _authors(text)
    if authors is None:
        assert found[:1] == ["Ilse Brandt"]
    else:
        assert found == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Inés Salgado Ruiz | Publicado hace 3 horas", ["Inés Salgado Ruiz"]),
        ("By Jo Park · Updated 2 hours ago", ["Jo Park"]),
        # Without a prefix, a place or a section stands there as often as a name: no byline.
        ("New Harbour · Updated 2 hours ago", []),
        ("Port Alder | Published 3 hours ago", []),
        ("Local Politics · Updated 5 minutes ago", []),
    ],
)  # fmt: skip
def test_names_before_a_labelled_relative_date(line: str, authors: list[str]) -> None:
    """Names before a relative date are writers after a byline prefix only."""
    text = f"{_TITLE}\n\n{line}\n\n{_BODY}\n"
    assert _authors(text) == authors


@pytest.mark.parametrize(
    "menu",
    [
        "* [Harbour Office](#)\n* [Politics](#)",
        "* [Politics](/topics/politics)\n* [Harbour Office](/topics/harbour-office)",
    ],
)
def test_a_linked_entry_of_a_menu_list_is_no_name(menu: str) -> None:
    """An entry of a list of links beside an entry that is no person's name names no writer."""
    for text in (
        f"{_TITLE}\n\n{menu}\n\n3 May 2022\n\n{_BODY}\n",
        f"{menu}\n\n{_TITLE}\n\n{_BODY}\n",
    ):
        article = newsparse.parse(text)
        assert_lossless(text, article)
        assert article.credits == ()


def test_linked_co_authors_as_list_items_stay_names() -> None:
    """Items that each link a person's name are a list of writers."""
    menu = "* [Ilse Brandt](#)\n* [Tomas Reyes](#)"
    assert _authors(f"{_TITLE}\n\n{menu}\n\n3 May 2022\n\n{_BODY}\n")[:1] == ["Ilse Brandt"]


def test_an_exclamation_under_the_text_signs_nothing() -> None:
    """A short line closing with ``!`` under the last paragraph is a call, not a signature."""
    text = f"{_TITLE}\n\n{_BODY}\n\nHappy Birthday, Lindholm!\n"
    assert _authors(text) == []
    assert _authors(f"{_TITLE}\n\n{_BODY}\n\nHelka Marjanen\n") == ["Helka Marjanen"]


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        # The line repeats the title's subject: the desk credited below wrote it.
        ("# Nordwerft Batteries doubles its plant", ["Die Redaktion"]),
        # A name that is not in the title stays over a desk's credit.
        ("# The ferry to Lindholm runs again", ["Nordwerft Batteries"]),
    ],
)  # fmt: skip
def test_a_line_repeating_the_title_yields_to_a_desk_credit(title: str, authors: list[str]) -> None:
    """Bare names that repeat words of the title yield to a prefixed desk credit below them."""
    credit = "Autor: Die Redaktion\n\nVeröffentlicht am 03.05.2022"
    text = f"{title}\n\nNordwerft Batteries\n\n{credit}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == authors


@pytest.mark.parametrize("button", ["Donate Now", "Jetzt Spenden", "**Donate Today**"])
def test_a_donation_button_under_the_text_signs_nothing(button: str) -> None:
    """A donation button closing the text is an interface label, not the writer's name."""
    assert _authors(f"{_TITLE}\n\n{_BODY}\n\n{button}\n") == []


def test_a_reference_link_cut_at_a_byline_word_names_nobody() -> None:
    """A cut inside a reference link's text leaves link syntax, which no name ever holds."""
    text = (
        f"{_TITLE}\n\nPosted 11. April 2018[Lotte von Harmsen][1]\n\n"
        f"[1]: https://faehrblog.example/author/lotte\n\n{_BODY}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert not any("[" in a.name or "]" in a.name for a in article.credits)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A prefix heading, then the names in a box of their own.
        ("##### Autor:\n\n::: {.section .content}\n\nIlse Brandt\n\n:::", ["Ilse Brandt"]),
        # A list of credentialed authors opening the box under the title.
        (
            "::: {.section .content}\n\n* [Ilse Brandt, PhD,](#)\n* [Tomas Reyes, MD](#)\n\n:::",
            ["Ilse Brandt, PhD", "Tomas Reyes, MD"],
        ),
    ],
)  # fmt: skip
def test_a_fenced_div_mark_between_fields_is_passed_over(header: str, authors: list[str]) -> None:
    """Pandoc's ``:::`` marks hold no text: a byline reads as it does without them."""
    text = f"{_TITLE}\n\n{header}\n\n{_BODY}\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.credits] == authors


_LAST = (
    "Whether the winter crossings return next year depends on the council, which meets "
    "again in March to decide on the money for a second crew."
)


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        # A blog's footer: the holder of the rights is its writer.
        ("© 2021 by Tilda Marquardt", ["Tilda Marquardt"]),
        ("– 2011-2023 by [Jonas Pellworm](../../kontakt/)", ["Jonas Pellworm"]),
        ("© since 2014 by T.Marquardt", ["T.Marquardt"]),
        ("Texte und Bilder © by [Jonas Pellworm](mailto:jp@faehrblog.example) | Alle Rechte "
         "vorbehalten | [Impressum](/impressum)", ["Jonas Pellworm"]),
        ("Copyright 2019 by Tilda Marquardt. All rights reserved.", ["Tilda Marquardt"]),
        ("(c) 2020 von Tilda Marquardt", ["Tilda Marquardt"]),
        ("COPYRIGHT 2020 TILDA MARQUARDT", []),
        ("2015–2022 von Tilda Marquardt", ["Tilda Marquardt"]),
        # A company, a club, a site or the notice alone holds no one's name.
        ("© 2022 Fährlinien Nord GmbH", []),
        ("© 2022 Inselverein Lindholm ILV", []),
        ("Copyright © 2020. All Rights Reserved.", []),
        ("© 2023 faehrblog.example", []),
        # Without "by", a firm or a studio reads like a person's name.
        ("© 2021 Tilda Marquardt", []),
        ("© 2021 Nordwind Reisen", []),
        ("Copyright 2020 Harbour Dawn Photography", []),
        # A picture credit names no year or "by"; a span of years without "by" names nobody.
        ("© Tilda Marquardt", []),
        ("Foto: © 2021 Tilda Marquardt", []),
        ("Photo © by Tilda Marquardt", []),
        ("Titelbild © 2021 by Tilda Marquardt", []),
        ("2009-2021 Tilda Marquardt", []),
    ],
)  # fmt: skip
def test_a_copyright_notice_names_the_writer_of_a_page_without_byline(
    footer: str, authors: list[str]
) -> None:
    """A notice under the text naming a person as the holder of the rights is the byline."""
    text = f"{_TITLE}\n\n{_BODY}\n\n{_LAST}\n\n{footer}\n"
    assert _authors(text) == authors


def test_a_copyright_notice_yields_to_the_byline() -> None:
    """With a byline in the header, a notice in the footer names the site's owner, not a writer."""
    text = f"{_TITLE}\n\nVon Jonas Pellworm\n\n{_BODY}\n\n{_LAST}\n\n© 2021 Tilda Marquardt\n"
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert [a.name for a in article.credits] == ["Jonas Pellworm"]
    assert len(article.bylines) == 1


def test_a_copyright_notice_under_a_picture_in_the_text_is_its_credit() -> None:
    """A year-and-name credit under a picture inside the text credits the picture."""
    text = (
        f"{_TITLE}\n\n{_BODY}\n\n![The quay at dawn](quay.jpg)\n\n© 2021 Tilda Marquardt\n\n"
        f"{_LAST}\n"
    )
    article = newsparse.parse(text)
    assert_lossless(text, article)
    assert article.bylines == ()


@pytest.mark.parametrize(
    "credits",
    [
        "By Jonas Pellworm\n\nand\n\nSpecial Thanks",
        "By\n\nJonas Pellworm\n\nand\n\nGroßes Danke",
        "By [Jonas Pellworm](#)\n\nand\n\n[Big Thanks](#)",
        "By Jonas Pellworm and Special Thanks",
    ],
)
def test_thanks_after_a_byline_name_nobody(credits: str) -> None:
    """A credits line's thanks after the names and a joining word is no second author."""
    text = f"{_TITLE}\n\n{credits}\n\n{_BODY}\n"
    assert _authors(text) == ["Jonas Pellworm"]


def test_a_post_under_a_linked_name_after_the_text_is_no_name() -> None:
    """A long job title on its own line (a contact card's post) is never read as a person."""
    closing = "* [**Tilda Marquardt**](#)\n\n  Stellvertretende Pressesprecherin"
    text = f"{_TITLE}\n\n{_BODY}\n\n{_LAST}\n\n{closing}\n"
    assert "Stellvertretende Pressesprecherin" not in _authors(text)
