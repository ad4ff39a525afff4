"""Byline text: the names, roles, places and agencies one byline string holds.

The reader the byline rule (:mod:`newsparse._parsers.byline`) stands on, kept apart from it so
that other kinds' rules read a byline glued to their own element without importing that rule.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple
from urllib.parse import urlsplit

import attrs

from newsparse._inline import Inline, render, unknown_targets
from newsparse._model import Author, AuthorKind, Link, Role
from newsparse._source import BLANK
from newsparse.vocabulary import (
    Vocabulary,
    agency_name,
    cached,
    case_forms,
    current,
    patterns,
    word_pattern,
)

__all__ = [
    "DIGIT",
    "MAX_BYLINE",
    "BylineWords",
    "author_kind",
    "author_page",
    "byline_words",
    "category_start",
    "leading_prefix",
    "plain_names",
    "plain_person_name",
    "prefix_after_lead",
    "read_byline",
    "words_before_degrees",
]


# The longest byline read; rules measure lines against multiples of it.
MAX_BYLINE: Final = 400

# Separators between names: commas, semicolons, "&", "/" between spaced names, and conjunctions.
# A word separator takes only the word, so that in "Lima and Jane" the search for the next one
# starts right after "Lima" and still finds " and ".
_SEPARATOR: Final = re.compile(
    r"\s{0,3}(?:[,;&·•|]|\s/\s)\s{0,3}|(?<=\s)(?P<word>[^\W\d_]{1,4})(?=\s)"
)
# An e-mail address or web address inside a byline (contact details, not names).
_CONTACT: Final = re.compile(r"\S{1,64}@\S{1,255}|https?://\S{1,2000}|www\.\S{1,2000}")
# A social handle after a name: " @anaruiz".
_HANDLE: Final = re.compile(r"\s{1,3}@[\w.]{1,40}\s{0,3}$")
# Leading list bullets and punctuation before a prefix: "* Von", "— By", "| By".
_LEAD: Final = re.compile(r"^[\s*•·|—–-]{0,6}")
_INITIALS: Final = re.compile(r"^(?:[A-Z]\.){1,4}[A-Z]?\.?$|^[A-Z]\.?$")
_ALL_CAPS_WORD: Final = re.compile(r"^[^\W\d_a-z]{2,}$")

# A digit: names hold none, dates and times do.
DIGIT: Final = re.compile(r"[0-9]")
# Punctuation that ends a clause ("Tegnell. Photo"), unlike the dot inside "hessenschau.de".
_SENTENCE_PUNCTUATION: Final = re.compile(r"[.:;!?](?:\s|$)")
# Where a category or tag list starts after the names: "· in [Travel](#)", "| **Tags:** ...".
_CATEGORY: Final = re.compile(
    r"(?:^|[\s|·•⋅,;—–-])[*_]{0,2}(?:(?P<preposition>[^\W\d_]{2,5})\s{1,3}(?=[*_]{0,2}\[)"
    r"|(?P<label>[^\W\d_]{3,14}(?: [^\W\d_]{2,14}){0,2})[*_]{0,2}\s{0,2}:)"
)
# Separators after which a new prefix starts a new role: "Story by X • Photos by Y".
_ROLE_BREAKS: Final = frozenset({"•", "·", "|"})


class BylineWords(NamedTuple):
    """The byline rules' word-list patterns and word sets, built from one vocabulary."""

    # The most words a byline prefix has.
    prefix_words: int
    # Words that close a byline without being a place: "By Jane Doe, Updated".
    not_places: frozenset[str]
    date_words: frozenset[str]
    # Abstract-noun endings, as str.endswith takes them.
    noun_endings: tuple[str, ...]
    # Inflected adjective endings ("Nordische"), as str.endswith takes them.
    adjective_endings: tuple[str, ...]
    # "in Moscow", "en Madrid", "aus Berlin", "à Paris": where the author filed from.
    location: re.Pattern[str]
    # The same place written straight after a linked name: "[Jane Doe](#) in Moscow".
    location_tail: re.Pattern[str]
    # What trails a name and is not part of it: "on", "am", "le", "|", "-", "·".
    trailing_junk: re.Pattern[str]
    # "Ruben Dalek Prange im Gespräch mit Karin Vischel": an interview credits both names.
    interview: re.Pattern[str]
    # The interviewer's credit closing an interview names its writer: "Das Gespräch führte X."
    # Not a byline prefix: "Das" and "Die" open many headlines, which a prefix's first word may
    # not.
    interviewer_credit: re.Pattern[str]
    # The preposition before a place closing a byline: "Por João Silva, de Brasília".
    place_preposition: re.Pattern[str]
    # "ByMichael Greshko", "VonAnna Berg": a one-word prefix glued to the capitalised name.
    glued_prefix: re.Pattern[str]
    # The glued prefixes, as str.startswith takes them: a cheap test before glued_prefix.
    glued_starts: tuple[str, ...]
    # "Eine Kolumne von", "Blog Beitrag von", "A guest post by": one or two capitalised words
    # that say what kind of piece it is, then a one-word prefix.
    led_prefix: re.Pattern[str]
    # The prefix words led_prefix takes, after their space: a cheap test before the regex.
    led_words: tuple[str, ...]
    # A credit opening inside a run of names, with no semicolon before it: "Reporting by Ann Lee
    # Additional reporting by Bo Kim Editing by Cy Roe". Only capitalised multi-word prefixes.
    embedded_prefix: re.Pattern[str]
    # Job words long enough to close a compound ("...leiterin", "...sprecher", "...-experte").
    compound_jobs: tuple[str, ...]
    # Name suffixes with and without their final period: "Jr.", "Jr".
    suffix_keys: frozenset[str]
    # A reading time standing for a name: "5 min read" in "By Jo Park • 5 min read".
    reading_time_only: re.Pattern[str]
    # " For The Daily Post", " for Reuters": the outlet a person writes for, glued in one piece.
    for_outlet: re.Pattern[str]
    # " And ", " and " between two names inside one piece (a link around both).
    and_split: re.Pattern[str]
    # A line going on with the names of the line above: "& Kim Lee", "and Kim Lee", "und Kim Lee".
    continues: re.Pattern[str]
    # A time closing a byline: "Posted by X at 17:35", "Von X um 9.30 Uhr", "par X à 10h15".
    trailing_time: re.Pattern[str]
    # A note about the writer closing the text: a name (after abbreviated titles such as
    # "Prof. Dr."), maybe the age in brackets, then a verb of being or working: "Jo Park (41)
    # ist Redakteurin", "Dr. Jo Park works as".
    biography: re.Pattern[str]


def _build(words: Vocabulary) -> BylineWords:
    """The byline patterns of ``words``."""
    prefixes = words.byline_prefixes
    return BylineWords(
        prefix_words=max((len(key.split()) for key in prefixes), default=1),
        not_places=words.ui_words
        | words.date_labels
        | words.updated_labels
        | words.job_title_words,
        date_words=words.date_labels | words.updated_labels,
        noun_endings=tuple(sorted(words.noun_endings)),
        adjective_endings=tuple(sorted(words.adjective_endings)),
        location=word_pattern(
            r"^(?P<name>.{2,200}?) ",
            words.location_prepositions,
            r" (?P<place>[A-Z][\w .'-]{1,60})$",
        ),
        location_tail=word_pattern(
            r" {0,3}",
            words.location_prepositions,
            r" (?P<place>[A-Z][\w .'-]{0,60}?)\s{0,3}(?=$|[,;|])",
        ),
        trailing_junk=word_pattern(r"(?:[\s|·•,;:—–-]{1,8}", words.date_joiners, r"?){1,3}$"),
        interview=word_pattern(r"\s", words.interview_phrases, r"\s", flags=re.I),
        interviewer_credit=word_pattern(
            r"^", words.interviewer_credits, r"\s{1,3}(?=\S)", flags=re.I
        ),
        place_preposition=word_pattern(r"^", words.place_prepositions, r"[ ]"),
        glued_prefix=word_pattern(
            r"(?P<word>",
            frozenset(word[:1].upper() + word[1:] for word in words.glued_prefixes),
            r")(?=[A-Z][a-zà-öø-ÿ])",
        ),
        glued_starts=tuple(sorted(words.glued_prefixes)),
        led_prefix=word_pattern(
            r"(?P<lead>[A-ZÀ-ÖØ-Þ][^\W\d_]{0,15}(?: [^\W\d_]{2,15}){0,2}) (?P<word>",
            words.led_prefixes,
            r")\s",
        ),
        led_words=tuple(" " + word for word in sorted(words.led_prefixes)),
        embedded_prefix=word_pattern(
            r"(?<=[^\W\d_.])\s(?=",
            tuple(
                key[0].upper() + key[1:]
                for key in sorted(prefixes, key=len, reverse=True)
                if " " in key
            ),
            r")",
        ),
        compound_jobs=tuple(sorted(w for w in words.job_title_words if len(w) >= 6)),
        suffix_keys=words.name_suffixes | frozenset(s.rstrip(".") for s in words.name_suffixes),
        reading_time_only=word_pattern(
            r"^[0-9]{1,3}\s?", words.byline_minutes, r"\.?(?:\s[^\W\d_]{2,12}){0,2}$", flags=re.I
        ),
        # Case-sensitive, as these rules always were: lower case or capitalised, and in capitals
        # only the words of capital_words ("AND" splits names, "UND" does not).
        for_outlet=word_pattern(
            r"\s", case_forms(words.outlet_joiners, capitals=words.capital_words), r"\s(?=[A-Z])"
        ),
        and_split=word_pattern(
            r"\s(?:",
            case_forms(words.name_splitters, capitals=words.capital_words),
            r"|&)\s(?=[A-Z])",
        ),
        continues=word_pattern(r"^\s{0,3}(?:&|", words.continuing_conjunctions, r"\s)", flags=re.I),
        # The joiner in lower case only, the clock noun capitalised only (German nouns are).
        trailing_time=word_pattern(
            r"\s{1,3}",
            words.time_joiners,
            r"\s{1,3}[0-9]{1,2}(?:[:.h][0-9]{2})?(?:\s{0,2}(?:[AaPp]\.?[Mm]\.?|h|",
            case_forms(words.clock_nouns, lower=False),
            r"))?[\s.,|·•]{0,4}$",
        ),
        biography=word_pattern(
            r"^(?:[A-Z][a-z]{1,5}\. {1,2}){0,3}",
            r"(?P<name>[^\W\d_][\w.'’-]{0,30}(?: [\w.'’-]{1,30}){1,3}?)",
            r"(?: \([0-9]{1,3}\))?,? ",
            words.biography_verbs,
            r"\b",
        ),
    )


# The byline rules' tables of the vocabulary in use, built once per vocabulary.
byline_words: Final = patterns(_build)


def category_start(markdown: str) -> int:
    """Where a trailing list of categories or tags begins in a byline (its length if none).

    A preposition before a link (``by [X](#) · in [Travel](#)``) or a label with a colon
    (``| Tags: ...``, ``Abgelegt unter: ...``) from
    :data:`~newsparse.vocabulary.CATEGORY_LABELS`.

    Example:
        >>> line = "by [Jo Park](#) · in [Travel](#)"
        >>> line[: category_start(line)]
        'by [Jo Park](#) · '
    """
    for match in _CATEGORY.finditer(markdown[: MAX_BYLINE * 4]):
        preposition, label = match["preposition"], match["label"]
        if preposition is not None and preposition.casefold() in current().category_prepositions:
            return match.start("preposition")
        if label is not None and label.casefold() in current().category_labels:
            return match.start("label")
    return len(markdown)


@attrs.frozen
class _Atom:
    """A piece of a byline: a name candidate (maybe linked) or a separator."""

    text: str
    url: str | None = None
    linked: bool = False
    separator: str | None = None
    glued: bool = False  # text written straight after a link, with no separator


def leading_prefix(text: str, link_starts: list[int]) -> tuple[int, Role] | None:
    """The end offset and role of a byline prefix at the start of ``text``."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    glued = byline_words().glued_prefix.match(text, start)
    if glued is not None:
        return glued.end(), _prefix_role(glued["word"])
    # A prefix glued to a link: "By[J.R. Stone](#)"
    for link_start in link_starts:
        if start < link_start <= start + 24:
            written = text[start:link_start].strip(BLANK)
            head = written.rstrip(":").strip().casefold()
            if (
                head in current().colon_only_prefixes
                and not written.endswith(":")
                and _prose(text[link_start:])
            ):
                continue  # "Text [a](#) and *b*.": a sentence opening with the word, no label
            if head in current().byline_prefixes:
                return link_start, current().byline_prefixes[head]
    words = text[start : start + 80].split()
    vocabulary = current()
    for count in range(min(byline_words().prefix_words, len(words)), 0, -1):
        head = " ".join(words[:count])
        key = head.casefold().rstrip(":").strip()
        role = vocabulary.byline_prefixes.get(key)
        if role is None:
            continue
        # "Text" and "With" are common sentence openers; only take them with a colon.
        if (
            key in vocabulary.colon_only_prefixes
            and not head.endswith(":")
            and count == len(head.split())
        ):
            after = text[start + len(head) : start + len(head) + 2]
            if not after.startswith(":"):
                continue
        end = text.find(words[count - 1], start) + len(words[count - 1])
        if end < len(text) and text[end] == ":":
            end += 1
        return end, role
    return prefix_after_lead(text, start)


def _prose(text: str) -> bool:
    """Whether ``text`` reads as a sentence: a lower-case word in it, and a full stop closing it.

    After ``Text [a](#) *b*.`` comes prose whose links and emphasis name nobody; after
    ``Author [Jo Park](#)`` a name. Conjunctions and name particles (``and``, ``von``) join
    names, they make no sentence.
    """
    if not _SENTENCE_END.search(text):
        return False
    words = current()
    joiners = words.name_conjunctions | words.name_particles
    bare = (word.strip(_WORD_EDGES) for word in text.split())
    return any(word[:1].islower() and word.casefold() not in joiners for word in bare)


# A full stop closing a sentence, maybe inside closing emphasis or brackets: "... *b*.", "(c)!".
_SENTENCE_END: Final = re.compile(r"[^\W\d_][)\]\"'*_]{0,4}[.!?][)\]\"'*_\s]{0,6}$")
# Punctuation around a word in prose: "b.", "(von", "and,".
_WORD_EDGES: Final = "*_()[]\"'.,;:!?"


def prefix_after_lead(text: str, start: int) -> tuple[int, Role] | None:
    """A one-word prefix after a short lead naming the kind of piece, on a short line."""
    if len(text) - start > 80:
        return None
    led = byline_words().led_prefix.match(text, start)
    # The lead names a kind of piece ("Kolumne", "guest post"): "Walter von Aachen" is a name.
    if led is None or led["lead"].split()[-1].casefold() not in current().piece_kinds:
        return None
    return led.end("word"), _prefix_role(led["word"])


def _prefix_role(word: str) -> Role:
    """The role a one-word prefix gives: its byline prefix's, else author's.

    Glued and led prefixes are tables of their own; a word a user adds to one of them but not to
    ``byline_prefixes`` still opens a byline (it did raise ``KeyError`` in ``parse``).
    """
    return current().byline_prefixes.get(word.casefold(), Role.AUTHOR)


def _atoms(inline: Inline, start: int) -> list[_Atom]:
    """Split ``inline.text[start:]`` into name candidates and separators; links stay whole."""
    text = inline.text
    atoms: list[_Atom] = []
    position = start
    links = [link for link in inline.links if link.start >= start]
    for link in links:
        atoms.extend(_text_atoms(text[position : link.start]))
        atoms.append(_Atom(text=link.text, url=link.url, linked=True))
        position = link.end
        located = _located_after(text, position, links)
        if located is not None:
            atoms.append(_Atom(text=text[position : located.end()], glued=True))
            position = located.end()
        elif position < len(text) and text[position] not in " ,;&|·•/":
            # Text glued to the link ("[Evan Halvorsen](#)Staff Writer") trails the name.
            glued_end = position
            while glued_end < len(text) and text[glued_end] not in ",;|":
                next_link = next((x.start for x in links if x.start >= glued_end), None)
                if next_link == glued_end:
                    break
                glued_end += 1
            atoms.append(_Atom(text=text[position:glued_end], glued=True))
            position = glued_end
    atoms.extend(_text_atoms(text[position:]))
    return atoms


def _located_after(text: str, position: int, links: list[Link]) -> re.Match[str] | None:
    """A place written after the link ending at ``position``: " in Moscow" (or ``None``).

    Before another linked name it ends at the comma or conjunction that leads to that name
    ("[A](#) in Moscow and [B](#)"); it never reaches into a link.
    """
    following = next((link.start for link in links if link.start > position), len(text))
    head = text[position:following]
    words = head.rstrip(BLANK).rsplit(None, 1)
    if (
        following < len(text)
        and len(words) == 2
        and words[1].casefold() in current().name_conjunctions
    ):
        following = position + len(words[0])
    return byline_words().location_tail.match(text, position, following)


def _text_atoms(text: str) -> list[_Atom]:
    """Name candidates and separators in plain text; an embedded credit starts a new segment."""
    atoms: list[_Atom] = []
    pieces = byline_words().embedded_prefix.split(text) if " " in text else [text]
    for number, piece in enumerate(pieces):
        if number:
            atoms.append(_Atom(text="", separator=";"))
        atoms.extend(_plain_atoms(piece))
    return atoms


def _plain_atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    position = 0
    for match in _SEPARATOR.finditer(text):
        word = match["word"]
        if word is not None:
            if word.casefold() not in current().name_conjunctions:
                continue
            # A capitalised "AND" inside an all-caps desk credit is part of it.
            if not word.islower() and not _all_caps_names(text):
                continue
        piece = _without_conjunction(text[position : match.start()])
        if piece.strip(BLANK):
            atoms.append(_Atom(text=piece))
        atoms.append(_Atom(text="", separator=(word or match.group().strip() or " ").casefold()))
        position = match.end()
    rest = _without_conjunction(text[position:])
    if rest.strip(BLANK):
        atoms.append(_Atom(text=rest))
    return atoms


def _without_conjunction(piece: str) -> str:
    """Drop a conjunction left at the start of a piece: ", and Tara Doe" gives "Tara Doe"."""
    stripped = piece.lstrip(BLANK)
    head, _, tail = stripped.partition(" ")
    if tail and head.islower() and head in current().name_conjunctions:
        return tail
    return piece


def _all_caps_names(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return False
    return not any(w.casefold() in current().organization_words for w in text.split())


def _clean(name: str) -> str:
    """A name candidate without contact details, quotes, brackets and trailing joiners.

    A final period stays when it ends an initial or a suffix ("Juan Muñoz C.", "Perry Baxley Jr.").
    A social handle after the name is contact, not name: "Ana Ruiz @anaruiz". Soft hyphens
    (invisible break points pages put in long words) are no part of a name.
    """
    name = _HANDLE.sub("", _CONTACT.sub("", name)).replace("\xad", "")  # soft hyphens
    name = byline_words().trailing_junk.sub("", name.strip(BLANK))
    name = name.strip(BLANK + "*_\"'“”‘’«»()[]{},;:|·•—–-/").strip()  # "Text: Jo Park /"
    if name.casefold() in current().dangling_words:
        return ""
    name = name.lstrip(".")
    if name.endswith("."):
        last = name.split()[-1] if name.split() else ""
        if len(last.rstrip(".")) >= 3 and last.casefold() not in current().name_suffixes:
            name = name.rstrip(".")
    return name


def author_kind(name: str) -> AuthorKind | None:
    """The kind of party ``name`` is, or ``None`` when it does not read as a name at all."""
    if agency_name(name) is not None:
        return AuthorKind.AGENCY
    if name.casefold() in current().picture_agencies:
        return AuthorKind.ORGANIZATION  # "Getty Images", "Unsplash": a picture agency
    if "/" in name:
        # A desk credit: "dpa/lno", "AFP/The Local", "MDR THÜRINGEN/ls" - short parts, no prose.
        parts = [p.strip() for p in name.split("/")]
        if len(parts) > 3 or any(
            not p or len(p.split()) > 3 or _SENTENCE_PUNCTUATION.search(p) for p in parts
        ):
            return None
        if any(agency_name(p) for p in parts):
            return AuthorKind.AGENCY
        return AuthorKind.ORGANIZATION
    words = name.split()
    if not 1 <= len(words) <= 7:
        return None
    folded = [w.casefold().strip(".,") for w in words]
    if folded[0] in current().ui_words or (
        any(w in current().ui_words for w in folded[1:]) and len(words) <= 3
    ):
        return None
    if any(w in current().greeting_words for w in folded):
        return None  # "Viele Grüße": a letter's close, the name (if any) on the next line
    if any(w in current().thanks_words for w in folded):
        return None  # "Special Thanks": a credits line's thanks, no one's name
    if len(words) > 1 and folded[0] in current().phrase_prepositions:
        return None  # "Aus dem Landkreis", "Im Gespräch": a section or a label, no name
    if any(w in current().organization_words for w in folded) or ("." in name and " " not in name):
        return None if _prose_start(words) is not None else AuthorKind.ORGANIZATION
    if len(words) > 1 and _phrase_opener(folded[0]):
        return None  # "Mein Konto", "Und weiter", "Ein Abend": a phrase, no name
    if any(c.isdigit() for c in name) or ":" in name:
        return None  # "Bild: Dirk Sorvang" is a label and a name, not a name
    if "!" in name or "?" in name:
        return None  # "Gute Reise!", "Wer zahlt?": a greeting or a question
    if any(len(w) > 4 and w in byline_words().date_words for w in folded):
        return None  # "Veröffentlicht am": a label
    if len(words) == 1:
        word = words[0]
        if _ALL_CAPS_WORD.match(word) and len(word) <= 6:
            return AuthorKind.ORGANIZATION
        return None
    if all(w in current().job_title_words for w in folded):
        return None
    if folded[0] in current().name_articles:
        # "The Guardian", "Die Zeit": a paper, no person. With a small word inside ("Die Regeln
        # von Example", "Der Blog der Redaktion") it is a phrase: a label or heading, no name.
        return AuthorKind.ORGANIZATION if all(w[:1].isupper() for w in words) else None
    if not (words[0][0].isupper() or _INITIALS.match(words[0])):
        return None  # a particle may stand inside a name ("Jan de Vries"), not first
    if any(len(w) >= 7 and w.endswith(byline_words().noun_endings) for w in folded):
        return None  # "Gemeinsame Pressearbeit": a noun phrase, capitalised in German
    # A German noun phrase is no person; it may name an outlet or a body ("Norddeutsche
    # Hafenpost", "Nordische Fährlinien", "Freunde der Fähre"), so it reads as one.
    phrase = len(folded[0]) >= 7 and folded[0].endswith(byline_words().adjective_endings)
    for position, (word, key) in enumerate(zip(words, folded, strict=True)):
        # "Monday March", not "Sam Ortiz" ("sam(edi)") or "Lena Sonntag" (a surname).
        if key in current().weekdays and len(key) > 3 and (position == 0 or len(words) > 3):
            return None
        if key in current().paired_particles and (
            position == 0 or folded[position - 1] not in current().name_particles
        ):
            phrase = True  # "Ergebnisse der Messung": an article between nouns, no "von der Heide"
        if word[0].isupper() or key in current().name_particles or _INITIALS.match(word):
            continue
        if word[0] in "'’(" and len(word) > 1 and word[1].isupper():
            continue
        return None
    return AuthorKind.ORGANIZATION if phrase else AuthorKind.PERSON


def _phrase_opener(word: str) -> bool:
    """Whether ``word`` opens a phrase and never a name: a pronoun, an article, a conjunction.

    Read from :data:`~newsparse.vocabulary.NOT_NAME_OPENERS`, leaving out what may open a name
    after all: a particle ("La Rocca", "Le Thi"), a paper's article ("Die Zeit", read as an
    outlet below), an initial ("A. Berg") and the few openers that are first names too.
    """
    return (
        len(word) > 1
        and word in current().not_name_openers
        and word not in current().name_particles
        and word not in current().name_articles
        and word not in _FIRST_NAMES_TOO
    )


# Sentence openers that are first names as well ("Des Byrne", "Elle Marsh", "Una Kerr").
_FIRST_NAMES_TOO: Final = frozenset({"des", "elle", "una"})


def _prose_start(words: list[str]) -> int | None:
    """Where lower-case words of a sentence start among a party's name ("Jo Park wrote today").

    An outlet's credit may hold small lower-case words ("Pressestelle des Verbandes", "Centre
    for Policy", "the staff"), job words ("Harbour Press writer Jo Park"), a web address
    ("example.de") or a particle; a longer lower-case word outside those is prose after the
    name, not part of it. ``None`` when there is none.
    """
    small = (
        current().phrase_prepositions
        | current().name_particles
        | current().name_articles
        | current().name_conjunctions
        | current().organization_words
        | current().job_title_words
    )
    return next(
        (
            position
            for position, word in enumerate(words)
            if word[:1].islower() and len(word) > 3 and "." not in word and word not in small
        ),
        None,
    )


def _party(atom: _Atom, name: str) -> tuple[str, AuthorKind | None]:
    """The name a piece gives and the kind of party it is (``None``: no name).

    A piece worded like an outlet's credit that runs into prose names the party before the
    prose, if any: ``Jo Park wrote on the subject today`` gives the person ``Jo Park``; a piece
    opening with prose (``wrote on Gardens today`` after a linked name) gives an empty name.
    """
    kind = author_kind(name) or _linked_name(atom, name)
    words = name.split()
    start = None if kind is not None else _prose_start(words)
    if start is None or not any(w.casefold() in current().organization_words for w in words):
        return name, kind
    while start and words[start - 1][:1].islower():
        start -= 1  # "the staff of our paper": "of our" leads into the prose
    head = " ".join(words[:start])
    return head, author_kind(head) if head else None


def _not_a_name_link(atom: _Atom) -> bool:
    """A piece beside the names that is contact or interface, not a name.

    "[91 Comments](#)", an e-mail address, or a scraped "[email protected]" placeholder.
    """
    text = atom.text.casefold()
    if "email protected" in text or _CONTACT.search(_HANDLE.sub("", atom.text)):
        return True
    if atom.linked and _section_page(atom.url):
        return True  # "[Machine Learning](/category/machine-learning/)": a section, no writer
    words = [w.strip(".,:") for w in text.split()]
    # "[91 Comments](#)", "[E-Mail](#)": short links with an interface word; a long linked
    # credit may hold one as a name's word ("... For The Mail On Sunday").
    # "[RSS-Newsfeed neuer Artikel von Jo Park](#)": an interface word among lower-case words.
    said = any(w in current().ui_words for w in words) and any(
        w.islower() and w not in current().name_particles for w in atom.text.split()
    )
    short = len(words) <= 3 and any(w in current().ui_words for w in words)
    thanks = any(w in current().thanks_words for w in words)  # "[Special Thanks](#)"
    return (
        atom.linked and bool(words) and (words[0] in current().ui_words or said or short or thanks)
    )


def _job_word(word: str) -> bool:
    """A job word, or a compound ending in one: "Projektleiterin", "Medizinredakteurin"."""
    return word in current().job_title_words or (
        len(word) > 8 and word.endswith(byline_words().compound_jobs)
    )


def _job_title(name: str) -> bool:
    """A job title or desk after a name: "Staff Writer", "Politics Reporter", "Senior Editor".

    Its last word is a job word, and it is short; the words before it say what about. Or its
    first word is one and what follows says where: "Projektleiterin des Fährvereins auf Amrum",
    "Director of Harbour Affairs".
    """
    words = [w.casefold().strip(".,") for w in name.split()]
    if not words or len(words) > 10:
        return False
    if len(words) > 1 and _job_word(words[0]) and name.split()[1].islower():
        return not DIGIT.search(name)
    if len(words) > 4:
        return False
    if all(_job_word(w) for w in words):
        return True
    # "Politics Reporter", not "Reuters Staff" (a desk credit: the organisation writes);
    # "Stellvertretende Pressesprecherin": the last word may close a compound.
    return (
        _job_word(words[-1])
        and words[-1] not in current().organization_words
        and name[:1].isupper()
        and not DIGIT.search(name)
        and not any(agency_name(w) for w in name.split()[:-1])
    )


# "(reporting)", "(photos)": a role written after a name.
_ROLE_AFTER: Final = re.compile(r"\s{0,3}\((?P<role>[^\W\d_]{3,16})\)\s{0,3}$")


def _unit(name: str) -> bool:
    """The unit a post is in, after the post: "HRP Policy Unit".

    Two words or more led by an acronym; not an agency, not a place ("Berlin", "Rio de
    Janeiro") and not a person ("Ann Lee in Moscow"). A desk ("Staff Reports") is a party.
    """
    words = name.split()
    if agency_name(name) is not None or len(words) < 2 or DIGIT.search(name):
        return False
    if byline_words().location.match(name) is not None:
        return False
    return _ALL_CAPS_WORD.match(words[0]) is not None


# "(Pressesprecher des Vereins)": a person's post after the name, in parentheses.
_POST_AFTER: Final = re.compile(r"\s{1,3}\((?P<post>[^()]{3,80})\)\s{0,3}$")


def _post_in_parentheses(name: str, *, linked: bool) -> tuple[str, str | None]:
    """``name`` without a post written after it in parentheses, and that post.

    Inside one link (``[Jo Park (Redakteurin. M.A.)](/autoren/jo)``) the parentheses hold the
    person's post whatever its words; plain text needs job words there, since a caption names
    people with their place in the picture (``Jo Park (links)``).
    """
    match = _POST_AFTER.search(name)
    if match is None:
        return name, None
    before, post = name[: match.start()].strip(), match["post"].strip()
    if _job_title(post) or (linked and _person_before_post(before, post)):
        return before, post
    return name, None


def _person_before_post(name: str, post: str) -> bool:
    """Whether ``name`` is a person's and ``post`` no party.

    A person's name holds no parentheses; what follows it in them says who they are, unless it
    names an agency or an outlet, a party of its own (``Jo Park (Reuters)``).
    """
    return (
        2 <= len(name.split()) <= 4
        and author_kind(name) is AuthorKind.PERSON
        and agency_name(post) is None
        and author_kind(post) is not AuthorKind.ORGANIZATION
    )


def _role_in_parentheses(name: str) -> tuple[str, Role | None]:
    """``name`` without a role written after it in parentheses, and that role."""
    match = _ROLE_AFTER.search(name)
    if match is None:
        return name, None
    role = current().role_words.get(match["role"].casefold())
    if role is None:
        return name, None
    return name[: match.start()].strip(), role


def _glued_piece(authors: list[Author], name: str, role: Role) -> None:
    """Text glued after a linked name: an agency, the person's place, or their job title."""
    said = _ROLE_AFTER.fullmatch(name.strip())
    if said is not None and said["role"].casefold() in current().role_words:
        # "[Kim Lee](#) (reporting)": the role the person had.
        authors[-1] = attrs.evolve(authors[-1], role=current().role_words[said["role"].casefold()])
        return
    if agency_name(name):
        authors.append(Author(name=name, kind=AuthorKind.AGENCY, role=role))
        return
    located = byline_words().location_tail.match(name)
    place = located["place"].strip() if located is not None else ""
    if agency_name(place):
        # "[Jane Doe](#) from Reuters": a wire agency is a party, not a place.
        authors.append(Author(name=place, kind=AuthorKind.AGENCY, role=role))
    elif located is not None:
        authors[-1] = attrs.evolve(authors[-1], location=place)
    elif authors[-1].title is None:
        authors[-1] = attrs.evolve(authors[-1], title=name)


def _surname_first(pieces: list[_Atom], separators: list[str]) -> bool:
    """Whether "Smith, John" is one person written surname-first (two words, one comma).

    Not when a word is in capitals: a section and the outlet's acronym ("Naturschutz, BUND").
    """
    return (
        len(pieces) == 2
        and separators == [","]
        and not any(p.linked for p in pieces)
        and all(len(_clean(p.text).split()) == 1 for p in pieces)
        and not any(agency_name(_clean(p.text)) for p in pieces)
        and all(_clean(p.text)[:1].isupper() for p in pieces)
        # "Naturschutz, BUND", "SPD, AfD": a word in capitals is an acronym beside a word, no
        # given name.
        and not any(_ALL_CAPS_WORD.match(_clean(p.text)) for p in pieces)
    )


def _authors(atoms: list[_Atom], role: Role) -> list[Author] | None:
    """Authors from a segment's atoms, or ``None`` if some piece is not a name."""
    authors: list[Author] = []
    pieces: list[_Atom] = [a for a in atoms if a.separator is None]
    separators = [a.separator for a in atoms if a.separator is not None]
    held_title: str | None = None
    before = _separators_before(atoms)
    titled = False  # whether the piece before was the last person's job title
    if _surname_first(pieces, separators):
        name = f"{_clean(pieces[0].text)}, {_clean(pieces[1].text)}"
        return [Author(name=name, kind=AuthorKind.PERSON, role=role, ambiguous=True)]
    for position, atom in enumerate(pieces):
        unroled, role_said = _role_in_parentheses(atom.text.strip(BLANK))
        unroled, post = _post_in_parentheses(unroled, linked=atom.linked)
        name = _clean(unroled)
        if role_said is not None and not name and authors:
            # "[Kim Lee](#) (reporting)": the role the person before had.
            authors[-1] = attrs.evolve(authors[-1], role=role_said)
            continue
        if not name:
            continue
        if authors and name.casefold().rstrip(".") in byline_words().suffix_keys:
            last = authors[-1]
            authors[-1] = attrs.evolve(last, name=f"{last.name}, {name}")
            continue
        titled = _title_piece(authors, name, titled=titled, separator=before[position])
        if titled:
            continue
        if not authors and position < len(pieces) - 1 and _job_title(name):
            held_title = name  # "[Rechtsanwalt](#) Jo Park": the title before the name
            continue
        if byline_words().reading_time_only.match(name):
            continue  # "By Jane Doe • 5 min read"
        if authors and atom.glued:
            _glued_piece(authors, name, role)
            continue
        name, location, wire = _located(name, role)
        if _CONTACT.fullmatch(atom.text.strip()) or _not_a_name_link(atom):
            continue
        credited = _person_with_credit(name, atom.url, role) or _joined_names(name, atom, role)
        if credited:
            authors.extend(credited)
            continue
        name, kind = _party(atom, name)
        if kind is None and authors and _thanks(name):
            break  # "By Jo Park and Special Thanks": the names end where the thanks begin
        if kind is None:
            # An empty name is prose after the names ("[Jo Park](#) wrote on Gardens today").
            if (name or not authors) and not _filed_from(
                authors, pieces, position, before[position], name
            ):
                return None
            continue
        title = (post or held_title) if kind is AuthorKind.PERSON else None
        held_title = None if title else held_title
        authors.append(
            Author(
                name=name,
                kind=kind,
                url=atom.url,
                role=role_said or role,
                location=location,
                title=title,
            )
        )
        if wire is not None:
            authors.append(wire)
    return authors


def _thanks(text: str) -> bool:
    """Whether ``text`` holds a word of thanks (:data:`~newsparse.vocabulary.THANKS_WORDS`)."""
    return any(w.casefold().strip(".,!") in current().thanks_words for w in text.split())


def _filed_from(
    authors: list[Author], pieces: list[_Atom], position: int, separator: str | None, name: str
) -> bool:
    """Whether piece ``position`` (``name``, itself no name) is where the last person filed.

    If so, the place is set on that person.
    ``Von [Anna Schmidt](#), Berlin``: a place closing the byline is where she filed;
    ``By Jo Park, Oslo, and Kim Lee, Bergen``: each name may have its own, after a comma.
    """
    place = byline_words().place_preposition.sub("", name)  # ", de Brasília", ", in Berlin"
    if not _place_after(authors, pieces[position], place):
        return False
    last = position == len(pieces) - 1
    if not last and not (separator == "," and _person_follows(pieces, position)):
        return False
    authors[-1] = attrs.evolve(authors[-1], location=place)
    return True


def _person_follows(pieces: list[_Atom], position: int) -> bool:
    """Whether the piece after ``position`` is a person's name of two words or more."""
    following = _clean(pieces[position + 1].text)
    return author_kind(following) is AuthorKind.PERSON and len(following.split()) >= 2


# Name suffixes as a name piece is looked up: without its closing dots ("Ph.D." as "ph.d").


def _separators_before(atoms: list[_Atom]) -> list[str | None]:
    """The separator written before each piece ("," or "and"...), ``None`` for the first."""
    before: list[str | None] = []
    last: str | None = None
    for atom in atoms:
        if atom.separator is None:
            before.append(last)
            last = None
        else:
            last = atom.separator
    return before


def _title_piece(authors: list[Author], name: str, *, titled: bool, separator: str | None) -> bool:
    """Whether ``name`` is the last person's job title, or the unit after it; if so, set it.

    ``Jo Park, Policy Analyst, HRP Policy Unit``: the post, then the unit it is in.
    """
    if authors and _job_title(name):
        authors[-1] = attrs.evolve(authors[-1], title=name)
        return True
    if titled and separator == "," and _unit(name):
        authors[-1] = attrs.evolve(authors[-1], title=f"{authors[-1].title}, {name}")
        return True
    return False


def _located(name: str, role: Role) -> tuple[str, str | None, Author | None]:
    """A name without the place it was filed from ("Jane Doe in Moscow"), and the place.

    A wire agency written where the place would be ("Jane Doe from Reuters") is a party of its
    own, returned third.
    """
    located = byline_words().location.match(name)
    if located is None or author_kind(located["name"]) is None:
        return name, None, None
    name, place = located["name"].strip(), located["place"].strip()
    if agency_name(place):
        return name, None, Author(name=place, kind=AuthorKind.AGENCY, role=role)
    return name, place, None


def _person_with_credit(name: str, url: str | None, role: Role) -> list[Author]:
    """A person and the desk or agency credited after a slash: "Jana Weiß/dpa", "Tom Berg/SP-X"."""
    found = _split_credit(name)
    if found is None:
        return []
    person, other = found
    return [
        Author(name=person, kind=AuthorKind.PERSON, url=url, role=role),
        Author(name=other, kind=author_kind(other) or AuthorKind.ORGANIZATION, role=role),
    ]


def _joined_names(name: str, atom: _Atom, role: Role) -> list[Author]:
    """Names a converter left in one piece, each given its own party.

    ``Glen Owen And Bea Carlin For The Daily Post`` (two people and an outlet, one link),
    ``John Roe The Associated Press`` (a person, then the wire agency).
    """
    outlet = None
    people = name
    joined = byline_words().for_outlet.search(name)
    if joined is not None:
        people, outlet = name[: joined.start()].strip(), name[joined.end() :].strip()
        if not outlet or len(outlet.split()) > 6 or DIGIT.search(outlet):
            return []
    names = [part.strip() for part in byline_words().and_split.split(people)]
    if outlet is None and len(names) == 1:
        split = _trailing_agency(people)
        if split is None:
            return []
        people, outlet = split
        names = [people]
    if any(len(n.split()) < 2 or author_kind(n) is not AuthorKind.PERSON for n in names):
        return []
    url = atom.url if len(names) == 1 else None
    authors = [Author(name=n, kind=AuthorKind.PERSON, url=url, role=role) for n in names]
    if outlet is not None:
        kind = AuthorKind.AGENCY if agency_name(outlet) else AuthorKind.ORGANIZATION
        authors.append(Author(name=outlet, kind=kind, role=role))
    return authors


def _trailing_agency(name: str) -> tuple[str, str] | None:
    """A person's name followed by a wire agency's: ``John Roe The Associated Press``.

    The agency may stand in parentheses, ``Jo Park (Reuters)``: its name holds none of them.
    """
    words = name.split()
    for count in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-count:])
        if tail.startswith("("):
            tail = tail.strip("()")
        if agency_name(tail):
            return " ".join(words[:-count]), tail
    return None


def _split_credit(name: str) -> tuple[str, str] | None:
    """A person's name and the short credit after a slash, if that is the shape."""
    person, slash, other = name.partition("/")
    person, other = person.strip(), other.strip()
    if not slash or "/" in other or not other or len(other.split()) > 2:
        return None
    if len(person.split()) < 2 or _SENTENCE_PUNCTUATION.search(person):
        return None
    if author_kind(person) is not AuthorKind.PERSON:
        return None
    if agency_name(other) is None and (not other[:1].isupper() or DIGIT.search(other)):
        return None
    return person, other


def _linked_name(atom: _Atom, name: str) -> AuthorKind | None:
    """A linked piece that is capitalised and no interface word reads as a person's name.

    Not a linked headline: a name of several words holds no digit, no sentence mark, no
    spaced dash joining two phrases and no lower-case word of prose (``[Kim Lee darf heute
    jubeln](#)``, ``[Stadtfest - Die Bilder](#)``, ``[6 years ago](#)``).
    """
    words = name.split()
    if (
        atom.linked
        and words
        # A user name may be lower case ("[jdoe](#)"), a person's name is capitalised.
        and (name[:1].isupper() or (len(words) == 1 and any(c.isalpha() for c in name)))
        and not any(w.casefold() in current().ui_words for w in words)
        # "[Aus dem Landkreis](#)": a section's link, no name.
        and (len(words) == 1 or words[0].casefold() not in current().phrase_prepositions)
        # "[Mein Konto](#)", "[Und weiter](#)": a phrase, no name.
        and (len(words) == 1 or not _phrase_opener(words[0].casefold()))
        and (len(words) == 1 or not _headline_shaped(name, words))
    ):
        return AuthorKind.PERSON
    return None


def _headline_shaped(name: str, words: list[str]) -> bool:
    """Whether a linked piece of several words reads as a headline or a label, not a name."""
    return (
        DIGIT.search(name) is not None
        or any(c in name for c in "?!")
        or _SPACED_DASH.search(name) is not None
        or (len(words) > 2 and _prose_start(words) is not None)  # "jo park" may be lower case
    )


# A dash set between two phrases ("Stadtfest - Die Bilder"); a double name is hyphenated unspaced.
_SPACED_DASH: Final = re.compile(r"\s[-–—]\s")


def _place_after(authors: list[Author], atom: _Atom, name: str) -> bool:
    """Whether ``name``, last in a byline and no name itself, is the last person's place."""
    words = name.split()
    return (
        bool(authors)
        and authors[-1].kind is AuthorKind.PERSON
        and authors[-1].location is None
        and not atom.linked
        and 1 <= len(words) <= 3
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.casefold() in current().name_particles for w in words)
        and not any(c.isdigit() for c in name)
        and not any(w.casefold().strip(".:") in byline_words().not_places for w in words)
        and name.casefold() not in current().picture_agencies  # "Fotos: Jo Park, Pixabay"
    )


def _segments(atoms: list[_Atom], role: Role) -> list[tuple[list[_Atom], Role]]:
    """Split atoms at semicolons; a segment may open with its own prefix ("; Editing by Y").

    After a bullet or bar a prefix opens a segment too: "Story by X • Photos by Y".
    """
    segments: list[tuple[list[_Atom], Role]] = []
    segment: list[_Atom] = []
    for atom in atoms:
        if atom.separator == ";":
            segments.append((segment, role))
            segment = []
            continue
        if (
            len(segment) > 1
            and atom.separator is None
            and not atom.linked
            and _opens_segment(atom.text, segment[-1].separator)
        ):
            segments.append((segment[:-1], role))
            segment = []
        piece = atom
        if not segment and atom.separator is None and not atom.linked:
            own = leading_prefix(atom.text, [])
            # "Redaktion" alone after "von" is the desk credited, not a new prefix.
            desk = own is not None and _clean(atom.text).casefold() in current().organization_words
            if own is not None and not desk:
                role = own[1]
                rest = atom.text[own[0] :]
                if not rest.strip(BLANK):
                    continue
                piece = attrs.evolve(atom, text=rest)
        segment.append(piece)
    segments.append((segment, role))
    return segments


def _opens_segment(text: str, separator: str | None) -> bool:
    """Whether a piece after ``separator`` opens a credit of its own with a prefix.

    After a bullet or bar any prefix does ("Story by X • Photos by Y"); after a comma or "and"
    only one naming another role than writing ("By X, photos by Y", "Text von X und
    Illustration von Y"), since "Jo Park and Kim Lee" may hold a prefix word as a name, or a
    label closed by a colon, which no name holds ("Fotos: Y, Text: X").
    """
    found = leading_prefix(text, [])
    if found is None:
        return False
    if separator in _ROLE_BREAKS:
        return True
    labelled = text[: found[0]].rstrip(BLANK).endswith(":")
    return separator is not None and (found[1] is not Role.AUTHOR or labelled)


@cached(maxsize=2048)  # rules ask about the same line more than once
def read_byline(
    markdown: str, *, prefixed: bool = True, lone: bool = False
) -> tuple[Author, ...] | None:
    """The authors a byline credits, or ``None`` when ``markdown`` does not read as a byline.

    With ``prefixed`` (the default) the text must open with a byline prefix (``By``, ``Von``,
    ``Reporting by``...); without it, bare names are read too (``Jane Doe | Reuters``). With
    ``lone``, one word alone after a prefix is a name too: a user name or pen name
    (``Posted by jdoe``, ``vom Krimiblogger``), which callers allow where a byline is expected.

    Example:
        >>> [(a.name, a.kind.value) for a in read_byline("By Jane Doe, Reuters")]
        [('Jane Doe', 'person'), ('Reuters', 'agency')]
    """
    if len(markdown) > MAX_BYLINE * 4:
        return None
    inline = render(unknown_targets(markdown))  # "von [Jo][1]", cut from its dump's definitions
    text = inline.text
    if not text or len(text) > MAX_BYLINE:
        return None
    found = leading_prefix(text, [link.start for link in inline.links])
    if found is None:
        if prefixed:
            return None
        start, role = 0, Role.AUTHOR
    else:
        start, role = found
    atoms = _atoms(inline, start)
    authors: list[Author] = []
    for segment, segment_role in _segments(atoms, role):
        if not segment:
            continue
        found_authors = _authors(segment, segment_role)
        if found_authors is None:
            return _lone_name(atoms, role) if lone and found is not None else None
        authors.extend(found_authors)
    if any(mark in a.name for a in authors for mark in "[]"):
        return None  # "von Aachen][1]": cut inside a link, whose brackets no name holds
    return tuple(authors) if authors else None


def _lone_name(atoms: list[_Atom], role: Role) -> tuple[Author, ...] | None:
    """One word alone after a prefix, in the shape of a user name: "jdoe", "Krimiblogger".

    A linked one may have up to three words: "von [revamp-it Webteam](#)".
    """
    pieces = [a for a in atoms if a.separator is None]
    if len(pieces) != 1:
        return None
    name = _clean(pieces[0].text)
    key = name.casefold()
    if (
        len(name) < 2
        or len(name.split()) > (3 if pieces[0].linked else 1)
        or (" " in name and _headline_shaped(name, name.split()))  # "[6 years ago](#)"
        or any(w in current().ui_words for w in key.split())
        or not any(c.isalpha() for c in name)
        or "[" in name
        or "]" in name
        or _SENTENCE_PUNCTUATION.search(name + " ")
        or key in current().ui_words
        or key in byline_words().not_places
        or key in current().weekdays
        or key in current().byline_prefixes
    ):
        return None
    return (Author(name=name, kind=AuthorKind.PERSON, url=pieces[0].url, role=role),)


def field_label(markdown: str) -> bool:
    """Whether a line opens with one word set apart in bold or italics, a value after it.

    ``**Ort** Lindenau``, ``__Datum__ 28.01.2022``: a field's label and its value, no name (a
    name is not half bold). A byline or credit word set apart (``**By** Jo Park``, ``**Photo**
    Jo Park``) is no field's label: it says whose name follows.
    """
    found = _FIELD_LABEL.match(markdown.strip(BLANK))
    if found is None:
        return False
    word = found["word"].casefold()
    words = current()
    return word not in words.byline_prefixes and word not in words.credit_labels


# One word set apart by emphasis, then more of the line: "**Ort** Lindenau".
_FIELD_LABEL: Final = re.compile(
    r"^(?P<mark>\*\*|__|\*|_)(?P<word>[^\W\d_]{2,20})(?P=mark)[ \t]{1,8}[^\s*_]"
)


def plain_names(markdown: str) -> tuple[Author, ...] | None:
    """People named without a prefix or a link, each in the shape of a name ("Jo Park, Al Li").

    Example:
        >>> [a.name for a in plain_names("Jo Park")]
        ['Jo Park']
    """
    if field_label(markdown):
        return None
    authors = read_byline(markdown, prefixed=False)
    if not authors or len(authors) > 3 or any(a.url for a in authors):
        return None
    # People, maybe followed by the outlet or agency they write for ("Jo Park, ESPN").
    people = list(authors)
    if len(people) > 1 and people[-1].kind is not AuthorKind.PERSON:
        people.pop()
    if not all(a.kind is AuthorKind.PERSON and plain_person_name(a.name) for a in people):
        return None
    if any(_post_alone(a.name) for a in people):
        return None  # "Stellvertretende Pressesprecherin": a post under a name, no name
    if any(len(words_before_degrees(a.name)) > 4 for a in authors):
        return None
    return authors


def _post_alone(name: str) -> bool:
    """A job title in the shape of a name, its last word a long job word ("Leitende Redakteurin").

    A short one may be a surname ("Kim Sprecher"); one of nine letters or more is none.
    """
    return len(name.rsplit(maxsplit=1)[-1]) >= _LONG_JOB_WORD and _job_title(name)


# The shortest job word that closes no surname ("Redakteur", "Journalistin").
_LONG_JOB_WORD: Final = 9


def words_before_degrees(name: str) -> list[str]:
    """The words of a name without the degrees and suffixes closing it ("Jo Park MS, RDN")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in byline_words().suffix_keys:
        words.pop()
    return words


def plain_person_name(name: str) -> bool:
    """A name that reads as a person's without a prefix to vouch for it.

    Two words or more in the shape of a name (capitalised, or particles and initials), and not
    ending in a byline word: "[Restaurant reviews](#)", "[Vos réactions (11)](#)" and "Disko Von"
    (a section name, then "Von" for the name on the next line) are links and labels, not names.
    """
    words = name.split()
    return (
        len(words) >= 2
        and author_kind(name) is AuthorKind.PERSON
        and words[-1].casefold() not in current().byline_prefixes
    )


def _section_page(url: str | None) -> bool:
    """Whether a link goes to a section, tag or search page (``/category/politics/``)."""
    if not url or url.startswith("#"):
        return False
    try:
        path = urlsplit(url).path
    except ValueError:  # an address urlsplit cannot read (see author_page)
        return False
    return any(s in current().section_path_segments for s in path.casefold().split("/"))


def author_page(url: str | None) -> bool:
    """Whether a link goes to an author page (``/author/jane-doe/``)."""
    if not url or url.startswith("#"):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # "https://[::1/..." is no URL urlsplit reads (a bracket left open)
        return False
    # "/author/jane-doe/", "?author=12": relative links count too (converters keep them so).
    query = parts.query.casefold().split("=", 1)[0]
    segments = parts.path.casefold().split("/")[:-1]
    return query in current().author_path_segments or any(
        s in current().author_path_segments for s in segments
    )
