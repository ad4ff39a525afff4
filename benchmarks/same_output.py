"""Store the JSON of every input we have, and tell whether a later run gives the same bytes.

A change meant to keep behaviour (a refactor) is checked by saving a run before it and comparing a
run after it. The inputs, each under a stable key:

- ``parse`` of the seed dumps (``seeds/``), of every dump under ``tests/fixtures`` (``*.md``) and
  of the fuzz regression inputs of ``parse``;
- ``parse`` of ``../shared/corpus/dev`` (``dump.md``, ``dump-links.md``) and of
  ``../shared/corpus/wide`` (its four dump styles);
- ``parse_html`` of the fixture pages, the regression inputs of ``parse_html``, and the dev and
  wide pages (the slow part: ``--no-html`` leaves it out).

A failure is stored as its ``ParseError`` code, so an input that starts or stops raising counts as
a difference. The run file is gzip-compressed JSON (key -> the ``to_json`` text or the error).

Run::

    .venv/bin/python benchmarks/same_output.py --save /tmp/before.json.gz
    ... change the code ...
    .venv/bin/python benchmarks/same_output.py --compare /tmp/before.json.gz [--diffs 5]
    ... after a change that adds a key on purpose: --ignore schema_version --ignore pictures

``--compare`` prints how many inputs are identical, different, new and gone, then the first
differences (the first differing JSON path of each), and exits 1 when any input differs. A
difference on a page of the wide corpus's check split is counted, never shown: rules are read
from tune pages only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
WIDE_STYLES = (
    "seed",
    "region-markdownify",
    "readability-lxml-markdownify",
    "trafilatura-html2text",
)

# (key, entry point, path): entry point is "parse" (a dump) or "parse_html" (a page)
Job = tuple[str, str, str]


def inputs(root: Path = ROOT, shared: Path = SHARED, *, html: bool = True) -> Iterator[Job]:
    """Every input, keyed by its corpus and path, in a stable order."""
    for path in sorted((root / "seeds").iterdir()):
        if path.is_file():
            yield f"seed/{path.name}", "parse", str(path)
    fixtures = root / "tests" / "fixtures"
    for path in sorted(fixtures.rglob("*.md")):
        yield f"fixture/{path.relative_to(fixtures)}", "parse", str(path)
    for entry in ("parse", "parse_html"):
        folder = fixtures / "regressions" / entry
        if entry == "parse_html" and not html:
            continue
        for path in sorted(folder.glob("*")) if folder.is_dir() else ():
            yield f"regression/{entry}/{path.name}", entry, str(path)
    for name in ("dump.md", "dump-links.md"):
        for path in sorted((shared / "dev").glob(f"*/{name}")):
            yield f"dev/{path.parent.name}/{name}", "parse", str(path)
    for style in WIDE_STYLES:
        for path in sorted((shared / "wide").glob(f"*/dump.{style}.md")):
            yield f"wide/{path.parent.name}/{path.name}", "parse", str(path)
    if not html:
        return
    for path in sorted((fixtures / "html").glob("*.html")):
        yield f"fixture/html/{path.name}", "parse_html", str(path)
    for path in sorted((shared / "dev").glob("*/page.html")):
        yield f"dev/{path.parent.name}/page.html", "parse_html", str(path)
    for path in sorted((shared / "wide").glob("*/page.html.gz")):
        yield f"wide/{path.parent.name}/page.html.gz", "parse_html", str(path)


def _read(path: str) -> bytes:
    data = Path(path).read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def run_one(job: Job) -> tuple[str, str]:
    """The key and the JSON text (or ``error: CODE``) of one input."""
    key, entry, path = job
    data = _read(path)
    try:
        if entry == "parse_html":
            article = newsparse.parse_html(data)
        else:
            article = newsparse.parse(data.decode("utf-8", errors="surrogateescape"))
    except newsparse.ParseError as error:
        return key, f"error: {error.code}"
    return key, newsparse.to_json(article)


def run_all(jobs: list[Job], workers: int) -> dict[str, str]:
    """Every input's output, by key (in a pool of ``workers`` processes when more than one)."""
    if workers <= 1:
        return dict(map(run_one, jobs))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return dict(pool.map(run_one, jobs, chunksize=16))


def first_difference(before: Any, after: Any, path: str = "$") -> str | None:
    """The JSON path of the first place ``before`` and ``after`` differ, with both values."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            if key not in after or key not in before:
                return f"{path}.{key}: only in {'before' if key in before else 'after'}"
            found = first_difference(before[key], after[key], f"{path}.{key}")
            if found is not None:
                return found
        if list(before) != list(after):
            return f"{path}: same keys in another order"
        return None
    if isinstance(before, list) and isinstance(after, list):
        for index, (one, two) in enumerate(zip(before, after, strict=False)):
            found = first_difference(one, two, f"{path}[{index}]")
            if found is not None:
                return found
        if len(before) != len(after):
            return f"{path}: {len(before)} items before, {len(after)} after"
        return None
    if before != after or type(before) is not type(after):
        return f"{path}: {json.dumps(before)[:200]} -> {json.dumps(after)[:200]}"
    return None


def _loaded(text: str) -> Any:
    return text if text.startswith("error: ") else json.loads(text)


def without(text: str, ignored: tuple[str, ...]) -> str:
    """``text`` with the top-level keys ``ignored`` taken out (an error stays as it is)."""
    if not ignored or text.startswith("error: "):
        return text
    data = json.loads(text)
    return json.dumps({key: value for key, value in data.items() if key not in ignored})


def compare(before: dict[str, str], after: dict[str, str], diffs: int) -> int:
    """Print the counts and the first ``diffs`` differences; the number of inputs that differ."""
    same = sum(1 for key, text in after.items() if before.get(key) == text)
    different = [key for key, text in after.items() if key in before and before[key] != text]
    new = [key for key in after if key not in before]
    gone = [key for key in before if key not in after]
    print(f"identical {same}, different {len(different)}, new {len(new)}, gone {len(gone)}")
    groups: dict[str, int] = {}
    for key in different:
        group = key.split("/")[0] + "/" + key.rsplit("/", 1)[-1].split(".", 1)[-1]
        groups[group] = groups.get(group, 0) + 1
    for group, count in sorted(groups.items()):
        print(f"  {group:48} {count:6} different")
    shown = [key for key in different if not on_check_page(key)]
    if len(shown) < len(different):
        print(f"  {len(different) - len(shown)} on wide check pages: counted, never shown")
    for key in shown[:diffs]:
        print(f"{key}\n  {first_difference(_loaded(before[key]), _loaded(after[key]))}")
    for key in (new + gone)[: max(0, diffs - len(shown))]:
        print(f"{key}: {'new' if key in after else 'gone'}")
    return len(different) + len(new) + len(gone)


def on_check_page(key: str) -> bool:
    """Whether ``key`` is a page of the wide corpus's check split (measured, never read).

    The split is the scorers': ``check`` when ``sha256(folder) % 3 == 0``.
    """
    corpus, _, rest = key.partition("/")
    if corpus != "wide":
        return False
    folder = rest.split("/", 1)[0]
    return int(hashlib.sha256(folder.encode()).hexdigest(), 16) % 3 == 0


def main(argv: list[str] | None = None) -> int:
    """Run every input; save the run, or compare it with a saved one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the run to this file (gzip JSON)")
    parser.add_argument("--compare", type=Path, help="a saved run to compare this run with")
    parser.add_argument("--diffs", type=int, default=10, help="differences to print (10)")
    parser.add_argument("--no-html", action="store_true", help="leave parse_html out (fast)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--only", help="only keys starting with this (seed, fixture, dev, wide)")
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="KEY",
        help="leave this top-level JSON key out of the comparison (a version, a key added since)",
    )
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"note: no corpus at {SHARED}; seeds and fixtures only", file=sys.stderr)
    jobs = list(inputs(html=not args.no_html))
    if args.only:
        jobs = [job for job in jobs if job[0].startswith(args.only)]
    started = time.perf_counter()
    after = run_all(jobs, args.jobs)
    seconds = time.perf_counter() - started
    print(f"{len(after)} inputs in {seconds:.0f} s", file=sys.stderr)
    if args.save:
        args.save.write_bytes(gzip.compress(json.dumps(after).encode("utf-8"), 6))
    if args.compare:
        before: dict[str, str] = json.loads(gzip.decompress(args.compare.read_bytes()))
        if args.no_html or args.only:
            # A partial run is compared with the same part of a full one.
            before = {key: text for key, text in before.items() if key in after}
        if args.ignore:
            ignored = tuple(args.ignore)
            before = {key: without(text, ignored) for key, text in before.items()}
            after = {key: without(text, ignored) for key, text in after.items()}
        return 1 if compare(before, after, args.diffs) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
