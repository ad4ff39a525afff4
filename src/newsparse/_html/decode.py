"""Bytes of an HTML page to text, with the character encoding the page declares.

The order follows the HTML standard's sniffing, without the network: a byte-order mark, then a
``<meta charset>`` or ``http-equiv`` declaration (or an XML declaration) in the first bytes, and
UTF-8 otherwise. Bytes the encoding cannot read become U+FFFD and a note says so; nothing raises.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

import attrs

from newsparse._errors import Code
from newsparse._html.notes import Note
from newsparse._model import Severity

__all__ = ["MAX_HTML", "Decoded", "decode"]

MAX_HTML: Final = 10_000_000
"""Largest page, in characters (or bytes), that is read; the rest is cut off with a diagnostic."""

# How far into the page a charset declaration is looked for. The standard says 1024 bytes; real
# pages put long comments and scripts first, so a little more is read (still a bounded prefix).
PRESCAN_BYTES: Final = 16_384

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="utf-8">, <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
_META_CHARSET: Final = re.compile(
    rb"<meta\b[^>]{0,512}?\bcharset[ \t\r\n]{0,8}=[ \t\r\n]{0,8}[\"']?[ \t]{0,8}"
    rb"(?P<label>[A-Za-z0-9._:-]{1,40})",
    re.IGNORECASE,
)
# <?xml version="1.0" encoding="windows-1252"?>
_XML_ENCODING: Final = re.compile(
    rb"<\?xml\b[^>]{0,200}?\bencoding[ \t]{0,8}=[ \t]{0,8}[\"'](?P<label>[A-Za-z0-9._:-]{1,40})",
    re.IGNORECASE,
)

# Labels the HTML standard reads as another encoding than Python's codec of the same name.
_WHATWG_ALIASES: Final = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "x-sjis": "shift_jis",
}


# Codecs Python calls text encodings that no page is written in: they read host names
# ("idna", "punycode"), Python escapes, or nothing at all ("undefined" always raises).
_NOT_PAGE_ENCODINGS: Final = frozenset(
    {
        "utf-7",
        "idna",
        "punycode",
        "undefined",
        "unicode-escape",
        "unicode_escape",
        "raw-unicode-escape",
        "raw_unicode_escape",
    }
)


@attrs.frozen(kw_only=True)
class Decoded:
    """A page as text: the encoding used, where it came from, and what went wrong.

    ``declared`` is the label as the page gave it (``None`` when it gave none); ``notes`` holds
    the diagnostics to report (an undeclared or unknown charset, bytes that did not decode).
    """

    text: str
    encoding: str
    declared: str | None = None
    notes: tuple[Note, ...] = ()


def _codec(label: str) -> str | None:
    """The Python codec for an encoding label, or ``None`` when Python does not know it."""
    key = label.strip().lower()
    key = _WHATWG_ALIASES.get(key, key)
    if key.startswith(("utf-16", "utf16")):
        # A page whose declaration could be read as ASCII is not UTF-16 (the standard says so).
        return "utf-8"
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    # "base64", "rot13" and friends are codecs but not text encodings; UTF-7 is not allowed.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    return info.name


def _declared(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    return match["label"].decode("ascii", "replace")


def decode(data: bytes) -> Decoded:
    """Decode page bytes, honouring a BOM or a declared charset; never raises.

    Example:
        >>> page = '<meta charset="iso-8859-1"><p>Café</p>'.encode("latin-1")
        >>> decoded = decode(page)
        >>> decoded.text[-11:], decoded.encoding, decoded.declared
        ('<p>Café</p>', 'cp1252', 'iso-8859-1')
    """
    notes: list[Note] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], name, name, notes)
    label = _declared(data[:PRESCAN_BYTES])
    if label is None:
        notes.append(
            Note(
                code=Code.CHARSET_UNDECLARED,
                message="the page declares no charset; it was read as UTF-8",
                severity=Severity.INFO,
            )
        )
        return _decode(data, "utf-8", None, notes)
    codec = _codec(label)
    if codec is None:
        notes.append(_unknown(label))
        codec = "utf-8"
    return _decode(data, codec, label, notes)


def _unknown(label: str) -> Note:
    return Note(
        code=Code.CHARSET_UNKNOWN,
        message=(
            f"the declared charset {label!r} is unknown or no text encoding; "
            "the page was read as UTF-8"
        ),
        severity=Severity.WARNING,
    )


def _decode(data: bytes, codec: str, declared: str | None, notes: list[Note]) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeError as error:
        try:
            text = data.decode(codec, errors="replace")
        except UnicodeError:
            if codec == "utf-8":  # pragma: no cover - UTF-8 always replaces
                raise
            # A codec that cannot replace what it cannot read: the page is read as UTF-8.
            notes.append(_unknown(declared or codec))
            return _decode(data, "utf-8", declared, notes)
        start = error.start if isinstance(error, UnicodeDecodeError) else 0
        notes.append(
            Note(
                code=Code.DECODE_ERRORS,
                message=(
                    f"bytes from offset {start} are not valid {codec}; "
                    "they were replaced with U+FFFD"
                ),
                severity=Severity.WARNING,
            )
        )
    return Decoded(text=text, encoding=codec, declared=declared, notes=tuple(notes))
