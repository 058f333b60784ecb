"""Wholes of list lines and of breakdowns: a sibling line of a list that gives a share far from the stated one is no whole
of another line's share, a list under "with August 2025 in brackets:" is of the article's month (the brackets are the
year before), a month's total in a "when" clause is no total of this month's parts, a part that reads as a thousand-fold
slip is no slip when the other parts already make the total, a "by the numbers" line restates its own amount, and a
powertrain line beside home and export lines is no part of their sum."""

from __future__ import annotations

from test_measures import checks, of_rule

from conftest import checked
from evcheck.relate.doubtful_sums import doubtful_share, doubtful_sum
from evcheck.relate.model import Claim

MODELS = ("Nordvik Reports Third-Quarter Deliveries\n\nOSLO, October 2, 2026 -- Nordvik Automotive today said it delivered "
          "21,300 vehicles in the quarter ended September 30, 2026.\n\nDeliveries by model\n\n"
          "- Fjord SUV: 13,100, or 61.5% of the quarter's deliveries\n"
          "- Skarv sedan: 5,950, up 30.0% from 4,577 in the second quarter\n"
          "- Trell van: the remaining 2,250, all to fleets, or {share}% of the total\n")


def test_a_sibling_line_far_from_the_share_is_no_whole_of_the_next_lines_share():
    found = checks(MODELS.format(share="10.6"), "2026-10-02")
    assert not [c for c in of_rule(found, "share") if c[3][0] == "10.6%"]  # never 2,250 of 5,950 (37.8%)
    assert ("share", "ok", "info", ("61.5%", "13,100", "21,300 vehicles")) in of_rule(found, "share")
    assert ("sum", "ok", "info", ("13,100", "5,950", "2,250", "21,300 vehicles")) in of_rule(found, "sum")


BRACKETS = ("RENADIS market note | São Paulo, 2 September 2026\n\nMembers registered 223,091 new vehicles in August, 5.1% more "
            "than in August 2025 (212,219). By segment, with August 2025 in brackets:\n\n"
            "- Passenger cars: 168,422 (159,870), up 5.3%\n- Light commercials: 41,306 (38,955), up 6.0%\n"
            "- Trucks: 10,218 (11,406), down 10.4%\n- Buses: 2,145 (1,988), up 7.9%\n")


def test_a_list_under_a_brackets_legend_is_of_the_articles_month():
    found = checks(BRACKETS, "2026-09-02")
    assert ("growth", "ok", "info", ("5.3%", "168,422", "159,870")) in of_rule(found, "growth")
    assert not [c for c in of_rule(found, "sum") if "212,219" in c[3] and "168,422" in c[3]]  # this year's parts, last year's total


WHEN = ("MARMARA WIRE, 5 May 2026\n\nPassenger car sales rose 11.2% to 83,452 from 75,031, while light commercial vehicles "
        "gained 3.8% to 21,364 from 20,581. Against March, when 98,240 vehicles were sold, April's combined total was 6.7% "
        "higher.")


def test_a_total_in_a_when_clause_is_another_months():
    found = checks(WHEN, "2026-05-05")
    assert not of_rule(found, "sum")
    assert ("growth", "ok", "info", ("11.2%", "83,452", "75,031")) in of_rule(found, "growth")


def test_a_thousandfold_part_the_others_already_make_up_is_no_slip():
    claim = Claim("sum", "t", {"parts": ("a", "b", "c"), "total": "t"}, mode="at-most")
    values = {"a": 31468.0, "b": 23951.0, "c": 17294.0, "t": 41308.0}
    assert doubtful_sum(claim, {}, {}, "", values)  # 23,951 + 17,294 is 41,245 without 31,468: that part does not belong
    slip = {"a": 7410.0, "b": 2561.0, "c": 1020.0, "t": 3655.1}  # 7,410 for 74.1: a slip the sum exists to show
    assert not doubtful_sum(claim, {}, {}, "", slip)


def _share(share, part, total, same_sentence=False):
    claim = Claim("share", "s", {"share": "s", "part": "p", "total": "t"})
    sentence_of = {"s": 2, "p": 2 if same_sentence else 1, "t": 2 if same_sentence else 0}
    return doubtful_share(claim, sentence_of, {"s": share, "p": part, "t": total}, {})


def test_a_share_far_from_its_guessed_whole_is_doubtful_and_a_near_one_is_not():
    assert _share(19.7, 4218, 6455)  # 65.3% computed: another whole is meant
    assert not _share(15.0, 21460, 142680)  # 15.04%: the whole fits
    assert not _share(21.0, 21460, 142680)  # a 30% slip (15.0 stated as 21.0) still shows
    assert not _share(1.5, 21460, 142680)  # a power-of-ten slip shows too
    assert not _share(19.7, 4218, 6455, same_sentence=True)  # all three in one sentence: the words pair them


NUMBERS = ("Brussels, 12 March 2026 - Key figures for 2025:\n\n"
           "* 12,860: battery-electric heavy trucks registered, up 61.4% from 7,967 in 2024.\n"
           "* 4,112: Germany, 32.0% of Europe's electric heavy trucks.\n"
           "* 1,544: France, {share}% of all battery-electric trucks registered.\n")


def test_a_by_the_numbers_line_restates_its_own_amount_as_the_share_of_the_whole_it_names():
    assert ("share", "ok", "info", ("12.0%", "1,544", "12,860")) in of_rule(checks(NUMBERS.format(share="12.0"), "2026-03-12"), "share")
    wrong = of_rule(checks(NUMBERS.format(share="19.4"), "2026-03-12"), "share")
    assert [(c[1], c[3][1:]) for c in wrong if c[3][0] == "19.4%"] == [("mismatch", ("1,544", "12,860"))]  # never of Germany's 4,112


def test_rounding_edge_of_a_by_the_numbers_share_is_not_flagged():
    # 1,544 / 12,860 is 12.006%: "12%" holds it
    assert [c[1] for c in of_rule(checks(NUMBERS.format(share="12"), "2026-03-12"), "share") if c[3][0] == "12%"] == ["ok"]


def test_near_miss_a_share_of_a_region_the_whole_does_not_name_stays_unchecked():
    found = of_rule(checks(NUMBERS.format(share="12.0"), "2026-03-12"), "share")
    assert not [c for c in found if c[3][0] == "32.0%"]  # of "Europe's" trucks: no level names Europe


KOREA = ("SEOUL, July 1, 2026 - Seorak Motor Company today announced global sales of 318,406 vehicles for June.\n\n"
         "- Domestic sales: 58,214 units\n- Overseas sales: 260,192 units\n- Eco-friendly vehicles: 71,352 units, 22.4% of global sales\n")


def test_a_powertrain_line_beside_market_lines_is_no_part_of_their_sum():
    found = checks(KOREA, "2026-07-01")
    assert not [c for c in of_rule(found, "sum") if "71,352 units" in c[3]]
    assert ("share", "ok", "info", ("22.4%", "71,352 units", "318,406 vehicles")) in of_rule(found, "share")


GLOSSED = ("RENADIS market note | São Paulo, 2 September 2026\n\nMembers registered {total} new vehicles in the four on-road "
           "segments in August. By segment, with August 2025 in brackets:\n\n"
           "- Cars (automóveis): 168,422 (159,870), up 5.3%\n- Light commercials (comerciais leves): 41,306 (38,955), up 6.0%\n"
           "- Trucks (caminhões): 10,218 (11,406), down 10.4%\n- Buses (ônibus): 2,145 (1,988), up 7.9%\n\n"
           "Cars and light commercials, the two segments most dealers live on, together came to 209,728 registrations.\n")


def test_glossed_class_labels_add_up_to_the_total_not_to_the_cars_and_vans_subtotal():
    found = of_rule(checks(GLOSSED.format(total="222,091"), "2026-09-02"), "sum")
    assert ("sum", "ok", "info", ("168,422", "41,306", "10,218", "2,145", "222,091 new vehicles")) in found
    wrong = of_rule(checks(GLOSSED.format(total="223,091"), "2026-09-02"), "sum")
    assert [c[1] for c in wrong if c[3][-1] == "223,091 new vehicles"] == ["mismatch"]
    assert not [c for c in wrong if c[3][-1] == "209,728 registrations" and "10,218" in c[3]]


def test_rounding_edge_of_the_glossed_list_is_not_flagged():
    # the four segments add up to 222,091 exactly; a total rounded to the thousand holds them
    assert [c[1] for c in of_rule(checks(GLOSSED.format(total="222,000"), "2026-09-02"), "sum")
            if c[3][-1] == "222,000 new vehicles"] == ["ok"]


SEGMENT = ("MARMARA WIRE, 5 May 2026\n\nBattery-electric models reached 14,208 units in April. Locally built Yıldız sold 6,912 "
           "of them, or {share}% of the segment, and imported Chinese brands supplied most of the rest.")


def test_a_share_of_the_segment_is_of_the_segment_its_part_is_in():
    assert of_rule(checks(SEGMENT.format(share="48.6"), "2026-05-05"), "share") == [
        ("share", "ok", "info", ("48.6%", "6,912", "14,208 units"))]
    assert [c[1] for c in of_rule(checks(SEGMENT.format(share="58.6"), "2026-05-05"), "share")] == ["mismatch"]
    assert [c[1] for c in of_rule(checks(SEGMENT.format(share="49"), "2026-05-05"), "share")] == ["ok"]  # 48.65%, to the unit


PROSE_REGIONS = ("ZURICH, 5 March 2026 - Deliveries rose 6.9% to 58,412 vehicles from 56,427. By region, Switzerland accounted "
                 "for 9,846, Germany and Austria for 21,307, the rest of Europe for {europe} and the rest of the world for 8,145; "
                 "the rest of Europe thus represented 32.7% of the group's deliveries.\n")


def test_a_prose_breakdown_ends_at_its_clause_and_may_name_the_rest_of_a_place():
    found = [c for c in checks(PROSE_REGIONS.format(europe="19,114"), "2026-03-05") if c[0] == "sum"]
    assert ("sum", "ok", "info", ("9,846", "21,307", "19,114", "8,145", "58,412 vehicles")) in found
    wrong = [c for c in checks(PROSE_REGIONS.format(europe="19,411"), "2026-03-05") if c[0] == "sum"]
    assert [c for c in wrong if c[1] == "mismatch" and c[3][-1] == "58,412 vehicles"]


GAPPED = ("ISTANBUL, 5 May 2026 - Combined sales reached 98,412 units. Passenger cars accounted for 78,935 of the month's "
          "deliveries and light commercial vehicles for 19,477.\n\n"
          "Passenger cars by fuel, April 2026 (units):\n\n"
          "Petrol              38,214\nDiesel               7,905\nHybrid              22,104\nBattery-electric    {bev}\n\n"
          "Battery-electric cars took 13.6% of the car market.\n")


def test_label_lines_with_a_wide_gap_are_a_list_of_the_whole_its_header_names():
    sums = checked(GAPPED.format(bev="10,712"), "2026-05-05", "sum")
    assert ("ok", ("38,214", "7,905", "22,104", "10,712", "78,935")) in sums
    assert ("ok", ("78,935", "19,477", "98,412 units")) in sums


def test_a_gapped_list_that_does_not_add_up_to_its_whole_is_flagged():
    sums = checked(GAPPED.format(bev="11,712"), "2026-05-05", "sum")
    assert ("mismatch", ("38,214", "7,905", "22,104", "11,712", "78,935")) in sums


def test_gapped_lines_with_two_numbers_each_are_no_list():
    text = GAPPED.format(bev="10,712").replace("Petrol              38,214", "Petrol              38,214   35,020")
    assert not any("38,214" in texts and "78,935" in texts for _, texts in checked(text, "2026-05-05", "sum"))


def test_gapped_lines_under_no_header_that_says_so_are_no_list():
    text = GAPPED.format(bev="10,712").replace("Passenger cars by fuel, April 2026 (units):", "Passenger cars by fuel, April 2026")
    assert not any("38,214" in texts for _, texts in checked(text, "2026-05-05", "sum"))


BRIEF = ("ZURICH, July 24, 2026 - Brunnwald reported first-half results:\n\n"
         "* H1 net sales CHF 1,846 million vs CHF 1,779 million a year earlier, up 3.8%\n"
         "* Order intake CHF 2,017 million; book-to-bill 1.09\n\n"
         "DIVISIONS\n* Drivetrain CHF 1,012 million, 54.8% of group sales\n* Sensors CHF {sensors} million, up 14.2% from "
         "CHF 471 million\n* Aftermarket CHF 296 million, flat on the year\n")


def test_a_line_said_to_be_a_share_of_group_sales_makes_its_list_a_split_of_the_sales():
    assert ("ok", ("CHF 1,012 million", "CHF 538 million", "CHF 296 million", "CHF 1,846 million")) in checked(
        BRIEF.format(sensors="538"), "2026-07-24", "sum")
    assert ("mismatch", ("CHF 1,012 million", "CHF 583 million", "CHF 296 million", "CHF 1,846 million")) in checked(
        BRIEF.format(sensors="583"), "2026-07-24", "sum")


def test_without_the_share_the_list_has_two_wholes_and_stays_unchecked():
    text = BRIEF.format(sensors="538").replace(", 54.8% of group sales", "")
    assert not any("CHF 1,012 million" in texts for _, texts in checked(text, "2026-07-24", "sum"))


HALF_YEAR = ("MIDLAND BUSINESS POST | Friday 3 July 2026\n\nHalf-year car sales reach 1.06 million\n\nNew-car registrations in the "
             "UK reached 1,061,318 in the first six months of 2026.\n\nBy powertrain, the half-year breaks down as follows:\n\n"
             "- Petrol: 395,423\n- Diesel: 49,226\n- Mild hybrid: 139,804\n- Full hybrid: 124,516\n- Plug-in hybrid: 116,437\n"
             "- Battery-electric: {bev}\n\nPrivate buyers registered 421,806 cars in the half. Fleets accounted for 621,959 "
             "registrations, and small businesses for the remaining 17,553.\n")


def test_a_total_said_again_rounded_is_one_total():
    # the six fuels add up to 1,061,318, which the headline rounds to 1.06 million
    found = checks(HALF_YEAR.format(bev="235,912"), "2026-07-03")
    assert [c[1] for c in found if c[0] == "sum" and "235,912" in c[3] and c[3][-1] == "1,061,318"] == ["ok"]
    assert not [c for c in found if c[1] == "mismatch"]
    bad = checks(HALF_YEAR.format(bev="253,912"), "2026-07-03")
    assert [c[1] for c in bad if c[0] == "sum" and "253,912" in c[3]] == ["mismatch"]
