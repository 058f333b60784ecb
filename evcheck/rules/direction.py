"""direction: words of rising or falling ("fell", "narrowed", "improved") against the sign of the change."""

from __future__ import annotations

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, records
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import sub


def check(claims: Columns, ctx: CheckContext) -> Checks:
    d_lo, d_hi = sub(claims["new_low"], claims["new_high"], claims["old_low"], claims["old_high"])
    d = claims["new_value"] - claims["old_value"]
    sign = claims["sign"].astype(float)
    agrees = np.where(sign > 0, d_hi > 0, d_lo < 0)
    status = np.where(agrees, "ok", "mismatch")
    severity = np.where(agrees, "info", "error")
    messages = []
    rows = records(claims, "note", "new_unit", "new_kind", "old_text", "new_text")
    for i, (note, unit, new_kind, old_text, new_text) in enumerate(rows):
        word = note or ("a rise" if sign[i] > 0 else "a fall")
        moved = "a rise" if d[i] > 0 else "a fall" if d[i] < 0 else "no change"
        amount = w.points(d[i]) if new_kind == "percent" else w.quantity(abs(d[i]), unit)
        end = "ok" if agrees[i] else f"the text says “{word}”, the wrong direction"
        messages.append(f"{old_text} to {new_text} is {moved} ({amount}); “{word}” — {end}"
                        if agrees[i] else f"{old_text} to {new_text} is {moved} ({amount}); {end}")
    return {"row": claims.at, "status": status, "severity": severity, "stated": sign,
            "expected": d, "expected_low": d_lo, "expected_high": d_hi, "message": messages, "figures": [None] * len(claims)}
