"""Writing the files a user names: atomically, through symlinks, never over a read-only file."""

from __future__ import annotations

import os
import stat

import pytest

from denied import deny_write
from evcheck.errors import EvcheckError
from evcheck.output import write_atomic


def test_writes_and_keeps_the_mode(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(str(target), "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_read_only_folder_is_a_user_error_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    deny_write(monkeypatch, folder)
    with pytest.raises(EvcheckError, match=r"ro/out.json: cannot write \(Permission denied\)"):
        write_atomic(str(folder / "out.json"), "{}")
    assert os.listdir(folder) == []


def test_a_file_without_a_write_bit_is_not_overwritten(tmp_path):
    target = tmp_path / "locked.txt"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(EvcheckError, match="read-only"):
        write_atomic(str(target), "replaced")
    assert target.read_text() == "keep me"


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    real = tmp_path / "real" / "figures.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_atomic(str(link), "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"
    assert sorted(os.listdir(tmp_path / "real")) == ["figures.csv"]


def test_dev_full_is_a_user_error_and_stays_a_device():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with pytest.raises(EvcheckError, match="/dev/full: cannot write .*No space left"):
        write_atomic("/dev/full", "x" * 10_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_text_that_cannot_be_utf8_leaves_no_temporary_file(tmp_path):
    with pytest.raises(EvcheckError, match="cannot write"):
        write_atomic(str(tmp_path / "out.csv"), "doc\na\udc80b\n")
    assert os.listdir(tmp_path) == []


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(EvcheckError, match="is a folder"):
        write_atomic(str(tmp_path), "x")


def test_the_data_is_synced_before_the_rename(tmp_path, monkeypatch):
    """issue 11: fsync before the rename, so a crash after it cannot leave an empty file."""
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_atomic(str(tmp_path / "out.json"), "{}")
    assert calls[:2] == ["fsync", "replace"] and (tmp_path / "out.json").read_text() == "{}"


@pytest.mark.parametrize("error", [KeyboardInterrupt(), OSError(28, "No space left on device"), ValueError("a bug")])
def test_an_error_while_writing_keeps_the_old_file_and_no_temporary_one(tmp_path, error):
    """issue 11/13: whatever stops a write — Ctrl-C, a full disk, a bug — the old file stays whole."""
    from evcheck.output import atomic_file

    target = tmp_path / "findings.csv"
    target.write_text("old\n")
    expected = EvcheckError if isinstance(error, OSError) else type(error)
    with pytest.raises(expected):
        with atomic_file(str(target)) as fh:
            fh.write(b"new, half")
            raise error
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["findings.csv"]


def test_a_stream_written_through_a_device(tmp_path):
    from evcheck.output import atomic_file

    with atomic_file("/dev/null") as fh:
        fh.write(b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_new_output_file_gets_the_mode_a_plain_open_would_give(tmp_path):
    import os
    import stat as st

    from evcheck.output import atomic_file

    mask = os.umask(0o022)
    try:
        with atomic_file(str(tmp_path / "report.html")) as fh:
            fh.write(b"<p>ok</p>")
    finally:
        os.umask(mask)
    assert st.S_IMODE((tmp_path / "report.html").stat().st_mode) == 0o644


def test_an_interrupt_as_the_temporary_file_is_made_leaves_none_behind(tmp_path, monkeypatch):
    """A Ctrl-C that lands the moment the temporary file exists (the scan's Ctrl-C test sends it then) left the file
    behind when its name was known only after it was made."""
    from evcheck import output

    target = tmp_path / "findings.csv"
    target.write_text("old\n")
    real_open = os.open

    def open_then_interrupted(path, flags, mode=0o777, *args, **kwargs):
        fd = real_open(path, flags, mode, *args, **kwargs)
        if str(path).endswith(".tmp"):
            os.close(fd)
            raise KeyboardInterrupt
        return fd

    monkeypatch.setattr(output.os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        with output.atomic_file(str(target)) as fh:
            fh.write(b"new")
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["findings.csv"]
