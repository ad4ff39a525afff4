"""The ``newsparse`` command line: parse dump files and print their articles as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsparse.article import parse
from newsparse.errors import ParseError
from newsparse.serialize import to_dict

__all__ = ["main"]


def _paths(arguments: Sequence[str]) -> Iterator[Path]:
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="newsparse", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse_command = commands.add_parser("parse", help="parse dumps and print JSON")
    parse_command.add_argument("paths", nargs="+", help="files or folders")
    parse_command.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    parse_command.add_argument("--strict", action="store_true")
    parse_command.add_argument("--quiet", action="store_true")
    options = parser.parse_args(argv)
    records = []
    failed = 0
    for path in _paths(options.paths):
        try:
            text = path.read_text(encoding="utf-8-sig")
            record = {"path": str(path), "article": to_dict(parse(text, strict=options.strict))}
        except ParseError as error:
            failed += 1
            record = {
                "path": str(path),
                "error": {
                    "code": error.code,
                    "message": error.message,
                    "line": error.line,
                    "column": error.column,
                },
            }
        if options.format == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if options.format == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0
