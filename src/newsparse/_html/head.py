"""What a page says about itself outside its visible text: JSON-LD, OpenGraph and ``<meta>`` tags.

The page head (and JSON-LD anywhere in the page) often names the headline, the authors with their
profile URLs, and the publication and modification times more precisely than the visible text.
This module reads that evidence into a :class:`Head`; it never raises on malformed metadata (a
note says what was skipped) and never follows a URL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Final
from urllib.parse import urljoin

import attrs
from bs4.element import Tag
from dateutil.parser import isoparse

from newsparse._dates import MAX_YEAR, MIN_YEAR, find_dates
from newsparse._errors import Code, ParseError
from newsparse._html.index import PageIndex
from newsparse._html.notes import Note
from newsparse._model import DateValue, Precision, Severity
from newsparse._public_dates import parse_date
from newsparse.vocabulary import current

__all__ = ["Head", "Person", "read_date", "read_head"]

# Longest JSON-LD block read, in characters; larger ones are not article metadata.
MAX_JSON_LD: Final = 1_000_000
# Most JSON-LD values looked at in one page (a bound on the walk, whatever the nesting).
MAX_JSON_NODES: Final = 20_000

# 2020-04-27, 2020-04-27T10:31, 2020-04-27 10:31:05.123+02:00, 20200427 (what isoparse reads)
_ISO_SHAPE: Final = re.compile(
    r"(?P<y>[0-9]{4})(?:-?(?P<m>[0-9]{2})(?:-?(?P<d>[0-9]{2})"
    r"(?:[T ](?P<H>[0-9]{2})(?::?(?P<M>[0-9]{2})(?::?(?P<S>[0-9]{2}))?)?)?)?)?"
    r"(?:[.,][0-9]{1,9})?(?P<z>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"
)

# Class or id words of a box that is no article's date box (or of a box around it): comments,
# teaser lists, page furniture, boxes of facts or events with dates of their own (an infobox, a
# timeline), and dates that are not the article's (today's, an access date, a print date, an
# update).
_NOT_DATE_BOX: Final = re.compile(
    r"comment|related|teaser|sidebar|widget|recent|footer|similar|popular|calendar|event"
    r"|archive|update|modif|current|access|print|today|infobox|timeline"
)
# Elements that hold an article's own header and footer: a <header> or <footer> inside one is
# the article's (its date line); outside, it is the site's (today's date, a generated-on date).
_ARTICLE_ELEMENTS: Final = frozenset({"article", "main"})
_PAGE_EDGES: Final = frozenset({"header", "footer"})
# Longest text of a date box; longer boxes are paragraphs or lists.
_MAX_BOX_TEXT: Final = 150
# Most date boxes looked at, and most levels climbed to see what holds one.
_MAX_BOXES: Final = 200
_MAX_BOX_DEPTH: Final = 15

# JSON-LD types that describe the article itself.
_ARTICLE_TYPE: Final = re.compile(r"(?:Article|BlogPosting|Report)$")
_PAGE_TYPES: Final = frozenset({"WebPage", "ItemPage"})

# <meta> keys (name, property or itemprop, lower-cased) for each kind of evidence, best first.
_PUBLISHED_KEYS: Final = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "article:published",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_MODIFIED_KEYS: Final = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
    "dcterms.modified",
)
_AUTHOR_KEYS: Final = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
)
_TITLE_KEYS: Final = ("og:title", "twitter:title")
_DESCRIPTION_KEYS: Final = ("description", "og:description", "twitter:description")
_MAX_DESCRIPTION: Final = 2000

# The widest real UTC offset (Kiribati, +14:00); isoparse accepts up to 24 hours.
_MAX_OFFSET: Final = dt.timedelta(hours=14)

# The Unix epoch: content management systems write it when they have no date.
_EPOCH: Final = dt.date(1970, 1, 1)


@attrs.frozen(kw_only=True)
class Person:
    """A credited party as the metadata gives it: a name and, when given, a profile URL."""

    name: str
    url: str | None = None
    organization: bool = False


@attrs.frozen(kw_only=True)
class Head:
    """The page's metadata about itself (each field ``None`` or empty when the page has none).

    ``titles`` are the page's own titles, best first (JSON-LD headline, OpenGraph, Twitter,
    ``<title>``); ``authors`` come from the first source that names any (JSON-LD, ``<meta>``,
    microdata, ``rel=author`` links, an hCard ``vcard author``). ``box_date`` is the date the
    page's first date box shows (:func:`_box_date`): visible text, not a declaration, for a page
    whose text and metadata give no date.
    """

    titles: tuple[str, ...] = ()
    authors: tuple[Person, ...] = ()
    published: DateValue | None = None
    modified: DateValue | None = None
    box_date: DateValue | None = None
    publisher: str | None = None
    site_name: str | None = None
    url: str | None = None
    lang: str | None = None
    description: str | None = None
    notes: tuple[Note, ...] = ()


def read_date(text: str) -> DateValue | None:
    """A metadata date (ISO 8601 or a written date) with the precision the string gives.

    Example:
        >>> read_date("2020-04-27T10:31:00+02:00").value.isoformat()
        '2020-04-27T10:31:00+02:00'
        >>> read_date("2020-04-27").precision.value
        'day'
    """
    text = text.strip()[:100]
    if not text:
        return None
    value = _iso_date(text)
    if value is None:
        try:
            value = parse_date(text)
        except ParseError:
            return None
    # The dump reader takes years MIN_YEAR-MAX_YEAR only; a date it would refuse is not written.
    if not MIN_YEAR <= value.date.year <= MAX_YEAR or value.date == _EPOCH:
        return None
    return value


def _iso_date(text: str) -> DateValue | None:
    shape = _ISO_SHAPE.match(text)
    if shape is None:
        return None
    try:
        moment = isoparse(text)
    except (ValueError, OverflowError):
        return None
    if shape["m"] is None:
        return DateValue(value=moment.date(), precision=Precision.YEAR)
    if shape["d"] is None:
        return DateValue(value=moment.date(), precision=Precision.MONTH)
    if shape["H"] is None:
        return DateValue(value=moment.date(), precision=Precision.DAY)
    precision = Precision.HOUR
    if shape["M"] is not None:
        precision = Precision.SECOND if shape["S"] is not None else Precision.MINUTE
    offset = moment.utcoffset()
    if offset is not None and abs(offset) > _MAX_OFFSET:
        return None  # "+23:59" is no zone on Earth; the dump reader refuses it too
    zone = shape["z"]
    tzinfo = dt.timezone(offset) if offset is not None else None
    moment = moment.replace(tzinfo=tzinfo, microsecond=0)
    return DateValue(value=moment, precision=precision, zone=zone)


def _join(base: str, url: str) -> str:
    """``url`` resolved against ``base``, or as written when either is not a URL urljoin reads."""
    try:
        return urljoin(base, url)
    except ValueError:  # "http://[x/a": an IPv6 bracket left open
        return url


def _text(value: object) -> str | None:
    """A JSON-LD value as one clean string, if it is a non-empty string."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _types(node: dict[str, object]) -> tuple[str, ...]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return (kind.rsplit("/", 1)[-1],)
    if isinstance(kind, list):
        return tuple(k.rsplit("/", 1)[-1] for k in kind if isinstance(k, str))
    return ()


def _json_objects(data: object) -> Iterator[dict[str, object]]:
    """Every JSON object in ``data`` (iteratively, at most MAX_JSON_NODES values)."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_JSON_NODES:
        value = stack.pop()
        seen += 1
        if isinstance(value, dict):
            yield value
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def _looks_like_name(name: str) -> bool:
    """A person or desk name, not a URL, an e-mail address or a paragraph."""
    lowered = name.casefold()
    return (
        0 < len(name) <= 120
        and "://" not in lowered
        and not lowered.startswith("www.")
        and "@" not in name
        and len(name.split()) <= 12
    )


def _people(
    value: object, base: str | None, nodes: dict[str, dict[str, object]] | None = None
) -> list[Person]:
    items = value if isinstance(value, list) else [value]
    people: list[Person] = []
    for given in items[:50]:
        url = None
        organization = False
        item = given
        if isinstance(given, dict) and "name" not in given and nodes:
            # {"@id": "https://site/#/schema/person/1"}: a reference to a node of the graph.
            ref = given.get("@id")
            item = nodes.get(ref, given) if isinstance(ref, str) else given
        if isinstance(item, dict):
            name = _text(item.get("name"))
            link = item.get("url") or item.get("sameAs")
            url = _text(link) if not isinstance(link, dict) else None
            organization = "Organization" in _types(item) or "NewsMediaOrganization" in _types(item)
        else:
            name = _text(item)
        if name is None or not _looks_like_name(name):
            continue
        if url is not None and base is not None:
            url = _join(base, url)
        people.append(Person(name=name, url=url, organization=organization))
    return people


@attrs.define
class _Reading:
    """The evidence gathered so far (mutable while reading; frozen into a Head at the end)."""

    titles: list[str] = attrs.Factory(list)
    authors: list[Person] = attrs.Factory(list)
    published: DateValue | None = None
    modified: DateValue | None = None
    publisher: str | None = None
    notes: list[Note] = attrs.Factory(list)

    def title(self, text: str | None) -> None:
        if text and text not in self.titles:
            self.titles.append(text)

    def date(self, text: str | None, which: str) -> None:
        if text is None or getattr(self, which) is not None:
            return
        value = read_date(text)
        if value is None:
            self.notes.append(
                Note(
                    code=Code.INVALID_METADATA,
                    message=f"the metadata date {text[:60]!r} could not be read",
                    severity=Severity.INFO,
                )
            )
            return
        setattr(self, which, value)


def _load_json_ld(script: Tag, reading: _Reading) -> object:
    raw = script.get_text()
    if len(raw) > MAX_JSON_LD:
        reading.notes.append(
            Note(
                code=Code.INVALID_METADATA,
                message=f"a JSON-LD block of {len(raw)} characters was skipped as too large",
                severity=Severity.INFO,
            )
        )
        return None
    raw = raw.strip()
    # Some pages wrap JSON-LD in HTML comments or CDATA markers.
    for opener, closer in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if raw.startswith(opener) and raw.endswith(closer):
            raw = raw[len(opener) : -len(closer)].strip()
    if not raw:
        return None
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError) as error:
        reading.notes.append(
            Note(
                code=Code.INVALID_METADATA,
                message=f"a JSON-LD block is not valid JSON ({str(error)[:80]}); it was skipped",
                severity=Severity.INFO,
            )
        )
        return None


def _read_json_ld(index: PageIndex, base: str | None, reading: _Reading) -> str | None:
    """Fill ``reading`` from the first article object of the page's JSON-LD; its URL, if any."""
    article: dict[str, object] | None = None
    page: dict[str, object] | None = None
    work: dict[str, object] | None = None
    nodes: dict[str, dict[str, object]] = {}  # named nodes by their @id, for references
    for script in index.named("script"):
        if "ld+json" not in _attr(script, "type").lower():
            continue
        data = _load_json_ld(script, reading)
        for node in _json_objects(data):
            ref = node.get("@id")
            if isinstance(ref, str) and "name" in node:
                nodes.setdefault(ref, node)
            types = _types(node)
            if article is None and any(_ARTICLE_TYPE.search(t) for t in types):
                article = node
            elif page is None and any(t in _PAGE_TYPES for t in types):
                page = node
        if work is None:
            work = _dated_root(data)
        if article is not None:
            break
    # A page whose JSON-LD describes no article but one dated work (a recipe, a how-to, an
    # episode) as its top object: that object is what the page is about.
    chosen = article or page or work
    if chosen is None:
        return None
    reading.title(_text(chosen.get("headline")) or _text(chosen.get("name")))
    if "author" in chosen:
        reading.authors.extend(_people(chosen["author"], base, nodes))
    reading.date(_text(chosen.get("datePublished")), "published")
    reading.date(_text(chosen.get("dateModified")), "modified")
    reading.publisher = _text(chosen.get("publisher"))
    url = chosen.get("url") or chosen.get("mainEntityOfPage")
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    return url if isinstance(url, str) and url.strip() else None


def _dated_root(data: object) -> dict[str, object] | None:
    """The first top-level JSON-LD object (or ``@graph`` member) with a ``datePublished``.

    Only top-level objects: a review or a comment nested in a recipe has its own date.
    """
    roots = data if isinstance(data, list) else [data]
    for root in roots[:50]:
        if not isinstance(root, dict):
            continue
        graph = root.get("@graph")
        members = graph if isinstance(graph, list) else [root]
        for node in members[:50]:
            if isinstance(node, dict) and "datePublished" in node and _types(node):
                return node
    return None


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def _meta_table(index: PageIndex) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name, property or itemprop (the first one wins)."""
    table: dict[str, str] = {}
    for meta in index.named("meta"):
        content = " ".join(_attr(meta, "content").split())
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = _attr(meta, key).strip().casefold()
            if name and name not in table:
                table[name] = content
    return table


def _link(index: PageIndex, rel: str) -> str | None:
    for link in index.named("link"):
        if rel in _attr(link, "rel").lower().split():
            href = _attr(link, "href").strip()
            if href:
                return href
    return None


def _anchor_person(anchor: Tag, base: str | None) -> Person | None:
    """The person an author link names (its text a name of five words at most), or ``None``."""
    name = " ".join(anchor.get_text(" ").split())
    if not name or not _looks_like_name(name) or len(name.split()) > 5:
        return None
    href = _attr(anchor, "href").strip() or None
    if href is not None and base is not None:
        href = _join(base, href)
    return Person(name=name, url=href)


def _rel_authors(index: PageIndex, base: str | None) -> list[Person]:
    people: list[Person] = []
    for anchor in index.named("a"):
        if "author" not in _attr(anchor, "rel").lower().split():
            continue
        person = _anchor_person(anchor, base)
        if person is not None and all(p.name != person.name for p in people):
            people.append(person)
    return people


def _itemprop(index: PageIndex, name: str) -> list[Tag]:
    """Elements of the page's microdata with ``itemprop`` ``name`` (the first ten)."""
    found = [tag for tag in index.itemprops if name in _attr(tag, "itemprop").split()][:10]
    return [tag for tag in found if tag.name != "meta" and _article_scope(tag)]


def _article_scope(tag: Tag) -> bool:
    """Whether a microdata property belongs to the article, not to a comment or a teaser.

    The nearest enclosing ``itemscope`` must be an article type, or there must be none.
    """
    for depth, parent in enumerate(tag.parents):
        if depth > 64:
            break
        if parent.has_attr("itemscope"):
            return _ARTICLE_TYPE.search(_attr(parent, "itemtype").rstrip("/")) is not None
    return True


def _microdata_date(index: PageIndex, name: str) -> str | None:
    """The first microdata date (``<span itemprop="datePublished" content="...">``)."""
    for tag in _itemprop(index, name):
        value = _attr(tag, "content") or _attr(tag, "datetime") or _abbr_title(tag)
        if not value.strip():
            value = " ".join(tag.get_text(" ").split())[:100]
        if value.strip():
            return value
    return None


def _hcard_author(index: PageIndex, base: str | None) -> list[Person]:
    """The hCard author (``<span class="vcard author"><a class="url fn">Name</a>``), the first one.

    Comment authors are ``comment-author vcard``: only an element whose class has the words
    ``vcard`` and ``author`` counts.
    """
    for anchor in index.named("a"):
        if "fn" not in _attr(anchor, "class").lower().split():
            continue
        card = anchor if "vcard" in _attr(anchor, "class").lower().split() else anchor.parent
        words = _attr(card, "class").lower().split() if isinstance(card, Tag) else []
        if "vcard" not in words or "author" not in words:
            continue
        person = _anchor_person(anchor, base)
        if person is not None:
            return [person]
    return []


def _microdata_authors(index: PageIndex, base: str | None) -> list[Person]:
    """Microdata authors: ``itemprop="author"``, with an ``itemprop="name"`` inside if any."""
    people: list[Person] = []
    for tag in _itemprop(index, "author"):
        named = tag.find(itemprop="name")
        source = named if isinstance(named, Tag) else tag
        name = _attr(source, "content") or " ".join(source.get_text(" ").split())
        if not name or not _looks_like_name(name) or len(name.split()) > 6:
            continue
        link = tag if tag.name == "a" else tag.find("a", href=True)
        href = _attr(link, "href").strip() if isinstance(link, Tag) else ""
        url = _join(base, href) if href and base is not None else href or None
        if all(p.name != name for p in people):
            people.append(Person(name=name, url=url))
        # Only the article's own credits: the first group of authors, not comment authors.
        if len(people) >= 5:
            break
    return people


def _abbr_title(tag: Tag) -> str:
    """The machine date an ``<abbr>`` gives in its title (``<abbr title="2020-04-28T21:11">``)."""
    return _attr(tag, "title") if tag.name == "abbr" else ""


def _hatom_published(index: PageIndex) -> str | None:
    """The hAtom publication time: ``<abbr class="published" title="2020-04-28T21:11:00+02:00">``.

    Only an ``<abbr>`` whose class has the word ``published`` and whose title is an ISO 8601
    date, outside a comment (``comment-published`` is no such word).
    """
    for abbr in index.named("abbr"):
        if "published" not in _attr(abbr, "class").casefold().split():
            continue
        title = _attr(abbr, "title").strip()
        if _ISO_SHAPE.match(title) and _article_scope(abbr):
            return title
    return None


def _time_published(index: PageIndex) -> str | None:
    """A ``<time datetime>`` marked as the publication time (itemprop, pubdate or class)."""
    for time in index.named("time"):
        if not time.has_attr("datetime"):
            continue
        marks = " ".join((_attr(time, "itemprop"), _attr(time, "class"))).casefold()
        if time.has_attr("pubdate") or "published" in marks or "datepublished" in marks:
            return _attr(time, "datetime")
    return None


def _box_marks(tag: Tag) -> str:
    return f"{_attr(tag, 'class')} {_attr(tag, 'id')}".casefold()


def _furniture_box(tag: Tag) -> bool:
    """Whether a box, or a box around it, is a comment, a teaser list or page furniture.

    A ``<header>`` or ``<footer>`` (the box itself or one around it) is the site's, and so
    furniture, unless an ``<article>`` or ``<main>`` holds it.
    """
    if _NOT_DATE_BOX.search(_box_marks(tag)):
        return True
    at_edge, in_article = tag.name in _PAGE_EDGES, False
    for depth, parent in enumerate(tag.parents):
        if depth >= _MAX_BOX_DEPTH or parent.name in ("body", "html", "[document]"):
            break
        if parent.name in ("nav", "aside") or _NOT_DATE_BOX.search(_box_marks(parent)):
            return True
        if parent.name in _ARTICLE_ELEMENTS:
            in_article = True
        elif not in_article and parent.name in _PAGE_EDGES:
            at_edge = True
    return at_edge and not in_article


def _short_text(tag: Tag) -> str | None:
    """The tag's text, spaces collapsed, or ``None`` when longer than a date box's.

    The strings are read only up to the limit (150 characters, or as many strings), so a box
    around the whole page costs no more than a short one (nested wrappers marked ``info`` would
    otherwise read the page each).
    """
    parts: list[str] = []
    length = 0
    for count, string in enumerate(tag.strings):
        parts.append(string)
        length += len(string.strip())
        if length > _MAX_BOX_TEXT or count > _MAX_BOX_TEXT:
            return None
    text = " ".join(" ".join(parts).split())
    return text if 0 < len(text) <= _MAX_BOX_TEXT else None


def _box_date(index: PageIndex) -> DateValue | None:
    """The date the page's first date box shows: ``<p class="date">Posted 6 May 2014</p>``.

    A date box is a short element (at most 150 characters) whose class or id marks a date, a
    byline or the post's meta line (``postDate``, ``entry-meta``, ``article-author``), outside
    comments, teaser lists and page furniture. Its first full date (year, month and day) is
    read, unless a word before it says it is an update time.
    """
    updated = current().updated_labels
    for box in index.dated[:_MAX_BOXES]:
        if _furniture_box(box):
            continue
        text = _short_text(box)
        if not text:
            continue
        full = [f for f in find_dates(text) if f.year is not None and f.day is not None]
        if not full:
            continue
        label = text[max(0, full[0].start - 30) : full[0].start].casefold().split()
        if any(word.strip(":.|*_()") in updated for word in label):
            continue
        value = full[0].value()
        if value is not None and MIN_YEAR <= value.date.year <= MAX_YEAR:
            return value
    return None


def _page_title(index: PageIndex) -> str | None:
    """The document's ``<title>`` (not an SVG icon's)."""
    for title in index.named("title"):
        parent = title.parent
        if parent is not None and parent.name in ("head", "html", "[document]"):
            return " ".join(title.get_text(" ").split()) or None
    return None


def read_head(index: PageIndex, *, base: str | None = None) -> Head:
    """Read the page's metadata about itself from a parsed page's index; never raises."""
    reading = _Reading()
    ld_url = _read_json_ld(index, base, reading)
    meta = _meta_table(index)
    for key in _TITLE_KEYS:
        reading.title(meta.get(key))
    reading.title(_page_title(index))
    if not reading.authors:
        for key in _AUTHOR_KEYS:
            name = meta.get(key)
            if name and _looks_like_name(name):
                reading.authors.append(Person(name=name))
                break
    if not reading.authors:
        reading.authors.extend(_microdata_authors(index, base))
    if not reading.authors:
        reading.authors.extend(_rel_authors(index, base))
    if not reading.authors:
        reading.authors.extend(_hcard_author(index, base))
    for key in _PUBLISHED_KEYS:
        reading.date(meta.get(key), "published")
    reading.date(_microdata_date(index, "datePublished"), "published")
    reading.date(_time_published(index), "published")
    reading.date(_hatom_published(index), "published")
    for key in _MODIFIED_KEYS:
        reading.date(meta.get(key), "modified")
    reading.date(_microdata_date(index, "dateModified"), "modified")
    url = _link(index, "canonical") or meta.get("og:url") or ld_url
    if url is not None and base is not None:
        url = _join(base, url)
    roots = index.named("html")
    lang = _attr(roots[0], "lang").strip() if roots else ""
    lang = lang or meta.get("content-language", "") or meta.get("og:locale", "")
    description = next((meta[key] for key in _DESCRIPTION_KEYS if meta.get(key)), None)
    return Head(
        titles=tuple(reading.titles),
        authors=tuple(reading.authors),
        published=reading.published,
        modified=reading.modified,
        box_date=_box_date(index) if reading.published is None else None,
        publisher=reading.publisher,
        site_name=meta.get("og:site_name"),
        url=url.strip() if url else None,
        lang=lang or None,
        description=description[:_MAX_DESCRIPTION] if description else None,
        notes=tuple(reading.notes),
    )
