"""A fuel column named in brackets ("Gas (LNG/CNG)") is a segment of its row's Total column (relate/cells.py)."""

from __future__ import annotations

from conftest import checked

TRUCKS = ("Haulage Weekly, 20 July 2026\n\nNew truck registrations in the first half of 2026:\n\n"
          "| Segment | Diesel | Battery-electric | Gas (LNG/CNG) | Other | Total |\n"
          "|---|---:|---:|---:|---:|---:|\n"
          "| Medium trucks (3.5-16 t) | 18,204 | 1,955 | 412 | 806 | {medium} |\n"
          "| Heavy trucks (over 16 t) | 104,330 | 6,118 | 2,874 | 1,102 | 114,424 |\n")


def test_a_fuel_named_in_brackets_is_one_column_of_the_row_total():
    sums = checked(TRUCKS.format(medium="21,377"), "2026-07-20", "sum")
    assert ("ok", ("18,204", "1,955", "412", "806", "21,377")) in sums
    assert ("ok", ("104,330", "6,118", "2,874", "1,102", "114,424")) in sums


def test_a_row_total_that_does_not_add_up_is_flagged():
    sums = checked(TRUCKS.format(medium="21,477"), "2026-07-20", "sum")
    assert ("mismatch", ("18,204", "1,955", "412", "806", "21,477")) in sums


def test_a_rounded_row_total_is_not_flagged():
    sums = checked(TRUCKS.format(medium="21,000"), "2026-07-20", "sum")
    assert ("ok", ("18,204", "1,955", "412", "806", "21,000")) in sums


def test_a_brand_with_its_powertrain_in_brackets_stays_a_brand():
    from evcheck.relate.cells import _segment

    assert _segment("Acme (BEV)")[0] == frozenset({"name:acme"})
    assert _segment("Gas (LNG/CNG)")[0] == frozenset({"cng"})
