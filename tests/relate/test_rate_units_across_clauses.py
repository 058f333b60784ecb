""""Its registrations fell 11.3% from April as dealers cleared stock of its older 2.9 kWh battery pack": a physical unit in
another clause is no measure of the rate (relate/measure.py's unit beside a rate)."""

from __future__ import annotations

from conftest import checked, measured

AS_CLAUSE = "In May, Zipmoto registrations fell 11.3% from April as dealers cleared stock of its older 2.9 kWh battery pack.\n"


def test_a_unit_in_the_clause_after_as_is_not_the_rates_metric():
    assert measured(AS_CLAUSE, "2026-06-02")["11.3%"].metric != "other:kwh"


def test_a_rate_between_two_amounts_of_a_unit_measures_that_unit():
    text = "The fleet averaged 176.2 g/km, a {rate}% decrease from 183.9 g/km in 2025.\n"
    assert str(measured(text.format(rate="4.2"), "2026-03-01")["4.2%"].metric).startswith("other:")
    assert checked(text.format(rate="4.2"), "2026-03-01", "growth")[0][0] == "ok"  # 176.2 / 183.9 = -4.19%
    assert checked(text.format(rate="5.2"), "2026-03-01", "growth")[0][0] == "mismatch"
