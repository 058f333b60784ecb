"""A fiscal year spelled out ("the year to March 2026") and the labels that name it ("FY2025"), read one way per
article (relate/timeline.py's `fiscal_reading`, relate/cells.py's dated columns)."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured
from evcheck.periods import find_all_periods, find_periods
from evcheck.relate import timeline as tl


@pytest.mark.parametrize(("words", "code"), [
    ("For the fiscal year to March 2026, sales rose", "2025-04..2026-03"),
    ("in the year ended 31 March 2026", "2025-04..2026-03"),
    ("the financial year ending March 31, 2027", "2026-04..2027-03"),
    ("over the 12 months to September 2026", "2025-10..2026-09"),
    ("in the twelve months to June 2026", "2025-07..2026-06"),
    ("the six months ended 30 June 2026", "2026-01..2026-06"),
])
def test_a_year_to_a_month_is_the_twelve_months_ending_with_it(words, code):
    """Where the article labels its fiscal years ("FY26"): relate/timeline.py then ties the labels to these years."""
    assert [p.code for _, _, p in find_periods(words + " (FY26)")] == [code]


def test_a_year_to_a_month_in_an_article_without_labels_stays_its_month():
    """No fiscal-year label: the article's other dates were read by months and calendar years, and so is this one."""
    assert [p.code for _, _, p in find_periods("For the fiscal year to March 2026, sales rose")] == ["2026-03"]


def test_a_year_to_december_stays_its_month():
    """A calendar year's results "for the year ended 31 December 2025": the month anchors the article's dates, as before."""
    assert [p.code for _, _, p in find_periods("for the year ended 31 December 2025")] == ["2025-12"]


def test_the_year_through_a_month_stays_that_month():
    """A US writer's "the year through September" is the year to date, never twelve months: not read as a span."""
    assert [p.code for _, _, p in find_periods("for the year through September 2026, sales")] == ["2026-09"]


def test_a_yearless_year_to_a_month_ends_in_the_last_such_month_before_the_article():
    text = "Okabe Motor reported lower profit for the fiscal year to March on Thursday, its FY2025."
    assert [p.code for _, _, p in tl.document_periods(text, "2026-05-14")] == ["2025-04..2026-03", "2025-04..2026-03"]
    assert [p.code for _, _, p in find_all_periods("in the year to March 31, sales (FY26)", 2026)] == ["2025-04..2026-03"]


def test_a_bare_year_to_a_month_is_no_twelve_months():
    """"In the year to September, sales rose": in a calendar-year market report, the year to date; left as before."""
    assert [p.code for _, _, p in find_all_periods("In the year to September, sales rose (FY26 targets)", 2026)] == []


BEGINNING = (
    "Okabe Motor results\n\n"
    "| ¥ billion | FY2025 | FY2024 | Change |\n"
    "|---|---:|---:|---:|\n"
    "| Revenue | 9,410.0 | 8,960.0 | +5.0% |\n"
    "| Operating profit | 602.2 | 645.1 | -6.7% |\n"
    "| Operating margin | 6.4% | 7.2% | -0.8 pt |\n\n"
    "Okabe Motor said on Thursday that its operating margin for the fiscal year to March slipped 0.8% to 6.4%.\n\n"
    "Guidance for FY2026\n\n"
    "For the fiscal year to March 2027 the company expects revenue of ¥9.8 trillion.\n"
)


def test_labels_beside_the_years_they_name_give_the_articles_way():
    assert tl.fiscal_labels(BEGINNING, "2026-05-14") == (1, 3)
    spans = {BEGINNING[s:e]: p.code for s, e, p in tl.document_periods(BEGINNING, "2026-05-14")}
    assert spans["FY2024"] == "2024-04..2025-03"
    assert spans["FY2026"] == "2026-04..2027-03"
    assert spans["fiscal year to March"] == "2025-04..2026-03"


def test_a_table_column_labelled_by_fiscal_year_joins_the_prose_of_that_year():
    """The prose's "slipped 0.8% to 6.4%" compares with the table's FY2024 margin: a percent said where points are meant."""
    found = measured(BEGINNING, "2026-05-14")
    assert found["6.4%"].period == "2025-04..2026-03"
    points = checked(BEGINNING, "2026-05-14", "points")
    assert points == [("ok", ("6.4%", "7.2%", "-0.8 pt")), ("mismatch", ("0.8%", "6.4%", "7.2%"))]


def test_the_same_table_with_points_said_right_passes():
    text = BEGINNING.replace("slipped 0.8% to 6.4%", "slipped 0.8 points to 6.4%")
    assert checked(text, "2026-05-14", "points") == [("ok", ("6.4%", "7.2%", "-0.8 pt")), ("ok", ("6.4%", "0.8 points", "7.2%"))]


def test_a_change_within_the_rounding_of_the_margins_passes():
    """6.35% and 7.24% round to 6.4% and 7.2%: a fall of 0.89 points may be said as 0.9."""
    text = BEGINNING.replace("slipped 0.8% to 6.4%", "slipped 0.9 points to 6.4%")
    assert ("ok", ("6.4%", "0.9 points", "7.2%")) in checked(text, "2026-05-14", "points")


ENDING = (
    "Sakura Parts results\n\n"
    "Sakura Parts' FY2026, the year ended March 31, 2026, brought revenue of ¥1,240 billion, up 4.0% from ¥1,192 billion "
    "in FY2025.\n"
)


def test_a_label_named_by_the_year_it_ends_in_reads_so():
    assert tl.fiscal_labels(ENDING, "2026-05-20") == (0, 3)
    spans = {ENDING[s:e]: p.code for s, e, p in tl.document_periods(ENDING, "2026-05-20")}
    assert spans["FY2025"] == "2024-04..2025-03"
    assert checked(ENDING, "2026-05-20", "growth") == [("ok", ("4.0%", "¥1,240 billion", "¥1,192 billion"))]


def test_labels_that_disagree_are_left_as_they_are():
    text = ("Fiscal 2025 (the year to March 2026) was strong. The outlook for FY2027, the year to March 2027, is weaker.\n")
    assert tl.fiscal_labels(text, "2026-05-20") is None
    spans = {text[s:e]: p.code for s, e, p in tl.document_periods(text, "2026-05-20")}
    assert spans["FY2027"] == "2027"


def test_a_label_far_from_any_spelled_year_gives_no_way():
    text = ("FY2025 was the best year yet, the chairman said." + " Dealers were busy." * 30
            + " For the year to March 2026, sales were 4.1 million units.\n")
    assert tl.fiscal_labels(text, "2026-05-20") is None


def test_an_indian_article_is_read_by_its_own_convention():
    text = "For the year ended March 2026, revenue was Rs 4,812 crore, against Rs 4,100 crore in FY2025.\n"
    assert tl.fiscal_labels(text, "2026-05-20") is None


def test_points_said_too_few_are_flagged():
    text = BEGINNING.replace("slipped 0.8% to 6.4%", "slipped 0.3 points to 6.4%")
    assert ("mismatch", ("6.4%", "0.3 points", "7.2%")) in checked(text, "2026-05-14", "points")


YEARLESS = (
    "Kirishima Motor said on Wednesday that unit sales for the year to March 31 rose 3.0%, with North America up 6.6%.\n\n"
    "| Unit sales (thousands) | FY2025 | FY2024 |\n"
    "|---|---:|---:|\n"
    "| North America | 1,268 | 1,190 |\n"
    "| Japan | 1,412 | 1,468 |\n"
)


def test_a_yearless_year_beside_labels_of_one_way_only_gives_that_way():
    """In May 2026 the year to March is the one ending March 2026; of FY2025 and FY2024, only FY2025 can name it."""
    assert tl.fiscal_labels(YEARLESS, "2026-05-13") == (1, 3)
    assert checked(YEARLESS, "2026-05-13", "growth") == [("ok", ("6.6%", "1,268", "1,190"))]


def test_a_yearless_year_beside_labels_of_both_ways_gives_none():
    text = YEARLESS.replace("FY2025", "FY2026").replace("FY2024", "FY2025")
    assert tl.fiscal_labels(text, "2026-05-13") is None


def test_points_between_two_places_take_no_earlier_value():
    """"a share of 17.4%, so the valley's share was 3.3 percentage points higher than the provincial figure": two places
    in one quarter, never a move from last year's share."""
    text = ("Kelowna, 20 May 2026\n\nZero-emission vehicles were 20.7% of the total, down from 26.6% a year earlier.\n\n"
            "Across the province, 7,181 were registered in the quarter, a share of 17.4%, so the valley's share was 3.3 "
            "percentage points higher than the provincial figure.\n")
    assert not [c for c in checked(text, "2026-05-20", "points") if c[0] == "mismatch"]


def test_a_label_that_says_its_own_end_gives_the_way():
    """"For fiscal 2026, ending March 2027": named by the year it begins in, so "fiscal 2025" is the year to March 2026,
    the one "the fiscal year ended March 31" of a May article is."""
    text = ("Kurobe Motor reported a 4.6% rise in operating profit for the fiscal year ended March 31.\n\n"
            "Operating profit for fiscal 2025 rose to ¥612.4 billion from ¥585.3 billion." + " Dealers were busy." * 20
            + "\n\nFor fiscal 2026, ending March 2027, Kurobe forecast operating profit of ¥640 billion.\n")
    assert tl.fiscal_labels(text, "2026-05-13") == (1, 3)
    found = measured(text, "2026-05-13")
    assert found["4.6%"].period == found["¥612.4 billion"].period == "2025-04..2026-03"


TIED = ("Pune, 7 August 2026\n\nKaveri Motors' Q1 profit rises 16% on SUV demand\n\nKaveri Motors Ltd on Thursday reported a "
        "16.1% rise in net profit for the April-June quarter to ₹1,212 crore, from ₹1,044 crore a year earlier.\n\n"
        "Revenue from operations grew 9.4% to ₹14,530 crore. It was 3.2% lower than in the January-March quarter, when "
        "revenue reached ₹15,010 crore.\n\nThe passenger vehicle business contributed ₹11,080 crore, or {share} of revenue. "
        "The company expects double-digit growth for FY27.\n")


@pytest.mark.parametrize(("share", "status"), [("76.3%", "ok"), ("76.2%", "ok"), ("73.8%", "mismatch")])
def test_a_quarter_label_tied_to_its_months_dates_the_undated_revenue(share, status):
    """"Q1" in the headline, then "the April-June quarter": Q1 is April to June, so the undated revenue is of it and
    the share is of ₹14,530 crore, never of the January-March quarter's ₹15,010 crore (11,080/14,530 = 76.26%; "76.2%"
    holds only over the rounding of both amounts)."""
    found = checked(TIED.format(share=share), "2026-08-07", rule="share")
    assert (status, (share, "₹11,080 crore", "₹14,530 crore")) in found


def test_a_quarter_label_in_an_article_that_names_no_fiscal_year_stays_the_calendars():
    text = edited(TIED.format(share="76.3%"), " The company expects double-digit growth for FY27.", "")
    spans = tl.document_periods(text, "2026-08-07")
    assert [p.code for s, e, p in spans if text[s:e] == "Q1"] == ["2026-Q1"]


def test_a_quarter_label_whose_months_are_its_calendar_quarter_stays_the_calendars():
    text = edited(TIED.format(share="76.3%"), "April-June quarter", "January-March quarter")
    spans = tl.document_periods(text, "2026-05-07")
    assert [p.code for s, e, p in spans if text[s:e] == "Q1"] == ["2026-Q1"]


@pytest.mark.parametrize(("rate", "status"), [("3.2%", "ok"), ("3.19%", "ok"), ("2.2%", "mismatch")])
def test_a_level_when_a_named_quarter_is_of_that_quarter(rate, status):
    """"3.2% lower than in the January-March quarter, when revenue reached ₹15,010 crore": the quarter's own revenue,
    the base of the fall to ₹14,530 crore (-3.198%; "3.19%" only over both amounts' rounding)."""
    text = edited(TIED.format(share="76.3%"), "It was 3.2% lower", f"It was {rate} lower")
    assert (status, (rate, "₹14,530 crore", "₹15,010 crore")) in checked(text, "2026-08-07", rule="growth")
