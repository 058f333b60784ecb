"""Two parts of "the total" the sentence before states, the verb said once ("Packs from scrapped cars made up 11,920
tonnes of the total and production scrap 6,720 tonnes"; relate/parts.py). Nothing says the two are all of it, so
they are checked only for exceeding it."""

from __future__ import annotations

from functools import partial

from conftest import checked

sums = partial(checked, rule="sum")

RECYCLER = ("SEOUL, July 23, 2026 - Dongbaek ReCell processed {total} tonnes of spent batteries and scrap in the second "
            "quarter, 22.5% more than the 15,216 tonnes of a year earlier.\n\n"
            "Packs removed from scrapped cars made up {a} tonnes of the total and production scrap from cell factories "
            "{b} tonnes.\n")
DATE = "2026-07-23"


def test_two_parts_of_the_total_the_sentence_before_states():
    assert sums(RECYCLER.format(total="18,640", a="11,920", b="6,720"), DATE) == [
        ("ok", ("11,920 tonnes", "6,720 tonnes", "18,640 tonnes"))]


def test_parts_that_exceed_the_total_are_flagged():
    assert sums(RECYCLER.format(total="18,640", a="11,920", b="7,620"), DATE) == [
        ("mismatch", ("11,920 tonnes", "7,620 tonnes", "18,640 tonnes"))]


def test_parts_that_fall_short_of_it_are_not_flagged():
    # a third stream may make up the rest: "of the total" names no complete breakdown
    assert [s for s, _ in sums(RECYCLER.format(total="18,640", a="11,920", b="5,720"), DATE)] == ["ok"]


def test_parts_rounded_to_the_totals_edge_are_not_flagged():
    # 11.9 + 6.75 = 18.65 thousand: over 18.6 thousand, but within its rounding (up to 18.65)
    text = RECYCLER.format(total="18.6 thousand", a="11.9 thousand", b="6.75 thousand")
    assert [s for s, _ in sums(text, DATE)] == ["ok"]
    exact = RECYCLER.format(total="18,600", a="11,900", b="6,750")  # stated to the tonne, 18,650 is 50 over
    assert [s for s, _ in sums(exact, DATE)] == ["mismatch"]


def test_two_amounts_the_sentence_before_could_be_leave_the_parts_unchecked():
    text = RECYCLER.format(total="18,640", a="11,920", b="6,720").replace(
        "in the second quarter,", "in the second quarter and 17,980 tonnes in the first,")
    assert sums(text, DATE) == []
