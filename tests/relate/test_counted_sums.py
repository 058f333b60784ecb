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
