"""relate/timeline.py: each pattern tried only where its lead words are, or only in a text holding one
of the words it needs (periods.led_matches), finds exactly what a search of the whole text finds."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.periods import led_matches
from evcheck.relate import timeline as tl

USES = [
    (tl._YEAR, tl._YEAR_LEADS, ()),
    (tl._MONTH_PAIR, tl._MONTH_PAIR_LEADS, ()),
    (tl._FULL_YEAR, (), tl._FULL_YEAR_NEEDS),
    (tl._ORDINAL_QUARTER, (), tl._ORDINAL_QUARTER_NEEDS),
    (tl._LAST_MONTH, tl._LAST_MONTH_LEADS, ()),
    (tl._LAST_YEAR, tl._LAST_YEAR_LEADS, ()),
]
PIECES = st.sampled_from([
    " ", "  ", "\n", ",", ".", "-", "–", "'s", "’s", " and ", " to ", " through ", " combined", "in ", "In ", "for ",
    "during ", "of ", "over ", "throughout ", "across ", "from ", "between ", "the ", "calendar ", "fiscal ", "year",
    "Year", " sales", " total", " full-year", "full ", "whole ", "entire ", "FULL ", "last ", "Last ", "this ", "This ",
    "second", "third", "fourth", " quarter", " place", "January", "february", "MARCH", "Sept.", "Sep", "May", "Mayor",
    "2024", "2025", "1999", "19", "20", "20255", "x", "é", "\u00a0", "\u0130", "\u0131", "\u017f", "\u212a", "laſt ",
])
TEXTS = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=80)


@settings(max_examples=examples(300), deadline=None)
@given(TEXTS)
@example("Sales in 2024's total, from January to March combined, for the full year and in the second; last May, this year.")
@example("In the whole year 2025 and fiſcal 2024; between Sept. and December, laſt year, in the third place")
def test_led_patterns_find_what_a_whole_text_search_finds(text):
    for pattern, leads, needs in USES:
        found = [(m.span(), m.groups()) for m in led_matches(pattern, text, leads, needs)]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_a_29_february_before_a_yearless_month_is_moved_to_the_28th():
    # "880 in February 2024" ends on a leap day; a later "January and February" with no year is dated by moving that day
    # into 2026, which has no 29 February: the article is checked, never a ValueError
    from test_measures import checks

    text = ("Notes\n- Electric vans make up 6.1% of fleet orders. Orders have doubled in two years from 880 in February "
            "2024.\n\nSo far this year\n- Adding January and February, fleets ordered 21,400 vans, 4.2% below the 22,337 of "
            "the first two months of 2025.\n")
    assert ("growth", "ok", "info", ("4.2%", "21,400 vans", "22,337")) in checks(text, "2026-03-12")
    assert tl._in_year(date(2024, 2, 29), 2026) == date(2026, 2, 28)
    assert tl._in_year(date(2024, 2, 29), 2028) == date(2028, 2, 29)
