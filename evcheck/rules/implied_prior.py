"""implied-prior: the earlier value a rate implies when the text gives only the new one."""

from __future__ import annotations

from functools import partial

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, records, sign_of
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div, signed


def implied(claims: Columns) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """new / (1 + rate); for multiples new / factor (and new / (1 + factor) for Chinese "-fold")."""
    is_multiple = claims["rate_kind"] == "multiple"
    r_lo, r_hi = signed(claims["sign"], claims["rate_low"], claims["rate_high"])
    r = sign_of(claims["sign"]) * np.abs(claims["rate_value"])
    f_lo = np.where(is_multiple, claims["rate_low"], 1 + r_lo / 100)
    f_hi = np.where(is_multiple, claims["rate_high"], 1 + r_hi / 100)
    f = np.where(is_multiple, claims["rate_value"], 1 + r / 100)
    lo, hi = div(claims["new_low"], claims["new_high"], f_lo, f_hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        return claims["new_value"] / f, lo, hi


def check(claims: Columns, ctx: CheckContext) -> Checks:
    e, lo, hi = implied(claims)
    messages = []
    rows = records(claims, "new_unit", "basis", "rate_kind", "mode", "new_value", "rate_value", "rate_text", "new_text", "sign")
    for (unit, basis, rate_kind, mode, new_value, rate_value, rate_text, new_text, sign), ev, lo_, h in zip(rows, e, lo, hi):
        period = {"yoy": " a year earlier", "mom": " a month earlier", "qoq": " a quarter earlier"}.get(basis, " before")
        if rate_kind == "multiple" and mode == "fold":
            alt = new_value / (1 + rate_value)
            messages.append(
                f"“{rate_text}” to {new_text} implies {w.quantity(ev, unit)}{period} read as ×{rate_value:g}, or "
                f"{w.quantity(alt, unit)} read as an increase of {rate_value:g} times (Chinese usage) — for information"
            )
            continue
        if rate_kind == "multiple":
            said = f"“{rate_text}”"
        else:
            said = f"a change of {w.percent((1 if sign >= 0 else -1) * abs(rate_value), 1, True)}"
        messages.append(
            f"{said} to {new_text} implies {w.quantity(ev, unit)}{period} "
            f"({w.span(lo_, h, partial(w.quantity, unit=unit))}) — {w.ending('info', '')}"
        )
    n = len(claims)
    return {"row": claims.at, "status": ["info"] * n, "severity": ["info"] * n, "stated": claims["new_value"],
            "expected": e, "expected_low": lo, "expected_high": hi, "message": messages, "figures": [None] * n}
