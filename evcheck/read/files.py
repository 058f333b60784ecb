"""The process edge for inputs: paths, folders, globs and stdin become Documents or errors."""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from pathlib import Path

from evcheck.errors import InputError
from evcheck.read.dates import find_date, latest_period_end
from evcheck.read.document import Document
from evcheck.read.markup import blank_html, blank_markdown, find_suppressions, join_soft_breaks, looks_hard_wrapped

MAX_BYTES = 10 * 1024 * 1024
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
_KIND_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError(path, "empty file, nothing to check")
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
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
    """Builds a Document from already decoded text."""
    kind = kind or guess_kind(path, text)
    if kind == "html":
        analysed, meta = blank_html(text)
    elif kind == "markdown":
        analysed, meta = blank_markdown(text)
    else:
        analysed, meta = (join_soft_breaks(text) if looks_hard_wrapped(text) else text), {}
    doc = Document(path=path, source=text, text=analysed, kind=kind)
    end = latest_period_end(analysed)
    doc.period_end = end.isoformat() if end else None
    if date:
        doc.date, doc.date_source = date, "option"
    else:
        doc.date, doc.date_source = find_date(analysed, meta, "html-meta" if kind == "html" else "front-matter", end)
    doc.suppressions = find_suppressions(text)
    return doc


def read_document(path: str, date: str | None = None) -> Document:
    if path == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        return read_text(decode(data, "<stdin>"), "-", date=date)
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file or folder")
    if p.is_dir():
        raise InputError(path, "is a folder")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    return read_text(decode(data, path), path, date=date)


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in patterns)


def expand_paths(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
) -> tuple[list[str], list[InputError]]:
    """Turns files, folders, globs and '-' into an ordered list of files to read."""
    found: list[str] = []
    errors: list[InputError] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        if any(ch in raw for ch in "*?[") and not Path(raw).exists():
            hits = sorted(glob.glob(raw, recursive=True))
            files = [h for h in hits if Path(h).is_file() and not _matches(h, exclude)]
            if not files:
                errors.append(InputError(raw, "no file matches this pattern"))
            found.extend(files)
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(
                str(f) for f in p.rglob("*")
                if f.is_file() and _matches(str(f), include) and not _matches(str(f), exclude)
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files:
                errors.append(InputError(raw, f"folder has no files to check ({', '.join(include)})"))
            found.extend(files)
        elif p.exists():
            if not _matches(raw, exclude):
                found.append(raw)
        else:
            errors.append(InputError(raw, "no such file or folder"))
    seen: set[str] = set()
    unique = [f for f in found if not (f in seen or seen.add(f))]
    return unique, errors


def read_paths(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
    date: str | None = None,
) -> tuple[list[Document], list[InputError]]:
    files, errors = expand_paths(paths, include, exclude)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f, date=date))
        except InputError as exc:
            errors.append(exc)
    return docs, errors
