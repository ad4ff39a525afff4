"""Bylines: who wrote, reported, edited or photographed the article, each party with its kind.

A byline is a prefix from :data:`~newsparse.vocabulary.BYLINE_PREFIXES` (``By``, ``Von``, ``Par``,
``Reporting by``...) followed by names joined with commas and conjunctions. Linked names are
atoms; text glued after a name is its job title (``Staff Writer``), its location (``in Moscow``)
or an agency. Wire agencies come from a table; desks and outlets are organisations; everyone else
is a person. Names are kept exactly as written.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple
from urllib.parse import urlsplit

import attrs

from newsparse._dates import find_dates, find_relative
from newsparse._engine import PROSE_CHARS, SHORT_LINE, Claim, Context, Found, Shape, heading_level
from newsparse._errors import Code, ParseError, require_text
from newsparse._inline import Inline, render
from newsparse._model import Author, AuthorKind, Byline, Link, Role, Severity
from newsparse._parsers.common import plain_text, teaser_claim, unmarked
from newsparse._sites import home_page
from newsparse._source import BLANK, Source
from newsparse.vocabulary import (
    Vocabulary,
    agency_name,
    cached,
    case_forms,
    current,
    given,
    patterns,
    prefix_first_words,
    word_pattern,
)

__all__ = [
    "author_page",
    "category_start",
    "parse_byline",
    "plain_names",
    "read_byline",
    "rule",
    "screen",
]

_MAX_BYLINE: Final = 400

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

_DIGIT: Final = re.compile(r"[0-9]")
# Punctuation that ends a clause ("Tegnell. Photo"), unlike the dot inside "hessenschau.de".
_SENTENCE_PUNCTUATION: Final = re.compile(r"[.:;!?](?:\s|$)")
# Where a category or tag list starts after the names: "· in [Travel](#)", "| **Tags:** ...".
_CATEGORY: Final = re.compile(
    r"(?:^|[\s|·•⋅,;—–-])[*_]{0,2}(?:(?P<preposition>[^\W\d_]{2,5})\s{1,3}(?=[*_]{0,2}\[)"
    r"|(?P<label>[^\W\d_]{3,14}(?: [^\W\d_]{2,14}){0,2})[*_]{0,2}\s{0,2}:)"
)
# Separators after which a new prefix starts a new role: "Story by X • Photos by Y".
_ROLE_BREAKS: Final = frozenset({"•", "·", "|"})


class _Words(NamedTuple):
    """The byline rules' word-list patterns and word sets, built from one vocabulary."""

    # The most words a byline prefix has.
    prefix_words: int
    # Words that close a byline without being a place: "By Jane Doe, Updated".
    not_places: frozenset[str]
    date_words: frozenset[str]
    # Abstract-noun endings, as str.endswith takes them.
    noun_endings: tuple[str, ...]
    # "in Moscow", "en Madrid", "aus Berlin", "à Paris": where the author filed from.
    location: re.Pattern[str]
    # The same place written straight after a linked name: "[Jane Doe](#) in Moscow".
    location_tail: re.Pattern[str]
    # What trails a name and is not part of it: "on", "am", "le", "|", "-", "·".
    trailing_junk: re.Pattern[str]
    # "Richard David Precht im Gespräch mit Karin Fischer": an interview credits both names.
    interview: re.Pattern[str]
    # The interviewer's credit closing an interview names its writer: "Das Gespräch führte X."
    # Not a byline prefix: "Das" and "Die" open many headlines, which a prefix's first word may
    # not.
    interviewer_credit: re.Pattern[str]
    # The preposition before a place closing a byline: "Por João Silva, de Brasília".
    place_preposition: re.Pattern[str]
    # "ByMichael Greshko", "VonAnna Berg": a one-word prefix glued to the capitalised name.
    glued_prefix: re.Pattern[str]
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


def _build(words: Vocabulary) -> _Words:
    """The byline patterns of ``words``."""
    prefixes = words.byline_prefixes
    return _Words(
        prefix_words=max((len(key.split()) for key in prefixes), default=1),
        not_places=words.ui_words
        | words.date_labels
        | words.updated_labels
        | words.job_title_words,
        date_words=words.date_labels | words.updated_labels,
        noun_endings=tuple(sorted(words.noun_endings)),
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
    )


_words: Final = patterns(_build)


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
    for match in _CATEGORY.finditer(markdown[: _MAX_BYLINE * 4]):
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


def _prefix(text: str, link_starts: list[int]) -> tuple[int, Role] | None:
    """The end offset and role of a byline prefix at the start of ``text``."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    glued = _words().glued_prefix.match(text, start)
    if glued is not None:
        return glued.end(), current().byline_prefixes[glued["word"].casefold()]
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
    for count in range(min(_words().prefix_words, len(words)), 0, -1):
        head = " ".join(words[:count])
        key = head.casefold().rstrip(":").strip()
        role = current().byline_prefixes.get(key)
        if role is None:
            continue
        # "Text" and "With" are common sentence openers; only take them with a colon.
        if (
            key in current().colon_only_prefixes
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
    return _led_prefix(text, start)


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


def _led_prefix(text: str, start: int) -> tuple[int, Role] | None:
    """A one-word prefix after a short lead naming the kind of piece, on a short line."""
    if len(text) - start > 80:
        return None
    led = _words().led_prefix.match(text, start)
    # The lead names a kind of piece ("Kolumne", "guest post"): "Walter von Aachen" is a name.
    if led is None or led["lead"].split()[-1].casefold() not in current().piece_kinds:
        return None
    return led.end("word"), current().byline_prefixes[led["word"]]


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
            # Text glued to the link ("[Evan Halper](#)Staff Writer") trails the name.
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
    return _words().location_tail.match(text, position, following)


def _text_atoms(text: str) -> list[_Atom]:
    """Name candidates and separators in plain text; an embedded credit starts a new segment."""
    atoms: list[_Atom] = []
    pieces = _words().embedded_prefix.split(text) if " " in text else [text]
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

    A final period stays when it ends an initial or a suffix ("Juan Muñoz C.", "Perry Bacon Jr.").
    A social handle after the name is contact, not name: "Ana Ruiz @anaruiz". Soft hyphens
    (invisible break points pages put in long words) are no part of a name.
    """
    name = _HANDLE.sub("", _CONTACT.sub("", name)).replace("\xad", "")  # soft hyphens
    name = _words().trailing_junk.sub("", name.strip(BLANK))
    name = name.strip(BLANK + "*_\"'“”‘’«»()[]{},;:|·•—–-/").strip()  # "Text: Jo Park /"
    if name.casefold() in current().dangling_words:
        return ""
    name = name.lstrip(".")
    if name.endswith("."):
        last = name.split()[-1] if name.split() else ""
        if len(last.rstrip(".")) >= 3 and last.casefold() not in current().name_suffixes:
            name = name.rstrip(".")
    return name


def _kind(name: str) -> AuthorKind | None:
    """The kind of party ``name`` is, or ``None`` when it does not read as a name at all."""
    if agency_name(name) is not None:
        return AuthorKind.AGENCY
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
    if len(words) > 1 and folded[0] in current().phrase_prepositions:
        return None  # "Aus dem Landkreis", "Im Gespräch": a section or a label, no name
    if any(w in current().organization_words for w in folded) or ("." in name and " " not in name):
        return AuthorKind.ORGANIZATION
    if any(c.isdigit() for c in name) or ":" in name:
        return None  # "Bild: Dieter Stork" is a label and a name, not a name
    if "!" in name or "?" in name:
        return None  # "Gute Reise!", "Wer zahlt?": a greeting or a question
    if any(len(w) > 4 and w in _words().date_words for w in folded):
        return None  # "Veröffentlicht am": a label
    if len(words) == 1:
        word = words[0]
        if _ALL_CAPS_WORD.match(word) and len(word) <= 6:
            return AuthorKind.ORGANIZATION
        return None
    if all(w in current().job_title_words for w in folded):
        return None
    if folded[0] in current().name_articles and all(w[:1].isupper() for w in words):
        return AuthorKind.ORGANIZATION  # "The Guardian", "Die Zeit": a paper, no person
    if not (words[0][0].isupper() or _INITIALS.match(words[0])):
        return None  # a particle may stand inside a name ("Jan de Vries"), not first
    if any(len(w) >= 7 and w.endswith(_words().noun_endings) for w in folded):
        return None  # "Gemeinsame Pressearbeit": a noun phrase, capitalised in German
    for position, (word, key) in enumerate(zip(words, folded, strict=True)):
        # "Monday March", not "Sam Ortiz" ("sam(edi)") or "Lena Sonntag" (a surname).
        if key in current().weekdays and len(key) > 3 and (position == 0 or len(words) > 3):
            return None
        if word[0].isupper() or key in current().name_particles or _INITIALS.match(word):
            continue
        if word[0] in "'’(" and len(word) > 1 and word[1].isupper():
            continue
        return None
    return AuthorKind.PERSON


def _not_a_name_link(atom: _Atom) -> bool:
    """A piece beside the names that is contact or interface, not a name.

    "[91 Comments](#)", an e-mail address, or a scraped "[email protected]" placeholder.
    """
    text = atom.text.casefold()
    if "email protected" in text or _CONTACT.search(_HANDLE.sub("", atom.text)):
        return True
    words = [w.strip(".,:") for w in text.split()]
    # "[91 Comments](#)", "[E-Mail](#)": short links with an interface word; a long linked
    # credit may hold one as a name's word ("... For The Mail On Sunday").
    # "[RSS-Newsfeed neuer Artikel von Jo Park](#)": an interface word among lower-case words.
    said = any(w in current().ui_words for w in words) and any(
        w.islower() and w not in current().name_particles for w in atom.text.split()
    )
    short = len(words) <= 3 and any(w in current().ui_words for w in words)
    return atom.linked and bool(words) and (words[0] in current().ui_words or said or short)


def _job_word(word: str) -> bool:
    """A job word, or a compound ending in one: "Projektleiterin", "Medizinredakteurin"."""
    return word in current().job_title_words or (
        len(word) > 8 and any(word.endswith(job) for job in _words().compound_jobs)
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
        return not _DIGIT.search(name)
    if len(words) > 4:
        return False
    if all(_job_word(w) for w in words):
        return True
    # "Politics Reporter", not "Reuters Staff" (a desk credit: the organisation writes).
    return (
        words[-1] in current().job_title_words
        and words[-1] not in current().organization_words
        and name[:1].isupper()
        and not _DIGIT.search(name)
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
    if agency_name(name) is not None or len(words) < 2 or _DIGIT.search(name):
        return False
    if _words().location.match(name) is not None:
        return False
    return _ALL_CAPS_WORD.match(words[0]) is not None


# "(Pressesprecher des Vereins)": a person's post after the name, in parentheses.
_POST_AFTER: Final = re.compile(r"\s{1,3}\((?P<post>[^()]{3,80})\)\s{0,3}$")


def _post_in_parentheses(name: str) -> tuple[str, str | None]:
    """``name`` without a post written after it in parentheses, and that post."""
    match = _POST_AFTER.search(name)
    if match is None or not _job_title(match["post"]):
        return name, None
    return name[: match.start()].strip(), match["post"].strip()


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
    located = _words().location_tail.match(name)
    place = located["place"].strip() if located is not None else ""
    if agency_name(place):
        # "[Jane Doe](#) from Reuters": a wire agency is a party, not a place.
        authors.append(Author(name=place, kind=AuthorKind.AGENCY, role=role))
    elif located is not None:
        authors[-1] = attrs.evolve(authors[-1], location=place)
    elif authors[-1].title is None:
        authors[-1] = attrs.evolve(authors[-1], title=name)


def _surname_first(pieces: list[_Atom], separators: list[str]) -> bool:
    """Whether "Smith, John" is one person written surname-first (two words, one comma)."""
    return (
        len(pieces) == 2
        and separators == [","]
        and not any(p.linked for p in pieces)
        and all(len(_clean(p.text).split()) == 1 for p in pieces)
        and not any(agency_name(_clean(p.text)) for p in pieces)
        and all(_clean(p.text)[:1].isupper() for p in pieces)
        and not all(_ALL_CAPS_WORD.match(_clean(p.text)) for p in pieces)
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
        unroled, post = _post_in_parentheses(unroled)
        name = _clean(unroled)
        if role_said is not None and not name and authors:
            # "[Kim Lee](#) (reporting)": the role the person before had.
            authors[-1] = attrs.evolve(authors[-1], role=role_said)
            continue
        if not name:
            continue
        if authors and name.casefold().rstrip(".") in _words().suffix_keys:
            last = authors[-1]
            authors[-1] = attrs.evolve(last, name=f"{last.name}, {name}")
            continue
        titled = _title_piece(authors, name, titled=titled, separator=before[position])
        if titled:
            continue
        if not authors and position < len(pieces) - 1 and _job_title(name):
            held_title = name  # "[Rechtsanwalt](#) Jo Park": the title before the name
            continue
        if _words().reading_time_only.match(name):
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
        kind = _kind(name) or _linked_name(atom, name)
        if kind is None:
            if not _filed_from(authors, pieces, position, before[position], name):
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


def _filed_from(
    authors: list[Author], pieces: list[_Atom], position: int, separator: str | None, name: str
) -> bool:
    """Whether piece ``position`` (``name``, itself no name) is where the last person filed.

    If so, the place is set on that person.
    ``Von [Anna Schmidt](#), Berlin``: a place closing the byline is where she filed;
    ``By Jo Park, Oslo, and Kim Lee, Bergen``: each name may have its own, after a comma.
    """
    place = _words().place_preposition.sub("", name)  # ", de Brasília", ", in Berlin"
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
    return _kind(following) is AuthorKind.PERSON and len(following.split()) >= 2


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
    located = _words().location.match(name)
    if located is None or _kind(located["name"]) is None:
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
        Author(name=other, kind=_kind(other) or AuthorKind.ORGANIZATION, role=role),
    ]


def _joined_names(name: str, atom: _Atom, role: Role) -> list[Author]:
    """Names a converter left in one piece, each given its own party.

    ``Glen Owen And Bea Carlin For The Daily Post`` (two people and an outlet, one link),
    ``John Roe The Associated Press`` (a person, then the wire agency).
    """
    outlet = None
    people = name
    joined = _words().for_outlet.search(name)
    if joined is not None:
        people, outlet = name[: joined.start()].strip(), name[joined.end() :].strip()
        if not outlet or len(outlet.split()) > 6 or _DIGIT.search(outlet):
            return []
    names = [part.strip() for part in _words().and_split.split(people)]
    if outlet is None and len(names) == 1:
        split = _trailing_agency(people)
        if split is None:
            return []
        people, outlet = split
        names = [people]
    if any(len(n.split()) < 2 or _kind(n) is not AuthorKind.PERSON for n in names):
        return []
    url = atom.url if len(names) == 1 else None
    authors = [Author(name=n, kind=AuthorKind.PERSON, url=url, role=role) for n in names]
    if outlet is not None:
        kind = AuthorKind.AGENCY if agency_name(outlet) else AuthorKind.ORGANIZATION
        authors.append(Author(name=outlet, kind=kind, role=role))
    return authors


def _trailing_agency(name: str) -> tuple[str, str] | None:
    """A person's name followed by a wire agency's: ``John Roe The Associated Press``."""
    words = name.split()
    for count in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-count:])
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
    if _kind(person) is not AuthorKind.PERSON:
        return None
    if agency_name(other) is None and (not other[:1].isupper() or _DIGIT.search(other)):
        return None
    return person, other


def _linked_name(atom: _Atom, name: str) -> AuthorKind | None:
    """A linked piece that is capitalised and no interface word reads as a person's name."""
    words = name.split()
    if (
        atom.linked
        and words
        # A user name may be lower case ("[jdoe](#)"), a person's name is capitalised.
        and (name[:1].isupper() or (len(words) == 1 and any(c.isalpha() for c in name)))
        and not any(w.casefold() in current().ui_words for w in words)
        # "[Aus dem Landkreis](#)": a section's link, no name.
        and (len(words) == 1 or words[0].casefold() not in current().phrase_prepositions)
    ):
        return AuthorKind.PERSON
    return None


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
        and not any(w.casefold().strip(".:") in _words().not_places for w in words)
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
            own = _prefix(atom.text, [])
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
    Illustration von Y"), since "Jo Park and Kim Lee" may hold a prefix word as a name.
    """
    found = _prefix(text, [])
    if found is None:
        return False
    if separator in _ROLE_BREAKS:
        return True
    return separator is not None and found[1] is not Role.AUTHOR


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
    if len(markdown) > _MAX_BYLINE * 4:
        return None
    inline = render(markdown)
    text = inline.text
    if not text or len(text) > _MAX_BYLINE:
        return None
    found = _prefix(text, [link.start for link in inline.links])
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
        or any(w in current().ui_words for w in key.split())
        or not any(c.isalpha() for c in name)
        or _SENTENCE_PUNCTUATION.search(name + " ")
        or key in current().ui_words
        or key in _words().not_places
        or key in current().weekdays
        or key in current().byline_prefixes
    ):
        return None
    return (Author(name=name, kind=AuthorKind.PERSON, url=pieces[0].url, role=role),)


# -- the rule ---------------------------------------------------------------------------------

# Lines that hold a prefix and nothing else ("Von", "By", "* Von"): the names follow on the next.
# A German word may carry its gender ending after a star, colon or underscore ("Autor*in").
_BARE_PREFIX: Final = re.compile(
    r"^[\s*•·|—–#\[-]{0,8}(?P<word>[^\W\d_]{2,14}(?:[*:_]in(?:nen)?)?(?:[ /][^\W\d_]{2,14}){0,2})"
    r"[*_]{0,2}\s{0,2}:?[*_]{0,2}\s{0,8}$"
)


def _names_line(context: Context, index: int) -> int | None:
    """For a bare prefix line, the line holding the names (same block or the next one)."""
    bare = _BARE_PREFIX.match(context.inline(index).text)
    if bare is None or bare["word"].casefold() not in current().byline_prefixes:
        return None
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 3:
        return None
    return following


def _byline_claim(
    context: Context, first: int, last: int, authors: tuple[Author, ...], end_offset: int | None
) -> Claim:
    start = context.source.starts[first]
    end = end_offset if end_offset is not None else context.source.line_end(last)
    span = context.span(start, end)
    raw = context.raw(span)
    byline = Byline(raw=raw, span=span, text=plain_text(raw), authors=authors)
    diagnostics = tuple(
        context.diagnostic(
            Code.AMBIGUOUS_NAME,
            f"{author.name!r} may be written surname-first; kept as written",
            span,
            Severity.INFO,
        )
        for author in authors
        if author.ambiguous
    )
    return Claim(
        elements=(byline,), found=(Found.BYLINE,), next_line=last + 1, diagnostics=diagnostics
    )


def _bare_names_allowed(context: Context, index: int) -> bool:
    """Whether names without a prefix may count as a byline at line ``index``.

    Only in the header, and only before any other byline or right after one (several bylines in
    a row, with an avatar link between them).
    """
    if not context.in_header(index):
        return _early_in_text(context) or _author_link_line(context, index)
    return not context.found(Found.BYLINE) or context.last_content is Found.BYLINE


def _author_link_line(context: Context, index: int) -> bool:
    """A line that is one name linked to an author page, while the article has no byline.

    Strong evidence wherever it stands before the closing notes: region dumps keep long runs of
    navigation that end the header before the credit.
    """
    if context.found(Found.BYLINE) or not _before_notes_or_signing(context, index):
        return False
    line = context.lines[index]
    if len(line) > 400 or "](" not in line:
        return False
    inline = render(unmarked(line))
    text = inline.text.strip(BLANK + "*_")
    return (
        len(inline.links) == 1
        and 0 < len(text) <= 60
        and inline.links[0].end - inline.links[0].start >= len(text) * 0.8
        and author_page(inline.links[0].url)
    )


def _before_notes_or_signing(context: Context, index: int) -> bool:
    """Whether line ``index`` stands before the closing notes, or signs the text's last paragraph.

    An author box (a headshot over the name, a name linked to the author's page) may close the
    text; further down the notes, such a line belongs to a teaser or the site's footer.
    """
    return index < context.tail_start or _signature_place(context, index)


def _early_in_text(context: Context) -> bool:
    """Whether bare names may still be a byline past the header.

    While the article has neither byline nor date and the text has only begun: a header may
    end early (a long subheading), and the credit come after it.
    """
    return (
        not context.found(Found.BYLINE)
        and context.header_date is None
        and context.found(Found.BODY) <= 3
    )


def screen(context: Context, index: int) -> bool:
    """In the header anything may be a byline; past it, only a line opening with a prefix."""
    if (
        context.in_header(index)
        or _early_in_text(context)
        or _signature_place(context, index)
        or _author_link_line(context, index)
    ):
        return True
    if "![" in context.lines[index] and not context.found(Found.BYLINE):
        return True  # a headshot over its name (see _under_headshot)
    if _opens_with_prefix(context, index):
        return True
    # A lead naming the kind of piece before the prefix ("Ein Kommentar von X"), as the rule
    # reads it; only on lines the rule would read at all, holding one of the prefix words.
    text = context.inline(index).text
    return (
        len(context.lines[index]) <= _MAX_BYLINE * 2
        and any(word in text for word in _words().led_words)
        and _led_prefix(unmarked(text).strip("*_ "), 0) is not None
    )


def _opens_with_prefix(context: Context, index: int) -> bool:
    """Whether line ``index`` opens with a byline prefix's first word, or a prefix glued to a name.

    ``By Jo Park``, ``ByJo Park``, and after a headshot ``![Jo Park](/jo.jpg)Por[Jo Park](#)``.
    """
    first = context.first_word(index)
    if first in prefix_first_words() or first.startswith("by"):
        return True
    return first[:3] in _GLUED_WORDS and (
        _words().glued_prefix.match(unmarked(context.inline(index).text).strip("*_ ")) is not None
    )


# The words _words().glued_prefix takes, case-folded: a cheap test before the regex.
_GLUED_WORDS: Final = frozenset({"von", "par", "por"})


def _signature_place(context: Context, index: int) -> bool:
    """Close under the last paragraph of text, while the article has no byline yet.

    The text ends at its last line of prose measured without link targets
    (``context.text_end``): a long share link under the name is no prose.

    A few short lines may stand between (a closing line, a source, the date: ``28. November
    2022`` over ``- Jo Park``); a heading between opens another section (a teaser box).
    """
    if context.found(Found.BYLINE) or index < context.text_end:
        return False
    probe = index
    for _ in range(_SIGNATURE_REACH):
        previous = context.prev_nonblank(probe)
        if previous is None:
            return False
        if previous < context.text_end:
            return True
        if context.shape(previous) is Shape.HEADING:
            return False
        probe = previous
    return False


# Lines a signature may stand below the last paragraph (the name's own line counted).
_SIGNATURE_REACH: Final = 4


def _signature(context: Context, index: int, markdown: str) -> tuple[Author, ...] | None:
    """A name signing the text: a line of its own right after the last paragraph.

    ``**Jo Park**`` or ``*Jo Park*`` under the text (maybe with the person's role on the next
    line), or the interviewer's credit ``Das Gespräch führte Jo Park.``, when no byline came
    before. Plain names only, two to four words.
    """
    if not _signature_place(context, index) or len(markdown) > 80:
        return None
    if context.shape(index) is Shape.HEADING or _among_list_items(context, index):
        return None  # a section's heading, an item of a list of links or features: no signature
    line = markdown.strip(BLANK)
    if line.startswith(("**", "__")) and not line.endswith(("**", "__")):
        return None  # the first line of a bold block ("**Jo Park (Hrsg.)" over a book's title)
    text = markdown.strip(BLANK + "*_")
    if not text or "](" in text or any(c in text for c in "*_") or text.endswith(":"):
        return None  # "Zu den Autoren:" labels what follows, it signs nothing
    credit = _words().interviewer_credit.match(text)
    if credit is not None:
        return plain_names(text[credit.end() :])
    if text.isupper():
        return None  # "JETZT ANMELDEN", "JOIN THE DISCUSSION": a button under the text
    if ":" in text:
        return None  # "Quelle: Hafenamt, Seefahrtschule": a label and what it credits
    return plain_names(text)


def _among_list_items(context: Context, index: int) -> bool:
    """Whether list item ``index`` has another list item right above or below it.

    A signature may be written as one item (``- Jo Park``); a list of several is something else.
    """
    if context.shape(index) is not Shape.LIST_ITEM:
        return False
    neighbours = (context.prev_nonblank(index), context.next_nonblank(index + 1))
    return any(n is not None and context.shape(n) is Shape.LIST_ITEM for n in neighbours)


def rule(context: Context, index: int) -> Claim | None:
    """Claim a byline line (or a bare prefix line and the names under it).

    A byline glued to its date (``Written by X on November 7, 2023``) is left to the dateline
    rule, which splits the line in two.
    """
    shape = context.shape(index)
    if shape is Shape.TABLE:
        tabled = _table_byline(context, index)
        return None if tabled is None else _byline_claim(context, index, *tabled, None)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
        return None
    line = context.lines[index]
    # Measured without link targets: archived pages write a byline's links 100 characters long.
    if len(line) > _MAX_BYLINE * 4 or len(context.inline(index).text) > _MAX_BYLINE * 2:
        return None
    headshot = _under_headshot(context, index)
    if headshot is not None:
        return _byline_claim(context, index, headshot[0], headshot[1], None)
    beside = _beside_headshot(context, index)
    if beside is not None:
        return _byline_claim(context, index, index, beside, None)
    listed = _names_list(context, index)
    if listed is not None:
        return _byline_claim(context, index, listed[0], listed[1], None)
    prefixed = (
        _opens_with_prefix(context, index)
        or _led_prefix(unmarked(context.inline(index).text).strip("*_ "), 0) is not None
    )
    if (
        not prefixed
        and not _bare_names_allowed(context, index)
        and not _signature_place(context, index)
    ):
        return None
    last = index
    names_line = _names_line(context, index)
    if names_line is not None:
        last = names_line
        markdown = "\n".join(context.lines[index : names_line + 1])
    else:
        markdown = line
    if _holds_date(markdown):
        return None  # the dateline rule splits "By X on July 16, 2021" in two
    markdown = unmarked(markdown)
    # "Posted by jdoe": a user name, where bylines stand or under a prefix line of its own.
    lone = context.in_header(index) or names_line is not None
    authors = _prefixed_authors(markdown, lone=lone) if prefixed else None
    if authors is None and names_line is None and _bare_names_allowed(context, index):
        authors = _bare_names(context, index, markdown)
        if authors is not None and _prefixed_byline_ahead(context, index):
            return None  # names without a prefix yield to the byline just below that has one
    if authors is None and names_line is None and not prefixed:
        authors = _signature(context, index, markdown)
    if authors is None:
        return None
    last, authors = _continued(context, last, markdown, authors, prefixed=prefixed)
    if all(a.kind is AuthorKind.ORGANIZATION for a in authors) and _prefixed_byline_ahead(
        context, last
    ):
        return None  # "By [Example Press](#)" over "Written by: Jo Park": the writer's credit
    if context.found(Found.BYLINE) and not context.in_header(index):
        # A second byline after the text has begun credits a teaser, not this article.
        return teaser_claim(context, index, last, "a byline")
    if not context.in_header(index) and _under_teaser(context, index):
        return teaser_claim(context, index, last, "a byline under a linked headline")
    return _byline_claim(context, index, last, authors, None)


def _continued(
    context: Context, index: int, markdown: str, authors: tuple[Author, ...], *, prefixed: bool
) -> tuple[int, tuple[Author, ...]]:
    """The byline's last line and authors, with the next line of its block if it goes on there.

    ``[Jo Park](#), Policy Analyst`` over ``& [Kim Lee](#), Director of Policy``, or a line
    ending in a comma over the next name: the names read together credit more people.
    """
    following = index + 1
    if following >= context.count or context.blank[following]:
        return index, authors
    line = context.lines[following]
    if len(line) > _MAX_BYLINE * 2 or not (
        _words().continues.match(line) or markdown.rstrip(BLANK + "*_").endswith(",")
    ):
        return index, authors
    more = read_byline(f"{markdown.rstrip(BLANK)} {unmarked(line).strip(BLANK)}", prefixed=prefixed)
    if more is None or len(more) <= len(authors):
        return index, authors
    return following, more


def _linked_people_with_posts(
    context: Context, index: int, markdown: str
) -> tuple[Author, ...] | None:
    """People, each linked and followed by their post, right under the title or beside a date.

    ``[Jo Park](#), Policy Analyst, HRP Policy Unit``: the names are links, what follows
    each is a job title (and the unit it is in).
    """
    inline = render(markdown)
    if not inline.links or inline.text[: inline.links[0].start].strip(BLANK + "*_&"):
        return None
    authors = read_byline(markdown, prefixed=False)
    if not authors or not all(
        a.kind is AuthorKind.PERSON and a.title and _plain_person_name(a.name) for a in authors
    ):
        return None
    if not (
        _under_title(context, index, alone=False)
        or _date_near(context, index, before=True, reach=2)
    ):
        return None
    return authors


def _table_byline(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A small table in the header with a cell holding a byline: the table's last line, and who.

    ``| 26 | 01 | 2022 | Reise | Text & Fotos: Jo Park |``: pages lay out their header fields
    in a table, which a converter keeps.
    """
    if context.found(Found.BYLINE) or not context.in_header(index):
        return None
    if index > 0 and not context.blank[index - 1]:
        return None  # the table's first line
    end = context.block_end(index)
    if end - index > _MAX_TABLE_LINES:
        return None
    for line in range(index, end):
        if len(context.lines[line]) > _MAX_BYLINE * 2:
            return None
        for cell in context.lines[line].split("|"):
            markdown = cell.strip(BLANK)
            if len(markdown) < 4 or _prefix(render(markdown).text, []) is None:
                continue
            authors = _prefixed_authors(markdown)
            if authors and any(a.role in (Role.AUTHOR, Role.REPORTING) for a in authors):
                return end - 1, authors
    return None


_MAX_TABLE_LINES: Final = 8


def _prefixed_byline_ahead(context: Context, index: int) -> bool:
    """Whether a byline with a prefix follows within a few short lines, before any prose.

    ``Jo Park`` or ``[Politics](#)`` read as bare names, then ``By Kim Lee`` two lines below:
    the prefixed line is the article's byline.
    """
    probe = index
    for _ in range(_AHEAD_LINES):
        following = context.next_nonblank(probe + 1)
        if following is None or len(context.lines[following]) >= PROSE_CHARS:
            return False
        probe = following
        if context.shape(following) not in (Shape.TEXT, Shape.LIST_ITEM, Shape.HEADING):
            continue
        first = context.first_word(following)
        if not (first in prefix_first_words() or first.startswith("by")):
            continue
        markdown = unmarked(context.lines[following])
        after = ""
        if _holds_date(markdown):
            # "By Kim Lee on 2 May 2021": the names before the date ("Published: <date>" has none);
            # "Posted 2 May 2021 by Kim Lee": the names after it.
            text = render(markdown).text
            dated = [f for f in find_dates(text) if f.has_date]
            markdown = _words().trailing_junk.sub("", text[: dated[0].start]) if dated else ""
            after = text[dated[-1].end :].strip(BLANK) if dated else ""
        authors = _prefixed_authors(markdown, lone=True) if markdown else None
        if not authors and after:
            # After the date only a full name: "by admin" there is a user account's stamp.
            authors = _prefixed_authors(after)
        if authors and any(
            a.kind is AuthorKind.PERSON and a.role in (Role.AUTHOR, Role.REPORTING) for a in authors
        ):
            return True  # a writer's byline; "Photo by X" credits no writer
    return False


_AHEAD_LINES: Final = 8


def _under_headshot(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A person's headshot on line ``index`` and their name right under it: the byline.

    ``![](/avatar_user_14.jpg)`` or ``[![Jo Park](/journalist-images/park.png)](/author/jo)``
    over ``Jo Park``, while the article has no byline. Returns the name's line and the people.
    """
    if context.found(Found.BYLINE) or not _before_notes_or_signing(context, index):
        return None
    inline = context.inline(index)
    if not inline.images or inline.text.strip(BLANK + "*_-•·|"):
        return None  # a line of pictures and nothing else
    if not any(_headshot(image.url) for image in inline.images):
        return None
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 3 or len(context.lines[following]) > SHORT_LINE:
        return None
    markdown = unmarked(context.lines[following])
    name = render(markdown)
    if name.images or not name.text.strip():
        return None
    authors = plain_names(markdown) if not name.links else _linked_people(markdown)
    if authors is None and name.links:
        # "[Jo Park](/bio/jo-park), Staff Attorney, Civil Rights Program": the person linked to
        # an author page, then their job and the unit they work in.
        authors = _linked_author_with_post(markdown)
    return (following, authors) if authors else None


def _linked_author_with_post(markdown: str) -> tuple[Author, ...] | None:
    """The person a line opens with, linked to an author page, then their post after a comma."""
    inline = render(markdown)
    if len(inline.links) != 1:
        return None
    link = inline.links[0]
    if inline.text[: link.start].strip(BLANK + "*_") or not author_page(link.url):
        return None
    if not inline.text[link.end :].lstrip(BLANK + "*_").startswith(","):
        return None
    people = plain_names(link.text)
    if people is None or len(people) != 1:
        return None
    return (attrs.evolve(people[0], url=link.url),)


def _beside_headshot(context: Context, index: int) -> tuple[Author, ...] | None:
    """One link holding a headshot and a name: ``[![](/avatar.jpg) Jo Park](/author/jo)``.

    The link must go to an author page or the picture be a headshot; the name is a person's.
    """
    if context.found(Found.BYLINE) or index >= context.tail_start:
        return None
    inline = context.inline(index)
    if not inline.images or len(inline.links) != 1 or len(inline.text) > 80:
        return None
    link = inline.links[0]
    name = inline.text.strip(BLANK + "*_")
    if not name or link.text.strip(BLANK + "*_") != name:
        return None  # the name is all the line's text, inside the link
    if not (author_page(link.url) or any(_headshot(image.url) for image in inline.images)):
        return None
    people = plain_names(name)
    if people is None:
        return None
    return tuple(attrs.evolve(person, url=link.url) for person in people)


def _headshot(url: str | None) -> bool:
    """Whether a picture's address marks it as a person's headshot (``/avatar_user_14.jpg``)."""
    if not url or "gravatar." in url[:40]:
        return False  # the avatar service comment sections load their pictures from
    path = url.split("?", 1)[0].casefold()
    return any(word in current().headshot_words for word in _ADDRESS_WORDS.findall(path[-300:]))


# The words of an address: "autor_thumbnail_5_3" holds "autor".
_ADDRESS_WORDS: Final = re.compile(r"[a-z]{3,20}")


def _linked_people(markdown: str) -> tuple[Author, ...] | None:
    """People named in the links of a line that holds nothing else: ``[Jo Park](/u/jo)``."""
    authors = read_byline(markdown, prefixed=False)
    if not authors or any(a.kind is not AuthorKind.PERSON for a in authors):
        return None
    return authors


def _under_teaser(context: Context, index: int) -> bool:
    """Whether the line right above is a teaser's headline: a line that is nothing but a link.

    A "More from" box or a list of latest stories writes each story's linked headline with
    its byline under it; that byline is the teaser's, not the article's.
    """
    previous = context.prev_nonblank(index)
    if previous is None or index - previous > 2:
        return False
    inline = context.inline(previous)
    text = inline.text.strip(BLANK + "#*_-•·")
    linked = sum(link.end - link.start for link in inline.links)
    if not text or len(text.split()) < 3 or linked < len(text) * 0.9:
        return False
    # After a list of links, a byline standing on its own may open the article; one written
    # inside a list item (or indented under it) belongs to that item.
    in_item = context.shape(index) is Shape.LIST_ITEM or context.lines[index][:1] in " \t"
    return context.shape(previous) is not Shape.LIST_ITEM or in_item


def _prefixed_authors(markdown: str, *, lone: bool = False) -> tuple[Author, ...] | None:
    """A prefixed byline's authors; a category list after the names is left unread."""
    authors = read_byline(markdown, lone=lone)
    if authors is None:
        stop = category_start(markdown)
        if stop < len(markdown):
            markdown = markdown[:stop].rstrip(BLANK + "|·•⋅—–-,;")
            authors = read_byline(markdown, lone=lone)
    if authors is None:
        # "Posted by X at 07:40  Tagged with: ...": the time is read after the tags are cut.
        markdown = markdown[: category_start(markdown)].rstrip(BLANK + "|·•⋅—–-,;")
        time = _words().trailing_time.search(markdown)
        if time is not None and time.start() > 0:
            authors = read_byline(markdown[: time.start()], lone=lone)  # "By X at 17:35"
    return authors


def _holds_date(markdown: str) -> bool:
    """Whether the text (not a link target: URLs hold dates too) holds a date phrase."""
    if _DIGIT.search(markdown) is None:
        return False
    text = render(markdown).text
    return any(f.has_date for f in find_dates(text))


def _bare_names(context: Context, index: int, markdown: str) -> tuple[Author, ...] | None:
    """Header lines that are nothing but credited names.

    A wire agency alone (``**Agencia EFE**``); names beside an agency (``Jane Doe | Reuters``);
    two names joined as an interview (``X im Gespräch mit Y``); and plain or linked person names
    with a date line close by (``[Will Knight](#)`` over ``01.21.2020 07:00 AM``).
    """
    inline = render(markdown)  # without its block marker: "##### [Jo Park](#)" is all link
    text = inline.text
    if not text or len(text) > SHORT_LINE or text.count(" ") > 10 or inline.images:
        return None  # a credit beside an image is the image's: a caption
    # A credit with a wire agency in it stands on its own: "**Agencia EFE**", "AFP/The Local -
    # [email]", "Jane Doe | Reuters".
    credited = read_byline(re.sub(r"[|]| [-–—] ", ",", markdown), prefixed=False)
    if credited and any(a.kind is AuthorKind.AGENCY for a in credited):
        return credited
    interview = _words().interview.search(text)
    if interview is not None:
        authors = read_byline(
            f"{text[: interview.start()]}, {text[interview.end() :]}", prefixed=False
        )
        if authors and all(a.kind is AuthorKind.PERSON for a in authors):
            return authors
    posted = _linked_people_with_posts(context, index, markdown)
    if posted is not None:
        return posted
    linked = bool(inline.links) and sum(len(x.text) for x in inline.links) >= len(text) * 0.8
    if linked and all(home_page(link.url) for link in inline.links):
        return None  # "[Example Daily](/)": the site's name, linked to its home page
    # A small heading (level 4 to 6) is how some pages set the author's name beside the date.
    heading = context.shape(index) is Shape.HEADING and heading_level(context.lines[index]) < 4
    too_long = len(_words_before_degrees(text)) > 4
    if not linked and (text[-1:] in ".!?:" or too_long or heading):
        return None  # a plain name line is short, unpunctuated, and no big heading
    authors = read_byline(markdown, prefixed=False)
    if (
        linked
        and authors is not None
        and len(authors) == 1
        and _name_shaped(authors[0].name)
        and _one_author_page(authors[0].url)
    ):
        return authors  # "[ jdoe.writes ](/members/1207)": a user name linked to their page
    if (
        not linked
        and authors
        and _desk(authors)
        and _date_near(context, index, before=True, reach=1)
    ):
        return authors  # "Harbour Redaktion" beside the date: the desk wrote it
    if authors and any(a.kind is not AuthorKind.PERSON for a in authors):
        # "Jo Park, ESPN" over the date line: a person and the outlet they write for.
        people = None if linked else plain_names(markdown)
        near = people is not None and _date_near(context, index, before=False, reach=2)
        return people if near else None
    if not authors:
        return None
    if linked and all(author_page(a.url) and _name_shaped(a.name) for a in authors):
        return authors  # every name links to an author page: that is a byline
    if not all(_plain_person_name(a.name) for a in authors):
        # A one-word link beside a date is as often a section ("[Travel](#)") as a user name.
        return None
    # Bare names are a byline only with a date close by: bylines sit next to datelines. A plain
    # (unlinked) name needs the date after it or on the line right above; a linked one may
    # have it further above.
    # Past the header, or above the title (among navigation links), only right beside a date.
    above_title = context.title_line is not None and index < context.title_line
    reach = 1 if not context.in_header(index) else 2 if above_title else 3
    if _date_near(context, index, before=linked, reach=reach):
        return authors
    if _under_title(context, index) and not _shares_title_words(context, authors):
        return authors
    return authors if _date_near(context, index, before=True, reach=1) else None


def _names_list(context: Context, index: int) -> tuple[int, tuple[Author, ...]] | None:
    """A list of people's names right under the title: the authors, one item each.

    ``* [Jo Park, PhD,](#)`` over ``* [Kim Lee, PhD](#)``, as journals list their authors.
    Returns the list's last line and the people.
    """
    if context.found(Found.BYLINE) or context.shape(index) is not Shape.LIST_ITEM:
        return None
    end = context.block_end(index)
    if not 2 <= end - index <= _MAX_LISTED or not _under_title(context, index, alone=False):
        return None
    people: list[Author] = []
    for line in range(index, end):
        if context.shape(line) is not Shape.LIST_ITEM or len(context.lines[line]) > 160:
            return None
        markdown = unmarked(context.lines[line])
        found = plain_names(markdown) or _linked_people(markdown)
        if not found or not all(_plain_person_name(a.name) for a in found):
            return None  # "* [Politik](#)": a list of sections
        people.extend(found)
    # Topics are listed by people's names too ("* Anna Berg"): authors carry their degrees,
    # posts or author pages.
    if not all(a.title or _credentialed(a.name) or author_page(a.url) for a in people):
        return None
    return end - 1, tuple(people)


def _credentialed(name: str) -> bool:
    """Whether a name ends in a degree or suffix after a comma: "Jo Park, PhD"."""
    head, comma, last = name.rpartition(",")
    return bool(comma and head) and last.strip().casefold().rstrip(".") in _words().suffix_keys


_MAX_LISTED: Final = 12


def _desk(authors: tuple[Author, ...]) -> bool:
    """One organisation of a few words, one of them a desk word: "Harbour Redaktion"."""
    words = authors[0].name.casefold().split()
    return (
        len(authors) == 1
        and authors[0].kind is AuthorKind.ORGANIZATION
        and len(words) <= 3
        and any(w in current().desk_words for w in words)
    )


def _under_title(context: Context, index: int, *, alone: bool = True) -> bool:
    """Whether line ``index`` comes right under the title or its standfirst, alone in its block.

    A person's name standing there credits the article (``[Jo Park](#)`` under the headline),
    with or without a date beside it. Without ``alone`` it may open a block of more lines.
    """
    title = context.title_line
    if title is None or index <= title or context.shape(index) is Shape.HEADING:
        return False
    if alone and context.inline(index).text.rstrip(BLANK + "*_")[-1:] in ",;:.!?":
        return False  # "Liebe Leserin," greets the reader
    if alone and context.block_end(index) != index + 1:
        return False
    if not alone and not context.blank[index - 1]:
        return False  # the block's first line
    if context.last is Found.STANDFIRST and context.in_header(index):
        # Under a short standfirst; a long one may be the text's first paragraph.
        above = context.prev_nonblank(index)
        return above is not None and len(context.lines[above]) < PROSE_CHARS
    return context.next_nonblank(title + 1 + bool(context.setext_level(title))) == index


def _shares_title_words(context: Context, authors: tuple[Author, ...]) -> bool:
    """Whether a name repeats a word of the title: a section or place named there, no person."""
    title = context.title_line
    if title is None:
        return False
    words = {w.casefold() for w in _WORDS_OF.findall(context.inline(title).text)}
    return any(w.casefold() in words for a in authors for w in _WORDS_OF.findall(a.name))


_WORDS_OF: Final = re.compile(r"[^\W\d_]{3,40}")


def plain_names(markdown: str) -> tuple[Author, ...] | None:
    """People named without a prefix or a link, each in the shape of a name ("Jo Park, Al Li").

    Example:
        >>> [a.name for a in plain_names("Jo Park")]
        ['Jo Park']
    """
    authors = read_byline(markdown, prefixed=False)
    if not authors or len(authors) > 3 or any(a.url for a in authors):
        return None
    # People, maybe followed by the outlet or agency they write for ("Jo Park, ESPN").
    people = list(authors)
    if len(people) > 1 and people[-1].kind is not AuthorKind.PERSON:
        people.pop()
    if not all(a.kind is AuthorKind.PERSON and _plain_person_name(a.name) for a in people):
        return None
    if any(len(_words_before_degrees(a.name)) > 4 for a in authors):
        return None
    return authors


def _words_before_degrees(name: str) -> list[str]:
    """The words of a name without the degrees and suffixes closing it ("Jo Park MS, RDN")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in _words().suffix_keys:
        words.pop()
    return words


def _plain_person_name(name: str) -> bool:
    """A name that reads as a person's without a prefix to vouch for it.

    Two words or more in the shape of a name (capitalised, or particles and initials), and not
    ending in a byline word: "[Restaurant reviews](#)", "[Vos réactions (11)](#)" and "Disko Von"
    (a section name, then "Von" for the name on the next line) are links and labels, not names.
    """
    words = name.split()
    return (
        len(words) >= 2
        and _kind(name) is AuthorKind.PERSON
        and words[-1].casefold() not in current().byline_prefixes
    )


def _name_shaped(name: str) -> bool:
    """A short run of words with no digits or sentence marks: a name, or a user name."""
    words = name.split()
    return (
        1 <= len(words) <= 5
        and _DIGIT.search(name) is None
        and not any(c in name for c in ':?!«»"“”')
        and (len(words) == 1 or _kind(name) is not None)
    )


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


def _one_author_page(url: str | None) -> bool:
    """Whether a link goes to one author's page: ``/members/1207``, not the ``/team/`` index."""
    if not author_page(url) or url is None:
        return False
    path = url.split("?", 1)[0].split("#", 1)[0].casefold()
    parts = [part for part in path.split("/") if part]
    return any(
        part in current().author_path_segments and number + 1 < len(parts)
        for number, part in enumerate(parts[-4:], start=max(0, len(parts) - 4))
    )


def _date_near(context: Context, index: int, *, before: bool, reach: int) -> bool:
    probe = index
    for _ in range(reach):
        following = context.next_nonblank(probe + 1)
        if following is None:
            break
        if _dated_line(context, following):
            return True
        probe = following
    if before:
        probe = index
        for _ in range(reach):
            previous = context.prev_nonblank(probe)
            if previous is None:
                break
            if _dated_line(context, previous):
                return True
            probe = previous
    return False


def _dated_line(context: Context, index: int) -> bool:
    """A short line that holds a date, or a relative one ("Hace 13 horas")."""
    line = context.lines[index]
    if len(line) > SHORT_LINE:
        return False
    return _holds_date(line) or find_relative(line) is not None


def parse_byline(text: str, *, vocabulary: Vocabulary | None = None) -> Byline:
    """Read one byline.

    ``vocabulary`` is the words read (``None``: the current ones, see
    :func:`~newsparse.vocabulary.given`).

    Raises:
        ParseError: ``not-a-byline`` when ``text`` does not read as a byline.

    Example:
        >>> [
        ...     a.name
        ...     for a in parse_byline(
        ...         "By Maggie Haberman, Shane Goldmacher and Michael Crowley"
        ...     ).authors
        ... ]
        ['Maggie Haberman', 'Shane Goldmacher', 'Michael Crowley']
    """
    require_text(text, "parse_byline")
    with given(vocabulary):
        source = Source(text)
        span = source.span(0, len(text))
        raw = source.raw(span)
        # A line cut from a dump may keep its block marker: "### By [Jane Doe](#)", "* Von X". (Not
        # several: two list items are two lines, which unmarked would run into one name.)
        markdown = unmarked(raw) if "\n" not in raw else raw
        authors = _prefixed_authors(markdown, lone=True)
        if authors is None:
            authors = read_byline(markdown, prefixed=False)
        if authors is None:
            line, column = source.position(span.start)
            raise ParseError(
                f"{raw[:60]!r} does not read as a byline",
                code=Code.NOT_A_BYLINE,
                line=line,
                column=column,
            )
        return Byline(raw=raw, span=span, text=plain_text(raw), authors=authors)
