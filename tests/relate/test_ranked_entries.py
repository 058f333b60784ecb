"""A ranked list whose entries carry indented notes: each note speaks of its own entry (relate/lists.py's
ranked_entries, relate/joins.py), and an entry with its notes is no list of parts of one total (relate/breakdowns.py)."""

from __future__ import annotations

from conftest import checked
from evcheck.relate.lists import ranked_entries

RANKING = ("TIER ONE DIGEST | 13 August 2026\n\nThe five suppliers that booked the most new business in the first half\n\n"
           "1. Moravec Antriebe - €4.86 billion\n"
           "   - Sales of €4.12 billion imply a book-to-bill of 1.18\n"
           "   - Electrified drivetrains made up €2.98 billion of the orders, or {share}\n\n"
           "2. Valdane Group - €3.94 billion\n"
           "   - Sales of €3.25 billion; a book-to-bill of 1.21\n\n"
           "3. Hallberg Drive - €3.41 billion\n"
           "   - Operating profit of €188 million on sales of €2.71 billion, a margin of {margin}\n\n"
           "Together the three booked €12.21 billion.\n")


def test_each_entry_runs_from_its_number_to_its_last_note():
    text = RANKING.format(share="61.3%", margin="6.9%")
    entries = ranked_entries(text)
    assert [text[a:b].splitlines()[0] for a, b in entries] == ["1. Moravec Antriebe - €4.86 billion",
                                                             "2. Valdane Group - €3.94 billion", "3. Hallberg Drive - €3.41 billion"]
    assert text[entries[0][0]:entries[0][1]].endswith("or 61.3%")


def test_a_numbered_list_without_notes_has_no_entries():
    assert ranked_entries("1. Germany 41,230\n2. France 28,110\n3. Italy 19,870\n") == []


def test_a_note_never_takes_its_whole_from_another_entry():
    found = checked(RANKING.format(share="61.3%", margin="6.9%"), "2026-08-13", "share")
    assert not any("€3.94 billion" in texts or "€3.25 billion" in texts for _, texts in found)


def test_an_entry_and_its_notes_are_no_parts_of_the_total():
    found = checked(RANKING.format(share="61.3%", margin="6.9%"), "2026-08-13", "sum")
    assert not any("€4.12 billion" in texts for _, texts in found)


def test_a_margin_on_sales_in_a_note_is_profit_over_those_sales():
    assert ("ok", ("6.9%", "€188 million", "€2.71 billion")) in checked(RANKING.format(share="61.3%", margin="6.9%"), "2026-08-13", "share")
    assert ("mismatch", ("7.9%", "€188 million", "€2.71 billion")) in checked(RANKING.format(share="61.3%", margin="7.9%"), "2026-08-13",
                                                                               "share")
