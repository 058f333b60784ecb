"""sum: parts (domestic + exports, "of which", "including") against the total the text gives."""

from __future__ import annotations

from functools import partial

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, judge, judged, records, result
from evcheck.rules.catalogue import CheckContext


def check(claims: Columns, ctx: CheckContext) -> Checks:
    at_most = claims["mode"] == "at-most"
    e = claims["parts_value"]
    e_lo, e_hi = claims["parts_low"], claims["parts_high"]
    e_rlo, e_rhi = claims["parts_round_low"], claims["parts_round_high"]
    # "including A and B" need not be exhaustive: the total may exceed the parts, never fall short.
    e_hi = np.where(at_most, np.inf, e_hi)
    e_rhi = np.where(at_most, np.inf, e_rhi)
    e = np.where(at_most, np.maximum(e, claims["total_value"]), e)
    frame = judge(len(claims), claims["total_value"], claims["total_low"], claims["total_high"],
                  claims["total_round_low"], claims["total_round_high"], e, e_lo, e_hi, e_rlo, e_rhi,
                  band_abs=0.0, band_rel=ctx.band("sum"))
    # a total found in the paragraph before may be another total: at most a warning
    far = claims["note"] == "total from the paragraph before"
    frame["severity"] = np.where(far & (frame["severity"] == "error"), "warning", frame["severity"])
    messages = []
    for (unit, parts, parts_value, mode, note, total_text, total_hedge), v in zip(records(
            claims, "total_unit", "parts_text", "parts_value", "mode", "note", "total_text", "total_hedge"), judged(frame)):
        total = w.quantity(parts_value, unit)
        if mode == "at-most":
            head = f"the parts {parts} add up to {total}, which must not exceed the total"
        else:
            head = f"{parts} add up to {total}"
            if v.why:
                head += f" ({w.span(v.e_lo, v.e_hi, partial(w.quantity, unit=unit))} with the stated rounding)"
        where = " (the total is from the paragraph before)" if note == "total from the paragraph before" else ""
        messages.append(f"{head}; the text says {w.quoted(total_text, total_hedge)}{where} — {w.ending(v.status, v.why, total_hedge)}")
    return result(claims, frame, messages)
