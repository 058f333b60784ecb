"""A total the words count the members of ("The three countries together accounted for"), of the as many levels stated
right before it (relate/breakdowns.py)."""

from __future__ import annotations

from functools import partial

from conftest import checked

sums = partial(checked, rule="sum")


TRUCKS = ("Brussels, 21 April 2026\n\nGermany, the largest market, registered 17,920 new heavy trucks in the first quarter, "
          "France 10,310 and Poland 8,450. The three countries together accounted for {t} units.\n")


def test_the_three_countries_together_are_the_sum_of_the_three_before():
    assert sums(TRUCKS.format(t="36,680"), "2026-04-21") == [("ok", ("17,920 new heavy trucks", "10,310", "8,450", "36,680 units"))]
    assert sums(TRUCKS.format(t="36,860"), "2026-04-21") == [("mismatch", ("17,920 new heavy trucks", "10,310", "8,450", "36,860 units"))]


def test_members_the_lexicon_cannot_name_count_too():
    text = ("Seoul, 2 September 2026\n\nHanul Energy installed 58.3 GWh in the first seven months, Daebang On 27.6 GWh and "
            "Mirae Cell 19.9 GWh. Together the three supplied {t} GWh.\n")
    assert sums(text.format(t="105.8"), "2026-09-02") == [("ok", ("58.3 GWh", "27.6 GWh", "19.9 GWh", "105.8 GWh"))]
    assert sums(text.format(t="105.9"), "2026-09-02") == [("ok", ("58.3 GWh", "27.6 GWh", "19.9 GWh", "105.9 GWh"))]
    # 58.35 + 27.65 + 19.95 = 105.95: 105.9 lies inside the parts' interval, though their midpoints give 105.8
    assert sums(text.format(t="106.8"), "2026-09-02") == [("mismatch", ("58.3 GWh", "27.6 GWh", "19.9 GWh", "106.8 GWh"))]


def test_a_counted_total_with_another_of_its_unit_among_the_members_stays_unchecked():
    text = TRUCKS.replace("France 10,310", "France 10,310, up from 9,870,").format(t="36,680")
    assert not any(texts[-1] == "36,680 units" and "9,870" in texts for _, texts in sums(text, "2026-04-21"))
    text = TRUCKS.replace("The three countries", "The four countries").format(t="36,680")
    assert sums(text, "2026-04-21") == []  # four counted, three stated


REGIONS = ("TOKYO, 12 May 2026 - Results for fiscal 2025.\n\nBy region, we sold 1.187 million units in North America, 874,000 "
           "in Asia, 598,000 in Japan, 402,000 in Europe and 351,000 in other regions, {tail} {t}. Battery-electric sales were "
           "96,410 units, which is {share}% of global volume.\n")


def test_a_global_total_closing_a_regional_list_is_its_whole_and_no_other_region():
    text = REGIONS.format(tail="for a global total of", t="3.412 million", share="2.8")
    parts = ("1.187 million units", "874,000", "598,000", "402,000", "351,000")
    assert sums(text, "2026-05-12") == [("ok", (*parts, "3.412 million"))]
    # the parts' exact 3,412,000 against "3.41 million": inside its rounding; "3.421 million" is not
    assert sums(REGIONS.format(tail="for a global total of", t="3.41 million", share="2.8"), "2026-05-12") == [
        ("ok", (*parts, "3.41 million"))]
    assert sums(REGIONS.format(tail="for a global total of", t="3.421 million", share="2.8"), "2026-05-12") == [
        ("mismatch", (*parts, "3.421 million"))]
    # 96,410 / 3.412 million = 2.83%: the global volume is the total's, not the other regions'
    assert checked(text, "2026-05-12", "share") == [("ok", ("2.8%", "96,410 units", "3.412 million"))]
    assert checked(REGIONS.format(tail="for a global total of", t="3.412 million", share="3.8"), "2026-05-12", "share") == [
        ("mismatch", ("3.8%", "96,410 units", "3.412 million"))]


def test_an_amount_after_the_list_that_no_total_words_lead_stays_another_regions():
    text = REGIONS.format(tail="against", t="3.412 million in Japan alone a decade ago", share="2.8")
    assert not [s for s in sums(text, "2026-05-12") if s[1][-1] == "3.412 million"]


NETWORKS = ("Charging Atlas, 9 March 2026\n\nTogether the five countries ended 2025 with {now} public charging points, 19.0% more "
            "than the {then} they had a year earlier.\n\n"
            "Country        End-2025   End-2024   Change\n"
            "Austria         31,420     26,110   +20.3%\n"
            "Poland          28,960     24,305   +19.2%\n"
            "Czechia         17,415     14,820   +17.5%\n"
            "Hungary         12,730     10,960   +16.1%\n"
            "Slovakia         9,275      7,655   +21.2%\n{extra}\n"
            "Most of the new points are slow alternating-current posts.\n")


def test_a_counted_total_beside_a_table_without_a_total_row_sums_its_column():
    found = sums(NETWORKS.format(now="99,800", then="83,850", extra=""), "2026-03-09")
    assert found == [("ok", ("31,420", "28,960", "17,415", "12,730", "9,275", "99,800")),
                     ("ok", ("26,110", "24,305", "14,820", "10,960", "7,655", "83,850"))]


def test_a_wrong_counted_total_beside_the_table_is_flagged():
    found = sums(NETWORKS.format(now="98,800", then="83,850", extra=""), "2026-03-09")
    assert ("mismatch", ("31,420", "28,960", "17,415", "12,730", "9,275", "98,800")) in found


def test_rounded_rows_and_an_exact_total_stay_consistent():
    text = NETWORKS.format(now="99,800", then="83,850", extra="").replace("31,420", "31.4k").replace("26,110", "26.1k")
    assert all(status == "ok" for status, _ in sums(text, "2026-03-09"))


def test_a_table_with_more_rows_than_the_count_is_no_breakdown_of_the_total():
    extra = "Slovenia          4,110      3,020   +36.1%\n"
    assert sums(NETWORKS.format(now="99,800", then="83,850", extra=extra), "2026-03-09") == []



BRACKETED = ("Truck Data, 23 July 2026\n\nThree markets did most of the work. Germany (2,912), France (1,486) and the Netherlands "
             "(1,031) together took {t} of the heavy electric trucks.\n")


def test_members_in_brackets_together_are_the_sum_of_the_brackets():
    assert sums(BRACKETED.format(t="5,429"), "2026-07-23") == [("ok", ("2,912", "1,486", "1,031", "5,429"))]
    assert sums(BRACKETED.format(t="5,529"), "2026-07-23") == [("mismatch", ("2,912", "1,486", "1,031", "5,529"))]
    assert sums(BRACKETED.format(t="5,000"), "2026-07-23") == [("ok", ("2,912", "1,486", "1,031", "5,000"))]  # rounded to thousands


def test_one_bracket_before_together_counts_no_members():
    text = "Truck Data, 23 July 2026\n\nGermany (2,912) and its neighbours together took 5,529 of the heavy electric trucks.\n"
    assert sums(text, "2026-07-23") == []


PLANTS = ("CASABLANCA, 14 April 2026\n\nThe country's four assembly plants turned out {now} vehicles in 2025, 7.1% more than "
          "the 534,464 they built in 2024. The plant-by-plant breakdown:\n\n"
          "| Plant | Output 2025 | Output 2024 | Exported 2025 |\n|---|---:|---:|---:|\n"
          "| Melloussa | 291,460 | 276,310 | 268,140 |\n| Kenitra | 184,270 | 172,610 | 176,918 |\n"
          "| Free Zone | 58,612 | 49,340 | 57,031 |\n| Casablanca | 33,818 | 36,204 | 12,406 |\n\nMelloussa remains the giant.\n")


def test_plants_counted_by_their_owner_sum_the_table_column_of_what_they_measure():
    found = sums(PLANTS.format(now="568,160"), "2026-04-14")
    assert ("ok", ("291,460", "184,270", "58,612", "33,818", "568,160 vehicles")) in found
    assert ("ok", ("276,310", "172,610", "49,340", "36,204", "534,464")) in found
    assert not any("268,140" in texts for _, texts in found)  # never the exports column of the same year


def test_a_counted_owner_total_that_misses_its_column_is_flagged():
    assert ("mismatch", ("291,460", "184,270", "58,612", "33,818", "572,160 vehicles")) in sums(PLANTS.format(now="572,160"),
                                                                                              "2026-04-14")


def test_a_rounded_owner_total_holds_its_column():
    assert ("ok", ("291,460", "184,270", "58,612", "33,818", "568,000 vehicles")) in sums(PLANTS.format(now="568,000"), "2026-04-14")
