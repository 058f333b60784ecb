"""What evcheck keeps in the user cache folder, and its compiled regular expressions.

Everything here can be rebuilt, so a cache that is missing, damaged or from another version is
rebuilt, never trusted: the rates and the reference tables check digests (fx.py, data.py), and so do
the patterns.

Patterns: `re` compiles a pattern in pure Python, and the lexicon patterns of the extractor and the
read layer cost about 25 ms of every start, as much as checking an article. `regex` keeps each
pattern's compiled program — the codes `re` hands to its C engine — in one file per Python version,
and builds the Pattern from those codes; a pattern the file lacks is compiled as `re` compiles it
and the file is rewritten when the process ends. Only patterns fixed in the source go through it:
the file would otherwise grow with every article. Each program's codes are kept as bytes and made a
list only when its pattern is asked for, and a rewrite keeps the programs of other processes only
while they take no more room than the ones this process used: the file is read whole at every
start, and at 16 MB of patterns left by older versions and data it cost more than checking an
article.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def folder() -> Path:
    base = os.environ.get("EVCHECK_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "evcheck"


def write_atomically(target: Path, write: Callable[[BinaryIO], object], errors: tuple[type[Exception], ...] = (OSError,)) -> None:
    """A cache file replaced whole or not at all; a cache that cannot be written only means the next
    run rebuilds it, so `errors` are swallowed and the temporary file removed."""
    import tempfile

    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=target.suffix + ".tmp")
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, target)
        tmp = None
    except errors:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


Key = tuple[str, int]
# what _sre.compile takes after the pattern — flags, code, groups, groupindex, indexgroup — with the
# code as the bytes of an array of _sre.CODESIZE-byte items: marshal reads one bytes object many
# times faster than a list of as many ints
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_programs: dict[Key, Program] | None = None  # read from the file on first use
_added: dict[Key, Program] = {}
_used: set[Key] = set()

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _OLD_NAME = f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
    _NAME = _OLD_NAME.replace(".marshal", "-bytes.marshal")
except (ImportError, AttributeError, StopIteration):  # another implementation: re.compile as it is
    _sre = None


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the compiled program cached by an earlier run if there is one."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = _load().get(key) or _added.get(key)
    try:
        if program is None:
            program = _program(pattern, int(flags))
            _added[key] = program
        _used.add(key)
        out_flags, code, groups, groupindex, indexgroup = program
        return _sre.compile(pattern, out_flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 — `re` internals of another version: compile as re does
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile computes before it calls _sre.compile (Python 3.11–3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE, [int(c) for c in _compiler._code(parsed, flags)]).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _load() -> dict[Key, Program]:
    global _programs
    if _programs is None:
        _programs = {}
        try:
            data = (folder() / _NAME).read_bytes()
            if hashlib.sha256(data[32:]).digest() == data[:32]:
                loaded = marshal.loads(data[32:])
                if isinstance(loaded, dict):
                    _programs = loaded
        except Exception:  # noqa: BLE001 — whatever is wrong with the file, patterns are compiled again
            pass
        atexit.register(_save)
    return _programs


def _save() -> None:
    """Atomically, and only when this process compiled a pattern the file lacked."""
    if not _added:
        return
    payload = marshal.dumps(_kept(_programs or {}, _added, _used))
    write_atomically(folder() / _NAME, lambda fh: fh.write(hashlib.sha256(payload).digest() + payload))
    try:  # the file of the earlier layout, codes as lists of ints, which nothing reads any more
        (folder() / _OLD_NAME).unlink(missing_ok=True)
    except OSError:
        pass


def _kept(programs: dict[Key, Program], added: dict[Key, Program], used: set[Key]) -> dict[Key, Program]:
    """What a rewrite keeps: the programs this process used or added, and the others (another
    command's patterns, or those of an older version or of other data) only while they take no more
    room than those, so that the file read at every start stays about the size of what a run uses."""
    kept = {k: v for k, v in programs.items() if k in used}
    kept.update(added)
    others = {k: v for k, v in programs.items() if k not in kept}
    if sum(len(v[1]) for v in others.values()) <= sum(len(v[1]) for v in kept.values()):
        kept.update(others)
    return kept
