import math
import re

import pytest

from evcheck.extract import extract_figures, figures, lexicon


def only(text):
    figs = extract_figures(text)
    assert len(figs) == 1, [(f.text, f.kind) for f in figs]
    return figs[0]


@pytest.mark.parametrize("text,fig_text,value,unit", [
    ("revenue of 116bn yuan", "116bn yuan", 116e9, "CNY"),
    ("RMB42.9 billion in sales", "RMB42.9 billion", 42.9e9, "CNY"),
    ("a budget of 1.6 billion zlotys", "1.6 billion zlotys", 1.6e9, "PLN"),
    ("priced at 2.4 million forints", "2.4 million forints", 2.4e6, "HUF"),
    ("raised US$6.1bn", "US$6.1bn", 6.1e9, "USD"),
    ("Rs 32.03 billion in revenue", "Rs 32.03 billion", 32.03e9, "INR"),
    ("a €33bn plan", "€33bn", 33e9, "EUR"),
    ("about 4.23 billion U.S. dollars", "4.23 billion U.S. dollars", 4.23e9, "USD"),
    ("£303 million", "£303 million", 303e6, "GBP"),
    ("Rs 1,200 crore", "Rs 1,200 crore", 12e9, "INR"),
    ("₹5 lakh", "₹5 lakh", 5e5, "INR"),
    ("2.54 trillion won", "2.54 trillion won", 2.54e12, "KRW"),
    ("1.2 trillion yen", "1.2 trillion yen", 1.2e12, "JPY"),
    ("HK$3.2bn", "HK$3.2bn", 3.2e9, "HKD"),
    ("sold 215,500 won worth", "215,500 won", 215_500, "KRW"),
])
def test_money_in_every_position(text, fig_text, value, unit):
    f = only(text)
    assert (f.text, f.kind, f.unit) == (fig_text, "money", unit)
    assert math.isclose(f.value, value)


@pytest.mark.parametrize("text,value,low,high", [
    ("2.593 million units", 2_593_000, 2_592_500, 2_593_500),
    ("116bn yuan", 116e9, 115.5e9, 116.5e9),
    ("81,302 units", 81_302, 81_302, 81_302),
    ("575,000 units", 575_000, 574_500, 575_500),
    ("30.5%", 30.5, 30.45, 30.55),
    ("15%", 15, 14.5, 15.5),
])
def test_stated_precision_interval(text, value, low, high):
    f = only(text)
    assert math.isclose(f.value, value)
    assert math.isclose(f.low, low) and math.isclose(f.high, high)


def test_decimal_values_have_no_binary_noise():
    assert only("2.018 million units").value == 2_018_000.0


@pytest.mark.parametrize("text,hedge,open_low,open_high", [
    ("about 300m yuan", "about", False, False),
    ("a near 15% rise", "near", False, False),
    ("over 200,000 orders", "over", False, True),
    ("more than 5,000 cars", "more than", False, True),
    ("up to 500,000 units", "up to", False, False),
    ("less than 3%", "less than", True, False),
])
def test_hedges_widen_or_open_the_interval(text, hedge, open_low, open_high):
    f = only(text)
    assert f.hedge == hedge
    assert f.low <= f.round_low and f.high >= f.round_high
    assert math.isinf(f.low) == open_low and math.isinf(f.high) == open_high


def test_hedge_word_after_a_change_is_a_comparison_not_a_hedge():
    figs = extract_figures("a 10% increase over 2.2 million units")
    assert figs[1].hedge is None


@pytest.mark.parametrize("text,kind,value,unit", [
    ("5 percentage points", "points", 5, "pp"),
    ("50 basis points", "points", 0.5, "pp"),
    ("25bps", "points", 0.25, "pp"),
    ("a 9.6-point jump", "points", 9.6, "pp"),
    ("a 25-basis-point cut", "points", 0.25, "pp"),
    ("a 1.5-percentage-point gain", "points", 1.5, "pp"),
    ("1.2 pp", "points", 1.2, "pp"),
    ("14.7 percent", "percent", 14.7, "%"),
    ("12 per cent", "percent", 12, "%"),
    ("14.7pc", "percent", 14.7, "%"),
    ("4.2 pct", "percent", 4.2, "%"),
    ("two-fold", "multiple", 2, "x"),
    ("1.2-fold", "multiple", 1.2, "x"),
    ("doubled", "multiple", 2, "x"),
    ("nearly tripled", "multiple", 3, "x"),
    ("halved", "multiple", 0.5, "x"),
    ("two million cars", "count", 2e6, "units"),
    ("a quarter of sales", "percent", 25, "%"),
    ("10,74,189 units", "count", 1_074_189, "units"),
    ("335 locations", "count", 335, "stores"),
    ("800 million shares", "count", 800e6, "shares"),
    ("812.6 gigawatt-hours", "number", 812.6, "GWh"),  # spelled out, the unit of "307.2 GWh" beside it
    ("1 terawatt hour", "number", 1, "TWh"),
    ("350 kilowatts", "number", 350, "kW"),
])
def test_kinds_and_units(text, kind, value, unit):
    f = only(text)
    assert (f.kind, f.unit) == (kind, unit)
    assert math.isclose(f.value, value)


@pytest.mark.parametrize("text", [
    "in 2025", "the SU7 and the YU7", "the Model 3 and Model Y", "ID.4 sales", "on Aug 19, 2025",
    "call +86 10 1234 5678", "call 400-820-1234", "a 50-year lease", "Q2 2025", "H1 2025",
    "see note [3]", "at 10:30", "the 3rd largest", "a 7-seater", "Euro 7 rules", "on 19 August",
])
def test_non_figures_are_left_out(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize("text,low,high", [
    ("priced at 60,000-90,000 yuan", 60_000, 90_000),
    ("growth of 10–15%", 10, 15),
    ("between 5% and 7%", 5, 7),
    ("$1-2bn", 1e9, 2e9),
])
def test_ranges_are_one_figure_that_never_relates(text, low, high):
    f = only(text)
    assert f.is_range and not f.relatable
    assert (f.low, f.high) == (low, high)


def test_negative_numbers():
    f = only("a margin of -5.2%")
    assert f.value == -5.2


def test_bare_dollar_is_said_to_be_assumed_when_other_dollars_appear():
    figs = extract_figures("It raised HK$3bn and $5bn.")
    assert figs[1].unit == "USD" and "bare" in figs[1].assumption


def test_yen_sign_reads_from_context():
    assert only("Toyota said revenue was ¥24.6 trillion.").unit == "JPY"
    assert only("BYD said revenue was ¥24.6 billion.").unit == "CNY"


def test_yen_sign_in_an_article_naming_japan_and_china_follows_the_country_named_more():
    japan = extract_figures("Kurosaki's revenue rose to ¥18.61 trillion, more yen than Toyota made. China took a tenth of its sales.")
    assert japan[0].unit == "JPY" and "Japan more" in japan[0].assumption
    china = extract_figures("Revenue was ¥8.3 billion, in yuan. Chinese buyers rule; the Shanghai plant exports to Japan.")
    assert china[0].unit == "CNY" and "both" in china[0].assumption


def test_yen_sign_whose_own_rate_is_over_80_to_the_euro_is_the_yen():
    figs = extract_figures("Sakuragawa earned ¥612 billion (€3.56 billion at ¥172 per euro), Dongjiang 9.62 billion yuan.")
    assert figs[0].unit == "JPY" and "rate" in figs[0].assumption
    # a rate of "¥7.8 per euro" is the yuan's: the context's reading stands
    yuan = extract_figures("Dongjiang earned ¥61.2 billion (€7.85 billion at ¥7.8 per euro), more than Chinese rivals.")
    assert yuan[0].unit == "CNY"


def test_configured_dollar():
    f = extract_figures("It raised $5bn.", dollar="HKD")[0]
    assert f.unit == "HKD" and "configured" in f.assumption


def test_spans_line_and_column():
    text = "First line.\nRevenue was 116bn yuan."
    f = extract_figures(text)[0]
    assert text[f.start:f.end] == "116bn yuan"
    assert (f.line, f.col) == (2, 13)


def test_a_digit_run_too_long_for_any_figure_is_not_one():
    from evcheck.extract import extract_figures

    texts = [f.text for f in extract_figures("Sales rose 5% to " + "9" * 60 + " units, and 1,234 units were exported.")]
    assert texts == ["5%", "1,234 units"]


def test_fifths_and_tenths_are_shares_with_the_looseness_of_words():
    from evcheck.extract import extract_figures, split_sentences

    text = "Plug-in hybrids were about three-fifths of its new energy sales and three-tenths of exports."
    found = {f.text: f for f in extract_figures(text, sentences=split_sentences(text))}
    assert found["three-fifths"].value == 60.0 and found["three-fifths"].low < 60.0 < found["three-fifths"].high
    assert found["three-tenths"].value == 30.0


def test_a_resolutions_number_is_no_figure():
    figs = extract_figures("Votes on Resolution 2 were lodged in respect of 944,224,590 shares, equal to 74.22% of the voting rights.\n")
    assert [f.text for f in figs] == ["944,224,590 shares", "74.22%"]


def test_a_numbered_paragraph_is_no_figure():
    """A report's "3.4 Motorcycles (heading 87.11), of which 38,950 units …" once made 3.4 the total of 38,950."""
    figs = extract_figures("3.4 Motorcycles (heading 87.11), of which 38,950 units were imported.\n3.5 Goods vehicles fell 4.2%.\n")
    assert [f.text for f in figs if f.kind in ("number", "count")] == ["38,950 units"]


def test_pesos_are_the_currency_of_the_country_the_article_is_about():
    chile = extract_figures("Sales in Chile rose. The average price of an EV is now 18.9 million pesos.")
    assert [f.unit for f in chile if f.kind == "money"] == ["CLP"]
    manila = extract_figures("Philippine dealers sold more. Prices start at 1.2 million pesos in Manila.")
    assert [f.unit for f in manila if f.kind == "money"] == ["PHP"]
    mexico = extract_figures("Mexican buyers paid 450,000 pesos on average.")
    assert [f.unit for f in mexico if f.kind == "money"] == ["MXN"]
    [bare] = [f for f in extract_figures("The car costs 450,000 pesos.") if f.kind == "money"]
    assert bare.unit == "MXN" and "no country" in (bare.assumption or "")


def test_riyals_and_dirhams_are_the_currency_of_the_country_the_article_is_about():
    saudi = extract_figures("RIYADH: Saudi car sales rose. Revenue reached 98.6 billion riyals ($26.3 billion).")
    assert [f.unit for f in saudi if f.kind == "money"] == ["SAR", "USD"]
    qatar = extract_figures("DOHA: Qatar's dealers sold more. Imports were worth 4.2 billion riyals.")
    assert [f.unit for f in qatar if f.kind == "money"] == ["QAR"]
    dubai = extract_figures("A crossover costs 148,000 dirhams in Dubai.")
    assert [f.unit for f in dubai if f.kind == "money"] == ["AED"]
    morocco = extract_figures("Moroccan buyers paid 210,000 dirhams on average in Casablanca.")
    assert [f.unit for f in morocco if f.kind == "money"] == ["MAD"]
    [bare] = [f for f in extract_figures("The car costs 95,000 riyals.") if f.kind == "money"]
    assert bare.unit == "SAR" and "no country" in (bare.assumption or "")


def test_rupees_are_the_currency_of_the_country_the_article_is_about():
    karachi = extract_figures("KARACHI: Pakistan's car sales rose. The government collected Rs142.6bn ($502 million) in taxes.")
    [pkr] = [f for f in karachi if f.kind == "money" and f.unit != "USD"]
    assert pkr.unit == "PKR" and "PKR" in (pkr.assumption or "")
    india = extract_figures("New Delhi: Indian buyers paid Rs 8.2 lakh on average; Pakistan's market is smaller.")
    assert [f.unit for f in india if f.kind == "money"] == ["INR"]
    assert [f.unit for f in extract_figures("The scooter costs Rs 95,000.") if f.kind == "money"] == ["INR"]


def test_pula_dinars_and_rials_written_as_bare_letters_only_in_their_countries():
    gaborone = extract_figures("In Botswana, Kgalagadi accounted for P1.38 billion of it and Tlokweng for P642 million.")
    assert [(f.text, f.unit) for f in gaborone if f.kind == "money"] == [("P1.38 billion", "BWP"), ("P642 million", "BWP")]
    assert [f.unit for f in extract_figures("Bahrain's largest dealer earned BD 118.5 million.") if f.kind == "money"] == ["BHD"]
    assert [f.unit for f in extract_figures("Oman's duty take was RO 3.1 million.") if f.kind == "money"] == ["OMR"]
    assert not [f for f in extract_figures("The P1 hypercar and the RO 2 trim sold 1,200 units.") if f.kind == "money"]
    assert not [f for f in extract_figures("Revenue of P1.38 billion was booked.") if f.kind == "money"]  # no Botswana named


def test_a_footnote_marker_glued_to_a_figure_keeps_its_scale_and_noun():
    found = extract_figures("Imports reached 17,846¹ units. That was 18.3 per cent more than the Rs 14.2 billion² recorded "
                            "a year earlier in Mauritius. Electric models made up 2,904† of them; 318* cars were electric.")
    assert [(f.value, f.unit) for f in found if f.kind != "percent"] == [
        (17846.0, "units"), (14.2e9, "MUR"), (2904.0, None), (318.0, "units")]
    assert [(f.text, f.unit) for f in extract_figures("The plant covers 12,000 m² of land.")] == [("12,000 m²", "m²")]


def test_naira_written_with_a_bare_n_only_in_a_story_about_nigeria():
    lagos = extract_figures("Lagos-based Ikeja Motors reported revenue of N84.62 billion (about $57.9 million), "
                            "compared with N61.35 billion, and N5.9bn in profit.")
    assert [(f.text, f.unit) for f in lagos if f.kind == "money"] == [
        ("N84.62 billion", "NGN"), ("$57.9 million", "USD"), ("N61.35 billion", "NGN"), ("N5.9bn", "NGN")]
    assert [f.unit for f in extract_figures("In Abuja the sedan costs ₦42 million.") if f.kind == "money"] == ["NGN"]
    # no scale, or no Nigeria: a mask, a road, a model
    assert not [f for f in extract_figures("Nigeria's dealers stock N95 masks.") if f.kind == "money"]
    assert not [f for f in extract_figures("The N2 motorway carried N12 billion worth of goods.") if f.kind == "money"]


@pytest.mark.parametrize("text, unit", [
    ("Kahramaa will spend QR 45 million this year.", "QAR"),
    ("Revenue rose to JD 3.63 million.", "JOD"),
    ("Imports were worth 14.6 billion birr.", "ETB"),
    ("Buyers spent ₡14.5 billion on electric cars.", "CRC"),
    ("Output was worth 41.3 trillion soums.", "UZS"),
    ("The plant cost 4.2 billion lei.", "RON"),
    ("Duties came to Tk 412 crore.", "BDT"),
    ("Sales reached 96,400 million dong.", "VND"),
    ("The importer paid 1.8 billion tenge.", "KZT"),
    ("The ministry set aside 320 million Kenyan shillings.", "KES"),
    ("Revenue forgone was TT$187.4 million.", "TTD"),
    ("Dealers paid TZS 486.3 billion in duties.", "TZS"),
    ("The court awarded UGX 4.32 billion.", "UGX"),
    ("The works cost XOF 186.7 billion.", "XOF"),
    ("Customs collected MNT 412.6 billion.", "MNT"),
    ("Duty forgone came to F$8.4 million.", "FJD"),
    ("The imports were worth some 5.03 trillion riel.", "KHR"),
    ("The fund paid out 2.1 billion drams.", "AMD"),
    ("The tax raised 2.1 billion Egyptian pounds.", "EGP"),
    ("Leasing firms bought cars worth 18,400 million krónur.", "ISK"),
])
def test_currencies_of_markets_beyond_the_ecb_list(text, unit):
    assert [f.unit for f in extract_figures(text) if f.kind == "money"] == [unit]


def test_a_date_written_with_dots_is_no_figure():
    figs = extract_figures("Published: 23. 7. 2026 | Economy | Output rose 1.8% to 507,455 cars. Prices rose 2.5% in 2026.")
    assert [f.text for f in figs] == ["1.8%", "507,455 cars", "2.5%"]


def test_the_second_year_of_a_span_is_no_figure():
    texts = [f.text for f in extract_figures("Buses rose to 3,910 in FY2025-26, 2.5 times the 1,564 of 2024/25; "
                                             "the 2024-27 plan adds 2,000 chargers and 2024-12 is a code.")]
    assert texts == ["3,910", "2.5 times", "1,564", "2,000 chargers", "12"]  # "2024-12" ends before it starts


def test_a_number_after_the_name_of_a_model_is_its_name():
    texts = [f.text for f in extract_figures("Stellantis slipped 2.3% from 35,632 a year earlier as the Peugeot 208 awaits its "
                                             "replacement, while its Fiat 500 sold well.")]
    assert texts == ["2.3%", "35,632"]
    counted = [f.text for f in extract_figures("Of the brands, the Lancia 208 units sold were a record, and the Toyota 412 cars too.")]
    assert "208 units" in counted and "412 cars" in counted  # a count after a name stays a count
    assert [f.text for f in extract_figures("In May the company sold 208 cars.")] == ["208 cars"]


def test_crowns_are_the_crown_of_the_country_the_article_names():
    def units(text):
        return [(f.text, f.unit) for f in extract_figures(text) if f.kind == "money"]
    assert units("Income fell to 31.62 billion Swedish crowns (2.86 billion euros).") == [
        ("31.62 billion Swedish crowns", "SEK"), ("2.86 billion euros", "EUR")]
    assert units("Skoda earned 12.4 billion crowns in the Czech Republic.") == [("12.4 billion crowns", "CZK")]
    assert units("The Oslo importer earned 1.2 billion crowns.") == [("1.2 billion crowns", "NOK")]
    assert units("The king wore two crowns at the 2026 coronation.") == []  # no amount


def test_bare_kroner_are_the_kroner_of_the_country_the_article_names():
    def units(text):
        return [(f.text, f.unit) for f in extract_figures(text) if f.kind == "money"]
    assert units("Copenhagen, 2 September 2026. A new Danish electric car cost 318,400 kroner.") == [("318,400 kroner", "DKK")]
    assert units("Oslo, 2 September 2026. A new Norwegian electric car cost 418,400 kroner.") == [("418,400 kroner", "NOK")]
    assert units("A car cost 318,400 Danish kroner.") == [("318,400 Danish kroner", "DKK")]


def test_a_stock_code_after_its_exchange_is_no_figure():
    assert [f.text for f in extract_figures("Luming Auto (HKEX: 9877) delivered 52,318 vehicles in June.")] == ["52,318 vehicles"]
    assert [f.text for f in extract_figures("Toyota (TSE: 7203; NYSE: TM) sold 812,000 cars.")] == ["812,000 cars"]
    assert [f.text for f in extract_figures("Deliveries (units: 5,000) rose.")] == ["5,000"]  # no exchange: a figure


def test_zloty_and_koruna_written_with_their_symbols_are_money():
    def units(text):
        return [(f.text, f.unit) for f in extract_figures(text) if f.kind == "money"]
    found = units("The programme has a budget of zł 1.61 billion (€379 million at 4.25 zl to the euro).")
    assert found[:3] == [("zł 1.61 billion", "PLN"), ("€379 million", "EUR"), ("4.25 zl", "PLN")]
    assert units("The Enyaq starts at 1,199,900 Kč.") == [("1,199,900 Kč", "CZK")]
    assert [f.kind for f in extract_figures("The budget is 1.61 billion.")] != ["money"]  # no marker: no currency


def test_a_hedge_is_looked_for_from_the_longest_hedge_before_the_figure():
    assert not [h for h in lexicon.HEDGES if h[-1] in " \u00a0("]  # what follows a hedge is never part of one
    assert [f.text for f in extract_figures("Sales were no fewer than  (12,400 units).")] == ["12,400 units"]
    hedged = [f for f in extract_figures("The maker sold approximately 12,400 units.") if f.text == "12,400 units"]
    assert hedged and hedged[0].low < 12_400 < hedged[0].high


def test_the_look_back_for_a_model_prefix_reaches_its_widest_match():
    widest = re._parser.parse(lexicon.MODEL_PREFIXES.pattern).getwidth()[1]  # type: ignore[attr-defined]
    assert figures._MODEL_PREFIX_REACH == min(40, widest + 1)
    assert [f.text for f in extract_figures("The Model 3 and ID. 4 sold 9,120 units.")] == ["9,120 units"]


@pytest.mark.parametrize("dates", ["From 1 to 11 October", "From October 1 to 11", "1st through 11th of October,"])
def test_the_days_of_a_date_range_are_no_figures(dates):
    figs = extract_figures(f"{dates} retail sales reached 683,417 units, up 8.6% year on year.")
    assert [f.text for f in figs] == ["683,417 units", "8.6%"]


def test_a_small_number_before_to_and_another_number_is_still_a_figure():
    figs = extract_figures("Inventory rose from 1 to 11 vehicles per dealer in October, and 3 to 9 October deliveries doubled.")
    assert "11 vehicles" in [f.text for f in figs] or "1 to 11 vehicles" in [f.text for f in figs]


def test_thousands_of_points_are_a_count_not_a_change_in_points():
    """"3,402,706 points a year earlier" counts charging points; "3.9 points", "25 basis points" and "1,200 bps" are changes."""
    found = {f.text: f.kind for f in extract_figures("China had 4,286,350 public charging points, up 26.0% from 3,402,706 "
                                                      "points a year earlier. The share rose 3.9 points; a cut of 25 basis "
                                                      "points; the margin rose 1,200 bps.")}
    assert found["3,402,706"] == "number" and found["4,286,350"] == "number"
    assert found["3.9 points"] == found["25 basis points"] == found["1,200 bps"] == "points"
    assert {f.text: f.kind for f in extract_figures("The index rose 999 points.")}["999 points"] == "points"


def test_a_registration_plate_is_no_figure():
    assert [f.text for f in extract_figures("Every county registered more cars on 261 plates than a year ago.")] == []
    assert [f.text for f in extract_figures("The 25-plate change lifted March to 321,450 cars.")] == ["321,450 cars"]
    assert [f.text for f in extract_figures("Dealers sold 261 cars and 12 plates of spare parts.")][0] == "261 cars"


@pytest.mark.parametrize("text", [
    "Carmakers earned 118.6 billion yuan in January-April, 14.2% less than the 138.2 billion of a year earlier.",
    "Profit reached 118.6 billion yuan, 14.2% up from 138.2 billion in 2025.",
])
def test_an_amount_after_a_rate_compared_with_takes_the_currency_of_the_amount_before_it(text):
    kinds = {f.text: (f.kind, f.unit) for f in extract_figures(text)}
    assert kinds["138.2 billion"] == ("money", "CNY")


def test_near_miss_a_count_after_a_rate_is_no_amount_of_money():
    text = "Carmakers earned 118.6 billion yuan, 14.2% less than the 138.2 million vehicles they sold implied."
    assert {f.text: f.kind for f in extract_figures(text)}["138.2 million vehicles"] != "money"
    plain = "Carmakers earned 118.6 billion yuan in the year. Sales rose 14.2% from 4.2 million a year earlier."
    assert {f.text: f.kind for f in extract_figures(plain)}["4.2 million"] != "money"  # another sentence's amount
