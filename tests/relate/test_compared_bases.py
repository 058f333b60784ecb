"""A level compared with two earlier ones in one sentence ("8.0 percent up on March last year, when the figure was
48,915, and 5.9 percent above February's 49,862"), and a destination's share of an exports story's total ("taking
24.6% of all shipments"); with the near misses that stay unchecked."""

from __future__ import annotations

from test_measures import checks, of_rule

MARCH = ("Dealers delivered 52,806 new vehicles in March. That's {yoy} percent up on March last year, when the figure was "
         "48,915, and {mom} percent above February's 49,862.")


def test_a_rate_on_last_year_when_the_figure_was_and_on_last_months_level():
    found = of_rule(checks(MARCH.format(yoy="8.0", mom="5.9"), "2026-04-10"), "growth")
    assert ("growth", "ok", "info", ("8.0 percent", "52,806 new vehicles", "48,915")) in found
    assert ("growth", "ok", "info", ("5.9 percent", "52,806 new vehicles", "49,862")) in found
    wrong = of_rule(checks(MARCH.format(yoy="6.0", mom="9.5"), "2026-04-10"), "growth")
    assert [c[:2] for c in wrong if c[3] == ("6.0 percent", "52,806 new vehicles", "48,915")] == [("growth", "mismatch")]
    assert [c[:2] for c in wrong if c[3] == ("9.5 percent", "52,806 new vehicles", "49,862")] == [("growth", "mismatch")]


def test_rates_on_both_bases_within_rounding_are_not_flagged():
    # 52,806 / 48,915 is +7.95%, 52,806 / 49,862 is +5.90%: "7.95" and "5.9" hold them
    found = of_rule(checks(MARCH.format(yoy="7.95", mom="5.9"), "2026-04-10"), "growth")
    assert [c[1] for c in found if "48,915" in c[3]] == ["ok"] and [c[1] for c in found if "49,862" in c[3]] == ["ok"]


def test_near_miss_when_the_average_was_is_no_earlier_level():
    text = MARCH.replace("when the figure was", "when the average price was").format(yoy="8.0", mom="5.9")
    assert not [c for c in of_rule(checks(text, "2026-04-10"), "growth") if "8.0 percent" in c[3] and "48,915" in c[3]]


def test_near_miss_a_makers_possessive_is_no_earlier_month():
    text = ("Dealers delivered 52,806 new vehicles in March, 5.9 percent above Toyota's 49,862.")
    assert not [c for c in of_rule(checks(text, "2026-04-10"), "growth") if "49,862" in c[3]]


EXPORTS = ("Thailand shipped 86,904 completely built vehicles abroad in June, the customs tally shows.\n\n"
           "Destination      Jun 2026    Jun 2025\nAustralia           21,406      19,870\nAsia                19,655      17,240\n"
           "Middle East         14,912      16,250\n\nAustralia remained the largest single destination, taking {share}% of all "
           "shipments.")


def test_a_destinations_share_of_all_shipments_in_an_exports_story():
    found = of_rule(checks(EXPORTS.format(share="24.6"), "2026-07-20"), "share")
    assert [c[:2] for c in found if c[3][0] == "24.6%" and "86,904" in c[3]] == [("share", "ok")]
    wrong = of_rule(checks(EXPORTS.format(share="26.4"), "2026-07-20"), "share")
    assert [c[:2] for c in wrong if c[3][0] == "26.4%" and "86,904" in c[3]] == [("share", "mismatch")]


def test_a_destinations_share_within_rounding_is_not_flagged():
    # 21,406 of 86,904 is 24.632%: 24.63% is fine
    found = of_rule(checks(EXPORTS.format(share="24.63"), "2026-07-20"), "share")
    assert [c[1] for c in found if c[3][0] == "24.63%"] == ["ok"]


def test_near_miss_a_story_that_opens_on_home_and_abroad_frames_nothing():
    text = EXPORTS.replace("Thailand shipped 86,904 completely built vehicles abroad in June, the customs tally shows.",
                           "Thailand sold 60,120 vehicles at home and shipped 86,904 abroad in June.").format(share="24.6")
    assert not [c for c in of_rule(checks(text, "2026-07-20"), "share") if c[3][0] == "24.6%" and "60,120" in c[3]]


ORDER = ("The parcel carrier Parcelo has ordered 1,850 electric vans and {trucks} electric rigid trucks, 2,090 vehicles in "
         "all, its largest order yet.")


def test_parts_then_a_total_in_all():
    assert ("sum", "ok", "info", ("1,850 electric vans", "240", "2,090 vehicles")) in checks(ORDER.format(trucks="240"), "2026-11-12")
    found = of_rule(checks(ORDER.format(trucks="420"), "2026-11-12"), "sum")
    assert [c[:2] for c in found if c[3] == ("1,850 electric vans", "420", "2,090 vehicles")] == [("sum", "mismatch")]


def test_parts_then_a_rounded_total_in_all_is_not_flagged():
    text = ORDER.replace("2,090 vehicles", "2,000 vehicles").format(trucks="240")  # 2,000 holds 1,500 to 2,500
    assert [c[1] for c in of_rule(checks(text, "2026-11-12"), "sum") if "2,000 vehicles" in c[3]] == ["ok"]


def test_near_miss_a_level_in_all_with_no_parts_before_it():
    text = "Sales rose to 2,090 vehicles in all, up from 1,850 a year before."
    assert not of_rule(checks(text, "2026-11-12"), "sum")


HANLONG = ("Hanlong sold 68,420 heavy trucks in the six months to June. New-energy models made the difference. The group "
           "sold 19,860 of them, {share}% of its truck sales.")


def test_a_share_of_its_truck_sales_is_of_the_makers_own_level():
    assert ("share", "ok", "info", ("29.0%", "19,860", "68,420 heavy trucks")) in checks(HANLONG.format(share="29.0"), "2026-08-12")
    found = of_rule(checks(HANLONG.format(share="31.0"), "2026-08-12"), "share")
    assert [c[:2] for c in found if c[3] == ("31.0%", "19,860", "68,420 heavy trucks")] == [("share", "mismatch")]


def test_near_miss_two_makers_heavy_trucks_leave_the_share_unchecked():
    text = HANLONG.format(share="29.0").replace("in the six months to June.", "in the six months to June, and its rival "
                                                "Kaima sold 55,130 heavy trucks.")
    assert not [c for c in of_rule(checks(text, "2026-08-12"), "share") if "29.0%" in c[3]]


EGYPT = ("A total of 12,430 vehicles were sold during the month: 9,860 passenger cars, 1,420 buses and 1,150 trucks.\n\n"
         "Passenger car sales grew 37.3% from 7,180. Locally assembled cars made up 5,340 of the month's total, 54.2% of the "
         "market, and imported cars the other 4,520.")


def test_near_miss_cars_or_all_vehicles_leaves_the_market_share_unchecked():
    assert not [c for c in of_rule(checks(EGYPT, "2026-03-15"), "share") if "54.2%" in c[3]]


VAHAN = ("Retail registrations of electric two-wheelers rose to 1,21,846 units in May, according to Vahan data compiled as of "
         "8 am on June 2. That was {rate} per cent more than April's 1,14,842 units.")


def test_that_was_points_back_past_a_time_of_day():
    found = of_rule(checks(VAHAN.format(rate="6.1"), "2026-06-05"), "growth")
    assert ("growth", "ok", "info", ("6.1 per cent", "1,21,846 units", "1,14,842 units")) in found
    wrong = of_rule(checks(VAHAN.format(rate="9.1"), "2026-06-05"), "growth")
    assert [c[:2] for c in wrong if c[3] == ("9.1 per cent", "1,21,846 units", "1,14,842 units")] == [("growth", "mismatch")]
    assert not [c for c in wrong if "8" in c[3]]


CELLS = ("Operating profit reached 412.6 billion won in April-June, the company said on Thursday.\n\n"
         "Revenue climbed 15.7% to 6.84 trillion won from 5.91 trillion won in the same period last year.\n\n"
         "The operating margin stood at {margin}%.\n\n"
         "Without 248.3 billion won booked under a US credit, the quarter's operating profit would have come to 164.3 billion "
         "won.\n\nElectric-vehicle batteries generated 4.97 trillion won of revenue.")


def test_a_margin_joins_the_revenue_the_sentence_is_about_and_the_profit_that_happened():
    found = of_rule(checks(CELLS.format(margin="6.0"), "2026-07-23"), "share")
    assert ("share", "ok", "info", ("6.0%", "412.6 billion won", "6.84 trillion won")) in found
    wrong = of_rule(checks(CELLS.format(margin="7.0"), "2026-07-23"), "share")
    assert [c[:2] for c in wrong if c[3] == ("7.0%", "412.6 billion won", "6.84 trillion won")] == [("share", "mismatch")]


def test_the_margin_within_rounding_is_not_flagged():
    # 412.6 of 6,840 is 6.032%, 6.031% to 6.033% at the amounts' rounding: 6.03% is fine
    found = of_rule(checks(CELLS.format(margin="6.03"), "2026-07-23"), "share")
    assert [c[1] for c in found if c[3][0] == "6.03%"] == ["ok"]


def test_near_miss_a_profit_that_would_have_been_is_never_a_margins_part():
    found = checks(CELLS.format(margin="2.4"), "2026-07-23")
    assert not [c for c in found if "164.3 billion won" in c[3] and c[0] == "share"]


BODIES = "Dealers delivered 52,806 new vehicles in March. Passenger cars came to 21,462, one-ton pickups {pickups}, so {who} by {gap}."


def test_ahead_by_with_no_rival_named_is_the_gap_between_the_sentences_two_levels():
    found = of_rule(checks(BODIES.format(pickups="17,885", who="passenger cars were ahead", gap="3,577"), "2026-04-10"), "difference")
    assert [c[:2] for c in found if c[3] == ("3,577", "21,462", "17,885")] == [("difference", "ok")]
    wrong = of_rule(checks(BODIES.format(pickups="17,885", who="passenger cars were ahead", gap="3,757"), "2026-04-10"), "difference")
    assert [c[:2] for c in wrong if c[3] == ("3,757", "21,462", "17,885")] == [("difference", "mismatch")]


def test_ahead_by_a_hedged_gap_or_between_rounded_levels_is_not_flagged():
    found = of_rule(checks(BODIES.format(pickups="17,885", who="passenger cars were ahead", gap="about 3,600"), "2026-04-10"), "difference")
    assert [c[1] for c in found if c[3] == ("3,600", "21,462", "17,885")] == ["ok"]
    text = BODIES.format(pickups="17.89 thousand", who="passenger cars were ahead", gap="3,577").replace("21,462", "21.46 thousand")
    found = of_rule(checks(text, "2026-04-10"), "difference")  # 21.46 less 17.89 thousand holds 3,560 to 3,580
    assert [c[1] for c in found if c[3] == ("3,577", "21.46 thousand", "17.89 thousand")] == ["ok"]


def test_near_miss_ahead_by_with_a_subject_naming_neither_level_stays_unchecked():
    found = checks(BODIES.format(pickups="17,885", who="dealers were ahead", gap="3,577"), "2026-04-10")
    assert not [c for c in found if c[0] == "difference"]


QUARTERS = ("Revenue climbed 15.7% to 6.84 trillion won in the second quarter. Compared with the first quarter's {base}, "
            "revenue was up {rate}%.")


def test_a_rate_set_against_the_amount_its_sentence_opens_with():
    found = of_rule(checks(QUARTERS.format(base="6.12 trillion won", rate="11.8"), "2026-07-23"), "growth")
    assert ("growth", "ok", "info", ("11.8%", "6.84 trillion won", "6.12 trillion won")) in found
    wrong = of_rule(checks(QUARTERS.format(base="6.12 trillion won", rate="14.8"), "2026-07-23"), "growth")
    assert [c[:2] for c in wrong if c[3] == ("14.8%", "6.84 trillion won", "6.12 trillion won")] == [("growth", "mismatch")]


def test_a_rate_set_against_an_amount_within_rounding_is_not_flagged():
    # 6.84 over 6.12 is +11.76%, +11.68% to +11.85% at the amounts' rounding
    found = of_rule(checks(QUARTERS.format(base="6.12 trillion won", rate="11.7"), "2026-07-23"), "growth")
    assert [c[1] for c in found if c[3] == ("11.7%", "6.84 trillion won", "6.12 trillion won")] == ["ok"]


def test_near_miss_an_opening_amount_of_another_metric_is_no_base():
    text = QUARTERS.format(base="operating profit of 0.61 trillion won", rate="11.8")
    assert not [c for c in of_rule(checks(text, "2026-07-23"), "growth") if "0.61 trillion won" in c[3]]


QUARTER = ("SEOUL, 28 October 2026 - Gaon Motors said third-quarter revenue was up {rate}% on the 7.06 trillion won of the "
           "second quarter, at 7.42 trillion won, and 12.0% above a year earlier.")


def test_the_period_of_the_amount_compared_with_is_read_before_a_later_figure():
    found = of_rule(checks(QUARTER.format(rate="5.1"), "2026-10-28"), "growth")
    assert found == [("growth", "ok", "info", ("5.1%", "7.42 trillion won", "7.06 trillion won"))]
    wrong = of_rule(checks(QUARTER.format(rate="6.1"), "2026-10-28"), "growth")
    assert [(c[1], c[3]) for c in wrong] == [("mismatch", ("6.1%", "7.42 trillion won", "7.06 trillion won"))]


def test_a_rate_on_the_edge_of_its_rounding_is_not_flagged():
    # 7.42 / 7.06 is +5.10%, and with both amounts rounded to 0.01 anywhere in 4.95% to 5.25%
    for rate in ("5", "5.2"):
        assert [c[1] for c in of_rule(checks(QUARTER.format(rate=rate), "2026-10-28"), "growth")] == ["ok"]


def test_an_amount_of_no_named_period_stays_an_implied_prior():
    text = QUARTER.format(rate="5.1").replace("of the second quarter, ", "of its target, ")
    assert of_rule(checks(text, "2026-10-28"), "growth") == []
