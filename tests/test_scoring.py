"""benchmarks/scoring.py: the one scoring every comparison uses (loaded by path; it is a script)."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib.util
import sys
from types import ModuleType

import pytest

import newsparse

from .conftest import ROOT


@pytest.fixture(scope="module")
def scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scoring", ROOT / "benchmarks" / "scoring.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered under its name so doctest (which looks modules up there) finds its examples.
    sys.modules["scoring"] = module
    spec.loader.exec_module(module)
    return module


def test_doctests(scoring: ModuleType) -> None:
    failed, attempted = doctest.testmod(scoring)
    assert (failed, attempted > 0) == (0, True)


@pytest.mark.parametrize(
    ("found", "label", "ok"),
    [
        ("What It’s Like to Live on a Lighthouse", "WHAT IT'S LIKE TO LIVE ON A LIGHTHOUSE", True),
        ("Verkehrswende: Radeln, bis der Regen kommt", "Radeln, bis der Regen kommt", True),
        ("Radeln, bis der Regen kommt", "La interna: Radeln, bis der Regen kommt", True),
        ("Radeln, bis der Regen", "Radeln, bis der Regen kommt", False),
        ("XRadeln, bis der Regen kommt", "Radeln, bis der Regen kommt", False),
        (None, "Anything", False),
    ],
)
def test_title_matches(scoring: ModuleType, found: str | None, label: str, ok: bool) -> None:
    assert scoring.title_matches(found, label) is ok


def test_author_f1(scoring: ModuleType) -> None:
    assert scoring.author_f1(["NADIA KESSLER"], ["Nadia Kessler"]) == 1.0
    assert scoring.author_f1([], ["A B"]) == 0.0
    assert scoring.author_f1([], []) == 1.0
    assert scoring.author_f1(
        ["Staff", "News Service Reports"], ["STAFF AND NEWS SERVICE REPORTS"]
    ) == (pytest.approx(2 * 1.0 * 0.8 / 1.8))


def test_day_matches(scoring: ModuleType) -> None:
    assert scoring.day_matches(dt.datetime(2020, 1, 2, 23, 59), "2020-01-02")
    assert not scoring.day_matches(dt.date(2020, 1, 3), "2020-01-02")
    assert not scoring.day_matches(None, "2020-01-02")


def test_article_fields_count_writers_only(scoring: ModuleType) -> None:
    article = newsparse.parse(
        "# Title here\n\nBy [Miriam Achterberg](#)\n\nJanuary 19, 2020\n\nText.\n\n"
        "Additional reporting by Tomasz Wielgosz; Editing by Fenella Hartigan"
    )
    title, names, day = scoring.article_fields(article)
    assert (title, names, day) == ("Title here", ["Miriam Achterberg"], dt.date(2020, 1, 19))
    assert [a.name for a in article.authors] == ["Miriam Achterberg"]
    assert len(article.credits) == 3
