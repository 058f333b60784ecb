"""The extractor skips a whole-text scan when a cheaper search shows it can find nothing: each such
search must find something wherever its scan does."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.extract import figures as fx
from evcheck.extract import spoken

GUARDED = [  # (scan, the search that must find something wherever the scan does)
    (spoken.WORD_SCALED, fx._WORD_THEN_SCALE),
    (fx._NUMBER_WORD, fx._WORD_THEN_SCALE),
    (spoken.VAGUE, fx._WORD_THEN_SCALE),
    (spoken.SPOKEN, fx._SPOKEN_JOIN),
    (fx._PHONE, fx._PHONE_PART),
]
PIECES = st.sampled_from([
    " ", "-", "\n", "\u00a0", "\t", "a", "an", "one", "twenty", "twenty-five", "hundred", " and ", "half",
    "a half", "point", "-point-", " point ", "eight", "oh", "several", "a few", "dozens of", "tens of",
    "hundreds of", "thousand", "thousands", "Million", "billion", "trillion", "lakh", "crores", "2.5", "7",
    "+", "+86", "(010)", "555", "0100", "1234", "12", "ſ", "\u212a", "é", "SEVENTEEN", ".",
])
TEXTS = st.lists(PIECES, max_size=25).map("".join) | st.text(max_size=60)


@settings(max_examples=examples(400), deadline=None)
@given(TEXTS)
@example("one hundred and fifty thousand cars, several hundred thousand units, half a million")
@example("seventeen-point-eight trillion won, twelve and a half percent; call +86 10 1234 5678 or 555-123-4567")
def test_a_skipped_scan_could_have_found_nothing(text):
    for scan, guard in GUARDED:
        if guard.search(text) is None:
            assert scan.search(text) is None, (scan.pattern, text)


def test_the_guards_find_the_numbers_in_words_of_an_article():
    text = "It sold two million cars, several thousand vans and twelve-point-five percent more; +44 20 7946 0958."
    assert [f.text for f in fx.extract_figures(text) if f.kind != "number" or f.value > 100] == [
        "two million cars", "several thousand vans", "twelve-point-five percent"]
    for scan, guard in GUARDED:
        assert guard.search(text) is not None or scan.search(text) is None
