r"""newsparse: news-article dumps (Markdown made from scraped pages) into typed, frozen records.

>>> import newsparse
>>> article = newsparse.parse("# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nSome text.")
>>> article.title, [a.name for a in article.authors], str(article.dateline.published.value)
('Title', ['AFP'], '2021-07-16')
"""

from __future__ import annotations

from newsparse.article import MAX_INPUT, parse
from newsparse.batch import Failed, Parsed, Result, parse_many, result_of
from newsparse.dates import DateOrder, format_date, parse_date
from newsparse.errors import Code, ParseError
from newsparse.files import MAX_BYTES, Document, parse_file, read_document
from newsparse.html import html_to_dump, parse_html
from newsparse.markdown import to_markdown
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
from newsparse.paths import Skipped, find_files
from newsparse.rows import COLUMNS, to_dataframe, to_row
from newsparse.schema import json_schema
from newsparse.schema_org import schema_org_script, to_schema_org
from newsparse.serialize import from_dict, from_json, to_dict, to_json
from newsparse.vocabulary import Vocabulary

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
