"""Corpora for `evcheck scan`: a folder of articles, or a JSONL, CSV or Parquet file, one article a row.

A corpus is cut into batches that name where their articles lie — file paths, byte ranges of a
JSONL or CSV file, row ranges of a Parquet row group — never the texts: the process that checks a
batch reads it itself, so little crosses between processes and nothing holds the whole corpus in
memory. Listing a corpus reads it once, line by line, to find the row boundaries.

What a row cannot give is said, not skipped: an unreadable file, a line that is not JSON, an empty
text is an input error (the row is not checked); a date that is not one or a missing id is a note
(the row is checked, dated from its text or named by its row number).
"""

from __future__ import annotations

import io
import json
import math
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from evcheck.errors import EvcheckError, InputError

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


@dataclass(frozen=True)
class Columns:
    text: str = "text"
    id: str | None = "id"
    date: str | None = "date"


@dataclass(frozen=True)
class Batch:
    """Where one batch of a corpus lies. `paths` for a folder; for a file, `start`–`stop` are byte
    offsets (JSONL, CSV) or rows of row group `group` (Parquet), and `first` is the number of the
    batch's first row, which names rows without an id."""

    kind: str
    path: str
    columns: Columns
    count: int
    paths: tuple[str, ...] = ()
    start: int = 0
    stop: int = 0
    first: int = 1
    group: int = 0
    header: int = 0  # CSV: the header's length in bytes
    has_id: bool = False


@dataclass
class Corpus:
    path: str
    batches: list[Batch]
    errors: list[InputError] = field(default_factory=list)  # found while listing: a folder that cannot be read

    @property
    def articles(self) -> int:
        return sum(b.count for b in self.batches)


@dataclass
class Row:
    """One article as a corpus gives it, or why it cannot be checked (`error`); `notes` say what of it
    was not used."""

    doc: str
    text: str | None = None
    date: str | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_text(value: str) -> str:
    """A JSON "\\udc80" is a lone surrogate that no file or terminal can take: U+FFFD in its place
    (one character for one, so offsets hold)."""
    return _SURROGATE.sub("\ufffd", value)


def _cell_problem(text: str) -> str | None:
    """Why a text cell cannot be checked: the per-file limits hold for each article of a corpus."""
    from evcheck.read.files import MAX_BYTES

    if not text.strip():
        return "empty text, nothing to check"
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return f"text too large (over {MAX_BYTES // (1024 * 1024)} MB)"
    nul = text.find("\x00")
    return f"binary text, not an article (NUL at character {nul})" if nul != -1 else None


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return type(value).__name__ in ("NaTType", "NAType")


def _name(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicode_text(str(value))


def make_row(values: Mapping[str, object], source: str, number: int, columns: Columns, has_id: bool) -> Row:
    """A row's article from its cells; a row without an id is named by its number (`c.jsonl#7`)."""
    fallback = f"{source}#{number}"
    notes: list[str] = []
    doc = fallback
    if has_id and columns.id:
        if _missing(values.get(columns.id)):
            notes.append(f"no id in column {columns.id!r}; named by its row number")
        else:
            doc = _name(values[columns.id])
    text = values.get(columns.text)
    if _missing(text):
        return Row(doc, error="empty text, nothing to check" if isinstance(text, str) else f"no text in column {columns.text!r}",
                   notes=notes)
    if not isinstance(text, str):
        return Row(doc, error=f"column {columns.text!r} holds a {type(text).__name__}, not text", notes=notes)
    problem = _cell_problem(text)
    if problem:
        return Row(doc, error=problem, notes=notes)
    date = values.get(columns.date) if columns.date else None
    day = None
    if date is not None and not _missing(date):
        day = unicode_text(date.isoformat() if hasattr(date, "isoformat") else str(date))[:10]
    return Row(doc, unicode_text(text), day, notes=notes)


# ---- listing: batches of a corpus ---------------------------------------------------------------

def open_corpus(path: str, columns: Columns = Columns(), batch_size: int = 50, include: tuple[str, ...] | None = None,
                exclude: tuple[str, ...] = (), follow_symlinks: bool = False) -> Corpus:
    """The batches of a corpus. A corpus that cannot be opened at all, or lacks its text column, is
    a user error; everything smaller is an input error of one row, found when the row is read."""
    p = Path(path)
    try:
        is_dir = p.is_dir()
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror})") from None
    if not is_dir and not p.exists():
        raise EvcheckError(f"{path}: no such file or folder")
    if is_dir:
        from evcheck.read.files import DEFAULT_INCLUDE, expand_paths

        files, errors = expand_paths([path], include=include or DEFAULT_INCLUDE, exclude=exclude,
                                     follow_symlinks=follow_symlinks)
        batches = [Batch("files", path, columns, len(chunk), paths=tuple(chunk))
                   for chunk in (files[i:i + batch_size] for i in range(0, len(files), batch_size))]
        return Corpus(path, batches, errors)
    kind = KINDS.get(p.suffix.lower())
    if kind is None:
        raise EvcheckError(f"{path}: a corpus is a folder, .jsonl, .csv or .parquet file")
    try:
        if kind == "parquet":
            return Corpus(path, _parquet_batches(path, columns, batch_size))
        with open(path, "rb") as fh:
            return Corpus(path, (_jsonl_batches if kind == "jsonl" else _csv_batches)(fh, path, columns, batch_size))
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _no_text_column(path: str, names: tuple[str, list[str]]) -> EvcheckError:
    return EvcheckError(f"{path}: no column {names[0]!r} (columns: {', '.join(map(str, names[1]))}); use --text-column")


def _lines(fh: BinaryIO, offset: int = 0) -> Iterator[tuple[int, int, bytes]]:
    """Each line of a binary file with its byte range."""
    for line in fh:
        yield offset, offset + len(line), line
        offset += len(line)


def _group(spans: Iterator[tuple[int, int]], size: int) -> Iterator[tuple[int, int, int, int]]:
    """Consecutive rows (start, stop) in groups of `size`: (start, stop, first row number, count)."""
    first = number = 1
    start: int | None = None
    stop = count = 0
    for a, b in spans:
        if start is None:
            start, first = a, number
        stop, count, number = b, count + 1, number + 1
        if count == size:
            yield start, stop, first, count
            start, count = None, 0
    if start is not None and count:
        yield start, stop, first, count


def _jsonl_batches(fh: BinaryIO, path: str, columns: Columns, size: int) -> list[Batch]:
    has_id = False
    checked_first = False

    def rows() -> Iterator[tuple[int, int]]:
        nonlocal has_id, checked_first
        for start, stop, line in _lines(fh):
            if not line.strip():
                continue
            if not checked_first:  # the first row says which columns the corpus has
                checked_first = True
                try:
                    first = json.loads(line)
                except (ValueError, RecursionError):
                    first = None
                if isinstance(first, dict):
                    if columns.text not in first:
                        raise _no_text_column(path, (columns.text, list(first)))
                    has_id = bool(columns.id) and columns.id in first
            yield start, stop

    groups = list(_group(rows(), size))  # rows are numbered as read, blank lines not counted
    return [Batch("jsonl", path, columns, n, start=a, stop=b, first=first, has_id=has_id) for a, b, first, n in groups]


def csv_records(fh: BinaryIO, offset: int = 0) -> Iterator[tuple[int, int, bytes]]:
    """The records of a CSV file with their byte ranges: a record ends at the line end where its
    quotes balance (RFC 4180 doubles a quote inside a field, so parity is enough); blank lines are
    none."""
    start, quotes, parts = offset, 0, []
    for _a, b, line in _lines(fh, offset):
        quotes += line.count(b'"')
        parts.append(line)
        if quotes % 2 == 0:
            record = b"".join(parts)
            if record.strip():
                yield start, b, record
            start, quotes, parts = b, 0, []
    if parts and b"".join(parts).strip():  # an unclosed quote runs to the end of the file
        yield start, start + sum(map(len, parts)), b"".join(parts)


def _csv_fields(record: bytes, header: bool = False) -> list[str]:
    import csv

    text = record.decode("utf-8-sig" if header else "utf-8")
    return next(csv.reader(io.StringIO(text, newline="")), [])


def _csv_batches(fh: BinaryIO, path: str, columns: Columns, size: int) -> list[Batch]:
    records = csv_records(fh)
    head = next(records, None)
    if head is None:
        raise EvcheckError(f"{path}: empty file, no articles")
    try:
        names = _csv_fields(head[2], header=True)
    except UnicodeDecodeError:
        raise EvcheckError(f"{path}: not UTF-8 text (in the header)") from None
    if columns.text not in names:
        raise _no_text_column(path, (columns.text, names))
    has_id = bool(columns.id) and columns.id in names
    groups = _group(((a, b) for a, b, _ in records), size)
    return [Batch("csv", path, columns, n, start=a, stop=b, first=first, header=head[1], has_id=has_id)
            for a, b, first, n in groups]


def _parquet_file(path: str) -> pq.ParquetFile:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise EvcheckError("reading Parquet needs pyarrow: pip install 'evcheck[parquet]'") from None
    try:
        return pq.ParquetFile(path)
    except OSError:
        raise
    except Exception as exc:  # pyarrow's own error types for a file that is not Parquet
        raise EvcheckError(f"{path}: not a Parquet file ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None


def _parquet_batches(path: str, columns: Columns, size: int) -> list[Batch]:
    pf = _parquet_file(path)
    names = pf.schema_arrow.names
    if columns.text not in names:
        raise _no_text_column(path, (columns.text, names))
    has_id = bool(columns.id) and columns.id in names
    batches, first = [], 1
    for group in range(pf.num_row_groups):
        rows = pf.metadata.row_group(group).num_rows
        for start in range(0, rows, size):
            n = min(size, rows - start)
            batches.append(Batch("parquet", path, columns, n, start=start, stop=start + n, first=first, group=group,
                                 has_id=has_id))
            first += n
    return batches


# ---- reading one batch (in a worker) ------------------------------------------------------------

def read_batch(batch: Batch) -> Iterator[Row]:
    """The rows of one batch, each an article or an input error. Runs where the batch is checked."""
    if batch.kind == "files":
        raise ValueError("a folder's batch is read as documents (read.files.read_document)")
    source = Path(batch.path).name
    try:
        if batch.kind == "parquet":
            yield from _parquet_rows(batch, source)
            return
        with open(batch.path, "rb") as fh:
            header = fh.read(batch.header) if batch.header else b""
            fh.seek(batch.start)
            data = fh.read(batch.stop - batch.start)
    except OSError as exc:
        for n in range(batch.first, batch.first + batch.count):
            yield Row(f"{source}#{n}", error=f"cannot be read ({exc.strerror or exc})")
        return
    if batch.kind == "jsonl":
        yield from _jsonl_rows(batch, source, data)
    else:
        yield from _csv_rows(batch, source, header, data)


def _jsonl_rows(batch: Batch, source: str, data: bytes) -> Iterator[Row]:
    number = batch.first
    for line in data.split(b"\n"):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            values = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Row(where, error=f"not UTF-8 text (byte 0x{line[exc.start]:02x} at offset {exc.start})")
        except (ValueError, RecursionError):
            yield Row(where, error="not a JSON line")
        else:
            if isinstance(values, dict):
                yield make_row(values, source, number, batch.columns, batch.has_id)
            else:
                yield Row(where, error=f"not a JSON object but a {type(values).__name__}")
        number += 1


def _csv_rows(batch: Batch, source: str, header: bytes, data: bytes) -> Iterator[Row]:
    import csv

    names = _csv_fields(header, header=True)
    number = batch.first
    for _a, _b, record in csv_records(io.BytesIO(data)):
        where = f"{source}#{number}"
        try:
            fields = _csv_fields(record)
        except UnicodeDecodeError as exc:
            yield Row(where, error=f"not UTF-8 text (byte 0x{record[exc.start]:02x} in the record)")
        except csv.Error as exc:
            yield Row(where, error=f"not a CSV record ({exc})")
        else:
            if len(fields) > len(names):
                yield Row(where, error=f"{len(fields)} fields where the header has {len(names)}")
            else:
                yield make_row(dict(zip(names, fields + [""] * (len(names) - len(fields)))), source, number,
                               batch.columns, batch.has_id)
        number += 1


class _ParquetCursor(threading.local):
    """The Parquet row group a worker is reading, kept open between its batches: batches come in
    order, so a worker reads on from where it stopped instead of decoding the group again."""

    key: tuple[str, int] | None = None
    batches: Iterator[pa.RecordBatch] = iter(())
    chunk: pa.RecordBatch | None = None
    chunk_start = 0


_cursor = _ParquetCursor()


def _parquet_rows(batch: Batch, source: str) -> Iterator[Row]:
    names = [c for c in (batch.columns.text, batch.columns.id, batch.columns.date) if c]
    key = (batch.path, batch.group)
    c = _cursor
    if c.key != key or c.chunk_start > batch.start:
        pf = _parquet_file(batch.path)
        present = [n for n in dict.fromkeys(names) if n in pf.schema_arrow.names]
        c.key, c.batches, c.chunk, c.chunk_start = key, pf.iter_batches(batch_size=256, row_groups=[batch.group],
                                                                        columns=present), None, 0
    row, number = batch.start, batch.first
    while row < batch.stop:
        if c.chunk is None or row >= c.chunk_start + c.chunk.num_rows:
            if c.chunk is not None:
                c.chunk_start += c.chunk.num_rows
            c.chunk = next(c.batches, None)
            if c.chunk is None:
                c.key = None
                return
            continue
        if row < c.chunk_start:  # cannot happen: batches start at or after the cursor
            return
        values = {k: v[0] for k, v in c.chunk.slice(row - c.chunk_start, 1).to_pydict().items()}
        yield make_row(values, source, number, batch.columns, batch.has_id)
        row, number = row + 1, number + 1
