"""What a rate is measured from: an estimate it beat, the amount the sentence before reported, the year some years
back that a span names, and the level before "having" (relate/change.py, relate/measure.py)."""

from __future__ import annotations

from conftest import checked


def growth(text: str, date: str):
    return [(c[1], c[2]) for c in checked(text, date) if c[0] in ("growth", "multiple")]


BEAT = ("Shanghai, 19 November 2026\n\nXinghe reported third-quarter revenue of 21.84 billion yuan after the US close on "
        "Tuesday. That came in {a}% above the Bloomberg consensus of 20.95 billion yuan and {b}% above our own forecast of "
        "21.30 billion yuan.\n")


def test_that_came_in_above_two_estimates_is_the_amount_of_the_sentence_before():
    # 21.84 / 20.95 = +4.25%; 21.84 / 21.30 = +2.54%
    assert growth(BEAT.format(a="4.2", b="2.5"), "2026-11-19") == [
        ("ok", ("4.2%", "21.84 billion yuan", "20.95 billion yuan")), ("ok", ("2.5%", "21.84 billion yuan", "21.30 billion yuan"))]
    found = growth(BEAT.format(a="4.2", b="5.2"), "2026-11-19")
    assert ("mismatch", ("5.2%", "21.84 billion yuan", "21.30 billion yuan")) in found
    assert not any(texts[1:] == ("20.95 billion yuan", "21.30 billion yuan") or texts[1:] == ("21.30 billion yuan", "20.95 billion yuan")
                   for _, texts in found)  # never one estimate against the other


def test_a_beat_at_its_rounding_edge_is_not_flagged():
    text = BEAT.replace("21.84 billion yuan", "21.8 billion yuan")
    # 21.8 / 20.95 = +4.06%: "4.2" (4.15-4.25) lies outside, but 21.85 / 20.945 = +4.32% reaches it
    assert ("ok", ("4.2%", "21.8 billion yuan", "20.95 billion yuan")) in growth(text.format(a="4.2", b="2.3"), "2026-11-19")


def test_a_beat_of_an_estimate_the_text_does_not_give_is_never_a_change_on_the_year():
    text = ("Frankfurt, 30 July 2026\n\nBottom line: revenue of €4.82 billion was 2.8% ahead of consensus and {b}% above our "
            "forecast, and up {c}% from €4,405m a year ago.\n")
    # 4,820 / 4,405 = +9.42%
    assert growth(text.format(b="1.6", c="9.4"), "2026-07-30") == [("ok", ("9.4%", "€4.82 billion", "€4,405m"))]
    assert growth(text.format(b="1.6", c="7.4"), "2026-07-30") == [("mismatch", ("7.4%", "€4.82 billion", "€4,405m"))]


def test_having_nearly_doubled_from_is_the_levels_multiple_not_the_next_clauses_old_value():
    text = ("Hangzhou, 1 October 2026\n\nDeliveries of the entry-level Tianma brand reached 23,136, having {m} from 12,180 in "
            "September last year; within that figure, the Tianma Mini city car contributed 9,415 units, up 72.4% year over year.\n")
    found = growth(text.format(m="nearly doubled"), "2026-10-01")
    assert ("ok", ("doubled", "23,136", "12,180")) in found  # x1.90
    assert not any("9,415 units" in texts and "12,180" in texts for _, texts in found)
    assert ("mismatch", ("tripled", "23,136", "12,180")) in growth(text.format(m="nearly tripled"), "2026-10-01")


TABLE = ("Amsterdam, 26 February 2026\n\nDeliveries increased 5.8% to 516,700 vehicles in 2025.\n\nFive-year summary\n\n"
         "                               2021     2022     2023     2024     2025\n"
         "Deliveries ('000)             412.6    438.9    471.3    488.2    516.7\n"
         "Revenue (EUR bn)              26.81    30.44    34.12    35.70    38.46\n\n"
         "Over four years deliveries have grown {g}%.\n")


def test_a_rate_over_four_years_is_against_the_column_four_years_back():
    # 516.7 / 412.6 = +25.23%; against 2024's 488.2 it would be +5.8%
    found = growth(TABLE.format(g="25.2"), "2026-02-26")
    assert ("ok", ("25.2%", "516.7", "412.6")) in found
    assert not any(texts == ("25.2%", "516.7", "488.2") for _, texts in found)
    assert ("mismatch", ("27.2%", "516.7", "412.6")) in growth(TABLE.format(g="27.2"), "2026-02-26")


def test_the_highest_since_a_year_is_no_span_of_the_rate():
    text = ("Tokyo, 2 August 2026\n\nDeliveries rose 5.8% in 2025 to 516,700, the highest since 2021, from 488,330 in 2024.\n")
    assert growth(text, "2026-08-02") == [("ok", ("5.8%", "516,700", "488,330"))]


def test_thats_up_on_last_july_is_the_sentence_befores_level():
    text = ("Tokyo, 1 August 2026\n\n398,745 new vehicles were sold in Japan in July. That's up {r}% on last July.\n")
    assert [c for c in checked(text.format(r="2.1"), "2026-08-01") if c[0] == "implied-prior"] == [
        ("implied-prior", "info", ("2.1%", "398,745 new vehicles"))]
