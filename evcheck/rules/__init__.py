"""Rules layer: one module per rule, each a function over the whole claims table.

`check_columns` hands every rule the rows of its claims and stacks the results into the columns of
one checks table.
The catalogue (names, docs, bands) needs neither NumPy nor pandas; the rules' code is imported
when checks first run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evcheck.rules.catalogue import RULES, CheckContext, Rule

__all__ = ["RULES", "CHECK_COLUMNS", "CheckContext", "Rule", "check_columns"]

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

NUMBERS = ("stated", "expected", "expected_low", "expected_high")
CHECK_COLUMNS = ["file", "rule", "status", "severity", "figures", "subject", "stated", "expected", "expected_low",
                 "expected_high", "message", "line", "col", "start", "end", "subject_text", "assumption"]


CLAIM_COLUMNS = ["key", "file", "line", "col", "start", "end", "subject", "subject_text", "assumption"]


def check_columns(claims: pd.DataFrame, ctx: CheckContext, select: set[str] | None = None,
                  columns: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray | list] | None:
    """The checks of every selected rule as columns (CHECK_COLUMNS, then "key"), or None when
    there are none: the pipeline orders and completes them before it makes the one frame, where a
    take, an assign and two set columns on a frame of a few rows cost a millisecond a call.

    The claims' columns are taken out once (`ClaimColumns`; `columns`, the arrays the table was
    built from, saves even that); each rule returns its checks as
    arrays with the row of the claim each one tests, and the claim's place in the text is attached
    by that row, once for all rules. A frame, a selection and a merge per rule cost more than the
    rules themselves on a small article."""
    import numpy as np  # not at import: `evcheck rules` and `--help` read only the catalogue

    from evcheck.rules._frame import OUTPUT, ClaimColumns

    if claims.empty:
        return None
    table = ClaimColumns(claims, columns)
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(table.arrays["rule"].tolist()):
        groups.setdefault(name, []).append(i)
    out: dict[str, list[np.ndarray]] = {name: [] for name in (*OUTPUT, "rule")}
    for name, rule in RULES.items():
        if select is not None and name not in select:
            continue
        at = groups.get(name)
        if at is None:
            continue
        found = rule.check(table.rows(at), ctx)
        for column in OUTPUT:
            out[column].append(np.asarray(found[column], dtype=float if column in NUMBERS else object))
        out["rule"].append(np.full(len(found["row"]), name, dtype=object))
    if not any(len(r) for r in out["row"]):
        return None
    joined = {column: np.concatenate(parts) for column, parts in out.items()}
    row = joined.pop("row").astype(np.intp)
    figures = [f if isinstance(f, tuple) else cf for f, cf in zip(joined.pop("figures").tolist(), table.arrays["figures"][row])]
    checks: dict[str, np.ndarray | list] = {column: table.arrays[column][row] for column in CLAIM_COLUMNS}
    checks.update(joined, figures=figures)
    return {column: checks[column] for column in CHECK_COLUMNS + ["key"]}
