"""What names the site a page comes from: its URL's host, as a title's suffix or a heading.

``Title | Petri Heil`` on ``petri-heil.ch``, a blog's name written as the first heading above the
post's own: both name the site, not the article. Names are compared squeezed (letters and digits
only, case-folded, umlauts and accents spelled out), so ``COMPUTER BILD`` meets ``computerbild.de``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from typing import Final
from urllib.parse import urlsplit

__all__ = [
    "bare_words",
    "home_page",
    "host_names",
    "names_site",
    "slug_tokens",
    "slug_words",
    "spells_host",
    "spells_slug",
    "squeeze",
]

# Host labels that name no site: "www.example.co.uk" names "example".
_HOST_NOISE: Final = frozenset(
    {"www", "www2", "m", "amp", "mobile", "web", "com", "org", "net", "co", "ac", "gov", "edu"}
)
# A web archive's address before the archived one: "https://web.archive.org/web/2014.../".
_ARCHIVED: Final = re.compile(r"(?:https?:)?//web\.archive\.org/web/[0-9]{1,20}[a-z_]{0,4}/")
# Letters German hosts spell out ("jäger" is "jaeger" in a host name).
_SPELLED: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def squeeze(text: str) -> str:
    """Letters and digits only, case-folded, umlauts spelled out and accents dropped.

    Example:
        >>> squeeze("Jäger & Co."), squeeze("petri-heil.ch"), squeeze("Élysée")
        ('jaegerco', 'petriheilch', 'elysee')
    """
    spelled = text.casefold().translate(_SPELLED)
    if not spelled.isascii():
        spelled = "".join(
            c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c)
        )
    return "".join(c for c in spelled if c.isalnum())


def host_names(url: str | None) -> frozenset[str]:
    """The names a URL's host gives its site, squeezed: each label but the last, and the host.

    Example:
        >>> sorted(host_names("https://www.blog.example-news.co.uk/2024/story"))
        ['blog', 'blogexamplenewscouk', 'examplenews']
    """
    if not url:
        return frozenset()
    archived = _ARCHIVED.match(url)
    if archived is not None:  # the archived page's host, not the archive's
        url = url[archived.end() :]
    if "://" not in url[:12]:
        return frozenset()
    try:
        host = urlsplit(url[:2000]).hostname or ""
    except ValueError:  # an unbalanced "[" in the host part
        return frozenset()
    labels = [label for label in host.split(".") if label]
    if labels[:1] and labels[0] in _HOST_NOISE:
        labels = labels[1:]
    names = {squeeze(label) for label in labels[:-1] if label not in _HOST_NOISE}
    if len(labels) > 1:
        names.add(squeeze("".join(labels)))  # "sw1.news" names "SW1.News"
    return frozenset(name for name in names if len(name) >= 2)


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of a URL's slug, squeezed: its last path part that holds two words or more.

    A page's address often spells its headline (``/news/grosse-aufgaben-fuer-die-regierung/``);
    a number before the slug (``38519-``) and ids after it (``-news8123``, ``.html``) are left out.

    Example:
        >>> slug_words("https://example.test/news/2021/faehre-faehrt-wieder-id4711.html")
        ('faehre', 'faehrt', 'wieder')
        >>> slug_words("https://example.test/p?id=12"), slug_words(None)
        ((), ())
    """
    if not url or "://" not in url[:12]:
        return ()
    archived = _ARCHIVED.match(url)
    if archived is not None:
        url = url[archived.end() :]
    try:
        path = urlsplit(url[:2000]).path
    except ValueError:
        return ()
    for segment in reversed(path.split("/")[-_SLUG_PARTS:]):
        part = _SLUG_END.sub("", segment[:300])
        words = [squeeze(word) for word in _SLUG_SPLIT.split(part)]
        words = [word for word in words if word]
        while words and words[0].isdigit():
            words.pop(0)
        while words and not words[-1].isalpha():
            words.pop()
        if len(words) >= 2:
            return tuple(words)
    return ()


# The path parts a slug is looked for in (from the end), how it ends, what parts its words.
_SLUG_PARTS: Final = 3
_SLUG_END: Final = re.compile(r"\.(?:s?html?|php[0-9]?|aspx?|jsp|cms)$", re.I)
_SLUG_SPLIT: Final = re.compile(r"[-_+,.~]|%20")


def _slug_forms(word: str) -> frozenset[str]:
    """The ways a URL slug may spell ``word``: umlauts spelled out, or their accents dropped."""
    if word.isascii():  # a token is letters and digits: both spellings are the word, case-folded
        return frozenset((word.casefold(),))
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )
    return frozenset({squeeze(word), plain.replace("ß", "ss")})


def slug_tokens(text: str) -> list[tuple[int, frozenset[str]]]:
    """The words of ``text`` as a slug may spell them, each with the offset where it starts.

    Example:
        >>> [sorted(forms) for _, forms in slug_tokens("Große Fähre")]
        [['grosse'], ['faehre', 'fahre']]
    """
    return [(m.start(), _slug_forms(m.group())) for m in _SLUG_TOKEN.finditer(text[:600])]


def bare_words(
    tokens: list[tuple[int, frozenset[str]]],
) -> list[tuple[int, frozenset[str]]]:
    """``tokens`` without the numbers at either end, which a slug leaves out (``30.11. | ...``).

    Example:
        >>> len(bare_words(slug_tokens("30.11. | Fähre der Woche 2024")))
        3
    """
    start, end = 0, len(tokens)
    while start < end and all(form.isdigit() for form in tokens[start][1]):
        start += 1
    while end > start and all(form.isdigit() for form in tokens[end - 1][1]):
        end -= 1
    return tokens[start:end]


def spells_slug(tokens: Sequence[tuple[int, frozenset[str]]], slug: Sequence[str]) -> bool:
    """Whether ``tokens`` (see :func:`slug_tokens`) open with the slug's words.

    Three words or more may open a longer title (a slug may be cut short); a slug of two words
    must spell the whole of ``tokens``.

    Example:
        >>> slug = slug_words("https://example.test/grosse-faehre-faehrt")
        >>> spells_slug(slug_tokens("Große Fähre fährt wieder"), slug)
        True
    """
    if len(tokens) < len(slug) or (len(slug) < 3 and len(tokens) != len(slug)):
        return False
    return all(word in forms for (_, forms), word in zip(tokens, slug, strict=False))


# A word as a URL slug spells it: "Große" is "grosse", "Fähre" "faehre" or "fahre".
_SLUG_TOKEN: Final = re.compile(r"[^\W_]{1,60}")


def names_site(text: str, names: Collection[str], *, slack: int = 12) -> bool:
    """Whether ``text`` names the site: it is one of the host's ``names``, holds one or is in one.

    A host name of four letters or more with up to ``slack`` letters more counts (``Dr.
    Alexander Klier`` on ``alexander-klier.net``), and so does a text of four letters or more
    inside a host name (``Sprechblase`` on ``sprechblase.wordpress.com``).

    Example:
        >>> names_site("Dr. Alexander Klier", {"alexanderklier"}), names_site("Recht", {"haufe"})
        (True, False)
    """
    squeezed = squeeze(text)
    if len(squeezed) < 2:
        return False
    for name in names:
        if squeezed == name:
            return True
        if len(name) >= 4 and name in squeezed and len(squeezed) <= len(name) + slack:
            return True
        if len(squeezed) >= 4 and squeezed in name:
            return True
    return False


def spells_host(text: str, names: Collection[str]) -> bool:
    """Whether two words or more of ``text`` (four letters or more) are spelled in a host name.

    A site's full name holds the words its host runs together: ``Kestrel Lane News`` on
    ``thisiskestrellane.com``, ``KORN & KLANG`` on ``kornundklang.de``.

    Example:
        >>> spells_host("KORN & KLANG", {"kornundklang"}), spells_host("Neue Körner", {"klang"})
        (True, False)
    """
    words = {squeeze(word) for word in _WORD.findall(text[:200])}
    words = {word for word in words if len(word) >= 4}
    return any(sum(word in name for word in words) >= 2 for name in names)


# A word of a site's name: "FISCH", "Wayne".
_WORD: Final = re.compile(r"[^\W\d_]{4,40}")


def home_page(url: str | None) -> bool:
    """Whether a link leads to a site's home page (``https://blog.example/`` or ``/``).

    A link there names the site: a heading or a credit linked home is the site's name.

    Example:
        >>> home_page("/"), home_page("https://blog.example/index.html"), home_page("/author/jo")
        (True, True, False)
        >>> home_page("https://web.archive.org/web/20140109030403/http://blog.example/")
        True
    """
    if not url:
        return False
    archived = _ARCHIVED.match(url)
    if archived is not None:  # "https://web.archive.org/web/2014.../http://blog.example/"
        url = url[archived.end() :]
    if "://" not in url[:12]:
        return url.strip() == "/"
    rest = url.split("://", 1)[1]
    path = rest.split("/", 1)[1] if "/" in rest else ""
    return "." in rest.split("/", 1)[0] and path.strip("/") in ("", "index.html", "index.php")
