"""Which whole a figure is of, and whose it is, where session 44's runs of the tuned sets went wrong: a level followed by
"as hauliers in Europe and North America …" is no one place's, so a region's trucks are a part of all the trucks; an
aside holding the sentence's first figure is no subject; "of September's installations" is a plain whole; a part of
another whole ("131,702 of those sales, or 78.3%") is never a maker's whole; a sibling said before a list is never
its total; a rival's margin is never the subject's profit over its revenue, nor a division's margin the group's; "up
on 7.2%" is the earlier value; "That is … 18.7% more than" is the sentence before's amount; "Of the 41,870, 17,458 are
… That is 41.7%" is a share of the 41,870; "88.42 GWh translated into a 42.2% share" restates the amount; "of the
group figure" and "of those deliveries, 47.7% of the whole" name the totals; "18,406 claims, or 1.6% of the total"
restates a noun the lexicon lacks; "… and 2,913 of them were battery-electric. That's 23.3% of the fleet", "$4.6 million
of that, 12.3% of spending" and "19,774 of them, 41.0%, are fast chargers" are shares of what "them" and "that" are."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

ORDERS = ("STOCKHOLM, July 16, 2026 (Axlewire) - Skarvik Group said its second-quarter order intake rose 16.8% to 58,240 "
          "trucks, as hauliers in Europe and North America placed orders they had held back over the winter.\n\n"
          "Deliveries fell 6.1% to 52,015 from 55,390.\n\n"
          "By region, Europe booked 31,450 trucks, or {share}% of the total, North America 14,880, South America 6,020 "
          "and Asia and other markets {asia}.\n")


def test_a_regions_trucks_are_a_part_of_all_the_trucks():
    found = checks(ORDERS.format(share="54.0", asia="5,890"), "2026-07-16")
    assert ("share", "ok", "info", ("54.0%", "31,450 trucks", "58,240 trucks")) in of_rule(found, "share")
    assert ("sum", "ok", "info", ("31,450 trucks", "14,880", "6,020", "5,890", "58,240 trucks")) in of_rule(found, "sum")
    wrong = checks(ORDERS.format(share="45.0", asia="6,890"), "2026-07-16")
    assert [c for c in of_rule(wrong, "share") if c[1] == "mismatch" and c[3][0] == "45.0%"]
    assert [c for c in of_rule(wrong, "sum") if c[1] == "mismatch" and c[3][-1] == "58,240 trucks"]


def test_a_regions_share_rounding_edge():
    """31,450 of 58,240 is 54.0007%: 54% as a whole number is fine too."""
    found = checks(ORDERS.format(share="54", asia="5,890"), "2026-07-16")
    assert ("share", "ok", "info", ("54%", "31,450 trucks", "58,240 trucks")) in of_rule(found, "share")


def test_a_regions_share_of_the_market_is_not_of_the_makers_trucks():
    text = ("STOCKHOLM, July 16, 2026 (Axlewire) - Skarvik Group said its second-quarter order intake rose 16.8% to 58,240 "
            "trucks. In Europe, its trucks took 5.4% of the market.\n")
    assert not [c for c in of_rule(checks(text, "2026-07-16"), "share") if c[3][0] == "5.4%"]


SUB_BRAND = ("HEFEI, November 2 (Wire) - Lanxi Auto delivered 104,382 vehicles in October. Its younger sub-brand Orin, "
             "which sells family SUVs priced below 200,000 yuan, delivered 42,842, or {share}% of the group's volume.\n")


def test_an_aside_holding_the_first_figure_is_no_subject():
    assert measures(SUB_BRAND.format(share="41.0"), "2026-11-02")["41.0%"].segment == frozenset()
    assert ("share", "ok", "info", ("41.0%", "42,842", "104,382 vehicles")) in of_rule(checks(SUB_BRAND.format(share="41.0"), "2026-11-02"), "share")
    assert [c for c in of_rule(checks(SUB_BRAND.format(share="14.0"), "2026-11-02"), "share") if c[1] == "mismatch"]


INSTALLED = ("BEIJING, October 13 (Wire) - In September 2026, China's power battery installations reached 62.8 GWh, according to "
             "the alliance.\n\nBy vehicle type, passenger cars used 55.9 GWh, or {share} percent of September's installations, "
             "with buses, trucks and special vehicles accounting for the rest.\n")


def test_installations_of_a_month_are_a_plain_whole():
    found = of_rule(checks(INSTALLED.format(share="89.0"), "2026-10-13"), "share")
    assert ("share", "ok", "info", ("89.0 percent", "55.9 GWh", "62.8 GWh")) in found
    assert [c for c in of_rule(checks(INSTALLED.format(share="98.0"), "2026-10-13"), "share") if c[1] == "mismatch"]


MOTORCYCLES = ("SAO PAULO, June 10, 2026 (Wire) - Retail registrations rose 11.4% to 168,305 in May from 151,084, Motobras "
               "said. Small commuter models of up to 160cc accounted for 131,702 of those sales, or 78.3%.\n\n"
               "Market leader Yarai Motos registered 108,214 motorcycles in the month, a share of {share}%.\n")


def test_a_part_of_another_whole_is_no_makers_whole():
    found = of_rule(checks(MOTORCYCLES.format(share="64.3"), "2026-06-10"), "share")
    assert not [c for c in found if c[3][0] == "64.3%" and "131,702" in c[3]]  # 82.2% of the commuter models
    assert [c for c in found if c[3][0] == "64.3%" and c[1] == "ok" and c[3][2] == "168,305"]


def test_a_sibling_said_before_a_list_is_not_its_total():
    text = ("SANTIAGO, August 6, 2026 - Chileans bought 31,482 new light vehicles in July. SUVs took 15,204 of them. Then "
            "pickups with 6,890, which is down 3.1% from 7,110, because the mining regions slowed. Passenger cars 6,215, and "
            "commercial vans 3,173.\n")
    assert not [c for c in of_rule(checks(text, "2026-08-06"), "sum") if c[3][-1] == "6,890"]


def test_a_total_said_before_its_list_still_adds_up():
    text = "SANTIAGO, August 6, 2026 - Sales numbered 9,400 in July. Passenger cars made up 6,210 and light commercial vehicles 3,190.\n"
    assert ("sum", "ok", "info", ("6,210", "3,190", "9,400")) in of_rule(checks(text, "2026-08-06"), "sum")


RIVAL = ("ZURICH, July 24, 2026 - Start with the flattering part. Revenue grew 5.7% to CHF 6.84 billion from CHF 6.47 billion. EBIT was CHF 540 million, a "
         "return on sales of 7.9%.\n\nCompare Ferrand Group, the French rival. Ferrand's revenue fell 1.8% last year to "
         "€52.3 billion, and its operating margin narrowed to {margin}%, 60 basis points lower than the 7.4% of 2024.\n")


def test_a_rivals_margin_is_never_the_subjects_profit_over_revenue():
    found = of_rule(checks(RIVAL.format(margin="6.8"), "2026-07-24"), "share")
    assert not [c for c in found if c[3][0] == "6.8%"]
    assert ("share", "ok", "info", ("7.9%", "CHF 540 million", "CHF 6.84 billion")) in found


def test_a_divisions_margin_is_not_the_groups():
    text = ("WOLFSBURG, January 28, 2026 - Group revenue came to €60.03 billion. The automotive division brought in €46.71 "
            "billion. Automotive EBIT of €3.82 billion produced a return on sales of 8.2% for the division.\n")
    assert not [c for c in of_rule(checks(text, "2026-01-28"), "share") if c[3][0] == "8.2%" and "€60.03 billion" in c[3]]


def test_up_on_a_margin_is_its_earlier_value():
    text = "AMSTERDAM, 22 October 2026 - Group EBIT was €2.36 billion in 2025, a return on sales of 7.9%, 70 basis points up on 7.2%.\n"
    assert measures(text, "2026-10-22")["7.2%"].role == "earlier"


def test_that_is_points_to_the_sentence_before():
    text = ("AUSTIN, July 30, 2026 - Corvanta reported second-quarter revenue of $4.82 billion.\n\nRevenue\nAutomotive sales "
            "contributed $4.31 billion, or 89.4% of the total. Energy and services revenue grew 33.3% to $224 million.\n\n"
            "Regulatory credits\nSales of regulatory credits to other manufacturers brought in $286 million, 5.9% of revenue. "
            "That is 30.6% less than the $412 million booked a year earlier, when credits represented 9.2% of the company's "
            "revenue, but 18.7% more than the $241 million of the first quarter.\n")
    found = checks(text, "2026-07-30")
    assert not [c for c in found if c[0] in ("growth", "direction") and "$224 million" in c[3] and "$241 million" in c[3]]
    assert ("growth", "ok", "info", ("30.6%", "$286 million", "$412 million")) in of_rule(found, "growth")


HEARING = ("LONDON, 14 October 2026 - The committee took evidence on chargepoints.\n\n"
           "Dr Achterberg: Of the 41,870, 17,458 are in the most deprived fifth of neighbourhoods. That is {share}%. When we "
           "last gave evidence the figure was 35.1%.\n")


def test_that_is_after_of_the_whole_is_a_share_of_it():
    found = of_rule(checks(HEARING.format(share="41.7"), "2026-10-14"), "share")
    assert ("share", "ok", "info", ("41.7%", "17,458", "41,870")) in found
    assert [c for c in of_rule(checks(HEARING.format(share="47.1"), "2026-10-14"), "share") if c[1] == "mismatch"]


def test_that_is_after_two_amounts_of_no_whole_is_no_share():
    text = ("LONDON, 14 October 2026 - The committee took evidence.\n\n"
            "Dr Achterberg: We installed 6,214 in the third quarter and 5,118 in the second. That is 21.4%.\n")
    assert not of_rule(checks(text, "2026-10-14"), "share")


BATTERIES = ("BEIJING, October 12, 2026 - Power battery installations reached 209.62 GWh in the third quarter.\n\n"
             "Ningtai's 88.42 GWh translated into a {share}% share, 0.8 points below the 43.0% it held a year ago.\n")


def test_translated_into_a_share_restates_the_amount():
    found = of_rule(checks(BATTERIES.format(share="42.2"), "2026-10-12"), "share")
    assert ("share", "ok", "info", ("42.2%", "88.42 GWh", "209.62 GWh")) in found
    assert [c for c in of_rule(checks(BATTERIES.format(share="24.2"), "2026-10-12"), "share") if c[1] == "mismatch"]


LETTER = ("MUNICH, 20 February 2026 - Group revenue reached €68.42 billion in 2025. Automotive contributed €57.96 billion, or "
          "{a}% of the group figure.\n\nWe handed 1,284,610 vehicles to customers in 2025. Europe remains our anchor: 612,480 "
          "of those deliveries, {b}% of the whole, were made there.\n")


def test_the_group_figure_and_the_whole_are_the_totals():
    found = of_rule(checks(LETTER.format(a="84.7", b="47.7"), "2026-02-20"), "share")
    assert ("share", "ok", "info", ("84.7%", "€57.96 billion", "€68.42 billion")) in found
    assert ("share", "ok", "info", ("47.7%", "612,480", "1,284,610 vehicles")) in found
    wrong = of_rule(checks(LETTER.format(a="87.4", b="44.7"), "2026-02-20"), "share")
    assert {c[3][0] for c in wrong if c[1] == "mismatch"} == {"87.4%", "44.7%"}


CLAIMS = ("WASHINGTON, March 26, 2026 (Wire) - Taxpayers have claimed the clean vehicle credit on 1,146,372 returns for tax "
          "year 2025.\n\nThe IRS rejected 18,406 claims, or {share}% of the total, most often because a number did not match.\n")


def test_an_amount_of_a_noun_the_lexicon_lacks_is_still_restated():
    found = of_rule(checks(CLAIMS.format(share="1.6"), "2026-03-26"), "share")
    assert ("share", "ok", "info", ("1.6%", "18,406", "1,146,372")) in found
    assert [c for c in of_rule(checks(CLAIMS.format(share="6.1"), "2026-03-26"), "share") if c[1] == "mismatch"]


def test_a_gap_said_as_more_is_never_restated_as_a_share():
    text = ("WASHINGTON, March 26, 2026 (Wire) - Taxpayers have claimed the credit on 1,146,372 returns for tax year 2025, "
            "18,406 more than planned, or 1.6% of the total.\n")
    assert not [c for c in of_rule(checks(text, "2026-03-26"), "share") if c[3][:2] == ("1.6%", "18,406")]


FLEET = ("SACRAMENTO, October 14, 2026 - DIRECTOR TEVENDALE: As of October 1 the state owned 12,486 light-duty vehicles, and "
         "2,913 of them were battery-electric. That's {a}% of the fleet. A year earlier we had 1,846 out of 12,302, which "
         "was {b}%.\n\nMS. OCAMPO: We spent $37.4 million in total. A federal charging grant covered $4.6 million of that, "
         "{c}% of spending. The city now counts 48,210 public charge points, up 19.6% from 40,310; 19,774 of them, {d}%, "
         "are fast chargers.\n")


def test_fleet_hearing_shares():
    found = of_rule(checks(FLEET.format(a="23.3", b="15.0", c="12.3", d="41.0"), "2026-10-14"), "share")
    for share, part, whole in (("23.3%", "2,913", "12,486"), ("15.0%", "1,846", "12,302"), ("12.3%", "$4.6 million", "$37.4 million"),
                               ("41.0%", "19,774", "48,210")):
        assert [c for c in found if c[1] == "ok" and c[3] == (share, part, whole)], share
    wrong = of_rule(checks(FLEET.format(a="32.3", b="51.0", c="21.3", d="14.0"), "2026-10-14"), "share")
    assert {c[3][0] for c in wrong if c[1] == "mismatch"} == {"32.3%", "51.0%", "21.3%", "14.0%"}
