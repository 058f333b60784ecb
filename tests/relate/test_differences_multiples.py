"""Differences and multiples found by joining measures (relate/differences.py, relate/multiples.py):
for each construction a relation that passes, one that is flagged, and a near miss left unchecked."""

from __future__ import annotations

import pytest
from relate.test_measures import checks, of_rule

# ---- a swing between a profit and a loss ---------------------------------------------------------

SWING = ("Kestrel Motors swung to a net profit of 110.1 billion yen in the year to March from a loss of 95.8 billion "
         "yen a year earlier, {tail}.\n")


def test_swing_from_a_loss_to_a_profit_in_one_sentence():
    ok = of_rule(checks(SWING.format(tail="a turnaround of 205.9 billion yen")), "difference")
    assert ok == [("difference", "ok", "info", ("205.9 billion yen", "110.1 billion yen", "95.8 billion yen"))]
    bad = of_rule(checks(SWING.format(tail="a turnaround of 250.9 billion yen")), "difference")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_swing_of_another_subject_stays_unchecked():
    text = SWING.format(tail="while its rival Orvan reported a turnaround of 205.9 billion yen")
    assert of_rule(checks(text), "difference") == []


def test_swing_to_a_loss_goes_down():
    text = ("The carmaker swung to a net loss of $800 million from a profit of $2.4 billion in the second quarter of "
            "2019, a ${swing} billion swing.\n")
    assert of_rule(checks(text.format(swing="3.2")), "difference")[0][1:3] == ("ok", "info")
    assert of_rule(checks(text.format(swing="1.6")), "difference")[0][1:3] == ("mismatch", "error")


RESULTS = ("SEOUL, 28 July 2026 - Gaon Motors reported its second-quarter results.\n\n"
           "- Revenue ₩3.2 trillion, up 4.1%\n- Net profit ₩94 billion, versus a net loss of ₩127 billion in 2Q25\n\n"
           "{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "The bottom line swung by ₩{swing} billion as costs fell.",
    "The net result swung by ₩{swing} billion.",
    "The turnaround in attributable results amounted to ₩{swing} billion.",
    "Net profit improved by ₩{swing} billion on the year.",
])
def test_a_swing_said_paragraphs_after_its_profit_and_loss(sentence):
    # 94 - (-127) = 221; "222" holds at the rounding of the stated amounts (each ±0.5), "224" does not
    for swing, status in (("221", "ok"), ("222", "ok"), ("224", "mismatch"), ("122", "mismatch")):
        found = of_rule(checks(RESULTS.format(sentence=sentence.format(swing=swing)), "2026-07-28"), "difference")
        assert [(f[1], f[3]) for f in found] == [(status, (f"₩{swing} billion", "₩94 billion", "₩127 billion"))], sentence


@pytest.mark.parametrize("sentence", [
    "Revenue swung by ₩221 billion between the quarters.",  # another metric's change
    "Operating profit swung by ₩221 billion.",  # a profit the text states no level of
])
def test_a_swing_of_another_metric_is_no_change_of_the_profit(sentence):
    assert of_rule(checks(RESULTS.format(sentence=sentence), "2026-07-28"), "difference") == []


BRACKETED = ("SEOUL, 29 October 2026 - Hanbit Cell third-quarter results:\n\n"
             "- Revenue ₩4.07 trillion\n- Net profit ₩298 billion ({bracket} ₩41 billion)\n\n"
             "The net result swung by ₩{swing} billion.\n")


@pytest.mark.parametrize("bracket", ["net loss of", "loss of", "net deficit of"])
def test_a_release_comparative_named_as_a_loss_in_brackets_is_the_earlier_result(bracket):
    # 298 - (-41) = 339; "338" holds at the rounding (each ±0.5), "393" does not
    for swing, status in (("339", "ok"), ("338", "ok"), ("393", "mismatch")):
        found = of_rule(checks(BRACKETED.format(bracket=bracket, swing=swing), "2026-10-29"), "difference")
        assert [(f[1], f[3]) for f in found] == [(status, (f"₩{swing} billion", "₩298 billion", "₩41 billion"))], bracket


@pytest.mark.parametrize("bracket", ["including a one-off gain of", "after a tax charge of"])
def test_a_bracket_that_names_a_part_of_the_result_is_no_earlier_result(bracket):
    found = of_rule(checks(BRACKETED.format(bracket=bracket, swing="339"), "2026-10-29"), "difference")
    assert not [f for f in found if f[3][0] == "₩339 billion"]  # the swing has no earlier result to start from


# ---- "That is an improvement of …": the sentence before ------------------------------------------

THAT = ("Net profit attributable to owners came to 503.6 billion yen in the fiscal year, compared with a net loss of "
        "118.2 billion yen{more}. That is an improvement of {change} billion yen.\n")


def test_improvement_stated_in_the_next_sentence():
    ok = of_rule(checks(THAT.format(more="", change="621.8")), "difference")
    assert ok == [("difference", "ok", "info", ("621.8 billion yen", "503.6 billion yen", "118.2 billion yen"))]
    bad = of_rule(checks(THAT.format(more="", change="521.8")), "difference")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_improvement_after_a_sentence_of_several_pairs_stays_unchecked():
    more = ", while operating profit rose to 612.0 billion yen from 10.2 billion yen"
    assert of_rule(checks(THAT.format(more=more, change="621.8")), "difference") == []


# ---- a change that names its metric, the levels paragraphs away ----------------------------------

FAR = ("Vidyut Electric reported results for the April-June quarter.\n\n"
       "- Net loss: Rs 112 crore, against a loss of Rs {old} crore a year earlier\n"
       "- Revenue: Rs 1,284 crore\n\n"
       "Chief financial officer Harish Kamath said the net loss narrowed by Rs 175 crore thanks to lower cell costs.\n")


def test_change_of_a_named_metric_joins_its_levels_elsewhere():
    ok = of_rule(checks(FAR.format(old="287"), date="2026-08-13"), "difference")
    assert ok == [("difference", "ok", "info", ("Rs 175 crore", "Rs 112 crore", "Rs 287 crore"))]
    bad = of_rule(checks(FAR.format(old="278"), date="2026-08-13"), "difference")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_change_of_a_named_metric_with_two_earlier_levels_stays_unchecked():
    text = FAR.format(old="287") + "\nIn the April-June quarter of 2025 the net loss had been Rs 301 crore on a reported basis.\n"
    assert of_rule(checks(text, date="2026-08-13"), "difference") == []


def test_change_far_from_levels_of_another_size_stays_unchecked():
    # Rs 1,750 crore is no change of 112 against 287: two figures of different things, not a wrong word
    text = FAR.format(old="287").replace("Rs 175 crore", "Rs 1,750 crore")
    assert of_rule(checks(text, date="2026-08-13"), "difference") == []


# ---- a gap between two named levels -------------------------------------------------------------

LEADERS = ("Battery installations worldwide totalled 812.6 GWh from January to August.\n\n"
           "Ningtai Energy remained the largest supplier with 307.2 GWh. Fenghua Battery came second with 141.5 GWh.{third} "
           "The gap between the two leaders widened to {gap} GWh.\n")


def test_gap_between_the_two_leaders():
    ok = of_rule(checks(LEADERS.format(third="", gap="165.7"), date="2026-10-06"), "difference")
    assert ok == [("difference", "ok", "info", ("165.7 GWh", "307.2 GWh", "141.5 GWh"))]
    bad = of_rule(checks(LEADERS.format(third="", gap="156.7"), date="2026-10-06"), "difference")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_gap_between_the_two_leaders_of_three_named_stays_unchecked():
    text = LEADERS.format(third=" Sunwon Energy ranked third with 78.3 GWh.", gap="165.7")
    assert of_rule(checks(text, date="2026-10-06"), "difference") == []


PREMIUM = ("LONDON, 14 October 2026 - Used car prices moved again in the third quarter.\n\n"
           "The average used BEV sold for £21,640 in the quarter, down 6.8% from £23,220 in the third quarter of 2025. "
           "Over the same period the average used petrol car rose to £16,910 from £16,480.{hybrid}\n\n"
           "That narrowed the premium for a used electric car over a petrol one to £4,730, from £{earlier} a year earlier.\n")


def test_premium_of_one_level_over_another_now_and_a_year_earlier():
    found = of_rule(checks(PREMIUM.format(hybrid="", earlier="6,740"), date="2026-10-14"), "difference")
    assert sorted(f[3] for f in found) == [("£4,730", "£21,640", "£16,910"), ("£6,740", "£23,220", "£16,480")]
    assert {f[1] for f in found} == {"ok"}
    bad = of_rule(checks(PREMIUM.format(hybrid="", earlier="6,470"), date="2026-10-14"), "difference")
    assert [(b[1], b[2], b[3]) for b in bad if b[1] != "ok"] == [("mismatch", "error", ("£6,470", "£23,220", "£16,480"))]


def test_premium_of_an_electric_car_beside_a_hybrid_is_the_battery_electric_one():
    hybrid = " The average used hybrid sold for £19,480, up from £18,950."
    found = of_rule(checks(PREMIUM.format(hybrid=hybrid, earlier="6,740"), date="2026-10-14"), "difference")
    assert sorted(f[3] for f in found) == [("£4,730", "£21,640", "£16,910"), ("£6,740", "£23,220", "£16,480")]
    plug_in = " The average used plug-in hybrid sold for £19,480, up from £18,950."
    found = of_rule(checks(PREMIUM.format(hybrid=plug_in, earlier="6,470"), date="2026-10-14"), "difference")
    assert sorted(f[1] for f in found) == ["mismatch", "ok"]  # only battery-electric cars have a level "electric" can be
    # near miss: a premium over the others names no one level
    others = PREMIUM.format(hybrid=hybrid, earlier="6,740").replace("over a petrol one", "over the others")
    assert of_rule(checks(others, date="2026-10-14"), "difference") == []


# ---- an amount less an item it includes ---------------------------------------------------------

CREDIT = ("SEOUL, July 28 - Hanbit Energy said its operating profit for the April-June quarter rose to 412.6 billion won.\n\n"
          "The figure includes 356.2 billion won of production credits{second}. Excluding the credits, its operating "
          "profit would have been {net} billion won.\n")


def test_amount_excluding_an_item_it_includes():
    ok = of_rule(checks(CREDIT.format(second="", net="56.4"), date="2026-07-28"), "difference")
    assert ok == [("difference", "ok", "info", ("56.4 billion won", "412.6 billion won", "356.2 billion won"))]
    bad = of_rule(checks(CREDIT.format(second="", net="65.4"), date="2026-07-28"), "difference")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_excluding_with_two_items_included_stays_unchecked():
    text = CREDIT.format(second=" and includes 12.1 billion won of one-off gains", net="56.4")
    assert of_rule(checks(text, date="2026-07-28"), "difference") == []


# ---- a multiple whose level and earlier level sit in other sentences -----------------------------

AURELIA = ("Aurelia Auto today announced its results for the second quarter of 2026.\n\n"
           "- Deliveries consisted of 58,230 battery electric vehicles (BEVs) and {erev} extended-range electric vehicles (EREVs).\n\n"
           "\"Our EREV range {verb} its deliveries year over year, while BEV deliveries rose 20.3%,\" said the chief executive. In the second "
           "quarter of 2025, Aurelia delivered 48,415 BEVs and 19,870 EREVs.{again}\n")


def test_multiple_joins_level_and_earlier_level_of_its_segment():
    ok = of_rule(checks(AURELIA.format(erev="57,120", verb="almost tripled", again=""), date="2026-08-26"), "multiple")
    assert ok == [("multiple", "ok", "info", ("tripled", "57,120", "19,870"))]


def test_multiple_hedge_bounds_both_ways():
    # ×1.92 is close to, but not, "more than doubled"
    bad = of_rule(checks(AURELIA.format(erev="38,188", verb="more than doubled", again=""), date="2026-08-26"), "multiple")
    assert [(b[1], b[2], b[3]) for b in bad] == [("mismatch", "warning", ("doubled", "38,188", "19,870"))]  # within the band
    worse = of_rule(checks(AURELIA.format(erev="38,188", verb="more than tripled", again=""), date="2026-08-26"), "multiple")
    assert [(b[1], b[2]) for b in worse] == [("mismatch", "error")]


def test_multiple_with_two_earlier_levels_of_its_segment_stays_unchecked():
    again = " Restated for the merger, second-quarter 2025 EREV deliveries were 21,330."
    text = AURELIA.format(erev="57,120", verb="almost tripled", again=again)
    assert of_rule(checks(text, date="2026-08-26"), "multiple") == []


def test_multiple_never_takes_a_rivals_earlier_level():
    text = AURELIA.format(erev="57,120", verb="almost tripled", again="").replace("Aurelia delivered", "Kestrel Motors delivered")
    assert of_rule(checks(text, date="2026-08-26"), "multiple") == []


BRANDS = ("HANGZHOU, March 3 - Tianhe Automobile Group said its vehicle sales rose 18.6% in February from a year earlier "
          "to 162,384 units.\n\n"
          "February sales by brand:\n\n- Tianhe: 101,530 units\n- Lumo: 24,176 units\n\n"
          "The premium brand, which sells only battery-electric cars, more than doubled its volume; it had delivered "
          "11,290 cars in February last year.\n")


def test_multiple_of_no_segment_never_takes_a_level_its_words_do_not_pin():
    # the multiple names no brand the measures can read: the group's 162,384 is not its level
    assert of_rule(checks(BRANDS, date="2025-03-03"), "multiple") == []


EXPORTS = ("BEIJING, Oct 13 - China's vehicle exports rose in September, the CAAM said.\n\n"
           "Carmakers shipped 651,000 vehicles abroad in September. {subject} were 264,000 units, accounting for 40.6 "
           "percent of total exports, and {verb} from 118,000 units in September last year.\n")


def test_multiple_in_its_own_sentence_with_a_share_between():
    ok = of_rule(checks(EXPORTS.format(subject="NEV exports", verb="more than doubled"), date="2026-10-13"), "multiple")
    assert ok == [("multiple", "ok", "info", ("doubled", "264,000 units", "118,000 units"))]
    bad = of_rule(checks(EXPORTS.format(subject="NEV exports", verb="more than tripled"), date="2026-10-13"), "multiple")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_multiple_of_a_narrower_segment_than_its_sentence_level_stays_unchecked():
    # all exports were 264,000 units; the NEVs among them are what more than doubled
    text = EXPORTS.format(subject="Exports of passenger cars", verb="NEV exports more than doubled")
    assert of_rule(checks(text, date="2026-10-13"), "multiple") == []

def test_a_loss_named_after_its_amount_swings_to_the_profit_after_it():
    text = ("Autocentrum Morava swung from a CZK 84 million loss in 2024 to a CZK 112 million profit in 2025, an improvement of "
            "CZK {swing} million, its annual report showed.")
    ok = checks(text.format(swing="196"), "2026-05-05")
    assert [c[1] for c in ok if c[0] in ("sum", "difference")] == ["ok"]
    bad = checks(text.format(swing="169"), "2026-05-05")
    assert [c[1] for c in bad if c[0] in ("sum", "difference")] == ["mismatch"]
    # near miss: a profit named after its amount is no loss, whatever loss the sentence named before
    both = checks("The unit's profit rose to CZK 112 million from a CZK 84 million profit, an improvement of CZK 28 million.",
                  "2026-05-05")
    assert not [c for c in both if c[2] == "error"]


WHOLE = ("SHENZHEN, Oct 2 - Lanxi Auto delivered 41,200 vehicles in the third quarter, up from 19,850 a year earlier.{gap} "
         "Deliveries {verb} as the Lanxi S7 reached its dealers.\n")


def test_multiple_of_no_segment_takes_the_level_and_earlier_value_of_its_paragraph():
    ok = of_rule(checks(WHOLE.format(gap="", verb="more than doubled"), date="2026-10-02"), "multiple")
    assert ok == [("multiple", "ok", "info", ("doubled", "41,200 vehicles", "19,850"))]
    bad = of_rule(checks(WHOLE.format(gap="", verb="more than tripled"), date="2026-10-02"), "multiple")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_multiple_of_no_segment_paragraphs_after_a_level_and_its_earlier_value_stays_unchecked():
    # like "Cybertruck deliveries almost halved" three paragraphs below the region's totals: its words pin down neither
    gap = "\n\nThe company sells in 14 markets.\n\nThe Lanxi S7 went on sale in August."
    assert of_rule(checks(WHOLE.format(gap=gap, verb="more than doubled"), date="2026-10-02"), "multiple") == []


LEDE = ("SEOUL, July 28, 2026 -- Hanbit Energy Solutions returned to an operating profit in the April-June quarter as "
        "revenue {verb}.{gap}Revenue came to 6.84 trillion won, against {old} trillion won a year earlier.\n")


def test_multiple_of_no_segment_takes_the_level_of_its_own_paragraph():
    ok = of_rule(checks(LEDE.format(verb="more than doubled", gap=" ", old="3.07"), date="2026-07-28"), "multiple")
    assert [(c[1], c[3]) for c in ok] == [("ok", ("doubled", "6.84 trillion won", "3.07 trillion won"))]
    bad = of_rule(checks(LEDE.format(verb="more than tripled", gap=" ", old="3.07"), date="2026-07-28"), "multiple")
    assert [(b[1], b[2]) for b in bad] == [("mismatch", "error")]


def test_multiple_in_the_lede_of_a_qualified_revenue_never_takes_the_next_paragraphs_total():
    # "as energy-storage revenue more than doubled": the revenue the lexicon reads in the next paragraph is all of it
    text = LEDE.format(verb="more than doubled", gap="\n\n", old="6.07").replace("as revenue", "as energy-storage revenue")
    assert of_rule(checks(text, date="2026-07-28"), "multiple") == []


def test_an_earlier_level_in_the_clause_before_is_no_base_of_the_next_clauses_change():
    text = ("CHICAGO, November 5, 2026 - Lodestar operated 47,386 ports at September 30.\n\n"
            "The network grew 27.3% in a year from 37,223 ports, and the company added 2,406 ports during the quarter, "
            "compared with 44,980 at June 30.\n")
    assert [c for c in of_rule(checks(text, "2026-11-05"), "difference") if "37,223" in c[3]] == []



def test_free_cash_flow_is_a_measure_of_its_own():
    text = ("Paris, 30 July 2026 - Industrial free cash flow reached €3.9 billion in the first half, €{gap} billion less than "
            "the €5.6 billion a year earlier.\n")
    assert [c[1] for c in of_rule(checks(text.format(gap="1.7"), "2026-07-30"), "difference")] == ["ok"]
    assert [c[1] for c in of_rule(checks(text.format(gap="2.7"), "2026-07-30"), "difference")] == ["mismatch"]


# ---- a lead over a rival whose level its relative clause gives, or after the sentence that gave the leader's ----------

WHOSE = ("Hamamatsu, 2 April 2026\n\nSuzuki sold 512,300 vehicles in fiscal 2025 and finished {gap} units ahead of Daihatsu, "
         "whose 486,900 sales were its lowest in a decade.\n")


def test_a_lead_over_a_rival_whose_level_follows_in_its_relative_clause():
    assert [c[1:] for c in of_rule(checks(WHOSE.format(gap="25,400"), "2026-04-02"), "difference")] == [
        ("ok", "info", ("25,400 units", "512,300 vehicles", "486,900"))]
    assert [c[1] for c in of_rule(checks(WHOSE.format(gap="24,500"), "2026-04-02"), "difference")] == ["mismatch"]
    rate = ("Paris, 2 March 2026\n\nRenault Group registered 35,214 cars in February, 3,257 units ahead of Stellantis, whose "
            "registrations dropped 11.4 percent to 31,957 from 36,068.\n")
    assert [c[3] for c in of_rule(checks(rate, "2026-03-02"), "difference")] == [("3,257 units", "35,214 cars", "31,957")]


IT_AHEAD = ("Karachi, 5 May 2026\n\nToyota Indus sold 13,842 units across all segments in April{more}. It finished {gap} units "
            "ahead of second-placed Suzuki, which sold 6,910.\n")


def test_it_finished_ahead_takes_the_one_level_the_sentence_before_gave():
    assert [c[1:] for c in of_rule(checks(IT_AHEAD.format(more="", gap="6,932"), "2026-05-05"), "difference")] == [
        ("ok", "info", ("6,932 units", "13,842 units", "6,910"))]
    assert [c[1] for c in of_rule(checks(IT_AHEAD.format(more="", gap="6,392"), "2026-05-05"), "difference")] == ["mismatch"]
    # near miss: two levels before, and "It" could be either
    two = IT_AHEAD.format(more=", of which 2,140 went to fleets", gap="6,932")
    assert of_rule(checks(two, "2026-05-05"), "difference") == []


# ---- a time that improves as it shortens; a change against the value a bracket gives --------------------------------

DAYS = ("Used car index, published 5 March 2026.\n\nCars also sold faster: the typical vehicle took {new} days to find a "
        "buyer, against 39 days in February 2025, {word} of {change} days.\n")


def test_a_time_that_improves_shortens():
    # 39 days to 34 days is -5 days: "an improvement of 5 days"; "a deterioration of 5 days" says it lengthened
    ok = of_rule(checks(DAYS.format(new="34", word="an improvement", change="5"), "2026-03-05"), "difference")
    assert [(c[1], c[3]) for c in ok] == [("ok", ("5 days", "34 days", "39 days"))]
    for new, word, change in (("34", "an improvement", "6"), ("34", "a deterioration", "5"), ("44", "an improvement", "5")):
        bad = of_rule(checks(DAYS.format(new=new, word=word, change=change), "2026-03-05"), "difference")
        assert [c[1] for c in bad] == ["mismatch"], (new, word, change, bad)
    ok = of_rule(checks(DAYS.format(new="44", word="a deterioration", change="5"), "2026-03-05"), "difference")
    assert [c[1] for c in ok] == ["ok"]


def test_an_amount_that_improves_still_grows():
    text = ("Dealer margins, published 5 March 2026.\n\nThe average gross profit per car was £1,840, against £1,610 in "
            "February 2025, an improvement of £230.\n")
    assert [c[1] for c in of_rule(checks(text, "2026-03-05"), "difference")] == ["ok"]


CONNECTORS = ("Kestrel charging update, published 14 October 2026.\n\n- Connectors in service at 30 September: 6,412, up "
              "25.3% on 5,118 a year earlier and {change} more than at 30 June ({june}).\n")


def test_a_change_more_than_at_a_date_takes_the_value_in_the_bracket_after_it():
    # 6,047 to 6,412 is 365; never 6,412 - 5,118 (the year before the rate is measured from)
    ok = of_rule(checks(CONNECTORS.format(change="365", june="6,047"), "2026-10-14"), "difference")
    assert [(c[1], c[3]) for c in ok] == [("ok", ("365", "6,412", "6,047"))]
    bad = of_rule(checks(CONNECTORS.format(change="356", june="6,047"), "2026-10-14"), "difference")
    assert [(c[1], c[3]) for c in bad] == [("mismatch", ("356", "6,412", "6,047"))]


def test_a_change_more_than_at_a_date_with_no_value_for_it_is_left_unchecked():
    text = CONNECTORS.format(change="365", june="the last count").replace("(the last count)", "")
    assert of_rule(checks(text, "2026-10-14"), "difference") == []


MAY = ("Daeseong June sales, published 1 July 2026.\n\nSales in Korea rose for the third month. The 61,284 vehicles sold at "
       "home in June were {gap} more than in May, when domestic sales stood at 57,830, an increase of 6.0% month on month.\n")



def test_a_change_more_than_in_a_month_whose_value_follows_a_when_clause_is_no_change_of_that_value_alone():
    # the value after "when …" is May's level; its change is never 57,830 against itself (a false alarm of a first form)
    assert not [c for c in of_rule(checks(MAY.format(gap="3,454"), "2026-07-01"), "difference") if c[1] == "mismatch"]


ADDED = ("LONDON, 7 April 2026 - Plug-in hybrids grew faster still, up 31.6% to 29,148 from 22,149, a 9.1% share, while "
         "self-charging hybrids added 41,807, or 13.1%.\n")


def test_an_amount_another_segment_added_is_no_change_of_the_level_before_it():
    # the hybrids' 41,807 is their own level, 13.1% of the market: no change of the plug-in hybrids' 29,148
    assert not [c for c in of_rule(checks(ADDED, "2026-04-07"), "difference")]


# ---- a change said with the level's verb ("…, and were 3,068 units higher than in August, when …") -------------------

HANBIT = ("CHENNAI, 1 October 2026 - Hanbit Motor India reported total sales of 67,482 units for September, up 11.9% "
           "from 60,310 units in August.\n\n"
           "Its exports climbed 21.7% to 13,172 units, with shipments to the Middle East leading the gains, and were "
           "{gap} units higher than in August, when the company exported 10,104 vehicles.\n")


def test_a_change_said_with_its_subjects_verb_is_of_that_subject():
    ok = of_rule(checks(HANBIT.format(gap="3,068"), "2026-10-01"), "difference")
    assert ok == [("difference", "ok", "info", ("3,068 units", "13,172 units", "10,104 vehicles"))]
    bad = of_rule(checks(HANBIT.format(gap="3,860"), "2026-10-01"), "difference")
    assert [(b[1], b[3]) for b in bad] == [("mismatch", ("3,860 units", "13,172 units", "10,104 vehicles"))]


def test_a_change_rounded_to_the_hundred_is_not_flagged():
    # 13,172 - 10,104 = 3,068: "3.1 thousand" (3,050 to 3,150) holds it; "3,070", stated to the unit, does not
    found = of_rule(checks(HANBIT.format(gap="3.1 thousand"), "2026-10-01"), "difference")
    assert [f[1] for f in found] == ["ok"]
    assert [f[1] for f in of_rule(checks(HANBIT.format(gap="3,070"), "2026-10-01"), "difference")] == ["mismatch"]


def test_a_change_of_no_named_subject_stays_unchecked():
    text = HANBIT.format(gap="3,068").replace("leading the gains, and were", "leading the gains. Figures were")
    assert of_rule(checks(text, "2026-10-01"), "difference") == []


def test_an_imperative_add_is_a_sum_to_make_never_a_change():
    text = ("Shanghai, 2 April 2026\n\nVeyra delivered 36,408 cars in March. Add the 31,092 from January and February's "
            "25,116, and the company's first quarter came to 92,616.\n")
    assert not [c for c in checks(text, "2026-04-02") if c[0] == "difference"]
    # a change the verb states is still one: 2,406 more took the network from 37,223 to 39,629
    added = "Shanghai, 2 April 2026\n\nThe network added {n} chargers in March to 39,629, from 37,223 at the end of February.\n"
    assert [c[1] for c in checks(added.format(n="2,406"), "2026-04-02") if c[0] == "difference"] == ["ok"]
    assert [c[1] for c in checks(added.format(n="2,604"), "2026-04-02") if c[0] == "difference"] == ["mismatch"]


ADD_THESE = ("Sydney, 8 October 2026\n\nIn numbers, 78,490 BEVs found buyers in the first nine months. Add 24,805 plug-in "
             "hybrids and 142,310 conventional hybrids and the electrified total comes to {total}, or 26.9% of everything sold.\n")


def test_amounts_the_reader_is_told_to_add_sum_with_the_level_before():
    # 78,490 + 24,805 + 142,310 = 245,605
    assert ("sum", "ok", "info", ("78,490 BEVs", "24,805 plug-in hybrids", "142,310", "245,605")) \
        in checks(ADD_THESE.format(total="245,605"), "2026-10-08")
    assert [c[1] for c in checks(ADD_THESE.format(total="254,605"), "2026-10-08") if c[0] == "sum"] == ["mismatch"]
    # no level the sentence before: nothing to add to
    alone = ADD_THESE.format(total="245,605").replace("In numbers, 78,490 BEVs found buyers", "BEVs found buyers")
    assert not [c for c in checks(alone, "2026-10-08") if c[0] == "sum"]
