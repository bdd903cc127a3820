"""Writing a command's result: to standard output, or to a file written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

import amend
from amend_cli.progress import clear
from amend_cli.visible import visible

STDOUT = "-"


def to_stdout(output: Path | None) -> bool:
    """Whether the result goes to standard output (no ``-o``, or ``-o -``)."""
    return output is None or str(output) == STDOUT


def emit(result: str | bytes, output: Path | None) -> None:
    """Print ``result``, or write it to ``output``: text as UTF-8 with control characters made
    visible (and the undecodable bytes of a file name as ``\\udcff``), bytes as they are."""
    if isinstance(result, str):
        data = visible(result).encode("utf-8", errors="backslashreplace")
    else:
        data = result
    if to_stdout(output):
        clear()
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_whole(Path(output), data)


def write_whole(output: Path, data: bytes) -> None:
    """Write ``data`` to ``output`` through a temporary file in the same folder, synced to disk
    and renamed over the target, so that the target is whole or untouched. A symbolic link is
    written through to its file; an existing file keeps its mode; a new one gets the umask's."""
    target = Path(os.path.realpath(output))
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise _cannot_write(output, error) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise amend.AmendError(f"{output}: is a folder, not a file")
        _write_special(output, target, data)  # a device or a pipe: no file to replace
        return
    if info is not None and (not info.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise amend.AmendError(f"{output}: the file is read-only; not written",
                               hint="make it writable, or give -o another file")
    mode = stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask()
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".tmp")
    except OSError as error:
        raise _cannot_write(output, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if info is not None:
                _keep_owner(stream.fileno(), info)
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _cannot_write(output, error) from None
        raise
    _sync_folder(target.parent)


def _write_special(output: Path, target: Path, data: bytes) -> None:
    try:
        with target.open("wb") as stream:
            stream.write(data)
    except OSError as error:
        raise _cannot_write(output, error) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _keep_owner(handle: int, info: os.stat_result) -> None:
    """Give the new file the old one's owner and group, where this user may."""
    with contextlib.suppress(OSError, AttributeError):  # no owners to keep on Windows
        if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            os.fchown(handle, info.st_uid, info.st_gid)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (folders cannot be opened for syncing everywhere)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _cannot_write(output: Path, error: OSError) -> amend.AmendError:
    return amend.AmendError(f"{output}: cannot write ({error.strerror or error})")
