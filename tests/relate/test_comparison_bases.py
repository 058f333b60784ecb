"""What a rate is compared with, as translated releases and trade briefs say it: "an increase of 14.6% in comparison with
April, month in which 36,920 units were produced" (the month named, its figure in an appositive), "rose 15.2% relative to
May of the previous year" and "a year-on-year variation of 8.8%" (a year-on-year basis), "4.6% down on July 2025 (70,480)
and 7.8% lower than June's 72,904" (June of the article's year, never of the year the first comparison named), and
"(21,874), which means a rise of 12.3%" (a bracketed comparative)."""

from __future__ import annotations

import pytest
from test_measures import checks, measures, of_rule

PRODUCTION = ("BUENOS AIRES, 3 June 2026 - The Chamber reports that during the month of May the companies registered a "
              "production of 42,318 units (38,905), which represents a year-on-year variation of 8.8% and an increase of "
              "{rate}% in comparison with April{tail}.\n")
APRIL = ", month in which 36,920 units were produced"


def test_a_rate_in_comparison_with_a_named_month_is_on_that_months_figure():
    text = PRODUCTION.format(rate="14.6", tail=APRIL)
    found = measures(text, "2026-06-03")
    assert (found["14.6%"].versus, found["36,920 units"].period, found["8.8%"].basis) == ("2026-04", "2026-04", "yoy")
    growth = of_rule(checks(text, "2026-06-03"), "growth")
    assert ("growth", "ok", "info", ("14.6%", "42,318 units", "36,920 units")) in growth
    assert ("growth", "ok", "info", ("8.8%", "42,318 units", "38,905")) in growth


def test_a_wrong_rate_on_the_named_month_is_flagged():
    growth = of_rule(checks(PRODUCTION.format(rate="16.4", tail=APRIL), "2026-06-03"), "growth")
    assert [c for c in growth if c[1] == "mismatch" and c[3] == ("16.4%", "42,318 units", "36,920 units")]


def test_a_rate_on_the_named_month_at_its_rounding_edge():
    """42,318 / 36,920 = +14.621%: 14.6% and 15% hold, 14.7% does not."""
    assert [c for c in of_rule(checks(PRODUCTION.format(rate="15", tail=APRIL), "2026-06-03"), "growth") if c[1] == "ok" and c[3][0] == "15%"]
    assert [c for c in of_rule(checks(PRODUCTION.format(rate="14.7", tail=APRIL), "2026-06-03"), "growth") if c[1] == "mismatch"]


def test_a_rate_on_a_month_whose_figure_is_not_given_stays_unchecked():
    # the session start read 14.6% against the 38,905 of May 2025 and flagged it
    growth = of_rule(checks(PRODUCTION.format(rate="14.6", tail=""), "2026-06-03"), "growth")
    assert not [c for c in growth if c[3][0] == "14.6%" and "38,905" in c[3]]


@pytest.mark.parametrize("basis", ["relative to May of the previous year", "in comparison with the same month of the previous year"])
def test_a_year_on_year_basis_in_release_words(basis):
    text = f"SÃO PAULO, 3 June 2026 - Pickup production reached 27,906 units in May and rose 15.2% {basis}.\n"
    assert measures(text, "2026-06-03")["15.2%"].basis == "yoy"


BRIEF = ("Kuala Lumpur | 27 August 2026\n\nTotal industry volume for July was 67,215 units, the association said. The figure is "
         "4.6% down on July 2025 (70,480) and {rate}% lower than June's 72,904, which had been lifted by dealer targets.\n")


def test_a_bare_month_after_a_dated_comparison_is_of_the_articles_year():
    text = BRIEF.format(rate="7.8")
    assert measures(text, "2026-08-27")["72,904"].period == "2026-06"
    growth = of_rule(checks(text, "2026-08-27"), "growth")
    assert ("growth", "ok", "info", ("7.8%", "67,215 units", "72,904")) in growth
    assert ("growth", "ok", "info", ("4.6%", "67,215 units", "70,480")) in growth
    assert [c for c in of_rule(checks(BRIEF.format(rate="8.7"), "2026-08-27"), "growth") if c[1] == "mismatch" and c[3][0] == "8.7%"]
    # 67,215 / 72,904 = -7.80%: "8%" holds
    assert [c for c in of_rule(checks(BRIEF.format(rate="8"), "2026-08-27"), "growth") if c[1] == "ok" and c[3][0] == "8%"]


EXPORTS = "BUENOS AIRES, 3 June 2026 - In May the industry exported 24,560 units (21,874), {words} {rate}%.\n"


@pytest.mark.parametrize("words", ["which means a rise of", "meaning an increase of", "that is an increase of"])
def test_a_bracketed_comparative_before_the_change_it_means(words):
    assert ("growth", "ok", "info", ("12.3%", "24,560 units", "21,874")) in of_rule(
        checks(EXPORTS.format(words=words, rate="12.3"), "2026-06-03"), "growth")
    assert [c for c in of_rule(checks(EXPORTS.format(words=words, rate="13.2"), "2026-06-03"), "growth") if c[1] == "mismatch"]


def test_a_bracketed_part_before_a_share_is_no_comparative():
    text = "BUENOS AIRES, 3 June 2026 - In May the industry exported 24,560 units (16,214 to Brazil), which means 66.0% went there.\n"
    assert not of_rule(checks(text, "2026-06-03"), "growth")
