"""Issue 18's speed table, from one run: every figure the speed work is judged by, in one process.

``make bench`` runs this (``make bench BENCH_ARGS=--quick`` for a run of about a minute). Six
sections, each printed as a Markdown table and kept for ``benchmarks/summary.py``:

1. **parse**: newsparse, markdown-it-py, mistune and the floor over the benchmark corpus of
   ``bench_parse.py`` (generated dumps, seeds, dev dumps), round-robin, medians of the rounds,
   MB/s, ms per dump and newsparse's time over each contender's.
2. **instructions**: instructions per dump under callgrind (``instructions.py``) for newsparse,
   markdown-it-py and mistune, and the ratios; a figure the machine's load cannot move. valgrind
   is a system tool, not a Python dependency: without it the row says "skipped" and why.
3. **styles**: the same round-robin on ``../shared/corpus/wide``, one row per dump style (the four
   converters), newsparse against markdown-it-py and the floor on the same dumps; skipped, with
   the reason printed, when the corpus is absent.
4. **hostile**: ``parse`` on hostile shapes (``bench_scaling.SHAPES``, a chosen few) and on a
   real article's body repeated, at 1 MB and 10 MB (``max_size`` raised for the 10 MB input:
   ``MAX_INPUT`` would refuse it), CPU seconds, best of runs, and the 10 MB / 1 MB ratio (10 is
   linear; ``bench_scaling.py`` fails a run above 15).
5. **cli**: ``newsparse parse`` files/s at ``-j 1`` and ``-j 2`` on a generated corpus
   (``bench_cli.py``), with the CPU-time ratio: 2 x cpu(-j 1) / cpu(-j 2) is the speed-up two idle
   cores would give, a figure the other processes on the machine do not move.
6. **import**: ``python -X importtime -c "import newsparse"`` total (cumulative microseconds of
   the ``newsparse`` line), median of runs, against ``import attrs`` (the floor) and
   ``import markdown_it`` in the same loop, with bytecode cached as an installed package has it,
   and whether the HTML reader was loaded (the issue's target is under 60 ms without it).

Wall-clock figures depend on the machine's load, which is printed with each section; compare
ratios and instruction counts across runs. Nothing here asserts a time: this is not a test.

Run: ``.venv/bin/python benchmarks/speed.py [--quick] [--only parse,styles,...] [--shapes A;B]``
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse
from newsparse._article import clear_caches

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_cli
import bench_parse
import bench_scaling
import instructions
from summary import record

ROOT = Path(__file__).resolve().parent.parent
WIDE = ROOT.parent / "shared" / "corpus" / "wide"
STYLES = ("seed", "region-markdownify", "readability-lxml-markdownify", "trafilatura-html2text")
SECTIONS = ("parse", "instructions", "styles", "hostile", "cli", "import")
# The hostile shapes timed at 1 MB and 10 MB: the slowest per byte of bench_scaling.py's table
# (bylines, link openers, list markers) and the plain shapes a long dump is made of. A 10 MB
# input takes seconds to tens of seconds (bylines, the slowest, about 25 s of CPU): the list is
# short so that ``make bench`` stays within minutes; ``bench_scaling.py`` runs all the shapes.
# "short lines" (``"a\n" * n``) is left out: linear, but about 27 s per MB on 2026-12-06 (270 s
# at 10 MB); ``--shapes "short lines"`` times it.
HOSTILE = (
    "'[' * n",
    "unclosed '[a](' * n",
    "list markers '* ' * n",
    "bylines",
    "date phrases",
    "one long prose line",
)
HOSTILE_QUICK = ("'[' * n", "list markers '* ' * n", "one long prose line")
HOSTILE_SIZES = (1_000_000, 10_000_000)
IMPORT_LINE = re.compile(r"^import time:\s{0,20}(\d{1,12}) \|\s{0,20}(\d{1,12}) \| (.{1,200})$")


def load() -> str:
    """The 1-minute load average and the core count, for the heading of each section."""
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def _cell(value: Any) -> str:
    return f"{value:,.3f}" if isinstance(value, float) else str(value)


def table_head(head: list[str]) -> None:
    """Print the head of a Markdown table."""
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join("---" for _ in head) + " |")
    sys.stdout.flush()


def table_row(row: list[Any]) -> None:
    """Print one row of a Markdown table (floats with three places past the point)."""
    print("| " + " | ".join(_cell(value) for value in row) + " |")
    sys.stdout.flush()


def table(head: list[str], rows: list[list[Any]]) -> None:
    """Print a Markdown table."""
    table_head(head)
    for row in rows:
        table_row(row)


def skipped(section: str, reason: str) -> None:
    """Say loudly that a section did not run, and keep the reason for the summary."""
    print(f"SKIPPED {section}: {reason}")
    record(section, {"skipped": reason})


def parse_section(dumps: int, rounds: int) -> None:
    """Section 1: newsparse against the floor and the two Markdown parsers."""
    texts = bench_parse.corpus(dumps)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(
        f"\n## parse: {len(texts)} dumps, {megabytes:.1f} MB, median of {rounds} rounds, {load()}\n"
    )
    result = bench_parse.summary(texts, bench_parse.measure(texts, rounds))
    rows = result["rows"]
    missing = [name for name in ("markdown-it-py", "mistune") if name not in rows]
    if missing:
        print(f"NOT INSTALLED: {', '.join(missing)} (pip install --group benchmark)")
    table(
        ["contender", "MB/s", "ms/dump", "newsparse time ÷ this"],
        [[name, r["mb_per_s"], r["ms_per_dump"], r["newsparse_vs"]] for name, r in rows.items()],
    )
    figures: dict[str, Any] = {"dumps": result["dumps"], "MB": result["megabytes"]}
    for name, row in rows.items():
        figures[f"{name} MB/s"] = row["mb_per_s"]
        figures[f"{name} ms/dump"] = row["ms_per_dump"]
        if name != "newsparse":
            figures[f"newsparse time / {name} time"] = row["newsparse_vs"]
    record("parse", figures)


def instructions_section(dumps: int) -> None:
    """Section 2: instructions per dump under callgrind, or a clear skip."""
    print(f"\n## instructions: {dumps} generated dumps under callgrind\n")
    if shutil.which("valgrind") is None:
        skipped("instructions", "valgrind is not installed (apt-get install valgrind)")
        return
    peers = [name for name in ("markdown-it-py", "mistune") if name in bench_parse.contenders()]
    if "markdown-it-py" not in peers:
        skipped("instructions", "markdown-it-py is not installed (pip install --group benchmark)")
        return
    # Two children at a time: an instruction count does not depend on the load, so this halves
    # the wait (a child takes most of a minute under callgrind) without moving the figure.
    names = ["none", "newsparse", *peers]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        totals = dict(
            zip(names, pool.map(lambda n: instructions.instructions(n, dumps), names), strict=True)
        )
    counts = {name: (totals[name] - totals["none"]) / dumps for name in names[1:]}
    ours = counts["newsparse"]
    table(
        ["contender", "M instructions/dump", "newsparse ÷ this"],
        [[name, count / 1e6, ours / count] for name, count in counts.items()],
    )
    figures: dict[str, Any] = {f"{n} M instructions/dump": c / 1e6 for n, c in counts.items()}
    for name in peers:
        figures[f"newsparse / {name} instructions"] = ours / counts[name]
    record("instructions", figures)


def wide_dumps(style: str, every: int) -> list[str]:
    """The ``style`` dumps of every ``every``-th wide page (all pages with ``every`` 1)."""
    pages = sorted(path for path in WIDE.iterdir() if path.is_dir())[::every]
    files = [page / f"dump.{style}.md" for page in pages]
    return [path.read_text(encoding="utf-8") for path in files if path.is_file()]


def styles_section(rounds: int, every: int) -> None:
    """Section 3: per-style speed on the wide corpus."""
    print(f"\n## styles: ../shared/corpus/wide, median of {rounds} rounds, {load()}\n")
    if not WIDE.is_dir():
        skipped("styles", f"{WIDE} is absent (the wide corpus is not in this checkout)")
        return
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    for style in STYLES:
        texts = wide_dumps(style, every)
        if not texts:
            print(f"SKIPPED style {style}: no dump.{style}.md in {WIDE}")
            continue
        result = bench_parse.summary(texts, bench_parse.measure(texts, rounds))
        ours = result["rows"]["newsparse"]
        peer = result["rows"].get("markdown-it-py", {}).get("newsparse_vs", "-")
        floor = result["rows"]["floor"]["newsparse_vs"]
        speed = [ours["mb_per_s"], ours["ms_per_dump"], peer, floor]
        rows.append([style, len(texts), result["megabytes"], *speed])
        figures[f"{style} MB/s"] = ours["mb_per_s"]
        figures[f"{style} ms/dump"] = ours["ms_per_dump"]
        figures[f"{style} newsparse / markdown-it-py"] = peer
        figures[f"{style} newsparse / floor"] = floor
    head = ["style", "dumps", "MB", "newsparse MB/s", "ms/dump", "÷ markdown-it-py", "÷ floor"]
    table(head, rows)
    record("styles", figures)


def _grown_seed(size: int) -> str:
    """A real article (the seed) with its body repeated to about ``size`` characters."""
    seed = bench_scaling.SEED.read_text(encoding="utf-8")
    return bench_scaling._grown(seed, max(1, size // len(seed)))


def _cpu_best(text: str, runs: int) -> float:
    """Best CPU seconds of ``runs`` cold parses of ``text``, whatever its size."""
    best = float("inf")
    for _ in range(runs):
        clear_caches()
        gc.collect()
        start = time.process_time()
        newsparse.parse(text, max_size=len(text))
        best = min(best, time.process_time() - start)
    return best


def hostile_section(names: tuple[str, ...], runs: tuple[int, int]) -> None:
    """Section 4: 1 MB and 10 MB hostile inputs and their ratio."""
    small, large = HOSTILE_SIZES
    print(
        f"\n## hostile: CPU seconds, best of {runs[0]} at 1 MB and {runs[1]} at 10 MB, {load()}\n"
    )
    makers: dict[str, Callable[[int], str]] = {name: bench_scaling.SHAPES[name] for name in names}
    if bench_scaling.SEED.exists():
        makers["seed body repeated"] = _grown_seed
    rows: list[list[Any]] = []
    worst = 0.0
    table_head(["input", "1 MB s", "10 MB s", "MB/s at 10 MB", "10 MB ÷ 1 MB (10 = linear)"])
    for name, make in makers.items():
        texts = [make(small), make(large)]
        seconds = [_cpu_best(texts[0], runs[0]), _cpu_best(texts[1], runs[1])]
        ratio = seconds[1] / max(seconds[0], 1e-6)
        worst = max(worst, ratio)
        megabytes = len(texts[1].encode("utf-8")) / 1e6
        rows.append([name, seconds[0], seconds[1], megabytes / seconds[1], ratio])
        table_row(rows[-1])
    figures: dict[str, Any] = {f"{row[0]} 10 MB / 1 MB": row[4] for row in rows}
    figures["worst 10 MB / 1 MB"] = worst
    record("hostile", figures)


def cli_section(files: int, rounds: int) -> None:
    """Section 5: the command line at -j 1 and -j 2, files/s and CPU time."""
    print(f"\n## cli: `newsparse parse` on {files} files, median of {rounds} rounds, {load()}\n")
    samples: dict[int, list[bench_cli.Sample]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="newsparse-speed-") as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        real, size = bench_cli.write_corpus(folder, files, 1)
        output = Path(scratch) / "out.jsonl"
        for _ in range(rounds):
            for jobs in (1, 2):
                samples[jobs].append(bench_cli.run_cli(folder, jobs, output))
    wall = {jobs: statistics.median(s.seconds for s in runs) for jobs, runs in samples.items()}
    cpu = {jobs: statistics.median(s.cpu for s in runs) for jobs, runs in samples.items()}
    print(f"{files} files ({real} real dev dumps), {size / 1e6:.1f} MB\n")
    table(
        ["jobs", "files/s", "wall s", "cpu s"],
        [[jobs, files / wall[jobs], wall[jobs], cpu[jobs]] for jobs in (1, 2)],
    )
    measured = wall[1] / wall[2]
    idle = 2 * cpu[1] / cpu[2]
    print(
        f"\n-j 2 ÷ -j 1 in files/s: {measured:.2f}x measured; {idle:.2f}x on two idle cores "
        f"(2 x cpu(-j 1) / cpu(-j 2)); cpu(-j 2) / cpu(-j 1) = {cpu[2] / cpu[1]:.2f}"
    )
    record(
        "cli",
        {
            "files": files,
            "-j 1 files/s": files / wall[1],
            "-j 2 files/s": files / wall[2],
            "-j 2 / -j 1 files/s": measured,
            "cpu(-j 2) / cpu(-j 1)": cpu[2] / cpu[1],
            "-j 2 / -j 1 on two idle cores": idle,
        },
    )


def read_importtime(stderr: str, module: str) -> tuple[int, bool]:
    """From ``-X importtime`` output: ``module``'s cumulative microseconds; whether HTML loaded.

    Only the line naming ``module`` unindented counts (the top-level import, whose cumulative
    figure holds everything it imported); 0 when there is none. The second value says whether
    any ``newsparse._html`` module was imported on the way.
    """
    total = 0
    html = False
    for line in stderr.splitlines():
        found = IMPORT_LINE.match(line)
        if found is None:
            continue
        name = found.group(3)
        if name.strip().startswith("newsparse._html"):
            html = True
        if name == module:
            total = int(found.group(2))
    return total, html


def bytecode_env(cache: str) -> dict[str, str]:
    """The environment for timing an import: bytecode written to and read from ``cache``.

    Installed packages import from their ``.pyc`` files; a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` set (as the helper sessions are) compiles every module of ``src/``
    from source on each import, which once made up most of ``import newsparse``'s figure.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def import_micros(module: str, env: dict[str, str] | None = None) -> tuple[int, bool]:
    """:func:`read_importtime` for ``import module`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return read_importtime(done.stderr, module)


# What a program that parses pays before its first Article: `import newsparse` loads the records
# only, and the first `parse` loads the parsers (and compiles their regexes).
FIRST_PARSE = "import newsparse\nnewsparse.parse('# T\\n\\nBy Jo Park\\n\\nMay 2, 2020\\n\\nText.')"


def import_cpu_ms(module: str, env: dict[str, str], code: str | None = None) -> float:
    """CPU milliseconds of ``import module`` (or of ``code``) in a fresh interpreter.

    CPU time, which the load moves less than the wall clock.
    """
    timed = code or f"import {module}"
    code = f"import time\nt = time.process_time()\n{timed}\nprint(time.process_time() - t)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(done.stdout) * 1000


def import_section(runs: int) -> None:
    """Section 6: ``import newsparse`` against ``import markdown_it``, fresh interpreters."""
    print(f"\n## import: `python -X importtime`, median of {runs} fresh interpreters, {load()}\n")
    print("Bytecode cached (a first, untimed run writes it), as an installed package has it;")
    print("`attrs` is the floor: every record is an attrs class.\n")
    peers = ["newsparse", "attrs"]
    if "markdown-it-py" in bench_parse.contenders():
        peers.append("markdown_it")
    times: dict[str, list[int]] = {name: [] for name in peers}
    cpu: dict[str, list[float]] = {name: [] for name in peers}
    html = False
    with tempfile.TemporaryDirectory(prefix="newsparse-pyc-") as cache:
        env = bytecode_env(cache)
        for name in peers:
            import_micros(name, env)  # writes the bytecode
        for _ in range(runs):
            for name in peers:
                micros, loaded = import_micros(name, env)
                times[name].append(micros)
                html = html or (name == "newsparse" and loaded)
                cpu[name].append(import_cpu_ms(name, env))
        first_parse = statistics.median(
            import_cpu_ms("newsparse", env, FIRST_PARSE) for _ in range(runs)
        )
    medians = {name: statistics.median(values) / 1000 for name, values in times.items()}
    cpu_ms = {name: statistics.median(values) for name, values in cpu.items()}
    rows: list[list[Any]] = [
        [name, ms, medians["newsparse"] / ms, cpu_ms[name], cpu_ms["newsparse"] / cpu_ms[name]]
        for name, ms in medians.items()
    ]
    table(["import", "ms", "newsparse ÷ this", "CPU ms", "CPU: newsparse ÷ this"], rows)
    print(f"\nHTML reader loaded by `import newsparse`: {'yes' if html else 'no'}")
    print(
        f"`import newsparse` and a first `parse` (it loads the parsers): {first_parse:.1f} CPU ms"
    )
    figures: dict[str, Any] = {f"import {name} ms": ms for name, ms in medians.items()}
    figures.update({f"import {name} CPU ms": ms for name, ms in cpu_ms.items()})
    figures["HTML reader loaded"] = "yes" if html else "no"
    figures["import newsparse and a first parse CPU ms"] = first_parse
    record("import", figures)


def main() -> None:
    """Run the sections asked for (all by default) and print each one's table."""
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--quick", action="store_true", help="fewer dumps, rounds and shapes")
    options.add_argument("--only", default=",".join(SECTIONS), help="sections, comma-separated")
    options.add_argument(
        "--shapes", default="", help="hostile shapes (bench_scaling.SHAPES names), ';'-separated"
    )
    args = options.parse_args()
    chosen = args.only.split(",")
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        sys.exit(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    quick = args.quick
    shapes = tuple(name for name in args.shapes.split(";") if name)
    if set(shapes) - set(bench_scaling.SHAPES):
        sys.exit(f"unknown shapes {sorted(set(shapes) - set(bench_scaling.SHAPES))}")
    start = time.perf_counter()
    print(
        f"newsparse speed, Python {sys.version.split()[0]}, {load()}"
        + (" (--quick: fewer dumps, rounds and shapes)" if quick else "")
    )
    newsparse.parse("# warm\n\nBy X\n\nJuly 1, 2020\n\nText.")
    runs: dict[str, Callable[[], None]] = {
        "parse": lambda: parse_section(200 if quick else 600, 3 if quick else 5),
        "instructions": lambda: instructions_section(10 if quick else 60),
        "styles": lambda: styles_section(1 if quick else 3, 9 if quick else 3),
        "hostile": lambda: hostile_section(
            shapes or (HOSTILE_QUICK if quick else HOSTILE), (1, 1) if quick else (2, 1)
        ),
        "cli": lambda: cli_section(300 if quick else 1000, 1 if quick else 3),
        "import": lambda: import_section(5 if quick else 9),
    }
    for section, run in runs.items():
        if section in chosen:
            began = time.perf_counter()
            run()
            print(f"\n({section}: {time.perf_counter() - began:.0f} s)")
    print(f"\n{time.perf_counter() - start:.0f} s in all")


if __name__ == "__main__":
    main()
