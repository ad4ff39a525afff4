"""The extraction quality on the dev corpus never silently drops below the pinned floors."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import CORPUS, ROOT, corpus_dirs

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not corpus_dirs(), reason="../shared/corpus/dev is not present")


def _evaluate() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("evaluate")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.mark.parametrize("dump_name", ["dump.md", "dump-links.md"])
def test_scores_stay_above_the_floors(dump_name: str) -> None:
    evaluate = _evaluate()
    scores = [evaluate.score_page(page, dump_name) for page in evaluate.pages(CORPUS)]
    summary = evaluate.summarise(scores)
    floors = FLOORS[dump_name]
    below = {k: (summary[k], floor) for k, floor in floors.items() if summary[k] < floor}
    assert not below, f"quality dropped below the floors (score, floor): {below}"
