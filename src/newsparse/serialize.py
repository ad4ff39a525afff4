"""JSON in and out of Articles, through one cattrs converter.

The JSON mirrors the records: keys are the attrs field names, enums are their string values, spans
are objects, and each date is ``{"value": ISO 8601 reduced to its precision, "precision": ...,
"zone": ..., "ambiguous": ...}``. The top-level object carries ``"schema_version"``. Reading JSON
back checks everything it can (types, unknown and missing keys, dates, spans against their raw
text) and reports the first problem as a :class:`ParseError` naming its JSON path.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from newsparse.errors import Code, ParseError
from newsparse.model import (
    Article,
    AuthorKind,
    BlockKind,
    BoilerplateKind,
    DateValue,
    FootnoteKind,
    Precision,
    Role,
    Severity,
    Span,
)

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION: Final = "1.0"
"""Version of the JSON layout: the major part changes when old JSON would no longer load."""

# 2021, 2021-07, 2021-07-16, 2021-07-16T10, 2021-07-16T10:32, 2021-07-16T10:32:05+03:00
_ISO: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})"
    r"(?:T(?P<H>[0-9]{2})(?::(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?"
    r"(?P<z>Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"
)


def format_date(value: DateValue) -> str:
    """``value`` as an ISO 8601 string with only the parts its precision vouches for.

    Example:
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
    offset = moment.utcoffset()
    zone = ""
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        minutes = abs(minutes)
        zone = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{day}T{time}{zone}"


def parse_iso(text: str) -> tuple[dt.date | dt.datetime, Precision]:
    """Read a reduced-precision ISO 8601 string written by :func:`format_date`.

    Raises:
        ValueError: when ``text`` is not such a string or names an impossible date.
    """
    match = _ISO.fullmatch(text)
    if match is None:
        raise ValueError(f"{text[:40]!r} is not an ISO 8601 date")
    year = int(match["y"])
    if match["m"] is None:
        return dt.date(year, 1, 1), Precision.YEAR
    month = int(match["m"])
    if match["d"] is None:
        return dt.date(year, month, 1), Precision.MONTH
    day = int(match["d"])
    if match["H"] is None:
        return dt.date(year, month, day), Precision.DAY
    hour = int(match["H"])
    minute = int(match["M"] or 0)
    second = int(match["S"] or 0)
    tzinfo = None
    zone = match["z"]
    if zone == "Z":
        tzinfo = dt.UTC
    elif zone is not None:
        sign = -1 if zone[0] == "-" else 1
        offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        tzinfo = dt.timezone(sign * offset)  # raises ValueError beyond +-24 hours
    moment = dt.datetime(year, month, day, hour, minute, second, tzinfo=tzinfo)
    if match["S"] is not None:
        return moment, Precision.SECOND
    if match["M"] is not None:
        return moment, Precision.MINUTE
    return moment, Precision.HOUR


def _date_to_json(value: DateValue) -> dict[str, Any]:
    return {
        "value": format_date(value),
        "precision": value.precision.value,
        "zone": value.zone,
        "ambiguous": value.ambiguous,
    }


_DATE_KEYS: Final = frozenset({"value", "precision", "zone", "ambiguous"})


def _date_from_json(data: Any, _: type) -> DateValue:
    if not isinstance(data, Mapping):
        raise TypeError(f"a date is an object, not {type(data).__name__}")
    extra = set(data) - _DATE_KEYS
    if extra:
        raise ValueError(f"unknown keys {sorted(extra)}")
    missing = _DATE_KEYS - set(data)
    if missing:
        raise ValueError(f"missing keys {sorted(missing)}")
    text, precision_name = data["value"], data["precision"]
    if not isinstance(text, str) or not isinstance(precision_name, str):
        raise TypeError("a date's value and precision are strings")
    value, precision = parse_iso(text)
    if Precision(precision_name) is not precision:
        raise ValueError(f"precision {precision_name!r} does not match the value {text!r}")
    zone, ambiguous = data["zone"], data["ambiguous"]
    if zone is not None and not isinstance(zone, str):
        raise TypeError("a date's zone is a string or null")
    if not isinstance(ambiguous, bool):
        raise TypeError("a date's ambiguous flag is a boolean")
    return DateValue(value=value, precision=precision, zone=zone, ambiguous=ambiguous)


def _span_from_json(data: Any, _: type) -> Span:
    if not isinstance(data, Mapping):
        raise TypeError(f"a span is an object, not {type(data).__name__}")
    keys = {"start", "end", "line", "end_line"}
    if set(data) != keys:
        raise ValueError(f"a span has exactly the keys {sorted(keys)}")
    values = [data[k] for k in ("start", "end", "line", "end_line")]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise TypeError("span offsets and lines are integers")
    start, end, line, end_line = values
    if not (0 <= start <= end and 1 <= line <= end_line):
        raise ValueError(f"span {start}..{end} (lines {line}..{end_line}) is out of order")
    return Span(start=start, end=end, line=line, end_line=end_line)


_ENUMS: Final = (AuthorKind, BlockKind, BoilerplateKind, FootnoteKind, Precision, Role, Severity)


def _enum_from_json(data: Any, kind: type[enum.Enum]) -> enum.Enum:
    if not isinstance(data, str):
        raise TypeError(f"expected a string, got {type(data).__name__}")
    try:
        return kind(data)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise ValueError(f"{data!r} is not one of {allowed}") from None


def _all_keys_required(made: cattrs.Converter) -> None:
    """Every field must be present: a missing key is an error, not a silent default."""

    def factory(record: type) -> Callable[[Any, type], Any]:
        inner: Callable[[Any, type], Any] = make_dict_structure_fn(
            record, made, _cattrs_forbid_extra_keys=True
        )
        names = frozenset(field.name for field in attrs.fields(record))

        def structure(data: Any, kind: type) -> Any:
            if not isinstance(data, Mapping):
                raise TypeError(f"expected an object, got {type(data).__name__}")
            missing = names - set(data)
            if missing:
                raise KeyError(f"missing keys {sorted(missing)}")
            return inner(data, kind)

        return structure

    made.register_structure_hook_factory(
        lambda kind: attrs.has(kind) and kind not in (DateValue, Span), factory
    )


def _make_converter() -> cattrs.Converter:
    made = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    made.register_unstructure_hook(DateValue, _date_to_json)
    made.register_structure_hook(DateValue, _date_from_json)
    made.register_structure_hook(Span, _span_from_json)
    # Strings must be strings and numbers numbers: cattrs would otherwise turn 5 into "5".
    made.register_structure_hook(str, _strict_str)
    made.register_structure_hook(int, _strict_int)
    made.register_structure_hook(bool, _strict_bool)
    # The enums are str subclasses, so each needs its own (more specific) hook.
    for kind in _ENUMS:
        made.register_structure_hook(kind, _enum_from_json)
    _all_keys_required(made)
    return made


def _strict_str(data: Any, _: type) -> str:
    if not isinstance(data, str):
        raise TypeError(f"expected a string, got {type(data).__name__}")
    return data


def _strict_int(data: Any, _: type) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise TypeError(f"expected an integer, got {type(data).__name__}")
    return data


def _strict_bool(data: Any, _: type) -> bool:
    if not isinstance(data, bool):
        raise TypeError(f"expected a boolean, got {type(data).__name__}")
    return data


converter: Final = _make_converter()
"""The converter behind :func:`to_dict` and :func:`from_dict` (extend it for your own records)."""


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-ready data, with ``schema_version`` first.

    Example:
        >>> from newsparse import parse
        >>> to_dict(parse("# Hello"))["headline"]["text"]
        'Hello'
    """
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article))
    return data


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def _first_problem(error: BaseException) -> str:
    messages = cattrs.transform_error(error, path="$")
    return messages[0] if messages else str(error)


def _check_spans(article: Article) -> None:
    for element in article.elements():
        span = element.span
        if span.end - span.start != len(element.raw):
            raise ValueError(
                f"span {span.start}..{span.end} does not fit its raw text of "
                f"{len(element.raw)} characters"
            )
        breaks = element.raw.count("\n") + element.raw.count("\r") - element.raw.count("\r\n")
        if span.end_line - span.line != breaks:
            raise ValueError(f"span lines {span.line}..{span.end_line} do not fit its raw text")


def from_dict(data: Mapping[str, Any]) -> Article:
    """An Article from data made by :func:`to_dict` (or its JSON).

    Raises:
        ParseError: ``invalid-record``, naming the JSON path of the first problem.
    """
    if not isinstance(data, Mapping):
        raise ParseError(
            f"$: expected an object, got {type(data).__name__}", code=Code.INVALID_RECORD
        )
    version = data.get("schema_version")
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ParseError(
            f"$.schema_version: expected {SCHEMA_VERSION!r}, got {version!r}",
            code=Code.INVALID_RECORD,
        )
    fields = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        article = converter.structure(fields, Article)
        _check_spans(article)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as error:
        raise ParseError(_first_problem(error), code=Code.INVALID_RECORD) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise ParseError(f"$: {error}", code=Code.INVALID_RECORD) from None
    return article


def from_json(text: str | bytes) -> Article:
    """An Article from JSON made by :func:`to_json`.

    Raises:
        ParseError: ``invalid-json`` with the line and column of a syntax error, or
            ``invalid-record`` naming the JSON path of the first problem.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"invalid JSON: {error.msg}",
            code=Code.INVALID_JSON,
            line=error.lineno,
            column=error.colno,
        ) from None
    except (UnicodeDecodeError, RecursionError, ValueError, TypeError) as error:
        raise ParseError(f"invalid JSON: {error}", code=Code.INVALID_JSON) from None
    return from_dict(data)
