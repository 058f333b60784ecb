"""Changes as releases state them: "42,318 units (38,905), which represents a year-on-year variation of 8.8%" (a
bracketed comparative, and a variation that is a change, not a share); "5.7% ahead of the 24,671 of the same period of
2025" and "5.7% behind the 27,646" (a rise and a fall from the earlier value)."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

RELEASE = ("BUENOS AIRES, June 8, 2026 - During the month of May the terminal companies registered a production of 42,318 "
           "units (38,905), which represents a year-on-year variation of {rate}%.\n")


def test_a_variation_after_a_bracketed_comparative_is_its_change():
    text = RELEASE.format(rate="8.8")
    found = measures(text, "2026-06-08")
    assert (found["38,905"].role, found["8.8%"].role) == ("earlier", "rate")
    assert ("growth", "ok", "info", ("8.8%", "42,318 units", "38,905")) in of_rule(checks(text, "2026-06-08"), "growth")


def test_a_wrong_variation_is_flagged():
    found = of_rule(checks(RELEASE.format(rate="7.8"), "2026-06-08"), "growth")
    assert [c for c in found if c[1] == "mismatch" and c[3] == ("7.8%", "42,318 units", "38,905")]


def test_a_variation_at_its_rounding_edge_is_fine():
    """42,318 / 38,905 = +8.773%: 8.8% and 8.77% both hold."""
    found = of_rule(checks(RELEASE.format(rate="8.77"), "2026-06-08"), "growth")
    assert [c for c in found if c[1] == "ok" and c[3][0] == "8.77%"]


def test_a_bracket_without_a_change_after_it_stays_a_part():
    text = "BUENOS AIRES, June 8, 2026 - The companies produced 42,318 units in May (38,905 of them pickups).\n"
    assert measures(text, "2026-06-08")["38,905"].role != "earlier"


AHEAD = ("MILAN, March 10, 2026 - Scooter registrations reached 26,070 in the first two months, {rate}% {word} the {old} of "
         "the same period of 2025.\n")


def test_a_rate_ahead_of_or_behind_an_earlier_value():
    assert ("growth", "ok", "info", ("5.7%", "26,070", "24,671")) in of_rule(
        checks(AHEAD.format(rate="5.7", word="ahead of", old="24,671"), "2026-03-10"), "growth")
    assert ("growth", "ok", "info", ("5.7%", "26,070", "27,646")) in of_rule(
        checks(AHEAD.format(rate="5.7", word="behind", old="27,646"), "2026-03-10"), "growth")


def test_a_rate_ahead_of_the_wrong_way_is_flagged():
    found = of_rule(checks(AHEAD.format(rate="5.7", word="ahead of", old="27,646"), "2026-03-10"), "growth")
    assert [c for c in found if c[1] == "mismatch" and c[3] == ("5.7%", "26,070", "27,646")]


def test_a_rate_ahead_of_at_its_rounding_edge():
    """26,070 / 24,671 = +5.67%: "6%" holds, "5%" does not."""
    assert [c for c in of_rule(checks(AHEAD.format(rate="6", word="ahead of", old="24,671"), "2026-03-10"), "growth") if c[1] == "ok"]
    assert [c for c in of_rule(checks(AHEAD.format(rate="5", word="ahead of", old="24,671"), "2026-03-10"), "growth") if c[1] == "mismatch"]


def test_a_brand_ahead_of_another_is_no_change_of_either():
    text = "MILAN, March 10, 2026 - Honda led with 12,000 scooters, 33.3% ahead of Piaggio's 9,000.\n"
    assert not [c for c in checks(text, "2026-03-10") if c[0] in ("growth", "direction")]
