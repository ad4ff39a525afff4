"""The optional compiled build: the modules ``parse`` runs through, compiled with mypyc.

Pure Python is newsparse; this only makes the same code faster (issue 18: about a quarter fewer
instructions per dump, output byte-identical). Nothing needs it: ``make test`` and CI never
build it, and a machine without a C compiler or mypy uses the pure package.

Two ways in, both compiling a *copy* of ``src/newsparse``, never the source tree, so that no
extension module (``.so``) ever sits beside the ``.py`` it was made from and silently shadows
later edits (Python imports an extension module before a ``.py`` of the same name):

- ``make compiled`` (``python build_compiled.py``) builds into ``build/compiled/src``; use it
  with ``PYTHONPATH=build/compiled/src``. The copy holds a manifest of the sources it was built
  from (:data:`MANIFEST`); ``tests/test_compiled.py`` fails when the compiled modules in use
  were built from other sources than ``src/`` holds, and when any extension module sits in
  ``src/newsparse``. ``benchmarks/compiled.py`` checks the build's output byte for byte.
- A compiled wheel: ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=true pip wheel --no-deps .`` runs
  :class:`CompiledWheel` (a hatch build hook, off by default), which builds the same way in a
  temporary folder and puts the extension modules and the manifest beside the ``.py`` files,
  which stay in the wheel.

Needs mypy (which ships mypyc: the ``compiled`` dependency group, unpinned), setuptools and a C
compiler. Left pure: the records (``_model``, public attrs classes), ``vocabulary`` (a public
attrs class and decorators), ``_kinds`` (an attrs table), everything ``parse`` never runs, and
the modules that define the public functions (:data:`PUBLIC`): a compiled function has no
docstring, names its private module as its home, checks its arguments' types with a
``TypeError`` and reads a ``Final`` constant once, at build time. Those modules check the
arguments and call the compiled work (``date_of``, ``byline_of``...), so that both builds give
the same API.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "src" / "newsparse"

# The manifest the build leaves in the compiled copy of the package: each .py file's sha256.
MANIFEST = "_compiled_from.json"

# The modules parse runs through, as paths inside the package (issue 18 measured these), but
# for the ones in PUBLIC.
COMPILED: tuple[str, ...] = (
    "_dates.py",
    "_engine.py",
    "_inline.py",
    "_language.py",
    "_plan.py",
    "_sites.py",
    "_source.py",
    "_syntax.py",
    "_parsers/boilerplate.py",
    "_parsers/byline.py",
    "_parsers/caption.py",
    "_parsers/common.py",
    "_parsers/dateline.py",
    "_parsers/definition.py",
    "_parsers/footnote.py",
    "_parsers/paragraph.py",
    "_parsers/related.py",
    "_parsers/source_url.py",
    "_parsers/standfirst.py",
    "_parsers/title.py",
    "_readers/__init__.py",
    "_readers/byline.py",
    "_readers/caption.py",
    "_readers/dateline.py",
    "_readers/reading_time.py",
    "_readers/related.py",
)

# The modules that define public functions (``parse``, ``parse_date``, the small parsers):
# left pure, in front of the compiled modules (tests/test_compiled.py holds every public
# function to one of them).
PUBLIC: tuple[str, ...] = ("_article.py", "_parsers/__init__.py", "_public_dates.py")

# Extension module suffixes Python would import before a .py of the same name.
EXTENSION_SUFFIXES: tuple[str, ...] = (".so", ".pyd")


def python_files(package: Path) -> Iterator[Path]:
    """Every ``.py`` file of ``package``, sorted, caches left out."""
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path


def fingerprint(package: Path) -> dict[str, str]:
    """The sha256 of each ``.py`` file of ``package``, by its path inside the package."""
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in python_files(package)
    }


def extension_files(package: Path) -> list[Path]:
    """The extension modules inside ``package`` (any depth)."""
    return sorted(
        path
        for suffix in EXTENSION_SUFFIXES
        for path in package.rglob(f"*{suffix}")
        if "__pycache__" not in path.parts
    )


def copy_package(source: Path, target_src: Path) -> Path:
    """Copy ``source`` (a package) into ``target_src``, replacing an older copy; the new path."""
    copied = target_src / source.name
    if copied.exists():
        shutil.rmtree(copied)
    shutil.copytree(source, copied, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    return copied


def compile_in_place(target_src: Path, *, opt_level: str = "3") -> list[Path]:
    """Compile :data:`COMPILED` inside the package copy under ``target_src``; the files made.

    mypyc type-checks the modules as it compiles them (the source is strict-clean), writes C into
    ``target_src/build`` and puts each extension module beside its ``.py``.
    """
    # The build's own dependencies: imported here, so that the checks need neither.
    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import setup  # noqa: PLC0415

    previous = Path.cwd()
    os.chdir(target_src)
    try:
        package = target_src / PACKAGE.name
        paths = [f"{PACKAGE.name}/{module}" for module in COMPILED]
        # A wheel's build environment lacks the test and optional dependencies (pandas, stubs):
        # modules not compiled are read for their types only, and an absent library is Any.
        options = ["--ignore-missing-imports", "--follow-imports=silent"]
        modules = mypycify([*options, *paths], opt_level=opt_level)
        setup(
            name="newsparse-compiled",
            ext_modules=modules,
            script_args=["--quiet", "build_ext", "--inplace", "--build-temp", "build/temp"],
        )
    finally:
        os.chdir(previous)
    return [*extension_files(package), *sorted(target_src.glob("*__mypyc*"))]


def build(target_src: Path, *, opt_level: str = "3") -> list[Path]:
    """Copy ``src/newsparse`` into ``target_src``, compile it there, write the manifest."""
    copied = copy_package(PACKAGE, target_src)
    for stale in target_src.glob("*__mypyc*"):
        stale.unlink()
    made = compile_in_place(target_src, opt_level=opt_level)
    smoke_test(target_src)
    manifest = {"compiled": list(COMPILED), "sources": fingerprint(copied)}
    (copied / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return made


# A parse through every compiled module: mypyc accepts some code that fails only when the
# module is imported (a class-body table of methods, an attrs field's default).
SMOKE = """
import newsparse
article = newsparse.parse("# Title\\n\\nBy Jo Park\\n\\nMay 2, 2021\\n\\nSome text.")
assert article.title == "Title", article.title
"""


def smoke_test(target_src: Path) -> None:
    """Import the compiled copy and parse a dump with it; raise when that fails."""
    env = {**os.environ, "PYTHONPATH": str(target_src)}
    subprocess.run([sys.executable, "-c", SMOKE], env=env, check=True)  # noqa: S603 - our own code


def main(argv: list[str] | None = None) -> None:
    """``make compiled``: build the compiled copy and say how to use it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "build" / "compiled" / "src", help="where the copy goes"
    )
    parser.add_argument("--opt-level", default="3", help="the C compiler's -O level (3)")
    args = parser.parse_args(argv)
    made = build(args.out.resolve(), opt_level=args.opt_level)
    print(f"{len(made)} extension modules in {args.out}")
    print(f"use them with PYTHONPATH={args.out}; check with benchmarks/compiled.py")


try:  # the wheel hook: hatchling is there when a wheel is built, and only then
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # pragma: no cover - running as a script, or under mypy
    BuildHookInterface = object


class CompiledWheel(BuildHookInterface):  # type: ignore[misc]
    """The hatch build hook: a wheel with the compiled modules (off unless enabled).

    ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=true`` turns it on; the wheel is then tagged for this
    Python and platform instead of ``py3-none-any``.
    """

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile a copy of the package and add its extension modules to the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return
        work = Path(tempfile.mkdtemp(prefix="newsparse-compiled-"))
        self._work = work
        made = build(work)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path in [*made, work / PACKAGE.name / MANIFEST]:
            inside = path.relative_to(work).as_posix()
            build_data["force_include"][str(path)] = inside

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary copy."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
