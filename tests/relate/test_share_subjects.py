"""Shares whose part is the subject's level said before its own change, whose whole is the group's rather than a
region's beside it, and the makers named by what they installed (relate/measure.py, relate/shares.py)."""

from __future__ import annotations

from functools import partial

from conftest import checked, measured

shares = partial(checked, rule="share")
measures = measured


GROUP = ("Interim results, 8 September 2026\n\nGroup revenue increased by 7.7% to £1,284.6 million in the six months to June.\n\n"
         "By region, Europe contributed £546.1 million and North America £402.7 million.\n\n"
         "Revenue from electric-vehicle programmes reached £486.9 million, {s}% of group revenue.\n")


def test_a_share_of_group_revenue_is_of_the_group_not_a_region_beside_it():
    # 486.9 / 1,284.6 = 37.90%
    assert shares(GROUP.format(s="37.9"), "2026-09-08") == [("ok", ("37.9%", "£486.9 million", "£1,284.6 million"))]
    assert shares(GROUP.format(s="34.9"), "2026-09-08") == [("mismatch", ("34.9%", "£486.9 million", "£1,284.6 million"))]


def test_a_share_of_group_revenue_at_its_rounding_edge_is_not_flagged():
    text = GROUP.replace("£486.9 million", "£487 million").replace("£1,284.6 million", "£1.28 billion")
    # 487 / 1,280 = 38.05%, outside 37.85-37.95; but 486.5 / 1,285 = 37.86% lies inside it
    assert shares(text.format(s="37.9"), "2026-09-08") == [("ok", ("37.9%", "£487 million", "£1.28 billion"))]


def test_a_group_share_far_from_the_only_whole_of_no_region_stays_unchecked():
    # the regions set aside, the group's £1,284.6 million would give 37.9%: 80.9% names another whole (Europe's 89%?), so
    # the share is left alone rather than flagged against a whole the words may not mean
    assert shares(GROUP.format(s="80.9"), "2026-09-08") == []


def test_a_regional_share_keeps_its_region():
    text = ("Interim results, 8 September 2026\n\nGroup revenue increased by 7.7% to £1,284.6 million in the six months to June.\n\n"
            "Revenue in Europe was £546.1 million. European electric-vehicle revenue reached £186.9 million, 34.2% of the "
            "European total.\n")
    assert ("mismatch", ("34.2%", "£186.9 million", "£1,284.6 million")) not in shares(text, "2026-09-08")


SHIPMENTS = ("SHANGHAI, Oct 9 (Reuters) - Huaxing Automobile Group said its vehicle sales rose 21.8% in September to 412,386 "
             "units.\n\nOverseas shipments more than doubled to 61,250 vehicles, from 28,340 in September last year, and now "
             "account for {s}% of the group's volume.\n")


def test_and_now_account_for_after_the_earlier_value_is_the_subjects_share():
    # 61,250 / 412,386 = 14.85%
    assert shares(SHIPMENTS.format(s="14.9"), "2026-10-09") == [("ok", ("14.9%", "61,250 vehicles", "412,386 units"))]
    assert shares(SHIPMENTS.format(s="19.4"), "2026-10-09") == [("mismatch", ("19.4%", "61,250 vehicles", "412,386 units"))]
    # 61,249.5 / 412,386.5 = 14.852%: "14.8" (14.75-14.85) just misses it
    assert shares(SHIPMENTS.format(s="14.8"), "2026-10-09") == [("mismatch", ("14.8%", "61,250 vehicles", "412,386 units"))]


def test_and_now_account_for_in_a_sentence_of_two_levels_stays_unchecked():
    text = SHIPMENTS.replace("Overseas shipments more than doubled to 61,250 vehicles",
                             "Overseas shipments more than doubled to 61,250 vehicles and domestic sales reached 351,136")
    assert ("14.9%", "61,250 vehicles", "412,386 units") not in [c[1] for c in shares(text.format(s="14.9"), "2026-10-09")]


US = ("DETROIT, April 2, 2026 - Americans took delivery of 3,912,400 new cars and light trucks in the first three months "
      "of the year.\n\nFully electric vehicles grew more slowly: EV sales rose 9% to 297,000 from 271,000, {gave} {s}%.\n")


def test_enough_for_a_share_after_the_change_is_the_levels_share():
    # 297,000 / 3,912,400 = 7.591%
    assert shares(US.format(gave="enough for a share of", s="7.6"), "2026-04-02") == [
        ("ok", ("7.6%", "297,000", "3,912,400 new cars"))]
    assert shares(US.format(gave="which gave them a share of", s="6.7"), "2026-04-02") == [
        ("mismatch", ("6.7%", "297,000", "3,912,400 new cars"))]


def test_a_bare_or_after_the_earlier_value_is_not_the_levels_share():
    # "from 271,000, or 6.9%": the share the year before may be meant; the level's is never assumed
    assert ("7.6%", "297,000", "3,912,400 new cars") not in [c[1] for c in shares(US.format(gave="or", s="7.6"), "2026-04-02")]


BATTERIES = ("Seoul, 2 September 2026\n\nGlobal installations of electric-vehicle batteries climbed to 612.4 GWh in the first "
             "seven months of 2026.\n\nChina's Jinlong Energy remained the clear leader. It installed 231.5 GWh, up 40.9% from "
             "164.3 GWh, which gave it a share of {s}%.\n\nHanul Energy installed 58.3 GWh, Daebang On 27.6 GWh and Mirae Cell "
             "19.9 GWh.\n")


def test_a_maker_named_before_it_installed_its_level():
    m = measures(BATTERIES.format(s="37.8"), "2026-09-02")
    assert "name:jinlong energy" in m["231.5 GWh"].segment
    assert "name:hanul energy" in m["58.3 GWh"].segment
    assert "name:hanul energy" not in m["27.6 GWh"].segment  # a gapped item's own maker, never the clause's subject
    # 231.5 / 612.4 = 37.80%
    assert shares(BATTERIES.format(s="37.8"), "2026-09-02") == [("ok", ("37.8%", "231.5 GWh", "612.4 GWh"))]
    assert shares(BATTERIES.format(s="33.8"), "2026-09-02") == [("mismatch", ("33.8%", "231.5 GWh", "612.4 GWh"))]


def test_a_whole_in_a_relative_clause_with_its_change_is_not_the_subjects_segment():
    text = ("Mexico, May 8, 2025\n\nAutomakers sold 13,450 electrified light vehicles last month.\n\nElectrified models thus "
            "accounted for 11.4% of all light-vehicle sales, which rose 2.6% to 118,470 units.\n")
    assert "electrified" not in measures(text, "2025-05-08")["118,470 units"].segment


def test_a_level_of_four_words_restated_as_its_share():
    text = ("RIYADH, November 12, 2026\n\nA total of 566,980 new light vehicles were registered in the first ten months of "
            "2026.\n\nFleet operators accounted for 238,614 of the new light vehicles registered, or 42.1% of them.\n")
    assert measures(text, "2026-11-12")["42.1%"].restates is not None


def test_their_after_a_sentence_about_a_segment_of_two_words_is_that_segment():
    text = ("Brussels, 20 July 2026\n\nBattery-electric vans were the only growing segment. Their registrations rose 31.6% "
            "to 68,930 in the first half.\n")
    assert measures(text, "2026-07-20")["68,930"].segment == {"bev", "van"}


def test_a_bare_topic_opening_after_a_sentence_of_two_segments_stays_unread():
    text = ("Brussels, 20 July 2026\n\nBattery-electric vans were the only growing segment. Registrations rose 31.6% "
            "to 68,930 in the first half.\n")
    assert measures(text, "2026-07-20")["68,930"].segment == frozenset()  # the market's, or the vans': two readings
