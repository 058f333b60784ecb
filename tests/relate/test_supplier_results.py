"""Readings from the first run of the suppliers' and tyre makers' set: an amount's share "of sales" is of revenue, the
size of a change in points compared with a promise says nothing of its direction, and a gap between two parts after
their breakdown ("replacement outsold OE by 15.2m units") is no third part."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

CASH = ("Cleveland, 4 March 2026 -- Net sales rose 4.1% to $11.86 billion in 2025. New business awards totaled $14.2 billion. "
        "Free cash flow was $612 million, equal to {share}% of sales.\n")


@pytest.mark.parametrize("share, status", [("5.2", "ok"), ("5", "ok"), ("5.16", "ok"), ("4.3", "mismatch")])
def test_an_amount_s_share_of_sales_is_of_revenue(share, status):
    # 612 / 11,860 = 5.160% (of the $14.2 billion awarded it would be 4.31%)
    found = checked(CASH.format(share=share), "2026-03-04", "share")
    assert found == [(status, (f"{share}%", "$612 million", "$11.86 billion"))]


def test_near_miss_a_count_s_share_of_sales_is_of_the_vehicles_sold():
    text = ("Cleveland, 4 March 2026 -- Dealers sold 118,600 cars in 2025. Fleets took 31,400 of them, equal to 26.5% of "
            "sales.\n")
    assert measured(text, "2026-03-04")["26.5%"].of_metric == "sales"


POINTS = ("Lyon, 10 March 2026 -- Group operating income reached EUR 512 million, a margin of 5.3% against 5.0% in 2024. The "
          "{points}-point improvement is smaller than management had promised.\n")


@pytest.mark.parametrize("points, status", [("0.3", "ok"), ("0.30", "ok"), ("0.5", "mismatch")])
def test_a_change_in_points_compared_with_a_promise_keeps_the_direction_of_its_shares(points, status):
    found = checked(POINTS.format(points=points), "2026-03-10", "points")
    assert found == [(status, ("5.3%", "5.0%", f"{points}-point"))]


def test_near_miss_a_change_said_to_be_smaller_is_still_read_down():
    text = edited(POINTS.format(points="0.3"), "The 0.3-point improvement is smaller than management had promised.",
                  "The margin is 0.3 points smaller than in 2024.")
    assert measured(text, "2026-03-10")["0.3 points"].sign == -1


VOLUMES = ("Hanover, 12 May 2026 -- Second quarter:\n- Volumes: {total}m tyres, of which replacement 21.3m and OE 6.1m; "
           "replacement outsold OE by 15.2m units.\n")


@pytest.mark.parametrize("total, status", [("27.4", "ok"), ("27.40", "ok"), ("42.6", "ok"), ("24.4", "mismatch")])
def test_a_gap_after_a_breakdown_is_no_part_of_it(total, status):
    # 21.3 + 6.1 = 27.4 (the words name some parts only, so the total may be larger)
    found = checked(VOLUMES.format(total=total), "2026-05-12", "sum")
    assert found == [(status, ("21.3m", "6.1m", f"{total}m"))]


def test_near_miss_a_third_part_after_a_semicolon_is_still_a_part():
    text = edited(VOLUMES.format(total="42.6"), "replacement outsold OE by 15.2m units", "winter tyres 15.2m")
    assert ("ok", ("21.3m", "6.1m", "15.2m", "42.6m")) in checked(text, "2026-05-12", "sum")


RANKING = ("Rankings | 16 June 2026\n\nThe ten largest suppliers sold ${total} billion of automotive parts last year.\n\n"
           "1. Heidmann Group (Germany): $48.6 billion (€43.0 billion); 2024: $47.2 billion\n"
           "2. Tomoe Denso (Japan): $36.1 billion (¥5.49 trillion); 2024: $35.4 billion\n"
           "3. Larchmont Automotive (US): $31.7 billion; 2024: $32.6 billion\n\nHeidmann keeps the top spot.\n")


@pytest.mark.parametrize("total, status", [("116.4", "ok"), ("106.4", "mismatch")])
def test_numbered_lines_with_the_year_before_after_a_semicolon_are_a_list(total, status):
    # 48.6 + 36.1 + 31.7 = 116.4 (the ten hold more than these three: at most the total)
    found = checked(RANKING.format(total=total), "2026-06-16", "sum")
    assert (status, ("$48.6 billion", "$36.1 billion", "$31.7 billion", f"${total} billion")) in found


def test_near_miss_a_numbered_paragraph_is_no_list_line():
    text = edited(RANKING.format(total="116.4"), "3. Larchmont Automotive (US): $31.7 billion; 2024: $32.6 billion",
                  "3. Larchmont Automotive, the Detroit group that wound down its exhaust business, sold $31.7 billion")
    assert not any("$31.7 billion" in texts for _, texts in checked(text, "2026-06-16", "sum"))


MARGIN = ("Gothenburg, 20 August 2026 -- In the second quarter alone it sold SEK 7.36 billion and earned an operating profit "
          "of SEK 0.71 billion, a margin of {margin}%.\n")


@pytest.mark.parametrize("margin, status", [("9.7", "ok"), ("9.65", "ok"), ("10", "ok"), ("7.9", "mismatch")])
def test_an_amount_sold_is_revenue_and_the_margin_after_a_profit_its_share(margin, status):
    # 0.71 / 7.36 = 9.647% (9.57% to 9.72% with the stated rounding)
    found = checked(MARGIN.format(margin=margin), "2026-08-20", "share")
    assert found == [(status, (f"{margin}%", "SEK 0.71 billion", "SEK 7.36 billion"))]


def test_near_miss_cars_sold_are_counted_not_earned():
    assert measured("Gothenburg, 20 August 2026 -- In the second quarter it sold 7,360 cars.\n", "2026-08-20")["7,360 cars"].metric == "sales"


QUARTER = ("Gothenburg, 20 August 2026 -- Norrvik reported net sales of SEK 14.2 billion for the first half of the year.\n\n"
           "Q: How much of that came from the aftermarket?\n\nA: SEK 2.43 billion, or 33.0% of the quarter's sales.\n")


def test_a_share_of_the_quarter_s_sales_is_never_of_the_half_year():
    assert measured(QUARTER, "2026-08-20")["33.0%"].period is None
    assert not any("SEK 14.2 billion" in texts for _, texts in checked(QUARTER, "2026-08-20", "share"))


def test_near_miss_a_share_of_the_half_year_s_sales_keeps_the_half():
    text = edited(QUARTER, "of the quarter's sales", "of the half's sales")
    assert measured(text, "2026-08-20")["33.0%"].period == "2026-H1"


KEY_FIGURES = ("Brandt-Velox SE | Stuttgart, 29 October 2026\n\nBrandt-Velox increased revenue in the third quarter.\n\n"
               "Key figures, third quarter\n\n| € million | Q3 2026 | Q3 2025 |\n|---|---:|---:|\n| Revenue | 4,296 | 4,012 |\n"
               "| Adjusted EBIT | 291 | 241 |\n\nChassis Systems, the largest division, contributed €1,912 million, or {share}% of "
               "group revenue.\n")


@pytest.mark.parametrize("share, status", [("44.5", "ok"), ("44.51", "ok"), ("45", "ok"), ("54.5", "mismatch")])
def test_a_division_s_share_of_group_revenue_is_of_the_key_figures_revenue_row(share, status):
    # 1,912 / 4,296 = 44.507%
    found = checked(KEY_FIGURES.format(share=share), "2026-10-29", "share")
    assert found == [(status, (f"{share}%", "€1,912 million", "4,296"))]


def test_near_miss_a_table_row_of_a_segment_is_no_whole_for_a_prose_share():
    text = edited(KEY_FIGURES.format(share="44.5"), "| Revenue | 4,296 | 4,012 |", "| Braking revenue | 4,296 | 4,012 |")
    assert not any("4,296" in texts for _, texts in checked(text, "2026-10-29", "share"))


SEGMENT_SALES = ("Tokyo, 13 May 2026 -- The company's revenue grew 4.6 pct to a record 3.482 trillion yen. Within the automotive "
                 "segment, sales of parts for electrified vehicles rose 31 pct to 598 billion yen from 454 billion yen, "
                 "equivalent to 22.9 pct of the segment's sales.\n")


def test_a_share_of_the_segment_s_sales_is_never_of_the_group_s_revenue():
    assert "qualified" in measured(SEGMENT_SALES, "2026-05-13")["22.9 pct"].of_segment
    assert not any("3.482 trillion yen" in texts for _, texts in checked(SEGMENT_SALES, "2026-05-13", "share"))


def test_near_miss_a_share_of_the_group_s_sales_is_of_its_revenue():
    text = edited(SEGMENT_SALES, "of the segment's sales", "of the group's sales")
    assert "qualified" not in (measured(text, "2026-05-13")["22.9 pct"].of_segment or frozenset())


HIGHLIGHTS = ("Harwood Motor Group PLC | 8 October 2026\n\nHighlights\n\n- Revenue up 4.6% to £1.41bn (Q3 2025: £1.35bn)\n"
              "- Gross profit of £178.6m\n- Aftersales revenue up 7.9%, with record technician headcount\n")


def test_a_level_whose_own_line_gives_its_change_is_no_level_of_another_line_s_rate():
    assert not any("7.9%" in texts for _, texts in checked(HIGHLIGHTS, "2026-10-08", "growth"))


def test_near_miss_a_rate_in_the_level_s_own_line_still_joins_it():
    found = checked(HIGHLIGHTS, "2026-10-08")
    assert any("4.6%" in texts and "£1.41bn" in texts for _, _, texts in found)


TEN = ("Rankings | 16 June 2026\n\nThe ten largest suppliers sold $116.4 billion of parts last year.\n\n"
       "1. Heidmann Group (Germany): $48.6 billion; 2024: $47.2 billion\n2. Tomoe Denso (Japan): $36.1 billion; 2024: $35.4 billion\n"
       "3. Hanbit Parts (South Korea): $31.7 billion; 2024: $32.6 billion\n\n"
       "Hanbit earned $9.4 billion, or 29.7% of its sales, from electrification products.\n")


def test_a_share_of_its_sales_below_a_ranking_is_never_of_the_ranking_s_total():
    assert not any("$116.4 billion" in texts for _, texts in checked(TEN, "2026-06-16", "share"))


def test_near_miss_a_share_of_its_sales_in_a_story_of_one_company_is_of_its_revenue():
    text = ("Cleveland, 4 March 2026 -- Caldera's net sales rose 4.1% to $11.86 billion in 2025. It earned $4.4 billion, "
            "or 37.1% of its sales, from electrification programs.\n")
    assert ("ok", ("37.1%", "$4.4 billion", "$11.86 billion")) in checked(text, "2026-03-04", "share")
