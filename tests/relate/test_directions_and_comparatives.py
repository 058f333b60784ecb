"""The direction a rate's own clause gives after a contrast ("rose on the month but were 7.1% lower than a year
earlier"), a margin's comparative said with "compared with" in a key-figures line, and a rate whose earlier value
names another period than the table beside it ("fell 13.0% from 21,377 in the fourth quarter")."""

from __future__ import annotations

from conftest import checked, measured

ORDERS = ("COLUMBUS, October 6, 2026 - North American fleets placed 27,640 net orders for Class 8 trucks in September.\n\n"
          "                          Sep 2026   Aug 2026   Sep 2025\n"
          "  Class 8 net orders        27,640     18,910     21,390\n"
          "  Class 5-7 net orders      19,480     17,225     20,960\n\n"
          "Medium-duty demand was softer. Class 5-7 orders rose on the month but were {rate}% {way} than a year earlier.\n")


def test_the_clause_after_but_gives_the_rates_direction():
    assert measured(ORDERS.format(rate="7.1", way="lower"), "2026-10-06")["7.1%"].sign == -1
    assert measured(ORDERS.format(rate="7.1", way="higher"), "2026-10-06")["7.1%"].sign == 1


def test_a_rate_lower_than_a_year_earlier_checks_against_the_table():
    ok = [c for c in checked(ORDERS.format(rate="7.1", way="lower"), "2026-10-06", "growth") if "7.1%" in c[1]]
    assert ok == [("ok", ("7.1%", "19,480", "20,960"))]
    wrong_way = [c for c in checked(ORDERS.format(rate="7.1", way="higher"), "2026-10-06", "growth") if "7.1%" in c[1]]
    assert [c[0] for c in wrong_way] == ["mismatch"]
    # 19,480 / 20,960 is -7.06%: "7" holds it as well
    assert [c[0] for c in checked(ORDERS.format(rate="7", way="lower"), "2026-10-06", "growth") if "7%" in c[1]] == ["ok"]


RESULTS = ("STOCKHOLM, 17 July 2026 - Norrvik Trucks, second quarter:\n\n"
           "- Net sales SEK 48.62 billion, against SEK 51.30 billion a year earlier\n"
           "- Operating income SEK 5.50 billion, down 13.5% from SEK 6.36 billion\n"
           "- Operating margin {margin}%, compared with 12.4%\n")


def test_a_margin_compared_with_another_is_the_earlier_one():
    m = measured(RESULTS.format(margin="11.3"), "2026-07-17")
    assert m["11.3%"].role == "level" and m["12.4%"].role == "earlier"


def test_the_earlier_margin_is_no_margin_of_this_quarters_amounts():
    found = checked(RESULTS.format(margin="11.3"), "2026-07-17", "share")
    assert found == [("ok", ("11.3%", "SEK 5.50 billion", "SEK 48.62 billion"))]  # and none of 12.4%
    # 5.50 / 48.62 is 11.31%: "11.3" holds it, "11.9" does not
    assert checked(RESULTS.format(margin="11.9"), "2026-07-17", "share") == [
        ("mismatch", ("11.9%", "SEK 5.50 billion", "SEK 48.62 billion"))]


def test_against_another_things_margin_stays_a_level():
    text = RESULTS.format(margin="11.3").replace("compared with 12.4%", "compared with 12.4% for all trucks")
    assert measured(text, "2026-07-17")["12.4%"].role != "earlier"


DELIVERIES = ("SPARKS, Nevada, April 2, 2026 - Halvard Electric delivered 64,594 vehicles in the first quarter of 2026.\n\n"
              "| Model group | Q1 2026 | Q1 2025 |\n|---|---:|---:|\n| Sable sedan | 18,604 | 16,912 |\n"
              "| Drift SUV | 45,990 | 34,431 |\n| Total deliveries | 64,594 | 51,343 |\n\n"
              "Sable deliveries fell {rate}% from 21,377 in the fourth quarter.\n")


def test_a_rate_from_an_earlier_value_of_another_quarter_is_not_the_tables():
    found = [c for c in checked(DELIVERIES.format(rate="13.0"), "2026-04-02", "growth") if "13.0%" in c[1]]
    assert not [c for c in found if "16,912" in c[1]]


def test_a_rate_on_the_tables_own_earlier_value_still_checks():
    text = DELIVERIES.format(rate="10.0").replace("fell 10.0% from 21,377 in the fourth quarter", "rose 10.0% from a year earlier")
    assert ("ok", ("10.0%", "18,604", "16,912")) in checked(text, "2026-04-02", "growth")


UK = ("LONDON, 5 March 2026 - New car registrations rose 2.4% in February.\n\n"
      "| Fuel | Feb 2026 | Feb 2025 |\n|---|---:|---:|\n| Petrol | 39,120 | 40,870 |\n| Battery electric | 40,845 | 37,236 |\n"
      "| Total | 79,965 | 78,106 |\n\n"
      "Fleet and business customers accounted for 49,210 of February's registrations, and private motorists for 30,755. "
      "That private tally was {rate}% below the 31,348 recorded a year earlier.\n")


def test_a_rate_below_an_earlier_value_of_its_own_is_not_the_tables_total():
    found = checked(UK.format(rate="1.9"), "2026-03-05", "growth")
    assert not [c for c in found if c[1][0] == "1.9%" and "78,106" in c[1]]
    assert ("ok", ("1.9%", "30,755", "31,348")) in found  # 30,755 / 31,348 is -1.89%
    assert ("mismatch", ("4.9%", "30,755", "31,348")) in checked(UK.format(rate="4.9"), "2026-03-05", "growth")
