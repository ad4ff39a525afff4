"""The extraction quality never silently drops below the pinned floors.

``quality_floors.json`` pins, for each corpus (``dev``, ``wide-tune``, ``wide-check``), dump
style and field (title, authors, published; on wide also caption, credit, related, notes), a floor
one point under the figure measured when it was last raised. The dev corpus is scored by
``benchmarks/evaluate.py``; the wide corpus through the project's scorers
``../shared/eval/score.py`` and ``score_structure.py`` (one run each over every dump), on what is
written in the dump. A corpus that is absent skips its test, saying so.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from .conftest import CORPUS, corpus_dirs
from .helpers import benchmark

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


def _evaluate() -> Any:
    return benchmark("evaluate")


def _skip_loudly(reason: str) -> None:
    # A skip, named in pytest's summary (not a warning: warnings are errors in this suite).
    pytest.skip(f"QUALITY FLOORS NOT CHECKED: {reason}")


def _below(scores: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {k: (scores.get(k, 0.0), f) for k, f in floors.items() if scores.get(k, 0.0) < f}


@pytest.mark.parametrize("dump_name", sorted(FLOORS["dev"]))
def test_dev_scores_stay_above_the_floors(dump_name: str) -> None:
    """Each dev dump style keeps its title, authors and published figures."""
    if not corpus_dirs():
        _skip_loudly(f"the dev corpus is absent ({CORPUS})")
    evaluate = _evaluate()
    scores = [evaluate.score_page(page, dump_name) for page in evaluate.pages(CORPUS)]
    below = _below(evaluate.summarise(scores), FLOORS["dev"][dump_name])
    assert not below, f"dev {dump_name} dropped below the floors (score, floor): {below}"


@cache
def _wide() -> dict[str, dict[str, Any]]:
    scores: dict[str, dict[str, Any]] = _evaluate().wide_scores()
    return scores


@pytest.mark.parametrize("split", ["wide-tune", "wide-check"])
def test_wide_scores_stay_above_the_floors(split: str) -> None:
    """Every dump style of the wide corpus keeps its figures, on both splits."""
    evaluate = _evaluate()
    if not (evaluate.WIDE / "manifest.json").is_file() or not evaluate.SCORER.is_file():
        _skip_loudly(f"the wide corpus or its scorer is absent ({evaluate.WIDE})")
    measured = _wide()[split]
    below = {
        style: found
        for style, floors in FLOORS[split].items()
        if (found := _below(measured.get(style, {}), floors))
    }
    assert not below, f"{split} dropped below the floors (score, floor): {below}"
