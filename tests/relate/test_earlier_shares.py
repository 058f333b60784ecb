"""The share a checked share is compared with, of the part's and the whole's earlier values (relate/shares.py
find_earlier_shares), and the share "they now make up" after a level's change (relate/measure.py)."""

from __future__ import annotations

from functools import partial

from conftest import checked

shares = partial(checked, rule="share")


USED = ("London, 12 November 2026\n\nA total of 1,987,420 used cars changed hands between July and September, 2.3% more "
        "than the 1,942,740 recorded a year earlier.\n\nUsed electric cars were the stand-out. Transactions jumped 48.6% to "
        "71,380 from 48,035, and they now make up {s}% of the total, up from {e}% a year ago.\n")


def test_and_they_now_make_up_after_the_change_is_the_levels_share():
    # 71,380 / 1,987,420 = 3.59%
    assert ("ok", ("3.6%", "71,380", "1,987,420 used cars")) in shares(USED.format(s="3.6", e="2.5"), "2026-11-12")
    assert ("mismatch", ("6.3%", "71,380", "1,987,420 used cars")) in shares(USED.format(s="6.3", e="2.5"), "2026-11-12")


def test_the_earlier_share_is_the_earlier_part_of_the_earlier_whole():
    # 48,035 / 1,942,740 = 2.473%
    assert ("ok", ("2.5%", "48,035", "1,942,740")) in shares(USED.format(s="3.6", e="2.5"), "2026-11-12")
    assert ("mismatch", ("3.5%", "48,035", "1,942,740")) in shares(USED.format(s="3.6", e="3.5"), "2026-11-12")


def test_the_earlier_share_at_its_rounding_edge_is_not_flagged():
    text = USED.replace("48,035", "48 thousand").replace("1,942,740", "1.9 million")
    # 48 / 1,900 = 2.526%, outside 2.445-2.455; but 47.5 / 1,950 = 2.436% lies below it, so the intervals meet
    assert ("ok", ("2.45%", "48 thousand", "1.9 million")) in shares(text.format(s="3.6", e="2.45"), "2026-11-12")


def test_an_earlier_share_of_another_period_than_the_part_stays_unchecked():
    text = USED.replace("up from {e}% a year ago", "up from {e}% in the second quarter")
    assert not any(texts[0] == "2.5%" for _, texts in shares(text.format(s="3.6", e="2.5"), "2026-11-12"))


def test_a_part_compared_with_another_period_than_the_whole_leaves_the_earlier_share_unchecked():
    text = USED.replace("from 48,035,", "from 48,035 in the second quarter,")
    assert not any(texts[0] == "2.5%" for _, texts in shares(text.format(s="3.6", e="2.5"), "2026-11-12"))


QINGYUN = ("Hangzhou, 1 October 2026\n\nThe Group delivered 128,406 new energy vehicles in September, a record.\n\nBy powertrain, "
           "battery electric vehicles accounted for {s}% of September deliveries, with 74,890 units.\n")


def test_a_share_of_an_nev_makers_deliveries_is_of_its_nevs():
    # 74,890 / 128,406 = 58.32%
    assert shares(QINGYUN.format(s="58.3"), "2026-10-01") == [("ok", ("58.3%", "74,890 units", "128,406 new energy vehicles"))]
    assert shares(QINGYUN.format(s="53.8"), "2026-10-01") == [("mismatch", ("53.8%", "74,890 units", "128,406 new energy vehicles"))]


def test_a_share_beside_a_plain_whole_is_never_of_the_covering_one():
    text = QINGYUN.replace("a record.", "a record. All its brands together sold 131,200 vehicles.")
    assert not any("128,406 new energy vehicles" in texts for _, texts in shares(text.format(s="58.3"), "2026-10-01"))


FRANCE = ("Paris, 1 April 2026\n\nIn all, 158,437 passenger cars were registered in March.\n\nBattery-electric models "
          "took {s}% of registrations, up 4.5 points on March last year, when they held a 16.9% share. Their volume reached "
          "33,905 units.\n")


def test_a_share_before_points_on_last_years_month_is_of_this_month():
    # 33,905 / 158,437 = 21.40%: "on March last year" is the points' comparison, never the share's own time
    assert ("ok", ("21.4%", "33,905 units", "158,437 passenger cars")) in shares(FRANCE.format(s="21.4"), "2026-04-01")
    assert ("mismatch", ("24.1%", "33,905 units", "158,437 passenger cars")) in shares(FRANCE.format(s="24.1"), "2026-04-01")


def test_last_years_share_in_the_when_clause_is_never_of_this_years_figures():
    assert not any(texts[0] == "16.9%" and "33,905 units" in texts for _, texts in shares(FRANCE.format(s="21.4"), "2026-04-01"))


ZERO_EMISSION = ("TORONTO, May 5, 2026 -- Canadian dealers sold 168,420 new light vehicles in April, up 3.6% on the 162,570 "
                 "sold in April 2025.\n\nAt 9.4%, the zero-emission share of the market was well below the {then}% of April "
                 "2025, a decline of 1.8 percentage points. Zero-emission vehicle sales totalled 15,826, 13.1% fewer than the "
                 "18,207 of a year earlier.\n")


def test_a_share_well_below_the_share_of_a_year_before_is_that_earlier_share_no_change():
    # 18,207 of 162,570 is 11.20%; 18,207 to 15,826 is -13.08%
    found = checked(ZERO_EMISSION.format(then="11.2"), "2026-05-05")
    assert ("share", "ok", ("11.2%", "18,207", "162,570")) in found
    assert ("growth", "ok", ("13.1%", "15,826", "18,207")) in found
    assert not [c for c in found if c[1] == "mismatch"]
    assert not [c for c in found if c[0] == "growth" and "11.2%" in c[2]]


def test_an_earlier_share_that_does_not_add_up_is_flagged_and_its_rounding_is_not():
    assert [c[1] for c in checked(ZERO_EMISSION.format(then="12.2"), "2026-05-05") if c[2][:2] == ("12.2%", "18,207")] == ["mismatch"]
    # 11.199%: "11.20" is the same share, "11.25" is not
    assert [c[1] for c in checked(ZERO_EMISSION.format(then="11.20"), "2026-05-05") if c[2][:2] == ("11.20%", "18,207")] == ["ok"]
