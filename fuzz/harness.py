"""Run one check under atheris: ``python -m fuzz.harness NAME [libFuzzer flags] [CORPUS ...]``.

newsparse is imported under atheris' instrumentation, so the fuzzer is guided by coverage of the
library's own code (not of bs4 or the standard library). The per-entry-point scripts
(``fuzz/fuzz_parse.py`` and its siblings) call :func:`main` with their name.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    from fuzz.checks import CHECKS

__all__ = ["main"]


def main(name: str, argv: list[str]) -> None:
    """Fuzz the entry point ``name`` with libFuzzer flags and corpus folders from ``argv``."""
    check = CHECKS[name]
    atheris.Setup([sys.argv[0], *argv], check)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
