import pytest


def one(checks, text, rule="growth"):
    found = checks(text, rule)
    assert len(found) == 1, found
    return found[0]


def test_consistent_growth_passes(checks):
    c = one(checks, "Sales rose 14.6% to 2.593 million units from 2.262 million units a year earlier.")
    assert c["status"] == "ok"
    assert c["expected_low"] <= 14.6 <= c["expected_high"] + 0.05


def test_wrong_rate_is_an_error_with_the_arithmetic(checks):
    c = one(checks, "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier.")
    assert (c["status"], c["severity"]) == ("mismatch", "error")
    assert "+14.6%" in c["message"] and "25" in c["message"]
    assert c["subject_text"] == "25%"


def test_slightly_off_rate_is_a_warning(checks):
    c = one(checks, "Output rose 15.5% to 2.593 million units from 2.262 million units a year earlier.")
    assert (c["status"], c["severity"]) == ("mismatch", "warning")


def test_wrong_direction_is_an_error(checks):
    c = one(checks, "Sales fell 14.6% to 2.593 million units from 2.262 million units.")
    assert (c["status"], c["severity"]) == ("mismatch", "error")
    assert "direction" in c["message"]


@pytest.mark.parametrize("text", [
    # exact arithmetic says -14.3%, but 1.15-1.25 against 1.35-1.45 admits -20%
    "Operating profit came to 1.2 trillion yen, down 20% from 1.4 trillion yen a year earlier.",
    # 2.593/2.262 is +14.6%: "near 15%" is a correct rounding
    "Sales rose a near 15% to 2.593 million units, from 2.262 million units a year earlier.",
    # rounding of both endpoints: 3.58 and 2.54 trillion admit -29.2%
    "Profit fell 29.2 percent on-year to 2.54 trillion won from 3.58 trillion won a year earlier.",
])
def test_rounding_edge_cases_are_not_flagged(checks, text):
    c = one(checks, text)
    assert c["status"] == "ok", c["message"]


def test_ok_by_rounding_says_so(checks):
    c = one(checks, "Operating profit came to 1.2 trillion yen, down 20% from 1.4 trillion yen a year earlier.")
    assert "within rounding" in c["message"]


def test_ok_only_thanks_to_a_hedge_says_so(checks):
    c = one(checks, "Sales rose about 15.2% to 2.593 million units from 2.262 million units a year earlier.")
    assert c["status"] == "ok"
    assert "hedge" in c["message"] and "about" in c["message"]


def test_earlier_value_in_the_next_sentence_is_linked(checks):
    text = ("Vehicle sales rose near 15% YoY to 2.593 million units in July 2025. "
            "This comes after a 5% decline to 2.262 million units the year before.")
    c = one(checks, text)
    assert c["status"] == "ok"
    assert "2.262 million" in c["message"]


def test_unrelated_number_in_next_sentence_is_not_linked(checks):
    text = ("Domestic sales rose 13% to 2.018 million units in July. "
            "Total sales were 2.262 million units the year before.")
    assert checks(text, "growth") == []


def test_rate_in_the_next_sentence_opening_with_that_was(checks):
    ok = checks("Sales reached 2.593 million units in July 2025. That was up 14.7% from 2.262 million units a year earlier.")
    assert [(c["rule"], c["status"]) for c in ok if c["rule"] == "growth"] == [("growth", "ok")]
    bad = checks("Sales reached 2.593 million units in July 2025. That was up 24.7% from 2.262 million units a year earlier.")
    assert [(c["rule"], c["status"]) for c in bad if c["rule"] == "growth"] == [("growth", "mismatch")]


def test_a_hedge_on_the_level_is_named_as_a_hedge_not_as_a_missing_word(checks):
    c = one(checks, "Sales rose 11% to about 2.6 million units from 2.262 million units a year earlier.")
    assert c["status"] == "ok" and "thanks to a hedge" in c["message"] and "nan" not in c["message"]
