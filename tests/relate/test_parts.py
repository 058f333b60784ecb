"""Shares found in the words (relate/parts.py): the part and the whole a share's own sentence, or the
one before it, gives; and the near misses where another figure stands closer but is no part or whole."""

from __future__ import annotations

import pytest
from relate.test_measures import measures

from conftest import checked


def shares(text: str, date: str = "2026-08-06") -> list[tuple]:
    return checked(text, date, "share")


OF_THOSE = ("Retail sales in Peru, which count every vehicle sold to local buyers, were 18,240 in July. Of those, "
            "6,930 were assembled in the Andean region, or {share}% of the total; the other 11,310 were imported.\n")


@pytest.mark.parametrize("share, status", [("38.0", "ok"), ("37.99", "ok"), ("38", "ok"), ("39.0", "mismatch")])
def test_of_those_takes_the_total_of_the_sentence_before_and_never_the_other(share, status):
    # 6,930 / 18,240 = 37.99%
    assert shares(OF_THOSE.format(share=share)) == [(status, (f"{share}%", "6,930", "18,240"))]


def test_of_those_with_a_bare_number_part_and_the_brands_total():
    text = ("Kestrel sold 9,450 vehicles in Chile in June. Of those, 5,860 came from its plant in Rancagua, "
            "{share}% of the brand's total, and the rest, 3,590, were shipped in.\n")
    # 5,860 / 9,450 = 62.01%
    assert shares(text.format(share="62.0"), "2026-07-02") == [("ok", ("62.0%", "5,860", "9,450 vehicles"))]
    assert shares(text.format(share="64.0"), "2026-07-02") == [("mismatch", ("64.0%", "5,860", "9,450 vehicles"))]


def test_of_those_with_two_parts_before_the_share_is_left_alone():
    text = ("Sales of electrified cars reached 3.84 million in the half. Of those, 2.41 million were battery-electric and "
            "1.43 million plug-in hybrids, putting battery cars at 62.8 percent of the total.\n")
    assert not [s for s in shares(text, "2026-07-15") if "1.43 million plug-in hybrids" in s[1]]


def test_a_bare_part_takes_no_whole_of_another_kind_from_the_sentence_before():
    """"Only 410 of them" has no unit: "5,120 trucks" is no whole of the share of all electric trucks."""
    text = ("Volvo registered 5,120 trucks in October, 27.1% of the total. Only 410 of them were electric: that is "
            "8.0% of Volvo's own registrations, but 21.3% of all electric trucks sold in the month.\n")
    assert not [s for s in shares(text, "2026-11-06") if s[1][0] == "21.3%"]


def test_a_short_predicate_before_or_restates_the_level_as_a_share():
    text = "Output in May last year was 98,420 units, of which 61,730 were built for export, or {share}%.\n"
    # 61,730 / 98,420 = 62.72%
    assert shares(text.format(share="62.7"), "2026-06-10") == [("ok", ("62.7%", "61,730", "98,420 units"))]
    assert shares(text.format(share="66.7"), "2026-06-10") == [("mismatch", ("66.7%", "61,730", "98,420 units"))]


def test_a_comparison_before_or_is_no_share():
    text = "Output in May was 98,420 units, of which 8,730 were more than in April, or 9.7%.\n"
    assert shares(text, "2026-06-10") == []


POINTS = ("Buyers took delivery of 88,310 new vehicles last month.\n\nElectric cars\n\n"
          "Battery-electric vehicles reached 6,150 deliveries, {share} per cent of the market. A year ago 5,480 were sold, "
          "when their share stood at 6.2 per cent, so the electric share has risen 0.8 percentage points.\n")


@pytest.mark.parametrize("share, status", [("7.0", "ok"), ("6.96", "ok"), ("7.5", "mismatch")])
def test_the_new_end_of_a_points_change_is_still_a_share_of_the_market(share, status):
    # 6,150 / 88,310 = 6.964%
    found = shares(POINTS.format(share=share), "2026-09-03")
    assert found == [(status, (f"{share} per cent", "6,150 deliveries", "88,310 new vehicles"))]


def test_of_those_is_no_whole_of_a_share_of_all():
    """The second share is of all new cars, not of "those" private registrations."""
    text = ("Private buyers registered 11,460 cars, up 7.1 percent from 10,700 a year earlier. Of those private registrations, "
            "3,310 were lease contracts, which made up 28.9 percent of the private channel and 10.2 percent of all new cars.\n")
    assert not [s for s in shares(text, "2026-07-01") if s[1][0] == "10.2 percent"]


def sums(text: str, date: str) -> list[tuple]:
    return checked(text, date, "sum")


@pytest.mark.parametrize("rest, status", [("3,120", "ok"), ("3,210", "mismatch")])
def test_of_those_two_parts_to_the_remainder_sum_to_the_sentence_before(rest, status):
    text = (f"Kestrel delivered 7,480 electric vans in the quarter, 38.1% of the segment. Of those, 4,360 came from "
            f"its plant in Zwickau and the remaining {rest} were shipped from Turkey.\n")
    assert sums(text, "2026-10-02") == [(status, ("4,360", rest, "7,480 electric vans"))]


def test_a_rating_inside_a_part_is_skipped_and_the_list_still_sums():
    text = ("Voltway ended June with 5,120 charging points, 18.0% more than the 4,339 it ran a year before. Of them, "
            "1,480 are high-power units of 350kW and above, 2,205 are rapid chargers and the remaining {rest} are slower "
            "destination posts at shops.\n")
    assert sums(text.format(rest="1,435"), "2026-07-10") == [("ok", ("1,480", "2,205", "1,435", "5,120"))]
    assert sums(text.format(rest="1,535"), "2026-07-10") == [("mismatch", ("1,480", "2,205", "1,535", "5,120"))]


def test_of_those_with_one_amount_to_the_remainder_is_no_sum():
    text = "Kestrel delivered 7,480 electric vans in the quarter. Of those, the remaining 3,120 were shipped from Turkey.\n"
    assert sums(text, "2026-10-02") == []


SEGMENT_TOTAL = ("Battery-electric registrations rose 18.2% to 21,540 in May, giving them 17.9% of the market. Private "
                 "buyers took 8,460 of the electric cars, {share}% of the BEV total.\n")


@pytest.mark.parametrize("share, status", [("39.3", "ok"), ("39.28", "ok"), ("38.3", "mismatch")])
def test_a_share_of_the_named_segments_total_takes_that_segments_level(share, status):
    # 8,460 / 21,540 = 39.28%; 21,540 restated as 17.9% of the market is still the BEV total the words name
    found = [s for s in shares(SEGMENT_TOTAL.format(share=share), "2026-06-01") if s[1][0] == f"{share}%"]
    assert found == [(status, (f"{share}%", "8,460", "21,540"))]


def test_of_these_of_the_electric_total():
    text = ("Orders for battery-electric trucks reached 1,318 units in the quarter. Of these, 1,097 came from European "
            "customers, {share}% of the electric total.\n")
    # 1,097 / 1,318 = 83.23%
    assert shares(text.format(share="83.2"), "2026-10-22") == [("ok", ("83.2%", "1,097", "1,318 units"))]
    assert shares(text.format(share="82.2"), "2026-10-22") == [("mismatch", ("82.2%", "1,097", "1,318 units"))]


@pytest.mark.parametrize("share, status", [("81.3", "ok"), ("81.30", "ok"), ("62.3", "mismatch")])
def test_two_parts_together_make_up_the_share(share, status):
    # (262,900 + 862,500) / 1,384,200 = 81.30%; 862,500 alone would be 62.31%
    text = (f"Of the 1,384,200 new vehicles sold in June, 262,900 were pickups and 862,500 were SUVs and crossovers; "
            f"together they made up {share}% of sales.\n")
    assert shares(text, "2026-07-02") == [(status, (f"{share}%", "262,900", "862,500", "1,384,200 new vehicles"))]


@pytest.mark.parametrize("share, status", [("19.5", "ok"), ("19.50", "ok"), ("11.7", "mismatch")])
def test_a_part_of_the_named_vehicles_takes_their_level_not_the_combined_total(share, status):
    # 9,410 / 48,260 = 19.50%; of the combined 80,130 it would be 11.74%
    text = ("The group retailed 48,260 new vehicles and 31,870 used vehicles, a combined 80,130. Chinese brands accounted "
            f"for 9,410 of the new vehicles, {share}% of the total.\n")
    assert shares(text, "2026-08-26") == [(status, (f"{share}%", "9,410", "48,260 new vehicles"))]


OF_IT = ("Output of power and storage batteries in June came to 118.6 GWh. Power batteries accounted for 79.4 GWh of it, "
         "or {share}%, and storage batteries for the remaining 39.2 GWh.\n")


@pytest.mark.parametrize("share, status", [("66.9", "ok"), ("66.95", "ok"), ("67", "ok"), ("69.6", "mismatch")])
def test_an_amount_of_it_or_a_percent_is_a_share_of_the_sentence_befores_amount(share, status):
    # 79.4 / 118.6 = 66.95%
    found = [s for s in shares(OF_IT.format(share=share), "2026-07-11") if s[1][0] == f"{share}%"]
    assert found == [(status, (f"{share}%", "79.4 GWh", "118.6 GWh"))]


def test_of_it_with_two_amounts_in_the_sentence_before_is_left_alone():
    text = ("Output came to 118.6 GWh in June and 104.2 GWh in May. Power batteries accounted for 79.4 GWh of it, "
            "or 66.9%.\n")
    assert not [s for s in shares(text, "2026-07-11") if s[1][0] == "66.9%"]


def test_of_the_total_or_a_percent_is_not_of_the_sentence_befores_amount():
    text = ("Hyundai and Kia models were the most traded, with 412,630 and 328,275 units. Imported brands made up "
            "208,460 of the total, or 17.6 percent.\n")
    assert not [s for s in shares(text, "2026-07-14") if s[1][0] == "17.6 percent" and "412,630" in s[1]]


def test_of_them_after_an_amount_in_its_own_sentence_is_of_that_amount():
    text = ("Mercedes-Benz registered 6,214 cars. Tesla came third with 5,380 units, and its Model Y accounted for "
            "4,470 of them, or 83.1 percent.\n")
    assert not [s for s in shares(text, "2026-04-03") if s[1][0] == "83.1 percent" and "6,214" in " ".join(s[1])]


GM = ("DETROIT, April 2, 2026 - US new-vehicle sales rose 1.2% in the first quarter.\n\n"
      "General Motors kept the top spot. Its 693,450 deliveries gave it 17.7% of the market.\n\n"
      "Hybrids did most of the lifting: their sales climbed 34.4% to 541,200. EV sales rose 9% to 297,000.\n")


HANBIT = ("SEOUL, October 29, 2026 - Hanbit Cell reported third-quarter results.\n\n{revenue}\n\nBy business, EV cells "
          "generated ₩4.07 trillion, energy storage systems ₩1.21 trillion and materials and other activities the remaining "
          "₩{rest} trillion.\n")


@pytest.mark.parametrize("rest, status", [("0.56", "ok"), ("0.66", "mismatch")])
def test_a_list_to_its_remainder_adds_up_to_the_amount_before_it(rest, status):
    text = HANBIT.format(revenue="Revenue reached ₩5.84 trillion in the quarter.", rest=rest)
    assert checked(text, "2026-10-29", "sum") == [(status, ("₩4.07 trillion", "₩1.21 trillion", f"₩{rest} trillion", "₩5.84 trillion"))]


def test_the_amount_of_a_period_compared_with_is_no_whole_of_a_list_to_its_remainder():
    text = HANBIT.format(revenue="Revenue was 6.2% higher than in the second quarter, when it reached ₩5.50 trillion.", rest="0.56")
    assert checked(text, "2026-10-29", "sum") == []


def test_a_place_named_new_is_a_name_and_a_list_item_no_total():
    text = ("SYDNEY, 20 August 2026\n\nQ: Where were they sold?\nA: New South Wales 17,960, Victoria 14,210, Queensland "
            "10,480 and Tasmania 690.\n")
    m = measures(text, "2026-08-20")
    assert m["17,960"].segment == {"name:new south wales"}
    assert checked(text, "2026-08-20", "sum") == []
    assert measures("SYDNEY, 20 August 2026 - New Energy 12,000 and Hybrid 3,000.\n", "2026-08-20")["12,000"].segment == {"nev"}


def test_one_makers_level_is_no_total_of_the_markets_segments_paragraphs_later():
    assert checked(GM, "2026-04-02", "sum") == []


def test_the_articles_own_subject_is_the_total_of_its_segments_paragraphs_later():
    text = ("Polestar reports second-quarter volumes\n\nGOTHENBURG, July 6, 2026 - Polestar delivered 19,640 cars in the "
            "second quarter.\n\nEurope remained the largest region with 11,862 cars. North America took 2,407, and Asia "
            "Pacific and other markets the remaining {rest}.\n")
    assert checked(text.format(rest="5,371"), "2026-07-06", "sum") == [("ok", ("11,862 cars", "2,407", "5,371", "19,640 cars"))]
    assert checked(text.format(rest="5,731"), "2026-07-06", "sum")[0][0] == "mismatch"



CALLOWAY = ("NASHVILLE, July 1, 2026 - Calloway Motors reported U.S. deliveries of 212,486 vehicles for the second quarter.\n\n"
            "Second-quarter highlights:\n\n- Calloway brand: 158,702 deliveries\n- Ardent luxury brand: {ardent} deliveries\n"
            "- Tamsin electric brand: 15,169 deliveries\n- Electric vehicles across all brands: 27,412\n")


@pytest.mark.parametrize("ardent, status", [("38,615", "ok"), ("40,615", "mismatch")])
def test_a_line_across_all_brands_is_no_item_of_the_brands_list(ardent, status):
    # 158,702 + 38,615 + 15,169 = 212,486 (with 40,615 they exceed it); the EVs cut across the brands, no fourth part
    assert checked(CALLOWAY.format(ardent=ardent), "2026-07-01", "sum") == [
        (status, ("158,702 deliveries", f"{ardent} deliveries", "15,169 deliveries", "212,486 vehicles"))]



def test_a_brands_own_all_models_line_stays_an_item():
    text = ("SEOUL, June 2, 2026 - Daehan sold 40,000 units at home in May.\n\nBy model:\n\n* Palisa SUV: 21,000 units\n"
            "* Arden luxury brand (all models): 4,840 units\n* Kestra compact SUV: 14,160 units\n")
    assert measures(text, "2026-06-02")["4,840 units"].item is not None


SURVEY = ("London, 9 June 2026 - The fleet survey covered 412 companies. {part} of the {whole} respondents, or {share}, say "
          "their car fleet will be fully electric by 2030.\n\nOnly 6,870 of the 42,000 vans on their fleets are electric, "
          "or {vans}. Payload and range were the reasons given most often.\n")


def test_a_part_of_the_whole_beside_it_restated_as_a_percent_is_a_share():
    # 167 / 412 = 40.53%; 6,870 / 42,000 = 16.36%, and 42,000 is rounded to the thousand (16.16% .. 16.55%): "17%" fits
    found = checked(SURVEY.format(part="167", whole="412", share="40.5%", vans="17%"), "2026-06-09", "share")
    assert sorted(found) == [("ok", ("17%", "6,870", "42,000 vans")), ("ok", ("40.5%", "167", "412"))]
    found = checked(SURVEY.format(part="167", whole="412", share="45.0%", vans="19%"), "2026-06-09", "share")
    assert sorted(found) == [("mismatch", ("19%", "6,870", "42,000 vans")), ("mismatch", ("45.0%", "167", "412"))]


def test_a_percent_after_a_part_of_a_whole_that_names_another_whole_or_is_a_change_is_no_share_of_it():
    other = SURVEY.format(part="167", whole="412", share="40.5%", vans="3.1% of their vehicles")
    assert [t for _, t in checked(other, "2026-06-09", "share") if t[0] == "3.1%"] == []
    changed = SURVEY.format(part="167", whole="412", share="40.5%", vans="12% more than a year earlier")
    assert [t for _, t in checked(changed, "2026-06-09", "share") if t[0] == "12%"] == []


APPOSED = ("London, 9 June 2026 - The fleet survey covered 412 companies in Britain and 389 in Germany. {sentence}\n")


@pytest.mark.parametrize("sentence", [
    "In Britain, 167 of the 412 British respondents, {share}, said their fleet will be electric by 2030.",
    "In Britain 167 of 412 respondents ({share}) said their fleet will be electric by 2030.",
    "Only 167 of our 412 member companies answered the survey, a response rate of {share}.",
    "In Britain, 167 of the 412 firms will run electric fleets soon, which is {share}.",
])
def test_a_part_of_the_whole_beside_it_with_a_percent_in_apposition_is_a_share(sentence):
    # 167 / 412 = 40.53%: "40.5%" fits; the rounding edge "40.53%" fits; "40.6%" is 0.07 points out
    for share, status in (("40.5%", "ok"), ("40.53%", "ok"), ("40.6%", "mismatch"), ("45.0%", "mismatch")):
        found = checked(APPOSED.format(sentence=sentence.format(share=share)), "2026-06-09", "share")
        assert found == [(status, (share, "167", "412"))], (sentence, share)


@pytest.mark.parametrize("sentence", [
    "In Britain, 167 of the 412 British respondents said so, 12% more than a year earlier.",  # a change, not a share
    "In Britain, 167 of the 412 firms will run electric fleets, 12% of them by 2028.",  # of another whole
    "In Britain, 167 of the 412 firms will run electric fleets, a growth rate of 12%.",  # a rate, not a share
    "In Britain, 167 of the 412 firms will run electric fleets: 12% said so last year.",  # another clause
    "In Britain, 167 of the 412 firms run electric vans, 12% within two years.",  # a percent with its own words
])
def test_a_percent_after_a_part_of_a_whole_that_is_no_apposition_is_no_share_of_it(sentence):
    assert [t for _, t in checked(APPOSED.format(sentence=sentence), "2026-06-09", "share") if t[0] == "12%"] == []


TWO_MARKETS = ("VIENNA, 10 November 2026 - Austria's new car market grew in October while Switzerland's shrank.\n\n"
               "The Volkswagen group led as usual. Volkswagen sold 3,100 cars in October, Skoda 2,400 and Audi 1,000. "
               "The group's {group} cars represented 36.1 per cent of the market.\n\n"
               "In Switzerland, 18,000 new cars were registered in October. Battery-electric cars took 4,000 registrations "
               "and plug-in hybrids a further 1,500.\n")


def test_a_total_paragraphs_before_a_breakdown_in_another_market_is_not_its_total():
    # the Swiss fuels (4,000 + 1,500) are no part of the Austrian group's cars stated two paragraphs before them
    sums = checked(TWO_MARKETS.format(group="6,500"), "2026-11-10", "sum")
    assert not [s for s in sums if "4,000 registrations" in s[1]]


KEY_FIGURES = ("BEIJING, 8 September 2026 - Retail sales of passenger cars rose in August.\n\n"
               "Key figures, August\n- Passenger-car retail: 768,000\n- {second}: {value}\n\n"
               "Retail of all vehicles came to {total} in August.\n")


def test_list_lines_of_two_families_are_no_parts_of_one_total():
    # the NEVs are among the passenger cars: 768,000 + 447,000 is no sum of anything
    found = checked(KEY_FIGURES.format(second="NEV retail", value="447,000", total="781,000"), "2026-09-08")
    assert not [c for c in found if c[0] == "sum"]
    # near miss: two classes of one family still add up to the total, and a wrong total is flagged
    ok = KEY_FIGURES.format(second="Commercial-vehicle retail", value="13,000", total="781,000")
    assert checked(ok, "2026-09-08", "sum") == [("ok", ("768,000", "13,000", "781,000"))]
    bad = KEY_FIGURES.format(second="Commercial-vehicle retail", value="13,000", total="775,000")
    assert [s for s, _ in checked(bad, "2026-09-08", "sum")] == ["mismatch"]


JOB_CUTS = "BERLIN, 3 July 2026 - The supplier cut 1,240 jobs, or {share} of its 14,420 staff, in June.\n"


def test_an_amount_restated_as_its_share_of_the_amount_named_right_after():
    # 1,240 / 14,420 = 8.599%: the jobs are part of the staff, whatever noun each takes
    assert checked(JOB_CUTS.format(share="8.6%"), "2026-07-03", "share") == [("ok", ("8.6%", "1,240 jobs", "14,420 staff"))]
    assert checked(JOB_CUTS.format(share="6.8%"), "2026-07-03", "share") == [
        ("mismatch", ("6.8%", "1,240 jobs", "14,420 staff"))]
    assert checked(JOB_CUTS.format(share="9%"), "2026-07-03", "share") == [("ok", ("9%", "1,240 jobs", "14,420 staff"))]
    # near miss: a share of a whole the words name without its amount is no share of the amount after it
    other = "BERLIN, 3 July 2026 - The supplier cut 1,240 jobs, or 8.6% of its workforce, leaving 14,420 staff in June.\n"
    assert not checked(other, "2026-07-03", "share")
    # near miss: after "to 4,318 from 3,402", the share is the level's: never the earlier value's (3,402 of 19,806 is 17.2%)
    rate = ("LISBON, 5 November 2026 - Battery-electric registrations climbed 26.9% to 4,318 from 3,402, or 21.8% of the "
            "19,806 new cars registered.\n")
    assert not [t for s, t in checked(rate, "2026-11-05", "share") if "3,402" in t]


# Wholes broken down in prose: "Of the …,", "By division,", "… was split:" name the whole, then each part before its figure
PACKS = "Voltera Cells shipped 48.2 GWh in the third quarter. Of the 48.2 GWh shipped, car packs accounted for {car} and storage racks for 13.1 GWh.\n"


@pytest.mark.parametrize("car, status", [("35.1 GWh", "ok"), ("33.0 GWh", "ok"), ("37.1 GWh", "mismatch")])
def test_of_the_whole_then_parts_named_before_their_figures_may_not_exceed_it(car, status):
    # named parts only: "Of the …" never says they are all of it, so less is no error
    assert sums(PACKS.format(car=car), "2026-10-20") == [(status, (car, "13.1 GWh", "48.2 GWh"))]


DIVISIONS = ("Full-year highlights (2025 in brackets)\n- Revenue €{total} billion (€8.92 billion)\n- Operating profit €0.61 billion "
             "(€0.55 billion)\n\nBy business, EV cells generated €{drive} billion, "
             "energy storage systems (ESS) €2.64 billion and recycling, materials and other activities the remaining €1.67 billion.\n")


@pytest.mark.parametrize("total, drive, status", [
    ("9.46", "5.15", "ok"),
    ("9.4", "5.15", "ok"),  # 9.445-9.475 against 9.35-9.45: the rounding of the parts reaches the total
    ("9.4", "5.25", "mismatch"),
    ("9.46", "4.95", "mismatch"),  # "By division" names every part: less is an error too
])
def test_by_division_in_prose_names_every_part_of_the_whole_before(total, drive, status):
    found = sums(DIVISIONS.format(total=total, drive=drive), "2027-02-20")
    assert found == [(status, (f"€{drive} billion", "€2.64 billion", "€1.67 billion", f"€{total} billion"))]


def test_a_comparison_among_the_parts_is_no_prose_breakdown():
    text = ("Voltera Cells shipped 48.2 GWh in the third quarter. Of the 48.2 GWh shipped, car packs accounted for 35.1 GWh, "
            "up from 30.2 GWh, and storage racks for 23.1 GWh.\n")
    assert sums(text, "2026-10-20") == []


def test_parts_named_after_their_figures_are_no_prose_list():
    text = "Voltera Cells shipped 48.2 GWh in the quarter. Of the 48.2 GWh, 35.1 GWh went to car packs and 23.1 GWh to storage.\n"
    assert sums(text, "2026-10-20") == []


@pytest.mark.parametrize("other, status", [("7,560", "ok"), ("7,000", "mismatch"), ("9,560", "mismatch")])
def test_the_other_part_shares_the_frame_of_the_part_it_completes(other, status):
    # "the other" says the two are all of the 12,480: 4,920 + 7,000 falls short, and is flagged
    text = ("Madrid, 2 June 2026\n\nPlug-in hybrid registrations reached 12,480 in May, up 8.1% on the year. Private buyers "
            f"took 4,920 plug-in hybrids. Fleet and business buyers registered the other {other}.\n")
    assert sums(text, "2026-06-02") == [(status, ("4,920 plug-in hybrids", other, "12,480"))]


BUILT = ("Turkish output, published 5 May 2026.\n\nTurkish plants built 104,318 vehicles in April, up 5.6% from 98,775 a year "
         "earlier. Cars made up 68,410 of them; {rest} 35,908 were light commercials.\n\nExports rose 7.5% to 76,952 units, "
         "leaving 27,366 vehicles for the domestic market.\n")


@pytest.mark.parametrize("total, status", [("104,318", "ok"), ("104,381", "mismatch")])
def test_a_part_and_the_other_add_up_exactly_to_the_total_another_breakdown_also_has(total, status):
    # 68,410 + 35,908 = 104,318, said to be all of it by "the other"; the destinations are a second breakdown of it
    found = [s for s in sums(BUILT.replace("104,318", total).format(rest="the other"), "2026-05-05") if "68,410" in s[1]]
    assert found == [(status, ("68,410", "35,908", f"{total} vehicles"))]


def test_a_part_and_another_part_with_no_word_for_the_rest_are_no_exact_sum_of_a_total_already_broken_down():
    found = [s for s in sums(BUILT.format(rest="while"), "2026-05-05") if "68,410" in s[1]]
    assert found == []


ASSEMBLED = ("Egypt sales, published 10 March 2026.\n\nA total of 12,430 vehicles were sold during the month: 9,860 passenger "
             "cars, 1,420 buses and 1,150 trucks.\n\nLocally assembled cars made up 5,340 of the month's total, and imported "
             "cars the other {imported}.\n")


def test_parts_that_add_up_to_another_level_exactly_are_no_mismatch_of_the_total_the_words_name():
    # 5,340 + 4,520 = 9,860, the passenger cars; the words say "the month's total", 12,430: two wholes, left unchecked
    found = [s for s in sums(ASSEMBLED.format(imported="4,520"), "2026-03-10") if "5,340" in s[1]]
    assert found == []


def test_parts_that_add_up_to_no_level_are_still_flagged_against_their_total():
    found = [s for s in sums(ASSEMBLED.format(imported="4,250"), "2026-03-10") if "5,340" in s[1]]
    assert [s[0] for s in found] == ["mismatch"]



ADDING = "UK registrations Q&A, published 5 March 2026.\n\nA: Adding January's 30,717 BEVs to February's 24,663 {gives} {total}.\n"


@pytest.mark.parametrize("gives", ["gives", "brings the year to", "makes a total of"])
@pytest.mark.parametrize("total, status", [("55,380", "ok"), ("55,830", "mismatch"), ("55,390", "mismatch")])
def test_adding_one_amount_to_another_gives_their_sum(gives, total, status):
    # 30,717 + 24,663 = 55,380, exactly: a total ten off is a slip
    found = [s for s in sums(ADDING.format(gives=gives, total=total), "2026-03-05") if total in s[1]]
    assert found == [(status, ("30,717 BEVs", "24,663", total))]


def test_adding_words_that_say_no_sum_are_no_sum():
    # a third amount between, or a comparison instead of a result: no sum of the three
    for text in ("A: Adding January's 30,717 BEVs, 4,200 more than in 2025, to February's 24,663 gives 55,380.\n",
                 "A: Adding January's 30,717 BEVs to February's 24,663 is less than the 55,380 of last year.\n"):
        assert sums("UK registrations, 5 March 2026.\n\n" + text, "2026-03-05") == [], text


OF_THEM = ("SANTIAGO, 14 August 2026 - At the end of June there were 68,210 EVs active on the platform, and Corriente Drive, our "
           "rental program, supplied {tail}.\n")


@pytest.mark.parametrize("tail", ["21,460 of them, which is {share}%", "21,460 of those, or {share}%", "21,460 of them, {share}%"])
def test_a_part_of_them_with_a_percent_in_apposition_is_a_share_of_the_amount_before(tail):
    # 21,460 / 68,210 = 31.462%: "31.46%" fits at its rounding; "31.6%" is 0.14 points out
    for share, status in (("31.5", "ok"), ("31.46", "ok"), ("31.6", "mismatch"), ("35.0", "mismatch")):
        found = checked(OF_THEM.format(tail=tail.format(share=share)), "2026-08-14", "share")
        assert found == [(status, (f"{share}%", "21,460", "68,210 EVs"))], (tail, share)


@pytest.mark.parametrize("text", [
    # two amounts before it: which "them" is not said
    "At the end of June there were 68,210 EVs and 91,400 drivers on the platform; our rental program supplied 21,460 of them, "
    "which is 31.5%.",
    # an amount between the whole and the part that is no earlier value of the whole
    "At the end of June there were 68,210 EVs on the platform and 3,120 chargers, and we supplied 21,460 of them, which is 31.5%.",
    # a percent with words of its own, no apposition
    "At the end of June there were 68,210 EVs on the platform, and we supplied 21,460 of them, 31.5% more than a year ago.",
    # the one amount before it is the earlier one: "them" are this year's, which the sentence does not state
    "Platform volumes rose 12.0% from 68,210 EVs a year ago, and we supplied 21,460 of them, or 31.5% of the platform's EVs.",
])
def test_a_part_of_them_that_says_no_one_whole_stays_unchecked(text):
    found = checked("SANTIAGO, 14 August 2026 - " + text + "\n", "2026-08-14", "share")
    assert not [f for f in found if f[1][:2] == ("31.5%", "21,460")]


def test_a_part_of_them_after_a_share_of_its_whole_is_left_to_the_joins():
    text = ("SEOUL, 5 April 2026 - BMW kept its lead with 7,105 units. It outsold Mercedes-Benz, which registered 6,214, by 891 "
            "units. Tesla came third with 5,380 units, or 19.6 percent of imports, and its Model Y accounted for 4,470 of them, "
            "or 83.1 percent.\n")
    assert not [f for f in checked(text, "2026-04-05", "share") if f[1][:3] == ("83.1 percent", "4,470", "6,214")]


THEM_BEFORE = ("WASHINGTON, 3 March 2026 - Americans bought 3.86 million new vehicles in February, the dealers' group said. "
               "{part}\n")


@pytest.mark.parametrize("part", [
    "Of those, 2.32 million were financed with a loan, or {share}%.",  # the sentence opens with "Of those,"
    "Lenders financed 2.32 million of them, or {share}%.",  # "of them" with nothing else before it in its sentence
    "2.32 million of those were financed with a loan, {share}% of them.",  # words after "of those", a share "of them"
    "Banks financed 2.32 million of them, giving loans a {share}% share of the month.",  # "giving … a …% share of"
    "Of those, 2.32 million were financed with a loan, putting loans at {share}%.",  # "putting … at"
])
def test_a_part_of_them_takes_the_one_amount_of_the_sentence_before(part):
    # 2.32 / 3.86 = 60.10%; at the stated roundings 2.315/3.865 to 2.325/3.855 is 59.90% to 60.31%: "60.3%" overlaps
    # though the midpoint lies outside it, "60.4%" does not
    for share, status in (("60.1", "ok"), ("60.3", "ok"), ("60.4", "mismatch"), ("70.1", "mismatch")):
        found = checked(THEM_BEFORE.format(part=part.format(share=share)), "2026-03-03", "share")
        assert found == [(status, (f"{share}%", "2.32 million", "3.86 million new vehicles"))], (part, share)


def test_of_these_with_a_share_of_the_fleet_it_follows():
    text = ("OSLO, 3 March 2026 - Redfern ended the quarter with 498,400 vehicles in its global fleet. Of these, 31,700 were "
            "electric vehicles, {share}% of the fleet.\n")
    # 31,700 / 498,400 = 6.36%
    assert checked(text.format(share="6.4"), "2026-03-03", "share") == [("ok", ("6.4%", "31,700", "498,400 vehicles"))]
    assert checked(text.format(share="7.4"), "2026-03-03", "share") == [("mismatch", ("7.4%", "31,700", "498,400 vehicles"))]


@pytest.mark.parametrize("text", [
    # two amounts of its kind in the sentence before: which are "them" is not said
    "Americans bought 3.86 million new vehicles in February and 3.41 million used ones. Of those, 2.32 million were financed "
    "with a loan, or 60.1%.",
    # "them" in another paragraph
    "Americans bought 3.86 million new vehicles in February.\n\nOf those, 2.32 million were financed with a loan, or 60.1%.",
    # a share of all vehicles, not of "them"
    "Americans bought 3.86 million new vehicles in February. Of those, 2.32 million were financed with a loan, or 60.1% of "
    "all vehicles sold.",
    # a share of another segment than "them"
    "Exporters shipped 3.86 million vehicles in February. Chinese makers shipped 2.32 million of them, or 60.1% of NEV output.",
    # a percent with words of its own
    "Americans bought 3.86 million new vehicles in February. Of those, 2.32 million were financed with a loan, 60.1% more than "
    "a year ago.",
])
def test_a_part_of_them_that_says_no_one_whole_before_stays_unchecked(text):
    found = checked("WASHINGTON, 3 March 2026 - " + text + "\n", "2026-03-03", "share")
    assert not [f for f in found if f[1][:2] == ("60.1%", "2.32 million")], text


PROVINCES = ("By province, revenue was split: Alberta C$612.4 million, British Columbia C$498.7 million, Ontario C$541.3 million "
             "and Saskatchewan C$187.6 million. Alberta, the company's home market, contributed 33.3% of revenue.\n\n"
             "{debt} was C$1.12 billion at September 30, down C$85 million from C$1.205 billion at June 30.\n\n"
             "Cordillera expects to complete four purchases in 2027. Same-store new vehicle revenue rose 2.1% in the quarter.\n")


@pytest.mark.parametrize("debt", ["Net debt", "Net financial debt", "Net borrowings"])
def test_a_balance_sheet_debt_is_never_the_total_of_revenue_parts(debt):
    found = checked(PROVINCES.format(debt=debt), "2026-11-12", "sum")
    assert not [f for f in found if f[1][-1] == "C$1.12 billion"]


MAKING_UP = ("TOKYO, 2 October 2026 - Sakuraba Motors said sales of its kei electric minicar quadrupled in the first half to "
             "12,608 units from 3,150, making up {share}% of the company's 89,418 domestic sales.\n")


@pytest.mark.parametrize("share, status", [("14.1", "ok"), ("14.10", "ok"), ("14", "ok"), ("14.6", "mismatch")])
def test_a_level_after_to_restated_as_making_up_a_share_of_the_companys_whole(share, status):
    # 12,608 / 89,418 = 14.100%: "14" holds it at its rounding, "14.6" is 0.5 points out; never 3,150 of it (3.5%)
    assert shares(MAKING_UP.format(share=share), "2026-10-02") == [(status, (f"{share}%", "12,608 units", "89,418"))]


def test_making_up_a_share_of_an_unnamed_whole_takes_no_amount_after_it():
    text = MAKING_UP.format(share="14.1").replace("of the company's 89,418 domestic sales.", "of its home sales; it sold 89,418 cars.")
    assert not shares(text, "2026-10-02")


SHARE_FIRST = ("PARIS, 4 September 2026 - In France, the Renault brand took {share} of the market with 12,108 registrations out "
               "of 87,740 in August.\n")


@pytest.mark.parametrize("share, status", [("13.8%", "ok"), ("13.80%", "ok"), ("14%", "ok"), ("14.3%", "mismatch")])
def test_a_share_then_the_part_out_of_the_whole_it_restates(share, status):
    # 12,108 / 87,740 = 13.800%: "14%" holds it at its rounding, "14.3%" is 0.5 points out
    assert shares(SHARE_FIRST.format(share=share), "2026-09-04") == [(status, (share, "12,108 registrations", "87,740"))]


@pytest.mark.parametrize("text, share, part, whole", [
    ("Electric vans won a {share} share (181 of 318) among the largest operators.\n", "56.9%", "181", "318"),
    ("Toyota held {share} of the market with 9,410 of the 43,810 cars sold in May.\n", "21.5%", "9,410", "43,810 cars"),
])
def test_a_share_then_n_of_m_in_brackets_or_after_with(text, share, part, whole):
    assert shares(text.format(share=share), "2026-06-04") == [("ok", (share, part, whole))]
    wrong = f"{float(share[:-1]) + 2:.1f}%"
    assert shares(text.format(share=wrong), "2026-06-04") == [("mismatch", (wrong, part, whole))]


@pytest.mark.parametrize("text", [
    "Kia held 19.5% of the market, with 9,410 of its 48,260 cars sold to fleets.\n",  # a part of its own cars, not the market
    "Hyundai held 18.5% of the market, with 8,410 of the 48,260 cars sold to fleets.\n",  # the fleets' part of the cars
])
def test_a_share_then_n_of_m_of_another_whole_stays_unchecked(text):
    assert not shares(text, "2026-06-04")


OF_THEM_AFTER_A_BASE = ("MEXICO CITY, 10 June 2026 - Domestic sales rose 3.9% to 118,442 from 113,997, and imported vehicles "
                        "supplied 81,013 of them, or {share}%.\n")


@pytest.mark.parametrize("share, status", [("68.4", "ok"), ("68.40", "ok"), ("68", "ok"), ("69.4", "mismatch")])
def test_of_them_is_of_the_level_not_the_earlier_value_after_it(share, status):
    # 81,013 / 118,442 = 68.40%: "68" holds it at its rounding, "69.4" is a point out; never of last year's 113,997 (71.1%)
    assert shares(OF_THEM_AFTER_A_BASE.format(share=share), "2026-06-10") == [(status, (f"{share}%", "81,013", "118,442"))]


def test_of_them_after_two_levels_stays_unchecked():
    text = ("MEXICO CITY, 10 June 2026 - Domestic sales rose to 118,442 and exports to 279,316, and imported vehicles supplied "
            "81,013 of them, or 68.4%.\n")
    assert not shares(text, "2026-06-10")


def test_a_part_of_them_after_the_wholes_earlier_value_is_of_the_whole():
    # "up from 52,300" is the 68,210's own earlier value: "them" are the 68,210 EVs (21,460 / 68,210 = 31.46%)
    text = ("SANTIAGO, 14 August 2026 - At the end of June there were 68,210 EVs on the platform, up from 52,300, and we "
            "supplied 21,460 of them, which is {share}%.\n")
    assert checked(text.format(share="31.5"), "2026-08-14", "share") == [("ok", ("31.5%", "21,460", "68,210 EVs"))]
    assert checked(text.format(share="41.5"), "2026-08-14", "share") == [("mismatch", ("41.5%", "21,460", "68,210 EVs"))]


OF_ITS = ("OSLO, 2 March 2026 - Fjell Rental said {part} of its 14,230 cars were fully electric at the end of February, or "
          "{share}% of {whole}.\n")


def test_n_of_its_m_with_a_share_of_its_own_fleet_restates_the_two():
    # 9,733 / 14,230 = 68.40%
    for share, status in (("68.4", "ok"), ("78.4", "mismatch")):
        found = shares(OF_ITS.format(part="9,733", share=share, whole="the fleet"), "2026-03-02")
        assert found == [(status, (f"{share}%", "9,733", "14,230 cars"))], (share, found)


def test_n_of_its_m_with_a_share_of_another_whole_stays_unchecked():
    found = shares(OF_ITS.format(part="9,733", share="68.4", whole="Norway's electric rental cars"), "2026-03-02")
    assert not [f for f in found if f[1][0] == "68.4%"]


REMAINING_TWO = ("LYON, 20 October 2026 - Hallberg Vans said it delivered 12,814 electric vans in the third quarter, up 46.2% "
                 "from 8,765. That was 33.5% of its 38,260 van deliveries.\n\nSmall and medium e-vans made up 9,406 {of}; the "
                 "remaining {rest} were large panel vans and chassis cabs.\n")


def test_two_parts_the_first_naming_its_whole_and_the_remaining_add_up_to_that_whole():
    found = sums(REMAINING_TWO.format(of="of the electric total", rest="3,408"), "2026-10-20")
    assert found == [("ok", ("9,406", "3,408", "12,814 electric vans"))]
    found = sums(REMAINING_TWO.format(of="of the electric total", rest="3,508"), "2026-10-20")
    assert found == [("mismatch", ("9,406", "3,508", "12,814 electric vans"))]


@pytest.mark.parametrize("of", ["of them", "of the units", "last quarter"])
def test_two_parts_whose_whole_is_not_named_or_not_one_stay_unchecked(of):
    assert sums(REMAINING_TWO.format(of=of, rest="3,408"), "2026-10-20") == []


_OF_REVENUE = ("MILAN, 20 March 2026 -- Of last year's €6.84 billion of revenue, e-axles brought €3.12 billion, inverters and "
               "power electronics €2.05 billion and legacy transmissions the remaining {rest}.")


@pytest.mark.parametrize("rest, status", [("€1.67 billion", "ok"), ("€1.7 billion", "ok"), ("€1.77 billion", "mismatch")])
def test_of_a_total_its_parts_to_the_remaining_one_sum_to_it(rest, status):
    """3.12 + 2.05 + 1.67 = 6.84; "€1.7 billion" may be 1.65 to 1.75."""
    assert sums(_OF_REVENUE.format(rest=rest), "2026-03-20") == [(status, ("€3.12 billion", "€2.05 billion", rest, "€6.84 billion"))]


def test_near_miss_of_a_total_a_few_named_parts_are_no_whole_breakdown():
    text = "MILAN, 20 March 2026 -- Of the 41,200 cars sold, Alpha took 12,000, Beta 9,000 and Gamma 8,000."
    # 29,000 of 41,200: the others unnamed, so the parts may only not exceed the whole
    assert sums(text, "2026-03-20") == [("ok", ("12,000", "9,000", "8,000", "41,200 cars"))]
