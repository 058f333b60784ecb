""""Ujjwal EV      8,934" in a table of makers is the maker's count; "Kia EV 9" is a model (extract/figures.py)."""

from __future__ import annotations

from conftest import checked
from evcheck.extract import extract_figures


def _texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


def test_a_grouped_number_after_a_name_ending_in_ev_is_a_count():
    assert _texts("Ujjwal EV                8,934       8,120\n") == ["8,934", "8,120"]
    assert _texts("Ujjwal EV sold 8,934 units.") == ["8,934 units"]


def test_a_model_number_after_ev_stays_a_name():
    assert _texts("Kia sold the EV 9 and the EV 6 in May.") == []
    assert _texts("The EV 3.5 measure runs to 2027.") == []


TABLE = ("Registrations by maker (units)\n\n"
         "Maker                 May 2026\n"
         "Voltaro Mobility        29,846\n"
         "Ujjwal EV                8,934\n"
         "Nimbus Rides             5,118\n"
         "Total                   {total}\n")


def test_a_table_total_counts_the_row_of_a_maker_named_ev():
    assert ("ok", ("29,846", "8,934", "5,118", "43,898")) in checked(TABLE.format(total="43,898"), "2026-06-02", "sum")
    assert ("mismatch", ("29,846", "8,934", "5,118", "43,998")) in checked(TABLE.format(total="43,998"), "2026-06-02", "sum")
