"""Relations whose whole stands apart from its parts: a share whose words name its whole by a segment
("73.1% of the passenger car total"), a fiscal year's bracketed comparatives ("(FY25: A$468.3 million)")
that date the margin before, a unit's share whose subject is "The division", and "The total comprises" its parts
in the paragraph after the total; with the near misses that stay unchecked."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

TURKEY = ("Sales in April totalled 102,640 vehicles. Passenger cars made up 81,950 of this April's figure and light "
          "commercial vehicles 20,690.\n\nThe special consumption tax steers buyers to smaller cars. Models with engines "
          "of up to 1600 cc accounted for 59,910 sales, or {share}% of the passenger car total.")


def test_a_share_naming_its_whole_by_segment_is_of_that_segments_level():
    assert ("share", "ok", "info", ("73.1%", "59,910", "81,950")) in checks(TURKEY.format(share="73.1"), "2026-05-06")
    found = of_rule(checks(TURKEY.format(share="63.1"), "2026-05-06"), "share")
    assert [c[:2] for c in found if c[3] == ("63.1%", "59,910", "81,950")] == [("share", "mismatch")]


def test_a_share_naming_its_whole_by_segment_within_rounding_is_not_flagged():
    # 59,910 of 81,950 is 73.106%: 73.11% is the same share to one more digit, 73.2% is not
    assert ("share", "ok", "info", ("73.11%", "59,910", "81,950")) in checks(TURKEY.format(share="73.11"), "2026-05-06")
    assert [c for c in of_rule(checks(TURKEY.format(share="73.2"), "2026-05-06"), "share") if c[1] == "mismatch"]


def test_near_miss_two_levels_of_the_named_segment_leave_the_share_unchecked():
    text = TURKEY.replace("this April's figure", "this April's figure, against 78,400 passenger cars in March,") \
        .replace("Passenger cars made up", "Passenger cars made up")
    text = text.replace("light commercial vehicles 20,690.", "light commercial vehicles 20,690. Passenger car "
                        "registrations reached 83,010 by another count.")
    assert not [c for c in of_rule(checks(text.format(share="73.1"), "2026-05-06"), "share") if "73.1%" in c[3]]


def test_near_miss_a_share_of_a_named_segment_stated_only_after_it_stays_unchecked():
    text = ("Models with engines of up to 1600 cc accounted for 59,910 sales in April, or 73.1% of the passenger car "
            "total.\n\nPassenger cars made up 81,950 of April's 102,640 sales.")
    assert not [c for c in of_rule(checks(text, "2026-05-06"), "share") if "73.1%" in c[3]]


RESULTS = ("Full-year results for the year ended 30 June 2026 (FY26)\n\nFY26 highlights\n"
           "• Revenue A$512.6 million (FY25: A$468.3 million), up 9.5%\n"
           "• Underlying EBITDA A$188.4 million (FY25: A$143.9 million), up 30.9%\n\nFinancials\n\n"
           "Underlying EBITDA represented a margin of 36.8% of revenue, compared with {before}% in FY25, an expansion of "
           "{points} percentage points.")


def test_a_bracketed_fiscal_comparative_is_the_year_before():
    m = measures(RESULTS.format(before="30.7", points="6.1"), "2026-08-20")
    assert m["A$468.3 million"].role == "earlier" and m["A$468.3 million"].period == m["30.7%"].period
    assert m["A$512.6 million"].period != m["A$468.3 million"].period


def test_the_margin_before_joins_the_bracketed_comparatives():
    found = checks(RESULTS.format(before="30.7", points="6.1"), "2026-08-20")
    assert ("share", "ok", "info", ("30.7%", "A$143.9 million", "A$468.3 million")) in found
    wrong = of_rule(checks(RESULTS.format(before="32.7", points="4.1"), "2026-08-20"), "share")
    assert [c[:2] for c in wrong if c[3] == ("32.7%", "A$143.9 million", "A$468.3 million")] == [("share", "mismatch")]


def test_the_margin_before_within_rounding_is_not_flagged():
    # 143.9 of 468.3 is 30.728%, between 30.714% and 30.742% at the amounts' own rounding: 30.74% is fine, 30.76% is not
    found = of_rule(checks(RESULTS.format(before="30.74", points="6.06"), "2026-08-20"), "share")
    assert [c[1] for c in found if c[3] == ("30.74%", "A$143.9 million", "A$468.3 million")] == ["ok"]
    found = of_rule(checks(RESULTS.format(before="30.76", points="6.04"), "2026-08-20"), "share")
    assert [c[1] for c in found if c[3] == ("30.76%", "A$143.9 million", "A$468.3 million")] == ["mismatch"]


def test_near_miss_a_bracket_with_no_fiscal_label_gets_no_year_from_it():
    text = RESULTS.replace("(FY25: A$468.3 million)", "(guidance: A$468.3 million)").format(before="30.7", points="6.1")
    assert measures(text, "2026-08-20")["A$468.3 million"].period != measures(text, "2026-08-20")["30.7%"].period


DIVISION = ("Revenue of €4.82 billion was up 9.4% from €4,405m a year ago, Kestrel said on August 6, 2026, for the "
            "second quarter.\n\nE-drive revenue rose 31.3% to €1,938m from €1,476m in the quarter. The division made up "
            "{share}% of group revenue.")


def test_the_division_is_the_unit_of_the_sentence_before():
    assert ("share", "ok", "info", ("40.2%", "€1,938m", "€4.82 billion")) in checks(DIVISION.format(share="40.2"), "2026-08-06")
    found = of_rule(checks(DIVISION.format(share="44.2"), "2026-08-06"), "share")
    assert [c[:2] for c in found if c[3] == ("44.2%", "€1,938m", "€4.82 billion")] == [("share", "mismatch")]


def test_the_division_within_rounding_is_not_flagged():
    # 1,938 of 4,820 is 40.207%, and €4.82 billion stands for 4,815 to 4,825: 40.17% is inside
    assert ("share", "ok", "info", ("40.17%", "€1,938m", "€4.82 billion")) in checks(DIVISION.format(share="40.17"), "2026-08-06")


def test_near_miss_a_division_named_with_no_amount_before_stays_unchecked():
    text = ("Revenue of €4.82 billion was up 9.4% from €4,405m a year ago, Kestrel said on August 6, 2026.\n\n"
            "Management expects a strong second half. The division made up 40.2% of group revenue.")
    assert not [c for c in of_rule(checks(text, "2026-08-06"), "share") if "40.2%" in c[3]]


JAPAN = ("OSAKA, April 8, 2026 - Sales of new vehicles in Japan rose 2.6% to 4,598,300 in the fiscal year that ended on "
         "March 31, according to the dealers' association.\n\nThe total comprises {registered} registered vehicles, those "
         "with engines above 660cc, and 1,656,800 kei vehicles.")


def test_the_total_comprises_its_parts_across_a_paragraph_and_an_aside():
    assert ("sum", "ok", "info", ("2,941,500", "1,656,800", "4,598,300")) in checks(JAPAN.format(registered="2,941,500"), "2026-04-08")
    found = of_rule(checks(JAPAN.format(registered="2,914,500"), "2026-04-08"), "sum")
    assert [c[:2] for c in found if c[3] == ("2,914,500", "1,656,800", "4,598,300")] == [("sum", "mismatch")]


def test_the_total_comprises_rounded_parts_within_their_rounding_is_not_flagged():
    text = JAPAN.format(registered="2.94 million").replace("1,656,800 kei", "1.66 million kei")
    found = of_rule(checks(text, "2026-04-08"), "sum")
    assert [c[1] for c in found if c[3] == ("2.94 million", "1.66 million", "4,598,300")] == ["ok"]


def test_near_miss_a_total_two_paragraphs_back_is_not_what_the_total_comprises():
    """The words' "The total comprises" reach one paragraph back. (Japan's registered and kei vehicles are two classes
    that make up the market whatever the words say: relate/vocabulary.py reads them, so the classes here are other words.)"""
    text = JAPAN.format(registered="2,941,500").replace("\n\nThe total", "\n\nDealers were upbeat.\n\nThe total") \
        .replace("registered vehicles", "standard vehicles").replace("kei vehicles", "minicars")
    assert not [c for c in of_rule(checks(text, "2026-04-08"), "sum") if "4,598,300" in c[3]]
