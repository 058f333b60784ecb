"""Tables layer: the figures and claims of all documents as two pandas DataFrames.

Claims are widened so that every role a rule reads (rate, new, old, parts, …) has its own
value/low/high/round_low/round_high columns; each rule then works on whole columns at once.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pandas as pd

from evcheck.extract.model import Figure
from evcheck.relate.model import Claim

ROLES = ("rate", "new", "old", "change", "share", "part", "total", "amount", "converted", "parts", "figure")
NUMERIC = ("value", "low", "high", "round_low", "round_high")
FIGURE_COLUMNS = [f.name for f in fields(Figure)]


MEASURE_COLUMNS = ("measure_entity", "measure_metric", "measure_segment", "measure_period", "measure_role")


def figures_table(per_file: dict[str, list[Figure]], links: dict[str, dict] | None = None,
                  measures: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per figure; entity, metric and period where the text links them to the reference,
    and what the figure measures (measure_*), as the relation finders read it."""
    links = links or {}
    measures = measures or {}
    rows = []
    for path, figs in per_file.items():
        linked = links.get(path, {})
        measured = measures.get(path, {})
        for f in figs:
            link = linked.get(f.id)
            m = measured.get(f.id)
            rows.append((path, *(getattr(f, c) for c in FIGURE_COLUMNS),
                         link.entity if link else None, link.metric if link else None, link.period if link else None,
                         *(_measure_cells(m) if m is not None else (None,) * len(MEASURE_COLUMNS))))
    return pd.DataFrame(rows, columns=["file", *FIGURE_COLUMNS, "entity", "metric", "period", *MEASURE_COLUMNS])


def _measure_cells(m) -> tuple:
    segment = "+".join(sorted(x.split(":", 1)[-1] for x in m.segment)) or None
    metric = None if m.metric is None or m.metric.startswith("other:") else m.metric
    return (m.entity, metric, segment, m.period if m.period != "*" else None, m.role)


def claims_table(per_file: dict[str, list[Claim]], figures: pd.DataFrame) -> pd.DataFrame:
    base_rows = []
    long_rows = []
    negated: set[tuple[str, str]] = set()
    for path, claims in per_file.items():
        for n, c in enumerate(claims):
            key = f"{path}\x00{n}"
            negated |= {(key, role) for role in c.extra.get("negative_roles", ())}
            base_rows.append({
                "key": key, "file": path, "rule": c.rule, "subject": c.subject, "figures": c.figures,
                "sign": c.sign, "basis": c.basis, "mode": c.mode, "note": c.note, "extra": c.extra,
            })
            for role, ids in c.roles.items():
                for fid in ids if isinstance(ids, tuple) else (ids,):
                    long_rows.append((key, path, role, fid))
    base = pd.DataFrame(base_rows, columns=["key", "file", "rule", "subject", "figures", "sign", "basis", "mode", "note", "extra"])
    if base.empty:
        empty = {f"{role}_{col}": pd.Series(dtype=float if col in NUMERIC else object)
                 for role in ROLES for col in (*NUMERIC, "text", "hedge", "unit", "id", "kind", "assumption")}
        return pd.concat([base, pd.DataFrame(empty)], axis=1)
    long = pd.DataFrame(long_rows, columns=["key", "file", "role", "id"])
    long = long.merge(figures[["file", "id", "text", "kind", "unit", "hedge", "assumption", *NUMERIC]], on=["file", "id"], how="left")
    if negated:
        long = _negate(long, negated)
    # one figure a role, except the parts of a sum: those are added up (values) and joined (text)
    single = long[long["role"] != "parts"].set_index(["key", "role"]).drop(columns="file")
    parts = long[long["role"] == "parts"]
    if len(parts):
        grouped = parts.groupby(["key", "role"], sort=False)
        summed = grouped[list(NUMERIC)].sum().join(grouped.agg(
            text=("text", " + ".join), id=("id", ",".join), kind=("kind", "first"), unit=("unit", "first"),
            hedge=("hedge", "first"), assumption=("assumption", "first")))
        single = pd.concat([single, summed])
    wide = single.unstack("role")
    wide.columns = [f"{role}_{col}" for col, role in wide.columns]
    out = base.merge(wide, left_on="key", right_index=True, how="left")
    missing = {f"{role}_{col}": (np.nan if col in NUMERIC else None)
               for role in ROLES for col in (*NUMERIC, "text", "hedge", "unit", "id", "kind", "assumption")
               if f"{role}_{col}" not in out.columns}
    if missing:
        out = pd.concat([out, pd.DataFrame(missing, index=out.index)], axis=1)
    subject = figures[["file", "id", "line", "col", "start", "end", "text", "value", "unit", "assumption"]].rename(
        columns={"id": "subject", "text": "subject_text", "value": "subject_value", "unit": "subject_unit"})
    return out.merge(subject, on=["file", "subject"], how="left")


def _negate(long: pd.DataFrame, negated: set[tuple[str, str]]) -> pd.DataFrame:
    """A loss stated as an amount ("from a loss of 95.8 billion yen") enters a swing as negative."""
    mask = pd.Series([(k, r) in negated for k, r in zip(long["key"], long["role"])], index=long.index)
    long = long.copy()
    long.loc[mask, "value"] = -long.loc[mask, "value"]
    for lo, hi in (("low", "high"), ("round_low", "round_high")):
        a, b = long.loc[mask, lo].copy(), long.loc[mask, hi].copy()
        long.loc[mask, lo], long.loc[mask, hi] = -b, -a
    return long
