"""Where the command line writes records: standard output, or a file that appears only when done.

A file named with ``-o`` is written under a temporary name beside it and renamed into place by
:meth:`Output.commit`, so an interrupted or failed run never leaves a half-written file that looks
complete (the rename is atomic on one file system).
"""

from __future__ import annotations

import os
import sys
import tempfile
from types import TracebackType
from typing import IO, BinaryIO

__all__ = ["Output", "binary_stdout"]


class _TextSink:
    """A binary write() over a text stream that has no ``buffer`` (some IDEs replace stdout)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        self._stream.write(data.decode())
        return len(data)

    def flush(self) -> None:
        self._stream.flush()


def binary_stdout() -> BinaryIO:
    """Standard output as a binary stream (records are UTF-8 whatever the locale says)."""
    sys.stdout.flush()  # anything written as text so far comes first
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]  # TextIO.buffer is BinaryIO
    return _TextSink(sys.stdout)  # type: ignore[return-value]  # write() and flush() suffice


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """The output stream, as a context manager; ``target`` ``None`` or ``-`` is stdout.

    Creating it creates the temporary file (so an unwritable ``target`` fails at once, with
    :class:`OSError`). Call :meth:`commit` when everything is written; leaving the ``with`` block
    without it removes the temporary file and leaves ``target`` untouched.
    """

    def __init__(self, target: str | None) -> None:
        self.target = None if target in (None, "-") else target
        self._temporary: str | None = None
        if self.target is None:
            self._stream = binary_stdout()
            return
        folder, name = os.path.split(os.path.abspath(self.target))
        handle, self._temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        # mkstemp makes the file private (0600); the finished file gets the usual permissions.
        os.chmod(handle, 0o666 & ~_umask())
        self._stream = os.fdopen(handle, "wb")

    def __enter__(self) -> Output:
        return self

    @property
    def stream(self) -> BinaryIO:
        """The binary stream to write records to."""
        return self._stream

    def commit(self) -> None:
        """Finish the output: flush stdout, or move the finished file into place."""
        stream = self.stream
        if self._temporary is None:
            stream.flush()
            return
        stream.close()
        assert self.target is not None
        os.replace(self._temporary, self.target)
        self._temporary = None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._temporary is not None:
            self.stream.close()
            os.unlink(self._temporary)
            self._temporary = None
