"""Every check as a CSV row, for spreadsheets and pandas."""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.rows import findings
from evcheck.report.safe import csv_frame

COLUMNS = ["file", "id", "line", "col", "rule", "status", "severity", "subject_text", "stated", "expected",
           "expected_low", "expected_high", "message"]


def render(result: Result, show_ok: bool = True) -> str:
    rows = findings(result, mismatches_only=not show_ok)
    if rows.empty:
        return ",".join(COLUMNS) + "\n"
    return csv_frame(rows[COLUMNS].rename(columns={"subject_text": "text"})).to_csv(index=False)
