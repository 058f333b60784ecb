"""Rates joined by measure (relate/rates.py): a rate in the prose of the segment a table's row or a list's line
counts, against that row's cells or that line's bracketed comparative."""

from __future__ import annotations

import pytest

from conftest import checked

TABLE = ("Stockholm, 2 June 2026 - New-car registrations in Sweden rose 2.8% in May.\n\n"
         "| Powertrain | May 2025 | May 2026 |\n|---|---:|---:|\n| Battery electric | 8,052 | 9,386 |\n"
         "| Plug-in hybrid | 5,540 | 6,012 |\n| Petrol | 3,806 | 3,104 |\n| All cars | 23,032 | 23,675 |\n\n"
         "Plug-in hybrids grew {phev}%. Petrol registrations fell {petrol}%.\n")


def test_a_rate_of_a_tables_row_joins_the_rows_cells():
    # 5,540 -> 6,012 = +8.52%; 3,806 -> 3,104 = -18.44%
    found = checked(TABLE.format(phev="8.5", petrol="18.4"), "2026-06-02", "growth")
    assert sorted((s, t[0]) for s, t in found if t[0] in ("8.5%", "18.4%")) == [("ok", "18.4%"), ("ok", "8.5%")]
    found = checked(TABLE.format(phev="5.8", petrol="18.4"), "2026-06-02", "growth")
    assert [(s, t) for s, t in found if t[0] == "5.8%"] == [("mismatch", ("5.8%", "6,012", "5,540"))]


def test_a_rate_of_another_metric_or_of_a_row_that_names_more_than_the_segment_stays_unchecked():
    other = TABLE.replace("Plug-in hybrids grew {phev}%.", "Exports of plug-in hybrids grew {phev}%, while 4,100 cars were exported.")
    assert [t for _, t in checked(other.format(phev="8.5", petrol="18.4"), "2026-06-02", "growth") if t[0] == "8.5%"] == []
    pickups = ("Detroit, 2 October 2026 - Full-size pickup sales rose 6.1% in the third quarter.\n\n"
               "    Model              Q3 2026    Q3 2025\n    Ford F-Series      187,300    180,100\n"
               "    Ram pickup         103,600     94,100\n")
    assert [t for _, t in checked(pickups, "2026-10-02", "growth") if "103,600" in t] == []  # all pickups, not Ram's


LIST = ("Plate-change bulletin | Monday 5 October 2026\n\nUK car market edges down in September\n\n"
        "Registrations in brief (September 2025 in brackets)\n"
        "• Petrol, including mild hybrids: 147,406 (161,208)\n• Diesel: 15,027 (18,920)\n• Battery electric: 80,214 (72,779)\n"
        "• Total: 242,647 (252,907)\n\nPetrol cars lost {petrol}%. Battery-electric registrations grew {bev}%.\n")


def test_a_rate_of_a_list_line_joins_its_bracketed_comparative():
    # 161,208 -> 147,406 = -8.56%; 72,779 -> 80,214 = +10.22%; "including mild hybrids" leaves the line petrol
    found = checked(LIST.format(petrol="8.6", bev="10.2"), "2026-10-05", "growth")
    assert sorted((s, t) for s, t in found) == [("ok", ("10.2%", "80,214", "72,779")), ("ok", ("8.6%", "147,406", "161,208"))]
    found = checked(LIST.format(petrol="6.8", bev="10.2"), "2026-10-05", "growth")
    assert ("mismatch", ("6.8%", "147,406", "161,208")) in found


SEGMENTS = ("Harbour Motor Trade | 6 November 2026\n\nOctober put 52,000 vehicles on the road for the first time:\n\n"
            "- passenger cars: 41,280\n- new light commercials: 9,615\n- trucks and buses: 1,105\n\n"
            "Dealers were cautious. Light commercials fell {lcv}% from 10,480, while passenger cars grew {pc}% from 38,940.\n")


def test_a_rate_with_its_earlier_value_joins_the_list_line_that_is_its_segment():
    # 38,940 -> 41,280 = +6.01%; 10,480 -> 9,615 = -8.25% ("new" light commercials are the market's own)
    found = checked(SEGMENTS.format(lcv="8.3", pc="6.0"), "2026-11-06", "growth")
    assert sorted(found) == [("ok", ("6.0%", "41,280", "38,940")), ("ok", ("8.3%", "9,615", "10,480"))]
    found = checked(SEGMENTS.format(lcv="8", pc="6"), "2026-11-06", "growth")  # -8.25% is "8%" at a whole percent
    assert sorted(s for s, _ in found) == ["ok", "ok"]
    found = checked(SEGMENTS.format(lcv="8.3", pc="7.2"), "2026-11-06", "growth")
    assert ("mismatch", ("7.2%", "41,280", "38,940")) in found


def test_a_list_line_of_more_than_the_segment_or_stated_again_before_the_rate_is_not_its_level():
    wider = SEGMENTS.replace("- passenger cars: 41,280", "- passenger cars sold to fleets: 41,280")
    assert [t for _, t in checked(wider.format(lcv="8.3", pc="6.0"), "2026-11-06", "growth") if t[0] == "6.0%"] == []
    again = SEGMENTS.replace("Dealers were cautious.", "In the capital, 12,300 passenger cars were registered.")
    assert [t for _, t in checked(again.format(lcv="8.3", pc="6.0"), "2026-11-06", "growth") if t[0] == "6.0%"] == []


STATES = ("Plug Report | 3 April 2026\n\nElectric-car registrations by state, first quarter:\n\n- Oregon: 8,420\n- Nevada: 5,160\n"
          "- Utah: 3,980\n\nOregon's EV registrations rose {rate}% from 7,310 a year earlier.\n")


def test_a_rate_of_a_named_line_of_a_list_of_one_segments_figures():
    # 7,310 -> 8,420 = +15.18%
    assert checked(STATES.format(rate="15.2"), "2026-04-03", "growth") == [("ok", ("15.2%", "8,420", "7,310"))]
    assert checked(STATES.format(rate="12.5"), "2026-04-03", "growth") == [("mismatch", ("12.5%", "8,420", "7,310"))]


BRAND_ROWS = ("Sydney, 5 August 2026 - Battery-electric sales rose in July.\n\n| Brand | July 2026 | July 2025 |\n|---|---:|---:|\n"
              "| Vantor | 3,214 | 2,611 |\n| Korrin | 2,487 | 1,032 |\n| Ostra | 1,706 | 1,890 |\n| Others | 2,401 | 1,530 |\n"
              "| Total BEV | 9,808 | 7,063 |\n\nVantor kept top spot, but the story of the month was Korrin, whose registrations "
              "rose {korrin}% on its cheaper hatch. Ostra, down {ostra}%, was the only brand to go backwards.\n")


def test_a_rate_of_the_name_a_relative_clause_or_an_aside_opens_on_joins_that_row():
    # 1,032 -> 2,487 = +141.0%; 1,890 -> 1,706 = -9.74%; Vantor named first in the sentence is not whose rate it is
    assert sorted(checked(BRAND_ROWS.format(korrin="141.0", ostra="9.7"), "2026-08-05", "growth")) == [
        ("ok", ("141.0%", "2,487", "1,032")), ("ok", ("9.7%", "1,706", "1,890"))]
    assert sorted(checked(BRAND_ROWS.format(korrin="114.0", ostra="7.9"), "2026-08-05", "growth")) == [
        ("mismatch", ("114.0%", "2,487", "1,032")), ("mismatch", ("7.9%", "1,706", "1,890"))]
    assert sorted(s for s, _ in checked(BRAND_ROWS.format(korrin="141", ostra="10"), "2026-08-05", "growth")) == ["ok", "ok"]


def test_a_rate_after_a_comma_that_opens_no_sentence_names_no_row():
    from relate.test_measures import measures

    found = measures("Denver, 2 October 2026 - EV sales down 35.0% YoY, up 4.9% sequentially, to 284,700.\n", "2026-10-02")
    assert not [x for x in found["4.9%"].segment if x.startswith("name:")]  # "YoY" opens no sentence: no name "YoY, up"


def test_the_name_a_relative_clause_with_a_rate_follows_owns_the_clause_s_level():
    text = ("Paris, 1 October 2026 - French groups registered 64,170 cars in September. Renault Group sold 35,212. "
            "Stellantis, whose French registrations fell {rate}% from 30,450, sold 28,958.\n")
    # 30,450 -> 28,958 = -4.90%; 35,212 + 28,958 = 64,170
    assert set(checked(text.format(rate="4.9"), "2026-10-01")) >= {("growth", "ok", ("4.9%", "28,958", "30,450")),
                                                                   ("sum", "ok", ("35,212", "28,958", "64,170 cars"))}


CARS_AND_VANS = ("ANKARA, 6 June 2026 - The country's car and light commercial vehicle market grew {rate} in May from a year "
                 "earlier, the distributors' association said.\n\n"
                 "Distributors sold 104,230 vehicles, compared with {old} in May 2025.\n")


def test_a_rate_of_cars_and_vans_together_is_the_plain_levels_of_the_market():
    # 104,230 / 92,480 = +12.71%
    assert checked(CARS_AND_VANS.format(rate="12.7%", old="92,480"), "2026-06-06", "growth") == [
        ("ok", ("12.7%", "104,230 vehicles", "92,480"))]
    assert checked(CARS_AND_VANS.format(rate="17.2%", old="92,480"), "2026-06-06", "growth") == [
        ("mismatch", ("17.2%", "104,230 vehicles", "92,480"))]
    assert checked(CARS_AND_VANS.format(rate="13%", old="92,480"), "2026-06-06", "growth") == [
        ("ok", ("13%", "104,230 vehicles", "92,480"))]  # 12.71% is 13 to the nearest point
    # near miss: where a level of cars and light commercials together is stated, the plain one may be another count
    both = CARS_AND_VANS.replace("Distributors sold", "Cars and light commercials numbered 98,115, against 87,020. Distributors sold")
    assert ("ok", ("12.7%", "104,230 vehicles", "92,480")) not in checked(both.format(rate="12.7%", old="92,480"), "2026-06-06", "growth")


WHOLESALES = ("JAKARTA, 12 August 2026 - Car wholesales in Indonesia, the shipments from factories to dealers, rose {rate} in "
              "July from a year earlier, the association said.\n\n"
              "Carmakers shipped 68,432 vehicles to dealers during the month, against 66,118 in July 2025.\n")


def test_a_rate_of_a_narrower_measure_takes_the_broader_level_where_none_of_its_own_is_stated():
    # 68,432 / 66,118 = +3.50%: "shipped" reads as sales, of which wholesales are a kind
    assert checked(WHOLESALES.format(rate="3.5%"), "2026-08-12", "growth") == [("ok", ("3.5%", "68,432 vehicles", "66,118"))]
    assert checked(WHOLESALES.format(rate="5.3%"), "2026-08-12", "growth") == [
        ("mismatch", ("5.3%", "68,432 vehicles", "66,118"))]
    assert checked(WHOLESALES.format(rate="3%"), "2026-08-12", "growth") == [("ok", ("3%", "68,432 vehicles", "66,118"))]
    # near miss: a wholesale level of the month stated beside it is the rate's, never the broader one
    own = WHOLESALES.replace("during the month,", "during the month, and wholesales came to 64,210,")
    assert ("ok", ("3.5%", "68,432 vehicles", "66,118")) not in checked(own.format(rate="3.5%"), "2026-08-12", "growth")


HEADLINE_RATE = ("CHINA INDUSTRY BULLETINS\n\nCAAM: August vehicle sales rise {rate}%\n\nIssued in Beijing on 14 September 2026.\n\n"
                 "I. Overview\n\nThe association held its monthly briefing on Friday. Dealers reported steady demand.\n\n"
                 "II. Sales\n\nIn August, vehicle sales reached 2,718,452, against 2,569,830 in August 2025.{more}\n")


@pytest.mark.parametrize("rate, status", [("5.8", "ok"), ("5.78", "ok"), ("6", "ok"), ("8.5", "mismatch")])
def test_a_headline_rate_joins_the_one_level_of_its_measure_the_body_gives(rate, status):
    """2,718,452 / 2,569,830 = +5.783% (5.78 at the edge of its rounding, 6 as a whole percent)."""
    assert checked(HEADLINE_RATE.format(rate=rate, more=""), "2026-09-14", "growth") == [
        (status, (f"{rate}%", "2,718,452", "2,569,830"))]


def test_a_headline_rate_over_two_levels_of_its_measure_stays_unchecked():
    text = HEADLINE_RATE.format(rate="8.5", more=" The customs count put August vehicle sales at 2,790,100.")
    assert [c for c in checked(text, "2026-09-14", "growth") if c[1][0] == "8.5%"] == []


def test_a_rate_in_a_sentence_of_the_opening_is_no_headline_to_join_paragraphs_down():
    text = HEADLINE_RATE.format(rate="8.5", more="").replace("CAAM: August vehicle sales rise 8.5%",
                                                                 "CAAM said August vehicle sales rose 8.5%.")
    assert [c for c in checked(text, "2026-09-14", "growth") if c[1][0] == "8.5%"] == []
