"""JSON out and back in: lossless, versioned, and precise about what is wrong with bad input."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

import newsparse
from newsparse import DateValue, ParseError, Precision
from newsparse._serialize import SCHEMA_VERSION, format_date, parse_iso

from .conftest import SEEDS

SEED_TEXT = (SEEDS / "000_7424f4bbc31e5b6a.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_dict() -> dict[str, Any]:
    return newsparse.to_dict(newsparse.parse(SEED_TEXT))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (DateValue(value=dt.date(2021, 1, 1), precision=Precision.YEAR), "2021"),
        (DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH), "2021-07"),
        (DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY), "2021-07-16"),
        (
            DateValue(
                value=dt.datetime(2021, 7, 16, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=3))),
                precision=Precision.MINUTE,
            ),
            "2021-07-16T10:32+03:00",
        ),
        (DateValue(value=dt.datetime(2021, 7, 16, 4), precision=Precision.HOUR), "2021-07-16T04"),
        (
            DateValue(value=dt.datetime(2021, 7, 16, 4, 5, 6), precision=Precision.SECOND),
            "2021-07-16T04:05:06",
        ),
    ],
)
def test_dates_are_iso_strings_reduced_to_their_precision(value: DateValue, text: str) -> None:
    assert format_date(value) == text
    assert parse_iso(text) == (value.value, value.precision)


def test_top_level_carries_schema_version(seed_dict: dict[str, Any]) -> None:
    assert next(iter(seed_dict)) == "schema_version"
    assert seed_dict["schema_version"] == SCHEMA_VERSION
    assert seed_dict["datelines"][0]["published"] == {
        "value": "2021-07-16",
        "precision": "day",
        "zone": None,
        "ambiguous": False,
    }
    assert seed_dict["bylines"][0]["authors"][0]["kind"] == "agency"
    assert seed_dict["headline"]["span"] == {"start": 2, "end": 54, "line": 3, "end_line": 3}


def test_json_accepts_bytes() -> None:
    article = newsparse.parse(SEED_TEXT)
    assert newsparse.from_json(newsparse.to_json(article).encode("utf-8")) == article


def _broken(seed_dict: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(seed_dict)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["bylines", 0, "authors", 0, "name"], 5, "$.bylines[0].authors[0].name"),
        (["bylines", 0, "authors", 0, "kind"], "robot", "$.bylines[0].authors[0].kind"),
        (["bylines", 0, "authors", 0, "role"], _DELETE, "$.bylines[0].authors[0]"),
        (["captions", 0, "surprise"], 1, "$.captions[0]"),
        (["datelines", 0, "published", "value"], "2021-13-45", "$.datelines[0].published"),
        (["datelines", 0, "published", "precision"], "month", "$.datelines[0].published"),
        (["body", 3, "span", "start"], "x", "$.body[3].span"),
        (["body", 3, "span", "end"], 10**9, "span"),
        (["footnotes"], "not a list", "$.footnotes"),
    ],
)
def test_bad_records_name_their_json_path(
    seed_dict: dict[str, Any], path: list[Any], value: Any, where: str
) -> None:
    data = _broken(seed_dict, path, value)
    with pytest.raises(ParseError) as raised:
        newsparse.from_dict(data)
    assert raised.value.code == "invalid-record"
    assert where in raised.value.message


def test_invalid_json_reports_line_and_column() -> None:
    with pytest.raises(ParseError) as raised:
        newsparse.from_json('{\n  "schema_version": "1.0",\n  "headline": nope\n}')
    assert (raised.value.code, raised.value.line, raised.value.column) == ("invalid-json", 3, 15)


@pytest.mark.parametrize(
    "payload",
    ["", "[]", "null", "7", '{"headline": null}', '{"schema_version": "9.0"}', b"\xff\xfe{"],
)
def test_other_bad_input_raises_parse_error(payload: str | bytes) -> None:
    with pytest.raises(ParseError):
        newsparse.from_json(payload)


def test_json_keys_are_field_names(seed_dict: dict[str, Any]) -> None:
    """The keys are the version, the stored fields in order, then the convenience fields."""
    import attrs

    from newsparse._serialize import CONVENIENCE

    stored = [f.name for f in attrs.fields(newsparse.Article)]
    assert list(seed_dict) == ["schema_version", *stored, *CONVENIENCE]
    json.dumps(seed_dict)  # plain data only


def test_convenience_fields_are_the_article_properties(seed_dict: dict[str, Any]) -> None:
    """Each convenience key holds the property of the same name, in its JSON form."""
    article = newsparse.from_dict(seed_dict)
    assert seed_dict["text"] == article.text
    assert seed_dict["site"] == "themoscowtimes.com" == article.site
    assert seed_dict["url"] == article.url == article.source_url
    assert seed_dict["published"] == {
        "value": "2021-07-16",
        "precision": "day",
        "zone": None,
        "ambiguous": False,
    }
    assert seed_dict["date"] == seed_dict["published"]
    assert seed_dict["language"] == "en"


def test_convenience_fields_are_checked_not_read(seed_dict: dict[str, Any]) -> None:
    """from_dict ignores a missing convenience field and refuses one that disagrees."""
    article = newsparse.from_dict(seed_dict)
    trimmed = {k: v for k, v in seed_dict.items() if k not in ("text", "date", "tags")}
    assert newsparse.from_dict(trimmed) == article
    with pytest.raises(ParseError, match=r"\$\.site: \"elsewhere.org\" does not agree"):
        newsparse.from_dict({**seed_dict, "site": "elsewhere.org"})


def test_an_older_minor_version_gets_the_new_keys_defaults(seed_dict: dict[str, Any]) -> None:
    """A 1.0 record has no language or meta_description: they read as None; 1.1 needs them."""
    old = {k: v for k, v in seed_dict.items() if k not in ("language", "meta_description")}
    article = newsparse.from_dict({**old, "schema_version": "1.0"})
    assert article.language is None
    assert article.meta_description is None
    with pytest.raises(ParseError, match=r"\$\.language: required key is missing"):
        newsparse.from_dict(old)


def test_a_1_1_record_reads_with_no_pictures_or_definitions(seed_dict: dict[str, Any]) -> None:
    """Version 1.2 added ``pictures`` and ``definitions``: a 1.1 record reads with none of each."""
    old = {k: v for k, v in seed_dict.items() if k not in ("pictures", "definitions")}
    article = newsparse.from_dict({**old, "schema_version": "1.1"})
    assert (article.pictures, article.definitions) == ((), ())
    with pytest.raises(ParseError, match=r"\$\.pictures: required key is missing"):
        newsparse.from_dict(old)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ["bylines", 0, "authors", 0, "name"],
            5,
            "$.bylines[0].authors[0].name: expected a string, got 5",
        ),
        (
            ["bylines", 0, "authors", 0, "role"],
            _DELETE,
            "$.bylines[0].authors[0].role: required key is missing",
        ),
        (["body"], _DELETE, "$.body: required key is missing"),
        (["captions", 0, "surprise"], 1, "$.captions[0].surprise: unknown key"),
        (["surprise"], 1, "$.surprise: unknown key"),
        (["body"], {}, "$.body: expected an array, got an object"),
        (["footnotes"], "abc", '$.footnotes: expected an array, got "abc"'),
        (["headline", "level"], 1.0, "$.headline.level: expected an integer, got 1.0"),
        (["headline", "level"], True, "$.headline.level: expected an integer, got true"),
        (["footnotes", 0, "kind"], None, "$.footnotes[0].kind: expected a string, got null"),
        (
            ["footnotes", 0, "kind"],
            "aside",
            "$.footnotes[0].kind: 'aside' is not one of 'footnote', 'editors-note', 'correction', "
            "'update', 'disclaimer', 'contributors', 'series', 'copyright'",
        ),
        (
            ["datelines", 0, "published", "value"],
            "2021-13-45",
            "$.datelines[0].published.value: '2021-13-45' is not a date: month must be in 1..12",
        ),
        (
            ["datelines", 0, "published", "value"],
            "16 July 2021",
            "$.datelines[0].published.value: '16 July 2021' is not a date: "
            "'16 July 2021' is not an ISO 8601 date",
        ),
        (
            ["datelines", 0, "published", "precision"],
            "month",
            "$.datelines[0].published.precision: 'month' does not match the value '2021-07-16' "
            "(which gives 'day')",
        ),
        (
            ["datelines", 0, "published", "zone"],
            3,
            "$.datelines[0].published.zone: expected a string or null, got 3",
        ),
        (["datelines", 0, "published", "extra"], 3, "$.datelines[0].published.extra: unknown key"),
        (["headline", "span", "end"], _DELETE, "$.headline.span.end: required key is missing"),
        (["headline", "span", "line"], 0, "$.headline.span.line: lines count from 1"),
        (["headline", "span", "end"], 1, "$.headline.span.end: ends at 1, before it starts at 2"),
        (
            ["headline", "span", "end"],
            60,
            "$.headline.span: 2..60 does not fit the raw text of 52 characters",
        ),
        (
            ["headline", "span", "end_line"],
            4,
            "$.headline.span: lines 3..4 do not fit the raw text of 1 lines",
        ),
        (
            ["body", 0, "links"],
            [{"text": "Russia", "url": None, "start": 0, "end": 900}],
            "$.body[0].links[0]: 0..900 is past the text of 189 characters",
        ),
        (
            ["body", 0, "links"],
            [{"text": "Moscow", "url": None, "start": 0, "end": 6}],
            "$.body[0].links[0]: the text at 0..6 is not 'Moscow'",
        ),
        (
            ["body", 1, "span"],
            {"start": 300, "end": 300 + 216, "line": 15, "end_line": 15},
            "$.body[1].span: starts at 300, inside $.body[0] (which ends at 364)",
        ),
        (["schema_version"], "2.0", "$.schema_version: expected '1.2' or another 1.x, got \"2.0\""),
        (["schema_version"], _DELETE, "$.schema_version: required key is missing"),
    ],
)
def test_messages_name_the_path_and_what_is_wrong(
    seed_dict: dict[str, Any], path: list[Any], value: Any, message: str
) -> None:
    """Every kind of bad input the issue lists, with the exact message the user sees."""
    with pytest.raises(ParseError) as raised:
        newsparse.from_dict(_broken(seed_dict, path, value))
    assert (raised.value.code, raised.value.message) == ("invalid-record", message)


def test_several_problems_report_the_first_and_count_the_rest(seed_dict: dict[str, Any]) -> None:
    data = _broken(seed_dict, ["bylines", 0, "authors", 0, "name"], 5)
    data["captions"][0]["credit"] = 7
    with pytest.raises(ParseError) as raised:
        newsparse.from_dict(data)
    assert raised.value.message == (
        "$.bylines[0].authors[0].name: expected a string, got 5 (and 1 more problem)"
    )


def test_writers_reject_what_is_not_an_article() -> None:
    for write in (newsparse.to_json, newsparse.to_dict):
        with pytest.raises(ParseError) as raised:
            write({"headline": None})  # type: ignore[arg-type]
        assert raised.value.code == "invalid-input"


def test_importing_newsparse_does_not_need_hypothesis() -> None:
    """Hypothesis is for newsparse.strategies only (the 'hypothesis' extra), never at runtime."""
    import subprocess
    import sys

    code = "import sys, newsparse; assert 'hypothesis' not in sys.modules, 'imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_to_dict_gives_plain_builtin_types(seed_dict: dict[str, Any]) -> None:
    """Enums come out as plain ``str``: equal is not enough for pickles or ``type(x) is str``."""
    plain = (str, int, float, bool, type(None), list, dict)

    def walk(value: Any) -> None:
        assert type(value) in plain, f"{type(value).__name__}: {value!r}"
        if isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(seed_dict)
