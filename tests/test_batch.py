"""parse_many: one Result per path, in order, errors included, the same for any number of jobs."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path

import pytest

import newsparse
from newsparse._errors import Code

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
    assert result == newsparse.Failed(
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

    result = newsparse.Parsed(path="x", article=newsparse.Article())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.path = "y"  # type: ignore[misc]


def test_a_result_is_parsed_or_failed() -> None:
    """Result is the union of the two outcomes: isinstance works, and ok tells them apart."""
    parsed = newsparse.Parsed(path="a", article=newsparse.Article())
    failed = newsparse.Failed(path="b", error=newsparse.ParseError("x", code="unreadable-input"))
    assert isinstance(parsed, newsparse.Result)
    assert isinstance(failed, newsparse.Result)
    assert (parsed.ok, parsed.error, failed.ok, failed.article) == (True, None, False, None)


def test_one_path_is_one_file_not_its_characters() -> None:
    """A str (or Path) is one source: the seed file gives one Result, not one per character."""
    for source in (str(SEED), SEED):
        (result,) = newsparse.parse_many(source, jobs=1)
        assert result.ok
        assert result.path == str(SEED)


def test_a_folder_gives_its_dumps_and_pages_only(tmp_path: Path) -> None:
    """A folder is walked as the command line walks it; other files are counted as skipped."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text("# A\n\nText.")
    (tmp_path / "sub" / "b.html").write_text("<h1>B</h1><p>Some text long enough to count.</p>")
    (tmp_path / "sub" / "expected.json").write_text("{}")
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    skipped = newsparse.Skipped()
    results = list(newsparse.parse_many(tmp_path, jobs=1, skipped=skipped))
    assert [(Path(r.path).name, r.ok) for r in results] == [("a.md", True), ("b.html", True)]
    assert [r.article.title for r in results if r.ok] == ["A", "B"]
    assert skipped.total == 2
    assert skipped.describe() == "2 files (1 .json, 1 .png)"


def test_a_glob_and_a_mixed_list(tmp_path: Path) -> None:
    """A glob gives the files it matches, sorted; a list mixes files, folders and globs."""
    _files(tmp_path)
    found = [Path(r.path).name for r in newsparse.parse_many(str(tmp_path / "0*.md"), jobs=1)]
    assert found == [f"{i:02d}.md" for i in range(10)]
    mixed = newsparse.parse_many([str(tmp_path / "1[01].md"), tmp_path / "00.md"], jobs=1)
    assert [Path(r.path).name for r in mixed] == ["10.md", "11.md", "00.md"]


def test_order_reaches_every_file(tmp_path: Path) -> None:
    """order= reads an ambiguous numeric date month first, and it is no longer ambiguous."""
    path = tmp_path / "a.md"
    path.write_text("# A title\n\n03/05/2022\n\nText of the article.")
    (default,) = newsparse.parse_many(path, jobs=1)
    (mdy,) = newsparse.parse_many(path, jobs=1, order="mdy")
    assert default.ok
    assert mdy.ok
    assert default.article.date is not None
    assert default.article.date.ambiguous
    assert mdy.article.date is not None
    assert str(mdy.article.date.value) == "2022-03-05"
    assert not mdy.article.date.ambiguous
    assert newsparse.parse_file(path, order="mdy") == mdy.article
    with pytest.raises(newsparse.ParseError, match="order is 'dmy', 'mdy' or None"):
        list(newsparse.parse_many(path, jobs=1, order="ymd"))


def _titles_or_codes(results: list[newsparse.Result]) -> list[tuple[str, str | None]]:
    # The README's expression: mypy --strict (make types) checks that `r.ok` narrows.
    return [(r.path, r.article.title if r.ok else r.error.code) for r in results]


def test_ok_narrows_to_the_article_or_the_error(tmp_path: Path) -> None:
    paths = _files(tmp_path)[:3]
    results = list(newsparse.parse_many(paths, jobs=1))
    assert [code for _, code in _titles_or_codes(results)] == [
        "Russia Says U.S. Mission in Afghanistan Has Failed",
        "Russia Says U.S. Mission in Afghanistan Has Failed",
        "binary-input",
    ]
