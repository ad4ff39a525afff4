"""newsparse.dask on the local schedulers: Bags of Articles and Results, and the flat DataFrame."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path
from typing import Any

import dask
import pytest

import newsparse
from newsparse._errors import Code
from newsparse.dask import COLUMNS, read_dumps, read_results, row, to_dataframe

from .conftest import seed_paths

SEED = seed_paths()[0]
SMALL = "# Small\n\nBy Jane Doe\n\nMarch 3, 2020\n\nA paragraph of five words.\n\nAnd two.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b" / "c.md.gz").write_bytes(gzip.compress(SMALL.encode()))
    (tmp_path / "b" / "d.md").write_bytes(b"\x00\x01binary")
    (tmp_path / "e.txt").write_text("No title.\n")
    return tmp_path


@pytest.fixture(params=["sync", "threads"])
def scheduler(request: pytest.FixtureRequest) -> Any:
    with dask.config.set(scheduler=request.param):
        yield request.param


def test_read_results_keeps_every_file_in_order(corpus: Path, scheduler: str) -> None:
    results = read_results(corpus, partition_size=2).compute()
    assert results == [
        newsparse.Parsed(path=str(corpus / "a.md"), article=newsparse.parse_file(SEED)),
        newsparse.Parsed(path=str(corpus / "b" / "c.md.gz"), article=newsparse.parse(SMALL)),
        newsparse.Failed(
            path=str(corpus / "b" / "d.md"),
            error=newsparse.ParseError(
                "the file looks binary (NUL or control bytes near the start), not a text dump",
                code=Code.BINARY_INPUT,
            ),
        ),
        newsparse.Parsed(path=str(corpus / "e.txt"), article=newsparse.parse("No title.\n")),
    ]


def test_read_dumps_from_a_glob(corpus: Path, scheduler: str) -> None:
    assert read_dumps(str(corpus / "*.md")).compute() == [newsparse.parse_file(SEED)]
    assert read_dumps(str(corpus / "**" / "c.*")).compute() == [newsparse.parse(SMALL)]


def test_read_dumps_raises_the_parse_error_of_a_bad_file(corpus: Path, scheduler: str) -> None:
    with pytest.raises(newsparse.ParseError) as raised:
        read_dumps([corpus / "b"]).compute()
    assert raised.value.code == Code.BINARY_INPUT


def test_read_dumps_strict(corpus: Path, scheduler: str) -> None:
    assert read_dumps(corpus / "a.md", strict=True).compute() == [newsparse.parse_file(SEED)]
    with pytest.raises(newsparse.ParseError) as raised:
        read_dumps(corpus / "e.txt", strict=True).compute()
    assert raised.value.code == Code.NO_TITLE


def test_read_dumps_of_nothing_is_empty(tmp_path: Path, scheduler: str) -> None:
    assert read_dumps(str(tmp_path / "*.md")).compute() == []


def test_row_of_an_article_is_to_row() -> None:
    """The Dask row is newsparse.to_row: the same columns, in the same order, typed."""
    article = newsparse.parse(SMALL)
    values = row(article)
    assert values == newsparse.to_row(article)
    assert list(values) == list(COLUMNS) == [column.name for column in newsparse.COLUMNS]
    assert values["authors"] == ["Jane Doe"]
    assert values["text"] == "A paragraph of five words.\n\nAnd two."


def test_row_of_a_failed_result() -> None:
    error = newsparse.ParseError("bad", code=Code.BINARY_INPUT)
    values = row(newsparse.Failed(path="x.bin", error=error))
    assert values["path"] == "x.bin"
    assert (values["error"], values["error_message"]) == ("binary-input", "bad")
    assert values["title"] is None
    assert values["paragraphs"] == 0


def test_row_of_the_seed() -> None:
    values = row(newsparse.Parsed(path="s", article=newsparse.parse_file(SEED)))
    article = newsparse.parse_file(SEED)
    assert values["title"] == article.title
    assert values["published"] == "2021-07-16"
    assert values["url"] == article.source_url
    assert values["captions"] == len(article.captions) == 1
    assert values["diagnostics"] == 0


def test_to_dataframe_has_flat_typed_columns(corpus: Path, scheduler: str) -> None:
    frame = to_dataframe(read_results(corpus, partition_size=3))
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        name: str(dtype) for name, dtype in COLUMNS.items()
    }
    assert str(frame.dtypes["authors"]) == "list<item: string>[pyarrow]"
    computed = frame.compute()
    assert list(computed["path"]) == [
        str(corpus / "a.md"), str(corpus / "b" / "c.md.gz"), str(corpus / "b" / "d.md"),
        str(corpus / "e.txt"),
    ]  # fmt: skip
    assert list(computed["error"].isna()) == [True, True, False, True]
    assert computed["error"].iloc[2] == "binary-input"
    assert list(computed["paragraphs"]) == [row(r)["paragraphs"] for r in _results(corpus)]
    assert computed["authors"].iloc[1] == ["Jane Doe"]
    assert computed["published"].iloc[0] == "2021-07-16"
    assert str(computed["published"].dtype) == "string"


def _results(corpus: Path) -> list[newsparse.Result]:
    return [newsparse._batch.result_of(p) for p in sorted(map(str, _files(corpus)))]


def _files(corpus: Path) -> list[Path]:
    return [p for p in corpus.rglob("*") if p.is_file()]


def test_to_dataframe_of_articles(corpus: Path, scheduler: str) -> None:
    frame = to_dataframe(read_dumps([corpus / "a.md", corpus / "b" / "c.md.gz"])).compute()
    assert list(frame["title"]) == [newsparse.parse_file(SEED).title, "Small"]
    assert frame["path"].isna().all()
    assert list(frame["words"]) == [row(newsparse.parse_file(SEED))["words"], 7]


def test_bag_items_pickle_for_a_cluster(corpus: Path) -> None:
    """A distributed cluster pickles results between processes: Articles and errors survive."""
    with dask.config.set(scheduler="sync"):
        results = read_results(corpus).compute()
    assert pickle.loads(pickle.dumps(results)) == results


def test_dataframe_goes_to_parquet_and_back(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    """The typed columns (a list of names included) survive Parquet, read with pyarrow dtypes."""
    import pandas

    frame = to_dataframe(read_results(corpus))
    frame.to_parquet(tmp_path / "articles", write_index=False)
    back = pandas.read_parquet(tmp_path / "articles", dtype_backend="pyarrow")
    assert list(back.columns) == list(COLUMNS)
    assert [None if names is pandas.NA else list(names) for names in back["authors"]] == [
        [a.name for a in newsparse.parse_file(SEED).authors], ["Jane Doe"], [], [],
    ]  # fmt: skip
    assert list(back["title"].fillna("-")) == [newsparse.parse_file(SEED).title, "Small", "-", "-"]
