"""Totality: every entry point, given any input, returns a value or raises ParseError, nothing else.

Each entry point gets generated input of two sorts: arbitrary text and bytes (lone surrogates,
Markdown pieces, awkward characters, JSON values), and real inputs mutated (spliced, duplicated,
deleted, truncated, with awkward characters and Markdown punctuation inserted), seeded from
``seeds/`` and, when present, the dev corpus. Each input goes through the check the fuzz harness
of that entry point runs (``fuzz/checks.py``): for ``parse`` that includes the lossless span cover
and the JSON round trip.

``make test`` (the ``ci`` Hypothesis profile) runs 2 000 examples per entry point except the two
that read whole pages (200 for ``parse_html``, 500 for ``parse_file``: see ``_QUICK``); other
profiles scale these by their own ``max_examples`` against ``ci``'s (``HYPOTHESIS_PROFILE=fast``
runs a twentieth); ``make hypothesis`` runs 2 000 for every one (``TOTALITY_EXAMPLES=2000``,
about a minute and a half).
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz.checks import CHECKS
from fuzz.seeds import KINDS, seed_corpus

from .test_properties import DUMPISH

# Examples per entry point under the `ci` profile (`make test`); a page costs ~30 ms where a line
# costs ~0.5 ms.
_QUICK = {"parse_html": 200, "parse_file": 500}
_DEFAULT = 2000


def examples(name: str, profile_examples: int | None = None) -> int:
    """How many examples the totality test of ``name`` runs under the loaded Hypothesis profile.

    The counts above are for the ``ci`` profile; another profile scales them by its own
    ``max_examples`` (``fast``: 25 of ``ci``'s 500), at least one. ``TOTALITY_EXAMPLES`` forces
    a count whatever the profile.
    """
    forced = os.environ.get("TOTALITY_EXAMPLES")
    if forced:
        return int(forced)
    if profile_examples is None:
        profile_examples = settings().max_examples
    ci_examples = settings.get_profile("ci").max_examples
    return max(1, _QUICK.get(name, _DEFAULT) * profile_examples // ci_examples)


_AWKWARD = [
    "\n",
    "\r\n",
    "\r",
    "\ufeff",
    "\x00",
    "\u2028",
    "\u00a0",
    "\t",
    "\u200b",
    "\x0c",
    "\udc80",
    "\U0001f600",
    "\u0301",
    "\u202e",
    "१२",
    "٢٠٢١",
]
_PUNCTUATION = [
    "# ",
    "* ",
    "> ",
    "**",
    "_",
    "`",
    "```",
    "[",
    "](",
    ")",
    "](#)",
    "<",
    "![",
    "|",
    "---",
    "\\",
    "&amp;",
    "[^1]: ",
    "By ",
    "Original url: ",
    "javascript:alert(1)",
    "+99:00",
    "9" * 30,
]
_INSERTS = st.sampled_from(_AWKWARD + _PUNCTUATION) | st.text(max_size=6)

# Any code point (lone surrogates included), with the awkward ones above made frequent.
_ANY_TEXT = st.lists(
    st.characters(codec=None, exclude_categories=()) | st.sampled_from(_AWKWARD), max_size=300
).map("".join)
_JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)


@functools.cache
def _seeds(kind: str) -> tuple[str, ...]:
    name = next(n for n, k in KINDS.items() if k.__name__ == kind)
    return tuple(item.decode("utf-8", "surrogateescape") for item in seed_corpus(name))


@st.composite
def _mutated(draw: st.DrawFn, kind: str) -> str:
    """A real input of ``kind`` after one to four random edits."""
    seeds = _seeds(kind)
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 4))):
        size = len(text)
        start = draw(st.integers(0, size))
        end = draw(st.integers(start, min(size, start + 3000)))
        edit = draw(st.sampled_from(["splice", "duplicate", "delete", "insert", "truncate"]))
        if edit == "splice":
            other = draw(st.sampled_from(seeds))
            at = draw(st.integers(0, len(other)))
            text = text[:start] + other[at : at + 3000]
        elif edit == "duplicate":
            text = text[:end] + text[start:end] * draw(st.integers(1, 3)) + text[end:]
        elif edit == "delete":
            text = text[:start] + text[end:]
        elif edit == "insert":
            text = text[:start] + draw(_INSERTS) + text[start:]
        else:
            text = text[:start]
    return text


def _json_paths(value: object) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    stack = [value]
    while stack:
        node = stack.pop()
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else ()
        )
        for key, item in items:
            out.append((node, key))
            stack.append(item)
    return out


@st.composite
def _json_edited(draw: st.DrawFn) -> str:
    """Valid JSON of a real Article with one value replaced by an arbitrary JSON value."""
    value = json.loads(draw(st.sampled_from(_seeds("_json"))))
    paths = _json_paths(value)
    node, key = draw(st.sampled_from(paths))
    node[key] = draw(_JSON_VALUES)
    return json.dumps(value, ensure_ascii=draw(st.booleans()))


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def inputs(name: str) -> st.SearchStrategy[bytes]:
    """Arbitrary and mutated-real inputs for the entry point ``name``, as bytes."""
    kind = KINDS[name].__name__
    arbitrary = _ANY_TEXT | DUMPISH
    if kind == "_json":
        arbitrary |= _json_edited() | _JSON_VALUES.map(json.dumps)
    # A third each: real inputs mutated, arbitrary text, arbitrary bytes.
    return st.one_of(_mutated(kind).map(_encoded), arbitrary.map(_encoded), st.binary(max_size=300))


@pytest.mark.parametrize("name", list(CHECKS))
def test_entry_point_is_total(name: str) -> None:
    """Any input gives ``name`` a value or ParseError, with the properties its check states."""
    check = CHECKS[name]

    @settings(max_examples=examples(name))
    @given(inputs(name))
    def total(data: bytes) -> None:
        check(data)

    total()


def test_example_counts_follow_the_hypothesis_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    """``ci`` runs the full counts; ``fast`` (25 examples) a twentieth of them; the env var wins."""
    monkeypatch.delenv("TOTALITY_EXAMPLES", raising=False)
    fast = settings.get_profile("fast").max_examples
    assert (examples("parse", 500), examples("parse_html", 500)) == (2000, 200)
    assert (examples("parse", fast), examples("parse_html", fast)) == (100, 10)
    assert examples("parse_html", 1) == 1
    monkeypatch.setenv("TOTALITY_EXAMPLES", "7")
    assert examples("parse_html", fast) == 7
