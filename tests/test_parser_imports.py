"""Parser modules do not import each other; they share through ``common`` and the text readers.

A helper two rules use (plain text, block markup, pictures, teaser claims, emphasis, dateline
elements) lives in ``_parsers/common.py``. One kind's reader that another kind's rule needs, to
read a neighbour glued to its own element (a byline after a headline, a credit in a caption), lives
in ``_readers/``, which knows nothing of rules. So changing one rule's module does not reach into
another's, and a reader can be used without loading a rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsparse"
PARSERS = PACKAGE / "_parsers"
READERS = PACKAGE / "_readers"


def _imports(folder: Path) -> set[tuple[str, str, str]]:
    """(importing module, imported module, name) for every newsparse import in ``folder``.

    ``import newsparse._parsers.byline`` gives the name ``*``; ``from newsparse._parsers import
    byline`` names the module it imports, as the imported module.
    """
    found: set[tuple[str, str, str]] = set()
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue  # the parsers' package re-exports the parse_* functions
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(
                    (path.stem, alias.name, "*")
                    for alias in node.names
                    if alias.name.startswith("newsparse.")
                )
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if module in {"newsparse._parsers", "newsparse._readers"}:
                    found.update((path.stem, f"{module}.{alias.name}", "*") for alias in node.names)
                elif module.startswith("newsparse."):
                    found.update((path.stem, module, alias.name) for alias in node.names)
    return found


def _of_parsers(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {one for one in found if one[1].startswith("newsparse._parsers.")}


def test_the_walk_finds_the_imports_of_common_and_of_the_readers() -> None:
    """The checks below are real: they see what the parsers take from ``common`` and the readers."""
    parsers = _imports(PARSERS)
    assert ("paragraph", "newsparse._parsers.common", "paragraph_at") in parsers
    assert ("title", "newsparse._readers.byline", "read_byline") in parsers
    assert ("dateline", "newsparse._readers.byline", "read_byline") in _imports(READERS)


def test_common_imports_no_parser() -> None:
    assert not {one for one in _of_parsers(_imports(PARSERS)) if one[0] == "common"}


def test_parsers_import_no_parser_module_but_common() -> None:
    crossing = {
        one for one in _of_parsers(_imports(PARSERS)) if one[1] != "newsparse._parsers.common"
    }
    assert crossing == set(), "an import between parser modules: move the reader to _readers"


def test_readers_import_no_parser_module() -> None:
    """Readers read text; a rule (``_parsers``) uses them, never the other way round."""
    assert _of_parsers(_imports(READERS)) == set()


def _is_module(package: str, name: str) -> bool:
    folder = PACKAGE.parent.joinpath(*package.split("."))
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


def test_no_module_imports_another_modules_private_names() -> None:
    """A name with a leading underscore is its module's own; what others use is named without one.

    Importing a private module (``from newsparse import _syntax``) is how the package is built;
    importing an underscore name out of a module (a reader's ``_words``) is not.
    """
    reaches: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                "newsparse"
            ):
                continue
            module = node.module or ""
            reaches.extend(
                f"{path.relative_to(PACKAGE)}: {module}.{alias.name}"
                for alias in node.names
                if alias.name.startswith("_")
                and not alias.name.startswith("__")
                and not _is_module(module, alias.name)
            )
    assert reaches == [], reaches
