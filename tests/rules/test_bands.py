"""Warning bands (issue 11): each rule declares its default band in the catalogue, the configuration
keys come from there, and every band a rule applies is the configured one, never a number of its own.

Each case is a mismatch just past the rounding: inside the default band it is a warning, and a
narrower band makes it an error (or a wider one a warning)."""

from __future__ import annotations

import pytest

from evcheck.rules import RULES
from evcheck.settings import tolerance_keys


def test_the_catalogue_declares_each_band_and_the_keys_follow_it():
    banded = {name for name, rule in RULES.items() if rule.default_band is not None}
    assert banded == {"growth", "sum", "share", "points", "difference", "multiple", "conversion", "reference", "restated"}
    assert tolerance_keys(RULES) == banded  # implied-prior is information, direction is always an error
    assert all(rule.band for rule in RULES.values() if rule.default_band is not None)


def severity(checks, text, rule, date=None, **tolerance):
    found = [c for c in checks(text, rule, date=date, tolerance=tolerance) if c["status"] == "mismatch"]
    assert len(found) == 1, found
    return found[0]["severity"]


@pytest.mark.parametrize(("rule", "text", "default", "band", "then"), [
    # 105.0/100.0 is +5%: 6.8% is 1.7 points off, past growth's 1.0
    ("growth", "Output rose 6.8% to 105.0 million units from 100.0 million units a year earlier.", "error", 2.0, "warning"),
    # 1.262/2.593 is 48.67%: 48.1% is 0.5 points under the rounding, at share's 0.5
    ("share", "NEVs accounted for 48.3% of the 2.593 million vehicles sold, at 1.262 million units.", "warning", 0.05, "error"),
    # 26.4 - 15.4 is 11.0 points: 11.3 is 0.25 past the rounding
    ("points", "Gross margin rose 11.3 percentage points to 26.4% from 15.4% a year earlier.", "warning", 0.01, "error"),
    # 2.018m + 575,000 is 2.593m: a total of 2.62m is 1% off, inside sum's 2%
    ("sum", "Sales reached 2.62 million units. Domestic sales rose to 2.018 million units, while exports rose to 575,000 units.",
     "warning", 0.001, "error"),
    # 10.2% up to 75,869 is 6,991-7,054 more: 7,128 is 1% off, inside difference's 2%
    ("difference", "Deliveries rose 10.2%, or 7,128 units, to 75,869.", "warning", 0.001, "error"),
    # 23.0/10.0 is ×2.3: "doubled" is off by less than multiple's tenth of the ratio
    ("multiple", "Revenue doubled to 23.0bn yuan from 10.0bn yuan.", "warning", 0.01, "error"),
])
def test_each_band_is_the_configured_one(checks, rule, text, default, band, then):
    assert severity(checks, text, rule) == default
    assert severity(checks, text, rule, **{rule: band}) == then


def test_the_relative_reading_in_points_takes_the_growth_band(checks):
    """'margin rose 7.5%' for 10.0% → 10.5% read as a relative change (+5%) was judged with a band of
    its own (1 point, whatever the configuration); it is a growth rate, so the growth band applies."""
    text = "Gross margin rose 7.5% to 10.5% from 10.0% a year earlier."
    assert severity(checks, text, "points") == "error"  # 1.4 points past the rounding
    assert severity(checks, text, "points", growth=2.0) == "warning"
    assert severity(checks, text, "points", points=2.0) == "error"  # the points band is for points


def test_the_conversion_band_reaches_the_agreement_between_conversions(checks):
    """Two conversions in one article that disagree were judged with a fixed 5%, whatever the
    configuration said."""
    text = "Revenue reached 116bn yuan ($16.2bn). The plot cost 635m yuan ($85m)."  # 7.16 against 7.47: 4% apart
    found = [c for c in checks(text, "conversion") if "disagree" in c["message"]]
    assert [c["severity"] for c in found] == ["warning"]
    found = [c for c in checks(text, "conversion", tolerance={"conversion": 0.01}) if "disagree" in c["message"]]
    assert [c["severity"] for c in found] == ["error"]


def test_the_conversion_band_reaches_the_ecb_comparison(checks):
    text = "Revenue reached 116bn yuan ($16.7bn)."  # 6.95 CNY per USD against the ECB's ~7.18: 3% off
    assert severity(checks, text, "conversion", date="2025-08-19") == "warning"
    assert severity(checks, text, "conversion", date="2025-08-19", conversion=0.01) == "error"
