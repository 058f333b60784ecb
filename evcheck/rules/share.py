"""share: a stated share of a total against part / total."""

from __future__ import annotations

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, judge, judged, notna, records, result
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div


def check(claims: Columns, ctx: CheckContext) -> Checks:
    claims = _sum_as_part(claims)
    e_lo, e_hi = div(claims["part_low"], claims["part_high"], claims["total_low"], claims["total_high"])
    e_rlo, e_rhi = div(claims["part_round_low"], claims["part_round_high"], claims["total_round_low"], claims["total_round_high"])
    with np.errstate(divide="ignore", invalid="ignore"):
        e = claims["part_value"] / claims["total_value"] * 100
    frame = judge(len(claims), claims["share_value"], claims["share_low"], claims["share_high"],
                  claims["share_round_low"], claims["share_round_high"],
                  e, e_lo * 100, e_hi * 100, e_rlo * 100, e_rhi * 100, band_abs=ctx.band("share"), band_rel=0.0)
    messages = []
    for (part_text, total_text, share_text, share_hedge), v in zip(
            records(claims, "part_text", "total_text", "share_text", "share_hedge"), judged(frame)):
        head = f"{part_text} of {total_text} is {w.percent(v.e, 2)}"
        if v.why:
            head += f" ({w.span(v.e_lo, v.e_hi, lambda x: w.percent(x, 2))} with the stated rounding)"
        messages.append(f"{head}; the text says {share_text} — {w.ending(v.status, v.why, share_hedge)}")
    return result(claims, frame, messages)


def _sum_as_part(claims: Columns) -> Columns:
    """A share of several named segments ("Together, petrol and diesel made up 41.2%") has their
    sum as its part."""
    missing = np.isnan(claims["part_value"])
    if "parts_value" not in claims or not missing.any():
        return claims
    return claims.replaced(**{f"part_{col}": np.where(notna(claims[f"part_{col}"]), claims[f"part_{col}"], claims[f"parts_{col}"])
                              for col in ("value", "low", "high", "round_low", "round_high", "text")})
