"""Where a figure's subject ends: a headline's clause after "as" (relate/measure.py), and the earlier pair "against
34.0% and 13,240" that is no part of a share (relate/parts.py)."""

from __future__ import annotations

from conftest import checked, measured

HEADLINE = ("London, 4 June 2026\n\nPrivate buyers return as May registrations rise {rate}%\n\n"
            "The UK new car market grew in May, with registrations up 5.0% to 152,418 from 145,206 a year earlier.\n\n"
            "- Private buyers: 58,835 cars, 38.6% of the market and 9.8% more than the 53,581 of May 2025\n")


def test_a_rate_after_as_is_of_the_clause_after_it():
    assert "private" not in measured(HEADLINE.format(rate="5.0").split("The UK")[0] + "The UK market grew.\n", "2026-06-04")["5.0%"].segment
    growth = checked(HEADLINE.format(rate="5.0"), "2026-06-04", "growth")
    assert not [c for c in growth if c[0] == "mismatch"]
    assert not [c for c in growth if "58,835 cars" in c[1] and "5.0%" in c[1]]


def test_a_headline_rate_that_does_not_fit_the_market_is_flagged_against_the_market():
    growth = checked(HEADLINE.format(rate="7.0"), "2026-06-04", "growth")
    assert ("mismatch", ("7.0%", "152,418", "145,206")) in growth  # 152,418 / 145,206 = +5.0%
    assert not [c for c in growth if "58,835 cars" in c[1] and "7.0%" in c[1]]


DUTCH = ("Amsterdam, 2 April 2026. Dutch new-car registrations rose 7.6% in March to 41,872 cars.\n\n"
         "Battery-electric cars took {share}% of the market with 16,412 registrations, against 34.0% and 13,240 in March 2025.\n")


def test_the_earlier_pair_after_against_is_no_part_of_the_share():
    for share in ("39.2", "80.7"):  # 16,412 / 41,872 = 39.2%; 13,240 / 16,412 = 80.7%
        assert not [c for c in checked(DUTCH.format(share=share), "2026-04-02", "share") if "13,240" in c[1]]
