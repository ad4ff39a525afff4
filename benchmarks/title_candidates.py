"""Count, per dump style, what sets the title line apart from the line the title label is on.

    .venv/bin/python benchmarks/title_candidates.py               # tune pages, every style
    .venv/bin/python benchmarks/title_candidates.py --style seed --misses 20

For every tune dump of the wide corpus (``../shared/corpus/wide`` or ``--corpus``) whose title
label is written in it (``manifest.json``), the line the plan takes as the title is compared with
the first line near the top that holds the label. Each of the two lines gets a few structural
features (heading level, a link in it, written again further down, a heading or a list of links
right under it, a date or a long paragraph right under it, a word shared with the URL slug), and
the tool prints how often each feature is true on the lines taken rightly, on the lines taken
wrongly and on the label's lines the plan missed. A feature that is common on wrong lines and
rare on right ones is evidence for a title rule; one true on both as often is none.
Check pages are never read: the split is the scorers' (``check`` when
``sha256(folder) % 3 == 0``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsparse._dates import find_dates
from newsparse._engine import Context, Shape
from newsparse._sites import slug_words
from newsparse._source import Source

STYLES = ("seed", "region-markdownify", "readability-lxml-markdownify", "trafilatura-html2text")
# The label is looked for this far down; the title stands near the top.
_SEARCH_LINES = 400
# "Right under" a line: the next few non-blank lines.
_UNDER = 3
_PROSE_CHARS = 200
_MARKUP = re.compile(r"[*_`#>\\]|!?\[|\]\([^)]{0,500}\)|^\s{0,3}(?:[-+]|\d{1,3}\.)\s")
_WORD = re.compile(r"[^\W\d_]{4,40}")


def split_of(folder: str) -> str:
    """``check`` or ``tune``, the split the scorers use."""
    return "check" if int(hashlib.sha256(folder.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub(" ", text).casefold().split())


def label_line(context: Context, label: str) -> int | None:
    """The first line near the top whose text holds the label (Markdown removed), else ``None``."""
    wanted = _plain(label)
    if not wanted:
        return None
    for index in range(min(context.count, _SEARCH_LINES)):
        if wanted in _plain(context.lines[index]):
            return index
    return None


def _under(context: Context, index: int) -> list[int]:
    lines: list[int] = []
    start = index + 1 + bool(context.setext_level(index))
    following = context.next_nonblank(start)
    while following is not None and len(lines) < _UNDER:
        lines.append(following)
        if context.title_level(following):
            break  # what stands under the next heading is that heading's
        following = context.next_nonblank(following + 1 + bool(context.setext_level(following)))
    return lines


def _repeated(context: Context, index: int) -> bool:
    text = _plain(context.lines[index])
    return bool(text) and any(
        _plain(context.lines[other]) == text for other in range(context.count) if other != index
    )


def _link_list(context: Context, index: int) -> bool:
    return context.shape(index) is Shape.LIST_ITEM and bool(context.inline(index).links)


def _dated(context: Context, index: int) -> bool:
    text = context.inline(index).text
    return len(text) < _PROSE_CHARS and any(found.has_date for found in find_dates(text))


def features(context: Context, index: int, slug: tuple[str, ...]) -> dict[str, bool]:
    """The structural features of line ``index`` as a title candidate."""
    under = _under(context, index)
    words = {word.casefold() for word in _WORD.findall(context.inline(index).text)}
    level = context.title_level(index)
    return {
        "heading": level > 0,
        "level 1": level == 1,
        "lower heading": level > 1,
        "linked": bool(context.inline(index).links),
        "written again": _repeated(context, index),
        "heading under": any(context.title_level(line) for line in under[:1]),
        "link list under": any(_link_list(context, line) for line in under),
        "date under": any(_dated(context, line) for line in under),
        "prose under": any(len(context.inline(line).text) >= _PROSE_CHARS for line in under),
        "slug word": any(word in slug for word in words),
    }


def _front(context: Context) -> list[int]:
    """The heading lines before the first long paragraph (and a few lines past it)."""
    end = context.count
    for index in range(context.count):
        if context.title_level(index) == 0 and len(context.inline(index).text) >= _PROSE_CHARS:
            end = index
            break
    stop = min(end + _UNDER, _SEARCH_LINES, context.count)
    return [i for i in range(stop) if context.title_level(i)]


def _first(lines: list[int], keep: Callable[[int], bool]) -> int | None:
    return next((line for line in lines if keep(line)), None)


def orderings(context: Context, slug: tuple[str, ...]) -> dict[str, int | None]:
    """The line each simple ordering of the evidence takes as the title."""
    front = _front(context)
    facts = {line: features(context, line, slug) for line in front}

    def under(line: int) -> bool:
        return facts[line]["date under"] or facts[line]["prose under"]

    return {
        "plan (today)": context.title_line,
        "first heading": _first(front, lambda line: True),
        "first level 1": _first(front, lambda line: facts[line]["level 1"]),
        "first over date/prose": _first(front, under),
        "first with a slug word": _first(front, lambda line: facts[line]["slug word"]),
        "first slug word + date/prose": _first(
            front, lambda line: facts[line]["slug word"] and under(line)
        ),
        "first not linked, not again": _first(
            front, lambda line: not facts[line]["linked"] and not facts[line]["written again"]
        ),
    }


def _tally(
    corpus: Path, style: str, misses: int, show: Callable[[str], None]
) -> dict[str, Counter[str]]:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = {
        "right": Counter(),
        "wrong": Counter(),
        "label": Counter(),
        "unplaced": Counter(),
        "orderings": Counter(),
    }
    shown = 0
    for record in manifest["dumps"]:
        folder = record["page"]
        if record["converter"] != style or not record.get("title_in_dump"):
            continue
        if split_of(folder) != "tune":
            continue  # check pages are measured by the scorers only, never read
        expected = json.loads((corpus / folder / "expected.json").read_text(encoding="utf-8"))
        text = (corpus / record["file"]).read_text(encoding="utf-8")
        context = Context(Source(text))
        label = expected.get("title") or ""
        slug = tuple(slug_words(expected.get("url") or ""))
        chosen = context.title_line
        wanted = _plain(label)
        for name, line in orderings(context, slug).items():
            hit = line is not None and bool(wanted) and wanted in _plain(context.lines[line])
            counts["orderings"][name] += hit
        counts["orderings"]["dumps"] += 1
        # The line taken holds the label: the title read from it may still cut it wrongly.
        if chosen is not None and _plain(label) in _plain(context.lines[chosen]):
            counts["right"]["lines"] += 1
            counts["right"].update(k for k, v in features(context, chosen, slug).items() if v)
            continue
        found = label_line(context, label)
        if found is None:
            counts["unplaced"]["lines"] += 1
            continue
        kind = "wrong"
        counts[kind]["lines"] += 1
        if chosen is None:
            counts["wrong"]["(no title line)"] += 1
        else:
            counts[kind].update(k for k, v in features(context, chosen, slug).items() if v)
        if kind == "wrong":
            counts["label"]["lines"] += 1
            counts["label"].update(k for k, v in features(context, found, slug).items() if v)
            if chosen is not None:
                counts["label"]["above the title taken" if found < chosen else "below it"] += 1
            if shown < misses:
                shown += 1
                taken = "-" if chosen is None else f"{chosen}: {context.lines[chosen][:70]}"
                show(f"  {folder}: label on {found}: {context.lines[found][:70]!r} / {taken!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the feature table for each style asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/wide"))
    parser.add_argument("--style", action="append", choices=STYLES)
    parser.add_argument("--misses", type=int, default=0, help="print up to N wrong lines per style")
    args = parser.parse_args(argv)
    if not (args.corpus / "manifest.json").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    for style in args.style or STYLES:
        print(f"== {style} (tune)")
        counts = _tally(args.corpus, style, args.misses, print)
        names = sorted(set().union(*(counts[kind] for kind in ("right", "wrong", "label"))))
        names = [name for name in names if name != "lines"]
        sizes = {kind: counts[kind]["lines"] for kind in counts}
        print(f"  {'feature':<26} {'right':>12} {'wrong':>12} {'label line':>12}")
        for name in names:
            cells = [
                f"{counts[kind][name]:>5} {100 * counts[kind][name] / max(sizes[kind], 1):>5.0f}%"
                for kind in ("right", "wrong", "label")
            ]
            print(f"  {name:<26} {cells[0]:>12} {cells[1]:>12} {cells[2]:>12}")
        print(f"  {'lines':<26} {sizes['right']:>12} {sizes['wrong']:>12} {sizes['label']:>12}")
        print(f"  wrong, the label on no single line near the top: {sizes['unplaced']}")
        dumps = counts["orderings"].pop("dumps", 0)
        print(f"  the line each ordering takes holds the label, of {dumps} dumps:")
        for name, hits in counts["orderings"].items():
            print(f"    {name:<30} {hits:>5} {100 * hits / max(dumps, 1):>6.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
