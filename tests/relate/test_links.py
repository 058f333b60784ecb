"""Linking figures to entity, metric and period, on varied phrasings."""

import pytest

from evcheck.data import load_reference
from evcheck.extract import extract_figures, split_sentences
from evcheck.relate import find_claims
from evcheck.relate.links import Vocabulary, link_figures


@pytest.fixture(scope="module")
def vocab():
    ref = load_reference()
    return Vocabulary(ref.aliases, ref.metrics)


def links(text, vocab, date="2025-08-19"):
    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    claims = find_claims(text, figures, sentences)
    found = link_figures(text, figures, sentences, claims, vocab, date)
    return {f.text: (found[f.id].entity, found[f.id].metric, found[f.id].period) for f in figures if f.id in found}


@pytest.mark.parametrize("text,figure,expected", [
    ("Xiaomi's vehicle deliveries for Q2 2025 stood at 81,302 units.", "81,302 units", ("Xiaomi", "deliveries", "2025-Q2")),
    ("Xiaomi Corp delivered 81,302 units in the second quarter.", "81,302 units", ("Xiaomi", "deliveries", "2025-Q2")),
    ("Xiaomi's revenue in the June quarter reached 116bn yuan.", "116bn yuan", ("Xiaomi", "revenue", "2025-Q2")),
    ("According to the China Association of Automobile Manufacturers, sales rose to 2.593 million units in July 2025.",
     "2.593 million units", ("CAAM", "vehicle_sales", "2025-07")),
    ("CAAM said sales in the first half reached 15.653 million units.", "15.653 million units", ("CAAM", "vehicle_sales", "2025-H1")),
    ("CAAM said H1 exports were 3.083 million units.", "3.083 million units", ("CAAM", "vehicle_exports", "2025-H1")),
    ("CAAM said sales in January-July totalled 18.269 million units.", "18.269 million units", ("CAAM", "vehicle_sales", "2025-01..2025-07")),
    ("CAAM data showed NEV sales of 1.262 million units in July.", "1.262 million units", ("CAAM", "nev_sales", "2025-07")),
])
def test_entity_metric_period(vocab, text, figure, expected):
    assert links(text, vocab).get(figure) == expected


def test_entity_and_period_carry_across_the_paragraph(vocab):
    text = "Xiaomi reported results for Q2 2025 on Tuesday. Deliveries came to 81,302 units."
    assert links(text, vocab)["81,302 units"] == ("Xiaomi", "deliveries", "2025-Q2")


def test_earlier_value_takes_the_period_before(vocab):
    text = "CAAM said vehicle sales rose 14.6% to 2.593 million units in July 2025 from 2.262 million units a year earlier."
    found = links(text, vocab)
    assert found["2.262 million units"] == ("CAAM", "vehicle_sales", "2024-07")


def test_a_year_earlier_after_a_figure_shifts_its_period(vocab):
    text = "Xiaomi's deliveries were 81,302 units in Q2 2025; deliveries were 27,307 units a year earlier."
    assert links(text, vocab)["27,307 units"][2] == "2024-Q2"


def test_no_link_without_a_metric(vocab):
    assert "92 cities" not in links("Xiaomi has 335 sales centres in 92 cities in Q2 2025.", vocab)


def test_no_link_without_an_entity(vocab):
    assert links("Deliveries came to 81,302 units in Q2 2025.", vocab) == {}


def test_respectively_lists_pair_metrics_in_order(vocab):
    text = "CAAM said NEV output and sales reached 1.243 million units and 1.262 million units in July 2025, respectively."
    assert links(text, vocab) == {"1.243 million units": ("CAAM", "nev_production", "2025-07"),
                                  "1.262 million units": ("CAAM", "nev_sales", "2025-07")}


def test_respectively_lists_with_unmatched_terms_are_not_linked(vocab):
    text = "CAAM said sales reached 1.243 million units and 1.262 million units in July 2025, respectively."
    assert links(text, vocab) == {}


def test_year_to_date_runs_to_the_month_named(vocab):
    text = "CAAM said sales in July 2025 were 2.593 million units, and year-to-date sales reached 18.269 million units."
    assert links(text, vocab)["18.269 million units"] == ("CAAM", "vehicle_sales", "2025-01..2025-07")


def _reference_checks(text: str, date: str) -> list:
    from evcheck.pipeline import verify
    from evcheck.read.files import read_text

    result = verify([read_text(text, "a.txt", date=date)])
    figs = result.figures.set_index("id")["text"]
    return [(r.status, tuple(figs[f] for f in r.figures)) for r in result.checks.itertuples() if r.rule == "reference"]


def test_a_threshold_or_a_figure_of_another_period_is_never_looked_up():
    text = ("BEIJING, Aug 19 - Xiaomi handed over 81,302 vehicles in April-June. It was the third quarter in a row in which "
            "deliveries topped 65,000.\n\nGross margin for the smart EV segment improved to 26.4% from 23.2% in the first quarter.\n")
    found = _reference_checks(text, "2025-08-19")
    assert not [f for f in found if "65,000" in f[1] or "26.4%" in f[1]]


def test_a_value_of_its_own_period_is_still_checked_against_the_reference():
    text = "BEIJING, Nov 18 - Xiaomi delivered 100,000 vehicles in the third quarter of 2025.\n"
    found = _reference_checks(text, "2025-11-18")
    assert ("mismatch", ("100,000 vehicles",)) in found


def test_a_figure_the_link_dates_a_year_before_its_measure_is_not_looked_up():
    """"reached 2.947 million units last month, compared with 2.857 million in August 2025": the link reads the
    sentence's August 2025 for this month's figure too, and looked it up as August 2025's; two readings fit."""
    from evcheck.pipeline import Options, verify
    from evcheck.read.files import read_text

    text = ("BEIJING, Sept 10 (Larkspur Wire) - China's vehicle sales rose 6.8% in August from a year earlier.\n\n"
            "Sales of passenger and commercial vehicles reached 2.947 million units last month, compared with 2.857 million "
            "in August 2025, the China Association of Automobile Manufacturers (CAAM) said.\n")
    c = verify([read_text(text, "a.txt", date="2026-09-10")], Options(use_rates=False)).checks
    assert not any("the text says 2.947 million" in m for m in c[c["rule"] == "reference"]["message"])
    july = text.replace("Sept 10", "Aug 12").replace("in August from", "in July from").replace("August 2025", "July 2025")
    c = verify([read_text(july.replace("2.947 million", "2.593 million"), "a.txt", date="2025-08-12")], Options(use_rates=False)).checks
    assert any("2025-07 is 2.593 million" in m for m in c[c["rule"] == "reference"]["message"])  # this year's figure still is


def test_an_earlier_value_the_link_dates_a_year_after_its_measure_is_not_looked_up():
    """"Fourth-quarter deliveries were 484,507, up 20% from 405,278": the earlier value is the fourth quarter of 2022's,
    which the link took for 2023's."""
    from evcheck.pipeline import Options, verify
    from evcheck.read.files import read_text

    text = ("Tesla delivered 1,808,581 vehicles in 2023, up 38% from 1,313,851 in 2022. Fourth-quarter deliveries were "
            "484,507, up 20% from 405,278.\n")
    c = verify([read_text(text, "a.txt", date="2024-01-24")], Options(use_rates=False)).checks
    looked_up = c[c["rule"] == "reference"]
    assert not any("the text says 405,278" in m for m in looked_up["message"])
    assert any("2023-Q4 is 484,507" in m for m in looked_up["message"])


def test_a_rate_whose_level_the_link_dates_to_another_month_implies_no_prior_to_look_up():
    """"NEV exports reached 318,000 units, up 62.1% year on year and 5.6% higher than September's 301,000": the link
    read September for the October figure, and looked the implied prior up as September 2025's."""
    text = ("BEIJING, Nov 12 - China exported 721,000 vehicles in October, the China Association of Automobile Manufacturers "
            "(CAAM) said.\n\nNEV exports reached 318,000 units, up 62.1% year on year and 5.6% higher than September's 301,000 "
            "units.\n")
    found = _reference_checks(text, "2026-11-12")
    assert not [f for f in found if "62.1%" in f[1] or "5.6%" in f[1]]
