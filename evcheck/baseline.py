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
from evcheck.report.safe import json_text

SCHEMA = "evcheck-baseline/1"


def _keys(checks: pd.DataFrame) -> list[tuple[str, str, str]]:
    return [(str(f), str(r), str(t)) for f, r, t in zip(checks["file"], checks["rule"], checks["subject_text"])]


def write_baseline(checks: pd.DataFrame, path: str) -> int:
    shown = checks[(checks["status"] == "mismatch") & ~checks["suppressed"]] if len(checks) else checks
    entries = [{"file": f, "rule": r, "text": t, "message": m}
               for (f, r, t), m in zip(_keys(shown), shown["message"] if len(shown) else [])]
    # json_text: a file name that is not UTF-8 (a lone surrogate) is written as its \u escape
    write_atomic(path, json_text(json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=2)) + "\n")
    return len(entries)


def read_baseline(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvcheckError(f"{path}: no such baseline file") from None
    except IsADirectoryError:
        raise EvcheckError(f"{path}: is a folder, not a baseline file") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: baseline file cannot be read ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise EvcheckError(f"{path}: not an evcheck baseline (invalid JSON)") from None
    except RecursionError:
        raise EvcheckError(f"{path}: not an evcheck baseline (JSON nested too deep)") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise EvcheckError(f"{path}: not an evcheck baseline (schema {SCHEMA} expected)")
    keys = []
    for n, entry in enumerate(data["findings"], 1):
        if not isinstance(entry, dict):
            continue
        key = (entry.get("file"), entry.get("rule"), entry.get("text"))
        if not all(isinstance(k, str) for k in key):  # a key of lists or numbers can match no finding
            raise EvcheckError(f"{path}: finding {n} is not a baseline entry (file, rule and text must be strings)")
        keys.append(key)
    return Counter(keys)


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
