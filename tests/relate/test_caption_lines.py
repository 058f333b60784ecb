"""A "by the numbers" column: each figure on a line of its own and the line after saying what it counts
("372,400\\nElectric vehicles sold in the United States in the third quarter, up 9.8% from 339,170 a year
earlier"). The caption is the figure's sentence, so its rate, its metric and the multiple of the sentence
after it join the figure."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

COLUMN = ("BY THE NUMBERS\nThe week in electric cars | Friday 16 October 2026\n\n"
          "372,400\nElectric vehicles sold in the United States in the third quarter, up {rate}% from 339,170 a year "
          "earlier.\n\n"
          "51,200\nCalder Electric's third-quarter deliveries. The company has {multiple} its quarterly volume in two "
          "years, from 22,400 in the third quarter of 2024.\n")
DATE = "2026-10-16"


def test_a_captions_rate_is_the_figures_growth():
    found = of_rule(checks(COLUMN.format(rate="9.8", multiple="more than doubled"), DATE), "growth")
    assert ("growth", "ok", "info", ("9.8%", "372,400", "339,170")) in found
    wrong = of_rule(checks(COLUMN.format(rate="12.7", multiple="more than doubled"), DATE), "growth")
    assert [c[1] for c in wrong if c[3] == ("12.7%", "372,400", "339,170")] == ["mismatch"]


def test_a_rate_on_the_edge_of_rounding_is_not_flagged():
    # 372,400 / 339,170 is +9.797%: "9.8" holds it, and so does "9.80"
    for rate in ("9.8", "9.80"):
        found = of_rule(checks(COLUMN.format(rate=rate, multiple="more than doubled"), DATE), "growth")
        assert [c[1] for c in found if c[3][1:] == ("372,400", "339,170")] == ["ok"]


def test_the_caption_names_what_the_figure_counts():
    m = measures(COLUMN.format(rate="9.8", multiple="more than doubled"), DATE)
    assert m["51,200"].metric == m["22,400"].metric is not None
    assert m["51,200"].period == "2026-Q3" and m["22,400"].period == "2024-Q3"


def test_a_multiple_from_a_pinned_value_takes_the_captions_figure():
    ok = of_rule(checks(COLUMN.format(rate="9.8", multiple="more than doubled"), DATE), "multiple")
    assert [(c[1], c[3]) for c in ok] == [("ok", ("doubled", "51,200", "22,400"))]  # x2.29
    bad = of_rule(checks(COLUMN.format(rate="9.8", multiple="tripled"), DATE), "multiple")
    assert [(c[1], c[3]) for c in bad] == [("mismatch", ("tripled", "51,200", "22,400"))]


def test_a_multiple_with_nothing_pinned_stays_unchecked():
    text = COLUMN.format(rate="9.8", multiple="tripled").replace(", from 22,400 in the third quarter of 2024", "") + (
        "\nIn the third quarter of 2024 it delivered 22,400 cars.\n")
    assert of_rule(checks(text, DATE), "multiple") == []
