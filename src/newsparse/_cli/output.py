"""Where the command line writes records: standard output, or a file that appears only when done.

A file named with ``-o`` is written under a temporary name beside it and renamed into place by
:meth:`Output.commit`, so an interrupted or failed run never leaves a half-written file that looks
complete (the rename is atomic on one file system). Only a regular file is ever written that way:
a FIFO or a character device (``/dev/null``, ``/dev/stdout``) named with ``-o`` receives the
stream directly, and any other kind of existing target (a folder, a socket, a block device) is
refused. A symbolic link is followed: the file it names is replaced, the link stays.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from types import TracebackType
from typing import IO, BinaryIO

__all__ = ["Output", "UnsuitableTargetError", "binary_stdout"]


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


class UnsuitableTargetError(Exception):
    """The ``-o`` target exists and is neither a regular file nor a stream to write to."""


def _kind(target: str) -> str | None:
    """What ``target`` is, following links: "file", "stream" (a FIFO or character device).

    Another kind's name for anything else, ``None`` when nothing is there (a dangling link too).
    """
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "stream"
    if stat.S_ISDIR(mode):
        return "folder"
    return "socket" if stat.S_ISSOCK(mode) else "special file"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """The output stream, as a context manager; ``target`` ``None`` or ``-`` is stdout.

    Creating it creates the temporary file (so an unwritable ``target`` fails at once, with
    :class:`OSError`; one that is a folder or another kind of special file, with
    :class:`UnsuitableTargetError`). Call :meth:`commit` when everything is written; leaving the
    ``with`` block without it removes the temporary file and leaves ``target`` untouched.
    """

    def __init__(self, target: str | None) -> None:
        self.target = None if target in (None, "-") else target
        self._temporary: str | None = None
        if self.target is None:
            self._stream = binary_stdout()
            return
        kind = _kind(self.target)
        if kind == "stream":
            # Written as it comes: a FIFO or a device cannot be replaced by a rename (and must
            # not be: as root, "-o /dev/null" would replace the device with a file).
            self._stream = open(self.target, "wb")  # noqa: SIM115  # closed by commit or exit
            return
        if kind not in (None, "file"):
            raise UnsuitableTargetError(f"{self.target} is a {kind}, not a file to write")
        # A link is followed, so the file it names is replaced and the link stays a link.
        folder, name = os.path.split(os.path.realpath(self.target))
        handle, self._temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        # mkstemp makes the file private (0600); the finished file gets the usual permissions.
        os.chmod(handle, 0o666 & ~_umask())
        self._stream = os.fdopen(handle, "wb")
        self._final = os.path.join(folder, name)

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
            if self.target is not None:
                stream.close()  # a FIFO or device written directly
            else:
                stream.flush()
            return
        stream.close()
        os.replace(self._temporary, self._final)
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
        elif self.target is not None and not self.stream.closed:
            self.stream.close()
