"""The optional compiled build can never stand in silently for the source under test.

Python imports an extension module before a ``.py`` file of the same name, so a compiled module
left in ``src/newsparse`` would run instead of every later edit of its source, and the tests
would test old code. ``build_compiled.py`` compiles a copy elsewhere; these tests fail when an
extension module sits in the source tree, and when the tests run against a compiled build
(``PYTHONPATH=build/compiled/src``) made from sources other than the ones ``src/`` holds.
"""

from __future__ import annotations

import json
import sys
import types
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import newsparse
import newsparse._article  # the modules parse runs through, so that they are in sys.modules

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_compiled import COMPILED, MANIFEST, PACKAGE, PUBLIC, ROOT, extension_files, fingerprint


def _compiled_modules() -> list[str]:
    return sorted(
        name
        for name, module in sys.modules.items()
        if name.startswith("newsparse")
        and str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES))
    )


def test_no_extension_module_in_the_source_tree() -> None:
    found = [path.relative_to(ROOT).as_posix() for path in extension_files(PACKAGE)]
    assert found == [], f"compiled modules would shadow their .py files: remove {found}"


def test_a_compiled_build_under_test_was_built_from_these_sources() -> None:
    if not _compiled_modules():
        assert Path(newsparse.__file__).resolve().parent == PACKAGE.resolve()
        return
    manifest = Path(newsparse.__file__).resolve().parent / MANIFEST
    assert manifest.is_file(), f"compiled modules without {MANIFEST}: not made by make compiled"
    built = json.loads(manifest.read_text(encoding="utf-8"))["sources"]
    now = fingerprint(PACKAGE)
    changed = sorted(name for name in built.keys() | now.keys() if built.get(name) != now.get(name))
    assert changed == [], f"stale compiled build (make compiled again): {changed}"


def test_the_compiled_list_names_modules_that_exist() -> None:
    missing = [module for module in COMPILED if not (PACKAGE / module).is_file()]
    assert missing == []


def test_the_compiled_list_leaves_the_public_records_pure() -> None:
    # attrs classes users subclass, pickle and introspect stay Python classes.
    assert not {"_model.py", "vocabulary.py", "_kinds.py", "__init__.py"} & set(COMPILED)


def test_the_modules_of_the_public_functions_stay_pure() -> None:
    assert not set(PUBLIC) & set(COMPILED)
    assert [module for module in PUBLIC if not (PACKAGE / module).is_file()] == []


def test_every_public_function_is_a_python_function_of_a_module_left_pure() -> None:
    """A compiled function has no docstring and checks its arguments with a ``TypeError``.

    So ``parse``, ``parse_date`` and the small parsers are defined in modules the build leaves
    pure, which check the arguments and call the compiled work; in a compiled build this holds
    them to it, and in the pure one it fails as soon as one moves into a compiled module.
    """
    package = Path(newsparse.__file__).resolve().parent
    functions = {
        name: value
        for name in newsparse.__all__
        if callable(value := getattr(newsparse, name)) and not isinstance(value, type)
    }
    assert {"parse", "parse_date", "parse_byline", "format_date"} <= functions.keys()
    not_python = sorted(
        name for name, value in functions.items() if not isinstance(value, types.FunctionType)
    )
    assert not_python == []
    homes = {
        name: Path(value.__code__.co_filename).resolve().relative_to(package).as_posix()
        for name, value in functions.items()
    }
    assert {name: home for name, home in homes.items() if home in COMPILED} == {}
