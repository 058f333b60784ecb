"""Readings from the first runs of the two-wheeler, supplier and explainer sets and the production set's misses: a
table of vehicles by segment under no metric in a release whose lead counts output, "raising output 5.5%", a
conversion with its rate between the two amounts ("US$11.84 billion, which at the bulletin's rate of 18.10 pesos per
dollar is 214.3 billion pesos"), vehicles shipped abroad as a part of output, a key-figures box whose "Total
production" line a rate of no segment changes, "At 28.4% of passenger car output, battery-electric production
reached …", a bracketed month range as the year before's value, "against 12.2% a year earlier" of what the share
before it is of, and the wholes a share never takes: a maker ranked beside others, the money a count earned, a total a
paragraph on, a stretch of days around a holiday read as the month."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

TABLE = ("Fahrzeugbau-Verband, Berlin, 14 January 2026\n\nTotal output eased {total}% in 2025, the association said.\n\n"
         "| Segment | 2025 | 2024 |\n|---|---:|---:|\n| Passenger cars | 4,087,350 | 4,112,900 |\n"
         "| Light commercial vehicles | 268,410 | 251,730 |\n| Total | 4,355,760 | 4,364,630 |\n\n"
         "Passenger cars, which made up {share}% of everything built, fell {cars}%.\n")


@pytest.mark.parametrize("total, status", [("0.2", "ok"), ("0.20", "ok"), ("0.203", "ok"), ("0.4", "mismatch"), ("2.0", "mismatch")])
def test_a_rate_of_output_is_of_a_table_under_no_metric_in_a_release_that_counts_output(total, status):
    # 4,355,760 / 4,364,630 - 1 = -0.203%
    found = checked(TABLE.format(total=total, share="93.8", cars="0.6"), "2026-01-14", "growth")
    assert (status, (f"{total}%", "4,355,760", "4,364,630")) in found


@pytest.mark.parametrize("share, status", [("93.8", "ok"), ("94", "ok"), ("93.84", "ok"), ("91.3", "mismatch")])
def test_a_share_of_everything_built_is_of_the_tables_total(share, status):
    # 4,087,350 / 4,355,760 = 93.838%; the cars fell 0.621%
    found = checked(TABLE.format(total="0.2", share=share, cars="0.6"), "2026-01-14")
    assert ("share", status, (f"{share}%", "4,087,350", "4,355,760")) in found
    assert ("growth", "ok", ("0.6%", "4,087,350", "4,112,900")) in found


def test_near_miss_a_table_under_no_metric_in_a_story_that_leads_on_sales_is_no_table_of_output():
    text = edited(TABLE.format(total="0.2", share="93.8", cars="0.6"), "Total output eased 0.2%",
                  "Dealers sold 3,100,000 cars, and total output eased 0.2%")
    assert not any("0.2%" in texts for _, texts in checked(text, "2026-01-14", "growth"))


MAKERS = ("BAJÍO AUTO BULLETIN | Mexico City, 8 May 2026\n\nLight-vehicle output rose {market}% in April from a year "
          "earlier.\n\nProduction by maker, units\n\nMAKER              APR 2026    APR 2025\n"
          "Norteña Motors       86,412      81,905\nCobalto              61,780      66,214\n"
          "TOTAL               148,192     148,119\n\nNorteña Motors again led, raising output {maker}% on the back of its "
          "Ranchera pickup.\n")


@pytest.mark.parametrize("maker, status", [("5.5", "ok"), ("5.50", "ok"), ("5.503", "ok"), ("7.5", "mismatch")])
def test_raising_output_by_a_percent_is_a_change_of_the_makers_row(maker, status):
    # 86,412 / 81,905 - 1 = 5.503%
    found = checked(MAKERS.format(market="0.05", maker=maker), "2026-05-08", "growth")
    assert (status, (f"{maker}%", "86,412", "81,905")) in found


@pytest.mark.parametrize("market, status", [("0.05", "ok"), ("0.049", "ok"), ("1.5", "mismatch")])
def test_a_plain_rate_of_output_is_of_the_total_row_written_in_capitals(market, status):
    # 148,192 / 148,119 - 1 = 0.0493%
    found = checked(MAKERS.format(market=market, maker="5.5"), "2026-05-08", "growth")
    assert (status, (f"{market}%", "148,192", "148,119")) in found


def test_near_miss_output_raised_to_a_percent_is_a_level_not_a_change():
    text = edited(MAKERS.format(market="0.05", maker="5.5"), "raising output 5.5%", "raising its utilisation to 5.5%")
    assert measured(text, "2026-05-08")["5.5%"].role != "rate"


RATE_BETWEEN = ("Mexico City, 8 May 2026 -- Light-vehicle exports came to US$11.84 billion, which at the bulletin's rate of "
                "18.10 pesos per dollar is {pesos} billion pesos.\n")


@pytest.mark.parametrize("pesos, status", [("214.3", "ok"), ("214", "ok"), ("214.35", "ok"), ("241.3", "mismatch")])
def test_an_amount_and_its_worth_with_the_rate_between_them(pesos, status):
    # 11.84 x 18.10 = 214.30
    found = checked(RATE_BETWEEN.format(pesos=pesos), "2026-05-08", "conversion")
    assert any(s == status and {f"{pesos} billion pesos", "US$11.84 billion"} <= set(texts) for s, texts in found)


def test_near_miss_a_second_amount_after_a_rate_that_names_no_worth_is_no_conversion():
    text = edited(RATE_BETWEEN.format(pesos="214.3"), "is 214.3 billion pesos", "and parts imports rose to 79.0 billion pesos")
    assert not any("79.0 billion pesos" in texts and "US$11.84 billion" in texts for _, texts in checked(text, "2026-05-08", "conversion"))


SHIPPED = ("Mexico City, 8 May 2026 -- Plants in Mexico built 260,600 vehicles in April. Shipments abroad reached 221,480 "
           "vehicles, equal to {share}% of April production.\n")


@pytest.mark.parametrize("share, status", [("85.0", "ok"), ("85", "ok"), ("84.99", "ok"), ("58.0", "mismatch")])
def test_vehicles_shipped_abroad_are_a_part_of_those_built(share, status):
    # 221,480 / 260,600 = 84.988%
    found = checked(SHIPPED.format(share=share), "2026-05-08", "share")
    assert (status, (f"{share}%", "221,480 vehicles", "260,600 vehicles")) in found


def test_near_miss_vehicles_sold_at_home_are_no_part_of_output_by_that_reading():
    text = edited(SHIPPED.format(share="85.0"), "Shipments abroad reached", "Dealers at home sold")
    assert not any("85.0%" in texts for _, texts in checked(text, "2026-05-08", "share"))


BOX = ("Istanbul, 12 March 2026\n\nKEY FIGURES, FEBRUARY 2026\nTotal production: 119,460 (February 2025: 124,180)\n"
       "Passenger cars: 74,830\nLight commercial vehicles: 39,210\nExports (units): 87,350\n\n"
       "Turkey's vehicle plants produced {rate}% fewer vehicles in February than a year earlier.\n\n"
       "Exports took {share}% of February production. In value terms exports reached $3.08 billion.\n")


@pytest.mark.parametrize("rate, status", [("3.8", "ok"), ("3.80", "ok"), ("4", "ok"), ("2.8", "mismatch")])
def test_a_plain_rate_changes_the_total_line_of_a_key_figures_box(rate, status):
    # 119,460 / 124,180 - 1 = -3.801%
    found = checked(BOX.format(rate=rate, share="73.1"), "2026-03-12", "growth")
    assert (status, (f"{rate}%", "119,460", "124,180")) in found


@pytest.mark.parametrize("share, status", [("73.1", "ok"), ("73", "ok"), ("73.12", "ok"), ("63.1", "mismatch")])
def test_a_share_of_production_is_of_the_vehicles_exported_never_of_the_money_they_earned(share, status):
    # 87,350 / 119,460 = 73.121%
    found = checked(BOX.format(rate="3.8", share=share), "2026-03-12", "share")
    assert found == [(status, (f"{share}%", "87,350", "119,460"))]


def test_near_miss_a_member_line_is_no_whole_for_a_plain_rate():
    text = edited(BOX.format(rate="3.8", share="73.1"), "Total production: 119,460 (February 2025: 124,180)",
                  "Buses: 119,460 (February 2025: 124,180)")
    assert not any("3.8%" in texts for _, texts in checked(text, "2026-03-12", "growth"))


AT_SHARE = ("Berlin, 14 January 2026 -- German plants built 4,087,350 passenger cars in 2025. At {share}% of passenger car "
            "output, battery-electric production reached 1,161,270 vehicles.\n")


@pytest.mark.parametrize("share, status", [("28.4", "ok"), ("28", "ok"), ("28.41", "ok"), ("24.8", "mismatch")])
def test_a_share_that_opens_with_at_is_of_what_the_clause_after_it_counts(share, status):
    # 1,161,270 / 4,087,350 = 28.411%
    found = checked(AT_SHARE.format(share=share), "2026-01-14", "share")
    assert (status, (f"{share}%", "1,161,270 vehicles", "4,087,350 passenger cars")) in found


def test_near_miss_a_share_that_opens_with_at_and_names_its_segment_keeps_it():
    text = edited(AT_SHARE.format(share="28.4"), "At 28.4% of passenger car output,", "At 28.4%, the diesel share was flat;")
    assert "bev" not in measured(text, "2026-01-14")["28.4%"].segment


FACT_BOX = ("Rayong, 16 June 2026\n\nFACT BOX: Thailand's car market, January-May 2026\nDomestic sales: 241,380 "
            "(January-May 2025: 257,940)\nBattery-electric sales: 41,870 (January-May 2025: 31,560)\nPickup trucks: 91,970\n\n"
            "Battery-electric models took 17.3% of domestic sales, against {then}% a year earlier, a rise of 5.1 percentage "
            "points. Shipments were 3.2% higher than the 370,600 of January-May 2025.\n")


def test_a_bracketed_month_range_dates_the_lines_value_a_year_before():
    m = measured(FACT_BOX.format(then="12.2"), "2026-06-16")["31,560"]
    assert (m.role, m.period, m.segment) == ("earlier", "2025-01..2025-05", frozenset({"bev"}))


@pytest.mark.parametrize("then, status", [("12.2", "ok"), ("12", "ok"), ("12.24", "ok"), ("8.5", "mismatch")])
def test_a_share_against_the_share_before_it_is_of_what_that_one_is_of(then, status):
    # 31,560 / 257,940 = 12.235% (of the 370,600 shipped it would be 8.52%)
    found = checked(FACT_BOX.format(then=then), "2026-06-16", "share")
    assert (status, (f"{then}%", "31,560", "257,940")) in found
    assert not any("370,600" in texts for _, texts in found)


def test_near_miss_a_share_against_another_segments_share_keeps_its_own_reading():
    text = edited(FACT_BOX.format(then="12.2"), "against 12.2% a year earlier", "against 12.2% of exports a year earlier")
    assert measured(text, "2026-06-16")["12.2%"].of_segment != frozenset({"domestic"})


RANKED = ("Seoul, 1 September 2026 -- Markets: Daehan Motors shares closed at 58,400 won.\n\nHanul Motor shipped 98,460 "
          "cars abroad in August, followed by Daehan with 61,230 and Saebyeol with 14,870.\n\nEV exports reached 46,120 units, "
          "or 22.6% of all car exports.\n")


PLANTS = "Seoul, 1 September 2026 -- Hanul Motor shipped 98,460 cars abroad in August. Korean plants exported 204,070 cars.\n"


def test_a_country_s_plants_are_its_industry_never_a_maker():
    assert not any(x.startswith("name:") for x in measured(PLANTS, "2026-09-01")["204,070 cars"].segment)


def test_near_miss_a_maker_s_plants_are_that_maker_s():
    text = edited(PLANTS, "Korean plants", "Daehan plants")
    assert "name:daehan" in measured(text, "2026-09-01")["204,070 cars"].segment


def test_a_maker_ranked_beside_others_is_never_the_whole_of_a_share():
    assert not any("61,230" in texts for _, texts in checked(RANKED, "2026-09-01", "share"))


JOINT = ("Bangkok, 20 October 2026 -- Thailand shipped 612,480 complete motorcycles abroad in January-September, 7.3% "
         "more than the 570,810 of the same period last year.\n\nTop destinations, January-September (units):\n"
         "Philippines 148,260\nJapan 96,540\nCambodia 71,330\nEurope 58,920\nLaos 36,970\nAustralia 34,170\n"
         "Other markets 166,290\n\nTogether with Cambodia and Laos, the Philippines accounted for 41.9% of exports.\n\n"
         "Shipments of completely knocked-down kits for assembly abroad fell 2.6% to 1,184,300 sets.\n")


def test_a_joint_share_never_takes_a_total_stated_a_paragraph_after_it():
    assert not any("1,184,300" in texts for _, texts in checked(JOINT, "2026-10-20", "share"))


LEBARAN = ("Jakarta, 28 April 2026 -- Motorcycle dealers handed 671,240 new bikes to customers in March.\n\nIn the 40 days "
           "up to Lebaran, dealers sold 840,000 motorcycles. Java took 386,630 of the March sales, or nearly 58%.\n")


def test_a_stretch_of_days_around_a_holiday_is_no_month():
    assert measured(LEBARAN, "2026-04-28")["840,000 motorcycles"].period is None


def test_near_miss_a_month_named_in_the_sentence_still_dates_it():
    text = edited(LEBARAN, "In the 40 days up to Lebaran, dealers", "In March, dealers")
    assert measured(text, "2026-04-28")["840,000 motorcycles"].period == "2026-03"


def test_items_added_together_after_their_list_make_a_joint_share():
    text = ("London, 23 July 2026 -- UK plants built 312,580 cars in the first half.\n\n- Electrified models: battery-electric "
            "96,340, plug-in hybrid 38,150 and hybrid 71,900, together 51.2% of car output.\n")
    assert {"bev", "phev", "hev"} <= measured(text, "2026-07-23")["51.2%"].segment
    assert not any("71,900" in texts and "51.2%" in texts and len(texts) == 3 for _, texts in checked(text, "2026-07-23", "share"))


CHART = ("London, 6 October 2026 -- In September 298,640 new cars were registered, 4.4% more than a year earlier.\n\n"
         "Chart 1: New car registrations by fuel type, September 2026. Source: MRDU\n"
         "Petrol {petrol} | Battery-electric 76,410 | Hybrid 41,280 | Plug-in hybrid 28,760 | Diesel 23,650\n\n"
         "Petrol is still the largest single fuel.\n")


@pytest.mark.parametrize("petrol, status", [("128,540", "ok"), ("182,540", "mismatch")])
def test_a_line_of_figures_set_apart_by_bars_is_a_list_of_its_total(petrol, status):
    # 128,540 + 76,410 + 41,280 + 28,760 + 23,650 = 298,640
    found = checked(CHART.format(petrol=petrol), "2026-10-06", "sum")
    assert (status, (petrol, "76,410", "41,280", "28,760", "23,650", "298,640 new cars")) in found


def test_each_figure_of_a_bar_line_is_of_its_own_label():
    m = measured(CHART.format(petrol="128,540"), "2026-10-06")
    assert (m["76,410"].segment, m["41,280"].segment) == (frozenset({"bev"}), frozenset({"hev"}))


def test_near_miss_a_byline_set_apart_by_a_bar_is_no_list():
    text = "By Ingrid Solvang | Oslo, 2 March 2026\n\nRegistrations rose to 11,826 | a record.\n"
    assert measured(text, "2026-03-02")["11,826"].item is None


EXPORTED = ("ISTANBUL, 5 May 2026 -- Passenger cars accounted for 79,063 of the market. Turkey's factories built 112,586 "
            "vehicles in April. They shipped 78,941 abroad, so exports took {share}% of output.\n")


@pytest.mark.parametrize("share", ["70.1", "99.9"])
def test_vehicles_shipped_abroad_are_a_share_of_output_only(share):
    # 78,941 / 112,586 = 70.12%; never of the 79,063 passenger cars sold (99.85%)
    assert not any("79,063" in texts for _, texts in checked(EXPORTED.format(share=share), "2026-05-05", "share"))


LEBARAN_SALES = ("Jakarta, 28 April 2026 -- Motorcycle dealers across Indonesia handed 671,240 new bikes to customers in March, "
                 "according to registration-based retail data compiled by the dealers' association. Factories, by contrast, "
                 "dispatched only 598,310 units to dealers in March. Java took 386,630 of the March sales, or nearly {share}%.\n")


@pytest.mark.parametrize("share, status", [("58", "ok"), ("57.6", "ok"), ("65", "mismatch")])
def test_a_share_of_sales_in_a_story_of_motorcycles_is_of_the_motorcycles_sold(share, status):
    # 386,630 / 671,240 = 57.60% (of the 598,310 dispatched it would be 64.62%)
    found = checked(LEBARAN_SALES.format(share=share), "2026-04-28", "share")
    assert found == [(status, (f"{share}%", "386,630", "671,240"))]


DISPATCHES = ("Pune, 1 October 2026 -- Vardhan Motors dispatched 522,847 two- and three-wheelers in September.\n\n"
              "SEPTEMBER 2026 DISPATCHES (UNITS)\nSEGMENT              DOMESTIC    EXPORTS\n"
              "Motorcycles           231,460     84,215\nScooters              118,374     12,908\n"
              "Mopeds                 19,652        486\nThree-wheelers          9,875     16,420\n"
              "TOTAL                 {domestic}    113,029\n")


@pytest.mark.parametrize("domestic, status", [("379,361", "ok"), ("397,361", "mismatch")])
def test_a_plain_text_table_of_segments_adds_its_rows_to_its_total_row(domestic, status):
    # 231,460 + 118,374 + 19,652 + 9,875 = 379,361; 84,215 + 12,908 + 486 + 16,420 = 114,029 (the TOTAL row says 113,029)
    found = checked(DISPATCHES.format(domestic=domestic), "2026-10-01", "sum")
    assert (status, ("231,460", "118,374", "19,652", "9,875", domestic)) in found
    assert ("mismatch", ("84,215", "12,908", "486", "16,420", "113,029")) in found


def test_near_miss_a_plain_text_table_of_names_is_summed_only_when_it_shows_itself_whole():
    text = edited(DISPATCHES.format(domestic="379,361"), "Motorcycles           231,460     84,215\nScooters              118,374     12,908\n"
                  "Mopeds                 19,652        486\nThree-wheelers          9,875     16,420\n",
                  "Vardhan               231,460     84,215\nKestrel               118,374     12,908\n"
                  "Orrin                  19,652        486\nTamsin                  9,875     16,420\n")
    assert not any("231,460" in texts for _, texts in checked(text, "2026-10-01", "sum"))


MODEST = ("Shanghai, 15 September 2026 -- Retail sales of new energy vehicles (NEVs) reached 1,126,400 in August. The overall "
          "passenger car market grew a more modest {rate}%, to 2,018,700 from 1,913,200, which pushed the NEV share to {share}%.\n")


@pytest.mark.parametrize("rate, status", [("5.5", "ok"), ("5.51", "ok"), ("6", "ok"), ("4.5", "mismatch")])
def test_a_rate_after_an_adjective_is_still_a_change(rate, status):
    # 2,018,700 / 1,913,200 - 1 = 5.514%
    found = checked(MODEST.format(rate=rate, share="55.8"), "2026-09-15", "growth")
    assert found == [(status, (f"{rate}%", "2,018,700", "1,913,200"))]


@pytest.mark.parametrize("share, status", [("55.8", "ok"), ("55.80", "ok"), ("56", "ok"), ("58.5", "mismatch")])
def test_the_share_a_change_pushed_up_is_of_the_segment_it_names(share, status):
    # 1,126,400 / 2,018,700 = 55.80%
    found = checked(MODEST.format(rate="5.5", share=share), "2026-09-15", "share")
    assert found == [(status, (f"{share}%", "1,126,400", "2,018,700"))]


def test_near_miss_a_level_after_an_adjective_is_no_change():
    assert measured("Seoul, 2 March 2026 -- Its share rose to a modest 5.5% of the market.\n", "2026-03-02")["5.5%"].role != "rate"


THEY = ("Mexico City, 10 June 2026 -- Mexican plants built 338,517 light vehicles in May. Exports, at 279,316 units, were "
        "82.5% of everything built; they slid 5.8% from 296,540.\n")


def test_they_after_a_semicolon_are_the_clause_before_s_subject():
    m = measured(THEY, "2026-06-10")["5.8%"]
    assert "export" in m.segment and m.metric != "production"
    assert not any("338,517 light vehicles" in texts and "5.8%" in texts for _, texts in checked(THEY, "2026-06-10", "growth"))


def test_near_miss_a_subject_of_its_own_after_a_semicolon_keeps_its_own_measure():
    text = edited(THEY, "they slid 5.8%", "output slid 5.8%")
    assert "export" not in measured(text, "2026-06-10")["5.8%"].segment


DOUBLED = ("Tokyo, 1 June 2026 -- Imported electric cars nearly doubled from 20,480, mostly thanks to Chinese brands.\n\n"
           "Electric kei models sold 41,270, and their sales rose 18.9% from 34,710.\n")


def test_a_multiple_from_its_own_earlier_value_never_takes_another_level_and_its_earlier_value():
    assert not any("doubled" in texts for _, texts in checked(DOUBLED, "2026-06-01", "multiple"))


def test_near_miss_a_multiple_with_no_earlier_value_of_its_own_may_join_by_measure():
    found = checked(edited(DOUBLED, "nearly doubled from 20,480", "rose 18.9%"), "2026-06-01", "growth")
    assert ("ok", ("18.9%", "41,270", "34,710")) in found


COLON_PERIOD = ("Zurich, 22 October 2026 -- Sales rose 4.7% in the first nine months of 2026 to CHF 2.87 billion. E-Drive has "
                "more than tripled in four years: in the first nine months of 2022 the division sold CHF 0.33 billion.\n")


def test_a_period_that_opens_the_clause_after_a_colon_dates_its_figure():
    assert measured(COLON_PERIOD, "2026-10-22")["CHF 0.33 billion"].period == "2022-01..2022-09"


def test_near_miss_a_period_after_the_figure_s_own_verb_is_not_moved():
    text = edited(COLON_PERIOD, "in the first nine months of 2022 the division sold CHF 0.33 billion",
                  "the division sold CHF 0.33 billion then")
    assert measured(text, "2026-10-22")["CHF 0.33 billion"].period != "2022-01..2022-09"
