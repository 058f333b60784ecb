"""reference: a figure, or the earlier value a change implies, against the known figures in data/."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, no_checks, records, text
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import signed

if TYPE_CHECKING:
    import pandas as pd

UNIT_OF_KIND = {"count": {"units", "count"}, "number": {"units", "count"}, "percent": {"percent"}}


# a weak reference to the last reference table, with its known figures by key
_known_cache: list[tuple[weakref.ref[pd.DataFrame], dict[tuple, tuple]]] = []


def known_by_key(reference: pd.DataFrame) -> dict[tuple, tuple]:
    """The known figures of a reference table by (entity, metric, period), once per table, when
    the context does not carry them already (data.Reference.known)."""
    if _known_cache and _known_cache[0][0]() is reference:
        return _known_cache[0][1]
    from evcheck.data import known_by_key as compute

    table = compute(reference)
    _known_cache[:] = [(weakref.ref(reference), table)]
    return table


def check(claims: Columns, ctx: CheckContext) -> Checks:
    if ctx.reference is None or claims.empty:
        return no_checks()
    table = ctx.known if ctx.known is not None else known_by_key(ctx.reference)
    extras = claims["extra"].tolist()
    found = [table.get((e.get("entity"), e.get("metric"), e.get("period"))) for e in extras]
    hits = [(i, f) for i, f in enumerate(found) if f is not None]
    at = [i for i, _ in hits]
    if not at:
        return no_checks()
    from evcheck.data import KNOWN_COLUMNS  # the reference was loaded, and pandas with it
    known_cells = {name: np.array(values, dtype=object) for name, values in zip(
        ("entity", "metric", "period", "negate", *KNOWN_COLUMNS),
        zip(*((extras[i].get("entity"), extras[i].get("metric"), extras[i].get("period"), bool(extras[i].get("negate")),
               *f) for i, f in hits)))}
    merged = claims.take(at).replaced(**known_cells)
    mode = merged["mode"]
    flip = np.where(merged["negate"].astype(bool), -1.0, 1.0)
    is_value = mode == "value"
    subject_role = np.where(is_value, "figure", "new")
    s = np.where(is_value, merged["figure_value"], merged["new_value"]) * flip
    s_lo = np.where(is_value, merged["figure_low"], merged["new_low"]) * flip
    s_hi = np.where(is_value, merged["figure_high"], merged["new_high"]) * flip
    s_lo, s_hi = np.minimum(s_lo, s_hi), np.maximum(s_lo, s_hi)
    r_lo, r_hi = signed(merged["sign"], merged["rate_low"], merged["rate_high"])
    c_lo, c_hi = signed(merged["sign"], merged["change_low"], merged["change_high"])
    ref_lo, ref_hi = merged["ref_lo"].astype(float), merged["ref_hi"].astype(float)
    growth = mode == "prior-growth"
    multiple = merged["rate_kind"] == "multiple"
    # "up 1.2-fold" is ×1.2 or, in Chinese usage, ×2.2: either reading may stand
    fold = multiple & np.array(["fold" in t.lower() for t in text(merged["rate_text"])], dtype=bool)
    with np.errstate(invalid="ignore"):
        g_lo = np.where(multiple, merged["rate_low"], 1 + r_lo / 100)
        g_hi = np.where(fold, merged["rate_high"] + 1, np.where(multiple, merged["rate_high"], 1 + r_hi / 100))
    e_lo = np.select([is_value, growth], [ref_lo, ref_lo * g_lo], ref_lo + c_lo)
    e_hi = np.select([is_value, growth], [ref_hi, ref_hi * g_hi], ref_hi + c_hi)
    e_lo, e_hi = np.minimum(e_lo, e_hi), np.maximum(e_lo, e_hi)
    e = (e_lo + e_hi) / 2
    unit_ok = np.array([_unit_ok(k, u, ru) for k, u, ru in zip(
        np.where(is_value, merged["figure_kind"], merged["new_kind"]),
        np.where(is_value, merged["figure_unit"], merged["new_unit"]), merged["ref_unit"])])
    overlap = (s_lo <= e_hi) & (e_lo <= s_hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.abs(s / e)
    plausible = (ratio > 0.5) & (ratio < 2)
    gap = np.maximum(s_lo - e_hi, e_lo - s_hi) / np.maximum(np.abs(e), 1e-12)
    status = np.where(~unit_ok | ~plausible, "info", np.where(overlap, "ok", "mismatch"))
    severity = np.where(status == "mismatch", np.where(gap > ctx.band("reference"), "error", "warning"), "info")
    messages = []
    for i, row in enumerate(map(_Row._make, records(merged, *_Row._fields))):
        unit = row.ref_unit if row.ref_unit not in ("units", "count", "percent") else None
        fmt: Callable[[float], str] = partial(w.percent, digits=2) if row.ref_unit == "percent" else partial(w.quantity, unit=unit)
        what = f"{row.entity} {row.metric.replace('_', ' ')} {row.period}"
        ref_text = w.span(row.ref_lo, row.ref_hi, fmt) if row.disputed else fmt(row.ref_value)
        source = f"{row.ref_source}" + (f" and {row.ref_sources - 1} other source(s)" if row.ref_sources > 1 else "")
        known_text = f"{what} is {ref_text} in the reference ({source})" + ("; its sources disagree" if row.disputed else "")
        said = getattr(row, f"{subject_role[i]}_text")
        if mode[i] == "value":
            head = known_text
        elif growth[i]:
            rate = row.rate_text
            head = f"{known_text}; {rate} on it gives {w.span(e_lo[i], e_hi[i], fmt)}"
        else:
            head = f"{known_text}; a change of {row.change_text} on it gives {w.span(e_lo[i], e_hi[i], fmt)}"
        if status[i] == "info":
            why = "different units" if not unit_ok[i] else "too far apart to be the same measure"
            messages.append(f"{head}; the text says {said} — not compared ({why})")
        else:
            end = "ok" if status[i] == "ok" else "does not match the reference"
            messages.append(f"{head}; the text says {said} — {end}")
    return {"row": merged.at, "status": status, "severity": severity, "stated": s, "expected": e,
            "expected_low": e_lo, "expected_high": e_hi, "message": messages, "figures": [None] * len(merged)}


class _Row(NamedTuple):
    ref_unit: str
    entity: str
    metric: str
    period: str
    ref_lo: float
    ref_hi: float
    ref_value: float
    ref_source: str
    ref_sources: int
    disputed: bool
    rate_text: str
    change_text: str
    figure_text: str
    new_text: str


def _unit_ok(kind: str, unit: str | None, ref_unit: str) -> bool:
    if kind == "money":
        return unit == ref_unit
    return ref_unit in UNIT_OF_KIND.get(kind, set())
