"""Run the fuzz harnesses: ``python -m fuzz.run [--time S] [--jobs N] [NAME ...]``.

Each harness gets its corpus folder (``fuzz/corpus-NAME``, seeded from ``seeds/`` and the dev
corpus, kept between runs and ignored by git) and runs for ``--time`` seconds; crashes are written
to ``fuzz/crashes/`` and logs to ``fuzz/logs/``. The table printed at the end gives the executions
and the outcome of each harness; the exit status is 1 when any harness found a crash.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Final, NamedTuple

from fuzz.checks import CHECKS
from fuzz.seeds import ROOT, write_corpus

__all__ = ["Outcome", "fuzz_one", "main"]

_EXECUTED: Final = re.compile(r"stat::number_of_executed_units: ([0-9]{1,20})")
# Per input: an input slower than this is a hang (linear-time code parses a large input faster).
_TIMEOUT_SECONDS: Final = 20
_MEMORY_MB: Final = 4096


class Outcome(NamedTuple):
    """What one harness run did: executions, seconds, and whether it found a crash."""

    name: str
    executions: int
    seconds: float
    seeds: int
    crashed: bool
    log: Path


def fuzz_one(
    name: str,
    *,
    seconds: int,
    workdir: Path,
    limit: int | None = None,
    extra: tuple[str, ...] = (),
) -> Outcome:
    """Fuzz ``name`` for ``seconds`` with its corpus under ``workdir``; return the outcome."""
    corpus = workdir / f"corpus-{name}"
    seeds = write_corpus(name, corpus, limit=limit)
    crashes = workdir / "crashes"
    logs = workdir / "logs"
    crashes.mkdir(parents=True, exist_ok=True)
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{name}.log"
    command = [
        sys.executable,
        str(ROOT / "fuzz" / f"fuzz_{name}.py"),
        str(corpus),
        f"-max_total_time={seconds}",
        f"-timeout={_TIMEOUT_SECONDS}",
        f"-rss_limit_mb={_MEMORY_MB}",
        f"-artifact_prefix={crashes}/{name}-",
        "-print_final_stats=1",
        *extra,
    ]
    start = time.monotonic()
    with log.open("w") as stream:
        status = subprocess.run(
            command, stdout=stream, stderr=subprocess.STDOUT, check=False, cwd=ROOT
        ).returncode
    elapsed = time.monotonic() - start
    text = log.read_text(errors="replace")
    executed = _EXECUTED.findall(text)
    return Outcome(
        name=name,
        executions=int(executed[-1]) if executed else 0,
        seconds=elapsed,
        seeds=seeds,
        crashed=status != 0,
        log=log,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the harnesses named (all by default) and print a table of their outcomes."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument(
        "names", nargs="*", help=f"harnesses (default: all of {', '.join(CHECKS)})"
    )
    options.add_argument("--time", type=int, default=600, help="seconds per harness (600)")
    options.add_argument("--jobs", type=int, default=1, help="harnesses run at once (1)")
    options.add_argument(
        "--workdir", type=Path, default=ROOT / "fuzz", help="corpus, logs, crashes"
    )
    options.add_argument("--limit", type=int, default=None, help="dev corpus pages to seed from")
    args = options.parse_args(argv)
    names = args.names or list(CHECKS)
    unknown = [name for name in names if name not in CHECKS]
    if unknown:
        options.error(f"no harness named {', '.join(unknown)}")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outcomes = list(
            pool.map(
                lambda name: fuzz_one(
                    name, seconds=args.time, workdir=args.workdir, limit=args.limit
                ),
                names,
            )
        )
    print(f"{'harness':18} {'seeds':>6} {'executions':>11} {'seconds':>8}  outcome")
    for outcome in outcomes:
        verdict = f"CRASH, see {outcome.log}" if outcome.crashed else "no crash"
        print(
            f"{outcome.name:18} {outcome.seeds:>6} {outcome.executions:>11,} "
            f"{outcome.seconds:>8.0f}  {verdict}"
        )
    return 1 if any(outcome.crashed for outcome in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
