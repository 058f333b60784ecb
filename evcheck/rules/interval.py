"""Interval arithmetic over columns, and the shared verdict: ok, ok-by-rounding, ok-by-hedge, mismatch.

A stated value is consistent when its interval overlaps the recomputed one, with every input
anywhere inside its own stated interval. Arithmetic is done twice: with the rounding intervals
alone and with hedges applied, so a verdict can say which of them the text needed.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import ArrayLike

Interval = tuple[np.ndarray, np.ndarray]  # lows and highs, one per row


def div(a_lo: ArrayLike, a_hi: ArrayLike, b_lo: ArrayLike, b_hi: ArrayLike) -> Interval:
    """[a]/[b] for intervals; NaN where [b] contains zero."""
    a_lo, a_hi, b_lo, b_hi = (np.asarray(x, dtype=float) for x in (a_lo, a_hi, b_lo, b_hi))
    with np.errstate(divide="ignore", invalid="ignore"):
        q = a_lo / b_lo, a_lo / b_hi, a_hi / b_lo, a_hi / b_hi
        # fmin/fmax in turn, as nanmin/nanmax reduce: a NaN candidate is skipped, and a row whose four
        # are all NaN (a missing value) stays NaN, without nanmin's warning
        lo = np.fmin(np.fmin(np.fmin(q[0], q[1]), q[2]), q[3])
        hi = np.fmax(np.fmax(np.fmax(q[0], q[1]), q[2]), q[3])
        bad = (b_lo <= 0) & (b_hi >= 0)
    return np.where(bad, np.nan, lo), np.where(bad, np.nan, hi)


def sub(a_lo: ArrayLike, a_hi: ArrayLike, b_lo: ArrayLike, b_hi: ArrayLike) -> Interval:
    return np.asarray(a_lo, dtype=float) - np.asarray(b_hi, dtype=float), np.asarray(a_hi, dtype=float) - np.asarray(b_lo, dtype=float)


def signed(sign: ArrayLike, lo: ArrayLike, hi: ArrayLike) -> Interval:
    """Applies a stated direction to a magnitude interval: "fell 5%" is [-5.5, -4.5]."""
    sign = np.where(np.asarray(sign) < 0, -1.0, 1.0)
    lo, hi = np.asarray(lo, dtype=float), np.asarray(hi, dtype=float)
    a, b = sign * np.abs(lo), sign * np.abs(hi)
    # open bounds keep their meaning after the flip
    return np.minimum(a, b), np.maximum(a, b)


def verdict_arrays(columns: Mapping[str, ArrayLike], band_abs: float, band_rel: float) -> dict[str, np.ndarray]:
    """`verdict` over plain arrays: the rules judge their columns without building a frame first."""
    s = np.asarray(columns["s"], dtype=float)
    e = np.asarray(columns["e"], dtype=float)
    s_lo, s_hi = np.asarray(columns["s_lo"], dtype=float), np.asarray(columns["s_hi"], dtype=float)
    s_rlo, s_rhi = np.asarray(columns["s_rlo"], dtype=float), np.asarray(columns["s_rhi"], dtype=float)
    e_lo, e_hi = np.asarray(columns["e_lo"], dtype=float), np.asarray(columns["e_hi"], dtype=float)
    e_rlo, e_rhi = np.asarray(columns["e_rlo"], dtype=float), np.asarray(columns["e_rhi"], dtype=float)
    with np.errstate(invalid="ignore"):
        tiny = 1e-9 * np.maximum(1.0, np.abs(e))
        plain = (e >= s_rlo - tiny) & (e <= s_rhi + tiny)
        rounding = (s_rlo <= e_rhi + tiny) & (e_rlo <= s_rhi + tiny)
        hedged = (s_lo <= e_hi + tiny) & (e_lo <= s_hi + tiny)
        gap = np.maximum(s_lo - e_hi, e_lo - s_hi)
        band = np.maximum(band_abs, band_rel * np.abs(e))
        wrong_sign = (np.sign(s) * np.sign(e) < 0) & (np.abs(s) > band_abs) & (np.abs(e) > band_abs)
    unknown = np.isnan(e_lo) | np.isnan(e_hi)
    ok = ~unknown & (plain | rounding | hedged)
    why = np.where(plain, "", np.where(rounding, "rounding", np.where(hedged, "hedge", "")))
    status = np.where(unknown, "info", np.where(ok, "ok", "mismatch"))
    severity = np.where(status == "mismatch", np.where(wrong_sign | (gap > band), "error", "warning"), "info")
    return {"status": status.astype(object), "severity": severity.astype(object), "why": why.astype(object),
            "wrong_sign": wrong_sign}
