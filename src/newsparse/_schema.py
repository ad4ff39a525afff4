"""The JSON Schema (draft 2020-12) of the JSON that :mod:`newsparse._serialize` writes.

The schema is generated from the attrs records by :func:`build_schema` and shipped as package data
(``newsparse/schema.json``); :func:`json_schema` reads the shipped file. A test keeps the two equal,
so the file never drifts from the records. Regenerate it with ``python -m newsparse._schema``.
"""

from __future__ import annotations

import enum
import functools
import importlib.resources
import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any, Final

import attrs

from newsparse._json_types import JSONObject
from newsparse._kinds import KINDS
from newsparse._model import Article, DateValue, Span
from newsparse._serialize import CONVENIENCE, SCHEMA_VERSION

__all__ = [
    "CONVENIENCE_DOCS",
    "FIELD_DOCS",
    "SCHEMA_ID",
    "build_schema",
    "json_schema",
    "render_schema",
]

SCHEMA_ID: Final = f"urn:newsparse:schema:article:{SCHEMA_VERSION}"
"""The schema's ``$id``: one per ``schema_version``."""

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
_FILE: Final = "schema.json"

# A date value as serialize.format_date writes it: ISO 8601 cut to the precision the text gave.
_DATE_PATTERN: Final = (
    r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$"
)

_SPAN_DOC: Final = "where the element's raw text sits in the input"
_RAW_DOC: Final = "the exact source text of the element"

FIELD_DOCS: Final[dict[str, dict[str, str]]] = {
    "Article": {
        # Each kind's field is described in the kind table.
        **{kind.field: kind.doc for kind in KINDS},
        "diagnostics": "what the parser noticed and could not settle silently",
        "language": "a BCP 47 tag: an HTML page's declared language, or a stopword vote over a "
        "dump's text; null below the vote's stated confidence",
        "meta_description": "an HTML page's own description (<meta name=description>), or null",
    },
    "Headline": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the headline as published: a lead-in kept, a kicker and the site name taken off",
        "full": "the title as written, Markdown removed (kicker and site included)",
        "kicker": "a line above the title or a section label set apart from it, or null",
        "site": "the site's name taken off the end ('The Moscow Times'), or null",
        "level": "the heading level: 1 to 6",
    },
    "Paragraph": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the plain text, Markdown removed, whitespace runs made one space",
        "kind": "the shape of the block",
        "links": "the inline links, as offsets into text",
        "level": "the heading level (1-6) or list nesting depth (1 for top level); else 0",
        "images": "the pictures written inside the block, in order",
    },
    "Image": {
        "alt": "the picture's alt text, Markdown removed",
        "src": "the picture's address verbatim (null for a '#' placeholder)",
        "span": "where the picture's syntax sits in the input",
        "link": "the address of a link around the picture, or null",
        "at": "where the picture stood in the owner's text (0-based; it adds no text)",
    },
    "Picture": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "images": "its pictures, in order (each at 0: the block has no text)",
    },
    "LinkDefinition": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "label": "the label as written ('1' for '[1]: ...')",
        "url": "the address verbatim (null for a '#' placeholder)",
    },
    "Byline": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the byline, Markdown removed",
        "authors": "every party the byline credits, in the order written",
    },
    "Author": {
        "name": "the name as written (never re-cased)",
        "kind": "person, agency or organization",
        "url": "the link on the name (null for none or a '#' placeholder)",
        "role": "what the party did",
        "title": "a job title written beside the name ('Staff Writer'), or null",
        "location": "where the byline says the author wrote from, or null",
        "ambiguous": "true when the name's reading is uncertain ('Smith, John')",
    },
    "Dateline": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the dateline, Markdown removed",
        "published": "when the story was published, or null",
        "updated": "when the story was last updated, or null",
        "place": "where the story was filed ('MOSCOW'), or null",
        "agency": "the agency credited in the dateline ('AP'), or null",
    },
    "Caption": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the caption text without its credit and date (may be empty)",
        "credit": "the picture credit ('TASS', 'AP Photo/Jon Vardy'), or null",
        "date": "a date the caption gives, or null",
        "image_url": "the picture's address from an image line, or null",
        "alt": "the picture's alt text from an image line, or null",
    },
    "RelatedLink": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "label": "the label as written ('Related article', 'Lesen Sie auch'), or null",
        "title": "the linked article's title",
        "url": "the link's address (null for none or a '#' placeholder)",
    },
    "Footnote": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the note, Markdown removed",
        "kind": "what the note is for",
        "label": "the Markdown footnote label ('1' for '[^1]: ...'), or null",
        "links": "the inline links, as offsets into text",
        "credits": "the parties a contributor note names",
    },
    "Boilerplate": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "text": "the furniture's text, Markdown removed (empty for a separator)",
        "kind": "what kind of furniture it is",
    },
    "SourceUrl": {
        "raw": _RAW_DOC,
        "span": _SPAN_DOC,
        "url": "the address the footer names, verbatim (may be empty or not http(s))",
    },
    "Diagnostic": {
        "code": "a stable kebab-case identifier ('missing-year')",
        "message": "what was noticed, in words",
        "severity": "info, warning or error",
        "span": "the text concerned",
    },
    "Link": {
        "text": "the link text; equal to the owner's text[start:end]",
        "url": "the address verbatim (null for a '#' placeholder)",
        "start": "where the link text starts in the owner's text (0-based)",
        "end": "where the link text ends in the owner's text (exclusive)",
    },
    "Span": {
        "start": "offset of the first character in the input (0-based)",
        "end": "offset just past the last character (the raw text is input[start:end])",
        "line": "the 1-based line of the first character",
        "end_line": "the 1-based line of the last character",
    },
    "DateValue": {
        "value": "ISO 8601 cut to the precision: 2021, 2021-07, 2021-07-16, 2021-07-16T10:32+03:00",
        "precision": "how much of the date the text gave; nothing finer is ever invented",
        "zone": "the zone as written ('MSK', 'IST', '+03:00'), or null",
        "ambiguous": "true when day and month could be read the other way round",
    },
}
"""One line on every field of every record: the descriptions in the schema (and docs/json.md)."""

_DERIVED: Final = "derived from the stored fields; from_json checks it and does not need it"

CONVENIENCE_DOCS: Final[dict[str, tuple[str, dict[str, Any]]]] = {
    "text": (
        "the body as plain text, blocks joined by blank lines (no standfirst)",
        {"type": "string"},
    ),
    "published": (
        "when the article was published, from its datelines, or null",
        {"$ref": "#/$defs/DateValue"},
    ),
    "updated": (
        "when the article was last updated, from its datelines, or null",
        {"$ref": "#/$defs/DateValue"},
    ),
    "date": (
        "the best single date: published, else updated, or null",
        {"$ref": "#/$defs/DateValue"},
    ),
    "url": (
        "the page address from the 'Original url:' footer when it is http(s), or null",
        {"type": "string"},
    ),
    "site": ("the host of url without 'www.', or null", {"type": "string"}),
    "image": (
        "the lead picture: the first caption's image, else the first before the body",
        {"type": "string"},
    ),
    "images": (
        "every picture address, in document order, each once",
        {"type": "array", "items": {"type": "string"}},
    ),
    "tags": ("the page's tags, from its tag lists", {"type": "array", "items": {"type": "string"}}),
    "description": ("meta_description, else the standfirst's text, or null", {"type": "string"}),
}
"""The convenience fields ``to_json`` writes after the stored ones: a line each, and its JSON form
(nullable unless it is an array or ``text``)."""


def _convenience_property(name: str) -> dict[str, Any]:
    doc, schema = CONVENIENCE_DOCS[name]
    if name not in ("text", "images", "tags"):
        schema = (
            {"type": [schema["type"], "null"]}
            if "type" in schema
            else {"anyOf": [schema, {"type": "null"}]}
        )
    return {"description": f"{doc} ({_DERIVED})", "readOnly": True, **schema}


def _summary(kind: type) -> str:
    """The first paragraph of a class docstring, on one line."""
    doc = inspect.getdoc(kind) or kind.__name__
    return " ".join(doc.split("\n\n")[0].split())


class _Builder:
    """Walks the attrs records from Article down, collecting one ``$defs`` entry per type."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, kind: type) -> dict[str, Any]:
        name = kind.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: records refer to each other
            self.defs[name] = self.definition(kind)
        return {"$ref": f"#/$defs/{name}"}

    def definition(self, kind: type) -> dict[str, Any]:
        if issubclass(kind, enum.Enum):
            return {
                "description": _summary(kind),
                "type": "string",
                "enum": [member.value for member in kind],
            }
        if kind is DateValue:
            return self.record(kind, {"value": {"type": "string", "pattern": _DATE_PATTERN}})
        if kind is Span:
            minimum = {"start": 0, "end": 0, "line": 1, "end_line": 1}
            return self.record(
                kind, {k: {"type": "integer", "minimum": v} for k, v in minimum.items()}
            )
        return self.record(kind, {})

    def record(self, kind: type, overrides: dict[str, dict[str, Any]]) -> dict[str, Any]:
        docs = FIELD_DOCS[kind.__name__]
        hints = typing.get_type_hints(kind)
        properties: dict[str, Any] = {}
        for field in attrs.fields(kind):
            schema = overrides.get(field.name) or self.value(hints[field.name])
            properties[field.name] = {"description": docs[field.name], **schema}
        return {
            "description": _summary(kind),
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }

    def value(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        if origin is types.UnionType or origin is typing.Union:
            options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
            if len(options) != 1:
                raise TypeError(f"no JSON form for the union {hint}")
            inner = self.value(options[0])
            if set(inner) == {"type"}:
                return {"type": [inner["type"], "null"]}
            return {"anyOf": [inner, {"type": "null"}]}
        if origin is tuple:
            item, ellipsis = typing.get_args(hint)
            if ellipsis is not Ellipsis:
                raise TypeError(f"no JSON form for the fixed tuple {hint}")
            return {"type": "array", "items": self.value(item)}
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if isinstance(hint, type) and (attrs.has(hint) or issubclass(hint, enum.Enum)):
            return self.ref(hint)
        raise TypeError(f"no JSON form for {hint!r}")


def build_schema() -> dict[str, Any]:
    """Generate the schema from the records (what the shipped ``schema.json`` holds).

    Every record becomes an entry of ``$defs`` whose property names are its attrs field names, all
    required and no others allowed, exactly as :func:`newsparse.from_dict` reads them.

    Example:
        >>> schema = build_schema()
        >>> schema["properties"]["schema_version"]["const"], sorted(schema["$defs"])[:3]
        ('1.2', ['Article', 'Author', 'AuthorKind'])
    """
    builder = _Builder()
    builder.ref(Article)
    article = builder.defs["Article"]
    version = {
        "description": "the version of this layout; readers accept any version with the same "
        "major number",
        "const": SCHEMA_VERSION,
    }
    derived = {name: _convenience_property(name) for name in CONVENIENCE}
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": f"newsparse Article, JSON layout {SCHEMA_VERSION}",
        "description": _summary(Article),
        "type": "object",
        "properties": {"schema_version": version, **article["properties"], **derived},
        "required": ["schema_version", *article["required"], *derived],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def render_schema(schema: dict[str, Any]) -> str:
    """The schema as the text of ``schema.json`` (two-space indent, a final newline)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@functools.cache
def _shipped_text() -> str:
    return importlib.resources.files("newsparse").joinpath(_FILE).read_text(encoding="utf-8")


def json_schema() -> JSONObject:
    """The JSON Schema (draft 2020-12) of :func:`newsparse.to_json` output, as a new dict.

    Example:
        >>> schema = json_schema()
        >>> schema["$schema"], schema["required"][:2]
        ('https://json-schema.org/draft/2020-12/schema', ['schema_version', 'headline'])
    """
    loaded: JSONObject = json.loads(_shipped_text())
    return loaded


def _main() -> None:
    """Write the generated schema beside this module (run after changing a record)."""
    target = Path(__file__).with_name(_FILE)
    target.write_text(render_schema(build_schema()), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")


if __name__ == "__main__":
    _main()
