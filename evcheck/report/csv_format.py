"""Every check as a CSV row, for spreadsheets and pandas.

The last columns (added, never moved) say the date each article was read at and any warning about
it: a guessed date, or conversions left unchecked for want of one.
"""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings
from evcheck.report.rows import findings
from evcheck.report.safe import csv_frame

COLUMNS = ["file", "id", "line", "col", "rule", "status", "severity", "subject_text", "stated", "expected",
           "expected_low", "expected_high", "message"]
DATE_COLUMNS = ["date", "date_source", "date_warning"]


def render(result: Result, show_ok: bool = True) -> str:
    rows = findings(result, mismatches_only=not show_ok)
    if rows.empty:
        return ",".join([*COLUMNS, *DATE_COLUMNS]).replace("subject_text", "text") + "\n"
    docs = {d.path: d for d in result.documents}
    warned = dict(date_warnings(result))
    out = rows[COLUMNS].rename(columns={"subject_text": "text"}).assign(
        date=[docs[f].date for f in rows["file"]], date_source=[docs[f].date_source for f in rows["file"]],
        date_warning=[warned.get(f) for f in rows["file"]])
    return csv_frame(out).to_csv(index=False)
