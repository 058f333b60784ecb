"""A change in points between a profit's share of revenue and last year's margin: "Operating income came in at €2.23
billion, or 5.4% of revenue, 230 basis points above the 3.1% margin of 2024 and ahead of the 5.0% that analysts had
expected" (never the analysts' 5.0%), "Reported EBIT was CHF 188 million, 4.4% of revenue, which is 150 basis points
below the 5.9% of 2024", and "… lifted our return on sales to 8.2%. That is 80 basis points more than the 7.4% we
reported for 2024"."""

from __future__ import annotations

import pytest
from test_measures import checks, of_rule

RESULTS = ("FRANKFURT, 12 February 2026 - Revenue slipped 2.3% to €41.37 billion from €42.34 billion. Operating income came "
           "in at €2.23 billion, or 5.4% of revenue, {points} basis points above the 3.1% margin of 2024 and ahead of the "
           "5.0% that analysts polled by Meridian had expected on average.\n")


def test_points_between_a_share_of_revenue_and_last_years_margin():
    found = of_rule(checks(RESULTS.format(points="230"), "2026-02-12"), "points")
    assert [c for c in found if c[1] == "ok" and c[3] == ("5.4%", "3.1%", "230 basis points")]
    assert not [c for c in found if "5.0%" in c[3]]  # the analysts' forecast is no end of the change


def test_a_wrong_points_change_is_flagged():
    found = of_rule(checks(RESULTS.format(points="320"), "2026-02-12"), "points")
    assert [c for c in found if c[1] == "mismatch" and c[3] == ("5.4%", "3.1%", "320 basis points")]


def test_points_at_the_rounding_edge_are_fine():
    """5.4 - 3.1 = 2.3, but each carries ±0.05: 240 basis points is within reach, 250 is not."""
    assert [c for c in of_rule(checks(RESULTS.format(points="240"), "2026-02-12"), "points") if c[1] == "ok"]
    assert [c for c in of_rule(checks(RESULTS.format(points="250"), "2026-02-12"), "points") if c[1] == "mismatch"]


def test_which_is_points_below():
    text = ("ZURICH, 5 March 2026 - AEBISCHER: Reported EBIT was CHF 188 million, 4.4% of revenue, which is {p} basis points "
            "below the 5.9% of 2024.\n")
    assert [c for c in of_rule(checks(text.format(p="150"), "2026-03-05"), "points") if c[1] == "ok" and c[3][:2] == ("4.4%", "5.9%")]
    assert [c for c in of_rule(checks(text.format(p="105"), "2026-03-05"), "points") if c[1] == "mismatch"]


@pytest.mark.parametrize("opening", ["That is", "That's", "That’s", "This was"])
def test_that_is_points_more_than(opening):
    text = ("MUNICH, 20 February 2026 - Group EBIT came to €5.61 billion, which lifted our return on sales to 8.2%. {o} {p} "
            "basis points more than the 7.4% we reported for 2024.\n")
    found = of_rule(checks(text.format(o=opening, p="80"), "2026-02-20"), "points")
    assert [c for c in found if c[1] == "ok" and c[3][:2] == ("8.2%", "7.4%")]
    assert [c for c in of_rule(checks(text.format(o=opening, p="60"), "2026-02-20"), "points") if c[1] == "mismatch"]
    # 8.2 - 7.4 = 0.8 with ±0.05 on each: 90 basis points is within reach, 95 is not
    assert [c for c in of_rule(checks(text.format(o=opening, p="90"), "2026-02-20"), "points") if c[1] == "ok"]


def test_thats_without_an_apostrophe_is_no_opening():
    text = ("MUNICH, 20 February 2026 - Group EBIT came to €5.61 billion, which lifted our return on sales to 8.2%. Thats 80 "
            "basis points more than the 7.4% we reported for 2024.\n")
    assert not [c for c in of_rule(checks(text, "2026-02-20"), "points") if c[3][:2] == ("8.2%", "7.4%")]


def test_that_is_after_two_percents_is_left_to_them():
    text = ("MUNICH, 20 February 2026 - The margin rose to 8.2% and the share to 12.1%. That is 80 basis points more than "
            "the 7.4% we reported for 2024.\n")
    assert not [c for c in of_rule(checks(text, "2026-02-20"), "points") if c[3][:2] in (("8.2%", "7.4%"), ("12.1%", "7.4%"))]
