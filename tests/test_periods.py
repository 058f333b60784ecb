"""evcheck.periods: the patterns led by a month's name or an ordinal are tried only where their
lead matches, and those that need a word only in a text that holds it, and find exactly what a
search of the whole text finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck import periods
from evcheck.periods import find_all_periods, find_periods

PIECES = st.sampled_from([
    " ", "  ", "\n", ",", ".", "-", "–", " to ", " through ", " of ", "'s", " sales", " alone", " saw", "in ",
    "for ", "ended ", "January", "JULY", "july", "Jan.", "Sept", "Sept.", "September", "May", "Mayor", "June",
    "December", "march", "Q2", "q4", "H1", "h2", "first", "First", "second", "third", "4th", "1st", " quarter",
    " half", " months", "six", "11", "FY", "fiscal ", "full-year ", "2024", "2025", "1999", "20255", "year-to-date",
    "YTD", "ſeptember", "\u212a", "x", "é", "\u00a0", "\u0130", "\u0131", "after ", "Months", "MONTHS", "Fy",
    "FULL-YEAR ", "fiſcal ", "Q1", "firſt", "\u0130n ", "Dec", "mar", "CY", "cy ", "during ", "Since ", "by ", "ON ",
    "closed ", "finished ", " a ", " an ", " quiet ", "din ", "son ", "so far this year", "Year to date", "year-to-",
    "over ", "Over the ", " the ", "nine", "between ", "Between ", " and ", "since January", "Since the start of the year", "since the beginning of this year",
    "from ", "than ", " busy ", "with\n", "versus ", " days", "17", "1", "5.2", "%", " million", "fourteen",
    "final ", "last ", "Closing ", "to the end of ", " months into the year", "END ",
    " year ", "Twelve ", "financial ", "business ", "ending ", "-month ", "often ",
])
TEXTS = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=80)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=examples(300), deadline=None)
@given(TEXTS)
@example("the April-June quarter of 2025 and the first half of 2024; July sales, H2 2023, in March")
@example("Sept. 2024 and ſeptember 2025; first six months of 2025, the March quarter 2024")
@example("Over nine months, sales rose; in the six MONTHS since, and during the two months' lull")
def test_led_patterns_find_what_a_whole_text_search_finds(text):
    periods._starts.cache_clear()
    for pattern, _ in periods.PATTERNS + periods._LOOSE:
        assert [(m.span(), m.groups()) for m in periods._matches(pattern, text)] == _found(pattern, text)
    assert [(m.span(), m.groups()) for m in periods.led_matches(periods._YTD, text, periods._YTD_LEADS)] == _found(periods._YTD, text)


@pytest.mark.parametrize(("text", "explicit", "every"), [
    ("Sales in the April-June quarter of 2025 rose; July deliveries and H1 2025 too, year to date.",
     [(19, 39, "2025-Q2"), (66, 73, "2025-H1")],
     [(19, 39, "2025-Q2"), (46, 50, "2025-07"), (66, 73, "2025-H1"), (79, 91, "2025-01..2025-07")]),
    ("Deliveries in the first six months of 2025, the March quarter 2024, Sept. 2024 and July alone; Q3, YTD.",
     [(18, 42, "2025-01..2025-06"), (48, 66, "2024-Q1"), (68, 78, "2024-09")],
     [(18, 42, "2025-01..2025-06"), (48, 66, "2024-Q1"), (68, 78, "2024-09"), (83, 87, "2024-07"),
      (95, 97, "2024-Q3"), (99, 102, "2024-01..2024-07")]),
    ("Operating profit in the April-June period of 2023 was 4.237 trillion won, and in October-December months 2022 less.",
     [(24, 49, "2023-04..2023-06"), (81, 109, "2022-10..2022-12")],
     [(24, 49, "2023-04..2023-06"), (81, 109, "2022-10..2022-12")]),
    # the year's end: "the final three months of 2025", "the last six months", "the final quarter"; never without a year
    ("Registrations in the final three months of 2025, the last six months of 2024 and the final quarter of 2023 fell; "
     "the last quarter alone rose.",
     [(21, 47, "2025-10..2025-12"), (53, 76, "2024-07..2024-12"), (85, 106, "2023-Q4")],
     [(21, 47, "2025-10..2025-12"), (53, 76, "2024-07..2024-12"), (85, 106, "2023-Q4")]),
    # "between" and a year make a range; without a year, a change between two months names no period
    ("Between January and June 2026, EU registrations rose 1.4%; between March and May they fell.",
     [(0, 29, "2026-01..2026-06")],
     [(0, 29, "2026-01..2026-06")]),
    ("January had brought 112,403 registrations and February 128,691, with a May 2,000 later and June 30 a date.",
     [],
     [(0, 7, "2024-01"), (46, 54, "2024-02"), (71, 74, "2024-05")]),
    # a month that owns its noun: "July dispatches", "March orders", "May revenue"; never "May" the verb
    ("The company said July dispatches rose, March orders fell and May revenue held; sales May recover.",
     [],
     [(17, 21, "2024-07"), (39, 44, "2024-03"), (61, 64, "2024-05")]),
    ("Against March, when 110,950 units changed hands, sales fell. From a quiet May they rose.",
     [],
     [(8, 13, "2024-03"), (66, 77, "2024-05")]),
    # a month after its adjectives, after the word that compares it: never a capitalised adjective, nor a dated month
    ("Sales fell 13.5% from a busy June, and were higher than a Record May or a quiet March 2025.",
     [(80, 90, "2025-03")],
     [(22, 33, "2024-06"), (80, 90, "2025-03")]),
    # a broker's quarters and halves, "2Q26", "1Q2026", "1H26": never a figure's digits or a word with a Q in it
    ("2Q26 revenue rose 4.6% on 1Q26's and 1H25 trailed; 5Q26 and 3H25 are no periods.",
     [(0, 4, "2026-Q2"), (26, 30, "2026-Q1"), (37, 41, "2025-H1")],
     [(0, 4, "2026-Q2"), (26, 30, "2026-Q1"), (37, 41, "2025-H1")]),
    # a chat's quarter with an apostrophe and two digits: "(Q2'25: 98,372)", "H1 '25"
    ("Imports rose 6.5% (Q2'25: 98,372); H1 '25 trailed, and Q5'25 is no period.",
     [(19, 24, "2025-Q2"), (35, 41, "2025-H1")],
     [(19, 24, "2025-Q2"), (35, 41, "2025-H1")]),
    # "Through September" is the year to date; never a day, nor the end of another span
    ("Through September, GM sold 2,146,369 cars; an offer runs through September 30, the year through March and the "
     "three months through June, July through August, and through January.",
     [],
     [(0, 17, "2024-01..2024-09"), (110, 135, "2024-04..2024-06"), (137, 156, "2024-07..2024-08"), (162, 178, "2024-01")]),
    # "the nine-month revenue" is the year to date, and so is a "five-month total to" a figure; never a span to a month,
    # a high, or "the September market" (a month's)
    ("Of the nine-month revenue, most came from cars; the five-month total to 96,310; the six-month high; the three-month "
     "sales to September; the September market.",
     [],
     [(7, 25, "2024-01..2024-09"), (52, 68, "2024-01..2024-05"), (140, 149, "2024-09")]),
    # a weekly estimate's days: "the first 17 days of May", "May 1-5", "1-14 September", "from September 1 to 14"; never a
    # range of amounts after a month ("May 1-5.2%", "June 3 to 4 million")
    ("Retail in the first 17 days of May rose; May 1-5 and May 6-11 were weak, 1-14 September and from September 1 to 14 "
     "too, while May 1-5.2% and June 3 to 4 million are no stretch, unlike the first seventeen days of June.",
     [],
     [(14, 34, "2024-05-01..2024-05-17"), (41, 48, "2024-05-01..2024-05-05"), (53, 61, "2024-05-06..2024-05-11"),
      (73, 87, "2024-09-01..2024-09-14"), (97, 114, "2024-09-01..2024-09-14"), (188, 216, "2024-06-01..2024-06-17")]),
    # "the three months ended June 30": the quarter, its day read with it; never a day followed by an amount
    ('Revenue in the three months ended June 30 rose; in the six months to June 30th it fell, and the three months ended June 30, 2,400 cars were sold.',
     [],
     [(15, 41, "2024-04..2024-06"), (55, 78, "2024-01..2024-06")]),
    # "for the nine months" is the year to date, as "over nine months" is; never "the three months ended June 30" nor "the
    # six months' programme"
    ("Revenue for the nine months was £113.7 million; for the three months ended June 30 it fell, and for the six months' "
     "programme we paid.",
     [],
     [(8, 27, "2024-01..2024-09"), (56, 82, "2024-04..2024-06")]),
    # "to the end of September" is the year to date, "nine months into the year" its first nine months; never "the three
    # months to the end of June" (a quarter) nor "from July to the end of September"
    ("Sales to the end of September rose; nine months into the year they led; the three months to the end of June; "
     "from July to the end of September.",
     [],
     [(6, 29, "2024-01..2024-09"), (36, 61, "2024-01..2024-09"), (76, 107, "2024-04..2024-06"), (114, 118, "2024-07"),
      (130, 143, "2024-09")]),
])
def test_periods_of_a_text(text, explicit, every):
    assert [(s, e, p.code) for s, e, p in find_periods(text)] == explicit
    assert [(s, e, p.code) for s, e, p in find_all_periods(text, 2024)] == every


@pytest.mark.parametrize("text, expected", [
    ("Sales reached 11,400 in April 2026. Since January, dealers have sold 42,950 cars.", "2026-01..2026-04"),
    ("Sales reached 11,400 in April 2026. Since the start of the year, dealers have sold 42,950.", "2026-01..2026-04"),
    # a dateline's day is no month of the figures: the year to date ends with the latest month named
    ("Brussels, 2 June 2026\n\n| May 2026 | May 2025 |\n\nSince January, 198,640 cars.", "2026-01..2026-05"),
    # a fiscal year from April: "since April" runs from April, not from January
    ("Vardhan dispatched 522,847 in September 2026. Since April, it has dispatched 2,841,300.", "2026-04..2026-09"),
    # a month someone spoke of in a quotation is no month of the figures
    ('Sales reached 11,400 in April 2026. "We will know more in June," he said.\n\nSince January, dealers have sold 42,950.',
     "2026-01..2026-04"),
])
def test_since_january_is_the_year_to_the_latest_month_named(text, expected):
    found = [p.code for s, e, p in find_all_periods(text, 2026) if text[s:e].lower().startswith("since")]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Sales in April 2026 were the best since January 2024.",  # a month of another year: a base, not a span
    "Sales reached 11,400 in January 2026. Since January, dealers sold 11,400.",  # January alone: no span to add
    "Sales reached 11,400 in April 2026. Since April, dealers sold 11,400.",  # April alone: no span from April
    "Sales reached 11,400 in March 2026. Since April 2024, dealers sold 211,400.",  # a month of another year
])
def test_since_a_dated_january_is_no_year_to_date(text):
    assert not [p for s, e, p in find_all_periods(text, 2026) if ".." in p.code]


def test_a_stretch_of_days_is_a_period_a_year_apart_from_its_own_days():
    from evcheck.periods import day_range, period_from_code, previous_code, within
    may = day_range(2026, 5, 1, 17)
    assert may is not None and may.code == "2026-05-01..2026-05-17" and period_from_code(may.code) == may
    assert previous_code(may.code, "yoy") == "2025-05-01..2025-05-17"
    assert within(may.code, "2026-05") and not within("2026-05", may.code)
    assert day_range(2026, 2, 1, 28) == period_from_code("2026-02")  # every day of the month is the month
    assert day_range(2026, 2, 1, 30) is None and day_range(2026, 5, 17, 1) is None


def test_so_far_this_year_after_a_span_from_january_is_that_span():
    """"Nine months into the year" names January to September; "so far this year" after it is the same span, never the
    whole year nor the year before's span the sentence compares with."""
    text = ("Nine months into the year, buyers have taken 912,640 cars, more than the 897,305 of January-September 2025. "
            "Chinese brands have sold 119,010 so far this year.")
    found = [(text[s:e], p.code) for s, e, p in find_all_periods(text, 2026)]
    assert found[-1] == ("so far this year", "2026-01..2026-09")


def test_so_far_this_year_with_no_month_or_span_before_it_stays_unread():
    assert not find_all_periods("Chinese brands have sold 119,010 so far this year.", 2026)


def test_so_far_this_year_takes_the_span_said_after_a_datelines_month():
    text = ("Saturday 10 October 2026\n\nNine months into the year, buyers have taken 912,640 cars. Chinese brands have sold "
            "119,010 so far this year.")
    found = [(text[s:e], p.code) for s, e, p in find_all_periods(text, 2026)]
    assert found[-1] == ("so far this year", "2026-01..2026-09")


def test_near_miss_so_far_this_year_after_a_month_named_since_the_span_ends_with_that_month():
    text = "Nine months into the year, buyers took 912,640 cars. In October they took 98,000, and 1,010,640 so far this year."
    found = [(text[s:e], p.code) for s, e, p in find_all_periods(text, 2026)]
    assert found[-1] == ("so far this year", "2026-01..2026-10")


@pytest.mark.parametrize(("heading", "code"), [("MARCH IN NUMBERS", "2026-03"), ("March at a glance", "2026-03"),
                                               ("JUNE BY THE NUMBERS:", "2026-06"), ("May in brief", "2026-05")])
def test_a_heading_that_names_its_month_dates_the_box_below_it(heading, code):
    text = f"{heading}\n- New cars registered: 4,912\n"
    assert [(text[s:e], p.code) for s, e, p in find_all_periods(text, 2026)] == [(heading, code)]


@pytest.mark.parametrize("text", ["May in brief: sales rose.", "We march in numbers through the city.", "Sales at a glance in May"])
def test_near_miss_a_month_word_that_heads_no_line_of_its_own_is_no_heading(text):
    assert [text[s:e] for s, e, p in find_all_periods(text, 2026) if text[s:e].lower().startswith(("may in", "march"))] == []
