"""Tables whose share columns follow each period's levels ("| Group | Apr 2026 | Share | Apr 2025 | Share |"): each share
column is its period's; a period named "for comparison" is never the time the article reports; a prose share of the five
largest rows is of the reported month's column; a share "of that market" beside a place's own row is of that row."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

TABLE = ("AUTOMETRICA | Published 27 May 2026\n\nApril was a month of small moves. The table below sets out the month, group by "
         "group, with April 2025 for comparison.\n\n"
         "| Group | Apr 2026 | Share | Apr 2025 | Share |\n|---|---:|---:|---:|---:|\n"
         "| Aurion | 278,430 | 25.8% | 271,905 | 25.8% |\n"
         "| Brenner | 176,912 | 16.4% | 183,640 | {old}% |\n"
         "| Others | 625,352 | 57.9% | 597,785 | 56.8% |\n"
         "| Total | 1,080,694 | 100.0% | 1,053,330 | 100.0% |\n\n"
         "Taken together, the two largest groups controlled {top}% of the market.\n")


def test_each_share_column_is_of_the_levels_before_it():
    found = of_rule(checks(TABLE.format(old="17.4", top="42.1"), "2026-05-27"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][:2] == ("17.4%", "183,640")]
    assert [c for c in found if c[1] == "ok" and c[3][:2] == ("16.4%", "176,912")]
    assert not [c for c in found if c[1] == "mismatch"]


def test_a_wrong_share_in_the_earlier_column_is_flagged():
    found = of_rule(checks(TABLE.format(old="18.4", top="42.1"), "2026-05-27"), "share")
    assert [c for c in found if c[1] == "mismatch" and c[3][:2] == ("18.4%", "183,640")]


def test_an_earlier_share_at_its_rounding_edge():
    """183,640 / 1,053,330 = 17.43%: "17.43%" holds."""
    found = of_rule(checks(TABLE.format(old="17.43", top="42.1"), "2026-05-27"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][0] == "17.43%"]


def test_a_period_for_comparison_is_not_the_articles():
    m = measures(TABLE.format(old="17.4", top="42.1"), "2026-05-27")
    assert m["42.1%"].period == "2026-04"  # the month reported, never the April 2025 named for comparison


def test_the_largest_rows_share_is_of_the_reported_month():
    # (278,430 + 176,912) / 1,080,694 = 42.13%; April 2025's two would give 43.25%
    found = of_rule(checks(TABLE.format(old="17.4", top="42.1"), "2026-05-27"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][0] == "42.1%"]
    wrong = of_rule(checks(TABLE.format(old="17.4", top="43.2"), "2026-05-27"), "share")
    assert [c for c in wrong if c[1] == "mismatch" and c[3][0] == "43.2%"]


GULF = ("DUBAI, 20 July 2026 - The region's dealers delivered 658,420 cars between January and June.\n\n"
        "| Market | H1 2026 | H1 2025 |\n|---|---:|---:|\n| Saudi Arabia | 392,600 | 371,150 |\n"
        "| United Arab Emirates | 138,450 | 121,980 |\n| Kuwait | 127,370 | 125,650 |\n\n"
        "Chinese brands sold 151,430 vehicles in the region. In the UAE, Chinese brands sold 38,900 units, {share}% of that market.\n")


def test_a_share_of_that_market_is_of_the_places_own_row():
    found = of_rule(checks(GULF.format(share="28.1"), "2026-07-20"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][:3] == ("28.1%", "38,900 units", "138,450")]
    assert not [c for c in found if "658,420 cars" in c[3]]  # never the region's total
    wrong = of_rule(checks(GULF.format(share="31.8"), "2026-07-20"), "share")
    assert [c for c in wrong if c[1] == "mismatch" and c[3][:3] == ("31.8%", "38,900 units", "138,450")]
