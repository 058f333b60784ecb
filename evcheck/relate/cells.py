"""Tables: cells become figures with measures, and the table's own relations become claims.

A cell's measure comes from its row label and its column header (`read/table_headers.py`): a
period ("Q2 2025", "Jul 2024"; in a table whose rows are periods, the row's), a segment and a
metric (the row label's, and the header's qualifiers: "NEV wholesale, Sep"), a change column
("YoY", "QoQ", "% change"), a share column ("Share"), and a unit from the header, the label or
the caption ("RMB million", "US$", "in thousands", "lakh units"). Where no header names a period
and the table has one column of levels, the period is the one the prose around it gives.
Relations among a table's cells are read from its structure, never guessed:

- a row's change column against that row's values for the two periods the header names
  ("YoY" under Q2 2025 and Q2 2024 columns), or, where the rows are periods, against the row of
  the period it compares with; a row with one level and a change only implies its earlier value;
- a column's segments against its Total row (and a row's segment columns against a Total column),
  exact when the segments cover their family (passenger and commercial, domestic and exports,
  brands with "Others"), otherwise "may not exceed";
- a share column against the row's value over the Total row's value in the latest period, and a share row
  ("Chinese-brand share") against the row of its name over the one whole row, column by column;
- periods that tile a longer one against it (quarters against the year, in a row or a column);
- a column of rows that are a whole breakdown with no Total row (a rest row, or "Country by country:" above the table)
  against the one prose total of its measure (`breakdown_totals`).

A header that leaves any doubt (two candidate periods, a fiscal year against months, two units)
leaves its cells out. Prose claims that the words found among cells (a table flattened into lines)
are dropped. Text that is a table flattened with no structure left to read (a run of labels and
numbers, `flattened`) is no table: its figures take no measure, so no join guesses one. Cells join
the measures table (`mark_cells`), so the finders by measure relate them to the prose (a prose
share whose part is a row, a prose total of a share column), but a join among cells alone is
dropped (`prose_joins`). Here too the prose meets the table: a prose figure with the measure of one
cell is checked against it (rule `restated`: "revenue of RMB 6.2bn" against 6,180.4 in an RMB
million table), a prose rate against the cells of its two periods, a prose share of a row's name
against that row's measure, and prose that names rows by count ("the five makers in the table",
"the top three brands") against those rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from evcheck.cache import regex
from evcheck.extract.model import Figure
from evcheck.periods import canonical_period, find_all_periods, find_periods, period_from_code, previous, previous_code
from evcheck.prefilter import guarded
from evcheck.read.table_headers import (
    POINTS_WORDS,
    SHARE_WORDS,
    SUB_LABEL,
    TOTAL_LABEL,
    Unit,
    header_period,
    not_added,
    rate_basis,
    read_unit,
    week_header,
    year_ago_header,
)
from evcheck.read.tables import Cell, Table
from evcheck.relate.context import LOSS, Context, is_old_lead, sentence_start
from evcheck.relate.electric import ELECTRIC
from evcheck.relate.measures import Records
from evcheck.relate.model import OPEN_TOTAL, Claim
from evcheck.relate.places import JOINT as PLACES_JOINT
from evcheck.relate.places import WIDE, apart, places
from evcheck.relate.timeline import fiscal_label
from evcheck.relate.vocabulary import JOINT, PASSENGER, REMAINDER, UNNAMED, Measure, document_lexicon, lexicon

_EXPORT, _DOMESTIC = "export", "domestic"
_ABROAD = frozenset({_EXPORT, "home_and_abroad"})

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.read import Document

_WEEK_HEADER = regex(r"(?:[Ww]eek|[Ww]k\.?|W)\s*\d{1,2}")
_REST_ROW = regex(r"^\W*(?:others?|rest|remainder|all\s+other)\b", re.I)  # "Other dealers (31 groups)"
# "Others", "Other fuels", and a row that ends a list of minor kinds with them ("Ethanol, gas, other", "LPG/CNG/other")
_REST = regex(r"^\W*(?:others?|other\s+\w+|rest(?:\s+of\s+\w+)?|remainder|all\s+others?)\W*$|(?:,|/|&|\band)\s*others?\W*$", re.I)
_MARGIN = regex(r"\b(?:margin|ratio|rate|%|percent|share|penetration)\b", re.I)
_COMPLETE = [frozenset({"domestic", "export"}), frozenset({"passenger", "truck", "bus", "van"})]  # passenger + commercial, by leaves


@dataclass(frozen=True)
class CellFigure:
    """A figure that is a table cell, with what the table says it measures."""

    table: int
    cell: Cell
    figure: Figure
    role: str  # level | rate | share | points
    period: str | None
    basis: str
    unit_key: tuple[str, ...]
    total: bool
    sub: bool
    metric: str | None
    segment: frozenset[str]  # the row label's
    frame: frozenset[str] = frozenset()  # the column header's qualifiers: "NEV wholesale, Sep" counts NEVs
    context: str | None = None  # the period the prose around the table gives, where the header names none
    by_period: bool = False  # a cell of a table whose rows are periods
    internal: bool = False  # a cell of a plain-text table whose columns name measures, no period ("Dealer group  Units
    # Share"): its rows may overlap, so they are summed only where the table shows itself whole
    parent: int | None = None  # the row an indented row stands under ("  Overseas" under "Global production"): its part
    within: frozenset[str] = frozenset()  # that row's segment, which the indented row's includes
    heads: bool = False  # rows stand indented under this one: like a Total row, a whole of its own
    whole: bool = False  # the rows are a whole breakdown (an "Others" row, or "… as follows:" above): see `breakdown_totals`
    year_ago: bool = False  # a "Year ago" column: the period the other level columns take, a year back
    led: bool = False  # the caption leads into a breakdown ("Orrin's segment breakdown, as of April 30:"): its rows are whole

    @property
    def where(self) -> str:
        return f"table {self.table}, row “{self.cell.label}”, column “{self.cell.header}”"

    @property
    def when(self) -> str | None:
        """The cell's period: its header's or row's, else the one the prose around the table gives."""
        return self.period or self.context

    @property
    def place(self) -> dict[str, object]:
        """Where the cell is, as a finding's `cell` field gives it: the table, its row and column, and
        the cell's line and column in the source."""
        return {"table": self.table, "row": self.cell.label, "column": self.cell.header,
                "line": self.figure.line, "col": self.figure.col}


def _decimals(text: str) -> int:
    m = re.search(r"[0-9][0-9,]*\.([0-9]+)", text)
    return len(m.group(1)) if m else 0


_RATIO_HEADER = regex(r"\bratio\b|\b(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:previous|prior|last)\s+year\b", re.I)
_SIGNED = regex(r"\s*[+\-−–]")


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
        value = f.value
        if role == "rate" and _RATIO_HEADER.search(cell.header) and not _SIGNED.match(cell.text):
            value -= 100  # "YoY ratio 101.4%" (this year over last, Japanese style): a rise of 1.4%
        return replace(f, kind="percent", unit="%", value=value, low=value - half, high=value + half,
                       round_low=value - half, round_high=value + half)
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
    if unit.physical and f.kind == "number" and f.unit is None and scale == 1.0:
        return replace(f, unit=unit.physical)  # "29.7" under "Installations (GWh)": 29.7 GWh, as the prose's "68.4GWh"
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


_AMOUNT_CHANGE = regex(r"[$€£¥]\s*(?:m|mn|bn|million|billion)?\s*change|\bchange\s*\(\s*(?:[$€£¥]|units|abs|absolute|amount)"
                       r"|\babs(?:olute|\.)?\s*change|\bchange\s+in\s+(?:units|amount)", re.I)


@lru_cache(maxsize=4096)
def _role(header: str, label: str) -> tuple[str, str]:
    if _AMOUNT_CHANGE.search(header):
        return "change", "unspecified"  # "$ Change" beside "% Change": an amount, never a rate
    if POINTS_WORDS.search(header):
        return "points", rate_basis(header) or "unspecified"
    basis = rate_basis(header)
    if basis:
        return "rate", basis
    if SHARE_WORDS.search(header) and not header_period(header) or re.fullmatch(r"\W*(?:share|%|% share|share \(%\))\W*", header, re.I):
        return "share", "unspecified"
    return "level", "unspecified"


_ELECTRIC_ROW = regex(r"\W*(?:electric|fully\s+electric|electric\s+(?:cars?|vehicles?)|EVs?|battery)\W*$", re.I)


def _fuel_rows(t: Table) -> bool:
    """Rows that name fuel types, a plug-in hybrid among them: there "Electric" can only be battery-electric."""
    lex = lexicon()
    labels = [x for row in t.rows if row for x in _segment(row[0].label)[0] if lex.family(x) == "powertrain"]
    return "phev" in labels and len(set(labels)) >= 2


@lru_cache(maxsize=4096)
def _segment(label: str) -> tuple[frozenset[str], str | None]:
    lex = lexicon()
    words = re.sub(r"\([^)]*\)", " ", label)
    found = set(lex.segments_in(words))
    if (model := _MODEL_LABEL.fullmatch(words.strip())) is not None and not lex.segments_in(model.group("name")) \
            and lex.named_metric(model.group("name")) is None:
        return _named(model.group("name")), None  # "Dunmore Ridgeway pickup", "Haneul Orbit SUV": a model, its body type aside
    metric = lex.named_metric(lex.segment_re.sub(" ", words))  # "Locally built" is where cars come from, not their production
    if not found and _PLAIN_FUEL.fullmatch(words) and len(inner := set(lex.segments_in(" ".join(re.findall(r"\(([^)]*)\)", label))))) == 1:
        found = inner  # "Gas (LNG/CNG)": the brackets name what the plain word does not
    if not found and _SOURCE_LABEL.fullmatch(words):
        found = {"imported"}  # "| Imported | 48,915 |" beside "| Locally built |": the imported vehicles
    if not found and words.strip() and not TOTAL_LABEL.match(words) and not _REST.search(words) and metric is None:
        found = set(_named(label))
    if _REST.search(words):
        found = {"remainder"}
    return frozenset(found), metric


_MODEL_LABEL = regex(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z0-9][\w'’-]*)+)\s+(?:pickup|SUV|crossover|sedan|saloon|hatchback|EV|van|"
                     r"wagon|estate|coupe|truck|MPV|minivan)s?")
_PLAIN_FUEL = regex(r"\W*(?:gas|gaseous\s+fuels?|alternative\s+fuels?|fuel)\W*", re.I)  # a fuel's plain word, named in its brackets
_SOURCE_LABEL = regex(r"\W*(?:imported|imports?|fully\s+imported)\W*", re.I)
_PLACE_TOTAL = regex(r"\W*(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+total\W*", re.I)


def _total_row(label: str) -> bool:
    """"Total", and "EU total" or "Nordic total": a place's total is its market's, where "BEV total" is a subtotal."""
    if TOTAL_LABEL.match(label):
        return True
    lex = lexicon()
    place = _PLACE_TOTAL.fullmatch(label)
    if place is None:
        return False
    found, metric = _segment(place.group("place"))
    return metric is None and bool(found) and all(lex.family(x) == "region" for x in found)


def _place_total_row(t: Table) -> int | None:
    """The last row of a table of places named by the place the others lie in ("New South Wales", "Victoria", …,
    "Australia"): their total, as a "Total" row would be. The others, three at least, are places the gazetteer does not
    hold (states, provinces) or places within it; "Spain" under "Germany", "France" and "Italy" is one more peer."""
    labels = [row[0].label.strip(" *:") if row else "" for row in t.rows]
    if len(labels) < 4 or any(not label or _total_row(label) for label in labels[:-1]):
        return None
    gazetteer = places()
    last = gazetteer.mentions(labels[-1])
    if len(last) != 1 or (last[0].start, last[0].end) != (0, len(labels[-1])) or last[0].place in (WIDE, PLACES_JOINT):
        return None
    whole = last[0].place
    for label in labels[:-1]:
        named = [m for m in gazetteer.mentions(label) if (m.start, m.end) == (0, len(label))]  # "Western Australia" is a state
        if any(m.place == whole or whole not in gazetteer.within.get(m.place, ()) for m in named):
            return None
    return len(t.rows) - 1


def _named(label: str) -> frozenset[str]:
    return frozenset({"name:" + re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", label).strip().strip("*:")).lower()})


@lru_cache(maxsize=4096)
def _qualifiers(header: str) -> tuple[frozenset[str], str | None]:
    """The segment and metric a column header names besides its period ("NEV wholesale, Sep":
    NEVs, wholesale), from the vocabulary only: a header's other words ("RMB", "Units") name nothing."""
    lex = lexicon()
    words = re.sub(r"\([^)]*\)", " ", _strip_period(header))
    found = lex.segments_in(words)
    return found, lex.named_metric(words)


def _row_periods(t: Table, today: date | None = None, fiscal: tuple[int, int] | None = None) -> dict[str, str] | None:
    """Each row's period, for a table whose rows are periods ("Q2 2025", "Jul 2024", a Total row at
    most) and whose value columns name none: each cell's period is its row's. None for any other table.

    Rows that name months without a year ("January" … "May", "Jan-May") are dated as the article's
    latest such months: this year where the last of them has begun by the article's date, last year
    otherwise; only when they run in calendar order and the caption names no other year."""
    if any(header_period(h) for h in t.columns[1:]):
        return None
    labels = [row[0].label for row in t.rows if row]
    periods = {lb: p for lb in labels if (p := fiscal_label(lb, fiscal) or header_period(lb))}
    if len(periods) >= 2 and all(lb in periods or TOTAL_LABEL.match(lb) for lb in labels):
        return periods
    if periods or today is None or len(labels) < 2:
        return None
    months = {lb: _bare(lb) for lb in labels if not TOTAL_LABEL.match(lb)}
    if months and not all(_YEARLESS_MONTHS.fullmatch(m) for m in months.values()):
        return _day_rows(months, t, today)
    if not months:
        return None
    years = {m.group(0) for m in _CAPTION_YEAR.finditer(t.caption)}
    if len(years) > 1:
        return None
    lasts = [period_from_code(p).end.month for m in months.values() if (p := header_period(f"{m} 2000"))]
    if len(lasts) != len(months) or lasts != sorted(lasts):
        return None
    year = int(years.pop()) if years else _latest_year(lasts[-1], 1, today)
    dated = {lb: p for lb, m in months.items() if (p := header_period(f"{m} {year}"))}
    return dated if len(dated) == len(months) else None


def _day_rows(labels: dict[str, str], t: Table, today: date) -> dict[str, str] | None:
    """Rows of a weekly estimate's days ("May 1-5", "May 6-11", …, "May 1-17"), dated as the article's latest such days:
    this year where the month has begun by the article's date, last year otherwise, unless the caption names a year."""
    years = {int(m.group(0)) for m in _CAPTION_YEAR.finditer(t.caption)}
    if len(years) > 1:
        return None
    caption_year = next(iter(years), None)
    dated = {}
    for lb, bare in labels.items():
        found = find_all_periods(bare, today.year)
        if len(found) != 1 or found[0][:2] != (0, len(bare)) or not _DAY_CODE.fullmatch(code := found[0][2].code):
            return None
        p = period_from_code(code)
        year = caption_year or _latest_year(p.start.month, p.start.day, today)
        dated[lb] = p.shifted_years(year - p.start.year).code
    return dated if len(dated) >= 2 else None


_DAY_CODE = regex(r"\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}")


def _column_periods(t: Table, today: date | None) -> dict[str, str]:
    """Value columns headed by months without a year ("| Maker | October | Jan-Oct |"), dated as the article's
    latest such months: this year where the month has begun by the article's date, last year otherwise, unless
    the caption names a year of its own; or headed by weeks ("This week | Week ago", "Wk 37 | Wk 36")."""
    if today is None or any(header_period(h) for h in t.columns[1:]):
        return {}
    if weeks := _week_columns(t, today):
        return weeks
    if _CAPTION_YEAR.search(t.caption):
        return {}
    return {h: p for h in t.columns[1:] if _YEARLESS_MONTHS.fullmatch(m := _bare(h)) and (p := _latest_months(m, today)) is not None}


def _week_columns(t: Table, today: date) -> dict[str, str]:
    """Columns headed by weeks, as 7-day periods: "This week" the seven days to the article's date and "Week ago" the
    seven before them (only their order matters to a change column), "Wk 37" the ISO week of the article's year (of the
    year before, where that week has not begun by the article's date). Two such columns at least, or none."""
    found: dict[str, str] = {}
    for h in t.columns[1:]:
        week = week_header(h)
        if week == 0:
            start = today - timedelta(days=6)
        elif week == -1:
            start = today - timedelta(days=13)
        elif week is not None:
            try:
                start = date.fromisocalendar(today.year, week, 1)
                if start > today:
                    start = date.fromisocalendar(today.year - 1, week, 1)
            except ValueError:
                continue
        else:
            continue
        found[h] = f"{start.isoformat()}..{(start + timedelta(days=6)).isoformat()}"
    return found if len(set(found.values())) >= 2 else {}


def _latest_months(months: str, today: date) -> str | None:
    """The code of months named without a year ("October", "Jan-Oct") as the article's latest such months: this year
    where the last of them has begun by the article's date, last year otherwise."""
    if (last := header_period(f"{months} 2000")) is None:
        return None
    return header_period(f"{months} {_latest_year(period_from_code(last).end.month, 1, today)}")


def _latest_year(month: int, day: int, today: date) -> int:
    """The year of the latest such day before the article's date: a table that names "May" or "May 1-5" without a
    year reports this year's where that day has come by the article's date, last year's otherwise."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def _caption_period(t: Table, today: date | None) -> str | None:
    """The one month a caption names for a table whose columns and rows name none ("March sales by company (units)"),
    dated as the article's latest such month, or with the caption's own year."""
    found = find_periods(t.caption)
    if len(found) == 1:
        return found[0][2].code
    months = _CAPTION_MONTH.findall(t.caption)
    return _latest_months(months[0], today) if not found and today is not None and len(months) == 1 else None


@lru_cache(maxsize=256)
def _counts_only(metric: str) -> bool:
    """A metric whose words all count units (retail, registrations): never an amount of money."""
    kinds = {k for m, k in lexicon().metric_of.values() if m == metric}
    return kinds == {"count"}


def _bare(label: str) -> str:
    return label.strip().strip("*").strip()


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEARLESS_MONTHS = regex(rf"{_MONTH}(?:\s*(?:-|–|to)\s*{_MONTH})?", re.I)
_CAPTION_MONTH = regex(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_CAPTION_YEAR = regex(r"\b(?:19|20)\d{2}\b")


# the part of each year a table's year columns count: "Output by plant, January-June (cars)", "Sales, first nine months"
_SPAN_IN_CAPTION = regex(rf"\b(?:{_MONTH}\s*(?:-|–|—|to)\s*{_MONTH}|first\s+(?:half|quarter|(?:three|six|nine|\d{{1,2}})\s+months)|H[12]|Q[1-4])(?![\w-])",
                         re.I)


def _year_span(span: str, year: str) -> str:
    """The code of a caption's part of one year ("January-June" of 2026 is 2026-H1); the year where it reads as none."""
    found = find_periods(f"{span} {year}")
    if len(found) != 1:
        return year
    return canonical_period(found[0][2]).code


_THE_FOLLOWING = regex(r"\bthe\s+following\b", re.I)  # "Importers and the domestic makers together registered the following
# cars by brand:": what the table counts is named after it, never by who did the counting


def _caption_frame(t: Table) -> frozenset[str]:
    """The segment a table's caption or its label column's header names for every cell ("Vehicle
    exports (in thousands of units)": exports, so its Total is no total of all sales), unless the
    caption names the rows' own segments ("Sales of passenger and commercial vehicles")."""
    lead = _THE_FOLLOWING.search(t.caption)
    found = _qualifiers(t.caption[lead.start():] if lead else t.caption)[0] | _qualifiers(t.columns[0] if t.columns else "")[0]
    if not found:
        return found
    rows = {x for row in t.rows if row for x in _segment(row[0].label)[0]}
    return frozenset() if found & rows else found


def _beyond(frame: frozenset[str], segment: frozenset[str]) -> frozenset[str]:
    """The caption's segments a row's own does not already lie within ("NEV sales by type": a BEV
    row is within the NEVs, so it stays BEVs)."""
    lex = lexicon()
    inside = frozenset().union(*(lex.leaves(x) for x in segment)) if segment else frozenset()
    return frozenset(x for x in frame if not (inside and inside <= lex.leaves(x)))


def table_figures(tables: list[Table], figures: list[Figure], today: date | None = None,
                  fiscal: tuple[int, int] | None = None) -> tuple[list[Figure], dict[str, CellFigure]]:
    """The figures with those inside table cells retyped by their headers, and what each such
    cell measures, by figure id; `today`, the article's date, dates rows that name months only;
    `fiscal`, how the article names its fiscal years (timeline.fiscal_reading), dates "FY2025"."""
    if not tables:
        return figures, {}
    import bisect

    by_id = {f.id: f for f in figures}
    ordered = sorted(figures, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    cells: dict[str, CellFigure] = {}
    for t in tables:
        caption_metric = _segment(t.caption)[1] or _segment(t.columns[0])[1]
        caption_frame = _caption_frame(t)
        row_periods = _row_periods(t, today, fiscal)
        by_period = row_periods is not None
        column_periods = {} if by_period else _column_periods(t, today)
        whole_table = None if by_period or column_periods or any(header_period(h) for h in t.columns[1:]) else _caption_period(t, today)
        fuel_rows = _fuel_rows(t)
        span = m.group(0) if (m := _SPAN_IN_CAPTION.search(t.caption)) else None
        internal = t.kind == "text" and not by_period and not any(header_period(h) or _WEEK_HEADER.fullmatch(h.strip()) for h in t.columns[1:])
        # "Brand  Week 41  Week 40": columns of weeks, each a time of its own, never measures whose rows may overlap
        whole = not by_period and _whole_breakdown(t)
        led = _leads_into_breakdown(t.caption, noun=True)
        place_total = None if by_period else _place_total_row(t)
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
            segment: frozenset[str]
            metric: str | None
            year_ago = not by_period and year_ago_header(cell.header)
            if by_period:
                segment, metric, period = frozenset(), None, row_periods.get(cell.label) if row_periods else None
            else:
                segment, metric = _segment(cell.label)
                period = fiscal_label(cell.header, fiscal) or header_period(cell.header) or column_periods.get(cell.header) or whole_table
                if year_ago:
                    period = previous_code(whole_table, "yoy") if whole_table else None  # "Year ago": the caption's period a year back
                if period and len(period) == 4 and span:
                    period = _year_span(span, period)  # "Output by plant, January-June" over "2026   2025": the first halves
                if fuel_rows and _ELECTRIC_ROW.match(cell.label):
                    segment = frozenset({"bev"})  # "Electric" among "Petrol", "Hybrid", "Plug-in hybrid": battery-electric
            if metric and new.kind == "money" and _counts_only(metric):
                metric = None  # "Advertising and retail | £1.4m" under "Revenue by stream": a line of revenue, no retail volume
            parent = t.parents.get(cell.row) if not by_period else None
            within: frozenset[str] = frozenset()
            if parent is not None:
                within, above = _segment(t.rows[parent][0].label)
                if above and role in ("level", "rate"):  # "  Vehicle sales" under "Revenue": revenue from vehicle sales
                    segment, metric = segment or _named(cell.label), above
                segment |= within - {"remainder"}
            frame, header_metric = _qualifiers(cell.header) if role in ("level", "margin") else (frozenset(), None)
            if role in ("level", "margin"):
                frame |= _beyond(caption_frame, segment)
            cells[f.id] = CellFigure(t.index, cell, new, role, period, basis, _unit_key(new),
                                     _total_row(cell.label) or cell.row == place_total, bool(SUB_LABEL.match(cell.label)),
                                     metric or header_metric or caption_metric, segment, frame, by_period=by_period,
                                     internal=internal, parent=parent, within=within, heads=cell.row in t.parents.values(),
                                     whole=whole, year_ago=year_ago, led=led)
            by_id[f.id] = new
    return [by_id[f.id] for f in figures], cells


# the words above a table that lead into a whole breakdown: "Country by country:", "The three reporting segments contributed
# as follows:", "By region:"; never the leaders alone ("The top five brands:", "Selected markets:", "including:")
_BREAKDOWN_LEAD = regex(r"(?:\bas\s+follows|\bby\s+(?:country|market|region|segment|division|brand|make|maker|manufacturer|fuel(?:\s+type)?|"
                        r"powertrain|state|province)|\b(?:country|market|region|segment|brand|state|province)\s+by\s+\w+|"
                        r"\b(?:split|broken\s+down|breaks?\s+down|divided)\b[^:]*)\s*:\s*$", re.I)
_BREAKDOWN_NOUN = regex(r"\bbreakdown\b[^:]*:\s*$", re.I)  # "Orrin's segment breakdown, as of April 30:" above a table with its Total
_TOTAL_WORD = regex(r"\W*(?:total|sum|combined|overall|all\s+(?!others?\b))\b", re.I)  # "Total, undiscounted", "All counties"
_CALLED_TOTAL = regex(r"\btotals?\b[^.;:]{0,40}$", re.I)  # "The comparable total for the first half of 2025 was 618,780"
_PARTIAL_LEAD = regex(r"\b(?:top|largest|biggest|leading|main|major|selected|some|among|includ\w*|notabl\w*|key|best-selling)\b", re.I)


def _whole_breakdown(t: Table) -> bool:
    """Whether a table's rows are the whole of what a column counts, with no Total row of their own: a row for the rest
    ("All others", "Rest of world"), or a caption that leads into a breakdown ("Country by country:")."""
    labels = [row[0].label for row in t.rows if row]
    if len(labels) < 2 or t.parents or any(_total_row(lb) or _TOTAL_WORD.match(lb) or SUB_LABEL.match(lb) for lb in labels):
        return False
    if any(_REST_ROW.match(lb) or _REST.search(lb) for lb in labels):
        return True
    return _leads_into_breakdown(t.caption)


def _leads_into_breakdown(caption: str, noun: bool = False) -> bool:
    """Whether a table's caption leads into a breakdown ("Country by country:"); with `noun`, a "… breakdown, as of April
    30:" too, which says so of a table with its own Total row; never the leaders alone ("The top five brands:")."""
    said = _BREAKDOWN_LEAD.search(caption) or noun and _BREAKDOWN_NOUN.search(caption)
    return bool(said) and not _PARTIAL_LEAD.search(caption)


def breakdown_totals(measures: dict[str, Measure], cells: dict[str, CellFigure], figures: Sequence[Figure], text: str) -> list[Claim]:
    """A column of a table that is a whole breakdown against the total the prose gives for the column's measure: the
    regions' H1 2026 column against "The region's dealers delivered 658,420 cars …", the H1 2025 column against "The
    comparable total for the first half of 2025 was 618,780". The total is the one prose level of the column's period,
    unit and metric that names no segment beyond the table's own frame, within a factor of 1.6 of the column's sum (a
    figure further off counts something else); where two could fit, nothing is checked."""
    lex = lexicon()
    columns: dict[tuple[int, int], list[CellFigure]] = {}
    for c in cells.values():
        if c.whole and c.role == "level" and c.figure.kind in ("count", "number", "money"):
            columns.setdefault((c.table, c.cell.col), []).append(c)
    rows_of: dict[int, set[int]] = {}
    for c in cells.values():
        rows_of.setdefault(c.table, set()).add(c.cell.row)
    prose = [f for f in figures if f.id not in cells and f.kind in ("count", "number", "money") and f.relatable]
    claims = []
    for (table, _), column in columns.items():
        periods = {c.when for c in column}
        units = {c.unit_key for c in column}
        metrics = {c.metric for c in column}
        frames = {lex.scope_free(c.frame) for c in column}
        if len(column) != len(rows_of[table]) or len(periods) != 1 or None in periods or len(units) != 1 or len(metrics) != 1 \
                or len(frames) != 1:
            continue
        period, unit, metric, frame = periods.pop(), units.pop(), metrics.pop(), frames.pop()
        whole = sum(c.figure.value for c in column)
        fits = []
        for f in prose:
            m = measures.get(f.id)
            if m is None or m.role not in ("level", "earlier") or m.period != period or m.item or _unit_key(f) != unit:
                continue
            if metric and m.metric and m.metric != metric or lex.scope_free(m.segment) - {JOINT} != frame or _names(m.segment):
                continue
            if not (m.metric or _CALLED_TOTAL.search(text, max(0, f.start - 60), f.start)):
                continue  # the figure's words neither say what it counts nor call it a total ("Stock changed by 2,890")
            if whole > 0 and 0.625 * whole <= f.value <= 1.6 * whole and not _YEAR.match(f.text):
                fits.append(f)
        if len({f.value for f in fits}) != 1:
            continue
        total = fits[0]
        ordered = sorted(column, key=lambda c: c.figure.start)
        claims.append(Claim("sum", total.id, {"parts": tuple(c.figure.id for c in ordered), "total": total.id}, mode="exact",
                            note="table: a column of a whole breakdown against the total the text gives",
                            extra={"cell": ordered[0].place, OPEN_TOTAL: True}))
    return claims


def cell_measures(cells: dict[str, CellFigure], entity: str | None = None) -> dict[str, Measure]:
    """Each cell's measure, as the measures table and the JSON 'measure' object show it: the row
    label's segment with the column header's qualifiers, the metric, the period (the header's, the
    row's, or the prose's), the role. A cell other than a Total row is an item of its table, never a
    total for the prose; each is its own item, so no finder sums a table's column as a list."""
    out = {}
    for fid, c in cells.items():
        role = {"margin": "level", "points": "points"}.get(c.role, c.role)
        share = c.role == "share"
        out[fid] = Measure(entity, "share" if share else c.metric, c.segment | c.frame, c.when, role,
                           c.basis if c.role == "rate" else "unspecified", of_metric=c.metric if share else None,
                           item=None if c.total or c.heads else f"table{c.table}.{c.cell.row}.{c.cell.col}:{c.cell.label}")
    return out


# ---- relations within a table --------------------------------------------------------------------

def _claim(rule: str, subject: str, roles: dict[str, str | tuple[str, ...]], note: str, c: CellFigure, **kw: Any) -> Claim:
    return Claim(rule, subject, roles, note=note, extra={"cell": c.place}, **kw)


def _growths(rows: dict[int, list[CellFigure]]) -> list[Claim]:
    claims = []
    for cells in rows.values():
        levels = [c for c in cells if c.role == "level" and c.period]
        for rate in (c for c in cells if c.role == "rate"):
            pairs = []
            basis = "wow" if rate.basis == "unspecified" and levels and all(_DAY_CODE.fullmatch(str(c.period)) and _weekly(str(c.period))
                                                                          for c in levels) else rate.basis
            for new in levels:
                if rate.period and new.period != rate.period:
                    continue
                try:
                    before = previous(period_from_code(str(new.period)), basis)
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
            latest = max(period_from_code(str(n.period)).end for n, _ in pairs)
            pairs = [(n, o) for n, o in pairs if period_from_code(str(n.period)).end == latest]
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
                                 basis=basis if basis != "unspecified" else "yoy"))
    return claims


def _weekly(code: str) -> bool:
    p = period_from_code(code)
    return p.end - p.start == timedelta(days=6)


def _points(rows: dict[int, list[CellFigure]]) -> list[Claim]:
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
                before = previous(period_from_code(str(new.period)), change.basis if change.basis != "unspecified" else "yoy")
                olds = [o for o in margins if before is not None and o.period == before.code]
                if len(olds) == 1:
                    pairs.append((new, olds[0]))
            if change.basis == "unspecified" and not pairs:
                ordered = sorted(margins, key=lambda m: period_from_code(str(m.period)).end)
                pairs = [(ordered[-1], ordered[0])] if len(ordered) == 2 else []
            if pairs:
                latest = max(period_from_code(str(n.period)).end for n, _ in pairs)
                pairs = [(n, o) for n, o in pairs if period_from_code(str(n.period)).end == latest]
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


_PLAIN_TOTAL = regex(r"\W*(?:total|grand\s+total|group(?:\s+total)?)\W*", re.I)
_BARE_TOTAL = regex(r"\W*(?:total|all|overall|grand\s+total|market|group(?:\s+total)?)\W*", re.I)  # "Total", not "Total revenues"


_NOT_ADDED = regex(r"\b(?:days?['’]?\s+(?:of\s+)?supply|days\s+to\s+(?:sell|turn)|per\s+(?:unit|vehicle|car|kwh|tonne)|prices?|ratio|"
                   r"yield|utili[sz]ation)\b", re.I)


def _sum_claims(members: list[CellFigure], total: CellFigure, note: str) -> list[Claim]:
    """Segments against their total, by family: a table listing passenger and commercial, then
    domestic and exports, holds two breakdowns of one total."""
    lex = lexicon()
    parts = [m for m in members if not m.sub and not m.total and m.unit_key == total.unit_key and m.role == total.role == "level"
             and m.figure.kind != "percent"]
    if len(parts) < 2 or _NOT_ADDED.search(total.cell.header):
        return []  # "Days' supply", "Average price": a column of what no row adds to another's
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
        lone = [g[0] for f, g in families.items() if f not in (family, "mixed", "scope") and len(g) == 1]
        if lone and mode == "exact" and not _adds_up(items, total):
            if not _adds_up(items + lone, total):
                continue  # "Passenger cars", "SUVs", "Pickups", "Commercial": with the SUVs or without, two readings
            items = items + lone  # the SUVs among the classes: one breakdown that adds up with them, not without
        ordered = sorted(items, key=lambda c: c.figure.start)
        claims.append(_claim("sum", total.figure.id, {"parts": tuple(c.figure.id for c in ordered), "total": total.figure.id},
                             note, total, mode=mode))
    if not claims and families and len({p.cell.label.strip().lower() for p in parts}) == len(parts) \
            and _BARE_TOTAL.fullmatch(total.cell.label) and all(p.metric == total.metric for p in parts):
        # rows the lexicon reads as one class and a name ("Mopeds", "Motorcycles up to 125cc", "… over 500cc"):
        # each its own row above the Total, together at most the Total; a row labelled "Total" just below them is their sum
        ordered = sorted(parts, key=lambda c: c.figure.start)
        below = _PLAIN_TOTAL.fullmatch(total.cell.label) and total.cell.row == max(p.cell.row for p in parts) + 1
        claims.append(_claim("sum", total.figure.id, {"parts": tuple(c.figure.id for c in ordered), "total": total.figure.id},
                             note, total, mode="exact" if below else "at-most"))
    return claims


def _adds_up(parts: list[CellFigure], total: CellFigure) -> bool:
    return sum(p.figure.low for p in parts) <= total.figure.high and sum(p.figure.high for p in parts) >= total.figure.low


def _shares_confirm(total: CellFigure, cells: list[CellFigure], shares_by_row: dict[int, CellFigure]) -> bool:
    """Whether most rows' stated shares are their level over the Total row's: the rows are parts of that whole."""
    if total.figure.value <= 0:
        return False
    pairs = [(shares_by_row[c.cell.row], c) for c in cells if c is not total and c.cell.row in shares_by_row]
    fitting = sum(1 for s, c in pairs if s.figure.low - 0.05 <= 100 * c.figure.value / total.figure.value <= s.figure.high + 0.05)
    return len(pairs) >= 2 and 2 * fitting > len(pairs)


def _column_sums(columns: dict[int, list[CellFigure]]) -> list[Claim]:
    claims = []
    shares_by_row = {c.cell.row: c for cells in columns.values() for c in cells if c.role == "share"}
    for cells in columns.values():
        totals = [c for c in cells if c.total and c.role == "level"]
        if len(totals) != 1 or totals[0].figure.kind == "percent" or not_added(totals[0].cell.header):
            continue  # "Days' supply" beside "In stock": a column whose Total row is no sum of its rows
        if totals[0].internal and not totals[0].led and _mostly_names(cells) \
                and not (any(_REST_ROW.match(c.cell.label) for c in cells if c is not totals[0])
                         and _shares_confirm(totals[0], cells, shares_by_row)):
            continue  # rows of names under "Units": a sum only where a row of the rest says the list is whole and the
            # share column says the Total row is its whole (most shares fit it); rows may overlap otherwise
        claims += _sum_claims([c for c in cells if c is not totals[0] and c.parent is None], totals[0],
                              "table: the rows of a column against its Total row")
    return claims


def _mostly_names(cells: list[CellFigure]) -> bool:
    """Whether half or more of a column's rows are names ("Dealer group  Units"), which may overlap, not segments
    ("Motorcycles", "Scooters", "Three-wheelers"), which the lexicon reads as parts of one whole."""
    rows = [c for c in cells if not c.total and c.role == "level"]
    return 2 * sum(_family(c) == "name" for c in rows) >= len(rows)


def _indented_sums(columns: dict[int, list[CellFigure]], members: list[CellFigure]) -> list[Claim]:
    """Rows indented under a row ("Global production" over "  Japan" and "  Overseas") against it, column by
    column, by family as a Total row's segments are; "of which" rows and a column missing one of them add up to nothing."""
    below: dict[int, set[int]] = {}
    for c in members:
        if c.parent is not None:
            below.setdefault(c.parent, set()).add(c.cell.row)
    claims = []
    for cells in columns.values():
        by_row = {c.cell.row: c for c in cells}
        for row, rows in below.items():
            whole = by_row.get(row)
            group = [by_row[r] for r in sorted(rows) if r in by_row]
            if whole is None or whole.role != "level" or len(group) != len(rows) or any(c.sub for c in group):
                continue
            parts = [replace(c, segment=c.segment - c.within) for c in group]
            claims += _sum_claims(_at_home(parts), whole, "table: the rows indented under a row against it")
    return claims


def _at_home(parts: list[CellFigure]) -> list[CellFigure]:
    """"  Japan" beside "  Overseas": the country is the maker's home market, the two its domestic and export parts."""
    lex = lexicon()
    if len(parts) != 2 or not any(c.segment == {"export"} for c in parts):
        return parts
    return [replace(c, segment=frozenset({"domestic"})) if len(c.segment) == 1 and c.segment <= lex.homes else c for c in parts]


def _row_sums(rows: dict[int, list[CellFigure]]) -> list[Claim]:
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


def _shares(rows: dict[int, list[CellFigure]], columns: dict[int, list[CellFigure]]) -> list[Claim]:
    """A share column: the row's level in the latest period over the Total row's."""
    claims = []
    levels = [c for cells in rows.values() for c in cells if c.role == "level" and c.figure.kind != "percent"]
    by_col: dict[int, list[CellFigure]] = {}
    for c in levels:
        by_col.setdefault(c.cell.col, []).append(c)
    share_cols = [k for k, cells in columns.items() if any(c.role == "share" for c in cells)]
    beside = len(share_cols) > 1 and all(k - 1 in by_col for k in share_cols)
    # "| Group | Apr 2026 | Share | Apr 2025 | Share |": a share column after each period's levels is that period's share
    for col, cells in columns.items():
        shares = [c for c in cells if c.role == "share"]
        if not shares:
            continue
        period = shares[0].period
        candidates = [k for k, cs in by_col.items() if (period is None or cs[0].period == period) and cs[0].period]
        if beside:
            candidates = [col - 1]
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
        if any(s.cell.row == total.cell.row and not s.figure.low <= 100 <= s.figure.high for s in shares):
            continue  # "| Benelux | 73,817 | … | 36.6% |" under "BEV share": each row's own share of something, not of the Total
        if lexicon().segments_in(shares[0].cell.header) - lexicon().segments_in(level_col[0].cell.header):
            continue  # "COUNTRY  H1 2026  H1 2025  BEV SHARE": each row's own battery-electric share, not its part of the TOTAL
        by_row = {c.cell.row: c for c in level_col}
        pairs = [(s, part) for s in shares if (part := by_row.get(s.cell.row)) is not None and not s.total and not part.total]
        for s, part in pairs:
            claims.append(_claim("share", s.figure.id, {"share": s.figure.id, "part": part.figure.id, "total": total.figure.id},
                                 "table: the share column against the row over the Total row", s))
    return claims


_MARGIN_ROW = regex(r"\W*(?P<profit>.*?\S)\s+margin\W*", re.I)  # "Adjusted EBIT margin": the "Adjusted EBIT" row's
_REVENUE_ROW = regex(r"\W*(?:group\s+|net\s+|total\s+)?(?:sales|revenues?|turnover)\W*", re.I)


def _margins(columns: dict[int, list[CellFigure]]) -> list[Claim]:
    """A margin row against the profit row it names and the revenue row, column by column: "| Adjusted EBIT | 262 |",
    "| Adjusted EBIT margin | 5.4% |" and "| Sales | 4,812 |" in one table."""
    claims = []
    for cells in columns.values():
        by_label: dict[str, list[CellFigure]] = {}
        for c in cells:
            by_label.setdefault(c.cell.label.strip().lower(), []).append(c)
        revenue = [c for c in cells if _REVENUE_ROW.fullmatch(c.cell.label) and c.figure.kind == "money"]
        for m in cells:
            named = _MARGIN_ROW.fullmatch(m.cell.label) if m.figure.kind == "percent" else None
            if named is None or len(revenue) != 1:
                continue
            profit = [c for c in by_label.get(named.group("profit").lower(), []) if c.figure.kind == "money"]
            if len(profit) != 1 or profit[0].unit_key != revenue[0].unit_key or not 0 < profit[0].figure.value < revenue[0].figure.value:
                continue
            claims.append(_claim("share", m.figure.id, {"share": m.figure.id, "part": profit[0].figure.id,
                                                        "total": revenue[0].figure.id},
                                 "table: the margin row against its profit row over the revenue row", m))
    return claims


_SHARE_ROW = regex(r"\W*(?P<what>.*?\S)\s+(?:market\s+)?share(?:\s*\(%\))?\W*", re.I)  # "Chinese-brand share", "BEV share (%)"


def _share_rows(columns: dict[int, list[CellFigure]], found: list[Claim]) -> list[Claim]:
    """A share row against the row of its own name and the one whole row, column by column: "| Chinese-brand sales |
    31,216 |", "| Chinese-brand share | 13.5% |" and "| Light-vehicle sales | 231,874 |" under "| August 2026 | Brazil |".
    The whole is the Total row (or one whose label says "All …", "Total …"), else the one row of the part's metric that
    names no segment; two candidates leave the column alone."""
    claimed = {c.subject for c in found if c.rule == "share"}
    claims = []
    for cells in columns.values():
        levels = [c for c in cells if c.role == "level" and c.figure.kind != "percent"]
        for s in cells:
            named = _SHARE_ROW.fullmatch(s.cell.label) if s.figure.kind == "percent" and s.figure.id not in claimed else None
            if named is None:
                continue
            what = named.group("what").lower()
            parts = [c for c in levels if c.cell.label.lower().startswith(what + " ") and c.period == s.period]
            if len(parts) != 1:
                continue
            part = parts[0]
            others = [c for c in levels if c is not part and c.period == s.period and c.unit_key == part.unit_key]
            wholes = [c for c in others if c.total or _WHOLE_HEADER.match(c.cell.label)] or [
                c for c in others if not c.segment and c.metric is not None and c.metric == part.metric]
            if len(wholes) != 1 or not 0 < part.figure.value <= wholes[0].figure.value:
                continue
            claims.append(_claim("share", s.figure.id, {"share": s.figure.id, "part": part.figure.id, "total": wholes[0].figure.id},
                                 "table: the share row against the row of its name over the whole row", s))
    return claims


_WHOLE_HEADER = regex(r"\W*(?:all|total|overall|whole|industry|market)\b", re.I)  # "All light vehicles", "Total market"


def _row_shares(rows: dict[int, list[CellFigure]], columns: dict[int, list[CellFigure]], found: list[Claim]) -> list[Claim]:
    """A share column beside two level columns of one period (or of each row's, where the rows are periods), a part and
    the whole it is a share of ("Chinese brands | All light vehicles | Share"): each row's share is the row's part over
    the row's whole. The whole is told by its header ("All …", "Total …") or by the part's header qualifying it; a part
    larger than its whole in any row ends it."""
    claimed = {c.subject for c in found if c.rule == "share"}
    levels: dict[int, list[CellFigure]] = {}
    for col, cells in columns.items():
        if cells and all(c.role == "level" and c.figure.kind != "percent" for c in cells):
            levels[col] = cells
    if len(levels) != 2:
        return []
    (a, a_cells), (b, b_cells) = sorted(levels.items())
    by_period = a_cells[0].by_period  # rows are periods ("Q3 2025 | 438,500 | 4,021,300 | 10.9%"): each row's own
    if a_cells[0].unit_key != b_cells[0].unit_key or not by_period and {c.period for c in a_cells + b_cells} != {a_cells[0].period}:
        return []
    a_head, b_head = a_cells[0].cell.header, b_cells[0].cell.header
    if _WHOLE_HEADER.match(b_head) and not _WHOLE_HEADER.match(a_head) or a_cells[0].frame > b_cells[0].frame:
        part_col, whole_col = a, b
    elif _WHOLE_HEADER.match(a_head) and not _WHOLE_HEADER.match(b_head) or b_cells[0].frame > a_cells[0].frame:
        part_col, whole_col = b, a
    else:
        return []
    claims = []
    for cells in columns.values():
        shares = [c for c in cells if c.role == "share" and c.figure.id not in claimed]
        if not shares or len(shares) != len(cells):
            continue
        pairs = []
        for s in shares:
            row = {c.cell.col: c for c in rows[s.cell.row]}
            part, whole = row.get(part_col), row.get(whole_col)
            if part is None or whole is None or not 0 < part.figure.value <= whole.figure.value or part.period != whole.period:
                return []
            pairs.append((s, part, whole))
        for s, part, whole in pairs:
            claims.append(_claim("share", s.figure.id, {"share": s.figure.id, "part": part.figure.id, "total": whole.figure.id},
                                 "table: the share column against the row's part over the row's whole", s))
    return claims


def _tilings(groups: dict[int, list[CellFigure]]) -> list[Claim]:
    """Quarters (or months) of a row (of a column, where the rows are periods) against the year (or
    span) they make up, in one unit."""
    from datetime import timedelta

    claims = []
    for cells in groups.values():
        levels = [c for c in cells if c.role == "level" and c.period and c.figure.kind != "percent"
                  and not re.search(r"\bFY", c.cell.label if c.by_period else c.cell.header, re.I)]  # a fiscal year need not be the calendar year
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
                                         f"table: the periods of a {'column' if whole.by_period else 'row'} against the period they make up",
                                         whole, mode="exact"))
    return claims


def _conversions(rows: dict[int, list[CellFigure]]) -> list[Claim]:
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
                                extra={**when, "cell": converted.place}))
    return claims


def _before(new: CellFigure, basis: str, column: list[CellFigure]) -> str | None:
    """The period a change column compares the row's period with: the one its basis names, or, for
    a bare "Change", the other period where the column has exactly two."""
    if basis == "unspecified":
        periods = sorted({str(c.period) for c in column}, key=lambda code: period_from_code(code).end)
        return periods[0] if len(periods) == 2 and new.period == periods[1] else None
    try:
        p = previous(period_from_code(str(new.period)), basis)
    except ValueError:
        return None
    return p.code if p else None


def _level_left_of(rate: CellFigure, levels: list[CellFigure]) -> CellFigure | None:
    """In a table whose rows are periods, the level a change column changes: the nearest level
    column to its left, in the rate's row."""
    left = [c for c in levels if c.cell.row == rate.cell.row and c.cell.col < rate.cell.col]
    return max(left, key=lambda c: c.cell.col) if left else None


def _period_growths(members: list[CellFigure]) -> list[Claim]:
    """Rows that are periods: a row's change against the level column beside it, in this row and in
    the row of the period it compares with ("Q2 2025 … +19.8% QoQ" against the Q1 2025 row)."""
    claims = []
    levels = [c for c in members if c.role == "level" and c.period and c.figure.kind != "percent"]
    for rate in (c for c in members if c.role == "rate" and c.period):
        new = _level_left_of(rate, levels)
        if new is None:
            continue
        column = [c for c in levels if c.cell.col == new.cell.col and c.unit_key == new.unit_key]
        before = _before(new, rate.basis, column)
        olds = [c for c in column if c.period == before] if before else []
        if len(olds) != 1 or new.figure.value <= 0 or olds[0].figure.value <= 0:
            continue  # no earlier row, or a loss (its change's sign is the writer's convention)
        claims.append(_claim("growth", rate.figure.id, {"rate": rate.figure.id, "new": new.figure.id, "old": olds[0].figure.id},
                             "table: the change column against the row of the period it compares with", rate,
                             sign=-1 if rate.figure.value < 0 else 1, basis=rate.basis if rate.basis != "unspecified" else "yoy"))
    return claims


def _implied_priors(members: list[CellFigure], found: list[Claim]) -> list[Claim]:
    """A row with one level and a change column, and no column (or row) of the period it compares
    with ("| Xinyuan Auto | 402,118 | +9.6% |"): the earlier value the change implies, as
    information. A row with levels of two periods, or of two units, states its change otherwise."""
    used = {c.roles.get("rate") for c in found}
    levels = [c for c in members if c.role == "level" and c.figure.kind not in ("percent", "points")]
    claims = []
    for rate in (c for c in members if c.role == "rate" and c.figure.id not in used):
        if rate.by_period:
            new = _level_left_of(rate, levels)
            column = [c for c in levels if new is not None and c.cell.col == new.cell.col]
            if new is None or _before(new, rate.basis, column) in {c.period for c in column}:
                continue
        else:
            row = [c for c in levels if c.cell.row == rate.cell.row]
            if len(row) != 1:
                continue
            new = row[0]
            if rate.period and new.period and rate.period != new.period:
                continue
        if new.figure.value <= 0:
            continue  # a loss's change: its sign is the writer's convention
        claims.append(_claim("implied-prior", new.figure.id, {"rate": rate.figure.id, "new": new.figure.id},
                             "table: a level and its change column, with no earlier value", new,
                             sign=-1 if rate.figure.value < 0 else 1, basis=rate.basis))
    return claims


def table_claims(cells: dict[str, CellFigure]) -> list[Claim]:
    """Every relation the tables' structure states."""
    by_table: dict[int, list[CellFigure]] = {}
    for c in cells.values():
        by_table.setdefault(c.table, []).append(c)
    claims: list[Claim] = []
    for members in by_table.values():
        rows: dict[int, list[CellFigure]] = {}
        columns: dict[int, list[CellFigure]] = {}
        for c in sorted(members, key=lambda c: (c.cell.row, c.cell.col)):
            rows.setdefault(c.cell.row, []).append(c)
            columns.setdefault(c.cell.col, []).append(c)
        if members[0].by_period:  # rows are periods: a change compares rows, the periods of a column tile
            found = _period_growths(members) + _row_sums(rows) + _tilings(columns) + _conversions(rows)
            found += _row_shares(rows, columns, found)
        else:
            found = (_growths(rows) + _points(rows) + _column_sums(columns) + _indented_sums(columns, members) + _row_sums(rows)
                     + _shares(rows, columns) + _tilings(rows) + _conversions(rows))
            found += _row_shares(rows, columns, found) + _margins(columns)
            found += _share_rows(columns, found)
        claims += found + _implied_priors(members, found)
    return claims


# a gap between two cells of a flattened table: nothing, or a short label (no punctuation of a sentence)
_CELL_GAP = regex(r"[ \t\u00a0]*(?:\n[ \t]*)*(?:[A-Za-z][\w&'’/-]*(?:[ \t]+[A-Za-z0-9][\w&'’/-]*){0,4}[ \t]*(?:\n[ \t]*)*)?")


def flattened(text: str, figures: Sequence[Figure], cells: Sequence[str] = (), least: int = 6) -> set[str]:
    """The figures of a table flattened into text (scraped cells that follow each other as lines,
    or one run of labels and numbers): at least `least` bare numbers in a row ("101,530", "20.6%";
    a figure with a word, "3,72,458 units", is prose's) with nothing but a short label between two
    of them, and at least half of them with nothing at all; a cell of a table read by its
    structure ends a run. Their measures would only be guessed from a caption or the nearest words,
    so they join nothing by measure."""
    ordered = sorted(figures, key=lambda f: f.start)
    found: set[str] = set()
    run: list[Figure] = []

    def close() -> None:
        if len(run) < least:
            return
        gaps = [text[a.end:b.start] for a, b in zip(run, run[1:])]
        if 2 * sum(not g.strip() for g in gaps) >= len(gaps):
            found.update(f.id for f in run)

    for f in ordered:
        if f.id in cells or any(ch.isspace() for ch in f.text):
            close()
            run = []
            continue
        gap = text[run[-1].end:f.start] if run else ""
        if run and not (len(gap) <= 48 and _CELL_GAP.fullmatch(gap)):
            close()
            run = []
        run.append(f)
    close()
    return found


def with_tables(claims: list[Claim], measures: dict[str, Measure], cells: dict[str, CellFigure],
                figures: Sequence[Figure] = (), ctx: Context | None = None,
                scopes: dict[str, str] | None = None) -> tuple[list[Claim], dict[str, Measure]]:
    """The prose claims that hold no cell (words found among a table's lines relate nothing), the
    table's own claims, and prose figures against the cells of their measure; the measures with
    each cell's from its table, and a prose share of one row's measure with the row's frame."""
    flat = flattened(ctx.text, ctx.figures, tuple(cells)) if ctx is not None else set()
    if flat:  # a table flattened into a run of labels and numbers: its figures measure nothing a join could use
        measures = {fid: m for fid, m in measures.items() if fid not in flat}
    if not cells:
        return claims, measures
    cells = in_context(cells, measures)
    if ctx is not None:
        cells = _electric_as_read(cells, document_lexicon(ctx.text).electric)
    measures = framed_shares(measures, cells, figures or (ctx.figures if ctx is not None else ()))
    measures = _destinations_abroad(measures, cells, {f.id: f.kind for f in figures or (ctx.figures if ctx is not None else ())})
    kept = [c for c in claims if not any(fid in cells for fid in c.figures)]
    rates = prose_rates(kept, measures, cells, ctx, scopes or {})
    upgraded = {c.roles["rate"] for c in rates}
    kept = [c for c in kept if not (c.rule == "implied-prior" and c.roles.get("rate") in upgraded)]
    named = rows_named(ctx, measures, cells) if ctx is not None else []
    sums = {c.roles["total"] for c in named if c.rule == "sum"}  # "the four largest … accounted for 692,050": a sum, no restatement
    said = [c for c in restated(figures or (ctx.figures if ctx is not None else ()), measures, cells, ctx.text if ctx is not None else "",
                                scopes or {})
            if c.roles.get("figure") not in sums]
    if ctx is not None:  # "The four largest suppliers installed 66.0 GWh": those rows' sum, never the whole column's
        named += [c for c in breakdown_totals(measures, cells, figures or ctx.figures, ctx.text) if c.roles["total"] not in sums]
    return (kept + table_claims(cells) + said + rates + named), _at_home_only({**measures, **cell_measures(cells)}, cells)


def _electric_as_read(cells: dict[str, CellFigure], reading: str | None) -> dict[str, CellFigure]:
    """A header "EV sales" counts what the article's prose calls EVs ("EV sales in the quarter were down 31.2%"):
    battery-electric cars where the article sets them beside hybrids, so the cell and the prose measure one thing."""
    if reading is None or reading == ELECTRIC:
        return cells  # an article that never sets electric cars apart: "EV cells" stays a row apart from its Total

    def read(segment: frozenset[str]) -> frozenset[str]:
        return segment - {ELECTRIC} | {reading} if ELECTRIC in segment else segment
    return {fid: replace(c, segment=read(c.segment), frame=read(c.frame)) if ELECTRIC in c.segment | c.frame else c
            for fid, c in cells.items()}


def _at_home_only(measures: dict[str, Measure], cells: dict[str, CellFigure]) -> dict[str, Measure]:
    """A table captioned "Domestic sales by brand origin" counts the home market; where no figure counts exports or sales
    abroad, its cells' "domestic" marks them apart from nothing, and its Total is the market that "Battery-electric
    registrations … taking 20.6% of all sales" is of. Prose keeps the word: "VinFast … delivered 17,350 cars at home"
    beside the association's total is still apart from it."""
    if any(m.segment & _ABROAD or isinstance(m.of_segment, frozenset) and m.of_segment & _ABROAD for m in measures.values()):
        return measures
    home = frozenset({_DOMESTIC})
    return {fid: replace(m, segment=m.segment - home) if fid in cells and _DOMESTIC in m.segment else m
            for fid, m in measures.items()}


def _destinations_abroad(measures: dict[str, Measure], cells: dict[str, CellFigure], kinds: dict[str, str]) -> dict[str, Measure]:
    """"Exports by destination" rows for North America and Europe, then "Shipments to North America fell 7.7%" and
    "Europe, … was up 43.6%": where every level of a region, in the tables and the prose, counts exports to it, a prose
    figure of that region that names no market (neither home nor abroad) counts those exports too."""
    lex = lexicon()
    markets = frozenset(lex.families.get("market", ()))
    exported: set[str] = set()
    other: set[str] = set()
    levels = [c.segment | c.frame for c in cells.values() if c.role == "level"]
    levels += [m.segment for fid, m in measures.items() if fid not in cells and m.role in ("level", "earlier")
               and kinds.get(fid) in ("count", "number", "money")]  # never "51.0% a year ago", a share of the region
    for segment in levels:
        regions = {x for x in segment if lex.family(x) == "region"}
        (exported if _EXPORT in segment else other).update(regions)
    abroad = exported - other
    if not abroad:
        return measures
    return {fid: replace(m, segment=m.segment | {_EXPORT}) if fid not in cells and m.segment & abroad and not m.segment & markets
            else m for fid, m in measures.items()}


def _names(segment: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in segment if x.startswith("name:"))


def _aliases(cells: dict[str, CellFigure], measures: dict[str, Measure]) -> dict[str, str]:
    """A row's name as the prose writes it: the row "Xinyuan Auto" is the prose's "Xinyuan", the row
    "Volkswagen Bratislava" the prose's "Bratislava", where that name is the first or the last word(s)
    of this row's label and of no other row's."""
    prose = {x for fid, m in measures.items() if fid not in cells for x in _names(m.segment)}
    rows = {x for c in cells.values() for x in _names(c.segment)}

    def ends(words: list[str], part: list[str]) -> bool:
        return 0 < len(part) < len(words) and (words[:len(part)] == part or words[-len(part):] == part)

    out = {}
    for name in rows - prose:
        words = name[5:].split()
        shorter = [p for p in prose if ends(words, p[5:].split())]
        if len(shorter) != 1:
            continue
        part = shorter[0][5:].split()
        if sum(ends(r[5:].split(), part) for r in rows) == 1:
            out[name] = shorter[0]
    return out


def _latest(codes: Sequence[str]) -> str | None:
    try:
        return max(codes, key=lambda code: period_from_code(code).end) if codes else None
    except ValueError:
        return None


def in_context(cells: dict[str, CellFigure], measures: dict[str, Measure]) -> dict[str, CellFigure]:
    """The cells with what the prose around the table adds: the period, where no header names one
    and the table has one column of levels (its change and share columns take the latest level
    column's period); a change or share column's frame and metric, its row's levels'; and a row's
    name as the prose writes it."""
    alias = _aliases(cells, measures)
    by_table: dict[int, list[tuple[str, CellFigure]]] = {}
    for fid, c in cells.items():
        by_table.setdefault(c.table, []).append((fid, c))
    out = {}
    for members in by_table.values():
        levels = [c for _, c in members if c.role in ("level", "margin")]
        dated = _latest([str(c.period) for c in levels if c.period and not c.year_ago])
        undated = {c.cell.col for c in levels if not c.period and not c.year_ago}
        for fid, c in members:
            context = None
            if not c.period and not c.by_period:
                m = measures.get(fid)
                read = m.period if m is not None else None
                if c.year_ago:
                    now = dated if dated is not None else read if len(undated) == 1 else None
                    context = previous_code(now, "yoy") if isinstance(now, str) and now != UNNAMED else None
                elif c.role in ("level", "margin"):
                    context = read if dated is None and len(undated) == 1 else None
                else:
                    context = dated if dated is not None else (read if len(undated) == 1 else None)
            frame, metric = c.frame, c.metric
            if c.role not in ("level", "margin"):
                row = [x for x in levels if x.cell.row == c.cell.row]
                if len({x.frame for x in row}) == 1:
                    frame = row[0].frame
                if metric is None and len({x.metric for x in row}) == 1:
                    metric = row[0].metric
            segment = frozenset(alias.get(x, x) for x in c.segment)
            out[fid] = replace(c, segment=segment, context=context, frame=frame, metric=metric)
    return out


def framed_shares(measures: dict[str, Measure], cells: dict[str, CellFigure], figures: Sequence[Figure]) -> dict[str, Measure]:
    """A share in the prose of a name that is one row of a table ("Xinyuan alone had a 25.7 percent
    share", below a table of NEV wholesale by maker) is a share of the row's measure: of NEV
    wholesale, not of the whole market. Only where the share names nothing it is of, and the row
    has one level of the share's period."""
    percent = {f.id for f in figures if f.kind == "percent"}
    levels = [c for c in cells.values() if c.role == "level" and c.figure.kind in ("money", "count", "number") and _names(c.segment)]
    if not levels:
        return measures
    out = dict(measures)
    for fid, m in measures.items():
        if fid in cells or fid not in percent or m.role != "share" or m.of_segment or m.of_metric:
            continue
        names = _names(m.segment)
        if len(names) != 1:
            continue
        found = {(c.frame, c.metric) for c in levels if names <= c.segment and c.when == m.period}
        if len(found) != 1:
            continue
        frame, metric = next(iter(found))
        if frame or metric:
            out[fid] = replace(m, segment=m.segment | frame, of_segment=frame or None, of_metric=metric)
    return out


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]"
_IN_TABLE = guarded(regex(
    rf"\b(?:the|these|those|all)\s+(?P<n>{_N})\s+(?:[\w-]+\s+){{0,2}}?(?:(?:in|on|from|of|listed\s+in|shown\s+in)\s+the\s+"
    rf"(?:above\s+)?table|(?:listed|shown)\s+above|above)\b|\bthe\s+table['’]s\s+(?P<m>{_N})\b", re.I))
# "Together they sold 2,664,123 vehicles" as the first sentence with a figure below a table: all its rows
_ALL_ROWS = regex(r"^\W*(?:together|combined|between\s+them|in\s+all),?\s+(?:they|these|those)\s+(?:[a-z]+ed|sold|made|took|had)\b", re.I)
_TOP = regex(rf"\bthe\s+(?:top[- ](?P<n>{_N})|(?P<m>{_N})\s+(?:largest|biggest|leading))\b", re.I)
# "The four countries …" right below a table; "Together, the five startups delivered …" and "Between them the four
# leaders installed …" anywhere below it
_THESE = regex(rf"^\W*(?P<together>(?:together|between\s+them|combined),?\s+)?(?:the|these|those|all)\s+(?P<n>{_N})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\b", re.I)
_SHARE_OF = regex(r"^\s*(?:percent|per\s+cent|%)?\s*(?:share\s+)?of\b", re.I)


def _count(m: re.Match[str]) -> int:
    word = (m.group("n") or m.group("m")).lower()
    return _COUNTS.get(word) or int(word)


def rows_named(ctx: Context, measures: dict[str, Measure], cells: dict[str, CellFigure]) -> list[Claim]:
    """Prose about rows of the table above it, by count: "The five makers in the table accounted for
    58.2 percent of NEV wholesale" (the sum of the column's five rows over the total the prose gives
    for the column's measure; "The four countries …" in the first sentence below a table of four),
    "Together, the top three brands sold 37,917 cars in the half" (the three largest of the column
    of that period). The count must be the table's own; where two columns or two totals could fit,
    nothing is checked."""
    spans: dict[int, tuple[int, int]] = {}
    for c in cells.values():
        a, b = spans.get(c.table, (c.cell.start, c.cell.end))
        spans[c.table] = (min(a, c.cell.start), max(b, c.cell.end))
    by_id = {f.id: f for f in ctx.figures if f.id not in cells}
    # the first sentence with a figure after each table: "The four countries accounted for 64.6%" right
    # below a table of four countries names its rows without saying "in the table"
    below = {t: min((k for k, places in ctx.by_sentence.items() if places[0].figure.start >= end), default=-1)
             for t, (_, end) in spans.items()}
    claims = []
    for s in ctx.sentences:
        above = [t for t, (_, end) in spans.items() if end <= s.start]
        if not above:
            continue
        table = max(above, key=lambda t: spans[t][1])
        text = ctx.text[s.start:s.end]
        these = _THESE.search(text)
        found = _IN_TABLE.search(text) or (these if these and (below[table] == s.index or these.group("together")) else None)
        every = _ALL_ROWS.search(text) if not found and below[table] == s.index else None
        top = None if found or every else _TOP.search(text)
        hit = found or every or top
        if hit is None:
            if (claim := _named_rows(ctx, s, measures, [c for c in cells.values() if c.table == table], cells)) is not None:
                claims.append(claim)
            continue
        after = [p.figure for p in ctx.by_sentence.get(s.index, []) if p.figure.start >= s.start + hit.end() and p.figure.id not in cells]
        if not after:
            continue
        f = after[0]
        m = measures.get(f.id)
        if m is None or not m.period:
            continue
        share = f.kind == "percent"
        if share and not (m.role == "share" or _SHARE_OF.match(ctx.text[f.end:f.end + 40])):
            continue
        if not share and (f.kind not in ("money", "count", "number") or m.role != "level" or _YEAR.match(f.text)):
            continue
        if top is not None and ("qualified" in m.segment or _names(m.segment)):
            continue  # "Of the four largest markets, Germany registered 172,450 cars": one of them, never the rows' sum
        claim = _rows_claim(f, m, [c for c in cells.values() if c.table == table], None if every else _count(hit), top is not None,
                            measures, by_id)
        if claim is not None:
            claims.append(claim)
    return claims


_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
# "GM, Toyota and Ford together sold 1,867,538 vehicles", "Hyundai Motor America and Kia America, both owned by …, sold a
# combined 440,765": rows of the table above named one by one
_NAMED_ROWS = regex(rf"\W*(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME})(?:\s*,[^,.;]{{1,80}},)?\s+"
                    r"(?:(?:together|jointly)\s+(?:sold|registered|delivered|shipped)|(?:sold|registered|delivered|shipped)\s+a\s+combined)\s+$")


def _row_keys(label: str) -> set[str]:
    """What prose calls a row: its label, its first word, or the initials of its first two words ("GM")."""
    words = re.findall(r"[A-Za-z][\w&'’-]*", label)
    keys = {label.strip().lower()}
    if words:
        keys.add(words[0].lower())
    if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper():
        keys.add((words[0][0] + words[1][0]).lower())
    return keys


def _named_rows(ctx: Context, s: Any, measures: dict[str, Measure], members: list[CellFigure],
                cells: dict[str, CellFigure]) -> Claim | None:
    """The sum of the rows a sentence names one by one, against its first figure: each name one row, all of one column."""
    places = [p for p in ctx.by_sentence.get(s.index, []) if p.figure.id not in cells]
    if not places:
        return None
    f = places[0].figure
    m = _NAMED_ROWS.match(ctx.text, s.start, f.start)
    meas = measures.get(f.id)
    if m is None or meas is None or meas.role != "level" or not meas.period or f.kind not in ("count", "number", "money"):
        return None
    if lexicon().scope_free(meas.segment) - {JOINT}:
        return None  # "Toyota and Honda's hybrids together sold": a segment of the rows, never the rows
    names = [n.strip().lower() for n in re.split(r"\s*,\s*|\s+and\s+", m.group("names")) if n.strip()]
    rows = [c for c in members if c.role == "level" and c.figure.kind in ("money", "count", "number") and c.when == meas.period
            and c.unit_key == _unit_key(f) and not (c.total or c.sub or c.parent is not None)]
    if len({c.cell.col for c in rows}) != 1:
        return None
    picked = []
    for name in names:
        fits = [c for c in rows if name in _row_keys(c.cell.label)]
        if len(fits) != 1 or fits[0] in picked:
            return None  # a name the table does not hold once: another total
        picked.append(fits[0])
    parts = tuple(c.figure.id for c in sorted(picked, key=lambda c: c.figure.start))
    return Claim("sum", f.id, {"parts": parts, "total": f.id}, mode="exact", note="table: the rows the text names, added up",
                 extra={"cell": picked[0].place})


def _rows_claim(f: Figure, m: Measure, members: list[CellFigure], n: int | None, top: bool,
                measures: dict[str, Measure], prose: dict[str, Figure]) -> Claim | None:
    share = f.kind == "percent"
    columns: dict[int, list[CellFigure]] = {}
    for c in members:
        if c.role == "level" and c.figure.kind in ("money", "count", "number") and c.when == m.period \
                and (share or c.unit_key == _unit_key(f)) and (share or not m.metric or not c.metric or c.metric == m.metric):
            columns.setdefault(c.cell.col, []).append(c)
    if len(columns) != 1:
        return None
    column = next(iter(columns.values()))
    rows = [c for c in column if not (c.total or c.sub or c.parent is not None or "remainder" in c.segment)]
    if n is not None and top:  # without a count ("Together they sold …" right below the table): every row
        ranked = sorted(rows, key=lambda c: -c.figure.value)
        rest = any("remainder" in c.segment for c in column)
        if not 2 <= n <= len(ranked) - (not rest) or n < len(ranked) and ranked[n - 1].figure.value == ranked[n].figure.value:
            return None  # but "The ten largest suppliers" of a table of ten makers and "Others": all ten
        rows = ranked[:n]
    elif n is not None and n != len(rows):
        return None  # "the five makers in the table" of a table of six
    parts = tuple(c.figure.id for c in sorted(rows, key=lambda c: c.figure.start))
    where = rows[0]
    if not share:
        return Claim("sum", f.id, {"parts": parts, "total": f.id}, mode="exact", note="table: the rows the text names, added up",
                     extra={"cell": where.place})
    lex = lexicon()
    wanted = lex.scope_free(where.frame or (m.of_segment if isinstance(m.of_segment, frozenset) else frozenset()))
    metric = m.of_metric or where.metric
    whole = sum(c.figure.value for c in rows)
    totals = [c.figure for c in column if c.total]
    for fid, t in measures.items():
        if fid not in prose or t.role != "level" or t.period != m.period or lex.scope_free(t.segment) != wanted or _names(t.segment):
            continue
        if metric and t.metric and t.metric != metric:
            continue
        totals.append(prose[fid])
    totals = [t for t in totals if _unit_key(t) == where.unit_key and t.value > whole]
    if len({t.value for t in totals}) != 1:
        return None
    return Claim("share", f.id, {"share": f.id, "parts": parts, "total": totals[0].id},
                 note="table: the share of the rows the text names", extra={"cell": where.place})


def _same_segment(c: CellFigure, segment: frozenset[str]) -> bool:
    """The prose's segment is the cell's (row label and column qualifiers), regions and names on
    the prose's side alone being its scope; a row of one name is never the prose's market."""
    lex = lexicon()
    mine = c.segment | c.frame
    if PASSENGER in c.frame - c.segment and lex.scope_free(segment) and not any(lex.family(x) == "class" for x in segment):
        mine = mine - {PASSENGER}  # "Registrations by fuel type, passenger cars" … "| Petrol | 198 | 341 |" beside "Petrol
        # registrations fell 41.9%": the cars the caption frames, which the prose about their segment leaves unsaid (a rate
        # of no segment may be of all vehicles)
    return lex.scope_free(mine) == lex.scope_free(segment) and _names(mine) <= _names(segment)


def prose_rates(claims: list[Claim], measures: dict[str, Measure], cells: dict[str, CellFigure],
                ctx: Context | None = None, scopes: dict[str, str] | None = None) -> list[Claim]:
    """A rate in the prose whose words give it no earlier value ("up 4.4% from the second quarter
    of 2024") against the table's cells of its measure for the two periods: a growth check in
    place of the earlier value it only implied."""
    taken = {c.roles.get("rate") for c in claims if c.rule != "implied-prior"}
    own_level = {c.roles["rate"]: c.roles["new"] for c in claims if c.rule == "implied-prior"}
    values = {f.id: f for f in ctx.figures} if ctx is not None else {}
    levels = [c for c in cells.values() if c.role == "level" and c.period and c.figure.kind != "percent" and not c.sub]
    row_names = frozenset(x for c in levels for x in _names(c.segment))
    row_of_place = _rows_of_places(levels)
    # "| Battery-electric | 49,882 | 42,610 |" … "| Total | 248,516 | 238,955 |" under no metric: a table of vehicles by
    # fuel or class, whose rows a rate of the vehicles sold or registered names by its segment alone (a "Share" column names
    # what its percents are, not what the table counts)
    unmeasured = {c.table for c in cells.values()} - {c.table for c in cells.values()
                                                      if c.metric and c.figure.kind != "percent" or _names(c.segment)}
    lex = lexicon()
    out = []
    first = min((f for f in values.values() if f.id in measures and measures[f.id].role in ("level", "rate") and f.id not in cells),
                key=lambda f: f.start, default=None)
    lead_frame = lex.scope_free(measures[first.id].segment) if first is not None else frozenset()
    lead_metric = measures[first.id].metric if first is not None else None
    for fid, m in measures.items():
        rows_of = m.metric is None and bool(m.segment) and any(
            _vehicles(c, unmeasured) and c.segment == m.segment or _framed_total(c, m.segment, ctx, values.get(fid)) for c in levels)  # "Plug-in hybrids rose even faster, by 19.7%",
        # "North America grew 6.6%" beside a "North America" row of unit sales
        place_row = row_of_place.get(place_of := str((scopes or {}).get(fid)))
        if place_row and (ctx is None or (said_f := values.get(fid)) is None or not _headed_by(ctx, said_f, place_of)):
            place_row = None  # a place's row only under a heading of that place's name
        if fid in cells or fid in taken or m.role != "rate" or not m.period or m.item or not (m.metric or _names(m.segment) & row_names
                                                                                               or rows_of
                                                                                               or f"name:{(scopes or {}).get(fid)}" in row_names
                                                                                               or place_row):
            continue  # ("Belgium went the other way: its count fell 12.6%" beside a "Belgium" row: its place's row)
        f = values.get(fid)  # the rate itself (none without a context)
        if ctx is not None and (level := values.get(str(own_level.get(fid)))) is not None and any(
                q.figure.id in measures and measures[q.figure.id].role == "earlier" and _unit_key(q.figure) == _unit_key(level)
                for q in ctx.by_sentence.get(level.sentence, ())):
            continue  # "Revenue up 41.3% to £48.6 million (H1 2025: £34.4 million)": its own sentence gives both values
        stated_old = None  # "delivered 301,500 vehicles worldwide, down 10.5% from 336,800 a year earlier": the earlier value
        # the words give the rate
        if ctx is not None and f is not None and (after := next((q for q in ctx.by_sentence.get(f.sentence, ()) if q.figure.start > f.end),
                                                                None)) is not None \
                and (its_measure := measures.get(after.figure.id)) is not None and its_measure.role == "earlier" \
                and (is_old_lead(after.before) or _BEYOND_THE.fullmatch(after.before)):  # "1.9% below the 31,348 recorded"
            stated_old = after.figure
        before = m.versus
        if before is None and stated_old is not None and isinstance(said := measures[stated_old.id].period, str):
            before = said  # "Sable deliveries fell 13.0% from 21,377 in the fourth quarter" beside a table of first quarters: the
            # quarter the earlier value is of, never the year before the table's
        if before is None and m.basis == "unspecified" and ctx is not None and f is not None \
                and _FROM_UNREAD.match(ctx.text, f.end):
            continue  # "but up 9.2% from the spring": a base the words name and the periods do not read, never a year before
        if before is None:
            try:
                p = previous(period_from_code(m.period), m.basis if m.basis != "unspecified" else "yoy")
            except ValueError:
                continue
            before = p.code if p else None
        if before is None:
            continue

        named = _names(m.segment) & row_names  # "Kia's output fell 4.6%" beside a "Kia Zilina" row: that row, never the Total
        if not named and isinstance(place := (scopes or {}).get(fid), str) and f"name:{place}" in row_names:
            named = frozenset({f"name:{place}"})  # "Luxembourg's market shrank 6.2%" beside a "Luxembourg" row: its place's row
        elif not named and place_row:
            named = place_row  # "United States. Shipments were down 12.6%" beside a "United States" row

        counted = m.metric == "sales" or lex.within.get(str(m.metric)) == "sales" or rows_of \
            or m.metric is not None and m.metric == lead_metric and m.metric in _COUNTED_BY_LEAD and _next_to_table(ctx, f, levels)

        def framed(c: CellFigure, m: Measure = m, named: frozenset[str] = named) -> bool:
            """"Maharashtra … grew 23.2%" beside a table of electric two-wheelers by state, in an article whose lead is about
            them: the row it names, of what the whole article counts."""
            return bool(named) and bool(c.frame) and not lex.scope_free(m.segment) and c.frame <= lead_frame \
                and not lex.scope_free(c.segment)

        def fits(c: CellFigure, period: str, m: Measure = m, named: frozenset[str] = named, counted: bool = counted,
                 f: Figure | None = f) -> bool:
            # "Skoda … was up 9.7 percent" beside a table of brands by month that names no metric: the row it names
            same_metric = (c.metric == m.metric or bool(named) and lex.within.get(c.metric) == m.metric) if c.metric and m.metric \
                else bool(named) or (
                counted and _vehicles(c, unmeasured) and (m.metric is not None or c.segment == m.segment)) \
                or m.metric is None and _framed_total(c, m.segment, ctx, f)
            return same_metric and c.period == period and (_same_segment(c, m.segment | named) or framed(c)
                                                           or not named and _total_of_frame(c, m.segment, ctx, f)) and named <= c.segment \
                and (bool(named) or not row_names or not _named_row(c.cell.label))

        pairs = [(n, o) for n in levels if fits(n, m.period) for o in levels if fits(o, before) and o.unit_key == n.unit_key
                 and (o.cell.col == n.cell.col if n.by_period else o.cell.row == n.cell.row and _one_measure(n, o))  # one row's
                 # periods, or a column's
                 and o.table == n.table and not _another_place(m.segment, n, cells.values())
                 and not apart((scopes or {}).get(fid), (scopes or {}).get(n.figure.id))]  # Colombia's rate, never Chile's table
        if not pairs and m.versus is None and m.basis == "unspecified" and ctx is not None and f is not None \
                and not _BASE_AFTER.match(ctx.text, f.end):
            pairs = _only_other_column(levels, fits, m.period)
        if len({(n.figure.value, o.figure.value) for n, o in pairs}) > 1 and ctx is not None and f is not None:
            # "Registered vehicles, the standard-size cars …, climbed 3.2%" beside rows "Registered vehicles" and "Total":
            # the row the rate's own words name
            said = ctx.clause_text_before(f).lower()
            pairs = [(n, o) for n, o in pairs if _label_said(n.cell.label, said)] or pairs
        if len({(n.figure.value, o.figure.value) for n, o in pairs}) != 1:
            continue  # no cell, or two that could fit (RMB and US$ give one pair each: the first is taken)
        new, old = pairs[0]
        if ctx is not None and not m.segment and f is not None:
            said = ctx.clause_text_before(f)
            others = {c.cell.row for c in levels if c.table == new.table and c.cell.row != new.cell.row and not c.total
                      and _first_word_said(c.cell.label, said)}
            if len(others) > 1:
                continue  # two rows named: which one's rate is not said
            if others:  # "Wren deliveries grew 26.9% year over year in May" beside a "Wren van" row: that row's rate, never the Total's
                row = others.pop()
                mates = [(n, o) for n in levels for o in levels if n.table == o.table == new.table and n.cell.row == o.cell.row == row
                         and n.cell.col == new.cell.col and o.cell.col == old.cell.col
                         and _one_measure(n, o)]
                if len(mates) == 1:
                    new, old = mates[0]
        if new.figure.value <= 0 or old.figure.value <= 0:
            continue  # a loss's change: its sign is the writer's convention
        prev = _amount_just_before(ctx, f, measures) if ctx is not None and f is not None else None
        if stated_old is not None and not _same_amount(stated_old.value, old.figure.value) \
                and prev is not None and not _same_amount(prev.value, new.figure.value):
            continue  # "delivered 301,500 vehicles worldwide, down 10.5% from 336,800" beside a US row of 118,900 and 131,200: the
            # words give both values of the rate, and neither is the row's
        if _own_level_differs(values.get(str(own_level.get(fid))), new):
            continue  # "Operating profit declined 15.2 percent to 12.03 trillion won" beside a quarter's row of 2,718.6: another span
        if prev is not None and _unit_key(prev) != new.unit_key:
            continue  # "revenue from deliveries reached $1.02 billion …, up 16.8%": the rate of the amount before it, not of units
        total_said = new.total and _says_total(ctx, f)
        if ctx is not None and not lexicon().scope_free(m.segment) and _names_other_row(ctx, fid, new, cells.values(),
                                                                                       back=int(not new.segment and not total_said),
                                                                                       named=bool(named)):
            continue  # "After-sales and parts contributed 21.1% of revenue and grew 11.5%": that row's rate, not Revenue's
            # (a rate that names its own segment, "and light commercial vehicles 5.5 per cent", is its row's); for the Total
            # row the sentence before says whose rate it is too ("Second, diesel's decline goes on. Registrations are down 20.7%"),
            # unless its own clause says it is the total's ("Total deliveries edged up 0.1%" after "a weak European market")
        if ctx is not None and f is not None and not _label_opened(new.cell.label, said := ctx.clause_text_before(f)) \
                and any(c.table == new.table and c.cell.row != new.cell.row and _label_opened(c.cell.label, said) for c in levels):
            continue  # "Sessions rose 38.2% and energy delivered climbed 45.3%" beside rows "Charging sessions" and "Energy
            # delivered (GWh)": the rate of the row its own clause names
        out.append(Claim("growth", fid, {"rate": fid, "new": new.figure.id, "old": old.figure.id}, sign=m.sign or 1,
                         basis=m.basis, note="table: a rate in the text against the table's two periods",
                         extra={"cell": new.place}))
    return out


_BEYOND_THE = regex(r"\s*(?:below|above|under|over|(?:higher|lower|more|less|fewer)\s+than)\s+(?:the\s+|its\s+|their\s+)?", re.I)


_COUNTED_BY_LEAD = frozenset({"production", "imports"})  # what a table under no metric counts where the lead counts it


def _next_to_table(ctx: Context | None, f: Figure | None, levels: list[CellFigure]) -> bool:
    """"Total output eased 0.4%" just above a table of vehicles by segment under no metric, in a release whose lead
    counts output: a rate in the paragraph before the table, in it, or after it, which that table counts too."""
    return ctx is not None and f is not None and any(
        abs(ctx.sentences[c.figure.sentence].paragraph - ctx.sentences[f.sentence].paragraph) <= 1 for c in levels)


def _same_amount(one: float, other: float) -> bool:
    """Whether two amounts agree to 1%, at any power of ten (a table in millions beside prose in billions)."""
    if one <= 0 or other <= 0:
        return False
    ratio = one / other
    return any(0.99 <= ratio * 10 ** k <= 1.01 for k in range(-9, 10))


_BASE_AFTER = regex(r"\s*(?:percent|per\s*cent)?\s*(?:on|from|against|over|compared|than|versus|vs\.?|year|since|in)\b", re.I)


def _only_other_column(levels: list[CellFigure], fits: Any, period: str) -> list[tuple[CellFigure, CellFigure]]:
    """A rate that names no base, beside a table of its row whose only other period is an earlier one ("| State | Q1 2026
    | Q4 2025 |", then "California … even though its own count fell 9.7%"): the table's own comparison, the one a reader
    can check, where the year before it would be taken against is not in the table."""
    news = [n for n in levels if fits(n, period)]
    if len(news) != 1 or news[0].by_period:
        return []  # one cell of the rate's period: never a row with two columns of it ("Chinese brands 2025 | Total market 2025")
    new = news[0]
    others = [c for c in levels if c.table == new.table and c.cell.row == new.cell.row and c.period and c.period != period
              and c.unit_key == new.unit_key]
    periods = {c.period for c in levels if c.table == new.table and c.period}
    if len(periods) != 2 or len(others) != 1 or not period_from_code(str(others[0].period)).end < period_from_code(period).start:
        return []
    return [(new, others[0])] if _one_measure(new, others[0]) else []


def _one_measure(a: CellFigure, b: CellFigure) -> bool:
    """Two columns of one measure, its headers alike but for their periods: never "Total market 2025" against
    "Chinese brands 2024"."""
    return _strip_period(a.cell.header).lower() == _strip_period(b.cell.header).lower()


def _label_said(label: str | None, words: str) -> bool:
    """Whether the words name a row by its whole label (of two words or more: "Total" or "Kei" alone say too little)."""
    name = " ".join(re.sub(r"\([^()]*\)", " ", label or "").lower().split())
    return len(name.split()) > 1 and re.search(r"\b" + re.escape(name) + r"\b", words) is not None


_FROM_UNREAD = regex(r"\s+(?:from|compared\s+with|against|versus)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|holidays?|start|beginning|"
                     r"peak|low|trough|lows?|highs?|record|launch|[a-z]+\s+(?:season|lull|slump|rush|peak))\b", re.I)
_ROW_WHOLE_WORDS = regex(r"\b(?:Total|All|Overall|Others?|Market|Segment|Industry|Sum|TOTAL|ALL|OTHERS?)\b")


def _named_row(label: str) -> bool:
    """A row label that names a maker or a model beside its segment's word ("Ram pickup" among "GMC Sierra", "Ford
    F-Series"): one member's row, never the segment a rate of no name in the text is of."""
    lex = lexicon()
    rest = lex.without_metrics(_ROW_WHOLE_WORDS.sub(" ", lex.segment_re.sub(" ", label)))  # "Revenue": the measure's own row
    return any(w[:1].isupper() for w in rest.split())


def _rows_of_places(levels: list[CellFigure]) -> dict[str, frozenset[str]]:
    """The rows whose label is one place's name, all of it ("| United States | 98,420 |"), by that place: where a rate
    scoped to the place ("Shipments to the US were down 12.6%") finds its row. A place two rows name finds none."""
    found: dict[str, set[frozenset[str]]] = {}
    for c in levels:
        label = c.cell.label.strip()
        named = places().mentions(label)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(label) and named[0].place not in (WIDE, PLACES_JOINT):
            place = named[0].place
            found.setdefault(place, set()).add(_names(c.segment) or c.segment & {place})
    return {place: next(iter(rows)) for place, rows in found.items() if len(rows) == 1 and next(iter(rows))}


def _headed_by(ctx: Context, f: Figure, place: str) -> bool:
    """Whether the figure's paragraph opens with the place's name alone, as a run-in heading ("United States. Shipments were
    down 12.6% on the year."): the paragraph is about that place's row."""
    k = f.sentence
    while k > 0 and ctx.sentences[k - 1].paragraph == ctx.sentences[f.sentence].paragraph:
        k -= 1
    head = _RUN_IN_HEAD.match(ctx.text, ctx.sentences[k].start)
    if head is None or k == f.sentence and head.end() > f.start:
        return False
    named = places().mentions(head.group("head"))
    return len(named) == 1 and named[0].place == place and named[0].end - named[0].start == len(head.group("head"))


_RUN_IN_HEAD = regex(r"\s*(?P<head>[A-Z][\w'’ -]{1,40}?)\.\s")


def _total_of_frame(c: CellFigure, segment: frozenset[str], ctx: Context | None, f: Figure | None) -> bool:
    """A rate whose clause says it is the total's, of no segment of its own, beside the Total row of a table whose
    caption frames what it counts: "Total deliveries edged up 0.1%" beside "Deliveries by region, trucks" … "| Total |
    52,470 | 52,400 |"."""
    return c.total and bool(c.frame) and not lexicon().scope_free(segment) and not lexicon().scope_free(c.segment) \
        and _says_total(ctx, f)


def _framed_total(c: CellFigure, segment: frozenset[str], ctx: Context | None, f: Figure | None) -> bool:
    """A Total row's count under a caption that frames it as the rate's segment does, and names no metric, for a rate whose
    clause says it is the total's: "Total exports were 1.4% lower" beside "Vehicle exports by maker, units" … "TOTAL 372,380
    377,640" (never "its exports grew 6.4%", some maker's)."""
    return c.total and c.metric is None and c.unit_key == ("count",) and bool(segment) and bool(c.frame) \
        and c.segment | c.frame == segment and _says_total(ctx, f)


def _says_total(ctx: Context | None, f: Figure | None) -> bool:
    """Whether the rate's own clause says it is the total's ("Total exports were 1.4% lower", "Overall deliveries …")."""
    return ctx is not None and f is not None and _TOTAL_SAID.search(ctx.clause_text_before(f)) is not None


_TOTAL_SAID = regex(r"\b(?:[Tt]otal|[Oo]verall|[Aa]ll|[Aa]ltogether|[Cc]ombined)\b")


def _vehicles(c: CellFigure, unmeasured: set[int]) -> bool:
    """A count of vehicles sold or registered: a cell of that metric, or a count in a table that names no metric."""
    return c.unit_key == ("count",) and (c.metric == "sales" or lexicon().within.get(str(c.metric)) == "sales"
                                         or c.metric is None and c.table in unmeasured)


_GENERIC_LABEL = frozenset({"total", "all", "other", "others", "rest", "group", "overall", "sum", "subtotal", "the"})


def _first_word_said(label: str | None, words: str) -> bool:
    """Whether the words name a row by its label's first word ("Wren deliveries grew" beside "Wren van"), a name in
    capitals that no total or rest row opens with."""
    first = re.match(r"[A-Z][\w'’-]{2,}", (label or "").strip())
    return first is not None and first.group(0).lower() not in _GENERIC_LABEL \
        and re.search(r"\b" + re.escape(first.group(0)) + r"\b", words) is not None


def _label_opened(label: str | None, words: str) -> bool:
    """Whether the words hold a row label's first two words, in any case ("energy delivered" for "Energy delivered (GWh)")."""
    opening = re.findall(r"[A-Za-z][\w'’-]+", label or "")[:2]
    return len(opening) == 2 and opening[0].lower() not in _GENERIC_LABEL \
        and re.search(r"\b" + r"\s+".join(map(re.escape, opening)) + r"\b", words, re.I) is not None


def _amount_just_before(ctx: Context, f: Figure, measures: dict[str, Measure]) -> Figure | None:
    """The amount right before a rate in its sentence, with no other figure between them but its conversion
    ("21.84 billion yuan ($3.22 billion), up 45.4 percent": the yuan)."""
    before = [p.figure for p in ctx.by_sentence.get(f.sentence, ()) if p.figure.end <= f.start
              and not (p.figure.id in measures and measures[p.figure.id].role == "converted")]
    if before and before[-1].kind in ("money", "count", "number") and f.start - before[-1].end <= 60:
        return before[-1]
    return None


def _own_level_differs(level: Figure | None, cell: CellFigure) -> bool:
    """Whether the rate's sentence gives its own level, in the cell's unit, at a value the cell does not round to."""
    if level is None or _unit_key(level) != cell.unit_key or not level.value or not cell.figure.value:
        return False
    return abs(level.value - cell.figure.value) > 0.02 * max(abs(level.value), abs(cell.figure.value))


def _another_place(segment: frozenset[str], cell: CellFigure, table: Iterable[CellFigure]) -> bool:
    """"Sales in China declined 9.4%" beside a table whose rows set Japan and overseas apart from the global total: a
    region the rate names and the row does not is another place, not the article's scope."""
    lex = lexicon()
    places = {x for x in segment if lex.family(x) == "region"}
    if not places or places & (cell.segment | cell.frame):
        return False
    return any(lex.family(x) in ("region", "market") for c in table if c.table == cell.table for x in c.segment)


def _names_other_row(ctx: Context, fid: str, row: CellFigure, cells: Iterable[CellFigure], back: int = 0, named: bool = False) -> bool:
    """Whether the rate's sentence, before it, names another row of the table by its label; with `back`, the sentences
    before it in its paragraph too. A rate that names its row (`named`) is of the row named last before it."""
    place = ctx.place.get(fid)
    if place is None:
        return False
    first = place.figure.sentence
    while back and first and ctx.sentences[first - 1].paragraph == ctx.sentences[first].paragraph:
        first, back = first - 1, back - 1
    before = ctx.text[ctx.sentences[first].start:place.figure.start].lower()
    own = row.cell.label.strip().lower()
    if (named or not row.total) and len(own) > 3 and own in before:
        before = before[before.rindex(own):]  # "Vantor kept top spot …, but the story was Korrin, whose registrations rose
        # 141.0%": the row named last before the rate is the rate's
    labels = {c.cell.label.strip().lower() for c in cells if c.table == row.table and c.cell.row != row.cell.row}
    totals = {label for label in labels
              if all(c.total for c in cells if c.table == row.table and c.cell.label.strip().lower() == label)}
    return any(len(label) > 3 and any(label not in totals or not _OF_BEFORE.search(before, 0, k.start())
                                      for k in re.finditer(re.escape(label), before))
               for label in labels)


# "Europe, which produced 41.9% of group sales, grew 2.3%", "Turkey … accounted for 45.3% of the total": the Total row's
# label as the whole of a share, never the row the rate is of
_OF_BEFORE = regex(r"\bof\s+(?:the\s+)?$", re.I)


def _unit_key(f: Figure) -> tuple[str, ...]:
    return ("percent",) if f.kind in ("percent", "points") else (("money", str(f.unit)) if f.kind == "money" else ("count",))


_PLACE_OPENING = regex(r"\s*(?:In|Across|Within)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,")  # "In California, …"
_YEAR = regex(r"(?:19|20)\d\d(?![\d,.])")  # "2025 Deliveries" in a headline: a year read as a count
_WIDER_OPENING = regex(r"\s*(?:Including|Counting|Adding)\s[^,.;]*,")
_OUTFLOW = regex(r"\b(?:outflows?|cash\s+burn|burned|burnt)\b", re.I)
_SWING_OF = regex(r"\b(?:swing|turnaround|deterioration|improvement|difference|gap)\s+of\s+(?:about\s+|some\s+)?$", re.I)


def restated(figures: Sequence[Figure], measures: dict[str, Measure], cells: dict[str, CellFigure], text: str = "",
             scopes: dict[str, str] | None = None) -> list[Claim]:
    """A level in the prose with the measure of one table cell (metric, segment, period, unit):
    "Total revenues were RMB 6.18 billion in the second quarter" against the table's 6,180.4
    under "Q2 2025 RMB" (in millions). Where two cells could fit, nothing is checked; nor where the prose puts its
    figure in a place the table's cell is not counted in ("In California, 94,700 of the 446,800 new vehicles …" beside
    a table of the national market)."""
    levels = [c for c in cells.values() if c.role == "level" and c.metric and c.when and c.figure.kind != "percent" and not c.sub]
    parts = {m.restates for m in measures.values() if m.role == "share" and m.restates}
    remainders = {g.sentence for g in figures if (r := measures.get(g.id)) is not None and r.segment == REMAINDER}
    claims = []
    for f in figures:
        m = measures.get(f.id)
        if f.id in cells or m is None or m.role != "level" or not m.metric or not m.period or not f.relatable:
            continue
        if f.id in parts:
            continue  # "The Sierra SUV …: we delivered 6,588 units in the quarter, 60.3% of deliveries": a part the words
            # give a share of, never the table's deliveries restated
        if f.kind not in ("money", "count") or m.item or _YEAR.match(f.text):
            continue
        if f.sentence in remainders:
            continue  # "The Ridge crossover remains the workhorse at 241,900 deliveries, with the remaining 59,600 spread across
            # the others": a part of a whole its sentence splits, never a table's total restated
        if text and _SWING_OF.search(text, max(0, f.start - 40), f.start):
            continue  # "…, against an inflow of €36 million a year earlier, a swing of €119 million": a change, no level
        fits = [c for c in levels if c.metric == m.metric and c.when == m.period and c.unit_key == _unit_key(f)
                and _same_segment(c, m.segment)]
        if len({c.figure.value for c in fits}) != 1:
            continue
        cell = fits[0]
        if isinstance(place := (scopes or {}).get(f.id), str) and place != (scopes or {}).get(cell.figure.id) and text \
                and _PLACE_OPENING.match(text, sentence_start(text, f.start)):
            continue  # "In California, 94,700 of the 446,800 new vehicles …" beside a national table; never "SHANGHAI, China –"
        if text and _WIDER_OPENING.match(text, sentence_start(text, f.start)):
            continue  # "Including the three EFTA countries and the United Kingdom, 905,620 new cars were registered": more than
            # the table counts
        if text and _last_named_row_is_other(text, f, cell, cells.values()):
            continue  # "9.7% at Chassis & Safety, where EBIT reached €174 million": that row's EBIT, never the group's
        if cell.figure.value < 0 < f.value and (LOSS.search(text, max(0, f.start - 40), f.start)
                                                 or _OUTFLOW.search(text, max(0, f.start - 40), f.start)):
            continue  # "Net income swung to a loss of €47 million", "Free cash flow was an outflow of €83 million" beside the
            # table's -47 and -83: the words carry the sign
        if not 0.6 * abs(cell.figure.value) <= abs(f.value) <= 1.6 * abs(cell.figure.value):
            continue  # "fell 12.4% to 4,310 units" of used imports beside the table's 32,637 new cars, the half's 812,400
            # beside the quarter's 459,890: another thing measured, not a slip in restating the cell
        claims.append(Claim("restated", f.id, {"figure": f.id, "part": cell.figure.id}, mode="exact",
                            note="table: the text restates a table cell", extra={"cell": cell.place}))
    return claims


def _last_named_row_is_other(text: str, f: Figure, cell: CellFigure, rows: Iterable[CellFigure]) -> bool:
    """Whether the row of the cell's table that the prose figure's sentence names last before it is another row."""
    cut = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start))
    before = text[cut + 1:f.start].lower()
    labels = {c.cell.label.strip().lower() for c in rows if c.table == cell.table}
    named = [(m.end(), label) for label in labels if len(label) >= 4 for m in re.finditer(rf"\b{re.escape(label)}\b", before)]
    own = cell.cell.label.strip().lower()
    return bool(named) and max(named)[1] not in own


CELL = "table:cell"  # in the measures table's `taken`: the figure is a table cell
CELL_ITEM = regex(r"^(table\d+)\.(\d+)\.(\d+):")  # a cell's item in the measures table: "table1.0.2:Netherlands", table, row, column


def mark_cells(rows: list[tuple], cells: dict[str, CellFigure]) -> list[tuple]:
    """Rows of the measures table (measures.COLUMNS; `taken` last) with each cell's marked, so the
    joins can tell a relation among a table's own cells from one with the prose."""
    return [(*r[:-1], r[-1] | {CELL}) if r[1] in cells else r for r in rows]


def prose_joins(found: dict[str, list[Claim]], records: Records) -> dict[str, list[Claim]]:
    """The claims the joins by measure found, without those among a table's own cells: the table's
    structure states those (table_claims), and a join would only guess them."""
    marked = {(r.file, r.id) for r in records.rows if CELL in r.taken}
    if not marked:
        return found
    return {path: [c for c in claims if not all((path, fid) in marked for fid in c.figures)] for path, claims in found.items()}


__all__ = ["CELL", "CellFigure", "cell_measures", "mark_cells", "prose_joins", "table_figures", "table_claims", "with_tables"]


def name_cells(checks: dict[str, Any], claims: pd.DataFrame, figures: pd.DataFrame | None = None,
               documents: Sequence[Document] = ()) -> dict[str, Any]:
    """The checks' columns (rules.check_columns) with a `cell` column: for a check of a table's
    relation, the table, row label and column header of the cell whose stated value it tests, and
    the cell's line and column; for a check that joined the prose to a table (a share whose part is
    a row), the first cell among its figures. The message names the table, row and column too, so
    every format shows where in the table the finding is."""
    cell_of = {k: (e or {}).get("cell") for k, e in zip(claims["key"], claims["extra"])}
    cells = [cell_of.get(k) for k in checks["key"]]
    if figures is not None and documents and any(c is None for c in cells):
        found = _cells_of_figures(figures, documents)
        cells = [c if c is not None else next((found[(path, fid)] for fid in ids if (path, fid) in found), None)
                 for c, path, ids in zip(cells, checks["file"], checks["figures"])]
    messages = [m if not c else f"{m} [table {c['table']}: row “{c['row']}”, column “{c['column']}”]"
                for m, c in zip(checks["message"], cells)]
    return {**checks, "cell": cells, "message": messages}


def _cells_of_figures(figures: pd.DataFrame, documents: Sequence[Document]) -> dict[tuple[str, str], dict[str, object]]:
    """The table cell each figure stands in, by (file, figure id), as a finding's `cell` gives it."""
    import bisect

    out: dict[tuple[str, str], dict[str, object]] = {}
    for doc in documents:
        spans = sorted((c.start, c.end, t.index, c) for t in doc.tables for c in t.cells())
        if not spans:
            continue
        starts = [s for s, _, _, _ in spans]
        mine = figures[figures["file"] == doc.path]
        for fid, text, start, line, col in zip(mine["id"], mine["text"], mine["start"], mine["line"], mine["col"]):
            k = bisect.bisect_right(starts, int(start)) - 1
            if k >= 0 and spans[k][0] <= start < spans[k][1] and len(spans[k][3].text) <= len(str(text)) + 12:
                _, _, table, cell = spans[k]  # a figure that is its cell, not a sentence in a layout table
                out[(doc.path, str(fid))] = {"table": table, "row": cell.label, "column": cell.header, "line": int(line), "col": int(col)}
    return out
