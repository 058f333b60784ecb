"""conversion: an amount and its equivalent in another currency, against ECB rates and each other."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from evcheck.rules import wording as w
from evcheck.rules._frame import OUTPUT, Checks, Columns, records, text
from evcheck.rules.catalogue import CheckContext
from evcheck.rules.interval import div

if TYPE_CHECKING:
    from evcheck.fx import RateWindow


class _Pair(NamedTuple):
    """A conversion claim's cells, as its messages read them; `row` is its row of the claims table."""

    key: str
    file: str
    extra: object  # a dict, or NaN
    mode: object  # a str, or NaN
    figures: tuple[str, ...]
    amount_text: str
    amount_value: float
    converted_text: str
    converted_hedge: str | None
    amount_assumption: object  # a str, or None or NaN
    converted_assumption: object
    row: int


COLUMNS = _Pair._fields[:-1]
# one check: row, status, severity, stated, expected, expected_low, expected_high, message, figures
_Check = tuple[int, str, str, float, float, float, float, str, tuple[str, ...] | None]


def shift(day: date, days: int) -> date:
    """`day` moved by `days`, held at the ends of the calendar: an article dated 0001-01-01 or
    9999-12-31 has a window too, not an OverflowError."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def rate_window(article_date: str | None, source: str | None, period_end: str | None = None) -> tuple[date, date] | None:
    """Days whose ECB rates a writer may have used: the weeks before a known date (back to the end
    of the latest period the article reports, since results are often converted at period-end
    rates), or the weeks after that period end when the article's date is only inferred."""
    if not article_date:
        return None
    day = date.fromisoformat(article_date)
    if source == "inferred":
        return shift(day, -7), shift(day, 60)
    start = shift(day, -31)
    if period_end:
        start = min(start, shift(date.fromisoformat(period_end), -7))
    return max(start, shift(day, -200)), shift(day, 3)


def windows(article_date: str | None, source: str | None, period_end: str | None,
            own: dict[str, str]) -> list[tuple[date, date]]:
    """The spans of days whose rates a conversion may use: around the article's date, and, when
    its sentence names a period ("in H1 2024 …"), around that period (its days and the month after,
    for period-end rates). Two spans, not one from the period to the article: "H1 2024" in an
    article of August 2025 was checked against 19 months of rates. Spans that touch are one."""
    span = rate_window(article_date, source, period_end)
    if span is None:
        return []
    if not own.get("period_start"):
        return [span]
    start = date.fromisoformat(own["period_start"])
    end = min(shift(date.fromisoformat(own["period_end"]), 31), span[1])
    if end < start:
        return [span]
    if start <= span[1] and span[0] <= end:
        return [(min(start, span[0]), max(end, span[1]))]
    return [span, (start, end)]


def _stated_rates(cells: list[_Pair], quote: np.ndarray, base: np.ndarray, r_lo: np.ndarray, r_hi: np.ndarray,
                  exact_one: np.ndarray) -> dict[tuple[str, str, str], int]:
    """The first rate each article states per currency pair ("RMB7.1817 = US$1.00"): its other
    conversions between those currencies are checked against it before the ECB's."""
    found: dict[tuple[str, str, str], int] = {}
    for i, c in enumerate(cells):
        if exact_one[i] and r_lo[i] <= r_hi[i]:
            found.setdefault((c.file, quote[i], base[i]), i)
    return found


def _own_rate(i: int, cells: list[_Pair], quote: np.ndarray, base: np.ndarray, exact_one: np.ndarray, r_lo: np.ndarray,
              r_hi: np.ndarray) -> int | None:
    """The rate of the pair's currencies stated next after the pair in its own sentence ("9.62 billion yuan (€1.18 billion at
    8.15 yuan per euro)"): that conversion's rate, before any the article stated first."""
    c = cells[i]
    if exact_one[i]:
        return None
    last = max(_order(f) for f in c.figures)
    after = [j for j, r in enumerate(cells) if exact_one[j] and r_lo[j] <= r_hi[j] and r.file == c.file and quote[j] == quote[i]
             and base[j] == base[i] and _right_after(c, r) and min(_order(f) for f in r.figures) > last]
    return min(after, key=lambda j: min(_order(f) for f in cells[j].figures)) if after else None


def _order(figure_id: str) -> int:
    """A figure's place in its article, from its id ("f12")."""
    digits = figure_id.lstrip("f")
    return int(digits) if digits.isdigit() else -1


def _right_after(pair: _Pair, rate: _Pair) -> bool:
    """Whether the rate is stated in the pair's own sentence."""
    a, b = pair.extra, rate.extra
    return isinstance(a, dict) and isinstance(b, dict) and a.get("sentence") is not None and a.get("sentence") == b.get("sentence")


def _assumed(c: _Pair) -> str:
    """Which currency readings the check rests on ("bare $ read as USD …")."""
    notes = [n for n in (c.amount_assumption, c.converted_assumption) if isinstance(n, str)]
    return f" (assumption: {'; '.join(notes)})" if notes else ""


def pair_text(c: _Pair) -> str:
    if c.mode == "stated-rate":
        return f"the stated rate {c.amount_text} per {c.converted_text}"
    return f"{c.amount_text} ({c.converted_text})"


def _fmt_rate(x: float) -> str:
    return f"{x:.4g}" if x < 100 else f"{x:,.1f}"


def check(claims: Columns, ctx: CheckContext) -> Checks:
    quote = text(claims["amount_unit"]).astype(str)
    base = text(claims["converted_unit"]).astype(str)
    # In "RMB7.1636 to US$1.00" the one is exact: only the rate carries rounding.
    exact_one = claims["mode"] == "stated-rate"
    one = claims["converted_value"]
    c_lo = np.where(exact_one, one, claims["converted_low"])
    c_hi = np.where(exact_one, one, claims["converted_high"])
    c_rlo = np.where(exact_one, one, claims["converted_round_low"])
    c_rhi = np.where(exact_one, one, claims["converted_round_high"])
    i_lo, i_hi = div(claims["amount_low"], claims["amount_high"], c_lo, c_hi)
    r_lo, r_hi = div(claims["amount_round_low"], claims["amount_round_high"], c_rlo, c_rhi)
    with np.errstate(divide="ignore", invalid="ignore"):
        implied = claims["amount_value"] / claims["converted_value"]
    rows: list[_Check] = []
    rates = ctx.rates
    cells = [_Pair._make((*values, row)) for values, row in zip(records(claims, *COLUMNS), claims.at.tolist())]
    stated = _stated_rates(cells, quote, base, r_lo, r_hi, exact_one)
    by_stated: set[int] = set()
    for i, c in enumerate(cells):
        article_date, source, period_end = ctx.dates.get(c.file, (None, None, None))
        own = c.extra if isinstance(c.extra, dict) else {}
        spans = windows(article_date, source, period_end, own)
        said = f"{pair_text(c)} implies {_fmt_rate(implied[i])} {quote[i]} per {base[i]}"
        if abs(r_hi[i] - r_lo[i]) > 1e-9 * implied[i]:
            said += f" ({_fmt_rate(r_lo[i])}–{_fmt_rate(r_hi[i])} with the stated rounding)"
        same_rate = bool(own.get("same_rate"))  # "… equates to £45.0m at the same rate": the rate stated before, wherever
        j = _own_rate(i, cells, quote, base, exact_one, r_lo, r_hi)
        if j is None:
            j = stated.get((c.file, quote[i], base[i]))
        inverse = j is None and (j := stated.get((c.file, base[i], quote[i]))) is not None and (_right_after(c, cells[j]) or same_rate)
        # "$612.4 million, or AMD 237.6 billion at … 388 drams per dollar": the pair written the other way round from the
        # rate stated right after it; a rate stated elsewhere the other way round may be another conversion's
        if inverse is False and j is not None and stated.get((c.file, quote[i], base[i])) is None:
            j = None
        rate_extra = cells[j].extra if j is not None else None
        if j is not None and isinstance(rate_extra, dict) and rate_extra.get("worded") and not _right_after(c, cells[j]) and not same_rate:
            j = None  # "A weaker won, which averaged 1,452 won per dollar": a rate in words rules its own sentence only
        if j is not None and j != i:
            # the article's own rate comes first: its conversions follow it, whatever the ECB's were
            by_stated.add(i)
            lo, hi = (1 / r_hi[j], 1 / r_lo[j]) if inverse else (r_lo[j], r_hi[j])
            own_rate = 1 / implied[j] if inverse else implied[j]
            ok_plain = r_lo[i] <= hi and lo <= r_hi[i]
            ok_hedge = i_lo[i] <= hi and lo <= i_hi[i]
            where = f"the article's own rate, {pair_text(cells[j])}, is {_fmt_rate(implied[j])}" + (
                f", {_fmt_rate(own_rate)} {quote[i]} per {base[i]}" if inverse else "")
            if ok_plain or ok_hedge:
                end = w.ending("ok", "" if ok_plain else "hedge", c.converted_hedge)
                rows.append((c.row, "ok", "info", implied[i], own_rate, lo, hi, f"{said}; {where} — {end}{_assumed(c)}",
                             tuple(dict.fromkeys(tuple(cells[j].figures) + tuple(c.figures)))))
                continue
            gap = max(r_lo[i] - hi, lo - r_hi[i]) / own_rate
            severity = "warning" if gap <= ctx.band("conversion") else "error"
            rows.append((c.row, "mismatch", severity, implied[i], own_rate, lo, hi,
                         f"{said}; {where}: {c.amount_text} is about {w.quantity(c.amount_value / own_rate, base[i], 3)}, "
                         f"the text says {c.converted_text} — does not add up{_assumed(c)}",
                         tuple(dict.fromkeys(tuple(cells[j].figures) + tuple(c.figures)))))
            continue
        if rates is None or not spans or not (rates.supports(quote[i]) and rates.supports(base[i])):
            reason = "no article date" if not spans else f"no ECB rate for {quote[i] if not (rates and rates.supports(quote[i])) else base[i]}"
            rows.append((c.row, "info", "info", implied[i], np.nan, np.nan, np.nan,
                         f"{said}; not compared with ECB rates ({reason}) — for information", None))
            continue
        # the window that admits the implied rate, else the nearest: the article's date, or the amount's period
        found = [rates.window(base[i], quote[i], *span) for span in spans]
        fits = [(r_lo[i] <= x.high and x.low <= r_hi[i]) or (i_lo[i] <= x.high and x.low <= i_hi[i]) for x in found]
        win = found[fits.index(True)] if any(fits) else min(found, key=partial(_distance, r_lo[i], r_hi[i]))
        ok_plain = r_lo[i] <= win.high and win.low <= r_hi[i]
        ok_hedge = i_lo[i] <= win.high and win.low <= i_hi[i]
        where = f"ECB {_fmt_rate(win.low)}–{_fmt_rate(win.high)} between {win.first} and {win.last}"
        if win.clamped:
            where += f" (the article date {article_date} is outside the ECB data; nearest rates used)"
        if source == "inferred":
            where += f" (article date inferred: {article_date})"
        if ok_plain or ok_hedge:
            end = w.ending("ok", "" if ok_plain else "hedge", c.converted_hedge)
            rows.append((c.row, "ok", "info", implied[i], win.mid, win.low, win.high, f"{said}; {where} — {end}{_assumed(c)}", None))
            continue
        gap = max(r_lo[i] - win.high, win.low - r_hi[i]) / win.mid
        severity = "warning" if gap <= ctx.band("conversion") else "error"
        lo_amount, hi_amount = c.amount_value / win.high, c.amount_value / win.low
        should = w.quantity((lo_amount + hi_amount) / 2, base[i], 3)
        spread = w.span(lo_amount, hi_amount, partial(w.quantity, unit=base[i], digits=3))
        should += f" ({spread} at those rates)" if spread != should else ""
        rows.append((c.row, "mismatch", severity, implied[i], win.mid, win.low, win.high,
                     f"{said}; {where}: {c.amount_text} is about {should}, "
                     f"the text says {c.converted_text} — does not add up{_assumed(c)}", None))
    flagged = {r[0] for r in rows if r[1] == "mismatch"}
    rows += _agreement(cells, quote, base, (r_lo, r_hi), (i_lo, i_hi), implied, flagged | {cells[i].row for i in by_stated}, ctx)
    return dict(zip(OUTPUT, map(list, zip(*rows)))) if rows else {name: [] for name in OUTPUT}


def _distance(lo: float, hi: float, window: RateWindow) -> float:
    """How far the implied rates [lo, hi] lie from a window's rates: 0 or less where they meet."""
    return max(lo - window.high, window.low - hi)


def _historical(c: _Pair, ctx: CheckContext) -> bool:
    """A pair whose sentence names a time over a year before the article ("in 2021 …")."""
    own = c.extra if isinstance(c.extra, dict) else {}
    article_date = ctx.dates.get(c.file, (None,))[0]
    if not own.get("period_end") or not article_date:
        return False
    return date.fromisoformat(own["period_end"]) < shift(date.fromisoformat(article_date), -365)


def _agreement(cells: list[_Pair], quote: np.ndarray, base: np.ndarray, rounded: tuple[np.ndarray, np.ndarray],
               hedged: tuple[np.ndarray, np.ndarray], implied: np.ndarray, flagged: set[int], ctx: CheckContext) -> list[_Check]:
    """Two conversions between the same currencies in one article must imply one rate (amounts
    of another time aside); "71,850 yuan (about $10,690)" and "268,500 yuan (about $39,950)" agree within their hedges."""
    r_lo, r_hi = rounded
    h_lo, h_hi = hedged
    rows: list[_Check] = []
    seen: dict[tuple[str, str, str], list[int]] = {}
    for i, c in enumerate(cells):
        group = (c.file, quote[i], base[i])
        earlier = seen.setdefault(group, [])
        if c.row in flagged or _historical(c, ctx):
            continue  # already wrong against the ECB, or of another time: no yardstick for the others
        if earlier:
            lo = max(r_lo[j] for j in earlier)
            hi = min(r_hi[j] for j in earlier)
            if lo <= hi:
                first = cells[earlier[0]]
                loose_lo, loose_hi = max(h_lo[j] for j in earlier), min(h_hi[j] for j in earlier)
                ok = r_lo[i] <= hi and lo <= r_hi[i] or h_lo[i] <= loose_hi and loose_lo <= h_hi[i]
                gap = 0.0 if ok else max(r_lo[i] - hi, lo - r_hi[i]) / ((lo + hi) / 2)
                status = "ok" if ok else "mismatch"
                severity = "info" if ok else ("warning" if gap <= ctx.band("conversion") else "error")
                message = (f"{pair_text(c)} implies {_fmt_rate(implied[i])} {quote[i]} per {base[i]}; "
                           f"{pair_text(first)} earlier implies {_fmt_rate(lo)}–{_fmt_rate(hi)} — "
                           + ("the two conversions agree" if ok else "the two conversions disagree"))
                figs = tuple(dict.fromkeys(tuple(first.figures) + tuple(c.figures)))
                rows.append((c.row, status, severity, implied[i], (lo + hi) / 2, lo, hi, message, figs))
        earlier.append(i)
    return rows
