"""Wholes a share names without naming them: "of the segment" after a list that has the segment's own line, a key-figure
line that names only a metric, a level "between them" restated by the share, and a part said "out of" its whole."""

from __future__ import annotations

from test_measures import checks, of_rule

SEGMENT_LINE = ("SIAM TRADE NOTE | Bangkok, 24 April 2026\n\nNew-vehicle registrations reached 58,216 in March.\n\n"
                "By powertrain:\n- Petrol and diesel: 35,702\n- Hybrid (HEV): 9,318\n- Plug-in hybrid: 1,320\n"
                "- Battery-electric (BEV): 11,876\n\nKorvana alone registered 4,962 BEVs, or {share}% of the segment, "
                "ahead of a pack of newer arrivals.\n")


def test_of_the_segment_is_the_segments_own_list_line():
    assert ("share", "ok", "info", ("41.8%", "4,962 BEVs", "11,876")) in of_rule(checks(SEGMENT_LINE.format(share="41.8"), "2026-04-24"), "share")


def test_of_the_segment_flags_a_share_of_another_whole():
    found = of_rule(checks(SEGMENT_LINE.format(share="8.5"), "2026-04-24"), "share")  # 4,962 of all 58,216, not of the BEVs
    assert [c for c in found if c[3] == ("8.5%", "4,962 BEVs", "11,876") and c[1] == "mismatch"]


def test_of_the_segment_holds_at_the_rounding_edge():
    # 4,962 / 11,876 = 41.7818%: 41.8% is right; so is the interval of a one-decimal 41.78 read as 41.8 ± 0.05
    found = of_rule(checks(SEGMENT_LINE.format(share="41.78"), "2026-04-24"), "share")
    assert ("share", "ok", "info", ("41.78%", "4,962 BEVs", "11,876")) in found


def test_of_the_segment_with_no_line_of_it_stays_unchecked():
    text = SEGMENT_LINE.format(share="41.8").replace("- Battery-electric (BEV): 11,876\n", "- Other: 11,876\n")
    assert not [c for c in of_rule(checks(text, "2026-04-24"), "share") if c[3][0] == "41.8%"]


def test_a_part_the_words_give_a_share_of_is_no_table_cell_restated():
    # the SUV's 6,588 has no segment the lexicon reads, but "60.3% of deliveries" makes it a part: never the 10,927 misquoted
    text = ("Larkspur Motors second-quarter letter, August 5, 2026\n\nThe quarter at a glance:\n\n"
            "| Metric | Q2 2026 | Q2 2025 |\n|---|---|---|\n| Vehicles produced | 11,402 | 9,874 |\n"
            "| Vehicles delivered | 10,927 | 9,105 |\n| Revenue ($ million) | 612 | 498 |\n\n"
            "The Sierra SUV was again our volume leader: we delivered 6,588 units in the quarter, 60.3% of deliveries.\n")
    assert not of_rule(checks(text, "2026-08-05"), "restated")


PEER_ROWS = ("JADA fiscal-year release, 1 April 2026\n\nNew vehicle sales in fiscal 2025 totalled 4,612,300 units.\n\n"
             "Sales by category (units)\n\n                       FY2025       FY2024\nRegistered vehicles  2,948,700    2,908,500\n"
             "Kei vehicles         1,663,600    1,608,900\nTotal                4,612,300    4,517,400\n\n"
             "Hybrid vehicles accounted for 1.69 million units, 57.3% of registered vehicles.\n")


def test_a_row_among_peers_of_its_metric_is_no_key_figure():
    # "Registered vehicles" is one of two categories that add up to the Total: the share names that row, not the total
    found = of_rule(checks(PEER_ROWS, "2026-04-01"), "share")
    assert ("share", "ok", "info", ("57.3%", "1.69 million units", "2,948,700")) in found
    assert not [c for c in found if c[3][0] == "57.3%" and c[3][2] != "2,948,700"]


BETWEEN = ("DENVER, July 28, 2026 -- Colorado dealers registered 58,412 new vehicles in the second quarter, up 3.1%.\n\n"
           "The five leading brands registered 31,521 vehicles between them, or {share}% of the market, and the rest "
           "were spread over 31 brands.\n")


def test_a_level_between_them_is_what_the_share_restates():
    assert ("share", "ok", "info", ("54.0%", "31,521 vehicles", "58,412 new vehicles")) in of_rule(checks(BETWEEN.format(share="54.0"), "2026-07-28"), "share")


def test_a_level_between_them_flags_a_wrong_share():
    found = of_rule(checks(BETWEEN.format(share="45.0"), "2026-07-28"), "share")
    assert [c for c in found if c[3] == ("45.0%", "31,521 vehicles", "58,412 new vehicles") and c[1] == "mismatch"]


def test_that_is_after_between_them_restates_the_level_too():
    text = ("BANGKOK RADIO, 24 April 2026\n\nThailand's dealers sold 52,806 new vehicles in March. The three Japanese "
            "leaders sold 28,400 between them, that's 53.8 percent of the market.\n")
    assert ("share", "ok", "info", ("53.8 percent", "28,400", "52,806 new vehicles")) in of_rule(checks(text, "2026-04-24"), "share")


OUT_OF = ("BANGKOK, Aug 10 (Wire) - Thailand registered 61,200 new cars in July. In July last year, 6,410 BEVs were "
          "registered out of 52,980 new cars, a share of {share}%. Nationwide, 1.186 million NEVs were insured for the first "
          "time in July, out of 2.145 million new passenger cars, a retail penetration rate of 55.3%.\n")


def test_a_part_out_of_its_whole_then_a_share():
    found = of_rule(checks(OUT_OF.format(share="12.1"), "2026-08-10"), "share")
    assert ("share", "ok", "info", ("12.1%", "6,410 BEVs", "52,980 new cars")) in found
    assert ("share", "ok", "info", ("55.3%", "1.186 million NEVs", "2.145 million new passenger cars")) in found


def test_a_part_out_of_its_whole_flags_a_wrong_share():
    found = of_rule(checks(OUT_OF.format(share="10.5"), "2026-08-10"), "share")  # 6,410 of the 61,200 of this July
    assert [c for c in found if c[3] == ("10.5%", "6,410 BEVs", "52,980 new cars") and c[1] == "mismatch"]


def test_a_part_out_of_its_whole_at_the_rounding_edge():
    # 6,410 / 52,980 = 12.099%: "12.1%" is right, and "12%" (11.5-12.5) too
    assert ("share", "ok", "info", ("12%", "6,410 BEVs", "52,980 new cars")) in of_rule(checks(OUT_OF.format(share="12"), "2026-08-10"), "share")


def test_out_of_a_target_is_no_whole():
    text = ("BANGKOK, Aug 10 (Wire) - The scheme's makers built 6,410 BEVs in July, out of a planned 9,000 for the "
            "month, or 71.2%.\n")
    assert not [c for c in of_rule(checks(text, "2026-08-10"), "share") if c[3][1:] == ("6,410 BEVs", "9,000")]


def test_an_unread_whole_after_of_stays_unchecked():
    text = ("KUALA LUMPUR, July 5 (Wire) - Members sold 67,215 vehicles in June. Hybrids took 12.1% of the fleet "
            "renewal quota, or 8,133 units.\n")
    assert not [c for c in of_rule(checks(text, "2026-07-05"), "share") if c[3][0] == "12.1%" and "67,215 vehicles" in c[3]]



def test_members_sales_are_no_whole_market_beside_a_larger_one():
    text = ("HANOI, 8 July 2026 - Members of the manufacturers' association sold 31,468 vehicles in June. Add Sao Viet's "
            "deliveries and the whole market comes to 41,308.\n\nThe five leaders together sold 19,826 cars, 63.0% of members' "
            "sales.\n")
    assert not [c for c in of_rule(checks(text, "2026-07-08"), "share") if "41,308" in c[3]]
