"""Margins joined by measure (relate/ratios.py): the profit and the revenue of the margin's period,
never a loss the profit is compared with, a revenue in another currency, or a customer's slice."""

from __future__ import annotations

import pytest

from conftest import checked


def margins(text: str, date: str) -> list[tuple]:
    return checked(text, date, "share")


PLANT = ("Dunavolt Cells, the battery plant owned by Korea's Hanseo Group, published its 2025 accounts on Tuesday, "
         "10 March 2026. Hanseo itself had reported group revenue of 18.4 trillion won.\n\n"
         "Revenue reached HUF 318.2 billion in 2025, up from HUF 201.7 billion in 2024. The plant posted an operating profit of "
         "HUF 17.6 billion, compared with an operating loss of HUF 22.9 billion a year earlier, an improvement of "
         "HUF 40.5 billion.\n\nThat gives an operating margin of {margin}%.\n")


@pytest.mark.parametrize("margin, status", [("5.5", "ok"), ("5.53", "ok"), ("6", "ok"), ("6.5", "mismatch")])
def test_a_margin_takes_the_profit_and_the_revenue_in_its_own_currency(margin, status):
    # 17.6 / 318.2 = 5.531%
    found = [f for f in margins(PLANT.format(margin=margin), "2026-03-10") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "HUF 17.6 billion", "HUF 318.2 billion"))]


def test_a_margin_never_takes_the_loss_it_is_compared_with():
    text = ("Revenue reached CNY31.40 billion in the second quarter. Net profit was CNY1.36 billion, against a net loss of "
            "CNY540 million in the year-earlier quarter. The net margin came to {margin} percent.\n")
    # 1.36 / 31.40 = 4.33%
    assert margins(text.format(margin="4.3"), "2026-08-20") == [("ok", ("4.3 percent", "CNY1.36 billion", "CNY31.40 billion"))]
    assert margins(text.format(margin="5.3"), "2026-08-20") == [("mismatch", ("5.3 percent", "CNY1.36 billion", "CNY31.40 billion"))]


TABLE = """Ferrovolt full-year results, 4 March 2026

| | FY 2025 | FY 2024 |
|---|---|---|
| Revenue (€ million) | 1,964 | 1,402 |
| EBITDA (€ million) | 158 | 121 |
| EBITDA margin | {margin} | 8.6% |

The largest customer took 38.0% of revenue, or €746 million.
"""


@pytest.mark.parametrize("margin", ["8.0%", "9.0%"])
def test_a_table_margin_row_is_of_its_own_revenue_row_not_a_customers_slice(margin):
    """158 / 1,964 = 8.04%: the margin row is of the revenue row above it, never of the €746 million one customer took."""
    assert not [f for f in margins(TABLE.format(margin=margin), "2026-03-04") if "€746 million" in f[1]]


def test_an_amount_the_words_say_something_cost_is_no_profit_of_the_clause_before():
    text = ("Yokohama, August 5, 2026 - Revenue increased 5.2% to ¥4.86 trillion from ¥4.62 trillion, while operating "
            "profit declined 19.7% to ¥312.4 billion from ¥388.9 billion, as US import tariffs cost the company ¥96 billion "
            "in the quarter.\n\nThe operating margin was {margin}%, compared with 8.4% a year earlier.\n")
    # ¥312.4 billion / ¥4.86 trillion = 6.43%; the ¥96 billion would give 1.98%
    margins = [(status, texts) for rule, status, texts in checked(text.format(margin="6.4"), "2026-08-05")
               if rule == "share" and texts[0] == "6.4%"]
    assert margins == [("ok", ("6.4%", "¥312.4 billion", "¥4.86 trillion"))]
    flagged = [status for rule, status, texts in checked(text.format(margin="5.4"), "2026-08-05")
               if rule == "share" and texts[0] == "5.4%"]
    assert flagged == ["mismatch"]


SPLIT = ("Kestrel Drive Systems reported second-quarter revenue of €8.4 billion on 29 July 2026. Operating profit was "
         "€0.51 billion.\n\nThe company said revenue was split: drive units €5.1 billion, thermal systems €2.2 billion and "
         "software €1.1 billion. The operating margin came to {margin}%.\n")


@pytest.mark.parametrize("margin, status", [
    ("6.1", "ok"),
    ("6.2", "ok"),  # 0.51 / 8.4 = 6.07%, but 0.505-0.515 over 8.35-8.45 reaches 6.168%
    ("6.4", "mismatch"),
])
def test_a_margin_takes_the_revenue_a_split_breaks_down_never_one_of_its_parts(margin, status):
    found = [f for f in margins(SPLIT.format(margin=margin), "2026-07-29") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "€0.51 billion", "€8.4 billion"))]


@pytest.mark.parametrize("share, status", [("26.4", "ok"), ("26", "ok"), ("24.6", "mismatch")])
def test_a_share_of_net_sales_is_of_the_revenue(share, status):
    text = ("Gothenburg, 17 July 2026\n\nNet sales were SEK 41,380 million in the second quarter against SEK 43,275 million. "
            f"Service revenue grew 6.2% to SEK 10,920 million, or {share}% of net sales.\n")
    found = [f for f in margins(text, "2026-07-17") if f[1][0] == f"{share}%"]
    assert found == [(status, (f"{share}%", "SEK 10,920 million", "SEK 41,380 million"))]


RESULTS = ("Perth, 20 August 2026\n\nHighlights\n• Revenue A$512.6 million, up 9.5%\n• Underlying EBITDA A$188.4 million, "
           "up 30.9%\n{extra}\nUnderlying EBITDA represented a margin of {m}% of revenue, the best in five years.\n")


@pytest.mark.parametrize("m, status", [("36.8", "ok"), ("37", "ok"), ("38.6", "mismatch")])
def test_a_share_whose_sentence_opens_with_its_parts_metric_takes_that_level(m, status):
    found = [f for f in margins(RESULTS.format(m=m, extra=""), "2026-08-20") if f[1][0] == f"{m}%"]
    assert found == [(status, (f"{m}%", "A$188.4 million", "A$512.6 million"))]


def test_a_share_whose_parts_metric_has_two_levels_is_left_alone():
    text = RESULTS.format(m="36.8", extra="• EBITDA including one-offs A$171.3 million\n")
    assert [f for f in margins(text, "2026-08-20") if f[1][0] == "36.8%"] == []


CALL = ("Arvena Q2 2026 earnings call, 30 July 2026\n\n"
        "INGRID HAALSTRA: Revenue for the quarter was €1.87 billion, up 23% from €1.52 billion. {parts}\n\n"
        "INGRID HAALSTRA: Gross profit was €325 million, a gross margin of {gross}%. EBIT was €58 million, a {ebit}% margin.\n\n"
        "INGRID HAALSTRA: US revenue was €214 million in the quarter.\n")
PARTS = "Charging revenue came to €1.64 billion, 87.7% of the total, and services brought in the other €230 million."


@pytest.mark.parametrize("gross, ebit, status", [("17.4", "3.1", "ok"), ("17.38", "3.10", "ok"), ("17", "3", "ok"),
                                                 ("19.4", "3.6", "mismatch")])
def test_margins_take_the_revenue_their_sentence_names_as_its_subject(gross, ebit, status):
    # 325 / 1,870 = 17.38%, 58 / 1,870 = 3.10%: "Revenue for the quarter was", never the US revenue after them, nor a part the
    # share beside it says is a part; "a 3.1% margin" is a margin by the word after it
    found = sorted(f for f in margins(CALL.format(parts=PARTS, gross=gross, ebit=ebit), "2026-07-30") if f[1][0] in (f"{gross}%", f"{ebit}%"))
    assert found == sorted([(status, (f"{gross}%", "€325 million", "€1.87 billion")), (status, (f"{ebit}%", "€58 million", "€1.87 billion"))])


def test_margins_near_misses():
    # two plain revenues of the period, or a percent after its amount that names no margin: no margin joined
    two = CALL.replace("US revenue was €214 million", "Revenue was €2.14 billion").format(parts=PARTS, gross="17.4", ebit="3.1")
    assert not [f for f in margins(two, "2026-07-30") if f[1][0] == "17.4%"]
    plain = CALL.format(parts=PARTS, gross="17.4", ebit="3.1").replace("a 3.1% margin", "a 3.1% rise")
    assert not [f for f in margins(plain, "2026-07-30") if f[1][0] == "3.1%"]
    # a unit's profit is no margin of the group's revenue, and a target range no margin of this year's profit
    unit = CALL.format(parts=PARTS, gross="17.4", ebit="3.1").replace("EBIT was €58 million", "Charging earned an EBIT of €58 million")
    assert not [f for f in margins(unit, "2026-07-30") if f[1][0] == "3.1%"]
    ambition = CALL.format(parts=PARTS, gross="17.4", ebit="3.1").replace("a 3.1% margin", "and we aim for an EBIT margin of 3% to 5%")
    assert not [f for f in margins(ambition, "2026-07-30") if f[1][0] in ("3%", "5%")]


WIDENED = ("FRANKFURT, 30 July 2026 - Ferrant Group reported first-half results. Revenue rose 4.4% to €9.35 billion from "
           "€8.96 billion, and operating profit jumped 29.7% to €860 million from €663 million. The operating margin "
           "{moved} to {margin}%, from 7.4% a year earlier.\n")


@pytest.mark.parametrize("moved", ["widened 1.8%", "widened 1.8 points", "rose by 180 basis points", "widened"])
@pytest.mark.parametrize("margin, status", [("9.2", "ok"), ("9.20", "ok"), ("9", "ok"), ("9.4", "mismatch")])
def test_a_margin_after_its_change_and_to_is_no_range(moved, margin, status):
    # 860 / 9,350 = 9.198%: "9" holds it at its rounding, "9.4" is 0.2 points out
    found = [f for f in margins(WIDENED.format(moved=moved, margin=margin), "2026-07-30") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "€860 million", "€9.35 billion"))]


@pytest.mark.parametrize("target", ["is targeted at 8% to 10%", "should reach 8% to 10% next year", "of 8% to 10% is the goal"])
def test_a_margin_range_after_a_level_is_still_a_range(target):
    text = WIDENED.split(" The operating margin")[0] + f" The operating margin {target}.\n"
    assert not [f for f in margins(text, "2026-07-30") if f[1][0] == "10%"]


HIGHLIGHTS = ("DENVER, November 5, 2026 -- Lodestar Charge Inc. reported results for the third quarter ended September 30, 2026.\n\n"
              "* Revenue of $94.8 million, up 38.6% year over year and 7.8% sequentially from $87.9 million\n"
              "* Gross margin of {margin}%, compared with 26.9% a year ago\n\n"
              "Third-quarter revenue compared with $68.4 million in the prior-year period.\n\n"
              "Gross profit was $29.8 million, against $18.4 million a year earlier.\n")


@pytest.mark.parametrize("margin, status", [("31.4", "ok"), ("31.43", "ok"), ("31", "ok"), ("31.6", "mismatch")])
def test_a_margin_takes_the_revenue_of_its_period_never_an_earlier_amount_stated_beside_it(margin, status):
    # 29.8 / 94.8 = 31.43%; $87.9 million (the quarter before) and $68.4 million (a year before) are earlier amounts
    found = [f for f in margins(HIGHLIGHTS.format(margin=margin), "2026-11-05") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "$29.8 million", "$94.8 million"))]


def test_a_margin_with_two_revenues_of_its_period_stays_unchecked():
    text = HIGHLIGHTS.format(margin="31.4").replace("* Gross margin", "* Revenue excluding hardware of $80.9 million\n* Gross margin")
    assert not [f for f in margins(text, "2026-11-05") if f[1][0] == "31.4%"]


PRETAX = ("HALEWOOD, 5 August 2026 - Halewood Motor Group: results for the six months to 30 June 2026.\n\n"
          "- Revenue £2,412.6m (H1 2025: £2,268.1m), up 6.4%\n{lfl}"
          "- Underlying profit before tax rose 11% to £41.2m (H1 2025: £36.9m)\n"
          "- Underlying PBT margin {margin}% (H1 2025: 1.6%)\n")


@pytest.mark.parametrize("margin, status", [("1.7", "ok"), ("1.71", "ok"), ("2", "ok"), ("1.9", "mismatch")])
def test_a_pre_tax_margin_is_pre_tax_profit_over_revenue(margin, status):
    # 41.2 / 2,412.6 = 1.708%: "2" holds it at its rounding (1.5-2.5)
    for lfl in ("", "- Like-for-like revenue £2,291.4m, up 3.8%\n", "- Revenue on an organic basis £2,291.4m\n"):
        found = [f for f in margins(PRETAX.format(margin=margin, lfl=lfl), "2026-08-05") if f[1][0] == f"{margin}%"]
        assert found == [(status, (f"{margin}%", "£41.2m", "£2,412.6m"))], lfl


def test_a_revenue_whose_clause_only_mentions_organic_growth_is_the_reported_one():
    text = PRETAX.replace("- Revenue £2,412.6m", "- Revenue, lifted by organic growth in aftersales, £2,412.6m").format(
        margin="1.7", lfl="- Like-for-like revenue £2,291.4m, up 3.8%\n")
    assert [f for f in margins(text, "2026-08-05") if f[1][0] == "1.7%"] == [("ok", ("1.7%", "£41.2m", "£2,412.6m"))]


EARLIER_YEAR = ("STOCKHOLM, 5 February 2026 - Net sales fell 4.3% to SEK 512.6 billion in 2025 from SEK 535.6 billion. Adjusted "
                "operating income fell to SEK 58.4 billion, an adjusted operating margin of 11.4%. In 2024 the group earned SEK "
                "70.2 billion, a margin of {margin}%.\n")


@pytest.mark.parametrize("margin, status", [("13.1", "ok"), ("13.11", "ok"), ("13", "ok"), ("13.4", "mismatch")])
def test_a_margin_of_the_year_before_takes_that_years_revenue_stated_as_the_earlier_one(margin, status):
    # 70.2 / 535.6 = 13.107%
    found = [f for f in margins(EARLIER_YEAR.format(margin=margin), "2026-02-05") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "SEK 70.2 billion", "SEK 535.6 billion"))]


COMPARED_MARGIN = ("TROIS-RIVIERES, Quebec, April 8, 2026 - Laurentian Electric Coach reported results for fiscal 2026.\n\n"
                   "- Revenue of C$412.6 million, up 21.3% from C$340.2 million in fiscal 2025\n"
                   "- Gross profit of C$49.5 million, {words} a gross margin of 8.4% in fiscal 2025\n")


@pytest.mark.parametrize("words", ["compared with", "compared to", "against"])
def test_a_margin_compared_with_a_year_before_never_dates_the_profit_beside_it(words):
    # 49.5 / 340.2 = 14.6% is no check of 8.4%: the profit is fiscal 2026's, the margin fiscal 2025's
    found = margins(COMPARED_MARGIN.format(words=words), "2026-04-08")
    assert not [f for f in found if f[1][0] == "8.4%"]


RETURN_ON_SALES = ("STUTTGART, 30 April 2026 - Hartwerk lifts adjusted return on sales to {margin}%\n\n"
                   "Group revenue reached €31.42 billion in the first quarter. Adjusted EBIT rose 14.4% to €2.14 billion.\n")


@pytest.mark.parametrize("margin, status", [("6.8", "ok"), ("6.81", "ok"), ("7", "ok"), ("7.2", "mismatch")])
def test_a_return_on_sales_is_the_operating_margin(margin, status):
    # 2.14 / 31.42 = 6.811%: "7" holds it at its rounding, "7.2" is 0.39 points out
    found = [f for f in margins(RETURN_ON_SALES.format(margin=margin), "2026-04-30") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "€2.14 billion", "€31.42 billion"))]


def test_a_return_on_sales_takes_no_net_profit():
    text = RETURN_ON_SALES.replace("Adjusted EBIT rose 14.4% to", "Net profit rose 14.4% to").format(margin="6.8")
    assert not [f for f in margins(text, "2026-04-30") if f[1][0] == "6.8%"]


WON_CALL = ("SEOUL, 28 October 2026 - Cheongho Battery third-quarter 2026 earnings call.\n\n"
        "Kang Hye-jin (CFO): Good afternoon. Third-quarter revenue was 5.63 trillion won, down 8.0% from a year ago.\n\n"
        "Operating profit was 162.4 billion won, for a margin of {margin}%.\n\n"
        "ESS revenue rose 62% to 1.46 trillion won.\n")


@pytest.mark.parametrize("margin, status", [("2.9", "ok"), ("2.88", "ok"), ("3", "ok"), ("3.9", "mismatch")])
def test_a_margin_takes_the_quarters_revenue_over_a_business_lines(margin, status):
    # 162.4 / 5,630 = 2.885%: "3" holds it at its rounding, "3.9" is a point out; never of the ESS revenue's 1.46 trillion
    found = [f for f in margins(WON_CALL.format(margin=margin), "2026-10-28") if f[1][0] == f"{margin}%"]
    assert found == [(status, (f"{margin}%", "162.4 billion won", "5.63 trillion won"))]


def test_a_margin_beside_two_revenues_of_no_plain_subject_stays_unchecked():
    text = WON_CALL.replace("Third-quarter revenue was", "Revenue from cells, the biggest line, was").format(margin="2.9")
    assert not [f for f in margins(text, "2026-10-28") if f[1][0] == "2.9%"]


PER_SESSION = ("AMSTERDAM, 29 July 2026 - Revenue grew 30.2% to €48.7 million from €37.4 million. Revenue per session {verb} "
               "€13.49, up 2.4% from €13.17. Adjusted EBITDA was €7.9 million, a margin of {margin}%.\n")


@pytest.mark.parametrize("verb", ["was", "rose 2.4% to"])
def test_a_revenue_per_session_is_no_revenue_a_margin_is_of(verb):
    text = PER_SESSION.replace("€13.49, up 2.4% from", "€13.49, against") if verb != "was" else PER_SESSION
    # 7.9 / 48.7 = 16.22%; at the stated roundings 7.85/48.75 to 7.95/48.65 is 16.10% to 16.34%: "16.3%" overlaps though the
    # midpoint lies outside it, "16.4%" does not
    for margin, status in (("16.2", "ok"), ("16.3", "ok"), ("16.4", "mismatch")):
        found = margins(text.format(verb=verb, margin=margin), "2026-07-29")
        assert found == [(status, (f"{margin}%", "€7.9 million", "€48.7 million"))], (verb, margin, found)

