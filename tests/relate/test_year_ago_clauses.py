"""A margin reached "to 13.5%; a year ago it stood at 12.3%": the clause after the semicolon dates its own percent, never
the one before it, so the points change runs from 12.3% to 13.5%, and the year-earlier margin is of the year-earlier
amounts."""

from __future__ import annotations

from test_measures import checks, of_rule

MARGIN = ("Mumbai, August 7, 2026\n\nRevenue from operations grew 10.2% to ₹38,462 crore from ₹34,915 crore. EBITDA climbed "
          "20.6% to ₹5,188 crore from ₹4,302 crore. The EBITDA margin widened by {bp} basis points to 13.5%; a year ago it "
          "stood at {old}%.")


def test_points_run_from_the_year_ago_clause_to_the_level_reached():
    found = checks(MARGIN.format(bp="120", old="12.3"), "2026-08-07")
    assert ("points", "ok", "info", ("13.5%", "12.3%", "120 basis points")) in of_rule(found, "points")
    assert ("share", "ok", "info", ("12.3%", "₹4,302 crore", "₹34,915 crore")) in of_rule(found, "share")
    assert not [c for c in found if c[1] == "mismatch"]


def test_a_wrong_points_change_is_flagged():
    found = of_rule(checks(MARGIN.format(bp="210", old="12.3"), "2026-08-07"), "points")
    assert [c[1] for c in found] == ["mismatch"]


def test_rounding_edge_of_the_points_is_not_flagged():
    # 13.5 - 12.3 is 1.2 points, each percent within 0.05: 110 and 130 basis points are within reach, 140 is not
    assert [c[1] for c in of_rule(checks(MARGIN.format(bp="130", old="12.3"), "2026-08-07"), "points")] == ["ok"]
    assert [c[1] for c in of_rule(checks(MARGIN.format(bp="140", old="12.3"), "2026-08-07"), "points")] == ["mismatch"]


def test_near_miss_a_year_ago_after_a_full_stop_dates_nothing_before_it():
    text = MARGIN.format(bp="120", old="12.3").replace("; a year ago it stood at", ". Analysts had expected")
    assert not [c for c in of_rule(checks(text, "2026-08-07"), "points") if c[1] == "mismatch"]


NINE_MONTHS = ("Heilbronn, 5 November 2026 - Drevenbach today published its figures for the first nine months of 2026. Year-earlier "
               "figures are shown in brackets.\n\n- Sales: €6,842 million (€7,105 million)\n"
               "- Adjusted EBIT: €396 million (€469 million), an adjusted EBIT margin of 5.8% (6.6%)\n\n"
               "The adjusted EBIT margin therefore fell by {bp} basis points over the nine months.")


def test_a_margin_change_over_the_nine_months_runs_from_the_year_before():
    found = of_rule(checks(NINE_MONTHS.format(bp="80"), "2026-11-05"), "points")
    assert found == [("points", "ok", "info", ("5.8%", "6.6%", "80 basis points"))]  # never 5.8% against itself
    assert [c[1] for c in of_rule(checks(NINE_MONTHS.format(bp="60"), "2026-11-05"), "points")] == ["mismatch"]


MARKET = ("Flensburg, 4 February 2026\n\nThe KBA counted 218,436 newly registered passenger cars in January; a year earlier "
          "the figure had been 207,640.\n\nPrivate buyers registered 68,905 cars, which gives them 31.5% of the market. "
          "Company fleets, dealers, manufacturers and rental firms accounted for the remaining 149,531.")


def test_a_level_after_a_year_earlier_clause_is_the_year_befores():
    found = checks(MARKET, "2026-02-04")
    assert not [c for c in of_rule(found, "sum") if "207,640" in c[3]]  # this January's parts, never last January's total
    assert ("share", "ok", "info", ("31.5%", "68,905 cars", "218,436")) in of_rule(found, "share")
    assert ("sum", "ok", "info", ("68,905 cars", "149,531", "218,436")) in of_rule(found, "sum")
