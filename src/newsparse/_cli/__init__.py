"""The ``newsparse`` command line: turn dump files and folders into JSON records, and look inside.

Each subcommand is one row of :data:`COMMANDS` (a name, a line of help, a function adding its
arguments, a function running it) and one module; ``main`` only builds the parser from the table
and dispatches.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from newsparse._cli import parse_command, schema_command, show_command, stats_command

__all__ = ["COMMANDS", "Command", "build_parser", "main"]


@attrs.frozen(kw_only=True)
class Command:
    """A subcommand: its name, help line, how to add its arguments, and how to run it."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: Final[tuple[Command, ...]] = (
    Command(
        name="parse",
        help="parse dump files and folders into JSON records (one per file, in input order)",
        add_arguments=parse_command.add_arguments,
        run=parse_command.run,
    ),
    Command(
        name="show",
        help="show a dump with each line marked by the element that claimed it",
        add_arguments=show_command.add_arguments,
        run=show_command.run,
    ),
    Command(
        name="stats",
        help="count fields, diagnostics and slow files over a corpus",
        add_arguments=stats_command.add_arguments,
        run=stats_command.run,
    ),
    Command(
        name="schema",
        help="print the JSON Schema of an article record",
        add_arguments=schema_command.add_arguments,
        run=schema_command.run,
    ),
)
"""The subcommands, in the order ``--help`` lists them."""

_EPILOG: Final = (
    "exit status: 0 when every file parsed, 1 when any failed, 2 for a usage error, "
    "130 when interrupted"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand in :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn news-article dumps into typed JSON records.",
        epilog=_EPILOG,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        subparser = commands.add_parser(command.name, help=command.help, description=command.help)
        command.add_arguments(subparser)
        subparser.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    try:
        options = build_parser().parse_args(argv)
    except SystemExit as stop:
        # argparse exits by itself (0 for --help, 2 for a usage error); return it instead, so
        # main() is an ordinary function for callers and tests.
        code = stop.code
        return code if isinstance(code, int) else 0 if code is None else 2
    run: Callable[[argparse.Namespace], int] = options.run
    return run(options)
