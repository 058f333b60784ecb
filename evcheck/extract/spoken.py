"""Numbers as broadcast transcripts write them: "seventeen-point-eight", "195-point-two",
"twelve-and-a-half", "eight-point-nine percent". Composed from word tables, not looked up."""

from __future__ import annotations

import re

from evcheck.cache import regex

ONES = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_DIGIT = "|".join(k for k, v in ONES.items() if v < 10)
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
_BELOW_100 = rf"(?:(?:{_TENS})(?:[- ](?:{_DIGIT}))?|{_ONES})"
_INTEGER = rf"(?:(?:{_BELOW_100})[- ]hundred(?:[- ](?:and[- ])?{_BELOW_100})?|{_BELOW_100}|\d{{1,3}})"
SPOKEN = regex(
    rf"(?<![\w-])(?P<int>{_INTEGER})(?:(?P<point>[- ]point[- ](?P<dec>(?:{_DIGIT})(?:[- ](?:{_DIGIT}))*))|(?P<half>[- ]and[- ]a[- ]half))"
    rf"(?!\w)(?!-(?!(?:thousand|million|billion|trillion|percent|per[- ]cent)\b))",  # "one-point-three-trillion won" too
    re.I,
)


def _integer(words: str) -> int:
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for w in re.split(r"[- ]+", words.lower()):
        if w == "and":
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w in TENS:
            current += TENS[w]
        elif w in ONES:
            current += ONES[w]
    return total + current


def spoken(match: re.Match[str]) -> tuple[float, float]:
    """The value and half the stated precision of one spoken number."""
    base = _integer(match.group("int"))
    if match.group("half"):
        return base + 0.5, 0.25
    digits = [str(ONES[d.lower()]) for d in re.split(r"[- ]+", match.group("dec"))]
    value = float(f"{base}.{''.join(digits)}")
    return value, 0.5 * 10 ** -len(digits)


# ---- whole numbers in words with their scale: "one hundred and fifty thousand" -------------------
# Composed from the same tables: a number below a thousand ("one hundred and fifty", "twenty-five",
# "a hundred"), then a scale word. The scanner used to read only the last two words of such a number
# ("fifty thousand"), so "one hundred and fifty thousand cars" was 50,000.
_HUNDREDS = rf"(?:(?:{_BELOW_100}|a|an)[- ]hundred(?:[- ](?:and[- ])?{_BELOW_100})?)"
WORD_SCALED = regex(
    rf"(?<![\w-])(?P<int>{_HUNDREDS}|{_BELOW_100})[- ](?P<scale>thousand|million|billion|trillion|lakh|crore)"
    rf"(?:[- ](?:and[- ])?(?P<rest>{_HUNDREDS}|{_BELOW_100})(?![- ](?:hundred|thousand|million|billion|trillion|lakh|crore|point)))?(?![\w-])",
    re.I,
)


def word_integer(words: str) -> int:
    """The value of a whole number below a thousand written in words ("a hundred and fifty": 150)."""
    return _integer(re.sub(r"^(?:a|an)(?=[- ]hundred)", "one", words.strip(), flags=re.I))


# ---- quantities the words leave open: "several hundred thousand", "a few thousand" ---------------
# Never an exact figure: an open interval that enters no relation.
VAGUE = regex(
    r"(?<![\w-])(?P<q>several|a\s+few|a\s+couple\s+of|dozens\s+of|tens\s+of|hundreds\s+of)\s+"
    r"(?:(?P<h>hundreds?)\s+(?:of\s+)?)?(?P<scale>thousands?|millions?|billions?|lakhs?|crores?)\b(?:\s+of\b)?",
    re.I,
)
VAGUE_BOUNDS = {"several": (3, 9), "a few": (2, 9), "a couple of": (2, 3), "dozens of": (24, 99), "tens of": (20, 99),
                "hundreds of": (200, 999)}
