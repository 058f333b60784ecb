"""Result.summary counts from the checks' arrays, and suppression flags, on hand-made checks."""

from __future__ import annotations

import math

import pandas as pd

from evcheck.pipeline import Result, _suppressed
from evcheck.read import read_text

CHECKS = pd.DataFrame({
    "file": ["a.txt"] * 7,
    "line": [1, 2, 3, 4, 5, 6, math.nan],
    "rule": ["growth", "sum", "share", "growth", "points", "sum", "reference"],
    "status": ["ok", "mismatch", "mismatch", "info", "mismatch", "mismatch", math.nan],
    "severity": ["info", "error", "warning", "info", "error", math.nan, "info"],
    "suppressed": [False, False, False, False, True, False, False],
})


def test_summary_counts_the_unsuppressed_checks_by_status_and_severity():
    result = Result(documents=[], figures=pd.DataFrame({"id": ["f1", "f2"]}), claims=pd.DataFrame(), checks=CHECKS,
                    errors=[])
    assert result.summary() == {"files": 0, "figures": 2, "checks": 6, "ok": 1, "mismatches": 3, "info": 1,
                                "errors": 1, "warnings": 1}


def test_summary_of_no_checks():
    result = Result(documents=[], figures=pd.DataFrame(), claims=pd.DataFrame(), checks=pd.DataFrame(), errors=[])
    assert result.summary() == {"files": 0, "figures": 0, "checks": 0, "ok": 0, "mismatches": 0, "info": 0,
                                "errors": 0, "warnings": 0}


def test_checks_of_documents_without_suppression_comments_are_not_suppressed():
    plain = read_text("Sales rose 5%.\n", "a.txt")
    flags = _suppressed(CHECKS, [plain])
    assert flags.dtype == bool and len(flags) == len(CHECKS) and not flags.any()


def test_a_suppression_comment_flags_its_line_and_rule():
    marked = read_text("Sales rose 5%.\nUp 3%. <!-- evcheck: ignore[sum] -->\n", "a.txt")
    assert marked.suppressions, "the reader found the comment"
    assert _suppressed(CHECKS, [marked]).tolist() == [False, True, False, False, False, False, False]
