"""restated: the text's figure against the one table cell of its measure."""

TABLE = ("Results (RMB million)\n\n"
         "| Item | Q2 2025 | Q2 2024 |\n|---|---:|---:|\n"
         "| Total revenues | 6,180.4 | 5,920.3 |\n| Net income | 412.0 | 300.5 |\n")


def test_prose_restating_a_cell_in_another_scale_is_ok(checks):
    found = checks("Total revenues were RMB 6.18 billion in the second quarter of 2025.\n\n" + TABLE, "restated")
    assert [c["status"] for c in found] == ["ok"]
    assert found[0]["subject_text"] == "RMB 6.18 billion"
    assert "restates the table's cell" in found[0]["message"] and "6,180.4" in found[0]["message"]
    assert found[0]["cell"]["row"] == "Total revenues" and found[0]["cell"]["column"] == "Q2 2025"


def test_a_slipped_digit_against_the_cell_is_an_error(checks):
    found = checks("Total revenues were RMB 6.81 billion in the second quarter of 2025.\n\n" + TABLE, "restated")
    assert [(c["status"], c["severity"]) for c in found] == [("mismatch", "error")]
    assert "does not match the table" in found[0]["message"]
    # the finding is on the text's figure; its cell field points at the table's cell
    assert (found[0]["cell"]["line"], found[0]["cell"]["col"]) == (7, 20)  # "| Total revenues | 6,180.4 |"


def test_the_earlier_period_is_its_own_cell(checks):
    found = checks("Total revenues were RMB 5.92 billion in the second quarter of 2024.\n\n" + TABLE, "restated")
    assert [c["status"] for c in found] == ["ok"] and found[0]["cell"]["column"] == "Q2 2024"


def test_near_misses_stay_unchecked(checks):
    # a period the table does not have, and a metric it does not give: no cell to compare with
    assert checks("Total revenues were RMB 7.2 billion in the third quarter of 2025.\n\n" + TABLE, "restated") == []
    assert checks("Gross profit was RMB 1.2 billion in the second quarter of 2025.\n\n" + TABLE, "restated") == []
    # a row of one brand is not the market: the market's sales restate no brand's cell
    brands = ("Sales by brand (units)\n\n| Brand | Sales, Jul 2025 |\n|---|---:|\n| Tianhe | 101,530 |\n\n"
              "Sales reached 101,530 units in July 2025.\n")
    assert checks(brands, "restated") == []
