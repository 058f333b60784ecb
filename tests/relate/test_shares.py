"""Shares joined by measure (relate/shares.py): the level a share restates, of the whole the article
gives, and a level that is no change."""

from __future__ import annotations

import pytest

from conftest import checked


def checks(text: str, date: str):
    return checked(text, date)


def shares(found):
    return [(c[1], c[2]) for c in found if c[0] == "share"]


def test_a_joint_level_restated_as_a_share_is_of_the_market():
    text = ("Dutch new-car registrations slipped 2.3% in May to 31,476, from 32,217 a year earlier.\n\n"
            "The top five together registered 12,366 cars, or {share}% of the total.\n")
    # 12,366 / 31,476 = 39.29%
    assert shares(checks(text.format(share="39.3"), "2026-06-01")) == [("ok", ("39.3%", "12,366 cars", "31,476"))]
    assert shares(checks(text.format(share="36.3"), "2026-06-01")) == [("mismatch", ("36.3%", "12,366 cars", "31,476"))]


def test_cars_of_the_new_cars_are_a_level_not_a_change():
    text = ("A total of 21,380 new passenger cars were registered in April, against 20,578 a year earlier.\n\n"
            "Legal entities registered 15,740 of the new cars, a {share}% share; private individuals bought the rest.\n")
    # 15,740 / 21,380 = 73.62%
    assert shares(checks(text.format(share="73.6"), "2026-05-05")) == [("ok", ("73.6%", "15,740", "21,380 new passenger cars"))]


GAVE = ("Austria registered 24,273 new cars in March.\n\nStatistik Austria counted 5,412 new battery-electric cars in March. "
        "That was 31.9% more than a year earlier and gave them a {share}% share of the market.\n")


def test_that_was_a_rate_and_gave_them_a_share_restates_the_level_before():
    # 5,412 / 24,273 = 22.30%
    assert shares(checks(GAVE.format(share="22.3"), "2026-04-08")) == [("ok", ("22.3%", "5,412 new battery-electric cars", "24,273 new cars"))]
    assert shares(checks(GAVE.format(share="23.3"), "2026-04-08")) == [("mismatch", ("23.3%", "5,412 new battery-electric cars", "24,273 new cars"))]


def test_that_gave_them_a_share_after_two_levels_is_left_alone():
    text = ("Austria registered 24,273 new cars in March.\n\nStatistik Austria counted 5,412 battery-electric cars and 1,986 "
            "plug-in hybrids in March. That gave them a 22.3% share of the market.\n")
    assert not [s for s in shares(checks(text, "2026-04-08")) if s[1][0] == "22.3%" and "5,412 battery-electric cars" in s[1]]


ADDED = ("New car registrations rose 4.3 per cent in the first half to 87,460. Battery-electric cars took 16,940.\n\n"
         "Plug-in hybrids added 7,610 registrations, or {share} per cent of the market.\n")


def test_an_amount_added_and_restated_as_a_share_of_the_market_is_a_part_not_a_change():
    # 7,610 / 87,460 = 8.70%
    assert shares(checks(ADDED.format(share="8.7"), "2026-07-01")) == [("ok", ("8.7 per cent", "7,610 registrations", "87,460"))]
    assert shares(checks(ADDED.format(share="9.7"), "2026-07-01")) == [("mismatch", ("9.7 per cent", "7,610 registrations", "87,460"))]


def test_an_amount_added_and_its_rate_stays_a_change():
    text = "Registrations rose to 87,460 in the first half. Dealers added 7,610 registrations, or 9.5 per cent.\n"
    assert not shares(checks(text, "2026-07-01"))


KEY_FIGURES = ("Coralline Automotive Group\nResults for the year ended 30 June 2026\n\nHighlights\n\n"
               "- {label} of A$3.84 billion, up 6.1%\n- Underlying profit before tax of A$142.6 million\n\n"
               "Service and parts revenue reached A$612 million, or {share}% of Group revenue.\n")


def test_a_key_figures_line_naming_only_its_metric_is_the_whole():
    # 612 / 3,840 = 15.94%
    assert shares(checks(KEY_FIGURES.format(label="Revenue", share="15.9"), "2026-08-26")) == [
        ("ok", ("15.9%", "A$612 million", "A$3.84 billion"))]
    assert shares(checks(KEY_FIGURES.format(label="Revenue", share="19.9"), "2026-08-26")) == [
        ("mismatch", ("19.9%", "A$612 million", "A$3.84 billion"))]


def test_a_list_member_naming_a_segment_is_never_the_whole():
    assert shares(checks(KEY_FIGURES.format(label="Dealership revenue", share="15.9"), "2026-08-26")) == []


def test_a_percent_after_which_is_restates_the_part_before_it():
    text = ("For new contracts the picture is clearer: we delivered 2,310 new cars in 2025, of which 1,964 were electric, "
            "which is {share}%.\n")
    # 1,964 / 2,310 = 85.02%
    assert shares(checks(text.format(share="85.0"), "2026-02-10")) == [("ok", ("85.0%", "1,964", "2,310 new cars"))]
    assert shares(checks(text.format(share="81.0"), "2026-02-10")) == [("mismatch", ("81.0%", "1,964", "2,310 new cars"))]


def test_a_percent_after_which_is_and_a_comparative_is_no_share():
    text = "We delivered 2,310 new cars in 2025, of which 1,964 were electric, which is 8.5% more than in 2024.\n"
    assert shares(checks(text, "2026-02-10")) == []


WHOLESALE = ("BEIJING, April 9 - Dealers sold 1,846,320 cars to consumers in March, the CPCA said.\n\n"
             "Wholesale volumes, which include exports, rose 9.5% to 2,319,800 in March from 2,118,270. NEVs made up "
             "1,316,900 of the wholesale figure, or 56.8%.\n\n"
             "Exports climbed 14.2% to 498,760 from 436,750, and {domestic} came to {rest}. Overseas shipments of new energy "
             "vehicles reached 231,480, or {share}% of NEV {metric} volume.\n")


def test_shipments_to_dealers_are_wholesale_and_sum_with_exports_to_it():
    text = WHOLESALE.format(domestic="shipments to domestic dealers", rest="1,821,040", share="17.6", metric="wholesale")
    sums = [(c[1], c[2]) for c in checks(text, "2026-04-09") if c[0] == "sum"]
    assert sums == [("ok", ("498,760", "1,821,040", "2,319,800"))]  # never the 1,846,320 retailed
    wrong = WHOLESALE.format(domestic="shipments to domestic dealers", rest="1,812,040", share="17.6", metric="wholesale")
    assert [c[1] for c in checks(wrong, "2026-04-09") if c[0] == "sum"] == ["mismatch"]


def test_a_share_naming_its_segment_and_a_narrow_metric_takes_that_whole_a_paragraph_up():
    # 231,480 / 1,316,900 = 17.58%; 46.4% would be of all exports
    ok = WHOLESALE.format(domestic="shipments to domestic dealers", rest="1,821,040", share="17.6", metric="wholesale")
    assert ("ok", ("17.6%", "231,480", "1,316,900")) in shares(checks(ok, "2026-04-09"))
    bad = WHOLESALE.format(domestic="shipments to domestic dealers", rest="1,821,040", share="46.4", metric="wholesale")
    assert ("mismatch", ("46.4%", "231,480", "1,316,900")) in shares(checks(bad, "2026-04-09"))


def test_a_share_of_segment_sales_far_from_the_whole_a_paragraph_up_stays_unchecked():
    # "of NEV sales" names no narrower metric than sales: retail or wholesale, and 46.4% is far from either
    text = WHOLESALE.format(domestic="shipments to domestic dealers", rest="1,821,040", share="46.4", metric="sales")
    assert not [s for s in shares(checks(text, "2026-04-09")) if s[1][0] == "46.4%"]


ECO = ("SEOUL, October 23, 2026 - Daesan sold 1,032,460 vehicles worldwide in the third quarter.\n\n"
       "Eco-friendly models{aside} reached 231,740 units, a record {eco}% of all sales. Battery-electric models made up "
       "68,910 of the eco-friendly total, or {bev}%.\n")


def test_a_dash_aside_a_record_share_and_a_part_of_the_named_total():
    # 231,740 / 1,032,460 = 22.45%; 68,910 / 231,740 = 29.74%
    aside = " – hybrids, plug-in hybrids, battery-electric and hydrogen cars –"
    found = shares(checks(ECO.format(aside=aside, eco="22.4", bev="29.7"), "2026-10-23"))
    assert ("ok", ("22.4%", "231,740 units", "1,032,460 vehicles")) in found
    assert ("ok", ("29.7%", "68,910", "231,740 units")) in found
    flagged = shares(checks(ECO.format(aside=aside, eco="24.2", bev="27.9"), "2026-10-23"))
    assert ("mismatch", ("24.2%", "231,740 units", "1,032,460 vehicles")) in flagged
    assert ("mismatch", ("27.9%", "68,910", "231,740 units")) in flagged


def test_a_single_dash_still_ends_the_clause():
    # "– and eco-friendly models reached": the dash opens a new clause, whose subject is its own
    text = ("SEOUL, October 23, 2026 - Daesan sold 1,032,460 vehicles worldwide in the third quarter – exports "
            "fell – and 231,740 units went abroad, a record 22.4% of all sales.\n")
    assert [m for m in checks(text, "2026-10-23") if m[0] == "share" and m[1] == "mismatch"] == []


def test_a_share_of_them_before_the_amount_it_gives():
    text = ("OSLO, 2 September 2026 - So far this year, 86,930 new cars have been registered, and {share}% of them, "
            "83,610 cars, were electric.\n")
    # 83,610 / 86,930 = 96.18%
    assert shares(checks(text.format(share="96.2"), "2026-09-02")) == [("ok", ("96.2%", "83,610 cars", "86,930 new cars"))]
    assert shares(checks(text.format(share="92.6"), "2026-09-02")) == [("mismatch", ("92.6%", "83,610 cars", "86,930 new cars"))]


BUSY_JUNE = ("SYDNEY, 5 August 2026 - Dealers reported 97,412 deliveries in July, down 13.5% from a busy June, when 112,655 "
             "vehicles were sold.\n\nSUVs accounted for 58,934 sales, a {share}% share.\n")


def test_a_month_after_its_adjectives_dates_the_whole_it_names_not_the_share():
    # 58,934 / 97,412 = 60.50%; against June's 112,655 it would be 52.3%
    assert shares(checks(BUSY_JUNE.format(share="60.5"), "2026-08-05")) == [("ok", ("60.5%", "58,934", "97,412 deliveries"))]
    assert shares(checks(BUSY_JUNE.format(share="52.3"), "2026-08-05")) == [("mismatch", ("52.3%", "58,934", "97,412 deliveries"))]


RETAIL_CUSTOMERS = ("DETROIT, June 2, 2026 - Larkspur put May volume at 1,476,240 vehicles.\n\n"
                    "Retail customers bought {retail} vehicles in May and fleet operators the remaining 263,250. "
                    "Fleet therefore took 17.8% of the total.\n")


def test_retail_customers_are_a_channel_beside_the_fleet_not_a_second_total():
    # 1,212,990 + 263,250 = 1,476,240 and 263,250 / 1,476,240 = 17.83%
    found = checks(RETAIL_CUSTOMERS.format(retail="1,212,990"), "2026-06-02")
    assert shares(found) == [("ok", ("17.8%", "263,250", "1,476,240 vehicles"))]
    assert [(c[1], c[2]) for c in found if c[0] == "sum"] == [("ok", ("1,212,990 vehicles", "263,250", "1,476,240 vehicles"))]
    bad = checks(RETAIL_CUSTOMERS.format(retail="1,221,990"), "2026-06-02")
    assert [c[1] for c in bad if c[0] == "sum"] == ["mismatch"]


YEAR_TO_DATE = ("SANTIAGO, Oct 6, 2026 - Chile's dealers sold 310,420 new vehicles from January to September.\n\n"
                "Private buyers accounted for {part}, or {share}% of the year-to-date market.\n")


def test_a_hyphenated_whole_is_read_whole_not_cut_at_a_word_inside_it():
    # 186,250 / 310,420 = 60.00%; "year-to-date" once read as "year-", of a whole the lexicon could not read
    assert shares(checks(YEAR_TO_DATE.format(part="186,250", share="60.0"), "2026-10-06")) == [
        ("ok", ("60.0%", "186,250", "310,420 new vehicles"))]
    assert shares(checks(YEAR_TO_DATE.format(part="186,250", share="66.0"), "2026-10-06")) == [
        ("mismatch", ("66.0%", "186,250", "310,420 new vehicles"))]
    # 186,100 / 310,420 = 59.951%: just inside what "60.0%" rounds from
    assert shares(checks(YEAR_TO_DATE.format(part="186,100", share="60.0"), "2026-10-06")) == [
        ("ok", ("60.0%", "186,100", "310,420 new vehicles"))]


NORWEGIAN_MARKET = ("OSLO, Sept 2, 2026 - Norway registered 11,842 new cars in August.\n\n"
                    "Tesla remained the leading brand with {part} registrations, {share}% of the Norwegian market.\n")


def test_a_share_of_a_market_named_by_its_demonym_is_of_the_country_total():
    # 2,318 / 11,842 = 19.57%; 2,316 / 11,842 = 19.558%, just inside "19.6"
    assert shares(checks(NORWEGIAN_MARKET.format(part="2,318", share="19.6"), "2026-09-02")) == [
        ("ok", ("19.6%", "2,318 registrations", "11,842 new cars"))]
    assert shares(checks(NORWEGIAN_MARKET.format(part="2,318", share="21.6"), "2026-09-02")) == [
        ("mismatch", ("21.6%", "2,318 registrations", "11,842 new cars"))]
    assert shares(checks(NORWEGIAN_MARKET.format(part="2,316", share="19.6"), "2026-09-02")) == [
        ("ok", ("19.6%", "2,316 registrations", "11,842 new cars"))]


def test_a_share_of_new_car_registrations_is_of_the_new_car_total():
    text = ("DUBLIN, Sept 3, 2026 - Ireland registered 8,120 new cars in August. "
            "Electric cars took 1,421, or {share}% of new-car registrations.\n")
    # 1,421 / 8,120 = 17.50%
    assert shares(checks(text.format(share="17.5"), "2026-09-03")) == [("ok", ("17.5%", "1,421", "8,120 new cars"))]
    assert shares(checks(text.format(share="15.7"), "2026-09-03")) == [("mismatch", ("15.7%", "1,421", "8,120 new cars"))]


POLISH_MARKET = ("WARSAW, Oct 5, 2026 - Poland grew 5.5% to 46,215 new cars in September. Samar counted 31,840 "
                 "registrations by companies, 68.9% of the total, and the rest, 14,375, by private buyers. Hybrids led "
                 "with 19,870 registrations, {share}% of the Polish market, ahead of petrol at 15,946.\n")


def test_a_share_of_the_market_is_never_of_a_channel_stated_just_before():
    # 19,870 / 46,215 = 42.99%; of the companies' 31,840 it would be 62.41%
    found = shares(checks(POLISH_MARKET.format(share="43.0"), "2026-10-05"))
    assert ("ok", ("43.0%", "19,870 registrations", "46,215 new cars")) in found
    assert ("ok", ("68.9%", "31,840 registrations", "46,215 new cars")) in found
    assert ("mismatch", ("62.4%", "19,870 registrations", "46,215 new cars")) in shares(
        checks(POLISH_MARKET.format(share="62.4"), "2026-10-05"))


PLACES_TABLE = ("WARSAW, Oct 2, 2026 - New car registrations in Poland, Czechia and Hungary rose in September.\n\n"
                "Country | Sep 2026 | Sep 2025\n"
                "Poland | 46,215 | 43,790\n"
                "Czechia | 19,842 | 20,516\n"
                "Hungary | 11,308 | 10,642\n"
                "Total | 77,365 | 74,948\n\n"
                "POLAND\n\n"
                "Hybrids led the country with 19,870 registrations, {share}% of the Polish market.\n")


def test_a_share_of_one_places_market_is_of_that_places_row_not_the_tables_total():
    # 19,870 / 46,215 = 42.99%; of the Total's 77,365 it would be 25.68%
    found = shares(checks(PLACES_TABLE.format(share="43.0"), "2026-10-02"))
    assert found == [("ok", ("43.0%", "19,870 registrations", "46,215"))]
    assert shares(checks(PLACES_TABLE.format(share="25.7"), "2026-10-02")) == [
        ("mismatch", ("25.7%", "19,870 registrations", "46,215"))]
    # 42.95% is the lowest that "43.0" rounds from: 19,850 / 46,215 = 42.952%
    assert shares(checks(PLACES_TABLE.format(share="43.0").replace("19,870", "19,850"), "2026-10-02")) == [
        ("ok", ("43.0%", "19,850 registrations", "46,215"))]


def test_a_share_of_one_countrys_market_is_never_checked_against_another_places_level():
    # 1,450 / 15,120 = 9.59%, but the 15,120 are Sorel's cars across Europe, not the German market
    text = ("PARIS, June 4, 2026 - Registrations of Sorel cars across Europe reached 15,120 in May.\n\n"
            "Sorel registered 1,450 cars in May, a {share}% share of the German market, where dealers cut prices.\n")
    for share in ("10.2", "9.6"):
        assert shares(checks(text.format(share=share), "2026-06-04")) == []


DOMESTIC_TABLE = ("BANGKOK, April 24, 2026 - Thailand's new-vehicle market was flat in March. Chinese brands' sales rose "
                  "52.0% on the year.\n\n"
                  "Domestic sales by brand origin (units)\n\n"
                  "                      Mar 2026    Mar 2025\n"
                  "  Japanese brands       27,840      31,915\n"
                  "  Chinese brands        12,466       8,203\n"
                  "  Others                 3,912       4,108\n"
                  "  Total                 44,218      44,226\n\n"
                  "Chinese labels took 28.2% of the market in March. Battery-electric registrations climbed 50.6% to 9,114 "
                  "from 6,052, taking {share}% of all sales.\n")


def test_a_domestic_tables_total_is_the_market_where_nothing_is_counted_abroad():
    # 9,114 / 44,218 = 20.61%
    def share_checks(share):
        return [c for c in shares(checks(DOMESTIC_TABLE.format(share=share), "2026-04-24")) if c[1][0] == f"{share}%"]
    assert share_checks("20.6") == [("ok", ("20.6%", "9,114", "44,218"))]
    assert share_checks("26.0") == [("mismatch", ("26.0%", "9,114", "44,218"))]
    assert share_checks("21") == [("ok", ("21%", "9,114", "44,218"))]  # 20.5-21.5 holds 20.61%


def test_a_percent_of_wholesales_after_its_segments_level_is_a_share():
    text = ("JAKARTA, Aug 12, 2026 - Gaikindo said wholesales reached 71,840 units in July. BEV wholesales almost tripled "
            "from 2,460 a year earlier to 6,980 units in July, giving them {share} percent of wholesales.\n")
    # 6,980 / 71,840 = 9.716%
    assert shares(checks(text.format(share="9.7"), "2026-08-12")) == [("ok", ("9.7 percent", "6,980 units", "71,840 units"))]
    assert shares(checks(text.format(share="7.9"), "2026-08-12")) == [("mismatch", ("7.9 percent", "6,980 units", "71,840 units"))]
    assert shares(checks(text.format(share="10"), "2026-08-12")) == [("ok", ("10 percent", "6,980 units", "71,840 units"))]  # 9.5-10.5



THROUGH = ("U.S. retail sales of Class 8 trucks totaled 20,418 units in October. Through October, retail sales reached "
           "198,460 units, down 9.6% on the same period of 2025.\n\nRetail sales by brand, October 2026:\n\n"
           "    Brand          Units\n    Freightliner   7,512\n    Peterbilt      3,021\n    Kenworth       2,864\n"
           "    Others         7,021\n    Total         20,418\n\n"
           "PACCAR's two brands, Peterbilt and Kenworth, together took {share}% of the market.\n")


def test_a_level_through_a_month_is_the_year_to_date_never_that_months_total():
    # (3,021 + 2,864) / 20,418 = 28.82%; the 198,460 of January to October is no total of October's
    found = shares(checks(THROUGH.format(share="28.8"), "2026-11-05"))
    assert [(verdict, texts[0], texts[-1]) for verdict, texts in found] == [("ok", "28.8%", "20,418")]
    found = shares(checks(THROUGH.format(share="26.8"), "2026-11-05"))
    assert [(verdict, texts[0], texts[-1]) for verdict, texts in found] == [("mismatch", "26.8%", "20,418")]


def test_a_share_of_all_new_cars_after_an_opener_of_a_segment_is_of_the_market():
    text = ("Amsterdam, 2 July 2026 - Registrations of new passenger cars rose 4.3 percent in June to 34,612.\n\n"
            "Private buyers registered 12,980 cars. Of those private registrations, 3,902 were private lease contracts, which "
            "made up 30.1 percent of the private channel and {share} percent of all new cars.\n")
    # 3,902 / 34,612 = 11.27%: "of all new cars" names its whole, whatever the sentence opened with
    assert [(s, t[-1]) for s, t in checked(text.format(share="11.3"), "2026-07-02", "share") if t[0] == "11.3 percent"] == [("ok", "34,612")]
    assert [(s, t[-1]) for s, t in checked(text.format(share="13.3"), "2026-07-02", "share") if t[0] == "13.3 percent"] == [("mismatch", "34,612")]


UNREAD_PART = ("Jakarta, 14 August 2026 - For January-July, wholesales reached 462,908 units, the association said.\n\n"
             "Japanese brands still dominate, with 372,514 units, or 80.5% of wholesales in the period. The low-cost segment "
             "accounted for 98,412 units, {share}% of the total.\n")


def test_a_share_of_the_total_is_never_of_an_unread_part_the_text_gives_as_a_share():
    # 372,514 / 462,908 = 80.47%; 98,412 / 462,908 = 21.26%; 98,412 / 372,514 = 26.42% (of the Japanese brands, which "the
    # total" is not)
    for share, status in (("21.3", "ok"), ("21", "ok"), ("26.4", "mismatch")):
        found = checked(UNREAD_PART.format(share=share), "2026-08-14", "share")
        assert set(found) == {("ok", ("80.5%", "372,514 units", "462,908 units")),
                              (status, (f"{share}%", "98,412 units", "462,908 units"))}
    # after July's own wholesales, the brands' and the segment's units read as July's: the period's whole is not theirs,
    # and the share is left unchecked rather than taken of the brands
    july = UNREAD_PART.replace("- For", "- Wholesales fell 4.8% year on year to 71,286 units in July.\n\nFor")
    for share in ("21.3", "26.4"):
        assert [t for _, t in checked(july.format(share=share), "2026-08-14", "share") if t[0] == f"{share}%"] == []


ELECTRIC = ("Paris, 2 October 2026 - 138,260 new cars were registered in September.\n\nBattery-electric cars continued to advance, "
            "with 28,790 registrations, or 20.8% of the total. Arvel alone registered 9,870 of them, {share}% of all electric cars.\n")


def test_a_segments_level_given_as_a_share_is_still_the_whole_of_its_own_parts():
    # 9,870 / 28,790 = 34.28%
    assert ("ok", ("34.3%", "9,870", "28,790 registrations")) in checked(ELECTRIC.format(share="34.3"), "2026-10-02", "share")
    assert ("mismatch", ("38.3%", "9,870", "28,790 registrations")) in checked(ELECTRIC.format(share="38.3"), "2026-10-02", "share")


GULF = ("DUBAI, 10 July 2026 - The region's dealers delivered 658,420 cars between January and June.\n\n"
        "| Market | H1 2026 | H1 2025 |\n|---|---:|---:|\n| Saudi Arabia | 392,600 | 371,150 |\n| UAE | 138,400 | 129,800 |\n"
        "| Others | 127,420 | 118,900 |\n\n"
        "Chinese brands sold 151,430 vehicles in the region, a {region} share. In Saudi Arabia they sold 98,150, or 25.0%.\n")


def test_a_share_in_a_named_market_is_never_of_the_regions_whole():
    # 98,150 is 25.0% of Saudi Arabia's 392,600 and 14.9% of the region's 658,420: never flagged against the region
    found = checked(GULF.format(region="23.0%"), "2026-07-10")
    assert not [c for c in found if c[1] == "mismatch" and "98,150" in c[2]]
    # the region's own share still checks against the region: 151,430 / 658,420 = 23.0%
    assert ("share", "ok", ("23.0%", "151,430 vehicles", "658,420 cars")) in found
    assert ("share", "mismatch", ("32.0%", "151,430 vehicles", "658,420 cars")) in checked(GULF.format(region="32.0%"), "2026-07-10")


UTILITY = ("NEW DELHI, 15 October 2026 - Manufacturers dispatched 3,86,214 passenger vehicles to dealers in September.\n\n"
           "{subject} reached 2,51,430, or {share}% of the passenger-vehicle total.\n")


@pytest.mark.parametrize("subject", ["Utility vehicle dispatches", "UV dispatches"])
@pytest.mark.parametrize("share, status", [("65.1", "ok"), ("65", "ok"), ("75.1", "mismatch")])
def test_indias_utility_vehicles_are_the_suv_segment_of_passenger_vehicles(subject, share, status):
    """2,51,430 / 3,86,214 = 65.10% ("65" as a whole percent): utility vehicles, India's SUVs and MUVs, are a segment of
    the passenger vehicles, as SUVs are."""
    found = checked(UTILITY.format(subject=subject, share=share), "2026-10-15", "share")
    assert found == [(status, (f"{share}%", "2,51,430", "3,86,214 passenger vehicles"))]


def test_a_target_that_is_a_percent_is_no_share_of_the_months_figures():
    text = ("London, 5 March 2026\n\nQ: How big was the February market?\n\nA: 91,482 new cars, against 84,816 in February 2025, "
            "a rise of 7.9%.\n\nQ: And electric cars?\n\nA: Battery electric cars took {share}% of registrations. In volume terms, "
            "24,663 BEVs were registered.\n\nQ: What does the mandate ask for?\n\nA: The 2026 headline target under the Zero "
            "Emission Vehicle mandate is 34% of new cars.\n")
    assert shares(checks(text.format(share="27.0"), "2026-03-05")) == [("ok", ("27.0%", "24,663 BEVs", "91,482 new cars"))]
    assert shares(checks(text.format(share="29.0"), "2026-03-05")) == [("mismatch", ("29.0%", "24,663 BEVs", "91,482 new cars"))]


@pytest.mark.parametrize("share, status", [("31.5", "ok"), ("32", "ok"), ("20.6", "mismatch")])
def test_that_was_a_share_of_the_level_never_of_the_value_it_was_compared_with(share, status):
    text = ("Singapore, 19 November 2026\n\nCell makers shipped 168.2 GWh to energy-storage customers in the third quarter, "
            f"52.6% more than the 110.2 GWh a year earlier, and that was {share}% of their total output of 534 GWh.\n")
    found = [c for c in shares(checks(text, "2026-11-19")) if c[1][0] == f"{share}%"]
    assert found == [(status, (f"{share}%", "168.2 GWh", "534 GWh"))]


@pytest.mark.parametrize("share, status", [("69.6", "ok"), ("70", "ok"), ("66.9", "mismatch")])
def test_a_share_of_a_full_year_target_named_by_its_figure_is_of_that_target(share, status):
    text = ("Shanghai, 2 October 2026\n\nHengrui has delivered 431,806 vehicles since January, or {s}% of its full-year "
            "target of 620,000.\n")
    assert shares(checks(text.format(s=share), "2026-10-02")) == [(status, (f"{share}%", "431,806 vehicles", "620,000"))]
    later = text.format(s=share).replace("full-year target", "2027 target")
    assert shares(checks(later, "2026-10-02")) == []  # this year's deliveries are no part of next year's target


CHANNEL_BEVS = ("UK new car registrations, September 2026\nPublished 6 October 2026\n\n"
                "The market grew, with 341,268 registrations against 318,540 in the same month last year. "
                "Private buyers registered 139,812 cars (2025: 131,407).\n\n"
                "Private buyers registered 31,486 battery electric cars, accounting for {share}% of {whole}.\n")


@pytest.mark.parametrize("share, status", [("9.2", "ok"), ("9.23", "ok"), ("9.3", "mismatch"), ("22.5", "mismatch")])
def test_two_qualifiers_share_of_the_months_registrations_is_of_the_whole_market(share, status):
    # 31,486 / 341,268 = 9.226%: the words name the month's registrations, never the private buyers' 139,812 (22.52%);
    # a share far from the computed one is flagged (a wrong base), as the words leave no other whole
    found = shares(checks(CHANNEL_BEVS.format(share=share, whole="the month's registrations"), "2026-10-06"))
    assert found == [(status, (f"{share}%", "31,486 battery electric cars", "341,268 registrations"))]


@pytest.mark.parametrize("whole", ["private registrations", "the total", "them", "the segment"])
def test_two_qualifiers_share_of_a_whole_the_words_do_not_name_as_the_market_is_not_of_the_market(whole):
    # "of private registrations" is the private buyers' 139,812 (22.52%), "of the total" and "of the segment" could be either
    found = shares(checks(CHANNEL_BEVS.format(share="22.5", whole=whole), "2026-10-06"))
    assert not [f for f in found if "341,268 registrations" in f[1]]


@pytest.mark.parametrize("words", ["a {share}% share", "a registrations share of {share}%"])
def test_a_two_qualifiers_share_with_no_whole_named_after_it_takes_no_whole(words):
    text = CHANNEL_BEVS.replace("accounting for {share}% of {whole}", words).format(share="9.2")
    assert not [f for f in shares(checks(text, "2026-10-06")) if f[1][0] == "9.2%"]


QUARTERLY = ("PARIS, July 3 (Wire) - Aurelis Automobiles delivered 84,316 vehicles in the second quarter, the carmaker said.\n\n"
             "Battery-electric models accounted for {share}% of the {whole}. Aurelis sold 51,223 fully electric cars.\n")


@pytest.mark.parametrize("whole", ["quarterly total", "weekly total", "quarter's total"])
@pytest.mark.parametrize("share, status", [("60.8", "ok"), ("60.75", "ok"), ("61", "ok"), ("61.5", "mismatch")])
def test_a_share_of_the_quarterly_total_is_of_the_plain_total(whole, share, status):
    # 51,223 / 84,316 = 60.751%: "61" holds it at its rounding; "quarterly" and "weekly" name when, not what
    found = shares(checks(QUARTERLY.format(share=share, whole=whole), "2026-07-03"))
    assert found == [(status, (f"{share}%", "51,223 fully electric cars", "84,316 vehicles"))]


def test_a_share_of_a_total_the_words_qualify_is_not_of_the_plain_total():
    found = shares(checks(QUARTERLY.format(share="60.8", whole="quarterly dealer total"), "2026-07-03"))
    assert not found


OUTPUT = ("ISTANBUL, 20 January 2026 - Turkish vehicle output fell 1.1% to 1,352,410 vehicles in 2025 from 1,368,112. "
          "Exports slipped 2.3% to 1,016,744 units from 1,040,676{clause}.\n")


@pytest.mark.parametrize("verb", ["but still represented", "but accounted for", "yet made up", "but still took"])
@pytest.mark.parametrize("share, status", [("75.2", "ok"), ("75.18", "ok"), ("75", "ok"), ("75.4", "mismatch"), ("57.2", "mismatch")])
def test_a_share_in_a_but_clause_with_no_subject_is_the_sentence_subjects(verb, share, status):
    # 1,016,744 / 1,352,410 = 75.18%: "75" holds it at its rounding, "75.4" is 0.2 points out
    found = shares(checks(OUTPUT.format(clause=f", {verb} {share}% of output"), "2026-01-20"))
    assert found == [(status, (f"{share}%", "1,016,744 units", "1,352,410 vehicles"))]


@pytest.mark.parametrize("clause", [
    ", but cars represented 52.6% of output",  # a subject of its own: the cars', a figure the text never gives
    ", but that was still 75.2% of the 2024 level",  # of another whole
])
def test_a_but_clause_with_a_subject_of_its_own_is_no_share_of_the_sentence_subject(clause):
    assert not [f for f in shares(checks(OUTPUT.format(clause=clause), "2026-01-20")) if "1,016,744 units" in f[1]]
TWO_COUNTRIES = ("ISTANBUL, 5 May 2026 - Two markets, two stories.\n\n"
                 "Sales of passenger cars and light commercial vehicles in Turkey reached 96,482 units in April. Cars "
                 "accounted for 78,915 of them, and light commercials for 17,567.\n\n"
                 "Battery-electric cars did most of the work. Their sales rose 62.3% to 15,716, lifting the electric share of "
                 "the car market to {share}%.{same}\n\n"
                 "{poland}")
POLAND = "Poland was quieter. Buyers registered 51,274 passenger cars in April, of which 3,846 were battery-electric.\n"


@pytest.mark.parametrize("share, status", [("19.9", "ok"), ("19.92", "ok"), ("20", "ok"), ("20.1", "mismatch"), ("16.3", "mismatch")])
def test_a_share_takes_the_whole_already_stated_where_another_fits_only_paragraphs_after(share, status):
    # 15,716 / 78,915 = 19.915%: "20" holds it at its rounding, "20.1" is 0.19 points out; Poland's 51,274 cars come after
    found = shares(checks(TWO_COUNTRIES.format(share=share, same="", poland=POLAND), "2026-05-05"))
    assert [f for f in found if f[1][0] == f"{share}%"] == [(status, (f"{share}%", "15,716", "78,915"))]


def test_a_share_with_another_whole_in_its_own_paragraph_stays_unchecked():
    text = TWO_COUNTRIES.format(share="19.9", same=" In Poland buyers registered 51,274 passenger cars.", poland="")
    assert not [f for f in shares(checks(text, "2026-05-05")) if f[1][0] == "19.9%"]


def test_a_share_with_two_wholes_stated_before_it_stays_unchecked():
    text = TWO_COUNTRIES.replace("Two markets, two stories.", "Poland's buyers registered 51,274 passenger cars in April.").format(
        share="19.9", same="", poland="")
    assert not [f for f in shares(checks(text, "2026-05-05")) if f[1][0] == "19.9%"]


MODELS = ("STOCKHOLM, 5 October 2026 - Norrvik Automotive delivered 49,030 cars in the first nine months of 2026.\n\n"
          "The Fjell SUV accounted for 29,880 of the nine-month deliveries, and the Strand hatchback for the other 19,150. "
          "{sentence}\n")


@pytest.mark.parametrize("share, status", [("37.0", "ok"), ("37", "ok"), ("37.00", "ok"), ("37.3", "mismatch")])
def test_the_other_part_is_never_the_total_a_share_of_the_total_is_of(share, status):
    # 18,140 / 49,030 = 36.998%; of the Strand's 19,150 it would be 94.7%
    found = shares(checks(MODELS.format(sentence=f"Leasing accounted for 18,140 deliveries, {share}% of the total."), "2026-10-05"))
    assert [f for f in found if f[1][0] == f"{share}%"] == [(status, (f"{share}%", "18,140 deliveries", "49,030 cars"))]
    # where the only whole before the share is the other part, the share stays unchecked (the total comes after it)
    later = MODELS.replace(" delivered 49,030 cars in the first nine months of 2026", " reported its nine-month deliveries")
    later = later.format(sentence=f"Leasing accounted for 18,140 deliveries, {share}% of the total. Deliveries reached 49,030.")
    assert not [f for f in shares(checks(later, "2026-10-05")) if f[1][2] == "19,150"]


@pytest.mark.parametrize("share, status", [("54.5", "ok"), ("54.48", "ok"), ("55.5", "mismatch")])
def test_the_other_part_is_the_whole_of_a_share_that_names_it(share, status):
    text = ("SHANGHAI, 20 August 2026 - Lanqiao delivered 118,460 vehicles in the second quarter. Domestic buyers took 97,830 "
            f"of those cars. The other 20,630 went abroad. Europe absorbed 11,240 of the overseas total, or {share}%.\n")
    found = shares(checks(text, "2026-08-20"))
    assert [f for f in found if f[1][0] == f"{share}%"] == [(status, (f"{share}%", "11,240", "20,630"))]


SEGMENTS = ("SYDNEY, 5 August 2026 - Australians bought 98,716 new vehicles in July, official figures showed.\n\n"
            "By segment, SUVs took 59,020 sales, or 59.8 per cent of the market, and light commercial vehicles such as utes and "
            "vans 21,430, or {share} per cent.\n")


@pytest.mark.parametrize("share, status", [("21.7", "ok"), ("21.71", "ok"), ("22", "ok"), ("22.2", "mismatch")])
def test_a_vans_share_is_never_of_the_suvs_beside_it(share, status):
    # 21,430 / 98,716 = 21.709%: "22" holds it at its rounding, "22.2" is 0.49 points out; of the SUVs' 59,020 it is 36.3%
    found = shares(checks(SEGMENTS.format(share=share), "2026-08-05"))
    assert [f for f in found if f[1][0] == f"{share} per cent"] == [(status, (f"{share} per cent", "21,430", "98,716 new vehicles"))]


UZAUTO = ("TASHKENT, 14 October 2026 - UzAuto Motors produced 312,480 vehicles in the first nine months of 2026.\n\n"
          "Domestic demand held up as car loans became cheaper.\n\n"
          "Exports reached 48,615 vehicles, or {share} percent of production.\n\n"
          "{later}\n")
LATER = "At full shifts the Asaka plant would have produced 367,214 vehicles in the first nine months of 2026."


@pytest.mark.parametrize("share, status", [("15.6", "ok"), ("15.56", "ok"), ("16", "ok"), ("16.1", "mismatch")])
def test_a_share_of_a_named_metric_takes_the_one_whole_met_paragraphs_before(share, status):
    # 48,615 / 312,480 = 15.558%: "16" holds it at its rounding, "16.1" is 0.54 points out; the other production figure
    # comes paragraphs after the share
    found = shares(checks(UZAUTO.format(share=share, later=LATER), "2026-10-14"))
    assert [f for f in found if f[1][0] == f"{share} percent"] == [(status, (f"{share} percent", "48,615 vehicles", "312,480 vehicles"))]


def test_a_share_with_a_whole_after_it_in_its_own_paragraph_stays_unchecked():
    text = UZAUTO.format(share="15.6", later="").replace("of production.", "of production. " + LATER)
    assert not [f for f in shares(checks(text, "2026-10-14")) if f[1][0] == "15.6 percent"]


FORECAST = ("LONDON, 7 April 2026 - Britain's new car market grew in March.\n\n"
            "| March | 2026 | 2025 |\n|---|---:|---:|\n| Private | 133,488 | 135,918 |\n| Fleet | 176,905 | 161,204 |\n"
            "| Total | 318,742 | 305,413 |\n\n"
            "The first quarter as a whole saw 522,470 cars registered. BEVs took 21.4% of them, or 111,703, well short of what "
            "manufacturers need this year.\n\n"
            "The council expects 2.05 million registrations this year, with BEVs at 24.5% of the full-year market.\n")


def test_a_forecast_share_is_of_no_level_the_article_reports():
    # 24.5% is a share the council expects for the full year: never 111,703 of the March total (35.0%)
    found = shares(checks(FORECAST, "2026-04-07"))
    assert not [f for f in found if f[1][0] == "24.5%"]
    assert ("ok", ("21.4%", "111,703", "522,470 cars")) in found


@pytest.mark.parametrize("share, status", [("35.8", "ok"), ("35.85", "ok"), ("36", "ok"), ("45.8", "mismatch")])
def test_a_forecast_share_of_the_forecasts_stated_just_before_it(share, status):
    # 7.75 / 21.62 = 35.85%: "36" holds it; the "about" of both forecasts widens them, so only a share well off, "45.8", is flagged
    text = ("Retail sales of passenger cars in China are expected to reach about 2.27 million units in December, the China "
            "Passenger Car Association said.\n\n"
            "For the full year, passenger car retail sales are forecast at about 21.62 million units, an increase of 5.2%, and "
            f"NEV retail sales at about 7.75 million, up 36.5%. The NEV penetration rate for the year would thus be {share}%.\n")
    assert [f for f in shares(checks(text, None)) if f[1][0] == f"{share}%"] == [
        (status, (f"{share}%", "7.75 million", "21.62 million units"))]


BRACKETED = ("PARIS, 1 October 2026 - Dealers registered 1.31 million cars in the first nine months, against 1.27 million a "
             "year earlier, the association said.\n\nKey figures (first nine months of 2025 in brackets):\n"
             "- Private buyers: 0.54 million registrations (0.56 million), a {share}% share of the market (44.1%)\n"
             "- Companies: 0.77 million registrations (0.71 million), a 58.8% share (55.9%)\n")


def test_a_list_lines_level_before_its_bracketed_year_earlier_value_is_the_part_its_share_restates():
    # 0.54 / 1.31 = 41.22%; at the stated roundings 0.535/1.315 to 0.545/1.305 is 40.68% to 41.76%: "41.5%" overlaps though
    # the midpoint lies outside it, "42.0%" does not
    for share, status in (("41.2", "ok"), ("41.5", "ok"), ("42.0", "mismatch"), ("44.1", "mismatch")):
        found = shares(checks(BRACKETED.format(share=share), "2026-10-01"))
        assert (status, (f"{share}%", "0.54 million registrations", "1.31 million cars")) in found, (share, found)


def test_a_bracket_holding_more_than_the_year_earlier_value_restates_nothing():
    text = BRACKETED.replace("(0.56 million)", "(0.56 million, a record)").format(share="41.2")
    assert not [c for c in shares(checks(text, "2026-10-01")) if c[1][0] == "41.2%"]


OF_THOSE_THAT_IS = ("UTRECHT, 12 January 2026 - At the end of December we had 8,642 cars on the road for our customers. "
                    "{opening} 6,137 are fully electric. That is {share}% of the total.\n")


def test_that_is_after_of_those_n_restates_the_part_the_sentence_before_gives():
    # 6,137 / 8,642 = 71.01%
    for share, status in (("71.0", "ok"), ("75.0", "mismatch")):
        found = shares(checks(OF_THOSE_THAT_IS.format(opening="Of those 8,642 cars,", share=share), "2026-01-12"))
        assert found == [(status, (f"{share}%", "6,137", "8,642 cars"))], found


def test_that_is_after_two_levels_without_of_those_stays_unchecked():
    found = shares(checks(OF_THOSE_THAT_IS.format(opening="Of those, 1,210 are vans and", share="71.0"), "2026-01-12"))
    assert not [c for c in found if c[1][0] == "71.0%"]


RATED_ON = ("LONDON, 6 October 2026 - Year to date, 1,512,406 new cars have been registered, up 3.5% on the 1,461,902 of "
            "the first nine months of 2025. Battery-electric cars make up 344,829 of those, or {share}%.\n")


def test_of_those_after_a_rate_on_an_earlier_amount_is_of_this_years_level():
    # 344,829 / 1,512,406 = 22.80%; of the 1,461,902 compared with it would be 23.59%
    assert shares(checks(RATED_ON.format(share="22.8"), "2026-10-06")) == [("ok", ("22.8%", "344,829", "1,512,406 new cars"))]
    assert shares(checks(RATED_ON.format(share="23.6"), "2026-10-06")) == [("mismatch", ("23.6%", "344,829", "1,512,406 new cars"))]


def test_a_beat_by_an_amount_and_a_percent_is_no_share_of_the_aggregate():
    text = ("Second-quarter delivery numbers are now in for the five EV makers we cover. In aggregate they delivered "
            "699,398 vehicles.\n\n1. Arcadia. The bellwether beat by 13,820 units, or 3.5%, and now leads the group.\n")
    assert not [c for c in shares(checks("7 July 2026\n\n" + text, "2026-07-07")) if c[1][0] == "3.5%"]


TWO_MARKETS = ("SAO PAULO, 3 June 2026 - Light-vehicle registrations in Brazil rose 7.2% in May to 218,406 units. Imports "
               "supplied 41,372 of them.\n\n{heading}\n\nMexico's light-vehicle sales climbed 5.1% to 118,653 from 112,940.\n\n"
               "Imported vehicles totalled 71,926, which is {share}% of sales.\n")


def test_a_share_under_a_capitals_heading_is_of_its_sections_market():
    # 71,926 / 118,653 = 60.62%; of Brazil's 218,406 it would be 32.93%
    for share, status in (("60.6", "ok"), ("65.6", "mismatch")):
        found = shares(checks(TWO_MARKETS.format(heading="MEXICO", share=share), "2026-06-03"))
        assert found == [(status, (f"{share}%", "71,926", "118,653"))], (share, found)


def test_without_the_heading_the_two_markets_leave_the_share_unchecked():
    found = shares(checks(TWO_MARKETS.format(heading="Elsewhere in the region, demand held up.", share="60.6"), "2026-06-03"))
    assert not [c for c in found if c[1][0] == "60.6%"]


BRANDS = ("SAO PAULO, 3 June 2026 - Light-vehicle registrations in Brazil rose 7.2% in May to 218,406 units.\n\nMEXICO\n\n"
          "Mexico's light-vehicle sales climbed 5.1% to 118,653 from 112,940, but {who} went the other way. Their sales fell "
          "8.9% to 22,318 from 24,507, giving them {share}% of the market.\n")


def test_their_after_a_trailing_clause_is_its_subject_and_the_market_its_sections():
    # 22,318 / 118,653 = 18.81%: the Chinese brands' share of Mexico's market, however far the stated share lies
    for share, status in (("18.8", "ok"), ("31.0", "mismatch")):
        found = shares(checks(BRANDS.format(who="Chinese brands", share=share), "2026-06-03"))
        assert found == [(status, (f"{share}%", "22,318", "118,653"))], (share, found)


def test_their_after_a_trailing_clause_the_lexicon_cannot_read_stays_unchecked():
    found = shares(checks(BRANDS.format(who="the new arrivals", share="31.0"), "2026-06-03"))
    assert not [c for c in found if c[1][0] == "31.0%"]


PRICES = ("New York, 25 February 2026\n\nPrices remain high. Crestline puts the average transaction price at $49,215, up 1.8% "
          "from a year earlier.\n\nDiscounts are growing. Incentive spending per vehicle is forecast to average $3,460, equal "
          "to {share}% of the {kind} price.\n")


def test_an_amount_as_a_share_of_the_price_the_words_named_before():
    # 3,460 / 49,215 = 7.030%
    assert ("ok", ("7.0%", "$3,460", "$49,215")) in shares(checks(PRICES.format(share="7.0", kind="transaction"), "2026-02-25"))
    assert ("ok", ("7.03%", "$3,460", "$49,215")) in shares(checks(PRICES.format(share="7.03", kind="transaction"), "2026-02-25"))
    assert ("mismatch", ("7.06%", "$3,460", "$49,215")) in shares(checks(PRICES.format(share="7.06", kind="transaction"), "2026-02-25"))
    assert ("mismatch", ("9.0%", "$3,460", "$49,215")) in shares(checks(PRICES.format(share="9.0", kind="transaction"), "2026-02-25"))


def test_a_share_of_a_price_of_another_kind_or_of_two_values_stays_unchecked():
    assert not [s for s in shares(checks(PRICES.format(share="7.0", kind="sticker"), "2026-02-25")) if s[1][0] == "7.0%"]
    two = PRICES.format(share="7.0", kind="transaction").replace("up 1.8% from a year earlier", "against an average transaction "
                                                                 "price of $48,345 a year earlier")
    assert not [s for s in shares(checks(two, "2026-02-25")) if s[1][0] == "7.0%"]
