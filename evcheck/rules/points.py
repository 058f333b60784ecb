"""points: changes between two percentages, in percentage points; percent-for-points mix-ups."""

from __future__ import annotations

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, choose, judge, judged, notna, records, result, sign_of
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div, signed, sub


def check(claims: Columns, ctx: CheckContext) -> Checks:
    n = len(claims)
    has_old = notna(claims["old_value"])
    has_change = notna(claims["change_value"])
    as_percent = claims["mode"] == "percent"
    d_lo, d_hi = sub(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    d_rlo, d_rhi = sub(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    d = claims["new_value"] - claims["old_value"]
    s = sign_of(claims["sign"]) * np.abs(claims["change_value"])
    s_lo, s_hi = signed(claims["sign"], claims["change_low"], claims["change_high"])
    s_rlo, s_rhi = signed(claims["sign"], claims["change_round_low"], claims["change_round_high"])
    as_points = judge(n, s, s_lo, s_hi, s_rlo, s_rhi, d, d_lo, d_hi, d_rlo, d_rhi, band_abs=ctx.band("points"), band_rel=0.0)
    r_lo, r_hi = div(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    r_rlo, r_rhi = div(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    with np.errstate(divide="ignore", invalid="ignore"):
        r = (claims["new_value"] / claims["old_value"] - 1) * 100
    # "margin rose 5%" read as a relative change is a growth rate: the growth band applies to it
    relative = judge(n, s, s_lo, s_hi, s_rlo, s_rhi, r, (r_lo - 1) * 100, (r_hi - 1) * 100,
                     (r_rlo - 1) * 100, (r_rhi - 1) * 100, band_abs=ctx.band("growth"), band_rel=0.1)

    pick_rel = as_percent & has_old
    frame = choose(pick_rel, relative, as_points)
    mixup = pick_rel & (relative["status"] == "mismatch") & (as_points["status"] == "ok")
    frame["severity"][mixup] = "error"
    info = ~has_old | ~has_change
    frame["status"][info] = "info"
    frame["severity"][info] = "info"
    no_old = info & ~has_old
    with np.errstate(invalid="ignore"):
        imp_lo = claims["new_low"] - s_hi
        imp_hi = claims["new_high"] - s_lo
    frame["e"] = np.where(no_old, claims["new_value"] - s, np.where(info, d, frame["e"]))
    frame["e_lo"] = np.where(no_old, imp_lo, np.where(info, d_lo, frame["e_lo"]))
    frame["e_hi"] = np.where(no_old, imp_hi, np.where(info, d_hi, frame["e_hi"]))

    messages = []
    rows = records(claims, "old_text", "new_text", "change_text", "change_hedge")
    for i, ((old_text, new_text, change_text, change_hedge), v) in enumerate(zip(rows, judged(frame))):
        if has_old[i]:
            move = f"{old_text} to {new_text} is {w.points(d[i])}"
            if not has_change[i]:
                messages.append(f"{move} (a relative change of {w.percent(r[i], 1, True)}) — for information")
            elif mixup[i]:
                messages.append(f"{move}, a relative change of {w.percent(r[i], 1, True)}; the text says {w.quoted(change_text, change_hedge)}, "
                                "percent where percentage points are meant — percent/point mix-up")
            elif pick_rel[i]:
                messages.append(f"{move}, a relative change of {w.percent(r[i], 1, True)}; the text says "
                                f"{w.percent(s[i], 1, True)} — {w.ending(v.status, v.why, change_hedge)}")
            else:
                messages.append(f"{move}; the text says {w.points(s[i])} ({w.quoted(change_text, change_hedge)}) — {w.ending(v.status, v.why, change_hedge)}")
        else:
            messages.append(f"{new_text} after a change of {w.points(s[i])} implies {w.percent(v.e, 1)} before — for information")
    return result(claims, frame, messages, stated=np.where(has_change, s, claims["new_value"]))
