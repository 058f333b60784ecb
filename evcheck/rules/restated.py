"""restated: a figure in the text that restates a table cell of its measure must agree with the cell."""

from __future__ import annotations

from functools import partial

from evcheck.rules import wording as w
from evcheck.rules._frame import Checks, Columns, judge, judged, records, result
from evcheck.rules.catalogue import CheckContext


def check(claims: Columns, ctx: CheckContext) -> Checks:
    """The text's figure (role `figure`) against the cell it restates (role `part`), each within
    its rounding: "RMB 6.18 billion" and 6,180.4 in an "RMB million" table agree."""
    frame = judge(len(claims), claims["figure_value"], claims["figure_low"], claims["figure_high"],
                  claims["figure_round_low"], claims["figure_round_high"], claims["part_value"], claims["part_low"],
                  claims["part_high"], claims["part_round_low"], claims["part_round_high"],
                  band_abs=0.0, band_rel=ctx.band("restated"))
    messages = []
    for (unit, cell_text, text, hedge), v in zip(records(claims, "part_unit", "part_text", "figure_text", "figure_hedge"),
                                                 judged(frame)):
        cell = f"{w.quantity(v.e, unit)} (“{cell_text}”)"
        if v.why:
            cell += f", {w.span(v.e_lo, v.e_hi, partial(w.quantity, unit=unit))} with its rounding"
        verdict = w.ending(v.status, v.why, hedge) if v.status == "ok" else "does not match the table"
        messages.append(f"the text restates the table's cell {cell} as {w.quoted(text, hedge)} — {verdict}")
    return result(claims, frame, messages)
