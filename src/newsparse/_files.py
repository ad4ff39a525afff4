"""Reading one input file into an Article: its bytes (plain or gzip), then its text encoding.

A file is read in steps, each its own function so the command line and library users can stop at
any of them: :func:`read_bytes` (gzip undone, size bounded), :func:`decode` (UTF-8 with or without
a byte-order mark, UTF-16 with one, Windows-1252 for bytes that are not UTF-8, binary refused) and
:func:`parse_decoded`. :func:`load` chains them and is the one place that decides how a file
becomes an Article; :func:`parse_file`, :func:`newsparse.parse_many` and the command line all go
through it.
"""

from __future__ import annotations

import codecs
import os
import stat
import zlib
from typing import BinaryIO, Final, cast

import attrs

from newsparse._article import MAX_INPUT, parse
from newsparse._dates import DateOrder
from newsparse._errors import Code, ParseError, require_size
from newsparse._html import parse_html_with_dump
from newsparse._model import Article, Diagnostic, Severity, Span
from newsparse._source import Source
from newsparse.vocabulary import Vocabulary

__all__ = [
    "MAX_BYTES",
    "MAX_GZIP_RATIO",
    "Decoded",
    "Document",
    "decode",
    "gunzip",
    "load",
    "looks_binary",
    "looks_like_html",
    "parse_bytes",
    "parse_decoded",
    "parse_file",
    "read_bounded",
    "read_bytes",
    "read_document",
    "unpack",
]

MAX_BYTES: Final = 4 * MAX_INPUT
"""Most bytes read from one file (after gzip): UTF-8 needs at most 4 bytes per character."""

MAX_GZIP_RATIO: Final = 100
"""Most times gzip data may inflate (past :data:`_GZIP_FLOOR` bytes): text inflates 3 to 10 times,
a gzip bomb a thousand, so a small file cannot ask for the cost of a large one."""

_GZIP_MAGIC: Final = b"\x1f\x8b"
# Any gzip data may inflate to this many bytes, whatever its ratio (a tiny file of blank lines).
_GZIP_FLOOR: Final = 1_000_000
_CHUNK: Final = 1 << 20
# Binary detection looks at the start only, so its cost does not grow with the file (as git does).
_SAMPLE: Final = 8192
# C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape
# (ANSI colour codes are text), plus DEL: bytes that text files almost never hold.
_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
# More than this share of control bytes in the sample reads as binary even without a NUL.
_MAX_CONTROL_SHARE: Final = 0.3


_CP1252: Final = [
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)
]


def _cp1252_for_invalid_utf8(error: UnicodeError) -> tuple[str, int]:
    # Each byte that is not part of valid UTF-8 is read as Windows-1252, the encoding of most
    # legacy Western pages: a cp1252 file reads as cp1252, and a UTF-8 file with a stray byte
    # keeps its valid characters. The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F,
    # 0x90, 0x9D) become the C1 controls of the same value, as browsers (WHATWG) read them.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    text = "".join(_CP1252[byte] for byte in chunk)
    return text, error.end


_FALLBACK_ERRORS: Final = "newsparse-cp1252"
codecs.register_error(_FALLBACK_ERRORS, _cp1252_for_invalid_utf8)


@attrs.frozen(kw_only=True)
class Decoded:
    """A file's text and how it was decoded.

    ``encoding`` is ``"utf-8"``, ``"utf-8-sig"`` (a byte-order mark was removed), ``"utf-16"`` or
    ``"utf-8+cp1252"`` (bytes that were not UTF-8 were read as Windows-1252, one character each);
    then ``fallback_at`` is the offset in ``text`` of the first such character.
    """

    text: str
    encoding: str
    fallback_at: int | None = None


def _unreadable(path: str | os.PathLike[str], reason: str) -> ParseError:
    return ParseError(f"cannot read {os.fsdecode(path)}: {reason}", code=Code.UNREADABLE_INPUT)


def _too_large(path: str | os.PathLike[str], limit: int) -> ParseError:
    return ParseError(
        f"{os.fsdecode(path)} holds more than {limit} bytes", code=Code.INPUT_TOO_LARGE
    )


def _limit(max_size: int | None) -> int:
    # Read at call time, so the module's MAX_BYTES stays the one default.
    size = require_size(max_size, "parse_file")
    return MAX_BYTES if size is None else size


def _path_text(path: object) -> str:
    """The path as text (bytes paths decoded as the file system does), or ``invalid-input``."""
    if isinstance(path, str | os.PathLike):
        try:
            # An int would be opened as a file descriptor (and closed): parse_file(0) would eat
            # stdin. A PathLike may return one too.
            fspath = os.fspath(path)
        except TypeError:
            fspath = None
        if isinstance(fspath, str | bytes):
            return os.fsdecode(fspath)
    raise ParseError(
        f"a path is a str or os.PathLike, not {type(path).__name__}", code=Code.INVALID_INPUT
    )


def _read_bounded(stream: BinaryIO, path: str | os.PathLike[str], limit: int) -> bytes:
    # A FIFO or a device has no size to check first, so read it in chunks up to the bound.
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
        size += len(chunk)
        if size > limit:
            raise _too_large(path, limit)
        parts.append(chunk)
    return b"".join(parts)


def _read_stream(stream: object, path: str, max_size: int | None) -> bytes:
    """What a stream given as ``data`` holds, bounded; anything else there is refused."""
    read = getattr(stream, "read", None)
    if not callable(read):
        raise ParseError(
            f"data is bytes or a binary stream, not {type(stream).__name__}",
            code=Code.INVALID_INPUT,
        )
    return _read_bounded(cast("BinaryIO", stream), path, _limit(max_size))


def read_bounded(stream: BinaryIO, *, name: str, max_size: int | None = None) -> bytes:
    """Everything ``stream`` holds (standard input, a pipe), read in chunks up to ``max_size``.

    Reading stops one byte past the limit, so an endless stream costs no more memory than
    the limit allows.

    Raises:
        ParseError: ``input-too-large`` when the stream holds more than ``max_size`` bytes
            (:data:`MAX_BYTES` by default).
    """
    return _read_bounded(stream, name, _limit(max_size))


def gunzip(data: bytes, *, name: str = "<bytes>", max_size: int | None = None) -> bytes:
    r"""Undo gzip compression (every member of a multi-member file), bounded in size.

    ``max_size`` is the most bytes it may inflate to (:data:`MAX_BYTES` by default); data
    past 1 MB inflated may also grow no more than :data:`MAX_GZIP_RATIO` times.

    Raises:
        ParseError: ``unreadable-input`` for damaged or truncated data, ``input-too-large``
            when it inflates past ``max_size`` or past the ratio.

    Example:
        >>> import gzip
        >>> gunzip(gzip.compress(b"# Title\n"))
        b'# Title\n'
    """
    limit = _limit(max_size)
    ratio_limit = max(_GZIP_FLOOR, MAX_GZIP_RATIO * len(data))
    if ratio_limit < limit:
        limit = ratio_limit
        too_large = ParseError(
            f"{name} inflates more than {MAX_GZIP_RATIO} times (a gzip bomb?)",
            code=Code.INPUT_TOO_LARGE,
        )
    else:
        too_large = _too_large(name, limit)
    parts: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(wbits=31)  # 31: a gzip header and trailer around deflate
        try:
            part = inflater.decompress(data, limit + 1 - size)
        except zlib.error as error:
            raise _unreadable(name, f"damaged gzip data ({error})") from None
        size += len(part)
        if size > limit:
            raise too_large
        parts.append(part)
        if not inflater.eof:
            raise _unreadable(name, "gzip data ends early")
        data = inflater.unused_data
    return b"".join(parts)


def unpack(data: bytes, *, name: str = "<bytes>", max_size: int | None = None) -> bytes:
    """``data`` with gzip compression undone when its magic bytes say it is gzip.

    Raises:
        ParseError: as :func:`gunzip` does; ``input-too-large`` when ``data`` itself is over
            ``max_size`` (:data:`MAX_BYTES` by default).
    """
    limit = _limit(max_size)
    if len(data) > limit:
        raise _too_large(name, limit)
    if data.startswith(_GZIP_MAGIC):
        return gunzip(data, name=name, max_size=limit)
    return data


def read_bytes(path: str | os.PathLike[str], *, max_size: int | None = None) -> bytes:
    """The content of ``path``, with gzip compression undone (recognised by its magic bytes).

    Raises:
        ParseError: ``unreadable-input`` when the file cannot be opened or read (missing, a
            folder, no permission, damaged gzip, a NUL or lone surrogate in the path),
            ``input-too-large`` beyond ``max_size`` bytes (:data:`MAX_BYTES` by default), read
            or inflated; ``invalid-input`` when ``path`` is not a str or os.PathLike.
    """
    limit = _limit(max_size)
    path = _path_text(path)
    try:
        with open(path, "rb") as stream:
            status = os.fstat(stream.fileno())
            if stat.S_ISREG(status.st_mode):
                if status.st_size > limit:
                    raise _too_large(path, limit)
                # One byte past the limit at most: a file that grows while it is read (a log
                # being written) cannot make the read unbounded.
                data = stream.read(limit + 1)
                if len(data) > limit:
                    raise _too_large(path, limit)
            else:
                data = _read_bounded(stream, path, limit)
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from None
    except ParseError:
        raise  # input-too-large, from inside (ParseError is a ValueError too)
    except (ValueError, UnicodeError) as error:
        # A path no file system can hold: a NUL byte in it, or a lone surrogate it cannot encode.
        raise _unreadable(repr(os.fspath(path)), str(error)) from None
    return unpack(data, name=os.fsdecode(path), max_size=limit)


def looks_binary(data: bytes) -> bool:
    r"""Tell whether ``data`` reads as binary: a NUL byte, or mostly control bytes, near the start.

    Example:
        >>> looks_binary(b"# Title\n\nText."), looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
        (False, True)
    """
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def decode(data: bytes) -> Decoded:
    r"""The text of a file's bytes.

    UTF-8 first (a leading byte-order mark is removed); UTF-16 when a UTF-16 byte-order mark
    says so. Bytes that are not valid UTF-8 are read one by one as Windows-1252, which decodes
    any byte and is what most legacy Western pages use.

    Raises:
        ParseError: ``binary-input`` when the bytes look binary (see :func:`looks_binary`) or
            claim UTF-16 without being it.

    Example:
        >>> decode("café".encode("cp1252"))
        Decoded(text='café', encoding='utf-8+cp1252', fallback_at=3)
        >>> decode("né à ".encode() + b"\x80")
        Decoded(text='né à €', encoding='utf-8+cp1252', fallback_at=5)
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(text=data.decode("utf-16"), encoding="utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(
                f"starts with a UTF-16 byte-order mark but is not UTF-16 ({error.reason})",
                code=Code.BINARY_INPUT,
            ) from None
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8-sig"
    if looks_binary(data):
        raise ParseError(
            "the file looks binary (NUL or control bytes near the start), not a text dump",
            code=Code.BINARY_INPUT,
        )
    try:
        return Decoded(text=data.decode("utf-8"), encoding=encoding)
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors=_FALLBACK_ERRORS)
        offset = len(data[: error.start].decode("utf-8"))
        return Decoded(text=text, encoding="utf-8+cp1252", fallback_at=offset)


def _fallback_diagnostic(decoded: Decoded, source: Source) -> Diagnostic:
    offset = decoded.fallback_at or 0
    line = source.line_number(offset)
    return Diagnostic(
        code=Code.ENCODING_FALLBACK,
        message=(
            f"not valid UTF-8 from offset {offset} (read as {decoded.text[offset]!r}); "
            "bytes that are not UTF-8 were read as Windows-1252"
        ),
        severity=Severity.WARNING,
        span=Span(start=offset, end=offset + 1, line=line, end_line=line),
    )


def parse_decoded(
    decoded: Decoded,
    *,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    """Parse decoded text, adding an ``encoding-fallback`` diagnostic when it was not UTF-8.

    Raises:
        ParseError: as :func:`newsparse.parse` does; in strict mode also for the fallback, when
            it is the first warning in the text.
    """
    if decoded.fallback_at is None:
        return parse(
            decoded.text, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary
        )
    article = parse(decoded.text, max_size=max_size, order=order, vocabulary=vocabulary)
    source = Source(decoded.text)
    diagnostics = sorted(
        (*article.diagnostics, _fallback_diagnostic(decoded, source)),
        key=lambda d: (d.span.start, d.code),
    )
    if strict:
        # The same rule as parse(strict=True): the first warning or error, by position, raises.
        for diagnostic in diagnostics:
            if diagnostic.severity is not Severity.INFO:
                line, column = source.position(diagnostic.span.start)
                raise ParseError(diagnostic.message, code=diagnostic.code, line=line, column=column)
    return attrs.evolve(article, diagnostics=tuple(diagnostics))


def parse_bytes(
    data: bytes,
    *,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    r"""Parse a dump's bytes (gzip already undone) into an Article.

    Raises:
        ParseError: ``binary-input`` for binary data, and anything :func:`newsparse.parse`
            raises.

    Example:
        >>> parse_bytes(b"\xef\xbb\xbf# Caf\xc3\xa9").title
        'Café'
    """
    return parse_decoded(
        decode(data), strict=strict, max_size=max_size, order=order, vocabulary=vocabulary
    )


_HTML_STARTS: Final = (b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<meta")


def looks_like_html(data: bytes) -> bool:
    r"""Whether content read without a name (standard input) is an HTML page, by how it starts.

    A dump starts with text or Markdown; a page with ``<!DOCTYPE html>``, ``<html``, ``<head``,
    ``<meta`` or a comment (after whitespace and a byte-order mark), or with a tag and holds
    ``<body`` near the top.

    Example:
        >>> looks_like_html(b"\xef\xbb\xbf <!DOCTYPE html><p>x"), looks_like_html(b"# Title")
        (True, False)
    """
    head = data[:_SAMPLE].removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith(_HTML_STARTS):
        return True
    return head.startswith(b"<") and b"<body" in head


def is_html_name(path: str | os.PathLike[str]) -> bool:
    """Whether a file name says HTML: ``.html`` or ``.htm``, also before a ``.gz``."""
    name = os.fsdecode(path).lower()
    name = name.removesuffix(".gz")
    return name.endswith((".html", ".htm", ".xhtml"))


@attrs.frozen(kw_only=True)
class Document:
    """A file read and parsed: the text the Article's spans index, and the Article.

    ``text`` is the decoded dump, or for an HTML page the dump :func:`newsparse.html_to_dump`
    writes from it; ``article.elements()`` spans index it, and :meth:`lines` and
    :meth:`position` split and locate it as ``parse`` does.
    """

    text: str
    article: Article
    _source: Source = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_source", Source(self.text))  # made once: a linear pass

    def lines(self) -> list[str]:
        """The lines of ``text``, as ``parse`` splits them (at each line break), without breaks."""
        return list(self._source.lines)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of character ``offset`` of ``text``."""
        return self._source.position(offset)


def read_document(
    path: str | os.PathLike[str],
    *,
    data: bytes | BinaryIO | None = None,
    strict: bool = False,
    html: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Document:
    r"""Read and parse the file ``path`` names, keeping the text its Article's spans index.

    :func:`parse_file` with more choices: ``data``, when given, is the file's content, already
    read or as a binary stream to read (standard input: ``sys.stdin.buffer``, named ``path``);
    a stream is read in chunks and no further than ``max_size`` allows. ``html`` reads it as an
    HTML page whatever its name (else a ``.html``/``.htm`` name, or for ``data`` how it starts,
    says so: see :func:`looks_like_html`). ``max_size`` bounds the bytes read, after gzip is undone
    (:data:`MAX_BYTES` by default); ``order`` is the day/month order of numeric dates and
    ``vocabulary`` the words the rules recognise (see :func:`newsparse.parse`).

    Raises:
        ParseError: as :func:`parse_file` does; ``invalid-input`` when ``data`` is neither bytes
            nor a stream.

    Example:
        >>> document = read_document("story.md", data=b"# Hello\n\nBy Jo Park")
        >>> document.article.title, document.lines()
        ('Hello', ['# Hello', '', 'By Jo Park'])
    """
    path = _path_text(path)
    if data is None:
        content = read_bytes(path, max_size=max_size)
    else:
        if not isinstance(data, bytes):
            data = _read_stream(data, path, max_size)
        content = unpack(data, name=os.fsdecode(path), max_size=max_size)
    if html or is_html_name(path) or (data is not None and looks_like_html(content)):
        if looks_binary(content):
            raise ParseError(
                f"{os.fsdecode(path)}: binary data, not an HTML page", code=Code.BINARY_INPUT
            )
        dump, article = parse_html_with_dump(
            content, strict=strict, order=order, vocabulary=vocabulary
        )
        return Document(text=dump, article=article)
    # The bytes were bounded already; decoded text has no more characters than it had bytes, so
    # a byte limit given stands as the character limit too (above or below parse's default).
    # Without one, parse's own default (MAX_INPUT characters) bounds the memory parsing takes.
    decoded = decode(content)
    article = parse_decoded(
        decoded, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary
    )
    return Document(text=decoded.text, article=article)


def load(
    path: str | os.PathLike[str],
    *,
    data: bytes | None = None,
    strict: bool = False,
    html: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    """Parse the file ``path`` names; ``data``, when given, is its content already read (stdin).

    Every way of parsing a file goes through :func:`read_document`, which this calls, so that is
    where the kind of input is decided.

    Raises:
        ParseError: as :func:`parse_file` does.
    """
    return read_document(
        path,
        data=data,
        strict=strict,
        html=html,
        max_size=max_size,
        order=order,
        vocabulary=vocabulary,
    ).article


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    max_size: int | None = None,
    order: DateOrder | str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Article:
    """Read and parse one dump file (or HTML page, by its ``.html``/``.htm`` name).

    The file may be gzip-compressed (whatever its name) and encoded in UTF-8 (with or without a
    byte-order mark), UTF-16 with a byte-order mark, or Windows-1252: bytes that are not valid
    UTF-8 are read as Windows-1252 and the Article gets an ``encoding-fallback`` diagnostic.
    ``max_size`` is the most bytes read from the file, after gzip is undone (:data:`MAX_BYTES`,
    20 000 000, by default): a larger file raises ``input-too-large`` before it is parsed.
    ``order`` (``"dmy"`` or ``"mdy"``) is how the source writes numeric dates, as for
    :func:`newsparse.parse`, and so is ``vocabulary``, the words the rules recognise.

    Raises:
        ParseError: ``unreadable-input`` (missing file, folder, no permission, damaged gzip),
            ``binary-input``, ``input-too-large``, and in strict mode the first warning;
            ``invalid-input`` when ``path`` is no path, ``invalid-argument`` when ``max_size``
            is not a whole number of at least 0.
    """
    return load(path, strict=strict, max_size=max_size, order=order, vocabulary=vocabulary)
