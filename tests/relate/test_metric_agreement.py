"""A part and its whole count one measure: a table's "739,600" that the prose states as retail is no whole of the NEVs'
wholesale, and "348,500 NEVs among 701,200 retail sales" counts retail, so it is no earlier value of a wholesale figure."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

BRIEFING = ("BEIJING, 15 July 2026 - Retail sales of new-energy passenger vehicles in the first twelve days of July reached "
            "412,600 units. Across all powertrains, retail reached 739,600.\n\nWeekly breakdown\n"
            "                 All retail     NEV retail    NEV share\n"
            "  1-5 July          291,400        160,100        54.9%\n"
            "  6-12 July         448,200        252,500        56.3%\n"
            "  1-12 July         739,600        412,600        55.8%\n\n"
            "NEV penetration for the period stood at {share}%. Twelve months ago, with 348,500 NEVs among 701,200 retail sales "
            "over the same days, the figure was 49.7%.\n\n"
            "Manufacturers' NEV wholesale volume was 468,300, up 14.9% year on year.\n")


def test_a_penetration_is_never_of_the_wholesale_over_the_retail():
    found = of_rule(checks(BRIEFING.format(share="55.8"), "2026-07-15"), "share")
    assert not [c for c in found if "468,300" in c[3]]
    assert not [c for c in found if c[1] == "mismatch"]


def test_a_part_among_a_whole_counts_what_the_whole_counts():
    assert measures(BRIEFING.format(share="55.8"), "2026-07-15")["348,500 NEVs"].metric == "retail"
    assert not [c for c in checks(BRIEFING.format(share="55.8"), "2026-07-15") if c[3][:3] == ("14.9%", "468,300", "348,500 NEVs")]
