"""A griffe extension for the API page: newsparse's docstrings read well as Markdown.

The code's docstrings say ``Example:`` (Google style allows it), which griffe reads as an
admonition of Markdown text, where ``>>>`` lines become quotes and ``[(...)]`` output looks like
links; griffe renders ``Examples:`` sections as code. They also use Sphinx roles
(``:class:`~newsparse._model.Article```), which Markdown shows as written. This extension rewrites
both as each docstring is loaded, before it is parsed, so the docstrings stay as they are.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Final

import griffe

__all__ = ["MarkdownDocstrings", "as_markdown"]

# "Example:" alone on its line, indented as a section title.
_EXAMPLE: Final = re.compile(r"^(?P<indent>[ ]{0,8})Example:[ ]{0,4}$", re.M)
# :class:`~newsparse._model.Article`, :func:`parse`, :data:`MAX_INPUT`
_ROLE: Final = re.compile(
    r":(?:class|func|data|meth|attr|mod|exc|obj):`(?P<tilde>~?)(?P<target>[^`\n]{1,200})`"
)


def _role(match: re.Match[str]) -> str:
    target = match["target"]
    return f"`{target.rsplit('.', 1)[-1] if match['tilde'] else target}`"


def as_markdown(docstring: str) -> str:
    r"""``docstring`` with ``Example:`` titles made ``Examples:`` and Sphinx roles made code.

    Example:
        >>> as_markdown(
        ...     "Give an :class:`~newsparse._model.Article`.\n\nExample:\n    >>> 1\n    1\n"
        ... )
        'Give an `Article`.\n\nExamples:\n    >>> 1\n    1\n'
    """
    return _ROLE.sub(_role, _EXAMPLE.sub(r"\g<indent>Examples:", docstring))


class MarkdownDocstrings(griffe.Extension):
    """Rewrite every docstring griffe loads with :func:`as_markdown`."""

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
            obj.docstring.value = as_markdown(obj.docstring.value)
