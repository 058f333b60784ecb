

def test_a_table_finding_headline_names_its_row_and_column():
    from evcheck.report.editor import headline

    row = {"rule": "growth", "status": "mismatch", "message": "6,180.4 is +4.4%; the text says +14.4% — does not add up",
           "cell": {"table": 1, "row": "Total revenues", "column": "YoY", "line": 14, "col": 94}}
    assert headline(row).endswith("[table 1: row “Total revenues”, column “YoY”]")
    assert "[table" not in headline({"rule": "growth", "status": "mismatch", "message": "x is +4.4%; the text says +14.4%"})
