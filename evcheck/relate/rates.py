"""Rates found by measure: a rate of change joined with the level it describes.

"Sales reached 2.593 million units in July … Compared with June, output fell 7.3 percent and
sales dropped 10.7 percent." The rate (sales, July, month on month) joins the level of the same
metric, segment and period stated before it, and, where the text also gives that measure for
the period before, the earlier level, making a growth check; otherwise the earlier value the
rate implies is reported. A rate whose metric the text does not name is left alone.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from evcheck.cache import regex
from evcheck.relate.measure import lexicon, previous_code
from evcheck.relate.measures import QUANTITY, entity_agrees
from evcheck.relate.model import Claim

_IMPLIED = frozenset({"implied-prior:rate"})
_TAKEN = ("growth:rate", "implied-prior:rate", "multiple:rate", "points:change", "difference:rate")


def find_rates(table: pd.DataFrame, texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for path, claims in _stated_priors(table).items():
        out.setdefault(path, []).extend(claims)
    beside = _beside(table, texts or {})
    # a rate whose words gave it only an implied earlier value may still find the value of the
    # period it names ("up 14.2% from Q3 2023 and 6.3% from Q2 2024", the values a sentence later)
    # the mask in one pass over the few rows of a table, not a pandas operation each
    role, kind, taken = table["role"].tolist(), table["kind"].tolist(), table["taken"].tolist()
    known = (table["metric"].notna() & table["period"].notna()).tolist()
    versus = table["versus"].notna().tolist()
    mask = np.array([((r == "rate" and k == "percent") or r == "multiple") and n
                     and (not any(x in t for x in _TAKEN) or (t == _IMPLIED and v))
                     for r, k, n, t, v in zip(role, kind, known, taken, versus)], dtype=bool)
    quantities = _quantities(table) if beside else []
    for (path, rid), lid in beside.items():
        rate, level = _row(table, path, rid), _row(table, path, lid)
        sign, basis = int(rate["sign"]) or 1, rate["basis"]
        before = rate["versus"] if isinstance(rate["versus"], str) else (
            previous_code(level["period"], basis) if isinstance(level["period"], str) else None)
        new = next(q for q in quantities if q.file == path and q.id == lid) if isinstance(level["period"], str) else None
        olds = _earlier_of(new, before, quantities) if new is not None and before is not None else []
        if len({q.value for q in olds}) == 1:
            out.setdefault(path, []).append(
                Claim("growth", rid, {"rate": rid, "new": lid, "old": olds[0].id}, sign=sign, basis=basis,
                      note="rate beside its level, and the earlier level, joined by measure"))
        else:
            out.setdefault(path, []).append(
                Claim("implied-prior", lid, {"rate": rid, "new": lid}, sign=sign, basis=basis,
                      note="rate and its level side by side in one clause"))
    mask &= np.array([(p, i) not in beside for p, i in zip(table["file"], table["id"])], dtype=bool)
    if not mask.any():
        return out
    rates = table[mask]
    compared = _compared_in_place(table)
    levels = table[table["kind"].isin(QUANTITY) & (table["role"] == "level") & table["metric"].notna()]
    keep = ["file", "id", "value", "start", "sentence", "paragraph", "entity", "metric", "segment", "period", "item"]
    joined = rates.merge(levels[keep], on=["file", "metric", "period"], suffixes=("", "_new"))
    # a list's item belongs to its list: a rate elsewhere never takes it ("18,702 in July" for a quarter's rate)
    joined = joined[joined["item_new"].isna() | (joined["sentence_new"] == joined["sentence"])]
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


def _stated_priors(table: pd.DataFrame) -> dict[str, list[Claim]]:
    """A rate whose words only implied its earlier value, where the article states that value
    elsewhere ("Exports climbed 37.2 per cent to 51,643 units" … "In September 2025, Shakti had
    exported 38,912 units"): the level of the same segment and unit a year (or the rate's basis)
    before, stated once, makes a growth check in place of the implied one."""
    out: dict[str, list[Claim]] = {}
    rates = [r for r in table.itertuples(index=False) if r.taken == _IMPLIED and r.kind == "percent" and r.role == "rate"
             and not isinstance(r.versus, str)]
    if not rates:
        return out
    quantities = _quantities(table)
    for rate in rates:
        news = [q for q in quantities if q.file == rate.file and q.sentence == rate.sentence and "implied-prior:new" in q.taken]
        if len(news) != 1:
            continue
        new = news[0]
        before = previous_code(new.period, rate.basis)
        olds = _earlier_of(new, before, quantities) if before is not None else []
        if len({q.value for q in olds}) != 1:
            continue
        sign = int(rate.sign) or 1
        out.setdefault(rate.file, []).append(
            Claim("growth", rate.id, {"rate": rate.id, "new": new.id, "old": olds[0].id}, sign=sign, basis=rate.basis,
                  note="rate and its level, with the earlier level the article states elsewhere",
                  extra={"supersedes": "implied-prior"}))
    return out


_OLD_TAKEN = frozenset({"growth:old", "multiple:old", "points:old", "difference:old"})


def _quantities(table: pd.DataFrame) -> list:
    return [r for r in table.itertuples(index=False) if r.kind in QUANTITY and isinstance(r.period, str)]


def _earlier_of(new: Any, before: str, quantities: list) -> list:
    """The levels of `new`'s segment (its names among theirs) and unit in the period `before`, none
    a list's item nor another change's earlier value. Nothing for a level of no segment: the
    market's earlier value is the words' own business (change.py), and a level whose segment the
    text does not let us read would otherwise find the market's."""
    lex = lexicon()
    core = lex.scope_free(new.segment)
    names = {x for x in new.segment if x.startswith("name:")}
    if not core and not names:
        return []
    return [q for q in quantities if q.file == new.file and q.period == before and q.role in ("level", "earlier")
            and q.id != new.id and not isinstance(q.item, str) and lex.scope_free(q.segment) == core
            and _same_kind(q, new) and names <= {x for x in q.segment if x.startswith("name:")}
            and (not isinstance(q.metric, str) or not isinstance(new.metric, str) or q.metric == new.metric)
            and (q.entity is None or new.entity is None or q.entity == new.entity) and not (q.taken & _OLD_TAKEN)]


def _same_kind(a: Any, b: Any) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return not (isinstance(a.unit, str) and isinstance(b.unit, str) and a.unit != b.unit)


_LEVEL_THEN_RATE = regex(
    r"^(?:\s*[\w'’-]+){0,8}\s*,\s*(?:an?\s+(?:(?:year-on-year|annual)\s+)?(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)\s+of"
    r"|up|down)\s+(?:by\s+)?$", re.I)
_RATE_THEN_LEVEL = regex(
    r"^\s*(?:(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)\s*,?\s*(?:with|to|at)|to)\s+"
    r"(?:a\s+(?:record\s+)?|(?:about|around|some|nearly|almost)\s+)?$", re.I)
_VERB = regex(r"\b(?:while|whereas|but|and|which|as|rose|fell|grew|jumped|dropped|declined|increased|decreased|was|were|is|are)\b", re.I)


def _beside(table: pd.DataFrame, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    """Rates that no claim has taken, standing beside the level they change in one clause: "Battery-
    electric models recorded a 27.5 percent increase, with 40,112 registrations", "diesel cars 11.2
    percent to 29,188", "NEVs made up 1.318 million of those retail sales, an increase of 15.8
    percent". The level's id by (file, rate id); the rate's own words name no other measure."""
    out: dict[tuple[str, str], str] = {}
    if not texts:
        return out
    lex = lexicon()
    compared = _compared_in_place(table)
    rows = sorted(zip(table["file"], table["start"], table["text"], table["sentence"], table["id"], table["kind"],
                      table["role"], table["metric"], table["segment"], table["taken"], table["item"]),
                  key=lambda r: (r[0], r[1]))
    for a, b in zip(rows, rows[1:]):
        if a[0] != b[0] or a[3] != b[3] or a[0] not in texts:
            continue
        between = texts[a[0]][a[1] + len(a[2]):b[1]]
        if _is_rate(a) and _is_level(b) and _RATE_THEN_LEVEL.match(between):
            rate, level = a, b
        elif _is_level(a) and _is_rate(b) and _LEVEL_THEN_RATE.match(between) and not _VERB.search(between):
            rate, level = b, a
        else:
            continue
        if (rate[0], rate[4]) in compared:
            continue  # "up 197.7% from 27,307 units": compared with the value after it
        if isinstance(rate[7], str) and isinstance(level[7], str) and rate[7] != level[7]:
            continue
        if lex.scope_free(rate[8]) and lex.scope_free(rate[8]) != lex.scope_free(level[8]):
            continue
        out[(rate[0], rate[4])] = level[4]
    return out


def _is_rate(r: tuple) -> bool:
    return r[5] == "percent" and r[6] == "rate" and not any(x in r[9] for x in _TAKEN)


def _is_level(r: tuple) -> bool:
    return r[5] in QUANTITY and r[6] == "level" and not ({"implied-prior:new", "growth:new", "multiple:new"} & r[9]) \
        and not isinstance(r[10], str)


def _row(table: pd.DataFrame, path: str, fid: str) -> pd.Series:
    return table[(table["file"] == path) & (table["id"] == fid)].iloc[0]


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
