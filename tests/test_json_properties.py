"""Round trips, schema validity and pickling, proven on generated articles (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import strategies as ns

from .helpers import outcome

VALIDATOR = jsonschema.Draft202012Validator(newsparse.json_schema())


@given(ns.articles())
def test_json_and_dict_round_trips(article: newsparse.Article) -> None:
    """from_json(to_json(a)) == a and from_dict(to_dict(a)) == a, whatever the text."""
    assert newsparse.from_json(newsparse.to_json(article)) == article
    assert newsparse.from_dict(newsparse.to_dict(article)) == article


@given(ns.dump_articles())
def test_json_round_trip_of_dump_like_articles(article: newsparse.Article) -> None:
    assert newsparse.from_json(newsparse.to_json(article, indent=2)) == article


@given(ns.articles())
def test_every_json_validates_against_the_schema(article: newsparse.Article) -> None:
    VALIDATOR.validate(json.loads(newsparse.to_json(article)))


@given(ns.date_values())
def test_dates_keep_value_precision_zone_and_flag(value: newsparse.DateValue) -> None:
    """A date alone survives the trip exactly (naive stays naive, the offset is kept)."""
    article = newsparse.Article(
        captions=(
            newsparse.Caption(
                raw="", span=newsparse.Span(start=0, end=0, line=1, end_line=1), text="", date=value
            ),
        )
    )
    again = newsparse.from_json(newsparse.to_json(article)).captions[0].date
    assert again == value
    assert again is not None
    assert again.precision is value.precision
    assert type(again.value) is type(value.value)
    if isinstance(value.value, dt.datetime):
        assert isinstance(again.value, dt.datetime)
        assert again.value.utcoffset() == value.value.utcoffset()
        assert again.value.replace(tzinfo=None) == value.value.replace(tzinfo=None)


@given(ns.articles())
def test_article_pickles(article: newsparse.Article) -> None:
    """The command line ships articles between processes."""
    assert pickle.loads(pickle.dumps(article)) == article


@given(
    message=st.text(),
    code=st.sampled_from([newsparse.Code.INVALID_JSON, newsparse.Code.NOT_A_BYLINE]) | st.text(),
    line=st.integers(1, 10**9),
    column=st.integers(1, 10**6),
)
def test_parse_error_pickles(message: str, code: str, line: int, column: int) -> None:
    error = newsparse.ParseError(message, code=code, line=line, column=column)
    again = pickle.loads(pickle.dumps(error))
    assert again == error
    assert (again.message, again.code, again.line, again.column) == (message, code, line, column)
    assert str(again) == str(error)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


def _mutations(data: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """``data`` with one value somewhere inside replaced by arbitrary JSON."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        copy: dict[str, Any] = json.loads(json.dumps(data))
        target: Any = copy
        while True:
            keys = list(target) if isinstance(target, dict) else list(range(len(target)))
            if not keys:
                return copy
            key = draw(st.sampled_from(keys))
            inner = target[key]
            if isinstance(inner, dict | list) and inner and draw(st.booleans()):
                target = inner
                continue
            target[key] = draw(JSON_VALUES)
            return copy

    return build()


SEED_LIKE = newsparse.to_dict(
    newsparse.parse(
        "# Title of the piece\n\nBy [Jane Doe](https://x.test/jd) and [AFP](#)\n\n"
        "July 16, 2021 10:32 MSK\n\nA caption. **TASS**\n\nThe [text](https://x.test).\n\n"
        "*The note.*\n\nOriginal url:\n\n<https://x.test/2021/07/16/a>"
    )
)


@given(_mutations(SEED_LIKE))
def test_from_dict_raises_only_parse_error(data: dict[str, Any]) -> None:
    """A document with any value replaced either loads or fails with a path-naming ParseError."""
    result = outcome(lambda: newsparse.from_dict(data))
    if isinstance(result, newsparse.ParseError):
        assert result.code == newsparse.Code.INVALID_RECORD
        assert result.message.startswith("$")
    else:
        assert newsparse.to_dict(result) == data


@given(st.text() | st.binary() | JSON_VALUES.map(json.dumps))
def test_from_json_raises_only_parse_error(payload: str | bytes) -> None:
    result = outcome(lambda: newsparse.from_json(payload))
    assert isinstance(result, newsparse.ParseError | newsparse.Article)
