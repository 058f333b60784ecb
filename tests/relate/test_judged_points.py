"""A change in points told by a word that judges it ("better", "an improvement of"): for a claims or loss ratio better
is lower, so the two values say which way it went, and only its size is checked (relate/change.py, relate/points.py)."""

from __future__ import annotations

from conftest import checked

CALL = ("ZURICH, 28 April 2026\n\nNADIA IMHOF: Claims came to CHF 1,987 million, which gives a claims ratio of 69.8%, "
        "{pts} points better than the 72.1% of 2024.\n")
HIGHLIGHTS = ("TOKYO, 14 May 2026\n\nHIGHLIGHTS\n* Motor net premiums written ¥1,284.6 bln, up 4.4% from ¥1,231.0 bln\n"
              "* Motor loss ratio 63.8% vs 66.5%, improvement of {pts} pts\n* Combined ratio 94.6%\n")


def test_a_claims_ratio_better_by_points_is_a_fall_of_that_size():
    assert checked(CALL.format(pts="2.3"), "2026-04-28", "points") == [("ok", ("69.8%", "72.1%", "2.3 points"))]


def test_a_loss_ratio_improvement_in_a_list_line_is_a_fall_of_that_size():
    assert checked(HIGHLIGHTS.format(pts="2.7"), "2026-05-14", "points") == [("ok", ("63.8%", "66.5%", "2.7 pts"))]


def test_a_judged_change_of_the_wrong_size_is_flagged():
    assert checked(CALL.format(pts="3.3"), "2026-04-28", "points") == [("mismatch", ("69.8%", "72.1%", "3.3 points"))]
    assert checked(HIGHLIGHTS.format(pts="1.7"), "2026-05-14", "points") == [("mismatch", ("63.8%", "66.5%", "1.7 pts"))]


def test_points_rounded_from_the_two_ratios_are_not_flagged():
    text = HIGHLIGHTS.replace("63.8% vs 66.5%", "63.84% vs 66.5%").format(pts="2.7")
    assert checked(text, "2026-05-14", "points") == [("ok", ("63.84%", "66.5%", "2.7 pts"))]


def test_a_share_that_rose_keeps_the_direction_its_words_give():
    text = ("OSLO, 2 May 2026\n\nElectric cars took 24.1% of the market in April, 2.3 points less than the 21.8% of April 2025.\n")
    assert checked(text, "2026-05-02", "points") == [("mismatch", ("24.1%", "21.8%", "2.3 points"))]


def test_a_share_that_improved_by_points_is_a_rise_and_a_fall_is_flagged():
    text = ("* Electric share 18.4% vs 21.1%, improvement of 2.7 pts\n")
    assert checked("OSLO, 2 May 2026\n\n" + text, "2026-05-02", "points") == [("mismatch", ("18.4%", "21.1%", "2.7 pts"))]


RATIOS = ("ZURICH, 28 April 2026\n\nNADIA IMHOF: Add the expense ratio of 25.6% and the combined ratio is 95.4%. That is {bps} "
          "basis points below the 98.3% of the prior year.\n")


def test_that_is_points_below_takes_the_ratio_the_sentence_before_ends_on():
    assert checked(RATIOS.format(bps="290"), "2026-04-28", "points") == [("ok", ("95.4%", "98.3%", "290 basis points"))]
    assert checked(RATIOS.format(bps="390"), "2026-04-28", "points") == [("mismatch", ("95.4%", "98.3%", "390 basis points"))]


def test_that_is_points_after_two_plain_percents_stays_unchecked():
    text = RATIOS.format(bps="290").replace("the combined ratio is 95.4%", "together they make 95.4%")
    assert checked(text, "2026-04-28", "points") == []
