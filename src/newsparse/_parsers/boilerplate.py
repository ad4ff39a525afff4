"""Page furniture scraped along with the article: share bars, ad labels, prompts, navigation.

Furniture is kept (every character of a dump lands in some element) but out of the body, in
``Article.boilerplate``, each with an info diagnostic. Two rules: :func:`rule` runs early and takes
what is furniture by its words (``Advertisement``, a list of share buttons, ``Lesedauer: 3 Min``);
:func:`navigation_rule` runs late and takes short link-only lines in the header that no byline,
dateline or caption rule wanted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from newsparse._engine import SHORT_LINE, Claim, Context, Found, Shape
from newsparse._errors import Code
from newsparse._inline import line_markdown
from newsparse._model import Boilerplate, BoilerplateKind, Severity
from newsparse._readers.reading_time import reading_time
from newsparse._source import BLANK
from newsparse.vocabulary import Vocabulary, current, patterns, word_pattern

__all__ = ["navigation_rule", "navigation_screen", "rule", "screen"]

_STRIP: Final = BLANK + ":*_|·•>-–—»›!"
_MAX_RUN: Final = 60


class _Words(NamedTuple):
    """The furniture rules' word sets and word-list patterns, built from one vocabulary."""

    # First words of furniture lines and share bars (a long line needs one to be furniture).
    first_words: frozenset[str]
    # A cookie notice: "We use cookies", "Diese Seite verwendet Cookies ... nutzen".
    cookie: re.Pattern[str]
    # A newsletter prompt: "Subscribe to our newsletter", "Newsletter abonnieren".
    newsletter: re.Pattern[str]
    # WordPress share buttons' openings and endings, as str.startswith/endswith take them.
    openings: tuple[str, ...]
    endings: tuple[str, ...]


def _build(words: Vocabulary) -> _Words:
    """The furniture patterns of ``words``."""
    return _Words(
        first_words=frozenset(key.split()[0] for key in words.boilerplate if key)
        | words.share_words
        | frozenset(heading.split()[0] for heading in words.navigation_headings)
        | frozenset(label.split()[0] for label in words.reading_time_labels)
        | frozenset(label.split()[0] for label in words.alone_labels)
        | frozenset(opening.split()[0].strip(",") for opening in words.share_button_openings),
        cookie=word_pattern(
            r"\bcookies?\b.{0,120}\b",
            words.cookie_verbs,
            r"\b|\b",
            words.cookie_subjects,
            r"\b.{0,40}\bcookies?\b",
            flags=re.I,
        ),
        newsletter=word_pattern(
            r"\bnewsletters?\b.{0,80}\b",
            words.newsletter_actions,
            r"|\b",
            words.newsletter_calls,
            r"\b.{0,80}\bnewsletters?\b",
            flags=re.I,
        ),
        openings=tuple(sorted(words.share_button_openings)),
        endings=tuple(sorted(words.share_button_endings)),
    )


_words: Final = patterns(_build)


def _share_line(context: Context, index: int) -> bool:
    """A line made only of share-button labels: ``* [Facebook](#)``, ``[twitter](#)[email](#)``."""
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM) or len(context.lines[index]) > 300:
        return False
    first = context.first_word(index)
    if first not in current().share_words and first not in current().share_fillers:
        return False
    text = context.inline(index).text.strip(_STRIP)
    words = [w.strip(_STRIP).casefold() for w in text.split()]
    words = [w for w in words if w]
    # "Share this article: Facebook Twitter": a few words of the label may name what is shared.
    filler = [w for w in words if w not in current().share_words]
    return bool(words) and len(filler) <= 3 and all(w in current().share_fillers for w in filler)


def _link_only(context: Context, index: int, max_words: int = 4) -> bool:
    """A line (or list item) that is nothing but short links: navigation."""
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return False
    line = line_markdown(context, index)  # "[Home][1] | [News][2]" as "[Home](/) | [News](/n)"
    if len(line) > 400 or "](" not in line:
        return False
    inline = context.inline(index)
    if not inline.links:
        return False
    # Outside the links there may be separators, but no words ("By [X](#)" is not navigation).
    text = inline.text
    position = 0
    for link in inline.links:
        if any(c.isalnum() for c in text[position : link.start]):
            return False
        position = link.end
    if any(c.isalnum() for c in text[position:]):
        return False
    return all(len(link.text.split()) <= max_words for link in inline.links)


def _claim(context: Context, first: int, last: int, kind: BoilerplateKind) -> Claim:
    if context.setext_level(last):
        last += 1  # "[Site](/)" over "===": the underline belongs to its line
    span = context.lines_span(first, last)
    raw = context.raw(span)
    text = (
        context.render(raw).text
        if first == last
        else "\n".join(
            context.inline(i).text for i in range(first, last + 1) if not context.blank[i]
        )
    )
    element = Boilerplate(raw=raw, span=span, text=text, kind=kind)
    note = context.diagnostic(
        Code.BOILERPLATE, f"{kind.value} furniture kept out of the body", span, Severity.INFO
    )
    return Claim(
        elements=(element,), found=(Found.BOILERPLATE,), next_line=last + 1, diagnostics=(note,)
    )


def _run(context: Context, index: int, test: Callable[[Context, int], bool], gap: int = 2) -> int:
    """The last line of the run of lines from ``index`` that pass ``test``.

    ``gap`` 2 lets one blank line separate the lines of a run; 1 keeps the run in one block.
    """
    last = index
    probe = context.next_nonblank(index + 1)
    steps = 0
    while probe is not None and probe - last <= gap and steps < _MAX_RUN:
        if not test(context, probe):
            break
        last = probe
        probe = context.next_nonblank(probe + 1)
        steps += 1
    return last


def screen(context: Context, index: int) -> bool:
    """Furniture is short, opens with one of its words, or talks of cookies or newsletters."""
    if context.first_word(index) in _words().first_words:
        return True
    line = context.lines[index]
    text = context.inline(index).text
    if len(line) <= 60 or len(text) <= 60:
        return True  # furniture lines are short: "Advertisement", "|", "Show more sharing options"
    if not text.strip(_STRIP + "#"):
        return True  # marks only, however long ("------](/url)", escaped stars): a separator
    # The rule looks for these words in the plain text, which entities and escapes may spell.
    head = text[:400].casefold()
    return "cookie" in head or "newsletter" in head


def rule(context: Context, index: int) -> Claim | None:
    """Claim furniture recognised by its words."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    line = context.lines[index]
    if len(line) > 400:
        return None
    inline = context.inline(index)
    text = inline.text
    if len(text) > 300:
        return None
    key = text.strip(_STRIP + "#").casefold()
    if not key:
        if inline.images:
            return None  # an image line: the caption rule's
        return _claim(context, index, index, BoilerplateKind.SEPARATOR)
    kind = current().boilerplate.get(key)
    if kind is BoilerplateKind.TAGS or (
        shape is Shape.HEADING and key in current().navigation_headings
    ):
        last = _run(context, index, lambda c, i: _link_only(c, i, 14))
        if last == index and kind is None:
            return None
        return _claim(context, index, last, kind or BoilerplateKind.NAVIGATION)
    if kind is BoilerplateKind.SHARE or _share_line(context, index):
        return _claim(context, index, _run(context, index, _share_line), BoilerplateKind.SHARE)
    if kind is not None:
        return _claim(context, index, index, kind)
    if _share_button(key):
        last = _run(context, index, lambda c, i: _share_button(_key(c, i)))
        return _claim(context, index, last, BoilerplateKind.SHARE)
    if key in current().alone_labels and not inline.links and _alone(context, index):
        return _claim(context, index, index, BoilerplateKind.OTHER)
    # Cheap substring tests first: the regexes below only run on lines that could match.
    note = reading_time()
    if note.hint in key and note.whole.match(key):
        return _claim(context, index, index, BoilerplateKind.OTHER)
    if "cookie" in key and _words().cookie.search(text):
        return _claim(context, index, index, BoilerplateKind.COOKIE)
    if len(text) < 200 and "newsletter" in key and _words().newsletter.search(text):
        return _claim(context, index, index, BoilerplateKind.NEWSLETTER)
    return None


def _key(context: Context, index: int) -> str:
    """Line ``index``'s plain text as a table key: trimmed of marks, case-folded."""
    return context.inline(index).text.strip(_STRIP + "#").casefold()


def _share_button(key: str) -> bool:
    """``click to share on facebook (opens in new window)``: a share button's label."""
    return (
        len(key) < SHORT_LINE
        and key.startswith(_words().openings)
        and key.endswith(_words().endings)
    )


def _alone(context: Context, index: int) -> bool:
    """Whether a label stands alone: no link or list item right under it that it would head."""
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 2:
        return True
    return (
        "](" not in line_markdown(context, following)
        and context.shape(following) is not Shape.LIST_ITEM
    )


def navigation_screen(context: Context, index: int) -> bool:
    """Navigation is taken in the header only."""
    return context.in_header(index)


def navigation_rule(context: Context, index: int) -> Claim | None:
    """Claim short link-only lines in the header (section links, breadcrumbs, tag rows)."""
    if not context.in_header(index) or not _link_only(context, index):
        return None
    # One block at a time: a byline's linked name may follow a row of links after a blank line.
    last = _run(context, index, _link_only, gap=1)
    return _claim(context, index, last, BoilerplateKind.NAVIGATION)
