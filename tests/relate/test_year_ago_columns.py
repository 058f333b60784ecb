"""A plain-text table under a caption that leads into a breakdown, with a "Year ago" column and a "Days' supply" column
(relate/cells.py, read/tables.py): the rows of each level column add up to its TOTAL row, the "Year ago" column is the
caption's period a year back, and a days' supply column is never summed."""

from __future__ import annotations

import pytest

from conftest import checked

_STOCK = """DEALER FLOOR DAILY, May 14, 2026

U.S. dealers ended April with 2,213,600 new vehicles on their lots.

Orrin's segment breakdown, as of April 30:

Segment               In stock   Days' supply    Year ago
Full-size pickup       512,340             84     468,910
Compact SUV            604,115             58     622,480
Midsize SUV            438,760             71     401,255
Car                    296,480             52     318,930
Luxury                 341,905             77     330,140
TOTAL                {total}             67   2,141,715

Pickup inventory climbed {rate} from a year ago.
"""


@pytest.mark.parametrize("total, status", [("2,193,600", "ok"), ("2,213,600", "mismatch")])
def test_the_rows_of_a_stock_column_add_up_to_its_total_row(total, status):
    """512,340 + 604,115 + 438,760 + 296,480 + 341,905 = 2,193,600."""
    sums = checked(_STOCK.format(total=total, rate="9.3%"), "2026-05-14", "sum")
    assert (status, ("512,340", "604,115", "438,760", "296,480", "341,905", total)) in sums


def test_the_year_ago_column_adds_up_on_its_own():
    sums = checked(_STOCK.format(total="2,193,600", rate="9.3%"), "2026-05-14", "sum")
    assert ("ok", ("468,910", "622,480", "401,255", "318,930", "330,140", "2,141,715")) in sums


def test_a_days_supply_column_is_never_summed():
    """84 + 58 + 71 + 52 + 77 = 342 against a TOTAL of 67: an average, no sum."""
    sums = checked(_STOCK.format(total="2,193,600", rate="9.3%"), "2026-05-14", "sum")
    assert not [texts for _status, texts in sums if "67" in texts]


def test_near_miss_a_table_of_makers_with_no_breakdown_caption_sums_no_column():
    text = _STOCK.replace("Orrin's segment breakdown, as of April 30:", "Selected makers, as of April 30:").replace(
        "Full-size pickup", "Arden Motors    ").replace("Compact SUV", "Belcor     ").replace("Midsize SUV", "Castlane   ").replace(
        "Car      ", "Dunmore  ").replace("Luxury   ", "Edgewood ").replace("Segment ", "Maker   ")
    assert not checked(text.format(total="2,213,600", rate="9.3%"), "2026-05-14", "sum")
