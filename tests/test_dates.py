"""The date scanner: precision kept, nothing invented, traps of dateutil avoided."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import ParseError, Precision, parse_date
from newsparse import _dates as dates
from newsparse._dates import DateOrder, find_dates, infer_order, year_from_url
from newsparse.vocabulary import Vocabulary, using

from .helpers import outcome

ENGLISH_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_a_formatted_date_reads_back_the_same(day: dt.date) -> None:
    """Three written forms of a generated date all read back to it, at day precision."""
    month = ENGLISH_MONTHS[day.month - 1]
    for text in (
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
    ):
        value = parse_date(text)
        assert value.value == day, text
        assert value.precision is Precision.DAY


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_a_date_in_capitals_reads_back_the_same(day: dt.date) -> None:
    """Some outlets set their datelines in capitals: "JANUARY 6, 2020", "6 JAN 2020"."""
    month = ENGLISH_MONTHS[day.month - 1].upper()
    for text in (f"{month} {day.day}, {day.year}", f"{day.day} {month[:3]} {day.year}"):
        assert parse_date(text).value == day, text


@pytest.mark.parametrize("text", ["THEY MAY 2 GO", "IN MARCH 4 TEAMS", "they may 2 go"])
def test_a_short_month_word_with_a_number_and_no_year_is_no_date(text: str) -> None:
    assert find_dates(text) == ()


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_an_iso_timestamp_reads_back_with_its_offset(moment: dt.datetime, minutes: int) -> None:
    zone = dt.timezone(dt.timedelta(minutes=minutes))
    stamp = moment.replace(microsecond=0, tzinfo=zone)
    value = parse_date(stamp.isoformat())
    assert value.value == stamp
    assert value.precision is Precision.SECOND


def test_nothing_is_filled_from_today() -> None:
    """A time alone, or a day and month alone, is not a date: no year or day comes from today."""
    for text in ("10:32 MSK", "July 16", "16 juillet"):
        with pytest.raises(ParseError) as raised:
            parse_date(text)
        assert raised.value.code == "not-a-date"
    [found] = find_dates("July 16")
    assert (found.year, found.month, found.day) == (None, 7, 16)


def test_month_precision_keeps_day_unset_in_meaning() -> None:
    value = parse_date("December 2015")
    assert (value.value, value.precision) == (dt.date(2015, 12, 1), Precision.MONTH)


def test_ambiguous_numeric_dates_follow_the_document_order() -> None:
    assert parse_date("12/07/2022").ambiguous is True
    assert parse_date("12/07/2022", order=DateOrder.MDY).value == dt.date(2022, 12, 7)
    assert parse_date("12/07/2022", order=DateOrder.DMY).value == dt.date(2022, 7, 12)
    assert parse_date("12/07/2022", order=DateOrder.DMY).ambiguous is False


@pytest.mark.parametrize("text", ["12.07.2022", "12. 07. 2022", "12.07.22"])
def test_dotted_dates_are_day_first(text: str) -> None:
    value = parse_date(text)
    assert (value.value, value.ambiguous) == (dt.date(2022, 7, 12), False)


def test_infer_order() -> None:
    assert infer_order("27/11/2017 and 12/07/2018") is DateOrder.DMY
    assert infer_order("11/27/2017 and 12/07/2018") is DateOrder.MDY
    assert infer_order("27/11/2017 and 11/27/2017") is None
    assert infer_order("no dates") is None


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Madrid - 04 may 2022\n\nActualizado: 04/05/2022 14:10", DateOrder.DMY),
        ("May 4, 2022\n\nUpdated 05/04/2022", DateOrder.MDY),
        ("2022-05-04\n\n04/05/2022", DateOrder.DMY),
        ("04/05/2022 alone", None),
        ("4 May 2022, 5 April 2022 and 04/05/2022", None),
    ],
)
def test_the_same_date_with_a_month_name_shows_the_order(
    text: str, order: DateOrder | None
) -> None:
    assert infer_order(text) is order


def test_ambiguous_zones_get_no_offset() -> None:
    value = parse_date("Oct 01, 2014, 08.30 AM IST")
    assert value.zone == "IST"
    assert isinstance(value.value, dt.datetime)
    assert value.value.tzinfo is None


def test_known_zone_gives_an_aware_time() -> None:
    value = parse_date("16 июля 2021, 14:35 MSK")
    assert value.value == dt.datetime(
        2021, 7, 16, 14, 35, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )


@pytest.mark.parametrize(
    "text",
    [
        "99999999999999999999",
        "January 1st, 9999999999",
        "9" * 70 + ":" + "9" * 29 + "\n9",
        "2021-07-16T10:32:00+99:00",
        "१२ जुलाई २०२१",
        "٢٠٢١-٠٧-١٦",
        "0" * 100_000,
    ],
)
def test_dateutil_traps_never_raise_anything_but_parse_error(text: str) -> None:
    """Inputs that make dateutil raise OverflowError, InvalidOperation or misread digits."""
    value = outcome(lambda: parse_date(text))
    if isinstance(value, ParseError):
        assert value.code == "not-a-date"
    else:
        # A +99:00 offset is not a real offset: the time stays naive rather than wrong.
        assert isinstance(value.value, dt.datetime)
        assert value.value.tzinfo is None


def test_year_from_url() -> None:
    assert year_from_url("https://www.themoscowtimes.com/2021/07/16/a-a74540") == 2021
    assert year_from_url("https://www.pacificledger.com/politics/story/2020-02-19/vote") == 2020
    assert year_from_url("https://example.com/article/12345") is None


@pytest.mark.parametrize(
    "line",
    [
        "12/11/2023",
        "By Mara Quist • 04/05/2022",
        "Published 03-07-2021",
        "Publicado el 09/10/2020",
    ],
)
def test_one_day_order_rule(line: str) -> None:
    """parse, parse_dateline and parse_date read an ambiguous date the same way."""
    from_date = newsparse.parse_date(line)
    article = newsparse.parse(line)
    assert article.dateline is not None
    assert article.dateline.published == from_date
    dateline_part = line[line.index(next(c for c in line if c.isdigit())) :]
    assert newsparse.parse_dateline(dateline_part).published == from_date
    notes = [d.message for d in article.diagnostics if d.code == "ambiguous-date"]
    assert notes
    assert all("read day first" in note for note in notes)


def test_the_note_names_the_order_read() -> None:
    """An English page on a generic domain reads month first, and the warning says so."""
    text = (
        "# The bridge opens\n\n03/04/2022\n\nThe city and the county said that the bridge was "
        "built in the spring and that it will be open to traffic for the rest of the year.\n\n"
        "Original url: https://dailyexample.com/bridge"
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.published is not None
    assert str(article.dateline.published.value) == "2022-03-04"
    assert any("read month first" in d.message for d in article.diagnostics)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021-03-02T07:41:09+01:0025. März 2021", (2021, 3, 25)),
        ("2021-03-04 10:20:0004.03.2021", (2021, 3, 4)),
        ("[Ann Lee](#)2020-11-30T08:00:00+00:001 December 2020|", (2020, 12, 1)),
    ],
)
def test_the_date_shown_after_a_glued_timestamp_is_read(
    text: str, day: tuple[int, int, int]
) -> None:
    """A ``<time>`` element's machine value glued to the date it shows: the shown date counts.

    The phrase spans both.
    """
    (found,) = find_dates(text)
    assert (found.year, found.month, found.day) == day
    assert text[found.start : found.end].startswith(("2021-", "2020-"))


def test_a_timestamp_alone_keeps_its_time_and_offset() -> None:
    (found,) = find_dates("2021-03-04T10:20:00+01:00")
    assert (found.hour, found.minute, found.zone) == (10, 20, "+01:00")


# The scanners as first written, opening with a look-behind: the patterns now open on a digit
# (a character class, so ``re`` skips to the next digit instead of trying every position).
_LOOK_BEHIND_FIRST = {
    "_ISO": (r"(?P<y>[0-9](?<![0-9]{2})[0-9]{3})", r"(?<![0-9])(?P<y>[0-9]{4})"),
    "_NUMERIC": (r"(?P<a>[0-9](?<![0-9.,/:-][0-9])[0-9]?)", r"(?<![0-9.,/:-])(?P<a>[0-9]{1,2})"),
    "_EITHER_WAY": (
        r"(?P<a>[0-9](?<![0-9]{2})(?:(?<=[01])[0-9])?)",
        r"(?<![0-9])(?P<a>[01]?[0-9])",
    ),
}


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@given(st.text(alphabet="0123456789-/.:, TZ+apmh\u00a0Uhr", max_size=40))
def test_the_date_scanners_match_as_their_look_behind_forms(text: str) -> None:
    """Each scanner that opens on its digit finds what its look-behind form finds, group by group.

    The strings are made of the characters the scanners read (digits, separators, zone and clock
    marks), so the look-behinds are tested at every kind of neighbour.
    """
    for name, (now, before) in _LOOK_BEHIND_FIRST.items():
        pattern: re.Pattern[str] = getattr(dates, name)
        assert now in pattern.pattern, name
        earlier = re.compile(pattern.pattern.replace(now, before), pattern.flags)
        assert _matches(pattern, text) == _matches(earlier, text), name
    time = dates._time()
    now = r"(?P<H>[0-9](?<![0-9:.][0-9])[0-9]?)"
    assert now in time.pattern
    earlier = re.compile(time.pattern.replace(now, r"(?<![0-9:.])(?P<H>[0-9]{1,2})"))
    assert _matches(time, text) == _matches(earlier, text)


_PIECES = ["May", "juli", "ÉTÉ", "Abcdefghijklmn", "de", "del", "la", "y", " ", "  ", "\u00a0"]
_PIECES += [".", ",", "\n", "2021", "7", "x1"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    st.sampled_from([(), ("de la",), ("a\u00a0de ",), ("y",)]),
)
def test_the_month_word_search_starts_where_a_match_can(
    text: str, joiners: tuple[str, ...]
) -> None:
    """The month-word search started at the window's last piece finds what the whole one finds.

    Checked at every position a number could start, against the search over the 24 characters
    before it. Joiner words are added (of two pieces, of one letter): a match may run over a
    joiner, and only then starts before the last piece.
    """
    words = Vocabulary.default().extend(month_year_joiners=joiners) if joiners else None
    with using(words):
        named = dates._named()
        for start in range(len(text) + 1):
            cut = dates._before_number(text, start, named)
            whole = named.word_before_number.search(text, max(0, start - 24), start)
            assert (cut and (cut.span(), cut["w"])) == (whole and (whole.span(), whole["w"]))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12 MAG 2022", (2022, 5, 12)),
        ("3 gen. 2021", (2021, 1, 3)),
        ("9 giu 2020", (2020, 6, 9)),
        ("21 lug 2019", (2019, 7, 21)),
        ("14 set. 2021", (2021, 9, 14)),
        ("14 de set. de 2021", (2021, 9, 14)),
        ("2 SETT 2023", (2023, 9, 2)),
        ("30 ott 2022", (2022, 10, 30)),
        ("8 mrt. 2021", (2021, 3, 8)),
        ("8. Mär 2021", (2021, 3, 8)),
        ("14 juill. 2021", (2021, 7, 14)),
        ("5. Jän. 2024", (2024, 1, 5)),
    ],
)
def test_italian_dutch_and_regional_month_abbreviations_read(
    text: str, day: tuple[int, int, int]
) -> None:
    """Short month forms of it/nl/pt and regional German/French spellings give the month."""
    assert parse_date(text).value == dt.date(*day)


@pytest.mark.parametrize("text", ["sie mag 5 Sorten", "Tübin\u00adgen 2012", "die gen 12 Proben"])
def test_lower_case_mag_and_gen_without_a_day_before_them_date_nothing(text: str) -> None:
    """The words "mag" and "gen" in lower case, with a number after them alone, are no date."""
    assert not any(f.has_date and f.month in (1, 5) for f in find_dates(text))


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Pubblicato il 12 mag 2022 alle 10:42", "2022-05-12T10:42", None),
        ("Ultimo aggiornamento: 13/05/2022", None, "2022-05-13"),
        ("Data di pubblicazione: 12/05/2022", "2022-05-12", None),
        ("Gepubliceerd op 8 mrt. 2021", "2021-03-08", None),
        ("Bijgewerkt op 9 maart 2021 om 10:42", None, "2021-03-09T10:42"),
        ("donderdag 11 maart 2021", "2021-03-11", None),
        ("Modifié le 15/03/2021", None, "2021-03-15"),
        ("Dernière mise à jour : 15 mars 2021", None, "2021-03-15"),
        ("Data de publicação: 14/09/2021", "2021-09-14", None),
        ("Última atualização: 15/09/2021", None, "2021-09-15"),
        ("quarta-feira, 15 de setembro de 2021", "2021-09-15", None),
    ],
)
def test_italian_dutch_french_and_portuguese_date_labels_say_which_date_it_is(
    line: str, published: str | None, updated: str | None
) -> None:
    """A label in the page's language makes its date the publication or the update."""
    dateline = newsparse.parse_dateline(line)
    shown = [
        None if value is None else newsparse.format_date(value)
        for value in (dateline.published, dateline.updated)
    ]
    assert shown == [published, updated]
