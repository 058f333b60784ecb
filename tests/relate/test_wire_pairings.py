"""Pairings a careful reader would not make, found on the sets of session 49: a margin after a bullet list is no share of
the list's last amount; "12.1% of the market with 11,915 sales" names the part; "Domestic brand Kartal sold" and "The
Hoshimura group, including …, shipped" are the makers'; a country "included in the Asia figure" is no part beside Asia;
"Together with plug-in hybrids, electrified cars made up" is of the members it names; "their number was up 24.0%" is the
subject's; a "where" aside's month dates nothing; an amount a yen move "shifts profit by" is a change; a destination's
share "of the total shipped" is of the exports; "up less than 1%" is a rise; "cut its forecast by 15%" a fall; a margin in
a condition is no level; a neighbour's rate never takes the home country's earlier level."""

from __future__ import annotations

import pytest

from conftest import checked, measured


def _has(texts: tuple, figure: str) -> bool:
    return any(figure in text for text in texts)

_RESULTS = ("FRANKFURT, July 30, 2026 -- Brennwald AG cut its outlook on Thursday.\n\n"
            "Highlights\n- Adjusted operating profit fell 18.2% to €2.25 billion in the second quarter\n"
            "- Revenue slipped 2.1% to €41.2 billion\n- Free cash flow dropped to €705 million\n\n"
            "That left the adjusted margin at {margin}% for the quarter.\n")


def test_a_margin_after_a_list_is_no_share_of_the_lists_last_amount():
    """€705 million of €41.2 billion is 1.71%: free cash flow is no profit a margin is of."""
    for margin in ("5.5", "1.7"):
        found = checked(_RESULTS.format(margin=margin), "2026-07-30", "share")
        assert not any(_has(texts, "€705 million") for _status, texts in found)


def test_a_margin_after_its_profits_sentence_still_takes_that_profit():
    text = ("Adjusted operating profit fell 18.2% to €2.25 billion in the second quarter on revenue of €41.2 billion. "
            "That left the adjusted margin at {margin}%.\n")
    # 2.25 / 41.2 = 5.46%
    assert checked(text.format(margin="5.5"), "2026-07-30", "share") == [("ok", ("5.5%", "€2.25 billion", "€41.2 billion"))]
    assert checked(text.format(margin="6.5"), "2026-07-30", "share") == [("mismatch", ("6.5%", "€2.25 billion", "€41.2 billion"))]


_MARKET = ("PERTH, Sept. 8, 2026 -- New vehicle sales rose 2.4% in August to 91,300 from 89,160 a year earlier.\n\n"
           "Battery-electric cars made up {share} of the market with 10,420 sales, up 31.8% from 7,906 a year ago.\n")


@pytest.mark.parametrize("share, status", [("11.4%", "ok"), ("11.41%", "ok"), ("11.5%", "mismatch")])
def test_a_share_of_the_market_with_a_level_is_that_levels_share(share, status):
    """10,420 of 91,300 is 11.41%; the earlier 7,906 is no part and 10,420 no whole."""
    found = checked(_MARKET.format(share=share), "2026-09-08", "share")
    assert found == [(status, (share, "10,420", "91,300"))]


def test_near_miss_a_share_of_the_words_before_its_whole_still_takes_that_whole():
    text = "PERTH, Sept. 8, 2026 -- Dealers sold 10,420 electric cars in August, {share} of the national total of 91,300.\n"
    assert checked(text.format(share="11.4%"), "2026-09-08", "share") == [("ok", ("11.4%", "10,420 electric cars", "91,300"))]
    assert checked(text.format(share="13.4%"), "2026-09-08", "share") == [("mismatch", ("13.4%", "10,420 electric cars", "91,300"))]


_BRAND = ("ANKARA, Nov. 4, 2026 -- Turkey's car market shrank 1.2% in October. The association said 76,240 passenger cars "
          "were sold in the month.\n\nBattery-electric cars took 17.3% of the market, a record.\n\n"
          "Domestic brand Sarnic Motors sold 3,870 electric cars, {share} of the segment.\n")


def test_a_brand_named_after_its_kind_owns_its_level():
    """Sarnic's 3,870 is never the market's electric level, so its share "of the segment" is never of all 76,240 cars."""
    for share in ("5.1%", "29.4%"):
        assert not any(_has(texts, "76,240") for _status, texts in checked(_BRAND.format(share=share), "2026-11-04", "share"))


_REGIONS = ("TOKYO, Oct. 30, 2026 -- Global vehicle sales came to {total} million units in the half. Japan accounted for "
            "1.02 million, North America 1.38 million, Asia 1.16 million, Europe 490,000 and other regions 330,000.\n\n"
            "Sales in China, which are included in the Asia figure, fell 28% to 388,000 vehicles.\n")


@pytest.mark.parametrize("total, status", [("4.38", "ok"), ("4.4", "ok"), ("4.77", "mismatch")])
def test_a_country_within_a_listed_region_is_no_part_beside_it(total, status):
    """1.02 + 1.38 + 1.16 + 0.49 + 0.33 = 4.38 million; with China's 388,000 too it would be 4.768 million."""
    sums = checked(_REGIONS.format(total=total), "2026-10-30", "sum")
    assert sums == [(status, ("1.02 million", "1.38 million", "1.16 million", "490,000", "330,000", f"{total} million units"))]


_FUELS = ("BERLIN, Nov. 4, 2026 -- New-car registrations rose 2.1% in October to 231,600. By fuel type: petrol 70,110, "
          "hybrid 64,020, battery-electric 51,230, plug-in hybrid 24,880 and diesel 21,360.\n\n"
          "Battery-electric cars took 22.1% of the total. Their share rose 3.6 points from 18.5%.\n\n"
          "Together with plug-in hybrids, which rose 38.2% and took 10.7% of the market, electrified cars made up {share} "
          "of registrations.\n")


@pytest.mark.parametrize("share, status", [("32.9%", "ok"), ("32.86%", "ok"), ("60.5%", "mismatch")])
def test_together_with_one_member_a_composite_is_it_and_the_sentence_befores_subject(share, status):
    """51,230 + 24,880 = 76,110 of 231,600 is 32.86%; the hybrids' 64,020 too would give 60.50%."""
    found = [f for f in checked(_FUELS.format(share=share), "2026-11-04", "share") if f[1][0] == share]
    assert found == [(status, (share, "51,230", "24,880", "231,600"))]


def test_near_miss_a_composite_with_no_together_with_keeps_all_its_members():
    text = _FUELS.replace("Together with plug-in hybrids, which rose 38.2% and took 10.7% of the market, electrified",
                          "Plug-in hybrids took 10.7% of the market, and electrified")
    found = [f for f in checked(text.format(share="60.5%"), "2026-11-04", "share") if f[1][0] == "60.5%"]
    assert found == [("ok", ("60.5%", "64,020", "51,230", "24,880", "231,600"))]


def test_together_with_a_member_and_no_one_subject_before_stays_unchecked():
    text = _FUELS.replace("Battery-electric cars took 22.1% of the total. Their share rose 3.6 points from 18.5%.",
                          "Dealers said demand was strong.")
    assert not [f for f in checked(text.format(share="32.9%"), "2026-11-04", "share") if f[1][0] == "32.9%"]


_NUMBER = ("BERLIN, Nov. 4, 2026 -- Registrations rose to 231,600 in October. By fuel type: petrol 70,110, battery-electric "
           "51,230 and diesel 21,360.\n\nBattery-electric cars accounted for 22.1% of the total, and their {noun} was up {rate} "
           "from 41,380 a year earlier.\n")


@pytest.mark.parametrize("rate, status", [("23.8%", "ok"), ("24%", "ok"), ("32.8%", "mismatch")])
def test_their_number_in_a_second_clause_is_the_subjects(rate, status):
    """51,230 against 41,380 is up 23.80%."""
    found = checked(_NUMBER.format(noun="number", rate=rate), "2026-11-04", "growth")
    assert found == [(status, (rate, "51,230", "41,380"))]


def test_near_miss_their_price_is_no_count_of_the_subject():
    assert not checked(_NUMBER.format(noun="average price", rate="23.8%"), "2026-11-04", "growth")


def test_near_miss_a_country_the_text_never_puts_inside_a_listed_region_stays_a_part():
    text = ("TOKYO, Oct. 30, 2026 -- Global vehicle sales came to {total} million units in the half. Japan accounted for "
            "1.02 million, North America 1.38 million, Asia excluding China 1.16 million, Europe 490,000 and other regions "
            "330,000.\n\nSales in China fell 28% to 388,000 vehicles.\n")
    # with China's 388,000 the six add up to 4.768 million
    for total in ("4.77", "4.38"):
        assert not [s for s in checked(text.format(total=total), "2026-10-30", "sum") if len(s[1]) == 6]


_ABROAD = ("HONG KONG, Aug. 27, 2026 -- The company sold 412,800 vehicles in the first half. Mainland China accounted for "
           "296,400, while Europe took 48,700, Southeast Asia 31,900, the Middle East 18,600 and Latin America 17,200.\n\n"
           "That put overseas volume at 116,400 vehicles, {share} of the total. Europe was the largest foreign market with "
           "41.8% of overseas deliveries, while Southeast Asia, where the company opened a plant in Thailand in March, made "
           "up 27.4%.\n")


@pytest.mark.parametrize("share, status", [("28.2%", "ok"), ("28%", "ok"), ("29.2%", "mismatch")])
def test_that_put_a_segments_volume_at_a_level_of_the_total_is_of_the_whole(share, status):
    """116,400 of 412,800 is 28.20%."""
    found = [f for f in checked(_ABROAD.format(share=share), "2026-08-27", "share") if f[1][0] == share]
    assert found == [(status, (share, "116,400 vehicles", "412,800 vehicles"))]


def test_a_month_inside_a_where_aside_dates_neither_its_sentence_nor_the_next():
    """48,700 of 116,400 is 41.84%: the share of the half, never of March; 31,900 of 116,400 is 27.41%."""
    found = checked(_ABROAD.format(share="28.2%"), "2026-08-27", "share")
    assert ("ok", ("41.8%", "48,700", "116,400 vehicles")) in found



_SENSITIVITY = ("TOKYO, Aug. 5, 2026 -- Operating profit for the April-June quarter reached 341.8 billion yen, up from 298.3 billion "
                "yen a year earlier. Revenue grew 5.4% to 3.92 trillion yen.\n\nThe quarter's operating margin was {margin}%.\n\n"
                "The chief financial officer said each one-yen move against the dollar shifts annual operating profit by about "
                "45 billion yen.\n")


@pytest.mark.parametrize("margin, status", [("8.7", "ok"), ("8.72", "ok"), ("9.7", "mismatch")])
def test_an_amount_a_move_shifts_profit_by_is_a_change_no_second_profit(margin, status):
    """341.8 / 3,920 = 8.72%: the 45 billion yen is how much profit moves, never a profit of the quarter beside the 341.8."""
    found = [f for f in checked(_SENSITIVITY.format(margin=margin), "2026-08-05", "share") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "341.8 billion yen", "3.92 trillion yen"))]



_BRAZIL = ("SÃO PAULO, October 7, 2026 - Licensing of new vehicles in Brazil reached 231,480 units in September, the makers' "
           "council said.\n\nFactories produced 243,870 vehicles in the month. The total was split between {cars} passenger "
           "cars, 176,420 light commercial vehicles and 15,140 trucks and buses.\n\nExports fell 11.8% to 41,260 units from "
           "46,780. Argentina remained the main destination, taking 24,930 vehicles, or {share} of the total shipped.\n")


def test_a_split_between_three_classes_sums_all_three():
    """52,310 + 176,420 + 15,140 = 243,870: the passenger cars listed first are a part too, never left out of the sum."""
    sums = checked(_BRAZIL.format(cars="52,310", share="60.4%"), "2026-10-07", "sum")
    assert sums == [("ok", ("52,310 passenger cars", "176,420 light commercial vehicles", "15,140 trucks", "243,870 vehicles"))]
    slipped = checked(_BRAZIL.format(cars="53,210", share="60.4%"), "2026-10-07", "sum")
    assert not [texts for _s, texts in slipped if len(texts) == 3]  # never 176,420 + 15,140 against the 243,870


@pytest.mark.parametrize("share, status", [("60.4%", "ok"), ("60%", "ok"), ("66.4%", "mismatch")])
def test_a_destinations_share_of_the_total_shipped_is_of_the_exports(share, status):
    """24,930 of 41,260 is 60.42%: a country apart from the article's is a part of the exports, never of the passenger cars."""
    found = [f for f in checked(_BRAZIL.format(cars="52,310", share=share), "2026-10-07", "share") if f[1][0] == share]
    assert found == [(status, (share, "24,930 vehicles", "41,260 units"))]


def test_up_less_than_a_percent_is_a_rise():
    text = ("TUCSON, Nov. 10, 2026 -- Overall, 29,630 new vehicles were registered in the county from January through October, "
            "up less than 1% from 29,420.\n")
    assert checked(text, "2026-11-10", "growth") == [("ok", ("1%", "29,630 new vehicles", "29,420"))]


def test_cut_its_forecast_by_a_rate_is_a_fall_across_the_words_between():
    text = ("TOKYO, Aug. 7, 2026 -- Mizusawa cut its full-year operating profit forecast by {rate} to 620 billion yen from "
            "730 billion yen.\n")
    # 620 / 730 - 1 = -15.07%
    assert checked(text.format(rate="15%"), "2026-08-07", "growth") == [("ok", ("15%", "620 billion yen", "730 billion yen"))]
    assert checked(text.format(rate="25%"), "2026-08-07", "growth") == [("mismatch", ("25%", "620 billion yen", "730 billion yen"))]


def test_a_brands_share_beside_retail_and_wholesale_totals_explained_in_asides_stays_unchecked():
    text = ("BANGKOK, June 15, 2026 -- Retail sales, meaning vehicles actually delivered to customers and registered, rose 6.2% "
            "to 48,615 in May. Wholesales, the shipments that assemblers invoice to their dealers, fell 3.4% to 52,140.\n\n"
            "Hoshimura, the market leader, delivered 15,204 vehicles for a 31.3% share.\n")
    assert not [f for f in checked(text, "2026-06-15", "share") if f[1][0] == "31.3%"]


def test_a_group_named_before_an_including_aside_owns_its_level():
    text = ("JAKARTA, July 8, 2026 -- Wholesales reached 63,412 units in June.\n\nThe Hoshimura group, including its two local "
            "joint ventures, shipped 19,960 vehicles, giving it 31.5% of wholesales. The Ogura group shipped 8,204.\n")
    found = measured(text, "2026-07-08")
    assert "name:hoshimura" in found["19,960 vehicles"].segment
    assert "name:ogura" in found["8,204"].segment


def test_a_part_said_of_which_is_no_total_of_the_next_line():
    text = ("MUNICH, March 20, 2026 -- Targets for 2030:\n- Deliveries of 1.86 million vehicles, of which 1.12 million were in "
            "Europe (60.2%).\n- Battery-electric deliveries of 412,000, 22.2% of the group's total.\n")
    assert not any(_has(texts, "1.12 million") and _has(texts, "22.2%") for _s, texts in checked(text, "2026-03-20", "share"))


def test_a_margin_in_a_condition_is_no_level_of_the_year():
    text = ("LONDON, June 4, 2026 -- Revenue fell 6.7% in 2025 to £3.46 billion. EBITDA declined to £412 million, a margin of "
            "11.9%.\n\nWe could revise the outlook to stable if the EBITDA margin recovered to 13% and leverage fell below 2.5 "
            "times.\n")
    assert checked(text, "2026-06-04", "share") == [("ok", ("11.9%", "£412 million", "£3.46 billion"))]


def test_a_neighbours_rate_never_takes_the_home_countrys_earlier_level():
    text = ("OSLO, Jan 2, 2026 - Registrations of new cars in Norway rose 1.5 percent to 128,691 in 2025. Fully electric models "
            "accounted for 114,418, 9.4 percent more than the 104,589 a year earlier.\n\nIn neighbouring Sweden, where the "
            "government scrapped its bonus in November 2022, the market fell 6.2 percent to 269,463 cars in 2025. "
            "Battery-electric registrations dropped 14.9 percent to 94,589.\n")
    assert not any(_has(texts, "104,589") and _has(texts, "94,589") for _s, texts in checked(text, "2026-01-02", "growth"))


_RANKING = ("MEXICO CITY, October 14, 2026 -- Latin America's six largest markets sold 461,565 new light vehicles in September. "
            "Our ranking:\n\n1. Brazil - 231,480\n2. Mexico - 121,305\n3. Argentina - 42,160\n4. Chile - 31,870\n"
            "5. Colombia - 19,540\n6. Peru - 15,210\n\nBrazil alone accounted for {share} of the {count}-country total.\n")


@pytest.mark.parametrize("share, status", [("50.2%", "ok"), ("50%", "ok"), ("52.0%", "mismatch")])
def test_a_members_share_of_the_total_its_words_count_is_of_the_lists_total(share, status):
    """231,480 of 461,565 is 50.15%; the six rows add up to it."""
    found = [f for f in checked(_RANKING.format(share=share, count="six"), "2026-10-14", "share") if f[1][0] == share]
    assert found == [(status, (share, "231,480", "461,565 new light vehicles"))]


def test_near_miss_a_count_that_is_not_the_lists_leaves_the_share_unchecked():
    found = [f for f in checked(_RANKING.format(share="50.2%", count="seven"), "2026-10-14", "share") if f[1][0] == "50.2%"]
    assert found == []


@pytest.mark.parametrize("share, status", [("74.1%", "ok"), ("74%", "ok"), ("77.1%", "mismatch")])
def test_a_percent_of_the_month_is_a_share_of_the_months_total(share, status):
    """16,212 of 21,874 is 74.12%."""
    text = ("HANOI, March 12, 2026 - Members of the council sold 21,874 vehicles in February, the council said.\n\n"
            f"The members sold 16,212 passenger cars, 5,302 commercial vehicles and 360 special-purpose vehicles. Passenger cars "
            f"were therefore {share} of the month.\n")
    found = [f for f in checked(text, "2026-03-12", "share") if f[1][0] == share]
    assert found == [(status, (share, "16,212 passenger cars", "21,874 vehicles"))]


@pytest.mark.parametrize("rest, status", [("26,327", "ok"), ("27,327", "mismatch")])
def test_a_breakdown_by_destination_sums_to_the_exports(rest, status):
    """226,730 + 24,615 + 11,842 + 26,327 = 289,514: the destinations are the exports' parts, the rest of the world closes them."""
    text = ("MEXICO CITY, September 8, 2026 - Exports rose 5.1% to 289,514 vehicles in August. The breakdown by destination "
            f"showed the following August shipments: United States, 226,730; Canada, 24,615; Germany, 11,842; rest of the world, {rest}.")
    assert checked(text, "2026-09-08", "sum") == [(status, ("226,730", "24,615", "11,842", rest, "289,514 vehicles"))]


@pytest.mark.parametrize("share, status", [("10.6%", "ok"), ("11%", "ok"), ("12.6%", "mismatch")])
def test_a_share_of_licensing_is_of_the_months_licensed_total(share, status):
    """24,615 of 231,480 is 10.63%: Brazil's "licensing" counts registrations."""
    text = ("SÃO PAULO, October 7, 2026 - Licensing of new vehicles in Brazil reached 231,480 units in September.\n\n"
            "Licensing by fuel:\n- Flex-fuel: 178,930\n- Electrified: 24,615\n- Gasoline only: 6,870\n- Diesel: 21,065\n\n"
            f"Electrified vehicles accounted for {share} of licensing.\n")
    found = [f for f in checked(text, "2026-10-07", "share") if f[1][0] == share]
    assert found == [(status, (share, "24,615", "231,480 units"))]


@pytest.mark.parametrize("share, status", [("21.8%", "ok"), ("22%", "ok"), ("24.8%", "mismatch")])
def test_a_rate_aside_after_the_subject_leaves_the_share_its_subjects(share, status):
    """Queensland's 22,870 of 104,716 is 21.84%."""
    text = ("BRISBANE, 5 August 2026 - Australians bought 104,716 new vehicles in July.\n\nSales by state, July 2026:\n"
            "New South Wales 31,406\nVictoria 28,115\nQueensland 22,870\nWestern Australia 11,902\n\n"
            f"Queensland, up 6.8%, accounted for {share} of the national market.\n")
    found = [f for f in checked(text, "2026-08-05", "share") if f[1][0] == share]
    assert found == [(status, (share, "22,870", "104,716 new vehicles"))]


@pytest.mark.parametrize("rate, status", [("33%", "ok"), ("33.3%", "ok"), ("25%", "mismatch")])
def test_an_amount_that_leaves_the_next_metric_is_not_of_it(rate, status):
    """Capital expenditure "left free cash flow of $1.72 billion": the $2.91 billion is no free cash flow, so the rate's level
    is the one left; 1.72 / 1.29 - 1 = +33.3%."""
    text = ("AUSTIN, October 22, 2026 - Operating cash flow of $4.63 billion and capital expenditures of $2.91 billion left free "
            f"cash flow of $1.72 billion in the third quarter. Free cash flow climbed {rate} from $1.29 billion a year earlier.\n")
    assert checked(text, "2026-10-22", "growth") == [(status, (rate, "$1.72 billion", "$1.29 billion"))]


_ANFAVEA = ("SÃO PAULO, Nov. 6, 2026 - Brazilian vehicle production rose 3.1% in October.\n\nKEY FIGURES (October 2026)\n"
            "- Licensing, all vehicles: 248,930\n- Exports: 41,250 vehicles\n\nLicensing of cars and light commercials reached "
            "236,120 units. Imported light vehicles totalled 41,560, or 17.6% of light-vehicle licensing.\n\nExports weakened. "
            "Argentina absorbed 22,340 units, 54.2% of shipments.\n")


def test_a_share_of_a_qualified_metric_is_never_of_the_metrics_plain_level():
    """41,560 of 236,120 is 17.60% (light vehicles); of all 248,930 it would be 16.70%."""
    assert not [f for f in checked(_ANFAVEA, "2026-11-06", "share") if _has(f[1], "248,930")]


def test_a_destinations_share_of_shipments_is_never_of_the_home_markets_licensing():
    """22,340 of 41,250 exports is 54.16%; of the 236,120 licensed it would be 9.46%."""
    assert not [f for f in checked(_ANFAVEA, "2026-11-06", "share") if _has(f[1], "22,340") and _has(f[1], "236,120")]


@pytest.mark.parametrize("share, status", [("42%", "ok"), ("nearly 42%", "ok"), ("52%", "mismatch")])
def test_a_subjects_gloss_of_who_counts_it_leaves_the_subjects_segment(share, status):
    """"Zero-emission vehicles, the … models counted under Ottawa's sales mandate, totalled 13,920": the aside names how they
    are counted, so Quebec's 5,840 "of the zero-emission vehicles" are of the 13,920 (41.95%)."""
    text = ("TORONTO - June 3, 2026 - Canadian new-vehicle sales rose 4.2% in May to 178,460 units.\n\nZero-emission vehicles, "
            "the battery-electric and plug-in hybrid models counted under Ottawa's sales mandate, totalled 13,920 in May.\n\n"
            f"Quebec buyers took 5,840 of the zero-emission vehicles, or {share} of the national total.\n")
    found = [f for f in checked(text, "2026-06-03", "share") if _has(f[1], "5,840")]
    assert found == [(status, (share.split()[-1], "5,840", "13,920"))]
