"""The converter-form tool (``benchmarks/title_shapes.py``) on an invented one-page corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import benchmark, one_dump_corpus

_DUMP = """# Ferry to the islands runs again from May

By Tilda Marsh | 3 May 2024

The ferry that links the harbour with the three islands sails again after a winter in the yard, \
and the first crossing is booked out, the operator said on Friday morning in a short note \
sent to the paper and read out at the quay.
"""


def test_forms_rewrite_the_heading_as_converters_do() -> None:
    forms = benchmark("title_shapes").FORMS
    assert forms["setext"]("#", "Ferry runs") == "Ferry runs\n=========="
    assert forms["setext"]("##", "Ferry runs") == "Ferry runs\n----------"
    assert forms["closing hashes"]("##", "Ferry runs") == "## Ferry runs ##"
    assert forms["escaped"]("#", "1. Ferry - runs!") == "# 1\\. Ferry \\- runs\\!"
    assert forms["table cell"]("#", "Ferry runs") == "| Ferry runs |\n| --- |"


@pytest.mark.parametrize(("folder", "dumps"), [("harbour-ferry-a", 1), ("harbour-ferry-0", 0)])
def test_only_tune_pages_are_rewritten(tmp_path: Path, folder: str, dumps: int) -> None:
    tool = benchmark("title_shapes")
    assert tool.split_of("harbour-ferry-a") == "tune"
    assert tool.split_of("harbour-ferry-0") == "check"
    counted, lost = tool._tally(one_dump_corpus(tmp_path, folder, _DUMP), "seed", 0)
    assert counted == dumps
    # Every form the tool writes is read like the ATX heading (a bold line, a table cell, raw
    # HTML and a permalink anchor too): the one dump loses no title in any form.
    assert not +lost
