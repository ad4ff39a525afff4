"""The few command-line behaviours that need a real process: entry points, signals, pipes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import newsparse

from .conftest import ROOT, seed_paths

SEED = seed_paths()[0]


def _newsparse(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "newsparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def test_make_demo_command_prints_the_seed_as_json() -> None:
    """`python -m newsparse parse seeds/ --format json --quiet`, as `make demo` runs it."""
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "seeds/", "--format", "json", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, b"")
    article = newsparse.parse(SEED.read_text(encoding="utf-8"))
    assert json.loads(run.stdout) == [
        {"path": f"seeds/{SEED.name}", "article": newsparse.to_dict(article)}
    ]


def test_console_script_runs_main() -> None:
    script = Path(sys.executable).parent / "newsparse"
    run = subprocess.run([script, "show", str(SEED)], capture_output=True, check=False)
    assert run.returncode == 0
    assert run.stdout.decode().splitlines()[2] == (
        " 3 title    | # Russia Says U.S. Mission in Afghanistan Has Failed"
    )


def test_ctrl_c_stops_a_stuck_worker_and_leaves_no_output(tmp_path: Path) -> None:
    """A worker blocked reading a FIFO is terminated; the output file never appears."""
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    target = tmp_path / "out" / "all.jsonl"
    target.parent.mkdir()
    with _newsparse("parse", str(SEED), str(fifo), "-o", str(target), "-j", "2") as process:
        deadline = time.monotonic() + 60
        while not any(target.parent.iterdir()):  # the temporary file: the run has started
            assert time.monotonic() < deadline, "the run never started"
            time.sleep(0.05)
        time.sleep(0.3)  # let the pool start and a worker block on the FIFO
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().startswith("newsparse: interrupted after ")
    assert stderr.decode().endswith(f"files; {target} was not written\n")
    assert list(target.parent.iterdir()) == []


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """`newsparse parse ... | head` must not end in a traceback."""
    for i in range(300):
        (tmp_path / f"{i:03d}.md").write_text(f"# Dump {i}\n\n" + "Some text. " * 100)
    with _newsparse("parse", str(tmp_path), "-j", "2") as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(100).startswith(b'{"path": ')
        process.stdout.close()
        # Wait first (with a bound, so a hang fails the test instead of stalling the suite);
        # stderr is small enough to sit in its pipe meanwhile.
        assert process.wait(timeout=60) == 1
        stderr = process.stderr.read()
    assert stderr == b""
