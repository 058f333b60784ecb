"""The findings a machine format reports: unsuppressed checks, optionally mismatches only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
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


def suppressed(result: Result) -> int:
    """How many findings a suppression comment or the baseline silenced; the summary says so, so
    silence is never mistaken for a clean article."""
    checks = result.checks
    if checks.empty:
        return 0
    return int(np.count_nonzero(checks["suppressed"].to_numpy(dtype=bool) & (checks["status"].to_numpy() == "mismatch")))


def end_position(result: Result, row: Mapping[str, Any]) -> tuple[int, int]:
    doc = next(d for d in result.documents if d.path == row["file"])
    return doc.lines.line_col(max(int(row["end"]) - 1, int(row["start"])))
