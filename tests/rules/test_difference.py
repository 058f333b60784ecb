def test_net_addition_gives_the_prior_value(checks):
    found = checks("Xiaomi now runs 335 car sales centres in 92 cities, a net addition of 100 stores quarter on quarter.", "difference")
    assert len(found) == 1
    assert found[0]["status"] == "info"
    assert found[0]["expected"] == 235


def test_absolute_change_with_rate_passes_within_rounding(checks):
    found = checks("Deliveries in China rose 10.2%, or 7,028 units, to 75,869.", "difference")
    assert [c["status"] for c in found] == ["ok"]


def test_absolute_change_with_rate_is_flagged_when_wrong(checks):
    found = checks("Deliveries rose 10.2%, or 9,028 units, to 75,869.", "difference")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]


def test_difference_with_both_values(checks):
    ok = checks("The network grew to 335 stores from 235 stores, adding 100 stores.", "difference")
    assert [c["status"] for c in ok] == ["ok"]
    bad = checks("The network grew to 335 stores from 235 stores, adding 150 stores.", "difference")
    assert [c["status"] for c in bad] == ["mismatch"]


def test_or_without_a_rate_is_not_a_change(checks):
    assert checks("Two million cars were sold, half of them electric, or 1 million.", "difference") == []


def test_absolute_change_before_its_rate(checks):
    ok = checks("Sales increased by 331,000 units, or 14.6%, to 2.593 million.", "difference")
    assert [c["status"] for c in ok] == ["ok"]
    bad = checks("Sales increased by 431,000 units, or 14.6%, to 2.593 million.", "difference")
    assert [c["status"] for c in bad] == ["mismatch"]
    down = checks("Sales fell by 331,000 units, or 11.3%, to 2.593 million.", "difference")
    assert [c["status"] for c in down] == ["ok"]
