from evcheck.read import read_text


def test_markdown_front_matter_code_and_marks_are_blanked_in_place():
    src = "---\ndate: 2025-08-19\n---\n# Head\n\nRevenue **rose** 5% to [116bn yuan](http://x/2024).\n\n```\n99% fake\n```\n"
    doc = read_text(src, "a.md")
    assert len(doc.text) == len(src)
    assert "99%" not in doc.text and "date:" not in doc.text and "http" not in doc.text
    assert doc.text.index("116bn yuan") == src.index("116bn yuan")
    assert (doc.date, doc.date_source) == ("2025-08-19", "front-matter")


def test_markdown_soft_line_breaks_join_sentences():
    doc = read_text("Revenue rose 5% to RMB30 billion from RMB28.6\nbillion a year earlier.\n", "a.md")
    assert "28.6 billion" in doc.text


def test_html_keeps_visible_text_at_source_offsets():
    src = ('<html><head><meta name="date" content="2025-09-25"><title>T</title></head>'
           "<body><p>Sales rose 5&nbsp;% to &euro;80bn.</p><script>var x = '99%';</script></body></html>")
    doc = read_text(src, "a.html")
    assert len(doc.text) == len(src)
    assert "99%" not in doc.text and "<p>" not in doc.text
    assert doc.text[src.index("Sales"):].startswith("Sales rose")
    assert "€80bn" in doc.text
    assert (doc.date, doc.date_source) == ("2025-09-25", "html-meta")


def test_suppression_comments_cover_their_line_and_the_next():
    doc = read_text("a\n<!-- evcheck: ignore[conversion] -->\nb\nc [evcheck: ignore]\n", "a.md")
    assert doc.suppressions[2] == frozenset({"conversion"})
    assert doc.suppressions[3] == frozenset({"conversion"})
    assert doc.suppressions[4] is None
