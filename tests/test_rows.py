"""to_row and to_dataframe: one flat record per article, the same in the CLI, pandas and Dask."""

from __future__ import annotations

import builtins
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsparse
from newsparse import strategies as ns
from newsparse._errors import Code

from .conftest import ROOT, seed_paths
from .oldest import floors

SEED = seed_paths()[0]
DUMP = """\
# Wind farm opens off the coast | Coastal Times

The new farm is the largest on this coast, and its builders say it will not be the last.

By [Mara Quint](https://coastal.test/mara) and Olek Varga

March 3, 2020, updated March 4, 2020

![A turbine at dawn.](https://img.coastal.test/turbine.jpg)

A turbine at dawn. Photo: Ida Nemeth/Coastal Agency

The first turbines of the new farm turned on Tuesday, the operator said in a statement.

Officials said the farm would power thousands of homes once it was complete.

Tags

[Energy](/tags/energy) [Wind power](/tags/wind)

Original url:

<https://www.coastal.test/2020/03/03/wind-farm>
"""


def test_a_row_column_by_column() -> None:
    """Every column of a full article, with its documented value."""
    article = newsparse.parse(DUMP)
    row = newsparse.to_row(article, path="a.md")
    assert list(row) == [column.name for column in newsparse.COLUMNS]
    assert row == {
        "path": "a.md",
        "error": None,
        "error_message": None,
        "url": "https://www.coastal.test/2020/03/03/wind-farm",
        "site": "coastal.test",
        "language": "en",
        "title": "Wind farm opens off the coast",
        "description": (
            "The new farm is the largest on this coast, and its builders say it will not be the "
            "last."
        ),
        "authors": ["Mara Quint", "Olek Varga"],
        "author_kinds": ["person", "person"],
        "published": "2020-03-03",
        "published_precision": "day",
        "updated": "2020-03-04",
        "updated_precision": "day",
        "place": None,
        "image": "https://img.coastal.test/turbine.jpg",
        "tags": ["Energy", "Wind power"],
        "paragraphs": 2,
        "words": 29,
        "captions": len(article.captions),
        "pictures": len(article.pictures),
        "credited_captions": 1,
        "images": 1,
        "related": 0,
        "footnotes": 0,
        "boilerplate": len(article.boilerplate),
        "diagnostics": len(article.diagnostics),
        "warnings": 0,
        "text": article.text,
    }
    assert article.text.startswith("The first turbines")
    assert article.date == article.published
    json.dumps(row)  # plain data


def test_a_failed_result_keeps_its_path_and_error() -> None:
    error = newsparse.ParseError("no such file", code=Code.UNREADABLE_INPUT)
    row = newsparse.to_row(newsparse.Failed(path="gone.md", error=error))
    assert (row["path"], row["error"], row["error_message"]) == (
        "gone.md",
        "unreadable-input",
        "no such file",
    )
    assert (row["title"], row["authors"], row["words"]) == (None, [], 0)


def test_fields_choose_and_order_the_columns() -> None:
    row = newsparse.to_row(newsparse.parse(DUMP), fields=["words", "title"])
    assert row == {"words": 29, "title": "Wind farm opens off the coast"}
    with pytest.raises(newsparse.ParseError, match="unknown column 'colour'"):
        newsparse.to_row(newsparse.parse(DUMP), fields=["colour"])
    with pytest.raises(newsparse.ParseError, match="not str"):
        newsparse.to_row("# not an article")  # type: ignore[arg-type]


@settings(max_examples=100)
@given(ns.articles())
def test_any_article_gives_a_row_of_plain_values(article: newsparse.Article) -> None:
    """Every value is a str, int, list of str or None, and the kinds match COLUMNS."""
    row = newsparse.to_row(article)
    for column in newsparse.COLUMNS:
        value = row[column.name]
        if column.kind == "int":
            assert isinstance(value, int)
        elif column.kind == "list":
            assert isinstance(value, list)
            assert all(isinstance(item, str) for item in value)
        else:
            assert value is None or isinstance(value, str)


def test_to_dataframe_of_a_parse_many_run(tmp_path: Path) -> None:
    """A folder, parse_many, to_dataframe and a few pandas answers."""
    (tmp_path / "a.md").write_text(DUMP, encoding="utf-8")
    (tmp_path / "b.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c.md").write_bytes(b"\x00\x01\x02")
    frame = newsparse.to_dataframe(newsparse.parse_many(tmp_path, jobs=1))
    assert list(frame.columns) == [column.name for column in newsparse.COLUMNS]
    assert len(frame) == 3
    assert str(frame.dtypes["title"]) == "string"
    assert str(frame.dtypes["words"]) == "int64"
    assert int(frame["error"].notna().sum()) == 1
    assert int((frame["authors"].map(len) > 0).sum()) == 2
    assert int(frame["credited_captions"].sum()) == 2
    assert frame.loc[0, "site"] == "coastal.test"


def test_to_dataframe_without_pandas_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=re.escape("pip install 'newsparse[pandas]'")):
        newsparse.to_dataframe([newsparse.parse(DUMP)])


def test_extras_have_lower_bounds_only() -> None:
    """No extra pins an exact version or caps one (installing it must not swap a user's pandas)."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for extra, requirements in table["project"]["optional-dependencies"].items():
        for requirement in requirements:
            assert "==" not in requirement, (extra, requirement)
            assert "<" not in requirement, (extra, requirement)
            assert ">=" in requirement, (extra, requirement)
    assert floors(["dask", "pandas"])["pandas"] == "2.2.2"
