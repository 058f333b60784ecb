"""Which claims the relate layer finds, on phrasings seen again and again in real coverage."""

import pytest

from evcheck.extract import extract_figures, split_sentences
from evcheck.relate import find_claims


def claims(text):
    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    by_id = {f.id: f.text for f in figures}
    out = []
    for c in find_claims(text, figures, sentences):
        roles = {k: tuple(by_id[i] for i in v) if isinstance(v, tuple) else by_id[v] for k, v in c.roles.items()}
        out.append((c.rule, roles))
    return out


def test_respectively_pairs_two_lists():
    text = ("Output and sales reached 2.591 million units and 2.593 million units, up 13.3 percent and "
            "14.7 percent year on year, respectively.")
    found = claims(text)
    assert ("implied-prior", {"rate": "13.3 percent", "new": "2.591 million units"}) in found
    assert ("implied-prior", {"rate": "14.7 percent", "new": "2.593 million units"}) in found


def test_respectively_with_earlier_values():
    text = ("Sales in Europe and China rose 10% and 20% to 110,000 and 120,000 units from 100,000 and "
            "100,000 units, respectively.")
    found = [c for c in claims(text) if c[0] == "growth"]
    assert len(found) == 2


@pytest.mark.parametrize("text,new,old", [
    ("Sales rose 15% to 2.593 million from 2.262 million.", "2.593 million", "2.262 million"),
    ("Sales rose 15% from 2.262 million to 2.593 million.", "2.593 million", "2.262 million"),
    ("Sales were 2.593 million, up 15% compared with 2.262 million a year earlier.", "2.593 million", "2.262 million"),
    ("Sales were 2.593 million, up 15% as against 2.262 million.", "2.593 million", "2.262 million"),
    ("Sales rose to 2.593 million, up 15%, from 2.262 million.", "2.593 million", "2.262 million"),
    ("Net profit rose to Rs 3,712 crore from Rs 3,102 crore, an increase of 19.7 per cent.", "Rs 3,712 crore", "Rs 3,102 crore"),
    ("Deliveries were 111,074, representing a 2.3% year-over-year increase from 108,581.", "111,074", "108,581"),
])
def test_growth_endpoints_in_many_phrasings(text, new, old):
    growth = [r for rule, r in claims(text) if rule == "growth"]
    assert len(growth) == 1, claims(text)
    assert (growth[0]["new"], growth[0]["old"]) == (new, old)


def test_parallel_rates_share_the_new_value():
    text = ("Revenues were RMB30.25 billion (US$4.22 billion) in the second quarter of 2025, representing a decrease "
            "of 4.5% from RMB31.68 billion in the second quarter of 2024 and an increase of 16.7% from RMB25.93 "
            "billion in the first quarter of 2025.")
    growth = [r for rule, r in claims(text) if rule == "growth"]
    assert [(g["rate"], g["old"]) for g in growth] == [("4.5%", "RMB31.68 billion"), ("16.7%", "RMB25.93 billion")]
    assert {g["new"] for g in growth} == {"RMB30.25 billion"}


@pytest.mark.parametrize("text,pair", [
    ("RMB42.9 billion (US$6.1 billion)", ("RMB42.9 billion", "US$6.1 billion")),
    ("Rs 32.03 billion (£303 million)", ("Rs 32.03 billion", "£303 million")),
    ("In Botswana, Kgalagadi accounted for P1.38 billion of it (about US$103 million).", ("P1.38 billion", "US$103 million")),
    ("Revenue forgone was TT$187.4 million in 2025, or US$27.6 million at the year's average rate.",
     ("TT$187.4 million", "US$27.6 million")),
    ("Customs collected MNT 412.6 billion in duties and taxes on the vehicles, about 115 million US dollars.",
     ("MNT 412.6 billion", "115 million US dollars")),
    ("2.5 billion yuan (about 350 million U.S. dollars)", ("2.5 billion yuan", "350 million U.S. dollars")),
    ("RMB 6.12 billion or $835.13 million", ("RMB 6.12 billion", "$835.13 million")),
    ("$1 = 7.0631 yuan", ("7.0631 yuan", "$1")),
])
def test_conversion_pairs(text, pair):
    found = [r for rule, r in claims(text) if rule == "conversion"]
    assert [(r["amount"], r["converted"]) for r in found] == [pair]


def test_an_amount_a_few_words_before_another_is_no_conversion_of_it():
    text = "Revenue was €5.2 billion in Europe, while sales in the US rose to $2.1 billion."
    assert not [r for rule, r in claims(text) if rule == "conversion"]
    assert not [r for rule, r in claims("Germany spent €4.1 billion on grants (against $2.2 billion in the US).")
                if rule == "conversion"]


@pytest.mark.parametrize("text,expected", [
    # nothing to relate once the years, the date and the model are set aside
    ("In 2024 the Model 3 sold 2,025 units on Aug 19, up 5% in 2025.", []),
    ("The Model 3 sold 2,025 units in August 2025, up 5% from 1,929 units on Aug 19, 2024.",
     [("growth", {"rate": "5%", "new": "2,025 units", "old": "1,929 units"})]),
    ("In 2024, Model 3 sales rose 5% to 2,025 units from 1,929 units.",
     [("growth", {"rate": "5%", "new": "2,025 units", "old": "1,929 units"})]),
])
def test_years_dates_and_models_never_enter_relations(text, expected):
    """The claims are compared whole: a loop over the claims asserted nothing when there were none."""
    assert claims(text) == expected


def test_ranges_never_enter_relations():
    assert claims("Prices rose 5% to 60,000-90,000 yuan.") == []


@pytest.mark.parametrize("text,old", [
    ("Q3 deliveries of 497,099 were up 7.4% from Q3 2024's 462,890.", "462,890"),
    ("Deliveries were 497,099, up 7.4% from the year-ago 462,890.", "462,890"),
])
def test_earlier_value_named_by_its_period(text, old):
    growth = [r for rule, r in claims(text) if rule == "growth"]
    assert [g["old"] for g in growth] == [old]


def test_penetration_rate_takes_the_total_from_the_paragraph():
    text = ("Passenger car retail sales reached 2.24 million units in September. "
            "NEV retail sales were 1.3 million units, giving a penetration rate of 58.1%.")
    shares = [r for rule, r in claims(text) if rule == "share"]
    assert shares == [{"share": "58.1%", "part": "1.3 million units", "total": "2.24 million units"}]
