"""The published JSON Schema: generated from the records, shipped as is, and true to the JSON."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import newsparse
from newsparse import _model as model
from newsparse._schema import FIELD_DOCS, build_schema, json_schema, render_schema

from .conftest import ROOT, SEEDS, corpus_dirs

SHIPPED = ROOT / "src" / "newsparse" / "schema.json"
RECORDS = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and attrs.has(value) and value.__module__ == model.__name__
]
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    article = newsparse.parse((SEEDS / "000_7424f4bbc31e5b6a.txt").read_text(encoding="utf-8"))
    data: dict[str, Any] = json.loads(newsparse.to_json(article))
    return data


def test_shipped_file_is_what_the_generator_makes() -> None:
    """schema.json is build_schema() rendered: run `python -m newsparse._schema` after a change."""
    assert SHIPPED.read_text(encoding="utf-8") == render_schema(build_schema())
    assert json_schema() == build_schema()


def _schema() -> Any:
    """The schema as data the tests index freely (``json_schema`` returns a typed JSON object)."""
    return json_schema()


def test_json_schema_returns_a_fresh_copy() -> None:
    first = _schema()
    first["properties"].clear()
    assert _schema()["properties"]


def test_schema_is_valid_draft_2020_12() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_property_names_are_the_attrs_field_names(record: type) -> None:
    """Every record has a definition whose properties (all required) are its fields, in order."""
    definition = _schema()["$defs"][record.__name__]
    names = [field.name for field in attrs.fields(record)]
    assert list(definition["properties"]) == names
    assert definition["required"] == names
    assert definition["additionalProperties"] is False
    assert list(FIELD_DOCS[record.__name__]) == names


def test_every_record_and_nothing_else_is_documented() -> None:
    assert set(FIELD_DOCS) == {record.__name__ for record in RECORDS}
    enums = {"AuthorKind", "BlockKind", "BoilerplateKind", "FootnoteKind", "Precision", "Role"}
    assert set(_schema()["$defs"]) == set(FIELD_DOCS) | enums | {"Severity"}


def test_top_level_is_article_plus_schema_version() -> None:
    """The version, the stored fields, then the read-only convenience fields."""
    from newsparse._serialize import CONVENIENCE

    schema = _schema()
    names = [field.name for field in attrs.fields(newsparse.Article)]
    assert list(schema["properties"]) == ["schema_version", *names, *CONVENIENCE]
    assert schema["required"] == ["schema_version", *names, *CONVENIENCE]
    assert schema["properties"]["schema_version"]["const"] == "1.2"
    assert all(schema["properties"][name]["readOnly"] for name in CONVENIENCE)
    assert schema["properties"]["date"]["anyOf"][1] == {"type": "null"}


def test_enum_values_are_the_members() -> None:
    defs = _schema()["$defs"]
    assert defs["FootnoteKind"]["enum"] == [kind.value for kind in newsparse.FootnoteKind]
    assert defs["Precision"]["enum"] == ["year", "month", "day", "hour", "minute", "second"]


def test_seed_json_validates(seed_json: dict[str, Any]) -> None:
    VALIDATOR.validate(seed_json)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["bylines", 0, "authors", 0, "kind"], "robot"),
        (["bylines", 0, "authors", 0, "name"], 5),
        (["datelines", 0, "published", "value"], "16 July 2021"),
        (["captions", 0, "surprise"], 1),
        (["headline", "span", "line"], 0),
        (["footnotes"], {}),
        (["schema_version"], "2.0"),
    ],
)
def test_schema_rejects_what_from_dict_rejects(
    seed_json: dict[str, Any], path: list[Any], value: Any
) -> None:
    """The schema is not vacuous: each of these broken documents fails both checks."""
    broken = copy.deepcopy(seed_json)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(broken)
    with pytest.raises(newsparse.ParseError):
        newsparse.from_dict(broken)


def test_schema_rejects_a_missing_key(seed_json: dict[str, Any]) -> None:
    broken = copy.deepcopy(seed_json)
    del broken["captions"][0]["credit"]
    assert not VALIDATOR.is_valid(broken)


DUMPS = [d / name for d in corpus_dirs() for name in ("dump.md", "dump-links.md")]


@pytest.mark.skipif(not DUMPS, reason="../shared/corpus/dev is not present")
@pytest.mark.parametrize("path", DUMPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_json_validates(path: Path) -> None:
    article = newsparse.parse(path.read_text(encoding="utf-8"))
    VALIDATOR.validate(json.loads(newsparse.to_json(article)))
