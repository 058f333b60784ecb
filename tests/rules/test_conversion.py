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
