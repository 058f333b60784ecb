""""South Korea's five carmakers sold a combined 712,406 vehicles …. Hanju … selling 342,915 units, or 48.1 percent of the
total": a joint level of members it does not name is the whole of a named member's share (relate/shares.py)."""

from __future__ import annotations

from conftest import checked

WIRE = ("SEOUL, Nov. 2, 2026 -- South Korea's five carmakers sold a combined 712,406 vehicles at home and abroad in October, "
        "up 4.6 percent from 681,240 units a year earlier.\n\n"
        "Hanju Motor Co. remained the largest, selling 342,915 units, or {share} percent of the total.\n")


def _shares(share: str) -> list[tuple]:
    return checked(WIRE.format(share=share), "2026-11-02", "share")


def test_a_members_share_of_the_total_is_of_the_groups_combined_level():
    assert ("ok", ("48.1 percent", "342,915 units", "712,406 vehicles")) in _shares("48.1")  # 342,915 / 712,406 = 48.13%


def test_a_members_share_that_does_not_fit_is_flagged():
    assert ("mismatch", ("43.1 percent", "342,915 units", "712,406 vehicles")) in _shares("43.1")


def test_a_share_at_the_edge_of_its_rounding_is_not_flagged():
    assert ("ok", ("48.13 percent", "342,915 units", "712,406 vehicles")) in _shares("48.13")


def test_a_joint_level_of_named_members_is_no_whole_of_another_member():
    text = ("SEOUL, Nov. 2, 2026 -- Together, Hanju and Daeyang sold 624,135 vehicles in October.\n\n"
            "Gyeongin Motors sold 41,608 units, or 6.7 percent of the total.\n")
    assert not [c for c in checked(text, "2026-11-02", "share") if "624,135 vehicles" in c[1]]
