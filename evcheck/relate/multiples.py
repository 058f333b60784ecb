"""Multiples found by measure: "more than doubled", "almost tripled", "eightfold" joined with the
level and the earlier level of the measure they describe, where the words leave them apart.

"Our EREV lineup more than doubled its deliveries year over year" … "In the second quarter of
2025, Aurelia delivered 48,415 BEVs and 19,870 EREVs", with the current 38,188 EREVs in a list
above: the multiple (EREVs, the quarter) joins the one level of its segment and period and the one
earlier level of that segment a period before (the multiple's basis, or the period its words
compare with). A multiple of no segment (the whole) joins only a level and an earlier value that
its words pin down: the level in the multiple's own sentence ("NEV exports were 264,000 units, …
and more than doubled from 118,000 units"), or a level stated together with its earlier value in
the multiple's paragraph ("Kaiyue delivered 412,600 vehicles in the quarter, up from 189,300 a year
earlier"). Where two levels or two earlier levels could fit, or a figure already serves a change of
its own, the multiple stays unchecked: a wrong pairing is worse than a missing check.
"""

from __future__ import annotations

import math
import re

from evcheck.cache import regex
from evcheck.periods import previous_code
from evcheck.relate.context import compares_others
from evcheck.relate.differences import (
    CHANGE_NEW,
    CHANGE_OLD,
    Fig,
    agree,
    figures_of,
    joined_ids,
    lead_words,
    names,
    own_names,
    same_unit,
)
from evcheck.relate.measures import Records
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import lexicon

NOTE = "multiple, its level and earlier level joined by measure"


def find_multiples(records: Records, texts: dict[str, str] | None = None,
                   claimed: dict[str, list[Claim]] | None = None) -> dict[str, list[Claim]]:
    """Multiple claims by file, for multiples whose own words found no level and earlier value; a
    multiple that `claimed` (the other joins' claims, rates.py's among them) holds stays theirs."""
    out: dict[str, list[Claim]] = {}
    paths = {r.file for r in records.rows if r.kind == "multiple" and r.role == "multiple" and not r.taken and isinstance(r.period, str)}
    for path in sorted(paths):
        figs = figures_of(records.in_text_order[path])
        held = joined_ids(claimed, path)
        text = (texts or {}).get(path, "")
        for m in figs:
            if m.kind == "multiple" and m.role == "multiple" and not m.taken and isinstance(m.period, str) and m.id not in held \
                    and not compares_others(text, m.start + len(m.text)) and not _of_a_thing_named(text, m, figs) \
                    and not _OUTDONE.search(text, max(0, m.start - 60), m.start):  # "BEVs outsold them 2.3 times over": one
                # thing against another, never a change over time
                claim = _joined(m, figs, lead_words(text, figs))
                if claim is not None:
                    out.setdefault(path, []).append(claim)
    return out


_OUTDONE = regex(r"\bout(?:sold|sells?|selling|numbered|numbers?|numbering|stripped|strips?|paced|paces?|shipped|produced|"
                 r"registered|delivered)\b[^.;:]*$", re.I)
_THE_THING = regex(r"\s+(?:the|that\s+of)\s+(?!(?:level|figure|total|number|volume|amount|sales|deliveries|registrations|output|"
                   r"production|exports|imports|revenue|previous|prior|year|month|quarter|same)s?\b)[a-z]", re.I)


def _of_a_thing_named(text: str, m: Fig, figs: list[Fig]) -> bool:
    """"Cars more than ten years old pay three times the standard excise": a multiple of a thing its words
    name, with no amount after it in its sentence, is no change between two figures of the article."""
    if not text or not _THE_THING.match(text, m.start + len(m.text)):
        return False
    return not any(q.sentence == m.sentence and q.start > m.start and q.quantity for q in figs)


def _joined(m: Fig, figs: list[Fig], lead: str) -> Claim | None:
    lex = lexicon()
    period = m.period
    assert period is not None
    before = m.versus if isinstance(m.versus, str) else previous_code(period, m.basis)
    if before is None or not m.value > 0:
        return None
    core = lex.scope_free(m.segment)
    whole = not core and not names(m.segment)
    levels = [q for q in figs if q.quantity and q.role == "level" and q.period == period and not (q.taken & CHANGE_NEW)
              and agree(m.metric, q.metric) and lex.scope_free(q.segment) == core
              and names(m.segment) <= names(q.segment) and own_names(q, m, lead) and agree(m.entity, q.entity)]
    pairs: dict[tuple[float, float], tuple[Fig, Fig]] = {}
    beside = _in_sentence(m, before, figs)
    if beside is not None:  # "NEV exports were 264,000 units, …, and more than doubled from 118,000 units"
        levels = []
        pairs[(beside[0].value, beside[1].value)] = beside
    pinned = _pinned_earlier(m, figs, before)
    for new in levels:
        for old in _earlier(new, m, before, figs, lead):
            if whole and new.sentence != m.sentence and (old.sentence != new.sentence or new.paragraph != m.paragraph) \
                    and not (pinned is old and new.sentence == m.sentence - 1 and new.paragraph == m.paragraph
                             and new.metric is not None and old.metric == new.metric):
                continue  # the whole's level and earlier value, pinned down by neither the multiple's words nor each other's
                # ("51,200 … deliveries. The company has tripled its quarterly volume in two years, from 22,400": pinned)
            key = (new.value, old.value)
            best = pairs.get(key)
            if best is None or _distance(m, new, old) < _distance(m, *best):
                pairs[key] = (new, old)
    if pinned is not None:  # "Energy-storage shipments have more than doubled from 1.02 GWh": that value, or none
        pairs = {k: v for k, v in pairs.items() if v[1].id == pinned.id}
    if len(pairs) != 1:
        return None
    new, old = next(iter(pairs.values()))
    if not old.value > 0 or not m.value / 2 <= new.value / old.value <= m.value * 2:
        return None  # ×14 for "more than doubled": two figures of different things, not a wrong word
    mode = "fold" if "fold" in m.text.lower() else "times"
    return Claim("multiple", m.id, {"rate": m.id, "new": new.id, "old": old.id}, sign=m.sign or (1 if m.value >= 1 else -1),
                 basis=m.basis, mode=mode, note=NOTE)


def _pinned_earlier(m: Fig, figs: list[Fig], before: str) -> Fig | None:
    """The earlier value the multiple's own words compare with: the next figure of its sentence,
    when that is an earlier value ("more than doubled from 1.02 GWh") or the level of the period
    compared with ("more than double the 486 brought in during 2024")."""
    after = next((q for q in figs if q.sentence == m.sentence and q.start > m.start), None)
    if after is None or not after.quantity:
        return None
    return after if after.role == "earlier" or after.role == "level" and after.period == before else None


def _in_sentence(m: Fig, before: str, figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """The level and earlier value the multiple's own sentence gives it: the one amount before it
    and the one earlier value after it, of one unit and measure; or, after a multiple that opens its
    sentence's figures, the two amounts that follow ("BEV sales have almost tripled: 61,380 were
    sold in the first half, against 21,950 a year earlier"), which measure what it says."""
    lex = lexicon()
    own = [q for q in figs if q.sentence == m.sentence and q.quantity]
    lead, after = [q for q in own if q.start < m.start], [q for q in own if q.start > m.start]
    if len(lead) == 1 and len(after) == 1:
        new, old = lead[0], after[0]
    elif not lead and len(after) == 2 and not lex.scope_free(after[0].segment) and not lex.scope_free(after[1].segment):
        new, old = after
        new = new._replace(segment=new.segment | lex.scope_free(m.segment))
    else:
        return None
    if new.role != "level" or old.role != "earlier" or new.taken & CHANGE_NEW or old.taken & CHANGE_OLD:
        return None
    if old.period not in (before, None) or not same_unit(new, old) or not agree(new.metric, old.metric):
        return None
    if not agree(m.metric, new.metric) or not lex.scope_free(m.segment) <= lex.scope_free(new.segment):
        return None
    return new, old


def _earlier(new: Fig, m: Fig, before: str, figs: list[Fig], lead: str) -> list[Fig]:
    """The earlier values of `new`'s measure: a period before, of its segment (names may add the
    article's subject, named before its first figure: "Aurelia delivered 19,870 EREVs", never a
    rival's "Li Auto delivered 19,870 EREVs"); or an earlier value the text gives no period, stated
    in the level's or the multiple's sentence ("up from 189,300 a year earlier")."""
    lex = lexicon()
    core = lex.scope_free(new.segment)
    out = []
    for q in figs:
        if not q.quantity or q.id == new.id or q.role not in ("level", "earlier") or q.taken & CHANGE_OLD:
            continue
        if not same_unit(q, new) or not agree(q.metric, new.metric) or not agree(q.entity, new.entity):
            continue
        beside = q.role == "earlier" and q.sentence in (new.sentence, m.sentence) and q.start > min(new.start, m.start)
        dated = (q.period == before and lex.scope_free(q.segment) == core and names(new.segment) <= names(q.segment)
                 and own_names(q, new, lead))
        undated = q.period is None and beside and (lex.scope_free(q.segment) in (core, frozenset()))
        if dated or undated:
            out.append(q)
    return out


def _distance(m: Fig, new: Fig, old: Fig) -> float:
    return math.fsum((abs(new.start - m.start), abs(old.start - m.start)))
