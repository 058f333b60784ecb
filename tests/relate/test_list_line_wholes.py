"""Wholes a share names in words the trade uses: "- Brazil: 16,214 units, 66.0% of the exported total" (a list line's
share of the exports the list breaks down), "5.1% of the month's TIV" (the total industry volume)."""

from __future__ import annotations

from test_measures import checks, of_rule

EXPORTS = ("BUENOS AIRES, 3 June 2026 - The industry exported 24,560 units in May. By destination, the distribution was the "
           "following:\n\n- Brazil: 16,214 units, {share}% of the exported total\n- Chile: 1,972 units\n- Peru: 1,418 units\n")


def test_a_list_lines_share_of_the_whole_it_names():
    assert ("share", "ok", "info", ("66.0%", "16,214 units", "24,560 units")) in of_rule(
        checks(EXPORTS.format(share="66.0"), "2026-06-03"), "share")


def test_a_list_lines_wrong_share_is_flagged():
    assert [c for c in of_rule(checks(EXPORTS.format(share="60.6"), "2026-06-03"), "share")
            if c[1] == "mismatch" and c[3][:2] == ("60.6%", "16,214 units")]


def test_a_list_lines_share_at_its_rounding_edge():
    """16,214 / 24,560 = 66.02%: "66%" holds, "66.1%" does not."""
    assert [c for c in of_rule(checks(EXPORTS.format(share="66"), "2026-06-03"), "share") if c[1] == "ok"]
    assert [c for c in of_rule(checks(EXPORTS.format(share="66.1"), "2026-06-03"), "share") if c[1] == "mismatch"]


def test_a_list_lines_share_of_another_whole_stays_unchecked():
    text = EXPORTS.replace("of the exported total", "of the domestic total").format(share="66.0")
    assert not [c for c in of_rule(checks(text, "2026-06-03"), "share") if c[3][:2] == ("66.0%", "16,214 units")]


TIV = ("Kuala Lumpur | 27 August 2026\n\nTotal industry volume for July was 67,215 units, the association said.\n\n"
       "EVs edge past five per cent\nBattery-electric cars reached 3,412 registrations, {share}% of the month's TIV.\n")


def test_a_share_of_the_tiv_is_of_the_market():
    assert ("share", "ok", "info", ("5.1%", "3,412 registrations", "67,215 units")) in of_rule(
        checks(TIV.format(share="5.1"), "2026-08-27"), "share")
    assert [c for c in of_rule(checks(TIV.format(share="1.5"), "2026-08-27"), "share") if c[1] == "mismatch"]
    # 3,412 / 67,215 = 5.076%: "5%" holds
    assert [c for c in of_rule(checks(TIV.format(share="5"), "2026-08-27"), "share") if c[1] == "ok"]


def test_a_share_of_a_word_like_tiv_stays_unchecked():
    text = TIV.replace("the month's TIV", "the month's TIVA credits").format(share="5.1")
    assert not [c for c in of_rule(checks(text, "2026-08-27"), "share") if c[3][0] == "5.1%"]
