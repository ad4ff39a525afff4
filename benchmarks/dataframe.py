"""From the dev corpus folder to a pandas DataFrame, and the counts a new user asks for first.

    .venv/bin/python benchmarks/dataframe.py [FOLDER] [-j N]

FOLDER defaults to ``../shared/corpus/dev``: ``parse_many`` walks it as the command line does
(dumps and pages only; ``expected.json`` files are skipped and counted), ``to_dataframe`` makes
one row per file, and pandas counts articles with a title, authors, a date, credited captions,
by language, by input kind, and the time it took. Needs pandas (``newsparse[pandas]``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import newsparse

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def main() -> int:
    """Parse the folder into a DataFrame and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEV), help="a folder of dumps and pages")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="processes (default: cores)")
    options = parser.parse_args()
    if not Path(options.folder).is_dir():
        sys.stderr.write(f"no folder {options.folder} (the dev corpus lives in ../shared)\n")
        return 2
    skipped = newsparse.Skipped()
    start = time.perf_counter()
    results = newsparse.parse_many(options.folder, jobs=options.jobs, skipped=skipped)
    frame = newsparse.to_dataframe(results)
    seconds = time.perf_counter() - start
    ok = frame[frame["error"].isna()]
    kind = frame["path"].str.extract(r"\.(html?|md|txt|markdown)(?:\.gz)?$", expand=False)
    counts = {
        "files": len(frame),
        "skipped (not dumps or pages)": skipped.describe(),
        "failed": int(frame["error"].notna().sum()),
        "with a title": int(ok["title"].notna().sum()),
        "with authors": int((ok["authors"].map(len) > 0).sum()),
        "with a date": int(ok["published"].notna().sum()),
        "with a day or finer": int(
            ok["published_precision"].isin(["day", "hour", "minute", "second"]).sum()
        ),
        "with credited captions": int((ok["credited_captions"] > 0).sum()),
        "with tags": int((ok["tags"].map(len) > 0).sum()),
        "with a language": int(ok["language"].notna().sum()),
    }
    width = max(len(name) for name in counts)
    for name, value in counts.items():
        sys.stdout.write(f"{name:<{width}}  {value}\n")
    sys.stdout.write(f"\nby kind of input:\n{kind.value_counts().to_string()}\n")
    languages = ok["language"].str.slice(0, 2).value_counts(dropna=False).head(8)
    sys.stdout.write(f"\nby language:\n{languages.to_string()}\n")
    sys.stdout.write(f"\n{len(frame)} files in {seconds:.1f} s ({len(frame) / seconds:.0f}/s)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
