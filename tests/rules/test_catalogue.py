"""Every rule documents itself, and its own examples behave as documented."""

import pytest

from conftest import check_rows
from evcheck.rules import RULES


@pytest.mark.parametrize("name", list(RULES))
def test_rule_has_a_stable_name_and_a_doc(name):
    rule = RULES[name]
    assert rule.name == name and name == name.lower() and " " not in name
    assert rule.summary.endswith(".") and "What it does" in rule.doc and "Why" in rule.doc
    assert rule.flagged and rule.fine


@pytest.mark.parametrize("name", [n for n in RULES if n != "implied-prior"])
def test_flagged_example_is_flagged_and_fine_example_is_fine(name):
    rule = RULES[name]
    flagged = check_rows(rule.flagged, name)
    assert any(c["status"] == "mismatch" for c in flagged), (name, flagged)
    fine = check_rows(rule.fine, name)
    assert fine and all(c["status"] != "mismatch" for c in fine), (name, fine)
