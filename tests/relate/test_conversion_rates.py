"""Conversions against the article's own stated rate (relate/conversion.py, extract/figures.py): a rate
per one unit of a currency named in words, and a note that says all conversions use one rate."""

from __future__ import annotations

import pytest

from conftest import checked


def conversions(text: str, date: str) -> list[tuple]:
    return checked(text, date, "conversion", use_rates=True)


@pytest.mark.parametrize("usd, status", [("US$38,930", "ok"), ("US$38,900", "ok"), ("US$41,930", "mismatch")])
def test_a_rate_per_australian_dollar_stated_beside_the_pair(usd, status):
    # 58,990 x 0.66 = 38,933.4; at 0.655-0.665 (the rate's rounding) 38,638-39,228
    text = f"A Shark 6 now lists at A$58,990, or {usd} at US$0.66 per Australian dollar, before on-road costs.\n"
    found = [c for c in conversions(text, "2026-09-03") if "A$58,990" in c[1]]
    assert found == [(status, ("US$0.66", "Australian dollar", "A$58,990", usd))]


def test_a_note_on_the_conversions_rate_rules_the_whole_article():
    text = ("Battery-grade carbonate averaged 84,500 yuan ($11,760) a tonne in May.\n\n"
            "Prices are monthly averages. Dollar and yuan conversions at 7.185 yuan per dollar.\n")
    found = [c for c in conversions(text, "2026-06-03") if "84,500 yuan" in c[1]]
    assert found == [("ok", ("7.185 yuan", "dollar", "84,500 yuan", "$11,760"))]


def test_a_rate_in_words_that_describes_the_currency_rules_only_its_own_sentence():
    text = ("The won averaged 1,452 won per dollar in the quarter.\n\n"
            "Revenue was 6.84 trillion won ($4.99 billion).\n")
    found = [c for c in conversions(text, "2026-07-30") if "6.84 trillion won" in c[1]]
    assert found and all("1,452 won" not in c[1] for c in found)
