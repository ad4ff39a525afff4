"""The command line's parts on their own: progress line, output file, worker records, counters."""

from __future__ import annotations

import io
import json
import os
import pickle
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse._cli.output import Output
from newsparse._cli.parse_command import Summary
from newsparse._cli.progress import Progress, format_seconds
from newsparse._cli.stats_command import Census, table
from newsparse._cli.work import (
    FIELDS,
    Format,
    Input,
    Job,
    Outcome,
    fields_of,
    run_chunk,
    run_one,
)
from newsparse._errors import Code

from .conftest import seed_paths

SEED = seed_paths()[0]


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- progress ---------------------------------------------------------------------------------


def test_progress_line_with_a_total() -> None:
    clock = _Clock()
    progress = Progress(io.StringIO(), total=1000, enabled=True, clock=clock)
    clock.now += 4
    assert progress.line(200, 3) == "200/1000 files, 50 files/s, 3 errors, ETA 16s"


def test_progress_line_without_a_total_or_time() -> None:
    progress = Progress(io.StringIO(), total=None, enabled=True, clock=_Clock())
    assert progress.line(0, 0) == "0 files, 0 files/s, 0 errors"


def test_progress_redraws_at_most_every_tenth_of_a_second() -> None:
    clock = _Clock()
    stream = io.StringIO()
    progress = Progress(stream, total=10, enabled=True, clock=clock)
    clock.now += 1
    progress.update(1, 0)
    clock.now += 0.05
    progress.update(2, 0)  # too soon: not drawn
    clock.now += 0.06
    progress.update(3, 1)
    progress.clear()
    progress.clear()  # nothing drawn since: nothing to clear
    assert stream.getvalue() == (
        "\r\x1b[K1/10 files, 1 files/s, 0 errors, ETA 9.0s"
        "\r\x1b[K3/10 files, 3 files/s, 1 errors, ETA 2.6s"
        "\r\x1b[K"
    )


def test_disabled_progress_writes_nothing() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=10, enabled=False)
    progress.update(1, 0)
    progress.clear()
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0.0s"), (9.94, "9.9s"), (9.96, "10s"), (59.4, "59s"), (60, "1m00s"), (7322, "2h02m")],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


# --- output -----------------------------------------------------------------------------------


def test_output_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with Output(str(target)) as output:
        output.stream.write(b"one\n")
        (temporary,) = tmp_path.iterdir()
        assert temporary.name.startswith(".out.jsonl.")
        assert temporary.name.endswith(".part")
        assert not target.exists()
        output.commit()
    assert target.read_bytes() == b"one\n"
    assert list(tmp_path.iterdir()) == [target]


def test_output_without_commit_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"previous run\n")

    def interrupted() -> None:
        with Output(str(target)) as output:
            output.stream.write(b"half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert target.read_bytes() == b"previous run\n"
    assert list(tmp_path.iterdir()) == [target]


def test_output_to_stdout_writes_bytes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with Output(None) as output:
        output.stream.write("é\n".encode())
        output.commit()
    assert capsysbinary.readouterr().out == "é\n".encode()


def test_output_to_a_stdout_without_a_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    text = io.StringIO()
    monkeypatch.setattr("sys.stdout", text)
    with Output("-") as output:
        output.stream.write("é\n".encode())
        output.commit()
    assert text.getvalue() == "é\n"


# --- the worker -------------------------------------------------------------------------------


def test_run_one_renders_the_article_record() -> None:
    outcome = run_one(Job(), Input(path=str(SEED)))
    article = newsparse.parse_file(SEED)
    assert json.loads(outcome.record) == {"path": str(SEED), "article": newsparse.to_dict(article)}
    assert b"\n" not in outcome.record
    assert (outcome.error, outcome.diagnostics, outcome.fields) == (None, (), ())
    assert outcome.seconds > 0


def test_run_one_json_format_is_indented_for_the_array() -> None:
    outcome = run_one(Job(output=Format.JSON), Input(path="-", data=b"# T"))
    text = outcome.record.decode()
    assert text.startswith('  {\n    "path": "-",\n    "article": {\n      "schema_version"')
    assert text.endswith("\n  }")
    assert json.loads(text) == {"path": "-", "article": newsparse.to_dict(newsparse.parse("# T"))}


def test_run_one_turns_a_parse_error_into_an_error_record() -> None:
    outcome = run_one(Job(strict=True), Input(path="x.md", data=b"no title"))
    assert outcome.error == newsparse.ParseError(
        "no heading near the top reads as the title", code=Code.NO_TITLE
    )
    assert json.loads(outcome.record) == {
        "path": "x.md",
        "error": {
            "code": "no-title",
            "message": "no heading near the top reads as the title",
            "line": 1,
            "column": 1,
        },
    }


def test_run_one_census_without_a_record() -> None:
    outcome = run_one(Job(output=None, census=True), Input(path="x", data=b"no title"))
    assert outcome.record == b""
    assert outcome.diagnostics == ("no-title",)
    assert outcome.fields == ("body",)
    failed = run_one(Job(output=None, census=True), Input(path="x", data=b"\x00"))
    assert (failed.record, failed.fields) == (b"", ())
    assert failed.error is not None


def test_outcomes_pickle() -> None:
    outcome = run_one(Job(strict=True), Input(path="x.md", data=b"no title"))
    assert pickle.loads(pickle.dumps(outcome)) == outcome


def test_fields_of_the_seed() -> None:
    assert fields_of(newsparse.parse_file(SEED)) == (
        "title", "byline", "authors", "dateline", "published", "captions", "related",
        "footnotes", "body", "source_url",
    )  # fmt: skip


def test_fields_of_an_empty_article_and_a_full_dateline() -> None:
    assert fields_of(newsparse.Article()) == ()
    article = newsparse.parse(
        "# T\n\nSub title line that is a standfirst here.\n\n"
        "MOSCOW (AP) — Updated: July 17, 2021 text.\n\nBody."
    )
    present = set(fields_of(article))
    assert present <= set(FIELDS)
    dateline = article.dateline
    assert ("place" in present) == (dateline is not None and dateline.place is not None)
    assert ("updated" in present) == (dateline is not None and dateline.updated is not None)
    assert ("standfirst" in present) == (article.standfirst is not None)


# --- counters ---------------------------------------------------------------------------------


def _outcome(
    path: str, seconds: float, *, error: bool = False, codes: tuple[str, ...] = ()
) -> Outcome:
    failure = newsparse.ParseError("bad", code="binary-input") if error else None
    return Outcome(path=path, error=failure, diagnostics=codes, fields=("title",), seconds=seconds)


def test_census_keeps_the_five_slowest_in_flat_memory() -> None:
    census = Census()
    for i, seconds in enumerate([0.5, 0.1, 0.9, 0.3, 0.9, 0.2, 0.7, 0.05, 0.6]):
        census.add(_outcome(f"f{i}", seconds))
    assert census.slowest == [("f2", 0.9), ("f4", 0.9), ("f6", 0.7), ("f8", 0.6), ("f0", 0.5)]
    assert len(census._slowest) == 5


def test_census_report() -> None:
    census = Census()
    census.add(_outcome("a.md", 0.002, codes=("no-title", "boilerplate", "boilerplate")))
    census.add(_outcome("b.md", 0.001, codes=("boilerplate",)))
    census.add(_outcome("c.bin", 0.0005, error=True))
    rows = [
        f"{name:<11}  {count:>5}  {share:>9}"
        for name in FIELDS
        for count, share in [(2, "100.0%") if name == "title" else (0, "0.0%")]
    ]
    assert census.report() == "\n".join(
        [
            "3 files: 2 parsed, 1 failed",
            "",
            "field        files  of parsed",
            *rows,
            "",
            "diagnostic   count  files",
            "boilerplate      3      2",
            "no-title         1      1",
            "",
            "error         files",
            "binary-input      1",
            "",
            "slowest   ms",
            "a.md     2.0",
            "b.md     1.0",
            "c.bin    0.5",
            "",
        ]
    )


def test_census_of_nothing() -> None:
    report = Census().report()
    assert report.startswith("0 files: 0 parsed, 0 failed\n\nfield        files  of parsed\ntitle")
    assert report.endswith("\nsource_url       0          -\n")


def test_table_aligns_columns() -> None:
    assert (
        table(["a", "bb"], [["long name", 1], ["x", 22]])
        == "a          bb\nlong name   1\nx          22"
    )


def test_summary_report() -> None:
    summary = Summary()
    summary.add(_outcome("ok.md", 0.1))
    summary.add(_outcome("diag.md", 0.1, codes=("no-title",)))
    summary.add(_outcome("bad.bin", 0.1, error=True))
    assert summary.report(2.0) == (
        "newsparse: 2 of 3 files parsed (1 with diagnostics), 1 failed, in 2.0s, 2 files/s\n"
        "  bad.bin:1:1: binary-input: bad\n"
    )
    assert summary.report(0.0).startswith(
        "newsparse: 2 of 3 files parsed (1 with diagnostics), 1 failed, in 0.0s\n"
    )


def test_output_permissions_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        with Output(str(tmp_path / "o")) as output:
            output.commit()
    finally:
        os.umask(old)
    assert (tmp_path / "o").stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("output", "block"),
    [(Format.JSONL, b"A\nB\nC\n"), (Format.JSON, b"A,\nB,\nC")],
)
def test_run_chunk_joins_the_records_into_one_block(output: Format, block: bytes) -> None:
    items = [Input(path=name, data=b"# T") for name in "ABC"]
    singles = [run_one(Job(output=output), item) for item in items]
    batch = run_chunk(Job(output=output), items)
    records = [single.record for single in singles]
    assert batch.output == block.replace(b"A", records[0]).replace(b"B", records[1]).replace(
        b"C", records[2]
    )
    assert batch.outcomes == tuple(
        attrs.evolve(single, record=b"", seconds=mine.seconds)
        for single, mine in zip(singles, batch.outcomes, strict=True)
    )
    assert pickle.loads(pickle.dumps(batch)) == batch


def test_run_chunk_without_output() -> None:
    batch = run_chunk(Job(output=None, census=True), [Input(path="x", data=b"# T\n\nText.")])
    assert batch.output == b""
    assert [o.fields for o in batch.outcomes] == [("title", "body")]
