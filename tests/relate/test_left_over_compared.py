"""What is left when two amounts are compared: "The €612.4 million paid out compares with an annual allocation of €750
million, leaving €137.6 million unspent" is the allocation less the payouts."""

from __future__ import annotations

from test_measures import checks, of_rule

TEXT = ("BERLIN, 20 January 2026 - The €612.4 million paid out compares with an annual allocation of €750 million, leaving "
        "€{left} million unspent; under federal budget rules that sum lapses.\n")


def test_leaving_after_a_comparison_is_the_larger_less_the_smaller():
    found = of_rule(checks(TEXT.format(left="137.6"), "2026-01-20"), "difference")
    assert ("difference", "ok", "info", ("€137.6 million", "€750 million", "€612.4 million")) in found


def test_a_wrong_remainder_is_flagged():
    found = of_rule(checks(TEXT.format(left="173.6"), "2026-01-20"), "difference")
    assert [c for c in found if c[1] == "mismatch" and c[3][0] == "€173.6 million"]


def test_a_rounded_remainder_is_fine():
    """750 - 612.4 = 137.6; "€138 million" carries ±0.5 million."""
    assert [c for c in of_rule(checks(TEXT.format(left="138"), "2026-01-20"), "difference") if c[1] == "ok"]


def test_leaving_without_a_comparison_is_not_read():
    text = ("BERLIN, 20 January 2026 - The office paid out €612.4 million in grants and €750 million in loans, leaving "
            "€137.6 million for next year.\n")
    assert not of_rule(checks(text, "2026-01-20"), "difference")
