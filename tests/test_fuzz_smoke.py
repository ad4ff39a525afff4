"""Each atheris harness runs for a moment on a small seed corpus and finds nothing.

``make fuzz`` runs them for ten minutes each; ``make fuzz-smoke`` runs this check that every
harness works (it imports, seeds, starts libFuzzer, and survives its first mutations). It is
marked ``fuzz`` and left out of ``make test`` (``-m "not fuzz"`` in pytest's options): it costs
half a minute of both cores and measures the fuzzer as much as newsparse. atheris is in the
``dev`` dependency group, so it runs wherever ``make test`` does; it is never skipped.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from fuzz.checks import CHECKS
from fuzz.run import Outcome, fuzz_one
from fuzz.seeds import ROOT

# Seconds each harness fuzzes, and the dev pages its corpus starts from (the seed is always in).
SMOKE_SECONDS = 2
SMOKE_PAGES = 2


def test_every_entry_point_has_a_harness_script() -> None:
    scripts = {p.stem.removeprefix("fuzz_") for p in (ROOT / "fuzz").glob("fuzz_*.py")}
    assert scripts == set(CHECKS)


@pytest.mark.fuzz
def test_every_harness_runs_without_finding_a_crash(tmp_path: Path) -> None:
    def smoke(name: str) -> Outcome:
        return fuzz_one(
            name,
            seconds=SMOKE_SECONDS,
            workdir=tmp_path,
            limit=SMOKE_PAGES,
            extra=("-seed=1",),
        )

    # Two at a time: the machines this runs on have two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(smoke, CHECKS))
    for outcome in outcomes:
        log = outcome.log.read_text(errors="replace")
        assert not outcome.crashed, f"{outcome.name} found a crash:\n{log[-3000:]}"
        assert outcome.executions > 0, f"{outcome.name} ran nothing:\n{log[-3000:]}"
