"""Plain-text table cells that carry their unit ("118.7 GWh") against the prose total above the table, "Between them
the four leaders installed …" as the table's rows added up, a rate "on the" earlier amount past an attribution clause,
and two amounts "or 1,020 MWh in total"; with the near misses that stay unchecked."""

from __future__ import annotations

from test_measures import checks, of_rule

TABLE = ("11 June 2026\n\nGlobal installations of EV batteries came to 312.4 GWh in January-April, according to tracker "
         "Ampora Research, a {rate}% rise on the 245.8 GWh fitted in the first four months of 2025. The four biggest "
         "suppliers:\n\n"
         "Maker              Jan-Apr 2026   Share\n"
         "Tianrui Power         118.7 GWh   {s1}%\n"
         "Baiyun Energy          52.3 GWh   16.7%\n"
         "Daesan Cell            31.9 GWh   10.2%\n"
         "Kurobe Energy          24.6 GWh    7.9%\n\n"
         "Between them the {n} leaders installed {sum} GWh.\n")


def _table(rate="27.1", s1="38.0", n="four", total="227.5"):
    return checks(TABLE.format(rate=rate, s1=s1, n=n, sum=total), "2026-06-11")


def test_a_share_column_of_unit_cells_against_the_prose_total():
    found = of_rule(_table(), "share")
    assert ("share", "ok", "info", ("38.0%", "118.7 GWh", "312.4 GWh")) in found
    assert ("share", "ok", "info", ("7.9%", "24.6 GWh", "312.4 GWh")) in found  # 7.87%, rounded
    wrong = of_rule(_table(s1="49.4"), "share")
    assert [c[1] for c in wrong if c[3][0] == "49.4%"] == ["mismatch"]


def test_the_four_leaders_between_them_add_up_the_rows():
    assert ("sum", "ok", "info", ("118.7 GWh", "52.3 GWh", "31.9 GWh", "24.6 GWh", "227.5 GWh")) in of_rule(_table(), "sum")
    assert [c[1] for c in of_rule(_table(total="228.5"), "sum")] == ["mismatch"]


def test_rounding_edge_of_the_rows_sum_is_not_flagged():
    # the rows add up to 227.5; each carries half a unit of its last digit, so 227.6 is within reach
    assert [c[1] for c in of_rule(_table(total="227.6"), "sum")] == ["ok"]


def test_near_miss_three_leaders_of_a_table_of_four_are_not_summed():
    assert not of_rule(_table(n="three", total="202.9"), "sum")


def test_a_rate_on_the_earlier_amount_past_an_attribution_clause():
    assert ("growth", "ok", "info", ("27.1%", "312.4 GWh", "245.8 GWh")) in of_rule(_table(), "growth")
    assert [c[1] for c in of_rule(_table(rate="19.0"), "growth") if c[3][0] == "19.0%"] == ["mismatch"]


def test_rounding_edge_of_the_rate_is_not_flagged():
    # 312.4 / 245.8 is +27.10%; with the stated rounding from +27.05% to +27.14%: "27.1" and "27" hold it
    assert [c[1] for c in of_rule(_table(rate="27"), "growth") if c[3][0] == "27%"] == ["ok"]


CONTRACTS = ("11 June 2026\n\nSwedish developer Orsa Grid has signed two contracts in the Baltic region: Lindholm, "
             "412 MWh, and Brattås, 608 MWh, {tail}.")


def test_two_amounts_or_a_total_in_total():
    found = of_rule(checks(CONTRACTS.format(tail="or 1,020 MWh in total"), "2026-06-11"), "sum")
    assert found == [("sum", "ok", "info", ("412 MWh", "608 MWh", "1,020 MWh"))]
    wrong = of_rule(checks(CONTRACTS.format(tail="or 1,120 MWh in total"), "2026-06-11"), "sum")
    assert [c[1] for c in wrong] == ["mismatch"]


def test_near_miss_a_total_against_the_two_is_no_sum():
    text = CONTRACTS.format(tail="against a pipeline of 2,840 MWh in total")
    assert not of_rule(checks(text, "2026-06-11"), "sum")


BEAT = "8 July 2026\n\nMembers of the association sold 31,468 vehicles in June. That beat May's 29,705 by {mom}%, and June 2025's 27,916 by {yoy}%."


def test_a_level_that_beat_two_earlier_ones_by_rates():
    found = of_rule(checks(BEAT.format(mom="5.9", yoy="12.7"), "2026-07-08"), "growth")
    assert ("growth", "ok", "info", ("5.9%", "31,468 vehicles", "29,705")) in found
    assert ("growth", "ok", "info", ("12.7%", "31,468 vehicles", "27,916")) in found
    wrong = of_rule(checks(BEAT.format(mom="9.5", yoy="17.2"), "2026-07-08"), "growth")
    assert sorted(c[1] for c in wrong) == ["mismatch", "mismatch"]


def test_rounding_edge_of_a_beat_rate_is_not_flagged():
    # 31,468 / 29,705 is +5.935%: "5.9" and "6" both hold it
    found = of_rule(checks(BEAT.format(mom="6", yoy="12.7"), "2026-07-08"), "growth")
    assert [c[1] for c in found if c[3][0] == "6%"] == ["ok"]


def test_near_miss_beating_a_rival_by_a_rate_in_another_sentence_is_no_change_of_the_market():
    text = "8 July 2026\n\nMembers sold 31,468 vehicles in June. Kaido beat Matsuba's 4,955 by 29.4%."
    assert not [c for c in of_rule(checks(text, "2026-07-08"), "growth") if "31,468 vehicles" in c[3]]


SHARE_SINCE = ("8 July 2026\n\nMembers of the association sold 31,468 vehicles in June. Passenger cars 23,951, commercial "
               "vehicles 7,112.\n\nPassenger cars were {share}% of {whole}, the highest share since the registration-fee cut of "
               "2025 expired.")


def test_a_share_of_a_plural_owners_sales_dated_by_its_month_not_by_a_since_clause():
    found = of_rule(checks(SHARE_SINCE.format(share="76.1", whole="sales"), "2026-07-08"), "share")
    assert ("share", "ok", "info", ("76.1%", "23,951", "31,468 vehicles")) in found
    wrong = of_rule(checks(SHARE_SINCE.format(share="67.1", whole="sales"), "2026-07-08"), "share")
    assert [c[1] for c in wrong if c[3][0] == "67.1%"] == ["mismatch"]


TWO_BASES = ("November 5, 2026\n\nWe dispatched 4,86,320 units to our dealers in October. Against 4,51,900 last October, that is "
             "growth of 7.6 per cent, and against September's 3,94,710 it is {mom} per cent.")


def test_a_rate_is_never_paired_with_the_value_of_the_comparison_after_it():
    found = checks(TWO_BASES.format(mom="23.2"), "2026-11-05")
    assert not [c for c in found if c[3][:1] == ("7.6 per cent",) and "3,94,710" in c[3]]
    assert not [c for c in found if c[1] == "mismatch"]


BULLETS = ("8 July 2026\n\n- Members of the association sold 31,468 vehicles in June.\n"
           "- That beat May's 29,705 by {mom}%, and June 2025's 27,916 by 12.7%.\n")


def test_a_bullet_that_points_back_to_the_bullet_before():
    assert ("growth", "ok", "info", ("5.9%", "31,468 vehicles", "29,705")) in of_rule(checks(BULLETS.format(mom="5.9"), "2026-07-08"), "growth")
    assert [c[1] for c in of_rule(checks(BULLETS.format(mom="9.5"), "2026-07-08"), "growth") if c[3][0] == "9.5%"] == ["mismatch"]


def test_a_rate_set_against_the_amount_its_sentence_opens_with():
    found = checks(TWO_BASES.format(mom="23.2"), "2026-11-05")
    assert ("growth", "ok", "info", ("7.6 per cent", "4,86,320 units", "4,51,900")) in of_rule(found, "growth")
    wrong = TWO_BASES.replace("growth of 7.6 per cent", "growth of 6.7 per cent").format(mom="23.2")
    assert [c[1] for c in of_rule(checks(wrong, "2026-11-05"), "growth") if c[3][0] == "6.7 per cent"] == ["mismatch"]
    edge = TWO_BASES.replace("growth of 7.6 per cent", "growth of 8 per cent").format(mom="23.2")  # +7.62%, to the unit
    assert [c[1] for c in of_rule(checks(edge, "2026-11-05"), "growth") if c[3][0] == "8 per cent"] == ["ok"]
