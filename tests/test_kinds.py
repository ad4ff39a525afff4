"""The kind table covers every element record, and every list of kinds is derived from it."""

from __future__ import annotations

import typing

import attrs
import pytest

import newsparse
from newsparse import _kinds as kinds
from newsparse import _markdown as markdown
from newsparse import _rows as rows
from newsparse._cli import show_command, work
from newsparse._engine import Found
from newsparse._kinds import KINDS, WRITTEN
from newsparse._model import Article, Element, Paragraph, Span

AT = Span(start=0, end=0, line=1, end_line=1)


def _element_fields() -> set[str]:
    """The Article fields whose type names an element record (one, or a tuple of them)."""
    records = set(typing.get_args(Element))
    hints = typing.get_type_hints(Article)
    out = set()
    for field in attrs.fields(Article):
        named = set(typing.get_args(hints[field.name])) | {hints[field.name]}
        for hint in list(named):
            named |= set(typing.get_args(hint))
        if named & records:
            out.add(field.name)
    return out


def test_every_record_class_has_a_kind() -> None:
    """Each class of the ``Element`` alias is some kind's record, and each kind's is one of them."""
    assert {kind.record for kind in KINDS} == set(typing.get_args(Element))


def test_every_element_field_of_article_is_a_kind() -> None:
    """The Article fields holding elements are exactly the kinds' fields, one kind each."""
    assert sorted(kind.field for kind in KINDS) == sorted(_element_fields())


def test_names_marks_and_ranks_are_unique() -> None:
    for values in (
        [kind.name for kind in KINDS],
        [kind.found for kind in KINDS],
        [kind.written for kind in KINDS],
        [kind.count for kind in KINDS if kind.count is not None],
    ):
        assert len(values) == len(set(values)), values
    assert sorted(kind.written for kind in KINDS) == list(range(len(KINDS)))


def test_many_says_whether_the_field_is_a_tuple() -> None:
    empty = Article()
    for kind in KINDS:
        assert (getattr(empty, kind.field) == ()) is kind.many, kind.name
        assert (getattr(empty, kind.field) is None) is not kind.many, kind.name


def test_the_engine_marks_that_are_no_element_have_no_kind() -> None:
    """Every engine mark is a kind but the ones rules only count (a dateline opening the text)."""
    assert {mark for mark in Found if kinds.by_found(mark) is None} == {Found.LEAD}


def test_every_output_knows_every_kind() -> None:
    """The Markdown writer, show's colours, stats' fields and the row columns cover the table."""
    columns = {column.name for column in rows.COLUMNS}
    from newsparse import strategies  # optional (hypothesis), installed for the tests

    for kind in KINDS:
        assert kind.record in strategies._BY_RECORD, kind.name
        assert kind.record in markdown._WRITERS, kind.name
        assert kind.name in show_command._COLOURS, kind.name
        assert kind.present in work.FIELDS, kind.name
        assert hasattr(Article, kind.present), kind.name
        assert kind.count is None or kind.count in columns, kind.name


def test_elements_come_in_document_order_with_ties_in_table_order() -> None:
    text = (
        "# Title\n\nBy Ann Lee\n\nFirst words of the text.\n\nOriginal url:\n\n<https://a.test/x>"
    )
    article = newsparse.parse(text)
    assert [kind.name for kind, _ in kinds.located(article)] == [
        "title",
        "byline",
        "body",
        "source",
    ]
    built = Article(
        body=(Paragraph(raw="", span=AT, text="b"),),
        standfirst=Paragraph(raw="", span=AT, text="s"),
    )
    assert [kind.name for kind, _ in kinds.located(built)] == ["standfirst", "body"]
    assert [kind.name for kind in WRITTEN].index("body") < [k.name for k in WRITTEN].index(
        "footnote"
    )


def test_kind_of_tells_a_standfirst_from_a_body_block() -> None:
    standfirst = Paragraph(raw="", span=AT, text="s")
    block = Paragraph(raw="", span=AT, text="b")
    article = Article(standfirst=standfirst, body=(block,))
    assert kinds.kind_of(standfirst, article).name == "standfirst"
    assert kinds.kind_of(block, article).name == "body"
    assert show_command.kind_of(block, article) == "body"


def test_kind_of_refuses_an_element_it_cannot_place() -> None:
    """A Paragraph of another article is neither standfirst nor body: no silent "body"."""
    stray = Paragraph(raw="", span=AT, text="elsewhere")
    with pytest.raises(ValueError, match="not an element of a known kind"):
        kinds.kind_of(stray, Article())
    with pytest.raises(ValueError, match="not an element of a known kind"):
        kinds.kind_of(AT, Article())  # type: ignore[arg-type]


def test_by_name() -> None:
    assert kinds.by_name("caption").field == "captions"
    with pytest.raises(KeyError):
        kinds.by_name("nothing")
