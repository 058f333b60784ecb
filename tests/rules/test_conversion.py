import pytest


def test_yuan_dollar_pair_against_ecb(checks):
    found = checks("Revenue reached 116bn yuan ($16.2bn).", "conversion", date="2025-08-19")
    assert [c["status"] for c in found] == ["ok"]
    assert "ECB" in found[0]["message"]


def test_wrong_conversion_names_the_right_amount(checks):
    found = checks("Revenue reached 116bn yuan ($18.2bn).", "conversion", date="2025-08-19")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]
    assert "$16.2bn" in found[0]["message"]


def test_few_percent_off_is_a_warning(checks):
    found = checks("Revenue reached 116bn yuan ($16.7bn).", "conversion", date="2025-08-19")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "warning")]


def test_thousandfold_slip_is_an_error(checks):
    found = checks("The plot cost 635m yuan ($88bn).", "conversion", date="2025-08-19")
    assert found[0]["severity"] == "error"


def test_two_conversions_must_agree_without_a_date(checks):
    found = checks("Revenue was 116bn yuan ($16.2bn). The land cost 635m yuan ($98m).", "conversion", use_rates=False)
    statuses = sorted(c["status"] for c in found)
    assert "mismatch" in statuses
    agreement = [c for c in found if "two conversions" in c["message"]]
    assert agreement and agreement[0]["status"] == "mismatch"


def test_stated_rate_is_checked(checks):
    found = checks("Amounts are translated at the rate of RMB7.1636 to US$1.00.", "conversion", date="2025-08-28")
    assert [c["status"] for c in found] == ["ok"]
    bad = checks("Amounts are translated at the rate of RMB6.1636 to US$1.00.", "conversion", date="2025-08-28")
    assert [c["status"] for c in bad] == ["mismatch"]


def test_rupees_and_pounds(checks):
    found = checks("Revenue was Rs 32.03 billion (£303 million) in the year.", "conversion", date="2023-07-19")
    assert [c["status"] for c in found] == ["ok"], found


def test_a_wrong_pair_does_not_make_a_right_one_disagree(checks):
    found = checks("Revenue reached 116bn yuan ($18.2bn). The plot cost 635m yuan ($88m).", "conversion", date="2025-08-19")
    assert [(c["subject_text"], c["status"]) for c in found if c["status"] == "mismatch"] == [("$18.2bn", "mismatch")]


def test_an_amount_of_another_year_is_converted_at_its_own_rates(checks):
    text = ("BEIJING, Aug 19 (Reuters) - In 2021, Xiaomi pledged to invest 64bn yuan ($10bn) in cars over a decade. "
            "Its revenue in Q2 2025 reached 116bn yuan ($16.2bn).")
    found = checks(text, "conversion")
    assert found and all(c["status"] == "ok" for c in found), [c["message"] for c in found]


def test_an_amount_of_a_named_period_uses_that_period_or_the_article_date_not_the_months_between(checks):
    """issue 11: "H1 2024" in an article of August 2025 was checked against 19 months of rates,
    so 7.02 yuan a dollar (seen only in the autumn of 2024) passed."""
    found = checks("In H1 2024, revenue was 70.2bn yuan ($10.0bn).", "conversion", date="2025-08-19")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "warning")], found
    assert "2024-01-02 and 2024-07-31" in found[0]["message"]  # the period's own rates, the nearer
    # a rate of the period itself, and one of the weeks around the article, are both fine
    for text in ("In H1 2024, revenue was 72.0bn yuan ($10.0bn).", "In H1 2024, revenue was 72.6bn yuan ($10.0bn)."):
        assert [c["status"] for c in checks(text, "conversion", date="2025-08-19")] == ["ok"], text


def test_a_rate_the_article_states_comes_before_the_ecb(checks):
    """issue 11: an article that states its own rate ("RMB7.1817 = US$1.00") converts at it; its
    conversions are checked against that rate, and the stated rate itself against the ECB."""
    text = "Amounts are translated at RMB7.1817 = US$1.00. Revenue was RMB71.82 billion (US$10.0 billion)."
    rate, pair = checks(text, "conversion", date="2021-06-30")  # the ECB had 6.37-6.48 then
    assert rate["subject_text"] == "RMB7.1817" and rate["status"] == "mismatch"
    assert pair["status"] == "ok" and "the article's own rate" in pair["message"], pair["message"]
    text = text.replace("US$10.0 billion", "US$11.0 billion")  # 6.53: near the ECB, far from its own rate
    pair = checks(text, "conversion", date="2021-06-30")[1]
    assert (pair["status"], pair["severity"]) == ("mismatch", "error"), pair["message"]
    assert "RMB71.82 billion is about $10" in pair["message"]


OWN_RATES = ("Xinyue's revenue was 79.0 billion yuan (€10.0 billion at 7.90 yuan per euro). Dongjiang earned 9.62 billion "
             "yuan ({converted} at 8.15 yuan per euro), and Halstead $6.4 billion (€5.52 billion at $1.16 per euro).{more}")


@pytest.mark.parametrize("converted, status", [("€1.18 billion", "ok"), ("€1.2 billion", "ok"), ("€1.22 billion", "mismatch")])
def test_a_conversion_is_checked_at_the_rate_stated_right_after_it_in_its_sentence(checks, converted, status):
    """9.62 / 8.15 = 1.1804: its own "at 8.15 yuan per euro", never the rate the article stated first for the pair
    (7.90 gives 1.218); "€1.2 billion" (8.017 at its midpoint) holds 8.15 only at its rounding, and is no mismatch."""
    found = [c for c in checks(OWN_RATES.format(converted=converted, more=""), "conversion", use_rates=False)
             if c["subject_text"] == converted]
    assert [c["status"] for c in found] == [status], found
    assert "8.15 yuan per euro" in found[0]["message"]


def test_a_rate_of_another_pair_after_a_conversion_is_not_its_rate(checks):
    text = "Dongjiang earned 9.62 billion yuan (€1.18 billion), and Halstead $6.4 billion (€5.52 billion at $1.16 per euro)."
    found = [c for c in checks(text, "conversion", use_rates=False) if c["subject_text"] == "€1.18 billion"]
    assert [c["status"] for c in found] == ["info"] and "$1.16" not in found[0]["message"], found


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_article_dates_at_the_ends_of_the_calendar_do_not_overflow(day):
    """issue 11: 503 fuzzed inputs dated 0001-01-01 or 9999-12-31 raised OverflowError here."""
    from dataclasses import replace

    from evcheck.pipeline import verify
    from evcheck.read import read_text
    from evcheck.rules.conversion import rate_window, windows

    for source in ("front-matter", "inferred"):
        assert rate_window(day, source, day) is not None
    assert windows(day, "front-matter", day, {"period_start": "2021-01-01", "period_end": "2021-12-31"})
    doc = read_text("In 2021, Xiaomi pledged 64bn yuan ($10bn). Revenue reached 116bn yuan ($16.2bn).", "a.txt")
    for source in ("front-matter", "inferred"):
        result = verify([replace(doc, date=day, date_source=source, period_end=day)])
        assert len(result.checks[result.checks["rule"] == "conversion"]) >= 2


def test_two_hedged_conversions_agree_within_their_hedges(checks):
    """71,850 / 10,690 = 6.7212 and 268,500 / 39,950 = 6.7209: their rounding intervals miss each other by a hair, but
    both say "about", so they agree; unhedged they must meet within rounding, and hedged they still may not be 15% apart."""
    text = "Lithium: 71,850 yuan (about ${a}). Cobalt: 268,500 yuan (about ${b})."
    found = checks(text.format(a="10,690", b="39,950"), "conversion", use_rates=False)
    assert [c["status"] for c in found if "two conversions" in c["message"]] == ["ok"]
    plain = checks(text.replace("about ", "").format(a="10,690", b="39,950"), "conversion", use_rates=False)
    assert [c["status"] for c in plain if "two conversions" in c["message"]] == ["mismatch"]
    apart = checks(text.format(a="10,690", b="45,950"), "conversion", use_rates=False)
    assert [c["status"] for c in apart if "two conversions" in c["message"]] == ["mismatch"]
