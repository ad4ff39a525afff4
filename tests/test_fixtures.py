"""Table-driven cases for each small parser, one JSON fixture file per parser.

Each case is ``{"input": ..., "expected": {...}}`` (the record's fields except ``raw`` and ``span``,
compared whole) or ``{"input": ..., "error": "<code>"}``. A case from a real dump can be added
without writing Python; ``pytest --update-golden`` rewrites expectations for review.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._serialize import converter

from .conftest import FIXTURES

PARSERS: dict[str, Callable[[str], Any]] = {
    "byline": newsparse.parse_byline,
    "dateline": newsparse.parse_dateline,
    "caption": newsparse.parse_caption,
    "related": newsparse.parse_related,
    "footnote": newsparse.parse_footnote,
    "title": newsparse.parse_title,
    "source_url": newsparse.parse_source_url,
    "date": newsparse.parse_date,
}

MINIMUM_CASES = 15


def _cases() -> list[tuple[str, int]]:
    out = []
    for name in PARSERS:
        data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        out += [(name, i) for i in range(len(data["cases"]))]
    return out


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _fields(record: Any) -> dict[str, Any]:
    data: dict[str, Any] = converter.unstructure(record)
    data.pop("raw", None)
    data.pop("span", None)
    return data


@pytest.mark.parametrize("name", list(PARSERS))
def test_each_parser_has_enough_cases(name: str) -> None:
    cases = _load(name)["cases"]
    assert len(cases) >= MINIMUM_CASES
    assert len({case["input"] for case in cases}) == len(cases), "duplicate inputs"


@pytest.mark.parametrize(("name", "number"), _cases(), ids=str)
def test_fixture_case(name: str, number: int, update_golden: bool) -> None:
    path: Path = FIXTURES / f"{name}.json"
    data = _load(name)
    case = data["cases"][number]
    parser = PARSERS[name]
    try:
        record = parser(case["input"])
    except newsparse.ParseError as error:
        produced: dict[str, Any] = {"error": error.code}
    else:
        produced = {"expected": _fields(record)}
        if hasattr(record, "raw"):
            assert record.raw == case["input"].strip()
            assert case["input"][record.span.start : record.span.end] == record.raw
    if update_golden:
        case.pop("expected", None)
        case.pop("error", None)
        case.update(produced)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    wanted = {k: case[k] for k in ("expected", "error") if k in case}
    assert produced == wanted
