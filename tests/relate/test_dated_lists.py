"""A list whose lines each give their own stretch of days ("Week 2 (8-14 June): 446,300") adds up to the month
those stretches make (relate/breakdowns.py `_dated_lists`, relate/measure.py `_dated_label`), and the readings
around it: "May had 1,842,700", "The year-earlier month had 1,874,300", "a daily average of 56,900"."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import checked, edited, measured

sums = partial(checked, rule="sum")

WEEKS = ("Beijing, 8 July 2026\n\nRetail sales of passenger vehicles in China reached {total} in June, 7.7% more than in "
         "June 2025 and 9.6% above May. The year-earlier month had 1,874,300 retail sales and May had 1,842,700.\n\n"
         "Retail by week, June 2026:\nWeek 1 (1-7 June): 398,600, a daily average of 56,900\nWeek 2 (8-14 June): 446,300\n"
         "Week 3 (15-21 June): 472,800\nWeek 4 (22-30 June): 701,500\n\nDealers reported busy showrooms.\n")
PARTS = ("398,600", "446,300", "472,800", "701,500")


@pytest.mark.parametrize(("total", "status"), [("2,019,200", "ok"), ("2,091,200", "mismatch")])
def test_weeks_that_make_up_the_month_add_up_to_it(total, status):
    assert sums(WEEKS.format(total=total), "2026-07-08") == [(status, (*PARTS, total))]


def test_weeks_at_the_rounding_edge_are_not_flagged():
    text = edited(WEEKS.format(total="2.02 million"), "701,500", "0.71 million")
    # 398,600 + 446,300 + 472,800 + 710,000 = 2,027,700 lies outside 2.015-2.025 million, but the last week's 0.705-0.715
    # million reaches down to 2,022,700
    assert sums(text, "2026-07-08") == [("ok", ("398,600", "446,300", "472,800", "0.71 million", "2.02 million"))]


def test_near_miss_weeks_that_leave_days_out_are_no_breakdown_of_the_month():
    text = edited(WEEKS.format(total="2,019,200"), "Week 4 (22-30 June): 701,500\n", "")
    assert sums(text, "2026-07-08") == []


def test_near_miss_a_line_that_names_a_member_is_no_period():
    text = edited(WEEKS.format(total="2,019,200"), "Week 2 (8-14 June): 446,300", "Week 2 (8-14 June), Shanghai: 446,300")
    assert sums(text, "2026-07-08") == []


def test_the_readings_around_the_weeks():
    m = measured(WEEKS.format(total="2,019,200"), "2026-07-08")
    assert m["1,842,700"].period == "2026-05" and m["1,842,700"].role == "level"
    assert m["1,874,300"].period == "2025-06" and m["1,874,300"].role == "earlier"
    assert m["56,900"].metric == "other:per_unit"
    assert m["446,300"].period == "2026-06-08..2026-06-14" and not m["446,300"].segment
