"""Rates and their endpoints found in the words (relate/change.py): the level a later clause names
again by "its volume" or "their sales"."""

from __future__ import annotations

import pytest

from conftest import checked
from evcheck.pipeline import Options, verify
from evcheck.read.files import read_text


def growth(text: str, date: str = "2026-03-02") -> list[tuple]:
    return checked(text, date, "growth")


@pytest.mark.parametrize("rate, status", [("5.6", "ok"), ("5.59", "ok"), ("6", "ok"), ("6.6", "mismatch")])
def test_its_volume_takes_the_one_amount_its_sentence_gave_the_subject(rate, status):
    # 20,118 / 21,310 = -5.594%
    text = f"Nissan kept first place overall with 20,118 units and a 17.0% share, though its volume fell {rate}% from 21,310.\n"
    assert growth(text) == [(status, (f"{rate}%", "20,118 units", "21,310"))]


def test_their_volume_after_a_part_and_its_share():
    text = "Chinese brands accounted for 9,410 of the new vehicles, 19.5% of the total, and their volume rose {rate}% from 6,430.\n"
    # 9,410 / 6,430 = +46.35%
    assert growth(text.format(rate="46.3")) == [("ok", ("46.3%", "9,410", "6,430"))]
    assert growth(text.format(rate="43.6")) == [("mismatch", ("43.6%", "9,410", "6,430"))]



SEGMENT_RATE = ("By business area, Battery Systems contributed NOK 3,916 million, Structures NOK 4,188 million and Aftermarket "
                "NOK 1,738 million. Battery Systems was the growth engine, up {rate}% from NOK 3,138 million.\n")


@pytest.mark.parametrize("rate, status", [("24.8", "ok"), ("24.79", "ok"), ("25", "ok"), ("42.8", "mismatch")])
def test_a_segments_rate_with_its_earlier_value_takes_the_level_its_name_was_given_just_before(rate, status):
    # 3,916 / 3,138 = +24.79%
    assert growth(SEGMENT_RATE.format(rate=rate), "2026-09-02") == [(status, (f"{rate}%", "NOK 3,916 million", "NOK 3,138 million"))]


def test_a_segments_rate_with_two_levels_of_its_name_is_left_alone():
    text = ("Battery Systems contributed NOK 3,916 million in the year and NOK 1,020 million in the fourth quarter. "
            "Battery Systems was up 24.8% from NOK 3,138 million.\n")
    assert growth(text, "2026-09-02") == []


LISTED = ("OSLO, 2 September 2026 - A total of 11,846 new passenger cars were registered in August.\n\n"
          "Top brands, August 2026:\n\n1. Tesla - 2,418\n2. Volkswagen - 1,326\n3. Toyota - 1,104\n\n"
          "Tesla's share was driven by the Model Y. Brands from China gained ground. Volkswagen was up {vw}% from 1,014, "
          "while Toyota's registrations rose {toyota}% from 820.\n")


def test_a_names_rate_with_its_earlier_value_takes_the_lists_row_of_that_name():
    # 1,326 / 1,014 = +30.77%; 1,104 / 820 = +34.63%
    assert growth(LISTED.format(vw="30.8", toyota="34.6"), "2026-09-02") == [
        ("ok", ("30.8%", "1,326", "1,014")), ("ok", ("34.6%", "1,104", "820"))]
    assert growth(LISTED.format(vw="38.0", toyota="43.6"), "2026-09-02") == [
        ("mismatch", ("38.0%", "1,326", "1,014")), ("mismatch", ("43.6%", "1,104", "820"))]


def test_a_names_rate_beside_a_list_of_another_period_is_left_alone():
    text = LISTED.format(vw="30.8", toyota="34.6").replace("Top brands, August 2026", "Top brands, January-August 2026")
    assert growth(text, "2026-09-02") == []


def test_the_increase_is_a_change_never_a_level_against_the_earlier_value():
    text = ("Days' supply rose to 78 from 71 in May. Against the 64 days of June 2025 the increase is 14 days.\n")
    result = verify([read_text(text, "a.txt", date="2026-06-10")], Options(use_rates=False))
    figs = result.figures.set_index("id")["text"]
    assert not [r for r in result.checks.itertuples() if r.rule == "direction" and "14 days" in [figs[f] for f in r.figures]]


SMMT_JULY = ("LONDON, 5 August 2026 - The UK new car market rose {rate}% in July, the SMMT said. Van registrations fell.\n\n"
             "A total of 151,274 new cars were registered during the month.{cars}\n\n"
             "In July last year the market had stood at 140,154 units.\n")


def test_a_car_markets_rate_takes_the_plain_level_where_no_level_names_passenger_cars():
    # 151,274 / 140,154 = +7.93%
    assert ("ok", ("7.9%", "151,274 new cars", "140,154 units")) in growth(SMMT_JULY.format(rate="7.9", cars=""), "2026-08-05")
    assert ("mismatch", ("9.7%", "151,274 new cars", "140,154 units")) in growth(SMMT_JULY.format(rate="9.7", cars=""), "2026-08-05")


def test_a_car_markets_rate_beside_a_passenger_car_level_leaves_the_plain_level_alone():
    text = SMMT_JULY.format(rate="7.9", cars=" Passenger cars made up 139,870 of the total.")
    assert [g for g in growth(text, "2026-08-05") if "151,274 new cars" in g[1]] == []



KBA = ("FLENSBURG, 3 June 2026 - Registrations of battery-electric cars in Germany rose 31.2% in May from a year earlier, "
       "the KBA said, lifting their share of the market to 22.1%.\n")


def _rules_of(text: str, figure: str) -> list[tuple[str, str]]:
    result = verify([read_text(text, "a.txt", date="2026-06-03")], Options(use_rates=False))
    figs = result.figures.set_index("id")["text"]
    return [(r.rule, r.status) for r in result.checks.itertuples() if figure in [figs[f] for f in r.figures]]


def test_a_rate_before_lifting_their_share_is_the_registrations_rate_not_the_shares():
    assert [rule for rule, _ in _rules_of(KBA, "31.2%") if rule == "points"] == []


def test_their_share_rising_by_a_percent_is_still_the_shares_change():
    text = "In May the market share of battery-electric cars rose {rate}% to 34.6% from 31.5%.\n"
    assert ("points", "mismatch") in _rules_of(text.format(rate="3.1"), "3.1%")  # 3.1 points written as percent
    assert ("points", "ok") in _rules_of(text.format(rate="9.8"), "9.8%")  # 34.6 / 31.5 = +9.84%


AGAINST_MARCH = ("ISTANBUL, 5 May 2026 - Distributors sold 98,614 vehicles in April, compared with 87,813 in April 2025. "
                 "Against March, when 110,950 units changed hands, sales were down {rate}%.\n")


@pytest.mark.parametrize("rate, status", [("11.1", "ok"), ("11.12", "ok"), ("11.05", "mismatch"), ("12.1", "mismatch")])
def test_a_sentence_opening_against_a_month_compares_with_that_months_level(rate, status):
    # 98,614 / 110,950 = -11.12%; never 87,813 to 110,950 (+26.3%), as if March were April
    assert growth(AGAINST_MARCH.format(rate=rate), "2026-05-05") == [(status, (f"{rate}%", "98,614 vehicles", "110,950 units"))]



HIGHLIGHTS = ("BERLIN, 5 March 2026 - Brenner AG reported its results for 2025 today.\n\nHighlights of 2025:\n\n"
              "- Revenue: €1,248.6 million, up 14.2% (2024: €1,093.4 million)\n"
              "- Operating profit: €86.2 million, up {rate}% (€52.9 million); operating margin {margin}% ({earlier}%)\n")


def _rule(text: str, rule: str, date: str = "2026-03-05") -> list[tuple[str, list[str]]]:
    result = verify([read_text(text, "a.txt", date=date)], Options(use_rates=False))
    figs = result.figures.set_index("id")["text"]
    return [(r.status, [figs[f] for f in r.figures]) for r in result.checks.itertuples() if r.rule == rule]


@pytest.mark.parametrize("rate, status", [("62.9", "ok"), ("63", "ok"), ("69.2", "mismatch")])
def test_a_bare_bracket_after_an_amount_and_its_rate_is_the_year_before(rate, status):
    # 86.2 / 52.9 = +62.95%
    found = growth(HIGHLIGHTS.format(rate=rate, margin="6.9", earlier="4.8"), "2026-03-05")
    assert (status, (f"{rate}%", "€86.2 million", "€52.9 million")) in found


@pytest.mark.parametrize("earlier, status", [("4.8", "ok"), ("4.84", "ok"), ("4.85", "mismatch"), ("5.8", "mismatch")])
def test_a_bare_bracket_after_a_margin_is_the_earlier_margin_not_this_years(earlier, status):
    # 86.2 / 1,248.6 = 6.90% and 52.9 / 1,093.4 = 4.84%: each margin of its own year's amounts
    assert _rule(HIGHLIGHTS.format(rate="62.9", margin="6.9", earlier=earlier), "share") == [
        ("ok", ["6.9%", "€86.2 million", "€1,248.6 million"]), (status, [f"{earlier}%", "€52.9 million", "€1,093.4 million"])]


def test_a_bracket_in_another_currency_stays_a_conversion():
    text = "SHANGHAI, 27 August 2026 - Revenue rose 12.0% to 186.4 billion yuan (about $27.7 billion) from 166.4 billion yuan.\n"
    assert [rule for rule in {r for r, _ in [(x, 0) for x in verify([read_text(text, "a.txt", date="2026-08-27")]).checks["rule"]]}
            if rule == "conversion"] == ["conversion"]
    assert ("ok", ("12.0%", "186.4 billion yuan", "166.4 billion yuan")) in growth(text, "2026-08-27")


PREVIOUS_YEAR_MARGIN = ("TOKYO, May 13, 2026 - Kisaragi Battery said operating profit for the year to March 31, 2026 fell 30.2% "
                        "to ¥61.6 billion. Revenue rose 7.4% to ¥1.284 trillion.\n\n"
                        "Operating profit in the previous year had been ¥88.3 billion, on revenue of ¥1.196 trillion, so the "
                        "margin shrank to 4.8% from {old}%, a decline of 260 basis points.\n")


def test_amounts_said_of_the_previous_year_before_a_so_clause_are_the_year_befores():
    # ¥88.3bn / ¥1.196tn = 7.38%, the margin a year earlier; never the 4.8% now (¥61.6bn / ¥1.284tn = 4.80%)
    found = checked(PREVIOUS_YEAR_MARGIN.format(old="7.4"), "2026-05-13")
    assert ("share", "ok", ("7.4%", "¥88.3 billion", "¥1.196 trillion")) in found
    assert not [c for c in found if c[1] == "mismatch"]
    assert ("share", "mismatch", ("9.4%", "¥88.3 billion", "¥1.196 trillion")) in checked(
        PREVIOUS_YEAR_MARGIN.format(old="9.4"), "2026-05-13")
    assert ("share", "ok", ("7.38%", "¥88.3 billion", "¥1.196 trillion")) in checked(
        PREVIOUS_YEAR_MARGIN.format(old="7.38"), "2026-05-13")  # 88.25/1,196.5 = 7.3757%, within what 7.38 rounds from


PAYROLL_POINTS = ("SEOUL, Aug 3, 2026 - Energy storage was the standout. Its sales grew 48.3%, lifting the segment to 24.8% "
                  "of group revenue from 17.9% a year earlier, a {points} percentage point gain.\n")


def test_a_rate_beside_stated_points_is_never_taken_for_the_points():
    # 24.8 - 17.9 = 6.9 points; the 48.3% is the segment's sales growth
    assert checked(PAYROLL_POINTS.format(points="6.9"), "2026-08-03", "points") == [("ok", ("24.8%", "17.9%", "6.9 percentage point"))]
    assert checked(PAYROLL_POINTS.format(points="7.9"), "2026-08-03", "points") == [("mismatch", ("24.8%", "17.9%", "7.9 percentage point"))]
    # 6.85 lies within what 24.8 - 17.9 can be from their roundings (6.8 to 7.0): no flag
    assert checked(PAYROLL_POINTS.format(points="6.85"), "2026-08-03", "points")[0][0] == "ok"


def test_a_deterioration_of_points_is_a_fall():
    text = ("TOKYO, Aug 6, 2026 - The operating margin was 6.4%, compared with 8.4% a year earlier, a deterioration of "
            "{points} percentage points.\n")
    assert checked(text.format(points="2.0"), "2026-08-06", "points") == [("ok", ("6.4%", "8.4%", "2.0 percentage points"))]
    assert checked(text.format(points="3.0"), "2026-08-06", "points") == [("mismatch", ("6.4%", "8.4%", "3.0 percentage points"))]


PAST_DUE = ("NEW YORK, Feb 11, 2026 - The share of auto-loan balances 60 or more days past due {moved} to {new}% from {old}%, "
            "a {word} of {points} percentage point.\n")


@pytest.mark.parametrize("word", ["deterioration", "improvement"])
@pytest.mark.parametrize("points, status", [("0.13", "ok"), ("0.14", "ok"), ("0.23", "mismatch")])
def test_a_judged_change_in_points_moves_the_way_its_values_do(word, points, status):
    """A past-due rate that rose 0.13 points "deteriorated"; a judgement says nothing of direction, the verb and the
    values do. 1.64 - 1.51 = 0.13 (0.14 only by rounding: 1.645 - 1.505)."""
    text = PAST_DUE.format(moved="rose", new="1.64", old="1.51", word=word, points=points)
    assert checked(text, "2026-02-11", "points") == [(status, ("1.64%", "1.51%", f"{points} percentage point"))]


def test_a_change_in_points_the_words_measure_keeps_its_direction():
    text = PAST_DUE.format(moved="fell", new="1.51", old="1.64", word="rise", points="0.13")
    assert checked(text, "2026-02-11", "points") == [("mismatch", ("1.51%", "1.64%", "0.13 percentage point"))]


BRANDS_TABLE = ("JAKARTA, August 14, 2026 - Factory-to-dealer shipments of cars in Indonesia fell {total}% in July.\n\n"
                "Wholesales by brand (units)\n\n"
                "  Brand               Jul 2026    Jul 2025\n"
                "  Toyota-Daihatsu       27,612      30,480\n"
                "  Honda                  5,904       7,215\n"
                "  Chinese brands         9,842       5,118\n"
                "  Others                 7,355       8,297\n"
                "  Total                 50,713      51,110\n\n"
                "The Chinese brands nearly doubled their shipments on the year. Toyota and its Daihatsu unit still took "
                "54.4% of wholesales, even after a 9.4% fall.\n")


def test_a_rate_of_a_name_and_its_unit_is_neither_the_sentence_befores_subject_nor_the_total():
    # the 9.4% is Toyota-Daihatsu's (27,612 / 30,480 = -9.41%): never the Chinese brands' +92.3%, nor the Total's -0.8%
    found = checked(BRANDS_TABLE.format(total="0.8"), "2026-08-14", "growth")
    assert [c for c in found if c[1][0] == "9.4%"] == []
    assert ("ok", ("0.8%", "50,713", "51,110")) in found  # 50,713 / 51,110 = -0.78%


OUTPUT_AND_SHIPMENTS = ("BANGKOK, July 20, 2026 - Thailand's car plants built 118,460 vehicles in June.\n\n"
                        "Output outran shipments for a second month. Domestic sales of 46,215 and exports of 71,390 made a "
                        "combined {total} vehicles, so factories built 855 more than they shipped.\n")


def test_bare_numbers_joined_by_and_before_a_combined_total_are_its_parts():
    # 46,215 + 71,390 = 117,605
    found = checked(OUTPUT_AND_SHIPMENTS.format(total="117,605"), "2026-07-20")
    assert ("sum", "ok", ("46,215", "71,390", "117,605 vehicles")) in found
    assert ("sum", "mismatch", ("46,215", "71,390", "117,065 vehicles")) in checked(
        OUTPUT_AND_SHIPMENTS.format(total="117,065"), "2026-07-20")


def test_amounts_in_another_clause_or_said_as_earlier_values_are_no_parts_of_a_total():
    text = ("MEXICO CITY, Sept 10, 2026 - Mexico exported 288,604 light vehicles, down 5.2% from 304,436 in August last "
            "year, while production totaled 341,230 units.\n")
    assert [c for c in checked(text, "2026-09-10") if c[0] == "sum"] == []
    text = ("MADRID, Oct 2, 2026 - Including 2,318 industrial vehicles and 390 buses and coaches, the whole market totalled "
            "99,360 vehicles.\n")
    assert [c for c in checked(text, "2026-10-02") if c[0] == "sum"] == []


BROKER_NOTE = ("SEOUL, 23 July 2026 - Gaon Cell 2Q26 results.\n\n"
               "Key points\n"
               "- Revenue of ₩7.23 trillion, up 7.1% year on year\n"
               "- ESS revenue nearly doubled; EV cell revenue fell {rate}%\n\n"
               "| Application | 2Q26 | 2Q25 |\n"
               "|---|---:|---:|\n"
               "| EV cells | 4.86 | 5.12 |\n"
               "| Energy storage | 1.74 | 0.92 |\n"
               "| Small cells | 0.63 | 0.71 |\n"
               "| Total | 7.23 | 6.75 |\n")


def test_a_product_lines_revenue_rate_is_never_the_groups():
    # 6.75 -> 7.23 is +7.1%: the "EV cell revenue" rate is not the Total row's, whatever it says
    for rate in ("5.1", "6.9"):
        assert [c for c in checked(BROKER_NOTE.format(rate=rate), "2026-07-23", "growth") if c[1][0] == f"{rate}%"
                and "7.23" in c[1]] == []


AFTER = ("Frankfurt, 5 November 2026 - Revenue for January to September came to €98.7 billion. EBIT was €6.14 billion, giving "
         "a return on sales of 6.2% after {old} in the first nine months of 2025, a drop of {pp} percentage points.\n")


def test_a_margin_after_another_is_its_earlier_value():
    assert checked(AFTER.format(old="7.9%", pp="1.7"), "2026-11-05", "points") == [("ok", ("6.2%", "7.9%", "1.7 percentage points"))]
    assert checked(AFTER.format(old="7.9%", pp="2.7"), "2026-11-05", "points") == [("mismatch", ("6.2%", "7.9%", "2.7 percentage points"))]
    # the period after the earlier margin is its own: this year's EBIT over this year's revenue
    assert checked(AFTER.format(old="7.9%", pp="1.7"), "2026-11-05", "share") == [("ok", ("6.2%", "€6.14 billion", "€98.7 billion"))]


def test_a_rate_after_after_is_no_earlier_margin():
    text = "Frankfurt, 5 November 2026 - The return on sales was 6.2% after a 3.1% fall in volumes, a drop of 1.7 percentage points.\n"
    assert [texts for _, texts in checked(text, "2026-11-05", "points") if "3.1%" in texts] == []


YEAR_EARLIER_IN = ("Brussels, 2 July 2026 - Belgian new-car registrations rose {rate}% from a year earlier in June to 38,514.\n\n"
                   "In June 2025 the federation counted 37,260 registrations.\n")


def test_a_month_after_a_year_earlier_is_the_changes_own_month():
    assert checked(YEAR_EARLIER_IN.format(rate="3.4"), "2026-07-02", "growth") == [("ok", ("3.4%", "38,514", "37,260 registrations"))]
    assert checked(YEAR_EARLIER_IN.format(rate="8.6"), "2026-07-02", "growth") == [("mismatch", ("8.6%", "38,514", "37,260 registrations"))]


STRETCH = ("SHANGHAI, 20 May 2026 - Retail sales recovered after the holiday.\n\n"
           "NEV retail for the {days} was up {rate} from 412,000 a year earlier, the association said.\n")


def test_the_stretch_of_days_a_sentence_reports_on_is_never_the_level_that_changed():
    # "the 17 days" dates the rate; 412,000 vehicles never became 17 days (-100%, flagged as the wrong direction before)
    found = checked(STRETCH.format(days="17 days", rate="26.5%"), "2026-05-20")
    assert not [c for c in found if c[0] in ("growth", "implied-prior") and "17 days" in c[2]]
    assert not [c for c in found if c[1] == "mismatch"]
    # near miss: a level of days that changed is still one ("Stock cover rose 12.5% to 18 days from 16 days")
    assert checked("SHANGHAI, 20 May 2026 - Dealers held more stock. Stock cover rose 12.5% to 18 days from 16 days in "
                   "April.\n", "2026-05-20", "growth") == [("ok", ("12.5%", "18 days", "16 days"))]
    assert checked("SHANGHAI, 20 May 2026 - Dealers held more stock. Stock cover rose 21.5% to 18 days from 16 days in "
                   "April.\n", "2026-05-20", "growth") == [("mismatch", ("21.5%", "18 days", "16 days"))]


ON_TWO = ("Beijing, 15 September 2026\n\nNEV registrations in China rose to 1,268,437 in August, up {mom}% on the previous "
          "month's 1,189,902 and {yoy}% more than the 1,062,426 registered in the same month of 2025.\n")


@pytest.mark.parametrize("mom, yoy, statuses", [
    ("6.6", "19.4", ["ok", "ok"]),
    ("7", "19", ["ok", "ok"]),  # +6.60% and +19.39%, rounded to whole percents
    ("6.6", "14.9", ["ok", "mismatch"]),
    ("8.6", "19.4", ["mismatch", "ok"]),
])
def test_one_level_against_the_previous_months_on_and_the_year_befores(mom, yoy, statuses):
    found = growth(ON_TWO.format(mom=mom, yoy=yoy), "2026-09-15")
    assert found == [(statuses[0], (f"{mom}%", "1,268,437", "1,189,902")), (statuses[1], (f"{yoy}%", "1,268,437", "1,062,426"))]


def test_on_without_a_compared_periods_figure_is_no_earlier_value():
    text = "Beijing, 15 September 2026\n\nDealers sold 1,268,437 cars in August, up 6.6% on discounts worth 12,000 yuan a car.\n"
    assert growth(text, "2026-09-15") == []


@pytest.mark.parametrize("when", ["last week", "this week", "last month", "previous week"])
def test_the_time_after_a_count_is_not_what_it_counts(when):
    from relate.test_measures import measures
    text = f"Insurance registrations of new energy passenger vehicles in China rose to 268,437 {when}, up 6.6% on the period before.\n"
    assert measures(text, "2026-09-15")["268,437"].metric == "retail"
    assert measures("The group employs 4,200 people and runs 12 plants.\n", "2026-09-15")["12 plants"].metric == "other:plants"


def test_a_forecasts_year_before_is_no_earlier_value_of_the_sentence_befores_rate():
    text = ("Bern, 8 April 2026\n\nPrices held up in the quarter.\n\nOn the used-car market, changes of ownership fell 1.7 percent "
            "to 187,430 in the quarter, the association said.\n\nThe association expects 238,000 new registrations for 2026 as "
            "a whole, after 239,500 last year.\n")
    assert growth(text, "2026-04-08") == []
    near = ("Bern, 8 April 2026\n\nChanges of ownership fell 1.7 percent to 187,430 in the first quarter. That compares with "
            "190,670 in the same quarter last year.\n")
    assert growth(near, "2026-04-08") == [("ok", ("1.7 percent", "187,430", "190,670"))]


@pytest.mark.parametrize("line, rate, status", [
    ("* Order intake 14,862 trucks (12,407), {rate}", "+19.8%", "ok"),
    ("* Order intake 14,862 trucks (12,407), {rate}", "+20%", "ok"),  # +19.79%
    ("* Order intake 14,862 trucks (12,407), {rate}", "+9.8%", "mismatch"),
    ("Plug-in hybrids went into reverse: 14,862 (12,407), up {rate}", "19.8%", "ok"),
    ("Trucks accounted for 14,862 of them (12,407), an increase of {rate}", "21.8%", "mismatch"),
])
def test_a_bare_count_in_brackets_then_its_change_is_the_year_before_without_a_legend(line, rate, status):
    text = "Gothenburg, 17 July 2026\n\nSecond quarter in brief\n" + line.format(rate=rate) + "\n"
    assert growth(text, "2026-07-17") == [(status, (rate.lstrip("+"), "14,862 trucks" if "trucks" in line else "14,862", "12,407"))]


def test_a_bracket_with_a_share_or_words_before_a_change_is_no_earlier_count():
    for line in ("* Order intake 14,862 trucks (12.4%), +19.8%", "* Order intake 14,862 trucks (12,407 in Europe), +19.8%",
                 "* Order intake 14,862 trucks (12,407)"):
        text = "Gothenburg, 17 July 2026\n\nSecond quarter in brief\n" + line + "\n"
        assert [c for c in growth(text, "2026-07-17") if "12,407" in c[1]] == []


@pytest.mark.parametrize("rate, status", [("18.4", "ok"), ("18", "ok"), ("14.8", "mismatch")])
def test_the_figure_compares_with_gives_the_sentence_befores_level_its_year_before(rate, status):
    text = ("PARIS, July 3 2026 - Aurelis Automobiles delivered 84,316 vehicles in the second quarter, {r}% more than a year "
            "before, the carmaker said on Friday.\n\nThe figure compares with 71,209 vehicles a year earlier.\n")
    assert growth(text.format(r=rate), "2026-07-03") == [(status, (f"{rate}%", "84,316 vehicles", "71,209 vehicles"))]


ON_SALE = "Used car index, published 5 March 2026.\n\nThere were 84,215 electric cars {state}, {rate}% more than {when} (62,140).\n"


@pytest.mark.parametrize("state", ["on sale", "in stock", "for sale"])
@pytest.mark.parametrize("when", ["a year ago", "a year earlier", "last year"])
@pytest.mark.parametrize("rate, status", [("35.5", "ok"), ("35.52", "ok"), ("36", "ok"), ("38.5", "mismatch")])
def test_a_rate_more_than_a_year_ago_takes_the_value_in_the_bracket_after_it(state, when, rate, status):
    # 62,140 to 84,215 is +35.524%
    found = growth(ON_SALE.format(state=state, rate=rate, when=when), "2026-03-05")
    assert found == [(status, (f"{rate}%", "84,215 electric cars", "62,140"))]


def test_a_rate_more_than_in_a_month_takes_the_months_value_in_the_bracket():
    found = growth(ON_SALE.format(state="on sale", rate="35.5", when="in January"), "2026-03-05")
    assert found == [("ok", ("35.5%", "84,215 electric cars", "62,140"))]


def test_a_bracket_after_a_rate_that_compares_with_no_time_is_no_earlier_value():
    # "up 35.5% in the region (62,140)": the region's own level in the bracket, never the value the rate started from
    text = ON_SALE.replace("{rate}% more than {when}", "up {rate}% in the region").format(state="on sale", rate="35.5")
    assert not [g for g in growth(text, "2026-03-05") if "62,140" in g[1]]



REDUCTION = "Hangzhou, 29 April 2026\n\nThe net loss narrowed to 1.12 billion yuan from 2.05 billion, a {rate} reduction.\n"


@pytest.mark.parametrize("rate, status", [("45%", "ok"), ("45.6%", "ok"), ("54%", "mismatch")])
def test_a_percent_reduction_after_the_two_values(rate, status):
    """1.12 / 2.05 - 1 is -45.37%; the amounts' rounding (1.115-1.125 of 2.045-2.055) reaches -45.7%."""
    assert checked(REDUCTION.format(rate=rate), "2026-04-29", "growth") == [
        (status, (rate, "1.12 billion yuan", "2.05 billion"))]


def test_a_reduction_of_an_amount_is_no_rate():
    text = "Hangzhou, 29 April 2026\n\nThe maker offered a 20,000 yuan reduction, or 11.8%, on its 169,000 yuan sedan.\n"
    assert checked(text, "2026-04-29", "growth") == []
