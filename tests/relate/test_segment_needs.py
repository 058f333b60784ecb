"""relate/context.py: a segment's pattern run only on a clause holding one of the words it needs
(periods.led_matches) finds exactly what it finds run on every clause."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.periods import led_matches
from evcheck.relate import context as cx

PIECES = st.sampled_from([
    " ", "-", ",", "domestic", "Domestically", "home market", "at home", "in China", "exports", "Exported", "overseas",
    "abroad", "foreign", "passenger", "commercial", "BEVs", "battery-electric", "pure electric", "all-electric",
    "fully electric", "pure EVs", "PHEV", "plug-in hybrids", "EREVs", "range-extended", "extended range",
    "range extender", "sales", "cars", "x", "é", "\u0130", "\u0131", "\u017f", "\u212a", "paſſenger", "\u212aWh",
])
CLAUSES = st.lists(PIECES, max_size=20).map("".join) | st.text(max_size=60)


def test_every_segment_says_what_it_needs():
    assert {label for members in cx.SEGMENTS.values() for label, _ in members} == set(cx.SEGMENT_NEEDS)


@settings(max_examples=examples(300), deadline=None)
@given(CLAUSES)
@example("Domestic sales of pure EVs and plug-in hybrids rose at home and abroad")
@example("paſſenger cars, range-extended, in China")
def test_segment_patterns_find_what_a_search_of_every_clause_finds(clause):
    for members in cx.SEGMENTS.values():
        for label, pattern in members:
            found = [m.span() for m in led_matches(pattern, clause, needs=cx.SEGMENT_NEEDS[label])]
            assert found == [m.span() for m in pattern.finditer(clause)]
