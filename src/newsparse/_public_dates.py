"""The public date functions, ``parse_date`` and ``format_date``: pure Python in every build.

The date scanner (``_dates``) is one of the modules the optional compiled build compiles. A
compiled function is a built-in one: no docstring for ``help()``, its module named as its home,
and arguments checked against their annotations with a ``TypeError``. So the public functions
live here, left pure: they check their arguments (``order="dmy"`` is a date order, a wrong type
is a ``ParseError``), set the vocabulary and call the compiled work.
"""

from __future__ import annotations

import datetime as dt

from newsparse._dates import DateOrder, date_of, format_offset, require_order
from newsparse._errors import require_text
from newsparse._model import DateValue, Precision
from newsparse.vocabulary import Vocabulary, given

__all__ = ["format_date", "parse_date"]


def parse_date(
    text: str, *, order: DateOrder | None = None, vocabulary: Vocabulary | None = None
) -> DateValue:
    """Read the first complete date phrase in ``text``.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-date`` when ``text`` holds no date with a year, or is longer than a
            date phrase can be.

    Example:
        >>> parse_date("Feb. 19, 2020").value
        datetime.date(2020, 2, 19)
        >>> parse_date("December 2015").precision
        <Precision.MONTH: 'month'>
    """
    require_text(text, "parse_date")
    checked_order = require_order(order, "parse_date")
    with given(vocabulary):
        return date_of(text, checked_order)


def format_date(value: DateValue) -> str:
    """``value`` as an ISO 8601 string with only the parts its precision vouches for.

    Example:
        >>> import datetime as dt
        >>> from newsparse import DateValue, Precision, format_date
        >>> format_date(DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH))
        '2021-07'
    """
    moment = value.value
    precision = value.precision
    if precision is Precision.YEAR:
        return f"{moment.year:04d}"
    if precision is Precision.MONTH:
        return f"{moment.year:04d}-{moment.month:02d}"
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    if precision is Precision.DAY or not isinstance(moment, dt.datetime):
        return day
    time = f"{moment.hour:02d}"
    if precision in (Precision.MINUTE, Precision.SECOND):
        time += f":{moment.minute:02d}"
    if precision is Precision.SECOND:
        time += f":{moment.second:02d}"
    return f"{day}T{time}{format_offset(moment)}"
