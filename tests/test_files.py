"""Reading files: gzip, encodings, binary refusal, unreadable paths, and the cp1252 diagnostic."""

from __future__ import annotations

import codecs
import gzip
import io
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._errors import Code
from newsparse._files import (
    MAX_BYTES,
    Decoded,
    decode,
    gunzip,
    load,
    looks_binary,
    parse_bytes,
    read_bytes,
    unpack,
)
from newsparse._model import Severity, Span

from .conftest import seed_paths
from .helpers import outcome

SEED = seed_paths()[0]
DUMP = "# Café au lait\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nPrices rose — again.\n"


def _error(call: object) -> newsparse.ParseError:
    with pytest.raises(newsparse.ParseError) as raised:
        call()  # type: ignore[operator]
    return raised.value


# --- decode -------------------------------------------------------------------------------------


def test_utf8_without_bom() -> None:
    assert decode(DUMP.encode()) == Decoded(text=DUMP, encoding="utf-8")


def test_utf8_bom_is_removed() -> None:
    assert decode(codecs.BOM_UTF8 + DUMP.encode()) == Decoded(text=DUMP, encoding="utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + DUMP.encode(codec)) == Decoded(text=DUMP, encoding="utf-16")


def test_utf16_bom_on_odd_bytes_is_binary() -> None:
    error = _error(lambda: decode(codecs.BOM_UTF16_LE + b"a\x00b"))
    assert error.code == Code.BINARY_INPUT
    assert error.message.startswith("starts with a UTF-16 byte-order mark but is not UTF-16")


def test_a_cp1252_file_reads_as_cp1252() -> None:
    data = "# Déjà vu\n\n“Quoted” text €5".encode("cp1252")
    assert decode(data) == Decoded(
        text="# Déjà vu\n\n“Quoted” text €5", encoding="utf-8+cp1252", fallback_at=3
    )


def test_a_stray_byte_in_utf8_keeps_the_valid_characters() -> None:
    """Only the bytes that are not UTF-8 are read as cp1252; offsets count characters."""
    data = "# Déjà vu\n\n".encode() + b"caf\xe9 " + "“ok”".encode()
    assert decode(data) == Decoded(
        text="# Déjà vu\n\ncafé “ok”", encoding="utf-8+cp1252", fallback_at=14
    )


def test_a_truncated_utf8_sequence_is_read_byte_by_byte() -> None:
    assert decode(b"ab\xe2\x82") == Decoded(text="abâ‚", encoding="utf-8+cp1252", fallback_at=2)


def test_cp1252_undefined_bytes_map_to_c1_controls() -> None:
    """0x81, 0x8D, 0x8F, 0x90, 0x9D have no cp1252 character: they decode as browsers do."""
    data = b"# T\n\nab\x81\x8d\x8f\x90\x9dcd"
    assert decode(data) == Decoded(
        text="# T\n\nab\x81\x8d\x8f\x90\x9dcd", encoding="utf-8+cp1252", fallback_at=7
    )


def test_bom_then_invalid_utf8_offsets_count_from_after_the_bom() -> None:
    assert decode(codecs.BOM_UTF8 + b"ab\xe9") == Decoded(
        text="abé", encoding="utf-8+cp1252", fallback_at=2
    )


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # a PNG header
        b"%PDF-1.7 plain start\x00 then a NUL",
        b"\x01\x02\x03\x04\x05\x06abc",  # mostly control bytes, no NUL
        b"text\n" + b"\x00",
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    assert looks_binary(data)
    error = _error(lambda: decode(data))
    assert error.code == Code.BINARY_INPUT
    assert (error.line, error.column) == (1, 1)


def test_a_nul_after_the_sample_is_text() -> None:
    """Binary detection looks at the first 8 KiB only (its cost must not grow with the file)."""
    data = b"# Title\n\n" + b"word " * 2000 + b"\x00"
    assert not looks_binary(data)
    assert decode(data).encoding == "utf-8"


def test_some_control_bytes_are_still_text() -> None:
    data = b"# Title\n\nESC \x1b[1mbold\x1b[0m and a form feed \x0c and a bell \x07 in prose."
    assert not looks_binary(data)


def test_empty_bytes_are_empty_text() -> None:
    assert decode(b"") == Decoded(text="", encoding="utf-8")


# --- gzip -------------------------------------------------------------------------------------


def test_gunzip_reads_every_member() -> None:
    data = gzip.compress(b"# One\n") + gzip.compress(b"\nTwo\n")
    assert gunzip(data) == b"# One\n\nTwo\n"


def test_truncated_gzip_is_unreadable() -> None:
    data = gzip.compress(DUMP.encode())[:-12]
    error = _error(lambda: gunzip(data, name="x.gz"))
    assert (error.code, error.message) == (
        Code.UNREADABLE_INPUT,
        "cannot read x.gz: gzip data ends early",
    )


def test_damaged_gzip_is_unreadable() -> None:
    data = bytearray(gzip.compress(DUMP.encode()))
    data[12:20] = b"\xff" * 8
    error = _error(lambda: gunzip(bytes(data), name="x.gz"))
    assert error.code == Code.UNREADABLE_INPUT
    assert error.message.startswith("cannot read x.gz: damaged gzip data (")


def test_gzip_bomb_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse._files.MAX_BYTES", 1000)
    error = _error(lambda: gunzip(gzip.compress(b"a" * 1001), name="bomb.gz"))
    assert (error.code, error.message) == (
        Code.INPUT_TOO_LARGE,
        "bomb.gz holds more than 1000 bytes",
    )
    assert gunzip(gzip.compress(b"a" * 1000)) == b"a" * 1000


def test_unpack_leaves_plain_bytes_alone() -> None:
    assert unpack(b"# T") == b"# T"
    assert unpack(gzip.compress(b"# T")) == b"# T"


def test_max_bytes_allows_any_text_parse_accepts() -> None:
    assert MAX_BYTES == 4 * newsparse.MAX_INPUT


# --- read_bytes -----------------------------------------------------------------------------


def test_read_bytes_of_a_gzip_file_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.md"
    path.write_bytes(gzip.compress(DUMP.encode()))
    assert read_bytes(path) == DUMP.encode()


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "nope.md"
    error = _error(lambda: read_bytes(path))
    assert (error.code, error.message) == (
        Code.UNREADABLE_INPUT,
        f"cannot read {path}: No such file or directory",
    )


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("a\x00b.md", "embedded null byte"),
        ("\ud800.md", "surrogates not allowed"),
    ],
)
def test_a_path_no_file_system_holds_is_unreadable(path: str, reason: str) -> None:
    error = _error(lambda: newsparse.parse_file(path))
    assert error.code == Code.UNREADABLE_INPUT
    assert error.message.startswith(f"cannot read {path!r}: ")
    assert reason in error.message


@pytest.mark.parametrize("path", [0, -1, None, b"bytes.md"])
def test_a_path_that_is_no_path_is_invalid_input(path: object) -> None:
    # An int would open a file descriptor (0 is stdin) and close it.
    error = _error(lambda: newsparse.parse_file(path))  # type: ignore[arg-type]
    assert error.code == Code.INVALID_INPUT


def test_a_bad_path_does_not_stop_a_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("# Title\n\nText.")
    results = list(newsparse.parse_many([good, "a\x00b.md", good], jobs=1))
    assert [r.error.code if r.error else r.article and r.article.title for r in results] == [
        "Title",
        Code.UNREADABLE_INPUT,
        "Title",
    ]


def test_folder_is_unreadable(tmp_path: Path) -> None:
    error = _error(lambda: read_bytes(tmp_path))
    assert (error.code, error.message) == (
        Code.UNREADABLE_INPUT,
        f"cannot read {tmp_path}: Is a directory",
    )


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsparse._files.MAX_BYTES", 10)
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 11)
    assert _error(lambda: read_bytes(path)).code == Code.INPUT_TOO_LARGE
    path.write_bytes(b"x" * 10)
    assert read_bytes(path) == b"x" * 10


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_read_in_bounded_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO has no size to check first; the chunked reader still stops at the limit."""
    import threading

    monkeypatch.setattr("newsparse._files.MAX_BYTES", 5)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed(data: bytes) -> None:
        with open(fifo, "wb") as stream:
            stream.write(data)

    for data, expected in [(b"12345", b"12345"), (b"123456", None)]:
        writer = threading.Thread(target=feed, args=(data,))
        writer.start()
        result = outcome(lambda: read_bytes(fifo))
        writer.join()
        if expected is None:
            assert isinstance(result, newsparse.ParseError)
            assert result.code == Code.INPUT_TOO_LARGE
        else:
            assert result == expected


# --- parsing --------------------------------------------------------------------------------


def test_parse_file_equals_parse_of_the_text(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert newsparse.parse_file(SEED) == newsparse.parse(text)
    assert newsparse.parse_file(str(SEED)) == newsparse.parse(text)
    packed = tmp_path / "seed.txt.gz"
    packed.write_bytes(gzip.compress(text.encode()))
    assert newsparse.parse_file(packed) == newsparse.parse(text)


def test_cp1252_file_gets_a_fallback_diagnostic(tmp_path: Path) -> None:
    text = "# Café\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nIt costs €5."
    path = tmp_path / "latin.md"
    path.write_bytes(text.encode("cp1252"))
    article = newsparse.parse_file(path)
    clean = newsparse.parse(text)
    assert article.headline == clean.headline
    assert article.body == clean.body
    fallback = newsparse.Diagnostic(
        code=Code.ENCODING_FALLBACK,
        message=(
            "not valid UTF-8 from offset 5 (read as 'é'); "
            "bytes that are not UTF-8 were read as Windows-1252"
        ),
        severity=Severity.WARNING,
        span=Span(start=5, end=6, line=1, end_line=1),
    )
    assert article.diagnostics == (fallback, *clean.diagnostics)


def test_fallback_diagnostic_sits_in_position_order(tmp_path: Path) -> None:
    text = "No title here.\n\nSecond line costs €5."
    path = tmp_path / "latin.md"
    path.write_bytes(text.encode("cp1252"))
    codes = [(d.span.start, d.code) for d in newsparse.parse_file(path).diagnostics]
    assert codes == sorted(codes)
    assert (text.index("€"), Code.ENCODING_FALLBACK) in codes


def test_strict_raises_for_the_fallback_when_it_comes_first(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nIt costs €5.".encode("cp1252"))
    error = _error(lambda: newsparse.parse_file(path, strict=True))
    assert (error.code, error.line, error.column) == (Code.ENCODING_FALLBACK, 7, 10)


def test_strict_raises_for_an_earlier_warning_first(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("No title here.\n\nIt costs €5.".encode("cp1252"))
    error = _error(lambda: newsparse.parse_file(path, strict=True))
    assert (error.code, error.line, error.column) == (Code.NO_TITLE, 1, 1)


def test_strict_utf8_behaves_as_parse_strict(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("No title here.", encoding="utf-8")
    assert _error(lambda: newsparse.parse_file(path, strict=True)) == _error(
        lambda: newsparse.parse("No title here.", strict=True)
    )


def test_binary_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _error(lambda: newsparse.parse_file(path)).code == Code.BINARY_INPUT


def test_load_uses_given_data_instead_of_the_file() -> None:
    assert load("-", data=gzip.compress(DUMP.encode())) == newsparse.parse(DUMP)


@given(st.text())
def test_utf8_bytes_parse_as_their_text(text: str) -> None:
    data = text.encode("utf-8")
    result = outcome(lambda: parse_bytes(data))
    if looks_binary(data):
        assert isinstance(result, newsparse.ParseError)
        assert result.code == Code.BINARY_INPUT
    elif data.startswith(codecs.BOM_UTF8):
        assert result == newsparse.parse(text[1:])
    else:
        assert result == newsparse.parse(text)


@given(st.binary())
def test_any_bytes_give_an_article_or_a_parse_error(data: bytes) -> None:
    """Totality: nothing but ParseError escapes; the fallback keeps every valid UTF-8 character."""
    result = outcome(lambda: decode(data))
    if isinstance(result, Decoded) and result.encoding == "utf-8+cp1252":
        body = data.removeprefix(codecs.BOM_UTF8)
        valid = body.decode("utf-8", errors="ignore")
        assert len(result.text) == len(valid) + len(body) - len(valid.encode())
        assert result.fallback_at is not None
        prefix = result.text[: result.fallback_at]
        with pytest.raises(UnicodeDecodeError) as raised:
            body.decode("utf-8")
        assert raised.value.start == len(prefix.encode("utf-8"))
    assert isinstance(outcome(lambda: parse_bytes(data)), newsparse.Article | newsparse.ParseError)


def test_read_document_gives_the_text_the_spans_index(tmp_path: Path) -> None:
    """For a page, the dump html_to_dump writes; for a dump, its decoded text (cp1252 bytes too)."""
    page = b"<html><body><h1>Harbour lights</h1><p>By Mara Lind</p><p>The quay is lit.</p></body>"
    (tmp_path / "a.html").write_bytes(page)
    document = newsparse.read_document(tmp_path / "a.html")
    assert document.text == newsparse.html_to_dump(page)
    assert document.article == newsparse.parse_html(page)
    dump = "# Caf\xe9 opens\n\nBy Jo Park\r\nText.".encode("cp1252")
    document = newsparse.read_document("-", data=dump)
    assert document.text == "# Café opens\n\nBy Jo Park\r\nText."
    assert document.lines() == ["# Café opens", "", "By Jo Park", "Text."]
    assert [d.code for d in document.article.diagnostics] == ["encoding-fallback"]
    assert document.position(document.text.index("Text")) == (4, 1)
    for element in document.article.elements():
        assert document.text[element.span.start : element.span.end] == element.raw


class _Endless(io.RawIOBase):
    """A stream that never ends (``/dev/zero``), counting the bytes read from it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        view[:] = b"a" * len(view)
        self.given += len(view)
        return len(view)


def test_read_document_reads_a_stream_no_further_than_its_limit() -> None:
    """Standard input as a stream: read whole when small, refused one chunk past the limit."""
    document = newsparse.read_document("-", data=io.BytesIO(b"# Harbour lights\n\nBy Mara Lind"))
    assert document.article.title == "Harbour lights"
    endless = _Endless()
    with pytest.raises(newsparse.ParseError) as raised:
        newsparse.read_document("-", data=io.BufferedReader(endless), max_size=1000)
    assert raised.value.code == Code.INPUT_TOO_LARGE
    assert endless.given < 1_000_000


def test_read_document_refuses_data_that_is_no_bytes_or_stream() -> None:
    with pytest.raises(newsparse.ParseError) as raised:
        newsparse.read_document("-", data="# Text, not bytes")  # type: ignore[arg-type]
    assert raised.value.code == Code.INVALID_INPUT
