"""The command line, run in-process: every flag of parse, show and stats, records and exit codes."""

from __future__ import annotations

import codecs
import contextlib
import functools
import gzip
import io
import json
import multiprocessing
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._cli import COMMANDS, build_parser, main
from newsparse._cli.progress import Progress
from newsparse._errors import Code

from .conftest import seed_paths
from .helpers import outcome

SEED_TEXT = seed_paths()[0].read_text(encoding="utf-8")
LATIN = "# Café\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nIt costs €5 and more.\n"
SMALL = "# Small\n\nBy Jane Doe\n\nMarch 3, 2020\n\nA paragraph.\n"
UNTITLED = "No title in this one.\n\nJust text.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@attrs.frozen
class Run:
    status: int
    out: bytes
    err: str

    @property
    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.split(b"\n")[:-1]]


@pytest.fixture
def cli(capsysbinary: pytest.CaptureFixture[bytes]) -> Any:
    def run(*args: str) -> Run:
        status = main(list(args))
        captured = capsysbinary.readouterr()
        return Run(status, captured.out, captured.err.decode())

    return run


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of inputs of every kind, named so that sorted order is their number."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "00-seed.md").write_text(SEED_TEXT, encoding="utf-8")
    (root / "01-seed.md.gz").write_bytes(gzip.compress(SEED_TEXT.encode()))
    (root / "02-bom.md").write_bytes(codecs.BOM_UTF8 + SMALL.encode())
    (root / "03-latin.md").write_bytes(LATIN.encode("cp1252"))
    (root / "04-image.txt").write_bytes(PNG)
    (root / "05-untitled.md").write_text(UNTITLED, encoding="utf-8")
    (root / "sub" / "06-utf16.md").write_bytes(codecs.BOM_UTF16_LE + SMALL.encode("utf-16-le"))
    (root / ".hidden.md").write_text("never read")
    return root


def _article(path: Path) -> dict[str, Any]:
    return {"path": str(path), "article": newsparse.to_dict(newsparse.parse_file(path))}


def _error(path: Path, code: str, message: str, line: int = 1, column: int = 1) -> dict[str, Any]:
    error = {"code": code, "message": message, "line": line, "column": column}
    return {"path": str(path), "error": error}


BINARY = "the file looks binary (NUL or control bytes near the start), not a text dump"


def _expected(root: Path) -> list[dict[str, Any]]:
    def parsed(name: str, text: str) -> dict[str, Any]:
        return {"path": str(root / name), "article": newsparse.to_dict(newsparse.parse(text))}

    return [
        parsed("00-seed.md", SEED_TEXT),
        parsed("01-seed.md.gz", SEED_TEXT),
        parsed("02-bom.md", SMALL),
        _article(root / "03-latin.md"),
        _error(root / "04-image.txt", Code.BINARY_INPUT, BINARY),
        parsed("05-untitled.md", UNTITLED),
        parsed("sub/06-utf16.md", SMALL),
    ]


# --- parse: records ---------------------------------------------------------------------------


def test_parse_writes_one_record_per_file_in_sorted_order(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "-j", "1", "--quiet")
    assert run.status == 1  # the image failed
    assert run.records == _expected(corpus)
    latin = run.records[3]["article"]
    assert [d["code"] for d in latin["diagnostics"]] == [Code.ENCODING_FALLBACK]
    assert latin["headline"]["text"] == "Café"


def test_jsonl_is_one_compact_record_per_line(cli: Any, corpus: Path) -> None:
    out = cli("parse", str(corpus / "02-bom.md"), "-j", "1", "--quiet").out
    record = {
        "path": str(corpus / "02-bom.md"),
        "article": newsparse.to_dict(newsparse.parse(SMALL)),
    }
    assert out == json.dumps(record, ensure_ascii=False).encode() + b"\n"


def test_json_format_is_one_indented_array(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "--format", "json", "-j", "1", "--quiet")
    assert json.loads(run.out) == _expected(corpus)
    assert run.out.startswith(b'[\n  {\n    "path": ')
    assert run.out.endswith(b"\n  }\n]\n")


def test_json_format_with_no_files_is_an_empty_array(cli: Any, tmp_path: Path) -> None:
    """No input file is a usage error (exit 2), and stdout still holds valid, empty JSON."""
    run = cli("parse", str(tmp_path), "--format", "json", "--quiet")
    assert (run.status, run.out) == (2, b"[\n]\n")
    assert json.loads(run.out) == []
    assert run.err.startswith(f"newsparse: no input files: nothing in {tmp_path} matches")


def test_a_folder_reads_dumps_and_pages_and_says_what_it_skipped(cli: Any, tmp_path: Path) -> None:
    """expected.json, images and the like are not articles: skipped, counted in the summary."""
    (tmp_path / "a.md").write_text("# A dump\n\nText.\n")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "expected.json").write_text("{}")
    (tmp_path / "photo.jpg").write_bytes(PNG)
    run = cli("parse", str(tmp_path), "-j", "1")
    records = [json.loads(line) for line in run.out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.md", "b.htm.gz"]
    assert records[1]["article"]["headline"]["text"] == "Lavrov Speaks"
    assert run.status == 0
    assert run.err.splitlines()[1] == (
        "  skipped 2 files (1 .jpg, 1 .json) in folders: not dumps or pages by name "
        "(--glob PATTERN chooses the files)"
    )
    everything = cli("parse", str(tmp_path), "-j", "1", "--glob", "*", "--quiet")
    assert len(everything.out.splitlines()) == 4


def test_a_glob_that_matches_nothing_is_exit_2(cli: Any, corpus: Path) -> None:
    """A --glob (or a folder) naming no file is an error with a clear message, not '0 of 0'."""
    run = cli("parse", str(corpus), "--glob", "*.xml", "-o", str(corpus / "out.jsonl"))
    assert run.status == 2
    assert run.err.startswith(f"newsparse: no input files: nothing in {corpus} matches --glob")
    assert not (corpus / "out.jsonl").exists()


def test_rows_format_writes_to_row_per_line(cli: Any, corpus: Path) -> None:
    """--format rows is newsparse.to_row per file; --fields picks and orders the columns."""
    run = cli("parse", str(corpus / "00-seed.md"), str(corpus / "04-image.txt"), "--quiet",
              "--format", "rows", "--fields", "title,path,error,authors")  # fmt: skip
    rows = [json.loads(line) for line in run.out.splitlines()]
    assert rows == [
        newsparse.to_row(
            newsparse.parse(SEED_TEXT),
            path=str(corpus / "00-seed.md"),
            fields=["title", "path", "error", "authors"],
        ),
        {"title": None, "path": str(corpus / "04-image.txt"), "error": "binary-input",
         "authors": []},
    ]  # fmt: skip
    assert list(rows[0]) == ["title", "path", "error", "authors"]
    whole = cli("parse", str(corpus / "00-seed.md"), "--quiet", "--format", "rows")
    assert json.loads(whole.out) == newsparse.to_row(
        newsparse.parse(SEED_TEXT), path=str(corpus / "00-seed.md")
    )


def test_fields_needs_rows_and_known_columns(cli: Any, corpus: Path) -> None:
    """--fields without --format rows, or with an unknown column, is a usage error."""
    assert cli("parse", str(corpus), "--fields", "title").status == 2
    bad = cli("parse", str(corpus), "--format", "rows", "--fields", "title,colour")
    assert bad.status == 2
    assert "unknown column 'colour'" in bad.err


def test_date_order_reads_numeric_dates_in_that_order(cli: Any, tmp_path: Path) -> None:
    """--date-order mdy reads 03/05/2022 as March 5 in parse and show."""
    path = tmp_path / "a.md"
    path.write_text("# A title\n\n03/05/2022\n\nText of the article.\n")
    fields = ("--format", "rows", "--fields", "published", "--quiet")
    assert json.loads(cli("parse", str(path), *fields).out) == {"published": "2022-05-03"}
    mdy = cli("parse", str(path), *fields, "--date-order", "mdy")
    assert json.loads(mdy.out) == {"published": "2022-03-05"}
    shown = cli("show", str(path), "--date-order", "mdy")
    assert b"ambiguous-date" not in shown.out
    assert b"ambiguous-date" in cli("show", str(path)).out


@pytest.mark.parametrize("output_format", ["jsonl", "json"])
def test_two_jobs_write_exactly_what_one_job_writes(
    cli: Any, corpus: Path, output_format: str
) -> None:
    for i in range(40):  # enough files for several chunks on both workers
        (corpus / "sub" / f"extra-{i:02d}.md").write_text(f"# Dump {i}\n\nText {i}.\n")
    one = cli("parse", str(corpus), "-j", "1", "--format", output_format, "--quiet")
    two = cli("parse", str(corpus), "-j", "2", "--format", output_format, "--quiet")
    assert one.out == two.out
    assert (one.status, two.status) == (1, 1)
    assert multiprocessing.active_children() == []


def test_error_record_for_a_missing_file(cli: Any, tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    run = cli("parse", str(missing), "--quiet")
    assert run.status == 1
    assert run.records == [
        _error(missing, Code.UNREADABLE_INPUT, f"cannot read {missing}: No such file or directory")
    ]


def test_error_record_for_a_damaged_gzip(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "cut.md.gz"
    path.write_bytes(gzip.compress(SMALL.encode())[:-10])
    run = cli("parse", str(path), "--quiet")
    assert run.records == [
        _error(path, Code.UNREADABLE_INPUT, f"cannot read {path}: gzip data ends early")
    ]


def test_strict_turns_the_first_warning_into_an_error_record(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "--strict", "-j", "1", "--quiet")
    expected = _expected(corpus)
    expected[3] = _error(
        corpus / "03-latin.md",
        Code.ENCODING_FALLBACK,
        "not valid UTF-8 from offset 5 (read as 'é'); "
        "bytes that are not UTF-8 were read as Windows-1252",
        line=1,
        column=6,
    )
    expected[5] = _error(
        corpus / "05-untitled.md", Code.NO_TITLE, "no heading near the top reads as the title"
    )
    assert run.records == expected
    assert run.status == 1


def test_glob_keeps_matching_files_in_folders(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "--glob", "*.md", "--quiet")
    assert [r["path"] for r in run.records] == [
        str(corpus / name)
        for name in ["00-seed.md", "02-bom.md", "03-latin.md", "05-untitled.md", "sub/06-utf16.md"]
    ]
    assert run.status == 0


def test_glob_with_a_slash_matches_the_path_below_the_folder(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "--glob", "sub/*", "--quiet")
    assert [r["path"] for r in run.records] == [str(corpus / "sub" / "06-utf16.md")]


def test_stdin_is_read_for_dash(cli: Any, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(SMALL.encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    run = cli("parse", "-", str(corpus / "00-seed.md"), "-", "-j", "2", "--quiet")
    small = newsparse.to_dict(newsparse.parse(SMALL))
    assert run.records == [
        {"path": "-", "article": small},
        _article(corpus / "00-seed.md"),
        {"path": "-", "article": small},  # stdin is read once and reused
    ]
    assert run.status == 0


def test_binary_stdin_is_an_error_record(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PNG)))
    run = cli("parse", "-", "--quiet")
    assert (run.status, run.records) == (
        1,
        [{"path": "-", "error": _error(Path(), Code.BINARY_INPUT, BINARY)["error"]}],
    )


# --- parse: output file ---------------------------------------------------------------------


def test_output_file_holds_what_stdout_would(cli: Any, corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "all.jsonl"
    target.parent.mkdir()
    run = cli("parse", str(corpus), "-o", str(target), "--quiet")
    assert (run.status, run.out) == (1, b"")
    assert target.read_bytes() == cli("parse", str(corpus), "--quiet").out
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.jsonl"]  # no temporary left
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_output_dash_is_stdout(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus / "00-seed.md"), "-o", "-", "--quiet")
    assert run.records == [_article(corpus / "00-seed.md")]


def test_output_replaces_an_old_file_only_when_done(cli: Any, corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old")
    cli("parse", str(corpus / "00-seed.md"), "-o", str(target), "--quiet")
    assert json.loads(target.read_text()) == _article(corpus / "00-seed.md")


def test_output_in_a_missing_folder_is_a_usage_error(
    cli: Any, corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "out.jsonl"
    run = cli("parse", str(corpus), "-o", str(target))
    assert run.status == 2
    assert run.err == f"newsparse: cannot write {target}: No such file or directory\n"


def test_a_failed_write_leaves_no_file(
    cli: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsparse._cli.output.os.replace", no_space)
    target = tmp_path / "out.jsonl"
    run = cli("parse", str(corpus / "00-seed.md"), "-o", str(target), "--quiet")
    assert run.status == 1
    assert run.err == f"newsparse: cannot write {target}: [Errno 28] No space left on device\n"
    assert list(tmp_path.iterdir()) == [corpus]


# --- parse: interruption ----------------------------------------------------------------------


def _interrupt_after_two_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C once the first two chunks (1 and 2 files: chunks grow 1, 2, 4, ...) are written."""
    real_update = Progress.update

    def update(self: Progress, done: int, errors: int) -> None:
        if done == 3:
            raise KeyboardInterrupt
        real_update(self, done, errors)

    monkeypatch.setattr(Progress, "update", update)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_workers_and_writes_nothing(
    cli: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    _interrupt_after_two_chunks(monkeypatch)
    target = tmp_path / "out.jsonl"
    run = cli("parse", str(corpus), "-o", str(target), "-j", jobs)
    assert run.status == 130
    assert run.err == f"newsparse: interrupted after 3 files; {target} was not written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    assert multiprocessing.active_children() == []


def test_ctrl_c_on_a_terminal_says_how_far_of_the_total(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _interrupt_after_two_chunks(monkeypatch)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(corpus), "-j", "2"]) == 130
    assert terminal.getvalue().endswith("\r\x1b[Knewsparse: interrupted after 3 of 7 files\n")
    assert len(capsysbinary.readouterr().out.splitlines()) == 3


# --- parse: progress and summary -----------------------------------------------------------


def test_summary_counts_and_names_the_failures(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "-j", "2")
    assert re.fullmatch(
        r"newsparse: 6 of 7 files parsed \(2 with diagnostics\), 1 failed, in [0-9.hms]+"
        r"(, [0-9]+ files/s)?\n"
        rf"  {re.escape(str(corpus / '04-image.txt'))}:1:1: binary-input: {re.escape(BINARY)}\n",
        run.err,
    ), run.err


def test_summary_lists_ten_failures_then_counts_the_rest(cli: Any, tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"{i:02d}.bin").write_bytes(PNG)
    run = cli("parse", str(tmp_path), "-j", "1", "--glob", "*.bin")
    lines = run.err.splitlines()
    assert lines[0].startswith("newsparse: 0 of 12 files parsed (0 with diagnostics), 12 failed")
    assert lines[1:11] == [
        f"  {tmp_path / f'{i:02d}.bin'}:1:1: binary-input: {BINARY}" for i in range(10)
    ]
    assert lines[11:] == ["  ... and 2 more (see the error records)"]
    assert run.status == 1


def test_all_parsed_exits_0(cli: Any, corpus: Path) -> None:
    run = cli("parse", str(corpus), "--glob", "0[0-3]*")
    assert run.status == 0
    assert run.err.startswith("newsparse: 4 of 4 files parsed (1 with diagnostics), 0 failed, in ")


def test_quiet_prints_nothing_on_stderr(cli: Any, corpus: Path) -> None:
    assert cli("parse", str(corpus), "--quiet").err == ""


def test_progress_is_drawn_on_a_terminal_only(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(corpus), "-j", "1"]) == 1
    drawn = terminal.getvalue()
    # The first update is drawn at once; the line is cleared before the summary.
    assert re.match(r"\r\x1b\[K1/7 files, [0-9]+ files/s, 0 errors(, ETA [0-9.hms]+)?\r", drawn)
    assert "\r\x1b[Knewsparse: 6 of 7 files parsed" in drawn
    assert capsysbinary.readouterr().err == b""


def test_quiet_hides_progress_on_a_terminal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(corpus), "--quiet"]) == 1
    assert terminal.getvalue() == ""


# --- usage ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["parse"], "the following arguments are required: PATH"),
        (["parse", "x", "-j", "0"], "argument -j/--jobs: needs at least 1 job"),
        (["parse", "x", "-j", "two"], "argument -j/--jobs: 'two' is not a whole number"),
        (["parse", "x", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["parse", "x", "--bogus"], "unrecognized arguments: --bogus"),
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
        (["show"], "the following arguments are required: FILE"),
        (["show", "a", "b"], "unrecognized arguments: b"),
        (["stats"], "the following arguments are required: PATH"),
    ],
)
def test_usage_errors_exit_2(cli: Any, args: list[str], message: str) -> None:
    run = cli(*args)
    assert run.status == 2
    assert message in run.err
    assert run.out == b""


def test_help_exits_0_and_lists_every_command(cli: Any) -> None:
    run = cli("--help")
    assert run.status == 0
    for command in COMMANDS:
        assert command.name in run.out.decode()
    assert "130 when interrupted" in run.out.decode()


def test_jobs_default_to_the_usable_cores() -> None:
    from newsparse._pool import default_jobs

    for command in ("parse", "stats"):
        assert build_parser().parse_args([command, "x"]).jobs == default_jobs()


def test_every_command_has_help() -> None:
    text = " ".join(build_parser().format_help().split())
    assert all(command.help in text for command in COMMANDS)
    assert [c.name for c in COMMANDS] == ["parse", "show", "stats", "schema"]


def test_schema_prints_the_json_schema(cli: Any) -> None:
    run = cli("schema")
    assert run.status == 0
    assert json.loads(run.out) == newsparse.json_schema()
    assert json.loads(run.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# --- show -------------------------------------------------------------------------------------


SHOW_DUMP = (
    "# Title\n\nBy Jane Doe and AP July 16, 2021\n\nText with a \x1b[31mcontrol\x1b[0m.\n\n"
    "Original url:\n\n<https://x.test/a>\n"
)
SHOW_PLAIN = """\
 1 title           | # Title
 2                 |
 3 byline+dateline | By Jane Doe and AP July 16, 2021
 4                 |
 5 body            | Text with a \u241b[31mcontrol\u241b[0m.
 6                 |
 7 source          | Original url:
 8 source          |
 9 source          | <https://x.test/a>
10                 |

diagnostics: 0
"""


def test_show_marks_each_line_with_its_element(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "dump.md"
    path.write_text(SHOW_DUMP, encoding="utf-8")
    run = cli("show", str(path))
    assert (run.status, run.out.decode(), run.err) == (0, SHOW_PLAIN, "")


def test_show_lists_diagnostics_with_positions(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "latin.md.gz"
    path.write_bytes(gzip.compress("Untitled text: €5.\n".encode("cp1252")))
    run = cli("show", str(path))
    assert run.out.decode() == (
        "1 body | Untitled text: €5.\n"
        "2      |\n"
        "\n"
        "diagnostics: 2\n"
        "  1:1 warning no-title: no heading near the top reads as the title\n"
        "  1:16 warning encoding-fallback: not valid UTF-8 from offset 15 (read as '€'); "
        "bytes that are not UTF-8 were read as Windows-1252\n"
    )


def test_show_reads_stdin(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHOW_DUMP.encode())))
    assert cli("show", "-").out.decode() == SHOW_PLAIN


def test_show_colours_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dump.md"
    path.write_text("# Title\n\nUntitled? no.\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["show", str(path)]) == 0
    assert terminal.getvalue().splitlines()[:3] == [
        "1 \x1b[1;35mtitle\x1b[0m | # Title",
        "2       |",
        "3 body  | Untitled? no.",
    ]


def test_no_color_turns_colour_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dump.md"
    path.write_text("# Title\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["show", str(path)]) == 0
    assert "\x1b" not in terminal.getvalue()


def test_show_of_an_unreadable_file_exits_1(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(PNG)
    run = cli("show", str(path))
    assert (run.status, run.out) == (1, b"")
    assert run.err == f"newsparse: {path}: binary-input: {BINARY}\n"


# --- stats ------------------------------------------------------------------------------------


STATS_HEAD = """\
7 files: 6 parsed, 1 failed

field        files  of parsed
title            5      83.3%
standfirst       0       0.0%
byline           5      83.3%
authors          5      83.3%
dateline         5      83.3%
published        5      83.3%
updated          0       0.0%
place            0       0.0%
captions         2      33.3%
pictures         0       0.0%
related          2      33.3%
footnotes        2      33.3%
body             6     100.0%
boilerplate      0       0.0%
definitions      0       0.0%
source_url       2      33.3%

diagnostic         count  files
encoding-fallback      1      1
no-title               1      1

error         files
binary-input      1

slowest"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stats_tables(cli: Any, corpus: Path, jobs: str) -> None:
    run = cli("stats", str(corpus), "-j", jobs)
    assert run.status == 1
    text = run.out.decode()
    assert text.startswith(STATS_HEAD), text
    slowest = text[len(STATS_HEAD) :].splitlines()
    assert re.fullmatch(r" +ms", slowest[0])
    assert len(slowest) == 6
    paths = {str(p) for p in corpus.rglob("*") if p.is_file() and p.name != ".hidden.md"}
    for row in slowest[1:]:
        path, ms = row.rsplit(maxsplit=1)
        assert path in paths
        assert float(ms) >= 0


def test_stats_with_glob_and_no_failures_exits_0(cli: Any, corpus: Path) -> None:
    run = cli("stats", str(corpus), "--glob", "00-*")
    assert run.status == 0
    assert run.out.decode().startswith("1 files: 1 parsed, 0 failed\n")
    assert "\nerror " not in run.out.decode()


def test_stats_on_a_terminal_draws_progress(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["stats", str(corpus), "-j", "1"]) == 1
    assert terminal.getvalue().startswith("\r\x1b[K1/7 files, ")
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert capsysbinary.readouterr().out.startswith(b"7 files: 6 parsed, 1 failed\n")


def test_stats_interrupted(cli: Any, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse._cli.stats_command import Census

    real_add = Census.add

    def add(self: Census, outcome: Any) -> None:
        if self.files == 3:
            raise KeyboardInterrupt
        real_add(self, outcome)

    monkeypatch.setattr(Census, "add", add)
    run = cli("stats", str(corpus), "-j", "2")
    assert (run.status, run.out, run.err) == (130, b"", "newsparse: interrupted after 3 files\n")
    assert multiprocessing.active_children() == []


# --- properties -------------------------------------------------------------------------------


_CONTENT = st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode))


@given(st.lists(_CONTENT, max_size=6))
def test_every_file_gives_one_record_that_reads_back(contents: list[bytes]) -> None:
    """Whatever the bytes, each file has one record, in order, equal to what parse_file says."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, content in enumerate(contents):
            path = Path(folder) / f"{i:02d}.md"
            path.write_bytes(content)
            paths.append(path)
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(io.StringIO()):
            status = main(["parse", folder, "-j", "1"])
        stdout.flush()
        # Split the bytes: str.splitlines() would also split at U+0085 or U+2028 inside a string.
        lines = stdout.buffer.getvalue().split(b"\n")[:-1]
        records = [json.loads(line) for line in lines]
        assert [r["path"] for r in records] == [str(p) for p in paths]
        failed = False
        for path, record in zip(paths, records, strict=True):
            expected = outcome(functools.partial(newsparse.parse_file, path))
            if isinstance(expected, newsparse.ParseError):
                failed = True
                assert record["error"] == {
                    "code": expected.code,
                    "message": expected.message,
                    "line": expected.line,
                    "column": expected.column,
                }
            else:
                assert newsparse.from_dict(record["article"]) == expected
        assert status == (2 if not paths else 1 if failed else 0)


PAGE = (
    "<html><head><title>Lavrov Speaks</title></head><body><article><h1>Lavrov Speaks</h1>"
    "<p>By <a href='https://x.test/afp'>AFP</a></p>"
    + "<p>Russia said on Friday that the mission in Afghanistan had failed.</p>" * 4
    + "</article></body></html>"
)


def test_html_files_are_read_as_pages_by_name(cli: Any, tmp_path: Path) -> None:
    """A .html file, plain or gzipped, is a page: its record equals parse_html of its bytes."""
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(PAGE.encode()))
    run = cli("parse", str(tmp_path), "-j", "1", "--quiet")
    expected = newsparse.to_dict(newsparse.parse_html(PAGE.encode()))
    assert run.records == [
        {"path": str(tmp_path / "a.html"), "article": expected},
        {"path": str(tmp_path / "b.htm.gz"), "article": expected},
    ]
    headline = expected["headline"]
    assert isinstance(headline, dict)
    assert headline["text"] == "Lavrov Speaks"
    assert run.status == 0


def test_html_flag_reads_any_file_as_a_page(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    as_dump = cli("parse", str(tmp_path / "page.txt"), "-j", "1", "--quiet").records[0]
    as_page = cli("parse", "--html", str(tmp_path / "page.txt"), "-j", "1", "--quiet").records[0]
    assert as_page["article"] == newsparse.to_dict(newsparse.parse_html(PAGE.encode()))
    assert as_dump["article"] == newsparse.to_dict(newsparse.parse(PAGE))
    assert as_page != as_dump


def test_parse_file_reads_html_by_name(tmp_path: Path) -> None:
    page = tmp_path / "story.HTML"
    page.write_text(PAGE, encoding="utf-8")
    assert newsparse.parse_file(page) == newsparse.parse_html(PAGE.encode())


def test_html_on_stdin_is_recognised(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page piped in (here after a byte-order mark and blank lines) is parsed as HTML."""
    page = codecs.BOM_UTF8 + b"\n\n  <!DOCTYPE html>" + PAGE.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    run = cli("parse", "-", "--quiet")
    assert run.records == [{"path": "-", "article": newsparse.to_dict(newsparse.parse_html(page))}]


def test_show_html_shows_the_dump_made_from_the_page(cli: Any, tmp_path: Path) -> None:
    """Show on a page marks the lines of the dump html_to_dump wrote, which its spans index."""
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    run = cli("show", "--html", str(path))
    dump = newsparse.html_to_dump(PAGE)
    lines = run.out.decode().split("\n")[: dump.count("\n") + 1]
    assert lines[0] == " 1 title  | # Lavrov Speaks"
    assert lines[2] == " 3 byline | By [AFP](https://x.test/afp)"
    # Each line shows the dump's line as written (a blank one leaves only the margin).
    assert [line.partition("| ")[2] for line in lines] == dump.split("\n")
    named = tmp_path / "page.html"
    named.write_text(PAGE, encoding="utf-8")
    assert cli("show", str(named)).out == run.out


def test_stats_says_what_it_skipped_and_needs_an_input(cli: Any, tmp_path: Path) -> None:
    """The stats command walks folders as parse does: skipped files counted; none is exit 2."""
    (tmp_path / "expected.json").write_text("{}")
    empty = cli("stats", str(tmp_path))
    assert empty.status == 2
    assert empty.err.startswith("newsparse: no input files: nothing in")
    (tmp_path / "a.md").write_text("# A dump\n\nText.\n")
    run = cli("stats", str(tmp_path), "-j", "1")
    assert run.status == 0
    assert run.out.startswith(b"1 files: 1 parsed, 0 failed")
    assert run.err == (
        "newsparse: skipped 1 file (1 .json) in folders: not dumps or pages by name "
        "(--glob PATTERN chooses the files)\n"
    )
