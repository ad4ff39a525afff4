"""to_schema_org: NewsArticle JSON-LD holding only what the dump states, in schema.org's shapes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

import newsparse
from newsparse import (
    Article,
    Author,
    AuthorKind,
    Byline,
    Caption,
    Dateline,
    DateValue,
    Footnote,
    FootnoteKind,
    Headline,
    Precision,
    Role,
    Span,
)
from newsparse import strategies as ns
from newsparse._schema_org import format_schema_date, to_schema_org

from .conftest import SEEDS

AT = Span(start=0, end=0, line=1, end_line=1)

# The properties schema.org defines (on the type or a supertype: Thing, CreativeWork, Article,
# MediaObject) that to_schema_org uses, with the types it allows for each, from schema.org/<Type>.
# "Text", "URL", "Date", "DateTime" are data types; the rest are types of nested objects.
SCHEMA_ORG: dict[str, dict[str, set[str]]] = {
    "NewsArticle": {
        "headline": {"Text"},
        "description": {"Text"},
        "author": {"Person", "Organization"},
        "contributor": {"Person", "Organization"},
        "editor": {"Person"},
        "translator": {"Person", "Organization"},
        "datePublished": {"Date", "DateTime"},
        "dateModified": {"Date", "DateTime"},
        "dateline": {"Text"},
        "locationCreated": {"Place"},
        "image": {"ImageObject", "URL"},
        "correction": {"CorrectionComment", "Text", "URL"},
        "publisher": {"Person", "Organization"},
        "articleBody": {"Text"},
        "url": {"URL"},
        "inLanguage": {"Text"},
        "keywords": {"Text"},
    },
    "Person": {"name": {"Text"}, "url": {"URL"}, "jobTitle": {"Text"}},
    "Organization": {"name": {"Text"}, "url": {"URL"}},
    "Place": {"name": {"Text"}},
    "ImageObject": {
        "caption": {"Text"},
        "creditText": {"Text"},
        "contentUrl": {"URL"},
        "description": {"Text"},
        "dateCreated": {"Date", "DateTime"},
    },
    "CorrectionComment": {"text": {"Text"}},
}
# Properties whose value may be a list of the allowed values (schema.org allows it everywhere).
REPEATED = {"author", "contributor", "editor", "translator", "image", "correction", "keywords"}


def _data_type(value: str) -> set[str]:
    """The schema.org data types a string value is valid as."""
    kinds = {"Text"}
    if value.startswith(("http://", "https://")):
        kinds.add("URL")
    try:
        dt.date.fromisoformat(value)
        kinds.add("Date")
    except ValueError:
        pass
    if "T" in value:
        try:
            dt.datetime.fromisoformat(value)
            kinds.add("DateTime")
        except ValueError:
            pass
    return kinds


def assert_schema_org_shape(node: dict[str, Any]) -> None:
    """Every property is one schema.org defines for the node's @type, holding an allowed type."""
    kind = node["@type"]
    allowed = SCHEMA_ORG[kind]
    for key, value in node.items():
        if key in ("@type", "@context"):
            continue
        assert key in allowed, f"{kind} has no property {key!r}"
        values = value if isinstance(value, list) else [value]
        assert key in REPEATED or not isinstance(value, list), key
        assert values, f"{key} is empty"
        for item in values:
            if isinstance(item, dict):
                assert item["@type"] in allowed[key], (key, item["@type"])
                assert_schema_org_shape(item)
            else:
                assert isinstance(item, str)
                assert item, f"{key} is an empty string"
                assert _data_type(item) & allowed[key], (key, item)


def test_seed_json_ld() -> None:
    article = newsparse.parse((SEEDS / "000_7424f4bbc31e5b6a.txt").read_text(encoding="utf-8"))
    data = to_schema_org(article)
    body = data.pop("articleBody")
    assert isinstance(body, str)
    assert body.startswith("Russia on Friday said that the United States had failed")
    assert body.count("\n\n") == 13
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Russia Says U.S. Mission in Afghanistan Has Failed",
        "author": [{"@type": "Organization", "name": "AFP"}],
        "datePublished": "2021-07-16",
        "dateline": "July 16, 2021",
        "image": [
            {
                "@type": "ImageObject",
                "caption": "Bagram Airfield base in Afghanistan after all U.S. and NATO left.",
                "creditText": "TASS",
                "dateCreated": "2021-07-08",
            }
        ],
        "url": "https://www.themoscowtimes.com/2021/07/16/"
        "russia-says-us-mission-in-afghanistan-has-failed-a74540",
        "inLanguage": "en",
    }
    assert_schema_org_shape(to_schema_org(article))


def test_every_field_it_knows() -> None:
    """People and parties by role, dates with zones, place, images, corrections, publisher."""
    msk = dt.timezone(dt.timedelta(hours=3))
    article = Article(
        headline=Headline(raw="", span=AT, text="Title", full="Title | Daily", site="Daily"),
        bylines=(
            Byline(
                raw="",
                span=AT,
                authors=(
                    Author(name="Jane Doe", url="https://x.test/jd", title="Staff Writer"),
                    Author(name="AP", kind=AuthorKind.AGENCY, url="#"),
                    Author(name="Bob Ray", role=Role.EDITING),
                    Author(name="Metro Desk", kind=AuthorKind.ORGANIZATION, role=Role.EDITING),
                    Author(name="Eve Poe", role=Role.TRANSLATION),
                ),
            ),
        ),
        datelines=(
            Dateline(
                raw="",
                span=AT,
                published=DateValue(
                    value=dt.datetime(2021, 7, 16, 10, 32, tzinfo=msk), precision=Precision.MINUTE
                ),
                updated=DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH),
            ),
            Dateline(raw="", span=AT, place="MOSCOW", agency="AP"),
        ),
        captions=(
            Caption(
                raw="",
                span=AT,
                text="",
                credit="AP Photo",
                image_url="https://x.test/a.jpg",
                alt="Hills",
            ),
        ),
        footnotes=(
            Footnote(
                raw="", span=AT, text="Correction: it was Tuesday.", kind=FootnoteKind.CORRECTION
            ),
            Footnote(raw="", span=AT, text="A note."),
        ),
    )
    data = to_schema_org(article)
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Title",
        "author": [
            {
                "@type": "Person",
                "name": "Jane Doe",
                "url": "https://x.test/jd",
                "jobTitle": "Staff Writer",
            },
            {"@type": "Organization", "name": "AP"},
        ],
        "editor": [{"@type": "Person", "name": "Bob Ray"}],
        "contributor": [{"@type": "Organization", "name": "Metro Desk"}],
        "translator": [{"@type": "Person", "name": "Eve Poe"}],
        "datePublished": "2021-07-16T10:32+03:00",
        "dateline": "MOSCOW (AP)",
        "locationCreated": {"@type": "Place", "name": "MOSCOW"},
        "image": [
            {
                "@type": "ImageObject",
                "contentUrl": "https://x.test/a.jpg",
                "creditText": "AP Photo",
                "description": "Hills",
            }
        ],
        "correction": [{"@type": "CorrectionComment", "text": "Correction: it was Tuesday."}],
        "publisher": {"@type": "Organization", "name": "Daily"},
    }
    assert_schema_org_shape(data)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (DateValue(value=dt.date(2021, 1, 1), precision=Precision.YEAR), None),
        (DateValue(value=dt.date(2021, 7, 1), precision=Precision.MONTH), None),
        (DateValue(value=dt.date(2021, 7, 16), precision=Precision.DAY), "2021-07-16"),
        (
            DateValue(value=dt.datetime(2021, 7, 16, 4), precision=Precision.HOUR),
            "2021-07-16T04:00",
        ),
        (
            DateValue(
                value=dt.datetime(2021, 7, 16, 4, 5, 6, tzinfo=dt.UTC), precision=Precision.SECOND
            ),
            "2021-07-16T04:05:06+00:00",
        ),
    ],
)
def test_dates_only_from_a_day_on(value: DateValue, text: str | None) -> None:
    assert format_schema_date(value) == text


@given(ns.dump_articles())
def test_dump_like_articles_give_schema_org_shapes(article: Article) -> None:
    data = to_schema_org(article)
    assert_schema_org_shape(data)
    json.dumps(data)
    assert data["headline"] == article.title


@given(ns.articles())
def test_any_article_gives_schema_org_shapes(article: Article) -> None:
    """Whatever the text (empty strings, odd URLs, coarse dates), the shapes hold."""
    assert_schema_org_shape(to_schema_org(article))


def test_rejects_what_is_not_an_article() -> None:
    with pytest.raises(newsparse.ParseError):
        to_schema_org({"headline": "x"})  # type: ignore[arg-type]


def test_language_tags_and_meta_description_go_in() -> None:
    """InLanguage is the article's language, keywords its tags, description the page's own."""
    page = (
        '<html lang="fr-fr"><head><meta name="description" content="Un résumé court.">'
        "</head><body><article><h1>Le titre</h1>"
        "<p>Le texte de l'article est là, et il est assez long pour compter.</p>"
        "<p>Mots-clés</p><p><a href='/t/a'>Énergie</a> <a href='/t/b'>Climat</a></p>"
        "</article></body></html>"
    )
    data = to_schema_org(newsparse.parse_html(page))
    assert data["inLanguage"] == "fr-FR"
    assert data["description"] == "Un résumé court."
    assert data["keywords"] == ["Énergie", "Climat"]
    assert_schema_org_shape(data)
