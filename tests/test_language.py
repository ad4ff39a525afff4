"""Article.language: a page's declared tag, or a stopword vote that never answers below its bar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._language import (
    _LANGUAGES_OF,
    _PUNCTUATION,
    _STOPWORDS,
    MIN_VOTES,
    _count,
    detect_language,
    language_tag,
)

ENGLISH = (
    "The council said on Monday that the new bridge would open in the spring, and that the "
    "work on the road to the harbour was now in its last stage. It was the first time in a "
    "decade that the town had seen a project of this size, and the mayor said she was proud."
)
GERMAN = (
    "Der Rat hat am Montag gesagt, dass die neue Brücke im Frühjahr eröffnet wird und dass die "
    "Arbeiten an der Straße zum Hafen nun in der letzten Phase sind. Es ist das erste Mal seit "
    "zehn Jahren, dass die Stadt ein Projekt dieser Größe sieht, und die Bürgermeisterin ist stolz."
)
# Polish shares a few short words with Portuguese ("o", "a", "do"): too few to count as a vote.
POLISH = (
    "Rada miasta poinformowała w poniedziałek, że nowy most zostanie otwarty wiosną, a prace na "
    "drodze do portu są już na ostatnim etapie. To pierwszy raz od dekady, gdy miasto widzi "
    "projekt o takiej skali, a burmistrz powiedziała, że jest z niego dumna i zadowolona."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(ENGLISH, "en"), (GERMAN, "de"), (POLISH, None), ("The end of it.", None), ("", None)],
)
def test_the_vote_answers_only_above_its_bar(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_a_short_text_is_below_the_bar() -> None:
    """Fewer stopwords than MIN_VOTES is no answer, however clear the ones there are."""
    words = " ".join(["the"] * (MIN_VOTES - 1))
    assert detect_language(words) is None
    assert detect_language(words + " the") == "en"


@pytest.mark.parametrize(
    ("declared", "tag"),
    [("en", "en"), ("EN-us", "en-US"), ("pt_BR", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"),
     ("", None), ("{{ lang }}", None), ("english please", None), (None, None)],
)  # fmt: skip
def test_a_declared_language_becomes_a_bcp47_tag(declared: str | None, tag: str | None) -> None:
    assert language_tag(declared) == tag


def test_a_dump_votes_on_its_title_and_body() -> None:
    assert newsparse.parse(f"# Bridge opens\n\n{ENGLISH}").language == "en"
    assert newsparse.parse(f"# Brücke\n\n{GERMAN}").language == "de"
    assert newsparse.parse("# Short\n\nToo short.").language is None


def test_a_page_gives_its_declared_language_and_description() -> None:
    """The lang attribute wins over the vote, which decides without it; the description is kept."""
    body = f"<body><h1>Bridge opens</h1><p>{ENGLISH}</p></body></html>"
    head = '<head><meta name="description" content="A bridge, at last."></head>'
    declared = newsparse.parse_html(f'<html lang="en-gb">{head}{body}')
    assert declared.language == "en-GB"
    assert declared.meta_description == "A bridge, at last."
    assert declared.description == "A bridge, at last."
    assert newsparse.parse_html(f"<html>{body}").language == "en"
    assert newsparse.parse_html(f"<html>{body}").meta_description is None


def test_an_empty_input_is_a_warning() -> None:
    """An empty or blank dump gives an empty-input warning, so strict mode refuses it."""
    for text in ("", "  \n\n \t"):
        (diagnostic,) = newsparse.parse(text).diagnostics
        assert diagnostic.code == "empty-input"
        assert diagnostic.severity == "warning"
        with pytest.raises(newsparse.ParseError) as raised:
            newsparse.parse(text, strict=True)
        assert raised.value.code == "empty-input"


def test_an_empty_page_is_one_empty_input() -> None:
    """The page's finding and the dump's are the same one: reported once, in the page's words."""
    codes = [(d.code, d.message) for d in newsparse.parse_html(b"  ").diagnostics]
    assert codes.count(("empty-input", "the page is empty")) == 1
    assert [code for code, _ in codes].count("empty-input") == 1


@given(st.lists(st.sampled_from(["the", "The,", "und", "der", "le", "de", "x", "«de»", "and"])))
def test_the_vote_counts_every_use_of_a_stopword(tokens: list[str]) -> None:
    """Counting each distinct token once with its uses gives the per-token tally (issue 18)."""
    tally = dict.fromkeys(_STOPWORDS, 0)
    for token in tokens:
        for language in _LANGUAGES_OF.get(token.strip(_PUNCTUATION), ()):
            tally[language] += 1
    assert _count(tokens) == sorted(tally.items(), key=lambda item: item[1], reverse=True)
