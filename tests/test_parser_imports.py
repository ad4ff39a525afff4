"""Parser modules share helpers through ``parsers/common.py``, not through each other.

A helper two rules use (plain text, block markup, pictures, teaser claims, emphasis) lives in
``common``; a parser module imports it from there, so changing one rule's module does not reach
into another's. What is still read across modules is listed in ``READERS``: one kind's reader
used by another rule to read a neighbour glued to its own element (a byline after a headline, a
credit in a caption). The list may only shrink: a new cross import fails here, and so does an
entry no module uses any more.
"""

from __future__ import annotations

import ast
from pathlib import Path

PARSERS = Path(__file__).resolve().parent.parent / "src" / "newsparse" / "_parsers"

READERS: frozenset[tuple[str, str, str]] = frozenset({
    ("caption", "byline", "read_byline"),
    ("caption", "dateline", "read_dateline"),
    ("caption", "dateline", "split_glued"),
    ("caption", "related", "read_related"),
    ("dateline", "byline", "author_page"),
    ("dateline", "byline", "category_start"),
    ("dateline", "byline", "plain_names"),
    ("dateline", "byline", "read_byline"),
    ("footnote", "byline", "read_byline"),
    ("standfirst", "dateline", "split_trailing"),
    ("standfirst", "dateline", "trailing_elements"),
    ("title", "byline", "read_byline"),
    ("title", "caption", "read_credit"),
    ("title", "dateline", "DatelineReading"),
    ("title", "dateline", "split_trailing"),
    ("title", "dateline", "trailing_elements"),
})  # fmt: skip


def _cross_imports() -> set[tuple[str, str, str]]:
    """(importing module, imported parser module, name) for every import between parsers."""
    found: set[tuple[str, str, str]] = set()
    for path in sorted(PARSERS.glob("*.py")):
        if path.name == "__init__.py":
            continue  # the package re-exports the parse_* functions
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
                found.update(
                    (path.stem, module.rsplit(".", 1)[1], "*")
                    for module in modules
                    if module.startswith("newsparse._parsers.")
                )
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if module == "newsparse._parsers":
                    found.update((path.stem, alias.name, "*") for alias in node.names)
                elif module.startswith("newsparse._parsers."):
                    other = module.rsplit(".", 1)[1]
                    found.update((path.stem, other, alias.name) for alias in node.names)
    return found


def test_the_walk_finds_the_imports_of_common() -> None:
    """The check below is real: it sees the imports every parser takes from ``common``."""
    assert ("paragraph", "common", "paragraph_at") in _cross_imports()


def test_common_imports_no_parser() -> None:
    assert not {found for found in _cross_imports() if found[0] == "common"}


def test_parsers_import_each_other_only_through_common_and_the_listed_readers() -> None:
    crossing = {found for found in _cross_imports() if found[1] != "common"}
    assert crossing - READERS == set(), "a new import between parser modules: move it to common"
    assert READERS - crossing == set(), "a listed reader is no longer imported: drop it"
