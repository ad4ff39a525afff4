"""Every input a fuzzer or a report ever broke newsparse with, replayed through the same check.

``tests/fixtures/regressions/NAME/`` holds the inputs of the entry point ``NAME`` (one file each,
the bytes the harness was given, named for what went wrong). Each is run through ``CHECKS[NAME]``
from ``fuzz/checks.py``, the check the atheris harness ran when it found it: a value or ParseError,
spans that cover the text, JSON that reads back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.checks import CHECKS

from .conftest import FIXTURES

REGRESSIONS = FIXTURES / "regressions"
CASES = sorted(
    (folder.name, path)
    for folder in REGRESSIONS.iterdir()
    if folder.is_dir()
    for path in folder.iterdir()
    if path.is_file()
)


def test_each_folder_names_an_entry_point() -> None:
    folders = {path.name for path in REGRESSIONS.iterdir() if path.is_dir()}
    assert folders <= set(CHECKS), folders - set(CHECKS)
    assert CASES, "no regression inputs found"


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{n}/{p.name}" for n, p in CASES])
def test_regression_input(name: str, path: Path) -> None:
    """The input that once broke ``name`` now gives a value or ParseError, with its properties."""
    CHECKS[name](path.read_bytes())
