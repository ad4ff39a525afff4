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
import itertools
import json
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from newsparse._dates import format_offset
from newsparse._errors import Code, ParseError
from newsparse._json_types import JSON, JSONObject
from newsparse._kinds import KINDS
from newsparse._model import (
    Article,
    AuthorKind,
    BlockKind,
    BoilerplateKind,
    DateValue,
    Element,
    Footnote,
    FootnoteKind,
    Link,
    Paragraph,
    Picture,
    Precision,
    Role,
    Severity,
    Span,
)
from newsparse._public_dates import format_date

__all__ = [
    "CONVENIENCE",
    "SCHEMA_VERSION",
    "converter",
    "format_date",
    "format_offset",
    "from_dict",
    "from_json",
    "json_text",
    "parse_iso",
    "to_dict",
    "to_json",
]

SCHEMA_VERSION: Final = "1.2"
"""Version of the JSON layout: the major part changes when old JSON would no longer load.

The full rule is in ``docs/json.md``; :func:`from_dict` reads any version with the same major.
"""

_MAJOR: Final = SCHEMA_VERSION.split(".")[0]

# Keys each minor version added, with the value a reader fills in for a record written before.
_ADDED: Final[dict[int, dict[str, Any]]] = {
    1: {"language": None, "meta_description": None},
    2: {"pictures": [], "definitions": []},
}

# 2021, 2021-07, 2021-07-16, 2021-07-16T10, 2021-07-16T10:32, 2021-07-16T10:32:05+03:00
_ISO: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2})"
    r"(?:T(?P<H>[0-9]{2})(?::(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?"
    r"(?P<z>Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"
)


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


class _InvalidError(ValueError):
    """A problem a structure hook found, and the key (below the hook's JSON path) it concerns."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.key = key


def _date_to_json(value: DateValue) -> dict[str, Any]:
    return {
        "value": format_date(value),
        "precision": value.precision.value,
        "zone": value.zone,
        "ambiguous": value.ambiguous,
    }


_DATE_KEYS: Final = ("value", "precision", "zone", "ambiguous")
_SPAN_KEYS: Final = ("start", "end", "line", "end_line")


def _check_keys(data: Any, keys: tuple[str, ...]) -> None:
    """Raise unless ``data`` is an object with exactly ``keys`` (naming the first odd key)."""
    if not isinstance(data, Mapping):
        raise _InvalidError(f"expected an object, got {_json_type(data)}")
    for key in data:
        if key not in keys:
            raise _InvalidError("unknown key", key=str(key))
    for key in keys:
        if key not in data:
            raise _InvalidError("required key is missing", key=key)


def _date_from_json(data: Any, _: type) -> DateValue:
    _check_keys(data, _DATE_KEYS)
    text, precision_name = data["value"], data["precision"]
    if not isinstance(text, str):
        raise _InvalidError(f"expected a string, got {_json_type(text)}", key="value")
    if not isinstance(precision_name, str):
        raise _InvalidError(f"expected a string, got {_json_type(precision_name)}", key="precision")
    try:
        value, precision = parse_iso(text)
    except ValueError as error:
        raise _InvalidError(f"{text[:40]!r} is not a date: {error}", key="value") from None
    if precision_name != precision.value:
        raise _InvalidError(
            f"{precision_name!r} does not match the value {text[:40]!r} "
            f"(which gives {precision.value!r})",
            key="precision",
        )
    zone, ambiguous = data["zone"], data["ambiguous"]
    if zone is not None and not isinstance(zone, str):
        raise _InvalidError(f"expected a string or null, got {_json_type(zone)}", key="zone")
    if not isinstance(ambiguous, bool):
        raise _InvalidError(f"expected a boolean, got {_json_type(ambiguous)}", key="ambiguous")
    return DateValue(value=value, precision=precision, zone=zone, ambiguous=ambiguous)


def _span_from_json(data: Any, _: type) -> Span:
    _check_keys(data, _SPAN_KEYS)
    for key in _SPAN_KEYS:
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise _InvalidError(f"expected an integer, got {_json_type(value)}", key=key)
    start, end, line, end_line = (data[key] for key in _SPAN_KEYS)
    if start < 0:
        raise _InvalidError("an offset is never negative", key="start")
    if end < start:
        raise _InvalidError(f"ends at {end}, before it starts at {start}", key="end")
    if line < 1:
        raise _InvalidError("lines count from 1", key="line")
    if end_line < line:
        raise _InvalidError(
            f"ends on line {end_line}, before it starts on line {line}", key="end_line"
        )
    return Span(start=start, end=end, line=line, end_line=end_line)


_ENUMS: Final = (AuthorKind, BlockKind, BoilerplateKind, FootnoteKind, Precision, Role, Severity)


def _enum_from_json(data: Any, kind: type[enum.Enum]) -> enum.Enum:
    if not isinstance(data, str):
        raise _InvalidError(f"expected a string, got {_json_type(data)}")
    try:
        return kind(data)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise _InvalidError(f"{data[:40]!r} is not one of {allowed}") from None


def _json_type(data: object) -> str:
    """A loaded value for messages: scalars as JSON, containers by their JSON type."""
    if isinstance(data, list | tuple):
        return "an array"
    if isinstance(data, Mapping):
        return "an object"
    if data is None or isinstance(data, bool | int | float | str):
        shown = json.dumps(data, ensure_ascii=False)
        return shown if len(shown) <= 40 else shown[:37] + "..."
    return type(data).__name__


def _strict_records(made: cattrs.Converter) -> None:
    """Every field must be present: a missing key is an error, not a silent default."""

    def factory(record: type) -> Callable[[Any, type], Any]:
        inner: Callable[[Any, type], Any] = make_dict_structure_fn(
            record, made, _cattrs_forbid_extra_keys=True
        )
        names = tuple(field.name for field in attrs.fields(record))

        def structure(data: Any, kind: type) -> Any:
            if not isinstance(data, Mapping):
                raise _InvalidError(f"expected an object, got {_json_type(data)}")
            for name in names:
                if name not in data:
                    raise _InvalidError("required key is missing", key=name)
            return inner(data, kind)

        return structure

    made.register_structure_hook_factory(
        lambda kind: attrs.has(kind) and kind not in (DateValue, Span), factory
    )


def _strict_arrays(made: cattrs.Converter) -> None:
    """A sequence field takes a JSON array only (cattrs would take any iterable, even a string)."""

    def factory(kind: type) -> Callable[[Any, type], Any]:
        inner = homogenous_tuple_structure_factory(kind, made)

        def structure(data: Any, kind: type) -> Any:
            if not isinstance(data, list | tuple):
                raise _InvalidError(f"expected an array, got {_json_type(data)}")
            return inner(data, kind)

        return structure

    made.register_structure_hook_factory(_is_sequence, factory)


def _is_sequence(kind: Any) -> bool:
    return typing.get_origin(kind) is tuple


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
        # to_dict promises plain data: "person", not AuthorKind.PERSON (equal, but not the same).
        made.register_unstructure_hook(kind, _enum_to_json)
    _strict_records(made)
    _strict_arrays(made)
    return made


def _enum_to_json(value: enum.Enum) -> str:
    return str(value.value)


def _strict_str(data: Any, _: type) -> str:
    if not isinstance(data, str):
        raise _InvalidError(f"expected a string, got {_json_type(data)}")
    return data


def _strict_int(data: Any, _: type) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise _InvalidError(f"expected an integer, got {_json_type(data)}")
    return data


def _strict_bool(data: Any, _: type) -> bool:
    if not isinstance(data, bool):
        raise _InvalidError(f"expected a boolean, got {_json_type(data)}")
    return data


converter: Final = _make_converter()
"""The converter behind :func:`to_dict` and :func:`from_dict` (extend it for your own records)."""


def _require_article(article: object) -> None:
    if not isinstance(article, Article):
        raise ParseError(
            f"expected an Article, not {type(article).__name__}", code=Code.INVALID_INPUT
        )


def _date_or_null(value: DateValue | None) -> dict[str, Any] | None:
    return _date_to_json(value) if value is not None else None


CONVENIENCE: Final[dict[str, Callable[[Article], Any]]] = {
    "text": lambda a: a.text,
    "published": lambda a: _date_or_null(a.published),
    "updated": lambda a: _date_or_null(a.updated),
    "date": lambda a: _date_or_null(a.date),
    "url": lambda a: a.url,
    "site": lambda a: a.site,
    "image": lambda a: a.image,
    "images": lambda a: list(a.images),
    "tags": lambda a: list(a.tags),
    "description": lambda a: a.description,
}
"""The Article properties written after the stored fields, each as a function giving its JSON.

They are derived from the stored fields, so :func:`from_dict` does not read them: it checks that
each one present agrees with the record it rebuilt (and accepts records without them).
"""


def to_dict(article: Article) -> JSONObject:
    """The article as plain JSON-ready data, with ``schema_version`` first.

    The stored fields come first, then the convenience fields of :data:`CONVENIENCE`
    (``text``, ``published``, ``date``, ``site``...), derived from them.

    Raises:
        ParseError: ``invalid-input`` when ``article`` is not an :class:`Article`.

    Example:
        >>> from newsparse import parse
        >>> to_dict(parse("# Hello"))["headline"]["text"]
        'Hello'
    """
    _require_article(article)
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article))
    for key, derive in CONVENIENCE.items():
        data[key] = derive(article)
    return data


# Characters JSON leaves raw in strings that str.splitlines() (and some JSON Lines readers)
# take for line breaks: NEL and the Unicode line and paragraph separators. The C0 ones (\v, \f,
# \x1c-\x1e) json escapes already.
_LINE_BREAK_ESCAPES: Final = str.maketrans(
    {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


# A lone surrogate: what os.fsdecode makes of a file name's undecodable bytes (surrogateescape).
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _escaped_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def json_text(data: object, *, indent: int | None = None) -> str:
    r"""JSON text of any JSON value (a :func:`to_row` row, a :func:`to_dict` record), safe to write.

    UTF-8 characters are kept as they are, except those some readers take for line breaks (NEL,
    U+2028, U+2029), which are written as escapes: without ``indent`` the text is one line for
    every reader, ``str.splitlines`` included, so a JSON Lines record never splits. A lone
    surrogate (a file name's undecodable byte, as ``os.fsdecode`` gives it) is written as its
    ``\udcxx`` escape, so the text always encodes as UTF-8; ``json.loads`` gives the same
    string back (and ``os.fsencode`` the same bytes). ``newsparse parse`` writes its records
    with it, and :func:`to_json` an Article's.

    Example:
        >>> json_text({"title": "x\u2028y\x85z é", "words": 3})
        '{"title": "x\\u2028y\\u0085z é", "words": 3}'
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent).translate(_LINE_BREAK_ESCAPES)
    if not text.isascii() and _SURROGATE.search(text) is not None:
        text = _SURROGATE.sub(_escaped_surrogate, text)
    return text


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON string (UTF-8 characters kept as they are).

    Except NEL, U+2028 and U+2029, which are written as escapes: without ``indent`` the JSON is one
    line for every reader, so records can be written as JSON Lines.

    Raises:
        ParseError: ``invalid-input`` when ``article`` is not an :class:`Article`.

    Example:
        >>> from newsparse import parse
        >>> to_json(parse("# Hello"))[:60]
        '{"schema_version": "1.2", "headline": {"raw": "# Hello", "sp'
    """
    return json_text(to_dict(article), indent=indent)


# -- reading back -------------------------------------------------------------------------------


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"


def _problems(error: BaseException, path: str) -> Iterator[str]:
    """``"$.json.path: what is wrong"`` for each problem inside a cattrs error, in order."""
    if isinstance(error, ClassValidationError):
        fields, rest = error.group_exceptions()
        for inner, field in fields:
            yield from _problems(inner, _key_path(path, field.name))
        for inner in rest:
            yield from _problems(inner, path)
    elif isinstance(error, IterableValidationError):
        items, rest = error.group_exceptions()
        for inner, item in items:
            yield from _problems(inner, f"{path}[{item.index!r}]")
        for inner in rest:
            yield from _problems(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield f"{_key_path(path, str(key))}: unknown key"
    elif isinstance(error, _InvalidError):
        where = _key_path(path, error.key) if error.key is not None else path
        yield f"{where}: {error.message}"
    else:
        yield f"{path}: {error}"


def _first_problem(error: BaseException) -> str:
    problems = list(_problems(error, "$"))
    if not problems:  # pragma: no cover - every cattrs error holds at least one problem
        return f"$: {error}"
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")


def _located(article: Article) -> Iterator[tuple[str, Element]]:
    """Every top-level element with its JSON path, kind by kind."""
    for kind in KINDS:
        elements = kind.elements(article)
        if not kind.many:
            yield from ((f"$.{kind.field}", element) for element in elements)
            continue
        for index, element in enumerate(elements):
            yield f"$.{kind.field}[{index}]", element


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _check_element(path: str, element: Element) -> None:
    """An element's span must fit its raw text, and its links must lie inside its text."""
    span = element.span
    if span.end - span.start != len(element.raw):
        raise ValueError(
            f"{path}.span: {span.start}..{span.end} does not fit the raw text of "
            f"{len(element.raw)} characters"
        )
    if span.end_line - span.line != _line_breaks(element.raw):
        raise ValueError(
            f"{path}.span: lines {span.line}..{span.end_line} do not fit the raw text of "
            f"{_line_breaks(element.raw) + 1} lines"
        )
    if isinstance(element, Paragraph | Footnote):
        for index, link in enumerate(element.links):
            _check_link(f"{path}.links[{index}]", link, element.text)
    if isinstance(element, Paragraph | Picture):
        text = element.text if isinstance(element, Paragraph) else ""
        for index, image in enumerate(element.images):
            if not 0 <= image.at <= len(text):
                raise ValueError(
                    f"{path}.images[{index}].at: {image.at} is past the text of "
                    f"{len(text)} characters"
                )
            if not element.span.start <= image.span.start <= image.span.end <= element.span.end:
                raise ValueError(f"{path}.images[{index}].span: outside the block's span")


def _check_link(path: str, link: Link, text: str) -> None:
    if link.end > len(text) or link.start < 0 or link.end < link.start:
        raise ValueError(
            f"{path}: {link.start}..{link.end} is past the text of {len(text)} characters"
        )
    if text[link.start : link.end] != link.text:
        raise ValueError(f"{path}: the text at {link.start}..{link.end} is not {link.text[:40]!r}")


def _check_layout(article: Article) -> None:
    """Element by element, then across elements: spans may touch but never overlap."""
    located = list(_located(article))
    for path, element in located:
        _check_element(path, element)
    located.sort(key=lambda item: (item[1].span.start, item[1].span.end, item[1].span.line))
    for (before_path, before), (path, element) in itertools.pairwise(located):
        if element.span.start < before.span.end:
            raise ValueError(
                f"{path}.span: starts at {element.span.start}, inside {before_path} "
                f"(which ends at {before.span.end})"
            )
        if element.span.line < before.span.end_line:
            raise ValueError(
                f"{path}.span: starts on line {element.span.line}, before {before_path} "
                f"ends (on line {before.span.end_line})"
            )


def _check_convenience(data: Mapping[str, Any], article: Article) -> None:
    """Each convenience field present must be what the rebuilt article derives."""
    for key, derive in CONVENIENCE.items():
        if key in data and data[key] != derive(article):
            raise ValueError(
                f"$.{key}: {_json_type(data[key])} does not agree with the record "
                "(a convenience field is derived from the stored fields)"
            )


def from_dict(data: Mapping[str, JSON]) -> Article:
    """An Article from data made by :func:`to_dict` (or its JSON).

    Every key must be present and no other; values must have their JSON types; dates must be
    reduced ISO 8601 strings that agree with their precision; each span must fit its element's
    raw text, spans may not overlap, and links must lie inside their element's text. The
    convenience fields (:data:`CONVENIENCE`) may be left out; each one present must agree with the
    rest of the record. A record of an older minor version lacks the keys added since: they get
    their defaults (``language`` and ``meta_description`` are ``None`` in a ``"1.0"`` record,
    ``pictures`` and ``definitions`` are empty in a ``"1.1"`` one).

    Raises:
        ParseError: ``invalid-record``, naming the JSON path of the first problem.

    Example:
        >>> from newsparse import parse
        >>> data = to_dict(parse("# Hello"))
        >>> data["headline"]["level"] = "1"
        >>> from_dict(data)
        Traceback (most recent call last):
        ...
        newsparse.ParseError: 1:1: $.headline.level: expected an integer, got "1"
    """
    if not isinstance(data, Mapping):
        raise ParseError(f"$: expected an object, got {_json_type(data)}", code=Code.INVALID_RECORD)
    if "schema_version" not in data:
        raise ParseError("$.schema_version: required key is missing", code=Code.INVALID_RECORD)
    version = data["schema_version"]
    if not isinstance(version, str) or version.split(".")[0] != _MAJOR:
        raise ParseError(
            f"$.schema_version: expected {SCHEMA_VERSION!r} or another {_MAJOR}.x, "
            f"got {_json_type(version)}",
            code=Code.INVALID_RECORD,
        )
    fields = {k: v for k, v in data.items() if k != "schema_version" and k not in CONVENIENCE}
    minor = version.split(".")[1] if version.count(".") == 1 else ""
    for since, added in _ADDED.items():
        if minor.isdigit() and int(minor) < since:
            for key, default in added.items():
                fields.setdefault(key, default)
    try:
        article = converter.structure(fields, Article)
        _check_layout(article)
        _check_convenience(data, article)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as error:
        raise ParseError(_first_problem(error), code=Code.INVALID_RECORD) from None
    except _InvalidError as error:
        raise ParseError(next(_problems(error, "$")), code=Code.INVALID_RECORD) from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        message = str(error) if str(error).startswith("$") else f"$: {error}"
        raise ParseError(message, code=Code.INVALID_RECORD) from None
    return article


def from_json(text: str | bytes) -> Article:
    r"""An Article from JSON made by :func:`to_json`.

    Raises:
        ParseError: ``invalid-json`` with the line and column of a syntax error, or
            ``invalid-record`` naming the JSON path of the first problem.

    Example:
        >>> from_json('{"schema_version": "1.0",\n "headline": nul}')
        Traceback (most recent call last):
        ...
        newsparse.ParseError: 2:14: invalid JSON: Expecting value
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
