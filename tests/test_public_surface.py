"""The command line and newsparse.dask use the public API, except for the machinery listed here.

Each ``from newsparse.X import name`` in ``_cli/`` and ``dask.py`` must name the root package,
another ``_cli`` module, or an entry of ``ALLOWED``, each there for its reason (see "The command
line on the public API" in docs/architecture.md): the process pool the command line runs workers
in; the shell's way with arguments (``-`` is standard input, a name is a name: the shell expanded
the globs); the one bounded read of standard input the parent hands to a worker; and the kind
table, from which ``show`` takes its marks and colours and ``stats`` its fields (issue 16 asks
them to be derived from it). ``dask.py`` needs nothing private. A new reach into a module fails
here: give it a public entry point, as ``read_document`` (a stream as ``data``), ``json_text``,
``select_columns`` and ``Sources`` were given.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "newsparse"

ALLOWED: dict[str, set[str]] = {
    "newsparse._pool": {"default_jobs", "ordered_chunks"},
    "newsparse._paths": {"STDIN", "expand"},
    "newsparse._files": {"read_bounded"},
    "newsparse._kinds": {"KINDS", "located", "kind_of"},
}  # fmt: skip


def _imports(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module or "", alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    ]


def test_cli_and_dask_import_only_the_public_api() -> None:
    cli = sorted((ROOT / "_cli").glob("*.py"))
    assert len(cli) > 1, "the command line's modules moved: point this test at them"
    files = [*cli, ROOT / "dask.py"]
    reaches = [
        f"{path.name}: {module}.{name}"
        for path in files
        for module, name in _imports(path)
        if module.startswith("newsparse.")
        and not module.startswith("newsparse._cli")
        and name not in ALLOWED.get(module, set())
    ]
    assert not reaches, reaches


def test_dask_imports_only_the_root_package() -> None:
    """newsparse.dask is a user of the library like any other: nothing private at all."""
    modules = {module for module, _ in _imports(ROOT / "dask.py") if module.startswith("newsparse")}
    assert modules == {"newsparse"}


# The modules a user may import by path; every other module and package is private by name.
PUBLIC_MODULES = {"__init__", "__main__", "dask", "strategies", "vocabulary"}


def test_the_folder_listing_shows_the_public_surface() -> None:
    """A new module is private (``_name``) unless it is added here on purpose, with its docs."""
    names = {
        path.stem if path.is_file() else path.name
        for path in ROOT.iterdir()
        if path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert {name for name in names if not name.startswith("_")} | {"__init__", "__main__"} == (
        PUBLIC_MODULES
    )


def test_public_functions_and_errors_are_named_from_the_root() -> None:
    """Tracebacks say ``newsparse.ParseError``, the name users import, not its private module."""
    import newsparse

    assert newsparse.ParseError.__module__ == "newsparse"
    assert newsparse.parse.__module__ == "newsparse"
    assert newsparse.parse_many.__module__ == "newsparse"  # imported on first use
    assert newsparse.Article.__module__ == "newsparse._model"  # records keep theirs (cattrs)
