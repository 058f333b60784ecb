"""Margins found by measure: a margin joined with its profit and the revenue of its period.

"Revenue for the quarter was 11.44 trillion yen and the operating margin was 10.1%", with the
operating profit of 1.16 trillion yen two sentences before: the margin's meaning is data
(`data/measures.csv`: operating_margin = operating_profit / revenue), so the margin joins the
operating profit and the revenue of the same period and segment. A bare "margin" ("€6.1 billion,
an AOI margin of 6.3%") is of the amount just before it in its sentence. A margin of a loss, or
one with two revenues that could fit, is left alone.
"""

from __future__ import annotations

import re

import pandas as pd

from evcheck.relate.measure import lexicon
from evcheck.relate.measures import entity_agrees
from evcheck.relate.model import Claim

_LOSS = re.compile(r"\b(?:loss|losses|deficit)\b", re.I)


def find_ratios(table: pd.DataFrame, texts: dict[str, str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    margins = table[(table["kind"] == "percent") & table["metric"].isin(list(lex.ratio_of))
                    & table["role"].isin(("level", "earlier")) & table["period"].notna()
                    & ~table["taken"].map(lambda t: "share:share" in t)]
    if margins.empty:
        return out
    money = table[(table["kind"] == "money") & table["role"].isin(("level", "earlier")) & table["period"].notna()]
    for m in margins.itertuples(index=False):
        num_metric, den_metric = lex.ratio_of[m.metric]
        same = money[(money["file"] == m.file) & (money["period"] == m.period) & (money["role"] == m.role)
                     & entity_agrees(money["entity"], pd.Series(m.entity, index=money.index))
                     & (money["segment"].map(lex.scope_free) == lex.scope_free(m.segment))]
        if num_metric == "*":
            before = same[(same["sentence"] == m.sentence) & (same["start"] < m.start) & (same["metric"] != den_metric)]
            numerator = before.sort_values("start").tail(1)
        else:
            numerator = _nearest(same[same["metric"] == num_metric], m)
        denominator = _nearest(same[same["metric"] == den_metric], m)
        if numerator is None or denominator is None or len(numerator) != 1:
            continue
        num, den = numerator.iloc[0], denominator.iloc[0]
        if num["unit"] != den["unit"] or not 0 < num["value"] < den["value"]:
            continue
        text = texts.get(m.file, "")
        if _LOSS.search(text[max(0, num["start"] - 60):num["start"]]):
            continue
        out.setdefault(m.file, []).append(
            Claim("share", m.id, {"share": m.id, "part": num["id"], "total": den["id"]},
                  note=f"{m.metric.replace('_', ' ')} = {num_metric if num_metric != '*' else 'profit'} / {den_metric}"))
    return out


def _nearest(candidates: pd.DataFrame, m) -> pd.DataFrame | None:
    """The candidate of the margin's sentence, else the only value the text gives."""
    if candidates.empty:
        return None
    here = candidates[candidates["sentence"] == m.sentence]
    if len(here) and here["value"].nunique() == 1:
        return here.head(1)
    if candidates["value"].nunique() == 1:
        return candidates.head(1)
    return None
