r"""newsparse: news-article dumps (Markdown made from scraped pages) into typed, frozen records.

>>> import newsparse
>>> article = newsparse.parse("# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nSome text.")
>>> article.title, [a.name for a in article.authors], str(article.dateline.published.value)
('Title', ['AFP'], '2021-07-16')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsparse.article import MAX_INPUT, parse
from newsparse.dates import DateOrder, format_date, parse_date
from newsparse.errors import Code, ParseError
from newsparse.model import (
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
from newsparse.parsers import (
    parse_byline,
    parse_caption,
    parse_dateline,
    parse_footnote,
    parse_related,
    parse_source_url,
    parse_title,
)
from newsparse.vocabulary import Vocabulary

if TYPE_CHECKING:  # imported on first use (see _LAZY), named here for type checkers
    from newsparse.batch import Failed, Parsed, Result, parse_many, result_of
    from newsparse.files import MAX_BYTES, Document, parse_file, read_document
    from newsparse.html import html_to_dump, parse_html
    from newsparse.markdown import to_markdown
    from newsparse.paths import Skipped, find_files
    from newsparse.rows import COLUMNS, to_dataframe, to_row
    from newsparse.schema import json_schema
    from newsparse.schema_org import schema_org_script, to_schema_org
    from newsparse.serialize import from_dict, from_json, to_dict, to_json

# The names whose modules `parse` does not need, and the module each comes from: imported on
# first use, so that `import newsparse` loads neither the HTML reader (bs4) nor cattrs, the
# process pool or the JSON Schema (issue 18: import time).
_LAZY: dict[str, str] = {
    **dict.fromkeys(("Failed", "Parsed", "Result", "parse_many", "result_of"), "batch"),
    **dict.fromkeys(("MAX_BYTES", "Document", "parse_file", "read_document"), "files"),
    **dict.fromkeys(("html_to_dump", "parse_html"), "html"),
    "to_markdown": "markdown",
    **dict.fromkeys(("Skipped", "find_files"), "paths"),
    **dict.fromkeys(("COLUMNS", "to_dataframe", "to_row"), "rows"),
    "json_schema": "schema",
    **dict.fromkeys(("schema_org_script", "to_schema_org"), "schema_org"),
    **dict.fromkeys(("from_dict", "from_json", "to_dict", "to_json"), "serialize"),
}


def __getattr__(name: str) -> Any:
    """A public name whose module is imported on first use (:data:`_LAZY`), kept once found."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newsparse.{module}"), name)
    globals()[name] = value
    return value


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
    "Span",
    "Vocabulary",
    "__version__",
    "find_files",
    "format_date",
    "from_dict",
    "from_json",
    "html_to_dump",
    "json_schema",
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
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_markdown",
    "to_row",
    "to_schema_org",
]
