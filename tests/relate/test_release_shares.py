"""Shares as releases and bulletins restate them: "Of these, 25,931 were battery-electric, giving a half-year share of
21.3%" (of the cars registered in the country the sentence before names), "reached a share of 21.6% … In absolute terms
that's 25,380 cars" (the share's own level), and "So far in 2026" (the months of the year the article has named)."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

HALF = ("LISBON, 3 July 2026 - Between January and June, 121,880 passenger cars were registered in Portugal, an increase of 6.7% "
        "on the 114,226 of the first half of 2025. Of these, 25,931 were battery-electric, giving a half-year share of {share}%.\n")


def test_a_half_year_share_of_the_cars_registered_in_the_country():
    assert ("share", "ok", "info", ("21.3%", "25,931", "121,880 passenger cars")) in of_rule(
        checks(HALF.format(share="21.3"), "2026-07-03"), "share")
    assert [c for c in of_rule(checks(HALF.format(share="23.1"), "2026-07-03"), "share") if c[1] == "mismatch"]
    # 25,931 / 121,880 = 21.276%: "21.28%" holds, "21.2%" does not
    assert [c for c in of_rule(checks(HALF.format(share="21.28"), "2026-07-03"), "share") if c[1] == "ok"]
    assert [c for c in of_rule(checks(HALF.format(share="21.2"), "2026-07-03"), "share") if c[1] == "mismatch"]


RADIO = ("Broadcast Friday 24 July 2026\n\nTSCHUDIN: In the first six months of this year 117,482 new passenger cars were "
         "registered.\n\nTSCHUDIN: Battery-electric cars reached a share of {share}% in the half-year. In absolute terms that's "
         "25,380 cars.\n")


def test_in_absolute_terms_thats_the_shares_own_level():
    assert sorted(measures(RADIO.format(share="21.6"), "2026-07-24")["25,380 cars"].segment) == ["bev"]
    assert ("share", "ok", "info", ("21.6%", "25,380 cars", "117,482 new passenger cars")) in of_rule(
        checks(RADIO.format(share="21.6"), "2026-07-24"), "share")
    assert [c for c in of_rule(checks(RADIO.format(share="26.1"), "2026-07-24"), "share") if c[1] == "mismatch"]


SO_FAR = ("DUBLIN, 3 June 2026 - The numbers show 98,412 new cars registered in the first five months of the year. "
          "So far in 2026, 17,204 electric cars have been bought.\n")


def test_so_far_in_the_year_is_the_months_named():
    assert measures(SO_FAR, "2026-06-03")["17,204 electric cars"].period == "2026-01..2026-05"
    other = SO_FAR.replace("So far in 2026", "So far in 2025")
    assert measures(other, "2026-06-03")["17,204 electric cars"].period != "2026-01..2026-05"
