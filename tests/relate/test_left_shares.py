""""…, leaving overseas business at 15.4% of the motor book": a rate whose level is a share it left behind is the rate of
the amount before it, never the share's change (relate/change.py)."""

from __future__ import annotations

from conftest import checked

LEFT = ("TOKYO, May 13, 2026 - Overseas motor premiums rose {rate}% as the company pulled back from fleet business in "
        "Thailand, leaving overseas business at 15.4% of the motor book.\n")


def test_a_rate_before_the_share_it_left_is_the_premiums_rate_not_the_shares_change():
    assert [c for c in checked(LEFT.format(rate="2.3"), "2026-05-13") if c[0] == "points"] == []


def test_a_share_that_rose_before_leaving_it_at_a_level_is_still_a_change_in_points():
    text = "The overseas share of premiums rose 2.3% as fleet business shrank, leaving it at 15.4% of the motor book.\n"
    assert [c[0] for c in checked(text, "2026-05-13") if "2.3%" in c[2]] == ["points"]


def test_a_rate_straight_to_a_share_is_the_shares_change():
    text = "Overseas motor premiums' share rose 2.3% to 15.4% of the motor book.\n"
    assert [c[0] for c in checked(text, "2026-05-13") if "2.3%" in c[2]] == ["points"]
