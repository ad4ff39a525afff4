"""benchmarks/speed.py: the parts that read text (no timing is asserted anywhere in the tests)."""

from __future__ import annotations

import pytest

from .helpers import benchmark

# Invented `python -X importtime` output in the shape CPython writes it.
IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       310 |        310 |   _io
import time:      1200 |       4100 | site
import time:       900 |       2500 |     attrs
import time:       700 |       3300 |       newsparse._html.reader
import time:       400 |       3700 |     newsparse._html
import time:      1500 |      12345 | newsparse
"""


def test_importtime_total_is_the_unindented_module_line() -> None:
    speed = benchmark("speed")
    assert speed.read_importtime(IMPORTTIME, "newsparse") == (12345, True)


def test_importtime_without_the_html_reader_or_the_module() -> None:
    speed = benchmark("speed")
    text = "\n".join(line for line in IMPORTTIME.splitlines() if "html" not in line)
    assert speed.read_importtime(text, "newsparse") == (12345, False)
    assert speed.read_importtime(text, "markdown_it") == (0, False)
    # An indented line of the same name is a nested import, not the total.
    assert speed.read_importtime(text.replace("| newsparse", "|   newsparse"), "newsparse") == (
        0,
        False,
    )


def test_import_timing_reads_cached_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    speed = benchmark("speed")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = speed.bytecode_env("/tmp/cache")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == "/tmp/cache"


def test_instruction_counts_use_one_hash_seed() -> None:
    instructions = benchmark("instructions")
    assert instructions.child_env()["PYTHONHASHSEED"] == "0"
