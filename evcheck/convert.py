"""Converting money figures to another currency at the article's date (ECB reference rates).

The core of `evcheck convert`: a table of conversions for a document or one amount, and the
article rewritten with conversions added after figures that lack one. Nothing here prints.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from evcheck.errors import EvcheckError
from evcheck.extract import Figure, extract_figures
from evcheck.fx import Rates, load_rates
from evcheck.pipeline import analyse
from evcheck.read import Document
from evcheck.rules import wording


@dataclass(frozen=True)
class Conversion:
    figure: Figure
    target: str
    value: float
    rate: float
    rate_date: date
    note: str | None
    paired: bool = False  # the text already gives this amount with a conversion

    @property
    def text(self) -> str:
        return wording.quantity(self.value, self.target, 3)

    @property
    def rate_text(self) -> str:
        """The rate the way desks quote it: "7.179 CNY per USD" rather than "0.1393 USD per CNY"."""
        if self.rate < 1:
            return f"{1 / self.rate:.4f} {self.figure.unit} per {self.target}"
        return f"{self.rate:.4f} {self.target} per {self.figure.unit}"


def target_currency(code: str, rates: Rates) -> str:
    """An ISO code the ECB table knows, case-insensitive; anything else is a user error."""
    upper = code.strip().upper()
    if not rates.supports(upper):
        raise EvcheckError(f"unknown currency {code!r}; supported: {', '.join(rates.currencies)}")
    return upper


def _day(value: str | None, rates: Rates, code: str) -> tuple[date, str | None]:
    if value:
        return date.fromisoformat(value), None
    last = rates.bounds(code)[1]
    return last, f"no date given: the latest ECB rate ({last}) is used"


def convert_figure(figure: Figure, target: str, day: date, rates: Rates, note: str | None = None,
                   paired: bool = False) -> Conversion:
    unit = figure.unit or ""
    if not rates.supports(unit):
        raise EvcheckError(f"{figure.text!r}: no ECB rate for {figure.unit}; supported: {', '.join(rates.currencies)}")
    rate, when, clamped = rates.rate(unit, target, day)
    notes = [n for n in (note, figure.assumption) if n]
    if clamped:
        notes.append(f"{day} is outside the ECB data; the nearest rate ({when}) is used")
    return Conversion(figure, target, figure.value * rate, rate, when, "; ".join(notes) or None, paired)


def convert_amount(text: str, to: str, day: str | None = None, dollar: str = "USD") -> Conversion:
    """`evcheck convert "116bn yuan" --to usd`: exactly one money figure in the text."""
    rates = load_rates()
    target = target_currency(to, rates)
    money = [f for f in extract_figures(text, dollar=dollar) if f.kind == "money"]
    if len(money) != 1:
        raise EvcheckError(f"{text!r}: expected one amount of money such as '116bn yuan' or '$5.5bn'")
    when, note = _day(day, rates, target)
    return convert_figure(money[0], target, when, rates, note)


_RATE_GAP = re.compile(r"\s*(?:to|=|per|for|against|:)\s*", re.I)


def _stated_rates(doc: Document, figures: list[Figure]) -> set[str]:
    """Figures that state a rate rather than an amount: "RMB7.1636 to US$1.00", "$1 = 7.0631 yuan"."""
    money = [f for f in figures if f.kind == "money"]
    ids: set[str] = set()
    for a, b in zip(money, money[1:]):
        if a.unit != b.unit and 1.0 in (a.value, b.value) and b.start - a.end <= 40 and _RATE_GAP.fullmatch(doc.text[a.end:b.start]):
            ids |= {a.id, b.id}
    return ids


def convert_document(doc: Document, to: str, day: str | None = None, dollar: str = "USD") -> list[Conversion]:
    rates = load_rates()
    target = target_currency(to, rates)
    a = analyse(doc, dollar)
    figures, claims = a.figures, a.claims
    rates_stated = _stated_rates(doc, figures) | {f for c in claims if c.rule == "conversion" and c.mode == "stated-rate"
                                                  for f in c.figures}
    figures = [f for f in figures if f.id not in rates_stated]
    paired = {fid for c in claims if c.rule == "conversion" for fid in c.figures}
    when_text = day or doc.date
    note = None
    if when_text:
        when = date.fromisoformat(when_text)
        if not day and doc.date_source == "inferred":
            note = f"article date inferred from the latest period mentioned ({doc.date})"
    else:
        when, note = _day(None, rates, target)
    return [convert_figure(f, target, when, rates, note, f.id in paired) for f in figures
            if f.kind == "money" and f.relatable and f.unit and rates.supports(f.unit)]


def conversions_table(conversions: list[Conversion]) -> pd.DataFrame:
    """One row a conversion; a number too large for a float (inf) is no value, so it is left empty."""
    table = pd.DataFrame([
        {"id": c.figure.id, "text": c.figure.text, "line": c.figure.line, "col": c.figure.col,
         "value": c.figure.value, "unit": c.figure.unit, "converted": c.value, "to": c.target,
         "converted_text": c.text if np.isfinite(c.value) else None, "rate": c.rate, "rate_date": c.rate_date.isoformat(), "note": c.note}
        for c in conversions
    ], columns=["id", "text", "line", "col", "value", "unit", "converted", "to", "converted_text", "rate", "rate_date", "note"])
    for column in ("value", "converted", "rate"):
        table[column] = table[column].astype("float64").where(lambda v: np.isfinite(v))
    return table


def _json(data: object) -> str:
    """JSON with every number finite or null (NaN and Infinity are not JSON) and no raw controls."""
    from evcheck.report.safe import json_text
    from evcheck.report.values import clean

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return clean(value)

    return json_text(json.dumps(plain(data), ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


def _csv(table: pd.DataFrame) -> str:
    """CSV whose cells cannot run as spreadsheet formulas, like every other CSV evcheck writes."""
    from evcheck.report.safe import csv_frame

    return csv_frame(table).to_csv(index=False)


_ADDED = re.compile(r"\s*\(≈")
_OTHER_DOLLARS = re.compile(r"(?<![A-Za-z])(?:HK|S|A|AU|C|CA|NZ|NT|R|MX)\s?\$")
_US_DOLLAR_MARK = re.compile(r"\s*(US\s?\$|U\.S\.\s?\$|USD\s?)", re.I)


def _dollar_style(doc: Document, conversions: list[Conversion]) -> str | None:
    """How the article writes US dollars, when not with a bare "$": "US$" where it writes US$
    (or names other dollars, HK$ or S$, beside which a bare "$" is ambiguous), "USD " where it
    writes only that."""
    marks = [m.group(1).replace(" ", "") for c in conversions if c.figure.unit == "USD"
             if (m := _US_DOLLAR_MARK.match(c.figure.text))]
    usd = [c for c in conversions if c.figure.unit == "USD"]
    if any(m.upper() in ("US$", "U.S.$") for m in marks) or _OTHER_DOLLARS.search(doc.source):
        return "US$"
    if usd and len(marks) == len(usd):
        return "USD "
    return None


def _styled(text: str, target: str, style: str | None) -> str:
    if target == "USD" and style and text.startswith("$"):
        return style + text[1:]
    if target == "USD" and style and text.startswith("-$"):
        return "-" + style + text[2:]
    return text


def inline(doc: Document, conversions: list[Conversion]) -> tuple[str, int]:
    """The source with "(≈$16.2bn)" after each amount that is not already given in the target
    currency, and how many were added. An amount already followed by "(≈…)" is left alone, so a
    second run changes nothing; US dollars are written the way the article writes them."""
    source = doc.source
    style = _dollar_style(doc, conversions)
    out: list[str] = []
    last = 0
    added = 0
    for conv in sorted(conversions, key=lambda c: c.figure.end):
        f = conv.figure
        if f.unit == conv.target or conv.paired or _ADDED.match(source, f.end):
            continue
        out.append(source[last:f.end])
        out.append(f" (≈{_styled(conv.text, conv.target, style)})")
        last = f.end
        added += 1
    out.append(source[last:])
    return "".join(out), added


def render_amount(c: Conversion, fmt: str) -> str:
    """One conversion as a line with its rate (table), or as one CSV/JSON record."""
    if fmt == "table":
        return f"{c.figure.text} = {c.text} (ECB rate {c.rate_text} on {c.rate_date})\n" + (f"note: {c.note}\n" if c.note else "")
    table = conversions_table([c])
    if fmt == "csv":
        return _csv(table)
    return _json(table.to_dict("records")[0])


def render_document(doc: Document, conversions: list[Conversion], to: str, day: str | None, fmt: str) -> str:
    """An article's conversions as a table, CSV or JSON (with the date they were made at)."""
    table = conversions_table(conversions)
    if fmt == "csv":
        return _csv(table)
    if fmt == "json":
        return _json({"path": doc.path, "date": day or doc.date, "date_source": "option" if day else doc.date_source,
                      "to": to.upper(), "conversions": table.to_dict("records")})
    shown = table[["line", "col", "text", "converted_text", "rate", "rate_date", "note"]].fillna("")
    return shown.to_string(index=False) + "\n" if len(shown) else "no amounts of money in the article\n"
