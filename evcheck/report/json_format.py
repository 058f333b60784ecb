"""The evcheck/1 JSON contract. Keep every field; add, never change."""

from __future__ import annotations

import json
from typing import Any

from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings
from evcheck.report.rows import suppressed
from evcheck.report.safe import json_text
from evcheck.report.values import clean, rounded

SCHEMA = "evcheck/1"
FIGURE_FIELDS = ("id", "text", "start", "end", "line", "col", "kind", "value", "unit", "low", "high", "hedge")
EXTRA_FIGURE_FIELDS = ("assumption", "entity", "metric", "period")


def _figure(row: dict) -> dict:
    out = {k: clean(row[k]) for k in FIGURE_FIELDS}
    for k in ("start", "end", "line", "col"):
        out[k] = int(row[k])
    for k in EXTRA_FIGURE_FIELDS:
        if clean(row.get(k)) is not None:
            out[k] = clean(row[k])
    if clean(row.get("measure_role")) is not None:  # added field: what the figure measures
        segment = clean(row.get("measure_segment"))
        out["measure"] = {"entity": clean(row.get("measure_entity")), "metric": clean(row.get("measure_metric")),
                          "segment": segment.split("+") if isinstance(segment, str) and segment else [], "period": clean(row.get("measure_period")),
                          "role": clean(row["measure_role"])}
    return out


CELL_FIELDS = ("table", "row", "column", "line", "col")


def _check(row: dict[str, Any]) -> dict[str, object]:
    out: dict[str, object] = {
        "id": row["id"], "rule": row["rule"], "status": row["status"], "severity": row["severity"],
        "figures": list(row["figures"]), "subject": row["subject"],
        "stated": rounded(row["stated"]), "expected": rounded(row["expected"]),
        "expected_low": rounded(row["expected_low"]), "expected_high": rounded(row["expected_high"]),
        "message": row["message"], "line": int(row["line"]), "col": int(row["col"]),
    }
    cell = row.get("cell")
    if isinstance(cell, dict):  # added field: the table cell a check of a table's relation is about
        out["cell"] = _cell(cell)
    return out


def _cell(cell: dict[str, object]) -> dict[str, object]:
    """The table (1, 2, … in the file's order), the cell's row label and column header, and the
    cell's 1-based line and column in the source."""
    out: dict[str, Any] = {k: clean(cell.get(k)) for k in CELL_FIELDS}
    for k in ("table", "line", "col"):
        if out[k] is not None:
            out[k] = int(out[k])
    return out


def document(result: Result) -> dict:
    checks = result.checks[~result.checks["suppressed"]] if len(result.checks) else result.checks
    figures_by_file: dict[str, list[dict]] = {}
    for row in result.figures.to_dict("records"):
        figures_by_file.setdefault(row["file"], []).append(_figure(row))
    checks_by_file: dict[str, list[dict]] = {}
    for row in checks.to_dict("records"):
        checks_by_file.setdefault(row["file"], []).append(_check(row))
    files = []
    warnings: dict[str, list[str]] = {}
    for path, warning in date_warnings(result):
        warnings.setdefault(path, []).append(warning)
    for doc in result.documents:
        entry: dict[str, object] = {"path": doc.path, "date": doc.date, "date_source": doc.date_source,
                 "figures": figures_by_file.get(doc.path, []), "checks": checks_by_file.get(doc.path, [])}
        if doc.notes:  # added field: what the reader could not use (a bad front-matter date)
            entry["notes"] = list(doc.notes)
        if doc.path in warnings:  # added field: a guessed date, or conversions unchecked for want of one
            entry["warnings"] = warnings[doc.path]
        files.append(entry)
    # "suppressed" is an added field: findings silenced by a comment or the baseline
    out = {"schema": SCHEMA, "files": files, "summary": {**result.summary(), "suppressed": suppressed(result)}}
    if result.errors:
        out["input_errors"] = [{"path": e.path, "message": e.reason} for e in result.errors]
    return out


def render(result: Result) -> str:
    return json_text(json.dumps(document(result), ensure_ascii=False, indent=2)) + "\n"
