r"""newsparse: news-article dumps (Markdown made from scraped pages) into typed, frozen records.

>>> import newsparse
>>> article = newsparse.parse("# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nSome text.")
>>> article.title, [a.name for a in article.authors], str(article.dateline.published.value)
('Title', ['AFP'], '2021-07-16')
"""

from __future__ import annotations

import importlib
import types
from typing import TYPE_CHECKING, Any

from newsparse._errors import Code, ParseError
from newsparse._model import (
    Article,
    Author,
    AuthorKind,
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Diagnostic,
    Element,
    Footnote,
    FootnoteKind,
    Headline,
    Image,
    Link,
    LinkDefinition,
    Paragraph,
    Picture,
    Precision,
    RelatedLink,
    Role,
    Severity,
    SourceUrl,
    Span,
)

if TYPE_CHECKING:  # imported on first use (see _LAZY), named here for type checkers
    from newsparse._article import MAX_INPUT, parse
    from newsparse._batch import Failed, Parsed, Result, parse_many, result_of
    from newsparse._dates import DateOrder
    from newsparse._files import MAX_BYTES, Document, parse_file, read_document
    from newsparse._html import html_to_dump, parse_html
    from newsparse._markdown import to_markdown
    from newsparse._parsers import (
        parse_byline,
        parse_caption,
        parse_dateline,
        parse_footnote,
        parse_related,
        parse_source_url,
        parse_title,
    )
    from newsparse._paths import Skipped, Sources, find_files
    from newsparse._public_dates import format_date, parse_date
    from newsparse._rows import COLUMNS, select_columns, to_dataframe, to_row
    from newsparse._schema import json_schema
    from newsparse._schema_org import schema_org_script, to_schema_org
    from newsparse._serialize import from_dict, from_json, json_text, to_dict, to_json
    from newsparse.vocabulary import Vocabulary

# Every public name but the records and errors, and the module each comes from: imported on
# first use, so that `import newsparse` loads neither the HTML reader (bs4) nor cattrs, the
# process pool or the JSON Schema, and a program that only reads stored records (JSON, rows)
# compiles none of the parsers' regexes. The first `parse` loads the parsers (issue 18: import
# time; `benchmarks/speed.py --only import` times both).
_LAZY: dict[str, str] = {
    **dict.fromkeys(("MAX_INPUT", "parse"), "_article"),
    "DateOrder": "_dates",
    **dict.fromkeys(("format_date", "parse_date"), "_public_dates"),
    **dict.fromkeys(
        (
            "parse_byline",
            "parse_caption",
            "parse_dateline",
            "parse_footnote",
            "parse_related",
            "parse_source_url",
            "parse_title",
        ),
        "_parsers",
    ),
    "Vocabulary": "vocabulary",
    **dict.fromkeys(("Failed", "Parsed", "Result", "parse_many", "result_of"), "_batch"),
    **dict.fromkeys(("MAX_BYTES", "Document", "parse_file", "read_document"), "_files"),
    **dict.fromkeys(("html_to_dump", "parse_html"), "_html"),
    "to_markdown": "_markdown",
    **dict.fromkeys(("Skipped", "Sources", "find_files"), "_paths"),
    **dict.fromkeys(("COLUMNS", "select_columns", "to_dataframe", "to_row"), "_rows"),
    "json_schema": "_schema",
    **dict.fromkeys(("schema_org_script", "to_schema_org"), "_schema_org"),
    **dict.fromkeys(("from_dict", "from_json", "json_text", "to_dict", "to_json"), "_serialize"),
}


def __getattr__(name: str) -> Any:
    """A public name whose module is imported on first use (:data:`_LAZY`), kept once found."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newsparse.{module}"), name)
    _publish(value)
    globals()[name] = value
    return value


def _publish(value: object) -> None:
    """Name ``newsparse`` as the home of a public function or exception (as httpx does).

    Their modules are private (``newsparse._errors``...): tracebacks and ``help()`` then say
    ``newsparse.ParseError``, the name users import. Record classes keep their module, which
    their string annotations are resolved in (cattrs reads them).
    """
    if isinstance(value, types.FunctionType) or (
        isinstance(value, type) and issubclass(value, BaseException)
    ):
        value.__module__ = "newsparse"


def __dir__() -> list[str]:
    """The module's names, the lazy ones included."""
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "MAX_INPUT",
    "Article",
    "Author",
    "AuthorKind",
    "BlockKind",
    "Boilerplate",
    "BoilerplateKind",
    "Byline",
    "Caption",
    "Code",
    "DateOrder",
    "DateValue",
    "Dateline",
    "Diagnostic",
    "Document",
    "Element",
    "Failed",
    "Footnote",
    "FootnoteKind",
    "Headline",
    "Image",
    "Link",
    "LinkDefinition",
    "Paragraph",
    "ParseError",
    "Parsed",
    "Picture",
    "Precision",
    "RelatedLink",
    "Result",
    "Role",
    "Severity",
    "Skipped",
    "SourceUrl",
    "Sources",
    "Span",
    "Vocabulary",
    "__version__",
    "find_files",
    "format_date",
    "from_dict",
    "from_json",
    "html_to_dump",
    "json_schema",
    "json_text",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_date",
    "parse_dateline",
    "parse_file",
    "parse_footnote",
    "parse_html",
    "parse_many",
    "parse_related",
    "parse_source_url",
    "parse_title",
    "read_document",
    "result_of",
    "schema_org_script",
    "select_columns",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_markdown",
    "to_row",
    "to_schema_org",
]

for _name in __all__:
    if _name in globals():
        _publish(globals()[_name])
del _name
