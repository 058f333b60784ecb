"""The periods an article names, each with its year, for the measures of its figures.

`periods.py` finds months, quarters and halves. Here are added what a measure needs besides:
bare years ("in 2021", "2020's total"), "the full year", "January and February combined",
"in the second" after "in the first quarter", and "last year". A period written without its
year takes the year of the period named before it in its paragraph, unless that one is a
comparison ("from the same period of 2024") or a forecast ("due to open in 2027"); else the
article's year, moved back a year when the period would lie after the article's date.
"""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta

from evcheck.cache import regex
from evcheck.periods import (
    COUNT,
    FISCAL_LABEL,
    MONTH_RE,
    MONTH_WORDS,
    MONTHS,
    Period,
    canonical_period,
    count_of,
    find_all_periods,
    find_periods,
    fiscal_year,
    granularity,
    half_period,
    label_year,
    led_matches,
    months_range,
    period_from_code,
    quarter_period,
    year_period,
)
from evcheck.prefilter import guarded
from evcheck.relate import context as cx

Span = tuple[int, int, Period]

_YEAR = regex(
    r"(?:\b(?:in|for|during|of|over|throughout|across|since)\s+|(?<=\bended\s)|(?<=\bclosed\s)|(?<=\bfinished\s))(?:(?:the\s+)?(?:calendar|fiscal|financial)\s+(?:year\s+)?)?((?:19|20)\d{2})\b(?![-/–]\d)"
    r"|\b((?:19|20)\d{2})(?:'s|’s|[ \t]+(?:(?:net|total|group|global|vehicle|car|unit)[ \t]+)?(?:sales|registrations|deliveries|"
    r"revenues?|shipments|production|output|exports|figures?|total|level|volumes?|results|profit|income|"
    r"full[- ]year|forecast|guidance|target|outlook)|[ \t]+(?:brought|saw))\b", re.I)  # "so 2024 brought growth of just 4.7%"
# (never across a line break: "Updated Friday, July 10, 2026" above "Sales of new vehicles in Kenya rose …" names no year's sales)
_YEAR_SUBJECT = regex(r"(?:^|(?<=[.!?]\s))((?:19|20)\d{2})[ \t]+(?:was|were)\b", re.M)  # never "the Peugeot 2008 was"
_FULL_YEAR = regex(r"\b(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year\b|\bfull[- ]year\b", re.I)
# "in" opening a word, its first letter first (in every case re.I reads as "i") so that re passes over the text to the next
# one, where "\b" first was tried at every character
_ORDINAL_QUARTER = regex(r"(?-i:[Iiİı])(?<!\w(?-i:[Iiİı]))n\s+the\s+(first|second|third|fourth)\b(?!\s+(?:quarter|half|month|week|place|largest|biggest|time|round|"
                         r"instance|row|line|two|three|four|five|six|seven|eight|nine|ten|eleven|few|days?|weeks|months|years?)\b|[-\w])", re.I)
_PREVIOUS_MONTH = regex(r"(?<!\bthe\s)\blast\s+month\b", re.I)  # but "the last month of the year"
_SAME_SPAN_OF = regex(r"\bsame\s+(?:period|quarter|month|half|time)\s+(?:of|in)\s+$", re.I)
_OF_LAST_YEAR = regex(r"\s+(?:of\s+)?last\s+year\b", re.I)
_LAST_MONTH = regex(rf"\blast\s+(?P<m>{MONTH_RE})(?!\s+(?:19|20)\d{{2}})", re.I)
_SAME_BEFORE = regex(r"\b(?:same|corresponding|comparable)\s+(?:period|month|quarter|half|months|week)\s+(?:of\s+)?$", re.I)
_LAST_YEAR = regex(r"\b(?:last|this)\s+year\b", re.I)
_THIS_MONTH = regex(r"\bthis\s+month\b", re.I)
_FROM_OPENING = guarded(regex(r"(?:^|[.!?:;]\s+|\n\s*(?:\d{1,2}\.\s+)?)From\s+$"))
_MONTH_SPAN = regex(rf"{MONTH_RE}\s+(?:to|through|until|-|–)\s+{MONTH_RE}\b", re.I)
_MONTH_PAIR = regex(rf"\b(?:(?:from|between)\s+)?(?P<a>{MONTH_RE})\s+(?:and|to|through|-|–)\s+(?P<b>{MONTH_RE})(?!\s+(?:19|20)\d{{2}}|['’]s\b)(?:\s+combined)?\b", re.I)
_FOR_COMPARISON = regex(r"[\w ]{3,25}?\s+(?:for|as\s+a)\s+comparison\b", re.I)
_COMPARED = guarded(regex(
    r"(?:\b(?:from|than|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|against|since|as\s+against|above|below|behind|ahead\s+of|short\s+of|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?)\s+(?:(?:in|during)\s+)?(?:(?:the|a|its|their)\s+)?"
    r"(?:same\s+(?:period|month|quarter|time)\s+(?:of|in|a\s+year\s+earlier\s+in)\s+|(?:level|figure|total)\s+(?:of|in)\s+)?"
    r"|\bsame\s+(?:period|month|quarter|time)\s+(?:of|in)\s+"
    r"|\b(?:comparable|corresponding|year-earlier|year-ago|prior-year)\s+(?:figure|number|amount|total|result)\s+(?:for|in|of)\s+(?:the\s+)?"
    r"|(?:%|\bper\s*cent|\bpercent|\bpoints?|\bpp|\bbps)\s+(?:(?:up|down|higher|lower)\s+)?(?:,?\s*respectively,?\s+)?(?:on|over)\s+(?:the\s+|a\s+)?"  # "up 7.2% on the first half of 2025",
    # "up 8.2% and 6.7% respectively on July 2025",
    # "6.3% over September's", "an improvement of 0.7 percentage points on the first half of 2025", "4.6% down on July 2025"
    r"|\b(?:double|doubled|twice|triple|tripled|treble|trebled|half|times)\s+(?:that\s+of\s+|the\s+)?(?:[^\s;]+\s+){0,3}?(?:of|in|for)\s+(?:the\s+)?"
    r"|\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|on|over)\s+(?:the\s+|a\s+)?"
    r"(?:same|corresponding|year-earlier|year-ago|prior-year)\s+(?:period|month|quarter|half|time)\s+"
    # but "rose 8.6% from a year earlier in June": the basis is named, and June is the figure's own month
    r"|\b(?:from|than|compared\s+(?:with|to)|versus|against|above|below)\s+(?!(?:a|the\s+(?:previous|prior))\s+(?:year|month|quarter)"
    r"(?:\s+(?:earlier|ago|before))?\s+(?:in|during|for|at)\s)(?:[^\s;]+\s+){1,4}(?:in|during|for|at|of)\s+(?:the\s+)?"
    r"|\b(?:compared\s+(?:with|to)|against|versus)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:margin|share|rate|level|total|figure)\s+of\s+"
    r"[\d.,]+\s*(?:%|per\s*cent|percent)?\s+(?:in|during|for|at)\s+(?:the\s+)?"  # "compared with a gross margin of 8.4% in fiscal 2025"
    r"|(?:%|\bper\s*cent|\bpercent)\s+on\s+(?:the\s+|a\s+)?(?:[$€£¥₩]|US\$)?\d[\d,.]*\s+(?:[^\s;]+\s+){0,2}?(?:in|during|for|at|of)\s+(?:the\s+)?"
    # "an increase of 22.9% on the 14,170 delivered in the third quarter of 2025"
    r"|\bsince\s+(?:[^\s;]+\s+){1,8}?in\s+)$", re.I))  # "our highest since the acquisition of the Lexus franchise in 2014"


# For `led_matches`: the words (lower case) every match of a pattern begins with, tried only there, or
# those one of which every match holds. Say them again here when a pattern above changes.
_YEAR_LEADS = ("in", "for", "during", "of", "over", "throughout", "across", "since", "19", "20")
_MONTH_PAIR_LEADS = ("from", "between", *MONTH_WORDS)
_LAST_MONTH_LEADS = ("last",)
_LAST_YEAR_LEADS = ("last", "this")
_FULL_YEAR_NEEDS = ("full", "whole", "entire")
_ORDINAL_QUARTER_NEEDS = ("first", "second", "third", "fourth")


_AHEAD_AFTER = regex(r"[\w\s-]{0,40}?\b(?:forecast|guidance|target|outlook|expectations?|estimates?|plans?|goal)\b", re.I)
_LEADING_PREPOSITION = regex(r"(?:in|of|during|for|over|throughout|across|since)\s+(?:the\s+)?", re.I)
_ON_AFTER_RATE = regex(r"(?:%|\bper\s*cent|\bpercent|\bpoints?|\bpp|\bbps)\s*$", re.I)  # "up 4.5 points" before "on March last
# year": the span "on March" opens with the word the comparison ends on
_SENTENCE_END = regex(r"[.!?](?=\s)")
_SINCE_OPENING = regex(r"since\s", re.I)
_OPENS_SENTENCE = regex(r"(?:^|[.!?:]\s+|\n\s*)$")
_LABEL_AFTER = regex(r"[^():\n]{2,30}:\s")
_SENTENCE_BREAK = guarded(regex(r".*(?:[.!?][\"'’”)]*\s+|\n)", re.S))  # to the last break: "… fastest.\n\n2. FIRST HALF\n\n"


# the text `compared` was last asked about, with its answers by start: one pair, replaced whole, so a
# thread that reads it never takes the answers of another thread's text
_last_asked: list[tuple[str | None, dict[int, bool]]] = [(None, {})]


def compared(text: str, start: int) -> bool:
    """A period that a comparison names ("from the same period of 2024"), not the one reported.
    Remembered for the text last asked about: the measure of every figure near a period asks
    again, about four times a period."""
    asked, answers = _last_asked[0]
    if asked is not text:
        answers = {}
        _last_asked[0] = (text, answers)
    found = answers.get(start)
    if found is None:
        found = answers[start] = _compared(text, start)
    return found


def _compared(text: str, start: int) -> bool:
    if _FOR_COMPARISON.match(text, start):
        return True  # "The table below sets out the month, with April 2025 for comparison"
    window = text[max(0, start - 60):start]
    if _FROM_OPENING.search(window) and _MONTH_SPAN.match(text, start):
        return False  # "From January to September 2026, 16,940 new cars were registered": the span's own start, no base
    if window.endswith("(") and _LABEL_AFTER.match(text, start, start + 40):
        return True  # "142,306 vehicles in August 2026 (August 2025: 131,880 vehicles)": the filing's comparative
    cut = _SENTENCE_BREAK.match(window)  # what a search finds, since ".*" takes any start: a search tried every start
    if _COMPARED.search(window[cut.end():] if cut else window):  # never across a sentence
        return True
    if text.startswith(("on ", "On "), start) and _ON_AFTER_RATE.search(window):
        return True
    lead = _LEADING_PREPOSITION.match(text, start)  # a span that opens with its preposition: "from 535.6 billion in 2024"
    if lead is not None and _SINCE_OPENING.match(text, start) and _OPENS_SENTENCE.search(window):
        return False  # "Since January, Belgium has registered 198,640 new cars": the year to date, not a base
    return lead is not None and compared(text, lead.end())


class _Taken:
    """Spans of text already read, asked by position: a scan of every span per match grew with the
    square of the text."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        lo = bisect.bisect_left(self.starts, s - self.longest)
        hi = bisect.bisect_left(self.starts, e)
        return any(b > s for _, b in self.spans[lo:hi])


_THIS_BEFORE = regex(r"\bthis\s+$", re.I)  # "this April": the article's, whatever year the paragraph named before
_OF_THIS_YEAR = regex(r"\s+(?:of\s+)?this\s+year\b(?!['’])", re.I)  # "the first three months of this year": the article's

_LISTED_MONTH_BEFORE = regex(rf"\b{MONTH_RE},\s*$", re.I)


def document_periods(text: str, article_date: str | None) -> list[Span]:
    year = int(article_date[:4]) if article_date else None
    today = date.fromisoformat(article_date) if article_date else None
    explicit = find_periods(text)
    explicit_starts = {s for s, _, _ in explicit}
    found = find_all_periods(text, year or 2000)
    taken = _Taken([(s, e) for s, e, _ in found])
    years = [(m.start(1) if m.group(1) and _SAME_SPAN_OF.search(text, max(0, m.start(1) - 40), m.start(1)) else m.start(), m.end(),
              year_period(int(m.group(1) or m.group(2))))
             for m in led_matches(_YEAR, text, _YEAR_LEADS) if not taken.overlaps(m.start(), m.end())]
    # "from 371,830 in the same quarter of 2025": the year alone, so that the words before it say it is compared with
    years += [(m.start(), m.end(), year_period(int(m.group(1)))) for m in led_matches(_YEAR_SUBJECT, text, ("19", "20"))
              if not taken.overlaps(m.start(), m.end())]  # "2025 was the best year in the Company's history"
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]

    def paragraph_of(pos: int) -> int:
        return paragraphs[bisect.bisect_right(paragraphs, pos) - 1]

    anchors = sorted((s, p.end.year) for s, _, p in [*explicit, *years]
                     if not compared(text, s) and not _forecast(text, s))
    anchor_starts = [a for a, _ in anchors]

    def year_for(pos: int, fallback_start: date | None, fallback_end: date | None = None, this: bool = False) -> int | None:
        """The year of a period written without one. With no year before it in its paragraph, the
        article's, unless the period would not have begun by the article's date, or (a quarter, a
        half, a full year) would not be over: "Net sales for the full year amounted to …" in February."""
        k = bisect.bisect_left(anchor_starts, pos) - 1  # the last anchor before pos, in its paragraph
        if k >= 0 and anchors[k][0] >= paragraph_of(pos) and not this:  # "this April's figure" is never April 2025's
            if today is not None and fallback_start is not None and fallback_end is None and anchors[k][1] == today.year \
                    and _in_year(fallback_start, today.year) > today and not _forecast(text, pos) and not _AHEAD_AFTER.match(text, pos):
                return today.year - 1  # "In the first quarter of 2026 …, 2,546 fewer cars … than in December alone": the December
                # before the article's date, not one still ahead of it
            return anchors[k][1]
        if year is None:
            return 2000
        if today is not None and fallback_start is not None and _in_year(fallback_start, year) > today:
            return year - 1
        if today is not None and fallback_end is not None and _in_year(fallback_end, year) > today \
                and not _forecast(text, pos) and not _AHEAD_AFTER.match(text, pos):
            return year - 1
        return year

    spans: list[Span] = []
    for s, e, p in found:
        if s not in explicit_starts and re.match(r"^\d{4}", p.code):
            last = _OF_LAST_YEAR.match(text, e)
            if last and year:
                p = p.shifted_years(year - 1 - p.start.year)  # "October last year"
                e = last.end()
            elif p.start.year != p.end.year:  # "the year to March" runs into the year it ends in: that year is the one to find
                y = year_for(s, None, p.end)
                if y is not None and y != p.end.year:
                    p = p.shifted_years(y - p.end.year)
            else:
                longer = p.end.month != p.start.month or p.end.year != p.start.year
                y = year_for(s, p.start, p.end if longer and p.start.year == p.end.year else None,
                             this=_THIS_BEFORE.search(text, max(0, s - 8), s) is not None or _OF_THIS_YEAR.match(text, e) is not None)
                if y is not None and y != p.start.year:
                    p = p.shifted_years(y - p.start.year)
        spans.append((s, e, p))
    taken = _Taken([(s, e) for s, e, _ in spans + years])
    extra: list[Span] = list(years)
    pairs = []
    for m in led_matches(_MONTH_PAIR, text, _MONTH_PAIR_LEADS):
        a, b = MONTHS[m.group("a").lower().rstrip(".")], MONTHS[m.group("b").lower().rstrip(".")]
        if a < b and not _LISTED_MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start()):  # but "April, May and June": the
            # three months together
            pairs.append((m.start(), m.end()))
            y = year_for(m.start(), date(2000, a, 1))
            if y:
                extra.append((m.start(), m.end(), months_range(y, a, b)))
    if pairs:  # the months inside "January and February combined" give way to it
        paired = _Taken(pairs)
        spans = [t for t in spans if not paired.overlaps(t[0], t[1])]
    pool = sorted((s, p.start.year) for s, _, p in spans + extra)
    for m in led_matches(_FULL_YEAR, text, needs=_FULL_YEAR_NEEDS):
        if not taken.overlaps(m.start(), m.end()):
            k, lead = bisect.bisect_left(pool, (paragraph_of(m.start()), 0)), None
            while k < len(pool) and pool[k][0] < m.start():
                if not compared(text, pool[k][0]):
                    lead = pool[k][1]
                    break
                k += 1
            y = lead if lead is not None else year_for(m.start(), None, date(2000, 12, 31))
            if y:
                extra.append((m.start(), m.end(), year_period(y)))
                bisect.insort(pool, (m.start(), y))
    span_starts = [s for s, _, _ in spans]
    for m in led_matches(_ORDINAL_QUARTER, text, needs=_ORDINAL_QUARTER_NEEDS):
        if taken.overlaps(m.start(), m.end()):
            continue
        window = spans[bisect.bisect_left(span_starts, m.start() - 199):bisect.bisect_left(span_starts, m.start())]
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m.group(1).lower()]
        first = [p for _, _, p in window if re.fullmatch(r"\d{4}-Q1", p.code)] if n > 1 else \
            [p for _, _, p in window if re.fullmatch(r"\d{4}-Q[2-4]", p.code)]  # "€291 million in the second quarter and €235
        # million in the first": the first quarter of the year the quarters named before it are in
        if first:
            extra.append((m.start(), m.end(), quarter_period(first[-1].start.year, n)))
    if year:
        lasts = []
        for m in led_matches(_LAST_MONTH, text, _LAST_MONTH_LEADS):
            month = MONTHS[m.group("m").lower().rstrip(".")]
            lasts.append((m.start(), m.end()))
            extra.append((m.start(), m.end(), _month(year - 1, month)))
        if lasts:  # "last February": the month inside gives way
            spans = [t for t in spans if not any(a <= t[0] and t[1] <= b for a, b in _within(lasts, t[0]))]
        if today is not None:
            before = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
            for m in led_matches(_PREVIOUS_MONTH, text, _LAST_MONTH_LEADS):
                if not taken.overlaps(m.start(), m.end()):
                    extra.append((m.start(), m.end(), _month(*before)))  # "12,684 new vehicles were registered last month"
            for m in led_matches(_THIS_MONTH, text, ("this",)):
                if not taken.overlaps(m.start(), m.end()):
                    extra.append((m.start(), m.end(), _month(today.year, today.month)))  # "up 14.9% this month": the article's
        for m in led_matches(_LAST_YEAR, text, _LAST_YEAR_LEADS):
            if _SAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "in the same month last year": a year before the month the sentence reports, not all of it
            if not taken.overlaps(m.start(), m.end()):
                extra.append((m.start(), m.end(), year_period(year - 1 if m.group(0).lower().startswith("last") else year)))
    found_spans = sorted((h for h in spans + extra if not _in_a_title(text, h[0], h[1])), key=lambda h: h[0])
    return _fiscal_to_date(text, _labelled_fiscal(text, _tied_quarters(text, _april_fiscal(text, _indian_fiscal(text, found_spans, today)))))


_QUARTER_LABEL = regex(r"Q([1-4])")
_NAMES_FISCAL = regex(r"\bFY\s?['’]?\d{2}|\bfiscal\b|\bfinancial\s+year\b", re.I)
_TIED_REACH = 600  # how soon after a quarter's label the months that say which quarter it is must come


def _tied_quarters(text: str, spans: list[Span]) -> list[Span]:
    """The spans with quarter labels written without a year ("Sahyadri's Q1 profit jumps 18%") read as the quarters of
    the fiscal year the article's first label is tied to: by the first three whole months it names after that label, not
    as a comparison ("… for the April-June quarter": Q1 is April to June, Q2 July to September). An article whose
    months are the calendar quarter of its label, or that ties no months to it, keeps the calendar's."""
    bare = {(s, e): int(m[1]) for s, e, p in spans if (m := _QUARTER_LABEL.fullmatch(text, s, e)) is not None
            and p.code.endswith(f"-Q{m[1]}") and (b := _BARE_QUARTER.match(text, s)) is not None and b.end() == e}
    if not bare or not _NAMES_FISCAL.search(text):
        return spans
    (_, first_end), q = next(iter(bare.items()))  # the article's first label
    tied = next((p for s, e, p in spans if first_end <= s < first_end + _TIED_REACH and _MONTH_NAMED.search(text, s, e)
                 and p.start.day == 1 and (p.end.year * 12 + p.end.month) - (p.start.year * 12 + p.start.month) == 2
                 and (p.end + timedelta(days=1)).day == 1 and not compared(text, s)), None)  # three whole months
    if tied is None:
        return spans
    fiscal_start = tied.start.year * 12 + tied.start.month - 1 - 3 * (q - 1)  # months since year 0, of the fiscal year's first
    if fiscal_start % 12 == 0:
        return spans  # "Q2 deliveries … in the April-June quarter": the calendar's
    read = []
    for s, e, p in spans:
        if (s, e) in bare:
            first = fiscal_start + 3 * (bare[(s, e)] - 1)
            year, month = divmod(first, 12)
            if month + 3 <= 12:  # a quarter that runs across the calendar year's end has no code
                p = canonical_period(months_range(year, month + 1, month + 3))
        read.append((s, e, p))
    return read


# India's financial year runs April to March: FY27 (FY2027, 2026-27) is April 2026 to March 2027, and its
# second quarter ("Q2 FY27") July to September 2026. Read so only where the article counts in India's units.
_INDIAN_UNITS = guarded(regex(r"\b(?:crores?|lakhs?|Rs\.?|INR)\b|₹|\b\d{1,2}(?:,\d{2})+,\d{3}\b"))  # or "12,48,630": India's grouping
_FISCAL_QUARTER = regex(r"\b(?:Q([1-4])\s*(?:of\s+)?|(first|second|third|fourth)\s+quarter\s+(?:of\s+)?)"
                        r"(?:FY\s?['’]?(\d{2}|20\d{2})|(20\d{2})-(?:20)?(\d{2})\s+(?:fiscal|financial\s+year))\b", re.I)
_FISCAL_HALF = regex(r"\b(?:H1\s*(?:of\s+)?FY\s?['’]?(\d{2}|20\d{2})\b|first\s+half\s+of\s+(?:FY\s?['’]?(\d{2}|20\d{2})\b|"
                     r"(?:the|this)\s+(?:fiscal|financial\s+year)\b(?:\s+year\b)?))", re.I)
_FISCAL_SPAN = regex(r"\b(?:FY\s?)?(20\d{2})\s?[-–/]\s?(\d{2})\b(?![-–/]\d)(?!\s*(?:%|per\s*cent|percent))", re.I)  # "2025-26", "FY2024-25"
_BARE_QUARTER = regex(r"\b(?:Q([1-4])|(first|second|third|fourth)\s+quarter)\b(?![\s,/-]*(?:of\s+)?(?:FY|(?:19|20)\d{2}\b))", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _in_year(day: date, year: int) -> date:
    """The same day in another year; 29 February, in a year without one, the 28th ("1,702 in February 2024", then a
    yearless "February" in a 2026 article)."""
    return day.replace(year=year, day=28) if (day.month, day.day) == (2, 29) and not calendar.isleap(year) else day.replace(year=year)


def _fiscal_end_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _fiscal_quarter(end_year: int, q: int) -> Period:
    """Quarter q of a financial year (India's, Japan's) that ends in March of end_year, as a calendar quarter."""
    return quarter_period(end_year, 1) if q == 4 else quarter_period(end_year - 1, q + 1)


def _indian_fiscal(text: str, spans: list[Span], today: date | None) -> list[Span]:
    """The spans with India's fiscal quarters and halves read as the calendar months they are, in an
    article that counts in crore or lakh and names at least one quarter by its fiscal year ("Q2 FY27").
    There a quarter named without its year ("Sahyadri Motors Q2 results") is of the fiscal year the
    article names first, and "the first half of the fiscal" is April to September of the fiscal year
    under way at the article's date. Calendar periods ("the June quarter", "July-September") stay as they are."""
    if "FY" not in text and "fiscal" not in text.lower() and "financial year" not in text.lower() or not _INDIAN_UNITS.search(text):
        return spans
    years = [(m.start(), m.end(), fiscal_year(int(m[1]))) for m in _FISCAL_SPAN.finditer(text) if (int(m[1]) + 1) % 100 == int(m[2])]
    if years:  # "In the 2025-26 financial year …", "In 2024-25 the electric share was 53.4%": April to March, never one calendar year
        spans = sorted([h for h in spans if not any(a < h[1] and h[0] < b for a, b, _ in years)] + years, key=lambda h: h[0])
    labelled = []
    for m in _FISCAL_QUARTER.finditer(text):
        q = int(m[1]) if m[1] else _ORDINALS[m[2].lower()]
        end_year = _fiscal_end_year(m[3]) if m[3] else (int(m[4]) + 1 if (int(m[4]) + 1) % 100 == int(m[5]) % 100 else None)
        if end_year is not None:
            labelled.append((m.start(), m.end(), _fiscal_quarter(end_year, q), end_year))
    if not labelled:
        return spans
    first = labelled[0][3]
    current = (today.year + 1 if today.month >= 4 else today.year) if today is not None else first
    read = [(s, e, p) for s, e, p, _ in labelled]
    for m in _BARE_QUARTER.finditer(text):
        q = int(m[1]) if m[1] else _ORDINALS[m[2].lower()]
        read.append((m.start(), m.end(), _fiscal_quarter(first, q)))
    for m in _FISCAL_HALF.finditer(text):
        digits = m[1] or m[2]
        end_year = _fiscal_end_year(digits) if digits else current
        read.append((m.start(), m.end(), months_range(end_year - 1, 4, 9)))
    read = [r for r in read if not any(a < r[1] and r[0] < b for a, b, _ in read if (a, b) != (r[0], r[1]) and b - a > r[1] - r[0])]
    kept = [h for h in spans if not any(a < h[1] and h[0] < b for a, b, _ in read)]
    return sorted(kept + read, key=lambda h: h[0])


# Japan's carmakers keep a fiscal year from April to March. "The first quarter of the fiscal year ending March 31, 2027"
# is April to June 2026, and a text that ties a fiscal quarter to its months ("fiscal second quarter" beside "the
# July-September quarter") names every quarter and half by that year: "First-quarter operating profit" is April-June.
_ENDING_MARCH = regex(r"\b(first|second|third|fourth)\s+quarter\s+of\s+(?:the|its|their)\s+(?:fiscal|financial|business)\s+year\s+"
                      r"(?:ending|ended|that\s+ends|to)\s+(?:on\s+|in\s+)?March(?:\s+31)?,?\s+(20\d{2})\b", re.I)
_FISCAL_ORDINAL = regex(r"\bfiscal\s+(first|second|third|fourth)\s+quarter\b|\b(first|second|third|fourth)\s+(?:fiscal\s+quarter|"
                        r"quarter\s+of\s+(?:the|its|their)\s+(?:fiscal|financial|business)\s+year)\b", re.I)
_NUMBERED_QUARTER = regex(r"(?:the\s+)?(?:Q([1-4])|(first|second|third|fourth)[\s-]+quarter|(first|second)[\s-]+half|H([12]))", re.I)
_QUARTER_FY = regex(r"Q([1-4])\s*(?:of\s+)?FY\s?['’]?(\d{2}|20\d{2})|FY\s?['’]?(\d{2}|20\d{2})\s*Q([1-4])", re.I)
_MONTH_NAMED = regex(rf"{MONTH_RE}", re.I)


def _april_fiscal(text: str, spans: list[Span]) -> list[Span]:
    """The spans with quarters and halves named by number read as April-to-March fiscal ones, where the text says its
    fiscal year ends in March or ties a fiscal quarter to the calendar quarter after it and to no other. Quarters named
    by their months, and periods with a calendar year of their own ("the first quarter of 2027"), stay as they are."""
    if "fiscal" not in text.lower() and "financial year" not in text.lower():
        return spans
    if _INDIAN_UNITS.search(text) and _FISCAL_QUARTER.search(text):
        return spans  # India's "Q2 FY26" names its year by its end, and `_indian_fiscal` has read the article already
    start_year = None
    if (m := _ENDING_MARCH.search(text)) is not None:
        start_year = int(m[2]) - 1
    else:
        told = {_ORDINALS[(m[1] or m[2]).lower()] for m in _FISCAL_ORDINAL.finditer(text)}
        by_months = [canonical_period(p) for s, e, p in spans if _MONTH_NAMED.search(text, s, e) and not compared(text, s)]
        by_months = [p for p in by_months if re.fullmatch(r"\d{4}-Q[1-4]", p.code)]
        later = {(p.start.year if p.start.month > 3 else p.start.year - 1) for p in by_months
                 if any(p.start.month == 3 * q % 12 + 1 for q in told)}
        same = any(p.start.month == 3 * q - 2 for p in by_months for q in told)
        if len(later) != 1 or same:
            return spans
        start_year = later.pop()
    read = []
    for s, e, p in spans:
        q = None
        if (fy := _QUARTER_FY.fullmatch(text, s, e)) is not None:
            digits = fy[2] or fy[3]
            if (int(digits) if len(digits) == 4 else 2000 + int(digits)) in (start_year, start_year + 1):
                q = int(fy[1] or fy[4])
        elif (m := _NUMBERED_QUARTER.fullmatch(text, s, e)) is not None:
            if m[3] or m[4]:  # the second half runs across the new year, which no period code spans
                read.append((s, e, months_range(start_year, 4, 9) if (m[3] or "").lower() == "first" or m[4] == "1" else p))
                continue
            q = int(m[1]) if m[1] else _ORDINALS[m[2].lower()]
        read.append((s, e, p if q is None else _fiscal_quarter(start_year + 1, q)))
    return read


# "FY2025", "fiscal 2025", "Fiscal year 2025": a fiscal year named by one calendar year, which some companies take from the
# year it begins in (Nissan's FY2025 ends in March 2026) and others from the year it ends in (Toyota's, a US supplier's)
_FISCAL_LABEL = guarded(regex(FISCAL_LABEL + r"(?![-–/]\d)", re.I))  # never India's "FY2025-26" (`_indian_fiscal`)
# "For fiscal 2026, ending March 2027", "FY2026, the year ended March 31, 2026": a label with its own end
_LABEL_ENDING = regex(FISCAL_LABEL + r"\s*[,(]?\s*"
                      r"(?:the\s+(?:fiscal\s+|financial\s+)?year\s+)?(?:ending|ended|to|that\s+ends)\s+(?:on\s+|in\s+)?(?:\d{1,2}\s+)?"
                      rf"(?P<month>{MONTH_RE})(?:\s+\d{{1,2}})?,?\s+(?P<year>(?:19|20)\d{{2}})\b", re.I)
_LABEL_BESIDE = 20  # a label this near a year without its year written names it all the same
_LABEL_REACH = 300  # how near a label and a spelled-out fiscal year must be for the one to name the other


def fiscal_reading(text: str, spans: list[Span]) -> tuple[int, int] | None:
    """How the article names its fiscal years: (offset, closing month), where a label's year plus the offset is the
    calendar year its fiscal year ends in. "Fiscal year 2025", then "For the fiscal year to March 2026, …": this article
    names a fiscal year by the year it begins in, (1, 3), so its "FY2024" is April 2024 to March 2025. Each spelled-out
    year with its year written (twelve months ending in a month other than December) is tied to its nearest label; None
    unless every tie gives one offset, of 0 or 1, and the years one closing month (India's labels are read by
    `_indian_fiscal`). A year without its year written ("the year to March") ties no label near it, its year being the
    article date's guess; with no other, the article's labels must allow one way only."""
    labels = [(m.start(), m.end(), label_year(m)) for m in _FISCAL_LABEL.finditer(text)]
    fiscal = [(s, e, p) for s, e, p in spans if p.start.year != p.end.year and granularity(p) == 3
              and not any(a < e and s < b for a, b, _ in labels)]  # spelled out, not a label read already
    if not fiscal and not _LABEL_ENDING.search(text) or len({p.end.month for _, _, p in fiscal}) > 1 or _INDIAN_UNITS.search(text):
        return None
    offsets: set[int] = set()
    ends: set[int] = set()
    for m in _LABEL_ENDING.finditer(text):  # "For fiscal 2026, ending March 2027": the label says its own way
        month = MONTHS[m["month"].lower().rstrip(".")]
        if month != 12:
            offsets.add(int(m["year"]) - label_year(m))
            ends.add(month)
    for s, e, p in fiscal:
        gap, year = min(((max(0, a - e, s - b), year) for a, b, year in labels), default=(_LABEL_REACH + 1, 0))
        if gap <= _LABEL_REACH and _FOUR_DIGIT_YEAR.search(text, s, e) or gap <= _LABEL_BESIDE:
            offsets.add(p.end.year - year)  # "fiscal 2026, its year ended September 30": named in one breath
    if not offsets:  # only years without their year written ("the year to March" of a May article): the labels the
        # article uses must hold one that is that year, by one way only ("FY2025 | FY2024" beside the year to March 2026)
        offsets = {0, 1}
        for s, e, p in fiscal:
            if not _FOUR_DIGIT_YEAR.search(text, s, e):
                offsets &= {p.end.year - year for _, _, year in labels}
    ends |= {p.end.month for _, _, p in fiscal}
    return (offsets.pop(), ends.pop()) if len(offsets) == 1 and offsets <= {0, 1} and len(ends) == 1 else None


def fiscal_label(words: str, reading: tuple[int, int] | None) -> str | None:
    """The period code of the fiscal year the words name by its label ("FY2025", a table's column), read the article's
    way; None where they name none or the article has no way."""
    if reading is None or (m := _FISCAL_LABEL.search(words)) is None:
        return None
    offset, month = reading
    year = fiscal_year(label_year(m) + offset - 1, month % 12 + 1)
    if (part := _FISCAL_PART.search(words, 0, m.start())) is None:
        return year.code
    size = 3 if part.group("q") else 6  # "Q2 FY2026", "H1 FY2026": a quarter or a half of that fiscal year
    first = year.start.month - 1 + (int(part.group("q") or part.group("h")) - 1) * size
    start_year, start_month = year.start.year + first // 12, first % 12 + 1
    if start_month + size - 1 > 12:
        return None  # a part that runs across the calendar year's end: no code spans it
    if size == 3 and start_month % 3 == 1:
        return quarter_period(start_year, start_month // 3 + 1).code
    if size == 6 and start_month in (1, 7):
        return half_period(start_year, start_month // 6 + 1).code
    return months_range(start_year, start_month, start_month + size - 1).code


def fiscal_labels(text: str, article_date: str | None) -> tuple[int, int] | None:
    """`fiscal_reading` of a whole article (the cheap test first: few articles label a fiscal year)."""
    return fiscal_reading(text, document_periods(text, article_date)) if _FISCAL_LABEL.search(text) else None


def _month_named(text: str, start: int, end: int) -> int:
    """Where the span's month is named: "the fiscal year ended March 31, 2026" kept to its month begins at "March"."""
    m = _MONTH_NAMED.search(text, start, end)
    return m.start() if m else start


def _labelled_fiscal(text: str, spans: list[Span]) -> list[Span]:
    """The spans with each fiscal-year label read as the fiscal year the article spells out (see `fiscal_reading`)."""
    if not _FISCAL_LABEL.search(text) or _INDIAN_UNITS.search(text):
        return spans  # (India's labels and years are read by `_indian_fiscal`)
    reading = fiscal_reading(text, spans)
    if reading is None:  # labels the article's years cannot be tied to: a spelled-out year keeps to its last month, as
        # before, so that no figure of it is compared with one of another reading (its quarters, "a year earlier")
        return [(_month_named(text, s, e), e, _month(p.end.year, p.end.month))
                if p.start.year != p.end.year and granularity(p) == 3 and _MONTH_NAMED.search(text, s, e) else (s, e, p)
                for s, e, p in spans]
    read = []
    for s, e, p in spans:
        if re.fullmatch(r"\d{4}", p.code) and (m := _FISCAL_LABEL.search(text, s, e)) is not None and str(label_year(m)) == p.code:
            p = period_from_code(str(fiscal_label(m.group(0), reading)))
        read.append((s, e, p))
    return read


_FISCAL_PART = regex(r"\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))\s*$", re.I)  # "Q2 " before "FY2026"
_FISCAL_TO_DATE = guarded(regex(r"\b(?:fiscal|financial)[- ]year[- ]to[- ]date\b|\bFYTD\b", re.I))


_FIRST_MONTHS_OF_FISCAL = guarded(regex(rf"\b(?:first|same|opening)\s+{COUNT}\s+months\s+of\s+"
                                r"(?:the\s+)?(?=(?:FY\s?)?20\d{2}\s?[-–/]\s?\d{2}\b)", re.I))


def _fiscal_to_date(text: str, spans: list[Span]) -> list[Span]:
    """"With August added, the fiscal year to date reaches 18,33,866": from the start of the fiscal year named
    before (FY2026-27, April to March) to the last month named before the words, inside that year. "The same five
    months of FY2025-26": that fiscal year's first five."""
    added = []
    for m in _FIRST_MONTHS_OF_FISCAL.finditer(text):
        n = count_of(m[1])
        named = next(((s, e, p) for s, e, p in spans if s == m.end() and granularity(p) == 3 and p.start.month != 1), None)
        if named is not None and 1 < n < 12:
            last = date(named[2].start.year + (named[2].start.month + n - 2) // 12, (named[2].start.month + n - 2) % 12 + 1, 1)
            spans = [h for h in spans if h is not named]
            added.append((m.start(), named[1], period_from_code(f"{named[2].start:%Y-%m}..{last:%Y-%m}")))
    for m in _FISCAL_TO_DATE.finditer(text):
        if any(s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end()) for s, e, _ in spans):
            continue
        years = [p for s, _, p in spans if s < m.start() and granularity(p) == 3 and p.start.month != 1]
        if not years:
            continue
        fiscal = years[-1]
        months = [p for s, _, p in spans if s < m.start() and granularity(p) == 0 and fiscal.start <= p.start and p.end <= fiscal.end]
        if months and months[-1].start.month != fiscal.start.month:
            last = months[-1].start
            added.append((m.start(), m.end(), period_from_code(f"{fiscal.start:%Y-%m}..{last:%Y-%m}")))
    if not added:
        return spans
    kept = [h for h in spans if not any(s <= h[0] and h[1] <= e for s, e, _ in added)]  # "year to date" inside it: January's
    return sorted(kept + added, key=lambda h: h[0])


# "the Securities Exchange Act of 1934", "Directive 2000/53/EC", "Regulation (EU) 2019/631": a law's name, no time
_TITLE_BEFORE = regex(r"\b(?:Act|Acts|Code|Law|Directive|Regulation(?:\s+\((?:EU|EC)\))?|Standard|Ordinance|Decree|No\.?)\s+(?:of\s+)?$", re.I)
_TITLE_AFTER = regex(r"/\d+/(?:EC|EU|EEC)\b|/\d{3,}\b")  # never a fiscal year's "2025/26"
_FOUR_DIGIT_YEAR = regex(r"(?:19|20)\d{2}")


def _in_a_title(text: str, start: int, end: int) -> bool:
    year = _FOUR_DIGIT_YEAR.search(text[start:end])
    if year is None:
        return False
    at = start + year.start()
    return bool(_TITLE_BEFORE.search(text, max(0, at - 40), at)) or bool(_TITLE_AFTER.match(text, start + year.end()))


def _month(year: int, month: int) -> Period:
    from evcheck.periods import month_period

    return month_period(year, month)


def _within(ranges: list[tuple[int, int]], pos: int) -> list[tuple[int, int]]:
    """The ranges (sorted, not overlapping) that could hold pos."""
    k = bisect.bisect_right(ranges, (pos, 10**18)) - 1
    return ranges[k:k + 1] if k >= 0 else []


def _forecast(text: str, pos: int) -> bool:
    lo = max(0, pos - 1000)  # a line of text without a full stop is read back 1,000 characters at most
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]  # "2.9 million" holds no sentence end
    line_start = max(stops[-1] if stops else lo, text.rfind("\n", lo, pos) + 1)
    return cx.is_forecast(text[line_start:pos])
