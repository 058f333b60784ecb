"""What a table's headers, row labels and caption say: a period, a change or share column, a unit.

Read only from words that leave no doubt: a header "Q2 2025", "Jul 2025", "FY2024", "2024",
"2Q25", "1H25"; "YoY", "QoQ", "MoM", "% change"; "Share", "% of total"; "RMB million", "US$",
"(in thousands)", "units", "lakh". Anything else is no period, no rate and no unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from evcheck.cache import regex
from evcheck.periods import find_periods, half_period, quarter_period, year_period

_YEAR = regex(r"^(?:FY|CY)?\s?'?((?:19|20)\d{2}|\d{2})(?:A|E)?$", re.I)
_QN = regex(r"^([1-4])Q\s?'?(\d{2}|\d{4})$|^Q([1-4])\s?'?(\d{2}|\d{4})$", re.I)
_HN = regex(r"^([12])H\s?'?(\d{2}|\d{4})$|^H([12])\s?'?(\d{2}|\d{4})$", re.I)
_MONTH_SHORT = regex(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[-' ]?(\d{2})$", re.I)
_END_YEAR = regex(r"^((?:year[- ])?end)-(?=(?:19|20)\d{2}$)", re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

RATE_WORDS = regex(
    r"\b(?:yoy|y-o-y|y/y|year[- ]on[- ]year|qoq|q-o-q|q/q|quarter[- ]on[- ]quarter|mom|m-o-m|m/m|month[- ]on[- ]month|"
    r"wow|w-o-w|w/w|week[- ]on[- ]week|"
    r"change|growth|chg|var\.?|variation|increase|inc/dec)\b|[%Δ]\s*(?:change|chg)|^\s*[+-]?\s*%\s*$|^\s*Δ\s*%?\s*$", re.I)
SHARE_WORDS = regex(r"\b(?:share|market\s+share|mix|penetration|% of total|of total|proportion|weight)\b", re.I)
POINTS_WORDS = regex(r"\b(?:pp|ppt|ppts|percentage\s+points?|bps|basis\s+points)\b|\(pp\)", re.I)
# a Total row is named "Total" alone (or "Grand total", "Industry", "All brands"): "Total revenues" is a metric
TOTAL_LABEL = regex(r"^\W*(?:grand\s+total|total(?:\s+[A-Za-z][\w-]*){0,2}|overall|"
                    r"all\s+(?:brands|vehicles|cars|segments|makers|makes|manufacturers|models|powertrains|fuels|fuel\s+types|regions|markets)|"
                    r"industry(?:\s+total)?|group(?:\s+total)?|all[- ]india|national(?:\s+total)?|nationwide|"
                    r"sum|combined)\W*(?:\([^)]*\))?\W*$", re.I)
SUB_LABEL = regex(r"^\W*(?:of\s+which|o/w|incl(?:uding|\.)?|thereof|among\s+(?:them|which)|-\s|–\s|—\s|\u2022)", re.I)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


@lru_cache(maxsize=4096)
def header_period(text: str) -> str | None:
    """The one period a header names, as a period code; None when it names none or several."""
    t = re.sub(r"\s+", " ", text).strip().strip("*").strip()
    t = re.sub(r"\((?:RMB|US\$|USD|units|%|[^)]{0,20})\)$", "", t).strip()
    t = _END_YEAR.sub(r"\1 ", t)  # "End-2025", a count at the year's end, as "End 2025"
    found = find_periods(t)
    if len(found) == 1:
        return found[0][2].code
    if len(found) > 1:
        return None
    for word in t.split(" "):
        if m := _QN.match(word):
            q, y = (m[1], m[2]) if m[1] else (m[3], m[4])
            return quarter_period(_year(y), int(q)).code
        if m := _HN.match(word):
            h, y = (m[1], m[2]) if m[1] else (m[3], m[4])
            return half_period(_year(y), int(h)).code
        if m := _MONTH_SHORT.match(word):
            return f"{_year(m[2])}-{_MONTHS.index(m[1].lower()[:3]) + 1:02d}"
        if (m := _YEAR.match(word)) and (len(m[1]) == 4 or word.upper().startswith(("FY", "CY"))):
            return year_period(_year(m[1])).code
    return None


_THIS_WEEK = regex(r"\W*(?:this|latest|current)\s+week\W*", re.I)
_WEEK_BEFORE = regex(r"\W*(?:(?:a\s+)?week\s+(?:ago|before|earlier)|(?:last|previous|prior)\s+week)\W*", re.I)
_WEEK_NUMBER = regex(r"\W*(?:wk|week|w)\.?\s*(\d{1,2})\W*", re.I)


def week_header(text: str) -> int | None:
    """The week a column header names: 0 for "This week", -1 for "Week ago" or "Last week", the ISO week's number for
    "Wk 37" or "W37"; None for any other header. Weeks need the article's date to be periods."""
    if _THIS_WEEK.fullmatch(text):
        return 0
    if _WEEK_BEFORE.fullmatch(text):
        return -1
    if (m := _WEEK_NUMBER.fullmatch(text)) and 1 <= int(m[1]) <= 53:
        return int(m[1])
    return None


@lru_cache(maxsize=4096)
def rate_basis(text: str) -> str | None:
    """yoy / qoq / mom / wow when a header names a change column; "unspecified" for a bare "% change"."""
    t = text.lower()
    if not RATE_WORDS.search(text) or SHARE_WORDS.search(text):
        return None
    if re.search(r"\b(?:qoq|q-o-q|q/q|quarter[- ]on[- ]quarter|sequential)\b", t):
        return "qoq"
    if re.search(r"\b(?:mom|m-o-m|m/m|month[- ]on[- ]month)\b", t):
        return "mom"
    if re.search(r"\b(?:wow|w-o-w|w/w|week[- ]on[- ]week)\b", t):
        return "wow"
    if re.search(r"\b(?:yoy|y-o-y|y/y|year[- ]on[- ]year)\b", t):
        return "yoy"
    return "unspecified"


def is_rate_or_share(text: str) -> bool:
    return bool(rate_basis(text) or SHARE_WORDS.search(text))


_MEASURE_WORDS = regex(
    r"\b(?:sales|deliveries|registrations|revenues?|turnover|production|output|exports?|imports?|wholesale|retail|"
    r"volumes?|units|shipments|orders|(?:net|operating|gross)\s+(?:income|profit|loss)|profit|loss|ebitda|margin|"
    r"vehicles|cars|installations|penetration|domestic|overseas|abroad|stocks?|inventor(?:y|ies)|supply)\b", re.I)
# "Carmaker   Domestic   Overseas", "Segment   In stock   Days' supply"


_YEAR_AGO = regex(r"\W*(?:(?:a|one)\s+)?(?:year\s+(?:ago|earlier|before)|(?:last|prior|previous|preceding)\s+year)\W*", re.I)
# the words of a column that counts nothing one adds up: a stock's days of supply
_NOT_ADDED = regex(r"\b(?:days?['’]?\s+(?:of\s+)?supply|turnover\s+days|days\s+(?:of\s+)?stock)\b", re.I)


def year_ago_header(text: str) -> bool:
    """"Year ago", "Last year", "Prior year": a column of the same measure a year before the table's period."""
    return _YEAR_AGO.fullmatch(text) is not None


def not_added(text: str) -> bool:
    """"Days' supply": a column whose rows never add up to its Total row (its Total is the market's own days)."""
    return _NOT_ADDED.search(text) is not None and not is_rate_or_share(text)  # never "Price change, YoY"


def is_measure(text: str) -> bool:
    """A column header that names what its column counts, a unit, or a change or share of it
    ("Deliveries", "Revenue (RMB bn)", "YoY"), and no period: a column of a table whose rows are periods."""
    if len(text) > 40 or header_period(text):
        return False
    if is_rate_or_share(text) or _MEASURE_WORDS.search(text):
        return True
    unit = read_unit(text)
    return unit.kind is not None or unit.scale_word is not None or unit.physical is not None  # "Installed (GWh)"


@dataclass(frozen=True)
class Unit:
    kind: str | None  # money | count | percent | None
    currency: str | None
    scale: float
    scale_word: str | None
    physical: str | None = None  # "Installations (GWh)": a physical unit each number of the column is in


_AMOUNT_NEXT = r"(?=\s*(?:millions?|billions?|thousands?|bn|mn|m\b|\)|,|$))"  # "CAD million", "(TRY)": never "CAD design"
_CURRENCIES = [
    (regex(r"\b(?:RMB|CNY|yuan|renminbi)\b|(?<![A-Z])Rmb\b", re.I), "CNY"),
    (regex(r"US\$|\bUSD\b|\bU\.S\. dollars\b|\bdollars\b|(?<![A-Z\w])\$", re.I), "USD"),
    (regex(r"HK\$|\bHKD\b", re.I), "HKD"),
    (regex(r"₹|\bRs\.?(?=[\s\d)]|$)|\bINR\b|\brupees?\b", re.I), "INR"),
    (regex(r"€|\bEUR\b|\beuros?\b", re.I), "EUR"),
    (regex(r"£|\bGBP\b|\bpounds?\b", re.I), "GBP"),
    (regex(r"\bJPY\b|\byen\b", re.I), "JPY"),
    (regex(r"\bKRW\b|\bwon\b|₩", re.I), "KRW"),
    (regex(r"\bSEK\b"), "SEK"), (regex(r"\bNOK\b"), "NOK"), (regex(r"\bDKK\b"), "DKK"), (regex(r"\bCHF\b"), "CHF"),
    (regex(r"\bAUD\b|\bA\$"), "AUD"), (regex(r"\bCAD\b" + _AMOUNT_NEXT + r"|\bC\$"), "CAD"), (regex(r"\bBRL\b|\bR\$"), "BRL"),
    (regex(r"\bTRY\b" + _AMOUNT_NEXT + r"|₺"), "TRY"), (regex(r"\bPLN\b|\bzloty\b", re.I), "PLN"), (regex(r"\bCZK\b"), "CZK"),
    (regex(r"\bHUF\b"), "HUF"), (regex(r"\bMXN\b"), "MXN"), (regex(r"\bZAR\b"), "ZAR"), (regex(r"\bTHB\b|\bbaht\b", re.I), "THB"),
]
_SCALES = [
    (regex(r"\blakh\s+crore\b", re.I), 1e12, "lakh crore"),
    (regex(r"\b(?:billions?|bn|bln)\b", re.I), 1e9, "billion"),
    (regex(r"\b(?:millions?|mn|mln|mio)\b|(?<!\w)(?:RMB|US\$|USD|EUR|€|£)\s?m\b|\$m\b", re.I), 1e6, "million"),
    (regex(r"\b(?:thousands?|'000s?|’000s?|000s)\b|\bin\s+k\b|\(k\)", re.I), 1e3, "thousand"),
    (regex(r"\bcrores?\b|\bcr\b", re.I), 1e7, "crore"),
    (regex(r"\b(?:lakhs?|lacs?)\b", re.I), 1e5, "lakh"),
]
_COUNT = regex(r"\b(?:units?|vehicles?|cars?|deliveries|registrations|sales\s+volume|volumes?|nos\.?|number)\b", re.I)


_ENERGY = regex(r"(?<![\w])(?:kWh|MWh|GWh|TWh)(?![\w])")


@lru_cache(maxsize=4096)
def _unit_words(text: str) -> tuple[str | None, tuple[float, str] | None, bool]:
    """The currency, the scale and whether units are counted, that one text names."""
    currency = next((code for pattern, code in _CURRENCIES if pattern.search(text)), None)
    scale = next(((value, word) for pattern, value, word in _SCALES if pattern.search(text)), None)
    return currency, scale, bool(_COUNT.search(text))


def read_unit(*texts: str) -> Unit:
    """The unit the first of `texts` that names one gives (a column header before the caption):
    currency, scale word, or counted units."""
    currency = scale_word = kind = physical = None
    scale = 1.0
    for t in texts:
        if not t:
            continue
        if physical is None and (m := _ENERGY.search(t)):
            physical = m.group(0)
        cur, sc, counted = _unit_words(t)
        if currency is None and cur:
            currency = cur
        if scale_word is None and sc:
            scale, scale_word = sc
        if kind is None and currency is None and counted:
            kind = "count"
    if currency:
        kind = "money"
    return Unit(kind, currency, scale, scale_word, None if currency else physical)
