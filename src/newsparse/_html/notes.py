"""What the HTML reader noticed before the dump existed, waiting for a place in it.

A :class:`Note` becomes a :class:`~newsparse._model.Diagnostic` once the dump is written, with the
empty span at the start of the dump: it concerns the whole page (its charset, its size, its
metadata), not one place in the text.
"""

from __future__ import annotations

import attrs

from newsparse._model import Severity

__all__ = ["Note"]


@attrs.frozen(kw_only=True)
class Note:
    """A diagnostic without a span yet."""

    code: str
    message: str
    severity: Severity
