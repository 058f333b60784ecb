"""Shares found by measure: a segment's share joined with that segment's level and its total.

"Germany registered 212,400 new cars in May … Battery-electric models recorded a 27.5 percent
increase, with 40,110 registrations, lifting their share of the market to 18.9 percent." The
share (battery-electric, May) joins the level of the same segment and period (40,110), and the
total is the level of the same period with no segment (212,400). Where two totals could fit
(production and sales, two different values), the share is left unchecked.
"""

from __future__ import annotations

import pandas as pd

from evcheck.relate.measure import lexicon
from evcheck.relate.measures import QUANTITY, entity_agrees, same_unit
from evcheck.relate.model import Claim

PASSENGER = "passenger"
CLASSES = frozenset({"passenger", "commercial"})


def _total_segment(seg: frozenset, of_segment) -> frozenset | None:
    if isinstance(of_segment, frozenset) and of_segment:
        return of_segment if of_segment < seg else None
    return frozenset() if len(seg) == 1 else None


def find_shares(table: pd.DataFrame) -> dict[str, list[Claim]]:
    """Share claims by file, for shares that no claim in their own words has already taken."""
    out: dict[str, list[Claim]] = {}
    if table.empty:
        return out
    stated = table[(table["kind"] == "percent") & (table["metric"] == "share") & (table["segment"].map(len) > 0)
                   & ~table["taken"].map(lambda t: "share:share" in t)]
    stated = stated.assign(total_segment=[_total_segment(s, o) for s, o in zip(stated["segment"], stated["of_segment"])])
    stated = stated[stated["total_segment"].notna() & stated["period"].notna()]
    levels = table[table["kind"].isin(QUANTITY) & table["role"].isin(("level", "earlier"))]
    if stated.empty or levels.empty:
        return out
    keep = ["file", "id", "kind", "unit", "value", "low", "high", "start", "sentence", "entity", "metric", "segment", "period"]
    parts = stated.merge(levels[keep], on=["file", "period", "segment"], suffixes=("", "_part"))
    parts = parts[entity_agrees(parts["entity"], parts["entity_part"])
                  & (parts["of_metric"].isna() | parts["metric_part"].isna() | (parts["of_metric"] == parts["metric_part"]))]
    if parts.empty:
        return out
    parts = parts.assign(near=(parts["sentence_part"] != parts["sentence"]).astype(int),
                         dist=(parts["start_part"] - parts["start"]).abs())
    chosen = []
    for (_, sid), group in parts.groupby(["file", "id"], sort=False):
        group = group.sort_values(["near", "dist"])
        best = group.iloc[0]
        if best["near"] and group["value_part"].nunique() > 1:
            continue  # the segment's level is stated more than once, with different values
        chosen.append(best)
    if not chosen:
        return out
    picked = pd.DataFrame(chosen)
    segment_levels = set(parts["id_part"])  # a segment's own level is never a total
    totals_src = levels[~levels["id"].isin(segment_levels)][keep].rename(columns={"segment": "total_segment"})
    totals = picked.merge(totals_src, on=["file", "period"], suffixes=("", "_total"))
    exact = totals["total_segment"] == totals["total_segment_total"]
    # "new cars" are passenger cars, unless the share itself is of a vehicle class
    # "new cars" are passenger cars, unless the share itself is of a vehicle class; a region on
    # the total is the article's scope ("in the European Union"), so it fits too, and a second
    # total that fits this way makes the share ambiguous
    lex = lexicon()
    no_class = ~totals["segment"].map(lambda s: bool(s & CLASSES))
    scope = totals["total_segment_total"].map(lambda s: frozenset(x for x in s if lex.family(x) == "region"))
    bare = [t - sc - ({PASSENGER} if nc else frozenset()) for t, sc, nc in zip(totals["total_segment_total"], scope, no_class)]
    loose = pd.Series([b == want for b, want in zip(bare, totals["total_segment"])], index=totals.index)
    totals = totals.assign(exact=exact)
    totals = totals[(exact | loose)
                    & same_unit(totals, "kind_part", "unit_part", "_total")
                    & entity_agrees(totals["entity"], totals["entity_total"])
                    & (totals["value_total"] > totals["high_part"])
                    & (totals["id_total"] != totals["id_part"])]
    wanted = totals["of_metric"].where(totals["of_metric"].notna(), totals["metric_part"])
    totals = totals[wanted.isna() | totals["metric_total"].isna() | (totals["metric_total"] == wanted)]
    for (_, sid), group in totals.groupby(["file", "id"], sort=False):
        if group["value_total"].nunique() > 1:
            same = group[group["sentence_total"] == group["sentence"]]
            if same["value_total"].nunique() != 1:
                continue  # two totals could fit: leave the share unchecked
            group = same
        if group["metric_total"].dropna().nunique() > 1:
            continue
        row = group.sort_values("start_total").iloc[0]
        out.setdefault(row["file"], []).append(
            Claim("share", sid, {"share": sid, "part": row["id_part"], "total": row["id_total"]},
                  note="part and total joined by measure"))
    return out
