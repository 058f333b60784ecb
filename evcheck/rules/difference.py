"""difference: an absolute change ("a net addition of 100", "or 7,028 more units") against its values."""

from __future__ import annotations

from functools import partial

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, judge, judged, notna, records, result, sign_of
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import signed, sub


def check(claims: Columns, ctx: CheckContext) -> Checks:
    has_old = notna(claims["old_value"])
    has_rate = notna(claims["rate_value"])
    s = sign_of(claims["sign"]) * np.abs(claims["change_value"])
    s_lo, s_hi = signed(claims["sign"], claims["change_low"], claims["change_high"])
    s_rlo, s_rhi = signed(claims["sign"], claims["change_round_low"], claims["change_round_high"])
    e_lo, e_hi = sub(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    e_rlo, e_rhi = sub(claims["new_round_low"], claims["new_round_high"], claims["old_round_low"], claims["old_round_high"])
    e = claims["new_value"] - claims["old_value"]
    # With a rate instead of an earlier value: new − new / (1 + r), increasing in both new and r.
    r_lo, r_hi = signed(claims["sign"], claims["rate_low"], claims["rate_high"])
    r_rlo, r_rhi = signed(claims["sign"], claims["rate_round_low"], claims["rate_round_high"])
    r = sign_of(claims["sign"]) * np.abs(claims["rate_value"])
    grow = lambda n, x: n * (x / 100) / (1 + x / 100)  # noqa: E731
    new = claims["new_value"]
    use_rate = has_rate & ~has_old
    with np.errstate(invalid="ignore", divide="ignore"):
        e = np.where(use_rate, grow(new, r), e)
        e_lo = np.where(use_rate, grow(claims["new_low"], r_lo), e_lo)
        e_hi = np.where(use_rate, grow(claims["new_high"], r_hi), e_hi)
        e_rlo = np.where(use_rate, grow(claims["new_round_low"], r_rlo), e_rlo)
        e_rhi = np.where(use_rate, grow(claims["new_round_high"], r_rhi), e_rhi)
    frame = judge(len(claims), s, s_lo, s_hi, s_rlo, s_rhi, e, e_lo, e_hi, e_rlo, e_rhi, band_abs=0.0, band_rel=ctx.band("difference"))
    info = ~has_old & ~has_rate
    prior = new - s
    frame["status"][info] = "info"
    frame["severity"][info] = "info"
    frame["e"] = np.where(info, prior, frame["e"])
    frame["e_lo"] = np.where(info, claims["new_low"] - s_hi, frame["e_lo"])
    frame["e_hi"] = np.where(info, claims["new_high"] - s_lo, frame["e_hi"])

    messages = []
    rows = records(claims, "new_unit", "change_unit", "new_text", "old_text", "change_text", "change_hedge")
    for i, ((new_unit, change_unit, new_text, old_text, change_text, change_hedge), v) in enumerate(zip(rows, judged(frame))):
        unit = new_unit or change_unit
        if info[i]:
            messages.append(f"{new_text} after a change of {w.quantity(s[i], unit)} ({w.quoted(change_text, change_hedge)}) implies "
                            f"{w.quantity(v.e, unit)} before — for information")
        elif use_rate[i]:
            messages.append(f"a change of {w.percent(r[i], 1, True)} to {new_text} is {w.quantity(v.e, unit)} "
                            f"({w.span(v.e_lo, v.e_hi, partial(w.quantity, unit=unit))}); the text says {w.quoted(change_text, change_hedge)} — "
                            f"{w.ending(v.status, v.why, change_hedge)}")
        else:
            messages.append(f"{old_text} to {new_text} is a change of {w.quantity(v.e, unit)}; the text says "
                            f"{w.quoted(change_text, change_hedge)} — {w.ending(v.status, v.why, change_hedge)}")
    return result(claims, frame, messages)
