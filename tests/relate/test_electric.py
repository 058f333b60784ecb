"""relate/electric.py: what "electric" counts in one article."""

from __future__ import annotations

import pytest

from evcheck.relate.electric import ELECTRIC, counts_energy, electric_reading, names_electric_cars
from evcheck.relate.vocabulary import lexicon


@pytest.mark.parametrize(("text", "reading"), [
    # never set apart: an EV maker's article is about electric cars throughout
    ("Cobalt delivered 38,614 electric vehicles in the quarter, up from 33,636 vehicles.", None),
    # a share sets them apart
    ("Electric cars took 22.4% of the market in May.", "bev"),
    # beside petrol and hybrids only: battery-electric
    ("Petrol cars made up 80,110, hybrids 14,588 and electric cars 33,672.", "bev"),
    # beside plug-in hybrids: either could be meant
    ("EVs took 24.1% of the market and plug-in hybrids 8.2%.", ELECTRIC),
    # said to take plug-in hybrids in
    ("Sales of electric vehicles, which include BEVs and PHEVs, reached 14.21 million.", "plugin"),
    # beside fuel cells, "zero-emission" takes them in
    ("Zero-emission buses took 63.4%: 5,471 battery-electric and 332 fuel-cell buses.", ELECTRIC),
    # what serves electric cars sets nothing apart
    ("EV battery installations reached 71.8 GWh, a 38% share of the world's.", None),
])
def test_the_reading_follows_what_the_article_says(text, reading):
    assert electric_reading(text, lexicon()) == reading


@pytest.mark.parametrize(("text", "term", "names"), [
    ("Electric cars accounted for 9,430 of them.", "Electric cars", True),
    ("EV battery installations rose.", "EV", False),
    ("Sarthi EV was third with 21,560 units.", "EV", False),
    ("The EV market grew.", "EV", True),
    ("Norway's EV share rose.", "EV", True),
    ("The Government's Electric Car Grant offers up to £3,750.", "Electric Car", False),
])
def test_an_electric_word_names_cars_unless_it_serves_them_or_ends_a_name(text, term, names):
    m = lexicon().segment_re.search(text, text.index(term))
    assert m is not None and m.group(0) == term
    assert names_electric_cars(m) is names


def test_energy_units_count_no_cars():
    assert counts_energy("GWh") and counts_energy("gigawatt-hours") and not counts_energy("units")
