"""What an Article's convenience properties derive from its elements: text, site, images, tags.

Each is a small pure function of the elements, so the properties on :class:`~newsparse.Article`,
the JSON writer and the row writer all give the same answer, and a new source of images (or tags)
is added in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the model imports this module for its properties
    from newsparse._model import Article, Boilerplate, Paragraph

__all__ = ["body_text", "image_urls", "lead_image", "site_of", "tag_names"]

# Tag lines are short: a longer "link" is a teaser or a sentence, not a tag.
_MAX_TAG_WORDS: Final = 6


def body_text(body: tuple[Paragraph, ...]) -> str:
    """The body blocks' plain text joined by blank lines (``""`` for no body)."""
    return "\n\n".join(block.text for block in body if block.text)


def site_of(url: str | None) -> str | None:
    """The host of ``url`` in lower case, without a leading ``www.``; ``None`` when it has none.

    Example:
        >>> site_of("https://WWW.Example.co.uk:8080/a/b"), site_of("not a url")
        ('example.co.uk', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[x": an IPv6 bracket left open
        return None
    if not host:
        return None
    return host.removeprefix("www.") or None


def _shown_images(article: Article) -> list[tuple[int, str]]:
    """Where each caption's picture and each picture block's first picture stands, in order."""
    located = [(c.span.start, c.image_url) for c in article.captions if c.image_url]
    located.extend((p.span.start, p.src) for p in article.pictures if p.src)
    located.sort(key=lambda item: item[0])
    return located


def image_urls(article: Article) -> tuple[str, ...]:
    """Every picture address the article shows, in document order, each once.

    The pictures are those of captions and picture blocks (``Article.pictures``), and those
    written inside body blocks (``Paragraph.images``), placed where their syntax stands.
    """
    located = [(c.span.start, c.image_url) for c in article.captions if c.image_url]
    located.extend(
        (image.span.start, image.src)
        for picture in article.pictures
        for image in picture.images
        if image.src
    )
    located.extend(
        (image.span.start, image.src)
        for block in article.body
        for image in block.images
        if image.src
    )
    located.sort(key=lambda item: item[0])
    seen: set[str] = set()
    out: list[str] = []
    for _, url in located:
        if url not in seen:
            seen.add(url)
            out.append(url)
    return tuple(out)


def lead_image(article: Article) -> str | None:
    """The lead picture: the first picture of a caption or a picture block."""
    located = _shown_images(article)
    return located[0][1] if located else None


def _tags_in(element: Boilerplate) -> list[str]:
    # inline.py builds the model's Link records, so it can only be loaded once the model is.
    from newsparse._inline import render  # noqa: PLC0415 (a cycle through the model)

    # The first line is the label ("Tags", "Themen"); each link below it names one tag.
    names: list[str] = []
    for line in element.raw.splitlines()[1:]:
        for link in render(line).links:
            name = " ".join(link.text.split()).strip(" ,;|#")
            if name and len(name.split()) <= _MAX_TAG_WORDS:
                names.append(name)
    return names


def tag_names(boilerplate: tuple[Boilerplate, ...]) -> tuple[str, ...]:
    r"""The tags of the page's tag lists (``Tags`` or ``Themen`` over a run of links), each once.

    Example:
        >>> import newsparse
        >>> article = newsparse.parse("# T\n\nText.\n\nTags\n\n[Energy](/t/e) [Grid](/t/g)")
        >>> tag_names(article.boilerplate)
        ('Energy', 'Grid')
    """
    seen: set[str] = set()
    out: list[str] = []
    for element in boilerplate:
        if element.kind != "tags":  # BoilerplateKind.TAGS, a str enum
            continue
        for name in _tags_in(element):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                out.append(name)
    return tuple(out)
