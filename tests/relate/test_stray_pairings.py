"""Pairings that had raised errors on no stated relation: a table's column of days summed, a gap in days read as the
earlier value, and a price taken as a share's whole (relate/cells.py, relate/change.py, relate/shares.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import checked

LABELLED = Path(__file__).resolve().parents[1] / "labelled"


of_rule = checked  # of_rule(text, date, rule): (status, texts) of one rule


DAYS = ("Inventory Watch | May 14, 2026\n\n| Brand | Units, May 1 | {header} | Units, Apr. 1 |\n|---|---:|---:|---:|\n"
        "| Ford | 342,700 | 88 | 322,600 |\n| Chevrolet | 318,400 | 71 | 301,900 |\n| Honda | 181,500 | 52 | 176,300 |\n"
        "| Total | 842,600 | {total} | 800,800 |\n")


def test_a_column_of_days_supply_is_never_summed():
    found = of_rule(DAYS.format(header="Days' supply", total="73"), "2026-05-14", "sum")
    assert not any("73" in texts for _, texts in found)
    assert ("ok", ("342,700", "318,400", "181,500", "842,600")) in found  # the units still add up


def test_a_column_of_units_still_sums_and_flags():
    found = of_rule(DAYS.format(header="Units, Mar. 1", total="200"), "2026-05-14", "sum")
    assert ("mismatch", ("88", "71", "52", "200")) in found  # the brands alone make 211, more than the total


def test_a_gap_in_days_is_no_earlier_value_of_the_rate():
    text = ("Austin, 3 March 2026\n\nBuyers are moving quickly. The typical used EV sold in 31 days, 13 days faster than a "
            "year earlier, a 29.5% improvement.\n")
    assert not any("13 days" in texts for _, texts in of_rule(text, "2026-03-03", "growth"))


def test_a_price_is_never_a_shares_whole():
    # the labelled article where a table's $/kWh cell and a dollar average had been taken for part and whole
    text = (LABELLED / "inselberg" / "texts" / "inselberg02-battery-pack-price-survey.txt").read_text(encoding="utf-8")
    found = of_rule(text, "2026-11-24", "share")
    assert not any("$112" in texts for _, texts in found)


def test_help_from_an_amount_is_no_earlier_value():
    text = ("Austin, 22 April 2026\n\nCorvane also cut the price of the base Strata to $58,900 and said it no longer assumes "
            "any help from the $7,500 federal tax credit.\n")
    assert not any("$7,500" in texts for c in ("direction", "growth", "difference") for _, texts in of_rule(text, "2026-04-22", c))


def test_a_price_cut_from_an_amount_is_still_a_change():
    text = "Austin, 22 April 2026\n\nCorvane cut the price of the base Strata to $58,900 from $61,400.\n"
    assert of_rule(text, "2026-04-22", "direction") == [("ok", ("$58,900", "$61,400"))]


def test_priced_from_or_ranging_from_is_no_earlier_value():
    text = ("Tokyo, 1 October 2026\n\nThe model is priced from ¥2.59 million before a national subsidy of up to ¥550,000. "
            "Among smaller start-ups, registrations ranged from 400 to 3,800 units.\n")
    found = [c for c in checked(text, "2026-10-01") if c[0] in ("direction", "growth", "difference", "multiple")]
    assert not any("¥2.59 million" in c[2] or "400" in c[2] for c in found)


def test_a_change_a_hundred_times_its_amounts_is_another_things():
    text = ("Tokyo, 10 November 2026\n\nCurrency was the biggest help: the yen averaged ¥151 to the dollar in April-September, "
            "against ¥146 a year earlier, and exchange-rate effects added ¥138.5 billion.\n")
    assert of_rule(text, "2026-11-10", "difference") == []


def test_a_change_of_its_own_amounts_is_still_checked():
    text = ("Tokyo, 10 November 2026\n\nThe average price rose to ¥151,000 in April-September, against ¥146,000 a year "
            "earlier, an increase of ¥{d}.\n")
    assert of_rule(text.format(d="5,000"), "2026-11-10", "difference") == [("ok", ("¥5,000", "¥151,000", "¥146,000"))]
    assert of_rule(text.format(d="15,000"), "2026-11-10", "difference") == [("mismatch", ("¥15,000", "¥151,000", "¥146,000"))]


def test_an_earlier_value_before_while_is_the_other_clauses():
    text = ("San Francisco, 20 February 2026\n\nOver the full year the platform carried 1.52 billion trips, up 12% from 1.35 "
            "billion in 2024, while zero-emission miles driven rose 58% to 4.1 billion.\n")
    assert not any(texts == ("58%", "4.1 billion", "1.35 billion") for _, texts in of_rule(text, "2026-02-20", "growth"))
