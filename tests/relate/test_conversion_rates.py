"""Conversions against the article's own stated rate (relate/conversion.py, extract/figures.py): a rate
per one unit of a currency named in words, and a note that says all conversions use one rate."""

from __future__ import annotations

import pytest

from conftest import checked, edited


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


DANISH_NOTE = ("Copenhagen, 2 September 2026\n(Exchange rate used throughout: 7.46 kroner to one euro.)\n\n"
               "The registration tax raised DKK 1.84 billion ({tax}) in the first seven months. The average electric car cost "
               "DKK 318,400 (€42,680).\n")


@pytest.mark.parametrize("tax, status", [("€246.6 million", "ok"), ("€247 million", "ok"), ("€264.6 million", "mismatch")])
def test_a_rate_used_throughout_converts_every_amount_of_the_article(tax, status):
    # 1.835-1.845bn over 7.455-7.465 is €245.8-247.5 million: "€247 million" (246.5-247.5) meets it; €264.6 million is
    # 6.95 kroner to the euro. DKK 318,400 / 7.46 = €42,681: €42,680 holds only by the rate's own rounding
    found = conversions(DANISH_NOTE.format(tax=tax), "2026-09-02")
    assert ("ok", ("7.46 kroner", "euro", "DKK 318,400", "€42,680")) in found
    assert (status, ("7.46 kroner", "euro", "DKK 1.84 billion", tax)) in found


def test_a_rate_to_one_euro_in_a_sentence_of_its_own_is_no_conversion_of_others():
    text = ("Copenhagen, 2 September 2026\n\nThe krone traded at 7.46 kroner to one euro all summer.\n\n"
            "The registration tax raised DKK 1.84 billion (€264.6 million) in the first seven months.\n")
    assert all("7.46 kroner" not in c[1] for c in conversions(text, "2026-09-02") if "DKK 1.84 billion" in c[1])


CANADA_NOTE = ("TORONTO, May 5, 2026 -- Sales.\n\nU.S.-dollar equivalents in this release use an exchange rate of 1.36 Canadian "
               "dollars per U.S. dollar.\n\nCanadian buyers spent C$9.93 billion on new vehicles in April ({usd}), the most "
               "for any April.\n")


@pytest.mark.parametrize("usd, status", [("US$7.30 billion", "ok"), ("US$7.3 billion", "ok"), ("US$13.5 billion", "mismatch")])
def test_equivalents_that_use_a_rate_follow_it_and_a_bracket_a_few_words_on_is_the_amounts_worth(usd, status):
    # 9.925-9.935bn over 1.355-1.365 is US$7.271-7.332bn; US$13.5 billion is the amount multiplied by the rate
    found = [c for c in conversions(CANADA_NOTE.format(usd=usd), "2026-05-05") if "C$9.93 billion" in c[1]]
    assert found == [(status, ("1.36 Canadian dollars", "U.S. dollar", "C$9.93 billion", usd))]


def test_an_amount_of_another_currency_in_brackets_after_a_figure_is_no_conversion():
    text = ("TORONTO, May 5, 2026 -- Canadian buyers spent C$9.93 billion on new vehicles in April (up 4.1% from "
            "US$7.1 billion a year before, at the time's rate).\n")
    assert not [c for c in conversions(text, "2026-05-05") if "C$9.93 billion" in c[1]]


def test_a_rate_in_words_that_describes_the_currency_rules_only_its_own_sentence():
    text = ("The won averaged 1,452 won per dollar in the quarter.\n\n"
            "Revenue was 6.84 trillion won ($4.99 billion).\n")
    found = [c for c in conversions(text, "2026-07-30") if "6.84 trillion won" in c[1]]
    assert found and all("1,452 won" not in c[1] for c in found)


RESULTS_AT_A_RATE = ("Yokohama, August 5, 2026 - Sagami Motor said revenue increased 5.2% to ¥4.86 trillion from ¥4.62 trillion, "
                     "while operating profit declined 19.7% to ¥312.4 billion from ¥388.9 billion, as US import tariffs cost "
                     "the company ¥96 billion in the quarter.\n\n"
                     "At the quarter's average rate of ¥157.3 per dollar, revenue was equivalent to {revenue}, and operating "
                     "profit to {profit}.\n")


def test_amounts_converted_at_a_stated_rate_are_of_the_metrics_they_name_a_sentence_before():
    # ¥4.86 trillion / 157.3 = $30.90 billion; ¥312.4 billion / 157.3 = $1.986 billion
    found = conversions(RESULTS_AT_A_RATE.format(revenue="$30.9 billion", profit="$1.99 billion"), "2026-08-05")
    pairs = [(status, texts[-2:]) for status, texts in found]
    assert ("ok", ("¥4.86 trillion", "$30.9 billion")) in pairs
    assert ("ok", ("¥312.4 billion", "$1.99 billion")) in pairs  # never the ¥388.9 billion it fell from, nor the ¥96 billion
    bad = conversions(RESULTS_AT_A_RATE.format(revenue="$30.9 billion", profit="$2.24 billion"), "2026-08-05")
    assert [status for status, texts in bad if texts[-1] == "$2.24 billion"] == ["mismatch"]
    # ¥4.855-4.865 trillion over 157.25-157.35 is $30.85-30.94 billion: "$31 billion" (30.5-31.5) holds it, "$30.8 billion"
    # (30.75-30.85) falls just short
    for revenue, status in (("$31 billion", "ok"), ("$30.8 billion", "mismatch")):
        edge = conversions(RESULTS_AT_A_RATE.format(revenue=revenue, profit="$1.99 billion"), "2026-08-05")
        assert [s for s, texts in edge if texts[-1] == revenue] == [status]


def test_a_converted_amount_naming_no_metric_said_before_stays_unchecked():
    text = ("Yokohama, August 5, 2026 - Sagami Motor said revenue increased 5.2% to ¥4.86 trillion.\n\n"
            "At ¥157.3 per dollar, net income was equivalent to $1.5 billion.\n")
    assert [texts for _, texts in conversions(text, "2026-08-05") if "$1.5 billion" in texts] == []


SAME_RATE = ("DUBLIN, 5 August 2026 - Irish revenue was €214.6m, or £{irish} at the average rate for the period of €{rate} "
             "to the pound. The €38.5m paid in May for two sites in Cork equates to £{cork} at the same rate.\n")


def test_an_amount_converted_at_the_same_rate_follows_the_rate_stated_before_it():
    # €38.5m / 1.1663 = £33.01m
    def cork(**kw):
        found = conversions(SAME_RATE.format(**{"irish": "184.0m", "rate": "1.1663", **kw}), "2026-08-05")
        return [status for status, texts in found if "€38.5m" in texts]
    assert cork(cork="33.0m") == ["ok"]
    assert cork(cork="45.0m") == ["mismatch"]  # multiplied, not divided
    assert cork(cork="33m") == ["ok"]  # £32.5m-£33.5m at 1.1663
    # the article's rate rules, even far from the ECB's: at €1.30 to the pound, £29.6m is right and £33.0m wrong
    assert cork(irish="165.1m", rate="1.30", cork="29.6m") == ["ok"]
    assert cork(irish="165.1m", rate="1.30", cork="33.0m") == ["mismatch"]
    # near miss: an amount in another currency that no words convert is no conversion of it
    other = SAME_RATE.replace("equates to £{cork} at the same rate", "came on top of £{cork} spent in Belfast")
    assert not [c for c in conversions(other.format(irish="184.0m", rate="1.1663", cork="33.0m"), "2026-08-05")
                if "€38.5m" in c[1]]


AT_RATE = ("Kestrel Charging, third-quarter update, 14 October 2026\n\n"
           "Revenue for the quarter was £34.6m, up 39.0% from £24.9m. {opening}, that is equivalent to {usd}.\n")


@pytest.mark.parametrize("opening", ["At the quarter-end rate of $1.33 to the pound", "CFO: At the $1.33 we use for planning"])
@pytest.mark.parametrize("usd, status", [("$46.0m", "ok"), ("$46m", "ok"), ("$52.0m", "mismatch")])
def test_that_is_at_a_rate_converts_the_amount_of_the_sentence_before(opening, usd, status):
    # 34.6 x 1.33 = 46.02: "that" is the quarter's £34.6m, never the £24.9m it is compared with
    found = [c for c in conversions(AT_RATE.format(opening=opening, usd=usd), "2026-10-14") if usd in c[1] and "£34.6m" in c[1]]
    assert [c[0] for c in found] == [status], found


def test_that_is_at_a_rate_near_misses():
    # a sentence that opens on no rate, an amount before in a third currency, or a paragraph between: no conversion of it
    plain = AT_RATE.format(opening="Put simply", usd="$46.0m")
    third = AT_RATE.replace("£34.6m, up 39.0% from £24.9m", "€40.2m").format(opening="At $1.33 to the pound", usd="$46.0m")
    apart = AT_RATE.replace(". {opening}", ".\n\n{opening}").format(opening="At $1.33 to the pound", usd="$46.0m")
    for text, amount in ((plain, "£34.6m"), (third, "€40.2m"), (apart, "£34.6m")):
        assert not [c for c in conversions(text, "2026-10-14") if c[1] == (amount, "$46.0m")], text


WORTH = ("STUTTGART, 10 March 2026 - Parts maker Ostara Components has won a €640 million contract to supply e-axles to a US "
         "electric pickup maker, worth {usd} at the $1.155 per euro rate used in its announcement.\n")


@pytest.mark.parametrize("usd, status", [("$739 million", "ok"), ("$0.74 billion", "ok"), ("$793 million", "mismatch")])
def test_an_amount_worth_another_currencys_a_clause_on_at_the_rate_it_states(usd, status):
    # €640 million x 1.155 = $739.2 million
    found = [(s, t) for s, t in checked(WORTH.format(usd=usd), "2026-03-10", "conversion") if usd in t]
    assert found and {s for s, _ in found} == {status}


def test_an_amount_worth_no_money_stays_unconverted():
    text = "STUTTGART, 10 March 2026 - Ostara won 640 orders last year, worth $739 million, a record.\n"
    assert not checked(text, "2026-03-10", "conversion")


ROUNDUP = ("SINGAPORE, 2 October 2026 - Asia-Pacific auto briefs.\n\n"
           "SHANGHAI - Xinghe Auto said its September deliveries rose 6.8% to 52,184 after it cut prices by ¥12,000. Chinese "
           "buyers took most of them.\n\n"
           "TOKYO - Sakuraba Motors will spend ¥8.4 billion, or $53.2 million at ¥158 to the dollar, on a second battery line.\n")


def test_a_yen_sign_in_a_paragraph_that_names_one_country_alone_is_its_currency():
    from evcheck.extract import extract_figures
    units = {f.text: f.unit for f in extract_figures(ROUNDUP)}
    assert units["¥8.4 billion"] == "JPY" and units["¥158"] == "JPY"  # the Tokyo item's
    assert units["¥12,000"] == "CNY"  # the Shanghai item's
    # the stated rate then holds against the yen's reference rate, never the yuan's (about 7 to the dollar)
    assert {s for s, t in checked(ROUNDUP, "2026-10-02", "conversion", use_rates=True) if "¥158" in t} == {"ok"}


def test_a_yen_sign_in_a_paragraph_that_names_both_countries_follows_the_article():
    from evcheck.extract import extract_figures
    text = ROUNDUP.replace("TOKYO - Sakuraba Motors", "TOKYO - Sakuraba Motors, a rival of China's Xinghe,") \
        .replace(", or $53.2 million at ¥158 to the dollar,", "")
    units = {f.text: f.unit for f in extract_figures(text)}
    assert units["¥8.4 billion"] == "CNY"  # two countries in the paragraph: the article's reading, which names China more


def test_a_yen_rate_the_article_states_makes_its_yen_signs_yen():
    from evcheck.extract import extract_figures
    text = ROUNDUP.replace("TOKYO - Sakuraba Motors", "TOKYO - Sakuraba Motors, a rival of China's Xinghe,")
    units = {f.text: f.unit for f in extract_figures(text)}
    assert units["¥8.4 billion"] == units["¥158"] == "JPY"  # "¥158 to the dollar" is only ever the yen's rate
    assert units["¥12,000"] == "CNY"  # the Shanghai item names China alone
    factbox = ("TOKYO, May 13, 2026 - Tsurugi Motor reported its results. Dollar figures below are converted at ¥152. Rivals in "
               "China cut prices.\n\n- Operating profit: ¥2.91 trillion ($19.1 billion)\n")
    assert {f.text: f.unit for f in extract_figures(factbox)}["¥2.91 trillion"] == "JPY"
    assert {f.text: f.unit for f in extract_figures(factbox.replace("¥152", "¥7.2"))}["¥2.91 trillion"] == "CNY"


RATE_BRACKET = ("NAGOYA, August 5, 2026 - Japan's Kurosawa Motor first-quarter results (figures in brackets are for the same quarter a "
                "year earlier).\n\n- Revenue: ¥11.92 trillion (¥11.08 trillion), +7.6%\n"
                "- Average exchange rate: ¥156 to the US dollar (¥144)\n\n"
                "North American revenue of {usd} was equivalent to ¥1.81 trillion at the quarter's average rate.\n")


def test_a_rates_earlier_value_in_brackets_is_no_conversion_of_one_dollar():
    found = checked(RATE_BRACKET.format(usd="$11.6 billion"), "2026-08-05", "conversion")
    assert not [t for _, t in found if "¥144" in t]


@pytest.mark.parametrize("usd, status", [("$11.6 billion", "ok"), ("$12.9 billion", "mismatch")])
def test_an_amount_that_was_equivalent_to_another_currencys(usd, status):
    # ¥1.81 trillion / $11.6 billion = ¥156.0 to the dollar, within the ECB's rates of the quarter; $12.9 billion would be ¥140
    found = [(s, t) for s, t in checked(RATE_BRACKET.format(usd=usd), "2026-08-05", "conversion", use_rates=True) if usd in t]
    assert found and {s for s, _ in found} == {status}


FLASH = ("TOKYO, Aug 5 - Haruna Motor reported results.\n\n* Revenue ¥11.84 trillion, roughly {usd}, up 7.3% from "
         "¥11.03 trillion\n")


def test_an_amount_roughly_worth_another_currencys_between_commas():
    # ¥11.84 trillion at about 157.7 yen to the dollar on 5 August 2026 is about $75.1 billion
    found = {s for s, t in checked(FLASH.format(usd="$75.1 billion"), "2026-08-05", "conversion", use_rates=True)
             if "$75.1 billion" in t}
    assert found and found <= {"ok", "info"}
    wrong = {s for s, t in checked(FLASH.format(usd="$57.1 billion"), "2026-08-05", "conversion", use_rates=True)
             if "$57.1 billion" in t}
    assert "mismatch" in wrong
    growth = checked(FLASH.format(usd="$75.1 billion"), "2026-08-05", "growth")
    assert [s for s, t in growth if "7.3%" in t and "¥11.84 trillion" in t]  # the change is the yen amount's, never the dollars'


def test_a_dollar_part_after_a_comma_is_no_conversion():
    text = "TOKYO, Aug 5 - Haruna's revenue was ¥11.84 trillion, about $20 billion of it from North America.\n"
    assert not checked(text, "2026-08-05", "conversion")


SAME_RATE_NEXT = ("GOTHENBURG, October 22, 2026 - Adjusted operating income came to SEK 6.07 billion, or €547 million at 11.10 kronor "
             "to the euro.\n\nService revenue reached SEK 14.6 billion, 27.7% of net sales. For those of you who follow us in "
             "euros, that's {eur} at the same rate.\n")


def test_an_amount_at_the_same_rate_converts_the_sentence_befores_amount():
    """SEK 14.6 billion / 11.10 = €1.315 billion: "€1.32 billion" holds, "€131 million" (a decimal slip) does not."""
    found = [c for c in conversions(SAME_RATE_NEXT.format(eur="€1.32 billion"), "2026-10-22") if "SEK 14.6 billion" in c[1]]
    assert found and all(status == "ok" for status, _ in found)
    slip = [c for c in conversions(SAME_RATE_NEXT.format(eur="€131 million"), "2026-10-22") if "SEK 14.6 billion" in c[1]]
    assert slip and slip[0][0] == "mismatch"


def test_the_same_rate_beside_two_amounts_before_is_left_alone():
    text = SAME_RATE_NEXT.replace("reached SEK 14.6 billion", "reached SEK 14.6 billion, up from SEK 13.2 billion").format(eur="€1.32 billion")
    assert not [c for c in conversions(text, "2026-10-22") if "€1.32 billion" in c[1]]


EGYPT = ("NILE AUTO BRIEF | Cairo, 18 March 2026\n\nDollar figures below are at 50.5 pounds to the dollar, the closing rate "
         "on 17 March.\n\n7. E£18.3 billion. Spent on imported parts and kits. In dollars that is {usd}.\n")


def test_a_rate_for_the_figures_below_converts_each_of_them_in_the_articles_pounds():
    assert ("mismatch", ("50.5 pounds", "dollar", "E£18.3 billion", "$592 million")) in checked(EGYPT.format(usd="$592 million"),
                                                                                               "2026-03-18", "conversion")
    assert ("ok", ("50.5 pounds", "dollar", "E£18.3 billion", "$362 million")) in checked(EGYPT.format(usd="$362 million"),
                                                                                         "2026-03-18", "conversion")


@pytest.mark.parametrize("usd, status", [("US$96,300", "ok"), ("US$158,100", "mismatch")])
def test_an_amount_that_works_out_at_another_currencys_is_its_conversion(usd, status):
    """S$122,590 is US$95,526 to US$97,133 at the ECB's rates of the days before (the stated S$1.29 stands a sentence
    before); multiplied by the rate it would be US$158,141."""
    text = ("SINGAPORE, 19 March 2026 - At S$1.29 to the US dollar, the premium is steep. The open-category certificate, at "
            f"S$122,590, works out at {usd}, before a buyer has paid for the car itself.\n")
    found = [f for f in checked(text, "2026-03-19", "conversion", use_rates=True) if f[1][0] == "S$122,590"]
    assert found == [(status, ("S$122,590", usd))]


SUBSIDY = "Ulsan, 10 June 2026\n\nThe county is adding a €52 million subsidy, {won} billion won at 1,540 won to the euro, to the plant's budget.\n"


@pytest.mark.parametrize("won, status", [("80.1", "ok"), ("80.6", "ok"), ("88.1", "mismatch")])
def test_an_amount_set_beside_another_at_a_stated_rate(won, status):
    """"a €52 million subsidy, 80.1 billion won at 1,540 won to the euro": 52 x 1,540 = 80.08; the euro amount's rounding
    (51.5-52.5) reaches 80.9, so 80.6 passes."""
    found = [c for c in checked(SUBSIDY.format(won=won), "2026-06-10", "conversion") if "€52 million" in c[1]]
    assert found == [(status, ("1,540 won", "euro", "€52 million", f"{won} billion won"))]


def test_two_amounts_of_a_list_are_no_conversion():
    text = "Ulsan, 10 June 2026\n\nSeorin spent €620 million on the first line, 410 billion won on the second, at home.\n"
    assert checked(text, "2026-06-10", "conversion") == []


@pytest.mark.parametrize("usd, status", [("$383 million", "ok"), ("$483 million", "mismatch")])
def test_which_is_at_a_stated_rate(usd, status):
    text = f"Shanghai, 10 June 2026\n\nThe board approved a 2.6 billion yuan buyback, which is {usd} at 6.79 yuan to the dollar.\n"
    found = [c for c in checked(text, "2026-06-10", "conversion") if "2.6 billion yuan" in c[1]]
    assert found == [(status, ("6.79 yuan", "dollar", "2.6 billion yuan", usd))]


def test_which_works_out_to_at_a_stated_rate():
    text = "Chennai, 10 June 2026\n\nExports were worth ₹31,850 crore, which works out to $3.29 billion at ₹96.8 to the dollar.\n"
    found = [c for c in checked(text, "2026-06-10", "conversion") if "₹31,850 crore" in c[1]]
    assert found == [("ok", ("₹96.8", "dollar", "₹31,850 crore", "$3.29 billion"))]


LOSS = ("Hangzhou, 29 April 2026\n\nThe net loss narrowed to 1.12 billion yuan from 2.05 billion. At 6.83 yuan per dollar, "
        "the rate in the company's slides, the {what} works out at {usd}.\n")


@pytest.mark.parametrize("usd, status", [("$164 million", "ok"), ("$146 million", "mismatch")])
def test_the_amount_named_before_works_out_at_a_stated_rate(usd, status):
    found = [c for c in checked(LOSS.format(what="loss", usd=usd), "2026-04-29", "conversion") if "1.12 billion yuan" in c[1]]
    assert found == [(status, ("6.83 yuan", "dollar", "1.12 billion yuan", usd))]


def test_an_amount_the_sentence_before_does_not_name_is_no_conversion():
    text = LOSS.format(what="cash pile", usd="$164 million")
    assert not [c for c in checked(text, "2026-04-29", "conversion") if "1.12 billion yuan" in c[1]]


IS_AT = ("Utrecht, 21 July 2026\n\nVoltwerk Charging published its second-quarter figures today. Converted for US "
         "investors, second-quarter revenue of €64.3 million is {usd} at $1.15 per euro.\n")


@pytest.mark.parametrize("usd, status", [("$73.9 million", "ok"), ("$74.0 million", "ok"), ("$79.3 million", "mismatch")])
def test_an_amount_that_is_its_worth_at_a_rate_after_it_is_a_conversion(usd, status):
    """€64.3m at 1.15 is $73.945m: "$73.9 million" holds within its own rounding and "$74.0 million" within both
    rounding intervals (the midpoint 73.945 lies outside it)."""
    found = conversions(IS_AT.format(usd=usd), "2026-07-21")
    assert any(s == status and usd in t for s, t in found)


def test_an_amount_that_is_another_with_no_rate_after_it_is_no_conversion():
    text = edited(IS_AT.format(usd="$73.9 million"), " at $1.15 per euro", ", a record")
    assert not [t for s, t in conversions(text, "2026-07-21") if "$73.9 million" in t]
