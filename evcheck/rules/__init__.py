"""Rules layer: one module per rule, each a function over the whole claims table.

`run_checks` hands every rule the rows of its claims and stacks the results into one checks table.
"""

from __future__ import annotations

import pandas as pd

from evcheck.rules import conversion, difference, direction, growth, implied_prior, multiple, points, reference, share
from evcheck.rules import sum as sum_rule
from evcheck.rules.catalogue import CheckContext, Rule

RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        growth.RULE, implied_prior.RULE, sum_rule.RULE, share.RULE, points.RULE, difference.RULE,
        multiple.RULE, conversion.RULE, direction.RULE, reference.RULE,
    )
}

CHECK_COLUMNS = ["file", "rule", "status", "severity", "figures", "subject", "stated", "expected", "expected_low",
                 "expected_high", "message", "line", "col", "start", "end", "subject_text", "assumption"]


def run_checks(claims: pd.DataFrame, ctx: CheckContext, select: set[str] | None = None) -> pd.DataFrame:
    parts = []
    for name, rule in RULES.items():
        if select is not None and name not in select:
            continue
        rows = claims[claims["rule"] == name]
        if rows.empty:
            continue
        out = rule.check(rows, ctx)
        out = out.merge(rows.drop(columns=["rule"]).rename(columns={"figures": "claim_figures"}), on="key", how="left")
        if "figures" in out.columns:
            out["figures"] = [f if isinstance(f, tuple) else cf for f, cf in zip(out["figures"], out["claim_figures"])]
        else:
            out["figures"] = out["claim_figures"]
        out["rule"] = name
        parts.append(out)
    if not parts:
        return pd.DataFrame(columns=CHECK_COLUMNS)
    checks = pd.concat(parts, ignore_index=True)
    return checks[CHECK_COLUMNS + [c for c in ("key",) if c in checks.columns]]
