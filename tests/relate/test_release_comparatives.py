"""Changes as translated releases state them: "42,318 units (38,905), which represents a year-on-year variation of
8.8%": a bracketed comparative, and a variation that is a change, not a share."""

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
