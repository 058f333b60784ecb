"""What a rate is measured from: an estimate it beat, the amount the sentence before reported, the year some years
back that a span names, and the level before "having" (relate/change.py, relate/measure.py)."""

from __future__ import annotations

from functools import partial

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


RESTATED = ("Buenos Aires, 5 February 2026\n\nChinese brands registered 6,910 units in January, up from 2,140 a year earlier: "
            "their volume has more than {m}.\n")


def test_a_multiple_restating_the_change_before_it():
    # 6,910 / 2,140 = x3.23
    assert ("ok", ("tripled", "6,910 units", "2,140")) in growth(RESTATED.format(m="tripled"), "2026-02-05")
    assert ("mismatch", ("quadrupled", "6,910 units", "2,140")) in growth(RESTATED.format(m="quadrupled"), "2026-02-05")


def test_a_multiple_of_another_subject_after_the_change_stays_unchecked():
    text = RESTATED.replace("their volume has", "Chery's exports have")
    assert not any("2,140" in texts for _, texts in growth(text.format(m="tripled"), "2026-02-05"))


ORIN = ("Hangzhou, 1 October 2026\n\nThe main Lanxi brand accounted for 61,540 units. Its younger sub-brand Orin delivered "
        "42,842 in September. Orin's figure has more than {m} from 19,870 a year ago.\n")


def test_a_makers_figure_is_the_level_the_sentence_before_gave_it():
    # 42,842 / 19,870 = x2.16
    assert ("ok", ("doubled", "42,842", "19,870")) in growth(ORIN.format(m="doubled"), "2026-10-01")
    assert ("mismatch", ("tripled", "42,842", "19,870")) in growth(ORIN.format(m="tripled"), "2026-10-01")
    assert not any("61,540 units" in texts for _, texts in growth(ORIN.format(m="doubled"), "2026-10-01"))


def test_a_makers_figure_named_after_the_only_level_stays_unchecked():
    text = ("Hangzhou, 1 October 2026\n\nLanxi delivered 61,540 units in September, well ahead of Orin. Orin's figure has "
            "more than doubled from 19,870 a year ago.\n")
    assert not any("61,540 units" in texts for _, texts in growth(text, "2026-10-01"))  # Lanxi's level, never Orin's


VALENCIA = ("Valencia, 2 October 2025\n\nCar sales in the province closed September with 5,418 new passenger cars registered.\n\n"
            "Electrified vehicles again drove the market. Battery electric cars reached 612 units and plug-in hybrids 704. Pure "
            "electric registrations alone grew {r}% from the 441 units of September 2024.\n")


def test_a_segments_rate_with_its_earlier_value_joins_that_segments_level_of_no_metric():
    # 612 / 441 = +38.78%
    assert ("ok", ("38.8%", "612 units", "441 units")) in growth(VALENCIA.format(r="38.8"), "2025-10-02")
    assert ("mismatch", ("33.8%", "612 units", "441 units")) in growth(VALENCIA.format(r="33.8"), "2025-10-02")


def test_a_segments_rate_far_from_what_its_level_implies_stays_unchecked():
    # 612 / 441 would be +38.8%: a stated +138.8% is another level's change, not a slip (the join holds only near it)
    assert not any("612 units" in texts for _, texts in growth(VALENCIA.format(r="138.8"), "2025-10-02"))


points = partial(checked, rule="points")


GAIN = ("Mexico City, 5 August 2026\n\nElectrified vehicles reached 19,432 units in July, or 8.5% of the light-vehicle market, "
        "compared with 6.9% a year earlier. The {p}-point gain made July the best month on record.\n")


def test_a_points_change_in_the_sentence_after_the_two_shares():
    assert points(GAIN.format(p="1.6"), "2026-08-05") == [("ok", ("8.5%", "6.9%", "1.6-point"))]
    assert points(GAIN.format(p="2.6"), "2026-08-05") == [("mismatch", ("8.5%", "6.9%", "2.6-point"))]


def test_a_points_change_after_a_sentence_of_three_shares_stays_unchecked():
    text = GAIN.replace("compared with 6.9% a year earlier", "compared with 6.9% a year earlier and 5.2% in 2024")
    assert points(text.format(p="1.6"), "2026-08-05") == []


HIGHLIGHTS = ("São Paulo, 6 November 2026\n\nOctober at a glance:\n- Production: 238,410 vehicles\n- Exports: 41,250 vehicles\n\n"
              "Exports fell {r}% from 46,660 a year ago, as Argentina bought fewer cars.\n")


def test_a_prose_rate_with_its_earlier_value_of_a_highlight_line():
    # 41,250 / 46,660 = -11.59%
    assert ("ok", ("11.6%", "41,250 vehicles", "46,660")) in growth(HIGHLIGHTS.format(r="11.6"), "2026-11-06")
    assert ("mismatch", ("16.6%", "41,250 vehicles", "46,660")) in growth(HIGHLIGHTS.format(r="16.6"), "2026-11-06")


def test_a_prose_rate_far_from_the_highlight_lines_value_stays_unchecked():
    # a fall of 61.6% from 46,660 implies 17,900: the line's 41,250 is another figure than the one that fell
    assert not any("41,250 vehicles" in texts for _, texts in growth(HIGHLIGHTS.format(r="61.6"), "2026-11-06"))


WHEN = "Oslo, 2 October 2025\n\nBattery-electric registrations reached 10,851, {r}% more than a year earlier, when 9,243 were registered.\n"


def test_more_than_a_year_earlier_when_is_that_earlier_value():
    # 10,851 / 9,243 = +17.40%
    assert growth(WHEN.format(r="17.4"), "2025-10-02") == [("ok", ("17.4%", "10,851", "9,243"))]
    assert growth(WHEN.format(r="14.7"), "2025-10-02") == [("mismatch", ("14.7%", "10,851", "9,243"))]


def test_more_than_a_year_earlier_when_another_thing_happened_stays_implied():
    text = WHEN.replace("when 9,243 were registered", "when the tax rose to 9,243 kroner")
    assert not any("9,243 kroner" in texts for _, texts in growth(text.format(r="17.4"), "2025-10-02"))


REVENUE_TWO_BASES = ("Seoul, 23 July 2026\n\nSorae Battery reported revenue of ₩6.84 trillion for the second quarter of 2026. "
                     "Revenue was up 10.1% from the ₩6.21 trillion booked in the first quarter and {rate}% below the ₩7.35 "
                     "trillion of the second quarter of 2025.\n")


def test_a_second_rate_after_and_measures_the_first_rates_subject_not_the_verb_of_its_base():
    # 7.35 to 6.84 trillion is -6.94% (-7.00% to -6.87% with the rounding); "booked" names no orders here
    found = growth(REVENUE_TWO_BASES.format(rate="6.9"), "2026-07-23")
    assert ("ok", ("6.9%", "₩6.84 trillion", "₩7.35 trillion")) in found
    assert ("ok", ("10.1%", "₩6.84 trillion", "₩6.21 trillion")) in found
    assert ("ok", ("7.0%", "₩6.84 trillion", "₩7.35 trillion")) in growth(REVENUE_TWO_BASES.format(rate="7.0"), "2026-07-23")
    assert ("mismatch", ("9.6%", "₩6.84 trillion", "₩7.35 trillion")) in growth(REVENUE_TWO_BASES.format(rate="9.6"), "2026-07-23")

