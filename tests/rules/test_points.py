import pytest


def test_points_change_matches(checks):
    found = checks("Vehicle margin was 19.4% in the quarter, compared with 18.7% a year earlier, an improvement of 0.7 percentage points.", "points")
    assert [c["status"] for c in found] == ["ok"]


def test_basis_points_are_converted(checks):
    found = checks("Battery-electric cars accounted for 17.4% of registrations, a gain of 280 basis points from 14.6%.", "points")
    assert [c["status"] for c in found] == ["ok"]


def test_wrong_points_change_is_flagged(checks):
    found = checks("Battery-electric cars accounted for 17.4% of registrations, a gain of 380 basis points from 14.6%.", "points")
    assert [c["status"] for c in found] == ["mismatch"]


def test_percent_for_points_mixup_is_an_error(checks):
    found = checks("The segment's gross margin rose 11% to 26.4% from 15.4% a year earlier.", "points")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]
    assert "mix-up" in found[0]["message"]


def test_relative_change_of_a_percentage_is_fine(checks):
    # 15.4% to 26.4% is a relative rise of 71.4%: correct, if unusual
    found = checks("The segment's gross margin rose 71% to 26.4% from 15.4% a year earlier.", "points")
    assert [c["status"] for c in found] == ["ok"]


def test_move_without_stated_change_is_information(checks):
    found = checks("The gross margin improved to 26.4% in Q2, up from 15.4% in the same period a year earlier.", "points")
    assert [c["status"] for c in found] == ["info"]
    assert "+11.0 pp" in found[0]["message"]


@pytest.mark.parametrize("text", [
    "Margin fell 0.5 percentage points to -0.2% from 0.3%.",   # across zero
    "Margin rose 0.3 percentage points to 0.1% from -0.2%.",
])
def test_points_across_zero(checks, text):
    found = checks(text, "points")
    assert [c["status"] for c in found] == ["ok"], found
