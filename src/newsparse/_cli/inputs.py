"""The inputs a corpus command reads: its shared arguments, and the paths they name as Inputs."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterator, Sequence

from newsparse import Code, DateOrder, ParseError, Skipped, Vocabulary
from newsparse._cli.work import Input
from newsparse._files import read_bounded
from newsparse._paths import STDIN, expand
from newsparse._pool import default_jobs

__all__ = [
    "add_date_order_argument",
    "add_input_arguments",
    "add_vocabulary_argument",
    "count_inputs",
    "inputs",
]


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("needs at least 1 job")
    return jobs


def add_date_order_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add ``--date-order`` (dmy or mdy), which every command that parses takes."""
    parser.add_argument(
        "--date-order",
        choices=[order.value for order in DateOrder],
        default=None,
        help=help_text,
    )


def _vocabulary(text: str) -> Vocabulary:
    try:
        return Vocabulary.load(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_vocabulary_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--vocabulary FILE``, which every command that parses takes."""
    parser.add_argument(
        "--vocabulary",
        type=_vocabulary,
        default=None,
        metavar="FILE",
        help="a JSON file of words to add to the vocabulary's tables, by table name "
        '(\'{"byline_prefixes": {"servizio di": "author"}}\'; see newsparse.Vocabulary)',
    )


def date_order_option(options: argparse.Namespace) -> DateOrder | None:
    """The ``--date-order`` given (argparse has checked it is one of the orders), or ``None``."""
    value: str | None = options.date_order
    return None if value is None else DateOrder(value)


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments every corpus command takes (paths, ``-j``, ``--html``, ``--glob``...)."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="dump files and HTML pages (plain or .gz), folders (their *.md, *.markdown, *.txt, "
        "*.html and *.htm files, recursively, in sorted order), - for stdin",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=default_jobs(),
        metavar="N",
        help="processes to parse with (default: the number of cores; 1 parses in-process)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="read every input as an HTML page (files named .html/.htm always are, and stdin "
        "when it starts as a page does)",
    )
    add_date_order_argument(
        parser,
        "how the inputs write numeric dates: dmy (16.07.2021) or mdy (07/16/2021); "
        "default: each document's own dates, then its address and language, decide",
    )
    add_vocabulary_argument(parser)
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        help="in folders, read the files whose name matches instead of the dumps and pages (a "
        "pattern with / matches the path below the folder; '*' reads every file)",
    )


def _special(path: str) -> ParseError | None:
    """An error for a file found in a folder that is no regular file (a FIFO, a socket, a device).

    Opening a FIFO waits for a writer, perhaps forever; a file named on the command line is
    read whatever it is (``<(zcat dump.gz)`` is a pipe), but one a folder walk found is not.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # reading it reports why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return ParseError(
        f"{os.fsdecode(path)} is not a regular file (a FIFO, socket or device); it was skipped",
        code=Code.UNREADABLE_INPUT,
    )


def _stdin(max_size: int | None) -> Input:
    try:
        return Input(
            path=STDIN, data=read_bounded(sys.stdin.buffer, name="<stdin>", max_size=max_size)
        )
    except ParseError as error:
        return Input(path=STDIN, error=error)
    except OSError as error:
        message = f"cannot read standard input: {error.strerror or error}"
        return Input(path=STDIN, error=ParseError(message, code=Code.UNREADABLE_INPUT))


def inputs(
    arguments: Sequence[str],
    *,
    pattern: str | None,
    max_size: int | None = None,
    skipped: Skipped | None = None,
) -> Iterator[Input]:
    """The inputs ``arguments`` name, streamed; ``-`` reads standard input (once).

    Standard input is read up to ``max_size`` bytes and no further; a special file found in a
    folder gets an error instead of being opened. Files a folder walk passes over are counted in
    ``skipped``.
    """
    stdin: Input | None = None
    named = set(arguments)
    for path in expand(arguments, pattern=pattern, skipped=skipped):
        if path == STDIN:
            if stdin is None:
                stdin = _stdin(max_size)
            yield stdin
        elif path not in named and (error := _special(path)) is not None:
            yield Input(path=path, error=error)
        else:
            yield Input(path=path)


def count_inputs(arguments: Sequence[str], *, pattern: str | None) -> int:
    """How many inputs ``arguments`` name (a second walk of the folders, to show a total)."""
    return sum(1 for _ in expand(arguments, pattern=pattern))
