"""multiple: "doubled", "nearly tripled", "up 1.2-fold" against the ratio of the endpoints."""

from __future__ import annotations

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, choose, judge, judged, records, result
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div


def check(claims: Columns, ctx: CheckContext) -> Checks:
    e_lo, e_hi = div(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    e_rlo, e_rhi = div(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    with np.errstate(divide="ignore", invalid="ignore"):
        e = claims["new_value"] / claims["old_value"]
    rate, low, high = claims["rate_value"], claims["rate_low"], claims["rate_high"]
    round_low, round_high = claims["rate_round_low"], claims["rate_round_high"]
    band = ctx.band("multiple")
    times = judge(len(claims), rate, low, high, round_low, round_high, e, e_lo, e_hi, e_rlo, e_rhi, band_abs=0.0,
                  band_rel=band)
    # Chinese usage: "up 1.2-fold" is +120%, a ratio of 2.2. Both readings are accepted for "-fold".
    plus_one = judge(len(claims), rate + 1, low + 1, high + 1, round_low + 1, round_high + 1, e, e_lo, e_hi, e_rlo,
                     e_rhi, band_abs=0.0, band_rel=band)
    with np.errstate(invalid="ignore"):
        fold = (claims["mode"] == "fold") & (claims["rate_value"] < 10)
    use_plus = fold & (times["status"] != "ok") & (plus_one["status"] == "ok")
    frame = choose(use_plus, plus_one, times)
    messages = []
    rows = records(claims, "old_text", "new_text", "rate_value", "rate_text", "rate_hedge")
    for i, ((old_text, new_text, rate_value, rate_text, rate_hedge), v) in enumerate(zip(rows, judged(frame))):
        ratio = f"{old_text} to {new_text} is ×{e[i]:.2f}"
        reading = ""
        if use_plus[i]:
            reading = f" (read as an increase of {rate_value:g} times, ×{rate_value + 1:g}, as in Chinese usage)"
        messages.append(f"{ratio}; the text says {w.quoted(rate_text, rate_hedge)}{reading} — {w.ending(v.status, v.why, rate_hedge)}")
    return result(claims, frame, messages, stated=claims["rate_value"])
