"""A change whose own words give no earlier value takes it from the measures table (the same metric and segment a year
before); a pronoun after a figure that opens its sentence, and a subject that names a composite beside its members,
give the figure the segment the sentence before was about."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

RELEASE = ("SEOUL, July 25, 2026 - Second-quarter results:\n\n- Revenue of 47.86 trillion won, up 6.2%\n"
           "- Operating margin of 8.8%, compared with 7.8% in the second quarter of 2025\n\n"
           "\"The operating margin improved {change} to 8.8%, helped by a richer mix,\" said the chief financial officer.\n")


def test_a_margin_change_in_percent_takes_the_year_befores_margin_and_shows_the_mix_up():
    found = [c for c in of_rule(checks(RELEASE.format(change="1.0%"), "2026-07-25"), "points") if "1.0%" in c[3]]
    assert found and found[0][1] == "mismatch" and "7.8%" in found[0][3]  # 1.0 point, or 12.8%: no rise of 1.0%


def test_the_same_change_in_points_is_never_flagged():
    """A change in points is left to points.py's joins, which take it where its shares are near: never a mismatch here."""
    found = of_rule(checks(RELEASE.format(change="1.0 percentage point"), "2026-07-25"), "points")
    assert not [c for c in found if c[1] == "mismatch"]


def test_a_relative_change_that_fits_holds():
    """8.8 / 7.8 - 1 = 12.82%: "12.8%" is the relative change."""
    found = [c for c in of_rule(checks(RELEASE.format(change="12.8%"), "2026-07-25"), "points") if "12.8%" in c[3]]
    assert found and found[0][1] == "ok"


def test_two_earlier_margins_leave_the_change_without_one():
    text = RELEASE.format(change="1.0%").replace("in the second quarter of 2025", "in the second quarter of 2025 and 7.5% in "
                                                 "the second quarter of 2025 as restated")
    assert not [c for c in of_rule(checks(text, "2026-07-25"), "points") if "1.0%" in c[3] and c[1] == "mismatch"]


# --- "At 9,517 units they took 16.9% of sales": the segment of the sentence before ---

THAILAND = ("BANGKOK, April 8, 2026 - Thais bought 56,384 vehicles in March. Battery-electric cars were once again the fastest-"
            "growing part of the market. At 9,517 units they took 16.9% of sales.\n\nLongsheng sold 6,905 cars, all "
            "battery-electric; its 6,905 cars accounted for {share}% of Thailand's battery-electric registrations.\n")


def test_a_figure_opening_its_sentence_before_they_is_of_the_sentence_befores_segment():
    assert measures(THAILAND.format(share="72.6"), "2026-04-08")["9,517 units"].segment == frozenset({"bev"})


def test_a_share_of_that_segment_is_checked_against_it():
    assert [c for c in of_rule(checks(THAILAND.format(share="72.6"), "2026-04-08"), "share") if c[1] == "ok" and "9,517 units" in c[3]]
    assert [c for c in of_rule(checks(THAILAND.format(share="12.2"), "2026-04-08"), "share") if c[1] == "mismatch"
            and "9,517 units" in c[3]]


def test_a_figure_that_names_its_own_subject_keeps_it():
    text = THAILAND.format(share="72.6").replace("At 9,517 units they took", "At 9,517 units hybrids took")
    assert measures(text, "2026-04-08")["9,517 units"].segment != frozenset({"bev"})


# --- "counts hybrids, battery-electric cars and plug-in hybrids as eco-friendly. Together they reached …" ---

ECO = ("ULSAN, April 1, 2026 - Daesan counts hybrids, battery-electric cars and plug-in hybrids as eco-friendly. Together they "
       "reached 88,531 units in March.\n\nAccording to the company, eco-friendly sales rose {rate}% from the 79,502 recorded in "
       "March 2025.\n")


def test_a_subject_naming_a_composite_and_its_members_gives_the_composite():
    assert measures(ECO.format(rate="11.4"), "2026-04-01")["88,531 units"].segment == frozenset({"electrified"})


def test_the_composites_rate_is_checked_against_its_level():
    assert [c for c in of_rule(checks(ECO.format(rate="11.4"), "2026-04-01"), "growth") if c[1] == "ok" and "88,531 units" in c[3]]
    assert [c for c in of_rule(checks(ECO.format(rate="16.6"), "2026-04-01"), "growth") if c[1] == "mismatch"]


def test_members_without_their_composite_keep_the_first():
    text = ("ULSAN, April 1, 2026 - Hybrids and battery-electric cars sold well. Together they reached 88,531 units in March.\n")
    assert measures(text, "2026-04-01")["88,531 units"].segment != frozenset({"electrified"})


def test_a_rate_of_another_metric_before_a_share_is_never_its_change():
    text = ("February retail up 7.2% as NEV penetration climbs to 55.4%\n\nBEIJING, March 10, 2026 - NEV penetration reached "
            "55.4% in February, against 44.7% a year earlier, a rise of 10.7 percentage points.\n")
    assert not [c for c in of_rule(checks(text, "2026-03-10"), "points") if c[1] == "mismatch"]
