"""``newsparse schema``: print the JSON Schema of the records ``newsparse parse`` writes."""

from __future__ import annotations

import argparse
import json
import sys

from newsparse import json_schema

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``schema`` takes no arguments."""
    del parser


def run(options: argparse.Namespace) -> int:
    """Write the schema (draft 2020-12) to standard output."""
    del options
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0
