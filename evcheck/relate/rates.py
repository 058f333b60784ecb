"""Rates found by measure: a rate of change joined with the level it describes.

"Sales reached 2.593 million units in July … Compared with June, output fell 7.3 percent and
sales dropped 10.7 percent." The rate (sales, July, month on month) joins the level of the same
metric, segment and period stated before it, and, where the text also gives that measure for
the period before, the earlier level, making a growth check; otherwise the earlier value the
rate implies is reported. A rate whose metric the text does not name is left alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from evcheck.relate.measure import lexicon, previous_code
from evcheck.relate.measures import QUANTITY, entity_agrees
from evcheck.relate.model import Claim

_IMPLIED = frozenset({"implied-prior:rate"})
_TAKEN = ("growth:rate", "implied-prior:rate", "multiple:rate", "points:change", "difference:rate")


def find_rates(table: pd.DataFrame) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    # a rate whose words gave it only an implied earlier value may still find the value of the
    # period it names ("up 14.2% from Q3 2023 and 6.3% from Q2 2024", the values a sentence later)
    # the mask in one pass over the few rows of a table, not a pandas operation each
    role, kind, taken = table["role"].tolist(), table["kind"].tolist(), table["taken"].tolist()
    known = (table["metric"].notna() & table["period"].notna()).tolist()
    versus = table["versus"].notna().tolist()
    mask = np.array([((r == "rate" and k == "percent") or r == "multiple") and n
                     and (not any(x in t for x in _TAKEN) or (t == _IMPLIED and v))
                     for r, k, n, t, v in zip(role, kind, known, taken, versus)], dtype=bool)
    if not mask.any():
        return out
    rates = table[mask]
    compared = _compared_in_place(table)
    levels = table[table["kind"].isin(QUANTITY) & (table["role"] == "level") & table["metric"].notna()]
    keep = ["file", "id", "value", "start", "sentence", "paragraph", "entity", "metric", "segment", "period"]
    joined = rates.merge(levels[keep], on=["file", "metric", "period"], suffixes=("", "_new"))
    joined = joined[pd.Series([_same_segment(a, b) for a, b in zip(joined["segment"], joined["segment_new"])],
                              index=joined.index, dtype=bool)]
    backward = (joined["start_new"] < joined["start"]) & (joined["paragraph_new"] >= joined["paragraph"] - 1)
    forward = (joined["start_new"] > joined["start"]) & (joined["paragraph_new"] <= joined["paragraph"] + 1)
    joined = joined[entity_agrees(joined["entity"], joined["entity_new"])
                    & (backward | forward | (joined["sentence_new"] == joined["sentence"]))]
    joined = joined.assign(after=(~backward & (joined["sentence_new"] != joined["sentence"])).astype(int))
    if joined.empty:
        return out
    earlier = table[table["kind"].isin(QUANTITY) & table["role"].isin(("earlier", "level")) & table["metric"].notna()]
    for (_, rid), group in joined.groupby(["file", "id"], sort=False):
        # the level stated before the rate, else the one its own sentence or the next paragraph gives
        group = group.assign(dist=(group["start"] - group["start_new"]).abs()).sort_values(["after", "dist"])
        nearest = group[group["sentence_new"] == group.iloc[0]["sentence_new"]]
        if nearest["value_new"].nunique() != 1:
            continue
        new = nearest.iloc[0]
        sign = int(new["sign"]) or 1
        basis = new["basis"]
        in_place = compared.get((new["file"], rid))
        if in_place is not None and new["kind"] != "multiple":
            if not new["after"] and _unit(table, new["file"], in_place) == _unit(table, new["file"], new["id_new"]):
                out.setdefault(new["file"], []).append(
                    Claim("growth", rid, {"rate": rid, "new": new["id_new"], "old": in_place}, sign=sign, basis=basis,
                          note="rate and its earlier value joined to the level by measure"))
            continue
        before = new["versus"] if isinstance(new["versus"], str) else previous_code(new["period"], basis)
        old = earlier[(earlier["file"] == new["file"]) & (earlier["metric"] == new["metric"])
                      & (earlier["segment"] == new["segment_new"]) & (earlier["period"] == before)
                      & entity_agrees(earlier["entity"], pd.Series(new["entity"], index=earlier.index))]
        multiple = new["kind"] == "multiple"
        implied = "implied-prior:rate" in new["taken"]
        if before is not None and old["value"].nunique() == 1:
            out.setdefault(new["file"], []).append(
                Claim("multiple" if multiple else "growth", rid, {"rate": rid, "new": new["id_new"], "old": old.iloc[0]["id"]},
                      sign=sign, basis=basis, mode=("fold" if "fold" in new["text"].lower() else "times") if multiple else None,
                      note="rate, level and earlier level joined by measure", extra={"supersedes": "implied-prior"} if implied else {}))
        elif multiple or implied:
            continue
        else:
            out.setdefault(new["file"], []).append(
                Claim("implied-prior", new["id_new"], {"rate": rid, "new": new["id_new"]}, sign=sign, basis=basis,
                      note="rate joined to its level by measure"))
    return out


def _compared_in_place(table: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Rates followed in their sentence by an earlier value ("down 27.3 percent from 633.2 billion
    won in the first quarter"): the text compares them with that value, not with another period.
    By (file, rate id), the earlier value's id."""
    out = {}
    rows = sorted(zip(table["file"], table["start"], table["sentence"], table["role"], table["id"]), key=lambda r: (r[0], r[1]))
    following: dict[tuple, tuple] = {}  # by (file, sentence), the figure after this one in it
    for path, _start, sentence, role, fid in reversed(rows):
        nxt = following.get((path, sentence))
        if role == "rate" and nxt is not None and nxt[0] == "earlier":
            out[(path, fid)] = nxt[1]
        following[(path, sentence)] = (role, fid)
    return out


def _unit(table: pd.DataFrame, path: str, fid: str) -> tuple:
    row = table[(table["file"] == path) & (table["id"] == fid)].iloc[0]
    return ("money", row["unit"]) if row["kind"] == "money" else ("count", None)


def _same_segment(a: frozenset, b: frozenset) -> bool:
    """Equal segments, where a region named on one side only is the article's scope ("China's
    vehicle sales"), not a segment."""
    if a == b:
        return True
    lex = lexicon()
    ra = {x for x in a if lex.family(x) == "region"}
    rb = {x for x in b if lex.family(x) == "region"}
    return (not ra or not rb) and a - ra == b - rb
