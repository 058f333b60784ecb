

def test_a_table_finding_headline_names_its_row_and_column():
    from evcheck.report.editor import headline

    row = {"rule": "growth", "status": "mismatch", "message": "6,180.4 is +4.4%; the text says +14.4% — does not add up",
           "cell": {"table": 1, "row": "Total revenues", "column": "YoY", "line": 14, "col": 94}}
    assert headline(row).endswith("[table 1: row “Total revenues”, column “YoY”]")
    assert "[table" not in headline({"rule": "growth", "status": "mismatch", "message": "x is +4.4%; the text says +14.4%"})


def test_a_table_finding_names_its_cell_once_when_the_message_already_does():
    """The concise report printed "[table 1: row …, column …]" twice for a status the rule's own
    message words (an ok check under --all, an info): the message carried the cell already."""
    from evcheck.report.editor import headline

    suffix = " [table 1: row “Mopeds”, column “Change”]"
    row = {"rule": "growth", "status": "ok", "message": "66,870 to 61,240 is a change of -8.4%; the text says -8.4% — ok" + suffix,
           "cell": {"table": 1, "row": "Mopeds", "column": "Change", "line": 12, "col": 52}}
    assert headline(row).count("[table 1:") == 1 and headline(row).endswith(suffix)
