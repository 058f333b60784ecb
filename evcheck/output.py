"""Writing files the user named: always atomically, so a failure never leaves half a file.

The bytes go to a temporary file beside the target, are flushed to disk (fsync) and only then
renamed over it: a crash, a SIGKILL or a Ctrl-C at any moment leaves the old file or the new one,
never a mix, and an error that is caught leaves no temporary file behind. A symlink is written
through to its target (the link stays a link), a file without a write bit is refused rather than
silently replaced, and a device or FIFO (/dev/null, /dev/stdout) is written directly, since it
cannot be replaced by a rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from evcheck.errors import EvcheckError


def _payload(path: str, data: str | bytes) -> bytes:
    """The bytes to write, encoded before any file is touched so an encoding error leaves nothing behind."""
    if isinstance(data, bytes):
        return data
    try:
        return data.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise EvcheckError(f"{path}: cannot write (character {data[exc.start]!r} cannot be written as UTF-8)") from None


def _cannot_write(path: str, exc: OSError) -> EvcheckError:
    return EvcheckError(f"{path}: cannot write ({exc.strerror or exc})")


def _target(path: str) -> tuple[os.stat_result | None, Path, Path]:
    """What `path` is now (None when it does not exist), the file a rename must replace (a
    symlink's target) and the folder the temporary file goes in; refusals are user errors."""
    try:
        info = os.stat(path)  # follows a symlink to what it points at
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot write ({exc.strerror})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise EvcheckError(f"{path}: is a folder, not a file")
    if info is not None and stat.S_ISREG(info.st_mode) and not info.st_mode & 0o222:
        raise EvcheckError(f"{path}: file is read-only (no write permission); not overwritten")
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if info is None or stat.S_ISREG(info.st_mode):
        try:
            if not stat.S_ISDIR(os.stat(folder).st_mode):
                raise EvcheckError(f"{path}: {folder} is not a folder")
        except (FileNotFoundError, NotADirectoryError):
            raise EvcheckError(f"{path}: folder {folder} does not exist") from None
        except OSError as exc:
            raise EvcheckError(f"{path}: cannot write in {folder} ({exc.strerror})") from None
    return info, target, folder


@contextlib.contextmanager
def atomic_file(path: str) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: it replaces `path` only when the block ends without
    an exception. Any exception — an OSError, a KeyboardInterrupt — removes the temporary file and
    leaves `path` as it was; OSErrors become one user error naming the file."""
    info, target, folder = _target(path)
    if info is not None and not stat.S_ISREG(info.st_mode):  # a device or FIFO: no rename possible
        try:
            with open(path, "wb") as fh:
                yield fh
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        return
    tmp: str | None = None
    try:
        for _ in range(100):  # the name is held before the file exists: a Ctrl-C landing as it is made still removes it
            tmp = os.path.join(folder, f".{target.name}.{secrets.token_hex(6)}.tmp")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
                break
            except FileExistsError:
                continue
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary name", folder)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the name points at it
        os.chmod(tmp, info.st_mode & 0o777 if info is not None else _new_file_mode())
        os.replace(tmp, target)
        tmp = None
        _sync_folder(folder)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _new_file_mode() -> int:
    """The mode open() would give a new file (0o666 less the umask): the temporary file's 0o600 would make a
    report that others cannot read."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk too; a file system that cannot sync a folder is no error."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: str, data: str | bytes) -> None:
    payload = _payload(path, data)
    with atomic_file(path) as fh:
        fh.write(payload)
