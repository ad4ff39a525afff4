"""parse_many: one Result per path, in order, errors included, the same for any number of jobs."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path

import pytest

import newsparse
from newsparse.errors import Code

from .conftest import seed_paths

SEED = seed_paths()[0]


def _files(folder: Path) -> list[Path]:
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for i in range(12):
        path = folder / f"{i:02d}.md"
        if i % 4 == 1:
            path.write_bytes(gzip.compress(text.encode()))
        elif i % 4 == 2:
            path.write_bytes(b"\x00binary")
        elif i % 4 == 3:
            path.write_text(f"Dump {i} without a title.", encoding="utf-8")
        else:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_results_name_each_path_with_its_article_or_error(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    results = list(newsparse.parse_many(paths, jobs=1))
    assert [r.path for r in results] == [str(p) for p in paths]
    seed = newsparse.parse(SEED.read_text(encoding="utf-8"))
    for i, result in enumerate(results):
        if i % 4 == 2:
            assert result.article is None
            assert result.error is not None
            assert result.error.code == Code.BINARY_INPUT
            assert not result.ok
        else:
            assert result.ok
            assert result.error is None
            expected = seed if i % 4 in (0, 1) else newsparse.parse(paths[i].read_text())
            assert result.article == expected


def test_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    results = list(newsparse.parse_many(paths, jobs=1, strict=True))
    codes = [r.error.code if r.error else None for r in results]
    assert codes == [None, None, Code.BINARY_INPUT, Code.NO_TITLE] * 3


def test_two_jobs_give_the_same_results_as_one(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    assert list(newsparse.parse_many(paths, jobs=2)) == list(newsparse.parse_many(paths, jobs=1))


def test_default_jobs_give_the_same_results(tmp_path: Path) -> None:
    paths = _files(tmp_path)[:5]
    assert list(newsparse.parse_many(paths)) == list(newsparse.parse_many(paths, jobs=1))


def test_missing_file_is_a_result_not_an_exception(tmp_path: Path) -> None:
    (result,) = newsparse.parse_many([tmp_path / "gone.md"], jobs=1)
    assert result == newsparse.Result(
        path=str(tmp_path / "gone.md"),
        error=newsparse.ParseError(
            f"cannot read {tmp_path / 'gone.md'}: No such file or directory",
            code=Code.UNREADABLE_INPUT,
        ),
    )


@pytest.mark.parametrize("index", [0, 2])
def test_results_pickle(tmp_path: Path, index: int) -> None:
    (result,) = newsparse.parse_many([_files(tmp_path)[index]], jobs=1)
    assert pickle.loads(pickle.dumps(result)) == result


def test_result_is_frozen() -> None:
    import attrs

    result = newsparse.Result(path="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.path = "y"  # type: ignore[misc]
