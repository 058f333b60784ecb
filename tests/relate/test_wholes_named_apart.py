"""Figures the words set apart from the relation a number pattern suggests: a change restated in percent ("an improvement
of ₹135 crore or 38.9%"), a number promised rather than reported, a share dated by "In that month", "such cars" after
their subject, India's April-to-March financial years, "it was" pointing back, and a count "wholesaled"."""

from __future__ import annotations

from test_measures import checks, measures, of_rule


def test_a_change_restated_in_percent_is_no_share():
    text = ("MUMBAI, 2 November 2026 - Net loss narrowed to ₹212 crore from ₹347 crore, an improvement of ₹135 crore or "
            "38.9%. Operating profit fell to ₹80 crore from ₹95 crore, a decline of ₹15 crore or 15.8%.\n")
    found = checks(text, "2026-11-02")
    assert not of_rule(found, "share")  # never ₹135 crore as 63.7% of ₹212 crore
    assert ("difference", "ok", "info", ("₹135 crore", "₹212 crore", "₹347 crore")) in of_rule(found, "difference")
    assert ("difference", "ok", "info", ("₹15 crore", "₹80 crore", "₹95 crore", "15.8%")) in of_rule(found, "difference")


def test_an_amount_restated_as_a_share_is_still_a_share():
    text = "MUMBAI, 2 November 2026 - Exports reached ₹135 crore, or 38.9% of revenue of ₹347 crore.\n"
    assert [c for c in of_rule(checks(text, "2026-11-02"), "share") if c[3][0] == "38.9%" and c[1] == "ok"]


PROMISED = ("BANGKOK, 12 March 2026 - The factory built 38,450 vehicles in its first twelve months, short of the 45,000 the "
            "company had promised the Board of Investment. Exports took 14,610 of them, or {share}% of output.\n")


def test_them_is_never_the_number_promised():
    assert ("share", "ok", "info", ("38.0%", "14,610", "38,450 vehicles")) in of_rule(checks(PROMISED.format(share="38.0"), "2026-03-12"), "share")
    assert measures(PROMISED.format(share="38.0"), "2026-03-12")["45,000"].role == "forecast"


def test_them_still_flags_a_wrong_share():
    found = of_rule(checks(PROMISED.format(share="32.5"), "2026-03-12"), "share")  # 14,610 of the 45,000 promised
    assert ("share", "mismatch", "error", ("32.5%", "14,610", "38,450 vehicles")) in found


def test_in_that_month_dates_a_share_by_the_month_just_named():
    text = ("BANGKOK, 10 April 2026 - Thailand registered 48,540 new passenger cars in March. Battery-electric cars reached "
            "10,245 registrations in March, 21.1% of the total and 44.6% up on the 7,084 of March 2025. In that month the "
            "electric share was 14.8%.\n")
    found = checks(text, "2026-04-10")
    assert not [c for c in of_rule(found, "share") if c[3][0] == "14.8%"]  # never 10,245 of 48,540 (21.1%): a year before
    assert ("share", "ok", "info", ("21.1%", "10,245 registrations", "48,540 new passenger cars")) in of_rule(found, "share")
    assert measures(text, "2026-04-10")["14.8%"].period == "2025-03"


def test_such_cars_are_the_subjects():
    text = ("BANGKOK, July 5 (Wire) - Sales reached 47,215 vehicles in June, against 45,930 in June 2025, a gain of 2.8%. "
            "Battery-electric cars made up 11,615 of the total. The electric share rose 4.2 points to 24.6% from 20.4% a year "
            "earlier; in volume terms, sales of such cars grew 24.0%.\n")
    found = checks(text, "2026-07-05")
    assert not [c for c in found if "24.0%" in c[3] and "47,215 vehicles" in c[3]]  # never the whole market's +2.8%
    assert measures(text, "2026-07-05")["24.0%"].segment == frozenset({"bev"})


def test_indias_financial_years_run_april_to_march():
    text = ("NEW DELHI, 1 October 2026 - In the 2025-26 financial year India's dealers retailed 12,48,630 three-wheelers, "
            "and electric models made up 57.8% of them, 7,21,540 vehicles in all. In 2024-25 the electric share was 53.4% "
            "of 11,62,414.\n")
    found = checks(text, "2026-10-01")
    assert ("share", "ok", "info", ("57.8%", "7,21,540 vehicles", "12,48,630 three-wheelers")) in of_rule(found, "share")
    assert not [c for c in of_rule(found, "share") if c[3][0] == "53.4%" and "7,21,540 vehicles" in c[3]]  # another year's part
    read = measures(text, "2026-10-01")
    assert read["7,21,540 vehicles"].period == "2025-04..2026-03"
    assert read["53.4%"].period == "2024-04..2025-03"


def test_a_fiscal_year_code_reads_back_and_shifts():
    from evcheck.periods import fiscal_year, period_from_code

    fy = fiscal_year(2025)
    assert (fy.start.isoformat(), fy.end.isoformat()) == ("2025-04-01", "2026-03-31")
    assert period_from_code(fy.code) == fy
    assert fy.shifted_years(-1) == fiscal_year(2024)


def test_a_season_in_a_text_without_indian_figures_stays_a_year():
    text = "MELBOURNE, 1 October 2026 - In the 2025-26 season the club sold 12,480 memberships, up 4.2% from 11,977.\n"
    assert measures(text, "2026-10-01")["12,480"].period != "2025-04..2026-03"


def test_it_was_points_back_never_to_the_next_sentence():
    text = ("MUMBAI, 2 November 2026 - EBITDA came in at ₹85 crore, a margin of 6.1%. In Q2 of last year it was ₹25 crore "
            "and the margin 2.4%. Services and software revenue grew 64% to ₹71 crore.\n")
    found = checks(text, "2026-11-02")
    assert not [c for c in of_rule(found, "growth") if "₹25 crore" in c[3]]  # never EBITDA's ₹25 crore as revenue's year before


def test_it_was_still_joins_its_own_subject_after_it():
    text = ("MUMBAI, 2 November 2026 - Services revenue grew 64% to ₹71 crore in the quarter. A year earlier it was ₹43.3 "
            "crore.\n")
    assert [c for c in of_rule(checks(text, "2026-11-02"), "growth") if c[1] == "ok" and "₹43.3 crore" in c[3]]


def test_wholesaled_is_wholesale_never_the_retail_total():
    text = ("BEIJING, 10 February 2026 - Retail sales of passenger vehicles came to 1,684,312 units in January. "
            "Manufacturers wholesaled 2,043,118 passenger vehicles in January.\n\nChinese brands retailed 1,063,881 units, "
            "a share of 63.2%. Joint-venture brands sold 418,207 units, or 24.8%.\n")
    found = of_rule(checks(text, "2026-02-10"), "share")
    assert ("share", "ok", "info", ("63.2%", "1,063,881 units", "1,684,312 units")) in found
    assert not [c for c in found if c[3][0] == "24.8%" and c[1] != "ok"]  # never of the 2,043,118 wholesaled
    assert measures(text, "2026-02-10")["2,043,118 passenger vehicles"].metric == "wholesale"


NORDIC = ("NORDAXEL AB - INTERIM REPORT JANUARY-MARCH 2026\n\nGothenburg, 23 April 2026\n\n"
          "- Net sales increased by 6% to SEK 41,820 million (39,450)\n- Deliveries of 29,870 trucks (31,020)\n\n"
          "Deliveries by region: Europe 17,240, North America 7,315, South America 3,410 and Asia and other markets {asia}.\n")


def test_a_count_bracket_in_a_release_that_brackets_its_comparatives_is_the_year_before():
    found = checks(NORDIC.format(asia="1,905"), "2026-04-23")
    assert ("sum", "ok", "info", ("17,240", "7,315", "3,410", "1,905", "29,870 trucks")) in of_rule(found, "sum")
    assert not [c for c in found if "31,020" in c[3] and c[0] in ("share", "sum")]  # never a level of this quarter
    assert measures(NORDIC.format(asia="1,905"), "2026-04-23")["31,020"].role == "earlier"


def test_a_count_bracket_release_flags_a_wrong_rate_against_its_bracket():
    text = NORDIC.format(asia="1,905") + "Deliveries fell {rate}% to 29,870 trucks.\n"
    assert ("growth", "ok", "info", ("3.7%", "29,870 trucks", "31,020")) in of_rule(checks(text.format(rate="3.7"), "2026-04-23"), "growth")
    assert ("growth", "mismatch", "error", ("6.7%", "29,870 trucks", "31,020")) in of_rule(checks(text.format(rate="6.7"), "2026-04-23"), "growth")

def test_a_count_bracket_without_the_convention_is_no_comparative():
    text = "SEOUL, 2 May 2026 - Deliveries reached 29,870 trucks (31,020 including buses) in the quarter.\n"
    assert measures(text, "2026-05-02")["29,870 trucks"].role == "level"
    assert not of_rule(checks(text, "2026-05-02"), "growth")


CURRENCY = ("STOCKHOLM, 23 April 2026 - Net sales rose 9% to SEK 41,820 million, from SEK 39,450 million, adjusted for "
            "currency. Order intake increased by 12% in local currencies to SEK 38,100 million (35,200).\n")


def test_a_currency_adjusted_rate_is_never_the_reported_change():
    found = checks(CURRENCY, "2026-04-23")
    assert not of_rule(found, "growth")  # 41,820 / 39,450 is +6.0%: the 9% is on another basis
    assert measures(CURRENCY, "2026-04-23")["12%"].segment == frozenset({"qualified"})


def test_the_reported_rate_beside_it_is_still_checked():
    text = CURRENCY + "Reported net sales rose 4% to SEK 41,820 million from SEK 39,450 million.\n"
    assert ("growth", "mismatch", "error", ("4%", "SEK 41,820 million", "SEK 39,450 million")) in of_rule(checks(text, "2026-04-23"), "growth")


RANKINGS = ("E-BUS WATCH | 9 September 2026\n\nPoland was the largest market for electric buses with 612 registrations in the "
            "first half, ahead of Germany with 598 and Italy with 544.\n\nAmong manufacturers, Solvane Bus led the electric "
            "ranking with 1,046 registrations, followed by Yutong with 702 and Irizar with 488.\n")


def test_a_country_and_a_maker_are_no_members_of_one_breakdown():
    found = checks(RANKINGS, "2026-09-09")
    assert not [c for c in of_rule(found, "sum") if "612 registrations" in c[3] and "702" in c[3]]



def test_a_slip_must_meet_the_total_to_its_rounding():
    from evcheck.relate.doubtful_sums import doubtful_sum
    from evcheck.relate.model import Claim

    claim = Claim("sum", "t", {"parts": ("a", "b"), "total": "t"}, mode="at-most")
    chance = {"a": 27902.0, "b": 20460.0, "t": 29805.0}  # 27,902 + 2,046 is 29,948: near, by chance, not a slip
    assert doubtful_sum(claim, {}, {}, "", chance)
    slip = {"a": 27902.0, "b": 19030.0, "t": 29805.0}  # 27,902 + 1,903 is 29,805: "19,030" for 1,903, the slip to show
    assert not doubtful_sum(claim, {}, {}, "", slip)


SWING = ("Hamburg, 5 March 2026 - Cellforge SE published its results for 2025.\n\n| | FY 2025 | FY 2024 |\n|---|---|---|\n"
         "| EBITDA (€ million) | 214 | -187 |\n\nEBITDA swung to a profit of €214 million from a loss of €187 million, an "
         "improvement of €{change} million.\n")


def test_from_a_loss_of_is_the_earlier_value_never_this_years_restated():
    found = checks(SWING.format(change="401"), "2026-03-05")
    assert not [c for c in of_rule(found, "restated") if "€187 million" in c[3]]  # never the FY 2025 cell misquoted
    assert ("difference", "ok", "info", ("€401 million", "€214 million", "€187 million")) in of_rule(found, "difference")


def test_from_a_loss_of_flags_a_wrong_swing():
    found = of_rule(checks(SWING.format(change="301"), "2026-03-05"), "difference")
    assert [c for c in found if c[1] == "mismatch" and c[3][0] == "€301 million"]


WHEN_JOINT = ("E-BUS WATCH | 9 September 2026\n\nRegistrations of new city buses rose 6.2% in the first half to 10,480. "
              "Zero-emission buses, battery-electric and fuel-cell together, reached 5,412 units, or 51.6% of the total, "
              "against 44.3% a year earlier, when 4,378 were registered.\n\nBattery-electric buses alone numbered 5,186, "
              "up {rate}%.\n")


def test_a_when_clause_counts_its_sentences_subject_a_year_before():
    found = checks(WHEN_JOINT.format(rate="22.9"), "2026-09-09")
    assert not [c for c in of_rule(found, "growth") if "4,378" in c[3]]  # the zero-emission buses' 4,378, never the BEVs'
    assert measures(WHEN_JOINT.format(rate="22.9"), "2026-09-09")["4,378"].segment == \
        measures(WHEN_JOINT.format(rate="22.9"), "2026-09-09")["5,412 units"].segment


def test_a_when_clause_with_its_own_words_keeps_them():
    text = ("E-BUS WATCH | 9 September 2026\n\nRegistrations of new city buses rose 6.2% in the first half to 10,480, "
            "against 9,868 a year earlier, when 4,378 battery-electric buses were registered.\n")
    assert "bev" in measures(text, "2026-09-09")["4,378 battery-electric buses"].segment
