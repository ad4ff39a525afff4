"""What the rule rows spend on lines the fallback takes: the ceiling of sorting lines by shape.

Most lines of a dump end in a body block: every row of the rule table was offered the line, and
each screen or rule said no. A classifier that sent such a line straight to the fallback could
save at most what those refusals cost. This measures that cost with callgrind (instructions, which
the machine's load cannot move), on the generated dumps:

- a first pass notes, per dump, the lines the fallback (the last row) claims;
- a second pass parses the dumps again with an oracle in front of the rows: on a noted line a row
  is skipped without its screen being asked (the answer a perfect classifier would give);
- ``--rows`` also measures the oracle in front of one row at a time, which says which rows'
  refusals cost most, and so where a classifier would have to be exact to gain.

The output must stay the same with the oracle (it only skips rows that would have said no); the
script checks that before it counts. Needs valgrind; each count takes a minute or more.

Run: ``.venv/bin/python benchmarks/fallback_share.py [--dumps 60] [--rows]``
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from instructions import BENCH, child_env

COLLECTED = re.compile(r"Collected : ([0-9]{1,20})")

# The child: note the fallback's lines (always), then parse once more with the oracle in front of
# the rows asked for ("all", a row number), with none ("plain"), or not at all ("none").
CHILD = """
import sys
sys.path.insert(0, {bench!r})
import make_corpus, newsparse
from newsparse import _article
from newsparse._engine import Entry
what, n = sys.argv[1], int(sys.argv[2])
dumps = [text for _, text, _ in make_corpus.generate(n, 7)]
rows = list(_article.RULES)
fallback = rows[-1].rule
noted = [set() for _ in dumps]
current = [set()]
def noting(context, index):
    current[0].add(index)
    return fallback(context, index)
_article.RULES = (*rows[:-1], Entry(noting))
plain = []
for number, text in enumerate(dumps):
    current[0] = noted[number]
    plain.append(newsparse.parse(text))
skip = [set()]
def oracle(entry):
    screen = entry.screen
    if screen is None:
        return Entry(entry.rule, lambda context, index: index not in skip[0])
    return Entry(entry.rule, lambda context, index: index not in skip[0] and screen(context, index))
if what == "all":
    table = (*map(oracle, rows[:-1]), rows[-1])
elif what.isdigit():
    table = tuple(oracle(entry) if row == int(what) else entry for row, entry in enumerate(rows))
else:
    table = tuple(rows)
_article.RULES = table
_article.clear_caches()
if what != "none":
    for number, text in enumerate(dumps):
        skip[0] = noted[number] if what != "plain" else set()
        if newsparse.parse(text) != plain[number]:
            sys.exit(f"dump {{number}}: the oracle changed the output")
"""


def instructions(what: str, dumps: int) -> int:
    """Instructions callgrind counts for one child run."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    command += ["-c", CHILD.format(bench=str(BENCH)), what, str(dumps)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=child_env())
    found = COLLECTED.search(done.stderr)
    if done.returncode or found is None:
        sys.exit(f"child {what} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def row_names() -> list[str]:
    """The rule table's rows, named by module and rule."""
    from newsparse._article import RULES

    return [f"{entry.rule.__module__.rsplit('.', 1)[-1]}.{entry.rule.__name__}" for entry in RULES]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--dumps", type=int, default=60)
    options.add_argument("--rows", action="store_true", help="also the oracle per row")
    args = options.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    dumps = int(args.dumps)
    base = instructions("none", dumps)

    def per_dump(what: str) -> float:
        return (instructions(what, dumps) - base) / dumps

    plain = per_dump("plain")
    print(f"{dumps} generated dumps (seed 7), instructions per dump:")
    print(f"  parse                                     {plain / 1e6:8.2f} M")
    oracle = per_dump("all")
    share = oracle / plain
    print(f"  the fallback's lines sent straight to it  {oracle / 1e6:8.2f} M ({share:.2f})")
    if args.rows:
        print("  one row skipped on the fallback's lines: saving per dump")
        for row, name in enumerate(row_names()[:-1]):
            saved = plain - per_dump(str(row))
            print(f"    {name:34s} {saved / 1e6:6.2f} M ({saved / plain:6.1%})")


if __name__ == "__main__":
    main()
