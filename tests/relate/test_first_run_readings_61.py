"""Readings behind session 61's changes (car trade): each with the case it checks, the case it must flag, a rounding
edge, and the near miss it must leave alone."""

from __future__ import annotations

import pytest

from conftest import checked, edited

EXPORTS = ("Beijing, 25 August 2026\n\nChina's vehicle exports rose {rate} in July from a year earlier, industry figures "
           "showed on Tuesday.\n\nCarmakers shipped 642,380 vehicles abroad last month, against 560,540 in July 2025, the "
           "council said.\n")


@pytest.mark.parametrize(("rate", "status"), [("14.6%", "ok"), ("15%", "ok"), ("16.4%", "mismatch")])
def test_a_lead_rate_of_a_countrys_exports_is_of_the_vehicles_shipped_abroad(rate, status):
    """"China's vehicle exports rose 14.6%": the country is where the cars left, the rate the exports' own, a paragraph
    before their two levels (560,540 to 642,380 is +14.60%; "15%" holds within its own rounding)."""
    found = checked(EXPORTS.format(rate=rate), "2026-08-25", rule="growth")
    assert (status, (rate, "642,380 vehicles", "560,540")) in found


def test_a_lead_rate_of_exports_by_value_is_left_alone():
    """An amount in the rate's own clause: the exports' value, never the vehicles."""
    text = edited(EXPORTS.format(rate="16.4%"), "in July from a year earlier,",
                  "in July from a year earlier to $12.18 billion,")
    assert not [t for s, t in checked(text, "2026-08-25", rule="growth") if "16.4%" in t]


def test_a_headline_rate_of_exports_is_left_to_the_headline_reading():
    text = ("Seoul, 15 October 2026\n\nKorea's September car exports rise 5.1% as hybrids offset EV slump\n\nCarmakers "
            "shipped 231,406 vehicles abroad in September, against 224,817 in September 2025.\n")
    assert not [t for s, t in checked(text, "2026-10-15", rule="growth") if "5.1%" in t]


SENT = "Beijing, 25 August 2026\n\nIn January-July exporters sent 4,318,600 vehicles abroad, 11.8% more than in the same period of 2025.\n"


def test_vehicles_sent_abroad_are_exports_and_the_rate_after_them_implies_their_earlier_level():
    """"sent 4,318,600 vehicles abroad, 11.8% more than …": the rate of the level just before it, which implies the
    level of January-July 2025."""
    assert ("info", ("11.8%", "4,318,600 vehicles")) in checked(SENT, "2026-08-25", rule="implied-prior")


def test_a_rate_of_prices_after_the_exports_implies_no_earlier_export_level():
    text = edited(SENT, "vehicles abroad, 11.8% more than", "vehicles abroad. Prices were 11.8% higher than")
    assert checked(text, "2026-08-25", rule="implied-prior") == []


AHEAD = ("Beijing, 25 August 2026\n\nEurope was again the largest destination with 168,240 vehicles in July. The Middle East "
         "took 97,510, leaving Europe {gap} units ahead.\n")


@pytest.mark.parametrize(("gap", "status"), [("70,730", "ok"), ("71,000", "ok"), ("77,030", "mismatch")])
def test_leaving_a_named_one_ahead_is_its_level_less_the_others(gap, status):
    """"leaving Europe 70,730 units ahead": Europe's 168,240 less the Middle East's 97,510 ("71,000" rounds to the
    thousand and holds)."""
    found = checked(AHEAD.format(gap=gap), "2026-08-25", rule="difference")
    assert (status, (f"{gap} units", "168,240 vehicles", "97,510")) in found


def test_leaving_one_ahead_of_two_others_is_left_alone():
    """Two other levels in the gap's clause: which one Europe is ahead of, the words leave open."""
    text = edited(AHEAD.format(gap="77,030"), "The Middle East took 97,510,", "The Middle East took 97,510 and Africa 41,200,")
    assert not [t for s, t in checked(text, "2026-08-25", rule="difference") if "77,030 units" in t]


TOTAL = ("Toyota City, 28 April 2026\n\nAsahina built 412,806 vehicles worldwide in March, the company said. The total was "
         "{first} above February's 376,214 and {second} more than the 398,517 of March 2025.\n\nShipments to Russia dropped "
         "to 61,000 in March from 66,000 a year earlier.\n")


@pytest.mark.parametrize(("first", "status"), [("9.7%", "ok"), ("10%", "ok"), ("7.9%", "mismatch")])
def test_the_total_was_points_back_to_the_level_before(first, status):
    """"The total was 9.7% above February's 376,214": the 412,806 of the sentence before (+9.73%), never the shipments
    a paragraph later."""
    found = checked(TOTAL.format(first=first, second="3.6%"), "2026-04-28", rule="growth")
    assert (status, (first, "412,806 vehicles", "376,214")) in found


@pytest.mark.parametrize(("second", "status"), [("3.6%", "ok"), ("4%", "ok"), ("6.3%", "mismatch")])
def test_the_second_rate_after_the_total_was_is_of_the_same_level(second, status):
    """"… and 3.6% more than the 398,517 of March 2025": the same total a year on (+3.59%)."""
    found = checked(TOTAL.format(first="9.7%", second=second), "2026-04-28", rule="growth")
    assert (status, (second, "412,806 vehicles", "398,517")) in found


def test_the_total_of_another_noun_is_not_read_as_pointing_back():
    text = edited(TOTAL.format(first="7.9%", second="3.6%"), "The total was 7.9% above", "The total fleet was 7.9% above")
    assert not [t for s, t in checked(text, "2026-04-28", rule="growth") if "7.9%" in t]


GAP_OF_WHOLES = ("Palo Alto, 2 April 2026\n\nHalvard Electric produced 69,397 vehicles and delivered 64,594 vehicles in the first "
                 "quarter of 2026.\n\n| Model | Q1 2026 |\n|---|---:|\n| Sable | 18,604 |\n| Drift | 45,990 |\n"
                 "| Total deliveries | 64,594 |\n\nProduction exceeded deliveries by {gap} units, as more cars were at sea to "
                 "Europe.\n")


@pytest.mark.parametrize(("gap", "status"), [("4,803", "ok"), ("about 4,800", "ok"), ("4,083", "mismatch")])
def test_a_gap_between_two_metrics_is_of_their_wholes_not_of_a_table_row_or_a_part(gap, status):
    """"Production exceeded deliveries by 4,803 units": the 69,397 built less the 64,594 delivered, never a model's row
    of the deliveries table ("about" widens 4,800 by 3%)."""
    found = checked(GAP_OF_WHOLES.format(gap=gap), "2026-04-02", rule="difference")
    assert (status, (gap.replace("about ", "") + " units", "69,397 vehicles", "64,594")) in found


def test_a_gap_between_two_metrics_with_two_makers_wholes_is_left_alone():
    """Two makers' production in the article: whose the gap is, the words leave open."""
    text = edited(GAP_OF_WHOLES.format(gap="4,083"), "in the first quarter of 2026.", "in the first quarter of 2026. Its partner "
                  "Vanta Motors produced 41,200 vehicles.")
    assert not [t for s, t in checked(text, "2026-04-02", rule="difference") if "4,083 units" in t]


@pytest.mark.parametrize(("gap", "status"), [("6,328", "ok"), ("6,330", "mismatch"), ("about 6,300", "ok")])
def test_production_volume_is_production_not_sales(gap, status):
    """"production volume was 268,415 … sales volume was 262,087": two metrics, whose gap is 6,328."""
    text = ("Shanghai, 5 June 2026\n\nThe group's production volume was 268,415 in May and its sales volume was 262,087 units, "
            f"so production exceeded sales by {gap} vehicles.\n")
    assert (status, (gap.replace("about ", "") + " vehicles", "268,415", "262,087 units")) in checked(text, "2026-06-05", rule="difference")


COUNTRIES = ("Warsaw, 13 August 2026\n\nFirst-half registrations of passenger cars, by country:\n\n"
             "COUNTRY       H1 2026      H1 2025    {header}\nPoland        292,860      281,470        {first}\n"
             "Czechia       118,940      114,210        {second}\nTOTAL         411,800      395,680\n\nBoth markets grew in the half.\n")


@pytest.mark.parametrize(("second", "status"), [("28.9%", "ok"), ("29%", "ok"), ("18.9%", "mismatch")])
def test_a_share_column_is_the_rows_part_of_the_total(second, status):
    """118,940 of 411,800 is 28.88%: "29%" holds within its own rounding."""
    found = checked(COUNTRIES.format(header="SHARE", first="71.1%", second=second), "2026-08-13", rule="share")
    assert (status, (second, "118,940", "411,800")) in found


def test_a_share_column_that_names_a_segment_is_each_rows_own_share_of_it():
    """"BEV SHARE": each country's battery-electric share of its own registrations, never its part of the TOTAL (27.9%
    is near the 28.9% Czechia's part would give, which made it a false alarm; the battery-electric counts are not in the
    table)."""
    assert checked(COUNTRIES.format(header="BEV SHARE", first="70.2%", second="27.9%"), "2026-08-13", rule="share") == []


RECOVERED = ("Brussels, 3 June 2026\n\nRefiners recovered 11,840 tonnes of nickel and 2,310 tonnes of lithium in 2025. The "
             "lithium recovered was 75.7% of the 3,050 tonnes contained in the black mass, and 62.7% more than the 1,420 "
             "tonnes of 2024.\n")


def test_the_whole_of_a_share_is_not_the_level_a_rate_beside_it_leads_to():
    """"75.7% of the 3,050 tonnes …, and 62.7% more than the 1,420 tonnes": the 3,050 is the share's whole, never what
    grew from 1,420 (that would be +114.8%, a false alarm)."""
    found = checked(RECOVERED, "2026-06-03", rule="growth")
    assert not [t for s, t in found if "3,050 tonnes" in t]


MONTH = ("Beijing, 9 September 2026\n\nInstallations by maker, GWh:\n\n| Maker | August 2026 | August 2025 |\n|---|---:|---:|\n| Qiantang | 32.10 | 26.40 |\n"
         "| Others | 40.52 | 33.38 |\n| Total | 72.62 | 59.78 |\n\nInstallations from January to August reached 512.6 GWh, and "
         "August alone contributed {share} of the eight-month total.\n\nOutput of power and storage batteries, which the "
         "alliance tracks separately, reached 148.3 GWh in August.\n")


@pytest.mark.parametrize(("share", "status"), [("14.2%", "ok"), ("14%", "ok"), ("28.9%", "mismatch")])
def test_a_months_share_of_the_year_to_date_is_of_the_month_stated_before(share, status):
    """"August alone contributed 14.2% of the eight-month total": the August total the table gave (72.62 of 512.6 is
    14.17%), never the August output a later paragraph states (148.3 GWh, 28.93%)."""
    found = checked(MONTH.format(share=share), "2026-09-09", rule="share")
    assert (status, (share, "72.62", "512.6 GWh")) in found
    assert not [t for s, t in found if "148.3 GWh" in t]


@pytest.mark.parametrize(("rate", "status"), [("5.1%", "ok"), ("5%", "ok"), ("1.5%", "mismatch")])
def test_the_whole_of_a_share_with_a_relative_clause_of_its_own_change_is_still_joined(rate, status):
    """"33.5% of its 38,260 van deliveries, which were themselves 5.1% higher than the 36,412": the whole's change."""
    text = ("Stockholm, 14 October 2026\n\nHallberg Vans delivered 12,814 electric vans in the third quarter. That was 33.5% "
            f"of its 38,260 van deliveries, which were themselves {rate} higher than the 36,412 of a year earlier.\n")
    assert (status, (rate, "38,260 van", "36,412")) in checked(text, "2026-10-14", rule="growth")


GRANTS = ("Warsaw, 4 March 2026\n\nKey numbers:\n- Battery-electric registrations, January-February: 9,412 (2025: 6,035)\n"
          "- Grant budget: PLN 1.6 billion\n\n"
          "Households dominate the programme. Battery-electric cars account for 44,180 of the approvals, and the rest went to "
          "hydrogen cars.\n\nRegistrations of battery-electric cars were 56.0% higher in the first two months of the year "
          "than a year earlier. They took {share} of the 84,040 new cars registered in January-February.\n")


@pytest.mark.parametrize(("share", "status"), [("11.2%", "ok"), ("11%", "ok"), ("12.2%", "mismatch")])
def test_a_share_of_registrations_is_of_the_registrations_not_of_an_uncounted_level(share, status):
    """"They took 11.2% of the 84,040 new cars registered": the 9,412 registrations of the box (11.20%), never the 44,180
    grant approvals, whose words name no metric (52.6%, a false alarm)."""
    found = checked(GRANTS.format(share=share), "2026-03-04", rule="share")
    assert (status, (share, "9,412", "84,040 new cars")) in found
    assert not [t for s, t in found if "44,180" in t]


def test_two_levels_of_the_registrations_leave_the_share_unchecked():
    """Two battery-electric registration counts of the months in the box: which one the share is of, the words leave open."""
    text = edited(GRANTS.format(share="12.2%"), "- Grant budget: PLN 1.6 billion\n",
                  "- Battery-electric registrations (provisional), January-February: 9,380\n")
    assert not [t for s, t in checked(text, "2026-03-04", rule="share") if "12.2%" in t]


REGIONS = ("Nagoya, 5 November 2026\n\nHizaki Industries said revenue for April-September was ¥1,842.6 billion, up 3.1% from "
           "¥1,787.3 billion a year earlier.\n\nBy region, revenue in Japan was ¥742.0 billion, while overseas revenue came to "
           "¥1,100.6 billion. Sales to the Hoshino Motor group, its largest customer, amounted to ¥694.8 billion, {share} of "
           "revenue.\n")


@pytest.mark.parametrize(("share", "status"), [("37.7%", "ok"), ("38%", "ok"), ("93.6%", "mismatch")])
def test_a_share_of_revenue_after_a_breakdown_by_region_is_of_the_groups_revenue(share, status):
    """"By region, revenue in Japan was …. Sales to the Hoshino Motor group … 37.7% of revenue": of the ¥1,842.6 billion
    (37.71%), never of Japan's ¥742.0 billion (93.64%, a false alarm): the breakdown's first place is no scope of the
    paragraph, and a region's revenue no whole of a part that names none."""
    found = checked(REGIONS.format(share=share), "2026-11-05", rule="share")
    assert (status, (share, "¥694.8 billion", "¥1,842.6 billion")) in found


def test_a_share_of_revenue_in_a_paragraph_about_one_place_stays_that_places():
    """"In Japan, revenue was ¥742.0 billion. Sales to the Hoshino Motor group … 93.6% of revenue": the paragraph's place."""
    text = edited(REGIONS.format(share="93.6%"), "By region, revenue in Japan was ¥742.0 billion, while overseas revenue came to "
                  "¥1,100.6 billion.", "In Japan, revenue was ¥742.0 billion.")
    assert not [t for s, t in checked(text, "2026-11-05", rule="share") if "¥1,842.6 billion" in t]


PRICE = "Shanghai, 9 September 2026\n\nThe spot price of carbonate stood at 84,350 yuan a tonne on Wednesday.{between} At 6.69 yuan per dollar, the price is equivalent to {dollars} a tonne.\n"


@pytest.mark.parametrize(("dollars", "status"), [("$12,608", "ok"), ("$12,600", "ok"), ("$12,806", "mismatch")])
def test_the_price_at_a_stated_rate_is_the_price_the_sentence_before_states(dollars, status):
    """84,350 / 6.69 = 12,608.4: "$12,600" is within the stated rate's own rounding (6.685-6.695)."""
    found = checked(PRICE.format(between="", dollars=dollars), "2026-09-09", rule="conversion")
    assert (status, ("6.69 yuan", "dollar", "84,350 yuan", dollars)) in found


def test_the_price_at_a_stated_rate_is_never_the_year_ago_price_the_sentence_before_gives():
    """"The price is 37.4% higher than a year ago, when it traded at 61,400 yuan. At 6.69 yuan per dollar, the price is
    equivalent to $12,608": the price now, never the 61,400 of a year ago (a false alarm)."""
    text = PRICE.format(between=" The price is 37.4% higher than a year ago, when it traded at 61,400 yuan.", dollars="$12,608")
    assert not [t for s, t in checked(text, "2026-09-09", rule="conversion") if "61,400 yuan" in t]


ALL_MARKETS = ("Warsaw, 13 August 2026\n\nFirst-half registrations of passenger cars, by country:\n\n"
               "COUNTRY       H1 2026      H1 2025\nTurkey        498,320      472,150\nHungary        67,150       64,820\n"
               "TOTAL         565,470      536,970\n\nTurkey also leads on electric cars. Its 61,790 battery-electric "
               "registrations were the most of any market. In all, 68,860 battery-electric cars were registered across the two "
               "markets, {share} of the total. Hungary showed the largest change in share: its electric share was 6.2% a year "
               "earlier, so it has risen by 1.7 points.\n")


@pytest.mark.parametrize(("share", "status"), [("12.2%", "ok"), ("12%", "ok"), ("13.8%", "mismatch")])
def test_across_the_markets_is_all_of_them_not_the_paragraphs_place(share, status):
    """"In all, 68,860 … across the two markets, 12.2% of the total": of the TOTAL row (12.18%), never of Turkey's
    498,320, the place the paragraph opens with (13.82%)."""
    found = checked(ALL_MARKETS.format(share=share), "2026-08-13", rule="share")
    assert (status, (share, "68,860 battery-electric cars", "565,470")) in found


def test_a_places_change_in_points_is_never_joined_to_all_the_markets_share():
    """"Hungary …: its electric share was 6.2% a year earlier, so it has risen by 1.7 points": Hungary's share now, which
    the text does not state, never the 12.2% of all the markets (a false alarm)."""
    assert checked(ALL_MARKETS.format(share="12.2%"), "2026-08-13", rule="points") == []

