"""Where ``newsparse.parse`` spends its time: pyinstrument over the generated benchmark dumps.

Run: ``.venv/bin/python benchmarks/profile_parse.py [--dumps 600] [--passes 2]`` (pyinstrument is in
the ``benchmark`` dependency group). Prints the call tree; ``benchmarks/README.md`` summarises it.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from pyinstrument import Profiler

import newsparse
from newsparse._article import clear_caches

ROOT = Path(__file__).resolve().parent.parent
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--dumps", type=int, default=600)
    options.add_argument("--passes", type=int, default=2)
    args = options.parse_args()
    spec = importlib.util.spec_from_file_location("make_corpus", MAKE_CORPUS)
    assert spec is not None
    assert spec.loader is not None
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    dumps = [text for _, text, _ in make_corpus.generate(args.dumps, 7)]
    for text in dumps[:20]:  # imports and first-call costs stay out of the profile
        newsparse.parse(text)
    clear_caches()
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(args.passes):
        for text in dumps:
            newsparse.parse(text)
        clear_caches()
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
