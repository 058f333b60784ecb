"""An article's date: front matter, HTML meta, a dateline, or the latest period it mentions."""

from __future__ import annotations

import re
from datetime import date, datetime

from evcheck.periods import MONTH_RE, MONTHS, find_periods

_META_KEYS = ("date", "published", "pubdate", "publish_date", "article:published_time",
              "og:published_time", "datepublished", "dc.date", "dcterms.date", "sailthru.date")
_ISO = re.compile(r"(?<![\d.])((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?![\d.])")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\s*,?\s+((?:19|20)\d{{2}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d{{2}})\b", re.I)
_WIRE = re.compile(rf"^[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]+,)?\s+({MONTH_RE})\s+(\d{{1,2}})\s*(?:\([^)]*\))?\s*[-–—]", re.M)


def parse_date(value: object) -> date | None:
    """A date from front matter or meta content (ISO, with or without time)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO.search(value)
    if m:
        return _safe(int(m[1]), int(m[3]), int(m[4]))
    return _dateline(value)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _dateline(head: str) -> date | None:
    for m in _ISO.finditer(head):
        if d := _safe(int(m[1]), int(m[3]), int(m[4])):
            return d
    if m := _DAY_MONTH_YEAR.search(head):
        return _safe(int(m[3]), MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    if m := _MONTH_DAY_YEAR.search(head):
        return _safe(int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    return None


def latest_period_end(text: str) -> date | None:
    ends = [p.end for _, _, p in find_periods(text)]
    return max(ends) if ends else None


def find_date(text: str, meta: dict, meta_source: str = "front-matter",
              latest: date | None = None) -> tuple[str | None, str | None]:
    """Returns (ISO date, how it was found): front-matter / html-meta, dateline, inferred.
    `latest` is the end of the latest period the text names, when the caller has it already."""
    if latest is None:
        latest = latest_period_end(text)
    for key in _META_KEYS:
        if key in meta and (d := parse_date(meta[key])):
            return d.isoformat(), meta_source
    head = text.lstrip()[:400]
    if m := _WIRE.search(head):
        year = latest.year if latest else None
        if year and (d := _safe(year, MONTHS[m[1].lower().rstrip(".")], int(m[2]))):
            # "BEIJING, Jan 5" reporting December 2024 was written in 2025
            if latest and (latest - d).days > 31:
                d = _safe(year + 1, d.month, d.day) or d
            return d.isoformat(), "dateline"
    if d := _dateline(head):
        return d.isoformat(), "dateline"
    if latest:
        return latest.isoformat(), "inferred"
    return None, None
