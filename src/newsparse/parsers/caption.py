"""Picture captions: the caption text, the credit line, a date the caption gives, and the image.

A caption is recognised by its credit: a trailing emphasised credit (``... July 8, 2021 **TASS**``),
a labelled credit (``Photo: X / AFP``, ``Foto: ...``, ``© Aton``), a parenthesised credit with a
slash (``(AP Photo/Evan Vucci)``), a photographer and picture agency (``Perry Knotts/Getty
Images``), or an image line (``![alt](src)``). The credit may sit on the caption's line, on the
line after it, or, in picture galleries, on the line before it.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from newsparse.dates import FoundDate, find_dates
from newsparse.engine import Claim, Context, Found, Shape
from newsparse.errors import Code, ParseError, require_text
from newsparse.inline import render
from newsparse.model import Caption, DateValue
from newsparse.source import BLANK, Source
from newsparse.vocabulary import CREDIT_LABELS, PICTURE_AGENCIES, agency_name

__all__ = ["CaptionReading", "parse_caption", "read_caption", "read_credit", "rule", "screen"]

_MAX_CAPTION: Final = 400
# Words a credit line may open with: its label ("Foto:"), or a picture agency ("Getty Images").
_CREDIT_FIRST_WORDS: Final = (
    frozenset(label.split()[0] for label in CREDIT_LABELS)
    | frozenset(agency.split()[0].split("/")[0] for agency in PICTURE_AGENCIES)
    | {"copyright", "courtesy"}
)
# A credit label and its colon near a line's end: "... Hamburg. Foto: Markus Scholz/dpa".
_TAIL_LABEL: Final = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(sorted((re.escape(label) for label in CREDIT_LABELS), key=len, reverse=True))
    + r")[ ]?:"
)
_MAX_CREDIT: Final = 120

# "Photo: X", "Foto:", "Bildrechte: IMAGO", "Photo credit: X"
_LABELLED: Final = re.compile(
    r"^[(\[]?(?P<label>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:[ ]?(?P<credit>\S.{0,119})?$"
)
# "© Aton", "(C) Kab Niang", "Copyright X"
_COPYRIGHT: Final = re.compile(r"^(?:©|\([cC]\)|[Cc]opyright\b)[ ]?(?P<credit>\S.{0,99})$")
# "(Elizabeth Conley / Houston Chronicle)", "(AP Photo/Evan Vucci)"
_PARENTHESISED: Final = re.compile(r"^\((?P<credit>[^()]{2,100}/[^()]{1,100})\)$")
# "Photograph by Ed Marshall, Redonda Restoration Programme", "Foto von X"
_BY: Final = re.compile(
    r"^(?P<label>[^\W\d_]{3,14})[ ](?:by|von|de|par|por|di)[ ](?P<credit>[A-ZÀ-Þ].{1,100})$"
)
# A credit at the end of a caption: "... Hamburg. Foto: Markus Scholz/dpa", "...hour.Photograph: X"
_TRAILING_LABELLED: Final = re.compile(
    r"(?P<label>(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:[ ]?"
    r"(?P<credit>[^:]{2,100})$"
)
# A parenthesised credit after a caption sentence: "... speaks. (Matt Stone/Boston Herald)"
_TRAILING_PARENTHESISED: Final = re.compile(r"[ ]\((?P<credit>[^()]{2,160})\)$")
# A credit label inside such parentheses: "Photo: ", "Foto: "
_INNER_LABEL: Final = re.compile(r"(?P<label>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,12})?)[ ]?:[ ]?")
# "Jane Doe/Reuters", "Jane Doe / AFP via Getty Images": the parts of a picture credit.
_CREDIT_PARTS: Final = re.compile(r"[ ]?/[ ]?|[ ]via[ ]")
# "Courtesy of the Smith family", "Photo courtesy of NASA": a credit without a colon.
_COURTESY: Final = re.compile(r"^\(?(?:[^\W\d_]{3,12}[ ])?courtesy\b", re.I)
# A copyright credit at the end of a caption: "... l’université / (C) Kab Niang"
_TRAILING_COPYRIGHT: Final = re.compile(
    r"(?:[ ]/)?[ ](?P<mark>©|\([cC]\))[ ]?(?P<credit>[^©]{2,80})$"
)


@attrs.frozen(kw_only=True)
class CaptionReading:
    """What a caption says, with the credit split off."""

    text: str
    credit: str | None = None
    date: FoundDate | None = None
    image_url: str | None = None
    alt: str | None = None


def _picture_credit(text: str) -> bool:
    """Whether ``text`` names a picture agency or photographer with one (``X/Getty Images``)."""
    parts = [p.strip() for p in _CREDIT_PARTS.split(text) if p.strip()]
    if not parts or len(parts) > 4:
        return False
    if len(parts) == 1:
        return parts[0].casefold() in PICTURE_AGENCIES
    known = [p for p in parts if p.casefold() in PICTURE_AGENCIES or agency_name(p)]
    if not known:
        return False
    # The rest must look like names: capitalised words, few of them.
    for part in parts:
        words = part.split()
        if len(words) > 5 or not words[0][:1].isupper():
            return False
    return True


@functools.lru_cache(maxsize=2048)  # rules ask about the same line more than once
def read_credit(text: str) -> str | None:
    """The credit a standalone credit line gives (``""`` for a bare label such as ``Foto:``).

    Example:
        >>> read_credit("(AP Photo/Evan Vucci)"), read_credit("Photo: Jane Doe / AFP")
        ('AP Photo/Evan Vucci', 'Jane Doe / AFP')
        >>> read_credit("The minister said so.") is None
        True
    """
    text = text.strip(BLANK)
    if not text or len(text) > _MAX_CREDIT:
        return None
    labelled = _LABELLED.match(text)
    if labelled is not None and labelled["label"].casefold() in CREDIT_LABELS:
        return (labelled["credit"] or "").strip(" )]")
    copyright_mark = _COPYRIGHT.match(text)
    if copyright_mark is not None and len(text) <= 60 and "rights" not in text.casefold():
        # (a page's "Copyright 2023 X. All rights reserved." is a closing note, not a credit)
        return copyright_mark["credit"].strip()
    parenthesised = _PARENTHESISED.match(text)
    if parenthesised is not None:
        return parenthesised["credit"].strip()
    by = _BY.match(text)
    if by is not None and by["label"].casefold() in CREDIT_LABELS:
        return by["credit"].strip()
    if _COURTESY.match(text) is not None and len(text.split()) <= 8 and text[-1] not in ".!?:":
        return text.strip("() ")  # a sentence ("Courtesy of X, the show was free.") is no credit
    if len(text) <= 60 and _picture_credit(text):
        return text
    return None


def _trailing_emphasis(markdown: str) -> tuple[str, str] | None:
    """Split ``text **CREDIT**`` (or ``*CREDIT*``) into text and credit."""
    stripped = markdown.rstrip(BLANK)
    for marker in ("**", "__", "*", "_"):
        if not stripped.endswith(marker) or stripped.endswith(marker * 3):
            continue
        opening = stripped.rfind(marker, 0, len(stripped) - len(marker))
        if opening <= 0 or len(stripped) - opening > _MAX_CREDIT:
            continue
        before = stripped[opening - 1]
        if before not in " \t" and not before.isdigit():
            continue
        credit = stripped[opening + len(marker) : len(stripped) - len(marker)].strip()
        text = stripped[:opening]
        if (
            not credit
            or "*" in credit
            or "](" in credit  # a link in bold ("**Related article: [..](..)**") is no credit
            or credit[-1] in ".!?:"
            or len(credit.split()) > 6
        ):
            return None
        known = agency_name(credit) is not None or credit.casefold() in PICTURE_AGENCIES
        if not (credit[0].isupper() or credit[0] in "©(" or credit[0].isdigit() or known):
            return None
        return text, credit
    return None


def _split_date(text: str) -> tuple[str, FoundDate | None]:
    """Take a date phrase off the end of caption text: ``... left. July 8, 2021``."""
    if not any(c.isdigit() for c in text[-40:]):
        return text, None
    found = [f for f in find_dates(text) if f.has_date]
    if not found:
        return text, None
    last = found[-1]
    if text[last.end :].strip(BLANK + ".,;") or last.start < 1:
        return text, None
    return text[: last.start].rstrip(BLANK + ",;-–—|"), last


@functools.lru_cache(maxsize=2048)  # rules ask about the same line more than once
def read_caption(markdown: str) -> CaptionReading | None:
    """What a one-line caption says, or ``None`` when it carries no credit or image.

    Example:
        >>> r = read_caption("Bagram Airfield base. July 8, 2021 **TASS**")
        >>> r.text, r.credit, (r.date.year, r.date.month, r.date.day)
        ('Bagram Airfield base.', 'TASS', (2021, 7, 8))
    """
    if len(markdown) > _MAX_CAPTION * 2:
        return None
    inline = render(markdown)
    text = inline.text
    if inline.images and not text:
        image = inline.images[0]
        return CaptionReading(text="", image_url=image.url, alt=image.alt or None)
    emphasis = _trailing_emphasis(markdown)
    credit: str | None = None
    if emphasis is not None:
        text, credit = render(emphasis[0]).text, emphasis[1]
        if not text or (text[-1] not in '.!?"”)»0123456789' and not _ends_with_date(text)):
            return None
    else:
        if len(text) > _MAX_CAPTION:
            return None
        credit = read_credit(text)
        if credit is not None:
            text = ""
        else:
            text, credit = _trailing_credit(text)
            if credit is None:
                return None
    text, date = _split_date(text)
    first_image = inline.images[0] if inline.images else None
    return CaptionReading(
        text=text,
        credit=credit or None,
        date=date,
        image_url=first_image.url if first_image else None,
        alt=(first_image.alt or None) if first_image else None,
    )


def _ends_with_date(text: str) -> bool:
    return _split_date(text)[1] is not None


def _trailing_credit(text: str) -> tuple[str, str | None]:
    # A parenthesised credit first: "(Photo: AFP/John Doe)" holds a labelled one inside it.
    parenthesised = _TRAILING_PARENTHESISED.search(text[-200:])
    if parenthesised is not None:
        cut = len(text) - len(text[-200:]) + parenthesised.start()
        before = text[:cut].rstrip(BLANK)
        inner = parenthesised["credit"].strip()
        label = _INNER_LABEL.match(inner)
        if label is not None and label["label"].casefold() in CREDIT_LABELS:
            inner = inner[label.end() :].strip()
        elif "/" not in inner and _COURTESY.match(inner) is None:
            inner = ""
        if before and before[-1] in '.!?"”»' and inner:
            return before, inner
    labelled = _TRAILING_LABELLED.search(text[-130:])
    if labelled is not None and labelled["label"].casefold() in CREDIT_LABELS:
        cut = len(text) - len(text[-130:]) + labelled.start()
        before = text[:cut].rstrip(BLANK)
        if before[-1:] in ("—", "–", "|") and before[:-1].strip(BLANK):
            # "Ministro durante o anúncio — Foto: X": a dash or bar sets the credit off.
            return before[:-1].rstrip(BLANK), labelled["credit"].strip()
        if before and (before[-1] in '.!?)"”»' or (labelled.start() > 0 and text[cut - 1] != " ")):
            return before, labelled["credit"].strip()
    mark = _TRAILING_COPYRIGHT.search(text[-100:])
    if mark is not None:
        cut = len(text) - len(text[-100:]) + mark.start()
        if cut > 0:
            return text[:cut].rstrip(BLANK), mark["credit"].strip()
    # An unlabelled credit after the last sentence: "... rueda de prensa. EFE/Juan Pérez".
    stop = text.rfind(". ", max(0, len(text) - 100))
    if stop > 0 and _picture_credit(text[stop + 2 :].strip(BLANK)):
        return text[: stop + 1], text[stop + 2 :].strip(BLANK)
    return text, None


# -- the rule ---------------------------------------------------------------------------------


def _credit_at(context: Context, index: int) -> tuple[str, int] | None:
    """The credit on line ``index`` (a bare ``Foto:`` takes the short line after it)."""
    # Each line is asked about twice (as the line under the cursor and as the next line).
    memo = context.memo(_find_credit)
    if index not in memo:
        memo[index] = _find_credit(context, index)
    return memo[index]


def _find_credit(context: Context, index: int) -> tuple[str, int] | None:
    if context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM) or not _credit_like(
        context, index
    ):
        return None
    line = context.lines[index]
    if len(line) > _MAX_CREDIT * 2:
        return None
    credit = read_credit(context.inline(index).text)
    if credit is None:
        return None
    if credit:
        return credit, index
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 2 or len(context.lines[following]) > 40:
        return None
    name = context.inline(following).text
    if not name or name[-1] in ".!?":
        return None
    return name, following


def _caption_text_line(context: Context, index: int, limit: int = _MAX_CAPTION) -> bool:
    if (
        context.shape(index) not in (Shape.TEXT, Shape.LIST_ITEM)
        or len(context.lines[index]) > 3 * limit
        or context.setext_level(index)  # a heading underlined with "===" is no caption
    ):
        return False
    text = context.inline(index).text
    return 0 < len(text) <= limit and _credit_at(context, index) is None


def _make(context: Context, first: int, last: int, reading: CaptionReading) -> Claim:
    start = context.source.starts[first]
    end = context.source.line_end(last)
    span = context.span(start, end)
    date: DateValue | None = reading.date.value() if reading.date is not None else None
    caption = Caption(
        raw=context.raw(span),
        span=span,
        text=reading.text,
        credit=reading.credit,
        date=date,
        image_url=reading.image_url,
        alt=reading.alt,
    )
    return Claim(elements=(caption,), found=(Found.CAPTION,), next_line=last + 1)


def _near(context: Context, index: int) -> int | None:
    """The next non-blank line if at most one blank line separates it from ``index``."""
    following = context.next_nonblank(index + 1)
    if following is None or following - index > 2:
        return None
    return following


def screen(context: Context, index: int) -> bool:
    """Credit-like lines, lines ending in a credit, image lines, and lines a credit follows."""
    if _may_carry_credit(context.lines[index]) or _credit_like(context, index):
        return True
    following = context.next_nonblank(index + 1, index + 3)
    return following is not None and _credit_like(context, following)


def rule(context: Context, index: int) -> Claim | None:
    """Claim a caption: an image line, a credited line, or a short line with its credit nearby."""
    shape = context.shape(index)
    if shape not in (Shape.TEXT, Shape.LIST_ITEM):
        return None
    line = context.lines[index]
    if len(line) > _MAX_CAPTION * 2:
        return None
    markdown = line
    if shape is Shape.LIST_ITEM:
        markdown = line.lstrip(" \t")[1:].lstrip(" \t") if line.lstrip()[:1] in "*-+" else line
    # A credit standing first (picture galleries): the credit, then the caption line under it.
    credit = _credit_at(context, index)
    if credit is not None:
        credit_text, last = credit
        following = _near(context, last)
        if following is not None and _caption_text_line(context, following, 250):
            after = _near(context, following)
            if (
                after is None
                or _credit_at(context, after) is not None
                or context.found(Found.CAPTION)
            ):
                text, date = _split_date(context.inline(following).text)
                reading = CaptionReading(text=text, credit=credit_text, date=date)
                return _make(context, index, following, reading)
        return _make(context, index, last, CaptionReading(text="", credit=credit_text))
    own = read_caption(markdown) if _may_carry_credit(markdown) else None
    if own is not None:
        last = index
        if own.image_url is not None or own.alt is not None:
            last, own = _image_followers(context, index, own)
        return _make(context, index, last, own)
    # A short line with its credit on the next line (or the block after).
    if not _caption_text_line(context, index):
        return None
    following = _near(context, index)
    if following is None:
        return None
    credit = _credit_at(context, following)
    if credit is None or _source_line(context, following):
        return None
    text, date = _split_date(context.inline(index).text)
    return _make(context, index, credit[1], CaptionReading(text=text, credit=credit[0], date=date))


def _source_line(context: Context, index: int) -> bool:
    """After the text, "Quelle: X" / "Source: X" credits the article, not a picture."""
    return index >= context.tail_start and context.first_word(index) in _SOURCE_LABELS


_SOURCE_LABELS: Final = frozenset({"quelle", "quellen", "source", "sources", "fuente", "fonte"})


def _may_carry_credit(markdown: str) -> bool:
    """A cheap test that a line could hold its own credit or an image (most body lines cannot)."""
    end = markdown.rstrip(BLANK)[-130:]
    return (
        end[-1:] in ("*", "_", ")")
        or "©" in end
        or "(c)" in end
        or "(C)" in end
        or "![" in markdown
        or "/" in end[-60:]  # "... de prensa. EFE/Juan Pérez": an agency credit after the text
        or (":" in end and _TAIL_LABEL.search(end) is not None)
    )


def _credit_like(context: Context, index: int) -> bool:
    """A cheap test that line ``index`` could be a credit line (so worth reading as one)."""
    line = context.lines[index]
    if len(line) > 2 * _MAX_CREDIT or context.blank[index]:
        return False
    head = line.lstrip(" \t*_-")[:1]
    if head in ("©", "(") or "©" in line or context.first_word(index) in _CREDIT_FIRST_WORDS:
        return True
    # "Perry Knotts/Getty Images": a slash in the text (link targets hold slashes of their own).
    return "/" in line and "/" in context.inline(index).text


def _image_followers(
    context: Context, index: int, reading: CaptionReading
) -> tuple[int, CaptionReading]:
    """After an image line: the caption text and credit written under it."""
    last = index
    following = _near(context, index)
    if following is not None and not reading.text and _caption_text_line(context, following):
        line = context.lines[following]
        # The text line may carry its own credit: "Delegates leave the hall. **Reuters**".
        own = read_caption(line) if _may_carry_credit(line) else None
        if own is not None and own.text and own.image_url is None and reading.credit is None:
            reading = attrs.evolve(reading, text=own.text, credit=own.credit, date=own.date)
        else:
            text, date = _split_date(context.inline(following).text)
            reading = attrs.evolve(reading, text=text, date=date)
        last = following
        following = _near(context, following)
    if following is not None and reading.credit is None:
        credit = _credit_at(context, following)
        if credit is not None:
            reading = attrs.evolve(reading, credit=credit[0])
            last = credit[1]
    return last, reading


def parse_caption(text: str) -> Caption:
    r"""Read a caption: one line with its credit, or a caption line and a credit line.

    Raises:
        ParseError: ``not-a-caption`` when ``text`` carries no credit or image.

    Example:
        >>> c = parse_caption("Bloomberg campaigns.\n\n(Elizabeth Conley / Houston Chronicle)")
        >>> c.text, c.credit
        ('Bloomberg campaigns.', 'Elizabeth Conley / Houston Chronicle')
    """
    require_text(text, "parse_caption")
    context = Context(Source(text))
    first = context.next_nonblank(0)
    claim = rule(context, first) if first is not None else None
    if claim is None or context.next_nonblank(claim.next_line) is not None:
        line = (first or 0) + 1
        raise ParseError(
            f"{text.strip()[:60]!r} does not read as a caption", code=Code.NOT_A_CAPTION, line=line
        )
    caption = claim.elements[0]
    if not isinstance(caption, Caption):  # pragma: no cover - the rule only makes captions
        raise ParseError("not a caption", code=Code.NOT_A_CAPTION)
    return caption
