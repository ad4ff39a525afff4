"""Inline Markdown to plain text and stand-off links."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.inline import render


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("plain text", "plain text"),
        ("*em* and **strong** and ***both***", "em and strong and both"),
        ("_em_ and __strong__", "em and strong"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        ("**unclosed bold", "**unclosed bold"),
        ("an \\*escaped\\* star", "an *escaped* star"),
        ("`code *not em*` here", "code *not em* here"),
        ("x &amp; y &#8217; z", "x & y ’ z"),
        ("a\u00a0b  c\n d", "a b c d"),
        ("![alt](http://img.test/a.png) caption", "caption"),
        ("[a](b" * 3, "[a](b[a](b[a](b"),
        ('**"territorio amigo"**, al', '"territorio amigo", al'),
    ],
)
def test_render_text(markdown: str, text: str) -> None:
    assert render(markdown).text == text


def test_links_index_the_plain_text() -> None:
    result = render("By [AFP](#) and **[Jane Doe](https://x.test/jd)**")
    assert result.text == "By AFP and Jane Doe"
    assert [(link.text, link.url, link.start, link.end) for link in result.links] == [
        ("AFP", None, 3, 6),
        ("Jane Doe", "https://x.test/jd", 11, 19),
    ]


def test_link_with_parentheses_in_url_and_title() -> None:
    result = render('[Foo](https://en.wikipedia.org/wiki/Foo_(bar) "Foo page")')
    assert [(link.text, link.url) for link in result.links] == [
        ("Foo", "https://en.wikipedia.org/wiki/Foo_(bar)")
    ]


def test_autolink_and_link_offsets_survive_whitespace_squashing() -> None:
    result = render("see   [ Katrin  Molde ](#)  and <https://x.test/a>")
    assert result.text == "see Katrin Molde and https://x.test/a"
    for link in result.links:
        assert result.text[link.start : link.end] == link.text
    assert result.links[1].url == "https://x.test/a"


def test_images_are_kept_apart() -> None:
    result = render("![Putin at the Kremlin](https://img.test/p.jpg)")
    assert result.text == ""
    assert [(i.alt, i.url) for i in result.images] == [
        ("Putin at the Kremlin", "https://img.test/p.jpg")
    ]


@given(st.text(alphabet="[]()*_`!<>&\\ ab#\n", max_size=200))
def test_link_offsets_always_point_at_their_text(markdown: str) -> None:
    result = render(markdown)
    for link in result.links:
        assert 0 <= link.start <= link.end <= len(result.text)
        assert result.text[link.start : link.end] == link.text
