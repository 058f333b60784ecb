"""Properties of the extractor on any text: it never crashes, and every span is true."""

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.extract import extract_figures, split_sentences
from evcheck.extract.figures import collapse_spaces

PIECES = st.sampled_from([
    " ", "  ", "\n", "\n\n", ".", ",", "(", ")", "-", "–", "%", " percent", " per cent", "$", "US$", "RMB", "Rs ",
    "€", "£", "¥", "yuan", " yuan", " dollars", "bn", " billion", " million", "m", "k", " units", " cars",
    " crore", " lakh", "about ", "over ", "nearly ", "up ", "down ", "rose ", "fell ", " to ", " from ", "fold",
    "-fold", " times", "doubled", " percentage points", " bps", "Model ", "SU7", "Q2 ", "2025", "July ",
    "a quarter of ", "two million", "respectively", " and ", " or ", "=", "1", "0", "5", "9", "12", "575,000",
    "2.593", "81,302", "10,74,189", "1,2,3", ".5", "0.0", "1e9", "+86 10 1234 5678", "[1]", "é", "中", "\t",
    "\u00a0", "\u202f", "\u2009", "     \u00a0", "     €", "110\u00a0000", "1\u202f234,5",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=examples(300), deadline=None)
@given(TEXTS)
def test_never_crashes_and_spans_slice_to_their_text(text):
    figures = extract_figures(text)
    previous_end = -1
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert collapse_spaces(text[f.start:f.end]) == f.text  # a run of spaces shows as one
        assert not f.text[:1].isspace() and not f.text[-1:].isspace()
        assert f.start >= previous_end
        previous_end = f.end
        assert f.low <= f.high
        assert not math.isnan(f.value)
        assert f.kind in ("money", "count", "percent", "points", "multiple", "number")


@settings(max_examples=examples(200), deadline=None)
@given(TEXTS)
def test_sentences_cover_the_text_in_order(text):
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        assert last <= s.start < s.end <= len(text)
        last = s.end


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999), st.sampled_from(["", " million", "bn", "%"]))
@example(2025, "")  # formatted, "2,025" is a count, never the year 2025: no case is skipped
def test_formatted_numbers_are_read_back(n, suffix):
    text = f"Sales were {n:,}{suffix} in total."
    figures = extract_figures(text)
    assert len(figures) == 1
    scale = {"": 1, " million": 1e6, "bn": 1e9, "%": 1}[suffix]
    assert math.isclose(figures[0].value, n * scale)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=1_000, max_value=999_999_999), st.sampled_from("\u00a0\u202f\u2009"),
       st.sampled_from(["", "     "]))
@example(110_000, "\u00a0", "     ")  # "110&nbsp;000" as the HTML reader leaves it: padding, then the space
def test_numbers_grouped_by_a_no_break_space_are_read_back(n, space, padding):
    text = f"Sales were {n:,} units in 2024.".replace(",", padding + space)
    [f] = extract_figures(text)
    assert f.value == n
    assert f.text == f"{n:,} units".replace(",", space)
    assert text[f.start:f.end].startswith(str(n)[:len(f"{n:,}".split(",")[0])])
