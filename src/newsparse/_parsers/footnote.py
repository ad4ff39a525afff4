"""Closing notes: footnotes, editor's notes, corrections, updates, disclaimers, contributor lines.

A note is recognised by its opening words (``Editor's note:``, ``Correction:``, ``This story has
been updated``, ``Reporting by ...``, ``... contributed to this report``), by Markdown footnote
syntax (``[^1]: ...``), or, after the last paragraph of prose, by being set wholly in italics (the
seed's closing disclaimer).
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

import attrs

from newsparse._engine import Claim, Context, Found, Shape
from newsparse._errors import Code, ParseError
from newsparse._inline import line_markdown, render
from newsparse._model import Author, AuthorKind, Boilerplate, Footnote, FootnoteKind, Link, Role
from newsparse._parsers.common import (
    MAX_LAYOUT_MARKS,
    heading_text,
    is_emphasised,
    is_italic,
    layout_mark,
)
from newsparse._readers.byline import read_byline
from newsparse._source import BLANK, Source
from newsparse.vocabulary import (
    DISCLOSURE_PHRASES,
    Vocabulary,
    current,
    patterns,
    word_pattern,
)

__all__ = [
    "FootnoteReading",
    "footnote_of",
    "read_footnote",
    "rule",
    "screen",
]

_MAX_NOTE: Final = 1500


class _Words(NamedTuple):
    """The note rules' word sets and word-list patterns, built from one vocabulary."""

    # Words a note opens with (its label's first word, or the start of a telling sentence).
    first_words: frozenset[str]
    # The first words of the whole-sentence notes ("Dieser", "Cet", "Aus") and the sentence's
    # head, the opening and its piece or language ("Dieser Artikel", "Aus dem Englischen"): such
    # common words open a note only with the rest of the head after them.
    sentence_words: frozenset[str]
    sentence_head: re.Pattern[str]
    # First words of notes headings and note labels: "## References", "**Notes**".
    heading_words: frozenset[str]
    # "Reporting by X; Editing by Y", "Additional reporting by X", "Mitarbeit: Jan Müller": a
    # credit line whose prefix gives a role other than author is a closing note, not a byline.
    credit_first_words: frozenset[str]
    # Disclosure phrases beyond the default table, which the cheap hints below may not cover.
    added_disclosures: tuple[str, ...]
    # A label with the note's date or time: "Update, March 4:", "UPDATE (4 p.m.):",
    # "Updated at 5 p.m.:"
    dated_label: re.Pattern[str]
    # After the text, a credit of the whole article: "Quelle: hessenschau.de/bb", "Source: AFP".
    # Longer openings are tried first ("con información de la" before "... de").
    source_credit: re.Pattern[str]
    # A copyright notice holds a year or says what is reserved ("© 2024 X", "All rights
    # reserved"); "© Jane Doe / Example" alone credits a picture.
    copyright_notice: re.Pattern[str]
    # Whole-sentence notes, by their shape: "An earlier version of this story ..." (whatever
    # verb follows), "This story misstated ...",
    # "This story has been updated", "The Example Agency contributed to this report."
    corrected: re.Pattern[str]
    updated: re.Pattern[str]
    contributed: re.Pattern[str]
    # "This post originally appeared on X", "Dieser Beitrag ist 2017 in Y erschienen".
    republished: re.Pattern[str]
    # "Translated from the Spanish by X", "Aus dem Englischen von X".
    translated: re.Pattern[str]
    # "This article is part of our series on ...", "Dieser Text ist Teil der Serie ..."
    series: re.Pattern[str]
    # Words of the page's own functions, whole words: "teilen auf", not "aufteilen auf".
    page_function: re.Pattern[str]
    # A line that may be a copyright notice: "© 2024 X", "Copyright X", "(c) 2024 X", or one
    # saying "all rights reserved" anywhere.
    copyright_start: re.Pattern[str]
    # "... gives the author's opinion, not necessarily the publisher's" anywhere in a line.
    disowned: re.Pattern[str]
    # The longest word of each such phrase: a line holding none cannot hold the phrase (a
    # substring test per line is far cheaper than the pattern).
    disowned_hints: frozenset[str]
    # Words of a picture credit's label ("Photo Source:", "Header Image:", "Illustrationen /
    # Fotos:"), less those that credit a whole article's source ("Quelle:").
    picture_words: frozenset[str]


def _build(words: Vocabulary) -> _Words:
    """The note patterns of ``words``."""
    prefixes = words.footnote_prefixes
    sentence_openings = frozenset(
        (
            *words.update_openings,
            *words.correction_openings,
            *words.earlier_version_openings,
            *words.republished_openings,
            *words.translation_openings,
        )
    )
    return _Words(
        first_words=frozenset(key.split()[0] for key in prefixes)
        | words.note_openings
        | frozenset(label.split()[0] for label in words.dated_update_labels),
        sentence_words=frozenset(opening.split()[0] for opening in sentence_openings),
        sentence_head=word_pattern(
            "^",
            sentence_openings,
            "[ ]?",
            words.update_pieces
            | words.correction_pieces
            | words.republished_pieces
            | words.translation_languages,
            r"\b",
            flags=re.I,
        ),
        heading_words=frozenset(
            heading.split()[0] for heading in (*words.notes_headings, *prefixes)
        ),
        credit_first_words=frozenset(
            key.split()[0] for key, role in words.byline_prefixes.items() if role is not Role.AUTHOR
        )
        - words.byline_credit_words,
        added_disclosures=tuple(sorted(words.disclosure_phrases - DISCLOSURE_PHRASES)),
        dated_label=word_pattern(
            r"(?P<label>[^\W\d_][\w'’.]{0,20}(?:[ ][\w'’.]{1,20}){0,2})(?:,[ ]|[ ]\(|[ ]",
            words.note_time_words,
            r"[ ])(?P<when>[^:()\n]{1,40})\)?[ ]?:[ ]",
        ),
        source_credit=word_pattern(
            r"^", words.source_credit_labels, r"\s?:?\s(?P<who>\S.{1,100})$", flags=re.I
        ),
        copyright_notice=word_pattern(r"[0-9]{4}|", words.reserved_words, flags=re.I),
        corrected=word_pattern(
            "^(?:",
            words.earlier_version_openings,
            "[ ]",
            words.correction_pieces,
            r"\b|",
            words.correction_openings,
            "[ ]",
            words.correction_pieces,
            r"[ ].{0,80}?\b",
            words.correction_words,
            r"\b)",
            flags=re.I,
        ),
        updated=word_pattern(
            "^",
            words.update_openings,
            "[ ]",
            words.update_pieces,
            "[ ]",
            words.update_auxiliaries,
            "[ ]",
            words.update_words,
            flags=re.I,
        ),
        contributed=word_pattern(
            r"^(?P<who>.{2,200}?)[ ]",
            words.contribution_verbs,
            "[ ]",
            words.contribution_objects,
            flags=re.I,
        ),
        series=word_pattern(
            r"\b", words.series_openings, r"\b.{0,60}", words.series_words, flags=re.I
        ),
        page_function=word_pattern(r"\b", words.page_function_phrases, r"\b", flags=re.I),
        republished=word_pattern(
            "^",
            words.republished_openings,
            "[ ]?",
            words.republished_pieces,
            r"\b.{0,100}?\b",
            words.republished_words,
            r"\b",
            flags=re.I,
        ),
        translated=word_pattern(
            "^",
            words.translation_openings,
            "[ ]?",
            words.translation_languages,
            "[ ]",
            words.translation_by_words,
            r"[ ](?P<who>[^\W\d_].{1,120}?)[.]?$",
            flags=re.I,
        ),
        copyright_start=word_pattern(
            "^(?:©|",
            words.copyright_words,
            r"\b|\(c\)[ ][0-9]{4})|",
            words.rights_reserved_phrases,
            flags=re.I,
        ),
        disowned=word_pattern(words.opinion_disclaimers, flags=re.I),
        disowned_hints=frozenset(
            max(phrase.split(), key=len) for phrase in words.opinion_disclaimers if phrase.split()
        ),
        picture_words=(words.credit_labels | words.figure_labels) - words.source_credit_labels,
    )


_words: Final = patterns(_build)
# "[^1]: The text of the footnote."
_MARKDOWN_FOOTNOTE: Final = re.compile(
    r"[ ]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]{0,4}(?P<text>.{0,2000})$"
)
# "Editor's note:", "Correction:" - a label of up to four words and a colon.
_LABEL: Final = re.compile(
    r"(?P<label>[^\W\d_][\w'’.]{0,20}(?:[ ][\w'’.]{1,20}){0,3})[ ]?[:—–-][ ]"
)
_DIGIT: Final = re.compile(r"[0-9]")
# A note saying where the piece first appeared is a sentence or two, not a paragraph of prose
# that mentions a publication.
_REPUBLISHED_LIMIT: Final = 400
# A numbered note after the text: "(1) Author, Title, 2017.", "[2] See ...", "³ Ibid."
_NUMBERED: Final = re.compile(
    r"[ ]{0,3}(?:\((?P<a>[0-9]{1,3})\)|\[(?P<b>[0-9]{1,3})\](?!\()|(?P<c>[¹²³⁴-⁹⁰]{1,3}))"
    r"[ ]?(?P<text>[^\W\d_].{0,2000})$"
)
# A note's number that links back to the text: "([1](#ref1)) ...", "[[2]](#ref2) ..."
_LINKED_NUMBER: Final = re.compile(r"[ ]{0,3}[(\[]\[[0-9]{1,3}\]\([^()\s]{0,200}\)[)\]]\s?\S")
# The link back to the text a footnote ends with: "... Quelle: X [↩](#ref-1)"
_BACK_LINK: Final = "↩"
_DISCLOSURE_LIMIT: Final = 500


@attrs.frozen(kw_only=True)
class FootnoteReading:
    """What a closing note says."""

    text: str
    kind: FootnoteKind
    label: str | None = None
    credits: tuple[Author, ...] = ()
    links: tuple[Link, ...] = ()


def _classify(text: str) -> tuple[FootnoteKind, tuple[Author, ...]] | None:
    """The kind of note ``text`` is by its wording, with any credited parties."""
    label = _LABEL.match(_unwrapped(text))
    if label is not None:
        kind = current().footnote_prefixes.get(label["label"].casefold())
        if kind is not None:
            return kind, ()
    dated = _words().dated_label.match(text)
    if dated is not None and _DIGIT.search(dated["when"]):
        word = dated["label"].casefold()
        kind = current().footnote_prefixes.get(word) or (
            FootnoteKind.UPDATE if word in current().dated_update_labels else None
        )
        if kind is not None:
            return kind, ()
    if _words().corrected.match(text):
        return FootnoteKind.CORRECTION, ()
    if len(text) <= _REPUBLISHED_LIMIT and _words().republished.match(text):
        return FootnoteKind.EDITORS_NOTE, ()
    translators = _translators(text)
    if translators:
        return FootnoteKind.CONTRIBUTORS, translators
    if len(text) <= _DISCLOSURE_LIMIT and _discloses(text) and not _bylined(text):
        return FootnoteKind.DISCLAIMER, ()
    if len(text) <= _OPINION_LIMIT and _disowns(text):
        return FootnoteKind.DISCLAIMER, ()
    if _words().updated.match(text):
        return FootnoteKind.UPDATE, ()
    contributed = _words().contributed.match(text)
    if contributed is not None:
        named = read_byline(contributed["who"], prefixed=False) or ()
        return FootnoteKind.CONTRIBUTORS, tuple(
            attrs.evolve(a, role=Role.CONTRIBUTOR) for a in named
        )
    first = text[:40].split(None, 1)[0].strip(":").casefold() if text.strip() else ""
    if first in _words().credit_first_words:
        credited = read_byline(text.rstrip(". "))
        if credited and all(a.role is not Role.AUTHOR for a in credited):
            return FootnoteKind.CONTRIBUTORS, credited
    if _words().copyright_start.search(text[:200]) and _words().copyright_notice.search(text[:300]):
        return FootnoteKind.COPYRIGHT, ()
    return None


# A note set in brackets or parentheses as a whole: "[Note: ...]", "(Editor's note: ...)".
_WRAPPERS: Final = {"(": ")", "[": "]"}


def _unwrapped(text: str) -> str:
    """``text`` without the brackets around it all, when it is wrapped so; else ``text``."""
    close = _WRAPPERS.get(text[:1])
    if close is None or not text.rstrip(BLANK + ".").endswith(close):
        return text
    return text[1:].lstrip(BLANK)


# A disclaimer of the author's opinion is a sentence or two; a longer paragraph saying "views
# expressed" is prose about someone's views.
_OPINION_LIMIT: Final = 400


def _disowns(text: str) -> bool:
    """Whether ``text`` says the piece gives its author's opinion, not the publisher's."""
    folded = text.casefold()
    return any(map(folded.__contains__, _words().disowned_hints)) and (
        _words().disowned.search(text) is not None
    )


def _translators(text: str) -> tuple[Author, ...]:
    """The translators a translation note names ("Aus dem Englischen von Jo Park"), if it is one."""
    translated = _words().translated.match(text)
    named = read_byline(translated["who"], prefixed=False) if translated is not None else None
    return tuple(attrs.evolve(author, role=Role.TRANSLATION) for author in named or ())


_SERIES_LIMIT: Final = 300
_MIN_NOTE_WORDS: Final = 3


def _note_like(text: str) -> bool:
    """Whether an italic line after the text reads as a note, not a signature or a lead-in.

    Not a name or an emoji alone (under three words), not a line leading into what follows
    (``... ein paar Tipps:``), not a byline (``Autor: red``), not a question or a call to the
    readers (``Follow us on ...``).
    """
    words = [word.strip("_*:") for word in text.split()]
    words = [word for word in words if any(c.isalpha() for c in word)]
    if len(words) < _MIN_NOTE_WORDS or text.rstrip(BLANK + "_*")[-1:] == ":":
        return False
    if "?" in text:
        return False  # a question to the readers ("Which one do you use?"), not a note
    if _credits_picture(text):
        return False  # "Photo Source: X", "Header Image: ... Credit: X": a picture's credit
    folded = text.casefold()
    if any(map(folded.__contains__, current().reader_calls)):
        return False  # "Folgen Sie uns auf ...": a call to the readers, not a note
    return words[0].casefold() not in current().byline_prefixes


# Past this many words an italic paragraph with no note wording is the story's prose (a reflection,
# a closing prayer, a long author box); a note without telling words is a sentence or two.
_PROSE_NOTE_WORDS: Final = 80
# A quotation closing the text: it opens on a quote mark, or ends on its author's name in
# parentheses ("... the thinking that created it (Jo Park)"); one word there is a job or a desk.
_QUOTATION: Final = re.compile(
    r"^[\"“„«‚‘']|\((?:[A-ZÀ-Þ][\w.'’-]{0,30}[ ]){1,3}[A-ZÀ-Þ][\w.'’-]{0,30}\)[.]?$"
)


def _article_prose(text: str) -> bool:
    """Whether an italic line with no telling words reads as the story's text, not a note."""
    stripped = text.strip(BLANK + "*_")
    return len(stripped.split()) >= _PROSE_NOTE_WORDS or _QUOTATION.search(stripped) is not None


# A label of up to 40 characters before a colon: "Photo Source: ", "Illustrationen / Fotos: ".
_CREDIT_LABEL: Final = re.compile(r"(?P<label>[^\W\d_][\w'’. /&]{0,40}?)[ ]?:[ ]")


def _credits_picture(text: str) -> bool:
    """Whether ``text`` opens with a picture credit's label ("Photo Source:", "Header Image:")."""
    label = _CREDIT_LABEL.match(text)
    if label is None:
        return False
    words = label["label"].casefold().replace("/", " ").split()
    return any(word in _words().picture_words or _picture_compound(word) for word in words)


def _picture_compound(word: str) -> bool:
    """A compound ending in a picture word: "Titelbild", "Beitragsfoto", "Headerimage"."""
    return any(
        len(word) > len(picture) >= _MIN_PICTURE_WORD and word.endswith(picture)
        for picture in _words().picture_words
    )


_MIN_PICTURE_WORD: Final = 4  # "bild", "foto": shorter endings match too many words


def _bylined(text: str) -> bool:
    """Whether ``text`` opens with a byline prefix ("By Ana Ruiz | This post may contain ...")."""
    first = text[:30].split(None, 1)
    return bool(first) and first[0].casefold().rstrip(":") in current().byline_prefixes


def _discloses(text: str) -> bool:
    """Whether ``text`` holds an affiliate or price disclosure phrase."""
    folded = text.casefold()
    return (
        any(map(folded.__contains__, _DISCLOSURE_HINTS))
        and any(map(folded.__contains__, current().disclosure_phrases))
    ) or any(map(folded.__contains__, _words().added_disclosures))


# Cheap substrings one of which every disclosure phrase holds (most lines hold none).
_DISCLOSURE_HINTS: Final = (
    "ffiliat",
    "commission",
    "compensation",
    "provision",
    "link",
    "preis",
    "api",
    "lien",
    "entstand",
    "sponsor",
    "gewähr",
)


def _kind_of_note(text: str) -> FootnoteKind:
    """The kind of a line already known to be a note (set apart in italics after the text)."""
    folded = text.casefold()
    if any(map(folded.__contains__, current().disclaimer_phrases)):
        return FootnoteKind.DISCLAIMER
    if _words().series.search(text[:_SERIES_LIMIT]):
        return FootnoteKind.SERIES
    return FootnoteKind.FOOTNOTE


# Back links that footnote plugins set beside a note, pointing back to where the text cites it:
# "↩" (often with a variation selector: "↩︎", "↩️"), "↑" (MediaWiki) and "^" (Wikipedia). They
# are symbols, not words, so they live here rather than in the vocabulary.
_BACK_MARKS: Final = "↩↑^"
# Before the text, a mark and the labels of its several back links: "↑ 1.0 1.1 ", "^ a b ",
# "[↑] ". A "^" counts only with a space after it.
_LEADING_BACK_LINK: Final = re.compile(
    r"[\[(]?(?:[↩↑][\ufe0e\ufe0f]?|\^)[\])]?(?: |$)"
    r"(?P<labels>(?:[0-9]{1,3}\.[0-9]{1,3}(?: |$)){1,40}|(?:[a-z](?: |$)){2,26})?"
)
# After the text: "[↩]", "↩︎", "↩2" (the note's second back link), " ^", several in a row.
_TRAILING_BACK_LINK: Final = re.compile(
    r"(?:[ ]?[\[(]?[↩↑][\ufe0e\ufe0f]?[0-9]{0,3}[\])]?|[ ][\[(]?\^[\])]?){1,20}$"
)
_TRAILING_REACH: Final = 200
_SOFT_HYPHEN: Final = "\u00ad"
_ALPHABET: Final = "abcdefghijklmnopqrstuvwxyz"


def _back_link_cuts(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a back link mark (with its labels) at its start or end."""
    cuts: list[tuple[int, int]] = []
    leading = _LEADING_BACK_LINK.match(text)
    if leading is not None:
        labels = leading["labels"] or ""
        # Letters are back-link labels only as a run "a b c ...": "^ a study" keeps its "a".
        letters = labels.split()
        end = leading.end()
        if letters and letters[0].isalpha() and "".join(letters) != _ALPHABET[: len(letters)]:
            end = leading.start("labels")
        cuts.append((0, end))
    reach = max(len(text) - _TRAILING_REACH, cuts[-1][1] if cuts else 0)
    trailing = _TRAILING_BACK_LINK.search(text, reach)
    if trailing is not None and trailing.start() < trailing.end():
        cuts.append((trailing.start(), trailing.end()))
    return cuts


def _clean_note(text: str, links: tuple[Link, ...]) -> tuple[str, tuple[Link, ...]]:
    """A note's text without back link marks at either end or soft hyphens, links moved to match.

    The raw text keeps them; a link that held only a mark (``[↩](#ref-1)``) goes with it. A text
    that is nothing but marks stays as it is.
    """
    if not any(mark in text for mark in _BACK_MARKS) and _SOFT_HYPHEN not in text:
        return text, links  # the common case
    # A mark's cut holds no soft hyphen, so the cuts never overlap.
    hyphens = [(at, at + 1) for at, char in enumerate(text) if char == _SOFT_HYPHEN]
    cuts = sorted([*_back_link_cuts(text), *hyphens])
    cleaned, moved = _without(text, links, cuts)
    if not cleaned.strip(BLANK):
        return text, links
    return cleaned, moved


def _without(
    text: str, links: tuple[Link, ...], cuts: list[tuple[int, int]]
) -> tuple[str, tuple[Link, ...]]:
    """``text`` less the sorted, disjoint ``cuts``; links moved, those wholly cut dropped."""
    if not cuts:
        return text, links
    pieces = []
    position = 0
    for start, end in cuts:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    cleaned = "".join(pieces)
    starts = [start for start, _ in cuts]
    removed = [0]  # removed[k]: characters the first k cuts take
    for start, end in cuts:
        removed.append(removed[-1] + end - start)

    def moved(offset: int) -> int:
        k = bisect.bisect_left(starts, offset)  # the cuts that start before the offset
        overshoot = max(0, cuts[k - 1][1] - offset) if k else 0
        return offset - removed[k] + overshoot

    kept = []
    for link in links:
        start, end = moved(link.start), moved(link.end)
        if end > start:
            kept.append(attrs.evolve(link, text=cleaned[start:end], start=start, end=end))
    return cleaned, tuple(kept)


def read_footnote(markdown: str, *, closing: bool = False) -> FootnoteReading | None:
    """What a closing note says, or ``None`` when ``markdown`` is not one.

    With ``closing`` (the line comes after the last paragraph of prose) a line set wholly in
    italics is a note even without telling words. The text is clean of back links and soft
    hyphens (see ``_clean_note``).

    Example:
        >>> r = read_footnote("*The Taliban is banned in Russia.*", closing=True)
        >>> r.text, r.kind.value
        ('The Taliban is banned in Russia.', 'disclaimer')
    """
    reading = _read_note(markdown, closing=closing)
    if reading is None:
        return None
    text, links = _clean_note(reading.text, reading.links)
    return attrs.evolve(reading, text=text, links=links)


def _read_note(markdown: str, *, closing: bool) -> FootnoteReading | None:
    """What a closing note says, its text as rendered; ``None`` when ``markdown`` is not one."""
    if len(markdown) > _MAX_NOTE:
        return None
    marked = _MARKDOWN_FOOTNOTE.match(markdown)
    if marked is not None:
        inline = render(marked["text"])
        text = inline.text
        kind = _classify(text)
        return FootnoteReading(
            text=text,
            kind=kind[0] if kind else _kind_of_note(text),
            label=marked["label"],
            credits=kind[1] if kind else (),
            links=inline.links,
        )
    inline = render(markdown)
    text = inline.text
    if not text:
        return None
    kind = _classify(text)
    if kind is not None:
        return FootnoteReading(text=text, kind=kind[0], credits=kind[1], links=inline.links)
    if closing and is_italic(markdown) and _note_like(text):
        italic_kind = _kind_of_note(text)
        if italic_kind is FootnoteKind.FOOTNOTE and _article_prose(text):
            return None  # a quotation or a paragraph set in italics: the story's own text
        return FootnoteReading(text=text, kind=italic_kind, links=inline.links)
    # "([1](#fn1)) Author, Title": the number may be a link back to the text, which marks a
    # note wherever it stands.
    linked = _LINKED_NUMBER.match(markdown) is not None
    numbered = (_NUMBERED.match(markdown) or _NUMBERED.match(text)) if closing or linked else None
    if numbered is not None:
        label = numbered["a"] or numbered["b"] or numbered["c"]
        return FootnoteReading(text=text, kind=_kind_of_note(text), label=label, links=inline.links)
    if _BACK_LINK in text[-40:]:
        return FootnoteReading(text=text, kind=_kind_of_note(text), links=inline.links)
    source = _words().source_credit.match(text)
    if source is not None and (closing or _credits_article(text[: source.start("who")])):
        credits = read_byline(source["who"], prefixed=False)
        if credits and (closing or _all_agencies(text[: source.start("who")], credits)):
            credits = tuple(attrs.evolve(a, role=Role.CONTRIBUTOR) for a in credits)
            return FootnoteReading(
                text=text, kind=FootnoteKind.CONTRIBUTORS, credits=credits, links=inline.links
            )
        if closing and _names_a_source(source["who"]):
            # "Quelle: kathpress", "Quelle: Pressemitteilung X": a source no name reader knows.
            return FootnoteReading(text=text, kind=FootnoteKind.CONTRIBUTORS, links=inline.links)
    return None


# A source line names its source in a few words; a sentence after "Quelle:" is prose.
_SOURCE_WORDS: Final = 6
_SENTENCE_END: Final = re.compile(r"[.!?:;][ ]")


def _names_a_source(who: str) -> bool:
    """Whether the text after a source label is a short name, not a sentence."""
    words = who.split()
    return (
        0 < len(words) <= _SOURCE_WORDS
        and _SENTENCE_END.search(who) is None
        and not who.rstrip().endswith(":")
    )


def _credits_article(label: str) -> bool:
    """Whether a source label credits the whole article wherever it stands.

    "Mit Material von", "with files from" (two words or more) do; so does a bare "Avec" or "Con"
    before agencies only. "Quelle:" with a colon may credit a picture, so only after the text.
    """
    return len(label.split()) >= _ARTICLE_LABEL_WORDS or ":" not in label


def _all_agencies(label: str, credits: tuple[Author, ...]) -> bool:
    """Whether a one-word label's credits are all wire agencies ("Avec AFP"); longer labels pass."""
    return len(label.split()) >= _ARTICLE_LABEL_WORDS or all(
        author.kind is AuthorKind.AGENCY for author in credits
    )


_ARTICLE_LABEL_WORDS: Final = 2


def _says_note(reading: FootnoteReading) -> bool:
    """Whether a note opens with its label or states a disclosure (not a mere italic line)."""
    label = _LABEL.match(_unwrapped(reading.text))
    return (label is not None and label["label"].casefold() in current().footnote_prefixes) or (
        reading.kind is not FootnoteKind.FOOTNOTE
    )


def screen(context: Context, index: int) -> bool:
    """After the text anything may be a note; before it, only telling words or ``[^1]:``."""
    if _after_text(context, index):
        return True
    line = context.lines[index]
    words = _words()
    first = context.first_word(index)
    return (
        first in words.first_words
        or _sentence_note(context, index)
        or "ontribut" in line
        or line.lstrip(" ").startswith(("[^", "([", "[["))
        or _BACK_LINK in line
        or _may_disclose(line)
        # A notes heading in any form: "## References", setext "Literatur" over "===", "**Notes**".
        or first in words.heading_words
    )


def _after_text(context: Context, index: int) -> bool:
    """Whether line ``index`` follows the text, where a note may go without telling words.

    Past the last paragraph of prose, or the block right under it when all below is short in
    text (``[Reprint rights](long-url)``, tags): a long link line is no prose, though its
    Markdown is long.
    """
    if index >= context.tail_start:
        return True
    return 0 < context.text_end <= index and context.next_nonblank(context.text_end) == index


def _sentence_note(context: Context, index: int) -> bool:
    """Whether line ``index`` opens like a whole-sentence note ("Dieser Artikel", "Cet article")."""
    return context.first_word(index) in _words().sentence_words and bool(
        _words().sentence_head.match(context.inline(index).text.lstrip(_SENTENCE_MARKS)[:80])
    )


# Marks the plain text of a line may still open with: "*", "_", "(" around an italic note.
_SENTENCE_MARKS: Final = " *_("


def _may_disclose(line: str) -> bool:
    """A cheap test that a line could hold a disclosure phrase (most lines hold none)."""
    added = _words().added_disclosures
    return (
        any(map(line.__contains__, _LINE_HINTS))
        or (bool(added) and any(phrase in line.casefold() for phrase in added))
        or (len(line) <= _OPINION_LIMIT and _disowns(line))
    )


_LINE_HINTS: Final = (
    "ffiliat",
    "ommission",
    "ompensation",
    "rovision",
    "höher sein",
    "Advertising API",
    "fili",
    "ntstand",
    "ponsor",
    "ewähr",
)
# Kinds of note that may stand in the header, above the text: "Disclaimer: ...", "Note: ...";
# not an update ("Update: March 4, 2024" there is the article's date line).
_HEADER_KINDS: Final = frozenset(
    {
        FootnoteKind.EDITORS_NOTE,
        FootnoteKind.CORRECTION,
        FootnoteKind.DISCLAIMER,
        FootnoteKind.FOOTNOTE,
    }
)
_MAX_LISTED_NOTES: Final = 60
# A list item's marker: "* ", "1. "
_ITEM: Final = re.compile(r"[ \t]{0,12}(?:[*+-]|[0-9]{1,9}[.)])[ \t]{1,4}")


def _heading_text(context: Context, index: int) -> str | None:
    """The text of a heading, a bold line or a setext heading at ``index``, if it is one."""
    line = context.lines[index]
    if len(line) > 80:
        return None
    shape = context.shape(index)
    if shape is Shape.HEADING:
        # "## References {#refs .notes}": pandoc's attributes and closing hashes are no words.
        return context.render(heading_text(line)).text.strip("#: ").strip()
    if context.setext_level(index) or is_emphasised(line):
        return context.inline(index).text.strip("#: ").strip()
    return None


def _headed_note(context: Context, index: int, probe: int, heading: str) -> Claim | None:
    """``# Hinweis`` over a paragraph: one note, the paragraph its text, the heading its kind."""
    end = context.block_end(probe)
    extent = context.source.line_end(end - 1) - context.source.starts[probe]
    if extent > _MAX_NOTE:
        return None
    inline = context.render("\n".join(context.lines[probe:end]))
    kind = current().footnote_prefixes.get(heading.casefold(), FootnoteKind.FOOTNOTE)
    span = context.lines_span(index, end - 1)
    # The heading stays in the raw text and gives the kind; the text is the paragraph's.
    text, links = _clean_note(inline.text, inline.links)
    note = Footnote(
        raw=context.raw(span),
        span=span,
        text=text or heading,
        kind=kind,
        links=links,
    )
    return Claim(elements=(note,), found=(Found.FOOTNOTE,), next_line=end)


def _item_label(marker: re.Match[str] | None, numbered: re.Match[str] | None) -> str | None:
    """A listed note's number: its own ``(1)`` or ``[1]``, else its list number (``1.``)."""
    if numbered is not None:
        return numbered["a"] or numbered["b"] or numbered["c"]
    number = marker.group(0).strip(" \t.)") if marker is not None else ""
    return number if number.isdigit() else None


def _notes_list_claim(context: Context, index: int) -> Claim | None:
    """A heading such as ``References`` or ``Anmerkungen`` over a list: one note per item."""
    heading = _heading_text(context, index)
    if heading is None:
        return None
    folded = heading.casefold()
    # A labelled note ("# Hinweis", "Editor's note") may stand above the text; a list of
    # references only after it.
    if folded not in current().footnote_prefixes and (
        folded not in current().notes_headings or context.in_header(index)
    ):
        return None
    notes: list[Footnote] = []
    furniture: list[Boilerplate] = []
    first = index
    probe = context.next_nonblank(index + (2 if context.setext_level(index) else 1))
    top = index
    for _ in range(MAX_LAYOUT_MARKS):
        if probe is None or not layout_mark(context, probe):
            break
        top = probe  # "::: {.notes}" under the heading: a mark with no text
        probe = context.next_nonblank(probe + 1)
    if probe is not None and context.footer_line is not None and probe >= context.footer_line:
        return None  # nothing under the heading but the dump's footer: no note, a lone heading
    if probe is not None and probe - top <= 3 and context.shape(probe) is Shape.TEXT:
        return _headed_note(context, index, probe, heading)
    while probe is not None and len(notes) < _MAX_LISTED_NOTES:
        if context.shape(probe) is not Shape.LIST_ITEM:
            break
        last = probe
        # The item's continuation lines (indented, no marker of their own) belong to it.
        following = probe + 1
        while following < context.count and context.lines[following][:2] == "  ":
            if context.shape(following) is Shape.LIST_ITEM:
                break
            last = following
            following += 1
        item = context.lines[probe]
        marker = _ITEM.match(item)
        markdown = item[marker.end() :] if marker is not None else item
        rest = [context.lines[line].strip() for line in range(probe + 1, last + 1)]
        inline = context.render(" ".join([markdown, *rest]).strip()[:_MAX_NOTE])
        if inline.text and _speaks_of_page(inline.text):
            # "Teilen auf X" under the references: the page's share buttons, not a note.
            span = context.lines_span(first, last)
            furniture.append(Boilerplate(raw=context.raw(span), span=span, text=inline.text))
            first = last + 1
        elif inline.text:
            span = context.lines_span(first, last)
            numbered = _NUMBERED.match(markdown)
            text, links = _clean_note(inline.text, inline.links)
            notes.append(
                Footnote(
                    raw=context.raw(span),
                    span=span,
                    text=text,
                    kind=FootnoteKind.FOOTNOTE,
                    label=_item_label(marker, numbered),
                    links=links,
                )
            )
            first = last + 1
        probe = context.next_nonblank(last + 1)
        if probe is not None and probe - last > 2:
            break
    if not notes:
        return None
    if (folded in current().footnote_prefixes or folded in current().remark_headings) and all(
        note.label is None for note in notes
    ):
        notes = [_one_note(context, index, heading, notes)]
    elements: list[Footnote | Boilerplate] = sorted(
        [*notes, *furniture], key=lambda element: element.span.start
    )
    return Claim(
        elements=tuple(elements),
        found=tuple(
            Found.FOOTNOTE if isinstance(element, Footnote) else Found.BOILERPLATE
            for element in elements
        ),
        next_line=elements[-1].span.end_line,
    )


def _one_note(context: Context, index: int, heading: str, notes: list[Footnote]) -> Footnote:
    """The list of remarks under a heading as one note (the items' links kept).

    The heading stays in the raw text and gives the kind; the text is the remarks'.
    """
    span = context.lines_span(index, notes[-1].span.end_line - 1)
    parts: list[str] = []
    links: list[Link] = []
    offset = 0
    for note in notes:
        parts.append(note.text)
        links.extend(
            attrs.evolve(link, start=link.start + offset, end=link.end + offset)
            for link in note.links
        )
        offset += len(note.text) + 1
    return Footnote(
        raw=context.raw(span),
        span=span,
        text=" ".join(parts),
        kind=current().footnote_prefixes.get(heading.casefold(), FootnoteKind.FOOTNOTE),
        links=tuple(links),
    )


# The most lines a listed note's item runs over: a wrapping converter indents the lines it broke.
_MAX_ITEM_LINES: Final = 8


def _item_end(context: Context, index: int) -> int:
    """The last line of the list item at ``index``: its own indented lines count (a few)."""
    last = index
    for following in range(index + 1, min(index + _MAX_ITEM_LINES, context.count)):
        if context.lines[following][:2] != "  " or context.shape(following) is not Shape.TEXT:
            break
        last = following
    return last


def _back_linked_item(context: Context, index: int, last: int) -> Claim | None:
    """A numbered footnote in a list, ending in its link back to the text: ``1. Text [↩](#r1)``.

    The item may run over its own indented lines (``1. Jo Park, *Tides*,`` / ``   2004. [↩](#r1)``),
    as a converter that wraps list items writes it.
    """
    extent = context.source.line_end(last) - context.source.starts[index]
    if extent > _MAX_NOTE:
        return None
    first = context.lines[index]
    marker = _ITEM.match(first)
    head = first[marker.end() :] if marker is not None else first
    rest = [context.lines[line].strip(BLANK) for line in range(index + 1, last + 1)]
    markdown = " ".join([head, *rest]) if rest else head
    inline = context.render(markdown)
    if _BACK_LINK not in inline.text[-_BACK_LINK_REACH:] or not _note_like(inline.text):
        return None
    span = context.lines_span(index, last)
    text, links = _clean_note(inline.text, inline.links)
    note = Footnote(
        raw=context.raw(span),
        span=span,
        text=text,
        kind=FootnoteKind.FOOTNOTE,
        label=_item_label(marker, _NUMBERED.match(markdown)),
        links=links,
    )
    return Claim(elements=(note,), found=(Found.FOOTNOTE,), next_line=last + 1)


_BACK_LINK_REACH: Final = 40


def rule(context: Context, index: int) -> Claim | None:
    """Claim a closing note (telling words anywhere after the header; italics in the tail)."""
    shape = context.shape(index)
    if context.first_word(index) in _words().heading_words:
        listed = _notes_list_claim(context, index)
        if listed is not None:
            return listed
    if shape is Shape.LIST_ITEM:
        last = _item_end(context, index)
        if any(_BACK_LINK in context.lines[line] for line in range(index, last + 1)):
            return _back_linked_item(context, index, last)
    if shape not in (Shape.TEXT, Shape.QUOTE):
        return None
    line = context.lines[index]
    if len(line) > _MAX_NOTE:
        return None
    closing = _after_text(context, index)
    marked = line.lstrip(" ").startswith("[^") or _LINKED_NUMBER.match(line) is not None
    telling = (
        context.first_word(index) in _words().first_words
        or _sentence_note(context, index)
        or "ontribut" in line  # contributed
        or _BACK_LINK in line
        or _may_disclose(line)
    )
    if not (closing or marked or telling):
        return None
    if not (marked or telling) and index > 0 and not context.blank[index - 1]:
        return None  # a note set apart by italics alone starts a block, never inside one
    header = context.in_header(index) and not closing and not marked
    end = context.block_end(index)
    # The block joined with "\n" is at least its source length less one per line break; past
    # _MAX_NOTE read_footnote refuses it, so a long block is refused without joining it (joining
    # the rest of the block at every line of it was quadratic).
    extent = context.source.line_end(end - 1) - context.source.starts[index]
    if shape is Shape.TEXT and extent - (end - index - 1) > _MAX_NOTE:
        return None
    # Read with reference links written inline ("[text][1]"), as the dump with inline links.
    if shape is Shape.QUOTE:
        markdown = line_markdown(context, index).lstrip(" >")
        end = index + 1
    else:
        markdown = "\n".join(line_markdown(context, line) for line in range(index, end))
    reading = read_footnote(markdown, closing=closing)
    if reading is None:
        return None
    # In the header only notes that say what they are count ("Disclaimer: ...", "Note: ..."):
    # contributor and copyright wording there belongs to the byline or the story.
    if header and not _header_note(reading):
        return None
    span = context.lines_span(index, end - 1)
    if reading.kind is FootnoteKind.FOOTNOTE and _speaks_of_page(reading.text):
        # "Hinweis: Die Kommentarfunktion endet am Sonntag": the page's own furniture.
        furniture = Boilerplate(raw=context.raw(span), span=span, text=reading.text)
        return Claim(elements=(furniture,), found=(Found.BOILERPLATE,), next_line=end)
    if _repeated(context, index):
        # The same disclaimer under every product box: one note, the repeats are furniture.
        repeat = Boilerplate(raw=context.raw(span), span=span, text=reading.text)
        return Claim(elements=(repeat,), found=(Found.BOILERPLATE,), next_line=end)
    note = Footnote(
        raw=context.raw(span),
        span=span,
        text=reading.text,
        kind=reading.kind,
        label=reading.label,
        links=reading.links,
        credits=reading.credits,
    )
    return Claim(elements=(note,), found=(Found.FOOTNOTE,), next_line=end)


def _speaks_of_page(text: str) -> bool:
    """Whether ``text`` speaks of the page's own functions: its forms, comments, share buttons."""
    return _words().page_function.search(text) is not None


def _header_note(reading: FootnoteReading) -> bool:
    """Whether a note may stand above the text: it says what it is, or is a whole update sentence.

    "This story has been updated ..." at the top is a note; "Update: March 4, 2024" there is the
    article's date line.
    """
    if reading.kind is FootnoteKind.UPDATE:
        return _words().updated.match(reading.text) is not None or _dated_sentence(reading.text)
    return reading.kind in _HEADER_KINDS and _says_note(reading)


# Words after a dated update label that make it a note, not the article's date line.
_UPDATE_SENTENCE_WORDS: Final = 4


def _dated_sentence(text: str) -> bool:
    """Whether ``text`` is a dated update label and a sentence: ``Update, March 4: The ...``.

    "Update, March 4, 2024" alone is the article's date line; a sentence after the label's
    colon says what changed.
    """
    dated = _words().dated_label.match(text)
    if dated is None:
        return False
    words = text[dated.end() :].split()
    return len(words) >= _UPDATE_SENTENCE_WORDS and any(word[:1].islower() for word in words)


def _first_lines(context: Context, index: int) -> dict[str, int]:
    """Each line's text (blanks stripped) and the first line that holds it, made in one pass."""
    first: dict[str, int] = {}
    for number, line in enumerate(context.lines):
        first.setdefault(line.strip(BLANK), number)
    return first


def _repeated(context: Context, index: int) -> bool:
    """Whether line ``index`` repeats a line written earlier in the dump, word for word."""
    memo = context.memo(_first_lines)
    if 0 not in memo:
        memo[0] = _first_lines(context, 0)
    return memo[0].get(context.lines[index].strip(BLANK), index) < index


def footnote_of(text: str) -> Footnote:
    """The work of :func:`newsparse.parse_footnote`, in the current vocabulary.

    The public function (``_parsers/__init__``, left pure in the compiled build) checks the
    arguments and sets the vocabulary, then calls this.

    Raises:
        ParseError: ``not-a-footnote`` when ``text`` is not a note.
    """
    source = Source(text)
    span = source.span(0, len(text))
    raw = source.raw(span)
    reading = read_footnote(raw, closing=True)
    if reading is None:
        line, column = source.position(span.start)
        raise ParseError(
            f"{raw[:60]!r} does not read as a closing note",
            code=Code.NOT_A_FOOTNOTE,
            line=line,
            column=column,
        )
    return Footnote(
        raw=raw,
        span=span,
        text=reading.text,
        kind=reading.kind,
        label=reading.label,
        links=reading.links,
        credits=reading.credits,
    )
