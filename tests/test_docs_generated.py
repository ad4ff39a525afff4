"""The reference parts of the documentation are made from the code, so they cannot drift.

Each ``<!-- generated: NAME -->`` ... ``<!-- end generated: NAME -->`` block in ``docs/*.md`` is
what one function here makes from the code itself: the command-line flags from the argument parser,
the rule table from ``article.RULES``, the word lists from ``vocabulary.py``, each small parser's
examples by running it on its fixture inputs, and the record fields from the attrs classes. The
test compares every block with a fresh rendering; ``pytest --update-golden`` rewrites them (the
prose around them is written by hand). ``docs/json.md``'s blocks belong to ``test_docs_json``.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import enum
import functools
import inspect
import json
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import vocabulary
from newsparse._article import RULES
from newsparse._cli import COMMANDS
from newsparse._errors import Code
from newsparse._serialize import format_date

from .conftest import FIXTURES, ROOT

DOCS = ROOT / "docs"
# Blocks another test module owns.
ELSEWHERE = {"seed-json", "fields"}
_BLOCK = re.compile(
    r"<!-- generated: (?P<name>[a-z0-9_-]+) -->\n(?P<body>.*?)<!-- end generated: (?P=name) -->",
    re.S,
)


# -- table helpers --------------------------------------------------------------------------------


def code(text: str) -> str:
    """``text`` as an inline code span that survives a Markdown table cell.

    Line breaks show as ``↵``. A ``|`` stays as it is: Python-Markdown's tables do not split
    cells inside code spans (and would show a backslash before an escaped one).
    """
    text = text.replace("\n", "↵")
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" or text.startswith(" ") or text.endswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str) -> str:
    """Plain text for a table cell."""
    return text.replace("\n", " ").replace("|", "\\|")


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def words(items: Iterable[str]) -> str:
    return ", ".join(code(item) for item in sorted(items))


def grouped(mapping: Mapping[str, Any]) -> dict[Any, list[str]]:
    """Invert ``{phrase: value}`` into ``{value: [phrases]}``, in the order values first appear."""
    out: dict[Any, list[str]] = {}
    for phrase, value in mapping.items():
        out.setdefault(value, []).append(phrase)
    return out


def first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


# -- the command line -----------------------------------------------------------------------------


def _argument(action: argparse.Action) -> str:
    if not action.option_strings:
        metavar = str(action.metavar or action.dest)
        return code(f"{metavar} [{metavar} ...]" if action.nargs == "+" else metavar)
    if action.nargs == 0:
        return ", ".join(code(option) for option in action.option_strings)
    if action.choices is not None:
        value = "{" + ",".join(str(choice) for choice in action.choices) + "}"
    else:
        value = str(action.metavar or action.dest.upper())
    return ", ".join(code(f"{option} {value}") for option in action.option_strings)


def cli_flags() -> str:
    """Every subcommand with its arguments, as the argument parser defines them."""
    parts = []
    for command in COMMANDS:
        parser = argparse.ArgumentParser(prog=f"newsparse {command.name}", add_help=False)
        command.add_arguments(parser)
        rows = [[_argument(action), cell(action.help or "")] for action in parser._actions]
        parts.append(
            f"### newsparse {command.name}\n\n{command.help[0].upper()}{command.help[1:]}.\n"
        )
        if rows:
            parts.append(table(["argument", "meaning"], rows))
        else:
            parts.append("It takes no arguments.\n")
    return "\n".join(parts)


# -- the rule table -------------------------------------------------------------------------------


def _name(function: Callable[..., object]) -> str:
    return f"{function.__module__.removeprefix('newsparse.')}.{function.__qualname__}"


def _source_docstring(function: Callable[..., object]) -> str | None:
    """The docstring of a module-level function, read from its module's source in ``src/``.

    Not ``__doc__``: the rules are compiled in the optional compiled build (``make compiled``),
    and a compiled function has none; its source is the one ``src/`` holds (``test_compiled``).
    """
    path = ROOT / "src" / (function.__module__.replace(".", "/") + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function.__qualname__:
            return ast.get_docstring(node, clean=False)
    raise LookupError(f"no function {function.__qualname__} at the top of {path}")


def rule_table() -> str:
    """``article.RULES`` in order: each rule, its screen, and what its docstring says it claims."""
    rows = []
    for number, entry in enumerate(RULES, 1):
        screen = code(_name(entry.screen)) if entry.screen is not None else "(none: always runs)"
        claims = cell(first_line(_source_docstring(entry.rule)))
        rows.append([str(number), code(_name(entry.rule)), claims, screen])
    return table(["#", "rule", "claims", "screen"], rows)


# -- vocabularies ---------------------------------------------------------------------------------


def _by_value(title: str, mapping: Mapping[str, Any], column: str) -> str:
    rows = []
    for value, phrases in grouped(mapping).items():
        label = value.value if isinstance(value, enum.Enum) else str(value)
        rows.append([code(label), words(phrases)])
    return f"#### {title}\n\n" + table([column, "phrases (case-insensitive)"], rows)


def _list(title: str, items: Iterable[str]) -> str:
    return f"#### {title}\n\n{words(items)}\n"


def vocabulary_tables() -> str:
    """Every word list the rules look up, from ``newsparse/vocabulary.py``."""
    parts = [
        _by_value("Byline prefixes (`BYLINE_PREFIXES`)", vocabulary.BYLINE_PREFIXES, "role"),
        _by_value("Wire agencies (`AGENCIES`)", vocabulary.AGENCIES, "agency"),
        _list("Name joiners (`NAME_CONJUNCTIONS`)", vocabulary.NAME_CONJUNCTIONS),
        _list("Name particles (`NAME_PARTICLES`)", vocabulary.NAME_PARTICLES),
        _list("Name suffixes (`NAME_SUFFIXES`)", vocabulary.NAME_SUFFIXES),
        _list("Job-title words (`JOB_TITLE_WORDS`)", vocabulary.JOB_TITLE_WORDS),
        _list("Organisation words (`ORGANIZATION_WORDS`)", vocabulary.ORGANIZATION_WORDS),
        _list("Interface words (`UI_WORDS`)", vocabulary.UI_WORDS),
        _list("Thanks ending the names (`THANKS_WORDS`)", vocabulary.THANKS_WORDS),
        _list(
            "Author-page path segments (`AUTHOR_PATH_SEGMENTS`)", vocabulary.AUTHOR_PATH_SEGMENTS
        ),
        _list(
            "Section-page path segments (`SECTION_PATH_SEGMENTS`)",
            vocabulary.SECTION_PATH_SEGMENTS,
        ),
        _list("Headshot address words (`HEADSHOT_WORDS`)", vocabulary.HEADSHOT_WORDS),
        _list("Openings that name no place (`LEAD_MARKERS`)", vocabulary.LEAD_MARKERS),
        _list("Date labels (`DATE_LABELS`)", vocabulary.DATE_LABELS),
        _list("Update labels (`UPDATED_LABELS`)", vocabulary.UPDATED_LABELS),
        _list("Publication-sentence openings (`POSTED_OPENINGS`)", vocabulary.POSTED_OPENINGS),
        _list("Picture-credit labels (`CREDIT_LABELS`)", vocabulary.CREDIT_LABELS),
        _list(
            "Credit labels shortened with a full stop (`CREDIT_ABBREVIATIONS`)",
            vocabulary.CREDIT_ABBREVIATIONS,
        ),
        _list(
            "Credit labels after a slash (`SLASHED_CREDIT_LABELS`)",
            vocabulary.SLASHED_CREDIT_LABELS,
        ),
        _list(
            "Share labels beside a picture (`SHARE_PICTURE_LABELS`)",
            vocabulary.SHARE_PICTURE_LABELS,
        ),
        _list("Words of a prompt to click (`CLICK_WORDS`)", vocabulary.CLICK_WORDS),
        _list(
            "Credit labels of the lead picture (`FEATURED_PICTURE_LABELS`)",
            vocabulary.FEATURED_PICTURE_LABELS,
        ),
        _list("Picture agencies (`PICTURE_AGENCIES`)", vocabulary.PICTURE_AGENCIES),
        _list("Figure labels (`FIGURE_LABELS`)", vocabulary.FIGURE_LABELS),
        _list(
            "Picture-address words of page furniture (`DECORATIVE_PICTURE_WORDS`)",
            vocabulary.DECORATIVE_PICTURE_WORDS,
        ),
        _list("Licence-page address words (`LICENCE_PATH_WORDS`)", vocabulary.LICENCE_PATH_WORDS),
        _list("Related-link labels (`RELATED_LABELS`)", vocabulary.RELATED_LABELS),
        _list(
            "Modal words of a related label sentence (`RELATED_MODAL_WORDS`)",
            vocabulary.RELATED_MODAL_WORDS,
        ),
        _list(
            "Verbs ending a related label sentence (`RELATED_INTEREST_VERBS`)",
            vocabulary.RELATED_INTEREST_VERBS,
        ),
        _list("Latest and most-read box labels (`LISTING_LABELS`)", vocabulary.LISTING_LABELS),
        _by_value(
            "Closing-note labels (`FOOTNOTE_PREFIXES`)", vocabulary.FOOTNOTE_PREFIXES, "kind"
        ),
        _by_value("Furniture lines (`BOILERPLATE_LINES`)", vocabulary.BOILERPLATE_LINES, "kind"),
        _list("Share-button words (`SHARE_WORDS`)", vocabulary.SHARE_WORDS),
        _list("Navigation headings (`NAVIGATION_HEADINGS`)", vocabulary.NAVIGATION_HEADINGS),
        _list(
            "Headings that are no headline (`NOT_TITLE_HEADINGS`)", vocabulary.NOT_TITLE_HEADINGS
        ),
        _list("Furniture labels when alone (`ALONE_LABELS`)", vocabulary.ALONE_LABELS),
        _list("Share-button openings (`SHARE_BUTTON_OPENINGS`)", vocabulary.SHARE_BUTTON_OPENINGS),
        _list("Share-button endings (`SHARE_BUTTON_ENDINGS`)", vocabulary.SHARE_BUTTON_ENDINGS),
        _list("Prefixes glued to a name (`GLUED_PREFIXES`)", vocabulary.GLUED_PREFIXES),
        _list("Prefixes after a kind of piece (`LED_PREFIXES`)", vocabulary.LED_PREFIXES),
        _list(
            "Prepositions before where an author filed from (`LOCATION_PREPOSITIONS`)",
            vocabulary.LOCATION_PREPOSITIONS,
        ),
        _list(
            "Prepositions before a place closing a byline (`PLACE_PREPOSITIONS`)",
            vocabulary.PLACE_PREPOSITIONS,
        ),
        _list("Words joining a byline to its date (`DATE_JOINERS`)", vocabulary.DATE_JOINERS),
        _list("Words left dangling before a date (`DANGLING_WORDS`)", vocabulary.DANGLING_WORDS),
        _list("Interview joiners (`INTERVIEW_PHRASES`)", vocabulary.INTERVIEW_PHRASES),
        _list("Interviewer credits (`INTERVIEWER_CREDITS`)", vocabulary.INTERVIEWER_CREDITS),
        _list(
            "Verbs opening a note about the writer (`BIOGRAPHY_VERBS`)", vocabulary.BIOGRAPHY_VERBS
        ),
        _list(
            "Sentence openers that are no name (`NOT_NAME_OPENERS`)", vocabulary.NOT_NAME_OPENERS
        ),
        _list(
            "Words of the writing trade in a note about the writer (`WRITER_TRADE_WORDS`)",
            vocabulary.WRITER_TRADE_WORDS,
        ),
        _list("Other words of a dateline (`DATELINE_FILLERS`)", vocabulary.DATELINE_FILLERS),
        _list("Comment links beside a date (`COMMENT_LINK_WORDS`)", vocabulary.COMMENT_LINK_WORDS),
        _list("Other openings of closing notes (`NOTE_OPENINGS`)", vocabulary.NOTE_OPENINGS),
        _list("Words before a note's time (`NOTE_TIME_WORDS`)", vocabulary.NOTE_TIME_WORDS),
        _list(
            "Source credits after the text (`SOURCE_CREDIT_LABELS`)",
            vocabulary.SOURCE_CREDIT_LABELS,
        ),
        _list(
            "Words opening a line that credits the article (`SOURCE_LINE_WORDS`)",
            vocabulary.SOURCE_LINE_WORDS,
        ),
        _list(
            "Byline credits that are no closing note (`BYLINE_CREDIT_WORDS`)",
            vocabulary.BYLINE_CREDIT_WORDS,
        ),
        _list("Dated update labels (`DATED_UPDATE_LABELS`)", vocabulary.DATED_UPDATE_LABELS),
        _list("Words opening a copyright line (`COPYRIGHT_WORDS`)", vocabulary.COPYRIGHT_WORDS),
        _list(
            "Phrases of a copyright notice (`RIGHTS_RESERVED_PHRASES`)",
            vocabulary.RIGHTS_RESERVED_PHRASES,
        ),
        _list("Courtesy credits (`COURTESY_WORDS`)", vocabulary.COURTESY_WORDS),
        _list("Words between credit parts (`CREDIT_PART_JOINERS`)", vocabulary.CREDIT_PART_JOINERS),
        _list("Copyright notice words (`RESERVED_WORDS`)", vocabulary.RESERVED_WORDS),
        _list("Headings over remarks (`REMARK_HEADINGS`)", vocabulary.REMARK_HEADINGS),
        _list("Share-label fillers (`SHARE_FILLERS`)", vocabulary.SHARE_FILLERS),
        _list("Cookie-notice verbs (`COOKIE_VERBS`)", vocabulary.COOKIE_VERBS),
        _list("Cookie-notice subjects (`COOKIE_SUBJECTS`)", vocabulary.COOKIE_SUBJECTS),
        _list("Newsletter actions (`NEWSLETTER_ACTIONS`)", vocabulary.NEWSLETTER_ACTIONS),
        _list("Newsletter calls (`NEWSLETTER_CALLS`)", vocabulary.NEWSLETTER_CALLS),
        _list("Words before a credited name (`CREDIT_BY_WORDS`)", vocabulary.CREDIT_BY_WORDS),
        _list("Copyright word starts in captions (`COPYRIGHT_STEMS`)", vocabulary.COPYRIGHT_STEMS),
        _list("Picture kinds closing a caption (`PICTURE_MARKERS`)", vocabulary.PICTURE_MARKERS),
        _list("Date labels that make no kicker (`NOT_KICKER_WORDS`)", vocabulary.NOT_KICKER_WORDS),
        _list("Page-kind words in a page title (`PAGE_KIND_WORDS`)", vocabulary.PAGE_KIND_WORDS),
        _list("Publication-date labels (`PUBLISHED_LABELS`)", vocabulary.PUBLISHED_LABELS),
        _list("Time-of-day words, read by no rule (`TIME_WORDS`)", vocabulary.TIME_WORDS),
        _list("Months that are everyday words (`WEAK_MONTHS`)", vocabulary.WEAK_MONTHS),
        _list(
            "Class-name starts of author boxes in HTML (`AUTHOR_CLASS_WORDS`)",
            vocabulary.AUTHOR_CLASS_WORDS,
        ),
        _list(
            "Class-name words of related-story boxes in HTML (`RELATED_CLASS_WORDS`)",
            vocabulary.RELATED_CLASS_WORDS,
        ),
        _list(
            "Class-name words of controls drawn as buttons in HTML (`BUTTON_CLASS_WORDS`)",
            vocabulary.BUTTON_CLASS_WORDS,
        ),
        _list(
            "Class-name words of comment areas in HTML (`COMMENT_CLASS_WORDS`)",
            vocabulary.COMMENT_CLASS_WORDS,
        ),
        _list(
            "Class-name parts after a comment word in HTML (`COMMENT_CLASS_PARTS`)",
            vocabulary.COMMENT_CLASS_PARTS,
        ),
        _list(
            "Class-name words of teasers in HTML (`TEASER_CLASS_WORDS`)",
            vocabulary.TEASER_CLASS_WORDS,
        ),
        _list("Words between a date and its time (`DATE_GAP_WORDS`)", vocabulary.DATE_GAP_WORDS),
        _list(
            "Byline prefixes after the text they close (`TRAILING_PREFIXES`)",
            vocabulary.TRAILING_PREFIXES,
        ),
        _list("Words also read in capitals (`CAPITAL_WORDS`)", vocabulary.CAPITAL_WORDS),
        _list(
            "Byline prefixes taken only with a colon (`COLON_ONLY_PREFIXES`)",
            vocabulary.COLON_ONLY_PREFIXES,
        ),
        _list("Words before an outlet (`OUTLET_JOINERS`)", vocabulary.OUTLET_JOINERS),
        _list("Conjunctions splitting names (`NAME_SPLITTERS`)", vocabulary.NAME_SPLITTERS),
        _list(
            "Conjunctions continuing names (`CONTINUING_CONJUNCTIONS`)",
            vocabulary.CONTINUING_CONJUNCTIONS,
        ),
        _list("Words before a byline's time (`TIME_JOINERS`)", vocabulary.TIME_JOINERS),
        _list("Clock nouns, capitalised (`CLOCK_NOUNS`)", vocabulary.CLOCK_NOUNS),
        _list("Clock abbreviations (`CLOCK_ABBREVIATIONS`)", vocabulary.CLOCK_ABBREVIATIONS),
        _list("Reading-time labels (`READING_TIME_LABELS`)", vocabulary.READING_TIME_LABELS),
        _list("Reading-time hedges (`READING_TIME_HEDGES`)", vocabulary.READING_TIME_HEDGES),
        _list("Minutes after a label (`LABELLED_MINUTES`)", vocabulary.LABELLED_MINUTES),
        _list("Reading-time endings (`READING_TIME_ENDINGS`)", vocabulary.READING_TIME_ENDINGS),
        _list("Minutes before an ending (`READ_MINUTES`)", vocabulary.READ_MINUTES),
        _list("Minutes among a byline's names (`BYLINE_MINUTES`)", vocabulary.BYLINE_MINUTES),
        _list('Units before "ago" (`AGO_UNITS`)', vocabulary.AGO_UNITS),
        _list("Words after such a unit (`AGO_WORDS`)", vocabulary.AGO_WORDS),
        _list("Relative dates, opener and unit (`RELATIVE_OPENED`)", vocabulary.RELATIVE_OPENED),
        _list("Relative days (`RELATIVE_DAYS`)", vocabulary.RELATIVE_DAYS),
        _list("Correction openings (`CORRECTION_OPENINGS`)", vocabulary.CORRECTION_OPENINGS),
        _list(
            "Earlier-version openings of corrections (`EARLIER_VERSION_OPENINGS`)",
            vocabulary.EARLIER_VERSION_OPENINGS,
        ),
        _list("Correction pieces (`CORRECTION_PIECES`)", vocabulary.CORRECTION_PIECES),
        _list("Correction words (`CORRECTION_WORDS`)", vocabulary.CORRECTION_WORDS),
        _list("Update openings (`UPDATE_OPENINGS`)", vocabulary.UPDATE_OPENINGS),
        _list("Update pieces (`UPDATE_PIECES`)", vocabulary.UPDATE_PIECES),
        _list("Update auxiliaries (`UPDATE_AUXILIARIES`)", vocabulary.UPDATE_AUXILIARIES),
        _list("Update words (`UPDATE_WORDS`)", vocabulary.UPDATE_WORDS),
        _list("Contribution verbs (`CONTRIBUTION_VERBS`)", vocabulary.CONTRIBUTION_VERBS),
        _list("Contribution objects (`CONTRIBUTION_OBJECTS`)", vocabulary.CONTRIBUTION_OBJECTS),
        _list("First-run note openings (`REPUBLISHED_OPENINGS`)", vocabulary.REPUBLISHED_OPENINGS),
        _list("First-run note pieces (`REPUBLISHED_PIECES`)", vocabulary.REPUBLISHED_PIECES),
        _list("Words saying a piece ran first (`REPUBLISHED_WORDS`)", vocabulary.REPUBLISHED_WORDS),
        _list("Series note openings (`SERIES_OPENINGS`)", vocabulary.SERIES_OPENINGS),
        _list("Series words (`SERIES_WORDS`)", vocabulary.SERIES_WORDS),
        _list("Disclaimer phrases (`DISCLAIMER_PHRASES`)", vocabulary.DISCLAIMER_PHRASES),
        _list(
            "Author's-opinion disclaimers (`OPINION_DISCLAIMERS`)", vocabulary.OPINION_DISCLAIMERS
        ),
        _list(
            "Words of the page's own functions, no note (`PAGE_FUNCTION_PHRASES`)",
            vocabulary.PAGE_FUNCTION_PHRASES,
        ),
        _list("Day suffixes before a month (`DAY_SUFFIXES`)", vocabulary.DAY_SUFFIXES),
        _list("Day suffixes after a month (`MONTH_DAY_SUFFIXES`)", vocabulary.MONTH_DAY_SUFFIXES),
        _list("Words between day and month (`DAY_MONTH_JOINERS`)", vocabulary.DAY_MONTH_JOINERS),
        _list(
            "Words between month and number (`MONTH_YEAR_JOINERS`)", vocabulary.MONTH_YEAR_JOINERS
        ),
        _list("Words between day and year (`DAY_YEAR_JOINERS`)", vocabulary.DAY_YEAR_JOINERS),
    ]
    return "\n".join(parts)


def month_table() -> str:
    """``MONTHS`` by month number."""
    rows = [
        [str(month), words(names)] for month, names in sorted(grouped(vocabulary.MONTHS).items())
    ]
    return table(["month", "names and abbreviations (a trailing period is ignored)"], rows)


def _offset(delta: dt.timedelta | None) -> str:
    if delta is None:
        return "none: several zones or seasons; kept as written, time stays naive"
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_table() -> str:
    """``ZONES``, ordered by offset (the ambiguous ones last)."""
    known = sorted(
        ((name, delta) for name, delta in vocabulary.ZONES.items() if delta is not None),
        key=lambda item: (item[1], item[0]),
    )
    unknown = sorted(name for name, delta in vocabulary.ZONES.items() if delta is None)
    rows = [[code(name.upper()), _offset(delta)] for name, delta in known]
    rows.append([words(name.upper() for name in unknown), _offset(None)])
    return table(["zone", "UTC offset"], rows)


def weekday_list() -> str:
    return words(vocabulary.WEEKDAYS) + "\n"


# -- the small parsers' examples ------------------------------------------------------------------


def _date(value: newsparse.DateValue | None) -> str:
    if value is None:
        return "none"
    text = format_date(value)
    extras = [f"zone {value.zone}"] if value.zone else []
    if value.ambiguous:
        extras.append("ambiguous")
    return code(text) + (f" ({', '.join(extras)})" if extras else "")


def _author(author: newsparse.Author) -> str:
    notes = [author.kind.value, author.role.value]
    notes += [
        f"{name} {value}"
        for name, value in [("title", author.title), ("in", author.location)]
        if value
    ]
    if author.url:
        notes.append(f"url {author.url}")
    if author.ambiguous:
        notes.append("ambiguous")
    return f"{code(author.name)} ({', '.join(notes)})"


def _fields(**values: str | None) -> str:
    return "; ".join(f"{key} {value}" for key, value in values.items() if value)


def _describe(record: Any) -> str:
    if isinstance(record, newsparse.Byline):
        return "; ".join(_author(a) for a in record.authors)
    if isinstance(record, newsparse.Dateline):
        return (
            _fields(
                published=_date(record.published) if record.published else None,
                updated=_date(record.updated) if record.updated else None,
                place=code(record.place) if record.place else None,
                agency=code(record.agency) if record.agency else None,
            )
            or "no values"
        )
    if isinstance(record, newsparse.Caption):
        return _fields(
            text=code(record.text) if record.text else "(empty)",
            credit=code(record.credit) if record.credit else None,
            date=_date(record.date) if record.date else None,
            image=code(record.image_url) if record.image_url else None,
            alt=code(record.alt) if record.alt else None,
        )
    if isinstance(record, newsparse.RelatedLink):
        return _fields(
            label=code(record.label) if record.label else None,
            title=code(record.title),
            url=code(record.url) if record.url else None,
        )
    if isinstance(record, newsparse.Footnote):
        credits = "; ".join(_author(a) for a in record.credits)
        return _fields(
            kind=code(record.kind.value),
            label=code(record.label) if record.label else None,
            credits=credits or None,
        )
    if isinstance(record, newsparse.Headline):
        return _fields(
            text=code(record.text),
            kicker=code(record.kicker) if record.kicker else None,
            site=code(record.site) if record.site else None,
            level=str(record.level),
        )
    if isinstance(record, newsparse.SourceUrl):
        return code(record.url)
    assert isinstance(record, newsparse.DateValue)
    return f"{_date(record)}, precision {code(record.precision.value)}"


PARSERS: dict[str, Callable[[str], Any]] = {
    "title": newsparse.parse_title,
    "byline": newsparse.parse_byline,
    "dateline": newsparse.parse_dateline,
    "caption": newsparse.parse_caption,
    "related": newsparse.parse_related,
    "footnote": newsparse.parse_footnote,
    "source_url": newsparse.parse_source_url,
    "date": newsparse.parse_date,
}


def parser_examples(name: str) -> str:
    """The parser run on every input of ``tests/fixtures/NAME.json``."""
    cases = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["cases"]
    rows = []
    for case in cases:
        try:
            result = _describe(PARSERS[name](case["input"]))
        except newsparse.ParseError as error:
            result = f"`ParseError` {code(error.code)}"
        rows.append([code(case["input"]), result])
    return table(["input", "result"], rows)


# -- the records ----------------------------------------------------------------------------------

RECORDS: list[type] = [
    newsparse.Article, newsparse.Headline, newsparse.Paragraph, newsparse.Byline,
    newsparse.Author, newsparse.Dateline, newsparse.DateValue, newsparse.Caption, newsparse.Picture,
    newsparse.RelatedLink, newsparse.Footnote, newsparse.Boilerplate, newsparse.LinkDefinition,
    newsparse.SourceUrl,
    newsparse.Link, newsparse.Span, newsparse.Diagnostic, newsparse.Parsed, newsparse.Failed,
]  # fmt: skip
# The records of a run's outcomes, which have no JSON form of their own.
_OUTCOMES: tuple[type, ...] = (newsparse.Parsed, newsparse.Failed)


def _default(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "required"
    value = field.default
    if isinstance(value, enum.Enum):
        return code(f"{type(value).__name__}.{value.name}")
    return code(repr(value))


def _annotations_as_written(record: type) -> dict[str, str]:
    """The class body's annotations as source text.

    Not ``field.type`` or ``__annotations__``: once anything (cattrs, say) resolves the types,
    those hold classes, and their text would depend on which tests ran first.
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(record)))
    body = tree.body[0]
    assert isinstance(body, ast.ClassDef)
    return {
        node.target.id: ast.unparse(node.annotation)
        for node in body.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def record_fields() -> str:
    """Every record's fields (Python types and defaults) and properties."""
    parts = []
    for record in RECORDS:
        name = record.__name__
        json_link = (
            f" JSON form: [{name}](json.md#{name.lower()})." if record not in _OUTCOMES else ""
        )
        parts.append(f"### {name}\n\n{first_line(record.__doc__)}{json_link}\n")
        written = _annotations_as_written(record)
        rows = [
            [code(field.name), code(str(written[field.name])), _default(field)]
            for field in attrs.fields(record)
        ]
        parts.append(table(["field", "Python type", "default"], rows))
        extras = []
        for attribute, value in vars(record).items():
            if attribute.startswith("_"):
                continue
            if isinstance(value, property) and value.fget is not None:
                function, shown = value.fget, attribute
            elif inspect.isfunction(value):
                function, shown = value, f"{attribute}()"
            else:
                continue
            returns = inspect.signature(function).return_annotation
            extras.append([code(shown), code(str(returns)), cell(first_line(function.__doc__))])
        if extras:
            parts.append(table(["property / method", "type", "what it gives"], extras))
    return "\n".join(parts)


def row_columns() -> str:
    """The columns of newsparse.to_row, from newsparse.COLUMNS."""
    kinds = {"string": "str or null", "int": "int", "list": "list of str"}
    rows = [[code(c.name), kinds[c.kind], cell(c.doc)] for c in newsparse.COLUMNS]
    return table(["column", "type", "what it holds"], rows)


# -- the registry ---------------------------------------------------------------------------------

GENERATED: dict[str, Callable[[], str]] = {
    "cli-flags": cli_flags,
    "rule-table": rule_table,
    "vocabulary": vocabulary_tables,
    "months": month_table,
    "weekdays": weekday_list,
    "zones": zone_table,
    "record-fields": record_fields,
    "row-columns": row_columns,
    **{f"examples-{name}": functools.partial(parser_examples, name) for name in PARSERS},
}


def _pages() -> list[Path]:
    return sorted(DOCS.glob("*.md"))


def test_every_generated_block_is_known_and_shown() -> None:
    seen: set[str] = set()
    for page in _pages():
        seen |= {m["name"] for m in _BLOCK.finditer(page.read_text(encoding="utf-8"))}
    assert seen - ELSEWHERE == set(GENERATED)


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_generated_blocks_are_current(page: Path, update_golden: bool) -> None:
    text = page.read_text(encoding="utf-8")
    blocks = [m for m in _BLOCK.finditer(text) if m["name"] not in ELSEWHERE]
    if update_golden and blocks:
        for match in reversed(blocks):
            body = GENERATED[match["name"]]()
            text = text[: match.start("body")] + body + text[match.end("body") :]
        page.write_text(text, encoding="utf-8")
        blocks = [m for m in _BLOCK.finditer(text) if m["name"] not in ELSEWHERE]
    for match in blocks:
        wanted = GENERATED[match["name"]]()
        assert match["body"] == wanted, (
            f"{page.name}: block {match['name']!r} is stale: run pytest --update-golden"
        )


def test_diagnostic_code_table_lists_every_code() -> None:
    """docs/model.md's hand-written table of codes names each code in ``Code`` exactly once."""
    text = (DOCS / "model.md").read_text(encoding="utf-8")
    section = text.split("<!-- codes -->", 2)[1]
    listed = re.findall(r"^\| `([a-z-]+)` \|", section, re.M)
    codes = [value for name, value in vars(Code).items() if name.isupper()]
    assert sorted(listed) == sorted(codes)


def test_api_page_documents_every_public_name() -> None:
    """Every name in ``__all__`` has its entry; the others are the optional modules."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    shown = re.findall(r"^::: newsparse\.([A-Za-z_.]+)$", text, re.M)
    public = set(newsparse.__all__) - {"__version__"}
    assert len(shown) == len(set(shown))
    assert set(shown) - public == {"dask", "strategies"}  # DateOrder is importable from newsparse
    assert public <= set(shown)


def test_nav_lists_every_page() -> None:
    """mkdocs.yml's nav names every page under docs/ (and the one another branch adds)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.findall(r"^  - [^:\n]+: ([a-z_-]+\.md)$", config, re.M)
    assert set(nav) >= {page.name for page in _pages()}
    assert len(nav) == len(set(nav))
