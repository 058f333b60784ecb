"""Readings from the first runs of session 50's sets: an earlier margin said after its profit, a comparison's own way,
a plan's level, a share set beside the amount before it, a state's total, a price cut in percent, and "¥" amounts whose
own conversions say yen."""

from __future__ import annotations

from conftest import checked, measured

EBIT = ("Melbourne, 20 August 2026\n\nThe importer's annual report for the year to 30 June 2026 (FY26) shows revenue of A$2.80 billion, "
        "against A$2.50 billion a year before. Underlying EBIT rose to A$168.0 million, a margin of 6.0%, from A$110.0 million, "
        "or 4.4%, an improvement of 1.6 percentage points.\n")


def test_a_margin_after_the_earlier_profit_is_the_earlier_margin():
    found = measured(EBIT, "2026-08-20")
    assert found["4.4%"].role == "earlier"
    assert found["4.4%"].period == "2024-07..2025-06"
    shares = checked(EBIT, "2026-08-20", "share")
    assert ("ok", ("4.4%", "A$110.0 million", "A$2.50 billion")) in shares
    assert ("ok", ("6.0%", "A$168.0 million", "A$2.80 billion")) in shares


def test_a_wrong_earlier_margin_is_flagged_against_its_own_year():
    text = EBIT.replace("or 4.4%", "or 5.4%").replace("1.6 percentage", "0.6 percentage")
    assert ("mismatch", ("5.4%", "A$110.0 million", "A$2.50 billion")) in checked(text, "2026-08-20", "share")


def test_a_margin_after_a_level_stays_a_share_of_it():
    """"revenue of A$2.80 billion, or 6.0%": no earlier amount before the "or", so no earlier margin."""
    text = "Melbourne, 20 August 2026\n\nExports reached A$168.0 million, or 6.0% of revenue of A$2.80 billion.\n"
    assert measured(text, "2026-08-20")["6.0%"].role == "share"


CUTS = ("Beijing, 2 October 2026\n\nThe average cut was 9.6%, deeper than the 7.1% of the spring round by 2.5 percentage "
        "points. The D6 sedan now starts at 149,800 yuan, down from 169,800 yuan, a saving of 20,000 yuan or 11.8%.\n")


def test_a_deeper_cut_is_a_rise_of_the_percent():
    assert checked(CUTS, "2026-10-02", "points") == [("ok", ("9.6%", "7.1%", "2.5 percentage points"))]


def test_a_shallower_cut_said_deeper_is_flagged():
    text = CUTS.replace("9.6%, deeper", "4.6%, deeper")
    assert checked(text, "2026-10-02", "points") == [("mismatch", ("4.6%", "7.1%", "2.5 percentage points"))]


def test_a_saving_in_percent_is_no_share_of_the_new_price():
    assert not [c for c in checked(CUTS, "2026-10-02") if c[1] == "mismatch"]
    assert measured(CUTS, "2026-10-02")["11.8%"].role != "share"


FLEET = ("GUANGZHOU, July 21, 2026 - The operator ended June with 3,480 driverless vehicles in its fleet.\n\n"
         "Guangzhou has 1,420 of the vehicles, or 40.8% of the fleet.\n\n"
         "Another 1,500 robotaxis by the end of the year would take its fleet to nearly 5,000 vehicles.\n")


def test_a_plan_is_no_level():
    found = measured(FLEET, "2026-07-21")
    assert found["5,000 vehicles"].role == "forecast"
    assert not [c for c in checked(FLEET, "2026-07-21") if c[1] == "mismatch"]


def test_a_headline_that_passes_a_number_is_a_bound():
    text = "Robotaxi fleet passes 3,400 as rides climb\n\n" + FLEET
    assert measured(text, "2026-07-21")["3,400"].role == "bound"


GRANTS = ("Stockholm, 29 July 2026\n\nIn the first four weeks the agency received 12,400 applications. It has approved 8,060 "
          "of them, 65.0% of the total, rejected 2,790 and is still processing the remaining 1,550.\n")


def test_a_share_set_beside_the_amount_before_it_is_that_amounts():
    assert checked(GRANTS, "2026-07-29", "share") == [("ok", ("65.0%", "8,060", "12,400"))]


def test_the_same_share_of_the_wrong_amount_is_flagged():
    text = GRANTS.replace("65.0%", "56.0%")
    assert checked(text, "2026-07-29", "share") == [("mismatch", ("56.0%", "8,060", "12,400"))]


STATES = ("Sydney, 3 September 2026\n\nTamaru remained the market leader with 16,228 sales. Coralbay was second with "
          "10,915.\n\nVictoria was the fastest-growing state: buyers there took 26,118 new vehicles, 4.1% more than the 25,089 "
          "of August last year.\n")


def test_a_states_total_is_no_sum_of_makers_national_sales():
    assert checked(STATES, "2026-09-03", "sum") == []
    assert checked(STATES, "2026-09-03", "growth") == [("ok", ("4.1%", "26,118 new vehicles", "25,089"))]



YEN = ("TOKYO, Oct 30, 2026 - Tsurugi Motor cut its forecast as a price war in China and tariffs hurt. Revenue rose 4.3% to "
       "¥7.84 trillion ($49.9 billion). Chinese rivals cut prices again in China, and sales in China fell.\n")


def test_a_yen_amounts_own_conversion_says_yen():
    """China named more often than Japan, but "¥7.84 trillion ($49.9 billion)" is 157 to the dollar: yen."""
    from evcheck.extract import extract_figures

    money = [f for f in extract_figures(YEN) if f.text == "¥7.84 trillion"]
    assert money[0].unit == "JPY"


def test_a_yuan_pair_keeps_yuan():
    from evcheck.extract import extract_figures

    text = YEN.replace("TOKYO", "SHANGHAI").replace("($49.9 billion)", "($1.09 billion)").replace("Tsurugi Motor", "Qilu Auto")
    money = [f for f in extract_figures(text) if f.text == "¥7.84 trillion"]
    assert money[0].unit == "CNY"



PRELIMS = ("HALLAM MOTOR GROUP PLC\nPreliminary results for the year ended 28 February 2026\n\n"
           "Hallam Motor Group plc announces its results for the year to 28 February 2026 (\"FY26\").\n\n"
           "Financial summary\n\n"
           "                               FY26       FY25    Change\n"
           "Revenue                     £3,940m    £3,655m     +7.8%\n"
           "Gross profit                  £449m      £420m     +6.9%\n\n"
           "Highlights\n\n"
           "Revenue came from new car sales of £1,712m, used cars of £1,560m, aftersales of £394m and fleet sales of £274m. "
           "Used cars therefore supplied 39.6% of revenue, while aftersales, with gross profit of £161m, generated 35.9% of the "
           "Group's gross profit.\n\n"
           "Gross margin was 11.4% (FY25: 11.5%), 0.1 percentage points lower.\n")


def test_a_part_of_the_groups_profit_is_no_numerator_of_its_margin():
    """The FY25 margin is the table's FY25 profit over its revenue ("FY26" labels the year to February 2026), and the
    aftersales' £161m is no numerator of any margin."""
    shares = checked(PRELIMS, "2026-06-04", "share")
    assert ("ok", ("11.5%", "£420m", "£3,655m")) in shares
    assert not [s for s in shares if "£161m" in s[1]]


def test_an_earlier_margin_said_wrong_is_flagged():
    text = PRELIMS.replace("FY25: 11.5%", "FY25: 12.5%")
    assert ("mismatch", ("12.5%", "£420m", "£3,655m")) in checked(text, "2026-06-04", "share")


MAKERS = ("New Delhi, 1 October 2026\n\nPassenger vehicle dispatches rose to 412,806 in September.\n\n"
          "Dispatches of electric passenger vehicles reached 19,874, or 4.8% of the total.\n\n"
          "The electric market remains concentrated. Indus Mobility dispatched 7,941 of them, a 40.0% share of the segment. "
          "Saraswati's electric models accounted for 5,386 and all other makers for 6,547.\n")


def test_one_makers_level_is_no_total_of_the_others():
    assert checked(MAKERS, "2026-10-01") == [("share", "ok", ("4.8%", "19,874", "412,806"))]


def test_the_same_group_in_the_next_sentence_carries_the_segment():
    """"Hybrids sold 98,120 passenger cars. That is 48.5% of …. In May 2025 the same group came to 90,400": what "That"
    restated, the hybrids."""
    text = ("Tokyo, 2 June 2026\n\nHybrids sold 98,120 passenger cars in May. That is 48.5% of the passenger-car market. "
            "In May 2025 the same group came to 90,400 vehicles, or 46.0%.\n")
    found = measured(text, "2026-06-02")
    assert found["90,400 vehicles"].segment == found["98,120 passenger cars"].segment


def test_a_different_group_keeps_its_own_words():
    text = ("Tokyo, 2 June 2026\n\nHybrids sold 98,120 passenger cars in May. That is 48.5% of the passenger-car market. "
            "In May 2025 diesel cars came to 20,400 vehicles.\n")
    assert measured(text, "2026-06-02")["20,400 vehicles"].segment == frozenset({"diesel"})


BRANDS = ("Flensburg, 4 June 2026\n\nThe figures for the largest brands:\n\n"
          "BRAND              MAY 2026    MAY 2025\n"
          "Auerwerk             52,318      48,990\n"
          "Brenner              27,406      26,551\n"
          "Hanseat              21,874      23,915\n"
          "Other brands        139,746     136,336\n"
          "TOTAL               241,344     235,792\n\n"
          "Brenner's registrations slipped 3.2% as the brand waits for its new B40 compact to reach showrooms in July.\n")


def test_a_launch_ahead_dates_no_figure():
    """"to reach showrooms in July" is when a model arrives, never the month of Brenner's May registrations."""
    assert measured(BRANDS, "2026-06-04")["3.2%"].period == "2026-05"


def test_a_fall_said_of_a_rising_row_is_flagged():
    found = checked(BRANDS, "2026-06-04", "growth")
    assert ("mismatch", ("3.2%", "27,406", "26,551")) in found


def test_a_rise_said_of_a_rising_row_passes():
    text = BRANDS.replace("slipped 3.2%", "rose 3.2%")
    assert ("ok", ("3.2%", "27,406", "26,551")) in checked(text, "2026-06-04", "growth")
