"""Tables checked by their structure: each table of tests/relate/tables/ raises nothing as written,
and catches the one error planted in it, at the cell's line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from evcheck.pipeline import Options, verify
from evcheck.read.files import read_text

TABLES = Path(__file__).parent / "tables"


def run(name: str, plant: tuple[str, str] | None = None, text: str | None = None):
    source = text if text is not None else (TABLES / name).read_text(encoding="utf-8")
    if plant:
        assert source.count(plant[0]) == 1, plant
        source = source.replace(*plant)
    doc = read_text(source, name)
    return verify([doc], Options(use_rates=False)), source


def mismatches(result):
    c = result.checks
    return c[c["status"] == "mismatch"]


def where(source: str, needle: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = source.index(needle, at + 1)
    line = source.count("\n", 0, at) + 1
    return line, at - (source.rfind("\n", 0, at) + 1) + 1


def rules_of(result) -> list[str]:
    return sorted(result.checks["rule"])


# ---- each table as written: every structural relation checked, nothing flagged ---------------------

@pytest.mark.parametrize("name,expected", [
    ("quarterly-results.html", {"growth": 6, "conversion": 3, "points": 2}),
    ("brand-sales.md", {"growth": 5, "share": 4, "sum": 2}),
    ("caam-july.html", {"growth": 5, "sum": 4}),
    ("india-lakh.txt", {"growth": 4, "sum": 2}),
])
def test_consistent_tables_raise_nothing_and_check_their_structure(name, expected):
    result, _ = run(name)
    assert mismatches(result).empty, mismatches(result)[["rule", "message"]].to_string()
    for rule, n in expected.items():
        assert rules_of(result).count(rule) >= n, (rule, rules_of(result))


# ---- one planted error per table, caught at its cell --------------------------------------------

def _the_error(result, source, needle, rule):
    found = mismatches(result)
    errors = found[found["severity"] == "error"]
    assert len(errors) >= 1, found[["rule", "message"]].to_string()
    hit = errors[errors["rule"] == rule]
    assert len(hit) == 1, errors[["rule", "message"]].to_string()
    row = hit.iloc[0]
    assert (int(row["line"]), int(row["col"])) == where(source, needle)
    return row


def test_quarterly_results_wrong_yoy_cell():
    # the revenue row's YoY says +14.4%; RMB 5,920.3m to RMB 6,180.4m is +4.4%
    result, source = run("quarterly-results.html", ("<td>4.4%</td>", "<td>14.4%</td>"))
    row = _the_error(result, source, "14.4%", "growth")
    assert row["cell"] == {"table": 1, "row": "Total revenues", "column": "YoY"}
    assert len(mismatches(result)) == 1


def test_quarterly_results_margin_change_in_points():
    # the gross margin went from 14.0% to 15.5% over the quarter: +1.5 pp, not +2.5 pp
    result, source = run("quarterly-results.html", ("+1.5pp", "+2.5pp"))
    row = _the_error(result, source, "2.5pp", "points")
    assert row["cell"] == {"table": 1, "row": "Gross margin", "column": "QoQ"}
    assert len(mismatches(result)) == 1


def test_quarterly_results_qoq_uses_the_previous_quarter_column():
    result, source = run("quarterly-results.html", ("<td>24.0%</td>", "<td>19.0%</td>"))
    row = _the_error(result, source, "19.0%", "growth")
    assert "772.4 to 958.0" in row["message"]


def test_quarterly_results_us_dollar_cell_that_is_not_the_rmb_cell_converted():
    # RMB 6,180.4m is about US$862.8m at the release's 7.1636; 826.8 implies 7.475 CNY per USD
    result, source = run("quarterly-results.html", ("<td>862.8</td>", "<td>826.8</td>"))
    found = mismatches(result)
    assert list(found["rule"]) == ["conversion"]
    assert found.iloc[0]["cell"] == {"table": 1, "row": "Total revenues", "column": "Q2 2025 US$"}
    assert (int(found.iloc[0]["line"]), int(found.iloc[0]["col"])) == where(source, "826.8")


QUARTERS = """---
date: 2026-02-20
---

Annual deliveries (units)

| Deliveries | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2025 | 2025 |
|---|---:|---:|---:|---:|---:|
| Orvan | 41,200 | 52,310 | 60,007 | 71,483 | 225,000 |
"""


def test_quarters_against_the_year_in_a_row():
    result, _ = run("q.md", text=QUARTERS)
    sums = result.checks[result.checks["rule"] == "sum"]
    assert list(sums["status"]) == ["ok"] and "41,200 + 52,310 + 60,007 + 71,483" in sums.iloc[0]["message"]
    result, source = run("q.md", text=QUARTERS.replace("225,000", "252,000"))
    _the_error(result, source, "252,000", "sum")


def test_a_fiscal_year_is_not_the_sum_of_calendar_quarters():
    result, _ = run("q.md", text=QUARTERS.replace("| 2025 |", "| FY2025 |").replace("225,000", "252,000"))
    assert result.checks[result.checks["rule"] == "sum"].empty


def test_brand_table_wrong_total_row():
    result, source = run("brand-sales.md", ("**221,000**", "**212,000**"))
    found = mismatches(result)
    assert set(found["rule"]) <= {"sum", "growth"}
    row = _the_error(result, source, "212,000", "sum")
    assert row["cell"]["row"] == "Total" and row["cell"]["column"] == "Jul 2024"


def test_brand_table_wrong_share():
    result, source = run("brand-sales.md", ("| 25.7% |", "| 27.5% |"))
    _the_error(result, source, "27.5%", "share")
    assert len(mismatches(result)) == 1


def test_caam_table_exports_slip():
    # exports of 574.9 thousand written as 547.9: both the sum with domestic sales and its YoY break
    result, source = run("caam-july.html", ("<td>574.9</td>", "<td>547.9</td>"))
    found = mismatches(result)
    assert set(found["rule"]) == {"sum", "growth"}
    sums = found[found["rule"] == "sum"]
    assert len(sums) == 1 and "2,018.2 + 547.9" in sums.iloc[0]["message"]
    # passenger + commercial still add up: the table's two breakdowns are told apart
    ok = result.checks[(result.checks["rule"] == "sum") & (result.checks["status"] == "ok")]
    assert any("2,113.6 + 479.5" in m for m in ok["message"])


def test_caam_table_wrong_yoy():
    result, source = run("caam-july.html", ("<td>13.2%</td>", "<td>31.2%</td>"))
    _the_error(result, source, "31.2%", "growth")
    assert len(mismatches(result)) == 1


def test_india_lakh_table_wrong_yoy():
    result, source = run("india-lakh.txt", ("    6.7%", "   16.7%"))
    _the_error(result, source, "16.7%", "growth")
    assert len(mismatches(result)) == 1


def test_india_lakh_table_values_are_lakh_units():
    result, _ = run("india-lakh.txt")
    figs = result.figures.set_index("text")
    assert figs.loc["21.60", "value"] == pytest.approx(2_160_000)
    assert figs.loc["21.60", "unit"] == "units"
    assert figs.loc["3,72,458 units", "value"] == 372_458


# ---- what must stay unchecked -----------------------------------------------------------------------

FLAT = """BEIJING, August 11, 2025 - CAAM data for July.

Vehicle sales
Jul 2025
Jul 2024
YoY
Passenger vehicles
2,113.6
1,838.9
14.9%
Commercial vehicles
479.5
423.4
13.2%
Exports
574.9
476.2
20.7%
Total
2,593.1
2,262.3
14.6%
"""


def test_flattened_table_raises_no_error():
    result, _ = run("flat.txt", text=FLAT)
    assert mismatches(result).empty


def test_flattened_table_with_cells_on_one_line_raises_no_error():
    flat = ("Brand Jul 2025 Jul 2024 YoY Share Tianhe 101,530 84,210 20.6% 40.6% Lumo 64,176 55,300 16.1% 25.7% "
            "Others 84,294 81,490 3.4% 33.7% Total 250,000 221,000 13.1% 100.0%\n")
    result, _ = run("flat.txt", text=flat)
    assert mismatches(result).empty


def test_a_change_column_with_no_periods_in_the_header_is_left_alone():
    md = ("| Brand | This month | Last year | Change |\n|---|---|---|---|\n"
          "| Tianhe | 101,530 | 84,210 | 40.0% |\n| Lumo | 64,176 | 55,300 | 16.1% |\n")
    result, _ = run("a.md", text=md)
    assert result.checks[result.checks["rule"] == "growth"].empty


def test_a_total_revenues_row_is_a_metric_not_a_total():
    result, _ = run("quarterly-results.html")
    sums = result.checks[result.checks["rule"] == "sum"]
    assert not any(" + " in m for m in sums["message"])  # only the prose restating a cell


def test_prose_against_the_table_cell_of_its_measure():
    result, source = run("quarterly-results.html")
    sums = result.checks[result.checks["rule"] == "sum"]
    assert len(sums) == 1 and sums.iloc[0]["status"] == "ok"
    assert sums.iloc[0]["cell"] == {"table": 1, "row": "Total revenues", "column": "Q2 2025 RMB"}
    # the prose slips a digit: RMB 6.81 billion against the table's 6,180.4 (RMB million)
    result, source = run("quarterly-results.html", ("RMB 6.18 billion", "RMB 6.81 billion"))
    _the_error(result, source, "RMB 6.81 billion", "sum")


def test_the_message_names_the_row_and_the_column():
    result, _ = run("quarterly-results.html", ("<td>4.4%</td>", "<td>14.4%</td>"))
    bad = mismatches(result).iloc[0]
    assert bad["message"].endswith("[table 1: row “Total revenues”, column “YoY”]")


def test_share_column_of_a_table_without_a_total_row_is_left_alone():
    md = ("| Brand | Jul 2025 | Share |\n|---|---|---|\n| Tianhe | 101,530 | 60.0% |\n| Lumo | 64,176 | 12.0% |\n")
    result, _ = run("a.md", text=md)
    assert result.checks[result.checks["rule"] == "share"].empty


def test_sub_rows_are_not_summed_into_the_total():
    md = ("Sales (units)\n\n| Segment | Jul 2025 |\n|---|---|\n| Passenger vehicles | 2,113,600 |\n"
          "| of which NEVs | 1,010,000 |\n| Commercial vehicles | 479,500 |\n| Total | 2,593,100 |\n")
    result, _ = run("a.md", text=md)
    assert mismatches(result).empty
    assert (result.checks["rule"] == "sum").sum() == 1


def test_prose_inside_a_layout_table_keeps_its_relations():
    html = ("<html><body><table><tr><td>Menu</td><td>News</td></tr><tr><td>Left</td><td><p>Vehicle sales rose 25% to "
            "2.593 million units in July, from 2.262 million units a year earlier.</p></td></tr></table></body></html>")
    result, _ = run("layout.html", text=html)
    growth = result.checks[result.checks["rule"] == "growth"]
    assert list(growth["status"]) == ["mismatch"]  # 2.262 to 2.593 million is +14.6%, not 25%


def test_a_rate_in_the_prose_against_the_tables_two_periods():
    said = ("Total revenues were RMB 6.18 billion in the second quarter.",
            "Total revenues were RMB 6.18 billion in the second quarter, up {} from the second quarter of 2024.")
    result, _ = run("quarterly-results.html", (said[0], said[1].format("4.4%")))
    assert mismatches(result).empty
    growth = result.checks[(result.checks["rule"] == "growth") & (result.checks["line"] == 6)]
    assert len(growth) == 1 and "5,920.3 to 6,180.4" in growth.iloc[0]["message"]
    assert not (result.checks["rule"] == "implied-prior").any()  # the table gives the earlier value
    result, source = run("quarterly-results.html", (said[0], said[1].format("14.4%")))
    _the_error(result, source, "14.4%", "growth")


def test_accountants_minus_in_cells():
    md = ("Net loss (RMB million)\n\n| Item | Q2 2025 | Q2 2024 | YoY |\n|---|---:|---:|---:|\n"
          "| Net income | (1,120.0) | (2,050.0) | (45.4) |\n")
    result, _ = run("a.md", text=md)
    # a loss's change is written + or − from one release to the next: the row is left unchecked
    assert result.checks[result.checks["rule"] == "growth"].empty
    figs = result.figures.set_index("text")
    assert figs.loc["1,120.0", "value"] == -1_120_000_000
