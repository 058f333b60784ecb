"""Readings from the North American sets' misses: a rate in an aside between its subject and the verb of its level
("Sedans, down 9.2% on the year, accounted for 71,634 sales"), the items of a list between their bracketed shares
("Crossovers took 17,210 of them (44.7%), vans 9,120 (23.7%) and sedans 12,170 (31.6%)"), "of the mix" as the whole, and
times that date something else: an event a relative clause explains, an arrival awaited, a decade looked back on."""

from __future__ import annotations

import pytest

from conftest import checked, measured

LOTS = ("ATLANTA, April 6, 2026 -- Brokers at the Vantor auction moved 38,500 lots in March. Crossovers took 17,210 of them "
        "(44.7%), vans 9,120 ({vans}%) and sedans 12,170 ({sedans}%).\n")


def test_each_bracketed_item_is_its_own_segment():
    m = measured(LOTS.format(vans="23.7", sedans="31.6"), "2026-04-06")
    assert m["9,120"].segment == frozenset({"van"})
    assert m["12,170"].segment == frozenset({"qualified"})  # "sedans": an item the lexicon cannot read, never the vans


def test_each_bracketed_share_is_of_the_whole_of_them():
    assert checked(LOTS.format(vans="23.7", sedans="31.6"), "2026-04-06", "share") == [
        ("ok", ("44.7%", "17,210", "38,500")), ("ok", ("23.7%", "9,120", "38,500")),
        ("ok", ("31.6%", "12,170", "38,500"))]


def test_a_wrong_bracketed_share_is_flagged():
    found = checked(LOTS.format(vans="26.7", sedans="31.6"), "2026-04-06", "share")
    assert ("mismatch", ("26.7%", "9,120", "38,500")) in found


def test_a_bracketed_share_at_its_rounding_edge_passes():
    # 9,120 / 38,500 = 23.688%: "23.69" and "24" hold it
    for vans in ("23.69", "24"):
        assert ("ok", (f"{vans}%", "9,120", "38,500")) in checked(LOTS.format(vans=vans, sedans="31.6"), "2026-04-06", "share")


def test_a_bracketed_rate_is_no_share_of_them():
    text = ("ATLANTA, April 6, 2026 -- Brokers at the Vantor auction moved 38,500 lots in March. Crossovers took 17,210 of "
            "them (44.7%), vans 9,120 (up 3.1%) and sedans 12,170 (down 2.4%).\n")
    assert [c for c in checked(text, "2026-04-06", "share") if "3.1%" in c[1] or "2.4%" in c[1]] == []


SEDANS = "DETROIT, July 1, 2026 -- Corvane's U.S. sales were 120,400 in the second quarter. {line}\n"


def test_a_rate_aside_before_its_subjects_level_implies_its_earlier_value():
    text = SEDANS.format(line="Passenger cars, down 9.2% on the year, accounted for 22,870 sales and trucks and SUVs for 97,530.")
    assert checked(text, "2026-07-01", "implied-prior") == [("info", ("9.2%", "22,870"))]


def test_a_rate_aside_of_a_clause_with_another_subject_is_not_that_subjects():
    text = SEDANS.format(line="Demand cooled, down 9.2% on the year, while SUVs accounted for 22,870 sales.")
    assert checked(text, "2026-07-01", "implied-prior") == []


MIX = SEDANS.format(line="Sedans accounted for 22,870 sales and trucks and SUVs for 97,530. Trucks and SUVs made up {share}% "
                    "of the mix, compared with 78.1% a year earlier, a gain of {points} points that reflects the decision "
                    "to drop two compact cars last year.")


def test_a_share_of_the_mix_is_of_the_whole():
    # 97,530 / 120,400 = 81.005%
    assert checked(MIX.format(share="81.0", points="2.9"), "2026-07-01", "share") == [("ok", ("81.0%", "97,530", "120,400"))]
    assert checked(MIX.format(share="84.0", points="5.9"), "2026-07-01", "share") == [("mismatch", ("84.0%", "97,530", "120,400"))]
    assert checked(MIX.format(share="81", points="2.9"), "2026-07-01", "share") == [("ok", ("81%", "97,530", "120,400"))]


def test_a_time_in_a_relative_clause_that_explains_the_change_is_the_events():
    m = measured(MIX.format(share="81.0", points="2.9"), "2026-07-01")
    assert m["81.0%"].period == "2026-Q2" and m["78.1%"].period == "2025-Q2"
    assert checked(MIX.format(share="81.0", points="2.9"), "2026-07-01", "points") == [("ok", ("81.0%", "78.1%", "2.9 points"))]


def test_a_time_the_share_is_stated_for_stays_its_own():
    text = SEDANS.format(line="Trucks and SUVs made up 81.0% of the mix last year.")
    assert measured(text, "2026-07-01")["81.0%"].period == "2025"


def test_an_awaited_arrival_dates_no_figure():
    text = ("IRVINE, Calif., Oct. 1, 2026 -- Ardent sold 402,316 vehicles in the third quarter. Celesta, the luxury division, "
            "dipped 0.9% to 50,432 as it waited for the redesigned sedan to arrive in November.\n")
    assert measured(text, "2026-10-01")["50,432"].period == "2026-Q3"
    said = "IRVINE, Calif., Oct. 1, 2026 -- Celesta, the luxury division, sold 50,432 cars in November.\n"
    assert measured(said, "2026-10-01")["50,432 cars"].period == "2025-11"


def test_a_decade_looked_back_on_dates_no_share_of_this_month():
    text = ("BANGKOK, July 22, 2026 -- Thailand exported 86,904 vehicles in June. Of the June total, 41,337 were pickups and "
            "45,567 passenger cars. In the late 2010s pickups routinely made up more than 60% of the export mix.\n")
    assert measured(text, "2026-07-22")["60%"].period is None
    assert [c for c in checked(text, "2026-07-22") if "60%" in c[2]] == []


MARITIME = ("HALIFAX, June 3, 2026 -- Maritime dealers delivered 54,300 new light vehicles in May. Light trucks -- pickups, "
            "SUVs and vans -- made up 46,900 of those deliveries and passenger cars {cars}.\n\nThe region's dealers expect a "
            "busy summer.\n\nCommercial van deliveries rose 3.2% to 2,140.\n")


def test_a_dash_aside_that_lists_members_is_no_segment_of_the_subject():
    assert measured(MARITIME.format(cars="7,400"), "2026-06-03")["46,900"].segment == frozenset({"truck"})


def test_parts_stated_together_that_make_up_the_total_leave_a_far_part_out():
    assert checked(MARITIME.format(cars="7,400"), "2026-06-03", "sum") == [("ok", ("46,900", "7,400", "54,300 new light vehicles"))]


def test_parts_stated_together_that_miss_the_total_are_flagged():
    found = checked(MARITIME.format(cars="7,900"), "2026-06-03", "sum")
    assert [status for status, _ in found] == ["mismatch"]


ONE_IN = "LONDON, 5 June 2026 -- Britons bought 150,000 new cars in May. Electric models took {ev} of them, about {said}.\n"


@pytest.mark.parametrize("ev, said, status", [("30,120", "one in five", "ok"), ("32,250", "one in five", "ok"),
                                              ("45,120", "one in five", "mismatch"), ("37,400", "one in four", "ok")])
def test_so_many_in_so_many_is_a_share(ev, said, status):
    # 30,120 / 150,000 = 20.1%; 32,250 is 21.5%, inside a word fraction's tenth; 45,120 is 30.1%; 37,400 is 24.9%
    assert checked(ONE_IN.format(ev=ev, said=said), "2026-06-05", "share") == [(status, (said, ev, "150,000 new cars"))]


def test_near_miss_one_in_so_many_years_is_no_share():
    text = "LONDON, 5 June 2026 -- Britons bought 150,000 new cars in May, a level seen one in five years.\n"
    assert not [f for f in measured(text, "2026-06-05") if "one in" in f]


APPOSED = ("DETROIT, September 10, 2026 -- Buyers took home 98,400 electric vehicles in August. Crossovers took {n} of them, "
           "nearly {said}.\n")


@pytest.mark.parametrize("n, said, status", [("63,950", "two thirds", "ok"), ("61,200", "two thirds", "ok"),
                                             ("48,950", "two thirds", "mismatch")])
def test_a_fraction_in_apposition_is_a_share(n, said, status):
    # 63,950 / 98,400 = 65.0%; 61,200 is 62.2%, inside a tenth of 66.7%; 48,950 is 49.7%
    assert checked(APPOSED.format(n=n, said=said), "2026-09-10", "share") == [(status, (said, n, "98,400 electric vehicles"))]


def test_near_miss_a_fraction_after_by_is_no_apposed_share():
    text = "DETROIT, September 10, 2026 -- Buyers took home 98,400 electric vehicles in August, and prices fell by half.\n"
    assert "half" not in measured(text, "2026-09-10")
