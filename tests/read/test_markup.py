import pytest

from evcheck.read import read_text
from evcheck.read.markup import join_soft_breaks


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


def test_suppression_comment_on_its_own_line_covers_the_next():
    doc = read_text("a\n<!-- evcheck: ignore[conversion] -->\nb\nc [evcheck: ignore]\nd\n", "a.md")
    assert doc.suppressions[2] == frozenset({"conversion"})
    assert doc.suppressions[3] == frozenset({"conversion"})
    assert doc.suppressions[4] is None


@pytest.mark.parametrize("src,name", [
    ("Revenue was 116bn yuan ($18.2bn). [evcheck: ignore]\nSales rose 25% to 2.593 million units from 2.262 million units.\n", "a.txt"),
    ("<p>Revenue was 116bn yuan ($18.2bn). <!-- evcheck: ignore --></p>\n<p>Sales rose 25% to 2.593 million units from 2.262 million units.</p>\n", "a.html"),
    ("Revenue was 116bn yuan ($18.2bn). <!-- evcheck: ignore -->\n\nSales rose 25% to 2.593 million units from 2.262 million units.\n", "a.md"),
])
def test_suppression_comment_at_the_end_of_a_line_does_not_hide_the_next(src, name):
    """issue 11: it silenced its own line and the next one too, in text and in HTML."""
    doc = read_text(src, name)
    assert doc.suppressions == {1: None}


@pytest.mark.parametrize("markup", ['<p title="growth > 3">', "<p data-x='a>42 units'>", '<p title="5% to 3" class=x>'])
def test_html_attributes_never_leak_into_the_text(markup):
    """issue 11: the regular expression that stripped tags ended them at the first ">"."""
    src = f"<html><body>{markup}Sales rose 5% to 100 units.</p></body></html>"
    doc = read_text(src, "a.html")
    assert doc.text.split() == ["Sales", "rose", "5%", "to", "100", "units."]
    assert doc.text.index("Sales") == src.index("Sales")


def test_html_offsets_lines_and_columns_map_to_the_source():
    src = ('<html>\n<head><title>Sales 99%</title></head>\n<body>\n<p class="a>b">Revenue &amp; sales rose 5&nbsp;%\n'
           "to &euro;80bn.</p><!-- 77% -->\n<p>Profit rose 3%.</p>\n</body></html>\n")
    doc = read_text(src, "a.html")
    assert len(doc.text) == len(src)
    for word in ("Revenue", "rose 5", "80bn", "Profit rose 3%"):
        assert doc.text.index(word) == src.index(word)
    assert "99%" not in doc.text and "77%" not in doc.text and "a>b" not in doc.text
    assert "€80bn" in doc.text and " & sales" in doc.text
    assert doc.lines.line_col(doc.text.index("Profit")) == (6, 4)


@pytest.mark.parametrize("tail", ["<!-- 99% of", "<script>var x = '99%';", "<style>p{width:99%}", "<p title='99%"])
def test_html_unclosed_comment_script_or_tag_hides_the_rest(tail):
    src = "<p>Sales rose 5%.</p>" + tail + " and 42 units more"
    doc = read_text(src, "a.html")
    assert "99%" not in doc.text and "42" not in doc.text and "Sales rose 5%." in doc.text


def test_html_stray_character_reference_does_not_turn_tags_into_text():
    """Python 3.11's parser stops at "&#x;" and hands the rest over as text."""
    src = "<p>Sales &#x; rose</p><p title='7 units'>and <b>more</b>&#;</p><script>x = '99%'</script>"
    doc = read_text(src, "a.html")
    assert "7 units" not in doc.text and "99%" not in doc.text and "<b>" not in doc.text
    assert "&#x; rose" in doc.text


@pytest.mark.parametrize("make", [
    lambda n: "<p>a</p><!--" + "x 5% " * (n // 5),
    lambda n: "<!--" * (n // 4),
    lambda n: "<script>" + "var x = 5 < 6; " * (n // 15),
    lambda n: "<a " * (n // 3),
    lambda n: "<a " * (n // 3) + ">",
    lambda n: '<a title="' * (n // 10) + ">",
    lambda n: "&#x;<p>" * (n // 7),
    lambda n: "< " * (n // 2),
], ids=["unclosed-comment", "many-comments", "unclosed-script", "unclosed-tags", "one-long-tag", "quotes",
        "bad-charrefs", "lone-lt"])
def test_html_reader_time_is_linear(make):
    """issue 11: 100 KB with an unclosed comment took 160 s. 16x the input may take at most 64x the
    time (room for timer noise and a busy machine), where quadratic time would take 256x."""
    import time

    from evcheck.read.markup import blank_html

    def cost(n):
        src = make(n)
        best = float("inf")
        for _ in range(3):
            t = time.process_time()  # CPU time: the machine is shared; other processes must not count
            blank_html(src)
            best = min(best, time.process_time() - t)
        return best

    small, large = cost(20_000), cost(320_000)
    assert large < max(small, 1e-3) * 64


@pytest.mark.parametrize("ref,char", [
    ("&nbsp;", "\u00a0"), ("&#160;", "\u00a0"), ("&#xA0;", "\u00a0"), ("&#8239;", "\u202f"),
    ("&#x202F;", "\u202f"), ("&thinsp;", "\u2009"), ("&#8201;", "\u2009"),
])
def test_html_grouping_space_reference_keeps_its_character_after_padding(ref, char):
    """issue 11: "110&nbsp;000" was read as "110", six spaces, "000": two figures."""
    src = f"<p>Sales were 110{ref}000 cars.</p>"
    doc = read_text(src, "a.html")
    assert len(doc.text) == len(src)
    at = src.index(ref)
    assert doc.text[at:at + len(ref)] == " " * (len(ref) - 1) + char
    assert doc.text.index("110") == src.index("110") and doc.text.index("000 cars") == src.index("000 cars")


def test_html_reference_without_semicolon_keeps_the_digits_after_it():
    src = "<p>Sales were 110&nbsp000 cars.</p>"
    doc = read_text(src, "a.html")
    assert len(doc.text) == len(src)
    assert doc.text.index("\u00a0000 cars") == src.index("000 cars") - 1


@pytest.mark.parametrize("ref", ["&ensp;", "&emsp;", "&#32;", "&#9;", "&NewLine;"])
def test_html_other_space_references_are_plain_spaces(ref):
    src = f"<p>Sales were 110{ref}000 cars.</p>"
    doc = read_text(src, "a.html")
    assert len(doc.text) == len(src)
    at = src.index(ref)
    assert doc.text[at:at + len(ref)] == " " * len(ref)


def test_markdown_character_references_are_read_in_place_outside_code():
    src = "Sales were 110&nbsp;000 cars &amp; R&D, `1&nbsp;000` in code.\n"
    doc = read_text(src, "a.md")
    assert len(doc.text) == len(src)
    at = src.index("&nbsp;")
    assert doc.text[at:at + 6] == "     \u00a0" and doc.text.index("000 cars") == src.index("000 cars")
    assert "    & R&D" in doc.text and "1&nbsp;000" not in doc.text and "1     \u00a0000" not in doc.text


def test_rows_of_an_aligned_table_in_wrapped_text_keep_their_line_breaks():
    text = ("Revenue                        118,462     104,977\n"
            "  Vehicle sales                 93,518      82,604\n"
            "The company said it would pay\na dividend of 10 fils.")
    joined = join_soft_breaks(text)
    assert joined.split("\n")[:2] == text.split("\n")[:2]
    assert "would pay a dividend" in joined and len(joined) == len(text)
