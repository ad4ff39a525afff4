"""A griffe extension for the API page: newsparse's ``Example:`` sections render as examples.

The code's docstrings say ``Example:`` (Google style allows it), which griffe reads as an
admonition of Markdown text, where ``>>>`` lines become quotes and ``[(...)]`` output looks like
links. Griffe renders ``Examples:`` sections as code; this extension renames the section before
the docstrings are parsed, so the docstrings stay as they are.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Final

import griffe

__all__ = ["ExampleSections", "as_examples"]

# "Example:" alone on its line, indented as a section title.
_EXAMPLE: Final = re.compile(r"^(?P<indent>[ ]{0,8})Example:[ ]{0,4}$", re.M)


def as_examples(docstring: str) -> str:
    r"""``docstring`` with each ``Example:`` section title made ``Examples:``.

    Example:
        >>> as_examples("Read one date.\n\nExample:\n    >>> 1 + 1\n    2\n")
        'Read one date.\n\nExamples:\n    >>> 1 + 1\n    2\n'
    """
    return _EXAMPLE.sub(r"\g<indent>Examples:", docstring)


class ExampleSections(griffe.Extension):
    """Rename ``Example:`` sections to ``Examples:`` in every docstring griffe loads."""

    def on_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        obj: griffe.Object,
        agent: griffe.Visitor | griffe.Inspector,
        **kwargs: Any,
    ) -> None:
        """Rewrite the docstring of each object as it is created (before it is parsed)."""
        del node, agent, kwargs
        if obj.docstring is not None:
            obj.docstring.value = as_examples(obj.docstring.value)
