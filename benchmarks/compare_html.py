"""newsparse.parse_html against trafilatura (and optionally newspaper4k) on the wide corpus pages.

Every ``page.html.gz`` of ``../shared/corpus/wide`` (or of one split: ``--pages tune|check``) is
given to each tool in this one process, the tools taking turns page by page so that a slow moment
of the shared machine falls on all alike. Title, authors and published day are scored by the
evaluation kit itself (``../shared/eval/score.py``: its page loading, field reading, per-page
scores and summary), so the figures are those ``score.py --parser newsparse:parse_html`` prints.

Body text is scored with the corpus's own body checks: each page's ``expected.json`` carries
``upstream.with`` (snippets the article text must hold) and ``upstream.without`` (snippets it must
not). A snippet is in the text when its words occur in a row there (the kit's normalisation:
NFKC, quotes and dashes, case; letters and digits only). newsparse's article text is its
standfirst and body blocks' plain text, joined by blank lines; trafilatura's is its ``text``.

Time is measured around each extraction call only (the page is decoded from UTF-8 before the
clock starts, as score.py does); a first untimed call per tool warms imports and caches.

Run (the peers are in the ``benchmark`` dependency group, never runtime dependencies)::

    .venv/bin/python -m pip install --group benchmark
    .venv/bin/python benchmarks/compare_html.py [--pages all|tune|check] [--tools ...] [--misses N]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import importlib.util
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsparse
from summary import record

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CORPUS = ROOT.parent / "shared" / "corpus"


@attrs.frozen
class Extracted:
    """What a tool gave for one page: the object score.py reads fields from, and its text."""

    result: object
    text: str


Tool = Callable[[str], Extracted]


@attrs.define
class Tally:
    """One tool's records (score.py's shape) and body snippet counts over the pages."""

    tool: str
    records: list[dict[str, Any]] = attrs.Factory(list)
    with_found: int = 0
    with_total: int = 0
    without_absent: int = 0
    without_total: int = 0
    misses: list[str] = attrs.Factory(list)


def kit() -> tuple[ModuleType, ModuleType]:
    """The evaluation kit's ``score`` and ``textnorm`` modules, from ``../shared/eval``."""
    if not (EVAL / "score.py").is_file():
        sys.exit(f"the evaluation kit is not at {EVAL}")
    sys.path.insert(0, str(EVAL))
    return importlib.import_module("score"), importlib.import_module("textnorm")


def newsparse_tool(page: str) -> Extracted:
    article = newsparse.parse_html(page)
    blocks = [article.standfirst, *article.body] if article.standfirst else article.body
    return Extracted(article, "\n\n".join(block.text for block in blocks))


def trafilatura_tool(page: str) -> Extracted:
    import trafilatura

    found = trafilatura.bare_extraction(page, with_metadata=True)
    if found is None:
        return Extracted({"title": None, "authors": [], "date": None}, "")
    author = getattr(found, "author", None) or ""
    fields = {
        "title": getattr(found, "title", None),
        "authors": [name.strip() for name in author.split(";") if name.strip()],
        "date": getattr(found, "date", None),
    }
    return Extracted(fields, getattr(found, "text", None) or "")


def newspaper_tool() -> Tool:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # never fetch anything: the page is given
    config.memorize_articles = False

    def extract(page: str) -> Extracted:
        article = newspaper.Article("https://example.com/", config=config)
        article.download(input_html=page)
        article.parse()
        fields = {
            "title": article.title or None,
            "authors": list(article.authors),
            "date": article.publish_date,
        }
        return Extracted(fields, article.text or "")

    return extract


def _words(textnorm: ModuleType, text: str) -> str:
    return " " + " ".join(textnorm.tokens(text)) + " "


def body_counts(tally: Tally, textnorm: ModuleType, doc: dict[str, Any], text: str) -> None:
    """Count the page's ``with`` snippets found in ``text`` and ``without`` snippets absent."""
    upstream = doc["exp"].get("upstream") or {}
    words = _words(textnorm, text)
    for snippet in upstream.get("with") or []:
        needle = _words(textnorm, snippet)
        if needle.strip():
            tally.with_total += 1
            found = needle in words
            tally.with_found += found
            if not found:
                tally.misses.append(f"{doc['id']}: missing {snippet[:70]!r}")
    for snippet in upstream.get("without") or []:
        needle = _words(textnorm, snippet)
        if needle.strip():
            tally.without_total += 1
            absent = needle not in words
            tally.without_absent += absent
            if not absent:
                tally.misses.append(f"{doc['id']}: holds {snippet[:70]!r}")


def run(
    tools: dict[str, Tool], docs: list[dict[str, Any]], score: ModuleType, textnorm: ModuleType
) -> list[Tally]:
    """Give every page to every tool in turn, timing each call and scoring it with the kit."""
    tallies = {name: Tally(tool=name) for name in tools}
    ok_errors = (newsparse.ParseError,)
    first = score._text(docs[0])
    for extract in tools.values():
        with contextlib.suppress(Exception):  # a failure shows again, counted, below
            extract(first)  # warm imports and caches, untimed
    for doc in docs:
        page = score._text(doc)
        for name, extract in tools.items():
            record_ = {"set": doc["set"], "id": doc["id"], "group": name, "status": "ok"}
            start = time.perf_counter()
            try:
                got: Extracted | None = extract(page)
            except ok_errors:
                record_["status"], got = "rejected", None
            except Exception as error:  # counting crashes is the point
                record_["status"], got = "crash", None
                tallies[name].misses.append(f"{doc['id']}: crash {error!r:.100}")
            record_["seconds"] = time.perf_counter() - start
            if got is None:
                fields: dict[str, Any] = {"title": None, "byline": None, "date": None}
            else:
                fields = score.read_fields(got.result, "html")
            record_["scores"] = score.score_doc(fields, doc["exp"])
            record_["presence"] = None
            tallies[name].records.append(record_)
            body_counts(tallies[name], textnorm, doc, got.text if got else "")
    return list(tallies.values())


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def _pct(pair: tuple[float | None, int]) -> str:
    value, count = pair
    return "n/a" if value is None else f"{value / 100:.3f} (n={count})"


def table(tallies: list[Tally], score: ModuleType) -> tuple[str, dict[str, float | int]]:
    """The side-by-side table, and the figures ``make bench`` gathers."""
    lines = [
        "| tool | title | authors (token F1) | published day | body `with` found "
        "| body `without` absent | pages/s | median ms |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    figures: dict[str, float | int] = {}
    for t in tallies:
        s = score.summarise(t.records)
        crashes = f" ({s['crashes']} crashes)" if s["crashes"] else ""
        lines.append(
            f"| {t.tool}{crashes} | {_pct(s['title'])} | {_pct(s['byline'])} | {_pct(s['date'])} "
            f"| {_share(t.with_found, t.with_total)} "
            f"| {_share(t.without_absent, t.without_total)} "
            f"| {s['docs_per_s']:.1f} | {s['median_ms']:.1f} |"
        )
        figures[f"{t.tool} title"] = (s["title"][0] or 0) / 100
        figures[f"{t.tool} authors F1"] = (s["byline"][0] or 0) / 100
        figures[f"{t.tool} day"] = (s["date"][0] or 0) / 100
        figures[f"{t.tool} body with"] = t.with_found / (t.with_total or 1)
        figures[f"{t.tool} body without"] = t.without_absent / (t.without_total or 1)
        figures[f"{t.tool} pages/s"] = s["docs_per_s"]
    return "\n".join(lines), figures


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding wide/")
    options.add_argument("--pages", choices=("all", "tune", "check"), default="all")
    options.add_argument("--tools", default="newsparse,trafilatura", help="also: newspaper4k")
    options.add_argument("--limit", type=int, default=0, help="only the first N pages")
    options.add_argument("--misses", type=int, default=0, help="print N body misses per tool")
    args = options.parse_args()
    score, textnorm = kit()
    docs = score.load_docs(args.corpus, "wide", "html", None, None)
    if not docs:
        sys.exit(f"no wide corpus under {args.corpus}")
    if args.pages != "all":
        docs = [d for d in docs if score.split_of(d["id"]) == args.pages]
    docs = docs[: args.limit] if args.limit else docs
    chosen = args.tools.split(",")
    tools: dict[str, Tool] = {}
    if "newsparse" in chosen:
        tools["newsparse.parse_html"] = newsparse_tool
    if "trafilatura" in chosen:
        if importlib.util.find_spec("trafilatura") is None:
            # Not a crash per page: say once that the peer is missing and how to get it.
            print("SKIPPED trafilatura: not installed (pip install --group benchmark)")
        else:
            tools["trafilatura.bare_extraction"] = trafilatura_tool
    if "newspaper4k" in chosen:
        tools["newspaper4k"] = newspaper_tool()
    tallies = run(tools, docs, score, textnorm)
    for t in tallies if args.misses else ():
        print(f"\n## {t.tool}: body misses")
        print("\n".join(t.misses[: args.misses]))
    print(
        f"\nwide corpus, {args.pages} pages ({len(docs)}), {dt.date.today().isoformat()}, "
        f"Python {platform.python_version()}, {platform.machine()}"
    )
    text, figures = table(tallies, score)
    print(text)
    record("html", {"pages": len(docs), **figures})


if __name__ == "__main__":
    main()
