"""The page's tree: beautifulsoup4's lxml tree, built without bs4's per-event machinery.

Building a ``BeautifulSoup`` tree was half of ``parse_html``'s time, and nearly all of it is bs4's
Python code run for each parser event (a start tag goes through five bs4 methods and a dozen
attribute checks), not libxml2's parsing. :func:`build_tree` keeps what decides the tree, lxml's
``HTMLParser`` with bs4's builder as its target (the same events, in the same order), and does
for the common events what bs4 would do, with fewer steps: a start tag without namespaces, an end
tag closing the innermost element, a run of text. Anything else (comments, doctypes, processing
instructions, namespaced names, an end tag that closes more than one element) goes through bs4's
own code, which reads the same parser state. The result is the tree ``BeautifulSoup(text, "lxml",
multi_valued_attributes=None)`` builds, node for node, attribute for attribute and link for link
(``tests/test_html_tree.py`` compares them); should a bs4 release store its nodes differently,
the plain ``BeautifulSoup`` is used (:data:`FAST`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from bs4 import BeautifulSoup
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import NavigableString, Tag

__all__ = ["FAST", "build_tree", "collector_paused"]

# bs4 collapses a run of text made only of these to one space or one newline.
_ASCII_SPACES: Final = BeautifulSoup.ASCII_SPACES
_ROOT: Final = BeautifulSoup.ROOT_TAG_NAME
# First characters of a name bs4 reads as namespaced ("{uri}name") or cannot read (""): such
# an element is built by bs4 itself.
_ODD_STARTS: Final = ("", "{")
# Attribute dictionaries that keep a string value as it is (what lxml always gives), so that
# copying the parser's dictionary equals bs4's item-by-item copy.
try:  # bs4 4.13 and later; an older bs4 (which has none of them) builds with its own code
    from bs4.element import AttributeDict, HTMLAttributeDict, XMLAttributeDict

    _PLAIN_DICTS: tuple[type, ...] = (AttributeDict, XMLAttributeDict, HTMLAttributeDict)
except ImportError:  # pragma: no cover - depends on the bs4 installed
    _PLAIN_DICTS = ()
# What a new element of each name starts with (everything ``Tag.__init__`` sets that does not
# depend on the element's place or attributes), taken from a real ``Tag`` on first sight.
_TEMPLATES: dict[str, dict[str, Any]] = {}
_MAX_TEMPLATES: Final = 1_000
# Fields of a Tag that say where it is in the tree, or hold its attributes or children.
_PLACED: Final = frozenset(
    {
        "attrs",
        "contents",
        "parent",
        "next_element",
        "previous_element",
        "next_sibling",
        "previous_sibling",
    }
)
_new_string = str.__new__
_new_tag = Tag.__new__


class _Builder(LXMLTreeBuilder):
    """bs4's lxml HTML builder, with the common parser events handled in one step each."""

    def start(self, tag: Any, attrib: Any, nsmap: Any = None) -> None:
        """A start tag: a new Tag, linked as ``BeautifulSoup.handle_starttag`` links it."""
        if nsmap or len(self.nsmaps) > 1 or tag[:1] in _ODD_STARTS or tag == _ROOT:
            super().start(tag, attrib, nsmap or {})
            return
        if attrib:
            for key in attrib:
                if key[:1] in _ODD_STARTS:
                    super().start(tag, attrib, nsmap or {})
                    return
        soup = self.soup
        assert soup is not None
        if soup.current_data:
            _end_data(self, soup)
        parent = soup.currentTag
        assert parent is not None
        siblings = parent.contents
        node = _new_tag(Tag)
        state = node.__dict__
        state.update(_TEMPLATES.get(tag) or _template(soup, self, tag))
        state["attrs"] = self.attribute_dict_class(attrib)
        state["_namespaces"] = self.active_namespace_prefixes[-1] or {}
        state["contents"] = []
        _link_last(node, parent, soup._most_recent_element)
        container = self.string_containers.get(tag)
        if container is not None:
            state["interesting_string_types"] = {container}
            soup.string_container_stack.append(node)
        if tag == "meta":  # the one element bs4's HTML builder substitutes values in
            self.set_up_substitutions(node)
        soup._most_recent_element = node
        # BeautifulSoup.pushTag
        siblings.append(node)
        soup.tagStack.append(node)
        soup.currentTag = node
        soup.open_tag_counter[tag] += 1
        if tag in self.preserve_whitespace_tags:
            soup.preserve_whitespace_tag_stack.append(node)

    def end(self, tag: Any) -> None:
        """An end tag: the innermost element closed, as ``BeautifulSoup.popTag`` closes it."""
        soup = self.soup
        assert soup is not None
        stack = soup.tagStack
        top = stack[-1] if stack else None
        if (
            len(self.nsmaps) > 1
            or top is None
            or top.name != tag
            or top.prefix is not None
            or len(stack) < 2  # the document itself is never closed
            or tag == _ROOT
        ):
            super().end(tag)
            return
        if soup.current_data:
            _end_data(self, soup)
        stack.pop()
        soup.open_tag_counter[tag] -= 1
        kept = soup.preserve_whitespace_tag_stack
        if kept and top == kept[-1]:
            kept.pop()
        containers = soup.string_container_stack
        if containers and top == containers[-1]:
            containers.pop()
        soup.currentTag = stack[-1]

    def data(self, data: Any) -> None:
        """A run of text, kept until the next event (``BeautifulSoup.handle_data``)."""
        soup = self.soup
        assert soup is not None
        soup.current_data.append(data)


def _end_data(builder: _Builder, soup: BeautifulSoup) -> None:
    """``BeautifulSoup.endData()`` for plain text: the text so far, as one string in the tree."""
    text = "".join(soup.current_data)
    if not soup.preserve_whitespace_tag_stack and not text.strip(_ASCII_SPACES):
        text = "\n" if "\n" in text else " "
    soup.current_data = []
    containers = soup.string_container_stack
    kind = (
        builder.string_containers.get(containers[-1].name, NavigableString)
        if containers
        else NavigableString
    )
    string = _new_string(kind, text)
    parent = soup.currentTag
    assert parent is not None
    string.__dict__["hidden"] = False
    _link_last(string, parent, soup._most_recent_element)
    soup._most_recent_element = string
    # bs4 re-links here when the parent already has children (`_linkage_fixer`); while parsing,
    # that never changes a link: an open element has no next sibling yet.
    parent.contents.append(string)


def _link_last(node: Any, parent: Tag, previous: Any) -> None:
    """Link ``node`` in as ``parent``'s next child, after ``previous`` in document order.

    The links ``BeautifulSoup.object_was_parsed`` and ``pushTag`` set; the caller appends
    ``node`` to ``parent.contents`` afterwards.
    """
    siblings = parent.contents
    sibling = siblings[-1] if siblings else None
    state = node.__dict__
    state["parent"] = parent
    state["previous_element"] = previous
    state["next_element"] = None
    state["next_sibling"] = None
    state["previous_sibling"] = sibling
    if previous is not None:
        previous.next_element = node
    if sibling is not None:
        sibling.next_sibling = node


def _template(soup: BeautifulSoup, builder: _Builder, name: str) -> dict[str, Any]:
    """What ``Tag.__init__`` gives an element called ``name``, whatever its place."""
    real = Tag(soup, builder, name, namespaces=builder.active_namespace_prefixes[-1])
    template = {key: value for key, value in real.__dict__.items() if key not in _PLACED}
    if len(_TEMPLATES) < _MAX_TEMPLATES:
        _TEMPLATES[name] = template
    return template


def _fast_builder_fits() -> bool:
    """Whether this bs4 stores its nodes as :class:`_Builder` assumes (checked once)."""
    fields = {
        "current_data",
        "tagStack",
        "currentTag",
        "open_tag_counter",
        "preserve_whitespace_tag_stack",
        "string_container_stack",
        "_most_recent_element",
        "element_classes",
    }
    try:  # any failure, a missing field included, means: use bs4 as it is
        probe = _Builder(multi_valued_attributes=None)
        soup = BeautifulSoup("<p>x</p>", builder=LXMLTreeBuilder(multi_valued_attributes=None))
        return bool(
            probe.attribute_dict_class in _PLAIN_DICTS
            and not probe.cdata_list_attributes  # bs4 copies attributes as they are
            and fields <= set(vars(soup))
            and not soup.element_classes
        )
    except Exception:
        return False


FAST: Final = _fast_builder_fits()
"""Whether :func:`build_tree` uses the one-step builder (else it is plain ``BeautifulSoup``)."""


def build_tree(text: str) -> BeautifulSoup:
    """The tree ``BeautifulSoup(text, "lxml", multi_valued_attributes=None)`` builds, faster.

    Attribute values stay strings (``class="a b"`` is not split into a list).

    Example:
        >>> tree = build_tree("<p class='a b'>Hello <b>world</b></p>")
        >>> tree.p["class"], tree.p.b.string, tree.p.b.next_element
        ('a b', 'world', 'world')
    """
    builder = _Builder if FAST else LXMLTreeBuilder
    return BeautifulSoup(text, builder=builder(multi_valued_attributes=None))


class _Pauses:
    """How many reads have the collector paused now, and whether it ran before the first one.

    Reads in several threads overlap: the first to start pauses the collector and the last to
    end restores it, so that one thread's end never turns it on under another thread's read.
    """

    lock: Final = threading.Lock()
    active = 0
    was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block, then restored as it was.

    A page's tree is thousands of objects linked both ways (parent and child, previous and next)
    that stay alive while the page is read, so each automatic collection during the read walks
    them all again, and the full ones walk the whole heap: a fifth of ``parse_html``'s time. The
    collector is only paused: it is enabled again only if it was enabled before the first of the
    reads running now began (a program that disabled it keeps it disabled), and then the
    youngest generation is collected at once, which frees what the page left (its tree is
    garbage by then), in the reader's own time rather than at the caller's next allocation.
    """
    with _Pauses.lock:
        if _Pauses.active == 0:
            _Pauses.was_enabled = gc.isenabled()
            gc.disable()
        _Pauses.active += 1
    try:
        yield
    finally:
        with _Pauses.lock:
            _Pauses.active -= 1
            restore = _Pauses.active == 0 and _Pauses.was_enabled
            if restore:
                gc.enable()
        if restore:
            gc.collect(0)
