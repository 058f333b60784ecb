def test_share_of_total_in_the_sentence(checks):
    ok = checks("Of the 2.593 million vehicles sold, new energy vehicles accounted for 48.7% at 1.262 million units.", "share")
    assert [c["status"] for c in ok] == ["ok"]


def test_wrong_share_is_flagged(checks):
    bad = checks("Of the 2.593 million vehicles sold, new energy vehicles accounted for 58.7% at 1.262 million units.", "share")
    assert [(c["status"], c["severity"]) for c in bad] == [("mismatch", "error")]
    assert "48.67%" in bad[0]["message"]


def test_rounded_share_edge_is_not_flagged(checks):
    # 1.26/2.59 = 48.65%; with rounding the share can be 48.5%..48.8%, so 48.7% stands
    ok = checks("Of the 2.59 million vehicles sold, NEVs accounted for 48.7% at 1.26 million units.", "share")
    assert [c["status"] for c in ok] == ["ok"]


def test_total_from_an_earlier_sentence_of_the_paragraph(checks):
    text = ("Total sales, exports included, rose to 2.593 million units in July. "
            "New energy vehicles accounted for 48.7% of total sales, at 1.262 million units.")
    assert [c["status"] for c in checks(text, "share")] == ["ok"]


def test_market_share_without_a_total_is_not_guessed(checks):
    text = "Tesla sold 50,000 cars. BYD sold 30,000 EVs, giving it a 20% share of the market."
    assert checks(text, "share") == []


def test_share_in_words(checks):
    ok = checks("Electric cars made up a quarter of sales, at 500,000 of the 2.0 million vehicles sold.", "share")
    assert [c["status"] for c in ok] == ["ok"]
    bad = checks("Electric cars made up a third of sales, at 500,000 of the 2.0 million vehicles sold.", "share")
    assert [c["status"] for c in bad] == ["mismatch"]
