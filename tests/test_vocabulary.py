"""Words are data: a :class:`~newsparse.Vocabulary` passed to ``parse`` changes what the rules read.

The dumps below are invented: an Italian byline prefix the default tables do not hold, a local
agency, a furniture line. Each test parses the same text with and without the extension, so a
table read at import (the bug this fixes: ``byline._FIRST_WORDS``) fails here.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import inspect
import json
import pickle
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import attrs
import pytest
from hypothesis import given

import newsparse
from newsparse import AuthorKind, BoilerplateKind, ParseError, Role, Vocabulary, vocabulary
from newsparse._cli import main

from .helpers import assert_lines_match, assert_lossless
from .test_properties import DUMPISH
from .test_regexes import problems

_BODY = "Il consiglio comunale ha votato ieri sera la nuova delibera sul porto vecchio, " * 3


def _dump(line: str) -> str:
    return f"# Lavori al porto vecchio\n\n{line}\n\n{_BODY.strip()}\n"


_ITALIAN: Final = Vocabulary.default().extend(
    byline_prefixes={"servizio di": Role.AUTHOR}, agencies={"Agenzia Nova": "Nova"}
)


def test_the_default_holds_the_module_tables() -> None:
    """Every field of the default vocabulary is the module table of the same name."""
    default = Vocabulary.default()
    assert vocabulary._FIELDS["boilerplate"] == "BOILERPLATE_LINES"
    for field, table in vocabulary._FIELDS.items():
        value = getattr(default, field)
        module_table = getattr(vocabulary, table)
        if isinstance(value, frozenset):
            assert value == frozenset(module_table), field
        else:
            assert dict(value) == dict(module_table), field
    assert Vocabulary.default() is default


def test_every_module_table_is_a_field() -> None:
    """A new table in ``vocabulary.py`` is extendable: it has a Vocabulary field."""
    tables = {
        name
        for name, value in vars(vocabulary).items()
        if name.isupper()
        and not name.startswith("_")
        and isinstance(value, dict | frozenset | tuple)
    }
    assert tables == set(vocabulary._FIELDS.values())


def test_an_added_byline_prefix_changes_parse() -> None:
    """``Servizio di`` is read as a prefix only with the extension: the name loses it."""
    text = _dump("Servizio di Lucia Ferraro")
    assert [a.name for a in newsparse.parse(text).authors] == ["Servizio di Lucia Ferraro"]
    assert [a.name for a in newsparse.parse(text, vocabulary=_ITALIAN).authors] == ["Lucia Ferraro"]


def test_a_default_italian_prefix_is_read_by_parse() -> None:
    """``scritto da`` is in the default table, and ``parse`` (not only ``parse_byline``) reads it.

    (The issue's example: it was added to the default table since, so it is no extension here.)
    """
    assert Vocabulary.default().byline_prefixes["scritto da"] is Role.AUTHOR
    text = _dump("Scritto da Lucia Ferraro")
    assert [a.name for a in newsparse.parse(text).authors] == ["Lucia Ferraro"]


def test_an_added_agency_changes_parse() -> None:
    """A local agency becomes an agency credit, not a person, only with the extension."""
    text = _dump("Di Agenzia Nova")
    assert [a.kind for a in newsparse.parse(text).authors] == [AuthorKind.PERSON]
    assert [a.kind for a in newsparse.parse(text, vocabulary=_ITALIAN).authors] == [
        AuthorKind.AGENCY
    ]


def test_an_added_furniture_line_changes_parse() -> None:
    """A furniture line added to ``boilerplate`` leaves the body."""
    text = _dump("Condividi su Mastodonte")
    extended = Vocabulary.default().extend(boilerplate={"Condividi su Mastodonte": "share"})
    assert not newsparse.parse(text).boilerplate
    kinds = [b.kind for b in newsparse.parse(text, vocabulary=extended).boilerplate]
    assert kinds == [BoilerplateKind.SHARE]


def test_two_vocabularies_in_one_process_keep_their_own_results() -> None:
    """Patterns and per-line readings are cached per vocabulary: interleaved parses agree."""
    text = _dump("Servizio di Lucia Ferraro")
    first = newsparse.parse(text)
    extended = newsparse.parse(text, vocabulary=_ITALIAN)
    assert first != extended
    assert newsparse.parse(text) == first
    assert newsparse.parse(text, vocabulary=_ITALIAN) == extended
    # An equal vocabulary built again hits the same cache entries and gives the same result.
    again = Vocabulary.default().extend(
        byline_prefixes={"servizio di": "author"}, agencies={"agenzia nova": "Nova"}
    )
    assert again == _ITALIAN
    assert hash(again) == hash(_ITALIAN)
    assert newsparse.parse(text, vocabulary=again) == extended


def test_passing_the_default_is_passing_none() -> None:
    text = _dump("Servizio di Lucia Ferraro")
    assert newsparse.parse(text, vocabulary=Vocabulary.default()) == newsparse.parse(text)


def test_extend_gives_a_new_value_and_keeps_the_old() -> None:
    """Vocabularies are frozen values: hashable, equal by content, picklable."""
    default = Vocabulary.default()
    assert "servizio di" not in default.byline_prefixes
    assert _ITALIAN.byline_prefixes["servizio di"] is Role.AUTHOR
    assert _ITALIAN.agencies["agenzia nova"] == "Nova"
    assert default != _ITALIAN
    assert pickle.loads(pickle.dumps(_ITALIAN)) == _ITALIAN
    assert {default: 1, _ITALIAN: 2}[_ITALIAN] == 2
    with pytest.raises(TypeError):
        _ITALIAN.byline_prefixes["x"] = Role.AUTHOR  # type: ignore[index]
    with pytest.raises(AttributeError):
        _ITALIAN.ui_words = frozenset()  # type: ignore[misc]


def test_extend_normalises_phrases_and_reads_values() -> None:
    """Phrases are case-folded with single spaces; values may be given as JSON writes them."""
    extended = Vocabulary.default().extend(
        byline_prefixes={"  Testo   DI ": "author"},
        months={"Genn.": 1},
        zones={"NST2": 5.5, "XYZ": None},
        agencies=["Agenzia Sud"],
        ui_words=["Condividi"],
        navigation_headings=["In Evidenza"],
    )
    assert extended.byline_prefixes["testo di"] is Role.AUTHOR
    assert extended.months["genn."] == 1
    assert extended.zones["nst2"] == dt.timedelta(hours=5, minutes=30)
    assert extended.zones["xyz"] is None
    assert extended.agencies["agenzia sud"] == "Agenzia Sud"
    assert "condividi" in extended.ui_words
    assert "in evidenza" in extended.navigation_headings
    assert "in evidenza" in extended.not_title_headings


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"bylines": ["x"]}, "no vocabulary table 'bylines'"),
        ({"byline_prefixes": {"servizio di": "writer"}}, "not one of author"),
        ({"byline_prefixes": ["servizio di"]}, "takes a mapping"),
        ({"ui_words": "condividi"}, "takes a list of words"),
        ({"ui_words": [""]}, "is not a word"),
        ({"months": {"genn": 13}}, "not a month"),
        ({"zones": {"xyz": "five"}}, "not hours from UTC"),
        ({"agencies": {"agenzia sud": 3}}, "not an agency name"),
    ],
)
def test_extend_refuses_what_is_no_table_or_no_word(tables: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Vocabulary.default().extend(**tables)


def test_a_json_file_extends_the_default(tmp_path: Path) -> None:
    path = tmp_path / "italian.json"
    data = {"byline_prefixes": {"servizio di": "author"}, "agencies": {"Agenzia Nova": "Nova"}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Vocabulary.load(path) == _ITALIAN
    assert Vocabulary.from_dict(data) == _ITALIAN


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Expecting property name"),
        ("[1, 2]", "a vocabulary is a JSON object of tables, not list"),
        ('{"byline_prefix": {}}', "no vocabulary table 'byline_prefix'"),
    ],
)
def test_a_bad_json_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    """The error names the file and what is wrong with it."""
    path = tmp_path / "words.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        Vocabulary.load(path)
    assert str(path) in str(caught.value)


def test_a_missing_json_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(ValueError, match=r"vocabulary file .*missing\.json"):
        Vocabulary.load(path)


def test_a_vocabulary_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(ParseError) as caught:
        newsparse.parse("# Title", vocabulary={"byline_prefixes": {}})  # type: ignore[arg-type]
    assert caught.value.code == "invalid-argument"
    with pytest.raises(ParseError):
        list(newsparse.parse_many([], vocabulary="words.json"))  # type: ignore[arg-type]


def test_parse_file_and_parse_many_pass_it_through(tmp_path: Path) -> None:
    """The keyword reaches the parse in this process and in worker processes."""
    paths = []
    for number in range(3):
        path = tmp_path / f"{number}.md"
        path.write_text(_dump("Servizio di Lucia Ferraro"), encoding="utf-8")
        paths.append(str(path))
    assert newsparse.parse_file(paths[0], vocabulary=_ITALIAN).authors[0].name == "Lucia Ferraro"
    for jobs in (1, 2):
        plain = [r.article.authors[0].name for r in newsparse.parse_many(paths, jobs=jobs) if r.ok]
        named = [
            r.article.authors[0].name
            for r in newsparse.parse_many(paths, jobs=jobs, vocabulary=_ITALIAN)
            if r.ok
        ]
        assert plain == ["Servizio di Lucia Ferraro"] * 3
        assert named == ["Lucia Ferraro"] * 3


def test_parse_html_passes_it_through() -> None:
    page = (
        "<html><body><article><h1>Lavori al porto vecchio</h1><p>Servizio di Lucia Ferraro</p>"
        f"<p>{_BODY}</p></article></body></html>"
    )
    assert newsparse.parse_html(page).authors[0].name == "Servizio di Lucia Ferraro"
    assert newsparse.parse_html(page, vocabulary=_ITALIAN).authors[0].name == "Lucia Ferraro"


def test_the_command_line_reads_a_vocabulary_file(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """``--vocabulary FILE`` on parse; a bad file is a usage error (status 2) naming it."""
    dump = tmp_path / "story.md"
    dump.write_text(_dump("Servizio di Lucia Ferraro"), encoding="utf-8")
    words = tmp_path / "italian.json"
    words.write_text(json.dumps({"byline_prefixes": {"servizio di": "author"}}), encoding="utf-8")
    names = []
    for extra in ([], ["--vocabulary", str(words)]):
        assert main(["parse", str(dump), "-j", "1", *extra]) == 0
        record = json.loads(capsysbinary.readouterr().out)
        names.append([a["name"] for a in record["article"]["bylines"][0]["authors"]])
    assert names == [["Servizio di Lucia Ferraro"], ["Lucia Ferraro"]]
    assert main(["show", str(dump), "--vocabulary", str(words)]) == 0
    capsysbinary.readouterr()
    bad = tmp_path / "bad.json"
    bad.write_text('{"bylines": []}', encoding="utf-8")
    assert main(["stats", str(dump), "--vocabulary", str(bad)]) == 2
    error = capsysbinary.readouterr().err.decode()
    assert str(bad) in error
    assert "no vocabulary table 'bylines'" in error


# The small parsers, each read with and without an invented extension that changes its result.
_SMALL_PARSERS: Final[tuple[Callable[..., object], ...]] = (
    newsparse.parse_byline,
    newsparse.parse_caption,
    newsparse.parse_date,
    newsparse.parse_dateline,
    newsparse.parse_footnote,
    newsparse.parse_related,
    newsparse.parse_source_url,
    newsparse.parse_title,
)
_ZZ_MAY: Final = {"zzmaggio": 5}


@pytest.mark.parametrize(
    ("function", "text", "tables"),
    [
        (
            newsparse.parse_byline,
            "Servizio di Lucia Ferraro",
            {"byline_prefixes": {"servizio di": "author"}},
        ),
        (
            newsparse.parse_caption,
            "Il molo al tramonto. Scatto: Marta Velluti",
            {"credit_labels": ["scatto"]},
        ),
        (newsparse.parse_date, "14 zzmaggio 2023", {"months": _ZZ_MAY}),
        (newsparse.parse_dateline, "Pubblicato 14 zzmaggio 2023", {"months": _ZZ_MAY}),
        (
            newsparse.parse_footnote,
            "Rettifica: una versione precedente riportava un orario errato.",
            {"footnote_prefixes": {"rettifica": "correction"}},
        ),
        (
            newsparse.parse_related,
            "Vedi pure: [Il faro restaurato](https://example.org/faro)",
            {"related_labels": ["vedi pure"]},
        ),
        # parse_title reads no word list a line alone can show (a kicker line, a site's name
        # and the page-kind words after it need more than one line or the page's address).
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_an_extension_changes_each_small_parser(
    function: Callable[..., object], text: str, tables: dict[str, Any]
) -> None:
    """The small parsers read the vocabulary passed to them, as ``parse`` does."""

    def result(vocabulary: Vocabulary | None) -> object:
        try:
            return function(text, vocabulary=vocabulary)
        except ParseError as error:
            return error.code

    extended = Vocabulary.default().extend(**tables)
    assert result(extended) != result(None)
    assert result(Vocabulary.default()) == result(None)
    # The block ends with the call: the words are the default again afterwards.
    assert vocabulary.current() is Vocabulary.default()


def test_every_parsing_entry_point_takes_the_keyword() -> None:
    import newsparse.dask  # the optional module, only here

    functions: list[Callable[..., object]] = [
        newsparse.parse,
        newsparse.parse_file,
        newsparse.parse_many,
        newsparse.parse_html,
        newsparse.html_to_dump,
        newsparse.read_document,
        newsparse.result_of,
        newsparse.dask.read_dumps,
        newsparse.dask.read_results,
        *_SMALL_PARSERS,
    ]
    for function in functions:
        parameter = inspect.signature(function).parameters["vocabulary"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, function
        assert parameter.default is None, function


def test_word_patterns_escape_words_and_put_the_longest_first() -> None:
    pattern = vocabulary.word_pattern(r"^", frozenset({"a", "a.b", "ab"}), r"$")
    assert pattern.pattern == r"^(?:a\.b|ab|a)$"
    assert pattern.match("a.b")
    assert not pattern.match("axb")


def test_an_empty_table_matches_nothing() -> None:
    # An empty alternation would match everywhere: an emptied table must recognise no word.
    pattern = vocabulary.word_pattern(r"(?<![a-z])", frozenset(), r"(?![a-z])")
    assert pattern.pattern == r"(?<![a-z])(?:(?!))(?![a-z])"
    assert not any(pattern.search(text) for text in ("", " ", "share", "by Jo Park"))


def test_every_table_emptied_still_parses_every_dump_losslessly() -> None:
    """A vocabulary with no words at all claims nothing by word, and loses no text."""
    default = Vocabulary.default()
    tables: dict[str, Any] = {
        field.name: frozenset() if isinstance(getattr(default, field.name), frozenset) else {}
        for field in attrs.fields(Vocabulary)
    }
    empty = attrs.evolve(default, **tables)
    for path in sorted((Path(__file__).parent / "fixtures" / "dumps").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert_lossless(text, newsparse.parse(text, vocabulary=empty))


# One invented word and phrase added to every table, so every builder runs on a new vocabulary.
_VALUES_OF: Final[dict[str, object]] = {
    "months": 1,
    "zones": 1,
    "byline_prefixes": "author",
    "role_words": "editing",
    "agencies": "ZZ",
    "footnote_prefixes": "correction",
    "boilerplate": "share",
}


def _every_table() -> Vocabulary:
    tables: dict[str, Any] = {}
    for name in vocabulary._FIELDS:
        if name in _VALUES_OF:
            tables[name] = {"zzword": _VALUES_OF[name]}
        else:
            tables[name] = ["zzword", "zz phrase"]
    return Vocabulary.default().extend(**tables)


_EVERY_TABLE: Final = _every_table()


def test_parse_source_url_takes_the_keyword_and_reads_no_words() -> None:
    """The footer's label is the dump format's own, not a word of a language: no table moves it."""
    text = "Original url:\n\n<https://example.org/faro>"
    assert newsparse.parse_source_url(text, vocabulary=_EVERY_TABLE) == newsparse.parse_source_url(
        text
    )


@pytest.mark.parametrize("function", _SMALL_PARSERS, ids=lambda f: f.__name__)
def test_the_small_parsers_refuse_a_vocabulary_of_the_wrong_type(
    function: Callable[..., object],
) -> None:
    with pytest.raises(ParseError) as error:
        function("Servizio di Lucia Ferraro", vocabulary={"byline_prefixes": {}})
    assert error.value.code == "invalid-argument"


def test_every_builder_makes_bounded_patterns_from_any_words() -> None:
    """Words are escaped into the patterns: an extension adds no regex syntax, no quantifier."""
    import newsparse._article  # noqa: F401 - the parsers register their builders at import

    for build in vocabulary.BUILDERS:
        built = build(_EVERY_TABLE)
        values = built._asdict() if hasattr(built, "_asdict") else {"pattern": built}
        for name, entry in values.items():
            value = getattr(entry, "regex", entry)  # a CachedPattern's own regex
            if isinstance(value, re.Pattern):
                assert not problems(value.pattern, value.flags), (build, name)


@given(DUMPISH)
def test_an_extended_vocabulary_keeps_parse_total_and_lossless(text: str) -> None:
    """Generated dump-like text: any vocabulary still gives a lossless Article.

    And passing the default is passing nothing.
    """
    assert newsparse.parse(text, vocabulary=Vocabulary.default()) == newsparse.parse(text)
    article = newsparse.parse(text, vocabulary=_EVERY_TABLE)
    assert_lossless(text, article)
    assert_lines_match(text, article)


def test_threads_keep_their_own_vocabulary() -> None:
    """The current vocabulary is a context variable: parses in parallel threads do not mix."""
    text = _dump("Servizio di Lucia Ferraro")
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [
            pool.submit(newsparse.parse, text, vocabulary=_ITALIAN if n % 2 else None)
            for n in range(16)
        ]
        names = [job.result().authors[0].name for job in jobs]
    assert names == ["Servizio di Lucia Ferraro", "Lucia Ferraro"] * 8


def test_an_added_page_kind_word_changes_the_title() -> None:
    """A page-kind word added to ``page_kind_words`` is cut from a page title with a site name."""
    text = (
        "# Fischsuppe nach Hafenart Kochbuchseite | Porto Vecchio\n\n"
        f"{_BODY.strip()}\n\nOriginal url:\nhttps://www.portovecchio.example/cucina/4711\n"
    )
    extended = Vocabulary.default().extend(page_kind_words={"kochbuchseite"})
    assert newsparse.parse(text).title == "Fischsuppe nach Hafenart Kochbuchseite"
    assert newsparse.parse(text, vocabulary=extended).title == "Fischsuppe nach Hafenart"


def _with(tables: dict[str, Any], read: Callable[[], object]) -> tuple[object, object]:
    """``read()`` under the default vocabulary and under one extended with ``tables``."""
    with vocabulary.using(None):
        before = read()
    with vocabulary.using(Vocabulary.default().extend(**tables)):
        after = read()
    return before, after


def test_capital_words_say_which_prefixes_are_read_in_capitals() -> None:
    """The trailing prefixes match lower case or capitalised; capitals only for CAPITAL_WORDS."""
    from newsparse._readers import dateline

    def spellings() -> list[bool]:
        later = dateline.dateline_words().later_prefix
        return [bool(later.search(f"Posted in x {word} jdoe")) for word in ("von", "Von", "VON")]

    assert _with({"capital_words": ["von"]}, spellings) == ([True, True, False], [True] * 3)


def test_relative_date_words_are_tables() -> None:
    from newsparse._dates import find_relative

    def found() -> list[bool]:
        texts = ("3 uur geleden", "hace 2 minutitos", "anteontem")
        return [find_relative(text) is not None for text in texts]

    tables = {
        "ago_units": ["uur"],
        "ago_words": ["geleden"],
        "relative_opened": ["hace minutitos"],
        "relative_days": ["anteontem"],
    }
    assert _with(tables, found) == ([False] * 3, [True] * 3)


def test_reading_time_words_are_tables() -> None:
    from newsparse._readers.reading_time import reading_time

    def whole() -> bool:
        return bool(reading_time().whole.match("Tempo di lettura: 4 min"))

    assert _with({"reading_time_labels": ["tempo di lettura"]}, whole) == (False, True)


def test_a_unit_without_min_still_reads_as_a_reading_time_line() -> None:
    """The boilerplate rule's cheap test ("min" in the line) gives way to an added unit."""
    text = _dump("Lesezeit: 4 Mn.")
    extended = Vocabulary.default().extend(labelled_minutes=["mn"])
    assert not newsparse.parse(text).boilerplate
    assert [b.text for b in newsparse.parse(text, vocabulary=extended).boilerplate] == [
        "Lesezeit: 4 Mn."
    ]


def test_note_sentence_words_are_tables() -> None:
    def kind() -> object:
        try:
            return newsparse.parse_footnote("This column has been refreshed.").kind
        except ParseError as error:
            return error.code

    before, after = _with({"update_pieces": ["column"], "update_words": ["refreshed"]}, kind)
    assert before != after
    assert after is newsparse.FootnoteKind.UPDATE


def _footnote_kind(text: str) -> object:
    try:
        return newsparse.parse_footnote(text).kind
    except ParseError as error:
        return error.code


def test_first_run_note_words_are_tables() -> None:
    """An Italian "first ran" sentence is an editor's note once its words are added."""
    tables = {
        "republished_openings": ["questo"],
        "republished_pieces": ["articolo"],
        "republished_words": ["apparso originariamente"],
    }
    text = "Questo articolo è apparso originariamente su Gazzetta Esempio."
    before, after = _with(tables, lambda: _footnote_kind(text))
    assert before != after
    assert after is newsparse.FootnoteKind.EDITORS_NOTE


def test_series_note_words_are_tables() -> None:
    """An italic note after the text naming its series is a series note with the added words."""
    tables = {"series_openings": ["fa parte della"], "series_words": ["rubrica"]}
    text = "*Questo testo fa parte della nostra rubrica sul porto.*"
    before, after = _with(tables, lambda: _footnote_kind(text))
    assert before is newsparse.FootnoteKind.FOOTNOTE
    assert after is newsparse.FootnoteKind.SERIES


@pytest.mark.parametrize(
    ("tables", "text", "credit"),
    [
        ({"courtesy_words": ["cortesia"]}, "Cortesia della famiglia Rossi", None),
        ({"copyright_words": ["urheberrecht"]}, "Urheberrecht Jana Roe", "Jana Roe"),
        ({"credit_part_joiners": ["tramite"]}, "Jana Roe tramite Getty Images", None),
    ],
)
def test_the_words_of_a_picture_credit_are_tables(
    tables: dict[str, Any], text: str, credit: str | None
) -> None:
    from newsparse._readers.caption import read_credit

    assert _with(tables, lambda: read_credit(text)) == (None, credit or text)


@pytest.mark.parametrize(
    ("tables", "text"),
    [
        ({"copyright_words": ["urheberrecht"]}, "Urheberrecht 2024 Hafenzeitung Beispiel"),
        (
            {"rights_reserved_phrases": ["tutti i diritti riservati"]},
            "Hafenzeitung 2024. Tutti i diritti riservati.",
        ),
    ],
)
def test_the_words_of_a_copyright_note_are_tables(tables: dict[str, Any], text: str) -> None:
    assert _with(tables, lambda: _footnote_kind(text)) == (
        newsparse.Code.NOT_A_FOOTNOTE,
        newsparse.FootnoteKind.COPYRIGHT,
    )


@pytest.mark.parametrize(
    ("tables", "line"),
    [
        ({"glued_prefixes": ["da"]}, "DaLucia Ferraro"),
        ({"led_prefixes": ["da"], "piece_kinds": ["rubrica"]}, "Rubrica da Lucia Ferraro"),
    ],
)
def test_a_prefix_added_to_its_own_table_alone_opens_a_byline(
    tables: dict[str, Any], line: str
) -> None:
    """Glued and led prefixes need no row in BYLINE_PREFIXES (one had raised KeyError)."""
    text = f"# Lavori al porto\n\n{line}\n\nIl consiglio ha votato il piano del porto."
    extended = Vocabulary.default().extend(**tables)
    authors = newsparse.parse(text, vocabulary=extended).authors
    assert [(a.name, a.role) for a in authors] == [("Lucia Ferraro", Role.AUTHOR)]


def test_a_dated_update_label_is_a_table() -> None:
    text = "Aggiornato alle 17.05: il sindaco ha risposto."
    tables = {"dated_update_labels": ["aggiornato"], "note_time_words": ["alle"]}
    before, after = _with(tables, lambda: _footnote_kind(text))
    assert before != after
    assert after is newsparse.FootnoteKind.UPDATE


def test_an_added_reading_time_label_makes_a_furniture_line() -> None:
    """The furniture rule's first words come from the labels table, not a copy of it in code."""
    text = _dump("Durata lettura: 4 min")
    extended = Vocabulary.default().extend(reading_time_labels=["durata lettura"])
    assert not newsparse.parse(text).boilerplate
    assert [b.text for b in newsparse.parse(text, vocabulary=extended).boilerplate] == [
        "Durata lettura: 4 min"
    ]


def test_the_small_words_of_dates_are_tables() -> None:
    """A joiner added between day and month makes the day part of the date."""
    text = "16 di maggio 2023"
    extended = Vocabulary.default().extend(day_month_joiners=["di"])
    with pytest.raises(ParseError):
        newsparse.parse_date(text)
    assert newsparse.parse_date(text, vocabulary=extended).value == dt.date(2023, 5, 16)


def test_a_unit_without_min_is_cut_from_a_dateline() -> None:
    """The dateline's cheap test before cutting a reading time gives way to an added unit."""
    text = "6 January 2020 • 3 mn read"
    extended = Vocabulary.default().extend(read_minutes=["mn"])
    with pytest.raises(ParseError):
        newsparse.parse_dateline(text)
    assert newsparse.parse_dateline(text, vocabulary=extended).published == newsparse.DateValue(
        value=dt.date(2020, 1, 6), precision=newsparse.Precision.DAY
    )


def test_an_added_clock_word_makes_a_time() -> None:
    from newsparse._dates import find_dates

    def hours() -> list[int | None]:
        return [found.hour for found in find_dates("om 14 uur")]

    assert _with({"clock_abbreviations": ["uur"]}, hours) == ([], [14])


def test_a_paired_particle_is_a_table() -> None:
    """A word added to ``paired_particles`` makes a name holding it alone a body, no person."""
    line = "Von Lucia della Porta"
    text = f"# Lavori al porto\n\n{line}\n\n{_BODY}"
    assert [a.kind for a in newsparse.parse(text).authors] == [AuthorKind.PERSON]
    extended = Vocabulary.default().extend(paired_particles=["della"])
    authors = newsparse.parse(text, vocabulary=extended).authors
    assert [a.kind for a in authors] == [AuthorKind.ORGANIZATION]


def test_adjective_endings_and_greeting_words_are_tables() -> None:
    """An added ending makes a line opening with it a body; a greeting word, no name at all."""
    text = f"# Lavori al porto\n\nVon Marcella Ferraro\n\n{_BODY}"
    assert [a.kind for a in newsparse.parse(text).authors] == [AuthorKind.PERSON]
    extended = Vocabulary.default().extend(adjective_endings=["ella"])
    authors = newsparse.parse(text, vocabulary=extended).authors
    assert [a.kind for a in authors] == [AuthorKind.ORGANIZATION]
    extended = Vocabulary.default().extend(greeting_words=["ferraro"])
    assert newsparse.parse(text, vocabulary=extended).authors == ()
