"""``build_tree`` builds the tree bs4's own lxml builder builds: node for node, field for field.

The HTML reader's output depends on every part of the tree (names, attributes, string classes,
the element and sibling links that ``descendants`` and ``next_sibling`` follow), so the one-step
builder is compared with ``BeautifulSoup(text, "lxml", multi_valued_attributes=None)`` on the
fixture pages, on invented malformed shapes, and on random markup.
"""

from __future__ import annotations

import gc
import threading
import warnings
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.element import PageElement, Tag
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._html import tree
from newsparse._html.tree import build_tree

from .conftest import FIXTURES

_LINKS = ("parent", "next_element", "previous_element", "next_sibling", "previous_sibling")

# Invented shapes where libxml2 repairs the markup or bs4 takes its slow paths.
SHAPES = [
    "",
    "plain text, no markup",
    "<p>before<!-- a comment -->after</p>",
    "<!DOCTYPE html><?php echo 1 ?><html><body><pre>  \n <b> </b>\n</pre>"
    "<textarea> kept </textarea></body></html>",
    "<svg xmlns='http://www.w3.org/2000/svg'><a xlink:href='#x'/></svg><math><mi>x</mi></math>",
    "<p {odd}name=1 plain=2>braces in an attribute name</p><{odd}tag>text</{odd}tag>",
    "<html><body class=a><body class=b id=c><p>two bodies<html lang=de>",
    "<table><p>misplaced<tr><td>cell</table>",
    "<b><i>crossed</b>tags</i>",
    "<script>if (a</b>) {}</script><style> </style><template><p>t</template>"
    "<ruby>kan<rt>ji</rt><rp>(</rp></ruby>",
    "<meta charset=latin1><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>",
    "<p>\u0130\u00a0 \u00a0</p>\x00<p>\t\r\n</p>",
    "<a><a><a>" * 40,
    "<p>" + "<div>" * 500 + "deep",
    "<![CDATA[data]]><p>after",
    "</p></p><br/></br>",
    "<frameset><frame></frameset><noscript><p>inside</p></noscript>",
    "<p =x>a</p><p a=>b</p>",
    "<[document]>root name</[document]>",
    "<html xmlns:fb='http://ogp.example'><fb:like href=x></fb:like>",
    "<pre><p>para in pre</p>\n\n</pre>  \n  <p>after pre</p>",
]


def _preorder(root: Tag) -> list[PageElement]:
    out: list[PageElement] = []
    todo: list[PageElement] = [root]
    while todo:
        node = todo.pop()
        out.append(node)
        if isinstance(node, Tag):
            todo.extend(reversed(node.contents))
    return out


def _fields(node: PageElement) -> dict[str, object]:
    return {key: value for key, value in vars(node).items() if key not in (*_LINKS, "contents")}


def assert_same_tree(want: BeautifulSoup, got: BeautifulSoup) -> None:
    """Both trees hold the same nodes, with equal fields and links to corresponding nodes."""
    wanted, built = _preorder(want), _preorder(got)
    assert len(wanted) == len(built)
    position = {id(node): i for i, node in enumerate(wanted)}
    position.update({id(node): i for i, node in enumerate(built)})
    for a, b in zip(wanted[1:], built[1:], strict=True):
        assert type(a) is type(b)
        assert str(a) == str(b) if not isinstance(a, Tag) else True
        fields_a, fields_b = _fields(a), _fields(b)
        assert fields_a == fields_b
        assert [type(v) for v in fields_a.values()] == [type(fields_b[k]) for k in fields_a]
        if isinstance(a, Tag) and isinstance(b, Tag):
            assert type(a.attrs) is type(b.attrs)
            assert [type(v) for v in a.attrs.values()] == [type(v) for v in b.attrs.values()]
            assert [position[id(c)] for c in a.contents] == [position[id(c)] for c in b.contents]
        for link in _LINKS:
            x, y = getattr(a, link), getattr(b, link)
            assert (x is None) == (y is None), link
            if x is not None:
                assert position[id(x)] == position[id(y)], link


def _both(text: str) -> tuple[BeautifulSoup, BeautifulSoup]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, "lxml", multi_valued_attributes=None), build_tree(text)


def test_the_one_step_builder_is_in_use() -> None:
    """With the bs4 `make` installs the fast builder runs (else these tests compare bs4 to itself).

    An older bs4 (4.12) falls back to bs4's own builder, and this test says so.
    """
    assert tree.FAST


@pytest.mark.parametrize("text", SHAPES)
def test_malformed_shapes_build_the_same_tree(text: str) -> None:
    """Repaired, namespaced and whitespace-only markup: the same tree as bs4's."""
    assert_same_tree(*_both(text))


@pytest.mark.parametrize("path", sorted((FIXTURES / "html").glob("*.html")), ids=lambda p: p.stem)
def test_fixture_pages_build_the_same_tree(path: Path) -> None:
    """Every fixture page: the same tree as bs4's."""
    assert_same_tree(*_both(path.read_text(encoding="utf-8", errors="replace")))


_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div class='x y'>", "</div>", "<b>", "</b>", "<pre>", "</pre>",
        "<script>", "</script>", "<style>", "<a href=/x>", "</a>", "<br>", "<table>", "<td>",
        "<!-- c -->", "<!DOCTYPE html>", "<html>", "<body>", "<meta charset=utf-8>", " ",
        "\n", "word", "&amp;", "<", ">", "<svg:g>", "</svg:g>", "<li>", "<textarea>", "<rt>",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_random_markup_builds_the_same_tree(text: str) -> None:
    """Random sequences of tags, text and repairs: the same tree as bs4's."""
    assert_same_tree(*_both(text))


def test_an_unfit_bs4_falls_back_to_plain_beautifulsoup(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the builder does not fit the installed bs4, the tree is bs4's own, built by bs4."""
    monkeypatch.setattr(tree, "FAST", False)
    text = "<p class='a b'>one <b>two</b></p>"
    built = build_tree(text)
    assert type(built.builder) is not tree._Builder
    assert_same_tree(_both(text)[0], built)


def _fail_while_paused() -> None:
    with tree.collector_paused():
        assert not gc.isenabled()
        raise ZeroDivisionError


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored_as_it_was(enabled: bool) -> None:
    """parse_html pauses the garbage collector and leaves it as it found it, even on an error."""
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        newsparse.parse_html("<h1>A title</h1><p>Some text of the article, long enough.</p>")
        assert gc.isenabled() is enabled
        with pytest.raises(ZeroDivisionError):
            _fail_while_paused()
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()


def test_overlapping_reads_restore_the_collector_once_the_last_ends() -> None:
    """Two reads in two threads: the first to end keeps it paused, the last turns it back on.

    Each read restoring what it saw would turn the collector on under the read still running.
    """
    was = gc.isenabled()
    gc.enable()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen_after_first: list[bool] = []

    def first() -> None:
        with tree.collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with tree.collector_paused():
            second_in.set()
            first_out.wait(5)
            seen_after_first.append(gc.isenabled())  # the first read ended, this one reads on

    try:
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert seen_after_first == [False]
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()


def test_a_read_page_leaves_no_garbage_behind() -> None:
    """The page's tree is freed once the collector runs again: reading pages does not pile up."""
    page = "<h1>A title</h1>" + "<div><p>Some text of the article, long enough.</p></div>" * 200
    newsparse.parse_html(page)
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(5):
        newsparse.parse_html(page)
    gc.collect()
    assert len(gc.get_objects()) <= before + 50
