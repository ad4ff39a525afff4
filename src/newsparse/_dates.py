"""Date and time phrases in one line of text, read into values as precise as the text gives.

A linear scanner, not dateutil: month names come from a table, numbers from bounded ``[0-9]``
regexes, and nothing the text leaves out is filled in (no year or day from "today"). Numeric dates
whose day and month could be swapped (``12.07.2022``) are read in the order a caller says the
document uses, or flagged ``ambiguous``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from itertools import islice
from typing import Final, NamedTuple
from urllib.parse import urlsplit

import attrs

from newsparse._errors import Code, ParseError
from newsparse._language import guess_language
from newsparse._model import DateValue, Precision
from newsparse.vocabulary import (
    Vocabulary,
    alternation,
    cached,
    case_forms,
    current,
    patterns,
    word_pattern,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateOrder",
    "FoundDate",
    "date_of",
    "day_from_url",
    "find_dates",
    "find_relative",
    "format_offset",
    "infer_order",
    "likely_order",
    "order_note",
    "read_in_order",
    "require_order",
    "text_order",
    "year_from_url",
]

_DIGIT: Final = re.compile(r"[0-9]")

# Longest text one date phrase may take; longer candidates are not dates (and dateutil-style
# superlinear parsing is never reached).
MAX_PHRASE: Final = 100

MIN_YEAR: Final = 1800
"""The earliest year a date may have: outside MIN_YEAR-MAX_YEAR a number is no year in a dump."""
MAX_YEAR: Final = 2199
"""The latest year a date may have (see :data:`MIN_YEAR`)."""


class DateOrder(enum.StrEnum):
    """The order of day and month in numeric dates: ``dmy`` (16.07.2021) or ``mdy`` (07/16/2021)."""

    DMY = "dmy"
    MDY = "mdy"


def require_order(order: object, function: str) -> DateOrder | None:
    """``order`` as a DateOrder (``"dmy"`` and ``"mdy"`` are accepted), else ``invalid-argument``.

    Example:
        >>> require_order("mdy", "parse_date")
        <DateOrder.MDY: 'mdy'>
    """
    if order is None or isinstance(order, DateOrder):
        return order
    if isinstance(order, str) and order in DateOrder._value2member_map_:
        return DateOrder(order)
    raise ParseError(
        f"{function}(): order is DateOrder.DMY, DateOrder.MDY or None, not {order!r:.40}",
        code=Code.INVALID_ARGUMENT,
    )


@attrs.frozen(kw_only=True)
class FoundDate:
    """A date or time phrase found in a string, with the parts the text gave.

    ``start``/``end`` index the scanned string. Parts the text left out are ``None``; a phrase
    with a day and month but no year has ``year`` None and can be completed with :meth:`with_year`.
    """

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: str | None = None
    offset: dt.timedelta | None = None
    ambiguous: bool = False

    @property
    def has_date(self) -> bool:
        """Whether the phrase names a calendar date (at least a month and year, or a day)."""
        return self.month is not None

    @property
    def has_time(self) -> bool:
        """Whether the phrase names a time of day."""
        return self.hour is not None

    def in_order(self, order: DateOrder | None, *, certain: bool = True) -> FoundDate:
        """An ambiguous numeric date read in ``order`` (it was read day-first).

        With ``certain`` (the document shows its order) the date is no longer ambiguous;
        otherwise it is read the likely way and stays marked.
        """
        if not self.ambiguous or order is None or self.day is None or self.month is None:
            return self
        if order is DateOrder.MDY:
            return attrs.evolve(self, day=self.month, month=self.day, ambiguous=not certain)
        return attrs.evolve(self, ambiguous=not certain)

    def with_year(self, year: int) -> FoundDate:
        """The same phrase with a year taken from context."""
        return attrs.evolve(self, year=year)

    def with_time(self, time: FoundDate, end: int) -> FoundDate:
        """This date joined with a time phrase that follows or precedes it."""
        return attrs.evolve(
            self,
            start=min(self.start, time.start),
            end=end,
            hour=time.hour,
            minute=time.minute,
            second=time.second,
            zone=time.zone,
            offset=time.offset,
        )

    def value(self) -> DateValue | None:
        """The :class:`DateValue` this phrase gives, or ``None`` without a year or month."""
        if self.year is None or self.month is None:
            return None
        try:
            day_value = dt.date(self.year, self.month, self.day or 1)
        except ValueError:
            return None
        if self.day is None:
            return DateValue(value=day_value, precision=Precision.MONTH, ambiguous=self.ambiguous)
        if self.hour is None:
            return DateValue(value=day_value, precision=Precision.DAY, ambiguous=self.ambiguous)
        tzinfo = dt.timezone(self.offset) if self.offset is not None else None
        moment = dt.datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute or 0,
            self.second or 0,
            tzinfo=tzinfo,
        )
        if self.second is not None:
            precision = Precision.SECOND
        elif self.minute is not None:
            precision = Precision.MINUTE
        else:
            precision = Precision.HOUR
        return DateValue(
            value=moment, precision=precision, zone=self.zone, ambiguous=self.ambiguous
        )


# Each scanner below opens on a digit, with the test of the character before it written after
# that digit (``[0-9](?<![0-9]{2})`` for ``(?<![0-9])[0-9]``): the same matches, but a pattern
# whose first item is a character class lets ``re`` skip to the next digit, where one opening with
# a look-behind is tried at every position (3x the cost on a line; tests/test_dates.py compares
# both forms).

# 2021-07-16, 2021-07-16T10:32:00+03:00, 2021-07-16 10:32:00.123Z, 2021/07/16
_ISO: Final = re.compile(
    r"(?P<y>[0-9](?<![0-9]{2})[0-9]{3})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?:(?:T|[ ]{1,2})(?P<H>[0-9]{2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:[.,][0-9]{1,9})?)?"
    r"[ ]?(?P<z>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
    # No digit after it, unless the date the page shows is glued to the timestamp's seconds or
    # offset ("2021-05-03T07:41:09+02:0004. Mai 2021": see _glued_after_timestamps).
    r"(?:(?![0-9])|(?<=:[0-9]{2})(?=[0-9]{1,2}[./ \u00a0-]))"
)

# 16.07.2021, 07/16/2021, 16-07-21, 19.10.19
_NUMERIC: Final = re.compile(
    r"(?P<a>[0-9](?<![0-9.,/:-][0-9])[0-9]?)(?P<sep>[./-])[ ]?(?P<b>[0-9]{1,2})(?P=sep)[ ]?"
    r"(?P<y>[0-9]{4}(?![0-9:])|[0-9]{4}(?=[0-9]{1,2}[:.][ \u00a00-9])|[0-9]{2}(?=[0-9]{1,2}:[0-9])"
    r"|[0-9]{2}(?![0-9]))(?![./-][0-9])"
)

# A word that may be a month name (looked up in the months table): letters, an optional period.
_NUMBER: Final = re.compile(r"[0-9]{1,4}")
# The word before a number ("July 16", "Juli 2021", "mayo de 2022") and after one ("16 July"):
# capitalised or lower case, or all capitals ("JAN 6, 2020", "6 JANUARY 2020").
_MONTH_WORD: Final = r"(?P<w>[^\W\d_](?:[^\W\d_A-ZÀ-ÖØ-ÞА-Я]{1,11}|[A-ZÀ-ÖØ-ÞА-Я]{1,11})\.?)"
# The marks of an ordinal day besides the suffix words: "1º de mayo", "1° ottobre".
_ORDINAL_MARKS: Final = r"[º°ª]"

# The end of a four-digit year: no digit follows, unless a converter glued the next date or time
# to it ("December 22, 20235:00 AM", "28. Juni 201914. Januar 2020", "20 janvier 202020 janvier").
_YEAR_END: Final = r"(?:(?![0-9])|(?=[0-9]{1,2}(?:[:.][ \u00a00-9]|[ \u00a0][^\W\d_]{3})))"


class _Named(NamedTuple):
    """The patterns of dates with a month name, built from one vocabulary's small words."""

    # The word before a number ("July 16", "Juli 2021", "mayo de 2022") and after one ("16 July").
    word_before_number: re.Pattern[str]
    word_after_number: re.Pattern[str]
    # Before a month word: "16 ", "16. ", "16th ", "1er ", "16 de ", "16th of "; also right after
    # a year a converter glued it to ("12. Juli 20219. August 2021").
    day_before: re.Pattern[str]
    # After a month word: " 16, 2021", " 16th 2021", " 2021", " de 2021", "16" (no year).
    after_month: re.Pattern[str]
    # After "16 July": the year, " 2021", ", 2021", " de 2021".
    year_after: re.Pattern[str]
    # The last piece (between the blanks ``word_before_number`` reads) of each joiner word.
    joiner_ends: frozenset[str]


def _build_named(words: Vocabulary) -> _Named:
    """The month-name date patterns of ``words`` (their small words matched as written)."""
    day_suffix = ("(?:", words.day_suffixes, "|", _ORDINAL_MARKS, ")?")
    month_day_suffix = ("(?:", words.month_day_suffixes, ")?")
    return _Named(
        word_before_number=word_pattern(
            _MONTH_WORD, r",?[ \u00a0]{0,2}(?:", words.month_year_joiners, " )?$"
        ),
        word_after_number=word_pattern(
            *day_suffix,
            r"\\?\.?[ \u00a0]{0,2}(?:",
            words.day_month_joiners,
            " )?",
            _MONTH_WORD,
        ),
        day_before=word_pattern(
            r"(?:(?<![0-9])|(?<=(?:19|20)[0-9]{2}))(?P<d>[0-9]{1,2})",
            *day_suffix,
            r"\\?\.?[ \u00a0]{0,2}(?:",
            words.day_month_joiners,
            " )?$",
        ),
        after_month=word_pattern(
            r"\.?,?[ \u00a0]{0,2}(?:",
            words.month_year_joiners,
            " )?",
            r"(?P<n>[0-9]{1,4}(?=",
            *month_day_suffix,
            r"(?![0-9]))|[0-9]{4}(?=[0-9]{1,2}[:.][ \u00a00-9]))",
            *month_day_suffix,
            r"(?:\.?(?:,[ \u00a0]{0,2}|[ \u00a0]{1,2})(?:",
            words.day_year_joiners,
            " )?(?P<y>[0-9]{4})",
            _YEAR_END,
            ")?",
        ),
        year_after=word_pattern(
            r",?[ \u00a0]{0,2}(?:", words.month_year_joiners, r" )?(?P<y>[0-9]{4})", _YEAR_END
        ),
        joiner_ends=frozenset(
            pieces[-1]
            for pieces in (
                [piece for piece in _GAPS.split(joiner) if piece]
                for joiner in words.month_year_joiners
            )
            if pieces
        ),
    )


# The blanks a month word and the number after it may have between them ("July 16", "mayo de
# 2022"), and a line break at the end, where ``$`` also matches.
_GAP: Final = " \u00a0\n"
_GAPS: Final = re.compile("[ \u00a0\n]{1,100}")


def _before_number(text: str, start: int, named: _Named) -> re.Match[str] | None:
    """``named.word_before_number`` searched in the 24 characters before ``start``.

    A match runs from its month word to ``start``: the word (letters, then ``.`` or ``,``), then
    blanks, then perhaps a joiner word and a blank. So unless the window's last piece between
    blanks (:data:`_GAP`) is the end of a joiner, a match starts within that piece, and the
    search starts there: the same match, without trying every letter of the words before it
    (on a line of prose, nine tenths of the search). ``tests/test_dates.py`` compares both.
    """
    low = max(0, start - 24)
    piece = text[low:start].rstrip(_GAP)
    cut = max(piece.rfind(" "), piece.rfind("\u00a0"), piece.rfind("\n")) + 1
    if piece[cut:] not in named.joiner_ends:
        low += cut
    return named.word_before_number.search(text, low, start)


_named: Final = patterns(_build_named)


# 10:32, 10:32:05, 4 AM, 7:35AM, 6:15 p.m., 08.30 AM, 11:40 Uhr, 10h30, 14h
def _build_time(words: Vocabulary) -> re.Pattern[str]:
    """A time: 10:32, 10:32:05, 4 AM, 7:35AM, 6:15 p.m., 08.30 AM, 11:40 Uhr, 10h30, 14h."""
    return word_pattern(
        r"(?P<H>[0-9](?<![0-9:.][0-9])[0-9]?)"  # (?<![0-9:.])[0-9]{1,2}: see _ISO
        r"(?:(?P<sep>[:.h])(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?"
        r"(?![0-9])[ \u00a0]?"
        r"(?P<ampm>(?P<half>[aApP]\.?[ ]?[mM]\.?(?![a-z]))|(?:",
        # The clock's words as written: the nouns capitalised, the abbreviations lower case.
        case_forms(words.clock_nouns, lower=False) | words.clock_abbreviations,
        r")(?![a-z]))?",
    )


_time: Final = patterns(_build_time)

# After a time: a zone abbreviation, a GMT/UTC offset, or a numeric offset, maybe in parentheses.
_ZONE: Final = re.compile(
    r"[ \u00a0]{0,2}\(?(?P<name>(?:GMT|UTC)(?P<gsign>[+-])(?P<gh>[0-9]{1,2})(?::?(?P<gm>[0-9]{2}))?"
    r"|[+-][0-9]{2}:?[0-9]{2}|[A-Z]{1,5})\)?(?![A-Za-z0-9])"
)

# A dot-separated time right after a date: "19.10.2019 12.09" (Austrian and Nordic style).
_DOT_TIME: Final = re.compile(r"[ ,\u00a0]{1,3}(?P<H>[0-9]{1,2})\.(?P<M>[0-9]{2})(?![0-9.])")

# A numeric offset: +03:00, -0500, +03
_OFFSET: Final = re.compile(r"(?P<sign>[+-])(?P<h>[0-9]{2}):?(?P<m>[0-9]{2})?")

_MAX_OFFSET: Final = dt.timedelta(hours=14)


def _offset(sign: str, hours: str, minutes: str | None) -> dt.timedelta | None:
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > _MAX_OFFSET or int(minutes or 0) >= 60:
        return None
    return -delta if sign == "-" else delta


def _valid_date(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        # Two-digit years pivot at 70: 19 -> 2019, 98 -> 1998.
        year += 2000 if year < 70 else 1900
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _iso_dates(text: str, found: list[FoundDate]) -> None:
    for m in _ISO.finditer(text):
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if not (MIN_YEAR <= year <= MAX_YEAR and _valid_date(year, month, day)):
            continue
        hour = minute = second = None
        offset = None
        zone = None
        if m["H"] is not None:
            hour, minute = int(m["H"]), int(m["M"])
            second = int(m["S"]) if m["S"] is not None else None
            if hour > 23 or minute > 59 or (second is not None and second > 59):
                hour = minute = second = None
            elif m["z"] is not None:
                zone = m["z"]
                if zone == "Z":
                    offset = dt.timedelta(0)
                else:
                    parts = _OFFSET.fullmatch(zone)
                    offset = _offset(parts["sign"], parts["h"], parts["m"]) if parts else None
                    if offset is None:
                        zone = None
        end = m.end() if hour is not None else m.end("d")
        found.append(
            FoundDate(
                start=m.start(),
                end=end,
                year=year,
                month=month,
                day=day,
                hour=hour,
                minute=minute,
                second=second,
                zone=zone,
                offset=offset,
            )
        )


def _numeric_dates(text: str, order: DateOrder | None, found: list[FoundDate]) -> None:
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        year = _year(m["y"])
        if year is None:
            continue
        ambiguous = False
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        elif a == b:
            day, month = a, b
        elif order is DateOrder.MDY:
            day, month = b, a
        elif order is DateOrder.DMY or m["sep"] == ".":
            # Dots are written day first wherever they are used ("12.03.2022": German, Russian,
            # Nordic, Turkish ...); month-first writers use slashes.
            day, month = a, b
        else:
            # No evidence: read day first (the more common order worldwide) and say so.
            day, month, ambiguous = a, b, True
        if _valid_date(year, month, day):
            found.append(
                FoundDate(
                    start=m.start(),
                    end=m.end(),
                    year=year,
                    month=month,
                    day=day,
                    ambiguous=ambiguous,
                )
            )


def _month_words(text: str) -> list[tuple[int, int, int]]:
    """Month names that stand next to a number: ``(start, end, month)``, in order.

    Only words beside a number can be part of a date, so only those are looked up (a line of
    prose has many words and few numbers).
    """
    places: dict[int, tuple[int, int]] = {}
    named = _named()
    for number in _NUMBER.finditer(text):
        start, end = number.span()
        before = _before_number(text, start, named)
        if before is not None:
            places[before.start("w")] = (before.start("w"), before.end("w"))
        after = named.word_after_number.match(text, end, end + 24)
        if after is not None:
            places[after.start("w")] = (after.start("w"), after.end("w"))
    words = []
    months = current().months
    for position in sorted(places):
        start, end = places[position]
        month = months.get(text[start:end].rstrip(".").casefold())
        if month is not None:
            words.append((start, end, month))
    return words


def _named_month_dates(text: str, found: list[FoundDate]) -> None:
    named = _named()
    for start, end, month in _month_words(text):
        word = text[start:end]
        key = word.rstrip(".").casefold()
        weak = key in current().weak_months and word[0].islower()
        before = named.day_before.search(text, max(0, start - 12), start)
        if before is not None:
            day = int(before["d"])
            year_match = named.year_after.match(text, end, end + 12)
            year = _year(year_match["y"]) if year_match else None
            if _valid_date(year, month, day):
                found.append(
                    FoundDate(
                        start=before.start(),
                        end=year_match.end() if year_match and year else end,
                        year=year,
                        month=month,
                        day=day,
                    )
                )
                continue
        after = named.after_month.match(text, end, end + 30)
        if after is None:
            continue
        number = after["n"]
        if len(number) == 4:
            year = _year(number)
            if year is not None and not weak and word[0].isupper():
                found.append(FoundDate(start=start, end=after.end("n"), year=year, month=month))
            continue
        if len(number) > 2:
            continue
        day = int(number)
        year = _year(after["y"]) if after["y"] else None
        if year is None and (weak or (key in current().weak_months and word.isupper())):
            continue  # "may 2", and "MAY 2" in a line of capitals, without a year: words
        if _valid_date(year, month, day):
            stop = after.end("y") if year is not None else after.end("n")
            found.append(FoundDate(start=start, end=stop, year=year, month=month, day=day))


def _times(text: str, found: list[FoundDate]) -> None:
    for m in _time().finditer(text):
        hour = int(m["H"])
        minute = int(m["M"]) if m["M"] is not None else None
        second = int(m["S"]) if m["S"] is not None else None
        marker = m["ampm"]
        sep = m["sep"]
        if marker is None and sep not in (":", "h"):
            continue  # "2021" and "14" alone are not times
        if sep == "h" and (marker is not None or minute is None):
            continue  # "10h30" is a time; "10h" alone is read by the marker branch
        if sep == "." and marker is None:
            continue  # "12.09" alone is as likely a date; a date before it decides (see below)
        end = m.end("ampm") if marker is not None else m.end()
        if m["half"] is not None:
            if not 1 <= hour <= 12:
                continue
            is_pm = marker[0] in "pP"
            hour = hour % 12 + (12 if is_pm else 0)
        if (
            hour > 23
            or (minute is not None and minute > 59)
            or (second is not None and second > 59)
        ):
            continue
        zone, offset, end = _zone_after(text, end)
        found.append(
            FoundDate(
                start=m.start(),
                end=end,
                hour=hour,
                minute=minute,
                second=second,
                zone=zone,
                offset=offset,
            )
        )


def _glued_times(text: str, found: list[FoundDate]) -> None:
    """Times glued to the year before them, which ``_time()`` skips as part of a longer number.

    Converters drop the space between a date and its time: "December 22, 20235:00 AM ET".
    """
    for item in list(found):
        if item.year is None or item.has_time or not text[item.end : item.end + 1].isdigit():
            continue
        window = text[item.end : item.end + 24]
        times: list[FoundDate] = []
        _times(window, times)
        if times and times[0].start == 0:
            time = times[0]
            found.append(attrs.evolve(time, start=item.end, end=item.end + time.end))


def _glued_after_timestamps(text: str, order: DateOrder | None, found: list[FoundDate]) -> None:
    """The date a page shows, glued by a converter to the machine timestamp before it.

    ``2021-05-03T07:41:09+02:0004. Mai 2021``: a ``<time>`` element's ``datetime`` value,
    then its text. The text is the date the page states; the timestamp (and any phrase read
    inside it) is dropped.
    """
    for item in list(found):
        if not item.has_time or not text[item.end : item.end + 1].isdigit():
            continue
        rest = text[item.end : item.end + MAX_PHRASE]
        shown: list[FoundDate] = []
        _numeric_dates(rest, order, shown)
        _named_month_dates(rest, shown)
        first = next((f for f in shown if f.start == 0 and f.has_date), None)
        if first is None:
            continue
        found[:] = [f for f in found if not item.start <= f.start < item.end]
        found.append(attrs.evolve(first, start=item.start, end=item.end + first.end))


def _zone_after(text: str, end: int) -> tuple[str | None, dt.timedelta | None, int]:
    """The zone written after a time ending at ``end``: its name, offset and new end."""
    zone_match = _ZONE.match(text, end, end + 16)
    if zone_match is None:
        return None, None, end
    name = zone_match["name"]
    if zone_match["gsign"] is not None:
        offset = _offset(zone_match["gsign"], zone_match["gh"].zfill(2), zone_match["gm"])
        return name, offset, zone_match.end()
    if name[0] in "+-":
        parts = _OFFSET.fullmatch(name)
        offset = _offset(parts["sign"], parts["h"], parts["m"]) if parts else None
        return (name, offset, zone_match.end()) if offset is not None else (None, None, end)
    if name.casefold() in current().zones:
        return name, current().zones[name.casefold()], zone_match.end()
    return None, None, end


def _without_overlaps(found: list[FoundDate]) -> list[FoundDate]:
    """Keep the earliest, then longest, of overlapping phrases."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FoundDate] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def find_dates(text: str, *, order: DateOrder | None = None) -> tuple[FoundDate, ...]:
    """Find the date and time phrases in ``text``, joining a date with the time beside it.

    ``order`` says how the document writes numeric dates; without it, a numeric date whose day and
    month could be swapped is read day-first and marked ``ambiguous``.

    Example:
        >>> [
        ...     (f.year, f.month, f.day, f.hour, f.minute)
        ...     for f in find_dates("July 16, 2021 at 4 PM")
        ... ]
        [(2021, 7, 16, 16, None)]
    """
    if _DIGIT.search(text) is None:
        return ()
    # Several rules ask about the same line; the answer is cached (the phrases are frozen).
    return find_dates_cached(text, order)


@cached(maxsize=4096)
def find_dates_cached(text: str, order: DateOrder | None) -> tuple[FoundDate, ...]:
    """The work of :func:`find_dates`, cached by line (a line is asked about by several rules)."""
    found: list[FoundDate] = []
    _iso_dates(text, found)
    _numeric_dates(text, order, found)
    _named_month_dates(text, found)
    _times(text, found)
    _glued_times(text, found)
    _glued_after_timestamps(text, order, found)
    phrases = _without_overlaps(found)
    joined: list[FoundDate] = []
    i = 0
    while i < len(phrases):
        item = phrases[i]
        nxt = phrases[i + 1] if i + 1 < len(phrases) else None
        if (
            nxt is not None
            and item.has_date != nxt.has_date
            and not (item.has_time and nxt.has_time)
        ):
            gap = text[item.end : nxt.start]
            if len(gap) <= 16 and _gap_joins(gap):
                date, time = (item, nxt) if item.has_date else (nxt, item)
                if not date.has_time:
                    joined.append(date.with_time(time, nxt.end))
                    i += 2
                    continue
        if item.has_date and not item.has_time:
            dot = _DOT_TIME.match(text, item.end, item.end + 12)
            if (
                dot is not None
                and int(dot["H"]) < 24
                and int(dot["M"]) < 60
                and (nxt is None or nxt.start >= dot.end())
            ):
                hour, minute = int(dot["H"]), int(dot["M"])
                zone, offset, end = _zone_after(text, dot.end())  # "10.32 GMT"
                if nxt is not None and nxt.start < end:
                    zone, offset, end = None, None, dot.end()
                time = FoundDate(
                    start=dot.start("H"),
                    end=end,
                    hour=hour,
                    minute=minute,
                    zone=zone,
                    offset=offset,
                )
                item = item.with_time(time, end)
        joined.append(item)
        i += 1
    return tuple(joined)


def _gap_joins(gap: str) -> bool:
    """Whether only joining words and weekday names stand between a date and a time."""
    for piece in gap.split():
        word = piece.strip(".,|·•/-–—:*_")
        if word and word.casefold() not in current().date_gap_words:
            return False
    return True


def _build_relative(words: Vocabulary) -> re.Pattern[str]:
    """A relative date: "3 hours ago", "Hace 5 horas", "vor 2 Stunden", "yesterday"."""
    opened: dict[str, set[str]] = {}
    for phrase in words.relative_opened:
        opener, _, unit = phrase.rpartition(" ")
        if opener:  # a phrase of one word names no opener
            opened.setdefault(opener, set()).add(unit)
    # Each opener takes its own language's units: "vor 3 horas" is no date.
    branches = [
        f"(?:{alternation([opener])})[ ][0-9]{{1,3}}[ ](?:{alternation(units)})"
        for opener, units in sorted(opened.items())
    ]
    return word_pattern(
        r"\b(?:[0-9]{1,3}[ ]?",
        words.ago_units,
        r"[ ]",
        words.ago_words,
        "".join("|" + branch for branch in branches),
        "|",
        words.relative_days,
        r")\b",
        flags=re.I,
    )


_relative: Final = patterns(_build_relative)


def find_relative(text: str) -> tuple[int, int] | None:
    """Where ``text`` holds a relative date ("3 hours ago", "Hace 13 horas"), if it does.

    Relative dates are recognised but never turned into values: that would need "now".

    Example:
        >>> find_relative("**Hace 13 horas**")
        (2, 15)
    """
    match = _relative().search(text[: 4 * MAX_PHRASE])
    return (match.start(), match.end()) if match else None


def infer_order(text: str) -> DateOrder | None:
    """The numeric date order a whole document shows, if it shows one.

    A date like ``27/11/2017`` proves day-first and ``11/27/2017`` month-first; when the document
    holds both (or neither), there is no answer.

    Example:
        >>> infer_order("27/11/2017 and then 12/07/2018")
        <DateOrder.DMY: 'dmy'>
    """
    dmy = mdy = False
    ambiguous: set[tuple[int, int, str]] = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            dmy = True
        elif b > 12 >= a:
            mdy = True
        elif a != b:
            ambiguous.add((a, b, m["y"][-2:]))
    if dmy != mdy:
        return DateOrder.DMY if dmy else DateOrder.MDY
    if dmy or not ambiguous:
        return None
    return _named_evidence(text, ambiguous)


def _named_evidence(text: str, ambiguous: set[tuple[int, int, str]]) -> DateOrder | None:
    """The order the same date written with a month name shows ("04 may 2022" by "04/05/2022").

    Only short lines are read (dates stand in headers, not in prose), a few hundred at most.
    """
    dmy = mdy = False
    lines = (line for line in text.split("\n", 400)[:400] if len(line) <= 200)
    for line in lines:
        if _DIGIT.search(line) is None:
            continue
        for found in find_dates(line):
            if found.day is None or found.month is None or found.year is None or found.ambiguous:
                continue
            year = f"{found.year:04d}"[-2:]
            dmy |= (found.day, found.month, year) in ambiguous
            mdy |= (found.month, found.day, year) in ambiguous
    if dmy != mdy:
        return DateOrder.DMY if dmy else DateOrder.MDY
    return None


def likely_order(text: str, url: str | None) -> DateOrder | None:
    """How a page most likely writes numeric dates, from its address and its language.

    A country edition in the path (``/en-gb/``, ``/de-at/``) or a country domain other than
    ``us`` means day first (``/en-us/`` month first); an English page on a generic domain
    (``.com``, ``.org``...) means month first; any other language means day first.

    Example:
        >>> likely_order("The vote was held on 11/08/23 and that was all.", "https://a.com/b")
        <DateOrder.MDY: 'mdy'>
    """
    shown = _order_from_url(text, url) if url else None
    if shown is not None:
        return shown
    try:
        host = urlsplit(url).hostname if url and "://" in url[:12] else None
    except ValueError:  # "http://[x/2021": an IPv6 bracket left open
        host = None
    locale = _URL_LOCALE.search(url[:2000]) if url else None
    if locale is not None:  # "/en-gb/news/...": the edition's country decides, as a domain would
        return DateOrder.MDY if locale["country"].casefold() == "us" else DateOrder.DMY
    suffix = host.rsplit(".", 1)[-1] if host and "." in host else ""
    if len(suffix) == 2 and suffix != "us":
        return DateOrder.DMY
    language = guess_language(text)
    if language is None:
        return None
    return DateOrder.MDY if language == "en" else DateOrder.DMY


def _order_from_url(text: str, url: str) -> DateOrder | None:
    """The order in which a numeric date of the text is the day the URL's path shows.

    ``02/10/2020`` on a page at ``/2020/oct/02/``: day first.
    """
    m = _URL_DAY.search(url[:2000])
    if m is None:
        return None
    month_text = m["m"].casefold()
    month = int(month_text) if month_text.isdigit() else current().months.get(month_text)
    day = int(m["d"])
    if month is None or month == day or not 1 <= month <= 12 or not 1 <= day <= 12:
        return None
    year = m["y"]
    for found in islice(_EITHER_WAY.finditer(text), _MAX_NUMERIC):
        first, second, written = int(found["a"]), int(found["b"]), found["y"]
        if written not in (year, year[2:]):
            continue
        if (first, second) == (day, month):
            return DateOrder.DMY
        if (first, second) == (month, day):
            return DateOrder.MDY
    return None


# A day in a URL's path: /2020/10/02/, /2020/oct/02/, /2020-10-02-.
_URL_DAY: Final = re.compile(
    r"/(?P<y>(?:19|20)[0-9]{2})[/-](?P<m>[01]?[0-9]|[a-z]{3})[/-](?P<d>[0-3]?[0-9])(?=[/-]|$)"
)
# A country edition as the first segment of a URL's path: "https://x.com/en-gb/news/...".
_URL_LOCALE: Final = re.compile(
    r"^[a-z]{2,8}://[^/\s]{1,253}/(?P<lang>[a-z]{2})[-_](?P<country>[a-z]{2})(?=/|$)", re.I
)
# A numeric date with both numbers at most 12 could be read either way: "02/10/2020".
_EITHER_WAY: Final = re.compile(
    # (?<![0-9])[01]?[0-9] opening on its digit (see _ISO)
    r"(?P<a>[0-9](?<![0-9]{2})(?:(?<=[01])[0-9])?)[./-](?P<b>[01]?[0-9])[./-](?P<y>(?:19|20)?[0-9]{2})(?![0-9])"
)
_MAX_NUMERIC: Final = 200


def read_in_order(
    phrase: FoundDate, *, shown: DateOrder | None, likely: DateOrder | None
) -> FoundDate:
    """The one day-order rule, shared by ``parse``, ``parse_dateline`` and ``parse_date``.

    An ambiguous numeric date is read in the order the text shows (``shown``: it is then no
    longer ambiguous); else in the order its source suggests (``likely``: URL and language);
    else day first. In the last two cases it stays ``ambiguous``.

    Example:
        >>> [found] = find_dates("12/11/2023")
        >>> read_in_order(found, shown=None, likely=DateOrder.MDY).month
        12
    """
    if not phrase.ambiguous:
        return phrase
    if shown is not None:
        return phrase.in_order(shown)
    return phrase.in_order(likely or DateOrder.DMY, certain=False)


def order_note(likely: DateOrder | None) -> str:
    """The diagnostic message for a date left ambiguous, naming the order it was read in."""
    if likely is DateOrder.MDY:
        how = "read month first, as the page's address and language suggest"
    elif likely is DateOrder.DMY:
        how = "read day first, as the page's address and language suggest"
    else:
        how = "read day first"
    return f"day and month could be swapped and the document does not show its order; {how}"


def text_order(text: str, order: DateOrder | None) -> tuple[DateOrder | None, DateOrder | None]:
    """``(shown, likely)`` for one string read alone: a caller's order counts as shown."""
    if order is not None:
        return order, None
    return infer_order(text), likely_order(text, None)


# /2021/07/16/, /2021-07-16/, /20210716/, /2021/07/
_URL_DATE: Final = re.compile(
    r"/(?P<y>(?:19|20)[0-9]{2})(?:[/-](?P<m>[01]?[0-9])(?:[/-](?P<d>[0-3]?[0-9]))?)?(?=[/-]|$)"
)


def year_from_url(url: str) -> int | None:
    """The year a URL path shows (``/2021/07/16/slug``), if any.

    Example:
        >>> year_from_url("https://www.themoscowtimes.com/2021/07/16/russia-a74540")
        2021
    """
    m = _URL_DATE.search(url[:2000])
    if m is None:
        return None
    month = m["m"]
    if month is not None and not 1 <= int(month) <= 12:
        return None
    return int(m["y"])


# A whole day in a URL path, in the shapes publishing systems write it: /2021/07/16/ (or
# /2021/jul/16/, /2021-07/16/), -2021-07-16- or /2021-07-16/ in a slug, and /20210716/ or
# _20210716. as a segment of its own. The separators around it keep a longer number (an ID)
# from reading as one.
_PATH_DAY: Final = re.compile(
    r"/(?P<y>(?:19|20)[0-9]{2})[/-](?P<m>[01]?[0-9]|[a-z]{3})[/-](?P<d>[0-3]?[0-9])(?=[/_.-]|$)"
    r"|(?<=[/_-])(?P<iy>(?:19|20)[0-9]{2})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9])(?=[/_.-]|$)"
    r"|(?<=[/_-])(?P<cy>(?:19|20)[0-9]{2})(?P<cm>[01][0-9])(?P<cd>[0-3][0-9])(?=[/_.-]|$)"
)


def day_from_url(url: str) -> DateValue | None:
    """The day a URL's path gives (``/2021/07/16/slug``, ``/2021-07-16-slug``, ``/20210716/``).

    Only the path is read (a host or a query says nothing about the story), and only a real
    calendar day counts; the first one found wins.

    Example:
        >>> day_from_url("https://news.example/2021/07/16/a-story").value
        datetime.date(2021, 7, 16)
        >>> day_from_url("https://news.example/id/20213456/") is None
        True
    """
    try:
        path = urlsplit(url[:2000]).path
    except ValueError:  # "http://[broken": no address to read
        return None
    for m in _PATH_DAY.finditer(path):
        year, month, day = (
            (m["y"], m["m"], m["d"])
            if m["y"]
            else (m["iy"], m["im"], m["id"])
            if m["iy"]
            else (m["cy"], m["cm"], m["cd"])
        )
        number = int(month) if month.isdigit() else current().months.get(month.casefold())
        if number is not None and _valid_date(int(year), number, int(day)):
            return DateValue(value=dt.date(int(year), number, int(day)), precision=Precision.DAY)
    return None


def date_of(text: str, order: DateOrder | None) -> DateValue:
    """The first complete date phrase in ``text``, in the current vocabulary.

    The work of :func:`newsparse.parse_date`, which checks its arguments and sets the vocabulary
    first (it is left pure, in ``_public_dates``, so that the compiled build keeps its docstring,
    signature and argument checks).

    Raises:
        ParseError: ``not-a-date`` when ``text`` holds no date with a year, or is longer than a
            date phrase can be.
    """
    if len(text) > 4 * MAX_PHRASE:
        raise ParseError("text too long for a date phrase", code=Code.NOT_A_DATE)
    shown, likely = text_order(text, order)
    for item in find_dates(text, order=shown):
        value = read_in_order(item, shown=shown, likely=likely).value()
        if value is not None:
            return value
    raise ParseError(f"no date with a year in {text[:60]!r}", code=Code.NOT_A_DATE)


def format_offset(moment: dt.datetime) -> str:
    """``moment``'s UTC offset as ``+03:00`` (``""`` for a naive time), minutes kept."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
