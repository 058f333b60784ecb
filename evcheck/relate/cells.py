"""Tables: cells become figures with measures, and the table's own relations become claims.

A cell's measure comes from its row label and its column header (`read/table_headers.py`): a
period ("Q2 2025", "Jul 2024"), a change column ("YoY", "QoQ", "% change"), a share column
("Share"), and a unit from the header, the label or the caption ("RMB million", "US$",
"in thousands", "lakh units"). Relations are read from the table's structure, never guessed:

- a row's change column against that row's values for the two periods the header names
  ("YoY" under Q2 2025 and Q2 2024 columns);
- a column's segments against its Total row (and a row's segment columns against a Total column),
  exact when the segments cover their family (passenger and commercial, domestic and exports,
  brands with "Others"), otherwise "may not exceed";
- a share column against the row's value over the Total row's value in the latest period;
- periods that tile a longer one against it (quarters against the year, in a row).

A header that leaves any doubt (two candidate periods, a fiscal year against months, two units)
leaves its cells out. Prose claims that the words found among cells (a table flattened into
lines) are dropped: cells relate through the table only. A prose figure with the measure of a
cell (same metric, segment and period) is checked against it ("revenue of RMB 6.2bn" against
6,180.4 in an RMB million table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from evcheck.extract.model import Figure
from evcheck.periods import period_from_code, previous
from evcheck.read.table_headers import (
    POINTS_WORDS,
    SHARE_WORDS,
    SUB_LABEL,
    TOTAL_LABEL,
    Unit,
    header_period,
    rate_basis,
    read_unit,
)
from evcheck.read.tables import Cell, Table
from evcheck.relate.measure import Measure, lexicon
from evcheck.relate.model import Claim

if TYPE_CHECKING:
    import pandas as pd

_REST = re.compile(r"^\W*(?:others?|other\s+\w+|rest(?:\s+of\s+\w+)?|remainder|all\s+others)\W*$", re.I)
_MARGIN = re.compile(r"\b(?:margin|ratio|rate|%|percent|share|penetration)\b", re.I)
_COMPLETE = [frozenset({"domestic", "export"}), frozenset({"passenger", "commercial"})]


@dataclass(frozen=True)
class CellFigure:
    """A figure that is a table cell, with what the table says it measures."""

    table: int
    cell: Cell
    figure: Figure
    role: str  # level | rate | share | points
    period: str | None
    basis: str
    unit_key: tuple
    total: bool
    sub: bool
    metric: str | None
    segment: frozenset

    @property
    def where(self) -> str:
        return f"table {self.table}, row “{self.cell.label}”, column “{self.cell.header}”"


def _decimals(text: str) -> int:
    m = re.search(r"[0-9][0-9,]*\.([0-9]+)", text)
    return len(m.group(1)) if m else 0


def _retype(f: Figure, cell: Cell, unit: Unit, role: str) -> Figure | None:
    """The cell's figure in the unit its header gives: "6,180.4" under "RMB million" is
    RMB 6,180,400,000 ± 50,000."""
    if re.fullmatch(r"\(\s*[^()]*[0-9][^()]*\)", cell.text) and f.value > 0:  # "(1,234.5)", "(4.1)": an accountant's minus
        f = replace(f, value=-f.value, low=-f.high, high=-f.low, round_low=-f.round_high, round_high=-f.round_low)
    if role in ("rate", "share"):
        if f.kind not in ("percent", "number"):
            return None
        d = _decimals(cell.text)
        half = 0.5 * 10 ** -d
        return replace(f, kind="percent", unit="%", low=f.value - half, high=f.value + half,
                       round_low=f.value - half, round_high=f.value + half)
    if role == "points":
        if f.kind not in ("points", "number", "percent"):
            return None
        half = 0.5 * 10 ** -_decimals(cell.text)
        return replace(f, kind="points", unit="pp", low=f.value - half, high=f.value + half,
                       round_low=f.value - half, round_high=f.value + half)
    if f.kind == "percent":
        return f  # a margin or a rate in a level column: a level in percent, never summed with amounts
    if f.kind not in ("number", "count", "money") or f.hedge:
        return None

    scale = unit.scale if not f.scale else 1.0
    if scale == 1.0 and unit.kind is None:
        return f
    value = f.value * scale
    d = _decimals(cell.text)
    if f.scale:  # "2.593 million" in a cell states its own scale and rounding
        half = (f.round_high - f.round_low) / 2
    else:
        half = (0.5 * 10 ** -d * scale) if (d or scale > 1) else (f.round_high - f.round_low) / 2
    kind = f.kind
    unit_code = f.unit
    if kind == "number" and unit.kind == "money":
        kind, unit_code = "money", unit.currency
    elif kind == "number" and unit.kind == "count":
        kind, unit_code = "count", "units"
    return replace(f, kind=kind, unit=unit_code, value=value, low=value - half, high=value + half,
                   round_low=value - half, round_high=value + half, scale=f.scale or unit.scale_word)


@lru_cache(maxsize=4096)
def _role(header: str, label: str) -> tuple[str, str]:
    if POINTS_WORDS.search(header):
        return "points", rate_basis(header) or "unspecified"
    basis = rate_basis(header)
    if basis:
        return "rate", basis
    if SHARE_WORDS.search(header) and not header_period(header) or re.fullmatch(r"\W*(?:share|%|% share|share \(%\))\W*", header, re.I):
        return "share", "unspecified"
    return "level", "unspecified"


@lru_cache(maxsize=4096)
def _segment(label: str) -> tuple[frozenset, str | None]:
    lex = lexicon()
    words = re.sub(r"\([^)]*\)", " ", label)
    found = {lex.segment_of[m.group(0).lower()] for m in lex.segment_re.finditer(words)}
    metric = None
    for kind_re in lex.metric_re.values():
        for m in kind_re.finditer(words):
            metric = lex.metric_of.get(m.group(0).lower(), (None, None))[0] or metric
    if not found and words.strip() and not TOTAL_LABEL.match(words) and not _REST.match(words) and metric is None:
        found = {"name:" + re.sub(r"\s+", " ", words.strip().strip("*:")).lower()}
    if _REST.match(words):
        found = {"remainder"}
    return frozenset(found), metric


def table_figures(tables: list[Table], figures: list[Figure]) -> tuple[list[Figure], dict[str, CellFigure]]:
    """The figures with those inside table cells retyped by their headers, and what each such
    cell measures, by figure id."""
    if not tables:
        return figures, {}
    import bisect

    by_id = {f.id: f for f in figures}
    ordered = sorted(figures, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    cells: dict[str, CellFigure] = {}
    for t in tables:
        caption_metric = _segment(t.caption)[1] or _segment(t.columns[0])[1]
        for cell in t.cells():
            lo, hi = bisect.bisect_left(starts, cell.start), bisect.bisect_right(starts, cell.end)
            own = [f for f in ordered[lo:hi] if f.end <= cell.end + 1]
            if len(own) != 1:
                continue  # an empty cell, or two numbers in one: nothing the table says about it
            f = own[0]
            if len(cell.text) > len(f.text) + 12:
                continue  # a sentence in a cell (a layout table): prose, related by its words
            role, basis = _role(cell.header, cell.label)
            if f.kind == "points" and role in ("rate", "level"):
                role = "points"  # "+2.0pp" under "YoY": a margin's change in points
            if role == "level" and _MARGIN.search(cell.label) and f.kind in ("number", "percent"):
                role = "margin"
            unit = read_unit(cell.header, cell.label, t.columns[0], t.caption)
            new = _retype(f, cell, unit, "level" if role == "margin" else role)
            if new is None:
                continue
            segment, metric = _segment(cell.label)
            key = ("percent",) if new.kind in ("percent", "points") else (("money", new.unit) if new.kind == "money" else ("count",))
            cells[f.id] = CellFigure(t.index, cell, new, role, header_period(cell.header), basis, key,
                                     bool(TOTAL_LABEL.match(cell.label)), bool(SUB_LABEL.match(cell.label)),
                                     metric or caption_metric, segment)
            by_id[f.id] = new
    return [by_id[f.id] for f in figures], cells


def cell_measures(cells: dict[str, CellFigure], entity: str | None = None) -> dict[str, Measure]:
    """Each cell's measure, as the measures table and the JSON 'measure' object show it."""
    out = {}
    for fid, c in cells.items():
        role = {"margin": "level", "points": "points"}.get(c.role, c.role)
        out[fid] = Measure(entity, c.metric, c.segment, c.period, role, c.basis if c.role == "rate" else "unspecified",
                           item=f"table{c.table}:{c.cell.label}")
    return out


# ---- relations within a table --------------------------------------------------------------------

def _claim(rule: str, subject: str, roles: dict, note: str, c: CellFigure, **kw: Any) -> Claim:
    return Claim(rule, subject, roles, note=note, extra={"cell": {"table": c.table, "row": c.cell.label, "column": c.cell.header}}, **kw)


def _growths(rows: dict, table: int) -> list[Claim]:
    claims = []
    for cells in rows.values():
        levels = [c for c in cells if c.role == "level" and c.period]
        for rate in (c for c in cells if c.role == "rate"):
            pairs = []
            for new in levels:
                if rate.period and new.period != rate.period:
                    continue
                try:
                    before = previous(period_from_code(new.period), rate.basis)
                except ValueError:
                    continue
                if before is None:
                    continue
                olds = [o for o in levels if o.period == before.code and o.unit_key == new.unit_key]
                if len(olds) == 1:
                    pairs.append((new, olds[0]))
            if rate.basis == "unspecified":
                periods = {c.period for c in levels}
                if len(periods) != 2:
                    continue  # "% change" between which two columns: only a two-period table says
            if not pairs:
                continue
            latest = max(period_from_code(n.period).end for n, _ in pairs)
            pairs = [(n, o) for n, o in pairs if period_from_code(n.period).end == latest]
            if len({n.unit_key for n, _ in pairs}) > 1:
                # the same change in RMB and in US$: the currency of the earlier column decides
                pairs = pairs[:1]
            if len(pairs) != 1:
                continue
            new, old = pairs[0]
            if new.figure.value <= 0 or old.figure.value <= 0:
                continue  # a loss's change: releases write a narrower loss as + or as −, so nothing is sure
            sign = -1 if rate.figure.value < 0 else 1
            claims.append(_claim("growth", rate.figure.id, {"rate": rate.figure.id, "new": new.figure.id, "old": old.figure.id},
                                 "table: the change column against the row's two periods", rate, sign=sign,
                                 basis=rate.basis if rate.basis != "unspecified" else "yoy"))
    return claims


def _points(rows: dict) -> list[Claim]:
    """A margin row's change in points ("+2.0pp" under "YoY") against its two periods' margins."""
    claims = []
    for cells in rows.values():
        margins = [c for c in cells if c.role == "margin" and c.period]
        for change in (c for c in cells if c.role == "points"):
            if change.basis == "unspecified" and len({m.period for m in margins}) != 2:
                continue
            pairs = []
            for new in margins:
                if change.period and new.period != change.period:
                    continue
                before = previous(period_from_code(new.period), change.basis if change.basis != "unspecified" else "yoy")
                olds = [o for o in margins if before is not None and o.period == before.code]
                if len(olds) == 1:
                    pairs.append((new, olds[0]))
            if change.basis == "unspecified" and not pairs:
                ordered = sorted(margins, key=lambda m: period_from_code(m.period).end)
                pairs = [(ordered[-1], ordered[0])] if len(ordered) == 2 else []
            if pairs:
                latest = max(period_from_code(n.period).end for n, _ in pairs)
                pairs = [(n, o) for n, o in pairs if period_from_code(n.period).end == latest]
            if len(pairs) != 1:
                continue
            new, old = pairs[0]
            claims.append(_claim("points", change.figure.id, {"new": new.figure.id, "old": old.figure.id, "change": change.figure.id},
                                 "table: the points column against the row's two margins", change,
                                 sign=-1 if change.figure.value < 0 else 1, mode="pp"))
    return claims


def _family(c: CellFigure) -> str:
    lex = lexicon()
    fams = {lex.family(x) if x not in ("remainder",) else "rest" for x in c.segment}
    return next(iter(fams)) if len(fams) == 1 else "mixed"


def _sum_claims(members: list[CellFigure], total: CellFigure, note: str) -> list[Claim]:
    """Segments against their total, by family: a table listing passenger and commercial, then
    domestic and exports, holds two breakdowns of one total."""
    lex = lexicon()
    parts = [m for m in members if not m.sub and not m.total and m.unit_key == total.unit_key and m.role == total.role == "level"
             and m.figure.kind != "percent"]
    if len(parts) < 2:
        return []
    families: dict[str, list[CellFigure]] = {}
    for p in parts:
        families.setdefault(_family(p), []).append(p)
    rest = families.pop("rest", [])
    claims = []
    for family, group in families.items():
        if family in ("mixed", "scope"):
            continue
        labels = frozenset(x for p in group for x in p.segment)
        leaves = frozenset().union(*(lex.leaves(x) for x in labels)) if labels else frozenset()
        complete = any(need <= leaves for need in _COMPLETE) or (bool(rest) and len(families) == 1)
        if family != "name" and not complete and len(families) > 1:
            continue
        if family == "name" and len(families) > 1:
            continue  # names beside a known breakdown: sub-rows, not segments of the total
        items = group + (rest if len(families) == 1 else [])
        if len(items) < 2:
            continue
        mode = "exact" if complete or (family == "name" and rest) else "at-most"
        if family == "class" and not complete:
            mode = "at-most"
        ordered = sorted(items, key=lambda c: c.figure.start)
        claims.append(_claim("sum", total.figure.id, {"parts": tuple(c.figure.id for c in ordered), "total": total.figure.id},
                             note, total, mode=mode))
    return claims


def _column_sums(columns: dict, table: int) -> list[Claim]:
    claims = []
    for cells in columns.values():
        totals = [c for c in cells if c.total and c.role == "level"]
        if len(totals) != 1 or totals[0].figure.kind == "percent":
            continue
        claims += _sum_claims([c for c in cells if c is not totals[0]], totals[0], "table: the rows of a column against its Total row")
    return claims


def _row_sums(rows: dict) -> list[Claim]:
    """A Total column: the row's segment columns of its period against it."""
    claims = []
    for cells in rows.values():
        totals = [c for c in cells if TOTAL_LABEL.match(_strip_period(c.cell.header)) and c.role == "level"]
        if len(totals) != 1:
            continue
        total = totals[0]
        members = [c for c in cells if c is not total and c.role == "level" and c.period == total.period]
        segs = []
        for c in members:
            segment, _ = _segment(_strip_period(c.cell.header))
            segs.append(replace(c, segment=segment, total=False, sub=bool(SUB_LABEL.match(c.cell.header))))
        claims += _sum_claims(segs, total, "table: the columns of a row against its Total column")
    return claims


def _strip_period(header: str) -> str:
    return re.sub(r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY|CY)?\s?'?(?:19|20)?\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
                  " ", header).strip()


def _shares(rows: dict, columns: dict) -> list[Claim]:
    """A share column: the row's level in the latest period over the Total row's."""
    claims = []
    levels = [c for cells in rows.values() for c in cells if c.role == "level" and c.figure.kind != "percent"]
    by_col: dict[int, list[CellFigure]] = {}
    for c in levels:
        by_col.setdefault(c.cell.col, []).append(c)
    for cells in columns.values():
        shares = [c for c in cells if c.role == "share"]
        if not shares:
            continue
        period = shares[0].period
        candidates = [k for k, cs in by_col.items() if (period is None or cs[0].period == period) and cs[0].period]
        if period is None and candidates:
            latest = max(period_from_code(str(by_col[k][0].period)).end for k in candidates)
            candidates = [k for k in candidates if period_from_code(str(by_col[k][0].period)).end == latest]
        elif not candidates:
            candidates = list(by_col) if len(by_col) == 1 else []
        units = {by_col[k][0].unit_key for k in candidates}
        if not candidates or len(units) != 1 and len(candidates) > 1:
            candidates = candidates[:1] if candidates else []
        if len(candidates) != 1:
            continue
        level_col = by_col[candidates[0]]
        totals = [c for c in level_col if c.total]
        if len(totals) != 1:
            continue
        total = totals[0]
        by_row = {c.cell.row: c for c in level_col}
        for s in shares:
            part = by_row.get(s.cell.row)
            if part is None or s.total or part.total:
                continue
            claims.append(_claim("share", s.figure.id, {"share": s.figure.id, "part": part.figure.id, "total": total.figure.id},
                                 "table: the share column against the row over the Total row", s))
    return claims


def _tilings(rows: dict) -> list[Claim]:
    """Quarters (or months) of a row against the year (or span) they make up, in one unit."""
    from datetime import timedelta

    claims = []
    for cells in rows.values():
        levels = [c for c in cells if c.role == "level" and c.period and c.figure.kind != "percent"
                  and not re.search(r"\bFY", c.cell.header, re.I)]  # a fiscal year need not be the calendar year
        by_unit: dict[tuple, list[CellFigure]] = {}
        for c in levels:
            by_unit.setdefault(c.unit_key, []).append(c)
        for group in by_unit.values():
            spans: dict[str, tuple] = {}
            for c in group:
                if c.period in spans:
                    spans = {}
                    break
                p = period_from_code(str(c.period))
                spans[str(c.period)] = (p.start, p.end, c)
            for code, (start, end, whole) in spans.items():
                inner = sorted((s, e, c) for k, (s, e, c) in spans.items() if k != code and start <= s and e <= end)
                day, chosen = start, []
                for s, e, c in inner:
                    if s == day:
                        chosen.append(c)
                        day = e + timedelta(days=1)
                if len(chosen) >= 2 and day == end + timedelta(days=1) and len(chosen) == len(inner):
                    claims.append(_claim("sum", whole.figure.id, {"parts": tuple(c.figure.id for c in chosen), "total": whole.figure.id},
                                         "table: the periods of a row against the period they make up", whole, mode="exact"))
    return claims


def _conversions(rows: dict) -> list[Claim]:
    """One amount in two currency columns of one period ("Q2 2025 RMB", "Q2 2025 US$"): a conversion."""
    claims = []
    for cells in rows.values():
        by_period: dict[str | None, list[CellFigure]] = {}
        for c in cells:
            if c.role == "level" and c.figure.kind == "money":
                by_period.setdefault(c.period, []).append(c)
        for period, group in by_period.items():
            if len(group) != 2 or group[0].figure.unit == group[1].figure.unit:
                continue
            amount, converted = sorted(group, key=lambda c: c.cell.col)
            when = {}
            if period:
                p = period_from_code(period)
                when = {"period_start": p.start.isoformat(), "period_end": p.end.isoformat()}
            claims.append(Claim("conversion", converted.figure.id, {"amount": amount.figure.id, "converted": converted.figure.id},
                                mode="pair", note="table: one amount in two currency columns",
                                extra={**when, "cell": {"table": converted.table, "row": converted.cell.label,
                                                        "column": converted.cell.header}}))
    return claims


def table_claims(cells: dict[str, CellFigure]) -> list[Claim]:
    """Every relation the tables' structure states."""
    by_table: dict[int, list[CellFigure]] = {}
    for c in cells.values():
        by_table.setdefault(c.table, []).append(c)
    claims: list[Claim] = []
    for t, members in by_table.items():
        rows: dict[int, list[CellFigure]] = {}
        columns: dict[int, list[CellFigure]] = {}
        for c in sorted(members, key=lambda c: (c.cell.row, c.cell.col)):
            rows.setdefault(c.cell.row, []).append(c)
            columns.setdefault(c.cell.col, []).append(c)
        claims += _growths(rows, t)
        claims += _points(rows)
        claims += _column_sums(columns, t)
        claims += _row_sums(rows)
        claims += _shares(rows, columns)
        claims += _tilings(rows)
        claims += _conversions(rows)
    return claims


def with_tables(claims: list[Claim], measures: dict[str, Measure], cells: dict[str, CellFigure],
                figures: Sequence[Figure] = ()) -> tuple[list[Claim], dict[str, Measure]]:
    """The prose claims that hold no cell (words found among a table's lines relate nothing), the
    table's own claims, and prose figures against the cell of their measure; the measures with
    each cell's from its table."""
    if not cells:
        return claims, measures
    kept = [c for c in claims if not any(fid in cells for fid in c.figures)]
    rates = prose_rates(kept, measures, cells)
    upgraded = {c.roles["rate"] for c in rates}
    kept = [c for c in kept if not (c.rule == "implied-prior" and c.roles.get("rate") in upgraded)]
    return kept + table_claims(cells) + restated(figures, measures, cells) + rates, {**measures, **cell_measures(cells)}


def prose_rates(claims: list[Claim], measures: dict[str, Measure], cells: dict[str, CellFigure]) -> list[Claim]:
    """A rate in the prose whose words give it no earlier value ("up 4.4% from the second quarter
    of 2024") against the table's cells of its measure for the two periods: a growth check in
    place of the earlier value it only implied."""
    lex = lexicon()
    taken = {c.roles.get("rate") for c in claims if c.rule != "implied-prior"}
    levels = [c for c in cells.values() if c.role == "level" and c.metric and c.period and c.figure.kind != "percent" and not c.sub]
    out = []
    for fid, m in measures.items():
        if fid in cells or fid in taken or m.role != "rate" or not m.metric or not m.period or m.item:
            continue
        before = m.versus
        if before is None:
            try:
                p = previous(period_from_code(m.period), m.basis if m.basis != "unspecified" else "yoy")
            except ValueError:
                continue
            before = p.code if p else None
        if before is None:
            continue

        def fits(c: CellFigure, period: str, m: Measure = m) -> bool:
            return c.metric == m.metric and c.period == period and lex.scope_free(c.segment) == lex.scope_free(m.segment)

        pairs = [(n, o) for n in levels if fits(n, m.period) for o in levels if fits(o, before) and o.unit_key == n.unit_key
                 and o.cell.row == n.cell.row and o.table == n.table]
        if len({(n.figure.value, o.figure.value) for n, o in pairs}) != 1:
            continue  # no cell, or two that could fit (RMB and US$ give one pair each: the first is taken)
        new, old = pairs[0]
        if new.figure.value <= 0 or old.figure.value <= 0:
            continue  # a loss's change: its sign is the writer's convention
        out.append(Claim("growth", fid, {"rate": fid, "new": new.figure.id, "old": old.figure.id}, sign=m.sign or 1,
                         basis=m.basis, note="table: a rate in the text against the table's two periods",
                         extra={"cell": {"table": new.table, "row": new.cell.label, "column": new.cell.header}}))
    return out


def _unit_key(f: Figure) -> tuple:
    return ("percent",) if f.kind in ("percent", "points") else (("money", f.unit) if f.kind == "money" else ("count",))


def restated(figures: Sequence[Figure], measures: dict[str, Measure], cells: dict[str, CellFigure]) -> list[Claim]:
    """A level in the prose with the measure of one table cell (metric, segment, period, unit):
    "Total revenues were RMB 6.18 billion in the second quarter" against the table's 6,180.4
    under "Q2 2025 RMB" (in millions). Where two cells could fit, nothing is checked."""
    lex = lexicon()
    levels = [c for c in cells.values() if c.role == "level" and c.metric and c.period and c.figure.kind != "percent"]
    claims = []
    for f in figures:
        m = measures.get(f.id)
        if f.id in cells or m is None or m.role != "level" or not m.metric or not m.period or not f.relatable:
            continue
        if f.kind not in ("money", "count") or m.item:
            continue
        fits = [c for c in levels if c.metric == m.metric and c.period == m.period and c.unit_key == _unit_key(f)
                and lex.scope_free(c.segment) == lex.scope_free(m.segment) and not c.sub]
        if len({c.figure.value for c in fits}) != 1:
            continue
        cell = fits[0]
        claims.append(Claim("sum", f.id, {"parts": (cell.figure.id,), "total": f.id}, mode="exact",
                            note="table: the text restates a table cell",
                            extra={"cell": {"table": cell.table, "row": cell.cell.label, "column": cell.cell.header}}))
    return claims


__all__ = ["CellFigure", "cell_measures", "table_figures", "table_claims", "with_tables"]


def name_cells(checks: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The checks with a `cell` column: for a check of a table's relation, the table, row label and
    column header of the cell whose stated value it tests (its line and column are the cell's).
    The message names them too, so every format shows where in the table the finding is."""
    if checks.empty or "key" not in checks.columns:
        return checks.assign(cell=None) if "cell" not in checks.columns else checks
    cell_of = {k: (e or {}).get("cell") for k, e in zip(claims["key"], claims["extra"])}
    cells = [cell_of.get(k) for k in checks["key"]]
    messages = [m if not c else f"{m} [table {c['table']}: row “{c['row']}”, column “{c['column']}”]"
                for m, c in zip(checks["message"], cells)]
    return checks.assign(cell=cells, message=messages)
