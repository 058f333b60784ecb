"""points: changes between two percentages, in percentage points; percent-for-points mix-ups."""

from __future__ import annotations

import numpy as np
import pandas as pd

from evcheck.rules import wording as w
from evcheck.rules._frame import choose, judge, result
from evcheck.rules.catalogue import Rule
from evcheck.rules.interval import div, signed, sub


def check(claims: pd.DataFrame, ctx) -> pd.DataFrame:
    has_old = claims["old_value"].notna().to_numpy()
    has_change = claims["change_value"].notna().to_numpy()
    as_percent = claims["mode"].eq("percent").to_numpy()
    d_lo, d_hi = sub(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    d_rlo, d_rhi = sub(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    d = (claims["new_value"] - claims["old_value"]).to_numpy(float)
    s = np.where(claims["sign"] < 0, -1, 1) * claims["change_value"].abs().to_numpy(float)
    s_lo, s_hi = signed(claims["sign"], claims["change_low"], claims["change_high"])
    s_rlo, s_rhi = signed(claims["sign"], claims["change_round_low"], claims["change_round_high"])
    as_points = judge(claims, s, s_lo, s_hi, s_rlo, s_rhi, d, d_lo, d_hi, d_rlo, d_rhi, band_abs=ctx.band("points", 0.2), band_rel=0.0)
    r_lo, r_hi = div(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    r_rlo, r_rhi = div(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    r = (claims["new_value"] / claims["old_value"] - 1).to_numpy(float) * 100
    relative = judge(claims, s, s_lo, s_hi, s_rlo, s_rhi, r, (r_lo - 1) * 100, (r_hi - 1) * 100,
                     (r_rlo - 1) * 100, (r_rhi - 1) * 100, band_abs=1.0, band_rel=0.1)

    pick_rel = as_percent & has_old
    frame = choose(pick_rel, relative, as_points)
    mixup = pick_rel & (relative["status"] == "mismatch").to_numpy() & (as_points["status"] == "ok").to_numpy()
    frame.loc[mixup, "severity"] = "error"
    info = ~has_old | ~has_change
    frame.loc[info, "status"] = "info"
    frame.loc[info, "severity"] = "info"
    no_old = info & ~has_old
    with np.errstate(invalid="ignore"):
        imp_lo = claims["new_low"].to_numpy(float) - s_hi
        imp_hi = claims["new_high"].to_numpy(float) - s_lo
    frame["e"] = np.where(no_old, claims["new_value"].to_numpy(float) - s, np.where(info, d, frame["e"]))
    frame["e_lo"] = np.where(no_old, imp_lo, np.where(info, d_lo, frame["e_lo"]))
    frame["e_hi"] = np.where(no_old, imp_hi, np.where(info, d_hi, frame["e_hi"]))

    messages = []
    for i, ((_, c), (_, v)) in enumerate(zip(claims.iterrows(), frame.iterrows())):
        if has_old[i]:
            move = f"{c.old_text} to {c.new_text} is {w.points(d[i])}"
            if not has_change[i]:
                messages.append(f"{move} (a relative change of {w.percent(r[i], 1, True)}) — for information")
            elif mixup[i]:
                messages.append(f"{move}, a relative change of {w.percent(r[i], 1, True)}; the text says {w.quoted(c.change_text, c.change_hedge)}, "
                                "percent where percentage points are meant — percent/point mix-up")
            elif pick_rel[i]:
                messages.append(f"{move}, a relative change of {w.percent(r[i], 1, True)}; the text says "
                                f"{w.percent(s[i], 1, True)} — {w.ending(v.status, v.why, c.change_hedge)}")
            else:
                messages.append(f"{move}; the text says {w.points(s[i])} ({w.quoted(c.change_text, c.change_hedge)}) — {w.ending(v.status, v.why, c.change_hedge)}")
        else:
            messages.append(f"{c.new_text} after a change of {w.points(s[i])} implies {w.percent(v.e, 1)} before — for information")
    return result(claims, frame, messages, stated=np.where(has_change, s, claims["new_value"]))


RULE = Rule(
    name="points",
    summary="A change between two percentages is stated in percentage points, and must match their difference.",
    doc=(
        "What it does: for a percentage that moves “to X% from Y%”, computes the change in percentage "
        "points (and basis points), checks a stated points change against it, and flags a change stated "
        "in percent that only matches the points difference (a percent/point mix-up).\n"
        "Why: “margin rose 11%” for 15.4% → 26.4% is wrong: the rise is 11 points, or 71%."
    ),
    flagged="Gross margin rose 11% to 26.4% from 15.4% a year earlier.",
    fine="Gross margin rose 11 percentage points to 26.4% from 15.4% a year earlier.",
    check=check,
)
