"""Pairings a careful reader would not make, found on sets written for session 41 and left unchecked or joined
right: a year-earlier total said as a subject, a sibling country's level as a whole, a rate's level inside a
"when" clause, a market named in the opening set aside as a region, a share of a segment the reader cannot read,
a brand's share of a qualified part, "of its total" with no owner, a gap as a whole, and an "adding … and …" list."""

from __future__ import annotations

from test_measures import checks, measures, of_rule


def _with(found, figure):
    return [c for c in found if figure in c[3]]


EXPORTS = ("Thailand shipped 86,904 vehicles abroad in June, 5.6% more than in June 2025.\n\n"
           "The year-earlier month's total was 82,317.\n\n"
           "Of the June total, 41,337 were pickups and {cars} passenger cars.")


def test_a_year_earlier_subject_dates_its_amount_a_year_back():
    m = measures(EXPORTS.format(cars="45,567"), "2026-07-20")
    assert m["82,317"].role == "earlier" and m["82,317"].period == "2025-06"


def test_the_year_earlier_total_is_no_whole_of_this_years_parts():
    assert not [c for c in _with(checks(EXPORTS.format(cars="45,567"), "2026-07-20"), "82,317") if c[0] == "sum"]


STORAGE = ("Europe installed a record {total} GWh of battery storage in the third quarter. Germany remained the largest "
           "market at 2.31 GWh, equal to 31.8% of the European total, followed by Britain with 1.74 GWh, a {share}% share.")


def test_a_countrys_share_is_never_of_the_sibling_country_beside_it():
    assert not [c for c in of_rule(checks(STORAGE.format(total="7.26", share="24.0"), "2026-10-22"), "share")
                if "24.0%" in c[3] and "2.31 GWh" in c[3]]


def test_near_miss_the_sibling_country_is_no_whole_even_when_the_share_fits_it():
    # 1.74 of 2.31 is 75.3%: the words still say Britain's share of Europe, never of Germany
    assert not [c for c in of_rule(checks(STORAGE.format(total="7.26", share="75.3"), "2026-10-22"), "share")
                if "75.3%" in c[3] and "2.31 GWh" in c[3]]


CALL = ("Third-quarter revenue was 8.21 trillion won. That is 7.5% more than in the second quarter, when we reported "
        "7.64 trillion won, and {rate}% above the 7.05 trillion won of the third quarter last year.")


def test_a_second_rate_after_a_when_clause_is_of_the_first_rates_level():
    found = of_rule(checks(CALL.format(rate="16.5"), "2026-10-22"), "growth")
    assert ("growth", "ok", "info", ("16.5%", "8.21 trillion won", "7.05 trillion won")) in found
    assert not [c for c in found if "16.5%" in c[3] and "7.64 trillion won" in c[3]]
    wrong = of_rule(checks(CALL.format(rate="19.5"), "2026-10-22"), "growth")
    assert [c[:2] for c in wrong if c[3] == ("19.5%", "8.21 trillion won", "7.05 trillion won")] == [("growth", "mismatch")]


def test_a_second_rate_after_a_when_clause_within_rounding_is_not_flagged():
    # 8.21 over 7.05 is +16.45%, and the amounts' rounding spans +16.3% to +16.6%
    found = of_rule(checks(CALL.format(rate="16.3"), "2026-10-22"), "growth")
    assert [c[1] for c in found if c[3] == ("16.3%", "8.21 trillion won", "7.05 trillion won")] == ["ok"]


BATTERIES = ("Power batteries fitted to vehicles in China reached 61.8 GWh in March. The first quarter came to 141.1 GWh.\n\n"
             "Iron-phosphate chemistry accounted for 50.2 GWh of March's total, or 81.2%. Tianrui Power fitted 27.4 GWh, "
             "{share}% of the month.")


def test_the_market_the_opening_names_is_no_region_set_aside():
    found = of_rule(checks(BATTERIES.format(share="44.3"), "2026-04-10"), "share")
    assert ("share", "ok", "info", ("44.3%", "27.4 GWh", "61.8 GWh")) in found
    wrong = of_rule(checks(BATTERIES.format(share="54.6"), "2026-04-10"), "share")
    assert [c[:2] for c in wrong if c[3] == ("54.6%", "27.4 GWh", "61.8 GWh")] == [("share", "mismatch")]
    assert not [c for c in wrong if "50.2 GWh" in c[3] and "54.6%" in c[3]]


def test_the_markets_share_within_rounding_is_not_flagged():
    # 27.4 of 61.8 is 44.34%, 44.25% to 44.42% at the amounts' rounding
    found = of_rule(checks(BATTERIES.format(share="44.4"), "2026-04-10"), "share")
    assert [c[1] for c in found if c[3] == ("44.4%", "27.4 GWh", "61.8 GWh")] == ["ok"]


def test_booked_trucks_are_orders_never_a_share_of_deliveries():
    text = ("Skarvik said its second-quarter order intake rose 16.8% to 58,240 trucks. Deliveries fell 6.1% to 52,015 from "
            "55,390.\n\nBy region, Europe booked 31,450 trucks, or 54.0% of the total.")
    assert measures(text, "2026-07-16")["31,450 trucks"].metric == "orders"
    assert not [c for c in of_rule(checks(text, "2026-07-16"), "share") if "52,015" in c[3]]


def test_a_whole_named_by_a_segment_the_reader_cannot_read_stays_unchecked():
    text = ("- Heavy trucks: 78,460 units sold in August, up 12.7% from 69,620 a year earlier and 4.3% below July's 81,950.\n"
            "- Swap-ready heavies: 21,340 units.\n"
            "- Battery-swap models accounted for 7,820, or 36.6% of the SRH total.")
    assert not [c for c in of_rule(checks(text, "2026-09-10"), "share") if "36.6%" in c[3]]


VANS = ("Europe's van market shrank again in May. Registrations of new light commercial vehicles came to 142,680, down 5.7% "
        "on May 2025's 151,240.\n\n| Rank | Brand | May 2026 | Share |\n|---:|---|---:|---:|\n| 1 | Corvant | 27,915 | {share}% |\n"
        "| 2 | Valdrin | 21,460 | 15.0% |\n\nModels in the 3.0 to 3.5 tonne band accounted for 98,310 registrations, or 68.9% "
        "of the market. The gap between the two leaders shrank to 6,455 units. Valdrin sold 4,218 battery vans in May, 19.7% "
        "of its total.")


def test_a_brands_share_is_of_the_market_the_opening_names_never_of_a_qualified_part():
    found = of_rule(checks(VANS.format(share="19.6"), "2026-06-03"), "share")
    assert ("share", "ok", "info", ("19.6%", "27,915", "142,680")) in found
    assert not [c for c in found if "98,310 registrations" in c[3] and "68.9%" not in c[3]]
    wrong = of_rule(checks(VANS.format(share="28.4"), "2026-06-03"), "share")
    assert [c[:2] for c in wrong if c[3] == ("28.4%", "27,915", "142,680")] == [("share", "mismatch")]


def test_a_brands_share_of_the_framed_market_within_rounding_is_not_flagged():
    # 27,915 of 142,680 is 19.565%: a stated 19.56% is fine
    found = of_rule(checks(VANS.format(share="19.56"), "2026-06-03"), "share")
    assert [c[1] for c in found if c[3] == ("19.56%", "27,915", "142,680")] == ["ok"]


def test_near_miss_of_its_total_with_no_owner_and_a_gap_are_never_wholes():
    found = checks(VANS.format(share="19.6"), "2026-06-03")
    assert not [c for c in found if "19.7%" in c[3]]
    assert not [c for c in found if c[0] == "share" and "6,455 units" in c[3]]


def test_near_miss_an_opening_of_two_classes_frames_nothing():
    text = VANS.replace("Europe's van market shrank", "Europe's truck and van markets shrank").format(share="19.6")
    assert not [c for c in of_rule(checks(text, "2026-06-03"), "share") if "142,680" in c[3] and "27,915" in c[3]]


def test_parts_of_a_change_listed_with_and_are_neither_the_change_nor_a_level():
    text = ("Parcelo's fleet stays at 15,880. Its electric count rises from 4,330 to 6,420, adding the 1,850 vans and 240 "
            "trucks, a 48.3% increase.")
    found = checks(text, "2026-11-12")
    assert not [c for c in found if c[0] == "difference" and "1,850 vans" in c[3]]
    assert not [c for c in found if "48.3%" in c[3] and "240 trucks" in c[3]]


def test_its_total_in_a_story_about_one_maker_is_that_makers():
    text = ("Daeyang sold 1,021,530 vehicles worldwide in the first quarter. Of them, 171,820 units were sold at home and "
            "849,710 units overseas.\n\nEco-friendly models accounted for 211,440 units, or {share} percent of its total.")
    assert ("share", "ok", "info", ("20.7 percent", "211,440 units", "1,021,530 vehicles")) in checks(text.format(share="20.7"), "2026-04-24")
    wrong = of_rule(checks(text.format(share="23.7"), "2026-04-24"), "share")
    assert [c[:2] for c in wrong if c[3] == ("23.7 percent", "211,440 units", "1,021,530 vehicles")] == [("share", "mismatch")]


QUARTER = ("Kuala Lumpur, 23 April 2026\n\nWith the second phase of the rebate due in June, here is what the first-quarter "
           "numbers tell us.\n\n1. How many electric cars were registered in the first quarter?\n11,482, according to the "
           "association.\n\n2. Is that a large share?\nNot yet. Total industry volume for the quarter came to 189,640.\n\n"
           "3. Where were they built?\nOf the quarter's electric registrations, 6,917 were assembled locally and 4,565 arrived "
           "fully built. Local assembly therefore accounts for {share}% of the total.")


def test_a_date_ahead_is_never_the_articles_time():
    m = measures(QUARTER.format(share="60.2"), "2026-04-23")
    assert m["189,640"].period == "2026-Q1"


def test_near_miss_a_month_reported_in_the_opening_is_still_the_articles_time():
    text = QUARTER.replace("With the second phase of the rebate due in June, here is what the first-quarter numbers tell us.",
                           "Sales in March rose again.").format(share="60.2")
    assert measures(text, "2026-04-23")["189,640"].period == "2026-03"


def test_arrived_fully_built_is_imported_and_local_assembly_a_share_of_the_rest():
    m = measures(QUARTER.format(share="60.2"), "2026-04-23")
    assert "imported" in m["4,565"].segment and "local" in m["6,917"].segment
    assert ("share", "ok", "info", ("60.2%", "6,917", "11,482")) in checks(QUARTER.format(share="60.2"), "2026-04-23")


AUCTIONS = ("Detroit, 8 July 2026\n\nPalisade's auctions handled 412,600 vehicles in the month. Dealer consignments supplied "
            "350,710 units and rental fleets the other 61,890, or {share}% of the total.\n")


def test_the_other_part_is_a_share_of_the_whole_never_of_its_sibling():
    # 61,890 of 412,600 is 15.00%; of the 350,710 beside it, 17.65%
    assert ("share", "ok", "info", ("15.0%", "61,890", "412,600 vehicles")) in checks(AUCTIONS.format(share="15.0"), "2026-07-08")
    assert ("share", "mismatch", "error", ("17.0%", "61,890", "412,600 vehicles")) in checks(AUCTIONS.format(share="17.0"), "2026-07-08")
    assert not [c for c in checks(AUCTIONS.format(share="15.0"), "2026-07-08") if "350,710 units" in c[3] and c[0] == "share"]


FORECAST = ("New York, 25 February 2026\n\nU.S. new-vehicle sales in February are on course for 1,198,400 units.\n\nRetail buyers "
            "should account for 1,014,400 of the month's deliveries. Fleet volume, at 184,000, would make up 15.4% of the total.\n")


def test_an_amount_said_to_be_part_of_the_months_deliveries_is_no_total():
    # 184,000 of 1,014,400 would be 18.14%
    assert not [c for c in checks(FORECAST, "2026-02-25") if c[1] == "mismatch"]


BRAND = ("IRVINE, Calif., Oct. 1, 2026 -- Ardent Motors USA today announced U.S. sales of 402,316 vehicles for the third "
         "quarter of 2026.\n\nThe Ardent brand "
         "accounted for 351,884 of the company's sales. Its best-selling model, the Terrace crossover, sold 92,410 units, 26.3% "
         "of the brand's volume. The Pellam {model} led the battery-electric models with 6,208.\n")


def test_a_model_named_in_apposition_owns_its_figure_not_the_maker_before_it():
    # 92,410 of 402,316 would be 22.97%: the model's share of the brand is no share of the company's total
    found = checks(BRAND.format(model="Volt crossover"), "2026-10-01")
    assert not [c for c in found if c[1] == "mismatch"]
    assert "name:terrace" in measures(BRAND.format(model="Volt crossover"), "2026-10-01")["92,410 units"].segment
    assert "name:pellam volt" in measures(BRAND.format(model="Volt crossover"), "2026-10-01")["6,208"].segment

