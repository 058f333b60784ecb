"""Margins found by measure: a margin joined with its profit and the revenue of its period.

"Revenue for the quarter was 11.44 trillion yen and the operating margin was 10.1%", with the
operating profit of 1.16 trillion yen two sentences before: the margin's meaning is data
(`data/measures.csv`: operating_margin = operating_profit / revenue), so the margin joins the
operating profit and the revenue of the same period and segment. A bare "margin" ("€6.1 billion,
an AOI margin of 6.3%") is of the amount just before it in its sentence. A margin of a loss, or
one with two revenues that could fit, is left alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from evcheck.cache import regex
from evcheck.relate import context as cx
from evcheck.relate.measure import UNNAMED, lexicon
from evcheck.relate.model import Claim


def find_ratios(table: pd.DataFrame, texts: dict[str, str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    if table.empty:
        return out
    # the mask in one pass over the few rows of a table, not a pandas operation each
    dated = table["period"].notna().tolist()
    mask = np.array([k == "percent" and m in lex.ratio_of and r in ("level", "earlier") and d and "share:share" not in t
                     for k, m, r, d, t in zip(table["kind"].tolist(), table["metric"].tolist(), table["role"].tolist(), dated,
                                              table["taken"].tolist())], dtype=bool)
    if not mask.any():
        return out
    margins = table[mask]
    money = table[(table["kind"] == "money") & table["role"].isin(("level", "earlier")) & table["period"].notna()]
    by_key: dict[tuple, list[dict]] = {}
    for row in money.to_dict("records"):
        row["core"] = lex.scope_free(row["segment"])
        by_key.setdefault(_key(row), []).append(row)
    for m in margins.to_dict("records"):
        num_metric, den_metric = lex.ratio_of[m["metric"]]
        core = lex.scope_free(m["segment"])
        same = [r for r in by_key.get(_key(m), [])
                if r["core"] == core and _agree(r["entity"], m["entity"])]
        if num_metric == "*":
            before = [r for r in same if r["sentence"] == m["sentence"] and r["start"] < m["start"] and r["metric"] != den_metric]
            numerator = max(before, key=lambda r: r["start"]) if before else None
        else:
            numerator = _nearest([r for r in same if r["metric"] == num_metric], m)
        denominator = _nearest([r for r in same if r["metric"] == den_metric], m)
        if numerator is None or denominator is None:
            continue
        if numerator["unit"] != denominator["unit"] or not 0 < numerator["value"] < denominator["value"]:
            continue
        text = texts.get(m["file"], "")
        if cx.LOSS.search(text[max(0, numerator["start"] - 60):numerator["start"]]):
            continue
        out.setdefault(m["file"], []).append(
            Claim("share", m["id"], {"share": m["id"], "part": numerator["id"], "total": denominator["id"]},
                  note=f"{m['metric'].replace('_', ' ')} = {num_metric if num_metric != '*' else 'profit'} / {den_metric}"))
    return out


_OR_BETWEEN = regex(r"\s*(?:,|\()\s*(?:or|about|around|roughly|some|equal\s+to|equivalent\s+to)?\s*")


def find_shares_of_metrics(table: pd.DataFrame, texts: dict[str, str]) -> dict[str, list[Claim]]:
    """"Research spending climbed to 4.9 billion yuan, or 7.2% of revenue": a share of a named
    metric, of the amount just before it, over that metric's level of the same period."""
    out: dict[str, list[Claim]] = {}
    if table.empty:
        return out
    dated = table["period"].notna().tolist()
    mask = np.array([k == "percent" and r == "share" and len(g) == 0 and isinstance(o, str) and d and "share:share" not in t
                     for k, r, g, o, d, t in zip(table["kind"].tolist(), table["role"].tolist(), table["segment"].tolist(),
                                                 table["of_metric"].tolist(), dated, table["taken"].tolist())], dtype=bool)
    if not mask.any():
        return out
    stated = table[mask]
    lex = lexicon()
    amounts = table[table["kind"].isin(("money", "count", "number"))]
    for s in stated.to_dict("records"):
        here = amounts[(amounts["file"] == s["file"]) & (amounts["sentence"] == s["sentence"]) & (amounts["start"] < s["start"])]
        if here.empty:
            continue
        part = here.loc[here["start"].idxmax()]
        text = texts.get(s["file"], "")
        if not _OR_BETWEEN.fullmatch(text, part["start"] + len(part["text"]), s["start"]) or part["metric"] == s["of_metric"]:
            continue
        whole = amounts[(amounts["file"] == s["file"]) & (amounts["metric"] == s["of_metric"]) & (amounts["period"] == s["period"])
                        & amounts["role"].isin(("level",)) & (amounts["kind"] == part["kind"])
                        & (amounts["segment"].map(lambda seg: not lex.scope_free(seg)))]
        if part["kind"] == "money":
            whole = whole[whole["unit"] == part["unit"]]
        whole = whole[whole["value"] > part["value"]]
        total = _nearest(whole.to_dict("records"), s)
        if total is None:
            continue
        out.setdefault(s["file"], []).append(
            Claim("share", s["id"], {"share": s["id"], "part": part["id"], "total": total["id"]},
                  note=f"share of {s['of_metric'].replace('_', ' ')}, joined by measure"))
    return out


def _key(row: dict) -> tuple:
    """An earlier value is a level of its period; in an article that names no period, "earlier"
    is all that tells the two times apart."""
    return (row["file"], row["period"], row["role"] if row["period"] == UNNAMED else None)


def _agree(a: object, b: object) -> bool:
    return not isinstance(a, str) or not isinstance(b, str) or a == b


def _nearest(candidates: list[dict], m: dict) -> dict | None:
    """The candidate of the margin's sentence, else the only value the text gives."""
    if not candidates:
        return None
    here = [r for r in candidates if r["sentence"] == m["sentence"]]
    if here and len({r["value"] for r in here}) == 1:
        return here[0]
    if len({r["value"] for r in candidates}) == 1:
        return candidates[0]
    loose = [r for r in candidates if not isinstance(r.get("item"), str)]  # a list's item is a segment's revenue
    if loose and len(loose) < len(candidates) and len({r["value"] for r in loose}) == 1:
        return loose[0]
    return None
