"""Dumps as dask collections: a Bag of Articles (or Results) from paths or a glob, and a DataFrame.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). The same code runs on the local
schedulers and on a ``dask.distributed`` cluster (``docs/scaling.md``): tasks carry only paths,
each worker reads and parses its own files, and Articles, Results and ParseErrors all pickle.
"""

from __future__ import annotations

import functools
import glob
import os
from collections.abc import Iterable
from typing import Any, Final

import dask.bag
import dask.dataframe
import pandas as pd
import pyarrow as pa

from newsparse.batch import Result, result_of
from newsparse.files import parse_file
from newsparse.model import Article
from newsparse.paths import expand
from newsparse.serialize import format_date

__all__ = ["COLUMNS", "PARTITION_SIZE", "read_dumps", "read_results", "row", "to_dataframe"]

PARTITION_SIZE: Final = 64
"""Files per partition by default: about a tenth of a second of parsing, so that scheduling
costs little beside the work while a corpus still splits into many tasks."""

COLUMNS: Final[dict[str, object]] = {
    "path": "string",  # the file, for a Result; None for a bare Article
    "error": "string",  # the ParseError code when the file failed
    "error_message": "string",
    "title": "string",
    "standfirst": "string",
    # The names of bylines and contributor notes together: a list, typed so that Parquet keeps it.
    "authors": pd.ArrowDtype(pa.list_(pa.string())),
    "published": "string",  # ISO 8601 cut to its precision: "2021", "2021-07", "2021-07-16T10:32"
    "published_precision": "string",
    "updated": "string",
    "place": "string",
    "agency": "string",
    "source_url": "string",
    "paragraphs": "int64",
    "words": "int64",
    "captions": "int64",
    "related": "int64",
    "footnotes": "int64",
    "boilerplate": "int64",
    "diagnostics": "int64",
    "text": "string",  # the body paragraphs' text, separated by blank lines
}
"""The DataFrame's columns and their dtypes, in order."""

_GLOB_CHARACTERS: Final = frozenset("*?[")


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths_or_glob, str | os.PathLike):
        text = os.fspath(paths_or_glob)
        if _GLOB_CHARACTERS.intersection(text):
            return sorted(p for p in glob.glob(text, recursive=True) if os.path.isfile(p))
        return list(expand([text]))
    return list(expand([os.fspath(path) for path in paths_or_glob]))


def read_dumps(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    partition_size: int = PARTITION_SIZE,
) -> dask.bag.Bag:
    """A Bag of the Articles parsed from the files named, in sorted path order.

    ``paths_or_glob`` is a glob (``"corpus/**/*.md"``, recursive), a file or folder, or a list
    of files and folders (folders are read recursively as by the command line). A file that
    cannot be parsed makes ``compute()`` raise its :class:`~newsparse.ParseError`; use
    :func:`read_results` to keep going and see the failures instead.
    """
    paths = _paths(paths_or_glob)
    bag = dask.bag.from_sequence(paths, partition_size=partition_size)
    return bag.map(functools.partial(parse_file, strict=strict))


def read_results(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    partition_size: int = PARTITION_SIZE,
) -> dask.bag.Bag:
    """A Bag of :class:`~newsparse.Result` records: each file's Article or its ParseError."""
    paths = _paths(paths_or_glob)
    bag = dask.bag.from_sequence(paths, partition_size=partition_size)
    return bag.map(functools.partial(result_of, strict=strict))


def row(item: Article | Result) -> dict[str, Any]:
    """The flat DataFrame row (see :data:`COLUMNS`) of an Article or a Result."""
    values: dict[str, Any] = {
        name: 0 if dtype == "int64" else None for name, dtype in COLUMNS.items()
    }
    article: Article | None = item if isinstance(item, Article) else item.article
    if isinstance(item, Result):
        values["path"] = item.path
        if item.error is not None:
            values["error"] = item.error.code
            values["error_message"] = item.error.message
    if article is None:
        return values
    dateline = article.dateline
    published = dateline.published if dateline is not None else None
    updated = dateline.updated if dateline is not None else None
    values.update(
        title=article.title,
        standfirst=article.standfirst.text if article.standfirst is not None else None,
        authors=[author.name for author in article.authors],
        published=format_date(published) if published is not None else None,
        published_precision=published.precision.value if published is not None else None,
        updated=format_date(updated) if updated is not None else None,
        place=dateline.place if dateline is not None else None,
        agency=dateline.agency if dateline is not None else None,
        source_url=article.source_url,
        paragraphs=len(article.body),
        words=sum(len(paragraph.text.split()) for paragraph in article.body),
        captions=len(article.captions),
        related=len(article.related),
        footnotes=len(article.footnotes),
        boilerplate=len(article.boilerplate),
        diagnostics=len(article.diagnostics),
        text="\n\n".join(paragraph.text for paragraph in article.body),
    )
    return values


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A DataFrame with one flat row per Article or Result of ``bag`` (columns: :data:`COLUMNS`)."""
    return bag.map(row).to_dataframe(meta=COLUMNS)
