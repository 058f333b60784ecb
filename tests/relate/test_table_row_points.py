""""Plug-in hybrids added 1.2 points" below a table whose "Plug-in hybrid" row gives its share now and a year before:
the change joins the two cells of that row (relate/points.py)."""

from __future__ import annotations

from conftest import checked

RELEASE = ("Press release | Brussels, 27 May 2026\n\n"
           "New passenger car registrations in the EU totalled 1,107,586 units in April 2026.\n\n"
           "New car registrations by power source\n\n"
           "Power source            Apr 2026    Share   Share Apr 2025\n"
           "Battery-electric         213,874    19.3%        16.1%\n"
           "Plug-in hybrid           104,212     9.4%         8.3%\n"
           "Petrol                   301,891    27.3%        31.2%\n"
           "Total                  1,107,586   100.0%       100.0%\n\n"
           "Plug-in hybrids added {phev} points for a second month. Petrol lost {petrol} points of share.\n")


def _points(phev: str, petrol: str) -> list[tuple]:
    return checked(RELEASE.format(phev=phev, petrol=petrol), "2026-05-27", "points")


def test_a_change_in_points_joins_its_rows_two_share_cells():
    found = _points("1.1", "3.9")
    assert ("ok", ("9.4%", "8.3%", "1.1 points")) in found
    assert ("ok", ("27.3%", "31.2%", "3.9 points")) in found


def test_a_change_that_does_not_fit_its_row_is_flagged():
    assert ("mismatch", ("27.3%", "31.2%", "2.9 points")) in _points("1.1", "2.9")


def test_a_change_within_the_rounding_of_the_two_cells_is_not_flagged():
    assert ("ok", ("9.4%", "8.3%", "1.2 points")) in _points("1.2", "3.9")  # 9.35-9.45 less 8.25-8.35: 1.0 to 1.2


def test_a_change_whose_prose_gives_its_own_share_is_left_to_the_prose():
    text = RELEASE.format(phev="1.1", petrol="3.9").replace("Plug-in hybrids added", "Plug-in hybrids took 9.0% and added")
    assert not [c for c in checked(text, "2026-05-27", "points") if c[1][1:] == ("8.3%", "1.1 points")]
