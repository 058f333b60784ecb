"""The figures table in the formats `evcheck figures` offers."""

from __future__ import annotations

import json

import pandas as pd

from evcheck.errors import EvcheckError
from evcheck.report.safe import csv_frame, json_text, printable_frame
from evcheck.report.values import clean

COLUMNS = ["file", "id", "text", "line", "col", "start", "end", "kind", "value", "unit", "low", "high", "hedge", "scale", "assumption"]


def format_for_path(path: str | None, default: str, allowed: tuple[str, ...] = ("table", "csv", "json", "parquet")) -> str:
    """The table format an output file's name asks for (`-o figures.parquet`), else `default`."""
    if path and path != "-":
        from pathlib import PurePath

        suffix = PurePath(path).suffix.lower().lstrip(".")
        if suffix in allowed and suffix != "table":
            return suffix
    return default


def export_figures(figures: pd.DataFrame, fmt: str, output: str | None) -> str | None:
    """The figures table as text for table/csv/json; parquet is written to `output` and returns None."""
    frame = figures[[c for c in COLUMNS if c in figures.columns] + [c for c in ("entity", "metric", "period") if c in figures.columns]]
    if fmt == "table":
        shown = frame.drop(columns=["start", "end", "scale", "assumption"], errors="ignore")
        return printable_frame(shown).to_string(index=False, max_colwidth=40) + "\n"
    return export_table(frame, fmt, output)


def export_table(frame: pd.DataFrame, fmt: str, output: str | None) -> str | None:
    """Any table as csv/json text, or written to `output` as parquet (returns None). CSV cells that
    come from file names, corpus ids or article text cannot run as spreadsheet formulas."""
    if fmt == "csv":
        return csv_frame(frame).to_csv(index=False)
    if fmt == "json":
        rows = [{k: clean(v) for k, v in row.items()} for row in frame.to_dict("records")]
        return json_text(json.dumps(rows, ensure_ascii=False, indent=2)) + "\n"
    if fmt == "parquet":
        if not output:
            raise EvcheckError("--format parquet needs --output FILE")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise EvcheckError("parquet export needs pyarrow: pip install 'evcheck[parquet]'") from None
        import io

        from evcheck.output import write_atomic

        buf = io.BytesIO()
        frame.to_parquet(buf, index=False)
        write_atomic(output, buf.getvalue())
        return None
    raise EvcheckError(f"--format: {fmt!r} is not one of table, csv, json, parquet")
