"""sum: parts (domestic + exports, "of which", "including") against the total the text gives."""

from __future__ import annotations

import numpy as np
import pandas as pd

from evcheck.rules import wording as w
from evcheck.rules._frame import judge, result
from evcheck.rules.catalogue import Rule


def check(claims: pd.DataFrame, ctx) -> pd.DataFrame:
    at_most = claims["mode"].eq("at-most").to_numpy()
    e = claims["parts_value"].to_numpy(float)
    e_lo, e_hi = claims["parts_low"].to_numpy(float), claims["parts_high"].to_numpy(float)
    e_rlo, e_rhi = claims["parts_round_low"].to_numpy(float), claims["parts_round_high"].to_numpy(float)
    # "including A and B" need not be exhaustive: the total may exceed the parts, never fall short.
    e_hi = np.where(at_most, np.inf, e_hi)
    e_rhi = np.where(at_most, np.inf, e_rhi)
    e = np.where(at_most, np.maximum(e, claims["total_value"].to_numpy(float)), e)
    frame = judge(claims, claims["total_value"], claims["total_low"], claims["total_high"],
                  claims["total_round_low"], claims["total_round_high"], e, e_lo, e_hi, e_rlo, e_rhi,
                  band_abs=0.0, band_rel=ctx.band("sum", 0.02))
    # a total found in the paragraph before may be another total: at most a warning
    far = claims["note"].eq("total from the paragraph before").to_numpy()
    frame.loc[far & (frame["severity"] == "error").to_numpy(), "severity"] = "warning"
    messages = []
    for (_, c), (_, v) in zip(claims.iterrows(), frame.iterrows()):
        unit = c.total_unit
        parts = c.parts_text
        total = w.quantity(c.parts_value, unit)
        if c["mode"] == "at-most":
            head = f"the parts {parts} add up to {total}, which must not exceed the total"
        else:
            head = f"{parts} add up to {total}"
            if v.why:
                head += f" ({w.span(v.e_lo, v.e_hi, lambda x, unit=unit: w.quantity(x, unit))} with the stated rounding)"
        where = " (the total is from the paragraph before)" if c.note == "total from the paragraph before" else ""
        messages.append(f"{head}; the text says {w.quoted(c.total_text, c.total_hedge)}{where} — {w.ending(v.status, v.why, c.total_hedge)}")
    return result(claims, frame, messages)


RULE = Rule(
    name="sum",
    summary="Parts of a whole (domestic + exports, passenger + commercial) must add up to the stated total.",
    doc=(
        "What it does: adds up parts that together make a whole — complementary segments such as domestic "
        "sales and exports, passenger and commercial vehicles, BEVs and PHEVs, or a list after “of which” / "
        "“including” — and compares the sum with the total, each number within its rounding. A list after "
        "“including” that is not a complete set is only required not to exceed the total.\n"
        "Why: a part copied from the wrong month or a dropped digit breaks the sum."
    ),
    flagged="Sales reached 2.593 million units. Domestic sales rose to 2.218 million units, while exports rose to 575,000 units.",
    fine="Sales reached 2.593 million units. Domestic sales rose to 2.018 million units, while exports rose to 575,000 units.",
    check=check,
)
