"""Screens are sound: the rule table gives the same result with and without them.

A screen is a cheap test the engine runs before a rule; it may say "maybe" wrongly, never "no"
wrongly (``engine.Screen``). Two checks hold it to that:

- ``engine.without_screens()`` runs every rule on every line; ``parse`` must give the same
  Article inside it as outside, on the fixtures, the seeds and generated dumps.
- On the corpora (one pass per dump, cheaper than two parses) every claim that wins a line is
  checked against its rule's screen: had the screen said no, the result would differ. The
  failure names the screen and the line.

The corpus tests read ``../shared/corpus/{dev,wide}`` and skip, saying so, when it is absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._article import RULES
from newsparse._engine import Claim, Context, Entry, run, without_screens
from newsparse._kinds import PAGE_DATES
from newsparse._source import Source
from newsparse.strategies import dump_articles

from .conftest import FIXTURES, ROOT, SEEDS
from .test_properties import DUMPISH

SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def _refusals(text: str) -> list[str]:
    """Each line whose winning claim came from a rule whose screen says no at that point."""
    found: list[str] = []

    def checked(entry: Entry) -> Entry:
        screen = entry.screen
        if screen is None:
            return entry

        def rule(context: Context, index: int) -> Claim | None:
            claim = entry.rule(context, index)
            if claim is not None and not screen(context, index):
                name = f"{screen.__module__}.{screen.__name__}"
                found.append(f"{name} refuses line {index + 1} {context.lines[index][:80]!r}")
            return claim

        return Entry(rule=rule)

    run(Context(Source(text)), [checked(entry) for entry in RULES], PAGE_DATES)
    return found


def _same_without_screens(text: str) -> None:
    with without_screens():
        unscreened = newsparse.parse(text)
    assert newsparse.parse(text) == unscreened, _refusals(text)


def _fixture_inputs() -> Iterator[tuple[str, str]]:
    for path in sorted((FIXTURES / "dumps").glob("*.md")):
        yield path.name, path.read_text(encoding="utf-8", errors="surrogateescape")
    for path in sorted(SEEDS.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8", errors="surrogateescape")
    for path in sorted(FIXTURES.glob("*.json")):
        for number, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            yield f"{path.name}#{number}", case["input"]


def test_without_screens_runs_every_rule_and_restores_the_screens() -> None:
    asked: list[int] = []

    def never(context: Context, index: int) -> bool:
        asked.append(index)
        return False

    def take(context: Context, index: int) -> Claim | None:
        return Claim(elements=(), found=(), next_line=index + 1)

    table = [Entry(rule=take, screen=never), RULES[-1]]
    with without_screens():
        assert run(Context(Source("a\n\nb")), table) == []
    assert asked == []
    run(Context(Source("a\n\nb")), table)  # outside the block the screen is asked again
    assert asked == [0, 2]


def test_a_name_line_over_a_date_is_read_as_the_rule_reads_it() -> None:
    """A "Name, NDR" line over its date is a byline and a dateline, screens or not.

    The dateline rule claims the block; its screen looked at the first line alone, which has no
    digit, and refused it, leaving the block to the body.
    """
    prose = (
        "The harbour board met again on Thursday to discuss the old landing stage, and its "
        "members agreed that the repairs could not wait for another winter of storms and tides."
    )
    text = "\n\n".join(
        ["# Harbour Board Orders Repairs", *[prose] * 5, "Jo Beispiel, NDR\n28.04.2020 21:38 Uhr"]
    )
    article = newsparse.parse(text)
    assert [type(e).__name__ for e in article.elements()][-2:] == ["Byline", "Dateline"]
    _same_without_screens(text)


@pytest.mark.parametrize(("name", "text"), list(_fixture_inputs()), ids=lambda v: str(v)[:40])
def test_fixtures_and_seeds_parse_the_same_without_screens(name: str, text: str) -> None:
    _same_without_screens(text)


@given(DUMPISH | st.text())
def test_generated_text_parses_the_same_without_screens(text: str) -> None:
    _same_without_screens(text)


@given(dump_articles().map(newsparse.to_markdown))
def test_written_dumps_parse_the_same_without_screens(text: str) -> None:
    _same_without_screens(text)


def _corpus_dumps(name: str) -> list[Path]:
    folder = SHARED_CORPUS / name
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*/dump*.md"))


@pytest.mark.parametrize("corpus", ["dev", "wide"])
def test_no_screen_refuses_a_winning_claim_on_the_corpus(corpus: str) -> None:
    dumps = _corpus_dumps(corpus)
    if not dumps:
        pytest.skip(f"../shared/corpus/{corpus} is absent: the screens are not checked on it")
    refused = {}
    for path in dumps:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        found = _refusals(text)
        if found:
            refused[f"{path.parent.name}/{path.name}"] = found[:3]
    assert not refused, refused
