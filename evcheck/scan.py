"""Corpus scans for analytics teams: many articles in, one findings table out.

A corpus is a folder of articles, or a JSONL, CSV or Parquet file with one article a row. Rows are
checked in batches — in this process, in several processes, or on a Dask cluster — and every
batch's checks land in one pandas table. Nothing here prints; progress is reported to a callback.
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from evcheck.errors import EvcheckError, InputError

FINDING_COLUMNS = ["doc", "date", "rule", "status", "severity", "line", "col", "text", "stated", "expected",
                   "expected_low", "expected_high", "message"]


@dataclass(frozen=True)
class Article:
    doc: str
    text: str
    date: str | None = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(value: str) -> str:
    """A JSON "\\udc80" is a lone surrogate that no file or terminal can take: U+FFFD in its place
    (one character for one, so offsets hold)."""
    return _SURROGATE.sub("\ufffd", value)


def _cell_problem(text: str) -> str | None:
    """Why a text cell cannot be checked: the per-file limits hold for each article of a corpus."""
    from evcheck.read.files import MAX_BYTES

    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return f"text too large (over {MAX_BYTES // (1024 * 1024)} MB)"
    nul = text.find("\x00")
    return f"binary text, not an article (NUL at character {nul})" if nul != -1 else None


def _rows_from_table(frame: pd.DataFrame, source: str, text_column: str, id_column: str | None,
                     date_column: str | None, errors: list[InputError]) -> Iterator[Article]:
    if text_column not in frame.columns:
        raise EvcheckError(f"{source}: no column {text_column!r} (columns: {', '.join(map(str, frame.columns))}); use --text-column")
    for i, row in enumerate(frame.itertuples(index=False)):
        values = row._asdict()
        text = values.get(text_column)
        if not isinstance(text, str) or not text.strip():
            continue
        doc = _unicode(str(values.get(id_column))) if id_column and id_column in values else f"{source}#{i + 1}"
        problem = _cell_problem(text)
        if problem:
            errors.append(InputError(doc, problem))
            continue
        date = values.get(date_column) if date_column else None
        yield Article(doc, _unicode(text), _unicode(str(date)[:10]) if isinstance(date, str) or hasattr(date, "isoformat") else None)


def read_corpus(path: str, text_column: str = "text", id_column: str | None = "id",
                date_column: str | None = "date", follow_symlinks: bool = False,
                include: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> tuple[list[Article], list[InputError]]:
    """Articles of a folder, JSONL, CSV or Parquet corpus, and the files or rows that could not be
    read (reported like verify's, while the rest is still checked). `include` and `exclude` choose
    the files of a folder, as for verify."""
    p = Path(path)
    try:
        is_dir = p.is_dir()
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror})") from None
    if not is_dir and not p.exists():
        raise EvcheckError(f"{path}: no such file or folder")
    if is_dir:
        from evcheck.read.files import DEFAULT_INCLUDE, read_paths

        docs, errors = read_paths([path], include=include or DEFAULT_INCLUDE, exclude=exclude, follow_symlinks=follow_symlinks)
        return [Article(d.path, d.source, d.date if d.date_source != "inferred" else None) for d in docs], errors
    suffix = p.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            rows = []
            with p.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            rows.append(json.loads(line))
                        except json.JSONDecodeError:
                            raise EvcheckError(f"{path}:{n}: not a JSON line") from None
            frame = pd.DataFrame(rows)
        elif suffix == ".csv":
            frame = pd.read_csv(p, dtype=str, keep_default_na=False)
        elif suffix == ".parquet":
            try:
                frame = pd.read_parquet(p)
            except ImportError:
                raise EvcheckError("reading Parquet needs pyarrow: pip install 'evcheck[parquet]'") from None
        else:
            raise EvcheckError(f"{path}: a corpus is a folder, .jsonl, .csv or .parquet file")
    except UnicodeDecodeError:
        raise EvcheckError(f"{path}: not UTF-8 text") from None
    except pd.errors.EmptyDataError:
        raise EvcheckError(f"{path}: empty file, no articles") from None
    except (pd.errors.ParserError, ValueError) as exc:
        raise EvcheckError(f"{path}: cannot be read ({str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__})") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    errors: list[InputError] = []
    articles = list(_rows_from_table(frame, p.name, text_column, id_column, date_column, errors))
    return articles, errors


def check_batch(batch: list[Article], all_checks: bool = False, options=None) -> pd.DataFrame:
    """One batch through the whole pipeline; runs in a worker process or on a cluster.
    `options` (pipeline.Options) carry the run's settings to the worker."""
    from evcheck.pipeline import verify
    from evcheck.read.files import read_text

    docs = [read_text(a.text, a.doc, kind=None, date=a.date) for a in batch]
    result = verify(docs, options)
    checks = result.checks
    if not all_checks:
        checks = checks[checks["status"] == "mismatch"]
    dates = {d.path: d.date for d in docs}
    out = checks.rename(columns={"file": "doc", "subject_text": "text"})
    out = out.assign(date=out["doc"].map(dates))
    return out.reindex(columns=FINDING_COLUMNS)


def batches(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def scan(articles: list[Article], jobs: int = 1, engine: str = "processes", batch_size: int = 50,
         all_checks: bool = False, on_batch: Callable[[int], None] | None = None, options=None) -> pd.DataFrame:
    """The findings of every article, in corpus order, checked with `options` (pipeline.Options:
    the settings of the run, so a configuration applies to a corpus as to one article)."""
    parts = batches(articles, batch_size)
    results: list[pd.DataFrame] = []
    if engine == "dask":
        try:
            import dask.bag as db
        except ImportError:
            raise EvcheckError("--engine dask needs Dask: pip install 'dask[bag]' (and distributed for a cluster)") from None
        results = db.from_sequence(parts, npartitions=max(1, min(len(parts), jobs * 4))).map(
            check_batch, all_checks=all_checks, options=options).compute()
        if on_batch:
            on_batch(len(parts))
    elif jobs <= 1 or len(parts) <= 1:
        for part in parts:
            results.append(check_batch(part, all_checks, options))
            if on_batch:
                on_batch(1)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for frame in pool.map(check_batch, parts, [all_checks] * len(parts), [options] * len(parts)):
                results.append(frame)
                if on_batch:
                    on_batch(1)
    results = [r for r in results if len(r)]
    if not results:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    return pd.concat(results, ignore_index=True)
