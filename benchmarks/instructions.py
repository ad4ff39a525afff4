"""Instructions per dump (callgrind), newsparse against markdown-it-py: a figure free of timing.

``speed.py`` (``make bench``) also counts mistune's with the same child.

Wall-clock ratios on a loaded two-core machine wander by 20% from run to run; instruction counts
do not. Each contender runs in its own ``python`` under ``valgrind --tool=callgrind``; a run that
only generates the dumps is subtracted, so what remains is the parsing alone.

Run: ``.venv/bin/python benchmarks/instructions.py [--dumps 60]`` (needs valgrind; takes minutes).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import record

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
COLLECTED = re.compile(r"Collected : ([0-9]{1,20})")

# The child: generate the dumps, warm both parsers, then parse with one of them (or none).
CHILD = """
import sys
sys.path.insert(0, {bench!r})
import make_corpus, newsparse
from markdown_it import MarkdownIt
try:
    import mistune
    ms = mistune.create_markdown(renderer=None)
    ms("# warm")
except ImportError:
    ms = None
what, n = sys.argv[1], int(sys.argv[2])
dumps = [text for _, text, _ in make_corpus.generate(n, 7)]
md = MarkdownIt()
newsparse.parse("# warm\\n\\nBy X\\n\\nJuly 1, 2020\\n\\nText.")
md.parse("# warm")
for text in dumps:
    if what == "newsparse":
        newsparse.parse(text)
    elif what == "markdown-it-py":
        md.parse(text)
    elif what == "mistune" and ms is not None:
        ms(text)
"""


def child_env() -> dict[str, str]:
    """The children's environment: one hash seed, so that every child does the same work.

    With a random seed per process, set and dict orders differ between the child that only
    generates the dumps and the one that also parses them, and the difference wandered by more
    than the parse itself costs (30 dumps: from -93 M to +491 M instructions); with one seed,
    two runs agree within 0.1%.
    """
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    return env


def instructions(what: str, dumps: int) -> int:
    """Instructions callgrind counts for one child run."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    command += ["-c", CHILD.format(bench=str(BENCH)), what, str(dumps)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=child_env())
    found = COLLECTED.search(done.stderr)
    if found is None:
        sys.exit(f"no instruction count from valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--dumps", type=int, default=60)
    args = options.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    base = instructions("none", args.dumps)
    ours = (instructions("newsparse", args.dumps) - base) / args.dumps
    theirs = (instructions("markdown-it-py", args.dumps) - base) / args.dumps
    print(f"{args.dumps} generated dumps (seed 7), instructions per dump:")
    print(f"  newsparse.parse          {ours / 1e6:8.2f} M")
    print(f"  MarkdownIt().parse       {theirs / 1e6:8.2f} M")
    print(f"  newsparse / markdown-it  {ours / theirs:8.3f}")
    record(
        "instructions",
        {
            "newsparse M instructions/dump": ours / 1e6,
            "markdown-it-py M instructions/dump": theirs / 1e6,
            "newsparse / markdown-it-py": ours / theirs,
        },
    )


if __name__ == "__main__":
    main()
