"""Table-driven cases for the rules that have no string parser: standfirst, boilerplate, paragraph.

These rules need a whole dump (a title above, text below), so each case in
``tests/fixtures/<rule>.json`` is a small made-up dump, a ``claim`` saying what it shows, and the
``expected`` result of ``parse``: the element kinds in document order and the rule's own view
(the standfirst; the boilerplate kinds and lines; the body blocks' kinds, levels and text).
``pytest --update-golden`` rewrites the expectations for review, as for the parser fixtures.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import newsparse

from .conftest import FIXTURES


def _standfirst(article: newsparse.Article) -> Any:
    standfirst = article.standfirst
    if standfirst is None:
        return None
    return {"kind": standfirst.kind.value, "level": standfirst.level, "text": standfirst.text}


def _boilerplate(article: newsparse.Article) -> Any:
    return [{"kind": b.kind.value, "raw": b.raw} for b in article.boilerplate]


def _paragraph(article: newsparse.Article) -> Any:
    return [
        {"kind": p.kind.value, "level": p.level, "text": p.text, "images": len(p.images)}
        for p in article.body
    ]


VIEWS: dict[str, Callable[[newsparse.Article], Any]] = {
    "standfirst": _standfirst,
    "boilerplate": _boilerplate,
    "paragraph": _paragraph,
}
MINIMUM_CASES = 12


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _cases() -> list[tuple[str, int]]:
    return [(name, i) for name in VIEWS for i in range(len(_load(name)["cases"]))]


@pytest.mark.parametrize("name", list(VIEWS))
def test_each_rule_has_enough_distinct_cases(name: str) -> None:
    cases = _load(name)["cases"]
    assert len(cases) >= MINIMUM_CASES
    assert len({case["input"] for case in cases}) == len(cases), "duplicate inputs"
    assert all(case["claim"] for case in cases), "every case says what it shows"


@pytest.mark.parametrize(("name", "number"), _cases(), ids=str)
def test_rule_fixture_case(name: str, number: int, update_golden: bool) -> None:
    data = _load(name)
    case = data["cases"][number]
    article = newsparse.parse(case["input"])
    produced = {
        "elements": [type(element).__name__ for element in article.elements()],
        name: VIEWS[name](article),
    }
    if update_golden:
        case["expected"] = produced
        path = FIXTURES / f"{name}.json"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert produced == case["expected"], case["claim"]
