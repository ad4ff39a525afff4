"""Dumps as dask collections: a Bag of Articles (or Results) from paths or a glob, and a DataFrame.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). The same code runs on the local
schedulers and on a ``dask.distributed`` cluster (``docs/scaling.md``): tasks carry only paths,
each worker reads and parses its own files, and Articles, Results and ParseErrors all pickle.
"""

from __future__ import annotations

import functools
from typing import Any, Final

import dask.bag
import dask.dataframe
import pandas as pd
import pyarrow as pa

from newsparse import COLUMNS as ROWS
from newsparse import (
    Article,
    Failed,
    Parsed,
    Sources,
    Vocabulary,
    find_files,
    parse_file,
    result_of,
    to_row,
)

__all__ = ["COLUMNS", "PARTITION_SIZE", "read_dumps", "read_results", "row", "to_dataframe"]

PARTITION_SIZE: Final = 64
"""Files per partition by default: about a tenth of a second of parsing, so that scheduling
costs little beside the work while a corpus still splits into many tasks."""

# A list column is typed so that Parquet keeps it as a list of strings.
_DTYPES: Final[dict[str, object]] = {
    "string": "string",
    "int": "int64",
    "list": pd.ArrowDtype(pa.list_(pa.string())),
}

COLUMNS: Final[dict[str, object]] = {column.name: _DTYPES[column.kind] for column in ROWS}
"""The DataFrame's columns and their dtypes, in order: :data:`newsparse.COLUMNS`, typed."""


def read_dumps(
    paths_or_glob: Sources,
    *,
    strict: bool = False,
    partition_size: int = PARTITION_SIZE,
    vocabulary: Vocabulary | None = None,
) -> dask.bag.Bag:
    """A Bag of the Articles parsed from the files named, in order.

    ``paths_or_glob`` is a glob (``"corpus/**/*.md"``, recursive), a file or folder, or a list
    of them: folders give their dumps and pages as :func:`newsparse.parse_many` walks them. A
    file that cannot be parsed makes ``compute()`` raise its :class:`~newsparse.ParseError`; use
    :func:`read_results` to keep going and see the failures instead. ``vocabulary`` is the
    words the rules recognise (:class:`~newsparse.Vocabulary`; it pickles to the workers).
    """
    paths = list(find_files(paths_or_glob))
    bag = dask.bag.from_sequence(paths, partition_size=partition_size)
    return bag.map(functools.partial(parse_file, strict=strict, vocabulary=vocabulary))


def read_results(
    paths_or_glob: Sources,
    *,
    strict: bool = False,
    partition_size: int = PARTITION_SIZE,
    vocabulary: Vocabulary | None = None,
) -> dask.bag.Bag:
    """A Bag of :data:`~newsparse.Result` records: each file's Article or its ParseError.

    ``vocabulary`` is the words the rules recognise, as for :func:`read_dumps`.
    """
    paths = list(find_files(paths_or_glob))
    bag = dask.bag.from_sequence(paths, partition_size=partition_size)
    return bag.map(functools.partial(result_of, strict=strict, vocabulary=vocabulary))


def row(item: Article | Parsed | Failed) -> dict[str, Any]:
    """The flat DataFrame row of an Article or a Result: :func:`newsparse.to_row`."""
    return to_row(item)


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A DataFrame with one flat row per Article or Result of ``bag`` (columns: :data:`COLUMNS`)."""
    return bag.map(row).to_dataframe(meta=COLUMNS)
