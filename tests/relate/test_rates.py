"""Rates joined by measure (relate/rates.py): a rate in the prose of the segment a table's row or a list's line
counts, against that row's cells or that line's bracketed comparative."""

from __future__ import annotations

from conftest import checked

TABLE = ("Stockholm, 2 June 2026 - New-car registrations in Sweden rose 2.8% in May.\n\n"
         "| Powertrain | May 2025 | May 2026 |\n|---|---:|---:|\n| Battery electric | 8,052 | 9,386 |\n"
         "| Plug-in hybrid | 5,540 | 6,012 |\n| Petrol | 3,806 | 3,104 |\n| All cars | 23,032 | 23,675 |\n\n"
         "Plug-in hybrids grew {phev}%. Petrol registrations fell {petrol}%.\n")


def test_a_rate_of_a_tables_row_joins_the_rows_cells():
    # 5,540 -> 6,012 = +8.52%; 3,806 -> 3,104 = -18.44%
    found = checked(TABLE.format(phev="8.5", petrol="18.4"), "2026-06-02", "growth")
    assert sorted((s, t[0]) for s, t in found if t[0] in ("8.5%", "18.4%")) == [("ok", "18.4%"), ("ok", "8.5%")]
    found = checked(TABLE.format(phev="5.8", petrol="18.4"), "2026-06-02", "growth")
    assert [(s, t) for s, t in found if t[0] == "5.8%"] == [("mismatch", ("5.8%", "6,012", "5,540"))]


def test_a_rate_of_another_metric_or_of_a_row_that_names_more_than_the_segment_stays_unchecked():
    other = TABLE.replace("Plug-in hybrids grew {phev}%.", "Exports of plug-in hybrids grew {phev}%, while 4,100 cars were exported.")
    assert [t for _, t in checked(other.format(phev="8.5", petrol="18.4"), "2026-06-02", "growth") if t[0] == "8.5%"] == []
    pickups = ("Detroit, 2 October 2026 - Full-size pickup sales rose 6.1% in the third quarter.\n\n"
               "    Model              Q3 2026    Q3 2025\n    Ford F-Series      187,300    180,100\n"
               "    Ram pickup         103,600     94,100\n")
    assert [t for _, t in checked(pickups, "2026-10-02", "growth") if "103,600" in t] == []  # all pickups, not Ram's


LIST = ("Plate-change bulletin | Monday 5 October 2026\n\nUK car market edges down in September\n\n"
        "Registrations in brief (September 2025 in brackets)\n"
        "• Petrol, including mild hybrids: 147,406 (161,208)\n• Diesel: 15,027 (18,920)\n• Battery electric: 80,214 (72,779)\n"
        "• Total: 242,647 (252,907)\n\nPetrol cars lost {petrol}%. Battery-electric registrations grew {bev}%.\n")


def test_a_rate_of_a_list_line_joins_its_bracketed_comparative():
    # 161,208 -> 147,406 = -8.56%; 72,779 -> 80,214 = +10.22%; "including mild hybrids" leaves the line petrol
    found = checked(LIST.format(petrol="8.6", bev="10.2"), "2026-10-05", "growth")
    assert sorted((s, t) for s, t in found) == [("ok", ("10.2%", "80,214", "72,779")), ("ok", ("8.6%", "147,406", "161,208"))]
    found = checked(LIST.format(petrol="6.8", bev="10.2"), "2026-10-05", "growth")
    assert ("mismatch", ("6.8%", "147,406", "161,208")) in found
