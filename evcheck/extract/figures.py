"""The scanner: finds every stated figure in a text.

Numbers are found with their decorations (currency before or after, scale, percent, points,
unit nouns, hedges), then ranges are merged, and years, dates, model names, footnote markers,
phone numbers and adjectives such as "50-year" are left out, so that nothing in a relation is a
number the writer did not state as a quantity.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypedDict

from evcheck.cache import regex
from evcheck.extract import lexicon as lx
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence, split_sentences
from evcheck.extract.spoken import SPOKEN, VAGUE, VAGUE_BOUNDS, WORD_SCALED, spoken, word_integer
from evcheck.periods import MONTH_RE, led_matches
from evcheck.prefilter import guarded
from evcheck.words import alternation, first_character_groups


def _alternation(words: Iterable[str]) -> str:
    """Case-sensitive word lists (currency codes and symbols), longest first, behind their first characters
    (evcheck.words): the currency before a number is tried at every capital letter and digit of a text;
    those of case-insensitive patterns are grouped by their letters."""
    return first_character_groups(sorted(words, key=len, reverse=True))


_LETTER_CODES = [c for c in lx.CURRENCY_BEFORE if c[0].isalpha()]
_SYMBOLS = [c for c in lx.CURRENCY_BEFORE if not c[0].isalpha()]
_CUR_BEFORE = rf"(?:(?<![A-Za-z])(?:{_alternation(_LETTER_CODES)})(?![a-z])|{_alternation(_SYMBOLS)})"
# digit groups: "81,302", "10,74,189", "110 000" and "1 234 567,8" (a no-break, narrow or thin space
# between groups of three, read as U+00A0 in the scanner's view), "2.593", ".5"
_NUM = (r"[0-9]{1,3}(?:,[0-9]{2,3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:\u00a0[0-9]{3})+(?![0-9])(?:[.,][0-9]+)?"
        r"|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_SCALE = r"lakh\s+crore|thousand|million|billion|trillion|mln|mn|bln|bil|bn|trn|tn|lakhs|lakh|lac|crores|crore|mil|cr|tr|k|K|m|M|b|B|T"

# the characters a match opens with: a currency marker's first or a number's. `re` has no quick test of
# its own for where a match of the markers' alternation may start, and tried all of them at every letter
_OPENING = "".join(sorted({re.escape(c[0]) for c in lx.CURRENCY_BEFORE} | set("0123456789") | {re.escape(".")}))
_CORE = regex(
    rf"(?=[{_OPENING}])(?:(?P<cur>{_CUR_BEFORE})(?P<curgap>[ \u00a0]?)|(?<![\w.:/]))"
    rf"(?P<num>{_NUM})"
    rf"(?:(?P<glue>[ \u00a0]+|-)?(?P<scale>{_SCALE})(?![A-Za-z0-9])(?!(?<=\b[A-Za-z])[²³]))?"
)
_PERCENT = regex(r"[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b|pct\b|(?<=\d)pc\b)", re.I)
_POINTS = regex(
    r"[ \u00a0-]?(?P<pp>percentage[- ]points?|percentage[ ]pts?|pp\b|ppts?\b|pts?\b(?!\.\s*[A-Z])|points?\b(?!-))"
    r"|[ \u00a0-]?(?P<bp>basis[ -]points?|bps\b|bp\b)",  # "That 9.6-point jump", "a 25-basis-point cut"; never the spoken
    # "15-point-two billion"
    re.I,
)
_FOLD = regex(r"[ \u00a0-]?fold\b", re.I)
# A model's prefix ("Model 3", "ID. 4") ends where its number starts, so it starts no further back than the
# widest match of MODEL_PREFIXES, one more where "$" matches before a newline (tests/extract/test_figures.py
# holds the two together): the 40 characters searched before each number held it, and re tried all the
# prefixes at every word of them.
_MODEL_PREFIX_REACH = 14
_GROUPED = regex(r"\d[,\u00a0\u202f ]\d{3}")
_TIMES = regex(r"[ \u00a0]times\b(?=\s+(?:as|the|higher|larger|bigger|more|greater|that|over|what|its|their|year|compared|from)\b|\s*[,.;)])", re.I)
_CUR_AFTER = regex(rf"[ \u00a0]?(?P<cur>{_alternation(lx.CURRENCY_AFTER)})\b")
_WORD = regex(r"[ \u00a0]+([A-Za-z][A-Za-z'-]*)")
_CLAUSE_NUMBER = regex(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+[A-Z]")
_SPAN_UNITS = {"days", "weeks", "months", "years"}
_SPAN_BEFORE = regex(r"\b(?:first|last|past|previous|next|coming|following|final|opening|latest|same)\s+$", re.I)
_PHYSICAL = regex(r"[ \u00a0]?" + lx.PHYSICAL_UNITS.pattern)
_NUMBER_WORD = regex(
    r"(?<![\w-])(?P<w>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|half a)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[ \u00a0]+(?P<scale>thousand|million|billion|trillion|lakh|crore)\b",
    re.I,
)
_FRACTION = regex(
    rf"(?<![\w-])(?P<w>{alternation(lx.FRACTIONS)})(?=\s+of\b|\s+(?:the|all|total|overall)\b)",
    re.I,
)
# "63,950 of August's electric sales, nearly two thirds.": a fraction in apposition, at the end of its clause
_FRACTION_END = regex(rf"(?<![\w-])(?P<w>{alternation(lx.FRACTIONS)})(?=\s*[.;:)]|\s*,\s)", re.I)
_APPOSED = regex(r",\s*(?:or\s+)?(?:(?:about|around|nearly|almost|roughly|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", re.I)
_ONE_IN = regex(rf"(?<![\w-])(?P<w>{alternation(lx.ONE_IN)})\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)", re.I)
_MULTIPLE_WORD = regex(rf"(?<![\w-])(?P<w>{alternation(lx.MULTIPLE_WORDS)})\b", re.I)
# every match of these two opens with one of their words: tried only where one of them is (periods.led_matches),
# where re tried the list at every word of the text, as much as reading its digits
_FRACTION_LEADS = tuple(sorted({w.lower() for w in lx.FRACTIONS}))
_MULTIPLE_LEADS = tuple(sorted({w.lower() for w in lx.MULTIPLE_WORDS}))
_ONE_IN_LEADS = tuple(sorted({w.lower() for w in lx.ONE_IN}))
_PHONE = regex(
    r"\+[0-9][0-9 ().-]{7,}[0-9]|\(?[0-9]{3,4}\)?[ -][0-9]{3,4}-[0-9]{4}\b|\b[0-9]{3}-[0-9]{3,4}-[0-9]{4}\b"
)
_RATE_SIGN = regex(r"\s*=")
_MARKER_AFTER = regex(r"[¹²³⁴⁵⁶⁷⁸⁹⁰†‡*]{1,3}(?=\s)")
# a digit first, the test of what stands before it after it: `re` passes over the text to the next digit, where a
# pattern that opens with a lookbehind is tried at every character (so _WORD_THEN_SCALE's space or hyphen)
_DURATION = guarded(regex(r"\d(?<![\w.,]\d)\d?['’]\d{2}(?:\"|”|'')?(?![\w%])"))
_FOOTNOTE = regex(r"\[[0-9]{1,3}\]")
# What every match of a whole-text scan must contain, with the scan's own flags: when a text holds
# none of it, the scan finds nothing and is skipped. The scans of numbers in words cost more than
# reading the digits (about 1.5 ms of a 2 KB article), and most articles write none; these searches
# cost a tenth of that.
_WORD_THEN_SCALE = guarded(regex(  # WORD_SCALED, _NUMBER_WORD and VAGUE: a word, spaces or a hyphen, a scale word
    r"[-\s](?<=[^\W\d_][-\s])[-\s]*(?:thousand|million|billion|trillion|lakh|crore)", re.I))
_SPOKEN_JOIN = guarded(regex(r"[- ]point[- ]|[- ]and[- ]a[- ]half", re.I))  # SPOKEN: "-point-", " and a half"
_PHONE_PART = guarded(regex(r"\+[0-9]|[0-9]-[0-9]{4}"))  # _PHONE: "+49…", "…555-0100"; "+" is rare, and the other
# alternative alone opens with a digit, which re passes over the text to find
# _merge_ranges, at every pair of neighbouring numbers: "between 5% and 7%", "10–15%", "5,000 to 6,000 units"
_BETWEEN_BEFORE = regex(r"\bbetween\s+(?:\S+\s+){0,1}$", re.I)
_DASH_GAP = regex(r"[ \u00a0]*[-–—][ \u00a0]*")
_TO_GAP = regex(r"[ \u00a0]+to[ \u00a0]+")
_FROM_BEFORE = regex(r"\bfrom\s+$", re.I)
_AND_GAP = regex(r"[ \u00a0]+and[ \u00a0]+")
# "November 9", "in the week of November 3-9", "3-9 November": days of a date, never figures
_WEEKDAY_DATE = regex(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\((\d{1,2})(?:th|st|nd|rd)?\)")
_DOTTED_DATE = regex(r"(?<![\d.,])\d{1,2}\.[ \u00a0]?\d{1,2}\.[ \u00a0]?(?:19|20)\d{2}(?![\d.,]\d)")
# "October 1-11", "October 1 to 11", "1 to 11 October", "1st through 11th of October": the days of a date range
_DAY_TO = r"(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]+(?:to|through|until|till)[ \u00a0]+)"
_DATE_BEFORE = regex(rf"(?:{MONTH_RE})[ \u00a0](?:\d{{1,2}}(?:st|nd|rd|th)?{_DAY_TO})?$", re.I)
_DATE_AFTER = regex(rf"^(?:st|nd|rd|th)?(?:{_DAY_TO}\d{{1,2}}(?:st|nd|rd|th)?)?[ \u00a0]+(?:of[ \u00a0]+)?(?:{MONTH_RE})\b", re.I)
_BODY_AFTER = regex(r"[ \u00a0](?:SUV|sedan|saloon|hatchback|MPV|crossover|pickup|coupe|coupé|wagon|estate|roadster)\b(?!s)")
_NAME_BEFORE = regex(r"(?<![.!?:]\s)\b[A-Z][a-z]+[ \u00a0]$")  # a capitalised word that does not open its sentence
_LISTING_BEFORE = regex(r"[(\[;,]\s*(?:" + "|".join(lx.STOCK_EXCHANGES) + r")\s*:\s*$")
_PLATE_AFTER = regex(r"\s*-?\s*(?:registration\s+)?plates?\b", re.I)
_CODE_BEFORE = regex(r"(?<![\w-])(?:\d{1,4}[A-Z]{1,3}|[A-Z]{1,5})-$")  # "the F-150 Lightning", "the CX-5", "EU-27", "COVID-19",
# a recall campaign's "26V-418": a designation
_THE_NAME_BEFORE = regex(r"\b(?:the|its|their|a|new)[ \u00a0]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]$")  # "the Peugeot 208", "its Fiat 500"
_COUNTED_AFTER = regex(r"[ \u00a0]*(?:%|[a-z-]+[ \u00a0]+)?(?:" + "|".join(lx.COUNTED_NOUNS) + r")\b", re.I)
_REFERENCE_BEFORE = regex(r"\b(?:paragraphs?|paras?\.?|pages?|pp?\.|sections?|chapters?|footnotes?|exhibits?|slides?|clauses?)"
                          r"[ \u00a0]+(?:\d{1,3}[ \u00a0]*(?:[-–,]|and|to)[ \u00a0]*)*$", re.I)
_WEEK_BEFORE = regex(r"\b(?:[Ww]eek|[Ww]k\.?|KW|CW)[ \u00a0]?$")  # "in week 45", "KW 45": a week's number
_HEDGE_BEFORE = regex(rf"(?<![\w])(?P<h>{alternation(lx.HEDGES)})[ \u00a0]*(?:\(|\b|$)?[ \u00a0]*$", re.I)
_LONGEST_HEDGE = max(map(len, lx.HEDGES))  # no hedge ends in a space or a bracket (tests/extract/test_figures.py)
_CHANGE_WORD_BEFORE = regex(  # a whole word: "lineup more than doubled" keeps its hedge
    r"(?<![A-Za-z])(?:increase|increased|rise|rose|growth|grew|gain|gained|jump|jumped|up|down|decline|declined|drop|dropped|fall|fell|"
    r"premium|discount|%|percent|cent|points|year|month|quarter|went|gone|goes|go|shot|moved|climbed|edged|crept|inched|"
    r"risen|grown|fallen|soared|surged)[ \u00a0]+$",
    re.I,
)
_QUALIFIERS = {
    "new", "energy", "electric", "passenger", "commercial", "confirmed", "additional", "more", "fewer",
    "battery-powered", "battery", "plug-in", "hybrid", "pure", "fully", "sales", "retail", "firm", "net",
    "customer", "charging", "overseas", "domestic", "imported", "exported", "locally", "made", "own-brand",
    "premium", "luxury", "used", "second-hand", "private", "smart", "its", "their", "ordinary", "a-share",
    "h-share", "class", "swap", "swapping", "fast", "super", "public", "experience", "service", "delivery",
    "vehicle", "car", "ev", "nev", "auto", "store", "brand", "battery-electric", "light", "heavy", "intelligent",
    "connected", "company-owned", "direct", "directly-operated", "mainland", "motor", "foreign-used",
}


class _Extra(TypedDict, total=False):
    negative: bool  # "(5.2)": a number in brackets is negative
    vague: str  # "several", "a few": the words that make the figure open


@dataclass
class _Token:
    start: int
    end: int
    num_start: int
    value: float
    kind: str
    unit: str | None
    half: float
    scale: str | None = None
    is_range: bool = False
    low_value: float | None = None
    assumption: str | None = None
    word: bool = False
    extra: _Extra = field(default_factory=lambda: _Extra())


def _plain(raw: str) -> str | None:
    """A digit string as Python reads it ("81,302" → "81302", "1 234 567,8" → "1234567.8");
    None when its grouping is not a number's."""
    if "\u00a0" in raw:  # groups of three by a space: a comma after them is the decimal mark
        whole, comma, fraction = raw.partition(",")
        if comma and len(fraction) == 3:
            return None  # "1 234,567": a decimal comma, or a thousands comma mixed in; no safe reading
        return whole.replace("\u00a0", "") + ("." + fraction if comma else "")
    if "," in raw:
        intpart = raw.split(".")[0]
        groups = intpart.split(",")
        western = all(len(g) == 3 for g in groups[1:])
        indian = len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) and len(groups[0]) <= 2
        if not (western or indian):
            return None
    return raw.replace(",", "")


def _parse_number(raw: str) -> tuple[float, int, int] | None:
    """Value, decimals and trailing zeros of a digit string; None when its grouping is not a number's."""
    if raw.isdecimal():  # digits alone, as about half the figures are: nothing to ungroup or split
        return float(raw), 0, (len(raw) - len(raw.rstrip("0")) if raw.strip("0") else 0)
    clean = _plain(raw)
    if clean is None:
        return None
    if clean.startswith("."):
        clean = "0" + clean
    decimals = len(clean.split(".")[1]) if "." in clean else 0
    intdigits = clean.split(".")[0]
    zeros = len(intdigits) - len(intdigits.rstrip("0")) if decimals == 0 and intdigits.strip("0") else 0
    return float(clean), decimals, zeros


_MAX_DIGITS = 40

_SPACE_RUN = regex(rf"[ {lx.GROUP_SPACES}]{{2,}}")
_VIEW_GAP = guarded(regex(rf"[ {lx.GROUP_SPACES}]{{2,}}|[{lx.GROUP_SPACES.replace(chr(0xa0), '')}]"))


def _one_space(run: str) -> str:
    """The one character a run of spaces shows: the grouping space in it, if any ("110&nbsp;000" is
    read as five spaces of padding and a no-break space), else a plain space."""
    return next((c for c in run if c in lx.GROUP_SPACES), " ")


def collapse_spaces(text: str) -> str:
    """`text` with each run of spaces as one: what a figure's text shows of its span."""
    return _SPACE_RUN.sub(lambda m: _one_space(m.group(0)), text)


class _View:
    """The text the scanner reads: each run of spaces as one character (the padding the HTML and
    Markdown readers put before a character reference, "5&nbsp;%", "&euro;80bn", disappears), and
    every grouping space as U+00A0, so that one pattern reads "110 000" in every spelling. Offsets
    in the view map back to the text's."""

    def __init__(self, text: str):
        self.breaks, self.shifts = [0], [0]  # from view offset breaks[i] on, text offset = view offset + shifts[i]
        parts: list[str] = []
        last = at = 0
        # an ASCII text holds no grouping space: only two spaces together make a gap, found without a search
        gaps = _VIEW_GAP.finditer(text) if "  " in text or not text.isascii() else ()
        for m in gaps:
            parts.append(text[last:m.start()])
            at += m.start() - last
            run = m.group(0)
            shown = _one_space(run)
            parts.append("\u00a0" if shown != " " else " ")
            if len(run) > 1:  # the view's character stands for the one kept; what follows, for what follows the run
                self.breaks += [at, at + 1]
                self.shifts += [m.start() + run.index(shown) - at, m.end() - at - 1]
            at += 1
            last = m.end()
        parts.append(text[last:])
        self.text = "".join(parts) if len(parts) > 1 else text
        # no run of spaces and no grouping space but U+00A0: the view is the text, offset for offset,
        # and no span of it has a run of spaces for collapse_spaces to close up
        self.plain = len(parts) == 1

    def source(self, at: int) -> int:
        """The text offset of view offset `at`."""
        return at if self.plain else at + self.shifts[bisect.bisect_right(self.breaks, at) - 1]


def _scaled(raw: str, multiplier: float) -> float:
    """value × scale without binary noise: 2.018 million is 2018000.0, not 2017999.9999999998."""
    return float(Decimal(_plain(raw) or "0") * Decimal(repr(multiplier)))


def _half_width(decimals: int, zeros: int, multiplier: float, kind: str, scaled: bool) -> float:
    """Half of the last stated digit's unit: the rounding the writer may have applied."""
    if decimals:
        return 0.5 * 10 ** (-decimals) * multiplier
    if scaled or kind in ("percent", "points", "multiple"):
        return 0.5 * multiplier
    return 500.0 if zeros >= 3 else 0.0


def _count_noun_after(text: str, pos: int) -> tuple[str | None, int]:
    cursor = pos
    for _ in range(2):
        m = _WORD.match(text, cursor)
        if not m:
            break
        word = m.group(1).lower()
        if word in lx.COUNT_SYNONYMS:
            return lx.COUNT_SYNONYMS[word], m.end()
        if word not in _QUALIFIERS:
            break
        cursor = m.end()
    return None, pos


def _vehicle_or_count(text: str, pos: int) -> tuple[str | None, int]:
    """The unit noun after a number ("units", "stores", "orders"), skipping a few qualifiers and a
    footnote marker glued to the number ("17,846¹ units")."""
    marker = _MARKER_AFTER.match(text, pos)
    cursor = marker.end() if marker else pos
    for _ in range(4):
        m = _WORD.match(text, cursor)
        if not m:
            return None, pos
        word = m.group(1).lower().rstrip("'")
        if word in lx.VEHICLE_NOUNS and word not in lx._VEHICLE_QUALIFIERS:
            # "car sales centres", "EV charging stations": the last noun is what is counted
            later, later_end = _count_noun_after(text, m.end())
            return (later, later_end) if later else ("units", m.end())
        if word in lx.COUNT_SYNONYMS:
            return lx.COUNT_SYNONYMS[word], m.end()
        if word in _QUALIFIERS or word in lx._VEHICLE_QUALIFIERS:
            cursor = m.end()
            continue
        return None, pos
    return None, pos


# searched in every article, most of which name neither country nor another dollar: tried only where the
# text holds one of their words (evcheck.prefilter), where re tried each of them at every character
_JAPAN_NAMED = guarded(regex(r"\byen\b|\bJapan|\bToyota\b|\bHonda\b|\bNissan\b|\bTokyo\b|\bTOKYO\b"))  # a wire's "TOKYO -" too
_CHINA_NAMED = guarded(regex(r"\byuan\b|\bRMB\b|\bChina\b|\bChinese\b|\bBeijing\b|\bShanghai\b"))
_OTHER_DOLLARS = guarded(regex(r"(?:HK|S|A|AU|C|CA|NZ|NT|R|MX)\$|Hong Kong dollars|Singapore dollars|Australian dollars|Canadian dollars"))


# (the place, not "Chinese and European electric models": an adjective of things sold anywhere)
_JAPAN_HERE = regex(r"\b(?:yen|Japan|JAPAN|Tokyo|TOKYO|Osaka|OSAKA|Nagoya|NAGOYA|Yokohama|YOKOHAMA|kei)\b")
_CHINA_HERE = regex(r"\b(?:yuan|RMB|Rmb|renminbi|China|CHINA|Beijing|BEIJING|Shanghai|SHANGHAI|Shenzhen|SHENZHEN|Guangzhou|"
                    r"GUANGZHOU|Hangzhou|HANGZHOU|Hong\s+Kong|HONG\s+KONG)\b")


def _yen_of_paragraph(text: str, pos: int) -> str | None:
    """The "¥" of the one country the paragraph names, in an article that names both: a roundup's Tokyo item is in yen,
    its Shanghai item in yuan."""
    start = text.rfind("\n\n", 0, pos) + 1
    end = text.find("\n\n", pos)
    paragraph = text[start:end if end >= 0 else len(text)]
    japan, china = bool(_JAPAN_HERE.search(paragraph)), bool(_CHINA_HERE.search(paragraph))
    return "JPY" if japan and not china else "CNY" if china and not japan else None


# "at ¥172 per euro", "¥156 to the dollar": a rate of "¥" that only the yen's can be (the yuan's is under 10)
_YEN_RATE = regex(r"¥\s?(?:[89]\d|[12]\d\d)(?:\.\d+)?\s+(?:per|to\s+the|to\s+one|a|an|against\s+the)\s+(?:US\s+|U\.S\.\s+)?"
                  r"(?:dollar|euro|\$|€)"
                  r"|\b(?:Dollar|euro)\s+figures\s+[^.]{0,40}?\bconverted\s+at\s+¥\s?(?:[89]\d|[12]\d\d)(?:\.\d+)?\b", re.I)
# "Dollar figures below are converted at ¥152": the same


# "¥7.84 trillion ($49.9 billion)", "¥94 billion, about $594 million": the article's own conversion of a "¥" amount
_YEN_PAIR = regex(r"¥\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|bn|mn|tn)?\s*(?:\(|,\s*(?:or\s+)?)(?:about\s+|around\s+|roughly\s+|some\s+)?"
                  r"(?:(?:US|U\.S\.\s?)?\$|€)\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|bn|mn|tn)?", re.I)
_YUAN_RATE = regex(r"¥\s?\d(?:\.\d+)?\s+(?:per|to\s+the|to\s+one|a|an|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|\$|€)"
                   r"|\bconverted\s+at\s+¥\s?\d(?:\.\d+)?\b", re.I)
_PAIR_SCALES = {None: 1.0, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}


def _yen_by_pairs(text: str) -> bool:
    """Whether the article's own "¥ ($)" pairs imply a yen's rate (80 to 250 to the dollar or euro) and none a yuan's (5 to 10):
    "¥7.84 trillion ($49.9 billion)" in a Tokyo story that names China more often than Japan is still in yen."""
    if _YUAN_RATE.search(text):
        return False  # "Dollar figures below are converted at ¥7.2": the article says its "¥" is the yuan, whatever a pair implies
    rates = []
    for m in _YEN_PAIR.finditer(text):
        yen = float(m[1].replace(",", "")) * _PAIR_SCALES[(m[2] or "").lower() or None]
        dollars = float(m[3].replace(",", "")) * _PAIR_SCALES[(m[4] or "").lower() or None]
        if dollars:
            rates.append(yen / dollars)
    return any(80 <= r <= 250 for r in rates) and not any(5 <= r <= 10 for r in rates)


def _currency_context(text: str) -> dict[str, object]:
    japan = bool(_JAPAN_NAMED.search(text))
    china = bool(_CHINA_NAMED.search(text))
    return {
        "gated": {marker: any(word in text for word in words) for marker, words in lx.GATED_MARKERS.items()},
        "other_dollars": bool(_OTHER_DOLLARS.search(text)),
        "japan": japan,
        "china": china,
        "yen_rate": "¥" in text and (_YEN_RATE.search(text) is not None or "$" in text and _yen_by_pairs(text)),
        "egyptian": "E£" in text or "EGP" in text or "Egyptian pound" in text,  # bare "pounds" beside E£ amounts are theirs
        "pesos": _peso_country(text) if "pesos" in text.lower() else None,  # read only for "pesos": seven scans spared
        "rupees": _country_of(text, lx.RUPEE_COUNTRIES) if "Rs" in text or "rupee" in text.lower() else None,
        **{word: _country_of(text, cues) for word, cues in lx.NAMED_BY_COUNTRY.items() if word in text.lower()},
        # which country the article is about, where it names both: "yen" and "yuan" count twice (read
        # only then: four more scans of the whole text for every article cost as much as the rest)
        "mostly_japan": japan and china and _cues(text, r"\bJapan|\bToyota\b|\bHonda\b|\bNissan\b|\bTokyo\b", r"\byen\b")
        > _cues(text, r"\bRMB\b|\bChina\b|\bChinese\b|\bBeijing\b|\bShanghai\b", r"\byuan\b"),
    }


def _peso_country(text: str) -> str | None:
    """The peso the article is about: the country named most, where one is named most."""
    return _country_of(text, lx.PESO_COUNTRIES)


def _country_of(text: str, cues: dict[str, str]) -> str | None:
    """The currency of the country named most among `cues`, where one is named most."""
    counts = sorted(((len(re.findall(cue, text)), code) for code, cue in cues.items()), reverse=True)
    if not counts[0][0] or counts[0][0] == counts[1][0]:
        return None
    return counts[0][1]


def _cues(text: str, names: str, currency: str) -> int:
    return len(re.findall(names, text)) + 2 * len(re.findall(currency, text))


def _currency_code(marker: str, ctx: dict[str, object], dollar: str) -> tuple[str, str | None]:
    """ISO code of a currency marker, and the assumption made to get it, if any."""
    code = lx.CURRENCY_BEFORE.get(marker) or lx.CURRENCY_AFTER.get(marker) or lx.CURRENCY_AFTER.get(marker.lower())
    if marker in ("$", "dollars", "dollar"):
        if dollar != "USD":
            return dollar, f'bare "{marker}" read as {dollar} (configured)'
        if ctx["other_dollars"]:
            return "USD", f'bare "{marker}" read as USD; the article also names other dollars'
        return "USD", None
    if marker == "¥":
        if ctx["japan"] and not ctx["china"]:
            return "JPY", '"¥" read as JPY from context (Japan)'
        if ctx["yen_rate"]:
            return "JPY", '"¥" read as JPY: the article\'s own rate (over 80 "¥" to the dollar or euro) is the yen\'s'
        if ctx["japan"] and ctx["china"] and ctx["mostly_japan"]:
            return "JPY", '"¥" read as JPY; the article mentions both Japan and China, Japan more'
        if ctx["japan"] and ctx["china"]:
            return "CNY", '"¥" read as CNY; the article mentions both China and Japan'
        return "CNY", '"¥" read as CNY from context'
    if code == "GBP" and marker.lower() in ("pounds", "pound") and ctx["egyptian"]:
        return "EGP", f'"{marker}" read as EGP: the article counts in Egyptian pounds'
    if code == "INR" and marker.lower().rstrip(".") in ("rs", "rupees", "rupee"):
        country = ctx["rupees"]
        if isinstance(country, str) and country != "INR":
            return country, f'"{marker}" read as {country} from context'
        return "INR", None
    if (word := marker.lower().rstrip("s")) in lx.NAMED_BY_COUNTRY:  # "riyals", "dirhams"
        country = ctx.get(word)
        if not isinstance(country, str):
            return str(code), f'"{marker}" read as {code}; the article names no country of the {word}'
        return country, f'"{marker}" read as {country} from context' if country != code else None
    if code == "MXN" and marker.lower() == "pesos":
        country = ctx["pesos"]
        if not isinstance(country, str):
            return "MXN", '"pesos" read as MXN; the article names no country of the peso'
        return country, f'"pesos" read as {country} from context' if country != "MXN" else None
    return code or marker, None


def _masks(masked: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of the spans, in log time: a file of footnotes among numbers
    would otherwise test every number against every footnote."""
    spans = sorted(masked)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    furthest = -1
    for _, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and reach[i] > at
    return inside


def _scan_numbers(text: str, masked: list[tuple[int, int]], ctx: dict[str, object], dollar: str) -> list[_Token]:
    tokens: list[_Token] = []
    is_masked = _masks(masked)
    for m in _CORE.finditer(text):
        num_start = m.start("num")
        if is_masked(num_start):
            continue
        if len(m.group("num")) > _MAX_DIGITS:
            continue  # no article states a figure this long; it is noise, and too long for a float
        parsed = _parse_number(m.group("num"))
        if parsed is None:
            continue
        value, decimals, zeros = parsed
        cur_marker = m.group("cur")
        start = m.start() if cur_marker else num_start
        end = m.end()
        scale = m.group("scale")
        glue = m.group("glue") or ""
        if scale and (scale in lx.GLUED_ONLY and glue and not (cur_marker and glue.strip() == "")):
            scale = None
            end = m.end("num")
        if scale and glue == "-" and scale in lx.GLUED_ONLY:
            scale = None
            end = m.end("num")
        if scale in ("m", "M") and _AREA.match(text, m.end()):
            scale = None
            end = m.end("num")
        if scale and scale in ("b", "B", "T", "tr", "cr") and not cur_marker:
            scale = None
            end = m.end("num")
        multiplier = lx.SCALES[_SPACES.sub(" ", scale)] if scale else 1.0
        kind, unit = "number", None
        paren = (not cur_marker and not scale and num_start and text[num_start - 1] == "(" and text.startswith(")", end)
                 and _PERCENT.match(text, end + 1))
        if paren:  # "(5.9)%": an accountant's minus
            kind, unit = "percent", "%"
            start, end = num_start - 1, paren.end()
        elif pm := _PERCENT.match(text, end):
            kind, unit = "percent", "%"
            end = pm.end()
        elif (pp := _POINTS.match(text, end)) and not cur_marker and not (
                not scale and value >= 1000 and pp.group("pp") and pp.group("pp").lower().startswith(("point", "pt"))):
            # but "3,402,706 points a year earlier": charging points, a count (no share moves a thousand points)
            kind, unit = "points", "pp"
            if pp.group("bp"):
                multiplier = 0.01
            end = pp.end()
        elif (fm := _FOLD.match(text, end)) and not cur_marker:
            kind, unit = "multiple", "x"
            end = fm.end()
        elif _TIMES.match(text, end) and not cur_marker and not scale and not _GROUPED.search(m.group("num")):
            # but "changed hands 134,950 times": a count of times, no multiple
            kind, unit = "multiple", "x"
            end += len(" times")
        currency, assumption = None, None
        if cur_marker in lx.GATED_MARKERS and not (ctx["gated"][cur_marker] and (  # type: ignore[index]
                scale or _RATE_SIGN.search(text, max(0, m.start() - 4), m.start()) or _RATE_SIGN.match(text, end))):
            continue  # "N95", "the N2 motorway": a naira amount is "N84.62 billion" in a story about Nigeria, and a rate's
            # side has no scale ("US$1 = BD 0.376")
        if cur_marker:
            currency, assumption = _currency_code(cur_marker, ctx, dollar)
            if cur_marker == "¥" and ctx["japan"] and ctx["china"] and (here := _yen_of_paragraph(text, m.start())) not in (None, currency):
                currency, assumption = here, f'"¥" read as {here}: its paragraph names {"Japan" if here == "JPY" else "China"} alone'
            kind = "money" if kind == "number" else kind
        if kind == "number":
            if cm := _CUR_AFTER.match(text, end):
                currency, assumption = _currency_code(cm.group("cur"), ctx, dollar)
                kind = "money"
                end = cm.end()
        if kind == "number" and not scale and (num_start == 0 or text[num_start - 1] == "\n") and _CLAUSE_NUMBER.match(text, num_start):
            continue  # "3.4 Motorcycles (heading 87.11) …": a numbered paragraph of a report
        if kind == "number":
            unit_noun, noun_end = _vehicle_or_count(text, end)
            if unit_noun:
                kind, unit = "count", unit_noun
                end = noun_end
            elif pm := _PHYSICAL.match(text, end):
                unit = _SPACES.sub(" ", pm.group(0).strip())
                unit = lx.UNIT_SYMBOLS.get(unit, unit)
                if unit in _SPAN_UNITS and _SPAN_BEFORE.search(text, max(0, num_start - 24), num_start):
                    continue  # "in the first 11 months of the fiscal year", "over the past 12 months": a period, no amount
                end = pm.end()
        if kind == "money":
            unit = currency
        after = text[end:end + 12]
        if kind == "number" and not scale:
            if _HYPHEN_WORD.match(after) or _LETTER_AFTER.match(after):
                continue
            if _TIME_OR_RATIO.match(after) or _DOT_DIGIT.match(after) or _CLOCK_AFTER.match(after):
                continue
            if decimals == 0 and "," not in m.group("num") and _YEAR.fullmatch(m.group("num")):
                continue

            before = text[max(0, num_start - 16):num_start]
            if value <= 31 and decimals == 0 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(text[end:end + 30])):
                continue
            if value <= 53 and decimals == 0 and _WEEK_BEFORE.search(before):
                continue
            if value < 1000 and decimals == 0 and _REFERENCE_BEFORE.search(text, max(0, num_start - 40), num_start):
                continue  # "(Corrects … in paragraph 4 …)", "in paragraphs 9-10", "see page 12": where, never how many
        if kind in ("number", "count") and not scale and decimals == 0 and value < 1000 and "," not in m.group("num") \
                and _BODY_AFTER.match(text, num_start + len(m.group("num"))) and _NAME_BEFORE.search(text, max(0, num_start - 20), num_start):
            continue  # "led by the Terra 9 SUV": a model's name
        if kind == "number" and not scale and not cur_marker and decimals == 0 and "," not in m.group("num") \
                and _CODE_BEFORE.search(text, max(0, num_start - 6), num_start):
            continue  # "Sales of the F-150 Lightning more than tripled": a model's designation, never 150 of anything
        if kind == "number" and not scale and not cur_marker and decimals == 0 and value < 1000 and _PLATE_AFTER.match(text, end):
            continue  # "more cars on 261 plates", "the 25-plate change": a registration period's plate, no count
        if kind in ("number", "count") and not scale and decimals == 0 and _LISTING_BEFORE.search(text, max(0, num_start - 24), num_start):
            continue  # "Luming Auto (HKEX: 9877)", "(TSE: 7203)", "(KRX: 005380)": a stock code, never a count
        if kind in ("number", "count") and not scale and not cur_marker and decimals == 0 and value < 10000 \
                and "," not in m.group("num") and _THE_NAME_BEFORE.search(text, max(0, num_start - 30), num_start) \
                and not _COUNTED_AFTER.match(text, num_start + len(m.group("num"))):
            continue  # "as the Peugeot 208 awaits its replacement": a model's name, never 208 of anything
        if (kind == "count" and not scale and decimals == 0 and "," not in m.group("num")
                and _YEAR.fullmatch(m.group("num")) and _YEAR_LEAD.search(text[max(0, num_start - 12):num_start])):
            continue  # "Orvan's 2024 deliveries", "the 2025 sales": a year naming the deliveries
        if kind in ("number", "count") and not scale and not cur_marker and len(m.group("num")) == 2 \
                and (first := _YEAR_RANGE_START.search(text, max(0, num_start - 5), num_start)) \
                and 0 < (int(m.group("num")) - int(first.group(1))) % 100 <= 10:
            continue  # "in FY2025-26", "the 2024/25 season", "the 2024-27 plan": the last year of a span, no figure
        if not cur_marker and not scale and kind in ("number", "count") \
                and lx.MODEL_PREFIXES.search(text, max(0, num_start - _MODEL_PREFIX_REACH), num_start) \
                and not (_COUNT_DIGITS.fullmatch(m.group("num")) and _EV_BEFORE.search(text, max(0, num_start - 8), num_start)):
            continue  # "Kia EV 9"; but "Ujjwal EV      8,934" in a table of makers is the maker's count
        if _HYPHEN_WORD.match(text, end) and kind in ("number", "count") and not scale:
            continue
        half = _half_width(decimals, zeros, multiplier, kind, bool(scale))
        tokens.append(_Token(
            # unscaled, the digits' own float: what the exact product gives, where the product is exact
            start=start, end=end, num_start=num_start, value=value if multiplier == 1.0 and len(m.group("num")) <= 20 else _scaled(m.group("num"), multiplier),
            kind=kind, unit=unit, half=half, scale=scale, assumption=assumption, extra={"negative": True} if paren else {},
        ))
    return tokens


def _scan_words(text: str, ctx: dict[str, object], dollar: str) -> list[_Token]:
    """Numbers in words: "two million", "a quarter of", "doubled", "twice"."""
    scaled = _WORD_THEN_SCALE.search(text) is not None
    tokens: list[_Token] = [_composed_token(text, m, ctx, dollar) for m in _scan(WORD_SCALED, text, scaled)]
    tokens += [_vague_token(text, m, ctx, dollar) for m in _scan(VAGUE, text, scaled)]
    composed = [(t.start, t.end) for t in tokens]
    for m in _scan(_NUMBER_WORD, text, scaled):
        if any(s < m.end() and m.start() < e for s, e in composed):
            continue  # "one hundred and fifty thousand" is read whole, never as "fifty thousand"
        word = re.sub(r"[- ]+", " ", m.group("w").lower())
        parts = word.split(" ")
        if word in lx.NUMBER_WORDS:
            base = float(lx.NUMBER_WORDS[word])
        elif len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
            base = float(lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]])
        else:
            continue
        multiplier = lx.SCALES[m.group("scale").lower()]
        kind, unit, end, assumption = _unit_after(text, m.end(), ctx, dollar)
        half = 0.5 * multiplier if base >= 1 else 0.05 * multiplier
        tokens.append(_Token(m.start(), end, m.start(), base * multiplier, kind, unit, half,
                             scale=m.group("scale").lower(), assumption=assumption, word=True))
    for m in _scan(SPOKEN, text, _SPOKEN_JOIN.search(text) is not None):
        tokens.append(_spoken_token(text, m, ctx, dollar))
    for m in led_matches(_FRACTION, text, _FRACTION_LEADS):
        before = text[max(0, m.start() - 10):m.start()].lower()
        if not re.search(r"(?:first|second|third|fourth|1st|2nd|3rd|4th|the|last|this|next)\s+$", before):
            tokens.append(_word_share(m, lx.FRACTIONS))
    tokens += [_word_share(m, lx.FRACTIONS) for m in led_matches(_FRACTION_END, text, _FRACTION_LEADS)
               if _APPOSED.search(text, max(0, m.start() - 30), m.start())]
    tokens += [_word_share(m, lx.ONE_IN) for m in led_matches(_ONE_IN, text, _ONE_IN_LEADS)]
    for m in led_matches(_MULTIPLE_WORD, text, _MULTIPLE_LEADS):
        word = m.group("w").lower()
        if word in ("twice", "double", "triple") or word.endswith(" times"):
            if not re.compile(r"\s+(?:as|the|that|its|their|what|a\s+year\s+earlier|higher|more|larger|bigger)\b").match(text, m.end()):
                continue
        value = float(lx.MULTIPLE_WORDS[word])
        tokens.append(_Token(m.start(), m.end(), m.start(), value, "multiple", "x", value * 0.05, word=True))
    return tokens


def _word_share(m: re.Match[str], values: dict[str, float]) -> _Token:
    """A share said in words ("a third of", "about one in five"): held within a tenth of its value."""
    value = values[m.group("w").lower()]
    return _Token(m.start(), m.end(), m.start(), value, "percent", "%", value * 0.1, word=True)


# "at Rs 95.3 to the dollar", "11.10 kronor to the euro": a rate against one unit of a currency in words
PER_UNIT_WORD = regex(r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+|every\s+)?"
                       r"(?P<word>(?:(?:US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong)\s+)?dollar"
                       r"|euro|pound\s+sterling|pound|Swiss\s+franc)\b(?!\s*[\d$])", re.I)
_ASSUMED_RATE = regex(r"\b(?:assum\w*|forecast\w*|expect\w*|budget\w*|based\s+on|guidance|plan\w*)\b[^.;]*$", re.I)
_RATE_DIGITS = regex(r"[\d,]+(?:\.(\d+))?")
_UNIT_WORD_CURRENCY = {"dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "australian dollar": "AUD",
                       "canadian dollar": "CAD", "new zealand dollar": "NZD", "singapore dollar": "SGD", "hong kong dollar": "HKD",
                       "euro": "EUR", "pound sterling": "GBP", "pound": "GBP", "swiss franc": "CHF"}


def _unit_rates(text: str, tokens: list[_Token]) -> list[_Token]:
    """A rate stated against one unit of a currency in words ("at a rate of TT$6.78 to the US dollar", "388 drams
    per dollar"): the unit is an exact amount of one, so the rate is checked as "RMB7.1817 = US$1.00" is."""
    out: list[_Token] = []
    for i, tok in enumerate(tokens):
        out.append(tok)
        if tok.kind != "money" or not (m := PER_UNIT_WORD.match(text, tok.end)):
            continue
        word = re.sub(r"\s+", " ", m.group("word").lower())
        unit = _UNIT_WORD_CURRENCY[word]
        if unit == tok.unit or (i + 1 < len(tokens) and tokens[i + 1].start < m.end()) \
                or _ASSUMED_RATE.search(text, max(0, tok.start - 80), tok.start):
            continue  # but "assumes an exchange rate of 145 yen to the dollar": a forecast's premise, no conversion's
        if not tok.half and not tok.scale and (digits := _RATE_DIGITS.match(text, tok.num_start)):
            decimals = len(digits.group(1) or "")  # "388 drams per dollar" is a rate rounded to its last digit, no count
            out[-1] = replace(tok, half=0.5 * 10 ** -decimals)
        out.append(_Token(m.start("word"), m.end("word"), m.start("word"), 1.0, "money", unit, 0.0, word=True))
    return out


def _scan(pattern: re.Pattern[str], text: str, may_match: bool) -> Iterable[re.Match[str]]:
    """pattern.finditer(text), or nothing when a cheaper search has shown that it finds nothing."""
    return pattern.finditer(text) if may_match else ()


def _composed_token(text: str, m: re.Match[str], ctx: dict[str, object], dollar: str) -> _Token:
    """"one hundred and fifty thousand cars": 150,000, rounded to the thousand its scale names;
    "twelve thousand five hundred": 12,500, rounded to the hundred."""
    scale = m.group("scale").lower()
    multiplier = lx.SCALES[scale]
    value = word_integer(m.group("int")) * multiplier
    half = 0.5 * multiplier
    if m.group("rest"):
        value += word_integer(m.group("rest"))
        half = 50.0 if m.group("rest").lower().endswith("hundred") else 0.5
    kind, unit, end, assumption = _unit_after(text, m.end(), ctx, dollar)
    return _Token(m.start(), end, m.start(), float(value), kind, unit, half, scale=scale, assumption=assumption, word=True)


def _vague_token(text: str, m: re.Match[str], ctx: dict[str, object], dollar: str) -> _Token:
    """"several hundred thousand units", "a few thousand cars", "hundreds of thousands of": an open
    interval that is never an exact figure and enters no relation."""
    q = re.sub(r"\s+", " ", m.group("q").lower())
    lo, hi = VAGUE_BOUNDS[q]
    scale = m.group("scale").lower().rstrip("s")
    multiplier = lx.SCALES[scale] * (100 if m.group("h") else 1)
    kind, unit, end, assumption = _unit_after(text, m.end(), ctx, dollar)
    low, high = lo * multiplier, (hi + 1) * multiplier
    return _Token(m.start(), end, m.start(), (low + high) / 2, kind, unit, 0.0, scale=scale, is_range=True,
                  low_value=low, assumption=assumption, word=True, extra={"vague": q})


def _unit_after(text: str, end: int, ctx: dict[str, object], dollar: str) -> tuple[str, str | None, int, str | None]:
    """What a number written in words is of: a currency after it, a count noun, or nothing:
    (kind, unit, end of the figure, currency assumption)."""
    if cm := _CUR_AFTER.match(text, end):
        currency, assumption = _currency_code(cm.group("cur"), ctx, dollar)
        return "money", currency, cm.end(), assumption
    unit_noun, noun_end = _vehicle_or_count(text, end)
    if unit_noun:
        return "count", unit_noun, noun_end, None
    return "number", None, end, None


_SPOKEN_SCALE = regex(r"[ -](?P<scale>thousand|million|billion|trillion)\b", re.I)
_SPOKEN_PERCENT = regex(r"[ -](?:percent|per[ -]cent)\b|%", re.I)


def _spoken_token(text: str, m: re.Match[str], ctx: dict[str, object], dollar: str) -> _Token:
    """"seventeen-point-eight trillion won", "eight-point-nine percent", "one-point-one billion U.S. dollars"."""
    value, half = spoken(m)
    end, scale = m.end(), None
    if sm := _SPOKEN_SCALE.match(text, end):
        scale = sm.group("scale").lower()
        value, half, end = value * lx.SCALES[scale], half * lx.SCALES[scale], sm.end()
    if not scale and (pm := _SPOKEN_PERCENT.match(text, end)):
        return _Token(m.start(), pm.end(), m.start(), value, "percent", "%", half, word=True)
    kind, unit, end, assumption = _unit_after(text, end, ctx, dollar)
    return _Token(m.start(), end, m.start(), value, kind, unit, half, scale=scale, assumption=assumption, word=True)


def _merge_ranges(text: str, tokens: list[_Token]) -> list[_Token]:
    """"60,000-90,000 yuan", "10–15%", "between 5% and 7%" become one range token."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        if i + 1 < len(tokens):
            b = tokens[i + 1]
            gap = text[a.end:b.start]
            dash = _DASH_GAP.fullmatch(gap) or (_TO_GAP.fullmatch(gap) and a.kind == "number" and b.kind != "number" and not _FROM_BEFORE.search(text[max(0, a.start - 6):a.start]))
            # "between" is looked for only where the gap is an "and": most neighbours have neither
            anded = not dash and _AND_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(text[max(0, a.start - 20):a.start])
            money_first = a.kind == "money" and b.kind == "number" and not b.unit
            if (dash or anded) and not a.word and not b.word and (a.kind == b.kind or a.kind == "number" or money_first):
                low = a.value
                if b.scale and not a.scale:
                    low = a.value * lx.SCALES[re.sub(r"\s+", " ", b.scale)]
                kind, unit = (a.kind, a.unit) if money_first else (b.kind, b.unit)
                if low <= b.value:
                    out.append(_Token(a.start, b.end, a.num_start, (low + b.value) / 2, kind, unit, 0.0,
                                      scale=b.scale, is_range=True, low_value=low, assumption=a.assumption or b.assumption))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# the scanner's small tests, compiled once rather than looked up in re's cache per number
_AREA = regex(r"[ \u00a0]*(?:2|²|sq|square)")
_SPACES = regex(r"\s+")
_HYPHEN_WORD = regex(r"-[A-Za-z]")
_EV_BEFORE = regex(r"\bEV\s+$")
_COUNT_DIGITS = regex(r"\d{1,3}(?:,\d{3})+|\d{3,}")  # a count's digits, never a model's "3.5" or "9"
_LETTER_AFTER = regex(r"(?:st|nd|rd|th|[A-Za-z])")
_TIME_OR_RATIO = regex(r"[:/][0-9]")
_CLOCK_AFTER = regex(r"[ \u00a0](?:GMT|UTC|BST|CET|CEST|IST|JST|KST|EST|EDT|ET|HKT|SGT)\b")  # "by 1010 GMT": a time
_DOT_DIGIT = regex(r"\.[0-9]")
_YEAR = regex(r"(?:19|20)[0-9]{2}")
_YEAR_RANGE_START = regex(r"(?<![\d,.])(?:19|20)([0-9]{2})[-–/]$")
_OPEN_PAREN_END = regex(r"\($")
_NEGATIVE_WORD = regex(r"(?<![\w-])(?:negative|minus)\s+$", re.I)


_YEAR_LEAD = regex(r"(?:'s|’s|\bthe|\bits|\btheir|\bour|\bin|\bfor|\bof|\bfrom|\bto|\bsince|\band|^|[.:;(\n]|\bFY"
                   r"|\b(?:quarter|half|year|Q[1-4]|H[12]|January|February|March|April|May|June|July|August|September|October|"
                   r"November|December))\s*$", re.I)  # "second-quarter 2026 deliveries"


def _negative(text: str, tok: _Token) -> int:
    """How many characters before the figure make it negative: a minus sign glued to it (not a
    hyphen inside a word or a range), or "negative"/"minus" ("negative 5.9%"); 0 when none."""
    if tok.start and text[tok.start - 1] in "-−" and (tok.start < 2 or not text[tok.start - 2].isalnum()):
        return 1
    m = _NEGATIVE_WORD.search(text, max(0, tok.start - 12), tok.start)
    return tok.start - m.start() if m else 0


def _hedge(text: str, tok: _Token) -> str | None:
    """The hedge word right before a figure ("about", "more than", "(about"), unless it follows a
    change word and so compares ("an increase over 2.2 million", "15% above")."""
    before = text[max(0, tok.start - 30):tok.start]
    before = _OPEN_PAREN_END.sub("", before.rstrip(" \u00a0")).rstrip(" \u00a0")
    # only spaces and a bracket follow a hedge: it starts no further back than the longest hedge from them
    m = _HEDGE_BEFORE.search(before + " ", max(0, len(before.rstrip(" \u00a0(")) - _LONGEST_HEDGE))
    if not m:
        return None
    hedge = m.group("h").lower()
    if hedge in lx.HEDGE_LOWER + lx.HEDGE_UPPER + ("near",) and _CHANGE_WORD_BEFORE.search(before[:m.start("h")]):
        return None
    return hedge


def _interval(tok: _Token, hedge: str | None, negative: bool) -> tuple[float, float, float, float]:
    value = -tok.value if negative else tok.value
    if tok.is_range:
        assert tok.low_value is not None, "a range token is made with its low end"
        return tok.low_value, tok.value * 2 - tok.low_value, tok.low_value, tok.value * 2 - tok.low_value
    rlow, rhigh = value - tok.half, value + tok.half
    low, high = rlow, rhigh
    spread = abs(value)
    floor = 0.0 if tok.kind in ("money", "count", "number", "multiple") and value >= 0 else -math.inf
    if tok.kind == "multiple" and 0 < value < 1 and hedge:
        # a fall: "more than halved" is a ratio below one half, "nearly halved" one just above it
        if hedge in lx.HEDGE_LOWER:
            return floor, value, rlow, value
        if hedge in ("nearly", "almost", "just under", "just shy of"):
            return rlow, max(rhigh, value + 0.1 * spread), rlow, rhigh
    if hedge in ("nearly", "almost", "just under", "just shy of"):
        low = min(rlow, value - 0.1 * spread)
    elif hedge in ("just over", "just above"):
        high = max(rhigh, value + 0.1 * spread)
    elif hedge in lx.HEDGE_APPROX and hedge not in lx.HEDGE_SOURCE:
        low, high = min(rlow, value - 0.05 * spread), max(rhigh, value + 0.05 * spread)
    elif hedge in lx.HEDGE_LOWER:
        high = math.inf
        if tok.kind == "multiple":
            low = rlow = value  # "more than doubled" is above ×2: ×1.90 does not qualify
    elif hedge in lx.HEDGE_UPPER:
        low = floor
        if tok.kind == "multiple":
            high = rhigh = value
    return low, high, rlow, rhigh


# "to 1.92 billion euros from 1.01 billion": the amount compared with takes the currency the words leave out
_COMPARED_WITH = regex(r"\s*(?:,\s*)?(?:up\s+|down\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?")


_RATE_THEN_COMPARED = regex(r"[^.;\d]{0,40}?[\d.,]+\s*(?:%|per\s*cent|percent)\s+(?:more|less|lower|higher|above|below|up|down)\s+"
                            r"(?:than|from|on)\s+(?:the\s+|a\s+|its\s+)?", re.I)


def _elided_currencies(text: str, tokens: list[_Token]) -> list[_Token]:
    for k, (before, tok) in enumerate(zip(tokens, tokens[1:])):
        if tok.kind == "number" and tok.unit is None and tok.scale and before.kind == "money" and before.scale \
                and _COMPARED_WITH.fullmatch(text, before.end, tok.num_start):
            tok.kind, tok.unit, tok.assumption = "money", before.unit, before.assumption
        elif tok.kind == "number" and tok.unit is None and tok.scale and before.kind == "percent" and k \
                and (amount := tokens[k - 1]).kind == "money" and amount.scale \
                and _RATE_THEN_COMPARED.fullmatch(text, amount.end, tok.num_start):
            # "earned 118.6 billion yuan in January-April, 14.2% less than the 138.2 billion of a year earlier"
            tok.kind, tok.unit, tok.assumption = "money", amount.unit, amount.assumption
    return tokens


def extract_figures(
    text: str,
    *,
    dollar: str = "USD",
    sentences: list[Sentence] | None = None,
    line_col: Callable[[int], tuple[int, int]] | None = None,
) -> list[Figure]:
    """Every figure in `text`, in order. A figure's span slices to its `text` with each run of
    spaces shown as one (`collapse_spaces`): "110&nbsp;000 cars" in HTML is one figure whose span
    covers the reference and whose text is "110 000 cars"."""
    if sentences is None:
        sentences = split_sentences(text)
    if line_col is None:
        from evcheck.read.document import LineIndex

        line_col = LineIndex(text).line_col
    source = text
    view = _View(source)
    text = view.text
    ctx = _currency_context(text)
    masked = [(m.start(), m.end()) for m in _scan(_PHONE, text, _PHONE_PART.search(text) is not None)]
    masked += [(m.start(), m.end()) for m in _FOOTNOTE.finditer(text)]
    if "'" in text or "’" in text:
        masked += [(m.start(), m.end()) for m in _DURATION.finditer(text)]  # "DUR: 1'54\"", "Total duration: 2'10"
    if ". 20" in text or ".20" in text:
        masked += [(m.start(), m.end()) for m in _DOTTED_DATE.finditer(text)]  # "Published: 23. 7. 2026": a date
    if "day (" in text:
        masked += [(m.start(1), m.end(1)) for m in _WEEKDAY_DATE.finditer(text)]  # "released this Wednesday (10)": the 10th
    tokens = _scan_numbers(text, masked, ctx, dollar)
    taken = [(t.start, t.end) for t in tokens]
    for w in _scan_words(text, ctx, dollar):
        if not any(w.start < e and s < w.end for s, e in taken):
            tokens.append(w)
    tokens.sort(key=lambda t: t.start)
    kept: list[_Token] = []
    for tok in tokens:  # a currency read after one number cannot also open the next
        if not kept or tok.start >= kept[-1].end:
            kept.append(tok)
    tokens = _elided_currencies(text, _merge_ranges(text, kept))
    if " dollar" in text or " euro" in text or " pound" in text:
        tokens = _unit_rates(text, tokens)

    figures: list[Figure] = []
    s_index = 0
    for tok in tokens:
        while s_index + 1 < len(sentences) and sentences[s_index].end <= view.source(tok.start):
            s_index += 1
        sentence = sentences[s_index] if sentences else Sentence(0, 0, len(source), 0)
        sign_width = _negative(text, tok)
        negative = sign_width > 0 or bool(tok.extra.get("negative"))
        start, end = view.source(tok.start - sign_width), view.source(tok.end - 1) + 1
        hedge = None if tok.is_range else _hedge(text, tok)
        if tok.extra.get("vague"):
            hedge = tok.extra["vague"]  # "several": open, and never in a relation (a range is not relatable)
        low, high, rlow, rhigh = _interval(tok, hedge, negative)
        line, col = line_col(start)
        figures.append(Figure(
            id=f"f{len(figures) + 1}",
            text=source[start:end] if view.plain else collapse_spaces(source[start:end]),
            start=start,
            end=end,
            line=line,
            col=col,
            kind=tok.kind,
            value=-tok.value if negative else tok.value,
            unit=tok.unit,
            low=low,
            high=high,
            round_low=rlow,
            round_high=rhigh,
            hedge=hedge if tok.extra.get("vague") else "range" if tok.is_range else hedge,
            scale=tok.scale,
            sentence=sentence.index,
            paragraph=sentence.paragraph,
            is_range=tok.is_range,
            assumption=tok.assumption,
        ))
    return figures
