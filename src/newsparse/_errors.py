"""The one exception newsparse raises, and the stable codes of its diagnostics.

Exception tree::

    ValueError
     └── ParseError        every failure: strict parsing, a small parser given the wrong kind of
                           text, bad JSON; carries ``code``, ``line`` and ``column``

Nothing else escapes a newsparse entry point; that is a tested property, not a catch-all.
"""

from __future__ import annotations

from typing import Final

__all__ = ["Code", "ParseError", "require_size", "require_text"]


class Code:
    """Stable kebab-case codes for diagnostics and :class:`ParseError`.

    They are part of the public API: JSON output, the command line and users' filters rely on them.
    """

    # A small parser was given text that is not its kind of element.
    NOT_A_BYLINE: Final = "not-a-byline"
    NOT_A_DATELINE: Final = "not-a-dateline"
    NOT_A_CAPTION: Final = "not-a-caption"
    NOT_RELATED: Final = "not-a-related-link"
    NOT_A_FOOTNOTE: Final = "not-a-footnote"
    NOT_A_TITLE: Final = "not-a-title"
    NOT_A_DATE: Final = "not-a-date"
    NOT_A_SOURCE_URL: Final = "not-a-source-url"

    # Diagnostics of a whole-dump parse.
    NO_TITLE: Final = "no-title"
    EMPTY_INPUT: Final = "empty-input"
    UNRECOGNISED_DATE: Final = "unrecognised-date"
    MISSING_YEAR: Final = "missing-year"
    RELATIVE_DATE: Final = "relative-date"
    YEAR_FROM_CONTEXT: Final = "year-from-context"
    AMBIGUOUS_DATE: Final = "ambiguous-date"
    AMBIGUOUS_NAME: Final = "ambiguous-name"
    AMBIGUOUS_ZONE: Final = "ambiguous-zone"
    EMPTY_BYLINE: Final = "empty-byline"
    SOURCE_URL_NOT_WEB: Final = "source-url-not-web"
    SOURCE_URL_MISSING: Final = "source-url-missing"
    BOILERPLATE: Final = "boilerplate"
    CONTROL_CHARACTERS: Final = "control-characters"
    UNCLOSED_FENCE: Final = "unclosed-fence"
    INPUT_TOO_LARGE: Final = "input-too-large"
    INVALID_INPUT: Final = "invalid-input"
    INVALID_ARGUMENT: Final = "invalid-argument"

    # Reading an HTML page (``parse_html``); spans point into the dump ``html_to_dump`` returns.
    CHARSET_UNDECLARED: Final = "charset-undeclared"
    CHARSET_UNKNOWN: Final = "charset-unknown"
    DECODE_ERRORS: Final = "decode-errors"
    INPUT_TRUNCATED: Final = "input-truncated"
    NOT_HTML: Final = "not-html"
    NO_ARTICLE_TEXT: Final = "no-article-text"
    PARTIAL_ARTICLE_TEXT: Final = "partial-article-text"
    INVALID_METADATA: Final = "invalid-metadata"
    FROM_METADATA: Final = "from-metadata"
    METADATA_CONFLICT: Final = "metadata-conflict"
    # Reading a file (parse_file, parse_many, the command line).
    ENCODING_FALLBACK: Final = "encoding-fallback"
    BINARY_INPUT: Final = "binary-input"
    UNREADABLE_INPUT: Final = "unreadable-input"

    # Reading JSON back.
    INVALID_JSON: Final = "invalid-json"
    INVALID_RECORD: Final = "invalid-record"

    # The command line and parse_many: an input that took too long, or whose worker died.
    TIMEOUT: Final = "timeout"
    WORKER_DIED: Final = "worker-died"
    OUT_OF_MEMORY: Final = "out-of-memory"


class ParseError(ValueError):
    """The text (or JSON) could not be read as asked.

    ``line`` and ``column`` are 1-based and point at the offending character; ``code`` is one of
    :class:`Code`. Instances pickle, so they cross process boundaries unchanged.

    Example:
        >>> err = ParseError("no date here", code="not-a-date", line=1, column=1)
        >>> str(err), err.code, err.line
        ('1:1: no date here', 'not-a-date', 1)
    """

    def __init__(self, message: str, *, code: str, line: int = 1, column: int = 1) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.message = message
        self.code = code
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructors do not survive the default exception pickling.
        return (_rebuild, (self.message, self.code, self.line, self.column))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParseError):
            return NotImplemented
        return (self.message, self.code, self.line, self.column) == (
            other.message,
            other.code,
            other.line,
            other.column,
        )

    def __hash__(self) -> int:
        return hash((self.message, self.code, self.line, self.column))

    def __repr__(self) -> str:
        return (
            f"ParseError({self.message!r}, code={self.code!r}, line={self.line}, "
            f"column={self.column})"
        )


def _rebuild(message: str, code: str, line: int, column: int) -> ParseError:
    return ParseError(message, code=code, line=line, column=column)


def require_text(text: object, function: str) -> None:
    """Raise ``invalid-input`` unless ``text`` is a ``str`` (a public parser was given bytes, None).

    Example:
        >>> require_text(b"By AFP", "parse_byline")
        Traceback (most recent call last):
        ...
        newsparse.ParseError: 1:1: parse_byline() takes str, not bytes
    """
    if not isinstance(text, str):
        raise ParseError(
            f"{function}() takes str, not {type(text).__name__}", code=Code.INVALID_INPUT
        )


def require_size(size: object, function: str) -> int | None:
    """``size`` when it is ``None`` or a whole number of at least 0; else ``invalid-argument``.

    An option of the wrong type or value is refused here, before any work, rather than failing
    as a ``TypeError`` somewhere inside (``max_size="5"``) or meaning something odd (``-1``).

    Example:
        >>> require_size("5", "parse")
        Traceback (most recent call last):
        ...
        newsparse.ParseError: 1:1: parse(): max_size is a whole number or None, not str
    """
    if size is None:
        return None
    if isinstance(size, bool) or not isinstance(size, int):
        raise ParseError(
            f"{function}(): max_size is a whole number or None, not {type(size).__name__}",
            code=Code.INVALID_ARGUMENT,
        )
    if size < 0:
        raise ParseError(f"{function}(): max_size is negative", code=Code.INVALID_ARGUMENT)
    return size
