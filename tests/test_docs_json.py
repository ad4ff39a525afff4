"""docs/json.md shows the real JSON of the seed and a table for every field of every record.

Both are generated: this module makes them, and compares them with the doc (``pytest
--update-golden`` rewrites the generated parts; the prose around them is written by hand).
"""

from __future__ import annotations

import json
import re
from typing import Any

import newsparse
from newsparse._schema import build_schema

from .conftest import ROOT, SEEDS

DOC = ROOT / "docs" / "json.md"
SEED = SEEDS / "000_7424f4bbc31e5b6a.txt"
# The order records are explained in: the article, its elements, then their parts.
RECORDS = [
    "Headline", "Paragraph", "Byline", "Author", "Dateline", "DateValue", "Caption", "Picture",
    "RelatedLink", "Footnote", "Boilerplate", "LinkDefinition", "SourceUrl", "Diagnostic", "Link",
    "Image", "Span",
]  # fmt: skip
ENUMS = [
    "AuthorKind",
    "Role",
    "Precision",
    "FootnoteKind",
    "BlockKind",
    "BoilerplateKind",
    "Severity",
]


def _block(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- generated: {name} -->\n)(?P<body>.*?)(<!-- end generated: {name} -->)", re.S
    )


def seed_json() -> str:
    article = newsparse.parse(SEED.read_text(encoding="utf-8"))
    return f"```json\n{newsparse.to_json(article, indent=2)}\n```\n"


def _type(schema: dict[str, Any]) -> str:
    """A property's JSON type as a table cell: ``[Author](#author) | null``, ``array of ...``."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        return " \\| ".join(_type(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return f"array of {_type(schema['items'])}"
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    cell = " \\| ".join(kinds)
    if "minimum" in schema:
        cell += f" ≥ {schema['minimum']}"
    if "pattern" in schema:
        cell += " (ISO 8601, cut to the precision)"
    return cell


def _table(properties: dict[str, Any]) -> list[str]:
    lines = ["| key | JSON type | meaning |", "| --- | --- | --- |"]
    for key, schema in properties.items():
        cell = "`" + json.dumps(schema["const"]) + "`" if "const" in schema else _type(schema)
        lines.append(f"| `{key}` | {cell} | {schema['description']} |")
    return lines


def field_tables() -> str:
    schema = build_schema()
    defs = schema["$defs"]
    assert set(defs) == {"Article", *RECORDS, *ENUMS}, "a record is missing from the doc order"
    lines = ["### Article", "", f"{defs['Article']['description']}", ""]
    lines += _table(schema["properties"])
    for name in RECORDS:
        lines += ["", f"### {name}", "", defs[name]["description"], ""]
        lines += _table(defs[name]["properties"])
    lines += ["", "### Enumerations", "", "| name | values | meaning |", "| --- | --- | --- |"]
    for name in ENUMS:
        values = ", ".join(f"`{value}`" for value in defs[name]["enum"])
        lines.append(
            f'| <a id="{name.lower()}"></a>`{name}` | {values} | {defs[name]["description"]} |'
        )
    return "\n".join(lines) + "\n"


def test_doc_shows_the_seed_json_and_every_field(update_golden: bool) -> None:
    text = DOC.read_text(encoding="utf-8")
    expected = {"seed-json": seed_json(), "fields": field_tables()}
    if update_golden:
        for name, body in expected.items():
            found = _block(name).search(text)
            assert found is not None, f"docs/json.md has no generated block {name!r}"
            text = text[: found.start("body")] + body + text[found.end("body") :]
        DOC.write_text(text, encoding="utf-8")
    for name, body in expected.items():
        found = _block(name).search(text)
        assert found is not None, f"docs/json.md has no generated block {name!r}"
        assert found["body"] == body, f"docs/json.md block {name!r} is stale: run --update-golden"


def test_doc_json_block_is_what_to_json_writes() -> None:
    """The JSON in the doc loads back into the seed's Article."""
    found = _block("seed-json").search(DOC.read_text(encoding="utf-8"))
    assert found is not None
    shown = found["body"].removeprefix("```json\n").removesuffix("```\n")
    article = newsparse.parse(SEED.read_text(encoding="utf-8"))
    assert newsparse.from_json(shown) == article
