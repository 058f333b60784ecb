"""What "That", a heading and a comparison point at: a whole before its listed parts, never the last part or a count
in a source's aside (relate/change.py, relate/shares.py); a section heading in capitals that names a country
(relate/places.py); the period of the amount a rate or an absolute change is compared with (relate/measure.py); a
share of a named segment's metric (relate/ratios.py); a company's own fleet (relate/measure.py); and two table joins
that a prose sentence already settles (relate/cells.py)."""

from __future__ import annotations

from conftest import checked, measured
from evcheck.extract import extract_figures, split_sentences
from evcheck.relate.places import figure_scopes

DATE = "2026-08-04"

# --- "That" after a whole and its parts ---------------------------------------------------------------------------

PARTS = ("Ostrava, 4 August 2026\n\nThe network's income reached €41.2 million in the second quarter, of which "
         "charging fees made up €35.9 million and parking and advertising €5.3 million. That was 24.1% more than the "
         "€33.2 million of the second quarter of 2025.\n")


def test_that_after_a_whole_and_its_parts_is_the_whole():
    assert checked(PARTS, DATE, "growth") == [("ok", ("24.1%", "€41.2 million", "€33.2 million"))]


def test_that_after_a_whole_and_its_parts_is_flagged_when_wrong():
    text = PARTS.replace("24.1%", "34.1%")
    assert checked(text, DATE, "growth") == [("mismatch", ("34.1%", "€41.2 million", "€33.2 million"))]


def test_that_after_a_whole_within_the_rounding_passes():
    """41.2 / 33.2 is +24.10%; the ends of the amounts' rounding reach 23.75% and 24.43%."""
    text = PARTS.replace("24.1%", "24.4%")
    assert checked(text, DATE, "growth") == [("ok", ("24.4%", "€41.2 million", "€33.2 million"))]


def test_that_after_a_count_in_a_source_aside_is_the_level():
    text = ("Brno, 4 August 2026\n\nThe region had 18,240 public charge points at the end of June, according to a survey "
            "of the 14 district councils. That is 12.5% more than the 16,213 counted a year earlier.\n")
    assert checked(text, DATE, "growth") == [("ok", ("12.5%", "18,240", "16,213"))]


def test_a_share_after_a_colon_list_is_of_the_whole_before_it():
    text = ("Denver, 4 August 2026\n\nColoradans bought 9,460 electric vehicles in July: SUVs 5,980, pickups 1,240 and "
            "cars 2,240. That was 21.6% of the 43,800 new vehicles sold in the state.\n")
    assert checked(text, DATE, "share") == [("ok", ("21.6%", "9,460 electric vehicles", "43,800 new vehicles"))]


def test_a_share_after_a_colon_list_is_flagged_when_wrong():
    text = ("Denver, 4 August 2026\n\nColoradans bought 9,460 electric vehicles in July: SUVs 5,980, pickups 1,240 and "
            "cars 2,240. That was 26.1% of the 43,800 new vehicles sold in the state.\n")
    assert checked(text, DATE, "share") == [("mismatch", ("26.1%", "9,460 electric vehicles", "43,800 new vehicles"))]


def test_that_after_two_levels_with_no_list_stays_the_last():
    """Two levels joined by "and" list no parts: the sentence's last level is still what "That" restates."""
    text = ("Denver, 4 August 2026\n\nDealers sold 43,800 new vehicles in July and 5,980 electric SUVs. That was 8.1% more "
            "than the 5,532 electric SUVs sold a year earlier.\n")
    assert checked(text, DATE, "growth") == [("ok", ("8.1%", "5,980 electric SUVs", "5,532 electric SUVs"))]


# --- a section heading in capitals ---------------------------------------------------------------------------------

SECTIONS = ("THE WEEK IN CARS | 4 August 2026\n\n"
            "FRANCE: A QUIET MONTH\nRegistrations came to 121,340 new cars in July.\n\n"
            "SPAIN: STILL GROWING\nSpain's dealers registered 84,610 new cars. Battery-electric cars took 7,480 of them, a share "
            "of 8.8%.\n")


def test_a_heading_in_capitals_places_its_paragraph():
    sentences = split_sentences(SECTIONS)
    figures = extract_figures(SECTIONS, sentences=sentences)
    scopes = figure_scopes(SECTIONS, sentences, figures)
    assert {f.text: scopes.get(f.id) for f in figures} == {"121,340 new cars": "france", "84,610 new cars": "spain",
                                                          "7,480": "spain", "8.8%": "spain"}


def test_a_share_under_a_heading_is_of_its_own_country():
    assert checked(SECTIONS, DATE, "share") == [("ok", ("8.8%", "7,480", "84,610 new cars"))]


def test_a_share_under_a_heading_of_the_other_country_is_flagged():
    text = SECTIONS.replace("8.8%", "6.2%")  # 7,480 of France's 121,340
    assert checked(text, DATE, "share") == [("mismatch", ("6.2%", "7,480", "84,610 new cars"))]


# --- the period a comparison names ---------------------------------------------------------------------------------

QUARTERS = ("Ulsan, 29 October 2026\n\nHaneul Cell, South Korea's third-largest maker of electric-vehicle batteries, "
            "reported third-quarter revenue of 5.84 trillion won on Thursday, down 2.7% "
            "from 6.00 trillion won a year earlier but up 4.1% on the 5.61 trillion won of the second quarter.\n")


def test_a_rate_on_the_amount_of_another_quarter_is_that_quarters():
    assert sorted(checked(QUARTERS, "2026-10-29", "growth")) == [
        ("ok", ("2.7%", "5.84 trillion won", "6.00 trillion won")),
        ("ok", ("4.1%", "5.84 trillion won", "5.61 trillion won")),
    ]


def test_a_rate_on_the_amount_of_another_quarter_is_flagged_when_wrong():
    text = QUARTERS.replace("4.1%", "6.1%")
    assert ("mismatch", ("6.1%", "5.84 trillion won", "5.61 trillion won")) in checked(text, "2026-10-29", "growth")


def test_an_absolute_change_than_in_a_month_is_not_a_year_on_year_one():
    text = ("Seoul, 1 September 2026\n\nDomestic sales fell 6.2% to 48,210 units in August from 51,400 a year before. "
            "Domestic sales were 4,130 units lower than in July, when 52,340 vehicles were delivered.\n")
    assert checked(text, "2026-09-01", "difference") == [("ok", ("4,130 units", "48,210 units", "52,340 vehicles"))]


# --- a share of a named segment's metric ---------------------------------------------------------------------------

INDIA = ("Chennai, 1 October 2026\n\nThe company reported total sales of 71,260 units for September. Domestic sales "
         "stood at 58,940 units. The Vela range accounted for 40,310 units, or 68.4% of domestic sales.\n")


def test_a_share_of_domestic_sales_is_of_the_domestic_level():
    assert checked(INDIA, "2026-10-01", "share") == [("ok", ("68.4%", "40,310 units", "58,940 units"))]


def test_a_share_of_domestic_sales_is_flagged_when_wrong():
    text = INDIA.replace("68.4%", "56.6%")  # 40,310 of the 71,260 in all
    assert checked(text, "2026-10-01", "share") == [("mismatch", ("56.6%", "40,310 units", "58,940 units"))]


# --- a company's own fleet -----------------------------------------------------------------------------------------

FLEET = ("Wuhan, 21 July 2026\n\nThe robotaxi operator ended June with 2,640 driverless vehicles in commercial service. "
         "Wuhan remains its largest market, with 1,190 of the vehicles, or 45.1% of the fleet.\n")


def test_a_share_of_the_operators_fleet_is_of_its_vehicles():
    assert checked(FLEET, "2026-07-21", "share") == [("ok", ("45.1%", "1,190", "2,640"))]


def test_a_share_of_the_operators_fleet_is_flagged_when_wrong():
    text = FLEET.replace("45.1%", "54.1%")
    assert checked(text, "2026-07-21", "share") == [("mismatch", ("54.1%", "1,190", "2,640"))]


def test_commercial_service_names_no_commercial_vehicles():
    assert "commercial" not in measured(FLEET, "2026-07-21")["2,640"].segment


def test_fleet_buyers_stay_a_channel():
    text = "Madrid, 3 February 2026\n\nFleet registrations rose 4.2% to 31,870 in January.\n"
    assert "fleet" in measured(text, "2026-02-03")["31,870"].segment


# --- table joins a prose sentence settles --------------------------------------------------------------------------

ALERT = ("Subject: ALERT - Q1 deliveries, 1 April 2026\n\n"
         "Kestrel Motors delivered 212,300 vehicles worldwide in the first quarter, down 8.4% from 231,800 a year earlier.\n\n"
         "The Talon crossover remains the workhorse at 171,900 deliveries, with the remaining 40,400 spread across the sedan, "
         "the pickup and the van; the Talon was 81.0% of the total.\n\n"
         "US ELECTRIC SALES, FIRST QUARTER (estimates, units)\n\n"
         "Brand          Q1 2026    Q1 2025\n"
         "Kestrel         88,400     96,100\n"
         "Others         108,200    101,300\n"
         "Total          196,600    197,400\n")


def test_a_rate_whose_sentence_gives_its_earlier_value_takes_no_table_row():
    assert checked(ALERT, "2026-04-01", "growth") == [("ok", ("8.4%", "212,300 vehicles", "231,800"))]


def test_a_part_its_sentence_splits_restates_no_table_total():
    assert checked(ALERT, "2026-04-01", "restated") == []


def test_that_after_a_level_its_source_opens_is_the_level():
    """"According to the authority, 7,940 … That was 2.3 times …": the source opens the sentence, the level is the one named."""
    text = ("Bangkok, 14 April 2026\n\nAccording to the transport department, 7,940 battery-electric cars were registered "
            "in March. That was 2.3 times the 3,450 registered a year earlier.\n")
    assert checked(text, "2026-04-14", "multiple") == [("ok", ("2.3 times", "7,940 battery-electric cars", "3,450"))]


def test_a_year_earlier_label_before_a_figure_dates_that_figure_only():
    text = ("Sejong, 15 October 2026\n\nCar exports rose 4.2% to $5.96 billion in September.\n\n"
            "- United States: $2,712 million (a year earlier: $2,803 million)\n"
            "- European Union: $1,188 million ($1,240 million)\n")
    found = measured(text, "2026-10-15")
    assert (found["$2,712 million"].period, found["$2,803 million"].period) == ("2026-09", "2025-09")


# --- parts a subject and verb name after "of which" ----------------------------------------------------------------

DEALERS = ("Lyon, 3 August 2026\n\nThe maker sold 18,640 cars in the second quarter, of which its dealers sold 11,920 and "
           "its website 6,720.\n")


def test_parts_after_of_which_with_their_own_verb_are_checked():
    assert checked(DEALERS, DATE, "sum") == [("ok", ("11,920", "6,720", "18,640 cars"))]


def test_parts_after_of_which_that_exceed_the_total_are_flagged():
    text = DEALERS.replace("6,720", "6,920")
    assert checked(text, DATE, "sum") == [("mismatch", ("11,920", "6,920", "18,640 cars"))]


def test_a_clause_far_from_the_total_names_no_parts():
    text = ("Lyon, 3 August 2026\n\nThe maker sold 18,640 cars in the second quarter, helped by discounts on its older "
            "models, with its dealers selling 11,920 of the newest ones and its website 6,720.\n")
    assert checked(text, DATE, "sum") == []


# --- words the lexicon and the measures read -----------------------------------------------------------------------

def test_pure_battery_models_are_battery_electric():
    text = "Beijing, 10 September 2026\n\nSales of pure-battery cars reached 702,300 in August.\n"
    assert "bev" in measured(text, "2026-09-10")["702,300"].segment


def test_despatches_are_dispatches():
    text = "New Delhi, 14 April 2026\n\nThe industry despatched 2.71 crore vehicles in the year.\n"
    assert measured(text, "2026-04-14")["2.71 crore vehicles"].metric == "wholesale"


def test_a_share_of_revenue_is_no_share_of_the_expenses_before_it():
    text = ("Hangzhou, 29 April 2026\n\nRevenue reached 18.62 billion yuan in the first quarter. Operating expenses rose 7% "
            "to 4.9 billion yuan. Research and development took 2.05 billion yuan of that, equal to 11% of revenue.\n")
    assert not [c for c in checked(text, "2026-04-29") if "11%" in c[2] and c[1] != "ok"]
    assert measured(text, "2026-04-29")["11%"].of_figure is None
