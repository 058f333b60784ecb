"""The findings a machine format reports: unsuppressed checks, optionally mismatches only."""

from __future__ import annotations

import pandas as pd

from evcheck.pipeline import Result


def findings(result: Result, mismatches_only: bool = True) -> pd.DataFrame:
    checks = result.checks
    if checks.empty:
        return checks
    shown = checks[~checks["suppressed"]]
    if mismatches_only:
        shown = shown[shown["status"] == "mismatch"]
    return shown


def end_position(result: Result, row) -> tuple[int, int]:
    doc = next(d for d in result.documents if d.path == row["file"])
    return doc.lines.line_col(max(int(row["end"]) - 1, int(row["start"])))
