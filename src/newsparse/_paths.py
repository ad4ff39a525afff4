"""Turning the paths a user names (files, folders, globs, ``-``) into a streamed list of files."""

from __future__ import annotations

import collections
import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from typing import Final, TypeAlias

__all__ = [
    "DUMP_SUFFIXES",
    "STDIN",
    "Skipped",
    "Sources",
    "expand",
    "find_files",
    "is_input_name",
    "resolve",
]

STDIN = "-"
"""The argument that names standard input."""

DUMP_SUFFIXES: Final = (".md", ".markdown", ".txt", ".html", ".htm")
"""The names a folder walk reads by default (each also with ``.gz``): dumps and HTML pages."""

_GLOB_CHARACTERS: Final = frozenset("*?[")

Sources: TypeAlias = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""What :func:`find_files`, :func:`newsparse.parse_many` and :mod:`newsparse.dask` take: a file,
folder or glob, or an iterable of them (a ``str`` is one source, never its characters)."""


def is_input_name(name: str) -> bool:
    """Whether a file name is one a folder walk reads by default (see :data:`DUMP_SUFFIXES`).

    Example:
        >>> is_input_name("a.md.gz"), is_input_name("page.HTML"), is_input_name("expected.json")
        (True, True, False)
    """
    return name.lower().removesuffix(".gz").endswith(DUMP_SUFFIXES)


class Skipped:
    """The files a folder walk passed over, counted by suffix (``.json``, ``.png``, ``(none)``)."""

    def __init__(self) -> None:
        self.by_suffix: collections.Counter[str] = collections.Counter()

    def add(self, name: str) -> None:
        """Count one skipped file."""
        self.by_suffix[os.path.splitext(name)[1].lower() or "(none)"] += 1

    @property
    def total(self) -> int:
        """How many files were skipped."""
        return sum(self.by_suffix.values())

    def describe(self) -> str:
        """``"3 files (2 .json, 1 .png)"``, commonest first (then by name)."""
        ranked = sorted(self.by_suffix.items(), key=lambda item: (-item[1], item[0]))[:5]
        parts = ", ".join(f"{n} {suffix}" for suffix, n in ranked)
        more = " ..." if len(self.by_suffix) > 5 else ""
        return f"{self.total} file{'s' * (self.total != 1)} ({parts}{more})"


def _walk(
    folder: str, relative: str, pattern: str | None, skipped: Skipped | None
) -> Iterator[str]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        # Yield the folder itself: reading it then fails with a record naming it, so a folder
        # that cannot be listed is reported, never silently skipped.
        yield folder
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store) are not dumps
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, f"{relative}{name}/", pattern, skipped)
        elif entry.is_dir():
            continue  # a link to a folder: following links could loop
        elif pattern is None:
            if is_input_name(name):
                yield entry.path
            elif skipped is not None:
                skipped.add(name)
        # fnmatch's "*" also crosses "/", so "2021/*.md" and "**/*.md" both do what they say.
        elif fnmatch.fnmatchcase(relative + name if "/" in pattern else name, pattern):
            yield entry.path
        elif skipped is not None:
            skipped.add(name)


def expand(
    arguments: Iterable[str], *, pattern: str | None = None, skipped: Skipped | None = None
) -> Iterator[str]:
    """Yield the files ``arguments`` name, in a deterministic order, without listing them all.

    A folder gives the files below it, recursively, sorted by name at each level (the order of
    ``sorted(Path(folder).rglob("*"))``), skipping hidden names and not following symbolic links
    to folders. It gives the dumps and pages in it (names ending in one of
    :data:`DUMP_SUFFIXES`, optionally ``.gz``), or with ``pattern`` the files whose name (or, for
    a pattern with ``/``, whose path below the folder) matches it (``"*"`` for every file); the
    files passed over are counted in ``skipped``. Any other argument, ``-`` included, is yielded
    as given: a file named on the command line is always read, and a missing one is reported
    when read.

    Example:
        >>> list(expand(["seeds", "-", "missing.md"]))
        ['seeds/000_7424f4bbc31e5b6a.txt', '-', 'missing.md']
    """
    for argument in arguments:
        if argument != STDIN and os.path.isdir(argument):
            yield from _walk(argument, "", pattern, skipped)
        else:
            yield argument


def _one(source: str | os.PathLike[str], skipped: Skipped | None) -> Iterator[str]:
    text = os.fsdecode(source)
    if _GLOB_CHARACTERS.intersection(text) and not os.path.exists(text):
        # A glob names files itself, so what it matches is read whatever its suffix.
        matches = sorted(glob.glob(text, recursive=True))
        yield from expand([m for m in matches if os.path.isfile(m)], skipped=skipped)
    else:
        yield from expand([text], skipped=skipped)


def find_files(sources: Sources, *, skipped: Skipped | None = None) -> Iterator[str]:
    """The files ``sources`` name, in order: what :func:`newsparse.parse_many` reads.

    ``sources`` is one path, folder or glob, or an iterable of them.

    A ``str`` or path-like is one source, never a sequence of characters. A folder is walked as
    :func:`expand` walks it (dumps and pages only); a glob (``"corpus/**/*.md"``, recursive)
    gives the files it matches, sorted; a file is given as it is, even a missing one (reading it
    reports that).

    Example:
        >>> list(find_files("seeds")), list(find_files(["seeds/*.txt", "missing.md"]))
        (['seeds/000_7424f4bbc31e5b6a.txt'], ['seeds/000_7424f4bbc31e5b6a.txt', 'missing.md'])
    """
    if isinstance(sources, str | os.PathLike):
        yield from _one(sources, skipped)
        return
    for source in sources:
        yield from _one(source, skipped)


resolve = find_files
"""The name :func:`find_files` had first (``newsparse._batch`` and the command line use it)."""
