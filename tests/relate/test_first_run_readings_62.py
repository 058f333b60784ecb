"""Readings behind session 62's changes (tables and lists beside the prose that gives their rates): each with the case it
checks, the case it must flag, a rounding edge, and the near miss it must leave alone."""

from __future__ import annotations

import pytest

from conftest import checked, edited

BRANDS = ("Ljubljana, 4 August 2026\n\nRegistrations of new passenger cars in Slovenia rose {rate} in July, the importers' "
          "association said on Monday. Its members and the domestic makers together registered the following cars by "
          "brand:\n\n| Brand | July 2026 | July 2025 |\n|---|---:|---:|\n| Arvena | 1,912 | 1,840 |\n| Brask | 1,205 | 1,266 |\n"
          "| Other brands | 2,531 | 2,412 |\n| Total | 5,648 | 5,518 |\n\nArvena's volume was {brand} higher than a year "
          "earlier.\n")


@pytest.mark.parametrize(("rate", "status"), [("2.4%", "ok"), ("2%", "ok"), ("2.9%", "mismatch")])
def test_a_long_lead_ending_on_a_colon_says_what_the_table_counts(rate, status):
    """The last sentence of a long paragraph that leads into the table ("… registered the following cars by brand:") says
    the table counts registrations, so the lead's rate is its Total row's (5,518 to 5,648 is +2.36%; "2%" holds)."""
    found = checked(BRANDS.format(rate=rate, brand="3.9%"), "2026-08-04", rule="growth")
    assert (status, (rate, "5,648", "5,518")) in found


@pytest.mark.parametrize(("brand", "status"), [("3.9%", "ok"), ("4%", "ok"), ("9.3%", "mismatch")])
def test_who_registered_the_cars_frames_no_segment_of_the_table(brand, status):
    """"the domestic makers" say who counted, not which cars: a brand's rate is its row's (1,840 to 1,912 is +3.91%)."""
    found = checked(BRANDS.format(rate="2.4%", brand=brand), "2026-08-04", rule="growth")
    assert (status, (brand, "1,912", "1,840")) in found


def test_a_lead_ending_on_a_full_stop_names_no_table():
    text = edited(BRANDS.format(rate="2.9%", brand="3.9%"), "the following cars by brand:", "the cars shown below.")
    assert not [t for s, t in checked(text, "2026-08-04", rule="growth") if "2.9%" in t]


PLANTS = ("Bratislava, 20 January 2026\n\nPassenger cars completed in 2025, with 2024 in brackets:\n\n"
          "1. Orava Auto, Martin (Slovakia): 214,300 (206,850)\n2. Danube Motor, Győr (Hungary): 198,700 (201,400)\n"
          "3. Silesia Cars, Tychy (Poland): 151,200 (149,900)\n\nMartin stayed on top, with output up {rate} after a third "
          "shift was added.\n")


@pytest.mark.parametrize(("rate", "status"), [("3.6%", "ok"), ("4%", "ok"), ("3.2%", "mismatch")])
def test_a_plant_named_alone_is_its_line_of_maker_and_plant(rate, status):
    """"Martin … with output up 3.6%" beside "1. Orava Auto, Martin (Slovakia): 214,300 (206,850)": the line whose name
    has Martin as one of its parts (206,850 to 214,300 is +3.60%)."""
    found = checked(PLANTS.format(rate=rate), "2026-01-20", rule="growth")
    assert (status, (rate, "214,300", "206,850")) in found


def test_a_maker_with_two_plants_on_the_list_is_left_alone():
    text = edited(PLANTS.format(rate="3.6%"), "2. Danube Motor, Győr (Hungary)", "2. Orava Auto, Žilina (Slovakia)")
    text = edited(text, "Martin stayed on top, with output", "Orava Auto stayed on top, with output")
    assert not [t for s, t in checked(text, "2026-01-20", rule="growth") if "3.6%" in t]


COUNTRIES = ("Vienna, 12 August 2026\n\nFirst-half registrations of new cars, by country:\n\n| Country | H1 2026 | H1 2025 |\n"
             "|---|---:|---:|\n| Austria | 120,400 | 115,200 |\n| Portugal | 98,300 | 94,100 |\n| Total | 218,700 | 209,300 |\n\n"
             "Austria, the larger market, accounted for 55.1% of the total after its registrations rose {austria}. In "
             "Portugal, registrations increased {portugal} on fleet renewals.\n")


@pytest.mark.parametrize(("rate", "status"), [("4.5%", "ok"), ("4%", "ok"), ("5.4%", "mismatch")])
def test_what_drove_a_rate_is_no_segment_of_it(rate, status):
    """"registrations increased 4.5% on fleet renewals": the fleet renewals are the cause, Portugal's row the rate's
    (94,100 to 98,300 is +4.46%)."""
    found = checked(COUNTRIES.format(austria="4.5%", portugal=rate), "2026-08-12", rule="growth")
    assert (status, (rate, "98,300", "94,100")) in found


def test_a_rate_of_fleet_registrations_is_not_the_countrys_row():
    text = edited(COUNTRIES.format(austria="4.5%", portugal="5.4%"), "In Portugal, registrations increased",
                  "In Portugal, fleet registrations increased")
    assert not [t for s, t in checked(text, "2026-08-12", rule="growth") if "5.4%" in t]


@pytest.mark.parametrize(("rate", "status"), [("4.5%", "ok"), ("5%", "ok"), ("5.4%", "mismatch")])
def test_the_total_as_the_whole_of_a_share_leaves_the_named_rows_rate_its_own(rate, status):
    """"Austria … accounted for 55.1% of the total after its registrations rose 4.5%": "the total" is the share's whole,
    the rate Austria's (115,200 to 120,400 is +4.51%)."""
    found = checked(COUNTRIES.format(austria=rate, portugal="4.5%"), "2026-08-12", rule="growth")
    assert (status, (rate, "120,400", "115,200")) in found


REGIONS = ("Lyon, 28 July 2026\n\nOrvelle, the brake maker, reported second-quarter results on {group}.\n\n"
           "Sales by region, € million\n\n| Region | Q2 2026 | Q2 2025 |\n|---|---:|---:|\n| Europe | 912 | 884 |\n"
           "| North America | 640 | 671 |\n| Asia-Pacific | 318 | 287 |\n| Group | 1,870 | 1,842 |\n\nEurope, which made 48.8% "
           "of group sales, grew {europe}. North America slipped 4.6%, while Asia-Pacific was the fastest-growing region, up "
           "{asia}. At constant exchange rates group sales rose 2.9%.\n")


@pytest.mark.parametrize(("europe", "asia", "status"), [("3.2%", "10.8%", "ok"), ("3%", "11%", "ok"), ("2.3%", "18.0%", "mismatch")])
def test_a_regions_rate_after_the_group_as_a_shares_whole_and_after_another_region(europe, asia, status):
    """"Europe, which made 48.8% of group sales, grew 3.2%" (884 to 912, +3.17%); "North America slipped 4.6%, while
    Asia-Pacific …, up 10.8%" (287 to 318, +10.80%): the row named last before the rate."""
    found = checked(REGIONS.format(group="Tuesday", europe=europe, asia=asia), "2026-07-28", rule="growth")
    assert (status, (europe, "912", "884")) in found
    assert (status, (asia, "318", "287")) in found


def test_a_rate_at_constant_exchange_rates_is_left_alone():
    found = checked(REGIONS.format(group="Tuesday", europe="3.2%", asia="10.8%"), "2026-07-28", rule="growth")
    assert not [t for s, t in found if "2.9%" in t]


def test_a_segments_volume_after_its_share_is_not_the_totals_rate():
    """"Hybrids came to 9,120 units. That gave them 21.4% of exports, …, with volume up 17.2%": the hybrids' volume, never
    the Total row of a table of regions."""
    text = ("Seoul, 15 October 2026\n\nCarmakers exported 42,610 vehicles in September.\n\n| Region | Sep 2026 | Sep 2025 |\n"
            "|---|---:|---:|\n| North America | 20,310 | 19,120 |\n| Europe | 22,300 | 21,790 |\n| Total | 42,610 | 40,910 |\n\n"
            "Hybrids came to 9,120 units. That gave them 21.4% of exports, against 19.0% a year earlier, with volume up 17.2%.\n")
    assert not [t for s, t in checked(text, "2026-10-15", rule="growth") if "17.2%" in t]


def test_a_rate_with_its_earlier_value_in_its_own_sentence_keeps_the_prose_values():
    """"revenue of ¥18.42 trillion …, an increase of 6.1% on the ¥17.36 trillion recorded in FY2024" above a table of
    regions with a Total row: the prose's own two values."""
    text = ("Tokyo, 12 May 2026\n\nKaiden Motor reported sales revenue of ¥18.42 trillion for FY2025, an increase of 6.1% on "
            "the ¥17.36 trillion recorded in FY2024.\n\nSales revenue by region\n\n| Region | FY2025 | FY2024 |\n|---|---:|---:|\n"
            "| Japan | ¥4.86 trillion | ¥4.71 trillion |\n| North America | ¥6.12 trillion | ¥5.78 trillion |\n"
            "| Other regions | ¥7.44 trillion | ¥6.87 trillion |\n| Total | ¥18.42 trillion | ¥17.36 trillion |\n")
    found = checked(text, "2026-05-12", rule="growth")
    assert ("ok", ("6.1%", "¥18.42 trillion", "¥17.36 trillion")) in found


RANKING = ("Singapore, 4 November 2026\n\nBattery installations worldwide in the first nine months of 2026 came to 1,048.6 GWh. "
           "That is the equivalent of 3.8 GWh every day. Here is how the largest makers ranked, with their installations a "
           "year earlier in brackets and their share of the world market:\n\n1. Qiantang Power (China): 398.2 GWh (307.5 GWh), "
           "{share}\n2. Hanbit Cell (South Korea): 64.9 GWh (60.8 GWh), 6.2%\n3. Xinghe Cell (China): 52.9 GWh (36.4 GWh), 5.0%\n\n"
           "Xinghe Cell was the fastest-growing company in the top three, up {rate}.\n")


@pytest.mark.parametrize(("rate", "status"), [("45.3%", "ok"), ("45%", "ok"), ("54.3%", "mismatch")])
def test_a_legend_that_goes_on_after_its_brackets_dates_them(rate, status):
    """"with their installations a year earlier in brackets and their share of the world market:": the bracketed values
    are the year before's (36.4 to 52.9 GWh is +45.33%)."""
    found = checked(RANKING.format(share="38.0%", rate=rate), "2026-11-04", rule="growth")
    assert (status, (rate, "52.9 GWh", "36.4 GWh")) in found


@pytest.mark.parametrize(("share", "status"), [("38.0%", "ok"), ("38%", "ok"), ("33.0%", "mismatch")])
def test_a_share_after_a_bracketed_earlier_value_is_the_lines_level(share, status):
    """"398.2 GWh (307.5 GWh), 38.0%": the share of the line's level, of the world total (37.97%), the pace of "3.8 GWh
    every day" no whole."""
    found = checked(RANKING.format(share=share, rate="45.3%"), "2026-11-04", rule="share")
    assert (status, (share, "398.2 GWh", "1,048.6 GWh")) in found


def test_a_pace_a_day_is_read_as_every_day():
    text = edited(RANKING.format(share="38.0%", rate="45.3%"), "3.8 GWh every day", "3.8 GWh a day")
    assert ("ok", ("38.0%", "398.2 GWh", "1,048.6 GWh")) in checked(text, "2026-11-04", rule="share")


def test_batteries_opening_a_sentence_are_no_makers_name():
    """"Batteries installed worldwide … came to 1,048.6 GWh": a plural noun in capitals, the world total, never a maker's."""
    text = edited(RANKING.format(share="38.0%", rate="45.3%"), "Battery installations worldwide", "Batteries installed worldwide")
    assert ("ok", ("38.0%", "398.2 GWh", "1,048.6 GWh")) in checked(text, "2026-11-04", rule="share")


BUYERS = ("Oslo, 5 January 2026\n\nPrivate buyers registered 112,604 cars and business buyers 63,808, so private buyers "
          "outnumbered business buyers by {gap}.\n")


@pytest.mark.parametrize(("gap", "status"), [("48,796", "ok"), ("49,000", "ok"), ("46,796", "mismatch")])
def test_two_members_of_one_breakdown_outnumbering_each_other(gap, status):
    """"private buyers outnumbered business buyers by 48,796": private buyers less business buyers, two channels of one
    breakdown ("49,000" rounds to the thousand and holds)."""
    found = checked(BUYERS.format(gap=gap), "2026-01-05", rule="difference")
    assert (status, (gap, "112,604 cars", "63,808")) in found


def test_members_of_two_breakdowns_are_no_gap():
    """Private buyers and petrol cars belong to different breakdowns: no gap between them is checked."""
    text = edited(BUYERS.format(gap="46,796"), "and business buyers 63,808", "and petrol cars numbered 63,808")
    text = edited(text, "outnumbered business buyers by", "outnumbered petrol cars by")
    assert checked(text, "2026-01-05", rule="difference") == []


ELECTRIC_COMPANY = ("Brussels, 5 October 2026\n\nIn the third quarter, company registrations came to 71,420 cars. Of the "
                    "company cars, 52,630 were battery-electric. Electric company registrations were 32.0% higher than the "
                    "39,870 of a year earlier.\n")


def test_electric_company_registrations_are_not_all_company_registrations():
    """"Electric company registrations": the electric cars companies registered, never an electric company's, so never
    all 71,420 company cars (39,870 to 71,420 would be +79.1%)."""
    found = checked(ELECTRIC_COMPANY, "2026-10-05", rule="growth")
    assert not [t for s, t in found if "71,420 cars" in t]


def test_an_electric_carmakers_registrations_stay_a_makers():
    text = edited(ELECTRIC_COMPANY, "Electric company registrations were", "Electric companies' registrations were")
    assert not [t for s, t in checked(text, "2026-10-05", rule="growth") if "32.0%" in t and "52,630" in t]


TRUCKS = ("Oslo, 10 February 2026\n\nIn Norway, zero-emission models took 38.6% of the month's heavy trucks, compared with 41 "
          "of 183, or {earlier}, a year earlier.\n")


@pytest.mark.parametrize(("earlier", "status"), [("22.4%", "ok"), ("22%", "ok"), ("24.2%", "mismatch")])
def test_a_part_of_its_whole_after_compared_with_is_the_earlier_shares(earlier, status):
    """"took 38.6% …, compared with 41 of 183, or 22.4%": 41 of 183 (22.40%) restated by the share after it, never by the
    share before "compared with"."""
    found = checked(TRUCKS.format(earlier=earlier), "2026-02-10", rule="share")
    assert (status, (earlier, "41", "183")) in found
    assert not [t for s, t in found if "38.6%" in t]


HEAVY = ("Beijing, 18 November 2026\n\nChina's heavy-truck sales rose 14.3% to 858,600 in January-October from 751,200, "
         "{gap}.\n")


@pytest.mark.parametrize(("gap", "status"), [("or 107,400 more", "ok"), ("or 107,000 more", "ok"), ("or 170,400 more", "mismatch")])
def test_more_after_a_level_and_its_earlier_value_is_their_change(gap, status):
    found = checked(HEAVY.format(gap=gap), "2026-11-18", rule="difference")
    assert (status, (gap.split()[1], "858,600", "751,200")) in found


def test_more_after_a_multiple_is_more_than_what_the_multiple_is_of():
    """"3.6 times the European total, and 617,300 more": more than the European total, never the change from 751,200."""
    text = HEAVY.format(gap="3.6 times the European total, and 617,300 more")
    assert checked(text, "2026-11-18", rule="difference") == []


BOX = ("Luxembourg, 8 April 2026\n\nMARCH IN NUMBERS\n- New cars registered: 4,912 (March 2025: 5,064)\n- Battery-electric: 1,638\n"
       "- Petrol: 1,041\n- First quarter: 13,486 (2025: 14,118)\n\nThe Grand Duchy's new-car market slipped {rate} in March. "
       "Battery-electric cars took {share} of registrations.\n")


@pytest.mark.parametrize(("rate", "status"), [("3.0%", "ok"), ("3%", "ok"), ("30%", "mismatch")])
def test_a_rate_of_the_whole_is_the_boxs_line_of_its_metric(rate, status):
    """"slipped 3.0% in March" beside "- New cars registered: 4,912 (March 2025: 5,064)": the line that names the metric
    and no segment, in a box whose heading names its month (5,064 to 4,912 is -3.00%)."""
    found = checked(BOX.format(rate=rate, share="33.3%"), "2026-04-08", rule="growth")
    assert (status, (rate, "4,912", "5,064")) in found


@pytest.mark.parametrize(("share", "status"), [("33.3%", "ok"), ("33%", "ok"), ("38.3%", "mismatch")])
def test_a_segments_line_is_a_part_of_the_boxs_line_of_the_whole(share, status):
    """"Battery-electric cars took 33.3% of registrations": 1,638 of the 4,912 registered (33.35%), both lines of a box whose
    heading names its month, never of the first quarter's 13,486."""
    found = checked(BOX.format(rate="3.0%", share=share), "2026-04-08", rule="share")
    assert (status, (share, "1,638", "4,912")) in found


def test_a_line_that_names_a_segment_is_no_whole():
    text = edited(BOX.format(rate="3.0%", share="38.3%"), "- New cars registered: 4,912", "- New electrified cars: 4,912")
    assert not [t for s, t in checked(text, "2026-04-08", rule="share") if "4,912" in t]


GAP_LARGER = "Sydney, 14 October 2026\n\nThe Class A tranche is $75.2 million larger than the $537.2 million issued in the first deal.\n"


def test_an_amount_larger_than_another_is_their_gap_not_a_level_that_rose():
    """"$75.2 million larger than the $537.2 million": the gap between two tranches, never a level whose direction from
    $537.2 million the word "larger" states."""
    assert checked(GAP_LARGER, "2026-10-14", rule="direction") == []


@pytest.mark.parametrize(("new", "status"), [("6,200", "ok"), ("5,200", "mismatch")])
def test_a_level_set_apart_from_larger_than_keeps_its_direction(new, status):
    text = f"Sydney, 14 October 2026\n\nDeliveries reached {new}, larger than the 5,900 of a year earlier.\n"
    assert (status, (new, "5,900")) in checked(text, "2026-10-14", rule="direction")


@pytest.mark.parametrize(("rate", "status"), [("6.7%", "ok"), ("7%", "ok"), ("7.6%", "mismatch")])
def test_a_percent_after_a_verb_and_its_fleet_is_the_fleets_change(rate, status):
    """"Fleetmark grew its fleet 6.7% to 643,850 cars …, from 603,420": the verb governs, as for "raising output 5.5%"
    (603,420 to 643,850 is +6.70%)."""
    text = f"London, 5 May 2026\n\nFleetmark grew its fleet {rate} to 643,850 cars last year, from 603,420.\n"
    assert (status, (rate, "643,850 cars", "603,420")) in checked(text, "2026-05-05", rule="growth")


def test_a_percent_of_its_fleet_after_a_verb_is_a_share():
    text = "London, 5 May 2026\n\nFleetmark electrified its fleet: 6.7% of its 643,850 cars are now battery-electric.\n"
    assert checked(text, "2026-05-05", rule="growth") == []


RIVAL = ("São Paulo, 4 August 2026\n\nBrazil registered 214,650 cars in July.\n\nCorvalis kept first place with 33,915 "
         "registrations and 15.8% of the market. The Italian-owned group's volume was {rate} higher than the 31,060 of a year "
         "earlier, and it finished 4,435 units ahead of Rota Motors, which sold 29,480.\n")


def test_a_rivals_level_in_a_which_clause_is_the_rivals():
    """"Rota Motors, which sold 29,480": Rota's level, never the one the group's rate leads to (31,060 to 29,480 would be a
    fall)."""
    found = checked(RIVAL.format(rate="9.2%"), "2026-08-04", rule="growth")
    assert not [t for s, t in found if "29,480" in t]


@pytest.mark.parametrize(("total", "status"), [("35,330", "ok"), ("35,000", "ok"), ("33,530", "mismatch")])
def test_a_combined_total_after_bare_numbers_and_a_count(total, status):
    """"18,420 full and mild hybrids, 9,760 plug-ins and 7,150 fully electric cars, for a combined 35,330": all three
    parts, the count its noun names beside the bare numbers ("35,000" rounds to the thousand and holds)."""
    text = (f"São Paulo, 4 August 2026\n\nDealers registered 18,420 full and mild hybrids, 9,760 plug-ins and 7,150 fully "
            f"electric cars, for a combined {total}.\n")
    assert (status, ("18,420", "9,760", "7,150 fully electric cars", total)) in checked(text, "2026-08-04", rule="sum")


@pytest.mark.parametrize(("gap", "status"), [("€137.6 million", "ok"), ("€138 million", "ok"), ("€173.6 million", "mismatch")])
def test_near_miss_two_amounts_of_one_time_set_against_each_other_leave_their_gap(gap, status):
    text = ("Lisbon, 3 June 2026\n\nThe €612.4 million paid out compares with an annual allocation of €750 million, leaving "
            f"{gap} unspent.\n")
    assert (status, (gap, "€750 million", "€612.4 million")) in checked(text, "2026-06-03", rule="difference")
