"""Turning the paths a user names (files, folders, ``-``) into a streamed, sorted list of files."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator

__all__ = ["STDIN", "expand"]

STDIN = "-"
"""The argument that names standard input."""


def _walk(folder: str, relative: str, pattern: str | None) -> Iterator[str]:
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
            yield from _walk(entry.path, f"{relative}{name}/", pattern)
        elif entry.is_dir():
            continue  # a link to a folder: following links could loop
        # fnmatch's "*" also crosses "/", so "2021/*.md" and "**/*.md" both do what they say.
        elif pattern is None or fnmatch.fnmatchcase(
            relative + name if "/" in pattern else name, pattern
        ):
            yield entry.path


def expand(arguments: Iterable[str], *, pattern: str | None = None) -> Iterator[str]:
    """Yield the files ``arguments`` name, in a deterministic order, without listing them all.

    A folder gives the files below it, recursively, sorted by name at each level (the order of
    ``sorted(Path(folder).rglob("*"))``), skipping hidden names and not following symbolic links
    to folders; ``pattern`` keeps the files whose name (or, for a pattern with ``/``, whose path
    below the folder) matches it. Any other argument, ``-`` included, is yielded as given: a
    file named on the command line is always read, and a missing one is reported when read.

    Example:
        >>> list(expand(["seeds", "-", "missing.md"]))
        ['seeds/000_7424f4bbc31e5b6a.txt', '-', 'missing.md']
    """
    for argument in arguments:
        if argument != STDIN and os.path.isdir(argument):
            yield from _walk(argument, "", pattern)
        else:
            yield argument
