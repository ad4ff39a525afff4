"""Limits: input past a configurable size is a clean ``input-too-large``, never a parse of it.

``parse`` counts characters (``max_size``, :data:`newsparse.MAX_INPUT` by default); files count
bytes after gzip is undone (``max_size`` of ``parse_file`` and ``parse_many``,
``newsparse parse --max-size``, :data:`newsparse._files.MAX_BYTES` by default), so a gzip bomb
stops at the limit rather than filling memory.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Code, ParseError
from newsparse._files import MAX_BYTES, load

from .helpers import outcome

TEXT = "# Title\n\nText."  # 14 characters


def test_max_input_is_generous_and_documented() -> None:
    assert newsparse.MAX_INPUT == 5_000_000
    assert MAX_BYTES == 4 * newsparse.MAX_INPUT


@pytest.mark.parametrize("strict", [False, True])
def test_parse_refuses_text_over_max_size(strict: bool) -> None:
    error = outcome(lambda: newsparse.parse(TEXT, strict=strict, max_size=13))
    assert isinstance(error, ParseError)
    assert (error.code, error.message) == (
        Code.INPUT_TOO_LARGE,
        "input of 14 characters exceeds the limit of 13",
    )
    assert newsparse.parse(TEXT, strict=strict, max_size=14).title == "Title"


def test_parse_refuses_text_over_the_default_without_reading_it() -> None:
    text = "a" * (newsparse.MAX_INPUT + 1)
    error = outcome(lambda: newsparse.parse(text))
    assert isinstance(error, ParseError)
    assert error.code == Code.INPUT_TOO_LARGE


def test_parse_reads_its_default_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsparse._article, "MAX_INPUT", 13)
    error = outcome(lambda: newsparse.parse(TEXT, max_size=None))
    assert isinstance(error, ParseError)
    assert error.code == Code.INPUT_TOO_LARGE
    assert newsparse.parse(TEXT, max_size=14).title == "Title"


def test_a_file_limit_above_the_text_default_raises_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The text limit follows the file's byte limit: a service that allows bigger files gets
    # their text parsed, not refused by parse's own default.
    monkeypatch.setattr(newsparse._article, "MAX_INPUT", 5)
    path = tmp_path / "dump.md"
    path.write_text(TEXT)
    assert newsparse.parse_file(path, max_size=14).title == "Title"
    results = list(newsparse.parse_many([path], jobs=1, max_size=14))
    assert results[0].article is not None
    assert results[0].article.title == "Title"
    error = outcome(lambda: newsparse.parse_file(path, max_size=13))
    assert isinstance(error, ParseError)
    assert error.code == Code.INPUT_TOO_LARGE


def test_parse_file_max_size_counts_bytes_after_gzip(tmp_path: Path) -> None:
    plain = tmp_path / "plain.md"
    plain.write_text(TEXT)
    packed = tmp_path / "packed.md"
    packed.write_bytes(gzip.compress(b"# Title\n\n" + b"a" * 10_000))
    assert newsparse.parse_file(plain, max_size=14).title == "Title"
    for path, limit in [(plain, 13), (packed, 1_000)]:
        try:
            newsparse.parse_file(path, max_size=limit)
        except ParseError as raised:
            error = raised
        else:
            raise AssertionError(f"{path} was parsed")
        assert (error.code, error.message) == (
            Code.INPUT_TOO_LARGE,
            f"{path} holds more than {limit} bytes",
        )


def test_data_already_read_is_bounded_too() -> None:
    """Standard input arrives as bytes; the same limit applies before anything is parsed."""
    error = outcome(lambda: load("-", data=b"x" * 20, max_size=10))
    assert isinstance(error, ParseError)
    assert error.code == Code.INPUT_TOO_LARGE
    assert load("-", data=TEXT.encode(), max_size=14).title == "Title"


def test_parse_many_gives_an_error_result(tmp_path: Path) -> None:
    small, large = tmp_path / "a.md", tmp_path / "b.md"
    small.write_text(TEXT)
    large.write_text(TEXT + " More text.")
    results = list(newsparse.parse_many([small, large], jobs=1, max_size=14))
    assert [r.ok for r in results] == [True, False]
    assert results[1].error is not None
    assert results[1].error.code == Code.INPUT_TOO_LARGE


def test_command_line_writes_an_error_record_for_an_oversize_file(tmp_path: Path) -> None:
    small, large = tmp_path / "a.md", tmp_path / "b.md.gz"
    small.write_text(TEXT)
    large.write_bytes(gzip.compress(TEXT.encode() + b" " + b"a" * 5_000))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsparse",
            "parse",
            str(tmp_path),
            "--max-size",
            "1000",
            "-j",
            "1",
        ],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(small), str(large)]
    assert records[0]["article"]["headline"]["text"] == "Title"
    assert records[1]["error"]["code"] == Code.INPUT_TOO_LARGE
    assert records[1]["error"]["message"] == f"{large} holds more than 1000 bytes"


def test_command_line_refuses_a_bad_size() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-", "--max-size", "lots"],
        capture_output=True,
        check=False,
        input=b"",
    )
    assert done.returncode == 2
    assert b"not a number of bytes: 'lots'" in done.stderr
