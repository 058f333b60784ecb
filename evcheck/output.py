"""Writing files the user named: always atomically, so a failure never leaves half a file.

A symlink is written through to its target (the link stays a link), a file without a write bit is
refused rather than silently replaced, and a device or FIFO (/dev/null, /dev/stdout) is written
directly, since it cannot be replaced by a rename.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from evcheck.errors import EvcheckError


def _payload(path: str, data: str | bytes) -> bytes:
    """The bytes to write, encoded before any file is touched so an encoding error leaves nothing behind."""
    if isinstance(data, bytes):
        return data
    try:
        return data.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise EvcheckError(f"{path}: cannot write (character {data[exc.start]!r} cannot be written as UTF-8)") from None


def _write_special(path: str, payload: bytes) -> None:
    try:
        with open(path, "wb") as fh:
            fh.write(payload)
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_atomic(path: str, data: str | bytes) -> None:
    payload = _payload(path, data)
    try:
        info = os.stat(path)  # follows a symlink to what it points at
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot write ({exc.strerror})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise EvcheckError(f"{path}: is a folder, not a file")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_special(path, payload)
        return
    if info is not None and not info.st_mode & 0o222:
        raise EvcheckError(f"{path}: file is read-only (no write permission); not overwritten")
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            raise EvcheckError(f"{path}: {folder} is not a folder")
    except (FileNotFoundError, NotADirectoryError):
        raise EvcheckError(f"{path}: folder {folder} does not exist") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot write in {folder} ({exc.strerror})") from None
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        if info is not None:
            os.chmod(tmp, info.st_mode & 0o777)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise EvcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
