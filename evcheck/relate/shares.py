"""Shares found by measure: a segment's share joined with that segment's level and its total.

"Germany registered 212,400 new cars in May … Battery-electric models recorded a 27.5 percent
increase, with 40,110 registrations, lifting their share of the market to 18.9 percent." The
share (battery-electric, May) joins the level of the same segment and period (40,110), and the
total is the level of the same period with no segment (212,400). Where two totals could fit
(production and sales, two different values), the share is left unchecked.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from evcheck.cache import regex
from evcheck.relate.measure import JOINT, lexicon
from evcheck.relate.measures import QUANTITY, Records, Row, entity_agrees, same_unit
from evcheck.relate.model import Claim

PASSENGER = "passenger"


def _total_segment(seg: frozenset, of_segment: object) -> frozenset | None:
    """The segment of the total a share is of: what "of …" names, else the whole (a share names
    one segment: battery-electric, or one brand)."""
    lex = lexicon()
    core = lex.scope_free(seg)
    if JOINT in seg:
        named = seg - {JOINT}
        return frozenset() if len(named) >= 2 and len({lex.family(x) for x in named}) == 1 and not of_segment else None
    if isinstance(of_segment, frozenset) and of_segment:
        if of_segment < seg:
            return of_segment
        members = frozenset().union(*(lex.leaves(x) for x in of_segment))
        inside = core and len(of_segment) == 1 and members != of_segment and all(lex.leaves(x) <= members for x in core)
        across = core and not {lex.family(x) for x in core} & {lex.family(x) for x in of_segment} and "qualified" not in of_segment
        # "Pure electrics took 56.8% of NEV retail": BEVs within the NEVs; BEVs "of new passenger cars": of another family
        return of_segment if inside or across else None
    return frozenset() if len(core) == 1 or (not core and len(seg) == 1) else None


def _part_fits(share: frozenset, part: frozenset) -> bool:
    """The part measures the share's segment; a region or name on the part alone is its scope."""
    lex = lexicon()
    core = lex.scope_free(share)
    return core == lex.scope_free(part) and (share - core) <= part


def _extras(share: frozenset, part: frozenset) -> frozenset | None:
    """What a part adds to the share's segment from the article's frame ("New energy passenger
    vehicles contributed 1.208 million …", then "The penetration rate of NEVs reached 52.9
    percent"): qualifiers of other families, which the total must then carry too. None where the
    part does not measure the share's segment."""
    lex = lexicon()
    core, part_core = lex.scope_free(share), lex.scope_free(part)
    if not (core < part_core and (share - core) <= part):
        return None
    extra = part_core - core
    return extra if not {lex.family(x) for x in extra} & {lex.family(x) for x in core} else None


def _total_fits(share: frozenset, wanted: frozenset, total: frozenset, near: bool = False) -> bool:
    """The total has the wanted segment once regions and names are set aside ("Germany registered
    212,400 new cars"), never the share's own name; "new cars" are passenger cars unless the
    share is itself of a vehicle class."""
    lex = lexicon()
    if (share - lex.scope_free(share)) & total:
        return False
    core = lex.scope_free(total)
    of_class = any(lex.family(x) == "class" for x in share)
    if core == wanted or (not of_class and core == wanted | {PASSENGER}):
        return True
    # a total stated just before with a qualifier the share's segments do not vary ("256.07 lakh
    # vehicles in the domestic market", then "three-wheelers for 7.41 lakh, or 2.9 per cent of the total")
    families = {lex.family(x) for x in share}
    return near and core > wanted and not {lex.family(x) for x in core - wanted} & families and not {JOINT, "qualified"} & core


def _stated_shares(table: pd.DataFrame) -> np.ndarray:
    """The shares of a named segment that no claim in their own words has taken: one pass over the
    table's few rows, not a pandas operation each."""
    return np.array([k == "percent" and m == "share" and len(g) > 0 and r != "bound" and "share:share" not in t
                     for k, m, g, r, t in zip(table["kind"].tolist(), table["metric"].tolist(), table["segment"].tolist(),
                                              table["role"].tolist(), table["taken"].tolist())], dtype=bool)


TWO_TOTALS = "two totals could fit: left unchecked"
TWO_PARTS = "the segment is stated twice with different values: left unchecked"


def find_shares(table: pd.DataFrame, reasons: dict[tuple[str, str], str] | None = None) -> dict[str, list[Claim]]:
    """Share claims by file, for shares that no claim in their own words has already taken.
    Where a share is left alone on purpose, `reasons` gets why, by (file, figure id)."""
    reasons = {} if reasons is None else reasons
    out: dict[str, list[Claim]] = {}
    if table.empty:
        return out
    mask = _stated_shares(table)
    if not mask.any():
        return out
    stated = table[mask]
    stated = stated.assign(total_segment=[_total_segment(s, o) for s, o in zip(stated["segment"], stated["of_segment"])])
    stated = stated[stated["total_segment"].notna() & stated["period"].notna()]
    levels = table[table["kind"].isin(QUANTITY) & table["role"].isin(("level", "earlier"))]
    if stated.empty or levels.empty:
        return out
    keep = ["file", "id", "kind", "unit", "scale", "value", "low", "high", "start", "sentence", "entity", "metric", "segment", "period"]
    parts = stated.merge(levels[keep], on=["file", "period"], suffixes=("", "_part"))
    extras = [frozenset() if _part_fits(a, b) else _extras(a, b) for a, b in zip(parts["segment"], parts["segment_part"])]
    parts = parts.assign(extras=extras)
    parts = parts[parts["extras"].notna()]
    # a part with the frame's qualifiers stands in the share's sentence or the one before
    parts = parts[(parts["extras"].map(len) == 0) | (parts["sentence"] - parts["sentence_part"]).between(0, 1)]
    lex = lexicon()
    broader = parts["of_metric"].map(lambda m: lex.within.get(m) if isinstance(m, str) else None)
    parts = parts[entity_agrees(parts["entity"], parts["entity_part"])
                  & (parts["of_metric"].isna() | parts["metric_part"].isna() | (parts["of_metric"] == parts["metric_part"])
                     | (parts["metric_part"] == broader))]  # "sold 702,000 units" as a part "of NEV retail"
    if parts.empty:
        return out
    parts = parts.assign(near=(parts["sentence_part"] != parts["sentence"]).astype(int),
                         dist=(parts["start_part"] - parts["start"]).abs(), framed=parts["extras"].map(len))
    chosen = []
    for _, group in parts.groupby(["file", "id"], sort=False):
        group = group.sort_values(["framed", "near", "dist"])
        group = group[group["framed"] == group["framed"].iloc[0]]
        best = group.iloc[0]
        if best["near"] and group["value_part"].nunique() > 1:
            reasons[(best["file"], best["id"])] = TWO_PARTS
            continue  # the segment's level is stated more than once, with different values
        chosen.append(best)
    if not chosen:
        return out
    picked = pd.DataFrame(chosen)
    segment_levels = set(zip(parts["file"], parts["id_part"]))  # a segment's own level is never a total
    # (a composite's level, the NEVs' 1.236 million, is a part of the market and the total of its members alike)
    is_part = pd.Series([k in segment_levels and not lex.scope_free(g) for k, g in zip(zip(levels["file"], levels["id"]), levels["segment"])],
                        index=levels.index, dtype=bool)
    totals_src = levels[~is_part & levels["item"].isna()][keep].rename(columns={"segment": "total_segment"})  # a list's item is a part
    totals = picked.merge(totals_src, on=["file", "period"], suffixes=("", "_total"))
    near = (totals["sentence"] - totals["sentence_total"]).between(0, 1)
    fits = pd.Series([_total_fits(a, w | x, t, n) for a, w, t, n, x in zip(totals["segment"], totals["total_segment"],
                                                                     totals["total_segment_total"], near, totals["extras"])],
                     index=totals.index, dtype=bool)
    totals = totals[fits
                    & same_unit(totals, "kind_part", "unit_part", "_total")
                    & entity_agrees(totals["entity"], totals["entity_total"])
                    & ((totals["value_total"] > totals["high_part"]) | _scale_slip(totals))
                    & (totals["id_total"] != totals["id_part"])]
    wanted = totals["of_metric"].where(totals["of_metric"].notna(), totals["metric_part"])
    totals = totals[wanted.isna() | totals["metric_total"].isna() | (totals["metric_total"] == wanted)]
    for (_, sid), group in totals.groupby(["file", "id"], sort=False):
        named = group[group["metric_total"] == group["of_metric"]]
        if group["value_total"].nunique() > 1 and group["of_metric"].iloc[0] != "sales" and named["value_total"].nunique() == 1:
            group = named  # "56.8% of NEV retail": the NEVs' retail figure, not their wholesale one of no stated metric
        if group["value_total"].nunique() > 1:
            other = pd.Series([_other_name(a, t) for a, t in zip(group["segment"], group["total_segment_total"])], index=group.index, dtype=bool)
            same = group[(group["sentence_total"] == group["sentence"]) & ~other]
            plain = group[~group["total_segment_total"].map(_named)]
            if same["value_total"].nunique() == 1:
                group = same
            elif plain["value_total"].nunique() == 1 and plain["value_total"].iloc[0] == group["value_total"].max():
                group = plain  # the market beside its brands ("Volkswagen … with 46,820", "ahead of BMW with 21,940")
            elif (bool(group["whole"].iloc[0]) or _unnamed(group.iloc[0])) and _largest_unqualified(group) is not None:
                group = _largest_unqualified(group)  # "of total sales": the total the others are parts of
            else:
                reasons[(group["file"].iloc[0], sid)] = TWO_TOTALS
                continue  # two totals could fit: leave the share unchecked
        if group["metric_total"].dropna().nunique() > 1:
            continue
        row = group.sort_values("start_total").iloc[0]
        out.setdefault(row["file"], []).append(
            Claim("share", sid, {"share": sid, "part": row["id_part"], "total": row["id_total"]},
                  note="part and total joined by measure"))
    return out


def _other_name(share: frozenset, total: frozenset) -> bool:
    """"Aoxin alone delivered 18,240 …, and Jiangnan Auto sold 12,905, or 21.0%": another maker's level."""
    return any(x.startswith("name:") for x in share) and any(x.startswith("name:") for x in total - share)


def _largest_unqualified(group: pd.DataFrame) -> pd.DataFrame | None:
    """The largest candidate stated before the share ("of the total" points back), where it
    carries no segment and is stated once at that value."""
    if group["metric_total"].dropna().nunique() > 1:
        return None  # sales and production: two wholes could fit
    group = group[(group["start_total"] < group["start"])
                  & ~group["total_segment_total"].map(lambda seg: JOINT in seg)]  # a maker's level is a part
    if group.empty:
        return None
    wanted = group["of_metric"].iloc[0]
    if isinstance(wanted, str) and (group["metric_total"] == wanted).any():
        named = group[group["metric_total"] == wanted]  # "of total new vehicle sales": the figures that are sales
        if (group[group["metric_total"].isna()]["value_total"] > named["value_total"].max()).any():
            return None  # a larger whole of no stated metric ("Dealers counted 2.537 million") could be meant
        group = named
    top_value = group["value_total"].max()
    unnamed = group[group["metric_total"].isna() & ~group["total_segment_total"].map(_named)]  # a maker's level is no whole
    if (unnamed["value_total"] != top_value).any() or group[group["value_total"] == top_value]["metric_total"].isna().all():
        return None  # a figure of no stated metric ("Dealers counted 2.537 million"): another whole could be meant
    top = group[group["value_total"] == group["value_total"].max()]
    if top["total_segment_total"].map(lambda seg: bool(lexicon().scope_free(seg) - {PASSENGER})).any():
        return None  # "11,482 new passenger cars" is the market a share of "new cars" is of; NEVs or exports are not
    cars = group[group["total_segment_total"].map(lambda seg: lexicon().scope_free(seg) == {PASSENGER})]
    powertrain = any(lexicon().family(x) == "powertrain" for x in group["segment"].iloc[0])
    if powertrain and len(cars) and not top["total_segment_total"].map(lambda seg: PASSENGER in seg).all():
        return None  # a plug-in hybrid share of all 299,900 motor vehicles or of the 239,410 passenger cars: either could be meant
    return top


def _unnamed(share: pd.Series) -> bool:
    """A share whose words name no total ("giving them a share of 9.4%"): of the market, as "of the total" is."""
    return not isinstance(share["of_metric"], str) and not (isinstance(share["of_segment"], frozenset) and share["of_segment"])


def _named(segment: frozenset) -> bool:
    return any(x.startswith("name:") for x in segment)


def _scale_slip(totals: pd.DataFrame) -> pd.Series:
    """A part larger than its total only because of its scale word ("7.41 crore" of "256.07 lakh"):
    kept, so the share check shows the slip."""
    a, b = totals["scale_part"], totals["scale_total"]
    return a.notna() & b.notna() & (a != b) & (totals["sentence_part"] == totals["sentence"])


def find_shares_of_sums(table: pd.DataFrame, reasons: dict[tuple[str, str], str] | None = None) -> dict[str, list[Claim]]:
    """"Together, North America and Europe made up 76.2% of revenue": the share of the sum of the
    named segments' levels in the total of the same period."""
    out: dict[str, list[Claim]] = {}
    if table.empty:
        return out
    mask = _stated_shares(table)
    if not mask.any():
        return out
    lex = lexicon()
    levels = table[table["kind"].isin(QUANTITY) & (table["role"] == "level")]
    stated = table[mask]
    for s in stated.itertuples(index=False):
        segment = s.segment
        if len(segment) == 1 and lex.leaves(next(iter(segment))) != segment:
            # a composite ("electrified", "NEVs") stated only through its members
            stated_itself = levels[(levels["file"] == s.file) & (levels["period"] == s.period)
                                   & (levels["segment"].map(lex.scope_free) == segment)]
            if len(stated_itself):
                continue
            segment = lex.leaves(next(iter(segment)))
        elif len(segment) < 2:
            continue
        optional = lex.leaves(next(iter(s.segment))) - lex.required_leaves(next(iter(s.segment))) if len(s.segment) == 1 else frozenset()
        s = s._replace(segment=segment)
        families = {lex.family(x) for x in s.segment}
        if len(families) != 1:
            continue
        family = next(iter(families))
        here = levels[(levels["file"] == s.file) & (levels["period"] == s.period)]
        parts = []
        for label in sorted(s.segment):
            fit = here[here["segment"].map(lambda seg, label=label: _part_fits(frozenset({label}), seg))]
            if fit.empty and label in optional:
                continue  # EREVs the article counts among PHEVs
            if fit.empty or fit["value"].nunique() != 1:
                break
            parts.append(fit.assign(d=(fit["start"] - s.start).abs()).sort_values("d").iloc[0])
        else:
            units = {(p["kind"] == "money", p["unit"] if p["kind"] == "money" else None) for p in parts}
            if len(units) != 1:
                continue
            money, unit = next(iter(units))
            whole = sum(p["value"] for p in parts)
            named = {p["metric"] for p in parts if isinstance(p["metric"], str)}
            wanted = lex.scope_free(s.of_segment) if isinstance(s.of_segment, frozenset) else frozenset()
            # the market, or the segment named ("60.1 percent of Chinese brands' volume"), never a part's family
            totals = here[~here["segment"].map(lambda seg, family=family: any(lex.family(x) == family for x in seg))
                          & (here["segment"].map(lex.scope_free) == wanted)
                          & ((here["kind"] == "money") == money) & (here["value"] > whole)]
            if money:
                totals = totals[totals["unit"] == unit]
            if named:
                totals = totals[totals["metric"].isna() | totals["metric"].isin(named)]
            if isinstance(s.of_metric, str):
                totals = totals[totals["metric"].isna() | (totals["metric"] == s.of_metric)]
            if totals["value"].nunique() != 1:
                if totals["value"].nunique() > 1 and reasons is not None:
                    reasons[(s.file, s.id)] = TWO_TOTALS
                continue  # no total, or two that could fit
            total = totals.iloc[0]
            out.setdefault(s.file, []).append(
                Claim("share", s.id, {"share": s.id, "parts": tuple(p["id"] for p in sorted(parts, key=lambda p: p["start"])),
                                      "total": total["id"]},
                      note="share of the sum of named segments, joined by measure"))
    return out


def find_restated_shares(records: Records, claimed: set[tuple[str, str]],
                         reasons: dict[tuple[str, str], str] | None = None) -> dict[str, list[Claim]]:
    """Shares that restate the level before them, of no segment the lexicon reads ("Tianheng … led with
    installations of 31.46 GWh, giving it a 43.8 percent share", "Zhongrui … 4.73 GWh, or 6.6 percent").
    The part is that level; the whole is the period's largest level of its unit and metric, with no
    segment (a region or name aside) stated before the share."""
    out: dict[str, list[Claim]] = {}
    reasons = {} if reasons is None else reasons
    lex = lexicon()
    for s in records.rows:
        key = (s.file, s.id)
        if s.kind != "percent" or s.role != "share" or not isinstance(s.restates, str) or key in claimed or reasons.get(key) == TWO_PARTS:
            continue
        if any(t.startswith("share:") for t in s.taken) or lex.scope_free(s.segment) or not isinstance(s.period, str):
            continue
        if isinstance(s.of_segment, frozenset) and s.of_segment:
            continue  # of a named segment or of something the lexicon cannot read
        part = records.by_key.get((s.file, s.restates))
        if part is None or lex.scope_free(part.segment - {JOINT}):
            continue  # a joint level of names ("Together, Arvel and Sorel registered 65,525 cars and made up 47.4%") is one part
        wanted = s.of_metric if isinstance(s.of_metric, str) else part.metric if isinstance(part.metric, str) else None
        wholes = [r for r in records.by_file[s.file] if r.period == s.period and r.role == "level"
                  and r.kind in QUANTITY and r.id != part.id and _same_kind(r, part)
                  and not lex.scope_free(r.segment) and not isinstance(r.item, str) and JOINT not in r.segment
                  and not _named(r.segment) and (wanted is None or not isinstance(r.metric, str) or r.metric == wanted)
                  and r.value > part.high]
        if isinstance(s.of_metric, str) and len({r.value for r in wholes if r.metric == s.of_metric}) > 1:
            continue  # "4.9 billion yuan, or 7.2% of revenue" beside two revenues of the quarter: two wholes could fit
        wholes = [r for r in wholes if r.start < s.start]  # the whole a share points back to
        if not wholes:
            continue
        top = max(r.value for r in wholes)
        total = min((r for r in wholes if r.value == top), key=lambda r: r.start)
        reasons.pop(key, None)  # two totals could fit a share of its segment; the level it restates has one whole before it
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": part.id, "total": total.id},
                  note="the level a share restates, of the period's whole"))
    return out


def _same_kind(a: Row, b: Row) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return a.unit == b.unit or not isinstance(a.unit, str) or not isinstance(b.unit, str)


_ANAPHOR = regex(r"^\W*(?:(?:But|And|Yet|So)\s+)?(?:that|this|it|these|those|which|they)\b", re.I)


def find_shares_of_figures(records: Records, texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """Shares whose words name their whole by its figure ("… only 6.2% of its 9.84 million vehicles",
    "That was 9.6% of the 181,460 used cars sold in total"). The part is the level the share restates,
    else the amount before it in its clause, else, where the sentence opens with "That"/"This"/"It",
    the last amount of the sentence before; of the whole's kind and smaller than it."""
    out: dict[str, list[Claim]] = {}
    for s in records.rows:
        if s.kind != "percent" or s.role != "share" or not isinstance(s.of_figure, str) or any(t.startswith("share:") for t in s.taken):
            continue
        total = records.by_key.get((s.file, s.of_figure))
        if total is None or total.role != "level":
            continue
        fits = [r for r in records.in_text_order[s.file] if r.start < s.start and r.kind in QUANTITY and r.role == "level"
                and r.id != total.id and _same_kind(r, total) and r.high < total.value and not isinstance(r.item, str)]
        part = records.by_key.get((s.file, s.restates)) if isinstance(s.restates, str) else None
        if part is None:
            here = [r for r in fits if r.sentence == s.sentence]
            before = [r for r in fits if r.sentence == s.sentence - 1]
            text = (texts or {}).get(s.file, "")
            opening = text[_sentence_start(text, s.start):s.start] if text else ""
            if here:
                part = here[-1]
            elif before and _ANAPHOR.match(opening):
                part = before[-1]
        if part is None or part.id == total.id or not _same_kind(part, total) or part.high >= total.value:
            continue
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": part.id, "total": total.id},
                  note="a share of the whole its words name by figure"))
    return out


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    return cut + 1 if cut >= 0 else 0
