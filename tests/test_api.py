"""The public API is pinned: other code imports these names."""

from __future__ import annotations

import inspect
import pickle

import attrs
import pytest

import newsparse

EXPORTED = {
    "MAX_INPUT", "Article", "Author", "AuthorKind", "BlockKind", "Boilerplate", "BoilerplateKind",
    "Byline", "Caption", "Code", "DateValue", "Dateline", "Diagnostic", "Element", "Footnote",
    "FootnoteKind", "Headline", "Image", "Link", "LinkDefinition", "Paragraph", "ParseError",
    "Picture", "Precision", "RelatedLink",
    "Role", "Severity", "SourceUrl", "Span", "__version__", "from_dict", "from_json", "parse",
    "parse_byline", "parse_caption", "parse_date", "parse_dateline", "parse_footnote",
    "html_to_dump", "parse_html", "parse_related", "parse_source_url", "parse_title", "to_dict",
    "to_json", "Result", "parse_file", "parse_many", "json_schema", "to_markdown",
    "to_schema_org", "schema_org_script", "COLUMNS", "DateOrder", "Failed", "Parsed",
    "Skipped", "to_dataframe", "to_row",
}  # fmt: skip


def test_exported_names_are_pinned() -> None:
    assert set(newsparse.__all__) == EXPORTED
    for name in EXPORTED:
        assert hasattr(newsparse, name), name


def test_every_public_name_has_a_docstring() -> None:
    for name in EXPORTED - {"__version__", "MAX_INPUT", "Element"}:
        assert inspect.getdoc(getattr(newsparse, name)), name


def test_parse_signature() -> None:
    signature = inspect.signature(newsparse.parse)
    assert list(signature.parameters) == ["text", "strict", "max_size", "order"]
    assert signature.parameters["strict"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.parameters["strict"].default is False


@pytest.mark.parametrize(
    "record",
    [newsparse.Article, newsparse.Author, newsparse.Byline, newsparse.Dateline,
     newsparse.Caption, newsparse.RelatedLink, newsparse.Footnote, newsparse.Paragraph,
     newsparse.Span, newsparse.DateValue, newsparse.Diagnostic, newsparse.Link],
)  # fmt: skip
def test_records_are_frozen_attrs_classes(record: type) -> None:
    assert attrs.has(record)
    instance_fields = attrs.fields(record)
    assert all(field.kw_only for field in instance_fields)
    article = newsparse.parse("# T")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = None  # type: ignore[misc]


def test_parse_error_is_a_value_error_that_pickles() -> None:
    error = newsparse.ParseError("bad", code="not-a-byline", line=3, column=7)
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))
    assert again == error
    assert (again.code, again.line, again.column, again.message) == ("not-a-byline", 3, 7, "bad")
    assert str(again) == "3:7: bad"


def test_article_pickles() -> None:
    article = newsparse.parse("# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nText.")
    assert pickle.loads(pickle.dumps(article)) == article


def test_parse_rejects_non_strings_with_parse_error() -> None:
    with pytest.raises(newsparse.ParseError) as raised:
        newsparse.parse(b"# bytes")  # type: ignore[arg-type]
    assert raised.value.code == "invalid-input"


def test_elements_yield_every_top_level_element_in_order() -> None:
    text = (
        "# Title\n\nBy [AFP](#)\n\nJuly 16, 2021\n\nFirst.\n\nOriginal url:\n\n<https://x.test/a>"
    )
    article = newsparse.parse(text)
    kinds = [type(e).__name__ for e in article.elements()]
    assert kinds == ["Headline", "Byline", "Dateline", "Paragraph", "SourceUrl"]
