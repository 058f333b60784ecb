"""Delivery updates written as short lines: "April 30,682, up 7.3% on March" under a month-by-month list is a change from
the March line of that list, and "the 15,834 we delivered in May 2025" is of the month its own clause names."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

POST = "Posted 1 June 2026\n\nMONTH BY MONTH, 2026\nJanuary 24,906\nMarch 33,105\nApril {april}, up {rate}% on March\nMay 36,418\n"


def test_a_lines_rate_on_a_month_is_on_that_months_line():
    assert ("growth", "ok", "info", ("7.3%", "35,522", "33,105")) in of_rule(
        checks(POST.format(april="35,522", rate="7.3"), "2026-06-01"), "growth")


def test_a_lines_rate_the_wrong_way_is_flagged():
    # 30,682 is 7.3% below March's 33,105, not above it
    assert [c for c in of_rule(checks(POST.format(april="30,682", rate="7.3"), "2026-06-01"), "growth")
            if c[1] == "mismatch" and c[3] == ("7.3%", "30,682", "33,105")]


def test_a_lines_rate_at_its_rounding_edge():
    """35,522 / 33,105 = +7.301%: "7%" holds, "7.4%" does not."""
    assert [c for c in of_rule(checks(POST.format(april="35,522", rate="7"), "2026-06-01"), "growth") if c[1] == "ok"]
    assert [c for c in of_rule(checks(POST.format(april="35,522", rate="7.4"), "2026-06-01"), "growth") if c[1] == "mismatch"]


def test_a_month_the_list_does_not_give_stays_an_implied_value():
    text = POST.format(april="35,522", rate="7.3").replace("on March", "on February")
    assert not of_rule(checks(text, "2026-06-01"), "growth")


def test_a_figure_dated_by_its_own_clause():
    text = "Posted 1 June 2026\n\n36,418 cars were handed over in May, 2.3 times the 15,834 we delivered in May 2025.\n"
    assert measures(text, "2026-06-01")["15,834"].period == "2025-05"
    assert ("multiple", "ok", "info", ("2.3 times", "36,418 cars", "15,834")) in of_rule(checks(text, "2026-06-01"), "multiple")
    assert [c for c in of_rule(checks(text.replace("2.3 times", "3.2 times"), "2026-06-01"), "multiple") if c[1] == "mismatch"]


def test_beating_a_record_by_n_is_a_gap_never_a_level():
    text = "Posted 1 June 2026\n\n36,418 cars handed over in May.\nThat beats the previous high, set in March, by 3,313.\n"
    assert measures(text, "2026-06-01")["3,313"].role == "change"
    plain = "Posted 1 June 2026\n\nThe brand beat its rivals in March. It sold 3,313 cars in May.\n"
    assert measures(plain, "2026-06-01")["3,313 cars"].role == "level"
