"""A time told in a clause of cause after the figures ("helped by the showrooms we opened in April") dates the cause,
not the figures (relate/measure.py's period)."""

from __future__ import annotations

from conftest import checked, measured

CALL = ("DUBAI, 1 August 2026\n\nQ: How did the second quarter go?\n\nA: Group revenue came to AED 1,842 million in the second "
        "quarter, 11.3% more than the AED 1,655 million of the second quarter of 2025.\n\nQ: And by country?\n\n"
        "A: Saudi Arabia contributed AED {part} million, {share} of group revenue, helped by the two showrooms we opened in "
        "Dammam in April.\n")


def test_a_month_in_a_clause_of_cause_is_not_the_figures_period():
    found = measured(CALL.format(part="571", share="31.0%"), "2026-08-01")
    assert found["31.0%"].period == "2026-Q2"


def test_the_share_is_of_the_quarters_revenue_and_a_wrong_base_is_flagged():
    assert ("ok", ("31.0%", "AED 571 million", "AED 1,842 million")) in checked(CALL.format(part="571", share="31.0%"), "2026-08-01",
                                                                                "share")
    assert ("mismatch", ("34.5%", "AED 571 million", "AED 1,842 million")) in checked(CALL.format(part="571", share="34.5%"),
                                                                                      "2026-08-01", "share")


def test_a_month_the_figure_is_said_of_still_dates_it():
    text = "DUBAI, 1 August 2026\n\nSaudi Arabia contributed AED 192 million in April, helped by two new showrooms.\n"
    assert measured(text, "2026-08-01")["AED 192 million"].period == "2026-04"
