"""Readings from the first runs of the production, regions and prices sets: a share after "followed by …" that
shares the of-phrase of the share before it, a change whose subject is "the second-placed group" (one maker's, never
the market's), a when-clause after a comparison ("better than April, when output stood at 55,120, a rise of 6.9%";
"fell short of May 2025 by 4.7%, when the plants turned out 61,870"), "of car output" where commercial vehicles are
counted too, "444,091 cars and commercial vehicles" (all of them), and a list of counts that each name their thing."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

EXPORTS = ("MEXICO CITY, 8 May 2026 -- Plants built 260,600 light vehicles in April. Shipments abroad reached 221,480 "
           "vehicles. The United States took 173,940 units, or 78.5% of exports, followed by Canada with 16,020, a {share}% "
           "slice.\n")


@pytest.mark.parametrize("share, status", [("7.2", "ok"), ("7", "ok"), ("7.23", "ok"), ("7.4", "mismatch"), ("6.2", "mismatch")])
def test_a_share_after_followed_by_is_of_what_the_share_before_it_is_of(share, status):
    # 16,020 / 221,480 = 7.233% (of production it would be 6.147%)
    found = checked(EXPORTS.format(share=share), "2026-05-08", "share")
    assert (status, (f"{share}%", "16,020", "221,480 vehicles")) in found
    assert not any("260,600 light vehicles" in texts and f"{share}%" in texts for _, texts in found)


def test_near_miss_a_share_after_followed_by_without_a_share_before_keeps_its_own_whole():
    text = ("MEXICO CITY, 8 May 2026 -- Plants built 260,600 light vehicles in April. The United States took 173,940 units, "
            "followed by Canada with 16,020, a 6.1% slice.\n")
    assert measured(text, "2026-05-08")["6.1%"].of_metric is None


RANKED = ("MEXICO CITY, 8 May 2026 -- Light-vehicle output rose 2.6% in April to 260,600 from 253,919.\n\nNorteña Motors led "
          "with 86,412. The second-placed group had a harder month: its output shrank {rate}%.\n")


def test_a_change_of_the_second_placed_group_is_no_change_of_the_market():
    assert "qualified" in measured(RANKED.format(rate="6.7"), "2026-05-08")["6.7%"].segment


@pytest.mark.parametrize("rate", ["6.7", "2.6"])
def test_the_second_placed_groups_change_never_joins_the_markets_levels(rate):
    found = checked(RANKED.format(rate=rate), "2026-05-08", "growth")
    assert found == [("ok", ("2.6%", "260,600", "253,919"))]


def test_near_miss_a_maker_that_opens_its_sentence_is_not_left_unread():
    text = edited(RANKED.format(rate="6.7"), "The second-placed group had", "Cobalto, the second-placed group, had")
    assert "qualified" not in measured(text, "2026-05-08")["6.7%"].segment


POLAND = ("WARSAW, 10 June 2026 -- Polish plants built 58,940 vehicles in May.\n\nThe month was better than April, when "
          "output stood at 55,120, a rise of {mom}%, but it fell short of May 2025 by 4.7%, when the plants turned out 61,870.\n")


def test_a_when_clause_after_a_rate_dates_its_amount_by_the_period_compared_with():
    m = measured(POLAND.format(mom="6.9"), "2026-06-10")
    assert (m["61,870"].period, m["55,120"].period) == ("2025-05", "2026-04")


def test_a_rate_after_a_when_clause_of_a_period_compared_with_is_the_change_from_it():
    m = measured(POLAND.format(mom="6.9"), "2026-06-10")
    assert (m["6.9%"].period, m["6.9%"].versus) == ("2026-05", "2026-04")


@pytest.mark.parametrize("mom, status", [("6.9", "ok"), ("7", "ok"), ("6.93", "ok"), ("7.1", "mismatch"), ("4.7", "mismatch")])
def test_the_month_on_month_change_is_checked_against_april(mom, status):
    # 55,120 -> 58,940 is +6.930%
    found = checked(POLAND.format(mom=mom), "2026-06-10", "growth")
    assert (status, (f"{mom}%", "58,940 vehicles", "55,120")) in found
    assert not any(texts[0] == f"{mom}%" and "61,870" in texts for _, texts in found)


SPAIN = ("MADRID, 10 August 2026 -- Spain's factories built 198,460 cars and commercial vehicles in July. Passenger cars "
         "accounted for 162,930 of the month's output and commercial vehicles for 35,530.\n\nElectrified production reached "
         "31,860 units, or {share}% of car output.\n")


def test_cars_and_commercial_vehicles_are_all_of_them():
    assert "passenger" not in measured(SPAIN.format(share="19.6"), "2026-08-10")["198,460 cars"].segment


def test_a_share_of_car_output_is_of_the_cars_where_commercial_vehicles_are_counted_too():
    m = measured(SPAIN.format(share="19.6"), "2026-08-10")["19.6%"]
    assert (m.of_metric, m.of_segment) == ("production", frozenset({"passenger"}))


@pytest.mark.parametrize("share", ["19.6", "16.1"])
def test_near_miss_a_share_of_car_output_never_takes_the_total_with_vans(share):
    # 31,860 / 198,460 = 16.05%: the whole with commercial vehicles is never the cars'
    found = checked(SPAIN.format(share=share), "2026-08-10", "share")
    assert not any("198,460 cars" in texts and f"{share}%" in texts for _, texts in found)


SPLIT = ("DETROIT, 11 February 2026 -- Electric models accounted for 104,300 of the month's sales. They split into 58,900 "
         "SUVs, 31,700 cars and 13,700 pickups; SUVs, at {share}% of the EV total, remain the core of the segment.\n")


def test_each_item_of_a_list_of_counts_takes_its_own_noun():
    m = measured(SPLIT.format(share="56.5"), "2026-02-11")
    assert "suv" in m["58,900 SUVs"].segment
    assert "suv" not in m["31,700 cars"].segment and "suv" not in m["13,700 pickups"].segment


@pytest.mark.parametrize("share", ["56.5", "30.4"])
def test_the_suvs_share_never_takes_another_items_count(share):
    # 31,700 / 104,300 = 30.39%: the cars' share, which the text never states
    found = checked(SPLIT.format(share=share), "2026-02-11", "share")
    assert not any("31,700 cars" in texts or "13,700 pickups" in texts for _, texts in found)


def test_near_miss_two_counts_of_one_noun_keep_the_clauses_segment():
    text = "DETROIT, 11 February 2026 -- Battery-electric registrations were 12,000 and 14,000 in January and February.\n"
    assert "bev" in measured(text, "2026-02-11")["14,000"].segment
