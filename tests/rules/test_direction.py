import pytest


@pytest.mark.parametrize("text", [
    "The unit's losses narrowed to 300m yuan from 500m yuan.",
    "The gross margin improved to 26.4% from 15.4%.",
    "Sales fell to 2.1 million units from 2.3 million units.",
    "The operating margin narrowed to 9.5% from 11.6%.",
])
def test_direction_words_that_match(checks, text):
    found = checks(text, "direction")
    assert [c["status"] for c in found] == ["ok"], found


@pytest.mark.parametrize("text", [
    "The unit's losses narrowed to 700m yuan from 500m yuan.",
    "Sales fell to 2.5 million units from 2.3 million units.",
    "The gross margin improved to 14.1% from 15.4%.",
])
def test_direction_words_that_contradict(checks, text):
    found = checks(text, "direction")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")], found


def test_change_inside_rounding_is_not_a_contradiction(checks):
    found = checks("Sales edged up to 2.3 million units from 2.3 million units.", "direction")
    assert [c["status"] for c in found] == ["ok"], found  # checked and passed, not merely never checked
