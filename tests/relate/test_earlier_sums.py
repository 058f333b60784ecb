"""The earlier values of a breakdown's parts against the earlier value of its total (relate/breakdowns.py
`find_earlier_sums`)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import checked, edited

sums = partial(checked, rule="sum")

QUARTER = ("Chennai, 20 July 2026\n\nThe company sold 1,412,630 motorcycles, scooters and three-wheelers in the April-June "
           "quarter, up 9.8% from {t}. Domestic sales rose 7.1% to 1,068,420 from 997,590, and exports made up the other "
           "344,210, 19.1% more than the 288,950 of a year ago.\n")


@pytest.mark.parametrize(("total", "status"), [("1,286,540", "ok"), ("1,268,540", "mismatch")])
def test_the_earlier_parts_add_up_to_the_earlier_total(total, status):
    found = sums(QUARTER.format(t=total), "2026-07-20")
    assert ("ok", ("1,068,420", "344,210", "1,412,630 motorcycles")) in found
    assert (status, ("997,590", "288,950", total)) in found


def test_earlier_parts_at_the_rounding_edge_are_not_flagged():
    text = ("Chennai, 20 July 2026\n\nThe company sold 1.41 million two-wheelers in the April-June quarter, up 9.8% from "
            "1.29 million. Domestic sales rose 7.1% to 1.07 million from 1.00 million, and exports made up the other 0.34 "
            "million, 17.9% more than the 0.29 million of a year ago.\n")
    # 1.00 + 0.29 = 1.29 exactly; 0.995 + 0.285 = 1.28 and 1.005 + 0.295 = 1.30 both reach 1.285-1.295
    assert ("ok", ("1.00 million", "0.29 million", "1.29 million")) in sums(text, "2026-07-20")


def test_near_miss_a_part_with_no_earlier_value_leaves_the_earlier_total_unsummed():
    text = edited(QUARTER.format(t="1,286,540"), ", 19.1% more than the 288,950 of a year ago", "")
    assert not any("1,286,540" in texts for _, texts in sums(text, "2026-07-20"))


def test_near_miss_earlier_values_of_two_bases_make_no_sum():
    text = edited(QUARTER.format(t="1,286,540"), "more than the 288,950 of a year ago",
                  "more than the 288,950 of the January-March quarter")
    assert not any("1,286,540" in texts for _, texts in sums(text, "2026-07-20"))
