"""The process edge for inputs: paths, folders, globs and stdin become Documents or errors."""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from evcheck.errors import InputError
from evcheck.read.dates import dated_periods, find_date, latest_period_end, parse_date
from evcheck.read.document import Document
from evcheck.read.markup import blank_html, blank_markdown, find_suppressions, join_soft_breaks, looks_hard_wrapped

MAX_BYTES = 10 * 1024 * 1024
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
_KIND_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _too_large(path: str, size: int) -> InputError:
    return InputError(path, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError(path, "empty file, nothing to check")
    if len(data) > MAX_BYTES:
        raise _too_large(path, len(data))
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(path, "binary file, not text" + (f" (NUL byte at offset {nul})" if nul >= 8192 else ""))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def guess_kind(path: str, text: str) -> str:
    kind = _KIND_BY_SUFFIX.get(Path(path).suffix.lower())
    if kind:
        return kind
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if text.startswith("---\n"):
        return "markdown"
    return "text"


def read_text(text: str, path: str = "-", kind: str | None = None, date: str | None = None) -> Document:
    """Builds a Document from already decoded text. A `date` that is not a date (a corpus cell, say)
    is a note, and the text dates the article instead."""
    kind = kind or guess_kind(path, text)
    notes: list[str] = []
    if kind == "html":
        analysed, meta = blank_html(text)
    elif kind == "markdown":
        analysed, meta = blank_markdown(text, notes)
    else:
        analysed, meta = (join_soft_breaks(text) if looks_hard_wrapped(text) else text), {}
    doc = Document(path=path, source=text, text=analysed, kind=kind)
    periods = dated_periods(analysed, doc.periods)
    end = latest_period_end(analysed, periods)
    doc.period_end = end.isoformat() if end else None
    given = parse_date(date) if date else None
    if date and given is None:
        notes.append(f"date {date!r} is not a date (YYYY-MM-DD, 1900 to 2099); the article is dated from its text instead")
    if given:
        doc.date, doc.date_source = given.isoformat(), "option"
    else:
        doc.date, doc.date_source = find_date(analysed, meta, "html-meta" if kind == "html" else "front-matter", notes, periods)
    doc.suppressions = find_suppressions(text, analysed)
    doc.notes = notes
    return doc


def _read_stdin() -> bytes:
    """At most one byte over the limit: an endless stream is refused, not held in memory."""
    if hasattr(sys.stdin, "buffer"):
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    return sys.stdin.read(MAX_BYTES + 1).encode()


def read_bytes(path: str) -> bytes:
    """A regular file's bytes, its type and size checked before reading: a FIFO would block and
    /dev/zero never ends."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a device, FIFO or socket); use - to read standard input")
    if info.st_size > MAX_BYTES:
        raise _too_large(path, info.st_size)
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None


def read_document(path: str, date: str | None = None) -> Document:
    if path == "-":
        return read_text(decode(_read_stdin(), "<stdin>"), "-", date=date)
    return read_text(decode(read_bytes(path), path), path, date=date)


def _matches(path: str, patterns: tuple[str, ...], any_case: bool = False) -> bool:
    """Whether a file's name or path matches a glob; `any_case` for file types (ARTICLE.TXT is text)."""
    name = os.path.basename(path)
    if any_case:
        name, path, patterns = name.lower(), path.lower(), tuple(p.lower() for p in patterns)
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in patterns)


def walk(folder: str, follow_symlinks: bool = False, errors: list[InputError] | None = None) -> Iterator[Path]:
    """Files under `folder`, hidden ones skipped. Symlinks inside it are not followed unless asked
    (they may lead anywhere); a subfolder that cannot be listed is reported, not skipped in silence."""
    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(InputError(str(exc.filename), f"folder cannot be read ({exc.strerror})"))

    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=follow_symlinks):
        if follow_symlinks:  # a link back up the tree would otherwise be walked forever
            real = os.path.realpath(root)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        for name in sorted(files):
            path = base / name
            if name.startswith(".") or (not follow_symlinks and path.is_symlink()):
                continue
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError:
                regular = True  # reading it says why it cannot be read
            if regular:
                yield path


def expand_paths(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
    follow_symlinks: bool = False,
) -> tuple[list[str], list[InputError]]:
    """Turns files, folders, globs and '-' into an ordered list of files to read. Paths named
    on the command line are read even when they are symlinks; links inside folders only on request."""
    found: list[str] = []
    errors: list[InputError] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        if any(ch in raw for ch in "*?[") and not os.path.lexists(raw):
            hits = sorted(glob.glob(raw, recursive=True))
            files = [h for h in hits if os.path.isfile(h) and not _matches(h, exclude)]
            if not files:
                errors.append(InputError(raw, "no file matches this pattern"))
            found.extend(files)
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(raw).st_mode)
        except (FileNotFoundError, NotADirectoryError):
            errors.append(InputError(raw, "no such file or folder"))
            continue
        except OSError:
            is_dir = False  # reading it says why it cannot be read
        if is_dir:
            known = len(errors)
            kinds = [str(f) for f in walk(raw, follow_symlinks, errors) if _matches(str(f), include, any_case=True)]
            files = sorted(f for f in kinds if not _matches(f, exclude))
            if not files and len(errors) == known:
                if kinds:
                    errors.append(InputError(raw, f"every file to check in the folder ({len(kinds)}) is excluded "
                                                  f"by --exclude or the configuration ({', '.join(exclude)})"))
                else:
                    errors.append(InputError(raw, f"folder has no files to check ({', '.join(include)})"))
            found.extend(files)
        elif not _matches(raw, exclude):
            found.append(raw)
    return list(dict.fromkeys(found)), errors  # each file once, in the order given


def read_paths(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
    date: str | None = None,
    follow_symlinks: bool = False,
) -> tuple[list[Document], list[InputError]]:
    files, errors = expand_paths(paths, include, exclude, follow_symlinks)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f, date=date))
        except InputError as exc:
            errors.append(exc)
    return docs, errors
