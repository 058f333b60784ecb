"""The findings table of a scan, written as the findings come: CSV, JSON or Parquet.

Each batch's findings are appended to one open file, so a corpus of any size is written without
holding its findings; the file itself is a temporary one that replaces the target only when the
scan completes (output.atomic_file). Every number written is finite or empty/null, and every text
cell goes through report.safe: no spreadsheet formula, no control character.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any, BinaryIO

from evcheck.errors import EvcheckError
from evcheck.scan import FINDING_COLUMNS, Finding, findings_frame

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "json", "parquet")
_NUMBERS = ("stated", "expected", "expected_low", "expected_high")


def _plain(value: object) -> object:
    """A JSON value: None for a missing or non-finite number, Python types for NumPy ones."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class FindingsWriter:
    """Writes findings in one format to a binary file, batch by batch; `close` ends the table."""

    def __init__(self, fmt: str, fh: BinaryIO):
        if fmt not in FORMATS:
            raise EvcheckError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
        self.fmt, self.fh, self.rows = fmt, fh, 0
        self._parquet: Any = None  # a pyarrow ParquetWriter, opened with the first rows
        self._pending: list[Finding] = []

    def write(self, findings: list[Finding]) -> None:
        if not findings:
            return
        if self.fmt == "csv":
            self._csv(findings, header=self.rows == 0)
        elif self.fmt == "json":
            self._json(findings)
        else:
            self._pending.extend(findings)
            if len(self._pending) >= 10_000:  # row groups of a useful size, memory still bounded
                self._flush_parquet()
        self.rows += len(findings)

    def close(self) -> None:
        if self.fmt == "csv" and self.rows == 0:
            self._csv([], header=True)
        elif self.fmt == "json":
            self.fh.write(b"[]\n" if self.rows == 0 else b"\n]\n")
        elif self.fmt == "parquet":
            self._flush_parquet(final=True)

    def _frame(self, findings: list[Finding]) -> pd.DataFrame:
        import numpy as np

        frame = findings_frame(findings)
        for column in _NUMBERS:  # inf from a 40-digit figure is no number a table can hold
            frame[column] = frame[column].where(np.isfinite(frame[column]))
        return frame

    def _csv(self, findings: list[Finding], header: bool) -> None:
        from evcheck.report.safe import csv_frame

        self.fh.write(csv_frame(self._frame(findings)).to_csv(index=False, header=header).encode("utf-8"))

    def _json(self, findings: list[Finding]) -> None:
        from evcheck.report.safe import json_text

        parts = []
        for f in findings:
            record = json.dumps({k: _plain(v) for k, v in zip(FINDING_COLUMNS, f)}, ensure_ascii=False, indent=2)
            parts.append("  " + json_text(record).replace("\n", "\n  "))
        self.fh.write((("[\n" if self.rows == 0 else ",\n") + ",\n".join(parts)).encode("utf-8"))

    def _flush_parquet(self, final: bool = False) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise EvcheckError("parquet output needs pyarrow: pip install 'evcheck[parquet]'") from None
        if not self._pending and not final:
            return
        schema = pa.schema([(c, pa.int64() if c in ("line", "col") else pa.float64() if c in _NUMBERS else pa.string())
                            for c in FINDING_COLUMNS])
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.fh, schema)
        if self._pending or self.rows == 0:
            frame = self._frame(self._pending)
            self._parquet.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
            self._pending = []
        if final:
            self._parquet.close()


def format_for(output: str | None, fmt: str | None) -> str:
    """The format asked for, else the one the output's extension names, else CSV."""
    if fmt:
        if fmt not in FORMATS:
            raise EvcheckError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
        return fmt
    from evcheck.figures_export import format_for_path

    return format_for_path(output, "csv", FORMATS)
