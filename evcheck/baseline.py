"""Baselines: record today's findings, later report only new ones.

A finding is keyed on its file, rule and quoted text — not its line — so edits elsewhere in an
article do not bring reviewed findings back.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd

from evcheck.errors import EvcheckError
from evcheck.output import write_atomic

SCHEMA = "evcheck-baseline/1"


def _keys(checks: pd.DataFrame) -> list[tuple[str, str, str]]:
    return [(str(f), str(r), str(t)) for f, r, t in zip(checks["file"], checks["rule"], checks["subject_text"])]


def write_baseline(checks: pd.DataFrame, path: str) -> int:
    shown = checks[(checks["status"] == "mismatch") & ~checks["suppressed"]] if len(checks) else checks
    entries = [{"file": f, "rule": r, "text": t, "message": m}
               for (f, r, t), m in zip(_keys(shown), shown["message"] if len(shown) else [])]
    write_atomic(path, json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def read_baseline(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvcheckError(f"{path}: no such baseline file") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise EvcheckError(f"{path}: not an evcheck baseline (invalid JSON)") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise EvcheckError(f"{path}: not an evcheck baseline (schema {SCHEMA} expected)")
    return Counter((e.get("file"), e.get("rule"), e.get("text")) for e in data["findings"] if isinstance(e, dict))


def apply_baseline(checks: pd.DataFrame, known: Counter) -> pd.Series:
    """True for each mismatch the baseline already holds (each entry covers one finding)."""
    remaining = Counter(known)
    flags = []
    for key, status in zip(_keys(checks), checks["status"]):
        if status == "mismatch" and remaining[key] > 0:
            remaining[key] -= 1
            flags.append(True)
        else:
            flags.append(False)
    return pd.Series(flags, index=checks.index, dtype=bool)
