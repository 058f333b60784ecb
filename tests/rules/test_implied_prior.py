def test_implied_prior_is_information_with_the_value(checks):
    found = checks("Deliveries stood at 81,302 units, representing a 197.7% year-on-year increase.", "implied-prior")
    assert len(found) == 1
    c = found[0]
    assert (c["status"], c["severity"]) == ("info", "info")
    assert 27_300 < c["expected"] < 27_320
    assert c["expected_low"] <= 27_310 <= c["expected_high"]
    assert "a year earlier" in c["message"]


def test_month_on_month_and_year_on_year_in_one_sentence(checks):
    found = checks("Tesla China sold 71,525 cars in September, down 14% month on month but up 1.6% year on year.",
                   "implied-prior")
    messages = sorted(c["message"] for c in found)
    assert len(found) == 2
    assert any("a month earlier" in m for m in messages)
    assert any("a year earlier" in m for m in messages)


def test_chinese_fold_reading_is_given(checks):
    found = checks("NEV exports surged 1.2-fold to 225,000 units.", "implied-prior")
    assert len(found) == 1
    assert "102,273" in found[0]["message"] and "187,500" in found[0]["message"]


def test_never_flagged(checks):
    found = checks("Revenue rose 30.5% to 116bn yuan.", "implied-prior")
    assert [c["status"] for c in found] == ["info"]
