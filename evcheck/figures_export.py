"""The figures table in the formats `evcheck figures` offers."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from evcheck.errors import EvcheckError
from evcheck.report.safe import csv_frame, json_text
from evcheck.report.values import clean
from evcheck.tables import MEASURE_COLUMNS

COLUMNS = ["file", "id", "text", "line", "col", "start", "end", "kind", "value", "unit", "low", "high", "hedge", "scale", "assumption"]


def format_for_path(path: str | None, default: str, allowed: tuple[str, ...] = ("table", "csv", "json", "parquet")) -> str:
    """The table format an output file's name asks for (`-o figures.parquet`), else `default`."""
    if path and path != "-":
        from pathlib import PurePath

        suffix = PurePath(path).suffix.lower().lstrip(".")
        if suffix in allowed and suffix != "table":
            return suffix
    return default


def plain_number(value: object) -> str:
    """A value as people write it: 81,302, 30.5, 2.593m, 116bn; blank when there is none (never
    1.16e+11 or NaN)."""
    value = clean(value)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return ""
    sign, v = ("-" if value < 0 else ""), abs(float(value))
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if v >= scale:
            return f"{sign}{v / scale:.6g}{suffix}"
    if v == int(v):
        return f"{sign}{int(v):,}"
    decimals = max(0, 6 - len(str(int(v))))
    return sign + f"{v:,.{decimals}f}".rstrip("0").rstrip(".")


def _cell(value: object) -> str:
    from evcheck.report.safe import printable

    value = clean(value)
    return "" if value is None or (isinstance(value, str) and not value.strip()) else printable(str(value))


def figures_text_table(figures: pd.DataFrame, width: int = 100) -> str:
    """The figures of each file as a table that fits `width` columns: text wraps, numbers are
    written the way people write them, and nothing shows as NaN or None."""
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None, highlight=False)
    if figures.empty:
        return "no figures\n"
    for path, rows in figures.groupby("file", sort=False):
        cells = []
        for r in rows.to_dict("records"):
            low, high = plain_number(r.get("low")), plain_number(r.get("high"))
            interval = "" if low == high else f"{low}–{high}" if low and high else f"≥{low}" if low else f"≤{high}" if high else ""
            link = " ".join(_cell(r.get(k)) for k in ("entity", "metric", "period") if _cell(r.get(k)))
            measure = " ".join(_cell(r.get(k)) for k in ("measure_role", "measure_metric", "measure_segment", "measure_period")
                               if _cell(r.get(k)))
            cells.append((_cell(r["id"]), f"{int(r['line'])}:{int(r['col'])}", _cell(r["text"]), _cell(r["kind"]),
                          plain_number(r["value"]), _cell(r["unit"]), interval, _cell(r.get("hedge")), measure, link))
        columns: list[tuple[str, dict[str, Any]]] = [("id", {"no_wrap": True}), ("where", {"no_wrap": True}), ("text", {"ratio": 3, "min_width": 10}),
                   ("kind", {"no_wrap": True}), ("value", {"justify": "right", "no_wrap": True}),
                   ("unit", {"no_wrap": True}), ("interval", {"no_wrap": True}), ("hedge", {"no_wrap": True}),
                   ("measures", {"ratio": 3, "min_width": 10, "overflow": "fold"}),
                   ("linked to", {"ratio": 3, "min_width": 10, "overflow": "fold"})]
        used = [i for i in range(len(columns)) if i < 3 or any(c[i] for c in cells)]  # no empty columns
        if width < 100:  # a narrow terminal: the unit says enough of the kind
            used.remove(3)
        table = Table(box=None, pad_edge=False, show_edge=False, title=Text(_cell(path)), title_justify="left",
                      header_style="bold")
        for i in used:
            table.add_column(columns[i][0], **columns[i][1])
        for c in cells:
            table.add_row(*(Text(c[i]) for i in used))
        console.print(table)
        console.print()
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def export_figures(figures: pd.DataFrame, fmt: str, output: str | None, width: int = 100) -> str | None:
    """The figures table as text for table/csv/json; parquet is written to `output` and returns None."""
    linked = ("entity", "metric", "period", *MEASURE_COLUMNS)
    frame = figures[[c for c in COLUMNS if c in figures.columns] + [c for c in linked if c in figures.columns]]
    if fmt == "table":
        return figures_text_table(frame, width)
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
