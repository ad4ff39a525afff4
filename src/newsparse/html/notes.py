"""What the HTML reader noticed before the dump existed, waiting for a place in it.

A :class:`Note` becomes a :class:`~newsparse.model.Diagnostic` once the dump is written: its span
is the dump line it concerns (``line``, the index of a written line) or the empty span at the
start of the dump when it concerns the whole page.
"""

from __future__ import annotations

import attrs

from newsparse.model import Severity

__all__ = ["Note"]


@attrs.frozen(kw_only=True)
class Note:
    """A diagnostic without a span yet: ``line`` is the 0-based dump line it is about, if any."""

    code: str
    message: str
    severity: Severity
    line: int | None = None
