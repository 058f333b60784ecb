"""The number forms of every market, as data: Indian grouping and lakh/crore, numbers in words and
broadcast transcripts, negatives and basis points, and the quantities the words leave open."""

from __future__ import annotations

import pytest

from evcheck.extract import extract_figures

# (text, the figure's text, value, unit)
CASES = [
    # Indian grouping and units
    ("Sales were 12,34,567 units.", "12,34,567 units", 1_234_567, "units"),
    ("Output of 1,02,345 units.", "1,02,345 units", 102_345, "units"),
    ("revenue of ₹2,45,610 crore", "₹2,45,610 crore", 2_456_100_000_000, "INR"),
    ("Rs 3,03,369 crore in FY25", "Rs 3,03,369 crore", 3_033_690_000_000, "INR"),
    ("Rs. 3,03,369 crore", "Rs. 3,03,369 crore", 3_033_690_000_000, "INR"),
    ("7.41 lakh units", "7.41 lakh units", 741_000, "units"),
    ("sold 9,56,671 units", "9,56,671 units", 956_671, "units"),
    # numbers in words, composed
    ("one hundred and fifty thousand cars", "one hundred and fifty thousand cars", 150_000, "units"),
    ("a hundred and fifty thousand cars", "a hundred and fifty thousand cars", 150_000, "units"),
    ("two hundred thousand units", "two hundred thousand units", 200_000, "units"),
    ("three hundred and twenty-five thousand vehicles", "three hundred and twenty-five thousand vehicles", 325_000, "units"),
    ("twelve thousand five hundred cars", "twelve thousand five hundred cars", 12_500, "units"),
    ("fifteen thousand units", "fifteen thousand units", 15_000, "units"),
    ("two million cars", "two million cars", 2_000_000, "units"),
    # broadcast transcripts
    ("one-point-three trillion won", "one-point-three trillion won", 1.3e12, "KRW"),
    ("seventeen-point-eight trillion won", "seventeen-point-eight trillion won", 1.78e13, "KRW"),
    ("twelve-and-a-half billion U.S. dollars", "twelve-and-a-half billion U.S. dollars", 1.25e10, "USD"),
    ("687-thousand units", "687-thousand units", 687_000, "units"),
    ("eight-point-nine percent", "eight-point-nine percent", 8.9, "%"),
    ("15-point-two billion U.S. dollars", "15-point-two billion U.S. dollars", 1.52e10, "USD"),  # never "15-point", a change
    # ... hyphenated through to the scale or the percent, as some transcripts write them
    ("one-point-three-trillion won", "one-point-three-trillion won", 1.3e12, "KRW"),
    ("twelve-and-a-half-billion U.S. dollars", "twelve-and-a-half-billion U.S. dollars", 1.25e10, "USD"),
    ("eight-point-nine-percent", "eight-point-nine-percent", 8.9, "%"),
    # negatives and basis points
    ("an operating margin of negative 5.9%", "negative 5.9%", -5.9, "%"),
    ("a margin of minus 3%", "minus 3%", -3, "%"),
    ("an operating margin of (5.9)% in the quarter", "(5.9)%", -5.9, "%"),
    ("the margin moved -1050bp", "-1050bp", -10.5, "pp"),
    ("down 35 basis points", "35 basis points", 0.35, "pp"),
    ("a change of −4.1%", "−4.1%", -4.1, "%"),
    # digit groups by a no-break, narrow no-break or thin space (issue 11): one number
    ("Sales were 110\u00a0000 units.", "110\u00a0000 units", 110_000, "units"),
    ("Sales were 110\u202f000 units.", "110\u202f000 units", 110_000, "units"),
    ("Sales were 110\u2009000 units.", "110\u2009000 units", 110_000, "units"),
    ("revenue of 1\u00a0234\u00a0567,8 yuan", "1\u00a0234\u00a0567,8 yuan", 1_234_567.8, "CNY"),
    ("revenue of €1\u202f234.5 million", "€1\u202f234.5 million", 1_234_500_000, "EUR"),
    ("in 2024 110\u00a0000 cars were sold", "110\u00a0000 cars", 110_000, "units"),
]


@pytest.mark.parametrize("text,surface,value,unit", CASES, ids=[c[0] for c in CASES])
def test_number_form(text, surface, value, unit):
    figures = [f for f in extract_figures(text) if f.relatable]
    assert [f.text for f in figures] == [surface]
    f = figures[0]
    assert f.value == pytest.approx(value)
    assert f.unit == unit
    assert f.low <= f.value <= f.high
    assert text[f.start:f.end] == f.text


def test_words_take_the_precision_of_their_last_word():
    [f] = extract_figures("one hundred and fifty thousand cars")
    assert (f.low, f.high) == (149_500, 150_500)
    [f] = extract_figures("twelve thousand five hundred cars")
    assert (f.low, f.high) == (12_450, 12_550)


# the words leave the number open: an interval, never an exact figure, never in a relation
OPEN = [
    ("several hundred thousand units", 300_000, 1_000_000),
    ("a few thousand cars", 2_000, 10_000),
    ("hundreds of thousands of cars", 200_000, 1_000_000),
    ("several million vehicles", 3_000_000, 10_000_000),
]


@pytest.mark.parametrize("text,low,high", OPEN, ids=[c[0] for c in OPEN])
def test_vague_quantities_are_open_intervals_outside_relations(text, low, high):
    [f] = extract_figures(text)
    assert not f.relatable
    assert (f.low, f.high) == (low, high)
    assert f.hedge is not None


def test_several_hundred_thousand_raises_no_growth_error():
    from evcheck.pipeline import Options, verify
    from evcheck.read.files import read_text

    text = "Sales rose 12% to several hundred thousand units in 2024 from 210,000 units in 2023.\n"
    result = verify([read_text(text, "a.txt", date="2025-01-10")], Options(use_rates=False))
    assert result.checks.empty or not (result.checks["status"] == "mismatch").any()


NOT_FIGURES = [
    "dozens of models",
    "a few models",
    "seven hundred cars",  # below a thousand in words: too rare to read, and never a figure by mistake
    "the Model 3 and the SU7",
    "in Q2 2025 and FY25",
    "in 1H25",
    "call +86 10 1234 5678",
    "see note [3]",
    "a one-point-three-liter engine",  # a spoken number hyphened to a word that is no scale: a name, no figure
    "Regulator campaign number: 26V-418",  # a recall campaign's designation, as "the F-150" is a model's
]


def test_a_count_after_a_designation_is_still_read():
    assert [f.text for f in extract_figures("Recall 24V-123 covers 5,000 cars.") if f.relatable] == ["5,000 cars"]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure_in_a_relation(text):
    assert [f.text for f in extract_figures(text) if f.relatable] == []


def test_parentheses_without_percent_stay_positive_in_prose():
    [f] = extract_figures("Sales (2,345 units) fell")
    assert f.value == 2345


def test_grouped_number_keeps_its_rounding():
    """"110 000" is a round figure like "110,000": rounded to the thousand."""
    [f] = extract_figures("Sales were 110\u00a0000 units.")
    assert (f.low, f.high) == (109_500, 110_500)
    [f] = extract_figures("Sales were 110\u00a0001 units.")
    assert (f.low, f.high) == (110_001, 110_001)


# an ordinary space never groups digits; a grouping space only joins groups of exactly three
NOT_GROUPED = [
    ("in 2024 110 cars were sold", ["110 cars"]),
    ("sold 110 000 cars", ["110", "000 cars"]),
    ("2024\u00a0110 cars", ["110 cars"]),  # four digits before the space: no group, and a year
    ("sold 12\u00a01234 cars", ["12", "1234 cars"]),
    ("sold 12\u00a012 cars", ["12", "12 cars"]),
]


@pytest.mark.parametrize("text,surfaces", NOT_GROUPED, ids=[c[0] for c in NOT_GROUPED])
def test_near_misses_are_not_joined(text, surfaces):
    assert [f.text for f in extract_figures(text)] == surfaces


def test_decimal_comma_after_groups_of_three_digits_is_ambiguous():
    """"1 234,567": a decimal comma, or a thousands comma mixed in; no reading is safe, so no figure."""
    assert extract_figures("sold 1\u00a0234,567 units") == []


def test_figure_text_shows_a_run_of_spaces_as_one():
    from evcheck.extract.figures import collapse_spaces

    text = "Sales were 2.5  million   units."
    [f] = extract_figures(text)
    assert f.text == "2.5 million units" and f.value == 2_500_000
    assert text[f.start:f.end] == "2.5  million   units" and collapse_spaces(text[f.start:f.end]) == f.text


def test_a_paragraph_page_or_section_number_is_no_figure():
    text = ("(Corrects first-half deliveries in paragraph 4 to 161,304, not 164,304)\n(Adds analyst comment in paragraph 6, "
            "order bank in paragraphs 9-10)\nSee page 12 and sections 3 and 4. Aurelis delivered 84,316 vehicles in 12 "
            "markets, and its report runs to 96 pages.")
    assert [f.text for f in extract_figures(text)] == ["161,304", "164,304", "84,316 vehicles", "12 markets", "96"]
