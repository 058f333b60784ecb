"""Tables read by structure: HTML (thead, th, colspan, rowspan), Markdown pipes, aligned plain text;
each cell keeps its span in the source, its row label and its column header."""

from __future__ import annotations

from pathlib import Path

import pytest

from evcheck.read.files import read_text
from evcheck.read.table_headers import header_period, rate_basis, read_unit
from evcheck.read.tables import find_tables

TABLES = Path(__file__).parents[1] / "relate" / "tables"


def grid(table):
    return [[c.text for c in row] for row in table.rows]


def test_html_table_with_rowspan_and_colspan_header():
    source = (TABLES / "quarterly-results.html").read_text(encoding="utf-8")
    [t] = find_tables(source, "html")
    assert t.caption == "Selected financial results (in millions, except for percentages)"
    assert t.columns == ["", "Q2 2024 RMB", "Q1 2025 RMB", "Q2 2025 RMB", "Q2 2025 US$", "YoY", "QoQ"]
    assert grid(t)[0] == ["Total revenues", "5,920.3", "5,511.0", "6,180.4", "862.8", "4.4%", "12.1%"]
    cell = t.rows[0][3]
    assert source[cell.start:cell.end] == "6,180.4"
    assert (cell.label, cell.header) == ("Total revenues", "Q2 2025 RMB")


def test_html_rowspan_in_the_body_repeats_the_label_cell_once():
    source = ("<table><tr><th>Segment</th><th>Market</th><th>Jul 2025</th></tr>"
              "<tr><td rowspan=2>Passenger</td><td>Domestic</td><td>1,700</td></tr>"
              "<tr><td>Exports</td><td>400</td></tr></table>")
    [t] = find_tables(source, "html")
    assert grid(t) == [["Passenger", "Domestic", "1,700"], ["Passenger", "Exports", "400"]]
    assert t.rows[1][2].header == "Jul 2025"


def test_html_entities_and_markup_inside_cells_keep_the_span():
    source = "<table><tr><th>Item</th><th>Q2 2025</th></tr><tr><td>Revenue</td><td><b>&euro;1,234</b></td></tr></table>"
    [t] = find_tables(source, "html")
    cell = t.rows[0][1]
    assert cell.text == "€1,234"
    assert source[cell.start:cell.end] == "&euro;1,234"


def test_nested_and_headerless_tables():
    # a layout table with numbers in its first row names no column: it is no table of figures
    assert find_tables("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>", "html") == []
    assert find_tables("<p>no table</p>", "html") == []


def test_markdown_table_with_caption_and_bold_total():
    source = (TABLES / "brand-sales.md").read_text(encoding="utf-8")
    [t] = find_tables(source, "markdown")
    assert t.caption == "July 2025 new energy vehicle sales by brand (units)"
    assert t.columns == ["Brand", "Jul 2025", "Jul 2024", "YoY", "Share"]
    assert grid(t)[-1] == ["Total", "250,000", "221,000", "13.1%", "100.0%"]
    cell = t.rows[-1][1]
    assert source[cell.start:cell.end] == "250,000"


def test_document_carries_its_tables_with_line_and_column():
    source = (TABLES / "brand-sales.md").read_text(encoding="utf-8")
    doc = read_text(source, "b.md")
    [t] = doc.tables
    cell = t.rows[2][3]
    line, col = doc.lines.line_col(cell.start)
    assert source.split("\n")[line - 1][col - 1:].startswith("-4.1%")


def test_plain_text_table_under_a_header_of_periods():
    source = (TABLES / "india-lakh.txt").read_text(encoding="utf-8")
    [t] = find_tables(source, "text")
    assert t.caption == "Domestic sales (in lakh units)"
    assert t.columns[1:] == ["Sep 2025", "Sep 2024", "YoY"]
    assert grid(t)[1] == ["Two-wheelers", "21.60", "20.25", "6.7%"]


def test_plain_text_rows_under_a_header_that_is_not_periods_are_no_table():
    text = ("Brand        This month   Last month\nTianhe       101,530      95,000\nLumo         64,176       60,000\n")
    assert find_tables(text, "text") == []
    text = "Sales    Jul 2025    Jul 2024\nTianhe 101,530 84,210\nLumo 64,176 55,300\n"  # rows not aligned
    assert find_tables(text, "text") == []


def test_header_words():
    assert header_period("Q2 2025") == "2025-Q2"
    assert header_period("2Q25") == "2025-Q2"
    assert header_period("Jul-25") == "2025-07"
    assert header_period("FY2024") == "2024"
    assert header_period("Q1 2025 vs Q2 2025") is None
    assert header_period("Brand") is None
    assert rate_basis("YoY") == "yoy" and rate_basis("QoQ %") == "qoq" and rate_basis("% change") == "unspecified"
    assert rate_basis("Share") is None
    u = read_unit("RMB million")
    assert (u.kind, u.currency, u.scale) == ("money", "CNY", 1e6)
    u = read_unit("", "(in thousands of units)")
    assert (u.kind, u.scale) == ("count", 1e3)
    assert read_unit("Sales (lakh units)").scale == 1e5
    assert read_unit("Rs crore").currency == "INR" and read_unit("Rs crore").scale == 1e7


@pytest.mark.parametrize("caption, currency", [("Net sales by segment, SEK million", "SEK"), ("CHF million", "CHF"),
                                               ("Revenue (A$ million)", "AUD"), ("R$ million", "BRL"), ("₺ million", "TRY"),
                                               ("Sales, NOK million", "NOK"), ("Revenue (₩ billion)", "KRW")])
def test_a_caption_in_another_currency_makes_the_cells_money_in_it(caption, currency):
    u = read_unit(caption)
    assert (u.kind, u.currency) == ("money", currency)


@pytest.mark.parametrize("caption", ["Deliveries by brand, TRYOUT edition", "Top sellers (Ford, Seat, Skoda)", "Units (CAD design)"])
def test_a_caption_whose_capitals_are_no_currency_code_counts_units(caption):
    assert read_unit(caption).currency is None


@pytest.mark.parametrize("header,currency", [("Revenue Q1 2026 (€m)", "EUR"), ("(£m)", "GBP"), ("Revenue, €m", "EUR"), ("(US$m)", "USD")])
def test_a_currency_sign_with_m_in_brackets_is_millions(header, currency):
    u = read_unit(header)
    assert (u.kind, u.currency, u.scale) == ("money", currency, 1e6)
    assert read_unit("Revenue (€)").scale == 1.0  # no "m": single euros


def test_a_markdown_table_pasted_into_plain_text():
    source = "Sales by brand\n\n| Brand | Jul 2025 |\n|---|---|\n| Tianhe | 101,530 |\n| Lumo | 64,176 |\n"
    [t] = find_tables(source, "text")
    assert t.kind == "markdown" and grid(t) == [["Tianhe", "101,530"], ["Lumo", "64,176"]]


ALIGNED = (
    "New car registrations by fuel type, January\n\n"
    "  Fuel type         Jan 2026   Jan 2025   Change    Share\n"
    "  Petrol              11,452     12,604    -9.1%    35.1%\n"
    "  Plug-in hybrid       1,604      1,318   +21.7%     4.9%\n"
    "  Total               13,056     13,922    -6.2%   100.0%\n\n"
    "Segment               H1 2026   H1 2025   Change   Adj. EBIT   Margin\n"
    "Powertrain Solutions    3,412     3,688    -7.5%         184     5.4%\n"
    "Consolidation            -143      -131                  -38\n"
    "Group                   3,269     3,557    -8.1%         146     4.5%\n"
)


def test_aligned_text_table_whose_header_names_its_label_column():
    first, second = find_tables(ALIGNED, "text")
    assert first.columns == ["Fuel type", "Jan 2026", "Jan 2025", "Change", "Share"]
    assert first.caption == "New car registrations by fuel type, January"
    assert [[c.text for c in r] for r in first.rows][1] == ["Plug-in hybrid", "1,604", "1,318", "+21.7%", "4.9%"]
    consolidation = second.rows[1]
    assert [(c.header, c.text) for c in consolidation[1:]] == [("H1 2026", "-143"), ("H1 2025", "-131"), ("Adj. EBIT", "-38")]


def test_prose_with_wide_gaps_is_no_table():
    text = "Sales  by  region  were  strong.\nEurope  rose  12%  and  Asia  4%.\nAmerica  fell  3%.\n"
    assert find_tables(text, "text") == []


def test_a_pipe_delimited_block_pasted_into_a_release_is_a_table():
    source = ("The machine-readable data block below can be pasted into a spreadsheet.\n\n"
              "country|q1_2026|q1_2025|change_pct\nFrance|101,480|98,310|+3.2\nGermany|69,920|72,060|-3.0\n"
              "TOTAL|171,400|170,370|+0.6\n\nFrance alone accounted for 59.2%.\n")
    [t] = find_tables(source, "text")
    assert t.columns == ["country", "q1 2026", "q1 2025", "change pct"]  # snake case read as words: "q1 2026" is a quarter
    assert header_period(t.columns[1]) == "2026-Q1" and rate_basis(t.columns[3]) == "unspecified"
    assert grid(t)[2] == ["TOTAL", "171,400", "170,370", "+0.6"]
    assert source[t.rows[0][1].start:t.rows[0][1].end] == "101,480"


def test_lines_with_a_pipe_in_prose_or_a_numeric_first_line_are_no_delimited_table():
    assert find_tables("Sales | up\nExports | down\n", "text") == []  # two lines are no table
    assert find_tables("2025|2024\n1,200|1,100\n1,300|1,000\n", "text") == []  # no header of names


def test_a_text_table_of_one_period_column_under_a_named_label_column():
    text = ("Including heavy vehicles, the count looks like this:\n\n"
            "Segment               June 2025\nCars                    168,250\nLight commercials        41,870\n"
            "Trucks                   10,640\nTotal                   220,760\n")
    [t] = find_tables(text, "text")
    assert t.columns == ["Segment", "June 2025"]
    assert grid(t)[-1] == ["Total", "220,760"]
    two_rows = "Segment               June 2025\nCars                    168,250\nTotal                   168,250\n"
    assert find_tables(two_rows, "text") == []  # a label and one column: three rows at least


def test_a_label_run_into_its_first_number_by_one_space_gives_up_the_number():
    text = ("Table A: First registrations by category, January-April\n\n"
            "   Category                        2026       2025\n"
            "   Passenger cars                 9,846      9,210\n"
            "   Motorcycles and three-wheelers 41,306    38,772\n"
            "   Total                          51,152     47,982\n")
    [t] = find_tables(text, "text")
    assert [[c.text for c in r] for r in t.rows][1] == ["Motorcycles and three-wheelers", "41,306", "38,772"]
    single = "   Category          2026       2025\n   Model 3           9,846      9,210\n   Model Y          12,100     11,010\n"
    assert [[c.text for c in r] for r in find_tables(single, "text")[0].rows][0] == ["Model 3", "9,846", "9,210"]


def test_rows_of_names_under_a_header_of_measures_are_a_table():
    text = ("Table 1: New light-vehicle retail sales by dealer group, 2025\n"
            "Dealer group                  Units     Share\n"
            "Kgalagadi                     2,946     21.4%\n"
            "Tlokweng                      1,783     13.0%\n"
            "Other dealers (31 groups)     9,038     65.6%\n"
            "Total                        13,767    100.0%\n")
    [t] = find_tables(text, "text")
    assert t.columns == ["Dealer group", "Units", "Share"]
    assert [[c.text for c in r] for r in t.rows][0] == ["Kgalagadi", "2,946", "21.4%"]
    two = "Brand        Units     Share\nKgalagadi    2,946     21.4%\nTotal       13,767    100.0%\n"
    assert find_tables(two, "text") == []  # two rows: too little to call a table


INDENTED = """Output and sales (units)

                       Oct 2026    Oct 2025
Global production       512,300     498,100
  Japan                 201,400     205,000
  Overseas              310,900     293,100
Global sales            530,800     511,600
    Japan               120,700     118,300
    Overseas            410,100     393,300
Exports                  88,200      91,400
"""


def test_indented_rows_stand_under_the_row_above_them():
    (table,) = find_tables(INDENTED, "text")
    assert [r[0].label for r in table.rows][:3] == ["Global production", "Japan", "Overseas"]
    assert table.parents == {1: 0, 2: 0, 4: 3, 5: 3}


def test_rows_of_one_indent_or_an_indent_with_no_row_above_have_no_parents():
    flush = "\n".join(line.lstrip() if line[:1] == " " and line.strip()[:1].isalpha() else line for line in INDENTED.splitlines())
    assert find_tables(flush, "text")[0].parents == {}
    first_indented = INDENTED.replace("Global production       512,300", "  Global production     512,300")
    assert find_tables(first_indented, "text")[0].parents == {}  # the first row indented: nothing above it
    one_space = INDENTED.replace("  Japan                 201,400", " Japan                  201,400")
    assert find_tables(one_space, "text")[0].parents == {}  # a one-space step is alignment, not a level


RANKED = """| {rank} | Company | Installations (GWh) | Share |
|---|---|---|---|
| 1 | CATL | 29.7 | 43.4% |
| 2 | BYD | 15.8 | 23.1% |
| 3 | CALB | 5.6 | 8.2% |
"""


def test_a_column_of_ranks_leaves_the_names_to_label_the_rows():
    (table,) = find_tables(RANKED.format(rank="Rank"), "markdown")
    assert [r[0].label for r in table.rows] == ["CATL", "BYD", "CALB"]
    assert table.columns == ["Company", "Installations (GWh)", "Share"]
    assert [(c.col, c.header, c.text) for c in table.rows[0][1:]] == [(1, "Installations (GWh)", "29.7"), (2, "Share", "43.4%")]
    assert read_unit("Installations (GWh)").physical == "GWh"
    # a first column of numbers that are no ranks, or of a heading that names no rank: the first column labels the rows
    (plain,) = find_tables(RANKED.format(rank="Year"), "markdown")
    assert [r[0].label for r in plain.rows] == ["1", "2", "3"]
    # "Others" and "Total" below the ranked rows have no rank and still a name
    tail = RANKED.format(rank="Rank") + "| | Others | 17.1 | 25.3% |\n| | Total | 68.2 | 100.0% |\n"
    (table,) = find_tables(tail, "markdown")
    assert [r[0].label for r in table.rows] == ["CATL", "BYD", "CALB", "Others", "Total"]
    one = "| Rank | Company | Installations (GWh) |\n|---|---|---|\n| 1 | CATL | 29.7 |\n| | Others | 17.1 |\n| | Total | 46.8 |\n"
    (table,) = find_tables(one, "markdown")
    assert [r[0].label for r in table.rows] == ["1", "", ""]  # one ranked row is no ranking


RANKED_TEXT = """The five largest were:

    Rank  Company           Installed (GWh)   Share
    1     CATL              27.55             43.87%
    2     BYD               14.03             22.34%
    3     Hengrui Power      4.71              7.50%
"""


def test_a_plain_text_ranking_leaves_its_ranks_aside():
    (table,) = find_tables(RANKED_TEXT, "text")
    assert table.columns == ["Company", "Installed (GWh)", "Share"]
    assert [[c.text for c in row] for row in table.rows] == [["CATL", "27.55", "43.87%"], ["BYD", "14.03", "22.34%"],
                                                             ["Hengrui Power", "4.71", "7.50%"]]
    # a row without its rank ends the ranking, and one ranked row is no table
    assert find_tables(RANKED_TEXT.replace("    2     BYD", "    BYD   BYD"), "text") == []


@pytest.mark.parametrize("label, bare", [("Rest of world¹", "Rest of world"), ("**Total²**", "Total"), ("Mule box truck (1)", "Mule box truck"),
                                         ("Total*", "Total"), ("Total†", "Total"), ("Model 3", "Model 3"), ("ID.4 (2025)", "ID.4 (2025)")])
def test_a_row_label_loses_its_footnote_mark_and_emphasis(label, bare):
    source = f"| Region | 2026 | 2025 |\n|---|---:|---:|\n| {label} | 6,305 | 3,240 |\n| Nordics | 18,245 | 16,930 |\n"
    [t] = find_tables(source, "markdown")
    assert t.rows[0][0].label == bare


def test_a_footnoted_total_row_is_the_total_its_rows_add_up_to():
    from conftest import checked
    text = ("STOCKHOLM, 5 October 2026 - Norrvik's deliveries by region.\n\n| Region | Jan–Sep 2026 | Jan–Sep 2025 |\n"
            "|---|---:|---:|\n| Nordics | 18,245 | 16,930 |\n| Germany | 14,610 | 10,385 |\n| Rest of world¹ | {rest} | 3,240 |\n"
            "| **Total²** | **49,030** | **38,675** |\n\n¹ Rest of world comprises the UK and Israel.\n² Deliveries to end customers.\n")
    sums = {t for s, t in checked(text.format(rest="16,175"), "2026-10-05", "sum") if s == "ok"}
    assert ("18,245", "14,610", "16,175", "49,030") in {tuple(x) for x in sums}
    wrong = checked(text.format(rest="16,715"), "2026-10-05", "sum")
    assert [s for s, t in wrong if t[-1] == "49,030"] == ["mismatch"]


def test_a_count_at_the_end_of_a_year_is_of_that_year():
    assert header_period("End-2025") == "2025"
    assert header_period("year-end-2024") == "2024"
    assert header_period("mid-2025") is None  # a point inside the year, never the year's own count
    assert header_period("Trend-2025") is None


def test_a_plain_text_table_headed_by_year_ends_is_read():
    text = ("Country        End-2025   End-2024   Change\n"
            "Austria         31,420     26,110   +20.3%\n"
            "Poland          28,960     24,305   +19.2%\n")
    tables = find_tables(text, "text")
    assert len(tables) == 1
    assert tables[0].columns[1:] == ["End-2025", "End-2024", "Change"]
    assert [c.text for c in tables[0].rows[1][1:]] == ["28,960", "24,305", "+19.2%"]
