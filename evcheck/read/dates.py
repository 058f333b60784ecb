"""An article's date: front matter, HTML meta, a dateline, or the latest period it reports.

Only a period the article reports can date it. A period it compares with ("up 5% from August
2024") or looks ahead to ("expects a profit for the year to March 2026") says nothing about when
it was written, so neither gives a yearless dateline its year nor becomes an inferred date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from evcheck.cache import regex
from evcheck.periods import MONTH_RE, MONTHS, Period, find_periods

# The years the period grammar reads (19xx, 20xx): a date outside them is a typo or a fuzzer's,
# and every later layer may count on an article's date being inside.
EARLIEST, LATEST = date(1900, 1, 1), date(2099, 12, 31)

_META_KEYS = ("date", "published", "pubdate", "publish_date", "article:published_time",
              "og:published_time", "datepublished", "dc.date", "dcterms.date", "sailthru.date")
_ISO = regex(r"(?<![\d.])((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?![\d.])")
_DAY_MONTH_YEAR = regex(rf"\b(\d{{1,2}})\s+({MONTH_RE})\s*,?\s+((?:19|20)\d{{2}})\b", re.I)
_MONTH_DAY_YEAR = regex(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d{{2}})\b", re.I)
_DOTTED = regex(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.,]\d)")
_WIRE = regex(rf"^[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]+,)?\s+({MONTH_RE})\s+(\d{{1,2}})\s*(?:\([^)]*\))?\s*[-–—]", re.M)

# The clause before a period, up to it: within one sentence (a point inside a number does not end it).
_CLAUSE = r"(?:[^.,;:!?\n]|[.,](?=\d)){0,60}$"
_COMPARED = regex(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|relative\s+to|year[- ]ago|"
    r"same\s+(?:period|month|quarter|time)|a\s+year\s+(?:earlier|ago|before)|from|"
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)than)\b" + _CLAUSE, re.I)
# "to 2.5 million from 2.1 million in July 2025": the period belongs to both values, not to the old one
_TO_FROM = regex(r"\bto\s+(?:[^.;!?\n]|\.(?=\d))*?\d(?:[^.;!?\n]|\.(?=\d))*?\bfrom\b" + _CLAUSE, re.I)
_FORECAST = regex(
    r"\b(?:forecast(?:s|ed|ing)?|expect(?:s|ed|ing|ations?)?|project(?:s|ed|ions?)|predict(?:s|ed|ions?)?|"
    r"guidance|outlook|target(?:s|ed|ing)?|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|will|would|"
    r"anticipate(?:s|d)?|sees|seen)\b" + _CLAUSE, re.I)


def plausible(day: date) -> bool:
    return EARLIEST <= day <= LATEST


def parse_date(value: object) -> date | None:
    """A date from front matter or meta content (ISO, with or without time)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if plausible(value) else None
    if not isinstance(value, str):
        return None
    m = _ISO.search(value)
    if m:
        return _safe(int(m[1]), int(m[3]), int(m[4]))
    return _dateline(value)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day if plausible(day) else None


def _dateline(head: str) -> date | None:
    for iso in _ISO.finditer(head):
        if d := _safe(int(iso[1]), int(iso[3]), int(iso[4])):
            return d
    if m := _DOTTED.search(head):  # "Published: 23. 7. 2026", "23.07.2026": day, month, year
        if d := _safe(int(m[3]), int(m[2]), int(m[1])):
            return d
    if m := _DAY_MONTH_YEAR.search(head):
        return _safe(int(m[3]), MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    if m := _MONTH_DAY_YEAR.search(head):
        return _safe(int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    return None


def period_role(text: str, start: int, period: Period) -> str:
    """"reported", "comparison" or "forecast": what the clause before a period says of it."""
    before = text[max(0, start - 160):start]
    if _FORECAST.search(before):
        return "forecast"
    if ".." not in period.code and _COMPARED.search(before) and not _TO_FROM.search(before):
        return "comparison"
    return "reported"


def dated_periods(text: str, found: Iterable[tuple[int, int, Period]] | None = None) -> list[tuple[int, int, Period, str]]:
    """Every explicit period of the text with its role (`found`: the text's periods, where they are known)."""
    return [(s, e, p, period_role(text, s, p)) for s, e, p in (find_periods(text) if found is None else found)]


_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_NOT_YEARED = r"(?<!\d\d[\s-])(?![\s,./-]*(?:of\s+)?(?:FY)?(?:19|20)\d{2})"


def _yearless(p: Period) -> re.Pattern[str] | None:
    """How the text names `p` without its year ("August", "the fourth quarter", "H1")."""
    if m := re.fullmatch(r"\d{4}-(\d{2})", p.code):
        # "may" and "mar" are words before they are months
        names = sorted((n for n, i in MONTHS.items() if i == int(m[1]) and n not in ("may", "mar")), key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(names)})\b{_NOT_YEARED}", re.I) if names else None
    if m := re.fullmatch(r"\d{4}-Q([1-4])", p.code):
        q = int(m[1])
        return re.compile(rf"\b(?:Q{q}|{q}Q|{_ORDINALS[q]}[\s-]+quarter)\b{_NOT_YEARED}", re.I)
    if m := re.fullmatch(r"\d{4}-H([12])", p.code):
        h = int(m[1])
        return re.compile(rf"\b(?:H{h}|{_ORDINALS[h]}[\s-]+half)\b{_NOT_YEARED}", re.I)
    return None


def _a_year_later(text: str, p: Period) -> date | None:
    """A period named only to compare with ("from August 2024") when the text also names it
    without a year ("sales rose in August"): the article reports the same period a year later."""
    pattern = _yearless(p)
    if pattern is None or not pattern.search(text):
        return None
    try:
        return p.shifted_years(1).end
    except ValueError:
        return None


@dataclass(frozen=True)
class _Bounds:
    reported: date | None  # the end of the latest period the article reports (or reports year on year)
    earliest: date | None  # the article cannot be older than this: the latest period it reports or compares with
    named: date | None  # the latest period it names, forecasts aside


def _bounds(text: str, periods: list[tuple[int, int, Period, str]]) -> _Bounds:
    reported = [p.end for _, _, p, role in periods if role == "reported"]
    compared = [p for _, _, p, role in periods if role == "comparison"]
    later = [d for p in compared if (d := _a_year_later(text, p))]
    plain = [p.end for p in compared]
    return _Bounds(max(reported + later, default=None), max(reported + later + plain, default=None),
                   max(reported + plain, default=None))


def latest_period_end(text: str, periods: list[tuple[int, int, Period, str]] | None = None) -> date | None:
    """The end of the latest period the text names, forecasts aside: results converted at
    period-end rates may be dated by it."""
    return _bounds(text, dated_periods(text) if periods is None else periods).named


def find_date(text: str, meta: dict, meta_source: str = "front-matter", notes: list[str] | None = None,
              periods: list[tuple[int, int, Period, str]] | None = None) -> tuple[str | None, str | None]:
    """Returns (ISO date, how it was found): front-matter / html-meta, dateline, inferred.
    A meta date that is not a date is said in `notes`, and the text dates the article instead.
    A yearless dateline takes the first year that puts it after every period the article reports
    or compares with; a period compared year on year counts as reported a year later."""
    bounds = _bounds(text, dated_periods(text) if periods is None else periods)
    where = "front matter" if meta_source == "front-matter" else "HTML meta"
    for key in _META_KEYS:
        if key in meta:
            if d := parse_date(meta[key]):
                return d.isoformat(), meta_source
            if notes is not None:
                shown = str(meta[key])
                shown = shown if len(shown) <= 40 else shown[:40] + "…"
                notes.append(f"{where} {key} {shown!r} is not a date between {EARLIEST} and {LATEST}; "
                             "the article is dated from its text instead")
    head = text.lstrip()[:400]
    if (m := _WIRE.search(head)) and (bound := bounds.earliest):
        month, day = MONTHS[m[1].lower().rstrip(".")], int(m[2])
        if d := _safe(bound.year, month, day):
            # "BEIJING, Jan 5" reporting December 2024 was written in 2025
            if (bound - d).days > 31:
                d = _safe(bound.year + 1, month, day) or d
            return d.isoformat(), "dateline"
    if d := _dateline(head):
        return d.isoformat(), "dateline"
    if bounds.reported and bounds.earliest:
        return bounds.earliest.isoformat(), "inferred"
    return None, None
