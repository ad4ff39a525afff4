"""An Article as schema.org ``NewsArticle`` JSON-LD, the form search engines and feeds read.

Only what the dump states goes in: no property is guessed, a date goes in only when the text gave
at least its day, and a URL only when it is an absolute ``http(s)`` address.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Final

from newsparse._dates import format_offset
from newsparse._errors import Code, ParseError
from newsparse._json_types import JSONObject
from newsparse._model import (
    Article,
    Author,
    AuthorKind,
    Caption,
    DateValue,
    FootnoteKind,
    Picture,
    Precision,
    Role,
    is_web_url,
)

__all__ = ["format_schema_date", "schema_org_script", "to_schema_org"]

_CONTEXT: Final = "https://schema.org"

# The schema.org property each role credits a party under.
_ROLE_PROPERTY: Final = {
    Role.AUTHOR: "author",
    Role.REPORTING: "author",
    Role.CONTRIBUTOR: "contributor",
    Role.PHOTOGRAPHY: "contributor",
    Role.EDITING: "editor",
    Role.TRANSLATION: "translator",
}


def format_schema_date(value: DateValue) -> str | None:
    """A schema.org ``Date`` or ``DateTime``, or ``None`` when the text gave less than a day.

    Example:
        >>> import datetime as dt
        >>> format_schema_date(DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY))
        '2021-07-16'
        >>> zone = dt.timezone(dt.timedelta(hours=3))
        >>> moment = dt.datetime(2021, 7, 16, 10, tzinfo=zone)
        >>> format_schema_date(DateValue(value=moment, precision=Precision.HOUR))
        '2021-07-16T10:00+03:00'
        >>> format_schema_date(DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH))
    """
    moment = value.value
    if value.precision in (Precision.YEAR, Precision.MONTH):
        return None
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    if value.precision is Precision.DAY or not isinstance(moment, dt.datetime):
        return day
    # schema.org's DateTime needs hours and minutes; seconds only when the text gave them.
    time = f"{moment.hour:02d}:{moment.minute:02d}"
    if value.precision is Precision.SECOND:
        time += f":{moment.second:02d}"
    return f"{day}T{time}{format_offset(moment)}"


def _party(author: Author) -> dict[str, Any]:
    person = author.kind is AuthorKind.PERSON
    party: dict[str, Any] = {"@type": "Person" if person else "Organization", "name": author.name}
    if is_web_url(author.url):
        party["url"] = author.url
    if person and author.title:
        party["jobTitle"] = author.title
    return party


def _credits(article: Article, data: dict[str, Any]) -> None:
    for author in article.credits:  # every party, each under its role's property
        if not author.name.strip():
            continue
        prop = _ROLE_PROPERTY[author.role]
        if prop == "editor" and author.kind is not AuthorKind.PERSON:
            prop = "contributor"  # schema.org's editor is a Person
        data.setdefault(prop, []).append(_party(author))


def _dates(article: Article, data: dict[str, Any]) -> None:
    dateline = article.dateline
    if dateline is None:
        return
    published = format_schema_date(dateline.published) if dateline.published else None
    modified = format_schema_date(dateline.updated) if dateline.updated else None
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if dateline.place:
        data["dateline"] = (
            f"{dateline.place} ({dateline.agency})" if dateline.agency else dateline.place
        )
        data["locationCreated"] = {"@type": "Place", "name": dateline.place}
    elif dateline.text:
        data["dateline"] = dateline.text


def _caption_image(caption: Caption) -> dict[str, Any]:
    image: dict[str, Any] = {"@type": "ImageObject"}
    if is_web_url(caption.image_url):
        image["contentUrl"] = caption.image_url
    if caption.text:
        image["caption"] = caption.text
    if caption.credit:
        image["creditText"] = caption.credit
    if caption.alt:
        image["description"] = caption.alt
    created = format_schema_date(caption.date) if caption.date else None
    if created:
        image["dateCreated"] = created
    return image


def _picture_image(picture: Picture) -> dict[str, Any]:
    image: dict[str, Any] = {"@type": "ImageObject"}
    first = picture.images[0] if picture.images else None
    if first is not None and is_web_url(first.src):
        image["contentUrl"] = first.src
    if first is not None and first.alt:
        image["description"] = first.alt
    return image


def _images(article: Article) -> list[dict[str, Any]]:
    """Captions and picture blocks as ImageObjects, in document order."""
    located = [(caption.span.start, _caption_image(caption)) for caption in article.captions]
    located += [(picture.span.start, _picture_image(picture)) for picture in article.pictures]
    located.sort(key=lambda item: item[0])
    return [image for _, image in located if len(image) > 1]


def to_schema_org(article: Article) -> JSONObject:
    r"""The article as a schema.org ``NewsArticle`` (JSON-LD, ready for ``json.dumps``).

    ``headline``; ``description`` (:attr:`Article.description`); ``inLanguage`` (the
    language); ``keywords`` (the tags); ``author``, ``contributor``, ``editor`` and
    ``translator`` as ``Person`` or ``Organization`` (agencies and desks) with ``url`` and
    ``jobTitle``; ``datePublished`` and ``dateModified`` where the text gave at least the day;
    ``dateline`` and ``locationCreated``; ``image`` as ``ImageObject`` with ``caption`` and
    ``creditText``; ``correction`` from correction notes; ``publisher`` from the site name in the
    title; ``articleBody``; ``url`` (the source URL). Properties without a value are left out.

    Raises:
        ParseError: ``invalid-input`` when ``article`` is not an :class:`Article`.

    Example:
        >>> from newsparse import parse
        >>> dump = "# Moon landing | Daily News\n\nBy [AFP](#)\n\nJuly 21, 1969\n\n"
        >>> dump += "Original url: https://www.dailynews.example/1969/moon"
        >>> to_schema_org(parse(dump))  # doctest: +NORMALIZE_WHITESPACE
        {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': 'Moon landing',
         'author': [{'@type': 'Organization', 'name': 'AFP'}], 'datePublished': '1969-07-21',
         'dateline': 'July 21, 1969', 'publisher': {'@type': 'Organization', 'name': 'Daily News'},
         'url': 'https://www.dailynews.example/1969/moon'}
    """
    if not isinstance(article, Article):
        raise ParseError(
            f"expected an Article, not {type(article).__name__}", code=Code.INVALID_INPUT
        )
    data: dict[str, Any] = {"@context": _CONTEXT, "@type": "NewsArticle"}
    if article.title:
        data["headline"] = article.title
    if article.description:
        data["description"] = article.description
    if article.language:
        data["inLanguage"] = article.language
    _credits(article, data)
    _dates(article, data)
    images = _images(article)
    if images:
        data["image"] = images
    corrections = [
        {"@type": "CorrectionComment", "text": note.text}
        for note in article.footnotes
        if note.kind is FootnoteKind.CORRECTION and note.text
    ]
    if corrections:
        data["correction"] = corrections
    if article.tags:
        data["keywords"] = list(article.tags)
    if article.headline is not None and article.headline.site:
        data["publisher"] = {"@type": "Organization", "name": article.headline.site}
    if article.text:
        data["articleBody"] = article.text
    if article.source_url:
        data["url"] = article.source_url
    return data


# What an HTML parser could read inside <script> ("</script>", "<!--"), what XHTML reads as an
# entity, and the two line breaks old JavaScript parsers did not allow in strings. JSON writes
# them only inside strings, where the \u escape means the same character.
_SCRIPT_ESCAPES: Final = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def schema_org_script(article: Article) -> str:
    r"""The schema.org JSON-LD of ``article`` as a ``<script>`` element, safe to put in a page.

    Whatever the article's text holds (a title with ``</script>``, a URL with ``<!--``), the
    element ends where it should: ``<``, ``>`` and ``&`` are written as ``\u003c``, ``\u003e``
    and ``\u0026``, and U+2028 and U+2029 escaped too; a JSON reader gets the same values back.

    Raises:
        ParseError: ``invalid-input`` when ``article`` is not an Article.

    Example:
        >>> from newsparse._article import parse
        >>> script = schema_org_script(parse("# Tom & Jerry </script>"))
        >>> print(script[-60:])
        "headline": "Tom \u0026 Jerry \u003c/script\u003e"}</script>
    """
    text = json.dumps(to_schema_org(article), ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return f'<script type="application/ld+json">{text}</script>'
