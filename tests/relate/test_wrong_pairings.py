"""Wrong pairings that a planted error beside them used to hide: the accuracy count excuses any finding that touches a
planted error's figure, but a reader sees "26,250 of 71,990 is 36.46%" as a false alarm all the same. Each reading here
keeps a figure out of a relation its words do not make, and keeps the relation they do make."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

from evcheck.extract import extract_figures


def _mismatches(found, rule):
    return [c for c in of_rule(found, rule) if c[1] == "mismatch"]


# --- a period that opens the clause after a colon dates the figure that clause leads with ---

SCOOTERS = ("SAO PAULO, 5 August 2026 - Retail registrations reached 183,940 motorcycles in July, and scooters accounted for "
            "18,905.\n\nScooters took 10.3% of July sales. Their volume has {word} in two years: in July 2024 only {then} were "
            "registered.\n")


def test_a_period_after_the_colon_dates_its_own_figure():
    text = SCOOTERS.format(word="tripled", then="7,760")
    assert measures(text, "2026-08-05")["7,760"].period == "2024-07"
    assert measures(text, "2026-08-05")["tripled"].versus == "2024-07"
    assert not [c for c in of_rule(checks(text, "2026-08-05"), "share") if "7,760" in c[3]]  # never July 2024's count over July's


def test_a_period_after_the_comparison_without_a_colon_stays_the_comparisons():
    text = "Posted 5 August 2026\n\nScooters sold 18,905 in July, triple the number of July 2024.\n"
    assert measures(text, "2026-08-05")["18,905"].period == "2026-07"


# --- "make up the remaining 67.5%": a part with its own share, never the whole of another ---

MARKET = ("Tuesday 3 March 2026\n\n- {total} new passenger cars were registered in February.\n- Private buyers registered 9,418 cars.\n"
          "- That gives private motorists {share}% of the market; business and lease registrations, at 19,528, make up the "
          "remaining 67.5%.\n")


def test_the_remaining_share_names_its_own_level_a_part():
    text = MARKET.format(total="28,946", share="32.5")
    assert measures(text, "2026-03-03")["67.5%"].restates is not None
    assert ("share", "ok", "info", ("32.5%", "9,418 cars", "28,946 new passenger cars")) in of_rule(checks(text, "2026-03-03"), "share")


def test_the_share_of_the_market_is_flagged_against_the_market():
    found = checks(MARKET.format(total="28,946", share="34.5"), "2026-03-03")
    assert [c for c in _mismatches(found, "share") if c[3] == ("34.5%", "9,418 cars", "28,946 new passenger cars")]
    assert not [c for c in of_rule(found, "share") if "19,528" in c[3]]


def test_the_share_at_its_rounding_edge():
    """9,418 / 28,946 = 32.536%: "32.5%" holds, "32.6%" does not."""
    assert not _mismatches(checks(MARKET.format(total="28,946", share="32.5"), "2026-03-03"), "share")
    assert _mismatches(checks(MARKET.format(total="28,946", share="32.6"), "2026-03-03"), "share")


# --- a list's last line that counts the members is the list's total ---

MODELS = ("Tuesday 3 March 2026\n\n- 28,946 new cars were registered in February; business drivers took 19,528 of them.\n\n"
          "TOP FIVE MODELS\n- Vireo E3: 1,212\n- Ostra Kite: 1,046\n- Halden Mare: 874\n- Lumen Air: 811\n- Corvin 4e: 768\n"
          "- Together, the five account for {together} registrations.\n")


def test_a_counted_closing_line_is_the_lists_total():
    found = of_rule(checks(MODELS.format(together="4,711"), "2026-03-03"), "sum")
    assert [c for c in found if c[1] == "ok" and c[3][-1] == "4,711 registrations"]
    assert not [c for c in found if "19,528" in c[3]]


def test_a_counted_closing_line_that_does_not_add_up_is_flagged():
    assert [c for c in _mismatches(checks(MODELS.format(together="4,811"), "2026-03-03"), "sum") if c[3][-1] == "4,811 registrations"]


def test_a_closing_line_that_counts_other_members_is_no_total():
    found = of_rule(checks(MODELS.format(together="4,711").replace("the five", "the four"), "2026-03-03"), "sum")
    assert not [c for c in found if c[3][-1] == "4,711 registrations" and c[1] == "ok" and len(c[3]) == 6]


# --- a region that "added" a count beside its share is a part, never a change of the market ---

PROVINCES = ("TORONTO, April 8, 2026 - Canadians bought 388,400 new light vehicles in the first quarter, down 2.1% from 396,700 "
             "a year earlier. Zero-emission sales fell to 28,140.\n\nOntario, the largest market, added {n} ZEVs, just {share}% "
             "of zero-emission sales nationally.\n")


def test_a_count_a_region_added_beside_its_share_is_a_part():
    text = PROVINCES.format(n="4,620", share="16.4")
    assert measures(text, "2026-04-08")["4,620"].role == "level"
    assert not of_rule(checks(text, "2026-04-08"), "difference")


def test_a_change_of_a_named_region_never_joins_the_markets_levels():
    text = ("TORONTO, April 8, 2026 - Canadians bought 388,400 new light vehicles in the first quarter, down from 396,700 a year "
            "earlier.\n\nOntario added 4,620 vehicles.\n")
    assert not of_rule(checks(text, "2026-04-08"), "difference")
    market = text.replace("Ontario added 4,620 vehicles", "Sales fell by 8,300 vehicles")
    assert [c for c in of_rule(checks(market, "2026-04-08"), "difference") if c[1] == "ok"]


# --- "Compared with June, output fell 7.3 percent and sales dropped 10.7 percent": both on June ---

CAAM = ("BEIJING, Aug 11 (Newswire) - China's vehicle sales reached 2.593 million units in July.\n\nCompared with June, output fell "
        "7.3 percent and sales dropped {rate} percent. Sales were up from 2.262 million units in July 2024.\n")


def test_a_second_rate_after_a_comparison_opening_is_on_the_month_it_names():
    text = CAAM.format(rate="10.7")
    assert measures(text, "2025-08-12")["10.7 percent"].versus == "2025-06"
    assert not _mismatches(checks(text, "2025-08-12"), "growth")  # never against July 2024's 2.262 million


def test_a_second_rate_with_a_basis_of_its_own_keeps_it():
    text = CAAM.format(rate="10.7").replace("sales dropped 10.7 percent", "sales rose 14.6 percent from a year earlier")
    assert measures(text, "2025-08-12")["14.6 percent"].versus != "2025-06"


# --- a part stated again is no total of itself and the exports ---

SIAM = ("NEW DELHI, April 15, 2025 - Domestic passenger vehicle sales rose 2 per cent to 43,01,848 units. Passenger vehicle "
        "exports jumped 14.8 per cent to 7,70,364 units.\n\nIn all, the industry sold 256.07 lakh vehicles in the domestic "
        "market. Passenger vehicles accounted for 43.02 lakh.\n")


def test_a_level_stated_again_is_no_total_of_itself_and_another_segment():
    assert not [c for c in of_rule(checks(SIAM, "2025-04-15"), "sum") if "7,70,364 units" in c[3]]


def test_domestic_and_exports_still_add_up_to_a_larger_total():
    text = SIAM.replace("Passenger vehicles accounted for 43.02 lakh.", "Passenger vehicle dispatches, domestic and exports, came to "
                        "50,72,212 units.")
    found = [c for c in of_rule(checks(text, "2025-04-15"), "sum") if "7,70,364 units" in c[3]]
    assert not [c for c in found if c[1] == "mismatch"]


# --- a model's designation is no figure ---

def test_a_models_letter_and_number_designation_is_no_figure():
    texts = [f.text for f in extract_figures("Sales of the F-150 Lightning rose to 9,870, and the CX-5 sold 4,210 units.")]
    assert texts == ["9,870", "4,210 units"]


def test_a_hyphenated_range_or_amount_is_still_read():
    texts = [f.text for f in extract_figures("Prices rose 4-5% and the group sold 12,000 cars.")]
    assert "12,000 cars" in texts and len(texts) == 2


# --- a sibling of unread name, before "while", is no total of the names after it ---

PICKUPS = ("DETROIT, October 7, 2026 - Electric pickups remained a niche in the third quarter. Sales of the F-150 Lightning more "
           "than tripled to 9,870 from 3,020, while the Silverado EV sold 6,140 units, the Cybertruck 4,950 and the Rivian R1T 3,460.\n")


def test_a_sibling_before_while_is_no_total_of_the_names():
    assert not of_rule(checks(PICKUPS, "2026-10-07"), "sum")
    assert [c for c in of_rule(checks(PICKUPS, "2026-10-07"), "multiple") if c[1] == "ok"]


# --- a change "by 4.7 percent to 21.0 percent" of a share is a percent given for points ---

KBA = ("FLENSBURG, June 3, 2026 - New car registrations in Germany rose 4.6% in May to 251,340 vehicles. Some 52,780 new "
       "battery-electric cars were registered. That lifted their share of the market by {change} to 21.0 percent, from 16.3 "
       "percent a year earlier.\n")


def test_a_percent_by_which_a_share_moved_is_flagged_as_points_mixed_up():
    found = checks(KBA.format(change="4.7 percent"), "2026-06-03")
    assert [c for c in _mismatches(found, "points") if c[3][0] == "4.7 percent"]
    assert not [c for c in of_rule(found, "share") if "4.7 percent" in c[3]]


def test_the_same_change_in_points_holds():
    assert not _mismatches(checks(KBA.format(change="4.7 points"), "2026-06-03"), "points")


def test_a_percent_by_which_a_count_rose_is_a_rate():
    text = "FLENSBURG, June 3, 2026 - Registrations rose by 4.6% to 251,340 vehicles in May from 240,287.\n"
    assert measures(text, "2026-06-03")["4.6%"].role == "rate"


# --- "those two channels together took 71,990" is no "month's total" ---

SPAIN = ("MADRID, 5 August 2026 - Spain's market grew 5.9% to 96,240 registrations in July. Private buyers registered 45,130 "
         "cars and companies 24,860, so those two channels together took 71,990. Rental fleets added 26,250, or 27.3% of the "
         "month's total.\n")


def test_a_counted_subtotal_is_no_months_total():
    assert not [c for c in of_rule(checks(SPAIN, "2026-08-05"), "share") if "71,990" in c[3]]


def test_a_total_the_words_call_all_of_them_still_serves():
    text = SPAIN.replace("so those two channels together took 71,990", "and all channels together took 96,240")
    assert not [c for c in _mismatches(checks(text, "2026-08-05"), "share") if "27.3%" in c[3]]


# --- "a 16.9% share of cars" where vans and trucks are counted too ---

BRAZIL = ("SAO PAULO, 2 September 2026 - Members registered 223,091 new vehicles in August.\n\n- Cars: 168,422\n"
          "- Light commercials: 41,306\n\nThe leader sold 28,416 cars, a {share}% share of cars.\n")


def test_a_share_of_cars_beside_commercials_is_of_the_cars():
    m = measures(BRAZIL.format(share="16.9"), "2026-09-02")["16.9%"]
    assert m.of_segment == frozenset({"passenger"})
    assert not _mismatches(checks(BRAZIL.format(share="16.9"), "2026-09-02"), "share")


def test_a_share_of_cars_in_a_car_market_is_of_the_market():
    text = "ROME, 2 September 2026 - Italians registered 139,221 new cars in August. The leader sold 28,416, a 20.4% share of cars.\n"
    assert measures(text, "2026-09-02")["20.4%"].of_segment != frozenset({"passenger"})


# --- fuels of the market are never parts of its passenger cars ---

US = ("NEW YORK, June 2, 2026 - Americans bought 1,476,240 vehicles in May. Light trucks accounted for 1,195,760 of them; "
      "passenger cars made up the other 280,480.\n\nElectric vehicles took 8.1% of the market with 119,587 units. Hybrids "
      "reached 181,578 units.\n")


def test_fuels_of_the_market_are_no_parts_of_its_cars():
    assert not [c for c in of_rule(checks(US, "2026-06-02"), "sum") if "181,578 units" in c[3]]


def test_the_classes_still_add_up_to_the_market():
    assert [c for c in of_rule(checks(US, "2026-06-02"), "sum") if c[3][-1] == "1,476,240 vehicles"]


# --- "By powertrain they were:" over a list: the level of the sentence before the header ---

KOREA = ("SEOUL, June 1, 2026 - Car exports were worth $6.84 billion in May.\n\nExports of eco-friendly vehicles reached $2.71 "
         "billion, or 39.6% of the total, up 22.1% on the $2.22 billion of May 2025. By powertrain they were:\n"
         "- hybrids: $1.38 billion\n- battery electric vehicles: {bev} billion\n- plug-in hybrids: $0.19 billion\n"
         "- hydrogen fuel cell vehicles: $0.02 billion\n")


def test_a_list_under_they_were_adds_up_to_the_level_before():
    found = of_rule(checks(KOREA.format(bev="$1.12"), "2026-06-01"), "sum")
    assert [c for c in found if c[1] == "ok" and c[3][-1] == "$2.71 billion"]
    assert measures(KOREA.format(bev="$1.12"), "2026-06-01")["$1.38 billion"].period == "2026-05"


def test_a_list_under_they_were_that_does_not_add_up_is_flagged():
    assert [c for c in _mismatches(checks(KOREA.format(bev="$1.42"), "2026-06-01"), "sum") if c[3][-1] == "$2.71 billion"]


# --- a year-earlier share is never joined with another segment's share before it ---

SHARES = ("SEOUL, June 1, 2026 - Eco-friendly cars made up 39.6% of car exports in May. Battery electric models alone accounted "
          "for 41.3% of all car exports. A year earlier eco-friendly cars had made up 33.8% of outbound shipments, so their share "
          "has gained 5.8 percentage points.\n")


def test_a_look_back_never_takes_another_segments_share():
    assert not _mismatches(checks(SHARES, "2026-06-01"), "points")


def test_a_look_back_takes_the_same_segments_share():
    text = ("SEOUL, June 1, 2026 - Battery electric models accounted for 41.3% of all car exports. A year earlier their share was "
            "33.8%, so it has gained {pp} percentage points.\n")
    assert not _mismatches(checks(text.format(pp="7.5"), "2026-06-01"), "points")
    assert _mismatches(checks(text.format(pp="5.8"), "2026-06-01"), "points")


# --- "of new passenger cars" where used imports are counted too ---

GREECE = ("Athens, October 10, 2025\n\nIn total, 21,486 passenger cars, new and used, received licences in September. Of these, "
          "13,052 were brand new, while used cars imported from abroad came to 8,434.\n\nA total of 1,187 battery-electric cars "
          "were licensed, 9.1 percent of new passenger cars.\n")


def test_a_share_of_new_cars_is_never_of_new_and_used_together():
    assert not _mismatches(checks(GREECE, "2025-10-10"), "share")


def test_a_share_of_passenger_cars_with_no_used_ones_counted_is_checked():
    text = ("Athens, October 10, 2025\n\nIn total, 13,052 new passenger cars received licences in September. A total of 1,187 "
            "battery-electric cars were licensed, {share} percent of new passenger cars.\n")
    assert not _mismatches(checks(text.format(share="9.1"), "2025-10-10"), "share")
    assert _mismatches(checks(text.format(share="8.1"), "2025-10-10"), "share")


# --- a division's margin is no group profit over group revenue ---

MARGIN = ("FRANKFURT, August 10, 2026 - Its €2.31 billion of operating profit on revenue of €25.4 billion is still the best in "
          "the group, and the margin of the maker's core automotive division slipped to 8.2% from 9.6%.\n")


def test_a_divisions_margin_is_not_the_groups_profit_over_revenue():
    assert not [c for c in of_rule(checks(MARGIN, "2026-08-10"), "share") if "8.2%" in c[3]]


def test_the_groups_own_margin_is_still_checked():
    text = MARGIN.replace("the margin of the maker's core automotive division slipped to 8.2%", "its operating margin slipped to {m}%")
    assert [c for c in of_rule(checks(text.format(m="9.1"), "2026-08-10"), "share") if c[1] == "ok" and "9.1%" in c[3]]
    assert [c for c in _mismatches(checks(text.format(m="8.2"), "2026-08-10"), "share") if "8.2%" in c[3]]


# --- a year-ago share after a sentence of two shares: whose? ---

PACKS = ("SHANGHAI, July 1, 2026 - The survey covered 612 GWh of packs. That puts LFP at 61.4% of the volume{nmc}. A year ago "
         "iron-phosphate's share of our sample was 55.9%, so it has gained {pp} percentage points.\n")


def test_a_look_back_after_two_shares_is_left_unchecked():
    assert not of_rule(checks(PACKS.format(nmc=" and NMC at 34.6%", pp="5.5"), "2026-07-01"), "points")


def test_a_look_back_after_one_share_is_checked():
    assert [c for c in of_rule(checks(PACKS.format(nmc="", pp="5.5"), "2026-07-01"), "points") if c[1] == "ok"]
    assert _mismatches(checks(PACKS.format(nmc="", pp="6.5"), "2026-07-01"), "points")


# --- "a year earlier, when it sold 5,71,406" is the year before's, no whole of this year's exports ---

INDIA = ("MUMBAI, November 2, 2026 - Arunoday Motors sold 6,14,052 two-wheelers in October, 7.5% more than a year earlier, when "
         "it sold 5,71,406. Domestic sales accounted for 5,48,917 units and exports for the rest, 65,135, which puts the overseas "
         "business at 10.6% of the total.\n")


def test_a_when_clause_of_a_year_earlier_is_no_whole():
    found = checks(INDIA, "2026-11-02")
    assert not [c for c in of_rule(found, "share") if "5,71,406" in c[3]]
    assert [c for c in of_rule(found, "growth") if c[1] == "ok" and "5,71,406" in c[3]]


# --- an aim, and a level beyond a line, are no shares or rates now ---

def test_an_aim_for_the_end_of_the_decade_is_no_share_now():
    text = ("STOCKHOLM, March 12, 2026 - Group revenue was €1.08 billion in 2025. Service revenue grew 22% from €121 million to "
            "€148 million. It represents 13.7% of group revenue, and management wants it to make up a fifth of sales by the end "
            "of the decade.\n")
    found = of_rule(checks(text, "2026-03-12"), "share")
    assert [c for c in found if c[1] == "ok" and "13.7%" in c[3]]
    assert not [c for c in found if "a fifth" in c[3]]


def test_a_share_beyond_a_line_is_no_rate_of_the_market():
    text = ("BRUSSELS, June 24, 2026 - Van registrations fell 4.8% to 122,309 in May from 128,494. The electric share reached "
            "10.6%, although Norway, where the share is above 70%, distorts the average.\n")
    assert measures(text, "2026-06-24")["70%"].role == "bound"
    assert not _mismatches(checks(text, "2026-06-24"), "growth")


# --- key-figures lists: the line whose label names the measure, never a part of it ---

SKARVIK = ("GOTHENBURG, July 20, 2026 - Second quarter:\n\n- Net sales: SEK 38.6 billion (SEK 35.9 billion), +7.5%\n"
           "- Operating income: SEK 4.21 billion (SEK 3.48 billion), +21.0%\n- Operating margin: {margin}% (9.7%)\n"
           "- Service revenue: SEK 10.3 billion (SEK 9.5 billion), +8.4%\n\nSkarvik reports in kronor. For readers comparing with "
           "euro-reporting peers, net sales correspond to {eur} billion, translated at the quarter's average rate of SEK 11.02 per "
           "euro.\n")


def test_a_margin_line_is_of_the_net_sales_line_never_the_service_line():
    found = of_rule(checks(SKARVIK.format(margin="10.9", eur="€3.50"), "2026-07-20"), "share")
    assert ("share", "ok", "info", ("10.9%", "SEK 4.21 billion", "SEK 38.6 billion")) in found
    assert not [c for c in found if "SEK 10.3 billion" in c[3]]
    assert _mismatches(checks(SKARVIK.format(margin="11.9", eur="€3.50"), "2026-07-20"), "share")


def test_a_conversion_named_by_metric_takes_the_list_line_of_that_measure():
    found = of_rule(checks(SKARVIK.format(margin="10.9", eur="€3.50"), "2026-07-20"), "conversion")
    assert [c for c in found if c[1] == "ok" and "SEK 38.6 billion" in c[3] and "€3.50 billion" in c[3]]
    assert not [c for c in found if "SEK 10.3 billion" in c[3]]
    assert [c for c in _mismatches(checks(SKARVIK.format(margin="10.9", eur="€3.80"), "2026-07-20"), "conversion")
            if "€3.80 billion" in c[3]]


def test_an_exchange_rate_is_never_the_profit_of_a_margin():
    text = ("MUMBAI, August 4, 2026 - Revenue from operations was Rs 9,842 crore for April-June. EBITDA rose to Rs 1,338 crore, "
            "or $140.4 million at Rs 95.3 to the dollar, giving a margin of {m}%.\n")
    assert ("share", "ok", "info", ("13.6%", "Rs 1,338 crore", "Rs 9,842 crore")) in of_rule(checks(text.format(m="13.6"), "2026-08-04"), "share")
    assert not [c for c in of_rule(checks(text.format(m="13.6"), "2026-08-04"), "share") if "Rs 95.3" in c[3]]


# --- an earlier value led by another rate before ", and …" is that rate's ---

def test_an_earlier_value_of_the_rate_before_is_never_the_next_rates():
    text = ("GOTHENBURG, August 4, 2026 - Service revenue reached SEK 14.6 billion. It grew 10.6% from SEK 13.2 billion, and parts "
            "sales alone rose 8.2% to SEK 9.4 billion.\n")
    assert not [c for c in of_rule(checks(text, "2026-08-04"), "growth") if "8.2%" in c[3] and "SEK 13.2 billion" in c[3]]
    plain = "GOTHENBURG, August 4, 2026 - Parts sales rose 8.2% to SEK 9.4 billion from SEK 8.69 billion.\n"
    assert [c for c in of_rule(checks(plain, "2026-08-04"), "growth") if c[1] == "ok"]


# --- "now represent 21.0% of registrations": a share, as "represents" is ---

SHARE_NOW = ("FLENSBURG, June 3, 2026 - Germans registered 251,340 new cars in May, and 52,780 battery-electric cars. "
             "Battery-electric cars now represent {share}% of registrations.\n")


def test_represent_states_a_share():
    assert ("share", "ok", "info", ("21.0%", "52,780 battery-electric cars", "251,340 new cars")) in of_rule(
        checks(SHARE_NOW.format(share="21.0"), "2026-06-03"), "share")
    assert _mismatches(checks(SHARE_NOW.format(share="25.0"), "2026-06-03"), "share")


def test_represent_at_its_rounding_edge():
    """52,780 / 251,340 = 20.999%: "21%" holds as "21.0%" does."""
    assert not _mismatches(checks(SHARE_NOW.format(share="21"), "2026-06-03"), "share")


# --- a list's total is the level its lines add up to, never a subtotal of some of them ---

NETWORK = ("COVENTRY, 5 August 2026 - At the end of June it operated 11,962 public charge points in five countries.\n\n"
           "Network at a glance (charge points, 30 June 2026)\n- United Kingdom: 4,812\n- Germany: 3,206\n- Netherlands: 1,974\n"
           "- France: 1,358\n- Belgium: {be}\n\nThe 7,150 points on the continent have been the growth engine: the Dutch count "
           "alone is up {rate}% from 1,223 a year ago.\n")


def test_a_subtotal_of_some_lines_is_never_the_lists_total():
    """The continent's 7,150 (four of the five lines) is a count now, no change in points: never the total of all five."""
    for be in ("612", "712"):
        assert not [c for c in of_rule(checks(NETWORK.format(be=be, rate="61.4"), "2026-08-05"), "sum") if "7,150" in c[3]]


def test_a_rate_said_of_one_part_alone_is_no_rate_of_the_subtotal():
    assert measures(NETWORK.format(be="612", rate="61.4"), "2026-08-05")["61.4%"].segment == frozenset({"qualified"})
    assert not of_rule(checks(NETWORK.format(be="612", rate="61.4"), "2026-08-05"), "growth")


# --- "up 39.9% on its 11,780 of August 2025": the year before's value, never a part of this month's share ---

YUNTAI = ("SANTIAGO, September 3, 2026 - Chileans bought 41,250 new cars in August. The Chinese-owned Yuntai was again the "
          "fastest-growing, up 39.9% on its 11,780 of August 2025, and its share rose to 13.9%.\n\nFinancing contracts for new "
          "vehicles rose 12.6% to 74,310.\n")


def test_an_amount_after_on_its_dated_by_of_a_month_is_the_earlier_value():
    assert measures(YUNTAI, "2026-09-03")["11,780"].role == "earlier"
    assert not [c for c in of_rule(checks(YUNTAI, "2026-09-03"), "share") if "11,780" in c[3]]


def test_an_amount_of_a_named_maker_is_still_a_level_without_on():
    text = YUNTAI.replace("up 39.9% on its 11,780 of August 2025", "with 5,734 cars sold in August")
    assert measures(text, "2026-09-03")["5,734 cars"].role == "level"


BRACKETED_COUNTRIES = ("Truck Data, 23 July 2026\n\nGermany (2,912), France (1,486) and the Netherlands (1,031) together took "
                       "5,529 of the heavy electric trucks, and {who} alone accounted for {share} of them.\n")


def test_a_share_said_of_a_named_subject_takes_no_other_members_amount():
    """The share is Germany's: never the Netherlands' 1,031, the last amount before it."""
    found = of_rule(checks(BRACKETED_COUNTRIES.format(who="Germany", share="36.8%"), "2026-07-23"), "share")
    assert not any("1,031" in c[-1] for c in found)


def test_a_share_with_no_named_subject_still_takes_the_amount_before_it():
    text = ("Truck Data, 23 July 2026\n\nThe three markets took 5,529 of the heavy electric trucks, and the largest, with "
            "2,912 of them, accounted for 52.7% of them.\n")
    assert of_rule(checks(text, "2026-07-23"), "share") == [("share", "ok", "info", ("52.7%", "2,912", "5,529"))]


def test_them_after_a_percent_of_a_whole_are_the_figures_the_sentence_is_about():
    text = ("PARIS, 10 March 2026\n\nThe captive bank signed 18,420 financing contracts in February, covering 41.7% of the brand's "
            "44,180 European deliveries. Leases accounted for 7,921 of them ({share}), loans for the other 10,499.\n")
    assert ("share", "ok", "info", ("43.0%", "7,921", "18,420")) in of_rule(checks(text.format(share="43.0%"), "2026-03-10"), "share")
    assert ("share", "mismatch", "error", ("47.0%", "7,921", "18,420")) in of_rule(checks(text.format(share="47.0%"), "2026-03-10"),
                                                                                  "share")
    assert not any("44,180" in c[-1] and "7,921" in c[-1] for c in of_rule(checks(text.format(share="43.0%"), "2026-03-10"), "share"))


def test_a_difference_by_which_one_outnumbers_another_is_no_total():
    text = ("Some detail from the supplement:\n- Loans still outnumber leases by 34,426.\n"
            "- Electric models accounted for 12,488 leases, 23.3% of the quarter's total.\n")
    assert not any("34,426" in c[-1] for c in of_rule(checks(text, "2026-10-22"), "share"))


def test_a_sentence_opening_among_a_segment_takes_its_whole_from_that_segment():
    text = ("DUBLIN, 12 November 2026\n\nOf the new cars registered this year, 16,120 were battery-electric. Among used imports, "
            "9,860 were battery-electric, 18.3 per cent of the total.\n")
    assert not any("16,120" in c[-1] for c in of_rule(checks(text, "2026-11-12"), "share"))


def test_a_share_of_sales_beside_lots_offered_and_sold_is_of_those_sold():
    text = ("SHANNONSIDE, 4 June 2026\n\nWe offered 4,892 cars across nine sales in May and sold 3,647, a conversion rate of "
            "74.6%.\n\nShannonBid won 1,529 lots, or {share} of sales, up 22.8% on May 2025.\n")
    assert ("share", "ok", "info", ("41.9%", "1,529", "3,647")) in of_rule(checks(text.format(share="41.9%"), "2026-06-04"), "share")
    assert ("share", "mismatch", "error", ("31.3%", "1,529", "3,647")) in of_rule(checks(text.format(share="31.3%"), "2026-06-04"), "share")


COUNTIES = ("DUBLIN, 3 February 2026\n\nRegistrations by month\n\n"
            "Type                  Jan 2026   Jan 2025   Change\n"
            "New cars                38,412     36,903    +4.1%\n"
            "Light commercials        4,210      4,388    -4.1%\n\n"
            "Dublin registered 15,884 new cars. {subject} growth of more than {rate}%, although from small bases.\n")


def test_a_rate_that_several_named_places_each_reported_joins_no_row_of_the_table():
    # 36,903 to 38,412 is +4.09%: "more than 10%" would be a mismatch if it were the new cars' rate
    found = checks(COUNTIES.format(subject="Kerry, Donegal and Mayo all reported", rate="10"), "2026-02-03")
    assert not [c for c in found if c[1] == "mismatch"]
    assert not [c for c in found if "10%" in c[3]]


def test_a_rate_of_the_table_rows_own_subject_is_still_its_change():
    # "New-car registrations recorded growth of more than 4%": the row's change, 4.09%, holds it; "more than 5%" does not
    ok = checks(COUNTIES.format(subject="New-car registrations recorded", rate="4"), "2026-02-03")
    assert [c[1] for c in ok if c[0] == "growth" and "4%" in c[3]] == ["ok"]
    bad = checks(COUNTIES.format(subject="New-car registrations recorded", rate="5"), "2026-02-03")
    assert [c[1] for c in bad if c[0] == "growth" and "5%" in c[3]] == ["mismatch"]
