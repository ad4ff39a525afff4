"""``import newsparse`` loads the records and little else (issue 18: import time).

The parsers (and their compiled regexes), the HTML reader (bs4), cattrs (JSON), the process pool,
the JSON Schema and the Markdown and schema.org writers are imported when one of their names is
first used; ``parse`` loads the parsers and none of the rest. Each check runs in a fresh
interpreter, since this test process has imported everything already.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsparse

# Modules the parsing needs, which a bare `import newsparse` leaves for the first `parse`.
PARSING = ("newsparse._article", "newsparse._engine", "newsparse._parsers", "newsparse.vocabulary")

# Modules neither `import newsparse` nor a `parse` may load.
NOT_AT_IMPORT = (
    "bs4",
    "cattrs",
    "multiprocessing",
    "newsparse._batch",
    "newsparse._files",
    "newsparse._html",
    "newsparse._markdown",
    "newsparse._rows",
    "newsparse._schema",
    "newsparse._schema_org",
    "newsparse._serialize",
)


def _loaded_after(code: str) -> set[str]:
    """The module names loaded in a fresh interpreter after running ``code``."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_import_loads_the_records_and_neither_the_parsers_nor_the_readers() -> None:
    loaded = _loaded_after("import newsparse")
    assert "newsparse._model" in loaded  # the records are ready
    assert sorted(loaded & {*PARSING, *NOT_AT_IMPORT}) == []


def test_parse_loads_the_parsers_and_none_of_the_rest() -> None:
    loaded = _loaded_after("import newsparse\nnewsparse.parse('# T\\n\\nBy Jo Park\\n\\nText.')")
    assert set(PARSING) <= loaded
    assert sorted(loaded & set(NOT_AT_IMPORT)) == []


def test_a_lazy_name_imports_its_module_on_first_use() -> None:
    loaded = _loaded_after("import newsparse\nnewsparse.to_json")
    assert "newsparse._serialize" in loaded
    assert "newsparse._html" not in loaded


def test_every_lazy_name_is_the_object_its_module_defines() -> None:
    for name, module in newsparse._LAZY.items():
        assert name in newsparse.__all__, name
        assert getattr(newsparse, name) is getattr(
            importlib.import_module(f"newsparse.{module}"), name
        )
        assert name in dir(newsparse)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(newsparse, "no_such_name")  # noqa: B009


def test_from_import_of_a_lazy_name_works() -> None:
    loaded = _loaded_after("from newsparse import parse_html, to_row")
    assert {"newsparse._html", "newsparse._rows"} <= loaded
