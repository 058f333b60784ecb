"""Chargers by current: direct-current and alternating-current points are parts of a network (data/segments.csv)."""

from __future__ import annotations

from conftest import checked, measured

NETWORK = ("SEOUL, June 3, 2026 -- Korea had {total} public charging points at the end of May, the ministry said.\n\n"
           "Direct-current chargers numbered {dc}, with slower alternating-current posts making up the other {ac}. "
           "DC units now represent 21.4% of public points, up from 19.0% a year earlier, a rise of 2.4 percentage points.\n")


def test_direct_and_alternating_current_points_are_two_parts_of_the_network():
    found = measured(NETWORK.format(total="412,630", dc="88,310", ac="324,320"), "2026-06-03")
    assert found["88,310"].segment == frozenset({"dc"})
    assert found["324,320"].segment == frozenset({"ac"})


def test_the_two_kinds_of_charger_add_up_to_the_network():
    assert checked(NETWORK.format(total="412,630", dc="88,310", ac="324,320"), "2026-06-03", "sum") == [
        ("ok", ("88,310", "324,320", "412,630"))]
    assert checked(NETWORK.format(total="412,630", dc="88,310", ac="342,320"), "2026-06-03", "sum") == [
        ("mismatch", ("88,310", "342,320", "412,630"))]


def test_a_rounded_network_total_holds_its_exact_parts():
    assert checked(NETWORK.format(total="413,000", dc="88,310", ac="324,320"), "2026-06-03", "sum") == [
        ("ok", ("88,310", "324,320", "413,000"))]


def test_washington_dc_names_no_charger():
    found = measured("Sales in Washington DC rose 4.2% to 21,830 cars in May 2026.\n", "2026-06-03")
    assert "dc" not in found["21,830 cars"].segment
