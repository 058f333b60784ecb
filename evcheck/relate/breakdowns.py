"""Sums found by measure: the segments of one measure against its total, wherever they stand.

"Global unit sales fell 6.0% to 1.231 million vehicles. By region, Nissan sold 123,000 vehicles
in Japan, 416,000 in North America, …, and 208,000 in other markets." Levels of one metric and
period that differ in one segment family (regions here) join the level of that period without
the family. The sum is exact when the segments cover the family ("other markets", domestic and
exports, BEV + PHEV against NEVs), otherwise the parts may only not exceed the total. Quarters
join their year the same way.
"""

from __future__ import annotations

import re

import pandas as pd

from evcheck.relate.measure import Lexicon, lexicon
from evcheck.relate.measures import QUANTITY
from evcheck.relate.model import Claim

_COMPLETE = {
    "market": [frozenset({"domestic", "export"})],
    "class": [frozenset({"passenger", "commercial"})],
    "powertrain": [frozenset({"bev", "phev", "hev", "petrol", "diesel"})],
}
_OTHER = {"region": "other_region", "powertrain": "other_powertrain"}


def _split(segment: frozenset, lex: Lexicon) -> list[tuple[str, str, frozenset]]:
    """(family, label, rest) for each label of a segment."""
    return [(lex.family(label), label, segment - {label}) for label in segment]


def _complete(family: str, labels: set[str], total_label: str | None, lex: Lexicon) -> bool:
    leaves = frozenset().union(*(lex.leaves(label) for label in labels))
    if total_label is not None:
        return lex.leaves(total_label) <= leaves
    if family in _OTHER and _OTHER[family] in labels and len(labels) >= 3:
        return True
    return any(need <= leaves for need in _COMPLETE.get(family, []))


def find_breakdowns(table: pd.DataFrame, taken_totals: set[tuple[str, str]]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    if table.empty:
        return out
    lex = lexicon()
    levels = table[table["kind"].isin(QUANTITY) & (table["role"] == "level") & table["period"].notna()
                   & ~table["taken"].map(lambda t: any(r.startswith("sum:") for r in t))]
    for (path, period), group in levels.groupby(["file", "period"], sort=False):
        claims = _segment_sums(group, lex, taken_totals)
        if claims:
            out.setdefault(path, []).extend(claims)
    quarters = _quarter_sums(levels, taken_totals)
    for path, claims in quarters.items():
        out.setdefault(path, []).extend(claims)
    return out


def _segment_sums(group: pd.DataFrame, lex: Lexicon, taken_totals: set) -> list[Claim]:
    rows = list(group.itertuples(index=False))
    members: dict[tuple, list] = {}
    for r in rows:
        for family, label, rest in _split(r.segment, lex):
            members.setdefault((family, rest, r.metric, r.kind if r.kind == "money" else "count", r.unit if r.kind == "money" else None), []).append((label, r))
    claims = []
    for (family, rest, metric, kind, unit), found in members.items():
        by_label: dict[str, list] = {}
        for label, r in found:
            by_label.setdefault(label, []).append(r)
        if len(by_label) < 2 or any(len({x.value for x in rs}) > 1 for rs in by_label.values()):
            continue  # fewer than two segments, or one segment stated twice with different values
        parts = [rs[0] for rs in by_label.values()]
        labels = set(by_label)
        composite = [c for c in lex.families.get(family, ()) if lex.segments[c].covers]
        candidates = []
        for r in rows:
            if r.id in {p.id for p in parts} or (metric is not None and r.metric is not None and r.metric != metric):
                continue
            if (r.kind == "money") != (kind == "money") or (kind == "money" and r.unit != unit):
                continue
            if r.value <= max(p.high for p in parts) or r.value > 3 * sum(p.value for p in parts):
                continue  # not larger than a part, or far larger than all of them: another total
            if lex.scope_free(r.segment) == lex.scope_free(rest) and not (r.segment & labels):
                candidates.append((r, None))
            else:
                for c in composite:
                    if r.segment == rest | {c} and lex.leaves(c) >= frozenset().union(*(lex.leaves(x) for x in labels)):
                        candidates.append((r, c))
        if not candidates or len({r.value for r, _ in candidates}) != 1:
            continue
        total, total_label = min(candidates, key=lambda t: abs(t[0].start - parts[0].start))
        if (total.file, total.id) in taken_totals:
            continue
        if total_label is not None and not _complete(family, labels, total_label, lex):
            continue  # BEV alone is not a breakdown of NEVs
        mode = "exact" if _complete(family, labels, total_label, lex) else "at-most"
        ordered = sorted(parts, key=lambda p: p.start)
        claims.append(Claim("sum", total.id, {"parts": tuple(p.id for p in ordered), "total": total.id}, mode=mode,
                            note="segments joined by measure"))
        taken_totals.add((total.file, total.id))
    return claims


_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _quarter_sums(levels: pd.DataFrame, taken_totals: set) -> dict[str, list[Claim]]:
    """The four quarters of a year against the year, for one metric and segment."""
    out: dict[str, list[Claim]] = {}
    q = levels[levels["period"].str.match(r"^\d{4}-Q[1-4]$") & levels["metric"].notna()]
    if q.empty:
        return out
    q = q.assign(year=q["period"].str[:4])
    years = levels[levels["period"].str.fullmatch(r"\d{4}") & levels["metric"].notna()]
    for (path, metric, segment, year), group in q.groupby(["file", "metric", "segment", "year"], sort=False):
        by_q = group.groupby("period")["value"].nunique()
        if len(by_q) != 4 or (by_q > 1).any():
            continue
        totals = years[(years["file"] == path) & (years["metric"] == metric) & (years["period"] == year)
                       & (years["segment"] == segment) & (years["kind"].isin(group["kind"].unique()))]
        if totals["value"].nunique() != 1:
            continue
        total = totals.iloc[0]
        if (path, total["id"]) in taken_totals:
            continue
        parts = group.sort_values("period").drop_duplicates("period")
        out.setdefault(path, []).append(Claim("sum", total["id"], {"parts": tuple(parts["id"]), "total": total["id"]},
                                              mode="exact", note="quarters joined to their year"))
        taken_totals.add((path, total["id"]))
    return out
