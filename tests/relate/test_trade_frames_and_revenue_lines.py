"""Readings from the first runs of the trade, incentives and league-table sets: a business line's share of revenue
("Europe thus contributed 11.4% of revenue"), a year-earlier subject with its own verb ("The year-earlier month had
brought 207,961 and July 237,350") and the month named after it, an article about exports whose opening also says
"car" ("Korean car exports edge up"), and a share whose earlier pair sits in a when-clause after "against"."""

from __future__ import annotations

import pytest

from conftest import checked, measured

LINES = ("PALO ALTO, 28 October 2026 -- Solvane said third-quarter revenue rose to $1.842 billion.\n\nRevenue in the United "
         "States was $1.514 billion, in Canada $118 million and in Europe $210 million, where Solvane began deliveries in "
         "Norway in the spring. Europe thus contributed {share}% of revenue.\n")


@pytest.mark.parametrize("share, status", [("11.4", "ok"), ("11", "ok"), ("11.40", "ok"), ("11.5", "mismatch"), ("14.1", "mismatch")])
def test_a_business_lines_share_of_revenue_is_checked(share, status):
    # 210 / 1,842 = 11.401%
    assert checked(LINES.format(share=share), "2026-10-28", "share") == [(status, (f"{share}%", "$210 million", "$1.842 billion"))]


def test_a_line_contributing_a_percent_of_revenue_is_a_share():
    m = measured(LINES.format(share="11.4"), "2026-10-28")["11.4%"]
    assert (m.role, m.of_metric) == ("share", "revenue")


@pytest.mark.parametrize("sentence", ["Operating profit was 5.1% of revenue.", "R&D spending was 6.2% of revenue.",
                                      "The margin was 5.1% of revenue."])
def test_near_miss_profit_or_spending_as_a_percent_of_revenue_is_no_line_share(sentence):
    text = f"DETROIT, 29 July 2026 -- Revenue reached $4.87 billion in the second quarter. {sentence}\n"
    figure = sentence.split()[-3]
    assert measured(text, "2026-07-29")[figure].role != "share"


def test_near_miss_a_percent_of_revenue_with_no_line_named_stays_unread():
    text = "DETROIT, 29 July 2026 -- Revenue reached $4.87 billion. That was 5.1% of revenue in the region.\n"
    assert measured(text, "2026-07-29")["5.1%"].role != "share"


EXPORTS = ("K-AUTO TRADE WEEKLY\nSeoul, 3 September 2026\n\nKorean car exports edge up in August\n\nSouth Korea shipped "
           "214,608 passenger cars abroad in August, 3.2% more than a year earlier but 9.6% fewer than in July. The "
           "year-earlier month had brought 207,961 and July 237,350.\n\nEco-friendly models made up {share}% of the month's "
           "shipments with 88,407 units.\n")


def test_a_year_earlier_subject_with_its_own_verb_dates_its_amount_a_year_before():
    m = measured(EXPORTS.format(share="41.2"), "2026-09-03")
    assert (m["207,961"].role, m["207,961"].period) == ("earlier", "2025-08")


def test_a_month_named_after_and_dates_the_amount_it_leads():
    m = measured(EXPORTS.format(share="41.2"), "2026-09-03")
    assert m["237,350"].period == "2026-07"


def test_near_miss_a_month_after_an_earlier_value_without_and_stays_the_earlier_values():
    text = "SEOUL, 3 September 2026 -- Exports reached 214,608, down from 237,350 in July.\n"
    m = measured(text, "2026-09-03")
    assert (m["237,350"].role, m["237,350"].period) == ("earlier", "2026-07")


@pytest.mark.parametrize("share, status", [("41.2", "ok"), ("41", "ok"), ("45.2", "mismatch")])
def test_a_share_of_the_months_shipments_in_an_article_about_car_exports_is_of_the_exports(share, status):
    # 88,407 / 214,608 = 41.195%; never of the year-earlier 207,961 (42.5%) or July's 237,350
    assert checked(EXPORTS.format(share=share), "2026-09-03", "share") == [(status, (f"{share}%", "88,407 units",
                                                                                     "214,608 passenger cars"))]


PORT = ("KELDERHAVEN, 22 January 2026 -- The terminal handled 1,842,617 vehicles in 2025. Battery-electric cars were 348,937 "
        "of the imported vehicles, {share}% of the total, against 27.9% in 2024, when 282,417 of 1,012,236 imported cars "
        "were electric.\n")


def test_a_share_is_never_of_the_whole_in_the_when_clause_of_the_earlier_share_it_is_set_against():
    found = checked(PORT.format(share="31.6"), "2026-01-22", "share")
    assert ("ok", ("27.9%", "282,417", "1,012,236 imported cars")) in found
    assert not any(figures[0] == "31.6%" and "1,012,236 imported cars" in figures for _, figures in found)


DESTINATIONS = ("SINGAPORE, 29 October 2026 -- Japan's exporters sent 338,916 cars to the United States in the quarter, and "
                "Korea shipped 287,445. Together the two countries shipped 626,361 cars.\n\nAmerica is still the largest market "
                "for Japanese cars. Third-quarter exports by destination were: United States 338,916; Europe 101,305; Middle "
                "East 96,220; China 43,118; other markets {other}. That makes {total} in all.\n")


@pytest.mark.parametrize("other, total, status", [("217,430", "796,989", "ok"), ("217,430", "797,000", "ok"),
                                                  ("217,430", "799,989", "mismatch"), ("217,430", "769,989", "mismatch")])
def test_that_makes_n_in_all_is_the_total_of_the_list_before_it(other, total, status):
    found = checked(DESTINATIONS.format(other=other, total=total), "2026-10-29", "sum")
    assert (status, ("338,916", "101,305", "96,220", "43,118", other, total)) in found
    assert not any("626,361 cars" in figures and "101,305" in figures for _, figures in found)


def test_near_miss_without_words_that_sum_up_a_later_amount_is_not_preferred_to_the_total_before():
    text = DESTINATIONS.format(other="217,430", total="796,989").replace("That makes 796,989 in all.", "Analysts count 796,989.")
    assert not any("796,989" in figures for _, figures in checked(text, "2026-10-29", "sum"))


def test_an_owners_lead_over_a_rival_whose_level_is_not_read_stays_unchecked():
    text = ("SINGAPORE, 29 October 2026 -- Korea shipped 287,445 cars to the United States. By destination: Europe 101,305 and "
            "Australia 88,417. Japan's lead over Korea in the American market was 51,471 cars.\n")
    assert checked(text, "2026-10-29", "difference") == []


SHIPPERS = ("SINGAPORE, 29 October 2026 -- Japan's exporters sent 338,916 passenger cars to the United States between July and "
            "September. Korea shipped 287,445, down 9.6% from 318,062 a year before. Together the two countries shipped 626,361 "
            "cars.\n\nFor Japan, America is still the largest single market. Its third-quarter exports by destination were: "
            "United States 338,916; Europe 101,305; Middle East 96,220; Australia 88,417; China 43,118; other markets 217,430. "
            "That makes 885,406 in all. Japan's lead over Korea in the American market was 51,471 cars.\n")


def test_a_list_summed_up_after_it_never_takes_a_sum_of_two_countries_a_paragraph_before_as_its_total():
    found = checked(SHIPPERS, "2026-10-29", "sum")
    assert not any("626,361 cars" in figures and "101,305" in figures for _, figures in found)


def test_an_owners_lead_over_a_rival_is_never_taken_against_another_name_of_the_rivals_kind():
    assert not any("51,471 cars" in figures for _, figures in checked(SHIPPERS, "2026-10-29", "difference"))


HALDEN = ("LONDON, 2 March 2026 -- The mandate is biting. Halden's own zero-emission share was 19.6% in 2025, when it sold 48,122 battery-electric "
          "cars out of 245,520 registrations. A year earlier it sold 33,657 electric cars out of 243,890. Its electric volume "
          "therefore rose 43.0%, while its total registrations grew only {total}%.\n\nThe mandate's fines are unchanged.\n\n"
          "Across the market, battery-electric cars took 23.4% of new-car registrations in 2025.\n")


@pytest.mark.parametrize("total, status", [("0.7", "ok"), ("1", "ok"), ("7.0", "mismatch")])
def test_its_total_registrations_are_the_whole_not_the_segment_before(total, status):
    # 245,520 / 243,890 = +0.67%
    found = checked(HALDEN.format(total=total), "2026-03-02", "growth")
    assert (status, (f"{total}%", "245,520 registrations", "243,890")) in found
    assert not any(figures[0] == f"{total}%" and "48,122 battery-electric cars" in figures for _, figures in found)


def test_a_market_wide_share_never_takes_one_makers_part_stated_elsewhere():
    assert not any(figures[0] == "23.4%" for _, figures in checked(HALDEN.format(total="0.7"), "2026-03-02", "share"))


def test_near_miss_a_share_of_the_makers_own_registrations_still_joins():
    assert ("ok", ("19.6%", "48,122 battery-electric cars", "245,520 registrations")) in checked(
        HALDEN.format(total="0.7"), "2026-03-02", "share")


LEAD = ("MUNICH, 10 May 2026 -- Aurelian remained the largest premium brand with 268,410 registrations. Its lead over "
        "Kaltberg widened to 27,335 cars because Kaltberg, at 241,075, {verb} 3.3% from the 249,310 it registered a year "
        "earlier.\n")


@pytest.mark.parametrize("verb, status", [("fell", "ok"), ("slipped", "ok"), ("rose", "mismatch")])
def test_the_direction_of_a_level_is_read_from_the_words_of_the_rate_between_it_and_its_earlier_value(verb, status):
    found = [(s, figures) for _, s, figures in checked(LEAD.format(verb=verb), "2026-05-10") if "249,310" in figures]
    assert found and all(s == status for s, _ in found)


@pytest.mark.parametrize("rate, status", [("3.2", "ok"), ("3", "ok"), ("8.2", "mismatch")])
def test_a_year_earlier_subject_measures_what_the_sentence_before_counted(rate, status):
    # 214,608 / 207,961 = +3.20%
    text = EXPORTS.format(share="41.2").replace("3.2% more than a year earlier", f"{rate}% more than a year earlier")
    assert (status, (f"{rate}%", "214,608 passenger cars", "207,961")) in checked(text, "2026-09-03", "growth")


def test_near_miss_a_year_earlier_subject_after_two_different_levels_carries_neither():
    text = ("SEOUL, 3 September 2026 -- Korea shipped 214,608 passenger cars abroad and sold 131,240 trucks at home in August. "
            "The year-earlier month had brought 207,961.\n")
    assert measured(text, "2026-09-03")["207,961"].segment == frozenset()
