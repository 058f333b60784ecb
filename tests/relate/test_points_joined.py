"""Points by measure: a change in percentage points joined with the two shares it changes, and its near misses."""

from __future__ import annotations

import pytest

from conftest import checked
from tests.relate.test_measures import checks, measures, of_rule

SMMT = ("The UK market grew to 146,380 new cars in July.\n\n"
        "Battery electric vehicles rose 25.3% to 32,640 units, taking 22.3% of the market. A year earlier, 26,050 BEVs "
        "had been registered, an 18.6% share, so July's share was up {pp} percentage points.\n")


def test_a_change_in_points_joins_the_shares_of_its_segment_in_two_periods():
    found = [f for f in of_rule(checks(SMMT.format(pp="3.7"), "2026-08-05"), "points") if "3.7 percentage points" in f[3]]
    assert [(f[1], set(f[3])) for f in found] == [("ok", {"22.3%", "18.6%", "3.7 percentage points"})]
    bad = [f for f in of_rule(checks(SMMT.format(pp="4.7"), "2026-08-05"), "points") if "4.7 percentage points" in f[3]]
    assert bad and bad[0][1] == "mismatch"


def test_up_from_in_one_sentence_and_an_unsigned_change():
    text = ("Hybrid-electric cars remained the most popular choice in August, with 265,742 units and 35.8% of the market, "
            "up from 33.9%, or {pp} points.\n")
    found = [f for f in of_rule(checks(text.format(pp="1.9"), "2026-09-24"), "points") if "1.9 points" in f[3]]
    assert found and found[0][1] == "ok"
    bad = [f for f in of_rule(checks(text.format(pp="2.9"), "2026-09-24"), "points") if "2.9 points" in f[3]]
    assert bad and bad[0][1] == "mismatch"


def test_make_up_is_a_share_and_its_points_are_checked():
    text = ("Transactions jumped 48.6% to 71,380, and they now make up 3.6% of the used market, up from 2.5% a year ago, "
            "a rise of {pp} percentage points.\n")
    assert measures(text.format(pp="1.1"), "2026-10-01")["3.6%"].role != "rate"
    found = [f for f in of_rule(checks(text.format(pp="1.1"), "2026-10-01"), "points") if "1.1 percentage points" in f[3]]
    assert found and found[0][1] == "ok"


def test_points_of_another_segment_stay_unchecked():
    text = ("BEVs took 22.3% of the market in July, against 18.6% a year earlier. Plug-in hybrids gained 1.2 percentage points.\n")
    assert not [f for f in checks(text, "2026-08-05") if "1.2 percentage points" in f[3]]


USED = ("WELLINGTON, 6 November 2026 - Used car imports rose in October.\n\n"
        "Hybrids made up 4,610 of October's used imported cars, a 46.7% share. In October 2025 the federation counted "
        "3,360 used hybrids, 37.6% of that month's used imports, so the hybrid share climbed {pp} percentage points.\n")


def test_a_change_joins_a_share_whose_segment_carries_the_wholes_words():
    ok = [f for f in of_rule(checks(USED.format(pp="9.1"), "2026-11-06"), "points") if "9.1 percentage points" in f[3]]
    assert [(f[1], set(f[3])) for f in ok] == [("ok", {"46.7%", "37.6%", "9.1 percentage points"})]
    bad = [f for f in of_rule(checks(USED.format(pp="37.2"), "2026-11-06"), "points") if "37.2 percentage points" in f[3]]
    assert bad and bad[0][1] == "mismatch"  # the relative rise, 24.2%, would be no better: points were meant



SWEDEN = ("STOCKHOLM, 1 September 2026 - New car registrations rose in August.\n\n"
          "Fully electric cars accounted for 8,520 registrations, or 39.2 percent of the market. A year earlier 7,107 "
          "electric cars had been registered, a share of 35.6 percent. The number of electric cars has thus grown 19.9 "
          "percent, and their share is up {pp} percentage points.\n")


def test_their_share_in_a_later_clause_is_the_share_of_the_sentences_subject():
    ok = [f for f in of_rule(checks(SWEDEN.format(pp="3.6"), "2026-09-01"), "points") if "3.6 percentage points" in f[3]]
    assert [(f[1], set(f[3])) for f in ok] == [("ok", {"39.2 percent", "35.6 percent", "3.6 percentage points"})]
    bad = [f for f in of_rule(checks(SWEDEN.format(pp="10.1"), "2026-09-01"), "points") if "10.1 percentage points" in f[3]]
    assert bad and bad[0][1] == "mismatch"


def test_their_share_of_a_named_whole_gives_the_change_no_segment_of_that_whole():
    text = ("Electric models made up 1,372 of the exported buses, or 27.9%. Their share of exports was 14.2% a year "
            "earlier, so it has risen 13.7 points.\n")
    assert measures(text, "2026-05-10")["13.7 points"].segment == frozenset()


HIGHLIGHTS = ("Coventry, 5 August 2026 - Interim results for the six months ended 30 June 2026.\n\nHighlights\n"
              "- Revenue £6.84bn, up 10.1% (H1 2025: £6.21bn)\n- Underlying EBIT £412m, up 38.3% (H1 2025: £298m)\n"
              "- Underlying EBIT margin 6.0% (H1 2025: 4.8%)\n\nChief Executive's review\n\n"
              "The first half showed what this group can do. The underlying EBIT margin {verb} by {bp} basis points.\n")


def test_a_change_in_basis_points_of_a_named_margin_joins_its_two_periods_anywhere():
    # 4.8% -> 6.0% = +1.2 points: the highlights give both margins, the review the change
    assert [c[1] for c in of_rule(checks(HIGHLIGHTS.format(verb="rose", bp="120"), "2026-08-05"), "points")] == ["ok"]
    assert [c[1] for c in of_rule(checks(HIGHLIGHTS.format(verb="rose", bp="150"), "2026-08-05"), "points")] == ["mismatch"]


def test_a_change_in_points_that_names_no_margin_stays_unjoined_to_the_margins():
    text = HIGHLIGHTS.format(verb="rose", bp="150").replace("The underlying EBIT margin rose by 150 basis points.",
                                                            "The 150 basis-point rise is the best in the sector.")
    assert of_rule(checks(text, "2026-08-05"), "points") == []


def test_changes_beside_their_own_margins_take_none_from_elsewhere():
    text = HIGHLIGHTS.format(verb="rose", bp="120") + ("\nGross margin was 17.2%, up 180 basis points from 15.4% a year earlier and "
                                                       "down 60 basis points from 17.8% in the first quarter of 2026.\n")
    assert [c for c in of_rule(checks(text, "2026-08-05"), "points") if c[1] == "mismatch"] == []


BULLET_MARGIN = ("SEOUL, October 29, 2026 - Hanbit Cell reported third-quarter results. Comparative figures for the third "
                 "quarter of 2025 are shown in brackets.\n\nThird-quarter highlights\n- Revenue ₩5.84 trillion (₩5.12 trillion)\n"
                 "- Operating margin 7.1% (5.2%), up {bp} basis points\n")


@pytest.mark.parametrize("bp, status", [("190", "ok"), ("195", "ok"), ("290", "mismatch")])
def test_a_highlight_line_of_a_margin_its_comparative_and_its_change_in_basis_points(bp, status):
    """7.1% against 5.2% the year before is +1.9 points (195 only by rounding: 7.15 - 5.15 = 2.0)."""
    assert checked(BULLET_MARGIN.format(bp=bp), "2026-10-29", "points") == [(status, ("7.1%", "5.2%", f"{bp} basis points"))]


SHARE_PUT_ANOTHER_WAY = ("WARSAW, 5 May 2026 - Battery-electric sales rose 62.3% to 15,716 from 9,684, lifting the electric "
                         "share of the car market to 19.9% from 13.9% a year ago. Put another way, the electric share rose "
                         "{change} in a year.\n")


def test_a_shares_change_in_percent_in_the_next_sentence_is_checked_against_the_two_shares():
    # 13.9% -> 19.9% is +6.0 points, +43.2% relative: "rose 6.0%" is points told as percent
    def points(change: str):
        return [(s, t) for s, t in checked(SHARE_PUT_ANOTHER_WAY.format(change=change), "2026-05-05", "points") if change in t]
    assert points("6.0%") == [("mismatch", ("19.9%", "13.9%", "6.0%"))]
    assert points("43.2%") == [("ok", ("19.9%", "13.9%", "43.2%"))]
    assert points("43%") == [("ok", ("19.9%", "13.9%", "43%"))]  # 19.85/13.95 - 1 = 42.3% to 19.95/13.85 - 1 = 44.0%
    # near miss: a sentence that states no share change of the pair ("the electric share rose again in May") stays unread,
    # and a rate of another segment's share is never the pair's
    other = SHARE_PUT_ANOTHER_WAY.replace("the electric share rose", "the hybrid share rose")
    assert not [c for c in checked(other.format(change="6.0%"), "2026-05-05", "points") if "6.0%" in c[1]]


THAT_JUMP = ("Turkish car market, published 5 May 2026.\n\nElectric cars took 21.8% of the car market in April, against "
             "12.2% a year ago. {that} {pp} jump is the largest the association has recorded.\n")


@pytest.mark.parametrize("that", ["That", "This"])
@pytest.mark.parametrize("pp, status", [("9.6-point", "ok"), ("9.6 point", "ok"), ("10-point", "ok"), ("8.6-point", "mismatch")])
def test_that_change_in_points_opening_the_next_sentence_is_the_move_of_the_two_shares_before(that, pp, status):
    # 12.2% to 21.8% is 9.6 points; "10-point" holds it at its rounding (9.5 .. 10.5 against 9.5 .. 9.7)
    found = [f for f in of_rule(checks(THAT_JUMP.format(that=that, pp=pp), "2026-05-05"), "points") if pp in f[3]]
    assert [(f[1], set(f[3])) for f in found] == [(status, {"21.8%", "12.2%", pp})]


def test_that_change_near_misses():
    # another sentence between, a move of no kind named, or a second level in the sentence before: no join
    apart = THAT_JUMP.replace("a year ago. ", "a year ago. Hybrids held steady. ").format(that="That", pp="9.6-point")
    plain = THAT_JUMP.replace("{pp} jump", "{pp} scale").format(that="That", pp="9.6-point")
    two = THAT_JUMP.replace("in April, against", "in April and 30.1% of the van market, against").format(that="That", pp="9.6-point")
    for text in (apart, plain, two):
        assert not [f for f in of_rule(checks(text, "2026-05-05"), "points") if "9.6-point" in f[3]], text


def test_a_squeeze_in_points_is_a_fall():
    text = ("Kaiyo results, 6 August 2026.\n\nThe result left Kaiyo's operating margin at 2.7%, a {pp} squeeze from 3.9% in the "
            "same period of 2025.\n")
    ok = [f for f in of_rule(checks(text.format(pp="1.2-point"), "2026-08-06"), "points") if "1.2-point" in f[3]]
    assert [f[1] for f in ok] == ["ok"]
    bad = [f for f in of_rule(checks(text.format(pp="2.2-point"), "2026-08-06"), "points") if "2.2-point" in f[3]]
    assert [f[1] for f in bad] == ["mismatch"]


SO_MOVED = ("Korean makers in Europe, published 6 August 2026.\n\nThe three Korean makers together had a 19.2% share, compared "
            "with 24.0% a year earlier. {moved} {pp} percentage points, the steepest drop of any group.\n")


@pytest.mark.parametrize("moved", ["That is a fall of", "That is down", "So, down", "So that's", "Their share has therefore fallen by", "The market share fell"])
@pytest.mark.parametrize("pp, status", [("4.8", "ok"), ("5", "ok"), ("3.8", "mismatch")])
def test_a_sentence_that_opens_on_the_move_of_the_two_shares_before_is_their_change_in_points(moved, pp, status):
    # 24.0% to 19.2% is -4.8 points; "5" holds it at its rounding
    found = [f for f in of_rule(checks(SO_MOVED.format(moved=moved, pp=pp), "2026-08-06"), "points") if f"{pp} percentage points" in f[3]]
    assert [(f[1], set(f[3])) for f in found] == [(status, {"19.2%", "24.0%", f"{pp} percentage points"})]


@pytest.mark.parametrize("moved", ["Hybrids gained", "Toyota lost", "The van share fell by"])
def test_a_sentence_that_opens_on_another_subjects_move_is_no_change_of_the_shares_before(moved):
    found = [f for f in of_rule(checks(SO_MOVED.format(moved=moved, pp="4.8"), "2026-08-06"), "points") if "4.8 percentage points" in f[3]]
    assert found == []


SHARE_CLIMBED = ("ISTANBUL, 5 May 2026 - Battery-electric cars took 13.6% of the car market in April. In April 2025 the 8,236 "
                 "electric cars sold made up 11.2% of car sales, so the share has climbed {rate} in a year.\n")


def test_a_share_climbing_in_percent_from_the_share_of_the_sentence_before_is_their_relative_change():
    # 13.6 / 11.2 = +21.4%: "2.4%" is the points told as percent
    assert checked(SHARE_CLIMBED.format(rate="21.4%"), "2026-05-05", "points") == [("ok", ("13.6%", "11.2%", "21.4%"))]
    assert checked(SHARE_CLIMBED.format(rate="2.4%"), "2026-05-05", "points") == [("mismatch", ("13.6%", "11.2%", "2.4%"))]
    assert checked(SHARE_CLIMBED.format(rate="21%"), "2026-05-05", "points") == [("ok", ("13.6%", "11.2%", "21%"))]
