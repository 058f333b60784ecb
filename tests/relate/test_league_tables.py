"""League tables of invented groups: a leader named after "was" ("The best-selling group once again was Corvane
Motors. Its 412,300 sales …"), "it" carried on to the next sentence ("A year ago it sold 398,100"), a change after a
semicolon that is to now although the sentence opens "A year ago", a numbered list whose first line labels its
bracket with the year before ("(second quarter of 2025: 398,100)") and whose later lines give bare brackets, and a
group's short name paragraphs after its full name ("Ostrel slipped 3.0%" under "2. Ostrel Group: …")."""

from __future__ import annotations

import pytest

from conftest import checked, edited, measured

LEADER = ("HAVENPORT, 9 July 2026 -- Buyers took 2,418,600 new cars in the second quarter, up from 2,301,900 a year "
          "earlier, the registry said.\n\nThe best-selling group once again was Corvane Motors. Its 412,300 sales made up "
          "{share}% of the total. A year ago it sold 398,100 and held {old}% of the market; its volume is up {rate}%.\n")


@pytest.mark.parametrize("share, status", [("17.0", "ok"), ("17", "ok"), ("17.05", "ok"), ("18.0", "mismatch"),
                                           ("15.0", "mismatch")])
def test_a_leader_named_after_was_owns_the_its_of_the_next_sentence(share, status):
    # 412,300 / 2,418,600 = 17.047%
    found = checked(LEADER.format(share=share, old="17.3", rate="3.6"), "2026-07-09", "share")
    assert (status, (f"{share}%", "412,300", "2,418,600 new cars")) in found


@pytest.mark.parametrize("old, status", [("17.3", "ok"), ("17.29", "ok"), ("17.4", "mismatch")])
def test_it_carries_the_leader_on_to_the_year_before(old, status):
    # 398,100 / 2,301,900 = 17.294%
    found = checked(LEADER.format(share="17.0", old=old, rate="3.6"), "2026-07-09", "share")
    assert (status, (f"{old}%", "398,100", "2,301,900")) in found


@pytest.mark.parametrize("rate, status", [("3.6", "ok"), ("3.57", "ok"), ("4", "ok"), ("3.5", "mismatch"), ("6.3", "mismatch")])
def test_a_change_after_the_semicolon_is_to_now(rate, status):
    # 398,100 -> 412,300 is +3.567%
    found = checked(LEADER.format(share="17.0", old="17.3", rate=rate), "2026-07-09", "growth")
    assert (status, (f"{rate}%", "412,300", "398,100")) in found


def test_near_miss_a_change_in_the_year_ago_clause_itself_stays_a_year_ago():
    text = ("HAVENPORT, 9 July 2026 -- Corvane Motors sold 412,300 cars in the second quarter. A year ago its volume was "
            "up 3.6%.\n")
    assert measured(text, "2026-07-09")["3.6%"].period == "2025-Q2"


def test_near_miss_a_sentence_naming_two_groups_gives_its_to_neither():
    text = edited(LEADER, "once again was Corvane Motors.", "once again was Corvane Motors, ahead of Ostrel Group.")
    found = checked(text.format(share="17.0", old="17.3", rate="3.6"), "2026-07-09", "share")
    assert not any("412,300" in texts for _, texts in found)


TABLE = ("HAVENPORT, 9 July 2026 -- The registry counted 2,418,600 new cars in the second quarter.\n\nThe three biggest "
         "groups:\n\n1. Corvane Motors Holdings: 412,300 (second quarter of 2025: 398,100)\n2. Ostrel Group: 350,200 (361,000)\n"
         "3. Maribel Auto Holdings: 298,400 (270,900)\n\nTogether the top three sold {total} cars.\n\nCorvane kept the lead. "
         "Ostrel slipped {rate}%, hurt by a weak launch.\n")


@pytest.mark.parametrize("total, status", [("1,060,900", "ok"), ("1.06 million", "ok"), ("1,069,000", "mismatch")])
def test_a_numbered_list_with_a_labelled_first_bracket_adds_up_whole(total, status):
    found = checked(TABLE.format(total=total, rate="3.0"), "2026-07-09", "sum")
    assert found == [(status, ("412,300", "350,200", "298,400", f"{total} cars"))]


@pytest.mark.parametrize("rate, status", [("3.0", "ok"), ("3", "ok"), ("2.95", "ok"), ("3.2", "mismatch"), ("0.3", "mismatch")])
def test_a_short_name_takes_its_line_and_the_bare_bracket_the_first_line_dated(rate, status):
    # 361,000 -> 350,200 is -2.992%
    found = checked(TABLE.format(total="1,060,900", rate=rate), "2026-07-09", "growth")
    assert found == [(status, (f"{rate}%", "350,200", "361,000"))]


def test_the_first_lines_label_dates_the_bare_brackets_below():
    m = measured(TABLE.format(total="1,060,900", rate="3.0"), "2026-07-09")
    assert (m["361,000"].role, m["361,000"].period) == ("earlier", "2025-Q2")
    assert (m["270,900"].role, m["270,900"].period) == ("earlier", "2025-Q2")


def test_near_miss_a_bracket_past_the_list_is_not_dated_by_its_first_line():
    text = TABLE.format(total="1,060,900", rate="3.0") + "\nLeasing firms took 88,400 cars (31,000 of them electric).\n"
    assert measured(text, "2026-07-09")["31,000"].period != "2025-Q2"


def test_near_miss_a_short_name_the_article_also_calls_a_brand_keeps_its_own_name():
    text = edited(TABLE, "hurt by a weak launch.", "hurt by a weak launch of the Ostrel brand's new hatchback.")
    assert checked(text.format(total="1,060,900", rate="3.0"), "2026-07-09", "growth") == []


PLANT = ("SALVADOR, 10 September 2026\n\nPereira Motors sold 13,680 vehicles in Brazil in August. Of those, 8,940 came from "
         "its Bahia plant. A year ago every one of the 7,210 Pereiras sold in Brazil was imported; the brand's volume has "
         "grown {rate}% since.\n")


@pytest.mark.parametrize("rate, status", [("89.7", "ok"), ("90", "ok"), ("89.74", "ok"), ("89.9", "mismatch"), ("87.9", "mismatch")])
def test_the_brands_change_after_a_year_ago_clause_is_the_makers_since_then(rate, status):
    # 7,210 -> 13,680 is +89.736%
    assert checked(PLANT.format(rate=rate), "2026-09-10", "growth") == [(status, (f"{rate}%", "13,680 vehicles", "7,210"))]


def test_a_plural_of_a_named_maker_after_a_count_counts_its_cars():
    m = measured(PLANT.format(rate="89.7"), "2026-09-10")
    assert "name:pereira" in m["7,210"].segment


def test_near_miss_the_brands_change_with_two_makers_before_it_stays_unowned():
    text = ("SALVADOR, 10 September 2026\n\nPereira Motors sold 13,680 vehicles in August. Orvalho Auto sold 9,120. A year "
            "ago every one of the 7,210 cars sold in Brazil was imported; the brand's volume has grown 89.7% since.\n")
    assert not any(x.startswith("name:") for x in measured(text, "2026-09-10")["89.7%"].segment)


SLICE = ("ELEKTRO DIGEST\nMunich, 3 April 2026\n\nAustria's registrations rose 9.0% in March to 31,870 from 29,240 a year "
         "earlier.\n\nTalbrück, the brand that had lost ground through most of last year, came first with 4,410, a {share}% slice.\n")


@pytest.mark.parametrize("share, status", [("13.8", "ok"), ("14", "ok"), ("13.84", "ok"), ("13.9", "mismatch"), ("12.8", "mismatch")])
def test_a_slice_is_a_share(share, status):
    # 4,410 / 31,870 = 13.837%
    assert checked(SLICE.format(share=share), "2026-04-03", "share") == [(status, (f"{share}%", "4,410", "31,870"))]


def test_near_miss_a_slice_of_revenue_is_no_share_of_the_market():
    text = edited(SLICE.format(share="13.8"), "a 13.8% slice.", "and leasing took a 15% slice of its revenue.")
    assert checked(text, "2026-04-03", "share") == []


SECOND = ("DETROIT, 14 October 2026\n\nAmericans bought 4,126,850 new light vehicles in the third quarter, 2.9% more than the "
          "4,011,620 of a year before.\n\nThat No. 2 seller, Tokai-Meridian, moved 612,880 vehicles, or {share}% of the market, "
          "after a 7.3% rise from 571,230. The Japanese group's share a year earlier was {old}%.\n")


@pytest.mark.parametrize("share, status", [("14.9", "ok"), ("15", "ok"), ("14.85", "ok"), ("14.2", "mismatch"), ("19.4", "mismatch")])
def test_a_maker_named_after_its_rank_owns_its_share(share, status):
    # 612,880 / 4,126,850 = 14.851%
    found = checked(SECOND.format(share=share, old="14.2"), "2026-10-14", "share")
    assert (status, (f"{share}%", "612,880 vehicles", "4,126,850 new light vehicles")) in found


def test_a_share_a_year_earlier_is_of_the_year_before():
    assert measured(SECOND.format(share="14.9", old="14.2"), "2026-10-14")["14.2%"].period == "2025-Q3"


@pytest.mark.parametrize("old", ["14.2", "14.9"])
def test_a_share_a_year_earlier_never_takes_this_years_amounts(old):
    # 612,880 / 4,126,850 = 14.851%: this year's share, which "a year earlier" is not
    found = checked(SECOND.format(share="14.9", old=old), "2026-10-14", "share")
    this_years = [texts for _, texts in found if texts[0] == f"{old}%" and "4,126,850 new light vehicles" in texts]
    assert len(this_years) == (1 if old == "14.9" else 0)


def test_near_miss_a_share_a_year_on_is_not_dated_a_year_back():
    text = edited(SECOND.format(share="14.9", old="14.2"), "share a year earlier was", "share was")
    assert measured(text, "2026-10-14")["14.2%"].period != "2025-Q3"


def test_the_adjectival_group_is_the_one_maker_before_it():
    text = ("DETROIT, 14 October 2026\n\nHuaxin Group sold 3.96 million cars in the first half. The Chinese group's exports "
            "jumped 28.6%.\n")
    assert "name:huaxin" in measured(text, "2026-07-29")["28.6%"].segment


WEEKS = ("NEV PULSE WEEKLY\nShanghai | 15 October 2026\n\nNew-energy cars registered for insurance totalled 61,230 in week "
         "41, the seven days from 5 to 11 October.\n\nTop three new-energy brands, insurance registrations\n\n"
         "Brand            Week 41    Week 40\n"
         "Huaxin            18,420     15,236\n"
         "Tianlu Auto       12,905     11,872\n"
         "{rest}         {others}     23,310\n"
         "Total             61,230     50,418\n")


@pytest.mark.parametrize("others, status", [("29,905", "ok"), ("29,950", "mismatch")])
def test_columns_of_weeks_add_up_to_their_total_row(others, status):
    found = checked(WEEKS.format(rest="All other", others=others), "2026-10-15", "sum")
    assert (status, ("18,420", "12,905", others, "61,230")) in found
    assert ("ok", ("15,236", "11,872", "23,310", "50,418")) in found


def test_near_miss_a_table_of_names_under_measures_is_no_sum_without_a_row_of_the_rest():
    text = edited(WEEKS.format(rest="Qingyun  ", others="29,905"), "Week 41    Week 40", "Units      Orders ")
    assert checked(text, "2026-10-15", "sum") == []
