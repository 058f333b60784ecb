"""`convert --in-place` under SIGKILL: the article is always its old text or its new one (issue 11).

A forked child runs `convert --in-place` through the command line, and is killed *inside* its write,
every time: in the child every write to a file in the test's folder (through open(), io.open —
which os.fdopen and pathlib use — or os.write) writes only part of its bytes, flushes them, tells
the parent over a pipe and waits to be killed. Random kill times needed 40 rounds (~30-80 s) for a
few of them to land in the write window; here every round does, so a write that truncates or
writes the article itself, in place, leaves a partial file and fails the test in its first round.
"""

from __future__ import annotations

import builtins
import io
import os
import select
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

OLD = "On 19 August 2025 the unit lost 300m yuan and earned 21.3bn yuan.\n" * 40
# how much of the first write lands before the kill: nothing, one byte/char, half, all but one, all of it
CUTS = [lambda n: 0, lambda n: 1, lambda n: n // 2, lambda n: n - 1, lambda n: n]


def _kill_mid_write(folder: Path, cut, signal_fd: int) -> None:
    """In the child: the first write to a file in `folder` stops after cut(len) bytes, flushed, and
    the process waits to be killed."""
    real_open, real_io_open, real_write = builtins.open, io.open, os.write
    inside = str(folder.resolve()) + os.sep

    def in_folder(fd: int) -> bool:
        try:
            return os.path.realpath(f"/proc/self/fd/{fd}").startswith(inside)
        except OSError:
            return False

    def stop(flush) -> None:
        flush()
        os.write(signal_fd, b"w")  # the parent kills now: the write is under way
        while True:
            signal.pause()

    class Cut:
        def __init__(self, fh):
            self._fh = fh

        def write(self, data):
            part = data[: cut(len(data))]
            self._fh.write(part)
            stop(self._fh.flush)

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            self._fh.__enter__()
            return self

        def __exit__(self, *exc):
            return self._fh.__exit__(*exc)

        def __iter__(self):
            return iter(self._fh)

    def opener(real):
        def patched(file, mode="r", *args, **kwargs):
            fh = real(file, mode, *args, **kwargs)
            if any(m in mode for m in "wax+") and in_folder(fh.fileno()):
                return Cut(fh)
            return fh
        return patched

    def write(fd: int, data) -> int:
        if in_folder(fd):
            real_write(fd, bytes(data)[: cut(len(data))])
            stop(lambda: None)
        return real_write(fd, data)

    builtins.open, io.open, os.write = opener(real_open), opener(real_io_open), write


def _convert_in_place(article: Path, cut=None) -> tuple[int, str]:
    """Runs `convert --in-place` in a forked child, killed in its first write when `cut` is given:
    (how the child ended, the article's text afterwards)."""
    from evcheck.cli import app

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_end)
            if cut is not None:
                _kill_mid_write(article.parent, cut, write_end)
            r = CliRunner().invoke(app, ["convert", str(article), "--to", "usd", "--date", "2025-08-19", "--in-place"])
            code = r.exit_code
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 60)
        in_write = bool(ready) and os.read(read_end, 1) == b"w"
        if in_write:
            os.kill(pid, signal.SIGKILL)
    finally:
        os.close(read_end)
        if cut is not None and not in_write:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if cut is not None:
        assert in_write, "the child never wrote to the article's folder: the hook missed the write"
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    else:
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    return status, article.read_text()


@pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/fd").is_dir(), reason="needs fork and /proc")
def test_in_place_is_old_or_new_under_sigkills_inside_the_write(tmp_path):
    from evcheck.convert import convert_document, inline
    from evcheck.read.files import read_document

    article = tmp_path / "a.txt"
    article.write_text(OLD)
    new = inline(read_document(str(article)), convert_document(read_document(str(article)), "usd", "2025-08-19"))[0]
    assert new != OLD  # (this also loads the rates once, before the children fork)
    for cut in CUTS:  # killed inside the write of the new text: the old one stays, whole
        _, content = _convert_in_place(article, cut)
        assert content == OLD, f"killed after {cut(len(new.encode()))} of {len(new.encode())} bytes: a partial article"
        for leftover in tmp_path.glob(".a.txt.*.tmp"):  # a killed write cannot clean up; the next run is unaffected
            leftover.unlink()
    _, content = _convert_in_place(article)  # not killed: the new text, whole
    assert content == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    print(f"{len(CUTS)} SIGKILLs inside the write, every time the old text", file=sys.stderr)
