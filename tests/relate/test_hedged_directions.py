""""Adjusted operating profit fell by more than 22%": the hedge is no word of rising (relate/context.py's
direction_near)."""

from __future__ import annotations

from conftest import checked
from evcheck.relate.context import direction_near

RESULTS = "Adjusted operating profit {verb} by more than {rate}% to €{new} billion, from €3.84 billion, in the first half.\n"


def _growth(verb: str, rate: str, new: str) -> list[tuple]:
    return checked(RESULTS.format(verb=verb, rate=rate, new=new), "2026-07-30", "growth")


def test_a_fall_by_more_than_is_a_fall():
    assert direction_near("Adjusted operating profit fell by more than ") == -1
    assert direction_near("sales rose by more than ") == 1
    assert direction_near("sales fell by less than ") == -1
    assert _growth("fell", "22", "2.97")[0][0] == "ok"  # 2.97 / 3.84 = -22.7%: more than 22%


def test_a_rise_stated_for_a_fall_is_flagged():
    assert _growth("rose", "22", "2.97")[0][0] == "mismatch"


def test_a_fall_just_past_the_hedged_bound_is_not_flagged():
    assert _growth("fell", "22", "2.995")[0][0] == "ok"  # 2.995 / 3.84 = -22.0%; "€2.995 billion" rounds from 2.9945


def test_a_fall_short_of_the_hedged_bound_is_flagged():
    assert _growth("fell", "25", "2.97")[0][0] == "mismatch"  # -22.7% is not more than 25%
