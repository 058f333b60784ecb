"""Permission failures that hold when the tests run as root, who may read and write anything.

Each helper makes the calls that touch a path fail with EACCES, as the kernel would for a user
without the permission; chmod is applied too, so an ordinary user sees the real thing.
"""

from __future__ import annotations

import builtins
import errno
import io
import os


def _inside(path, root: str, strictly: bool = False) -> bool:
    if isinstance(path, int):
        return False
    try:
        p = os.path.abspath(os.fsdecode(os.fspath(path)))
    except TypeError:
        return False
    return (p == root and not strictly) or p.startswith(root + os.sep)


def _refuse(path):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(os.fspath(path)))


def _writes(mode: str) -> bool:
    return any(ch in mode for ch in "wax+")


def deny_read(monkeypatch, path) -> None:
    """`path` (a file, or everything in a folder) cannot be opened: chmod 000."""
    root = os.path.abspath(path)
    os.chmod(root, 0o000 if not os.path.isdir(root) else 0o300)
    real_open, real_os_open = builtins.open, os.open

    def fake_open(file, *args, **kwargs):
        if _inside(file, root):
            _refuse(file)
        return real_open(file, *args, **kwargs)

    def fake_os_open(file, *args, **kwargs):
        if _inside(file, root):
            _refuse(file)
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)


def deny_write(monkeypatch, folder) -> None:
    """Nothing can be created, replaced or removed in `folder`: chmod 555 (or an immutable folder)."""
    root = os.path.abspath(folder)
    os.chmod(root, 0o555)
    real_open, real_os_open, real_replace, real_mkdir = builtins.open, os.open, os.replace, os.mkdir

    def fake_open(file, mode="r", *args, **kwargs):
        if _writes(mode) and _inside(file, root, strictly=True):
            _refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(file, flags, *args, **kwargs):
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR) and _inside(file, root, strictly=True):
            _refuse(file)
        return real_os_open(file, flags, *args, **kwargs)

    def fake_replace(src, dst, *args, **kwargs):
        if _inside(dst, root, strictly=True):
            _refuse(dst)
        return real_replace(src, dst, *args, **kwargs)

    def fake_mkdir(path, *args, **kwargs):
        if _inside(path, root, strictly=True):
            _refuse(path)
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)


def deny_search(monkeypatch, folder) -> None:
    """Nothing inside `folder` can be looked up, listed or opened: chmod 000."""
    root = os.path.abspath(folder)
    os.chmod(root, 0o000)
    real = {name: getattr(os, name) for name in ("stat", "lstat", "open", "scandir", "mkdir")}
    real_open = builtins.open

    def guard(name):
        def fake(path, *args, **kwargs):
            if _inside(path, root, strictly=name != "scandir"):
                _refuse(path)
            return real[name](path, *args, **kwargs)
        return fake

    def fake_open(file, *args, **kwargs):
        if _inside(file, root, strictly=True):
            _refuse(file)
        return real_open(file, *args, **kwargs)

    for name in real:
        monkeypatch.setattr(os, name, guard(name))
    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)


def deny_list(monkeypatch, folder) -> None:
    """`folder` cannot be listed: chmod 000 on a subfolder of an article folder."""
    root = os.path.abspath(folder)
    os.chmod(root, 0o000)
    real_scandir = os.scandir

    def fake_scandir(path=".", *args, **kwargs):
        if _inside(path, root):
            _refuse(path)
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", fake_scandir)


def restore(*paths) -> None:
    """Gives back the permissions so pytest can remove the temporary folders."""
    for path in paths:
        os.chmod(path, 0o755)
