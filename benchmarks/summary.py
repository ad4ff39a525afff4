"""Each benchmark's headline figures, gathered into one table by ``make bench``.

A benchmark calls :func:`record` with a few figures; when ``NEWSPARSE_BENCH_OUT`` names a folder
they are written there as ``<name>.json``, and ``python benchmarks/summary.py`` prints them all as
one table. Run on its own, a benchmark only prints its own report.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

__all__ = ["record"]


def record(name: str, figures: dict[str, Any]) -> None:
    """Keep ``figures`` (label to value) for the summary table, if a summary is being made."""
    folder = os.environ.get("NEWSPARSE_BENCH_OUT")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"{name}.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/out")
    files = sorted(folder.glob("*.json"))
    if not files:
        sys.exit(f"no benchmark figures in {folder}")
    print(
        f"\nnewsparse benchmarks, {dt.date.today().isoformat()}, Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"
    )
    width = max(len(label) for f in files for label in json.loads(f.read_text())) + 2
    for path in files:
        print(f"\n{path.stem}")
        for label, value in json.loads(path.read_text(encoding="utf-8")).items():
            shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
            print(f"  {label:<{width}} {shown:>14}")


if __name__ == "__main__":
    main()
