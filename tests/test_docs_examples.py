"""Every example in the documentation is run or checked, so none can drift from the code.

- ```` ```python ```` blocks are doctests (``>>>``), which pytest runs over ``docs/*.md`` and
  ``README.md`` (``--doctest-glob=*.md``); a block that cannot run here (it needs a cluster) is
  marked ``<!-- not run: why -->`` on the line above, and must still compile and import only
  names that exist.
- ```` ```console ```` blocks are run: each ``$ command`` in a scratch folder holding copies of
  ``seeds/`` and ``tests/fixtures/dumps/``, its output compared with the lines under it (``...``
  stands for any text). ``pytest --update-golden`` rewrites outputs that have no ``...``.
- ```` ```sh ```` blocks are checked: ``newsparse`` lines must parse with the real argument
  parser, ``make`` lines name Makefile targets, scripts and dependency groups must exist.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from newsparse._cli import build_parser

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A fenced block: its indentation, language and body (fences may sit inside list items).
_FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<lang>[a-z]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S
)
_NOT_RUN = re.compile(r"<!-- not run: [^>]+ -->\n$")


def _blocks(language: str) -> list[tuple[Path, int, str]]:
    """Every fenced block in that language: page, line number, body (de-indented)."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            if match["lang"] != language:
                continue
            lines = match["body"].splitlines(keepends=True)
            body = "".join(line.removeprefix(match["indent"]) for line in lines)
            found.append((page, text.count("\n", 0, match.start()) + 1, body))
    return found


def _id(block: tuple[Path, int, str]) -> str:
    return f"{block[0].name}:{block[1]}"


# -- python ---------------------------------------------------------------------------------------


def _marked_not_run(page: Path, line: int) -> bool:
    before = "".join(page.read_text(encoding="utf-8").splitlines(keepends=True)[: line - 1])
    return _NOT_RUN.search(before) is not None


@pytest.mark.parametrize("block", _blocks("python"), ids=_id)
def test_python_block_is_a_doctest_or_marked(block: tuple[Path, int, str]) -> None:
    page, line, body = block
    if ">>> " in body:
        # pytest's doctest runs it; a doctest needs a blank line before the closing fence, or
        # the fence would be read as expected output.
        assert body.endswith("\n\n"), f"{page.name}:{line}: end the doctest with a blank line"
        return
    assert _marked_not_run(page, line), f"{page.name}:{line}: write it as a doctest, or mark it"
    tree = ast.parse(body)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsparse"):
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name), f"{node.module} has no {alias.name}"


# -- console --------------------------------------------------------------------------------------


def _commands(body: str) -> list[tuple[str, list[str]]]:
    """``$ command`` lines with the output lines under each."""
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        else:
            assert out, f"output before any command: {line!r}"
            out[-1][1].append(line)
    return out


def _run(command: str, folder: Path) -> str:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_COLOR": "1",
        "COLUMNS": "100",
    }
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return "\n".join(line.rstrip() for line in done.stdout.splitlines()).rstrip("\n")


def _matches(expected: list[str], produced: str) -> bool:
    wanted = "\n".join(expected).rstrip("\n")
    if "..." not in wanted:
        return wanted == produced
    pattern = ".*?".join(re.escape(part) for part in wanted.split("..."))
    return re.fullmatch(pattern, produced, re.S) is not None


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A folder holding what the documented commands read, where they may write."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "tests" / "fixtures" / "dumps", tmp_path / "tests/fixtures/dumps")
    return tmp_path


def _console_blocks() -> list[tuple[Path, int, int, str]]:
    """Console blocks with their index among the page's console blocks (stable when rewritten)."""
    out = []
    for page in PAGES:
        blocks = [b for b in _blocks("console") if b[0] == page]
        out += [(page, number, line, body) for number, (_, line, body) in enumerate(blocks)]
    return out


def _rewrite(page: Path, number: int, body: str) -> None:
    text = page.read_text(encoding="utf-8")
    found = [m for m in _FENCE.finditer(text) if m["lang"] == "console"][number]
    assert not found["indent"], "console blocks that --update-golden rewrites sit at the margin"
    page.write_text(text[: found.start("body")] + body + text[found.end("body") :], "utf-8")


@pytest.mark.parametrize("block", _console_blocks(), ids=lambda b: f"{b[0].name}:{b[2]}")
def test_console_block_shows_real_output(
    block: tuple[Path, int, int, str], scratch: Path, update_golden: bool
) -> None:
    page, number, line, body = block
    commands = _commands(body)
    produced = [_run(command, scratch) for command, _ in commands]
    if update_golden and "..." not in body:
        _rewrite(
            page,
            number,
            "".join(
                f"$ {command}\n" + (f"{output}\n" if output else "")
                for (command, _), output in zip(commands, produced, strict=True)
            ),
        )
        return
    for (command, expected), output in zip(commands, produced, strict=True):
        assert _matches(expected, output), (
            f"{page.name}:{line}: `{command}` printed:\n{output}\n(run pytest --update-golden)"
        )


# -- sh -------------------------------------------------------------------------------------------


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, re.M))


def _groups_and_extras() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(project["dependency-groups"]) | set(project["project"]["optional-dependencies"])


def _check_line(words: list[str]) -> None:
    while len(words) > 1 and re.fullmatch(r"[A-Z_]{1,40}=\S{0,200}", words[0]):
        words = words[1:]  # an environment variable set for the command: check the command
    if words[0] == "newsparse" or words[:3] == ["python", "-m", "newsparse"]:
        arguments = words[1:] if words[0] == "newsparse" else words[3:]
        try:
            build_parser().parse_args(arguments)
        except SystemExit as stop:  # argparse reports a usage error by exiting
            pytest.fail(f"`{shlex.join(words)}` is not a valid command line ({stop.code})")
        return
    if words[0] == "make":
        assert set(words[1:]) <= _make_targets(), f"no such make target in {words}"
        return
    if "pip" in words and "install" in words:
        groups = [words[i + 1] for i, word in enumerate(words[:-1]) if word == "--group"]
        extras = [m for word in words for m in re.findall(r"^(?:newsparse|\.)\[([a-z,]+)\]$", word)]
        named = groups + [extra for item in extras for extra in item.split(",")]
        assert named or "." in words or "newsparse" in words, f"say what to install: {words}"
        assert set(named) <= _groups_and_extras(), f"no such group or extra in {words}"
        return
    if words[0].endswith("python"):
        scripts = [word for word in words[1:] if word.endswith(".py")]
        assert scripts, f"name the script: {words}"
        assert all((ROOT / script).is_file() for script in scripts), f"no such script: {words}"
        return
    pytest.fail(f"a shell line this test does not know how to check: {shlex.join(words)}")


@pytest.mark.parametrize("block", _blocks("sh"), ids=_id)
def test_shell_block_names_real_commands(block: tuple[Path, int, str]) -> None:
    _, _, body = block
    for line in body.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            _check_line(words)


def test_every_fenced_block_has_a_known_language() -> None:
    """Blocks this module does not check are data (json, text) or diagrams (mermaid)."""
    checked = {"python", "console", "sh"}
    shown = {"json", "text", "mermaid", "markdown"}
    for page in PAGES:
        for match in _FENCE.finditer(page.read_text(encoding="utf-8")):
            assert match["lang"] in checked | shown, f"{page.name}: ```{match['lang']} block"
