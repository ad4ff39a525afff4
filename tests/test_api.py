"""The public API is pinned: other code imports these names."""

from __future__ import annotations

import inspect
import pickle

import attrs
import pytest

import newsparse
import newsparse._model

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
    # the public entry points the command line and newsparse.dask use
    "Document", "read_document", "result_of", "find_files", "format_date", "MAX_BYTES",
    "Sources", "json_text", "select_columns",
    # the words the rules recognise, as a value parse takes
    "Vocabulary",
}  # fmt: skip


def test_exported_names_are_pinned() -> None:
    assert set(newsparse.__all__) == EXPORTED
    for name in EXPORTED:
        assert hasattr(newsparse, name), name


def test_every_public_name_has_a_docstring() -> None:
    for name in EXPORTED - {"__version__", "MAX_INPUT", "MAX_BYTES", "Element"}:
        assert inspect.getdoc(getattr(newsparse, name)), name


def test_parse_signature() -> None:
    signature = inspect.signature(newsparse.parse)
    assert list(signature.parameters) == ["text", "strict", "max_size", "order", "vocabulary"]
    assert signature.parameters["strict"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.parameters["strict"].default is False


def _record_classes() -> list[type]:
    """Every attrs record of the model: new records are covered without editing this test."""
    return sorted(
        (c for c in vars(newsparse._model).values() if isinstance(c, type) and attrs.has(c)),
        key=lambda c: c.__name__,
    )


def _instances(article: newsparse.Article) -> dict[type, object]:
    """One instance of each record class reachable from ``article`` (a walk over its fields)."""
    found: dict[type, object] = {}
    stack: list[object] = [article]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            stack.extend(value)
        elif attrs.has(record := type(value)):
            found.setdefault(record, value)
            stack.extend(getattr(value, field.name) for field in attrs.fields(record))
    return found


# One dump with every kind of element (made-up text): title, byline, date, caption, related
# link, closing note, body, boilerplate and the footer.
_EVERY_KIND = """\
# Harbour Lights Return to the Old Quay

By [Mara Lindqvist](#), Staff Writer

March 3, 2024

![Lanterns on the quay](https://img.example/quay.jpg)
The lanterns at dusk. Photo: Ilse Brand

Advertisement

The old quay was lit again on Saturday for the first time in a decade, after volunteers of the \
[harbour society](https://club.example/) spent two winters repairing the cast iron posts. \
![A lantern](https://img.example/lantern.jpg) Each lantern once guided the evening ferries home.

The repairs were paid for by the society's [winter fair][1], which drew record crowds.

Related: [Ferry timetable changes this spring](https://news.example/ferries)

[1]: https://club.example/fair

*Mara Lindqvist reports on the coast for the paper.*

![The quay from the water](https://img.example/water.jpg)

Original url: https://news.example/harbour-lights
"""


def test_every_record_class_is_covered_by_the_sample() -> None:
    article = newsparse.parse(_EVERY_KIND)
    missing = set(_record_classes()) - set(_instances(article))
    assert not missing, f"the sample dump makes no {sorted(c.__name__ for c in missing)}"


@pytest.mark.parametrize("record", _record_classes(), ids=lambda c: c.__name__)
def test_records_are_frozen_keyword_only_attrs_classes(record: type) -> None:
    """Each record is kw_only, and setting any field of an instance raises FrozenInstanceError."""
    assert all(field.kw_only for field in attrs.fields(record))
    instance = _instances(newsparse.parse(_EVERY_KIND))[record]
    for field in attrs.fields(record):
        before = getattr(instance, field.name)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(instance, field.name, None)
        assert getattr(instance, field.name) is before


def test_the_exported_records_are_the_model_records() -> None:
    exported = {getattr(newsparse, name) for name in EXPORTED}
    assert set(_record_classes()) <= exported


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


def test_import_newsparse_leaves_the_html_reader_unloaded() -> None:
    """``import newsparse`` loads no bs4, lxml or dateutil; only the first page does.

    They cost about 200 ms to import, which Markdown-only users should not pay.
    """
    import subprocess
    import sys

    code = (
        "import sys, newsparse\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'bs4', 'lxml', 'dateutil'})\n"
        "print(','.join(heavy))\n"
        "newsparse.parse_html('<p>x</p>')\n"
        "print('bs4' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split("\n")[:2] == ["", "True"]


def test_the_json_surface_is_typed_without_any() -> None:
    """to_dict, from_dict, json_schema and to_schema_org name the recursive JSON alias."""
    signatures = {
        name: inspect.signature(getattr(newsparse, name))
        for name in ("to_dict", "from_dict", "json_schema", "to_schema_org")
    }
    assert signatures["to_dict"].return_annotation == "JSONObject"
    assert signatures["json_schema"].return_annotation == "JSONObject"
    assert signatures["to_schema_org"].return_annotation == "JSONObject"
    assert signatures["from_dict"].parameters["data"].annotation == "Mapping[str, JSON]"
    assert "Any" not in str(signatures)
