"""The types of JSON data: what ``to_dict``, ``json_schema`` and ``to_schema_org`` return.

A recursive alias instead of ``Any``, so that a type checker follows values into the data
(``to_dict(article)["headline"]`` is a ``JSON`` to narrow, not an ``Any`` that hides mistakes).
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["JSON", "JSONObject"]

JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"
"""Any JSON value: an object, an array, a string, a number, true/false or null."""

JSONObject: TypeAlias = "dict[str, JSON]"
"""A JSON object: what ``to_dict``, ``json_schema`` and ``to_schema_org`` return."""
