"""Claims found by joining the measures table: one module per relation family reads it."""

from __future__ import annotations

import pandas as pd

from evcheck.relate.breakdowns import find_breakdowns, prose_parts
from evcheck.relate.differences import find_differences
from evcheck.relate.doubtful_sums import doubtful_sum
from evcheck.relate.lists import ranked_entries
from evcheck.relate.measures import Records
from evcheck.relate.model import Claim
from evcheck.relate.multiples import find_multiples
from evcheck.relate.places import is_flow, scoped_apart
from evcheck.relate.points import find_points
from evcheck.relate.rates import find_rates
from evcheck.relate.ratios import find_ratios, find_shares_of_metrics
from evcheck.relate.shares import (
    find_counted_shares,
    find_period_shares,
    find_restated_shares,
    find_shares,
    find_shares_of_figures,
    find_shares_of_sums,
    find_shares_together_with,
    find_table_wholes,
)


def join_claims(table: pd.DataFrame | Records, texts: dict[str, str] | None = None,
                reasons: dict[tuple[str, str], str] | None = None) -> dict[str, list[Claim]]:
    """Claims by file; `reasons` gets why a figure was left unchecked on purpose ("two totals could fit")."""
    out: dict[str, list[Claim]] = {}
    records = table if isinstance(table, Records) else Records(table)
    if not records.rows:
        return out
    taken_totals = {(r.file, r.id) for r in records.rows if "sum:total" in r.taken}
    prose = prose_parts(records.rows, texts or {})  # "Of the 31.6 GWh shipped, EV cells accounted for …": read once, for the
    # sums and the margins
    for found in (find_shares(records, reasons, texts), find_shares_of_sums(records, reasons, texts), find_breakdowns(records, taken_totals, texts, prose),
                  find_rates(records, texts), find_ratios(records, texts or {}, prose), find_shares_of_metrics(records, texts or {}),
                  find_points(records, texts), find_shares_together_with(records, texts or {})):
        for path, claims in found.items():
            out.setdefault(path, []).extend(claims)
    named = find_shares_of_figures(records, texts)  # the whole the words name by its figure wins over any joined one
    by_figure = {(r.file, r.id) for r in records.rows if isinstance(r.of_figure, str)}  # found or not: another whole is wrong
    for path in list(out):
        out[path] = [c for c in out[path] if not (c.rule == "share" and (path, c.roles.get("share")) in by_figure)]
    for path, claims in named.items():
        out.setdefault(path, []).extend(claims)
    claimed = {(path, share) for path, cs in out.items() for c in cs if c.rule == "share" and isinstance(share := c.roles.get("share"), str)}
    claimed |= by_figure
    for path, claims in find_restated_shares(records, claimed, reasons, texts).items():
        out.setdefault(path, []).extend(claims)
    joined = {(path, share) for path, cs in out.items() for c in cs if c.rule == "share" and isinstance(share := c.roles.get("share"), str)}
    for path, claims in find_period_shares(records, joined, texts or {}).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in find_table_wholes(records, out).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in find_counted_shares(records, out, texts).items():
        out.setdefault(path, []).extend(claims)
    for found in (find_differences(records, texts, out), find_multiples(records, texts, out)):  # last: what the others joined stays theirs
        for path, claims in found.items():
            out.setdefault(path, []).extend(claims)
    for path in list(out):
        text = (texts or {}).get(path, "")
        rows = records.by_file.get(path, [])
        segment_of = {r.id: r.segment for r in rows if isinstance(r.segment, frozenset)}
        start_of = {r.id: r.start for r in rows}
        value_of = {r.id: r.value for r in rows}
        out[path] = [c for c in out[path] if not doubtful_sum(c, segment_of, start_of, text, value_of)]
    for path in list(out):
        entries = ranked_entries((texts or {}).get(path, ""))
        if entries:
            start_of = {r.id: r.start for r in records.by_file.get(path, [])}
            out[path] = [c for c in out[path] if not _across_entries(c, start_of, entries, (texts or {}).get(path, ""))]
    if any(isinstance(r.scope, str) for r in records.rows):
        for path in list(out):
            rows = records.by_file[path]
            scopes = {r.id: r.scope for r in rows if isinstance(r.scope, str)}
            sentence_of = {r.id: r.sentence for r in rows}
            flows = {r.id for r in rows if is_flow(r.metric, r.segment)}
            out[path] = [c for c in out[path] if not (scopes and scoped_apart(c, scopes, sentence_of, flows))]
    return out


def _across_entries(claim: Claim, start_of: dict[str, int], entries: list[tuple[int, int]], text: str) -> bool:
    """A claim that takes a figure from one ranked entry's notes and another from a different entry ("Electrified drivetrains
    made up €2.98 billion of the orders, or 61.3%" under the first entry, against the third entry's €3.94 billion)."""
    placed = []
    for fid in claim.figures:
        pos = start_of.get(fid)
        if pos is None:
            continue
        k = next((i for i, (a, b) in enumerate(entries) if a <= pos < b), None)
        placed.append((k, k is not None and text.find("\n", entries[k][0]) < pos))
    inside = {k for k, _ in placed if k is not None}
    return len(inside) > 1 and any(note for _, note in placed)
