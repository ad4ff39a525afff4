"""The compiled build (``make compiled``) against pure Python: identical output, then its speed.

Three steps, each in child processes so that each imports the package it is meant to:

1. **fresh**: the build's manifest names the same ``.py`` sources as ``src/newsparse`` holds,
   and the compiled child really imports extension modules (a build that silently fell back to
   the ``.py`` files would compare equal and prove nothing);
2. **identical**: ``same_output.py`` saves a pure run (or takes ``--saved F``, a pure run saved
   earlier) and compares the compiled run with it, byte for byte; exit status 1 on any
   difference;
3. **speed**: CPU ms per generated dump (``make_corpus.generate``), pure and compiled children
   taking turns, best of each child's rounds (``--dumps 0`` skips it). Instructions per dump:
   ``PYTHONPATH=build/compiled/src .venv/bin/python benchmarks/instructions.py --dumps 60``.

Run: ``.venv/bin/python benchmarks/compiled.py [--no-html] [--saved F] [--dumps 200]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_compiled import MANIFEST, PACKAGE, ROOT, fingerprint

BENCH = ROOT.parent / "shared" / "bench"
SAME_OUTPUT = Path(__file__).resolve().parent / "same_output.py"

# Prints which newsparse modules the child imported as extension modules.
WHICH = """
import json, newsparse, newsparse._article, sys
from importlib.machinery import EXTENSION_SUFFIXES
print(json.dumps(sorted(
    name for name, module in sys.modules.items()
    if name.startswith("newsparse") and str(getattr(module, "__file__", "")).endswith(
        tuple(EXTENSION_SUFFIXES))
)))
"""

# CPU ms per dump over generated dumps, best of the rounds.
TIMED = """
import sys, time
sys.path.insert(0, {bench!r})
import make_corpus, newsparse
dumps = [text for _, text, _ in make_corpus.generate({dumps}, 7)]
newsparse.parse("# warm\\n\\nBy X\\n\\nJuly 1, 2020\\n\\nText.")
best = float("inf")
for _ in range({rounds}):
    started = time.process_time()
    for text in dumps:
        newsparse.parse(text)
    best = min(best, time.process_time() - started)
print(1000 * best / len(dumps))
"""


def env_for(path: Path) -> dict[str, str]:
    """The environment of a child that imports newsparse from ``path``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(path)
    env["PYTHONHASHSEED"] = "0"
    return env


def python(code: str, path: Path) -> str:
    """Run ``code`` in a child importing newsparse from ``path``; its standard output."""
    done = subprocess.run(
        [sys.executable, "-c", code], env=env_for(path), capture_output=True, text=True, check=True
    )
    return done.stdout


def fresh(build: Path) -> list[str]:
    """What is wrong with the build at ``build`` (empty when it is current and compiled)."""
    manifest = build / PACKAGE.name / MANIFEST
    if not manifest.is_file():
        return [f"no build at {build} (make compiled)"]
    built = json.loads(manifest.read_text(encoding="utf-8"))["sources"]
    now = fingerprint(PACKAGE)
    changed = sorted(name for name in built.keys() | now.keys() if built.get(name) != now.get(name))
    if changed:
        return [f"stale build: {len(changed)} source files changed since, e.g. {changed[:3]}"]
    compiled = json.loads(python(WHICH, build))
    if not compiled:
        return ["the build imports no extension module: the pure .py files ran"]
    print(f"fresh build, {len(compiled)} modules compiled")
    return []


def same_output(build: Path, saved: Path | None, *, html: bool, jobs: int) -> int:
    """Compare the compiled build's output with pure Python's; the exit status (0: identical)."""
    flags = ["--jobs", str(jobs), *([] if html else ["--no-html"])]
    with tempfile.TemporaryDirectory() as scratch:
        if saved is None:
            saved = Path(scratch) / "pure.json.gz"
            subprocess.run(
                [sys.executable, str(SAME_OUTPUT), "--save", str(saved), *flags],
                env=env_for(ROOT / "src"),
                check=True,
            )
        done = subprocess.run(
            [sys.executable, str(SAME_OUTPUT), "--compare", str(saved), *flags],
            env=env_for(build),
            check=False,
        )
    return done.returncode


def speed(build: Path, dumps: int, rounds: int, turns: int) -> None:
    """Print CPU ms per generated dump, pure and compiled, the best of ``turns`` turns each."""
    code = TIMED.format(bench=str(BENCH), dumps=dumps, rounds=rounds)
    best = {"pure": float("inf"), "compiled": float("inf")}
    for _ in range(turns):
        for name, path in (("pure", ROOT / "src"), ("compiled", build)):
            best[name] = min(best[name], float(python(code, path)))
    print(f"CPU ms per generated dump ({dumps} dumps, best of {turns} x {rounds} rounds):")
    print(f"  pure {best['pure']:.3f}, compiled {best['compiled']:.3f}")
    print(f"  compiled / pure {best['compiled'] / best['pure']:.2f}")


def main(argv: list[str] | None = None) -> int:
    """Check the build, compare its output, time it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--build", type=Path, default=ROOT / "build" / "compiled" / "src", help="the build"
    )
    parser.add_argument("--saved", type=Path, help="a pure run saved by same_output.py --save")
    parser.add_argument("--no-html", action="store_true", help="leave parse_html out (fast)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--dumps", type=int, default=200, help="generated dumps timed (0: none)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per child")
    parser.add_argument("--turns", type=int, default=2, help="children per build")
    args = parser.parse_args(argv)
    build = args.build.resolve()
    problems = fresh(build)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    status = same_output(build, args.saved, html=not args.no_html, jobs=args.jobs)
    if args.dumps > 0:
        speed(build, args.dumps, args.rounds, args.turns)
    return status


if __name__ == "__main__":
    sys.exit(main())
