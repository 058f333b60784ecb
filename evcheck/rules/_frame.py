"""Builds the stated/expected frame the shared verdict reads."""

from __future__ import annotations

import numpy as np
import pandas as pd

from evcheck.rules.interval import verdict


def judge(claims: pd.DataFrame, s, s_lo, s_hi, s_rlo, s_rhi, e, e_lo, e_hi, e_rlo, e_rhi,
          band_abs: float, band_rel: float) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"s": s, "s_lo": s_lo, "s_hi": s_hi, "s_rlo": s_rlo, "s_rhi": s_rhi,
         "e": e, "e_lo": e_lo, "e_hi": e_hi, "e_rlo": e_rlo, "e_rhi": e_rhi},
        index=claims.index,
    ).astype(float)
    return frame.join(verdict(frame, band_abs, band_rel))


def result(claims: pd.DataFrame, frame: pd.DataFrame, messages: list[str], stated=None) -> pd.DataFrame:
    return pd.DataFrame({
        "key": claims["key"].to_numpy(),
        "status": frame["status"].to_numpy(),
        "severity": frame["severity"].to_numpy(),
        "stated": np.asarray(frame["s"] if stated is None else stated, dtype=float),
        "expected": frame["e"].to_numpy(float),
        "expected_low": frame["e_lo"].to_numpy(float),
        "expected_high": frame["e_hi"].to_numpy(float),
        "message": messages,
    })


def choose(mask, where_true: pd.DataFrame, where_false: pd.DataFrame) -> pd.DataFrame:
    """Row by row: `where_true` where mask holds, else `where_false`."""
    return where_false.mask(pd.Series(np.asarray(mask, dtype=bool), index=where_false.index), where_true, axis=0)
