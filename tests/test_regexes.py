r"""Every regex in newsparse is bounded: no ``*``, ``+`` or ``{n,}`` unless allowed with a reason.

An unbounded quantifier next to another one that can match the same characters is how a regex goes
quadratic or worse (``\[(.*?)\]\((.*?)\)`` on ``"[a](b" * n``, ``^(.*) \*\*(.*)\*\*$``, and
``(?:^|[ \t]+)#{1,64}[ \t]*$`` searched over a run of spaces, which this check found). The test
reads each pattern's parse tree (the standard library's own parser), so it sees every quantifier,
however it was spelled. It also refuses ``\d`` as a digit class: it matches Devanagari and
Arabic-Indic digits, which ``int()`` then reads as a number (``[0-9]`` is what is meant).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import vocabulary

_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT}

# Unbounded quantifiers that stay linear, each with the reason. A pattern is named
# "module.NAME"; the number is how many unbounded quantifiers it may hold.
ALLOWED: dict[str, tuple[int, str]] = {
    "newsparse._syntax.FENCE": (2, "matched at a line start over one run of one character"),
    "newsparse._syntax.SETEXT": (
        3,
        "matched at a line start; one run of one character, then blanks to the end",
    ),
    "newsparse._html.writer._WHITESPACE_RUN": (
        1,
        "a single class repeated: each run is consumed once by finditer and sub",
    ),
    "newsparse._html.writer._BLOCK_START": (
        2,
        "matched at a line start; one run of '=' or '-' to the end of the line",
    ),
    "newsparse._inline._WHITESPACE_RUN": (
        1,
        "a single class repeated: each run is consumed once by finditer",
    ),
    "newsparse._readers.byline._ALL_CAPS_WORD": (1, "matched on one word, anchored at both ends"),
    "newsparse._parsers.common._ATX_OPEN": (
        1,
        "matched at a line start; one run of blanks after a bounded marker",
    ),
}


def _modules() -> list[Any]:
    names = [m.name for m in pkgutil.walk_packages(newsparse.__path__, "newsparse.")]
    return [importlib.import_module(name) for name in sorted(names)]


def _patterns() -> dict[str, re.Pattern[Any]]:
    found = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
    # Word-list patterns are built per vocabulary (vocabulary.patterns): check the default's.
    for build in vocabulary.BUILDERS:
        built = build(vocabulary.Vocabulary.default())
        for name, entry in getattr(built, "_asdict", dict)().items():
            value = getattr(entry, "regex", entry)  # a CachedPattern's own regex
            if isinstance(value, re.Pattern):
                found[f"{build.__module__}.{build.__qualname__}.{name}"] = value
    return found


def _quantifiers(items: Any, out: list[str]) -> None:
    r"""Collect the problems in a parsed pattern: unbounded repeats and ``\d`` classes."""
    for op, av in items:
        if op in _REPEATS:
            low, high, sub = av
            if high == _C.MAXREPEAT:
                out.append(f"unbounded {{{low},}}")
            _quantifiers(sub, out)
        elif op == _C.SUBPATTERN:
            _quantifiers(av[3], out)
        elif op == _C.BRANCH:
            for branch in av[1]:
                _quantifiers(branch, out)
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            _quantifiers(av[1], out)
        elif op == _C.ATOMIC_GROUP:
            _quantifiers(av, out)
        elif op == _C.GROUPREF_EXISTS:
            _quantifiers(av[1], out)
            if av[2] is not None:
                _quantifiers(av[2], out)
        elif op == _C.IN:
            negated = any(o == _C.NEGATE for o, _ in av)
            if not negated and (_C.CATEGORY, _C.CATEGORY_DIGIT) in av:
                out.append("\\d (any Unicode digit)")


def problems(pattern: str | bytes, flags: int = 0) -> list[str]:
    r"""The unbounded quantifiers and ``\d`` classes of ``pattern``.

    >>> problems(r"\[(.*?)\]\((.*?)\)")
    ['unbounded {0,}', 'unbounded {0,}']
    >>> problems(r"\[([^\[\]\n]{0,1000})\]"), problems(r"[^\W\d_]{1,9}"), problems(r"\d")
    ([], [], ['\\d (any Unicode digit)'])
    """
    out: list[str] = []
    _quantifiers(_PARSER.parse(pattern, flags), out)
    return out


PATTERNS = _patterns()


def test_the_patterns_are_found() -> None:
    """The scan sees the module-level patterns (a hundred or so) and the built ones.

    Among them the link regex, and the patterns built from a vocabulary's word lists.
    """
    assert len(PATTERNS) > 90
    assert "newsparse._inline.LINK" in PATTERNS
    assert "newsparse._readers.byline._build.location" in PATTERNS


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_bounded(name: str) -> None:
    pattern = PATTERNS[name]
    found = problems(pattern.pattern, pattern.flags)
    allowed, _reason = ALLOWED.get(name, (0, ""))
    assert len(found) <= allowed, f"{name}: {found} in {pattern.pattern!r}"


def test_allow_list_is_current() -> None:
    """Each allowance is still needed in full: a fixed pattern leaves the list."""
    for name, (count, reason) in ALLOWED.items():
        assert name in PATTERNS, f"{name} no longer exists"
        assert reason
        pattern = PATTERNS[name]
        assert len(problems(pattern.pattern, pattern.flags)) == count, name


_RE_FUNCTIONS = {"compile", "match", "search", "fullmatch", "finditer", "findall", "sub", "split"}


def _re_calls() -> list[tuple[str, int, ast.Call, bool]]:
    """Every ``re.<function>(...)`` call in src: (file, line, call, at module level)."""
    root = Path(newsparse.__file__).parent
    calls = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        top = {id(node.value) for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS
            ):
                rel = str(path.relative_to(root))
                calls.append((rel, node.lineno, node, id(node) in top))
    return calls


# The one function that compiles inside a function: vocabulary.word_pattern, which every
# builder registered in vocabulary.BUILDERS calls; the scan above checks what they build.
_COMPILES_IN_A_FUNCTION = {("vocabulary.py", "word_pattern")}


def test_every_compiled_pattern_is_a_module_constant() -> None:
    """``re.compile`` only as a module-level assignment, so the scan above sees each one.

    The exception is ``word_pattern``, whose patterns the scan gets from the vocabulary builders.
    """
    inside = {
        (str(path.relative_to(Path(newsparse.__file__).parent)), node.name)
        for path in sorted(Path(newsparse.__file__).parent.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.FunctionDef)
        and any(
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "compile"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "re"
            for call in ast.walk(node)
        )
    }
    assert inside == _COMPILES_IN_A_FUNCTION
    for path, line, call, top in _re_calls():
        if call.func.attr == "compile":  # type: ignore[attr-defined]  # checked in _re_calls
            assert top or (path, "word_pattern") in inside, (
                f"{path}:{line}: re.compile inside a function or expression"
            )


def test_patterns_given_inline_are_bounded() -> None:
    """``re.sub(r"...", ...)`` and friends with a literal pattern are checked too."""
    seen = 0
    for path, line, call, _top in _re_calls():
        first = call.args[0] if call.args else None
        if call.func.attr != "compile" and isinstance(first, ast.Constant):  # type: ignore[attr-defined]  # checked in _re_calls
            assert isinstance(first.value, str | bytes)
            assert not problems(first.value), f"{path}:{line}: {first.value!r}"
            seen += 1
    assert seen >= 1
