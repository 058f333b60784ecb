"""growth: a stated rate of change against the two values the text gives."""

from __future__ import annotations

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, judge, judged, records, result, sign_of
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div, signed


def recompute(claims: Columns, band: float) -> dict[str, np.ndarray]:
    s = sign_of(claims["sign"]) * np.abs(claims["rate_value"])
    s_lo, s_hi = signed(claims["sign"], claims["rate_low"], claims["rate_high"])
    s_rlo, s_rhi = signed(claims["sign"], claims["rate_round_low"], claims["rate_round_high"])
    e_lo, e_hi = div(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    e_rlo, e_rhi = div(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    with np.errstate(divide="ignore", invalid="ignore"):
        e = claims["new_value"] / claims["old_value"]
    pct = lambda x: (np.asarray(x, dtype=float) - 1) * 100  # noqa: E731
    return judge(len(claims), s, s_lo, s_hi, s_rlo, s_rhi, pct(e), pct(e_lo), pct(e_hi), pct(e_rlo), pct(e_rhi),
                 band_abs=band, band_rel=0.1)


def check(claims: Columns, ctx: CheckContext) -> Checks:
    frame = recompute(claims, ctx.band("growth"))
    messages = []
    for (old_text, new_text, rate_text, rate_hedge), v in zip(
            records(claims, "old_text", "new_text", "rate_text", "rate_hedge"), judged(frame)):
        change = f"{old_text} to {new_text} is a change of {w.percent(v.e, 1, True)}"
        if v.status == "ok" and v.why:
            change += f" ({w.span(v.e_lo, v.e_hi, lambda x: w.percent(x, 2, True))} with the stated rounding)"
        said = f"the text says {v.s:+g}% ({w.quoted(rate_text, rate_hedge)})"
        end = w.ending(v.status, v.why, rate_hedge)
        if v.status == "mismatch" and v.wrong_sign:
            end = "the direction is wrong"
        messages.append(f"{change}; {said} — {end}")
    return result(claims, frame, messages)
