"""Writing files the user named: always atomically, so a failure never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from evcheck.errors import EvcheckError


def write_atomic(path: str, data: str | bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise EvcheckError(f"{path}: folder {folder} does not exist")
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""})) as fh:
            fh.write(data)
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise EvcheckError(f"{path}: cannot write ({exc.strerror})") from None
