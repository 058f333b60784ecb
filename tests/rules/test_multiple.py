import pytest


@pytest.mark.parametrize("text", [
    "Energy storage deployments more than doubled to 12.5 GWh from 6.0 GWh.",
    "Storage revenue nearly tripled to $3.4bn from $1.2bn.",
    "Cybertruck sales halved to 5,385 from 10,800.",
    "NEV exports rose 1.2-fold to 225,000 units from 102,000 units.",   # Chinese usage: +120%
])
def test_consistent_multiples_pass(checks, text):
    found = checks(text, "multiple")
    assert [c["status"] for c in found] == ["ok"], found


def test_doubled_for_a_forty_percent_rise_is_flagged(checks):
    found = checks("Revenue doubled to 21.3bn yuan from 15.2bn yuan.", "multiple")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]


def test_fold_reading_is_said(checks):
    found = checks("NEV exports rose 1.2-fold to 225,000 units from 102,000 units.", "multiple")
    assert "Chinese usage" in found[0]["message"]
