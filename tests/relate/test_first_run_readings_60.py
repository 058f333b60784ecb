"""Readings behind session 60's first runs (trucks, Nordic markets, car trade): each with the case it checks, the case
it must flag, a rounding edge, and the near miss it must leave alone."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

GAP = ("Shanghai, 9 July 2026\n\nManufacturers' wholesale volume rose 7.2% in June to 1,964,300.\n\nRetail sales of passenger "
       "vehicles reached 1,781,500 in June, the council said.\n\nWholesale exceeded retail by {gap} units, as exports took "
       "a larger part of output.\n")


@pytest.mark.parametrize(("gap", "status"), [("182,800", "ok"), ("183,000", "ok"), ("128,800", "mismatch")])
def test_a_gap_between_two_named_metrics_joins_their_levels_paragraphs_apart(gap, status):
    """"Wholesale exceeded retail by …": the one wholesale and the one retail level of June, in other paragraphs
    (1,964,300 - 1,781,500 = 182,800; "183,000" is rounded to the thousand and holds)."""
    assert (status, (f"{gap} units", "1,964,300", "1,781,500")) in checked(GAP.format(gap=gap), "2026-07-09", rule="difference")


def test_a_gap_of_a_metric_with_two_levels_of_the_period_is_left_alone():
    """Two retail levels of June in the article: which one the gap is from, the words leave open."""
    text = edited(GAP.format(gap="182,800"), "the council said.", "the council said. Retail sales of all light vehicles came "
                  "to 1,851,200 in June.")
    assert not [t for s, t in checked(text, "2026-07-09", rule="difference") if "182,800 units" in t]


LOTS = ("Venlo, 14 June 2026\n\nThe spring auction offered 455 trucks and sold 402.\n\nForeign buyers took 236 of the 402 "
        "lots, or {first}, and buyers from eastern Europe took 148 of those, {second} of the foreign total.\n")


def test_of_those_after_a_part_of_a_whole_is_left_unchecked():
    """"236 of the 402 lots, …, and … took 148 of those": of the 236 or of the 402, which the words leave open (148/236
    is 62.7%, 148/402 is 36.8%)."""
    found = checked(LOTS.format(first="58.7%", second="62.7%"), "2026-06-14", rule="share")
    assert ("ok", ("58.7%", "236", "402")) in found
    assert not [t for s, t in found if "62.7%" in t]


@pytest.mark.parametrize(("first", "status"), [("58.7%", "ok"), ("59%", "ok"), ("85.7%", "mismatch")])
def test_the_first_part_of_the_whole_is_still_checked(first, status):
    """236 of 402 is 58.71%: "59%" holds within its own rounding."""
    assert (status, (first, "236", "402")) in checked(LOTS.format(first=first, second="62.7%"), "2026-06-14", rule="share")


DESTINATION = ("Beijing, 25 August 2026\n\nCarmakers shipped 512,640 vehicles abroad in July. Europe was again the largest "
               "destination with 141,380 vehicles, 27.6% of the total and {rate} more than the 118,270 of a year earlier.\n")


@pytest.mark.parametrize(("rate", "status"), [("19.5%", "ok"), ("19.54%", "ok"), ("15.9%", "mismatch")])
def test_a_change_after_a_share_of_the_total_is_the_levels(rate, status):
    """"141,380 vehicles, 27.6% of the total and 19.5% more than the 118,270": the share restates the level, and the
    change runs from the 118,270 to it (+19.54%; exact counts, so "19.54%" holds)."""
    found = checked(DESTINATION.format(rate=rate), "2026-08-25", rule="growth")
    assert (status, (rate, "141,380 vehicles", "118,270")) in found


def test_a_change_after_a_share_of_another_whole_is_left_to_its_own_words():
    text = edited(DESTINATION.format(rate="19.5%"), "27.6% of the total and", "27.6% of the total, while Asia grew")
    assert not [t for s, t in checked(text, "2026-08-25", rule="growth") if "141,380 vehicles" in t]


YEAR_BEFORE = ("Oslo, 6 January 2026\n\nNorwegians registered 151,240 new cars in 2025, a record. A year earlier the "
               "council counted 104,380 of them, or {share}.\n")


def test_those_of_a_year_before_are_no_part_of_this_years_amount():
    """"A year earlier the council counted 104,380 of them, or 81.2%": the cars of the year before, whose market the
    article does not state; never 104,380 of 151,240 (69.0%)."""
    found = checked(YEAR_BEFORE.format(share="81.2%"), "2026-01-06", rule="share")
    assert not [t for s, t in found if "81.2%" in t]


@pytest.mark.parametrize(("share", "status"), [("69.0%", "ok"), ("69%", "ok"), ("96.0%", "mismatch")])
def test_of_them_in_the_same_year_is_of_the_amount_before(share, status):
    text = edited(YEAR_BEFORE.format(share=share), "A year earlier the council counted", "Companies registered")
    assert (status, (share, "104,380", "151,240 new cars")) in checked(text, "2026-01-06", rule="share")


OUTNUMBERED = ("Brussels, 9 October 2026\n\nBelgium's new-car market grew 2.9% in the third quarter to 98,460 registrations. "
               "Registrations by legal entities rose 6.1% to 64,310, while private buyers took 34,150 cars. Companies thus "
               "outnumbered private buyers by 30,160 and accounted for {share} of the market.\n")


@pytest.mark.parametrize("share", ["65.3%", "34.7%"])
def test_a_share_of_a_subject_that_outnumbers_another_is_never_the_others(share):
    """The share is the companies' (64,310 of 98,460, 65.3%), a subject the lexicon cannot read: never the private
    buyers' 34,150, which would make a right share look wrong."""
    found = checked(OUTNUMBERED.format(share=share), "2026-10-09", rule="share")
    assert not [t for s, t in found if share in t and "34,150 cars" in t]
    assert not [t for s, t in found if s == "mismatch"]


DECEMBER = ("Oslo, 14 April 2026\n\nIn the first quarter of 2026 buyers registered 26,410 new cars, 18.2% fewer than a year "
            "earlier. That is 3,120 fewer cars in three months than in December alone, when 29,530 buyers hurried to beat "
            "the VAT change.\n\nLumera, the market leader, sold 5,870 cars in the quarter, {share} of the market.\n")


@pytest.mark.parametrize(("share", "status"), [("22.2%", "ok"), ("22%", "ok"), ("19.9%", "mismatch")])
def test_a_month_when_others_were_counted_is_its_own_and_the_one_before_the_article(share, status):
    """"than in December alone, when 29,530 buyers hurried": December 2025's, so the leader's share is of the quarter's
    26,410 (22.23%, which "22%" holds), never of December's 29,530 (19.9%)."""
    found = checked(DECEMBER.format(share=share), "2026-04-14", rule="share")
    assert (status, (share, "5,870 cars", "26,410 new cars")) in found


EARLIER_OF_THEM = ("Brussels, 18 November 2026\n\nRegistrations of battery-electric vans rose 41.6% to 128,400 in January-"
                   "October, taking 9.6% of the market. In the first ten months of 2025 buyers registered 90,680 of them, "
                   "a share of {share}.\n")


def test_a_part_of_them_in_another_year_is_no_share_of_this_years_amount():
    """"In the first ten months of 2025 buyers registered 90,680 of them, a share of 6.4%": the vans of that year and a
    share of that year's market, never 90,680 of 128,400 (70.6%)."""
    found = checked(EARLIER_OF_THEM.format(share="6.4%"), "2026-11-18")
    assert not [t for r, s, t in found if r == "share" and "6.4%" in t]
    assert not [t for r, s, t in found if s == "mismatch"]


def test_a_part_of_them_in_the_same_months_is_a_share_of_them():
    text = edited(EARLIER_OF_THEM.format(share="70.6%"), "In the first ten months of 2025 buyers", "Fleet buyers")
    assert ("ok", ("70.6%", "90,680", "128,400")) in checked(text, "2026-11-18", rule="share")


GLANCE = ("Fleet Ledger staff | Thursday, 16 July 2026\n\nAT A GLANCE: EUROPEAN TRUCK REGISTRATIONS, JANUARY-JUNE 2026\n"
          "- Heavy trucks (16 t and over): 139,420 ({rate})\n- Medium trucks (3.5-16 t): 20,960\n\nThe 139,420 heavy trucks put "
          "on the road compare with 147,830 in January-June 2025, the forum said.\n")


@pytest.mark.parametrize(("rate", "status"), [("-5.7%", "ok"), ("-5.69%", "ok"), ("-7.5%", "mismatch")])
def test_a_signed_change_in_brackets_after_a_list_lines_level_is_its_change(rate, status):
    """"- Heavy trucks …: 139,420 (-5.7%)", then the year before's 147,830: -5.689% ("-5.69%" holds, exact counts)."""
    found = checked(GLANCE.format(rate=rate), "2026-07-16", rule="growth")
    assert (status, (rate, "139,420", "147,830")) in found


def test_a_bracketed_share_after_a_level_is_no_change():
    text = edited(GLANCE.format(rate="-5.7%"), "(-5.7%)", "(86.9% of the total)")
    assert not checked(text, "2026-07-16", rule="growth")


BY_MAKER = ("Tokyo, 29 October 2026\n\nVehicle exports by maker, units\n\nMAKER                  SEP 2026    SEP 2025\n"
            "Tsubame Automotive       88,460      83,120\nMikawa Motor             61,750      64,930\n"
            "TOTAL                   150,210     148,050\n\nTotal exports were {rate} higher than in September 2025. Mikawa Motor "
            "{verb} its exports {mikawa} after adding a second shift.\n")


@pytest.mark.parametrize(("rate", "status"), [("1.5%", "ok"), ("1.46%", "ok"), ("5.1%", "mismatch")])
def test_a_total_rate_joins_the_total_row_of_a_table_its_caption_frames(rate, status):
    """"Total exports were 1.5% higher" beside "Vehicle exports by maker" … "TOTAL 150,210 148,050": +1.459%."""
    found = checked(BY_MAKER.format(rate=rate, verb="cut", mikawa="4.9%"), "2026-10-29", rule="growth")
    assert (status, (rate, "150,210", "148,050")) in found


def test_a_makers_rate_is_never_the_total_rows():
    text = edited(BY_MAKER.format(rate="1.5%", verb="cut", mikawa="4.9%"), "Total exports were", "Its exports were")
    assert not [t for s, t in checked(text, "2026-10-29", rule="growth") if "150,210" in t]


@pytest.mark.parametrize(("verb", "status"), [("cut", "ok"), ("raised", "mismatch")])
def test_a_name_that_raised_or_cut_its_exports_joins_its_row(verb, status):
    """"Mikawa Motor raised its exports 4.9%" beside its row, 64,930 to 61,750 (-4.9%): a fall, so "raised" is flagged."""
    found = checked(BY_MAKER.format(rate="1.5%", verb=verb, mikawa="4.9%"), "2026-10-29", rule="growth")
    assert any(s == status and t[1:] == ("61,750", "64,930") for s, t in found)


@pytest.mark.parametrize(("said", "status"), [("fell 4.9%", "ok"), ("rose 4.9%", "mismatch")])
def test_a_name_before_the_noun_of_what_it_counts_joins_its_row(said, status):
    """"Mikawa Motor exports fell 4.9%" below its row: the name said before, with no possessive."""
    text = edited(BY_MAKER.format(rate="1.5%", verb="cut", mikawa="4.9%"), "Mikawa Motor cut its exports 4.9% after adding",
                  f"Mikawa Motor exports {said} after adding")
    found = checked(text, "2026-10-29", rule="growth")
    assert any(s == status and t[1:] == ("61,750", "64,930") for s, t in found)


def test_a_capitalised_period_before_the_noun_is_no_name():
    """"Second-quarter deliveries were up 25.5% from 86,533": the quarter's deliveries, whatever names the article gives."""
    text = ("Beijing, 3 March 2025\n\nQuarterly deliveries in 2024 were 80,400 in the first quarter, 108,581 in the second "
            "and 152,831 in the third. Second-quarter deliveries were up 25.5% from 86,533 a year earlier.\n")
    assert ("ok", ("25.5%", "108,581", "86,533")) in checked(text, "2025-03-03", rule="growth")


SHIPMENTS = ("Daejeon, 1 September 2026\n\nVehicle exports by destination, units\n\n| Destination | Aug 2026 | Aug 2025 |\n"
             "|---|---:|---:|\n| United States | 91,240 | 104,380 |\n| Canada | 9,870 | 10,230 |\n| Total | 101,110 | 114,610 |\n\n"
             "United States. Shipments were down {rate} on the year.\n")


@pytest.mark.parametrize(("rate", "status"), [("12.6%", "ok"), ("12.59%", "ok"), ("21.6%", "mismatch")])
def test_a_rate_under_a_place_heading_joins_the_row_the_place_names(rate, status):
    """"United States. Shipments were down 12.6%" beside a "United States" row: 104,380 to 91,240 is -12.589%."""
    found = checked(SHIPMENTS.format(rate=rate), "2026-09-01", rule="growth")
    assert (status, (rate, "91,240", "104,380")) in found


def test_a_rate_of_a_place_with_no_row_is_left_alone():
    text = edited(SHIPMENTS.format(rate="12.6%"), "United States. Shipments", "Mexico. Shipments")
    assert not [t for s, t in checked(text, "2026-09-01", rule="growth") if "91,240" in t]


COLON_LIST = ("Oslo, 22 October 2026\n\nThe five Nordic markets registered 487,800 new passenger cars in the first nine months "
              "of the year: 104,310 in Norway, 198,620 in Sweden, 121,440 in Denmark, 49,870 in Finland and 13,560 in Iceland.\n")


def test_the_items_of_a_list_after_a_whole_and_a_colon_are_read_alike():
    """The first item after the colon takes no words of the whole before it ("new passenger cars"), as the others do not:
    each is its country's; and "in Iceland." at the sentence's end is Iceland, the stop aside."""
    m = measured(COLON_LIST, "2026-10-22")
    assert m["104,310"].segment == frozenset({"name:norway"})
    assert m["198,620"].segment == frozenset({"name:sweden"})
    assert m["13,560"].segment == frozenset({"name:iceland"})
    assert "passenger" in m["487,800 new passenger cars"].segment


def test_a_colon_after_a_label_still_gives_each_item_its_words():
    """"Electric cars: 104,310 in Norway, …": a label before the colon, no whole, names what the items count."""
    text = edited(COLON_LIST, "The five Nordic markets registered 487,800 new passenger cars in the first nine months of the "
                  "year:", "Battery-electric cars, January-September:")
    assert "bev" in measured(text, "2026-10-22")["104,310"].segment


INTERIM = ("ALDERN TRUCK GROUP\nInterim report January-June 2026 | Summary of the second quarter\nHamburg, 30 July 2026\n\n"
           "Aldern delivered slightly more trucks than a year earlier, as demand in the Americas made up for a weak European "
           "market. Total deliveries edged up {rate}.\n\nDeliveries by region, trucks\n\n| Region | Q2 2026 | Q2 2025 |\n"
           "|---|---:|---:|\n| Europe | 21,960 | 24,310 |\n| North America | 14,870 | 12,040 |\n| Total | 36,830 | 36,350 |\n\n"
           "North America rose 23.5% on replacement demand from large fleets.\n")


@pytest.mark.parametrize(("rate", "status"), [("1.3%", "ok"), ("1.32%", "ok"), ("3.1%", "mismatch")])
def test_a_total_rate_joins_the_total_row_of_a_table_of_its_frame(rate, status):
    """"Total deliveries edged up 1.3%" beside "Deliveries by region, trucks" … "| Total | 36,830 | 36,350 |" (+1.3205%),
    whatever region the sentence before mentions."""
    found = checked(INTERIM.format(rate=rate), "2026-07-30", rule="growth")
    assert (status, (rate, "36,830", "36,350")) in found


def test_a_rate_that_does_not_say_total_is_left_to_its_words():
    text = edited(INTERIM.format(rate="1.3%"), "Total deliveries edged up", "Deliveries in Europe's neighbours edged up")
    assert not [t for s, t in checked(text, "2026-07-30", rule="growth") if "36,830" in t]


def test_a_quarter_named_under_a_half_years_heading_is_the_articles_time():
    """"Interim report January-June 2026 | Summary of the second quarter": the quarter the text after it reports, so the
    undated "North America rose 23.5%" is the second quarter's; a heading of the half alone leaves it the half's."""
    assert measured(INTERIM.format(rate="1.3%"), "2026-07-30")["23.5%"].period == "2026-Q2"
    text = edited(INTERIM.format(rate="1.3%"), " | Summary of the second quarter", "")
    assert measured(text, "2026-07-30")["23.5%"].period == "2026-H1"


BY_FUEL = ("Reykjavík, 3 June 2026\n\nNew-car registrations in Iceland rose {total} in May from a year earlier.\n\n"
           "Registrations by fuel type, passenger cars\n\n| Fuel type | May 2026 | May 2025 |\n|---|---:|---:|\n"
           "| Battery-electric | 1,012 | 598 |\n| Petrol | 204 | 347 |\n| Total | 1,216 | 945 |\n\n"
           "Petrol registrations fell {petrol}.\n")


@pytest.mark.parametrize(("petrol", "status"), [("41.2%", "ok"), ("41.21%", "ok"), ("14.2%", "mismatch")])
def test_a_segments_rate_joins_its_row_in_a_table_of_passenger_cars(petrol, status):
    """"Petrol registrations fell 41.2%" beside "Registrations by fuel type, passenger cars" … "| Petrol | 204 | 347 |":
    the cars the caption frames, which the prose leaves unsaid (-41.21%)."""
    found = checked(BY_FUEL.format(total="28.7%", petrol=petrol), "2026-06-03", rule="growth")
    assert (status, (petrol, "204", "347")) in found


def test_a_rate_of_no_segment_is_not_the_passenger_cars_total():
    """"New-car registrations in Iceland rose 28.7%" may count vans and trucks too: not the Total of a table of passenger
    cars (it happens to fit here, but a reader cannot tell)."""
    assert not [t for s, t in checked(BY_FUEL.format(total="28.7%", petrol="41.2%"), "2026-06-03", rule="growth") if "28.7%" in t]


def test_a_rate_of_another_class_is_not_the_passenger_cars_row():
    text = edited(BY_FUEL.format(total="28.7%", petrol="41.2%"), "Petrol registrations fell", "Petrol van registrations fell")
    assert not [t for s, t in checked(text, "2026-06-03", rule="growth") if "204" in t]


BRANDS = ("Stockholm, 2 July 2026\n\nBRAND          JUN 2026   JUN 2025\nVelora            3,874      3,560\n"
          "Kestrel           2,318      2,746\nTOTAL             6,192      6,306\n\nVelora was again first, 1,556 registrations "
          "ahead of Kestrel. The American brand's sales dropped 15.6%.\n")


def test_a_brand_described_after_two_names_is_left_unread():
    """"Velora was again first, … ahead of Kestrel. The American brand's sales dropped 15.6%": which one is American the
    words leave to the reader, so the rate joins neither row (Velora's would be flagged, Kestrel's fits)."""
    assert not [t for s, t in checked(BRANDS, "2026-07-02", rule="growth") if "15.6%" in t]


def test_a_brand_described_after_one_name_is_that_names():
    text = edited(BRANDS, "1,556 registrations ahead of Kestrel", "with 3,874 registrations")
    text = edited(text, "dropped 15.6%", "rose 8.8%")
    assert ("ok", ("8.8%", "3,874", "3,560")) in checked(text, "2026-07-02", rule="growth")


FEE = ("Reykjavík, 3 June 2026\n\nSince 1 January the state grant for a new electric car has been ISK 400,000, down from "
       "ISK 700,000, and the distance-based road fee for electric and plug-in cars has risen to ISK 6.95 per kilometre.\n")


def test_an_earlier_value_of_one_subject_is_never_the_next_subjects():
    """"ISK 400,000, down from ISK 700,000, and the … road fee … has risen to ISK 6.95 per kilometre": the grant's earlier
    value, never the fee's (a rise from ISK 700,000 to ISK 6.95 would be flagged as a fall)."""
    assert not [t for r, s, t in checked(FEE, "2026-06-03") if "ISK 6.95" in t]


def test_the_next_subjects_own_earlier_value_is_still_its_own():
    text = edited(FEE, "ISK 6.95 per kilometre.", "ISK 6.95 per kilometre from ISK 7.40.")
    assert any(r == "direction" and s == "mismatch" and "ISK 6.95" in t for r, s, t in checked(text, "2026-06-03"))


def test_a_share_of_them_right_after_a_part_of_the_whole_is_of_that_whole():
    """"Utes made up 2,804 of the 3,916 commercials, 71.6% of them": the share restates the part just before the whole,
    so "them" are the 3,916; no other part stands between to leave it open."""
    text = ("Wellington, 5 November 2026\n\nRegistrations of new passenger cars totalled 11,428 and commercial vehicles "
            "3,916.\n\nUtes made up 2,804 of the 3,916 commercials, {share} of them.\n")
    assert ("ok", ("71.6%", "2,804", "3,916")) in checked(text.format(share="71.6%"), "2026-11-05", rule="share")
    assert ("mismatch", ("76.1%", "2,804", "3,916")) in checked(text.format(share="76.1%"), "2026-11-05", rule="share")


BOX = ("FRONTERA BUSINESS WEEKLY\nMonterrey, Wednesday 10 June 2026\n\nTRADE IN NUMBERS\nMexico's vehicle exports, "
       "January-May 2026\n- Light vehicles exported: 1,294,310\n- Light-vehicle production: 1,502,800\n\nAhead of the trade "
       "review, the northbound flow holds steady\n\nMexico's carmakers shipped {rate} more vehicles abroad in the first five "
       "months of the year than a year earlier, according to the council's figures.\n")


def test_a_boxs_line_of_the_rates_segment_is_its_level_past_a_heading():
    """"- Light vehicles exported: 1,294,310" in a box, a heading of no figures, then "shipped 2.5% more vehicles abroad":
    the box's exports are the level the rate leads to (its earlier value implied)."""
    found = checked(BOX.format(rate="2.5%"), "2026-06-10")
    assert any(r == "implied-prior" and "2.5%" in t and "1,294,310" in t for r, s, t in found)


def test_a_boxs_line_past_a_paragraph_of_figures_is_left_alone():
    text = edited(BOX.format(rate="2.5%"), "Ahead of the trade review, the northbound flow holds steady",
                  "Ahead of the trade review, 14 plants ran two shifts")
    assert not any(r == "implied-prior" and "2.5%" in t and "1,294,310" in t for r, s, t in checked(text, "2026-06-10"))
