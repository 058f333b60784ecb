"""A list of names with last year's values in brackets, and the prose after it that names one of them ("Cork's 4.7% rise",
"Tipperary, which grew by 5.9%"): the rate of that line, of the one metric the list counts; and a list of names after a
label and a colon ("Battery-electric cars: Cork 2,104, Limerick 702"), each item of the label's segment."""

from __future__ import annotations

from test_measures import checks, measures

COUNTIES = ("CORK, 8 July 2026\n\nNew-car sales in the province grew in the first half. County by county, with last year's "
            "figure in brackets:\n\nCork: 9,846 (9,402)\nLimerick: 3,611 (3,480)\nTipperary: 2,574 (2,431)\n\n"
            "Cork's {cork}% rise kept it well clear of the rest. Limerick finished 1,037 cars ahead of Tipperary, which grew by "
            "{tipperary}%.\n\nBattery-electric cars: Cork 2,104, Limerick 702 and Tipperary 398.\n")


def test_a_rate_that_names_a_list_lines_name_is_that_lines_change():
    # 9,402 to 9,846 is +4.72%; 2,431 to 2,574 is +5.88%
    found = checks(COUNTIES.format(cork="4.7", tipperary="5.9"), "2026-07-08")
    assert ("growth", "ok", "info", ("4.7%", "9,846", "9,402")) in found
    assert ("growth", "ok", "info", ("5.9%", "2,574", "2,431")) in found
    assert not [c for c in found if c[1] == "mismatch"]
    bad = checks(COUNTIES.format(cork="7.4", tipperary="5.9"), "2026-07-08")
    assert ("growth", "mismatch", "error", ("7.4%", "9,846", "9,402")) in bad
    # +4.72%: "4.72" is the same change, "4.76" is not
    assert ("growth", "ok", "info", ("4.72%", "9,846", "9,402")) in checks(COUNTIES.format(cork="4.72", tipperary="5.9"), "2026-07-08")
    assert [c[1] for c in checks(COUNTIES.format(cork="4.76", tipperary="5.9"), "2026-07-08") if c[3][0] == "4.76%"] == ["mismatch"]


def test_the_relative_clause_names_whose_rate_it_is():
    # "ahead of Tipperary, which grew by 5.9%": Tipperary's, never Limerick's (3,480 to 3,611 is +3.76%)
    found = checks(COUNTIES.format(cork="4.7", tipperary="5.9"), "2026-07-08")
    assert not [c for c in found if "3,611" in c[3] and "5.9%" in c[3]]


def test_names_listed_after_a_label_and_a_colon_are_of_the_labels_segment():
    read = measures(COUNTIES.format(cork="4.7", tipperary="5.9"), "2026-07-08")
    assert "bev" in read["2,104"].segment and "name:cork" in read["2,104"].segment
    assert "bev" in read["398"].segment
    assert "bev" not in read["9,846"].segment


def test_a_rate_of_a_name_no_line_of_the_list_holds_stays_unchecked():
    text = COUNTIES.format(cork="4.7", tipperary="5.9").replace("Cork's 4.7% rise", "Galway's 4.7% rise")
    assert not [c for c in checks(text, "2026-07-08") if "4.7%" in c[3]]


BRANDS = ("NEW YORK, April 15, 2026\n\nAmericans bought 318,640 battery-electric vehicles in the first quarter of 2026. By "
          "brand, with last year's figure in brackets:\n\n- Tamberlane: 27,315 (23,070)\n- Brisa: 19,942\n\nTamberlane's sales "
          "were up {rate}%, while Brisa, which only began deliveries last October, has no year-earlier figure to compare.\n")


def test_a_time_named_after_a_contrast_is_the_next_clauses():
    # 23,070 to 27,315 is +18.40%: the quarter's change, never October's
    assert measures(BRANDS.format(rate="18.4"), "2026-04-15")["18.4%"].period == "2026-Q1"
    assert ("growth", "ok", "info", ("18.4%", "27,315", "23,070")) in checks(BRANDS.format(rate="18.4"), "2026-04-15")
    assert [c[1] for c in checks(BRANDS.format(rate="14.8"), "2026-04-15") if c[3][0] == "14.8%"] == ["mismatch"]

