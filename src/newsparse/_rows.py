"""Articles as flat rows: one record of plain values per article, and a pandas DataFrame of them.

:func:`to_row` is the one place that flattens an Article; ``newsparse parse --format rows``,
:func:`to_dataframe` and :mod:`newsparse.dask` all use it, so a column means the same everywhere.
pandas is imported only by :func:`to_dataframe` (``pip install 'newsparse[pandas]'``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from newsparse._batch import Failed, Parsed
from newsparse._errors import Code, ParseError
from newsparse._kinds import KINDS, by_name
from newsparse._model import Article, DateValue
from newsparse._public_dates import format_date

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "Column", "Value", "select_columns", "to_dataframe", "to_row"]

Value: TypeAlias = str | int | float | bool | list[str] | None
"""A row value: plain data that JSON, CSV writers and DataFrames all take."""


@attrs.frozen(kw_only=True)
class Column:
    """One column of a row: its name, the kind of its values, and what it holds."""

    name: str
    kind: Literal["string", "int", "list"]
    doc: str


def _count(name: str) -> Column:
    """The column counting the elements of the kind ``name``, as the kind table names it."""
    kind = by_name(name)
    if kind.count is None:  # pragma: no cover - a kind table mistake, caught by the tests
        raise ValueError(f"the kind {name!r} has no count column")
    return Column(name=kind.count, kind="int", doc=kind.count_doc)


# A kind's count column (``Kind.count``) goes where it reads best; a test checks every kind that
# has one appears here.
COLUMNS: Final[tuple[Column, ...]] = (
    Column(name="path", kind="string", doc="the file, as given; null for an Article without one"),
    Column(name="error", kind="string", doc="the ParseError code when the file failed, else null"),
    Column(name="error_message", kind="string", doc="the ParseError message, else null"),
    Column(name="url", kind="string", doc="the page address (Article.url), or null"),
    Column(name="site", kind="string", doc="the host of url without 'www.', or null"),
    Column(name="language", kind="string", doc="a BCP 47 tag (Article.language), or null"),
    Column(name="title", kind="string", doc="the cleaned title, or null"),
    Column(name="description", kind="string", doc="Article.description, or null"),
    Column(name="authors", kind="list", doc="the names of Article.authors, in order"),
    Column(name="author_kinds", kind="list", doc="person, agency or organization, per author"),
    Column(
        name="published", kind="string", doc="ISO 8601 cut to its precision ('2021-07-16'), or null"
    ),
    Column(name="published_precision", kind="string", doc="year ... second, or null"),
    Column(name="updated", kind="string", doc="the last update, as published, or null"),
    Column(name="updated_precision", kind="string", doc="year ... second, or null"),
    Column(name="place", kind="string", doc="where the dateline says it was filed, or null"),
    Column(name="image", kind="string", doc="the lead picture's address, or null"),
    Column(name="tags", kind="list", doc="the page's tags, in order"),
    _count("body"),
    Column(name="words", kind="int", doc="words of the body text (split on whitespace)"),
    _count("caption"),
    _count("picture"),
    Column(name="credited_captions", kind="int", doc="captions that carry a picture credit"),
    Column(name="images", kind="int", doc="picture addresses (Article.images)"),
    _count("related"),
    _count("footnote"),
    _count("boilerplate"),
    Column(name="diagnostics", kind="int", doc="diagnostics of any severity"),
    Column(name="warnings", kind="int", doc="diagnostics of warning or error severity"),
    Column(name="text", kind="string", doc="the body text (Article.text), '' when there is none"),
)
"""The columns of a row, in order (also the DataFrame's); a failed file has only its path and
error, with counts 0 and lists empty."""

_NAMES: Final = tuple(column.name for column in COLUMNS)


def _empty() -> dict[str, Value]:
    values: dict[str, Value] = {}
    for column in COLUMNS:
        values[column.name] = 0 if column.kind == "int" else [] if column.kind == "list" else None
    return values


def _date(value: DateValue | None) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    return format_date(value), value.precision.value


def _article_values(article: Article) -> dict[str, Value]:
    published, published_precision = _date(article.published)
    updated, updated_precision = _date(article.updated)
    dateline = article.dateline
    text = article.text
    authors = article.authors
    counts: dict[str, Value] = {
        kind.count: len(kind.elements(article)) for kind in KINDS if kind.count is not None
    }
    return counts | {
        "url": article.url,
        "site": article.site,
        "language": article.language,
        "title": article.title,
        "description": article.description,
        "authors": [author.name for author in authors],
        "author_kinds": [author.kind.value for author in authors],
        "published": published,
        "published_precision": published_precision,
        "updated": updated,
        "updated_precision": updated_precision,
        "place": dateline.place if dateline is not None else None,
        "image": article.image,
        "tags": list(article.tags),
        "words": len(text.split()),
        "credited_captions": sum(1 for caption in article.captions if caption.credit),
        "images": len(article.images),
        "diagnostics": len(article.diagnostics),
        "warnings": sum(1 for d in article.diagnostics if d.severity != "info"),
        "text": text,
    }


def select_columns(fields: Sequence[str] | None) -> tuple[str, ...]:
    """The column names ``fields`` asks for, in the order asked (all of :data:`COLUMNS` for None).

    What :func:`to_row` keeps, checked before any file is read: the header of a CSV file of
    rows, or a command line's ``--fields`` (a name asked twice is kept once).

    Raises:
        ParseError: ``invalid-input`` naming an unknown column and listing the known ones.

    Example:
        >>> select_columns(["title", "words", "title"])
        ('title', 'words')
        >>> select_columns(None)[:3]
        ('path', 'error', 'error_message')
    """
    if fields is None:
        return _NAMES
    unknown = [name for name in fields if name not in _NAMES]
    if unknown:
        raise ParseError(
            f"unknown column {unknown[0]!r}; the columns are {', '.join(_NAMES)}",
            code=Code.INVALID_INPUT,
        )
    return tuple(dict.fromkeys(fields))


def to_row(
    item: Article | Parsed | Failed,
    *,
    path: str | None = None,
    fields: Sequence[str] | None = None,
) -> dict[str, Value]:
    r"""One flat record of an Article (or a :data:`~newsparse.Result`): the :data:`COLUMNS`.

    ``path`` fills the ``path`` column (a Result brings its own); ``fields`` keeps only those
    columns, in that order. Every value is a str, int, list of str or None, so a row goes as it
    is to JSON, a CSV writer or a DataFrame.

    Raises:
        ParseError: ``invalid-input`` for something that is not an Article or a Result, or an
            unknown name in ``fields``.

    Example:
        >>> import newsparse
        >>> row = to_row(newsparse.parse("# Hi\n\nBy Ann Lee\n\nMay 4, 2022\n\nText here."))
        >>> row["title"], row["authors"], row["published"], row["published_precision"]
        ('Hi', ['Ann Lee'], '2022-05-04', 'day')
    """
    names = select_columns(fields)
    values = _empty()
    if isinstance(item, Article):
        values["path"] = path
        values.update(_article_values(item))
    elif isinstance(item, Parsed):
        values["path"] = item.path
        values.update(_article_values(item.article))
    elif isinstance(item, Failed):
        values.update(path=item.path, error=item.error.code, error_message=item.error.message)
    else:
        raise ParseError(
            f"to_row takes an Article or a Result, not {type(item).__name__}",
            code=Code.INVALID_INPUT,
        )
    return {name: values[name] for name in names}


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(
            "newsparse.to_dataframe needs pandas: pip install 'newsparse[pandas]'"
        ) from error


PANDAS_DTYPES: Final = {"string": "string", "int": "int64", "list": "object"}
"""The pandas dtype of each kind of column (a list column holds Python lists)."""


def to_dataframe(
    items: Iterable[Article | Parsed | Failed], *, fields: Sequence[str] | None = None
) -> pd.DataFrame:
    """A pandas DataFrame with one row (:func:`to_row`) per Article or Result of ``items``.

    ``items`` may be any iterable, a :func:`newsparse.parse_many` run included; ``fields``
    chooses the columns. Strings are pandas ``string`` columns, counts ``int64``, and
    ``authors``, ``author_kinds`` and ``tags`` hold lists.

    Raises:
        ImportError: without pandas, saying how to install it (``newsparse[pandas]``).
        ParseError: as :func:`to_row` does.

    Example:
        >>> import newsparse
        >>> frame = to_dataframe(newsparse.parse_many("seeds", jobs=1), fields=["title", "words"])
        >>> frame.shape, frame.loc[0, "title"]
        ((1, 2), 'Russia Says U.S. Mission in Afghanistan Has Failed')
    """
    pandas = _pandas()
    names = select_columns(fields)
    rows = [to_row(item, fields=names) for item in items]
    kinds = {column.name: column.kind for column in COLUMNS}
    frame = pandas.DataFrame.from_records(rows, columns=list(names))
    dtypes = {name: PANDAS_DTYPES[kinds[name]] for name in names}
    result: pd.DataFrame = frame.astype(dtypes)
    return result
