"""Readings of results copy that once paired the wrong figures: a dividend's parts in brackets before its change, a beat
on a poll of analysts "above that", "of those" after a comparison with another quarter, an old guidance range "down from
the 620,000 to 650,000", an amount per share beside a share of a buyback, a comparative labelled "(1H25: …)", a margin
that "compares with" earlier margins, and a multiple of one segment over another ("outsold them 2.3 times")."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

DIVIDEND = ("TOKYO, May 13, 2026 - Tsurugi Motor reported results.\n\n- Annual dividend ¥90 per share (interim ¥44, year-end ¥46), "
            "{rate}% more than the previous year's ¥80.\n")


def test_a_change_after_a_bracket_of_parts_is_of_the_amount_before_it():
    growth = of_rule(checks(DIVIDEND.format(rate="12.5"), "2026-05-13"), "growth")
    assert [c for c in growth if c[1] == "ok" and c[3] == ("12.5%", "¥90", "¥80")]
    assert not [c for c in growth if "¥46" in c[3]]
    assert [c for c in of_rule(checks(DIVIDEND.format(rate="15.2"), "2026-05-13"), "growth") if c[1] == "mismatch"]
    assert [c for c in of_rule(checks(DIVIDEND.format(rate="12"), "2026-05-13"), "growth") if c[1] == "ok"]  # 12.5% rounds to 12 or 13


BEAT = ("MUMBAI, July 23, 2026 - Sahyadri's consolidated net profit rose 18.4% to ₹4,218 crore in the first quarter from "
        "₹3,562 crore a year earlier. A poll of 14 analysts had put profit at ₹3,940 crore; the reported figure was 7.1% above that.\n")


def test_a_rate_above_that_is_never_on_the_year_before():
    found = checks(BEAT, "2026-07-23")
    assert not [c for c in found if c[3][0] == "7.1%" and c[1] == "mismatch"]
    assert measures(BEAT, "2026-07-23")["₹3,940 crore"].role == "forecast"
    assert [c for c in of_rule(found, "growth") if c[1] == "ok" and c[3] == ("18.4%", "₹4,218 crore", "₹3,562 crore")]


def test_a_poll_of_drivers_is_no_forecast():
    text = "A poll of 2,000 EV drivers for this paper found 1,160, or 58%, had been shocked by a charging bill.\n"
    assert measures(text, "2025-09-01")["2,000 EV"].role != "forecast"


CALL = ("SHANGHAI, October 22, 2026 - CEO: We delivered 118,624 vehicles in the quarter, up 41.3% from 83,952 a year ago and "
        "12.6% above the 105,347 we delivered in the second quarter. Overseas markets took 21,408 of those, or {share}%.\n")


def test_of_those_after_a_comparison_is_the_quarters_deliveries():
    found = of_rule(checks(CALL.format(share="18.0"), "2026-10-22"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][:3] == ("18.0%", "21,408", "118,624 vehicles")]
    assert not [c for c in found if "105,347" in c[3]]
    assert [c for c in of_rule(checks(CALL.format(share="20.3"), "2026-10-22"), "share") if c[1] == "mismatch"]


GUIDANCE = ("DETROIT, July 3, 2026 - The company now expects 560,000 to 590,000 deliveries in 2026, down from the 620,000 to "
            "650,000 it set out in January.\n")


def test_an_old_range_is_no_change_from_its_low_end_to_its_high_end():
    assert not [c for c in checks(GUIDANCE, "2026-07-03") if c[0] == "direction"]


def test_a_change_from_one_amount_to_another_is_still_read():
    text = "DETROIT, July 3, 2026 - Deliveries fell from 650,000 in 2024 to 620,000 in 2025, the company said.\n"
    assert [c for c in checks(text, "2026-07-03") if c[0] == "direction" and c[1] == "ok"]


BUYBACK = ("SEOUL, July 28, 2026 - The board approved a quarterly dividend of ₩2,500 per share (₩2,000) and noted that 62% of "
           "the ₩1 trillion share buyback announced in January has been completed.\n")


def test_an_amount_per_share_is_no_part_of_a_buyback():
    assert not of_rule(checks(BUYBACK, "2026-07-28"), "share")


NOTE = ("Harbourline Securities | 20 August 2026\nFengchi Auto: 1H26 results\n\nKey numbers\n- Revenue: Rmb41.26bn, +34.8% YoY (1H25: Rmb30.61bn).\n"
        "- Gross profit: Rmb6.93bn, a gross margin of {margin}%, up 2.3ppt from 14.5% in 1H25.\n")


def test_a_comparative_labelled_1h25_is_of_the_year_before():
    assert measures(NOTE.format(margin="16.8"), "2026-08-20")["Rmb30.61bn"].period == "2025-H1"
    found = of_rule(checks(NOTE.format(margin="16.8"), "2026-08-20"), "share")
    assert [c for c in found if c[1] == "ok" and c[3][:3] == ("16.8%", "Rmb6.93bn", "Rmb41.26bn")]
    assert not [c for c in found if "Rmb30.61bn" in c[3]]
    assert [c for c in of_rule(checks(NOTE.format(margin="18.6"), "2026-08-20"), "share") if c[1] == "mismatch"]


MARGINS = ("SHANGHAI, November 5, 2026 - CFO: Vehicle sales contributed RMB21.96 billion of RMB23.47 billion, so vehicles were "
           "93.6% of the top line.\n\nVehicle margin was 14.2% in the third quarter. That compares with 11.8% in the second quarter "
           "and 9.6% a year ago, so it improved by 2.4 percentage points sequentially and by 4.6 points year over year.\n")


def test_margins_that_compare_with_earlier_margins_are_never_of_another_share():
    found = checks(MARGINS, "2026-11-05")
    assert not [c for c in found if "93.6%" in c[3] and c[0] == "points"]
    assert measures(MARGINS, "2026-11-05")["11.8%"].metric == "vehicle_margin"


OUTSOLD = ("LONDON, 6 October 2026 - In September 2025 battery-electric cars had managed 84,912; this year's total was up 22.0%.\n\n"
           "| Fuel | Sep 2026 |\n|---|---:|\n| BEV | 103,624 |\n| PHEV | 44,181 |\n\n"
           "Are plug-in hybrids catching up? Not on these numbers. BEVs outsold them 2.3 times over.\n")


def test_outsold_n_times_is_no_change_over_time():
    assert not [c for c in checks(OUTSOLD, "2026-10-06") if c[0] == "multiple" and "84,912" in c[3]]


FLASH = ("TOKYO, Aug 5 (Meridian Wire) - Haruna Motor reported results for its fiscal first quarter, April to June. Key "
         "figures:\n\n* Revenue ¥11.84 trillion, up 7.3% from ¥11.03 trillion\n* Wholesales 1,126,437 vehicles (1,095,752), up "
         "{rate}%\n* Battery-electric wholesales 97,215, or 8.6% of the total\n")


def test_a_bullets_bracketed_comparative_is_no_whole():
    found = checks(FLASH.format(rate="2.8"), "2026-08-05")
    assert not [c for c in of_rule(found, "share") if "1,095,752" in c[3]]
    assert ("growth", "ok", "info", ("2.8%", "1,126,437 vehicles", "1,095,752")) in of_rule(found, "growth")
    assert [c for c in of_rule(checks(FLASH.format(rate="8.2"), "2026-08-05"), "growth") if c[1] == "mismatch"]
    # 1,126,437 / 1,095,752 = +2.80%: "3%" holds
    assert [c for c in of_rule(checks(FLASH.format(rate="3"), "2026-08-05"), "growth") if c[1] == "ok"]
