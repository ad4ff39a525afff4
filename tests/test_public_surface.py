"""The command line and newsparse.dask use the public API, except for the machinery listed here.

Each ``from newsparse.X import name`` in ``cli/`` and ``dask.py`` must name the root package,
another ``cli`` module, or an entry of ``ALLOWED``: application machinery no user calls (the
CLI's process pool, argument expansion, the bounded stdin read, column selection, the compact
JSON writer), the ``Sources`` type of paths, and the table of element kinds that ``show`` and
``work`` read their marks and fields from. A new reach into a module fails here: give it a
public entry point.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "newsparse"

ALLOWED: dict[str, set[str]] = {
    "newsparse.pool": {"default_jobs", "ordered_chunks"},
    "newsparse.paths": {"STDIN", "expand", "Sources"},
    "newsparse.files": {"read_bounded"},
    "newsparse.rows": {"select_columns"},
    "newsparse.serialize": {"dumps"},
    "newsparse.kinds": {"KINDS", "located", "kind_of"},
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
    files = [*sorted((ROOT / "cli").glob("*.py")), ROOT / "dask.py"]
    reaches = [
        f"{path.name}: {module}.{name}"
        for path in files
        for module, name in _imports(path)
        if module.startswith("newsparse.")
        and not module.startswith("newsparse.cli")
        and name not in ALLOWED.get(module, set())
    ]
    assert not reaches, reaches
