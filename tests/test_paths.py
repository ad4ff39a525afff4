"""Expanding paths: folders walked recursively in sorted order, hidden names skipped, globs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsparse._paths import expand


def _tree(root: Path) -> None:
    for name in [
        "b.md", "a.md", "a-c/z.md", "a/b.md", "a/a.txt", "a/deep/x.md", ".hidden.md",
        ".git/config", "notes.txt", "data.md.gz",
    ]:  # fmt: skip
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)


def test_folder_gives_its_files_in_rglob_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = list(expand([str(tmp_path)]))
    expected = sorted(
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(tmp_path).parts)
    )
    assert found == [str(p) for p in expected]
    names = [os.path.relpath(p, tmp_path) for p in found]
    assert names == [
        "a/a.txt", "a/b.md", "a/deep/x.md", "a-c/z.md", "a.md", "b.md", "data.md.gz", "notes.txt",
    ]  # fmt: skip


def test_arguments_keep_their_order_and_spelling(tmp_path: Path) -> None:
    _tree(tmp_path)
    folder = str(tmp_path / "a") + "/"
    assert list(expand(["-", folder, "missing.md", str(tmp_path / "b.md")])) == [
        "-",
        f"{folder}a.txt",
        f"{folder}b.md",
        f"{folder}deep/x.md",
        "missing.md",
        str(tmp_path / "b.md"),
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.md", ["a/b.md", "a/deep/x.md", "a-c/z.md", "a.md", "b.md"]),
        ("*.md*", ["a/b.md", "a/deep/x.md", "a-c/z.md", "a.md", "b.md", "data.md.gz"]),
        ("a/*.md", ["a/b.md", "a/deep/x.md"]),
        ("*/deep/*", ["a/deep/x.md"]),
        ("*.html", []),
    ],
)
def test_glob_filters_files_in_folders(tmp_path: Path, pattern: str, expected: list[str]) -> None:
    _tree(tmp_path)
    found = [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)], pattern=pattern)]
    assert found == expected


def test_glob_never_drops_a_file_named_explicitly(tmp_path: Path) -> None:
    _tree(tmp_path)
    named = str(tmp_path / "notes.txt")
    assert list(expand([named], pattern="*.md")) == [named]


def test_links_to_folders_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x.md").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "link.md").symlink_to(tmp_path / "real" / "x.md")
    found = [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)])]
    assert found == ["link.md", "real/x.md"]


def test_a_folder_that_cannot_be_listed_is_yielded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It then fails when read, so it is reported rather than silently skipped."""
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if path.endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "locked")]
