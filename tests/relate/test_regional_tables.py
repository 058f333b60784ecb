"""Readings from the first run of the regions set: an "All India" row as a table's total, a state's rate in the prose
against its row of a table whose caption says what every row counts (electric two-wheelers), "electric" meaning
battery-electric where plug-in hybrids are "tracked separately"."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

STATES = ("DECCAN MOBILITY TIMES\nNew Delhi, 1 October 2026\n\nElectric two-wheeler registrations across India rose 15.8% "
          "in September from a year earlier.\n\nElectric two-wheeler registrations, by state\n\n"
          "State               Sep 2026   Sep 2025\n"
          "Maharashtra           24,318     19,742\n"
          "Karnataka             19,806     17,115\n"
          "Rest of India         38,615     33,904\n"
          "{total}{sep26}    {sep25}\n\n"
          "Maharashtra registered 29.4% of the national total and grew {rate}%. The portal lists 951,000 two-wheeler "
          "registrations for September, which puts the electric share at 8.7%.\n")
ALL = dict(total="All India            ", sep26="82,739", sep25="70,761", rate="23.2")


@pytest.mark.parametrize("sep26, status", [("82,739", "ok"), ("82,793", "mismatch")])
def test_an_all_india_row_is_the_tables_total(sep26, status):
    found = checked(STATES.format(**{**ALL, "sep26": sep26}), "2026-10-01", "sum")
    assert (status, ("24,318", "19,806", "38,615", sep26)) in found


def test_near_miss_a_row_named_for_one_state_is_no_total():
    text = STATES.format(**{**ALL, "total": "Goa                  ", "sep26": "82,739"})
    assert checked(text, "2026-10-01", "sum") == []


@pytest.mark.parametrize("rate, status", [("23.2", "ok"), ("23", "ok"), ("23.18", "ok"), ("23.5", "mismatch"), ("32.2", "mismatch")])
def test_a_states_rate_in_the_prose_is_checked_against_its_row(rate, status):
    # 19,742 -> 24,318 is +23.179%
    found = checked(STATES.format(**{**ALL, "rate": rate}), "2026-10-01", "growth")
    assert (status, (f"{rate}%", "24,318", "19,742")) in found


def test_near_miss_a_states_rate_of_another_thing_never_takes_the_electric_row():
    text = edited(STATES.format(**ALL), "Maharashtra registered 29.4% of the national total and grew 23.2%.",
                                        "Maharashtra's petrol scooter sales grew 23.2%.")
    assert not any(texts[0] == "23.2%" for _, texts in checked(text, "2026-10-01", "growth"))


APART = ("DETROIT, 12 March 2026 -- Americans registered 1,284,617 new battery-electric vehicles in 2025. They came out of "
         "15,977,823 new light vehicles, so electric models took {share}% of the market.\n\nPlug-in hybrids, which the firm "
         "tracks separately, rose 4.1% to 318,240.\n")


@pytest.mark.parametrize("share, status", [("8.0", "ok"), ("8", "ok"), ("8.04", "ok"), ("8.2", "mismatch"), ("10.0", "mismatch")])
def test_electric_is_battery_electric_where_plug_in_hybrids_are_tracked_separately(share, status):
    # 1,284,617 / 15,977,823 = 8.040%
    found = checked(APART.format(share=share), "2026-03-12", "share")
    assert found == [(status, (f"{share}%", "1,284,617 new battery-electric vehicles", "15,977,823 new light vehicles"))]


def test_near_miss_plug_in_hybrids_named_beside_electric_keep_electric_its_own():
    text = edited(APART.format(share="8.0"), ", which the firm tracks separately,", "")
    assert "bev" not in measured(text, "2026-03-12")["8.0%"].segment
