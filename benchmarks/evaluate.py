"""Score ``newsparse.parse`` on the dev corpus dumps against their labels.

For each page: is the title right, what is the authors' token F1, is the published day right.
Each field is also scored on the pages where the label is written in the dump at all (a dump can
only give what it holds). Prints a table and the misses.

Run: ``.venv/bin/python benchmarks/evaluate.py [--corpus DIR] [--links] [--misses] [--json]``

``--wide`` scores the wide corpus instead (``../shared/corpus/wide``), through the project's
scorer ``../shared/eval/score.py``, per split (tune, check), dump style and field, on the dumps
whose label is written in the dump: the figures ``tests/quality_floors.json`` pins.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsparse
from newsparse._dates import find_dates
from scoring import article_fields, author_f1, day_matches, normalise, title_matches

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
WIDE = SHARED / "corpus" / "wide"
SCORER = SHARED / "eval" / "score.py"
STRUCTURE_SCORER = SHARED / "eval" / "score_structure.py"
# score_structure.py's fields that the floors hold (place and agency have too few labels).
_STRUCTURE_FIELDS = ("caption", "credit", "related", "notes")
# score.py's names for the fields, and the presence flag that says the label is in the dump.
_WIDE_FIELDS = {"title": "title", "authors": "byline", "published": "date"}


@attrs.frozen
class PageScore:
    """One page's result."""

    page: str
    title_ok: bool
    title_present: bool
    author_f1: float
    authors_present: bool
    date_ok: bool
    date_present: bool
    found: dict[str, Any]
    label: dict[str, Any]


def _dates_in(text: str) -> set[str]:
    days = set()
    for line in text.splitlines():
        if len(line) > 2000 or not re.search(r"[0-9]", line):
            continue
        for found in find_dates(line[:2000]):
            if found.year and found.month and found.day:
                days.add(f"{found.year:04d}-{found.month:02d}-{found.day:02d}")
                # An ambiguous numeric date could be either reading.
                if found.ambiguous:
                    days.add(f"{found.year:04d}-{found.day:02d}-{found.month:02d}")
    return days


def score_page(directory: Path, dump_name: str) -> PageScore:
    """Parse one page's dump (or its ``page.html``) and score it against its labels."""
    label = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    if dump_name.endswith(".html"):  # the page itself, through parse_html and its dump
        page = (directory / dump_name).read_bytes()
        text = newsparse.html_to_dump(page, url=label.get("url"))
        article = newsparse.parse_html(page, url=label.get("url"))
    else:
        text = (directory / dump_name).read_text(encoding="utf-8")
        article = newsparse.parse(text)
    title, authors, published = article_fields(article)
    plain = normalise(text)
    return PageScore(
        page=directory.name,
        title_ok=title_matches(title, label["title"]),
        title_present=normalise(label["title"]) in plain,
        author_f1=author_f1(authors, label["authors"]),
        authors_present=all(normalise(a) in plain for a in label["authors"]),
        date_ok=day_matches(published, label["published"]),
        date_present=label["published"][:10] in _dates_in(text),
        found={"title": title, "authors": authors, "published": str(published)},
        label={k: label[k] for k in ("title", "authors", "published")},
    )


def pages(corpus: Path) -> Iterator[Path]:
    """The page folders of a corpus, in a stable order."""
    yield from sorted(p for p in corpus.iterdir() if (p / "expected.json").is_file())


def summarise(scores: list[PageScore]) -> dict[str, float]:
    """Field scores over all pages and over the pages whose label is written in the dump."""

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    return {
        "pages": len(scores),
        "title": mean([float(s.title_ok) for s in scores]),
        "title_present": mean([float(s.title_ok) for s in scores if s.title_present]),
        "authors": mean([s.author_f1 for s in scores]),
        "authors_present": mean([s.author_f1 for s in scores if s.authors_present]),
        "published": mean([float(s.date_ok) for s in scores]),
        "published_present": mean([float(s.date_ok) for s in scores if s.date_present]),
    }


def wide_split(page: str) -> str:
    """The wide corpus split a page folder is in: ``check`` for a third of them, else ``tune``."""
    return "check" if int(hashlib.sha256(page.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def _scorer_records(scorer: Path, corpus: Path) -> list[dict[str, Any]]:
    """One run of a ``../shared/eval`` scorer over the wide corpus: its per-dump JSON records.

    Run with this interpreter, so that the newsparse under test is the one scored.
    """
    with tempfile.TemporaryDirectory() as folder:
        results = Path(folder) / "results.json"
        subprocess.run(
            [
                *(sys.executable, str(scorer), "--heldout", str(corpus.parent)),
                *("--set", "wide", "--json", str(results)),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        records: list[dict[str, Any]] = json.loads(results.read_text(encoding="utf-8"))
    return records


def wide_scores(scorer: Path = SCORER, corpus: Path = WIDE) -> dict[str, dict[str, Any]]:
    """Scores on the wide corpus: ``{"wide-tune": {style: {field: score}}, "wide-check": ...}``.

    Runs ``score.py`` once over every dump (with this interpreter, so the newsparse under test)
    and averages its per-dump results over the dumps whose label is written in the dump, as its
    "in-dump" columns do; ``authors`` is the byline token F1.
    """
    records = _scorer_records(scorer, corpus)
    sums: dict[tuple[str, str, str], list[float]] = {}
    for record in records:
        presence = record["presence"]
        split = "wide-" + wide_split(presence["page"])
        for field, name in _WIDE_FIELDS.items():
            score = record["scores"].get(name)
            if presence.get(f"{name}_in_dump") and score is not None:
                sums.setdefault((split, presence["converter"], field), []).append(float(score))
    _add_structure_scores(sums, corpus)
    table: dict[str, dict[str, Any]] = {}
    for (split, style, field), values in sorted(sums.items()):
        table.setdefault(split, {}).setdefault(style, {})[field] = round(
            sum(values) / len(values), 4
        )
    return table


def _add_structure_scores(
    sums: dict[tuple[str, str, str], list[float]],
    corpus: Path,
    scorer: Path = STRUCTURE_SCORER,
) -> None:
    """Add ``score_structure.py``'s per-item scores (captions, credits, related, notes) to ``sums``.

    Pooled as that scorer pools them: the mean over every labelled item written in the dump (a
    caption's best token F1, a credit's exact match, a dump's related or notes set F1).
    """
    if not scorer.is_file():
        return
    for record in _scorer_records(scorer, corpus):
        page = record["id"].split("/")[1]
        split = "wide-" + wide_split(page)
        for field in _STRUCTURE_FIELDS:
            for score in record["scores"].get(field, []):
                sums.setdefault((split, record["group"], field), []).append(float(score))


FLOORS = Path(__file__).resolve().parent.parent / "tests" / "quality_floors.json"


def raise_floors(path: Path = FLOORS, corpus: Path = CORPUS) -> list[str]:
    """Raise every floor to one point under today's figure (never lower one); say what rose."""
    floors = json.loads(path.read_text(encoding="utf-8"))
    measured: dict[str, dict[str, dict[str, float]]] = {"dev": {}}
    for dump_name in floors.get("dev", {}):
        scores = [score_page(page, dump_name) for page in pages(corpus)]
        measured["dev"][dump_name] = summarise(scores)
    measured.update(wide_scores())
    raised = []
    for group, styles in floors.items():
        if group.startswith("_"):
            continue
        for style, fields in styles.items():
            for field, floor in fields.items():
                figure = measured.get(group, {}).get(style, {}).get(field)
                if figure is None:
                    continue
                new = round(max(0.0, figure - 0.01), 3)
                if new > floor:
                    fields[field] = new
                    raised.append(f"{group} {style} {field}: {floor} -> {new}")
    path.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return raised


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", type=Path, default=CORPUS)
    options.add_argument("--links", action="store_true", help="score dump-links.md instead")
    options.add_argument("--html", action="store_true", help="score page.html (parse_html)")
    options.add_argument("--misses", action="store_true", help="list every miss")
    options.add_argument("--json", action="store_true", help="print the summary as JSON")
    options.add_argument("--wide", action="store_true", help="score the wide corpus instead")
    options.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise tests/quality_floors.json to one point under today's figures (never lower)",
    )
    args = options.parse_args()
    if args.raise_floors:
        print("\n".join(raise_floors()) or "no floor rose")
        return
    if args.wide:
        print(json.dumps(wide_scores(), indent=2))
        return
    dump_name = "page.html" if args.html else "dump-links.md" if args.links else "dump.md"
    scores = [score_page(page, dump_name) for page in pages(args.corpus)]
    summary = summarise(scores)
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    present = {
        "title": sum(s.title_present for s in scores),
        "authors": sum(s.authors_present for s in scores),
        "published": sum(s.date_present for s in scores),
    }
    print(f"{'field':<10} {'all pages':>10} {'label in dump':>14} {'pages':>6}")
    for field in ("title", "authors", "published"):
        print(
            f"{field:<10} {summary[field]:>10.3f} {summary[field + '_present']:>14.3f} "
            f"{present[field]:>6}"
        )
    print(f"{summary['pages']} pages, {dump_name}")
    if args.misses:
        for s in scores:
            if s.title_present and not s.title_ok:
                print(f"TITLE   {s.page}: {s.found['title']!r} != {s.label['title']!r}")
            if s.authors_present and s.author_f1 < 1:
                print(
                    f"AUTHORS {s.page}: {s.found['authors']} vs {s.label['authors']} "
                    f"(F1 {s.author_f1:.2f})"
                )
            if s.date_present and not s.date_ok:
                print(f"DATE    {s.page}: {s.found['published']} != {s.label['published']}")


if __name__ == "__main__":
    main()
