"""newsparse.parse_html against trafilatura and newspaper4k on the dev corpus pages, side by side.

Each tool reads every ``page.html`` of ``../shared/corpus/dev`` in this one process (the page URL
given to all three), and its title, authors and published day are scored against the page's
``expected.json`` with ``benchmarks/scoring.py`` (the scoring the dump evaluation uses). Time is
measured around each extraction call only, the tools taking turns page by page; a first untimed
call per tool warms imports and caches. newspaper4k takes text, so its page is decoded (with bs4's
UnicodeDammit) before the clock starts; the other two are given the page's bytes.

Run (the peers are in the ``benchmark`` dependency group, never runtime dependencies)::

    .venv/bin/python -m pip install --group benchmark
    .venv/bin/python benchmarks/compare_html.py [--corpus DIR] [--rounds N] [--pages] [--markdown]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsparse
import scoring
from summary import record

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

Fields = tuple[str | None, list[str], dt.date | None]


@attrs.frozen(kw_only=True)
class Page:
    """One corpus page with its labels."""

    name: str
    html: bytes
    text: str
    url: str
    title: str
    authors: tuple[str, ...]
    published: str


@attrs.define
class Score:
    """What one tool got on the corpus, and how long each page took."""

    tool: str
    titles: int = 0
    author_f1: float = 0.0
    days: int = 0
    pages: int = 0
    seconds: list[float] = attrs.Factory(list)
    rows: list[str] = attrs.Factory(list)


def load(corpus: Path) -> list[Page]:
    from bs4 import UnicodeDammit

    pages = []
    for folder in sorted(corpus.iterdir()):
        if not (folder / "page.html").is_file():
            continue
        labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        raw = (folder / "page.html").read_bytes()
        text = UnicodeDammit(raw, is_html=True).unicode_markup or raw.decode("utf-8", "replace")
        pages.append(
            Page(
                name=folder.name.removeprefix("trafilatura-"),
                html=raw,
                text=text,
                url=labels["url"],
                title=labels["title"],
                authors=tuple(labels["authors"]),
                published=labels["published"],
            )
        )
    return pages


def newsparse_fields(page: Page) -> Fields:
    return scoring.article_fields(newsparse.parse_html(page.html, url=page.url))


def _iso_day(text: object) -> dt.date | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def trafilatura_fields(page: Page) -> Fields:
    import trafilatura

    found = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if found is None:
        return None, [], None
    author = getattr(found, "author", None)
    names = [n.strip() for n in author.split(";") if n.strip()] if author else []
    return getattr(found, "title", None), names, _iso_day(getattr(found, "date", None))


def _newspaper_config() -> object:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # never fetch anything: the page is given
    config.memorize_articles = False
    return config


def newspaper_fields(page: Page, config: object) -> Fields:
    import newspaper

    article = newspaper.Article(page.url, config=config)
    article.download(input_html=page.text)
    article.parse()
    published = article.publish_date
    day = published.date() if isinstance(published, dt.datetime) else None
    return article.title or None, list(article.authors), day


def run(tools: dict[str, Callable[[Page], Fields]], pages: list[Page], rounds: int) -> list[Score]:
    """Score every tool on every page, timing them interleaved page by page.

    Each page is given to each tool in turn (``rounds`` times, the fastest run kept), so a slow
    moment of a shared machine falls on all tools alike rather than on one tool's whole run.
    """
    scores = {name: Score(tool=name) for name in tools}
    for extract in tools.values():
        extract(pages[0])  # warm imports and caches, untimed
    for page in pages:
        samples: dict[str, list[float]] = {name: [] for name in tools}
        found: dict[str, Fields] = {}
        for _ in range(rounds):
            for name, extract in tools.items():
                start = time.perf_counter()
                found[name] = extract(page)
                samples[name].append(time.perf_counter() - start)
        for name, score in scores.items():
            score.seconds.append(min(samples[name]))
            _score(score, page, found[name])
    return list(scores.values())


def _score(score: Score, page: Page, fields: Fields) -> None:
    title, names, day = fields
    title_ok = scoring.title_matches(title, page.title)
    f1 = scoring.author_f1(names, list(page.authors))
    day_ok = scoring.day_matches(day, page.published)
    score.pages += 1
    score.titles += title_ok
    score.author_f1 += f1
    score.days += day_ok
    score.rows.append(
        f"{page.name[:34]:34} T{int(title_ok)} A{f1:.2f} D{int(day_ok)}  "
        f"{(title or '')[:40]!r} {names[:3]} {day}"
    )


def table(scores: list[Score]) -> str:
    lines = [
        "| tool | title | authors (token F1) | published day | pages/s | median ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in scores:
        n = s.pages or 1
        lines.append(
            f"| {s.tool} | {s.titles / n:.3f} ({s.titles}/{s.pages}) | {s.author_f1 / n:.3f} "
            f"| {s.days / n:.3f} ({s.days}/{s.pages}) | {s.pages / sum(s.seconds):.1f} "
            f"| {statistics.median(s.seconds) * 1000:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--corpus", type=Path, default=CORPUS)
    options.add_argument("--rounds", type=int, default=1, help="timed runs per page (min kept)")
    options.add_argument("--tools", default="newsparse,trafilatura,newspaper4k")
    options.add_argument("--pages", action="store_true", help="print a line per page and tool")
    args = options.parse_args()
    pages = load(args.corpus)
    if not pages:
        sys.exit(f"no pages under {args.corpus}")
    chosen = args.tools.split(",")
    tools: dict[str, Callable[[Page], Fields]] = {}
    if "newsparse" in chosen:
        tools["newsparse.parse_html"] = newsparse_fields
    if "trafilatura" in chosen:
        tools["trafilatura.bare_extraction"] = trafilatura_fields
    if "newspaper4k" in chosen:
        config = _newspaper_config()
        tools["newspaper4k"] = lambda p: newspaper_fields(p, config)
    scores = run(tools, pages, args.rounds)
    if args.pages:
        for s in scores:
            print(f"\n## {s.tool}")
            print("\n".join(s.rows))
    print(
        f"\n{len(pages)} pages, {dt.date.today().isoformat()}, Python {platform.python_version()}, "
        f"{platform.machine()} {platform.processor() or ''}".rstrip()
    )
    print(table(scores))
    figures: dict[str, float | int] = {"pages": len(pages)}
    for s in scores:
        n = s.pages or 1
        figures[f"{s.tool} title"] = s.titles / n
        figures[f"{s.tool} authors F1"] = s.author_f1 / n
        figures[f"{s.tool} day"] = s.days / n
        figures[f"{s.tool} pages/s"] = s.pages / sum(s.seconds)
    record("html", figures)


if __name__ == "__main__":
    main()
