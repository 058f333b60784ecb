"""Calendar periods as the text names them: "Q2 2025", "July 2025", "H1 2025", "January-July".

Shared vocabulary of the read layer (to infer an article's date) and the extract layer (to link
figures to periods). Periods are written as in the data tables: 2025-Q2, 2025-07, 2025-H1, 2025,
2025-01..2025-07.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from evcheck.cache import regex

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
QUARTER_END_MONTH = {"march": 1, "june": 2, "september": 3, "december": 4}


@dataclass(frozen=True)
class Period:
    """A named span of time; `code` is the form used in the data tables."""

    code: str
    start: date
    end: date

    def shifted_years(self, years: int) -> Period:
        return period_from_code(_shift_code(self.code, years))

    def __str__(self) -> str:
        return self.code


def _shift_code(code: str, years: int) -> str:
    return _YEAR_DIGITS.sub(lambda m: str(int(m.group(1)) + years), code)


_YEAR_DIGITS = regex(r"(\d{4})")  # compiled once: periods are shifted a few times for every figure


def month_period(year: int, month: int) -> Period:
    return Period(f"{year}-{month:02d}", date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def quarter_period(year: int, q: int) -> Period:
    return Period(f"{year}-Q{q}", date(year, 3 * q - 2, 1), month_period(year, 3 * q).end)


def half_period(year: int, h: int) -> Period:
    return Period(f"{year}-H{h}", date(year, 6 * h - 5, 1), month_period(year, 6 * h).end)


def year_period(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31))


def months_range(year: int, first: int, last: int) -> Period:
    return Period(f"{year}-{first:02d}..{year}-{last:02d}", date(year, first, 1), month_period(year, last).end)


def fiscal_year(year: int, first: int = 4) -> Period:
    """Twelve months from `first` of `year` into the next year: India's "2025-26" financial year is April 2025 to March
    2026."""
    end = month_period(year + 1, first - 1).end
    return Period(f"{year}-{first:02d}..{year + 1}-{first - 1:02d}", date(year, first, 1), end)


def day_range(year: int, month: int, first: int, last: int) -> Period | None:
    """Days of one month ("May 1-17", "the first 14 days of September"): a weekly estimate's stretch; all its days are
    the month."""
    days = calendar.monthrange(year, month)[1]
    if not 1 <= first < last <= days:
        return None
    if first == 1 and last == days:
        return month_period(year, month)
    return Period(f"{year}-{month:02d}-{first:02d}..{year}-{month:02d}-{last:02d}", date(year, month, first), date(year, month, last))


@lru_cache(maxsize=1024)
def period_from_code(code: str) -> Period:
    """Parses a data-table period code; raises ValueError on anything else. Cached: the measures
    and the joins ask for the same few codes thousands of times an article, and a Period is frozen."""
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", code):
        return quarter_period(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-H([12])", code):
        return half_period(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", code):
        if 1 <= int(m[2]) <= 12:
            return month_period(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})", code):
        return year_period(int(m[1]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", code):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return Period(code, day, day)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})", code):
        first, last = date(int(m[1]), int(m[2]), int(m[3])), date(int(m[4]), int(m[5]), int(m[6]))
        if first <= last:
            return Period(code, first, last)
    if m := re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", code):
        if m[1] == m[3] and 1 <= int(m[2]) <= int(m[4]) <= 12:
            return months_range(int(m[1]), int(m[2]), int(m[4]))
        if int(m[3]) == int(m[1]) + 1 and 1 <= int(m[4]) < int(m[2]) <= 12:
            return fiscal_year(int(m[1]), int(m[2]))
    raise ValueError(f"not a period: {code!r}")


_YEAR = r"(?P<year>(?:19|20)\d{2})"
_COUNT = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
COUNT = _COUNT  # a count from two to eleven, in words or digits, as one group ("the first five months", "the six-country total")


def count_of(word: str) -> int:
    """The number a COUNT match says: "five" or "5"."""
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


# Twelve months to a month: "the fiscal year to March", "the year ended March 31", "the twelve months to June", "the year
# to 30 June", "the year to March 31"; never a bare "the year to September", which in a calendar-year market report is
# the year to date
_TWELVE_MONTHS = (r"(?:(?:fiscal|financial|business)\s+year\s+(?:to|ended|ending)|(?:year|twelve\s+months)\s+(?:ended|ending)|"
                  rf"twelve\s+months\s+to|year\s+to(?=\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}|\s+{MONTH_RE}\s+\d{{1,2}}\b))")
_DAY_COUNT_WORDS = {**_COUNT_WORDS, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                    "eighteen": 18, "nineteen": 19, "twenty": 20}
_DAYS = r"(\d{1,2}|" + "|".join(sorted(_DAY_COUNT_WORDS, key=len, reverse=True)) + r")"
_NOT_AN_AMOUNT = r"(?![,.]?\d|\s*(?:%|per\s*cent|percent|million|billion|thousand|bn|mn|lakh|crore|m\b|k\b))"

# Each pattern's groups, the year left aside, are those `_build` reads for its kind.
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (regex(rf"\bQ([1-4])[\s,/-]*(?:FY)?{_YEAR}\b", re.I), "q"),
    (regex(rf"\b{_YEAR}[\s-]*Q([1-4])\b", re.I), "q"),
    (regex(rf"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+(?:of\s+)?{_YEAR}\b", re.I), "oq"),
    (regex(rf"\b(March|June|September|December)[\s-]+quarter\s+(?:of\s+)?{_YEAR}\b", re.I), "mq"),
    (regex(rf"\b(?:H([12])|(first|second)\s+half)[\s,/-]*(?:of\s+)?(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s*)?{_YEAR}\b", re.I), "h"),
    (regex(rf"\bbetween\s+({MONTH_RE})\s+and\s+({MONTH_RE})[\s,]+(?:of\s+)?{_YEAR}\b", re.I), "mm"),  # "Between January and
    # June 2026, new EU car registrations increased": the months from one to the other
    (regex(rf"\b({MONTH_RE})\s*(?:-|–|to|through)\s*({MONTH_RE})(?:\s+(?:quarter|period|months))?[\s,]+(?:of\s+)?{_YEAR}\b",
           re.I), "mm"),  # "the April-June period of 2023"
    (regex(rf"\bfirst\s+{_COUNT}\s+months\s+(?:of\s+)?{_YEAR}\b", re.I), "firstn"),
    # "the six months ended 30 June 2026"; "the fiscal year to March 2026", "the year ended 31 March 2026": twelve months
    (regex(rf"\b(?:{_COUNT}\s+months\s+(?:to|ended|ending|through)|{_TWELVE_MONTHS})\s+"
           rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({MONTH_RE})(?:\s+\d{{1,2}})?[\s,]+{_YEAR}\b", re.I), "nto"),
    (regex(rf"\b({MONTH_RE})[\s,]+(?:of\s+)?{_YEAR}\b", re.I), "m"),
    (regex(rf"\b(?:FY|CY|fiscal\s+|full[- ]year\s+){_YEAR}\b", re.I), "y"),
    (regex(r"\b([1-4])Q(?P<year>(?:19|20)?\d{2})\b"), "q"),  # a broker's "2Q26", "1Q2026"
    (regex(r"\b([12])H(?P<year>(?:19|20)?\d{2})\b"), "h"),  # "1H26"
    # "the final three months of 2025", "the last six months of 2025", "the final quarter of 2025": the year's end
    (regex(rf"\b(?:final|last|closing)\s+{_COUNT}\s+months\s+(?:of\s+)?{_YEAR}\b", re.I), "lastn"),
    (regex(rf"\b(?:final|last|closing)\s+quarter\s+of\s+{_YEAR}\b", re.I), "lastq"),
    (regex(r"\bQ([1-4])\s?['’](?P<year>\d{2})\b", re.I), "q"),  # a chat's "(Q2'25: 98,372)"
    (regex(r"\bH([12])\s?['’](?P<year>\d{2})\b", re.I), "h"),  # "H1 '25"
]
# "January sales had been 188,823", "from July's 2.593 million": a capitalised month that owns a noun
_NAMED_MONTH = regex(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?=['’]s\b|\s+alone\b|\s+(?:sales|registrations|deliveries|shipments|exports|imports|dispatches|installations|orders|bookings|revenues?|earnings|output|production|volumes?|figures?|totals?|"
    r"retail|wholesales?|data|numbers|market)\b|\s+(?:had\s+(?:been|seen|brought|added|contributed)|saw|brought|added|contributed|was\s+a|"
    r"(?:ended|closed|finished)\s+(?:with|on|at))\b|"
    r"\s+at\s+(?:an\s+estimated\s+|about\s+|around\s+)?\d|"  # "July sales had come in at 181,300 and August at 172,200"
    r"\s+had\s+(?:about\s+|around\s+)?\d|"  # "The year-earlier month had 1,874,300 retail sales and May had 1,842,700"
    r"\s+\d{1,3}(?:,\d{3})+(?!\d|,\d))")  # "January had brought 112,403 registrations and February 128,691"
_PREPOSITIONS = ("in", "for", "during", "of", "since", "by", "closed", "ended", "finished", "on")  # before a month's name
_LOOSE: list[tuple[re.Pattern[str], str]] = [
    (regex(r"\bQ([1-4])\b(?![\s,/-]*(?:FY)?(?:19|20)\d{2})", re.I), "q"),
    (regex(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b", re.I), "oq"),
    (regex(rf"\b({MONTH_RE})\s*(?:-|–|to|through)\s*({MONTH_RE})\b", re.I), "mm"),  # before "June quarter": "the April-June quarter"
    (regex(r"\b(March|June|September|December)[\s-]+quarter\b", re.I), "mq"),
    (regex(r"\b(?:H([12])\b|(first|second)[\s-]+half\b)", re.I), "h"),
    (regex(rf"\bfirst\s+{_COUNT}\s+months\b", re.I), "firstn"),
    (regex(rf"\b(?:{_COUNT}\s+months\s+(?:to|ended|ending|through)|{_TWELVE_MONTHS})\s+(?:the\s+end\s+of\s+)?({MONTH_RE})\b"
           r"(?:\s+(?:[12]\d|3[01])(?:st|th)?\b(?![,.]?\s*\d))?(?!\s+\d)", re.I), "nto"),  # "the three months ended June 30"
    (regex(rf"\b(?:{'|'.join(_PREPOSITIONS)})\s+({MONTH_RE})(?![\w.]|\s+\d)", re.I), "m"),
    (_NAMED_MONTH, "m"),
    # "86,950 in a traditionally quiet August": a month after its adjectives, capitalised as a month is
    (regex(rf"\b(?:in|during)\s+an?\s+(?:[a-z]+\s+){{1,2}}(?-i:({MONTH_RE}))(?![\w.]|\s+\d)", re.I), "m"),
    (regex(rf"\bafter\s+{_COUNT}\s+months\b", re.I), "firstn"),  # "After nine months, deliveries add up to 57,140"
    # "up 11.4% from July, when 2.645 million were sold": the month alone, so that the words before it say it is compared with
    # "Compared with January, when registrations reached 35,630", "against March"
    (regex(rf"(?:(?<=\bfrom\s)|(?<=\bFrom\s)|(?<=\bthan\s)|(?<=\bcompared\swith\s)|(?<=\bCompared\swith\s)|(?<=\bcompared\sto\s)|"
           rf"(?<=\bcomparison\swith\s)|(?<=\brelative\sto\s)|(?<=\bagainst\s)|(?<=\bAgainst\s)|(?<=\bversus\s)|(?<=%\sabove\s)|"
           rf"(?<=%\sbelow\s))({MONTH_RE})(?![\w.]|\s+\d)"), "m"),  # "9.6% above May"
    # "brings the five-month total to 96,310", "Of the nine-month revenue": the months from January; never a span to another
    # month ("the three-month period to September") nor a high or an average ("a six-month high")
    (regex(rf"\b{_COUNT}-month\s+(?:total|tally|figure|volume|sum|revenues?|turnover|sales|deliveries|registrations|output|"
           r"production|exports|EBIT|EBITDA|(?:operating\s+|net\s+)?(?:profit|income|loss)|earnings|results|free\s+cash\s+flow)\b"
           rf"(?!\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?{MONTH_RE})", re.I), "firstn"),
    # "Over nine months, sales of €14.6 billion were up 2.9%", "Revenue for the nine months was": the year to date, never "in six
    # months' time" or "the 12 months to"
    (regex(rf"\b(?:over\s+(?:the\s+)?|(?:in|during|for)\s+the\s+){_COUNT}\s+months\b(?!['’]|\s+(?:to|ended|ending|through|before|after|ago|"
           r"earlier|later|since|from|of)\b)", re.I), "firstn"),
    # "down 13.5% from a busy June, when 112,655 were sold": the month with its adjectives, after the word that compares
    # (the article's "a" first, then what stands before it: a literal start is searched for quickly)
    (regex(r"a(?:(?<=\bfrom\sa)|(?<=\bFrom\sa)|(?<=\bthan\sa)|(?<=\bagainst\sa)|(?<=\bAgainst\sa)|(?<=\bversus\sa)|"
           rf"(?<=\bwith\sa))n?\s+(?:[a-z]+\s+){{1,2}}({MONTH_RE})(?![\w.]|\s+\d)"), "m"),
    # "Through September, GM has sold 2,146,369 vehicles": the year to date; never a day ("runs through September 30"),
    # nor the end of another span ("the year through March", "July through September")
    # (its "t" first, in either case, then what stands before it: a pattern that opens with a class of characters is searched
    # for quickly, where the lookbehinds were tried at every character)
    (regex(rf"(?-i:[Tt])(?<![\w-]t)(?<!year\st)(?<!months\st)(?:hrough|hru)\s+({MONTH_RE})(?![\w.]|\s+\d)", re.I), "ytd"),
    # a weekly estimate's days: "May 1-17", "from September 1 to 14", "the first 17 days of May", "1-14 September"
    (regex(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*(\d{{1,2}})(?:st|nd|rd|th)?\b{_NOT_AN_AMOUNT}", re.I), "dd"),
    (regex(rf"\bfirst\s+{_DAYS}\s+days\s+of\s+({MONTH_RE})\b", re.I), "fd"),
    (regex(rf"(?<![\d,.])\b(\d{{1,2}})\s*(?:-|–)\s*(\d{{1,2}})\s+({MONTH_RE})\b", re.I), "dr"),
]
# "in April, May and June": three months named together, the span from the first to the last (a quarter); tried before
# the months one by one
_THREE_MONTHS = regex(rf"\b({MONTH_RE}),\s+{MONTH_RE},?\s+and\s+({MONTH_RE})\b(?![\w.]|\s+\d)", re.I)
_LOOSE.append((_THREE_MONTHS, "mm"))
# "8.6% of sales to the end of September": the year to date (never "the nine months to the end of September", "from July
# to the end of September"); "Nine months into the year, Australians have bought 912,640": January to September
_NO_MONTH_BEFORE = "".join(f"(?<!{name}\\st)" for name in ("January", "February", "March", "April", "May", "June", "July", "August",
                                                            "September", "October", "November", "December"))
_TO_THE_END_OF = regex(rf"(?-i:[Tt])(?<![\w-]t)(?<!year\st)(?<!months\st){_NO_MONTH_BEFORE}o\s+the\s+end\s+of\s+({MONTH_RE})(?![\w.]|\s+\d)",
                       re.I)  # the "t" first, as "through" above
_MONTHS_INTO = regex(rf"\b{_COUNT}\s+months\s+into\s+the\s+year\b", re.I)
_LOOSE.append((_TO_THE_END_OF, "ytd"))
_LOOSE.append((_MONTHS_INTO, "firstn"))
# "MARCH IN NUMBERS", "June at a glance": a heading that names the month its box of figures reports
_MONTH_HEADING = regex(rf"(?m)^[ \t]*({MONTH_RE})\s+(?:in\s+(?:numbers|figures|brief)|at\s+a\s+glance|by\s+the\s+numbers)[ \t]*:?[ \t]*$",
                       re.I)
_LOOSE.append((_MONTH_HEADING, "m"))


_LOOSE_ORDER = _LOOSE[16:] + _LOOSE[:16]  # a stretch of days before its month: "the first 17 days of May" is no May
# Where a period can begin. Every match of a pattern led by a month's name begins where one of
# _MONTH_START's does, every match of one led by "first", "second", …, "H1" where one of
# _ORDINAL_START's does, and every match of a month after "in", "for", … where one of
# _PREPOSITION_START's does (each is the pattern's own start, `\b` and its first words, as a lookahead,
# case-insensitive). So one search for those places and a match tried at each (`_matches`) find what
# each pattern's search of the whole text finds, at a fraction of the cost: six month patterns
# searched every text, about half of the time of its periods.
_MONTH_START = regex(rf"\b(?={MONTH_RE})", re.I)
_ORDINAL_START = regex(r"\b(?=first|second|third|fourth|1st|2nd|3rd|4th|H[12])", re.I)
_PREPOSITION_START = regex(rf"\b(?={'|'.join(_PREPOSITIONS)})", re.I)
# "six months to June", "fiscal year ended", "12-month total", "1-15 May": a count, a year's word or a digit
_COUNT_LEAD_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fiscal", "financial",
                     "business", "year")
_COUNT_START = regex(rf"\b(?={'|'.join(_COUNT_LEAD_WORDS)}|\d)", re.I)
_DIGIT_START = regex(r"\d(?<!\w\d)")  # a digit that opens a word, where _COUNT_START's "\b(?=\d)" matches: found by one scan
# "After nine months", "over the nine months", "for the nine months": "after" or "over", or where _PREPOSITION_START
# matches (_starts adds those places), where a search of the whole text tried the two patterns at every character
_SPAN_START = regex(r"\b(?=after|over)", re.I)
_FINAL_START = regex(r"\b(?=final|last|closing)", re.I)  # "the final three months of 2025", "the last quarter of 2024"
_FISCAL_START = regex(r"\b(?=fy|cy|fiscal|full)", re.I)  # "FY2025", "full-year 2025"
_LEAD: dict[re.Pattern[str], re.Pattern[str]] = {
    **{p: _MONTH_START for p in (PATTERNS[3][0], PATTERNS[6][0], PATTERNS[9][0], _LOOSE[2][0], _LOOSE[3][0], _LOOSE[11][0],
                                        _NAMED_MONTH, _LOOSE[16][0], _THREE_MONTHS)},
    **{p: _ORDINAL_START for p in (PATTERNS[2][0], PATTERNS[4][0], PATTERNS[7][0], _LOOSE[1][0], _LOOSE[4][0], _LOOSE[5][0],
                                   _LOOSE[17][0])},
    **{p: _PREPOSITION_START for p in (_LOOSE[7][0], _LOOSE[9][0])},
    **{p: _SPAN_START for p in (_LOOSE[10][0], _LOOSE[13][0])},
    **{p: _COUNT_START for p in (PATTERNS[8][0], _LOOSE[6][0], _LOOSE[12][0], _LOOSE[18][0], _LOOSE[21][0])},
    **{p: _FINAL_START for p in (PATTERNS[13][0], PATTERNS[14][0])},
    PATTERNS[10][0]: _FISCAL_START,
}


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text): where the pattern has a lead, tried only where the lead matches (the
    next try after a match begins at its end, as finditer's does; no pattern here matches empty); a
    pattern that needs words the text lacks (`_NEEDS`) is not tried at all."""
    needs = _NEEDS_OF.get(id(pattern))
    if needs is not None and (low := _lowered(text)) is not None and not any(w in low for w in needs):
        return
    lead = _LEAD_OF.get(id(pattern))
    if lead is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for p in _starts(text)[id(lead)]:
        if p >= end and (m := pattern.match(text, p)):
            yield m
            end = m.end()


def led_matches(pattern: re.Pattern[str], text: str, leads: tuple[str, ...] = (), needs: tuple[str, ...] = ()) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern none of whose matches is empty: nothing when the text lacks
    every word of `needs`, and with `leads`, the words (lower case) every match begins with, tried only
    where one of them is. A search of the whole text tries the pattern at every character; these
    patterns cost more that way than all the rest of reading the periods."""
    low = _lowered(text)
    if low is None:
        yield from pattern.finditer(text)
        return
    if needs and not any(w in low for w in needs):
        return
    if not leads:
        yield from pattern.finditer(text)
        return
    end = 0
    for p in _found(low, leads):
        if p >= end and (m := pattern.match(text, p)):
            yield m
            end = m.end()


def _found(low: str, words: tuple[str, ...]) -> list[int]:
    """Where any of the words begins in `low`, in order."""
    at = set()
    for part, group in _by_part(words):
        if part and part not in low:
            continue  # none of the group's words is there either
        for word in group:
            k = low.find(word)
            while k != -1:
                at.add(k)
                k = low.find(word, k + 1)
    return sorted(at)


@lru_cache(maxsize=64)
def _by_part(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words grouped by a part of four letters or more that each word of a group holds ("fold" in "twofold",
    "ten-fold", …), the part shared by the most words first; "" for a word that shares none. A text that lacks the
    part is scanned once for it, not once for each of its words: a list of fractions or multiples cost a scan of the
    whole text for each of its twenty or thirty words, where most texts hold none of them."""
    left = list(dict.fromkeys(words))
    groups: list[tuple[str, tuple[str, ...]]] = []
    while left:
        held = Counter(part for w in left for part in {w[i:j] for i in range(len(w)) for j in range(i + 4, len(w) + 1)})
        best = max(sorted(held), key=lambda part: (held[part], len(part)), default="")
        if not best or held[best] < 2:
            groups += [("", (w,)) for w in left]
            break
        groups.append((best, tuple(w for w in left if best in w)))
        left = [w for w in left if best not in w]
    return tuple(groups)


@lru_cache(maxsize=16)
def _lowered(text: str) -> str | None:
    """`lowered`, kept for the few texts asked about again and again (an article's whole text)."""
    return lowered(text)


def lowered(text: str) -> str | None:
    """The text in lower case, where a word's presence in it says whether a case-insensitive pattern
    can find the word in the text; None where it cannot say: a character that `re` matches to a Latin
    letter regardless of case (`_CASE_FOLDS`), or one that changes length in lower case."""
    low = text.lower()
    return low if len(low) == len(text) and not any(c in text for c in _CASE_FOLDS) else None


@lru_cache(maxsize=16)
def _starts(text: str) -> dict[int, list[int]]:
    """Where each lead matches in the text, once for the explicit and the yearless periods: tried only
    where the lower-cased text holds one of the words a lead can open with (`_LEAD_WORDS`), found by
    `str.find`; a search of the whole text tried each lead at every character, half the time of all
    the periods. A text `_lowered` cannot speak for is searched as before. By the lead's id (see _NEEDS_OF)."""
    low = _lowered(text)
    if low is None:
        starts = {id(lead): [m.start() for m in lead.finditer(text)] for lead in _LEAD_WORDS}
    else:
        starts = {id(lead): [k for k in _found(low, words) if lead.match(text, k)] for lead, words in _LEAD_WORDS.items()}
        # the digits _COUNT_START opens on: a find per digit and a match at each cost as much as the patterns it leads
        starts[id(_COUNT_START)] = sorted(starts[id(_COUNT_START)] + [m.start() for m in _DIGIT_START.finditer(text)])
    starts[id(_SPAN_START)] = sorted({*starts[id(_SPAN_START)], *starts[id(_PREPOSITION_START)]})
    return starts


# The words each lead opens with, lower-cased: every match of _MONTH_START begins with a month's first
# three letters, every match of _ORDINAL_START with an ordinal or "h1"/"h2", every match of
# _PREPOSITION_START with its prepositions.
MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # every month's name begins so
_LEAD_WORDS = {
    _MONTH_START: MONTH_WORDS,
    _ORDINAL_START: ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "h1", "h2"),
    _PREPOSITION_START: _PREPOSITIONS,
    _COUNT_START: _COUNT_LEAD_WORDS,  # and the digits that open a word (_starts)
    _SPAN_START: ("after", "over"),  # and _PREPOSITION_START's places (_starts)
    _FINAL_START: ("final", "last", "closing"),
    _FISCAL_START: ("fy", "cy", "fiscal", "full"),
}
_CASE_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: `re` with IGNORECASE matches them to i, i, s, k
# Words (lower case) without one of which a pattern cannot match: most texts name no "months", no "Q1"
# and no fiscal year, and each such search of the whole text cost as much as a lead's. Say them again
# here when a pattern above changes ("CY" next to "FY" needs "cy"); tests/test_periods.py checks them
# on generated text, with the words of every pattern among its pieces.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    PATTERNS[0][0]: ("q1", "q2", "q3", "q4"), PATTERNS[1][0]: ("q1", "q2", "q3", "q4"), PATTERNS[5][0]: ("between",),
    PATTERNS[8][0]: ("months", "year"), PATTERNS[10][0]: ("fy", "cy", "fiscal", "full"), _LOOSE[0][0]: ("q1", "q2", "q3", "q4"), _LOOSE[6][0]: ("months", "year"),
    _LOOSE[7][0]: MONTH_WORDS, _LOOSE[9][0]: MONTH_WORDS, _LOOSE[10][0]: ("months",), _LOOSE[12][0]: ("-month",),
    _LOOSE[13][0]: ("months",), _LOOSE[14][0]: ("from", "than", "against", "versus", "with"),
    _LOOSE[15][0]: ("through", "thru"), _LOOSE[16][0]: MONTH_WORDS, _LOOSE[17][0]: ("days",), _LOOSE[18][0]: MONTH_WORDS,
    PATTERNS[11][0]: ("1q", "2q", "3q", "4q"), PATTERNS[12][0]: ("1h", "2h"), PATTERNS[13][0]: ("months",), PATTERNS[14][0]: ("quarter",),
    PATTERNS[15][0]: ("q1", "q2", "q3", "q4"), PATTERNS[16][0]: ("h1", "h2"), _TO_THE_END_OF: ("end",), _MONTHS_INTO: ("into",),
    _MONTH_HEADING: ("numbers", "figures", "brief", "glance"),
}
# _matches looks both up by the pattern's identity: hashing a compiled pattern hashes its whole program,
# a month pattern's as long as the search it spares, and each pattern here is one object
_NEEDS_OF = {id(p): words for p, words in _NEEDS.items()}
_LEAD_OF = {id(p): lead for p, lead in _LEAD.items()}


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _build(kind: str, g: tuple, year: int) -> Period | None:
    if kind == "q":
        return quarter_period(year, int(g[0]))
    if kind == "oq":
        return quarter_period(year, ORDINAL_QUARTER[g[0].lower()])
    if kind == "mq":
        return quarter_period(year, QUARTER_END_MONTH[g[0].lower()])
    if kind == "h":
        return half_period(year, int(g[0]) if g[0] else (1 if g[1].lower() == "first" else 2))
    if kind == "mm":
        first, last = _month(g[0]), _month(g[1])
        return months_range(year, first, last) if first < last else None
    if kind == "firstn":
        count = count_of(g[0])
        return months_range(year, 1, count) if 1 < count <= 12 else None
    if kind == "lastn":
        count = count_of(g[0])
        return months_range(year, 13 - count, 12) if 1 < count < 12 else None
    if kind == "lastq":
        return quarter_period(year, 4)
    if kind == "nto":  # "the six months to June": within one calendar year only, but for a year to its last month
        count, last = (12 if g[0] is None else count_of(g[0])), _month(g[1])
        if count == 12:  # "the year ended 31 December 2025" is left to its month, which anchors the article's dates as before
            return None if last == 12 else fiscal_year(year - 1, last + 1)
        return months_range(year, last - count + 1, last) if 1 < count <= last else None
    if kind == "m":
        return month_period(year, _month(g[0]))
    if kind == "ytd":
        month = _month(g[0])
        return months_range(year, 1, month) if month > 1 else month_period(year, 1)
    if kind == "y":
        return year_period(year)
    if kind == "dd":
        return day_range(year, _month(g[0]), int(g[1]), int(g[2]))
    if kind == "dr":
        return day_range(year, _month(g[2]), int(g[0]), int(g[1]))
    if kind == "fd":
        return day_range(year, _month(g[1]), 1, int(g[0]) if g[0].isdigit() else _DAY_COUNT_WORDS[g[0].lower()])
    return None


def _groups(m: re.Match[str]) -> tuple:
    """The match's groups without the year."""
    skip = m.re.groupindex.get("year")
    return tuple(v for i, v in enumerate(m.groups(), 1) if i != skip)


# "FY2025", "FY26", "FY'26", "fiscal 2025", "fiscal year 2025": a label an article gives its fiscal years, its year as a
# group (`label_year` reads it); relate/timeline.py ties the labels to the years the article spells out
FISCAL_LABEL = r"\b(?:FY\s?['’]?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2}|(?<=FY)\d{2}|(?<=FY\s)\d{2}|(?<=['’])\d{2})\b"
_FISCAL_LABEL_WORD = regex(FISCAL_LABEL, re.I)


def label_year(m: re.Match[str]) -> int:
    """The year a fiscal label's digits say: "FY26" is 2026."""
    return int(m[1]) if len(m[1]) == 4 else 2000 + int(m[1])


def _built(kind: str, g: tuple, year: int, text: str) -> Period | None:
    """`_build`, with a year to a month read as twelve months only where the text labels its fiscal years."""
    period = _build(kind, g, year)
    if period is not None and kind == "nto" and period.start.year != period.end.year and not _labels_fiscal(text):
        return None
    return period


def _labels_fiscal(text: str) -> bool:
    """Whether the text labels a fiscal year: only then is a year to March read as twelve months (relate/timeline.py ties
    the labels to it), and elsewhere left to its month, as the rest of such an article's dates were read."""
    low = _lowered(text)
    return (low is None or "fy" in low or "fiscal" in low) and _FISCAL_LABEL_WORD.search(text) is not None


def find_periods(text: str) -> list[tuple[int, int, Period]]:
    """Every explicit period in the text with its span, earliest first, no overlaps."""
    known = _known
    if known is not None and text == known[0]:
        return list(known[1])
    return list(_find_periods(text))


_known: tuple[str, tuple[tuple[int, int, Period], ...]] | None = None


def known_periods(text: str, found: tuple[tuple[int, int, Period], ...]) -> None:
    """The periods the reader found in a document's text, answered for that text without a scan: a
    batch reads every document before it relates any, so by then the cache below has let most go, and
    the measure reader and the linker scanned each text again. Keyed by the text itself, so a text that
    differs is scanned as before, in whatever thread asks."""
    global _known
    _known = (text, found)


@lru_cache(maxsize=64)
def _find_periods(text: str) -> tuple[tuple[int, int, Period], ...]:
    """One scan per text: the reader, the linker and the measure reader all ask."""
    hits: list[tuple[int, int, Period]] = []
    taken = bytearray(len(text))
    for pattern, kind in PATTERNS:
        for m in _matches(pattern, text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            try:
                year = int(m.group("year"))
                period = _built(kind, _groups(m), year + 2000 if year < 100 else year, text)
            except (KeyError, ValueError):
                period = None
            if period:
                hits.append((m.start(), m.end(), period))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return tuple(sorted(hits, key=lambda h: h[0]))


def find_all_periods(text: str, default_year: int | None) -> list[tuple[int, int, Period]]:
    """Explicit periods, and yearless ones ("the second quarter", "July", "H1") given the year of
    the nearest explicit period before them, or `default_year`."""
    return list(_find_all_periods(text, default_year))


@lru_cache(maxsize=16)
def _find_all_periods(text: str, default_year: int | None) -> tuple[tuple[int, int, Period], ...]:
    explicit = find_periods(text)
    hits = list(explicit)
    taken = bytearray(len(text))
    for s, e, _ in explicit:
        taken[s:e] = b"\x01" * (e - s)
    starts = [s for s, _, _ in explicit]
    for pattern, kind in _LOOSE_ORDER:
        for m in _matches(pattern, text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            k = bisect.bisect_left(starts, m.start())
            year = explicit[k - 1][2].end.year if k else default_year
            if year is None:
                continue
            try:
                period = _built(kind, m.groups(), year, text)
            except (KeyError, ValueError):
                continue
            if period is None:
                continue
            hits.append((m.start(), m.end(), period))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    hits.sort(key=lambda h: h[0])
    return tuple(_year_to_date(text, hits, taken))


_YTD = regex(r"\b(?:year[- ]to[- ]date|so\s+far\s+this\s+year|YTD|"
             r"(?P<since>since\s+(?:(?P<from>January|February|March|April|May|June|July|August|September|October|November)|"
             r"the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)|so\s+far\s+in\s+(?P<year>(?:19|20)\d\d))"
             r"(?![\w.]|\s+\d))", re.I)  # "So far in 2026, 17,204 of us have bought one": the year to date
_YTD_LEADS = ("year", "so", "ytd", "since")  # what every match of _YTD begins with, lower-cased
_DAY_BEFORE = regex(r"\b\d{1,2}\s+$")  # "2 June 2026": a dateline's day


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation opened on its line."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _year_to_date(text: str, hits: list[tuple[int, int, Period]], taken: bytearray) -> list[tuple[int, int, Period]]:
    """"Year to date" runs from January to the month last named before it; "Since January" to the
    latest month named before it (a table's "May 2026 | May 2025" ends with the year before)."""
    added = []
    for m in led_matches(_YTD, text, _YTD_LEADS):
        since = m.group("since") is not None
        if since:
            inside = [h for h in hits if m.start() <= h[0] and h[1] <= m.end()]
            if any(h[0] < m.start() or h[1] > m.end() for h in hits if h[0] < m.end() and m.start() < h[1]):
                continue
            hits = [h for h in hits if h not in inside]
        elif taken.find(1, m.start(), m.end()) != -1:
            continue
        if m.group("year"):  # "the first five months of the year … So far in 2026": the span from January said before
            spans = [p for s, _, p in hits if s < m.start() and re.fullmatch(rf"{m.group('year')}-01\.\.{m.group('year')}-\d\d", p.code)]
            if spans:
                added.append((m.start(), m.end(), spans[-1]))
                continue
        months = [p for s, _, p in hits if s < m.start() and re.fullmatch(r"\d{4}-\d{2}", p.code)
                  and not (since and (_DAY_BEFORE.search(text, max(0, s - 4), s) or _quoted(text, s)))]  # "Brussels, 2 June
        # 2026" is a day; "retail will tell us in November", a month someone spoke of
        if not since and not m.group("year"):
            from_january = [(s, p) for s, _, p in hits if s < m.start() and re.fullmatch(r"(\d{4})-01\.\.\1-\d\d", p.code)]
            last_month = max((s for s, _, p in hits if s < m.start() and re.fullmatch(r"\d{4}-\d{2}", p.code)), default=-1)
            if from_january and max(s for s, _ in from_january) > last_month:  # "Nine months into the year, Australians have bought … They
                # have sold 119,010 so far this year": the latest span from January said since the last month named (a
                # dateline's "October 2026" is no month of the figures)
                added.append((m.start(), m.end(), max((p for _, p in from_january), key=lambda p: p.end)))
                continue
        if months:
            last = max(months, key=lambda p: p.start) if since else months[-1]
            if m.group("year") and int(m.group("year")) != last.start.year:
                continue
            first = MONTHS[m.group("from").lower()] if m.group("from") else 1  # "Since April, the first month of the fiscal
            if last.start.month > first:  # year, Vardhan has dispatched 2,841,300 vehicles": April to the latest month named
                added.append((m.start(), m.end(), months_range(last.start.year, first, last.start.month)))
    return sorted(hits + added, key=lambda h: h[0])


def previous(period: Period, basis: str) -> Period | None:
    """The period a change compares with: a year earlier, or the previous quarter, month or week."""
    code = period.code
    if basis in ("yoy", "unspecified"):
        return period.shifted_years(-1)
    if basis == "qoq" and (m := re.fullmatch(r"(\d{4})-Q([1-4])", code)):
        y, q = int(m[1]), int(m[2])
        return quarter_period(y - 1, 4) if q == 1 else quarter_period(y, q - 1)
    if basis == "wow" and (period.end - period.start).days == 6:
        start = period.start - timedelta(days=7)
        return Period(f"{start.isoformat()}..{(start + timedelta(days=6)).isoformat()}", start, start + timedelta(days=6))
    if basis == "mom" and (m := re.fullmatch(r"(\d{4})-(\d{2})", code)):
        y, mo = int(m[1]), int(m[2])
        return month_period(y - 1, 12) if mo == 1 else month_period(y, mo - 1)
    return None


_MONTH_RANGE_CODE = regex(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})")
_SPANS = {("01", "03"): "Q1", ("04", "06"): "Q2", ("07", "09"): "Q3", ("10", "12"): "Q4", ("01", "06"): "H1", ("07", "12"): "H2"}


def canonical_period(p: Period) -> Period:
    """One code for one span of time: January to June is the first half."""
    m = _MONTH_RANGE_CODE.fullmatch(p.code)
    if not m or m[1] != m[3]:
        return p
    if (m[2], m[4]) == ("01", "12"):
        return period_from_code(m[1])
    name = _SPANS.get((m[2], m[4]))
    return period_from_code(f"{m[1]}-{name}") if name else p


def granularity(p: Period) -> int:
    """Month, quarter, half, year, longer: 0 to 4."""
    days = (p.end - p.start).days
    return next(i for i, limit in enumerate((31, 92, 184, 366, 10**6)) if days <= limit)


def previous_code(code: str, basis: str) -> str | None:
    """The code of the period a change on `basis` compares `code` with; None where there is none."""
    try:
        p = previous(period_from_code(code), basis if basis != "unspecified" else "yoy")
    except ValueError:
        return None
    return p.code if p else None


def within(inner: str, outer: str) -> bool:
    """Whether the period coded `inner` lies inside the one coded `outer` (False where either is no code)."""
    try:
        a, b = period_from_code(inner), period_from_code(outer)
    except ValueError:
        return False
    return b.start <= a.start and a.end <= b.end
