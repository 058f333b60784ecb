import pytest

TOTAL = "Vehicle sales, exports included, rose to 2.593 million units in July. "


def test_domestic_plus_exports_equals_total(checks):
    found = checks(TOTAL + "Domestic sales rose 13% to 2.018 million units, while exports jumped 23% to 575,000 units.", "sum")
    assert [c["status"] for c in found] == ["ok"]


def test_wrong_part_is_flagged_on_the_total(checks):
    found = checks(TOTAL + "Domestic sales rose 13% to 2.218 million units, while exports jumped 23% to 575,000 units.", "sum")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]
    assert found[0]["subject_text"] == "2.593 million units"
    assert "2.793 million" in found[0]["message"]


@pytest.mark.parametrize("parts", ["2.018 million units, while exports reached 575,000 units",
                                   "2.0 million units, while exports reached 0.6 million units"])
def test_rounded_parts_are_not_flagged(checks, parts):
    found = checks("Sales totalled 2.593 million units in July. Domestic sales were " + parts + ".", "sum")
    assert [c["status"] for c in found] == ["ok"], found


def test_explicit_total_after_parts(checks):
    found = checks("It delivered 481,166 Model 3 and Model Y cars and 15,933 other models, for a total of 497,099.", "sum")
    assert [c["status"] for c in found] == ["ok"]
    found = checks("It delivered 481,166 Model 3 and Model Y cars and 25,933 other models, for a total of 497,099.", "sum")
    assert [c["status"] for c in found] == ["mismatch"]


def test_incomplete_including_list_only_must_not_exceed(checks):
    ok = checks("The group sold 500,000 cars, including 120,000 in Germany and 80,000 in France.", "sum")
    assert [c["status"] for c in ok] == ["ok"]
    bad = checks("The group sold 500,000 cars, including 420,000 in Germany and 180,000 in France.", "sum")
    assert [c["status"] for c in bad] == ["mismatch"]


def test_nev_parts_are_not_added_up_to_all_vehicles(checks):
    text = ("Vehicle sales reached 2.593 million units in July. "
            "NEV domestic sales were 1.037 million, while NEV exports were 225,000.")
    assert checks(text, "sum") == []


def test_total_of_another_period_is_not_used(checks):
    text = ("In the first seven months, sales totalled 18.269 million units. "
            "In July, domestic sales were 2.018 million and exports 575,000.")
    assert checks(text, "sum") == []


def test_powertrains_add_up_to_nev_total(checks):
    ok = checks("BEV sales rose 20% to 1.1 million, PHEV sales rose 30% to 600,000, and total NEV sales reached 1.7 million.", "sum")
    assert [c["status"] for c in ok] == ["ok"]


def test_of_which_with_complementary_segments_is_an_exact_sum(checks):
    ok = checks("Sales were 2.593 million units, of which 2.018 million were sold at home and 575,000 were exported.", "sum")
    assert [c["status"] for c in ok] == ["ok"] and "must not exceed" not in ok[0]["message"]
    short = checks("Sales were 2.593 million units, of which 1.818 million were sold at home and 575,000 were exported.", "sum")
    assert [c["status"] for c in short] == ["mismatch"]


def test_total_from_the_paragraph_before_is_at_most_a_warning(checks):
    text = ("Sales fell 18.5% to 259,108 units from 317,959 units a year earlier.\n\n"
            "Domestic sales rose to 158,726 units, while exports reached 90,066 units.")
    found = checks(text, "sum")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "warning")]
    assert "paragraph before" in found[0]["message"]
